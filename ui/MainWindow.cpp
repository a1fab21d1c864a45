#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFontMetrics>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <utility>

#include "core/AppInfo.h"
#include "core/Logging.h"
#include "ui/AboutDialog.h"
#include "ui/EmptyStatePage.h"
#include "ui/Icons.h"

namespace clientele::ui {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kSectionKey = QStringLiteral("mainWindow/section");
constexpr int kSidebarIconSize = 20;
} // namespace

MainWindow::MainWindow(ComponentVersions versions, QWidget* parent)
    : QMainWindow(parent)
    , m_versions(std::move(versions))
    , m_sections(allSections())
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(AppInfo::name());
    setWindowIcon(QIcon(QStringLiteral(":/icons/app/clientele.svg")));

    m_root = new QStackedWidget(this);
    m_root->setObjectName(QStringLiteral("rootStackedWidget"));
    auto* central = new QWidget(m_root);
    m_workspace = central;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("sectionListWidget"));
    m_sidebar->setAccessibleName(tr("Sections"));
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("sectionStackedWidget"));

    buildSidebar();
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    m_root->addWidget(central);
    setCentralWidget(m_root);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addPermanentWidget(m_status);

    buildMenus();

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildSidebar()
{
    m_sidebar->setIconSize(QSize(kSidebarIconSize, kSidebarIconSize));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setUniformItemSizes(true);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setBackgroundRole(QPalette::Window);
    m_sidebar->setAutoFillBackground(true);
    m_sidebar->viewport()->setBackgroundRole(QPalette::Window);
    m_sidebar->setSpacing(2);
    // Rounded, padded rows as in the platforms' source lists; colours stay palette roles so both
    // schemes work. Once items are styled, the selected and focus states must be styled too.
    m_sidebar->setStyleSheet(QStringLiteral(
        "QListWidget { padding: 8px; border: none; border-right: 1px solid palette(midlight); }"
        "QListWidget::item { padding: 6px 8px; border-radius: 6px; color: palette(window-text); }"
        "QListWidget::item:hover { background: palette(midlight); }"
        "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));

    int widest = 0;
    const QFontMetrics metrics(m_sidebar->font());
    for (const SectionInfo& info : std::as_const(m_sections)) {
        auto* item = new QListWidgetItem(info.title, m_sidebar);
        item->setData(Qt::UserRole, info.key);
        item->setToolTip(info.title);
        widest = std::max(widest, metrics.horizontalAdvance(info.title));

        m_pages->addWidget(placeholderFor(info));
    }
    // Room for the widest label in any language, the icon, paddings and the border.
    m_sidebar->setFixedWidth(std::max(180, widest + kSidebarIconSize + 64));
    refreshIcons();
}

QWidget* MainWindow::placeholderFor(const SectionInfo& info)
{
    auto* page = new EmptyStatePage(info.iconPath, info.emptyTitle, info.emptyText, m_pages);
    page->setObjectName(info.key + u"Page");
    return page;
}

void MainWindow::buildMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* newItem =
        fileMenu->addAction(tr("&New…"), QKeySequence::New, this, [this] { Q_EMIT newRequested(currentSection()); });
    newItem->setObjectName(QStringLiteral("newAction"));
    newItem->setToolTip(tr("Creates a new item of the current section: a client, booking or invoice"));
    QAction* find =
        fileMenu->addAction(tr("&Find…"), QKeySequence::Find, this, [this] { Q_EMIT findRequested(currentSection()); });
    find->setObjectName(QStringLiteral("findAction"));
    fileMenu->addSeparator();
    QAction* importClients = fileMenu->addAction(tr("&Import Clients…"), this, &MainWindow::importClientsRequested);
    importClients->setObjectName(QStringLiteral("importClientsAction"));
    QAction* exportClients = fileMenu->addAction(tr("&Export Clients…"), this, &MainWindow::exportClientsRequested);
    exportClients->setObjectName(QStringLiteral("exportClientsAction"));
    QAction* exportInvoices =
        fileMenu->addAction(tr("Export In&voices as PDF…"), this, &MainWindow::exportInvoicesRequested);
    exportInvoices->setObjectName(QStringLiteral("exportInvoicesAction"));
    exportInvoices->setToolTip(tr("Writes every invoice of a period as a PDF into a folder"));
    QAction* importCalendar = fileMenu->addAction(tr("Import C&alendar…"), this, &MainWindow::importCalendarRequested);
    importCalendar->setObjectName(QStringLiteral("importCalendarAction"));
    importCalendar->setToolTip(tr("Blocks the time of the events of an .ics file from another calendar"));
    QAction* exportCalendar = fileMenu->addAction(tr("Export Ca&lendar…"), this, &MainWindow::exportCalendarRequested);
    exportCalendar->setObjectName(QStringLiteral("exportCalendarAction"));
    exportCalendar->setToolTip(
        tr("Writes the sessions as an .ics file for Google Calendar, Outlook or Apple Calendar"));
    fileMenu->addSeparator();
    QAction* lock =
        fileMenu->addAction(tr("&Lock Practice"), QKeySequence(Qt::CTRL | Qt::Key_L), this, &MainWindow::lockRequested);
    lock->setObjectName(QStringLiteral("lockAction"));
    m_practiceActions = {
        newItem, find, importClients, exportClients, exportInvoices, importCalendar, exportCalendar, lock};
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setMenuRole(QAction::QuitRole);

    // Filled by the open practice (undo and redo of its changes).
    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->menuAction()->setObjectName(QStringLiteral("editMenuAction"));

    QMenu* goMenu = menuBar()->addMenu(tr("&Go"));
    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        const SectionInfo& info = m_sections.at(i);
        QAction* action = goMenu->addAction(info.title);
        action->setObjectName(u"goto" + info.key.left(1).toUpper() + info.key.mid(1) + u"Action");
        if (i < 9) {
            action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        }
        if (info.section == Section::Settings) {
            action->setMenuRole(QAction::PreferencesRole);
            if (i >= 9) {
                // Past Ctrl+9; QKeySequence::Preferences is empty on Linux and Windows.
                action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
            }
        }
        const Section section = info.section;
        connect(action, &QAction::triggered, this, [this, section] { setCurrentSection(section); });
    }

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = helpMenu->addAction(tr("&About %1").arg(AppInfo::name()), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::setGate(QWidget* gate)
{
    if (m_gate) {
        m_root->removeWidget(m_gate);
    }
    m_gate = gate;
    m_root->addWidget(gate);
    showGate();
}

void MainWindow::showGate()
{
    if (m_gate) {
        m_root->setCurrentWidget(m_gate);
    }
    setPracticeActionsEnabled(false);
    statusBar()->clearMessage(); // what the practice last did is not for whoever sees the lock
}

void MainWindow::showWorkspace()
{
    m_root->setCurrentWidget(m_workspace);
    setPracticeActionsEnabled(true);
    if (QWidget* page = m_pages->currentWidget()) {
        page->setFocus();
    }
}

bool MainWindow::isWorkspaceShown() const
{
    return m_root->currentWidget() == m_workspace;
}

void MainWindow::setPracticeActionsEnabled(bool enabled)
{
    for (QAction* action : std::as_const(m_practiceActions)) {
        action->setEnabled(enabled);
    }
    m_sidebar->setEnabled(enabled);
    const auto actions = menuBar()->findChildren<QAction*>();
    for (QAction* action : actions) {
        if (action->objectName().startsWith(u"goto")) {
            action->setEnabled(enabled);
        }
    }
}

void MainWindow::setSectionPage(Section section, QWidget* page)
{
    for (qsizetype row = 0; row < m_sections.size(); ++row) {
        if (m_sections.at(row).section != section) {
            continue;
        }
        const int index = static_cast<int>(row);
        QWidget* old = m_pages->widget(index);
        const bool current = m_pages->currentIndex() == index;
        m_pages->insertWidget(index, page);
        m_pages->removeWidget(old);
        // The old page goes later (this may run inside one of its own slots), but what it is still
        // waiting for from the store must not reach it: its callbacks use the practice the caller
        // is about to close. Watchers are disconnected, not deleted, in case one is emitting now.
        const QList<QFutureWatcherBase*> pending = old->findChildren<QFutureWatcherBase*>();
        for (QFutureWatcherBase* watcher : pending) {
            QObject::disconnect(watcher, nullptr, nullptr, nullptr);
        }
        old->hide();
        old->deleteLater();
        if (current) {
            m_pages->setCurrentIndex(index);
        }
        return;
    }
}

void MainWindow::resetSectionPages()
{
    for (const SectionInfo& info : std::as_const(m_sections)) {
        setSectionPage(info.section, placeholderFor(info));
    }
}

QWidget* MainWindow::sectionPage(Section section) const
{
    for (qsizetype row = 0; row < m_sections.size(); ++row) {
        if (m_sections.at(row).section == section) {
            return m_pages->widget(static_cast<int>(row));
        }
    }
    return nullptr;
}

void MainWindow::setStatusText(const QString& text)
{
    m_status->setText(text);
}

void MainWindow::refreshIcons()
{
    const QColor color = palette().color(QPalette::WindowText);
    const QColor selected = palette().color(QPalette::HighlightedText);
    for (int row = 0; row < m_sidebar->count(); ++row) {
        m_sidebar->item(row)->setIcon(tintedIcon(m_sections.at(row).iconPath, color, kSidebarIconSize, selected));
    }
}

Section MainWindow::currentSection() const
{
    const int row = std::max(0, m_sidebar->currentRow());
    return m_sections.at(row).section;
}

void MainWindow::setCurrentSection(Section section)
{
    for (qsizetype row = 0; row < m_sections.size(); ++row) {
        if (m_sections.at(row).section == section) {
            m_sidebar->setCurrentRow(static_cast<int>(row));
            return;
        }
    }
}

void MainWindow::bringToFront()
{
    if (isMinimized()) {
        showNormal();
    }
    show();
    raise();
    activateWindow();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_versions, this);
    dialog.exec();
}

void MainWindow::restoreState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // First run: 1180×760 logical pixels, or a little less than the screen, centred.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        const QSize size(std::min(1180, available.width() - 48), std::min(760, available.height() - 48));
        setGeometry(QRect(available.center() - QPoint(size.width() / 2, size.height() / 2), size));
    }
    Section section = Section::Today;
    if (sectionFromKey(settings.value(kSectionKey).toString(), section)) {
        setCurrentSection(section);
    }
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSectionKey, m_sections.at(std::max(0, m_sidebar->currentRow())).key);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange) {
        refreshIcons();
    }
    QMainWindow::changeEvent(event);
}

} // namespace clientele::ui
