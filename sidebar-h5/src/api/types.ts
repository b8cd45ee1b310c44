import type { ClientRiskLevel, Role } from '@valuelens/contracts';

/*
 * Response shapes of the endpoints the sidebar calls. contracts/src/api-types.ts is generated from the
 * server's OpenAPI document; until these endpoints are in it, the shapes are declared here, one per DTO,
 * and should be replaced by the generated types (same names) once available.
 */

/** GET /api/auth/me — also `staff` of the session response. */
export interface Me {
  staffId: number;
  name: string;
  role: Role;
  departmentId: number | null;
  wecomUserId: string | null;
}

/** POST /api/auth/wecom/session — sets the httpOnly session cookie. */
export interface SessionResponse {
  staff: Me;
  expiresAt: string;
  token: string;
}

/** GET /api/config/public — unauthenticated. */
export interface PublicConfig {
  simulator: boolean;
}

/** GET /api/wecom/jssdk/config */
export interface JssdkConfig {
  corpId: string;
  agentId: string | number;
  jsApiList: string[];
}

/** POST /api/wecom/jssdk/config-signature and /agent-signature (timestamp in seconds). */
export interface JssdkSignature {
  timestamp: number | string;
  nonceStr: string;
  signature: string;
}

/** GET /api/sim/members (simulator mode only). */
export interface SimMember {
  userid: string;
  name: string;
  departmentName: string;
  clientCount: number;
}

export interface SimContact {
  externalUserId: string;
  name: string;
  avatar: string | null;
}

export interface SimGroup {
  chatId: string;
  name: string;
  memberCount: number;
}

/** GET /api/sim/members/:userid/chats */
export interface SimMemberChats {
  contacts: SimContact[];
  groups: SimGroup[];
}

/** GET /api/clients/by-external/:externalUserId — 404 when the advisor does not follow this contact. */
export interface ClientSummary {
  id: number;
  name: string;
  avatar: string | null;
  gender: 'male' | 'female' | null;
  ageBand: string | null;
  riskLevel: ClientRiskLevel | null;
  riskExpiresAt: string | null;
  phoneMasked: string | null;
  remark: string | null;
  followedSince: string | null;
}

/** GET /api/group-chats/:chatId */
export interface GroupChatSummary {
  chatId: string;
  name: string;
  memberCount: number;
  clientMembers: Array<{ id: number; name: string }>;
}
