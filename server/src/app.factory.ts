import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import type { Clock } from './common/clock.js';
import { logger } from './common/logging/logger.js';
import { JOB_QUEUE, type JobQueue } from './common/queue/job-queue.js';
import { BufferedWork } from './common/buffering/buffered-work.js';
import { createValidationPipe } from './common/validation/validation.pipe.js';
import type { AppConfig } from './config/app-config.js';
import { ByteBodyExpressAdapter } from './http/byte-body-express-adapter.js';
import { httpMetricsMiddleware } from './http/http-metrics.middleware.js';
import { requestIdMiddleware } from './common/http/request-id.middleware.js';
import { mountStaticApps } from './http/static-apps.js';
import { RequestDrain } from './http/request-drain.js';
import { BeaconService } from './modules/tracking/beacon/beacon.service.js';
import { beaconRoute } from './modules/tracking/landing/beacon.route.js';
import { ProfileController } from './modules/portrait/profile/profile.controller.js';
import { profileRoute } from './modules/portrait/profile/profile.route.js';
import { answerHotRoutes } from './http/hot-routes.js';
import { SessionService } from './common/auth/session.service.js';
import { setupOpenApi } from './http/openapi.js';
import { Metrics } from './observability/metrics.js';
import type { SimulatorSeed } from './wecom/simulator/seed.js';
import { type SimulatorHandle, startSimulatorFor } from './wecom/simulator-host.js';

export interface CreateAppOptions {
  clock?: Clock;
  /** Run pending migrations when the connection opens, before any module seeds its defaults (tests, CLIs). */
  migrate?: boolean;
  /** Consume queue jobs in this process. */
  workers?: boolean;
  /** Serve the built sidebar/admin when present. */
  serveApps?: boolean;
  /** The simulated corp (demo world or a test's fixture) when running against the built-in simulator. */
  simulatorSeed?: SimulatorSeed;
}

/** How long a close waits for the requests in flight to be answered before it closes the modules anyway. */
const DRAIN_TIMEOUT_MS = 10_000;

export interface RunningApp {
  app: INestApplication;
  simulator: SimulatorHandle | null;
  queue: JobQueue;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** Builds the whole server (used by main.ts, the CLIs and the tests, so all run the same wiring). */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<RunningApp> {
  logger.setLevel(config.logLevel);
  const simulator = config.wecom.simulator ? await startSimulatorFor(config, options.simulatorSeed, options.clock) : null;
  const app = await NestFactory.create(
    AppModule.forRoot(config, { clock: options.clock, wecomApiBase: simulator?.url ?? config.wecom.apiBase!, simulator, migrate: options.migrate ?? false }),
    new ByteBodyExpressAdapter(),
    { bodyParser: false, logger, abortOnError: false },
  );
  const server = app.getHttpAdapter().getInstance() as Express;
  server.disable('x-powered-by');
  server.set('trust proxy', 1);
  server.set('query parser', 'extended');
  // API answers are per-user and not conditionally fetched; hashing every body for an ETag is pure cost (static files keep theirs).
  server.set('etag', false);
  const metrics = app.get(Metrics);
  // Answered in Node's request listener before Express sees them; the profile parses its query with Express's own
  // compiled parser (the 'query parser' setting above), as any other route would.
  answerHotRoutes(app.getHttpServer(), metrics, [
    beaconRoute(app.get(BeaconService)),
    profileRoute(app.get(ProfileController), app.get(SessionService), server.get('query parser fn') as (search: string) => unknown),
  ]);
  const drain = new RequestDrain(app.getHttpServer());
  app.use(requestIdMiddleware);
  app.use(httpMetricsMiddleware(metrics));
  app.use(compression());
  app.use(cookieParser());
  app.use('/api/wecom/callback', express.text({ type: () => true, limit: '256kb' }));
  // Material uploads are base64 JSON (≤ 20 MB decoded); every other body stays small.
  app.use('/api/materials/uploads', express.json({ limit: '28mb' }));
  app.use(express.json({ limit: '5mb' }));
  app.use(express.urlencoded({ extended: false, limit: '1mb' }));
  app.useGlobalPipes(createValidationPipe());
  setupOpenApi(app);
  if (options.serveApps) mountStaticApps(server, config.staticRoots);

  await app.init();
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const queue = app.get<JobQueue>(JOB_QUEUE);
  if (options.workers) queue.startWorkers();

  return {
    app,
    simulator,
    queue,
    dataSource,
    /**
     * Quiesces before Nest tears the modules down: stops HTTP intake and answers what was taken, lets the workers
     * finish their jobs, and settles the in-memory buffers (which enqueue follow-up jobs) while the queue is open.
     */
    async close() {
      const unanswered = await drain.drain(DRAIN_TIMEOUT_MS);
      if (unanswered > 0) logger.warn('closing with requests still unanswered', { unanswered });
      await queue.stopWorkers();
      if (!(await app.get(BufferedWork).settle())) logger.warn('closing with buffers still refilling each other');
      await app.close();
      await simulator?.close();
    },
  };
}
