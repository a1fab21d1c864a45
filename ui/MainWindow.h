#pragma once

#include <QList>
#include <QMainWindow>

#include "core/ComponentVersions.h"
#include "ui/Section.h"

class QLabel;
class QListWidget;
class QStackedWidget;

namespace clientele::ui {

// The one window: a sidebar of sections on the left and the current section's page on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(ComponentVersions versions, QWidget* parent = nullptr);
    ~MainWindow() override;

    Section currentSection() const;
    void setCurrentSection(Section section);

    // Brings the window to the front, e.g. when the user starts Clientele a second time.
    void bringToFront();

    // Restores size, position and section from the last run, or a sensible first-run layout.
    void restoreState();

    // The practice's life cycle: while it is locked (or not created yet) the window shows only the
    // gate, never a section; once open, the sections. Pages of an open practice replace the empty
    // placeholders and are destroyed again on lock, so nothing of the practice stays in memory.
    void setGate(QWidget* gate);
    void showGate();
    void showWorkspace();
    bool isWorkspaceShown() const;
    void setSectionPage(Section section, QWidget* page);
    void resetSectionPages();
    QWidget* sectionPage(Section section) const;
    // Shown at the right of the status bar, e.g. "Lumen Studio · all changes saved".
    void setStatusText(const QString& text);

Q_SIGNALS:
    void lockRequested();
    void newRequested(clientele::ui::Section section);
    void findRequested(clientele::ui::Section section);
    void importClientsRequested();
    void exportClientsRequested();
    void exportInvoicesRequested();
    void importCalendarRequested();
    void exportCalendarRequested();

public Q_SLOTS:
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildSidebar();
    void buildMenus();
    void refreshIcons();
    void saveState() const;

    ComponentVersions m_versions;
    QList<SectionInfo> m_sections;
    QWidget* placeholderFor(const SectionInfo& info);
    void setPracticeActionsEnabled(bool enabled);

    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    QStackedWidget* m_root = nullptr;
    QWidget* m_workspace = nullptr;
    QWidget* m_gate = nullptr;
    QList<QAction*> m_practiceActions;
    QLabel* m_status = nullptr;
};

} // namespace clientele::ui
