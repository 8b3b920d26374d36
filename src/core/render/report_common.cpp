// What the writers of the team report share: cells of the people table, the sections of counts,
// the left-out sentence; and write_report, which picks a writer from the table of formats.
#include <fmt/format.h>

#include "pop/base/rounding.h"
#include "pop/render/formats.h"
#include "catalog_keys.h"
#include "report_internal.h"

namespace pop {
namespace report_render {

std::string date_or_dash(const std::optional<Date>& d) { return d ? d->to_string() : "-"; }

std::string hours_text(double h) { return rounded_text(h); }

std::string state_text(const PersonRow& p, Lang lang) {
    switch (p.state) {
        case PopState::None: return msg("report.state.none", lang);
        case PopState::Expired:
            return msg("report.state.expired", lang, {{"date", date_or_dash(p.expired_on)}});
        case PopState::Current: return msg("report.state.current", lang);
        case PopState::CurrentWithErrors:
            return msg("report.state.errors", lang,
                       {{"n", std::to_string(p.errors)}});
    }
    return {};
}

std::string hours_cell(const PersonRow& p) {
    if (!p.has_current_pop) return "-";
    return p.invalid.hours ? "?" : rounded_text(p.hours_per_year);
}

std::string budget_cell(const PersonRow& p) {
    if (!p.has_current_pop) return "-";
    return p.invalid.budget ? "?" : rounded_text(p.budget_per_year);
}

bool people_column_is_numeric(std::size_t column) { return column == 5 || column == 6 || column >= 9; }

std::string allowance_text(const Allowance& a, Lang lang) {
    if (a.varies) return msg("report.allowance.varies", lang);
    auto amount = [&](const std::optional<double>& v) {
        return v ? rounded_text(*v) : msg("report.allowance.none", lang);
    };
    return msg("report.allowance", lang, {{"hours", amount(a.hours)}, {"budget", amount(a.budget)}});
}

std::string left_out_for_errors_text(const LeftOutForErrors& e, Lang lang) {
    std::string figures;
    for (auto [key, n] : std::initializer_list<std::pair<const char*, int>>{{"report.figure.hours", e.hours},
                                                                           {"report.figure.budget", e.budget},
                                                                           {"report.figure.methods", e.methods},
                                                                           {"report.figure.learning", e.learning},
                                                                           {"report.figure.competences", e.competences}}) {
        if (n == 0) continue;
        if (!figures.empty()) figures += "; ";
        figures += msg("report.left-out-errors.figure", lang,
                       {{"figure", msg(key, lang)}, {"n", std::to_string(n)}});
    }
    return figures.empty() ? std::string() : msg("report.left-out-errors", lang, {{"figures", figures}});
}

const std::vector<ActionGroup>& action_groups() {
    static const std::vector<ActionGroup> groups{{PopState::None, "report.actions.first"},
                                                 {PopState::Expired, "report.actions.renew"},
                                                 {PopState::CurrentWithErrors, "report.actions.fix"}};
    return groups;
}

std::string msg(std::string_view key, Lang lang, std::vector<MessageArg> args) {
    return render_message(key, lang, args);
}

// The people table's header and the cells of one row; shared by text and markdown.
std::vector<std::string> people_header(Lang lang) {
    return {msg("report.col.name", lang), msg("report.col.id", lang), msg("report.col.team", lang),
            msg("report.col.state", lang), msg("report.col.pop-until", lang), msg("report.col.goals", lang),
            msg("report.col.steps", lang), msg("report.col.last-talk", lang), msg("report.col.next-talk", lang),
            msg("report.col.hours", lang), msg("report.col.budget", lang), msg("report.col.warnings", lang)};
}

std::vector<std::string> person_cells(const PersonRow& p, Lang lang) {
    std::string warnings = p.has_current_pop ? std::to_string(p.warnings.size()) : "-";
    return {p.name, p.id, p.team, state_text(p, lang),
            p.has_current_pop ? date_or_dash(p.period_end) : "-",
            p.has_current_pop ? fmt::format("{}/{}", p.goals_achieved, p.goals) : "-",
            p.has_current_pop ? fmt::format("{}/{}", p.steps_done, p.steps_total) : "-",
            date_or_dash(p.last_conversation), date_or_dash(p.next_conversation),
            hours_cell(p), budget_cell(p), warnings};
}

std::string partial_notice(const std::vector<std::string>& missing, Lang lang) {
    return msg("ui.partial.notice", lang, {{"files", list_arg(missing)}});
}

std::string left_out_text(const LeftOut& l, Lang lang) {
    return msg("report.left-out", lang,
               {{"goals", std::to_string(l.private_goals)}, {"steps", std::to_string(l.private_steps)},
                {"evidence", std::to_string(l.private_evidence)}, {"conversations", std::to_string(l.private_conversations)},
                {"notes", std::to_string(l.notes)}, {"reflections", std::to_string(l.reflections)}});
}

std::vector<Grouping> groupings(const TeamReport& r, Lang lang) {
    return {{msg("report.section.school-goals", lang), &r.school_goals, ""},
            {msg("report.section.themes", lang), &r.themes, ""},
            {msg("report.section.methods", lang), &r.methods, "html.method."},
            {msg("report.section.learning", lang), &r.learning, "html.learning-kind."},
            {msg("report.section.competences", lang), &r.competences, "", &r.competence_areas}};
}

// A value as people say it: a school goal with its title, a method or area in words.
std::string count_label(const CountRow& row, const Grouping& grouping, Lang lang) {
    if (!row.label.empty()) return row.key + " — " + row.label;
    if (grouping.areas) return area_label(row.key, *grouping.areas, lang);
    if (!grouping.label_prefix.empty())
        if (auto t = message_template(std::string(grouping.label_prefix) + row.key, lang)) return std::string(*t);
    return row.key;
}

std::string area_label(const std::string& area, const std::vector<CompetenceArea>& areas, Lang lang) {
    for (const CompetenceArea& a : areas)
        if (a.id == area) {
            // A row label, as the other sections' labels: with a capital ("Pedagogisch bekwaam").
            std::string name = assessment_name(a.name_nl, a.name_en, lang);
            if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
            return name;
        }
    return area;
}

std::string suppressed_text(const CountRow& row, int min_group_size, Lang lang) {
    if (row.suppressed == Suppressed::SmallGroup)
        return msg("report.fewer-than", lang, {{"min", std::to_string(min_group_size)}});
    return msg("report.hidden", lang);
}

std::string assessment_name(const std::string& name_nl, const std::string& name_en, Lang lang) {
    const std::string& first = is_dutch(lang) ? name_nl : name_en;
    return first.empty() ? (is_dutch(lang) ? name_en : name_nl) : first;
}

AssessmentCells assessment_cells(const AssessmentAreaRow& row, int min_group_size, Lang lang) {
    std::string fewer = msg("report.fewer-than", lang, {{"min", std::to_string(min_group_size)}});
    AssessmentCells cells;
    cells.assessed = row.assessed_suppressed ? fewer : std::to_string(row.assessed);
    if (row.suppressed == Suppressed::No) cells.below = std::to_string(row.below);
    else cells.below = row.suppressed == Suppressed::SmallGroup ? fewer : msg("report.hidden", lang);
    return cells;
}

std::string assessment_note(const TeamReport& r, Lang lang) {
    return msg(render_keys::small_groups_key("report.assessment.note", r.min_group_size), lang,
               {{"date", r.today.to_string()}, {"min", std::to_string(r.min_group_size)}});
}

std::string needs_note(const TeamReport& r, Lang lang) {
    return msg(render_keys::small_groups_key("report.needs-note", r.min_group_size), lang, {{"min", std::to_string(r.min_group_size)}});
}

}  // namespace report_render

namespace {

// A renderer of the whole report into one string.
std::string render_to_string(ReportFormat format, const TeamReport& report, const ReportOptions& options) {
    std::string text;
    write_report(format, report, PeopleVector(report.people), options,
                 [&](std::string_view piece) { text += piece; });
    return text;
}

}  // namespace

void write_report(ReportFormat format, const TeamReport& report, const PeopleRows& people,
                  const ReportOptions& options, const ReportSink& sink) {
    for (const ReportFormatRow& row : report_formats())
        if (row.id == format) row.write(report, people, options, sink);
}

std::string render_report_text(const TeamReport& r, const ReportOptions& o) {
    return render_to_string(ReportFormat::Text, r, o);
}

std::string render_report_markdown(const TeamReport& r, const ReportOptions& o) {
    return render_to_string(ReportFormat::Markdown, r, o);
}

std::string render_report_csv(const TeamReport& r, const ReportOptions& o) {
    return render_to_string(ReportFormat::Csv, r, o);
}

std::string render_report_json(const TeamReport& r, const ReportOptions& o) {
    return render_to_string(ReportFormat::Json, r, o);
}

std::string render_report_html(const TeamReport& r, const ReportOptions& o) {
    return render_to_string(ReportFormat::Html, r, o);
}

}  // namespace pop
