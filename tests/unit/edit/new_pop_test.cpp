#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "pop/workspace/check_file.h"
#include "pop/reports/checklist.h"
#include "pop/edit/new_pop.h"
#include "pop/rules/rules.h"
#include "test_support.h"

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
    "goals: [{id: open, title: Still open, measurable: Twee lessen, start: 2026-09-01, end: 2028-07-01,\n"
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
    CHECK(r.text.find("      - what: Step one\n") != std::string::npos);
    CHECK(r.text.find("2026-10-01") == std::string::npos);  // due before the new period: no date now
    CHECK(r.text.find("    start: 2027-08-01\n    end: 2028-07-01\n") != std::string::npos);
    CHECK(r.undated_ids == std::vector<S>{"open"});
    CHECK(value_at(r.text, {"person", "name"}) == "Anouk Jansen");
    CheckContext context;
    context.today = Date{2026, 11, 22};
    for (const Finding& f : check_file(r.text, FileKind::Pop, context)) CHECK_MESSAGE(severity_of(f.rule) != Severity::Error, f.rule.text());
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
    CHECK(renew_carries(nullptr, Date{2027, 8, 1}, Date{2031, 7, 31}));
    CHECK(renew_carries(&g, Date{2027, 8, 1}, Date{2031, 7, 31}));
    g.status = GoalStatus::Achieved;
    CHECK_FALSE(renew_carries(&g, Date{2027, 8, 1}, Date{2031, 7, 31}));
    g.status = GoalStatus::Dropped;
    CHECK_FALSE(renew_carries(&g, Date{2027, 8, 1}, Date{2031, 7, 31}));
    g.status = GoalStatus::Paused;
    CHECK(renew_carries(&g, Date{2027, 8, 1}, Date{2031, 7, 31}));
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

TEST_CASE("renew_pop carries what belongs to the new period") {
    const std::string old =
        "format_version: 1\n"
        "person:\n"
        "  id: b.dewit\n"
        "  name: Bram de Wit\n"
        "period:\n"
        "  start: 2025-08-01\n"
        "  end: 2027-07-31\n"
        "goals:\n"
        "  - id: lopend\n"
        "    title: Loopt door\n"
        "    start: 2026-09-01   # na de zomer\n"
        "    end: 2031-12-31\n"
        "    steps:\n"
        "      - what: Gedaan\n"
        "        due: 2026-10-01\n"
        "        done: 2026-09-30\n"
        "      # nog te doen\n"
        "      - what: Te laat\n"
        "        due: 2027-05-01\n"
        "      - what: Later\n"
        "        due: 2028-02-01\n"
        "    evidence:\n"
        "      - date: 2026-10-02\n"
        "        what: Verslag\n"
        "    status: active\n"
        "  - id: afgelopen\n"
        "    title: Liep af\n"
        "    start: 2025-09-01\n"
        "    end: 2027-06-30\n"
        "  - id: daarna\n"
        "    title: Begint na de nieuwe periode\n"
        "    start: 2031-09-01\n"
        "    end: 2032-06-30\n"
        "  - id: alles-gedaan\n"
        "    title: Alle stappen klaar\n"
        "    start: 2027-01-01\n"
        "    end: 2028-06-30\n"
        "    steps:\n"
        "      - what: Klaar\n"
        "        done: 2027-02-01\n";
    RenewedPop r = renewed(old, Date{2027, 8, 1}, Date{2031, 7, 31});
    CHECK_FALSE(r.rewritten);
    CHECK(r.carried_ids == std::vector<S>{"lopend", "alles-gedaan"});
    CHECK(r.ended_ids == std::vector<S>{"afgelopen", "daarna"});
    CHECK(r.cut_ids == std::vector<S>{"lopend"});
    CHECK(r.undated_ids == std::vector<S>{"lopend"});
    CHECK(r.left_behind_ids == std::vector<S>{"lopend", "alles-gedaan"});
    CHECK(r.text.find("  # carried over from old.pop.yaml, where its done steps, evidence and log stay\n"
                      "  - id: lopend\n"
                      "    title: Loopt door\n"
                      "    start: 2027-08-01   # na de zomer\n"
                      "    end: 2031-07-31\n"
                      "    steps:\n"
                      "      # nog te doen\n"
                      "      - what: Te laat\n"
                      "      - what: Later\n"
                      "        due: 2028-02-01\n"
                      "    status: active\n") != std::string::npos);
    CHECK(r.text.find("  - id: alles-gedaan\n    title: Alle stappen klaar\n    start: 2027-08-01\n    end: 2028-06-30\n") !=
          std::string::npos);
    CHECK(r.text.find("Klaar") == std::string::npos);
    CHECK(r.text.find("Verslag") == std::string::npos);
    CHECK(r.text.find("#   - afgelopen: Liep af\n") != std::string::npos);
}

TEST_CASE("a renewed POP of a clean POP has no finding but what the checklist asks") {
    // Every example, style and fixture POP that has no finding of its own (but those of the cycle)
    // on the day the examples were written for, renewed a year into its period and the day after it ends.
    std::vector<std::string> files;
    // (examples/vlaanderen/pops is left out: its goals name Flemish areas, which need its policy.)
    for (const char* dir : {"examples/pops", "examples/mbo/pops", "tests/styles", "tests/edit/fixtures"})
        for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(POP_SOURCE_DIR) / dir))
            if (entry.path().string().ends_with(".pop.yaml"))
                files.push_back(std::string(dir) + "/" + entry.path().filename().string());
    std::sort(files.begin(), files.end());
    std::size_t renewed_count = 0;
    for (const std::string& file : files) {
        std::string bytes = test::read_source_file(file);
        ReadResult read = read_yaml(bytes);
        if (read.fatal) continue;
        Pop pop = build_pop(read.doc);
        if (!pop.period_start || !pop.period_end) continue;
        Date old_end = pop.period_end->value;
        Date middle = pop.period_start->value.plus_months(12);
        for (Date start : {middle, old_end.plus_days(1)}) {
            CheckContext before;  // the day the examples were written for
            before.today = Date{2026, 11, 22};
            bool clean = true;
            for (const Finding& f : check_file(bytes, FileKind::Pop, before))
                if (!describes_the_cycle(f.rule) && !on_checklist(f.rule)) clean = false;
            if (!clean) continue;
            Date end = start.plus_months(24).plus_days(-1);
            RenewalInput in{bytes, &read.doc, "old.pop.yaml", start, end, start, "schemas/pop.schema.json", Lang::En};
            auto result = renew_pop(in);
            REQUIRE_MESSAGE(std::holds_alternative<RenewedPop>(result), std::string(file));
            const RenewedPop& r = std::get<RenewedPop>(result);
            CheckContext after;  // not before the day the examples were written for (their dates are real)
            after.today = std::max(start, Date{2026, 11, 22});
            for (const Finding& f : check_file(r.text, FileKind::Pop, after))
                CHECK_MESSAGE((describes_the_cycle(f.rule) || on_checklist(f.rule)),
                              std::string(file + " from " + start.to_string() + ": " + std::string(f.rule.text()) + " " + f.message));
            ++renewed_count;
        }
    }

    CHECK(renewed_count >= 10);
}

TEST_CASE("plan_renewals renews each person's latest POP once its period has ended or ends soon") {
    auto pop_of = [](const char* id, Date start, Date end) {
        Pop p;
        p.person.id = Located<std::string>{id, {}};
        p.period_start = Located<Date>{start, {}};
        p.period_end = Located<Date>{end, {}};
        return p;
    };
    Pop ended = pop_of("a", {2023, 8, 1}, {2027, 7, 31});
    Pop soon = pop_of("b", {2023, 9, 1}, {2027, 9, 30});     // within 60 days of 2027-08-15
    Pop later = pop_of("c", {2024, 8, 1}, {2028, 7, 31});    // not due
    Pop old_d = pop_of("d", {2019, 8, 1}, {2023, 7, 31});    // renewed before: d's newer POP counts
    Pop new_d = pop_of("d", {2023, 8, 1}, {2027, 7, 31});
    Pop gone = pop_of("e", {2022, 8, 1}, {2026, 7, 31});     // inactive on the roster
    Pop undated;
    Pop noid_old = pop_of("", {2019, 8, 1}, {2023, 7, 31}), noid_new = pop_of("", {2023, 8, 1}, {2027, 7, 31});
    noid_old.person.id.reset();
    noid_new.person.id.reset();
    Roster roster;
    roster.staff.push_back({Located<std::string>{"e", {}}, "E", "", false});
    Policy policy;
    policy.renewal_years = 2;
    std::vector<RenewalCandidate> candidates{{"a.pop.yaml", &ended, &policy, &roster},
                                             {"b.pop.yaml", &soon, nullptr, nullptr},
                                             {"c.pop.yaml", &later, nullptr, nullptr},
                                             {"d-2019.pop.yaml", &old_d, nullptr, nullptr},
                                             {"d-2023.pop.yaml", &new_d, nullptr, nullptr},
                                             {"e.pop.yaml", &gone, nullptr, &roster},
                                             {"x.pop.yaml", &undated, nullptr, nullptr},
                                             {"pops/noid.pop.yaml", &noid_old, nullptr, nullptr},  // no id: by file name
                                             {"pops/noid-2023.pop.yaml", &noid_new, nullptr, nullptr}};
    RenewalPlans plans = plan_renewals(candidates, Date{2027, 8, 15});
    REQUIRE(plans.renew.size() == 4);
    CHECK(plans.renew[3].path == "pops/noid-2023.pop.yaml");
    CHECK(plans.renew[0].path == "a.pop.yaml");
    CHECK(plans.renew[0].start == Date{2027, 8, 1});
    CHECK(plans.renew[0].end == Date{2029, 7, 31});  // the policy's renewal_years
    CHECK(plans.renew[1].path == "b.pop.yaml");
    CHECK(plans.renew[1].end == Date{2031, 9, 30});  // the default four years
    CHECK(plans.renew[2].path == "d-2023.pop.yaml");
    REQUIRE(plans.skipped.size() == 5);
    CHECK((plans.skipped[4].path == "pops/noid.pop.yaml" && plans.skipped[4].why == RenewalSkip::Newer));
    CHECK((plans.skipped[0].path == "c.pop.yaml" && plans.skipped[0].why == RenewalSkip::NotDue));
    CHECK((plans.skipped[1].path == "d-2019.pop.yaml" && plans.skipped[1].why == RenewalSkip::Newer));
    CHECK((plans.skipped[2].person == "e" && plans.skipped[2].why == RenewalSkip::Inactive));
    CHECK((plans.skipped[3].path == "x.pop.yaml" && plans.skipped[3].why == RenewalSkip::NoPeriod));
}

TEST_CASE("renew_pop writes only the goal it cannot edit exactly from its values; the others stay as written") {
    const std::string old =
        "format_version: 1\n"
        "person:\n"
        "  id: b.dewit   # zoals op de lijst\n"
        "  name: Bram de Wit\n"
        "period:\n"
        "  start: 2025-08-01\n"
        "  end: 2027-07-31\n"
        "goals:\n"
        "  - id: gewoon\n"
        "    title: Blijft zoals het is   # commentaar blijft\n"
        "    start: 2027-09-01\n"
        "    end: 2028-06-30\n"
        "  - id: lastig\n"
        "    title: Een stap begint met due\n"
        "    start: 2027-09-01\n"
        "    end: 2028-06-30\n"
        "    steps:\n"
        "      - due: 2026-03-01   # eerst met de coach\n"
        "        what: Plannen\n";
    RenewedPop r = renewed(old, Date{2027, 8, 1}, Date{2031, 7, 31});
    CHECK_FALSE(r.rewritten);
    CHECK(r.text.find("  id: b.dewit   # zoals op de lijst\n") != std::string::npos);
    CHECK(r.text.find("    title: Blijft zoals het is   # commentaar blijft\n") != std::string::npos);
    CHECK(r.text.find("  # carried over from old.pop.yaml (written anew from its values") != std::string::npos);
    CHECK(r.text.find("      - what: Plannen\n") != std::string::npos);
    CHECK(r.text.find("2026-03-01") == std::string::npos);
}
