import type { ContentKind } from '@/api/library.types';

/** Where the 话术 or 素材 list lives; an item's editor is `${path}/${id}` (`/new` for a new one). */
export function contentListPath(kind: ContentKind): string {
  return kind === 'script' ? '/content/scripts' : '/content/materials';
}
