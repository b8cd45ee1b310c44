import type { Department } from '@/api/types';

export interface DepartmentNode {
  id: string;
  name: string;
  /** Staff placed directly in this department. */
  staffCount: number;
  /** Staff in this department and every department below it: what the staff list shows when it is selected. */
  subtreeStaffCount: number;
  children: DepartmentNode[];
}

/**
 * Nests the flat department list and adds up staff per subtree. A department whose parent is absent from the list
 * becomes a root, so a list scoped to a subtree (a manager's) still renders.
 */
export function buildDepartmentTree(departments: readonly Department[]): DepartmentNode[] {
  const nodes = new Map<string, DepartmentNode>(
    departments.map((department) => [
      department.id,
      {
        id: department.id,
        name: department.name,
        staffCount: department.staffCount,
        subtreeStaffCount: department.staffCount,
        children: [],
      },
    ]),
  );
  const roots: DepartmentNode[] = [];
  for (const department of departments) {
    const node = nodes.get(department.id);
    if (!node) continue;
    const parent = department.parentId === null ? undefined : nodes.get(department.parentId);
    (parent ? parent.children : roots).push(node);
  }
  roots.forEach(sumSubtree);
  return roots;
}

function sumSubtree(node: DepartmentNode): number {
  node.subtreeStaffCount = node.staffCount + node.children.reduce((sum, child) => sum + sumSubtree(child), 0);
  return node.subtreeStaffCount;
}
