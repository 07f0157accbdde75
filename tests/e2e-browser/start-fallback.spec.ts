// `npm start` without the Electron binary: one clear paragraph, no stack trace, and the browser shell starts.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT, startShellProcess } from '../support/web-shell-process';

import { expect, screenshot, test } from './fixtures';

/** Processes still running with this data folder (Linux /proc): the launcher's app must not outlive it. */
function processesUsing(dataDir: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, 'utf8');
      if (environ.split('\0').includes(`ICPC_DATA_DIR=${dataDir}`)) {
        found.push(Number(entry));
      }
    } catch {
      // The process ended, or is not ours to read.
    }
  }
  return found;
}

test('without the Electron binary, start explains why and opens the browser shell', async ({
  page,
}) => {
  const shell = await startShellProcess({
    script: [join(ROOT, 'scripts/start.mjs'), '--no-open'],
    env: { ICPC_ELECTRON_BINARY: join(ROOT, 'no-such-electron-binary') },
  });
  try {
    const message = shell.stderr();
    expect(message).toContain('The Electron program is not installed on this computer');
    expect(message).toContain('npm rebuild electron');
    expect(message).toContain('ELECTRON_MIRROR');
    expect(message).toContain('ELECTRON_CUSTOM_DIR');
    expect(message).not.toMatch(/\n\s+at .+:\d+:\d+/);
    await page.goto(shell.launchUrl);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Child protection conferences',
    );
    await screenshot(page, '00-start-fallback');
    expect(processesUsing(shell.dataDir).length).toBe(2);
  } finally {
    await shell.stop();
  }
  // Stopping the launcher stops the app it started.
  await expect.poll(() => processesUsing(shell.dataDir)).toEqual([]);
});

test('with no display, start says so and prints the one-time address (it does not exit)', async ({
  page,
}) => {
  const shell = await startShellProcess({
    script: [join(ROOT, 'scripts/start.mjs')],
    env: {
      ICPC_ELECTRON_BINARY: join(ROOT, 'no-such-electron-binary'),
      DISPLAY: '',
      WAYLAND_DISPLAY: '',
    },
  });
  try {
    await expect.poll(() => shell.stderr()).toContain('No display was found on this computer');
    expect(shell.stderr()).toContain('Open the address above');
    expect(shell.child.exitCode).toBeNull();
    await page.goto(shell.launchUrl);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Child protection conferences',
    );
  } finally {
    await shell.stop();
  }
});

test('when the browser fails to start, the shell says so and prints the address', async ({
  page,
}) => {
  const shell = await startShellProcess({
    script: [join(ROOT, 'out/main/web-shell.js')],
    // A "browser" that exits with an error at once, as Chromium does when it cannot reach a display.
    env: { DISPLAY: ':99', ICPC_BROWSER: '/bin/false' },
  });
  try {
    await expect.poll(() => shell.stderr()).toContain('could not start');
    expect(shell.stderr()).toContain('/bin/false');
    expect(shell.stderr()).toContain('Open the address above');
    expect(shell.child.exitCode).toBeNull();
    await page.goto(shell.launchUrl);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Child protection conferences',
    );
  } finally {
    await shell.stop();
  }
});
