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
 *
 * <p>The private half is kept sealed under the caseload's data key (AES-GCM, bound to the public
 * half), so that the file and the caseload taken together, without a user's password, do not let
 * anyone sign either. It is in the clear only until the caseload first has a data key (a new
 * caseload, before its first event); the first time the data key is at hand it is sealed.
 */
final class SigningKey {

    /** How far the audit trail was found intact on this workstation: up to which event, with which hash. */
    record Checkpoint(long sequence, String hash) {
    }

    private static final String SUFFIX = ".workstation";

    private final Path file;
    private final PublicKey publicKey;
    /** The private half in the clear, or null once it is sealed. */
    private PrivateKey clearKey;
    /** The private half sealed under the data key ({@link KeyRing} scheme 1), or null while it is not. */
    private byte[] sealedKey;
    private Checkpoint verified;

    private SigningKey(Path file, PrivateKey clearKey, byte[] sealedKey, PublicKey publicKey, Checkpoint verified) {
        this.file = file;
        this.clearKey = clearKey;
        this.sealedKey = sealedKey;
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
        try {
            return Optional.of(read(file));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new CaseloadException("The workstation key " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static SigningKey read(Path file) throws IOException, GeneralSecurityException {
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(reader);
        }
        KeyFactory keys = KeyFactory.getInstance("Ed25519");
        PublicKey publicKey = keys.generatePublic(new X509EncodedKeySpec(
                Base64.getDecoder().decode(values.getProperty("publicKey", ""))));
        String sealed = values.getProperty("sealedPrivateKey");
        PrivateKey clear = sealed != null ? null : keys.generatePrivate(new PKCS8EncodedKeySpec(
                Base64.getDecoder().decode(values.getProperty("privateKey", ""))));
        Checkpoint verified = new Checkpoint(Long.parseLong(values.getProperty("verifiedSequence", "0")),
                values.getProperty("verifiedHash", ""));
        return new SigningKey(file, clear, sealed == null ? null : Base64.getDecoder().decode(sealed), publicKey,
                verified);
    }

    /**
     * A new key for a caseload that has none, written owner-only before it is used. Two processes
     * opening a new caseload at once end up with the same key: the second takes the first's file.
     */
    static SigningKey create(Path caseload) {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            SigningKey key = new SigningKey(fileFor(caseload), pair.getPrivate(), null, pair.getPublic(),
                    new Checkpoint(0, ""));
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

    /** Whether the private half is still in the clear in the file. */
    boolean inTheClear() {
        return clearKey != null;
    }

    /**
     * Seals the private half under the data key, if it is in the clear and the data key is at
     * hand, and rewrites the file without it.
     */
    synchronized void sealWith(KeyRing keys) {
        if (clearKey == null || !keys.unlocked()) {
            return;
        }
        sealedKey = keys.seal(clearKey.getEncoded(), sealedAs());
        clearKey = null;
        save();
    }

    /** The associated data the private half is sealed with: bound to its public half. */
    private String sealedAs() {
        return "signing_key:" + Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /**
     * Signs with the private half: in the clear, or opened with the data key.
     *
     * @throws CaseloadException.Locked when it is sealed and nobody is signed in
     */
    byte[] sign(byte[] message, KeyRing keys) {
        PrivateKey privateKey;
        synchronized (this) {
            privateKey = clearKey;
        }
        if (privateKey == null) {
            if (sealedKey.length == 0 || sealedKey[0] != KeyRing.AES_GCM) {
                throw new CaseloadException.Unreadable("The workstation key " + file + " is not sealed as CaseDesk seals it.");
            }
            byte[] encoded = keys.open(sealedKey, sealedAs());
            try {
                privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(encoded));
            } catch (GeneralSecurityException e) {
                throw new CaseloadException.Unreadable("The workstation key " + file + " does not hold an Ed25519 key.");
            } finally {
                java.util.Arrays.fill(encoded, (byte) 0);
            }
        }
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
    synchronized void verifiedUpTo(Checkpoint checkpoint) {
        if (checkpoint.sequence() > verified.sequence()) {
            verified = checkpoint;
            save();
        }
    }

    private void adoptNewerFromFile() {
        SigningKey onDisk;
        try {
            onDisk = read(file);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            return; // nothing readable to keep: this write replaces it
        }
        if (!java.util.Arrays.equals(onDisk.publicKey(), publicKey())) {
            return;
        }
        if (clearKey != null && onDisk.sealedKey != null) {
            clearKey = null;
            sealedKey = onDisk.sealedKey;
        }
        if (onDisk.verified.sequence() > verified.sequence()) {
            verified = onDisk.verified;
        }
    }

    private boolean saveNew() {
        return write(false);
    }

    private void save() {
        write(true);
    }

    /**
     * Writes the file through a temporary one; without {@code replace}, false if it exists already.
     * Replacing it keeps what another process wrote meanwhile and this one lacks: a sealed private
     * half (never written back in the clear) and a later checkpoint.
     */
    private boolean write(boolean replace) {
        if (replace) {
            adoptNewerFromFile();
        }
        Properties values = new Properties();
        if (clearKey != null) {
            values.setProperty("privateKey", Base64.getEncoder().encodeToString(clearKey.getEncoded()));
        } else {
            values.setProperty("sealedPrivateKey", Base64.getEncoder().encodeToString(sealedKey));
        }
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
