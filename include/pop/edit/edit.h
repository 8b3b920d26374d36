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

#include "pop/read/yaml_tree.h"

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

/// A value to write: a scalar (text), a mapping of fields in the order given, or a list.
struct NewValue {
    std::string scalar;                                  ///< The text, when this is a scalar.
    std::vector<std::pair<std::string, NewValue>> fields; ///< The fields, when this is a mapping.
    bool is_mapping = false;                             ///< A mapping (else a scalar or a list).
    std::vector<NewValue> items;                         ///< The items, when this is a list.
    bool is_list = false;                                ///< A list, always written in flow style: [a, b].
    bool verbatim = false;                               ///< A scalar written exactly as given (no quoting).

    // Declared here and defaulted below the struct: clang with libstdc++ cannot default them
    // while NewValue is incomplete (vector<pair<string, NewValue>> checks its element type).
    NewValue();                                          ///< An empty text scalar.
    NewValue(const NewValue&);                           ///< Copies.
    NewValue(NewValue&&) noexcept;                       ///< Moves.
    NewValue& operator=(const NewValue&);                ///< Copies.
    NewValue& operator=(NewValue&&) noexcept;            ///< Moves.
    ~NewValue();                                         ///< Destroys.

    /// A text scalar: quoted when needed so that it reads back as the same text.
    static NewValue text(std::string value);
    /// A scalar written as it is, for numbers and booleans (`12.5`, `true`); the caller makes sure
    /// it is a valid plain scalar. An empty one writes a new key with no value (`key:`, null).
    static NewValue plain(std::string value);
    /// A mapping value with its fields in order.
    static NewValue mapping(std::vector<std::pair<std::string, NewValue>> fields);
    /// A list of scalars, written in flow style `[a, b]`.
    static NewValue list(std::vector<NewValue> items);
};

// Defined after the struct, where NewValue is a complete type (clang requires it for the vectors).
inline NewValue::NewValue() = default;
inline NewValue::NewValue(const NewValue&) = default;
inline NewValue::NewValue(NewValue&&) noexcept = default;
inline NewValue& NewValue::operator=(const NewValue&) = default;
inline NewValue& NewValue::operator=(NewValue&&) noexcept = default;
inline NewValue::~NewValue() = default;
inline NewValue NewValue::text(std::string value) {
    NewValue v;
    v.scalar = std::move(value);
    return v;
}
inline NewValue NewValue::plain(std::string value) {
    NewValue v = text(std::move(value));
    v.verbatim = true;
    return v;
}
inline NewValue NewValue::mapping(std::vector<std::pair<std::string, NewValue>> fields) {
    NewValue v;
    v.fields = std::move(fields);
    v.is_mapping = true;
    return v;
}
inline NewValue NewValue::list(std::vector<NewValue> items) {
    NewValue v;
    v.items = std::move(items);
    v.is_list = true;
    return v;
}

/// Why an edit could not be planned.
struct EditError {
    std::string message_key;          ///< Catalog key, e.g. "edit.no-such-path".
    std::vector<std::string> detail;  ///< Values for the message: {detail} is the first (a line, a size).
};

/// A scalar as YAML text: plain when that reads back as the same string under YAML 1.2 and 1.1
/// (so `no`, `yes: later`, `#1 doel`, `- x`, `123` are quoted), else double-quoted with escapes.
std::string format_scalar(std::string_view value);

/// How text values are quoted: like most of the text values already in a file.
enum class Quoting : unsigned char { Plain, Single, Double };

/// A scalar as YAML text in a quoting style: double or single quotes always (single only when
/// the text fits in them, else double), Plain as format_scalar (quoted only where needed).
std::string format_scalar(std::string_view value, Quoting quoting);

/// Whether the text written plain reads back as the same string to YAML 1.2 and YAML 1.1
/// readers (PyYAML) alike, in block and in flow context; dates (YYYY-MM-DD) count as safe.
bool plain_reads_the_same(std::string_view value);

/// Like format_scalar, but text with line breaks that a literal block can hold exactly becomes one
/// (`|` or `|-`, its lines indented by `block_indent` spaces, lines joined with `newline`); the
/// result then starts with "|" and is meant to follow "key: ".
std::string format_block_scalar(std::string_view value, std::size_t block_indent, std::string_view newline = "\n");

/// Plans edits of one document. It never changes bytes outside the spans it replaces or the
/// places it inserts at; new lines use the file's line ending (LF or CRLF).
class YamlEditor {
public:
    /// The bytes and their tree (from read_yaml on the same bytes).
    YamlEditor(std::string_view bytes, const YamlDocument& doc);

    /// Sets the value at path: replaces an existing scalar (or, with a list value, an existing
    /// scalar or flow list), fills an empty "key:" (with a mapping too), or adds the key to its mapping.
    /// Every splice is verified before it is returned: the result is read again, and unless the new
    /// value reads back exactly and nothing else changed, the edit is refused (edit.unsupported).
    std::variant<Splice, EditError> set(const NodePath& path, const NewValue& value) const;

    /// Appends an item to the sequence at path; creates the key (as a block sequence) when absent.
    std::variant<Splice, EditError> append(const NodePath& path, const NewValue& item) const;

    /// Inserts an item into the sequence at path before its item `index` (past the end: as
    /// append). A block item goes above the comment lines right before item `index`, written like
    /// the list's first item, with a blank line after it when the items are kept apart by blank
    /// lines. Verified like set: every old item reads back unchanged, one place further on.
    std::variant<Splice, EditError> insert(const NodePath& path, std::size_t index, const NewValue& item) const;

    /// Removes the item at path from its list, or the key at path with its value from a block
    /// mapping: its lines go with the comment lines right above it (and, in a list whose items are
    /// kept apart by blank lines, one blank line); the last item of a block list takes its key
    /// along (or leaves "key: []" when the key cannot go).
    /// Verified like set: every other node reads back unchanged (later items one place back).
    std::variant<Splice, EditError> remove(const NodePath& path) const;

    /// The node at a path, or nullptr.
    const YamlNode* find(const NodePath& path) const;

    /// "\r\n" when the file uses CRLF line endings, else "\n".
    const std::string& newline() const { return newline_; }

    /// Where a node's own text ends: after its last content, before trailing blank lines and
    /// comments (libyaml's end mark of a block collection lies at the next token).
    std::size_t content_end(const YamlNode& node) const;

    /// How the file indents, learned from its first nested block collections (2, 2, 2 by default).
    struct Indentation {
        std::size_t mapping = 2;   ///< Keys of a nested block mapping, relative to its key.
        std::size_t sequence = 2;  ///< The "-" of a block sequence, relative to its key (0: `steps:\n- x`).
        std::size_t item = 2;      ///< An item's content, relative to its "-" (`-   id:` gives 4).
    };

    /// The indentation learned from the file.
    const Indentation& indentation() const { return indentation_; }

    /// The quoting of new text values, learned from the file's text values (plain by default).
    Quoting quoting() const { return quoting_; }

    /// The value to write at (or into the list at) `at`, with a final line break on each text of
    /// several lines that will be a literal block, when most of the file's block texts keep theirs
    /// (`|`, not `|-`), so that new texts are written like them; unchanged in flow style.
    NewValue following_blocks(NewValue value, const NodePath& at) const;

    /// True when every key of the file is double-quoted (a JSON-shaped file): new keys are too.
    bool quoted_keys() const { return quoted_keys_; }

private:
    std::size_t line_end(std::size_t offset) const;  // offset of the line break (or end of file)
    bool keeps_final_breaks(const YamlNode& node) const;  // a block scalar with keep chomping ("|+")
    std::string block(const NewValue& value, std::size_t indent, bool as_sequence_item, bool at_end = false) const;
    std::string block_text(std::string_view value, std::size_t indent, bool at_end) const;  // text after "key: "
    bool open_end(std::size_t offset) const;  // the end of a file without a final line break
    std::size_t value_start(const YamlNode& node, std::size_t end) const;  // past anchors; npos at a tag
    std::variant<Splice, EditError> insert_after_content(std::size_t at, std::string text) const;  // new lines at `at`
    std::variant<Splice, EditError> plan_set(const NodePath& path, const NewValue& value) const;
    std::variant<Splice, EditError> plan_append(const NodePath& path, const NewValue& item) const;
    std::variant<Splice, EditError> plan_insert(const NodePath& path, std::size_t index, const NewValue& item) const;
    std::variant<Splice, EditError> plan_remove(const NodePath& path) const;
    // Where the lines of a block node at `from` (a "-" or a key first on its line) start, with the
    // comment lines right above them.
    std::size_t lines_with_comments_above(std::size_t from) const;
    // The removal planned, when the result reads back as the old tree without the node at path
    // (later items of its list one place back), with the same findings, line endings and final newline.
    std::variant<Splice, EditError> verified_removal(std::variant<Splice, EditError> planned, const NodePath& path) const;
    // Where the items of a block sequence put their "-" (column) and content (that far after the
    // "-"), learned from its first item; false when the first item's "-" cannot be found.
    bool item_layout(const YamlNode& sequence, std::size_t& indent, std::size_t& gap) const;
    // Where a block item's lines start: its "-" line, or the comment lines right above it (a
    // comment belongs to what follows it); npos when its "-" cannot be found.
    std::size_t item_lines_start(const YamlNode& item) const;
    // Whether the line before the one starting at `at` is blank.
    bool blank_line_before(std::size_t at) const;
    // The planned splice when the result reads back with the value in place and every other node,
    // the reader's findings, the line endings and the final newline unchanged; else edit.unsupported.
    // With `inserted`, `edited` is a new item of a list: the items after it moved one place on.
    std::variant<Splice, EditError> verified(std::variant<Splice, EditError> planned, const NodePath& edited,
                                             const NewValue& value, bool inserted = false) const;
    const YamlNode* key_of(const NodePath& path) const;  // the key node of the value at path
    bool key_is_in_block_mapping(const NodePath& path) const;
    std::string new_sequence(const std::string& key, std::size_t key_indent, const NewValue& item, bool at_end) const;
    void learn_indentation();
    void learn_quoting();
    std::string text_scalar(std::string_view value) const;  // a text value in the file's quoting
    std::string key_text(const std::string& key) const;     // a new key, quoted when the file's keys are
    std::size_t line_start(std::size_t offset) const;       // offset of the first byte of its line
    std::size_t dash_of(const YamlNode& item) const;        // the "-" of a block item alone on its line start; npos
    // The line (1-based) of a comment in or right after the node at path (or the mapping a new key
    // goes into), when one is there.
    std::optional<std::size_t> comment_line_near(const NodePath& path) const;
    // edit.unsupported becomes edit.comment (with the line) when a comment is where the edit goes.
    std::variant<Splice, EditError> explained(std::variant<Splice, EditError> result, const NodePath& path) const;
    // New items for a flow list of scalars, keeping the items it starts and ends with; nullopt
    // when the list holds more than scalars (then it is replaced as a whole).
    // What goes between items of a flow collection: ", ", or a comma and a line break when its
    // items are written one a line (JSON as tools write it), indented like the first.
    std::string flow_separator(const YamlNode& collection) const;
    std::optional<Splice> replace_flow_list_items(const YamlNode& list, const NewValue& value) const;
    std::variant<Splice, EditError> replace_block_list(const NodePath& path, const YamlNode& list,
                                                       const NewValue& value) const;
    std::string flow(const NewValue& value) const;
    std::variant<Splice, EditError> add_key(const YamlNode& mapping, const std::string& key, const NewValue& value) const;

    std::string_view bytes_;
    const YamlDocument& doc_;
    std::string newline_;
    bool lone_cr_ = false;  // a CR not followed by LF somewhere (old Mac line ends): edits are refused
    Indentation indentation_;
    Quoting quoting_ = Quoting::Plain;
    bool quoted_keys_ = false;
    bool final_breaks_ = false;  // most block texts keep their final line break
};

/// A unified diff of two texts (3 lines of context), with the given file names in its header;
/// empty when the texts are equal.
std::string unified_diff(std::string_view before, std::string_view after, const std::string& name);

}  // namespace pop
