import { Injectable } from '@nestjs/common';

/** Thrown by an injected fault: the process "died" at this point. */
export class SimulatedCrash extends Error {
  constructor(where: string) {
    super(`simulated crash ${where}`);
  }
}

export type CrashPoint = 'before-wecom-call' | 'after-wecom-call';

/**
 * Fault injection for the exactly-once tests: make the process "die" at the worst moment — after WeCom
 * created the mass-send task but before the msgid was stored (or just before the call). Once dead,
 * every outreach job in this process fails at once, as a killed process would do nothing more. In
 * production nothing is armed and every hook is a no-op.
 */
@Injectable()
export class FanoutFaults {
  private armed: { point: CrashPoint; afterCalls: number } | null = null;
  private calls = 0;
  private dead = false;

  armCrash(point: CrashPoint, afterCalls: number): void {
    this.armed = { point, afterCalls };
    this.calls = 0;
  }

  get crashed(): boolean {
    return this.dead;
  }

  assertAlive(): void {
    if (this.dead) throw new SimulatedCrash('(process is down)');
  }

  beforeWecomCall(): void {
    this.assertAlive();
    if (this.armed?.point === 'before-wecom-call' && this.calls + 1 >= this.armed.afterCalls) this.crash('before the WeCom call');
  }

  afterWecomCall(): void {
    this.calls++;
    if (this.armed?.point === 'after-wecom-call' && this.calls >= this.armed.afterCalls) this.crash('after the WeCom call, before storing the msgid');
  }

  private crash(where: string): never {
    this.dead = true;
    this.armed = null;
    throw new SimulatedCrash(where);
  }
}
