# zsh -f zsh-complete.zsh COMPLETIONS_DIR LINE
# Prints, one a line, the matches zsh's completion system offers when TAB is pressed after LINE in
# an interactive zsh (driven through a pseudo-terminal, zsh/zpty) with compinit and the _pop of
# COMPLETIONS_DIR on fpath. compadd is wrapped to write what it adds to a file; the shell exits
# after the completion (comppostfuncs), so nothing is typed or run.
zmodload zsh/zpty || exit 3
dir=$1
line=$2
work=$(mktemp -d) || exit 3
# No EXIT trap: zpty forks this shell, and the fork would run it when the session ends.
hits=$work/hits
: >$hits
cat >$work/setup.zsh <<SETUP
PS1='' RPS1=''
fpath=(${(q)dir} \$fpath)
autoload -Uz compinit && compinit -u -D
bindkey '^I' complete-word
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
compadd() {
    # The calls that only compute (-O, -A, -D) pass; what is really added is written down.
    if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then
        builtin compadd "\$@"
        return
    fi
    local -a added
    builtin compadd -O added "\$@"
    (( \$#added )) && print -rl -- \$added >>${(q)hits}
    builtin compadd "\$@"
}
pop-completion-done() { print -r -- COMPLETION-''DONE; exit }
comppostfuncs=(pop-completion-done)
SETUP
zpty pop-test zsh -f -i || exit 3
zpty -w pop-test "source ${(q)work}/setup.zsh"
zpty -w -n pop-test "$line"$'\t'
if ! zpty -r pop-test output '*COMPLETION-DONE*'; then
    zpty -d pop-test
    rm -rf -- $work
    exit 4
fi
zpty -d pop-test
sort -u $hits
rm -rf -- $work
