// printable_text and is_blank_text.
#include <doctest/doctest.h>

#include <string>

#include "pop/base/text.h"

using namespace pop;

TEST_CASE("printable_text keeps valid UTF-8 and turns everything else into '?'") {
    CHECK(printable_text("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80") == "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80");
    CHECK(printable_text("a\tb\x01\x7f") == "a b??");
    // Bytes 0xF5..0xFF never start a character. 0xF5..0xFF were taken for the lead byte of a
    // three-byte character, so "\xFA\x8D\xA1" passed through as it was and made `pop check
    // --format json` write invalid UTF-8 (found by fuzz_read_check; tests/fuzz/regressions/
    // fuzz_read_check/source-line-with-byte-0xfa-is-invalid-utf8-in-json.yaml).
    CHECK(printable_text("x\xFA\x8D\xA1y") == "x???y");
    CHECK(printable_text("\xF5\x80\x80\x80") == "????");
    CHECK(printable_text("\xFF\xFE") == "??");
    CHECK(printable_text("\xC0\xAF") == "??");              // overlong
    CHECK(printable_text("\xED\xA0\x80") == "???");         // a surrogate
    CHECK(printable_text("\xE2\x82") == "??");              // cut short
    CHECK(printable_text("\xEF\xBB\xBFx") == "?x");         // a byte order mark
}

TEST_CASE("is_blank_text") {
    CHECK(is_blank_text(" \t\r\n"));
    CHECK(is_blank_text("\xC2\xA0\xE3\x80\x80"));
    CHECK_FALSE(is_blank_text(" x "));
    CHECK_FALSE(is_blank_text("\xC3\xA9"));
}
