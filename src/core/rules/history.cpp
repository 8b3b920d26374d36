#include "pop/rules/history.h"

#include <string>

namespace pop {

std::optional<Finding> check_history_stale(const std::optional<Date>& last_change, const Policy* policy,
                                           const Date& today) {
    int months = policy ? policy->stale_months : policy_preset("").stale_months;
    if (!last_change || !(last_change->plus_months(months) < today)) return std::nullopt;
    return make_finding("history.stale", Mark{}, "history.stale",
                        {{"date", last_change->to_string()}, {"months", std::to_string(months)}});
}

}  // namespace pop
