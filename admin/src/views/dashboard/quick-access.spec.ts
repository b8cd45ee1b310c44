import { describe, expect, it } from 'vitest';
import { buildMenu } from '@/router/menu';
import { routeModules } from '@/router/modules';
import { quickAccessTiles } from './quick-access';

const tilesFor = (role: Parameters<typeof buildMenu>[1]) =>
  quickAccessTiles(buildMenu(routeModules, role), '/dashboard').map((tile) => ({
    title: tile.title,
    target: tile.target,
    upcoming: tile.upcoming,
  }));

describe('quickAccessTiles', () => {
  it('should offer a manager only the sections a manager may open, without the workbench itself', () => {
    expect(tilesFor('manager')).toEqual([
      { title: '合规', target: '/compliance/audit-log', upcoming: false },
      { title: '客户与画像', target: '/clients', upcoming: false },
      { title: '团队分析', target: '/analytics/team', upcoming: false },
    ]);
  });

  it('should lead HQ to the org chart, a page that is already in service', () => {
    expect(tilesFor('hq').at(-1)).toEqual({ title: '设置', target: '/settings/org', upcoming: false });
  });

  it('should mark a section as in service as soon as one of its pages is', () => {
    const settings = quickAccessTiles(buildMenu(routeModules, 'admin'), '/dashboard').find((tile) => tile.key === 'settings');

    expect(settings).toMatchObject({ target: '/settings/org', upcoming: false });
  });
});
