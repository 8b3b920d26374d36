// CLI11's parse errors in the user's language.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "pop/i18n/messages.h"

namespace pop::cli {

/// The message for a command line CLI11 could not parse, in `lang`: the common cases (an unexpected
/// argument, a value not among the choices or not a number, a missing value, a missing argument,
/// option or command, options that exclude each other) from the message catalog, naming arguments
/// as `command`'s help shows them; any other error as CLI11 words it (English). `command` is the
/// command the parser was in (cli::innermost_command).
std::string parse_error_message(const CLI::App& command, const CLI::ParseError& error, Lang lang);

/// When the command line holds an argument that starts with "-" but is no option of pop (a value
/// such as "-5 minuten" that CLI11 takes for an option), how to give it as a value; else nullopt.
std::optional<std::string> dash_value_hint(const CLI::App& app, const std::vector<std::string>& args, Lang lang);

}  // namespace pop::cli
