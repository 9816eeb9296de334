package casedesk.evidence.statement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The column lexicon is data: every column kind takes its labels from the file, in both languages. */
class ColumnLexiconTest {

    @Test
    void everyColumnKindHasLabelsFromTheFile() throws IOException {
        String file;
        try (InputStream in = Column.class.getResourceAsStream(Column.LEXICON)) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Column column : Column.values()) {
            assertFalse(column.labels().isEmpty(), column + " has no labels");
            for (String label : column.labels()) {
                assertTrue(file.contains(column + "\t" + label + "\n"), label + " is not a line of the file");
            }
        }
    }

    @Test
    void everyColumnKindIsNamedInChineseAndInEnglish() {
        for (Column column : Column.values()) {
            assertTrue(column.labels().stream().anyMatch(l -> l.codePoints().anyMatch(c -> c >= 0x4E00)),
                    column + " has no Chinese label");
            assertTrue(column.labels().stream().anyMatch(l -> l.chars().allMatch(c -> c < 0x80)),
                    column + " has no English label");
        }
    }

    @Test
    void aMissingLexiconFailsLoudlyRatherThanReadingNoTable() {
        assertThrows(IllegalStateException.class, () -> Column.load("/casedesk/evidence/no-such-lexicon.txt"));
    }
}
