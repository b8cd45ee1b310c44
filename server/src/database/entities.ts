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

/** Every entity, for the data source. Features add theirs here. */
export const ALL_ENTITIES = [Department, Staff, Session, Client, ClientFollow, CorpTag, AuditLog, ApiKey, Job, CallbackEvent];
