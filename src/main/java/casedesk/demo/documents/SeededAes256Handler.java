package casedesk.demo.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.SplittableRandom;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.DecryptionMaterial;
import org.apache.pdfbox.pdmodel.encryption.PDCryptFilterDictionary;
import org.apache.pdfbox.pdmodel.encryption.PDEncryption;
import org.apache.pdfbox.pdmodel.encryption.SecurityHandler;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.encryption.StandardSecurityHandler;

/**
 * AES-256 (revision 6) password encryption whose file key and salts come from the document's seed.
 * PDFBox draws them from a private static SecureRandom, which would make every protected document
 * differ from run to run; the demo needs the same bytes for the same request. This handler writes the
 * dictionary PDFBox would (V 5, R 6, an AESV3 standard crypt filter) with a seeded file key, U, UE,
 * O, OE and Perms, following ISO 32000-2, algorithms 2.B and 8 to 10; PDFBox decrypts it as usual.
 *
 * <p>Not secure, by design: these are synthetic demo files.
 */
final class SeededAes256Handler extends SecurityHandler<StandardProtectionPolicy> {

    private final StandardProtectionPolicy policy;
    private final SplittableRandom random;

    SeededAes256Handler(StandardProtectionPolicy policy, long seed) {
        super(policy);
        this.policy = policy;
        this.random = Seeds.random(seed, 0x6D);
        setCustomSecureRandom(Seeds.secureRandom(Seeds.mix(seed, 0x6E)));
    }

    /** Whether a password can be encrypted here: printable ASCII needs no SASLprep. */
    static boolean supports(String password) {
        return password.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
    }

    @Override
    public void prepareDocumentForEncryption(PDDocument document) throws IOException {
        PDEncryption encryption = document.getEncryption();
        encryption.setFilter(StandardSecurityHandler.FILTER);
        encryption.setVersion(5);
        encryption.setRevision(6);
        encryption.setLength(256);
        encryption.setPermissions(policy.getPermissions().getPermissionBytes());
        PDCryptFilterDictionary filter = new PDCryptFilterDictionary();
        filter.setCryptFilterMethod(COSName.AESV3);
        filter.setLength(256);
        encryption.setStdCryptFilterDictionary(filter);
        encryption.setStreamFilterName(COSName.STD_CF);
        encryption.setStringFilterName(COSName.STD_CF);
        document.setEncryptionDictionary(encryption);
        document.getDocument().setEncryptionDictionary(encryption.getCOSObject());
        try {
            byte[] fileKey = bytes(32);
            byte[] user = truncate127(policy.getUserPassword().getBytes(StandardCharsets.UTF_8));
            byte[] owner = truncate127(policy.getOwnerPassword().getBytes(StandardCharsets.UTF_8));

            byte[] userValidationSalt = bytes(8);
            byte[] userKeySalt = bytes(8);
            byte[] u = concat(hash2B(user, userValidationSalt, new byte[0]), userValidationSalt, userKeySalt);
            byte[] ue = aes256NoIv(hash2B(user, userKeySalt, new byte[0]), fileKey);

            byte[] ownerValidationSalt = bytes(8);
            byte[] ownerKeySalt = bytes(8);
            byte[] o = concat(hash2B(owner, ownerValidationSalt, u), ownerValidationSalt, ownerKeySalt);
            byte[] oe = aes256NoIv(hash2B(owner, ownerKeySalt, u), fileKey);

            int permissions = encryption.getPermissions();
            byte[] perms = new byte[16];
            for (int i = 0; i < 4; i++) {
                perms[i] = (byte) (permissions >>> (8 * i));
            }
            Arrays.fill(perms, 4, 8, (byte) 0xFF);
            perms[8] = (byte) (encryption.isEncryptMetaData() ? 'T' : 'F');
            perms[9] = 'a';
            perms[10] = 'd';
            perms[11] = 'b';
            System.arraycopy(bytes(4), 0, perms, 12, 4);
            Cipher ecb = Cipher.getInstance("AES/ECB/NoPadding");
            ecb.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(fileKey, "AES"));

            encryption.setUserKey(u);
            encryption.setUserEncryptionKey(ue);
            encryption.setOwnerKey(o);
            encryption.setOwnerEncryptionKey(oe);
            encryption.setPerms(ecb.doFinal(perms));
            setEncryptionKey(fileKey);
            setKeyLength(256);
            setAES(true);
        } catch (GeneralSecurityException e) {
            throw new IOException("AES-256 is not available", e);
        }
    }

    @Override
    public void prepareForDecryption(PDEncryption encryption, COSArray documentIdArray,
                                     DecryptionMaterial decryptionMaterial) {
        throw new UnsupportedOperationException("this handler only encrypts; PDFBox's own handler decrypts");
    }

    /** Algorithm 2.B: the revision 6 password hash. */
    static byte[] hash2B(byte[] password, byte[] salt, byte[] userKey) throws GeneralSecurityException {
        byte[] k = MessageDigest.getInstance("SHA-256").digest(concat(password, salt, userKey));
        int round = 0;
        while (true) {
            byte[] unit = concat(password, k, userKey);
            byte[] k1 = new byte[unit.length * 64];
            for (int i = 0; i < 64; i++) {
                System.arraycopy(unit, 0, k1, i * unit.length, unit.length);
            }
            Cipher cbc = Cipher.getInstance("AES/CBC/NoPadding");
            cbc.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Arrays.copyOf(k, 16), "AES"),
                    new IvParameterSpec(Arrays.copyOfRange(k, 16, 32)));
            byte[] e = cbc.doFinal(k1);
            int sum = 0;
            for (int i = 0; i < 16; i++) {
                sum += e[i] & 0xFF;
            }
            String digest = switch (sum % 3) {
                case 0 -> "SHA-256";
                case 1 -> "SHA-384";
                default -> "SHA-512";
            };
            k = MessageDigest.getInstance(digest).digest(e);
            round++;
            if (round >= 64 && (e[e.length - 1] & 0xFF) <= round - 32) {
                return Arrays.copyOf(k, 32);
            }
        }
    }

    private static byte[] aes256NoIv(byte[] key, byte[] data) throws GeneralSecurityException {
        Cipher cbc = Cipher.getInstance("AES/CBC/NoPadding");
        cbc.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(new byte[16]));
        return cbc.doFinal(data);
    }

    private byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] truncate127(byte[] password) {
        return password.length <= 127 ? password : Arrays.copyOf(password, 127);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] result = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, result, at, part.length);
            at += part.length;
        }
        return result;
    }
}
