// `icpc unlock --force`: removes a vault lock left behind (by a crash, a reused process id, or another computer
// that shares the data folder), after the typed confirmation. Rule source: docs/vault.md ("One writer").
import { join } from 'node:path';

import { AppFailure } from '../../../shared/ipc/result';
import { FORCE_UNLOCK_PHRASE, LOCK_FILE } from '../../services/vault/phrases';
import { EXIT } from '../command';
import type { CliCommand } from '../command';

export const unlockCommand: CliCommand = {
  name: 'unlock',
  summary:
    'Remove a vault lock left behind (--force, typed confirmation); check nothing has the vault open first.',
  usage: `  --force            required: remove vault.lock from the data folder\n  --confirm "${FORCE_UNLOCK_PHRASE}"   the confirmation (asked for at a terminal if left out)`,
  options: { force: { type: 'boolean' }, confirm: { type: 'string' } },
  run: async (args, ctx) => {
    if (args.values.force !== true) {
      throw new AppFailure(
        'BAD_INPUT',
        'The vault unlocks when a command gives the passphrase. To remove a lock left behind, use --force.',
      );
    }
    const confirm =
      typeof args.values.confirm === 'string'
        ? args.values.confirm
        : ctx.isTTY()
          ? await ctx.readPassphrase(`Type "${FORCE_UNLOCK_PHRASE}" to confirm: `, {})
          : '';
    const services = await ctx.services();
    // The vault's code is loaded by the commands that use it only (cli.help_ms).
    const [{ forceUnlock }, { nodeFs }] = await Promise.all([
      import('../../services/vault/lock-file'),
      import('../../services/vault/fs-port'),
    ]);
    const removed = await forceUnlock(nodeFs, join(services.dataDir, LOCK_FILE), confirm);
    ctx.out(
      removed === 'none'
        ? 'There was no vault lock to remove.\n'
        : `The vault lock${removed ? ` of process ${removed.pid}` : ''} was removed.\n`,
    );
    return EXIT.OK;
  },
};
