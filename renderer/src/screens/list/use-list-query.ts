// Runs list.query for a selection (filters, search, sort) and keeps the latest answer; search text waits for a
// pause in typing, and an answer to an older selection never replaces a newer one. Rule source: docs/list.md.
import { useEffect, useRef, useState } from 'react';

import type { ListQueryOutput, ListSelection } from '../../../../shared/ipc/contracts/list';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';

const SEARCH_PAUSE_MS = 250;

export type ListQueryState = {
  result: ListQueryOutput | null;
  error: AppError | null;
  loading: boolean;
  /** Runs the same selection again (after an export, a core group recorded elsewhere, …). */
  reload: () => void;
};

/** The answer of list.query for `selection`; `search` is debounced, everything else runs at once. */
export function useListQuery(selection: ListSelection): ListQueryState {
  const [result, setResult] = useState<ListQueryOutput | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [answered, setAnswered] = useState('');
  const [tick, setTick] = useState(0);
  const [search, setSearch] = useState(selection.search ?? '');
  const latest = useRef(0);

  useEffect(() => {
    const timer = setTimeout(() => setSearch(selection.search ?? ''), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [selection.search]);

  const { categories, overdue, leadSocialWorker, dueWithinWorkingDays, sort, today } = selection;
  const key = JSON.stringify({
    categories,
    overdue,
    leadSocialWorker,
    dueWithinWorkingDays,
    sort,
    today,
    search,
  });

  useEffect(() => {
    const { search: text, ...rest } = JSON.parse(key) as ListSelection;
    const mine = ++latest.current;
    void invoke('list.query', text?.trim() ? { ...rest, search: text.trim() } : rest).then((r) => {
      if (mine !== latest.current) {
        return;
      }
      setAnswered(`${key}#${tick}`);
      if (r.ok) {
        setResult(r.value);
        setError(null);
      } else {
        setError(r.error);
      }
    });
  }, [key, tick]);

  return {
    result,
    error,
    loading: answered !== `${key}#${tick}`,
    reload: () => setTick((t) => t + 1),
  };
}
