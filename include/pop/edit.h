#pragma once
/// Editing a YAML file without disturbing a byte it does not mean to change: edits are byte
/// splices computed from the positions the reader keeps, and new content follows the indentation,
/// style and line endings around it.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "pop/yaml_tree.h"

namespace pop {

/// Replace `length` bytes at `offset` with `text`.
struct Splice {
    std::size_t offset = 0;  ///< Where, in bytes.
    std::size_t length = 0;  ///< How many bytes go.
    std::string text;        ///< What comes in their place.
};

/// Applies non-overlapping splices (any order) to bytes.
std::string apply_splices(std::string_view bytes, std::vector<Splice> splices);

/// One step of a path into a document: a mapping key or a sequence index.
using PathStep = std::variant<std::string, std::size_t>;

/// A path from the root, e.g. {"goals", 1, "status"}.
using NodePath = std::vector<PathStep>;

/// A value to write: a scalar (text), or a mapping of fields in the order given.
struct NewValue {
    std::string scalar;                                  ///< The text, when this is a scalar.
    std::vector<std::pair<std::string, NewValue>> fields; ///< The fields, when this is a mapping.
    bool is_mapping = false;                             ///< Which of the two.

    /// A scalar value.
    static NewValue text(std::string value) { return NewValue{std::move(value), {}, false}; }
    /// A mapping value with its fields in order.
    static NewValue mapping(std::vector<std::pair<std::string, NewValue>> fields) {
        return NewValue{{}, std::move(fields), true};
    }
};

/// Why an edit could not be planned.
struct EditError {
    std::string message_key;          ///< Catalog key, e.g. "edit.no-such-path".
    std::vector<std::string> detail;  ///< Values for the message (the path, the key...).
};

/// A scalar as YAML text: plain when that reads back as the same string under YAML 1.2 and 1.1
/// (so `no`, `yes: later`, `#1 doel`, `- x`, `123` are quoted), else double-quoted with escapes.
/// Text with line breaks becomes a literal block when `block_indent` is given.
std::string format_scalar(std::string_view value);

/// Plans edits of one document. It never changes bytes outside the spans it replaces or the
/// places it inserts at; new lines use the file's line ending (LF or CRLF).
class YamlEditor {
public:
    /// The bytes and their tree (from read_yaml on the same bytes).
    YamlEditor(std::string_view bytes, const YamlDocument& doc);

    /// Sets the value at path: replaces an existing scalar, or adds the key to its mapping.
    std::variant<Splice, EditError> set(const NodePath& path, const NewValue& value) const;

    /// Appends an item to the sequence at path; creates the key (as a block sequence) when absent.
    std::variant<Splice, EditError> append(const NodePath& path, const NewValue& item) const;

    /// The node at a path, or nullptr.
    const YamlNode* find(const NodePath& path) const;

    /// "\r\n" when the file uses CRLF line endings, else "\n".
    const std::string& newline() const { return newline_; }

private:
    std::size_t line_start(std::size_t offset) const;
    std::size_t line_end(std::size_t offset) const;  // offset of the line break (or end of file)
    std::size_t content_end(const YamlNode& node) const;
    std::string block(const NewValue& value, std::size_t indent, bool as_sequence_item) const;
    std::string flow(const NewValue& value) const;
    std::variant<Splice, EditError> add_key(const YamlNode& mapping, const std::string& key, const NewValue& value) const;

    std::string_view bytes_;
    const YamlDocument& doc_;
    std::string newline_;
};

/// A unified diff of two texts (3 lines of context), with the given file names in its header;
/// empty when the texts are equal.
std::string unified_diff(std::string_view before, std::string_view after, const std::string& name);

}  // namespace pop
