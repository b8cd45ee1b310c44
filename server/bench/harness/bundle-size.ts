import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What a browser downloads for a built Vite app before its first screen: the entry chunk and every chunk it
 * imports statically (the modulepreload set), measured gzip-compressed as the server sends them
 * (compression middleware, zlib level 6). Read from dist/.vite/manifest.json when the build writes one, else
 * from index.html plus the chunks' own `import … from "./x.js"` statements.
 */
export interface InitialLoad {
  /** Entry + static imports, gzip bytes. */
  jsGzip: number;
  cssGzip: number;
  files: string[];
}

const STATIC_IMPORT = /(?:from\s*|import\s*)["'`]\.\/([\w.-]+\.js)["'`]/g;

export function initialLoad(dist: string): InitialLoad {
  const manifest = join(dist, '.vite', 'manifest.json');
  const files = existsSync(manifest) ? fromManifest(manifest) : fromHtml(dist);
  const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 6 }).length;
  return {
    jsGzip: files.filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gz(f), 0),
    cssGzip: files.filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + gz(f), 0),
    files,
  };
}

/** A lazily loaded chunk (e.g. a route's view) with its static imports that the initial load does not already hold. */
export function lazyChunk(dist: string, namePrefix: string, alreadyLoaded: readonly string[]): { jsGzip: number; files: string[] } {
  const assets = join(dist, 'assets');
  const entry = (existsSync(assets) ? readdirSync(assets) : []).find((f) => f.startsWith(namePrefix) && f.endsWith('.js'));
  if (!entry) return { jsGzip: 0, files: [] };
  const loaded = new Set(alreadyLoaded);
  const files = closure([`assets/${entry}`], dist).filter((f) => !loaded.has(f));
  return { jsGzip: files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 6 }).length, 0), files };
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

function fromManifest(path: string): string[] {
  const chunks = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = chunks[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(chunks)) if (chunk.isEntry) visit(key);
  return [...files];
}

function fromHtml(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/[\w-]+\/(assets\/[\w.-]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const js = closure(refs.filter((r) => r.endsWith('.js')), dist);
  return [...new Set([...js, ...refs.filter((r) => r.endsWith('.css'))])];
}

/** The files and everything they import statically, transitively. */
function closure(start: string[], dist: string): string[] {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(join(dist, file), 'utf8');
    for (const m of text.matchAll(STATIC_IMPORT)) queue.push(`assets/${m[1]}`);
  }
  return [...seen];
}
