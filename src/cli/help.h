#pragma once
// Help in the user's language: CLI11's layout with every word of its own from the message catalog,
// the global options in every command's help, `pop help [COMMAND...]`, the overview of `pop` alone,
// and which command's help an error points to.

#include <string>
#include <variant>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli_common.h"

namespace pop::cli {

/// CLI11's help layout with its own words (Usage, Options, TEXT, REQUIRED, ...) from the catalog,
/// choices shown as `a|b|c`, and the global options of `pop` in the help of every command.
class HelpFormatter : public CLI::Formatter {
public:
    /// A formatter that writes in `lang`.
    explicit HelpFormatter(Lang lang);

    /// The whole help of `app`; `name` is the command line that leads to it ("pop goal set").
    std::string make_help(const CLI::App* app, std::string name, CLI::AppFormatMode mode) const override;
    /// One group of options under its title.
    std::string make_group(std::string group, bool is_positional, std::vector<const CLI::Option*> opts) const override;
    /// The positional arguments.
    std::string make_positionals(const CLI::App* app) const override;
    /// The commands below `app`, per group.
    std::string make_subcommands(const CLI::App* app, CLI::AppFormatMode mode) const override;
    /// One command below another, with its description.
    std::string make_subcommand(const CLI::App* sub) const override;
    /// A command in full (help of all commands) or an option group.
    std::string make_expanded(const CLI::App* sub) const override;
    /// The description, with what the app requires.
    std::string make_description(const CLI::App* app) const override;
    /// "Gebruik: pop check [OPTIES] [PAD...]".
    std::string make_usage(const CLI::App* app, std::string name) const override;
    /// One option or argument: its names, what it takes, and its help.
    std::string make_option(const CLI::Option* opt, bool is_positional) const override;
    /// What an option takes: a type (TEKST, GETAL), its choices (`nl|en`), required, needs, excludes.
    std::string make_option_opts(const CLI::Option* opt) const override;

private:
    std::string word(std::string_view key) const;
    std::string group_title(const std::string& group) const;
    std::string options_of(const CLI::App* app) const;
    Lang lang_;
};

/// The title of the group of options every command takes (--lang, --today, --color).
std::string global_options_group(Lang lang);

/// Installs the formatter and the help texts of --help and --version on the app; call it before
/// the subcommands are added, so that they inherit both.
void install_help(CLI::App& app, const std::string& version, Lang lang);

/// Gives the options that take a date or a file name their placeholder in the user's language
/// (`--start JJJJ-MM-DD`, `--file BESTAND` instead of TEKST), in every command; call it after
/// all commands are added.
void name_value_types(CLI::App& app, Lang lang);

/// The command line that leads to `command`: "pop", "pop check", "pop goal set".
std::string command_path(const CLI::App& command);

/// The innermost command the parser entered (the app itself when it entered none).
const CLI::App& innermost_command(const CLI::App& app);

/// The help of `command`, exactly as `pop ... --help` prints it.
std::string help_text(const CLI::App& command);

/// The short overview `pop` alone prints: what pop is, the commands, where to read more.
std::string overview(const CLI::App& app, Lang lang);

/// "See `pop goal set --help`.": where to read how `command` is used.
std::string see_help(const CLI::App& command, Lang lang);

/// The command that `words` name below `app` ("goal", "set"), or the message (in `lang`) that says
/// which word names no command, with the closest one suggested. With `leaf_stops`, words after a
/// command without commands of its own are its arguments and end the walk.
std::variant<const CLI::App*, std::string> find_command(const CLI::App& app, const std::vector<std::string>& words,
                                                        Lang lang, bool leaf_stops);

/// Adds `pop help [COMMAND...]`: the help of pop or of one command, on stdout.
void add_help(CLI::App& app, Globals& globals, int& exit_code);

}  // namespace pop::cli
