#pragma once
// Private to src/core/render: what the writers of the team report share (report_common.cpp), and
// each format's writer (report_<format>.cpp), to which the table of formats (formats.cpp) points.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pop/reports/report.h"

namespace pop::report_render {

/// Output collected in pieces of about 64 KB and handed to the sink.
class Out {
public:
    /// Output to `sink`, which must outlive this object.
    explicit Out(const ReportSink& sink) : sink_(sink) {}
    /// Appends text; hands the buffer to the sink when it is full.
    Out& operator+=(std::string_view text) {
        buffer_ += text;
        if (buffer_.size() >= 1 << 16) flush();
        return *this;
    }
    /// Hands what is buffered to the sink (call once at the end).
    void flush() {
        if (buffer_.empty()) return;
        sink_(buffer_);
        buffer_.clear();
    }

private:
    const ReportSink& sink_;
    std::string buffer_;
};

/// A date, or "-" when there is none.
std::string date_or_dash(const std::optional<Date>& d);

/// Hours or euros as people read them: rounded_text (pop/base/rounding.h), the one rule of every format.
std::string hours_text(double h);

/// A person's state in words: "no POP yet", "expired on DATE", "current", "current, 2 errors".
std::string state_text(const PersonRow& p, Lang lang);

/// The hours per year of a row: "-" without a current POP, "?" when left out for an invalid value.
std::string hours_cell(const PersonRow& p);

/// The euros per year of a row, like hours_cell.
std::string budget_cell(const PersonRow& p);

/// Whether a column of people_header holds numbers (right-aligned).
bool people_column_is_numeric(std::size_t column);

/// The header line's allowance of hours and euros per year.
std::string allowance_text(const Allowance& a, Lang lang);

/// The sentence saying how many POPs were left out of which total because of errors; empty when none.
std::string left_out_for_errors_text(const LeftOutForErrors& e, Lang lang);

/// The actions a coordinator has to take, in report order.
struct ActionGroup {
    PopState state;          ///< The people in this state.
    std::string_view key;    ///< Catalog key of its heading (with {n}).
};

/// The action groups: write a first POP, renew, fix errors.
const std::vector<ActionGroup>& action_groups();

/// A catalog text with its arguments.
std::string msg(std::string_view key, Lang lang, std::vector<MessageArg> args = {});

/// The people table's header; shared by text and markdown.
std::vector<std::string> people_header(Lang lang);

/// The cells of one row of the people table; shared by text and markdown.
std::vector<std::string> person_cells(const PersonRow& p, Lang lang);

/// The notice at the top of a partial output (--partial): which files are missing or unreadable.
std::string partial_notice(const std::vector<std::string>& missing, Lang lang);

/// The sentence that says what privacy left out.
std::string left_out_text(const LeftOut& l, Lang lang);

/// A section of counts: its title, its rows, and the catalog prefix that names its values.
struct Grouping {
    std::string title;                   ///< The section's title.
    const std::vector<CountRow>* rows;   ///< Its rows.
    std::string_view label_prefix;       ///< Catalog prefix of the values' names ("" for none).
    const std::vector<CompetenceArea>* areas = nullptr;  ///< Competence areas: their names (by key).
};

/// The sections of counts, in report order.
std::vector<Grouping> groupings(const TeamReport& r, Lang lang);

/// A value as people say it: a school goal with its title, a method or area in words.
std::string count_label(const CountRow& row, const Grouping& grouping, Lang lang);

/// A competence area's name in a language, with a capital (from `areas`, the report's competence_areas); its id
/// when it is not there.
std::string area_label(const std::string& area, const std::vector<CompetenceArea>& areas, Lang lang);

/// What a suppressed row shows instead of its numbers: "fewer than N" or "hidden (...)".
std::string suppressed_text(const CountRow& row, int min_group_size, Lang lang);

/// The self-assessment section: its name in `lang` of an area or framework (Dutch or English).
std::string assessment_name(const std::string& name_nl, const std::string& name_en, Lang lang);

/// The cells of an area of the self-assessment section: people who assessed it, and below the
/// required level (a number, or "fewer than N" / "hidden (...)").
struct AssessmentCells {
    std::string assessed, below;  ///< The two counts as shown.
};
/// The shown counts of an area row.
AssessmentCells assessment_cells(const AssessmentAreaRow& row, int min_group_size, Lang lang);

/// The note before the self-assessment section.
std::string assessment_note(const TeamReport& r, Lang lang);

/// The note before the sections of needs: what they count and how small groups are protected.
std::string needs_note(const TeamReport& r, Lang lang);

// The writer of each format, one per file report_<format>.cpp; the table in formats.cpp points to them.

/// Text tables that fit options.width (report_text.cpp).
void write_report_text(const TeamReport& report, const PeopleRows& people, const ReportOptions& options,
                       const ReportSink& out);
/// Markdown (report_markdown.cpp).
void write_report_markdown(const TeamReport& report, const PeopleRows& people, const ReportOptions& options,
                           const ReportSink& out);
/// CSV of the people table (report_csv.cpp).
void write_report_csv(const TeamReport& report, const PeopleRows& people, const ReportOptions& options,
                      const ReportSink& out);
/// JSON "pop-report" version 1 (report_json.cpp).
void write_report_json(const TeamReport& report, const PeopleRows& people, const ReportOptions& options,
                       const ReportSink& out);
/// One self-contained HTML page (report_html.cpp).
void write_report_html(const TeamReport& report, const PeopleRows& people, const ReportOptions& options,
                       const ReportSink& out);

}  // namespace pop::report_render
