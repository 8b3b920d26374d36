#pragma once
/// The one rounding rule of every output that shows hours or euros to people (text, markdown, csv,
/// html, status): one decimal, half away from zero, decided on the number's shortest decimal
/// form (12.45 -> 12.5, as a reader of "12.45" expects), a trailing ".0" dropped, never an
/// exponent, "-" for a value that is not finite. JSON writes the full number instead.

#include <string>

namespace pop {

/// `value` rounded to one decimal, half away from zero, without a trailing ".0" ("12.5", "13", "0.5").
std::string rounded_text(double value);

}  // namespace pop
