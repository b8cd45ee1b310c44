import { Injectable } from '@nestjs/common';

/** Set when SIGTERM arrives: /readyz turns 503 so the balancer stops sending traffic before we close. */
@Injectable()
export class ShutdownState {
  draining = false;
}
