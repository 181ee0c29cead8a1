// The words of a simulation (`tanzhong simulate`, the impact of a draft) and of a generated population: the report's
// headings, the progress lines on a terminal or in a log, and the names given to generated events.
import type { Lang } from '../vocabulary.js';
import { type BilingualText, fill } from './words.js';

export const SIMULATION_WORDS = {
  simulationTitle: { zh: '政策模拟：一批活动在政策下的结论', en: 'Simulation: a population of events under a policy' },
  impactTitle: { zh: '草案的影响', en: 'What the draft would change' },
  newPack: { zh: '新政策', en: 'New policy' },
  baseline: { zh: '对照政策', en: 'Baseline' },
  source: { zh: '活动来源', en: 'Events from' },
  eventsRead: { zh: '读取活动 {n} 个', en: '{n} events read' },
  unreadable: { zh: '无法读取的行', en: 'Lines that could not be read' },
  asOfEach: { zh: '按每个活动的开始日期判定', en: 'each event as of its own start date' },
  threads: { zh: '{n} 个工作线程', en: '{n} worker threads' },
  inProcess: { zh: '单线程', en: 'one thread' },
  countsTitle: { zh: '按结论统计', en: 'Events by obligation' },
  events: { zh: '活动数', en: 'Events' },
  share: { zh: '占比', en: 'Share' },
  withEmissions: { zh: '有排放量的活动', en: 'Events with emissions' },
  emissionsTotal: { zh: '排放量合计（吨CO2e）', en: 'Emissions (tCO2e)' },
  emissionsNote: {
    zh: '排放量为活动自报的数值之和；“应当”一行即依政策必须抵消的排放量，其余为自愿实施时将抵消的排放量。',
    en: 'Emissions are the sum of what the events state; the “required” row is what must be offset, the others what would be offset if they neutralize.',
  },
  failed: { zh: '无法作答', en: 'Could not be answered' },
  decidingTitle: { zh: '决定结论的规则', en: 'Rules that decided the obligation' },
  dutiesTitle: { zh: '须履行的义务', en: 'Duties' },
  dutyEvents: { zh: '有此义务的活动', en: 'Events with the duty' },
  dutyBinding: { zh: '其中须履行', en: 'of which binding' },
  changesTitle: { zh: '结论发生变化的活动', en: 'Events whose answer changes' },
  changed: { zh: '结论变化的活动：{n} 个（{share}）', en: 'Answer changes for {n} events ({share})' },
  noBaseline: { zh: '未指定对照政策，不比较。', en: 'No baseline was given: nothing is compared.' },
  changeMeaning: {
    zh: '“结论”指：适用结论、各项义务及其期限、确认方式和缺少的信息；仅决定规则不同而结论相同的不计为变化。',
    en: 'An answer is the obligation, the duties with their dates, the confirmation and the missing facts; a different deciding rule with the same answer is no change.',
  },
  aspect: { zh: '变化的内容', en: 'What changes' },
  aspectObligation: { zh: '适用结论', en: 'Obligation' },
  aspectDuties: { zh: '义务或期限', en: 'Duties or due dates' },
  aspectConfirmation: { zh: '确认方式', en: 'Confirmation' },
  aspectMissing: { zh: '缺少的信息', en: 'Missing facts' },
  aspectAnswered: { zh: '能否作答', en: 'Whether it can be answered' },
  transitions: { zh: '结论的变化', en: 'How obligations move' },
  from: { zh: '原结论', en: 'From' },
  to: { zh: '新结论', en: 'To' },
  examples: { zh: '示例', en: 'Examples' },
  line: { zh: '行', en: 'Line' },
  before: { zh: '对照政策下', en: 'Under the baseline' },
  after: { zh: '新政策下', en: 'Under the new policy' },
  failures: { zh: '无法作答的活动（示例）', en: 'Events that could not be answered (examples)' },
  notJson: { zh: '该行不是有效的 JSON', en: 'the line is not JSON' },
  unreadableRecord: { zh: '该记录无法按 CSV 读取', en: 'the record cannot be read as CSV' },
  section: { zh: '部分', en: 'Section' },
  chart: { zh: '各结论的活动数', en: 'Events by obligation' },
  decisionsTitle: { zh: '已作出的判定（重放判定记录）', en: 'Decisions already given (replayed from the decision log)' },
  populationTitle: { zh: '生成的活动总体', en: 'A generated population' },
  progress: { zh: '模拟进度 {percent}%：已处理 {n} 个活动', en: 'simulating: {percent}% done, {n} events' },
  progressDone: { zh: '模拟完成：{n} 个活动，用时 {seconds} 秒', en: 'simulated {n} events in {seconds} s' },
  /** A generated event's name: where, what, and its number in the population. */
  generatedName: { zh: '{region}{kind}（样本 {n}）', en: '{kind} in {region} (sample {n})' },
} satisfies Record<string, BilingualText>;

export type SimulationWord = keyof typeof SIMULATION_WORDS;

/** A simulation word in `lang`, its `{name}` placeholders filled in. */
export function simulationWord(key: SimulationWord, lang: Lang, values: Record<string, string | number> = {}): string {
  return fill(SIMULATION_WORDS[key][lang], values);
}
