#pragma once
/// What `pop log` writes into a POP: one entry of a ledger (logboek), on a goal's `log:` or on the
/// POP's own, checked before anything is edited. Touches no files.

#include <string>
#include <variant>

#include "pop/base/date.h"
#include "pop/edit/arguments.h"
#include "pop/edit/edit.h"

namespace pop {

/// An entry as `pop log` is given it (empty: not given).
struct NewLogEntry {
    std::string hours;        ///< --hours, as given.
    std::string euros;        ///< --euros, as given.
    std::string what;         ///< --what.
    std::string learning;     ///< --learning.
    std::string method;       ///< --method.
    bool is_private = false;  ///< --private.
};

/// The entry as a mapping (date, hours, euros, what, learning, method, private, in the order of
/// the format), dated `on`; or the problem: hours not a number from 0 to 24, euros not a number of
/// 0 or more, neither of them given, no `what`, a learning or method that is not allowed, or `on`
/// after `today`.
std::variant<NewValue, UsageProblem> new_log_entry(const NewLogEntry& entry, const Date& on, const Date& today);

}  // namespace pop
