#pragma once
/// Calendar dates as written in POP files (YYYY-MM-DD), and day arithmetic on them.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace pop {

/// A proleptic Gregorian calendar date.
struct Date {
    int year = 1970;   ///< Four-digit year.
    int month = 1;     ///< 1..12.
    int day = 1;       ///< 1..31, valid for the month.

    /// Dates compare in calendar order.
    friend auto operator<=>(const Date&, const Date&) = default;
    /// Days since 1970-01-01 (negative before).
    long days_since_epoch() const;
    /// The date `days` days later (or earlier when negative).
    Date plus_days(long days) const;
    /// The same day `months` months later, clamped to the month's last day.
    Date plus_months(int months) const;
    /// Written as YYYY-MM-DD.
    std::string to_string() const;
};

/// Why a piece of text is not a date.
enum class DateError { None, Format, Invalid };

/// The outcome of parsing a date.
struct DateParse {
    std::optional<Date> date;   ///< The date when the text is a valid YYYY-MM-DD.
    DateError error = DateError::None;  ///< Format: not YYYY-MM-DD; Invalid: no such calendar day.
    std::string suggestion;    ///< For Format errors: the same date in YYYY-MM-DD when it can be guessed (1-8-2025).
    std::string reason;        ///< For Invalid errors: e.g. "month 13" or "February 2025 has 28 days" (English, short).
    int month_days = 0;        ///< For an invalid day: the number of days in that month.
};

/// Parses strict YYYY-MM-DD; recognises D-M-YYYY, D/M/YYYY and D.M.YYYY to suggest the right form.
DateParse parse_date(std::string_view text);

/// Number of days in a month of a year.
int days_in_month(int year, int month);

/// Whole days from a to b (positive when b is later).
long days_between(const Date& a, const Date& b);

}  // namespace pop
