#include "pop/edit/cycle_edits.h"

#include <utility>

#include "pop/format/spec.h"
#include "pop/model/model.h"

namespace pop {
namespace {

// Missing, or "key:" with nothing after it.
bool empty(const YamlNode* node) {
    return !node || (node->kind == NodeKind::Scalar && resolve_scalar(*node) == ScalarType::Null &&
                     node->span.start.offset == node->span.end.offset);
}

NodePath evidence_path(std::size_t goal) { return {std::string("goals"), goal, std::string("evidence")}; }

std::string evidence_field(const YamlDocument& doc, std::size_t goal, std::size_t item, const char* key) {
    NodePath path = evidence_path(goal);
    path.emplace_back(item);
    path.emplace_back(std::string(key));
    return scalar_at(doc, path);
}

}  // namespace

SignOffEdits sign_off_edits(const YamlDocument& doc, const std::string& role, const std::string& name,
                            const Date& on) {
    NodePath sign_off{std::string("sign_off")};
    NodePath who{std::string("sign_off"), role};
    NewValue signature = NewValue::mapping({{"name", NewValue::text(name)}, {"date", NewValue::text(on.to_string())}});
    if (empty(find_node(doc, sign_off))) return {{{sign_off, NewValue::mapping({{role, signature}})}}, {}};
    if (empty(find_node(doc, who))) return {{{who, signature}}, {}};
    NodePath name_path = who, date_path = who;
    name_path.push_back(std::string("name"));
    date_path.push_back(std::string("date"));
    SignOffEdits edits{{{name_path, NewValue::text(name)}, {date_path, NewValue::text(on.to_string())}}, {}};
    std::string old_name = scalar_at(doc, name_path), old_date = scalar_at(doc, date_path);
    if (old_name != name || old_date != on.to_string())
        edits.replaced = old_name.empty() ? old_date : old_date.empty() ? old_name : old_name + ", " + old_date;
    return edits;
}

std::variant<ConversationInsert, UsageProblem> new_conversation(const YamlDocument& doc,
                                                                const NewConversation& talk) {
    const ObjectSpec& spec = *find_field(spec_for(FileKind::Pop), "conversations")->type.object;
    if (auto problem = choice_problem("--kind", talk.kind, find_field(spec, "kind")->type.choices)) return *problem;
    auto date = date_from_argument("--date", talk.date);
    if (auto* problem = std::get_if<UsageProblem>(&date)) return std::move(*problem);
    ConversationInsert out{{}, std::get<Date>(date), 0};
    std::vector<std::pair<std::string, NewValue>> fields{{"kind", NewValue::text(talk.kind)},
                                                         {"date", NewValue::text(out.date.to_string())}};
    if (!talk.with.empty()) fields.emplace_back("with", NewValue::text(talk.with));
    if (!talk.agreements.empty()) fields.emplace_back("agreements", NewValue::text(talk.agreements));
    if (!talk.notes.empty()) fields.emplace_back("notes", NewValue::text(talk.notes));
    if (talk.is_private) fields.emplace_back("private", NewValue::plain("true"));
    out.value = NewValue::mapping(std::move(fields));
    out.index = conversation_position(build_pop(doc), out.date);
    return out;
}

NewValue new_evidence_value(const Date& date, const std::string& what, const std::string& link,
                            const std::string& file, bool is_private) {
    std::vector<std::pair<std::string, NewValue>> fields{{"date", NewValue::text(date.to_string())},
                                                         {"what", NewValue::text(what)}};
    if (!link.empty()) fields.emplace_back("link", NewValue::text(link));
    if (!file.empty()) fields.emplace_back("file", NewValue::text(file));
    if (is_private) fields.emplace_back("private", NewValue::plain("true"));
    return NewValue::mapping(std::move(fields));
}

std::variant<std::size_t, UsageProblem> find_evidence(const YamlDocument& doc, std::size_t goal,
                                                      const std::string& goal_id, const std::string& number) {
    const YamlNode* evidence = find_node(doc, evidence_path(goal));
    std::size_t count = evidence && evidence->kind == NodeKind::Sequence ? evidence->children.size() : 0;
    if (count == 0) return UsageProblem{"edit.no-evidence", {{"goal", goal_id}}, {}, {}};
    std::size_t n = 0;
    if (!number.empty() && number.size() < 7 && number.find_first_not_of("0123456789") == std::string::npos)
        n = std::stoul(number);
    if (n >= 1 && n <= count) return n - 1;
    std::string items;
    for (std::size_t i = 0; i < count; ++i)
        items += (i ? "; " : "") + std::to_string(i + 1) + ": " + evidence_field(doc, goal, i, "date") + " " +
                 shown_value(evidence_field(doc, goal, i, "what"));
    return UsageProblem{"edit.evidence-number", {{"goal", goal_id}, {"n", std::to_string(count)}, {"items", items}},
                        {}, {}};
}

}  // namespace pop
