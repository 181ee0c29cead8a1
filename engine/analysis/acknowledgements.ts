// A finding the pack explains: an acknowledgement of its kind that names (some of) its rules or its subject, with the
// reason and the clause. An explained finding stays in the report, marked so, and is no longer an error. A loosening
// is explained only by the child pack itself: its base cannot excuse what the child does to it.
import type { Acknowledgement } from '../acknowledgement-schema.js';
import type { PackDocument } from '../pack-schema.js';
import type { Finding } from './finding.js';

function matches(ack: Acknowledgement, finding: Finding): boolean {
  if (ack.finding !== finding.code) return false;
  if (!ack.rules?.length && ack.subject === undefined) return false;
  if (ack.subject !== undefined && ack.subject !== finding.subject) return false;
  return (ack.rules ?? []).every((rule) => finding.rules.includes(rule));
}

/** The findings, each marked with the first acknowledgement of the chain (`documents`, base first) that explains it. */
export function acknowledge(findings: readonly Finding[], documents: readonly PackDocument[], packId: string): Finding[] {
  const sources = documents.flatMap((doc) => (doc.acknowledges ?? []).map((ack) => ({ ack, by: doc.id })));
  return findings.map((finding) => {
    const found = sources.find(({ ack, by }) => matches(ack, finding) && (finding.code !== 'loosening' || by === packId));
    return found ? { ...finding, acknowledged: { reason: found.ack.reason, citation: found.ack.citation, by: found.by } } : finding;
  });
}
