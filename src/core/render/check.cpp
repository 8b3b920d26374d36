// What every renderer of `pop check` results shares: the totals of a run, the summary line, and
// the assembly of a whole output from a renderer's pieces. The formats: check_<format>.cpp.
#include "pop/render/render_check.h"

#include "check_internal.h"

namespace pop {

using check_render::count;

void add_to_totals(CheckTotals& t, const FileReport& f) {
    ++t.files;
    if (f.unreadable) ++t.unreadable;
    if (!f.findings.empty()) ++t.files_with_findings;
    std::size_t errors = 0;
    for (const Finding& finding : f.findings) {
        bool error = severity_of(finding.rule) == Severity::Error;
        errors += error;
        (error ? t.errors : t.warnings)++;
    }
    if (!f.unreadable && errors > 0) ++t.readable_with_errors;
    if (!f.unreadable && !f.findings.empty()) ++t.readable_with_findings;
}

CheckTotals totals_of(std::span<const FileReport> files) {
    CheckTotals t;
    for (const FileReport& f : files) add_to_totals(t, f);
    return t;
}

int check_exit_code(const CheckTotals& totals, bool strict) {
    if (totals.unreadable > 0) return kExitUnreadable;
    if (totals.errors > 0 || (strict && totals.warnings > 0)) return kExitFindings;
    return kExitClean;
}

std::string render_summary(const CheckTotals& t, Lang lang) {
    std::vector<MessageArg> args{
        {"files", std::to_string(t.files)},
        {"errors", std::to_string(t.errors)},
        {"warnings", std::to_string(t.warnings)},
        {"affected", std::to_string(t.files_with_findings)}};
    std::string line = render_message(t.errors + t.warnings == 0 ? "ui.summary.clean" : "ui.summary", lang, args);
    if (t.unreadable > 0) {
        MessageArg n{"files", std::to_string(t.unreadable)};
        line += "; " + render_message("ui.summary.unreadable", lang, std::span(&n, 1));
    }
    return line;
}

std::string render_all(const CheckRenderer& renderer, std::span<const FileReport> files) {
    FilePieces pieces;
    for (const FileReport& file : files) renderer.file(file, pieces);
    bool first_empty = pieces.first.empty(), second_empty = pieces.second.empty();
    if (renderer.comma_lists()) {  // every piece starts with ',': the first one does not
        if (!first_empty) pieces.first.erase(0, 1);
        if (!second_empty) pieces.second.erase(0, 1);
    }
    CheckFrame frame = renderer.frame(totals_of(files), first_empty, second_empty);
    return frame.before + pieces.first + frame.between + pieces.second + frame.after;
}

}  // namespace pop
