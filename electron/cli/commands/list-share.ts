// `icpc share-list on|off` (the Designated Manager's choice to send the list to chairs) and `icpc precheck` (a
// chair's check of a child against the list received, always with the list's age). Sending the list is
// `icpc send --kind list --to FP`. Rule source: docs/exchange.md (the list for pre-checks).
import { AppFailure } from '../../../shared/ipc/result';
import { ANSWER_CLASS } from '../../../shared/list/disclosure';
import { EXIT, PASSPHRASE_OPTIONS } from '../command';
import type { CliCommand } from '../command';

import { withVault } from './vault-documents';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export const shareListCommand: CliCommand = {
  name: 'share-list',
  summary:
    'Designated Manager: `on` or `off`: whether the list may be sent to chairs for pre-checks.',
  usage: ['  share-list on|off', '  --passphrase-stdin | --passphrase-file FILE'].join('\n'),
  options: { ...PASSPHRASE_OPTIONS },
  allowPositionals: true,
  run: async (args, ctx) => {
    const [choice] = args.positionals;
    if (choice !== 'on' && choice !== 'off') {
      throw new AppFailure('BAD_INPUT', 'Use `icpc share-list on` or `icpc share-list off`.');
    }
    return withVault(args, ctx, async (services) => {
      await services.exchange.setListSharing(choice === 'on');
      ctx.out(
        choice === 'on'
          ? 'The list may now be sent to chairs: icpc send --kind list --to FP (--folder | --out FILE).\n'
          : 'The list is no longer shared with chairs.\n',
      );
      return EXIT.OK;
    });
  },
};

export const precheckCommand: CliCommand = {
  name: 'precheck',
  summary: 'Chair: is this child on the Designated Manager’s list received (with the list’s age)?',
  usage: [
    '  precheck [--name N] [--dob YYYY-MM-DD] [--nhs NUMBER] [--postcode PC] [--address TEXT]',
    '  --passphrase-stdin | --passphrase-file FILE',
  ].join('\n'),
  options: {
    name: { type: 'string' },
    dob: { type: 'string' },
    nhs: { type: 'string' },
    postcode: { type: 'string' },
    address: { type: 'string' },
    ...PASSPHRASE_OPTIONS,
  },
  run: async (args, ctx) => {
    const v = args.values;
    const { CheckCriteriaSchema } = await import('../../../shared/list/enquiry-schemas');
    const criteria = CheckCriteriaSchema.safeParse({
      ...(str(v.name) ? { name: str(v.name) } : {}),
      ...(str(v.dob) ? { dateOfBirth: str(v.dob) } : {}),
      ...(str(v.nhs) ? { nhsNumber: str(v.nhs) } : {}),
      ...(str(v.postcode) ? { postcode: str(v.postcode) } : {}),
      ...(str(v.address) ? { address: str(v.address) } : {}),
    });
    if (!criteria.success) {
      throw new AppFailure(
        'BAD_INPUT',
        `Give at least one of --name, --dob, --nhs, --postcode, --address: ${criteria.error.issues.map((i) => i.message).join('; ')}`,
      );
    }
    return withVault(args, ctx, (services) => {
      const r = services.exchange.precheck(criteria.data);
      const lines = [
        `${ANSWER_CLASS[r.answer.code]} (${r.age}, from ${r.fromName}). ${r.answer.headline}`,
        `  ${r.answer.mayTell}`,
        ...r.matches.map(
          (m) =>
            `  ${m.name}: ${m.strength} match; plan start ${m.planStart}${m.lead ? `; lead social worker ${m.lead}` : ''}. ${m.reasons.join(' ')}`,
        ),
        ...r.warnings.map((w) => `  Note: ${w}`),
      ];
      ctx.out(`${lines.join('\n')}\n`);
      return Promise.resolve(EXIT.OK);
    });
  },
};
