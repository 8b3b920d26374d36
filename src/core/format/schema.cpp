// JSON Schema (draft-07) generated from the format spec, so schemas/ and `pop check` agree.
// Each field and allowed value carries what it means in Dutch and English (docs/decisions.md):
// `description` in plain text for every editor, `markdownDescription`, `enumDescriptions` and
// `markdownEnumDescriptions` for those that read them (VS Code, the yaml-language-server).
#include <fmt/format.h>

#include "pop/base/json.h"
#include "pop/format/spec.h"

namespace pop {
namespace {

void write_type(JsonWriter& w, const TypeSpec& type, ValueType as, const FieldSpec* field);

void write_object(JsonWriter& w, const ObjectSpec& object) {
    w.key("type").value("object");
    w.key("additionalProperties").value(false);
    bool any_required = false;
    for (const FieldSpec& f : object.fields) any_required = any_required || f.required;
    if (any_required) {
        w.key("required").begin_array();
        for (const FieldSpec& f : object.fields)
            if (f.required) w.value(f.key);
        w.end_array();
    }
    // An entry of a log (logboek) needs hours or euros (the validator's structure.required too).
    if (&object == find_field(spec_for(FileKind::Pop), "log")->type.object) {
        w.key("anyOf").begin_array();
        for (std::string_view key : {"hours", "euros"})
            w.begin_object().key("required").begin_array().value(key).end_array().end_object();
        w.end_array();
    }
    w.key("properties").begin_object();
    for (const FieldSpec& f : object.fields) {
        w.key(f.key).begin_object();
        std::string nl = field_description(f, Lang::Nl);
        std::string en = field_description(f, Lang::En);
        w.key("description").value(fmt::format("{}: {}\n{}: {}", f.term_nl, nl, f.key, en));
        w.key("markdownDescription").value(fmt::format("**{}** – {}\n\n*{}*: {}", f.term_nl, nl, f.key, en));
        write_type(w, f.type, f.type.type, &f);
        w.end_object();
    }
    w.end_object();
}

void write_choices(JsonWriter& w, const TypeSpec& type) {
    w.key("type").value("string");
    w.key("enum").begin_array();
    for (const Choice& c : type.choices) w.value(c.value);
    w.end_array();
    w.key("enumDescriptions").begin_array();
    for (const Choice& c : type.choices)
        w.value(fmt::format("{}: {} {}", c.term_nl, choice_description(c, Lang::Nl), choice_description(c, Lang::En)));
    w.end_array();
    w.key("markdownEnumDescriptions").begin_array();
    for (const Choice& c : type.choices)
        w.value(fmt::format("**{}** – {}\n\n*{}*", c.term_nl, choice_description(c, Lang::Nl),
                            choice_description(c, Lang::En)));
    w.end_array();
}

void write_type(JsonWriter& w, const TypeSpec& type, ValueType as, const FieldSpec* field) {
    switch (as) {
        case ValueType::Object: write_object(w, *type.object); break;
        case ValueType::List:
            w.key("type").value("array");
            w.key("items").begin_object();
            if (type.item == ValueType::Object) w.key("description").value(type.object->description);
            write_type(w, type, type.item, nullptr);
            w.end_object();
            break;
        case ValueType::Text:
            w.key("type").value("string");
            w.key("pattern").value("\\S");
            break;
        case ValueType::Id:
            w.key("type").value("string");
            w.key("pattern").value(kIdPattern);
            break;
        case ValueType::Date:
            w.key("type").value("string");
            w.key("format").value("date");
            w.key("pattern").value("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
            break;
        case ValueType::Integer:
            w.key("type").value("integer");
            w.key("minimum").value(std::int64_t{type.minimum});
            break;
        case ValueType::Number:
            w.key("type").value("number");
            w.key("minimum").value(std::int64_t{type.minimum});
            if (type.maximum != 0) w.key("maximum").value(std::int64_t{type.maximum});
            break;
        case ValueType::Boolean: w.key("type").value("boolean"); break;
        case ValueType::Enum: write_choices(w, type); break;
        case ValueType::Version: w.key("const").value(std::int64_t{kFormatVersion}); break;
    }
    (void)field;
}

}  // namespace

std::string json_schema(FileKind kind) {
    const ObjectSpec& root = spec_for(kind);
    JsonWriter w;
    w.begin_object();
    w.key("$schema").value("http://json-schema.org/draft-07/schema#");
    w.key("title").value(root.description);
    write_object(w, root);
    w.end_object();
    return w.str();
}

}  // namespace pop
