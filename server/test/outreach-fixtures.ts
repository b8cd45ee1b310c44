import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createApp, type RunningApp } from '../src/app.factory.js';
import type { Clock } from '../src/common/clock.js';
import { loadConfig } from '../src/config/app-config.js';
import type { DatabaseConfig } from '../src/config/app-config.js';
import type { AddMsgTemplateRequest, GroupMsgRecord, WecomExternalContactDetail, WecomGroupChat, WecomMember } from '../src/wecom/gateway/wecom-gateway.types.js';
import type { SimulatorSeed } from '../src/wecom/simulator/seed.js';
import { type RunningWecomSimulator, startWecomSimulator } from '../src/wecom/simulator/simulator.js';

/** Shared set-up for the outreach and campaign tests. */

export const CORP_ID = 'wwoutreachtest01';
export const AGENT_ID = '1000002';
export const SECRET = 'outreach-test-secret';

export interface SeedContact {
  externalUserId: string;
  name: string;
  followers: string[];
}

export function wecomSeed(members: string[], contacts: SeedContact[], groupChats: WecomGroupChat[] = []): SimulatorSeed {
  const created = Math.floor(Date.parse('2026-01-05T02:00:00Z') / 1000);
  return {
    departments: [{ id: 1, name: '总部', parentid: 0 }],
    members: members.map((userid): WecomMember => ({ userid, name: userid, department: [1], status: 1 })),
    externalContacts: contacts.map(
      (c, i): WecomExternalContactDetail => ({
        external_contact: { external_userid: c.externalUserId, name: c.name, type: 1 },
        follow_user: c.followers.map((userid) => ({ userid, createtime: created + i })),
      }),
    ),
    groupChats,
  };
}

/**
 * A recording proxy in front of the simulator that also answers externalcontact/get_groupmsg_list_v2 from
 * the add_msg_template calls that succeeded through it (creator = sender, create_type 0, text and
 * attachments as sent) — the record WeCom keeps, which the simulator does not serve yet.
 */
export class GroupMsgListShim {
  readonly created: GroupMsgRecord[] = [];
  private server: Server | null = null;
  url = '';

  constructor(
    private readonly upstream: string,
    private readonly clock: Clock,
  ) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req)
        .then(({ status, body }) => {
          res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
          res.end(body);
        })
        .catch((error: unknown) => {
          res.writeHead(502);
          res.end(String(error));
        });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Mass-send tasks WeCom created, per sender. */
  countBySender(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const record of this.created) counts.set(record.creator ?? '', (counts.get(record.creator ?? '') ?? 0) + 1);
    return counts;
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: string }> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://shim');
    if (url.pathname === '/cgi-bin/externalcontact/get_groupmsg_list_v2') return { status: 200, body: JSON.stringify(this.list(JSON.parse(raw.toString('utf8')) as Record<string, unknown>)) };
    const forwarded = await fetch(`${this.upstream}${req.url ?? '/'}`, {
      method: req.method,
      headers: req.headers['content-type'] ? { 'content-type': req.headers['content-type'] } : {},
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : raw,
    });
    const body = await forwarded.text();
    if (url.pathname === '/cgi-bin/externalcontact/add_msg_template') {
      const answer = JSON.parse(body) as { errcode: number; msgid?: string };
      if (answer.errcode === 0 && answer.msgid) {
        const sent = JSON.parse(raw.toString('utf8')) as AddMsgTemplateRequest;
        this.created.push({ msgid: answer.msgid, creator: sent.sender, create_time: Math.floor(this.clock.now().getTime() / 1000), create_type: 0, text: sent.text, attachments: sent.attachments });
      }
    }
    return { status: forwarded.status, body };
  }

  private list(body: Record<string, unknown>): object {
    const start = Number(body.start_time);
    const end = Number(body.end_time);
    if (!(end >= start) || end - start > 31 * 86_400) return { errcode: 40058, errmsg: 'time span must be at most one month' };
    const items = this.created.filter((r) => r.create_time >= start && r.create_time <= end && (!body.creator || r.creator === body.creator));
    return { errcode: 0, errmsg: 'ok', group_msg_list: items, next_cursor: '' };
  }
}

/** One simulated WeCom (simulator + list shim) that several app instances in turn talk to. */
export interface SharedWecom {
  simulator: RunningWecomSimulator;
  shim: GroupMsgListShim;
  close(): Promise<void>;
}

export async function startSharedWecom(clock: Clock, seed: SimulatorSeed): Promise<SharedWecom> {
  const simulator = await startWecomSimulator({ corpId: CORP_ID, agentId: AGENT_ID, secret: SECRET, seed, clock });
  const shim = new GroupMsgListShim(simulator.url, clock);
  await shim.start();
  return {
    simulator,
    shim,
    async close() {
      await shim.close();
      await simulator.close();
    },
  };
}

export interface OutreachApp {
  running: RunningApp;
  http: () => ReturnType<typeof request>;
  login(username: string, password: string): Promise<string>;
  close(): Promise<void>;
}

/** An app instance on a given database and the shared WeCom; optionally on BullMQ (Redis). */
export async function startOutreachApp(options: { database: DatabaseConfig; wecom: SharedWecom; clock: Clock; redisUrl?: string; dataDir: string }): Promise<OutreachApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    LOG_LEVEL: 'error',
    DATA_DIR: options.dataDir,
    WECOM_CORP_ID: CORP_ID,
    WECOM_AGENT_ID: AGENT_ID,
    WECOM_SECRET: SECRET,
    WECOM_API_BASE: options.wecom.shim.url,
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
  });
  config.database = options.database;
  const running = await createApp(config, { clock: options.clock, migrate: true, workers: true });
  const http = () => request(running.app.getHttpServer());
  return {
    running,
    http,
    async login(username, password) {
      const res = await http().post('/api/auth/login').send({ username, password });
      if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.token as string;
    },
    close: () => running.close(),
  };
}

export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Polls until `check` holds (background jobs finish on their own time). */
export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Creates content as HQ, submits it, and has compliance approve it (as library-fixtures' approved()). */
export async function approveContent(
  http: () => ReturnType<typeof request>,
  hqToken: string,
  complianceToken: string,
  kind: 'script' | 'material',
  body: object,
): Promise<{ id: number; versionId: number }> {
  const path = kind === 'script' ? '/api/scripts' : '/api/materials';
  const saved = await http().post(path).set('Authorization', `Bearer ${hqToken}`).send(body);
  if (saved.status !== 201 && saved.status !== 200) throw new Error(`save failed ${saved.status} ${JSON.stringify(saved.body)}`);
  const versionId = saved.body.latestVersionId as number;
  const submitted = await http().post(`/api/versions/${kind}/${versionId}/submit`).set('Authorization', `Bearer ${hqToken}`).send({});
  if (submitted.status !== 200) throw new Error(`submit failed ${submitted.status} ${JSON.stringify(submitted.body)}`);
  const approval = await http().post(`/api/approvals/${kind}/${versionId}/approve`).set('Authorization', `Bearer ${complianceToken}`).send({});
  if (approval.status !== 200) throw new Error(`approve failed ${approval.status} ${JSON.stringify(approval.body)}`);
  return { id: saved.body.id as number, versionId };
}
