#pragma once
/// The file formats as data: every kind of file, its fields, their types and Dutch terms.
/// The structural validator, the JSON Schemas in schemas/ and docs/format.md all follow this.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "pop/i18n/messages.h"

namespace pop {

/// The version of the file format that `pop` reads and writes: every file says `format_version: 1`.
inline constexpr int kFormatVersion = 1;

/// kFormatVersion as a file writes it.
inline constexpr std::string_view kFormatVersionText = "1";
static_assert(kFormatVersionText.size() == 1 && kFormatVersionText[0] - '0' == kFormatVersion);

/// The kinds of files `pop` reads.
enum class FileKind : unsigned char { Pop, Policy, Roster, SchoolGoals };

/// The type of a value in a file.
enum class ValueType : unsigned char { Object, List, Text, Id, Date, Integer, Number, Boolean, Enum, Version };

/// One allowed value of an enumeration, with the Dutch words a user may write by mistake.
struct Choice {
    std::string_view value;         ///< What the file must say, e.g. "achieved".
    std::string_view term_nl;       ///< The Dutch word for it, e.g. "behaald".
    std::string_view also_nl = {};  ///< More Dutch words for it, `|` between them, e.g. "klaar|afgerond".
};

struct ObjectSpec;

/// The type of one field: a scalar type, an object, or a list of either.
struct TypeSpec {
    ValueType type = ValueType::Text;          ///< The field's type.
    ValueType item = ValueType::Text;          ///< For lists: the type of each item.
    const ObjectSpec* object = nullptr;        ///< For objects and lists of objects: the object's fields.
    std::span<const Choice> choices = {};      ///< For enums and lists of enums: allowed values.
    int minimum = 0;                           ///< For integers and numbers: the least value allowed.
    int maximum = 0;                           ///< For numbers: the largest value allowed (0: no maximum).
    bool money = false;                        ///< For numbers: an amount in euros (a Dutch thousands point is suspect).
};

/// One key of an object.
struct FieldSpec {
    std::string_view key;          ///< The key, English snake_case.
    TypeSpec type;                 ///< Its type.
    bool required = false;         ///< Whether the structure check demands it.
    std::string_view term_nl;      ///< The Dutch term, for docs and schema descriptions.
    std::string_view also_nl = {};  ///< More Dutch words a user may write for the key, `|` between them.
    // What the field means lives in the message catalog (field_description), in English and Dutch.
};

/// An object (a YAML mapping) with a fixed set of keys.
struct ObjectSpec {
    std::string_view name;                ///< Name used in docs, e.g. "goal".
    std::span<const FieldSpec> fields;    ///< Its keys, in the order docs list them.
    std::string_view description;         ///< One line, English.
};

/// The root object of a kind of file.
const ObjectSpec& spec_for(FileKind kind);

/// The kind of a file from its name: *.pop.yaml, pop-policy.yaml, pop-roster.yaml, pop-school-goals.yaml.
std::optional<FileKind> kind_from_filename(std::string_view filename);

/// The file name of a repository-wide file (policy, roster, school goals); empty for Pop.
std::string_view conventional_filename(FileKind kind);

/// Short name of a kind: "pop", "policy", "roster", "school-goals".
std::string_view kind_name(FileKind kind);

/// The field of an object with this key, or nullptr.
const FieldSpec* find_field(const ObjectSpec& object, std::string_view key);

/// The Dutch words a user may write for a key instead of the key: the term (without a note in
/// parentheses, "startdatum (Tijdgebonden)" gives "startdatum") and the words of also_nl.
std::vector<std::string_view> dutch_terms(const FieldSpec& field);

/// The Dutch words a user may write for an enum value instead of the value: term_nl and also_nl.
std::vector<std::string_view> dutch_terms(const Choice& choice);

/// The catalog key of what a field of the spec means: "field.<object>.<key>", the object's name with
/// `_` for a space ("field.goal.measurable", "field.staff_member.left").
std::string description_key(const FieldSpec& field);

/// The catalog key of what an allowed value means: "choice.<field>.<value>" ("choice.status.achieved").
std::string description_key(const Choice& choice);

/// What a field of the spec means, one line, in a language (from the message catalog:
/// src/core/i18n/catalog_fields.cpp). `field` must be one of the spec's own fields.
std::string field_description(const FieldSpec& field, Lang lang);

/// What an allowed value of an enum means, one line, in a language. `choice` must be one of the spec's own.
std::string choice_description(const Choice& choice, Lang lang);

/// A word folded for comparing what a user wrote with names and Dutch terms: ASCII lower case,
/// accents taken off Latin letters ("Privé" gives "prive"), and `-`, `_` and spaces left out.
std::string folded_word(std::string_view word);

/// The pattern every id must match, as a regular expression (for the JSON Schema).
inline constexpr std::string_view kIdPattern = "^[A-Za-z0-9][A-Za-z0-9_.-]*$";

/// True when text is a valid id (see kIdPattern).
bool is_valid_id(std::string_view text);

/// The JSON Schema (draft-07) of a kind of file, generated from the spec.
std::string json_schema(FileKind kind);

}  // namespace pop
