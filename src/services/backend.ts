import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Db } from '../store/database';
import { seedLibrary } from '../store/seed/seed';
import { createApiRouter, type Dispatch } from './api-router';
import { createServices, defaultContext, type Services } from './index';

export const DATABASE_FILE_NAME = 'gymdeck.db';

export interface Backend {
  dataDir: string;
  db: Db;
  services: Services;
  dispatch: Dispatch;
  close(): void;
}

export interface BackendOptions {
  dataDir: string;
  onInternalError?: (method: string, error: unknown) => void;
}

/** Opens the store in `dataDir`, migrates it, adds any missing part of the built-in library, wires the API. */
export function startBackend(options: BackendOptions): Backend {
  mkdirSync(options.dataDir, { recursive: true });
  const db = openStore(join(options.dataDir, DATABASE_FILE_NAME));
  try {
    const context = defaultContext(db);
    seedLibrary(db, context.now());
    const services = createServices(context);
    const dispatch = createApiRouter(services, {
      ...(options.onInternalError ? { onInternalError: options.onInternalError } : {}),
    });
    return { dataDir: options.dataDir, db, services, dispatch, close: () => db.close() };
  } catch (error) {
    db.close();
    throw error;
  }
}
