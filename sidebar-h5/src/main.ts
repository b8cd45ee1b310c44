// Desktop WeCom and desktop browsers send mouse events; Vant's gestures (pull-to-refresh, swipe) need touch.
import '@vant/touch-emulator';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { createSidebarRouter } from './router';
import { useSessionStore } from './stores/session';
import { isSdkConfigRejection } from './wecom/boot-failure';
import './styles/base.css';

window.addEventListener('unhandledrejection', (event) => {
  if (isSdkConfigRejection(event.reason)) event.preventDefault();
});

const app = createApp(App);
app.use(createPinia());
app.use(createSidebarRouter());
app.mount('#app');

void useSessionStore().start();
