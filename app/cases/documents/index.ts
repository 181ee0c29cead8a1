// The case documents: Sichuan's 附表1, Jining's self-commitment, Chongqing's 计划书 (JSON and a printable page each)
// and the certificate's words. Inputs: ./inputs.ts, filled from a case by ./inputs-of-case.ts. The certificate's PDF
// needs a font file and pdfkit, so it lives with the adapters: adapters/documents/certificate-pdf.ts.
export * from './inputs.js';
export { type CaseDocument, DOCUMENT_KINDS, type DocumentField, type DocumentKind, type FieldOption } from './case-document.js';
export { registrationForm } from './registration-form.js';
export { selfCommitment } from './self-commitment.js';
export { chongqingPlan } from './chongqing-plan.js';
export { chongqingPlanHtml, documentHtml, registrationFormHtml, selfCommitmentHtml } from './document-html.js';
export { type CertificateRow, type CertificateWords, certificateWords } from './certificate-words.js';
export { chongqingPlanInput, documentOf, documentsFor, registrationFormInput, selfCommitmentInput } from './inputs-of-case.js';
export { DOCUMENT_SOURCES } from './sources.js';
