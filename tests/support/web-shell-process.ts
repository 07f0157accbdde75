// Starts the built browser shell (out/main/web-shell.js) as a child process with its own data folder, and reads
// the one-time launch URL it prints first.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export type RunningShell = {
  launchUrl: string;
  origin: string;
  dataDir: string;
  child: ChildProcess;
  stop: () => Promise<void>;
};

/** Reads stdout until a line matches; rejects on exit or after `timeoutMs`. */
export function waitForLine(
  child: ChildProcess,
  pattern: RegExp,
  timeoutMs = 20_000,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(
      () => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer): void => {
      buffered += chunk.toString();
      const line = buffered.split('\n').find((l) => pattern.test(l));
      if (line !== undefined) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(line.trim());
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the process exited (${code}) before printing ${pattern}`));
    });
  });
}

export async function startShellProcess(
  options: {
    script?: string[];
    env?: NodeJS.ProcessEnv;
    dataDir?: string;
    /** The first stdout line to wait for; by default the one-time launch URL. */
    firstLine?: RegExp;
  } = {},
): Promise<RunningShell & { stderr: () => string }> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'icpc-e2e-'));
  const child = spawn(
    process.execPath,
    options.script ?? [join(ROOT, 'out/main/web-shell.js'), '--no-open'],
    {
      cwd: ROOT,
      env: { ...process.env, ...options.env, ICPC_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const launchUrl = await waitForLine(
    child,
    options.firstLine ?? /^http:\/\/127\.0\.0\.1:\d+\/launch\?secret=/,
  );
  return {
    launchUrl,
    origin: URL.canParse(launchUrl) ? new URL(launchUrl).origin : '',
    dataDir,
    child,
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (options.dataDir === undefined) {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
