// The questions that would decide an undetermined answer: the pack's own words for its facts, and the
// engine's words for the facts every answer may need (dates, emissions, a line of the offset plan).
import type { Question } from './determination.js';
import type { FactDeclaration } from './pack-schema.js';
import type { Lang } from './vocabulary.js';

type Words = { zh: string; en: string };

const LINE_FIELDS: Record<string, Words> = {
  projectRegion: { zh: '项目所在地', en: 'project location' },
  vintageStart: { zh: '减排量产生的起始日期', en: 'first day the reductions were generated' },
  vintageEnd: { zh: '减排量产生的截止日期', en: 'last day the reductions were generated' },
  projectStartDate: { zh: '项目投入运行日期', en: 'date the project started operating' },
  projectType: { zh: '项目类型', en: 'project type' },
  newProject: { zh: '是否为新建项目', en: 'whether it is a newly built project' },
  approvedOn: { zh: '减排量经主管部门审定通过的日期', en: 'date the reductions were approved by the authority' },
};

const GENERIC_QUESTIONS: Record<string, Words> = {
  startDate: { zh: '活动何时开始（YYYY-MM-DD）？', en: 'When does the event start (YYYY-MM-DD)?' },
  endDate: { zh: '活动何时结束（YYYY-MM-DD）？', en: 'When does the event end (YYYY-MM-DD)?' },
  emissionsTco2e: { zh: '活动的温室气体排放量是多少（吨CO2e）？', en: "What are the event's emissions (tCO2e)?" },
  offsets: { zh: '计划使用哪些抵消产品（抵消计划）？', en: 'Which offset instruments will you use (the offset plan)?' },
};

function offsetLineQuestion(index: number, field: string, lang: Lang): string {
  const name = LINE_FIELDS[field]?.[lang] ?? (lang === 'zh' ? '该项信息' : 'this detail');
  return lang === 'zh' ? `抵消计划第 ${index + 1} 行的${name}是什么？` : `What is the ${name} of line ${index + 1} of the offset plan?`;
}

export function questionsFor(facts: string[], declared: readonly FactDeclaration[], lang: Lang): Question[] {
  return facts.map((fact) => {
    const decl = declared.find((f) => f.name === fact);
    if (decl) return { fact, question: decl.question[lang] };
    const line = /^offsets\[(\d+)\]\.(\w+)$/.exec(fact);
    if (line) return { fact, question: offsetLineQuestion(Number(line[1]), line[2] as string, lang) };
    const generic = GENERIC_QUESTIONS[fact];
    return { fact, question: generic ? generic[lang] : lang === 'zh' ? '还需补充一项活动信息' : 'One more detail of the event is needed' };
  });
}
