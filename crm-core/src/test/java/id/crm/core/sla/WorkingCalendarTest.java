package id.crm.core.sla;

import static id.crm.core.sla.SlaFixture.WIB;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Working calendar with Indonesia's holidays and cuti bersama")
class WorkingCalendarTest {

    final SlaPolicy tiers = SlaFixture.tiers();
    final WorkingCalendar cal = tiers.calendar();

    static java.time.Instant wib(String local) {
        return LocalDateTime.parse(local).atZone(WIB).toInstant();
    }

    @Test
    @DisplayName("the shipped list has all 108 dates, with 18 Aug 2025 as cuti bersama")
    void shippedList() {
        assertThat(Holidays.indonesia()).hasSize(108);
        assertThat(Holidays.indonesia()).anySatisfy(h -> {
            assertThat(h.date()).isEqualTo(LocalDate.of(2025, 8, 18));
            assertThat(h.kind()).isEqualTo("cuti_bersama");
        });
        assertThat(cal.isWorkingDay(LocalDate.of(2025, 8, 18))).isFalse();
        assertThat(cal.isWorkingDay(LocalDate.of(2025, 8, 19))).isTrue();
    }

    @Test
    @DisplayName("story 12: Friday 16:00 before the 17 August weekend with cuti bersama, 2 working days fall on Wednesday")
    void story12WorkingTime() {
        // Fri 15 Aug 2025 16:00; Sat, Sun 17 Aug (Proklamasi), Mon 18 Aug cuti bersama (SKB 933/2025 amendment)
        var due = tiers.dueAt(wib("2025-08-15T16:00"), SlaDuration.workingDays(2));
        assertThat(due).isEqualTo(wib("2025-08-20T16:00"));
        assertThat(due.atZone(WIB).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.WEDNESDAY);
    }

    @Test
    @DisplayName("story 12: Idul Adha 2024 (Mon holiday, Tue cuti bersama) pushes 2 working days to Thursday")
    void idulAdha2024() {
        assertThat(tiers.dueAt(wib("2024-06-14T16:00"), SlaDuration.workingDays(2))).isEqualTo(wib("2024-06-20T16:00"));
    }

    @Test
    @DisplayName("story 12: Lebaran 2026 (19-24 March off) keeps a working clock still for a week")
    void lebaran2026() {
        // Tue 17 Mar 2026 12:00 + 1 working day: 4 h left on Tuesday, 4.5 h on Wed 25 Mar
        assertThat(tiers.dueAt(wib("2026-03-17T12:00"), SlaDuration.workingDays(1)))
                .isEqualTo(wib("2026-03-25T12:00"));
    }

    @Test
    @DisplayName("story 12: calendar-time targets fall when the calendar says, holidays or not")
    void story12CalendarTime() {
        SlaPolicy jakarta = SlaFixture.jakarta();
        var start = wib("2025-08-15T16:00");
        assertThat(jakarta.dueAt(start, SlaDuration.parse("6h").orElseThrow())).isEqualTo(wib("2025-08-15T22:00"));
        assertThat(jakarta.dueAt(start, SlaDuration.parse("7d").orElseThrow())).isEqualTo(wib("2025-08-22T16:00"));
        assertThat(jakarta.warnAt(start, SlaDuration.parse("6h").orElseThrow())).isEqualTo(wib("2025-08-15T20:48"));
    }

    @Test
    @DisplayName("working time between two instants skips nights, weekends and holidays")
    void between() {
        assertThat(cal.between(wib("2025-08-15T15:00"), wib("2025-08-19T08:30"), true)).isEqualTo(Duration.ofHours(2));
        assertThat(cal.between(wib("2025-08-15T15:00"), wib("2025-08-19T08:30"), false))
                .isEqualTo(Duration.ofHours(89).plusMinutes(30));
    }

    @Test
    @DisplayName("a report arriving at night starts its working clock the next working morning")
    void night() {
        assertThat(cal.plus(wib("2025-08-19T22:00"), Duration.ofHours(1), true)).isEqualTo(wib("2025-08-20T08:30"));
    }

    @Test
    @DisplayName("durations parse in calendar and working units and refuse mixtures")
    void durations() {
        assertThat(SlaDuration.parse("6h")).contains(SlaDuration.calendar(Duration.ofHours(6)));
        assertThat(SlaDuration.parse("1d12h")).contains(new SlaDuration(false, 1, Duration.ofHours(12)));
        assertThat(SlaDuration.parse("2wd")).contains(SlaDuration.workingDays(2));
        assertThat(SlaDuration.parse("PT6H")).contains(SlaDuration.calendar(Duration.ofHours(6)));
        assertThat(SlaDuration.parse("2wd3h")).isEmpty();
        assertThat(SlaDuration.parse("soon")).isEmpty();
        assertThat(SlaDuration.parse("2wd").orElseThrow().length(cal)).isEqualTo(Duration.ofHours(17));
        assertThat(SlaDuration.workingDays(2)).hasToString("2wd");
    }
}
