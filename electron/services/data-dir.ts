// Where the app keeps its one encrypted vault file and its backups, the same for every shell (Electron, browser, CLI).
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_DIR_NAME = 'ICPC Companion';

/**
 * The data folder: ICPC_DATA_DIR if set, else the platform's per-user application data folder
 * (Linux: $XDG_DATA_HOME or ~/.local/share; macOS: ~/Library/Application Support; Windows: %APPDATA%).
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.ICPC_DATA_DIR && env.ICPC_DATA_DIR.trim() !== '') {
    return env.ICPC_DATA_DIR;
  }
  if (platform === 'win32') {
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  }
  if (platform === 'darwin') {
    return join(home, 'Library', 'Application Support', APP_DIR_NAME);
  }
  return join(env.XDG_DATA_HOME ?? join(home, '.local', 'share'), 'icpc-companion');
}
