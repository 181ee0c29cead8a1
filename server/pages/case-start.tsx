// "Start a case" on the organizer's answer card: the event as answered (its form values, carried hidden), with its
// name, organizer and place if the organizer gives them, posted to /cases (server/pages/case-routes.tsx), which
// opens the case under the same pack and readings and shows its access code once.
import type { Lang } from '../../engine/index.js';
import type { FormValues } from './event-form.js';
import { cw } from './case-words.js';
import { Hidden } from './question-field.js';

/** The start form's own fields, apart from the event's (`name` and `organizer.name` may be among those). */
export const START_FIELDS = { name: 'case.name', organizer: 'case.organizer', place: 'case.place' } as const;

export function StartCase(props: { lang: Lang; packId?: string; values: FormValues }) {
  const { lang, packId, values } = props;
  if (!packId) return null;
  return (
    <form class="start-case" method="post" action="/cases" aria-labelledby="start-case-h">
      <h3 id="start-case-h">{cw('startCase', lang)}</h3>
      <p class="hint">{cw('startCaseHint', lang)}</p>
      <input type="hidden" name="lang" value={lang} />
      <input type="hidden" name="pack" value={packId} />
      <Hidden values={values} except={new Set(Object.values(START_FIELDS))} />
      <div class="field">
        <label for="f-case-name">{cw('eventName', lang)}</label>
        <input id="f-case-name" name={START_FIELDS.name} value={values.name ?? ''} maxlength={500} autocomplete="off" />
      </div>
      <div class="field">
        <label for="f-case-organizer">{cw('organizerName', lang)}</label>
        <input id="f-case-organizer" name={START_FIELDS.organizer} value={values['organizer.name'] ?? ''} maxlength={500} autocomplete="organization" />
      </div>
      <div class="field">
        <label for="f-case-place">{cw('place', lang)}</label>
        <input id="f-case-place" name={START_FIELDS.place} maxlength={500} autocomplete="off" />
      </div>
      <button type="submit">{cw('startCase', lang)}</button>
    </form>
  );
}
