// The team report's text, markdown, CSV and JSON writers, each against a small report made by hand.
#include <doctest/doctest.h>

#include <string>

#include "pop/base/json.h"
#include "pop/render/formats.h"
#include "pop/reports/report.h"

using namespace pop;

namespace {

/// Two people of one team (one without a current POP), one method, what privacy left out.
TeamReport small_report() {
    TeamReport r;
    r.today = Date{2026, 11, 22};
    r.pops = 1;
    PersonRow a;
    a.id = "a.jansen";
    a.name = "Anouk Jansen";
    a.team = "onderbouw";
    a.path = "pops/a.jansen.pop.yaml";
    a.on_roster = true;
    a.has_current_pop = true;
    a.state = PopState::Current;
    a.period_end = Date{2027, 8, 31};
    a.goals = 2;
    a.goals_achieved = 1;
    a.steps_done = 3;
    a.steps_total = 5;
    a.last_conversation = Date{2026, 10, 1};
    a.hours_per_year = 39.6;
    a.warnings = {"reminder.step-overdue"};
    PersonRow j;
    j.id = "j.smit";
    j.name = "=Jasmijn, \"Jas\" Smit";  // a formula start, the separator and quotes: CSV must quote
    j.team = "onderbouw";
    j.on_roster = true;
    r.people = {a, j};
    r.teams = {TeamRow{"onderbouw", 2, 1, 2, 3, 5, 39.6, 1}};
    r.methods = {CountRow{"coaching", "", 2, 1, {"Rust | structuur"}}};
    r.left_out = LeftOut{1, 2, 0, 0, 3, 0};
    return r;
}

}  // namespace

TEST_CASE("report text: a title, the people table with aligned columns, the sections, what was left out") {
    ReportOptions o;
    o.width = 200;
    std::string out = render_report_text(small_report(), o);
    CHECK(out.starts_with("POP overview on 2026-11-22: 2 people, 1 POP files\n\n"));
    CHECK(out.find("name                  id        team       POP         POP until   goals  steps  last talk   next talk  h/year  €/year  warnings\n") != std::string::npos);
    CHECK(out.find("Anouk Jansen          a.jansen  onderbouw  current     2027-08-31    1/2    3/5  2026-10-01  -            39.6       0         1\n") != std::string::npos);
    CHECK(out.find("=Jasmijn, \"Jas\" Smit  j.smit    onderbouw  no POP yet  -               -      -  -           -               -       -         -\n") != std::string::npos);
    CHECK(out.find("\nPer team\n  onderbouw: size 2, with a current POP 1, goals 2, steps 3/5, h/year 39.6, €/year 0, "
                   "warnings 1\n") != std::string::npos);
    CHECK(out.find("\nMethods\n  Coaching: goals 2, people 1\n") != std::string::npos);  // in words
    CHECK(out.find("\nPer school goal\n  -\n") != std::string::npos);  // an empty section says so
    CHECK(out.ends_with("\nLeft out for privacy: private goals 1, private steps 2, private evidence 0, "
                        "private conversations 0, conversation notes 3, reflections 0.\n"));
    CHECK(out.find("\x1b[") == std::string::npos);  // no colour unless asked
}

TEST_CASE("report text: a narrow terminal shortens the team and name columns with an ellipsis") {
    ReportOptions o;
    o.width = 40;
    std::string out = render_report_text(small_report(), o);
    CHECK(out.find("Anouk Jan…") != std::string::npos);
    CHECK(out.find("onderbouw  ") != std::string::npos);  // 9 characters: fits the floor of 10
    o.color = true;
    CHECK(render_report_text(small_report(), o).find("\x1b[1m") != std::string::npos);
}

TEST_CASE("report markdown: tables with right-aligned numbers, and markup in user text escaped") {
    std::string out = render_report_markdown(small_report(), ReportOptions{});
    CHECK(out.starts_with("# POP overview on 2026-11-22: 2 people, 1 POP files\n\n"));
    CHECK(out.find("| name | id | team | POP | POP until | goals | steps | last talk | next talk | h/year | €/year | warnings |\n"
                   "|---|---|---|---|---|---:|---:|---|---|---:|---:|---:|\n") != std::string::npos);
    CHECK(out.find("| Anouk Jansen | a\\.jansen | onderbouw | 2027-08-31 | 1/2 | 3/5 | 2026-10-01 | - | 40 | 1 |\n") ==
          std::string::npos);  // '.' is not markup
    CHECK(out.find("| Anouk Jansen | a.jansen | onderbouw | current | 2027-08-31 | 1/2 | 3/5 | 2026-10-01 | - | 39.6 | 0 | 1 |\n") !=
          std::string::npos);
    CHECK(out.find("| onderbouw | 2 | 1 | 2 | 3/5 | 39.6 | 0 | 1 |\n") != std::string::npos);
    CHECK(out.find("| Coaching | 2 | 1 | Rust \\| structuur |\n") != std::string::npos);
    CHECK(out.find("\n## Per school goal\n\n-\n") != std::string::npos);
}

TEST_CASE("report csv: the people table, numbers in their own columns, RFC 4180 quoting, CRLF") {
    ReportOptions o;
    std::string out = render_report_csv(small_report(), o);
    CHECK(out ==
          "name,id,team,current POP,POP,expired on,errors,POP until,goals achieved,goals,steps done,steps,last talk,"
          "next talk,h/year,€/year,warnings\r\n"
          "Anouk Jansen,a.jansen,onderbouw,1,current,,0,2027-08-31,1,2,3,5,2026-10-01,,39.6,0,reminder.step-overdue\r\n"
          "\"'=Jasmijn, \"\"Jas\"\" Smit\",j.smit,onderbouw,0,no POP yet,,0,,0,0,0,0,,,,,\r\n");
    o.csv_separator = ';';
    std::string semi = render_report_csv(small_report(), o);
    CHECK(semi.find("\r\n'=Jasmijn, \"Jas\" Smit;j.smit;") == std::string::npos);  // quotes still need quoting
    CHECK(semi.find("\r\n\"'=Jasmijn, \"\"Jas\"\" Smit\";j.smit;onderbouw;0;") != std::string::npos);
}

TEST_CASE("report json: the pop-report document, the same bytes as one writer over the whole report") {
    TeamReport r = small_report();
    std::string out = render_report_json(r, ReportOptions{});
    CHECK(out.starts_with("{\n  \"format\": \"pop-report\",\n  \"version\": 1,\n  \"today\": \"2026-11-22\",\n"
                          "  \"pops\": 1,\n  \"allowance\": {\n    \"hours_per_year\": null,\n    \"budget_per_year\": null,\n"
                          "    \"varies\": false\n  },\n  \"people\": [\n    {\n      \"id\": \"a.jansen\",\n"));
    CHECK(out.find("      \"path\": null,\n") != std::string::npos);  // no current POP
    CHECK(out.find("      \"hours_per_year\": 39.6,\n") != std::string::npos);
    CHECK(out.find("      \"warnings\": [\n        \"reminder.step-overdue\"\n      ]\n    },\n    {\n") !=
          std::string::npos);
    CHECK(out.find("\n  ],\n  \"teams\": [\n") != std::string::npos);
    CHECK(out.find("\"conversation_notes\": 3") != std::string::npos);
    CHECK(out.ends_with("}\n"));
    // No people at all: an empty array, still valid JSON of the same shape.
    r.people.clear();
    std::string empty = render_report_json(r, ReportOptions{});
    CHECK(empty.find("\"people\": [],\n  \"teams\"") != std::string::npos);
}

TEST_CASE("write_report hands the output to the sink in pieces, each format by its row of the table") {
    TeamReport r = small_report();
    for (const ReportFormatRow& row : report_formats()) {
        std::string pieces;
        write_report(row.id, r, PeopleVector(r.people), ReportOptions{}, [&](std::string_view p) { pieces += p; });
        std::string whole;
        row.write(r, PeopleVector(r.people), ReportOptions{}, [&](std::string_view p) { whole += p; });
        CHECK_MESSAGE(pieces == whole, row.name);
        CHECK_MESSAGE(!pieces.empty(), row.name);
    }
}
