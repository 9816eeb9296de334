package casedesk.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import casedesk.model.CaseReference;
import casedesk.model.CaseStatus;
import casedesk.model.Decision;
import casedesk.model.Outcome;
import casedesk.model.QueueEntry;
import casedesk.model.QueueQuery;
import casedesk.model.Role;
import casedesk.model.User;
import casedesk.security.Sha256;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueueTest {

    @TempDir
    Path dir;

    private Caseload caseload;

    @BeforeEach
    void fourApplicants() {
        caseload = Caseload.open(dir.resolve("caseload.db"), Samples.CLOCK);
        caseload.cases().create(Samples.person(1, "WANG", "XIAOMING", "王小明", "E12345678", LocalDate.of(2026, 11, 2)), "o");
        caseload.cases().create(Samples.person(2, "LI", "NA", "李娜", "E22222222", LocalDate.of(2026, 11, 1)), "o");
        caseload.cases().create(Samples.person(3, "ZHANG", "WEI", "张伟", "EA3333333", LocalDate.of(2026, 11, 9)), "o");
        caseload.cases().create(Samples.person(4, "WANGLI", "FANG", "王丽芳", "E44444444", LocalDate.of(2026, 11, 4)), "o");
        caseload.users().create(new User("amartin", "Anne Martin", Role.OFFICER, "x", true), Samples.WRAPPING_KEY, "admin");
        String snapshot = "{}";
        caseload.decisions().record(new Decision(0, ref(3), Outcome.ISSUE, List.of(), "", "", "amartin",
                Instant.parse("2026-11-20T10:00:00Z"), snapshot, Sha256.hex(snapshot), OptionalLong.empty()), "amartin");
    }

    @AfterEach
    void close() {
        caseload.close();
    }

    @Test
    void listsCasesEarliestDeadlineFirst() {
        assertEquals(List.of(ref(2), ref(1), ref(4), ref(3)), references(QueueQuery.all()));
    }

    @Test
    void pendingLeavesOutDecidedCases() {
        assertEquals(List.of(ref(2), ref(1), ref(4)), references(QueueQuery.pending()));
    }

    @Test
    void findsByReferencePrefixInAnyCase() {
        assertEquals(List.of(ref(4)), references(QueueQuery.all().withText("lu-sha-2026-000004")));
        assertEquals(4, references(QueueQuery.all().withText("LU-SHA-2026")).size());
    }

    @Test
    void findsByTheSerialNumberAloneWithOrWithoutZeros() {
        assertEquals(List.of(ref(4)), references(QueueQuery.all().withText("4")));
        assertEquals(List.of(ref(4)), references(QueueQuery.all().withText("000004")));
        assertEquals(List.of(), references(QueueQuery.all().withText("40")));
        assertEquals(List.of(), references(QueueQuery.all().withText("1234567")), "no serial has seven digits");
    }

    @Test
    void findsByLatinNamePrefixInAnyCase() {
        assertEquals(List.of(ref(1), ref(4)), references(QueueQuery.all().withText("wang")));
        assertEquals(List.of(ref(1)), references(QueueQuery.all().withText("Wang Xiao")));
        assertEquals(List.of(ref(4)), references(QueueQuery.all().withText("fang")));
    }

    @Test
    void findsByChineseNameAnywhereInIt() {
        assertEquals(List.of(ref(1), ref(4)), references(QueueQuery.all().withText("王")));
        assertEquals(List.of(ref(4)), references(QueueQuery.all().withText("丽芳")));
    }

    @Test
    void findsByExactPassportNumber() {
        assertEquals(List.of(ref(3)), references(QueueQuery.all().withText("ea3333333")));
        assertEquals(List.of(), references(QueueQuery.all().withText("EA333")));
    }

    @Test
    void searchTextIsNotSqlLikePattern() {
        assertEquals(List.of(), references(QueueQuery.all().withText("%")));
        assertEquals(List.of(), references(QueueQuery.all().withText("_")));
    }

    @Test
    void pagesThroughTheQueueAndCountsTheWhole() {
        QueueQuery query = QueueQuery.all();
        assertEquals(List.of(ref(1), ref(4)), references(query.page(1, 2)));
        assertEquals(4, caseload.cases().count(query.page(1, 2)));
        assertEquals(3, caseload.cases().count(query.withStatuses(EnumSet.of(CaseStatus.OPEN))));
    }

    @Test
    void sortsInTheDatabaseSoThatTheOrderHoldsOverEveryPage() {
        QueueQuery byName = QueueQuery.all().sortedBy(QueueQuery.Order.LATIN_NAME, false);
        assertEquals(List.of(ref(2), ref(1), ref(4), ref(3)), references(byName));
        assertEquals(List.of(ref(4), ref(3)), references(byName.page(2, 2)));
        assertEquals(List.of(ref(3), ref(4), ref(1), ref(2)), references(QueueQuery.all()
                .sortedBy(QueueQuery.Order.LATIN_NAME, true)));
        assertEquals(List.of(ref(3), ref(4), ref(1), ref(2)), references(QueueQuery.all()
                .sortedBy(QueueQuery.Order.LODGED, true)));
        assertEquals(List.of(ref(4), ref(3), ref(2), ref(1)), references(QueueQuery.all()
                .sortedBy(QueueQuery.Order.REFERENCE, true)));
        assertEquals(ref(3), references(QueueQuery.all().sortedBy(QueueQuery.Order.STATUS, false)).getFirst(),
                "issued sorts before open");
    }

    @Test
    void aPageCarriesTheLatestVerdictsOfItsCasesOnly() {
        QueueEntry first = caseload.cases().queue(QueueQuery.all().page(0, 1)).getFirst();
        assertEquals(ref(2), first.reference());
        assertTrue(!first.verdicts().evaluated(), "no evaluation stored yet");
    }

    @Test
    void countsCasesInEveryStatus() {
        var counts = caseload.cases().countByStatus();
        assertEquals(3L, counts.get(CaseStatus.OPEN));
        assertEquals(1L, counts.get(CaseStatus.ISSUED));
        assertEquals(0L, counts.get(CaseStatus.REFUSED));
        assertEquals(0L, counts.get(CaseStatus.DOCUMENTS_REQUESTED));
    }

    @Test
    void theQueueByStatusAndDeadlineIsServedByAnIndex() throws SQLException {
        String plan = plan("SELECT reference FROM cases WHERE status IN ('open','documents-requested') "
                + "ORDER BY deadline, reference LIMIT 500");
        assertTrue(plan.contains("INDEX cases_"), plan);
        assertTrue(plan(
                "SELECT reference FROM cases WHERE surname LIKE 'WAN%' ESCAPE '\\'").contains("cases_surname"));
        assertTrue(plan("SELECT reference FROM cases WHERE passport_lookup = 'E1'").contains("cases_passport"));
    }

    private String plan(String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + caseload.file());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
            while (rows.next()) {
                plan.append(rows.getString("detail")).append('\n');
            }
        }
        return plan.toString();
    }

    private List<CaseReference> references(QueueQuery query) {
        return caseload.cases().queue(query).stream().map(QueueEntry::reference).toList();
    }

    private static CaseReference ref(int serial) {
        return CaseReference.of("LU", "SHA", 2026, serial);
    }
}
