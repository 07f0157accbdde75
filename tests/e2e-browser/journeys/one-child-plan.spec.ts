// Journey (a), issue 5 §11: one child made subject to a child protection plan (emotional abuse), standard
// practice model, quorate. Set-up → Start the conference → every step → nothing blocks → ready for sign-off.
// Screenshots of each step go to test-results/screenshots/journey-a-*.png; axe runs on each screen.
import { test } from '../fixtures';
import { createVaultByRpc } from '../pages/conference-vault';
import { daysFromToday, journey, setUpConference, startConference } from '../pages/journey';
import {
  agencyViews,
  categories,
  coreGroups,
  decisions,
  outlinePlans,
} from '../pages/journey-decisions';
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
import { checkScreen } from '../pages/journey';

const SW = 'Hannah Madeup';
const SCHOOL = 'Ellie Pretend';
const POLICE = 'Sam Notreal';
const NURSE = 'Priya Invented';
const LEO = 'Leo Sample';

test.use({ actionTimeout: 20_000 });

test('journey (a): one child, child protection plan', async ({ app }) => {
  test.setTimeout(300_000);
  const j = journey(app, 'a');
  await createVaultByRpc(app);
  await setUpConference(j, {
    type: 'Initial',
    strategyDiscussion: daysFromToday(-8),
    venue: 'Room 2, Fictional House, Sampletown',
    chair: 'Ada Fictional',
    minuteTaker: 'Ben Sample',
    model: 'Standard',
    children: [{ name: LEO, born: '2019-07-02' }],
    family: [{ name: 'Rosa Sample', relationship: 'Mother', pr: true }],
    professionals: [
      {
        name: SW,
        role: 'Social worker',
        agencyType: 'childrens-social-care',
        agency: 'Fictionshire Children’s Services',
      },
      {
        name: SCHOOL,
        role: 'Safeguarding lead',
        agencyType: 'school',
        agency: 'Imaginary Primary',
      },
      {
        name: POLICE,
        role: 'Detective constable',
        agencyType: 'police',
        agency: 'Fictionshire Police',
      },
      {
        name: NURSE,
        role: 'School nurse',
        agencyType: 'school-nurse',
        agency: 'Fictionshire Health',
      },
    ],
  });
  await checkScreen(j, 'setup');
  await startConference(j);

  await introductions(j);
  await attendance(j, [SW, SCHOOL, POLICE, NURSE, 'Rosa Sample'], []);
  await purpose(j, {
    reason: 'Leo told his teacher that he is scared when his mother’s partner shouts at him.',
    s47: 'Section 47 enquiries found that Leo is frightened at home and is often told he is worthless.',
    background: 'Two earlier referrals about shouting at home; no previous plans.',
  });
  await reports(
    j,
    [
      {
        author: `${SW}, Fictionshire Children’s Services`,
        summary: 'The social work report sets out the enquiries and Leo’s wishes.',
      },
      {
        author: `${SCHOOL}, Imaginary Primary`,
        summary: 'Leo’s attendance is 89%; he is withdrawn on Mondays.',
      },
    ],
    '20/11/2026',
  );
  await agencyInformation(j, {
    [SW]: 'Leo is belittled at home; his mother wants help to keep him safe.',
    [SCHOOL]: 'Leo is quiet and anxious after weekends.',
    [POLICE]: 'Two call-outs for shouting this year; no charges.',
    [NURSE]: 'Leo’s growth and health are as expected.',
  });
  await parentsViews(
    j,
    'Rosa said she wants Leo to feel safe and will work with the plan.',
    'Leo’s grandmother would like to help with after-school care.',
  );
  await childViews(j, [
    {
      child: LEO,
      views: 'Leo said he likes football and his teacher, and that home is “too loud”.',
      how: 'Direct work by the social worker',
      whyNotThere: 'Leo is 7; he chose to talk to his social worker at school instead.',
    },
  ]);
  await analysis(
    j,
    'Rosa asks for help; Leo has a good relationship with school.',
    'Leo is repeatedly belittled and frightened at home.',
  );
  await agencyViews(
    j,
    [SW, SCHOOL, POLICE, NURSE].map((who) => ({
      child: LEO,
      who,
      plan: true,
      categories: ['Emotional abuse'],
      why: 'Leo is likely to suffer significant emotional harm without a plan.',
    })),
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
