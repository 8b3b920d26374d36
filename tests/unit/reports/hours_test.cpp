// The arithmetic of `pop hours` with worked examples: school years, pro rata allowances, starters,
// a start during the year, carry-over and the spread of planned hours (docs/reports.md).
#include <doctest/doctest.h>

#include "models_from_text.h"
#include "pop/reports/hours.h"

using namespace pop;

namespace {

YearAmounts spent(int year, double hours, double euros = 0) {
    YearAmounts a;
    a.year = year;
    a.hours[static_cast<std::size_t>(LearningKind::Informal)] = hours;
    a.euros[static_cast<std::size_t>(LearningKind::Formal)] = euros;
    return a;
}

}  // namespace

TEST_CASE("hours: a school year runs from 1 August to 31 July, or from the policy's month") {
    CHECK(school_year_of(Date{2027, 7, 31}, 8) == 2026);
    CHECK(school_year_of(Date{2027, 8, 1}, 8) == 2027);
    CHECK(school_year_of(Date{2027, 1, 1}, 8) == 2026);
    CHECK(school_year_first_day(2026, 8) == Date{2026, 8, 1});
    CHECK(school_year_last_day(2026, 8) == Date{2027, 7, 31});
    CHECK(school_year_last_day(2026, 1) == Date{2026, 12, 31});
    CHECK(school_year_of(Date{2026, 12, 31}, 1) == 2026);
    CHECK(school_year_of(Date{2026, 8, 31}, 9) == 2025);
}

TEST_CASE("hours: a school year is named by its calendar years; one starting in January by one year") {
    CHECK(school_year_name(2026, 8) == "2026-2027");
    CHECK(school_year_name(2026, 9) == "2026-2027");
    CHECK(school_year_name(2026, 2) == "2026-2027");
    CHECK(school_year_name(2026, 1) == "2026");
    CHECK(school_year_name(2026, 12) == "2026-2027");
}

TEST_CASE("hours: the allowance is pro rata by fte, per role group") {
    Policy vo = policy_preset("vo");  // teachers 83 h, support 40 h, 600 euro
    SUBCASE("a full-time teacher") {
        YearAllowance a = year_allowance(vo, StaffTerms{}, 2026);
        CHECK(*a.hours == doctest::Approx(83));
        CHECK(*a.euros == doctest::Approx(600));
    }
    SUBCASE("a teacher at 0.6 fte: 83 x 0.6 = 49.8 hours, 600 x 0.6 = 360 euro") {
        YearAllowance a = year_allowance(vo, StaffTerms{0.6, false, {}}, 2026);
        CHECK(*a.hours == doctest::Approx(49.8));
        CHECK(*a.euros == doctest::Approx(360));
    }
    SUBCASE("support staff at 0.5 fte: 40 x 0.5 = 20 hours") {
        YearAllowance a = year_allowance(vo, StaffTerms{0.5, true, {}}, 2026);
        CHECK(*a.hours == doctest::Approx(20));
    }
    SUBCASE("support staff without a support figure (mbo): no personal hours") {
        YearAllowance a = year_allowance(policy_preset("mbo"), StaffTerms{1, true, {}}, 2026);
        CHECK_FALSE(a.hours);
    }
    SUBCASE("Flanders: no personal hours and no budget") {
        YearAllowance a = year_allowance(policy_preset("vlaanderen"), StaffTerms{}, 2026);
        CHECK_FALSE(a.hours);
        CHECK_FALSE(a.euros);
    }
}

TEST_CASE("hours: a start during the school year gives the days from the start, pro rata") {
    Policy vo = policy_preset("vo");
    SUBCASE("start on 1 February 2027: 181 of the 365 days of 2026-2027, 83 x 181 / 365 = 41.16 hours") {
        YearAllowance a = year_allowance(vo, StaffTerms{1, false, Date{2027, 2, 1}}, 2026);
        CHECK(a.share == doctest::Approx(181.0 / 365.0));
        CHECK(*a.hours == doctest::Approx(41.158904));
        CHECK(*a.euros == doctest::Approx(297.534247));
        CHECK(*year_allowance(vo, StaffTerms{1, false, Date{2027, 2, 1}}, 2027).hours == doctest::Approx(83));
    }
    SUBCASE("the boundary: a start on 1 August is the whole year, on 31 July one day of it") {
        CHECK(*year_allowance(vo, StaffTerms{1, false, Date{2026, 8, 1}}, 2026).hours == doctest::Approx(83));
        CHECK(*year_allowance(vo, StaffTerms{1, false, Date{2027, 7, 31}}, 2026).hours ==
              doctest::Approx(83.0 / 365.0));
        CHECK(*year_allowance(vo, StaffTerms{1, false, Date{2027, 8, 1}}, 2026).hours == doctest::Approx(0));
    }
    SUBCASE("a part-timer starting mid-year: both factors, 0.8 x 83 x 181 / 365 = 32.93 hours") {
        CHECK(*year_allowance(vo, StaffTerms{0.8, false, Date{2027, 2, 1}}, 2026).hours ==
              doctest::Approx(32.927123));
    }
}

TEST_CASE("hours: starters get extra hours for the policy's starter years") {
    Policy po = policy_preset("po");  // 80 h, starters 40 extra for 3 years
    StaffTerms starter{1, false, Date{2026, 8, 1}};
    CHECK(*year_allowance(po, starter, 2026).hours == doctest::Approx(120));
    CHECK(year_allowance(po, starter, 2026).starter);
    CHECK(*year_allowance(po, starter, 2028).hours == doctest::Approx(120));
    CHECK(*year_allowance(po, starter, 2029).hours == doctest::Approx(80));
    CHECK_FALSE(year_allowance(po, starter, 2029).starter);
    SUBCASE("a starter at 0.5 fte who starts on 1 January 2027: (80 + 40) x 0.5 x 212 / 365 = 34.85 hours") {
        YearAllowance a = year_allowance(po, StaffTerms{0.5, false, Date{2027, 1, 1}}, 2026);
        CHECK(a.starter);
        CHECK(a.starter_hours == doctest::Approx(40 * 0.5 * 212.0 / 365.0));
        CHECK(*a.hours == doctest::Approx(120 * 0.5 * 212.0 / 365.0));
        // 2026, 2027 and 2028 are the three starter years; 2029 is not.
        CHECK(year_allowance(po, StaffTerms{0.5, false, Date{2027, 1, 1}}, 2028).starter);
        CHECK_FALSE(year_allowance(po, StaffTerms{0.5, false, Date{2027, 1, 1}}, 2029).starter);
    }
}

TEST_CASE("hours: unused allowance is carried over for the policy's years, oldest first") {
    Policy vo = policy_preset("vo");  // 83 h, 600 euro, carry-over 2 years
    // 2024: 50 spent, 33 unused.  2025: 33 carried, 60 spent (33 carried + 27 own), 56 own unused.
    // 2026: 56 carried, 100 spent (56 + 44 own), 39 own unused.  2027: 39 carried, nothing spent.
    // 2028: 39 (2026) + 83 (2027) carried.  2029: 2026's 39 has expired: 83 (2027) + 83 (2028).
    std::vector<YearAmounts> log{spent(2024, 50), spent(2025, 60), spent(2026, 100, 250)};
    std::vector<YearAccount> a = reconcile(vo, StaffTerms{}, log, 2024, 2029);
    REQUIRE(a.size() == 6);
    CHECK(a[0].carried_hours == doctest::Approx(0));
    CHECK(*a[0].left_hours == doctest::Approx(33));
    CHECK(a[1].carried_hours == doctest::Approx(33));
    CHECK(*a[1].left_hours == doctest::Approx(56));
    CHECK(a[2].carried_hours == doctest::Approx(56));
    CHECK(*a[2].left_hours == doctest::Approx(39));
    CHECK(a[3].carried_hours == doctest::Approx(39));
    CHECK(*a[3].left_hours == doctest::Approx(122));
    CHECK(a[4].carried_hours == doctest::Approx(122));
    CHECK(a[5].carried_hours == doctest::Approx(166));
    // Euros: 600 a year, nothing spent in 2024 and 2025: 1200 carried into 2026, 250 spent there.
    CHECK(a[2].carried_euros == doctest::Approx(1200));
    CHECK(*a[2].left_euros == doctest::Approx(1550));
    // The 250 came out of 2024's 600 (the oldest); its other 350 expires after 2026, so 2027 has
    // 2025's 600 and 2026's 600 carried.
    CHECK(a[3].carried_euros == doctest::Approx(1200));
}

TEST_CASE("hours: without carry-over, unused allowance is gone; spending beyond it leaves a negative") {
    Policy po = policy_preset("po");
    std::vector<YearAccount> a = reconcile(po, StaffTerms{}, {spent(2025, 10), spent(2026, 90)}, 2025, 2026);
    CHECK(a[1].carried_hours == doctest::Approx(0));
    CHECK(*a[1].left_hours == doctest::Approx(-10));
    SUBCASE("a part-timer at 0.5 fte under vo with 2 carry-over years: 41.5 a year") {
        std::vector<YearAccount> b =
            reconcile(policy_preset("vo"), StaffTerms{0.5, false, {}}, {spent(2025, 20), spent(2026, 70)}, 2025, 2026);
        CHECK(b[1].carried_hours == doctest::Approx(21.5));
        CHECK(*b[1].left_hours == doctest::Approx(-7));
    }
}

TEST_CASE("hours: planned hours are spread over the school years by days") {
    // 1 June to 30 September 2026: 61 days in 2025-2026, 61 in 2026-2027.
    auto s = spread_over_school_years(30, Date{2026, 6, 1}, Date{2026, 9, 30}, 8);
    REQUIRE(s.size() == 2);
    CHECK(s[2025] == doctest::Approx(15));
    CHECK(s[2026] == doctest::Approx(15));
    // The boundary: a goal ending on 31 July stays in its year; one starting 1 August is the next.
    CHECK(spread_over_school_years(12, Date{2026, 1, 1}, Date{2026, 7, 31}, 8).size() == 1);
    CHECK(spread_over_school_years(12, Date{2026, 8, 1}, Date{2026, 12, 31}, 8).begin()->first == 2026);
}

TEST_CASE("hours: a POP's ledger per school year, by kind of learning, and the report of one and of more people") {
    Pop pop = test::parse_pop(
        "format_version: 1\n"
        "person: {id: a.jansen, name: Anouk Jansen, team: onderbouw}\n"
        "period: {start: 2026-08-01, end: 2028-07-31}\n"
        "goals:\n"
        "  - id: feedback\n"
        "    title: Feedback geven\n"
        "    realistic: {hours: 20, budget: 300}\n"
        "    start: 2026-09-01\n"
        "    end: 2027-08-31\n"
        "    learning: formal\n"
        "    log:\n"
        "      - {date: 2026-10-14, hours: 2, euros: 100, what: Cursus deel 1}\n"
        "      - {date: 2026-11-04, hours: 1.5, what: Intervisie, learning: informal, private: true, euros: 40}\n"
        "      - {date: 2027-07-31, hours: 3, what: Laatste dag van het schooljaar}\n"
        "      - {date: 2027-08-01, hours: 4, what: Eerste dag van het volgende}\n"
        "log:\n"
        "  - {date: 2026-09-30, hours: 1, what: Lesbezoek}\n");
    std::vector<YearAmounts> years = amounts_by_school_year(pop, 8);
    REQUIRE(years.size() == 2);
    CHECK(years[0].year == 2026);
    // 2 + 3 formal (the goal's), 1.5 informal (its own), 1 informal (the POP's own ledger).
    CHECK(years[0].hours[0] == doctest::Approx(5));
    CHECK(years[0].hours[2] == doctest::Approx(2.5));
    CHECK(years[0].spent_euros() == doctest::Approx(140));
    CHECK(years[1].spent_hours() == doctest::Approx(4));
    // 20 hours from 1 September 2026 to 31 August 2027: 334 of its 365 days fall in 2026-2027.
    CHECK(years[0].planned_hours == doctest::Approx(20.0 * 334 / 365));
    CHECK(years[1].planned_hours == doctest::Approx(20.0 * 31 / 365));

    Roster roster = test::parse_roster(
        "format_version: 1\nstaff:\n"
        "  - {id: a.jansen, name: Anouk Jansen, fte: 0.5, start_date: 2026-08-01}\n"
        "  - {id: k.mulder, name: Kees Mulder, role_group: support}\n");
    Policy vo = policy_preset("vo");
    SUBCASE("one person: the statement, with goals and entries, private ones included") {
        HoursBuilder b;
        b.add(summarize_hours(pop, 8, "a.pop.yaml", true, 2026), vo);
        HoursReport r = b.finish(&roster, 2026);
        REQUIRE(r.statement);
        REQUIRE(r.people.size() == 1);
        const HoursPerson& p = r.people[0];
        CHECK(*p.account.allowance.hours == doctest::Approx(41.5));  // 83 x 0.5
        CHECK(*p.account.left_hours == doctest::Approx(41.5 - 7.5));
        CHECK(p.account.amounts.spent_euros() == doctest::Approx(140));
        REQUIRE(r.entries.size() == 4);
        CHECK(r.entries[0].date == Date{2026, 9, 30});
        CHECK(r.entries[2].is_private);
        REQUIRE(r.goals.size() == 1);
        CHECK(r.goals[0].spent_in_year == doctest::Approx(6.5));
        CHECK(r.goals[0].spent_hours == doctest::Approx(10.5));
    }
    SUBCASE("more people: numbers only, the private euros left out, small groups without a split") {
        Pop other = test::parse_pop(
            "format_version: 1\n"
            "person: {id: k.mulder, name: Kees Mulder, team: ondersteuning}\n"
            "period: {start: 2026-08-01, end: 2028-07-31}\n");
        HoursBuilder b;
        b.add(summarize_hours(pop, 8, "a.pop.yaml", true, 2026), vo);
        b.add(summarize_hours(other, 8, "k.pop.yaml", true, 2026), vo);
        HoursReport r = b.finish(&roster, 2026);
        CHECK_FALSE(r.statement);
        REQUIRE(r.people.size() == 2);
        CHECK(r.entries.empty());
        CHECK(r.goals.empty());
        CHECK(r.people[0].account.amounts.spent_euros() == doctest::Approx(100));
        CHECK(*r.people[1].account.allowance.hours == doctest::Approx(40));  // support staff
        CHECK(r.school.people == 2);
        CHECK(r.school.suppressed);  // fewer than 5
        CHECK(r.teams.size() == 2);
    }
    SUBCASE("a policy's min_group_size below the default counts: with 1 every group gets its split") {
        Policy open = vo;
        open.min_group_size = 1;
        HoursBuilder b;
        b.add(summarize_hours(pop, 8, "a.pop.yaml", true, 2026), open);
        HoursReport r = b.finish(&roster, 2026, true);
        CHECK(r.min_group_size == 1);
        CHECK_FALSE(r.school.suppressed);
        HoursBuilder none;
        CHECK(none.finish(&roster, 2026, true).min_group_size == Policy{}.min_group_size);
    }
}
