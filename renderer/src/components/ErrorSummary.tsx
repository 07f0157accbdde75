// A GOV.UK-style error summary: a titled alert listing what went wrong, focused when it appears.
import { useEffect, useRef } from 'react';

import type { AppError } from '../../../shared/ipc/result';

export function ErrorSummary({
  error,
  title = 'There is a problem',
}: {
  error: AppError;
  title?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [error]);
  return (
    <div
      className="error-summary"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">{title}</h2>
      <p>{error.message}</p>
      {error.issues && error.issues.length > 0 ? (
        <ul>
          {error.issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              {issue.path}: {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
