// `icpc due`: the conference due date from a strategy discussion, and the dates the conference sets, each with the
// rule that produced it. Rules: docs/domain.md §7 (worked example), §9.3 (England defaults).
import { isIsoDate } from '../../../shared/domain/calendar';
import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import { dueDatesFromConference, icpcDueDate } from '../../../shared/domain/due-dates';
import type { DueDate } from '../../../shared/domain/due-dates';
import { formatDateWithWeekday } from '../../../shared/domain/format-en-gb';
import { EXIT } from '../command';
import type { CliCommand } from '../command';

const USAGE = [
  '  --strategy DATE   date of the strategy discussion that started section 47 enquiries (YYYY-MM-DD)',
  '  --icpc DATE       start from the date of the conference instead',
  '  --json            print the dates as JSON',
].join('\n');

export const dueCommand: CliCommand = {
  name: 'due',
  light: true,
  summary: 'Work out the conference, core group, review and minutes due dates (England defaults).',
  usage: USAGE,
  options: { strategy: { type: 'string' }, icpc: { type: 'string' }, json: { type: 'boolean' } },
  run: (args, ctx) => {
    const strategy = args.values.strategy;
    const icpc = args.values.icpc;
    if ((typeof strategy === 'string') === (typeof icpc === 'string')) {
      ctx.err('Give exactly one of --strategy DATE or --icpc DATE.\nRun `icpc due --help`.\n');
      return Promise.resolve(EXIT.USAGE);
    }
    const given = typeof strategy === 'string' ? strategy : String(icpc);
    if (!isIsoDate(given)) {
      ctx.err(`"${given}" is not a date. Write dates as YYYY-MM-DD, for example 2025-12-10.\n`);
      return Promise.resolve(EXIT.USAGE);
    }
    const conference: DueDate =
      typeof strategy === 'string'
        ? icpcDueDate(given, ENGLAND_DEFAULTS)
        : { date: given, rule: 'the conference date given' };
    const d = dueDatesFromConference(conference.date, ENGLAND_DEFAULTS);
    if (args.values.json === true) {
      ctx.out(
        `${JSON.stringify({
          icpc: conference.date,
          firstCoreGroup: d.firstCoreGroup.date,
          firstReview: d.firstReview.date,
          minutes: d.minutes.date,
        })}\n`,
      );
      return Promise.resolve(EXIT.OK);
    }
    const line = (label: string, due: DueDate) =>
      `${label.padEnd(22)}${formatDateWithWeekday(due.date)}\n${' '.repeat(22)}${due.rule}\n`;
    ctx.out(
      [
        line(typeof strategy === 'string' ? 'Conference due by' : 'Conference', conference),
        line('First core group by', d.firstCoreGroup),
        line('First review by', d.firstReview),
        line('Minutes by', d.minutes),
      ].join(''),
    );
    return Promise.resolve(EXIT.OK);
  },
};
