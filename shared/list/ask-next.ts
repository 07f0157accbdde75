// What to ask the enquirer for next when a check cannot be confirmed (docs/list.md, "Checks"): the first detail
// they have not given that the possible matches hold, in the order that best tells records apart: the name, the
// date of birth, the address, the NHS number. For an unborn baby, recorded under the mother's name without a date
// of birth, the address comes before the date. When every useful detail was given, the lead social worker of the
// possible match calls the enquirer back.
import type { AskNext } from './enquiry-schemas';
import type { AskedKeys, ChildKeys } from './match';

type Detail = Exclude<AskNext, 'call-back'>;

const HELD: Readonly<Record<Detail, (k: ChildKeys) => boolean>> = {
  name: (k) => k.name.words > 0,
  'date-of-birth': (k) => k.dateOfBirth !== undefined || k.expectedDeliveryDate !== undefined,
  address: (k) => k.postcode !== undefined || k.address.numbers.length + k.address.words.length > 0,
  'nhs-number': (k) => k.nhs !== undefined,
};

function given(asked: AskedKeys, d: Detail): boolean {
  switch (d) {
    case 'name':
      return asked.name !== undefined;
    case 'date-of-birth':
      return asked.dateOfBirth !== undefined;
    case 'address':
      return asked.address !== undefined || asked.postcode !== undefined;
    case 'nhs-number':
      return asked.nhs !== undefined;
  }
}

const BORN: readonly Detail[] = ['name', 'date-of-birth', 'address', 'nhs-number'];
const UNBORN: readonly Detail[] = ['name', 'address', 'date-of-birth', 'nhs-number'];

/** The detail to ask for next, given what was asked and the records (strongest first) that may match. */
export function askNextFor(asked: AskedKeys, candidates: readonly ChildKeys[]): AskNext {
  const order = candidates[0]?.unborn === true ? UNBORN : BORN;
  return order.find((d) => !given(asked, d) && candidates.some((k) => HELD[d](k))) ?? 'call-back';
}
