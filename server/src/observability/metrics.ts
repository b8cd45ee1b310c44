import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Prometheus metrics for the whole process. One registry per app instance (tests build several apps
 * in one process, so nothing is registered globally).
 */
export class Metrics {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly wecomCalls = new Counter({
    name: 'wecom_api_calls_total',
    help: 'Calls to WeCom qyapi by endpoint and errcode (0 = ok)',
    labelNames: ['endpoint', 'errcode'] as const,
    registers: [this.registry],
  });
  readonly wecomLatency = new Histogram({
    name: 'wecom_api_duration_seconds',
    help: 'WeCom qyapi latency by endpoint',
    labelNames: ['endpoint'] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly jobsTotal = new Counter({
    name: 'jobs_total',
    help: 'Background jobs by name and outcome',
    labelNames: ['name', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly queueDepth = new Gauge({
    name: 'queue_depth',
    help: 'Jobs waiting or active, by job name',
    labelNames: ['name'] as const,
    registers: [this.registry],
  });
  readonly ingestEvents = new Counter({
    name: 'ingest_events_total',
    help: 'Ingested behaviour events by outcome (stored, duplicate, rejected)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly callbackEvents = new Counter({
    name: 'wecom_callback_events_total',
    help: 'WeCom callback events by event/change type and outcome',
    labelNames: ['type', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}
