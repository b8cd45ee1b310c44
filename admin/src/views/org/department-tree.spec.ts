import { describe, expect, it } from 'vitest';
import type { Department } from '@/api/types';
import { buildDepartmentTree, type DepartmentNode } from './department-tree';

const department = (id: string, parentId: string | null, staffCount = 0): Department => ({
  id,
  name: id,
  parentId,
  path: '',
  staffCount,
});

const shape = (nodes: DepartmentNode[]): unknown => nodes.map((node) => [node.id, shape(node.children)]);

describe('buildDepartmentTree', () => {
  it('should nest branches under head office in list order', () => {
    const tree = buildDepartmentTree([
      department('hq', null),
      department('shanghai', 'hq'),
      department('pudong', 'shanghai'),
      department('beijing', 'hq'),
    ]);

    expect(shape(tree)).toEqual([['hq', [['shanghai', [['pudong', []]]], ['beijing', []]]]]);
  });

  it('should make a department whose parent is outside the list a root', () => {
    const tree = buildDepartmentTree([department('pudong', 'shanghai'), department('pudong-1', 'pudong')]);

    expect(shape(tree)).toEqual([['pudong', [['pudong-1', []]]]]);
  });

  it('should count the staff of a whole subtree, as the staff list does, and keep the direct count', () => {
    const [headOffice] = buildDepartmentTree([
      department('hq', null, 3),
      department('beijing', 'hq', 1),
      department('chaoyang', 'beijing', 10),
      department('shanghai', 'hq', 0),
      department('lujiazui', 'shanghai', 10),
    ]);

    expect(headOffice?.staffCount).toBe(3);
    expect(headOffice?.subtreeStaffCount).toBe(24);
    expect(headOffice?.children.map((branch) => [branch.id, branch.subtreeStaffCount])).toEqual([
      ['beijing', 11],
      ['shanghai', 10],
    ]);
  });
});
