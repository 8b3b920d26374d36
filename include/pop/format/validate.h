#pragma once
/// The structure check: a YAML tree against the spec of its kind of file (required keys, types,
/// unknown keys, allowed values, ids, dates). Produces findings; never throws.

#include <string_view>
#include <vector>

#include "pop/base/finding.h"
#include "pop/format/spec.h"
#include "pop/read/yaml_tree.h"

namespace pop {

/// Checks a whole document against the spec of `kind`.
std::vector<Finding> validate_structure(const YamlDocument& doc, FileKind kind);

/// The closest candidate to `word` (edit distance, case, or a Dutch term), or empty when none is close.
std::string_view suggest(std::string_view word, const std::vector<std::string_view>& candidates);

/// The key of `spec` that an unknown key most likely means: a close spelling, or the Dutch term; or empty.
std::string_view suggest_key(std::string_view key, const ObjectSpec& spec);

/// Levenshtein distance with adjacent transpositions, on bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace pop
