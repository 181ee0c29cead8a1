// The way from the organizer's answer card to its explanation: the same question in the address of /explain.
import { EXPLAIN_WORDS, type Lang } from '../../engine/index.js';
import type { FormValues } from './event-form.js';

/** The address of the explanation of the answer to these form values. */
export function explainHref(lang: Lang, packId: string, values: FormValues): string {
  return `/explain?${new URLSearchParams({ lang, pack: packId, ...values }).toString()}`;
}

export function ExplainLink(props: { state: { lang: Lang; packId?: string; values: FormValues } }) {
  const { lang, packId, values } = props.state;
  if (!packId) return null;
  return (
    <p class="explain-link">
      <a href={explainHref(lang, packId, values)}>{EXPLAIN_WORDS.link[lang]}</a>
    </p>
  );
}
