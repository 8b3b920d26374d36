// Quick fixes of the language server (pop/lsp/code_actions.h).
#include "pop/lsp/code_actions.h"

#include <algorithm>
#include <functional>
#include <mutex>
#include <optional>

#include "pop/edit/edit.h"
#include "pop/edit/pop_edit.h"
#include "pop/format/spec.h"
#include "pop/lsp/text.h"
#include "check_collect.h"
#include "pop/read/yaml_tree.h"
#include "pop/render/render_check.h"
#include "pop/rules/rules.h"
#include "pop/workspace/check_repository.h"
#include "pop/workspace/overlay.h"

namespace pop::lsp {
namespace {

using json = nlohmann::json;

// The value of a finding's argument ("" when it has none of that name).
std::string arg_of(const Finding& f, std::string_view name) {
    for (const MessageArg& a : f.args)
        if (a.name == name) return a.value;
    return "";
}

// Two findings say the same (rule, message and arguments; positions may have moved).
bool same_finding(const Finding& a, const Finding& b) {
    if (a.rule != b.rule || a.message != b.message || a.args.size() != b.args.size()) return false;
    for (std::size_t i = 0; i < a.args.size(); ++i)
        if (a.args[i].name != b.args[i].name || a.args[i].value != b.args[i].value) return false;
    return true;
}

std::size_t count_same(const std::vector<Finding>& findings, const Finding& f) {
    return static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(), [&](const Finding& g) { return same_finding(f, g); }));
}

// Where a node of the tree is: its path from the root; for a key, the path of its value.
struct Located {
    NodePath path;
    const YamlNode* node = nullptr;
    bool is_key = false;
};

// The scalar (or key, with `keys`) that starts at byte `offset`.
std::optional<Located> node_at(const YamlDocument& doc, std::uint64_t offset, bool keys) {
    std::optional<Located> found;
    std::function<void(const YamlNode&, NodePath&)> visit = [&](const YamlNode& node, NodePath& path) {
        if (found) return;
        if (node.kind == NodeKind::Scalar) {
            if (!keys && node.span.start.offset == offset) found = Located{path, &node, false};
            return;
        }
        for (std::size_t i = 0; i < node.children.size(); ++i) {
            if (node.kind == NodeKind::Mapping) {
                if (i % 2 == 0) continue;
                const YamlNode& key = doc.node(node.children[i - 1]);
                if (key.kind != NodeKind::Scalar) continue;
                path.emplace_back(key.value);
                if (keys && key.span.start.offset == offset) found = Located{path, &key, true};
            } else {
                path.emplace_back(i);
            }
            visit(doc.node(node.children[i]), path);
            path.pop_back();
            if (found) return;
        }
    };
    if (doc.empty()) return std::nullopt;
    NodePath path;
    visit(doc.root(), path);
    return found;
}

// The index of the goal of a POP that holds byte `offset` (the last goal starting at or before it).
std::optional<std::size_t> goal_at(const YamlDocument& doc, std::uint64_t offset) {
    const YamlNode* goals = find_node(doc, {std::string("goals")});
    if (!goals || goals->kind != NodeKind::Sequence) return std::nullopt;
    std::optional<std::size_t> hit;
    for (std::size_t i = 0; i < goals->children.size(); ++i)
        if (doc.node(goals->children[i]).span.start.offset <= offset) hit = i;
    if (hit && doc.node(goals->children[*hit]).kind != NodeKind::Mapping) return std::nullopt;
    return hit;
}

// The key renamed in place: the key's bytes replaced, refused unless the file reads back with the
// same reader findings and every node the same but that key.
std::optional<std::string> renamed_key(std::string_view text, const YamlDocument& doc, const YamlNode& key,
                                       const std::string& name) {
    if (key.style != ScalarStyle::Plain || !plain_reads_the_same(name)) return std::nullopt;
    std::size_t from = key.span.start.offset, to = key.span.end.offset;
    if (to < from || to > text.size()) return std::nullopt;
    std::string after = apply_splices(text, {Splice{from, to - from, name}});
    ReadResult before_read = read_yaml(text), after_read = read_yaml(after);
    if (after_read.fatal || after_read.findings.size() != before_read.findings.size()) return std::nullopt;
    for (std::size_t i = 0; i < before_read.findings.size(); ++i)
        if (before_read.findings[i].rule != after_read.findings[i].rule ||
            before_read.findings[i].message != after_read.findings[i].message)
            return std::nullopt;
    const YamlDocument& b = after_read.doc;
    if (b.nodes.size() != doc.nodes.size()) return std::nullopt;
    for (std::size_t i = 0; i < doc.nodes.size(); ++i) {
        const YamlNode &x = doc.nodes[i], &y = b.nodes[i];
        bool renamed = &x == &key;
        if (x.kind != y.kind || x.children != y.children || x.style != y.style) return std::nullopt;
        if (renamed ? y.value != name : x.value != y.value) return std::nullopt;
    }
    return after;
}

// The SMARTI field a finding misses, as the keys to add to its goal ("realistic" holds "hours").
struct MissingFields {
    std::vector<std::string> keys;  // in the goal's mapping
    bool hours = false;             // realistic.hours
};

std::optional<MissingFields> missing_fields(const Finding& f) {
    const std::string& m = f.message;
    if (m == "smarti.specific.missing") return MissingFields{{"specific"}, false};
    if (m == "smarti.measurable") return MissingFields{{"measurable"}, false};
    if (m == "smarti.inspiring") return MissingFields{{"inspiring"}, false};
    if (m == "smarti.realistic.hours") return MissingFields{{}, true};
    if (m == "smarti.time-bound") {
        std::string missing = arg_of(f, "missing");
        if (missing == "start") return MissingFields{{"start"}, false};
        if (missing == "end") return MissingFields{{"end"}, false};
        return MissingFields{{"start", "end"}, false};
    }
    return std::nullopt;
}

// The SMARTI word of a goal key, as the rules' messages name it: "Meetbaar", "Tijdgebonden".
std::string smarti_word(std::string_view key) {
    const FieldSpec* field = find_field(*find_field(spec_for(FileKind::Pop), "goals")->type.object, key);
    if (!field) return std::string(key);
    std::string_view term = field->term_nl;
    if (auto open = term.find('('); open != std::string_view::npos)  // "startdatum (Tijdgebonden)"
        return std::string(term.substr(open + 1, term.find(')', open) - open - 1));
    return std::string(term);
}

// A candidate fix: the text after it and its title.
struct Candidate {
    std::string after;
    std::string title;
};

std::optional<Candidate> candidate(std::string_view text, const Finding& f, Lang lang) {
    ReadResult read = read_yaml(text);
    if (read.fatal || read.doc.empty()) return std::nullopt;
    const YamlDocument& doc = read.doc;
    const std::string& m = f.message;
    std::string suggestion = arg_of(f, "suggestion");
    // A scalar set to a new value through the edit engine.
    auto set_scalar = [&](const NewValue& value, std::string key, std::vector<MessageArg> args) -> std::optional<Candidate> {
        std::optional<Located> at = node_at(doc, f.at.offset, false);
        if (!at) return std::nullopt;
        std::optional<PopEdit> edit = PopEdit::start(std::string(text));
        if (!edit || edit->set(at->path, value) || !edit->changed()) return std::nullopt;
        return Candidate{edit->bytes(), render_message(key, lang, args)};
    };
    if (m == "dates.format.suggest" && !suggestion.empty())
        return set_scalar(NewValue::text(suggestion), "lsp.fix.date", {{"suggestion", suggestion}});
    if ((m == "structure.enum.suggest" || m == "links.person.suggest" || m == "links.school-goal.suggest" ||
         m == "competence.area.suggest") &&
        !suggestion.empty()) {
        std::string value = m == "structure.enum.suggest"    ? arg_of(f, "value")
                            : m == "competence.area.suggest" ? arg_of(f, "area")
                                                             : arg_of(f, "id");
        return set_scalar(NewValue::text(suggestion), "lsp.fix.value", {{"value", value}, {"suggestion", suggestion}});
    }
    if ((m == "structure.type.number.suggest" || m == "structure.thousands-point") && !suggestion.empty())
        return set_scalar(NewValue::plain(suggestion), "lsp.fix.value",
                          {{"value", arg_of(f, "value")}, {"suggestion", suggestion}});
    if (m == "structure.type.text") {
        std::string found = arg_of(f, "found");
        std::string value = arg_of(f, "value");
        if ((found != "kind.number" && found != "kind.boolean") || value.empty()) return std::nullopt;
        return set_scalar(NewValue::text(value), "lsp.fix.quote", {{"value", value}});
    }
    if (m == "structure.unknown-key.suggest" && !suggestion.empty()) {
        std::optional<Located> at = node_at(doc, f.at.offset, true);
        if (!at) return std::nullopt;
        std::optional<std::string> after = renamed_key(text, doc, *at->node, suggestion);
        if (!after) return std::nullopt;
        std::vector<MessageArg> args{{"key", at->node->value}, {"suggestion", suggestion}};
        return Candidate{*after, render_message("lsp.fix.key", lang, args)};
    }
    if (std::optional<MissingFields> missing = missing_fields(f)) {
        std::optional<std::size_t> goal = goal_at(doc, f.at.offset);
        if (!goal) return std::nullopt;
        std::optional<PopEdit> edit = PopEdit::start(std::string(text));
        if (!edit) return std::nullopt;
        NodePath goal_path{std::string("goals"), *goal};
        std::vector<std::string> shown;
        for (const std::string& key : missing->keys) {
            NodePath path = goal_path;
            path.emplace_back(key);
            if (edit->find(path) || edit->set(path, NewValue::plain(""))) return std::nullopt;
            shown.push_back(key);
        }
        std::string word = smarti_word(missing->keys.empty() ? "realistic" : missing->keys.front());
        if (missing->hours) {
            NodePath realistic = goal_path;
            realistic.emplace_back(std::string("realistic"));
            const YamlNode* node = edit->find(realistic);
            std::optional<EditError> error;
            if (node && node->kind == NodeKind::Mapping) {
                realistic.emplace_back(std::string("hours"));
                error = edit->set(realistic, NewValue::plain(""));
            } else if (!node) {
                error = edit->set(realistic, NewValue::mapping({{"hours", NewValue::plain("")}}));
            } else {
                return std::nullopt;  // `realistic` holds something else: the structure check says what
            }
            if (error) return std::nullopt;
            shown.push_back("realistic.hours");
        }
        if (!edit->changed()) return std::nullopt;
        std::string goal_name = arg_of(f, "goal");
        std::vector<MessageArg> args{{"word", word}, {"goal", goal_name}};
        if (shown.size() == 2) {
            args.push_back({"first", shown[0]});
            args.push_back({"second", shown[1]});
        } else {
            args.push_back({"field", shown[0]});
        }
        std::string title = render_message(shown.size() == 2 ? "lsp.fix.add-fields" : "lsp.fix.add-field", lang, args);
        return Candidate{edit->bytes(), std::move(title)};
    }
    return std::nullopt;
}

// The smallest replacement that turns `before` into `after` (whole UTF-8 characters).
Splice as_replacement(std::string_view before, std::string_view after) {
    std::size_t prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before[prefix] == after[prefix]) ++prefix;
    std::size_t suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix &&
           before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    auto continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
    while (prefix > 0 && prefix < before.size() && continuation(before[prefix])) --prefix;
    while (suffix > 0 && before.size() - suffix < before.size() && continuation(before[before.size() - suffix])) --suffix;
    return Splice{prefix, before.size() - suffix - prefix, std::string(after.substr(prefix, after.size() - suffix - prefix))};
}

Position position_from(const json& value) {
    Position p;
    if (!value.is_object()) return p;
    auto number = [&](const char* key) -> std::uint32_t {
        auto it = value.find(key);
        if (it == value.end() || !it->is_number_integer()) return 0;
        long long n = it->get<long long>();
        return n < 0 ? 0 : static_cast<std::uint32_t>(std::min<long long>(n, UINT32_MAX));
    };
    p.line = number("line");
    p.character = number("character");
    return p;
}

bool before(const Position& a, const Position& b) { return a.line < b.line || (a.line == b.line && a.character < b.character); }

json json_of(const Position& p) { return {{"line", p.line}, {"character", p.character}}; }
json json_of(const Range& r) { return {{"start", json_of(r.start)}, {"end", json_of(r.end)}}; }

}  // namespace

std::vector<Finding> findings_of_file(const std::string& path, const FileSource& files, const HistorySource& history,
                                      const Date& today) {
    RepositoryCheckRequest request;
    request.workspace.paths = {path};
    request.workspace.jobs = 1;
    request.today = today;
    Collector collector;
    Discard discard;
    check_repository(request, files, history, collector, discard);
    std::vector<Finding> out;
    std::string key = files.absolute(path);
    for (FileReport& report : collector.take())
        if (files.absolute(report.path) == key) out.insert(out.end(), report.findings.begin(), report.findings.end());
    return out;
}

namespace {

// quick_fixes with the findings of the text as it is (`now`) already known.
std::vector<QuickFix> verified_fixes(const std::string& path, std::string_view text, const std::vector<Finding>& wanted,
                                     const std::vector<Finding>& now, const FileSource& files,
                                     const HistorySource& history, const Date& today, Lang lang) {
    std::vector<QuickFix> out;
    for (const Finding& f : wanted) {
        std::optional<Candidate> c = candidate(text, f, lang);
        if (!c || c->after == text) continue;
        // Checked again with the fix applied: the finding must be gone.
        OverlayFileSource fixed(files);
        fixed.set(files.absolute(path), c->after);
        if (count_same(findings_of_file(path, fixed, history, today), f) >= count_same(now, f)) continue;
        Splice edit = as_replacement(text, c->after);
        out.push_back(QuickFix{std::move(c->title), f, edit.offset, edit.length, std::move(edit.text)});
    }
    return out;
}

}  // namespace

std::vector<QuickFix> quick_fixes(const std::string& path, std::string_view text, const std::vector<Finding>& wanted,
                                  const FileSource& files, const HistorySource& history, const Date& today, Lang lang) {
    if (wanted.empty()) return {};
    return verified_fixes(path, text, wanted, findings_of_file(path, files, history, today), files, history, today, lang);
}

json code_actions(const CodeActionQuery& query, const FileSource& files, const HistorySource& history) {
    json actions = json::array();
    const json& params = query.params;
    if (!params.is_object()) return actions;
    json range_json = params.value("range", json::object());
    Range asked{position_from(range_json.value("start", json::object())), position_from(range_json.value("end", json::object()))};
    json given = json::array();
    if (auto context = params.find("context"); context != params.end() && context->is_object()) {
        if (auto d = context->find("diagnostics"); d != context->end() && d->is_array()) given = *d;
        // `only`: the kinds the client asks for; quick fixes are "quickfix" (a kind covers its sub-kinds)
        if (auto only = context->find("only"); only != context->end() && only->is_array() &&
            std::none_of(only->begin(), only->end(), [](const json& k) { return k == "quickfix"; }))
            return actions;
    }

    std::vector<Finding> findings = findings_of_file(query.path, files, history, query.today);
    std::vector<Finding> wanted;
    std::vector<json> diagnostics;  // per wanted finding
    for (const Finding& f : findings) {
        Range r = range_of(query.text, f);
        std::string code(f.rule.text());
        json match;
        for (const json& d : given)
            if (d.is_object() && d.value("code", json()) == code && d.contains("range") &&
                d["range"] == json_of(r))
                match = d;
        // In the asked range: the finding's range and the asked one overlap (or touch, for a cursor).
        bool overlaps = !before(r.end, asked.start) && !before(asked.end, r.start);
        if (match.is_null() && !overlaps) continue;
        if (match.is_null())
            match = {{"range", json_of(r)}, {"severity", severity_of(f.rule) == Severity::Error ? 1 : 2},
                     {"source", "pop"}, {"code", code}, {"message", finding_message(f, query.lang)}};
        wanted.push_back(f);
        diagnostics.push_back(std::move(match));
    }
    std::vector<QuickFix> fixes =
        verified_fixes(query.path, query.text, wanted, findings, files, history, query.today, query.lang);
    for (const QuickFix& fix : fixes) {
        json diagnostic;
        for (std::size_t i = 0; i < wanted.size(); ++i)
            if (same_finding(wanted[i], fix.finding) && wanted[i].at.offset == fix.finding.at.offset) diagnostic = diagnostics[i];
        Range r{position_of(query.text, fix.offset), position_of(query.text, fix.offset + fix.length)};
        json edit = {{"range", json_of(r)}, {"newText", fix.text}};
        actions.push_back({{"title", fix.title},
                           {"kind", "quickfix"},
                           {"diagnostics", json::array({diagnostic})},
                           {"isPreferred", true},
                           {"edit", {{"changes", {{query.uri, json::array({edit})}}}}}});
    }
    return actions;
}

}  // namespace pop::lsp
