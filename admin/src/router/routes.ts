import type { RouteRecordRaw } from 'vue-router';
import { zhCN } from '@/locales/zh-CN';
import { routeModules } from './modules';
import { HOME_ROUTE } from './guard';

export const adminRoutes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/login/index.vue'),
    meta: { public: true, title: zhCN.login.title },
  },
  {
    path: '/',
    component: () => import('@/layouts/AdminLayout.vue'),
    redirect: HOME_ROUTE,
    children: [
      ...routeModules.flatMap((module) => module.routes),
      {
        path: '/403',
        name: 'forbidden',
        component: () => import('@/views/forbidden/index.vue'),
        meta: { title: zhCN.forbidden.title, hideInMenu: true },
      },
      {
        path: '/:pathMatch(.*)*',
        name: 'not-found',
        component: () => import('@/views/not-found/index.vue'),
        meta: { title: zhCN.notFound.title, hideInMenu: true },
      },
    ],
  },
];
