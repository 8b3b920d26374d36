# Shell completions for bash, zsh and fish (docs/completion.md): made at build time by the pop
# just built (`pop __completion SHELL`), so they follow the same command definitions as --help,
# installed in the folders each shell searches, and tested in the real shells (tests/completion).
include(GNUInstallDirs)

set(POP_COMPLETIONS_DIR ${CMAKE_CURRENT_BINARY_DIR}/completions)
add_custom_command(
  OUTPUT ${POP_COMPLETIONS_DIR}/pop.bash ${POP_COMPLETIONS_DIR}/_pop ${POP_COMPLETIONS_DIR}/pop.fish
  COMMAND ${CMAKE_COMMAND} -DPOP=$<TARGET_FILE:pop> -DOUT=${POP_COMPLETIONS_DIR}
    -P ${CMAKE_CURRENT_SOURCE_DIR}/cmake/write_completions.cmake
  DEPENDS pop ${CMAKE_CURRENT_SOURCE_DIR}/cmake/write_completions.cmake
  COMMENT "Shell completions for pop (bash, zsh, fish)"
  VERBATIM)
add_custom_target(completions ALL
  DEPENDS ${POP_COMPLETIONS_DIR}/pop.bash ${POP_COMPLETIONS_DIR}/_pop ${POP_COMPLETIONS_DIR}/pop.fish)

install(FILES ${POP_COMPLETIONS_DIR}/pop.bash
  DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME pop)
install(FILES ${POP_COMPLETIONS_DIR}/_pop
  DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${POP_COMPLETIONS_DIR}/pop.fish
  DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

if(POP_BUILD_TESTS)
  # The scripts in bash, zsh and fish themselves: commands, options, values, goal and step ids of
  # a real POP, and nothing (no error) on a broken one.
  add_test(NAME completions
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/tests/completion/run.sh $<TARGET_FILE:pop> ${POP_COMPLETIONS_DIR})
endif()
