// `icpc bank-holidays`: the England and Wales bank holidays of a year, as computed by rule (docs/domain.md §7).
import { bankHolidaysEnglandWales } from '../../../shared/domain/bank-holidays';
import { formatDateWithWeekday } from '../../../shared/domain/format-en-gb';
import { EXIT } from '../command';
import type { CliCommand } from '../command';

export const bankHolidaysCommand: CliCommand = {
  name: 'bank-holidays',
  light: true,
  summary: 'List the England and Wales bank holidays of a year.',
  usage: [
    '  --year YYYY   the year (1900 to 2300)',
    '  --json        print a JSON array of dates',
  ].join('\n'),
  options: { year: { type: 'string' }, json: { type: 'boolean' } },
  run: (args, ctx) => {
    const text = args.values.year;
    const year = typeof text === 'string' && /^\d{4}$/.test(text) ? Number(text) : NaN;
    if (!(year >= 1900 && year <= 2300)) {
      ctx.err(
        `${typeof text === 'string' ? `"${text}" is not a year from 1900 to 2300` : 'Give the year with --year YYYY'}.\n`,
      );
      return Promise.resolve(EXIT.USAGE);
    }
    const holidays = bankHolidaysEnglandWales(year);
    if (args.values.json === true) {
      ctx.out(`${JSON.stringify(holidays.map((h) => h.date))}\n`);
    } else {
      ctx.out(
        holidays.map((h) => `${formatDateWithWeekday(h.date).padEnd(30)}${h.name}\n`).join(''),
      );
    }
    return Promise.resolve(EXIT.OK);
  },
};
