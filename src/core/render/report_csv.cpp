// `pop report --format csv`: the people table as CSV (RFC 4180 quoting) for a spreadsheet.
#include "report_internal.h"

namespace pop::report_render {
namespace {

void write_csv(const PeopleRows& people, const ReportOptions& o, Out& out) {
    auto quote = [&](const std::string& s) {
        bool needs = s.find_first_of(std::string("\"\r\n") + o.csv_separator) != std::string::npos;
        std::string t = s;
        // A leading =, +, - or @ makes spreadsheets run a formula: keep it text.
        if (!t.empty() && (t[0] == '=' || t[0] == '+' || t[0] == '-' || t[0] == '@') && t != "-") t = "'" + t;
        if (!needs) return t;
        std::string out = "\"";
        for (char c : t) out += c == '"' ? std::string("\"\"") : std::string(1, c);
        return out + "\"";
    };
    auto write_row = [&](const std::vector<std::string>& row) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c) line += (c ? std::string(1, o.csv_separator) : "") + quote(row[c]);
        out += line + "\r\n";
    };
    // Numbers in columns of their own: a spreadsheet reads "1/3" as a date.
    write_row({msg("report.col.name", o.lang), msg("report.col.id", o.lang), msg("report.col.team", o.lang),
               msg("report.col.has-pop", o.lang), msg("report.col.state", o.lang), msg("report.col.expired-on", o.lang),
               msg("report.col.errors", o.lang), msg("report.col.pop-until", o.lang),
               msg("report.col.goals-achieved", o.lang), msg("report.col.goals", o.lang),
               msg("report.col.steps-done", o.lang), msg("report.col.steps", o.lang),
               msg("report.col.last-talk", o.lang), msg("report.col.next-talk", o.lang),
               msg("report.col.hours", o.lang), msg("report.col.budget", o.lang), msg("report.col.warnings", o.lang)});
    people.each([&](const PersonRow& p) {
        std::string warnings;
        for (const std::string& w : p.warnings) warnings += (warnings.empty() ? "" : " ") + w;
        // Hours and budget left out for an invalid value, or without a current POP: an empty cell.
        auto amount = [&](bool invalid, double value) { return p.has_current_pop && !invalid ? hours_text(value) : ""; };
        write_row({p.name, p.id, p.team, p.has_current_pop ? "1" : "0", state_text(p, o.lang),
                   p.expired_on ? p.expired_on->to_string() : "", std::to_string(p.errors),
                   p.period_end && p.has_current_pop ? p.period_end->to_string() : "",
                   std::to_string(p.goals_achieved), std::to_string(p.goals), std::to_string(p.steps_done),
                   std::to_string(p.steps_total), p.last_conversation ? p.last_conversation->to_string() : "",
                   p.next_conversation ? p.next_conversation->to_string() : "",
                   amount(p.invalid.hours, p.hours_per_year), amount(p.invalid.budget, p.budget_per_year), warnings});
    });
}

}  // namespace

void write_report_csv(const TeamReport&, const PeopleRows& people, const ReportOptions& options,
                      const ReportSink& sink) {
    Out out(sink);
    write_csv(people, options, out);
    out.flush();
}

}  // namespace pop::report_render
