// The history.* family: what the version history says about a POP.
//
// Where each rule is: history.stale here, as a pure function of the POP's last change date; the
// caller (`pop check --history`) asks git for that date (src/platform/git.cpp) and adds the finding.
// The repository-level test with real git is tests/git/run.sh; the unit test
// tests/unit/rules/history_test.cpp needs no git.
// Messages: the catalog keys history.* in src/core/i18n/messages.cpp.

#include "pop/rules/history.h"

#include <string>

namespace pop {

std::optional<Finding> check_history_stale(const std::optional<Date>& last_change, const Policy* policy,
                                           const Date& today) {
    if (!last_change) return std::nullopt;
    int months = policy ? policy->stale_months : Policy{}.stale_months;
    if (!(last_change->plus_months(months) < today)) return std::nullopt;
    return make_finding(rule::history_stale, Mark{}, "history.stale",
                        {{"date", last_change->to_string()}, {"months", std::to_string(months)}});
}

}  // namespace pop
