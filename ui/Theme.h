#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

class QApplication;

namespace clientele::ui {

// Light and dark palettes on the Fusion style. In System mode the palette follows the desktop:
// it starts from what the platform theme reports and switches when the desktop changes theme.
class Theme final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Theme)

public:
    enum class Mode
    {
        System,
        Light,
        Dark,
    };

    // Applies the mode's palette to the whole application at once; the caller owns the Theme.
    Theme(QApplication& app, Mode mode);
    ~Theme() override;

    // "system", "light" or "dark"; false for anything else.
    static bool modeFromString(const QString& text, Mode& mode);
    static QString modeName(Mode mode);
    // The user's choice, kept in QSettings ("appearance/theme"); System when unset or unknown.
    static Mode storedMode();
    static void storeMode(Mode mode);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    bool isDark() const { return m_dark; }

    static QPalette lightPalette();
    static QPalette darkPalette();

Q_SIGNALS:
    void changed(bool dark);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool systemPrefersDark() const;
    void apply();

    QApplication& m_app;
    Mode m_mode;
    QPalette m_systemPalette;
    bool m_dark = false;
    bool m_applying = false;
};

} // namespace clientele::ui
