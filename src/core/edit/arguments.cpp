#include "pop/edit/arguments.h"

#include <algorithm>

#include "pop/base/strings.h"
#include "pop/base/utf8.h"
#include "pop/format/validate.h"

namespace pop {

UsageProblem bad_argument(std::string_view option, std::string detail_key, std::vector<MessageArg> detail_args) {
    return UsageProblem{"edit.bad-argument", {{"option", std::string(option)}}, std::move(detail_key),
                        std::move(detail_args)};
}

std::variant<Date, UsageProblem> date_from_argument(std::string_view option, const std::string& text) {
    DateParse parsed = parse_date(text);
    if (parsed.date) return *parsed.date;
    std::string key;
    std::vector<MessageArg> args{{"value", text}};
    if (parsed.error == DateError::Invalid && parsed.month_days == 0) {
        key = "dates.invalid.month";
    } else if (parsed.error == DateError::Invalid) {
        key = "dates.invalid.day";
        args.push_back({"month", "month." + std::to_string(std::stoi(text.substr(5, 2))), true});
        args.push_back({"year", text.substr(0, 4)});
        args.push_back({"days", std::to_string(parsed.month_days)});
    } else if (!parsed.suggestion.empty()) {
        key = "dates.format.suggest";
        args.push_back({"suggestion", parsed.suggestion});
    } else {
        key = "dates.format";
    }
    return bad_argument(option, std::move(key), std::move(args));
}

std::optional<UsageProblem> id_problem(std::string_view option, const std::string& text) {
    if (is_valid_id(text)) return std::nullopt;
    return bad_argument(option, "structure.id", {{"value", text}});
}

std::optional<UsageProblem> number_problem(std::string_view option, const std::string& text) {
    bool ok = !text.empty() && text.find_first_not_of("0123456789.") == std::string::npos &&
              std::count(text.begin(), text.end(), '.') <= 1 && text.front() != '.' && text.back() != '.';
    if (ok) return std::nullopt;
    // Written the way people write numbers (12,5 or € 2.450): the hint shows it rewritten.
    if (auto rewritten = rewritten_number(text, option.find("budget") != std::string_view::npos))
        return bad_argument(option, "structure.type.number.suggest",
                            {{"field", std::string(option)}, {"value", text}, {"suggestion", *rewritten}});
    return bad_argument(option, "structure.type.number", {{"field", std::string(option)}, {"value", text}});
}

std::optional<UsageProblem> choice_problem(std::string_view option, const std::string& text,
                                           std::span<const Choice> choices) {
    std::vector<std::string_view> values;
    for (const Choice& c : choices) {
        if (c.value == text) return std::nullopt;
        values.push_back(c.value);
    }
    std::string list = join(values);
    std::string_view hit = suggest_choice(text, choices);  // by spelling, or a Dutch word (klaar: achieved)
    std::vector<MessageArg> args{{"value", text}, {"field", std::string(option)}, {"choices", list}};
    if (!hit.empty()) args.push_back({"suggestion", std::string(hit)});
    return bad_argument(option, hit.empty() ? "structure.enum" : "structure.enum.suggest", std::move(args));
}

std::vector<std::string> split_list(const std::string& text) {
    std::vector<std::string> items;
    std::string cur;
    for (char c : text + ",") {
        if (c == ',' || c == ' ') {
            if (!cur.empty()) items.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    return items;
}

std::string without_leading_zeros(const std::string& number) {
    std::size_t first = number.find_first_not_of('0');
    if (first == std::string::npos) return "0";
    if (first > 0 && number[first] == '.') --first;
    return number.substr(first);
}

namespace {

std::variant<NewValue, UsageProblem> list_value(std::string_view option, const TypeSpec& type,
                                                const std::string& text) {
    std::vector<NewValue> items;
    for (const std::string& item : split_list(text)) {
        if (type.item == ValueType::Enum)
            if (auto problem = choice_problem(option, item, type.choices)) return *problem;
        if (type.item == ValueType::Id)
            if (auto problem = id_problem(option, item)) return *problem;
        items.push_back(NewValue::text(item));
    }
    return NewValue::list(std::move(items));
}

}  // namespace

std::variant<NewValue, UsageProblem> field_value(std::string_view option, const FieldSpec& spec,
                                                 const std::string& text) {
    std::optional<UsageProblem> problem;
    switch (spec.type.type) {
        case ValueType::Date: {
            auto date = date_from_argument(option, text);
            if (auto* d = std::get_if<Date>(&date)) return NewValue::text(d->to_string());
            return std::get<UsageProblem>(date);
        }
        case ValueType::Id:
            if ((problem = id_problem(option, text))) return *problem;
            return NewValue::text(text);
        case ValueType::Number:
        case ValueType::Integer:
            if ((problem = number_problem(option, text))) return *problem;
            return NewValue::plain(without_leading_zeros(text));
        case ValueType::Boolean:
            if (text != "true" && text != "false")
                return bad_argument(option, "structure.type.boolean",
                                    {{"field", std::string(option)}, {"value", text}});
            return NewValue::plain(text);
        case ValueType::Enum:
            if ((problem = choice_problem(option, text, spec.type.choices))) return *problem;
            return NewValue::text(text);
        case ValueType::List: return list_value(option, spec.type, text);
        default: return NewValue::text(text);
    }
}

std::string shown_value(std::string_view text) {
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\r') continue;
        if (c == '\n') c = ' ';
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        if (!utf8::is_continuation(static_cast<unsigned char>(c)) && ++chars > 60) {
            while (!out.empty() && out.back() == ' ') out.pop_back();
            return out + "...";
        }
        out += c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace pop
