import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { validationFailed } from '../../../common/errors/app-error.js';
import { computePortrait } from '../engine/compute-portrait.js';
import type { RuleSet } from '../engine/rules.js';
import { PortraitInputLoader, maxWindowDays } from '../loading/portrait-input.loader.js';
import { num } from '../../../database/sql-values.js';
import { validateRuleSet } from './rule-set-shape.js';
import { RulesService } from './rules.service.js';

/** Up to this many clients the preview recomputes everyone; above it, an even sample of about this size. */
export const PREVIEW_MAX_CLIENTS = 2000;
const LOAD_BATCH = 500;

export interface RulesPreview {
  basis: 'all' | 'sample';
  totalClients: number;
  compared: number;
  topArchetypeChanged: number;
  lifecycleChanged: number;
  activeVersion: string;
}

/**
 * What a rule change would do before it is saved: the same clients, the same data and the same "as of" time are run
 * through the active rules and the candidate, and the differences counted.
 */
@Injectable()
export class RulesPreviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loader: PortraitInputLoader,
    private readonly rules: RulesService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async preview(candidate: unknown): Promise<RulesPreview> {
    const issues = validateRuleSet(candidate);
    if (issues.length > 0) throw validationFailed(issues, '规则格式不正确');
    const active = await this.rules.active();
    const proposed = { ...(candidate as RuleSet), version: 'preview' };
    const totalClients = await this.dataSource.createQueryBuilder().from('clients', 'c').getCount();
    const stride = Math.max(1, Math.ceil(totalClients / PREVIEW_MAX_CLIENTS));
    const ids = await this.sampleIds(stride);
    const widest = maxWindowDays(proposed) > maxWindowDays(active.rules) ? proposed : active.rules;
    const asOf = this.clock.now().getTime();
    let topArchetypeChanged = 0;
    let lifecycleChanged = 0;
    for (let i = 0; i < ids.length; i += LOAD_BATCH) {
      const { inputs } = await this.loader.load({ kind: 'ids', ids: ids.slice(i, i + LOAD_BATCH) }, asOf, widest);
      for (const input of inputs) {
        const before = computePortrait(input, active.rules);
        const after = computePortrait(input, proposed);
        if (before.values.top !== after.values.top) topArchetypeChanged++;
        if (before.lifecycle !== after.lifecycle) lifecycleChanged++;
      }
    }
    return { basis: stride === 1 ? 'all' : 'sample', totalClients, compared: ids.length, topArchetypeChanged, lifecycleChanged, activeVersion: active.version };
  }

  /** Every `stride`-th client id (`id % stride = 0`), an even spread across the book that needs no random state. */
  private async sampleIds(stride: number): Promise<number[]> {
    const qb = this.dataSource.createQueryBuilder().select('c.id', 'id').from('clients', 'c').orderBy('c.id', 'ASC');
    if (stride > 1) qb.where('c.id % :stride = 0', { stride });
    const rows = await qb.limit(PREVIEW_MAX_CLIENTS).getRawMany<{ id: number | string }>();
    return rows.map((r) => num(r.id));
  }
}
