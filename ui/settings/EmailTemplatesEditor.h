#pragma once

#include <QList>
#include <QWidget>

#include "core/email/EmailTemplate.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace clientele::ui {

class FieldErrorLabel;

// Settings → Email, the templates: each kind of email the app sends (confirmation, reminder, invoice,
// …) with its subject and text, merge fields offered from a menu for that kind only, checked as the
// user types (Save stays off while the template refuses, with its words under the text), and Reset
// to Default. The HTML part is made from the text, so there is nothing else to edit. Choosing another
// kind with unsaved edits keeps them until saved or reset. Save emits saveRequested(); the app stores
// it and calls setTemplates() again.
class EmailTemplatesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmailTemplatesEditor)

public:
    explicit EmailTemplatesEditor(QWidget* parent = nullptr);
    ~EmailTemplatesEditor() override;

    // One per kind, as stored (edited or default).
    void setTemplates(const QList<email::EmailTemplate>& templates);
    void selectKind(email::EmailKind kind);
    email::EmailKind currentKind() const;
    QString error() const;
    void showSaveError(const QString& message);

public Q_SLOTS:
    void insertField(const QString& field);
    void saveCurrent();
    void resetCurrent();

Q_SIGNALS:
    void saveRequested(const clientele::email::EmailTemplate& emailTemplate);

private:
    void showKind();
    void edited();
    email::EmailTemplate current() const;

    QComboBox* m_kind = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QPushButton* m_insertField = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_reset = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QList<email::EmailTemplate> m_stored; // in allEmailKinds() order
    QList<email::EmailTemplate> m_drafts;
    bool m_showing = false;
    QWidget* m_lastFocus = nullptr;
};

} // namespace clientele::ui
