package casedesk.evidence;

import casedesk.evidence.pdf.ErrorCode;

/** A document read, or the reason it could not be, with a stable code and a sentence for the officer. */
public sealed interface ExtractionResult {

    String sha256();

    record Read(Extracted document) implements ExtractionResult {
        @Override
        public String sha256() {
            return document.sha256();
        }
    }

    record Failed(String sha256, ErrorCode code, String message) implements ExtractionResult {
    }
}
