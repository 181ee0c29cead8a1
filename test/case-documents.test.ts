// The case documents: Sichuan's 附表1 with every field of the form (unknown ones blank, never invented), Jining's
// self-commitment with every item of 三（二）, Chongqing's 计划书, their printable pages, and which documents a case's
// pack has. Built from hand-made cases (test/support/case-documents-fixtures.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chongqingPlan,
  chongqingPlanInput,
  type DocumentField,
  documentsFor,
  registrationForm,
  registrationFormHtml,
  registrationFormInput,
  selfCommitment,
  selfCommitmentInput,
} from '../app/cases/documents/index.js';
import type { RegistrationFormInput } from '../app/cases/documents/inputs.js';
import { eventParticulars } from '../app/cases/documents/inputs-of-case.js';
import { bareCase, chongqingCase, jiningCase, sichuanCase } from './support/case-documents-fixtures.js';
import { findCodes, htmlText } from './support/visible-text.js';

const byKey = (fields: readonly DocumentField[], key: string) => {
  const f = fields.find((x) => x.key === key);
  if (!f) throw new Error(`no field ${key}`);
  return f;
};

/** 附表1's fields as the form prints them, in its order (川环发〔2021〕5号 附表1). */
const FORM_LABELS = [
  '活动名称',
  '组织者（盖公章）',
  '活动时间',
  '活动地点',
  '活动类型',
  '活动规模',
  '活动内容',
  '温室气体排放核算边界范围',
  '预估温室气体排放量（吨CO2e）',
  '核算方式',
  '减排措施',
  '碳中和类型',
  '抵消方式',
  '预计温室气体抵消量（吨CO2e）',
  '实现碳中和日期',
  '碳中和责任部门及联系方式',
  '碳中和确认方式',
];

describe('Sichuan 附表1 as JSON', () => {
  it('has every field of the form, in its order, with its tick boxes, filled from the case', () => {
    const form = registrationForm(registrationFormInput(sichuanCase()), 'zh');
    expect(form.fields.map((f) => f.label)).toEqual(FORM_LABELS);
    expect(form.source).toMatchObject({ document: '川环发〔2021〕5号', clause: '三（四）', basis: 'text' });
    expect(byKey(form.fields, 'eventName').text).toBe('第十五届全国运动会成都分赛区开幕式');
    expect(byKey(form.fields, 'eventTime').text).toBe('2026-09-01 至 2026-09-03');
    expect(byKey(form.fields, 'kind').text).toBe('体育赛事');
    expect(byKey(form.fields, 'scale').text).toBe('全国性、12000人');
    expect(byKey(form.fields, 'estimatedEmissions')).toMatchObject({ value: '1250.5', text: '1250.5 吨CO2e' });
    expect(byKey(form.fields, 'boundary').options?.map((o) => [o.label, o.ticked])).toEqual([
      ['筹备阶段', true],
      ['举办阶段', true],
      ['收尾阶段', true],
    ]);
    expect(byKey(form.fields, 'accountingMethod').text).toBe('委托独立机构核算（名称：四川省环科院）');
    // CCER is its own box; a carbon-inclusive reduction is a regional certified one (三（三） names 碳惠天府 among them).
    expect(byKey(form.fields, 'offsetMethods').value).toEqual(['CCER', 'regional-credit']);
    expect(byKey(form.fields, 'offsetMethods').options?.map((o) => o.label)).toEqual(['国家碳排放配额', '国家核证自愿减排量', '区域核证碳减排量', '碳中和林等碳汇项目', '其他']);
    expect(byKey(form.fields, 'confirmationMethod').text).toBe('委托独立机构（名称：中环联合认证中心）');
    // The phone and the measures were not given: blank (the compound field in that part only), and listed.
    const contact = byKey(form.fields, 'contact');
    expect(contact.parts?.map((p) => p.text)).toEqual(['赛事保障处', '张三', null]);
    expect(form.blank).toEqual(['减排措施', '碳中和责任部门及联系方式']);
  });

  it('leaves every field blank that the case does not know, and invents none', () => {
    const form = registrationForm(registrationFormInput(bareCase()), 'zh');
    expect(form.fields.map((f) => f.label)).toEqual(FORM_LABELS);
    const filled = form.fields.filter((f) => f.text !== null).map((f) => f.key);
    expect(filled).toEqual(['kind']);
    for (const f of form.fields.filter((x) => x.options)) expect(f.options?.every((o) => !o.ticked)).toBe(true);
    expect(form.blank).toHaveLength(FORM_LABELS.length - 1);
  });

  it('is in English for reading, with the same fields and values', () => {
    const form = registrationForm(registrationFormInput(sichuanCase('en')), 'en');
    expect(byKey(form.fields, 'eventTime').text).toBe('2026-09-01 to 2026-09-03');
    expect(byKey(form.fields, 'kind').text).toBe('Sports event');
    expect(byKey(form.fields, 'estimatedEmissions').text).toBe('1250.5 tCO2e');
    expect(form.notes.join(' ')).toContain('filed in Chinese');
  });

  const optional = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
  const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.length > 0);
  it('property: a field is blank exactly when its input is unknown, and a given value is shown as given', () => {
    fc.assert(
      fc.property(
        fc.record({
          name: optional(text),
          place: optional(text),
          content: optional(text),
          estimated: optional(fc.constantFrom('0', '0.001', '199.999', '200', '1250.5')),
          date: optional(fc.constantFrom('2026-01-31', '2026-02-28', '2024-02-29')),
          department: optional(text),
        }),
        (r) => {
          const base = registrationFormInput(bareCase());
          const input: RegistrationFormInput = {
            ...base,
            event: { ...base.event, name: r.name, place: r.place, content: r.content },
            estimatedEmissionsTco2e: r.estimated,
            neutralityDate: r.date,
            contact: { department: r.department, person: null, phone: null },
          };
          const fields = registrationForm(input, 'zh').fields;
          const pairs: [string, string | null][] = [
            ['eventName', r.name],
            ['place', r.place],
            ['content', r.content],
            ['estimatedEmissions', r.estimated],
            ['neutralityDate', r.date],
          ];
          for (const [key, given] of pairs) {
            const f = byKey(fields, key);
            if (given === null) expect(f.text).toBeNull();
            else expect(f.text).toContain(given);
          }
          expect(byKey(fields, 'contact').parts?.[0]?.text ?? null).toBe(r.department);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('Sichuan 附表1 as a printable page', () => {
  it('is a Chinese page with every field, the ticked boxes marked, and no script', () => {
    const html = registrationFormHtml(registrationFormInput(sichuanCase()), 'zh');
    const visible = htmlText(html);
    expect(visible).toContain('四川省大型活动碳中和登记表');
    for (const label of FORM_LABELS) expect(visible).toContain(label);
    expect(visible).toContain('☑ 组织者集中碳中和');
    expect(visible).toContain('☐ 参与者自愿碳抵消');
    expect(visible).toContain('附：国际性和全国性大型活动碳中和计划或实施方案');
    expect(html).not.toMatch(/<script/i);
    expect(findCodes(visible, 'zh', [])).toEqual([]);
  });

  it('escapes what the organizer wrote', () => {
    const input = registrationFormInput(sichuanCase());
    const html = registrationFormHtml({ ...input, event: { ...input.event, name: '<img src=x onerror=alert(1)>会议' } }, 'zh');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;会议');
  });
});

describe('Jining self-commitment (济环字〔2023〕40号 三（二）)', () => {
  const ITEMS = ['大型活动名称', '组织者名单', '活动规模', '举办时间', '温室气体核算边界和排放量', '碳中和的抵消方式及实现碳中和日期', '碳中和结果的确认方式'];

  it('lists every item the text lists, in its order, each cited, with the organizer answering for its truth', () => {
    const doc = selfCommitment(selfCommitmentInput(jiningCase()), 'zh');
    expect(doc.fields.slice(0, ITEMS.length).map((f) => f.label)).toEqual(ITEMS);
    for (const f of doc.fields.slice(0, ITEMS.length)) expect(f.citation).toMatchObject({ document: '济环字〔2023〕40号', clause: '三（二）', basis: 'text' });
    expect(doc.source.zh).toContain('并对承诺真实性负责');
    expect(doc.statement).toContain('对承诺真实性负责');
    expect(byKey(doc.fields, 'boundary-and-emissions').text).toBe('举办阶段；核算排放量：42.125 吨CO2e');
    // Offsets cover the accounted emissions: the date of neutrality is the last retirement's.
    expect(byKey(doc.fields, 'offset-method-and-date').text).toBe('碳普惠减排量；实现碳中和日期：2026-06-02');
    expect(byKey(doc.fields, 'confirmation-method').text).toBe('自我承诺');
    expect(doc.blank).toEqual([]);
    expect(doc.notes[0]).toBe('承诺书所列内容已齐全。');
  });

  it('names the items still missing and leaves them blank', () => {
    const doc = selfCommitment(selfCommitmentInput(bareCase()), 'zh');
    expect(doc.fields.slice(0, ITEMS.length).filter((f) => f.text === null).map((f) => f.label)).toEqual(ITEMS);
    expect(doc.notes[0]).toMatch(/^尚缺：大型活动名称、组织者名单/);
  });
});

describe('Chongqing 计划书 (渝环〔2025〕21号 附件1)', () => {
  it('fills the plan from the case, says its fields are our reading, and cites the deadline and the at-least rule', () => {
    const doc = chongqingPlan(chongqingPlanInput(chongqingCase()), 'zh');
    expect(doc.source).toMatchObject({ document: '渝环〔2025〕21号', clause: '附件1', basis: 'text' });
    expect(doc.citations.find((c) => c.basis === 'interpretation')).toBeDefined();
    expect(byKey(doc.fields, 'completionDue')).toMatchObject({ text: '2026-04-21', citation: { clause: '四（三）' } });
    expect(byKey(doc.fields, 'plannedOffset').citation?.zh).toBe('用于抵消的自愿减排量应大于或等于碳排放量');
    expect(byKey(doc.fields, 'offsetProducts').text).toBe('重庆“碳惠通”核证自愿减排量（CQCER）');
    expect(byKey(doc.fields, 'measures').options).toHaveLength(6);
    expect(byKey(doc.fields, 'measures').text).toBeNull();
    expect(byKey(doc.fields, 'otherMeasures').text).toBe('无纸化会议');
  });

  it('ticks the measures of 附件1 the organizer takes', () => {
    const view = chongqingCase();
    const doc = chongqingPlan(chongqingPlanInput({ ...view, particulars: { ...view.particulars, measures: ['green-venue', 'clean-plate'] } }), 'en');
    expect(byKey(doc.fields, 'measures').text).toBe('A green building as the venue, No food waste (clean-plate campaign)');
  });
});

describe('which documents a case has, from its pack’s own duties', () => {
  it('gives 附表1 to Sichuan, the self-commitment to Jining, the 计划书 to Chongqing', () => {
    expect(documentsFor(sichuanCase())).toEqual(['sichuan-registration']);
    expect(documentsFor(jiningCase())).toEqual(['jining-self-commitment']);
    expect(documentsFor(chongqingCase())).toEqual(['chongqing-plan']);
  });

  it('takes the organizers’ list from the event and its co-organizers', () => {
    const view = jiningCase();
    const p = eventParticulars({ ...view, particulars: { ...view.particulars, coOrganizers: ['济宁市文旅局'] } });
    expect(p.organizers).toEqual(['济宁市生态环境局', '济宁市文旅局']);
  });
});
