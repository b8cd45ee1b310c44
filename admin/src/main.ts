import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { http } from '@/api/http';
import { notifyErrors, onSessionLost } from '@/api/interceptors';
import { createAdminRouter } from '@/router';
import { returnToLogin } from '@/router/guard';
import { useSessionStore } from '@/stores/session';
import { showErrorToast } from '@/utils/feedback';
import App from './App.vue';
import './styles/theme.css';
import './styles/base.css';

const app = createApp(App);
const pinia = createPinia();
app.use(pinia);

const session = useSessionStore(pinia);
const router = createAdminRouter(session);

// Order matters: drop the lost session and leave the page first, then tell the user why.
http.useErrorInterceptor(onSessionLost(() => returnToLogin(router, session)));
http.useErrorInterceptor(notifyErrors(showErrorToast));

app.use(router);
app.mount('#app');
