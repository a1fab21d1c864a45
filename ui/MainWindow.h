#pragma once

#include <QList>
#include <QMainWindow>

#include "core/ComponentVersions.h"
#include "ui/Section.h"

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
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
};

} // namespace clientele::ui
