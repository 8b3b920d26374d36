// The rules on the entries of a log (logboek): the structure check (required keys, ranges, enums,
// hours or euros), the dates rules (dates.format, dates.invalid, dates.future, dates.log-in-period)
// and the JSON Schema's `anyOf` for hours or euros.
#include <doctest/doctest.h>

#include "pop/format/spec.h"
#include "pop/rules/checks.h"
#include "pop/rules/reminders.h"
#include "pop/workspace/check_file.h"
#include "models_from_text.h"
#include "test_support.h"

using namespace pop;
using pop::test::positions;

namespace {

const Date kToday{2026, 11, 22};

// A clean POP with a log on its goal (lines 17-21) and one at the top level (lines 22-23).
const std::string kClean =
    "format_version: 1\n"                                           // 1
    "person: {id: jan, name: Jan}\n"                                // 2
    "period: {start: 2025-08-01, end: 2027-07-31}\n"                // 3
    "sign_off:\n"                                                   // 4
    "  employee: {name: Jan, date: 2025-09-01}\n"                   // 5
    "  manager: {name: Els, date: 2025-09-02}\n"                    // 6
    "goals:\n"                                                      // 7
    "  - id: lezen\n"                                               // 8
    "    title: Begrijpend lezen in de brugklas\n"                  // 9
    "    specific: Ik geef in brugklas 1B elke week een les begrijpend lezen met de methode Nieuwsbegrip.\n"  // 10
    "    measurable: In juni 2026 scoort 80% van de klas voldoende op de toets.\n"  // 11
    "    realistic: {hours: 40}\n"                                  // 12
    "    start: 2025-09-01\n"                                       // 13
    "    end: 2026-06-30\n"                                         // 14
    "    inspiring: Lezen opent voor leerlingen de wereld.\n"       // 15
    "    learning: non_formal\n"                                    // 16
    "    log:\n"                                                    // 17
    "      - date: 2025-10-14\n"                                    // 18
    "        hours: 2\n"                                            // 19
    "        what: Intervisie over leesteksten\n"                   // 20
    "        method: intervision\n"                                 // 21
    "log:\n"                                                        // 22
    "  - {date: 2025-09-30, hours: 1.5, euros: 0, what: Collegiaal lesbezoek, learning: informal}\n";  // 23

std::string with(std::string_view from, std::string_view to, std::string text = kClean) {
    auto pos = text.find(from);
    REQUIRE(pos != std::string::npos);
    text.replace(pos, from.size(), to);
    return text;
}

std::string check(const std::string& yaml) {
    return positions(check_file(yaml, FileKind::Pop, CheckContext{kToday, nullptr, nullptr, nullptr}));
}

}  // namespace

TEST_CASE("a POP with logs on a goal and at the top level is clean") { CHECK(check(kClean) == ""); }

TEST_CASE("a log entry needs a date and what was done, and hours or euros") {
    CHECK(check(with("      - date: 2025-10-14\n        hours: 2\n", "      - hours: 2\n")) == "18:9 structure.required");
    CHECK(check(with("        what: Intervisie over leesteksten\n", "")) == "18:9 structure.required");
    CHECK(check(with("        hours: 2\n", "")) == "18:9 structure.required");  // neither hours nor euros
    CHECK(check(with("        hours: 2\n", "        euros: 35\n")) == "");       // euros alone
    CHECK(check(with("hours: 1.5, euros: 0, ", "")) == "23:5 structure.required");
    CHECK(check(with("hours: 1.5, euros: 0, ", "euros: 0, ")) == "");
    // A value out of range is a wrong value, not a missing one.
    CHECK(check(with("        hours: 2\n", "        hours: 30\n")) == "19:16 structure.type");
    // A Dutch key gets "did you mean", not a second finding that hours are missing.
    CHECK(check(with("        hours: 2\n", "        uren: 2\n")) == "19:9 structure.unknown-key");
}

TEST_CASE("a log entry's hours lie from 0 to 24, its euros are not negative") {
    CHECK(check(with("        hours: 2\n", "        hours: 0\n")) == "");
    CHECK(check(with("        hours: 2\n", "        hours: 24\n")) == "");
    CHECK(check(with("        hours: 2\n", "        hours: 24.5\n")) == "19:16 structure.type");
    CHECK(check(with("euros: 0,", "euros: -5,")) == "23:43 structure.type");
    CHECK(check(with("        hours: 2\n", "        hours: 2,5\n")) == "19:16 structure.type");
}

TEST_CASE("a log entry's learning and method are values of their lists") {
    CHECK(check(with("        method: intervision\n", "        method: intervisie\n")) == "21:17 structure.enum");
    CHECK(check(with("learning: informal", "learning: informeel")) == "23:84 structure.enum");
    CHECK(check(with("        method: intervision\n", "        method: [intervision]\n")) == "21:17 structure.type");
}

TEST_CASE("the dates of log entries: format, calendar, not in the future, not before the period") {
    CHECK(check(with("date: 2025-10-14", "date: 14-10-2025")) == "18:15 dates.format");
    CHECK(check(with("date: 2025-10-14", "date: 2025-09-31")) == "18:15 dates.invalid");
    CHECK(check(with("date: 2025-10-14", "date: 2026-11-23")) == "18:15 dates.future");
    CHECK(check(with("date: 2025-10-14", "date: 2026-11-22")) == "");  // today is fine
    CHECK(check(with("date: 2025-09-30", "date: 2025-07-31")) == "23:12 dates.log-in-period");
    CHECK(check(with("date: 2025-09-30", "date: 2025-08-01")) == "");  // the first day of the period
    CHECK(check(with("date: 2025-09-30", "date: 2027-01-05")) == "23:12 dates.future");
    // A goal's entry may lie outside the goal's own dates: time is often spent before a goal starts.
    CHECK(check(with("date: 2025-10-14", "date: 2025-08-20")) == "");
}

TEST_CASE("a log entry is activity on its goal (reminder.goal-inactive)") {
    Pop pop = test::parse_pop(kClean);
    REQUIRE(pop.goals.size() == 1);
    CHECK(last_activity(pop.goals[0]) == Date{2025, 10, 14});
}

TEST_CASE("the JSON Schema of a log entry asks for hours or euros") {
    std::string schema = json_schema(FileKind::Pop);
    CHECK(schema.find("\"anyOf\"") != std::string::npos);
    CHECK(schema.find("\"maximum\": 24") != std::string::npos);
}
