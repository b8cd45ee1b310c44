import { Collection } from '@element-plus/icons-vue';
import type { Role } from '@valuelens/contracts';
import type { RouteRecordRaw } from 'vue-router';
import { zhCN } from '@/locales/zh-CN';
import type { RouteModule } from '../route-module';

const contentRoles: readonly Role[] = ['hq', 'compliance', 'admin'];
const { menu, content } = zhCN;
const listView = () => import('@/views/content/list/index.vue');

/** A library list and its editor (`:id` is a number or `new`). */
function libraryRoutes(kind: 'script' | 'material', path: string, title: string, editorTitle: string): RouteRecordRaw[] {
  return [
    { path, name: `content-${kind}s`, component: listView, props: { kind }, meta: { title, roles: contentRoles } },
    {
      path: `${path}/:id(\\d+|new)`,
      name: `content-${kind}-editor`,
      component: kind === 'script' ? () => import('@/views/content/scripts/editor.vue') : () => import('@/views/content/materials/editor.vue'),
      props: true,
      meta: { title: editorTitle, roles: contentRoles, hideInMenu: true, menuPath: path },
    },
  ];
}

export const contentModule: RouteModule = {
  section: { key: 'content', title: menu.content, icon: Collection },
  routes: [
    ...libraryRoutes('script', '/content/scripts', menu.scripts, content.scripts.newTitle.replace('新建', '编辑')),
    ...libraryRoutes('material', '/content/materials', menu.materials, content.materials.newTitle.replace('新建', '编辑')),
    {
      path: '/content/activities',
      name: 'content-activities',
      component: () => import('@/views/content/activities/index.vue'),
      meta: { title: menu.activities, roles: contentRoles },
    },
  ],
};
