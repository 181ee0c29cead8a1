// The words of a rule's condition tree (engine/describe-conditions.ts): how each operator reads between a fact and
// its value, and the joins of all / any / not.
import type { BilingualText } from './words.js';

export const OPERATOR_WORDS: Record<string, BilingualText> = {
  equal: { zh: '=', en: '=' },
  notEqual: { zh: '≠', en: '≠' },
  in: { zh: '∈', en: '∈' },
  notIn: { zh: '∉', en: '∉' },
  contains: { zh: '包含', en: 'contains' },
  doesNotContain: { zh: '不包含', en: 'does not contain' },
  lessThan: { zh: '<', en: '<' },
  lessThanInclusive: { zh: '≤', en: '≤' },
  greaterThan: { zh: '>', en: '>' },
  greaterThanInclusive: { zh: '≥', en: '≥' },
  dateOnOrAfter: { zh: '不早于', en: 'on or after' },
  dateOnOrBefore: { zh: '不晚于', en: 'on or before' },
};

export const CONDITION_WORDS = {
  every: { zh: '所有活动', en: 'every event' },
  none: { zh: '不适用于任何活动', en: 'no event' },
  and: { zh: '，', en: ', ' },
  or: { zh: '或', en: ' or ' },
  not: { zh: '并非（{inner}）', en: 'not ({inner})' },
  group: { zh: '（{inner}）', en: '({inner})' },
  set: { zh: '{{items}}', en: '{{items}}' },
  lineAnd: { zh: ' 且 ', en: ' and ' },
  someLine: { zh: '抵消计划中有一行：{tests}', en: 'some offset line has {tests}' },
  /** A contested reading the rule reads: `若按“…”解读`. */
  reading: { zh: '按“{option}”解读', en: 'read as “{option}”' },
  notReading: { zh: '不按“{option}”解读', en: 'not read as “{option}”' },
} satisfies Record<string, BilingualText>;
