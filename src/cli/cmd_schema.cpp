// `pop schema KIND`: prints the JSON Schema of a kind of file, generated from the format spec.
// `pop schema --write [FOLDER]`: writes the four of them into a folder, for editors.
#include <cstdio>
#include <fstream>
#include <iterator>

#include "cli_common.h"
#include "edit_session.h"
#include "platform/save.h"
#include "pop/format/spec.h"
#include "schema_files.h"

namespace pop::cli {

namespace fs = std::filesystem;

namespace {

constexpr FileKind kSchemaKinds[] = {FileKind::Pop, FileKind::Policy, FileKind::Roster, FileKind::SchoolGoals};

std::string schema_file_name(FileKind kind) { return std::string(kind_name(kind)) + ".schema.json"; }

// The bytes of `path`, or nullopt when it cannot be read as a regular file.
std::optional<std::string> read_schema_bytes(const fs::path& path) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// Replaces `path`, which holds `old`, with `bytes`: under its lock, with the atomic save every edit
// uses (platform/save.h). nullopt on success, else a save.* key with `detail` filled.
std::optional<std::string> replace_schema_file(const fs::path& path, const std::string& old, const std::string& bytes,
                                               std::string& detail) {
    FileLock lock;
    if (auto key = lock.acquire(path.string(), kLockWaitMilliseconds, detail)) return key;
    return save_atomically(path.string(), old, bytes, detail, lock, false);
}

}  // namespace

fs::path default_schema_folder() {
    std::error_code ec;
    fs::path here = fs::current_path(ec);
    std::optional<fs::path> root = repository_root(here);
    if (!root) return "schemas";
    fs::path relative = root->lexically_relative(here);
    return relative.empty() || relative == "." ? fs::path("schemas") : relative / "schemas";
}

std::vector<std::pair<std::string, std::string>> missing_schema_files(const fs::path& folder) {
    std::vector<std::pair<std::string, std::string>> missing;
    std::error_code ec;
    for (FileKind kind : kSchemaKinds) {
        fs::path path = folder / schema_file_name(kind);
        if (!fs::exists(fs::symlink_status(path, ec))) missing.emplace_back(path.generic_string(), json_schema(kind));
    }
    return missing;
}

std::vector<SchemaFileResult> write_schema_files(const fs::path& folder, bool replace, SchemaWriteFailure& failure) {
    std::vector<SchemaFileResult> results;
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) {
        failure = {folder.generic_string(), "save.failed", ec.message()};
        return results;
    }
    for (FileKind kind : kSchemaKinds) {
        fs::path path = folder / schema_file_name(kind);
        std::string text = json_schema(kind);
        SchemaFileResult result{path.generic_string(), false};
        std::optional<std::string> error;
        std::string detail;
        if (fs::exists(fs::symlink_status(path, ec))) {
            std::optional<std::string> old = read_schema_bytes(path);
            if (old != text && replace) {
                // Something that is not a readable file stays, as any edit refuses to save over it.
                error = old ? replace_schema_file(path, *old, text, detail) : std::optional<std::string>("save.failed");
                if (!old) detail = std::make_error_code(std::errc::not_supported).message();
                result.written = !error;
            }
        } else {
            error = create_new_file(path.string(), text, detail);
            result.written = !error;
        }
        if (error) {
            failure = {result.path, *error, detail};
            return results;
        }
        results.push_back(result);
    }
    return results;
}

}  // namespace pop::cli

namespace pop::cli::schema {

// Prints the JSON Schema of the kind of file named `kind` (pop, policy, roster, school-goals).
void print(const std::string& kind) {
    for (FileKind k : kSchemaKinds)
        if (kind_name(k) == kind) std::fputs(json_schema(k).c_str(), stdout);
}

// `pop schema --write [FOLDER]`: writes the four schemas and says what it did with each.
int write(const std::string& folder, Lang lang) {
    fs::path target = folder.empty() ? default_schema_folder() : fs::path(folder);
    SchemaWriteFailure failure;
    std::vector<SchemaFileResult> results = write_schema_files(target, true, failure);
    for (const SchemaFileResult& r : results) {
        std::vector<MessageArg> args{{"path", r.path}};
        std::printf("%s\n", render_message(r.written ? "schema.write.wrote" : "schema.write.same", lang, args).c_str());
    }
    if (failure.path.empty()) return kExitClean;
    return report_save_error(failure.key, failure.path, failure.detail, lang);  // 3, or 1 when locked: as an edit
}

}  // namespace pop::cli::schema

namespace pop::cli {

void add_schema(CLI::App& app, Globals& globals, int& exit_code) {
    Lang lang = globals.lang;
    auto* cmd = app.add_subcommand("schema", render_message("cli.schema.help", lang));
    auto kind = std::make_shared<std::string>();
    auto folder = std::make_shared<std::string>();
    cmd->add_option(render_message("cli.arg.kind", lang), *kind, render_message("cli.schema.opt.kind", lang))
        ->check(CLI::IsMember({"pop", "policy", "roster", "school-goals"}));
    CLI::Option* write = cmd->add_option("--write", *folder, render_message("cli.schema.opt.write", lang))
                             ->expected(0, 1)
                             ->type_name("[" + render_message("cli.help.type.folder", lang) + "]");
    cmd->callback([kind, folder, write, lang, &exit_code] {
        if (write->count() > 0 && !kind->empty()) {
            tell("schema.write.kind-and-write", lang);
            exit_code = kExitUsage;
        } else if (write->count() > 0) {
            exit_code = schema::write(*folder, lang);
        } else if (kind->empty()) {
            tell("schema.write.nothing", lang);
            exit_code = kExitUsage;
        } else {
            schema::print(*kind);
            exit_code = kExitClean;
        }
    });
}

}  // namespace pop::cli
