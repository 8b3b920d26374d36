#pragma once
/// One file through the whole pipeline: bytes -> YAML tree -> structure check -> model -> rules.

#include <string>
#include <string_view>
#include <vector>

#include "pop/rules/checks.h"
#include "pop/base/finding.h"
#include "pop/model/model.h"
#include "pop/format/spec.h"
#include "pop/read/yaml_tree.h"

namespace pop {

/// A file read and structure-checked; the tree is usable unless the reader said it is not.
struct ValidatedFile {
    YamlDocument doc;               ///< The tree (empty when unusable).
    std::vector<Finding> findings;  ///< Reader and structure findings.
    bool usable = false;            ///< False after a fatal reader problem.
    /// After a syntax error: `doc` is the file read on with the hints' rewritten lines (ReadResult::
    /// recovered), checked for more problems; not usable for anything else.
    bool recovered = false;
};

/// Reads bytes and checks their structure against the spec of `kind`.
ValidatedFile read_and_validate(std::string_view bytes, FileKind kind, const ReadLimits& limits = {});

/// Runs the whole pipeline on one file's bytes; findings sorted by position, source lines attached.
/// For a POP, `summary` (when given) receives what the repository-wide checks need.
std::vector<Finding> check_file(std::string_view bytes, FileKind kind, const CheckContext& context,
                                const ReadLimits& limits = {}, PopSummary* summary = nullptr);

/// Fills each finding's source_line with the line of `bytes` it points at (without the line break).
void attach_source_lines(std::string_view bytes, std::vector<Finding>& findings);

}  // namespace pop
