// ascii_lower and join.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "pop/base/strings.h"

using namespace pop;

TEST_CASE("ascii_lower lowers A-Z only") {
    CHECK(ascii_lower("Gepland DOEL") == "gepland doel");
    CHECK(ascii_lower("\xC3\x89t\xC3\xA9 123") == "\xC3\x89t\xC3\xA9 123");  // É stays: ASCII only
    CHECK(ascii_lower("").empty());
}

TEST_CASE("join puts the separator between items") {
    CHECK(join(std::vector<std::string>{}).empty());
    CHECK(join(std::vector<std::string>{"a"}) == "a");
    CHECK(join(std::vector<std::string>{"a", "b", "c"}) == "a, b, c");
    CHECK(join(std::vector<std::string_view>{"x", "y"}, "; ") == "x; y");
    CHECK(join(std::vector<const char*>{"p", "q"}, " / ") == "p / q");
}
