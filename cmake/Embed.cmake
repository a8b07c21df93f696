# dateline_embed(OUT BASE FILES...): writes OUT, a C++ file that holds each file's bytes and
# a lookup by its path relative to BASE (see src/common/embedded.hpp). Regenerated when a
# file changes, so data stays in data files and never drifts into code.
function(dateline_embed out base)
  set(script ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/EmbedScript.cmake)
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DBASE=${base} "-DFILES=${ARGN}" -P ${script}
    DEPENDS ${ARGN} ${script}
    COMMENT "Embedding data files"
    VERBATIM)
endfunction()
