// What the route fuzzer (test/fuzz-routes.test.ts) is made of: request bodies generated from the OpenAPI document's
// schemas, the ways they are mutated (wrong types, missing and extra fields, `__proto__`, nesting 10,000 deep, numbers
// JSON cannot hold, bidi controls, NUL, lone surrogates, 100 KB strings, markup), and the check that an HTML answer
// holds none of the markup it was sent as markup.
import fc from 'fast-check';

/** Markup that must never come back as markup; `tzxss` marks it. */
export const MARKUP_PAYLOADS = [
  `<script>alert('tzxss')</script>`,
  `"><img src=x onerror=alert('tzxss')>`,
  `'><svg onload=alert('tzxss')>`,
  `</title><script>tzxss()</script>`,
  `</textarea><a href="javascript:tzxss()">x</a>`,
  `<iframe srcdoc="<script>tzxss()</script>">`,
  `" autofocus onfocus="tzxss()`,
] as const;

/** Text that is valid JSON but hard to store, show or compare. */
export const NASTY_STRINGS = [
  'javascript:tzxss()',
  '\u202etxt.exe',
  'a\u2066b\u2069c',
  '\u200f\u200e',
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udc00y',
  '\u2028\u2029',
  '\ufeffbom',
  '%00%3Cscript%3E',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  'toString',
  '',
  ' ',
  '1e308',
  '-1e308',
  'NaN',
  'Infinity',
  '123456789012345678901234567890',
  '碳中和 🌱',
  '=cmd|calc!A1',
  '${7*7}{{7*7}}',
  'x'.repeat(100_000),
] as const;

export const PAYLOADS: readonly string[] = [...MARKUP_PAYLOADS, ...NASTY_STRINGS];

/** JSON text that JSON.stringify never writes, spliced into a body where a marker string stands. */
const DEEP = 10_000;
export const RAW_VALUES = [
  '1e308',
  '-1e308',
  '1e999',
  '-1e999',
  '123456789012345678901234567890',
  '-0',
  '5e-324',
  '0.1e-400',
  `${'['.repeat(DEEP)}${']'.repeat(DEEP)}`,
  `${'{"not":'.repeat(DEEP)}{}${'}'.repeat(DEEP)}`,
  `${'{"a":'.repeat(DEEP)}1${'}'.repeat(DEEP)}`,
  '{"__proto__":{"polluted":"tzxss"},"constructor":{"prototype":{"polluted":"tzxss"}}}',
  '{"toString":1,"valueOf":2}',
  '{"a":1,"a":2}',
  `"${'x'.repeat(100_000)}"`,
  `"${'\\u202e'.repeat(1000)}"`,
  '"\\u0000"',
  '"\\ud800"',
] as const;

const RAW_MARKER = (i: number) => `@@tzraw${i}@@`;

/** Replaces the markers JSON.stringify wrote as strings by their raw JSON text. */
export function spliceRaw(json: string): string {
  return json.replace(/"@@tzraw(\d+)@@"/g, (_m, i: string) => RAW_VALUES[Number(i)] as string);
}

type JsonSchema = Record<string, any>;

export interface SchemaContext {
  components: Record<string, JsonSchema>;
  /** Realistic values by property name (dates, pack ids, region codes...), tried beside the schema's own. */
  hints: (name: string) => fc.Arbitrary<unknown> | undefined;
}

/** Values of a JSON schema (the subset the OpenAPI document uses), near valid; `name` is the property's. */
export function fromSchema(schema: JsonSchema | undefined, ctx: SchemaContext, name = '', depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.jsonValue({ maxDepth: 2 });
  if (schema.$ref) return fromSchema(ctx.components[String(schema.$ref).split('/').pop() as string], ctx, name, depth + 1);
  const choices: fc.Arbitrary<unknown>[] = [];
  const hint = ctx.hints(name);
  if (hint) choices.push(hint);
  if (schema.example !== undefined) choices.push(fc.constant(schema.example));
  if (schema.anyOf || schema.oneOf) choices.push(fc.oneof(...(schema.anyOf ?? schema.oneOf).map((s: JsonSchema) => fromSchema(s, ctx, name, depth + 1))));
  else if (schema.allOf) choices.push(fromSchema(schema.allOf[0], ctx, name, depth + 1));
  else if (schema.enum) choices.push(fc.constantFrom(...(schema.enum as unknown[])));
  else if (schema.type === 'object' || schema.properties) {
    const props = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, sub]) => [key, fromSchema(sub as JsonSchema, ctx, key, depth + 1)]));
    const record = fc.record(props, { requiredKeys: (schema.required ?? []).filter((k: string) => k in props) });
    const extra = schema.additionalProperties;
    if (extra && typeof extra === 'object') {
      const more = fc.dictionary(fc.string({ maxLength: 12 }), fromSchema(extra, ctx, '', depth + 1), { maxKeys: 3 });
      choices.push(fc.tuple(record, more).map(([a, b]) => ({ ...b, ...a })));
    } else choices.push(record);
  } else if (schema.type === 'array') {
    choices.push(fc.array(fromSchema(schema.items, ctx, name, depth + 1), { maxLength: Math.min(schema.maxItems ?? 3, 3), minLength: Math.min(schema.minItems ?? 0, 3) }));
  } else if (schema.type === 'string') {
    choices.push(fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 20, 20) }));
  } else if (schema.type === 'integer') {
    choices.push(fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000 }));
  } else if (schema.type === 'number') {
    choices.push(fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true }));
  } else if (schema.type === 'boolean') {
    choices.push(fc.boolean());
  } else choices.push(fc.jsonValue({ maxDepth: 2 }));
  return choices.length === 1 ? (choices[0] as fc.Arbitrary<unknown>) : fc.oneof(...choices);
}

/** One change to a JSON value, at the place `at` picks among its places. */
export type Mutation =
  | { kind: 'replace'; at: number; with: unknown }
  | { kind: 'raw'; at: number; raw: number }
  | { kind: 'delete'; at: number }
  | { kind: 'add'; at: number; key: string; with: unknown }
  | { kind: 'payload-leaf'; at: number; payload: number }
  /** A payload in place of a free text (a name, a title, a quote...): the body stays valid. */
  | { kind: 'payload-text'; at: number; payload: number };

/** The keys of free texts in the bodies: names, titles and their languages, quotes, questions, reasons. */
const FREE_TEXT = /^(name|title|zh|en|text|quote|question|label|serial|projectType|reason|note|inForceNote|summary|description)$/;

const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'extra', 'id', ...MARKUP_PAYLOADS.slice(0, 2), '\u202e', 'a\u0000'];

const wrongValue = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER, '', [], {}, [null], { '': '' }),
  fc.constantFrom(...PAYLOADS),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Objects that String() and template literals cannot turn into text, or that look like something else. */
const hostileObject = fc.constantFrom<unknown>({ toString: 1 }, { toString: 'x', valueOf: 'y' }, { length: 1e9 }, ['a', ['b']], { then: 1 });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), with: wrongValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), with: hostileObject }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('raw' as const), at: fc.nat(), raw: fc.nat({ max: RAW_VALUES.length - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('add' as const), at: fc.nat(), key: fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), with: wrongValue }) },
  // A string swapped for a payload keeps the body valid, so the payload goes deep (stored, shown).
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('payload-leaf' as const), at: fc.nat(), payload: fc.nat({ max: PAYLOADS.length - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('payload-leaf' as const), at: fc.nat(), payload: fc.nat({ max: MARKUP_PAYLOADS.length - 1 }) }) },
);

/** A payload in place of one text of the value: the body keeps its shape. */
export const payloadInText: fc.Arbitrary<Mutation> = fc.record({ kind: fc.constant('payload-text' as const), at: fc.nat(), payload: fc.nat({ max: PAYLOADS.length - 1 }) });

type Place = { parent: Record<string, unknown> | unknown[] | undefined; key: string | number };

/** Every place of a JSON value (the root first), without recursion. */
function places(root: { value: unknown }): Place[] {
  const found: Place[] = [{ parent: root as unknown as Record<string, unknown>, key: 'value' }];
  const stack: unknown[] = [root.value];
  while (stack.length && found.length < 5000) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    for (const [key, child] of Object.entries(node)) {
      found.push({ parent: node as Record<string, unknown>, key: Array.isArray(node) ? Number(key) : key });
      stack.push(child);
    }
  }
  return found;
}

const setOwn = (target: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

/** `value` (copied) with `mutations` applied, as JSON text with the raw values spliced in. */
export function mutate(value: unknown, mutations: readonly Mutation[]): string {
  const root = { value: value === undefined ? null : structuredClone(value) };
  for (const m of mutations) {
    const all = places(root);
    const place = all[m.at % all.length] as Place;
    const parent = place.parent as Record<string, unknown>;
    switch (m.kind) {
      // Copies: the generators share their constant values between runs.
      case 'replace':
        setOwn(parent, String(place.key), structuredClone(m.with));
        break;
      case 'raw':
        setOwn(parent, String(place.key), RAW_MARKER(m.raw));
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(Number(place.key), 1);
        else if (parent !== (root as unknown)) delete parent[place.key];
        break;
      case 'add': {
        const target = parent[place.key];
        if (target && typeof target === 'object' && !Array.isArray(target)) setOwn(target as Record<string, unknown>, m.key, structuredClone(m.with));
        else if (Array.isArray(target)) target.push(structuredClone(m.with));
        break;
      }
      case 'payload-leaf': {
        const strings = all.filter((p) => typeof (p.parent as Record<string, unknown>)[p.key] === 'string');
        const chosen = strings.length ? (strings[m.at % strings.length] as Place) : place;
        setOwn(chosen.parent as Record<string, unknown>, String(chosen.key), PAYLOADS[m.payload]);
        break;
      }
      case 'payload-text': {
        const texts = all.filter((p) => typeof (p.parent as Record<string, unknown>)[p.key] === 'string' && FREE_TEXT.test(String(p.key)));
        const chosen = texts[m.at % Math.max(1, texts.length)];
        if (chosen) setOwn(chosen.parent as Record<string, unknown>, String(chosen.key), PAYLOADS[m.payload]);
        break;
      }
    }
  }
  return spliceRaw(JSON.stringify(root.value) ?? 'null');
}

/** A whole body that is not what the route reads: not JSON, cut short, empty, another JSON type. */
export const brokenBody: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('', ' ', 'null', '[]', '"text"', '0', 'true', '{', '{"pack":', '{"a":1,}', "{'a':1}", 'NaN', '\u0000', '\ufeff{}', '{}garbage', '%7B%7D'),
  fc.constantFrom(...RAW_VALUES),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  fc.string({ maxLength: 200 }),
);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

interface Tag {
  name: string;
  attributes: [string, string][];
  /** Text up to the closing tag, for script and style. */
  body?: string;
}

/** The tags of an HTML page, attributes read as a browser reads them (quoted or not); comments skipped. */
export function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open < 0) break;
    if (html.startsWith('<!--', open)) {
      const end = html.indexOf('-->', open + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const nameMatch = /^<([a-zA-Z][^\s/>]*)/.exec(html.slice(open, open + 100));
    if (!nameMatch) {
      i = open + 1;
      continue;
    }
    const name = (nameMatch[1] as string).toLowerCase();
    let j = open + nameMatch[0].length;
    const attributes: [string, string][] = [];
    while (j < html.length && html[j] !== '>') {
      const attr = /^[\s/]*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/.exec(html.slice(j, j + 200_000));
      if (!attr || !attr[0]) {
        j++;
        continue;
      }
      if (attr[1]) attributes.push([attr[1].toLowerCase(), decodeEntities(attr[2] ?? attr[3] ?? attr[4] ?? '')]);
      j += attr[0].length;
    }
    const tag: Tag = { name, attributes };
    i = j + 1;
    if (name === 'script' || name === 'style' || name === 'textarea' || name === 'title') {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      tag.body = html.slice(i, close < 0 ? html.length : close);
      i = close < 0 ? html.length : close;
    }
    tags.push(tag);
  }
  return tags;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data']);

/**
 * Why an HTML answer is unsafe, if it is: a payload sent found as it was sent, a tag or an event handler the payload
 * made, a script with a body (the pages run none inline), a script-bearing URL. Empty when it is safe.
 */
export function unsafeMarkup(html: string): string[] {
  const found: string[] = [];
  for (const payload of MARKUP_PAYLOADS) if (html.includes(payload)) found.push(`the payload ${JSON.stringify(payload)} appears unescaped`);
  for (const tag of tagsOf(html)) {
    if (tag.name.includes('tzxss') || ['img', 'object', 'embed', 'base'].includes(tag.name)) found.push(`a <${tag.name}> tag`);
    // The analyst page frames a report of this site: a frame of anything else (or of inline markup) came from input.
    if (tag.name === 'iframe' && tag.attributes.some(([n, v]) => n === 'srcdoc' || (n === 'src' && !v.startsWith('/')))) found.push('a foreign <iframe>');
    if (tag.name === 'script' && (tag.body?.trim() || !tag.attributes.some(([n]) => n === 'src'))) found.push('an inline <script>');
    if (tag.body && tag.name !== 'script' && /<\/?[a-z]/i.test(tag.body)) found.push(`markup inside <${tag.name}>`);
    for (const [attribute, value] of tag.attributes) {
      if (attribute.startsWith('on')) found.push(`an event handler ${attribute} on <${tag.name}>`);
      if (attribute.includes('tzxss') || attribute === 'autofocus') found.push(`an attribute ${attribute} on <${tag.name}>`);
      if (URL_ATTRIBUTES.has(attribute) && (/^\s*(javascript|vbscript):/i.test(value) || /^\s*data:(?!,$)/i.test(value))) found.push(`a script URL in ${attribute} of <${tag.name}>`);
    }
  }
  return found;
}
