// The table of subcommands; each lives in a file of its own (cmd_<name>.cpp).
#include "cli_common.h"

namespace pop::cli {

void add_check(CLI::App& app, Globals& globals, int& exit_code);
void add_schema(CLI::App& app, Globals& globals, int& exit_code);
void add_diff(CLI::App& app, Globals& globals, int& exit_code);
void add_status(CLI::App& app, Globals& globals, int& exit_code);
void add_due(CLI::App& app, Globals& globals, int& exit_code);
void add_report(CLI::App& app, Globals& globals, int& exit_code);
void add_hours(CLI::App& app, Globals& globals, int& exit_code);
void add_sheet(CLI::App& app, Globals& globals, int& exit_code);
void add_calendar(CLI::App& app, Globals& globals, int& exit_code);
void add_init(CLI::App& app, Globals& globals, int& exit_code);
void add_goal(CLI::App& app, Globals& globals, int& exit_code);
void add_step(CLI::App& app, Globals& globals, int& exit_code);
void add_evidence(CLI::App& app, Globals& globals, int& exit_code);
void add_log(CLI::App& app, Globals& globals, int& exit_code);
void add_talk(CLI::App& app, Globals& globals, int& exit_code);
void add_sign(CLI::App& app, Globals& globals, int& exit_code);
void add_renew(CLI::App& app, Globals& globals, int& exit_code);
void add_help(CLI::App& app, Globals& globals, int& exit_code);
void add_lsp(CLI::App& app, Globals& globals, int& exit_code);
void add_man(CLI::App& app, Globals& globals, int& exit_code);
void add_completion(CLI::App& app, Globals& globals, int& exit_code);  // hidden: __complete, __completion

std::vector<Subcommand> subcommands() {
    return {
        {"check", add_check},
        {"init", add_init},
        {"goal", add_goal},
        {"step", add_step},
        {"evidence", add_evidence},
        {"log", add_log},
        {"talk", add_talk},
        {"sign", add_sign},
        {"renew", add_renew},
        {"status", add_status},
        {"due", add_due},
        {"report", add_report},
        {"hours", add_hours},
        {"sheet", add_sheet},
        {"calendar", add_calendar},
        {"diff", add_diff},
        {"schema", add_schema},
        {"lsp", add_lsp},
        {"help", add_help},
        {"__man", add_man},
        {"__complete", add_completion},
    };
}

}  // namespace pop::cli
