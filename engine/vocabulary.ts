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
/**
 * The built-in confirmation modes and duties: a shared vocabulary that reports compare across packs. A pack of
 * format 2 may declare its own (`vocabulary.modes`, `vocabulary.duties`), so in a pack or an answer a mode or a
 * duty is a plain string: `isBuiltInMode` / `isBuiltInDuty` say whether it is one of these.
 */
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
export type BuiltInModeId = (typeof CONFIRMATION_MODES)[number];
export type BuiltInDutyId = (typeof DUTY_IDS)[number];
/** @deprecated a built-in mode only; a pack may declare others: use BuiltInModeId, or string with isBuiltInMode. */
export type ConfirmationMode = BuiltInModeId;
/** @deprecated a built-in duty only; a pack may declare others: use BuiltInDutyId, or string with isBuiltInDuty. */
export type DutyId = BuiltInDutyId;
export type CitationBasis = (typeof CITATION_BASES)[number];
export type Wording = (typeof WORDINGS)[number];
export type Phase = (typeof PHASES)[number];
export type Lang = (typeof LANGS)[number];

export function isBuiltInMode(id: string): id is BuiltInModeId {
  return (CONFIRMATION_MODES as readonly string[]).includes(id);
}

export function isBuiltInDuty(id: string): id is BuiltInDutyId {
  return (DUTY_IDS as readonly string[]).includes(id);
}

/** The version of the pack format: absent means 1; 2 adds custom facts, declared modes and duties, and removals. */
export const PACK_FORMATS = [1, 2] as const;
export type PackFormat = (typeof PACK_FORMATS)[number];

export function obligationRank(level: ObligationLevel): number {
  return OBLIGATION_LEVELS.indexOf(level);
}
