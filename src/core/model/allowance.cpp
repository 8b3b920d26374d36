#include "pop/model/allowance.h"

#include <algorithm>
#include <numeric>
#include <utility>

#include <fmt/format.h>

namespace pop {

std::string_view learning_key(LearningKind kind) {
    switch (kind) {
        case LearningKind::Formal: return "formal";
        case LearningKind::NonFormal: return "non_formal";
        case LearningKind::Informal: return "informal";
        case LearningKind::Unspecified: return "unspecified";
    }
    return "unspecified";
}

LearningKind learning_kind(std::string_view written) {
    if (written == "formal") return LearningKind::Formal;
    if (written == "non_formal") return LearningKind::NonFormal;
    if (written == "informal") return LearningKind::Informal;
    return LearningKind::Unspecified;
}

int school_year_of(const Date& date, int start_month) {
    return date.month >= start_month ? date.year : date.year - 1;
}

Date school_year_first_day(int year, int start_month) { return Date{year, start_month, 1}; }

Date school_year_last_day(int year, int start_month) {
    return school_year_first_day(year + 1, start_month).plus_days(-1);
}

StaffTerms staff_terms(const StaffMember* member) {
    StaffTerms terms;
    if (!member) return terms;
    if (member->fte) terms.fte = *member->fte;
    terms.support = member->support;
    terms.start_date = member->start_date;
    return terms;
}

StaffTerms staff_terms_of(const Pop& pop, const Roster* roster) {
    if (!roster || !pop.person.id) return StaffTerms{};
    for (const StaffMember& s : roster->staff)
        if (s.id.value == pop.person.id->value) return staff_terms(&s);
    return StaffTerms{};
}

YearAllowance year_allowance(const Policy& policy, const StaffTerms& terms, int year) {
    YearAllowance out;
    Date first = school_year_first_day(year, policy.school_year_start);
    Date last = school_year_last_day(year, policy.school_year_start);
    if (terms.start_date) {
        const Date& start = *terms.start_date;
        if (start > last) {
            out.share = 0;
        } else if (start > first) {  // started during the year: the days from the start, pro rata
            out.share = static_cast<double>(days_between(start, last) + 1) /
                        static_cast<double>(days_between(first, last) + 1);
        }
        int first_year = school_year_of(start, policy.school_year_start);
        out.starter = policy.starter_years > 0 && year >= first_year && year < first_year + policy.starter_years &&
                      out.share > 0;
    }
    std::optional<double> base = terms.support ? policy.support_hours_per_year : policy.hours_per_year;
    if (base) out.hours = *base * terms.fte * out.share;
    if (out.starter && policy.starter_hours_per_year) {
        out.starter_hours = *policy.starter_hours_per_year * terms.fte * out.share;
        out.hours = out.hours.value_or(0) + out.starter_hours;
    }
    if (policy.budget_per_year) out.euros = *policy.budget_per_year * terms.fte * out.share;
    return out;
}

double YearAmounts::spent_hours() const { return std::accumulate(hours.begin(), hours.end(), 0.0); }

double YearAmounts::spent_euros() const { return std::accumulate(euros.begin(), euros.end(), 0.0); }

void YearAmounts::add(const YearAmounts& other) {
    planned_hours += other.planned_hours;
    planned_euros += other.planned_euros;
    for (std::size_t k = 0; k < kLearningKinds; ++k) {
        hours[k] += other.hours[k];
        euros[k] += other.euros[k];
        private_euros[k] += other.private_euros[k];
    }
}

void YearAmounts::drop_private_euros() {
    for (std::size_t k = 0; k < kLearningKinds; ++k) {
        euros[k] -= private_euros[k];
        private_euros[k] = 0;
    }
}

namespace {

// Unused allowance per school year it came from, oldest first; each stays usable for
// `carry_over_years` later years.
struct Pot {
    std::vector<std::pair<int, double>> buckets;

    // What is still usable in `year` (buckets older than year - years are gone).
    double open(int year, int years) {
        std::erase_if(buckets, [&](const auto& b) { return b.first < year - years; });
        double sum = 0;
        for (const auto& b : buckets) sum += b.second;
        return sum;
    }
    // Spends `amount` of `own` allowance of `year` and the carried buckets, oldest first; keeps
    // what is left of `own` for later years. Returns what is left (negative: spent beyond).
    double spend(int year, double own, double amount, int years) {
        double carried = open(year, years);
        double left = carried + own - amount;
        for (auto& b : buckets) {
            double used = std::min(b.second, amount);
            b.second -= used;
            amount -= used;
        }
        std::erase_if(buckets, [](const auto& b) { return b.second <= 0; });
        double own_left = own - amount;
        if (years > 0 && own_left > 0) buckets.emplace_back(year, own_left);
        return left;
    }
};

}  // namespace

std::vector<YearAccount> reconcile(const Policy& policy, const StaffTerms& terms, const std::vector<YearAmounts>& spent,
                                   int from, int to) {
    std::vector<YearAccount> out;
    Pot hours, euros;
    int years = policy.carry_over_years;
    for (int year = from; year <= to; ++year) {
        YearAccount account;
        account.amounts.year = year;
        for (const YearAmounts& a : spent)
            if (a.year == year) account.amounts.add(a);
        account.allowance = year_allowance(policy, terms, year);
        if (account.allowance.hours) {
            account.carried_hours = hours.open(year, years);
            account.left_hours = hours.spend(year, *account.allowance.hours, account.amounts.spent_hours(), years);
        }
        if (account.allowance.euros) {
            account.carried_euros = euros.open(year, years);
            account.left_euros = euros.spend(year, *account.allowance.euros, account.amounts.spent_euros(), years);
        }
        out.push_back(std::move(account));
    }
    return out;
}

std::vector<YearAccount> accounts_until(const Policy& policy, const StaffTerms& terms, const std::vector<YearAmounts>& years,
                                        int year) {
    int from = year;
    for (const YearAmounts& a : years)
        if (a.spent_hours() > 0 || a.spent_euros() > 0) from = std::min(from, a.year);
    if (terms.start_date) from = std::max(from, std::min(year, school_year_of(*terms.start_date, policy.school_year_start)));
    return reconcile(policy, terms, years, from, year);
}

std::map<int, double> spread_over_school_years(double amount, const Date& start, const Date& end, int start_month) {
    std::map<int, double> out;
    if (end < start) {
        out[school_year_of(start, start_month)] = amount;
        return out;
    }
    double days = static_cast<double>(days_between(start, end) + 1);
    for (int year = school_year_of(start, start_month); year <= school_year_of(end, start_month); ++year) {
        Date from = std::max(start, school_year_first_day(year, start_month));
        Date to = std::min(end, school_year_last_day(year, start_month));
        out[year] = amount * static_cast<double>(days_between(from, to) + 1) / days;
    }
    return out;
}

std::string school_year_name(int year, int start_month) {
    return start_month == 1 ? fmt::format("{}", year) : fmt::format("{}-{}", year, year + 1);
}

YearAmounts& amounts_of(std::vector<YearAmounts>& years, int year) {
    auto it = std::lower_bound(years.begin(), years.end(), year,
                               [](const YearAmounts& a, int y) { return a.year < y; });
    if (it == years.end() || it->year != year) {
        it = years.insert(it, YearAmounts{});
        it->year = year;
    }
    return *it;
}

LearningKind entry_kind(const LogEntry& entry, const Goal* goal) {
    if (entry.learning) return learning_kind(entry.learning->value);
    if (!goal) return LearningKind::Informal;
    return goal->learning ? learning_kind(goal->learning->value) : LearningKind::Unspecified;
}

std::vector<YearAmounts> amounts_by_school_year(const Pop& pop, int start_month) {
    std::vector<YearAmounts> years;
    auto add_entry = [&](const LogEntry& e, const Goal* goal) {
        if (!e.date) return;
        std::size_t k = static_cast<std::size_t>(entry_kind(e, goal));
        YearAmounts& a = amounts_of(years, school_year_of(e.date->value, start_month));
        if (e.hours) a.hours[k] += e.hours->value;
        if (e.euros) {
            a.euros[k] += e.euros->value;
            if (e.is_private || (goal && goal->is_private)) a.private_euros[k] += e.euros->value;
        }
    };
    for (const Goal& goal : pop.goals) {
        if (goal.status != GoalStatus::Dropped) {
            const Maybe<Date>& start = goal.start ? goal.start : pop.period_start;
            const Maybe<Date>& end = goal.end ? goal.end : pop.period_end;
            if (start && end) {
                if (goal.hours)
                    for (auto [y, share] : spread_over_school_years(goal.hours->value, start->value, end->value, start_month))
                        amounts_of(years, y).planned_hours += share;
                if (goal.budget)
                    for (auto [y, share] : spread_over_school_years(goal.budget->value, start->value, end->value, start_month))
                        amounts_of(years, y).planned_euros += share;
            }
        }
        for (const LogEntry& e : goal.log) add_entry(e, &goal);
    }
    for (const LogEntry& e : pop.log) add_entry(e, nullptr);
    return years;
}

}  // namespace pop
