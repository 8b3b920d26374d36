#include <doctest/doctest.h>

#include "pop/edit.h"

using namespace pop;

namespace {

// Applies one planned edit and returns the new text (failing the test on an error).
std::string edited(const std::string& yaml, bool append, const NodePath& path, const NewValue& value) {
    ReadResult read = read_yaml(yaml);
    REQUIRE_FALSE(read.fatal);
    YamlEditor editor(yaml, read.doc);
    auto planned = append ? editor.append(path, value) : editor.set(path, value);
    REQUIRE(std::holds_alternative<Splice>(planned));
    std::string out = apply_splices(yaml, {std::get<Splice>(planned)});
    CHECK_FALSE(read_yaml(out).fatal);
    return out;
}

using S = std::string;

}  // namespace

TEST_CASE("format_scalar quotes what would read back as something else") {
    CHECK(format_scalar("Lezen in groep 5") == "Lezen in groep 5");
    CHECK(format_scalar("2025-08-01") == "2025-08-01");
    CHECK(format_scalar("no") == "\"no\"");
    CHECK(format_scalar("Yes") == "\"Yes\"");
    CHECK(format_scalar("yes: later") == "\"yes: later\"");
    CHECK(format_scalar("#1 doel") == "\"#1 doel\"");
    CHECK(format_scalar("- x") == "\"- x\"");
    CHECK(format_scalar("\"quoted\"") == "\"\\\"quoted\\\"\"");
    CHECK(format_scalar("123") == "\"123\"");
    CHECK(format_scalar("1:30") == "\"1:30\"");
    CHECK(format_scalar("") == "\"\"");
    CHECK(format_scalar("twee\nregels") == "\"twee\\nregels\"");
    CHECK(format_scalar("café €5") == "café €5");
}

TEST_CASE("every formatted scalar reads back as the same text") {
    for (std::string v : {"no", "yes: later", "#1 doel", "\"quoted\"", "- item", "a: b", "x #y", "{a}", "[1]", "~",
                          "null", "true", "0x10", "1e3", ".5", "regel 1\nregel 2\n", "\ttab", "back\\slash", "é"}) {
        CAPTURE(v);
        std::string yaml = "k: " + format_scalar(v) + "\n";
        ReadResult r = read_yaml(yaml);
        REQUIRE_FALSE(r.fatal);
        const YamlNode* k = find_key(r.doc, r.doc.root(), "k");
        REQUIRE(k);
        CHECK(k->value == v);
        CHECK(resolve_scalar(*k) == ScalarType::String);
    }
}

TEST_CASE("set replaces only the scalar's bytes, keeping comments and quoting around it") {
    S yaml = "a: 1  # een\nstatus: 'active'   # blijft\nz: 2\n";
    CHECK(edited(yaml, false, {S("status")}, NewValue::text("achieved")) == "a: 1  # een\nstatus: achieved   # blijft\nz: 2\n");
    CHECK(edited("k:\nz: 1\n", false, {S("k")}, NewValue::text("v")) == "k: v\nz: 1\n");
    CHECK(edited("k: |\n  oud\n  tekst\n\nz: 1\n", false, {S("k")}, NewValue::text("nieuw")) == "k: nieuw\n\nz: 1\n");
}

TEST_CASE("set adds a missing key after the mapping's last line, at its indentation") {
    S yaml = "goals:\n  - id: g1\n    title: T  # titel\n\n# slot\n";
    CHECK(edited(yaml, false, {S("goals"), std::size_t{0}, S("status")}, NewValue::text("active")) ==
          "goals:\n  - id: g1\n    title: T  # titel\n    status: active\n\n# slot\n");
    CHECK(edited("p: {a: 1}\n", false, {S("p"), S("b")}, NewValue::text("x y")) == "p: {a: 1, b: x y}\n");
    CHECK(edited("p: {}\n", false, {S("p"), S("b")}, NewValue::text("2025-01-01")) == "p: {b: 2025-01-01}\n");
    CHECK(edited("a: 1", false, {S("b")}, NewValue::text("2")) == "a: 1\nb: \"2\"");  // no final newline stays so
}

TEST_CASE("append adds an item in the style of the list, or starts one") {
    NewValue step = NewValue::mapping({{"what", NewValue::text("Lesbezoek")}, {"due", NewValue::text("2026-12-01")}});
    CHECK(edited("steps:\n  - what: a\n    done: 2026-01-01\n# einde\n", true, {S("steps")}, step) ==
          "steps:\n  - what: a\n    done: 2026-01-01\n  - what: Lesbezoek\n    due: 2026-12-01\n# einde\n");
    CHECK(edited("steps: [{what: a}]\n", true, {S("steps")}, step) ==
          "steps: [{what: a}, {what: Lesbezoek, due: 2026-12-01}]\n");
    CHECK(edited("steps: []\n", true, {S("steps")}, step) == "steps: [{what: Lesbezoek, due: 2026-12-01}]\n");
    CHECK(edited("g:\n  id: x\n", true, {S("g"), S("steps")}, step) ==
          "g:\n  id: x\n  steps:\n    - what: Lesbezoek\n      due: 2026-12-01\n");
    CHECK(edited("g:\n  steps:\n  id: x\n", true, {S("g"), S("steps")}, step) ==
          "g:\n  steps:\n    - what: Lesbezoek\n      due: 2026-12-01\n  id: x\n");
    CHECK(edited("methods: [coaching]\n", true, {S("methods")}, NewValue::text("intervision")) ==
          "methods: [coaching, intervision]\n");
}

TEST_CASE("CRLF files get CRLF lines") {
    CHECK(edited("a: 1\r\nl:\r\n  - x\r\n", true, {S("l")}, NewValue::text("z")) == "a: 1\r\nl:\r\n  - x\r\n  - z\r\n");
    CHECK(edited("a: 1\r\n", false, {S("b")}, NewValue::text("2 x")) == "a: 1\r\nb: 2 x\r\n");
}

TEST_CASE("errors: no such path, a list where a scalar is wanted") {
    S yaml = "a: [1]\n";
    ReadResult read = read_yaml(yaml);
    YamlEditor editor(yaml, read.doc);
    CHECK(std::get<EditError>(editor.set({S("x"), S("y")}, NewValue::text("1"))).message_key == "edit.no-such-path");
    CHECK(std::get<EditError>(editor.set({S("a")}, NewValue::text("1"))).message_key == "edit.not-a-scalar");
}

TEST_CASE("unified_diff shows the changed lines with context") {
    CHECK(unified_diff("a\nb\nc\n", "a\nb\nc\n", "x").empty());
    CHECK(unified_diff("1\n2\n3\n4\n5\n6\n", "1\n2\n3\nX\n5\n6\n", "p.pop.yaml") ==
          "--- a/p.pop.yaml\n+++ b/p.pop.yaml\n@@ -1,6 +1,6 @@\n 1\n 2\n 3\n-4\n+X\n 5\n 6\n");
    CHECK(unified_diff("a\n", "a\nb", "f") == "--- a/f\n+++ b/f\n@@ -1,1 +1,2 @@\n a\n+b\n\\ No newline at end of file\n");
}
