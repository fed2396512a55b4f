import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Db } from '../store/database';
import { seedLibrary } from '../store/seed/seed';
import { createApiRouter, type Dispatch } from './api-router';
import { removeUnusedMediaFiles } from './library-editing';
import { createServices, defaultContext, type Services } from './index';

export const DATABASE_FILE_NAME = 'gymdeck.db';
/** The folder inside the data folder that holds pictures and videos of exercises. */
export const MEDIA_DIR_NAME = 'media';

export interface Backend {
  dataDir: string;
  mediaDir: string;
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
    const mediaDir = join(options.dataDir, MEDIA_DIR_NAME);
    const context = defaultContext(db, mediaDir);
    seedLibrary(db, context.now());
    removeUnusedMediaFiles(db, mediaDir);
    const services = createServices(context);
    const dispatch = createApiRouter(services, {
      ...(options.onInternalError ? { onInternalError: options.onInternalError } : {}),
    });
    return { dataDir: options.dataDir, mediaDir, db, services, dispatch, close: () => db.close() };
  } catch (error) {
    db.close();
    throw error;
  }
}
