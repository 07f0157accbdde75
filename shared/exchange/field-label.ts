// How a merge shows a field both sides changed: its path ("children[id=c1].decision.rationale", as
// shared/exchange/merge.ts names it) in words a chair reads ("Children › Sam Example › decision › rationale"),
// and each side's value as text. Rule source: docs/exchange.md (merging a returned draft).

const SEGMENT = /([^.[\]]+)|\[id=([^\]]+)\]/g;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** "decisionRationale" → "decision rationale". */
function words(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The name a record shows by: its own name, or its details' name (a child), else null. */
function nameOf(record: unknown): string | null {
  if (!isObject(record)) {
    return null;
  }
  for (const candidate of [record.name, isObject(record.details) ? record.details.name : null]) {
    if (typeof candidate === 'string' && candidate.trim() !== '') {
      return candidate.trim();
    }
  }
  return null;
}

/** The path in words, walking `record` to name the records a path picks by id. */
export function fieldLabel(path: string, record: unknown): string {
  if (path === '' || path === '(whole record)') {
    return 'The whole record';
  }
  const parts: string[] = [];
  let at: unknown = record;
  for (const m of path.matchAll(SEGMENT)) {
    if (m[1] !== undefined) {
      if (m[1].trim() !== '') {
        parts.push(words(m[1].trim()));
      }
      at = isObject(at) ? at[m[1]] : undefined;
    } else {
      const id = m[2]!;
      const found: unknown = Array.isArray(at)
        ? (at as unknown[]).find((x) => isObject(x) && x.id === id)
        : undefined;
      parts.push(nameOf(found) ?? 'one entry');
      at = found;
    }
  }
  const label = parts.join(' › ');
  if (label === '') {
    // A path of only dots, brackets or spaces names no field: it stands for the record itself.
    return 'The whole record';
  }
  return label.charAt(0).toUpperCase() + label.slice(1);
}

const MAX_SHOWN = 600;

/** One side's value as text: text as written, yes/no, numbers, "(empty)" for nothing, else a short JSON. */
export function valueText(value: unknown): string {
  if (value === undefined || value === null || value === '') {
    return '(empty)';
  }
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'boolean') {
    return value ? 'Yes' : 'No';
  }
  if (typeof value === 'number') {
    return String(value);
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
    return value.length === 0 ? '(empty)' : value.join(', ');
  }
  const json = JSON.stringify(value);
  return json.length > MAX_SHOWN ? `${json.slice(0, MAX_SHOWN)}…` : json;
}
