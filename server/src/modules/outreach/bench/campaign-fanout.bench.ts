import type { RunningApp } from '../../../app.factory.js';
import type { Actor } from '../../../common/auth/actor.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { ScriptsService } from '../../library/scripts/scripts.service.js';
import { VersionWorkflowService } from '../../library/versions/version-workflow.service.js';
import { Campaign, CampaignTask } from '../campaigns/campaign.entities.js';
import { CampaignPlanner } from '../campaigns/campaign-planner.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { insertRows } from '../../../database/raw-insert.js';

export interface CampaignFanoutBenchOptions {
  /** A running app (queue workers on) against the built-in simulator, on the database to measure. */
  running: RunningApp;
  clients?: number;
  advisors?: number;
  /** Added by the simulator to every qyapi call. */
  simulatorLatencyMs?: number;
  timeoutMs?: number;
}

export interface CampaignFanoutBenchResult {
  /** Planning (audience, per-client decisions, exclusions, tasks, sends) plus enqueueing the fan-out jobs. */
  planMs: number;
  /** From the end of planning until every task holds its WeCom msgid. */
  fanoutMs: number;
  tasks: number;
  simulatorLatencyMs: number;
  clients: number;
  advisors: number;
}

const ROWS = 1_000;

/**
 * The scale run of DESIGN §4 data flow 4 (targets: planning + enqueueing ≤ 10 s, fan-out ≤ 60 s for
 * 100,000 clients across 500 advisors). Writes its own staff, clients and follows with multi-row
 * INSERTs, mirrors them into the simulated corp, then plans and fans out one campaign to everyone.
 */
export async function benchCampaignFanout(options: CampaignFanoutBenchOptions): Promise<CampaignFanoutBenchResult> {
  const { running } = options;
  const clientCount = options.clients ?? 100_000;
  const advisorCount = options.advisors ?? 500;
  const latency = options.simulatorLatencyMs ?? 20;
  const simulator = running.simulator;
  if (!simulator) throw new Error('benchCampaignFanout needs the built-in WeCom simulator');
  const ds = running.dataSource;
  const now = running.app.get<Clock>(CLOCK).now();
  const run = `b${now.getTime().toString(36)}`;

  await insertRows(ds, 'staff', ['name', 'role', 'wecom_userid', 'status', 'failed_logins', 'created_at', 'updated_at'], [
    ['总部运营', 'hq', null, 'active', 0, now, now],
    ['合规复核', 'compliance', null, 'active', 0, now, now],
    ...Array.from({ length: advisorCount }, (_, i) => [`投顾${i}`, 'advisor', `${run}-adv-${i}`, 'active', 0, now, now]),
  ]);
  const staff = (await ds.query('SELECT id, role, wecom_userid FROM staff ORDER BY id DESC LIMIT ?', [advisorCount + 2])) as { id: number; role: string; wecom_userid: string | null }[];
  const advisors = staff.filter((s) => s.wecom_userid?.startsWith(`${run}-adv-`)).sort((a, b) => Number(a.id) - Number(b.id));
  const actorFor = (role: 'hq' | 'compliance'): Actor => ({ staffId: Number(staff.find((s) => s.role === role)!.id), role, name: role, departmentId: null, wecomUserId: null });

  const expires = new Date(now.getTime() + 365 * 86_400_000);
  await insertRows(ds, 'clients', ['name', 'external_userid', 'risk_level', 'risk_expires_at', 'source', 'created_at', 'updated_at'],
    Array.from({ length: clientCount }, (_, i) => [`客户${i}`, `${run}-c-${i}`, 'C3', expires, 'bench', now, now]), ROWS);
  const clientRows = (await ds.query('SELECT id, external_userid FROM clients WHERE external_userid LIKE ? ORDER BY id', [`${run}-c-%`])) as { id: number; external_userid: string }[];
  await insertRows(ds, 'client_follows', ['client_id', 'staff_id', 'state', 'add_time', 'created_at', 'updated_at'],
    clientRows.map((c, i) => [Number(c.id), Number(advisors[i % advisorCount]!.id), 'active', now, now, now]), ROWS);

  const directory = simulator.state.directory;
  for (const advisor of advisors) directory.members.set(advisor.wecom_userid!, { userid: advisor.wecom_userid!, name: advisor.wecom_userid!, department: [1], status: 1 });
  clientRows.forEach((c, i) => {
    directory.addFollow({ external_userid: c.external_userid, name: c.external_userid, type: 1 }, { userid: advisors[i % advisorCount]!.wecom_userid!, createtime: Math.floor(now.getTime() / 1000) });
  });

  const scripts = running.app.get(ScriptsService, { strict: false });
  const workflow = running.app.get(VersionWorkflowService, { strict: false });
  const script = await scripts.create(actorFor('hq'), { title: '年末投教', body: '年末将至，请关注投资者教育直播。' });
  await workflow.submit(actorFor('hq'), 'script', script.latestVersionId!);
  await workflow.approve(actorFor('compliance'), 'script', script.latestVersionId!, {});

  const campaigns = running.app.get(CampaignsService, { strict: false });
  const campaign = await campaigns.create(actorFor('hq'), { name: '规模测试', contentKind: 'script', contentId: script.id, channel: 'mass', audience: { all: true } });
  await ds.getRepository(Campaign).update({ id: campaign.id }, { status: 'scheduled' });
  simulator.state.setLatency(latency);

  const planStarted = performance.now();
  await running.app.get(CampaignPlanner, { strict: false }).run(campaign.id, campaign.uid);
  const planMs = performance.now() - planStarted;

  const tasks = await ds.getRepository(CampaignTask).countBy({ campaignId: campaign.id });
  const fanoutStarted = performance.now();
  const deadline = Date.now() + (options.timeoutMs ?? 300_000);
  while ((await ds.getRepository(CampaignTask).countBy({ campaignId: campaign.id, status: 'submitted' })) < tasks) {
    if (Date.now() > deadline) throw new Error('fan-out did not finish in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const fanoutMs = performance.now() - fanoutStarted;
  simulator.state.setLatency(0);
  return { planMs, fanoutMs, tasks, simulatorLatencyMs: latency, clients: clientCount, advisors: advisorCount };
}
