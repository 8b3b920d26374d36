#include "pop/edit/step_edits.h"

#include <utility>

#include "pop/base/strings.h"
#include "pop/base/utf8.h"
#include "pop/edit/pop_edit.h"
#include "pop/format/validate.h"

namespace pop {
namespace {

// The format of a step of a goal.
const ObjectSpec& step_spec() {
    const ObjectSpec& goal = *find_field(spec_for(FileKind::Pop), "goals")->type.object;
    return *find_field(goal, "steps")->type.object;
}

std::vector<std::size_t> all_steps(const std::vector<StepInfo>& steps) {
    std::vector<std::size_t> all(steps.size());
    for (std::size_t j = 0; j < steps.size(); ++j) all[j] = j;
    return all;
}

// A plain number names a step by its place, never a part of a text ("Lesbezoek 3").
std::variant<std::size_t, UsageProblem> step_by_number(const std::vector<StepInfo>& steps,
                                                       const std::string& goal_id, const std::string& arg) {
    std::size_t digits = arg.find_first_not_of('0');
    std::size_t n = digits == std::string::npos || arg.size() - digits > 6 ? 0 : std::stoul(arg.substr(digits));
    if (n >= 1 && n <= steps.size()) return n - 1;
    return UsageProblem{"edit.step-number",
                        {{"step", arg},
                         {"goal", goal_id},
                         {"n", std::to_string(steps.size())},
                         {"steps", step_list(steps, all_steps(steps))}},
                        {},
                        {}};
}

}  // namespace

std::vector<StepInfo> steps_of(const YamlDocument& doc, std::size_t goal) {
    std::vector<StepInfo> out;
    const YamlNode* steps = find_node(doc, {std::string("goals"), goal, std::string("steps")});
    if (!steps || steps->kind != NodeKind::Sequence) return out;
    for (NodeId child : steps->children) {
        const YamlNode& step = doc.node(child);
        StepInfo info;
        if (step.kind == NodeKind::Mapping) {
            for (auto [key, slot] :
                 {std::pair{"id", &info.id}, std::pair{"what", &info.what}, std::pair{"done", &info.done}}) {
                const YamlNode* v = find_key(doc, step, key);
                if (v && v->kind == NodeKind::Scalar) *slot = v->value;
            }
        }
        out.push_back(info);
    }
    return out;
}

std::string step_list(const std::vector<StepInfo>& steps, const std::vector<std::size_t>& which) {
    std::string out;
    for (std::size_t j : which) {
        std::string what = steps[j].what;
        if (what.size() > 40) {
            what = what.substr(0, utf8::character_start(what, 40)) + "...";  // not inside a character
        }
        out += (out.empty() ? "" : "; ") + std::to_string(j + 1) +
               (steps[j].id.empty() ? "" : " (" + steps[j].id + ")") + ": " + what;
    }
    return out;
}

std::variant<std::size_t, UsageProblem> find_step(const std::vector<StepInfo>& steps, const std::string& goal_id,
                                                  const std::string& arg) {
    if (steps.empty()) return UsageProblem{"edit.no-steps", {{"goal", goal_id}}, {}, {}};
    for (std::size_t j = 0; j < steps.size(); ++j)
        if (!steps[j].id.empty() && steps[j].id == arg) return j;
    if (!arg.empty() && arg.find_first_not_of("0123456789") == std::string::npos)
        return step_by_number(steps, goal_id, arg);
    std::vector<std::size_t> hits;
    for (std::size_t j = 0; j < steps.size(); ++j)
        if (!arg.empty() && ascii_lower(steps[j].what).find(ascii_lower(arg)) != std::string::npos) hits.push_back(j);
    if (hits.size() == 1) return hits.front();
    if (hits.size() > 1)
        return UsageProblem{"edit.ambiguous-step",
                            {{"step", arg},
                             {"n", std::to_string(hits.size())},
                             {"goal", goal_id},
                             {"steps", step_list(steps, hits)}},
                            {},
                            {}};
    std::vector<std::string_view> ids;
    for (const StepInfo& st : steps)
        if (!st.id.empty()) ids.push_back(st.id);
    std::string_view hit = suggest(arg, ids);
    std::vector<MessageArg> args{{"step", arg}, {"goal", goal_id}, {"steps", step_list(steps, all_steps(steps))}};
    if (!hit.empty()) args.push_back({"suggestion", std::string(hit)});
    return UsageProblem{hit.empty() ? "edit.no-step" : "edit.no-step.suggest", std::move(args), {}, {}};
}

std::string canonical_step_field(std::string field) { return ascii_lower(field); }

const FieldSpec* step_field(std::string_view name) { return find_field(step_spec(), name); }

std::variant<const FieldSpec*, UsageProblem> find_step_field(const std::string& field) {
    if (const FieldSpec* spec = step_field(canonical_step_field(field))) return spec;
    std::vector<std::string_view> names;
    std::vector<Synonyms> candidates;
    for (const FieldSpec& f : step_spec().fields) {
        names.push_back(f.key);
        candidates.push_back({f.key, dutch_terms(f)});
    }
    std::string_view hit = suggest_name(field, candidates);
    std::vector<MessageArg> args{{"field", field}, {"fields", join(names)}};
    if (!hit.empty()) args.push_back({"suggestion", std::string(hit)});
    return UsageProblem{hit.empty() ? "edit.step.unknown-field" : "edit.step.unknown-field.suggest", std::move(args),
                        {}, {}};
}

std::optional<UsageProblem> step_id_taken(const std::vector<StepInfo>& steps, const std::string& goal_id,
                                          const std::string& id) {
    for (const StepInfo& st : steps)
        if (st.id == id) return UsageProblem{"edit.step-exists", {{"goal", goal_id}, {"step", id}}, {}, {}};
    return std::nullopt;
}

std::variant<NewValue, UsageProblem> new_step_value(const NewStep& step, const std::vector<StepInfo>& steps,
                                                    const std::string& goal_id) {
    std::vector<std::pair<std::string, NewValue>> fields;
    if (!step.id.empty()) {
        if (auto problem = id_problem("--id", step.id)) return *problem;
        if (auto problem = step_id_taken(steps, goal_id, step.id)) return *problem;
        fields.emplace_back("id", NewValue::text(step.id));
    }
    fields.emplace_back("what", NewValue::text(step.what));
    if (!step.due.empty()) {
        auto due = date_from_argument("--due", step.due);
        if (auto* problem = std::get_if<UsageProblem>(&due)) return std::move(*problem);
        fields.emplace_back("due", NewValue::text(std::get<Date>(due).to_string()));
    }
    if (step.is_private) fields.emplace_back("private", NewValue::plain("true"));
    return NewValue::mapping(std::move(fields));
}

}  // namespace pop
