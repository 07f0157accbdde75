// `icpc init`: creates the encrypted vault and prints the recovery key once. Rule source: docs/vault.md.
import { EXIT, PASSPHRASE_OPTIONS } from '../command';
import type { CliCommand } from '../command';

export const initCommand: CliCommand = {
  name: 'init',
  summary: 'Create the encrypted vault in the data folder and print its recovery key once.',
  usage:
    '  --passphrase-stdin         read the new passphrase from standard input\n  --passphrase-file FILE     read it from the first line of FILE',
  options: { ...PASSPHRASE_OPTIONS },
  run: async (args, ctx) => {
    const passphrase = await ctx.readPassphrase('New vault passphrase: ', args.values);
    if (passphrase.length < 12) {
      ctx.err('Use a passphrase of at least 12 characters.\n');
      return EXIT.USAGE;
    }
    const { recoveryKey } = await (await ctx.services()).vault.create(passphrase);
    ctx.out(
      `Vault created.\n\nRecovery key (shown only now; print it or write it down and keep it somewhere safe):\n\n    ${recoveryKey}\n\nIf the passphrase is lost, this key is the only way back into the vault.\n`,
    );
    return EXIT.OK;
  },
};
