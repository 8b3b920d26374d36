// `pop hours --format markdown`: the statement or the overview as Markdown tables.
#include "hours_internal.h"
#include "pop/base/text.h"

namespace pop {
namespace {

using namespace hours_render;

std::string md(const std::string& s) {
    std::string out;
    for (char c : printable_text(s)) {
        if (c == '|' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

// A table: a header, then rows; `numeric` says which columns align right.
std::string md_table(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                     const std::vector<bool>& numeric) {
    auto row = [](const std::vector<std::string>& cells) {
        std::string line = "|";
        for (const std::string& c : cells) line += " " + md(c) + " |";
        return line + "\n";
    };
    std::string out = row(header) + "|";
    for (std::size_t c = 0; c < header.size(); ++c) out += c < numeric.size() && numeric[c] ? "---:|" : "---|";
    out += "\n";
    for (const auto& r : rows) out += row(r);
    return out;
}

std::string account_md(const std::vector<AccountRow>& rows, Lang lang) {
    std::vector<std::vector<std::string>> cells;
    for (const AccountRow& r : rows) cells.push_back({(r.indented ? "– " : "") + r.label, r.hours, r.euros});
    return md_table({"", msg("hours.col.hours", lang), msg("hours.col.euros", lang)}, cells, {false, true, true});
}

std::string statement(const HoursReport& report, const HoursPerson& p, Lang lang) {
    std::string out = "# " + md(heading(report, lang)) + "\n\n";
    std::string who = p.name + " (" + p.id + ")";
    if (!p.team.empty()) who += ", " + p.team;
    out += md(who + "; " + terms_text(p, lang)) + "\n\n";
    out += account_md(account_rows(p.account, true, lang), lang);
    if (std::string note = account_note(p.account, lang); !note.empty()) out += "\n" + md(note) + "\n";
    out += "\n## " + md(msg("hours.goals", lang)) + "\n\n";
    std::vector<std::vector<std::string>> goals;
    for (const GoalHours& g : report.goals)
        goals.push_back({g.id + ": " + g.title, amount(g.planned), rounded_text(g.planned_in_year),
                         rounded_text(g.spent_in_year), rounded_text(g.spent_hours)});
    out += report.goals.empty() ? md(msg("hours.no-goals", lang)) + "\n"
                           : md_table({msg("hours.col.goal", lang), msg("hours.col.planned-total", lang),
                                       msg("hours.col.planned-year", lang), msg("hours.col.spent-year", lang),
                                       msg("hours.col.spent-total", lang)},
                                      goals, {false, true, true, true, true});
    out += "\n## " + md(msg("hours.ledger", lang)) + "\n\n";
    if (report.entries.empty()) return out + md(msg("hours.no-entries", lang)) + "\n";
    std::vector<std::vector<std::string>> entries;
    for (const EntryLine& e : report.entries)
        entries.push_back({e.date.to_string(), rounded_text(e.hours), rounded_text(e.euros), e.goal.empty() ? "-" : e.goal,
                           kind_label(e.kind, lang), e.what + (e.is_private ? " " + msg("hours.private", lang) : "")});
    out += md_table({msg("hours.col.date", lang), msg("hours.col.hours", lang), msg("hours.col.euros", lang),
                     msg("hours.col.goal", lang), msg("hours.col.learning", lang), msg("hours.col.what", lang)},
                    entries, {false, true, true, false, false, false});
    return out;
}

std::string overview(const HoursReport& report, Lang lang) {
    std::string out = "# " + md(heading(report, lang)) + "\n\n";
    std::vector<std::vector<std::string>> people;
    for (const HoursPerson& p : report.people) {
        const YearAccount& a = p.account;
        people.push_back({p.name.empty() ? p.id : p.name, team_label(p.team, lang), rounded_text(p.terms.fte),
                          amount(a.allowance.hours), a.allowance.hours ? rounded_text(a.carried_hours) : "-",
                          rounded_text(a.amounts.planned_hours), rounded_text(a.amounts.spent_hours()),
                          amount(a.left_hours), rounded_text(a.amounts.spent_euros()), amount(a.left_euros)});
    }
    out += md_table({msg("hours.col.name", lang), msg("hours.col.team", lang), msg("hours.col.fte", lang),
                     msg("hours.col.allowance", lang), msg("hours.col.carried", lang), msg("hours.col.planned", lang),
                     msg("hours.col.spent", lang), msg("hours.col.left", lang), msg("hours.col.euros-spent", lang),
                     msg("hours.col.euros-left", lang)},
                    people, {false, false, true, true, true, true, true, true, true, true});
    auto group = [&](const HoursGroup& g, const std::string& title) {
        out += "\n## " + md(title) + "\n\n" + account_md(group_rows(g, lang), lang);
        if (g.suppressed) out += "\n" + md(msg("hours.small-group", lang, {{"n", std::to_string(report.min_group_size)}})) + "\n";
    };
    for (const HoursGroup& g : report.teams)
        group(g, msg("hours.team", lang, {{"team", team_label(g.team, lang)}, {"n", std::to_string(g.people)}}));
    group(report.school, msg("hours.school", lang, {{"n", std::to_string(report.school.people)}}));
    return out;
}

}  // namespace

std::string render_hours_markdown(const HoursReport& report, const HoursOutputOptions& options) {
    if (report.people.empty())
        return "# " + md(heading(report, options.lang)) + "\n\n" + md(msg("hours.nobody", options.lang)) + "\n";
    if (report.statement) return statement(report, report.people.front(), options.lang);
    return overview(report, options.lang);
}

}  // namespace pop
