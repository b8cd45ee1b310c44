import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Actor } from '../common/auth/actor.js';
import { logger } from '../common/logging/logger.js';
import { JOB_QUEUE, type JobQueue } from '../common/queue/job-queue.js';
import { ANALYTICS_ROLLUP_JOB } from '../modules/analytics/rollup/rollup.service.js';
import { RECOMPUTE_ALL_JOB } from '../modules/portrait/recompute/portrait-recompute.service.js';
import { MaterialsService } from '../modules/library/materials/materials.service.js';
import { ScriptsService } from '../modules/library/scripts/scripts.service.js';
import { VersionWorkflowService } from '../modules/library/versions/version-workflow.service.js';
import { Staff } from '../modules/org/staff.entity.js';
import { DEMO_MATERIALS, DEMO_SCRIPTS } from './demo-content-catalog.js';

const actorOf = (s: Staff): Actor => ({ staffId: s.id, role: s.role, name: s.name, departmentId: s.departmentId, wecomUserId: s.wecomUserId });

/**
 * Fills the demo library through the real services on first start: HQ writes and submits, compliance
 * approves (one script stays pending so the approval queue has work). Skipped when content exists.
 */
export async function seedDemoContent(app: INestApplication, dataSource: DataSource): Promise<number> {
  const rows = (await dataSource.query('SELECT COUNT(*) AS n FROM scripts')) as { n: number | string }[];
  if (Number(rows[0]?.n ?? 0) > 0) return 0;
  const staff = dataSource.getRepository(Staff);
  const hq = await staff.findOneBy({ username: 'hq' });
  const compliance = await staff.findOneBy({ username: 'compliance' });
  if (!hq || !compliance) return 0;
  const scripts = app.get(ScriptsService);
  const materials = app.get(MaterialsService);
  const workflow = app.get(VersionWorkflowService);
  const author = actorOf(hq);
  const reviewer = actorOf(compliance);
  let created = 0;
  for (const { approve, ...input } of DEMO_SCRIPTS) {
    const script = await scripts.create(author, input);
    await workflow.submit(author, 'script', script.latestVersionId!);
    if (approve) await workflow.approve(reviewer, 'script', script.latestVersionId!, { comment: '符合规范，同意发布' });
    created += 1;
  }
  for (const { approve, ...input } of DEMO_MATERIALS) {
    const material = await materials.create(author, input);
    await workflow.submit(author, 'material', material.latestVersionId!);
    if (approve) await workflow.approve(reviewer, 'material', material.latestVersionId!, { comment: '符合规范，同意发布' });
    created += 1;
  }
  logger.info('demo library seeded', { items: created });
  return created;
}

/**
 * The demo's first start computes every portrait and the last 90 days of analytics roll-ups in the
 * background (the sidebar computes a portrait on demand meanwhile).
 */
export async function enqueueInitialPortraits(app: INestApplication, dataSource: DataSource): Promise<void> {
  const rows = (await dataSource.query('SELECT COUNT(*) AS n FROM client_portraits')) as { n: number | string }[];
  if (Number(rows[0]?.n ?? 0) > 0) return;
  const queue = app.get<JobQueue>(JOB_QUEUE);
  await queue.enqueue(RECOMPUTE_ALL_JOB, {}, { idempotencyKey: 'demo:initial-portraits', maxAttempts: 2 });
  const day = (offset: number) => new Date(Date.now() + 8 * 3600_000 - offset * 86_400_000).toISOString().slice(0, 10);
  await queue.enqueue(ANALYTICS_ROLLUP_JOB, { from: day(90), to: day(0) }, { idempotencyKey: 'demo:initial-rollup', maxAttempts: 2 });
}
