#pragma once
/// Values the editing commands take from the command line, checked against the POP format before
/// anything is edited: dates, ids, numbers, choices and whole field values (spec.h); and values as
/// the messages show them. A value that cannot be used comes back as a UsageProblem, translated only
/// when the CLI prints it.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "pop/base/date.h"
#include "pop/base/finding.h"
#include "pop/edit/edit.h"
#include "pop/format/spec.h"

namespace pop {

/// Why an argument or a requested edit cannot be used: a catalog message with its arguments.
struct UsageProblem {
    std::string key;                      ///< Catalog key of the message ("edit.bad-argument", "edit.goal-exists").
    std::vector<MessageArg> args;         ///< Its arguments.
    std::string detail_key;               ///< For "edit.bad-argument": what is wrong ({problem}); ".hint" gives {hint}.
    std::vector<MessageArg> detail_args;  ///< The arguments of detail_key and of its hint.
};

/// "edit.bad-argument" for `option`, whose problem is the catalog message `detail_key` (and its hint).
UsageProblem bad_argument(std::string_view option, std::string detail_key, std::vector<MessageArg> detail_args);

/// A date given as `option`: the date, or a problem that names the option and, for 1-8-2025, the fix.
std::variant<Date, UsageProblem> date_from_argument(std::string_view option, const std::string& text);

/// A problem when `text`, given as `option`, is not a valid id; else nullopt.
std::optional<UsageProblem> id_problem(std::string_view option, const std::string& text);

/// A problem when `text` is not a number as the edit commands take it (digits with at most one
/// decimal point, not at either end); else nullopt. A number written as people write them (`12,5`;
/// `€ 2.450` for an option naming a budget) gets the hint with the value rewritten.
std::optional<UsageProblem> number_problem(std::string_view option, const std::string& text);

/// A problem when `text` is not one of `choices` (with the closest choice, or the English value of a
/// Dutch word, as a suggestion); else nullopt.
std::optional<UsageProblem> choice_problem(std::string_view option, const std::string& text,
                                           std::span<const Choice> choices);

/// The words of a list given on the command line: "a, b c" is {"a", "b", "c"}.
std::vector<std::string> split_list(const std::string& text);

/// A number as it is written into a file: "020" becomes "20" (which YAML 1.1 readers would take
/// for the octal 16); "0.5" and "0" stay.
std::string without_leading_zeros(const std::string& number);

/// The value of a field from command-line text, checked against the field's type as the schema
/// has it: a date as YYYY-MM-DD, a number without leading zeros, a boolean, a choice, a list split
/// on commas and spaces; or a problem that names `option`.
std::variant<NewValue, UsageProblem> field_value(std::string_view option, const FieldSpec& spec,
                                                 const std::string& text);

/// The value shown in a message: on one line (line breaks become spaces, runs of spaces one), at
/// most 60 characters, then "...".
std::string shown_value(std::string_view text);

}  // namespace pop
