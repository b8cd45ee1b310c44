import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { TimeWindow } from '../metrics/days.js';
import { addInto, emptyStats, type WindowStats } from '../metrics/window-stats.js';
import { complianceFlagFacts, followFacts, sendFacts, taskFacts } from './activity-facts.js';
import { alertFacts, conversionFacts, netFlowFacts, openFacts } from './engagement-facts.js';
import { distinctReach } from './reach-facts.js';
import type { StaffStats } from './stat-rows.js';

/**
 * Every advisor's counters for one window, computed from the source tables (sends, campaign tasks,
 * follows, link views, alerts, purchases, cash flows, audit log). The rollup calls it once per day;
 * called on a whole range it is the direct computation the rollup must agree with.
 */
@Injectable()
export class WindowStatsSource {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async compute(window: TimeWindow, options: { distinct: boolean }): Promise<Map<number, WindowStats>> {
    const facts = await Promise.all([
      followFacts(this.db, window),
      sendFacts(this.db, window),
      taskFacts(this.db, window),
      openFacts(this.db, window),
      alertFacts(this.db, window),
      conversionFacts(this.db, window),
      netFlowFacts(this.db, window),
      complianceFlagFacts(this.db, window),
    ]);
    const byStaff = new Map<number, WindowStats>();
    const statsOf = (staffId: number): WindowStats => {
      const existing = byStaff.get(staffId);
      if (existing) return existing;
      const created = emptyStats();
      byStaff.set(staffId, created);
      return created;
    };
    for (const { staffId, stats } of facts.flat() as StaffStats[]) addInto(statsOf(staffId), stats);
    if (options.distinct) {
      const [contacted, opened] = await Promise.all([distinctReach(this.db, 'contact', window), distinctReach(this.db, 'open', window)]);
      for (const [staffId, clients] of contacted) statsOf(staffId).contactedClients = clients;
      for (const [staffId, clients] of opened) statsOf(staffId).openedClients = clients;
    }
    return byStaff;
  }
}
