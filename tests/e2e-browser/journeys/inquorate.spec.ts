// Journey (d), issue 5 §11: an inquorate conference (the police officer sent apologies, so only one agency
// besides children's social care is present). The chair records the reason to go ahead and that an early review
// was considered; Zara is given a child in need plan, so the category, plan and core group steps say there is
// none. Set-up → Start → every step → nothing blocks → ready for sign-off, with screenshots and axe on each.
import { expect, test } from '../fixtures';
import { createVaultByRpc } from '../pages/conference-vault';
import {
  checkScreen,
  daysFromToday,
  journey,
  setUpConference,
  startConference,
} from '../pages/journey';
import { agencyViews, decisions, noPlanSteps } from '../pages/journey-decisions';
import {
  agencyInformation,
  analysis,
  attendance,
  childViews,
  introductions,
  parentsViews,
  purpose,
  reports,
  summaryAndReady,
} from '../pages/journey-steps';

const SW = 'Amir Madeup';
const SCHOOL = 'Lucy Pretend';
const POLICE = 'Joe Notreal';
const ZARA = 'Zara Placeholder';

test.use({ actionTimeout: 20_000 });

test('journey (d): an inquorate conference with the chair’s reason', async ({ app }) => {
  test.setTimeout(300_000);
  const j = journey(app, 'd');
  await createVaultByRpc(app);
  await setUpConference(j, {
    type: 'Initial',
    strategyDiscussion: daysFromToday(-10),
    venue: 'Room 1, Fictional House, Sampletown',
    chair: 'Ada Fictional',
    minuteTaker: 'Ben Sample',
    model: 'Standard',
    children: [{ name: ZARA, born: '2014-05-11' }],
    family: [{ name: 'Dean Placeholder', relationship: 'Father', pr: true }],
    professionals: [
      {
        name: SW,
        role: 'Social worker',
        agencyType: 'childrens-social-care',
        agency: 'Fictionshire Children’s Services',
      },
      { name: SCHOOL, role: 'Head of year', agencyType: 'school', agency: 'Imaginary Academy' },
      {
        name: POLICE,
        role: 'Police constable',
        agencyType: 'police',
        agency: 'Fictionshire Police',
      },
    ],
  });
  await checkScreen(j, 'setup');
  await startConference(j);

  await introductions(j);
  await attendance(
    j,
    [SW, SCHOOL, 'Dean Placeholder'],
    [POLICE],
    'The police report was received and delay would leave Zara without support over the holidays.',
  );
  await purpose(j, {
    reason: 'Zara told a teacher that her father hit her with a belt.',
    s47: 'Section 47 enquiries found one incident; Dean accepted it was wrong and has asked for help.',
    background: 'No previous referrals. Zara lives with her father.',
  });
  await reports(
    j,
    [
      {
        author: `${POLICE}, Fictionshire Police`,
        summary: 'One incident recorded; no further action by the police.',
      },
    ],
    '20/11/2026',
  );
  await agencyInformation(j, {
    [SW]: 'Dean has started a parenting course; Zara says things are better.',
    [SCHOOL]: 'Zara’s attendance and mood have improved this term.',
    [POLICE]: 'Sent apologies; the written report was read out.',
  });
  await parentsViews(
    j,
    'Dean said he regrets what happened and wants support.',
    'Zara’s aunt sees her every weekend.',
  );
  await childViews(j, [
    {
      child: ZARA,
      views: 'Zara said she feels safe now and wants to stay with her dad.',
      how: 'Direct work by the social worker',
      whyNotThere: 'Zara did not want to come; she met her social worker before.',
    },
  ]);
  await analysis(
    j,
    'Dean accepts responsibility and is on a parenting course; Zara has a supportive aunt.',
    'One incident of physical chastisement with a belt.',
  );
  await agencyViews(
    j,
    [SW, SCHOOL, POLICE].map((who) => ({
      child: ZARA,
      who,
      plan: false,
      categories: [],
      why: 'A child in need plan can support Zara and her father.',
    })),
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
