// Journey (d): an inquorate conference (the police officer sent apologies, so only one agency
// besides children's social care is present). The chair records the reason to go ahead and that an early review
// was considered; Zara is given a child in need plan, so the category, plan and core group steps say there is
// none. Set-up → Start → every step → nothing blocks → ready for sign-off, with screenshots and axe on each.
import { expect, test } from '../fixtures';
import {
  CHAIR_AND_MINUTES,
  daysFromToday,
  journey,
  openConference,
  police,
  pro,
  socialWorker,
} from '../pages/journey';
import { agencyViews, decisions, noPlanSteps, sameView } from '../pages/journey-decisions';
import { analysis, discussionSteps, openingSteps, summaryAndReady } from '../pages/journey-steps';

const SW = 'Amir Madeup';
const SCHOOL = 'Lucy Pretend';
const POLICE = 'Joe Notreal';
const ZARA = 'Zara Placeholder';

test.use({ actionTimeout: 20_000 });

test('journey (d): an inquorate conference with the chair’s reason', async ({ app }) => {
  test.setTimeout(300_000);
  const j = journey(app, 'd');
  await openConference(j, {
    type: 'Initial',
    strategyDiscussion: daysFromToday(-10),
    venue: 'Room 1, Fictional House, Sampletown',
    ...CHAIR_AND_MINUTES,
    model: 'Standard',
    children: [{ name: ZARA, born: '2014-05-11' }],
    family: [{ name: 'Dean Placeholder', relationship: 'Father', pr: true }],
    professionals: [
      socialWorker(SW),
      pro(SCHOOL, 'Head of year', 'school', 'Imaginary Academy'),
      police(POLICE),
    ],
  });
  await openingSteps(j, {
    present: [SW, SCHOOL, 'Dean Placeholder'],
    apologies: [POLICE],
    reason:
      'The police report was received and delay would leave Zara without support over the holidays.',
    purpose: {
      reason: 'Zara told a teacher that her father hit her with a belt.',
      s47: 'Section 47 enquiries found one incident; Dean accepted it was wrong and has asked for help.',
      background: 'No previous referrals. Zara lives with her father.',
    },
    reports: [
      {
        author: `${POLICE}, Fictionshire Police`,
        summary: 'One incident recorded; no further action by the police.',
      },
    ],
    receivedOn: '20/11/2026',
  });
  await discussionSteps(j, {
    said: {
      [SW]: 'Dean has started a parenting course; Zara says things are better.',
      [SCHOOL]: 'Zara’s attendance and mood have improved this term.',
      [POLICE]: 'Sent apologies; the written report was read out.',
    },
    parents: 'Dean said he regrets what happened and wants support.',
    wider: 'Zara’s aunt sees her every weekend.',
    children: [
      {
        child: ZARA,
        views: 'Zara said she feels safe now and wants to stay with her dad.',
        how: 'Direct work by the social worker',
        whyNotThere: 'Zara did not want to come; she met her social worker before.',
      },
    ],
  });
  await analysis(
    j,
    'Dean accepts responsibility and is on a parenting course; Zara has a supportive aunt.',
    'One incident of physical chastisement with a belt.',
  );
  await agencyViews(
    j,
    sameView([SW, SCHOOL, POLICE], {
      child: ZARA,
      plan: false,
      categories: [],
      why: 'A child in need plan can support Zara and her father.',
    }),
  );
  await decisions(j, [
    {
      child: ZARA,
      harm: false,
      outcome: 'Child in need plan',
      why: 'Zara is not likely to suffer significant harm now; a child in need plan supports the family.',
    },
  ]);
  await noPlanSteps(j);
  // Not quorate stays a warning (with the chair's reason recorded), never a blocker.
  await summaryAndReady(
    j,
    'The conference was not quorate; the chair went ahead for the reason recorded. Zara will have a child in need plan.',
  );
  await expect(app.getByRole('link', { name: /^The conference is not quorate/ })).toBeVisible();
});
