// Sound-alike keys and spelling similarity for names. The key is NYSIIS (New York State Identification and
// Intelligence System, Taft 1970), a phonetic code designed for personal names, without the original's 6-letter
// truncation and with Y treated as a vowel after the first letter (Kathryn ~ Katherine; so the final "AY" → "Y"
// rule never applies and is left out). Similarity is
// Jaro-Winkler (Winkler 1990), the measure record-linkage work uses for names. Pure; no library is installed for
// either (checked node_modules). Rules: docs/list.md (spelling variants).

const VOWELS = new Set(['A', 'E', 'I', 'O', 'U', 'Y']);
const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.has(ch);

function prefixRules(name: string): string {
  if (name.startsWith('MAC')) {
    return `MCC${name.slice(3)}`;
  }
  if (name.startsWith('KN')) {
    return `NN${name.slice(2)}`;
  }
  if (name.startsWith('K')) {
    return `C${name.slice(1)}`;
  }
  if (name.startsWith('PH') || name.startsWith('PF')) {
    return `FF${name.slice(2)}`;
  }
  if (name.startsWith('SCH')) {
    return `SSS${name.slice(3)}`;
  }
  return name;
}

function suffixRules(name: string): string {
  if (name.endsWith('EE') || name.endsWith('IE')) {
    return `${name.slice(0, -2)}Y`;
  }
  if (/(DT|RT|RD|NT|ND)$/.test(name)) {
    return `${name.slice(0, -2)}D`;
  }
  return name;
}

/** The NYSIIS key of one name word (letters a-z only; anything else is ignored). '' for no letters. */
export function nysiis(word: string): string {
  const letters = word.toUpperCase().replace(/[^A-Z]/g, '');
  if (letters.length === 0) {
    return '';
  }
  const name = suffixRules(prefixRules(letters)).split('');
  let key = name[0]!;
  for (let i = 1; i < name.length; i += 1) {
    const ch = name[i]!;
    if (ch === 'E' && name[i + 1] === 'V') {
      name[i] = 'A';
      name[i + 1] = 'F';
    } else if (isVowel(ch)) {
      name[i] = 'A';
    } else if (ch === 'Q') {
      name[i] = 'G';
    } else if (ch === 'Z') {
      name[i] = 'S';
    } else if (ch === 'M') {
      name[i] = 'N';
    } else if (ch === 'K') {
      name[i] = name[i + 1] === 'N' ? 'N' : 'C';
    } else if (ch === 'S' && name[i + 1] === 'C' && name[i + 2] === 'H') {
      name[i + 1] = 'S';
      name[i + 2] = 'S';
    } else if (ch === 'P' && name[i + 1] === 'H') {
      name[i] = 'F';
      name[i + 1] = 'F';
    } else if (ch === 'H' && (!isVowel(name[i - 1]) || !isVowel(name[i + 1]))) {
      name[i] = name[i - 1]!;
    } else if (ch === 'W' && isVowel(name[i - 1])) {
      name[i] = name[i - 1]!;
    }
    const current = name[i]!;
    if (current !== key[key.length - 1]) {
      key += current;
    }
  }
  if (key.length > 1 && key.endsWith('S')) {
    key = key.slice(0, -1);
  }
  if (key.length > 1 && key.endsWith('A')) {
    key = key.slice(0, -1);
  }
  return key;
}

// Scratch buffers reused by jaroWinkler so a search over thousands of names allocates nothing per comparison.
const BUFFER = 64;
const MATCHED = new Uint8Array(BUFFER);
const A_MATCHES = new Uint16Array(BUFFER);

/** Jaro-Winkler similarity of two strings, 0 (nothing alike) to 1 (equal); prefix scale 0.1 up to 4 letters. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) {
    return a.length === 0 ? 0 : 1;
  }
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) {
    return 0;
  }
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const matchedB = lb <= BUFFER ? MATCHED.fill(0, 0, lb) : new Uint8Array(lb);
  const aMatches = la <= BUFFER ? A_MATCHES : new Uint16Array(la);
  let m = 0;
  for (let i = 0; i < la; i += 1) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    const ch = a.charCodeAt(i);
    for (let j = from; j <= to; j += 1) {
      if (matchedB[j] === 0 && ch === b.charCodeAt(j)) {
        matchedB[j] = 1;
        aMatches[m] = ch;
        m += 1;
        break;
      }
    }
  }
  if (m === 0) {
    return 0;
  }
  let k = 0;
  let halfTranspositions = 0;
  for (let j = 0; j < lb; j += 1) {
    if (matchedB[j] === 1) {
      if (b.charCodeAt(j) !== aMatches[k]) {
        halfTranspositions += 1;
      }
      k += 1;
    }
  }
  const t = halfTranspositions / 2;
  const jaro = (m / la + m / lb + (m - t) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a[prefix] === b[prefix]) {
    prefix += 1;
  }
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** True when two strings differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) {
    return true;
  }
  if (Math.abs(a.length - b.length) > 1) {
    return false;
  }
  const [s, t] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < s.length && j < t.length) {
    if (s[i] === t[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) {
      return false;
    }
    if (s.length === t.length) {
      i += 1;
    }
    j += 1;
  }
  return edits + (t.length - j) + (s.length - i) <= 1;
}

/**
 * The number of single-letter edits (insert, delete, substitute, or swap two neighbouring letters, also after
 * another edit: Damerau-Levenshtein, Lowrance and Wagner 1975) that turn one string into the other, capped at
 * max + 1. Used to let a name typed with one or two letters wrong still reach a check's weak floor (docs/list.md,
 * "Checks"). Names are short, so the full table is cheap.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) {
    return 0;
  }
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) {
    return max + 1;
  }
  const inf = la + lb;
  const width = lb + 2;
  const d = new Array<number>((la + 2) * width).fill(0);
  const at = (i: number, j: number) => i * width + j;
  d[at(0, 0)] = inf;
  for (let i = 0; i <= la; i += 1) {
    d[at(i + 1, 0)] = inf;
    d[at(i + 1, 1)] = i;
  }
  for (let j = 0; j <= lb; j += 1) {
    d[at(0, j + 1)] = inf;
    d[at(1, j + 1)] = j;
  }
  const lastRow = new Map<string, number>();
  for (let i = 1; i <= la; i += 1) {
    let lastCol = 0;
    for (let j = 1; j <= lb; j += 1) {
      const i1 = lastRow.get(b[j - 1]!) ?? 0;
      const j1 = lastCol;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      if (cost === 0) {
        lastCol = j;
      }
      d[at(i + 1, j + 1)] = Math.min(
        d[at(i, j)]! + cost,
        d[at(i + 1, j)]! + 1,
        d[at(i, j + 1)]! + 1,
        d[at(i1, j1)]! + (i - i1 - 1) + 1 + (j - j1 - 1),
      );
    }
    lastRow.set(a[i - 1]!, i);
  }
  return Math.min(d[at(la + 1, lb + 1)]!, max + 1);
}
