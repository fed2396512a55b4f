import { createRouter, createWebHashHistory, type Router } from 'vue-router';
import ExerciseCardView from './views/ExerciseCardView.vue';
import LibraryView from './views/LibraryView.vue';

/**
 * Hash history, because the Electron shell loads the page from a file: a path-based URL would leave the
 * app on reload. The same URLs work in web mode.
 */
export function createAppRouter(): Router {
  return createRouter({
    history: createWebHashHistory(),
    routes: [
      { path: '/', redirect: { name: 'library' } },
      { path: '/library', name: 'library', component: LibraryView },
      { path: '/library/:id', name: 'exercise', component: ExerciseCardView, props: true },
      {
        path: '/trainer/transfer',
        name: 'trainer-transfer',
        component: () => import('./views/trainer/TransferView.vue'),
      },
      { path: '/:unknown(.*)*', redirect: { name: 'library' } },
    ],
  });
}
