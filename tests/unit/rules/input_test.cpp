#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "pop/rules/input.h"

using namespace pop;

TEST_CASE("input.unreadable: the reason's message and the system's error number") {
    Finding f = input_unreadable_finding("input.unreadable.permission", 13);
    CHECK(f.rule == rule::input_unreadable);
    CHECK(f.message == "input.unreadable.permission");
    REQUIRE(f.args.size() == 1);
    CHECK(f.args[0].name == "code");
    CHECK(f.args[0].value == "13");
}

TEST_CASE("input.leftover-temp: one finding per temporary file, in the order given") {
    std::vector<std::string> temps{".jan.pop.yaml.pop-tmp-a1b2c3", ".jan.pop.yaml.pop-tmp-zzzzzz"};
    std::vector<Finding> out = leftover_temp_findings(temps);
    REQUIRE(out.size() == 2);
    for (std::size_t i = 0; i < out.size(); ++i) {
        CHECK(out[i].rule == rule::input_leftover_temp);
        CHECK(out[i].message == "input.leftover-temp");
        REQUIRE(out[i].args.size() == 1);
        CHECK(out[i].args[0].value == temps[i]);
    }
    CHECK(leftover_temp_findings({}).empty());
}
