import { describe, expect, it } from 'vitest';

import {
  addressInstructions,
  browserFailure,
  missingDisplay,
} from '../../electron/web-shell/display';

describe('missingDisplay', () => {
  it.each([
    [{}, 'linux', true],
    [{ DISPLAY: '' }, 'linux', true],
    [{ DISPLAY: '', WAYLAND_DISPLAY: '' }, 'freebsd', true],
    [{ DISPLAY: ':0' }, 'linux', false],
    [{ WAYLAND_DISPLAY: 'wayland-0' }, 'linux', false],
    [{}, 'darwin', false],
    [{}, 'win32', false],
  ] as const)('env %j on %s → missing %s', (env, platform, missing) => {
    const reason = missingDisplay(env, platform);
    expect(reason !== null).toBe(missing);
    if (reason !== null) {
      expect(reason).toContain('No display was found');
    }
  });
});

describe('browserFailure', () => {
  it.each([
    [{ code: 0 }, null],
    [{ code: null, signal: null }, null],
    [{ code: 1 }, 'exited with code 1'],
    [{ code: 127 }, 'exited with code 127'],
    [{ code: null, signal: 'SIGSEGV' }, 'signal SIGSEGV'],
    [{ error: new Error('spawn EACCES') }, 'spawn EACCES'],
  ])('%j → %s', (outcome, expected) => {
    const text = browserFailure(outcome, '/usr/bin/chromium');
    if (expected === null) {
      expect(text).toBeNull();
    } else {
      expect(text).toContain(expected);
      expect(text).toContain('/usr/bin/chromium');
    }
  });
});

describe('addressInstructions', () => {
  it('puts the address alone on stdout and the reason before the instructions', () => {
    const url = 'http://127.0.0.1:4000/launch?secret=abc';
    const text = addressInstructions(url, 'No display was found.');
    expect(text.stdout).toBe(`${url}\n`);
    expect(text.stderr.startsWith('No display was found. ICPC Companion is running')).toBe(true);
    expect(addressInstructions(url, null).stderr.startsWith('ICPC Companion')).toBe(true);
  });
});
