import type { Component } from 'vue';
import type { Role } from '@valuelens/contracts';
import type { UpcomingPageCopy } from '@/locales/zh-CN';

declare module 'vue-router' {
  interface RouteMeta {
    /** Page title, also the menu label. */
    title?: string;
    /** Roles allowed to open the route; absent means any signed-in staff member. */
    roles?: readonly Role[];
    /** Reachable without a session (login). */
    public?: boolean;
    /** Icon of a top-level menu item. */
    icon?: Component;
    /** Routes such as detail pages that are reached from a list, not from the menu. */
    hideInMenu?: boolean;
    /** For a detail page: the menu entry it belongs to, highlighted in the menu and first in the breadcrumb. */
    menuPath?: string;
    /** For pages whose API is not built yet: what the page will hold. */
    upcoming?: UpcomingPageCopy;
  }
}

export {};
