package casedesk.evidence.signals;

import java.util.OptionalLong;

/**
 * Reads the /Prev entry of a trailer or cross-reference stream dictionary: only at the top level of
 * the dictionary (a nested /DecodeParms has none), stepping over strings, whose bytes may be anything
 * in an encrypted file's /ID.
 */
final class TrailerKeys {

    private TrailerKeys() {
    }

    /** @param at the offset of the dictionary's "<<" */
    static OptionalLong prev(byte[] pdf, int at) {
        if (!Revisions.startsWith(pdf, at, "<<")) {
            return OptionalLong.empty();
        }
        int depth = 0;
        int i = at;
        while (i < pdf.length) {
            byte b = pdf[i];
            if (b == '<' && i + 1 < pdf.length && pdf[i + 1] == '<') {
                depth++;
                i += 2;
            } else if (b == '>' && i + 1 < pdf.length && pdf[i + 1] == '>') {
                depth--;
                i += 2;
                if (depth == 0) {
                    return OptionalLong.empty();
                }
            } else if (b == '<') {
                i = skipHexString(pdf, i);
            } else if (b == '(') {
                i = skipLiteralString(pdf, i);
            } else if (b == '/' && depth == 1 && Revisions.startsWith(pdf, i, "/Prev") && !isNameChar(pdf, i + 5)) {
                return Revisions.number(pdf, i + 5);
            } else {
                i++;
            }
        }
        return OptionalLong.empty();
    }

    private static boolean isNameChar(byte[] pdf, int at) {
        if (at >= pdf.length) {
            return false;
        }
        byte b = pdf[at];
        return !(b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0 || b == '/' || b == '<'
                || b == '>' || b == '[' || b == ']' || b == '(' || b == ')');
    }

    private static int skipHexString(byte[] pdf, int at) {
        int i = at + 1;
        while (i < pdf.length && pdf[i] != '>') {
            i++;
        }
        return i + 1;
    }

    private static int skipLiteralString(byte[] pdf, int at) {
        int depth = 0;
        int i = at;
        while (i < pdf.length) {
            byte b = pdf[i];
            if (b == '\\') {
                i += 2;
                continue;
            }
            if (b == '(') {
                depth++;
            } else if (b == ')') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
            i++;
        }
        return i;
    }
}
