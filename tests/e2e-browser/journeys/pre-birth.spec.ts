// Journey (c): a pre-birth initial conference for an unborn baby (recorded as "Unborn baby of ..."
// with the expected delivery date and the post-birth review rule), made subject to a plan from birth (neglect).
// Set-up → Start → every step → nothing blocks → ready for sign-off, with screenshots and axe on each screen.
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
import {
  agencyViews,
  categories,
  coreGroups,
  decisions,
  outlinePlans,
  sameView,
} from '../pages/journey-decisions';
import { analysis, discussionSteps, openingSteps, summaryAndReady } from '../pages/journey-steps';

const SW = 'Nia Madeup';
const MIDWIFE = 'Ruth Pretend';
const GP = 'Omar Sample';
const POLICE = 'Kai Notreal';
const BABY = 'Unborn baby of Chloe Example';

test.use({ actionTimeout: 20_000 });

test('journey (c): a pre-birth conference for an unborn baby', async ({ app }) => {
  test.setTimeout(300_000);
  const j = journey(app, 'c');
  await openConference(
    j,
    {
      type: 'Pre-birth initial',
      strategyDiscussion: daysFromToday(-7),
      venue: 'Room 3, Fictional House, Sampletown',
      ...CHAIR_AND_MINUTES,
      model: 'Standard',
      children: [{ mother: 'Chloe Example', expected: daysFromToday(84) }],
      family: [
        { name: 'Chloe Example', relationship: 'Mother', pr: true },
        { name: 'Marcus Example', relationship: 'Father', pr: false },
      ],
      professionals: [
        socialWorker(SW),
        pro(MIDWIFE, 'Community midwife', 'midwifery', 'Fictionshire Maternity'),
        pro(GP, 'GP', 'gp', 'Imaginary Road Surgery'),
        police(POLICE),
      ],
    },
    // The unborn baby: named from the mother, with the expected date and the rule for the review after birth.
    async () => {
      await expect(app.getByText(new RegExp(`^${BABY}, expected \\d`))).toBeVisible();
      await app
        .getByRole('group', { name: `Review after the birth of ${BABY}` })
        .getByRole('radio', { name: 'Within 4 weeks of the birth' })
        .check();
    },
  );
  await openingSteps(j, {
    present: [SW, MIDWIFE, GP, POLICE, 'Chloe Example', 'Marcus Example'],
    purpose: {
      reason: 'Chloe’s first child was removed from her care in 2024 because of neglect.',
      s47: 'Section 47 enquiries found that the worries about neglect continue.',
      background: 'Chloe is 28 weeks pregnant. Marcus is the baby’s father; they live together.',
    },
    reports: [
      {
        author: `${MIDWIFE}, Fictionshire Maternity`,
        summary: 'Chloe has missed two antenatal appointments.',
      },
    ],
    receivedOn: '18/11/2026',
  });
  await discussionSteps(j, {
    said: {
      [SW]: 'The flat is not ready for a baby; Chloe wants to do things differently this time.',
      [MIDWIFE]: 'The pregnancy is healthy; Chloe has missed appointments.',
      [GP]: 'Chloe is being treated for low mood.',
      [POLICE]: 'No police involvement in the last year.',
    },
    parents: 'Chloe and Marcus said they want to care for the baby and will accept help.',
    wider: 'Chloe’s sister offers to stay for the first weeks after the birth.',
    children: [
      {
        child: BABY,
        views: 'The baby is not born yet; the parents’ hopes for the baby are in their views.',
        how: 'The child’s views could not be obtained',
        whyNotThere: 'The baby is not born yet.',
      },
    ],
  });
  await expect(
    app.getByText(/^The baby is not born yet, so has no views of their own\./),
  ).toBeVisible();
  await analysis(
    j,
    'Chloe and Marcus are engaging with the midwife and want help.',
    'Neglect of Chloe’s first child; low mood; the home is not ready.',
  );
  await agencyViews(
    j,
    sameView([SW, MIDWIFE, GP, POLICE], {
      child: BABY,
      plan: true,
      categories: ['Neglect'],
      why: 'The baby is likely to suffer neglect after birth without a plan.',
    }),
  );
  await decisions(j, [
    {
      child: BABY,
      harm: true,
      outcome: 'Subject to a child protection plan from birth',
      why: 'The baby is likely to suffer significant harm after birth from neglect.',
    },
  ]);
  await categories(j, [{ child: BABY, categories: ['Neglect'] }], []);
  await outlinePlans(j, [
    {
      child: BABY,
      lead: `${SW}, Social worker, Fictionshire Children’s Services`,
      actions: [
        {
          what: 'Attend every antenatal appointment',
          who: 'Chloe Example',
          byWhen: daysFromToday(28),
          how: 'The midwife confirms attendance.',
        },
        {
          what: 'Get the flat ready for the baby',
          who: 'Marcus Example',
          byWhen: daysFromToday(42),
          how: 'The social worker sees a cot and supplies.',
        },
      ],
      outcome: 'The baby comes home to a safe, prepared flat.',
      safeDayToDay: 'The midwife and then the health visitor, at each visit.',
      contingency:
        'If the home is not safe at the birth, the local authority will seek legal advice.',
    },
  ]);
  await coreGroups(j, [{ child: BABY, members: [MIDWIFE, 'Chloe Example', 'Marcus Example'] }]);
  await summaryAndReady(
    j,
    'The baby is likely to suffer significant harm after birth from neglect and will be subject to a child protection plan from birth.',
  );
});
