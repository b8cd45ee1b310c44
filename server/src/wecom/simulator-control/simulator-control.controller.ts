import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Public } from '../../common/auth/auth.decorators.js';
import { AppError } from '../../common/errors/app-error.js';
import { SIMULATOR, type SimulatorHandle } from '../simulator-host.js';
import type { SimulatedContactEvent } from '../simulator/callback-pusher.js';
import { SimChatsDto, SimCodeDto, SimCodeRequestDto, SimConfirmDto, SimContactEventDto, SimMemberDto } from './simulator-control.dto.js';

/**
 * Demo and test controls, registered only when the built-in simulator stands in for WeCom: pick an
 * advisor and a chat, mint the OAuth code WeCom would, confirm a mass-send as the member would, and
 * make a customer add or delete an advisor. They hold no production data and do not exist otherwise.
 */
@ApiTags('simulator (demo only)')
@Controller('api/sim')
export class SimulatorControlController {
  constructor(
    @Inject(SIMULATOR) private readonly simulator: SimulatorHandle | null,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  private get state() {
    if (!this.simulator) throw new AppError('SIMULATOR_ONLY');
    return this.simulator.state;
  }

  @Public('simulator only: demo advisor picker')
  @Get('members')
  @ApiOkResponse({ type: [SimMemberDto] })
  async members(): Promise<SimMemberDto[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT s.wecom_userid AS userid, s.name AS name, d.name AS departmentName,
              (SELECT COUNT(*) FROM client_follows f WHERE f.staff_id = s.id AND f.state = 'active') AS clientCount
         FROM staff s LEFT JOIN departments d ON d.id = s.department_id
        WHERE s.wecom_userid IS NOT NULL AND s.status = 'active'
        ORDER BY s.id LIMIT 500`,
    );
    return rows.map((r) => ({ userid: String(r.userid), name: String(r.name), departmentName: (r.departmentName as string) ?? null, clientCount: Number(r.clientCount) }));
  }

  @Public('simulator only: demo chat picker')
  @Get('members/:userid/chats')
  @ApiOkResponse({ type: SimChatsDto })
  async chats(@Param('userid') userid: string, @Query('q') q?: string): Promise<SimChatsDto> {
    const params: unknown[] = [userid];
    let filter = '';
    if (q && q.length <= 32) {
      filter = 'AND c.name LIKE ?';
      params.push(`%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
    }
    const contacts: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT c.external_userid AS externalUserId, c.name AS name, c.avatar AS avatar
         FROM client_follows f JOIN staff s ON s.id = f.staff_id JOIN clients c ON c.id = f.client_id
        WHERE s.wecom_userid = ? AND f.state = 'active' AND c.external_userid IS NOT NULL ${filter}
        ORDER BY f.add_time DESC LIMIT 50`,
      params,
    );
    const groups = [...this.state.directory.groupChats.values()]
      .filter((g) => g.owner === userid || g.member_list.some((m) => m.type === 1 && m.userid === userid))
      .map((g) => ({ chatId: g.chat_id, name: g.name, memberCount: g.member_list.length }));
    return {
      contacts: contacts.map((c) => ({ externalUserId: String(c.externalUserId), name: String(c.name), avatar: (c.avatar as string) ?? null })),
      groups,
    };
  }

  @Public('simulator only: mints the OAuth code WeCom would put on the redirect')
  @Post('oauth/code')
  @HttpCode(200)
  @ApiOkResponse({ type: SimCodeDto })
  code(@Body() dto: SimCodeRequestDto): SimCodeDto {
    try {
      return { code: this.state.mintOAuthCode(dto.userid) };
    } catch {
      throw new AppError('NOT_FOUND', '该成员不存在');
    }
  }

  @Public('simulator only: the member confirms a mass-send in their WeCom client')
  @Post('mass-send/confirm')
  @HttpCode(200)
  confirm(@Body() dto: SimConfirmDto): { results: number } {
    try {
      return { results: this.state.confirmMassSend(dto.msgid, dto.userid).length };
    } catch {
      throw new AppError('NOT_FOUND', '群发任务不存在');
    }
  }

  @Public('simulator only: a customer adds or deletes an advisor (pushes an encrypted callback)')
  @Post('contact-event')
  @HttpCode(200)
  async contactEvent(@Body() dto: SimContactEventDto): Promise<{ status: number }> {
    const event = (
      dto.changeType === 'add_external_contact'
        ? { changeType: dto.changeType, userid: dto.userid, externalUserId: dto.externalUserId, contact: { name: dto.name ?? '新客户' } }
        : { changeType: dto.changeType, userid: dto.userid, externalUserId: dto.externalUserId }
    ) as SimulatedContactEvent;
    try {
      const pushed = await this.state.pushCallbackEvent(event);
      return { status: pushed.status };
    } catch (error) {
      throw new AppError('VALIDATION_FAILED', (error as Error).message.slice(0, 200));
    }
  }
}
