import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { DEFAULT_ALLOWED_PHRASES, DEFAULT_LEXICON } from '../rules/screening/default-lexicon.js';
import { Screener } from '../rules/screening/screener.js';
import type { ScreeningResult } from '../rules/screening/screening.types.js';
import { LexiconEntryRow, LexiconVersion } from './lexicon.entities.js';

/** How long a process trusts its compiled screener before re-reading the version counter. */
export const SCREENER_VERSION_TTL_MS = 5_000;
const COUNTER_ID = 1;

/**
 * One compiled Screener per lexicon version (compiling the automaton is the expensive part). Writes in
 * this process invalidate at once; other processes notice the bumped counter within the TTL.
 */
@Injectable()
export class ScreeningService {
  private cached: { screener: Screener; version: number; checkedAt: number } | null = null;
  private building: Promise<Screener> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async screen(text: string): Promise<ScreeningResult> {
    return (await this.screener()).screen(text);
  }

  async screener(): Promise<Screener> {
    const now = this.clock.now().getTime();
    if (this.cached && now - this.cached.checkedAt < SCREENER_VERSION_TTL_MS) return this.cached.screener;
    // Single flight: concurrent requests after expiry share one counter read (and one rebuild).
    this.building ??= this.refresh(now).finally(() => {
      this.building = null;
    });
    return this.building;
  }

  /** Called after a lexicon write in this process. */
  invalidate(): void {
    this.cached = null;
  }

  /** Bumps the counter inside the caller's transaction, so other processes rebuild. */
  async bumpVersion(manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(LexiconVersion)
      .set({ version: () => 'version + 1' })
      .where('id = :id', { id: COUNTER_ID })
      .execute();
  }

  private async refresh(now: number): Promise<Screener> {
    let version = await this.readVersion();
    if (version === 0) version = await this.seedDefaultLexicon();
    if (this.cached?.version === version) {
      this.cached.checkedAt = now;
      return this.cached.screener;
    }
    const rows = await this.dataSource.getRepository(LexiconEntryRow).find({ where: { enabled: true }, order: { id: 'ASC' } });
    const screener = new Screener(
      rows.map((row) => ({
        term: row.term,
        level: row.level,
        category: row.category,
        reason: row.reason,
        ...(row.suggestion ? { suggestion: row.suggestion } : {}),
      })),
      { version: `lexicon-v${version}`, allowedPhrases: DEFAULT_ALLOWED_PHRASES },
    );
    this.cached = { screener, version, checkedAt: now };
    return screener;
  }

  private async readVersion(): Promise<number> {
    const row = await this.dataSource.getRepository(LexiconVersion).findOneBy({ id: COUNTER_ID });
    return row?.version ?? 0;
  }

  /**
   * First use on a fresh installation: insert DEFAULT_LEXICON. The conditional UPDATE makes exactly one
   * process win the seeding when several start together; the others read the seeded rows.
   */
  private async seedDefaultLexicon(): Promise<number> {
    await this.dataSource.transaction(async (manager) => {
      const claimed = await manager
        .createQueryBuilder()
        .update(LexiconVersion)
        .set({ version: 1 })
        .where('id = :id AND version = 0', { id: COUNTER_ID })
        .execute();
      if (claimed.affected !== 1) return;
      const repo = manager.getRepository(LexiconEntryRow);
      await repo.insert(
        DEFAULT_LEXICON.map((entry) => ({
          term: entry.term,
          level: entry.level,
          category: entry.category,
          reason: entry.reason,
          suggestion: entry.suggestion ?? null,
          enabled: true,
          updatedBy: null,
        })),
      );
    });
    return this.readVersion();
  }
}
