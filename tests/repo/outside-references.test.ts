// The repository explains itself: no file cites a document outside it (the handbook's domain, reliability and
// house-style files beside the repository, by bare name or by a ../shared path) or an issue number, and every
// "docs/<name>.md §N" citation names a section that exists in that document. Each failure lists file:line.
// docs/decisions/ may quote history, so it is not scanned. Rule source: CONTRIBUTING.md (citing a rule).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SELF = 'tests/repo/outside-references.test.ts';

/** What may not be cited, each with the advice the failure message gives. */
const FORBIDDEN: readonly { pattern: RegExp; advice: string }[] = [
  {
    pattern: /(?<!docs\/)(?<!decisions\/)\b(style|reliability|domain)\.md/g,
    advice: 'cite docs/domain.md, docs/reliability.md or docs/architecture.md by path',
  },
  { pattern: /\b[Ii]ssues? #?[0-9]+/g, advice: 'name the behaviour instead of an issue number' },
  {
    pattern: /\.\.\/shared\/[\w-]+\.md|\/work\/shared\b/g,
    advice: 'the handbook beside the repository is not in it',
  },
];

/** Tracked files, plus new ones git does not ignore, so a file is checked before it is committed. */
function repositoryFiles(): string[] {
  const out = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return [...new Set(out.split('\0'))]
    .filter((path) => path !== '' && path !== SELF && !path.startsWith('docs/decisions/'))
    .filter((path) => existsSync(join(ROOT, path)));
}

function textOf(path: string): string | null {
  const bytes = readFileSync(join(ROOT, path));
  return bytes.includes(0) ? null : bytes.toString('utf8');
}

type Hit = { where: string; text: string };

function linesMatching(files: readonly string[], pattern: RegExp): Hit[] {
  const hits: Hit[] = [];
  for (const path of files) {
    const text = textOf(path);
    if (text === null) {
      continue;
    }
    text.split('\n').forEach((line, i) => {
      pattern.lastIndex = 0;
      if (pattern.test(line)) {
        hits.push({ where: `${path}:${i + 1}`, text: line.trim().slice(0, 160) });
      }
    });
  }
  return hits;
}

/** Section numbers of a document's numbered headings ("## 3. …", "### 3.4 …" → "3", "3.4"). */
function sectionNumbers(markdown: string): Set<string> {
  const numbers = new Set<string>();
  for (const match of markdown.matchAll(/^#{1,6}\s+§?(\d+(?:\.\d+)*)\.?\s/gm)) {
    numbers.add(match[1]!);
  }
  return numbers;
}

/**
 * Each "docs/<name>.md §N" in a text, as the document's base name and the section, with every section of a list
 * ("§3.3, §3.4", "§3.1–§3.4", "§1 and §2").
 */
function sectionCitations(text: string): { doc: string; section: string }[] {
  const cited: { doc: string; section: string }[] = [];
  const citation = /\bdocs\/([\w-]+)\.md((?:\s*(?:,|and|or|to|–|-)?\s*§\d+(?:\.\d+)*)+)/g;
  for (const match of text.matchAll(citation)) {
    for (const section of match[2]!.matchAll(/§(\d+(?:\.\d+)*)/g)) {
      cited.push({ doc: match[1]!, section: section[1]! });
    }
  }
  return cited;
}

describe('references outside the repository', () => {
  const files = repositoryFiles();

  it('scans the whole repository', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('README.md');
  });

  for (const { pattern, advice } of FORBIDDEN) {
    it(`finds no ${pattern.source}`, () => {
      const hits = linesMatching(files, pattern).map((h) => `${h.where}: ${h.text}`);
      expect(hits, `${hits.length} line(s) to fix (${advice}):\n${hits.join('\n')}`).toEqual([]);
    });
  }

  it('cites only sections that exist in the cited document', () => {
    const sections = new Map<string, Set<string>>();
    const sectionsOf = (doc: string): Set<string> => {
      if (!sections.has(doc)) {
        const path = join(ROOT, 'docs', `${doc}.md`);
        sections.set(
          doc,
          existsSync(path) ? sectionNumbers(readFileSync(path, 'utf8')) : new Set(),
        );
      }
      return sections.get(doc)!;
    };
    const missing: string[] = [];
    for (const path of files) {
      const text = textOf(path);
      text?.split('\n').forEach((line, i) => {
        for (const { doc, section } of sectionCitations(line)) {
          if (!sectionsOf(doc).has(section)) {
            missing.push(`${path}:${i + 1}: docs/${doc}.md has no §${section}`);
          }
        }
      });
    }
    expect(missing, `Citations of missing sections:\n${missing.join('\n')}`).toEqual([]);
  });
});

describe('the citation reader', () => {
  it('reads numbered headings', () => {
    const doc = '# Title\n## 1. One\n### 1.2 Two\n### 9.4 Four\n#### 3.4.1 Deep\n## Sources\n';
    expect([...sectionNumbers(doc)]).toEqual(['1', '1.2', '9.4', '3.4.1']);
  });

  it('reads every section of a citation list and ignores what follows', () => {
    expect(
      sectionCitations('Rules: docs/domain.md §3.3, §3.4 and §5.4; docs/reliability.md §3.6 S1.'),
    ).toEqual([
      { doc: 'domain', section: '3.3' },
      { doc: 'domain', section: '3.4' },
      { doc: 'domain', section: '5.4' },
      { doc: 'reliability', section: '3.6' },
    ]);
    expect(sectionCitations('docs/architecture.md §3.1–§3.4.')).toEqual([
      { doc: 'architecture', section: '3.1' },
      { doc: 'architecture', section: '3.4' },
    ]);
    expect(sectionCitations('see docs/vault.md and docs/domain.md')).toEqual([]);
  });

  it('flags the handbook by bare name, by ../shared path and issue numbers, but not docs/ paths', () => {
    const flagged = (line: string) =>
      FORBIDDEN.some(({ pattern }) => {
        pattern.lastIndex = 0;
        return pattern.test(line);
      });
    // Built from parts, so this file does not itself hold what the repository-wide search looks for.
    const md = (name: string) => `${name}.md`;
    const issue = (word: string, n: number) => `${word} ${n}`;
    expect(flagged(`Rules: ${md('domain')} §6`)).toBe(true);
    expect(flagged(`see \`../shared/${md('style')}\` §3`)).toBe(true);
    expect(flagged(`Rule source: ${issue('issue', 5)} §9`)).toBe(true);
    expect(flagged(`// ${issue('Issue', 7)}: the list`)).toBe(true);
    expect(flagged('Rules: docs/domain.md §6; docs/reliability.md §3.3')).toBe(false);
    expect(flagged("import { x } from '../../shared/domain/ids';")).toBe(false);
    expect(flagged('the issues list of the validator')).toBe(false);
  });
});
