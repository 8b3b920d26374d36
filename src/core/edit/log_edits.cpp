#include "pop/edit/log_edits.h"

#include <charconv>
#include <tuple>
#include <utility>

#include "pop/base/text.h"
#include "pop/format/spec.h"
#include "pop/i18n/messages.h"

namespace pop {
namespace {

const ObjectSpec& log_entry_spec() { return *find_field(spec_for(FileKind::Pop), "log")->type.object; }

// The number given as `option` for `key`, within the field's range; or the problem.
std::optional<UsageProblem> amount_problem(std::string_view option, std::string_view key, const std::string& text) {
    const FieldSpec& field = *find_field(log_entry_spec(), key);
    // A minus sign first: a negative amount, not a badly written one.
    if (!text.empty() && text.front() == '-' && !number_problem(option, text.substr(1)))
        return bad_argument(option, "edit.log.negative", {{"option", std::string(option)}, {"value", text}});
    if (auto problem = number_problem(option, text)) return problem;
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    if (field.type.maximum > 0 && value > field.type.maximum)
        return bad_argument(option, "edit.log.too-many",
                            {{"option", std::string(option)}, {"value", text},
                             {"max", std::to_string(field.type.maximum)}});
    return std::nullopt;
}

}  // namespace

std::variant<NewValue, UsageProblem> new_log_entry(const NewLogEntry& entry, const Date& on, const Date& today) {
    const ObjectSpec& spec = log_entry_spec();
    if (entry.hours.empty() && entry.euros.empty()) return UsageProblem{"edit.log.no-amount", {}, {}, {}};
    if (is_blank_text(entry.what)) {
        std::vector<std::string> missing{"--what"};
        return UsageProblem{"edit.missing-options", {{"options", list_arg(missing)}, {"count", "1"}}, {}, {}};
    }
    if (today < on)
        return bad_argument("--date", "edit.log.future", {{"date", on.to_string()}, {"today", today.to_string()}});
    std::vector<std::pair<std::string, NewValue>> fields{{"date", NewValue::text(on.to_string())}};
    if (!entry.hours.empty()) {
        if (auto problem = amount_problem("--hours", "hours", entry.hours)) return std::move(*problem);
        fields.emplace_back("hours", NewValue::plain(without_leading_zeros(entry.hours)));
    }
    if (!entry.euros.empty()) {
        if (auto problem = amount_problem("--euros", "euros", entry.euros)) return std::move(*problem);
        fields.emplace_back("euros", NewValue::plain(without_leading_zeros(entry.euros)));
    }
    fields.emplace_back("what", NewValue::text(entry.what));
    for (auto [key, option, text] : {std::tuple{"learning", "--learning", &entry.learning},
                                     std::tuple{"method", "--method", &entry.method}}) {
        if (text->empty()) continue;
        if (auto problem = choice_problem(option, *text, find_field(spec, key)->type.choices)) return std::move(*problem);
        fields.emplace_back(key, NewValue::text(*text));
    }
    if (entry.is_private) fields.emplace_back("private", NewValue::plain("true"));
    return NewValue::mapping(std::move(fields));
}

}  // namespace pop
