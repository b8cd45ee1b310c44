import type { Component } from 'vue';
import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '@valuelens/contracts';
import type { UpcomingPageCopy } from '@/locales/zh-CN';

/** A menu section (a collapsible group in the side menu). */
export interface MenuSection {
  key: string;
  title: string;
  icon: Component;
}

/**
 * One feature area: its routes (children of the admin layout, absolute paths) and, when it is a group in the
 * menu, the section they sit under. Module order is menu order.
 */
export interface RouteModule {
  section?: MenuSection;
  routes: RouteRecordRaw[];
}

const upcomingView = () => import('@/views/upcoming/index.vue');

/** A route whose API is not built yet: it renders an empty state describing what the page will hold. */
export function upcomingRoute(
  path: string,
  name: string,
  title: string,
  roles: readonly Role[],
  upcoming: UpcomingPageCopy,
  icon?: Component,
): RouteRecordRaw {
  return { path, name, component: upcomingView, meta: { title, roles, upcoming, icon } };
}
