# Generates a table (message, field number) -> json_name from libpg_query's pg_query.proto.
# The protobuf-c descriptors only carry proto field names ("table_elts"), while the trees
# pgfleet works on use libpg_query's JSON names ("tableElts").
file(STRINGS "${PROTO}" lines)
set(message "")
set(out "// Generated from pg_query.proto by json_names.cmake; do not edit.\n")
foreach(line IN LISTS lines)
  if(line MATCHES "^message ([A-Za-z_0-9]+)")
    set(message "${CMAKE_MATCH_1}")
  elseif(line MATCHES "^ *(repeated )?[A-Za-z_0-9.]+ ([a-z_0-9]+) = ([0-9]+) \\[json_name=\"([^\"]+)\"\\];")
    string(APPEND out "{\"${message}\", ${CMAKE_MATCH_3}, \"${CMAKE_MATCH_4}\"},\n")
  endif()
endforeach()
file(WRITE "${OUTPUT}.tmp" "${out}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUTPUT}.tmp" "${OUTPUT}")
