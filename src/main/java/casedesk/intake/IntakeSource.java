package casedesk.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The files of an intake, from a folder or a zip of one: {@code case.json} and the PDFs, by file
 * name. A zip is read defensively: only file names count (no paths, so no escaping the folder),
 * and the number of entries and the bytes actually unpacked are capped, whatever the zip claims.
 */
public record IntakeSource(String manifest, Map<String, byte[]> files) {

    public static final String MANIFEST = "case.json";
    static final int MAX_ENTRIES = 500;
    static final long MAX_UNPACKED_BYTES = 512L * 1024 * 1024;
    /** The largest case.json: a manifest is a few hundred bytes. */
    static final long MAX_MANIFEST_BYTES = 64 * 1024;
    /** The largest PDF taken: applicants' statements are a few megabytes. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    public IntakeSource {
        files = Map.copyOf(files);
    }

    public static IntakeSource read(Path path) throws IntakeException {
        if (!Files.exists(path)) {
            throw new IntakeException("There is no intake folder or zip " + path + ".");
        }
        try {
            return Files.isDirectory(path) ? folder(path) : zip(path);
        } catch (IOException e) {
            throw new IntakeException(path + " could not be read: " + e.getMessage(), e);
        }
    }

    private static IntakeSource folder(Path folder) throws IOException, IntakeException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : entries.sorted().toList()) {
                if (Files.isRegularFile(file)) {
                    checkSize(file.getFileName().toString(), Files.size(file), folder.toString());
                    total += Files.size(file);
                    if (total > MAX_UNPACKED_BYTES) {
                        throw new IntakeException("The intake folder holds more than "
                                + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB.");
                    }
                    files.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
            }
        }
        return withManifest(folder.toString(), files);
    }

    private static IntakeSource zip(Path zip) throws IOException, IntakeException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new IntakeException(zip + " holds more than " + MAX_ENTRIES + " entries.");
                }
                String name = fileName(entry.getName());
                if (entry.isDirectory() || name.isEmpty() || entry.getName().contains("__MACOSX") || name.startsWith(".")) {
                    continue;
                }
                if (entry.getSize() >= 0) {
                    // What the zip says, checked before anything is inflated; what it really holds, below.
                    checkSize(name, entry.getSize(), zip.toString());
                }
                byte[] bytes = readCapped(in, MAX_UNPACKED_BYTES - total, name, zip);
                total += bytes.length;
                if (files.put(name, bytes) != null) {
                    throw new IntakeException(zip + " holds two files named '" + name + "'.");
                }
            }
        } catch (ZipException e) {
            throw new IntakeException(zip + " is not a readable zip file (" + e.getMessage() + ").", e);
        } catch (IllegalArgumentException e) {
            throw new IntakeException(zip + " has file names CaseDesk cannot read.", e);
        }
        if (entries == 0) {
            throw new IntakeException(zip + " is neither a folder nor a zip file with an intake in it.");
        }
        return withManifest(zip.toString(), files);
    }

    private static long limit(String name) {
        return name.equals(MANIFEST) ? MAX_MANIFEST_BYTES : MAX_FILE_BYTES;
    }

    private static void checkSize(String name, long size, String where) throws IntakeException {
        if (size > limit(name)) {
            throw new IntakeException(where + ": " + name + " is larger than " + (name.equals(MANIFEST)
                    ? MAX_MANIFEST_BYTES / 1024 + " KB, too large for a case.json"
                    : MAX_FILE_BYTES / (1024 * 1024) + " MB, the largest document taken") + "; nothing was imported.");
        }
    }

    private static IntakeSource withManifest(String where, Map<String, byte[]> files) throws IntakeException {
        byte[] manifest = files.remove(MANIFEST);
        if (manifest == null) {
            throw new IntakeException(where + " has no " + MANIFEST + ".");
        }
        return new IntakeSource(new String(manifest, StandardCharsets.UTF_8), files);
    }

    private static String fileName(String entryName) {
        String name = entryName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** Inflates one entry, stopping as soon as it is larger than a file may be or than the intake may unpack to. */
    private static byte[] readCapped(InputStream in, long remaining, String name, Path zip)
            throws IOException, IntakeException {
        byte[] buffer = new byte[64 * 1024];
        var out = new java.io.ByteArrayOutputStream();
        for (int n; (n = in.read(buffer)) > 0; ) {
            checkSize(name, out.size() + (long) n, zip.toString());
            if (out.size() + (long) n > remaining) {
                throw new IntakeException(zip + " unpacks to more than " + MAX_UNPACKED_BYTES / (1024 * 1024)
                        + " MB; it is not an intake.");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The PDFs of the intake that its manifest does not list. */
    public java.util.List<String> unlisted(Manifest manifest) {
        return files.keySet().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).endsWith(".pdf") && !manifest.documents().contains(name))
                .sorted().toList();
    }
}
