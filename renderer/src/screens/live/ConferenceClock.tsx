// The conference clock: time since the conference started, HH:MM:SS. role=timer is not announced as it ticks.
// Rule source: a conference clock shows the elapsed time.
import { memo, useEffect, useState } from 'react';

import type { Conference } from '../../../../shared/domain/conference';
import { formatDate } from '../../../../shared/domain/format-en-gb';

const two = (n: number): string => String(n).padStart(2, '0');

/** "01:02:03" for a number of seconds. */
export function formatElapsed(seconds: number): string {
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

type Props = Pick<Conference, 'date' | 'startTime'> & {
  /** When "Start the conference" was pressed here (ms since the epoch), if it was. */
  startedAt?: number | undefined;
};

/** The moment the clock counts from: the press of Start when it matches the recorded start, else HH:MM:00. */
export function clockStart(c: Props): Date | undefined {
  if (!c.startTime) {
    return undefined;
  }
  const [y, m, d] = c.date.split('-').map(Number);
  const [hh, mm] = c.startTime.split(':').map(Number);
  const start = new Date(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  if (c.startedAt !== undefined) {
    const pressed = new Date(c.startedAt);
    const same =
      pressed.getFullYear() === start.getFullYear() &&
      pressed.getMonth() === start.getMonth() &&
      pressed.getDate() === start.getDate() &&
      `${two(pressed.getHours())}:${two(pressed.getMinutes())}` === c.startTime;
    if (same) {
      return pressed;
    }
  }
  return start;
}

/** What the clock shows for a conference at a moment in time. */
export function clockText(c: Props, now: Date): string {
  const start = clockStart(c);
  if (!start || !c.startTime) {
    return 'Not started';
  }
  const seconds = Math.floor((now.getTime() - start.getTime()) / 1000);
  if (seconds < 0) {
    return `Starts at ${c.startTime}`;
  }
  if (seconds >= 24 * 3600) {
    return `Started ${formatDate(c.date)} at ${c.startTime}`;
  }
  return formatElapsed(seconds);
}

/** Re-renders once a second on its own; typing elsewhere does not re-render it. */
export const ConferenceClock = memo(function ConferenceClock(c: Props) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <p className="clock">
      <span className="clock__label" id="clock-label">
        Conference time
      </span>{' '}
      <span role="timer" aria-labelledby="clock-label" className="clock__time">
        {clockText(c, now)}
      </span>
    </p>
  );
});
