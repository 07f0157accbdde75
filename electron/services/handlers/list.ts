// Handlers of the list.* channels: thin calls into the list service. Rule source: docs/architecture.md §3.4; docs/list.md.
import type { Handlers } from '../../../shared/ipc/contract';
import type { Services } from '../create-services';
import { listServiceFor } from '../list/for-services';

type ListChannel =
  | 'list.query'
  | 'list.check'
  | 'list.enquiries'
  | 'list.history'
  | 'list.addTransferIn'
  | 'list.recordCoreGroup'
  | 'list.recordBirth'
  | 'list.endPlan'
  | 'list.openReview'
  | 'list.exportCsv'
  | 'list.exportCensus';

export function createListHandlers(s: Services): Pick<Handlers, ListChannel> {
  const list = () => listServiceFor(s);
  return {
    'list.query': (input) => Promise.resolve(list().query(input)),
    'list.check': ({ enquirer, child }) => list().check(enquirer, child),
    'list.enquiries': (input) => Promise.resolve(list().enquiries(input)),
    'list.history': ({ childId }) => Promise.resolve(list().history(childId)),
    'list.addTransferIn': (input) => list().addTransferIn(input),
    'list.recordCoreGroup': ({ childId, heldOn }) => list().recordCoreGroup(childId, heldOn),
    'list.recordBirth': ({ childId, bornOn, name }) => list().recordBirth(childId, bornOn, name),
    'list.endPlan': ({ childId, endedOn, reason, note }) =>
      list().endPlan(childId, endedOn, reason, note),
    'list.openReview': ({ childId, date }) => list().openReview(childId, date),
    'list.exportCsv': (input) => Promise.resolve(list().exportCsv(input)),
    'list.exportCensus': (input) => Promise.resolve(list().exportCensus(input)),
  };
}
