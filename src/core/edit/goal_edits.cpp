#include "pop/edit/goal_edits.h"

#include <utility>

#include "pop/base/strings.h"
#include "pop/format/validate.h"
#include "pop/i18n/messages.h"

namespace pop {
namespace {

using Fields = std::vector<std::pair<std::string, NewValue>>;

const ObjectSpec& object_of(const ObjectSpec& parent, std::string_view key) {
    return *find_field(parent, key)->type.object;
}

// The items joined with `separator`, with no separator before the first non-empty item (unlike
// join): the values given with --method and --school-goal may be empty.
std::string comma_list(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : std::string(separator)) + item;
    return out;
}

// Adds `key` (given as `option`) to `into` when `text` is given, checked against its type; the
// first problem is kept and stops the rest.
class FieldCollector {
public:
    void put(Fields& into, const ObjectSpec& spec, std::string_view key, std::string_view option,
             const std::string& text) {
        if (text.empty() || problem) return;
        auto value = field_value(option, *find_field(spec, key), text);
        if (auto* p = std::get_if<UsageProblem>(&value))
            problem = std::move(*p);
        else
            into.emplace_back(std::string(key), std::move(std::get<NewValue>(value)));
    }

    std::optional<UsageProblem> problem;
};

// The flags whose values are empty, e.g. "--id" and "--title".
std::vector<std::string> missing_flags(std::initializer_list<std::pair<const char*, const std::string*>> flags) {
    std::vector<std::string> missing;
    for (auto [flag, value] : flags)
        if (value->empty()) missing.emplace_back(flag);
    return missing;
}

}  // namespace

const ObjectSpec& goal_spec() { return *find_field(spec_for(FileKind::Pop), "goals")->type.object; }

std::vector<GoalField> goal_fields() {
    std::vector<GoalField> out;
    const ObjectSpec& goal = goal_spec();
    for (const FieldSpec& f : goal.fields) {
        std::string key(f.key);
        if (key == "steps" || key == "evidence" || key == "log") continue;  // pop step, pop evidence, pop log
        if (key == "realistic" || key == "agreed") {
            for (const FieldSpec& sub : object_of(goal, key).fields)
                out.push_back({key + "." + std::string(sub.key), {key, std::string(sub.key)}, &sub});
            continue;
        }
        out.push_back({key, {key}, &f});
    }
    return out;
}

std::string canonical_goal_field(std::string field) {
    field = ascii_lower(field);
    if (field == "hours" || field == "budget" || field == "note") return "realistic." + field;
    if (field == "agreed-by" || field == "agreed_by") return "agreed.name";
    if (field == "agreed-on" || field == "agreed_on") return "agreed.date";
    if (field == "school-goals") return "school_goals";
    if (field == "method") return "methods";
    return field;
}

std::variant<GoalField, UsageProblem> find_goal_field(const std::string& field) {
    std::vector<GoalField> fields = goal_fields();
    std::string wanted = canonical_goal_field(field);
    for (const GoalField& f : fields)
        if (f.name == wanted) return f;
    std::vector<std::string_view> names;
    std::vector<Synonyms> candidates;
    for (const GoalField& f : fields) {
        names.push_back(f.name);
        // The Dutch words of the field (uren: realistic.hours); not those of the name and date of an
        // agreement (naam, datum), which say nothing about the goal.
        bool agreement = f.path.size() == 2 && f.path[0] == "agreed";
        candidates.push_back({f.name, agreement ? std::vector<std::string_view>{} : dutch_terms(*f.spec)});
    }
    std::string_view hit = suggest_name(wanted, candidates);
    std::vector<MessageArg> args{{"field", field}, {"fields", join(names)}};
    if (!hit.empty()) args.push_back({"suggestion", std::string(hit)});
    return UsageProblem{hit.empty() ? "edit.unknown-field" : "edit.unknown-field.suggest", std::move(args), {}, {}};
}

ValueAt goal_field_edit(const GoalField& field, std::size_t goal, const NewValue& value, bool group_exists,
                              const Date& today) {
    NodePath path{std::string("goals"), goal};
    if (field.path.size() == 2 && !group_exists) {
        Fields group{{field.path[1], value}};
        if (field.path[0] == "agreed" && field.path[1] == "name")
            group.emplace_back("date", NewValue::text(today.to_string()));
        path.push_back(field.path[0]);
        return {std::move(path), NewValue::mapping(std::move(group))};
    }
    for (const std::string& step : field.path) path.push_back(step);
    return {std::move(path), value};
}

std::optional<UsageProblem> new_goal_problem(const NewGoal& goal, const std::vector<std::string>& existing_ids,
                                             const std::string& path) {
    std::vector<std::string> missing = missing_flags({{"--id", &goal.id}, {"--title", &goal.title}});
    if (!missing.empty())
        return UsageProblem{"edit.missing-options",
                            {{"options", list_arg(missing)}, {"count", std::to_string(missing.size())}}, {}, {}};
    if (auto problem = id_problem("--id", goal.id)) return problem;
    for (const std::string& id : existing_ids)
        if (id == goal.id) return UsageProblem{"edit.goal-exists", {{"goal", goal.id}, {"path", path}}, {}, {}};
    if (!goal.agreed_on.empty() && goal.agreed_by.empty())
        return UsageProblem{"edit.missing-options", {{"options", "--agreed-by"}, {"count", "1"}}, {}, {}};
    return std::nullopt;
}

std::variant<NewValue, UsageProblem> new_goal_value(const NewGoal& g, const Date& today) {
    const ObjectSpec& goal = goal_spec();
    FieldCollector c;
    Fields fields;
    c.put(fields, goal, "id", "--id", g.id);
    c.put(fields, goal, "title", "--title", g.title);
    c.put(fields, goal, "specific", "--specific", g.specific);
    c.put(fields, goal, "measurable", "--measurable", g.measurable);
    if (!g.agreed_by.empty()) {
        Fields agreed;
        c.put(agreed, object_of(goal, "agreed"), "name", "--agreed-by", g.agreed_by);
        c.put(agreed, object_of(goal, "agreed"), "date", "--agreed-on",
              g.agreed_on.empty() ? today.to_string() : g.agreed_on);
        if (!c.problem) fields.emplace_back("agreed", NewValue::mapping(std::move(agreed)));
    }
    Fields realistic;
    c.put(realistic, object_of(goal, "realistic"), "hours", "--hours", g.hours);
    c.put(realistic, object_of(goal, "realistic"), "budget", "--budget", g.budget);
    c.put(realistic, object_of(goal, "realistic"), "note", "--note", g.note);
    if (!realistic.empty()) fields.emplace_back("realistic", NewValue::mapping(std::move(realistic)));
    c.put(fields, goal, "start", "--start", g.start);
    c.put(fields, goal, "end", "--end", g.end);
    c.put(fields, goal, "inspiring", "--inspiring", g.inspiring);
    c.put(fields, goal, "learning", "--learning", g.learning);
    c.put(fields, goal, "methods", "--method", comma_list(g.methods, ","));
    c.put(fields, goal, "competence", "--competence", g.competence);
    c.put(fields, goal, "school_goals", "--school-goal", comma_list(g.school_goals, ","));
    c.put(fields, goal, "status", "--status", g.status);
    if (g.is_private) fields.emplace_back("private", NewValue::plain("true"));
    if (c.problem) return std::move(*c.problem);
    return NewValue::mapping(std::move(fields));
}

std::optional<UsageProblem> incomplete_goal_problem(const NewGoal& goal) {
    std::vector<std::string> missing =
        missing_flags({{"--measurable", &goal.measurable}, {"--start", &goal.start}, {"--end", &goal.end}});
    if (missing.empty()) return std::nullopt;
    return UsageProblem{"edit.goal-incomplete",
                        {{"options", list_arg(missing)}, {"count", std::to_string(missing.size())}, {"goal", goal.id}}, {}, {}};
}

}  // namespace pop
