// Finds a Chromium-family browser (Chromium, Chrome, Edge) to open the browser shell in app mode.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const LINUX_NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
  'microsoft-edge-stable',
];
const MAC_PATHS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];
const WINDOWS_SUFFIXES = [
  ['Google', 'Chrome', 'Application', 'chrome.exe'],
  ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
  ['Chromium', 'Application', 'chrome.exe'],
];

/** The browser to use: ICPC_BROWSER if it exists, else the first known browser found; null if none. */
export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (path: string) => boolean = existsSync,
): string | null {
  const candidates: string[] = [];
  if (env.ICPC_BROWSER) {
    candidates.push(env.ICPC_BROWSER);
  }
  if (platform === 'darwin') {
    candidates.push(...MAC_PATHS);
  } else if (platform === 'win32') {
    for (const root of [env['ProgramFiles'], env['ProgramFiles(x86)'], env.LOCALAPPDATA]) {
      if (root) {
        candidates.push(...WINDOWS_SUFFIXES.map((parts) => join(root, ...parts)));
      }
    }
  } else {
    for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
      candidates.push(...LINUX_NAMES.map((name) => join(dir, name)));
    }
  }
  return candidates.find((path) => exists(path)) ?? null;
}

/** Arguments that open a URL as a bare app window with a throwaway profile and no background network traffic. */
export function appModeArgs(url: string, profileDir: string): string[] {
  return [
    `--app=${url}`,
    `--user-data-dir=${profileDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disk-cache-size=1',
    // Date inputs follow the browser's language: dd/mm/yyyy, never mm/dd/yyyy.
    '--lang=en-GB',
  ];
}
