import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { Public } from '../common/auth/auth.decorators.js';
import { JOB_QUEUE, type JobQueue } from '../common/queue/job-queue.js';
import { Metrics } from '../observability/metrics.js';
import { ShutdownState } from './shutdown-state.js';

@ApiExcludeController()
@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    private readonly metrics: Metrics,
    private readonly shutdown: ShutdownState,
  ) {}

  @Public('liveness probe')
  @Get('healthz')
  healthz(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Public('readiness probe')
  @Get('readyz')
  async readyz(@Res() res: Response): Promise<void> {
    const checks = { database: false, queue: false, accepting: !this.shutdown.draining };
    try {
      await this.dataSource.query('SELECT 1');
      checks.database = true;
    } catch {
      /* reported below */
    }
    try {
      checks.queue = await this.queue.ping();
    } catch {
      /* reported below */
    }
    const ready = checks.database && checks.queue && checks.accepting;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not_ready', checks });
  }

  @Public('Prometheus scrape; expose only inside the cluster (see OPERATIONS.md)')
  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4')
  async metricsText(): Promise<string> {
    const depth = await this.queue.depth().catch(() => ({}));
    this.metrics.queueDepth.reset();
    for (const [name, count] of Object.entries(depth)) this.metrics.queueDepth.set({ name }, count);
    return this.metrics.registry.metrics();
  }
}
