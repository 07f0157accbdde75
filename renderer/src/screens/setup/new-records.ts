// Blank records the set-up screen adds: a child (born or unborn), a family member, a professional.
// Rule source: docs/domain.md §9.1 (fields), §5.2 ("Unborn baby of ..." with the EDD).
import type { ConferenceChild } from '../../../../shared/domain/conference';
import type { FamilyMember } from '../../../../shared/domain/household';
import type { ChildId, PersonId } from '../../../../shared/domain/ids';
import type { AgencyType, Professional } from '../../../../shared/domain/professionals';

const newId = (): string => crypto.randomUUID();

export function newChild(name: string, unborn: boolean, date: string): ConferenceChild {
  return {
    details: {
      id: newId() as ChildId,
      name,
      unborn,
      ...(date === '' ? {} : unborn ? { expectedDeliveryDate: date } : { dateOfBirth: date }),
      sexOrGender: '',
      ethnicity: '',
      language: '',
      interpreterNeeded: false,
      disabilityOrCommunicationNeeds: '',
      lookedAfter: false,
      schoolOrSetting: '',
      gp: '',
      healthVisitorOrSchoolNurse: '',
      previousPlans: [],
      notes: '',
    },
    views: { block: { text: '' }, obtainedBy: [], notInvolvedReason: '' },
  };
}

/**
 * A family member as first added: parental responsibility only when answered, and no assumption about where
 * they live (the set-up screen asks, per child, about the relationship and living with the child).
 */
export function newFamilyMember(
  name: string,
  relationship: string,
  hasParentalResponsibility: boolean | undefined,
): FamilyMember {
  return {
    id: newId() as PersonId,
    name,
    relationship,
    ...(hasParentalResponsibility === undefined ? {} : { hasParentalResponsibility }),
    invited: true,
    notInvitedReason: '',
    supporter: '',
    interpreter: '',
    copyType: 'full',
  };
}

export function newProfessional(
  name: string,
  role: string,
  agency: string,
  agencyType: AgencyType,
  directContact: boolean,
): Professional {
  return {
    id: newId() as PersonId,
    name,
    role,
    agency,
    agencyType,
    contribution: 'attended',
    directContact,
    countsTowardsQuorum: true,
  };
}
