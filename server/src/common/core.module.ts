import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ApiKey } from '../modules/api-keys/api-key.entity.js';
import { AuditLog } from '../modules/audit/audit-log.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { Department } from '../modules/org/department.entity.js';
import { Staff } from '../modules/org/staff.entity.js';
import { AccessService } from './access/access.service.js';
import { AuditService } from './audit/audit.service.js';
import { ApiKeyVerifier } from './auth/api-key.verifier.js';
import { AuthGuard } from './auth/auth.guard.js';
import { SessionService } from './auth/session.service.js';
import { CLOCK, type Clock, systemClock } from './clock.js';
import { BufferedWork } from './buffering/buffered-work.js';
import { CoreLifecycle, REDIS } from './core-lifecycle.js';
import { HttpExceptionFilter } from './errors/http-exception.filter.js';
import { PiiVault } from './pii/pii-vault.js';
import { BullmqJobQueue } from './queue/bullmq-job-queue.js';
import { DbJobQueue } from './queue/db-job-queue.js';
import { JOB_QUEUE } from './queue/job-queue.js';

export { REDIS };

export interface CoreOverrides {
  clock?: Clock;
}

/**
 * Cross-cutting providers every feature may inject: config, clock, Redis (or null), the job queue,
 * access scope, sessions, audit, the PII vault, plus the global guard and error filter.
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, overrides: CoreOverrides = {}): DynamicModule {
    return {
      module: CoreModule,
      imports: [TypeOrmModule.forFeature([Staff, Department, Session, ApiKey, AuditLog])],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: CLOCK, useValue: overrides.clock ?? systemClock },
        {
          provide: REDIS,
          useFactory: () => (config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false }) : null),
        },
        {
          provide: JOB_QUEUE,
          inject: [getDataSourceToken(), CLOCK, REDIS],
          useFactory: (dataSource: DataSource, clock: Clock, redis: Redis | null) =>
            redis ? new BullmqJobQueue(redis) : new DbJobQueue(dataSource, clock),
        },
        { provide: PiiVault, useFactory: () => new PiiVault(config.piiKey, config.piiKeyPrevious) },
        CoreLifecycle,
        BufferedWork,
        AccessService,
        AuditService,
        SessionService,
        ApiKeyVerifier,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
      ],
      exports: [APP_CONFIG, CLOCK, REDIS, JOB_QUEUE, BufferedWork, PiiVault, AccessService, AuditService, SessionService, ApiKeyVerifier, TypeOrmModule],
    };
  }
}
