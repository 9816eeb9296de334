package casedesk.caseload;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The workstation's Ed25519 key for one caseload, and how far this workstation has verified its
 * audit trail. It lives beside the caseload in an owner-only file of its own
 * ({@code caseload.db.workstation}), never inside the caseload: a copy of the caseload file alone
 * lets nobody sign events, so recomputing the hashes after an edit is not enough to hide it.
 */
final class SigningKey {

    /** How far the audit trail was found intact on this workstation: up to which event, with which hash. */
    record Checkpoint(long sequence, String hash) {
    }

    private static final String SUFFIX = ".workstation";

    private final Path file;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private Checkpoint verified;

    private SigningKey(Path file, PrivateKey privateKey, PublicKey publicKey, Checkpoint verified) {
        this.file = file;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.verified = verified;
    }

    static Path fileFor(Path caseload) {
        return caseload.resolveSibling(caseload.getFileName() + SUFFIX);
    }

    /** The key kept beside this caseload, if this workstation has one. */
    static Optional<SigningKey> find(Path caseload) {
        Path file = fileFor(caseload);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(reader);
            KeyFactory keys = KeyFactory.getInstance("Ed25519");
            PrivateKey privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(values.getProperty("privateKey", ""))));
            PublicKey publicKey = keys.generatePublic(new X509EncodedKeySpec(
                    Base64.getDecoder().decode(values.getProperty("publicKey", ""))));
            Checkpoint verified = new Checkpoint(Long.parseLong(values.getProperty("verifiedSequence", "0")),
                    values.getProperty("verifiedHash", ""));
            return Optional.of(new SigningKey(file, privateKey, publicKey, verified));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new CaseloadException("The workstation key " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * A new key for a caseload that has none, written owner-only before it is used. Two processes
     * opening a new caseload at once end up with the same key: the second takes the first's file.
     */
    static SigningKey create(Path caseload) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            SigningKey key = new SigningKey(fileFor(caseload), pair.getPrivate(), pair.getPublic(), new Checkpoint(0, ""));
            if (!key.saveNew()) {
                return find(caseload).orElseThrow();
            }
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK", e);
        }
    }

    byte[] publicKey() {
        return publicKey.getEncoded();
    }

    Checkpoint verified() {
        return verified;
    }

    /** Moves the key along with its caseload (a demo built under a temporary name). */
    static void move(Path fromCaseload, Path toCaseload) throws IOException {
        Path from = fileFor(fromCaseload);
        if (Files.exists(from)) {
            Files.move(from, fileFor(toCaseload), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteFor(Path caseload) throws IOException {
        Files.deleteIfExists(fileFor(caseload));
    }

    byte[] sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(message);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing with Ed25519 failed", e);
        }
    }

    static boolean verifies(byte[] publicKey, byte[] message, byte[] signature) {
        if (publicKey == null || signature == null) {
            return false;
        }
        try {
            Signature check = Signature.getInstance("Ed25519");
            check.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(publicKey)));
            check.update(message);
            return check.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Records that the trail was found intact up to an event. */
    void verifiedUpTo(Checkpoint checkpoint) {
        if (checkpoint.sequence() > verified.sequence()) {
            verified = checkpoint;
            save();
        }
    }

    private boolean saveNew() {
        return write(false);
    }

    private void save() {
        write(true);
    }

    /** Writes the file through a temporary one; without {@code replace}, false if it exists already. */
    private boolean write(boolean replace) {
        Properties values = new Properties();
        values.setProperty("privateKey", Base64.getEncoder().encodeToString(privateKey.getEncoded()));
        values.setProperty("publicKey", Base64.getEncoder().encodeToString(publicKey.getEncoded()));
        values.setProperty("verifiedSequence", Long.toString(verified.sequence()));
        values.setProperty("verifiedHash", verified.hash());
        try {
            // A temporary file of this write's own: two processes opening the caseload at once each
            // write theirs, and neither removes or half-writes the other's.
            Path temporary = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempFile(file.getParent(), file.getFileName() + ".", ".new",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(file.getParent(), file.getFileName() + ".", ".new");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                values.store(writer, "CaseDesk workstation key for " + file.getFileName().toString().replace(SUFFIX, "")
                        + ": keep it with the caseload, never share it");
            }
            if (!replace) {
                try {
                    Files.createLink(file, temporary);
                    return true;
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    return false;
                } catch (UnsupportedOperationException | IOException e) {
                    if (Files.exists(file)) {
                        return false;
                    }
                    Files.move(temporary, file);
                    return true;
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            throw new CaseloadException("The workstation key " + file + " could not be written: " + e.getMessage(), e);
        }
    }
}
