// `pop hours --format csv`: one row per person (RFC 4180 quoting, CRLF). The header holds stable
// keys (as in the JSON) in every language, or with --excel the column names in the language after
// a UTF-8 byte order mark, as `pop report --format csv` does.
#include <utility>

#include "hours_internal.h"

namespace pop {

std::string render_hours_csv(const HoursReport& report, const HoursOutputOptions& o) {
    std::string out;
    auto quote = [&](const std::string& s) {
        bool needs = s.find_first_of(std::string("\"\r\n") + o.csv_separator) != std::string::npos;
        std::string t = s;
        // A leading =, +, - or @ makes spreadsheets run a formula: keep it text.
        if (!t.empty() && (t[0] == '=' || t[0] == '+' || t[0] == '-' || t[0] == '@') && t != "-") t = "'" + t;
        if (!needs) return t;
        std::string q = "\"";
        for (char c : t) q += c == '"' ? std::string("\"\"") : std::string(1, c);
        return q + "\"";
    };
    auto write_row = [&](const std::vector<std::string>& row) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c) line += (c ? std::string(1, o.csv_separator) : "") + quote(row[c]);
        out += line + "\r\n";
    };
    static constexpr std::pair<const char*, const char*> kColumns[] = {
        {"school_year", "hours.col.school-year"},
        {"id", "hours.col.id"},
        {"name", "hours.col.name"},
        {"team", "hours.col.team"},
        {"role_group", "hours.col.role-group"},
        {"fte", "hours.col.fte"},
        {"starter", "hours.col.starter"},
        {"allowance_hours", "hours.col.allowance"},
        {"carried_hours", "hours.col.carried"},
        {"planned_hours", "hours.col.planned"},
        {"spent_hours", "hours.col.spent"},
        {"left_hours", "hours.col.left"},
        {"allowance_euros", "hours.col.euros-allowance"},
        {"planned_euros", "hours.col.euros-planned"},
        {"spent_euros", "hours.col.euros-spent"},
        {"left_euros", "hours.col.euros-left"},
    };
    std::vector<std::string> header;
    for (const auto& [key, name] : kColumns) header.push_back(o.excel ? hours_render::msg(name, o.lang) : key);
    if (o.excel) out += "\xEF\xBB\xBF";  // UTF-8 byte order mark: Excel then reads "Zoë", not "ZoÃ«"
    write_row(header);
    // Numbers rounded as for people (one decimal, a point, as pop report's csv); "" when absent.
    auto number = [&](const std::optional<double>& v) { return v ? rounded_text(*v) : std::string(); };
    for (const HoursPerson& p : report.people) {
        const YearAccount& a = p.account;
        write_row({school_year_name(report.year, report.start_month), p.id, p.name, p.team, p.terms.support ? "support" : "teacher",
                   number(p.terms.fte), a.allowance.starter ? "1" : "0", number(a.allowance.hours),
                   a.allowance.hours ? number(a.carried_hours) : "", number(a.amounts.planned_hours),
                   number(a.amounts.spent_hours()), number(a.left_hours), number(a.allowance.euros),
                   number(a.amounts.planned_euros), number(a.amounts.spent_euros()), number(a.left_euros)});
    }
    return out;
}

}  // namespace pop
