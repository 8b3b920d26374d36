// `pop schema KIND`: prints the JSON Schema of a kind of file, generated from the format spec.
#include <cstdio>

#include "cli_common.h"
#include "pop/format/spec.h"

namespace pop::cli::schema {

// Prints the JSON Schema of the kind of file named `kind` (pop, policy, roster, school-goals).
void print(const std::string& kind) {
    for (FileKind k : {FileKind::Pop, FileKind::Policy, FileKind::Roster, FileKind::SchoolGoals})
        if (kind_name(k) == kind) std::fputs(json_schema(k).c_str(), stdout);
}

}  // namespace pop::cli::schema

namespace pop::cli {

void add_schema(CLI::App& app, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto* cmd = app.add_subcommand("schema", render_message("cli.schema.help", lang));
    auto kind = std::make_shared<std::string>();
    cmd->add_option(render_message("cli.arg.kind", lang), *kind, render_message("cli.schema.opt.kind", lang))
        ->required()
        ->check(CLI::IsMember({"pop", "policy", "roster", "school-goals"}));
    cmd->callback([kind, &exit_code] {
        schema::print(*kind);
        exit_code = kExitClean;
    });
}

}  // namespace pop::cli
