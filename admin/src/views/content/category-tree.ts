import type { Category } from '@/api/library.types';

export interface CategoryNode {
  id: number;
  name: string;
  children: CategoryNode[];
}

/** Nests the flat category list by parentId, siblings in the server's sort order then by name. */
export function buildCategoryTree(categories: readonly Category[]): CategoryNode[] {
  const sorted = [...categories].sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'zh-CN'));
  const nodes = new Map<number, CategoryNode>(sorted.map((c) => [c.id, { id: c.id, name: c.name, children: [] }]));
  const roots: CategoryNode[] = [];
  for (const category of sorted) {
    const node = nodes.get(category.id);
    if (!node) continue;
    const parent = category.parentId === null ? undefined : nodes.get(category.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Options for a cascader-free select: every category with its path, e.g. "市场观点 / 宏观". */
export function categoryOptions(categories: readonly Category[]): { id: number; label: string }[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const labelOf = (category: Category): string => {
    const parent = category.parentId === null ? undefined : byId.get(category.parentId);
    return parent ? `${labelOf(parent)} / ${category.name}` : category.name;
  };
  return categories.map((c) => ({ id: c.id, label: labelOf(c) })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
}
