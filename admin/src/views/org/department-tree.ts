import type { Department } from '@/api/types';

export interface DepartmentNode {
  id: string;
  name: string;
  staffCount: number;
  children: DepartmentNode[];
}

/**
 * Nests the flat department list. A department whose parent is absent from the list becomes a root, so a list
 * scoped to a subtree still renders.
 */
export function buildDepartmentTree(departments: readonly Department[]): DepartmentNode[] {
  const nodes = new Map<string, DepartmentNode>(
    departments.map((department) => [
      department.id,
      { id: department.id, name: department.name, staffCount: department.staffCount, children: [] },
    ]),
  );
  const roots: DepartmentNode[] = [];
  for (const department of departments) {
    const node = nodes.get(department.id);
    if (!node) continue;
    const parent = department.parentId === null ? undefined : nodes.get(department.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
