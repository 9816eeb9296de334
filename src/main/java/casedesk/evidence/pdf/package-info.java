/**
 * Opening applicants' PDFs without letting any of them crash, hang or exhaust CaseDesk: error codes
 * with plain messages, the limits a document must stay within, and the passwords to try. No JavaFX here.
 */
package casedesk.evidence.pdf;
