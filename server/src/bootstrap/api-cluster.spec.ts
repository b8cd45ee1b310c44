import { ConfigError } from '../config/env.js';
import { readApiProcesses } from './api-cluster.js';

const api = { http: true, workers: false, runMigrations: false };
const all = { http: true, workers: true, runMigrations: false };

describe('readApiProcesses', () => {
  it('defaults to one process and reads a count or auto', () => {
    expect(readApiProcesses({}, all, true)).toBe(1);
    expect(readApiProcesses({ API_PROCESSES: '1' }, all, true)).toBe(1);
    expect(readApiProcesses({ API_PROCESSES: '3' }, api, false)).toBe(3);
    expect(readApiProcesses({ API_PROCESSES: 'auto' }, api, false)).toBeGreaterThanOrEqual(1);
  });

  it.each(['0', '-1', '1.5', 'two', '65'])('rejects %s', (raw) => {
    expect(() => readApiProcesses({ API_PROCESSES: raw }, api, false)).toThrow(/API_PROCESSES must be a whole number/);
  });

  it('needs WORKER_MODE=api and a real WeCom for more than one', () => {
    expect(() => readApiProcesses({ API_PROCESSES: '2' }, all, false)).toThrow(ConfigError);
    expect(() => readApiProcesses({ API_PROCESSES: '2' }, { ...api, http: false, workers: true }, false)).toThrow(/WORKER_MODE=api/);
    expect(() => readApiProcesses({ API_PROCESSES: '2' }, api, true)).toThrow(/simulator/);
  });
});
