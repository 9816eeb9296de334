package casedesk.evidence.signals;

import casedesk.model.Phrase;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;

/**
 * Files attached inside the PDF. Evidence of means does not come with attachments; an attachment
 * may be another version of the same document, or something the officer should not open. LOW.
 */
final class EmbeddedFiles implements Detector {

    static final String CODE = "embedded-file";

    /** Name trees nested deeper than this are not followed. */
    private static final int DEEPEST_TREE = 16;
    private static final int NAMES_SHOWN = 3;

    @Override
    public Check check() {
        return new Check(CODE, "Files attached inside the PDF.");
    }

    @Override
    public List<TamperSignal> detect(SignalInput input) throws IOException {
        List<Phrase> files = new ArrayList<>();
        PDDocumentNameDictionary names = input.document().getDocumentCatalog().getNames();
        if (names != null && names.getEmbeddedFiles() != null) {
            collect(names.getEmbeddedFiles(), files, 0, new HashSet<>());
        }
        for (PDPage page : input.document().getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationFileAttachment attachment) {
                    files.add(name(attachment.getFile()).map(Wording::quote)
                            .orElseGet(() -> Wording.quote(Phrase.of("signal.embedded-file.unnamed"))));
                }
            }
        }
        if (files.isEmpty()) {
            return List.of();
        }
        Phrase shown = Phrase.join(", ", files.subList(0, Math.min(NAMES_SHOWN, files.size())));
        Phrase list = files.size() > NAMES_SHOWN ? Phrase.of("signal.and-more", shown, files.size() - NAMES_SHOWN) : shown;
        return List.of(TamperSignal.documentWide(CODE, Severity.LOW, Phrase.of("signal.embedded-file", files.size(), list,
                Wording.kindSingular(input.reading().kind()))));
    }

    private static void collect(PDNameTreeNode<PDComplexFileSpecification> node, List<Phrase> files, int depth, Set<Object> seen)
            throws IOException {
        if (depth > DEEPEST_TREE || !seen.add(node.getCOSObject())) {
            return;
        }
        Map<String, PDComplexFileSpecification> here = node.getNames();
        if (here != null) {
            here.forEach((key, spec) -> files.add(Wording.quote(name(spec).orElse(key))));
        }
        if (node.getKids() != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : node.getKids()) {
                collect(kid, files, depth + 1, seen);
            }
        }
    }

    private static Optional<String> name(PDFileSpecification spec) {
        String name = spec == null ? null : spec.getFile();
        if (spec instanceof PDComplexFileSpecification complex && complex.getFileUnicode() != null) {
            name = complex.getFileUnicode();
        }
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(name);
    }
}
