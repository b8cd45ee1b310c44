import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In, IsNull, Not } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { upsertRows } from '../../../database/upsert.js';
import { BehaviourEvent, type StoredEventProperties } from '../../ingest/behaviour-event.entity.js';
import { MaterialVersion } from '../../library/entities/material.entities.js';
import { ScriptVersion } from '../../library/entities/script.entities.js';
import { TrackedLink } from '../../outreach/sends/tracked-link.entity.js';
import { LinkView } from '../entities/link-view.entity.js';

/** A client's own current reading session on a tracked link, with the content it reads. */
export interface ClientReadingSession {
  token: string;
  viewerId: string;
  sessionId: string;
  clientId: number;
  startedAt: Date;
  dwellMs: number;
  contentKind: 'script' | 'material';
  contentId: number;
  tags: string[];
}

export interface DwellEventRow {
  eventId: string;
  clientId: number;
  distinctId: string;
  time: Date;
  properties: StoredEventProperties;
}

/** Named queries for turning reading sessions into behaviour events (link_views, tracked_links and library versions, read-only). */
@Injectable()
export class ReadingSessionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The current sessions of these viewers that are a client's own reading: on a link sent to one client, by
   * its first viewer (not a forward), from a person's browser.
   */
  async clientSessions(viewers: readonly { token: string; viewerId: string }[]): Promise<ClientReadingSession[]> {
    if (viewers.length === 0) return [];
    const wanted = new Set(viewers.map((v) => `${v.token}|${v.viewerId}`));
    const tokens = [...new Set(viewers.map((v) => v.token))];
    const [views, links] = await Promise.all([
      this.dataSource.getRepository(LinkView).findBy({ token: In(tokens), isForward: false, clientId: Not(IsNull()) }),
      this.dataSource.getRepository(TrackedLink).find({ select: { token: true, contentKind: true, contentId: true, versionId: true }, where: { token: In(tokens) } }),
    ]);
    const linkOf = new Map(links.map((link) => [link.token, link]));
    const own = views.filter((v) => v.clientId !== null && v.uaClass !== 'bot' && wanted.has(`${v.token}|${v.viewerId}`) && linkOf.has(v.token));
    const tags = await this.versionTags(own.map((v) => linkOf.get(v.token)!));
    return own.map((v) => {
      const link = linkOf.get(v.token)!;
      return {
        token: v.token,
        viewerId: v.viewerId,
        sessionId: v.sessionId,
        clientId: v.clientId!,
        startedAt: v.sessionStartedAt,
        dwellMs: v.sessionDwellMs,
        contentKind: link.contentKind,
        contentId: link.contentId,
        tags: tags.get(`${link.contentKind}:${link.versionId}`) ?? [],
      };
    });
  }

  /** Inserts each session's event, or replaces its properties when the session has grown (event_id is unique). */
  async upsertDwellEvents(rows: readonly DwellEventRow[], receivedAt: Date): Promise<void> {
    // simple-json columns take any JSON value; TypeORM's deep-partial type cannot express an open record.
    const values = rows.map((row) => ({ ...row, name: 'content_dwell', receivedAt })) as QueryDeepPartialEntity<BehaviourEvent>[];
    await upsertRows(this.dataSource.getRepository(BehaviourEvent), values, ['event_id'], ['properties']);
  }

  private async versionTags(links: readonly Pick<TrackedLink, 'contentKind' | 'versionId'>[]): Promise<Map<string, string[]>> {
    const idsOf = (kind: 'script' | 'material') => [...new Set(links.filter((l) => l.contentKind === kind).map((l) => l.versionId))];
    const [materials, scripts] = await Promise.all([
      idsOf('material').length > 0 ? this.dataSource.getRepository(MaterialVersion).find({ select: { id: true, tags: true }, where: { id: In(idsOf('material')) } }) : [],
      idsOf('script').length > 0 ? this.dataSource.getRepository(ScriptVersion).find({ select: { id: true, tags: true }, where: { id: In(idsOf('script')) } }) : [],
    ]);
    return new Map([...materials.map((v) => [`material:${v.id}`, v.tags] as const), ...scripts.map((v) => [`script:${v.id}`, v.tags] as const)]);
  }
}
