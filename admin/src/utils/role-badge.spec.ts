import { describe, expect, it } from 'vitest';
import { roleBadge } from './role-badge';

describe('roleBadge', () => {
  it('should name the role of a person whose name does not mention it', () => {
    expect(roleBadge('王晓明', 'manager')).toBe('团队长');
  });

  it('should stay silent when the account is named after its role', () => {
    expect(roleBadge('系统管理员', 'admin')).toBeNull();
    expect(roleBadge('北京分公司团队长·赵磊', 'manager')).toBeNull();
  });
});
