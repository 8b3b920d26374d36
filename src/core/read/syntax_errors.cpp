/// YAML syntax errors in the user's language, with targeted hints (see the header).
///
/// libyaml's problem and context strings are English and are never shown: every one that libyaml
/// 0.2.5 can produce (src/scanner.c, src/parser.c, src/reader.c) maps to a catalog key, and an
/// unknown one (a newer libyaml) to "yaml.problem.other". The English text stays only in the
/// finding's argument `detail`, which no message uses (docs/decisions.md #12).

#include "pop/read/syntax_errors.h"

#include <algorithm>
#include <array>
#include <tuple>
#include <utility>

namespace pop {
namespace {

struct KeyOf {
    std::string_view libyaml;
    std::string_view key;
};

// Every problem string of libyaml 0.2.5, in source order.
constexpr std::array kProblems{
    // scanner.c
    KeyOf{"found character that cannot start any token", "yaml.problem.bad-start"},
    KeyOf{"could not find expected ':'", "yaml.problem.no-colon"},
    KeyOf{"block sequence entries are not allowed in this context", "yaml.problem.dash-here"},
    KeyOf{"mapping keys are not allowed in this context", "yaml.problem.question-here"},
    KeyOf{"mapping values are not allowed in this context", "yaml.problem.colon-here"},
    KeyOf{"found unknown directive name", "yaml.problem.directive"},
    KeyOf{"did not find expected comment or line break", "yaml.problem.line-end"},
    KeyOf{"could not find expected directive name", "yaml.problem.directive"},
    KeyOf{"found unexpected non-alphabetical character", "yaml.problem.directive"},
    KeyOf{"did not find expected digit or '.' character", "yaml.problem.directive"},
    KeyOf{"found extremely long version number", "yaml.problem.directive"},
    KeyOf{"did not find expected version number", "yaml.problem.directive"},
    KeyOf{"did not find expected whitespace", "yaml.problem.directive"},
    KeyOf{"did not find expected whitespace or line break", "yaml.problem.line-end"},
    KeyOf{"did not find expected alphabetic or numeric character", "yaml.problem.name"},
    KeyOf{"did not find the expected '>'", "yaml.problem.tag"},
    KeyOf{"did not find expected '!'", "yaml.problem.tag"},
    KeyOf{"did not find expected tag URI", "yaml.problem.tag"},
    KeyOf{"did not find URI escaped octet", "yaml.problem.tag"},
    KeyOf{"found an incorrect leading UTF-8 octet", "yaml.problem.tag"},
    KeyOf{"found an incorrect trailing UTF-8 octet", "yaml.problem.tag"},
    KeyOf{"found an indentation indicator equal to 0", "yaml.problem.block-indicator"},
    KeyOf{"found a tab character where an indentation space is expected", "yaml.problem.tab"},
    KeyOf{"found unexpected document indicator", "yaml.problem.document-marker"},
    KeyOf{"found unexpected end of stream", "yaml.problem.end"},
    KeyOf{"found unknown escape character", "yaml.problem.escape"},
    KeyOf{"did not find expected hexdecimal number", "yaml.problem.escape-code"},
    KeyOf{"found invalid Unicode character escape code", "yaml.problem.escape-code"},
    KeyOf{"found unexpected ':'", "yaml.problem.colon-flow"},
    KeyOf{"found a tab character that violates indentation", "yaml.problem.tab"},
    // parser.c
    KeyOf{"did not find expected <stream-start>", "yaml.problem.document"},
    KeyOf{"did not find expected <document start>", "yaml.problem.document"},
    KeyOf{"found undefined tag handle", "yaml.problem.tag"},
    KeyOf{"did not find expected node content", "yaml.problem.no-value"},
    KeyOf{"did not find expected '-' indicator", "yaml.problem.list-item"},
    KeyOf{"did not find expected key", "yaml.problem.key"},
    KeyOf{"did not find expected ',' or ']'", "yaml.problem.flow-sequence"},
    KeyOf{"did not find expected ',' or '}'", "yaml.problem.flow-mapping"},
    KeyOf{"found duplicate %YAML directive", "yaml.problem.directive"},
    KeyOf{"found incompatible YAML document", "yaml.problem.version"},
    KeyOf{"found duplicate %TAG directive", "yaml.problem.directive"},
    // reader.c (the reader checks the encoding first, so these are not expected) and pop itself
    KeyOf{"input error", "yaml.problem.encoding"},
    KeyOf{"invalid leading UTF-8 octet", "yaml.problem.encoding"},
    KeyOf{"incomplete UTF-8 octet sequence", "yaml.problem.encoding"},
    KeyOf{"invalid trailing UTF-8 octet", "yaml.problem.encoding"},
    KeyOf{"invalid length of a UTF-8 sequence", "yaml.problem.encoding"},
    KeyOf{"invalid Unicode character", "yaml.problem.encoding"},
    KeyOf{"incomplete UTF-16 character", "yaml.problem.encoding"},
    KeyOf{"unexpected low surrogate area", "yaml.problem.encoding"},
    KeyOf{"incomplete UTF-16 surrogate pair", "yaml.problem.encoding"},
    KeyOf{"expected low surrogate area", "yaml.problem.encoding"},
    KeyOf{"control characters are not allowed", "yaml.problem.encoding"},
    KeyOf{"input is too long", "yaml.problem.encoding"},
    KeyOf{"out of memory", "yaml.problem.memory"},
};

// Every context string of libyaml 0.2.5.
constexpr std::array kContexts{
    KeyOf{"while scanning a simple key", "yaml.context.key"},
    KeyOf{"while scanning a directive", "yaml.context.directive"},
    KeyOf{"while scanning a %YAML directive", "yaml.context.directive"},
    KeyOf{"while scanning a %TAG directive", "yaml.context.directive"},
    KeyOf{"while parsing a %TAG directive", "yaml.context.directive"},
    KeyOf{"while scanning a tag directive", "yaml.context.directive"},
    KeyOf{"while parsing a tag directive", "yaml.context.directive"},
    KeyOf{"while scanning an anchor", "yaml.context.anchor"},
    KeyOf{"while scanning an alias", "yaml.context.alias"},
    KeyOf{"while scanning a tag", "yaml.context.tag"},
    KeyOf{"while parsing a tag", "yaml.context.tag"},
    KeyOf{"while parsing a node", "yaml.context.value"},
    KeyOf{"while scanning a block scalar", "yaml.context.block-text"},
    KeyOf{"while scanning a quoted scalar", "yaml.context.quoted"},
    KeyOf{"while parsing a quoted scalar", "yaml.context.quoted"},
    KeyOf{"while scanning a plain scalar", "yaml.context.text"},
    KeyOf{"while parsing a block node", "yaml.context.value"},
    KeyOf{"while parsing a flow node", "yaml.context.value"},
    KeyOf{"while parsing a block collection", "yaml.context.list"},
    KeyOf{"while parsing a block mapping", "yaml.context.mapping"},
    KeyOf{"while parsing a flow sequence", "yaml.context.flow-sequence"},
    KeyOf{"while parsing a flow mapping", "yaml.context.flow-mapping"},
    // "while scanning for the next token" marks the problem itself: no context worth naming.
};

bool is_break(char c) { return c == '\n' || c == '\r'; }
bool is_blank(char c) { return c == ' ' || c == '\t'; }

/// The line around byte `offset`: its first byte and the line without its break.
struct Line {
    std::uint64_t offset = 0;
    std::string_view text;
};

Line line_at(std::string_view bytes, std::uint64_t offset) {
    std::size_t at = std::min<std::uint64_t>(offset, bytes.size());
    std::size_t start = at;
    while (start > 0 && !is_break(bytes[start - 1])) --start;
    if (start == 0 && bytes.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
    std::size_t end = std::max(start, at);
    while (end < bytes.size() && !is_break(bytes[end])) ++end;
    return Line{start, bytes.substr(start, end - start)};
}

/// The line before `line` (nullopt for the first line).
std::optional<Line> previous_line(std::string_view bytes, const Line& line) {
    const bool bom = bytes.substr(0, 3) == "\xEF\xBB\xBF";
    if (line.offset == 0 || (bom && line.offset == 3)) return std::nullopt;
    std::size_t end = line.offset - 1;  // the line break that ends the previous line
    if (bytes[end] == '\n' && end > 0 && bytes[end - 1] == '\r') --end;
    std::size_t start = end;
    while (start > 0 && !is_break(bytes[start - 1])) --start;
    if (start == 0 && bom) start = std::min<std::size_t>(3, end);
    return Line{start, bytes.substr(start, end - start)};
}

/// The line after `line` (nullopt for the last line).
std::optional<Line> next_line(std::string_view bytes, const Line& line) {
    std::size_t p = line.offset + line.text.size();
    if (p >= bytes.size()) return std::nullopt;
    if (bytes[p] == '\r' && p + 1 < bytes.size() && bytes[p + 1] == '\n') ++p;
    ++p;
    if (p >= bytes.size()) return std::nullopt;
    return line_at(bytes, p);
}

std::size_t leading_spaces(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && s[i] == ' ') ++i;
    return i;
}

/// Blank or only a comment.
bool is_empty_line(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && is_blank(s[i])) ++i;
    return i == s.size() || s[i] == '#';
}

std::string_view trim_right(std::string_view s) {
    while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
    return s;
}

/// A `key: value` line, split: [0, value) is kept, [value, value_end) is the value as written,
/// [value_end, end) a comment or trailing blanks.
struct KeyValueLine {
    std::size_t indent = 0;     ///< Spaces before the first `- ` or the key.
    std::size_t key = 0;        ///< Where the key starts (after any `- ` markers).
    bool list_item = false;     ///< The line starts with `- `.
    bool field_key = false;     ///< The key looks like a field name: lowercase letters, digits, `_`, `-`.
    std::size_t value = 0;      ///< Where the value starts.
    std::size_t value_end = 0;  ///< Where the value ends (before ` # comment` and trailing blanks).
};

/// Where a plain text that starts at `from` ends: at ` # ` (a comment) or the end of the line.
/// A `#` right after a blank but followed by a non-blank (`#2`, `#havo`) is taken as text.
std::size_t plain_end(std::string_view s, std::size_t from) {
    std::size_t end = s.size();
    for (std::size_t i = from; i + 1 < s.size(); ++i) {
        if (is_blank(s[i]) && s[i + 1] == '#' && (i + 2 == s.size() || is_blank(s[i + 2]))) {
            end = i;
            break;
        }
    }
    return trim_right(s.substr(0, end)).size();
}

std::optional<KeyValueLine> split_key_value(std::string_view s) {
    KeyValueLine out;
    std::size_t i = leading_spaces(s);
    out.indent = i;
    while (i < s.size() && s[i] == '-' && (i + 1 == s.size() || s[i + 1] == ' ')) {
        out.list_item = true;
        ++i;
        while (i < s.size() && s[i] == ' ') ++i;
    }
    out.key = i;
    if (i >= s.size()) return std::nullopt;
    std::size_t colon = std::string_view::npos;
    if (s[i] == '"' || s[i] == '\'') {
        const char q = s[i];
        std::size_t j = i + 1;
        for (; j < s.size(); ++j) {
            if (q == '"' && s[j] == '\\') {
                ++j;
            } else if (s[j] == q) {
                if (q == '\'' && j + 1 < s.size() && s[j + 1] == '\'') {
                    ++j;
                } else {
                    break;
                }
            }
        }
        if (j >= s.size() || j + 1 >= s.size() || s[j + 1] != ':') return std::nullopt;
        colon = j + 1;
    } else {
        if (std::string_view("[]{}#&*!|>'\"%@`?,").find(s[i]) != std::string_view::npos) return std::nullopt;
        for (std::size_t j = i; j < s.size(); ++j) {
            if (s[j] == ':' && (j + 1 == s.size() || is_blank(s[j + 1]))) {
                colon = j;
                break;
            }
            if (is_blank(s[j]) && j + 1 < s.size() && s[j + 1] == '#') return std::nullopt;
        }
        if (colon == std::string_view::npos) return std::nullopt;
        out.field_key = std::all_of(s.begin() + static_cast<std::ptrdiff_t>(i), s.begin() + static_cast<std::ptrdiff_t>(colon),
                                    [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; });
    }
    std::size_t v = colon + 1;
    while (v < s.size() && is_blank(s[v])) ++v;
    if (v >= s.size() || s[v] == '#') return std::nullopt;  // no value on this line
    out.value = v;
    out.value_end = plain_end(s, v);
    if (out.value_end <= out.value) return std::nullopt;
    return out;
}

/// True when the value of `line` (indented `indent`) goes on over the next line (a more indented,
/// non-empty line follows): one rewritten line would not cover it.
bool continues_below(std::string_view bytes, const Line& line, std::size_t indent) {
    std::optional<Line> next = next_line(bytes, line);
    while (next && is_empty_line(next->text)) next = next_line(bytes, *next);
    return next && leading_spaces(next->text) > indent && !next->text.empty() && next->text[leading_spaces(next->text)] != '-';
}

std::string line_text(std::string_view s, std::size_t from, std::size_t to) { return std::string(s.substr(from, to - from)); }

Finding finding(RuleId rule, Mark at, std::string_view key, std::vector<MessageArg> args) {
    return make_finding(rule, at, key, std::move(args));
}

/// A `key: text` or `- text` line whose value YAML cannot read as text at `r` (a byte of the line),
/// rewritten with the value in quotes. `colon`: the problem is a `: ` inside the value.
std::optional<std::string> quoted_value_line(std::string_view bytes, const Line& line, std::size_t r, bool colon) {
    const std::string_view s = line.text;
    std::optional<KeyValueLine> kv = split_key_value(s);
    if (kv && (colon ? r > kv->value : r >= kv->value) && r < kv->value_end) {
        if (continues_below(bytes, line, kv->key)) return std::nullopt;
        // `- Afspraak: twee: drie`: the list item is one text, not a field `Afspraak`.
        const std::size_t from = kv->list_item && !kv->field_key && colon ? kv->key : kv->value;
        return line_text(s, 0, from) + quote_yaml_text(s.substr(from, kv->value_end - from)) +
               line_text(s, kv->value_end, s.size());
    }
    // A list item that is one text: `- Afspraak: twee: drie` is caught above; `- @tekst` here.
    std::size_t i = leading_spaces(s);
    if (i + 1 < s.size() && s[i] == '-' && s[i + 1] == ' ') {
        std::size_t v = i + 1;
        while (v < s.size() && s[v] == ' ') ++v;
        const std::size_t end = plain_end(s, v);
        if (r >= v && r < end && !colon) {
            if (continues_below(bytes, line, v)) return std::nullopt;
            return line_text(s, 0, v) + quote_yaml_text(s.substr(v, end - v)) + line_text(s, end, s.size());
        }
    }
    return std::nullopt;
}

/// True when the content line above `line` ends in a block text header (`|`, `>-`, `|2` ...): the
/// line is part of that text, where a rewritten indentation would change the text.
bool below_block_header(std::string_view bytes, const Line& line) {
    std::optional<Line> prev = previous_line(bytes, line);
    while (prev && is_empty_line(prev->text)) prev = previous_line(bytes, *prev);
    if (!prev) return false;
    std::string_view t = trim_right(prev->text.substr(0, plain_end(prev->text, 0)));
    while (!t.empty() && (t.back() == '-' || t.back() == '+' || (t.back() >= '0' && t.back() <= '9'))) t.remove_suffix(1);
    return !t.empty() && (t.back() == '|' || t.back() == '>');
}

/// The indentation a line with a tab in its indentation should have: that of the previous content
/// line's key, two more when that line opens a block (ends in `:`).
std::size_t intended_indent(std::string_view bytes, const Line& line) {
    std::optional<Line> prev = previous_line(bytes, line);
    while (prev && is_empty_line(prev->text)) prev = previous_line(bytes, *prev);
    if (!prev) return 0;
    const std::string_view t = prev->text;
    std::size_t i = leading_spaces(t);
    while (i < t.size() && t[i] == '-' && (i + 1 == t.size() || t[i + 1] == ' ')) {
        ++i;
        while (i < t.size() && t[i] == ' ') ++i;
    }
    const std::string_view content = trim_right(t.substr(0, plain_end(t, 0)));
    return (!content.empty() && content.back() == ':') ? i + 2 : i;
}

/// The nearest list item above `line` (on line `number`) that is indented differently: its
/// indentation and line number.
std::optional<std::pair<std::size_t, std::uint32_t>> sibling_item(std::string_view bytes, const Line& line,
                                                                  std::uint32_t number) {
    const std::size_t own = leading_spaces(line.text);
    std::optional<Line> prev = previous_line(bytes, line);
    for (std::uint32_t n = 1; prev && n < 200 && n < number; ++n, prev = previous_line(bytes, *prev)) {
        const std::string_view t = prev->text;
        const std::size_t i = leading_spaces(t);
        if (i < t.size() && t[i] == '-' && (i + 1 == t.size() || t[i + 1] == ' ') && i != own)
            return std::pair{i, number - n};
    }
    return std::nullopt;
}

bool starts_item(std::string_view s, std::size_t i) { return i < s.size() && s[i] == '-'; }

/// The generic syntax finding: the problem in words, the hint naming where the context started.
Finding generic(const SyntaxProblem& p) {
    std::vector<MessageArg> args{{"problem", std::string(problem_key(p.problem)), true},
                                 {"detail", p.context.empty() ? p.problem : p.problem + " " + p.context}};
    const std::string_view ctx = context_key(p.context);
    if (!ctx.empty() && p.context_at.line < p.at.line) {
        args.push_back({"context", std::string(ctx), true});
        args.push_back({"context_line", std::to_string(p.context_at.line)});
        return finding(rule::yaml_syntax, p.at, "yaml.syntax.from-line", std::move(args));
    }
    return finding(rule::yaml_syntax, p.at, "yaml.syntax", std::move(args));
}

}  // namespace

std::string_view problem_key(std::string_view problem) {
    for (const KeyOf& k : kProblems)
        if (k.libyaml == problem) return k.key;
    return "yaml.problem.other";
}

std::string_view context_key(std::string_view context) {
    for (const KeyOf& k : kContexts)
        if (k.libyaml == context) return k.key;
    return {};
}

std::string quote_yaml_text(std::string_view text) {
    const bool has_double = text.find('"') != std::string_view::npos;
    const bool has_backslash = text.find('\\') != std::string_view::npos;
    const bool has_single = text.find('\'') != std::string_view::npos;
    std::string out;
    out.reserve(text.size() + 4);
    if (!has_double && !has_backslash) {
        out.push_back('"');
        out += text;
        out.push_back('"');
    } else if (!has_single || !has_backslash) {
        out.push_back('\'');
        for (char c : text) {
            out.push_back(c);
            if (c == '\'') out.push_back('\'');
        }
        out.push_back('\'');
    } else {
        out.push_back('"');
        for (char c : text) {
            if (c == '"' || c == '\\') out.push_back('\\');
            out.push_back(c);
        }
        out.push_back('"');
    }
    return out;
}

ExplainedSyntaxError explain_syntax_error(std::string_view bytes, const SyntaxProblem& p) {
    ExplainedSyntaxError out{make_finding(rule::yaml_syntax, p.at, "yaml.syntax"), std::nullopt};
    const Line line = line_at(bytes, p.at.offset);
    const std::size_t r = static_cast<std::size_t>(std::min<std::uint64_t>(p.at.offset, bytes.size()) - line.offset);
    // The hint shows the rewritten line; without its indentation when that is not the point.
    auto with_repair = [&](RuleId rule, Mark at, std::string_view key, std::vector<MessageArg> args, const Line& l,
                           std::string after, bool show_indent = false) {
        LineRepair repair{at.line, l.offset, std::string(l.text), std::move(after)};
        args.push_back({"rewrite", show_indent ? repair.after : repair.after.substr(leading_spaces(repair.after))});
        out.finding = finding(rule, at, key, std::move(args));
        out.repair = std::move(repair);
    };

    // An unclosed quote: the closing quote goes at the end of the line where the quote opened.
    if (p.context == "while scanning a quoted scalar" &&
        (p.problem == "found unexpected end of stream" || p.problem == "found unexpected document indicator")) {
        const Line open = line_at(bytes, p.context_at.offset);
        std::vector<MessageArg> args{{"line_end", std::to_string(p.at.line)}};
        const std::size_t q = static_cast<std::size_t>(p.context_at.offset - open.offset);
        if (q < open.text.size() && (open.text[q] == '"' || open.text[q] == '\'')) {
            with_repair(rule::yaml_unclosed_quote, p.context_at, "yaml.unclosed-quote", std::move(args), open,
                        std::string(trim_right(open.text)) + open.text[q]);
        } else {
            out.finding = finding(rule::yaml_unclosed_quote, p.context_at, "yaml.unclosed-quote.plain", std::move(args));
        }
        return out;
    }

    // A tab in the indentation: the line with spaces instead.
    if (p.at.offset < bytes.size() && bytes[p.at.offset] == '\t') {
        std::size_t i = 0;
        while (i < line.text.size() && is_blank(line.text[i])) ++i;
        if (r < i && i < line.text.size() && !below_block_header(bytes, line) &&
            p.context != "while scanning a block scalar") {
            with_repair(rule::yaml_tab, p.at, "yaml.tab", {}, line,
                        std::string(intended_indent(bytes, line), ' ') + std::string(line.text.substr(i)), true);
        } else {
            out.finding = finding(rule::yaml_tab, p.at, "yaml.tab.inside", {});
        }
        return out;
    }

    // A list item at the wrong indentation, or `-text` without a space.
    const std::size_t own = leading_spaces(line.text);
    if ((p.problem == "did not find expected '-' indicator" || p.problem == "did not find expected key") &&
        starts_item(line.text, own) && r == own) {
        const bool dash_glued = own + 1 < line.text.size() && line.text[own + 1] != ' ';
        std::optional<std::size_t> indent;
        std::uint32_t sibling_line = p.context_at.line;
        if (p.problem == "did not find expected '-' indicator") {
            const Line ctx = line_at(bytes, p.context_at.offset);
            const std::size_t c = static_cast<std::size_t>(p.context_at.offset - ctx.offset);
            if (c < ctx.text.size() && ctx.text[c] == '-') indent = c;
        } else if (!dash_glued) {
            if (auto sibling = sibling_item(bytes, line, p.at.line)) std::tie(indent, sibling_line) = *sibling;
        }
        if (dash_glued && p.problem == "did not find expected '-' indicator" && indent && *indent == own) {
            with_repair(rule::yaml_syntax, p.at, "yaml.syntax.list-dash", {}, line,
                        line_text(line.text, 0, own + 1) + " " + line_text(line.text, own + 1, line.text.size()), true);
            return out;
        }
        if (indent && *indent != own && !dash_glued) {
            std::vector<MessageArg> args{{"sibling_line", std::to_string(sibling_line)}};
            with_repair(rule::yaml_syntax, p.at, "yaml.syntax.list-indent", std::move(args), line,
                        std::string(*indent, ' ') + std::string(line.text.substr(own)), true);
            return out;
        }
    }

    // A `: ` inside a text: the text in quotes.
    if (p.problem == "mapping values are not allowed in this context" && r < line.text.size() && line.text[r] == ':') {
        if (auto after = quoted_value_line(bytes, line, r, true)) {
            with_repair(rule::yaml_syntax, p.at, "yaml.syntax.colon", {}, line, std::move(*after));
            return out;
        }
    }

    // A text that YAML reads as something else (`@`, `` ` ``, `*`, `&`, `!`, `|`, `>` at its start,
    // text after a closing quote or bracket): the text in quotes.
    if (p.problem != "mapping values are not allowed in this context" && p.context != "while parsing a flow sequence" &&
        p.context != "while parsing a flow mapping" && p.context != "while parsing a quoted scalar") {
        if (auto after = quoted_value_line(bytes, line, r, false)) {
            std::vector<MessageArg> args{{"problem", std::string(problem_key(p.problem)), true}};
            with_repair(rule::yaml_syntax, p.at, "yaml.syntax.quote", std::move(args), line, std::move(*after));
            return out;
        }
    }

    out.finding = generic(p);
    return out;
}

}  // namespace pop
