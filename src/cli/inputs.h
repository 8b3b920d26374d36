#pragma once
// Finding the files a command works on: POPs named or found in folders, and the repository
// files (policy, roster, school goals) that apply to them.

#include <optional>
#include <string>
#include <vector>

#include "pop/i18n/messages.h"
#include "pop/model/model.h"
#include "pop/format/spec.h"
#include "pop/workspace/views.h"
#include "pop/workspace/workspace.h"

namespace pop::cli {

/// How folders are searched.
struct WalkOptions {
    bool no_ignore = false;  ///< Also search what git ignores (--no-ignore).
    Lang lang = Lang::En;    ///< Language of a warning when git cannot say what it ignores.
};

/// The inputs for some paths on disk (find_inputs of pop/workspace/workspace.h, what git ignores
/// left out unless `no_ignore`); folders that cannot be read are added to `unreadable_dirs`.
std::vector<Input> collect_inputs(const std::vector<std::string>& paths, std::vector<Input>& unreadable_dirs,
                                  const WalkOptions& walk = {});

/// What a multi-person command (`report`, `due`, `calendar`) may write, decided once its inputs are
/// read and before its first byte.
struct OutputGate {
    std::vector<UnreadableFile> missing;  ///< Inputs missing or unreadable (missing_inputs).
    std::optional<int> refused;           ///< The exit code when nothing may be written.
};

/// Decides (decide_output) whether a multi-person command may write, from the `pop_files` found, of
/// which `read` could be read, and the POPs in `unreadable_pops`; says on stderr what is missing
/// (each path with its reason) or that there are no POP files (as `pop check` does).
OutputGate gate_output(const Workspace& workspace, const std::vector<UnreadableFile>& unreadable_pops,
                       std::size_t pop_files, std::size_t read, bool partial, const WorkspaceRequest& request,
                       Lang lang);

/// The paths of `missing`, for the notice of a partial output.
std::vector<std::string> missing_paths(const std::vector<UnreadableFile>& missing);

/// The width a text output fits: `requested` when given (>= 0; 0 is no limit), else the terminal's
/// when stdout is one (COLUMNS when it cannot say, else 100), else 0: full names in a file or pipe.
int output_width(int requested);

/// The message keys that say why the current folder has no obvious POP (the commands name the file
/// in different ways: an argument, or --file).
struct PopHereMessages {
    std::string_view none;     ///< No *.pop.yaml here.
    std::string_view several;  ///< Several, and not exactly one runs today ({n}, {files}).
};

/// The POP of the current folder: the only *.pop.yaml, or, when there are several (after
/// `pop renew`), the only one whose period includes today; nullopt and a message on stderr otherwise.
std::optional<std::string> pop_here(const Date& today, Lang lang, const PopHereMessages& messages);

}  // namespace pop::cli
