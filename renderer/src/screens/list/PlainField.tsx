// A labelled text field held in a screen's own state (not the conference store), with a hint and an inline error
// tied to the input by aria-describedby. Used by the list's forms. Rule source: docs/list.md (labels on every control).
import { SpellCheckedTextArea } from '../../components/SpellCheckedTextArea';
import '../../styles/fields.css';

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | undefined;
  multiline?: boolean;
  type?: 'text' | 'tel' | 'search';
  inputMode?: 'numeric' | 'text';
  autoComplete?: string;
  required?: boolean;
};

export function PlainField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  multiline,
  type = 'text',
  inputMode,
  autoComplete = 'off',
  required,
}: Props) {
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {multiline ? (
        <SpellCheckedTextArea {...common} fieldLabel={label} rows={3} onChange={onChange} />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </div>
  );
}
