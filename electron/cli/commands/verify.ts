// `icpc verify`: authenticates every entry of the vault file (documents included) and the audit chain, and
// reports records no audit entry names and signed files without their version record (docs/vault.md, "One
// change, one commit").
import { EXIT, PASSPHRASE_OPTIONS } from '../command';
import type { CliCommand } from '../command';

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary:
    'Verify every entry and the audit chain (exit 5 if damaged or older, 1 if an unfinished save was dropped or a record has no audit entry).',
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
      const [{ unauditedRecords }, { orphanDocuments }] = await Promise.all([
        import('../../services/audit-coverage'),
        import('../../services/signoff/orphans'),
      ]);
      const unaudited = unauditedRecords(vault);
      const orphans = orphanDocuments(vault);
      ctx.out(
        `Vault verified: ${r.records} records, ${r.documents} documents, ${r.audit.count} audit entries in an unbroken chain.${torn}\n`,
      );
      for (const u of unaudited) {
        ctx.err(
          u.kind === 'signed-version'
            ? `The signed version record ${u.id} has no audit entry.\n`
            : `Not audited: ${u.collection} ${u.id}: ${u.why}.\n`,
        );
      }
      for (const id of orphans) {
        ctx.err(`Signed file without its version record: ${id}.\n`);
      }
      if (unaudited.length > 0 || orphans.length > 0) {
        ctx.err(
          `${unaudited.length} record(s) without an audit entry and ${orphans.length} signed file(s) without their version record. The data decrypted and verified, but the audit trail is not complete: keep this file and a backup, and tell whoever looks after the app's records.\n`,
        );
      }
      // An unfinished save is not committed data, but the file is not whole: say so in the exit code too. A record
      // the audit log never names is data the trail cannot account for.
      return unlock.tornBytes > 0 || unaudited.length > 0 || orphans.length > 0
        ? EXIT.FAILED
        : EXIT.OK;
    } finally {
      vault.lock('manual');
    }
  },
};
