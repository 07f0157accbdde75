// The lead social worker here for a transferred-in child (optional; the name is needed when a team or contact is
// given). Rule source: docs/domain.md §3.1 (lead social worker), §5.3 (transfer-in).
import { PlainField } from './PlainField';

type Props = {
  id: string;
  name: string;
  team: string;
  contact: string;
  error: string | undefined;
  onChange: (field: 'leadName' | 'leadTeam' | 'leadContact', value: string) => void;
};

export function TransferInLead({ id, name, team, contact, error, onChange }: Props) {
  return (
    <fieldset className="setup-section" aria-describedby={error ? `${id}-lead-error` : undefined}>
      <legend>
        <h2 className="legend-heading">Lead social worker here (optional)</h2>
      </legend>
      {error ? (
        <p className="error-message" id={`${id}-lead-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <PlainField
        id={`${id}-lead-name`}
        label="Name"
        value={name}
        onChange={(v) => onChange('leadName', v)}
      />
      <PlainField
        id={`${id}-lead-team`}
        label="Team"
        value={team}
        onChange={(v) => onChange('leadTeam', v)}
      />
      <PlainField
        id={`${id}-lead-contact`}
        label="Phone or email"
        value={contact}
        onChange={(v) => onChange('leadContact', v)}
      />
    </fieldset>
  );
}
