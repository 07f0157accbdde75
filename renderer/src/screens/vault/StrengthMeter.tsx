// The passphrase strength estimate shown under a new passphrase (create vault, change passphrase).
// Rule source: docs/reliability.md §3.2 K4 (an estimate shown, 12 characters at least).
import { passphraseStrength } from '../../../../shared/security/passphrase-strength';

export function StrengthMeter({ passphrase }: { passphrase: string }) {
  const strength = passphraseStrength(passphrase);
  return (
    <p className="strength" data-score={strength.score} aria-live="polite">
      <span className="strength-bar" aria-hidden="true">
        <span style={{ width: `${(strength.score / 3) * 100}%` }} />
      </span>
      Strength: <strong>{strength.label}</strong>. {strength.advice}
    </p>
  );
}
