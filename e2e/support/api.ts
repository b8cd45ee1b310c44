/**
 * Server-side steps for sidebar browser tests: sign in as a demo login or an advisor (through the simulator's
 * OAuth code, as the sidebar itself does), create and approve library content, and read back what happened.
 * Paths and shapes are those of server/src/modules/{auth,library,outreach,feed}.
 */

export interface ApiSession {
  request<T>(method: string, path: string, body?: unknown): Promise<T>;
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string,
  ) {
    super(`${what} answered ${status}: ${JSON.stringify(body)}`);
  }
}

function session(baseUrl: string, cookie: string): ApiSession {
  return {
    async request<T>(method: string, path: string, body?: unknown): Promise<T> {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { cookie, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      const parsed: unknown = text ? JSON.parse(text) : undefined;
      if (!response.ok) throw new ApiFailure(response.status, parsed, `${method} ${path}`);
      return parsed as T;
    },
  };
}

function cookieOf(response: Response): string {
  const cookies = response.headers.getSetCookie().map((line) => line.split(';')[0]);
  if (cookies.length === 0) throw new Error(`No session cookie in the answer to ${response.url}`);
  return cookies.join('; ');
}

/** admin, hq, compliance, compliance2, manager: the seeded demo logins. */
export async function signInAs(baseUrl: string, username: string, password: string): Promise<ApiSession> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new ApiFailure(response.status, await response.text(), `login ${username}`);
  return session(baseUrl, cookieOf(response));
}

/** An advisor's session the way the sidebar gets it in demo mode: a simulator OAuth code, then the session. */
export async function signInAdvisor(baseUrl: string, userid: string): Promise<ApiSession> {
  const codeResponse = await fetch(`${baseUrl}/api/sim/oauth/code`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userid }),
  });
  const { code } = (await codeResponse.json()) as { code: string };
  const response = await fetch(`${baseUrl}/api/auth/wecom/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  if (!response.ok) throw new ApiFailure(response.status, await response.text(), `wecom session ${userid}`);
  return session(baseUrl, cookieOf(response));
}

export interface ApprovedContent {
  kind: 'script' | 'material';
  id: number;
  title: string;
}

interface CreatedItem {
  id: number;
  version: { id: number };
}

/**
 * HQ writes, compliance approves (a submitter may not approve their own content): only approved,
 * unexpired versions can be sent, so every sidebar send test starts here.
 */
export async function createApprovedContent(
  hq: ApiSession,
  compliance: ApiSession,
  kind: 'script' | 'material',
  fields: Record<string, unknown>,
): Promise<ApprovedContent> {
  const created = await hq.request<CreatedItem>('POST', kind === 'script' ? '/api/scripts' : '/api/materials', fields);
  await hq.request('POST', `/api/versions/${kind}/${created.version.id}/submit`, {});
  await compliance.request('POST', `/api/approvals/${kind}/${created.version.id}/approve`, { comment: '同意' });
  return { kind, id: created.id, title: String(fields.title) };
}

/** A general, non-product article (sendable to anyone, also into groups). */
export function articleFields(title: string): Record<string, unknown> {
  return {
    type: 'article',
    title,
    summary: '一文读懂本轮政策组合拳对居民资产配置的影响。',
    bodyHtml: `<h2>${title}</h2><p>政策发力方向明确，建议关注长期配置价值。</p><p>${'资产配置需要结合自身风险承受能力。'.repeat(20)}</p>`,
    targetArchetypes: ['policy', 'security', 'growth', 'value'],
    framing: 'safety_margin',
    isProductRelated: false,
  };
}

/** An R5 product material: unsuitable for every client below C5 (适当性). */
export function highRiskProductFields(title: string): Record<string, unknown> {
  return {
    type: 'article',
    title,
    summary: '高波动权益类产品路演材料。',
    bodyHtml: `<p>${title}：高风险高波动，仅适合激进型投资者。</p>`,
    targetArchetypes: ['growth', 'policy'],
    isProductRelated: true,
    riskLevel: 'R5',
    disclaimerType: 'product',
  };
}

export function scriptFields(title: string): Record<string, unknown> {
  return {
    title,
    body: '{{客户称呼}}您好，近期政策面变化较多，我整理了一份解读，供您参考，有任何问题随时联系我。',
    targetArchetypes: ['policy', 'security'],
    isProductRelated: false,
  };
}

export interface TimelineItem {
  id: number;
  clientId: number;
  type: string;
  textZh: string;
  data: Record<string, unknown>;
}

export function timelineOf(advisor: ApiSession, clientId: number): Promise<{ items: TimelineItem[] }> {
  return advisor.request('GET', `/api/clients/${clientId}/timeline?limit=50`);
}
