// The certificate PDF really renders Chinese: a valid PDF with the Noto CJK font embedded (a subset, with its
// ToUnicode map) and its text extractable (pdftotext, which poppler-utils installs; the font object is checked in
// every case), in Chinese and English, carrying the verification id, the pack version, the quantities as exact
// decimals with units, the share of a partial one with no neutrality claim, the days of a late one, and the verify
// path. Without the font it says what to install.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CjkFontMissingError, certificatePdf, cjkFontPath, DEFAULT_CJK_FONT } from '../adapters/documents/certificate-pdf.js';
import { certificate, lateCertificate, partialCertificate } from './support/case-documents-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'tz-cert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** The decoded streams of a PDF (pdfkit writes each object's stream FlateDecode'd). */
function streams(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      out.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a deflated stream (none in pdfkit's output but the font file's own tables).
    }
  }
  return out;
}

const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));

/**
 * The text of the PDF as its ToUnicode map says it, one line per text object: what a text extractor reads, done
 * here so that the check holds on a machine without poppler too.
 */
function ownTextOf(pdf: Buffer): string {
  const all = streams(pdf);
  const map = new Map<number, string>();
  for (const cmap of all.filter((s) => s.includes('beginbfrange'))) {
    for (const m of cmap.matchAll(/<([0-9a-f]{4})>\s*<([0-9a-f]{4})>\s*\[([^\]]*)\]/gi)) {
      const first = parseInt(m[1] as string, 16);
      // A ligature maps to its letters: `<0066 0069>` is "fi".
      [...(m[3] as string).matchAll(/<([0-9a-f ]+)>/gi)].forEach((u, i) => map.set(first + i, utf16((u[1] as string).replace(/ /g, ''))));
    }
  }
  const lines: string[] = [];
  for (const content of all.filter((s) => s.includes(' TJ'))) {
    for (const block of content.split('BT').slice(1)) {
      const hex = [...block.matchAll(/<([0-9a-f]+)>/gi)].map((h) => h[1] as string).join('');
      lines.push((hex.match(/.{4}/g) ?? []).map((g) => map.get(parseInt(g, 16)) ?? '\uFFFD').join(''));
    }
  }
  return lines.join('\n');
}

/** The PDF's text: pdftotext's where poppler is installed (as the README asks), else read through its ToUnicode map. */
function textOf(pdf: Buffer, name: string): string {
  if (!hasPdftotext) return ownTextOf(pdf);
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
}

/** A valid PDF whose one font is the embedded CJK subset with a ToUnicode map (so its text can be extracted). */
function expectCjkPdf(pdf: Buffer) {
  const raw = pdf.toString('latin1');
  expect(raw.startsWith('%PDF-1.')).toBe(true);
  expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
  expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansCJKsc-Regular/);
  expect(raw).toMatch(/\/FontFile[23]? \d+ 0 R/);
  expect(raw).toMatch(/\/ToUnicode \d+ 0 R/);
  expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
}

const pdfs: Record<string, Buffer> = {};
beforeAll(async () => {
  pdfs.zh = await certificatePdf(certificate('zh'), 'zh');
  pdfs.en = await certificatePdf(certificate('en'), 'en');
  pdfs.partial = await certificatePdf(partialCertificate('zh'), 'zh');
  pdfs.late = await certificatePdf(lateCertificate('en'), 'en');
  pdfs.revoked = await certificatePdf(certificate('zh', { revoked: true, revokedOn: '2026-05-01', revokedReason: '重复申领' }), 'zh');
});

describe('the certificate PDF', () => {
  it('embeds the CJK font in every language', () => {
    for (const pdf of Object.values(pdfs)) expectCjkPdf(pdf);
  });

  it('maps every glyph drawn back to its character (the text a reader copies is the text written)', () => {
    const text = ownTextOf(pdfs.zh as Buffer);
    expect(text).not.toContain('\uFFFD');
    expect(text).toContain('大型活动碳中和证明');
    expect(text).toContain('平台出具碳中和证书（编号 CQ-2026-0042）');
  });

  it('is in Chinese, with the verification id, the pack version, exact quantities with units and the verify path', () => {
    const text = textOf(pdfs.zh as Buffer, 'zh');
    expect(text).toContain('大型活动碳中和证明');
    expect(text).toContain('重庆市属国企2026年度工作会议');
    expect(text).toContain('TZ-7Q4M-2K9X-H3PD');
    expect(text).toContain('政策包版本 1.1.0');
    expect(text).toContain('18.625 吨CO2e');
    expect(text).toContain('/v1/certificates/TZ-7Q4M-2K9X-H3PD');
    expect(text).toContain('已在期限内完成（期限 2026-04-21）');
    expect(text).not.toContain('部分');
  });

  it('is in English with the same facts', () => {
    const text = textOf(pdfs.en as Buffer, 'en');
    expect(text).toContain('Certificate of carbon neutrality');
    expect(text).toContain('pack version 1.1.0');
    expect(text).toContain('18.625 tCO2e');
    expect(text).toContain('Verify at');
    // The CJK font would draw a curly apostrophe full-width: straightened in English.
    expect(text).toContain("The event's accounted emissions");
  });

  it('a partial one says the share and that it is no neutrality claim', () => {
    const text = textOf(pdfs.partial as Buffer, 'partial');
    expect(text).toContain('大型活动部分碳抵消证明');
    expect(text).toContain('已抵消核算排放量的 63.99%');
    expect(text).toContain('不构成碳中和声明');
    expect(text).toContain('800.25 吨CO2e');
    expect(text).not.toContain('大型活动碳中和证明');
  });

  it('a late one says the due date and by how many days', () => {
    const text = textOf(pdfs.late as Buffer, 'late');
    expect(text).toContain('Neutralization was due by 2026-04-21 and completed on 2026-05-06, 15 day(s) late.');
  });

  it('a revoked one says so', () => {
    expect(textOf(pdfs.revoked as Buffer, 'revoked')).toContain('本证明已撤销、2026-05-01、重复申领');
  });
});

describe('without the font', () => {
  it('refuses with what to install, naming the path, for a missing file and for a file that is no font', async () => {
    await expect(certificatePdf(certificate('zh'), 'zh', join(dir, 'missing.ttc'))).rejects.toThrow(CjkFontMissingError);
    const notFont = join(dir, 'not-a-font.ttc');
    writeFileSync(notFont, 'hello');
    const refused = await certificatePdf(certificate('en'), 'en', notFont).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CjkFontMissingError);
    expect((refused as Error).message).toContain('fonts-noto-cjk');
    expect((refused as Error).message).toContain('TANZHONG_CJK_FONT');
    expect((refused as Error).message).toContain(notFont);
  });

  it('reads the font path from TANZHONG_CJK_FONT, else Debian’s', () => {
    expect(cjkFontPath({ TANZHONG_CJK_FONT: '/opt/fonts/x.otf' })).toBe('/opt/fonts/x.otf');
    expect(cjkFontPath({ TANZHONG_CJK_FONT: ' ' })).toBe(DEFAULT_CJK_FONT);
    expect(cjkFontPath({})).toBe(DEFAULT_CJK_FONT);
  });
});
