// The browser shell hands its one-time secret to the browser through a private file, not the browser's command
// line (electron/web-shell/launch-page.ts): a stand-in browser records its arguments, then real Chromium opens
// the file page the shell named and arrives in the app with a session.
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ROOT, startShellProcess } from '../support/web-shell-process';

import { expect, test } from './fixtures';

test('the launch secret is never on the browser command line, and the private page opens the app', async ({
  page,
}) => {
  const work = mkdtempSync(join(tmpdir(), 'icpc-fake-browser-'));
  const argsFile = join(work, 'args.txt');
  const fakeBrowser = join(work, 'browser.sh');
  // Records every argument (one per line), then stays open as a browser window would.
  writeFileSync(fakeBrowser, `#!/bin/sh\nprintf '%s\\n' "$@" > '${argsFile}'\nexec sleep 600\n`);
  chmodSync(fakeBrowser, 0o700);
  const shell = await startShellProcess({
    script: [join(ROOT, 'out/main/web-shell.js')],
    env: { DISPLAY: ':99', ICPC_BROWSER: fakeBrowser },
    firstLine: /^opening /,
  });
  try {
    await expect.poll(() => existsSync(argsFile)).toBe(true);
    await expect.poll(() => readFileSync(argsFile, 'utf8')).toContain('--app=');
    const args = readFileSync(argsFile, 'utf8').trim().split('\n');
    const app = args.find((a) => a.startsWith('--app='))!.slice('--app='.length);
    expect(app).toMatch(/^file:\/\/.+\/launch\.html$/);
    // No argument carries the secret: no launch address, no 43-character base64url token.
    expect(args.join(' ')).not.toContain('secret=');
    expect(args.join(' ')).not.toMatch(/[\w-]{43}/);

    const file = fileURLToPath(app);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);
    expect(readFileSync(file, 'utf8')).toMatch(/name="secret" value="[\w-]{43}"/);

    await page.goto(app);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Child protection conferences',
    );
    expect(new URL(page.url()).hostname).toBe('127.0.0.1');
    // Once used, the page with the secret is deleted.
    await expect.poll(() => existsSync(file)).toBe(false);
  } finally {
    await shell.stop();
    rmSync(work, { recursive: true, force: true });
  }
});
