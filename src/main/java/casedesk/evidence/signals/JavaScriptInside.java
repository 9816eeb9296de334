package casedesk.evidence.signals;

import casedesk.model.Phrase;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The file carries JavaScript: in the document's scripts, run on opening, or behind a link or a form
 * field. A statement or certificate has no use for a program; a script can change what a viewer
 * shows. LOW: some issuers add a print button.
 */
final class JavaScriptInside implements Detector {

    static final String CODE = "javascript";

    /** Actions chain through /Next; a longer chain is a loop. */
    private static final int LONGEST_CHAIN = 32;

    @Override
    public Check check() {
        return new Check(CODE, "JavaScript inside the file (run on opening, or behind a link or form field).");
    }

    @Override
    public List<TamperSignal> detect(SignalInput input) throws IOException {
        // Listed in the order of their English words, as the record has always listed them.
        TreeMap<String, Phrase> where = new TreeMap<>();
        COSDictionary catalog = input.document().getDocumentCatalog().getCOSObject();
        PDDocumentNameDictionary names = input.document().getDocumentCatalog().getNames();
        if (names != null) {
            PDJavascriptNameTreeNode scripts = names.getJavaScript();
            if (scripts != null && (scripts.getNames() != null && !scripts.getNames().isEmpty()
                    || scripts.getKids() != null && !scripts.getKids().isEmpty())) {
                add(where, Phrase.of("signal.javascript.names"));
            }
        }
        if (isScript(catalog.getDictionaryObject(COSName.OPEN_ACTION), 0, new HashSet<>())
                || hasScript(catalog.getDictionaryObject(COSName.AA))) {
            add(where, Phrase.of("signal.javascript.opening"));
        }
        int number = 0;
        for (PDPage page : input.document().getPages()) {
            number++;
            if (hasScript(page.getCOSObject().getDictionaryObject(COSName.AA))) {
                add(where, Phrase.of("signal.javascript.page", number));
            }
            for (PDAnnotation annotation : page.getAnnotations()) {
                COSDictionary dictionary = annotation.getCOSObject();
                if (isScript(dictionary.getDictionaryObject(COSName.A), 0, new HashSet<>())
                        || hasScript(dictionary.getDictionaryObject(COSName.AA))) {
                    add(where, Phrase.of("signal.javascript.link", number));
                }
            }
        }
        if (where.isEmpty()) {
            return List.of();
        }
        return List.of(TamperSignal.documentWide(CODE, Severity.LOW, Phrase.of("signal.javascript",
                Phrase.join(", ", List.copyOf(where.values())), Wording.kindSingular(input.reading().kind()))));
    }

    private static void add(TreeMap<String, Phrase> where, Phrase place) {
        where.put(place.english(), place);
    }

    /** An additional-actions dictionary with a script under any of its triggers. */
    private static boolean hasScript(COSBase actions) {
        if (!(actions instanceof COSDictionary dictionary)) {
            return false;
        }
        for (COSName trigger : dictionary.keySet()) {
            if (isScript(dictionary.getDictionaryObject(trigger), 0, new HashSet<>())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isScript(COSBase action, int depth, Set<COSBase> seen) {
        if (depth > LONGEST_CHAIN || action == null || !seen.add(action)) {
            return false;
        }
        if (action instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (isScript(array.getObject(i), depth + 1, seen)) {
                    return true;
                }
            }
            return false;
        }
        if (!(action instanceof COSDictionary dictionary)) {
            return false;
        }
        if (COSName.JAVA_SCRIPT.equals(dictionary.getCOSName(COSName.S)) || dictionary.containsKey(COSName.JS)) {
            return true;
        }
        return isScript(dictionary.getDictionaryObject(COSName.NEXT), depth + 1, seen);
    }
}
