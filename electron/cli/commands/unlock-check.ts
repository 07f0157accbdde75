// `icpc unlock-check`: proves the passphrase opens the vault and the whole file verifies (every document named if
// damaged) and every conference and list record reads (each one that does not is named), then locks again. Rule
// source: docs/vault.md ("Unfinished save or damage", "Verify", "Records that cannot be read").
import { EXIT, PASSPHRASE_OPTIONS } from '../command';
import type { CliCommand } from '../command';

import { reportDamaged, reportUnreadRecords } from './damaged-report';

export const unlockCheckCommand: CliCommand = {
  name: 'unlock-check',
  summary:
    'Check that the passphrase opens the vault, the file verifies and every record reads (exit 3 if not, 5 if damaged).',
  usage: '  --passphrase-stdin | --passphrase-file FILE',
  options: { ...PASSPHRASE_OPTIONS },
  run: async (args, ctx) => {
    const passphrase = await ctx.readPassphrase('Vault passphrase: ', args.values);
    const vault = (await ctx.services()).vault;
    const report = await vault.unlock(passphrase);
    try {
      report.warnings.forEach((w) => ctx.err(`Warning: ${w}\n`));
      const damaged = await vault.checkDocuments();
      if (damaged.length > 0) {
        await reportDamaged(vault, damaged, ctx.err);
        ctx.err('The other records and documents open.\n');
        return EXIT.CORRUPT;
      }
      await vault.verify(); // every entry, superseded ones included: CORRUPT (exit 5) if any is damaged
      if (await reportUnreadRecords(await ctx.services(), ctx.err)) {
        return EXIT.CORRUPT;
      }
    } finally {
      vault.lock('manual');
    }
    const torn =
      report.tornBytes > 0 ? ` (an unfinished save of ${report.tornBytes} bytes was dropped)` : '';
    ctx.out(
      `The passphrase opens the vault and the file verifies${torn}. Key derivation took ${Math.round(report.kdfMs)} ms.\n`,
    );
    return EXIT.OK;
  },
};
