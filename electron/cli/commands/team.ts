// The team commands: `icpc identity` (who this vault belongs to; create once; export my card), `icpc team`
// (add, confirm, list, revoke colleagues' cards), `icpc send` (a draft or a plan notification as a bundle file or
// into the shared folder), `icpc receive` (bundle files or the shared folder; --dry-run shows what each would
// change) and `icpc merge` (choose yours or theirs for each field both sides changed). Rule source:
// docs/exchange.md.
import { writeFileSync } from 'node:fs';

import { ukDayOf } from '../../../shared/domain/calendar';
import { formatDate, plural } from '../../../shared/domain/format-en-gb';
import { ROLES, ROLE_LABEL, roleNamed } from '../../../shared/exchange/role-names';
import type { BundleKind } from '../../../shared/exchange/roles';
import { unreadableSentence } from '../../../shared/exchange/unreadable';
import { AppFailure, isAppFailure } from '../../../shared/ipc/result';
import type { Services } from '../../services/create-services';
import type { Inspection } from '../../services/exchange/receive';
import { EXIT, PASSPHRASE_OPTIONS } from '../command';
import type { CliCommand, CliContext } from '../command';

import { readInputFile } from './document-input';
import { withVault } from './vault-documents';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): string[] =>
  (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');

/** A colleague by fingerprint or a unique start of it (8 hex digits or more). */
function resolveMember(services: Services, given: string): string {
  const hex = given.replace(/[^0-9a-f]/gi, '').toLowerCase();
  if (hex.length < 8) {
    throw new AppFailure(
      'BAD_INPUT',
      `"${given}" is not a fingerprint: give at least its first 8 hex digits.`,
    );
  }
  const found = services.exchange.team().filter((m) => m.fingerprint.startsWith(hex));
  if (found.length !== 1) {
    throw new AppFailure(
      found.length === 0 ? 'NOT_FOUND' : 'BAD_INPUT',
      found.length === 0
        ? `No card in your team directory starts with ${hex}. See \`icpc team list\`.`
        : `More than one card starts with ${hex}; give more digits.`,
    );
  }
  return found[0]!.fingerprint;
}

export const identityCommand: CliCommand = {
  name: 'identity',
  summary:
    'Who this vault belongs to: show, `create` once (name, role, authority), or `card --out FILE`.',
  usage: [
    '  identity                      show the owner, role and fingerprint (read aloud)',
    `  identity create --name N --role ${ROLES.join('|')} --authority A`,
    '  identity card --out FILE      write your public card for colleagues (no secret in it)',
    '  --passphrase-stdin | --passphrase-file FILE',
  ].join('\n'),
  options: {
    name: { type: 'string' },
    role: { type: 'string' },
    authority: { type: 'string' },
    out: { type: 'string' },
    ...PASSPHRASE_OPTIONS,
  },
  allowPositionals: true,
  run: async (args, ctx) => {
    const [action = 'show'] = args.positionals;
    return withVault(args, ctx, async (services) => {
      if (action === 'create') {
        const role = roleNamed(str(args.values.role));
        if (role === undefined) {
          throw new AppFailure('BAD_INPUT', `Give --role as one of: ${ROLES.join(', ')}.`);
        }
        const info = await services.exchange.createIdentity({
          name: str(args.values.name) ?? '',
          role,
          authority: str(args.values.authority) ?? '',
        });
        ctx.out(
          `This vault belongs to ${info.name}, ${ROLE_LABEL[info.role]}, ${info.authority}.\n`,
        );
        ctx.out(`Your fingerprint, to read aloud to colleagues: ${info.readAloud}\n`);
        return EXIT.OK;
      }
      if (action === 'card') {
        const out = str(args.values.out);
        if (!out) {
          throw new AppFailure('BAD_INPUT', 'Give the card file to write with --out FILE.');
        }
        writeFileSync(out, services.exchange.card(), { flag: 'wx' });
        ctx.out(
          `Your card is in ${out}. Give it to colleagues, then read your fingerprint aloud to them.\n`,
        );
        return EXIT.OK;
      }
      if (action !== 'show') {
        throw new AppFailure(
          'BAD_INPUT',
          `Unknown action "${action}": use create, card or nothing.`,
        );
      }
      const info = services.exchange.identity();
      ctx.out(
        info
          ? `${info.name}, ${ROLE_LABEL[info.role]}, ${info.authority}\nFingerprint (read aloud): ${info.readAloud}\n`
          : 'No one has set up this vault’s identity yet: `icpc identity create --name … --role … --authority …`.\n',
      );
      return EXIT.OK;
    });
  },
};

export const teamCommand: CliCommand = {
  name: 'team',
  summary: 'Colleagues’ cards: `add FILE`, `confirm FP --read-aloud DIGITS`, `list`, `revoke FP`.',
  usage: [
    '  team add CARD-FILE            add a colleague’s card (unconfirmed until you compare fingerprints)',
    '  team confirm FP --read-aloud "12345 67890 …"   the numbers your colleague read out to you',
    '  team list                     every card with its role, state and fingerprint',
    '  team revoke FP                accept nothing more from that card and send nothing to it',
    '  FP: the fingerprint, or its first 8 hex digits or more.',
    '  --passphrase-stdin | --passphrase-file FILE',
  ].join('\n'),
  options: { 'read-aloud': { type: 'string' }, ...PASSPHRASE_OPTIONS },
  allowPositionals: true,
  run: async (args, ctx) => {
    const [action, target] = args.positionals;
    if (
      !action ||
      !['add', 'confirm', 'list', 'revoke'].includes(action) ||
      (action !== 'list' && !target)
    ) {
      throw new AppFailure(
        'BAD_INPUT',
        'Use `icpc team add FILE`, `confirm FP`, `list` or `revoke FP`.',
      );
    }
    const text = action === 'add' ? readInputFile(target!, 'card file').toString('utf8') : '';
    return withVault(args, ctx, async (services) => {
      if (action === 'list') {
        const members = services.exchange.team();
        ctx.out(
          members.length === 0
            ? 'Your team directory is empty.\n'
            : members
                .map(
                  (m) =>
                    `${m.card.name} (${ROLE_LABEL[m.card.role]}, ${m.card.authority}): ${m.status}\n  ${m.fingerprint.slice(0, 16)}…  read aloud: ${m.readAloud}\n`,
                )
                .join(''),
        );
        const unread = services.exchange.teamUnreadable();
        if (unread.length > 0) {
          ctx.err(`Warning: ${unreadableSentence(unread, 'card')}\n`);
        }
        return EXIT.OK;
      }
      if (action === 'add') {
        const m = await services.exchange.addCard(text);
        ctx.out(
          `Added ${m.card.name} (${ROLE_LABEL[m.card.role]}), not yet confirmed.\nAsk them to read their fingerprint aloud and compare: ${m.readAloud}\nThen: icpc team confirm ${m.fingerprint.slice(0, 16)} --read-aloud "the numbers they read"\n`,
        );
        return EXIT.OK;
      }
      const fp = resolveMember(services, target!);
      const m =
        action === 'confirm'
          ? await services.exchange.confirmCard(fp, str(args.values['read-aloud']) ?? '')
          : await services.exchange.revokeCard(fp);
      ctx.out(`${m.card.name}’s card is ${m.status}.\n`);
      return EXIT.OK;
    });
  },
};

export const sendCommand: CliCommand = {
  name: 'send',
  summary:
    'Send a draft (to a colleague) or a signed plan notification (to the Designated Manager) as a bundle.',
  usage: [
    '  --id ID --kind draft|plan | --child ID --kind update | --kind list   --to FP [--to FP …]  (--out FILE | --folder)  [--note TEXT]',
    '  --folder writes into the shared folder set with `icpc receive --set-folder DIR`',
    '  --passphrase-stdin | --passphrase-file FILE',
  ].join('\n'),
  options: {
    id: { type: 'string' },
    kind: { type: 'string' },
    child: { type: 'string' },
    to: { type: 'string', multiple: true },
    out: { type: 'string' },
    folder: { type: 'boolean' },
    note: { type: 'string' },
    ...PASSPHRASE_OPTIONS,
  },
  run: async (args, ctx) => {
    const kinds: Record<string, BundleKind> = {
      draft: 'draft-conference',
      plan: 'plan-notification',
      update: 'plan-update',
      list: 'list-snapshot',
    };
    const kind = kinds[str(args.values.kind) ?? ''];
    // A plan update is about a child (--child); the other kinds are about a conference (--id).
    const id =
      kind === 'list-snapshot'
        ? 'list'
        : str(kind === 'plan-update' ? args.values.child : args.values.id);
    const out = str(args.values.out);
    if (!kind || !id || (!out && args.values.folder !== true)) {
      throw new AppFailure(
        'BAD_INPUT',
        'Give --id ID and --kind draft|plan (or --child ID and --kind update), --to FP and --out FILE or --folder.',
      );
    }
    return withVault(args, ctx, async (services) => {
      const input = {
        kind,
        ...(kind === 'plan-update'
          ? { conferenceId: '', childId: id }
          : { conferenceId: kind === 'list-snapshot' ? '' : id }),
        to: list(args.values.to).map((t) => resolveMember(services, t)),
        ...(str(args.values.note) ? { note: str(args.values.note)! } : {}),
      };
      const sent = out
        ? await services.exchange.send(input)
        : await services.exchange.sendToFolder(input);
      if (out) {
        writeFileSync(out, sent.bytes, { flag: 'wx', mode: 0o600 });
      }
      ctx.out(
        `Bundle ${sent.id} made (${sent.bytes.byteLength} bytes, SHA-256 ${sent.sha256.slice(0, 16)}…)${out ? ` in ${out}` : ' in the shared folder'}.\n`,
      );
      return EXIT.OK;
    });
  },
};

function describe(i: Inspection): string {
  const from = `from ${i.from.name} (${i.from.role})`;
  switch (i.effect.type) {
    case 'new-draft':
      return `a new draft conference ${i.conferenceId} ${from}`;
    case 'update-draft':
      return `an update to draft ${i.conferenceId} ${from}: ${i.effect.takenFromTheirs.length} field(s) taken, ${i.effect.conflicts.length} to choose${i.effect.conflicts.length ? ` (${i.effect.conflicts.map((c) => c.path).join(', ')})` : ''}`;
    case 'notification':
      return `plan notification for conference ${i.conferenceId}, version ${i.effect.version}${i.effect.replaces ? ` (replaces version ${i.effect.replaces})` : ''}, ${i.effect.files} signed file(s), ${from}`;
    case 'list-snapshot':
      return `the Designated Manager's list for pre-checks: ${plural(i.effect.children, 'child', 'children')}, as of ${formatDate(ukDayOf(i.effect.asOf))}, ${from}`;
    case 'plan-update':
      return `plan update for child ${i.childId ?? ''} (conference ${i.conferenceId}): ${i.effect.records} new list record(s)${i.effect.ended ? ', the plan ends' : ''}, ${from}`;
  }
}

async function receiveOne(
  services: Services,
  ctx: CliContext,
  name: string,
  bytes: Uint8Array,
  dryRun: boolean,
): Promise<'ok' | 'refused' | 'unreadable'> {
  try {
    if (dryRun) {
      ctx.out(`${name}: would receive ${describe(services.exchange.inspect(bytes))}\n`);
    } else {
      const r = await services.exchange.receive(bytes);
      ctx.out(
        `${name}: received ${describe(r)}${r.applied === 'conflicts' ? `. Choose with: icpc merge --id ${r.conferenceId}` : ''}\n`,
      );
    }
    return 'ok';
  } catch (e) {
    ctx.err(`${name}: refused. ${e instanceof Error ? e.message : String(e)}\n`);
    // A record in this vault that cannot be read exits 5, as unlock-check does (docs/exchange.md).
    return isAppFailure(e) && e.code === 'CORRUPT' ? 'unreadable' : 'refused';
  }
}

export const receiveCommand: CliCommand = {
  name: 'receive',
  summary:
    'Receive bundle files or the shared folder’s bundles (each checked before anything is written).',
  usage: [
    '  receive FILE [FILE …]        receive these bundles',
    '  receive --folder             receive every new bundle in the shared folder',
    '  receive --set-folder DIR     use DIR as the shared folder (--set-folder "" to stop)',
    '  --dry-run                    say what each would change, change nothing',
    '  Exit code 0 when every bundle was received, 2 when any was refused, 5 when a record in this vault',
    '  that the checks need could not be read.',
    '  --passphrase-stdin | --passphrase-file FILE',
  ].join('\n'),
  options: {
    folder: { type: 'boolean' },
    'set-folder': { type: 'string' },
    'dry-run': { type: 'boolean' },
    ...PASSPHRASE_OPTIONS,
  },
  allowPositionals: true,
  run: async (args, ctx) => {
    const dryRun = args.values['dry-run'] === true;
    const files = args.positionals.map((p) => ({
      name: p,
      bytes: readInputFile(p, 'bundle file'),
    }));
    return withVault(args, ctx, async (services) => {
      const setFolder = str(args.values['set-folder']);
      if (setFolder !== undefined) {
        await services.exchange.setFolder(setFolder === '' ? null : setFolder);
        ctx.out(
          setFolder === ''
            ? 'No shared folder is set now.\n'
            : `The shared folder is ${setFolder}.\n`,
        );
        return EXIT.OK;
      }
      const items = [...files];
      if (args.values.folder === true) {
        // Bundles already received or meant for someone else are left alone; the rest are received.
        for (const entry of await services.exchange.inbox()) {
          if (entry.ok) {
            items.push({ name: entry.fileName, bytes: entry.bytes });
          }
        }
      }
      if (items.length === 0) {
        ctx.out('No new bundles to receive.\n');
        return EXIT.OK;
      }
      const outcomes = new Set<string>();
      for (const item of items) {
        outcomes.add(await receiveOne(services, ctx, item.name, item.bytes, dryRun));
      }
      return outcomes.has('unreadable')
        ? EXIT.CORRUPT
        : outcomes.has('refused')
          ? EXIT.USAGE
          : EXIT.OK;
    });
  },
};

export const mergeCommand: CliCommand = {
  name: 'merge',
  summary: 'Finish a returned draft: choose yours or theirs for each field both sides changed.',
  usage: [
    '  merge --id ID                         list the fields to choose',
    '  merge --id ID --take PATH=mine|theirs [--take …] [--rest mine|theirs]',
    '  --passphrase-stdin | --passphrase-file FILE',
  ].join('\n'),
  options: {
    id: { type: 'string' },
    take: { type: 'string', multiple: true },
    rest: { type: 'string' },
    ...PASSPHRASE_OPTIONS,
  },
  run: async (args, ctx) => {
    const id = str(args.values.id);
    if (!id) {
      throw new AppFailure('BAD_INPUT', 'Give the conference with --id ID.');
    }
    const choices: Record<string, 'mine' | 'theirs'> = {};
    for (const t of list(args.values.take)) {
      const m = /^(.+)=(mine|theirs)$/.exec(t);
      if (!m) {
        throw new AppFailure('BAD_INPUT', `"${t}" is not PATH=mine or PATH=theirs.`);
      }
      choices[m[1]!] = m[2] as 'mine' | 'theirs';
    }
    const rest = str(args.values.rest);
    if (rest !== undefined && rest !== 'mine' && rest !== 'theirs') {
      throw new AppFailure('BAD_INPUT', '--rest is mine or theirs.');
    }
    return withVault(args, ctx, async (services) => {
      const pending = services.exchange.pendingMerge(id);
      if (!pending) {
        throw new AppFailure('NOT_FOUND', 'There is no merge waiting for this conference.');
      }
      if (Object.keys(choices).length === 0 && rest === undefined) {
        ctx.out(`From ${pending.merge.fromName}. Fields to choose:\n`);
        for (const c of pending.conflicts) {
          ctx.out(
            `  ${c.path}\n    yours:  ${JSON.stringify(c.mine)}\n    theirs: ${JSON.stringify(c.theirs)}\n`,
          );
        }
        return EXIT.OK;
      }
      await services.exchange.resolveMerge(id, choices, rest);
      ctx.out('Merged. The conference now holds your choices.\n');
      return EXIT.OK;
    });
  },
};
