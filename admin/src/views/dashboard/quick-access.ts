import type { Component } from 'vue';
import type { MenuEntry } from '@/router/menu';

export interface QuickAccessTile {
  key: string;
  title: string;
  icon: Component | undefined;
  /** Where the tile leads: the section's first page. */
  target: string;
  /** Every page behind the tile is still being built. */
  upcoming: boolean;
}

/**
 * One tile per menu section or top-level page the role can open, in menu order, leaving out the page the tiles sit
 * on. Built from the role's menu so a tile never leads to a 403.
 */
export function quickAccessTiles(menu: readonly MenuEntry[], currentPath: string): QuickAccessTile[] {
  const tiles: QuickAccessTile[] = [];
  for (const entry of menu) {
    if (entry.kind === 'link') {
      if (entry.path === currentPath) continue;
      tiles.push({ key: entry.path, title: entry.title, icon: entry.icon, target: entry.path, upcoming: entry.upcoming });
      continue;
    }
    const [first] = entry.links;
    if (!first) continue;
    tiles.push({
      key: entry.key,
      title: entry.title,
      icon: entry.icon,
      target: first.path,
      upcoming: entry.links.every((link) => link.upcoming),
    });
  }
  return tiles;
}
