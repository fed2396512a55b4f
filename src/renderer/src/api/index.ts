import { inject, type App, type InjectionKey } from 'vue';
import type { GymdeckApi } from '@shared/contract';
import { createApiClient } from './client';
import { createHttpTransport } from './http-transport';
import { createIpcTransport } from './ipc-transport';
import { screenId } from './screen-id';

export const API_KEY: InjectionKey<GymdeckApi> = Symbol('gymdeck-api');

/** Chooses the transport once, at start: the preload bridge inside Electron, HTTP in a browser. */
export function createDefaultApi(target: Window = window): GymdeckApi {
  return createApiClient(
    target.gymdeck ? createIpcTransport(target.gymdeck) : createHttpTransport(fetch, '', screenId()),
  );
}

export function provideApi(app: App, api: GymdeckApi): void {
  app.provide(API_KEY, api);
}

/** The API for components and stores; tests provide a typed fake under the same key. */
export function useApi(): GymdeckApi {
  const api = inject(API_KEY);
  if (!api) throw new Error('The Gymdeck API was not provided to this app.');
  return api;
}
