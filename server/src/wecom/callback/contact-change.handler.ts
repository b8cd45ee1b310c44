import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FollowState } from '@valuelens/contracts';
import type { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../common/clock.js';
import { logger } from '../../common/logging/logger.js';
import { ClientFollow } from '../../modules/clients/client-follow.entity.js';
import { Client } from '../../modules/clients/client.entity.js';
import { Staff } from '../../modules/org/staff.entity.js';
import { upsertRows } from '../../database/upsert.js';
import { CLIENT_WECOM_COLUMNS, FOLLOW_WECOM_COLUMNS } from '../../modules/org/org-sync.service.js';
import { WECOM_API, type WecomApi } from '../gateway/wecom-gateway.types.js';

/** Domain events other modules listen to (the feed and alerts); outreach and wecom never import them. */
export const CLIENT_FOLLOWED = 'client.followed';
export const CLIENT_UNFOLLOWED = 'client.unfollowed';

export interface FollowChangedEvent {
  clientId: number;
  staffId: number;
  state: FollowState;
  changeType: string;
  at: Date;
}

const ENDED_STATES: Record<string, FollowState> = {
  del_external_contact: 'deleted_by_advisor', // the member deleted the customer
  del_follow_user: 'deleted_by_client', // the customer deleted the member
  transfer_fail: 'transfer_failed',
};

/** Applies `change_external_contact` events (WECOM.md §4.9) to clients and follow relations. */
@Injectable()
export class ContactChangeHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WECOM_API) private readonly wecom: WecomApi,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly events: EventEmitter2,
  ) {}

  async handle(fields: Record<string, string>): Promise<void> {
    const changeType = fields.ChangeType ?? '';
    const userId = fields.UserID;
    const externalUserId = fields.ExternalUserID;
    if (!userId || !externalUserId) return;
    const staff = await this.dataSource.getRepository(Staff).findOneBy({ wecomUserId: userId });
    if (!staff) {
      logger.warn('callback for unknown member; run org sync', { userId, changeType });
      return;
    }
    const at = fields.CreateTime ? new Date(Number(fields.CreateTime) * 1000) : this.clock.now();
    if (changeType === 'add_external_contact' || changeType === 'add_half_external_contact' || changeType === 'edit_external_contact') {
      await this.upsertFromWecom(staff, externalUserId, changeType, at, fields.State);
      return;
    }
    const ended = ENDED_STATES[changeType];
    if (ended) await this.endRelation(staff, externalUserId, ended, changeType, at);
  }

  private async upsertFromWecom(staff: Staff, externalUserId: string, changeType: string, at: Date, state?: string): Promise<void> {
    const detail = await this.wecom.getExternalContact(externalUserId);
    const contact = detail.external_contact;
    const clients = this.dataSource.getRepository(Client);
    await upsertRows(
      clients,
      [
        {
        externalUserId,
        name: contact.name,
        avatar: contact.avatar ?? null,
        unionid: contact.unionid ?? null,
          gender: contact.gender === 1 ? 'male' : contact.gender === 2 ? 'female' : null,
        },
      ],
      ['external_userid'],
      CLIENT_WECOM_COLUMNS,
    );
    const client = (await clients.findOneBy({ externalUserId }))!;
    const follow = detail.follow_user.find((f) => f.userid === staff.wecomUserId);
    await upsertRows(this.dataSource.getRepository(ClientFollow), [
      {
        clientId: client.id,
        staffId: staff.id,
        remark: follow?.remark ?? null,
        addTime: follow ? new Date(follow.createtime * 1000) : at,
        state: 'active',
        stateChangedAt: at,
        addWayState: state || follow?.state || null,
        tagIds: (follow?.tags ?? []).map((t) => t.tag_id).filter((t): t is string => Boolean(t)),
      },
    ], ['client_id', 'staff_id'], FOLLOW_WECOM_COLUMNS);
    if (changeType !== 'edit_external_contact') {
      const event: FollowChangedEvent = { clientId: client.id, staffId: staff.id, state: 'active', changeType, at };
      this.events.emit(CLIENT_FOLLOWED, event);
    }
  }

  private async endRelation(staff: Staff, externalUserId: string, state: FollowState, changeType: string, at: Date): Promise<void> {
    const client = await this.dataSource.getRepository(Client).findOneBy({ externalUserId });
    if (!client) return;
    const result = await this.dataSource
      .getRepository(ClientFollow)
      .update({ clientId: client.id, staffId: staff.id }, { state, stateChangedAt: at });
    if ((result.affected ?? 0) === 0) return;
    const event: FollowChangedEvent = { clientId: client.id, staffId: staff.id, state, changeType, at };
    this.events.emit(CLIENT_UNFOLLOWED, event);
  }
}
