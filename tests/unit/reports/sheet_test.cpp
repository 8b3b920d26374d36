#include <doctest/doctest.h>

#include <algorithm>

#include "../models_from_text.h"
#include "pop/render/sheet.h"
#include "pop/reports/sheet.h"

using namespace pop;
using pop::test::parse_pop;

namespace {

const std::string kPop =
    "format_version: 1\n"
    "person: {id: jan, name: Jan, role: docent, school: School, manager: Els}\n"
    "period: {start: 2026-08-01, end: 2027-07-31}\n"
    "goals:\n"
    "  - id: lezen\n    title: Lezen\n    status: active\n    realistic: {hours: 10}\n"
    "    steps:\n      - {what: Voor, due: 2026-09-01, done: 2026-09-10}\n"
    "      - {what: Na, due: 2026-10-01, done: 2026-10-20}\n"
    "      - {what: Geheim stap, due: 2026-11-01, private: true}\n"
    "    evidence:\n      - {date: 2026-10-21, what: Verslag}\n"
    "    log:\n      - {date: 2026-10-22, hours: 2, what: Cursus}\n      - {date: 2026-09-02, hours: 1.5, what: Lezen}\n"
    "  - id: geheim\n    title: Geheim doel\n    private: true\n"
    "conversations:\n"
    "  - {kind: start, date: 2026-09-15, with: Els, agreements: Drie artikelen}\n"
    "  - {kind: progress, date: 2027-02-01, with: Els}\n";

}  // namespace

TEST_CASE("build_sheet: the agenda since the last conversation, from the file or a baseline") {
    Pop pop = parse_pop(kPop);
    Policy policy;
    SheetInput input{&pop, &policy, nullptr, nullptr, false};
    Sheet sheet = build_sheet(input, Date{2026, 11, 1});
    REQUIRE(sheet.last_conversation);
    CHECK(sheet.last_conversation->date == Date{2026, 9, 15});
    CHECK(sheet.last_conversation->agreements == "Drie artikelen");
    REQUIRE(sheet.next_conversation);
    CHECK(sheet.change_source == ChangeSource::File);
    // Dated after 15 September: the step done on 20 October, the evidence, the log entry of 22 October.
    REQUIRE(sheet.activities.size() == 3);
    CHECK(sheet.activities[0].text == "Na");
    CHECK(sheet.activities[1].text == "Verslag");
    CHECK(sheet.activities[2].text == "Cursus");
    REQUIRE(sheet.goals.size() == 2);
    CHECK(sheet.goals[0].hours_spent == doctest::Approx(3.5));
    CHECK(sheet.goals[0].steps_done == 2);
    CHECK(sheet.has_private);

    Pop baseline = parse_pop(kPop.substr(0, kPop.find("      - {what: Na")) + "conversations:\n  - {kind: start, date: 2026-09-15}\n");
    input.baseline = &baseline;
    Sheet with_history = build_sheet(input, Date{2026, 11, 1});
    CHECK(with_history.change_source == ChangeSource::History);
    CHECK_FALSE(with_history.changes.empty());
}

TEST_CASE("build_sheet --public leaves out every private item and the banner") {
    Pop pop = parse_pop(kPop);
    Policy policy;
    Sheet sheet = build_sheet(SheetInput{&pop, &policy, nullptr, nullptr, true}, Date{2026, 11, 1});
    CHECK_FALSE(sheet.has_private);
    REQUIRE(sheet.goals.size() == 1);
    CHECK(sheet.goals[0].steps.size() == 2);
    for (Lang lang : {Lang::En, Lang::Nl}) {
        std::string html = render_sheet_html(sheet, lang);
        CHECK(html.find("Geheim") == std::string::npos);
        CHECK(html.find("class=\"banner\"") == std::string::npos);
        CHECK(render_sheet_markdown(sheet, lang).find("Geheim") == std::string::npos);
    }
    Sheet own = build_sheet(SheetInput{&pop, &policy, nullptr, nullptr, false}, Date{2026, 11, 1});
    CHECK(render_sheet_html(own, Lang::Nl).find("Vertrouwelijk") != std::string::npos);
}

TEST_CASE("the HTML sheet escapes the file's text") {
    Pop pop = parse_pop("format_version: 1\nperson: {name: \"<b>A & B</b>\"}\n");
    Policy policy;
    std::string html = render_sheet_html(build_sheet(SheetInput{&pop, &policy}, Date{2026, 11, 1}), Lang::En);
    CHECK(html.find("<b>A") == std::string::npos);
    CHECK(html.find("&lt;b&gt;A &amp; B&lt;/b&gt;") != std::string::npos);
}
