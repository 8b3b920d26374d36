#include <doctest/doctest.h>

#include <map>
#include <set>

#include "pop/reports/calendar.h"
#include "test_support.h"

using namespace pop;

namespace {

Pop parse(const std::string& yaml) {
    ReadResult r = read_yaml(yaml);
    REQUIRE_FALSE(r.fatal);
    return build_pop(r.doc);
}

const std::string kPop =
    "format_version: 1\n"
    "person: {id: a.jansen, name: Anouk Jansen}\n"
    "period: {start: 2026-08-01, end: 2027-07-31}\n"
    "goals:\n"
    "  - id: lezen\n"
    "    title: 'Lezen; schrijven, rekenen'\n"
    "    status: active\n"
    "    start: 2026-09-01\n"
    "    end: 2027-06-30\n"
    "    steps:\n"
    "      - id: cafe\n"
    "        what: 'Café-bezoek met de secties: €25 per persoon, €15 uit het scholingsbudget van de vakgroep'\n"
    "        due: 2026-11-01\n"
    "      - what: 'Map C:\\lezen; bijwerken'\n"
    "        due: 2026-12-01\n"
    "conversations:\n"
    "  - {kind: start, date: 2026-09-15}\n"
    "  - {kind: progress, date: 2027-02-01}\n";

const Date kToday{2026, 11, 22};

std::vector<CalendarEntry> entries_of(const std::string& yaml, const std::string& path = "pops/a.jansen.pop.yaml") {
    auto entries = calendar_entries(parse(yaml), policy_preset("vo"), kToday, path);
    assign_calendar_uids(entries);
    return entries;
}

// UID -> date, for comparing calendars.
std::map<std::string, std::string> uid_dates(const std::vector<CalendarEntry>& entries) {
    std::map<std::string, std::string> out;
    for (const CalendarEntry& e : entries) out[e.uid] = e.item.date.to_string();
    return out;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("calendar: TEXT escaping of backslash, semicolon, comma and line breaks") {
    CHECK(ical_escape_text("a\\b;c,d") == "a\\\\b\\;c\\,d");
    CHECK(ical_escape_text("een\ntwee\r\ndrie\rvier") == "een\\ntwee\\ndrie\\nvier");
    CHECK(ical_escape_text("tab\there, bell\x07, bad \xff") == "tab here\\, bell?\\, bad ?");
    CHECK(ical_escape_text("café €5: \"ok\"") == "café €5: \"ok\"");  // colons and quotes need no escape
}

TEST_CASE("calendar: folding at 75 octets never splits a UTF-8 character") {
    CHECK(ical_fold("SUMMARY:kort") == "SUMMARY:kort\r\n");
    std::string exact(75, 'x');
    CHECK(ical_fold(exact) == exact + "\r\n");
    // 73 ASCII octets, then € (3 octets) would straddle octet 75: it moves to the next line whole.
    std::string line = std::string(73, 'a') + "€é" + std::string(80, 'b');
    std::string folded = ical_fold(line);
    CHECK(folded == std::string(73, 'a') + "\r\n €é" + std::string(69, 'b') + "\r\n " + std::string(11, 'b') + "\r\n");
    // every physical line at most 75 octets
    std::size_t start = 0;
    while (start < folded.size()) {
        std::size_t end = folded.find("\r\n", start);
        CHECK(end - start <= 75);
        start = end + 2;
    }
}

TEST_CASE("calendar: exact output for a small Dutch case (escaping, folding with é and €, overdue)") {
    std::string got = render_calendar(entries_of(kPop), Lang::Nl, kToday, "a.jansen");
    // The summary's first line is 73 octets: "€" (3 octets) would straddle octet 75, so it moves
    // to the next line whole. The UIDs are pinned: changing them breaks every calendar that imported them.
    std::string want =
        "BEGIN:VCALENDAR\r\n"
        "VERSION:2.0\r\n"
        "PRODID:-//pop//pop 0.1.0//NL\r\n"
        "CALSCALE:GREGORIAN\r\n"
        "METHOD:PUBLISH\r\n"
        "X-WR-CALNAME:POP-deadlines van a.jansen\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:ed1a3e12bfb91607f01bfac32e3be8da@pop.invalid\r\n"
        "DTSTAMP:20261122T000000Z\r\n"
        "DTSTART;VALUE=DATE:20261101\r\n"
        "DTEND;VALUE=DATE:20261102\r\n"
        "SUMMARY:[te laat] Stap: Café-bezoek met de secties: €25 per persoon\\, \r\n"
        " €15 uit het scholingsbudget van de vakgroep (a.jansen)\r\n"
        "DESCRIPTION:Doel lezen: Lezen\\; schrijven\\, rekenen\\npops/a.jansen.pop.yaml\r\n"
        " \\, regel 13\r\n"
        "TRANSP:TRANSPARENT\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:4c1694fd07cebd78e800b8e3903581ae@pop.invalid\r\n"
        "DTSTAMP:20261122T000000Z\r\n"
        "DTSTART;VALUE=DATE:20261201\r\n"
        "DTEND;VALUE=DATE:20261202\r\n"
        "SUMMARY:Stap: Map C:\\\\lezen\\; bijwerken (a.jansen)\r\n"
        "DESCRIPTION:Doel lezen: Lezen\\; schrijven\\, rekenen\\npops/a.jansen.pop.yaml\r\n"
        " \\, regel 15\r\n"
        "TRANSP:TRANSPARENT\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:49a5e7803b37c8dcc886c99cd7ae62f2@pop.invalid\r\n"
        "DTSTAMP:20261122T000000Z\r\n"
        "DTSTART;VALUE=DATE:20270201\r\n"
        "DTEND;VALUE=DATE:20270202\r\n"
        "SUMMARY:Gesprek (gepland): voortgangsgesprek (a.jansen)\r\n"
        "DESCRIPTION:pops/a.jansen.pop.yaml\\, regel 18\r\n"
        "TRANSP:TRANSPARENT\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:c1ea817313e3cca6b557f2c91f548c8e@pop.invalid\r\n"
        "DTSTAMP:20261122T000000Z\r\n"
        "DTSTART;VALUE=DATE:20270630\r\n"
        "DTEND;VALUE=DATE:20270701\r\n"
        "SUMMARY:Einde doel lezen: Lezen\\; schrijven\\, rekenen (a.jansen)\r\n"
        "DESCRIPTION:pops/a.jansen.pop.yaml\\, regel 9\r\n"
        "TRANSP:TRANSPARENT\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\n"
        "UID:83b46044d7f7bfb109b59c51d8fe8ff2@pop.invalid\r\n"
        "DTSTAMP:20261122T000000Z\r\n"
        "DTSTART;VALUE=DATE:20270731\r\n"
        "DTEND;VALUE=DATE:20270801\r\n"
        "SUMMARY:Einde looptijd POP (a.jansen)\r\n"
        "DESCRIPTION:pops/a.jansen.pop.yaml\\, regel 3\r\n"
        "TRANSP:TRANSPARENT\r\n"
        "END:VEVENT\r\n"
        "END:VCALENDAR\r\n";
    CHECK(got == want);
}

TEST_CASE("calendar: a UID stays when the date moves, when items are reordered, and when others change") {
    auto base = entries_of(kPop);
    REQUIRE(base.size() == 5);  // two steps, the planned conversation, the goal's end, the period's end
    auto dates = uid_dates(base);
    REQUIRE(dates.size() == 5);  // all UIDs differ

    SUBCASE("moving a step's due date keeps its UID and changes only its date") {
        auto moved = uid_dates(entries_of(replaced(kPop, "due: 2026-12-01", "due: 2027-01-15")));
        auto want = dates;
        for (auto& [uid, date] : want)
            if (date == "2026-12-01") date = "2027-01-15";
        CHECK(moved == want);
    }
    SUBCASE("moving the planned conversation and the period end keeps their UIDs") {
        std::string yaml = replaced(kPop, "date: 2027-02-01", "date: 2027-03-01");
        yaml = replaced(yaml, "end: 2027-07-31", "end: 2027-08-31");
        auto moved = uid_dates(entries_of(yaml));
        std::set<std::string> a, b;
        for (auto& [uid, date] : dates) a.insert(uid);
        for (auto& [uid, date] : moved) b.insert(uid);
        CHECK(a == b);
    }
    SUBCASE("reordering steps and conversations in the file keeps every UID with its date") {
        std::string steps_a =
            "      - id: cafe\n"
            "        what: 'Café-bezoek met de secties: €25 per persoon, €15 uit het scholingsbudget van de vakgroep'\n"
            "        due: 2026-11-01\n";
        std::string steps_b =
            "      - what: 'Map C:\\lezen; bijwerken'\n"
            "        due: 2026-12-01\n";
        std::string yaml = replaced(kPop, steps_a + steps_b, steps_b + steps_a);
        // a comment line above moves every line number too
        yaml = replaced(yaml, "goals:\n", "# opnieuw geordend\ngoals:\n");
        CHECK(uid_dates(entries_of(yaml)) == dates);
    }
    SUBCASE("adding a step and renaming the file change no existing UID") {
        std::string yaml = replaced(kPop, "conversations:\n",
                                    "      - {what: Nieuw, due: 2026-12-24}\nconversations:\n");
        auto more = uid_dates(entries_of(yaml, "elders/anouk.pop.yaml"));
        CHECK(more.size() == 6);
        for (auto& [uid, date] : dates) CHECK(more.count(uid) == 1);
    }
    SUBCASE("the UID does not depend on the language or on today") {
        auto later = calendar_entries(parse(kPop), policy_preset("vo"), Date{2026, 12, 2}, "pops/a.jansen.pop.yaml");
        assign_calendar_uids(later);
        for (const CalendarEntry& e : later) CHECK(dates.count(e.uid) == 1);
    }
}

TEST_CASE("calendar: equal keys get a counter; a planned conversation counts held ones of its kind") {
    std::string yaml =
        "format_version: 1\n"
        "person: {id: jan}\n"
        "period: {start: 2026-08-01, end: 2027-07-31}\n"
        "goals:\n"
        "  - id: g\n    title: G\n    status: active\n    start: 2026-09-01\n"
        "    steps:\n"
        "      - {what: Zelfde, due: 2026-12-01}\n"
        "      - {what: Zelfde, due: 2027-01-01}\n"
        "conversations:\n"
        "  - {kind: progress, date: 2026-10-01}\n"
        "  - {kind: progress, date: 2027-02-01}\n"
        "  - {kind: progress, date: 2027-05-01}\n";
    auto entries = entries_of(yaml);
    std::set<std::string> uids;
    for (const CalendarEntry& e : entries) uids.insert(e.uid);
    CHECK(uids.size() == entries.size());
    // Once the conversation of 2027-02-01 is held, the one of 2027-05-01 keeps its UID.
    auto later = calendar_entries(parse(yaml), policy_preset("vo"), Date{2027, 3, 1}, "pops/jan.pop.yaml");
    assign_calendar_uids(later);
    std::string may_before, may_after;
    for (const CalendarEntry& e : entries)
        if (e.item.date == Date{2027, 5, 1}) may_before = e.uid;
    for (const CalendarEntry& e : later)
        if (e.item.date == Date{2027, 5, 1}) may_after = e.uid;
    CHECK_FALSE(may_before.empty());
    CHECK(may_before == may_after);
}

TEST_CASE("calendar: English, several people, private items marked, an empty calendar") {
    auto entries = entries_of(replaced(kPop, "due: 2026-12-01", "due: 2026-12-01\n        private: true"));
    std::string got = render_calendar(entries, Lang::En, kToday, "");
    CHECK(got.find("X-WR-CALNAME:POP deadlines\r\n") != std::string::npos);
    CHECK(got.find("PRODID:-//pop//pop 0.1.0//EN\r\n") != std::string::npos);
    CHECK(got.find("SUMMARY:[overdue] Step: Café-bezoek") != std::string::npos);
    CHECK(got.find("SUMMARY:Step: Map C:\\\\lezen\\; bijwerken (a.jansen)\r\n"
                   "DESCRIPTION:Goal lezen: Lezen\\; schrijven\\, rekenen\\npops/a.jansen.pop.yaml\r\n"
                   " \\, line 15\r\nCLASS:PRIVATE\r\nTRANSP:TRANSPARENT\r\n") != std::string::npos);
    CHECK(got.find("CLASS:PRIVATE") == got.rfind("CLASS:PRIVATE"));  // only the private step
    CHECK(render_calendar({}, Lang::En, kToday, "") ==
          "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//pop//pop 0.1.0//EN\r\nCALSCALE:GREGORIAN\r\n"
          "METHOD:PUBLISH\r\nX-WR-CALNAME:POP deadlines\r\nEND:VCALENDAR\r\n");
}
