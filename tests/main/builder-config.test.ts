// The packaging config sets the fuses of docs/reliability.md §3.5 item 19 and the installer targets of the issue.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import config from '../../electron-builder.config.mjs';

describe('electron-builder config', () => {
  it('sets every fuse of the checklist', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packages into an asar with AppImage, deb, NSIS and dmg targets, and never publishes', () => {
    expect(config).toMatchObject({
      asar: true,
      linux: { target: ['AppImage', 'deb'] },
      win: { target: ['nsis'] },
      mac: { target: ['dmg'] },
      publish: null,
    });
  });

  it('points at an icon that exists', () => {
    expect(existsSync(join(import.meta.dirname, '..', '..', 'resources', 'icon.png'))).toBe(true);
  });
});
