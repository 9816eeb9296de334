package casedesk.caseload;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Seals personal data for storage: identity numbers and document bytes. A sealed value starts with a
 * scheme byte, so rows sealed under different schemes can live side by side and be re-sealed in place
 * when encryption at rest arrives; the tables never change shape for it.
 *
 * <p>{@link #PLAIN} (scheme 0) stores the bytes as they are. It is the only scheme so far.
 */
public interface Sealer {

    byte PLAIN_SCHEME = 0;

    byte[] seal(byte[] plain);

    byte[] open(byte[] sealed);

    /**
     * The key a search compares with, for a value that is sealed. For the plain scheme it is the
     * normalised value itself; an encrypting scheme would return a keyed hash of it, so that exact
     * searches still work without revealing the value.
     */
    String lookupKey(String value);

    default byte[] sealText(String text) {
        return seal(text.getBytes(StandardCharsets.UTF_8));
    }

    default String openText(byte[] sealed) {
        return new String(open(sealed), StandardCharsets.UTF_8);
    }

    Sealer PLAIN = new Sealer() {
        @Override
        public byte[] seal(byte[] plain) {
            byte[] sealed = new byte[plain.length + 1];
            sealed[0] = PLAIN_SCHEME;
            System.arraycopy(plain, 0, sealed, 1, plain.length);
            return sealed;
        }

        @Override
        public byte[] open(byte[] sealed) {
            if (sealed.length == 0 || sealed[0] != PLAIN_SCHEME) {
                throw new CaseloadException(
                        "a value in the caseload is sealed with scheme " + (sealed.length == 0 ? "none" : sealed[0])
                                + ", which this CaseDesk cannot open");
            }
            return Arrays.copyOfRange(sealed, 1, sealed.length);
        }

        @Override
        public String lookupKey(String value) {
            return value.strip().toUpperCase(Locale.ROOT);
        }
    };
}
