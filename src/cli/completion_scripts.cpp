// The completion scripts `pop __completion bash|zsh|fish` prints: thin wrappers that hand the
// words of the command line to `pop __complete` and show its answer (completion.cpp).
#include <string>
#include <string_view>

namespace pop::cli {

namespace {

constexpr std::string_view kBash = R"BASH(# bash completion for pop (made by `pop __completion bash`; asks `pop __complete`)
_pop() {
    local cur=${COMP_WORDS[COMP_CWORD]}
    local -a words=("${COMP_WORDS[@]:1:COMP_CWORD}")
    local out line directive=none
    out=$(command pop __complete --shell bash -- "${words[@]}" 2>/dev/null) || return 0
    COMPREPLY=()
    while IFS= read -r line; do
        case $line in
        :file) directive=file ;;
        :*) ;;
        *) COMPREPLY+=("$line") ;;
        esac
    done <<<"$out"
    if [[ $directive == file ]]; then
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    fi
    return 0
}
complete -F _pop pop
)BASH";

constexpr std::string_view kZsh = R"ZSH(#compdef pop
# zsh completion for pop (made by `pop __completion zsh`; asks `pop __complete`)
_pop() {
    local -a lines candidates
    local line directive=none
    lines=("${(@f)$(command pop __complete --shell zsh -- "${(@)words[2,CURRENT]}" 2>/dev/null)}")
    for line in "${lines[@]}"; do
        case $line in
        :file) directive=file ;;
        :*) ;;
        *$'\t'*) candidates+=("${${line%%$'\t'*}//:/\\:}:${line#*$'\t'}") ;;
        ?*) candidates+=("${line//:/\\:}") ;;
        esac
    done
    if [[ $directive == file ]]; then
        _files
        return
    fi
    (( ${#candidates} )) && _describe -V -t pop-values 'pop' candidates
}
if [[ $funcstack[1] == _pop ]]; then
    _pop "$@"
else
    compdef _pop pop
fi
)ZSH";

constexpr std::string_view kFish = R"FISH(# fish completion for pop (made by `pop __completion fish`; asks `pop __complete`)
function __pop_complete
    set -l words (commandline -opc)
    set -e words[1]
    set -l current (commandline -ct)
    set -q current[1]; or set current ''
    set -l directive none
    for line in (command pop __complete --shell fish -- $words $current 2>/dev/null)
        switch $line
            case ':file'
                set directive file
            case ':*'
            case '*'
                printf '%s\n' $line
        end
    end
    if test $directive = file
        __fish_complete_path $current
    end
end
complete -c pop -f -a '(__pop_complete)'
)FISH";

}  // namespace

/// The completion script of `shell` ("bash", "zsh" or "fish"); empty for another shell.
std::string completion_script(std::string_view shell) {
    if (shell == "bash") return std::string(kBash);
    if (shell == "zsh") return std::string(kZsh);
    if (shell == "fish") return std::string(kFish);
    return {};
}

}  // namespace pop::cli
