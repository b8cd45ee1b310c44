import { http } from './http';
import type { AuthSession, LoginRequest } from './types';

export const authApi = {
  /** Failures are shown inline on the form, and a 401 here means wrong credentials, not a lost session. */
  login: (credentials: LoginRequest) =>
    http.post<AuthSession>('/auth/login', credentials, { silent: true, expectUnauthenticated: true }),
  /** A 401 means the session had already ended, which is what signing out wants anyway. */
  logout: () => http.post<void>('/auth/logout', undefined, { expectUnauthenticated: true }),
  /** Probes the session cookie on load; a 401 simply means "not signed in". */
  me: () => http.get<AuthSession>('/auth/me', { silent: true, expectUnauthenticated: true }),
};
