#include <doctest/doctest.h>

#include "pop/check_file.h"
#include "pop/new_pop.h"
#include "pop/rules.h"

using namespace pop;

namespace {

using S = std::string;

// renew_pop on a text, failing the test when it refuses.
RenewedPop renewed(const std::string& old_text, Date start = {2027, 8, 1}, Date end = {2031, 7, 31}) {
    ReadResult read = read_yaml(old_text);
    REQUIRE_FALSE(read.fatal);
    RenewalInput in{old_text, &read.doc, "old.pop.yaml", start, end, Date{2026, 11, 22}, "schemas/pop.schema.json",
                    Lang::En};
    auto result = renew_pop(in);
    REQUIRE(std::holds_alternative<RenewedPop>(result));
    return std::get<RenewedPop>(result);
}

// The value at a key path of a text (empty when absent).
std::string value_at(const std::string& text, std::initializer_list<std::string_view> keys) {
    ReadResult read = read_yaml(text);
    REQUIRE_FALSE(read.fatal);
    const YamlNode* node = &read.doc.root();
    for (std::string_view key : keys) {
        node = find_key(read.doc, *node, key);
        if (!node) return {};
    }
    return node->value;
}

const std::string kBlock =
    "format_version: 1\n"
    "person:\n"
    "  id: a.jansen   # as on the roster\n"
    "  name: Anouk Jansen\n"
    "period:\n"
    "  start: 2023-08-01\n"
    "  end: 2027-07-31\n"
    "goals:\n"
    "  - id: open\n"
    "    title: Still open\n"
    "    realistic: {hours: 20}\n"
    "    steps:\n"
    "      - what: Step one   # first\n"
    "        due: 2026-10-01\n"
    "  - id: done\n"
    "    title: Behaald\n"
    "    status: achieved\n";

const std::string kFlow =
    "{format_version: 1, person: {id: a.jansen, name: Anouk Jansen},\n"
    "period: {start: 2023-08-01, end: 2027-07-31},\n"
    "goals: [{id: open, title: Still open, measurable: Twee lessen, start: 2026-09-01, end: 2027-07-01,\n"
    "  realistic: {hours: 20},\n"
    "  methods: [coaching, intervision], steps: [{what: Step one, due: 2026-10-01}]},\n"
    "  {id: done, title: Behaald, status: achieved}]}\n";

const std::string kJson =
    "{\n"
    "  \"format_version\": 1,\n"
    "  \"person\": {\"id\": \"a.jansen\", \"name\": \"Anouk Jansen\"},\n"
    "  \"period\": {\"start\": \"2023-08-01\", \"end\": \"2027-07-31\"},\n"
    "  \"goals\": [\n"
    "    {\"id\": \"open\", \"title\": \"yes\", \"realistic\": {\"hours\": 20},\n"
    "     \"specific\": \"Twee\\nregels\", \"methods\": [\"coaching\"]},\n"
    "    {\"id\": \"stopped\", \"title\": \"Gestopt\", \"status\": \"dropped\"}\n"
    "  ]\n"
    "}\n";

}  // namespace

TEST_CASE("BlockWriter writes nested values in block style, scalars through format_scalar") {
    BlockWriter out;
    out.field("person", NewValue::mapping({{"id", NewValue::text("a.jansen")}, {"name", NewValue::text("no")}}));
    out.field("goals", NewValue::list({NewValue::mapping(
                           {{"id", NewValue::text("g")},
                            {"methods", NewValue::list({NewValue::text("coaching"), NewValue::text("a, b")})},
                            {"realistic", NewValue::mapping({{"hours", NewValue::plain("20")}})},
                            {"steps", NewValue::list({NewValue::mapping({{"what", NewValue::text("x")}})})},
                            {"note", NewValue::text("twee\nregels")},
                            {"empty", NewValue::plain("")}})}));
    CHECK(out.text() == S("person:\n"
                          "  id: a.jansen\n"
                          "  name: \"no\"\n"
                          "goals:\n"
                          "  - id: g\n"
                          "    methods: [coaching, \"a, b\"]\n"
                          "    realistic:\n"
                          "      hours: 20\n"
                          "    steps:\n"
                          "      - what: x\n"
                          "    note: |-\n"
                          "      twee\n"
                          "      regels\n"
                          "    empty:\n"));
}

TEST_CASE("value_of and same_value: the values of a flow document written in block style read back the same") {
    ReadResult flow = read_yaml(kFlow);
    REQUIRE_FALSE(flow.fatal);
    BlockWriter out;
    const YamlNode& root = flow.doc.root();
    for (std::size_t i = 0; i + 1 < root.children.size(); i += 2)
        out.field(flow.doc.node(root.children[i]).value, value_of(flow.doc, flow.doc.node(root.children[i + 1])));
    ReadResult block = read_yaml(out.text());
    REQUIRE_FALSE(block.fatal);
    CHECK(same_value(flow.doc, root, block.doc, block.doc.root()));
    CHECK(out.text().find('{') == std::string::npos);

    ReadResult other = read_yaml("{format_version: \"1\"}");
    ReadResult number = read_yaml("{format_version: 1}");
    CHECK_FALSE(same_value(other.doc, other.doc.root(), number.doc, number.doc.root()));  // a string is not a number
}

TEST_CASE("renew_pop copies the parts of a block-style POP byte for byte") {
    RenewedPop r = renewed(kBlock);
    CHECK_FALSE(r.rewritten);
    CHECK(r.carried_ids == std::vector<S>{"open"});
    CHECK(r.text.starts_with("# yaml-language-server: $schema=schemas/pop.schema.json\n#\n"));
    CHECK(r.text.find("  id: a.jansen   # as on the roster\n") != std::string::npos);
    CHECK(r.text.find("      - what: Step one   # first\n") != std::string::npos);
    CHECK(r.text.find("#   - done: Behaald\n") != std::string::npos);
    CHECK(r.text.find("status: achieved") == std::string::npos);
    CHECK(value_at(r.text, {"period", "start"}) == "2027-08-01");
    CHECK(value_at(r.text, {"period", "end"}) == "2031-07-31");
}

TEST_CASE("renew_pop writes a flow-style POP anew in block style with the same values") {
    RenewedPop r = renewed(kFlow);
    CHECK(r.rewritten);
    CHECK(r.carried_ids == std::vector<S>{"open"});
    CHECK(r.text.find("goals:\n  # carried over from old.pop.yaml\n  - id: open\n    title: Still open\n") !=
          std::string::npos);
    CHECK(r.text.find("    methods: [coaching, intervision]\n") != std::string::npos);
    CHECK(r.text.find("      - what: Step one\n        due: 2026-10-01\n") != std::string::npos);
    CHECK(value_at(r.text, {"person", "name"}) == "Anouk Jansen");
    CheckContext context;
    context.today = Date{2026, 11, 22};
    for (const Finding& f : check_file(r.text, FileKind::Pop, context)) CHECK_MESSAGE(severity_of(f.rule) != Severity::Error, f.rule);
}

TEST_CASE("renew_pop writes a JSON POP anew: quoted dates become plain, text stays text, numbers stay numbers") {
    RenewedPop r = renewed(kJson);
    CHECK(r.rewritten);
    CHECK(r.carried_ids == std::vector<S>{"open"});
    CHECK(r.text.find("  id: a.jansen\n") != std::string::npos);
    CHECK(r.text.find("    title: \"yes\"\n") != std::string::npos);  // YAML 1.1 would read a plain yes as true
    CHECK(r.text.find("      hours: 20\n") != std::string::npos);
    CHECK(r.text.find("    specific: |-\n      Twee\n      regels\n") != std::string::npos);
    CHECK(r.text.find("#   - stopped: Gestopt\n") != std::string::npos);
    CHECK(r.text.find('"' + S("2023")) == std::string::npos);
}

TEST_CASE("renew_pop keeps CRLF line endings") {
    std::string crlf = kBlock;
    for (std::size_t at = crlf.find('\n'); at != std::string::npos; at = crlf.find('\n', at + 2)) crlf.insert(at, "\r");
    RenewedPop r = renewed(crlf);
    for (std::size_t i = 0; i < r.text.size(); ++i)
        if (r.text[i] == '\n') REQUIRE(r.text[i - 1] == '\r');
}

TEST_CASE("renew_carries: open goals and what the model cannot read are carried; achieved and dropped stay") {
    Goal g;
    CHECK(renew_carries(nullptr));
    CHECK(renew_carries(&g));
    g.status = GoalStatus::Achieved;
    CHECK_FALSE(renew_carries(&g));
    g.status = GoalStatus::Dropped;
    CHECK_FALSE(renew_carries(&g));
    g.status = GoalStatus::Paused;
    CHECK(renew_carries(&g));
}

TEST_CASE("renewed_file_name: the person's id and the start year, else the old stem") {
    ReadResult read = read_yaml(kBlock);
    Pop pop = build_pop(read.doc);
    CHECK(renewed_file_name(pop, "whatever.pop.yaml", Date{2027, 8, 1}) == "a.jansen-2027.pop.yaml");
    CHECK(renewed_file_name(Pop{}, "b.dewit.pop.yaml", Date{2027, 8, 1}) == "b.dewit-2027.pop.yaml");
}

TEST_CASE("initial_pop_text: the modeline first, the person and the period in block style") {
    std::string text = initial_pop_text({"a.jansen", "Anouk: Jansen", "", "", "", ""}, Date{2026, 8, 1},
                                        Date{2030, 7, 31}, Date{2026, 7, 1}, "schemas/pop.schema.json", Lang::En);
    CHECK(text.starts_with("# yaml-language-server: $schema=schemas/pop.schema.json\n#\n"));
    CHECK(text.find("person:\n  id: a.jansen\n  name: \"Anouk: Jansen\"\n\n") != std::string::npos);
    CHECK(text.ends_with("period:\n  start: 2026-08-01\n  end: 2030-07-31\n"));
}

TEST_CASE("portable_number: numbers that YAML 1.1 would read otherwise are written plainly") {
    CHECK(portable_number("20") == "20");
    CHECK(portable_number("020") == "20");
    CHECK(portable_number("+5") == "5");
    CHECK(portable_number("-0") == "0");
    CHECK(portable_number("0o17") == "15");
    CHECK(portable_number("0x1F") == "31");
    CHECK(portable_number("12.5") == "12.5");
    CHECK(portable_number("12.") == "12.");
    CHECK(portable_number(".5") == "0.5");
    CHECK(portable_number("1e5") == "100000.0");
    CHECK(portable_number("2.5E-3") == "0.0025");
    CHECK(portable_number(".inf") == ".inf");
    CHECK(portable_number("99999999999999999999999") == "1.0e+23");  // too large for an integer: a float
}

TEST_CASE("renew_pop of a flow POP with YAML 1.1 traps: numbers made portable, words quoted") {
    RenewedPop r = renewed("{format_version: 1, person: {id: a.b, name: on},\n"
                           " period: {start: 2023-08-01, end: 2027-07-31},\n"
                           " goals: [{id: g, title: T, realistic: {hours: 020, budget: 1e3}}]}\n");
    CHECK(r.rewritten);
    CHECK(r.text.find("  name: \"on\"\n") != std::string::npos);
    CHECK(r.text.find("      hours: 20\n") != std::string::npos);
    CHECK(r.text.find("      budget: 1000.0\n") != std::string::npos);
}

TEST_CASE("renew_pop: goals at the margin, one a flow mapping after its dash, are copied as written") {
    RenewedPop r = renewed("format_version: 1\n"
                           "person:\n  id: a.b\n  name: A\n"
                           "period:\n  start: 2023-08-01\n  end: 2027-07-31\n"
                           "goals:\n"
                           "- id: one   # kept\n  title: One\n"
                           "- {id: two,\n   title: Two}\n");
    CHECK_FALSE(r.rewritten);
    CHECK(r.carried_ids == std::vector<S>{"one", "two"});
    CHECK(r.text.find("- id: one   # kept\n  title: One\n") != std::string::npos);
    CHECK(r.text.find("# carried over from old.pop.yaml\n- {id: two,\n   title: Two}\n") != std::string::npos);
}
