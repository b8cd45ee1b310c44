/**
 * Accepted upload types and their magic numbers. The declared type must match the bytes, so an HTML
 * page cannot be uploaded as "image/png" and later served from our origin.
 */
export const UPLOAD_CONTENT_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'video/mp4'] as const;
export type UploadContentType = (typeof UPLOAD_CONTENT_TYPES)[number];

export const EXTENSION_OF: Readonly<Record<UploadContentType, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'video/mp4': 'mp4',
};

const ascii = (data: Buffer, from: number, to: number): string => data.subarray(from, to).toString('latin1');

export function matchesSignature(contentType: UploadContentType, data: Buffer): boolean {
  switch (contentType) {
    case 'image/png':
      return data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    case 'image/jpeg':
      return data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff;
    case 'image/gif':
      return ascii(data, 0, 6) === 'GIF87a' || ascii(data, 0, 6) === 'GIF89a';
    case 'image/webp':
      return ascii(data, 0, 4) === 'RIFF' && ascii(data, 8, 12) === 'WEBP';
    case 'application/pdf':
      return ascii(data, 0, 5) === '%PDF-';
    case 'video/mp4':
      return ascii(data, 4, 8) === 'ftyp';
  }
}
