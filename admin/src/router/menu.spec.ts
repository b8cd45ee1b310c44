import { describe, expect, it } from 'vitest';
import type { Role } from '@valuelens/contracts';
import { buildMenu, menuSectionOf, menuTrail, type MenuEntry } from './menu';
import { routeModules } from './modules';

/** The menu as "section: pages" lines, so expectations read like the menu itself. */
function outline(menu: MenuEntry[]): string[] {
  return menu.map((entry) =>
    entry.kind === 'link' ? entry.title : `${entry.title}: ${entry.links.map((link) => link.title).join('/')}`,
  );
}

const menuFor = (role: Role) => outline(buildMenu(routeModules, role));

describe('buildMenu', () => {
  it('should give compliance officers the content library and compliance sections only', () => {
    expect(menuFor('compliance')).toEqual(['工作台', '内容库: 话术/素材/活动', '合规: 审批队列/禁用词库/合规设置/审计日志']);
  });

  it('should give managers their team audit log, clients, segments and team analytics but not the HQ-owned tag rules', () => {
    expect(menuFor('manager')).toEqual(['工作台', '合规: 审计日志', '客户与画像: 客户/客群', '团队分析']);
  });

  it('should give HQ staff campaigns and only the org chart under settings', () => {
    expect(menuFor('hq')).toEqual([
      '工作台',
      '内容库: 话术/素材/活动',
      '客户与画像: 客户/标签规则/客群',
      '营销活动',
      '团队分析',
      '设置: 组织架构',
    ]);
  });

  it('should give administrators every section', () => {
    expect(menuFor('admin')).toEqual([
      '工作台',
      '内容库: 话术/素材/活动',
      '合规: 审批队列/禁用词库/合规设置/审计日志',
      '客户与画像: 客户/标签规则/客群',
      '营销活动',
      '团队分析',
      '设置: 组织架构/企业微信配置检查/API Key/任务队列',
    ]);
  });

  it('should leave advisors with the workbench alone', () => {
    expect(menuFor('advisor')).toEqual(['工作台']);
  });

  it('should show nothing role-restricted when no role is known', () => {
    expect(buildMenu(routeModules, null)).toEqual([]);
  });
});

describe('menuTrail', () => {
  it('should name the section and the page of a grouped route', () => {
    expect(menuTrail(buildMenu(routeModules, 'admin'), '/settings/wecom')).toEqual(['设置', '企业微信配置检查']);
  });

  it('should name only the page of a top-level route', () => {
    expect(menuTrail(buildMenu(routeModules, 'hq'), '/campaigns')).toEqual(['营销活动']);
  });
});

describe('menuSectionOf', () => {
  it('should find the section of a grouped page and none for a top-level page', () => {
    const menu = buildMenu(routeModules, 'admin');

    expect(menuSectionOf(menu, '/compliance/lexicon')).toBe('compliance');
    expect(menuSectionOf(menu, '/dashboard')).toBeUndefined();
  });
});
