package casedesk.evidence.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.demo.documents.StatementLayout;
import casedesk.model.Severity;
import casedesk.model.TamperSignal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A file cut short in transfer is said to be incomplete; a whole one is not. */
class IncompleteFileTest {

    @Test
    void aStatementCutShortIsSaidToBeIncompleteNotForged() throws Exception {
        byte[] whole = Evidence.statement(StatementLayout.CCB, Set.of(), 41).pdf();
        byte[] cut = Arrays.copyOf(whole, whole.length - 48);

        List<TamperSignal> signals = Evidence.signals(cut, "").stream()
                .filter(s -> s.code().equals(IncompleteFile.CODE)).toList();

        assertEquals(1, signals.size());
        assertEquals(Severity.MEDIUM, signals.getFirst().severity());
        assertTrue(signals.getFirst().detail().contains("cut short"), signals.getFirst().detail());
        assertTrue(signals.getFirst().detail().contains("ask for the complete file"), signals.getFirst().detail());
    }

    @Test
    void aWholeFileAndOneWithPaddingAfterItsEndAreNot() throws Exception {
        byte[] whole = Evidence.statement(StatementLayout.CCB, Set.of(), 42).pdf();
        byte[] padded = Arrays.copyOf(whole, whole.length + 200);

        assertTrue(IncompleteFile.endsWithMarker(whole));
        assertTrue(IncompleteFile.endsWithMarker(padded), "a writer's padding after %%EOF is no cut");
        assertTrue(Evidence.signals(whole, "").stream().noneMatch(s -> s.code().equals(IncompleteFile.CODE)));
    }

    @Test
    void aRunningBalanceThatStopsShortInAFileCutShortAccusesNobody() throws Exception {
        byte[] whole;
        try (var in = IncompleteFileTest.class.getResourceAsStream("/corpus/stmt-cib-1.pdf")) {
            whole = in.readAllBytes();
        }
        byte[] cut = Arrays.copyOf(whole, whole.length * 9 / 10);

        List<TamperSignal> signals = Evidence.signals(cut, "");
        List<TamperSignal> breaks = signals.stream().filter(s -> s.code().equals("balance-break")).toList();

        assertTrue(signals.stream().anyMatch(s -> s.code().equals(IncompleteFile.CODE)), signals.toString());
        assertTrue(!breaks.isEmpty(), "cut at nine tenths, this statement's rows stop before its closing balance");
        for (TamperSignal signal : breaks) {
            assertEquals(Severity.LOW, signal.severity(), signal.detail());
            assertTrue(signal.detail().contains("says nothing about the applicant"), signal.detail());
        }
        assertTrue(Evidence.signals(whole, "").stream().noneMatch(s -> s.code().equals("balance-break")),
                "the whole statement adds up");
    }
}
