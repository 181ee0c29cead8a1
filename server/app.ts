// The Hono app, apart from the listener so tests call app.request() without a port.
import { Hono } from 'hono';
import type { PackLibrary } from '../adapters/files/pack-files.js';
import { evaluate, InputError, LANGS, type Lang } from '../engine/index.js';

export function createApp(library: PackLibrary) {
  const app = new Hono();
  app.get('/health', (c) => c.json({ ok: true, packs: library.packs.size }));
  app.get('/v1/packs', (c) =>
    c.json({
      packs: [...library.packs.values()].map(({ pack }) => ({
        id: pack.id,
        version: pack.version,
        title: pack.title,
        jurisdiction: pack.jurisdiction,
        inForce: pack.inForce,
        extends: pack.chain.length > 1 ? pack.chain.at(-2)?.id : undefined,
      })),
    }),
  );
  app.post('/v1/evaluate', async (c) => {
    const body = await c.req.json().catch(() => undefined);
    if (typeof body !== 'object' || body === null) return c.json(error('invalid_json', 'the body must be a JSON object'), 400);
    const { pack: id, event, asOf, lang } = body as Record<string, unknown>;
    const compiled = typeof id === 'string' ? library.packs.get(id) : undefined;
    if (!compiled) return c.json(error('unknown_pack', `unknown pack ${JSON.stringify(id)}`, [{ path: 'pack', message: `use one of ${[...library.packs.keys()].join(', ')}` }]), 404);
    if (lang !== undefined && !LANGS.includes(lang as Lang)) return c.json(error('invalid_input', 'lang must be zh or en', [{ path: 'lang', message: 'must be zh or en' }]), 422);
    try {
      return c.json(await evaluate(compiled, event, { asOf: asOf as string | undefined, lang: lang as Lang | undefined }));
    } catch (e) {
      if (e instanceof InputError) return c.json(error('invalid_event', 'the event is not valid', e.problems.map((p) => ({ ...p, path: `event.${p.path}` }))), 422);
      throw e;
    }
  });
  return app;
}

function error(code: string, message: string, issues: { path: string; message: string }[] = []) {
  return { error: { code, message, issues } };
}
