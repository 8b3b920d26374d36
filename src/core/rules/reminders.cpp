// What is due (due_items) and the facts about conversations and goals it is computed from. The
// reminder.* rules built on them are in reminder.cpp.

#include "pop/rules/reminders.h"

#include <algorithm>
#include <tuple>

#include "pop/model/facts.h"

namespace pop {
namespace {

std::optional<Date> date_of(const Conversation* c) {
    return c ? std::optional<Date>(c->date->value) : std::nullopt;
}

}  // namespace

std::optional<Date> conversation_required_by(const Pop& pop, const Policy& policy, const Date& today) {
    std::optional<Date> base = date_of(last_conversation(pop, today));
    if (!base && pop.period_start) base = pop.period_start->value;
    if (!base) return std::nullopt;
    return base->plus_months(policy.conversation_months);
}

std::optional<Date> last_activity(const Goal& goal) {
    std::optional<Date> last = goal.start ? std::optional<Date>(goal.start->value) : std::nullopt;
    auto later = [&](const Maybe<Date>& d) {
        if (d && (!last || *last < d->value)) last = d->value;
    };
    for (const Step& s : goal.steps) later(s.done);
    for (const Evidence& e : goal.evidence) later(e.date);
    for (const LogEntry& e : goal.log) later(e.date);
    return last;
}

std::vector<DueItem> due_items(const Pop& pop, const Policy& policy, const Date& today) {
    std::vector<DueItem> items;
    for (const Goal& g : pop.goals) {
        if (!goal_is_open(g.status)) continue;
        std::string id = g.id ? g.id->value : std::string();
        std::string title = g.title ? g.title->value : id;
        for (const Step& s : g.steps)
            if (s.due && !s.done)
                items.push_back({s.due->value, DueKind::Step, id, s.what ? s.what->value : std::string(), s.due->at,
                                 s.due->value < today, true, g.is_private || s.is_private});
        if (g.end) items.push_back({g.end->value, DueKind::GoalEnd, id, title, g.end->at, g.end->value < today, true, g.is_private});
    }
    for (const Conversation& c : pop.conversations)
        if (c.date && today < c.date->value)
            items.push_back({c.date->value, DueKind::Conversation, {}, std::string(conversation_word(c.kind)), c.at,
                             false, true, c.is_private});
    std::optional<Date> required = conversation_required_by(pop, policy, today);
    std::optional<Date> planned = date_of(next_conversation(pop, today));
    if (required && !(planned && *planned <= *required))
        items.push_back({*required, DueKind::Conversation, {}, {}, pop.conversations_at, *required < today, false, false});
    if (pop.period_end)
        items.push_back({pop.period_end->value, DueKind::PeriodEnd, {}, {}, pop.period_end->at,
                         pop.period_end->value < today, true, false});
    if (pop.period_start) {
        Date renew = pop.period_start->value.plus_months(policy.renewal_years * 12);
        // Renewal matters only when it comes before the period's own end.
        if (!pop.period_end || renew < pop.period_end->value)
            items.push_back({renew, DueKind::Renewal, {}, {}, pop.period_start->at, renew < today, true, false});
    }
    std::stable_sort(items.begin(), items.end(), [](const DueItem& a, const DueItem& b) {
        return std::tie(a.date, a.kind, a.goal, a.text) < std::tie(b.date, b.kind, b.goal, b.text);
    });
    return items;
}

}  // namespace pop
