// The reminder.* family: what falls due soon or is overdue, against today and the policy's windows
// (step_due_days, period_end_days, inactivity_months, renewal_years, conversation_months).
//
// Where each rule is: all of them here, in check_reminders. The dates they look at come from the
// helpers in reminders.cpp (last_activity, conversation_required_by, ...), which `pop due` also uses.
// They run with `pop check --reminders`, in `pop status` and in `pop report`. One more reminder,
// reminder.hours-unused, needs the roster and the arithmetic of allowances: it is in hours.cpp
// (check_hours_reminder), and check_pop runs it with these.
// Messages: the catalog keys reminder.* in src/core/i18n/messages.cpp (reminder.conversation-due has
// a second message, reminder.conversation-overdue), and html.warn.reminder.* for the HTML report.

#include "pop/rules/reminder.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>

#include "pop/model/facts.h"
#include "pop/rules/reminders.h"

namespace pop {
std::vector<Finding> check_reminders(const Pop& pop, const Policy& policy, const Date& today) {
    struct Ranked {
        bool overdue;
        Date date;
        Finding finding;
    };
    std::vector<Ranked> out;
    auto add = [&](bool overdue, const Date& date, RuleId rule, Mark at, std::uint32_t width,
                   std::string_view message, std::vector<MessageArg> args) {
        Finding f = make_finding(rule, at, message, std::move(args));
        f.width = width;
        out.push_back({overdue, date, std::move(f)});
    };
    auto days = [&](const Date& d) { return std::to_string(days_between(today, d)); };  // signed: {days, distance}
    Date step_window = today.plus_days(policy.step_due_days);
    for (const Goal& g : pop.goals) {
        if (!goal_is_open(g.status)) continue;
        std::string id = g.id ? g.id->value : "?";
        for (const Step& s : g.steps) {
            if (!s.due || s.done) continue;
            std::string what = s.what ? s.what->value : "";
            if (s.due->value < today)
                add(true, s.due->value, rule::reminder_step_overdue, s.due->at, s.due->width, "reminder.step-overdue",
                    {{"goal", id}, {"what", what}, {"date", s.due->value.to_string()}, {"days", days(s.due->value)}});
            else if (s.due->value <= step_window)
                add(false, s.due->value, rule::reminder_step_due, s.due->at, s.due->width, "reminder.step-due",
                    {{"goal", id}, {"what", what}, {"date", s.due->value.to_string()}, {"days", days(s.due->value)}});
        }
        if (g.end && g.end->value < today) {
            add(true, g.end->value, rule::reminder_goal_overdue, g.end->at, g.end->width, "reminder.goal-overdue",
                {{"goal", id}, {"date", g.end->value.to_string()}});
            continue;
        }
        bool running = g.status != GoalStatus::Paused && g.start && g.start->value <= today &&
                       (!g.end || today <= g.end->value);
        std::optional<Date> last = last_activity(g);
        if (running && last && last->plus_months(policy.inactivity_months) < today)
            add(true, *last, rule::reminder_goal_inactive, g.at, 1, "reminder.goal-inactive",
                {{"goal", id}, {"date", last->to_string()}, {"months", std::to_string(policy.inactivity_months)}});
    }
    if (pop.period_end) {
        const auto& end = *pop.period_end;
        if (end.value < today)
            add(true, end.value, rule::reminder_period_ended, end.at, end.width, "reminder.period-ended",
                {{"date", end.value.to_string()}});
        else if (end.value <= today.plus_days(policy.period_end_days))
            add(false, end.value, rule::reminder_period_ending, end.at, end.width, "reminder.period-ending",
                {{"date", end.value.to_string()}, {"days", days(end.value)}});
    }
    if (pop.period_start) {
        Date renew = pop.period_start->value.plus_months(policy.renewal_years * 12);
        if (renew < today && (!pop.period_end || renew < pop.period_end->value))
            add(true, renew, rule::reminder_renewal, pop.period_start->at, pop.period_start->width, "reminder.renewal",
                {{"date", renew.to_string()}, {"years", std::to_string(policy.renewal_years)}});
    }
    std::optional<Date> required = conversation_required_by(pop, policy, today);
    const Conversation* next = next_conversation(pop, today);
    std::optional<Date> planned = next ? std::optional<Date>(next->date->value) : std::nullopt;
    bool period_running = pop.period_end && !(pop.period_end->value < today);
    if (required && period_running && !(planned && *planned <= *required)) {
        std::vector<MessageArg> args{{"date", required->to_string()}, {"months", std::to_string(policy.conversation_months)}};
        if (*required < today)
            add(true, *required, rule::reminder_conversation_due, pop.conversations_at, 1, "reminder.conversation-overdue", args);
        else if (*required <= today.plus_days(policy.step_due_days))
            add(false, *required, rule::reminder_conversation_due, pop.conversations_at, 1, "reminder.conversation-due", args);
    }
    std::stable_sort(out.begin(), out.end(), [](const Ranked& a, const Ranked& b) {
        bool a_ended = a.finding.rule == rule::reminder_period_ended, b_ended = b.finding.rule == rule::reminder_period_ended;
        if (a_ended != b_ended) return a_ended;
        if (a.overdue != b.overdue) return a.overdue;
        return a.date < b.date;
    });
    std::vector<Finding> findings;
    for (Ranked& r : out) findings.push_back(std::move(r.finding));
    return findings;
}

}  // namespace pop
