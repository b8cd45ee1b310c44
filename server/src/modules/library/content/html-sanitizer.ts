/**
 * Sanitises article HTML written in the admin's rich-text editor before it is stored and later served
 * on the tracked landing page. Allow-list based (OWASP XSS Prevention Cheat Sheet, rule "sanitize HTML
 * with a library designed for the job" — done here without a dependency): unknown tags are unwrapped,
 * dangerous ones dropped with their content, every attribute not listed is removed, URLs must use a
 * safe scheme after entity decoding (so "jav&#x61;script:" is caught), and the output is well-formed.
 */

const ALLOWED_TAGS = new Set([
  'p', 'br', 'hr', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'span', 'div', 'h1', 'h2', 'h3', 'h4',
  'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'a', 'img', 'figure', 'figcaption',
  'table', 'thead', 'tbody', 'tr', 'th', 'td',
]);
const VOID_TAGS = new Set(['br', 'hr', 'img']);
/** Dropped together with everything inside them. */
const DROP_WITH_CONTENT = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'noscript', 'template', 'textarea',
  'select', 'svg', 'math', 'xml', 'head', 'title', 'form', 'button', 'applet', 'base', 'link', 'meta',
]);
const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  ol: ['start'],
};
const URL_ATTRIBUTES = new Set(['href', 'src']);
const SAFE_URL_SCHEMES: Readonly<Record<string, readonly string[]>> = {
  href: ['http:', 'https:', 'mailto:', 'tel:'],
  src: ['http:', 'https:'],
};
const NUMERIC_ATTRIBUTES = new Set(['width', 'height', 'colspan', 'rowspan', 'start']);

const TAG_NAME = /^[a-zA-Z][a-zA-Z0-9-]*/;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/gy;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', colon: ':', tab: '\t', newline: '\n' };

export function sanitizeHtml(input: string): string {
  const out: string[] = [];
  const open: string[] = [];
  let i = 0;
  while (i < input.length) {
    const lt = input.indexOf('<', i);
    if (lt === -1) {
      out.push(escapeText(input.slice(i)));
      break;
    }
    out.push(escapeText(input.slice(i, lt)));
    const rest = input.slice(lt);
    if (rest.startsWith('<!--')) {
      const end = input.indexOf('-->', lt + 4);
      i = end === -1 ? input.length : end + 3;
    } else if (rest.startsWith('<!') || rest.startsWith('<?')) {
      const end = input.indexOf('>', lt);
      i = end === -1 ? input.length : end + 1;
    } else if (rest.startsWith('</') && TAG_NAME.test(rest.slice(2))) {
      const name = (TAG_NAME.exec(rest.slice(2))?.[0] ?? '').toLowerCase();
      const end = input.indexOf('>', lt);
      i = end === -1 ? input.length : end + 1;
      closeTag(name, open, out);
    } else if (TAG_NAME.test(rest.slice(1))) {
      i = openTag(input, lt, open, out);
    } else {
      out.push('&lt;');
      i = lt + 1;
    }
  }
  for (const name of open.reverse()) out.push(`</${name}>`);
  return out.join('');
}

/** Handles a start tag at `lt`; returns the index after it (after the content for dropped elements). */
function openTag(input: string, lt: number, open: string[], out: string[]): number {
  const name = (TAG_NAME.exec(input.slice(lt + 1))?.[0] ?? '').toLowerCase();
  const { attributes, end } = readAttributes(input, lt + 1 + name.length);
  if (DROP_WITH_CONTENT.has(name)) {
    const close = new RegExp(`</${name}\\s*>`, 'iy');
    for (let j = end; j < input.length; j++) {
      close.lastIndex = j;
      if (close.test(input)) return close.lastIndex;
    }
    return input.length;
  }
  if (!ALLOWED_TAGS.has(name)) return end;
  const kept = attributes.filter(([attr, value]) => isAllowedAttribute(name, attr, value));
  const rendered = kept.map(([attr, value]) => ` ${attr}="${escapeAttribute(value)}"`).join('');
  const linkSafety = name === 'a' && kept.some(([attr]) => attr === 'href') ? ' rel="noopener noreferrer" target="_blank"' : '';
  out.push(`<${name}${rendered}${linkSafety}>`);
  if (!VOID_TAGS.has(name)) open.push(name);
  return end;
}

function readAttributes(input: string, from: number): { attributes: [string, string][]; end: number } {
  const attributes: [string, string][] = [];
  let i = from;
  while (i < input.length) {
    while (i < input.length && /[\s/]/.test(input[i] ?? '')) i++;
    if (i >= input.length || input[i] === '>') return { attributes, end: i + 1 };
    ATTRIBUTE.lastIndex = i;
    const match = ATTRIBUTE.exec(input);
    if (!match) {
      i++;
      continue;
    }
    attributes.push([(match[1] ?? '').toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? '')]);
    i = ATTRIBUTE.lastIndex;
  }
  return { attributes, end: input.length };
}

function closeTag(name: string, open: string[], out: string[]): void {
  const at = open.lastIndexOf(name);
  if (at === -1) return;
  for (const closing of open.splice(at).reverse()) out.push(`</${closing}>`);
}

function isAllowedAttribute(tag: string, attribute: string, value: string): boolean {
  if (!(ALLOWED_ATTRIBUTES[tag] ?? []).includes(attribute)) return false;
  if (NUMERIC_ATTRIBUTES.has(attribute)) return /^\d{1,4}%?$/.test(value.trim());
  if (URL_ATTRIBUTES.has(attribute)) return isSafeUrl(value, SAFE_URL_SCHEMES[attribute] ?? []);
  return true;
}

/** Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"), so do we. */
export function isSafeUrl(value: string, schemes: readonly string[]): boolean {
  // eslint-disable-next-line no-control-regex
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  if (scheme === undefined) return !compact.startsWith('//') || schemes.includes('https:');
  return schemes.includes(`${scheme}:`);
}

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, entity: string) => {
    if (entity.startsWith('#')) {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** Text between tags keeps its entities; a stray ">" is escaped so the output never reads as markup. */
function escapeText(text: string): string {
  return text.replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Plain text of sanitised HTML, for search and screening. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(br|\/p|\/div|\/li|\/h\d|\/tr|\/blockquote)\b[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
