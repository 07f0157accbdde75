// The spell-check worker's request handling, with the dictionary files the renderer bundle imports as text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { createSpellService } from '../../../renderer/src/spell/spell-service';

const dir = resolve(__dirname, '../../../node_modules/dictionary-en-gb');
const service = createSpellService({
  aff: readFileSync(resolve(dir, 'index.aff'), 'utf8'),
  dic: readFileSync(resolve(dir, 'index.dic'), 'utf8'),
});
const TEXT = 'The family were seen; neglegt noted by the LADO and Ms Quennell-Abara';

describe('spell-check service', () => {
  it('marks a misspelt word with its place, and not safeguarding terms', () => {
    const r = service({ kind: 'check', id: 1, text: TEXT, known: [] });
    expect(r).toEqual({
      kind: 'checked',
      id: 1,
      words: [
        { word: 'neglegt', start: 22, end: 29 },
        { word: 'Quennell', start: 55, end: 63 },
        { word: 'Abara', start: 64, end: 69 },
      ],
    });
  });

  it('never marks the known words it is sent, whatever their case, and forgets them when the list changes', () => {
    const known = ['quennell', 'ABARA'];
    const first = service({ kind: 'check', id: 2, text: TEXT, known });
    expect(first.kind === 'checked' && first.words.map((w) => w.word)).toEqual(['neglegt']);
    const again = service({ kind: 'check', id: 3, text: TEXT, known: ['Neglegt'] });
    expect(again.kind === 'checked' && again.words.map((w) => w.word)).toEqual([
      'Quennell',
      'Abara',
    ]);
  });

  it('suggests the en-GB spelling first', () => {
    const r = service({ kind: 'suggest', id: 4, word: 'neglegt' });
    expect(r.kind).toBe('suggested');
    expect(r.kind === 'suggested' && r.suggestions[0]).toBe('neglect');
    expect(r.id).toBe(4);
  });

  it.each([
    ['Recieved', 'Received'],
    ['NEGLEGT', 'NEGLECT'],
    ['Tuesdy', 'Tuesday'],
  ])('keeps the case of %s in its first suggestion', (word, first) => {
    const r = service({ kind: 'suggest', id: 6, word });
    expect(r.kind === 'suggested' && r.suggestions[0]).toBe(first);
  });

  it('no suggestions for a name it has never seen', () => {
    expect(service({ kind: 'suggest', id: 7, word: 'Brackenshaw' })).toEqual({
      kind: 'suggested',
      id: 7,
      suggestions: [],
    });
  });

  it('answers a request it cannot handle with the reason, not by stopping', () => {
    const bad = { kind: 'check', id: 5, text: null, known: [] } as unknown as Parameters<
      typeof service
    >[0];
    const r = service(bad);
    expect(r.kind).toBe('failed');
    expect(r.id).toBe(5);
  });
});
