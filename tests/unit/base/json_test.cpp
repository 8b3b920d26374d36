#include <doctest/doctest.h>

#include <limits>

#include "pop/base/json.h"

using namespace pop;

TEST_CASE("json_quote escapes quotes, backslashes and control characters, keeps UTF-8") {
    CHECK(json_quote("a\"b\\c") == "\"a\\\"b\\\\c\"");
    CHECK(json_quote("x\ny\t\x01") == "\"x\\ny\\t\\u0001\"");
    CHECK(json_quote("één €") == "\"één €\"");
}

TEST_CASE("JsonWriter writes nested values with commas in the right places") {
    JsonWriter w(false);
    w.begin_object().key("a").value(std::int64_t{1}).key("b").begin_array().value("x").value(true).null().end_array();
    w.key("c").begin_object().end_object().key("d").number(1.5).end_object();
    CHECK(w.str() == "{\"a\":1,\"b\":[\"x\",true,null],\"c\":{},\"d\":1.5}");
    JsonWriter p;
    p.begin_object().key("a").begin_array().value(std::int64_t{1}).end_array().end_object();
    CHECK(p.str() == "{\n  \"a\": [\n    1\n  ]\n}\n");
}

TEST_CASE("a number JSON cannot hold is written as null") {
    JsonWriter w(false);
    w.begin_array()
        .number(std::numeric_limits<double>::infinity())
        .number(-std::numeric_limits<double>::infinity())
        .number(std::numeric_limits<double>::quiet_NaN())
        .number(12.5)
        .end_array();
    CHECK(w.str() == "[null,null,null,12.5]");
}
