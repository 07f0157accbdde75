// The conference clock: time since the conference started, HH:MM:SS. role=timer is not announced as it ticks.
// Rule source: issue 5 §3 (a conference clock shows the elapsed time).
import { memo, useEffect, useState } from 'react';

import type { Conference } from '../../../../shared/domain/conference';
import { formatDate } from '../../../../shared/domain/format-en-gb';

const two = (n: number): string => String(n).padStart(2, '0');

/** "01:02:03" for a number of seconds. */
export function formatElapsed(seconds: number): string {
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

type Props = Pick<Conference, 'date' | 'startTime'>;

/** What the clock shows for a conference at a moment in time. */
function clockText(c: Props, now: Date): string {
  if (!c.startTime) {
    return 'Not started';
  }
  const [y, m, d] = c.date.split('-').map(Number);
  const [hh, mm] = c.startTime.split(':').map(Number);
  const start = new Date(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
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
