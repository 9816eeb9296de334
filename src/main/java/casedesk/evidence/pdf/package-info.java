/**
 * Opening applicants' PDFs without letting any of them crash, hang or exhaust CaseDesk.
 *
 * <p>Every later stage (text extraction, tamper signals, rendering) gets its {@code PDDocument} from
 * {@link casedesk.evidence.pdf.SafePdf#open} and works on it through
 * {@link casedesk.evidence.pdf.SafePdf#run}; both turn whatever PDFBox does into a
 * {@link casedesk.evidence.pdf.PdfReadException} with a stable {@link casedesk.evidence.pdf.ErrorCode}.
 * Stages check the document's {@link casedesk.evidence.pdf.Deadline} in their loops; text extraction
 * subclasses {@link casedesk.evidence.pdf.DeadlineTextStripper}. No JavaFX here.
 */
package casedesk.evidence.pdf;
