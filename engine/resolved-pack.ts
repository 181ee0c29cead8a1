// A pack with its `extends` chain merged: what the engine evaluates.
import type { BilingualText, Citation } from './citation-schema.js';
import type { OffsetPolicy } from './offset-policy-schema.js';
import type {
  FactDeclaration,
  Period,
  ProcessStep,
  Reading,
  Rule,
  SourceDocument,
  VocabularyTerm,
} from './pack-schema.js';
import type { PackEstimate } from './estimate/factor-schema.js';
import type { PackFormat } from './vocabulary.js';

export interface PackRef {
  id: string;
  version: string;
}

/** A rule with where it was written, so problems and reasons point at the right pack. */
export interface PlacedRule extends Rule {
  origin: string;
  sourcePath: string;
}

/** A fact declaration with where it was written (`facts[i]`, or `<baseId>:facts[i]` when inherited). */
export interface PlacedFact extends FactDeclaration {
  sourcePath: string;
  /** The pack that declared it. */
  origin: string;
  /** The base's declaration of the same name that this one restates, if any. */
  replaces?: PlacedFact;
}

/** A confirmation mode or duty declared by a pack of the chain, with where it was written. */
export interface PlacedTerm extends VocabularyTerm {
  origin: string;
  sourcePath: string;
}

/** An inherited rule removed by a pack of the chain (`removes`), with why and the versions it removed. */
export interface PlacedRemoval {
  /** The id of the removed rule. */
  rule: string;
  citation: Citation;
  /** The pack that removed it. */
  by: string;
  sourcePath: string;
  /** Every dated version of the rule that the removal took out (none: no base had such a rule). */
  versions: PlacedRule[];
}

/** A reading with where it was written (`readings[i]`, or `<baseId>:readings[i]` when inherited). */
export interface PlacedReading extends Reading {
  sourcePath: string;
}

export interface ResolvedPack {
  id: string;
  version: string;
  title: BilingualText;
  jurisdiction: { code: string; name: BilingualText };
  inForce: Period;
  /** The highest format in the chain: a pack answers under the rules of the newest format any of its layers uses. */
  format: PackFormat;
  /** Base first, this pack last. */
  chain: PackRef[];
  documents: SourceDocument[];
  facts: PlacedFact[];
  /** Contested readings, merged by id (a child may restate a base's reading). */
  readings: PlacedReading[];
  rules: PlacedRule[];
  /** Confirmation modes and duties declared by the chain (besides the built-in ones), merged by id. */
  vocabulary: { duties: PlacedTerm[]; modes: PlacedTerm[] };
  /** Inherited rules removed by a pack of the chain, in the order written. */
  removed: PlacedRemoval[];
  offsets: OffsetPolicy;
  process: ProcessStep[];
  /** Emission estimates: the nearest layer's factor set; overrides by key, unit and region, a child's over its base's. */
  estimate?: PackEstimate;
}
