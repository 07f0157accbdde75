// The sibling-group conference whose moves are counted: three children with different outcomes (Mia: plan,
// neglect; Noah: plan, physical abuse with emotional abuse; Ava: child in need plan, with the health visitor's
// dissent), two parents and four professionals, Signs of Safety. Fictional people only. Held today so the clock runs.

/** Today on this machine as 'YYYY-MM-DD' (Europe/London, as the page runs). */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

/** An ISO date `days` from today (negative for the past). */
export function daysFromToday(days: number): string {
  const [y, m, d] = todayIso().split('-').map(Number);
  return new Date(Date.UTC(y ?? 2026, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

export const SW = 'Tom Placeholder';
export const HV = 'Priya Sampleton';
export const TEACHER = 'Owen Madeup';
export const POLICE = 'Rita Notreal';
export const MOTHER = 'Jade Example';
export const FATHER = 'Liam Example';
export const [MIA, NOAH, AVA] = ['Mia Example', 'Noah Example', 'Ava Example'] as const;
export const PROFESSIONALS_PRESENT = [SW, HV, TEACHER, POLICE];

export const SETUP = {
  localAuthority: 'Fictionshire County Council',
  venue: 'Meeting room 1, Imaginary Family Centre',
  chair: 'Ada Fictional',
  minuteTaker: 'Ben Sample',
  children: [
    { name: MIA, born: '2021-03-14' },
    { name: NOAH, born: '2023-06-02' },
    { name: AVA, born: '2016-09-20' },
  ],
  family: [
    { name: MOTHER, relationship: 'Mother' },
    { name: FATHER, relationship: 'Father' },
  ],
  /** Name, role, the agency type's label, organisation. */
  professionals: [
    [SW, 'Social worker', "Children's social care", 'Fictionshire Children’s Services'],
    [HV, 'Health visitor', 'Health visiting', 'Fictionshire Health'],
    [TEACHER, 'Class teacher', 'School', 'Imaginary Road Primary'],
    [POLICE, 'Police constable', 'Police', 'Fictionshire Police'],
  ] as const,
};

export const PURPOSE = {
  reason: 'Noah had unexplained bruising and the home was found without food.',
  s47: 'Section 47 enquiries found neglect of Mia and Noah and physical harm to Noah.',
  background: 'The family moved to Sampletown last year; two earlier referrals about the home.',
};

export const REPORTS = [
  { author: SW, summary: 'The social work report sets out the enquiries and each child’s wishes.' },
  { author: HV, summary: 'Mia and Noah missed their last two health reviews.' },
];

export const SAID: Record<string, string> = {
  [SW]: 'The home had no food on two visits; Noah had bruises on his arm.',
  [HV]: 'Noah’s weight has dropped; Mia has tooth decay.',
  [TEACHER]: 'Ava attends well, is settled and tells staff about her brother.',
  [POLICE]: 'One call-out for an argument between the parents this year.',
};

export const PARENTS = 'Jade and Liam said they have struggled since the move and want help.';
export const WIDER = 'The children’s grandmother can have them after school twice a week.';

export const CHILD_VIEWS = [
  {
    child: MIA,
    views: 'Mia said she likes nursery and is hungry at home sometimes.',
    how: 'Direct work by the social worker',
    why: 'Mia is 5.',
  },
  {
    child: NOAH,
    views: 'Noah is 3 and pointed to his arm when asked what hurts.',
    how: 'Another professional who knows the child',
    why: 'Noah is too young to take part.',
  },
  {
    child: AVA,
    views: 'Ava wrote that she wants her mum and dad to stop shouting.',
    how: 'The child wrote something',
    why: 'Ava chose to write instead of coming.',
  },
];

export const SIGNS_OF_SAFETY = {
  danger: 'Mia and Noah could go hungry and Noah could be hurt again.',
  strengths: 'Jade and Liam ask for help; Ava is settled at school.',
  goals: 'The children are fed, clean and safe at home every day.',
  scores: [
    { who: SW, score: 3, why: 'Food and care are not yet reliable.' },
    { who: MOTHER, score: 6, why: 'We have started getting help.' },
  ],
};

export type View = { plan: boolean; categories: string[]; why: string };

const MIA_VIEW: View = {
  plan: true,
  categories: ['Neglect'],
  why: 'Mia’s basic needs are not met.',
};
const NOAH_VIEW: View = {
  plan: true,
  categories: ['Physical abuse', 'Emotional abuse'],
  why: 'Unexplained bruising and conflict at home.',
};

/** Each professional's view on each child: the same on Mia and on Noah from everyone; Ava's differ. */
export const VIEWS: Record<string, Record<string, View>> = {
  [MIA]: Object.fromEntries(PROFESSIONALS_PRESENT.map((p) => [p, MIA_VIEW])),
  [NOAH]: Object.fromEntries(PROFESSIONALS_PRESENT.map((p) => [p, NOAH_VIEW])),
  [AVA]: {
    [SW]: { plan: false, categories: [], why: 'A child in need plan can meet Ava’s needs.' },
    [HV]: {
      plan: true,
      categories: ['Emotional abuse'],
      why: 'Ava is affected by the same conflict as Noah.',
    },
    [TEACHER]: { plan: false, categories: [], why: 'Ava is settled and well cared for at school.' },
    [POLICE]: { plan: false, categories: [], why: 'No incidents involving Ava.' },
  },
};

export const DECISIONS = [
  {
    child: MIA,
    harm: true,
    outcome: 'Subject to a child protection plan',
    why: 'Neglect of Mia’s basic care is likely to continue without a plan.',
  },
  {
    child: NOAH,
    harm: true,
    outcome: 'Subject to a child protection plan',
    why: 'Noah has unexplained injuries and is harmed by the conflict at home.',
  },
  {
    child: AVA,
    harm: false,
    outcome: 'Child in need plan',
    why: 'Ava is not likely to suffer significant harm; a child in need plan meets her needs.',
    dissent: {
      who: HV,
      text: 'Ava is exposed to the same conflict as Noah and should have a plan.',
      route: 'Health safeguarding lead to the conference service manager.',
    },
  },
];

export const CATEGORIES = [
  { child: MIA, categories: ['Neglect'] },
  { child: NOAH, categories: ['Physical abuse', 'Emotional abuse'], primary: 'Physical abuse' },
];

/** Mia's plan in full; Noah's is the same family-wide plan with his own outcome and day-to-day check. */
export const PLAN = {
  lead: `${SW}, Social worker, Fictionshire Children’s Services`,
  rootCauses: 'Low income since the move and the parents’ conflict.',
  actions: [
    {
      what: 'Weekly food parcel and budgeting help',
      who: SW,
      days: 7,
      how: 'Food is in the home at each visit.',
    },
    {
      what: 'Book and attend the dental appointment',
      who: MOTHER,
      days: 21,
      how: 'The health visitor sees the letter.',
    },
  ],
  contingency: 'If the children are not safe at home, the local authority will seek legal advice.',
  outcomes: {
    [MIA]: {
      outcome: 'Mia has three meals a day and clean clothes.',
      safe: 'Nursery staff, each weekday.',
    },
    [NOAH]: {
      outcome: 'Noah has no unexplained injuries.',
      safe: 'The health visitor each week; nursery staff each weekday.',
    },
  } as Record<string, { outcome: string; safe: string }>,
};

/** The core group of each plan child besides the lead social worker. */
export const CORE_GROUP = [HV, MOTHER, FATHER];

export const SUMMARY =
  'Mia and Noah are likely to suffer significant harm and are subject to child protection plans (Mia: neglect; Noah: physical abuse, with emotional abuse). Ava will have a child in need plan; the health visitor’s dissent is recorded.';
