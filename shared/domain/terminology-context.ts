// When "register", "registered", "registering" or "registration" is about something other than the child
// protection register (docs/domain.md §6: the wording guard applies to the child protection sense only): the sex
// offenders register, the housing register, a school or nursery attendance register, Ofsted's Early Years
// Register, the electoral register, the register office, a registered charity or childminder, registered as
// self-employed, registered with a GP or dentist, registering a birth, registering a concern. Each test reads the
// text just before and just after the word.

/** Registers, bodies and things that are registered, named just before the word ("the housing register"). */
const OTHER_REGISTER_BEFORE = new RegExp(
  String.raw`\b(?:cash|till|electoral|attendance|school|schools|class|nursery|land|parish|marriage|company|companies|` +
    String.raw`charity|charities|birth|births|death|deaths|vehicle|car|voter|voters|gp|dental|dentist|patient|patients|` +
    String.raw`property|trade|risk|asset|assets|gift|gifts|interests?|housing|offenders?['’]?|offender['’]?s|visor|` +
    String.raw`early years|childcare|ofsted|cqc|disability|sight|blind|donor|pharmacy|medical|nursing|nmc|hcpc|` +
    String.raw`gas safe|landlords?['’]?|landlord['’]?s|tenancy|lottery|baptism|baptismal|wedding|burial|allotment|` +
    String.raw`library|members['’]?|membership|council tax|tax|waiting|carers['’]?|parking|dog|planning|domain|business|` +
    String.raw`(?:take|took|taking|takes|call|called|calling|mark|marked|marking|sign|signed|signing) the|` +
    String.raw`newly|fully|ofsted[- ]|cqc[- ]|hcpc[- ]|nmc[- ]|self-)\s*$`,
  'i',
);

/** A subject that is registered in another sense ("the nursery is registered", "her birth was not registered"). */
const OTHER_SUBJECT_BEFORE = new RegExp(
  String.raw`\b(?:nursery|childminder|school|setting|charity|company|landlord|car|vehicle|business|provider|` +
    String.raw`practice|surgery|nurse|midwife|care home|property|birth|death|marriage|carer|provision|club|` +
    String.raw`playgroup|pre-school|preschool|van|motorbike|dog|firm|home|manager)(?:['’]s)?\s+` +
    String.raw`(?:(?:is|was|are|were|has|have|had|been|not|yet|never|now|still|fully|newly|properly|also|to|be|` +
    String.raw`must|should|will|would|needs?|isn['’]t|wasn['’]t|aren['’]t|hasn['’]t|remains|became)\s+){0,4}$`,
  'i',
);

const BODIES = String.raw`(?:gp|gps|dentist|doctor|doctors|school|nursery|surgery|practice|college|housing|council|optician|clinic|health centre|children['’]?s centre|playgroup|pre-school|preschool|university|agency|job ?centre|jobcentre|library|club|hmrc|dvla|ofsted|cqc|social work england|nmc|hcpc|landlord|charity commission|companies house|health visitor|midwife|midwifery|hospital|website|app|portal|course|scheme|programme|service|kennel club)`;

/** What follows the word in another sense ("register office", "registered with a GP", "as self-employed"). */
const OTHER_AFTER: readonly RegExp[] = [
  new RegExp(
    String.raw`^\s+(?:office|offices|of (?:births|deaths|electors|marriages|interests|members|gifts|charities)|number|` +
      String.raw`numbers|plate|plates|form|forms|fee|fees|mark|document|certificate|to vote|keeper|owner|address|` +
      String.raw`addresses|post|mail|letter|trade ?marks?|users?|nurses?|midwife|midwives|health visitors?|` +
      String.raw`social workers?|managers?|providers?|charity|charities|childminders?|childcare|nursery|nurseries|` +
      String.raw`care homes?|landlords?|social landlords?|compan(?:y|ies)|disabled|blind|sight impaired|` +
      String.raw`partially sighted|foster carers?|carers?|practitioners?|pharmacists?|dentists?|doctors?|gps?|` +
      String.raw`medical|patients?|settings?|early years|provision|intermediar(?:y|ies)|office holders?|` +
      String.raw`sex offenders?|offenders?|voters?|electors?|business(?:es)?|ownership|design|homeless|` +
      String.raw`unemployed|sight-impaired|deaf|partially deaf)\b`,
    'i',
  ),
  new RegExp(
    String.raw`^(?:\s+[\w'’-]+){0,3}?\s+(?:with|at|to|on|in|into|onto)\s+(?:(?:a|an|the|his|her|their|your|my|our|a new|the new|the local|a local)\s+)?(?:[\w'’-]+\s+){0,3}?${BODIES}\b`,
    'i',
  ),
  // "registered with" or "at" anything but the conference, a category or birth: a GP, a food bank, a school.
  /^\s+(?:with|at)\s+(?!(?:(?:the|an?|this|that|last|first|next|previous|second|third|latest|child protection)\s+){0,3}(?:conference|icpc|rcpc|review|initial|birth|the age|category|categories|neglect|physical|emotional|sexual|multiple|children['’]?s (?:services|social care)|social care|the local authority)\b)[\w'’]/i,
  /^\s+as\s+(?!soon\b|planned\b|agreed\b|before\b|well\b|expected\b|recommended\b|(?:being\s+)?at risk\b|a child (?:at risk|in need)\b|(?:a\s+)?(?:cp|child protection)\b|(?:a\s+)?(?:neglect|abuse)\b)/i,
  new RegExp(
    String.raw`^\s+for\s+(?:(?:a|an|the|her|his|their)\s+)?(?:housing|council tax|vat|tax|universal credit|benefits?|` +
      String.raw`school|nursery|school place|place|free school meals|self-assessment|the vote|voting|childcare|` +
      String.raw`free childcare|30 hours|15 hours|funding|gp|appointments?|the course|courses?|classes|the club|` +
      String.raw`activities|a flat|a house|accommodation|rehousing|social housing|exams?|work|jobs?|the service)\b`,
    'i',
  ),
  new RegExp(
    String.raw`^\s+(?:(?:the|her|his|their|a|an|our|my)\s+)?(?:[\w'’-]+['’]s\s+)?(?:birth|births|death|car|vehicle|` +
      String.raw`business|company|marriage|van|concerns?|complaint|objection|interest|dissent|disagreement|` +
      String.raw`disapproval|protest|surprise|account|online|to vote|a concern|an interest)\b`,
    'i',
  ),
  new RegExp(
    String.raw`^\s+(?:on|onto|in|with|from|off)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:electoral|housing|attendance|` +
      String.raw`school|nursery|early years|childcare|sex offenders?['’]?|offenders?['’]?|land|gp|dental|voters?['’]?|` +
      String.raw`ofsted|general childcare)\b`,
    'i',
  ),
  /^\s+(?:of|for)\s+(?:the\s+)?(?:[\w'’]+\s+)?(?:birth|death|marriage|car|vehicle|business|company|childminder|nursery|setting|school|gp|dentist|practice|charity|childcare|voters?|electors?)\b/i,
  /^\s+(?:by|with)\s+ofsted\b/i,
  // "register of" people or things other than children: of social workers, of members, of electors.
  /^\s+of\s+(?:the\s+)?(?:social workers|members|interests|electors|voters|nurses|charities|companies|births|deaths|marriages|landlords|childminders|providers|gifts|professionals|staff|practitioners|carers|patients|pupils|students|attendance|licen[cs]es|properties|businesses|sex offenders|offenders|visitors|tenants|applicants|volunteers|foster carers)\b/i,
  /^\s*(?:[/-]\s*)?(?:office|ofsted)\b/i,
];

/** True when the word between `before` and `after` is about another register, not the child protection one. */
export function isOtherRegister(before: string, after: string): boolean {
  return (
    OTHER_REGISTER_BEFORE.test(before) ||
    OTHER_SUBJECT_BEFORE.test(before) ||
    OTHER_AFTER.some((r) => r.test(after))
  );
}
