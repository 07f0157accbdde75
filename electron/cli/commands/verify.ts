// `icpc verify`: authenticates every entry of the vault file (documents included) and the audit chain.
import { EXIT, PASSPHRASE_OPTIONS } from '../command';
import type { CliCommand } from '../command';
import { unauditedRecords } from '../../services/signoff/unaudited';

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary:
    'Verify every entry and the audit chain (exit 5 if damaged or older, 1 if an unfinished save was dropped or a signed record has no audit entry).',
  usage: '  --passphrase-stdin | --passphrase-file FILE',
  options: { ...PASSPHRASE_OPTIONS },
  run: async (args, ctx) => {
    const passphrase = await ctx.readPassphrase('Vault passphrase: ', args.values);
    const vault = (await ctx.services()).vault;
    const unlock = await vault.unlock(passphrase);
    unlock.warnings.forEach((w) => ctx.err(`Warning: ${w}\n`));
    try {
      const r = await vault.verify();
      const torn =
        unlock.tornBytes > 0
          ? `\nAn unfinished save of ${unlock.tornBytes} bytes was dropped.`
          : '';
      if (!r.audit.ok) {
        ctx.err(`The audit log chain is broken at entry ${r.audit.brokenAt}.\n`);
        return EXIT.CORRUPT;
      }
      const unaudited = unauditedRecords(vault);
      if (unaudited.length > 0) {
        for (const id of unaudited) {
          ctx.err(`The signed version record ${id} has no audit entry.\n`);
        }
        ctx.err(
          'Each signed version is written with its audit entry; one without it was left by an earlier version of the app when a sign-off was interrupted.\n',
        );
        return EXIT.FAILED;
      }
      ctx.out(
        `Vault verified: ${r.records} records, ${r.documents} documents, ${r.audit.count} audit entries in an unbroken chain.${torn}\n`,
      );
      // An unfinished save is not committed data, but the file is not whole: say so in the exit code too.
      return unlock.tornBytes > 0 ? EXIT.FAILED : EXIT.OK;
    } finally {
      vault.lock('manual');
    }
  },
};
