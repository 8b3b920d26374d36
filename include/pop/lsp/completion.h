#pragma once
/// Completion of `pop lsp` (textDocument/completion). What is offered at the cursor is worked out
/// from the lines and their indentation, not from the YAML tree, so that it works on a file that is
/// half typed and does not read as YAML:
///   - typing a key: the keys of that mapping (top level, person, goal, realistic, step, evidence,
///     conversation, ... of the file's kind) not written yet, the Dutch term in `detail`;
///   - after `key: ` (or in its `[...]` list, or at `- ` under it): the field's values: enum values
///     with their Dutch word in `detail`, `true`/`false`, school goal ids from the
///     pop-school-goals.yaml of the file's folder (title in `detail`), roster ids for `person.id`
///     and roster names for `manager` and `with` (read through the FileSource: an open, unsaved
///     roster counts), today's date for a date; a goal's `competence`: the areas of the policy's
///     competence framework (without one: the Dutch bekwaamheidseisen), a self-assessment's `area`,
///     `level` and `manager_level`: the areas and levels of the policy's framework (none without
///     one), each with its name in the client's language in `detail`.

#include <string>

#include <nlohmann/json.hpp>

#include "pop/base/date.h"
#include "pop/i18n/messages.h"
#include "pop/lsp/text.h"
#include "pop/workspace/sources.h"

namespace pop::lsp {

/// What a textDocument/completion request asks, with what the server holds.
struct CompletionQuery {
    std::string path;    ///< The document's absolute path.
    std::string text;    ///< Its text as the server holds it.
    Position position;   ///< The cursor.
    Date today;          ///< Today (offered for dates).
    Lang lang = Lang::En;  ///< The language of the few details that are not Dutch terms.
};

/// The result of textDocument/completion: a CompletionItem[] whose `label` is the text to insert
/// (each with a `textEdit` replacing the word typed so far); empty where nothing fits.
nlohmann::json completion(const CompletionQuery& query, const FileSource& files);

}  // namespace pop::lsp
