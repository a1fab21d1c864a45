#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace clientele::ui {

// A refusal shown under the field it concerns: a warning icon and words that say how to fix it.
// Hidden while there is nothing to say. The field's accessible description carries the same words,
// so a screen reader announces the error with the field.
class FieldErrorLabel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldErrorLabel)

public:
    explicit FieldErrorLabel(QWidget* field, QWidget* parent = nullptr);
    ~FieldErrorLabel() override;

    QString text() const;
    void showError(const QString& text);
    void clear();

    // `field` above this error, in one column for a QFormLayout row.
    static QWidget* wrap(QWidget* field, FieldErrorLabel* error, QWidget* parent);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateIcon();

    QPointer<QWidget> m_field;
    QString m_fieldDescription;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace clientele::ui
