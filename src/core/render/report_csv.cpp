// `pop report --format csv`: the people table as CSV (RFC 4180 quoting) for a spreadsheet; the
// header holds stable keys (English snake_case, as in the JSON) in every language, or with
// --excel the column names in the report's language after a UTF-8 byte order mark.
#include <utility>

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
    // Each column: its stable key and the catalog key of its name for people (--excel).
    static constexpr std::pair<const char*, const char*> kColumns[] = {
        {"name", "report.col.name"},
        {"id", "report.col.id"},
        {"team", "report.col.team"},
        {"has_current_pop", "report.col.has-pop"},
        {"state", "report.col.state"},
        {"expired_on", "report.col.expired-on"},
        {"errors", "report.col.errors"},
        {"period_end", "report.col.pop-until"},
        {"goals_achieved", "report.col.goals-achieved"},
        {"goals", "report.col.goals"},
        {"steps_done", "report.col.steps-done"},
        {"steps_total", "report.col.steps"},
        {"last_conversation", "report.col.last-talk"},
        {"next_conversation", "report.col.next-talk"},
        {"hours_per_year", "report.col.hours"},
        {"budget_per_year", "report.col.budget"},
        {"warnings", "report.col.warnings"},
        {"warning_rules", "report.col.warning-rules"},
    };
    std::vector<std::string> header;
    for (const auto& [key, name] : kColumns) header.push_back(o.excel ? msg(name, o.lang) : key);
    if (o.excel) out += "\xEF\xBB\xBF";  // UTF-8 byte order mark: Excel then reads "Zoë", not "ZoÃ«"
    if (!o.missing.empty()) {
        // --partial: a first row, as wide as the others, says which files are left out.
        std::vector<std::string> notice(header.size());
        notice[0] = partial_notice(o.missing, o.lang);
        write_row(notice);
    }
    // Numbers in columns of their own: a spreadsheet reads "1/3" as a date.
    write_row(header);
    people.each([&](const PersonRow& p) {
        std::string rules;
        for (const std::string& w : p.warnings) rules += (rules.empty() ? "" : " ") + w;
        // Hours and budget left out for an invalid value, or without a current POP: an empty cell.
        auto amount = [&](bool invalid, double value) { return p.has_current_pop && !invalid ? hours_text(value) : ""; };
        // The state: its stable word for scripts, the sentence in the report's language with --excel.
        std::string state = o.excel ? state_text(p, o.lang) : std::string(pop_state_word(p.state));
        write_row({p.name, p.id, p.team, p.has_current_pop ? "1" : "0", state,
                   p.expired_on ? p.expired_on->to_string() : "", std::to_string(p.errors),
                   p.period_end && p.has_current_pop ? p.period_end->to_string() : "",
                   std::to_string(p.goals_achieved), std::to_string(p.goals), std::to_string(p.steps_done),
                   std::to_string(p.steps_total), p.last_conversation ? p.last_conversation->to_string() : "",
                   p.next_conversation ? p.next_conversation->to_string() : "",
                   amount(p.invalid.hours, p.hours_per_year), amount(p.invalid.budget, p.budget_per_year),
                   std::to_string(p.warnings.size()), rules});
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
