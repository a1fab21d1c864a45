#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QList>
#include <QUuid>
#include <QWidget>

#include "core/domain/ContractTemplate.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace clientele::ui {

class FieldErrorLabel;

// Settings → Contract Templates: the agreements the practice sends, written once with merge fields
// ("{{client.name}}") that New Contract fills in for a client. Master–detail: the list of templates,
// and an editor with the name and the text, a menu that inserts any merge field at the cursor, and
// the template's own check as the user types (Save stays off while it refuses, with its words under
// the field). Edits to several templates are kept until saved or reverted, like the services editor.
// A pure editor: Save emits saveRequested(); the app stores it and calls setTemplates() again.
class ContractTemplatesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContractTemplatesEditor)

public:
    using IdFactory = std::function<QUuid()>;
    using RemoveConfirmation = std::function<bool(const QString& templateName)>;

    explicit ContractTemplatesEditor(QWidget* parent = nullptr);
    ~ContractTemplatesEditor() override;

    // The stored templates. Edits not saved yet stay: a template being edited keeps its text, and
    // new ones not saved yet stay at the end.
    void setTemplates(const QList<domain::ContractTemplate>& templates);
    // Ids for new templates (UUIDv7 from the store); without one, QUuid::createUuid().
    void setIdFactory(IdFactory factory);
    // Asked once before a saved template is removed; the default asks with a message box.
    void setRemoveConfirmation(RemoveConfirmation confirm);

    QUuid currentTemplateId() const;
    void selectTemplate(const QUuid& id);
    // The refusal shown under the name ("name"), the text ("body") or the buttons ("general"), empty when none.
    QString fieldError(const QString& field) const;
    // The app could not store the template: its words under the buttons; the edits stay.
    void showSaveError(const QUuid& id, const QString& message);

public Q_SLOTS:
    void addTemplate();
    void removeCurrentTemplate();
    void saveCurrent();
    void revertCurrent();
    void insertField(const QString& field);

Q_SIGNALS:
    void saveRequested(const clientele::domain::ContractTemplate& contractTemplate);
    void removeRequested(const QUuid& templateId);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Draft
    {
        QString name;
        QString body;
        friend bool operator==(const Draft&, const Draft&) = default;
    };
    struct Entry
    {
        QUuid id;
        std::optional<Draft> saved; // nullopt until stored once
        Draft draft;
        bool isModified() const { return !saved || !(draft == *saved); }
    };

    void buildUi();
    QWidget* buildDetail();
    QMenu* buildFieldMenu(QWidget* parent);
    void rebuildList();
    void updateListRow(int row);
    void updateStack();
    void currentRowChanged();
    void showEntry(int row);
    void formEdited();
    void validateCurrent();
    void updateButtons();
    domain::ContractTemplate templateOf(const Entry& entry) const;

    std::vector<Entry> m_entries;
    int m_current = -1;
    bool m_loading = false;
    bool m_valid = false;
    IdFactory m_idFactory;
    RemoveConfirmation m_confirmRemove;

    QStackedWidget* m_stack = nullptr;
    QSplitter* m_splitter = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QWidget* m_detail = nullptr;
    QLabel* m_detailTitle = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_insertField = nullptr;
    QPlainTextEdit* m_body = nullptr;
    FieldErrorLabel* m_nameError = nullptr;
    FieldErrorLabel* m_bodyError = nullptr;
    FieldErrorLabel* m_generalError = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_revertButton = nullptr;
};

} // namespace clientele::ui
