#include "pop/format/validate.h"
#include "pop/base/strings.h"
#include "pop/base/text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <initializer_list>
#include <string>
#include <tuple>
#include <unordered_map>

#include "pop/base/date.h"

namespace pop {
namespace {

std::string_view found_kind(const YamlNode& node) {
    if (node.kind == NodeKind::Mapping) return "kind.mapping";
    if (node.kind == NodeKind::Sequence) return "kind.list";
    switch (resolve_scalar(node)) {
        case ScalarType::Null: return "kind.null";
        case ScalarType::Bool: return "kind.boolean";
        case ScalarType::Int:
        case ScalarType::Float: return "kind.number";
        case ScalarType::String: break;
    }
    return "kind.text";
}

const ObjectSpec& log_entry_spec() { return *find_field(spec_for(FileKind::Pop), "log")->type.object; }

class Validator {
public:
    Validator(const YamlDocument& doc, std::vector<Finding>& out) : doc_(doc), out_(out) {}

    void object(const YamlNode& node, const ObjectSpec& spec, std::string_view field) {
        if (node.kind != NodeKind::Mapping) {
            wrong_type(node, field, "structure.type.object");
            return;
        }
        std::vector<bool> seen(spec.fields.size(), false);
        for (std::size_t i = 0; i + 1 < node.children.size(); i += 2) {
            const YamlNode& key = doc_.node(node.children[i]);
            const YamlNode& value = doc_.node(node.children[i + 1]);
            if (key.kind != NodeKind::Scalar) continue;  // reported by the reader (yaml.complex-key)
            std::size_t j = 0;
            while (j < spec.fields.size() && spec.fields[j].key != key.value) ++j;
            if (j == spec.fields.size()) {
                unknown_key(key, spec);
                continue;
            }
            if (seen[j]) continue;  // a duplicate key: the reader reported it; only the first is checked
            seen[j] = true;
            const FieldSpec& f = spec.fields[j];
            this->value(value, f.type, f.type.type, f.key);
        }
        for (std::size_t j = 0; j < spec.fields.size(); ++j)
            if (spec.fields[j].required && !seen[j])
                add(rule::structure_required, node.span.start, "structure.required",
                    {{"field", std::string(spec.fields[j].key)}}, 1);
        // An entry of a log (logboek) records time, money or both: hours or euros is required.
        if (&spec == &log_entry_spec() && !written(node, spec, "hours") && !written(node, spec, "euros"))
            add(rule::structure_required, node.span.start, "structure.required.either",
                {{"first", "hours"}, {"second", "euros"}}, 1);
    }

private:
    // Whether the mapping has `key` (whatever its value), or a misspelling of it that is already
    // reported as "did you mean `key`?".
    bool written(const YamlNode& node, const ObjectSpec& spec, std::string_view key) const {
        for (std::size_t i = 0; i + 1 < node.children.size(); i += 2) {
            const YamlNode& k = doc_.node(node.children[i]);
            if (k.kind != NodeKind::Scalar) continue;
            if (k.value == key || (!find_field(spec, k.value) && suggest_key(k.value, spec) == key)) return true;
        }
        return false;
    }

    void add(RuleId rule, Mark at, std::string_view message, std::vector<MessageArg> args,
             std::uint32_t width) {
        Finding f = make_finding(rule, at, message, std::move(args));
        f.width = width;
        out_.push_back(std::move(f));
    }

    void wrong_type(const YamlNode& node, std::string_view field, std::string_view message) {
        std::string shown = node.kind == NodeKind::Scalar ? node.value : std::string();
        add(rule::structure_type, node.span.start, message,
            {{"field", std::string(field)}, {"value", shown}, {"found", std::string(found_kind(node)), true}},
            node_width(node));
    }

    void unknown_key(const YamlNode& key, const ObjectSpec& spec) {
        std::string_view hit = suggest_key(key.value, spec);
        std::vector<std::string_view> keys;
        for (const FieldSpec& f : spec.fields) keys.push_back(f.key);
        std::string known = join(keys);
        if (hit.empty())
            add(rule::structure_unknown_key, key.span.start, "structure.unknown-key",
                {{"key", key.value}, {"known", known}}, node_width(key));
        else
            add(rule::structure_unknown_key, key.span.start, "structure.unknown-key.suggest",
                {{"key", key.value}, {"suggestion", std::string(hit)}, {"known", known}}, node_width(key));
    }

    // True when the node is a scalar with a value; reports null and collections otherwise.
    bool scalar_with_value(const YamlNode& node, std::string_view field) {
        if (node.kind != NodeKind::Scalar) {
            wrong_type(node, field, "structure.type.scalar");
            return false;
        }
        if (resolve_scalar(node) == ScalarType::Null) {
            add(rule::structure_empty, node.span.start, "structure.empty", {{"field", std::string(field)}}, 1);
            return false;
        }
        return true;
    }

    bool text(const YamlNode& node, std::string_view field) {
        if (!scalar_with_value(node, field)) return false;
        if (resolve_scalar(node) != ScalarType::String) {
            wrong_type(node, field, "structure.type.text");
            return false;
        }
        if (is_blank_text(node.value)) {
            add(rule::structure_empty, node.span.start, "structure.empty", {{"field", std::string(field)}},
                node_width(node));
            return false;
        }
        return true;
    }

    void value(const YamlNode& node, const TypeSpec& type, ValueType as, std::string_view field) {
        if (node.alias) return;  // the reader reported the alias; its stand-in has no value to judge
        switch (as) {
            case ValueType::Object: object(node, *type.object, field); return;
            case ValueType::List: list(node, type, field); return;
            case ValueType::Text: text(node, field); return;
            case ValueType::Id:
                if (text(node, field) && !is_valid_id(node.value))
                    add(rule::structure_id, node.span.start, "structure.id", {{"field", std::string(field)}, {"value", node.value}},
                        node_width(node));
                return;
            case ValueType::Date: date(node, field); return;
            case ValueType::Integer:
            case ValueType::Number: number(node, type, as, field); return;
            case ValueType::Boolean:
                if (scalar_with_value(node, field) && resolve_scalar(node) != ScalarType::Bool)
                    wrong_type(node, field, "structure.type.boolean");
                return;
            case ValueType::Enum: choice(node, type, field); return;
            case ValueType::Version: {
                if (!scalar_with_value(node, field)) return;
                const bool known = node.value == kFormatVersionText;  // the right digits, perhaps in quotes
                if (resolve_scalar(node) != ScalarType::Int || !known)
                    add(rule::structure_version, node.span.start,
                        known ? "structure.version.quoted" : "structure.version", {{"value", node.value}},
                        node_width(node));
                return;
            }
        }
    }

    void date(const YamlNode& node, std::string_view field) {
        if (!scalar_with_value(node, field)) return;
        DateParse parsed = parse_date(node.value);
        if (parsed.date) {
            if (resolve_scalar(node) != ScalarType::String)  // cannot happen for YYYY-MM-DD; kept for safety
                wrong_type(node, field, "structure.type.text");
            return;
        }
        std::uint32_t width = node_width(node);
        if (parsed.error == DateError::Invalid) {
            if (parsed.month_days == 0)
                add(rule::dates_invalid, node.span.start, "dates.invalid.month", {{"value", node.value}}, width);
            else
                add(rule::dates_invalid, node.span.start, "dates.invalid.day",
                    {{"value", node.value},
                     {"month", "month." + std::to_string(std::stoi(node.value.substr(5, 2))), true},
                     {"year", node.value.substr(0, 4)},
                     {"days", std::to_string(parsed.month_days)}},
                    width);
            return;
        }
        if (!parsed.suggestion.empty())
            add(rule::dates_format, node.span.start, "dates.format.suggest",
                {{"value", node.value}, {"suggestion", parsed.suggestion}}, width);
        else
            add(rule::dates_format, node.span.start, "dates.format", {{"value", node.value}}, width);
    }

    void number(const YamlNode& node, const TypeSpec& type, ValueType as, std::string_view field) {
        if (!scalar_with_value(node, field)) return;
        std::optional<double> v = parse_number(node, as);
        bool too_large = v && (std::isinf(*v) || (type.maximum != 0 && *v > type.maximum));
        if (!v || (std::isinf(*v) && type.maximum == 0)) {
            not_a_number(node, type, as, field);
        } else if (*v < type.minimum) {
            add(rule::structure_type, node.span.start, "structure.type.min",
                {{"field", std::string(field)}, {"value", node.value}, {"minimum", std::to_string(type.minimum)}},
                node_width(node));
        } else if (too_large) {
            add(rule::structure_type, node.span.start, "structure.type.max",
                {{"field", std::string(field)}, {"value", node.value}, {"maximum", std::to_string(type.maximum)}},
                node_width(node));
        } else if (type.money && resolve_scalar(node) == ScalarType::Float && looks_like_thousands_point(node.value)) {
            std::size_t point = node.value.find('.');
            std::string euros = node.value.substr(0, point), cents = node.value.substr(point + 1);
            if (cents.back() == '0') cents.pop_back();  // 2.450 is €2.45
            add(rule::structure_thousands_point, node.span.start, "structure.thousands-point",
                {{"field", std::string(field)}, {"value", node.value}, {"euros", euros}, {"cents", cents},
                 {"suggestion", euros + node.value.substr(point + 1)}},
                node_width(node));
        }
    }

    // A number field holds text, or a YAML value that is no number pop reads (hex, .nan): the hint
    // shows the value rewritten when it is a number as people write them (12,5 or € 2.450).
    void not_a_number(const YamlNode& node, const TypeSpec& type, ValueType as, std::string_view field) {
        std::optional<std::string> rewritten;
        if (as == ValueType::Number && node.kind == NodeKind::Scalar) rewritten = rewritten_number(node.value, type.money);
        if (!rewritten) {
            wrong_type(node, field, as == ValueType::Integer ? "structure.type.integer" : "structure.type.number");
            return;
        }
        add(rule::structure_type, node.span.start, "structure.type.number.suggest",
            {{"field", std::string(field)}, {"value", node.value}, {"suggestion", *rewritten}}, node_width(node));
    }

    void choice(const YamlNode& node, const TypeSpec& type, std::string_view field) {
        if (!text(node, field)) return;
        for (const Choice& c : type.choices)
            if (c.value == node.value) return;
        std::vector<std::string_view> values;
        for (const Choice& c : type.choices) values.push_back(c.value);
        std::string choices = join(values);
        std::string_view hit = suggest_choice(node.value, type.choices);
        if (hit.empty())
            add(rule::structure_enum, node.span.start, "structure.enum",
                {{"field", std::string(field)}, {"value", node.value}, {"choices", choices}}, node_width(node));
        else
            add(rule::structure_enum, node.span.start, "structure.enum.suggest",
                {{"field", std::string(field)}, {"value", node.value}, {"choices", choices},
                 {"suggestion", std::string(hit)}},
                node_width(node));
    }

    void list(const YamlNode& node, const TypeSpec& type, std::string_view field) {
        if (node.kind != NodeKind::Sequence) {
            if (node.kind == NodeKind::Scalar && resolve_scalar(node) == ScalarType::Null) {
                add(rule::structure_empty, node.span.start, "structure.empty", {{"field", std::string(field)}}, 1);
                return;
            }
            wrong_type(node, field, "structure.type.list");
            return;
        }
        for (NodeId child : node.children) value(doc_.node(child), type, type.item, field);
        if (type.item == ValueType::Object && find_field(*type.object, "id")) duplicate_ids(node, field);
    }

    void duplicate_ids(const YamlNode& list, std::string_view field) {
        std::unordered_map<std::string_view, std::uint32_t> first_line;
        for (NodeId child : list.children) {
            const YamlNode& item = doc_.node(child);
            if (item.kind != NodeKind::Mapping) continue;
            const YamlNode* id = find_key(doc_, item, "id");
            if (!id || id->kind != NodeKind::Scalar || id->value.empty()) continue;
            auto [it, inserted] = first_line.emplace(id->value, id->span.start.line);
            if (!inserted)
                add(rule::structure_duplicate_id, id->span.start, "structure.duplicate-id",
                    {{"id", id->value}, {"field", std::string(field)}, {"first_line", std::to_string(it->second)}},
                    node_width(*id));
        }
    }

    const YamlDocument& doc_;
    std::vector<Finding>& out_;
};

}  // namespace

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Leading and trailing spaces, also the no-break spaces a word processor puts after `€`.
std::string_view trim_spaces(std::string_view s) {
    for (bool again = true; again && !s.empty();) {
        again = false;
        for (std::string_view space : {" ", "\t", "\xc2\xa0", "\xe2\x80\xaf"}) {
            if (s.starts_with(space)) s.remove_prefix(space.size()), again = true;
            if (s.ends_with(space)) s.remove_suffix(space.size()), again = true;
        }
    }
    return s;
}

// Removes the first of `words` that `s` starts with (at_end: ends with), ignoring ASCII case.
void strip_word(std::string_view& s, std::initializer_list<std::string_view> words, bool at_end) {
    for (std::string_view w : words) {
        if (s.size() < w.size()) continue;
        std::string_view part = at_end ? s.substr(s.size() - w.size()) : s.substr(0, w.size());
        if (ascii_lower(part) != w) continue;
        if (at_end) s.remove_suffix(w.size());
        else s.remove_prefix(w.size());
        s = trim_spaces(s);
        return;
    }
}

}  // namespace

std::optional<double> parse_number(const YamlNode& node, ValueType as) {
    if (node.kind != NodeKind::Scalar) return std::nullopt;
    ScalarType t = resolve_scalar(node);
    if (as == ValueType::Integer ? t != ScalarType::Int : (t != ScalarType::Int && t != ScalarType::Float))
        return std::nullopt;
    // Hex and octal forms are integers in YAML 1.2 but read differently by many tools; .nan and
    // .inf have no JSON form.
    std::string_view text = node.value;
    if (text.find_first_of("xXoOnN") != std::string_view::npos) return std::nullopt;
    bool negative = text.starts_with('-');
    if (text.starts_with('+')) text.remove_prefix(1);
    double v = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (end != text.data() + text.size()) return std::nullopt;
    if (error == std::errc::result_out_of_range) {  // 1e400 is infinite; 1e-400 is 0
        auto e = text.find_first_of("eE");
        bool tiny = e != std::string_view::npos && e + 1 < text.size() && text[e + 1] == '-';
        v = tiny ? 0.0 : (negative ? -HUGE_VAL : HUGE_VAL);
    } else if (error != std::errc()) {
        return std::nullopt;
    }
    if (std::isnan(v)) return std::nullopt;
    return v;
}

std::optional<double> number_value(const YamlNode& node, const TypeSpec& type) {
    std::optional<double> v = parse_number(node, type.type);
    if (!v || !std::isfinite(*v) || *v < type.minimum || (type.maximum != 0 && *v > type.maximum)) return std::nullopt;
    return v;
}

bool looks_like_thousands_point(std::string_view written) {
    auto point = written.find('.');
    if (point == std::string_view::npos || point == 0 || point > 3 || written.size() != point + 4) return false;
    if (written[0] == '0') return false;
    for (std::size_t i = 0; i < written.size(); ++i)
        if (i != point && !is_digit(written[i])) return false;
    return true;
}

std::optional<std::string> rewritten_number(std::string_view written, bool money) {
    std::string_view s = trim_spaces(written);
    if (money) {
        strip_word(s, {"\xe2\x82\xac", "euro", "eur"}, false);
        for (int round = 0; round < 2; ++round) {  // `2.450,- euro` as well as `€ 2.450,-`
            strip_word(s, {",--", ",-", ".-"}, true);
            strip_word(s, {"\xe2\x82\xac", "euros", "euro", "eur"}, true);
        }
    } else {
        strip_word(s, {"klokuren", "uren", "uur", "hours", "hour", "hrs", "u", "h"}, true);
    }
    if (s.empty() || !is_digit(s.front()) || !is_digit(s.back())) return std::nullopt;
    std::size_t points = 0, commas = 0;
    for (char c : s) {
        if (c == '.') ++points;
        else if (c == ',') ++commas;
        else if (!is_digit(c)) return std::nullopt;
    }
    // Which separator marks the decimals (0: none); the other one groups thousands.
    char decimal = 0;
    std::size_t last = s.find_last_of(".,");
    std::size_t after_last = last == std::string_view::npos ? 0 : s.size() - last - 1;
    if (points > 0 && commas > 0) {
        decimal = s[last];
    } else if (commas == 1) {
        if (money && after_last == 3) return std::nullopt;  // 2,450: 2.45 euros, or 2450?
        decimal = ',';
    } else if (points == 1) {
        decimal = money && looks_like_thousands_point(s) ? 0 : '.';
    }
    std::string_view whole = decimal ? s.substr(0, last) : s;
    std::string_view fraction = decimal ? s.substr(last + 1) : std::string_view();
    if (whole.find(decimal ? decimal : '\x01') != std::string_view::npos) return std::nullopt;  // two decimal separators
    // The thousands: a first group of 1 to 3 digits, then groups of exactly 3.
    std::string out;
    std::size_t group = 0;
    bool grouped = false;
    for (char c : whole) {
        if (is_digit(c)) {
            out.push_back(c);
            ++group;
            if (grouped && group > 3) return std::nullopt;
            continue;
        }
        if (group == 0 || group > 3 || (grouped && group != 3)) return std::nullopt;
        grouped = true;
        group = 0;
    }
    if (grouped && group != 3) return std::nullopt;
    if (!fraction.empty()) out += "." + std::string(fraction);
    if (out == written) return std::nullopt;
    return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    const std::size_t n = a.size(), m = b.size();
    std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= m; ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
        prev2 = prev;
        prev = cur;
    }
    return prev[m];
}

std::string_view suggest(std::string_view word, const std::vector<std::string_view>& candidates) {
    if (word.size() > 64) return {};
    std::string w = ascii_lower(word);
    std::string_view best;
    std::size_t best_distance = 0;
    for (std::string_view c : candidates) {
        std::size_t d = edit_distance(w, ascii_lower(c));
        std::size_t allowed = c.size() <= 3 ? 1 : (c.size() <= 6 ? 2 : 3);
        if (d <= allowed && (best.empty() || d < best_distance)) {
            best = c;
            best_distance = d;
        }
    }
    return best;
}

std::string_view suggest_name(std::string_view word, const std::vector<Synonyms>& candidates) {
    if (word.size() > 64) return {};
    const std::string folded = folded_word(word);
    if (folded.empty()) return {};
    for (const Synonyms& c : candidates) {
        if (folded_word(c.name) == folded) return c.name;
        for (std::string_view term : c.dutch)
            if (folded_word(term) == folded) return c.name;
    }
    std::string_view best;
    std::size_t best_distance = 0;
    auto consider = [&](std::string_view name, std::string_view spelled) {
        std::string other = folded_word(spelled);
        std::size_t d = edit_distance(folded, other);
        std::size_t allowed = other.size() <= 3 ? 1 : (other.size() <= 6 ? 2 : 3);
        if (d <= allowed && (best.empty() || d < best_distance)) {
            best = name;
            best_distance = d;
        }
    };
    for (const Synonyms& c : candidates) {
        consider(c.name, c.name);
        for (std::string_view term : c.dutch) consider(c.name, term);
    }
    return best;
}

std::string_view suggest_key(std::string_view key, const ObjectSpec& spec) {
    std::vector<Synonyms> keys;
    for (const FieldSpec& f : spec.fields) keys.push_back({f.key, dutch_terms(f)});
    return suggest_name(key, keys);
}

std::string_view suggest_choice(std::string_view value, std::span<const Choice> choices) {
    std::vector<Synonyms> values;
    for (const Choice& c : choices) values.push_back({c.value, dutch_terms(c)});
    return suggest_name(value, values);
}

std::vector<Finding> validate_structure(const YamlDocument& doc, FileKind kind) {
    std::vector<Finding> out;
    const ObjectSpec& spec = spec_for(kind);
    if (doc.empty()) {
        out.push_back(make_finding(rule::structure_required, Mark{}, "structure.empty-file", {}));
        return out;
    }
    Validator(doc, out).object(doc.root(), spec, spec.name);
    sort_by_position(out);
    return out;
}

}  // namespace pop
