package casedesk.evidence.signals;

import casedesk.evidence.text.PageText;
import casedesk.model.DocumentKind;
import casedesk.model.Phrase;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * The file names a PDF editor or an office program as its producer or creator (in the information
 * dictionary or the XMP metadata), or a page carries the mark Acrobat leaves where text was edited
 * by hand. Evidence of means comes from report engines; an editor's name is where a doctored file
 * most often gives itself away.
 */
final class EditorProducer implements Detector {

    static final String CODE = "editor-producer";

    private static final String TOUCH_UP = "TouchUp_TextEdit";
    private static final Pattern XMP_TOOL = Pattern.compile(
            "(pdf:Producer|xmp:CreatorTool)\\s*(?:>\\s*([^<]*)<|=\\s*\"([^\"]*)\")");
    /** A small safeguard: XMP packets are a few kilobytes; a huge one is not worth reading for two names. */
    private static final int LONGEST_XMP = 1 << 20;

    @Override
    public Check check() {
        return new Check(CODE, "The file's producer or creator names a PDF editor or an office program "
                + "(iLovePDF, Smallpdf, Acrobat, Word, a browser's 'Save as PDF'…), or Acrobat's mark of a hand-edited text.");
    }

    private record Named(String field, String value, PdfEditors.Editor editor) {
    }

    @Override
    public List<TamperSignal> detect(SignalInput input) throws IOException {
        List<TamperSignal> signals = new ArrayList<>();
        DocumentKind kind = input.reading().kind();
        editorInMetadata(input.document()).ifPresent(named -> signals.add(TamperSignal.documentWide(CODE, Severity.HIGH,
                sentence(named, DocumentDates.of(input.document()), kind))));
        touchUpMark(input).ifPresent(signals::add);
        return signals;
    }

    private static Optional<Named> editorInMetadata(PDDocument document) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        List<String[]> fields = new ArrayList<>();
        add(fields, "Producer", info.getProducer());
        add(fields, "Creator", info.getCreator());
        for (String[] xmp : xmpTools(document)) {
            add(fields, xmp[0], xmp[1]);
        }
        List<String> values = fields.stream().map(f -> f[1]).toList();
        for (String[] field : fields) {
            Optional<PdfEditors.Editor> editor = PdfEditors.named(field[1], values);
            if (editor.isPresent()) {
                return Optional.of(new Named(field[0], field[1].strip(), editor.get()));
            }
        }
        return Optional.empty();
    }

    private static void add(List<String[]> fields, String field, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new String[] {field, value});
        }
    }

    /** The producer and creator tool the XMP packet names, where editors that leave the Info alone write theirs. */
    private static List<String[]> xmpTools(PDDocument document) throws IOException {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return List.of();
        }
        byte[] packet;
        try (InputStream in = metadata.exportXMPMetadata()) {
            packet = in.readNBytes(LONGEST_XMP);
        }
        List<String[]> tools = new ArrayList<>();
        Matcher matcher = XMP_TOOL.matcher(new String(packet, StandardCharsets.UTF_8));
        while (matcher.find()) {
            String value = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            tools.add(new String[] {"XMP " + matcher.group(1), value});
        }
        return tools;
    }

    private static Phrase sentence(Named named, DocumentDates dates, DocumentKind kind) {
        Phrase tool = named.value().toLowerCase(Locale.ROOT).startsWith(named.editor().name().toLowerCase(Locale.ROOT))
                ? Phrase.text(named.value())
                : Phrase.of("signal.editor-producer.tool", named.editor().name(), Wording.quote(named.value()));
        Optional<Duration> later = dates.modifiedAfterCreated().filter(d -> d.compareTo(ModifiedAfterCreation.GRACE) > 0);
        Phrase what = switch (named.field()) {
            case "Producer" -> later.isEmpty() ? Phrase.of("signal.editor-producer.producer", tool)
                    : Phrase.of("signal.editor-producer.producer-later", tool, day(dates.modified()),
                            Wording.duration(later.get()), Wording.issuer(kind), day(dates.created()));
            case "Creator" -> Phrase.of("signal.editor-producer.creator", tool);
            default -> Phrase.of("signal.editor-producer.xmp", tool);
        };
        return Phrase.of("signal.editor-producer", what, Wording.kindPlural(kind));
    }

    /** The day of a date the file names, as its own clock read it. */
    private static LocalDate day(Optional<DocumentDates.Stamp> stamp) {
        return stamp.orElseThrow().time().toLocalDate();
    }

    /** Acrobat wraps text edited with its TouchUp tool in a marked-content section of this name. */
    private static Optional<TamperSignal> touchUpMark(SignalInput input) {
        List<Integer> marked = new ArrayList<>();
        for (PageText page : input.reading().pages()) {
            if (page.markedContent().contains(TOUCH_UP)) {
                marked.add(page.number());
            }
        }
        if (marked.isEmpty()) {
            return Optional.empty();
        }
        int first = marked.getFirst();
        PageText shown = input.reading().pages().get(first - 1);
        Phrase detail = Phrase.of("signal.editor-producer.touch-up", marked.size(), Wording.numbers(marked),
                Wording.quote(TOUCH_UP));
        return Optional.of(TamperSignal.onPage(CODE, Severity.HIGH, detail, first, Wording.pageBox(shown.width(), shown.height())));
    }
}
