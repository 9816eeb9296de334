package casedesk.evidence.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class PasswordCandidatesTest {

    @Test
    void triesTheEmptyPasswordFirstThenTheGivenOnesThenTheIdNumberConvention() {
        PasswordCandidates candidates = PasswordCandidates.of("officer", "manifest").withNationalId("310101198804171237");
        assertEquals(List.of("", "officer", "manifest", "171237"), candidates.inOrder());
    }

    @Test
    void triesEachPasswordOnce() {
        PasswordCandidates candidates = PasswordCandidates.of("171237", "", "171237").withNationalId("310101198804171237");
        assertEquals(List.of("", "171237"), candidates.inOrder());
    }

    @Test
    void countsTheCheckCharacterXAmongTheLastSixAndTriesBothCases() {
        PasswordCandidates candidates = PasswordCandidates.none().withNationalId("11010119900307123X");
        assertEquals(Optional.of("07123X"), candidates.conventionPassword());
        assertEquals(List.of("", "07123X", "07123x"), candidates.inOrder());
    }

    @Test
    void ignoresSpacesInTheIdNumberAndSkipsTheConventionForShortOnes() {
        assertEquals(Optional.of("171237"), PasswordCandidates.none().withNationalId("310101 19880417 1237").conventionPassword());
        assertEquals(Optional.empty(), PasswordCandidates.none().withNationalId("12345").conventionPassword());
    }

    @Test
    void distinguishesPasswordsGivenFromNoneGiven() {
        assertFalse(PasswordCandidates.none().anyGiven());
        assertFalse(PasswordCandidates.of("").withNationalId("310101198804171237").anyGiven());
        assertTrue(PasswordCandidates.of(" ").anyGiven(), "a single space is a password");
    }

    @Test
    void neverShowsAPasswordOrTheIdNumberWhenPrinted() {
        String printed = PasswordCandidates.of("s3cret").withNationalId("310101198804171237").toString();
        assertFalse(printed.contains("s3cret") || printed.contains("171237"), printed);
    }
}
