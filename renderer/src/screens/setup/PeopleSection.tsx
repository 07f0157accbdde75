// Set-up: household and family members, and the professionals invited with their agency from the fixed list.
// Rule source: docs/domain.md §9.1 (family member, professional attendee), §1.5 (counts towards quorum).
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';

import { agencyTypeForRole } from '../../../../shared/domain/agency-from-role';
import type { Conference } from '../../../../shared/domain/conference';
import { AGENCY_TYPES, AGENCY_TYPE_LABELS } from '../../../../shared/domain/professionals';
import type { AgencyType } from '../../../../shared/domain/professionals';
import { useConference } from '../../state/conference-store';

import { HouseholdDetails } from './HouseholdDetails';
import { newFamilyMember, newProfessional } from './new-records';

export function PeopleSection({ c }: { c: Conference }) {
  const apply = useConference((s) => s.apply);
  const [fam, setFam] = useState({ name: '', relationship: '' });
  const [pro, setPro] = useState({
    name: '',
    role: '',
    agency: '',
    agencyType: 'childrens-social-care' as AgencyType,
    contact: true,
  });
  // The agency type follows the role until the chair chooses one (shared/domain/agency-from-role.ts).
  const [typeChosen, setTypeChosen] = useState(false);
  // After each add, the focus goes back to the first field for the next person.
  const famName = useRef<HTMLInputElement>(null);
  const proName = useRef<HTMLInputElement>(null);
  const roleGuess = typeChosen ? undefined : agencyTypeForRole(pro.role);

  const addFamily = (e: FormEvent) => {
    e.preventDefault();
    if (fam.name.trim() === '') {
      return;
    }
    const member = newFamilyMember(fam.name.trim(), fam.relationship.trim(), undefined);
    if (!apply({ type: 'insert', path: ['household'], value: member })) {
      setFam({ name: '', relationship: '' });
      famName.current?.focus();
    }
  };
  const addProfessional = (e: FormEvent) => {
    e.preventDefault();
    if (pro.name.trim() === '') {
      return;
    }
    const agency = pro.agency.trim() || AGENCY_TYPE_LABELS[pro.agencyType];
    const p = newProfessional(
      pro.name.trim(),
      pro.role.trim(),
      agency,
      pro.agencyType,
      pro.contact,
    );
    if (!apply({ type: 'insert', path: ['professionals'], value: p })) {
      setPro({ ...pro, name: '', role: '', agency: '', agencyType: 'childrens-social-care' });
      setTypeChosen(false);
      proName.current?.focus();
    }
  };

  return (
    <>
      <section className="setup-section" aria-labelledby="family-title">
        <h2 id="family-title">Household and family members</h2>
        <ul>
          {c.household.map((m) => (
            <li key={m.id}>
              {m.name} ({m.relationship || 'relationship not given'})
            </li>
          ))}
        </ul>
        <HouseholdDetails c={c} />
        <form onSubmit={addFamily} aria-label="Add a family member">
          <div className="field">
            <label htmlFor="fam-name">Family member&apos;s name</label>
            <input
              id="fam-name"
              ref={famName}
              type="text"
              value={fam.name}
              onChange={(e) => setFam({ ...fam, name: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="fam-rel">Relationship to the children</label>
            <input
              id="fam-rel"
              type="text"
              value={fam.relationship}
              onChange={(e) => setFam({ ...fam, relationship: e.target.value })}
            />
          </div>
          <button type="submit" className="button button--secondary">
            Add family member
          </button>
        </form>
      </section>
      <section className="setup-section" aria-labelledby="pro-title">
        <h2 id="pro-title">Professionals invited</h2>
        <ul>
          {c.professionals.map((p) => (
            <li key={p.id}>
              {p.name}, {p.role || 'role not given'}, {p.agency}
            </li>
          ))}
        </ul>
        <form onSubmit={addProfessional} aria-label="Add a professional">
          <div className="field">
            <label htmlFor="pro-name">Professional&apos;s name</label>
            <input
              id="pro-name"
              ref={proName}
              type="text"
              value={pro.name}
              onChange={(e) => setPro({ ...pro, name: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="pro-role">Role</label>
            <input
              id="pro-role"
              type="text"
              value={pro.role}
              onChange={(e) => {
                const role = e.target.value;
                const agencyType = typeChosen
                  ? pro.agencyType
                  : (agencyTypeForRole(role) ?? 'childrens-social-care');
                setPro({ ...pro, role, agencyType });
              }}
            />
          </div>
          <div className="field">
            <label htmlFor="pro-type">Agency type</label>
            {roleGuess ? (
              <p className="hint" id="pro-type-hint">
                Chosen from the role. Change it if it is wrong.
              </p>
            ) : null}
            <select
              id="pro-type"
              value={pro.agencyType}
              aria-describedby={roleGuess ? 'pro-type-hint' : undefined}
              onChange={(e) => {
                setTypeChosen(true);
                setPro({ ...pro, agencyType: e.target.value as AgencyType });
              }}
            >
              {AGENCY_TYPES.map((t) => (
                <option key={t} value={t}>
                  {AGENCY_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="pro-agency">Organisation (optional)</label>
            <input
              id="pro-agency"
              type="text"
              value={pro.agency}
              onChange={(e) => setPro({ ...pro, agency: e.target.value })}
            />
          </div>
          <div className="choice">
            <input
              id="pro-contact"
              type="checkbox"
              checked={pro.contact}
              onChange={(e) => setPro({ ...pro, contact: e.target.checked })}
            />
            <label htmlFor="pro-contact">Has had direct contact with the child or family</label>
          </div>
          <button type="submit" className="button button--secondary">
            Add professional
          </button>
        </form>
      </section>
    </>
  );
}
