// `icpc change-passphrase`: rewraps the data key under a new passphrase (recalibrated). Rule source: docs/vault.md.
import { AppFailure } from '../../../shared/ipc/result';
import { EXIT } from '../command';
import type { CliCommand, CliContext } from '../command';

import { reportDamaged } from './damaged-report';

/** Two lines of standard input (one stream read; reading line by line would drop buffered text). */
async function twoLines(ctx: CliContext): Promise<[string, string]> {
  let text = '';
  for await (const chunk of ctx.stdin() as AsyncIterable<Buffer | string>) {
    text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    if (text.length > 8192) {
      throw new AppFailure('BAD_INPUT', 'Standard input is too long.');
    }
  }
  const [first = '', second = ''] = text.split(/\r?\n/);
  if (first === '' || second === '') {
    throw new AppFailure(
      'BAD_INPUT',
      'Give the current secret and the new passphrase on two lines.',
    );
  }
  return [first, second];
}

export const changePassphraseCommand: CliCommand = {
  name: 'change-passphrase',
  summary:
    'Change the vault passphrase (or, with --recovery-key, set a new one using the recovery key).',
  usage:
    '  --stdin           read the current passphrase (or recovery key) and the new one as two lines of standard input\n  --recovery-key    the first secret is the printed recovery key, not the passphrase',
  options: { stdin: { type: 'boolean' }, 'recovery-key': { type: 'boolean' } },
  run: async (args, ctx) => {
    const useRecovery = args.values['recovery-key'] === true;
    const [current, next] =
      args.values.stdin === true
        ? await twoLines(ctx)
        : [
            await ctx.readPassphrase(useRecovery ? 'Recovery key: ' : 'Current passphrase: ', {}),
            await ctx.readPassphrase('New passphrase: ', {}),
          ];
    if (next.length < 12) {
      ctx.err('Use a new passphrase of at least 12 characters.\n');
      return EXIT.USAGE;
    }
    const vault = (await ctx.services()).vault;
    if (useRecovery) {
      await vault.unlockWithRecoveryKey(current, next);
    } else {
      await vault.unlock(current);
      await vault.changePassphrase(current, next);
    }
    try {
      ctx.out('The passphrase was changed. The recovery key stays the same.\n');
      // A damaged document cannot be re-encrypted: it is kept as it was and named (docs/vault.md).
      const damaged = await vault.checkDocuments();
      if (damaged.length > 0) {
        await reportDamaged(vault, damaged, ctx.err);
        ctx.err(
          'The other documents were re-encrypted. The damaged ones were kept as they were (still damaged).\n',
        );
        return EXIT.CORRUPT;
      }
    } finally {
      vault.lock('manual');
    }
    return EXIT.OK;
  },
};
