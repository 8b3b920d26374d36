#include "pop/base/date.h"

#include <fmt/format.h>

namespace pop {
namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Howard Hinnant's days_from_civil / civil_from_days.
long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date civil_from_days(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400 + (m <= 2));
    return Date{y, m, d};
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads 1..max_len digits at pos; returns -1 when none.
int read_number(std::string_view s, std::size_t& pos, std::size_t min_len, std::size_t max_len) {
    std::size_t start = pos;
    int value = 0;
    while (pos < s.size() && is_digit(s[pos]) && pos - start < max_len) value = value * 10 + (s[pos++] - '0');
    if (pos - start < min_len) return -1;
    if (pos < s.size() && is_digit(s[pos])) return -1;  // too many digits
    return value;
}

constexpr const char* kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};

}  // namespace

int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

long Date::days_since_epoch() const { return days_from_civil(year, month, day); }

Date Date::plus_days(long days) const { return civil_from_days(days_since_epoch() + days); }

Date Date::plus_months(int months) const {
    int total = year * 12 + (month - 1) + months;
    int y = total / 12;
    int m = total % 12 + 1;
    int d = std::min(day, days_in_month(y, m));
    return Date{y, m, d};
}

std::string Date::to_string() const { return fmt::format("{:04}-{:02}-{:02}", year, month, day); }

long days_between(const Date& a, const Date& b) { return b.days_since_epoch() - a.days_since_epoch(); }

DateParse parse_date(std::string_view text) {
    DateParse result;
    // Strict form: exactly YYYY-MM-DD.
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        bool digits = true;
        for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) digits = digits && is_digit(text[i]);
        if (digits) {
            int y = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
            int m = (text[5] - '0') * 10 + (text[6] - '0');
            int d = (text[8] - '0') * 10 + (text[9] - '0');
            if (m < 1 || m > 12) {
                result.error = DateError::Invalid;
                result.reason = fmt::format("there is no month {}", m);
                return result;
            }
            int dim = days_in_month(y, m);
            if (d < 1 || d > dim) {
                result.error = DateError::Invalid;
                result.month_days = dim;
                result.reason = fmt::format("{} {} has {} days", kMonthNames[m - 1], y, dim);
                return result;
            }
            result.date = Date{y, m, d};
            return result;
        }
    }
    result.error = DateError::Format;
    // Guess a day-month-year form such as 1-8-2025, 01/08/2025 or 1.8.2025 (Dutch habit).
    std::size_t pos = 0;
    int d = read_number(text, pos, 1, 2);
    if (d < 0 || pos >= text.size()) return result;
    char sep = text[pos];
    if (sep != '-' && sep != '/' && sep != '.') return result;
    ++pos;
    int m = read_number(text, pos, 1, 2);
    if (m < 0 || pos >= text.size() || text[pos] != sep) return result;
    ++pos;
    int y = read_number(text, pos, 4, 4);
    if (y < 0 || pos != text.size()) return result;
    if (m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m))
        result.suggestion = Date{y, m, d}.to_string();
    return result;
}

}  // namespace pop
