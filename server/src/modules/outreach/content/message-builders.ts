import type { MsgAttachment } from '../../../wecom/gateway/wecom-gateway.types.js';
import { trackedLinkUrl } from '../sends/mint-tracked-link.js';
import type { OutgoingMaterial, OutgoingMessage } from './outgoing-message.js';

/**
 * The same approved message in each WeCom dialect: the JS-SDK's sendChatMessage and
 * shareToExternalContact bodies (WECOM.md §1.3) and add_msg_template's text + attachments (§4.4).
 */

export type ChatMessage =
  | { msgtype: 'text'; text: { content: string } }
  | { msgtype: 'image'; image: { mediaid: string } }
  | { msgtype: 'news'; news: { link: string; title: string; desc: string; imgUrl: string } }
  | { msgtype: 'miniprogram'; miniprogram: { appid: string; title: string; imgUrl: string; page: string } };

export type ShareAttachment =
  | { msgtype: 'image'; image: { mediaid: string } }
  | { msgtype: 'link'; link: { title: string; imgUrl: string; desc: string; url: string } }
  | { msgtype: 'miniprogram'; miniprogram: { appid: string; title: string; imgUrl: string; page: string } };

export interface ShareParams {
  text?: { content: string };
  attachments?: ShareAttachment[];
}

export interface MassMessage {
  text?: { content: string };
  attachments: MsgAttachment[];
}

/** Public URLs of a tracked link: the landing page, and the card image the landing page serves for it. */
export interface LinkUrls {
  url: string;
  cover: string;
}

export function linkUrls(publicBaseUrl: string, token: string): LinkUrls {
  const url = trackedLinkUrl(publicBaseUrl, token);
  return { url, cover: `${url}/cover` };
}

/** sendChatMessage needs the mini-program page to end in .html (WECOM.md §1.3). */
export function miniProgramPage(page: string): string {
  return page.endsWith('.html') ? page : `${page.replace(/\/$/, '')}.html`;
}

/** What to resolve before building: the media id of a native image (media/upload, valid 3 days). */
export interface MediaIds {
  image?: string;
  /** Cover uploaded as temporary media, for add_msg_template's mini-program pic_media_id. */
  cover?: string;
}

export function chatMessage(message: OutgoingMessage, links: LinkUrls | null, media: MediaIds): ChatMessage {
  const material = message.material;
  if (!material) return { msgtype: 'text', text: { content: message.text ?? '' } };
  if (material.presentation === 'image' && media.image) return { msgtype: 'image', image: { mediaid: media.image } };
  if (material.presentation === 'miniprogram' && material.miniProgram && links) {
    return { msgtype: 'miniprogram', miniprogram: miniProgramCard(material, links) };
  }
  return { msgtype: 'news', news: { link: requireLinks(links).url, title: material.title, desc: material.desc, imgUrl: requireLinks(links).cover } };
}

export function shareParams(message: OutgoingMessage, links: LinkUrls | null, media: MediaIds): ShareParams {
  const material = message.material;
  if (!material) return { text: { content: message.text ?? '' } };
  if (material.presentation === 'image' && media.image) return { attachments: [{ msgtype: 'image', image: { mediaid: media.image } }] };
  if (material.presentation === 'miniprogram' && material.miniProgram && links) {
    return { attachments: [{ msgtype: 'miniprogram', miniprogram: miniProgramCard(material, links) }] };
  }
  const urls = requireLinks(links);
  return { attachments: [{ msgtype: 'link', link: { title: material.title, imgUrl: urls.cover, desc: material.desc, url: urls.url } }] };
}

export function massMessage(message: OutgoingMessage, links: LinkUrls | null, media: MediaIds): MassMessage {
  const material = message.material;
  const text = message.text ? { text: { content: message.text } } : {};
  if (!material) return { ...text, attachments: [] };
  if (material.presentation === 'image' && media.image) return { ...text, attachments: [{ msgtype: 'image', image: { media_id: media.image } }] };
  if (material.presentation === 'miniprogram' && material.miniProgram && media.cover) {
    const { appid, page } = material.miniProgram;
    return { ...text, attachments: [{ msgtype: 'miniprogram', miniprogram: { title: material.title, pic_media_id: media.cover, appid, page: miniProgramPage(page) } }] };
  }
  const urls = requireLinks(links);
  return { ...text, attachments: [{ msgtype: 'link', link: { title: material.title, picurl: urls.cover, desc: material.desc, url: urls.url } }] };
}

/** A short fingerprint of what a mass message says, to recognise it again in WeCom's records. */
export function massMessageMatches(expected: MassMessage, actual: { text?: { content?: string }; attachments?: MsgAttachment[] }): boolean {
  if ((expected.text?.content ?? '') !== (actual.text?.content ?? '')) return false;
  const key = (a: MsgAttachment): string => {
    switch (a.msgtype) {
      case 'link':
        return `link:${a.link.url}`;
      case 'image':
        return `image:${a.image.media_id ?? a.image.pic_url ?? ''}`;
      case 'miniprogram':
        return `miniprogram:${a.miniprogram.appid}:${a.miniprogram.page}`;
      case 'video':
        return `video:${a.video.media_id}`;
      case 'file':
        return `file:${a.file.media_id}`;
    }
  };
  const left = expected.attachments.map(key).sort().join('|');
  const right = (actual.attachments ?? []).map(key).sort().join('|');
  return left === right;
}

function miniProgramCard(material: OutgoingMaterial, links: LinkUrls): { appid: string; title: string; imgUrl: string; page: string } {
  const program = material.miniProgram!;
  return { appid: program.appid, title: material.title, imgUrl: links.cover, page: miniProgramPage(program.page) };
}

function requireLinks(links: LinkUrls | null): LinkUrls {
  if (!links) throw new Error('a card message needs a tracked link');
  return links;
}
