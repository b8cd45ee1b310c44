import type { LoggerService } from '@nestjs/common';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const NEST_BOOT_CONTEXTS = new Set(['NestFactory', 'InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestApplication']);

/** Structured JSON logs on stdout, one line per record (what log shippers expect). */
class JsonLogger implements LoggerService {
  private threshold = ORDER.info;

  setLevel(level: Level): void {
    this.threshold = ORDER[level];
  }

  /** Whether records of `level` are written (to skip building fields nobody reads on a hot path). */
  enabled(level: Level): boolean {
    return ORDER[level] >= this.threshold;
  }

  write(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
    if (!this.enabled(level)) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields });
    (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(line + '\n');
  }

  debug(msg: string, fields?: Record<string, unknown>): void {
    this.write('debug', msg, fields);
  }
  info(msg: string, fields?: Record<string, unknown>): void {
    this.write('info', msg, fields);
  }
  warn(msg: string, fields?: Record<string, unknown>): void {
    this.write('warn', msg, fields);
  }
  error(msg: string, fields?: Record<string, unknown>): void {
    this.write('error', msg, fields);
  }

  // Nest's LoggerService shape: (message, context) / (message, trace, context)
  log(message: unknown, context?: unknown): void {
    // Nest's start-up chatter (module init, route mapping) is debug detail, not an operator's concern.
    const level = typeof context === 'string' && NEST_BOOT_CONTEXTS.has(context) ? 'debug' : 'info';
    this.write(level, String(message), typeof context === 'string' ? { context } : {});
  }
  verbose(message: unknown, context?: unknown): void {
    this.write('debug', String(message), typeof context === 'string' ? { context } : {});
  }
}

export const logger = new JsonLogger();
export type { Level as LogLevel };
