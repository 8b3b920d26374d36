#pragma once
/// Quick fixes of `pop lsp` (textDocument/codeAction, kind "quickfix"): for the findings that
/// carry a fix, an edit of the document's text made by the core's edit engine (pop/edit) and
/// verified twice: the engine reads the result back (only the intended node changed), and the
/// file checked again no longer has the finding. The fixes:
///   dates.format.suggest          `1-8-2025` -> `2025-08-01` (day-month-year, Dutch order)
///   structure.unknown-key.suggest the key renamed to the one meant (`meetbaar` -> `measurable`)
///   structure.enum.suggest        the value meant (`behaald` -> `achieved`)
///   structure.type.text           a number or yes/no where a text belongs, put in quotes
///   structure.type.number.suggest, structure.thousands-point   the number as pop reads it
///   links.person.suggest, links.school-goal.suggest            the id meant
///   competence.area.suggest       the area of the competence framework meant (`opvoeder` -> `educator`)
///   smarti.specific.missing, smarti.measurable, smarti.inspiring, smarti.time-bound,
///   smarti.realistic.hours        the missing field added without a value (`measurable:`), which
///                                 pop flags as empty until the teacher fills it in.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "pop/base/date.h"
#include "pop/base/finding.h"
#include "pop/i18n/messages.h"
#include "pop/workspace/sources.h"

namespace pop::lsp {

/// One quick fix of one finding.
struct QuickFix {
    std::string title;    ///< What the editor shows, in the client's language.
    Finding finding;      ///< The finding it removes.
    std::size_t offset;   ///< The replaced bytes of the document's text start here,
    std::size_t length;   ///< are this many,
    std::string text;     ///< and become this.
};

/// The findings `pop check` gives for the file at `path` (absolute), read through `files`, as the
/// server's diagnostics show them (reminders left out).
std::vector<Finding> findings_of_file(const std::string& path, const FileSource& files, const HistorySource& history,
                                      const Date& today);

/// The verified quick fixes for the findings of the file at `path` whose text (as `files` reads
/// it) is `text`; only those of `wanted` (findings of that text). Each fix was applied and checked
/// again: its finding is gone.
std::vector<QuickFix> quick_fixes(const std::string& path, std::string_view text, const std::vector<Finding>& wanted,
                                  const FileSource& files, const HistorySource& history, const Date& today, Lang lang);

/// What a textDocument/codeAction request asks, with what the server holds.
struct CodeActionQuery {
    std::string uri;               ///< The document's URI.
    std::string path;              ///< Its absolute path.
    std::string text;              ///< Its text as the server holds it.
    nlohmann::json params;         ///< The request's params (range, context.diagnostics).
    Date today;                    ///< Today, for the date rules.
    Lang lang = Lang::En;          ///< The language of the titles.
};

/// The result of textDocument/codeAction: a CodeAction[] of quick fixes for the findings of the
/// current text (recomputed, not taken from the client) that lie in the requested range or match
/// (rule code and range) a diagnostic of `context.diagnostics`; each names that diagnostic.
nlohmann::json code_actions(const CodeActionQuery& query, const FileSource& files, const HistorySource& history);

}  // namespace pop::lsp
