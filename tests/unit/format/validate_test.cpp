#include <doctest/doctest.h>

#include <algorithm>

#include "pop/format/validate.h"
#include "pop/i18n/messages.h"
#include "pop/rules/rules.h"
#include "test_support.h"
#include "validate_from_text.h"

using namespace pop;
using pop::test::validate;
using pop::test::positions;

namespace {

const char* const kHead = test::kPopHead;

}  // namespace

TEST_CASE("a minimal POP has a clean structure") {
    CHECK(validate(kHead).empty());
}

TEST_CASE("missing required keys are reported at the mapping that lacks them") {
    auto f = validate("format_version: 1\nperson:\n  name: Jan\n");
    CHECK(positions(f) == "1:1 structure.required, 3:3 structure.required");
    CHECK(f[0].args[0].value == "period");
    CHECK(f[1].args[0].value == "id");
}

TEST_CASE("an empty file is one finding") {
    auto f = validate("# nothing\n");
    CHECK(positions(f) == "1:1 structure.required");
    CHECK(f[0].message == "structure.empty-file");
}

TEST_CASE("unknown keys suggest the closest known key, also from the Dutch term") {
    auto f = validate(std::string(kHead) + "goals:\n  - id: g1\n    titel: Lezen\n    measureable: x\n    foo: 1\n");
    REQUIRE(f.size() == 4);
    CHECK(positions(f) ==
          "5:5 structure.required, 6:5 structure.unknown-key, 7:5 structure.unknown-key, 8:5 structure.unknown-key");
    f.erase(f.begin());  // title is missing: `titel` is not `title`
    CHECK(f[0].message == "structure.unknown-key.suggest");
    CHECK(f[0].args[1].value == "title");
    CHECK(f[1].args[1].value == "measurable");
    CHECK(f[2].message == "structure.unknown-key");
    CHECK(f[0].width == 5);  // `titel`
}

TEST_CASE("types: text, numbers, booleans, lists, dates") {
    auto f = validate(std::string(kHead) +
                      "goals:\n"
                      "  - id: g1\n"
                      "    title: 123\n"          // 6: a number where text is needed
                      "    realistic: {hours: veel}\n"  // 7
                      "    private: ja\n"          // 8
                      "    methods: coaching\n"    // 9
                      "    start: 2025-02-30\n"    // 10
                      "    end: 1-9-2025\n"        // 11
                      "    steps: {what: x}\n");   // 12
    CHECK(positions(f) == "6:12 structure.type, 7:24 structure.type, 8:14 structure.type, 9:14 structure.type, 10:12 dates.invalid, 11:10 dates.format, 12:12 structure.type");
    CHECK(f[0].message == "structure.type.text");
    CHECK(f[1].message == "structure.type.number");
    CHECK(f[2].message == "structure.type.boolean");
    CHECK(f[3].message == "structure.type.list");
    CHECK(f[4].message == "dates.invalid.day");
    CHECK(f[5].message == "dates.format.suggest");
    CHECK(f[5].args[1].value == "2025-09-01");
    CHECK(f[6].message == "structure.type.list");
}

TEST_CASE("quoted numbers are text; YAML 1.1 booleans like `no` are text too") {
    CHECK(validate(std::string(kHead) + "goals:\n  - id: g1\n    title: \"123\"\n").empty());
    CHECK(validate(std::string(kHead) + "goals:\n  - id: g1\n    title: no\n").empty());
}

TEST_CASE("enums suggest by spelling and by Dutch word") {
    auto f = validate(std::string(kHead) +
                      "goals:\n  - id: g1\n    title: T\n    status: behaald\n    learning: informl\n"
                      "  - {id: g2, title: T, learning: iets}\n");
    REQUIRE(positions(f) == "7:13 structure.enum, 8:15 structure.enum, 9:34 structure.enum");
    CHECK(f[0].message == "structure.enum.suggest");
    CHECK(f[0].args[3].value == "achieved");
    CHECK(f[1].args[3].value == "informal");
    CHECK(f[2].message == "structure.enum");
}

TEST_CASE("ids, empty values, versions and duplicate ids") {
    auto f = validate(
        "format_version: 2\n"
        "person: {id: jan de vries, name: \"\"}\n"
        "period:\n  start: 2025-08-01\n  end:\n"
        "goals:\n  - {id: a, title: A}\n  - {id: a, title: B}\n");
    CHECK(positions(f) == "1:17 structure.version, 2:14 structure.id, 2:34 structure.empty, 5:7 structure.empty, 8:10 structure.duplicate-id");
}

TEST_CASE("integers have minimums in the policy") {
    auto f = validate("format_version: 1\nrenewal_years: 0\nhours_per_year: 8.5\nconversation_months: 1.5\n",
                      FileKind::Policy);
    CHECK(positions(f) == "2:16 structure.type, 4:22 structure.type");
    CHECK(f[0].message == "structure.type.min");
    CHECK(f[1].message == "structure.type.integer");
}

TEST_CASE("the roster and the school goals have their own required keys") {
    CHECK(positions(validate("format_version: 1\n", FileKind::Roster)) == "1:1 structure.required");
    CHECK(validate("format_version: 1\nstaff:\n  - {id: a, name: A, active: false}\n", FileKind::Roster).empty());
    CHECK(validate("format_version: 1\ngoals: [{id: sg1, title: Lezen}]\n", FileKind::SchoolGoals).empty());
}

TEST_CASE("edit distance and suggestions") {
    CHECK(edit_distance("measureable", "measurable") == 1);
    CHECK(edit_distance("ab", "ba") == 1);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(suggest("Title", {"title", "id"}) == "title");
    CHECK(suggest("xyz", {"title", "id"}).empty());
    CHECK(suggest("stat", {"start", "status"}) == "start");
}

TEST_CASE("an alias is reported once by the reader, not again as an empty or wrong value") {
    ReadResult read = read_yaml(std::string(kHead) + "sign_off:\n  employee: {name: &n Jan, date: 2025-09-01}\n"
                                                     "  manager: {name: *n, date: 2025-09-02}\n");
    REQUIRE_FALSE(read.fatal);
    CHECK(positions(read.findings) == "5:20 yaml.anchor, 6:19 yaml.anchor");
    CHECK(validate_structure(read.doc, FileKind::Pop).empty());
}

TEST_CASE("format_version is kFormatVersion, written as a number") {
    std::string version(kFormatVersionText);
    CHECK(validate("format_version: " + version + "\nperson: {id: jan, name: Jan}\n"
                   "period: {start: 2025-08-01, end: 2027-07-31}\n").empty());
    auto quoted = validate("format_version: '" + version + "'\n", FileKind::Policy);
    CHECK(std::any_of(quoted.begin(), quoted.end(), [](const Finding& f) { return f.message == "structure.version.quoted"; }));
    auto other = validate("format_version: " + std::to_string(kFormatVersion + 1) + "\n", FileKind::Policy);
    CHECK(std::any_of(other.begin(), other.end(), [](const Finding& f) { return f.message == "structure.version"; }));
    std::string schema = json_schema(FileKind::Pop);
    CHECK((schema.find("\"const\":" + std::to_string(kFormatVersion)) != std::string::npos ||
           schema.find("\"const\": " + std::to_string(kFormatVersion)) != std::string::npos));
}

namespace {

// The findings of a goal whose `realistic` is `realistic`, as `LINE:COL rule` and message keys.
std::vector<Finding> realistic(const std::string& realistic) {
    return validate(std::string(kHead) + "goals:\n  - id: a\n    title: A\n    realistic: {" + realistic + "}\n");
}

std::string messages(const std::vector<Finding>& findings) {
    std::string out;
    for (const Finding& f : findings) out += (out.empty() ? "" : ", ") + f.message;
    return out;
}

}  // namespace

TEST_CASE("hours and budget have sane ranges: 0 to 10,000 hours, 0 to 1,000,000 euros, finite") {
    CHECK(realistic("hours: 0, budget: 0").empty());
    CHECK(realistic("hours: 10000, budget: 1000000").empty());
    CHECK(messages(realistic("hours: 10000.5")) == "structure.type.max");
    CHECK(messages(realistic("budget: 1000000.01")) == "structure.type.max");
    CHECK(messages(realistic("hours: -1")) == "structure.type.min");
    CHECK(messages(realistic("hours: 1e400")) == "structure.type.max");   // read as infinite
    CHECK(messages(realistic("hours: -1e400")) == "structure.type.min");
    CHECK(realistic("hours: 1e-400").empty());                            // read as 0
    CHECK(messages(realistic("hours: .nan")) == "structure.type.number");
    CHECK(messages(realistic("budget: .inf")) == "structure.type.number");
    CHECK(messages(realistic("budget: -.inf")) == "structure.type.number");
    CHECK(positions(realistic("hours: 20000")) == "7:24 structure.type");
    auto policy = validate("format_version: 1\nhours_per_year: 1e400\nbudget_per_year: 2000000\n", FileKind::Policy);
    CHECK(messages(policy) == "structure.type.max, structure.type.max");
    CHECK(policy[1].args[2].value == "1000000");
}

TEST_CASE("a money amount with three decimals is a Dutch thousands point: a warning that says how to write it") {
    auto f = realistic("budget: 2.450");
    CHECK(positions(f) == "7:25 structure.thousands-point");
    REQUIRE(f.size() == 1);
    CHECK(severity_of(f[0].rule) == Severity::Warning);
    CHECK(finding_hint(f[0], Lang::En) == "write 2450");
    CHECK(finding_hint(f[0], Lang::Nl) == "schrijf 2450");
    CHECK(realistic("budget: 2.45").empty());
    CHECK(realistic("budget: 2450").empty());
    CHECK(realistic("budget: 0.450").empty());   // 45 cents written oddly, no thousands
    CHECK(realistic("budget: 1234.500").empty());  // four digits before the point: no thousands point
    CHECK(realistic("budget: \"2.450\"").size() == 1);  // text: a type error
    CHECK(realistic("hours: 2.450").empty());    // hours are no money
    CHECK(messages(validate("format_version: 1\nbudget_per_year: 1.500\n", FileKind::Policy)) == "structure.thousands-point");
    CHECK(looks_like_thousands_point("2.450"));
    CHECK(looks_like_thousands_point("999.999"));
    CHECK_FALSE(looks_like_thousands_point("1000.000"));
    CHECK_FALSE(looks_like_thousands_point("2.45"));
    CHECK_FALSE(looks_like_thousands_point("2.4500"));
    CHECK_FALSE(looks_like_thousands_point("-2.450"));
}

TEST_CASE("text in a number field: the hint shows the value rewritten") {
    // In a block (in a flow mapping `{hours: 12,5}` the comma would end the value).
    auto f = validate(std::string(kHead) + "goals:\n  - id: a\n    title: A\n    realistic:\n      hours: 12,5\n");
    CHECK(positions(f) == "8:14 structure.type");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message == "structure.type.number.suggest");
    CHECK(finding_hint(f[0], Lang::En) == "write 12.5");
    f = realistic("budget: € 2.450");
    REQUIRE(f.size() == 1);
    CHECK(finding_hint(f[0], Lang::En) == "write 2450");
    CHECK(finding_hint(f[0], Lang::Nl) == "schrijf 2450");
    CHECK(messages(realistic("hours: veel")) == "structure.type.number");  // nothing to rewrite: the general hint

    CHECK(rewritten_number("12,5", false) == "12.5");
    CHECK(rewritten_number("40 uur", false) == "40");
    CHECK(rewritten_number("12,5 u", false) == "12.5");
    CHECK(rewritten_number("1.250,5", false) == "1250.5");
    CHECK(rewritten_number("€ 2.450", true) == "2450");
    CHECK(rewritten_number("€\xc2\xa0" "2.450", true) == "2450");  // a no-break space after the sign
    CHECK(rewritten_number("€2.450,-", true) == "2450");
    CHECK(rewritten_number("2.450,50 euro", true) == "2450.50");
    CHECK(rewritten_number("EUR 1.000.000", true) == "1000000");
    CHECK(rewritten_number("2,450.50", true) == "2450.50");
    CHECK(rewritten_number("€ 12.50", true) == "12.50");
    CHECK(rewritten_number("12,5", true) == "12.5");
    CHECK_FALSE(rewritten_number("2,450", true));      // 2.45 euros, or 2450? say nothing
    CHECK_FALSE(rewritten_number("€ 2.45.0", true));   // not a thousands grouping
    CHECK_FALSE(rewritten_number("1,2,3", false));
    CHECK_FALSE(rewritten_number("12,5,0", false));
    CHECK_FALSE(rewritten_number("-12,5", false));      // negative stays an error without a rewrite
    CHECK_FALSE(rewritten_number("veel", false));
    CHECK_FALSE(rewritten_number("40 euro", false));    // hours: no currency
    CHECK_FALSE(rewritten_number("12 uur", true));      // money: no hours
    CHECK_FALSE(rewritten_number("", false));
    CHECK_FALSE(rewritten_number("40", false));         // already a number: nothing to rewrite
}
