import type { EntityClass } from '../../database/entity-class.js';
import { AdvisorCumulativeStats } from './entities/advisor-cumulative-stats.entity.js';
import { AdvisorDailyReach } from './entities/advisor-daily-reach.entity.js';
import { AdvisorDailyStats } from './entities/advisor-daily-stats.entity.js';

/** Entities of the analytics feature, registered with the data source in database/entities.ts. */
export const ANALYTICS_ENTITIES: EntityClass[] = [AdvisorDailyStats, AdvisorCumulativeStats, AdvisorDailyReach];
