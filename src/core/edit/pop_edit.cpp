#include "pop/edit/pop_edit.h"

#include "pop/format/validate.h"

namespace pop {

const YamlNode* find_node(const YamlDocument& doc, const NodePath& path) {
    if (doc.empty()) return nullptr;
    const YamlNode* node = &doc.root();
    for (const PathStep& step : path) {
        if (const auto* key = std::get_if<std::string>(&step)) {
            if (node->kind != NodeKind::Mapping) return nullptr;
            node = find_key(doc, *node, *key);
        } else {
            std::size_t index = std::get<std::size_t>(step);
            if (node->kind != NodeKind::Sequence || index >= node->children.size()) return nullptr;
            node = &doc.node(node->children[index]);
        }
        if (!node) return nullptr;
    }
    return node;
}

std::string scalar_at(const YamlDocument& doc, const NodePath& path) {
    const YamlNode* node = find_node(doc, path);
    return node && node->kind == NodeKind::Scalar ? node->value : std::string();
}

std::vector<std::string> goal_ids(const YamlDocument& doc) {
    std::vector<std::string> ids;
    const YamlNode* goals = find_node(doc, {std::string("goals")});
    if (!goals || goals->kind != NodeKind::Sequence) return ids;
    for (NodeId child : goals->children) {
        const YamlNode& g = doc.node(child);
        const YamlNode* id = g.kind == NodeKind::Mapping ? find_key(doc, g, "id") : nullptr;
        ids.push_back(id && id->kind == NodeKind::Scalar ? id->value : std::string());
    }
    return ids;
}

std::variant<std::size_t, UsageProblem> find_goal(const std::vector<std::string>& ids, const std::string& arg,
                                                  const std::string& path) {
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (ids[i] == arg) return i;
    if (!arg.empty() && arg.find_first_not_of("0123456789") == std::string::npos && arg.size() < 6) {
        std::size_t n = std::stoul(arg);
        if (n >= 1 && n <= ids.size()) return n - 1;
    }
    if (ids.empty()) return UsageProblem{"edit.no-goals", {{"path", path}}, {}, {}};
    std::vector<std::string_view> candidates(ids.begin(), ids.end());
    std::string list;
    for (const std::string& id : ids) list += (list.empty() ? "" : ", ") + id;
    std::string_view hit = suggest(arg, candidates);
    std::vector<MessageArg> args{{"goal", arg}, {"path", path}, {"goals", list}};
    if (!hit.empty()) args.push_back({"suggestion", std::string(hit)});
    return UsageProblem{hit.empty() ? "edit.no-goal" : "edit.no-goal.suggest", std::move(args), {}, {}};
}

std::optional<PopEdit> PopEdit::start(std::string bytes) {
    ReadResult tree = read_yaml(bytes);
    if (tree.fatal || tree.doc.empty() || tree.doc.root().kind != NodeKind::Mapping) return std::nullopt;
    PopEdit edit;
    edit.original_ = bytes;
    edit.bytes_ = std::move(bytes);
    edit.doc_ = std::move(tree.doc);
    return edit;
}

std::optional<EditError> PopEdit::apply(
    const std::function<std::variant<Splice, EditError>(const YamlEditor&)>& plan) {
    if (doc_.empty()) return std::nullopt;  // an earlier edit made the bytes unreadable: the check refuses them
    YamlEditor editor(bytes_, doc_);
    auto planned = plan(editor);
    if (auto* error = std::get_if<EditError>(&planned)) return std::move(*error);
    bytes_ = apply_splices(bytes_, {std::get<Splice>(planned)});
    ReadResult tree = read_yaml(bytes_);
    doc_ = tree.fatal ? YamlDocument{} : std::move(tree.doc);
    return std::nullopt;
}

std::optional<EditError> PopEdit::set(const NodePath& path, const NewValue& value) {
    return apply([&](const YamlEditor& e) { return e.set(path, e.following_blocks(value, path)); });
}

std::optional<EditError> PopEdit::append(const NodePath& path, const NewValue& item) {
    return apply([&](const YamlEditor& e) { return e.append(path, e.following_blocks(item, path)); });
}

std::optional<EditError> PopEdit::insert(const NodePath& path, std::size_t index, const NewValue& item) {
    return apply([&](const YamlEditor& e) { return e.insert(path, index, e.following_blocks(item, path)); });
}

std::optional<EditError> PopEdit::remove(const NodePath& path) {
    return apply([&](const YamlEditor& e) { return e.remove(path); });
}

}  // namespace pop
