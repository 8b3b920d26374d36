#pragma once
/// One POP being edited in memory: its bytes as read, the bytes with the edits applied so far and
/// their tree. Each edit is planned by YamlEditor on the current bytes and applied; the tree is read
/// again so that the next edit plans on the result. Touches no files.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "pop/edit/arguments.h"
#include "pop/edit/edit.h"
#include "pop/read/yaml_tree.h"

namespace pop {

/// A value to set at a path (YamlEditor::set).
struct ValueAt {
    NodePath path;   ///< The node that is set.
    NewValue value;  ///< Its new value.
};

/// The node at a path of a document (keys and list indexes from the root), or nullptr.
const YamlNode* find_node(const YamlDocument& doc, const NodePath& path);

/// The text of the scalar at a path, or empty.
std::string scalar_at(const YamlDocument& doc, const NodePath& path);

/// The ids of the goals of a POP, in order (empty text for a goal without one).
std::vector<std::string> goal_ids(const YamlDocument& doc);

/// The index of the goal named by `arg`: its id, or its 1-based number; else a problem that names
/// the POP at `path`, lists the goals and suggests the closest id.
std::variant<std::size_t, UsageProblem> find_goal(const std::vector<std::string>& ids, const std::string& arg,
                                                  const std::string& path);

/// A POP's bytes with the edits made so far.
class PopEdit {
public:
    /// Starts from the bytes as read; nullopt when they are not a readable YAML mapping.
    static std::optional<PopEdit> start(std::string bytes);

    const std::string& original() const { return original_; }  ///< The bytes as read.
    const std::string& bytes() const { return bytes_; }        ///< With the edits applied so far.
    const YamlDocument& doc() const { return doc_; }           ///< Tree of bytes(); empty when they no longer read.
    bool changed() const { return bytes_ != original_; }       ///< Whether the bytes differ from those read.

    /// The node at a path in the current tree, or nullptr.
    const YamlNode* find(const NodePath& path) const { return find_node(doc_, path); }

    /// The text of the scalar at a path, or empty.
    std::string scalar(const NodePath& path) const { return scalar_at(doc_, path); }

    /// Plans one edit on the current bytes and applies it; the error when the engine cannot make
    /// it. After an edit that leaves the bytes unreadable, the tree is empty and further edits do nothing.
    std::optional<EditError> apply(const std::function<std::variant<Splice, EditError>(const YamlEditor&)>& plan);

    /// Sets a value (YamlEditor::set), written like the file's other block texts.
    std::optional<EditError> set(const NodePath& path, const NewValue& value);

    /// Appends an item (YamlEditor::append).
    std::optional<EditError> append(const NodePath& path, const NewValue& item);

    /// Inserts an item before item `index` of a list (YamlEditor::insert).
    std::optional<EditError> insert(const NodePath& path, std::size_t index, const NewValue& item);

    /// Removes a list item or a key with its value (YamlEditor::remove).
    std::optional<EditError> remove(const NodePath& path);

private:
    PopEdit() = default;

    std::string original_;
    std::string bytes_;
    YamlDocument doc_;
};

}  // namespace pop
