// The vault side of the document commands: `icpc import FILE` (a conference JSON → the vault, checked before the
// vault is touched), `icpc export --id ID [--version N] --out DIR`, and the `--id` forms of render and sign (sign
// = the same sign-off as the app: vault passphrase, blockers refused, version frozen and audited).
// Rule source: docs/architecture.md §3.4 (passphrase never an argument).
import type { Conference } from '../../../shared/domain/conference';
import type { ConferenceId } from '../../../shared/domain/ids';
import { AppFailure, isAppFailure } from '../../../shared/ipc/result';
import type { Services } from '../../services/create-services';
import type { StoredConference } from '../../services/conferences/stored-conference';
import { EXIT, PASSPHRASE_OPTIONS } from '../command';
import type { CliCommand, CliContext, ParsedArgs } from '../command';

import { onePositional, outputDir, readConference, versionOption } from './document-input';
import { requireLookedAt } from './looked-at';

/** Unlocks the vault with the passphrase per the common options, runs `work`, and locks again. */
export async function withVault<T>(
  args: ParsedArgs,
  ctx: CliContext,
  work: (services: Services, passphrase: string) => Promise<T>,
): Promise<T> {
  const passphrase = await ctx.readPassphrase('Vault passphrase: ', {
    'passphrase-stdin': args.values['passphrase-stdin'] === true,
    'passphrase-file':
      typeof args.values['passphrase-file'] === 'string'
        ? args.values['passphrase-file']
        : undefined,
  });
  const services = await ctx.services();
  const report = await services.vault.unlock(passphrase);
  report.warnings.forEach((w) => ctx.err(`Warning: ${w}\n`)); // never answer from a doubtful file silently
  try {
    return await work(services, passphrase);
  } finally {
    services.vault.lock('manual');
  }
}

/** The --id option as a conference id, or BAD_INPUT. */
export async function idOption(value: unknown): Promise<ConferenceId> {
  const { conferenceId } = await import('../../../shared/domain/ids'); // loaded here only (cli.help_ms)
  const parsed = typeof value === 'string' ? safeId(value, conferenceId) : null;
  if (!parsed) {
    throw new AppFailure(
      'BAD_INPUT',
      'Give the conference id with --id ID (see the app or `icpc import`).',
    );
  }
  return parsed;
}

function safeId(value: string, conferenceId: (s: string) => ConferenceId): ConferenceId | null {
  try {
    return conferenceId(value);
  } catch {
    return null;
  }
}

/** Prints each blocker of a BLOCKED failure before it propagates. */
export function printBlockers(ctx: CliContext, e: unknown): never {
  if (isAppFailure(e) && e.code === 'BLOCKED' && e.issues) {
    ctx.err(`${e.issues.map((i) => `  ${i.message}`).join('\n')}\n`);
  }
  throw e;
}

async function importInto(services: Services, conference: Conference): Promise<void> {
  const { vault, clock } = services;
  if (vault.get('conferences', conference.id) !== undefined) {
    throw new AppFailure(
      'CONFLICT',
      `A conference with the id "${conference.id}" is already in the vault. Nothing was imported.`,
    );
  }
  const stored: StoredConference = {
    revision: 0,
    savedAt: clock.now().toISOString(),
    status: 'draft',
    conference,
  };
  await vault.put('conferences', conference.id, stored);
  await vault.appendAudit({ actor: 'chair', action: 'conference.import', ids: [conference.id] });
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import a conference JSON file (resources/conference.schema.json) into the vault.',
  usage: [
    '  FILE                   conference JSON; checked in full before the vault is opened',
    '  --passphrase-stdin | --passphrase-file FILE',
  ].join('\n'),
  options: { ...PASSPHRASE_OPTIONS },
  allowPositionals: true,
  run: async (args, ctx) => {
    const conference = await readConference(
      onePositional(args.positionals, 'conference JSON file'),
      ctx,
    );
    await withVault(args, ctx, (services) => importInto(services, conference));
    ctx.out(
      `Imported conference ${conference.id} (${conference.children.length} child record(s)) as a draft.\n`,
    );
    return EXIT.OK;
  },
};

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Write the signed documents of a conference version from the vault to a folder.',
  usage: [
    '  --id ID                the conference id in the vault',
    '  --version N            the signed version (default: the latest)',
    '  --out DIR              folder to write to (created if missing; existing files are kept)',
    '  --passphrase-stdin | --passphrase-file FILE',
  ].join('\n'),
  options: {
    id: { type: 'string' },
    version: { type: 'string' },
    out: { type: 'string' },
    ...PASSPHRASE_OPTIONS,
  },
  run: async (args, ctx) => {
    const id = await idOption(args.values.id);
    const out = outputDir(args.values.out);
    const wanted = versionOption(args.values.version, 0);
    const written = await withVault(args, ctx, async (services) => {
      const versions = services.signoff
        .listVersions(id)
        .versions.filter((v) => v.state === 'signed');
      const version = wanted === 0 ? versions[0] : versions.find((v) => v.version === wanted);
      if (!version) {
        throw new AppFailure(
          'NOT_FOUND',
          wanted === 0
            ? 'This conference has no signed version yet.'
            : `This conference has no signed version ${wanted}.`,
        );
      }
      const { exportFiles } = await import('../../services/signoff/export-files');
      const result = await exportFiles(
        services.vault,
        { chooseFolder: () => Promise.resolve(out) },
        version.files.map((f) => f.id),
      );
      return { version: version.version, result, files: version.files };
    });
    if (written.result.kind === 'saved') {
      for (const [i, name] of written.result.fileNames.entries()) {
        ctx.out(`${name}  sha256 ${written.files[i]?.sha256 ?? ''}\n`);
      }
      ctx.out(
        `Wrote ${written.result.fileNames.length} files of version ${written.version} to ${out}\n`,
      );
    }
    return EXIT.OK;
  },
};

/** `icpc sign --id ID [--role R] [--out DIR]`: the app's sign-off from the command line. */
export async function signInVault(args: ParsedArgs, ctx: CliContext): Promise<number> {
  if (args.values.p12 !== undefined || args.positionals.length > 0) {
    throw new AppFailure(
      'BAD_INPUT',
      'With --id the chair certificate kept in the vault signs; give no FILE and no --p12.',
    );
  }
  const id = await idOption(args.values.id);
  const out = args.values.out === undefined ? null : outputDir(args.values.out);
  const role = typeof args.values.role === 'string' ? args.values.role : undefined;
  const done = await withVault(args, ctx, async (services, passphrase) => {
    const lookedAt = requireLookedAt(
      args.values['looked-at'],
      services.signoff.documentStems(id),
      `icpc render --id ${id} --out DIR`,
    );
    const signed = await services.signoff
      .signOff(id, passphrase, role, lookedAt)
      .catch((e: unknown) => printBlockers(ctx, e));
    const version = services.signoff
      .listVersions(id)
      .versions.find((v) => v.version === signed.version);
    const { exportFiles } = await import('../../services/signoff/export-files');
    const saved =
      out && version
        ? await exportFiles(
            services.vault,
            { chooseFolder: () => Promise.resolve(out) },
            version.files.map((f) => f.id),
          )
        : null;
    return { signed, saved };
  });
  ctx.out(
    `Signed version ${done.signed.version}: ${done.signed.fileCount} files kept in the vault.\n` +
      `Content SHA-256 ${done.signed.contentSha256}\nRecord SHA-256  ${done.signed.recordSha256}\n`,
  );
  if (done.saved?.kind === 'saved') {
    ctx.out(`Wrote ${done.saved.fileNames.length} files to ${done.saved.folder}\n`);
  }
  return EXIT.OK;
}
