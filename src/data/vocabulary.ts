/**
 * The codebook's controlled vocabularies, free of any library so that UI code (and the
 * chart embed) can import them without pulling in the schema validator.
 */
export const INCIDENT_TYPES = [
  'journalist_attack',
  'protest',
  'detention',
  'prosecution',
  'extradition',
  'media_restriction',
  'organization_ban',
  'killing',
  'torture',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

/** What happened, within a type. Each subtype belongs to exactly one type. */
export const SUBTYPES = {
  journalist_attack: ['assault', 'threat', 'harassment', 'obstruction', 'raid', 'lawsuit', 'criminal_case'],
  protest: ['protest', 'strike', 'hunger_strike', 'dispersal'],
  detention: [
    'arrest',
    'administrative_arrest',
    'pretrial_detention',
    'house_arrest',
    'psychiatric_detention',
    'sentence',
    'appeal',
    'parole_denied',
    'transfer',
    'release',
    'detention',
  ],
  prosecution: ['charge', 'trial', 'fine', 'conviction', 'appeal', 'acquittal', 'charges_dropped', 'travel_ban'],
  extradition: ['extradition', 'extradition_request', 'extradition_blocked', 'deportation', 'forced_return', 'abduction'],
  media_restriction: ['website_block', 'outlet_suspended', 'outlet_closed', 'publication_banned', 'internet_shutdown'],
  organization_ban: ['party_ban', 'union_closure', 'ngo_closure', 'religious_ban', 'registration_denied'],
  killing: ['killing', 'death_in_custody'],
  torture: ['torture', 'ill_treatment'],
} as const satisfies Record<IncidentType, readonly string[]>;

export const ACTORS = [
  'police',
  'court',
  'prosecutor',
  'knb', // National Security Committee
  'prison_authorities',
  'local_authorities',
  'government',
  'migration_authorities',
  'military',
  'employer',
  'unknown_assailants',
  'private_party',
  'protesters',
] as const;

export const TARGETS = [
  'journalist',
  'media_outlet',
  'blogger',
  'activist',
  'human_rights_defender',
  'opposition',
  'protester',
  'worker',
  'trade_unionist',
  'lawyer',
  'refugee',
  'asylum_seeker',
  'religious_believer',
  'lgbt',
  'ethnic_minority',
  'detainee',
  'public',
  'official',
  'website',
  'organization',
] as const;

/**
 * What kind of account a document gives of its period: `annual`, a review of each calendar
 * year it spans; `selective`, chosen cases over several years; `compilation`, excerpts of
 * other publishers' texts. Only an annual review of a whole year makes that year fully covered.
 */
export const COVERAGE_KINDS = ['annual', 'selective', 'compilation'] as const;
export type CoverageKind = (typeof COVERAGE_KINDS)[number];

/**
 * How a document covers a year: `annual`, an annual review of the whole year; `period`, the
 * year is (partly) in the period it reports on, selectively; `passing`, outside that period,
 * it reports events of the year in passing.
 */
export const COVERAGE_HOWS = ['annual', 'period', 'passing'] as const;
export type CoverageHow = (typeof COVERAGE_HOWS)[number];

/** `full`: an annual review covers the whole year; `partial`: only selected events; `none`: no report. */
export const COVERAGE_LEVELS = ['full', 'partial', 'none'] as const;
export type CoverageLevel = (typeof COVERAGE_LEVELS)[number];
