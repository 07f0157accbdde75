// Exchange records that cannot be read: what to do, and the sentence a listing (waiting merges, the team
// directory) shows instead of leaving them out silently. Records are named by vault key only, never by what they
// hold. Rule source: docs/exchange.md, "Records that cannot be read".

/** What to do about an exchange record that cannot be read. */
export const EXCHANGE_FIX =
  'Restore the newest backup that reads (Vault settings, Backups; or icpc backup list), or open the vault with the newer version of the app. If a bundle is then refused, ask its sender to send it again.';

const NOUN = {
  merge: ['waiting merge in this vault', 'waiting merges in this vault'],
  card: ['card in your team directory', 'cards in your team directory'],
} as const;

/** "1 waiting merge in this vault could not be read, so it is not shown (exchange/merge:c1). …"; empty for none. */
export function unreadableSentence(keys: readonly string[], what: keyof typeof NOUN): string {
  if (keys.length === 0) {
    return '';
  }
  const one = keys.length === 1;
  const n = `${keys.length.toLocaleString('en-GB')} ${NOUN[what][one ? 0 : 1]}`;
  const shown = keys.slice(0, 3).join(', ');
  const more = keys.length > 3 ? ` and ${(keys.length - 3).toLocaleString('en-GB')} more` : '';
  return `${n} could not be read, so ${one ? 'it is' : 'they are'} not shown (${shown}${more}). ${EXCHANGE_FIX}`;
}
