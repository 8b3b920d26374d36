# cmake -DPOP=<pop binary> -DOUT=<folder> -P cmake/write_completions.cmake
# Writes the completion scripts pop prints (`pop __completion SHELL`) into OUT: pop.bash, _pop, pop.fish.
file(MAKE_DIRECTORY ${OUT})
foreach(pair "bash;pop.bash" "zsh;_pop" "fish;pop.fish")
  list(GET pair 0 shell)
  list(GET pair 1 name)
  execute_process(COMMAND ${POP} __completion ${shell} OUTPUT_FILE ${OUT}/${name} RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "pop __completion ${shell} failed (${result})")
  endif()
endforeach()
