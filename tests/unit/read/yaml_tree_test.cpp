// Unit tests for the strict YAML reader (src/core/read/yaml_tree.cpp).

#include <doctest/doctest.h>

#include <ctime>
#include <cstdlib>
#include <string>
#include <string_view>

#include "pop/i18n/messages.h"
#include "pop/read/yaml_tree.h"
#include "test_support.h"

using namespace pop;
using pop::test::arg;

namespace {

/// Checks a mark against 1-based line and column and a byte offset.
void check_mark(const Mark& m, std::uint32_t line, std::uint32_t column, std::uint64_t offset) {
    CHECK(m.line == line);
    CHECK(m.column == column);
    CHECK(m.offset == offset);
}

/// Checks that a read produced exactly one finding, with this rule, message and position.
const Finding& only_finding(const ReadResult& r, std::string_view rule, std::string_view message,
                            std::uint32_t line, std::uint32_t column, std::uint64_t offset) {
    REQUIRE(r.findings.size() == 1);
    const Finding& f = r.findings.front();
    CHECK(f.rule.text() == rule);
    CHECK(f.message == message);
    check_mark(f.at, line, column, offset);
    return f;
}

/// The bytes a node's span covers.
std::string_view text_of(std::string_view src, const YamlNode& n) {
    return src.substr(n.span.start.offset, n.span.end.offset - n.span.start.offset);
}

/// Looks up a path of mapping keys from the root; fails the test when absent.
const YamlNode& at_path(const YamlDocument& doc, std::initializer_list<std::string_view> keys) {
    const YamlNode* n = &doc.root();
    for (auto k : keys) {
        n = find_key(doc, *n, k);
        REQUIRE_MESSAGE(n != nullptr, "missing key ", std::string(k));
    }
    return *n;
}

/// CPU seconds this process used since t0 (std::clock): a bound on work, not on wall time, so a
/// busy machine does not fail the test.
double cpu_seconds_since(std::clock_t t0) {
    return static_cast<double>(std::clock() - t0) / CLOCKS_PER_SEC;
}

/// A CPU bound in seconds for this build: ten times more under ASan (POP_SANITIZED=1, set by CMake).
double cpu_bound(double seconds) {
    const char* sanitized = std::getenv("POP_SANITIZED");
    return sanitized != nullptr && std::string_view(sanitized) == "1" ? 10 * seconds : seconds;
}

ScalarType type_of(std::string value, ScalarStyle style = ScalarStyle::Plain) {
    YamlNode n;
    n.value = std::move(value);
    n.style = style;
    return resolve_scalar(n);
}

// A realistic POP with Dutch text: é, ë, ö (2 bytes) and € (3 bytes).
constexpr std::string_view kPop =
    "format_version: 1\n"
    "person:\n"
    "  name: \"Anneke de Vrée\"\n"
    "  role: docent Frans\n"
    "period: {start: 2025-08-01, end: 2026-07-31}\n"
    "goals:\n"
    "  - id: g1\n"
    "    title: Differentiëren in de les\n"
    "    description: |\n"
    "      Ik wil beter differentiëren.\n"
    "      Kosten: € 450,- per jaar.\n"
    "    hours: 12.5\n"
    "    steps:\n"
    "      - {what: Cursus volgen, due: 2025-11-01, done: false}\n"
    "      - what: Intervisie met collega's\n"
    "        due: 2026-02-01\n"
    "  - id: g2\n"
    "    title: 'Coöperatief leren'\n"
    "    summary: >\n"
    "      Samen leren\n"
    "      werkt beter.\n"
    "    school_goals: [sg1, sg2]\n";

}  // namespace

TEST_CASE("a realistic POP with Dutch text: structure, values and exact spans") {
    const ReadResult r = read_yaml(kPop);
    REQUIRE_FALSE(r.fatal);
    CHECK(r.findings.empty());
    const YamlDocument& doc = r.doc;
    REQUIRE_FALSE(doc.empty());
    CHECK(doc.nodes.size() == 51);

    const YamlNode& root = doc.root();
    CHECK(root.kind == NodeKind::Mapping);
    CHECK_FALSE(root.flow);
    CHECK(root.children.size() == 8);
    check_mark(root.span.start, 1, 1, 0);
    check_mark(root.span.end, 23, 1, kPop.size());

    const YamlNode& fv = at_path(doc, {"format_version"});
    CHECK(fv.value == "1");
    CHECK(resolve_scalar(fv) == ScalarType::Int);

    // "Anneke de Vrée": é makes the byte span one longer than the character span.
    const YamlNode& name = at_path(doc, {"person", "name"});
    CHECK(name.value == "Anneke de Vrée");
    CHECK(name.style == ScalarStyle::DoubleQuoted);
    check_mark(name.span.start, 3, 9, 34);
    check_mark(name.span.end, 3, 25, 51);
    CHECK(text_of(kPop, name) == "\"Anneke de Vrée\"");

    // The next line starts after the é: its offset is one more than its character index.
    const YamlNode& role = at_path(doc, {"person", "role"});
    check_mark(role.span.start, 4, 9, 60);
    CHECK(text_of(kPop, role) == "docent Frans");

    const YamlNode& period = at_path(doc, {"period"});
    CHECK(period.kind == NodeKind::Mapping);
    CHECK(period.flow);
    check_mark(period.span.start, 5, 9, 81);
    check_mark(period.span.end, 5, 45, 117);
    CHECK(text_of(kPop, period) == "{start: 2025-08-01, end: 2026-07-31}");
    CHECK(at_path(doc, {"period", "start"}).value == "2025-08-01");
    CHECK(resolve_scalar(at_path(doc, {"period", "start"})) == ScalarType::String);

    const YamlNode& goals = at_path(doc, {"goals"});
    CHECK(goals.kind == NodeKind::Sequence);
    CHECK_FALSE(goals.flow);
    REQUIRE(goals.children.size() == 2);
    check_mark(goals.span.start, 7, 3, 127);

    const YamlNode& g1 = doc.node(goals.children[0]);
    CHECK(find_key(doc, g1, "id")->value == "g1");
    const YamlNode& title = *find_key(doc, g1, "title");
    CHECK(title.value == "Differentiëren in de les");
    check_mark(title.span.start, 8, 12, 147);
    check_mark(title.span.end, 8, 36, 172);  // 24 characters, 25 bytes
    CHECK(text_of(kPop, title) == "Differentiëren in de les");

    const YamlNode& desc = *find_key(doc, g1, "description");
    CHECK(desc.style == ScalarStyle::Literal);
    CHECK(desc.value == "Ik wil beter differentiëren.\nKosten: € 450,- per jaar.\n");
    check_mark(desc.span.start, 9, 18, 190);

    // After ë, ë and € the offset is four bytes ahead of the character count.
    const YamlNode& hours = *find_key(doc, g1, "hours");
    CHECK(hours.value == "12.5");
    CHECK(resolve_scalar(hours) == ScalarType::Float);
    check_mark(hours.span.start, 12, 12, 273);
    CHECK(text_of(kPop, hours) == "12.5");

    const YamlNode& steps = *find_key(doc, g1, "steps");
    REQUIRE(steps.children.size() == 2);
    const YamlNode& step0 = doc.node(steps.children[0]);
    CHECK(step0.flow);
    check_mark(step0.span.start, 14, 9, 297);
    CHECK(text_of(kPop, step0) == "{what: Cursus volgen, due: 2025-11-01, done: false}");
    CHECK(resolve_scalar(*find_key(doc, step0, "done")) == ScalarType::Bool);
    const YamlNode& step1 = doc.node(steps.children[1]);
    CHECK_FALSE(step1.flow);
    CHECK(find_key(doc, step1, "what")->value == "Intervisie met collega's");

    const YamlNode& g2 = doc.node(goals.children[1]);
    const YamlNode& t2 = *find_key(doc, g2, "title");
    CHECK(t2.style == ScalarStyle::SingleQuoted);
    CHECK(t2.value == "Coöperatief leren");
    check_mark(t2.span.start, 18, 12, 434);
    CHECK(text_of(kPop, t2) == "'Coöperatief leren'");
    const YamlNode& summary = *find_key(doc, g2, "summary");
    CHECK(summary.style == ScalarStyle::Folded);
    CHECK(summary.value == "Samen leren werkt beter.\n");
    const YamlNode& sg = *find_key(doc, g2, "school_goals");
    CHECK(sg.kind == NodeKind::Sequence);
    CHECK(sg.flow);
    check_mark(sg.span.start, 22, 19, 525);
    check_mark(sg.span.end, 22, 29, 535);
    REQUIRE(sg.children.size() == 2);
    check_mark(doc.node(sg.children[1]).span.start, 22, 25, 531);
    CHECK(doc.node(sg.children[1]).value == "sg2");

    CHECK(find_key(doc, g2, "missing") == nullptr);
    CHECK(find_key(doc, sg, "sg1") == nullptr);  // not a mapping
}

TEST_CASE("mapping children alternate key and value") {
    const ReadResult r = read_yaml("a: 1\nb: [x, y]\n");
    REQUIRE_FALSE(r.fatal);
    const auto& root = r.doc.root();
    REQUIRE(root.children.size() == 4);
    CHECK(r.doc.node(root.children[0]).value == "a");
    CHECK(r.doc.node(root.children[1]).value == "1");
    CHECK(r.doc.node(root.children[2]).value == "b");
    CHECK(r.doc.node(root.children[3]).kind == NodeKind::Sequence);
    CHECK(root.children[0] == 1);  // node 0 is the root; nodes follow in file order
}

TEST_CASE("flow and block styles") {
    const std::string src = "block:\n  - a\n  - b\nflow: [a, {k: v}, [1, 2]]\nmap:\n  k: v\n";
    const ReadResult r = read_yaml(src);
    REQUIRE_FALSE(r.fatal);
    const auto& block = at_path(r.doc, {"block"});
    CHECK(block.kind == NodeKind::Sequence);
    CHECK_FALSE(block.flow);
    CHECK(block.children.size() == 2);
    const auto& flow = at_path(r.doc, {"flow"});
    CHECK(flow.kind == NodeKind::Sequence);
    CHECK(flow.flow);
    REQUIRE(flow.children.size() == 3);
    CHECK(r.doc.node(flow.children[1]).kind == NodeKind::Mapping);
    CHECK(r.doc.node(flow.children[1]).flow);
    CHECK(r.doc.node(flow.children[2]).kind == NodeKind::Sequence);
    CHECK(r.doc.node(flow.children[2]).flow);
    check_mark(r.doc.node(flow.children[2]).span.start, 4, 19, 37);
    check_mark(r.doc.node(flow.children[2]).span.end, 4, 25, 43);
    const auto& map = at_path(r.doc, {"map"});
    CHECK(map.kind == NodeKind::Mapping);
    CHECK_FALSE(map.flow);
}

TEST_CASE("literal and folded block scalars") {
    const std::string src =
        "lit: |\n"
        "  regel 1\n"
        "    ingesprongen\n"
        "  regel 3\n"
        "\n"
        "strip: |-\n"
        "  a\n"
        "  b\n"
        "keep: |+\n"
        "  a\n"
        "\n"
        "fold: >\n"
        "  een\n"
        "  twee\n"
        "\n"
        "  drie\n"
        "fold_strip: >-\n"
        "  x\n"
        "  y\n";
    const ReadResult r = read_yaml(src);
    REQUIRE_FALSE(r.fatal);
    CHECK(at_path(r.doc, {"lit"}).value == "regel 1\n  ingesprongen\nregel 3\n");
    CHECK(at_path(r.doc, {"lit"}).style == ScalarStyle::Literal);
    check_mark(at_path(r.doc, {"lit"}).span.start, 1, 6, 5);
    CHECK(at_path(r.doc, {"strip"}).value == "a\nb");
    CHECK(at_path(r.doc, {"keep"}).value == "a\n\n");
    CHECK(at_path(r.doc, {"fold"}).value == "een twee\ndrie\n");
    CHECK(at_path(r.doc, {"fold"}).style == ScalarStyle::Folded);
    CHECK(at_path(r.doc, {"fold_strip"}).value == "x y");
    CHECK(resolve_scalar(at_path(r.doc, {"strip"})) == ScalarType::String);
}

TEST_CASE("CRLF line ends") {
    const std::string src = "a: 1\r\nb:\r\n  - x\r\n  - \"y\r\n  z\"\r\nc: |\r\n  l1\r\n  l2\r\nd: é\r\n";
    const ReadResult r = read_yaml(src);
    REQUIRE_FALSE(r.fatal);
    CHECK(r.findings.empty());
    const auto& b = at_path(r.doc, {"b"});
    REQUIRE(b.children.size() == 2);
    const auto& x = r.doc.node(b.children[0]);
    check_mark(x.span.start, 3, 5, 14);
    const auto& y = r.doc.node(b.children[1]);
    CHECK(y.value == "y z");
    check_mark(y.span.start, 4, 5, 21);
    check_mark(y.span.end, 5, 5, 29);
    CHECK(text_of(src, y) == "\"y\r\n  z\"");
    const auto& c = at_path(r.doc, {"c"});
    CHECK(c.value == "l1\nl2\n");
    check_mark(c.span.start, 6, 4, 34);
    const auto& d = at_path(r.doc, {"d"});
    check_mark(d.span.start, 9, 4, 52);
    check_mark(d.span.end, 9, 5, 54);
    CHECK(text_of(src, d) == "é");
}

TEST_CASE("a UTF-8 BOM at the start is skipped but counted in byte offsets") {
    const std::string src = "\xEF\xBB\xBF" "a: 1\nb: é\n";
    const ReadResult r = read_yaml(src);
    REQUIRE_FALSE(r.fatal);
    CHECK(r.findings.empty());
    check_mark(r.doc.root().span.start, 1, 1, 3);
    const auto& a = r.doc.node(r.doc.root().children[0]);
    CHECK(a.value == "a");
    check_mark(a.span.start, 1, 1, 3);
    const auto& b = at_path(r.doc, {"b"});
    check_mark(b.span.start, 2, 4, 11);
    check_mark(b.span.end, 2, 5, 13);
    CHECK(text_of(src, b) == "é");
}

TEST_CASE("empty streams give an empty document without findings") {
    for (std::string_view src : {std::string_view(""), std::string_view("# alleen commentaar\n# nog een\n"),
                                 std::string_view("\n\n   \n"), std::string_view("\xEF\xBB\xBF")}) {
        CAPTURE(src);
        const ReadResult r = read_yaml(src);
        CHECK_FALSE(r.fatal);
        CHECK(r.findings.empty());
        CHECK(r.doc.empty());
    }
}

TEST_CASE("explicit document markers around one document are fine") {
    const ReadResult r = read_yaml("---\na: 1\n...\n");
    REQUIRE_FALSE(r.fatal);
    CHECK(r.findings.empty());
    CHECK(at_path(r.doc, {"a"}).value == "1");
    check_mark(r.doc.root().span.start, 2, 1, 4);

    const ReadResult bare = read_yaml("---\n");
    REQUIRE_FALSE(bare.fatal);
    REQUIRE(bare.doc.nodes.size() == 1);
    CHECK(bare.doc.root().kind == NodeKind::Scalar);
    CHECK(resolve_scalar(bare.doc.root()) == ScalarType::Null);
}

// --- findings --------------------------------------------------------------------------------

TEST_CASE("input.size: too many bytes") {
    const std::string big(2u << 20, 'a');  // 2 MiB against the default 1 MiB
    const ReadResult r = read_yaml(big);
    CHECK(r.fatal);
    const auto& f = only_finding(r, "input.size", "input.size", 1, 1, 0);
    CHECK(arg(f, "limit") == "1048576");
    CHECK(r.doc.empty());

    ReadLimits small;
    small.max_bytes = 10;
    CHECK_FALSE(read_yaml("a: 123456\n", small).fatal);  // exactly 10 bytes
    const ReadResult r2 = read_yaml("a: 1234567\n", small);
    CHECK(r2.fatal);
    CHECK(arg(only_finding(r2, "input.size", "input.size", 1, 1, 0), "limit") == "10");
}

TEST_CASE("input.size: too many nodes") {
    std::string src;
    for (int i = 0; i < 200000; ++i) src += "- 1\n";
    ReadLimits limits;
    limits.max_bytes = 4u << 20;
    const std::clock_t t0 = std::clock();
    const ReadResult r = read_yaml(src, limits);
    CHECK(cpu_seconds_since(t0) < cpu_bound(5.0));
    CHECK(r.fatal);
    // Node 0 is the sequence, item k is node k; item 100000 is the 100001st node.
    const auto& f = only_finding(r, "input.size", "input.size.nodes", 100000, 3, 399998);
    CHECK(arg(f, "limit") == "100000");
    CHECK(r.doc.nodes.size() == 100000);

    limits.max_nodes = 3;
    CHECK_FALSE(read_yaml("[1, 2]", limits).fatal);
    const ReadResult r2 = read_yaml("[1, 2, 3]", limits);
    CHECK(r2.fatal);
    CHECK(arg(only_finding(r2, "input.size", "input.size.nodes", 1, 8, 7), "limit") == "3");
}

TEST_CASE("input.encoding: invalid UTF-8 at its exact position") {
    struct Case {
        std::string src;
        std::uint32_t line, column;
        std::uint64_t offset;
    };
    const Case cases[] = {
        {"naam: Vrée\nx: \xC3\x28\n", 2, 4, 15},     // bad continuation byte
        {"a: é\xC0\xAF\n", 1, 5, 5},                 // overlong '/'
        {"a: \xE0\x80\xAF\n", 1, 4, 3},              // overlong, 3 bytes
        {"a: \xED\xA0\x80\n", 1, 4, 3},              // UTF-16 surrogate
        {"a: \xF4\x90\x80\x80\n", 1, 4, 3},          // above U+10FFFF
        {"a: \xF8\x88\x80\x80\x80\n", 1, 4, 3},      // 5-byte form
        {"a: b\n\x80\n", 2, 1, 5},                   // lone continuation byte
        {"a: \xE2\x82", 1, 4, 3},                    // truncated at the end
        {"a: €\nb: ë\xFF", 2, 5, 12},                // 0xFF never valid
    };
    for (const auto& c : cases) {
        CAPTURE(c.src);
        const ReadResult r = read_yaml(c.src);
        CHECK(r.fatal);
        only_finding(r, "input.encoding", "input.encoding.utf8", c.line, c.column, c.offset);
        CHECK(r.doc.empty());
    }
    // Valid 4-byte characters are fine and counted as one column.
    const std::string ok = "a: \xF0\x9F\x98\x80 b\nc: 1\n";
    const ReadResult r = read_yaml(ok);
    REQUIRE_FALSE(r.fatal);
    CHECK(at_path(r.doc, {"a"}).value == "\xF0\x9F\x98\x80 b");
    check_mark(at_path(r.doc, {"a"}).span.end, 1, 7, 9);
}

TEST_CASE("input.encoding: NUL, BOM in the middle, UTF-16 and control characters") {
    {
        const ReadResult r = read_yaml(std::string("a: b\nc: d\0e\n", 12));
        CHECK(r.fatal);
        only_finding(r, "input.encoding", "input.encoding.nul", 2, 5, 9);
    }
    {
        const ReadResult r = read_yaml("a: 1\nb: \xEF\xBB\xBF" "2\n");
        CHECK(r.fatal);
        only_finding(r, "input.encoding", "input.encoding.bom", 2, 4, 8);
    }
    {
        // A second BOM right after the first one: column 1, byte 3.
        const ReadResult r = read_yaml("\xEF\xBB\xBF\xEF\xBB\xBF" "a: 1\n");
        CHECK(r.fatal);
        only_finding(r, "input.encoding", "input.encoding.bom", 1, 1, 3);
    }
    {
        const ReadResult r = read_yaml(std::string("\xFF\xFE" "a\0:\0 \0" "1\0", 10));
        CHECK(r.fatal);
        CHECK(arg(only_finding(r, "input.encoding", "input.encoding.utf16", 1, 1, 0), "encoding") == "UTF-16LE");
    }
    {
        const ReadResult r = read_yaml(std::string("\xFE\xFF\0a", 4));
        CHECK(r.fatal);
        CHECK(arg(only_finding(r, "input.encoding", "input.encoding.utf16", 1, 1, 0), "encoding") == "UTF-16BE");
    }
    struct Case {
        std::string src;
        std::string code;
        std::uint32_t line, column;
        std::uint64_t offset;
    };
    const Case cases[] = {
        {"a: \x07\n", "U+0007", 1, 4, 3},
        {"a: ok\r\nb: x\x1B[0m\n", "U+001B", 2, 5, 11},
        {"a: \x7F\n", "U+007F", 1, 4, 3},
        {"a: é\xC2\x85z\n", "U+0085", 1, 5, 5},  // NEL: a C1 control
        {"a: \xEF\xBF\xBE\n", "U+FFFE", 1, 4, 3},
        {"a:\n  - \x0C\n", "U+000C", 2, 5, 7},
        // libyaml would treat LS and PS as line breaks (ending comments, folding quoted text).
        {"# c\xE2\x80\xA8" "d\nb: 1\n", "U+2028", 1, 4, 3},
        {"a: 'é\xE2\x80\xA9y'\n", "U+2029", 1, 6, 6},
    };
    for (const auto& c : cases) {
        CAPTURE(c.src);
        const ReadResult r = read_yaml(c.src);
        CHECK(r.fatal);
        CHECK(arg(only_finding(r, "input.encoding", "input.encoding.control", c.line, c.column, c.offset), "code") ==
              c.code);
    }
    // The first problem wins.
    const ReadResult r = read_yaml(std::string("a: \x01\nb: \0\n", 10));
    only_finding(r, "input.encoding", "input.encoding.control", 1, 4, 3);
    // Tabs, CR and LF are fine.
    CHECK_FALSE(read_yaml("a:\tb\r\nc: \"x\ty\"\n").fatal);
}

TEST_CASE("yaml.syntax carries libyaml's problem and context as catalog keys") {
    {
        const ReadResult r = read_yaml(",");
        CHECK(r.fatal);
        const auto& f = only_finding(r, "yaml.syntax", "yaml.syntax", 1, 1, 0);
        CHECK(arg(f, "problem") == "yaml.problem.no-value");
        CHECK(arg(f, "detail") == "did not find expected node content while parsing a block node");
    }
    {
        const ReadResult r = read_yaml("a: [1, 2\nb: 3\n");
        CHECK(r.fatal);
        const auto& f = only_finding(r, "yaml.syntax", "yaml.syntax.from-line", 2, 2, 10);
        CHECK(arg(f, "problem") == "yaml.problem.flow-sequence");
        CHECK(arg(f, "context") == "yaml.context.flow-sequence");
        CHECK(arg(f, "context_line") == "1");
    }
    {
        const ReadResult r = read_yaml("naam: é\n ouder: 2\n");
        CHECK(r.fatal);
        const auto& f = only_finding(r, "yaml.syntax", "yaml.syntax", 2, 7, 15);
        CHECK(arg(f, "problem") == "yaml.problem.colon-here");
        CHECK(arg(f, "context") == "<missing>");
    }
    {
        const ReadResult r = read_yaml("key: \"x\" y\n");
        CHECK(r.fatal);
        CHECK(r.recovered);  // read on with the line rewritten: nothing more to find
        CHECK(arg(only_finding(r, "yaml.syntax", "yaml.syntax.quote", 1, 10, 9), "rewrite") == "key: '\"x\" y'");
    }
}

TEST_CASE("yaml.unclosed-quote is reported where the quote started") {
    {
        const ReadResult r = read_yaml("a: \"abc\nb: 2\n");
        CHECK(r.fatal);
        CHECK(arg(only_finding(r, "yaml.unclosed-quote", "yaml.unclosed-quote", 1, 4, 3), "line_end") == "3");
    }
    {
        const ReadResult r = read_yaml("x: 1\nnaam: 'Vrée\nb: 2\nc: 3");
        CHECK(r.fatal);
        CHECK(arg(only_finding(r, "yaml.unclosed-quote", "yaml.unclosed-quote", 2, 7, 11), "line_end") == "4");
    }
    {
        // A document marker ends the quoted scalar too.
        const ReadResult r = read_yaml("a: 'abc\n---\nb: 2\n");
        CHECK(r.fatal);
        REQUIRE(r.findings.size() == 2);
        CHECK(r.findings[0].message == "yaml.unclosed-quote");
        check_mark(r.findings[0].at, 1, 4, 3);
        CHECK(arg(r.findings[0], "line_end") == "2");
        // Read on with the quote closed: the `---` starts a second document.
        CHECK(r.findings[1].message == "yaml.documents");
        check_mark(r.findings[1].at, 2, 1, 8);
    }
}

TEST_CASE("yaml.tab: tabs used for indentation") {
    {
        const ReadResult r = read_yaml("a:\n\tb: 1\n");
        CHECK(r.fatal);
        only_finding(r, "yaml.tab", "yaml.tab", 2, 1, 3);
    }
    {
        const ReadResult r = read_yaml("a:\n  b: 1\n\tc: 2\n");
        CHECK(r.fatal);
        only_finding(r, "yaml.tab", "yaml.tab", 3, 1, 10);
    }
}

TEST_CASE("yaml.duplicate-key in a small mapping") {
    const ReadResult r = read_yaml("a: 1\nb: 2\n\"a\": 3\nc:\n  x: 1\n  x: 2\n");
    CHECK_FALSE(r.fatal);
    REQUIRE(r.findings.size() == 2);
    CHECK(r.findings[0].rule.text() == "yaml.duplicate-key");
    CHECK(r.findings[0].message == "yaml.duplicate-key");
    check_mark(r.findings[0].at, 3, 1, 10);
    CHECK(arg(r.findings[0], "key") == "a");
    CHECK(arg(r.findings[0], "first_line") == "1");
    check_mark(r.findings[1].at, 6, 3, 29);
    CHECK(arg(r.findings[1], "key") == "x");
    CHECK(arg(r.findings[1], "first_line") == "5");
    // Both entries stay in the tree; find_key returns the first.
    CHECK(r.doc.root().children.size() == 8);
    CHECK(at_path(r.doc, {"a"}).value == "1");
}

TEST_CASE("yaml.duplicate-key in a large mapping, findings in file order") {
    std::string src;
    for (int i = 0; i < 30; ++i) src += "k" + std::to_string(i) + ": {x: !t 1}\n";  // 30 tag findings
    src += "k3: 1\n";   // line 31
    src += "k3: 2\n";   // line 32
    src += "k29: 3\n";  // line 33
    const ReadResult r = read_yaml(src);
    CHECK_FALSE(r.fatal);
    REQUIRE(r.findings.size() == 33);
    for (int i = 0; i < 30; ++i) CHECK(r.findings[i].rule.text() == "yaml.tag");
    CHECK(r.findings[30].at.line == 31);
    CHECK(arg(r.findings[30], "first_line") == "4");
    CHECK(r.findings[31].at.line == 32);
    CHECK(arg(r.findings[31], "first_line") == "4");
    CHECK(r.findings[32].at.line == 33);
    CHECK(arg(r.findings[32], "key") == "k29");
    CHECK(arg(r.findings[32], "first_line") == "30");
    for (std::size_t i = 1; i < r.findings.size(); ++i) CHECK(r.findings[i - 1].at.offset < r.findings[i].at.offset);
}

TEST_CASE("yaml.duplicate-key in a 100k-key flow mapping is fast") {
    std::string src = "{";
    for (int i = 0; i < 100000; ++i) src += "k" + std::to_string(i) + ": 1,";
    const std::size_t first_dup = src.size();
    src += "k7: 2,";
    const std::size_t second_dup = src.size();
    src += "k99999: 3}";
    REQUIRE(src.size() < (1u << 20));
    ReadLimits limits;
    limits.max_nodes = 300000;
    const std::clock_t t0 = std::clock();
    const ReadResult r = read_yaml(src, limits);
    CHECK(cpu_seconds_since(t0) < cpu_bound(5.0));
    CHECK_FALSE(r.fatal);
    CHECK(r.doc.root().children.size() == 200004);
    REQUIRE(r.findings.size() == 2);
    check_mark(r.findings[0].at, 1, static_cast<std::uint32_t>(first_dup + 1), first_dup);
    CHECK(arg(r.findings[0], "key") == "k7");
    CHECK(arg(r.findings[0], "first_line") == "1");
    check_mark(r.findings[1].at, 1, static_cast<std::uint32_t>(second_dup + 1), second_dup);
    CHECK(arg(r.findings[1], "key") == "k99999");
}

TEST_CASE("yaml.complex-key") {
    const ReadResult r = read_yaml("? [a]\n: 1\n{x: 1}: 2\nok: 3\n");
    CHECK_FALSE(r.fatal);
    REQUIRE(r.findings.size() == 2);
    CHECK(r.findings[0].rule.text() == "yaml.complex-key");
    CHECK(r.findings[0].message == "yaml.complex-key");
    check_mark(r.findings[0].at, 1, 3, 2);
    CHECK(r.findings[1].rule.text() == "yaml.complex-key");
    check_mark(r.findings[1].at, 3, 1, 10);
    CHECK(at_path(r.doc, {"ok"}).value == "3");
}

TEST_CASE("yaml.anchor: anchors and aliases are reported, aliases never expanded") {
    {
        const ReadResult r = read_yaml("a: &x [1, *x]\n");  // a cycle
        CHECK_FALSE(r.fatal);
        REQUIRE(r.findings.size() == 2);
        CHECK(r.findings[0].rule.text() == "yaml.anchor");
        CHECK(r.findings[0].message == "yaml.anchor");
        CHECK(arg(r.findings[0], "name") == "x");
        check_mark(r.findings[0].at, 1, 4, 3);
        CHECK(r.findings[1].rule.text() == "yaml.anchor");
        CHECK(r.findings[1].message == "yaml.anchor.alias");
        CHECK(arg(r.findings[1], "name") == "x");
        check_mark(r.findings[1].at, 1, 11, 10);
        REQUIRE(r.doc.nodes.size() == 5);
        const auto& seq = at_path(r.doc, {"a"});
        REQUIRE(seq.children.size() == 2);
        const auto& alias = r.doc.node(seq.children[1]);
        CHECK(alias.kind == NodeKind::Scalar);
        CHECK(alias.style == ScalarStyle::Plain);
        CHECK(alias.value.empty());
        check_mark(alias.span.start, 1, 11, 10);
        check_mark(alias.span.end, 1, 13, 12);
    }
    {
        // Billion laughs: 9 levels of 9 aliases would be 9^9 strings if expanded.
        std::string src = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
        for (char c = 'b'; c <= 'i'; ++c) {
            const char prev = static_cast<char>(c - 1);
            src += std::string(1, c) + ": &" + c + " [";
            for (int k = 0; k < 9; ++k) src += std::string(k ? "," : "") + "*" + prev;
            src += "]\n";
        }
        const std::clock_t t0 = std::clock();
        const ReadResult r = read_yaml(src);
        CHECK(cpu_seconds_since(t0) < cpu_bound(1.0));
        CHECK_FALSE(r.fatal);
        CHECK(r.doc.nodes.size() == 1 + 9 * 2 + 9 * 9);
        REQUIRE(r.findings.size() == 9 + 8 * 9);
        CHECK(r.findings[0].message == "yaml.anchor");
        check_mark(r.findings[0].at, 1, 4, 3);
        CHECK(r.findings[1].message == "yaml.anchor");
        CHECK(arg(r.findings[1], "name") == "b");
        check_mark(r.findings[1].at, 2, 4, 65);
        CHECK(r.findings[2].message == "yaml.anchor.alias");
        CHECK(arg(r.findings[2], "name") == "a");
        check_mark(r.findings[2].at, 2, 8, 69);
    }
    {
        // Aliases as keys are not compared as duplicates (they are reported already).
        const ReadResult r = read_yaml("x: &a k\ny: {*a : 1, *a : 2}\n");
        CHECK_FALSE(r.fatal);
        REQUIRE(r.findings.size() == 3);
        CHECK(r.findings[1].message == "yaml.anchor.alias");
        check_mark(r.findings[1].at, 2, 5, 12);
        CHECK(r.findings[2].message == "yaml.anchor.alias");
        check_mark(r.findings[2].at, 2, 13, 20);
    }
}

TEST_CASE("yaml.tag: explicit tags are reported as written, nodes kept") {
    const std::string src = "a: !!str 1\nb: !foo 2\nc: ! 3\nd: !<tag:x> 4\ne: &y !t\n  [1]\nf: !!map {k: v}\n";
    const ReadResult r = read_yaml(src);
    CHECK_FALSE(r.fatal);
    REQUIRE(r.findings.size() == 7);
    const struct {
        const char* rule;
        const char* arg;
        std::uint32_t line, column;
        std::uint64_t offset;
    } want[] = {
        {"yaml.tag", "!!str", 1, 4, 3},    {"yaml.tag", "!foo", 2, 4, 14},  {"yaml.tag", "!", 3, 4, 24},
        {"yaml.tag", "!<tag:x>", 4, 4, 31}, {"yaml.anchor", "y", 5, 4, 45},  {"yaml.tag", "!t", 5, 7, 48},
        {"yaml.tag", "!!map", 7, 4, 60},
    };
    for (std::size_t i = 0; i < 7; ++i) {
        CAPTURE(i);
        CHECK(r.findings[i].rule.text() == want[i].rule);
        CHECK(r.findings[i].message == want[i].rule);
        CHECK(arg(r.findings[i], r.findings[i].rule.text() == "yaml.tag" ? "tag" : "name") == want[i].arg);
        check_mark(r.findings[i].at, want[i].line, want[i].column, want[i].offset);
    }
    CHECK(at_path(r.doc, {"a"}).value == "1");
    CHECK(at_path(r.doc, {"e"}).kind == NodeKind::Sequence);
    CHECK(at_path(r.doc, {"f"}).kind == NodeKind::Mapping);

    // The tag as written, also with a %TAG handle or in verbatim form.
    const ReadResult r3 = read_yaml("%TAG !e! tag:example.com,2000:\n---\na: !e!foo 1\nb: !<!bar> 2\n");
    CHECK_FALSE(r3.fatal);
    REQUIRE(r3.findings.size() == 2);
    CHECK(arg(r3.findings[0], "tag") == "!e!foo");
    check_mark(r3.findings[0].at, 3, 4, 38);
    CHECK(arg(r3.findings[1], "tag") == "!<!bar>");
    check_mark(r3.findings[1].at, 4, 4, 50);

    // Tag before anchor, across a line break: both at their own position, in file order.
    const ReadResult r2 = read_yaml("a: !t\n  &x 1\n");
    REQUIRE(r2.findings.size() == 2);
    CHECK(r2.findings[0].rule.text() == "yaml.tag");
    check_mark(r2.findings[0].at, 1, 4, 3);
    CHECK(r2.findings[1].rule.text() == "yaml.anchor");
    check_mark(r2.findings[1].at, 2, 3, 8);
}

TEST_CASE("yaml.documents: a second document") {
    {
        const ReadResult r = read_yaml("a: 1\n---\nb: 2\n");
        CHECK(r.fatal);
        only_finding(r, "yaml.documents", "yaml.documents", 2, 1, 5);
    }
    {
        const ReadResult r = read_yaml("---\na: é\n...\n---\nb: 2\n");
        CHECK(r.fatal);
        only_finding(r, "yaml.documents", "yaml.documents", 4, 1, 14);
    }
}

TEST_CASE("yaml.depth: limits nesting, the root collection is depth 1") {
    ReadLimits limits;
    limits.max_depth = 3;
    CHECK_FALSE(read_yaml("a:\n  b:\n    c: 1\n", limits).fatal);
    CHECK_FALSE(read_yaml("[[[1]]]", limits).fatal);
    {
        const ReadResult r = read_yaml("a:\n  b:\n    c:\n      d: 1\n", limits);
        CHECK(r.fatal);
        CHECK(arg(only_finding(r, "yaml.depth", "yaml.depth", 4, 7, 21), "limit") == "3");
    }
    {
        const ReadResult r = read_yaml("[[[[1]]]]", limits);
        CHECK(r.fatal);
        CHECK(arg(only_finding(r, "yaml.depth", "yaml.depth", 1, 4, 3), "limit") == "3");
    }
}

TEST_CASE("yaml.depth: 100,000 levels of flow nesting stop at once") {
    const std::string src(100000, '[');
    const std::clock_t t0 = std::clock();
    const ReadResult r = read_yaml(src);
    CHECK(cpu_seconds_since(t0) < cpu_bound(1.0));
    CHECK(r.fatal);
    CHECK(arg(only_finding(r, "yaml.depth", "yaml.depth", 1, 21, 20), "limit") == "20");
    CHECK(r.doc.nodes.size() == 20);
}

TEST_CASE("yaml.depth: 100,000 levels of block nesting stop at once") {
    std::string src;
    for (int i = 0; i < 100000; ++i) src += "- ";
    src += "1\n";
    const std::clock_t t0 = std::clock();
    const ReadResult r = read_yaml(src);
    CHECK(cpu_seconds_since(t0) < cpu_bound(1.0));
    CHECK(r.fatal);
    CHECK(arg(only_finding(r, "yaml.depth", "yaml.depth", 1, 41, 40), "limit") == "20");
}

TEST_CASE("resolve_scalar follows the YAML 1.2 core schema") {
    const struct {
        const char* text;
        ScalarType type;
    } table[] = {
        {"", ScalarType::Null},         {"~", ScalarType::Null},          {"null", ScalarType::Null},
        {"Null", ScalarType::Null},     {"NULL", ScalarType::Null},       {"nULL", ScalarType::String},
        {"true", ScalarType::Bool},     {"True", ScalarType::Bool},       {"TRUE", ScalarType::Bool},
        {"false", ScalarType::Bool},    {"False", ScalarType::Bool},      {"FALSE", ScalarType::Bool},
        {"yes", ScalarType::String},    {"no", ScalarType::String},       {"on", ScalarType::String},
        {"off", ScalarType::String},    {"y", ScalarType::String},        {"tRUE", ScalarType::String},
        {"0", ScalarType::Int},         {"12", ScalarType::Int},          {"-12", ScalarType::Int},
        {"+12", ScalarType::Int},       {"010", ScalarType::Int},         {"0o17", ScalarType::Int},
        {"0o18", ScalarType::String},   {"0o", ScalarType::String},       {"0x1F", ScalarType::Int},
        {"0xfa", ScalarType::Int},      {"0x", ScalarType::String},       {"0xg", ScalarType::String},
        {"-0x1", ScalarType::String},   {"1_000", ScalarType::String},    {"0b101", ScalarType::String},
        {"1.5", ScalarType::Float},     {"-1.5", ScalarType::Float},      {"1.", ScalarType::Float},
        {".5", ScalarType::Float},      {"+.5", ScalarType::Float},       {"1e5", ScalarType::Float},
        {"1.5E-3", ScalarType::Float},  {"1e+5", ScalarType::Float},      {"1e", ScalarType::String},
        {".", ScalarType::String},      {"-", ScalarType::String},        {"+", ScalarType::String},
        {"1.2.3", ScalarType::String},  {"1,5", ScalarType::String},      {".inf", ScalarType::Float},
        {"-.Inf", ScalarType::Float},   {"+.INF", ScalarType::Float},     {".iNF", ScalarType::String},
        {".nan", ScalarType::Float},    {".NaN", ScalarType::Float},      {".NAN", ScalarType::Float},
        {"-.nan", ScalarType::String},  {"2025-08-01", ScalarType::String}, {"12:30", ScalarType::String},
        {"1 000", ScalarType::String},  {"€ 450", ScalarType::String},    {"e5", ScalarType::String},
    };
    for (const auto& row : table) {
        CAPTURE(row.text);
        CHECK(type_of(row.text) == row.type);
    }
    // Quoted and block scalars are always strings.
    CHECK(type_of("12", ScalarStyle::DoubleQuoted) == ScalarType::String);
    CHECK(type_of("true", ScalarStyle::SingleQuoted) == ScalarType::String);
    CHECK(type_of("", ScalarStyle::DoubleQuoted) == ScalarType::String);
    CHECK(type_of("null", ScalarStyle::Literal) == ScalarType::String);
    CHECK(type_of("1.5", ScalarStyle::Folded) == ScalarType::String);

    // Through the reader: empty values are null, quoted numbers are strings.
    const ReadResult r = read_yaml("a:\nb: \"12\"\nc: 12\nd: ''\n");
    REQUIRE_FALSE(r.fatal);
    CHECK(resolve_scalar(at_path(r.doc, {"a"})) == ScalarType::Null);
    CHECK(resolve_scalar(at_path(r.doc, {"b"})) == ScalarType::String);
    CHECK(resolve_scalar(at_path(r.doc, {"c"})) == ScalarType::Int);
    CHECK(resolve_scalar(at_path(r.doc, {"d"})) == ScalarType::String);
    check_mark(at_path(r.doc, {"a"}).span.start, 1, 3, 2);
}

TEST_CASE("make_finding fills every field") {
    const Finding f = make_finding(rule::dates_order, Mark{3, 4, 17}, "dates.order.msg", {{"field", "end"}});
    CHECK(f.rule.text() == "dates.order");
    CHECK(f.message == "dates.order.msg");
    check_mark(f.at, 3, 4, 17);
    REQUIRE(f.args.size() == 1);
    CHECK(f.args[0].name == "field");
    CHECK(f.args[0].value == "end");
}

TEST_CASE("node_width: the characters of a node on one line, else 1") {
    ReadResult r = read_yaml("a: caf\xC3\xA9 au lait\nb: 'x y'\nc: een\n  twee\nd: |\n  blok\n");
    REQUIRE_FALSE(r.fatal);
    const YamlDocument& doc = r.doc;
    CHECK(node_width(*find_key(doc, doc.root(), "a")) == 12);
    CHECK(node_width(*find_key(doc, doc.root(), "b")) == 5);  // with its quotes
    CHECK(node_width(*find_key(doc, doc.root(), "c")) == 1);  // a plain scalar over two lines
    CHECK(node_width(*find_key(doc, doc.root(), "d")) == 1);
    CHECK(node_width(doc.node(doc.root().children[0])) == 1);  // the key `a`
}

TEST_CASE("yaml.comment-in-text: a # that cuts a text short, and comments that are left alone") {
    auto warnings = [](std::string_view text) {
        std::vector<std::string> out;
        for (const Finding& f : read_yaml(text).findings)
            if (f.rule == rule::yaml_comment_in_text)
                out.push_back(std::to_string(f.at.line) + ":" + std::to_string(f.at.column) + " " + f.message);
        return out;
    };
    CHECK(warnings("title: Workshop #3 rekenen\n") == std::vector<std::string>{"1:17 yaml.comment-in-text"});
    CHECK(warnings("a:\n  title: Één #havo\n") == std::vector<std::string>{"2:14 yaml.comment-in-text"});
    CHECK(warnings("agreements: #1 lesbezoek\n") == std::vector<std::string>{"1:13 yaml.comment-in-text.empty"});
    CHECK(warnings("hours: 20  # per jaar\n").empty());       // a comment with a space after the #
    CHECK(warnings("title: \"Workshop #3\"\n").empty());      // quoted
    CHECK(warnings("title: Workshop#3\n").empty());           // no space before the #: part of the text
    CHECK(warnings("title: Workshop ##\n").empty());          // not a letter or digit after the #
    CHECK(warnings("a: {title: Workshop #3}\n").empty());     // flow mappings are left alone
    CHECK(warnings("- Workshop #3\n").empty());               // list items are not checked
    Finding f = read_yaml("title: Workshop #3 rekenen\n").findings.at(0);
    CHECK(render_message(f.message + ".hint", Lang::En, f.args) ==
          "if the `#` belongs to the text, put the whole text in quotes: `title: \"Workshop #3 rekenen\"`");
}
