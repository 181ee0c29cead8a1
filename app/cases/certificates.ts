// Certificates: issued to the organizer once the case has earned one (./certificate-check.ts), kept with what it
// stated then and a verification id; verified by anyone with that id (it says whether it was revoked); revoked
// by a bureau of the case's jurisdiction, with the reason. A case whose certificate was revoked is not issued
// another by asking again: the revocation stands.
import { randomBytes } from 'node:crypto';
import { type Lang, todayInChina } from '../../engine/index.js';
import { regionWithin } from '../../engine/region.js';
import type { CaseCredential } from './case-access.js';
import { type CaseContext, loadCase, nowOf, todayOf } from './case-context.js';
import { judgeBundle } from './case-evaluation.js';
import type { CaseFailure } from './case-outcomes.js';
import type { CaseBundle, CertificateRecord } from './case-store.js';
import type { CertificateView } from './case-view.js';
import { judgeCertificate } from './certificate-check.js';
import { type CertificatePack, certificateView } from './certificate-view.js';

// Crockford's base32: no I, L, O or U, so an id read aloud or copied by hand is not misread.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `TZ-` and 16 characters of 80 random bits, in four groups: `TZ-7K3M-9QX2-H4WD-A0RE`. */
export function newVerificationId(): string {
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let text = '';
  for (let i = 0; i < 16; i++) {
    text = (ALPHABET[Number(bits & 31n)] as string) + text;
    bits >>= 5n;
  }
  return `TZ-${text.match(/.{4}/g)?.join('-')}`;
}

function packOf(context: CaseContext, record: Pick<CertificateRecord, 'packId' | 'packVersion'>, bundle: CaseBundle, lang: Lang): CertificatePack {
  const title = context.registry.describe(record.packId)?.title[lang] ?? record.packId;
  return { id: record.packId, version: record.packVersion, title, chain: bundle.record.chain.map(({ id, version }) => ({ id, version })) };
}

function viewOf(context: CaseContext, record: CertificateRecord, bundle: CaseBundle, lang: Lang): CertificateView {
  return certificateView(record, { caseId: bundle.record.id, lang }, packOf(context, record, bundle, lang), bundle.retirements);
}

/** The case's certificate: the one issued, or one issued now when it is earned; or why it is not earned yet. */
export async function caseCertificate(context: CaseContext, id: string, credential: CaseCredential, lang?: Lang): Promise<{ kind: 'ok'; certificate: CertificateView } | CaseFailure> {
  const loaded = await loadCase(context, id, credential, 'read');
  if (loaded.kind !== 'ok') return loaded;
  const { bundle } = loaded;
  const words = lang ?? bundle.record.lang;
  if (bundle.certificate) return { kind: 'ok', certificate: viewOf(context, bundle.certificate, bundle, words) };
  const judged = await judgeBundle(context.registry, bundle, words);
  if (!judged.ok) return { kind: 'unjudgeable', problem: judged.problem };
  const verdict = judgeCertificate(bundle, judged.determination, words);
  if (!verdict.earned) return { kind: 'not-earned', blockers: verdict.blockers };
  const now = nowOf(context);
  const kept = await context.store.insertCertificate({
    verificationId: newVerificationId(),
    caseId: id,
    packId: bundle.record.packId,
    packVersion: bundle.record.packVersion,
    issuedOn: todayInChina(now),
    issuedAt: now.toISOString(),
    snapshot: verdict.snapshot,
    revokedAt: null,
    revokedOn: null,
    revokedReason: null,
    revokedBy: null,
  });
  return { kind: 'ok', certificate: viewOf(context, kept, bundle, words) };
}

/** A certificate by its verification id, for anyone: what it stated, and whether it was revoked. */
export async function verifyCertificate(context: CaseContext, verificationId: string, lang: Lang): Promise<{ kind: 'ok'; certificate: CertificateView } | CaseFailure> {
  const record = await context.store.getCertificate(verificationId.trim().toUpperCase());
  if (!record) return { kind: 'no-certificate', id: verificationId };
  const bundle = await context.store.getCase(record.caseId);
  if (!bundle) return { kind: 'no-certificate', id: verificationId };
  return { kind: 'ok', certificate: viewOf(context, record, bundle, lang) };
}

/** Revokes a certificate; only a bureau key whose jurisdiction holds the case's. */
export async function revokeCertificate(
  context: CaseContext,
  verificationId: string,
  reason: string,
  credential: CaseCredential,
  lang: Lang,
): Promise<{ kind: 'ok'; certificate: CertificateView; caseId: string } | CaseFailure> {
  if (credential.kind !== 'key') return credential.kind === 'none' ? { kind: 'unauthenticated' } : { kind: 'forbidden' };
  const id = verificationId.trim().toUpperCase();
  const record = await context.store.getCertificate(id);
  if (!record) return { kind: 'no-certificate', id: verificationId };
  const bundle = await context.store.getCase(record.caseId);
  if (!bundle) return { kind: 'no-certificate', id: verificationId };
  if (!regionWithin(bundle.record.jurisdictionCode, credential.jurisdictionCode)) return { kind: 'forbidden' };
  if (record.revokedAt !== null) return { kind: 'conflict', code: 'changed', message: `the certificate was revoked already, on ${record.revokedOn}` };
  const now = nowOf(context);
  const revoked = await context.store.revokeCertificate(id, now.toISOString(), todayOf(context), reason, credential.keyId);
  if (!revoked) return { kind: 'conflict', code: 'changed', message: 'the certificate was revoked already' };
  return { kind: 'ok', certificate: viewOf(context, revoked, { ...bundle, certificate: revoked }, lang), caseId: bundle.record.id };
}
