#pragma once
/// The rule families that look at one POP, one function each, implemented in the file named after
/// the family: src/core/rules/structure.cpp (structure.no-goals), dates.cpp, smarti.cpp, links.cpp and
/// complete.cpp. check_pop (checks.h) runs them in this order; each appends its findings to one
/// PopCheck. Also the few facts that more than one family asks.

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pop/base/finding.h"
#include "pop/model/model.h"
#include "pop/rules/context.h"

namespace pop {

/// One POP being checked: what the families read, and the findings they add.
struct PopCheck {
    const Pop& pop;                 ///< The POP.
    const CheckContext& context;    ///< Today, roster, school goals.
    const Policy& policy;           ///< The thresholds (the context's policy, or the defaults).
    std::vector<Finding>& out;      ///< Where findings go (check_pop sorts them by position).

    /// Adds a finding that underlines `width` characters (at least 1) from `at`.
    void add(RuleId rule, Mark at, std::uint32_t width, std::string_view message, std::vector<MessageArg> args) {
        Finding f = make_finding(rule, at, message, std::move(args));
        f.width = std::max<std::uint32_t>(width, 1);
        out.push_back(std::move(f));
    }

    /// Adds a finding that underlines a value of the file.
    template <class T>
    void add_at(RuleId rule, const Located<T>& where, std::string_view message, std::vector<MessageArg> args) {
        add(rule, where.at, where.width, message, std::move(args));
    }
};

/// structure.no-goals: `goals:` is written as an empty list (structure.cpp; the validator reports
/// the other structure.* rules).
void check_structure(PopCheck& check);

/// dates.order, dates.future, dates.goal-in-period, dates.step-in-goal, dates.log-in-period (dates.cpp; the validator
/// reports dates.format and dates.invalid).
void check_dates(PopCheck& check);

/// smarti.*: the SMARTI letters of every goal, and the hours per year against the allowance (smarti.cpp).
void check_smarti(PopCheck& check);

/// links.*: the person on the roster, the school goals a goal links to (links.cpp).
void check_links(PopCheck& check);

/// complete.*: what the policy asks of a current POP (complete.cpp).
void check_complete(PopCheck& check);

/// competence.*: self-assessments and goals' `competence` against the policy's competence
/// framework, and areas below the required level that no goal addresses (competence.cpp).
void check_competence(PopCheck& check);

/// hours.*: the ledger against each goal's plan and the allowance of each school year (hours.cpp).
void check_hours(PopCheck& check);

/// reminder.hours-unused: allowance left unused when the school year ends within the policy's
/// warn.hours_unused_days (hours.cpp; check_pop runs it with the other reminders).
std::vector<Finding> check_hours_reminder(const Pop& pop, const Policy& policy, const Roster* roster, const Date& today);

/// How a goal is named in messages: its id, else its title, else "?".
std::string_view goal_label(const Goal& goal);

/// Whether a goal's end does not lie before its start (true when either is missing). Rules that
/// compare a goal's dates with others look only at goals whose own dates are in order.
bool goal_dates_in_order(const Goal& goal);

/// Whether both employee and manager signed the POP (name and date).
bool signed_by_both(const Pop& pop);

/// Words of a text (letters and digits), lower-cased ASCII; used by the Specifiek rule (smarti.cpp).
std::vector<std::string> words_of(std::string_view text);

}  // namespace pop
