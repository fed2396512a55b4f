import type { CallTransport, MethodName, Result } from '@shared/contract';

/** What the preload exposes on `window.gymdeck` in the Electron shell: one function per contract method. */
export type PreloadBridge = Readonly<Record<MethodName, (input: unknown) => Promise<Result<unknown>>>>;

declare global {
  interface Window {
    gymdeck?: PreloadBridge;
  }
}

/** Calls through the preload bridge (Electron). */
export function createIpcTransport(bridge: PreloadBridge): CallTransport {
  return (method, input) => bridge[method](input);
}
