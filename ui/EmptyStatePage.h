#pragma once

#include <QWidget>

class QLabel;

namespace clientele::ui {

// The empty state of a section: an icon, a headline and one sentence saying what will appear here.
class EmptyStatePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStatePage)

public:
    EmptyStatePage(const QString& iconPath, const QString& title, const QString& text, QWidget* parent = nullptr);

    QString title() const;
    QString text() const;
    // Changes what the page says, e.g. "No matching clients" once a filter is on.
    void setTexts(const QString& title, const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateIcon();

    QString m_iconPath;
    QLabel* m_iconLabel = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_textLabel = nullptr;
};

} // namespace clientele::ui
