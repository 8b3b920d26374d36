// `pop report --format markdown`: the report as Markdown tables.
#include <fmt/format.h>

#include "pop/base/text.h"
#include "report_internal.h"

namespace pop::report_render {
namespace {

void write_markdown(const TeamReport& r, const PeopleRows& people, const ReportOptions& o, Out& out) {
    auto md = [](const std::string& s) {
        std::string out;
        for (char c : printable_text(s)) {
            if (c == '|' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>' || c == '\\')
                out += '\\';
            out += c;
        }
        return out;
    };
    if (!o.missing.empty()) out += "> **" + md(partial_notice(o.missing, o.lang)) + "**\n\n";  // --partial
    out += "# " + msg("report.title", o.lang, {{"date", r.today.to_string()},
                                               {"people", std::to_string(people.size())},
                                               {"pops", std::to_string(r.pops)}}) + "\n\n";
    out += md(allowance_text(r.allowance, o.lang)) + "\n\n";
    auto write_row = [&](const std::vector<std::string>& cells) {
        std::string line = "|";
        for (const std::string& c : cells) line += " " + md(c) + " |";
        out += line + "\n";
    };
    const std::vector<std::string> header = people_header(o.lang);
    write_row(header);
    std::string rule = "|";
    for (std::size_t c = 0; c < header.size(); ++c) rule += people_column_is_numeric(c) ? "---:|" : "---|";
    out += rule + "\n";
    people.each([&](const PersonRow& p) { write_row(person_cells(p, o.lang)); });
    out += "\n## " + msg("report.actions.heading", o.lang) + "\n\n";
    bool any_action = false;
    for (const ActionGroup& group : action_groups()) {
        std::string items;
        std::size_t n = 0;
        people.each([&](const PersonRow& p) {
            if (p.state != group.state) return;
            ++n;
            items += "- " + md(p.name.empty() ? p.id : p.name) + " (" + md(p.id) + ")";
            if (p.state == PopState::Expired) items += ", " + md(state_text(p, o.lang));
            if (p.state == PopState::CurrentWithErrors) items += ", " + md(p.path);
            items += "\n";
        });
        if (n == 0) continue;
        any_action = true;
        out += md(msg(group.key, o.lang, {{"n", std::to_string(n)}})) + "\n\n" + items + "\n";
    }
    if (!any_action) out += md(msg("report.actions.none", o.lang)) + "\n";
    out += "\n## " + msg("report.section.teams", o.lang) + "\n\n";
    out += "| " + msg("report.col.team", o.lang) + " | " + msg("report.col.people", o.lang) + " | " +
           msg("report.col.with-pop", o.lang) + " | " + msg("report.col.goals", o.lang) + " | " +
           msg("report.col.steps", o.lang) + " | " + msg("report.col.hours", o.lang) + " | " +
           msg("report.col.budget", o.lang) + " | " + msg("report.col.warnings", o.lang) +
           " |\n|---|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const TeamRow& t : r.teams)
        out += fmt::format("| {} | {} | {} | {} | {}/{} | {} | {} | {} |\n", md(t.team.empty() ? "-" : t.team), t.people,
                           t.with_current_pop, t.goals, t.steps_done, t.steps_total, hours_text(t.hours_per_year),
                           hours_text(t.budget_per_year), t.warnings);
    if (std::string errors = left_out_for_errors_text(r.left_out_for_errors, o.lang); !errors.empty())
        out += "\n" + md(errors) + "\n";
    out += "\n" + md(needs_note(r, o.lang)) + "\n";
    for (const Grouping& grouping : groupings(r, o.lang)) {
        const std::string& title = grouping.title;
        const std::vector<CountRow>* rows = grouping.rows;
        out += "\n## " + title + "\n\n";
        if (rows->empty()) {
            out += "-\n";
            continue;
        }
        out += "| " + msg("report.col.what", o.lang) + " | " + msg("report.col.goals", o.lang) + " | " +
               msg("report.col.people", o.lang) + " | " + msg("report.col.examples", o.lang) + " |\n|---|---:|---:|---|\n";
        for (const CountRow& row : *rows) {
            if (row.suppressed != Suppressed::No) {
                out += fmt::format("| {} | - | {} |  |\n", md(count_label(row, grouping, o.lang)),
                                   md(suppressed_text(row, r.min_group_size, o.lang)));
                continue;
            }
            std::string examples;
            for (const std::string& e : row.examples) examples += (examples.empty() ? "" : "; ") + md(e);
            out += fmt::format("| {} | {} | {} | {} |\n", md(count_label(row, grouping, o.lang)), row.goals, row.people, examples);
        }
    }
    if (!r.assessments.empty()) {
        out += "\n## " + msg("report.assessment.section", o.lang) + "\n\n" + md(assessment_note(r, o.lang)) + "\n";
        for (const AssessmentGroup& group : r.assessments) {
            out += "\n### " + md(assessment_name(group.name_nl, group.name_en, o.lang)) + "\n\n";
            out += "| " + msg("report.assessment.col.area", o.lang) + " | " +
                   msg("report.assessment.col.assessed", o.lang) + " | " + msg("report.assessment.col.below", o.lang) +
                   " |\n|---|---:|---:|\n";
            for (const AssessmentAreaRow& row : group.areas) {
                AssessmentCells cells = assessment_cells(row, r.min_group_size, o.lang);
                out += fmt::format("| {} | {} | {} |\n", md(assessment_name(row.name_nl, row.name_en, o.lang)),
                                   md(cells.assessed), md(cells.below));
            }
        }
    }
    out += "\n" + left_out_text(r.left_out, o.lang) + "\n";
}

}  // namespace

void write_report_markdown(const TeamReport& report, const PeopleRows& people, const ReportOptions& options,
                            const ReportSink& sink) {
    Out out(sink);
    write_markdown(report, people, options, out);
    out.flush();
}

}  // namespace pop::report_render
