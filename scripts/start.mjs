// `npm start`: launch the desktop app; where the Electron binary is missing, say so plainly and start the browser
// shell instead (never a stack trace).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function electronBinary() {
  // ICPC_ELECTRON_BINARY overrides detection (tests use a missing path to exercise the fallback).
  if (process.env.ICPC_ELECTRON_BINARY !== undefined) {
    return existsSync(process.env.ICPC_ELECTRON_BINARY) ? process.env.ICPC_ELECTRON_BINARY : null;
  }
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) {
    return null;
  }
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

// On Linux with neither DISPLAY nor WAYLAND_DISPLAY (a server, an SSH session) no window can open: say so and run the
// browser shell, which prints its one-time address (it makes the same check; electron/web-shell/display.ts).
function hasDisplay() {
  if (process.platform === 'darwin' || process.platform === 'win32') {
    return true;
  }
  return (process.env.DISPLAY ?? '') !== '' || (process.env.WAYLAND_DISPLAY ?? '') !== '';
}

/**
 * Runs the app as a child and ties their lives together: a SIGINT, SIGTERM or SIGHUP sent to this launcher
 * (Ctrl+C, a closed terminal, a test stopping it) is passed on, so the app never keeps running alone with the
 * vault open; the launcher exits with the app's code.
 */
function runChild(command, args) {
  const child = spawn(command, args, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
      }
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const binary = electronBinary();
const display = hasDisplay();
if (binary && display) {
  runChild(binary, [root]);
} else {
  process.stderr.write(
    binary
      ? [
          '',
          'No display was found on this computer (neither DISPLAY nor WAYLAND_DISPLAY is set), so the desktop',
          'window cannot open. The app runs in the browser shell instead: open the address printed below in',
          'Chromium, Chrome or Edge on this computer (for example over an SSH tunnel to 127.0.0.1).',
          '',
        ].join('\n')
      : [
          '',
          'The Electron program is not installed on this computer, so the desktop window cannot open. This',
          'happens when packages were installed offline or with ELECTRON_SKIP_BINARY_DOWNLOAD=1. To get it,',
          'run `npm rebuild electron` while online; on a network that blocks the download, point',
          'ELECTRON_MIRROR at your organisation’s mirror, or put the Electron zip in a folder and set',
          'ELECTRON_CUSTOM_DIR, then run `npm rebuild electron`. Until then the app runs in the browser',
          'shell: the same app in a Chromium, Chrome or Edge window, served only to this computer.',
          '',
        ].join('\n'),
  );
  runChild(process.execPath, [join(root, 'out', 'main', 'web-shell.js'), ...process.argv.slice(2)]);
}
