#include "ui/Theme.h"

#include <QSettings>

#include <QApplication>
#include <QEvent>
#include <QStyleFactory>

#include "core/Logging.h"

namespace clientele::ui {

Theme::Theme(QApplication& app, Mode mode)
    : m_app(app)
    , m_mode(mode)
    , m_systemPalette(QApplication::palette())
{
    // Fusion draws the same on every desktop and takes any palette, so our dark palette works even
    // where the platform style would ignore it.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_app.installEventFilter(this);
    apply();
}

Theme::~Theme()
{
    m_app.removeEventFilter(this);
}

namespace {
const QString kStoredModeKey = QStringLiteral("appearance/theme");
} // namespace

QString Theme::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Theme::Mode Theme::storedMode()
{
    Mode mode = Mode::System;
    if (!modeFromString(QSettings().value(kStoredModeKey).toString(), mode)) {
        mode = Mode::System;
    }
    return mode;
}

void Theme::storeMode(Mode mode)
{
    QSettings().setValue(kStoredModeKey, modeName(mode));
}

bool Theme::modeFromString(const QString& text, Mode& mode)
{
    const QString lower = text.toLower();
    if (lower == u"system") {
        mode = Mode::System;
    } else if (lower == u"light") {
        mode = Mode::Light;
    } else if (lower == u"dark") {
        mode = Mode::Dark;
    } else {
        return false;
    }
    return true;
}

void Theme::setMode(Mode mode)
{
    if (mode != m_mode) {
        m_mode = mode;
        apply();
    }
}

bool Theme::systemPrefersDark() const
{
    // GTK desktops without a Qt platform theme announce dark themes as "Name:dark".
    const QByteArray gtkTheme = qgetenv("GTK_THEME");
    if (gtkTheme.endsWith(":dark") || gtkTheme.contains("-dark")) {
        return true;
    }
    // Otherwise trust the platform theme's palette: dark window, light text.
    const QColor window = m_systemPalette.color(QPalette::Window);
    const QColor text = m_systemPalette.color(QPalette::WindowText);
    return window.lightnessF() < text.lightnessF();
}

void Theme::apply()
{
    m_dark = (m_mode == Mode::Dark) || (m_mode == Mode::System && systemPrefersDark());
    m_applying = true;
    QApplication::setPalette(m_dark ? darkPalette() : lightPalette());
    m_applying = false;
    qCDebug(lcUi) << "Palette:" << (m_dark ? "dark" : "light");
    Q_EMIT changed(m_dark);
}

bool Theme::eventFilter(QObject* watched, QEvent* event)
{
    // The desktop switched theme: read its palette again (ours is not what the platform proposes).
    if (watched == &m_app && event->type() == QEvent::ThemeChange && !m_applying && m_mode == Mode::System) {
        // Setting an empty palette resolves to the platform theme's palette, which we read back.
        m_applying = true;
        QApplication::setPalette(QPalette());
        m_systemPalette = QApplication::palette();
        m_applying = false;
        apply();
    }
    return QObject::eventFilter(watched, event);
}

QPalette Theme::lightPalette()
{
    QPalette p;
    const QColor window(0xf6, 0xf6, 0xf5);
    const QColor base(0xff, 0xff, 0xff);
    const QColor text(0x1f, 0x23, 0x28);
    const QColor accent(0x2a, 0x6f, 0x77);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xf1, 0xf3, 0xf4));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x5f, 0x66, 0x6d));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xee, 0xee, 0xec));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe3, 0xe3, 0xe1));
    p.setColor(QPalette::Mid, QColor(0xc4, 0xc4, 0xc2));
    p.setColor(QPalette::Dark, QColor(0x9a, 0x9a, 0x98));
    p.setColor(QPalette::Shadow, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1d, 0x5f, 0xa8));
    p.setColor(QPalette::LinkVisited, QColor(0x6b, 0x3f, 0xa0));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8a, 0x8f, 0x94));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8a, 0x8f, 0x94));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8a, 0x8f, 0x94));
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor window(0x25, 0x27, 0x2a);
    const QColor base(0x1c, 0x1e, 0x21);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor accent(0x4f, 0xa3, 0xab);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2d, 0x31));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x36, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa4, 0xaa, 0xb0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x32, 0x35, 0x39));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x49, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x2c, 0x2f, 0x33));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, QColor(0x10, 0x12, 0x14));
    p.setColor(QPalette::Link, QColor(0x7c, 0xb7, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x94, 0xe6));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x7f, 0x85));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x7f, 0x85));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x7f, 0x85));
    return p;
}

} // namespace clientele::ui
