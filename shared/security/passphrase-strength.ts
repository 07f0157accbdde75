// A plain-English estimate of passphrase strength for the create and change screens (docs/reliability.md §3.2 K4).
// An estimate only: it rewards length and variety, and penalises common words, repeats and sequences.

export type Strength = { score: 0 | 1 | 2 | 3; label: string; advice: string };

/** The shortest passphrase the vault accepts (docs/reliability.md §3.2 K4). */
export const MIN_PASSPHRASE_LENGTH = 12;

/**
 * What is wrong with a new passphrase and its confirmation, in words for the form (`what` names it there:
 * "passphrase" or "new passphrase"); null when both are fine.
 */
export function newPassphraseProblem(
  passphrase: string,
  confirm: string,
  what: 'passphrase' | 'new passphrase',
): string | null {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return `Use a ${what} of at least ${MIN_PASSPHRASE_LENGTH} characters.`;
  }
  if (passphrase !== confirm) {
    return `The two ${what}s are not the same.`;
  }
  return null;
}

const COMMON = [
  'password',
  'passphrase',
  'qwerty',
  'letmein',
  'welcome',
  'admin',
  'iloveyou',
  'monkey',
  'dragon',
  'football',
  'sunshine',
  'princess',
  'council',
  'social',
  'conference',
  'children',
  '123456',
];

/** Bits of entropy, roughly: length × log2(alphabet), less what patterns give away. */
export function estimateBits(passphrase: string): number {
  const lower = passphrase.toLowerCase();
  let alphabet = 0;
  if (/[a-z]/.test(passphrase)) {
    alphabet += 26;
  }
  if (/[A-Z]/.test(passphrase)) {
    alphabet += 26;
  }
  if (/[0-9]/.test(passphrase)) {
    alphabet += 10;
  }
  if (/[^a-zA-Z0-9]/.test(passphrase)) {
    alphabet += 33;
  }
  let effective = passphrase.length;
  for (const word of COMMON) {
    if (lower.includes(word)) {
      effective -= word.length - 1;
    }
  }
  effective -= (passphrase.match(/(.)\1{2,}/g) ?? []).reduce((n, run) => n + run.length - 1, 0);
  effective -=
    (lower.match(/(?:abc|bcd|cde|def|123|234|345|456|567|678|789|890)/g) ?? []).length * 2;
  return Math.max(0, effective) * Math.log2(Math.max(alphabet, 1));
}

/** Strength bands: under 12 characters is always "too short" (the vault refuses it). */
export function passphraseStrength(passphrase: string): Strength {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return {
      score: 0,
      label: 'Too short',
      advice: `Use at least ${MIN_PASSPHRASE_LENGTH} characters.`,
    };
  }
  const bits = estimateBits(passphrase);
  if (bits < 50) {
    return {
      score: 1,
      label: 'Weak',
      advice: 'Add more words, or avoid common words and patterns.',
    };
  }
  if (bits < 70) {
    return {
      score: 2,
      label: 'Fair',
      advice: 'A longer phrase of four or more unrelated words is stronger.',
    };
  }
  return { score: 3, label: 'Strong', advice: 'Good. Keep it somewhere only you can find it.' };
}
