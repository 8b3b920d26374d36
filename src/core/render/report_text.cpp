// `pop report --format text`: tables that fit the terminal.
#include <algorithm>

#include <fmt/format.h>

#include "pop/base/text.h"
#include "pop/base/utf8.h"
#include "report_internal.h"

namespace pop::report_render {
namespace {

std::size_t width_of(std::string_view s) { return utf8::count(s); }

// Cuts text to at most `width` characters (with an ellipsis), never inside a UTF-8 character.
std::string fit(const std::string& s, std::size_t width) {
    if (width_of(s) <= width) return s;
    return utf8::shorten(s, width);
}

std::string pad(const std::string& s, std::size_t width) {
    std::size_t w = width_of(s);
    return w >= width ? s : s + std::string(width - w, ' ');
}

std::string rpad(const std::string& s, std::size_t width) {
    std::size_t w = width_of(s);
    return w >= width ? s : std::string(width - w, ' ') + s;
}

void write_text(const TeamReport& r, const PeopleRows& people, const ReportOptions& o, Out& out) {
    const char* bold = o.color ? "\x1b[1m" : "";
    const char* red = o.color ? "\x1b[31m" : "";
    const char* reset = o.color ? "\x1b[0m" : "";
    if (!o.missing.empty())  // --partial: the first thing a reader sees
        out += fmt::format("{}{}{}\n\n", red, printable_text(partial_notice(o.missing, o.lang)), reset);
    out += fmt::format("{}{}{}\n\n", bold,
                       msg("report.title", o.lang, {{"date", r.today.to_string()},
                                                     {"people", std::to_string(people.size())},
                                                     {"pops", std::to_string(r.pops)}}),
                       reset);
    out += allowance_text(r.allowance, o.lang) + "\n\n";
    // The people table: the name and warnings columns give way when the terminal is narrow.
    // Two passes over the rows: the widths, then the lines.
    const std::vector<std::string> header = people_header(o.lang);
    std::vector<std::size_t> widths(header.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
        for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], width_of(printable_text(row[c])));
    };
    measure(header);
    people.each([&](const PersonRow& p) { measure(person_cells(p, o.lang)); });
    auto total = [&] {
        std::size_t t = 0;
        for (std::size_t w : widths) t += w + 2;
        return t;
    };
    for (std::size_t shrink : {2u, 0u}) {  // team, then name; width 0: no limit (a file or a pipe)
        std::size_t floor = 10;
        while (o.width > 0 && total() > static_cast<std::size_t>(std::max(o.width, 40)) && widths[shrink] > floor)
            --widths[shrink];
    }
    auto write_line = [&](const std::vector<std::string>& cells, bool is_header, bool missing) {
        std::string line;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            std::string cell = fit(printable_text(cells[c]), widths[c]);
            bool numeric = people_column_is_numeric(c);
            line += (numeric ? rpad(cell, widths[c]) : pad(cell, widths[c])) + "  ";
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out += (is_header ? bold : missing ? red : "") + line + ((is_header || missing) ? reset : "") + "\n";
    };
    write_line(header, true, false);
    people.each([&](const PersonRow& p) { write_line(person_cells(p, o.lang), false, p.state != PopState::Current); });
    // What the coordinator has to do: the people of each state that needs an action.
    out += "\n" + std::string(bold) + msg("report.actions.heading", o.lang) + reset + "\n";
    bool any_action = false;
    for (const ActionGroup& group : action_groups()) {
        std::vector<std::string> names;
        people.each([&](const PersonRow& p) {
            if (p.state != group.state) return;
            std::string who = printable_text(p.name.empty() ? p.id : p.name) + " (" + printable_text(p.id) + ")";
            if (p.state == PopState::Expired) who += ", " + state_text(p, o.lang);
            if (p.state == PopState::CurrentWithErrors) who += ", " + printable_text(p.path);
            names.push_back(std::move(who));
        });
        if (names.empty()) continue;
        any_action = true;
        out += "  " + msg(group.key, o.lang, {{"n", std::to_string(names.size())}}) + "\n";
        for (const std::string& who : names) out += "    " + who + "\n";
    }
    if (!any_action) out += "  " + msg("report.actions.none", o.lang) + "\n";
    out += "\n" + std::string(bold) + msg("report.section.teams", o.lang) + reset + "\n";
    for (const TeamRow& t : r.teams)
        out += "  " + msg("report.team-line", o.lang,
                          {{"team", t.team.empty() ? "-" : printable_text(t.team)},
                           {"people", std::to_string(t.people)},
                           {"with", std::to_string(t.with_current_pop)},
                           {"goals", std::to_string(t.goals)},
                           {"done", std::to_string(t.steps_done)},
                           {"steps", std::to_string(t.steps_total)},
                           {"hours", hours_text(t.hours_per_year)},
                           {"budget", hours_text(t.budget_per_year)},
                           {"warnings", std::to_string(t.warnings)}}) + "\n";
    if (std::string errors = left_out_for_errors_text(r.left_out_for_errors, o.lang); !errors.empty())
        out += "  " + errors + "\n";
    out += "\n" + needs_note(r, o.lang) + "\n";
    for (const Grouping& grouping : groupings(r, o.lang)) {
        const std::string& title = grouping.title;
        const std::vector<CountRow>* rows = grouping.rows;
        out += "\n" + std::string(bold) + title + reset + "\n";
        if (rows->empty()) out += "  -\n";
        for (const CountRow& row : *rows) {
            std::string what = fit(printable_text(count_label(row, grouping, o.lang)), 60);
            if (row.suppressed != Suppressed::No)
                out += "  " + msg("report.count-line.suppressed", o.lang,
                                  {{"what", what}, {"why", suppressed_text(row, r.min_group_size, o.lang)}}) + "\n";
            else
                out += "  " + msg("report.count-line", o.lang,
                                  {{"what", what},
                                   {"goals", std::to_string(row.goals)},
                                   {"people", std::to_string(row.people)}}) + "\n";
        }
    }
    if (!r.assessments.empty()) {
        out += "\n" + std::string(bold) + msg("report.assessment.section", o.lang) + reset + "\n";
        out += assessment_note(r, o.lang) + "\n";
        for (const AssessmentGroup& group : r.assessments) {
            out += "  " + msg("report.assessment.framework", o.lang,
                              {{"framework", printable_text(assessment_name(group.name_nl, group.name_en, o.lang))}}) + "\n";
            for (const AssessmentAreaRow& row : group.areas) {
                AssessmentCells cells = assessment_cells(row, r.min_group_size, o.lang);
                std::string area = fit(printable_text(assessment_name(row.name_nl, row.name_en, o.lang)), 60);
                if (row.assessed == 0 && !row.assessed_suppressed)  // nobody gave it a level: no "0 of 0"
                    out += "    " + msg("report.assessment.line.none", o.lang, {{"area", area}}) + "\n";
                else if (row.suppressed != Suppressed::No)
                    out += "    " + msg("report.assessment.line.suppressed", o.lang,
                                        {{"area", area}, {"assessed", cells.assessed}, {"why", cells.below}}) + "\n";
                else
                    out += "    " + msg("report.assessment.line", o.lang,
                                        {{"area", area}, {"below", cells.below}, {"assessed", cells.assessed}}) + "\n";
            }
        }
    }
    out += "\n" + left_out_text(r.left_out, o.lang) + "\n";
}

}  // namespace

void write_report_text(const TeamReport& report, const PeopleRows& people, const ReportOptions& options,
                        const ReportSink& sink) {
    Out out(sink);
    write_text(report, people, options, out);
    out.flush();
}

}  // namespace pop::report_render
