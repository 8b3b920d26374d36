#include "pop/rules/reminders.h"

#include <algorithm>
#include <tuple>

namespace pop {
namespace {

bool is_open(GoalStatus s) { return s != GoalStatus::Achieved && s != GoalStatus::Dropped; }

std::optional<Date> date_of(const Conversation* c) {
    return c ? std::optional<Date>(c->date->value) : std::nullopt;
}

// When the next conversation is required: the last one held (or the start of the period) plus the cadence.
std::optional<Date> conversation_required_by(const Pop& pop, const Policy& policy, const Date& today) {
    std::optional<Date> base = date_of(last_conversation_held(pop, today));
    if (!base && pop.period_start) base = pop.period_start->value;
    if (!base) return std::nullopt;
    return base->plus_months(policy.conversation_months);
}

}  // namespace

const Conversation* last_conversation_held(const Pop& pop, const Date& today) {
    const Conversation* last = nullptr;
    for (const Conversation& c : pop.conversations)
        if (c.date && c.date->value <= today && (!last || last->date->value < c.date->value)) last = &c;
    return last;
}

const Conversation* next_planned_conversation(const Pop& pop, const Date& today) {
    const Conversation* next = nullptr;
    for (const Conversation& c : pop.conversations)
        if (c.date && today < c.date->value && (!next || c.date->value < next->date->value)) next = &c;
    return next;
}

std::optional<Date> last_activity(const Goal& goal) {
    std::optional<Date> last = goal.start ? std::optional<Date>(goal.start->value) : std::nullopt;
    auto later = [&](const Maybe<Date>& d) {
        if (d && (!last || *last < d->value)) last = d->value;
    };
    for (const Step& s : goal.steps) later(s.done);
    for (const Evidence& e : goal.evidence) later(e.date);
    return last;
}

std::vector<DueItem> due_items(const Pop& pop, const Policy& policy, const Date& today) {
    std::vector<DueItem> items;
    for (const Goal& g : pop.goals) {
        if (!is_open(g.status)) continue;
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
    std::optional<Date> planned = date_of(next_planned_conversation(pop, today));
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

std::vector<Finding> check_reminders(const Pop& pop, const Policy& policy, const Date& today) {
    struct Ranked {
        bool overdue;
        Date date;
        Finding finding;
    };
    std::vector<Ranked> out;
    auto add = [&](bool overdue, const Date& date, std::string_view rule, Mark at, std::uint32_t width,
                   std::string_view message, std::vector<MessageArg> args) {
        Finding f = make_finding(rule, at, message, std::move(args));
        f.width = width;
        out.push_back({overdue, date, std::move(f)});
    };
    auto days = [&](const Date& d) { return std::to_string(std::labs(days_between(today, d))); };
    Date step_window = today.plus_days(policy.step_due_days);
    for (const Goal& g : pop.goals) {
        if (!is_open(g.status)) continue;
        std::string id = g.id ? g.id->value : "?";
        for (const Step& s : g.steps) {
            if (!s.due || s.done) continue;
            std::string what = s.what ? s.what->value : "";
            if (s.due->value < today)
                add(true, s.due->value, "reminder.step-overdue", s.due->at, s.due->width, "reminder.step-overdue",
                    {{"goal", id}, {"what", what}, {"date", s.due->value.to_string()}, {"days", days(s.due->value)}});
            else if (s.due->value <= step_window)
                add(false, s.due->value, "reminder.step-due", s.due->at, s.due->width, "reminder.step-due",
                    {{"goal", id}, {"what", what}, {"date", s.due->value.to_string()}, {"days", days(s.due->value)}});
        }
        if (g.end && g.end->value < today) {
            add(true, g.end->value, "reminder.goal-overdue", g.end->at, g.end->width, "reminder.goal-overdue",
                {{"goal", id}, {"date", g.end->value.to_string()}});
            continue;
        }
        bool running = g.status != GoalStatus::Paused && g.start && g.start->value <= today &&
                       (!g.end || today <= g.end->value);
        std::optional<Date> last = last_activity(g);
        if (running && last && last->plus_months(policy.inactivity_months) < today)
            add(true, *last, "reminder.goal-inactive", g.at, 1, "reminder.goal-inactive",
                {{"goal", id}, {"date", last->to_string()}, {"months", std::to_string(policy.inactivity_months)}});
    }
    if (pop.period_end) {
        const auto& end = *pop.period_end;
        if (end.value < today)
            add(true, end.value, "reminder.period-ended", end.at, end.width, "reminder.period-ended",
                {{"date", end.value.to_string()}});
        else if (end.value <= today.plus_days(policy.period_end_days))
            add(false, end.value, "reminder.period-ending", end.at, end.width, "reminder.period-ending",
                {{"date", end.value.to_string()}, {"days", days(end.value)}});
    }
    if (pop.period_start) {
        Date renew = pop.period_start->value.plus_months(policy.renewal_years * 12);
        if (renew < today && (!pop.period_end || renew < pop.period_end->value))
            add(true, renew, "reminder.renewal", pop.period_start->at, pop.period_start->width, "reminder.renewal",
                {{"date", renew.to_string()}, {"years", std::to_string(policy.renewal_years)}});
    }
    std::optional<Date> required = conversation_required_by(pop, policy, today);
    std::optional<Date> planned = date_of(next_planned_conversation(pop, today));
    bool period_running = pop.period_end && !(pop.period_end->value < today);
    if (required && period_running && !(planned && *planned <= *required)) {
        std::vector<MessageArg> args{{"date", required->to_string()}, {"months", std::to_string(policy.conversation_months)}};
        if (*required < today)
            add(true, *required, "reminder.conversation-due", pop.conversations_at, 1, "reminder.conversation-overdue", args);
        else if (*required <= today.plus_days(policy.step_due_days))
            add(false, *required, "reminder.conversation-due", pop.conversations_at, 1, "reminder.conversation-due", args);
    }
    std::stable_sort(out.begin(), out.end(), [](const Ranked& a, const Ranked& b) {
        bool a_ended = a.finding.rule == "reminder.period-ended", b_ended = b.finding.rule == "reminder.period-ended";
        if (a_ended != b_ended) return a_ended;
        if (a.overdue != b.overdue) return a.overdue;
        return a.date < b.date;
    });
    std::vector<Finding> findings;
    for (Ranked& r : out) findings.push_back(std::move(r.finding));
    return findings;
}

}  // namespace pop
