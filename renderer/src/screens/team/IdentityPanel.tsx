// Who you are: the form that sets this vault's owner once (name, role, authority), then the fingerprint read
// aloud in large digit groups and "Download my card". Rule source: docs/exchange.md (identities and roles).
import { useState } from 'react';
import type { FormEvent } from 'react';

import { ROLES, ROLE_LABEL } from '../../../../shared/exchange/roles';
import type { Role } from '../../../../shared/exchange/roles';
import type { Output } from '../../../../shared/ipc/contract';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { downloadBase64 } from '../signoff/files';

import { groupsOf } from './team-text';

type Identity = NonNullable<Output<'exchange.identity'>['identity']>;

export function Fingerprint({ readAloud, label }: { readAloud: string; label: string }) {
  return (
    <p className="fingerprint" aria-label={`${label}: ${readAloud}`}>
      {groupsOf(readAloud).map((g, i) => (
        <span key={i}>{g}</span>
      ))}
    </p>
  );
}

export function IdentityPanel({
  identity,
  onCreated,
}: {
  identity: Identity | null;
  onCreated: () => void;
}) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('chair');
  const [authority, setAuthority] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    const r = await invoke('exchange.createIdentity', { name, role, authority });
    if (r.ok) {
      setError(null);
      onCreated();
    } else {
      setError(r.error);
    }
  };
  const card = async () => {
    const r = await invoke('exchange.card', {});
    if (!r.ok) {
      setError(r.error);
      return;
    }
    if (r.value.kind === 'download') {
      downloadBase64(r.value.fileName, r.value.mediaType, r.value.base64);
      setNotice(`Your card is downloading as ${r.value.fileName}.`);
    } else if (r.value.kind === 'saved') {
      setNotice(`Your card is saved as ${r.value.fileName} in ${r.value.folder}.`);
    }
  };

  if (identity) {
    return (
      <section className="panel" aria-labelledby="me-title">
        <h2 id="me-title">Who you are</h2>
        <p>
          {identity.name}, {ROLE_LABEL[identity.role]}, {identity.authority}.
        </p>
        <p>Read these numbers aloud to a colleague who adds your card, so they can confirm it:</p>
        <Fingerprint readAloud={identity.readAloud} label="Your fingerprint" />
        {notice ? <p role="status">{notice}</p> : null}
        {error ? <ErrorSummary error={error} /> : null}
        <button type="button" onClick={() => void card()}>
          Download my card
        </button>
      </section>
    );
  }
  return (
    <form
      className="panel narrow"
      noValidate
      onSubmit={(e) => void create(e)}
      aria-labelledby="me-title"
    >
      <h2 id="me-title">Who you are</h2>
      <p className="hint">
        Set once for this vault. Only a conference chair can sign off; a minute-taker prepares the
        draft and sends it to the chair.
      </p>
      {error ? <ErrorSummary error={error} title="Your identity was not set" /> : null}
      <div className="field">
        <label htmlFor="me-name">Your name</label>
        <input id="me-name" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="me-role">Your role</label>
        <select id="me-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABEL[r]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="me-authority">Your local authority</label>
        <input id="me-authority" value={authority} onChange={(e) => setAuthority(e.target.value)} />
      </div>
      <button type="submit">Set who I am</button>
    </form>
  );
}
