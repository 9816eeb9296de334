package casedesk.caseload;

import casedesk.security.Sha256;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Supplier;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The caseload's data key while someone is signed in, and how personal data is sealed with it.
 *
 * <p>A sealed value starts with its scheme byte. Scheme 0 is the bytes as they are (what caseloads
 * held before encryption, re-sealed when they are first opened by this CaseDesk). Scheme 1 is
 * AES-256-GCM under the data key: a random 96-bit nonce, then the ciphertext and its 128-bit tag,
 * with the row's identity (table, column, and the row's key) as associated data, so that a value
 * moved to another row or column does not open. Text columns that were plain text before scheme 1
 * read as they are until they are re-sealed.
 *
 * <p>The data key is random, one per caseload, and is stored only wrapped (AES-GCM again) under
 * each user's key derived from their password. Lookups that need equality (a passport number, an
 * account number) compare keyed hashes (HMAC-SHA-256 under a key derived from the data key).
 */
final class KeyRing {

    static final byte PLAIN = 0;
    static final byte AES_GCM = 1;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private volatile byte[] dataKey;
    private volatile byte[] lookupKey;
    /**
     * The key as the file keeps it in the clear, or null: while a caseload has no account yet (or
     * is being re-sealed) its key is there for anyone, and locking it would protect nothing.
     */
    private final Supplier<byte[]> keptInFile;
    /**
     * Whether every value is sealed under scheme 1 now: then a value in the clear was put there
     * behind CaseDesk's back, and is refused rather than believed.
     */
    private volatile boolean sealedOnly;

    KeyRing(Supplier<byte[]> keptInFile) {
        this.keptInFile = keptInFile;
    }

    static byte[] newDataKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    boolean unlocked() {
        return key() != null;
    }

    /** The data key in memory or, locked, the one the file keeps in the clear, if it does. */
    private byte[] key() {
        byte[] key = dataKey;
        if (key == null) {
            byte[] kept = keptInFile.get();
            if (kept != null) {
                unlock(kept);
                key = dataKey;
            }
        }
        return key;
    }

    void unlock(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("a data key has 32 bytes");
        }
        this.dataKey = key.clone();
        this.lookupKey = Sha256.hmac(key, "casedesk lookup".getBytes(StandardCharsets.US_ASCII));
    }

    /** From now on a value in the clear is refused: the caseload's rows are all sealed. */
    void sealedOnly() {
        sealedOnly = true;
    }

    /** Forgets the data key: what is sealed cannot be read again until someone signs in. */
    void lock() {
        byte[] key = dataKey;
        byte[] lookup = lookupKey;
        dataKey = null;
        lookupKey = null;
        if (key != null) {
            Arrays.fill(key, (byte) 0);
        }
        if (lookup != null) {
            Arrays.fill(lookup, (byte) 0);
        }
    }

    /** The data key itself, to wrap it for a new user or a new password. */
    byte[] dataKey() {
        return require().clone();
    }

    byte[] seal(byte[] plain, String row) {
        byte[] sealed = encrypt(require(), plain, row);
        ByteBuffer out = ByteBuffer.allocate(1 + sealed.length);
        return out.put(AES_GCM).put(sealed).array();
    }

    byte[] sealText(String text, String row) {
        return seal(text.getBytes(StandardCharsets.UTF_8), row);
    }

    /** A nullable text, sealed, or null. */
    byte[] sealNullable(String text, String row) {
        return text == null ? null : sealText(text, row);
    }

    byte[] open(byte[] sealed, String row) {
        if (sealed == null || sealed.length == 0) {
            throw new CaseloadException.Unreadable("A sealed value of " + row + " is empty.");
        }
        return switch (sealed[0]) {
            case PLAIN -> {
                refuseClear(row);
                yield Arrays.copyOfRange(sealed, 1, sealed.length);
            }
            case AES_GCM -> decrypt(require(), Arrays.copyOfRange(sealed, 1, sealed.length), row);
            default -> throw new CaseloadException.Unreadable("A value of " + row + " is sealed with scheme " + sealed[0]
                    + ", which this CaseDesk cannot open.");
        };
    }

    /**
     * A text column's value: sealed bytes are opened, text stored before sealing is returned as it
     * is, null stays null.
     */
    String openText(Object stored, String row) {
        if (stored == null) {
            return null;
        }
        if (stored instanceof String text) {
            refuseClear(row);
            return text;
        }
        return new String(open((byte[]) stored, row), StandardCharsets.UTF_8);
    }

    private void refuseClear(String row) {
        if (sealedOnly) {
            throw new CaseloadException.Unreadable("A value of " + row + " is in the clear in a caseload whose values "
                    + "are all sealed: it was put there behind CaseDesk's back.");
        }
    }

    /** Whether a stored value is sealed under scheme 1 (else it is still to be re-sealed). */
    static boolean isSealed(Object stored) {
        return stored instanceof byte[] bytes && bytes.length > 0 && bytes[0] == AES_GCM;
    }

    /**
     * What an equality lookup compares: a keyed hash of the normalised value, which reveals nothing
     * of it without the data key.
     */
    String lookup(String value) {
        require();
        byte[] key = lookupKey;
        if (key == null) {
            throw locked();
        }
        return "k1:" + HexFormat.of().formatHex(Sha256.hmac(key, normalised(value).getBytes(StandardCharsets.UTF_8)));
    }

    static String normalised(String value) {
        return value.strip().replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** The data key wrapped under a user's key, bound to that user's name. */
    static byte[] wrap(byte[] wrappingKey, byte[] dataKey, String username) {
        return encrypt(wrappingKey, dataKey, "key_wraps:" + username);
    }

    /** The data key unwrapped with a user's key; fails if the key or the name is not the one it was wrapped for. */
    static byte[] unwrap(byte[] wrappingKey, byte[] wrapped, String username) {
        return decrypt(wrappingKey, wrapped, "key_wraps:" + username);
    }

    private byte[] require() {
        byte[] key = key();
        if (key == null) {
            throw locked();
        }
        return key;
    }

    private static CaseloadException.Locked locked() {
        return new CaseloadException.Locked("The caseload is locked: sign in to read or change its personal data.");
    }

    static byte[] encrypt(byte[] key, byte[] plain, String row) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(row.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    static byte[] decrypt(byte[] key, byte[] sealed, String row) {
        if (sealed.length < NONCE + TAG_BITS / 8) {
            throw new CaseloadException.Unreadable("A sealed value of " + row + " is cut short.");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
            cipher.updateAAD(row.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
        } catch (AEADBadTagException e) {
            throw new CaseloadException.Unreadable("A sealed value of " + row
                    + " does not open with this caseload's key: it was changed in the file or moved from another row.");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

}
