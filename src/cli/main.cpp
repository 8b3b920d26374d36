// The `pop` executable: parses the command line and hands over to one subcommand.
#include <cstdio>
#include <exception>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli_common.h"
#include "parse_errors.h"
#include "pop/render/render_check.h"
#include "pop/base/version.h"

int main(int argc, char** argv) {
    using namespace pop;
    std::vector<std::string> args(argv + 1, argv + argc);
    cli::Globals globals;
    globals.lang = cli::detect_lang(args);
    bool nl = globals.lang == Lang::Nl;
    int exit_code = kExitClean;
    try {
        CLI::App app{nl ? "pop: persoonlijke ontwikkelingsplannen (POP) in YAML controleren en bijhouden"
                        : "pop: check and keep personal development plans (POP) in YAML"};
        app.name("pop");
        app.set_version_flag("--version", "pop " + std::string(kPopVersion));
        app.require_subcommand(1);
        app.fallthrough();
        std::string lang_text;
        app.add_option("--lang", lang_text, nl ? "taal van de uitvoer: nl of en (standaard uit LANG)"
                                                : "output language: nl or en (default from LC_ALL, LC_MESSAGES, LANG)")
            ->check(CLI::Validator(
                [lang = globals.lang](std::string& value) {
                    MessageArg arg{"value", value};
                    return parse_lang(value) ? std::string() : render_message("ui.bad-lang", lang, std::span(&arg, 1));
                },
                "{nl,nl-BE,en}"));
        app.add_option("--today", globals.today_text,
                       nl ? "de datum van vandaag, JJJJ-MM-DD (standaard de systeemklok)"
                          : "today's date, YYYY-MM-DD (default: the system clock)");
        app.add_option("--color", globals.color, nl ? "kleur: auto, always of never" : "colour: auto, always or never")
            ->check(CLI::IsMember({"auto", "always", "never"}));
        for (const cli::Subcommand& sub : cli::subcommands()) sub.add(app, globals, exit_code);
        if (auto unknown = cli::unknown_subcommand(args, globals.lang)) {
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
            cli::usage_error(cli::parse_error_message(e, globals.lang));
            if (auto hint = cli::dash_value_hint(app, args, globals.lang)) cli::usage_error(*hint);
            std::fprintf(stderr, "%s\n", nl ? "Zie `pop --help`." : "See `pop --help`.");
            return kExitUsage;
        }
        return exit_code;
    } catch (const std::exception& e) {  // a bug: say so plainly instead of crashing
        std::fprintf(stderr, "pop: internal error: %s\n", e.what());
        return 70;
    }
}
