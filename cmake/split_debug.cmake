# Install-time split of an executable's debug info, as Debian's dh_strip does:
#   MODE=strip: install the binary without debug info (it keeps its build id);
#   MODE=debug: install only the debug info, as lib/debug/.build-id/xx/yyyy.debug, where gdb
#               looks for it by the binary's build id.
# Inputs: MODE, BINARY (the built file), DEST (install directory below the prefix), NAME.
set(root "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
if(MODE STREQUAL "strip")
  set(target "${root}/${DEST}/${NAME}")
  execute_process(COMMAND strip --strip-unneeded --remove-section=.comment -o "${target}" "${BINARY}"
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "strip failed on ${BINARY}")
  endif()
  message(STATUS "Installing (debug info split off): ${target}")
else()
  execute_process(COMMAND readelf -n "${BINARY}" OUTPUT_VARIABLE notes RESULT_VARIABLE rc)
  if(NOT notes MATCHES "Build ID: ([0-9a-f][0-9a-f])([0-9a-f]+)")
    message(FATAL_ERROR "${BINARY} has no build id; the debug file could not be found by gdb")
  endif()
  set(dir "${root}/lib/debug/.build-id/${CMAKE_MATCH_1}")
  file(MAKE_DIRECTORY "${dir}")
  set(target "${dir}/${CMAKE_MATCH_2}.debug")
  execute_process(COMMAND objcopy --only-keep-debug --compress-debug-sections "${BINARY}" "${target}"
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "objcopy --only-keep-debug failed on ${BINARY}")
  endif()
  message(STATUS "Installing debug info: ${target}")
endif()
