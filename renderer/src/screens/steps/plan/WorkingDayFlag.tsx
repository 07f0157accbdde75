// Under a meeting date: a quiet flag when the date is not a working day, with the working day to use instead as
// one button. Rules: docs/domain.md §7 (working day), §9.3 (working-day engine).
import type { Config } from '../../../../../shared/domain/config';
import type { Path } from '../../../../../shared/domain/edits';
import { formatDate } from '../../../../../shared/domain/format-en-gb';
import { checkWorkingDay } from '../../../../../shared/domain/working-day-check';
import { workingCalendar } from '../../../../../shared/domain/working-days';
import { fieldIdFor } from '../../../components/field-id';
import { useConference } from '../../../state/conference-store';

type Props = {
  date: string | undefined;
  path: Path;
  what: string;
  latest?: string;
  config: Config;
};

export function WorkingDayFlag({ date, path, what, latest, config }: Props) {
  const apply = useConference((s) => s.apply);
  const check =
    date === undefined
      ? undefined
      : checkWorkingDay(date, workingCalendar(config.localClosureDays), what, latest);
  if (!check) {
    return null;
  }
  const fix = check.earlier ?? check.next;
  const choose = () => {
    apply({ type: 'set', path, value: fix });
    document.getElementById(fieldIdFor(path))?.focus();
  };
  return (
    <div className="notice">
      <p>{check.message}</p>
      <button type="button" className="button button--secondary button--small" onClick={choose}>
        Use {formatDate(fix)}
      </button>
    </div>
  );
}
