import type { Role } from '@valuelens/contracts';

/*
 * Response shapes of the endpoints the admin uses today. They mirror the server's DTOs until
 * contracts/src/api-types.ts is generated from openapi.json; then these become re-exports of the generated types.
 */

export interface SessionStaff {
  staffId: number;
  name: string;
  role: Role;
  departmentId: number | null;
}

export interface AuthSession {
  staff: SessionStaff;
  /** ISO 8601 instant the session cookie stops being accepted. */
  expiresAt: string;
}

export interface LoginRequest {
  username: string;
  password: string;
}

/** `details` of ACCOUNT_LOCKED (423). */
export interface AccountLockedDetails {
  lockedUntil: string;
}

export type WecomMode = 'simulator' | 'live';

export interface DashboardSummary {
  clients: number;
  advisors: number;
  departments: number;
  followsActive: number;
  wecomMode: WecomMode;
}

export interface Department {
  id: string;
  name: string;
  parentId: string | null;
  path: string;
  staffCount: number;
}

export interface StaffMember {
  id: string;
  name: string;
  role: Role;
  wecomUserId: string | null;
  username: string | null;
  departmentId: number | null;
  departmentName: string | null;
  status: string;
  clientCount: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface StaffQuery {
  departmentId?: string;
  page: number;
  pageSize: number;
  q?: string;
}

export type JobStatus = 'waiting' | 'active' | 'completed' | 'failed' | 'dead';

export interface OrgSyncResult {
  departments: number;
  staff: number;
  clients: number;
  follows: number;
  corpTags: number;
}

export interface OrgSyncJob {
  status: JobStatus;
  result?: OrgSyncResult;
  error?: string;
}

export interface WecomCheck {
  key: string;
  label: string;
  ok: boolean;
  detail: string;
  hint?: string;
}

export interface WecomSelfCheck {
  mode: WecomMode;
  checks: WecomCheck[];
}
