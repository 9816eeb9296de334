package casedesk.evidence.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A stage's work on an opened document, run by {@link SafePdf#run}. It should call
 * {@link Deadline#check()} in its loops (pages, rows, operators: see {@link DeadlineTextStripper}).
 */
@FunctionalInterface
public interface PdfWork<T> {

    T apply(PDDocument document, Deadline deadline) throws IOException;
}
