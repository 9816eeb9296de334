package casedesk.demo.documents;

import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.SplittableRandom;

/**
 * Everything random in a document derives from the request's seed: one independent stream per
 * purpose, so that adding a draw to one part of a document does not shift the others.
 */
final class Seeds {

    private Seeds() {
    }

    /** A well-mixed value for the seed and a purpose (SplitMix64 finaliser). */
    static long mix(long seed, long purpose) {
        long z = seed + 0x9E3779B97F4A7C15L * (purpose + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static SplittableRandom random(long seed, long purpose) {
        return new SplittableRandom(mix(seed, purpose));
    }

    static String hex(long value) {
        return String.format("%016x", value);
    }

    /**
     * A SecureRandom that replays the seed, for PDFBox's encryption keys and IVs. Deliberately not
     * secure: these are synthetic demo files, and their bytes must not change from run to run.
     */
    static SecureRandom secureRandom(long seed) {
        return new SecureRandom(new ReplayingSpi(seed), null) {
            private static final long serialVersionUID = 1L;
        };
    }

    private static final class ReplayingSpi extends SecureRandomSpi {
        private static final long serialVersionUID = 1L;
        private final SplittableRandom random;

        ReplayingSpi(long seed) {
            random = new SplittableRandom(seed);
        }

        @Override
        protected void engineSetSeed(byte[] seed) {
            // The stream is fixed by the document's seed.
        }

        @Override
        protected synchronized void engineNextBytes(byte[] bytes) {
            random.nextBytes(bytes);
        }

        @Override
        protected synchronized byte[] engineGenerateSeed(int numBytes) {
            byte[] bytes = new byte[numBytes];
            random.nextBytes(bytes);
            return bytes;
        }
    }
}
