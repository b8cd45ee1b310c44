import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import { logger } from '../common/logging/logger.js';
import { ConfigError, readString } from '../config/env.js';
import type { RunMode } from '../config/run-mode.js';

/*
 * API_PROCESSES: how many HTTP processes one API replica runs on its host, sharing one port (node:cluster; the
 * primary accepts connections and hands them out in turn). One Node process uses one core for JavaScript; on a
 * host with more cores the API role runs one per core. Queue workers and schedulers are not multiplied: the option
 * needs WORKER_MODE=api. The built-in WeCom simulator keeps its state in memory, so it needs one process.
 */
const MAX_API_PROCESSES = 64;
const LISTENING = 'valuelens:listening';
/** A replacement for a process that died waits this long, so a process that keeps crashing does not spin a core. */
const RESTART_DELAY_MS = 1000;

export function readApiProcesses(env: Record<string, string | undefined>, mode: RunMode, simulator: boolean): number {
  const raw = readString(env, 'API_PROCESSES');
  if (raw === undefined) return 1;
  const count = raw === 'auto' ? availableParallelism() : Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > MAX_API_PROCESSES) {
    throw new ConfigError(`API_PROCESSES must be a whole number from 1 to ${MAX_API_PROCESSES}, or auto, got "${raw}"`);
  }
  if (count > 1 && (mode.workers || !mode.http)) throw new ConfigError('API_PROCESSES above 1 needs WORKER_MODE=api (run the queue workers as their own process)');
  if (count > 1 && simulator) throw new ConfigError('API_PROCESSES above 1 needs a real WeCom: the built-in simulator keeps its state in one process');
  return count;
}

/** In an API process forked by the supervisor: tells it this process is serving (no-op in a single process). */
export function reportListening(port: number): void {
  if (cluster.isWorker) process.send?.({ type: LISTENING, port });
}

/** In an API process: stop when the supervisor is gone (its IPC channel closes), as on SIGTERM. */
export function onSupervisorGone(stop: () => void): void {
  if (cluster.isWorker) process.once('disconnect', stop);
}

export interface ApiSupervisor {
  /** The port every process listens on. */
  port: number;
  /** Pids of the running API processes. */
  pids(): number[];
  /** Sends `signal` to every process and resolves once all have exited (none is replaced any more). */
  stop(signal: NodeJS.Signals): Promise<void>;
}

/**
 * Starts `count` API processes (each runs the supervisor's own entry point, main.js) and resolves once every one is
 * listening. A process that dies later is replaced (and a replacement that dies too, again, a second later); one
 * that dies during the start fails the start (a configuration or database error would only repeat, and the
 * orchestrator should see the instance fail).
 */
export function superviseApiProcesses(count: number): Promise<ApiSupervisor> {
  const running = new Set<Worker>();
  let stopping = false;
  let port = 0;

  return new Promise((resolve, reject) => {
    let listening = 0;
    const failStart = (reason: string) => {
      stopping = true;
      for (const worker of running) worker.process.kill('SIGTERM');
      reject(new Error(reason));
    };
    const fork = (initial: boolean): void => {
      const worker = cluster.fork();
      running.add(worker);
      let served = false;
      worker.on('message', (message: { type?: string; port?: number }) => {
        if (message?.type !== LISTENING || served) return;
        served = true;
        port = message.port ?? port;
        if (initial && ++listening === count) resolve(supervisor);
      });
      worker.once('exit', (code, signal) => {
        running.delete(worker);
        if (stopping) return;
        if (initial && !served) return failStart(`an API process exited before it listened (${signal ?? `exit code ${code}`})`);
        // Later, a replacement that fails to start (the database briefly away, say) is retried at the same pace.
        logger.error('API process died; starting a replacement', { pid: worker.process.pid, code, signal, served });
        setTimeout(() => !stopping && fork(false), RESTART_DELAY_MS);
      });
    };
    const supervisor: ApiSupervisor = {
      get port() {
        return port;
      },
      pids: () => [...running].map((worker) => worker.process.pid!).filter(Boolean),
      stop(signal) {
        stopping = true;
        const exits = [...running].map((worker) => new Promise<void>((done) => (worker.isDead() ? done() : worker.once('exit', () => done()))));
        for (const worker of running) worker.process.kill(signal);
        return Promise.all(exits).then(() => undefined);
      },
    };
    for (let i = 0; i < count; i++) fork(true);
  });
}

export const isApiProcess = (): boolean => cluster.isWorker;
