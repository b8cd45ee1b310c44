import type { MaterialType } from '@/api/library.types';
import { zhCN } from '@/locales/zh-CN';

/**
 * A stand-in for the tracked landing page (server tracking/landing/landing-page.ts) built from the editor's unsaved
 * state: the same structure and CSS, rendered in a sandboxed iframe so the preview matches what the client sees and
 * no script in a draft can run. The tracking module offers no preview route, so the page is rebuilt here.
 */

export interface LandingPreviewModel {
  kind: 'script' | MaterialType;
  title: string;
  summary: string;
  bodyHtml: string;
  bodyText: string;
  linkUrl: string;
  hasFile: boolean;
  fileUrl: string | null;
  coverUrl: string | null;
  productCodes: string[];
  miniProgramTitle: string;
  disclaimer: string | null;
}

/** Same values as the server's LANDING_CSS (tracking/landing/landing-assets.ts). */
const LANDING_CSS =
  '*{box-sizing:border-box}body{margin:0;background:#f5f6f7;color:#1f2329;font:16px/1.7 -apple-system,"PingFang SC","Microsoft YaHei",sans-serif;-webkit-text-size-adjust:100%}' +
  'main{max-width:720px;margin:0 auto;padding:20px 16px 24px;background:#fff;min-height:100vh}' +
  'h1{font-size:22px;line-height:1.4;margin:0 0 12px}.sum{color:#646a73;margin:0 0 16px}' +
  '.body img,.media{max-width:100%;height:auto;display:block;margin:12px auto}.body{word-wrap:break-word}' +
  '.body table{border-collapse:collapse;width:100%;font-size:14px}.body td,.body th{border:1px solid #dee0e3;padding:4px}' +
  '.btn{display:block;text-align:center;padding:12px;margin:12px 0;border-radius:8px;background:#1664ff;color:#fff;text-decoration:none}' +
  '.btn.alt{background:#fff;color:#1664ff;border:1px solid #1664ff}' +
  '.prods{margin:16px 0}.prods button{font:inherit;margin:0 8px 8px 0;padding:4px 12px;border:1px solid #1664ff;border-radius:16px;background:#fff;color:#1664ff}' +
  '.disc{margin-top:24px;padding:12px;background:#f5f6f7;border-radius:8px;font-size:13px;color:#646a73}' +
  '.note{font-size:12px;color:#8f959e;text-align:center;margin-top:16px}.ph{height:180px;display:flex;align-items:center;justify-content:center;background:#eef1f5;color:#8f959e;border-radius:8px;margin:12px 0}' +
  'a{pointer-events:none}';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

function textParagraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((para) => `<p>${escapeHtml(para).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function mediaBlock(model: LandingPreviewModel): string {
  const copy = zhCN.content.preview;
  const placeholder = `<div class="ph">${escapeHtml(zhCN.labels.materialType[model.kind === 'script' ? 'article' : model.kind])}</div>`;
  switch (model.kind) {
    case 'article':
      return model.bodyHtml ? `<div class="body">${model.bodyHtml}</div>` : '';
    case 'script':
      return model.bodyText ? `<div class="body">${textParagraphs(model.bodyText)}</div>` : '';
    case 'link':
      return model.linkUrl ? `<a class="btn">${copy.openLink}</a>` : '';
    case 'file':
      return model.hasFile ? `<a class="btn">${copy.viewFile}</a><a class="btn alt">${copy.downloadFile}</a>` : '';
    case 'video':
    case 'image':
    case 'poster':
      if (!model.hasFile) return '';
      return model.fileUrl && model.kind !== 'video' ? `<img class="media" src="${escapeHtml(model.fileUrl)}" alt="">` : placeholder;
    case 'mini_program':
      return `<p>${escapeHtml(copy.miniProgram(model.miniProgramTitle || model.title))}</p>`;
  }
}

export function landingPreviewHtml(model: LandingPreviewModel): string {
  const copy = zhCN.content.preview;
  const cover = model.coverUrl && model.kind === 'article' ? `<img class="media" src="${escapeHtml(model.coverUrl)}" alt="">` : '';
  const products =
    model.productCodes.length > 0
      ? `<div class="prods">${copy.relatedProducts}${model.productCodes.map((code) => `<button type="button">${escapeHtml(code)}</button>`).join('')}</div>`
      : '';
  const main =
    `<h1>${escapeHtml(model.title)}</h1>` +
    (model.summary && model.kind !== 'article' ? `<p class="sum">${escapeHtml(model.summary)}</p>` : '') +
    cover +
    mediaBlock(model) +
    products +
    (model.disclaimer ? `<aside class="disc">${escapeHtml(model.disclaimer)}</aside>` : '') +
    `<p class="note">${copy.trackingNotice}</p>`;
  return (
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width,initial-scale=1">' +
    `<style>${LANDING_CSS}</style></head><body><main>${main}</main></body></html>`
  );
}
