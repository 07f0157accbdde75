// The passphrase strength estimate shown on the create and change screens.
import { describe, expect, it } from 'vitest';

import { estimateBits, passphraseStrength } from '../../../shared/security/passphrase-strength';

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
