# What `cmake --install` puts where, and the Debian packages `cpack` makes from it:
#   pgfleet         the binary (debug info split off), man page, bash and zsh completion, docs
#   pgfleet-dbgsym  the debug info, by build id (component "debug")
include(GNUInstallDirs)

# The man page and completions come from the binary's own command definitions.
set(PGFLEET_GENERATED ${PROJECT_BINARY_DIR}/share)
add_custom_command(
  OUTPUT ${PGFLEET_GENERATED}/pgfleet.1.gz ${PGFLEET_GENERATED}/pgfleet.bash ${PGFLEET_GENERATED}/_pgfleet
  COMMAND ${CMAKE_COMMAND} -E make_directory ${PGFLEET_GENERATED}
  COMMAND $<TARGET_FILE:pgfleet> manpage > ${PGFLEET_GENERATED}/pgfleet.1
  COMMAND gzip -9nf ${PGFLEET_GENERATED}/pgfleet.1
  COMMAND $<TARGET_FILE:pgfleet> completion bash > ${PGFLEET_GENERATED}/pgfleet.bash
  COMMAND $<TARGET_FILE:pgfleet> completion zsh > ${PGFLEET_GENERATED}/_pgfleet
  DEPENDS pgfleet
  COMMENT "Generating the man page and shell completions from pgfleet's command definitions")
add_custom_target(pgfleet_docs ALL DEPENDS ${PGFLEET_GENERATED}/pgfleet.1.gz)

set(split ${PROJECT_SOURCE_DIR}/cmake/split_debug.cmake)
set(split_args "-DBINARY=$<TARGET_FILE:pgfleet> -DDEST=${CMAKE_INSTALL_BINDIR} -DNAME=pgfleet")
install(DIRECTORY DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
install(CODE "execute_process(COMMAND \${CMAKE_COMMAND} -DMODE=strip ${split_args}
                -DCMAKE_INSTALL_PREFIX=\${CMAKE_INSTALL_PREFIX} -P ${split} COMMAND_ERROR_IS_FATAL ANY)"
        COMPONENT runtime)
install(CODE "execute_process(COMMAND \${CMAKE_COMMAND} -DMODE=debug ${split_args}
                -DCMAKE_INSTALL_PREFIX=\${CMAKE_INSTALL_PREFIX} -P ${split} COMMAND_ERROR_IS_FATAL ANY)"
        COMPONENT debug)
install(FILES ${PGFLEET_GENERATED}/pgfleet.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT runtime)
install(FILES ${PGFLEET_GENERATED}/pgfleet.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME pgfleet COMPONENT runtime)
install(FILES ${PGFLEET_GENERATED}/_pgfleet DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions
        COMPONENT runtime)
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT runtime)
install(FILES examples/pgfleet.yaml DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples COMPONENT runtime)
install(DIRECTORY schemas/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples/schemas COMPONENT runtime)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pgfleet)
set(CPACK_PACKAGE_VENDOR pgfleet)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "keep PostgreSQL tenant databases on one declared schema")
set(CPACK_PACKAGE_DESCRIPTION "pgfleet plans and applies migrations from plain .sql files, parsed with
PostgreSQL's own parser, to every tenant database of a fleet, within a connection budget.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime debug)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "pgfleet maintainers <pgfleet@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME pgfleet)
# Depends: from the shared libraries the binary links (dpkg-shlibdeps).
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SHLIBDEPS ON)
# check --verify starts a throwaway local server.
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SUGGESTS "postgresql")
set(CPACK_DEBIAN_DEBUG_PACKAGE_NAME pgfleet-dbgsym)
set(CPACK_DEBIAN_DEBUG_PACKAGE_SECTION debug)
set(CPACK_DEBIAN_DEBUG_PACKAGE_DEPENDS "pgfleet (= ${PROJECT_VERSION})")
set(CPACK_DEBIAN_DEBUG_DESCRIPTION "debug symbols for pgfleet")
include(CPack)
