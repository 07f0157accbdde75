// Fewer moves for a whole sibling-group conference: set-up, every live step and "ready for sign-off", recorded the
// way a new user first tried it and with the time-savers (tests/support/conference-moves), on a 1280×800 window.
// Both ways must store the same record; the time-savers must cut the moves by at least a third. The same count is
// printed by `npm run bench` as ui.moves_sibling_group.
import {
  recordConference,
  sameRecord,
  storedConference,
  totalOf,
} from '../support/conference-moves';

import { expect, test } from './fixtures';
import { createVaultByRpc } from './pages/conference-vault';

test.use({ viewport: { width: 1280, height: 800 }, actionTimeout: 20_000 });

test('a whole sibling-group conference takes at least a third fewer moves with the time-savers', async ({
  app,
}) => {
  test.setTimeout(600_000);
  await createVaultByRpc(app);
  const origin = new URL(app.url()).origin;
  const before = await recordConference(app, origin, 'before');
  const after = await recordConference(app, origin, 'after');
  console.log(`moves before ${JSON.stringify(before.moves)} after ${JSON.stringify(after.moves)}`);
  if (process.env.MOVES_LOG) {
    console.log(
      [...before.log.map((l) => `before ${l}`), ...after.log.map((l) => `after ${l}`)].join('\n'),
    );
  }
  const recorded = await storedConference(app, after.id);
  expect(sameRecord(recorded)).toEqual(sameRecord(await storedConference(app, before.id)));
  // The comparison can fail: one relationship different is a different record.
  const [first, ...rest] = recorded.household;
  const link = first?.childLinks?.[0];
  if (!first || !link) {
    throw new Error('no relationship recorded');
  }
  const changed = {
    ...recorded,
    household: [{ ...first, childLinks: [{ ...link, relationship: 'Aunt' }] }, ...rest],
  };
  expect(sameRecord(changed)).not.toEqual(sameRecord(recorded));
  expect(totalOf(after.moves)).toBeLessThanOrEqual((totalOf(before.moves) * 2) / 3);
});
