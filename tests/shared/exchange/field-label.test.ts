import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { fieldLabel, valueText } from '../../../shared/exchange/field-label';

const record = {
  venue: 'Room 1',
  professionals: [
    { id: 'p1', name: 'Dana Fictional', agency: 'Health' },
    { id: 'p2', name: '', agency: 'Police' },
  ],
  children: [{ details: { id: 'c1', name: 'Sam Example' } }],
};

describe('fieldLabel', () => {
  it.each([
    ['venue', 'Venue'],
    ['quorum.chairReasonToProceed', 'Quorum › chair reason to proceed'],
    ['professionals[id=p1].agency', 'Professionals › Dana Fictional › agency'],
    ['professionals[id=p2].agency', 'Professionals › one entry › agency'],
    ['professionals[id=zz].agency', 'Professionals › one entry › agency'],
    ['', 'The whole record'],
    ['(whole record)', 'The whole record'],
    ['.', 'The whole record'],
    ['[]', 'The whole record'],
    [' . ', 'The whole record'],
    ['venue. ', 'Venue'],
  ])('%s reads as %s', (path, label) => {
    expect(fieldLabel(path, record)).toBe(label);
  });

  it('never throws and never returns an empty label, whatever the path and record', () => {
    fc.assert(
      fc.property(fc.string(), fc.jsonValue(), (path, value) => {
        expect(fieldLabel(path, value).trim().length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('valueText', () => {
  it.each([
    [undefined, '(empty)'],
    [null, '(empty)'],
    ['', '(empty)'],
    ['Room 9', 'Room 9'],
    [true, 'Yes'],
    [false, 'No'],
    [3, '3'],
    [['neglect', 'emotional-abuse'], 'neglect, emotional-abuse'],
    [{ a: 1 }, '{"a":1}'],
  ])('%j reads as %s', (value, text) => {
    expect(valueText(value)).toBe(text);
  });

  it('keeps long values short', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(valueText(value).length).toBeLessThanOrEqual(601);
      }),
    );
  });
});
