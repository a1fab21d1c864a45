# Calendar views (see ../CMakeLists.txt); sources relative to ui/.
target_sources(clientele_ui PRIVATE
    calendar/CalendarItem.h calendar/CalendarItem.cpp
    calendar/CalendarView.h calendar/CalendarView.cpp
    calendar/CalendarPage.h calendar/CalendarPage.cpp
    calendar/CalendarExportDialog.h calendar/CalendarExportDialog.cpp
    calendar/CalendarImportDialog.h calendar/CalendarImportDialog.cpp
    calendar/CalendarFileActions.h calendar/CalendarFileActions.cpp
)
