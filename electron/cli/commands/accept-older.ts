// `icpc accept-older`: opens a vault file that is older than the one this app last saved, after the typed
// confirmation; the choice is written to the vault's audit log. Rule source: docs/vault.md ("Rolled-back file").
import { ACCEPT_OLDER_PHRASE } from '../../services/vault/phrases';
import { EXIT, PASSPHRASE_OPTIONS } from '../command';
import type { CliCommand } from '../command';

export const acceptOlderCommand: CliCommand = {
  name: 'accept-older',
  summary: 'Use a vault file older than the one last saved (typed confirmation, audited).',
  usage: `  --confirm "${ACCEPT_OLDER_PHRASE}"   the confirmation (asked for at a terminal if left out)\n  --passphrase-stdin | --passphrase-file FILE\n  Restore the newest backup instead (icpc backup restore) unless you are sure the older file is the one to keep.`,
  options: { ...PASSPHRASE_OPTIONS, confirm: { type: 'string' } },
  run: async (args, ctx) => {
    const confirm =
      typeof args.values.confirm === 'string'
        ? args.values.confirm
        : ctx.isTTY()
          ? await ctx.readPassphrase(`Type "${ACCEPT_OLDER_PHRASE}" to confirm: `, {})
          : '';
    const passphrase = await ctx.readPassphrase('Vault passphrase: ', args.values);
    const vault = (await ctx.services()).vault;
    const report = await vault.acceptOlderFile(passphrase, confirm);
    vault.lock('manual');
    report.warnings.forEach((w) => ctx.err(`Warning: ${w}\n`));
    ctx.out('The older vault file is now the vault. Your choice is in the audit log.\n');
    return EXIT.OK;
  },
};
