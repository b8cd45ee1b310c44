import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../common/auth/actor.js';
import { CurrentActor } from '../../common/auth/auth.decorators.js';
import { notFound } from '../../common/errors/app-error.js';
import { WECOM_API, type WecomApi, WecomApiError } from '../../wecom/gateway/wecom-gateway.types.js';
import { ClientsRepository } from '../clients/clients.repository.js';

class GroupClientDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
}

export class GroupChatDto {
  @ApiProperty() chatId: string;
  @ApiProperty() name: string;
  @ApiProperty() memberCount: number;
  @ApiProperty({ description: 'External members who are known clients' }) clientMemberCount: number;
  @ApiProperty({ type: [GroupClientDto] }) clientMembers: GroupClientDto[];
}

/** Group-chat context for the sidebar: only members of the group (or its owner) may look at it. */
@ApiTags('group-chats')
@Controller('api/group-chats')
export class GroupChatsController {
  constructor(
    @Inject(WECOM_API) private readonly wecom: WecomApi,
    private readonly clients: ClientsRepository,
  ) {}

  @Get(':chatId')
  @ApiOkResponse({ type: GroupChatDto })
  async get(@CurrentActor() actor: Actor, @Param('chatId') chatId: string): Promise<GroupChatDto> {
    const chat = await this.wecom.getGroupChat(chatId).catch((error: unknown) => {
      // 40050/701008-style "not found / no permission" answers: the group is not visible to this app.
      if (error instanceof WecomApiError) throw notFound('客户群');
      throw error;
    });
    const isMember = chat.owner === actor.wecomUserId || chat.member_list.some((m) => m.type === 1 && m.userid === actor.wecomUserId);
    if (!isMember) throw notFound('客户群');
    const externalIds = chat.member_list.filter((m) => m.type === 2).map((m) => m.userid);
    const known = await this.clients.findByExternalUserIds(externalIds);
    return {
      chatId: chat.chat_id,
      name: chat.name,
      memberCount: chat.member_list.length,
      clientMemberCount: known.length,
      clientMembers: known.map((c) => ({ id: c.id, name: c.name })),
    };
  }
}
