package casedesk.evidence.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-08-01", "2026/08/01", "2026.08.01", "20260801", "2026年8月1日", "2026年08月01日",
            "2026 年 8 月 1 日", "01 Aug 2026", "1 August 2026", "Aug 1, 2026", "01-08-2026", "01/08/2026",
            "2026-08-01 12:30:00", "2026-08-01T12:30", "20260801 09:15:02", "２０２６－０８－０１"})
    void readsEveryFormBanksUse(String text) {
        assertEquals(LocalDate.of(2026, 8, 1), Dates.parse(text).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "20261301", "99999999", "86,400.00", "Aug 2026", "", "2026-08"})
    void refusesWhatIsNoCalendarDate(String text) {
        assertTrue(Dates.parse(text).isEmpty(), text);
    }

    @Test
    void findsBothEndsOfAPeriod() {
        assertEquals(List.of(LocalDate.of(2026, 7, 21), LocalDate.of(2026, 10, 20)),
                Dates.findAll("2026-07-21 至 2026-10-20").stream().map(Dates.Found::date).toList());
        assertEquals(List.of(LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 25)),
                Dates.findAll("自 2026年12月09日 至 2026年12月25日").stream().map(Dates.Found::date).toList());
        assertEquals(List.of(LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 25)),
                Dates.findAll("From 09 Dec 2026 to 25 Dec 2026").stream().map(Dates.Found::date).toList());
    }

    private static final java.util.Optional<LocalDate> JUNE = java.util.Optional.of(LocalDate.of(2026, 6, 1));
    private static final java.util.Optional<LocalDate> AUGUST = java.util.Optional.of(LocalDate.of(2026, 8, 31));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"15 Jul", "15-Jul", "Jul 15", "15/07", "7月15日", "15/07/2026", "2026-07-15"})
    void takesAMissingYearFromThePeriod(String text) {
        assertEquals(LocalDate.of(2026, 7, 15), Dates.parse(text, Dates.Order.DAY_FIRST, JUNE, AUGUST).orElseThrow());
    }

    @Test
    void aPeriodOverNewYearGivesEachMonthItsYear() {
        var december = java.util.Optional.of(LocalDate.of(2025, 12, 1));
        var february = java.util.Optional.of(LocalDate.of(2026, 2, 28));
        assertEquals(LocalDate.of(2025, 12, 24), Dates.parse("24 Dec", Dates.Order.DAY_FIRST, december, february).orElseThrow());
        assertEquals(LocalDate.of(2026, 1, 3), Dates.parse("03 Jan", Dates.Order.DAY_FIRST, december, february).orElseThrow());
    }

    @Test
    void toldDayFirstFromMonthFirstByTheDatesAndThePeriod() {
        assertEquals(Dates.Order.MONTH_FIRST, Dates.order(List.of("06/01/2026", "06/15/2026"), JUNE, AUGUST));
        assertEquals(Dates.Order.DAY_FIRST, Dates.order(List.of("01/06/2026", "15/06/2026"), JUNE, AUGUST));
        // Nothing above 12: the period tells. 08/09 and 08/10 lie in June to August only as 9 and 10 August.
        assertEquals(Dates.Order.MONTH_FIRST, Dates.order(List.of("08/09/2026", "08/10/2026"), JUNE, AUGUST));
        assertEquals(LocalDate.of(2026, 8, 9), Dates.parse("08/09/2026", Dates.Order.MONTH_FIRST, JUNE, AUGUST).orElseThrow());
    }

    @Test
    void aPeriodKnownAtOneEndOnlyStillGivesTheYear() {
        assertEquals(LocalDate.of(2026, 7, 15), Dates.parse("15 Jul", Dates.Order.DAY_FIRST, JUNE,
                java.util.Optional.empty()).orElseThrow());
        assertEquals(LocalDate.of(2026, 7, 15), Dates.parse("15 Jul", Dates.Order.DAY_FIRST, java.util.Optional.empty(),
                AUGUST).orElseThrow());
    }

    @Test
    void aYearlessDateWithoutAPeriodIsNoDate() {
        assertTrue(Dates.parse("15 Jul", Dates.Order.DAY_FIRST, java.util.Optional.empty(), java.util.Optional.empty()).isEmpty());
    }
}
