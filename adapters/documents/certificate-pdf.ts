// The certificate as a PDF (A4), in Chinese or English, with the Noto CJK font embedded (subset) so that Chinese
// renders anywhere and its text can be extracted. The font file is the one of Debian's fonts-noto-cjk unless
// TANZHONG_CJK_FONT names another; without it, CjkFontMissingError says what to install (a route answers 503).
// pdfkit is loaded when a PDF is first asked for, not at every start.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { CertificateView } from '../../app/cases/case-view.js';
import { type CertificateWords, certificateWords } from '../../app/cases/documents/index.js';
import { CERTIFICATE_WORDS, type Lang, sayFilled } from '../../engine/index.js';

export const DEFAULT_CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
/** The face of a font collection (.ttc) to use: simplified Chinese. */
const COLLECTION_FACE = 'NotoSansCJKsc-Regular';

/** The font file: TANZHONG_CJK_FONT, or Debian's Noto Sans CJK. */
export const cjkFontPath = (env: NodeJS.ProcessEnv = process.env) => env.TANZHONG_CJK_FONT?.trim() || DEFAULT_CJK_FONT;

export class CjkFontMissingError extends Error {
  constructor(
    readonly path: string,
    readonly lang: Lang = 'en',
  ) {
    super(sayFilled(CERTIFICATE_WORDS.fontMissing, lang, { path }));
    this.name = 'CjkFontMissingError';
  }
}

/** The last font read (about 20 MB for the Noto collection): read once, not at every draw. */
let fontRead: { path: string; bytes: Buffer } | undefined;

/** The font's bytes, or CjkFontMissingError: a missing file, or one that is no font. */
function loadFont(path: string, lang: Lang): Buffer {
  if (!existsSync(path)) throw new CjkFontMissingError(path, lang);
  if (fontRead?.path === path) return fontRead.bytes;
  const bytes = readFileSync(path);
  const tag = bytes.subarray(0, 4).toString('latin1');
  // A collection (ttcf), OpenType with CFF (OTTO), TrueType (0x00010000 or 'true').
  if (!['ttcf', 'OTTO', 'true', '\u0000\u0001\u0000\u0000'].includes(tag)) throw new CjkFontMissingError(path, lang);
  fontRead = { path, bytes };
  return bytes;
}

type Doc = PDFKit.PDFDocument;

/** The CJK font draws curly quotes full-width; in an English certificate they are straightened. */
const straightQuotes = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

function mapText<T>(value: T, f: (text: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapText(v, f)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapText(v, f)])) as T;
  return value;
}

const PAGE = { width: 595.28, height: 841.89, margin: 56 };
const INK = '#1b3a2b';
const MUTED = '#555555';
const ALERT = '#a02020';
const WIDTH = PAGE.width - 2 * PAGE.margin;

function frame(doc: Doc) {
  doc.save().lineWidth(2).strokeColor(INK).rect(24, 24, PAGE.width - 48, PAGE.height - 48).stroke();
  doc.lineWidth(0.6).rect(30, 30, PAGE.width - 60, PAGE.height - 60).stroke().restore();
}

/** Room for `height` more points on this page, else a new one. */
function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > PAGE.height - PAGE.margin) doc.addPage();
}

function rows(doc: Doc, items: { label: string; text: string }[], labelWidth: number, size: number) {
  for (const item of items) {
    const textWidth = WIDTH - labelWidth - 8;
    const height = Math.max(doc.fontSize(size).heightOfString(item.text, { width: textWidth }), doc.heightOfString(item.label, { width: labelWidth }));
    ensureRoom(doc, height + 4);
    const y = doc.y;
    doc.fillColor(MUTED).text(item.label, PAGE.margin, y, { width: labelWidth });
    doc.fillColor('black').text(item.text, PAGE.margin + labelWidth + 8, y, { width: textWidth });
    doc.y = y + height + 5;
  }
}

function table(doc: Doc, headings: string[], body: string[][]) {
  const widths = [0.2, 0.2, 0.26, 0.19, 0.15].map((share) => share * WIDTH);
  const line = (cells: string[], color: string) => {
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: (widths[i] as number) - 6 })));
    ensureRoom(doc, height + 6);
    const y = doc.y;
    let x = PAGE.margin;
    cells.forEach((cell, i) => {
      doc.fillColor(color).text(cell, x, y, { width: (widths[i] as number) - 6 });
      x += widths[i] as number;
    });
    doc.y = y + height + 3;
    doc.save().lineWidth(0.3).strokeColor('#999999').moveTo(PAGE.margin, doc.y).lineTo(PAGE.margin + WIDTH, doc.y).stroke().restore();
    doc.y += 3;
  };
  doc.fontSize(9);
  line(headings, MUTED);
  for (const cells of body) line(cells, 'black');
}

function draw(doc: Doc, w: CertificateWords) {
  const left = { width: WIDTH, align: 'left' as const };
  doc.fillColor(INK).fontSize(24).text(w.title, PAGE.margin, 64, { width: WIDTH, align: 'center' });
  doc.moveDown(0.6);
  if (w.revoked) doc.fillColor(ALERT).fontSize(14).text(w.revoked, { width: WIDTH, align: 'center' }).moveDown(0.4);
  doc.fillColor('black').fontSize(12).text(w.statement, PAGE.margin, doc.y, { ...left, lineGap: 3 });
  doc.moveDown(0.5);
  if (w.partial) {
    doc.fillColor(ALERT).fontSize(12).text(w.partial.share, left);
    doc.text(w.partial.noClaim, left).moveDown(0.5);
  }
  rows(doc, w.rows, 120, 10.5);
  doc.moveDown(0.3);
  doc.fillColor(w.late ? ALERT : 'black').fontSize(10.5).text(w.completion, PAGE.margin, doc.y, left);
  doc.moveDown(0.8);
  if (w.retirements.rows.length) table(doc, w.retirements.headings, w.retirements.rows);
  doc.moveDown(0.8);
  ensureRoom(doc, 90);
  doc.save().lineWidth(0.8).strokeColor(INK).moveTo(PAGE.margin, doc.y).lineTo(PAGE.margin + WIDTH, doc.y).stroke().restore();
  doc.moveDown(0.5);
  rows(doc, w.verification, 120, 10);
  doc.moveDown(0.5);
  doc.fillColor(MUTED).fontSize(8).text(w.footer, PAGE.margin, doc.y, left);
}

/**
 * Drawing a certificate costs about a second (pdfkit parses and subsets the CJK font each time), and a certificate does
 * not change once issued: the last few are kept, keyed by everything they draw (a revocation changes the key).
 */
const CACHE_SIZE = 32;
const drawn = new Map<string, Buffer>();

function remembered(key: string): Buffer | undefined {
  const pdf = drawn.get(key);
  if (pdf) {
    drawn.delete(key);
    drawn.set(key, pdf);
  }
  return pdf;
}

function remember(key: string, pdf: Buffer) {
  drawn.set(key, pdf);
  if (drawn.size > CACHE_SIZE) drawn.delete(drawn.keys().next().value as string);
}

/**
 * The certificate as PDF bytes, in `lang` (ask the view in the same language: its own sentences are in its `lang`).
 * Throws CjkFontMissingError when the font cannot be read.
 */
export async function certificatePdf(view: CertificateView, lang: Lang = view.lang, fontPath: string = cjkFontPath()): Promise<Buffer> {
  const words = lang === 'en' ? mapText(certificateWords(view, lang), straightQuotes) : certificateWords(view, lang);
  const key = createHash('sha256').update(JSON.stringify([fontPath, view.verificationId, words])).digest('hex');
  const kept = existsSync(fontPath) ? remembered(key) : undefined;
  if (kept) return kept;
  const font = loadFont(fontPath, lang);
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    info: { Title: words.title, Subject: view.verificationId, Creator: 'tanzhong', Producer: 'tanzhong (pdfkit)' },
    lang: lang === 'zh' ? 'zh-CN' : 'en',
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  try {
    doc.registerFont('cjk', font, fontPath.toLowerCase().endsWith('.ttc') ? COLLECTION_FACE : undefined);
    doc.font('cjk');
  } catch {
    throw new CjkFontMissingError(fontPath, lang);
  }
  frame(doc);
  doc.on('pageAdded', () => {
    frame(doc);
    doc.font('cjk');
  });
  draw(doc, words);
  doc.end();
  const pdf = await done;
  remember(key, pdf);
  return pdf;
}
