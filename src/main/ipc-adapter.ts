import type { Dispatch } from '../services/backend';
import { METHOD_NAMES } from '@shared/contract/methods';
import { fail, type Result } from '@shared/contract/result';
import { KIOSK_SCREEN_ID, type Caller } from '@shared/contract/caller';
import { isAppUrl } from './navigation-guard';

/** What the adapter reads of a frame (Electron's WebFrameMain has these). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: SenderFrame | null;
}

export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}

export interface IpcMainPort {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export type IsTrustedSender = (frame: SenderFrame | null) => boolean;

/**
 * Our own window's main frame showing our own page. A frame that is gone (null), a subframe, or the main
 * frame after it somehow reached another page are all refused.
 */
export function isTrustedSenderFrame(
  frame: SenderFrame | null,
  mainFrame: SenderFrame | null,
  appUrl: string,
): boolean {
  return frame != null && frame === mainFrame && frame.parent === null && isAppUrl(frame.url, appUrl);
}

/** The kiosk's one window is the only screen that calls through IPC. */
const KIOSK: Caller = { screenId: KIOSK_SCREEN_ID, connection: 'kiosk' };

export interface ApiHandlers {
  unregister(): void;
}

export interface ApiHandlerOptions {
  onInternalError?: (method: string, error: unknown) => void;
}

/**
 * One `ipcMain.handle` per contract method, nothing else. Each answer is a Result value: an untrusted sender
 * gets `forbidden` before anything runs, and no error is ever thrown back across IPC.
 */
export function registerApiHandlers(
  ipcMain: IpcMainPort,
  dispatch: Dispatch,
  isTrustedSender: IsTrustedSender,
  options: ApiHandlerOptions = {},
): ApiHandlers {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(method, async (event, ...args): Promise<Result<unknown>> => {
      try {
        if (!isTrustedSender(event.senderFrame)) {
          return fail('forbidden', 'Only the Gymdeck screen may call the Gymdeck API.');
        }
        if (args.length > 1) return fail('invalid-input', 'A request carries exactly one argument.');
        return await dispatch(method, args[0], KIOSK);
      } catch (error) {
        options.onInternalError?.(method, error);
        return fail('internal', 'Something went wrong; nothing was changed. Please try again.');
      }
    });
  }
  return {
    unregister: () => {
      for (const method of METHOD_NAMES) ipcMain.removeHandler(method);
    },
  };
}
