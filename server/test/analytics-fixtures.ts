import type { DataSource } from 'typeorm';
import { AuditLog } from '../src/modules/audit/audit-log.entity.js';
import { CashFlow } from '../src/modules/client-data/entities/cash-flow.entity.js';
import type { Client } from '../src/modules/clients/client.entity.js';
import { Alert } from '../src/modules/feed/alerts/alert.entity.js';
import { BehaviourEvent } from '../src/modules/ingest/behaviour-event.entity.js';
import type { Staff } from '../src/modules/org/staff.entity.js';
import { CampaignTask } from '../src/modules/outreach/campaigns/campaign.entities.js';
import { Send, type SendChannel, type SendStatus } from '../src/modules/outreach/sends/send.entity.js';
import { TrackedLink } from '../src/modules/outreach/sends/tracked-link.entity.js';
import { LinkView } from '../src/modules/tracking/entities/link-view.entity.js';
import { makeClient, makeDepartment, makeFollow, makeStaff } from './support/factories.js';

/** An instant given as Asia/Shanghai wall time, e.g. local('2026-11-11 10:00'). */
export const local = (wallTime: string): Date => new Date(`${wallTime.replace(' ', 'T')}:00+08:00`);

export const PASSWORD = 'Analytics-Test-Pass-1';
/** 2026-11-20 10:00 in Shanghai: "today" for every analytics test. */
export const NOW = local('2026-11-20 10:00');

let serial = 0;
const token = (): string => `tok${String(++serial).padStart(8, '0')}${Date.now().toString(36)}`.slice(0, 32);

export async function addSend(ds: DataSource, staff: Staff, client: Client | null, channel: SendChannel, sentAt: Date, status: SendStatus = 'sent'): Promise<Send> {
  const repo = ds.getRepository(Send);
  return repo.save(
    repo.create({ channel, status, staffId: staff.id, clientId: client?.id ?? null, contentKind: 'script', contentId: 1, versionId: 1, sentAt: status === 'failed' ? null : sentAt, deliveredAt: status === 'delivered' ? sentAt : null, createdAt: new Date(sentAt.getTime() - 60_000) }),
  );
}

/** A view of the send's own tracked link: the client's, or a forward's when `forwarded`. */
export async function addView(ds: DataSource, send: Send, firstSeenAt: Date, dwellMs: number, forwarded = false): Promise<LinkView> {
  const links = ds.getRepository(TrackedLink);
  const link =
    (await links.findOneBy({ sendId: send.id })) ??
    (await links.save(links.create({ token: token(), sendId: send.id, clientId: send.clientId, staffId: send.staffId, contentKind: 'script', contentId: 1, versionId: send.versionId })));
  const views = ds.getRepository(LinkView);
  return views.save(
    views.create({
      token: link.token,
      viewerId: forwarded ? `fwd${send.id}` : `own${send.id}`,
      clientId: send.clientId,
      staffId: send.staffId,
      versionId: send.versionId,
      isForward: forwarded,
      uaClass: 'wechat',
      firstSeenAt,
      lastSeenAt: new Date(firstSeenAt.getTime() + dwellMs),
      dwellMs,
      sessionId: `s${send.id}${forwarded ? 'f' : ''}`,
      sessionStartedAt: firstSeenAt,
    }),
  );
}

export async function addTask(ds: DataSource, staff: Staff, submittedAt: Date, confirmedAt: Date | null): Promise<void> {
  const repo = ds.getRepository(CampaignTask);
  await repo.save(
    repo.create({ campaignId: 1, staffId: staff.id, chunkNo: ++serial, status: confirmedAt ? 'confirmed' : 'submitted', idempotencyKey: `task-${serial}-${staff.id}`, submittedAt, confirmedAt }),
  );
}

export async function addAlert(ds: DataSource, staff: Staff, client: Client, createdAt: Date, handledAt: Date | null): Promise<void> {
  await ds
    .createQueryBuilder()
    .insert()
    .into(Alert)
    .values({
      clientId: client.id,
      staffId: staff.id,
      ruleKey: 'churn_risk',
      status: handledAt ? 'handled' : 'new',
      evidence: { summaryZh: '测试', numbers: {}, refs: [] },
      suggestionZh: '联系客户',
      dedupeKey: `alert-${++serial}`,
      createdAt,
      handledAt,
    })
    .execute();
}

export async function addPurchase(ds: DataSource, client: Client, time: Date): Promise<void> {
  const repo = ds.getRepository(BehaviourEvent);
  await repo.save(repo.create({ eventId: `evt-${++serial}`, clientId: client.id, distinctId: `d${client.id}`, name: 'purchase', time, properties: { productCode: 'F001' }, receivedAt: time }));
}

export async function addFlow(ds: DataSource, client: Client, time: Date, direction: 'in' | 'out', amount: number): Promise<void> {
  const repo = ds.getRepository(CashFlow);
  await repo.save(repo.create({ id: `cf-${++serial}`, clientId: client.id, time, direction, amount }));
}

export async function addAudit(ds: DataSource, actor: Staff, action: string, createdAt: Date): Promise<void> {
  await ds.createQueryBuilder().insert().into(AuditLog).values({ actorId: actor.id, actorRole: actor.role, action, targetType: 'send', targetId: '0', details: null, requestId: null, createdAt }).execute();
}

/**
 * The hand-made world: HQ with a Shanghai branch (office with advisors A1, A2; manager) and a Beijing
 * branch (advisor B1; manager). A1's facts are chosen so every metric has one exact expected value
 * for 2026-11-10 … 2026-11-20 (see analytics.test.ts).
 */
export async function buildAnalyticsWorld(ds: DataSource) {
  const hqDept = await makeDepartment(ds, { name: '总部' });
  const shanghai = await makeDepartment(ds, { name: '上海分公司', parent: hqDept });
  const office = await makeDepartment(ds, { name: '陆家嘴营业部', parent: shanghai });
  const beijing = await makeDepartment(ds, { name: '北京分公司', parent: hqDept });
  const a1 = await makeStaff(ds, { name: '顾问甲', password: PASSWORD, departmentId: office.id });
  const a2 = await makeStaff(ds, { name: '顾问乙', password: PASSWORD, departmentId: office.id });
  const b1 = await makeStaff(ds, { name: '顾问丙', password: PASSWORD, departmentId: beijing.id });
  const shManager = await makeStaff(ds, { name: '上海经理', role: 'manager', password: PASSWORD, departmentId: shanghai.id });
  const bjManager = await makeStaff(ds, { name: '北京经理', role: 'manager', password: PASSWORD, departmentId: beijing.id });
  const hq = await makeStaff(ds, { name: '总部运营', role: 'hq', password: PASSWORD, departmentId: hqDept.id });
  const compliance = await makeStaff(ds, { name: '合规专员', role: 'compliance', password: PASSWORD, departmentId: hqDept.id });

  const [c1, c2, c3, c4, c5, c6, c7] = await Promise.all(['王女士', '李先生', '赵女士', '钱先生', '孙女士', '周先生', '吴女士'].map((name) => makeClient(ds, { name })));
  const before = local('2026-10-01 09:00');
  await makeFollow(ds, c1!, a1, { addTime: before });
  await makeFollow(ds, c2!, a1, { addTime: local('2026-11-12 09:00') });
  await makeFollow(ds, c3!, a1, { addTime: before, state: 'deleted_by_client', stateChangedAt: local('2026-11-15 09:00') });
  await makeFollow(ds, c4!, a1, { addTime: before });
  await makeFollow(ds, c5!, a1, { addTime: before });
  await makeFollow(ds, c6!, a2, { addTime: before });
  await makeFollow(ds, c7!, b1, { addTime: before });

  // A1: chat ×3 in range (c1 twice, c3 once), mass ×1 (c2), one failed send, one send before the range.
  await addSend(ds, a1, c1!, 'chat', local('2026-11-05 10:00'));
  const s1 = await addSend(ds, a1, c1!, 'chat', local('2026-11-11 10:00'));
  const s2 = await addSend(ds, a1, c1!, 'chat', local('2026-11-13 10:00'));
  await addSend(ds, a1, c3!, 'chat', local('2026-11-12 10:00'));
  const s3 = await addSend(ds, a1, c2!, 'mass', local('2026-11-14 10:00'), 'delivered');
  await addSend(ds, a1, c4!, 'chat', local('2026-11-12 11:00'), 'failed');
  // Views: 20 s, 3 s and 45 s by the clients, 100 s by someone the link was forwarded to.
  await addView(ds, s1, local('2026-11-11 12:00'), 20_000);
  await addView(ds, s1, local('2026-11-11 13:00'), 100_000, true);
  await addView(ds, s2, local('2026-11-13 12:00'), 3_000);
  await addView(ds, s3, local('2026-11-14 11:00'), 45_000);
  // Mass-send tasks: two handed over in range, one confirmed; one before the range.
  await addTask(ds, a1, local('2026-11-14 09:00'), local('2026-11-14 09:30'));
  await addTask(ds, a1, local('2026-11-15 09:00'), null);
  await addTask(ds, a1, local('2026-11-01 09:00'), local('2026-11-01 10:00'));
  // Alerts: handled after 2 h and after 30 h, one open, one before the range.
  await addAlert(ds, a1, c1!, local('2026-11-12 09:00'), local('2026-11-12 11:00'));
  await addAlert(ds, a1, c2!, local('2026-11-13 09:00'), local('2026-11-14 15:00'));
  await addAlert(ds, a1, c4!, local('2026-11-16 09:00'), null);
  await addAlert(ds, a1, c4!, local('2026-11-01 09:00'), local('2026-11-01 10:00'));
  // Purchases: c1 two days after opening (converts), c1 before opening, c4 without any open.
  await addPurchase(ds, c1!, local('2026-11-15 10:00'));
  await addPurchase(ds, c1!, local('2026-11-11 10:00'));
  await addPurchase(ds, c4!, local('2026-11-16 10:00'));
  // Cash flows: +10,000 −2,500 (c1), +1,000 (c3 before leaving) count; c3 after leaving and c2 before following do not.
  await addFlow(ds, c1!, local('2026-11-12 10:00'), 'in', 10_000);
  await addFlow(ds, c1!, local('2026-11-16 10:00'), 'out', 2_500);
  await addFlow(ds, c3!, local('2026-11-13 10:00'), 'in', 1_000);
  await addFlow(ds, c3!, local('2026-11-16 10:00'), 'in', 5_000);
  await addFlow(ds, c2!, local('2026-11-11 10:00'), 'in', 300);
  await addAudit(ds, a1, 'send.blocked', local('2026-11-12 15:00'));

  // A2 and B1: a little activity of their own.
  await addSend(ds, a2, c6!, 'chat', local('2026-11-18 10:00'));
  await addSend(ds, b1, c7!, 'chat', local('2026-11-17 10:00'));
  await addSend(ds, b1, c7!, 'moments', local('2026-11-18 10:00'));

  return { departments: { hqDept, shanghai, office, beijing }, staff: { a1, a2, b1, shManager, bjManager, hq, compliance }, clients: { c1: c1!, c2: c2!, c3: c3!, c4: c4!, c5: c5!, c6: c6!, c7: c7! } };
}
