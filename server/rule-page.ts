// A rule as a page a person can link to: its words, its clause, the Chinese text and the basis.
import { html, raw } from 'hono/html';
import type { Rule } from '../engine/index.js';

const BASIS = { text: '原文 text', interpretation: '解读 interpretation', unconfirmed: '未核实 unconfirmed' } as const;

export function rulePage(body: { pack: { id: string; version: string }; rule: string; versions: (Rule & { origin: string })[] }) {
  const items = body.versions.map(
    (r) => html`<section>
      <h2>${r.title.zh}<br /><small>${r.title.en}</small></h2>
      <p><strong>${r.citation.document} ${r.citation.clause}</strong> · ${BASIS[r.citation.basis]}</p>
      <blockquote lang="zh">${r.citation.zh}</blockquote>
      <p lang="en">${r.citation.en}</p>
      <p>${r.inForce ? `In force ${r.inForce.from} – ${r.inForce.until ?? ''}` : 'In force for the whole period of the pack'} · written in ${r.origin}</p>
      <pre>${JSON.stringify({ conditions: r.conditions, decides: r.decides }, null, 2)}</pre>
    </section>`,
  );
  return html`<!doctype html>
<html lang="zh">
<head><meta charset="utf-8" /><title>${body.rule} · ${body.pack.id}</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}blockquote{border-left:4px solid #2e7d32;margin:0;padding:.25rem 1rem;background:#f1f8e9}pre{background:#f5f5f5;padding:1rem;overflow:auto}</style>
</head>
<body><p><a href="/v1/packs/${body.pack.id}">${body.pack.id} ${body.pack.version}</a></p><h1>${body.rule}</h1>${raw(items.join(''))}</body>
</html>`;
}
