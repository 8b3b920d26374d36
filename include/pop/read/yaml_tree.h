#pragma once
/// A strict YAML reader for untrusted input: bytes -> a small tree in which every node knows
/// its line, column and byte span. Built on libyaml's event parser (see docs/decisions.md).

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "pop/base/finding.h"

namespace pop {

/// What a node is.
enum class NodeKind : std::uint8_t { Scalar, Mapping, Sequence };

/// How a scalar was written in the file.
enum class ScalarStyle : std::uint8_t { Plain, SingleQuoted, DoubleQuoted, Literal, Folded };

/// The type a scalar resolves to under the YAML 1.2 core schema (quoted scalars are strings).
enum class ScalarType : std::uint8_t { Null, Bool, Int, Float, String };

/// Index of a node inside its YamlDocument.
using NodeId = std::uint32_t;

/// One node of the tree.
struct YamlNode {
    NodeKind kind = NodeKind::Scalar;          ///< Scalar, mapping or sequence.
    ScalarStyle style = ScalarStyle::Plain;    ///< For scalars: how it was quoted.
    bool flow = false;                         ///< For collections: written in flow style ({} or []).
    bool alias = false;                        ///< An empty stand-in for an alias `*x` (reported, never expanded).
    Span span;                                 ///< Start and (exclusive) end in the file.
    std::string value;                         ///< For scalars: the text after unescaping.
    std::vector<NodeId> children;              ///< Mapping: key, value, key, value...; sequence: items.
};

/// A parsed document: a flat array of nodes; node 0 is the root when the document is not empty.
struct YamlDocument {
    std::vector<YamlNode> nodes;  ///< All nodes; children refer to them by index.

    /// True when the file holds no document at all (empty or only comments).
    bool empty() const { return nodes.empty(); }
    /// The root node; only valid when !empty().
    const YamlNode& root() const { return nodes.front(); }
    /// The node with the given id.
    const YamlNode& node(NodeId id) const { return nodes[id]; }
};

/// Bounds on what the reader accepts, so that hostile input costs bounded time and memory.
struct ReadLimits {
    std::size_t max_bytes = 1u << 20;     ///< Larger input is refused before parsing (input.size).
    std::uint32_t max_depth = 20;         ///< Deeper nesting of collections is refused (yaml.depth).
    std::size_t max_nodes = 100000;       ///< More nodes than this are refused (input.size).
    std::uint32_t max_repairs = 3;        ///< Re-reads after syntax errors with a rewritten line (0: none).
};

/// The result of reading: the tree (possibly partial) and what was wrong with the input.
struct ReadResult {
    YamlDocument doc;               ///< The tree; empty or partial when `fatal` is set.
    std::vector<Finding> findings;  ///< Reader findings, in file order.
    bool fatal = false;             ///< True when the tree must not be used (syntax error and the like).
    /// With `fatal`: `doc` is the whole file read with the lines that the syntax errors' hints
    /// rewrite rewritten in memory (positions are the file's). Only for finding more problems in
    /// the same run; never for edits or reports.
    bool recovered = false;
};

/// Reads one YAML document from bytes. Never throws on bad input; problems become findings. After a
/// syntax error with a rewritten line in its hint, reads on with that line rewritten (see `recovered`).
ReadResult read_yaml(std::string_view bytes, const ReadLimits& limits = {});

/// Resolves a scalar's type under the YAML 1.2 core schema; non-plain scalars are strings.
ScalarType resolve_scalar(const YamlNode& node);

/// How many characters to underline when a finding points at a node: its width when it starts and
/// ends on one line, else 1 (a node over several lines is marked at its start only). Inline: the
/// model asks it for every value it reads.
inline std::uint32_t node_width(const YamlNode& node) {
    if (node.span.end.line == node.span.start.line && node.span.end.column > node.span.start.column)
        return node.span.end.column - node.span.start.column;
    return 1;
}

/// Looks up a key in a mapping node (first match); returns nullptr when absent or not a mapping.
const YamlNode* find_key(const YamlDocument& doc, const YamlNode& mapping, std::string_view key);

}  // namespace pop
