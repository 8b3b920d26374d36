// Completion of the language server (pop/lsp/completion.h).
#include "pop/lsp/completion.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string_view>
#include <vector>

#include "pop/format/spec.h"
#include "pop/model/competence.h"
#include "pop/workspace/workspace.h"

namespace pop::lsp {
namespace {

using json = nlohmann::json;

// CompletionItemKind values of the protocol.
constexpr int kKindValue = 12, kKindProperty = 10, kKindEnumMember = 20, kKindReference = 18;

// One line as far as completion cares: where its key starts, and whether it is a list item.
struct Line {
    bool blank = true;        // empty, or only a comment
    bool item = false;        // starts with "- "
    std::size_t dash = 0;     // column of the "-" of an item
    std::size_t key_col = 0;  // column where the content (the key) starts
    std::string key;          // the key, when the line holds "key:" (else empty)
    std::string value;        // what follows "key:" (trimmed, without a comment)
};

std::string trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return std::string(s);
}

Line parse_line(std::string_view text) {
    Line line;
    std::size_t i = 0;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i < text.size() && text[i] == '-' && (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\r')) {
        line.item = true;
        line.dash = i;
        ++i;
        while (i < text.size() && text[i] == ' ') ++i;
    }
    line.key_col = i;
    std::string_view rest = text.substr(i);
    if (!rest.empty() && rest.back() == '\r') rest.remove_suffix(1);
    if (!line.item && (rest.empty() || rest.front() == '#')) return line;
    line.blank = false;
    // "key:" followed by a space or the end of the line (a plain or quoted key)
    for (std::size_t c = 0; c < rest.size(); ++c) {
        if (rest[c] == '#' && c > 0 && rest[c - 1] == ' ') break;
        if (rest[c] == ':' && (c + 1 == rest.size() || rest[c + 1] == ' ')) {
            std::string key = trimmed(rest.substr(0, c));
            if (key.size() >= 2 && (key.front() == '"' || key.front() == '\'') && key.back() == key.front())
                key = key.substr(1, key.size() - 2);
            line.key = key;
            std::string_view value = c + 1 < rest.size() ? rest.substr(c + 1) : std::string_view();
            if (auto hash = value.find(" #"); hash != std::string_view::npos) value = value.substr(0, hash);
            line.value = trimmed(value);
            break;
        }
    }
    return line;
}

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    while (true) {
        std::size_t nl = text.find('\n', start);
        lines.push_back(text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start));
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    return lines;
}

// The keys from the root to the mapping whose keys start at column `col` on line `at` (innermost
// last). With `in_item`, that mapping is (or that line holds) an item of a list whose "-" is at
// column `col`: the keys lead to that list.
std::vector<std::string> parents(const std::vector<Line>& lines, std::size_t at, std::size_t col, bool in_item) {
    std::vector<std::string> keys;
    std::size_t need = col;
    for (std::size_t l = at; l-- > 0;) {
        const Line& line = lines[l];
        if (line.blank) continue;
        if (in_item) {
            if (line.item && line.dash >= need) continue;   // another item of the same list, or deeper
            if (!line.item && line.key_col > need) continue;  // the content of an earlier item
            if (line.key.empty()) return {};  // not a "key:" where the list's key should be
            keys.push_back(line.key);
            in_item = line.item;
            need = line.item ? line.dash : line.key_col;
            continue;
        }
        if (line.key_col > need) continue;  // deeper: the content of an earlier key
        if (line.key_col == need) {
            if (line.item) {  // the first key of the item this mapping is
                in_item = true;
                need = line.dash;
            }
            continue;
        }
        if (line.key.empty()) return {};
        keys.push_back(line.key);
        in_item = line.item;
        need = line.item ? line.dash : line.key_col;
    }
    std::reverse(keys.begin(), keys.end());
    return keys;
}

// Where a path of keys leads in the spec: a mapping (its object) or a field's values.
struct Target {
    const ObjectSpec* object = nullptr;  // keys of this object
    const FieldSpec* field = nullptr;    // values of this field
};

std::optional<Target> resolve(const ObjectSpec& root, const std::vector<std::string>& keys) {
    const ObjectSpec* object = &root;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const FieldSpec* field = find_field(*object, keys[i]);
        if (!field) return std::nullopt;
        if (field->type.object && (field->type.type == ValueType::Object || field->type.item == ValueType::Object)) {
            object = field->type.object;
            continue;
        }
        if (i + 1 != keys.size()) return std::nullopt;
        return Target{nullptr, field};
    }
    return Target{object, nullptr};
}

// The keys already written in the mapping whose keys start at column `col` around line `at`.
std::set<std::string> written_keys(const std::vector<Line>& lines, std::size_t at, std::size_t col, bool new_item) {
    std::set<std::string> keys;
    if (!new_item)
        for (std::size_t l = at; l-- > 0;) {
            const Line& line = lines[l];
            if (line.blank) continue;
            if (line.key_col < col) break;
            if (line.key_col == col && !line.key.empty()) keys.insert(line.key);
            if (line.item && line.key_col == col) break;  // the item's first key
        }
    for (std::size_t l = at + 1; l < lines.size(); ++l) {
        const Line& line = lines[l];
        if (line.blank) continue;
        if (line.key_col < col || (line.item && line.key_col <= col)) break;
        if (line.key_col == col && !line.key.empty()) keys.insert(line.key);
    }
    return keys;
}

json position_json(const Position& p) { return {{"line", p.line}, {"character", p.character}}; }

// A completion item replacing the bytes [from, to) of the line `line` with `insert`.
json item(const std::string& label, const std::string& detail, int kind, const std::string& insert,
          std::string_view text, std::size_t from, std::size_t to) {
    Range r{position_of(text, from), position_of(text, to)};
    json out = {{"label", label}, {"kind", kind},
                {"textEdit", {{"range", {{"start", position_json(r.start)}, {"end", position_json(r.end)}}}, {"newText", insert}}}};
    if (!detail.empty()) out["detail"] = detail;
    return out;
}

// The values a field takes, as (label, detail, kind).
struct Value {
    std::string label, detail;
    int kind = kKindValue;
};

std::vector<Value> values_of(const FieldSpec& field, const std::string& parent_key, FileKind kind, const CompletionQuery& q,
                             const FileSource& files) {
    std::vector<Value> out;
    ValueType type = field.type.type == ValueType::List ? field.type.item : field.type.type;
    if (type == ValueType::Enum)
        for (const Choice& c : field.type.choices) out.push_back({std::string(c.value), std::string(c.term_nl), kKindEnumMember});
    if (type == ValueType::Boolean) out = {{"true", "ja", kKindValue}, {"false", "nee", kKindValue}};
    if (type == ValueType::Version) out = {{std::string(kFormatVersionText), "", kKindValue}};
    if (type == ValueType::Date) out = {{q.today.to_string(), render_message("lsp.complete.today", q.lang), kKindValue}};
    if (kind != FileKind::Pop) return out;
    bool school_goal = field.key == "school_goals";
    bool person_id = field.key == "id" && parent_key == "person";
    bool person_name = (field.key == "manager" && parent_key == "person") || (field.key == "with" && parent_key == "conversations");
    bool goal_area = field.key == "competence" && parent_key == "goals";
    bool assessed_area = field.key == "area" && parent_key == "areas";
    bool assessed_level = (field.key == "level" || field.key == "manager_level") && parent_key == "areas";
    if (!school_goal && !person_id && !person_name && !goal_area && !assessed_area && !assessed_level) return out;
    PopContext context = load_pop_context(q.path, files);
    // Areas and levels: of the policy's competence framework; a goal's area without one: of the
    // Dutch bekwaamheidseisen (as competence.area checks it).
    const std::optional<CompetenceFramework>& framework = context.policy.competence_framework;
    if (goal_area || (assessed_area && framework))
        for (const CompetenceArea& a : goal_framework(framework).areas)
            out.push_back({a.id, q.lang == Lang::En ? a.name_en : a.name_nl, kKindEnumMember});
    if (assessed_level && framework)
        for (const CompetenceLevel& l : framework->levels)
            out.push_back({l.id, q.lang == Lang::En ? l.name_en : l.name_nl, kKindEnumMember});
    if (school_goal && context.school_goals)
        for (const SchoolGoal& g : context.school_goals->goals) out.push_back({g.id.value, g.title, kKindReference});
    if (context.roster)
        for (const StaffMember& s : context.roster->staff) {
            if (!s.active) continue;
            if (person_id) out.push_back({s.id.value, s.name, kKindReference});
            else if (person_name && !s.name.empty()) out.push_back({s.name, s.id.value, kKindReference});
        }
    return out;
}

bool is_scalar_field(const FieldSpec& f) { return f.type.type != ValueType::Object && f.type.type != ValueType::List; }

}  // namespace

json completion(const CompletionQuery& q, const FileSource& files) {
    json items = json::array();
    std::optional<FileKind> kind = kind_from_filename(q.path);
    if (!kind) return items;
    std::vector<std::string_view> raw = split_lines(q.text);
    if (q.position.line >= raw.size()) return items;
    std::vector<Line> lines;
    lines.reserve(raw.size());
    for (std::string_view l : raw) lines.push_back(parse_line(l));
    std::size_t line_start = static_cast<std::size_t>(raw[q.position.line].data() - q.text.data());
    std::size_t cursor = byte_offset(q.text, q.position);
    std::string_view before = std::string_view(q.text).substr(line_start, cursor - line_start);
    Line here = parse_line(before);
    // The cursor's own line counts only up to the cursor; what follows it stays out of the keys.
    lines[q.position.line] = here;
    const ObjectSpec& root = spec_for(*kind);

    if (here.key.empty()) {
        // Typing a key (or a list item): the word from its start to the cursor is replaced.
        std::string_view word = before.substr(std::min(here.key_col, before.size()));
        if (word.find_first_of(" :[{\"'#") != std::string_view::npos) return items;
        std::optional<Target> target = here.item ? resolve(root, parents(lines, q.position.line, here.dash, true))
                                                  : resolve(root, parents(lines, q.position.line, here.key_col, false));
        if (!target) return items;
        std::size_t from = line_start + here.key_col;
        if (target->object) {
            std::set<std::string> written = written_keys(lines, q.position.line, here.key_col, here.item);
            for (const FieldSpec& f : target->object->fields) {
                std::string key(f.key);
                if (written.contains(key)) continue;
                std::string insert = key + (is_scalar_field(f) ? ": " : ":");
                items.push_back(item(key, std::string(f.term_nl), kKindProperty, insert, q.text, from, cursor));
            }
        } else if (here.item) {  // "- " under a list of values
            std::vector<std::string> keys = parents(lines, q.position.line, here.dash, true);
            std::string parent = keys.size() >= 2 ? keys[keys.size() - 2] : "";
            for (const Value& v : values_of(*target->field, parent, *kind, q, files))
                items.push_back(item(v.label, v.detail, v.kind, v.label, q.text, from, cursor));
        }
        return items;
    }

    // After "key: ": the values of that field.
    std::vector<std::string> keys = parents(lines, q.position.line, here.item ? here.dash : here.key_col, here.item);
    std::optional<Target> target = resolve(root, keys);
    if (!target || !target->object) return items;
    const FieldSpec* field = find_field(*target->object, here.key);
    if (!field || field->type.type == ValueType::Object) return items;
    std::string parent = keys.empty() ? "" : keys.back();
    std::string_view value = before.substr(before.find(':', here.key_col) + 1);
    std::size_t value_at = static_cast<std::size_t>(value.data() - q.text.data());
    // Right after "key:" (the ":" trigger): the value gets the space YAML needs before it.
    std::string space = value.empty() ? " " : "";
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1), ++value_at;
    bool list = field->type.type == ValueType::List;
    if (list && field->type.item == ValueType::Object) return items;
    std::size_t from = value_at;
    bool in_brackets = list && !value.empty() && value.front() == '[';
    if (in_brackets) {
        std::size_t last = value.find_last_of("[,");
        from = value_at + last + 1;
        while (from < cursor && q.text[from] == ' ') ++from;
    } else if (value.find_first_of("[{\"'#") != std::string_view::npos) {
        return items;
    }
    std::string_view typed = std::string_view(q.text).substr(from, cursor - from);
    if (typed.find_first_of(",]") != std::string_view::npos) return items;
    std::set<std::string> already;  // the items of the list written before the cursor
    if (in_brackets) {
        std::string_view inside = value.substr(1, value.find_last_of("[,"));
        while (!inside.empty()) {
            std::size_t comma = inside.find(',');
            std::string word = trimmed(inside.substr(0, comma));
            if (!word.empty()) already.insert(word);
            inside = comma == std::string_view::npos ? std::string_view() : inside.substr(comma + 1);
        }
    }
    for (const Value& v : values_of(*field, parent, *kind, q, files)) {
        if (already.contains(v.label)) continue;
        std::string insert = space + (list && !in_brackets ? "[" + v.label + "]" : v.label);
        items.push_back(item(v.label, v.detail, v.kind, insert, q.text, from, cursor));
    }
    return items;
}

}  // namespace pop::lsp
