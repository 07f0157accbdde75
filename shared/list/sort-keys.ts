// Columns the list can be sorted by, in a module without zod, so `icpc --help` can name them without loading the
// schemas (cli.help_ms). The contract's ListSortKeySchema is built from this list.

/** Columns the list can be sorted by. */
export const LIST_SORT_KEYS = [
  'name',
  'dateOfBirth',
  'planStart',
  'primaryCategory',
  'leadSocialWorker',
  'nextCoreGroupDue',
  'nextReviewDue',
] as const;
