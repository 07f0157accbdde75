// `icpc check`: "is this child subject to a child protection plan?" from the command line. The enquirer's name,
// role, agency, phone and reason are required; the enquiry and the answer are logged exactly as in the app.
// Exit codes: one per answer class, each meaning answered and logged (CHECK_EXIT: 10 subject to a plan,
// 11 cannot confirm, 12 no child subject to a plan matches; none is 0, so a script cannot mistake "cannot
// confirm" for an all-clear), 2 missing or bad details, 3 wrong passphrase, 4 vault open elsewhere, 5 damaged,
// 6 no vault. Rules: docs/domain.md §6; docs/list.md, "Checks".
import type { z } from 'zod';

import type { AnswerCode, CheckCriteria, Enquirer } from '../../../shared/list/enquiry-schemas';
import { ANSWER_CLASS, ASK_NEXT_TEXT } from '../../../shared/list/disclosure';
import { planStartWords } from '../../../shared/list/plan-start';
import { AppFailure } from '../../../shared/ipc/result';
import { formatDate } from '../../../shared/domain/format-en-gb';
import { PASSPHRASE_OPTIONS } from '../command';
import type { CliCommand, ParsedArgs } from '../command';

import { withVault } from './vault-documents';

/** The exit code of each answer class: all three mean the check was answered and logged. */
export const CHECK_EXIT: Readonly<Record<AnswerCode, number>> = {
  'subject-to-plan': 10,
  'cannot-confirm': 11,
  'no-match': 12,
};

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function parsed<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    const lines = r.error.issues.map(
      (i) => `  ${i.path.map(String).join('.') || what}: ${i.message}`,
    );
    throw new AppFailure('BAD_INPUT', `Check the ${what}:\n${lines.join('\n')}`);
  }
  return r.data;
}

/** The enquirer and the child's details from the options, validated by the same schemas as list.check. */
export async function checkInput(values: ParsedArgs['values']): Promise<{
  enquirer: Enquirer;
  child: CheckCriteria;
}> {
  // The schemas are loaded by this command only (cli.help_ms).
  const { CheckCriteriaSchema, EnquirerSchema } =
    await import('../../../shared/list/enquiry-schemas');
  const enquirer = parsed(
    EnquirerSchema,
    {
      name: str(values['enquirer-name']) ?? '',
      role: str(values['enquirer-role']) ?? '',
      agency: str(values['enquirer-agency']) ?? '',
      phone: str(values['enquirer-phone']) ?? '',
      reason: str(values.reason) ?? '',
    },
    "enquirer's details (all of --enquirer-name, --enquirer-role, --enquirer-agency, --enquirer-phone, --reason)",
  );
  const child = parsed(
    CheckCriteriaSchema,
    {
      ...(str(values.name) !== undefined ? { name: str(values.name) } : {}),
      ...(str(values.dob) !== undefined ? { dateOfBirth: str(values.dob) } : {}),
      ...(str(values.address) !== undefined ? { address: str(values.address) } : {}),
      ...(str(values.postcode) !== undefined ? { postcode: str(values.postcode) } : {}),
      ...(str(values.nhs) !== undefined ? { nhsNumber: str(values.nhs) } : {}),
      ...(values.nicknames === true ? { nicknames: true } : {}),
    },
    "child's details (--name, --dob YYYY-MM-DD, --address, --postcode, --nhs)",
  );
  return { enquirer, child };
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary:
    'Check whether a child is subject to a child protection plan (logged with the enquirer).',
  usage: [
    '  --enquirer-name N --enquirer-role R --enquirer-agency A --enquirer-phone P --reason TEXT  (all required)',
    '  --name NAME  --dob YYYY-MM-DD  --address TEXT  --postcode PC  --nhs NUMBER  (at least one)',
    '  --nicknames      also treat common nicknames as the same forename',
    '  --json           print JSON (the list.check output)',
    '  Exit codes: 10 subject to a plan, 11 cannot confirm (ask for the detail named), 12 no child subject to a',
    '  plan matches; 2 bad details, 3 wrong passphrase, 4 vault open elsewhere, 5 damaged, 6 no vault.',
    '  --passphrase-stdin | --passphrase-file FILE',
  ].join('\n'),
  options: {
    'enquirer-name': { type: 'string' },
    'enquirer-role': { type: 'string' },
    'enquirer-agency': { type: 'string' },
    'enquirer-phone': { type: 'string' },
    reason: { type: 'string' },
    name: { type: 'string' },
    dob: { type: 'string' },
    address: { type: 'string' },
    postcode: { type: 'string' },
    nhs: { type: 'string' },
    nicknames: { type: 'boolean' },
    json: { type: 'boolean' },
    ...PASSPHRASE_OPTIONS,
  },
  run: async (args, ctx) => {
    const { enquirer, child } = await checkInput(args.values);
    const { listServiceFor } = await import('../../services/list/for-services');
    const r = await withVault(args, ctx, (services) =>
      listServiceFor(services).check(enquirer, child),
    );
    if (args.values.json === true) {
      ctx.out(`${JSON.stringify(r, null, 2)}\n`);
      return CHECK_EXIT[r.answer.code];
    }
    const lines = [
      `Answer: ${ANSWER_CLASS[r.answer.code]}`,
      r.answer.headline,
      ...(r.answer.askNext !== undefined
        ? [`Ask next for: ${ASK_NEXT_TEXT[r.answer.askNext]}`]
        : []),
      `May tell: ${r.answer.mayTell}`,
      `Do not tell: ${r.answer.doNotTell}`,
      ...r.warnings.map((w) => `Note: ${w}`),
      ...r.matches.map(
        (m, i) =>
          `${i + 1}. ${m.strength.toUpperCase()} (${m.planStatus === 'active' ? (m.planStart === undefined ? 'plan from birth,' : 'plan since') : 'plan ended'} ${m.planStatus === 'active' ? planStartWords(m) : m.planEnd ? formatDate(m.planEnd) : planStartWords(m)}): ${m.name}, ${m.dateOfBirth ? `born ${formatDate(m.dateOfBirth)}` : m.expectedDeliveryDate ? `due ${formatDate(m.expectedDeliveryDate)}` : 'date of birth not recorded'}\n   ${m.reasons.join(' ')}\n   ${m.mayTell}`,
      ),
      `Logged as enquiry ${r.enquiryId}.`,
    ];
    ctx.out(`${lines.join('\n')}\n`);
    return CHECK_EXIT[r.answer.code];
  },
};
