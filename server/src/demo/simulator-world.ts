import type { DataSource } from 'typeorm';
import type { WecomCorpTagGroup, WecomExternalContactDetail, WecomGroupChat } from '../wecom/gateway/wecom-gateway.types.js';
import type { SimulatorSeed } from '../wecom/simulator/seed.js';

const GROUP_SIZE = 15;

/** The corp tags a brokerage typically keeps in WeCom (mirrored by org sync). */
export const DEMO_CORP_TAGS: WecomCorpTagGroup[] = [
  {
    group_id: 'etDEMO_tier',
    group_name: '客户分层',
    tag: [
      { id: 'etDEMO_tier_hnw', name: '高净值' },
      { id: 'etDEMO_tier_core', name: '核心客户' },
      { id: 'etDEMO_tier_potential', name: '潜力客户' },
    ],
  },
  {
    group_id: 'etDEMO_source',
    group_name: '来源渠道',
    tag: [
      { id: 'etDEMO_src_branch', name: '营业部开户' },
      { id: 'etDEMO_src_online', name: '线上引流' },
      { id: 'etDEMO_src_referral', name: '老客转介绍' },
    ],
  },
];

/**
 * Describes what is in our database as WeCom would hold it: departments, members, external contacts
 * with their follow users, corp tags, and one client group per advisor, so the simulator and the
 * database agree after every restart.
 */
export async function simulatorSeedFromDatabase(dataSource: DataSource): Promise<SimulatorSeed> {
  const departments: { id: number; wecomId: number | null; name: string; parentId: number | null; sortOrder: number }[] = await dataSource.query(
    'SELECT id, wecom_id AS wecomId, name, parent_id AS parentId, sort_order AS sortOrder FROM departments',
  );
  const wecomIdOf = new Map(departments.map((d) => [Number(d.id), d.wecomId === null ? Number(d.id) + 100000 : Number(d.wecomId)]));
  const staff: { id: number; userid: string; name: string; departmentId: number | null }[] = await dataSource.query(
    "SELECT id, wecom_userid AS userid, name, department_id AS departmentId FROM staff WHERE wecom_userid IS NOT NULL AND status = 'active'",
  );
  const follows: { externalUserId: string; name: string; avatar: string | null; gender: string | null; userid: string; remark: string | null; addTime: unknown }[] =
    await dataSource.query(
      `SELECT c.external_userid AS externalUserId, c.name AS name, c.avatar AS avatar, c.gender AS gender,
              s.wecom_userid AS userid, f.remark AS remark, f.add_time AS addTime
         FROM client_follows f JOIN clients c ON c.id = f.client_id JOIN staff s ON s.id = f.staff_id
        WHERE f.state = 'active' AND c.external_userid IS NOT NULL AND s.wecom_userid IS NOT NULL
        ORDER BY f.id`,
    );
  const contacts = new Map<string, WecomExternalContactDetail>();
  for (const f of follows) {
    const detail = contacts.get(f.externalUserId) ?? {
      external_contact: { external_userid: f.externalUserId, name: f.name, avatar: f.avatar ?? undefined, type: 1 as const, gender: f.gender === 'male' ? (1 as const) : f.gender === 'female' ? (2 as const) : (0 as const) },
      follow_user: [],
    };
    detail.follow_user.push({ userid: f.userid, remark: f.remark ?? undefined, createtime: Math.floor(new Date(String(f.addTime)).getTime() / 1000) || 0, tags: [] });
    contacts.set(f.externalUserId, detail);
  }
  return {
    departments: departments.map((d) => ({
      id: wecomIdOf.get(Number(d.id))!,
      name: d.name,
      parentid: d.parentId === null ? 0 : wecomIdOf.get(Number(d.parentId))!,
      order: Number(d.sortOrder),
    })),
    members: staff.map((s) => ({
      userid: s.userid,
      name: s.name,
      department: s.departmentId === null ? [1] : [wecomIdOf.get(Number(s.departmentId))!],
      main_department: s.departmentId === null ? 1 : wecomIdOf.get(Number(s.departmentId))!,
      status: 1,
    })),
    externalContacts: [...contacts.values()],
    corpTags: DEMO_CORP_TAGS,
    groupChats: advisorGroups(staff, follows),
  };
}

function advisorGroups(staff: { userid: string; name: string }[], follows: { externalUserId: string; userid: string }[]): WecomGroupChat[] {
  const byAdvisor = new Map<string, string[]>();
  for (const f of follows) {
    const list = byAdvisor.get(f.userid) ?? [];
    if (list.length < GROUP_SIZE) list.push(f.externalUserId);
    byAdvisor.set(f.userid, list);
  }
  return staff
    .filter((s) => (byAdvisor.get(s.userid)?.length ?? 0) >= 3)
    .map((s, i) => ({
      chat_id: `wrDEMO${String(i + 1).padStart(5, '0')}`,
      name: `${s.name}的投资交流群`,
      owner: s.userid,
      create_time: 1735689600 + i * 3600,
      member_list: [
        { userid: s.userid, type: 1 as const, join_time: 1735689600 + i * 3600 },
        ...byAdvisor.get(s.userid)!.map((id, k) => ({ userid: id, type: 2 as const, join_time: 1735689600 + i * 3600 + k * 60 })),
      ],
    }));
}
