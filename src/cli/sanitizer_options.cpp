// Defaults for the sanitizer build (-DPOP_SANITIZE=ON): a report from AddressSanitizer or
// UndefinedBehaviorSanitizer exits with 86, never with one of pop's own exit codes (both runtimes
// exit 1 by default, which is pop's "findings"), so no test can take a sanitizer report for a
// finding. They hold for every run of the binary, also under `env -i`; ASAN_OPTIONS and
// UBSAN_OPTIONS in the environment still override them.
#ifdef POP_SANITIZE_DEFAULTS

extern "C" {

/// Read by AddressSanitizer at start-up.
const char* __asan_default_options() {  // NOLINT(bugprone-reserved-identifier)
    return "exitcode=86:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1";
}

/// Read by UndefinedBehaviorSanitizer at start-up.
const char* __ubsan_default_options() {  // NOLINT(bugprone-reserved-identifier)
    return "exitcode=86:halt_on_error=1:print_stacktrace=1";
}

/// Read by LeakSanitizer at start-up.
const char* __lsan_default_options() {  // NOLINT(bugprone-reserved-identifier)
    return "exitcode=86";
}
}

#endif
