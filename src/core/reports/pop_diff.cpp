#include "pop/reports/pop_diff.h"

#include <algorithm>

#include <fmt/format.h>

#include "pop/base/json.h"
#include "pop/base/strings.h"
#include "pop/base/text.h"

namespace pop {
namespace {

template <class T>
std::string str(const Maybe<T>& v) {
    if (!v) return {};
    if constexpr (std::is_same_v<T, Date>) return v->value.to_string();
    else if constexpr (std::is_same_v<T, double>) return fmt::format("{}", v->value);
    else return v->value;
}

std::string step_key(const Step& s) { return s.id ? "id:" + s.id->value : "what:" + str(s.what); }

const Goal* find_goal(const Pop& pop, const std::string& id) {
    for (const Goal& g : pop.goals)
        if (g.id && g.id->value == id) return &g;
    return nullptr;
}

void diff_goal(const Goal& before, const Goal& after, const std::string& id, std::vector<PopChange>& out) {
    if (before.status != after.status)
        out.push_back({ChangeKind::GoalStatus, id, str(after.title), std::string(goal_status_word(before.status)),
                       std::string(goal_status_word(after.status)), {}, {}});
    std::vector<std::string> fields;
    auto field = [&](const char* name, const std::string& a, const std::string& b) {
        if (a != b) fields.push_back(name);
    };
    field("title", str(before.title), str(after.title));
    field("specific", str(before.specific), str(after.specific));
    field("measurable", str(before.measurable), str(after.measurable));
    field("agreed", before.agreed ? str(before.agreed->name) + str(before.agreed->date) : "",
          after.agreed ? str(after.agreed->name) + str(after.agreed->date) : "");
    field("realistic", str(before.hours) + "/" + str(before.budget), str(after.hours) + "/" + str(after.budget));
    field("start", str(before.start), str(after.start));
    field("end", str(before.end), str(after.end));
    field("inspiring", str(before.inspiring), str(after.inspiring));
    if (!fields.empty()) out.push_back({ChangeKind::GoalChanged, id, str(after.title), {}, {}, {}, fields});
    for (const Step& step : after.steps) {
        auto old = std::find_if(before.steps.begin(), before.steps.end(),
                                [&](const Step& s) { return step_key(s) == step_key(step); });
        if (old == before.steps.end())
            out.push_back({ChangeKind::StepAdded, id, str(step.what), {}, {}, str(step.due), {}});
        if (step.done && (old == before.steps.end() || !old->done))
            out.push_back({ChangeKind::StepDone, id, str(step.what), {}, {}, str(step.done), {}});
    }
    for (const Evidence& e : after.evidence) {
        bool known = std::any_of(before.evidence.begin(), before.evidence.end(), [&](const Evidence& b) {
            return str(b.date) == str(e.date) && str(b.what) == str(e.what);
        });
        if (!known) out.push_back({ChangeKind::EvidenceAdded, id, str(e.what), {}, {}, str(e.date), {}});
    }
}

}  // namespace

std::vector<PopChange> diff_pops(const Pop& before, const Pop& after) {
    std::vector<PopChange> out;
    std::string old_period = str(before.period_start) + " – " + str(before.period_end);
    std::string new_period = str(after.period_start) + " – " + str(after.period_end);
    if (old_period != new_period && (before.period_start || before.period_end))
        out.push_back({ChangeKind::PeriodChanged, {}, {}, old_period, new_period, {}, {}});
    auto signed_by = [](const std::optional<Signature>& s) { return s && s->name && s->date; };
    // Every change of a signature: new, signed again (another name or date), or removed.
    auto signature = [&](const std::optional<Signature>& was, const std::optional<Signature>& now) {
        if (!signed_by(was) && signed_by(now))
            out.push_back({ChangeKind::SignedOff, {}, str(now->name), {}, {}, str(now->date), {}});
        else if (signed_by(was) && !signed_by(now))
            out.push_back({ChangeKind::SignatureRemoved, {}, str(was->name), {}, {}, str(was->date), {}});
        else if (signed_by(was) && (str(was->name) != str(now->name) || str(was->date) != str(now->date)))
            out.push_back({ChangeKind::SignedAgain, {}, str(now->name), str(was->name) + ", " + str(was->date), {},
                           str(now->date), {}});
    };
    signature(before.employee_sign, after.employee_sign);
    signature(before.manager_sign, after.manager_sign);
    for (const Goal& g : after.goals) {
        if (!g.id) continue;
        const Goal* old = find_goal(before, g.id->value);
        if (!old) {
            out.push_back({ChangeKind::GoalAdded, g.id->value, str(g.title), {}, {}, {}, {}});
            diff_goal(Goal{}, g, g.id->value, out);
            // A new goal's own fields are part of "added", not "changed".
            out.erase(std::remove_if(out.begin(), out.end(), [&](const PopChange& c) {
                          return c.goal == g.id->value && (c.kind == ChangeKind::GoalChanged || c.kind == ChangeKind::GoalStatus);
                      }),
                      out.end());
        } else {
            diff_goal(*old, g, g.id->value, out);
        }
    }
    for (const Goal& g : before.goals)
        if (g.id && !find_goal(after, g.id->value))
            out.push_back({ChangeKind::GoalRemoved, g.id->value, str(g.title), {}, {}, {}, {}});
    for (const Conversation& c : after.conversations) {
        bool known = std::any_of(before.conversations.begin(), before.conversations.end(), [&](const Conversation& b) {
            return b.kind == c.kind && str(b.date) == str(c.date);
        });
        if (!known)
            out.push_back({ChangeKind::ConversationAdded, {}, std::string(conversation_word(c.kind)), {}, {},
                           str(c.date), {}});
    }
    return out;
}

}  // namespace pop
