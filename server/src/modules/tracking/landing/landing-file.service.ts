import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { logger } from '../../../common/logging/logger.js';
import { FILE_STORAGE, type FileStorage, StoredFileMissingError } from '../../library/storage/file-storage.js';
import { LandingContentReader } from './landing-content.reader.js';

/**
 * Streams a landing page's own file or cover, only for the version its token points to (no other key can
 * be reached), with HTTP Range support because iOS (and WeChat's webview on it) plays video only from
 * servers that answer byte ranges. Uploads are capped by the library, so a file fits in memory.
 */
@Injectable()
export class LandingFileService {
  constructor(
    private readonly reader: LandingContentReader,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async send(token: string, which: 'file' | 'cover', download: boolean, req: Request, res: Response): Promise<void> {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, max-age=300');
    const link = await this.reader.link(token);
    const content = link ? await this.reader.content(link) : null;
    const file = content ? content[which] : null;
    if (!content || !file) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    if (!this.reader.isAvailable(content)) {
      res.status(410).type('text/plain').send('该内容已下架');
      return;
    }
    let data: Buffer;
    try {
      data = await this.storage.get(file.key);
    } catch (error) {
      if (!(error instanceof StoredFileMissingError)) throw error;
      logger.warn('landing file missing from storage', { key: file.key });
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Accept-Ranges', 'bytes');
    const disposition = download ? 'attachment' : 'inline';
    res.setHeader('Content-Disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    const range = parseRange(req.get('range'), data.length);
    if (range === 'unsatisfiable') {
      res.status(416).setHeader('Content-Range', `bytes */${data.length}`).end();
      return;
    }
    if (range) {
      res.status(206).setHeader('Content-Range', `bytes ${range.start}-${range.end}/${data.length}`);
      res.end(data.subarray(range.start, range.end + 1));
      return;
    }
    res.status(200).end(data);
  }
}

/** A single `bytes=start-end` range (RFC 9110 §14.2); multi-range requests get the whole file. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | null {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === '' && match[2] === '')) return null;
  let start: number;
  let end: number;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  return start > end || start >= size ? 'unsatisfiable' : { start, end };
}
