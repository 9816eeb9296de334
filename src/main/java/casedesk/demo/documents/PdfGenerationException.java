package casedesk.demo.documents;

/** A document could not be generated: a PDFBox failure on in-memory data, hence unchecked. */
public final class PdfGenerationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PdfGenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
