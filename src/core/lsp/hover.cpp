// The language server's hover (pop/lsp/hover.h).
#include "pop/lsp/hover.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

#include "pop/format/spec.h"
#include "pop/model/competence.h"
#include "pop/read/yaml_tree.h"
#include "pop/rules/rules.h"
#include "pop/workspace/workspace.h"

namespace pop::lsp {
namespace {

using json = nlohmann::json;

// The SMARTI letter of a goal's field and the Dutch word it stands for.
struct SmartiLetter {
    std::string_view key;
    std::string_view letter;
    std::string_view word;
};
constexpr SmartiLetter kSmarti[] = {{"specific", "S", "Specifiek"},     {"measurable", "M", "Meetbaar"},
                                    {"agreed", "A", "Acceptabel"},      {"realistic", "R", "Realistisch"},
                                    {"start", "T", "Tijdgebonden"},     {"end", "T", "Tijdgebonden"},
                                    {"inspiring", "I", "Inspirerend"}};

// Text from the file or a repository file, safe inside Markdown: its markup characters escaped.
std::string markdown_escaped(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (std::string_view("\\`*_[]<>#|~").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

// An id inside a Markdown code span (which shows backslashes as they are): without backticks.
std::string code_span_safe(std::string text) {
    for (char& c : text)
        if (c == '`') c = '\'';
    return text;
}

std::string message(std::string_view key, Lang lang, std::vector<MessageArg> args = {}) {
    return render_message(key, lang, args);
}

// What the pointer is on: a key or a value (a scalar) of the tree, with the spec it falls under.
struct Spot {
    const YamlNode* node = nullptr;     // the scalar under the pointer
    bool is_key = false;                // the key of a mapping entry (else a value or a list item)
    const FieldSpec* field = nullptr;   // the field the key names, or whose value (or list item) this is
    const ObjectSpec* owner = nullptr;  // the object that holds `field`
};

bool contains(const YamlNode& node, std::size_t offset) {
    return node.span.start.offset <= offset && offset < node.span.end.offset;
}

// The scalar at `offset` below `id` (a value of `field` in `owner`, or the root object when field is
// nullptr); an empty Spot when the pointer is on none.
Spot find_spot(const YamlDocument& doc, NodeId id, std::size_t offset, const ObjectSpec* object,
               const FieldSpec* field, const ObjectSpec* owner, int depth = 0) {
    const YamlNode& node = doc.node(id);
    if (depth > 64 || !contains(node, offset)) return {};
    if (node.kind == NodeKind::Scalar) return Spot{&node, false, field, owner};
    if (node.kind == NodeKind::Sequence) {
        // The items of a list of objects are objects of the field's kind; other items are values.
        for (NodeId item : node.children) {
            if (item >= doc.nodes.size()) continue;
            Spot s = find_spot(doc, item, offset, object, field, owner, depth + 1);
            if (s.node) return s;
        }
        return {};
    }
    for (std::size_t i = 0; i + 1 < node.children.size(); i += 2) {
        NodeId key_id = node.children[i], value_id = node.children[i + 1];
        if (key_id >= doc.nodes.size() || value_id >= doc.nodes.size()) continue;
        const YamlNode& key = doc.node(key_id);
        const FieldSpec* f = nullptr;
        if (object && key.kind == NodeKind::Scalar) f = find_field(*object, key.value);
        if (contains(key, offset)) {
            if (key.kind != NodeKind::Scalar) return {};
            return Spot{&key, true, f, f ? object : nullptr};
        }
        if (contains(doc.node(value_id), offset))
            return find_spot(doc, value_id, offset, f ? f->type.object : nullptr, f, f ? object : nullptr, depth + 1);
    }
    return {};
}

// "Monday" ... "Sunday" of a date, in the language.
std::string weekday(const Date& date, Lang lang) {
    long days = date.days_since_epoch();  // 1970-01-01 was a Thursday
    long monday_based = ((days % 7) + 7 + 3) % 7;  // 0: Monday
    return message("lsp.hover.weekday." + std::to_string(monday_based + 1), lang);
}

// What the key of a field means: its Dutch term, its SMARTI letter (goal fields), its description.
std::string key_text(const FieldSpec& field, const ObjectSpec& owner, Lang lang) {
    std::string out = message("lsp.hover.key", lang, {{"key", std::string(field.key)}, {"term", std::string(field.term_nl)}});
    if (owner.name == "goal")
        for (const SmartiLetter& s : kSmarti)
            if (s.key == field.key)
                out += "\n\n" + message("lsp.hover.smarti", lang,
                                         {{"letter", std::string(s.letter)}, {"word", std::string(s.word)}});
    out += "\n\n" + field_description(field, lang);
    return out;
}

// A competence area or level of `framework` named by the value under the pointer: its name and the
// framework's, in the client's language (the names are the policy's text: escaped).
std::string framework_text(std::string_view key, const std::string& id, const std::string& name_nl,
                           const std::string& name_en, const CompetenceFramework& framework, Lang lang) {
    bool dutch = is_dutch(lang);
    return message(key, lang,
                   {{"id", code_span_safe(id)}, {"name", markdown_escaped(dutch ? name_nl : name_en)},
                    {"framework", markdown_escaped(dutch ? framework.name_nl : framework.name_en)}});
}

// A goal's `competence` (an area of goal_framework) or a self-assessment's `area`, `level` or
// `manager_level` (of the policy's framework): what it names; "" for another field, an unknown id
// or an assessment without a framework.
std::string competence_text(const HoverRequest& request, const FieldSpec& field, const ObjectSpec* owner,
                            const YamlNode& node) {
    if (!owner) return {};
    bool goal_area = owner->name == "goal" && field.key == "competence";
    bool assessed = owner->name == "area assessment";
    bool area = goal_area || (assessed && field.key == "area");
    bool level = assessed && (field.key == "level" || field.key == "manager_level");
    if (!area && !level) return {};
    PopContext context = load_pop_context(request.path, request.files);
    const std::optional<CompetenceFramework>& policy_framework = context.policy.competence_framework;
    if (!goal_area && !policy_framework) return {};
    const CompetenceFramework& framework = goal_framework(policy_framework);
    if (area) {
        const CompetenceArea* a = framework.find_area(node.value);
        return a ? framework_text("lsp.hover.area", a->id, a->name_nl, a->name_en, framework, request.lang) : "";
    }
    const CompetenceLevel* l = framework.find_level(node.value);
    return l ? framework_text("lsp.hover.level", l->id, l->name_nl, l->name_en, framework, request.lang) : "";
}

// What a value of `field` (of object `owner`) is: an allowed value's meaning, a date's weekday and
// distance, a school goal's title, a competence area's or level's name; "" when there is nothing to say.
std::string value_text(const HoverRequest& request, const FieldSpec& field, const ObjectSpec* owner,
                       const YamlNode& node) {
    Lang lang = request.lang;
    if (kind_from_filename(request.path) == FileKind::Pop)
        if (std::string said = competence_text(request, field, owner, node); !said.empty()) return said;
    ValueType type = field.type.type == ValueType::List ? field.type.item : field.type.type;
    if (type == ValueType::Enum) {
        for (const Choice& c : field.type.choices)
            if (c.value == node.value)
                return message("lsp.hover.choice", lang,
                               {{"value", std::string(c.value)}, {"term", std::string(c.term_nl)},
                                {"description", choice_description(c, lang)}});
        return {};
    }
    if (type == ValueType::Date) {
        std::optional<Date> date = parse_date(node.value).date;
        if (!date) return {};
        return message("lsp.hover.date", lang,
                       {{"weekday", weekday(*date, lang)}, {"date", date->to_string()},
                        {"distance", day_distance(days_between(request.today, *date), lang)}});
    }
    if (field.key == "school_goals" && field.type.type == ValueType::List) {
        PopContext context = load_pop_context(request.path, request.files);
        if (!context.school_goals) return {};
        for (const SchoolGoal& goal : context.school_goals->goals)
            if (goal.id.value == node.value)
                return message("lsp.hover.school-goal", lang,
                               {{"id", code_span_safe(goal.id.value)}, {"title", markdown_escaped(goal.title)}});
    }
    return {};
}

bool before(const Position& a, const Position& b) {
    return a.line < b.line || (a.line == b.line && a.character < b.character);
}

Position position_from(const json& value) {
    Position p;
    if (!value.is_object()) return p;
    auto number = [&](const char* key) -> std::uint32_t {
        auto it = value.find(key);
        if (it == value.end() || !it->is_number_integer()) return 0;
        long long n = it->get<long long>();  // an unsigned number beyond long long reads as negative: 0
        return n < 0 ? 0 : static_cast<std::uint32_t>(std::min<long long>(n, UINT32_MAX));
    };
    p.line = number("line");
    p.character = number("character");
    return p;
}

// The rules of the diagnostics whose range holds `at`, each with its one-line description; the
// range of the first of them goes into `range` when it has none yet.
std::vector<std::string> diagnostic_texts(const HoverRequest& request, std::optional<Range>& range) {
    std::vector<std::string> out;
    if (!request.diagnostics.is_array()) return out;
    for (const json& d : request.diagnostics) {
        if (!d.is_object() || !d.contains("code") || !d["code"].is_string() || !d.contains("range")) continue;
        const json& r = d["range"];
        if (!r.is_object()) continue;
        Range found{position_from(r.value("start", json::object())), position_from(r.value("end", json::object()))};
        const Position& at = request.position;
        bool inside = !before(at, found.start) && (before(at, found.end) || (at.line == found.start.line &&
                                                                             at.character == found.start.character));
        if (!inside) continue;
        std::string code = d["code"].get<std::string>();
        std::optional<RuleId> id = find_rule_id(code);
        if (!id) continue;
        const Rule& rule = rule_info(*id);
        std::string text = message("lsp.hover.rule", request.lang,
                                   {{"rule", code}, {"description", std::string(is_dutch(request.lang)
                                                                                     ? rule.description_nl
                                                                                     : rule.description_en)}});
        bool seen = false;
        for (const std::string& t : out) seen = seen || t == text;
        if (seen) continue;
        out.push_back(std::move(text));
        if (!range) range = found;
    }
    return out;
}

json range_json(const Range& r) {
    return {{"start", {{"line", r.start.line}, {"character", r.start.character}}},
            {"end", {{"line", r.end.line}, {"character", r.end.character}}}};
}

}  // namespace

json hover(const HoverRequest& request) {
    std::optional<FileKind> kind = kind_from_filename(request.path);
    if (!kind) return nullptr;
    std::string_view text = request.text;
    std::size_t offset = byte_offset(text, request.position);
    Position at = position_of(text, offset);
    if (at.line != request.position.line || at.character != request.position.character || offset >= text.size())
        return nullptr;  // past the end of its line or of the text: nothing is under the pointer

    std::vector<std::string> parts;
    std::optional<Range> range;
    ReadResult read = read_yaml(text);
    if (!read.doc.empty()) {
        const ObjectSpec& root = spec_for(*kind);
        Spot spot = find_spot(read.doc, 0, offset, &root, nullptr, nullptr);
        if (spot.node && spot.node->span.end.offset <= text.size()) {
            std::string said;
            if (spot.is_key && spot.field && spot.owner)
                said = key_text(*spot.field, *spot.owner, request.lang);
            else if (!spot.is_key && spot.field)
                said = value_text(request, *spot.field, spot.owner, *spot.node);
            if (!said.empty()) {
                parts.push_back(std::move(said));
                range = Range{position_of(text, spot.node->span.start.offset), position_of(text, spot.node->span.end.offset)};
            }
        }
    }
    for (std::string& t : diagnostic_texts(request, range)) parts.push_back(std::move(t));
    if (parts.empty()) return nullptr;
    std::string value;
    for (const std::string& p : parts) value += (value.empty() ? "" : "\n\n---\n\n") + p;
    return {{"contents", {{"kind", "markdown"}, {"value", value}}}, {"range", range_json(*range)}};
}

}  // namespace pop::lsp
