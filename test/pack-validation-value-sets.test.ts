// compilePack checks the closed value sets of the catalog's facts (kinds, organizers, levels, meeting classes,
// instruments) even when the pack's declarations do not list them, naming every bad value and the values allowed.
import { describe, it } from 'vitest';
import { clone } from './fixtures/broken-mini-pack.js';
import { compileValid } from './fixtures/mini-pack.js';
import { expectProblem, type Json, problemsOf } from './support/pack-problems.js';

describe('closed value sets are checked even when the pack does not list them', () => {
  // The mini pack with `values` removed from every declaration: the catalog's value sets apply.
  const withoutValues = (): Json => {
    const doc = clone();
    for (const fact of doc.facts) delete fact.values;
    return doc;
  };

  it('still compiles with its own (correct) values', () => {
    compileValid(withoutValues());
  });

  it('a misspelt organizer.type in "equal" is rejected at the value, with the values allowed', () => {
    const doc = withoutValues();
    doc.rules[2].conditions.all[0] = { fact: 'organizer.type', operator: 'equal', value: 'party-goverment' };
    expectProblem(problemsOf(doc), 'rules[2].conditions.all[0].value', '"party-goverment"', 'organizer.type', 'use one of', 'party-government');
  });

  it('a misspelt kind in "in" is rejected at the value, with the values allowed', () => {
    const doc = withoutValues();
    doc.rules[0].conditions.all[0] = { fact: 'kind', operator: 'in', value: ['exhbition'] };
    expectProblem(problemsOf(doc), 'rules[0].conditions.all[0].value', '"exhbition"', 'kind', 'use one of', 'exhibition');
  });

  it('every bad value of an "in" list is named', () => {
    const doc = withoutValues();
    doc.rules[0].conditions.all[0] = { fact: 'kind', operator: 'notIn', value: ['meeting', 'exhbition', 'forun'] };
    expectProblem(problemsOf(doc), 'rules[0].conditions.all[0].value', '"exhbition"', '"forun"');
  });

  it('a meetingClass outside 1..4 is rejected', () => {
    const doc = withoutValues();
    doc.rules[0].conditions.all[2] = { fact: 'meetingClass', operator: 'in', value: [1, 5] };
    expectProblem(problemsOf(doc), 'rules[0].conditions.all[2].value', '5', 'use one of 1, 2, 3, 4');
  });

  it('a misspelt scale or organizer.level is rejected even when its declaration lists no values', () => {
    const doc = withoutValues();
    doc.facts.push(
      { name: 'scale', type: 'enum', question: { zh: '规模？', en: 'Scale?' } },
      { name: 'organizer.level', type: 'enum', question: { zh: '级别？', en: 'Level?' } },
    );
    doc.rules[1].conditions = {
      all: [
        { fact: 'scale', operator: 'equal', value: 'internatonal' },
        { fact: 'organizer.level', operator: 'in', value: ['provincal'] },
      ],
    };
    const problems = problemsOf(doc);
    expectProblem(problems, 'rules[1].conditions.all[0].value', '"internatonal"', 'scale');
    expectProblem(problems, 'rules[1].conditions.all[1].value', '"provincal"', 'organizer.level');
  });

  it('an unknown instrument in an anyLineMatches pattern is rejected', () => {
    const doc = withoutValues();
    doc.facts.push({ name: 'offsets', type: 'offsets', question: { zh: '抵消计划？', en: 'Offset plan?' } });
    doc.rules[1].conditions = {
      all: [{ fact: 'offsets', operator: 'anyLineMatches', value: { instrument: ['CCER', 'forestry-snk'], newProject: true } }],
    };
    expectProblem(problemsOf(doc), 'rules[1].conditions.all[0].value', 'unknown instrument', '"forestry-snk"', 'forestry-sink');
  });
});
