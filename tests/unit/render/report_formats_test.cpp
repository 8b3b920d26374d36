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
    CHECK(out.starts_with("POP overview on 2026-11-22: 2 people, 1 POP file\n\n"));
    CHECK(out.find("name                  id        team       POP         POP until   goals  steps  last talk   next talk  h/year  €/year  warnings\n") != std::string::npos);
    CHECK(out.find("Anouk Jansen          a.jansen  onderbouw  current     2027-08-31    1/2    3/5  2026-10-01  -            39.6       0         1\n") != std::string::npos);
    CHECK(out.find("=Jasmijn, \"Jas\" Smit  j.smit    onderbouw  no POP yet  -               -      -  -           -               -       -         -\n") != std::string::npos);
    CHECK(out.find("\nPer team\n  onderbouw: size 2, with a current POP 1, goals 2, steps 3/5, h/year 39.6, €/year 0, "
                   "warnings 1\n") != std::string::npos);
    CHECK(out.find("\nNeeds by method\n  Coaching: goals 2, people 1\n") != std::string::npos);  // in words
    CHECK(out.find("\nNeeds per school goal\n  -\n") != std::string::npos);  // an empty section says so
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
    CHECK(out.starts_with("# POP overview on 2026-11-22: 2 people, 1 POP file\n\n"));
    CHECK(out.find("| name | id | team | POP | POP until | goals | steps | last talk | next talk | h/year | €/year | warnings |\n"
                   "|---|---|---|---|---|---:|---:|---|---|---:|---:|---:|\n") != std::string::npos);
    CHECK(out.find("| Anouk Jansen | a\\.jansen | onderbouw | 2027-08-31 | 1/2 | 3/5 | 2026-10-01 | - | 40 | 1 |\n") ==
          std::string::npos);  // '.' is not markup
    CHECK(out.find("| Anouk Jansen | a.jansen | onderbouw | current | 2027-08-31 | 1/2 | 3/5 | 2026-10-01 | - | 39.6 | 0 | 1 |\n") !=
          std::string::npos);
    CHECK(out.find("| onderbouw | 2 | 1 | 2 | 3/5 | 39.6 | 0 | 1 |\n") != std::string::npos);
    CHECK(out.find("| Coaching | 2 | 1 | Rust \\| structuur |\n") != std::string::npos);
    CHECK(out.find("\n## Needs per school goal\n\n-\n") != std::string::npos);
}

TEST_CASE("report csv: the people table, numbers in their own columns, RFC 4180 quoting, CRLF") {
    ReportOptions o;
    std::string out = render_report_csv(small_report(), o);
    const std::string keys =
        "name,id,team,has_current_pop,state,expired_on,errors,period_end,goals_achieved,goals,steps_done,steps_total,"
        "last_conversation,next_conversation,hours_per_year,budget_per_year,warnings,warning_rules\r\n";
    CHECK(out == keys +
                     "Anouk Jansen,a.jansen,onderbouw,1,current,,0,2027-08-31,1,2,3,5,2026-10-01,,39.6,0,1,reminder.step-overdue\r\n"
                     "\"'=Jasmijn, \"\"Jas\"\" Smit\",j.smit,onderbouw,0,none,,0,,0,0,0,0,,,,,0,\r\n");
    // The header keys are the same in Dutch.
    o.lang = Lang::Nl;
    CHECK(render_report_csv(small_report(), o).starts_with(keys));
    o.lang = Lang::En;
    o.csv_separator = ';';
    std::string semi = render_report_csv(small_report(), o);
    CHECK(semi.find("\r\n'=Jasmijn, \"Jas\" Smit;j.smit;") == std::string::npos);  // quotes still need quoting
    CHECK(semi.find("\r\n\"'=Jasmijn, \"\"Jas\"\" Smit\";j.smit;onderbouw;0;") != std::string::npos);
}

TEST_CASE("report csv --excel: a byte order mark, the column names in the language, ; and CRLF") {
    ReportOptions o;
    o.lang = Lang::Nl;
    o.excel = true;
    o.csv_separator = ';';
    std::string out = render_report_csv(small_report(), o);
    CHECK(out.starts_with("\xEF\xBB\xBFnaam;code;team;lopend POP;POP;verlopen op;fouten;POP tot;doelen behaald;doelen;"
                          "stappen gedaan;stappen;laatste gesprek;volgend gesprek;uur/jaar;€/jaar;waarschuwingen;"
                          "waarschuwingsregels\r\n"
                          "Anouk Jansen;a.jansen;onderbouw;1;actueel;;0;2027-08-31;1;2;3;5;2026-10-01;;39.6;0;1;"
                          "reminder.step-overdue\r\n"));
    o.excel = false;
    CHECK(render_report_csv(small_report(), o).starts_with("name;"));  // no byte order mark without --excel
}

TEST_CASE("report --partial: every format says at its top which files are missing") {
    ReportOptions o;
    o.missing = {"pop/", "b.pop.yaml"};
    const std::string notice = "INCOMPLETE: left out because missing or unreadable: pop/ and b.pop.yaml";
    CHECK(render_report_text(small_report(), o).starts_with(notice + "\n\nPOP overview on 2026-11-22"));
    CHECK(render_report_markdown(small_report(), o).starts_with("> **" + notice + "**\n\n# POP overview"));
    std::string csv = render_report_csv(small_report(), o);
    CHECK(csv.starts_with(notice + ",,,,,,,,,,,,,,,,,\r\nname,id,"));  // as wide as the header
    CHECK(render_report_json(small_report(), o).find("\"pops\": 1,\n  \"missing\": [\n    \"pop/\",\n    \"b.pop.yaml\"\n  ],\n"
                                                      "  \"allowance\": {") != std::string::npos);
    std::string html = render_report_html(small_report(), o);
    CHECK(html.find("<body>\n<p class=\"partial\" role=\"alert\" style=\"margin: 0; padding: 12px 24px; color: #fff; "
                    "background: var(--warn)\"><strong>" + notice + "</strong></p>\n<header>") !=
          std::string::npos);
    o.lang = Lang::Nl;
    CHECK(render_report_text(small_report(), o).starts_with("ONVOLLEDIG: weggelaten omdat ze ontbreken of onleesbaar zijn: pop/ en b.pop.yaml\n"));
    // Nothing missing: no notice, no "missing" key.
    CHECK(render_report_json(small_report(), ReportOptions{}).find("\"missing\"") == std::string::npos);
}

TEST_CASE("report text: full names without a width, cut names when fitted") {
    TeamReport r = small_report();
    r.people[0].name = "Anouk Maria-Louise Jansen-van den Heuvel";
    r.people[0].team = "onderbouw, vakgroep Nederlands en Engels";
    ReportOptions o;
    o.width = 0;
    std::string full = render_report_text(r, o);
    CHECK(full.find("Anouk Maria-Louise Jansen-van den Heuvel  ") != std::string::npos);
    CHECK(full.find("onderbouw, vakgroep Nederlands en Engels") != std::string::npos);
    o.width = 60;
    std::string fitted = render_report_text(r, o);
    CHECK(fitted.find("Anouk Maria-Louise Jansen-van den Heuvel") == std::string::npos);
    CHECK(fitted.find("…") != std::string::npos);
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

TEST_CASE("report: a suppressed group shows \"fewer than N\" or \"hidden\", without numbers, in every format") {
    TeamReport r = small_report();
    r.min_group_size = 5;
    CountRow small{"job_shadowing", "", 0, 0, {}};
    small.suppressed = Suppressed::SmallGroup;
    CountRow hidden{"course", "", 0, 0, {}};
    hidden.suppressed = Suppressed::Complementary;
    r.methods = {hidden, small};
    ReportOptions o;
    o.width = 200;
    std::string text = render_report_text(r, o);
    CHECK(text.find("\nNeeds by method\n  Course: hidden (protects a smaller group)\n  Job shadowing: fewer than 5\n") !=
          std::string::npos);
    CHECK(text.find("Development needs: the running and planned goals of current POPs") != std::string::npos);
    o.lang = Lang::Nl;
    CHECK(render_report_text(r, o).find("  Jobshadowing: minder dan 5\n") != std::string::npos);
    o.lang = Lang::En;
    std::string md = render_report_markdown(r, o);
    CHECK(md.find("| Job shadowing | - | fewer than 5 |  |\n") != std::string::npos);
    CHECK(md.find("| Course | - | hidden (protects a smaller group) |  |\n") != std::string::npos);
    std::string json = render_report_json(r, o);
    CHECK(json.find("\"min_group_size\": 5") != std::string::npos);
    CHECK(json.find("\"key\": \"job_shadowing\",\n      \"suppressed\": true,\n      \"reason\": \"small_group\"\n    }") !=
          std::string::npos);
    CHECK(json.find("\"reason\": \"complementary\"") != std::string::npos);
    std::string html = render_report_html(r, o);
    CHECK(html.find("<span class=\"suppressed\">fewer than 5</span>") == std::string::npos);  // methods are a chart
    CHECK(html.find(">Job shadowing: fewer than 5</title>") != std::string::npos);
    CHECK(html.find("Course: hidden (protects a smaller group)") != std::string::npos);
}

TEST_CASE("report: with min_group_size 1 the notes say every group is shown, not \"fewer than 1 people\"") {
    TeamReport r = small_report();
    r.min_group_size = 1;
    ReportOptions o;
    o.width = 200;
    for (Lang lang : {Lang::En, Lang::Nl}) {
        o.lang = lang;
        for (const std::string& out : {render_report_text(r, o), render_report_markdown(r, o), render_report_html(r, o)}) {
            CHECK(out.find("fewer than 1") == std::string::npos);
            CHECK(out.find("minder dan 1") == std::string::npos);
            CHECK((out.find("Every group is shown") != std::string::npos || out.find("Elke groep staat erin") != std::string::npos));
        }
    }
    r.min_group_size = 5;
    o.lang = Lang::En;
    CHECK(render_report_text(r, o).find("Every group is shown") == std::string::npos);
}

TEST_CASE("report text: an area nobody assessed says so, not \"0 of 0 below the required level\"") {
    TeamReport r = small_report();
    AssessmentGroup group{"vl-basiscompetenties-2018", "basiscompetenties", "basic competences", {}};
    AssessmentAreaRow none{"educator", "opvoeder", "educator"};
    AssessmentAreaRow six{"learning_guide", "begeleider", "guide"};
    six.assessed = 6;
    six.below = 2;
    group.areas = {none, six};
    r.assessments = {group};
    ReportOptions o;
    o.width = 200;
    std::string text = render_report_text(r, o);
    CHECK(text.find("    educator: nobody assessed it\n") != std::string::npos);
    CHECK(text.find("    guide: 2 of 6 below the required level\n") != std::string::npos);
    CHECK(text.find("0 of 0") == std::string::npos);
    o.lang = Lang::Nl;
    CHECK(render_report_text(r, o).find("    opvoeder: door niemand ingevuld\n") != std::string::npos);
}
