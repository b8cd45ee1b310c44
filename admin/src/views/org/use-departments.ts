import { computed } from 'vue';
import { orgApi } from '@/api/org';
import { useAsyncData } from '@/utils/use-async-data';
import { buildDepartmentTree } from './department-tree';

export function useDepartments() {
  const departments = useAsyncData(orgApi.departments);
  const tree = computed(() => buildDepartmentTree(departments.data.value ?? []));
  const nameOf = (id: string | undefined) => departments.data.value?.find((department) => department.id === id)?.name;
  return { ...departments, tree, nameOf };
}
