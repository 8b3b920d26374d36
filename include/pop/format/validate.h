#pragma once
/// The structure check: a YAML tree against the spec of its kind of file (required keys, types,
/// unknown keys, allowed values, ids, dates). Produces findings; never throws.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pop/base/finding.h"
#include "pop/format/spec.h"
#include "pop/read/yaml_tree.h"

namespace pop {

/// Checks a whole document against the spec of `kind`.
std::vector<Finding> validate_structure(const YamlDocument& doc, FileKind kind);

/// The number a scalar holds when it is written as a plain YAML number (an integer for
/// ValueType::Integer; no hex, octal, .inf or .nan); an overflow such as 1e400 reads as infinite.
std::optional<double> parse_number(const YamlNode& node, ValueType as);

/// The number a number field holds when the structure check accepts it: parse_number, finite,
/// and within the type's minimum and maximum; nullopt otherwise (the model leaves such values out).
std::optional<double> number_value(const YamlNode& node, const TypeSpec& type);

/// A number written the way people write it (`12,5`, `€ 2.450`, `2.450,-`, `40 uur`) rewritten as
/// a number field takes it (`12.5`, `2450`, `2450`, `40`); nullopt when the text is no such number
/// or could mean two numbers. In a money field (`money`) a point before exactly three digits is a
/// Dutch thousands point and a currency sign may be written; elsewhere a unit of hours may be.
std::optional<std::string> rewritten_number(std::string_view written, bool money);

/// True when a money amount is written with exactly three decimals after one to three digits
/// (`2.450`): most likely a Dutch thousands point (2450 euros) rather than 2.45 euros.
bool looks_like_thousands_point(std::string_view written);

/// The closest candidate to `word` by spelling (edit distance, ignoring ASCII case), or empty when
/// none is close. For names that have no Dutch words: ids, commands.
std::string_view suggest(std::string_view word, const std::vector<std::string_view>& candidates);

/// A name a user may mean (a key, a field of `pop goal set`, an enum value) and the Dutch words
/// for it (dutch_terms in spec.h).
struct Synonyms {
    std::string_view name;                ///< The name as the file or the command takes it, e.g. "goals".
    std::vector<std::string_view> dutch;  ///< Dutch words for it, e.g. "ontwikkeldoelen", "doelen".
};

/// The name that `word` most likely means: the first candidate whose name or Dutch word is `word`
/// once both are folded (folded_word: case, accents, `-`, `_` and spaces do not count); else the
/// candidate with a name or Dutch word closest in spelling (edit distance at most 1 for words of up
/// to 3 letters, 2 up to 6, 3 beyond); empty when none is close.
std::string_view suggest_name(std::string_view word, const std::vector<Synonyms>& candidates);

/// The key of `spec` that an unknown key most likely means (suggest_name over its keys and their
/// Dutch terms); or empty.
std::string_view suggest_key(std::string_view key, const ObjectSpec& spec);

/// The value of `choices` that a value not among them most likely means (suggest_name over the
/// values and their Dutch words: `klaar` means `achieved`); or empty.
std::string_view suggest_choice(std::string_view value, std::span<const Choice> choices);

/// Levenshtein distance with adjacent transpositions, on bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace pop
