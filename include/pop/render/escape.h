#pragma once
/// Escaping shared by renderers: XML text and attribute values, HTML text, and URIs (SARIF
/// artifact locations). JSON strings are escaped by JsonWriter (pop/base/json.h); iCalendar and
/// GitHub workflow commands have their own rules, private to their renderer or next to it.

#include <string>
#include <string_view>

namespace pop {

/// Text for XML 1.0 content (attribute: for an attribute value in double quotes): markup
/// characters escaped; characters XML 1.0 does not allow (control characters, U+FFFE, U+FFFF,
/// invalid UTF-8) become '?'.
std::string xml_escape(std::string_view text, bool attribute);

/// Text for HTML element content and attribute values (double or single quoted): invalid UTF-8
/// and control characters become '?' (printable_text); with keep_line_breaks, '\n' stays.
std::string html_escape(std::string_view text, bool keep_line_breaks = false);

/// Escaped HTML text with `code` (pairs of backticks) marked up as <code>code</code>.
std::string html_code_spans(std::string_view escaped);

/// A path as a SARIF artifactLocation.uri: a relative reference with `/` kept and every byte
/// outside RFC 3986's unreserved characters percent-encoded; an absolute path becomes `file://`.
std::string sarif_uri(std::string_view path);

}  // namespace pop
