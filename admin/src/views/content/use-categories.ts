import { computed } from 'vue';
import { categoriesApi } from '@/api/library';
import type { CategoryKind } from '@/api/library.types';
import { useAsyncData } from '@/utils/use-async-data';
import { buildCategoryTree, categoryOptions } from './category-tree';

export function useCategories(kind: CategoryKind) {
  const categories = useAsyncData(() => categoriesApi.list(kind));
  const tree = computed(() => buildCategoryTree(categories.data.value ?? []));
  const options = computed(() => categoryOptions(categories.data.value ?? []));
  const nameOf = (id: number | null | undefined) => options.value.find((option) => option.id === id)?.label;
  return { ...categories, tree, options, nameOf };
}
