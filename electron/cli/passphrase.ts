// Reads a passphrase without it ever being a command-line argument: a hidden prompt on a terminal, one line of
// standard input (--passphrase-stdin), or the first line of a file (--passphrase-file).
import { AppFailure } from '../../shared/ipc/result';

import type { PassphraseOptionValues } from './command';

const MAX_PASSPHRASE = 1024;

/** Reads one line (without its line ending) from a stream, refusing more than `max` characters. */
export async function readLine(
  stream: NodeJS.ReadableStream,
  max = MAX_PASSPHRASE * 4,
): Promise<string> {
  let buffered = '';
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    buffered += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    const newline = buffered.search(/\r?\n/);
    if (newline >= 0) {
      return buffered.slice(0, newline);
    }
    if (buffered.length > max) {
      throw new AppFailure('BAD_INPUT', 'The passphrase given on standard input is too long.');
    }
  }
  return buffered;
}

function firstLine(text: string): string {
  const newline = text.search(/\r?\n/);
  return newline >= 0 ? text.slice(0, newline) : text;
}

/** Prompts on the terminal with echo off; Ctrl+C cancels. */
export function promptHidden(
  prompt: string,
  input: NodeJS.ReadStream,
  output: NodeJS.WriteStream,
): Promise<string> {
  return new Promise((resolve, reject) => {
    output.write(prompt);
    let value = '';
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    const finish = (error?: Error): void => {
      input.setRawMode(false);
      input.pause();
      input.removeListener('data', onData);
      output.write('\n');
      if (error) {
        reject(error);
      } else {
        resolve(value);
      }
    };
    const onData = (chunk: string): void => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          finish();
          return;
        }
        if (ch === '\u0003') {
          finish(new AppFailure('BAD_INPUT', 'Cancelled.'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') {
          value = value.slice(0, -1);
        } else if (value.length < MAX_PASSPHRASE) {
          value += ch;
        }
      }
    };
    input.on('data', onData);
  });
}

export type PassphraseSources = {
  stdin: NodeJS.ReadableStream;
  isTTY: boolean;
  prompt: (text: string) => Promise<string>;
};

/** Picks the source the options name; with none, prompts if there is a terminal, else refuses with a clear message. */
export async function readPassphrase(
  promptText: string,
  values: PassphraseOptionValues,
  sources: PassphraseSources,
): Promise<string> {
  let passphrase: string;
  if (values['passphrase-file'] !== undefined) {
    let text: string;
    try {
      // Loaded here, not at start: the light front never reads a file (cli.help_ms).
      const { readFile } = await import('node:fs/promises');
      text = await readFile(values['passphrase-file'], 'utf8');
    } catch {
      throw new AppFailure('BAD_INPUT', 'The passphrase file could not be read.');
    }
    passphrase = firstLine(text);
  } else if (values['passphrase-stdin'] === true) {
    passphrase = await readLine(sources.stdin);
  } else if (sources.isTTY) {
    passphrase = await sources.prompt(promptText);
  } else {
    throw new AppFailure(
      'BAD_INPUT',
      'A passphrase is needed. Type it at the prompt (run in a terminal), or use --passphrase-stdin or --passphrase-file FILE.',
    );
  }
  if (passphrase.length === 0) {
    throw new AppFailure('BAD_INPUT', 'The passphrase was empty.');
  }
  if (passphrase.length > MAX_PASSPHRASE) {
    throw new AppFailure('BAD_INPUT', 'The passphrase is too long (1,024 characters at most).');
  }
  return passphrase;
}
