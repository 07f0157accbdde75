// Journey (a): one child made subject to a child protection plan (emotional abuse), standard
// practice model, quorate. Set-up → Start the conference → every step → nothing blocks → ready for sign-off.
// Screenshots of each step go to test-results/screenshots/journey-a-*.png; axe runs on each screen.
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
import { analysis, discussionSteps, openingSteps, summaryAndReady } from '../pages/journey-steps';

const SW = 'Hannah Madeup';
const SCHOOL = 'Ellie Pretend';
const POLICE = 'Sam Notreal';
const NURSE = 'Priya Invented';
const LEO = 'Leo Sample';

test.use({ actionTimeout: 20_000 });

test('journey (a): one child, child protection plan', async ({ app }) => {
  test.setTimeout(300_000);
  const j = journey(app, 'a');
  await openConference(j, {
    type: 'Initial',
    strategyDiscussion: daysFromToday(-8),
    venue: 'Room 2, Fictional House, Sampletown',
    ...CHAIR_AND_MINUTES,
    model: 'Standard',
    children: [{ name: LEO, born: '2019-07-02' }],
    family: [{ name: 'Rosa Sample', relationship: 'Mother', pr: true }],
    professionals: [
      socialWorker(SW),
      pro(SCHOOL, 'Safeguarding lead', 'school', 'Imaginary Primary'),
      police(POLICE, 'Detective constable'),
      pro(NURSE, 'School nurse', 'school-nurse', 'Fictionshire Health'),
    ],
  });
  await openingSteps(j, {
    present: [SW, SCHOOL, POLICE, NURSE, 'Rosa Sample'],
    purpose: {
      reason: 'Leo told his teacher that he is scared when his mother’s partner shouts at him.',
      s47: 'Section 47 enquiries found that Leo is frightened at home and is often told he is worthless.',
      background: 'Two earlier referrals about shouting at home; no previous plans.',
    },
    reports: [
      {
        author: `${SW}, Fictionshire Children’s Services`,
        summary: 'The social work report sets out the enquiries and Leo’s wishes.',
      },
      {
        author: `${SCHOOL}, Imaginary Primary`,
        summary: 'Leo’s attendance is 89%; he is withdrawn on Mondays.',
      },
    ],
    receivedOn: '20/11/2026',
  });
  await discussionSteps(j, {
    said: {
      [SW]: 'Leo is belittled at home; his mother wants help to keep him safe.',
      [SCHOOL]: 'Leo is quiet and anxious after weekends.',
      [POLICE]: 'Two call-outs for shouting this year; no charges.',
      [NURSE]: 'Leo’s growth and health are as expected.',
    },
    parents: 'Rosa said she wants Leo to feel safe and will work with the plan.',
    wider: 'Leo’s grandmother would like to help with after-school care.',
    children: [
      {
        child: LEO,
        views: 'Leo said he likes football and his teacher, and that home is “too loud”.',
        how: 'Direct work by the social worker',
        whyNotThere: 'Leo is 7; he chose to talk to his social worker at school instead.',
      },
    ],
  });
  await analysis(
    j,
    'Rosa asks for help; Leo has a good relationship with school.',
    'Leo is repeatedly belittled and frightened at home.',
  );
  await agencyViews(
    j,
    sameView([SW, SCHOOL, POLICE, NURSE], {
      child: LEO,
      plan: true,
      categories: ['Emotional abuse'],
      why: 'Leo is likely to suffer significant emotional harm without a plan.',
    }),
  );
  await decisions(j, [
    {
      child: LEO,
      harm: true,
      outcome: 'Subject to a child protection plan',
      why: 'Leo is likely to suffer significant harm from emotional abuse at home.',
    },
  ]);
  await categories(j, [{ child: LEO, categories: ['Emotional abuse'] }], []);
  await outlinePlans(j, [
    {
      child: LEO,
      lead: `${SW}, Social worker, Fictionshire Children’s Services`,
      actions: [
        {
          what: 'Visit Leo at home and see him alone',
          who: SW,
          byWhen: daysFromToday(10),
          how: 'Visit records show Leo was seen alone.',
        },
        {
          what: 'Start the parenting programme',
          who: 'Rosa Sample',
          byWhen: daysFromToday(30),
          how: 'The course leader confirms attendance.',
        },
      ],
      outcome: 'Leo feels safe and calm at home.',
      safeDayToDay: 'Imaginary Primary, each school day.',
      contingency: 'If Leo is not safe at home, the local authority will seek legal advice.',
    },
  ]);
  await coreGroups(j, [{ child: LEO, members: [SCHOOL, 'Rosa Sample'] }]);
  await summaryAndReady(
    j,
    'Leo is likely to suffer significant harm from emotional abuse. He is subject to a child protection plan under the category of emotional abuse.',
  );
});
