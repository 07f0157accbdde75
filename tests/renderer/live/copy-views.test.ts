import { describe, expect, it } from 'vitest';

import type { ChildId, PersonId } from '../../../shared/domain/ids';
import type { AgencyView } from '../../../shared/domain/professionals';
import { copyViews } from '../../../renderer/src/screens/steps/decision/copy-views';

const mia = 'child-mia' as ChildId;
const noah = 'child-noah' as ChildId;
const ava = 'child-ava' as ChildId;
const sw = 'pro-sw' as PersonId;
const hv = 'pro-hv' as PersonId;
const view = (professionalId: PersonId, childId: ChildId): AgencyView => ({
  professionalId,
  childId,
  supportsPlan: true,
  categories: ['neglect', 'emotional'],
  reason: 'Basic needs are not met.',
});

describe('copying agency views', () => {
  it('"same as above" gives this professional the view above, for this child', () => {
    const { fromAbove } = copyViews(undefined, view(sw, mia), [mia, noah, ava], hv, mia);
    expect(fromAbove).toEqual({ ...view(sw, mia), professionalId: hv });
  });

  it('"apply to every child" copies this view to each other child, not to this one', () => {
    const { toEveryChild } = copyViews(view(hv, noah), undefined, [mia, noah, ava], hv, noah);
    expect(toEveryChild).toEqual([view(hv, mia), view(hv, ava)]);
  });

  it('offers nothing to copy with no row above, no view yet, or one child', () => {
    expect(copyViews(undefined, undefined, [mia, noah], sw, mia)).toEqual({
      fromAbove: undefined,
      toEveryChild: [],
    });
    expect(copyViews(view(sw, mia), undefined, [mia], sw, mia).toEveryChild).toEqual([]);
  });

  it('never shares the categories list with the view it copies', () => {
    const above = view(sw, mia);
    const { fromAbove } = copyViews(undefined, above, [mia], hv, mia);
    expect(fromAbove?.categories).not.toBe(above.categories);
  });
});
