import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, IsNull } from 'typeorm';
import type { Actor } from '../../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { Department } from '../../org/department.entity.js';
import type { BranchQuery } from '../dto/analytics-query.dto.js';
import type { BranchRollupDto, BranchRowDto } from '../dto/analytics.dto.js';
import { deriveMetrics } from '../metrics/advisor-metrics.js';
import { dayKeyOf } from '../metrics/days.js';
import { addInto, emptyStats } from '../metrics/window-stats.js';
import { AdvisorDirectory } from './advisor-directory.js';
import { resolveRange } from './day-range.js';
import { RollupReader } from './rollup-reader.js';

/**
 * HQ's branch view: the direct children of a department (by default the top of the org, i.e. the
 * branches), each summing every advisor in its subtree (materialized path prefix).
 */
@Injectable()
export class BranchRollupService {
  constructor(
    private readonly directory: AdvisorDirectory,
    private readonly reader: RollupReader,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async branches(actor: Actor, query: BranchQuery): Promise<BranchRollupDto> {
    const range = resolveRange(query, dayKeyOf(this.clock.now()));
    const parent = query.parentId === undefined ? null : await this.directory.visibleDepartment(actor, query.parentId);
    const branches = await this.childrenOf(parent);
    const advisors = await this.directory.advisorsFor(actor, parent?.id);
    const stats = await this.reader.statsByStaff(advisors.map((a) => a.id), range);
    const totals = emptyStats();
    const items: BranchRowDto[] = branches.map((branch) => {
      const members = advisors.filter((a) => a.departmentPath?.startsWith(branch.path));
      const sum = emptyStats();
      for (const member of members) addInto(sum, stats.get(member.id) ?? {});
      return { departmentId: branch.id, name: branch.name, advisors: members.length, metrics: deriveMetrics(sum) };
    });
    for (const advisor of advisors) addInto(totals, stats.get(advisor.id) ?? {});
    return { from: range.from, to: range.to, parentId: parent?.id ?? null, items, totals: deriveMetrics(totals) };
  }

  /** The parent's children; without a parent, the children of the single root (or the roots, if several). */
  private async childrenOf(parent: Department | null): Promise<Department[]> {
    const repo = this.db.getRepository(Department);
    const order = { sortOrder: 'ASC', id: 'ASC' } as const;
    if (parent) return repo.find({ where: { parentId: parent.id }, order });
    const roots = await repo.find({ where: { parentId: IsNull() }, order });
    if (roots.length !== 1) return roots;
    return repo.find({ where: { parentId: roots[0]!.id }, order });
  }
}
