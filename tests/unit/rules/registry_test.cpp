#include <doctest/doctest.h>

#include <map>
#include <set>
#include <type_traits>

#include "pop/i18n/messages.h"
#include "pop/rules/rules.h"
#include "pop/format/spec.h"
#include "test_support.h"

using namespace pop;

TEST_CASE("rule ids are stable-looking: family.name in lowercase with dashes") {
    for (const Rule& r : all_rules()) {
        std::string_view id = r.id.text();
        CAPTURE(id);
        auto dot = id.find('.');
        REQUIRE(dot != std::string_view::npos);
        CHECK(id.substr(0, dot) == group_name(r.group));
        for (char c : id) CHECK(((c >= 'a' && c <= 'z') || c == '.' || c == '-'));
        CHECK_FALSE(r.description_en.empty());
        CHECK_FALSE(r.description_nl.empty());
        CHECK(&rule_info(r.id) == &r);
        CHECK(find_rule_id(id) == r.id);
    }
    CHECK_FALSE(find_rule_id("no.such-rule"));
    CHECK_FALSE(find_rule_id("dates"));
    CHECK_FALSE(find_rule_id(""));
    CHECK(severity_of(rule::smarti_measurable) == Severity::Error);
    CHECK(severity_of(rule::smarti_inspiring) == Severity::Warning);
}

TEST_CASE("typed rule ids: one byte, the registry's order, the dotted text") {
    static_assert(sizeof(RuleId) == 1);
    static_assert(std::is_trivially_copyable_v<RuleId>);
    static_assert(rule::dates_order.text() == "dates.order");
    static_assert(rule::input_leftover_temp.text() == "input.leftover-temp");
    static_assert(find_rule_id("history.stale") == rule::history_stale);
    CHECK(rule::roster_missing_pop.text() == "roster.missing-pop");
    CHECK(rule::dates_format < rule::dates_order);  // sorted like the text
    std::map<RuleId, int> counts{{rule::yaml_tag, 1}, {rule::complete_goal, 2}};
    CHECK(counts.begin()->first == rule::complete_goal);
    REQUIRE(all_rules().size() == kRuleCount);
    for (std::size_t i = 0; i < kRuleCount; ++i) CHECK(all_rules()[i].id.index() == i);
}

TEST_CASE("every rule family has its file in src/core/rules/, which names the family's rules") {
    for (const Rule& r : all_rules()) {
        std::string path = "src/core/rules/" + std::string(group_name(r.group)) + ".cpp";
        CAPTURE(path);
        std::string source = test::read_source_file(path);
        REQUIRE_FALSE(source.empty());
        CHECK(source.find(r.id.text()) != std::string::npos);
    }
}

TEST_CASE("every rule has at least one message in the catalog") {
    for (const Rule& r : all_rules()) {
        CAPTURE(r.id.text());
        bool found = false;
        for (const CatalogEntry& e : catalog())
            if (e.key == r.id.text() || e.key.starts_with(std::string(r.id.text()) + ".")) found = true;
        CHECK(found);
    }
}

TEST_CASE("docs/rules.md lists every rule of the registry, with its severity and description") {
    std::string doc = test::read_source_file("docs/rules.md");
    REQUIRE_FALSE(doc.empty());
    for (const Rule& r : all_rules()) {
        std::string row = "| `" + std::string(r.id.text()) + "` | " +
                          (r.severity == Severity::Error ? "error" : "warning") + " | " +
                          std::string(r.description_en) + " |";
        CAPTURE(row);
        CHECK(doc.find(row) != std::string::npos);
    }
}

TEST_CASE("the committed JSON Schemas are exactly what the spec generates") {
    for (FileKind k : {FileKind::Pop, FileKind::Policy, FileKind::Roster, FileKind::SchoolGoals}) {
        std::string path = "schemas/" + std::string(kind_name(k)) + ".schema.json";
        CAPTURE(path);
        // Regenerate with: pop schema KIND > schemas/KIND.schema.json
        CHECK(test::read_source_file(path) == json_schema(k));
    }
}

TEST_CASE("file kinds follow the file name") {
    CHECK(kind_from_filename("a/b/jan.pop.yaml") == FileKind::Pop);
    CHECK(kind_from_filename("pop-policy.yaml") == FileKind::Policy);
    CHECK(kind_from_filename("x/pop-roster.yaml") == FileKind::Roster);
    CHECK(kind_from_filename("pop-school-goals.yaml") == FileKind::SchoolGoals);
    CHECK_FALSE(kind_from_filename(".pop.yaml"));
    CHECK_FALSE(kind_from_filename("jan.pop.yml"));
    CHECK_FALSE(kind_from_filename("notes.yaml"));
}

TEST_CASE("ids") {
    CHECK(is_valid_id("a.jansen"));
    CHECK(is_valid_id("G1_b-2"));
    CHECK_FALSE(is_valid_id("jan de vries"));
    CHECK_FALSE(is_valid_id("-x"));
    CHECK_FALSE(is_valid_id(""));
    CHECK_FALSE(is_valid_id("jé"));
}
