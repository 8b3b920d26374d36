#pragma once
// The structure check of a YAML text, for the tests of tests/unit/format.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "pop/format/validate.h"
#include "pop/read/yaml_tree.h"

namespace pop::test {

/// The findings of the structure check of `yaml` read as a file of `kind`; the text must be YAML.
inline std::vector<Finding> validate(const std::string& yaml, FileKind kind = FileKind::Pop) {
    ReadResult read = read_yaml(yaml);
    REQUIRE_FALSE(read.fatal);
    return validate_structure(read.doc, kind);
}

/// The first lines of a POP with the three fields every POP has.
inline const char* const kPopHead =
    "format_version: 1\n"
    "person: {id: jan, name: Jan}\n"
    "period: {start: 2025-08-01, end: 2027-07-31}\n";

}  // namespace pop::test
