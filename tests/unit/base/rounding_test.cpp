// Unit tests for the one rounding rule of the outputs (src/core/base/rounding.cpp).
#include <doctest/doctest.h>

#include <limits>

#include "pop/base/rounding.h"

using namespace pop;

TEST_CASE("rounded_text: one decimal, half away from zero, no trailing .0") {
    CHECK(rounded_text(0.5) == "0.5");
    CHECK(rounded_text(12.5) == "12.5");
    CHECK(rounded_text(12.45) == "12.5");  // decided on the decimal form, not on 12.4499999...
    CHECK(rounded_text(12.44) == "12.4");
    CHECK(rounded_text(12.04) == "12");
    CHECK(rounded_text(12.0) == "12");
    CHECK(rounded_text(0.0) == "0");
    CHECK(rounded_text(0.05) == "0.1");
    CHECK(rounded_text(0.04) == "0");
    CHECK(rounded_text(9.95) == "10");
    CHECK(rounded_text(99.96) == "100");
    CHECK(rounded_text(1e9) == "1000000000");
    CHECK(rounded_text(2450) == "2450");
    CHECK(rounded_text(80.0 / 3) == "26.7");
    CHECK(rounded_text(-0.05) == "-0.1");
    CHECK(rounded_text(-0.04) == "0");
}

TEST_CASE("rounded_text: a value that is not finite is a dash") {
    CHECK(rounded_text(std::numeric_limits<double>::infinity()) == "-");
    CHECK(rounded_text(-std::numeric_limits<double>::infinity()) == "-");
    CHECK(rounded_text(std::numeric_limits<double>::quiet_NaN()) == "-");
}
