// The passphrase strength estimate shown on the create and change screens.
import { describe, expect, it } from 'vitest';

import { NewPassphraseSchema } from '../../../shared/ipc/contracts/vault';
import {
  estimateBits,
  newPassphraseProblem,
  passphraseStrength,
} from '../../../shared/security/passphrase-strength';

describe('passphrase strength', () => {
  it('calls anything under 12 characters too short', () => {
    expect(passphraseStrength('Tr0ub4dor&3').label).toBe('Too short');
    expect(passphraseStrength('').score).toBe(0);
  });

  it('calls a common word padded to length weak', () => {
    expect(passphraseStrength('password1234').label).toBe('Weak');
    expect(passphraseStrength('aaaaaaaaaaaa').label).toBe('Weak');
  });

  it('calls four unrelated words strong', () => {
    expect(passphraseStrength('copper kettle morning lantern').label).toBe('Strong');
  });

  it('gives more bits to longer and more varied passphrases', () => {
    expect(estimateBits('abcdefghijkm')).toBeLessThan(estimateBits('abcdefghijkmnopq'));
    expect(estimateBits('qwmnzxplokij')).toBeLessThan(estimateBits('qwmnZXpl0k!j'));
  });

  it('penalises sequences and repeats', () => {
    expect(estimateBits('zq1234567890')).toBeLessThan(estimateBits('zq7361948250'));
    expect(estimateBits('zzzzzzqwerty')).toBeLessThan(estimateBits('zkvbnmwqerty'));
  });
});

describe('a new passphrase and its confirmation', () => {
  it('asks for 12 characters, then for the two to match, in the words of the form', () => {
    expect(newPassphraseProblem('short', 'short', 'passphrase')).toBe(
      'Use a passphrase of at least 12 characters.',
    );
    expect(newPassphraseProblem('elevenchars', 'elevenchars', 'new passphrase')).toBe(
      'Use a new passphrase of at least 12 characters.',
    );
    expect(newPassphraseProblem('copper kettle morning', 'copper kettle', 'passphrase')).toBe(
      'The two passphrases are not the same.',
    );
    expect(newPassphraseProblem('copper kettle morning', 'copper', 'new passphrase')).toBe(
      'The two new passphrases are not the same.',
    );
    expect(newPassphraseProblem('twelve chars', 'twelve chars', 'passphrase')).toBeNull();
  });

  it('accepts exactly what the vault contract accepts, and the meter calls the rest too short', () => {
    for (const p of ['', 'a'.repeat(11), 'a'.repeat(12), 'copper kettle morning lantern']) {
      expect(newPassphraseProblem(p, p, 'passphrase') === null).toBe(
        NewPassphraseSchema.safeParse(p).success,
      );
      expect(passphraseStrength(p).label === 'Too short').toBe(p.length < 12);
    }
  });
});
