/// The strict YAML reader: UTF-8 validation, then libyaml's event parser into a flat tree.
///
/// Position conventions (see include/pop/base/finding.h):
///   - line and column are libyaml's 0-based line/column plus one; columns count characters;
///     a UTF-8 BOM at offset 0 is not counted as a column;
///   - offsets are byte offsets into the input (libyaml's mark.index counts characters, so it is
///     translated through OffsetMap below);
///   - line breaks are LF, CR and CRLF. libyaml also treats U+0085 (NEL), U+2028 (LS) and
///     U+2029 (PS) as line breaks (YAML 1.1): it would end a comment there and turn the rest of
///     the line into content, fold them to a space inside quoted scalars, and count lines
///     differently from editors. Those three are therefore refused before libyaml sees them
///     (input.encoding.control), so every line number matches what an editor shows.

#include "pop/read/yaml_tree.h"

#include <yaml.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <fmt/format.h>

#include "pop/base/utf8.h"
#include "pop/read/syntax_errors.h"

namespace pop {
namespace {

/// Translates libyaml's character index into a byte offset. Only characters that take more
/// than one byte are recorded, so pure ASCII input costs nothing.
class OffsetMap {
public:
    void set_bom(std::uint32_t bytes) { bom_ = bytes; }

    /// Records a character of `len` bytes that starts at byte `offset`.
    void add_multibyte(std::uint64_t offset, unsigned len) {
        entries_.push_back({static_cast<std::uint32_t>(offset - bom_ - extra_),
                            static_cast<std::uint32_t>(extra_ + len - 1)});
        extra_ += len - 1;
    }

    std::uint64_t byte_offset(std::uint64_t char_index) {
        if (entries_.empty()) return bom_ + char_index;
        // k = number of multi-byte characters before `char_index`. libyaml's marks nearly
        // always move forward, so start from the previous answer and step; jump otherwise.
        const std::size_t n = entries_.size();
        std::size_t k = hint_;
        if (k > 0 && entries_[k - 1].char_index >= char_index) {
            k = lower(0, k, char_index);
        } else {
            for (int steps = 0; k < n && entries_[k].char_index < char_index; ++k) {
                if (++steps == 8) {
                    k = lower(k, n, char_index);
                    break;
                }
            }
        }
        hint_ = k;
        return bom_ + char_index + (k > 0 ? entries_[k - 1].extra : 0);
    }

private:
    struct Entry {
        std::uint32_t char_index;  ///< libyaml index of a multi-byte character.
        std::uint32_t extra;       ///< Extra bytes (beyond one per character) up to and including it.
    };
    std::size_t lower(std::size_t from, std::size_t to, std::uint64_t char_index) const {
        auto it = std::lower_bound(entries_.begin() + static_cast<std::ptrdiff_t>(from),
                                   entries_.begin() + static_cast<std::ptrdiff_t>(to), char_index,
                                   [](const Entry& e, std::uint64_t ci) { return e.char_index < ci; });
        return static_cast<std::size_t>(it - entries_.begin());
    }
    std::uint64_t bom_ = 0;
    std::uint64_t extra_ = 0;
    std::size_t hint_ = 0;
    std::vector<Entry> entries_;
};

/// The position of a byte offset in valid UTF-8, counted from the start: lines end at LF, CR
/// or CRLF; columns count characters; a BOM at offset 0 is not counted.
Mark mark_at_byte(std::string_view bytes, std::uint64_t offset) {
    Mark m;
    std::size_t i = 0;
    if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;
    const std::size_t stop = std::min<std::uint64_t>(offset, bytes.size());
    for (; i < stop; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\n') {
            ++m.line, m.column = 1;
        } else if (c == '\r') {
            if (!(i + 1 < bytes.size() && bytes[i + 1] == '\n')) ++m.line, m.column = 1;
        } else if (!utf8::is_continuation(c)) {
            ++m.column;
        }
    }
    m.offset = offset;
    return m;
}

Finding encoding_finding(std::string_view key, std::string_view bytes, std::size_t at,
                         std::vector<MessageArg> args = {}) {
    return make_finding(rule::input_encoding, mark_at_byte(bytes, at), key, std::move(args));
}

/// Byte classes for the validation loop: 0 = printable ASCII, tab, LF or CR; 1 = anything else.
struct ByteClasses {
    unsigned char cls[256];
    constexpr ByteClasses() : cls{} {
        for (int c = 0; c < 256; ++c) cls[c] = (c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n' || c == '\r' ? 0 : 1;
    }
};
constexpr ByteClasses kByteClasses;

/// The first index at or after `i` whose byte is not of class 0 (n when there is none); with
/// SSE2, 16 bytes at a time.
std::size_t skip_plain_bytes(const unsigned char* p, std::size_t i, std::size_t n) {
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi8(0x20), del = _mm_set1_epi8(0x7F);
    const __m128i tab = _mm_set1_epi8('\t'), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
    for (; n - i >= 16; i += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        // Signed compare: bytes of 0x80 and above are negative, so "below 0x20" catches them too.
        const __m128i other = _mm_or_si128(_mm_cmplt_epi8(x, space), _mm_cmpeq_epi8(x, del));
        const __m128i allowed =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, tab), _mm_cmpeq_epi8(x, lf)), _mm_cmpeq_epi8(x, cr));
        if (const int mask = _mm_movemask_epi8(_mm_andnot_si128(allowed, other)); mask != 0)
            return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
#endif
    while (i < n && kByteClasses.cls[p[i]] == 0) ++i;
    return i;
}

/// Checks the bytes before libyaml sees them: strict UTF-8 (no overlongs, surrogates, code
/// points above U+10FFFF or truncated sequences), no NUL, no BOM except at offset 0, no
/// UTF-16/32 BOM, no control characters other than tab, LF and CR (libyaml also refuses
/// DEL, C1 controls and U+FFFE/U+FFFF, so those are reported here too; U+2028 and U+2029
/// are refused as well, see the top of this file). Fills `map` on the way. The position of a
/// problem is computed only when there is one.
std::optional<Finding> validate_encoding(std::string_view bytes, OffsetMap& map) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = bytes.size();

    if (n >= 4 && p[0] == 0x00 && p[1] == 0x00 && p[2] == 0xFE && p[3] == 0xFF)
        return make_finding(rule::input_encoding, Mark{}, "input.encoding.utf16", {{"encoding", "UTF-32BE"}});
    if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
        const char* name = p[0] == 0xFE                                  ? "UTF-16BE"
                           : (n >= 4 && p[2] == 0x00 && p[3] == 0x00) ? "UTF-32LE"
                                                                        : "UTF-16LE";
        return make_finding(rule::input_encoding, Mark{}, "input.encoding.utf16", {{"encoding", name}});
    }

    std::size_t i = 0;
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
        i = 3;
        map.set_bom(3);
    }
    auto control = [&](std::uint32_t cp) {
        return encoding_finding("input.encoding.control", bytes, i, {{"code", fmt::format("U+{:04X}", cp)}});
    };
    for (;;) {
        i = skip_plain_bytes(p, i, n);
        if (i == n) break;
        const unsigned c = p[i];
        if (c < 0x80) {
            if (c == 0) return encoding_finding("input.encoding.nul", bytes, i);
            return control(c);
        }
        const utf8::Decoded d = utf8::decode(bytes, i);
        if (d.length == 0) return encoding_finding("input.encoding.utf8", bytes, i);
        const std::uint32_t cp = d.code_point;
        const auto len = static_cast<unsigned>(d.length);
        if (cp == 0xFEFF) return encoding_finding("input.encoding.bom", bytes, i);
        if (cp <= 0x9F || cp == 0xFFFE || cp == 0xFFFF || cp == 0x2028 || cp == 0x2029) return control(cp);
        map.add_multibyte(i, len);
        i += len;
    }
    return std::nullopt;
}

ScalarStyle to_style(yaml_scalar_style_t s) {
    switch (s) {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return ScalarStyle::SingleQuoted;
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return ScalarStyle::DoubleQuoted;
        case YAML_LITERAL_SCALAR_STYLE: return ScalarStyle::Literal;
        case YAML_FOLDED_SCALAR_STYLE: return ScalarStyle::Folded;
        default: return ScalarStyle::Plain;
    }
}

/// How a resolved libyaml tag was probably written (used only when the source scan fails).
std::string display_tag(std::string_view tag) {
    constexpr std::string_view core = "tag:yaml.org,2002:";
    if (tag.starts_with(core)) return "!!" + std::string(tag.substr(core.size()));
    if (tag.starts_with("!")) return std::string(tag);
    return "!<" + std::string(tag) + ">";
}

bool is_anchor_char(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
           c == '-';
}

/// Where the `&anchor` and `!tag` properties of a node are. libyaml gives only the start of
/// the node (the first property), so the properties are found by scanning the source from there.
struct Properties {
    Mark anchor_at;
    Mark tag_at;
    std::string tag_text;  ///< The tag as written; empty when not found.
};

Properties locate_properties(std::string_view b, Mark start) {
    Properties out{start, start, {}};
    Mark m = start;
    std::size_t i = start.offset;
    const std::size_t n = b.size();
    for (int k = 0; k < 2 && i < n; ++k) {
        if (b[i] == '&') {
            out.anchor_at = m;
            ++i, ++m.column;
            while (i < n && is_anchor_char(static_cast<unsigned char>(b[i]))) ++i, ++m.column;
        } else if (b[i] == '!') {
            out.tag_at = m;
            const std::size_t from = i;
            if (i + 1 < n && b[i + 1] == '<') {
                while (i < n && b[i] != '>' && b[i] != '\n' && b[i] != '\r') ++i, ++m.column;
                if (i < n && b[i] == '>') ++i, ++m.column;
            } else {
                while (i < n && b[i] != ' ' && b[i] != '\t' && b[i] != '\n' && b[i] != '\r' && b[i] != ',')
                    ++i, ++m.column;
            }
            out.tag_text.assign(b.substr(from, i - from));
        } else {
            break;
        }
        // Separation between properties: blanks, comments and line breaks.
        while (i < n) {
            const char c = b[i];
            if (c == ' ' || c == '\t') {
                ++i, ++m.column;
            } else if (c == '#') {
                while (i < n && b[i] != '\n' && b[i] != '\r') ++i;
            } else if (c == '\n' || c == '\r') {
                ++i;
                if (c == '\r' && i < n && b[i] == '\n') ++i;
                ++m.line, m.column = 1;
            } else {
                break;
            }
        }
        m.offset = i;
    }
    return out;
}

/// Owns a libyaml parser for the duration of one read.
struct ParserGuard {
    yaml_parser_t parser;
    bool ok;
    ParserGuard() { ok = yaml_parser_initialize(&parser) != 0; }
    ~ParserGuard() {
        if (ok) yaml_parser_delete(&parser);
    }
    ParserGuard(const ParserGuard&) = delete;
    ParserGuard& operator=(const ParserGuard&) = delete;
};

/// Owns one libyaml event.
struct EventGuard {
    yaml_event_t* event;
    ~EventGuard() { yaml_event_delete(event); }
};

constexpr std::size_t kSmallMapping = 16;  ///< Up to this many keys, duplicates are found linearly.

/// Turns the event stream of one read into the flat tree and findings.
class Builder {
public:
    Builder(std::string_view bytes, const ReadLimits& limits, ReadResult& result, OffsetMap& map)
        : bytes_(bytes), limits_(limits), result_(result), map_(map) {}

    void run();
    /// The line rewrite that the syntax error's hint shows, if reading stopped at one.
    const std::optional<LineRepair>& repair() const { return repair_; }
    /// The syntax error reading stopped at (also among the findings), if any.
    const std::optional<Finding>& syntax_error() const { return syntax_error_; }

private:
    struct Frame {
        NodeId id;                 ///< The collection node.
        std::uint32_t child_begin; ///< Where its children start in pending_.
        bool mapping;
    };

    Mark mark(const yaml_mark_t& m) {
        return Mark{static_cast<std::uint32_t>(m.line + 1), static_cast<std::uint32_t>(m.column + 1),
                    map_.byte_offset(m.index)};
    }

    void fatal(Finding f) {
        result_.findings.push_back(std::move(f));
        result_.fatal = true;
    }

    /// True when the next node is a key of the innermost open mapping.
    bool next_is_key() const {
        return !frames_.empty() && frames_.back().mapping &&
               ((pending_.size() - frames_.back().child_begin) & 1u) == 0;
    }

    /// Appends a node that starts at `start`; nullptr (and a fatal finding) when the node
    /// limit is exceeded. The pointer is valid until the next node is added.
    YamlNode* add_node(Mark start, NodeId& id);
    void properties(const yaml_char_t* anchor, const yaml_char_t* tag, Mark start) {
        if (anchor != nullptr || tag != nullptr) report_properties(anchor, tag, start);
    }
    void report_properties(const yaml_char_t* anchor, const yaml_char_t* tag, Mark start);
    bool handle(const yaml_event_t& e);  ///< False when reading must stop.
    void parser_error(const yaml_parser_t& p);
    void check_duplicates(NodeId mapping);
    bool is_alias(NodeId id) const { return std::binary_search(alias_ids_.begin(), alias_ids_.end(), id); }
    void duplicate(NodeId later, NodeId first);

    std::string_view bytes_;
    const ReadLimits& limits_;
    ReadResult& result_;
    OffsetMap& map_;
    std::vector<Frame> frames_;      ///< Open collections, innermost last.
    std::vector<NodeId> pending_;    ///< Children of all open collections, in order.
    std::vector<NodeId> alias_ids_;  ///< Nodes that stand in for aliases (ascending).
    std::vector<NodeId> keys_;       ///< Scratch for duplicate detection.
    int documents_ = 0;
    bool needs_sort_ = false;        ///< Findings were added out of file order.
    std::optional<LineRepair> repair_;  ///< From the syntax error's hint.
    std::optional<Finding> syntax_error_;  ///< A copy of the syntax error's finding.
};

YamlNode* Builder::add_node(Mark start, NodeId& id) {
    auto& nodes = result_.doc.nodes;
    if (nodes.size() >= limits_.max_nodes) {
        fatal(make_finding(rule::input_size, start, "input.size.nodes", {{"limit", std::to_string(limits_.max_nodes)}}));
        return nullptr;
    }
    id = static_cast<NodeId>(nodes.size());
    YamlNode& node = nodes.emplace_back();
    node.span.start = start;
    if (!frames_.empty()) pending_.push_back(id);
    return &node;
}

void Builder::report_properties(const yaml_char_t* anchor, const yaml_char_t* tag, Mark start) {
    const Properties props = locate_properties(bytes_, start);
    auto add_anchor = [&] {
        result_.findings.push_back(make_finding(rule::yaml_anchor, props.anchor_at, "yaml.anchor",
                                                {{"name", reinterpret_cast<const char*>(anchor)}}));
    };
    auto add_tag = [&] {
        std::string text = props.tag_text.empty() ? display_tag(reinterpret_cast<const char*>(tag))
                                                  : props.tag_text;
        result_.findings.push_back(make_finding(rule::yaml_tag, props.tag_at, "yaml.tag", {{"tag", std::move(text)}}));
    };
    // In file order: `!t &a` and `&a !t` are both allowed.
    if (anchor != nullptr && tag != nullptr && props.tag_at.offset < props.anchor_at.offset) {
        add_tag();
        add_anchor();
    } else {
        if (anchor != nullptr) add_anchor();
        if (tag != nullptr) add_tag();
    }
}

void Builder::duplicate(NodeId later, NodeId first) {
    const auto& nodes = result_.doc.nodes;
    result_.findings.push_back(make_finding(rule::yaml_duplicate_key, nodes[later].span.start, "yaml.duplicate-key",
                                            {{"key", nodes[later].value},
                                             {"first_line", std::to_string(nodes[first].span.start.line)}}));
    needs_sort_ = true;
}

void Builder::check_duplicates(NodeId mapping) {
    const auto& nodes = result_.doc.nodes;
    const auto& children = nodes[mapping].children;
    keys_.clear();
    for (std::size_t i = 0; i < children.size(); i += 2) {
        const NodeId k = children[i];
        if (nodes[k].kind == NodeKind::Scalar && !is_alias(k)) keys_.push_back(k);
    }
    if (keys_.size() < 2) return;
    if (keys_.size() <= kSmallMapping) {
        for (std::size_t j = 1; j < keys_.size(); ++j) {
            for (std::size_t i = 0; i < j; ++i) {
                if (nodes[keys_[i]].value == nodes[keys_[j]].value) {
                    duplicate(keys_[j], keys_[i]);
                    break;
                }
            }
        }
        return;
    }
    // Sort by text, then by position (ids grow in file order); equal runs are duplicates.
    std::sort(keys_.begin(), keys_.end(), [&](NodeId a, NodeId b) {
        const int c = nodes[a].value.compare(nodes[b].value);
        return c != 0 ? c < 0 : a < b;
    });
    for (std::size_t i = 0; i < keys_.size();) {
        std::size_t j = i + 1;
        while (j < keys_.size() && nodes[keys_[j]].value == nodes[keys_[i]].value) {
            duplicate(keys_[j], keys_[i]);
            ++j;
        }
        i = j;
    }
}

void Builder::parser_error(const yaml_parser_t& p) {
    SyntaxProblem problem;
    problem.problem = p.problem != nullptr ? p.problem : (p.error == YAML_MEMORY_ERROR ? "out of memory" : "");
    problem.context = p.context != nullptr ? p.context : "";
    if (p.error == YAML_READER_ERROR) {
        problem.at = mark_at_byte(bytes_, p.problem_offset);
    } else if (p.error != YAML_MEMORY_ERROR) {
        problem.at = mark(p.problem_mark);
    }
    problem.context_at = p.context != nullptr && p.error != YAML_READER_ERROR && p.error != YAML_MEMORY_ERROR
                             ? mark(p.context_mark)
                             : problem.at;
    ExplainedSyntaxError explained = explain_syntax_error(bytes_, problem);
    syntax_error_ = explained.finding;
    fatal(std::move(explained.finding));
    repair_ = std::move(explained.repair);
}

bool Builder::handle(const yaml_event_t& e) {
    switch (e.type) {
        case YAML_STREAM_START_EVENT:
        case YAML_DOCUMENT_END_EVENT:
        case YAML_NO_EVENT:
            return true;
        case YAML_STREAM_END_EVENT:
            return false;
        case YAML_DOCUMENT_START_EVENT:
            if (documents_++ > 0) {
                fatal(make_finding(rule::yaml_documents, mark(e.start_mark), "yaml.documents"));
                return false;
            }
            return true;
        case YAML_ALIAS_EVENT: {
            const Mark at = mark(e.start_mark);
            NodeId id = 0;
            YamlNode* node = add_node(at, id);
            if (node == nullptr) return false;
            node->span.end = mark(e.end_mark);
            node->alias = true;
            alias_ids_.push_back(id);
            result_.findings.push_back(make_finding(
                rule::yaml_anchor, at, "yaml.anchor.alias",
                {{"name", reinterpret_cast<const char*>(e.data.alias.anchor)}}));
            return true;
        }
        case YAML_SCALAR_EVENT: {
            const Mark at = mark(e.start_mark);
            NodeId id = 0;
            YamlNode* node = add_node(at, id);
            if (node == nullptr) return false;
            node->style = to_style(e.data.scalar.style);
            node->span.end = mark(e.end_mark);
            node->value.assign(reinterpret_cast<const char*>(e.data.scalar.value), e.data.scalar.length);
            properties(e.data.scalar.anchor, e.data.scalar.tag, at);
            return true;
        }
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT: {
            const bool mapping = e.type == YAML_MAPPING_START_EVENT;
            const Mark at = mark(e.start_mark);
            if (frames_.size() + 1 > limits_.max_depth) {
                fatal(make_finding(rule::yaml_depth, at, "yaml.depth", {{"limit", std::to_string(limits_.max_depth)}}));
                return false;
            }
            const bool key = next_is_key();
            NodeId id = 0;
            YamlNode* node = add_node(at, id);
            if (node == nullptr) return false;
            node->kind = mapping ? NodeKind::Mapping : NodeKind::Sequence;
            node->flow = mapping ? e.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                                 : e.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE;
            if (key) result_.findings.push_back(make_finding(rule::yaml_complex_key, at, "yaml.complex-key"));
            if (mapping) {
                properties(e.data.mapping_start.anchor, e.data.mapping_start.tag, at);
            } else {
                properties(e.data.sequence_start.anchor, e.data.sequence_start.tag, at);
            }
            frames_.push_back(Frame{id, static_cast<std::uint32_t>(pending_.size()), mapping});
            return true;
        }
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT: {
            if (frames_.empty()) return true;  // cannot happen with a well-behaved parser
            const Frame f = frames_.back();
            frames_.pop_back();
            YamlNode& node = result_.doc.nodes[f.id];
            node.span.end = mark(e.end_mark);
            node.children.assign(pending_.begin() + f.child_begin, pending_.end());
            pending_.resize(f.child_begin);
            if (f.mapping) check_duplicates(f.id);
            return true;
        }
    }
    return true;
}

void Builder::run() {
    ParserGuard guard;
    if (!guard.ok) {
        fatal(make_finding(rule::yaml_syntax, Mark{}, "yaml.syntax", {{"problem", "yaml.problem.memory", true}}));
        return;
    }
    yaml_parser_t& parser = guard.parser;
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(bytes_.data()), bytes_.size());

    const std::size_t guess = bytes_.size() / 8 + 8;  // POP files: about one node per 11 bytes
    result_.doc.nodes.reserve(std::min<std::size_t>(guess, limits_.max_nodes));
    pending_.reserve(64);
    frames_.reserve(16);

    for (;;) {
        yaml_event_t event;
        if (yaml_parser_parse(&parser, &event) == 0) {
            parser_error(parser);
            break;
        }
        EventGuard owner{&event};
        if (!handle(event)) break;
    }
    if (needs_sort_) {
        std::stable_sort(result_.findings.begin(), result_.findings.end(),
                         [](const Finding& a, const Finding& b) { return a.at.offset < b.at.offset; });
    }
}

// --- YAML 1.2 core schema -------------------------------------------------------------------

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_octal(char c) { return c >= '0' && c <= '7'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

template <typename Pred>
bool all_of_nonempty(std::string_view s, Pred pred) {
    return !s.empty() && std::all_of(s.begin(), s.end(), pred);
}

bool is_core_int(std::string_view s) {
    if (s.size() > 2 && s[0] == '0' && s[1] == 'o') return all_of_nonempty(s.substr(2), is_octal);
    if (s.size() > 2 && s[0] == '0' && s[1] == 'x') return all_of_nonempty(s.substr(2), is_hex);
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    return all_of_nonempty(s, is_digit);
}

bool is_core_float(std::string_view s) {
    if (s == ".nan" || s == ".NaN" || s == ".NAN") return true;
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    if (s == ".inf" || s == ".Inf" || s == ".INF") return true;
    // ( \.[0-9]+ | [0-9]+ ( \.[0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
    std::size_t i = 0;
    const std::size_t n = s.size();
    std::size_t int_digits = 0;
    while (i < n && is_digit(s[i])) ++i, ++int_digits;
    if (i < n && s[i] == '.') {
        ++i;
        std::size_t frac_digits = 0;
        while (i < n && is_digit(s[i])) ++i, ++frac_digits;
        if (int_digits == 0 && frac_digits == 0) return false;
    } else if (int_digits == 0) {
        return false;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < n && (s[i] == '-' || s[i] == '+')) ++i;
        std::size_t exp_digits = 0;
        while (i < n && is_digit(s[i])) ++i, ++exp_digits;
        if (exp_digits == 0) return false;
    }
    return i == n;
}

// --- Reading on after a syntax error ---------------------------------------------------------

/// Moves a position in the text after `repair` to the text before it. The line count is the same,
/// so only the repaired line and the byte offsets after it change; a position inside the rewritten
/// part of the line goes to where that part starts.
void map_back(Mark& m, const LineRepair& repair) {
    if (m.offset < repair.offset) return;
    const auto before = static_cast<std::int64_t>(repair.before.size());
    const auto after = static_cast<std::int64_t>(repair.after.size());
    if (m.line != repair.line) {
        m.offset = static_cast<std::uint64_t>(static_cast<std::int64_t>(m.offset) - (after - before));
        return;
    }
    std::size_t prefix = 0;
    while (prefix < repair.before.size() && prefix < repair.after.size() && repair.before[prefix] == repair.after[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < repair.before.size() - prefix && suffix < repair.after.size() - prefix &&
           repair.before[repair.before.size() - 1 - suffix] == repair.after[repair.after.size() - 1 - suffix])
        ++suffix;
    const auto r = static_cast<std::int64_t>(m.offset - repair.offset);
    std::int64_t mapped = static_cast<std::int64_t>(prefix);
    if (r <= static_cast<std::int64_t>(prefix)) {
        mapped = r;
    } else if (r >= after - static_cast<std::int64_t>(suffix)) {
        mapped = r - (after - before);
    }
    mapped = std::clamp<std::int64_t>(mapped, 0, before);
    m.offset = repair.offset + static_cast<std::uint64_t>(mapped);
    std::uint32_t column = 1;
    for (std::int64_t i = 0; i < mapped; ++i)
        if (!utf8::is_continuation(static_cast<unsigned char>(repair.before[static_cast<std::size_t>(i)]))) ++column;
    m.column = column;
}

/// Moves a position through all repairs, the last first.
void map_back(Mark& m, const std::vector<LineRepair>& repairs) {
    for (auto it = repairs.rbegin(); it != repairs.rend(); ++it) map_back(m, *it);
}

/// Moves every position of a read of repaired text back to the file as written.
void map_back(ReadResult& read, const std::vector<LineRepair>& repairs) {
    for (auto it = repairs.rbegin(); it != repairs.rend(); ++it) {
        for (Finding& f : read.findings) map_back(f.at, *it);
        for (YamlNode& n : read.doc.nodes) {
            map_back(n.span.start, *it);
            map_back(n.span.end, *it);
        }
    }
}

/// After a syntax error whose hint rewrites a line: reads the text again with that line rewritten
/// in memory (at most limits.max_repairs times, each on a later line), so that the rest of the file
/// is checked too. Every syntax error found stays a fatal finding; when a read finally succeeds, its
/// tree (with the file's positions) becomes `result.doc` and `result.recovered` is set.
void read_on(std::string_view bytes, const ReadLimits& limits, ReadResult& result, const Finding& first_error,
             LineRepair first) {
    std::vector<Finding> errors{first_error};  // the syntax errors, in the file's positions
    std::vector<LineRepair> repairs{std::move(first)};
    std::string text(bytes);
    for (std::uint32_t attempt = 0; attempt < limits.max_repairs; ++attempt) {
        const LineRepair& repair = repairs.back();
        text.replace(repair.offset, repair.before.size(), repair.after);
        if (text.size() > std::numeric_limits<std::uint32_t>::max()) break;
        OffsetMap map;
        if (validate_encoding(text, map)) break;  // cannot happen: only ASCII was added
        ReadResult next;
        Builder builder(text, limits, next, map);
        builder.run();
        map_back(next, repairs);
        if (!next.fatal) {
            next.findings.insert(next.findings.end(), errors.begin(), errors.end());
            result.findings = std::move(next.findings);
            result.doc = std::move(next.doc);
            result.recovered = true;
            break;
        }
        if (!builder.syntax_error()) {  // stopped for another reason (depth, size, a second document)
            next.findings.insert(next.findings.end(), errors.begin(), errors.end());
            result.findings = std::move(next.findings);
            break;
        }
        Finding error = *builder.syntax_error();
        map_back(error.at, repairs);
        std::erase_if(next.findings, [&](const Finding& f) {
            return f.rule == error.rule && f.message == error.message && f.at.offset == error.at.offset;
        });
        // An error on or above a repaired line may come from the repair itself: keep what is known.
        if (error.at.line <= repair.line) break;
        errors.push_back(std::move(error));
        next.findings.insert(next.findings.end(), errors.begin(), errors.end());
        result.findings = std::move(next.findings);
        if (!builder.repair()) break;
        repairs.push_back(*builder.repair());
    }
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const Finding& a, const Finding& b) { return a.at.offset < b.at.offset; });
}

/// Where a comment starts right after a plain value on its line and looks like part of the text
/// (`title: Workshop #3 rekenen`: a `#` after a space, followed by a letter or digit), the offset
/// of the `#`; nullopt otherwise. A comment written as `# ...` (a space after the `#`) is left alone.
std::optional<std::size_t> comment_after(std::string_view bytes, std::size_t from) {
    std::size_t p = from;
    while (p < bytes.size() && (bytes[p] == ' ' || bytes[p] == '\t')) ++p;
    if (p == from || p + 1 >= bytes.size() || bytes[p] != '#') return std::nullopt;
    const auto next = static_cast<unsigned char>(bytes[p + 1]);
    if (next >= 0x80 || (next >= '0' && next <= '9') || (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z'))
        return p;
    return std::nullopt;
}

/// The end of the line that holds `offset` (before a `\r` or `\n`), without trailing blanks.
std::size_t line_end(std::string_view bytes, std::size_t offset) {
    std::size_t end = bytes.find_first_of("\r\n", offset);
    if (end == std::string_view::npos) end = bytes.size();
    while (end > offset && (bytes[end - 1] == ' ' || bytes[end - 1] == '\t')) --end;
    return end;
}

/// The start of the line that holds `offset`.
std::size_t line_start(std::string_view bytes, std::size_t offset) {
    std::size_t start = bytes.find_last_of("\r\n", offset == 0 ? 0 : offset - 1);
    return (start == std::string_view::npos || offset == 0) ? 0 : start + 1;
}

/// yaml.comment-in-text: a plain value of a block mapping whose line goes on with `#text`, which
/// YAML reads as a comment, so that part of what the teacher wrote is silently left out.
void warn_comments_in_text(std::string_view bytes, ReadResult& result) {
    const YamlDocument& doc = result.doc;
    for (const YamlNode& mapping : doc.nodes) {
        if (mapping.kind != NodeKind::Mapping || mapping.flow) continue;
        for (std::size_t i = 0; i + 1 < mapping.children.size(); i += 2) {
            const YamlNode& key = doc.node(mapping.children[i]);
            const YamlNode& value = doc.node(mapping.children[i + 1]);
            if (key.kind != NodeKind::Scalar || value.kind != NodeKind::Scalar || value.style != ScalarStyle::Plain ||
                value.alias)
                continue;
            const bool empty = value.value.empty();
            if (!empty && value.span.start.line != value.span.end.line) continue;  // a text over several lines
            std::size_t from = empty ? static_cast<std::size_t>(key.span.end.offset) : static_cast<std::size_t>(value.span.end.offset);
            if (empty) {  // `key: #3 ...`: past the colon
                while (from < bytes.size() && bytes[from] == ' ') ++from;
                if (from >= bytes.size() || bytes[from] != ':') continue;
                ++from;
            }
            if (from > bytes.size()) continue;
            const auto hash = comment_after(bytes, from);
            if (!hash) continue;
            const std::size_t text_from = empty ? *hash : static_cast<std::size_t>(value.span.start.offset);
            const std::size_t end = line_end(bytes, *hash);
            const std::size_t start = line_start(bytes, text_from);
            std::size_t shown = start;  // the line as shown in the hint, without its indentation
            while (shown < text_from && bytes[shown] == ' ') ++shown;
            std::string prefix(bytes.substr(shown, text_from - shown));
            if (empty) prefix = std::string(bytes.substr(shown, from - shown)) + " ";
            const std::string rewritten = prefix + quote_yaml_text(bytes.substr(text_from, end - text_from));
            Mark at = empty ? key.span.end : value.span.end;  // on the line of the `#`
            for (std::size_t b = static_cast<std::size_t>(at.offset); b < *hash; ++b)
                if (!utf8::is_continuation(static_cast<unsigned char>(bytes[b]))) ++at.column;
            at.offset = *hash;
            result.findings.push_back(make_finding(
                rule::yaml_comment_in_text, at, empty ? "yaml.comment-in-text.empty" : "yaml.comment-in-text",
                {{"field", key.value}, {"value", value.value}, {"line", rewritten}}));
        }
    }
}

}  // namespace

ReadResult read_yaml(std::string_view bytes, const ReadLimits& limits) {
    ReadResult result;
    // The offset map stores 32-bit character indexes, so 4 GiB is a hard ceiling.
    constexpr std::size_t hard_max = std::numeric_limits<std::uint32_t>::max();
    if (bytes.size() > limits.max_bytes || bytes.size() > hard_max) {
        result.findings.push_back(make_finding(rule::input_size, Mark{}, "input.size",
                                               {{"limit", std::to_string(std::min(limits.max_bytes, hard_max))}}));
        result.fatal = true;
        return result;
    }
    OffsetMap map;
    if (auto problem = validate_encoding(bytes, map)) {
        result.findings.push_back(std::move(*problem));
        result.fatal = true;
        return result;
    }
    Builder builder(bytes, limits, result, map);
    builder.run();
    if (result.fatal && builder.repair() && builder.syntax_error() && limits.max_repairs > 0)
        read_on(bytes, limits, result, *builder.syntax_error(), *builder.repair());
    if (!result.fatal) {
        warn_comments_in_text(bytes, result);
        std::stable_sort(result.findings.begin(), result.findings.end(),
                         [](const Finding& a, const Finding& b) { return a.at.offset < b.at.offset; });
    }
    return result;
}

ScalarType resolve_scalar(const YamlNode& node) {
    if (node.kind != NodeKind::Scalar || node.style != ScalarStyle::Plain) return ScalarType::String;
    const std::string_view s = node.value;
    if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return ScalarType::Null;
    if (s == "true" || s == "True" || s == "TRUE" || s == "false" || s == "False" || s == "FALSE")
        return ScalarType::Bool;
    if (is_core_int(s)) return ScalarType::Int;
    if (is_core_float(s)) return ScalarType::Float;
    return ScalarType::String;
}

const YamlNode* find_key(const YamlDocument& doc, const YamlNode& mapping, std::string_view key) {
    if (mapping.kind != NodeKind::Mapping) return nullptr;
    const auto& c = mapping.children;
    for (std::size_t i = 0; i + 1 < c.size(); i += 2) {
        const YamlNode& k = doc.nodes[c[i]];
        if (k.kind == NodeKind::Scalar && k.value == key) return &doc.nodes[c[i + 1]];
    }
    return nullptr;
}

}  // namespace pop
