#include "help.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>
#include <set>

#include "pop/base/strings.h"
#include "pop/format/validate.h"
#include "pop/render/render_check.h"

// Private helpers in a named namespace: the unity build of src/cli merges anonymous namespaces.
namespace pop::cli::help_layout {

/// Columns a UTF-8 text takes on a terminal (every code point one column; help texts hold no wide ones).
std::size_t columns(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

/// One row of a help table: the name left, the description from column `width` on (on the next
/// line when the name reaches that column), every line of the description indented alike.
std::string row(const std::string& name, const std::string& description, std::size_t width) {
    std::string out = "  " + name;
    if (!description.empty()) {
        std::size_t used = columns(out);
        if (used >= width) out += "\n" + std::string(width, ' ');
        else out += std::string(width - used, ' ');
        for (char c : description) {
            out += c;
            if (c == '\n') out += std::string(width, ' ');
        }
    }
    return out + "\n";
}

/// The named commands directly below `app`; with `hidden`, also the internal ones (`__man`, `__complete`,
/// group "") that no help, overview or suggestion shows.
std::vector<const CLI::App*> commands_below(const CLI::App& app, bool hidden = false) {
    return app.get_subcommands([hidden](const CLI::App* sub) {
        return !sub->get_name().empty() && !sub->get_disabled() && (hidden || !sub->get_group().empty());
    });
}

std::vector<std::string> names(const std::vector<const CLI::App*>& commands) {
    std::vector<std::string> out;
    for (const CLI::App* c : commands) out.push_back(c->get_name());
    return out;
}

const CLI::App& root_of(const CLI::App& app) {
    const CLI::App* root = &app;
    while (root->get_parent() != nullptr) root = root->get_parent();
    return *root;
}

/// CLI11's type name of an option split into its base type ("TEXT") and the descriptions of its
/// validators ("{nl,en}", "NONNEGATIVE").
struct TypeParts {
    std::string base;
    std::vector<std::string> choices;     ///< From CLI::IsMember: the values allowed.
    std::vector<std::string> validators;  ///< Other validators, as CLI11 names them.
};

TypeParts type_parts(const std::string& full) {
    TypeParts out;
    std::size_t start = 0;
    bool first = true;
    while (start <= full.size()) {
        std::size_t end = full.find(':', start);
        if (end == std::string::npos) end = full.size();
        std::string part = full.substr(start, end - start);
        if (first) {
            out.base = part;
        } else if (part.size() >= 2 && part.front() == '{' && part.back() == '}') {
            std::string inner = part.substr(1, part.size() - 2);
            std::size_t from = 0;
            while (from <= inner.size()) {
                std::size_t comma = inner.find(',', from);
                if (comma == std::string::npos) comma = inner.size();
                out.choices.push_back(inner.substr(from, comma - from));
                from = comma + 1;
            }
        } else if (!part.empty()) {
            out.validators.push_back(part);
        }
        first = false;
        start = end + 1;
    }
    return out;
}

}  // namespace pop::cli::help_layout

namespace pop::cli {

using help_layout::row;

HelpFormatter::HelpFormatter(Lang lang) : lang_(lang) {}

std::string HelpFormatter::word(std::string_view key) const { return render_message(key, lang_); }

std::string HelpFormatter::group_title(const std::string& group) const {
    if (group == "Options") return word("cli.help.label.options");  // CLI11's default group of options
    if (group == "Subcommands") return word("cli.help.label.commands");  // and of subcommands
    return group;
}

std::string HelpFormatter::make_option(const CLI::Option* opt, bool is_positional) const {
    return row(make_option_name(opt, is_positional) + make_option_opts(opt), make_option_desc(opt), column_width_);
}

std::string HelpFormatter::make_option_opts(const CLI::Option* opt) const {
    if (!opt->get_option_text().empty()) return " " + opt->get_option_text();
    std::string out;
    if (opt->get_type_size() != 0) {
        help_layout::TypeParts type = help_layout::type_parts(opt->get_type_name());
        if (!type.choices.empty()) {
            out += " " + join(type.choices, "|");
        } else {
            std::string shown;
            bool number = type.base == "INT" || type.base == "UINT" || type.base == "FLOAT" || type.base == "NUMBER";
            if (number) shown = word("cli.help.type.number");
            else if (type.base == "TEXT" || type.base == "CHAR") shown = word("cli.help.type.text");
            else if (type.base == "BOOLEAN") shown = word("cli.help.type.boolean");
            else shown = type.base;
            for (const std::string& v : type.validators) {
                if (v == "NONNEGATIVE" && number) shown = word("cli.help.type.number-nonnegative");
                else if (v == "FILE") shown = word("cli.help.type.file");
                else if (v == "DIR") shown = word("cli.help.type.folder");
                else if (v == "PATH") shown = word("cli.help.type.path");
                else shown += ":" + v;
            }
            // An argument's own name says what it is; an option shows that it takes a value.
            bool argument_only = !opt->nonpositional();
            bool plain_text = shown == word("cli.help.type.text");
            if (!(argument_only && plain_text)) out += " " + shown;
        }
        if (!opt->get_default_str().empty()) out += "=" + opt->get_default_str();
        if (opt->get_expected_max() == CLI::detail::expected_max_vector_size) out += " ...";
        else if (opt->get_expected_min() > 1) out += " x " + std::to_string(opt->get_expected());
        if (opt->get_required()) out += " " + word("cli.help.label.required");
    }
    auto option_names = [](const std::set<CLI::Option*>& options) {
        std::vector<std::string> list;
        for (const CLI::Option* o : options) list.push_back(o->get_name());
        std::sort(list.begin(), list.end());  // a set of pointers has no stable order
        return join(list);
    };
    if (!opt->get_envname().empty())
        out += " " + render_message("cli.help.label.env", lang_, std::vector<MessageArg>{{"name", opt->get_envname()}});
    if (!opt->get_needs().empty())
        out += " " + render_message("cli.help.label.needs", lang_,
                                    std::vector<MessageArg>{{"options", option_names(opt->get_needs())}});
    if (!opt->get_excludes().empty())
        out += " " + render_message("cli.help.label.excludes", lang_,
                                    std::vector<MessageArg>{{"options", option_names(opt->get_excludes())}});
    return out;
}

std::string HelpFormatter::make_group(std::string group, bool is_positional,
                                      std::vector<const CLI::Option*> opts) const {
    std::string out = "\n" + group_title(group) + ":\n";
    for (const CLI::Option* opt : opts) out += make_option(opt, is_positional);
    return out;
}

std::string HelpFormatter::make_positionals(const CLI::App* app) const {
    std::vector<const CLI::Option*> opts =
        app->get_options([](const CLI::Option* opt) { return !opt->get_group().empty() && opt->get_positional(); });
    if (opts.empty()) return {};
    return make_group(word("cli.help.label.arguments"), true, opts);
}

std::string HelpFormatter::options_of(const CLI::App* app) const {
    std::string out;
    for (const std::string& group : app->get_groups()) {
        if (group.empty()) continue;  // hidden
        std::vector<const CLI::Option*> opts = app->get_options(
            [&group](const CLI::Option* opt) { return opt->get_group() == group && opt->nonpositional(); });
        if (!opts.empty()) out += make_group(group, false, opts);
    }
    // The options of pop itself that every command takes, where a command's help shows them.
    if (app->get_parent() != nullptr) {
        std::string global = global_options_group(lang_);
        std::vector<const CLI::Option*> opts = help_layout::root_of(*app).get_options(
            [&global](const CLI::Option* opt) { return opt->get_group() == global; });
        if (!opts.empty()) out += make_group(global, false, opts);
    }
    return out;
}

std::string HelpFormatter::make_subcommands(const CLI::App* app, CLI::AppFormatMode mode) const {
    std::string out;
    std::vector<std::string> groups;  // in the order the commands were added
    for (const CLI::App* sub : app->get_subcommands({})) {
        if (sub->get_name().empty()) {
            if (!sub->get_group().empty()) out += make_expanded(sub);  // an option group
            continue;
        }
        std::string group = sub->get_group();
        if (!group.empty() && std::find(groups.begin(), groups.end(), group) == groups.end()) groups.push_back(group);
    }
    for (const std::string& group : groups) {
        out += "\n" + group_title(group) + ":\n";
        for (const CLI::App* sub : help_layout::commands_below(*app)) {
            if (sub->get_group() != group) continue;
            out += mode == CLI::AppFormatMode::All ? make_expanded(sub) : make_subcommand(sub);
        }
    }
    return out;
}

std::string HelpFormatter::make_subcommand(const CLI::App* sub) const {
    return row(sub->get_name(), sub->get_description(), column_width_);
}

std::string HelpFormatter::make_expanded(const CLI::App* sub) const {
    if (!sub->get_name().empty()) return CLI::Formatter::make_expanded(sub);
    // An option group (a command without a name): its options under its own title.
    std::vector<const CLI::Option*> opts =
        sub->get_options([](const CLI::Option* opt) { return !opt->get_group().empty(); });
    return make_group(sub->get_group(), false, opts);
}

std::string HelpFormatter::make_description(const CLI::App* app) const {
    // pop asks no command for "at least N options"; should one ever do, CLI11 words it (English),
    // and tests/help catches that in the Dutch help.
    if (app->get_require_option_min() > 0 || app->get_require_option_max() > 0)
        return CLI::Formatter::make_description(app);
    std::string description = app->get_description();
    if (app->get_required()) description += " " + word("cli.help.label.required");
    return description.empty() ? std::string() : description + "\n";
}

std::string HelpFormatter::make_usage(const CLI::App* app, std::string name) const {
    std::string out = word("cli.help.label.usage") + ": " + name;
    if (!app->get_options([](const CLI::Option* opt) { return opt->nonpositional(); }).empty())
        out += " [" + word("cli.help.label.options-placeholder") + "]";
    for (const CLI::Option* opt : app->get_options([](const CLI::Option* opt) { return opt->get_positional(); }))
        out += " " + make_option_usage(opt);
    if (!help_layout::commands_below(*app).empty()) {
        // pop alone prints an overview, but a command is what it is for: no brackets at the top.
        bool optional = app->get_require_subcommand_min() == 0 && app->get_parent() != nullptr;
        std::string command = word("cli.help.label.command-placeholder");
        out += " " + (optional ? "[" + command + "]" : command);
    }
    return out + "\n";
}

std::string HelpFormatter::make_help(const CLI::App* app, std::string name, CLI::AppFormatMode mode) const {
    if (mode == CLI::AppFormatMode::Sub) return make_expanded(app);
    std::string out = make_description(app);
    out += make_usage(app, name);
    out += make_positionals(app);
    out += options_of(app);
    out += make_subcommands(app, mode);
    std::string footer = app->get_footer();
    if (app->get_parent() == nullptr && !help_layout::commands_below(*app).empty())
        footer = word("cli.help.more");
    if (!footer.empty()) out += "\n" + footer + "\n";
    return out;
}

std::string global_options_group(Lang lang) { return render_message("cli.help.label.global-options", lang); }

void install_help(CLI::App& app, const std::string& version, Lang lang) {
    app.formatter(std::make_shared<HelpFormatter>(lang));
    app.set_help_flag("-h,--help", render_message("cli.help.flag.help", lang));
    app.set_version_flag("--version", version, render_message("cli.help.flag.version", lang));
}

std::string command_path(const CLI::App& command) {
    std::string path = command.get_name();
    for (const CLI::App* up = command.get_parent(); up != nullptr; up = up->get_parent()) path = up->get_name() + " " + path;
    return path;
}

const CLI::App& innermost_command(const CLI::App& app) {
    const CLI::App* current = &app;
    while (!current->get_subcommands().empty()) current = current->get_subcommands().front();
    return *current;
}

std::string help_text(const CLI::App& command) {
    return command.get_formatter()->make_help(&command, command_path(command), CLI::AppFormatMode::Normal);
}

std::string overview(const CLI::App& app, Lang lang) {
    std::vector<const CLI::App*> commands = help_layout::commands_below(app);
    std::size_t width = 0;
    for (const CLI::App* c : commands) width = std::max(width, help_layout::columns(c->get_name()));
    std::string out = app.get_description() + "\n\n" + render_message("cli.help.label.commands", lang) + ":\n";
    for (const CLI::App* c : commands) out += row(c->get_name(), c->get_description(), width + 4);
    out += "\n" + render_message("cli.help.overview.more", lang) + "\n";
    return out;
}

std::string see_help(const CLI::App& command, Lang lang) {
    return render_message("cli.see-help", lang, std::vector<MessageArg>{{"command", command_path(command)}});
}

std::variant<const CLI::App*, std::string> find_command(const CLI::App& app, const std::vector<std::string>& words,
                                                        Lang lang, bool leaf_stops) {
    const CLI::App* current = &app;
    for (const std::string& word : words) {
        std::vector<const CLI::App*> below = help_layout::commands_below(*current, true);
        if (below.empty()) {
            if (leaf_stops) return current;
            return render_message("ui.no-subcommands", lang,
                                  std::vector<MessageArg>{{"command", command_path(*current)}, {"name", word}});
        }
        auto found = std::find_if(below.begin(), below.end(), [&](const CLI::App* c) { return c->get_name() == word; });
        if (found != below.end()) {
            current = *found;
            continue;
        }
        std::vector<std::string> known = help_layout::names(help_layout::commands_below(*current));
        std::vector<std::string_view> candidates(known.begin(), known.end());
        std::vector<MessageArg> args{{"name", word}, {"commands", join(known)}, {"command", command_path(*current)}};
        std::string_view hit = suggest(word, candidates);
        if (!hit.empty()) args.push_back({"suggestion", std::string(hit)});
        bool top = current->get_parent() == nullptr;
        std::string key = top ? "ui.unknown-command" : "ui.unknown-subcommand";
        return render_message(hit.empty() ? key : key + ".suggest", lang, args);
    }
    return current;
}

void add_help(CLI::App& app, Globals& globals, int& exit_code) {
    auto words = std::make_shared<std::vector<std::string>>();
    CLI::App* help = app.add_subcommand("help", render_message("cli.help.help", globals.lang));
    help->add_option(render_message("cli.arg.command", globals.lang), *words,
                     render_message("cli.help.opt.command", globals.lang));
    help->callback([words, help, &globals, &exit_code] {
        auto found = find_command(*help->get_parent(), *words, globals.lang, false);
        if (const std::string* problem = std::get_if<std::string>(&found)) {
            usage_error(*problem);
            exit_code = kExitUsage;
            return;
        }
        std::fputs(help_text(*std::get<const CLI::App*>(found)).c_str(), stdout);
        exit_code = kExitClean;
    });
}

namespace {

/// The long names of the options whose value is a date, and of those whose value is a file.
constexpr std::array kDateOptions{"--start", "--end", "--on", "--date", "--due", "--agreed-on", "--done"};
constexpr std::array kFileOptions{"--file", "--pop", "--output", "--policy", "--roster", "--school-goals"};

void name_value_types_in(CLI::App& command, const std::string& date, const std::string& file) {
    for (CLI::Option* option : command.get_options()) {
        if (option->get_type_size() == 0) continue;  // a flag takes no value
        for (const std::string& name : option->get_lnames()) {
            std::string long_name = "--" + name;
            if (std::find(kDateOptions.begin(), kDateOptions.end(), long_name) != kDateOptions.end())
                option->type_name(date);
            else if (std::find(kFileOptions.begin(), kFileOptions.end(), long_name) != kFileOptions.end())
                option->type_name(file);
        }
    }
    for (CLI::App* sub : command.get_subcommands({})) name_value_types_in(*sub, date, file);
}

}  // namespace

void name_value_types(CLI::App& app, Lang lang) {
    name_value_types_in(app, render_message("cli.help.type.date", lang), render_message("cli.help.type.file", lang));
}

}  // namespace pop::cli
