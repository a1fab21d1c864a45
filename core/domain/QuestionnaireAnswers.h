#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include "core/Result.h"

namespace clientele::domain {

class QuestionnaireTemplate;

// A client's answers to a questionnaire, keyed by question id. Every answer is a list of values:
// one value for most kinds, any number for MultiChoice. Values are stored trimmed; blank values are
// dropped, so an answer of only spaces counts as no answer.
//
// validate() reports the first problem, naming the question's label. It looks first for answers
// to questions the form does not have (in id order: a tampered or outdated form), then goes
// through the questions in form order. Keys in Error::detail():
//   "questionnaire.unknown-question", "questionnaire.required", "questionnaire.too-many-values",
//   "questionnaire.not-an-option", "questionnaire.bad-date" (not "yyyy-MM-dd" or no such day),
//   "questionnaire.too-long" (Text over 1,000 characters, LongText over 20,000).
// The answer itself is never put into the error.
class QuestionnaireAnswers final
{
public:
    void set(const QString& questionId, const QString& value);
    void set(const QString& questionId, const QStringList& values);
    void clear(const QString& questionId) { m_answers.remove(questionId); }

    bool isAnswered(const QString& questionId) const { return m_answers.contains(questionId); }
    QStringList values(const QString& questionId) const { return m_answers.value(questionId); }
    QString value(const QString& questionId) const { return m_answers.value(questionId).value(0); }
    const QMap<QString, QStringList>& all() const { return m_answers; }

    Result<void> validate(const QuestionnaireTemplate& form) const;

private:
    QMap<QString, QStringList> m_answers;
};

} // namespace clientele::domain
