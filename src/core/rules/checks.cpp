#include "pop/rules/checks.h"

#include <map>

#include <algorithm>
#include <tuple>
#include <array>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "pop/rules/reminders.h"
#include "pop/format/spec.h"
#include "pop/format/validate.h"

namespace pop {
namespace {

// Function words that say nothing about what a goal is about (Dutch and English).
constexpr std::array<std::string_view, 48> kFunctionWords{
    "ik",   "wil",  "mijn",  "me",    "mij",   "in",    "de",   "het",  "een",  "en",   "om",   "te",
    "van",  "op",   "met",   "voor",  "worden", "word", "zijn", "is",   "kan",  "kunnen", "dat", "die",
    "er",   "als",  "nog",   "ook",   "aan",   "bij",   "door", "naar", "i",    "want", "to",   "be",
    "the",  "a",    "my",    "in",    "and",   "of",    "at",   "more", "better", "get", "become", "zo"};

constexpr std::array<std::string_view, 26> kNumberWords{
    "twee",  "drie",  "vier",   "vijf",  "zes",    "zeven",  "acht",    "negen", "tien",
    "elf",   "twaalf", "twintig", "dertig", "veertig", "vijftig", "honderd", "two",   "three",
    "four",  "five",  "six",    "seven", "eight",  "nine",   "ten",     "hundred"};

std::string_view goal_name(const Goal& g) {
    if (g.id) return g.id->value;
    if (g.title) return g.title->value;
    return "?";
}

class Checker {
public:
    Checker(const Pop& pop, const CheckContext& context, const Policy& policy)
        : pop_(pop), ctx_(context), policy_(policy) {}

    std::vector<Finding> run() {
        period();
        if (pop_.goals.empty() && pop_.goals_written_as_list)
            add("structure.no-goals", pop_.goals_at, 1, "structure.no-goals", {});
        for (const Goal& g : pop_.goals) goal(g);
        hours_per_year();
        signatures();
        links();
        completeness();
        sort_by_position(out_);
        return std::move(out_);
    }

private:
    void add(std::string_view rule, Mark at, std::uint32_t width, std::string_view message,
             std::vector<MessageArg> args) {
        Finding f = make_finding(rule, at, message, std::move(args));
        f.width = std::max<std::uint32_t>(width, 1);
        out_.push_back(std::move(f));
    }

    template <class T>
    void add_at(std::string_view rule, const Located<T>& where, std::string_view message,
                std::vector<MessageArg> args) {
        add(rule, where.at, where.width, message, std::move(args));
    }

    void period() {
        if (pop_.period_start && pop_.period_end && pop_.period_end->value < pop_.period_start->value)
            add_at("dates.order", *pop_.period_end, "dates.order.period",
                   {{"end", pop_.period_end->value.to_string()}, {"start", pop_.period_start->value.to_string()}});
    }

    void future(const Maybe<Date>& date, std::string_view what) {
        if (date && ctx_.today < date->value)
            add_at("dates.future", *date, "dates.future",
                   {{"date", date->value.to_string()}, {"what", std::string(what), true},
                    {"today", ctx_.today.to_string()}});
    }

    void signatures() {
        if (pop_.employee_sign) future(pop_.employee_sign->date, "what.sign_off");
        if (pop_.manager_sign) future(pop_.manager_sign->date, "what.sign_off");
    }

    bool pop_signed_by_both() const {
        auto complete = [](const std::optional<Signature>& s) { return s && s->complete; };
        return complete(pop_.employee_sign) && complete(pop_.manager_sign);
    }

    void goal(const Goal& g) {
        std::string name(goal_name(g));
        bool dates_ordered = true;
        // T: start and end.
        if (!g.written.start || !g.written.end) {
            std::string_view missing = !g.written.start && !g.written.end ? "start, end" : (!g.written.start ? "start" : "end");
            add("smarti.time-bound", g.at, 1, "smarti.time-bound", {{"goal", name}, {"missing", std::string(missing)}});
        }
        if (g.start && g.end && g.end->value < g.start->value) {
            dates_ordered = false;
            add_at("dates.order", *g.end, "dates.order.goal",
                   {{"goal", name}, {"end", g.end->value.to_string()}, {"start", g.start->value.to_string()}});
        }
        if (dates_ordered) in_period(g, name);
        // S.
        specific(g, name);
        // M.
        if (!g.written.measurable)
            add("smarti.measurable", g.at, 1, "smarti.measurable", {{"goal", name}});
        else if (g.measurable && !names_a_number(g.measurable->value))
            add_at("smarti.measurable-concrete", *g.measurable, "smarti.measurable-concrete", {{"goal", name}});
        // A.
        if (!g.written.agreed && !pop_signed_by_both())
            add("smarti.agreed", g.at, 1, "smarti.agreed", {{"goal", name}});
        if (g.agreed) future(g.agreed->date, "what.agreed");
        // R.
        if (!g.written.hours)
            add("smarti.realistic", g.realistic_at, 1, "smarti.realistic.hours", {{"goal", name}});
        if (g.start && g.end && dates_ordered) {
            Date limit = g.start->value.plus_months(policy_.max_goal_months);
            if (limit < g.end->value)
                add_at("smarti.realistic", *g.end, "smarti.realistic.duration",
                       {{"goal", name}, {"months", std::to_string(policy_.max_goal_months)}});
        }
        // I.
        if (!g.written.inspiring)
            add("smarti.inspiring", g.at, 1, "smarti.inspiring", {{"goal", name}});
        steps(g, name, dates_ordered);
        for (const Evidence& e : g.evidence) future(e.date, "what.evidence");
    }

    void in_period(const Goal& g, const std::string& name) {
        if (!pop_.period_start || !pop_.period_end || pop_.period_end->value < pop_.period_start->value) return;
        std::vector<MessageArg> args{{"goal", name},
                                     {"period_start", pop_.period_start->value.to_string()},
                                     {"period_end", pop_.period_end->value.to_string()}};
        if (g.start && g.start->value < pop_.period_start->value)
            add_at("dates.goal-in-period", *g.start, "dates.goal-in-period.start", args);
        // A goal that runs on past its POP is taken into the next one (`pop renew`); once the
        // period is over, the POP is a record and the goal lives on in its successor.
        if (g.end && pop_.period_end->value < g.end->value && !(pop_.period_end->value < ctx_.today))
            add_at("dates.goal-in-period", *g.end, "dates.goal-in-period.end", args);
    }

    void steps(const Goal& g, const std::string& name, bool dates_ordered) {
        for (const Step& s : g.steps) {
            future(s.done, "what.step_done");
            if (!dates_ordered) continue;
            std::vector<MessageArg> args{{"goal", name}};
            if (g.start) args.push_back({"goal_start", g.start->value.to_string()});
            if (g.end) args.push_back({"goal_end", g.end->value.to_string()});
            if (s.due && ((g.start && s.due->value < g.start->value) || (g.end && g.end->value < s.due->value))) {
                args.push_back({"date", s.due->value.to_string()});
                // The goal date to move so that the step falls inside (the command hint names it).
                args.push_back({"goal_field", g.start && s.due->value < g.start->value ? "start" : "end"});
                add_at("dates.step-in-goal", *s.due, g.start && g.end ? "dates.step-in-goal.due" : "dates.step-in-goal.due-open", args);
            } else if (s.done && g.start && s.done->value < g.start->value) {
                args.push_back({"date", s.done->value.to_string()});
                add_at("dates.step-in-goal", *s.done, "dates.step-in-goal.done", args);
            } else if (s.done && g.end && g.end->value < s.done->value) {
                args.push_back({"date", s.done->value.to_string()});
                add_at("dates.step-in-goal", *s.done, "dates.step-in-goal.done-late", args);
            }
        }
    }

    void specific(const Goal& g, const std::string& name) {
        if (!g.written.specific) {
            add("smarti.specific", g.at, 1, "smarti.specific.missing", {{"goal", name}});
            return;
        }
        if (!g.specific) return;  // present but unusable: the structure check reported it
        std::vector<std::string> words = words_of(g.specific->value);
        if (static_cast<int>(words.size()) < policy_.min_specific_words) {
            add_at("smarti.specific", *g.specific, "smarti.specific.short",
                   {{"goal", name}, {"words", std::to_string(words.size())},
                    {"minimum", std::to_string(policy_.min_specific_words)}});
            return;
        }
        std::size_t meaningful = 0;
        for (const std::string& w : words) {
            bool vague = std::find(policy_.vague_words.begin(), policy_.vague_words.end(), w) != policy_.vague_words.end();
            bool function = std::find(kFunctionWords.begin(), kFunctionWords.end(), w) != kFunctionWords.end();
            if (!vague && !function) ++meaningful;
        }
        if (meaningful < 3)
            add_at("smarti.specific", *g.specific, "smarti.specific.vague", {{"goal", name}});
    }

    static bool names_a_number(std::string_view text) {
        if (text.find_first_of("0123456789%") != std::string_view::npos) return true;
        for (const std::string& w : words_of(text))
            if (std::find(kNumberWords.begin(), kNumberWords.end(), w) != kNumberWords.end()) return true;
        return false;
    }

    void hours_per_year() {
        if (!policy_.hours_per_year || !pop_.period_start || !pop_.period_end) return;
        long days = days_between(pop_.period_start->value, pop_.period_end->value) + 1;
        if (days <= 0) return;
        double total = 0;
        for (const Goal& g : pop_.goals)
            if (g.hours && g.status != GoalStatus::Dropped) total += g.hours->value;
        // The period in whole months (so that leap days do not tip the balance), at least a year.
        double months = std::round(static_cast<double>(days) / 365.25 * 12.0);
        double years = std::max(1.0, months / 12.0);
        double per_year = total / years;
        if (per_year > *policy_.hours_per_year + 1e-9)
            add("smarti.realistic-hours", pop_.goals_at, 1, "smarti.realistic-hours",
                {{"per_year", fmt::format("{:.0f}", std::ceil(per_year))},
                 {"allowance", fmt::format("{}", *policy_.hours_per_year)},
                 {"total", fmt::format("{}", total)}});
    }

    void links() {
        if (ctx_.roster && pop_.person.id && is_valid_id(pop_.person.id->value)) {
            const auto& staff = ctx_.roster->staff;
            auto member = std::find_if(staff.begin(), staff.end(),
                                       [&](const StaffMember& s) { return s.id.value == pop_.person.id->value; });
            if (member != staff.end() && !member->active && is_current(summarize(pop_), ctx_.today))
                add_at("links.person", *pop_.person.id, "links.person.inactive", {{"id", pop_.person.id->value}});
            if (member == staff.end()) {
                std::vector<std::string_view> ids;
                for (const StaffMember& s : staff) ids.push_back(s.id.value);
                std::string_view hit = suggest(pop_.person.id->value, ids);
                if (hit.empty())
                    add_at("links.person", *pop_.person.id, "links.person", {{"id", pop_.person.id->value}});
                else
                    add_at("links.person", *pop_.person.id, "links.person.suggest",
                           {{"id", pop_.person.id->value}, {"suggestion", std::string(hit)}});
            }
        }
        if (!ctx_.school_goals) return;
        std::vector<std::string_view> ids;
        for (const SchoolGoal& s : ctx_.school_goals->goals) ids.push_back(s.id.value);
        std::string known;
        for (std::string_view id : ids) known += (known.empty() ? "" : ", ") + std::string(id);
        for (const Goal& g : pop_.goals)
            for (const auto& link : g.school_goals) {
                if (!is_valid_id(link.value) || std::find(ids.begin(), ids.end(), link.value) != ids.end()) continue;
                std::string_view hit = suggest(link.value, ids);
                if (hit.empty())
                    add_at("links.school-goal", link, "links.school-goal", {{"id", link.value}, {"known", known}});
                else
                    add_at("links.school-goal", link, "links.school-goal.suggest",
                           {{"id", link.value}, {"known", known}, {"suggestion", std::string(hit)}});
            }
    }

    // What the policy says a complete current POP needs.
    void completeness() {
        if (!is_current(summarize(pop_), ctx_.today)) return;
        if (policy_.require_sign_off && !pop_signed_by_both())
            add("complete.sign-off", pop_.sign_off_at, 1, "complete.sign-off", {});
        if (policy_.require_current_goal) {
            bool runs_today = std::any_of(pop_.goals.begin(), pop_.goals.end(), [&](const Goal& g) {
                return g.start && g.end && g.start->value <= ctx_.today && ctx_.today <= g.end->value &&
                       g.status != GoalStatus::Dropped;
            });
            if (!runs_today)
                add("complete.goal", pop_.goals_at, 1, "complete.goal", {{"today", ctx_.today.to_string()}});
        }
        if (policy_.require_conversation) {
            std::optional<Date> last;
            for (const Conversation& c : pop_.conversations)
                if (c.date && c.date->value <= ctx_.today && (!last || *last < c.date->value)) last = c.date->value;
            std::vector<MessageArg> args{{"months", std::to_string(policy_.conversation_months)}};
            if (!last)
                add("complete.conversation", pop_.conversations_at, 1, "complete.conversation.none", args);
            else if (last->plus_months(policy_.conversation_months) < ctx_.today) {
                args.push_back({"last", last->to_string()});
                add("complete.conversation", pop_.conversations_at, 1, "complete.conversation", args);
            }
        }
    }

    const Pop& pop_;
    const CheckContext& ctx_;
    const Policy& policy_;
    std::vector<Finding> out_;
};

}  // namespace

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    std::string current;
    for (unsigned char c : text) {
        bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
        if (letter) {
            current.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
        } else if (!current.empty()) {
            words.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty()) words.push_back(std::move(current));
    return words;
}

Finding duplicate_pop_finding(const PopSummary& pop, std::string_view other) {
    Finding f = make_finding("roster.duplicate-pop", pop.person_id.at, "roster.duplicate-pop",
                             {{"id", pop.person_id.value}, {"other", std::string(other)}});
    f.width = pop.person_id.width;
    return f;
}

std::vector<PlacedFinding> check_roster(const Roster& roster, std::span<const PopSummary> pops,
                                        std::span<const std::string> paths, const Date& today) {
    std::vector<PlacedFinding> out;
    // Current POPs per person id, in the order given (sorted by path by the caller).
    std::vector<std::pair<std::string_view, std::size_t>> current;
    for (std::size_t i = 0; i < pops.size(); ++i)
        if (!pops[i].person_id.value.empty() && is_current(pops[i], today)) current.emplace_back(pops[i].person_id.value, i);
    std::stable_sort(current.begin(), current.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t k = 1; k < current.size(); ++k) {
        if (current[k].first != current[k - 1].first) continue;
        std::size_t first = k - 1;
        while (first > 0 && current[first - 1].first == current[k].first) --first;
        out.push_back({current[k].second, duplicate_pop_finding(pops[current[k].second], paths[current[first].second])});
    }
    for (const StaffMember& member : roster.staff) {
        if (!member.active) continue;
        auto it = std::lower_bound(current.begin(), current.end(), std::string_view(member.id.value),
                                   [](const auto& entry, std::string_view id) { return entry.first < id; });
        if (it != current.end() && it->first == member.id.value) continue;
        Finding f = make_finding("roster.missing-pop", member.id.at, "roster.missing-pop",
                                 {{"id", member.id.value}, {"name", member.name}});
        f.width = member.id.width;
        out.push_back({std::nullopt, std::move(f)});
    }
    return out;
}

bool person_inactive(const Pop& pop, const Roster* roster) {
    if (!roster || !pop.person.id) return false;
    for (const StaffMember& m : roster->staff)
        if (m.id.value == pop.person.id->value && !m.active) return true;
    return false;
}

std::vector<bool> superseded_pops(std::span<const PopSummary> pops) {
    std::map<std::string_view, Date> latest;  // per person id: the latest period start
    for (const PopSummary& p : pops)
        if (!p.person_id.value.empty() && p.start) {
            auto [it, fresh] = latest.try_emplace(p.person_id.value, *p.start);
            if (!fresh && it->second < *p.start) it->second = *p.start;
        }
    std::vector<bool> out(pops.size(), false);
    for (std::size_t i = 0; i < pops.size(); ++i) {
        auto it = pops[i].start ? latest.find(pops[i].person_id.value) : latest.end();
        out[i] = it != latest.end() && *pops[i].start < it->second;
    }
    return out;
}

std::vector<Finding> check_pop(const Pop& pop, const CheckContext& context) {
    Policy defaults = policy_preset("");
    const Policy& policy = context.policy ? *context.policy : defaults;
    std::vector<Finding> out = Checker(pop, context, policy).run();
    // Reminders are for the POP a person works with: not for a record that a later POP took
    // over, nor for someone who is no longer active on the roster.
    if (context.reminders && !context.superseded && !person_inactive(pop, context.roster)) {
        std::vector<Finding> reminders = check_reminders(pop, policy, context.today);
        out.insert(out.end(), std::make_move_iterator(reminders.begin()), std::make_move_iterator(reminders.end()));
        sort_by_position(out);
    }
    return out;
}

}  // namespace pop
