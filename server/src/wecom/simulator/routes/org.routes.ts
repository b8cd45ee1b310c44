import type { QyapiRoute } from '../http.js';
import { invalidParameter } from '../simulated-error.js';

export const orgRoutes: QyapiRoute[] = [
  { method: 'GET', endpoint: 'department/list', handle: (_req, state) => ({ department: state.directory.departments }) },
  {
    method: 'GET',
    endpoint: 'user/list',
    handle: (req, state) => {
      const departmentId = Number(req.query.get('department_id'));
      if (!Number.isInteger(departmentId) || !state.directory.departments.some((d) => d.id === departmentId)) {
        invalidParameter('invalid department_id');
      }
      const userlist = [...state.directory.members.values()].filter((m) => m.department.includes(departmentId));
      return { userlist };
    },
  },
];
