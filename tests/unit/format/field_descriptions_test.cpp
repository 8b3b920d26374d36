// What every field and every allowed value of the file formats means, in English and Dutch: the
// message catalog is their one home (src/core/i18n/catalog_fields.cpp), the spec finds them there.
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "pop/format/spec.h"
#include "pop/i18n/messages.h"

using namespace pop;

namespace {

// Every object of the four kinds of files, each once.
std::vector<const ObjectSpec*> every_object() {
    std::vector<const ObjectSpec*> out;
    std::vector<const ObjectSpec*> todo;
    for (FileKind k : {FileKind::Pop, FileKind::Policy, FileKind::Roster, FileKind::SchoolGoals})
        todo.push_back(&spec_for(k));
    while (!todo.empty()) {
        const ObjectSpec* o = todo.back();
        todo.pop_back();
        bool seen = false;
        for (const ObjectSpec* s : out) seen = seen || s == o;
        if (seen) continue;
        out.push_back(o);
        for (const FieldSpec& f : o->fields)
            if (f.type.object) todo.push_back(f.type.object);
    }
    return out;
}

}  // namespace

TEST_CASE("every field and every allowed value has a description in English and Dutch, each its own") {
    std::set<std::string> keys;
    std::size_t fields = 0, choices = 0;
    std::map<const Choice*, std::set<std::string>> fields_of;  // the fields that share a list of values
    for (const ObjectSpec* o : every_object())
        for (const FieldSpec& f : o->fields)
            if (!f.type.choices.empty()) fields_of[f.type.choices.data()].insert(std::string(f.key));
    std::set<const Choice*> seen;
    for (const ObjectSpec* o : every_object()) {
        for (const FieldSpec& f : o->fields) {
            std::string key = description_key(f);
            CAPTURE(key);
            CHECK(key == "field." + [&] {
                std::string name(o->name);
                for (char& c : name)
                    if (c == ' ') c = '_';
                return name;
            }() + "." + std::string(f.key));
            CHECK(keys.insert(key).second);  // one key per field of the spec
            REQUIRE(message_template(key, Lang::En));
            REQUIRE(message_template(key, Lang::Nl));
            std::string en = field_description(f, Lang::En), nl = field_description(f, Lang::Nl);
            CHECK(en.size() > 4);
            CHECK(nl.size() > 4);
            CHECK((en.back() == '.' || en.back() == '?'));  // a sentence or a question
            CHECK((nl.back() == '.' || nl.back() == '?'));
            CHECK(en != nl);  // written in Dutch, not copied
            CHECK(field_description(f, Lang::NlBe) == nl);
            ++fields;
            // A list of values shared by several fields (`learning` of a goal and of a log entry,
            // `methods` and a log entry's `method`) has its texts once, under one of them.
            bool shared = !f.type.choices.empty() && !seen.insert(f.type.choices.data()).second;
            for (const Choice& c : f.type.choices) {
                std::string ckey = description_key(c);
                CAPTURE(ckey);
                std::string prefix = "choice.", suffix = "." + std::string(c.value);
                REQUIRE(ckey.starts_with(prefix));
                REQUIRE(ckey.ends_with(suffix));
                CHECK(fields_of[f.type.choices.data()].count(
                          ckey.substr(prefix.size(), ckey.size() - prefix.size() - suffix.size())) == 1);
                CHECK((shared || keys.insert(ckey).second));
                REQUIRE(message_template(ckey, Lang::En));
                REQUIRE(message_template(ckey, Lang::Nl));
                CHECK(choice_description(c, Lang::En) != choice_description(c, Lang::Nl));
                ++choices;
            }
        }
    }
    CHECK(fields > 90);
    CHECK(choices > 30);
    // Every field.* and choice.* text of the catalog belongs to a field or value of the spec.
    for (const CatalogEntry& e : catalog()) {
        if (!e.key.starts_with("field.") && !e.key.starts_with("choice.")) continue;
        CAPTURE(e.key);
        CHECK(keys.count(std::string(e.key)) == 1);
    }
}

TEST_CASE("a field's description in each language, and a field that is not the spec's has none") {
    const FieldSpec* goals = find_field(spec_for(FileKind::Pop), "goals");
    REQUIRE(goals);
    const FieldSpec* measurable = find_field(*goals->type.object, "measurable");
    REQUIRE(measurable);
    CHECK(field_description(*measurable, Lang::En) == "M: the success criterion; when is it reached?");
    CHECK(field_description(*measurable, Lang::Nl) == "M: het succescriterium: wanneer heb je het doel bereikt?");
    const FieldSpec* status = find_field(*goals->type.object, "status");
    REQUIRE(status);
    CHECK(choice_description(status->type.choices[2], Lang::Nl) == "Het doel is bereikt.");
    FieldSpec stranger{"stranger", TypeSpec{}, false, "vreemd"};
    CHECK(description_key(stranger).empty());
    CHECK(field_description(stranger, Lang::En).empty());
    Choice odd{"odd", "vreemd"};
    CHECK(choice_description(odd, Lang::Nl).empty());
}
