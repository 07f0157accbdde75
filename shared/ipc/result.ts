// Result<T> and AppError: every IPC call returns errors as data. Rule source: docs/architecture.md §3.4.

/** Every error code a caller may receive. Messages are plain English and never carry personal data or paths. */
export const ERROR_CODES = [
  'BAD_INPUT',
  'UNAUTHORISED',
  'LOCKED',
  'NO_VAULT',
  'VAULT_EXISTS',
  'WRONG_PASSPHRASE',
  'RATE_LIMITED',
  'CORRUPT',
  /** The vault file is older than the one last saved (rolled back or cut at a commit): the person must choose. */
  'ROLLED_BACK',
  'BUSY',
  'NOT_FOUND',
  'CONFLICT',
  'SIGNED_LOCKED',
  'BLOCKED',
  'IO',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type FieldIssue = { path: string; message: string };

export type AppError = {
  code: ErrorCode;
  /** Plain English, safe to show to a person: never a stack trace, a file path or personal data. */
  message: string;
  issues?: FieldIssue[];
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Wraps a value as a successful Result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a failed Result with a code, a message for a person and optional field issues. */
export function err<T = never>(code: ErrorCode, message: string, issues?: FieldIssue[]): Result<T> {
  return {
    ok: false,
    error: issues && issues.length > 0 ? { code, message, issues } : { code, message },
  };
}

/**
 * The one exception type services throw for expected failures; dispatch() turns it into a Result with the same
 * code and message. Anything else thrown becomes INTERNAL with a generic message.
 */
export class AppFailure extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppFailure';
    this.code = code;
    this.issues = issues;
  }
}

/** True when a thrown value is an AppFailure (also across realms, by shape). */
export function isAppFailure(e: unknown): e is AppFailure {
  return (
    e instanceof AppFailure ||
    (typeof e === 'object' &&
      e !== null &&
      (e as { name?: unknown }).name === 'AppFailure' &&
      typeof (e as { code?: unknown }).code === 'string' &&
      (ERROR_CODES as readonly string[]).includes((e as { code: string }).code))
  );
}
