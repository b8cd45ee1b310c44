// Generated from contracts/openapi.json by `npm run contract:generate`. Do not edit by hand.
/* eslint-disable */

export interface ApiKeyDto {
  id: number;
  name: string;
  prefix: string;
  scope: string;
  createdAt: string;
  lastUsedAt?: string | null;
  revokedAt?: string | null;
}

export interface ClientHeaderDto {
  id: number;
  name: string;
  avatar?: string | null;
  gender?: "male" | "female" | null;
  ageBand?: string | null;
  riskLevel?: "C1" | "C2" | "C3" | "C4" | "C5" | null;
  riskExpiresAt?: string | null;
  /** true when the suitability assessment is missing or expired */
  riskAssessmentExpired: boolean;
  phoneMasked?: string | null;
  /** The current advisor's remark for this client */
  remark?: string | null;
  followedSince?: string | null;
}

export interface CreateApiKeyDto {
  /** What feeds through this key, e.g. 神策转发 */
  name: string;
  scope: "ingest";
}

export interface CreatedApiKeyDto {
  id: number;
  name: string;
  prefix: string;
  scope: string;
  createdAt: string;
  lastUsedAt?: string | null;
  revokedAt?: string | null;
  /** The key in clear: shown only in this response */
  key: string;
}

export interface DashboardSummaryDto {
  /** Clients in the caller’s scope */
  clients: number;
  advisors: number;
  departments: number;
  /** Active advisor–client relations in scope */
  followsActive: number;
  wecomMode: "simulator" | "live";
}

export interface DepartmentDto {
  id: number;
  name: string;
  parentId?: number | null;
  path: string;
  /** Staff directly in this department */
  staffCount: number;
}

export interface GroupChatDto {
  chatId: string;
  name: string;
  memberCount: number;
  /** External members who are known clients */
  clientMemberCount: number;
  clientMembers: GroupClientDto[];
}

export interface GroupClientDto {
  id: number;
  name: string;
}

export interface JssdkConfigDto {
  /** WeCom CorpID for ww.register */
  corpId: string;
  /** AgentId of the self-built app (agentConfig is required by every sidebar API) */
  agentId: string;
  /** Plain JS-SDK API names, without a "ww." prefix */
  jsApiList: string[];
}

export interface JssdkSignatureDto {
  /** Seconds since the epoch, as signed */
  timestamp: number;
  /** Random string, as signed */
  nonceStr: string;
  /** sha1 hex of jsapi_ticket, noncestr, timestamp and url */
  signature: string;
}

export interface JssdkSignatureRequestDto {
  /** The page URL without "#" and what follows (@wecom/jssdk passes location.href.split("#")[0]); signed exactly as sent */
  url: string;
}

export interface LoginDto {
  username: string;
  password: string;
}

export interface LoginResponseDto {
  staff: MeDto;
  expiresAt: string;
  /** Session token for scripts (Authorization: Bearer); browsers use the httpOnly cookie */
  token: string;
}

export interface MeDto {
  staffId: number;
  name: string;
  role: "advisor" | "manager" | "hq" | "compliance" | "admin";
  departmentId?: number | null;
  wecomUserId?: string | null;
}

export interface PublicConfigDto {
  /** true when the built-in WeCom simulator stands in for WeCom (demo mode) */
  simulator: boolean;
  corpId: string;
  agentId: string;
}

export interface SelfCheckDto {
  mode: "simulator" | "live";
  checks: SelfCheckItemDto[];
}

export interface SelfCheckItemDto {
  key: string;
  label: string;
  ok: boolean;
  detail: string;
  hint?: string;
}

export interface SessionResponseDto {
  staff: MeDto;
  expiresAt: string;
}

export interface SimChatsDto {
  contacts: SimContactDto[];
  groups: SimGroupDto[];
}

export interface SimCodeDto {
  code: string;
}

export interface SimCodeRequestDto {
  userid: string;
}

export interface SimConfirmDto {
  msgid: string;
  userid: string;
}

export interface SimContactDto {
  externalUserId: string;
  name: string;
  avatar?: string | null;
}

export interface SimContactEventDto {
  changeType: "add_external_contact" | "del_external_contact" | "del_follow_user" | "edit_external_contact";
  userid: string;
  externalUserId: string;
  /** Name of a new contact (add only) */
  name?: string;
}

export interface SimGroupDto {
  chatId: string;
  name: string;
  memberCount: number;
}

export interface SimMemberDto {
  userid: string;
  name: string;
  departmentName?: string | null;
  clientCount: number;
}

export interface StaffDto {
  id: number;
  name: string;
  role: "advisor" | "manager" | "hq" | "compliance" | "admin";
  wecomUserId?: string | null;
  username?: string | null;
  departmentId?: number | null;
  departmentName?: string | null;
  status: "active" | "disabled";
  /** Clients with an active follow relation */
  clientCount: number;
}

export interface StaffPageDto {
  items: StaffDto[];
  total: number;
}

export interface SyncResultDto {
  departments: number;
  staff: number;
  clients: number;
  follows: number;
  corpTags: number;
}

export interface SyncStartedDto {
  jobId: string;
}

export interface SyncStatusDto {
  status: "waiting" | "active" | "completed" | "failed" | "dead";
  result?: SyncResultDto;
  error?: string;
}

export interface WecomSessionDto {
  /** OAuth code from the WeCom redirect (snsapi_base) */
  code: string;
}

/** Every operation: id → method and path template. */
export const API_OPERATIONS = {
  ApiKeys_create: { method: 'POST', path: '/api/api-keys' },
  ApiKeys_list: { method: 'GET', path: '/api/api-keys' },
  ApiKeys_revoke: { method: 'DELETE', path: '/api/api-keys/{id}' },
  Auth_authorize: { method: 'GET', path: '/api/auth/wecom/authorize' },
  Auth_login: { method: 'POST', path: '/api/auth/login' },
  Auth_logout: { method: 'POST', path: '/api/auth/logout' },
  Auth_me: { method: 'GET', path: '/api/auth/me' },
  Auth_wecomSession: { method: 'POST', path: '/api/auth/wecom/session' },
  Clients_byExternal: { method: 'GET', path: '/api/clients/by-external/{externalUserId}' },
  Dashboard_summary: { method: 'GET', path: '/api/dashboard/summary' },
  GroupChats_get: { method: 'GET', path: '/api/group-chats/{chatId}' },
  Jssdk_agentSignature: { method: 'POST', path: '/api/wecom/jssdk/agent-signature' },
  Jssdk_config: { method: 'GET', path: '/api/wecom/jssdk/config' },
  Jssdk_configSignature: { method: 'POST', path: '/api/wecom/jssdk/config-signature' },
  Org_departments: { method: 'GET', path: '/api/org/departments' },
  Org_staff: { method: 'GET', path: '/api/org/staff' },
  Org_sync: { method: 'POST', path: '/api/org/sync' },
  Org_syncStatus: { method: 'GET', path: '/api/org/sync/{jobId}' },
  PublicConfig_get: { method: 'GET', path: '/api/config/public' },
  SelfCheck_run: { method: 'GET', path: '/api/wecom/self-check' },
  SimulatorControl_chats: { method: 'GET', path: '/api/sim/members/{userid}/chats' },
  SimulatorControl_code: { method: 'POST', path: '/api/sim/oauth/code' },
  SimulatorControl_confirm: { method: 'POST', path: '/api/sim/mass-send/confirm' },
  SimulatorControl_contactEvent: { method: 'POST', path: '/api/sim/contact-event' },
  SimulatorControl_members: { method: 'GET', path: '/api/sim/members' },
} as const;
