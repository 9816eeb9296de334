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

    /**
     * What an intake may hold, whatever its zip claims; a caseload sets its own (the settings
     * {@code largest-case-json-kb}, {@code largest-document-mb}, {@code largest-intake-mb},
     * {@code most-intake-files}).
     */
    public record Limits(long largestManifest, long largestFile, long largestUnpacked, int mostEntries) {
        /** The defaults: a manifest is a few hundred bytes, an applicant's statement a few megabytes. */
        public static final Limits DEFAULT = new Limits(64 * 1024, 64L * 1024 * 1024, 512L * 1024 * 1024, 500);
    }

    public IntakeSource {
        files = Map.copyOf(files);
    }

    public static IntakeSource read(Path path) throws IntakeException {
        return read(path, Limits.DEFAULT);
    }

    public static IntakeSource read(Path path, Limits limits) throws IntakeException {
        if (!Files.exists(path)) {
            throw new IntakeException("There is no intake folder or zip " + path + ".");
        }
        try {
            return Files.isDirectory(path) ? new Reader(limits).folder(path) : new Reader(limits).zip(path);
        } catch (IOException e) {
            throw new IntakeException(path + " could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * A PDF to add to a case, from a file: refused before it is read if it is larger than a
     * document may be.
     */
    public static Importer.Pdf pdf(Path file, Limits limits) throws IntakeException {
        try {
            new Reader(limits).checkSize(file.getFileName().toString(), Files.size(file), file.getParent() == null
                    ? file.toString() : file.getParent().toString());
            return new Importer.Pdf(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IntakeException("There is no file " + file + "; nothing was imported.", e);
        } catch (IOException e) {
            throw new IntakeException(file + " could not be read: " + e.getMessage(), e);
        }
    }

    /** The PDFs of the intake that its manifest does not list. */
    public java.util.List<String> unlisted(Manifest manifest) {
        return files.keySet().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).endsWith(".pdf") && !manifest.documents().contains(name))
                .sorted().toList();
    }

    /** One reading of an intake under its limits. */
    private record Reader(Limits limits) {

        private IntakeSource folder(Path folder) throws IOException, IntakeException {
            Map<String, byte[]> files = new LinkedHashMap<>();
            long total = 0;
            try (Stream<Path> entries = Files.list(folder)) {
                for (Path file : entries.sorted().toList()) {
                    if (Files.isRegularFile(file)) {
                        checkSize(file.getFileName().toString(), Files.size(file), folder.toString());
                        total += Files.size(file);
                        if (total > limits.largestUnpacked()) {
                            throw new IntakeException("The intake folder holds more than "
                                    + limits.largestUnpacked() / (1024 * 1024) + " MB.");
                        }
                        files.put(file.getFileName().toString(), Files.readAllBytes(file));
                    }
                }
            }
            return withManifest(folder.toString(), files);
        }

        private IntakeSource zip(Path zip) throws IOException, IntakeException {
            Map<String, byte[]> files = new LinkedHashMap<>();
            long total = 0;
            int entries = 0;
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    if (++entries > limits.mostEntries()) {
                        throw new IntakeException(zip + " holds more than " + limits.mostEntries() + " entries.");
                    }
                    String name = fileName(entry.getName());
                    if (entry.isDirectory() || name.isEmpty() || entry.getName().contains("__MACOSX") || name.startsWith(".")) {
                        continue;
                    }
                    if (entry.getSize() >= 0) {
                        // What the zip says, checked before anything is inflated; what it really holds, below.
                        checkSize(name, entry.getSize(), zip.toString());
                    }
                    byte[] bytes = readCapped(in, limits.largestUnpacked() - total, name, zip);
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

        private long limit(String name) {
            return name.equals(MANIFEST) ? limits.largestManifest() : limits.largestFile();
        }

        private void checkSize(String name, long size, String where) throws IntakeException {
            if (size > limit(name)) {
                throw new IntakeException(where + ": " + name + " is larger than " + (name.equals(MANIFEST)
                        ? limits.largestManifest() / 1024 + " KB, the largest case.json this caseload takes (setting "
                                + "largest-case-json-kb)"
                        : limits.largestFile() / (1024 * 1024) + " MB, the largest document this caseload takes (setting "
                                + "largest-document-mb)") + "; nothing was imported.");
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
        private byte[] readCapped(InputStream in, long remaining, String name, Path zip)
                throws IOException, IntakeException {
            byte[] buffer = new byte[64 * 1024];
            var out = new java.io.ByteArrayOutputStream();
            for (int n; (n = in.read(buffer)) > 0; ) {
                checkSize(name, out.size() + (long) n, zip.toString());
                if (out.size() + (long) n > remaining) {
                    throw new IntakeException(zip + " unpacks to more than " + limits.largestUnpacked() / (1024 * 1024)
                            + " MB; it is not an intake.");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }
}
