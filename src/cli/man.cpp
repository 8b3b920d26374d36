// `pop __man [--date YYYY-MM-DD] OUTDIR` (hidden): writes the man pages pop.1 and pop-COMMAND.1 in
// the language of --lang, from the same command definitions and catalog texts as `--help`. The
// build runs it (cmake/man.cmake); nothing it writes is committed.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

#include "cli_common.h"
#include "help.h"
#include "pop/base/version.h"

// Private helpers in a named namespace: the unity build of src/cli merges anonymous namespaces.
namespace pop::cli::man_page {

/// A line of text for roff: backslashes and hyphens escaped, non-ASCII characters as \[uXXXX]
/// (the page then reads the same whatever encoding man assumes), a leading '.' or '\'' made
/// literal with \&, and no line break inside.
std::string roff(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c == '\\') {
            out += "\\e";
        } else if (c == '-') {
            out += "\\-";
        } else if (c == '\n' || c == '\t') {
            out += ' ';
        } else if (c < 0x80) {
            out += static_cast<char>(c);
        } else {
            // UTF-8: the lead byte says how many continuation bytes follow.
            int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
            char32_t point = extra == 3 ? c & 0x07 : extra == 2 ? c & 0x0F : c & 0x1F;
            for (int k = 0; k < extra && i + 1 < text.size(); ++k) point = (point << 6) | (text[++i] & 0x3F);
            char buffer[16];
            std::snprintf(buffer, sizeof buffer, "\\[u%04X]", static_cast<unsigned>(point));
            out += buffer;
        }
    }
    if (!out.empty() && (out.front() == '.' || out.front() == '\'')) out.insert(0, "\\&");
    return out;
}

/// A macro argument in double quotes (a double quote inside as \(dq).
std::string macro_arg(std::string_view text) {
    std::string escaped = roff(text);
    std::string out = "\"";
    for (char c : escaped) out += c == '"' ? std::string("\\(dq") : std::string(1, c);
    return out + "\"";
}

/// A one-line help text as a sentence: "check POP files" -> "Check POP files.".
std::string sentence(std::string text) {
    if (!text.empty() && text.front() >= 'a' && text.front() <= 'z') text.front() = static_cast<char>(text.front() - 'a' + 'A');
    if (!text.empty() && text.back() != '.') text += '.';
    return text;
}

/// The named commands below `app` that the help lists (not the hidden `__` ones).
std::vector<const CLI::App*> visible_commands(const CLI::App& app) {
    return app.get_subcommands([](const CLI::App* sub) {
        return !sub->get_name().empty() && !sub->get_disabled() && !sub->get_group().empty();
    });
}

const CLI::App& root_of(const CLI::App& app) {
    const CLI::App* root = &app;
    while (root->get_parent() != nullptr) root = root->get_parent();
    return *root;
}

/// The page of a top-level command, as man names it: "pop-check"; "pop" for pop itself.
std::string page_name(const CLI::App& command) {
    return command.get_parent() == nullptr ? std::string("pop") : "pop-" + command.get_name();
}

/// Writes one man page from the command definitions.
class PageWriter {
public:
    PageWriter(const CLI::App& command, Lang lang, std::string date)
        : command_(command), lang_(lang), date_(std::move(date)),
          formatter_(std::dynamic_pointer_cast<HelpFormatter>(command.get_formatter())) {}

    std::string page() {
        std::string name = page_name(command_);
        std::string upper = name;
        std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
        out_ = ".\\\" " + roff("Made by `pop __man` from the definitions behind `" + command_path(command_) +
                               " --help`; do not edit.") + "\n";
        out_ += ".TH " + macro_arg(upper) + " 1 " + macro_arg(date_) + " " + macro_arg("pop " + std::string(kPopVersion)) + " " +
                macro_arg(word("man.manual")) + "\n";
        out_ += ".nh\n.ad l\n";  // no hyphenation, no justification: every text reads as in --help
        // pop's own description starts with "pop: " (the first line of `pop --help`); NAME says it already.
        std::string description = command_.get_description();
        if (description.starts_with("pop: ")) description.erase(0, 5);
        section("man.section.name");
        text(name + " - " + description);
        synopsis();
        section("man.section.description");
        text(sentence(description));
        description_extra(command_);
        if (command_.get_parent() == nullptr) command_list();
        else subcommand_sections();
        section("man.section.options");
        options(command_, true);
        exit_status();
        environment();
        files();
        examples();
        see_also();
        return out_;
    }

private:
    std::string word(std::string_view key) const { return render_message(key, lang_); }

    void section(std::string_view key) { out_ += ".SH " + macro_arg(word(key)) + "\n"; }
    void text(std::string_view line) { out_ += roff(line) + "\n"; }
    void paragraph(std::string_view line) { out_ += ".PP\n" + roff(line) + "\n"; }

    /// "Usage: pop goal set [OPTIONS] GOAL FIELD [VALUE]" as a synopsis line: the command bold.
    void usage_line(const CLI::App& command) {
        std::string path = command_path(command);
        std::string usage = formatter_->make_usage(&command, path);
        std::size_t at = usage.find(path);
        std::string rest = at == std::string::npos ? std::string() : usage.substr(at + path.size());
        while (!rest.empty() && rest.back() == '\n') rest.pop_back();
        out_ += "\\fB" + roff(path) + "\\fR" + roff(rest) + "\n";
    }

    void synopsis() {
        section("man.section.synopsis");
        out_ += ".nf\n";
        std::vector<const CLI::App*> below = visible_commands(command_);
        usage_line(command_);
        for (const CLI::App* sub : below)
            if (command_.get_parent() != nullptr) usage_line(*sub);  // pop(1) lists its commands below
        out_ += ".fi\n";
    }

    /// The longer description of a command from the catalog (man.<command words>.description), if any.
    void description_extra(const CLI::App& command) {
        std::string key = "man.description";
        std::string path = command_path(command);
        for (std::size_t i = path.find(' '); i != std::string::npos; i = path.find(' ', i + 1)) {
            std::size_t end = path.find(' ', i + 1);
            key += "." + path.substr(i + 1, end == std::string::npos ? std::string::npos : end - i - 1);
        }
        if (auto extra = message_template(key, lang_)) paragraph(render_message(key, lang_));
    }

    /// pop(1): the commands, each with its description and its page.
    void command_list() {
        section("man.section.commands");
        for (const CLI::App* sub : visible_commands(command_)) {
            out_ += ".TP\n\\fB" + roff(sub->get_name()) + "\\fR\n" + roff(sub->get_description()) + "\n";
            out_ += ".br\n\\fB" + roff(page_name(*sub)) + "\\fR(1)\n";
        }
    }

    /// pop-goal(1): each of `pop goal`'s own commands with its usage, arguments and options.
    void subcommand_sections() {
        std::vector<const CLI::App*> below = visible_commands(command_);
        if (below.empty()) return;
        section("man.section.commands");
        for (const CLI::App* sub : below) {
            out_ += ".SS " + macro_arg(command_path(*sub)) + "\n";
            text(sentence(sub->get_description()));
            description_extra(*sub);
            out_ += ".PP\n.nf\n";
            usage_line(*sub);
            out_ += ".fi\n";
            options(*sub, false);
        }
    }

    /// One option or argument: names and value as --help shows them, then its help text.
    void option(const CLI::Option* opt, bool positional) {
        std::string name = formatter_->make_option_name(opt, positional);
        std::string opts = formatter_->make_option_opts(opt);
        out_ += ".TP\n" + std::string(positional ? "\\fI" : "\\fB") + roff(name) + "\\fR" + roff(opts) + "\n";
        text(opt->get_description());
    }

    std::string group_title(const std::string& group) const {
        return group == "Options" ? word("cli.help.label.options") : group;  // CLI11's default group
    }

    /// The arguments and options of `command` in the groups of its help; `with_global` adds the
    /// options of pop itself that every command takes.
    void options(const CLI::App& command, bool with_global) {
        std::vector<const CLI::Option*> positionals = command.get_options(
            [](const CLI::Option* opt) { return !opt->get_group().empty() && opt->get_positional(); });
        bool titled = with_global;  // a section of its own, not a command inside COMMANDS
        if (!positionals.empty()) {
            out_ += (titled ? ".SS " : ".PP\n.B ") + macro_arg(word("cli.help.label.arguments")) + "\n";
            for (const CLI::Option* opt : positionals) option(opt, true);
        }
        std::string global = global_options_group(lang_);
        for (const std::string& group : command.get_groups()) {
            if (group.empty()) continue;
            std::vector<const CLI::Option*> opts = command.get_options(
                [&group](const CLI::Option* opt) { return opt->get_group() == group && opt->nonpositional(); });
            if (opts.empty()) continue;
            out_ += (titled ? ".SS " : ".PP\n.B ") + macro_arg(group_title(group)) + "\n";
            for (const CLI::Option* opt : opts) option(opt, false);
        }
        if (with_global && command.get_parent() != nullptr) {
            std::vector<const CLI::Option*> opts =
                root_of(command).get_options([&global](const CLI::Option* opt) { return opt->get_group() == global; });
            out_ += ".SS " + macro_arg(global) + "\n";
            for (const CLI::Option* opt : opts) option(opt, false);
        }
    }

    /// Which exit codes a command has, and the kind of command whose meaning of each it takes.
    std::string kind() const {
        if (command_.get_parent() == nullptr) return "";
        const std::string& name = command_.get_name();
        if (name == "check") return "check";
        if (name == "status" || name == "due" || name == "report" || name == "hours" || name == "sheet" ||
            name == "calendar" || name == "diff")
            return "read";
        if (name == "schema" || name == "help") return "info";
        if (name == "lsp") return "lsp";
        return "edit";
    }

    void exit_status() {
        section("man.section.exit-status");
        std::string k = kind();
        std::vector<int> codes{0, 1, 2, 3, 70};
        if (k == "read") codes = {0, 2, 3, 70};
        if (k == "info") codes = {0, 2, 70};
        if (k == "lsp") codes = {0, 1, 2, 70};
        for (int code : codes) {
            std::string key = "man.exit." + std::to_string(code);
            if (!k.empty() && message_template(key + "." + k, lang_)) key += "." + k;
            out_ += ".TP\n.B " + std::to_string(code) + "\n" + roff(word(key)) + "\n";
        }
    }

    bool has_option(std::string_view long_name) const {
        for (const CLI::App* c : all_commands())
            for (const CLI::Option* opt : c->get_options())
                if (opt->check_lname(std::string(long_name.substr(2)))) return true;
        return false;
    }

    std::vector<const CLI::App*> all_commands() const {
        std::vector<const CLI::App*> out{&command_};
        for (std::size_t i = 0; i < out.size(); ++i)
            for (const CLI::App* sub : visible_commands(*out[i])) out.push_back(sub);
        return out;
    }

    void variable(std::string_view names, std::string_view key) {
        out_ += ".TP\n.B " + roff(names) + "\n" + roff(word(key)) + "\n";
    }

    void environment() {
        section("man.section.environment");
        bool top = command_.get_parent() == nullptr;
        const std::string& name = command_.get_name();
        variable("LANGUAGE, LC_ALL, LC_MESSAGES, LANG", "man.env.lang");
        variable("NO_COLOR", "man.env.no-color");
        variable("TERM", "man.env.term");
        if (top || has_option("--width")) variable("COLUMNS", "man.env.columns");
        if (top || name == "check") {
            variable("GITHUB_ACTIONS", "man.env.github-actions");
            variable("TMPDIR", "man.env.tmpdir");
        }
        if (top || name == "check" || name == "diff" || name == "status" || name == "due" || name == "report" ||
            name == "calendar")
            variable("PATH", "man.env.path");
    }

    void files() {
        section("man.section.files");
        variable("*.pop.yaml", "man.files.pop");
        variable("pop-policy.yaml", "man.files.policy");
        variable("pop-roster.yaml", "man.files.roster");
        variable("pop-school-goals.yaml", "man.files.school-goals");
        variable("/usr/share/pop/schemas/*.schema.json", "man.files.schemas");
    }

    void examples();
    void see_also();

    const CLI::App& command_;
    Lang lang_;
    std::string date_;
    std::shared_ptr<HelpFormatter> formatter_;
    std::string out_;
};

/// An example of a man page: a command line that works in a copy of examples/ and what it does.
struct Example {
    std::string_view page;     ///< "pop", "check", "goal", ...
    std::string_view line;     ///< The command line (the same in every language).
    std::string_view key;      ///< Catalog key of what it does.
};

constexpr Example kExamples[] = {
    {"pop", "pop check", "man.example.pop.check"},
    {"pop", "pop --lang nl status pops/a.jansen.pop.yaml", "man.example.pop.lang"},
    {"pop", "pop help goal set", "man.example.pop.help"},
    {"check", "pop check", "man.example.check.here"},
    {"check", "pop check --strict pops/a.jansen.pop.yaml", "man.example.check.strict"},
    {"check", "pop check --format sarif . > pop.sarif || [ $? -eq 1 ]", "man.example.check.sarif"},
    {"check", "pop check --list", "man.example.check.list"},
    {"init", "pop init --id e.demir --name 'Elif Demir' --start 2026-08-01 --end 2028-07-31", "man.example.init"},
    {"goal", "pop goal add --pop pops/a.jansen.pop.yaml --id lezen --title 'Meer lezen in de klas' --measurable 'elke les 10 minuten' --start 2026-09-01 --end 2027-06-30", "man.example.goal.add"},
    {"goal", "pop goal set --pop pops/a.jansen.pop.yaml lezen --end 2027-07-15", "man.example.goal.set"},
    {"goal", "pop goal status --pop pops/a.jansen.pop.yaml lezen achieved", "man.example.goal.status"},
    {"step", "pop step add --pop pops/a.jansen.pop.yaml lezen --what 'Lesbezoek bij een collega' --due 2027-01-15", "man.example.step.add"},
    {"step", "pop step done --pop pops/a.jansen.pop.yaml lezen 1", "man.example.step.done"},
    {"evidence", "pop evidence add --pop pops/a.jansen.pop.yaml 1 --what 'Verslag van het lesbezoek' --file bewijs/a.jansen/lesbezoek-1.md", "man.example.evidence.add"},
    {"log", "pop log --pop pops/a.jansen.pop.yaml formatief-engels --hours 1.5 --what 'Intervisie starters' --method intervision", "man.example.log.goal"},
    {"log", "pop log --pop pops/a.jansen.pop.yaml --hours 2 --euros 34.50 --what 'Boek over formatief evalueren' --method reading", "man.example.log.pop"},
    {"talk", "pop talk add --pop pops/a.jansen.pop.yaml --kind progress --with 'M. de Boer' --date 2027-01-26", "man.example.talk.add"},
    {"sign", "pop sign --pop pops/a.jansen.pop.yaml --manager 'M. de Boer'", "man.example.sign"},
    {"renew", "pop renew --pop pops/a.jansen.pop.yaml --dry-run", "man.example.renew"},
    {"status", "pop status pops/a.jansen.pop.yaml", "man.example.status"},
    {"due", "pop due --within 30d", "man.example.due"},
    {"report", "pop report --format csv --excel > pop.csv", "man.example.report.csv"},
    {"report", "pop report --format html > pop.html", "man.example.report.html"},
    {"hours", "pop hours --school-year 2026 pops/a.jansen.pop.yaml", "man.example.hours"},
    {"sheet", "pop sheet -o gesprek.html pops/a.jansen.pop.yaml", "man.example.sheet"},
    {"calendar", "pop calendar > pop.ics", "man.example.calendar"},
    {"diff", "pop diff HEAD pops/a.jansen.pop.yaml", "man.example.diff"},
    {"schema", "pop schema pop > pop.schema.json", "man.example.schema"},
    {"help", "pop help goal set", "man.example.help"},
    {"lsp", "pop lsp", "man.example.lsp"},
};

void PageWriter::examples() {
    std::string page = command_.get_parent() == nullptr ? "pop" : command_.get_name();
    bool any = false;
    for (const Example& e : kExamples) {
        if (e.page != page) continue;
        if (!any) section("man.section.examples");
        any = true;
        out_ += ".PP\n" + roff(word(e.key)) + "\n.PP\n.RS 4\n.nf\n" + roff(e.line) + "\n.fi\n.RE\n";
    }
}

void PageWriter::see_also() {
    section("man.section.see-also");
    std::vector<std::string> pages;
    if (command_.get_parent() != nullptr) pages.push_back("pop");
    for (const CLI::App* sub : visible_commands(root_of(command_)))
        if (sub != &command_) pages.push_back(page_name(*sub));
    if (command_.get_name() == "check" || command_.get_name() == "diff") pages.push_back("git");
    std::string line;
    for (std::size_t i = 0; i < pages.size(); ++i)
        line += "\\fB" + roff(pages[i]) + "\\fR(1)" + (i + 1 < pages.size() ? ",\n" : "\n");
    out_ += line;
    paragraph(word("man.see-also.docs"));
}

}  // namespace pop::cli::man_page

namespace pop::cli {

void add_man(CLI::App& app, Globals& globals, int& exit_code) {
    auto* cmd = app.add_subcommand("__man", render_message("man.command", globals.lang));
    cmd->group("");  // hidden: in no help, no overview and no command list
    auto folder = std::make_shared<std::string>();
    auto date = std::make_shared<std::string>();
    cmd->add_option(render_message("man.arg.folder", globals.lang), *folder, render_message("man.opt.folder", globals.lang))
        ->required();
    cmd->add_option("--date", *date, render_message("man.opt.date", globals.lang));
    cmd->callback([cmd, folder, date, &globals, &exit_code] {
        const CLI::App& root = man_page::root_of(*cmd);
        std::vector<const CLI::App*> commands{&root};
        for (const CLI::App* sub : man_page::visible_commands(root)) commands.push_back(sub);
        std::error_code error;
        std::filesystem::create_directories(*folder, error);
        for (const CLI::App* command : commands) {
            std::string path = *folder + "/" + man_page::page_name(*command) + ".1";
            std::ofstream out(path, std::ios::binary | std::ios::trunc);
            out << man_page::PageWriter(*command, globals.lang, *date).page();
            out.close();
            if (!out) {
                usage_error(render_message("man.cannot-write", globals.lang, std::vector<MessageArg>{{"path", path}}));
                exit_code = kExitUnreadable;
                return;
            }
        }
        exit_code = kExitClean;
    });
}

}  // namespace pop::cli
