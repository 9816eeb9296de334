package casedesk.evidence.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * PDFs written byte by byte, for files PDFBox would refuse to write: loops, lies and bombs. Objects
 * are numbered from 1 in the order they are added; object 1 should be the catalog. The
 * cross-reference table is computed, so offsets are right unless a test breaks them on purpose.
 */
final class HandMadePdf {

    private final List<byte[]> objects = new ArrayList<>();

    /** The usual start: catalog (1) and a page tree (2) of one page (3) drawing content stream 4. */
    static HandMadePdf onePage(String content) {
        HandMadePdf pdf = new HandMadePdf();
        pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>");
        pdf.stream("", ascii(content));
        return pdf;
    }

    /** Adds an object; returns its number. */
    int add(String body) {
        return add(ascii(body));
    }

    int add(byte[] body) {
        objects.add(body);
        return objects.size();
    }

    /** Adds a stream object with {@code dictionary} entries (without the brackets) and its /Length. */
    int stream(String dictionary, byte[] data) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(ascii("<< " + dictionary + " /Length " + data.length + " >>\nstream\n"));
        body.writeBytes(data);
        body.writeBytes(ascii("\nendstream"));
        return add(body.toByteArray());
    }

    int objectCount() {
        return objects.size();
    }

    byte[] bytes() {
        return bytes("");
    }

    /** The file, with {@code trailerEntries} added to the trailer (e.g. an /Encrypt reference). */
    byte[] bytes(String trailerEntries) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"));
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = file.size();
            file.writeBytes(ascii((i + 1) + " 0 obj\n"));
            file.writeBytes(objects.get(i));
            file.writeBytes(ascii("\nendobj\n"));
        }
        long xref = file.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R ").append(trailerEntries)
                .append(" >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        file.writeBytes(ascii(table.toString()));
        return file.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
