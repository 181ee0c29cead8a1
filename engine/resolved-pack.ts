// A pack with its `extends` chain merged: what the engine evaluates.
import type { BilingualText, FactDeclaration, OffsetPolicy, Period, ProcessStep, Rule, SourceDocument } from './pack-schema.js';

export interface PackRef {
  id: string;
  version: string;
}

/** A rule with where it was written, so problems and reasons point at the right pack. */
export interface PlacedRule extends Rule {
  origin: string;
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
  facts: FactDeclaration[];
  rules: PlacedRule[];
  offsets: OffsetPolicy;
  process: ProcessStep[];
}
