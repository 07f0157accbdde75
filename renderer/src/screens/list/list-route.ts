// The screens of the list area and their hashes: #/list, #/list/check, #/list/enquiries, #/list/due,
// #/list/census, #/list/transfer-in, #/list/settings and #/list/child/<childId>. Rule source: docs/list.md.
import { routeHash } from '../../state/route';

export type ListView =
  | { view: 'list' }
  | { view: 'check' }
  | { view: 'enquiries' }
  | { view: 'due' }
  | { view: 'census' }
  | { view: 'transfer-in' }
  | { view: 'settings' }
  | { view: 'child'; childId: string };

/** The list screen a route's path names (the parts after 'list'); anything unknown is the list itself. */
export function listViewFrom(path: readonly string[]): ListView {
  const [first, second] = path;
  switch (first) {
    case 'check':
    case 'enquiries':
    case 'due':
    case 'census':
    case 'transfer-in':
    case 'settings':
      return { view: first };
    case 'child':
      return second ? { view: 'child', childId: second } : { view: 'list' };
    default:
      return { view: 'list' };
  }
}

/** The hash of a list screen. */
export function listHash(v: ListView): string {
  const path = v.view === 'list' ? [] : v.view === 'child' ? ['child', v.childId] : [v.view];
  return routeHash({ screen: 'list', path });
}
