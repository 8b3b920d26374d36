#pragma once
// What every subcommand shares: the language, the clock, the terminal and file access.
// Only this layer touches files, the environment, the clock and the terminal.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "pop/base/date.h"
#include "pop/i18n/messages.h"
#include "pop/render/render_check.h"
#include "pop/workspace/sources.h"

namespace pop::cli {

/// Settings every subcommand can use, filled in by main before the subcommand runs.
struct Globals {
    Lang lang = Lang::En;        ///< Language of all output.
    std::string today_text;      ///< --today as written; empty means the system clock.
    std::string color = "auto";  ///< --color auto|always|never.
};

/// One subcommand: registers its options on the app and returns the function that runs it.
struct Subcommand {
    std::string_view name;                                  ///< e.g. "check".
    void (*add)(CLI::App& app, Globals& globals, int& exit_code);  ///< Registers options and callback.
};

/// All subcommands, in the order `pop --help` lists them.
std::vector<Subcommand> subcommands();

/// A message (in the user's language) when a word of the command line that is not an option names
/// no command where a command is expected (`pop chek`, `pop goal sett`), with the closest one
/// suggested; nullopt when every such word names one or there is none.
std::optional<std::string> unknown_subcommand(const CLI::App& app, const std::vector<std::string>& args, Lang lang);

/// The language from --lang (already scanned from argv), or from the environment as gettext decides
/// it (LC_ALL, LC_MESSAGES, LANG, and LANGUAGE unless the locale is C).
Lang detect_lang(const std::vector<std::string>& args);

/// "Today": --today when given (nullopt and a message on stderr when malformed), else the local date.
std::optional<Date> resolve_today(const Globals& globals);

/// Whether to colour output on stdout: --color, NO_COLOR, TERM and whether stdout is a terminal.
bool use_color(const Globals& globals);

/// True when running as a GitHub Actions step (GITHUB_ACTIONS=true).
bool github_actions();

/// Prints a usage error (in the user's language) to stderr.
void usage_error(const std::string& message);

/// Adds `--partial` (write what could be read when inputs are missing) to a multi-person command;
/// `help_key` is the catalog key of its help text.
void add_partial_flag(CLI::App& command, bool& partial, Lang lang, std::string_view help_key = "cli.help.partial");

/// Checks `--separator` (`,` or `;`) and `--excel` (only with `--format csv`) of a command with a
/// CSV output; prints the usage error and returns false when one is wrong.
bool csv_options_valid(const std::string& separator, bool excel, const std::string& format, Lang lang);

/// Adds `--width N` (the width a text output fits; 0 is no limit) to a command.
void add_width_option(CLI::App& command, int& width, Lang lang);

/// Reads a regular file, at most max_bytes + 1 bytes (more is never needed to report input.size).
FileBytes read_file(const std::string& path, std::size_t max_bytes);

}  // namespace pop::cli
