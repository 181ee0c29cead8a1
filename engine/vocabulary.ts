// The public vocabulary: the codes that events, packs and determinations share.
// Later layers (API, pages, reports) rely on these exact strings.

export const EVENT_KINDS = ['meeting', 'forum', 'exhibition', 'performance', 'sports', 'other'] as const;
export const SCALES = ['international', 'national', 'provincial', 'local'] as const;
export const ORGANIZER_TYPES = [
  'party-government',
  'public-institution',
  'soe',
  'enterprise',
  'social-organization',
  'individual',
] as const;
export const ORGANIZER_LEVELS = ['central', 'provincial', 'prefectural', 'county'] as const;
export const INSTRUMENTS = [
  'CQCER',
  'CCER',
  'carbon-inclusive',
  'regional-credit',
  'allowance',
  'forestry-sink',
  'ocean-sink',
  'carbon-points',
  'other',
] as const;

/** Ordered weakest to strongest: the engine takes the strongest level any in-force rule decides. */
export const OBLIGATION_LEVELS = ['not-covered', 'encouraged', 'expected', 'required'] as const;
export const CONFIRMATION_MODES = ['third-party', 'self-commitment', 'platform'] as const;
export const DUTY_IDS = [
  'register-event',
  'make-plan',
  'publish-plan',
  'complete-neutralization',
  'forestry-project-application',
  'forestry-neutralization',
  'retire-credits',
  'disclose-information',
] as const;
/** A quoted `zh` is the source's own words (verbatim) or our summary of them (paraphrase, never shown in quotes). */
export const WORDINGS = ['verbatim', 'paraphrase'] as const;
export const CITATION_BASES = ['text', 'interpretation', 'unconfirmed'] as const;
export const PHASES = ['before', 'during', 'after'] as const;
export const LANGS = ['zh', 'en'] as const;

export type EventKind = (typeof EVENT_KINDS)[number];
export type Scale = (typeof SCALES)[number];
export type OrganizerType = (typeof ORGANIZER_TYPES)[number];
export type OrganizerLevel = (typeof ORGANIZER_LEVELS)[number];
export type Instrument = (typeof INSTRUMENTS)[number];
export type ObligationLevel = (typeof OBLIGATION_LEVELS)[number];
export type Obligation = ObligationLevel | 'undetermined';
export type ConfirmationMode = (typeof CONFIRMATION_MODES)[number];
export type DutyId = (typeof DUTY_IDS)[number];
export type CitationBasis = (typeof CITATION_BASES)[number];
export type Wording = (typeof WORDINGS)[number];
export type Phase = (typeof PHASES)[number];
export type Lang = (typeof LANGS)[number];

export function obligationRank(level: ObligationLevel): number {
  return OBLIGATION_LEVELS.indexOf(level);
}
