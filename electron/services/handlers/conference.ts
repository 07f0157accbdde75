// Handlers of the conference.* channels: thin calls into the conference service. Rule source: docs/architecture.md §3.4.
import type { Handlers } from '../../../shared/ipc/contract';
import { setLiveStatus } from '../conferences/conference-status';
import type { Services } from '../create-services';

type ConferenceChannel =
  | 'conference.list'
  | 'conference.create'
  | 'conference.get'
  | 'conference.applyEdit'
  | 'conference.validate'
  | 'conference.setStatus';

export function createConferenceHandlers(s: Services): Pick<Handlers, ConferenceChannel> {
  const c = s.conferences;
  return {
    'conference.list': () => Promise.resolve(c.overview()),
    'conference.create': (input) => c.create(input),
    'conference.get': ({ conferenceId }) => Promise.resolve(c.get(conferenceId)),
    'conference.applyEdit': ({ conferenceId, baseRevision, edit }) =>
      c.applyEdit(conferenceId, baseRevision, edit),
    'conference.validate': ({ conferenceId }) =>
      Promise.resolve({ findings: c.validate(conferenceId) }),
    'conference.setStatus': ({ conferenceId, expectedRevision, status }) =>
      setLiveStatus(c, conferenceId, expectedRevision, status),
  };
}
