import { Job } from '../common/queue/job.entity.js';
import { ApiKey } from '../modules/api-keys/api-key.entity.js';
import { AuditLog } from '../modules/audit/audit-log.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { ClientFollow } from '../modules/clients/client-follow.entity.js';
import { Client } from '../modules/clients/client.entity.js';
import { CorpTag } from '../modules/org/corp-tag.entity.js';
import { Department } from '../modules/org/department.entity.js';
import { Staff } from '../modules/org/staff.entity.js';
import { CallbackEvent } from '../wecom/callback/callback-event.entity.js';

import { CLIENT_DATA_ENTITIES } from '../modules/client-data/client-data.entities.js';
import { COMPLIANCE_ENTITIES } from '../modules/compliance/compliance.entities.js';
import { INGEST_ENTITIES } from '../modules/ingest/ingest.entities.js';
import { LIBRARY_ENTITIES } from '../modules/library/library.entities.js';
import { PORTRAIT_ENTITIES } from '../modules/portrait/portrait.entities.js';
import { SEGMENTS_ENTITIES } from '../modules/segments/segments.entities.js';
import { OUTREACH_ENTITIES } from '../modules/outreach/outreach.entities.js';
import { TRACKING_ENTITIES } from '../modules/tracking/tracking.entities.js';
import { FEED_ENTITIES } from '../modules/feed/feed.entities.js';
import { ANALYTICS_ENTITIES } from '../modules/analytics/analytics.entities.js';

/** Every entity, for the data source. Each feature lists its own in <feature>.entities.ts. */
export const ALL_ENTITIES = [
  Department,
  Staff,
  Session,
  Client,
  ClientFollow,
  CorpTag,
  AuditLog,
  ApiKey,
  Job,
  CallbackEvent,
  ...CLIENT_DATA_ENTITIES,
  ...INGEST_ENTITIES,
  ...PORTRAIT_ENTITIES,
  ...SEGMENTS_ENTITIES,
  ...LIBRARY_ENTITIES,
  ...COMPLIANCE_ENTITIES,
  ...OUTREACH_ENTITIES,
  ...TRACKING_ENTITIES,
  ...FEED_ENTITIES,
  ...ANALYTICS_ENTITIES,
];
