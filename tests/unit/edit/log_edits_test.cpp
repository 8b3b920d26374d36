#include <doctest/doctest.h>

#include "pop/edit/log_edits.h"

using namespace pop;

namespace {

const Date kToday{2026, 11, 22};

// The fields of a new entry as `key=value` pairs, or the problem's key (and detail key).
std::string shown(const std::variant<NewValue, UsageProblem>& result) {
    if (auto* p = std::get_if<UsageProblem>(&result)) return p->key + (p->detail_key.empty() ? "" : " " + p->detail_key);
    std::string out;
    for (const auto& [key, value] : std::get<NewValue>(result).fields) out += (out.empty() ? "" : " ") + key + "=" + value.scalar;
    return out;
}

NewLogEntry entry(std::string hours, std::string euros, std::string what = "Intervisie") {
    NewLogEntry e;
    e.hours = std::move(hours);
    e.euros = std::move(euros);
    e.what = std::move(what);
    return e;
}

}  // namespace

TEST_CASE("new_log_entry writes the fields in the order of the format") {
    NewLogEntry e = entry("1.5", "040");
    e.method = "intervision";
    e.learning = "informal";
    e.is_private = true;
    CHECK(shown(new_log_entry(e, Date{2026, 11, 2}, kToday)) ==
          "date=2026-11-02 hours=1.5 euros=40 what=Intervisie learning=informal method=intervision private=true");
    CHECK(shown(new_log_entry(entry("2", ""), kToday, kToday)) == "date=2026-11-22 hours=2 what=Intervisie");
    CHECK(shown(new_log_entry(entry("", "395"), kToday, kToday)) == "date=2026-11-22 euros=395 what=Intervisie");
    CHECK(shown(new_log_entry(entry("0", ""), kToday, kToday)) == "date=2026-11-22 hours=0 what=Intervisie");
    CHECK(shown(new_log_entry(entry("24", ""), kToday, kToday)) == "date=2026-11-22 hours=24 what=Intervisie");
}

TEST_CASE("new_log_entry refuses what the structure check would report") {
    CHECK(shown(new_log_entry(entry("", ""), kToday, kToday)) == "edit.log.no-amount");
    CHECK(shown(new_log_entry(entry("25", ""), kToday, kToday)) == "edit.bad-argument edit.log.too-many");
    CHECK(shown(new_log_entry(entry("24.5", ""), kToday, kToday)) == "edit.bad-argument edit.log.too-many");
    CHECK(shown(new_log_entry(entry("-2", ""), kToday, kToday)) == "edit.bad-argument edit.log.negative");
    CHECK(shown(new_log_entry(entry("", "-10"), kToday, kToday)) == "edit.bad-argument edit.log.negative");
    CHECK(shown(new_log_entry(entry("1,5", ""), kToday, kToday)) == "edit.bad-argument structure.type.number.suggest");
    CHECK(shown(new_log_entry(entry("twee", ""), kToday, kToday)) == "edit.bad-argument structure.type.number");
    CHECK(shown(new_log_entry(entry("2", "", "  "), kToday, kToday)) == "edit.missing-options");
    CHECK(shown(new_log_entry(entry("2", ""), Date{2026, 11, 23}, kToday)) == "edit.bad-argument edit.log.future");
    NewLogEntry e = entry("2", "");
    e.method = "intervisie";  // the Dutch word: the problem suggests intervision
    auto result = new_log_entry(e, kToday, kToday);
    CHECK(shown(result) == "edit.bad-argument structure.enum.suggest");
    e.method.clear();
    e.learning = "formeel";
    CHECK(shown(new_log_entry(e, kToday, kToday)) == "edit.bad-argument structure.enum.suggest");
}
