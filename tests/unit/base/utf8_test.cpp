// The UTF-8 helpers: strict decoding, validation, counting and cutting at character boundaries.
#include <doctest/doctest.h>

#include <string>

#include "pop/base/utf8.h"

using namespace pop;

TEST_CASE("utf8::decode reads one character of one to four bytes") {
    CHECK(utf8::decode("a", 0).code_point == U'a');
    CHECK(utf8::decode("a", 0).length == 1);
    CHECK(utf8::decode("\xC3\xA9", 0).code_point == 0xE9);
    CHECK(utf8::decode("\xC3\xA9", 0).length == 2);
    CHECK(utf8::decode("x\xE2\x82\xAC", 1).code_point == 0x20AC);
    CHECK(utf8::decode("x\xE2\x82\xAC", 1).length == 3);
    CHECK(utf8::decode("\xF0\x9F\x98\x80", 0).code_point == 0x1F600);
    CHECK(utf8::decode("\xF4\x8F\xBF\xBF", 0).code_point == 0x10FFFF);
    CHECK(utf8::decode("\xEF\xBB\xBF", 0).code_point == 0xFEFF);
}

TEST_CASE("utf8::decode is strict: overlongs, surrogates, too large, cut off and stray bytes have length 0") {
    for (std::string bad : {"\x80", "\xBF", "\xC0\xAF", "\xC1\xBF", "\xE0\x80\xAF", "\xE0\x9F\xBF", "\xED\xA0\x80",
                            "\xED\xBF\xBF", "\xF0\x80\x80\xAF", "\xF0\x8F\xBF\xBF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80",
                            "\xFF", "\xC3", "\xE2\x82", "\xF0\x9F\x98", "\xC3(", "\xE2\x82("}) {
        CAPTURE(bad);
        CHECK(utf8::decode(bad, 0).length == 0);
    }
}

TEST_CASE("utf8::is_valid") {
    CHECK(utf8::is_valid(""));
    CHECK(utf8::is_valid("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"));
    CHECK_FALSE(utf8::is_valid("caf\xC3"));
    CHECK_FALSE(utf8::is_valid("\xED\xA0\x80"));
    CHECK_FALSE(utf8::is_valid("a\xC0\xAFz"));
}

TEST_CASE("utf8::count counts characters, not bytes") {
    CHECK(utf8::count("") == 0);
    CHECK(utf8::count("abc") == 3);
    CHECK(utf8::count("caf\xC3\xA9") == 4);
    CHECK(utf8::count("\xE2\x82\xAC\xF0\x9F\x98\x80") == 2);
}

TEST_CASE("utf8::offset_of, prefix and character_start never cut inside a character") {
    std::string text = "\xC3\xA9t\xC3\xA9";  // été
    CHECK(utf8::offset_of(text, 0) == 0);
    CHECK(utf8::offset_of(text, 1) == 2);
    CHECK(utf8::offset_of(text, 2) == 3);
    CHECK(utf8::offset_of(text, 3) == 5);
    CHECK(utf8::offset_of(text, 9) == 5);
    CHECK(utf8::prefix(text, 2) == "\xC3\xA9t");
    CHECK(utf8::prefix(text, 0).empty());
    CHECK(utf8::prefix("ab", 5) == "ab");
    CHECK(utf8::character_start(text, 1) == 0);
    CHECK(utf8::character_start(text, 2) == 2);
    CHECK(utf8::character_start(text, 4) == 3);
    CHECK(utf8::character_start(text, 5) == 5);
}

TEST_CASE("utf8::shorten keeps text that fits and ends longer text with an ellipsis") {
    CHECK(utf8::shorten("abc", 3) == "abc");
    CHECK(utf8::shorten("abcd", 3) == "ab…");
    CHECK(utf8::shorten("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 3) == "\xC3\xA9\xC3\xA9…");
    CHECK(utf8::shorten("", 1).empty());
}
