import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../common/auth/auth.decorators.js';
import { isPersonNavigating } from './bot-filter.js';
import { LANDING_CSP } from './landing-assets.js';
import { LandingFileService } from './landing-file.service.js';
import { LandingContentReader } from './landing-content.reader.js';
import { renderLandingPage, renderNotFoundPage, renderWithdrawnPage } from './landing-page.js';
import { ensureViewerCookie } from './viewer-cookie.js';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,32}$/;

/**
 * The client's landing page for a tracked link (DESIGN §4 data flow 3), outside /api: server-rendered,
 * tiny, strict CSP. Not part of the JSON API contract, so it is left out of OpenAPI. Its beacons are a plain
 * Express route (beacon.route.ts).
 */
@ApiExcludeController()
@Controller('t')
export class LandingController {
  constructor(
    private readonly reader: LandingContentReader,
    private readonly files: LandingFileService,
  ) {}

  @Get(':token')
  @Public('client landing page: opened from WeChat by the client, who has no staff session')
  async page(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    setPageHeaders(res);
    const link = TOKEN_PATTERN.test(token) ? await this.reader.link(token) : null;
    const content = link ? await this.reader.content(link) : null;
    if (!content) {
      res.status(404).send(renderNotFoundPage());
      return;
    }
    if (!this.reader.isAvailable(content)) {
      res.status(410).send(renderWithdrawnPage());
      return;
    }
    const tracked = isPersonNavigating(req.get('user-agent'), req.get('accept'));
    if (tracked) ensureViewerCookie(req, res);
    res.status(200).send(renderLandingPage(content, token, tracked));
  }

  @Get(':token/file')
  @Public("the landing page's own file (PDF, video, image) for its tracked link")
  async file(@Param('token') token: string, @Query('download') download: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.files.send(token, 'file', download === '1', req, res);
  }

  @Get(':token/cover')
  @Public("the landing page's cover image for its tracked link")
  async cover(@Param('token') token: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.files.send(token, 'cover', false, req, res);
  }
}

function setPageHeaders(res: Response): void {
  res.type('html');
  res.setHeader('Content-Security-Policy', LANDING_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  // Personal (sets a viewer cookie, may be withdrawn at any time): never stored by shared caches.
  res.setHeader('Cache-Control', 'private, no-store');
}
