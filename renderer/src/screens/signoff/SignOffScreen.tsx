// Sign-off of one conference: what stops it (blockers), the documents it will produce with their copy types, the
// distribution list, the chair's certificate, passphrase confirmation with progress; then every signed version
// with its files, hashes and downloads, and the amendment form. Rule source:
// docs/reliability.md §2.5 (app model); docs/domain.md §4.3 (copies and distribution).
import { useCallback, useEffect, useState } from 'react';

import type { Output } from '../../../../shared/ipc/contract';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useConference } from '../../state/conference-store';
import { navigate } from '../../state/route';
import { STATUS_LABELS } from '../conference-labels';

import { AmendForm } from './AmendForm';
import { CertificatePanel } from './CertificatePanel';
import { DocumentPlan } from './DocumentPlan';
import { FamilyCopyChoice } from './FamilyCopyChoice';
import { DocumentPreview } from './preview/DocumentPreview';
import { UnreadableVersions } from './UnreadableVersions';
import { SignOffForm } from './SignOffForm';
import { VersionsList } from './VersionsList';
import { SendPanel } from '../team/SendPanel';
import '../../styles/conference.css';
import '../../styles/signoff.css';

type Loaded = {
  preview: Output<'documents.preview'>;
  versions: Output<'documents.listVersions'>['versions'];
};

export function SignOffScreen({ id }: { id: string }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const [reloads, setReloads] = useState(0);
  // The documents the chair has looked at (by stem), for this version; a reload starts the checklist again.
  const [lookedAt, setLookedAt] = useState<ReadonlySet<string>>(new Set());
  const onLooked = useCallback((stem: string, looked: boolean) => {
    setLookedAt((prev) => {
      if (prev.has(stem) === looked) {
        return prev;
      }
      const next = new Set(prev);
      if (looked) {
        next.add(stem);
      } else {
        next.delete(stem);
      }
      return next;
    });
  }, []);

  useEffect(() => {
    let current = true;
    void Promise.all([
      invoke('documents.preview', { conferenceId: id }),
      invoke('documents.listVersions', { conferenceId: id }),
    ]).then(([preview, versions]) => {
      if (!current) {
        return;
      }
      if (!preview.ok || !versions.ok) {
        setError(!preview.ok ? preview.error : !versions.ok ? versions.error : null);
        return;
      }
      setLoaded({ preview: preview.value, versions: versions.value.versions });
      setLookedAt(new Set());
    });
    return () => {
      current = false;
    };
  }, [id, reloads]);

  const reloadConference = useConference((s) => s.reload);
  const done = (message: string) => {
    setNotice(message);
    setError(null);
    setReloads((n) => n + 1);
  };
  // Signing and amending change the record's status and revision in main: the open conference is read again at
  // once, so the screens show the new version and the next edit is based on the new revision.
  const changedInMain = (message: string) => {
    done(message);
    if (useConference.getState().id === id) {
      void reloadConference();
    }
  };

  if (!loaded) {
    return error ? <ErrorSummary error={error} /> : <p role="status">Opening the documents…</p>;
  }
  const { preview, versions } = loaded;
  const signed = preview.status === 'signed';
  const unreadable = preview.unreadableVersions;
  const blocked = preview.blockers.length > 0 || unreadable > 0;
  return (
    <section aria-labelledby="signoff-title" className="panel signoff">
      <div className="toolbar">
        <button
          type="button"
          className="link-button"
          onClick={() => navigate({ screen: 'live', id, step: undefined })}
        >
          Back to the conference
        </button>
        <a href="#/verify">Check a signed document</a>
      </div>
      <h1 id="signoff-title">Sign off and documents</h1>
      <p className="lead">
        {unreadable > 0
          ? `${signed ? 'Signed' : STATUS_LABELS[preview.status]}. The version number is not known: see below.`
          : `Version ${preview.version}: ${signed ? 'signed' : STATUS_LABELS[preview.status].toLowerCase()}.`}
        {unreadable > 0
          ? null
          : signed
            ? ' The record is frozen. To change it, amend it: that starts a new version, and this one stays as it is.'
            : ' When you sign off, the record is frozen and every document below is signed and kept in the vault.'}
      </p>
      {notice ? (
        <p className="signoff-notice" role="status">
          {notice}
        </p>
      ) : null}
      {error ? <ErrorSummary error={error} /> : null}
      {unreadable > 0 ? <UnreadableVersions count={unreadable} /> : null}
      {!signed && preview.blockers.length > 0 ? (
        <section className="signoff-blockers" aria-labelledby="blockers-title">
          <h2 id="blockers-title">The record cannot be signed yet</h2>
          <p>Put these right in the conference first:</p>
          <ul>
            {preview.blockers.map((b, i) => (
              <li key={`${b.ruleId}-${b.path}-${i}`}>{b.message}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {!signed ? (
        <>
          <FamilyCopyChoice conferenceId={id} onChanged={() => setReloads((n) => n + 1)} />
          {preview.namedLeftOut.length > 0 ? (
            <section className="signoff-blockers" aria-labelledby="named-left-out-title">
              <h2 id="named-left-out-title">Check these family copies</h2>
              <p>
                These copies leave out a child’s details, but text written about the whole family
                still names the child. Change the wording in the conference, or give the family
                member that child’s details above.
              </p>
              <ul>
                {preview.namedLeftOut.map((n) => (
                  <li key={`${n.member}-${n.child}`}>
                    {n.member}’s copy leaves out {n.child}, who is named in: “{n.excerpt}”
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <DocumentPreview
            conferenceId={id}
            documents={preview.documents}
            lookedAt={lookedAt}
            onLooked={onLooked}
          />
          <DocumentPlan distribution={preview.distribution} />
          <CertificatePanel certificate={preview.certificate} onImported={done} />
          {blocked ? null : (
            <SignOffForm
              conferenceId={id}
              version={preview.version}
              fileCount={preview.documents.length * 3}
              lookedAt={preview.documents.filter((d) => lookedAt.has(d.stem)).map((d) => d.stem)}
              documentCount={preview.documents.length}
              onSigned={(v) => changedInMain(`Version ${v} is signed and kept in the vault.`)}
            />
          )}
        </>
      ) : unreadable > 0 ? null : (
        <AmendForm
          conferenceId={id}
          nextVersion={preview.version + 1}
          onAmended={(v) =>
            changedInMain(`Version ${v} is open for changes. Sign it off again when it is ready.`)
          }
        />
      )}
      <SendPanel key={preview.status} conferenceId={id} />
      <VersionsList conferenceId={id} versions={versions} unreadable={unreadable} />
    </section>
  );
}
