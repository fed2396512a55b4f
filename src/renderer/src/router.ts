import { createRouter, createWebHashHistory, type Router, type RouteRecordRaw } from 'vue-router';
import LibraryView from './views/LibraryView.vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** Shown only while a trainer has unlocked this screen; leaving it locks trainer mode. */
    trainer?: boolean;
  }
}

/** The trainer's screens: each needs trainer mode unlocked on this screen. */
const TRAINER_ROUTES: RouteRecordRaw[] = [
  { path: '/trainer', name: 'trainer', component: () => import('./views/trainer/TrainerHomeView.vue') },
  {
    path: '/trainer/circuits',
    name: 'trainer-circuits',
    component: () => import('./views/trainer/TrainerCircuitsView.vue'),
  },
  {
    path: '/trainer/circuits/new',
    name: 'trainer-circuit-new',
    component: () => import('./views/trainer/CircuitEditorView.vue'),
  },
  {
    path: '/trainer/circuits/:id',
    name: 'trainer-circuit-edit',
    component: () => import('./views/trainer/CircuitEditorView.vue'),
    props: true,
  },
  {
    path: '/trainer/transfer',
    name: 'trainer-transfer',
    component: () => import('./views/trainer/TransferView.vue'),
  },
  {
    path: '/trainer/exercises',
    name: 'trainer-exercises',
    component: () => import('./views/trainer/TrainerExercisesView.vue'),
  },
  {
    path: '/trainer/exercises/new',
    name: 'trainer-exercise-new',
    component: () => import('./views/trainer/TrainerExerciseEditView.vue'),
  },
  {
    path: '/trainer/exercises/:id',
    name: 'trainer-exercise-edit',
    component: () => import('./views/trainer/TrainerExerciseEditView.vue'),
    props: true,
  },
  {
    path: '/trainer/backups',
    name: 'trainer-backups',
    component: () => import('./views/trainer/BackupsView.vue'),
  },
  {
    path: '/trainer/screens',
    name: 'trainer-screens',
    component: () => import('./views/trainer/PairedScreensView.vue'),
  },
  {
    path: '/trainer/security',
    name: 'trainer-security',
    component: () => import('./views/trainer/TrainerSecurityView.vue'),
  },
  { path: '/trainer/pin', name: 'trainer-pin', component: () => import('./views/trainer/ChangePinView.vue') },
  {
    path: '/trainer/members',
    name: 'trainer-members',
    component: () => import('./views/trainer/TrainerMembersView.vue'),
  },
  {
    path: '/trainer/members/new',
    name: 'trainer-member-new',
    component: () => import('./views/trainer/TrainerMemberView.vue'),
  },
  {
    path: '/trainer/members/:id',
    name: 'trainer-member',
    component: () => import('./views/trainer/TrainerMemberView.vue'),
    props: true,
  },
  {
    path: '/trainer/members/:id/progress',
    name: 'trainer-member-progress',
    component: () => import('./views/trainer/TrainerMemberProgressView.vue'),
    props: true,
  },
  {
    path: '/trainer/members/:memberId/plans/new',
    name: 'trainer-plan-new',
    component: () => import('./views/trainer/PlanBuilderView.vue'),
    props: true,
  },
  {
    path: '/trainer/templates',
    name: 'trainer-templates',
    component: () => import('./views/trainer/TrainerTemplatesView.vue'),
  },
  {
    path: '/trainer/templates/new',
    name: 'trainer-template-new',
    component: () => import('./views/trainer/PlanBuilderView.vue'),
  },
  {
    path: '/trainer/plans/:id',
    name: 'trainer-plan',
    component: () => import('./views/trainer/PlanBuilderView.vue'),
    props: true,
  },
].map((route) => ({ ...route, meta: { trainer: true } }) as RouteRecordRaw);

/**
 * Hash history, because the Electron shell loads the page from a file: a path-based URL would leave the
 * app on reload. The same URLs work in web mode. The library comes with the page, since it is what a
 * member opens first; every other screen is its own chunk, fetched (from the same machine) when first
 * shown, so the first screen does not wait for the timers, the card or the trainer's forms.
 */
export function createAppRouter(): Router {
  return createRouter({
    history: createWebHashHistory(),
    routes: [
      { path: '/', name: 'display', component: () => import('./views/DisplayLoopView.vue') },
      {
        path: '/rest',
        name: 'rest',
        component: () => import('./views/RestTimerView.vue'),
        props: (route) => ({
          seconds: typeof route.query.seconds === 'string' ? route.query.seconds : undefined,
          exerciseId: typeof route.query.exercise === 'string' ? route.query.exercise : undefined,
        }),
      },
      { path: '/circuits', name: 'circuits', component: () => import('./views/CircuitsView.vue') },
      {
        path: '/circuits/:id/play',
        name: 'circuit-player',
        component: () => import('./views/CircuitPlayerView.vue'),
        props: true,
      },
      { path: '/library', name: 'library', component: LibraryView },
      {
        path: '/library/:id',
        name: 'exercise',
        component: () => import('./views/ExerciseCardView.vue'),
        props: true,
      },
      {
        path: '/trainer/unlock',
        name: 'trainer-unlock',
        component: () => import('./views/trainer/TrainerUnlockView.vue'),
      },
      {
        path: '/member/sign-in',
        name: 'member-sign-in',
        component: () => import('./views/member/MemberSignInView.vue'),
      },
      { path: '/member', name: 'member-home', component: () => import('./views/member/MemberHomeView.vue') },
      {
        path: '/member/session/:id',
        name: 'member-session',
        component: () => import('./views/member/MemberSessionView.vue'),
        props: true,
      },
      {
        path: '/member/session/:id/summary',
        name: 'member-summary',
        component: () => import('./views/member/MemberSummaryView.vue'),
        props: true,
      },
      {
        path: '/member/progress',
        name: 'member-progress',
        component: () => import('./views/member/MemberProgressView.vue'),
      },
      { path: '/pair', name: 'pair', component: () => import('./views/PairingView.vue') },
      ...TRAINER_ROUTES,
      { path: '/:unknown(.*)*', redirect: { name: 'library' } },
    ],
  });
}
