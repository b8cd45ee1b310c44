import { Body, Controller, Get, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor, Public } from '../../common/auth/auth.decorators.js';
import { SESSION_COOKIE, sessionToken } from '../../common/auth/auth.guard.js';
import { SessionService } from '../../common/auth/session.service.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { AuthService, type IssuedSession } from './auth.service.js';
import { LoginDto, LoginResponseDto, SessionResponseDto, WecomSessionDto } from './dto/auth.dto.js';
import { buildAuthorizeUrl } from './wecom-oauth.js';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public('admin password login')
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto })
  async login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<LoginResponseDto> {
    return this.respond(res, await this.auth.loginWithPassword(dto.username, dto.password, req.requestId));
  }

  @Public('sidebar login: exchanges a WeCom OAuth code for a session')
  @Post('wecom/session')
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponseDto })
  async wecomSession(@Body() dto: WecomSessionDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionResponseDto> {
    // The sidebar lives on the API's own origin: the httpOnly cookie is enough, no token in the body.
    const { token: _token, ...session } = this.respond(res, await this.auth.loginWithWecomCode(dto.code, req.requestId));
    return session;
  }

  @Public('starts WeCom OAuth (redirect only, no data)')
  @Get('wecom/authorize')
  authorize(@Query('redirect') redirect: string | undefined, @Res() res: Response): void {
    res.redirect(302, buildAuthorizeUrl(this.config, redirect));
  }

  @Get('me')
  @ApiOkResponse({ type: SessionResponseDto })
  async me(@CurrentActor() actor: Actor, @Req() req: Request): Promise<SessionResponseDto> {
    return { staff: await this.auth.me(actor), expiresAt: req.sessionExpiresAt!.toISOString() };
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const token = sessionToken(req);
    if (token) await this.sessions.revoke(token);
    res.clearCookie(SESSION_COOKIE, this.cookieOptions());
  }

  private respond(res: Response, issued: IssuedSession): LoginResponseDto {
    res.cookie(SESSION_COOKIE, issued.token, { ...this.cookieOptions(), expires: issued.expiresAt });
    return { staff: issued.me, expiresAt: issued.expiresAt.toISOString(), token: issued.token };
  }

  /** The WeCom webview is a third-party context for the cookie in production: Secure + SameSite=None. */
  private cookieOptions(): { httpOnly: true; secure: boolean; sameSite: 'none' | 'lax'; path: string } {
    const production = this.config.env === 'production';
    return { httpOnly: true, secure: production, sameSite: production ? 'none' : 'lax', path: '/' };
  }
}
