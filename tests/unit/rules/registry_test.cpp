#include <doctest/doctest.h>

#include <map>
#include <optional>
#include <set>
#include <type_traits>

#include "pop/base/version.h"
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

TEST_CASE("docs/rules.md lists every rule of the registry, with its anchor, severity and description") {
    std::string doc = test::read_source_file("docs/rules.md");
    REQUIRE_FALSE(doc.empty());
    for (const Rule& r : all_rules()) {
        std::string row = "\n| <a id=\"" + std::string(rule_doc_anchor(r.id)) + "\"></a>`" + std::string(r.id.text()) +
                          "` | " + (r.severity == Severity::Error ? "error" : "warning") + " | " +
                          std::string(r.description_en) + " |\n";
        CAPTURE(row);
        CHECK(doc.find(row) != std::string::npos);
    }
}

TEST_CASE("every rule has its own anchor in docs/rules.md, where SARIF's helpUri points") {
    std::string doc = test::read_source_file("docs/rules.md");
    std::size_t anchors = 0;
    for (std::size_t at = doc.find("<a id=\""); at != std::string::npos; at = doc.find("<a id=\"", at + 1)) ++anchors;
    CHECK(anchors == all_rules().size());  // one per rule, none left over from a removed rule
    std::set<std::string_view> seen;
    for (const Rule& r : all_rules()) {
        std::string_view anchor = rule_doc_anchor(r.id);
        CAPTURE(anchor);
        CHECK(anchor == r.id.text());
        CHECK(seen.insert(anchor).second);
        std::string tag = "<a id=\"" + std::string(anchor) + "\"></a>";
        std::size_t first = doc.find(tag);
        CHECK(first != std::string::npos);
        CHECK(doc.find(tag, first + 1) == std::string::npos);
        CHECK(rule_doc_url(r.id) == std::string(kPopDocsUrl) + "rules.md#" + std::string(anchor));
    }
    CHECK(kPopDocsUrl.starts_with(kPopRepositoryUrl));
    CHECK(kPopDocsUrl.ends_with("/docs/"));
    CHECK(rule_doc_url(rule::dates_format) == "https://git.example.org/pop/pop/blob/main/docs/rules.md#dates.format");
}

TEST_CASE("every rule has its help in the catalog: rule.<id> and rule.<id>.hint, in English and Dutch") {
    for (const Rule& r : all_rules()) {
        std::string key = "rule." + std::string(r.id.text());
        CAPTURE(key);
        for (Lang lang : {Lang::En, Lang::Nl}) {
            std::optional<std::string_view> full = message_template(key, lang);
            std::optional<std::string_view> hint = message_template(key + ".hint", lang);
            REQUIRE(full);
            REQUIRE(hint);
            CHECK(full->find('{') == std::string_view::npos);  // it stands on its own: no placeholders
            CHECK(hint->find('{') == std::string_view::npos);
            CHECK(full->size() > (lang == Lang::En ? r.description_en : r.description_nl).size());  // longer than the line
            CHECK(full->ends_with("."));
            CHECK((hint->ends_with(".") || hint->ends_with("?")));
            CHECK(rule_full_description(r.id, lang) == *full);
            CHECK(rule_hint(r.id, lang) == *hint);
        }
        CHECK(rule_full_description(r.id, Lang::En) != rule_full_description(r.id, Lang::Nl));
        CHECK(rule_hint(r.id, Lang::En) != rule_hint(r.id, Lang::Nl));
    }
    for (const CatalogEntry& e : catalog()) {  // and no help for a rule that is not in the registry
        if (!e.key.starts_with("rule.")) continue;
        std::string_view id = e.key.substr(5);
        if (id.ends_with(".hint")) id.remove_suffix(5);
        CAPTURE(e.key);
        CHECK(find_rule_id(id));
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
