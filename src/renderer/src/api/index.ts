import { inject, type App, type InjectionKey } from 'vue';
import type { ApiError, GymdeckApi, MethodName } from '@shared/contract';
import { createApiClient } from './client';
import { createHttpTransport } from './http-transport';
import { createIpcTransport } from './ipc-transport';
import { screenId } from './screen-id';
import { createScreenToken, type ScreenToken } from './screen-token';

export const API_KEY: InjectionKey<GymdeckApi> = Symbol('gymdeck-api');
export const SCREEN_TOKEN_KEY: InjectionKey<ScreenToken> = Symbol('gymdeck-screen-token');

export interface DefaultApiOptions {
  target?: Window;
  /** The pairing token of this browser (web mode); the Electron window needs none. */
  token?: ScreenToken;
  onFailure?: (method: MethodName, error: ApiError) => void;
}

/** Chooses the transport once, at start: the preload bridge inside Electron, HTTP in a browser. */
export function createDefaultApi(options: DefaultApiOptions = {}): GymdeckApi {
  const target = options.target ?? window;
  const token = options.token ?? createScreenToken();
  return createApiClient(
    target.gymdeck
      ? createIpcTransport(target.gymdeck)
      : createHttpTransport(fetch, '', screenId(), () => token.get()),
    options.onFailure,
  );
}

export function provideApi(app: App, api: GymdeckApi, token?: ScreenToken): void {
  app.provide(API_KEY, api);
  if (token) app.provide(SCREEN_TOKEN_KEY, token);
}

/** The API for components and stores; tests provide a typed fake under the same key. */
export function useApi(): GymdeckApi {
  const api = inject(API_KEY);
  if (!api) throw new Error('The Gymdeck API was not provided to this app.');
  return api;
}

/** This browser's pairing token, where the app runs in a browser (null in the kiosk window and in tests). */
export function useScreenToken(): ScreenToken | null {
  return inject(SCREEN_TOKEN_KEY, null);
}

/** Whether the app runs in the kiosk's own window, with the kiosk's own file dialogs. */
export function inKioskWindow(target: Pick<Window, 'gymdeck'> = window): boolean {
  return target.gymdeck !== undefined;
}
