package casedesk.evidence.signals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where each save of a PDF ends. Every incremental save appends objects, a cross-reference section
 * (a table or, since PDF 1.5, a stream) whose trailer points back with /Prev, and
 * {@code startxref <offset> %%EOF}. The chain is followed from the end of the file, so a "%%EOF"
 * inside a binary stream (an attached PDF, an image) is never taken for the end of a save: a save
 * ends only at the {@code startxref} that points at one of the chain's sections. A linearized file's
 * two sections share one such end and count as one save.
 */
final class Revisions {

    /** A chain longer than this is a loop or garbage, not a history. */
    private static final int LONGEST_CHAIN = 10_000;
    /** How far from the end of the file the last startxref may stand (some files carry trailing junk). */
    private static final int TAIL = 64 * 1024;
    /** How far into the file "%PDF-" may stand, as readers allow. */
    private static final int HEADER_SEARCH = 1024;

    private Revisions() {
    }

    /**
     * The byte offsets just past each save's {@code %%EOF}, oldest first; one offset (the file's
     * length) when the chain cannot be followed, since nothing can be said about earlier saves then.
     */
    static List<Integer> ends(byte[] pdf) {
        TreeSet<Integer> ends = new TreeSet<>();
        for (Section section : chain(pdf)) {
            int end = endOfSave(pdf, section);
            if (end > 0) {
                ends.add(end);
            }
        }
        if (ends.isEmpty()) {
            return List.of(pdf.length);
        }
        return List.copyOf(ends);
    }

    /**
     * A cross-reference section: the offset the file declares for it, and where it really stands,
     * which is further on when something (a mail header, a BOM) was put before "%PDF-".
     */
    private record Section(long declared, int position) {
    }

    /** The cross-reference sections, newest first. */
    private static List<Section> chain(byte[] pdf) {
        List<Section> sections = new ArrayList<>();
        int startxref = lastIndexOf(pdf, "startxref", Math.max(0, pdf.length - TAIL));
        if (startxref < 0) {
            return sections;
        }
        int header = Math.max(0, indexOf(pdf, "%PDF-", 0, HEADER_SEARCH));
        OptionalLong next = number(pdf, startxref + "startxref".length());
        Set<Long> seen = new HashSet<>();
        while (next.isPresent() && next.getAsLong() >= 0 && next.getAsLong() + header < pdf.length
                && seen.add(next.getAsLong()) && sections.size() < LONGEST_CHAIN) {
            long declared = next.getAsLong();
            OptionalLong prev = OptionalLong.empty();
            int position = -1;
            for (long at : header == 0 ? new long[] {declared} : new long[] {declared, declared + header}) {
                int start = skipSpace(pdf, (int) at);
                if (startsWith(pdf, start, "xref")) {
                    int trailer = indexOf(pdf, "trailer", start, pdf.length);
                    if (trailer >= 0) {
                        prev = TrailerKeys.prev(pdf, skipSpace(pdf, trailer + "trailer".length()));
                        position = start;
                        break;
                    }
                }
                int dictionary = objectDictionary(pdf, start);
                if (dictionary >= 0) {
                    prev = TrailerKeys.prev(pdf, dictionary);
                    position = start;
                    break;
                }
            }
            if (position < 0) {
                break;
            }
            sections.add(new Section(declared, position));
            next = prev;
        }
        return sections;
    }

    /**
     * Just past the %%EOF of the last {@code startxref} that points at this section, or -1 when none
     * does. The last, because a linearized file may point at its first-page section twice: from the
     * first-page trailer and from the end of the file, which is where that save really ends.
     */
    private static int endOfSave(byte[] pdf, Section section) {
        int found = -1;
        int from = section.position();
        while (true) {
            int startxref = indexOf(pdf, "startxref", from, pdf.length);
            if (startxref < 0) {
                break;
            }
            OptionalLong offset = number(pdf, startxref + "startxref".length());
            if (offset.isPresent() && offset.getAsLong() == section.declared()) {
                found = startxref;
            }
            from = startxref + 1;
        }
        if (found < 0) {
            return -1;
        }
        int eof = indexOf(pdf, "%%EOF", found, pdf.length);
        if (eof < 0) {
            return pdf.length;
        }
        // One end-of-line marker belongs to this save; whatever follows is the next save's.
        int end = eof + "%%EOF".length();
        if (end < pdf.length && pdf[end] == '\r') {
            end++;
        }
        if (end < pdf.length && pdf[end] == '\n') {
            end++;
        }
        return end;
    }

    /** At "12 0 obj <<", the offset of the "<<"; -1 when no object starts here. */
    private static int objectDictionary(byte[] pdf, int at) {
        int i = at;
        for (int part = 0; part < 2; part++) {
            int digits = i;
            while (i < pdf.length && Character.isDigit(pdf[i])) {
                i++;
            }
            if (i == digits) {
                return -1;
            }
            i = skipSpace(pdf, i);
        }
        if (!startsWith(pdf, i, "obj")) {
            return -1;
        }
        i = skipSpace(pdf, i + 3);
        return startsWith(pdf, i, "<<") ? i : -1;
    }

    static OptionalLong number(byte[] pdf, int at) {
        int i = skipSpace(pdf, at);
        int start = i;
        while (i < pdf.length && Character.isDigit(pdf[i]) && i - start < 18) {
            i++;
        }
        return i == start ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(new String(pdf, start, i - start,
                StandardCharsets.US_ASCII)));
    }

    static int skipSpace(byte[] pdf, int at) {
        int i = at;
        while (i < pdf.length && (pdf[i] == ' ' || pdf[i] == '\n' || pdf[i] == '\r' || pdf[i] == '\t'
                || pdf[i] == '\f' || pdf[i] == 0)) {
            i++;
        }
        return i;
    }

    static boolean startsWith(byte[] pdf, int at, String token) {
        if (at < 0 || at + token.length() > pdf.length) {
            return false;
        }
        for (int j = 0; j < token.length(); j++) {
            if (pdf[at + j] != token.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] pdf, String token, int from, int before) {
        for (int i = Math.max(0, from); i <= Math.min(before, pdf.length) - token.length(); i++) {
            if (startsWith(pdf, i, token)) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexOf(byte[] pdf, String token, int notBefore) {
        for (int i = pdf.length - token.length(); i >= notBefore; i--) {
            if (startsWith(pdf, i, token)) {
                return i;
            }
        }
        return -1;
    }
}
