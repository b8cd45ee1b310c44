import { fakeMobile } from './identity.js';
import { chineseName } from './names.js';
import { Rng, streamSeed } from './prng.js';
import type { AdvisorRow, DepartmentRow, GeneratorOptions } from './types.js';

const BRANCH_COMPANIES = [
  { name: '北京分公司', offices: ['朝阳门', '中关村', '金融街', '望京', '亦庄', '通州'] },
  { name: '上海分公司', offices: ['陆家嘴', '徐家汇', '静安寺', '张江', '五角场', '虹桥'] },
  { name: '深圳分公司', offices: ['福田', '南山科技园', '罗湖', '宝安', '前海', '龙岗'] },
] as const;

export interface OrgRows {
  departments: DepartmentRow[];
  advisors: AdvisorRow[];
  /** Sales offices (营业部) only, the departments clients and advisors belong to. */
  salesOffices: DepartmentRow[];
}

/** 总部 → 3 分公司 → `branches` 营业部 spread round-robin, each with `advisorsPerBranch` advisors. */
export function generateOrg(options: GeneratorOptions): OrgRows {
  const rng = new Rng(streamSeed(options.seed, 0x0a9), 1);
  const departments: DepartmentRow[] = [{ id: 1, parentId: null, name: '总部', level: 'hq', code: '0000' }];
  BRANCH_COMPANIES.forEach((b, i) => {
    departments.push({ id: 2 + i, parentId: 1, name: b.name, level: 'branch_company', code: `${i + 1}000` });
  });
  const salesOffices: DepartmentRow[] = [];
  for (let i = 0; i < options.branches; i++) {
    const companyIndex = i % BRANCH_COMPANIES.length;
    const company = BRANCH_COMPANIES[companyIndex] ?? BRANCH_COMPANIES[0];
    const nth = Math.floor(i / BRANCH_COMPANIES.length);
    const base = company.offices[nth % company.offices.length] ?? '中心';
    const round = Math.floor(nth / company.offices.length);
    const city = company.name.replace('分公司', '');
    const office: DepartmentRow = {
      id: 10 + i,
      parentId: 2 + companyIndex,
      name: `${city}${base}${round > 0 ? `第${round + 1}` : ''}营业部`,
      level: 'sales_office',
      code: `${companyIndex + 1}${String(i + 1).padStart(3, '0')}`,
    };
    departments.push(office);
    salesOffices.push(office);
  }
  const advisors: AdvisorRow[] = [];
  for (const office of salesOffices) {
    for (let k = 0; k < options.advisorsPerBranch; k++) {
      const id = advisors.length + 1;
      const gender = rng.chance(0.55) ? 'male' : 'female';
      advisors.push({
        id,
        userid: `adv${String(id).padStart(5, '0')}`,
        name: chineseName(rng, gender),
        gender,
        departmentId: office.id,
        mobile: fakeMobile(rng),
      });
    }
  }
  return { departments, advisors, salesOffices };
}
