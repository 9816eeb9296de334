package casedesk.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void frenchHasEveryEnglishKeyAndNoOther() {
        Set<String> english = new TreeSet<>(Collections.list(new Messages(Locale.ENGLISH).bundle().getKeys()));
        Set<String> french = new TreeSet<>(Collections.list(new Messages(Locale.FRENCH).bundle().getKeys()));
        assertEquals(english, french);
    }

    @Test
    void pluralsReadNaturallyInBothLanguages() {
        Messages en = new Messages(Locale.ENGLISH);
        Messages fr = new Messages(Locale.FRENCH);
        assertEquals("1 day", en.format("queue.daysLeft", 1));
        assertEquals("12 days", en.format("queue.daysLeft", 12));
        assertEquals("due today", en.format("queue.daysLeft", 0));
        assertEquals("en retard d’1 jour", fr.format("queue.overdue", 1));
        assertEquals("1,234 cases", en.format("queue.status.all", 1234));
    }

    @Test
    void anyOtherLanguageFallsBackToEnglish() {
        assertEquals(Locale.ENGLISH, new Messages(Locale.GERMAN).locale());
        assertEquals(Locale.FRENCH, new Messages(Locale.CANADA_FRENCH).locale());
    }
}
