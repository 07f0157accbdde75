// `icpc backup list|restore [ID]`: the encrypted backup generations and restore from the newest that verifies.
import { EXIT, PASSPHRASE_OPTIONS } from '../command';
import type { CliCommand } from '../command';

export const backupCommand: CliCommand = {
  name: 'backup',
  summary:
    'List backups, or restore the newest that verifies (or a chosen one): backup list | restore [ID].',
  usage:
    '  list                 list backups, newest first\n  restore [ID]         restore ID, or the newest that verifies\n  --recovery-key       ask for the printed recovery key instead of the passphrase\n  --passphrase-stdin | --passphrase-file FILE   read the secret from standard input or a file',
  options: {
    ...PASSPHRASE_OPTIONS,
    json: { type: 'boolean' },
    'recovery-key': { type: 'boolean' },
  },
  allowPositionals: true,
  run: async (args, ctx) => {
    const [action, id, ...extra] = args.positionals;
    const vault = (await ctx.services()).vault;
    if (action === 'list' && id === undefined) {
      const backups = await vault.listBackups();
      if (args.values.json === true) {
        ctx.out(`${JSON.stringify(backups)}\n`);
      } else if (backups.length === 0) {
        ctx.out('No backups yet. One is kept each time the vault file is compacted.\n');
      } else {
        ctx.out(backups.map((b) => `${b.id}  ${b.createdAt}  ${b.size} bytes`).join('\n') + '\n');
      }
      return EXIT.OK;
    }
    if (action === 'restore' && extra.length === 0) {
      // The recovery key is read like the passphrase (prompt, standard input or a file), never from the arguments.
      const recovery = args.values['recovery-key'] === true;
      const secret = await ctx.readPassphrase(
        recovery ? 'Recovery key: ' : 'Vault passphrase: ',
        args.values,
      );
      const restored = await vault.restoreBackup(recovery ? { recoveryKey: secret } : secret, id);
      ctx.out(
        `Restored ${restored.id} (${restored.createdAt}). The replaced file was kept as a backup.\nIt opens with the current passphrase and the recovery key (if the vault file was missing or unreadable, with the passphrase of the backup's day instead of the current one).\n`,
      );
      return EXIT.OK;
    }
    ctx.err('Usage: icpc backup list | icpc backup restore [ID]\n');
    return EXIT.USAGE;
  },
};
