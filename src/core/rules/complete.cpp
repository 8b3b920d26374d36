// The complete.* family: what the policy (pop-policy.yaml, `complete:`) asks of a current POP:
// signed by both, a goal that runs today, a conversation of the cycle within conversation_months.
//
// Where each rule is: all of them here, in check_complete. They describe where the cycle stands,
// so an edit never refuses to save for them (describes_the_cycle, rules.h), and the checklist after
// an edit turns them into pop commands (src/core/reports/checklist.cpp).
// Messages: the catalog keys complete.* in src/core/i18n/messages.cpp.

#include <algorithm>
#include <optional>
#include <string>

#include "pop/model/facts.h"
#include "pop/rules/families.h"

namespace pop {

bool signed_by_both(const Pop& pop) {
    auto complete = [](const std::optional<Signature>& s) { return s && s->complete; };
    return complete(pop.employee_sign) && complete(pop.manager_sign);
}

void check_complete(PopCheck& check) {
    const Pop& pop = check.pop;
    const Policy& policy = check.policy;
    const Date& today = check.context.today;
    if (!is_current(pop, today)) return;
    if (policy.require_sign_off && !signed_by_both(pop))
        check.add(rule::complete_sign_off, pop.sign_off_at, 1, "complete.sign-off", {});
    if (policy.require_current_goal) {
        bool runs_today = std::any_of(pop.goals.begin(), pop.goals.end(), [&](const Goal& g) {
            return g.start && g.end && g.start->value <= today && today <= g.end->value &&
                   g.status != GoalStatus::Dropped;
        });
        if (!runs_today) check.add(rule::complete_goal, pop.goals_at, 1, "complete.goal", {{"today", today.to_string()}});
    }
    if (policy.require_conversation) {
        const Conversation* held = last_conversation(pop, today);
        std::optional<Date> last = held ? std::optional<Date>(held->date->value) : std::nullopt;
        std::vector<MessageArg> args{{"months", std::to_string(policy.conversation_months)}};
        if (!last) {
            check.add(rule::complete_conversation, pop.conversations_at, 1, "complete.conversation.none", args);
        } else if (last->plus_months(policy.conversation_months) < today) {
            args.push_back({"last", last->to_string()});
            check.add(rule::complete_conversation, pop.conversations_at, 1, "complete.conversation", args);
        }
    }
}

}  // namespace pop
