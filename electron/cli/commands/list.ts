// `icpc list`: the children subject to a child protection plan, as a table or JSON, with the same filters, search
// and sort as the app; `icpc export-census`: census-style fields of every plan as CSV or XML into a file.
// Rule source: docs/list.md; docs/architecture.md §3.4 (passphrase never an argument).
import { writeFileSync } from 'node:fs';

import { isIsoDate } from '../../../shared/domain/calendar';
import type { Category } from '../../../shared/domain/categories';
import { formatDate, plural } from '../../../shared/domain/format-en-gb';
import { LIST_SORT_KEYS } from '../../../shared/list/sort-keys';
import { AppFailure } from '../../../shared/ipc/result';
import type { ListRow } from '../../../shared/list/schemas';
import type { QueryInput } from '../../services/list/list-service';
import { EXIT, PASSPHRASE_OPTIONS } from '../command';
import type { CliCommand, ParsedArgs } from '../command';

import { withVault } from './vault-documents';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function dateOption(value: unknown, name: string): string | undefined {
  const s = str(value);
  if (s !== undefined && !isIsoDate(s)) {
    throw new AppFailure('BAD_INPUT', `--${name} must be a date written YYYY-MM-DD.`);
  }
  return s;
}

function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  name: string,
): T | undefined {
  const s = str(value);
  if (s !== undefined && !(allowed as readonly string[]).includes(s)) {
    throw new AppFailure('BAD_INPUT', `--${name} must be one of: ${allowed.join(', ')}.`);
  }
  return s as T | undefined;
}

/** The list options → the query the app's list.query channel takes. */
export async function listQuery(values: ParsedArgs['values']): Promise<QueryInput> {
  // Loaded by this command only (cli.help_ms).
  const { CATEGORIES } = await import('../../../shared/domain/categories');
  const cats = values.category;
  const categories = (Array.isArray(cats) ? cats : cats === undefined ? [] : [cats]).map((c) =>
    oneOf(c, CATEGORIES, 'category'),
  ) as Category[];
  const dueText = str(values['due-within']);
  const due = dueText === undefined ? undefined : Number(dueText);
  if (due !== undefined && (!Number.isInteger(due) || due < 0 || due > 260)) {
    throw new AppFailure(
      'BAD_INPUT',
      '--due-within must be a whole number of working days (0 to 260).',
    );
  }
  const [by, direction] = (str(values.sort) ?? '').split(':');
  const sortBy = by ? oneOf(by, LIST_SORT_KEYS, 'sort') : undefined;
  if (direction !== undefined && direction !== 'asc' && direction !== 'desc') {
    throw new AppFailure('BAD_INPUT', '--sort takes KEY or KEY:asc or KEY:desc.');
  }
  return {
    ...(categories.length > 0 ? { categories } : {}),
    ...(values.overdue !== undefined
      ? {
          overdue: oneOf(
            values.overdue,
            ['any', 'review', 'core-group', 'none'] as const,
            'overdue',
          ),
        }
      : {}),
    ...(str(values.worker) !== undefined ? { leadSocialWorker: str(values.worker) } : {}),
    ...(due !== undefined ? { dueWithinWorkingDays: due } : {}),
    ...(str(values.search) !== undefined ? { search: str(values.search) } : {}),
    ...(sortBy ? { sort: { by: sortBy, direction: direction === 'desc' ? 'desc' : 'asc' } } : {}),
    ...(dateOption(values.today, 'today') !== undefined ? { today: str(values.today) } : {}),
  };
}

const ukShort = (iso: string | undefined): string =>
  iso === undefined ? '' : `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The rows as a fixed-width text table. */
export function listTable(rows: readonly ListRow[]): string {
  const header = [
    'Name',
    'Born / due',
    'Plan start',
    'Categories',
    'Lead social worker',
    'Core group',
    'Review',
    'Overdue',
  ];
  const body = rows.map((r) => [
    r.name,
    r.dateOfBirth ? ukShort(r.dateOfBirth) : `due ${ukShort(r.expectedDeliveryDate)}`,
    r.planStart === undefined && r.startsAtBirth ? 'at birth' : ukShort(r.planStart),
    r.categories.join(', '),
    r.leadSocialWorker?.name ?? '',
    ukShort(r.nextCoreGroupDue),
    ukShort(r.nextReviewDue),
    [r.reviewOverdue ? 'review' : '', r.coreGroupOverdue ? 'core group' : '']
      .filter(Boolean)
      .join(', '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return (
    [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n') + '\n'
  );
}

export const listCommand: CliCommand = {
  name: 'list',
  summary: 'List the children subject to a child protection plan (table or --json).',
  usage: [
    '  --category C      neglect, physical, emotional or sexual (repeat for several)',
    '  --overdue W       any, review, core-group or none',
    '  --worker NAME     lead social worker',
    '  --due-within N    core group or review due within N working days (overdue included)',
    '  --search TEXT     name (spelling-tolerant), date of birth, postcode or NHS number',
    `  --sort KEY[:desc] one of ${LIST_SORT_KEYS.join(', ')}`,
    '  --today DATE      work out overdue as of this date (YYYY-MM-DD)',
    '  --json            print JSON (the list.query output)',
    '  --passphrase-stdin | --passphrase-file FILE',
  ].join('\n'),
  options: {
    category: { type: 'string', multiple: true },
    overdue: { type: 'string' },
    worker: { type: 'string' },
    'due-within': { type: 'string' },
    search: { type: 'string' },
    sort: { type: 'string' },
    today: { type: 'string' },
    json: { type: 'boolean' },
    ...PASSPHRASE_OPTIONS,
  },
  run: async (args, ctx) => {
    const query = await listQuery(args.values);
    const { listServiceFor } = await import('../../services/list/for-services');
    const out = await withVault(args, ctx, (services) =>
      Promise.resolve(listServiceFor(services).query(query)),
    );
    if (args.values.json === true) {
      ctx.out(`${JSON.stringify(out, null, 2)}\n`);
      return EXIT.OK;
    }
    if (out.unreadRecords > 0) {
      const { unreadSentence } = await import('../../../shared/list/unread');
      ctx.err(`Warning: ${unreadSentence(out.unreadRecords, 'list')}\n`);
    }
    ctx.out(out.rows.length > 0 ? listTable(out.rows) : 'No child matches.\n');
    ctx.out(
      `${out.total} of ${plural(out.totalActive, 'child', 'children')} subject to a plan; ${plural(out.overdueReviews, 'review')} and ${plural(out.overdueCoreGroups, 'core group')} overdue as of ${formatDate(out.today)}.\n`,
    );
    return EXIT.OK;
  },
};

export const exportCensusCommand: CliCommand = {
  name: 'export-census',
  summary: 'Write census-style plan fields (DateOfInitialCPC ... CPPendDate) as CSV or XML.',
  usage: [
    '  --format csv|xml  file format',
    '  --out FILE        file to write (refused if it exists, unless --force)',
    '  --from DATE       only plans open on or after this date',
    '  --to DATE         only plans open on or before this date',
    '  --force           overwrite FILE',
    '  --passphrase-stdin | --passphrase-file FILE',
  ].join('\n'),
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    force: { type: 'boolean' },
    ...PASSPHRASE_OPTIONS,
  },
  run: async (args, ctx) => {
    const format = oneOf(args.values.format, ['csv', 'xml'] as const, 'format');
    const out = str(args.values.out);
    if (format === undefined || out === undefined || out === '') {
      throw new AppFailure('BAD_INPUT', 'Give --format csv|xml and --out FILE.');
    }
    const from = dateOption(args.values.from, 'from');
    const to = dateOption(args.values.to, 'to');
    const { listServiceFor } = await import('../../services/list/for-services');
    const { censusIssueLine } = await import('../../../shared/list/census-rules');
    const file = await withVault(args, ctx, (services) =>
      Promise.resolve(listServiceFor(services).exportCensus({ format, from, to })),
    );
    for (const issue of file.issues) {
      ctx.err(`${censusIssueLine(issue)}\n`);
    }
    for (const left of file.notStarted) {
      ctx.err(`Not started (child ${left.childId}, plan ${left.planId}): ${left.message}\n`);
    }
    if (file.blocked) {
      throw new AppFailure(
        'BAD_INPUT',
        'The census file was not written: correct the errors above (queries only warn).',
      );
    }
    try {
      writeFileSync(out, file.text, { flag: args.values.force === true ? 'w' : 'wx' });
    } catch (e) {
      const exists = (e as NodeJS.ErrnoException).code === 'EEXIST';
      throw new AppFailure(
        'IO',
        exists ? `${out} already exists; add --force to overwrite it.` : `Cannot write ${out}.`,
      );
    }
    ctx.out(`${file.rows} plans written to ${out} (${format.toUpperCase()}).\n`);
    return EXIT.OK;
  },
};
