package casedesk.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Slow, salted password hashes: PBKDF2 with HMAC-SHA-256, in the JDK, at the iteration count OWASP
 * recommends. One derivation gives two keys that cannot be computed from each other: what is stored
 * to check the password, and the key that unwraps the caseload's data key for this user. So the
 * stored form never lets anyone open the data, and a right password always can.
 *
 * <p>Stored form: {@code pbkdf2-sha256-v2$600000$salt$check}. The first form,
 * {@code pbkdf2-sha256$600000$salt$derived}, stored the derived bytes themselves; it is still
 * accepted, and {@link #upgrade} turns it into the second form (with the wrapping key it implies)
 * when a caseload is first sealed.
 */
public final class Passwords {

    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final String FIRST_FORM = "pbkdf2-sha256";
    private static final String FORM = "pbkdf2-sha256-v2";
    private static final byte[] CHECK = "casedesk password check".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WRAP = "casedesk data key wrapping".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** A new password's stored form, and the key that wraps the data key for it. */
    public record Derived(String stored, byte[] wrappingKey) {
    }

    public static Derived derive(char[] password) {
        return derive(password, DEFAULT_ITERATIONS);
    }

    public static Derived derive(char[] password, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] derived = pbkdf2(password, salt, iterations);
        try {
            return fromDerived(derived, salt, iterations);
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /** Just the stored form of a new password (where nothing is to be wrapped). */
    public static String hash(char[] password) {
        return derive(password).stored();
    }

    /** Whether the password is the one stored. */
    public static boolean matches(char[] password, String stored) {
        return check(password, stored).isPresent();
    }

    /** The wrapping key of the user whose password this is, or empty when it is not their password. */
    public static Optional<byte[]> check(char[] password, String stored) {
        Parsed parsed = Parsed.of(stored);
        if (parsed == null) {
            return Optional.empty();
        }
        byte[] derived = pbkdf2(password, parsed.salt, parsed.iterations);
        try {
            byte[] expected = parsed.firstForm ? derived : Sha256.hmac(derived, CHECK);
            return MessageDigest.isEqual(expected, parsed.value) ? Optional.of(Sha256.hmac(derived, WRAP)) : Optional.empty();
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /**
     * For a password stored in the first form, which held the derived bytes themselves: the
     * second form and the wrapping key, computed without knowing the password. Empty for a
     * password stored in the second form already.
     */
    public static Optional<Derived> upgrade(String stored) {
        Parsed parsed = Parsed.of(stored);
        if (parsed == null || !parsed.firstForm) {
            return Optional.empty();
        }
        return Optional.of(fromDerived(parsed.value, parsed.salt, parsed.iterations));
    }

    private static Derived fromDerived(byte[] derived, byte[] salt, int iterations) {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String stored = FORM + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(Sha256.hmac(derived, CHECK));
        return new Derived(stored, Sha256.hmac(derived, WRAP));
    }

    private record Parsed(boolean firstForm, int iterations, byte[] salt, byte[] value) {
        static Parsed of(String stored) {
            String[] parts = stored == null ? new String[0] : stored.split("\\$");
            if (parts.length != 4 || !(parts[0].equals(FORM) || parts[0].equals(FIRST_FORM))) {
                return null;
            }
            try {
                int iterations = Integer.parseInt(parts[1]);
                if (iterations < 1) {
                    return null;
                }
                Base64.Decoder b64 = Base64.getDecoder();
                return new Parsed(parts[0].equals(FIRST_FORM), iterations, b64.decode(parts[2]), b64.decode(parts[3]));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }


    /**
     * A 256-bit key from a passphrase, its salt and iterations (PBKDF2-HMAC-SHA256): for what is
     * sealed under a passphrase rather than an account, such as an exported bundle.
     */
    public static byte[] key(char[] passphrase, byte[] salt, int iterations) {
        return pbkdf2(passphrase, salt, iterations);
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
