// Navigation between the list screens and back to the conferences, plus the heading hook each screen uses
// (window title, focus on the heading when the screen opens). Rule source: docs/list.md; keyboard use.
import { useEffect, useRef } from 'react';

import { useListManagerTitle } from '../../state/authority-settings';
import { routeHash } from '../../state/route';

import { listHash } from './list-route';
import type { ListView } from './list-route';

const LINKS: { link: Exclude<ListView, { view: 'child' }>; text: string }[] = [
  { link: { view: 'list' }, text: 'Children subject to a plan' },
  { link: { view: 'check' }, text: 'Check whether a child is subject to a plan' },
  { link: { view: 'enquiries' }, text: 'Enquiry log' },
  { link: { view: 'due' }, text: 'Due in the next 20 working days' },
  { link: { view: 'census' }, text: 'Census export' },
  { link: { view: 'transfer-in' }, text: 'Add a child transferred in' },
  { link: { view: 'settings' }, text: 'Settings' },
];

export function ListNav({ current }: { current: ListView['view'] }) {
  const title = useListManagerTitle();
  return (
    <nav className="list-nav" aria-label="List of children subject to a plan">
      <ul>
        <li>
          <a href={routeHash({ screen: 'home' })}>Conferences</a>
        </li>
        {LINKS.map((l) => (
          <li key={l.link.view}>
            <a href={listHash(l.link)} aria-current={current === l.link.view ? 'page' : undefined}>
              {l.text}
            </a>
          </li>
        ))}
      </ul>
      <p className="hint">Kept by the {title}.</p>
    </nav>
  );
}

/** Sets the window title and focuses the returned heading once the screen is ready (its data loaded). */
export function useScreenHeading(title: string, ready = true) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ICPC Companion`;
  }, [title]);
  useEffect(() => {
    if (ready) {
      ref.current?.focus();
    }
  }, [ready]);
  return ref;
}

/** A link to the list from the conferences home. */
export function ListLink() {
  return (
    <p className="list-home-link">
      <a href={listHash({ view: 'list' })}>Children subject to a child protection plan</a>
    </p>
  );
}
