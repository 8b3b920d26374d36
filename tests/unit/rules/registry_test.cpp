#include <doctest/doctest.h>

#include <set>

#include "pop/i18n/messages.h"
#include "pop/rules/rules.h"
#include "pop/format/spec.h"
#include "test_support.h"

using namespace pop;

TEST_CASE("rule ids are stable-looking: group.name in lowercase with dashes") {
    for (const Rule& r : all_rules()) {
        CAPTURE(r.id);
        auto dot = r.id.find('.');
        REQUIRE(dot != std::string_view::npos);
        for (char c : r.id) CHECK(((c >= 'a' && c <= 'z') || c == '.' || c == '-'));
        CHECK_FALSE(r.description_en.empty());
        CHECK_FALSE(r.description_nl.empty());
        CHECK(find_rule(r.id) == &r);
    }
    CHECK(find_rule("no.such-rule") == nullptr);
    CHECK(severity_of("smarti.measurable") == Severity::Error);
    CHECK(severity_of("smarti.inspiring") == Severity::Warning);
}

TEST_CASE("every rule has at least one message in the catalog") {
    for (const Rule& r : all_rules()) {
        CAPTURE(r.id);
        bool found = false;
        for (const CatalogEntry& e : catalog())
            if (e.key == r.id || e.key.starts_with(std::string(r.id) + ".")) found = true;
        CHECK(found);
    }
}

TEST_CASE("docs/rules.md lists every rule of the registry, with its severity and description") {
    std::string doc = test::read_source_file("docs/rules.md");
    REQUIRE_FALSE(doc.empty());
    for (const Rule& r : all_rules()) {
        std::string row = "| `" + std::string(r.id) + "` | " +
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
