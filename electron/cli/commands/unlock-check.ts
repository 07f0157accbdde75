// `icpc unlock-check`: proves the passphrase opens the vault and the whole file verifies (every document named if
// damaged), then locks again. Rule source: docs/vault.md ("Unfinished save or damage", "Verify").
import { EXIT, PASSPHRASE_OPTIONS } from '../command';
import type { CliCommand } from '../command';

import { reportDamaged } from './damaged-report';

export const unlockCheckCommand: CliCommand = {
  name: 'unlock-check',
  summary:
    'Check that the passphrase opens the vault and the file verifies (exit 3 if not, 5 if damaged).',
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
