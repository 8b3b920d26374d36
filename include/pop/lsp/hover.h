#pragma once
/// `textDocument/hover` of `pop lsp`: what a spot of a POP or repository file means. On a key its
/// Dutch term, what it means (in the client's language) and, for the SMARTI fields of a goal, the
/// letter; on an allowed value what it means; on a school goal id in `school_goals:` the school
/// goal's title; on a goal's `competence` or a self-assessment's `area`, `level` or `manager_level`
/// the area's or level's name and the competence framework's (the policy's; for a goal without one
/// the Dutch bekwaamheidseisen); on a date its weekday and the days from today; on a spot with a
/// diagnostic the rule's id and one-line description. Reads the tree as far as it can (also after a
/// syntax error).

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "pop/base/date.h"
#include "pop/i18n/messages.h"
#include "pop/lsp/text.h"
#include "pop/workspace/sources.h"

namespace pop::lsp {

/// What a hover needs; the references must outlive the call.
struct HoverRequest {
    const std::string& path;           ///< Absolute path of the document (its name gives its kind).
    std::string_view text;             ///< The document's text as the editor holds it.
    Position position;                 ///< Where the pointer is.
    const FileSource& files;           ///< Files as the server reads them (open buffers over the disk).
    Date today;                        ///< "Today", for the days from today.
    Lang lang = Lang::En;              ///< The client's language.
    const nlohmann::json& diagnostics; ///< The document's diagnostics as the server publishes them (an array).
};

/// The hover at a position, `{contents: {kind: "markdown", value}, range}`, or null when pop has
/// nothing to say there (outside any key or value it knows, past the end of the text, a file that
/// is neither a POP nor a repository file, a text that cannot be read as YAML at all).
nlohmann::json hover(const HoverRequest& request);

}  // namespace pop::lsp
