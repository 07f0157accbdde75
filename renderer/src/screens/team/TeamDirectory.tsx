// The team directory: colleagues' cards with name, role, authority, state and fingerprint; add a card file,
// confirm it by typing the numbers the colleague reads aloud, revoke it after confirming. Rule source:
// docs/exchange.md (confirming a card).
import { useState } from 'react';

import { ROLE_LABEL } from '../../../../shared/exchange/roles';
import type { TeamMember } from '../../../../shared/ipc/contracts/exchange';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';

import { dayOf } from './team-text';
import { UnreadableNotice } from './UnreadableNotice';

const STATE: Record<TeamMember['status'], string> = {
  unconfirmed: 'Not confirmed yet',
  confirmed: 'Confirmed',
  revoked: 'Revoked',
};

function ConfirmForm({ m, onDone }: { m: TeamMember; onDone: (e: AppError | null) => void }) {
  const [typed, setTyped] = useState('');
  const id = `confirm-${m.fingerprint.slice(0, 12)}`;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void invoke('exchange.confirmCard', { fingerprint: m.fingerprint, readAloud: typed }).then(
          (r) => onDone(r.ok ? null : r.error),
        );
      }}
    >
      <label htmlFor={id}>Numbers {m.name} reads aloud</label>
      <input
        id={id}
        inputMode="numeric"
        autoComplete="off"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
      />
      <button type="submit">Confirm {m.name}</button>
    </form>
  );
}

export function TeamDirectory({
  members,
  unreadable,
  onChanged,
}: {
  members: TeamMember[];
  /** Vault keys of cards that could not be read: named, never hidden. */
  unreadable: readonly string[];
  onChanged: () => void;
}) {
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);

  const done = (e: AppError | null, message: string) => {
    setError(e);
    setNotice(e ? null : message);
    onChanged();
  };
  const addFiles = async (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      const r = await invoke('exchange.addCard', { text: await file.text() });
      done(
        r.ok ? null : r.error,
        r.ok ? `${r.value.name}'s card is added. Confirm it with them.` : '',
      );
    }
  };

  return (
    <section className="panel" aria-labelledby="team-title">
      <h2 id="team-title">Your team</h2>
      {notice ? <p role="status">{notice}</p> : null}
      {error ? <ErrorSummary error={error} /> : null}
      <UnreadableNotice keys={unreadable} what="card" />
      <div className="field drop-zone">
        <label htmlFor="card-file">Add a colleague’s card (.icpc-card file, or drop it here)</label>
        <input
          id="card-file"
          type="file"
          accept=".icpc-card,application/json"
          onChange={(e) => void addFiles(e.target.files)}
        />
      </div>
      {members.length === 0 ? (
        <p>No colleagues yet. Add their card files, then confirm each one with them.</p>
      ) : (
        <table className="team-table">
          <caption>Colleagues’ cards</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Authority</th>
              <th scope="col">State</th>
              <th scope="col">Fingerprint</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.fingerprint}>
                <th scope="row">{m.name}</th>
                <td>{ROLE_LABEL[m.role]}</td>
                <td>{m.authority}</td>
                <td>
                  {STATE[m.status]}
                  {m.confirmedAt && m.status === 'confirmed' ? ` on ${dayOf(m.confirmedAt)}` : ''}
                  {m.revokedAt ? ` on ${dayOf(m.revokedAt)}` : ''}
                </td>
                <td className="fingerprint-cell">{m.readAloud}</td>
                <td>
                  {m.status === 'unconfirmed' ? (
                    <ConfirmForm m={m} onDone={(e) => done(e, `${m.name}'s card is confirmed.`)} />
                  ) : null}
                  {m.status === 'confirmed' && revoking !== m.fingerprint ? (
                    <button type="button" onClick={() => setRevoking(m.fingerprint)}>
                      Revoke {m.name}’s card
                    </button>
                  ) : null}
                  {revoking === m.fingerprint ? (
                    <div role="group" aria-label={`Revoke ${m.name}’s card?`}>
                      <p>Nothing more will be accepted from or sent to {m.name}.</p>
                      <button
                        type="button"
                        onClick={() =>
                          void invoke('exchange.revokeCard', { fingerprint: m.fingerprint }).then(
                            (r) => {
                              setRevoking(null);
                              done(r.ok ? null : r.error, `${m.name}'s card is revoked.`);
                            },
                          )
                        }
                      >
                        Yes, revoke
                      </button>
                      <button type="button" onClick={() => setRevoking(null)}>
                        Keep it
                      </button>
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
