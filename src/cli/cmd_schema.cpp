// `pop schema KIND`: prints the JSON Schema of a kind of file, generated from the format spec.
// `pop schema --write [FOLDER]`: writes the four of them into a folder, for editors.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <unistd.h>

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

// Replaces `path` with `bytes`: a temporary file beside it, then a rename. Empty on success.
std::string replace_schema_file(const fs::path& path, const std::string& bytes) {
    std::string temp = (path.parent_path() / ("." + path.filename().string() + ".pop-tmp-XXXXXX")).string();
    int fd = ::mkstemp(temp.data());
    if (fd < 0) return std::strerror(errno);
    const char* p = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            std::string why = std::strerror(errno);
            ::close(fd);
            ::unlink(temp.c_str());
            return why;
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    ::fchmod(fd, 0644);
    if (::fsync(fd) != 0 || ::close(fd) != 0 || ::rename(temp.c_str(), path.c_str()) != 0) {
        std::string why = std::strerror(errno);
        ::unlink(temp.c_str());
        return why;
    }
    return {};
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

std::vector<SchemaFileResult> write_schema_files(const fs::path& folder, bool replace, std::string& failed_path,
                                                 std::string& detail) {
    std::vector<SchemaFileResult> results;
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) {
        failed_path = folder.generic_string();
        detail = ec.message();
        return results;
    }
    for (FileKind kind : kSchemaKinds) {
        fs::path path = folder / schema_file_name(kind);
        std::string text = json_schema(kind);
        SchemaFileResult result{path.generic_string(), false};
        if (fs::exists(fs::symlink_status(path, ec))) {
            std::optional<std::string> old = read_schema_bytes(path);
            if (old != text && replace) {
                std::string why = replace_schema_file(path, text);
                if (!why.empty()) {
                    failed_path = result.path;
                    detail = why;
                    return results;
                }
                result.written = true;
            }
        } else if (create_new_file(path.string(), text, detail)) {
            failed_path = result.path;
            return results;
        } else {
            result.written = true;
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
    std::string failed_path, detail;
    std::vector<SchemaFileResult> results = write_schema_files(target, true, failed_path, detail);
    for (const SchemaFileResult& r : results) {
        std::vector<MessageArg> args{{"path", r.path}};
        std::printf("%s\n", render_message(r.written ? "schema.write.wrote" : "schema.write.same", lang, args).c_str());
    }
    if (failed_path.empty()) return kExitClean;
    tell("schema.write.failed", lang, {{"path", failed_path}, {"detail", detail}});
    return kExitUnreadable;  // as a POP that cannot be saved (docs/ci.md)
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
