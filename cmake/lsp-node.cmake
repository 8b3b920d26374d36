# tests/lsp-node: `pop lsp` driven by a Node client with vscode-jsonrpc (npm), the whole protocol in
# Dutch and English, every diagnostic compared with `pop check` on the same text (issue 16).
if(POP_BUILD_TESTS)
  add_test(NAME lsp_node
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/tests/lsp-node/run.sh $<TARGET_FILE:pop>)
  # It installs vscode-jsonrpc into the npm cache folder the other npm tests use: never in parallel.
  set_tests_properties(lsp_node PROPERTIES RESOURCE_LOCK npm_cache)
endif()
