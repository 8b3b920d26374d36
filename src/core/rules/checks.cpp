// check_pop: runs the rule families that look at one POP (families.h), each in its own file named
// after the id prefix, then the reminders; and the helpers those families share.

#include "pop/rules/checks.h"

#include <iterator>

#include "pop/rules/families.h"
#include "pop/rules/reminders.h"

namespace pop {

std::string_view goal_label(const Goal& goal) {
    if (goal.id) return goal.id->value;
    if (goal.title) return goal.title->value;
    return "?";
}

std::vector<Finding> check_pop(const Pop& pop, const CheckContext& context) {
    Policy defaults;
    const Policy& policy = context.policy ? *context.policy : defaults;
    std::vector<Finding> out;
    PopCheck check{pop, context, policy, out};
    // Findings at the same spot keep this order (the sort is stable).
    check_structure(check);
    check_dates(check);
    check_smarti(check);
    check_links(check);
    check_complete(check);
    check_hours(check);
    check_competence(check);
    sort_by_position(out);
    // Reminders are for the POP a person works with: not for a record that a later POP took
    // over, nor for someone who is no longer active on the roster.
    if (context.reminders && !context.superseded && !person_inactive(pop, context.roster)) {
        std::vector<Finding> reminders = check_reminders(pop, policy, context.today);
        std::vector<Finding> hours = check_hours_reminder(pop, policy, context.roster, context.today);
        reminders.insert(reminders.end(), std::make_move_iterator(hours.begin()), std::make_move_iterator(hours.end()));
        out.insert(out.end(), std::make_move_iterator(reminders.begin()), std::make_move_iterator(reminders.end()));
        sort_by_position(out);
    }
    return out;
}

}  // namespace pop
