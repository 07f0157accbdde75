// `icpc unlock-check`: proves the passphrase opens the vault and the file verifies, then locks again.
import { EXIT, PASSPHRASE_OPTIONS } from '../command';
import type { CliCommand } from '../command';

export const unlockCheckCommand: CliCommand = {
  name: 'unlock-check',
  summary: 'Check that the passphrase opens the vault (exit 3 if not, 5 if the file is damaged).',
  usage: '  --passphrase-stdin | --passphrase-file FILE',
  options: { ...PASSPHRASE_OPTIONS },
  run: async (args, ctx) => {
    const passphrase = await ctx.readPassphrase('Vault passphrase: ', args.values);
    const vault = (await ctx.services()).vault;
    const report = await vault.unlock(passphrase);
    vault.lock('manual');
    report.warnings.forEach((w) => ctx.err(`Warning: ${w}\n`));
    const torn =
      report.tornBytes > 0 ? ` (an unfinished save of ${report.tornBytes} bytes was dropped)` : '';
    ctx.out(
      `The passphrase opens the vault${torn}. Key derivation took ${Math.round(report.kdfMs)} ms.\n`,
    );
    return EXIT.OK;
  },
};
