// Plural selectors, day distances and word lists in the catalog, and the table of every message that
// takes a number, rendered with 0, 1 and 2 in both languages (tests/unit/i18n/plural-table.txt).
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <set>

#include "i18n/template_parts.h"
#include "pop/i18n/messages.h"
#include "test_support.h"

using namespace pop;

namespace {

// A catalog-free way to try templates: render_message needs a key, so these tests use real entries
// for the catalog and the public helpers for the mechanism itself.
std::string errors_line(Lang lang, std::string_view n) {
    std::vector<MessageArg> args{{"path", "a.pop.yaml"}, {"errors", std::string(n)}};
    return render_message("edit.refused", lang, args);
}

// Names of placeholders that hold a count; a plain placeholder with one of these names needs a
// plural selector ("1 fouten" is the bug this prevents).
const std::set<std::string> kCountNames{"n", "count", "days", "errors", "warnings", "files", "months", "years", "words"};

// Plain placeholders with a count-like name that are not counts, by key (a key ending in '.' covers
// every key that starts with it). Keep it short; each has its reason.
const std::map<std::string, std::set<std::string>> kNotCounts{
    {"edit.step.", {"n"}},               // the position of a step ("step 3"), not how many
    {"edit.evidence.removed", {"n"}},    // the position of an evidence item
    {"dates.invalid.day", {"days"}},     // the days of a month: always 28 to 31
    {"report.team-line", {"warnings"}},  // a column label and its number: "signalen 3"
};

bool allowed_plain(const std::string& key, const std::string& name) {
    for (const auto& [prefix, names] : kNotCounts) {
        bool covers = prefix.ends_with('.') ? key.starts_with(prefix) : key == prefix;
        if (covers && names.count(name)) return true;
    }
    return false;
}

// Messages with a day distance that is only ever in the past or only in the future (a distance in
// any other message is rendered with -2 to 2).
const std::map<std::string, std::vector<int>> kDistanceValues{
    {"status.days-past", {-1, -2, -3}},     {"reminder.step-overdue", {-1, -2, -3}},
    {"reminder.step-due", {0, 1, 2}},        {"reminder.period-ending", {0, 1, 2}},
};

/// The rows of the table for one entry: every plural and count argument set to 0, 1 and 2 (a day
/// distance as kDistanceValues says), a list to as many items as the number (three for 0), and any
/// other argument to <name>.
std::string table_rows(const CatalogEntry& e) {
    std::vector<test::TemplatePlaceholder> all = test::template_placeholders(e.en);
    for (const auto& p : test::template_placeholders(e.nl)) all.push_back(p);
    bool distance = false;
    std::set<std::string> numbers, lists, others;
    for (const auto& p : all) {
        if (p.type == "list") lists.insert(p.name);
        else if (p.type == "plural" || p.type == "distance" || kCountNames.count(p.name)) numbers.insert(p.name);
        else others.insert(p.name);
        distance = distance || p.type == "distance";
    }
    std::vector<int> values = distance ? std::vector<int>{-2, -1, 0, 1, 2} : std::vector<int>{0, 1, 2};
    if (auto fixed = kDistanceValues.find(std::string(e.key)); fixed != kDistanceValues.end()) values = fixed->second;
    std::string out;
    for (int v : values) {
        std::vector<MessageArg> args;
        for (const std::string& n : numbers) args.push_back({n, std::to_string(v)});
        std::vector<std::string> items{"A", "B", "C"};
        if (v >= 1 && v <= 3) items.resize(static_cast<std::size_t>(v));
        for (const std::string& l : lists) args.push_back({l, list_arg(items)});
        for (const std::string& o : others)
            if (!numbers.count(o) && !lists.count(o)) args.push_back({o, "<" + o + ">"});
        for (Lang lang : {Lang::En, Lang::Nl})
            out += std::string(e.key) + " " + std::to_string(v) + " " + (lang == Lang::Nl ? "nl" : "en") + ": " +
                   render_message(e.key, lang, args) + "\n";
    }
    return out;
}

}  // namespace

TEST_CASE("a plural selector picks =N first, then one for exactly 1, then other; # is the number") {
    CHECK(errors_line(Lang::Nl, "0") == "a.pop.yaml: geweigerd, er is niets geschreven: deze wijziging zou geen fouten opleveren:");
    CHECK(errors_line(Lang::Nl, "1") == "a.pop.yaml: geweigerd, er is niets geschreven: deze wijziging zou 1 fout opleveren:");
    CHECK(errors_line(Lang::Nl, "2") == "a.pop.yaml: geweigerd, er is niets geschreven: deze wijziging zou 2 fouten opleveren:");
    CHECK(errors_line(Lang::En, "1") == "a.pop.yaml: refused, nothing was written: this edit would add 1 error:");
    CHECK(errors_line(Lang::En, "21") == "a.pop.yaml: refused, nothing was written: this edit would add 21 errors:");
    // Not a number: `other`, with the text as it is for #.
    CHECK(errors_line(Lang::En, "x") == "a.pop.yaml: refused, nothing was written: this edit would add x errors:");
}

TEST_CASE("placeholders inside a branch are filled in, lists inside a branch too") {
    std::vector<MessageArg> args{{"path", "new.pop.yaml"}, {"start", "2027-08-01"}, {"end", "2028-07-31"},
                                 {"old", "old.pop.yaml"}, {"n", "2"}};
    std::vector<std::string> goals{"lezen", "rekenen"};
    args.push_back({"goals", list_arg(goals)});
    CHECK(render_message("edit.renew.done", Lang::Nl, args) ==
          "new.pop.yaml: nieuw POP voor 2027-08-01 tot en met 2028-07-31; 2 doelen overgenomen uit old.pop.yaml: lezen en rekenen");
    args[4].value = "0";
    CHECK(render_message("edit.renew.done", Lang::Nl, args) ==
          "new.pop.yaml: nieuw POP voor 2027-08-01 tot en met 2028-07-31; in old.pop.yaml liepen geen doelen meer");
    std::vector<MessageArg> missing{{"options", list_arg(std::vector<std::string>{"--id", "--name"})}, {"count", "2"}};
    CHECK(render_message("edit.missing-options", Lang::Nl, missing) ==
          "--id en --name ontbreken (pop vraagt alleen op een terminal; geef ze op de opdrachtregel)");
    missing = {{"options", "--id"}, {"count", "1"}};
    CHECK(render_message("edit.missing-options", Lang::En, missing) ==
          "--id is missing (pop asks only on a terminal; give it on the command line)");
}

TEST_CASE("a day distance reads as words: today, tomorrow, yesterday, in N days, N days ago") {
    CHECK(day_distance(0, Lang::Nl) == "vandaag");
    CHECK(day_distance(1, Lang::Nl) == "morgen");
    CHECK(day_distance(-1, Lang::Nl) == "gisteren");
    CHECK(day_distance(2, Lang::Nl) == "over 2 dagen");
    CHECK(day_distance(-30, Lang::Nl) == "30 dagen geleden");
    CHECK(day_distance(0, Lang::En) == "today");
    CHECK(day_distance(1, Lang::En) == "tomorrow");
    CHECK(day_distance(-1, Lang::En) == "yesterday");
    CHECK(day_distance(14, Lang::En) == "in 14 days");
    CHECK(day_distance(-2, Lang::En) == "2 days ago");
    std::vector<MessageArg> args{{"goal", "lezen"}, {"date", "2026-12-03"}, {"days", "0"}, {"what", "boek"}};
    CHECK(render_message("reminder.step-due", Lang::Nl, args) == "stap van `lezen` moet af zijn op 2026-12-03 (vandaag): boek");
    args[2].value = "-3";
    CHECK(render_message("reminder.step-overdue", Lang::En, args) == "step of `lezen` was due on 2026-12-03 (3 days ago): boek");
}

TEST_CASE("words are joined with and/en or or/of, without a comma before the last") {
    using V = std::vector<std::string>;
    CHECK(join_words(V{}, Lang::Nl, Conjunction::And).empty());
    CHECK(join_words(V{"Anna"}, Lang::Nl, Conjunction::And) == "Anna");
    CHECK(join_words(V{"Anna", "Bram"}, Lang::Nl, Conjunction::And) == "Anna en Bram");
    CHECK(join_words(V{"Anna", "Bram", "Cor"}, Lang::Nl, Conjunction::And) == "Anna, Bram en Cor");
    CHECK(join_words(V{"Anna", "Bram", "Cor"}, Lang::En, Conjunction::And) == "Anna, Bram and Cor");
    CHECK(join_words(V{"text", "json"}, Lang::Nl, Conjunction::Or) == "text of json");
    // A list argument keeps its items apart until the language is known; user text stays printable.
    std::vector<MessageArg> args{{"path", "p.pop.yaml"}, {"names", list_arg(V{"Anna", "Bram\x1b"})}, {"date", "2026-01-05"}};
    CHECK(render_message("edit.signed", Lang::Nl, args) == "p.pop.yaml: ondertekend door Anna en Bram? op 2026-01-05");
    CHECK(render_message("edit.signed", Lang::En, args, ArgText::Verbatim) == "p.pop.yaml: signed by Anna and Bram\x1b on 2026-01-05");
}

TEST_CASE("selectors nest, # is the number of the innermost one, and exact matches may be negative") {
    std::vector<MessageArg> args{{"n", "2"}, {"m", "1"}, {"who", "Anna"}};
    CHECK(render_template("{n, plural, one {# doel} other {# doelen, {m, plural, one {# van {who}} other {# van ons}}}}",
                          Lang::Nl, args) == "2 doelen, 1 van Anna");
    CHECK(render_template("{n, plural, =-2 {eergisteren} other {#}}", Lang::Nl, std::vector<MessageArg>{{"n", "-2"}}) ==
          "eergisteren");
    CHECK(render_template("{{n}} {n}", Lang::Nl, args) == "{n} 2");
}

TEST_CASE("a malformed selector is written as it stands and never crashes") {
    for (std::string_view bad : {"{n, plural, one {# x}", "{n, plural, one {# x}}", "{n, plural, few {a} other {b}}",
                                 "{n, plural, =x {a} other {b}}", "{n, plural, other {a} b}", "{n, plural,", "{n,", "{",
                                 "}", "{n, list, maybe}", "{n, distance}", "{n, plural other {#}}", "{n, , }",
                                 "{missing, plural, other {#}}"}) {
        CAPTURE(bad);
        std::vector<MessageArg> args{{"n", "abc"}};
        CHECK(render_template(bad, Lang::En, args) == std::string(bad));
    }
    // Deep nesting stops at a limit instead of recursing without end.
    std::string deep;
    for (int i = 0; i < 50; ++i) deep += "{n, plural, other {";
    deep += "#";
    for (int i = 0; i < 50; ++i) deep += "}}";
    std::vector<MessageArg> args{{"n", "1"}};
    CHECK_NOTHROW(render_template(deep, Lang::En, args));
    CHECK(day_distance(-9223372036854775807LL - 1, Lang::En) == "9223372036854775808 days ago");
}

TEST_CASE("every message with a count has a plural selector, and the table of 0, 1 and 2 is as checked in") {
    std::string table;
    for (const CatalogEntry& e : catalog()) {
        CAPTURE(e.key);
        bool selector = false;
        for (std::string_view text : {e.en, e.nl}) {
            for (const test::TemplatePlaceholder& p : test::template_placeholders(text)) {
                if (p.type == "plural" || p.type == "distance") selector = true;
                bool bare_count = p.type.empty() && kCountNames.count(p.name) && !p.in_parentheses;
                if (bare_count && !allowed_plain(std::string(e.key), p.name)) {
                    CAPTURE(p.name);
                    FAIL_CHECK("a count without a plural selector: write {" << p.name << ", plural, one {# ...} other {# ...}}");
                }
            }
        }
        if (selector) table += table_rows(e);
    }
    const std::string path = "tests/unit/i18n/plural-table.txt";
    const char* regenerate = std::getenv("POP_REGENERATE");
    if (regenerate && std::string_view(regenerate) != "0" && std::string_view(regenerate) != "") {
        std::ofstream(std::string(POP_SOURCE_DIR) + "/" + path, std::ios::binary) << table;
        MESSAGE("rewrote " << path);
    }
    std::string expected = test::read_source_file(path);
    CHECK_MESSAGE(table == expected, "the plural table differs from " << path
                                         << "; POP_REGENERATE=1 build/pop_unit_tests rewrites it (read its diff)");
}
