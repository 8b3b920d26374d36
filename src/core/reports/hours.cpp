#include "pop/reports/hours.h"

#include <algorithm>
#include <tuple>
#include <utility>

namespace pop {

namespace {

std::string text_of(const Maybe<std::string>& value) { return value ? value->value : std::string(); }

}  // namespace

PopHours summarize_hours(const Pop& pop, int start_month, const std::string& path, bool details, int year) {
    PopHours out;
    out.path = path;
    out.person_id = text_of(pop.person.id);
    out.name = text_of(pop.person.name);
    out.team = text_of(pop.person.team);
    if (pop.period_start) out.period_start = pop.period_start->value;
    out.years = amounts_by_school_year(pop, start_month);
    if (!details) return out;
    auto add_entry = [&](const LogEntry& e, const Goal* goal, GoalHours* goal_hours) {
        if (!e.date) return;
        double hours = e.hours ? e.hours->value : 0;
        double euros = e.euros ? e.euros->value : 0;
        bool in_year = school_year_of(e.date->value, start_month) == year;
        if (goal_hours) {
            goal_hours->spent_hours += hours;
            if (in_year) {
                goal_hours->spent_in_year += hours;
                goal_hours->euros_in_year += euros;
            }
        }
        if (in_year)
            out.entries.push_back(EntryLine{e.date->value, hours, euros, text_of(e.what), goal ? text_of(goal->id) : "",
                                            text_of(e.method), entry_kind(e, goal),
                                            e.is_private || (goal && goal->is_private)});
    };
    for (const Goal& goal : pop.goals) {
        GoalHours g{text_of(goal.id), text_of(goal.title), goal.is_private, std::nullopt, 0, 0, 0, 0};
        if (goal.hours) g.planned = goal.hours->value;
        const Maybe<Date>& start = goal.start ? goal.start : pop.period_start;
        const Maybe<Date>& end = goal.end ? goal.end : pop.period_end;
        if (goal.status != GoalStatus::Dropped && goal.hours && start && end) {
            auto shares = spread_over_school_years(goal.hours->value, start->value, end->value, start_month);
            if (auto it = shares.find(year); it != shares.end()) g.planned_in_year = it->second;
        }
        for (const LogEntry& e : goal.log) add_entry(e, &goal, &g);
        out.goals.push_back(std::move(g));
    }
    for (const LogEntry& e : pop.log) add_entry(e, nullptr, nullptr);
    return out;
}

namespace {

// A row's key without building it: "\x01" + path (no person id) or the id, as two parts.
struct KeyParts {
    std::string_view prefix, rest;
};

// FNV-1a over the bytes of a key.
std::size_t hash_key(KeyParts key) {
    std::uint64_t h = 14695981039346656037ull;
    for (std::string_view part : {key.prefix, key.rest})
        for (char c : part) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<std::size_t>(h);
}

// Compares two keys byte by byte, as std::string compares them.
int compare_keys(KeyParts a, KeyParts b) {
    std::size_t i = 0, j = 0;
    auto at = [](KeyParts k, std::size_t n) {
        return static_cast<unsigned char>(n < k.prefix.size() ? k.prefix[n] : k.rest[n - k.prefix.size()]);
    };
    std::size_t na = a.prefix.size() + a.rest.size(), nb = b.prefix.size() + b.rest.size();
    for (; i < na && j < nb; ++i, ++j)
        if (at(a, i) != at(b, j)) return at(a, i) < at(b, j) ? -1 : 1;
    return na == nb ? 0 : (na < nb ? -1 : 1);
}

}  // namespace

HoursBuilder::KeyView HoursBuilder::key_of(std::uint32_t row) const {
    return extra_[row].no_id ? KeyView{true, people_[row].path} : KeyView{false, people_[row].id};
}

namespace {

KeyParts parts(bool no_id, std::string_view text) { return no_id ? KeyParts{"\x01", text} : KeyParts{"", text}; }

}  // namespace

std::size_t HoursBuilder::RowHash::operator()(std::uint32_t row) const {
    KeyView k = builder->key_of(row);
    return hash_key(parts(k.no_id, k.text));
}

std::size_t HoursBuilder::RowHash::operator()(std::string_view key) const { return hash_key(KeyParts{"", key}); }

bool HoursBuilder::RowEqual::operator()(std::uint32_t a, std::uint32_t b) const {
    KeyView x = builder->key_of(a), y = builder->key_of(b);
    return compare_keys(parts(x.no_id, x.text), parts(y.no_id, y.text)) == 0;
}

bool HoursBuilder::RowEqual::operator()(std::string_view key, std::uint32_t row) const {
    KeyView k = builder->key_of(row);
    return compare_keys(KeyParts{"", key}, parts(k.no_id, k.text)) == 0;
}

bool HoursBuilder::RowEqual::operator()(std::uint32_t row, std::string_view key) const { return (*this)(key, row); }

bool HoursBuilder::key_less(std::uint32_t a, std::uint32_t b) const {
    KeyView x = key_of(a), y = key_of(b);
    return compare_keys(parts(x.no_id, x.text), parts(y.no_id, y.text)) < 0;
}

void HoursBuilder::reserve(std::size_t pops) {
    people_.reserve(pops);
    extra_.reserve(pops);
}

void HoursBuilder::add(PopHours pop, const Policy& policy) {
    min_group_size_ = std::max(min_group_size_, policy.min_group_size);
    bool no_id = pop.person_id.empty();
    std::string key = no_id ? "\x01" + pop.path : pop.person_id;  // no id: a person of its own
    auto found = index_.find(std::string_view(key));
    std::uint32_t at;
    if (found == index_.end()) {
        at = static_cast<std::uint32_t>(people_.size());
        people_.emplace_back();
        extra_.emplace_back();
        // The row's key before it goes into the index: its id, or its path without one.
        extra_[at].no_id = no_id;
        if (no_id) people_[at].path = pop.path;
        else people_[at].id = pop.person_id;
        index_.insert(at);
    } else {
        at = *found;
    }
    HoursPerson& row = people_[at];
    Extra& p = extra_[at];
    for (const YearAmounts& a : pop.years)
        if (a.year <= year_) amounts_of(p.years, a.year).add(a);
    if (p.years.capacity() > p.years.size()) p.years.shrink_to_fit();
    if (index_.size() == 1) {  // the details of a statement; more people get numbers only
        auto& goals = goals_[pop.path];
        goals.insert(goals.end(), std::make_move_iterator(pop.goals.begin()), std::make_move_iterator(pop.goals.end()));
        entries_.insert(entries_.end(), std::make_move_iterator(pop.entries.begin()),
                        std::make_move_iterator(pop.entries.end()));
    } else if (!goals_.empty() || !entries_.empty()) {
        goals_.clear();
        std::vector<EntryLine>().swap(entries_);
    }
    // The latest POP (by period start, then path) gives the name, team and policy.
    bool later = !p.policy || (pop.period_start && (!p.period_start || *p.period_start < *pop.period_start)) ||
                 (pop.period_start == p.period_start && row.path < pop.path);
    if (later) {
        row.id = no_id ? std::string() : std::move(pop.person_id);
        row.name = std::move(pop.name);
        row.team = std::move(pop.team);
        row.path = std::move(pop.path);
        p.period_start = pop.period_start;
        p.policy = &policy;
        p.no_id = no_id;
    }
}

namespace {

void add_to_group(HoursGroup& group, const HoursPerson& person) {
    group.people += 1;
    group.amounts.add(person.account.amounts);
    if (person.account.allowance.hours) {
        group.any_allowance = true;
        group.allowance_hours += *person.account.allowance.hours;
        group.carried_hours += person.account.carried_hours;
        group.left_hours += person.account.left_hours.value_or(0);
    }
    if (person.account.allowance.euros) {
        group.any_budget = true;
        group.allowance_euros += *person.account.allowance.euros;
        group.left_euros += person.account.left_euros.value_or(0);
    }
}

}  // namespace

HoursReport HoursBuilder::finish(const Roster* roster, int year, bool overview) {
    HoursReport report;
    report.year = year;
    report.min_group_size = min_group_size_ > 0 ? min_group_size_ : Policy{}.min_group_size;
    report.statement = people_.size() == 1 && !overview;
    std::map<std::string, HoursGroup> teams;
    std::map<std::string_view, const StaffMember*> staff;
    if (roster)
        for (const StaffMember& s : roster->staff) staff.emplace(s.id.value, &s);
    // By key, as the totals are added up in that order (the same sums every run).
    std::vector<std::uint32_t> order(index_.begin(), index_.end());
    std::unordered_set<std::uint32_t, RowHash, RowEqual>(0, RowHash{this}, RowEqual{this}).swap(index_);
    std::sort(order.begin(), order.end(), [this](std::uint32_t a, std::uint32_t b) { return key_less(a, b); });
    int start_month = order.empty() ? Policy{}.school_year_start : extra_[order.front()].policy->school_year_start;
    for (std::uint32_t at : order) {
        HoursPerson& person = people_[at];
        Extra& p = extra_[at];
        auto found = person.id.empty() ? staff.end() : staff.find(person.id);
        const StaffMember* member = found == staff.end() ? nullptr : found->second;
        person.on_roster = member != nullptr;
        person.terms = staff_terms(member);
        if (member && person.team.empty()) person.team = member->team;
        // Nothing is carried into the first school year with a ledger entry (docs/format.md).
        // More people: the euros of private entries stay out, as in public_view.
        if (!report.statement)
            for (YearAmounts& a : p.years) a.drop_private_euros();
        person.account = accounts_until(*p.policy, person.terms, p.years, year).back();
        std::vector<YearAmounts>().swap(p.years);
        if (report.statement) {
            for (auto& [path, goals] : goals_)
                report.goals.insert(report.goals.end(), std::make_move_iterator(goals.begin()),
                                    std::make_move_iterator(goals.end()));
            report.entries = std::move(entries_);
            std::sort(report.entries.begin(), report.entries.end(), [](const EntryLine& a, const EntryLine& b) {
                return std::tie(a.date, a.goal, a.what, a.hours, a.euros) < std::tie(b.date, b.goal, b.what, b.hours, b.euros);
            });
        }
        add_to_group(teams[person.team], person);
        add_to_group(report.school, person);
    }
    std::vector<Extra>().swap(extra_);
    report.people = std::move(people_);
    report.start_month = start_month;
    report.first_day = school_year_first_day(year, start_month);
    report.last_day = school_year_last_day(year, start_month);
    for (auto& [team, group] : teams) {
        group.team = team;
        group.suppressed = group.people < report.min_group_size;
        report.teams.push_back(group);
    }
    report.school.suppressed = report.school.people < report.min_group_size;
    std::sort(report.people.begin(), report.people.end(), [](const HoursPerson& a, const HoursPerson& b) {
        return std::tie(a.team, a.name, a.id, a.path) < std::tie(b.team, b.name, b.id, b.path);
    });
    return report;
}

}  // namespace pop
