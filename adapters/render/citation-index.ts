// Numbers the citations of a rendering in order of first use, so the body refers to [n] and the list at
// the end gives each one in full once.
import type { Citation } from '../../engine/index.js';

export class CitationIndex {
  private readonly numbers = new Map<string, number>();
  private readonly cited: Citation[] = [];

  /** The footnote number of `citation`, given on first use; the same clause and words always get the same number. */
  number(citation: Citation): number {
    const key = [citation.document, citation.clause, citation.zh, citation.basis].join('\u0000');
    let n = this.numbers.get(key);
    if (n === undefined) {
      this.cited.push(citation);
      n = this.cited.length;
      this.numbers.set(key, n);
    }
    return n;
  }

  /** `渝环〔2025〕21号 三（二） [2]` */
  ref(citation: Citation): string {
    return `${citation.document} ${citation.clause} [${this.number(citation)}]`;
  }

  list(): readonly Citation[] {
    return this.cited;
  }
}
