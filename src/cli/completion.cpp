// Shell completion: `pop __complete [--shell S] -- WORD...` prints what may come at the end of a
// command line (the last word is the one being completed, maybe empty), computed from the same
// CLI11 definitions as --help, with values from the format spec, from the POP in the current
// folder and from its policy (the competence areas); `pop __completion bash|zsh|fish` prints the
// script that asks it. Both are hidden.
//
// Output of __complete: one candidate a line (`value`, or `value<TAB>description` for zsh and
// fish), then one directive line: `:file` (let the shell complete file names) or `:none`.
// It never writes to stderr and never changes a file.
#include <unistd.h>

#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <set>

#include "cli_common.h"
#include "help.h"
#include "inputs.h"
#include "pop/edit/goal_edits.h"
#include "pop/edit/pop_edit.h"
#include "pop/edit/step_edits.h"
#include "pop/format/spec.h"
#include "pop/model/competence.h"
#include "pop/workspace/workspace.h"
#include "platform/disk_files.h"

// Private helpers in a named namespace: the unity build of src/cli merges anonymous namespaces.
namespace pop::cli::completion {

/// One word the shell may offer, with what it means (shown by zsh and fish).
struct Candidate {
    std::string value;
    std::string description;
};

/// What to offer for the word being completed.
struct Offer {
    std::vector<Candidate> candidates;
    bool files = false;  ///< Let the shell complete file names.
};

/// What the words before the one being completed say.
struct Walk {
    const CLI::App* command = nullptr;  ///< The innermost command named.
    std::vector<std::string> positionals;  ///< Its arguments so far.
    const CLI::Option* pending = nullptr;  ///< An option whose value is being completed.
    std::string pop_file;                  ///< --file/--pop as given (empty: the POP of the folder).
    bool only_arguments = false;           ///< After `--`.
};

/// The first line of a help text, without tabs.
std::string short_text(std::string_view text) {
    std::string out(text.substr(0, text.find('\n')));
    for (char& c : out)
        if (c == '\t') c = ' ';
    constexpr std::size_t kMax = 70;
    if (out.size() > kMax) {
        std::size_t cut = kMax;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;  // never inside a character
        out = out.substr(0, cut) + "...";
    }
    return out;
}

/// The commands a user may name below `app` (not the hidden `__*` ones, not option groups).
std::vector<const CLI::App*> visible_commands(const CLI::App& app) {
    return app.get_subcommands([](const CLI::App* sub) {
        return !sub->get_name().empty() && !sub->get_disabled() && !sub->get_group().empty();
    });
}

/// The options in force in `command`: its own (with those of its option groups) and its parents'.
std::vector<const CLI::Option*> options_in_force(const CLI::App& command) {
    std::vector<const CLI::Option*> out;
    for (const CLI::App* app = &command; app != nullptr; app = app->get_parent()) {
        for (const CLI::Option* o : app->get_options()) out.push_back(o);
        for (const CLI::App* group : app->get_subcommands({}))
            if (group->get_name().empty())
                for (const CLI::Option* o : group->get_options()) out.push_back(o);
    }
    return out;
}

/// The option named by `word` ("--format", "-f"), or nullptr.
const CLI::Option* option_named(const CLI::App& command, const std::string& word) {
    for (const CLI::Option* o : options_in_force(command)) {
        if (!o->nonpositional()) continue;
        if (word.starts_with("--")) {
            for (const std::string& l : o->get_lnames())
                if (word.substr(2) == l) return o;
        } else if (word.size() == 2 && word[0] == '-') {
            for (const std::string& s : o->get_snames())
                if (word.substr(1) == s) return o;
        }
    }
    return nullptr;
}

/// Whether an option takes a value (a flag made with add_flag_callback, such as --version, has a
/// type size but expects none).
bool takes_value(const CLI::Option* o) { return o->get_type_size() != 0 && o->get_expected_max() != 0; }

bool has_long_name(const CLI::Option* o, std::string_view name) {
    for (const std::string& l : o->get_lnames())
        if (l == name) return true;
    return false;
}

/// The positional arguments of a command, in order.
std::vector<const CLI::Option*> arguments_of(const CLI::App& command) {
    std::vector<const CLI::Option*> out;
    for (const CLI::Option* o : command.get_options())
        if (!o->nonpositional()) out.push_back(o);
    return out;
}

Walk walk(const CLI::App& root, const std::vector<std::string>& before) {
    Walk w;
    w.command = &root;
    for (const std::string& word : before) {
        if (w.pending) {
            if (has_long_name(w.pending, "pop")) w.pop_file = word;
            w.pending = nullptr;
            continue;
        }
        if (!w.only_arguments && word == "--") {
            w.only_arguments = true;
            continue;
        }
        if (!w.only_arguments && word.size() > 1 && word[0] == '-') {
            std::size_t eq = word.find('=');
            const CLI::Option* o = option_named(*w.command, word.substr(0, eq));
            if (o && takes_value(o)) {
                if (eq == std::string::npos) w.pending = o;
                else if (has_long_name(o, "pop")) w.pop_file = word.substr(eq + 1);
            }
            continue;
        }
        if (w.positionals.empty() && !w.only_arguments) {
            const CLI::App* sub = nullptr;
            for (const CLI::App* c : visible_commands(*w.command))
                if (c->get_name() == word) sub = c;
            if (sub) {
                w.command = sub;
                continue;
            }
        }
        w.positionals.push_back(word);
    }
    return w;
}

/// The values an option or argument allows when CLI11 checks them against a set (IsMember, or a
/// validator described as "{a,b}"), in the order given.
std::vector<std::string> member_values(const CLI::Option* o) {
    std::vector<std::string> out;
    std::string type = o->get_type_name();
    std::size_t open = type.find('{');
    std::size_t close = type.find('}', open);
    if (open == std::string::npos || close == std::string::npos) return out;
    std::string inner = type.substr(open + 1, close - open - 1);
    for (std::size_t from = 0; from <= inner.size();) {
        std::size_t comma = inner.find(',', from);
        if (comma == std::string::npos) comma = inner.size();
        out.push_back(inner.substr(from, comma - from));
        from = comma + 1;
    }
    return out;
}

/// The field at `path` of a POP, as the format spec has it; nullptr when there is none.
const FieldSpec* pop_field(std::initializer_list<std::string_view> path) {
    const ObjectSpec* object = &spec_for(FileKind::Pop);
    const FieldSpec* field = nullptr;
    for (std::string_view key : path) {
        if (!object) return nullptr;
        field = find_field(*object, key);
        if (!field) return nullptr;
        object = field->type.object;
    }
    return field;
}

/// The allowed values of an enum field (or list of enums), from the format spec; each described by
/// its Dutch word in Dutch.
std::vector<Candidate> spec_choices(const FieldSpec* field, Lang lang) {
    std::vector<Candidate> out;
    if (!field) return out;
    for (const Choice& c : field->type.choices)
        out.push_back({std::string(c.value), lang == Lang::En ? std::string() : std::string(c.term_nl)});
    return out;
}

/// The options whose values CLI11 does not check but the format does: the field each one fills.
const FieldSpec* field_of_option(const CLI::App& command, const CLI::Option* o) {
    std::string path = command_path(command);
    if (path == "pop goal add") {
        if (has_long_name(o, "status")) return pop_field({"goals", "status"});
        if (has_long_name(o, "learning")) return pop_field({"goals", "learning"});
        if (has_long_name(o, "method")) return pop_field({"goals", "methods"});
    }
    if (path == "pop talk add" && has_long_name(o, "kind")) return pop_field({"conversations", "kind"});
    if (path == "pop log" && has_long_name(o, "learning")) return pop_field({"log", "learning"});
    if (path == "pop log" && has_long_name(o, "method")) return pop_field({"log", "method"});
    return nullptr;
}

/// Whether the value of an option or argument is a file or folder.
bool names_file(const CLI::Option* o, Lang lang) {
    if (o->nonpositional()) return o->get_type_name() == render_message("cli.help.type.file", lang);
    std::string name = o->get_name();
    return name == render_message("cli.arg.path", lang) || name == render_message("cli.arg.file", lang);
}

/// The path of the POP the command would edit: `named` (--pop), or the POP of the current folder;
/// nullopt when there is none.
std::optional<std::string> pop_path(const std::string& named) {
    if (!named.empty()) return named;
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    Date today{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
    return pop_of_folder("", DiskFileSource(), today).path;
}

/// The POP the command would edit, read through the core; nullopt when there is none or it cannot
/// be read as YAML (no message: completion says nothing).
std::optional<PopEdit> read_pop(const std::string& named) {
    std::optional<std::string> path = pop_path(named);
    if (!path) return std::nullopt;
    FileBytes read = read_file(*path, ReadLimits{}.max_bytes);
    if (read.error) return std::nullopt;
    return PopEdit::start(std::move(read.bytes));
}

/// The areas a goal's `competence` may name: those of the competence framework of the policy of the
/// POP being edited (found as `pop check` finds it), or, without a POP or a framework, the Dutch
/// bekwaamheidseisen; each described by its name in the user's language.
std::vector<Candidate> competence_candidates(const std::string& named, Lang lang) {
    std::optional<CompetenceFramework> framework;
    if (std::optional<std::string> path = pop_path(named))
        framework = load_pop_context(*path, DiskFileSource()).policy.competence_framework;
    std::vector<Candidate> out;
    for (const CompetenceArea& a : goal_framework(framework).areas)
        out.push_back({a.id, short_text(is_dutch(lang) ? a.name_nl : a.name_en)});
    return out;
}

/// The goals of the POP: their ids (their number when they have none), described by their title.
std::vector<Candidate> goal_candidates(const PopEdit& pop) {
    std::vector<Candidate> out;
    std::vector<std::string> ids = goal_ids(pop.doc());
    for (std::size_t i = 0; i < ids.size(); ++i) {
        std::string value = ids[i].empty() ? std::to_string(i + 1) : ids[i];
        out.push_back({value, short_text(pop.scalar({std::string("goals"), i, std::string("title")}))});
    }
    return out;
}

/// The steps of the goal named `goal`: their ids (their number when they have none), described by what they are.
std::vector<Candidate> step_candidates(const PopEdit& pop, const std::string& goal) {
    std::vector<Candidate> out;
    auto index = find_goal(goal_ids(pop.doc()), goal, "");
    if (!std::holds_alternative<std::size_t>(index)) return out;
    std::vector<StepInfo> steps = steps_of(pop.doc(), std::get<std::size_t>(index));
    for (std::size_t i = 0; i < steps.size(); ++i)
        out.push_back({steps[i].id.empty() ? std::to_string(i + 1) : steps[i].id, short_text(steps[i].what)});
    return out;
}

/// The fields `pop goal set` or `pop step set` can change.
std::vector<Candidate> field_candidates(const CLI::App& command, Lang lang) {
    std::vector<Candidate> out;
    auto describe = [lang](const FieldSpec* spec) {
        if (!spec) return std::string();
        return short_text(lang == Lang::En ? field_description(*spec, Lang::En) : std::string(spec->term_nl));
    };
    if (command.get_parent() && command.get_parent()->get_name() == "step") {
        if (const FieldSpec* steps = pop_field({"goals", "steps"}); steps && steps->type.object)
            for (const FieldSpec& f : steps->type.object->fields) out.push_back({std::string(f.key), describe(&f)});
        return out;
    }
    for (const GoalField& f : goal_fields()) out.push_back({f.name, describe(f.spec)});
    return out;
}

/// The values of argument VALUE after FIELD `field` of `pop goal set` or `pop step set`, when the
/// field is an enum or a goal's competence area.
std::vector<Candidate> value_candidates(const CLI::App& command, const Walk& w, const std::string& field, Lang lang) {
    if (command.get_parent() && command.get_parent()->get_name() == "step") {
        const FieldSpec* steps = pop_field({"goals", "steps"});
        if (!steps || !steps->type.object) return {};
        return spec_choices(find_field(*steps->type.object, canonical_step_field(field)), lang);
    }
    auto found = find_goal_field(field);
    const GoalField* f = std::get_if<GoalField>(&found);
    if (!f) return {};
    if (f->name == "competence") return competence_candidates(w.pop_file, lang);
    return spec_choices(f->spec, lang);
}

/// The commands below the words after `pop help`.
std::vector<Candidate> help_candidates(const CLI::App& root, const std::vector<std::string>& words) {
    const CLI::App* current = &root;
    for (const std::string& word : words) {
        const CLI::App* next = nullptr;
        for (const CLI::App* c : visible_commands(*current))
            if (c->get_name() == word) next = c;
        if (!next) return {};
        current = next;
    }
    std::vector<Candidate> out;
    for (const CLI::App* c : visible_commands(*current))
        out.push_back({c->get_name(), short_text(c->get_description())});
    return out;
}

/// What may be written for the value of option or argument `o` of `command`.
Offer values_of(const CLI::App& root, const Walk& w, const CLI::Option* o, Lang lang) {
    Offer offer;
    for (const std::string& v : member_values(o)) offer.candidates.push_back({v, ""});
    if (!offer.candidates.empty()) return offer;
    if (o->nonpositional()) {
        if (command_path(*w.command) == "pop goal add" && has_long_name(o, "competence")) {
            offer.candidates = competence_candidates(w.pop_file, lang);
            return offer;
        }
        offer.candidates = spec_choices(field_of_option(*w.command, o), lang);
        offer.files = offer.candidates.empty() && names_file(o, lang);
        return offer;
    }
    std::string name = o->get_name();
    auto is = [&](std::string_view key) { return name == render_message(key, lang); };
    if (is("cli.arg.goal")) {
        if (auto pop = read_pop(w.pop_file)) offer.candidates = goal_candidates(*pop);
    } else if (is("cli.arg.step")) {
        if (auto pop = read_pop(w.pop_file); pop && !w.positionals.empty())
            offer.candidates = step_candidates(*pop, w.positionals.front());
    } else if (is("cli.arg.status")) {
        offer.candidates = spec_choices(pop_field({"goals", "status"}), lang);
    } else if (is("cli.arg.field")) {
        offer.candidates = field_candidates(*w.command, lang);
    } else if (is("cli.arg.value")) {
        if (!w.positionals.empty()) offer.candidates = value_candidates(*w.command, w, w.positionals.back(), lang);
    } else if (is("cli.arg.command")) {
        offer.candidates = help_candidates(root, w.positionals);
    } else {
        offer.files = names_file(o, lang);
    }
    return offer;
}

/// What may be written as the word `current` after the words `before`.
Offer complete(const CLI::App& root, const std::vector<std::string>& before, const std::string& current, Lang lang) {
    Walk w = walk(root, before);
    if (w.pending) return values_of(root, w, w.pending, lang);
    Offer offer;
    if (!w.only_arguments && current.starts_with("-")) {
        for (const CLI::Option* o : options_in_force(*w.command)) {
            if (!o->nonpositional() || o->get_group().empty()) continue;
            for (const std::string& l : o->get_lnames())
                offer.candidates.push_back({"--" + l, short_text(o->get_description())});
        }
        return offer;
    }
    if (w.positionals.empty() && !w.only_arguments && !visible_commands(*w.command).empty()) {
        for (const CLI::App* c : visible_commands(*w.command))
            offer.candidates.push_back({c->get_name(), short_text(c->get_description())});
        return offer;
    }
    std::vector<const CLI::Option*> arguments = arguments_of(*w.command);
    std::size_t given = w.positionals.size();
    for (const CLI::Option* a : arguments) {
        bool many = a->get_expected_max() > 1;
        if (many || given == 0) return values_of(root, w, a, lang);
        --given;
    }
    return offer;
}

/// Prints an offer: the candidates that start with `current` (each once: --help is the command's
/// and its parents'), then the directive.
void print(const Offer& offer, const std::string& current, bool described) {
    std::set<std::string> printed;
    for (const Candidate& c : offer.candidates) {
        if (!c.value.starts_with(current) || !printed.insert(c.value).second) continue;
        if (described && !c.description.empty()) std::printf("%s\t%s\n", c.value.c_str(), c.description.c_str());
        else std::printf("%s\n", c.value.c_str());
    }
    std::printf("%s\n", offer.files ? ":file" : ":none");
}

}  // namespace pop::cli::completion

namespace pop::cli {

std::string completion_script(std::string_view shell);

void add_completion(CLI::App& app, Globals& globals, int& exit_code) {
    struct Request {
        std::string shell = "bash";
        std::vector<std::string> words;
    };
    auto request = std::make_shared<Request>();
    CLI::App* complete = app.add_subcommand("__complete");
    complete->group("");
    complete->add_option("--shell", request->shell)->check(CLI::IsMember({"bash", "zsh", "fish"}));
    complete->add_option("words", request->words);
    complete->callback([request, complete, &globals, &exit_code] {
        // Nothing may reach the terminal below the prompt: whatever the core or git might say goes nowhere.
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0) {
            dup2(null, STDERR_FILENO);
            close(null);
        }
        std::vector<std::string> before = request->words;
        std::string current;
        if (!before.empty()) {
            current = before.back();
            before.pop_back();
        }
        const CLI::App& root = *complete->get_parent();
        completion::Offer offer;
        try {
            offer = completion::complete(root, before, current, globals.lang);
        } catch (const std::exception&) {
            offer = {};  // a bug or an unreadable POP: no candidates rather than a message
        }
        completion::print(offer, current, request->shell != "bash");
        exit_code = kExitClean;
    });

    auto shell = std::make_shared<std::string>();
    CLI::App* script = app.add_subcommand("__completion");
    script->group("");
    script->add_option("shell", *shell)->required()->check(CLI::IsMember({"bash", "zsh", "fish"}));
    script->callback([shell, &exit_code] {
        std::fputs(completion_script(*shell).c_str(), stdout);
        exit_code = kExitClean;
    });
}

}  // namespace pop::cli
