import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';

/**
 * Serves the built sidebar (hash router: one index.html) and admin (history router: index.html for
 * every path under /admin/). Hashed assets are cached for a year; index.html is never cached.
 */
export function mountStaticApps(server: Express, roots: { sidebar: string; admin: string }): { sidebar: boolean; admin: boolean } {
  const mounted = { sidebar: false, admin: false };
  for (const [name, root] of Object.entries(roots) as ['sidebar' | 'admin', string][]) {
    const index = join(root, 'index.html');
    if (!existsSync(index)) continue;
    mounted[name] = true;
    const base = `/${name}`;
    // Express routing is not strict: `/admin` would also match `/admin/`, so compare the exact path.
    server.get(base, (req: Request, res: Response, next: NextFunction) => (req.path === base ? res.redirect(301, `${base}/`) : next()));
    server.use(
      `${base}/assets`,
      express.static(join(root, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false, index: false }),
    );
    server.use(base, express.static(root, { index: false, maxAge: 0 }));
    server.get(`${base}/{*path}`, (_req: Request, res: Response) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
    });
  }
  server.get('/', (_req: Request, res: Response) => res.redirect(302, mounted.admin ? '/admin/' : '/api/docs'));
  return mounted;
}
