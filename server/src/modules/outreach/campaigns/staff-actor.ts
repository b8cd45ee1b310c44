import type { Actor } from '../../../common/auth/actor.js';
import type { Staff } from '../../org/staff.entity.js';

/** Background jobs act for the staff member who started the work, within that person's scope. */
export function actorOf(staff: Staff): Actor {
  return { staffId: staff.id, role: staff.role, name: staff.name, departmentId: staff.departmentId, wecomUserId: staff.wecomUserId };
}
