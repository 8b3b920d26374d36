// The `pop` executable: parses the command line and hands over to one subcommand.
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli_common.h"
#include "help.h"
#include "parse_errors.h"
#include "pop/render/render_check.h"
#include "pop/base/version.h"
#include "build_info.h"

int main(int argc, char** argv) {
    using namespace pop;
    std::vector<std::string> args(argv + 1, argv + argc);
    cli::Globals globals;
    globals.lang = cli::detect_lang(args);
    Lang lang = globals.lang;
    int exit_code = kExitClean;
    try {
        CLI::App app{render_message("cli.help.pop", lang)};
        app.name("pop");
        std::string version = "pop " + std::string(kPopVersion);
        if (!cli::build_describe().empty()) version += " (" + std::string(cli::build_describe()) + ")";
        cli::install_help(app, version, lang);
        app.require_subcommand(0, 1);  // pop alone prints the overview
        app.fallthrough();             // the global options also after the command
        std::string global = cli::global_options_group(lang);
        std::string lang_text;
        app.add_option("--lang", lang_text, render_message("cli.help.global.lang", lang))
            ->check(CLI::Validator(
                [lang](std::string& value) {
                    MessageArg arg{"value", value};
                    return parse_lang(value) ? std::string() : render_message("ui.bad-lang", lang, std::span(&arg, 1));
                },
                "{nl,nl-BE,en}"))
            ->group(global);
        app.add_option("--today", globals.today_text, render_message("cli.help.global.today", lang))
            ->type_name(render_message("cli.help.type.date", lang))
            ->group(global);
        app.add_option("--color", globals.color, render_message("cli.help.global.color", lang))
            ->check(CLI::IsMember({"auto", "always", "never"}))
            ->group(global);
        for (const cli::Subcommand& sub : cli::subcommands()) sub.add(app, globals, exit_code);
        cli::name_value_types(app, lang);
        if (auto unknown = cli::unknown_subcommand(app, args, lang)) {
            cli::usage_error(*unknown);
            return kExitUsage;
        }
        try {
            app.parse(argc, argv);
        } catch (const CLI::CallForHelp& e) {
            return app.exit(e);
        } catch (const CLI::CallForAllHelp& e) {
            return app.exit(e);
        } catch (const CLI::CallForVersion& e) {
            return app.exit(e);
        } catch (const CLI::ParseError& e) {
            const CLI::App& command = cli::innermost_command(app);
            cli::usage_error(cli::parse_error_message(command, e, lang));
            // A value CLI11 read and refused was taken as a value, whatever it starts with.
            bool value_refused = dynamic_cast<const CLI::ValidationError*>(&e) || dynamic_cast<const CLI::ConversionError*>(&e);
            if (!value_refused)
                if (auto hint = cli::dash_value_hint(app, args, lang)) cli::usage_error(*hint);
            std::fprintf(stderr, "%s\n", cli::see_help(command, lang).c_str());
            return kExitUsage;
        }
        if (app.get_subcommands().empty()) {
            // No command: what pop is and how to go on, on stdout (so that `pop | less` works); exit
            // code 2 as for every command line that does not say what to do (README.md).
            std::fputs(cli::overview(app, lang).c_str(), stdout);
            return kExitUsage;
        }
        return exit_code;
    } catch (const std::exception& e) {  // a bug: say so plainly instead of crashing
        std::fprintf(stderr, "pop: internal error: %s\n", e.what());
        return 70;
    }
}
