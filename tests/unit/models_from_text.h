#pragma once
// Models built from small YAML texts for the unit tests (the text must read without errors).

#include <doctest/doctest.h>

#include <string>

#include "pop/model/model.h"
#include "pop/workspace/check_file.h"

namespace pop::test {

/// The POP that `text` holds; the test stops when it cannot be read.
inline Pop parse_pop(const std::string& text) {
    ValidatedFile file = read_and_validate(text, FileKind::Pop);
    REQUIRE(file.usable);
    return build_pop(file.doc);
}

/// The roster that `text` holds; the test stops when it cannot be read.
inline Roster parse_roster(const std::string& text) {
    ValidatedFile file = read_and_validate(text, FileKind::Roster);
    REQUIRE(file.usable);
    return build_roster(file.doc);
}

}  // namespace pop::test
