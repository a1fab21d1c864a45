#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QUuid>

#include "core/Result.h"
#include "core/domain/QuestionnaireQuestion.h"

namespace clientele::domain {

// A form the practice sends before a booking (DESIGN.md §2, Questionnaires).
//
// Each question is checked as it is added; refusals carry a stable key in Error::detail():
//   "questionnaire.bad-id"         id empty or not [a-z0-9_-], or longer than 64
//   "questionnaire.duplicate-id"
//   "questionnaire.no-label"
//   "questionnaire.no-options"     a choice question without options
//   "questionnaire.bad-option"     a blank or repeated option (repeats compared ignoring case)
//   "questionnaire.options-not-allowed" options on a question that is not a choice
class QuestionnaireTemplate final
{
public:
    QuestionnaireTemplate() = default;
    QuestionnaireTemplate(QUuid id, QString name);

    const QUuid& id() const { return m_id; }
    const QString& name() const { return m_name; }
    void setName(const QString& name) { m_name = name; }
    const QList<QuestionnaireQuestion>& questions() const { return m_questions; }

    // Adds a question at the end. Label and options are stored trimmed.
    Result<void> addQuestion(const QuestionnaireQuestion& question);
    bool removeQuestion(const QString& id);
    std::optional<QuestionnaireQuestion> question(const QString& id) const;

    static Result<void> checkQuestion(const QuestionnaireQuestion& question);

private:
    QUuid m_id;
    QString m_name;
    QList<QuestionnaireQuestion> m_questions;
};

} // namespace clientele::domain
