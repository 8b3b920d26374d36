#pragma once
/// Checks of one edit planned by YamlEditor, shared by the edit fuzzer: the ideas of
/// tests/unit/edit/edit_random_test.cpp (bytes outside the splice kept, the text reads again without
/// new reader findings, the value reads back exactly, every other node unchanged, line endings
/// and the final newline kept), for any document.

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "pop/edit/edit.h"
#include "pop/read/yaml_tree.h"

namespace pop::fuzz {

/// A path as text: "/goals/[1]/status". In a key, "~", "/" and "[" are written "~0", "~1" and "~2"
/// (as in a JSON Pointer), so a key such as "goals/[0]/x" cannot pass for a path below /goals/[0].
inline std::string path_text(const NodePath& path) {
    std::string out;
    for (const PathStep& step : path) {
        if (const auto* key = std::get_if<std::string>(&step)) {
            out += "/";
            for (char c : *key) {
                if (c == '~') out += "~0";
                else if (c == '/') out += "~1";
                else if (c == '[') out += "~2";
                else out += c;
            }
        } else out += "/[" + std::to_string(std::get<std::size_t>(step)) + "]";
    }
    return out.empty() ? "/" : out;
}

/// True when `path` is `prefix` or lies below it.
inline bool is_under(const std::string& path, const std::string& prefix) {
    return path == prefix || (path.size() > prefix.size() && path.compare(0, prefix.size(), prefix) == 0 &&
                              (prefix == "/" || path[prefix.size()] == '/'));
}

/// Calls visit(path, node) for every node in document order (aliases are not entered).
inline void walk(const YamlDocument& doc, NodeId id, NodePath& path,
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

/// Every node in document order as (path, what it is): "{block", "[flow", "0 2: text" (style, type, value).
using Flat = std::vector<std::pair<std::string, std::string>>;

/// The flattened tree of a document (empty for an empty document).
inline Flat flatten(const YamlDocument& doc) {
    Flat out;
    if (doc.empty()) return out;
    NodePath path;
    walk(doc, 0, path, [&](const NodePath& at, const YamlNode& n) {
        std::string what;
        if (n.alias) what = "*alias";
        else if (n.kind == NodeKind::Mapping) what = n.flow ? "{flow" : "{block";
        else if (n.kind == NodeKind::Sequence) what = n.flow ? "[flow" : "[block";
        else what = std::to_string(static_cast<int>(n.style)) + " " + std::to_string(static_cast<int>(resolve_scalar(n))) + ": " + n.value;
        out.emplace_back(path_text(at), std::move(what));
    });
    return out;
}

/// Whether two flattened trees are the same once the entries under any of `edited` are left out.
inline bool same_except(const Flat& a, const Flat& b, const std::vector<std::string>& edited) {
    auto skip = [&](const Flat& f, std::size_t i) {
        while (i < f.size() &&
               std::any_of(edited.begin(), edited.end(), [&](const std::string& p) { return is_under(f[i].first, p); }))
            ++i;
        return i;
    };
    std::size_t i = skip(a, 0), j = skip(b, 0);
    while (i < a.size() && j < b.size()) {
        if (a[i] != b[j]) return false;
        i = skip(a, i + 1), j = skip(b, j + 1);
    }
    return i == a.size() && j == b.size();
}

/// The reader's findings as sorted "rule message" lines (positions left out: they move).
inline std::vector<std::string> reader_rules(const ReadResult& r) {
    std::vector<std::string> rules;
    for (const Finding& f : r.findings) rules.push_back(std::string(f.rule.text()) + " " + f.message);
    std::sort(rules.begin(), rules.end());
    return rules;
}

/// How a written list must read back: as a flow list, as a block list, or either.
enum class ListStyle { Flow, Block, Either };

/// Whether a node holds exactly the value written ("" when it does, else what differs). A list
/// written over a block list stays a block list (an empty one may become "[]"); every other list
/// is written as a flow list.
inline std::string compare_value(const YamlDocument& doc, const YamlNode* node, const NewValue& v,
                                 ListStyle style = ListStyle::Flow) {
    if (!node) return "the edited node is not there";
    if (v.is_list) {
        if (node->kind != NodeKind::Sequence) return "a list was written, no list reads back";
        if (style == ListStyle::Flow && !node->flow) return "a list was written, no flow list reads back";
        if (style == ListStyle::Block && node->flow) return "a list was written over a block list, a flow list reads back";
        if (node->children.size() != v.items.size()) return "the list reads back with another number of items";
        for (std::size_t i = 0; i < v.items.size(); ++i) {
            std::string inner = compare_value(doc, &doc.node(node->children[i]), v.items[i]);
            if (!inner.empty()) return "item " + std::to_string(i) + ": " + inner;
        }
        return "";
    }
    if (v.verbatim) {
        if (node->kind != NodeKind::Scalar || node->value != v.scalar || node->style != ScalarStyle::Plain)
            return "the plain value reads back as \"" + node->value + "\"";
        if (resolve_scalar(*node) == ScalarType::String || resolve_scalar(*node) == ScalarType::Null)
            return "the plain value reads back as a string or null";
        return "";
    }
    if (!v.is_mapping) {
        if (node->kind != NodeKind::Scalar || node->alias) return "a scalar was written, something else reads back";
        if (node->value != v.scalar) return "the value reads back as \"" + node->value + "\"";
        if (resolve_scalar(*node) != ScalarType::String) return "the value reads back as a non-string";
        return "";
    }
    if (node->kind != NodeKind::Mapping) return "a mapping was written, something else reads back";
    if (node->children.size() != 2 * v.fields.size()) return "the mapping reads back with another number of fields";
    for (std::size_t i = 0; i < v.fields.size(); ++i) {
        if (doc.node(node->children[2 * i]).value != v.fields[i].first) return "field " + std::to_string(i) + " has another key";
        std::string inner = compare_value(doc, &doc.node(node->children[2 * i + 1]), v.fields[i].second);
        if (!inner.empty()) return v.fields[i].first + ": " + inner;
    }
    return "";
}

/// True when text has a LF not preceded by CR.
inline bool has_bare_lf(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) return true;
    return false;
}

/// One edit: set or append, where, what.
struct PlannedEdit {
    bool append = false;  ///< append() instead of set().
    std::optional<std::size_t> insert_at;  ///< With append: insert() before this item instead.
    bool remove = false;  ///< remove() the node at path (value unused).
    NodePath path;        ///< Where.
    NewValue value;       ///< What.
};

/// What became of an edit.
struct EditOutcome {
    bool refused = false;  ///< The engine refused (not a failure).
    bool skipped = false;  ///< The result hit a reader limit (depth, size): not judged.
    std::string wrong;     ///< What is wrong with an accepted edit ("" when all is well).
    std::string after;     ///< The text after the edit.
};

/// Plans the removal of the node at `path` on `before`, applies it and checks it: only the
/// splice changed; the line endings, the final newline and the reader's findings are kept; the
/// tree is the old one without that node (the items after it one place back; a block list that
/// lost its last item is "[]").
inline EditOutcome check_removal(const std::string& before, const ReadResult& before_read, const NodePath& path) {
    EditOutcome out;
    YamlEditor editor(before, before_read.doc);
    auto planned = editor.remove(path);
    if (std::holds_alternative<EditError>(planned)) {
        out.refused = true;
        return out;
    }
    const Splice& splice = std::get<Splice>(planned);
    auto wrong = [&](std::string what) {
        out.wrong = std::move(what);
        return out;
    };
    if (splice.offset > before.size() || splice.length > before.size() - splice.offset)
        return wrong("the splice lies outside the text");
    if (!splice.text.empty() && splice.text != " []") return wrong("a removal writes text: " + splice.text);
    out.after = apply_splices(before, {splice});
    const std::string& after = out.after;
    bool crlf = before.find("\r\n") != std::string::npos && !has_bare_lf(before);
    if (crlf && has_bare_lf(after)) return wrong("a bare LF in a CRLF file");
    if ((!before.empty() && before.back() == '\n') != (!after.empty() && after.back() == '\n'))
        return wrong("the final newline changed");
    ReadResult after_read = read_yaml(after);
    if (after_read.fatal) return wrong("the new text does not read");
    if (reader_rules(after_read) != reader_rules(before_read)) return wrong("the reader's findings changed");
    std::string gone = path_text(path);
    Flat expected;
    NodePath list_path(path.begin(), path.end() - 1);
    std::string list = list_path.empty() ? "" : path_text(list_path);
    const YamlNode* list_node = editor.find(list_path);
    for (auto [where, what] : flatten(before_read.doc)) {
        if (is_under(where, gone)) continue;
        if (const auto* at = std::get_if<std::size_t>(&path.back())) {
            std::size_t open = list.size() + 2, close = open;
            while (close < where.size() && where[close] >= '0' && where[close] <= '9') ++close;
            if (where.compare(0, open, list + "/[") == 0 && close > open && close < where.size() && where[close] == ']' &&
                close - open < 10) {
                std::size_t j = std::stoul(where.substr(open, close - open));
                if (j > *at) where = list + "/[" + std::to_string(j - 1) + where.substr(close);
            }
            if ((where == list || (list.empty() && where == "/")) && list_node && list_node->children.size() == 1 &&
                splice.text == " []")
                what = "[flow";
        }
        expected.emplace_back(std::move(where), std::move(what));
    }
    Flat got = flatten(after_read.doc);
    if (got != expected && std::holds_alternative<std::size_t>(path.back()) && list_node &&
        list_node->children.size() == 1 && !list_path.empty() && std::holds_alternative<std::string>(list_path.back())) {
        // The last item of a block list may take its key along.
        expected.clear();
        for (auto [where, what] : flatten(before_read.doc))
            if (!is_under(where, list)) expected.emplace_back(std::move(where), std::move(what));
    }
    if (got != expected) return wrong("the tree is not the old one without the node");
    return out;
}

/// Plans one edit on `before` (which must read without a fatal problem), applies it and checks it.
inline EditOutcome apply_and_check(const std::string& before, const ReadResult& before_read, const PlannedEdit& e) {
    EditOutcome out;
    YamlEditor editor(before, before_read.doc);
    if (e.remove) return check_removal(before, before_read, e.path);
    auto planned = e.insert_at ? editor.insert(e.path, *e.insert_at, e.value)
                   : e.append  ? editor.append(e.path, e.value)
                               : editor.set(e.path, e.value);
    if (std::holds_alternative<EditError>(planned)) {
        out.refused = true;
        return out;
    }
    const Splice& splice = std::get<Splice>(planned);
    auto wrong = [&](std::string what) {
        out.wrong = std::move(what);
        return out;
    };
    if (splice.offset > before.size() || splice.length > before.size() - splice.offset)
        return wrong("the splice lies outside the text");
    const YamlNode* old_node = editor.find(e.path);
    // An insertion removes nothing (but "steps: ~" loses its "~"); at the end of a file without a
    // final line break it may turn the header of a block scalar before it into "|-".
    bool header = splice.text.starts_with("-") &&
                  splice.text.compare(1, splice.length, before, splice.offset, splice.length) == 0;
    if ((e.append || !old_node) && splice.length != 0 && !header && !(old_node && old_node->kind == NodeKind::Scalar))
        return wrong("an insertion removes bytes");
    auto inside_character = [&](std::size_t at) {
        if (at == 0 || at >= before.size()) return false;
        return (static_cast<unsigned char>(before[at]) & 0xC0) == 0x80 || (before[at - 1] == '\r' && before[at] == '\n');
    };
    if (inside_character(splice.offset) || inside_character(splice.offset + splice.length))
        return wrong("the splice cuts a character or a CRLF in two");
    out.after = apply_splices(before, {splice});
    const std::string& after = out.after;

    // (a) the bytes around the splice are the old ones
    if (after.compare(0, splice.offset, before, 0, splice.offset) != 0) return wrong("bytes before the splice changed");
    if (after.size() != before.size() - splice.length + splice.text.size() ||
        after.compare(splice.offset + splice.text.size(), std::string::npos, before, splice.offset + splice.length,
                      std::string::npos) != 0)
        return wrong("bytes after the splice changed");

    // (e) line endings and the final newline
    bool crlf = before.find("\r\n") != std::string::npos && !has_bare_lf(before);
    if (crlf && has_bare_lf(after)) return wrong("a bare LF in a CRLF file");
    if (before.find('\r') == std::string::npos && after.find('\r') != std::string::npos) return wrong("a CR in an LF file");
    if ((!before.empty() && before.back() == '\n') != (!after.empty() && after.back() == '\n'))
        return wrong("the final newline changed");

    // (b) it reads, and the reader finds nothing new
    ReadResult after_read = read_yaml(after);
    for (const Finding& f : after_read.findings)
        if (f.rule.text() == "yaml.depth" || f.rule.text() == "input.size") {
            out.skipped = true;  // deeper or larger than the reader allows: not the editor's business
            return out;
        }
    if (after_read.fatal)
        return wrong("the new text does not read" + (after_read.findings.empty() ? std::string() : ": " + std::string(after_read.findings.back().rule.text())));
    if (reader_rules(after_read) != reader_rules(before_read)) return wrong("the reader's findings changed");

    // (c) the edited value reads back exactly
    YamlEditor reread(after, after_read.doc);
    const YamlNode* node = reread.find(e.path);
    std::size_t old_count = old_node && old_node->kind == NodeKind::Sequence ? old_node->children.size() : 0;
    NodePath item_path = e.path;
    if (e.append) {
        if (!node || node->kind != NodeKind::Sequence) return wrong("the list is not a list after the append");
        if (node->children.size() != old_count + 1)
            return wrong("the list has " + std::to_string(node->children.size()) + " items, expected " +
                         std::to_string(old_count + 1));
        std::size_t at = e.insert_at ? std::min(*e.insert_at, old_count) : old_count;
        item_path.emplace_back(at);
        node = &after_read.doc.node(node->children[at]);
    }
    ListStyle style = ListStyle::Flow;
    if (!e.append && old_node && !old_node->alias && old_node->kind == NodeKind::Sequence && !old_node->flow)
        style = e.value.items.empty() ? ListStyle::Either : ListStyle::Block;
    if (std::string w = compare_value(after_read.doc, node, e.value, style); !w.empty()) return wrong(w);

    // (d) every other node is unchanged: value, style, order
    std::vector<std::string> edited{path_text(item_path)};
    if (e.append && (!old_node || old_node->kind != NodeKind::Sequence)) edited = {path_text(e.path)};
    Flat after_flat = flatten(after_read.doc);
    if (e.append && item_path.size() > e.path.size() && std::get<std::size_t>(item_path.back()) < old_count) {
        // An insert: the new item goes, the items after it move back one place, all else is equal.
        std::string list = e.path.empty() ? "" : path_text(e.path);  // a key "" is "/" too
        std::size_t at = std::get<std::size_t>(item_path.back());
        Flat kept;
        for (auto [path, what] : after_flat) {
            if (is_under(path, edited.front())) continue;
            std::size_t open = list.size() + 2, close = open;
            while (close < path.size() && path[close] >= '0' && path[close] <= '9') ++close;
            if (path.compare(0, open, list + "/[") == 0 && close > open && close < path.size() && path[close] == ']' &&
                close - open < 10) {
                std::size_t j = std::stoul(path.substr(open, close - open));
                if (j > at) path = list + "/[" + std::to_string(j - 1) + path.substr(close);
            }
            kept.emplace_back(std::move(path), std::move(what));
        }
        after_flat = std::move(kept);
        edited = {};
    }
    if (!same_except(flatten(before_read.doc), after_flat, edited))
        return wrong("another node changed (value, style or order)");
    return out;
}

}  // namespace pop::fuzz
