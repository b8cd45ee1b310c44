import type { Component } from 'vue';
import type { Role } from '@valuelens/contracts';
import { roleMayOpen } from './access';
import type { RouteModule } from './route-module';

export interface MenuLink {
  kind: 'link';
  path: string;
  title: string;
  icon?: Component;
  /** The page's API is not built yet; it shows what it will hold (route meta `upcoming`). */
  upcoming: boolean;
}

export interface MenuGroup {
  kind: 'group';
  key: string;
  title: string;
  icon: Component;
  links: MenuLink[];
}

export type MenuEntry = MenuLink | MenuGroup;

/** The side menu for a role: only routes the role may open, and only sections with something left in them. */
export function buildMenu(modules: readonly RouteModule[], role: Role | null): MenuEntry[] {
  const entries: MenuEntry[] = [];
  for (const { section, routes } of modules) {
    const links: MenuLink[] = routes
      .filter((route) => !route.meta?.hideInMenu && roleMayOpen(route, role))
      .map((route) => ({
        kind: 'link',
        path: route.path,
        title: route.meta?.title ?? route.path,
        icon: route.meta?.icon,
        upcoming: route.meta?.upcoming !== undefined,
      }));
    if (section) {
      if (links.length > 0) entries.push({ kind: 'group', ...section, links });
    } else {
      entries.push(...links);
    }
  }
  return entries;
}

/** The menu trail (section title, page title) of a path, for the breadcrumb. */
export function menuTrail(menu: readonly MenuEntry[], path: string): string[] {
  for (const entry of menu) {
    if (entry.kind === 'link' && entry.path === path) return [entry.title];
    if (entry.kind === 'group') {
      const link = entry.links.find((candidate) => candidate.path === path);
      if (link) return [entry.title, link.title];
    }
  }
  return [];
}

/** The key of the menu section holding a path, so the side menu can open just that section. */
export function menuSectionOf(menu: readonly MenuEntry[], path: string): string | undefined {
  const group = menu.find(
    (entry): entry is MenuGroup => entry.kind === 'group' && entry.links.some((link) => link.path === path),
  );
  return group?.key;
}
