#pragma once
/// A small streaming JSON writer: deterministic output, 2-space indentation, correct escaping.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pop {

/// Returns text as a JSON string literal, quotes included (UTF-8 kept, control characters escaped).
std::string json_quote(std::string_view text);

/// Writes JSON into a string; the caller opens and closes objects and arrays in order.
class JsonWriter {
public:
    /// pretty: newlines and 2-space indentation; otherwise compact.
    explicit JsonWriter(bool pretty = true) : pretty_(pretty) {}
    /// A writer of elements that go into an array `depth` containers deep, written elsewhere after
    /// other elements: every value it starts begins with the separator `,` and its indentation.
    JsonWriter(bool pretty, std::size_t depth) : first_(depth, false), pretty_(pretty) {}
    /// Marks the innermost container as holding elements written elsewhere (by a writer made with a
    /// depth), so that its end gets the layout of a container that is not empty.
    JsonWriter& elements_elsewhere();
    /// Starts an object (as a value, or after key()).
    JsonWriter& begin_object();
    /// Ends the innermost object.
    JsonWriter& end_object();
    /// Starts an array.
    JsonWriter& begin_array();
    /// Ends the innermost array.
    JsonWriter& end_array();
    /// Writes an object key; the next call writes its value.
    JsonWriter& key(std::string_view name);
    /// Writes a string value.
    JsonWriter& value(std::string_view text);
    /// Writes a string value (avoids the bool overload for literals).
    JsonWriter& value(const char* text) { return value(std::string_view(text)); }
    /// Writes an integer value.
    JsonWriter& value(std::int64_t number);
    /// Writes a number value (shortest round-trip form); infinity and NaN are written as null.
    JsonWriter& number(double number);
    /// Writes true or false.
    JsonWriter& value(bool flag);
    /// Writes null.
    JsonWriter& null();
    /// The JSON written so far.
    const std::string& str() const { return out_; }

private:
    void before_value();
    void newline();
    std::string out_;
    std::vector<bool> first_;  // per open container: nothing written yet
    bool after_key_ = false;
    bool pretty_;
};

}  // namespace pop
