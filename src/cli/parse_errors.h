// CLI11's parse errors in the user's language.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "pop/messages.h"

namespace pop::cli {

/// The message for a command line CLI11 could not parse, in `lang`: the common cases (an unexpected
/// argument, a value not among the choices, a missing value, a missing option or subcommand) from
/// the message catalog; any other error as CLI11 words it (English).
std::string parse_error_message(const CLI::ParseError& error, Lang lang);

}  // namespace pop::cli
