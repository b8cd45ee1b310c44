import { describe, expect, it } from 'vitest';
import type { SimMember } from '@/api/types';
import { membersByDepartment } from './members-by-department';

const member = (userid: string, departmentName: string): SimMember => ({ userid, name: userid, departmentName, clientCount: 1 });

describe('membersByDepartment', () => {
  it('should group advisors by department in the order the server listed them', () => {
    const sections = membersByDepartment([
      member('a', '北京朝阳门营业部'),
      member('b', '上海陆家嘴营业部'),
      member('c', '北京朝阳门营业部'),
    ]);

    expect(sections.map((section) => [section.departmentName, section.members.map((item) => item.userid)])).toEqual([
      ['北京朝阳门营业部', ['a', 'c']],
      ['上海陆家嘴营业部', ['b']],
    ]);
  });

  it('should return no sections for no advisors', () => {
    expect(membersByDepartment([])).toEqual([]);
  });
});
