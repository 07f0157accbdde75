// Who a child on the list is: name, date of birth or expected delivery date, address and NHS number, taken from
// the latest conference about them (or their transfer-in entry). Rules: docs/domain.md §6 (the list), §9.1 (Child:
// "address (if different from household)"), §5.2 (unborn children carry the expected delivery date).
import type { ChildId } from '../domain/ids';

import type { ListConference, ListConferenceChild } from './list-conference';
import type { ListChild, TransferInInput } from './schemas';

/** The child's own address, else the address of the household's parent or carer, else ''. */
export function childAddress(conference: ListConference, child: ListConferenceChild): string {
  const own = child.details.address?.trim();
  if (own) {
    return own;
  }
  const household = conference.household.filter((m) => m.inHousehold && m.address?.trim());
  const carer = household.find((m) => m.hasParentalResponsibility) ?? household[0];
  return carer?.address?.trim() ?? '';
}

/** The list's view of a child considered by a conference. */
export function listChildFromConference(
  conference: ListConference,
  child: ListConferenceChild,
): ListChild {
  const d = child.details;
  return {
    childId: d.id,
    name: d.name,
    unborn: d.unborn,
    ...(d.dateOfBirth !== undefined ? { dateOfBirth: d.dateOfBirth } : {}),
    ...(d.expectedDeliveryDate !== undefined
      ? { expectedDeliveryDate: d.expectedDeliveryDate }
      : {}),
    address: childAddress(conference, child),
    ...(d.nhsNumber !== undefined ? { nhsNumber: d.nhsNumber } : {}),
  };
}

/** The list's view of a child entered as a transfer-in. */
export function listChildFromTransferIn(childId: ChildId, entry: TransferInInput): ListChild {
  const nhs = entry.nhsNumber?.replace(/\D/g, '');
  return {
    childId,
    name: entry.name,
    unborn: entry.unborn,
    ...(entry.dateOfBirth !== undefined ? { dateOfBirth: entry.dateOfBirth } : {}),
    ...(entry.expectedDeliveryDate !== undefined
      ? { expectedDeliveryDate: entry.expectedDeliveryDate }
      : {}),
    address: entry.address.trim(),
    ...(nhs !== undefined && nhs.length === 10 ? { nhsNumber: nhs } : {}),
  };
}
