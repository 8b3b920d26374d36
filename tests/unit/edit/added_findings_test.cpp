#include <doctest/doctest.h>

#include "pop/edit/added_findings.h"
#include "pop/rules/rule_id.h"

using namespace pop;

namespace {

Finding at_line(const char* rule, std::uint32_t line, std::vector<MessageArg> args = {}) {
    return make_finding(*find_rule_id(rule), Mark{line, 1, 0}, rule, std::move(args));
}

}  // namespace

TEST_CASE("finding_identity leaves out where a finding is, and arguments that are line numbers") {
    Finding a = at_line("dates.order", 3, {{"field", "end"}, {"start_line", "2"}});
    Finding b = at_line("dates.order", 9, {{"field", "end"}, {"start_line", "8"}});
    CHECK(finding_identity(a) == finding_identity(b));
    Finding c = at_line("dates.order", 3, {{"field", "start"}, {"start_line", "2"}});
    CHECK(finding_identity(a) != finding_identity(c));
    CHECK(finding_identity(at_line("dates.order", 1)) != finding_identity(at_line("smarti.measurable", 1)));
}

TEST_CASE("added_findings counts equal findings and keeps to one severity") {
    std::vector<Finding> before{at_line("dates.order", 2), at_line("dates.order", 5)};
    std::vector<Finding> after{at_line("dates.order", 3), at_line("dates.order", 6), at_line("dates.order", 9),
                               at_line("reminder.step-due", 4)};
    std::vector<Finding> errors = added_findings(before, after, Severity::Error);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].at.line == 9);  // the third: two were there before
    std::vector<Finding> warnings = added_findings(before, after, Severity::Warning);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].rule == rule::reminder_step_due);
    CHECK(added_findings(after, before, Severity::Error).empty());
}

TEST_CASE("blocking_errors leave out the errors that describe where the cycle stands") {
    std::vector<Finding> after{at_line("complete.sign-off", 1), at_line("smarti.measurable", 7)};
    std::vector<Finding> errors = blocking_errors({}, after);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].rule == rule::smarti_measurable);
    CHECK(blocking_errors(after, after).empty());
}
