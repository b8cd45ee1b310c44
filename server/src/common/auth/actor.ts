import type { Role } from '@valuelens/contracts';

/** Who is calling: resolved once per request by the auth guard and passed first to every service. */
export interface Actor {
  staffId: number;
  role: Role;
  name: string;
  departmentId: number | null;
  wecomUserId: string | null;
}

declare module 'express-serve-static-core' {
  interface Request {
    actor?: Actor;
    apiKeyId?: number;
    sessionExpiresAt?: Date;
  }
}
