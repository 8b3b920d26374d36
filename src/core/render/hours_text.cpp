// `pop hours` as text: for one person the statement (account, goals, ledger); for more people a
// table of people, then the totals per team and for the school.
#include <algorithm>

#include "hours_internal.h"
#include "pop/base/text.h"
#include "pop/base/utf8.h"

namespace pop {
namespace {

using namespace hours_render;

std::string pad_right(const std::string& s, std::size_t width) {
    std::size_t n = utf8::count(s);
    return s + std::string(n < width ? width - n : 0, ' ');
}

std::string pad_left(const std::string& s, std::size_t width) {
    std::size_t n = utf8::count(s);
    return std::string(n < width ? width - n : 0, ' ') + s;
}

// Rows of cells in aligned columns: the first left-aligned, the others right-aligned.
std::string table(const std::vector<std::vector<std::string>>& rows, std::size_t indent, std::size_t left_columns = 1) {
    std::vector<std::size_t> widths;
    for (const auto& row : rows)
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (widths.size() <= c) widths.push_back(0);
            widths[c] = std::max(widths[c], utf8::count(row[c]));
        }
    std::string out;
    for (const auto& row : rows) {
        std::string line(indent, ' ');
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c) line += "  ";
            line += c < left_columns ? pad_right(row[c], widths[c]) : pad_left(row[c], widths[c]);
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line + "\n";
    }
    return out;
}

std::string account_table(const std::vector<AccountRow>& rows, Lang lang) {
    std::vector<std::vector<std::string>> cells{{"", msg("hours.col.hours", lang), msg("hours.col.euros", lang)}};
    for (const AccountRow& r : rows) cells.push_back({(r.indented ? "  " : "") + r.label, r.hours, r.euros});
    return table(cells, 2);
}

std::string statement(const HoursReport& report, const HoursPerson& p, Lang lang) {
    std::string out = heading(report, lang) + "\n";
    out += printable_text(p.name) + " (" + printable_text(p.id) + ")";
    if (!p.team.empty()) out += ", " + printable_text(p.team);
    out += "; " + terms_text(p, lang) + "\n\n";
    out += account_table(account_rows(p.account, true, lang), lang);
    if (std::string note = account_note(p.account, lang); !note.empty()) out += "  " + note + "\n";
    out += "\n" + msg("hours.goals", lang) + "\n";
    std::vector<std::vector<std::string>> goals{{msg("hours.col.goal", lang), msg("hours.col.planned-total", lang),
                                                 msg("hours.col.planned-year", lang), msg("hours.col.spent-year", lang),
                                                 msg("hours.col.spent-total", lang)}};
    for (const GoalHours& g : report.goals)
        goals.push_back({printable_text(g.id) + ": " + printable_text(g.title), amount(g.planned),
                         rounded_text(g.planned_in_year), rounded_text(g.spent_in_year), rounded_text(g.spent_hours)});
    out += report.goals.empty() ? "  " + msg("hours.no-goals", lang) + "\n" : table(goals, 2);
    out += "\n" + msg("hours.ledger", lang) + "\n";
    if (report.entries.empty()) return out + "  " + msg("hours.no-entries", lang) + "\n";
    std::vector<std::vector<std::string>> entries{{msg("hours.col.date", lang), msg("hours.col.hours", lang),
                                                   msg("hours.col.euros", lang), msg("hours.col.goal", lang),
                                                   msg("hours.col.learning", lang), msg("hours.col.what", lang)}};
    for (const EntryLine& e : report.entries)
        entries.push_back({e.date.to_string(), rounded_text(e.hours), rounded_text(e.euros),
                           e.goal.empty() ? "-" : printable_text(e.goal), kind_label(e.kind, lang),
                           printable_text(e.what) + (e.is_private ? " " + msg("hours.private", lang) : "")});
    // Date left, numbers right, the rest left: written as a table of its own alignment.
    std::vector<std::size_t> widths(6, 0);
    for (const auto& row : entries)
        for (std::size_t c = 0; c < 6; ++c) widths[c] = std::max(widths[c], utf8::count(row[c]));
    for (const auto& row : entries) {
        std::string line = "  " + pad_right(row[0], widths[0]) + "  " + pad_left(row[1], widths[1]) + "  " +
                           pad_left(row[2], widths[2]) + "  " + pad_right(row[3], widths[3]) + "  " +
                           pad_right(row[4], widths[4]) + "  " + row[5];
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += line + "\n";
    }
    return out;
}

std::string overview(const HoursReport& report, Lang lang) {
    std::string out = heading(report, lang) + "\n\n";
    std::vector<std::vector<std::string>> people{
        {msg("hours.col.name", lang), msg("hours.col.team", lang), msg("hours.col.fte", lang),
         msg("hours.col.allowance", lang), msg("hours.col.carried", lang), msg("hours.col.planned", lang),
         msg("hours.col.spent", lang), msg("hours.col.left", lang), msg("hours.col.euros-spent", lang),
         msg("hours.col.euros-left", lang)}};
    for (const HoursPerson& p : report.people) {
        const YearAccount& a = p.account;
        people.push_back({printable_text(p.name.empty() ? p.id : p.name), team_label(printable_text(p.team), lang),
                          rounded_text(p.terms.fte), amount(a.allowance.hours),
                          a.allowance.hours ? rounded_text(a.carried_hours) : "-", rounded_text(a.amounts.planned_hours),
                          rounded_text(a.amounts.spent_hours()), amount(a.left_hours),
                          rounded_text(a.amounts.spent_euros()), amount(a.left_euros)});
    }
    out += table(people, 0, 2);
    for (const HoursGroup& g : report.teams) {
        out += "\n" + msg("hours.team", lang, {{"team", team_label(g.team, lang)}, {"n", std::to_string(g.people)}}) + "\n";
        out += account_table(group_rows(g, lang), lang);
        if (g.suppressed) out += "  " + msg("hours.small-group", lang, {{"n", std::to_string(report.min_group_size)}}) + "\n";
    }
    out += "\n" + msg("hours.school", lang, {{"n", std::to_string(report.school.people)}}) + "\n";
    out += account_table(group_rows(report.school, lang), lang);
    if (report.school.suppressed)
        out += "  " + msg("hours.small-group", lang, {{"n", std::to_string(report.min_group_size)}}) + "\n";
    return out;
}

}  // namespace

std::string render_hours_text(const HoursReport& report, const HoursOutputOptions& options) {
    if (report.people.empty()) return heading(report, options.lang) + "\n" + msg("hours.nobody", options.lang) + "\n";
    if (report.statement) return statement(report, report.people.front(), options.lang);
    return overview(report, options.lang);
}

}  // namespace pop
