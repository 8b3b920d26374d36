# Sourced by tests/precommit/run.sh and build-hook.sh: make_school_repo DIR ROOT makes DIR a git
# repository of POPs as a school keeps it (the examples' policy and school goals, a.jansen's POP,
# a roster of the two people the tests commit POPs of) and changes into it; nothing committed yet.
make_school_repo() {
    local repo=$1 root=$2
    git init -q -b main "$repo" || return 1
    cd -- "$repo" || return 1
    git config user.name "Marieke de Groot" && git config user.email "m.degroot@school.invalid"
    mkdir pops
    cp -- "$root/examples/pop-policy.yaml" "$root/examples/pop-school-goals.yaml" . || return 1
    cp -- "$root/examples/pops/a.jansen.pop.yaml" pops/ || return 1
    # A roster of just the two people whose POPs the tests commit (the examples' roster lists more).
    cat >pop-roster.yaml <<'ROSTER'
format_version: 1
staff:
  - id: a.jansen
    name: Anouk Jansen
    role: docent Engels
  - id: m.elbaz
    name: Mourad el Baz
    role: docent wiskunde
ROSTER
}
