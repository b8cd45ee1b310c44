import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { placeholders } from '../../../database/placeholders.js';
import { upsertRows } from '../../../database/upsert.js';
import { LinkEvent, type LinkEventType } from '../entities/link-event.entity.js';
import { LinkView } from '../entities/link-view.entity.js';
import type { UaClass } from '../landing/bot-filter.js';

export interface NewView {
  token: string;
  viewerId: string;
  sessionId: string;
  clientId: number | null;
  staffId: number;
  versionId: number;
  isForward: boolean;
  uaClass: UaClass;
  at: Date;
}

export interface Engagement {
  token: string;
  viewerId: string;
  sessionId: string;
  visibleMs: number;
  scrollPct: number;
  clicks: number;
  shares: number;
  at: Date;
}

/** Named queries over link_views / link_events; each is one indexed statement. */
@Injectable()
export class LinkViewsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get isMysql(): boolean {
    return this.dataSource.options.type === 'mysql';
  }

  /** How many viewers the link has, and whether this viewer is one of them. */
  async viewerStats(token: string, viewerId: string): Promise<{ viewers: number; known: boolean; knownIsForward: boolean }> {
    const row = await this.dataSource
      .createQueryBuilder()
      .select('COUNT(*)', 'viewers')
      .addSelect('SUM(CASE WHEN v.viewer_id = :viewerId THEN 1 ELSE 0 END)', 'mine')
      .addSelect('MAX(CASE WHEN v.viewer_id = :viewerId AND v.is_forward = :yes THEN 1 ELSE 0 END)', 'mineForward')
      .from(LinkView, 'v')
      .where('v.token = :token', { token, viewerId, yes: true })
      .getRawOne<{ viewers: number | string; mine: number | string | null; mineForward: number | string | null }>();
    return { viewers: Number(row?.viewers ?? 0), known: Number(row?.mine ?? 0) > 0, knownIsForward: Number(row?.mineForward ?? 0) > 0 };
  }

  /** A first open inserts the view; a re-open (new page load) starts a new session on the same row. */
  async openSession(view: NewView): Promise<void> {
    await upsertRows(
      this.dataSource.getRepository(LinkView),
      [
        {
          token: view.token,
          viewerId: view.viewerId,
          clientId: view.clientId,
          staffId: view.staffId,
          versionId: view.versionId,
          isForward: view.isForward,
          uaClass: view.uaClass,
          firstSeenAt: view.at,
          lastSeenAt: view.at,
          dwellMs: 0,
          maxScrollPct: 0,
          clicks: 0,
          shares: 0,
          sessionId: view.sessionId,
          sessionStartedAt: view.at,
          sessionDwellMs: 0,
        },
      ],
      ['token', 'viewer_id'],
      ['session_id', 'session_started_at', 'session_dwell_ms', 'last_seen_at'],
    );
  }

  /**
   * The beacon hot path: one UPDATE adding visible time, scroll depth and counters to the viewer's current
   * session. Answers false when the view or session is not the current one (the caller opens it first).
   */
  async addEngagement(e: Engagement, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const greatest = this.isMysql ? 'GREATEST' : 'MAX';
    const result = await manager
      .createQueryBuilder()
      .update(LinkView)
      .set({
        dwellMs: () => 'dwell_ms + :visibleMs',
        sessionDwellMs: () => 'session_dwell_ms + :visibleMs',
        maxScrollPct: () => `${greatest}(max_scroll_pct, :scrollPct)`,
        clicks: () => 'clicks + :clicks',
        shares: () => 'shares + :shares',
        lastSeenAt: e.at,
      })
      .where('token = :token AND viewer_id = :viewerId AND session_id = :sessionId')
      .setParameters({ visibleMs: e.visibleMs, scrollPct: e.scrollPct, clicks: e.clicks, shares: e.shares, token: e.token, viewerId: e.viewerId, sessionId: e.sessionId })
      .updateEntity(false)
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /**
   * Adds a window of beats (one per viewer session) in one transaction and answers the beats whose
   * session is not the viewer's current one (the caller opens those). SQLite runs in-process, so a
   * statement per beat costs nothing; on MySQL every statement is a round trip, so the current sessions
   * are read in one query and all their increments written in one joined UPDATE.
   */
  async addEngagements(beats: Engagement[], manager: EntityManager): Promise<Engagement[]> {
    if (!this.isMysql) {
      const misses: Engagement[] = [];
      for (const beat of beats) if (!(await this.addEngagement(beat, manager))) misses.push(beat);
      return misses;
    }
    const tokens = [...new Set(beats.map((b) => b.token))];
    const current = new Set(
      ((await manager.query(`SELECT token, viewer_id, session_id FROM link_views WHERE token IN (${placeholders(tokens.length)})`, tokens)) as {
        token: string;
        viewer_id: string;
        session_id: string;
      }[]).map((row) => `${row.token}|${row.viewer_id}|${row.session_id}`),
    );
    const hits = beats.filter((b) => current.has(`${b.token}|${b.viewerId}|${b.sessionId}`));
    if (hits.length > 0) {
      // A multi-table UPDATE over a derived table of the beats (not INSERT … ON DUPLICATE KEY UPDATE, which
      // would burn an auto-increment id per beat).
      const beatRows = hits
        .map((_, i) =>
          i === 0
            ? 'SELECT ? AS token, ? AS viewer_id, ? AS session_id, CAST(? AS SIGNED) AS d, CAST(? AS SIGNED) AS sc, CAST(? AS SIGNED) AS c, CAST(? AS SIGNED) AS sh, CAST(? AS DATETIME(3)) AS at'
            : 'SELECT ?, ?, ?, ?, ?, ?, ?, ?',
        )
        .join(' UNION ALL ');
      await manager.query(
        `UPDATE link_views v JOIN (${beatRows}) b ON v.token = b.token AND v.viewer_id = b.viewer_id AND v.session_id = b.session_id ` +
          'SET v.dwell_ms = v.dwell_ms + b.d, v.session_dwell_ms = v.session_dwell_ms + b.d, v.max_scroll_pct = GREATEST(v.max_scroll_pct, b.sc), ' +
          'v.clicks = v.clicks + b.c, v.shares = v.shares + b.sh, v.last_seen_at = GREATEST(v.last_seen_at, b.at)',
        hits.flatMap((b) => [b.token, b.viewerId, b.sessionId, b.visibleMs, b.scrollPct, b.clicks, b.shares, b.at]),
      );
    }
    return beats.filter((b) => !current.has(`${b.token}|${b.viewerId}|${b.sessionId}`));
  }

  async addEvent(token: string, viewerId: string, sessionId: string, type: LinkEventType, at: Date, data: Record<string, string> | null): Promise<void> {
    await this.addEvents([{ token, viewerId, sessionId, type, at, data }]);
  }

  async addEvents(rows: Omit<LinkEvent, 'id'>[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (rows.length === 0) return;
    await manager.createQueryBuilder().insert().into(LinkEvent).values(rows).updateEntity(false).execute();
  }

  /** Runs a flush of buffered beats as one transaction: one commit (one log flush) for many beats. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
