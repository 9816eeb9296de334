package casedesk.evidence.signals;

import casedesk.evidence.text.PageText;
import casedesk.model.Phrase;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * A page that shows something but has no text to read: a scan, a photo, or text turned into
 * drawings. Nothing on it can be extracted or checked, so its figures must be typed in by hand and
 * pinned to the page. A blank page (a separator, the back of a sheet) is not one.
 */
final class NoTextLayer implements Detector {

    static final String CODE = "no-text-layer";

    /**
     * A page without an image whose content is shorter than this draws nothing worth reading (a
     * blank page's content is empty or a few state operators); text turned into curves is far longer.
     */
    private static final int BLANK_CONTENT = 256;
    /** Forms nested deeper than this are not searched for images. */
    private static final int DEEPEST_FORM = 3;

    @Override
    public Check check() {
        return new Check(CODE, "Pages without any text layer (a scan or an image), whose figures cannot be read or checked.");
    }

    @Override
    public List<TamperSignal> detect(SignalInput input) throws IOException {
        List<TamperSignal> signals = new ArrayList<>();
        List<PageText> pages = input.reading().pages();
        for (PageText page : pages) {
            if (page.hasText() || page.number() > input.document().getNumberOfPages()) {
                continue;
            }
            PDPage pdf = input.document().getPage(page.number() - 1);
            if (showsSomething(pdf)) {
                signals.add(TamperSignal.onPage(CODE, Severity.MEDIUM, Phrase.of("signal.no-text-layer", page.number()),
                        page.number(), Wording.pageBox(page.width(), page.height())));
            }
        }
        return signals;
    }

    private static boolean showsSomething(PDPage page) throws IOException {
        if (hasImage(page.getResources(), 0, new HashSet<>())) {
            return true;
        }
        if (!page.hasContents()) {
            return false;
        }
        try (InputStream in = page.getContents()) {
            return in.readNBytes(BLANK_CONTENT).length >= BLANK_CONTENT;
        }
    }

    private static boolean hasImage(PDResources resources, int depth, Set<COSBase> seen) throws IOException {
        if (resources == null || depth > DEEPEST_FORM || !seen.add(resources.getCOSObject())) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                return true;
            }
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form && hasImage(form.getResources(), depth + 1, seen)) {
                return true;
            }
        }
        return false;
    }
}
