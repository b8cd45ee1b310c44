import { CLIENT_DATA_MIGRATIONS } from '../../modules/client-data/client-data.migrations.js';
import { COMPLIANCE_MIGRATIONS } from '../../modules/compliance/compliance.migrations.js';
import { INGEST_MIGRATIONS } from '../../modules/ingest/ingest.migrations.js';
import { LIBRARY_MIGRATIONS } from '../../modules/library/library.migrations.js';
import { PORTRAIT_MIGRATIONS } from '../../modules/portrait/portrait.migrations.js';
import { SEGMENTS_MIGRATIONS } from '../../modules/segments/segments.migrations.js';
import { OUTREACH_MIGRATIONS } from '../../modules/outreach/outreach.migrations.js';
import { TRACKING_MIGRATIONS } from '../../modules/tracking/tracking.migrations.js';
import { FEED_MIGRATIONS } from '../../modules/feed/feed.migrations.js';
import { ANALYTICS_MIGRATIONS } from '../../modules/analytics/analytics.migrations.js';
import { Foundation1700000000000 } from './1700000000000-foundation.js';

/**
 * Migrations, each written once with TypeORM's Table API so it runs on SQLite and MySQL. Features keep
 * theirs beside their code and own a timestamp range, so parallel work never collides: client data
 * 17001…, ingest 17002…, portrait 17003…, segments 17004…, library 17005…, compliance 17006…,
 * outreach 17007…, tracking 17008…, feed 17009…, analytics 17010…. TypeORM runs them in timestamp order.
 */
export const ALL_MIGRATIONS = [
  Foundation1700000000000,
  ...CLIENT_DATA_MIGRATIONS,
  ...INGEST_MIGRATIONS,
  ...PORTRAIT_MIGRATIONS,
  ...SEGMENTS_MIGRATIONS,
  ...LIBRARY_MIGRATIONS,
  ...COMPLIANCE_MIGRATIONS,
  ...OUTREACH_MIGRATIONS,
  ...TRACKING_MIGRATIONS,
  ...FEED_MIGRATIONS,
  ...ANALYTICS_MIGRATIONS,
];
