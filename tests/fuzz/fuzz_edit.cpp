// Fuzz target: one edit through YamlEditor on any document. The input is split (FuzzedDataProvider):
//   8 selector bytes | text 1 (up to "\" + another character) | text 2 (likewise) | the document
// The selectors choose the kind of edit (set a scalar, set a field, add a key, fill an empty key,
// append to a list or create one, set a flow list, numbers and booleans, multi-line text, nested
// and empty mappings), the node it applies to, the key and the shape of the value.
// An edit the engine refuses is fine. An accepted edit is applied and checked (edit_verify.h);
// anything wrong aborts. Also checked: format_scalar and format_block_scalar read back as the text.
// Texts are made valid UTF-8 first: YAML cannot hold anything else (the CLI verifies before saving).

#include <fuzzer/FuzzedDataProvider.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "edit_verify.h"
#include "fuzz_support.h"

using namespace pop;

namespace {

// Invalid UTF-8 bytes become '?'.
std::string valid_utf8_text(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = 1;
        while (n <= 4 && i + n <= text.size() && !fuzz::valid_utf8(std::string_view(text).substr(i, n))) ++n;
        if (n <= 4 && i + n <= text.size()) {
            out.append(text, i, n);
            i += n;
        } else {
            out += '?';
            ++i;
        }
    }
    return out;
}

// The text read back from "k: <written>" (or a flow list), or a note when it does not read as one string.
std::string read_back(const std::string& yaml, NodePath path) {
    ReadResult r = read_yaml(yaml);
    if (r.fatal) return "\x01(does not read)";
    YamlEditor editor(yaml, r.doc);
    const YamlNode* n = editor.find(path);
    if (!n || n->kind != NodeKind::Scalar || resolve_scalar(*n) != ScalarType::String) return "\x01(no string)";
    return n->value;
}

void check_formatting(const std::string& text) {
    std::string plain = format_scalar(text);
    if (read_back("k: " + plain + "\n", {std::string("k")}) != text) fuzz::fail("format_scalar does not read back", plain);
    if (read_back("k: [" + plain + "]\n", {std::string("k"), std::size_t{0}}) != text)
        fuzz::fail("format_scalar does not read back in a flow list", plain);
    for (std::string_view nl : {"\n", "\r\n"}) {
        std::string block = format_block_scalar(text, 2, nl);
        if (read_back("k: " + block + std::string(nl) + "z: 1" + std::string(nl), {std::string("k")}) != text)
            fuzz::fail("format_block_scalar does not read back", block);
    }
}

const std::array<const char*, 14> kKeys = {"note", "extra", "x_nieuw", "steps", "evidence", "done", "agreed",
                                            "what", "id", "methods", "goals", "sign_off", "k", "a"};
const std::array<const char*, 7> kPlain = {"0", "8", "12.5", "40", "1000", "true", "false"};

NewValue make_value(FuzzedDataProvider& sel, const std::string& a, const std::string& b) {
    switch (sel.ConsumeIntegralInRange<int>(0, 9)) {
        case 0: return NewValue::plain(kPlain[sel.ConsumeIntegralInRange<std::size_t>(0, kPlain.size() - 1)]);
        case 1: return NewValue::mapping({{"what", NewValue::text(a)}, {"due", NewValue::text(b)}});
        case 2:
            return NewValue::mapping({{"name", NewValue::text(a)},
                                      {"sub", NewValue::mapping({{"x", NewValue::text(b)}, {"y", NewValue::plain("1")}})}});
        case 3: return NewValue::list({NewValue::text(a), NewValue::text(b)});
        case 4: return NewValue::mapping({});
        case 5: return NewValue::list({});
        case 6: return NewValue::text(a + "\n" + b);
        case 7: return NewValue::mapping({{"id", NewValue::text(a)}, {"list", NewValue::list({NewValue::text(b)})}});
        default: return NewValue::text(a);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider input(data, size);
    std::vector<std::uint8_t> selectors = input.ConsumeBytes<std::uint8_t>(8);
    FuzzedDataProvider sel(selectors.data(), selectors.size());
    const std::string text1 = valid_utf8_text(input.ConsumeRandomLengthString(200));
    const std::string text2 = valid_utf8_text(input.ConsumeRandomLengthString(100));
    const std::string document = input.ConsumeRemainingBytesAsString();

    check_formatting(text1);

    ReadResult read = read_yaml(document);
    if (read.fatal || read.doc.empty()) return 0;

    // What the edit can apply to.
    std::vector<NodePath> scalars, mappings, sequences, all;
    NodePath walk_path;
    fuzz::walk(read.doc, 0, walk_path, [&](const NodePath& at, const YamlNode& n) {
        all.push_back(at);
        if (n.alias) return;
        if (n.kind == NodeKind::Scalar && !at.empty()) scalars.push_back(at);
        if (n.kind == NodeKind::Mapping) mappings.push_back(at);
        if (n.kind == NodeKind::Sequence) sequences.push_back(at);
    });
    YamlEditor editor(document, read.doc);
    auto pick = [&](const std::vector<NodePath>& from) -> NodePath {
        return from.empty() ? NodePath{} : from[sel.ConsumeIntegralInRange<std::size_t>(0, from.size() - 1)];
    };
    auto new_key = [&](const NodePath& mapping) {
        NodePath path = mapping;
        std::string key = kKeys[sel.ConsumeIntegralInRange<std::size_t>(0, kKeys.size() - 1)];
        path.emplace_back(key);
        for (int n = 2; editor.find(path); ++n) path.back() = key + "_" + std::to_string(n);
        return path;
    };

    fuzz::PlannedEdit e;
    switch (sel.ConsumeIntegralInRange<int>(0, 7)) {
        case 0:  // set an existing scalar (a field, an item, an empty "key:" or "-")
            if (scalars.empty()) return 0;
            e.path = pick(scalars);
            e.value = make_value(sel, text1, text2);
            break;
        case 1:  // set a field: existing or not, under any mapping
            if (mappings.empty()) return 0;
            e.path = pick(mappings);
            e.path.emplace_back(std::string(kKeys[sel.ConsumeIntegralInRange<std::size_t>(0, kKeys.size() - 1)]));
            e.value = make_value(sel, text1, text2);
            break;
        case 2:  // add a key that is not there yet
            if (mappings.empty()) return 0;
            e.path = new_key(pick(mappings));
            e.value = make_value(sel, text1, text2);
            break;
        case 3:  // append to a list
            if (sequences.empty()) return 0;
            e.append = true;
            e.path = pick(sequences);
            e.value = make_value(sel, text1, text2);
            break;
        case 4:  // append to a missing key: a new list
            if (mappings.empty()) return 0;
            e.append = true;
            e.path = new_key(pick(mappings));
            e.value = make_value(sel, text1, text2);
            break;
        case 5:  // append to any node at all (an empty key, a scalar, a mapping)
            e.append = true;
            e.path = pick(all);
            e.value = make_value(sel, text1, text2);
            break;
        case 6:  // multi-line text under an existing or new key
            if (mappings.empty()) return 0;
            e.path = sel.ConsumeBool() ? new_key(pick(mappings)) : pick(scalars);
            e.value = NewValue::text(text1 + "\n" + text2 + (sel.ConsumeBool() ? "\n" : ""));
            break;
        default:  // a value of any shape anywhere
            e.append = sel.ConsumeBool();
            e.path = pick(all);
            if (!e.path.empty() && sel.ConsumeBool()) e.path.pop_back();
            e.value = make_value(sel, text1, text2);
    }
    if (e.path.empty()) return 0;
    // An append to a list may become an insert before one of its items (from a selector byte
    // left over, so that the inputs of earlier runs keep their meaning).
    if (e.append && sel.remaining_bytes() > 0) {
        const YamlNode* list = editor.find(e.path);
        std::uint8_t where = sel.ConsumeIntegral<std::uint8_t>();
        if (list && list->kind == NodeKind::Sequence && !list->children.empty() && where < 128)
            e.insert_at = where % (list->children.size() + 1);
    }

    // A set may become the removal of the node at its path (another byte left over).
    if (!e.append && sel.remaining_bytes() > 0 && sel.ConsumeIntegral<std::uint8_t>() >= 200 && editor.find(e.path))
        e.remove = true;

    fuzz::EditOutcome outcome = fuzz::apply_and_check(document, read, e);
    if (!outcome.wrong.empty()) {
        std::string shown = std::string(e.remove      ? "remove "
                                        : e.insert_at ? "insert at " + std::to_string(*e.insert_at) + " of "
                                        : e.append  ? "append "
                                                    : "set ") +
                            fuzz::path_text(e.path) + "\n" +
                            unified_diff(document, outcome.after, "fuzz.yaml");
        fuzz::fail("accepted edit is wrong: " + outcome.wrong, shown);
    }
    if (!outcome.refused && !outcome.skipped) (void)unified_diff(document, outcome.after, "fuzz.yaml");
    return 0;
}
