// The launch page: how the browser shell hands its one-time secret to the browser without putting it on the
// browser's command line, which other accounts on the computer can read (`ps`). The page is written into a folder
// only this user can open (0700) as a file only this user can read (0600); the command line names only the file.
// Opened, it posts the secret to the server's launch address (a form post, so the secret is never in a URL either);
// the server answers with the session cookie and a page on its own origin that moves on to the app.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const SECRET_PATTERN = /^[\w-]{16,128}$/;

/** The page's HTML: a form that posts `secret` to `action` at once, with a button if scripts are off. */
export function launchPageHtml(action: string, secret: string): string {
  if (!SECRET_PATTERN.test(secret)) {
    throw new Error('The launch secret must be base64url text.');
  }
  if (!/^http:\/\/127\.0\.0\.1:\d+\/launch$/.test(action)) {
    throw new Error('The launch address must be the loopback launch path.');
  }
  return [
    '<!doctype html>',
    '<html lang="en-GB"><head><meta charset="utf-8"><title>Opening ICPC Companion</title></head>',
    '<body>',
    `<form id="launch" method="post" action="${action}">`,
    `<input type="hidden" name="secret" value="${secret}">`,
    '<p>Opening ICPC Companion…</p>',
    '<button type="submit">Open ICPC Companion</button>',
    '</form>',
    '<script>document.getElementById("launch").submit();</script>',
    '</body></html>',
    '',
  ].join('\n');
}

export type LaunchPage = {
  /** The file:// address to give the browser. */
  url: string;
  /** Deletes the page and its folder (idempotent). */
  remove: () => void;
};

/** Writes the launch page into a new private folder. */
export function writeLaunchPage(origin: string, secret: string, parent = tmpdir()): LaunchPage {
  const dir = mkdtempSync(join(parent, 'icpc-launch-'));
  const file = join(dir, 'launch.html');
  // mkdtemp creates the folder 0700; the file is 0600 from the start (flag wx: never an existing file).
  writeFileSync(file, launchPageHtml(`${origin}/launch`, secret), { mode: 0o600, flag: 'wx' });
  return {
    url: pathToFileURL(file).href,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
