// `icpc status`: the app's version, where its data lives and whether a vault exists there.
import { EXIT } from '../command';
import type { CliCommand } from '../command';

export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'Show the version, the data folder and whether a vault exists there.',
  usage: '  --json   print the status as JSON',
  options: { json: { type: 'boolean' } },
  run: async (args, ctx) => {
    const services = await ctx.services();
    const [{ dispatch }, { createHandlers }] = await Promise.all([
      import('../../../shared/ipc/dispatch'),
      import('../../services/handlers'),
    ]);
    const result = await dispatch('app.status', {}, createHandlers(services), services.logger);
    if (!result.ok) {
      ctx.err(`${result.error.message}\n`);
      return EXIT.FAILED;
    }
    const status = result.value as { appName: string; version: string; vault: string };
    if (args.values.json === true) {
      ctx.out(`${JSON.stringify({ ...status, dataDir: services.dataDir })}\n`);
      return EXIT.OK;
    }
    const vaultText = {
      absent: 'no vault yet (create one with `icpc init`)',
      locked: 'a vault exists (locked)',
      unlocked: 'a vault exists (unlocked)',
    }[status.vault];
    ctx.out(
      `${status.appName} ${status.version}\nData folder: ${services.dataDir}\nVault: ${vaultText ?? status.vault}\n`,
    );
    return EXIT.OK;
  },
};
