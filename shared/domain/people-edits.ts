// Adding, removing and restoring people and children mid-meeting (docs/domain.md §9.1). Removing someone the
// record still relies on is refused with a plain list of where they appear; only links that carry no content of
// their own are cleaned up and come back on undo: a person's line in the attendance register, and a child's
// agency views (which are about that child alone). Undo is an edit of its own, so it also works after later edits.
import { AppFailure } from '../ipc/result';

import type { Conference } from './conference';
import type { ChildLink } from './household';
import type { PersonId } from './ids';

/** Property names that hold a person's id, and where they are, in plain words. */
const PERSON_KEYS = new Set(['personId', 'professionalId', 'authorId', 'participantId', 'ownerId']);

export type Reference = { path: (string | number)[]; label: string };

/** Where a reference sits, by a key its path contains (first match wins), in plain words. */
const PLACES: readonly [key: string, label: string][] = [
  ['audience', 'the audience of a restricted item'],
  ['attendance', 'the attendance register'],
  ['agencyViews', 'an agency view'],
  ['coreGroup', 'a core group'],
  ['actions', 'a plan action (owner)'],
  ['leadSocialWorker', 'the lead social worker'],
  ['scaling', 'a safety scale score'],
  ['agencyInformation', 'agency information'],
  ['reports', 'a report (author)'],
  ['dissent', 'a recorded disagreement'],
  ['recipients', 'the distribution list'],
];

/** Plain-English name of the place a reference sits, from its path. */
export function referencePlace(path: readonly (string | number)[]): string {
  const place = PLACES.find(([key]) => path.includes(key));
  return place ? place[1] : `the record (${path.join('.')})`;
}

/** Every place in the conference that refers to `id`, found by walking the whole record. */
export function findReferences(c: Conference, id: string, keys: ReadonlySet<string>): Reference[] {
  const found: Reference[] = [];
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, i]));
      return;
    }
    if (typeof value !== 'object' || value === null) {
      return;
    }
    for (const [k, v] of Object.entries(value)) {
      if (keys.has(k) && v === id) {
        found.push({ path: [...path, k], label: referencePlace([...path, k]) });
      } else if (k === 'audience' && Array.isArray(v) && v.includes(id)) {
        found.push({ path: [...path, k], label: referencePlace([...path, k]) });
      } else {
        walk(v, [...path, k]);
      }
    }
  };
  walk(c, []);
  return found;
}

/** "2 agency views and the attendance register": counted places, in the order first found. */
export function describePlaces(refs: readonly Reference[]): string {
  const counts = new Map<string, number>();
  refs.forEach((r) => counts.set(r.label, (counts.get(r.label) ?? 0) + 1));
  const parts = [...counts].map(([label, n]) => (n === 1 ? label : `${label} (${n} times)`));
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

type PersonList = 'household' | 'professionals';

export type PersonSnapshot = {
  list: PersonList;
  index: number;
  person: Conference['household'][number] | Conference['professionals'][number];
  attendance?: Conference['attendance'][number];
};

export type ChildSnapshot = {
  index: number;
  child: Conference['children'][number];
  agencyViews: Conference['agencyViews'];
  /** Family members' links to the child, which go and come back with the child. */
  childLinks?: { memberId: PersonId; link: ChildLink }[];
};

const refuse = (message: string, field: string): AppFailure =>
  new AppFailure('BAD_INPUT', message, [{ path: field, message }]);

function locatePerson(c: Conference, personId: string): { list: PersonList; index: number } {
  for (const list of ['household', 'professionals'] as const) {
    const index = c[list].findIndex((p) => p.id === personId);
    if (index >= 0) {
      return { list, index };
    }
  }
  throw refuse('That person is not on this conference.', 'people');
}

/** What removing the person takes away (for undo); refuses while the record relies on them. */
export function personRemoval(c: Conference, personId: string): PersonSnapshot {
  const { list, index } = locatePerson(c, personId);
  const person = c[list][index]!;
  const blocking = findReferences(c, personId, PERSON_KEYS).filter(
    (r) => r.path[0] !== 'attendance',
  );
  if (blocking.length > 0) {
    throw refuse(
      `${person.name} cannot be removed while the record refers to them in ${describePlaces(blocking)}. ` +
        'Change those first, or record that they left instead.',
      list,
    );
  }
  const attendance = c.attendance.find((a) => a.personId === personId);
  return { list, index, person, ...(attendance ? { attendance } : {}) };
}

export function removePerson(c: Conference, personId: string): Conference {
  const snap = personRemoval(c, personId);
  const next = { ...c, attendance: c.attendance.filter((a) => a.personId !== personId) };
  return snap.list === 'household'
    ? { ...next, household: c.household.filter((p) => p.id !== personId) }
    : { ...next, professionals: c.professionals.filter((p) => p.id !== personId) };
}

/** Puts a removed person back where they were (or at the end when the list has shrunk since). */
export function restorePerson(c: Conference, snap: PersonSnapshot): Conference {
  const id = snap.person.id;
  if ([...c.household, ...c.professionals].some((p) => p.id === id)) {
    throw refuse(`${snap.person.name} is already on this conference.`, snap.list);
  }
  const list = c[snap.list] as unknown[];
  const at = Math.min(snap.index, list.length);
  const restored = [...list.slice(0, at), snap.person, ...list.slice(at)];
  const attendance = snap.attendance
    ? [...c.attendance.filter((a) => a.personId !== id), snap.attendance]
    : c.attendance;
  return { ...c, [snap.list]: restored, attendance };
}

/** What removing the child takes away (for undo); refuses while other parts of the record rely on them. */
export function childRemoval(c: Conference, childId: string): ChildSnapshot {
  const index = c.children.findIndex((ch) => ch.details.id === childId);
  if (index < 0) {
    throw refuse('That child is not on this conference.', 'children');
  }
  const child = c.children[index]!;
  const blocking = findReferences(c, childId, new Set(['childId'])).filter(
    (r) =>
      r.path[0] !== 'agencyViews' && !(r.path[0] === 'household' && r.path[2] === 'childLinks'),
  );
  if (blocking.length > 0) {
    throw refuse(
      `${child.details.name} cannot be removed while the record refers to them in ${describePlaces(blocking)}. ` +
        'Change those first.',
      'children',
    );
  }
  const childLinks = c.household.flatMap((m) =>
    (m.childLinks ?? [])
      .filter((l) => l.childId === childId)
      .map((link) => ({ memberId: m.id, link })),
  );
  return {
    index,
    child,
    agencyViews: c.agencyViews.filter((v) => v.childId === childId),
    ...(childLinks.length > 0 ? { childLinks } : {}),
  };
}

export function removeChild(c: Conference, childId: string): Conference {
  childRemoval(c, childId);
  return {
    ...c,
    children: c.children.filter((ch) => ch.details.id !== childId),
    agencyViews: c.agencyViews.filter((v) => v.childId !== childId),
    household: c.household.map((m) =>
      m.childLinks?.some((l) => l.childId === childId)
        ? { ...m, childLinks: m.childLinks.filter((l) => l.childId !== childId) }
        : m,
    ),
  };
}

export function restoreChild(c: Conference, snap: ChildSnapshot): Conference {
  const id = snap.child.details.id;
  if (c.children.some((ch) => ch.details.id === id)) {
    throw refuse(`${snap.child.details.name} is already on this conference.`, 'children');
  }
  const at = Math.min(snap.index, c.children.length);
  const professionals = new Set(c.professionals.map((p) => p.id));
  return {
    ...c,
    children: [...c.children.slice(0, at), snap.child, ...c.children.slice(at)],
    // A family member's link comes back to the member if they are still on the conference.
    household: c.household.map((m) => {
      const links = (snap.childLinks ?? []).filter((l) => l.memberId === m.id).map((l) => l.link);
      return links.length > 0 ? { ...m, childLinks: [...(m.childLinks ?? []), ...links] } : m;
    }),
    // A view whose professional was removed since cannot come back; the rest do.
    agencyViews: [
      ...c.agencyViews,
      ...snap.agencyViews.filter((v) => professionals.has(v.professionalId)),
    ],
  };
}
