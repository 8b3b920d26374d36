#include <doctest/doctest.h>

#include "pop/edit/edit.h"

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

TEST_CASE("set adds a key with no value (null) for an empty plain value, also in a new mapping") {
    S yaml = "goals:\n  - id: g1\n    title: T\n";
    CHECK(edited(yaml, false, {S("goals"), std::size_t{0}, S("measurable")}, NewValue::plain("")) ==
          yaml + "    measurable:\n");
    CHECK(edited(yaml, false, {S("goals"), std::size_t{0}, S("realistic")},
                 NewValue::mapping({{"hours", NewValue::plain("")}})) == yaml + "    realistic:\n      hours:\n");
    CHECK(edited("p: {a: 1}\n", false, {S("p"), S("b")}, NewValue::plain("")) == "p: {a: 1, b: }\n");
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

TEST_CASE("characters the reader refuses raw are escaped, and read back") {
    for (std::string v : {std::string("a\xE2\x80\xA8" "b"), std::string("a\xC2\x85" "b"), std::string("x\xEF\xBB\xBFy")}) {
        std::string quoted = format_scalar(v);
        CHECK(quoted.front() == '"');
        std::string yaml = "k: " + quoted + "\n";
        ReadResult r = read_yaml(yaml);
        REQUIRE_FALSE(r.fatal);
        CHECK(find_key(r.doc, r.doc.root(), "k")->value == v);
    }
    CHECK(format_scalar("a\xE2\x80\xA8" "b") == "\"a\\u2028b\"");
}

TEST_CASE("format_block_scalar: a literal block for text with line breaks, else format_scalar") {
    CHECK(format_block_scalar("regel 1\nregel 2\n", 4) == "|\n    regel 1\n    regel 2");
    CHECK(format_block_scalar("- a\n\n- b", 2, "\r\n") == "|-\r\n  - a\r\n\r\n  - b");
    CHECK(format_block_scalar("een regel", 2) == "een regel");
    CHECK(format_block_scalar(" ingesprongen\nx", 2) == "\" ingesprongen\\nx\"");
    CHECK(format_block_scalar("twee\n\n", 2) == "\"twee\\n\\n\"");
    CHECK(format_block_scalar("tab\tin\nx", 2) == "\"tab\\tin\\nx\"");
    CHECK(format_block_scalar("cr\r\nx", 2) == "\"cr\\r\\nx\"");
    for (std::string v : {"a\nb", "a\nb\n", "- a\n  - b\n", "#1\nyes: no", "x\n\ny", "ünï\ncode"}) {
        CAPTURE(v);
        for (std::string nl : {"\n", "\r\n"}) {
            std::string yaml = "m:" + nl + "  k: " + format_block_scalar(v, 4, nl) + nl + "  z: 1" + nl;
            ReadResult r = read_yaml(yaml);
            REQUIRE_FALSE(r.fatal);
            const YamlNode* m = find_key(r.doc, r.doc.root(), "m");
            REQUIRE(m);
            CHECK(find_key(r.doc, *m, "k")->value == v);
        }
    }
}

TEST_CASE("plain values and lists") {
    CHECK(edited("r: {a: 1}\n", false, {S("r"), S("hours")}, NewValue::plain("12.5")) == "r: {a: 1, hours: 12.5}\n");
    CHECK(edited("r:\n  a: 1\n", false, {S("r"), S("private")}, NewValue::plain("true")) == "r:\n  a: 1\n  private: true\n");
    NewValue methods = NewValue::list({NewValue::text("coaching"), NewValue::text("no")});
    CHECK(edited("g:\n  id: x\n", false, {S("g"), S("methods")}, methods) == "g:\n  id: x\n  methods: [coaching, \"no\"]\n");
    CHECK(edited("methods: [training]  # w\n", false, {S("methods")}, methods) == "methods: [coaching, \"no\"]  # w\n");
    CHECK(edited("methods: training\n", false, {S("methods")}, methods) == "methods: [coaching, \"no\"]\n");
    CHECK(edited("methods:\nz: 1\n", false, {S("methods")}, methods) == "methods: [coaching, \"no\"]\nz: 1\n");
    NewValue goal = NewValue::mapping({{"id", NewValue::text("g2")}, {"methods", methods},
                                       {"realistic", NewValue::mapping({{"hours", NewValue::plain("20")}})}});
    CHECK(edited("goals:\n  - id: g1\n", true, {S("goals")}, goal) ==
          "goals:\n  - id: g1\n  - id: g2\n    methods: [coaching, \"no\"]\n    realistic:\n      hours: 20\n");
    S yaml = "methods:\n  - training\n";
    ReadResult read = read_yaml(yaml);
    YamlEditor editor(yaml, read.doc);
    CHECK(apply_splices(yaml, {std::get<Splice>(editor.set({S("methods")}, methods))}) == "methods:\n  - coaching\n  - \"no\"\n");
}

TEST_CASE("block lists: items replaced line by line, like the first item, comments of kept items stay") {
    auto list = [](std::initializer_list<const char*> items) {
        std::vector<NewValue> v;
        for (const char* i : items) v.push_back(NewValue::text(i));
        return NewValue::list(std::move(v));
    };
    const S yaml = "g:\n  methods:\n    - course   # opleiding\n    # mentor\n    - mentoring\n  z: 1\n";
    // Appending keeps every line.
    CHECK(edited(yaml, false, {S("g"), S("methods")}, list({"course", "mentoring", "coaching"})) ==
          "g:\n  methods:\n    - course   # opleiding\n    # mentor\n    - mentoring\n    - coaching\n  z: 1\n");
    // Replacing the last item keeps the first with its comment.
    CHECK(edited(yaml, false, {S("g"), S("methods")}, list({"course", "coaching"})) ==
          "g:\n  methods:\n    - course   # opleiding\n    - coaching\n  z: 1\n");
    // Dropping the first item keeps the comment above the second.
    CHECK(edited(yaml, false, {S("g"), S("methods")}, list({"mentoring"})) ==
          "g:\n  methods:\n    # mentor\n    - mentoring\n  z: 1\n");
    // A new first item.
    CHECK(edited(yaml, false, {S("g"), S("methods")}, list({"reading", "course", "mentoring"})) ==
          "g:\n  methods:\n    - reading\n    - course   # opleiding\n    # mentor\n    - mentoring\n  z: 1\n");
    // All new items, in a list not indented under its key, with wide dashes; quoted where needed.
    CHECK(edited("methods:\n-   a\n-   b\nz: 1\n", false, {S("methods")}, list({"yes", "c"})) ==
          "methods:\n-   \"yes\"\n-   c\nz: 1\n");
    // Nothing left: an empty flow list.
    CHECK(edited("methods:\n  - a\nz: 1\n", false, {S("methods")}, list({})) == "methods: []\nz: 1\n");
    // CRLF line endings stay.
    CHECK(edited("methods:\r\n  - a\r\nz: 1\r\n", false, {S("methods")}, list({"a", "b"})) ==
          "methods:\r\n  - a\r\n  - b\r\nz: 1\r\n");
    // The same value: an empty splice, the bytes stay.
    ReadResult read = read_yaml(yaml);
    YamlEditor editor(yaml, read.doc);
    auto same = editor.set({S("g"), S("methods")}, list({"course", "mentoring"}));
    REQUIRE(std::holds_alternative<Splice>(same));
    CHECK(std::get<Splice>(same).length == 0);
    CHECK(std::get<Splice>(same).text.empty());
    // Items that are not single values are not replaced.
    S nested = "methods:\n  - [a]\n";
    ReadResult nested_read = read_yaml(nested);
    YamlEditor nested_editor(nested, nested_read.doc);
    CHECK(std::get<EditError>(nested_editor.set({S("methods")}, list({"a"}))).message_key == "edit.block-list");
}

TEST_CASE("flow lists: the items they start and end with stay, one a line stays one a line") {
    auto list = [](std::initializer_list<const char*> items) {
        std::vector<NewValue> v;
        for (const char* i : items) v.push_back(NewValue::text(i));
        return NewValue::list(std::move(v));
    };
    CHECK(edited("m: [a, b]  # c\n", false, {S("m")}, list({"a", "b", "c"})) == "m: [a, b, c]  # c\n");
    CHECK(edited("m: [a, b]\n", false, {S("m")}, list({"x", "b"})) == "m: [x, b]\n");
    CHECK(edited("m: [a, b]\n", false, {S("m")}, list({"b"})) == "m: [b]\n");
    CHECK(edited("m: [a, b]\n", false, {S("m")}, list({"a"})) == "m: [a]\n");
    CHECK(edited("m: [a, b]\n", false, {S("m")}, list({"z", "a", "b"})) == "m: [z, a, b]\n");
    const S json = "{\n  \"m\": [\n    \"a\",\n    \"b\"\n  ]\n}\n";
    CHECK(edited(json, false, {S("m")}, list({"a", "b", "c"})) == "{\n  \"m\": [\n    \"a\",\n    \"b\",\n    \"c\"\n  ]\n}\n");
    CHECK(edited(json, false, {S("m")}, list({"a", "x"})) == "{\n  \"m\": [\n    \"a\",\n    \"x\"\n  ]\n}\n");
    CHECK(edited(json, false, {S("m")}, list({"x", "a", "b"})) == "{\n  \"m\": [\n    \"x\",\n    \"a\",\n    \"b\"\n  ]\n}\n");
}

TEST_CASE("format_scalar quotes what YAML 1.1 readers (PyYAML) read differently from YAML 1.2") {
    for (const char* v : {"020", "0o17", "0x1F", "1:20", "190:20:30", "1e3", ".5", "1_000", "+1", "y", "n", "Y", "N",
                          "yes", "NO", "On", "oFF", "~", "null", "NULL", "=", "<<", "2025-9-1", "2025-09-01 10:00:00",
                          "2025-09-01T10:00:00Z", ".inf", ".NaN", "true", "False", "2025-13-45", "2025-02-30"}) {
        CAPTURE(v);
        CHECK(format_scalar(v).front() == '"');
        CHECK_FALSE(plain_reads_the_same(v));
    }
    // ? , [ ] { } end a plain scalar in a flow collection for PyYAML: quoted everywhere.
    for (const char* v : {"https://x.example/?a=1", "a, b", "a[1]", "{x}", "wat?"}) {
        CAPTURE(v);
        CHECK(format_scalar(v).front() == '"');
    }
    for (const char* v : {"2025-09-01", "https://x.example/a/b", "Lesbezoek 3 in klas 2b", "a=b", "v1.2 klaar"}) {
        CAPTURE(v);
        CHECK(format_scalar(v) == v);
    }
}

TEST_CASE("new values follow the quoting of the file, JSON stays JSON") {
    CHECK(format_scalar("tekst", Quoting::Double) == "\"tekst\"");
    CHECK(format_scalar("Joost's", Quoting::Single) == "'Joost''s'");
    CHECK(format_scalar("twee\nregels", Quoting::Single) == "\"twee\\nregels\"");
    CHECK(format_scalar("tekst", Quoting::Plain) == "tekst");
    const S dq = "a: \"een\"\nb: \"twee\"\nc: 3\n";
    CHECK(edited(dq, false, {S("a")}, NewValue::text("drie")) == "a: \"drie\"\nb: \"twee\"\nc: 3\n");
    CHECK(edited("a: 'een'\nb: 'twee'\n", false, {S("c")}, NewValue::text("x")) == "a: 'een'\nb: 'twee'\nc: 'x'\n");
    CHECK(edited("a: een\nb: 'twee'\nc: drie\n", false, {S("a")}, NewValue::text("vier")) == "a: vier\nb: 'twee'\nc: drie\n");
    const S json = "{\n  \"a\": \"een\",\n  \"l\": [\n    {\"d\": \"2025-01-01\"}\n  ]\n}\n";
    CHECK(edited(json, false, {S("b")}, NewValue::text("2026-12-03")) ==
          "{\n  \"a\": \"een\",\n  \"l\": [\n    {\"d\": \"2025-01-01\"}\n  ],\n  \"b\": \"2026-12-03\"\n}\n");
    CHECK(edited(json, true, {S("l")}, NewValue::mapping({{"d", NewValue::text("x")}, {"n", NewValue::plain("20")}})) ==
          "{\n  \"a\": \"een\",\n  \"l\": [\n    {\"d\": \"2025-01-01\"},\n    {\"d\": \"x\", \"n\": 20}\n  ]\n}\n");
    CHECK(edited(json, true, {S("k")}, NewValue::text("x")) ==
          "{\n  \"a\": \"een\",\n  \"l\": [\n    {\"d\": \"2025-01-01\"}\n  ],\n  \"k\": [\"x\"]\n}\n");
}

TEST_CASE("refusals say their real reason") {
    S yaml = "a: b\n";
    ReadResult read = read_yaml(yaml);
    YamlEditor editor(yaml, read.doc);
    CHECK(std::get<EditError>(editor.set({S("a")}, NewValue::text("caf\xe9"))).message_key == "edit.bad-utf8");
    CHECK(std::get<EditError>(editor.set({S("a")}, NewValue::text(S(1100000, 'x')))).message_key == "edit.too-large");
}


TEST_CASE("multi-line text in new content becomes a literal block at the right indentation") {
    NewValue talk = NewValue::mapping({{"kind", NewValue::text("start")}, {"agreements", NewValue::text("- een\n- twee\n")}});
    CHECK(edited("conversations:\n  - kind: progress\n", true, {S("conversations")}, talk) ==
          "conversations:\n  - kind: progress\n  - kind: start\n    agreements: |\n      - een\n      - twee\n");
    CHECK(edited("a: 1\r\n", false, {S("b")}, NewValue::text("x\ny")) == "a: 1\r\nb: |-\r\n  x\r\n  y\r\n");
}

TEST_CASE("new content follows the file's indentation") {
    NewValue step = NewValue::mapping({{"what", NewValue::text("Lesbezoek")}, {"due", NewValue::text("2026-12-01")}});
    // four spaces, sequences indented, items written "-   key"
    S four = "person:\n    id: x\ngoals:\n    -   id: g1\n        title: T\n";
    CHECK(edited(four, true, {S("goals"), std::size_t{0}, S("steps")}, step) ==
          four + "        steps:\n            -   what: Lesbezoek\n                due: 2026-12-01\n");
    CHECK(edited(four, true, {S("goals")}, step) == four + "    -   what: Lesbezoek\n        due: 2026-12-01\n");
    // sequences not indented under their key
    S compact = "goals:\n- id: g1\n  steps:\n  - what: a\n";
    CHECK(edited(compact, true, {S("goals"), std::size_t{0}, S("steps")}, step) ==
          compact + "  - what: Lesbezoek\n    due: 2026-12-01\n");
    CHECK(edited(compact, true, {S("goals"), std::size_t{0}, S("evidence")}, step) ==
          compact + "  evidence:\n  - what: Lesbezoek\n    due: 2026-12-01\n");
    NewValue agreed = NewValue::mapping({{"name", NewValue::text("M")}, {"date", NewValue::text("2026-01-01")}});
    CHECK(edited(four, false, {S("goals"), std::size_t{0}, S("agreed")}, agreed) ==
          four + "        agreed:\n            name: M\n            date: 2026-01-01\n");
    // items written as flow mappings get a flow mapping
    CHECK(edited("steps:\n  - {what: a}\n", true, {S("steps")}, step) ==
          "steps:\n  - {what: a}\n  - {what: Lesbezoek, due: 2026-12-01}\n");
    // an empty key with a comment: the comment stays on the key's line
    CHECK(edited("g:\n  steps:   # later\n  id: x\n", true, {S("g"), S("steps")}, step) ==
          "g:\n  steps:   # later\n    - what: Lesbezoek\n      due: 2026-12-01\n  id: x\n");
}

TEST_CASE("set fills an empty key with a mapping on the lines below it") {
    NewValue sig = NewValue::mapping({{"name", NewValue::text("Anouk")}, {"date", NewValue::text("2026-01-01")}});
    CHECK(edited("sign_off:   # nog niet\ngoals: []\n", false, {S("sign_off")}, sig) ==
          "sign_off:   # nog niet\n  name: Anouk\n  date: 2026-01-01\ngoals: []\n");
    CHECK(edited("s:\n  employee:\n", false, {S("s"), S("employee")}, sig) ==
          "s:\n  employee:\n    name: Anouk\n    date: 2026-01-01\n");
    CHECK(edited("s: {employee: }\n", false, {S("s"), S("employee")}, sig) ==
          "s: {employee: {name: Anouk, date: 2026-01-01}}\n");
}

TEST_CASE("set writes text with line breaks as a literal block under a block key, quoted in flow") {
    CHECK(edited("g:\n  a: |\n    oud\n    tekst\n  z: 1\n", false, {S("g"), S("a")}, NewValue::text("nieuw\nook\n")) ==
          "g:\n  a: |\n    nieuw\n    ook\n  z: 1\n");
    CHECK(edited("a: x\r\nz: 1\r\n", false, {S("a")}, NewValue::text("een\ntwee")) == "a: |-\r\n  een\r\n  twee\r\nz: 1\r\n");
    // a comment after the value would become part of a block: quoted then
    CHECK(edited("a: x  # c\nz: 1\n", false, {S("a")}, NewValue::text("een\ntwee")) == "a: \"een\\ntwee\"  # c\nz: 1\n");
    CHECK(edited("g: {a: x}\n", false, {S("g"), S("a")}, NewValue::text("een\ntwee")) == "g: {a: \"een\\ntwee\"}\n");
}

namespace {

// Inserts an item before item `index` of the list at `path` and returns the new text.
std::string inserted(const std::string& yaml, const NodePath& path, std::size_t index, const NewValue& item) {
    ReadResult read = read_yaml(yaml);
    REQUIRE_FALSE(read.fatal);
    YamlEditor editor(yaml, read.doc);
    auto planned = editor.insert(path, index, item);
    REQUIRE(std::holds_alternative<Splice>(planned));
    std::string out = apply_splices(yaml, {std::get<Splice>(planned)});
    CHECK_FALSE(read_yaml(out).fatal);
    return out;
}

}  // namespace

TEST_CASE("insert puts an item before another, like the list's first item, above the comment that introduces it") {
    NewValue talk = NewValue::mapping({{"kind", NewValue::text("progress")}, {"date", NewValue::text("2026-01-10")}});
    // block list, comments above items stay with their item
    CHECK(inserted("c:\n  - kind: start\n    date: 2025-09-01\n  # gepland\n  - kind: performance\n    date: 2027-03-01\n",
                   {S("c")}, 1, talk) ==
          "c:\n  - kind: start\n    date: 2025-09-01\n  - kind: progress\n    date: 2026-01-10\n"
          "  # gepland\n  - kind: performance\n    date: 2027-03-01\n");
    // before the first item; four-space items with the dash at column 0
    CHECK(inserted("c:\n-   kind: start\n    date: 2026-09-01\n", {S("c")}, 0, talk) ==
          "c:\n-   kind: progress\n    date: 2026-01-10\n-   kind: start\n    date: 2026-09-01\n");
    // items kept apart by blank lines stay apart
    CHECK(inserted("c:\n  - kind: start\n\n  - kind: appraisal\n", {S("c")}, 1, talk) ==
          "c:\n  - kind: start\n\n  - kind: progress\n    date: 2026-01-10\n\n  - kind: appraisal\n");
    // flow lists, on one line and one item a line
    CHECK(inserted("c: [{kind: start}, {kind: appraisal}]\n", {S("c")}, 1, talk) ==
          "c: [{kind: start}, {kind: progress, date: 2026-01-10}, {kind: appraisal}]\n");
    CHECK(inserted("{\"c\": [\n  {\"kind\": \"start\"},\n  {\"kind\": \"appraisal\"}\n]}\n", {S("c")}, 1, talk) ==
          "{\"c\": [\n  {\"kind\": \"start\"},\n  {\"kind\": \"progress\", \"date\": \"2026-01-10\"},\n  {\"kind\": \"appraisal\"}\n]}\n");
    // CRLF
    CHECK(inserted("c:\r\n  - a\r\n  - c\r\n", {S("c")}, 1, NewValue::text("b")) == "c:\r\n  - a\r\n  - b\r\n  - c\r\n");
    // past the end: an append; no list yet: a new one
    CHECK(inserted("c:\n  - a\n", {S("c")}, 5, NewValue::text("b")) == "c:\n  - a\n  - b\n");
    CHECK(inserted("x: 1\n", {S("c")}, 0, NewValue::text("b")) == "x: 1\nc:\n  - b\n");
}

TEST_CASE("insert refuses what it cannot place exactly") {
    ReadResult read = read_yaml("c:\n  - &a x\n  - *a\n");
    REQUIRE_FALSE(read.fatal);
    YamlEditor editor("c:\n  - &a x\n  - *a\n", read.doc);
    CHECK(std::holds_alternative<EditError>(editor.insert({S("c")}, 1, NewValue::text("y"))));
}

namespace {

// Removes the node at `path` and returns the new text.
std::string removed(const std::string& yaml, const NodePath& path) {
    ReadResult read = read_yaml(yaml);
    REQUIRE_FALSE(read.fatal);
    YamlEditor editor(yaml, read.doc);
    auto planned = editor.remove(path);
    REQUIRE(std::holds_alternative<Splice>(planned));
    std::string out = apply_splices(yaml, {std::get<Splice>(planned)});
    CHECK_FALSE(read_yaml(out).fatal);
    return out;
}

bool remove_refused(const std::string& yaml, const NodePath& path) {
    ReadResult read = read_yaml(yaml);
    REQUIRE_FALSE(read.fatal);
    YamlEditor editor(yaml, read.doc);
    return std::holds_alternative<EditError>(editor.remove(path));
}

}  // namespace

TEST_CASE("remove takes an item's lines, with the comment above it and the deeper ones below") {
    std::string talks = "c:\n  - kind: start\n    date: 2025-09-01\n  # gepland\n  - kind: performance\n"
                        "    date: 2027-03-01\n    # wie weet\n  - kind: appraisal  # laatste\nz: 1\n";
    CHECK(removed(talks, {S("c"), std::size_t{1}}) ==
          "c:\n  - kind: start\n    date: 2025-09-01\n  - kind: appraisal  # laatste\nz: 1\n");
    CHECK(removed(talks, {S("c"), std::size_t{2}}) ==
          "c:\n  - kind: start\n    date: 2025-09-01\n  # gepland\n  - kind: performance\n"
          "    date: 2027-03-01\n    # wie weet\nz: 1\n");
    CHECK(removed(talks, {S("c"), std::size_t{0}}) ==
          "c:\n  # gepland\n  - kind: performance\n    date: 2027-03-01\n    # wie weet\n  - kind: appraisal  # laatste\nz: 1\n");
    // items kept apart by blank lines stay so
    CHECK(removed("g:\n  - a: 1\n\n  - a: 2\n\n  - a: 3\n", {S("g"), std::size_t{1}}) == "g:\n  - a: 1\n\n  - a: 3\n");
    CHECK(removed("g:\n  - a: 1\n\n  - a: 2\n", {S("g"), std::size_t{0}}) == "g:\n  - a: 2\n");
    // the last item of a block list takes its key along, or leaves an empty flow list
    CHECK(removed("g:\n  steps:\n    - a\n  z: 1\n", {S("g"), S("steps"), std::size_t{0}}) == "g:\n  z: 1\n");
    CHECK(removed("g:\n  steps:\n    - a\n", {S("g"), S("steps"), std::size_t{0}}) == "g:\n  steps: []\n");
    // the last of items not kept apart: the blank line above it goes with it
    CHECK(removed("s:\n  - a\n  - b\n\n  - c\nz: 1\n", {S("s"), std::size_t{2}}) == "s:\n  - a\n  - b\nz: 1\n");
    // flow lists
    CHECK(removed("c: [a, b, c]\n", {S("c"), std::size_t{1}}) == "c: [a, c]\n");
    CHECK(removed("c: [a, b, c]\n", {S("c"), std::size_t{2}}) == "c: [a, b]\n");
    CHECK(removed("c: [a]\n", {S("c"), std::size_t{0}}) == "c: []\n");
    CHECK(removed("{\"c\": [\n  {\"k\": 1},\n  {\"k\": 2}\n]}\n", {S("c"), std::size_t{0}}) == "{\"c\": [\n  {\"k\": 2}\n]}\n");
    // CRLF, and a file without a final line break
    CHECK(removed("c:\r\n  - a\r\n  - b\r\n", {S("c"), std::size_t{0}}) == "c:\r\n  - b\r\n");
    CHECK(removed("c:\n  - a\n  - b", {S("c"), std::size_t{1}}) == "c:\n  - a");
}

TEST_CASE("remove takes a key with its value from a block mapping") {
    std::string goal = "- id: a\n  # bewijs\n  evidence:\n    - what: x\n      date: 2026-01-01\n  status: open\n";
    CHECK(removed(goal, {std::size_t{0}, S("evidence")}) == "- id: a\n  status: open\n");
    CHECK(removed("a: 1\nb:\n  c: 2\n", {S("b")}) == "a: 1\n");
    // the first key on the "-" line, the only key, a flow mapping, an anchored item: refused
    CHECK(remove_refused(goal, {std::size_t{0}, S("id")}));
    CHECK(remove_refused("a:\n  b: 1\n", {S("a"), S("b")}));
    CHECK(remove_refused("a: {b: 1, c: 2}\n", {S("a"), S("b")}));
    CHECK(remove_refused("c:\n  - &x a\n  - *x\n", {S("c"), std::size_t{0}}));
    CHECK(remove_refused("c:\n  - a\n", {S("d"), std::size_t{0}}));
}

TEST_CASE("append keeps the blank lines a list puts between its items") {
    NewValue goal = NewValue::mapping({{"id", NewValue::text("c")}});
    CHECK(edited("goals:\n  - id: a\n\n  - id: b\n", true, {S("goals")}, goal) ==
          "goals:\n  - id: a\n\n  - id: b\n\n  - id: c\n");
    // a comment above the last item: still apart
    CHECK(edited("goals:\n  - id: a\n\n  # tweede\n  - id: b\n# einde\n", true, {S("goals")}, goal) ==
          "goals:\n  - id: a\n\n  # tweede\n  - id: b\n\n  - id: c\n# einde\n");
    // apart only when every item is: one blank line is not yet a habit
    CHECK(edited("s:\n  - a\n  - b\n\n  - c\n", true, {S("s")}, NewValue::text("d")) == "s:\n  - a\n  - b\n\n  - c\n  - d\n");
    // items not apart stay together; one item says nothing about the habit
    CHECK(edited("goals:\n  - id: a\n  - id: b\n", true, {S("goals")}, goal) == "goals:\n  - id: a\n  - id: b\n  - id: c\n");
    CHECK(edited("goals:\n\n  - id: a\n", true, {S("goals")}, goal) == "goals:\n\n  - id: a\n  - id: c\n");
}

TEST_CASE("following_blocks gives new texts of several lines the final line break the file's block texts keep") {
    auto follow = [](const std::string& yaml, const std::string& text) {
        ReadResult read = read_yaml(yaml);
        REQUIRE_FALSE(read.fatal);
        YamlEditor editor(yaml, read.doc);
        return editor.following_blocks(NewValue::mapping({{"a", NewValue::text(text)}}), {}).fields[0].second.scalar;
    };
    CHECK(follow("x: |\n  een\n  twee\ny: >\n  drie\n", "a\nb") == "a\nb\n");     // "|" and ">": a final break
    CHECK(follow("x: |-\n  een\n  twee\ny: |\n  drie\n", "a\nb") == "a\nb");      // no majority: as given
    CHECK(follow("x: |-\n  een\n  twee\n", "a\nb") == "a\nb");
    CHECK(follow("x: |  # note\n  een\n", "a\nb") == "a\nb\n");
    CHECK(follow("x: |\n  een\n", "one line") == "one line");                    // one line stays one line
    CHECK(follow("x: plain\n", "a\nb") == "a\nb");                                // no block texts: as given
    CHECK(follow("x: |\n  een\n", "a\n\tb") == "a\n\tb");                       // a tab: quoted, as given
    // in flow style nothing is a block: a flow mapping on the way, a list of flow mappings
    std::string yaml = "x: |\n  een\ns: [{a: 1}]\nf: {a: 1}\n";
    ReadResult read = read_yaml(yaml);
    YamlEditor editor(yaml, read.doc);
    CHECK(editor.following_blocks(NewValue::text("a\nb"), {S("f"), S("a")}).scalar == "a\nb");
    CHECK(editor.following_blocks(NewValue::mapping({{"a", NewValue::text("a\nb")}}), {S("s")}).fields[0].second.scalar == "a\nb");
    CHECK(editor.following_blocks(NewValue::text("a\nb"), {S("x")}).scalar == "a\nb\n");
}

TEST_CASE("remove never takes a comment that is not the item's") {
    // the first of items kept apart: only a blank line right after it goes along
    std::string steps = "s:\n  - what: A\n  # - what: X (later)\n\n  - what: B\n\n  - what: C\n";
    CHECK(removed(steps, {S("s"), std::size_t{0}}) == "s:\n  # - what: X (later)\n\n  - what: B\n\n  - what: C\n");
    // a flow list written one item a line, with a comment: refused rather than taking it along
    CHECK(remove_refused("m: [\n  coaching,   # weekly\n  training\n]\n", {S("m"), std::size_t{1}}));
    CHECK(removed("m: [\n  coaching,\n  training\n]\n", {S("m"), std::size_t{1}}) == "m: [\n  coaching\n]\n");
}
