// The estimate page's form: its fields with their defaults (shown as defaults), the activity data they make, and the
// field each item of the activity came from, so that a problem is shown beside the field the organizer filled in.
import { cityCoordinates, TRAVEL_MODES } from '../../engine/estimate/index.js';
import { ESTIMATE_PAGE_WORDS } from '../../engine/index.js';

/** The form's plain fields, with their defaults: typical figures of a one-day meeting of a few hundred people. */
export const FIELD_DEFAULTS = {
  prepElec: '500',
  elec: '5000',
  gas: '0',
  diesel: '0',
  nights: '0',
  meals: '0',
  paper: '20',
  plastic: '5',
  waste: '100',
} as const;

export type PlainField = keyof typeof FIELD_DEFAULTS;
export const PLAIN_FIELDS = Object.keys(FIELD_DEFAULTS) as PlainField[];
/** Rows of participants by origin city. */
export const ORIGIN_ROWS = 3;
export const DEFAULT_MODE = 'high-speed-rail';

/** The words that name each plain field (ESTIMATE_PAGE_WORDS keys). */
export const FIELD_WORDS: Record<PlainField, keyof typeof ESTIMATE_PAGE_WORDS> = {
  prepElec: 'prepElectricity',
  elec: 'electricity',
  gas: 'gas',
  diesel: 'diesel',
  nights: 'nights',
  meals: 'meals',
  paper: 'paper',
  plastic: 'plastic',
  waste: 'waste',
};

export interface EstimateForm {
  values: Record<string, string>;
  /** The plain fields left at their default (not in the address). */
  defaulted: PlainField[];
  activity: Record<string, unknown>;
  /** Activity path -> the form field it came from. */
  fieldOf: Record<string, string>;
}

/** The venue's default: the pack's jurisdiction when it is a city of the table (a municipality), else none. */
export function defaultVenue(jurisdiction: string | undefined): string {
  return jurisdiction && cityCoordinates(jurisdiction)?.city === jurisdiction ? jurisdiction : '';
}

export function readEstimateForm(query: Record<string, string>, venueDefault: string): EstimateForm {
  const values: Record<string, string> = { venue: query.venue ?? venueDefault, mealFactor: query.mealFactor ?? '', mealSource: query.mealSource ?? '' };
  const defaulted: PlainField[] = [];
  for (const field of PLAIN_FIELDS) {
    const given = query[field];
    values[field] = given === undefined ? FIELD_DEFAULTS[field] : given.trim();
    if (given === undefined) defaulted.push(field);
  }
  for (let i = 1; i <= ORIGIN_ROWS; i++) {
    values[`o${i}city`] = query[`o${i}city`] ?? '';
    values[`o${i}mode`] = query[`o${i}mode`] ?? DEFAULT_MODE;
    values[`o${i}n`] = (query[`o${i}n`] ?? '').trim();
  }
  const fieldOf: Record<string, string> = {};
  const lists: Record<string, Record<string, unknown[]>> = { preparation: {}, holding: {}, closing: {} };
  const add = (phase: string, list: string, item: Record<string, unknown>, field: string) => {
    const items = (lists[phase] as Record<string, unknown[]>)[list] ?? [];
    fieldOf[`activity.phases.${phase}.${list}[${items.length}]`] = field;
    (lists[phase] as Record<string, unknown[]>)[list] = [...items, item];
  };
  const amountOf = (field: PlainField) => values[field] as string;
  const given = (field: PlainField) => amountOf(field) !== '' && amountOf(field) !== '0';
  if (given('prepElec')) add('preparation', 'energy', { kind: 'electricity', amount: amountOf('prepElec'), unit: 'kWh' }, 'prepElec');
  if (given('paper')) add('preparation', 'materials', { material: 'paper', amount: amountOf('paper'), unit: 'kg' }, 'paper');
  if (given('plastic')) add('preparation', 'materials', { material: 'plastic', amount: amountOf('plastic'), unit: 'kg' }, 'plastic');
  if (given('elec')) add('holding', 'energy', { kind: 'electricity', amount: amountOf('elec'), unit: 'kWh' }, 'elec');
  if (given('gas')) add('holding', 'fuels', { fuel: 'natural-gas', amount: amountOf('gas'), unit: 'm3' }, 'gas');
  if (given('diesel')) add('holding', 'fuels', { fuel: 'diesel', amount: amountOf('diesel'), unit: 'kg' }, 'diesel');
  for (let i = 1; i <= ORIGIN_ROWS; i++) {
    const city = values[`o${i}city`] as string;
    const people = values[`o${i}n`] as string;
    if (!city && (people === '' || people === '0')) continue;
    const count = /^\d+$/.test(people) ? Number(people) : people;
    add('holding', 'originMix', { city, mode: values[`o${i}mode`], participants: count }, `o${i}`);
  }
  if (given('nights')) add('holding', 'accommodation', { amount: amountOf('nights'), unit: 'room-night' }, 'nights');
  if (given('meals')) {
    const factor = values.mealFactor ? { factor: { value: values.mealFactor, source: values.mealSource || '—' } } : {};
    add('holding', 'meals', { amount: amountOf('meals'), unit: 'meal', ...factor }, 'meals');
  }
  if (given('waste')) add('closing', 'waste', { treatment: 'landfill', amount: amountOf('waste'), unit: 'kg' }, 'waste');
  const phases = Object.fromEntries(Object.entries(lists).filter(([, l]) => Object.keys(l).length));
  const activity = { ...(values.venue ? { venue: { region: values.venue } } : {}), phases };
  return { values, defaulted, activity, fieldOf };
}

/** The form field a problem of the activity is about (`elec`, `o2`, `venue`), for its label. */
export function fieldOfProblem(path: string, form: EstimateForm): string | undefined {
  if (path.startsWith('activity.venue')) return 'venue';
  const item = Object.keys(form.fieldOf).find((p) => path === p || path.startsWith(`${p}.`));
  return item ? form.fieldOf[item] : undefined;
}

export const MODES = TRAVEL_MODES;
