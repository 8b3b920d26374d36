// Random edits through YamlEditor on the example POPs and on variants of them made in memory (CRLF,
// no final newline, flow-style steps, empty lists and values) and on one POP written in odd styles.
// After every edit: the bytes outside the splice are the old ones, the text reads without a fatal
// problem and without new reader findings, the edited value reads back exactly, every other node
// keeps its value, style and order, and the line endings and final newline stay as they were.
// Edits are chained: each works on the text the previous one produced.
//
// Deterministic: the seed is fixed (set POP_EDIT_SEED to try another; POP_EDIT_STATS=1 prints the
// figures). Prints nothing on success; a failure shows the seed, the edit number, the document,
// the operation, the diff and the text before the edit.

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "pop/edit/edit.h"
#include "test_support.h"

using namespace pop;

namespace {

using S = std::string;

// ---------------------------------------------------------------------------------------------
// Paths and a flattened view of a document

S path_text(const NodePath& path) {
    S out;
    for (const PathStep& step : path) {
        if (const auto* key = std::get_if<S>(&step)) out += "/" + *key;
        else out += "/[" + std::to_string(std::get<std::size_t>(step)) + "]";
    }
    return out.empty() ? "/" : out;
}

bool is_under(const S& path, const S& prefix) {
    return path == prefix || (path.size() > prefix.size() && path.compare(0, prefix.size(), prefix) == 0 &&
                              (prefix == "/" || path[prefix.size()] == '/'));
}

const char* type_name(ScalarType t) {
    switch (t) {
        case ScalarType::Null: return "null";
        case ScalarType::Bool: return "bool";
        case ScalarType::Int: return "int";
        case ScalarType::Float: return "float";
        default: return "str";
    }
}

/// Every node in document order, as (path, what it is): "{block", "[flow", "plain str: text" ...
using Flat = std::vector<std::pair<S, S>>;

void walk(const YamlDocument& doc, NodeId id, NodePath& path,
          const std::function<void(const NodePath&, const YamlNode&)>& visit) {
    const YamlNode& n = doc.node(id);
    visit(path, n);
    if (n.alias) return;
    if (n.kind == NodeKind::Mapping) {
        for (std::size_t i = 0; i + 1 < n.children.size(); i += 2) {
            path.emplace_back(doc.node(n.children[i]).value);
            walk(doc, n.children[i + 1], path, visit);
            path.pop_back();
        }
    } else if (n.kind == NodeKind::Sequence) {
        for (std::size_t i = 0; i < n.children.size(); ++i) {
            path.emplace_back(i);
            walk(doc, n.children[i], path, visit);
            path.pop_back();
        }
    }
}

void flatten(const YamlDocument& doc, NodeId id, S& path, Flat& out) {
    const YamlNode& n = doc.node(id);
    S what;
    if (n.alias) what = "*alias";
    else if (n.kind == NodeKind::Mapping) what = n.flow ? "{flow" : "{block";
    else if (n.kind == NodeKind::Sequence) what = n.flow ? "[flow" : "[block";
    else what = std::to_string(static_cast<int>(n.style)) + " " + type_name(resolve_scalar(n)) + ": " + n.value;
    out.emplace_back(path.empty() ? "/" : path, std::move(what));
    if (n.alias || n.kind == NodeKind::Scalar) return;
    const std::size_t length = path.size();
    const bool mapping = n.kind == NodeKind::Mapping;
    for (std::size_t i = 0; i < n.children.size(); i += mapping ? 2 : 1) {
        path += mapping ? "/" + doc.node(n.children[i]).value : "/[" + std::to_string(i) + "]";
        flatten(doc, n.children[mapping ? i + 1 : i], path, out);
        path.resize(length);
    }
}

Flat flatten(const YamlDocument& doc) {
    Flat out;
    if (doc.empty()) return out;
    out.reserve(doc.nodes.size());
    S path;
    flatten(doc, 0, path, out);
    return out;
}

/// Whether two flattened trees are the same once the entries under `edited` are left out.
bool same_except(const Flat& a, const Flat& b, const std::vector<S>& edited) {
    auto skip = [&](const Flat& f, std::size_t i) {
        while (i < f.size() && std::any_of(edited.begin(), edited.end(), [&](const S& p) { return is_under(f[i].first, p); })) ++i;
        return i;
    };
    std::size_t i = skip(a, 0), j = skip(b, 0);
    while (i < a.size() && j < b.size()) {
        if (a[i] != b[j]) return false;
        i = skip(a, i + 1), j = skip(b, j + 1);
    }
    return i == a.size() && j == b.size();
}

std::vector<S> reader_rules(const ReadResult& r) {
    std::vector<S> rules;
    for (const Finding& f : r.findings) rules.push_back(std::string(f.rule.text()) + " " + f.message);
    std::sort(rules.begin(), rules.end());
    return rules;
}

/// Where a node's own text ends (what YamlEditor does privately; used to build the variants).
std::size_t content_end(std::string_view bytes, const YamlDocument& doc, const YamlNode& node) {
    if (node.kind == NodeKind::Scalar) {
        if (node.style != ScalarStyle::Literal && node.style != ScalarStyle::Folded) return node.span.end.offset;
        std::size_t p = std::min<std::size_t>(node.span.end.offset, bytes.size());
        while (p > node.span.start.offset && S(" \t\r\n").find(bytes[p - 1]) != S::npos) --p;
        return p;
    }
    if (node.flow || node.children.empty()) return node.span.end.offset;
    return content_end(bytes, doc, doc.node(node.children.back()));
}

/// The key node of `key` in a mapping, or nullptr.
const YamlNode* key_node(const YamlDocument& doc, const YamlNode& mapping, std::string_view key) {
    if (mapping.kind != NodeKind::Mapping) return nullptr;
    for (std::size_t i = 0; i + 1 < mapping.children.size(); i += 2)
        if (doc.node(mapping.children[i]).value == key) return &doc.node(mapping.children[i]);
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// The documents

struct Doc {
    S name;
    S text;
};

S to_crlf(const S& text) {
    S out;
    for (char c : text) {
        if (c == '\n') out += '\r';
        out += c;
    }
    return out;
}

S without_final_newline(S text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    return text;
}

/// Every goal's block list of steps rewritten in flow style: on one line, or one item a line.
S with_flow_steps(const S& text, bool multi_line) {
    ReadResult r = read_yaml(text);
    REQUIRE_FALSE(r.fatal);
    const YamlDocument& doc = r.doc;
    const YamlNode* goals = find_key(doc, doc.root(), "goals");
    std::vector<Splice> splices;
    if (!goals || goals->kind != NodeKind::Sequence) return text;
    for (NodeId g : goals->children) {
        const YamlNode& goal = doc.node(g);
        const YamlNode* key = key_node(doc, goal, "steps");
        const YamlNode* steps = find_key(doc, goal, "steps");
        if (!key || !steps || steps->kind != NodeKind::Sequence || steps->flow || steps->children.empty()) continue;
        S pad(key->span.start.column - 1, ' ');
        std::vector<S> items;
        bool simple = true;
        for (NodeId s : steps->children) {
            const YamlNode& step = doc.node(s);
            if (step.kind != NodeKind::Mapping) simple = false;
            S item = "{";
            for (std::size_t i = 0; simple && i + 1 < step.children.size(); i += 2) {
                const YamlNode& v = doc.node(step.children[i + 1]);
                if (v.kind != NodeKind::Scalar) simple = false;
                item += (i ? ", " : "") + doc.node(step.children[i]).value + ": " + format_scalar(v.value);
            }
            items.push_back(item + "}");
        }
        if (!simple) continue;
        S flow = ": [";
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (multi_line) flow += "\n" + pad + "    " + items[i] + (i + 1 < items.size() ? "," : "");
            else flow += (i ? ", " : "") + items[i];
        }
        flow += multi_line ? "\n" + pad + "  ]" : "]";
        std::size_t from = key->span.end.offset;
        splices.push_back(Splice{from, content_end(text, doc, *steps) - from, flow});
    }
    return apply_splices(text, splices);
}

/// Lists and values emptied: the first goal's steps become `steps:` with a comment after it, the
/// second goal's steps `[]`, the first goal's methods `[]`, the person's team `team:`.
S with_empties(const S& text) {
    ReadResult r = read_yaml(text);
    REQUIRE_FALSE(r.fatal);
    const YamlDocument& doc = r.doc;
    std::vector<Splice> splices;
    auto empty_value = [&](const YamlNode* mapping, const char* key, const S& replacement) {
        if (!mapping) return;
        const YamlNode* k = key_node(doc, *mapping, key);
        const YamlNode* v = find_key(doc, *mapping, key);
        if (!k || !v) return;
        std::size_t from = k->span.end.offset;
        splices.push_back(Splice{from, content_end(text, doc, *v) - from, replacement});
    };
    const YamlNode* goals = find_key(doc, doc.root(), "goals");
    if (goals && goals->kind == NodeKind::Sequence && goals->children.size() >= 2) {
        empty_value(&doc.node(goals->children[0]), "steps", ":   # nog geen stappen");
        empty_value(&doc.node(goals->children[0]), "methods", ": []");
        empty_value(&doc.node(goals->children[1]), "steps", ": []");
    }
    empty_value(find_key(doc, doc.root(), "person"), "team", ":");
    return apply_splices(text, splices);
}

/// A POP in odd but valid styles: a document marker, indentless lists, flow goals and people,
/// block scalars with strip chomping and blank lines after them, comments everywhere, extra
/// spaces after dashes, quoted values, null values, a comment as the last line without a newline.
const char* const kOddPop = R"(%YAML 1.2
---
# Een POP in vreemde stijlen.
format_version: 1
person: {id: t.test, name: "Test Persoon", role: 'docent', school: X}
period:
    start: 2025-08-01   # vier spaties
    end: 2026-07-31
sign_off:
  employee: {name: Test Persoon, date: 2025-09-01}
  manager: {}
goals:
- id: g1
  title: Eerste   # commentaar
  methods:
  - coaching
  - training    # c
  steps:
  - id: s1
    what: >-
      iets
      lang

  - {id: s2, what: kort, due: 2026-01-01}
  -   id: s3
      what: 'enkel ''quoted'''
      due: 2026-02-01
  reflection: |-
    regel 1
    regel 2

  # commentaar aan het eind van het doel
- {id: g2, title: flow doel, methods: [reading], steps: []}
- id: g3
  title: "dubbel \"quoted\""
  status: 'active'
  realistic:
    hours: 10
    note:
  steps:
    -   id: s1
        what: extra spaties
        done:
conversations:
  - kind: start
    date: 2025-09-01
    with: ~
    agreements:
  - kind: progress
    date: 2026-01-15
    agreements: |
      - eerste afspraak

      - tweede afspraak, na een lege regel
# einde zonder regeleinde)";

std::vector<Doc> documents() {
    std::vector<Doc> base;
    std::vector<std::string> files;
    for (const char* dir : {"examples/pops", "examples/mbo/pops", "examples/vlaanderen/pops"})
        for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(POP_SOURCE_DIR) / dir))
            if (entry.path().string().ends_with(".pop.yaml"))
                files.push_back(std::string(dir) + "/" + entry.path().filename().string());
    std::sort(files.begin(), files.end());  // directory order differs between machines
    for (const auto& file : files)
        base.push_back({std::filesystem::path(file).filename().string(), test::read_source_file(file)});
    REQUIRE(base.size() >= 5);
    base.push_back({"odd-styles", kOddPop});

    std::vector<Doc> all;
    for (const Doc& d : base) {
        all.push_back(d);
        all.push_back({d.name + " (CRLF)", to_crlf(d.text)});
        all.push_back({d.name + " (no final newline)", without_final_newline(d.text)});
        all.push_back({d.name + " (CRLF, no final newline)", to_crlf(without_final_newline(d.text))});
        all.push_back({d.name + " (flow steps)", with_flow_steps(d.text, false)});
        all.push_back({d.name + " (flow steps, one a line, CRLF)", to_crlf(with_flow_steps(d.text, true))});
        all.push_back({d.name + " (empty lists and values)", with_empties(d.text)});
    }
    return all;
}

// ---------------------------------------------------------------------------------------------
// Random edits

const std::vector<S> kNasty = {
    "no", "yes: later", "#1 doel", "\"quoted\"", "- x", "a: b", "regel 1\nregel 2", "é €", "  spaties  ", "[x]",
    "{y}", "%", "@", "`", "!x", "&a", "*b", "|", ">", "", "Yes", "NULL", "~", "null", "true", "Off", "y", "0x1F",
    "0o17", "1e3", "-1", "+1", ".5", ".inf", "12:30", "1_000", "2025-13-45", "2025-1-1", "-", "?", ":", "a:", "?x",
    "x #y", "a:b", "a #", "http://x.nl/a?b=c#d", "'", "it's", "tab\there", "back\\slash", "regel\n", "\n", " ",
    "a, b", "---", "...", "--- x", "=", "<<", "café €5", "\x7f", "laatste: ", "Lezen in groep 5",
    "Coaching (2x) met Marloes; daarna evalueren", "€", "ß", "日本", "😀 emoji", "\"", "\\", "'single'",
    "a\"b", "met een heel lange tekst die doorloopt en doorloopt en nog veel langer is dan een regel van tachtig tekens",
    // more than one line: new content writes these as literal blocks where it can
    "- een\n- twee\n", "x\n\ny", "a\n  ingesprongen\nb\n", "#1\nyes: no", "a\n   \nb", "a\n  ", " eerst spatie\nx",
    "twee\n\n", "cr\r\nlf", "tab\tin\nx", "---\n...", "a\n# geen commentaar", "\u00e9\n\u20ac",
    // characters the reader refuses raw: they must come out escaped
    "a\u2028b", "a\u2029b", "a\xC2\x85" "b", "a\xC2\x81" "b", "x\uFEFFy", "\uFFFE"};

const std::vector<S> kMethods = {"training", "course", "coaching", "mentoring", "intervision", "reading", "other"};
const std::vector<S> kKinds = {"start", "progress", "performance", "appraisal"};

struct Rng {
    std::mt19937_64 engine;  // its output is fixed by the standard: the same on every machine
    std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(engine() % n); }
    bool chance(unsigned percent) { return below(100) < percent; }
    template <class T>
    const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }
    S date() {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04zu-%02zu-%02zu", 2024 + below(5), 1 + below(12), 1 + below(28));
        return buf;
    }
    S text() { return chance(75) ? pick(kNasty) : date(); }
};

enum class Op { SetLeaf, SetField, AddKey, AppendStep, AppendMethod, AppendConversation, AppendEvidence, SetList, SetPlain, Count };

const char* op_name(Op op) {
    switch (op) {
        case Op::SetLeaf: return "set an existing scalar";
        case Op::SetField: return "set a field (existing or missing)";
        case Op::AddKey: return "add a missing key";
        case Op::AppendStep: return "append a step";
        case Op::AppendMethod: return "append a method";
        case Op::AppendConversation: return "append a conversation";
        case Op::AppendEvidence: return "append evidence";
        case Op::SetList: return "set a list";
        case Op::SetPlain: return "set a number or boolean";
        default: return "?";
    }
}

S value_text(const NewValue& v) {
    if (v.is_list) {
        S out = "[";
        for (const NewValue& item : v.items) out += (out.size() > 1 ? ", " : "") + value_text(item);
        return out + "]";
    }
    if (v.verbatim) return v.scalar;
    if (!v.is_mapping) return "\"" + v.scalar + "\"";
    S out = "{";
    for (const auto& [k, f] : v.fields) out += (out.size() > 1 ? ", " : "") + k + ": " + value_text(f);
    return out + "}";
}

/// One planned edit: what, where, with which value.
struct Edit {
    Op op = Op::SetLeaf;
    bool append = false;
    NodePath path;
    NewValue value;
    S describe() const { return S(op_name(op)) + ": " + (append ? "append " : "set ") + path_text(path) + " = " + value_text(value); }
};

std::size_t count_of(const YamlEditor& editor, const NodePath& path) {
    const YamlNode* n = editor.find(path);
    return n && n->kind == NodeKind::Sequence ? n->children.size() : 0;
}

Edit random_edit(Rng& rng, const YamlDocument& doc, const YamlEditor& editor) {
    Edit e;
    e.op = static_cast<Op>(rng.below(static_cast<std::size_t>(Op::Count)));
    const std::size_t goals = count_of(editor, {S("goals")});
    const auto goal = [&]() -> PathStep { return rng.below(goals + (rng.chance(5) ? 1 : 0)); };  // sometimes one too far
    switch (e.op) {
        case Op::SetLeaf: {
            std::vector<NodePath> leaves;
            NodePath p;
            walk(doc, 0, p, [&](const NodePath& at, const YamlNode& n) {
                if (n.kind == NodeKind::Scalar && !n.alias && !at.empty()) leaves.push_back(at);
            });
            e.path = rng.pick(leaves);
            e.value = NewValue::text(rng.text());
            break;
        }
        case Op::SetField: {
            switch (rng.below(5)) {
                case 0:
                    e.path = {S("person"), rng.pick(std::vector<S>{"id", "name", "role", "school", "team", "manager", "email"})};
                    break;
                case 1:
                    e.path = {S("goals"), goal(),
                              rng.pick(std::vector<S>{"title", "status", "start", "end", "learning", "competence", "inspiring",
                                                      "reflection", "specific", "note"})};
                    break;
                case 2: {
                    PathStep g = goal();
                    std::size_t steps = count_of(editor, {S("goals"), g, S("steps")});
                    e.path = {S("goals"), g, S("steps"), rng.below(steps + (rng.chance(5) ? 1 : 0)),
                              rng.pick(std::vector<S>{"id", "what", "due", "done", "note"})};
                    break;
                }
                case 3: {
                    std::size_t n = count_of(editor, {S("conversations")});
                    e.path = {S("conversations"), rng.below(n), rng.pick(std::vector<S>{"kind", "date", "with", "agreements", "notes"})};
                    break;
                }
                default:
                    e.path = {S("sign_off"), rng.pick(std::vector<S>{"employee", "manager"}), rng.pick(std::vector<S>{"name", "date"})};
            }
            S field = std::get<S>(e.path.back());
            bool dated = field == "date" || field == "due" || field == "done" || field == "start" || field == "end";
            e.value = NewValue::text(dated && rng.chance(70) ? rng.date() : rng.text());
            break;
        }
        case Op::AddKey: {
            std::vector<NodePath> mappings;
            NodePath p;
            walk(doc, 0, p, [&](const NodePath& at, const YamlNode& n) {
                if (n.kind == NodeKind::Mapping && !n.alias) mappings.push_back(at);
            });
            e.path = rng.pick(mappings);
            S key = rng.pick(std::vector<S>{"note", "extra", "x_nieuw", "link", "file", "done", "agreed"});
            while (editor.find([&] { NodePath q = e.path; q.emplace_back(key); return q; }())) key += "_" + std::to_string(rng.below(10));
            e.path.emplace_back(key);
            e.value = rng.chance(75) ? NewValue::text(rng.text())
                                     : NewValue::mapping({{"name", NewValue::text(rng.text())}, {"date", NewValue::text(rng.date())}});
            break;
        }
        case Op::AppendStep: {
            e.append = true;
            e.path = {S("goals"), goal(), S("steps")};
            std::vector<std::pair<S, NewValue>> fields;
            if (rng.chance(50)) fields.emplace_back("id", NewValue::text(rng.text()));
            fields.emplace_back("what", NewValue::text(rng.text()));
            if (rng.chance(80)) fields.emplace_back("due", NewValue::text(rng.date()));
            if (rng.chance(30)) fields.emplace_back("done", NewValue::text(rng.date()));
            e.value = NewValue::mapping(std::move(fields));
            break;
        }
        case Op::AppendMethod:
            e.append = true;
            e.path = {S("goals"), goal(), S("methods")};
            e.value = NewValue::text(rng.chance(70) ? rng.pick(kMethods) : rng.text());
            break;
        case Op::AppendConversation: {
            e.append = true;
            e.path = {S("conversations")};
            std::vector<std::pair<S, NewValue>> fields{{"kind", NewValue::text(rng.pick(kKinds))},
                                                       {"date", NewValue::text(rng.date())},
                                                       {"with", NewValue::text(rng.text())}};
            if (rng.chance(60)) fields.emplace_back("agreements", NewValue::text(rng.text()));
            e.value = NewValue::mapping(std::move(fields));
            break;
        }
        case Op::SetList: {
            e.path = {S("goals"), goal(), rng.pick(std::vector<S>{"methods", "school_goals", "title"})};
            std::vector<NewValue> items;
            for (std::size_t n = rng.below(4); n > 0; --n)
                items.push_back(NewValue::text(rng.chance(60) ? rng.pick(kMethods) : rng.text()));
            e.value = NewValue::list(std::move(items));
            break;
        }
        case Op::SetPlain:
            e.path = {S("goals"), goal(), S("realistic"), rng.pick(std::vector<S>{"hours", "budget", "private"})};
            e.value = NewValue::plain(rng.pick(std::vector<S>{"0", "8", "12.5", "40", "1000", "true", "false"}));
            break;
        case Op::AppendEvidence:
        default: {
            e.append = true;
            e.path = {S("goals"), goal(), S("evidence")};
            std::vector<std::pair<S, NewValue>> fields{{"date", NewValue::text(rng.date())}, {"what", NewValue::text(rng.text())}};
            if (rng.chance(40)) fields.emplace_back("link", NewValue::text("https://intranet.example/" + rng.date()));
            e.value = NewValue::mapping(std::move(fields));
        }
    }
    return e;
}

// Two engine bugs (8 and 9 in the test case of fixed bugs at the end) were kept out of the random
// edits until they were fixed; true keeps the values that meet them out again.
constexpr bool kAvoidKnownBugs = false;

/// Changes values that meet a known engine bug into ones that do not.
void avoid_known_bugs(NewValue& v, bool file_ends_with_newline) {
    for (auto& field : v.fields) avoid_known_bugs(field.second, file_ends_with_newline);
    for (auto& item : v.items) avoid_known_bugs(item, file_ends_with_newline);
    if (v.is_mapping || v.is_list || v.verbatim) return;
    S& t = v.scalar;
    // Bug 8: a last line of only spaces in a literal block is taken for trailing blanks.
    std::size_t nl = t.rfind('\n');
    if (nl != S::npos && nl + 1 < t.size() && t.find_first_not_of(' ', nl + 1) == S::npos) t.erase(nl + 1);
    // Bug 9: a literal block at the end of a file without a final newline loses its final break.
    if (!file_ends_with_newline && t.find('\n') != S::npos && t.back() == '\n' && !t.ends_with("\n\n")) t.pop_back();
}

/// The error the engine should give for an edit, or "" when it should plan a splice.
S expected_error(const YamlEditor& editor, const YamlDocument& doc, const Edit& e) {
    const YamlNode* node = editor.find(e.path);
    NodePath parent_path(e.path.begin(), e.path.end() - 1);
    const YamlNode* parent = editor.find(parent_path);
    bool addable = parent && !parent->alias && parent->kind == NodeKind::Mapping && std::holds_alternative<S>(e.path.back());
    if (!e.append) {
        if (!node) return addable ? "" : "edit.no-such-path";
        if (node->alias) return "edit.alias";
        if (e.value.is_list && node->kind == NodeKind::Sequence && !node->flow) {
            // A block list of plain, quoted or block scalars gets its items replaced.
            for (NodeId child : node->children) {
                const YamlNode& item = doc.node(child);
                if (item.alias || item.kind != NodeKind::Scalar) return "edit.block-list";
            }
            return "";
        }
        bool replaceable = node->kind == NodeKind::Scalar || (e.value.is_list && node->kind == NodeKind::Sequence);
        if (!replaceable || e.value.is_mapping) return "edit.not-a-scalar";
        return "";
    }
    if (!node) return addable ? "" : "edit.no-such-path";
    if (node->kind == NodeKind::Sequence) return "";
    if (node->kind == NodeKind::Scalar && !node->alias && resolve_scalar(*node) == ScalarType::Null &&
        node->style == ScalarStyle::Plain && node->span.start.offset == node->span.end.offset)
        return "";  // "steps:" with nothing after it
    return "edit.not-a-list";
}

/// Whether a node holds exactly the value written: same text, read as a string; fields in order.
S compare_value(const YamlDocument& doc, const YamlNode* node, const NewValue& v) {
    if (!node) return "the edited node is not there";
    if (v.is_list) {
        if (node->kind != NodeKind::Sequence) return "a list was written, no list reads back";
        if (node->children.size() != v.items.size()) return "the list reads back with another number of items";
        for (std::size_t i = 0; i < v.items.size(); ++i) {
            S inner = compare_value(doc, &doc.node(node->children[i]), v.items[i]);
            if (!inner.empty()) return "item " + std::to_string(i) + ": " + inner;
        }
        return "";
    }
    if (v.verbatim) {  // a number or boolean: the same text, plain, not a string
        if (node->kind != NodeKind::Scalar || node->value != v.scalar || node->style != ScalarStyle::Plain)
            return "the plain value reads back as \"" + node->value + "\"";
        if (resolve_scalar(*node) == ScalarType::String || resolve_scalar(*node) == ScalarType::Null)
            return "the plain value reads back as a string or null";
        return "";
    }
    if (!v.is_mapping) {
        if (node->kind != NodeKind::Scalar) return "a scalar was written, a collection reads back";
        if (node->value != v.scalar) return "the value reads back as \"" + node->value + "\"";
        if (resolve_scalar(*node) != ScalarType::String) return S("the value reads back as a ") + type_name(resolve_scalar(*node));
        return "";
    }
    if (node->kind != NodeKind::Mapping) return "a mapping was written, something else reads back";
    if (node->children.size() != 2 * v.fields.size()) return "the mapping reads back with another number of fields";
    for (std::size_t i = 0; i < v.fields.size(); ++i) {
        if (doc.node(node->children[2 * i]).value != v.fields[i].first) return "field " + std::to_string(i) + " has another key";
        S inner = compare_value(doc, &doc.node(node->children[2 * i + 1]), v.fields[i].second);
        if (!inner.empty()) return v.fields[i].first + ": " + inner;
    }
    return "";
}

bool has_bare_lf(const S& text) {
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) return true;
    return false;
}

/// Applies one edit and checks it; returns what is wrong ("" when all is well). `after`,
/// `after_read` and `after_flat` receive the new text, its reading and its flattened tree.
S apply_and_check(const S& before, const ReadResult& before_read, const Flat& before_flat, const Edit& e,
                  const S& want_error, S& after, ReadResult& after_read, Flat& after_flat, bool& applied) {
    applied = false;
    YamlEditor editor(before, before_read.doc);
    auto planned = e.append ? editor.append(e.path, e.value) : editor.set(e.path, e.value);
    if (const auto* err = std::get_if<EditError>(&planned)) {
        if (want_error.empty()) return "the engine refused the edit: " + err->message_key;
        if (err->message_key != want_error) return "expected error " + want_error + ", got " + err->message_key;
        return "";
    }
    if (!want_error.empty()) return "expected error " + want_error + ", but a splice was planned";
    const Splice& splice = std::get<Splice>(planned);
    if (splice.offset > before.size() || splice.length > before.size() - splice.offset)
        return "the splice lies outside the text";
    const YamlNode* old_node = editor.find(e.path);
    // A list gets its items replaced (the ones it starts and ends with stay): the splice lies within it.
    bool block_list = !e.append && old_node && old_node->kind == NodeKind::Sequence;
    bool replaces = !e.append && old_node && splice.length > 0 && !block_list;
    // An insertion removes nothing; at the end of a file without a final line break it may turn the
    // header of a block scalar before it into "|-" ("-" + the bytes it replaces).
    if ((e.append || !old_node) && splice.length != 0 &&
        !(splice.text.starts_with("-") && splice.text.compare(1, splice.length, before, splice.offset, splice.length) == 0))
        return "an insertion removes bytes";
    if (replaces && splice.offset != old_node->span.start.offset) return "the splice does not start at the old value";
    auto inside_character = [&](std::size_t at) {  // between the bytes of one UTF-8 character, or of a CRLF
        if (at == 0 || at >= before.size()) return false;
        return (static_cast<unsigned char>(before[at]) & 0xC0) == 0x80 || (before[at - 1] == '\r' && before[at] == '\n');
    };
    if (inside_character(splice.offset) || inside_character(splice.offset + splice.length))
        return "the splice cuts a character or a CRLF in two";
    after = apply_splices(before, {splice});

    // (a) the bytes around the splice are the old ones
    if (after.compare(0, splice.offset, before, 0, splice.offset) != 0) return "bytes before the splice changed";
    if (after.size() != before.size() - splice.length + splice.text.size() ||
        after.compare(splice.offset + splice.text.size(), S::npos, before, splice.offset + splice.length, S::npos) != 0)
        return "bytes after the splice changed";

    // (e) line endings and the final newline
    bool crlf = before.find("\r\n") != S::npos && !has_bare_lf(before);
    if (crlf && has_bare_lf(after)) return "a bare LF in a CRLF file";
    if (before.find('\r') == S::npos && after.find('\r') != S::npos) return "a CR in an LF file";
    if ((!before.empty() && before.back() == '\n') != (!after.empty() && after.back() == '\n'))
        return "the final newline changed";

    // (b) it reads, and the reader finds nothing new
    after_read = read_yaml(after);
    if (after_read.fatal)
        return "the new text does not read" + (after_read.findings.empty() ? S() : ": " + std::string(after_read.findings.back().rule.text()));
    if (reader_rules(after_read) != reader_rules(before_read)) return "the reader's findings changed";
    applied = true;

    // (c) the edited value reads back exactly
    YamlEditor reread(after, after_read.doc);
    const YamlNode* node = reread.find(e.path);
    std::size_t old_count = old_node && old_node->kind == NodeKind::Sequence ? old_node->children.size() : 0;
    NodePath item_path = e.path;
    if (e.append) {
        if (!node || node->kind != NodeKind::Sequence) return "the list is not a list after the append";
        if (node->children.size() != old_count + 1) return "the list has " + std::to_string(node->children.size()) +
                                                           " items, expected " + std::to_string(old_count + 1);
        item_path.emplace_back(old_count);
        node = &after_read.doc.node(node->children.back());
    }
    if (S wrong = compare_value(after_read.doc, node, e.value); !wrong.empty()) return wrong;

    // (d) every other node is unchanged: value, style, order
    std::vector<S> edited{path_text(item_path)};
    if (e.append && (!old_node || old_node->kind != NodeKind::Sequence)) edited = {path_text(e.path)};
    after_flat = flatten(after_read.doc);
    if (!same_except(before_flat, after_flat, edited))
        return "another node changed (value, style or order)";
    return "";
}

}  // namespace

TEST_CASE("the documents for the random edits read cleanly, and the variants differ") {
    std::map<S, S> by_name;
    for (const Doc& d : documents()) {
        CAPTURE(d.name);
        ReadResult r = read_yaml(d.text);
        CHECK_FALSE(r.fatal);
        by_name[d.name] = d.text;
    }
    auto text_of = [&](const S& name) {
        auto it = by_name.find(name);
        return it == by_name.end() ? S() : it->second;
    };
    std::size_t flow = 0, empties = 0;
    for (const auto& [name, text] : by_name) {
        if (name.find('(') != S::npos) continue;
        flow += text_of(name + " (flow steps)") != text && text_of(name + " (flow steps, one a line, CRLF)") != to_crlf(text);
        empties += text_of(name + " (empty lists and values)") != text;
    }
    CHECK(flow >= 8);
    CHECK(empties >= 8);
    if (const char* show = std::getenv("POP_EDIT_SHOW")) MESSAGE(text_of(show));  // to look at a variant
}

TEST_CASE("thousands of random edits change only what they mean to") {
    std::uint64_t seed = 20261122;
    if (const char* env = std::getenv("POP_EDIT_SEED")) seed = std::strtoull(env, nullptr, 10);
    Rng rng{std::mt19937_64(seed)};
    const std::vector<Doc> docs = documents();
    constexpr std::size_t kEdits = 3000;

    std::size_t applied_total = 0, refused_as_expected = 0, failures = 0, chains = 0;
    std::map<Op, std::size_t> applied_per_op;
    std::size_t edit_no = 0;
    while (applied_total < kEdits && failures < 5) {
        const Doc& doc = rng.pick(docs);
        S text = doc.text;
        ReadResult read = read_yaml(text);
        REQUIRE_FALSE(read.fatal);
        Flat flat = flatten(read.doc);
        ++chains;
        std::size_t chain_length = 1 + rng.below(8);
        for (std::size_t k = 0; k < chain_length && failures < 5; ++k, ++edit_no) {
            YamlEditor editor(text, read.doc);
            Edit e = random_edit(rng, read.doc, editor);
            if (kAvoidKnownBugs) avoid_known_bugs(e.value, !text.empty() && text.back() == '\n');
            S want_error = expected_error(editor, read.doc, e);
            S after;
            ReadResult after_read;
            Flat after_flat;
            bool applied = false;
            S wrong = apply_and_check(text, read, flat, e, want_error, after, after_read, after_flat, applied);
            if (!wrong.empty()) {
                ++failures;
                S diff = unified_diff(text, after, doc.name);
                CAPTURE(seed);
                CAPTURE(edit_no);
                CAPTURE(k);
                CAPTURE(doc.name);
                S operation = e.describe();
                CAPTURE(operation);
                CAPTURE(diff);
                CAPTURE(text);
                FAIL_CHECK(wrong);
                break;
            }
            if (!applied) {
                ++refused_as_expected;
                continue;
            }
            ++applied_total;
            ++applied_per_op[e.op];
            text = std::move(after);
            read = std::move(after_read);
            flat = std::move(after_flat);
        }
    }
    if (std::getenv("POP_EDIT_STATS")) {
        S stats = std::to_string(applied_total) + " edits applied in " + std::to_string(chains) + " chains on " +
                  std::to_string(docs.size()) + " documents, " + std::to_string(refused_as_expected) + " refused as expected;";
        for (const auto& [op, n] : applied_per_op) stats += S(" ") + op_name(op) + " " + std::to_string(n) + ",";
        MESSAGE(stats);
    }
    CHECK(failures == 0);
    CHECK(applied_total >= kEdits);
    CHECK(chains > 300);
    for (int op = 0; op < static_cast<int>(Op::Count); ++op) {
        CAPTURE(op_name(static_cast<Op>(op)));
        CHECK(applied_per_op[static_cast<Op>(op)] > 150);  // every kind of edit really ran
    }
    CHECK(refused_as_expected > 10);  // and the expected refusals (a goal too far) were seen too
}

// Engine bugs found by the random edits above and by the edit fuzzer (tests/fuzz/fuzz_edit.cpp),
// with minimal inputs (inputs the examples do not have, so the random edits do not meet them).
// All fixed; each case keeps its bug from coming back.
TEST_CASE("edit engine bugs, fixed: minimal inputs") {
    // The edit is planned, applied and read again: "" when it reads, else what went wrong.
    auto edit = [](const S& yaml, bool append, const NodePath& path, const NewValue& value, S& out) -> S {
        ReadResult r = read_yaml(yaml);
        REQUIRE_FALSE(r.fatal);
        YamlEditor editor(yaml, r.doc);
        auto planned = append ? editor.append(path, value) : editor.set(path, value);
        if (std::holds_alternative<EditError>(planned)) return "error " + std::get<EditError>(planned).message_key;
        out = apply_splices(yaml, {std::get<Splice>(planned)});
        return read_yaml(out).fatal ? "the result does not read" : "";
    };
    auto value_at = [](const S& yaml, const NodePath& path) -> S {
        ReadResult r = read_yaml(yaml);
        if (r.fatal) return "(does not read)";
        YamlEditor editor(yaml, r.doc);
        const YamlNode* n = editor.find(path);
        if (!n) return "(absent)";
        if (n->kind == NodeKind::Mapping) return "{" + std::to_string(n->children.size() / 2) + " keys}";
        if (n->kind == NodeKind::Sequence) return "[" + std::to_string(n->children.size()) + " items]";
        return resolve_scalar(*n) == ScalarType::Null ? "(null)" : n->value;
    };
    NewValue step = NewValue::mapping({{"what", NewValue::text("X")}, {"due", NewValue::text("2026-12-01")}});
    S out;

    // 1. append to `steps: ~` or `steps: null` (a null written out, not left empty) puts the list
    //    after the `~` on the next line: `steps: ~\n    - what: X` does not read (yaml.syntax).
    //    Either replace the `~`/`null` or refuse with edit.not-a-list.
    CHECK(edit("g:\n  steps: ~\n  id: x\n", true, {S("g"), S("steps")}, step, out) == "");
    CHECK(edit("g:\n  steps: null\n", true, {S("g"), S("steps")}, step, out) == "");

    // 2. append to an alias (`steps: *s`): set refuses aliases with edit.alias, append treats the
    //    alias as an empty value and writes a list after it, which does not read.
    CHECK(edit("a: &s [1]\nsteps: *s\n", true, {S("steps")}, NewValue::text("b"), out) == "error edit.alias");

    // 3. append to a block list with an anchor or a tag before it takes the column of the `&`/`!`
    //    (the node's start) as the column of the "-": the new item is indented too far. With
    //    scalar items it silently becomes part of the last item ("a - b", still one item); with
    //    mapping items the result does not read.
    for (S yaml : {"steps: &s\n  - a\n", "steps: !!seq\n  - a\n"}) {
        CAPTURE(yaml);
        REQUIRE(edit(yaml, true, {S("steps")}, NewValue::text("b"), out) == "");
        CHECK(value_at(out, {S("steps")}) == "[2 items]");
    }
    CHECK(edit("g:\n  steps: &s\n    - what: a\n", true, {S("g"), S("steps")}, step, out) == "");

    // 4. set on an empty list item (`-` alone on its line) writes the value right after the dash,
    //    `-x`, which is no longer an item: the list becomes one plain scalar "-x - b". It reads, so
    //    nothing notices.
    REQUIRE(edit("l:\n  -\n  - b\n", false, {S("l"), std::size_t{0}}, NewValue::text("x"), out) == "");
    CHECK(value_at(out, {S("l"), std::size_t{0}}) == "x");
    CHECK(value_at(out, {S("l"), std::size_t{1}}) == "b");

    // 5. set on a key without a value in a flow mapping (`{a}`) wrote the value onto the key:
    //    `{ax}`. There is no place for a value that would not change the key: refused.
    CHECK(edit("m: {a}\n", false, {S("m"), S("a")}, NewValue::text("x"), out) == "error edit.unsupported");

    // 6. a key added after a keep-chomped block scalar (`|+`) goes before its trailing blank lines,
    //    which then no longer belong to it: r changes from "x\n\n" to "x\n".
    REQUIRE(edit("m:\n  r: |+\n    x\n\nz: 1\n", false, {S("m"), S("k")}, NewValue::text("v"), out) == "");
    CHECK(value_at(out, {S("m"), S("r")}) == "x\n\n");

    // 7. an empty mapping in block style is written as nothing, which reads as null.
    REQUIRE(edit("l:\n  - a\n", true, {S("l")}, NewValue::mapping({}), out) == "");
    CHECK(value_at(out, {S("l"), std::size_t{1}}) == "{0 keys}");

    // 8. new text whose last line is only spaces ("a\n  ") becomes a literal block whose last line
    //    is only spaces. content_end() takes that line for trailing blanks, so the next key or item
    //    added after it goes in before that line: the value loses its last line ("a\n  " reads
    //    back as "a") and the spaces join whatever follows (a literal block written next reads
    //    back with "\n  " more). Editors that strip trailing blanks change it too. Found by the
    //    random edits (seed 20261122 with kAvoidKnownBugs = false). A quoted "a\n  " avoids both.
    REQUIRE(edit("m:\n  id: x\n", false, {S("m"), S("k")}, NewValue::text("a\n  "), out) == "");
    S twice;
    REQUIRE(edit(out, false, {S("m"), S("z")}, NewValue::text("v"), twice) == "");
    CHECK(value_at(twice, {S("m"), S("k")}) == "a\n  ");

    // 9. text ending in a line break becomes a `|` literal block; added at the end of a file
    //    without a final newline, no line break follows it and it reads back without its own.
    REQUIRE(edit("a: 1", false, {S("b")}, NewValue::text("x\ny\n"), out) == "");
    CHECK(value_at(out, {S("b")}) == "x\ny\n");

    // 10. (fuzz_edit) a new key is written as it is: an empty key (the path of a complex key like
    //     `[a, b]: x` has one) or one that needs quotes wrote `:` or `a: b:`, which does not read.
    //     Refused now. tests/fuzz/regressions/fuzz_edit/append-new-list-under-empty-key.bin
    CHECK(edit("g:\n  id: x\n", true, {S("g"), S("")}, NewValue::text("b"), out) == "error edit.unsupported");
    CHECK(edit("g:\n  id: x\n", false, {S("g"), S("")}, NewValue::text("b"), out) == "error edit.unsupported");
    CHECK(edit("g: {id: x}\n", true, {S("g"), S("a: b")}, NewValue::text("b"), out) == "error edit.unsupported");
    CHECK(edit("g:\n  id: x\n", false, {S("g"), S("#c")}, NewValue::text("b"), out) == "error edit.unsupported");
    REQUIRE(edit("g:\n  id: x\n", false, {S("g"), S("x_nieuw")}, NewValue::text("b"), out) == "");
    CHECK(value_at(out, {S("g"), S("x_nieuw")}) == "b");

    // 11. (fuzz_edit) a block scalar ("|" or ">") at the end of a file without a final line break
    //     has no final break; a key or item added after it gave it one. Its header becomes "|-"
    //     now; with "|+" the edit is refused. tests/fuzz/regressions/fuzz_edit/
    //     add-key-after-folded-block-at-end-without-newline.bin
    REQUIRE(edit("g:\n  a: >\n    x\n    y", false, {S("g"), S("b")}, NewValue::text("v"), out) == "");
    CHECK(out == "g:\n  a: >-\n    x\n    y\n  b: v");
    CHECK(value_at(out, {S("g"), S("a")}) == "x y");
    REQUIRE(edit("l:\n  - |2\n     x", true, {S("l")}, NewValue::text("v"), out) == "");
    CHECK(value_at(out, {S("l"), std::size_t{0}}) == " x");
    CHECK(value_at(out, {S("l"), std::size_t{1}}) == "v");
    REQUIRE(edit("a: |-\n  x", false, {S("b")}, NewValue::text("v"), out) == "");
    CHECK(out == "a: |-\n  x\nb: v");
    CHECK(edit("a: |+\n  x", false, {S("b")}, NewValue::text("v"), out) == "error edit.unsupported");

    // 12. (fuzz_edit) set on a value with an anchor (`date: &d 2025-10-03`, used by `*d`) replaced
    //     the anchor too: the alias then had nothing to refer to. The anchor stays now; a value
    //     with a tag (`!!str`) is refused. tests/fuzz/regressions/fuzz_edit/set-anchored-scalar-drops-anchor-of-alias.bin
    REQUIRE(edit("a: {d: &d 2025-10-03}\nb: *d\n", false, {S("a"), S("d")}, NewValue::text("x"), out) == "");
    CHECK(out == "a: {d: &d x}\nb: *d\n");
    REQUIRE(edit("a: &d # c\n  oud\nb: *d\n", false, {S("a")}, NewValue::text("x"), out) == "");
    CHECK(out == "a: &d # c\n  x\nb: *d\n");
    REQUIRE(edit("g:\n  steps: &s ~\nb: *s\n", true, {S("g"), S("steps")}, NewValue::text("x"), out) == "");
    CHECK(out.starts_with("g:\n  steps: &s\n"));
    CHECK(value_at(out, {S("g"), S("steps")}) == "[1 items]");
    CHECK(edit("a: !!str 12\n", false, {S("a")}, NewValue::text("x"), out) == "error edit.unsupported");

    // 13. (fuzz_edit) a CR alone is a line break to the reader but not to the editor, which put new
    //     lines after the next LF, inside what follows. Such files are refused now.
    //     tests/fuzz/regressions/fuzz_edit/append-in-file-with-lone-cr.bin
    CHECK(edit("g:\n  steps:\n    - a\rz: 1\n", true, {S("g"), S("steps")}, NewValue::text("b"), out) == "error edit.unsupported");
    CHECK(edit("a: 1\rb: 2", false, {S("a")}, NewValue::text("x"), out) == "error edit.unsupported");
    REQUIRE(edit("a: 1\r\nb: 2\r\n", false, {S("a")}, NewValue::text("x"), out) == "");
    CHECK(out == "a: x\r\nb: 2\r\n");

    // 14. (fuzz_edit) case 5 with a blank before the closing brace (`{a }`): the blank passed for the
    //     one after "key:", and the value joined the key. Refused as in case 5.
    //     tests/fuzz/regressions/fuzz_edit/set-flow-key-without-colon-before-blank.bin
    CHECK(edit("m: { a }\n", false, {S("m"), S("a")}, NewValue::text("x"), out) == "error edit.unsupported");
    CHECK(edit("m: {b: 1, a }\n", false, {S("m"), S("a")}, NewValue::text("x"), out) == "error edit.unsupported");
    CHECK(edit("m: {a , b: 1}\n", false, {S("m"), S("a")}, step, out) == "error edit.unsupported");
    REQUIRE(edit("m: { a: }\n", false, {S("m"), S("a")}, NewValue::text("x"), out) == "");
    CHECK(value_at(out, {S("m"), S("a")}) == "x");
    REQUIRE(edit("l:\n  -   \n  - b\n", false, {S("l"), std::size_t{0}}, NewValue::text("x"), out) == "");
    CHECK(value_at(out, {S("l"), std::size_t{0}}) == "x");

    // 15. (fuzz_edit) format_scalar wrote "a:?" plain, which a flow list reads as something else.
    //     tests/fuzz/regressions/fuzz_edit/format-scalar-colon-before-question-mark-in-flow-list.bin
    for (S text : {"a:?", "a:-", "a:[", "x:\"", "a:?b"}) {
        CAPTURE(text);
        CHECK(format_scalar(text).front() == '"');
        REQUIRE(edit("l: [x]\n", true, {S("l")}, NewValue::text(text), out) == "");
        CHECK(value_at(out, {S("l"), std::size_t{1}}) == text);
    }
    CHECK(format_scalar("a:b") == "a:b");
    CHECK(format_scalar("https://x.nl/a") == "https://x.nl/a");

    // 16. (fuzz_edit) a key added after a literal block at the end of a file without a final line
    //     break, whose last line ends in a blank: the block gained a line break. The engine now
    //     verifies every splice by reading the result again, and refuses what it cannot do cleanly.
    //     tests/fuzz/regressions/fuzz_edit/add-key-after-literal-block-with-trailing-space-at-end-without-newline.bin
    S block_at_end = "g:\n  a: |\n    - x\n    - y ";
    S result = edit(block_at_end, false, {S("g"), S("done")}, NewValue::text("z"), out);
    if (result.empty()) {
        CHECK(value_at(out, {S("g"), S("a")}) == "- x\n- y ");
        CHECK(value_at(out, {S("g"), S("done")}) == "z");
    } else {
        CHECK(result == "error edit.unsupported");
    }
}
