// The browser-shell path: a conference with fictional names and texts goes in through the
// shell's HTTP RPC (the same handlers the window uses); then no name or text is in any file under the data folder
// (the lock file while held, backups, vault-state.json) nor in the shell's error log or the services' log.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, expect, it } from 'vitest';

import { createServices } from '../../../electron/services/create-services';
import type { Services } from '../../../electron/services/create-services';
import { createHandlers } from '../../../electron/services/handlers';
import { SESSION_COOKIE, startWebShell } from '../../../electron/web-shell/server';
import type { WebShell } from '../../../electron/web-shell/server';
import { aChild, aFamilyMember } from '../../fixtures/conference';

import { PASS, tempDir, testVault } from './helpers';
import { expectFolderClean, expectNoNeedles, keepingLogger, needlesOf } from './support/plaintext';

let dir: string;
let cleanup: () => Promise<void>;
let rendererDir: string;
let services: Services;
let shell: WebShell;
const logger = keepingLogger();
const shellLog: string[] = [];

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  rendererDir = mkdtempSync(join(tmpdir(), 'icpc-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  services = createServices({
    dataDir: dir,
    shell: 'browser',
    clock: { now: () => new Date('2026-01-05T10:30:00Z') },
    logger,
    vault: (emit) => testVault(dir, { emit, logger, shell: 'browser' }),
  });
  shell = await startWebShell({
    handlers: createHandlers(services),
    log: { error: (scope, error) => shellLog.push(`${scope} ${String(error)}`) },
    rendererDir,
  });
});
afterEach(async () => {
  await shell.close();
  await services.close();
  rmSync(rendererDir, { recursive: true, force: true });
  await cleanup();
});

async function login(): Promise<string> {
  const reply = await fetch(shell.launchUrl, { redirect: 'manual' });
  expect(reply.status).toBe(303);
  return (reply.headers.get('set-cookie') ?? '').split(';')[0]!;
}

async function rpc(cookie: string, channel: string, input: unknown): Promise<unknown> {
  const reply = await fetch(`${shell.origin}/rpc/${channel}`, {
    method: 'POST',
    headers: { cookie, origin: shell.origin, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  return (await reply.json()) as unknown; // a Result: { ok, value } or { ok: false, error }
}

it('keeps a conference entered through the browser shell out of every file and log', async () => {
  const child = aChild();
  const mother = aFamilyMember();
  const NEEDLES = needlesOf({ child, mother }, ['Room 4, Tilly Examplechild Family Centre']);
  expect(NEEDLES).toEqual(expect.arrayContaining(['Mia Example', 'Jade Example']));
  const cookie = await login();
  expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
  expect(await rpc(cookie, 'vault.create', { passphrase: PASS })).toMatchObject({ ok: true });
  const created = (await rpc(cookie, 'conference.create', {
    type: 'initial',
    date: '2026-01-05',
    strategyDiscussionDate: '2025-12-10',
  })) as { ok: true; value: { id: string; revision: number } };
  expect(created).toMatchObject({ ok: true });
  const edits = [
    { type: 'set', path: ['venue'], value: 'Room 4, Tilly Examplechild Family Centre' },
    { type: 'insert', path: ['children'], value: child },
    { type: 'insert', path: ['household'], value: mother },
  ];
  let revision = created.value.revision;
  for (const edit of edits) {
    const r = (await rpc(cookie, 'conference.applyEdit', {
      conferenceId: created.value.id,
      baseRevision: revision,
      edit,
    })) as { ok: boolean; value?: { revision: number }; error?: unknown };
    expect(r, JSON.stringify(r.error)).toMatchObject({ ok: true });
    revision = r.value!.revision;
  }
  const got = (await rpc(cookie, 'conference.get', { conferenceId: created.value.id })) as {
    value: { conference: { children: { details: { name: string } }[] } };
  };
  expect(got.value.conference.children[0]?.details.name).toBe('Mia Example'); // it really went in
  expect(await expectFolderClean(dir, NEEDLES)).toContain('vault.lock'); // searched while held

  const next = 'a second long passphrase';
  expect(await rpc(cookie, 'vault.changePassphrase', { current: PASS, next })).toMatchObject({
    ok: true,
  });
  expect(await rpc(cookie, 'vault.lock', {})).toMatchObject({ ok: true });
  expect(await rpc(cookie, 'vault.unlock', { passphrase: 'not it at all' })).toMatchObject({
    ok: false,
  });
  expect(await rpc(cookie, 'vault.restoreBackup', { passphrase: PASS })).toMatchObject({
    ok: true,
  });
  // The restored file takes the current passphrase (docs/vault.md, "Backups and passphrase changes").
  expect(await rpc(cookie, 'vault.unlock', { passphrase: next })).toMatchObject({ ok: true });
  const files = await expectFolderClean(dir, NEEDLES);
  expect(files).toEqual(expect.arrayContaining(['vault.icpc', 'vault-state.json', 'vault.lock']));
  expect(files.filter((f) => f.startsWith('backups/')).length).toBeGreaterThanOrEqual(2);
  expectNoNeedles('shell error log', Buffer.from(shellLog.join('\n')), NEEDLES);
  expectNoNeedles('services log', Buffer.from(logger.text()), NEEDLES);
}, 60_000);
