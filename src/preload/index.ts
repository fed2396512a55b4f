import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES } from '@shared/contract/methods';

/**
 * Exposes exactly the contract: one function per method, each forwarding its single argument. Nothing of
 * ipcRenderer itself reaches the page.
 */
const api = Object.fromEntries(
  METHOD_NAMES.map((method) => [method, (input: unknown) => ipcRenderer.invoke(method, input)]),
);

contextBridge.exposeInMainWorld('gymdeck', Object.freeze(api));
