package casedesk.demo.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

import casedesk.model.Applicant;

/**
 * Realistic Chinese people for the demo: names drawn from frequency-weighted surname and given-name
 * pools (with the pinyin a passport prints), valid 18-digit national ID numbers, e-passport numbers.
 * The pools live in {@link Vocabulary} so that every name can be printed with the embedded font.
 */
public final class ChineseNames {

    /** A drawn person: surname and given names in passport capitals (WANG, XIAOMING) and in characters (王小明). */
    public record ChinesePerson(String surname, String givenNames, String nativeName) {

        public ChinesePerson {
            Objects.requireNonNull(surname, "surname");
            Objects.requireNonNull(givenNames, "given names");
            Objects.requireNonNull(nativeName, "native name");
        }

        /** "WANG XIAOMING". */
        public String latinName() {
            return surname + " " + givenNames;
        }

        /** This person as an applicant of Chinese nationality. */
        public Applicant toApplicant(LocalDate birthDate, String passportNumber, String nationalId) {
            return new Applicant(surname, givenNames, nativeName, birthDate, "CHN", passportNumber, nationalId);
        }
    }

    /** Region codes (administrative divisions, GB/T 2260) of city districts the demo people come from. */
    private static final List<String> REGION_CODES = List.of(
            "110101", "110105", "110108", "310101", "310104", "310105", "310115", "320102", "320106", "330102",
            "330106", "440103", "440104", "440305", "440306", "510104", "510107", "420102", "420106", "610113",
            "120101", "500103", "370202", "350203", "210102", "430102", "410105", "340104");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK_CHARACTERS = "10X98765432";
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT)
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final int SURNAME_WEIGHT_TOTAL;

    static {
        if (Vocabulary.SURNAME_WEIGHTS.length != Vocabulary.SURNAMES.size()) {
            throw new IllegalStateException("one weight per surname");
        }
        int total = 0;
        for (int weight : Vocabulary.SURNAME_WEIGHTS) {
            total += weight;
        }
        SURNAME_WEIGHT_TOTAL = total;
    }

    private ChineseNames() {
    }

    /** A person with a surname drawn by frequency and a given name from the pool. */
    public static ChinesePerson draw(RandomGenerator random) {
        Vocabulary.Romanised surname = surname(random);
        Vocabulary.Romanised given = Vocabulary.GIVEN_NAMES.get(random.nextInt(Vocabulary.GIVEN_NAMES.size()));
        return new ChinesePerson(surname.pinyin(), given.pinyin(), surname.hanzi() + given.hanzi());
    }

    /** A person with a valid national ID and e-passport number, born on the given date. */
    public static Applicant applicant(RandomGenerator random, LocalDate birthDate) {
        ChinesePerson person = draw(random);
        return person.toApplicant(birthDate, passportNumber(random), nationalId(birthDate, random));
    }

    private static Vocabulary.Romanised surname(RandomGenerator random) {
        int ticket = random.nextInt(SURNAME_WEIGHT_TOTAL);
        for (int i = 0; i < Vocabulary.SURNAME_WEIGHTS.length; i++) {
            ticket -= Vocabulary.SURNAME_WEIGHTS[i];
            if (ticket < 0) {
                return Vocabulary.SURNAMES.get(i);
            }
        }
        throw new AssertionError("weights exhausted");
    }

    /** Every surname in the pool with its pinyin, e.g. 王 → WANG. */
    public static List<String> surnamesInCharacters() {
        return Vocabulary.SURNAMES.stream().map(Vocabulary.Romanised::hanzi).toList();
    }

    /** Every given name in the pool, in characters. */
    public static List<String> givenNamesInCharacters() {
        return Vocabulary.GIVEN_NAMES.stream().map(Vocabulary.Romanised::hanzi).toList();
    }

    /** An 18-digit PRC resident ID number for the birth date, with a random district and sequence. */
    public static String nationalId(LocalDate birthDate, RandomGenerator random) {
        String region = REGION_CODES.get(random.nextInt(REGION_CODES.size()));
        return nationalId(region, birthDate, 1 + random.nextInt(999));
    }

    /**
     * The ID number of GB 11643: six-digit region code, birth date yyyyMMdd, three-digit sequence
     * (odd for men, even for women) and the ISO 7064 MOD 11-2 check character (0-9 or X).
     */
    public static String nationalId(String regionCode, LocalDate birthDate, int sequence) {
        if (!regionCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("region code must be six digits: " + regionCode);
        }
        if (sequence < 0 || sequence > 999) {
            throw new IllegalArgumentException("sequence must be 0-999: " + sequence);
        }
        String first17 = regionCode + BIRTH.format(birthDate) + String.format(Locale.ROOT, "%03d", sequence);
        return first17 + checkCharacter(first17);
    }

    /** The GB 11643 check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        if (!first17.matches("\\d{17}")) {
            throw new IllegalArgumentException("expected 17 digits: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** Whether an 18-character ID number has a valid birth date and check character. */
    public static boolean isValidNationalId(String id) {
        if (id == null || !id.matches("\\d{17}[0-9X]")) {
            return false;
        }
        try {
            LocalDate.parse(id.substring(6, 14), BIRTH);
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
        return checkCharacter(id.substring(0, 17)) == id.charAt(17);
    }

    /** A Chinese e-passport number: E followed by eight digits. */
    public static String passportNumber(RandomGenerator random) {
        return "E" + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
    }

    /** The ID number as Chinese documents mask it: first six and last four digits, eight asterisks between. */
    public static String maskedNationalId(String id) {
        if (id.length() < 10) {
            throw new IllegalArgumentException("too short to mask: " + id.length() + " characters");
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }
}
