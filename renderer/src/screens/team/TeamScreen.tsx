// Team (#/team): who you are, your team directory, and sending a conference; with links to the inbox
// (#/team/inbox) and pending merges (#/team/merge). Rule source: docs/exchange.md.
import { useCallback, useEffect, useState } from 'react';

import type { Output } from '../../../../shared/ipc/contract';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';

import { IdentityPanel } from './IdentityPanel';
import { InboxScreen } from './InboxScreen';
import { ListPanel } from './ListPanel';
import { MergeScreen } from './MergeScreen';
import { SendPanel } from './SendPanel';
import { TeamDirectory } from './TeamDirectory';
import { newSuffix, useInboxCount } from './use-inbox-count';
import '../../styles/conference.css';
import '../../styles/team.css';

type Loaded = { me: Output<'exchange.identity'>; team: Output<'exchange.team'> };

const TITLES = { home: 'Team', inbox: 'Inbox', merge: 'Merge a returned draft' } as const;

export function TeamScreen({ section, id }: { section: keyof typeof TITLES; id?: string }) {
  const inboxCount = useInboxCount();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const load = useCallback(() => {
    void Promise.all([invoke('exchange.identity', {}), invoke('exchange.team', {})]).then(
      ([me, team]) => {
        if (me.ok && team.ok) {
          setLoaded({ me: me.value, team: team.value });
        } else {
          setError(!me.ok ? me.error : !team.ok ? team.error : null);
        }
      },
    );
  }, []);
  useEffect(load, [load]);

  return (
    <div className="team">
      <nav aria-label="Team" className="toolbar team-toolbar">
        <a href="#/">Back to conferences</a>
        <a href="#/team" aria-current={section === 'home' ? 'page' : undefined}>
          Team
        </a>
        <a href="#/team/inbox" aria-current={section === 'inbox' ? 'page' : undefined}>
          Inbox{newSuffix(inboxCount)}
        </a>
        <a href="#/team/merge" aria-current={section === 'merge' ? 'page' : undefined}>
          Merges
        </a>
      </nav>
      <h1>{TITLES[section]}</h1>
      {error ? <ErrorSummary error={error} /> : null}
      {section === 'inbox' ? <InboxScreen /> : null}
      {section === 'merge' ? <MergeScreen id={id} /> : null}
      {section === 'home' && loaded ? (
        <>
          <IdentityPanel identity={loaded.me.identity} onCreated={load} />
          {loaded.me.identity ? (
            <>
              <TeamDirectory
                members={loaded.team.members}
                unreadable={loaded.team.unreadable}
                onChanged={load}
              />
              {/* A Designated Manager sends no drafts or notifications (docs/exchange.md, roles). */}
              {loaded.me.identity.role === 'designated-manager' ? null : (
                <SendPanel key={loaded.team.members.length} />
              )}
              <ListPanel
                role={loaded.me.identity.role}
                members={loaded.team.members}
                folder={loaded.me.folder}
              />
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
