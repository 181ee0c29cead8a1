// A pack with its `extends` chain merged: what the engine evaluates.
import type {
  BilingualText,
  FactDeclaration,
  OffsetPolicy,
  Period,
  ProcessStep,
  Reading,
  Rule,
  SourceDocument,
} from './pack-schema.js';

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
  /** Base first, this pack last. */
  chain: PackRef[];
  documents: SourceDocument[];
  facts: PlacedFact[];
  /** Contested readings, merged by id (a child may restate a base's reading). */
  readings: PlacedReading[];
  rules: PlacedRule[];
  offsets: OffsetPolicy;
  process: ProcessStep[];
}
