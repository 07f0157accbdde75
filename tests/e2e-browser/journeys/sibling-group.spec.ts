// Journey (b): a sibling group of three with different outcomes (Mia: plan, neglect; Noah: plan,
// physical abuse primary with emotional abuse; Ava: child in need plan) and a dissent (the health visitor wanted
// a plan for Ava); Signs of Safety analysis with scaling; Noah's plan copied from Mia's with his own outcome.
// Set-up → Start → every step → nothing blocks → ready for sign-off, with screenshots and axe on each screen.
import {
  AVA,
  DECISIONS,
  FATHER,
  HV,
  MIA,
  MOTHER,
  NOAH,
  POLICE,
  PURPOSE,
  SETUP,
  SW,
  TEACHER as SCHOOL,
} from '../../support/conference-moves/scenario';
import { test } from '../fixtures';
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
import {
  discussionSteps,
  openingSteps,
  signsOfSafety,
  summaryAndReady,
} from '../pages/journey-steps';

test.use({ actionTimeout: 20_000 });

test('journey (b): a sibling group of three with different outcomes and a dissent', async ({
  app,
}) => {
  test.setTimeout(400_000);
  const j = journey(app, 'b');
  await openConference(j, {
    type: 'Initial',
    strategyDiscussion: daysFromToday(-9),
    venue: SETUP.venue,
    ...CHAIR_AND_MINUTES,
    model: 'Signs of Safety',
    children: SETUP.children,
    family: [
      { name: MOTHER, relationship: 'Mother', pr: true },
      { name: FATHER, relationship: 'Father', pr: true },
    ],
    professionals: [
      socialWorker(SW),
      pro(HV, 'Health visitor', 'health-visitor', 'Fictionshire Health'),
      pro(SCHOOL, 'Class teacher', 'school', 'Imaginary Road Primary'),
      police(POLICE),
    ],
  });
  await openingSteps(j, {
    present: [SW, HV, SCHOOL, POLICE, MOTHER, FATHER],
    purpose: PURPOSE,
    reports: [
      {
        author: `${SW}, Fictionshire Children’s Services`,
        summary: 'The social work report sets out the enquiries and each child’s wishes.',
      },
      {
        author: `${HV}, Fictionshire Health`,
        summary: 'Mia and Noah missed their last two health reviews.',
      },
    ],
    receivedOn: '19/11/2026',
  });
  await discussionSteps(j, {
    said: {
      [SW]: 'The home had no food on two visits; Noah had bruises on his arm.',
      [HV]: 'Noah’s weight has dropped; Mia has tooth decay.',
      [SCHOOL]: 'Ava attends well, is settled and tells staff about her brother.',
      [POLICE]: 'One call-out for an argument between the parents this year.',
    },
    parents:
      'Jade and Liam said they have struggled since the move and want help with the children.',
    wider: 'The children’s grandmother can have them after school twice a week.',
    children: [
      {
        child: MIA,
        views: 'Mia said she likes nursery and is hungry at home sometimes.',
        how: 'Direct work by the social worker',
        whyNotThere: 'Mia is 5.',
      },
      {
        child: NOAH,
        views: 'Noah is 3 and pointed to his arm when asked what hurts.',
        how: 'Another professional who knows the child',
        whyNotThere: 'Noah is too young to take part.',
      },
      {
        child: AVA,
        views: 'Ava wrote that she wants her mum and dad to stop shouting.',
        how: 'The child wrote something',
        whyNotThere: 'Ava chose to write instead of coming.',
      },
    ],
  });
  await signsOfSafety(
    j,
    {
      danger: 'Mia and Noah could go hungry and Noah could be hurt again.',
      strengths: 'Jade and Liam ask for help; Ava is settled at school.',
      goals: 'The children are fed, clean and safe at home every day.',
    },
    [
      { who: SW, score: 3, why: 'Food and care are not yet reliable.' },
      { who: MOTHER, score: 6, why: 'We have started getting help.' },
    ],
  );
  const all = [SW, HV, SCHOOL, POLICE];
  await agencyViews(j, [
    ...sameView(all, {
      child: MIA,
      plan: true,
      categories: ['Neglect'],
      why: 'Mia’s basic needs are not met.',
    }),
    ...sameView(all, {
      child: NOAH,
      plan: true,
      categories: ['Physical abuse', 'Emotional abuse'],
      why: 'Unexplained bruising and conflict at home.',
    }),
    {
      child: AVA,
      who: SW,
      plan: false,
      categories: [],
      why: 'A child in need plan can meet Ava’s needs.',
    },
    {
      child: AVA,
      who: HV,
      plan: true,
      categories: ['Emotional abuse'],
      why: 'Ava is affected by the same conflict as Noah.',
    },
    {
      child: AVA,
      who: SCHOOL,
      plan: false,
      categories: [],
      why: 'Ava is settled and well cared for at school.',
    },
    { child: AVA, who: POLICE, plan: false, categories: [], why: 'No incidents involving Ava.' },
  ]);
  // The same decisions, with the dissent, as the counted conference (tests/support/conference-moves).
  await decisions(j, DECISIONS);
  await categories(
    j,
    [
      { child: MIA, categories: ['Neglect'] },
      { child: NOAH, categories: ['Physical abuse', 'Emotional abuse'], primary: 'Physical abuse' },
    ],
    [AVA],
  );
  await outlinePlans(j, [
    {
      child: MIA,
      lead: `${SW}, Social worker, Fictionshire Children’s Services`,
      actions: [
        {
          what: 'Weekly food parcel and budgeting help',
          who: SW,
          byWhen: daysFromToday(7),
          how: 'Food is in the home at each visit.',
        },
        {
          what: 'Book and attend the dental appointment',
          who: MOTHER,
          byWhen: daysFromToday(21),
          how: 'The health visitor sees the letter.',
        },
      ],
      outcome: 'Mia has three meals a day and clean clothes.',
      safeDayToDay: 'Nursery staff, each weekday.',
      contingency:
        'If the children are not safe at home, the local authority will seek legal advice.',
    },
    {
      child: NOAH,
      copyFrom: MIA,
      outcome: 'Noah has no unexplained injuries.',
      safeDayToDay: 'The health visitor each week; nursery staff each weekday.',
    },
  ]);
  await coreGroups(j, [
    { child: MIA, members: [HV, MOTHER, FATHER] },
    { child: NOAH, members: [HV, MOTHER, FATHER] },
  ]);
  await summaryAndReady(
    j,
    'Mia and Noah are likely to suffer significant harm and are subject to child protection plans (Mia: neglect; Noah: physical abuse, with emotional abuse). Ava will have a child in need plan; the health visitor’s dissent is recorded.',
  );
});
