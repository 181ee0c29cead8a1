// The closed sets the case tables CHECK, tied to the application's types (a list that misses a member fails to
// compile), and the width of a serial's number: written once for both dialects.
import { ACCOUNTED_BY } from '../../app/cases/case-view.js';
import { SERIAL_DIGITS } from '../../app/cases/serial-range.js';
import { CONFIRMATION_MODES, INSTRUMENTS } from '../../engine/index.js';

export { ACCOUNTED_BY, INSTRUMENTS, SERIAL_DIGITS };
/** The built-in confirmation modes: the evidence a case keeps is for one of them. */
export const EVIDENCE_MODES = CONFIRMATION_MODES;
export const CERTIFICATE_KINDS = ['full', 'partial'] as const;
