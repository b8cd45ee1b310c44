import { describe, expect, it } from 'vitest';
import type { Department } from '@/api/types';
import { buildDepartmentTree, type DepartmentNode } from './department-tree';

const department = (id: string, parentId: string | null): Department => ({
  id,
  name: id,
  parentId,
  path: '',
  staffCount: 0,
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
});
