// One colour per obligation, shared by every chart and legend, with a text colour readable on it.
import type { Obligation } from '../../engine/index.js';

export interface Swatch {
  fill: string;
  text: string;
}

export const OBLIGATION_COLOURS: Record<Obligation, Swatch> = {
  required: { fill: '#b3261e', text: '#ffffff' },
  expected: { fill: '#f08c2e', text: '#1a1a1a' },
  encouraged: { fill: '#9fd39a', text: '#1a1a1a' },
  'not-covered': { fill: '#e6e6e6', text: '#1a1a1a' },
  undetermined: { fill: '#6a4fb3', text: '#ffffff' },
};

/** For a threshold that decides no obligation (a duty's or a confirmation's condition). */
export const OTHER_CONDITION_COLOUR: Swatch = { fill: '#4a6fa5', text: '#ffffff' };

export const OBLIGATION_ORDER: readonly Obligation[] = ['required', 'expected', 'encouraged', 'not-covered', 'undetermined'];
