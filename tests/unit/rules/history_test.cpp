#include <doctest/doctest.h>

#include <string>

#include "pop/rules/history.h"
#include "test_support.h"

using namespace pop;
using pop::test::arg;

// The history is in memory here: the date git would give as the POP's last change.
TEST_CASE("history.stale: a POP changed within stale_months is not stale") {
    const Date today{2026, 11, 22};
    CHECK_FALSE(check_history_stale(Date{2026, 6, 1}, nullptr, today));  // the default: 12 months
    CHECK_FALSE(check_history_stale(Date{2025, 11, 22}, nullptr, today));  // exactly 12 months: not yet
    CHECK_FALSE(check_history_stale(std::nullopt, nullptr, today));  // not in the history: nothing to say
}

TEST_CASE("history.stale: a POP unchanged for longer than stale_months is stale") {
    const Date today{2026, 11, 22};
    std::optional<Finding> f = check_history_stale(Date{2025, 11, 21}, nullptr, today);
    REQUIRE(f);
    CHECK(f->rule == rule::history_stale);
    CHECK(f->message == "history.stale");
    CHECK(f->at.line == 1);
    CHECK(f->at.column == 1);
    CHECK(arg(*f, "date") == "2025-11-21");
    CHECK(arg(*f, "months") == "12");
}

TEST_CASE("history.stale: the policy's stale_months is the threshold") {
    const Date today{2026, 11, 22};
    Policy policy = policy_preset("");
    policy.stale_months = 3;
    std::optional<Finding> f = check_history_stale(Date{2026, 8, 1}, &policy, today);
    REQUIRE(f);
    CHECK(arg(*f, "months") == "3");
    CHECK_FALSE(check_history_stale(Date{2026, 8, 22}, &policy, today));
    policy.stale_months = 24;
    CHECK_FALSE(check_history_stale(Date{2025, 1, 1}, &policy, today));
}
