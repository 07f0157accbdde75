// The authority's settings: the name and protective marking printed on every page of the documents, and the title
// of the manager who keeps the list (settings.set, kept in the vault). Checked with the same schema the channel
// parses, so every problem shows at once by its field. Rules: docs/domain.md §6 (the title varies by authority:
// "Designated Manager" in Medway), §9.4 (documents), §9.5 (configuration).
import { useEffect, useId, useState } from 'react';

import { AuthoritySettingsSchema } from '../../../../shared/domain/settings';
import type { AuthoritySettings } from '../../../../shared/domain/settings';
import { STEP_NAMES, STEPS } from '../../../../shared/domain/steps';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useAuthoritySettings } from '../../state/authority-settings';

import { AgendaMinutesFields } from './AgendaMinutesFields';
import { useScreenHeading } from './ListNav';
import { PlainField } from './PlainField';
import { minutesText, parseMinutes } from './agenda-minutes-form';
import type { MinutesText } from './agenda-minutes-form';

const TITLE = 'Settings for this authority';

type Key = Exclude<keyof AuthoritySettings, 'stepMinutes'>;
type TextSettings = Pick<AuthoritySettings, Key>;
const FIELDS: { key: Key; label: string; hint: string }[] = [
  {
    key: 'authorityName',
    label: 'Name of the local authority',
    hint: 'Printed at the top of every page of the documents and in the census export.',
  },
  {
    key: 'protectiveMarking',
    label: 'Protective marking',
    hint: 'Printed on every page of every document, for example OFFICIAL-SENSITIVE.',
  },
  {
    key: 'listManagerTitle',
    label: 'Title of the manager who keeps the list',
    hint: 'The person who keeps the list of children subject to a plan, for example Designated Manager.',
  },
];

export function SettingsScreen() {
  const id = useId();
  const { settings, loaded, load, saved } = useAuthoritySettings();
  const heading = useScreenHeading(TITLE, loaded);
  const [draft, setDraft] = useState<TextSettings | null>(null);
  const [minutesDraft, setMinutesDraft] = useState<MinutesText | null>(null);
  const [minuteErrors, setMinuteErrors] = useState<Partial<MinutesText>>({});
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const [said, setSaid] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);

  const form: TextSettings = draft ?? {
    authorityName: settings.authorityName,
    protectiveMarking: settings.protectiveMarking,
    listManagerTitle: settings.listManagerTitle,
  };
  const minutes = minutesDraft ?? minutesText(settings.stepMinutes);

  const save = async () => {
    setSaid('');
    const planned = parseMinutes(minutes);
    const stepMinutes = planned.ok ? planned.value : undefined;
    const parsed = AuthoritySettingsSchema.safeParse(
      stepMinutes === undefined ? form : { ...form, stepMinutes },
    );
    if (!parsed.success || !planned.ok) {
      const next: Partial<Record<Key, string>> = {};
      for (const issue of parsed.success ? [] : parsed.error.issues) {
        const key = issue.path[0] as Key;
        next[key] ??= issue.message;
      }
      const wrongMinutes = planned.ok ? {} : planned.errors;
      setErrors(next);
      setMinuteErrors(wrongMinutes);
      setFailure({
        code: 'BAD_INPUT',
        message: 'Check these settings before they are saved.',
        issues: [
          ...FIELDS.filter((f) => next[f.key]).map((f) => ({
            path: f.label,
            message: next[f.key] ?? '',
          })),
          ...STEPS.filter((s) => wrongMinutes[s.id]).map((s) => ({
            path: `${STEP_NAMES[s.id]} (minutes)`,
            message: wrongMinutes[s.id] ?? '',
          })),
        ],
      });
      return;
    }
    setBusy(true);
    const r = await invoke('settings.set', parsed.data);
    setBusy(false);
    if (!r.ok) {
      setFailure(r.error);
      return;
    }
    setErrors({});
    setMinuteErrors({});
    setFailure(null);
    setDraft(null);
    setMinutesDraft(null);
    saved(r.value);
    setSaid('Settings saved. Documents made from now on use them; signed documents do not change.');
  };

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {TITLE}
      </h1>
      <p className="lead">
        What differs between local authorities. The timescales follow national guidance for England.
      </p>
      {failure ? <ErrorSummary error={failure} /> : null}
      <p role="status" className="list-said">
        {said}
      </p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="setup-section">
          {FIELDS.map((f) => (
            <PlainField
              key={f.key}
              id={`${id}-${f.key}`}
              label={f.label}
              hint={f.hint}
              value={form[f.key]}
              error={errors[f.key]}
              required
              onChange={(v) => {
                setDraft({ ...form, [f.key]: v });
                setErrors(({ [f.key]: _gone, ...rest }) => rest);
              }}
            />
          ))}
        </div>
        <AgendaMinutesFields
          id={id}
          value={minutes}
          errors={minuteErrors}
          onChange={(v) => {
            setMinutesDraft(v);
            setMinuteErrors({});
          }}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={busy || !loaded}>
            {busy ? 'Saving…' : 'Save the settings'}
          </button>
        </div>
      </form>
    </>
  );
}
