// A full sibling-group conference without the mouse. Every action is a key press (Tab, Shift+Tab,
// Enter, Space, arrows, Home, letters): set-up, Start the conference, the 14 steps, and Mark as ready for
// sign-off. Locators are only read. Screenshots: test-results/screenshots/journey-kb-*.png; axe on each screen.
import { expect, test } from '../fixtures';
import { createVaultByRpc } from '../pages/conference-vault';
import { CHAIR_AND_MINUTES, daysFromToday, journey, pro, socialWorker } from '../pages/journey';
import { sameView } from '../pages/journey-decisions';
import {
  kbCategories,
  kbCoreGroups,
  kbDecisions,
  kbPlans,
  kbSummaryAndReady,
  kbViews,
} from '../pages/keyboard-decisions';
import { kbAnalysis, kbDiscussion, kbOpening, kbSetUp } from '../pages/keyboard-setup';

const SW = 'Tom Placeholder';
const HV = 'Priya Sampleton';
const SCHOOL = 'Owen Madeup';
const [MIA, NOAH, AVA] = ['Mia Example', 'Noah Example', 'Ava Example'];

test.use({ actionTimeout: 20_000 });

test('keyboard only: a sibling group conference from set-up to ready for sign-off', async ({
  app,
}) => {
  test.setTimeout(600_000);
  const j = journey(app, 'kb');
  await createVaultByRpc(app);
  // Wait for the screen itself, so the first Tab is not pressed into a page still loading (seen on a busy CI).
  await expect(app.getByRole('heading', { level: 1, name: 'Conferences' })).toBeVisible();
  // The skip link is the first stop and moves focus to the main content without leaving the screen.
  await app.keyboard.press('Tab');
  await expect(app.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.locator('main')).toBeFocused();
  await expect(app.getByRole('heading', { level: 1, name: 'Conferences' })).toBeVisible();

  await kbSetUp(j, {
    type: 'Initial',
    strategyDiscussion: daysFromToday(-9),
    venue: 'Room 1',
    ...CHAIR_AND_MINUTES,
    model: 'Signs of Safety',
    children: [
      { name: MIA, born: '2021-03-14' },
      { name: NOAH, born: '2023-06-02' },
      { name: AVA, born: '2016-09-20' },
    ],
    family: [{ name: 'Jade Example', relationship: 'Mother', pr: true }],
    // The social worker last: choosing them as lead by Down arrow passes the others (who stay out of the core
    // group until ticked there).
    professionals: [
      pro(HV, 'Health visitor', 'health-visitor', 'Fictionshire Health'),
      pro(SCHOOL, 'Teacher', 'school', 'Imaginary Primary'),
      socialWorker(SW, 'Fictionshire CSC'),
    ],
  });
  await kbOpening(j, [SW, HV, SCHOOL, 'Jade Example']);
  await kbDiscussion(
    j,
    { author: `${SW}, Fictionshire CSC`, summary: 'The enquiries and the children’s wishes.' },
    [
      [SW, 'Noah had bruises.'],
      [HV, 'Noah’s weight has dropped.'],
      [SCHOOL, 'Ava is settled.'],
    ],
    [
      {
        child: MIA,
        views: 'Mia likes nursery.',
        how: 'Direct work by the social worker',
        whyNot: 'Mia is 5.',
      },
      {
        child: NOAH,
        views: 'Noah pointed to his arm.',
        how: 'A parent or carer',
        whyNot: 'Noah is 3.',
      },
      {
        child: AVA,
        views: 'Ava wants less shouting.',
        how: 'The child wrote something',
        whyNot: 'Ava chose to write.',
      },
    ],
  );
  await kbAnalysis(j, SW);
  const pros = [SW, HV, SCHOOL];
  await kbViews(j, [
    ...sameView(pros, { child: MIA, plan: true, categories: ['Neglect'], why: 'Basic care.' }),
    ...sameView(pros, {
      child: NOAH,
      plan: true,
      // The decided categories, so the views agree and only Ava's plan view is a dissent.
      categories: ['Physical abuse', 'Emotional abuse'],
      why: 'Bruising.',
    }),
    { child: AVA, who: SW, plan: false, categories: [], why: 'Child in need plan.' },
    { child: AVA, who: HV, plan: true, categories: ['Emotional abuse'], why: 'The conflict.' },
    { child: AVA, who: SCHOOL, plan: false, categories: [], why: 'Settled.' },
  ]);
  await kbDecisions(j, [
    { child: MIA, harm: true, outcome: 'Subject to a child protection plan', why: 'Neglect.' },
    { child: NOAH, harm: true, outcome: 'Subject to a child protection plan', why: 'Injuries.' },
    {
      child: AVA,
      harm: false,
      outcome: 'Child in need plan',
      why: 'A child in need plan meets her needs.',
      dissent: { who: HV, text: 'Ava should have a plan.', route: 'Health safeguarding lead.' },
    },
  ]);
  await kbCategories(j, [
    { child: MIA, categories: ['Neglect'] },
    { child: NOAH, categories: ['Emotional abuse', 'Physical abuse'], primary: 'Physical abuse' },
  ]);
  await kbPlans(
    j,
    {
      child: MIA,
      lead: `${SW}, Social worker, Fictionshire CSC`,
      action: { what: 'Weekly home visits', who: SW, byWhen: daysFromToday(14) },
    },
    { child: NOAH, outcome: 'Noah has no unexplained injuries.' },
  );
  await kbCoreGroups(j, [
    { child: MIA, members: [HV, 'Jade Example'] },
    { child: NOAH, members: [HV, 'Jade Example'] },
  ]);
  await kbSummaryAndReady(j, 'Mia and Noah need plans; Ava a child in need plan.');
});
