// A date field bound to one path of the open conference: typed en-GB, stored ISO 'YYYY-MM-DD', saved when the
// user leaves the field or presses Enter; an invalid date shows an inline error and is not saved.
// Rule source: docs/architecture.md §3.6 (en-GB dates "5 January 2026"); every edit saved, nothing lost.
import { useState } from 'react';

import type { Path } from '../../../shared/domain/edits';
import { useConference } from '../state/conference-store';

import { DateField, useDateDraft } from './DateField';
import { fieldIdFor } from './field-id';

type Props = {
  label: string;
  path: Path;
  value: string | undefined;
  hint?: string;
  required?: boolean;
};

export function DateInput({ label, path, value, hint, required }: Props) {
  const apply = useConference((s) => s.apply);
  const draft = useDateDraft(value, required);
  const [editing, setEditing] = useState(false);
  const [seen, setSeen] = useState(value);
  // Show a value changed elsewhere (a reload, another screen) unless the user is typing here.
  if (seen !== value) {
    setSeen(value);
    if (!editing) {
      draft.reset(value);
    }
  }

  const done = () => {
    setEditing(false);
    const result = draft.read();
    if (!result.ok || result.date === value) {
      return;
    }
    const failed = apply(
      result.date === undefined
        ? { type: 'unset', path }
        : { type: 'set', path, value: result.date },
    );
    if (failed) {
      draft.showError(failed.message);
    }
  };

  return (
    <DateField
      id={fieldIdFor(path)}
      label={label}
      text={draft.text}
      error={draft.error}
      hint={hint}
      required={required}
      onText={(t) => {
        setEditing(true);
        draft.setText(t);
      }}
      onDone={done}
    />
  );
}
