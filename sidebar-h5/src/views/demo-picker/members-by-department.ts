import type { SimMember } from '@/api/types';

export interface DepartmentMembers {
  departmentName: string;
  members: SimMember[];
}

/** The picker's sections: one per department, in the order the server lists them (its sort order wins). */
export function membersByDepartment(members: readonly SimMember[]): DepartmentMembers[] {
  const sections = new Map<string, SimMember[]>();
  for (const member of members) {
    const section = sections.get(member.departmentName);
    if (section) section.push(member);
    else sections.set(member.departmentName, [member]);
  }
  return [...sections].map(([departmentName, list]) => ({ departmentName, members: list }));
}
