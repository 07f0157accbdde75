// The CLI's environment over this process: output, standard input, the terminal and passphrase reading. Shared by
// the full CLI (main.ts) and the light front (front.ts). Standard input is opened only when a command reads it or
// asks whether it is a terminal: opening it loads Node's stream code, which `icpc --help` does not need
// (cli.help_ms).
import { promptHidden, readPassphrase } from './passphrase';
import type { CliEnvironment } from './run';

export type Output = { out: (text: string) => void; err: (text: string) => void };

/** Node's own output streams, for commands that may print a lot (the full CLI). */
export const STREAM_OUTPUT: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export function processEnvironment(
  makeServices: CliEnvironment['makeServices'],
  output: Output = STREAM_OUTPUT,
): CliEnvironment {
  const isTTY = (): boolean => process.stdin.isTTY === true;
  return {
    ...output,
    stdin: () => process.stdin,
    isTTY,
    env: process.env,
    readPassphrase: (prompt, values) =>
      readPassphrase(prompt, values, {
        stdin: process.stdin,
        isTTY: isTTY(),
        prompt: (text) => promptHidden(text, process.stdin, process.stderr),
      }),
    makeServices,
  };
}
