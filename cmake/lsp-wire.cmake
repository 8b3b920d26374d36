# `pop lsp` fast and bounded (issue 16, point 5): tests/lsp/wire.sh through the real stdin and
# stdout (coalescing counts, flat memory, a client that never reads or closes its end, a deleted
# roster, files outside a repository, huge and binary buffers). Counts and memory, never time.
if(POP_BUILD_TESTS)
  add_test(NAME lsp_wire
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/tests/lsp/wire.sh $<TARGET_FILE:pop>)
  # watchdog: TIMEOUT only stops a hang (the test takes about a minute; its sessions end by themselves).
  set_tests_properties(lsp_wire PROPERTIES TIMEOUT 3600)
endif()
