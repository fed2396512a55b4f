import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { createDefaultApi, provideApi } from './api';
import { createAppI18n } from './i18n';
import { createAppRouter } from './router';
import './styles/theme.css';

const app = createApp(App);
provideApi(app, createDefaultApi());
app.use(createPinia());
app.use(createAppI18n());
app.use(createAppRouter());
app.mount('#app');
