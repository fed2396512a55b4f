import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Gymdeck';

/**
 * Where the kiosk keeps its data when nothing says otherwise: the same folder Electron calls `userData`,
 * so the kiosk and web mode on one machine share one store.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (env.GYMDECK_DATA_DIR) return env.GYMDECK_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), PRODUCT_NAME);
}
