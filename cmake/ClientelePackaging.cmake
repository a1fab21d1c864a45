# Installation layout and CPack: a .deb per component on Linux (the desktop app with its CLI, and the
# relay as a systemd service), and the NSIS and DragNDrop configurations for Windows and macOS.
include_guard(GLOBAL)

set(CLIENTELE_INSTALLER_DIR "${PROJECT_SOURCE_DIR}/installer")

if(CLIENTELE_BUILD_UI AND UNIX AND NOT APPLE)
    # Desktop entry, AppStream metainfo and icons in the hicolor theme's usual sizes.
    install(FILES "${CLIENTELE_INSTALLER_DIR}/linux/${CLIENTELE_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications" COMPONENT desktop)
    install(FILES "${CLIENTELE_INSTALLER_DIR}/linux/${CLIENTELE_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo" COMPONENT desktop)
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/app/clientele.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${CLIENTELE_APP_ID}.svg" COMPONENT desktop)
    foreach(size 16 24 32 48 64 128 256 512)
        install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/app/png/clientele-${size}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
            RENAME "${CLIENTELE_APP_ID}.png" COMPONENT desktop)
    endforeach()
endif()

if(UNIX AND NOT APPLE)
    # Absolute: systemd units and /etc live outside the /usr prefix.
    install(FILES "${CLIENTELE_INSTALLER_DIR}/linux/clientele-relay.service"
        DESTINATION "/lib/systemd/system" COMPONENT relay)
    # Will hold the Stripe and Twilio secrets: root only.
    install(FILES "${CLIENTELE_INSTALLER_DIR}/linux/clientele-relay.env"
        DESTINATION "/etc/clientele" RENAME "relay.env" PERMISSIONS OWNER_READ OWNER_WRITE COMPONENT relay)
    install(FILES "${CLIENTELE_INSTALLER_DIR}/linux/relay/nginx-clientele-relay.conf"
        "${CLIENTELE_INSTALLER_DIR}/container/Containerfile"
        DESTINATION "${CMAKE_INSTALL_DOCDIR}/relay-examples" COMPONENT relay)
endif()

set(CPACK_PACKAGE_NAME "clientele")
set(CPACK_PACKAGE_VENDOR "Clientele")
set(CPACK_PACKAGE_CONTACT "Clientele developers <dev@clientele.app>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Clientele")
set(CPACK_PACKAGE_EXECUTABLES "clientele;Clientele")
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL desktop relay)
set(CPACK_COMPONENT_DESKTOP_DISPLAY_NAME "Clientele desktop app")
set(CPACK_COMPONENT_RELAY_DISPLAY_NAME "Clientele relay server")

# Debian: one package per component, dependencies computed from the binaries' shared libraries.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_NAME "clientele")
# QtKeychain loads libsecret at run time, the SVG icons need Qt's SVG icon engine, and the sign-in
# window (clientele-signin) starts QtWebEngineProcess, which is packaged apart from its library.
set(CPACK_DEBIAN_DESKTOP_PACKAGE_DEPENDS "libsecret-1-0, qt6-qpa-plugins, libqt6svg6, libqt6webenginecore6-bin")
set(CPACK_DEBIAN_DESKTOP_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_DESKTOP_DESCRIPTION "Local-first practice manager for solo service professionals
 Clients, bookings, contracts, invoices, questionnaires, deliverables and messages
 in an encrypted database on your own computer. Works offline and syncs later.")
set(CPACK_DEBIAN_RELAY_PACKAGE_NAME "clientele-relay")
set(CPACK_DEBIAN_RELAY_PACKAGE_SECTION "net")
# The database drivers are Qt plugins, which shlibdeps cannot see.
set(CPACK_DEBIAN_RELAY_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, ca-certificates")
set(CPACK_DEBIAN_RELAY_PACKAGE_CONTROL_EXTRA "${CLIENTELE_INSTALLER_DIR}/linux/relay/conffiles")
set(CPACK_DEBIAN_RELAY_DESCRIPTION "Relay server for Clientele
 Carries payments, SMS and end-to-end encrypted device mailboxes between
 Clientele desktops, Stripe and Twilio.")

# Windows (cannot be built here): NSIS installer with Start menu entry and uninstaller.
set(CPACK_NSIS_DISPLAY_NAME "Clientele")
set(CPACK_NSIS_PACKAGE_NAME "Clientele")
set(CPACK_NSIS_MUI_ICON "${CLIENTELE_INSTALLER_DIR}/windows/clientele.ico")
set(CPACK_NSIS_MUI_UNIICON "${CLIENTELE_INSTALLER_DIR}/windows/clientele.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\clientele.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "clientele.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")

# macOS (cannot be built here): an app bundle with our Info.plist, in a drag-and-drop DMG.
set(CPACK_DMG_VOLUME_NAME "Clientele")
set(CPACK_DMG_FORMAT "UDZO")
set(MACOSX_BUNDLE_GUI_IDENTIFIER "${CLIENTELE_APP_ID}")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

include(CPack)
