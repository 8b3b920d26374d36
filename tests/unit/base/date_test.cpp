#include <doctest/doctest.h>

#include "pop/base/date.h"

using namespace pop;

TEST_CASE("parse_date accepts exactly YYYY-MM-DD for real calendar days") {
    auto d = parse_date("2025-08-01");
    REQUIRE(d.date);
    CHECK(d.date->year == 2025);
    CHECK(d.date->month == 8);
    CHECK(d.date->day == 1);
    CHECK(parse_date("2024-02-29").date);  // leap year
    CHECK(parse_date("2000-02-29").date);  // divisible by 400
}

TEST_CASE("parse_date tells an impossible day from a wrong form") {
    auto feb = parse_date("2025-02-30");
    CHECK_FALSE(feb.date);
    CHECK(feb.error == DateError::Invalid);
    CHECK(feb.month_days == 28);
    CHECK(parse_date("1900-02-29").error == DateError::Invalid);
    auto month = parse_date("2025-13-01");
    CHECK(month.error == DateError::Invalid);
    CHECK(month.month_days == 0);
    CHECK(parse_date("2025-04-31").month_days == 30);
}

TEST_CASE("parse_date suggests YYYY-MM-DD for day-month-year forms") {
    CHECK(parse_date("1-8-2025").suggestion == "2025-08-01");
    CHECK(parse_date("01/08/2025").suggestion == "2025-08-01");
    CHECK(parse_date("1.8.2025").suggestion == "2025-08-01");
    CHECK(parse_date("31-2-2025").suggestion.empty());  // no such day: no suggestion
    CHECK(parse_date("1-8/2025").suggestion.empty());   // mixed separators
    CHECK(parse_date("2025-8-1").error == DateError::Format);
    CHECK(parse_date("").error == DateError::Format);
    CHECK(parse_date("2025-08-01 ").error == DateError::Format);
    CHECK(parse_date("１２").error == DateError::Format);
}

TEST_CASE("date arithmetic") {
    Date d{2024, 1, 31};
    CHECK(d.plus_months(1) == Date{2024, 2, 29});
    CHECK(d.plus_months(13) == Date{2025, 2, 28});
    CHECK(d.plus_days(1) == Date{2024, 2, 1});
    CHECK(Date{2024, 3, 1}.plus_days(-1) == Date{2024, 2, 29});
    CHECK(days_between(Date{2025, 8, 1}, Date{2026, 8, 1}) == 365);
    CHECK(Date{1970, 1, 1}.days_since_epoch() == 0);
    CHECK(Date{2026, 11, 22}.to_string() == "2026-11-22");
    CHECK(Date{2025, 1, 1} < Date{2025, 1, 2});
}
