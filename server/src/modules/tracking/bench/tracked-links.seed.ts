import type { RunningApp } from '../../../app.factory.js';
import type { Actor } from '../../../common/auth/actor.js';
import { SessionService } from '../../../common/auth/session.service.js';
import { CLOCK, type Clock } from '../../../common/clock.js';
import { ClientFollow } from '../../clients/client-follow.entity.js';
import { Client } from '../../clients/client.entity.js';
import { MaterialsService } from '../../library/materials/materials.service.js';
import { VersionWorkflowService } from '../../library/versions/version-workflow.service.js';
import { Staff } from '../../org/staff.entity.js';
import { mintTrackedLinkToken } from '../../outreach/sends/mint-tracked-link.js';
import { Send } from '../../outreach/sends/send.entity.js';
import { TrackedLink } from '../../outreach/sends/tracked-link.entity.js';

export interface SeededLinks {
  advisorId: number;
  /** A sidebar session for the advisor (Bearer token) to read the feed and its stream. */
  advisorSession: string;
  tokens: string[];
  clientIds: number[];
}

const CHUNK = 500;

/**
 * Bench fixture: one advisor, `count` followed clients, an approved product article (through the real
 * library workflow) and one sent tracked link per client. Used by the landing-page and feed benches.
 */
export async function seedTrackedLinks(running: RunningApp, count: number): Promise<SeededLinks> {
  const ds = running.dataSource;
  const now = running.app.get<Clock>(CLOCK).now();
  const run = `bench${now.getTime().toString(36)}`;
  const staff = ds.getRepository(Staff);
  const [hq, compliance, advisor] = await staff.save([
    staff.create({ name: '总部运营', role: 'hq', wecomUserId: null, status: 'active' }),
    staff.create({ name: '合规复核', role: 'compliance', wecomUserId: null, status: 'active' }),
    staff.create({ name: '投顾', role: 'advisor', wecomUserId: `${run}-adv`, status: 'active' }),
  ]);
  const actor = (s: Staff): Actor => ({ staffId: s.id, role: s.role, name: s.name, departmentId: null, wecomUserId: s.wecomUserId });
  const material = await running.app.get(MaterialsService).create(actor(hq!), {
    type: 'article',
    title: '白酒行业深度',
    summary: '高端白酒的需求韧性与估值',
    bodyHtml: `<p>${'正文段落。'.repeat(400)}</p>`,
    isProductRelated: true,
    riskLevel: 'R3',
    productCodes: ['600519'],
    disclaimerType: 'product',
  });
  const versionId = material.latestVersionId!;
  const workflow = running.app.get(VersionWorkflowService);
  await workflow.submit(actor(hq!), 'material', versionId);
  await workflow.approve(actor(compliance!), 'material', versionId, {});

  const clientIds: number[] = [];
  const tokens: string[] = [];
  for (let i = 0; i < count; i += CHUNK) {
    const size = Math.min(CHUNK, count - i);
    const clients = await ds.getRepository(Client).save(
      Array.from({ length: size }, (_, j) => ds.getRepository(Client).create({ name: `客户${i + j}`, gender: 'female', externalUserId: `${run}-c${i + j}`, source: 'wecom' })),
    );
    await ds.getRepository(ClientFollow).insert(clients.map((c) => ({ clientId: c.id, staffId: advisor!.id, state: 'active' as const, addTime: now })));
    const sends = await ds.getRepository(Send).save(
      clients.map((c) =>
        ds.getRepository(Send).create({ channel: 'chat', status: 'sent', staffId: advisor!.id, clientId: c.id, contentKind: 'material', contentId: material.id, versionId, sentAt: now }),
      ),
    );
    const links = sends.map((send) => ({ token: mintTrackedLinkToken(), sendId: send.id, clientId: send.clientId, staffId: advisor!.id, contentKind: 'material' as const, contentId: material.id, versionId, variantId: null }));
    await ds.getRepository(TrackedLink).insert(links);
    clientIds.push(...clients.map((c) => c.id));
    tokens.push(...links.map((link) => link.token));
  }
  const session = await running.app.get(SessionService).create(advisor!.id, 'sidebar');
  return { advisorId: advisor!.id, advisorSession: session.token, tokens, clientIds };
}
