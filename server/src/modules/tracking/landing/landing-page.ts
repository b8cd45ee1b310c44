import { isSafeUrl } from '../../library/content/html-sanitizer.js';
import { LANDING_CSS, LANDING_SCRIPT } from './landing-assets.js';
import type { LandingContent } from './landing-content.reader.js';

export const TRACKING_NOTICE = '本页面会记录阅读时长，用于为您提供更合适的服务';
export const WITHDRAWN_MESSAGE = '该内容已下架';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

function shell(title: string, main: string, tail = ''): string {
  return (
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover">' +
    '<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex,nofollow">' +
    `<title>${escapeHtml(title)}</title><meta property="og:title" content="${escapeHtml(title)}">` +
    `<style>${LANDING_CSS}</style></head><body><main>${main}</main>${tail}</body></html>`
  );
}

/** Paragraphs of plain text (scripts), escaped. */
function textParagraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((para) => `<p>${escapeHtml(para).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function mediaBlock(content: LandingContent, base: string): string {
  const fileUrl = `${base}/file`;
  const coverAttr = content.cover ? ` poster="${base}/cover"` : '';
  switch (content.kind) {
    case 'article':
      return content.bodyHtml ? `<div class="body">${content.bodyHtml}</div>` : '';
    case 'script':
      return content.bodyText ? `<div class="body">${textParagraphs(content.bodyText)}</div>` : '';
    case 'link':
      return content.linkUrl && isSafeUrl(content.linkUrl, ['http:', 'https:'])
        ? `<a class="btn" data-vl-click="link" rel="noopener noreferrer" href="${escapeHtml(content.linkUrl)}">打开原文</a>`
        : '';
    case 'file':
      return content.file
        ? `<a class="btn" data-vl-click="file" href="${fileUrl}">在线查看</a><a class="btn alt" data-vl-click="download" href="${fileUrl}?download=1">下载文件</a>`
        : '';
    case 'video':
      return content.file ? `<video class="media" src="${fileUrl}" controls playsinline webkit-playsinline preload="metadata"${coverAttr}></video>` : '';
    case 'image':
    case 'poster':
      return content.file ? `<img class="media" src="${fileUrl}" alt="${escapeHtml(content.title)}">` : '';
    case 'mini_program':
      return `<p>请在微信中打开小程序「${escapeHtml(content.miniProgramTitle ?? content.title)}」查看。</p>`;
  }
}

function productChips(codes: string[]): string {
  if (codes.length === 0) return '';
  const chips = codes.map((code) => `<button type="button" data-vl-product="${escapeHtml(code)}">${escapeHtml(code)}</button>`).join('');
  return `<div class="prods">相关产品：${chips}<div id="vl-ack" class="ack"></div></div>`;
}

/**
 * The landing page: the material, its disclaimer and the tracking notice. `tracked` is false for bots and
 * non-HTML requests: they get the same content without the script, so nothing can be recorded.
 */
export function renderLandingPage(content: LandingContent, token: string, tracked: boolean): string {
  const base = `/t/${encodeURIComponent(token)}`;
  const cover = content.cover && content.kind === 'article' ? `<img class="media" src="${base}/cover" alt="">` : '';
  const main =
    `<h1>${escapeHtml(content.title)}</h1>` +
    (content.summary && content.kind !== 'article' ? `<p class="sum">${escapeHtml(content.summary)}</p>` : '') +
    cover +
    mediaBlock(content, base) +
    productChips(content.productCodes) +
    (content.disclaimer ? `<aside class="disc">${escapeHtml(content.disclaimer)}</aside>` : '') +
    `<p class="note">${TRACKING_NOTICE}</p>`;
  // JSON inside <script> must not contain "<" (a "</script>" would end the block).
  const config = JSON.stringify({ b: `${base}/beacon` }).replace(/</g, '\\u003c');
  const tail = tracked ? `<script type="application/json" id="vl-c">${config}</script><script>${LANDING_SCRIPT}</script>` : '';
  return shell(content.title, main, tail);
}

export function renderWithdrawnPage(): string {
  return shell(WITHDRAWN_MESSAGE, `<div class="gone"><h1>${WITHDRAWN_MESSAGE}</h1><p>感谢您的关注，如有需要请联系您的投资顾问。</p></div>`);
}

export function renderNotFoundPage(): string {
  return shell('页面不存在', '<div class="gone"><h1>页面不存在</h1><p>链接可能有误，请联系您的投资顾问。</p></div>');
}
