// Words a spell-checker must never mark in a conference record: safeguarding terms and acronyms, and the names of
// the people and agencies of the conference being edited (people's names and agency names are never marked).
// Pure: the dictionary itself is not here (docs/architecture.md §3.3; terms from docs/domain.md).
import { tokenize } from './tokenize';

/** Safeguarding terms and acronyms used in English child protection work; compared without case. */
export const SAFEGUARDING_WORDS: readonly string[] = [
  'MASH',
  'LADO',
  'CAMHS',
  'ICPC',
  'RCPC',
  'PLO',
  'DSL',
  'DDSL',
  'IDVA',
  'ISVA',
  'MARAC',
  'MAPPA',
  'Ofsted',
  'SENCO',
  'SENCo',
  'EHCP',
  'EHC',
  'SEND',
  'GP',
  'GPs',
  'CIN',
  'CP',
  'CPP',
  'LAC',
  'CLA',
  'CSC',
  'CSE',
  'CCE',
  'FGM',
  'DA',
  'DV',
  'IRO',
  'IRH',
  'CAFCASS',
  'Cafcass',
  'NSPCC',
  'HV',
  'HVs',
  'SW',
  'SSW',
  'TAF',
  'TAC',
  'EHA',
  'CAF',
  'NFA',
  'ABE',
  'PCSO',
  'PNC',
  'CAIT',
  'CAADA',
  'DASH',
  'NHS',
  'CYPS',
  'YOT',
  'YJS',
  'PRU',
  'AP',
  'LSCB',
  'LSCP',
  'MSCP',
  'SCR',
  'CSPR',
  'LCSPR',
  'DBS',
  'DfE',
  'WTSG',
  'Prevent',
  'Channel',
  'ECM',
  'SGO',
  'SGOs',
  'EPO',
  'ICO',
  'FDAC',
  'PR',
  'DOB',
  'NOK',
  'ADHD',
  'ASD',
  'ASC',
  'PTSD',
  'SALT',
  'OT',
  'A&E',
  'safeguarding',
  'multi-agency',
  'core group',
  'neglect',
  'paediatrician',
  'paediatric',
  'midwife',
  'midwifery',
  'perinatal',
  'antenatal',
  'postnatal',
  'pre-birth',
  'kinship',
  'genogram',
  'chronology',
  'ecomap',
  'coercive',
  'gaslighting',
  'substance',
  'misuse',
  'honour-based',
  'radicalisation',
  'county lines',
  'step-parent',
  'stepfather',
  'stepmother',
  'carer',
  'carers',
  'co-parent',
  'caseworker',
].flatMap((term) => tokenize(term).map((t) => t.word));

/** The parts of a conference this module reads: everyone's names and every agency. */
export type NamedConference = {
  chair: { name: string };
  children: readonly { details: { name: string } }[];
  household: readonly { name: string }[];
  professionals: readonly { name: string; agency: string }[];
};

/** Every word of the names of the conference's people and agencies. */
export function conferenceWords(conference: NamedConference): string[] {
  const texts = [
    conference.chair.name,
    ...conference.children.map((c) => c.details.name),
    ...conference.household.map((m) => m.name),
    ...conference.professionals.flatMap((p) => [p.name, p.agency]),
  ];
  return texts.flatMap((text) => tokenize(text).map((t) => t.word));
}

/** A lookup of words never to mark: compared without case, so "ofsted" and "OFSTED" are known too. */
export function knownWords(...lists: readonly (readonly string[])[]): (word: string) => boolean {
  const set = new Set(lists.flatMap((list) => list.map((w) => w.toLocaleLowerCase('en-GB'))));
  return (word) => set.has(word.toLocaleLowerCase('en-GB'));
}
