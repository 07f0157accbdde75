// Where the chair is in the app, kept in the URL hash so a reload returns to the same screen.
// Routes: #/ (conferences home), #/conference/<id> (opens it where its status says), #/conference/<id>/setup, #/conference/<id>/live/<step>, #/list/... (the list of
// children subject to a plan; its screens are named in screens/list/list-route.ts), #/vault (vault settings),
// #/vault/restore (restore a backup, shown while locked).
import { useSyncExternalStore } from 'react';

export type Route =
  | { screen: 'home' }
  | { screen: 'setup'; id: string }
  /** A conference opened from elsewhere: its documents page when signed, its set-up otherwise (open-route.tsx). */
  | { screen: 'open'; id: string }
  | { screen: 'live'; id: string; step: string | undefined }
  | { screen: 'signoff'; id: string }
  | { screen: 'verify' }
  | { screen: 'list'; path: string[] }
  | { screen: 'vault'; section: 'restore' | undefined; backup?: string }
  | { screen: 'team'; section: 'home' | 'inbox' | 'merge'; id?: string };

/** Parses a location hash into a route; anything unknown is home. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (parts[0] === 'conference' && parts[1]) {
    if (parts[2] === 'signoff') {
      return { screen: 'signoff', id: parts[1] };
    }
    if (parts[2] === 'live') {
      return { screen: 'live', id: parts[1], step: parts[3] };
    }
    if (parts[2] === undefined || parts[2] === '') {
      return { screen: 'open', id: parts[1] };
    }
    return { screen: 'setup', id: parts[1] };
  }
  if (parts[0] === 'list') {
    return { screen: 'list', path: parts.slice(1).filter((p) => p !== '') };
  }
  if (parts[0] === 'verify') {
    return { screen: 'verify' };
  }
  if (parts[0] === 'team') {
    const section = parts[1] === 'inbox' || parts[1] === 'merge' ? parts[1] : 'home';
    return parts[2] ? { screen: 'team', section, id: parts[2] } : { screen: 'team', section };
  }
  if (parts[0] === 'vault') {
    if (parts[1] === 'restore') {
      return parts[2]
        ? { screen: 'vault', section: 'restore', backup: parts[2] }
        : { screen: 'vault', section: 'restore' };
    }
    return { screen: 'vault', section: undefined };
  }
  return { screen: 'home' };
}

/** The hash for a route. */
export function routeHash(route: Route): string {
  switch (route.screen) {
    case 'home':
      return '#/';
    case 'setup':
      return `#/conference/${encodeURIComponent(route.id)}/setup`;
    case 'open':
      return `#/conference/${encodeURIComponent(route.id)}`;
    case 'live':
      return `#/conference/${encodeURIComponent(route.id)}/live${route.step ? `/${route.step}` : ''}`;
    case 'signoff':
      return `#/conference/${encodeURIComponent(route.id)}/signoff`;
    case 'verify':
      return '#/verify';
    case 'list':
      return ['#/list', ...route.path.map(encodeURIComponent)].join('/');
    case 'vault':
      return route.section
        ? `#/vault/${route.section}${route.backup ? `/${encodeURIComponent(route.backup)}` : ''}`
        : '#/vault';
    case 'team':
      return `#/team${route.section === 'home' ? '' : `/${route.section}`}${route.id ? `/${encodeURIComponent(route.id)}` : ''}`;
  }
}

/** Moves to a route in place of the current history entry (a redirect, so Back skips it). */
export function replaceRoute(route: Route): void {
  window.location.replace(routeHash(route));
}

/** Moves to a route (adds a history entry, so Back works). */
export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

const subscribe = (cb: () => void): (() => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

/** The current route, re-rendering on hash changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
