import { Module } from '@nestjs/common';
import { AuditChainLoader } from './audit-chain.loader.js';
import { AuditChainService } from './audit-chain.service.js';
import { AuditLogController } from './audit-log.controller.js';
import { AuditLogQueryService } from './audit-log-query.service.js';

/**
 * Read side of the audit log (the table and AuditService live in modules/audit and common/audit).
 * Imported by AnalyticsModule, so it needs no line in app.module.ts.
 */
@Module({
  controllers: [AuditLogController],
  providers: [AuditLogQueryService, AuditChainLoader, AuditChainService],
})
export class AuditLogModule {}
