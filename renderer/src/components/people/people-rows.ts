// The people and children of a conference as editable rows: what each row shows, which fields can be changed in
// place, and the edits that change them. Pure, so it is unit tested without a screen.
import type { Conference } from '../../../../shared/domain/conference';
import type { Edit } from '../../../../shared/domain/edits';
import { childId, personId } from '../../../../shared/domain/ids';
import { childRemoval, personRemoval } from '../../../../shared/domain/people-edits';

export type RowKind = 'child' | 'family' | 'professional';

export type EditableField = {
  key: string;
  label: string;
  path: (string | number)[];
  value: string;
};

export type PersonRow = {
  kind: RowKind;
  id: string;
  name: string;
  description: string;
  fields: EditableField[];
};

/** Every child, family member and professional, in that order, with the fields that can be edited in place. */
export function peopleRows(c: Conference): PersonRow[] {
  const children = c.children.map((ch, i): PersonRow => ({
    kind: 'child',
    id: ch.details.id,
    name: ch.details.name,
    description: ch.details.unborn ? 'Unborn child' : 'Child',
    fields: [
      {
        key: 'name',
        label: 'Name',
        path: ['children', i, 'details', 'name'],
        value: ch.details.name,
      },
    ],
  }));
  const family = c.household.map((m, i): PersonRow => ({
    kind: 'family',
    id: m.id,
    name: m.name,
    description: m.relationship || 'Family member',
    fields: [
      { key: 'name', label: 'Name', path: ['household', i, 'name'], value: m.name },
      {
        key: 'relationship',
        label: 'Relationship to the children',
        path: ['household', i, 'relationship'],
        value: m.relationship,
      },
    ],
  }));
  const professionals = c.professionals.map((p, i): PersonRow => ({
    kind: 'professional',
    id: p.id,
    name: p.name,
    description: [p.role, p.agency].filter(Boolean).join(', ') || 'Professional',
    fields: [
      { key: 'name', label: 'Name', path: ['professionals', i, 'name'], value: p.name },
      { key: 'role', label: 'Role', path: ['professionals', i, 'role'], value: p.role },
      { key: 'agency', label: 'Agency', path: ['professionals', i, 'agency'], value: p.agency },
    ],
  }));
  return [...children, ...family, ...professionals];
}

/** The edits that turn a row's fields into the values typed; a name may not be left empty. */
export function fieldEdits(
  row: PersonRow,
  typed: Readonly<Record<string, string>>,
): { edits: Edit[] } | { problem: string } {
  const name = (typed.name ?? row.name).trim();
  if (name === '') {
    return { problem: 'Enter a name.' };
  }
  const edits: Edit[] = [];
  for (const f of row.fields) {
    const value = (typed[f.key] ?? f.value).trim();
    if (value !== f.value) {
      edits.push({ type: 'set', path: f.path, value });
    }
  }
  return { edits };
}

/** The edit that removes a row's person or child. */
export function removalEdit(row: PersonRow): Edit {
  return row.kind === 'child'
    ? { type: 'removeChild', childId: childId(row.id) }
    : { type: 'removePerson', personId: personId(row.id) };
}

/** The edit that undoes removing a row's person or child, taken before the removal; throws the refusal. */
export function undoEdit(c: Conference, row: PersonRow): Edit {
  return row.kind === 'child'
    ? { type: 'restoreChild', snapshot: childRemoval(c, row.id) }
    : { type: 'restorePerson', snapshot: personRemoval(c, row.id) };
}
