// The explanation of an organizer's answer: for every rule of the pack, whether it held, failed or was unknown, what
// decided it, and its conditions as a tree, each test with the fact's value, the operator and the threshold, in words
// (engine/explain/, the same explanation the CLI's --explain and the API's ?explain=1 give).
import { type Determination, EXPLAIN_STATUS, EXPLAIN_WORDS, type Lang, mark, OBLIGATION_LABELS } from '../../engine/index.js';
import type { ExplainedNode, ExplainedRule, Explanation } from '../../engine/explain/index.js';
import { Cite } from './cite.js';

function Status(props: { status: ExplainedNode['status']; lang: Lang }) {
  return <span class={`badge explain-${props.status}`}>{EXPLAIN_STATUS[props.status][props.lang]}</span>;
}

/** A condition tree as nested lists; the depth is bounded by the pack's parse step (engine/nesting.ts). */
function Tree(props: { node: ExplainedNode; lang: Lang }) {
  const { node, lang } = props;
  if (node.type === 'test') {
    return (
      <li class="explain-test" data-status={node.status}>
        <Status status={node.status} lang={lang} /> {node.text}
      </li>
    );
  }
  return (
    <li class="explain-group" data-status={node.status}>
      <Status status={node.status} lang={lang} /> {node.text}
      {node.children.length ? (
        <ul>
          {node.children.map((child) => (
            <Tree node={child} lang={lang} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function Rule(props: { rule: ExplainedRule; lang: Lang }) {
  const { rule, lang } = props;
  return (
    <section class="card explain-rule" data-status={rule.status}>
      <h3>
        <Status status={rule.status} lang={lang} /> {rule.title}
      </h3>
      <p class="hint">{rule.decidesText}</p>
      {rule.because.length ? (
        <p>
          {EXPLAIN_WORDS.because[lang]}
          {mark('colon', lang)}
          {rule.because.join(mark('semicolon', lang))}
        </p>
      ) : null}
      <ul class="explain-tree">
        <Tree node={rule.conditions} lang={lang} />
      </ul>
      <Cite citation={rule.citation} lang={lang} />
    </section>
  );
}

export function ExplainPage(props: { lang: Lang; d: Determination; explanation: Explanation; back: string }) {
  const { lang, d, explanation } = props;
  return (
    <>
      <h1>{EXPLAIN_WORDS.heading[lang]}</h1>
      <p class="lead">{EXPLAIN_WORDS.intro[lang]}</p>
      <p class={`verdict ${d.obligation}`} data-obligation={d.obligation}>
        {d.pack.title} · {OBLIGATION_LABELS[d.obligation][lang]}
      </p>
      <p>
        {EXPLAIN_WORDS.asOf[lang]}
        {mark('colon', lang)}
        {explanation.asOf ?? EXPLAIN_WORDS.asOfUnknown[lang]}
      </p>
      {explanation.notes.map((note) => (
        <p class="errors">{note}</p>
      ))}
      {explanation.rules.map((rule) => (
        <Rule rule={rule} lang={lang} />
      ))}
      <p>
        <a href={props.back}>{EXPLAIN_WORDS.back[lang]}</a>
      </p>
    </>
  );
}
