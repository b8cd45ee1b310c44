import type { MiniProgramRef } from '../../library/entities/material.entities.js';
import type { MaterialType } from '../../library/library.constants.js';

/**
 * How a material reaches a chat: as a card linking to our landing page (which renders articles, links,
 * research files and videos and records the open), natively as an image, or as a mini-program card.
 */
export type MaterialPresentation = 'news' | 'image' | 'miniprogram';

export function presentationOf(type: MaterialType): MaterialPresentation {
  switch (type) {
    case 'image':
    case 'poster':
      return 'image';
    case 'mini_program':
      return 'miniprogram';
    default:
      return 'news';
  }
}

export interface OutgoingMaterial {
  type: MaterialType;
  presentation: MaterialPresentation;
  title: string;
  /** Card description: the (framing variant's) summary. */
  desc: string;
  coverKey: string | null;
  /** The uploaded image of an image/poster material. */
  fileKey: string | null;
  miniProgram: MiniProgramRef | null;
}

/** The approved message a send carries, independent of the channel that delivers it. */
export interface OutgoingMessage {
  /** Script text, or the advisor's words with a material; variables filled, disclaimer appended. */
  text: string | null;
  material: OutgoingMaterial | null;
}

/** Card descriptions: WeCom cuts link desc at 512 bytes (WECOM.md §4.4); keep well inside it. */
export function cardDescription(text: string, maxChars = 120): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return single.length > maxChars ? `${single.slice(0, maxChars - 1)}…` : single;
}
