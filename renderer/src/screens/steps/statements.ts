// The statements the chair reads at the start of the conference, in plain English. Paraphrased from the
// practice in docs/domain.md §8.3 (confidentiality agreed at the start; papers; recording told in advance) and
// §1.7 (the professional difference statement read out at the start, Sussex S2b).

export type Statement = {
  key: 'confidentialityRead' | 'professionalDifferenceRead' | 'recordingExplained';
  title: string;
  text: readonly string[];
  tick: string;
};

export const STATEMENTS: readonly Statement[] = [
  {
    key: 'confidentialityRead',
    title: 'Confidentiality',
    text: [
      'What is said in this conference, and the record of it, is confidential. Information may be shared outside the conference only with people who need it to protect a child.',
      'Everyone is responsible for keeping safe any papers they take away. The record will not be passed on without the chair’s agreement.',
    ],
    tick: 'I have read the confidentiality statement to everyone present',
  },
  {
    key: 'professionalDifferenceRead',
    title: 'Professional difference',
    text: [
      'If any professional thinks that a decision made today does not keep a child safe, they should say so in the conference.',
      'The chair makes the decision after hearing everyone’s views. Any disagreement will be written in the record as dissent.',
    ],
    tick: 'I have read the professional difference statement',
  },
  {
    key: 'recordingExplained',
    title: 'Notes and recording',
    text: [
      'The minute-taker will write a summary of the conference, not a word-for-word account. If the conference is recorded, everyone was told beforehand and the recording is kept securely under data protection law.',
    ],
    tick: 'I have explained how the conference is recorded',
  },
];
