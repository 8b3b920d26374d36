// Unit tests for YAML syntax errors in the user's language (src/core/read/syntax_errors.cpp) and for
// reading on after a syntax error (read_yaml with ReadResult::recovered).

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "pop/i18n/messages.h"
#include "pop/read/syntax_errors.h"
#include "pop/read/yaml_tree.h"
#include "test_support.h"

using namespace pop;
using pop::test::arg;

namespace {

/// The first finding of a read; fails the test when there is none.
const Finding& first(const ReadResult& r) {
    REQUIRE_FALSE(r.findings.empty());
    return r.findings.front();
}

/// Message and hint of a finding in one language, joined by " | ".
std::string rendered(const Finding& f, Lang lang) { return finding_message(f, lang) + " | " + finding_hint(f, lang); }

}  // namespace

TEST_CASE("every libyaml 0.2.5 problem and context has a catalog key in both languages") {
    // The strings of libyaml's src/scanner.c, parser.c and reader.c (tag 0.2.5).
    const char* problems[] = {
        "found character that cannot start any token", "could not find expected ':'",
        "block sequence entries are not allowed in this context", "mapping keys are not allowed in this context",
        "mapping values are not allowed in this context", "found unknown directive name",
        "did not find expected comment or line break", "could not find expected directive name",
        "found unexpected non-alphabetical character", "did not find expected digit or '.' character",
        "found extremely long version number", "did not find expected version number",
        "did not find expected whitespace", "did not find expected whitespace or line break",
        "did not find expected alphabetic or numeric character", "did not find the expected '>'",
        "did not find expected '!'", "did not find expected tag URI", "did not find URI escaped octet",
        "found an incorrect leading UTF-8 octet", "found an incorrect trailing UTF-8 octet",
        "found an indentation indicator equal to 0", "found a tab character where an indentation space is expected",
        "found unexpected document indicator", "found unexpected end of stream", "found unknown escape character",
        "did not find expected hexdecimal number", "found invalid Unicode character escape code",
        "found unexpected ':'", "found a tab character that violates indentation",
        "did not find expected <stream-start>", "did not find expected <document start>", "found undefined tag handle",
        "did not find expected node content", "did not find expected '-' indicator", "did not find expected key",
        "did not find expected ',' or ']'", "did not find expected ',' or '}'", "found duplicate %YAML directive",
        "found incompatible YAML document", "found duplicate %TAG directive", "input error",
        "invalid leading UTF-8 octet", "incomplete UTF-8 octet sequence", "invalid trailing UTF-8 octet",
        "invalid length of a UTF-8 sequence", "invalid Unicode character", "incomplete UTF-16 character",
        "unexpected low surrogate area", "incomplete UTF-16 surrogate pair", "expected low surrogate area",
        "control characters are not allowed", "input is too long", "out of memory"};
    for (const char* p : problems) {
        CAPTURE(p);
        const std::string_view key = problem_key(p);
        CHECK(key != "yaml.problem.other");
        CHECK(message_template(key, Lang::En));
        CHECK(message_template(key, Lang::Nl));
    }
    CHECK(problem_key("something a newer libyaml says") == "yaml.problem.other");
    CHECK(message_template("yaml.problem.other", Lang::Nl));

    const char* contexts[] = {
        "while scanning a simple key", "while scanning a directive", "while scanning a %YAML directive",
        "while scanning a %TAG directive", "while parsing a %TAG directive", "while scanning a tag directive",
        "while parsing a tag directive", "while scanning an anchor", "while scanning an alias",
        "while scanning a tag", "while parsing a tag", "while parsing a node", "while scanning a block scalar",
        "while scanning a quoted scalar", "while parsing a quoted scalar", "while scanning a plain scalar",
        "while parsing a block node", "while parsing a flow node", "while parsing a block collection",
        "while parsing a block mapping", "while parsing a flow sequence", "while parsing a flow mapping"};
    for (const char* c : contexts) {
        CAPTURE(c);
        REQUIRE_FALSE(context_key(c).empty());
        CHECK(message_template(context_key(c), Lang::Nl));
    }
    CHECK(context_key("").empty());
    CHECK(context_key("while scanning for the next token").empty());
}

TEST_CASE("a generic syntax error has no English and no empty parentheses in Dutch") {
    const ReadResult r = read_yaml("a: [1, 2\nb: 3\n");
    CHECK(r.fatal);
    const Finding& f = first(r);
    CHECK(f.message == "yaml.syntax.from-line");
    CHECK(rendered(f, Lang::Nl) ==
          "geen geldige YAML: er ontbreekt een `,` of de sluitende `]` | controleer de inspringing en de leestekens "
          "vanaf regel 1, waar de lijst tussen `[ ]` begint");
    CHECK(rendered(f, Lang::En) ==
          "not valid YAML: a `,` or the closing `]` is missing | check the indentation and the punctuation from "
          "line 1 on, where the list in `[ ]` starts");
    // No context: the hint names this line and the one above, never "()".
    const ReadResult r2 = read_yaml("a: x\n b: y\n");
    CHECK(first(r2).message == "yaml.syntax");
    CHECK(rendered(first(r2), Lang::Nl) ==
          "geen geldige YAML: een `: ` (dubbele punt met een spatie) mag hier niet staan | controleer de inspringing "
          "en de leestekens op deze regel en de regel erboven");
    CHECK(arg(first(r2), "detail") == "mapping values are not allowed in this context");
}

TEST_CASE("a colon inside a text: the hint puts the text in quotes") {
    const ReadResult r = read_yaml("agreements: Afspraak: twee lesbezoeken voor de kerst\nb: 1\n");
    CHECK(r.fatal);
    const Finding& f = first(r);
    CHECK(f.rule.text() == "yaml.syntax");
    CHECK(f.message == "yaml.syntax.colon");
    CHECK(f.at.line == 1);
    CHECK(f.at.column == 21);
    CHECK(arg(f, "rewrite") == "agreements: \"Afspraak: twee lesbezoeken voor de kerst\"");
    CHECK(finding_hint(f, Lang::Nl) ==
          "zet de tekst tussen aanhalingstekens: `agreements: \"Afspraak: twee lesbezoeken voor de kerst\"`");

    SUBCASE("double quotes in the text: single quotes") {
        const ReadResult q = read_yaml("title: Les \"Kaart\": deel 1\n");
        CHECK(arg(first(q), "rewrite") == "title: 'Les \"Kaart\": deel 1'");
    }
    SUBCASE("both kinds of quotes and a backslash: escapes in double quotes") {
        const ReadResult q = read_yaml("title: Zo'n \"les\": a\\b\n");
        CHECK(arg(first(q), "rewrite") == "title: \"Zo'n \\\"les\\\": a\\\\b\"");
    }
    SUBCASE("a comment stays a comment; #lezen is text") {
        const ReadResult q = read_yaml("  - title: Les 2: kaart #lezen  # uitgesteld\n");
        CHECK(arg(first(q), "rewrite") == "- title: \"Les 2: kaart #lezen\"  # uitgesteld");
    }
    SUBCASE("a list item that is one text goes in quotes as a whole") {
        const ReadResult q = read_yaml("agreements:\n  - Afspraak: twee lesbezoeken: voor de kerst\n");
        CHECK(arg(first(q), "rewrite") == "- \"Afspraak: twee lesbezoeken: voor de kerst\"");
    }
    SUBCASE("a text that goes on below gets no one-line rewrite") {
        const ReadResult q = read_yaml("title: Afspraak: twee\n  lesbezoeken\nb: 1\n");
        CHECK(first(q).message == "yaml.syntax");
        CHECK_FALSE(q.recovered);
    }
}

TEST_CASE("quote_yaml_text") {
    CHECK(quote_yaml_text("a: b") == "\"a: b\"");
    CHECK(quote_yaml_text("a \"b\"") == "'a \"b\"'");
    CHECK(quote_yaml_text("C:\\pad") == "'C:\\pad'");
    CHECK(quote_yaml_text("zo'n \"x\"") == "'zo''n \"x\"'");
    CHECK(quote_yaml_text("zo'n \\x") == "\"zo'n \\\\x\"");
    // What the quoting gives reads back as the same text.
    for (std::string_view text : {"a: b", "a \"b\"", "C:\\pad", "zo'n \"x\"", "zo'n \\x \"y\"", "#1: @x"}) {
        CAPTURE(text);
        const ReadResult r = read_yaml("k: " + quote_yaml_text(text) + "\n");
        REQUIRE_FALSE(r.fatal);
        CHECK(r.doc.node(r.doc.root().children[1]).value == text);
    }
}

TEST_CASE("a tab in the indentation: the line with spaces") {
    {
        const ReadResult r = read_yaml("goals:\n  - id: a\n    realistic:\n\thours: 20\n");
        CHECK(r.fatal);
        const Finding& f = first(r);
        CHECK(f.rule.text() == "yaml.tab");
        CHECK(f.message == "yaml.tab");
        CHECK(arg(f, "rewrite") == "      hours: 20");
    }
    {
        const ReadResult r = read_yaml("a:\n  b: x\n  \tc: 2\n");
        CHECK(first(r).message == "yaml.tab");
        CHECK(arg(first(r), "rewrite") == "  c: 2");
        CHECK(r.recovered);
    }
}

TEST_CASE("a tab inside a block text gets no rewrite (it would change the text)") {
    const ReadResult r = read_yaml("foo: |-\n \tbar");
    CHECK(first(r).message == "yaml.tab.inside");
    CHECK_FALSE(r.recovered);
    CHECK(r.findings.size() == 1);
}

TEST_CASE("braces in a problem read as one brace") {
    const ReadResult r = read_yaml("a: {b: 1\n");
    CHECK(finding_message(first(r), Lang::En) == "not valid YAML: a `,` or the closing `}` is missing");
}

TEST_CASE("an unclosed quote: the closing quote at the end of its line") {
    const ReadResult r = read_yaml("a:\n  title: \"Exit tickets: havo 2\n  b: 2\n");
    CHECK(r.fatal);
    const Finding& f = first(r);
    CHECK(f.rule.text() == "yaml.unclosed-quote");
    CHECK(f.at.line == 2);
    CHECK(f.at.column == 10);
    CHECK(arg(f, "line_end") == "4");
    CHECK(arg(f, "rewrite") == "title: \"Exit tickets: havo 2\"");  // shown without its indentation
    CHECK(r.recovered);
    CHECK(r.findings.size() == 1);
}

TEST_CASE("a list item at the wrong indentation: the line lined up with its siblings") {
    {
        const ReadResult r = read_yaml("goals:\n  - id: a\n  - id: b\n   - id: c\n");
        const Finding& f = first(r);
        CHECK(f.message == "yaml.syntax.list-indent");
        CHECK(arg(f, "sibling_line") == "2");
        CHECK(arg(f, "rewrite") == "  - id: c");
        CHECK(r.recovered);
    }
    {
        const ReadResult r = read_yaml("goals:\n  - id: a\n    steps:\n      - x\n     - y\n");
        const Finding& f = first(r);
        CHECK(f.message == "yaml.syntax.list-indent");
        CHECK(arg(f, "sibling_line") == "4");
        CHECK(arg(f, "rewrite") == "      - y");
        CHECK(r.recovered);
    }
    {
        const ReadResult r = read_yaml("goals:\n  - id: a\n  -id: b\n");
        const Finding& f = first(r);
        CHECK(f.message == "yaml.syntax.list-dash");
        CHECK(arg(f, "rewrite") == "  - id: b");
    }
}

TEST_CASE("a text YAML reads as something else: the hint puts it in quotes") {
    const struct {
        const char* src;
        const char* rewrite;
    } cases[] = {
        {"title: @school\n", "title: \"@school\""},
        {"title: * opmerking\n", "title: \"* opmerking\""},
        {"title: - opmerking\n", "title: \"- opmerking\""},
        {"title: \"Exit tickets\" in havo 2\n", "title: '\"Exit tickets\" in havo 2'"},
        {"title: [havo] 2\n", "title: \"[havo] 2\""},
    };
    for (const auto& c : cases) {
        CAPTURE(c.src);
        const ReadResult r = read_yaml(c.src);
        CHECK(r.fatal);
        CHECK(first(r).message == "yaml.syntax.quote");
        CHECK(arg(first(r), "rewrite") == c.rewrite);
        CHECK(r.recovered);
    }
}

TEST_CASE("reading on after a syntax error finds the mistakes below it, at the file's positions") {
    const std::string src =
        "a: Afspraak: twee\n"     // line 1: syntax error, rewritten in memory
        "b: &x é\n"               // line 2: an anchor, found by the re-read
        "c: Les: één\n"           // line 3: a second colon error
        "d: 1\n"
        "d: 2\n";                 // line 5: a duplicate key
    const ReadResult r = read_yaml(src);
    CHECK(r.fatal);
    CHECK(r.recovered);
    REQUIRE(r.findings.size() == 4);
    CHECK(r.findings[0].message == "yaml.syntax.colon");
    CHECK(r.findings[1].message == "yaml.anchor");
    CHECK(r.findings[1].at.line == 2);
    CHECK(r.findings[1].at.column == 4);
    CHECK(r.findings[1].at.offset == 21);
    CHECK(r.findings[2].message == "yaml.syntax.colon");
    CHECK(r.findings[2].at.line == 3);
    CHECK(r.findings[2].at.column == 7);
    CHECK(r.findings[2].at.offset == src.find("Les:") + 3);
    CHECK(r.findings[3].message == "yaml.duplicate-key");
    CHECK(r.findings[3].at.offset == src.rfind("d: 2"));
    // The tree has the user's text, and its spans are the file's.
    const YamlNode& a = *find_key(r.doc, r.doc.root(), "a");
    CHECK(a.value == "Afspraak: twee");
    CHECK(a.span.start.offset == 3);
    CHECK(a.span.end.offset == 17);
    CHECK(a.span.end.column == 18);
    const YamlNode& d = *find_key(r.doc, r.doc.root(), "d");
    CHECK(d.span.start.offset == src.find("d: 1") + 3);
    CHECK(d.span.start.line == 4);
}

TEST_CASE("reading on is bounded and never makes things up") {
    std::string src;
    for (int i = 0; i < 10; ++i) src += "k" + std::to_string(i) + ": a: b\n";
    {
        const ReadResult r = read_yaml(src);  // three re-reads by default
        CHECK(r.fatal);
        CHECK_FALSE(r.recovered);
        CHECK(r.findings.size() == 4);
    }
    {
        ReadLimits limits;
        limits.max_repairs = 0;
        const ReadResult r = read_yaml(src, limits);
        CHECK(r.findings.size() == 1);
        CHECK_FALSE(r.recovered);
    }
    {
        ReadLimits limits;
        limits.max_repairs = 10;
        const ReadResult r = read_yaml(src, limits);
        CHECK(r.findings.size() == 10);
        CHECK(r.recovered);
    }
    // A syntax error with no rewrite: nothing more is read.
    const ReadResult r = read_yaml("a: [1, 2\nb: &x 3\n");
    CHECK(r.findings.size() == 1);
    CHECK_FALSE(r.recovered);
}
