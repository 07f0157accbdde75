// The export folder dialog over a fake Electron dialog API: parented to the app window when there is one, a folder
// or null on cancel. Rule source: Electron dialog behind a port, tested with a fake.
import type { BrowserWindow, Dialog, OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { describe, expect, it } from 'vitest';

import { nativeDialogs } from '../../electron/main/native-dialogs';

function fakeDialog(answer: OpenDialogReturnValue) {
  const calls: { parent: unknown; options: OpenDialogOptions }[] = [];
  const showOpenDialog = ((a: unknown, b?: OpenDialogOptions) =>
    Promise.resolve(
      (calls.push(
        b ? { parent: a, options: b } : { parent: null, options: a as OpenDialogOptions },
      ),
      answer),
    )) as Dialog['showOpenDialog'];
  return { dialog: { showOpenDialog }, calls };
}

const labels = { title: 'Choose a folder', buttonLabel: 'Save here' };

describe('native folder dialog', () => {
  it('asks for a folder (may create one), attached to the window, and returns the choice', async () => {
    const { dialog, calls } = fakeDialog({ canceled: false, filePaths: ['/home/chair/Exports'] });
    const window = { id: 1 } as unknown as BrowserWindow;
    expect(await nativeDialogs(dialog, () => window).chooseFolder(labels)).toBe(
      '/home/chair/Exports',
    );
    expect(calls[0]?.parent).toBe(window);
    expect(calls[0]?.options).toMatchObject(labels);
    expect(calls[0]?.options.properties).toContain('openDirectory');
    expect(calls[0]?.options.properties).toContain('createDirectory');
  });

  it('returns null when the user cancels, and works without a window', async () => {
    const { dialog, calls } = fakeDialog({ canceled: true, filePaths: [] });
    expect(await nativeDialogs(dialog, () => null).chooseFolder(labels)).toBeNull();
    expect(calls[0]?.parent).toBeNull();
  });
});
