// A complete, self-contained HTML page: inline CSS, no script, no external resource or link of any kind, so it
// opens offline, prints, and can be mailed as one file.
import type { Lang } from '../../engine/index.js';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `
:root { color-scheme: light; }
body { font-family: "Noto Sans CJK SC", sans-serif; color: #1a1a1a; background: #fff; line-height: 1.5;
  max-width: 96rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #ddd; }
h3 { font-size: 1.05rem; margin: 1rem 0 .25rem; }
.meta { color: #555; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #ccc; padding: .4rem .55rem; vertical-align: top; text-align: left; }
thead th { background: #f2f4f2; }
tbody th { background: #fafafa; width: 12rem; }
tr.differs th, tr.differs td { background: #fff4e5; }
.mark { color: #b3261e; font-weight: bold; }
ul.items { margin: 0; padding-left: 1.1rem; }
ul.items li + li { margin-top: .3rem; }
.refs { color: #555; font-size: .85em; }
.refs a { color: inherit; }
.none { color: #888; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; list-style: none; padding: 0; margin: .5rem 0; }
.swatch { display: inline-block; width: 1.1em; height: 1.1em; border: 1px solid #888; vertical-align: -.2em; margin-right: .35em; }
figure { margin: .75rem 0 1.25rem; overflow-x: auto; }
figcaption { font-weight: bold; margin-bottom: .25rem; }
svg text { font-family: "Noto Sans CJK SC", sans-serif; }
pre { background: #f5f5f5; padding: .75rem; overflow-x: auto; white-space: pre-wrap; }
ol.citations { padding-left: 0; list-style: none; }
ol.citations li { margin: .3rem 0; }
ol.citations li:target { background: #fff4e5; }
.packs { padding-left: 1.1rem; }
@media print { body { max-width: none; margin: 0; } tr, figure { break-inside: avoid; } }
`;

export function htmlPage(lang: Lang, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
