// Edits to a conference and the one pure reducer both the renderer (optimistic) and main (authoritative) run.
// Every result is re-parsed by ConferenceSchema, so no edit can leave the record structurally invalid.
import { z } from 'zod';

import { AppFailure } from '../ipc/result';
import type { FieldIssue } from '../ipc/result';

import { ConferenceChildSchema, ConferenceSchema } from './conference';
import { ChildLinkSchema, FamilyMemberSchema } from './household';
import type { Conference } from './conference';
import { DecisionSchema } from './decision';
import { ChildIdSchema, PersonIdSchema } from './ids';
import { ClockTimeSchema } from './primitives';
import { removeChild, removePerson, restoreChild, restorePerson } from './people-edits';
import {
  AgencyViewSchema,
  AttendanceEntrySchema,
  AttendanceStatusSchema,
  ProfessionalSchema,
  movementsOf,
} from './professionals';

/** A path into the conference: property names and array indexes, e.g. ['children', 0, 'plan', 'reviewDate']. */
export const PathSchema = z
  .array(z.union([z.string().min(1).max(100), z.number().int().min(0).max(100_000)]))
  .max(20);
export type Path = z.infer<typeof PathSchema>;

/** Every edit, discriminated by `type`. `value` is checked when the whole result is re-parsed. */
export const EditSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('set'), path: PathSchema.min(1), value: z.unknown() }),
  z.strictObject({ type: z.literal('unset'), path: PathSchema.min(1) }),
  z.strictObject({
    type: z.literal('insert'),
    path: PathSchema,
    index: z.number().int().min(0).optional(),
    value: z.unknown(),
  }),
  z.strictObject({ type: z.literal('remove'), path: PathSchema, index: z.number().int().min(0) }),
  z.strictObject({
    type: z.literal('move'),
    path: PathSchema,
    from: z.number().int().min(0),
    to: z.number().int().min(0),
  }),
  z.strictObject({
    type: z.literal('setAttendance'),
    personId: PersonIdSchema,
    status: AttendanceStatusSchema,
    at: ClockTimeSchema.optional(),
  }),
  z.strictObject({ type: z.literal('setAgencyView'), view: AgencyViewSchema }),
  z.strictObject({
    type: z.literal('removeAgencyView'),
    professionalId: PersonIdSchema,
    childId: ChildIdSchema,
  }),
  z.strictObject({
    type: z.literal('setDecision'),
    childId: ChildIdSchema,
    decision: DecisionSchema.nullable(),
  }),
  // People and children who change mid-meeting (people-edits.ts): removal and its undo.
  z.strictObject({ type: z.literal('removePerson'), personId: PersonIdSchema }),
  z.strictObject({
    type: z.literal('restorePerson'),
    snapshot: z.strictObject({
      list: z.enum(['household', 'professionals']),
      index: z.number().int().min(0),
      person: z.union([FamilyMemberSchema, ProfessionalSchema]),
      attendance: AttendanceEntrySchema.optional(),
    }),
  }),
  z.strictObject({ type: z.literal('removeChild'), childId: ChildIdSchema }),
  z.strictObject({
    type: z.literal('restoreChild'),
    snapshot: z.strictObject({
      index: z.number().int().min(0),
      child: ConferenceChildSchema,
      agencyViews: z.array(AgencyViewSchema).max(2000),
      /** Each family member's link to the child (relationship, lives with), restored with the child. */
      childLinks: z
        .array(z.strictObject({ memberId: PersonIdSchema, link: ChildLinkSchema }))
        .max(50)
        .optional(),
    }),
  }),
]);
export type Edit = z.infer<typeof EditSchema>;

const PROTECTED = new Set(['schemaVersion', 'id']);

const bad = (message: string, path: Path = []): AppFailure =>
  new AppFailure('BAD_INPUT', message, [{ path: path.join('.'), message }]);

type Container = Record<string, unknown> | unknown[];

function isContainer(v: unknown): v is Container {
  return typeof v === 'object' && v !== null;
}

/** Copy-on-write update of the value at `path`; untouched branches keep their identity. */
function updateIn(
  root: unknown,
  path: Path,
  fn: (current: unknown) => unknown,
  depth = 0,
): unknown {
  if (depth === path.length) {
    return fn(root);
  }
  const key = path[depth];
  if (!isContainer(root) || key === undefined) {
    throw bad('That field does not exist.', path.slice(0, depth));
  }
  if (Array.isArray(root)) {
    if (typeof key !== 'number' || key >= root.length) {
      throw bad('That list item does not exist.', path.slice(0, depth + 1));
    }
    const copy = [...root];
    copy[key] = updateIn(root[key], path, fn, depth + 1);
    return copy;
  }
  if (typeof key !== 'string' || (depth < path.length - 1 && !Object.hasOwn(root, key))) {
    throw bad('That field does not exist.', path.slice(0, depth + 1));
  }
  const next = updateIn(root[key], path, fn, depth + 1);
  const copy: Record<string, unknown> = { ...root };
  if (next === undefined) {
    delete copy[key];
  } else {
    copy[key] = next;
  }
  return copy;
}

function asList(v: unknown, path: Path): unknown[] {
  if (!Array.isArray(v)) {
    throw bad('That field is not a list.', path);
  }
  return v;
}

function rawEdit(c: Conference, edit: Edit): unknown {
  switch (edit.type) {
    case 'set':
    case 'unset':
      if (edit.path.length === 1 && PROTECTED.has(String(edit.path[0]))) {
        throw bad('The id and schema version of a conference cannot be edited.', edit.path);
      }
      return updateIn(c, edit.path, () => (edit.type === 'set' ? edit.value : undefined));
    case 'insert':
      return updateIn(c, edit.path, (v) => {
        const list = asList(v, edit.path);
        const at = edit.index ?? list.length;
        if (at > list.length) {
          throw bad('Cannot insert past the end of the list.', edit.path);
        }
        return [...list.slice(0, at), edit.value, ...list.slice(at)];
      });
    case 'remove':
      return updateIn(c, edit.path, (v) => {
        const list = asList(v, edit.path);
        if (edit.index >= list.length) {
          throw bad('That list item does not exist.', [...edit.path, edit.index]);
        }
        return list.filter((_, i) => i !== edit.index);
      });
    case 'move':
      return updateIn(c, edit.path, (v) => {
        const list = [...asList(v, edit.path)];
        if (edit.from >= list.length || edit.to >= list.length) {
          throw bad('That list item does not exist.', edit.path);
        }
        const [item] = list.splice(edit.from, 1);
        list.splice(edit.to, 0, item);
        return list;
      });
    case 'setAttendance':
      return setAttendance(c, edit);
    case 'setAgencyView':
      return setAgencyView(c, edit.view);
    case 'removeAgencyView':
      return {
        ...c,
        agencyViews: c.agencyViews.filter(
          (v) => !(v.professionalId === edit.professionalId && v.childId === edit.childId),
        ),
      };
    case 'setDecision':
      return setDecision(c, edit);
    case 'removePerson':
      return removePerson(c, edit.personId);
    case 'restorePerson':
      return restorePerson(c, edit.snapshot);
    case 'removeChild':
      return removeChild(c, edit.childId);
    case 'restoreChild':
      return restoreChild(c, edit.snapshot);
  }
}

function setAttendance(c: Conference, edit: Extract<Edit, { type: 'setAttendance' }>): Conference {
  const known = [...c.professionals, ...c.household].some((p) => p.id === edit.personId);
  if (!known) {
    throw bad('That person is not a professional or family member of this conference.', [
      'attendance',
    ]);
  }
  const existing = c.attendance.find((a) => a.personId === edit.personId);
  const entry = {
    personId: edit.personId,
    status: edit.status,
  } as Conference['attendance'][number];
  const returning = edit.status === 'present' && existing?.status === 'left';
  const arrivedAt =
    edit.status === 'present' && !returning
      ? (existing?.arrivedAt ?? edit.at)
      : existing?.arrivedAt;
  if (arrivedAt !== undefined) {
    entry.arrivedAt = arrivedAt;
  }
  // Leaving and coming back are kept as a history (movements), so pressing P after L records a return
  // instead of erasing the time the person left (docs/domain.md §1.8: exclusions are recorded with times).
  const history = existing ? movementsOf(existing) : [];
  if (edit.status === 'left') {
    if (edit.at === undefined) {
      throw bad('Record the time the person left (HH:MM).', ['attendance']);
    }
    entry.movements = [...history, { kind: 'left', at: edit.at }];
  } else if (returning && edit.at !== undefined) {
    entry.movements = [...history, { kind: 'returned', at: edit.at }];
  } else if (history.length > 0) {
    entry.movements = history;
  }
  const attendance = existing
    ? c.attendance.map((a) => (a.personId === edit.personId ? entry : a))
    : [...c.attendance, entry];
  return { ...c, attendance };
}

function setAgencyView(c: Conference, view: Conference['agencyViews'][number]): Conference {
  if (!c.professionals.some((p) => p.id === view.professionalId)) {
    throw bad('That professional is not on this conference.', ['agencyViews']);
  }
  if (!c.children.some((ch) => ch.details.id === view.childId)) {
    throw bad('That child is not on this conference.', ['agencyViews']);
  }
  const same = (v: Conference['agencyViews'][number]) =>
    v.professionalId === view.professionalId && v.childId === view.childId;
  const agencyViews = c.agencyViews.some(same)
    ? c.agencyViews.map((v) => (same(v) ? view : v))
    : [...c.agencyViews, view];
  return { ...c, agencyViews };
}

function setDecision(c: Conference, edit: Extract<Edit, { type: 'setDecision' }>): Conference {
  const index = c.children.findIndex((ch) => ch.details.id === edit.childId);
  if (index < 0) {
    throw bad('That child is not on this conference.', ['children']);
  }
  const children = c.children.map((ch, i) => {
    if (i !== index) {
      return ch;
    }
    const { decision: _old, ...rest } = ch;
    return edit.decision === null ? rest : { ...rest, decision: edit.decision };
  });
  return { ...c, children };
}

/**
 * Applies one edit and returns the new conference; the input is never mutated. Throws AppFailure('BAD_INPUT')
 * with field issues when the edit does not fit the conference or the result would not parse.
 */
export function applyEdit(conference: Conference, edit: Edit): Conference {
  const parsedEdit = EditSchema.safeParse(edit);
  if (!parsedEdit.success) {
    throw new AppFailure(
      'BAD_INPUT',
      'That change is not a recognised edit.',
      toIssues(parsedEdit.error),
    );
  }
  const next = rawEdit(conference, parsedEdit.data);
  const result = ConferenceSchema.safeParse(next);
  if (!result.success) {
    throw new AppFailure(
      'BAD_INPUT',
      'That change would make the conference record invalid.',
      toIssues(result.error),
    );
  }
  // Return the copy-on-write object, not zod's deep copy, so untouched branches keep their identity and
  // narrow store selectors do not re-render. The schema has no transforms, so the two are equal.
  return next as Conference;
}

function toIssues(error: z.ZodError): FieldIssue[] {
  return error.issues
    .slice(0, 20)
    .map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}
