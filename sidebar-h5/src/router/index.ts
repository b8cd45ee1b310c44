import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router';
import SidebarLayout from '@/components/layout/SidebarLayout.vue';

const routes: RouteRecordRaw[] = [
  {
    path: '/',
    component: SidebarLayout,
    redirect: '/portrait',
    children: [
      { path: 'portrait', name: 'portrait', component: () => import('@/views/portrait/PortraitView.vue') },
      { path: 'recommend', name: 'recommend', component: () => import('@/views/recommend/RecommendView.vue') },
      { path: 'feed', name: 'feed', component: () => import('@/views/feed/FeedView.vue') },
      { path: 'tasks', name: 'tasks', component: () => import('@/views/tasks/TasksView.vue') },
      // Deep link from an alert notification: the 动态 tab opens that alert (FeedView reads ?alert=).
      { path: 'alerts/:id', redirect: (to) => ({ path: '/feed', query: { alert: String(to.params.id) } }) },
    ],
  },
  { path: '/:pathMatch(.*)*', redirect: '/portrait' },
];

/**
 * Hash history: the JS-SDK signs `location.href` without the fragment, so tab navigation never
 * invalidates the agentConfig signature (WECOM.md §1.2).
 */
export function createSidebarRouter() {
  return createRouter({ history: createWebHashHistory(), routes });
}
