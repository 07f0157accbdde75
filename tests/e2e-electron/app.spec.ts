// The desktop app itself, through Playwright's Electron driver. Runs wherever the Electron binary is installed;
// elsewhere it is reported as skipped with the reason (the browser-shell suite covers the same UI).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { _electron as electron, expect, test } from '@playwright/test';

const ROOT = join(import.meta.dirname, '..', '..');

function electronBinaryPath(): string | null {
  const pathFile = join(ROOT, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) {
    return null;
  }
  const binary = join(
    ROOT,
    'node_modules',
    'electron',
    'dist',
    readFileSync(pathFile, 'utf8').trim(),
  );
  return existsSync(binary) ? binary : null;
}

const binary = electronBinaryPath();

test.skip(
  binary === null,
  'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD=1 or offline install); the browser-shell suite covers the UI',
);

test('the desktop app opens its first screen over app:// and the IPC round trip works', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'icpc-electron-'));
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [ROOT],
    env: { ...process.env, ICPC_DATA_DIR: dataDir },
  });
  try {
    const window = await app.firstWindow();
    expect(window.url()).toBe('app://bundle/index.html');
    await expect(window.getByRole('heading', { level: 1 })).toHaveText(
      'Child protection conferences',
    );
    await expect(window.getByTestId('shell')).toHaveText('the desktop app');
    const exposed = await window.evaluate(() =>
      Object.keys((window as unknown as { icpc: object }).icpc).sort(),
    );
    expect(exposed).toContain('app.status');
    expect(exposed).not.toContain('invoke');
    const nodeVisible = await window.evaluate(
      () => typeof (globalThis as { require?: unknown }).require,
    );
    expect(nodeVisible).toBe('undefined');
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
