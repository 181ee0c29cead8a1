// Words the pages and reports needed before the bilingual lexicon had them: to move into the lexicon
// (engine/lexicon/) once it exists, and then be imported from there. Nothing here is about a province.
import type { BilingualText, Lang } from '../../engine/index.js';

export const PENDING_WORDS = {
  more: { zh: '补充其他信息（可选）', en: 'Tell us more (optional)' },
  moreHint: {
    zh: '这项政策还会考虑以下信息。上面的结论无需它们即可得出；如填写，将据此重新判断，并引用更具体的条款（例如大型活动的门槛）。',
    en: 'The policy also reads these facts. The answer above is given without them; give them and it is given again with them, citing the most specific clause (such as the threshold of a large event).',
  },
  projectRegion: { zh: '项目所在地', en: 'Project location' },
  otherProvinces: { zh: '其他省级行政区', en: 'Other provinces' },
  wholeProvince: { zh: '{name}（全境）', en: '{name} (anywhere)' },
  planLineCount: { zh: '{count} 行', en: '{count} line(s)' },
  compareEvent: { zh: '单个活动比较所用的活动', en: 'The event compared (side-by-side report only)' },
  row: { zh: '项目', en: 'Row' },
  item: { zh: '内容', en: 'Item' },
  differs: { zh: '各政策不同', en: 'Differs' },
  firstReached: { zh: '首次达到', en: 'First reached' },
  removed: { zh: '本政策不采用的上级政策规则', en: 'Rules of the base policy this one sets aside' },
  moreQuestions: { zh: '补充这些信息', en: 'Add these facts' },
  packFacts: { zh: '本政策询问的活动信息', en: 'Facts of the event this policy asks' },
  fact: { zh: '信息', en: 'Fact' },
  question: { zh: '问题', en: 'Question' },
  appliesTo: { zh: '适用于', en: 'Applies to' },
  ownTerms: { zh: '本政策自定义的确认方式和义务', en: 'Confirmation modes and duties of its own' },
} satisfies Record<string, BilingualText>;

export type PendingWord = keyof typeof PENDING_WORDS;

export function pending(key: PendingWord, lang: Lang, values: Record<string, string | number> = {}): string {
  return PENDING_WORDS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
