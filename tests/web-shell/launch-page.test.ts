// The launch page (electron/web-shell/launch-page.ts): private folder and file, the secret only inside, and
// nothing but a loopback launch address and base64url text ever written into the HTML.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';

import { launchPageHtml, writeLaunchPage } from '../../electron/web-shell/launch-page';

const SECRET = 'A'.repeat(20) + '-_' + 'b'.repeat(21);

describe('launch page', () => {
  const parent = mkdtempSync(join(tmpdir(), 'icpc-launch-test-'));
  afterEach(() => rmSync(parent, { recursive: true, force: true }));

  it('is written 0600 in a 0700 folder, holds the secret, and is removed', () => {
    const page = writeLaunchPage('http://127.0.0.1:4321', SECRET, parent);
    const file = fileURLToPath(page.url);
    expect(page.url).toMatch(/^file:\/\/.+\/launch\.html$/);
    expect(page.url).not.toContain(SECRET);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain(`action="http://127.0.0.1:4321/launch"`);
    expect(html).toContain(`name="secret" value="${SECRET}"`);
    page.remove();
    page.remove();
    expect(existsSync(dirname(file))).toBe(false);
  });

  it.each([
    ['a quote', `${SECRET}"><script>`],
    ['too short', 'abc'],
    ['a space', `${SECRET} x`],
  ])('refuses a secret with %s', (_name, secret) => {
    expect(() => launchPageHtml('http://127.0.0.1:1/launch', secret)).toThrow(/base64url/);
  });

  it.each(['http://evil.example/launch', 'http://127.0.0.1:1/other', 'javascript:alert(1)'])(
    'refuses the action %s',
    (action) => {
      expect(() => launchPageHtml(action, SECRET)).toThrow(/loopback/);
    },
  );

  it('never writes markup from its inputs: any accepted secret appears once, inside the value', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[\w-]{16,64}$/), (secret) => {
        const html = launchPageHtml('http://127.0.0.1:9/launch', secret);
        expect(html.split(secret).length - 1).toBe(1);
        expect(html).toContain(`value="${secret}"`);
      }),
    );
  });
});
