import type { WecomExternalContactDetail } from '../gateway/wecom-gateway.types.js';
import type { SimulatorSeed } from './seed.js';

/**
 * A small corp for tests and as a starting point for demo data: two branches, three advisors
 * (one without customers, for WeCom's 84061), a handful of customers, corp tags and one customer group.
 */
export function sampleSeed(options: { extraContactsForZhangsan?: number } = {}): SimulatorSeed {
  const created = 1_700_000_000;
  const contact = (id: string, name: string, followers: string[]): WecomExternalContactDetail => ({
    external_contact: { external_userid: id, name, type: 1, gender: 1 },
    follow_user: followers.map((userid, i) => ({ userid, createtime: created + i * 60, remark: `${name}-备注`, tags: [], add_way: 1 })),
  });
  const extra = Array.from({ length: options.extraContactsForZhangsan ?? 0 }, (_, i) =>
    contact(`wmextra${String(i).padStart(5, '0')}`, `客户${i}`, ['zhangsan']),
  );
  return {
    departments: [
      { id: 1, name: '总部', parentid: 0 },
      { id: 2, name: '上海营业部', parentid: 1 },
      { id: 3, name: '深圳营业部', parentid: 1 },
    ],
    members: [
      { userid: 'zhangsan', name: '张三', department: [2], main_department: 2, position: '投资顾问', status: 1 },
      { userid: 'lisi', name: '李四', department: [2], main_department: 2, position: '投资顾问', status: 1 },
      { userid: 'wangwu', name: '王五', department: [3], main_department: 3, position: '投资顾问', status: 1 },
    ],
    externalContacts: [
      contact('wmclient001', '陈女士', ['zhangsan']),
      contact('wmclient002', '刘先生', ['zhangsan', 'lisi']),
      contact('wmclient003', '赵先生', ['lisi']),
      ...extra,
    ],
    corpTags: [
      {
        group_id: 'etgroup-risk',
        group_name: '风险等级',
        tag: [
          { id: 'ettag-c1', name: 'C1' },
          { id: 'ettag-c3', name: 'C3' },
        ],
      },
    ],
    groupChats: [
      {
        chat_id: 'wrchat001',
        name: '价值投资交流群',
        owner: 'zhangsan',
        create_time: created,
        member_list: [
          { userid: 'zhangsan', type: 1, join_time: created },
          { userid: 'wmclient001', type: 2, join_time: created + 10 },
        ],
      },
    ],
  };
}
