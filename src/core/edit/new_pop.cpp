#include "pop/edit/new_pop.h"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>

#include "pop/format/spec.h"
#include "pop/base/text.h"
#include "pop/i18n/messages.h"

namespace pop {

BlockWriter::BlockWriter(std::string newline) : newline_(std::move(newline)) {}

void BlockWriter::comment(std::string_view text, std::size_t indent) {
    text_ += std::string(indent, ' ') + (text.empty() ? std::string("#") : "# " + std::string(text)) + newline_;
}

void BlockWriter::blank_line() { text_ += newline_; }

void BlockWriter::field(std::string_view key, const NewValue& value, std::size_t indent) {
    text_ += std::string(indent, ' ') + format_scalar(key) + ":" + value_text(value, indent) + newline_;
}

void BlockWriter::item(const NewValue& value, std::size_t indent) {
    std::string pad(indent, ' ');
    if (value.is_mapping && !value.fields.empty())
        text_ += pad + "- " + mapping_text(value, indent + 2, true) + newline_;
    else
        text_ += pad + "-" + value_text(value, indent) + newline_;
}

void BlockWriter::lines(std::string_view text) { text_ += std::string(text) + newline_; }

namespace {

// A scalar that can stand as an item of a flow list: not an empty plain scalar (`[a, ]` drops it).
bool fits_flow_list(const NewValue& v) {
    return !v.is_mapping && !v.is_list && !(v.verbatim && v.scalar.empty());
}

}  // namespace

// The fields of a mapping, each on a line of its own at `indent`; the first one continues the
// current line when `first_on_line` (after "- ").
std::string BlockWriter::mapping_text(const NewValue& value, std::size_t indent, bool first_on_line) const {
    std::string out;
    for (std::size_t i = 0; i < value.fields.size(); ++i) {
        if (i > 0 || !first_on_line) out += newline_ + std::string(indent, ' ');
        out += format_scalar(value.fields[i].first) + ":" + value_text(value.fields[i].second, indent);
    }
    return out;
}

// What follows "key:" (or "-") when the key (or the dash) is at `indent`: " value", or the nested
// block on the following lines.
std::string BlockWriter::value_text(const NewValue& value, std::size_t indent) const {
    if (value.is_mapping) return value.fields.empty() ? " {}" : mapping_text(value, indent + 2, false);
    if (value.is_list) {
        if (value.items.empty()) return " []";
        if (std::all_of(value.items.begin(), value.items.end(), fits_flow_list)) {
            std::string out = " [";
            for (std::size_t i = 0; i < value.items.size(); ++i) {
                const NewValue& v = value.items[i];
                out += (i ? ", " : "") + (v.verbatim ? v.scalar : format_scalar(v.scalar));
            }
            return out + "]";
        }
        std::string out;
        std::string pad(indent + 2, ' ');
        for (const NewValue& v : value.items) {
            out += newline_ + pad + "-";
            if (v.is_mapping && !v.fields.empty()) out += " " + mapping_text(v, indent + 4, true);
            else out += value_text(v, indent + 2);
        }
        return out;
    }
    if (value.verbatim) return value.scalar.empty() ? std::string() : " " + value.scalar;
    return " " + format_block_scalar(value.scalar, indent + 2, newline_);
}

std::string portable_number(std::string_view text) {
    std::string_view digits = text;
    bool negative = false;
    if (!digits.empty() && (digits.front() == '-' || digits.front() == '+')) {
        negative = digits.front() == '-';
        digits.remove_prefix(1);
    }
    int base = 10;
    if (digits.starts_with("0o") || digits.starts_with("0x")) {
        base = digits[1] == 'o' ? 8 : 16;
        digits.remove_prefix(2);
    }
    unsigned long long whole = 0;
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), whole, base);
    if (!digits.empty() && error == std::errc() && end == digits.data() + digits.size())
        return (negative && whole != 0 ? "-" : "") + std::to_string(whole);
    // A float: kept when it is digits, a point and digits (both readers agree); .inf and .nan too.
    if (text.find_first_of("eE") == std::string_view::npos || text.find_first_of("iInN") != std::string_view::npos) {
        bool simple = text.find('.') != std::string_view::npos && text.front() != '.' &&
                      !(text.size() > 1 && (text.front() == '-' || text.front() == '+') && text[1] == '.');
        if (simple || text.find_first_of("iInN") != std::string_view::npos) return std::string(text);
    }
    std::string_view body = text.front() == '+' ? text.substr(1) : text;
    double value = 0;
    auto [fend, ferror] = std::from_chars(body.data(), body.data() + body.size(), value);
    if (ferror != std::errc() || fend != body.data() + body.size()) return std::string(text);
    std::string out = fmt::format("{}", value);
    std::size_t e = out.find('e');
    if (out.find('.') == std::string::npos) out.insert(e == std::string::npos ? out.size() : e, ".0");
    return out;
}

NewValue value_of(const YamlDocument& doc, const YamlNode& node) {
    if (node.kind == NodeKind::Mapping) {
        std::vector<std::pair<std::string, NewValue>> fields;
        for (std::size_t i = 0; i + 1 < node.children.size(); i += 2)
            fields.emplace_back(doc.node(node.children[i]).value, value_of(doc, doc.node(node.children[i + 1])));
        return NewValue::mapping(std::move(fields));
    }
    if (node.kind == NodeKind::Sequence) {
        std::vector<NewValue> items;
        for (NodeId child : node.children) items.push_back(value_of(doc, doc.node(child)));
        return NewValue::list(std::move(items));
    }
    ScalarType type = resolve_scalar(node);
    if (type == ScalarType::Int || type == ScalarType::Float) return NewValue::plain(portable_number(node.value));
    if (type != ScalarType::String) return NewValue::plain(node.value);
    return NewValue::text(node.value);
}

bool same_value(const YamlDocument& a_doc, const YamlNode& a, const YamlDocument& b_doc, const YamlNode& b) {
    if (a.alias || b.alias || a.kind != b.kind || a.children.size() != b.children.size()) return false;
    if (a.kind == NodeKind::Scalar) {
        ScalarType type = resolve_scalar(a);
        if (type != resolve_scalar(b)) return false;
        if (type == ScalarType::Int || type == ScalarType::Float)
            return portable_number(a.value) == portable_number(b.value);
        return a.value == b.value;
    }
    for (std::size_t i = 0; i < a.children.size(); ++i)
        if (!same_value(a_doc, a_doc.node(a.children[i]), b_doc, b_doc.node(b.children[i]))) return false;
    return true;
}

namespace {

// The modeline that points editors at the schema, and the comment lines below it.
void write_header(BlockWriter& out, std::string_view schema_reference, const std::vector<std::string>& lines) {
    out.lines("# yaml-language-server: $schema=" + std::string(schema_reference));
    out.comment("");
    for (const std::string& line : lines) out.comment(line);
    out.field("format_version", NewValue::plain(std::string(kFormatVersionText)));
}

NewValue period_value(const Date& start, const Date& end) {
    return NewValue::mapping({{"start", NewValue::text(start.to_string())}, {"end", NewValue::text(end.to_string())}});
}

}  // namespace

std::string initial_pop_text(const NewPopPerson& person, const Date& start, const Date& end, const Date& today,
                             std::string_view schema_reference, Lang lang) {
    BlockWriter out;
    std::vector<MessageArg> args{{"name", person.name}, {"date", today.to_string()}};
    std::vector<std::string> header;
    for (const char* key : {"edit.init.comment.1", "edit.init.comment.2", "edit.init.comment.3"})
        header.push_back(render_message(key, lang, args));
    write_header(out, schema_reference, header);
    std::vector<std::pair<std::string, NewValue>> fields;
    for (auto [key, value] : {std::pair{"id", &person.id}, std::pair{"name", &person.name},
                              std::pair{"role", &person.role}, std::pair{"school", &person.school},
                              std::pair{"team", &person.team}, std::pair{"manager", &person.manager}})
        if (!value->empty()) fields.emplace_back(key, NewValue::text(*value));
    out.blank_line();
    out.comment(render_message("edit.init.comment.person", lang));
    out.field("person", NewValue::mapping(std::move(fields)));
    out.blank_line();
    out.comment(render_message("edit.init.comment.period", lang));
    out.field("period", period_value(start, end));
    return out.text();
}

bool renew_carries(const Goal* goal, const Date& new_start, const Date& new_end) {
    if (!goal) return true;
    if (goal->status == GoalStatus::Achieved || goal->status == GoalStatus::Dropped) return false;
    return !(goal->end && goal->end->value < new_start) && !(goal->start && new_end < goal->start->value);
}

std::string renewed_file_name(const Pop& old, std::string_view old_name, const Date& start) {
    std::string id = old.person.id ? old.person.id->value : std::string();
    std::string stem = !id.empty() && is_valid_id(id) ? id : std::string(old_name.substr(0, old_name.size() - 9));
    return stem + "-" + std::to_string(start.year) + ".pop.yaml";
}

namespace {

// A goal item of the old file and what the model made of it (nullptr: not a goal it could read).
struct OldGoal {
    const YamlNode* node = nullptr;
    const Goal* model = nullptr;
};

// The old file's goal items, each with its model goal (matched by where it starts).
std::vector<OldGoal> old_goals(const YamlDocument& doc, const Pop& pop) {
    std::vector<OldGoal> out;
    const YamlNode* goals = find_key(doc, doc.root(), "goals");
    if (!goals || goals->kind != NodeKind::Sequence) return out;
    for (NodeId child : goals->children) {
        OldGoal g{&doc.node(child), nullptr};
        for (const Goal& m : pop.goals)
            if (m.at.offset == g.node->span.start.offset) g.model = &m;
        out.push_back(g);
    }
    return out;
}

// The bytes of a block sequence item as written, "-" and all, from the start of its line to the
// end of its last line (with a comment on that line); nullopt when the item does not start its
// own line after a "-" (an item of a flow list, or "- - x").
std::optional<std::string> block_item_text(std::string_view bytes, const YamlEditor& editor, const YamlNode& item) {
    std::size_t start = item.span.start.offset;
    std::size_t line = start;
    while (line > 0 && bytes[line - 1] != '\n') --line;
    std::string_view prefix = bytes.substr(line, start - line);
    std::size_t dash = prefix.find('-');
    if (dash == std::string_view::npos || prefix.find_first_not_of(' ') != dash ||
        prefix.find_first_not_of(' ', dash + 1) != std::string_view::npos)
        return std::nullopt;
    std::size_t end = editor.content_end(item);
    while (end < bytes.size() && bytes[end] != '\n') ++end;
    if (end > line && bytes[end - 1] == '\r') --end;
    return std::string(bytes.substr(line, end - line));
}

// From the start of a root key's line to the end of its value's last line.
std::string root_entry_text(std::string_view bytes, const YamlEditor& editor, const YamlNode& key,
                            const YamlNode& value) {
    std::size_t from = key.span.start.offset;
    while (from > 0 && bytes[from - 1] != '\n') --from;
    std::size_t to = editor.content_end(value);
    while (to < bytes.size() && bytes[to] != '\n') ++to;
    if (to > from && bytes[to - 1] == '\r') --to;
    return std::string(bytes.substr(from, to - from));
}

// One change to a carried goal, at a path under the goal: a value set, or (no value) a node removed.
struct GoalEdit {
    NodePath at;
    std::optional<NewValue> value;
};

// What becomes of a goal carried into the new period.
struct Carry {
    std::vector<GoalEdit> edits;  // in the order they are made
    NewValue value;               // the goal as the new file holds it
    bool cut_end = false;         // it ended after the new period: it now ends with the period
    std::size_t left_behind = 0;  // done steps and evidence that stay in the old file
    std::size_t undated = 0;      // open steps whose due date fell outside the goal's new dates
};

std::optional<Date> date_in(const YamlDocument& doc, const YamlNode& mapping, const char* key) {
    const YamlNode* v = mapping.kind == NodeKind::Mapping ? find_key(doc, mapping, key) : nullptr;
    if (!v || v->kind != NodeKind::Scalar) return std::nullopt;
    return parse_date(v->value).date;
}

// Makes one GoalEdit on the value of a goal.
void apply_to_value(NewValue& goal, const GoalEdit& edit) {
    NewValue* at = &goal;
    for (std::size_t i = 0; i + 1 < edit.at.size(); ++i) {
        const PathStep& step = edit.at[i];
        if (const auto* key = std::get_if<std::string>(&step)) {
            NewValue* next = nullptr;
            for (auto& [k, v] : at->fields)
                if (k == *key) next = &v;
            if (!next) return;
            at = next;
        } else {
            std::size_t index = std::get<std::size_t>(step);
            if (index >= at->items.size()) return;
            at = &at->items[index];
        }
    }
    const PathStep& last = edit.at.back();
    if (const auto* key = std::get_if<std::string>(&last)) {
        auto it = std::find_if(at->fields.begin(), at->fields.end(), [&](const auto& f) { return f.first == *key; });
        if (!edit.value) {
            if (it != at->fields.end()) at->fields.erase(it);
        } else if (it != at->fields.end()) {
            it->second = *edit.value;
        } else {
            at->fields.emplace_back(*key, *edit.value);
        }
    } else if (std::size_t index = std::get<std::size_t>(last); !edit.value && index < at->items.size()) {
        at->items.erase(at->items.begin() + static_cast<std::ptrdiff_t>(index));
    }
}

// How a goal of the old POP comes into the new period: it starts no earlier than the period and
// ends no later; its done steps, its evidence and its log (time spent in the old period) stay
// behind; an open step due outside its new
// dates loses the date.
Carry plan_carry(const YamlDocument& doc, const YamlNode& goal, const Date& start, const Date& end) {
    Carry c;
    c.value = value_of(doc, goal);
    if (goal.kind != NodeKind::Mapping) return c;
    std::optional<Date> goal_start = date_in(doc, goal, "start"), goal_end = date_in(doc, goal, "end");
    Date from = goal_start && start < *goal_start ? *goal_start : start;
    Date to = goal_end && *goal_end < end ? *goal_end : end;
    if (goal_start && *goal_start < start) c.edits.push_back({{std::string("start")}, NewValue::text(start.to_string())});
    if (goal_end && end < *goal_end) {
        c.edits.push_back({{std::string("end")}, NewValue::text(end.to_string())});
        c.cut_end = true;
    }
    const YamlNode* steps = find_key(doc, goal, "steps");
    if (steps && steps->kind == NodeKind::Sequence) {
        std::vector<std::size_t> done;
        for (std::size_t i = 0; i < steps->children.size(); ++i) {
            const YamlNode& step = doc.node(steps->children[i]);
            const YamlNode* d = step.kind == NodeKind::Mapping ? find_key(doc, step, "done") : nullptr;
            if (d && d->kind == NodeKind::Scalar && resolve_scalar(*d) != ScalarType::Null) {
                done.push_back(i);
                continue;
            }
            if (auto due = date_in(doc, step, "due"); due && (*due < from || to < *due)) {
                c.edits.push_back({{std::string("steps"), i, std::string("due")}, std::nullopt});
                ++c.undated;
            }
        }
        if (!done.empty() && done.size() == steps->children.size()) {
            c.edits.push_back({{std::string("steps")}, std::nullopt});
        } else {
            for (auto it = done.rbegin(); it != done.rend(); ++it)
                c.edits.push_back({{std::string("steps"), *it}, std::nullopt});
        }
        c.left_behind += done.size();
    }
    for (const char* key : {"evidence", "log"}) {
        if (const YamlNode* items = find_key(doc, goal, key)) {
            c.edits.push_back({{std::string(key)}, std::nullopt});
            c.left_behind += items->kind == NodeKind::Sequence ? items->children.size() : 1;
        }
    }
    for (const GoalEdit& e : c.edits) apply_to_value(c.value, e);
    return c;
}

// Whether a node holds exactly a value (as value_of gives it: numbers through portable_number).
bool holds(const YamlDocument& doc, const YamlNode& node, const NewValue& v) {
    if (node.alias) return false;
    if (v.is_mapping) {
        if (node.kind != NodeKind::Mapping || node.children.size() != 2 * v.fields.size()) return false;
        for (std::size_t i = 0; i < v.fields.size(); ++i)
            if (doc.node(node.children[2 * i]).value != v.fields[i].first ||
                !holds(doc, doc.node(node.children[2 * i + 1]), v.fields[i].second))
                return false;
        return true;
    }
    if (v.is_list) {
        if (node.kind != NodeKind::Sequence || node.children.size() != v.items.size()) return false;
        for (std::size_t i = 0; i < v.items.size(); ++i)
            if (!holds(doc, doc.node(node.children[i]), v.items[i])) return false;
        return true;
    }
    if (node.kind != NodeKind::Scalar) return false;
    ScalarType type = resolve_scalar(node);
    if (!v.verbatim) return type == ScalarType::String && node.value == v.scalar;
    if (type == ScalarType::String) return false;
    if (type == ScalarType::Int || type == ScalarType::Float) return portable_number(node.value) == v.scalar;
    return node.value == v.scalar;
}

// The carried goals' edits made on the copied bytes, goal by goal (goals written from their values
// need none); when the edit engine cannot make one exactly, the index of that goal instead.
std::variant<std::string, std::size_t> edit_carried(std::string text, const std::vector<Carry>& carries,
                                                    const std::vector<bool>& from_values) {
    for (std::size_t k = 0; k < carries.size(); ++k) {
        if (from_values[k]) continue;
        for (const GoalEdit& e : carries[k].edits) {
            ReadResult r = read_yaml(text);
            if (r.fatal) return k;
            YamlEditor editor(text, r.doc);
            NodePath path{std::string("goals"), k};
            path.insert(path.end(), e.at.begin(), e.at.end());
            auto planned = e.value ? editor.set(path, *e.value) : editor.remove(path);
            const auto* splice = std::get_if<Splice>(&planned);
            if (!splice) return k;
            text = apply_splices(text, {*splice});
        }
    }
    return text;
}

// The new POP's text; parts written in block style are copied unless `rewrite` (or, for a carried
// goal, `from_values` says it is written from its values).
std::string renewed_text(const RenewalInput& in, const std::vector<OldGoal>& goals, const std::vector<Carry>& carries,
                         bool rewrite, const std::vector<bool>& from_values) {
    const YamlDocument& doc = *in.old_doc;
    const YamlNode& root = doc.root();
    YamlEditor editor(in.old_bytes, doc);
    BlockWriter out(editor.newline());
    std::vector<MessageArg> args{
        {"old", in.old_name}, {"date", in.today.to_string()}, {"start", in.start.to_string()}, {"end", in.end.to_string()}};
    std::vector<std::string> header;
    for (const char* key :
         {"edit.renew.comment.1", "edit.renew.comment.2", rewrite ? "edit.renew.comment.3.rewritten" : "edit.renew.comment.3"})
        header.push_back(render_message(key, in.lang, args));
    write_header(out, in.schema_reference, header);
    out.blank_line();

    for (std::size_t i = 1; i < root.children.size(); i += 2) {
        const YamlNode& key = doc.node(root.children[i - 1]);
        if (key.value != "person") continue;
        const YamlNode& person = doc.node(root.children[i]);
        if (rewrite) out.field("person", value_of(doc, person));
        else out.lines(root_entry_text(in.old_bytes, editor, key, person));
        out.blank_line();
        break;
    }
    out.field("period", period_value(in.start, in.end));

    std::vector<MessageArg> old_arg{{"old", in.old_name}};
    std::vector<std::string> achieved, dropped, ended;
    BlockWriter carried(editor.newline());
    // A goal written from its values gets the dash column of the goals copied as written (a block
    // sequence needs one), or two spaces.
    std::size_t dash_column = 2;
    for (const OldGoal& g : goals)
        if (std::optional<std::string> bytes = rewrite ? std::nullopt : block_item_text(in.old_bytes, editor, *g.node)) {
            dash_column = bytes->find_first_not_of(' ');
            break;
        }
    std::size_t k = 0;
    for (const OldGoal& g : goals) {
        if (!renew_carries(g.model, in.start, in.end)) {
            std::string id = g.model->id ? g.model->id->value : std::string();
            std::string title = g.model->title ? g.model->title->value : std::string();
            std::vector<std::string>& list = g.model->status == GoalStatus::Achieved ? achieved
                                             : g.model->status == GoalStatus::Dropped ? dropped
                                                                                      : ended;
            list.push_back(printable_text(id) + ": " + printable_text(title));
            continue;
        }
        bool copied = !rewrite && !from_values[k];
        const Carry& c = carries[k++];
        std::optional<std::string> bytes;
        if (copied) bytes = block_item_text(in.old_bytes, editor, *g.node);
        std::size_t indent = bytes ? bytes->find_first_not_of(' ') : dash_column;
        const char* note = !rewrite && !copied ? "edit.renew.carried.values"
                           : c.left_behind        ? "edit.renew.carried.left-behind"
                                                  : "edit.renew.carried";
        carried.comment(render_message(note, in.lang, old_arg), indent);
        if (bytes) carried.lines(*bytes);
        else carried.item(c.value, dash_column);
    }
    auto summary = [&](const std::vector<std::string>& lines, const char* key) {
        if (lines.empty()) return;
        out.blank_line();
        out.comment(render_message(key, in.lang, old_arg));
        for (const std::string& l : lines) out.comment("  - " + l);
    };
    summary(achieved, "edit.renew.achieved");
    summary(dropped, "edit.renew.dropped");
    summary(ended, "edit.renew.ended");
    if (!carried.text().empty()) {
        out.blank_line();
        out.lines("goals:");
        return out.text() + carried.text();
    }
    return out.text();
}

// The carried goals that the new text does not hold as planned (values compared, not bytes);
// nullopt when it does not read back as a POP with the old person, the new period and as many
// goals. What the reader says about it is left to `pop check`.
std::optional<std::vector<std::size_t>> goals_not_read_back(const RenewalInput& in, const std::vector<Carry>& carries,
                                                             std::string_view text) {
    ReadResult r = read_yaml(text);
    if (r.fatal || r.doc.empty() || r.doc.root().kind != NodeKind::Mapping) return std::nullopt;
    const YamlDocument& doc = *in.old_doc;
    const YamlNode* old_person = find_key(doc, doc.root(), "person");
    const YamlNode* new_person = find_key(r.doc, r.doc.root(), "person");
    if (old_person ? !new_person || !same_value(doc, *old_person, r.doc, *new_person) : new_person != nullptr)
        return std::nullopt;
    const YamlNode* period = find_key(r.doc, r.doc.root(), "period");
    const YamlNode* start = period ? find_key(r.doc, *period, "start") : nullptr;
    const YamlNode* end = period ? find_key(r.doc, *period, "end") : nullptr;
    if (!start || !end || start->value != in.start.to_string() || end->value != in.end.to_string()) return std::nullopt;
    const YamlNode* new_goals = find_key(r.doc, r.doc.root(), "goals");
    if (carries.empty()) return new_goals ? std::nullopt : std::optional(std::vector<std::size_t>{});
    if (!new_goals || new_goals->kind != NodeKind::Sequence || new_goals->children.size() != carries.size())
        return std::nullopt;
    std::vector<std::size_t> wrong;
    for (std::size_t i = 0; i < carries.size(); ++i)
        if (!holds(r.doc, r.doc.node(new_goals->children[i]), carries[i].value)) wrong.push_back(i);
    return wrong;
}

}  // namespace

std::variant<RenewedPop, EditError> renew_pop(const RenewalInput& in) {
    const EditError refuse{"edit.renew.unsupported", {}};
    if (!in.old_doc || in.old_doc->empty() || in.old_doc->root().kind != NodeKind::Mapping) return refuse;
    Pop pop = build_pop(*in.old_doc);
    std::vector<OldGoal> goals = old_goals(*in.old_doc, pop);
    RenewedPop out;
    std::vector<Carry> carries;
    for (const OldGoal& g : goals) {
        if (!renew_carries(g.model, in.start, in.end)) continue;
        carries.push_back(plan_carry(*in.old_doc, *g.node, in.start, in.end));
        const YamlNode* id = g.node->kind == NodeKind::Mapping ? find_key(*in.old_doc, *g.node, "id") : nullptr;
        std::string name = id && id->kind == NodeKind::Scalar ? id->value : std::string();
        out.carried_ids.push_back(name);
        if (carries.back().cut_end) out.cut_ids.push_back(name);
        if (carries.back().undated) out.undated_ids.push_back(name);
        if (carries.back().left_behind) out.left_behind_ids.push_back(name);
    }
    for (const OldGoal& g : goals)
        if (g.model && !renew_carries(g.model, in.start, in.end) && g.model->status != GoalStatus::Achieved &&
            g.model->status != GoalStatus::Dropped)
            out.ended_ids.push_back(g.model->id ? g.model->id->value : std::string());
    // A block document keeps its bytes where it can: a goal that cannot be copied and edited
    // exactly is written from its values, the others stay as written. A flow document or JSON is
    // written anew as a whole.
    auto reads_back = [&](const std::string& text) {
        auto wrong = goals_not_read_back(in, carries, text);
        return wrong && wrong->empty();
    };
    out.rewritten = in.old_doc->root().flow;
    std::vector<bool> from_values(carries.size(), false);
    while (!out.rewritten) {
        auto edited = edit_carried(renewed_text(in, goals, carries, false, from_values), carries, from_values);
        if (const auto* failed = std::get_if<std::size_t>(&edited)) {
            from_values[*failed] = true;
            continue;
        }
        std::string& text = std::get<std::string>(edited);
        auto wrong = goals_not_read_back(in, carries, text);
        if (wrong && wrong->empty()) {
            out.text = std::move(text);
            break;
        }
        bool more = false;  // goals that did not read back as planned are written from their values
        if (wrong)
            for (std::size_t k : *wrong) {
                more = more || !from_values[k];
                from_values[k] = true;
            }
        if (!more) out.rewritten = true;
    }
    if (out.rewritten) out.text = renewed_text(in, goals, carries, true, from_values);
    if (!reads_back(out.text)) return refuse;
    return out;
}

RenewalPlans plan_renewals(const std::vector<RenewalCandidate>& candidates, const Date& today) {
    RenewalPlans plans;
    auto person_of = [](const RenewalCandidate& c) {
        if (c.pop && c.pop->person.id && !c.pop->person.id->value.empty()) return c.pop->person.id->value;
        // No id: the file's name tells, without the "-<year>" a renewal adds (renewed_file_name).
        std::string stem = c.path.ends_with(".pop.yaml") ? c.path.substr(0, c.path.size() - 9) : c.path;
        std::size_t dash = stem.size() >= 5 ? stem.size() - 5 : std::string::npos;
        if (dash != std::string::npos && stem[dash] == '-' &&
            stem.find_first_not_of("0123456789", dash + 1) == std::string::npos)
            stem.resize(dash);
        return std::string("\x1f") + stem;
    };
    auto start_of = [](const RenewalCandidate& c) {
        return c.pop && c.pop->period_start ? std::optional<Date>(c.pop->period_start->value) : std::nullopt;
    };
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const RenewalCandidate& c = candidates[i];
        std::string person = person_of(c);
        std::string shown = person.starts_with('\x1f') ? std::string() : person;
        bool newer = false;
        for (std::size_t j = 0; j < candidates.size() && !newer; ++j) {
            if (j == i || person_of(candidates[j]) != person) continue;
            std::optional<Date> mine = start_of(c), theirs = start_of(candidates[j]);
            newer = theirs && (!mine || *mine < *theirs || (*mine == *theirs && j > i));
        }
        if (newer) {
            plans.skipped.push_back({c.path, shown, RenewalSkip::Newer});
            continue;
        }
        if (!c.pop || !c.pop->period_end) {
            plans.skipped.push_back({c.path, shown, RenewalSkip::NoPeriod});
            continue;
        }
        if (c.roster && c.pop->person.id) {
            bool inactive = false;
            for (const StaffMember& m : c.roster->staff)
                if (m.id.value == c.pop->person.id->value && !m.active) inactive = true;
            if (inactive) {
                plans.skipped.push_back({c.path, shown, RenewalSkip::Inactive});
                continue;
            }
        }
        Policy defaults;
        const Policy& policy = c.policy ? *c.policy : defaults;
        Date end = c.pop->period_end->value;
        if (today.plus_days(policy.period_end_days) < end) {
            plans.skipped.push_back({c.path, shown, RenewalSkip::NotDue});
            continue;
        }
        Date start = end.plus_days(1);
        plans.renew.push_back({c.path, start, start.plus_months(12 * policy.renewal_years).plus_days(-1)});
    }
    return plans;
}

std::optional<UsageProblem> new_person_problem(const NewPopPerson& person) {
    std::vector<std::string> missing;
    if (person.id.empty()) missing.emplace_back("--id");
    if (person.name.empty()) missing.emplace_back("--name");
    if (!missing.empty())
        return UsageProblem{"edit.missing-options",
                            {{"options", list_arg(missing)}, {"count", std::to_string(missing.size())}}, {}, {}};
    return id_problem("--id", person.id);
}

std::string new_pop_path(const std::string& file, const std::string& id) {
    return file.empty() ? id + ".pop.yaml" : file;
}

std::optional<UsageProblem> pop_name_problem(const std::string& path) {
    std::size_t slash = path.rfind('/');
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    if (kind_from_filename(name) == FileKind::Pop) return std::nullopt;
    return UsageProblem{"edit.init.bad-name", {{"path", path}}, {}, {}};
}

Date default_period_end(const Date& start, const Policy& policy) {
    return start.plus_months(12 * policy.renewal_years).plus_days(-1);
}

std::variant<Period, UsageProblem> renewal_period(const Pop& old, const std::string& start_text,
                                                  const std::string& end_text, const Policy& policy,
                                                  const std::string& path) {
    Period period;
    if (!start_text.empty()) {
        auto start = date_from_argument("--start", start_text);
        if (auto* problem = std::get_if<UsageProblem>(&start)) return std::move(*problem);
        period.start = std::get<Date>(start);
    } else if (old.period_end) {
        period.start = old.period_end->value.plus_days(1);
    } else {
        return UsageProblem{"edit.renew.no-period", {{"path", path}}, {}, {}};
    }
    period.end = default_period_end(period.start, policy);
    if (!end_text.empty()) {
        auto end = date_from_argument("--end", end_text);
        if (auto* problem = std::get_if<UsageProblem>(&end)) return std::move(*problem);
        period.end = std::get<Date>(end);
    }
    return period;
}

std::optional<ValueAt> shortened_period(const Pop& old, const Date& new_start) {
    if (!old.period_end || old.period_end->value < new_start) return std::nullopt;
    return ValueAt{{std::string("period"), std::string("end")}, NewValue::text(new_start.plus_days(-1).to_string())};
}

SkippedPeople group_skipped(const std::vector<SkippedRenewal>& skipped) {
    SkippedPeople people;
    for (const SkippedRenewal& skip : skipped) {
        std::string who = skip.person.empty() ? skip.path : skip.person;
        if (skip.why == RenewalSkip::Inactive)
            people.inactive.push_back(who);
        else if (skip.why == RenewalSkip::NotDue)
            people.not_due.push_back(who);
        else if (skip.why == RenewalSkip::NoPeriod)
            people.no_period.push_back(skip.path);
    }
    return people;
}

}  // namespace pop
