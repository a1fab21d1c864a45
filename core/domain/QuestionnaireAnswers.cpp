#include "core/domain/QuestionnaireAnswers.h"

#include <QCoreApplication>
#include <QDate>

#include "core/domain/QuestionnaireTemplate.h"

namespace clientele::domain {

namespace {

constexpr qsizetype kMaxTextLength = 1000;
constexpr qsizetype kMaxLongTextLength = 20000;
// The id of an unknown answer comes from the web form; cut it so a hostile one cannot flood the message.
constexpr qsizetype kMaxShownIdLength = 64;

Error answerError(const char* key, QString message)
{
    return Error(Error::Code::InvalidInput, std::move(message), QString::fromLatin1(key));
}

bool isIsoDate(const QString& text)
{
    // QDate::fromString(…, Qt::ISODate) also accepts trailing junk on some inputs; insist on the
    // exact shape first.
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-') {
        return false;
    }
    return QDate::fromString(text, QStringLiteral("yyyy-MM-dd")).isValid();
}

Result<void> checkAnswer(const QuestionnaireQuestion& question, const QStringList& values)
{
    using Kind = QuestionnaireQuestion::Kind;
    if (values.isEmpty()) {
        if (question.required) {
            return answerError("questionnaire.required",
                QCoreApplication::translate("QuestionnaireAnswers", "“%1” needs an answer.").arg(question.label));
        }
        return {};
    }
    if (question.kind != Kind::MultiChoice && values.size() > 1) {
        return answerError("questionnaire.too-many-values",
            QCoreApplication::translate("QuestionnaireAnswers", "“%1” takes a single answer.").arg(question.label));
    }
    switch (question.kind) {
    case Kind::Text:
    case Kind::LongText: {
        const qsizetype limit = question.kind == Kind::Text ? kMaxTextLength : kMaxLongTextLength;
        if (values.constFirst().size() > limit) {
            return answerError("questionnaire.too-long",
                QCoreApplication::translate("QuestionnaireAnswers", "The answer to “%1” is longer than %2 characters.")
                    .arg(question.label)
                    .arg(limit));
        }
        break;
    }
    case Kind::SingleChoice:
    case Kind::MultiChoice:
        for (const QString& value : values) {
            if (!question.options.contains(value)) {
                return answerError("questionnaire.not-an-option",
                    QCoreApplication::translate("QuestionnaireAnswers", "The answer to “%1” is not one of its options.")
                        .arg(question.label));
            }
        }
        break;
    case Kind::Date:
        if (!isIsoDate(values.constFirst())) {
            return answerError("questionnaire.bad-date",
                QCoreApplication::translate("QuestionnaireAnswers", "The answer to “%1” is not a valid date.")
                    .arg(question.label));
        }
        break;
    case Kind::Signature:
    case Kind::File:
        break;
    }
    return {};
}

} // namespace

void QuestionnaireAnswers::set(const QString& questionId, const QString& value)
{
    set(questionId, QStringList {value});
}

void QuestionnaireAnswers::set(const QString& questionId, const QStringList& values)
{
    QStringList kept;
    for (const QString& value : values) {
        const QString trimmed = value.trimmed();
        if (!trimmed.isEmpty()) {
            kept.append(trimmed);
        }
    }
    if (kept.isEmpty()) {
        m_answers.remove(questionId);
    } else {
        m_answers.insert(questionId, kept);
    }
}

Result<void> QuestionnaireAnswers::validate(const QuestionnaireTemplate& form) const
{
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
        if (!form.question(it.key()).has_value()) {
            return answerError("questionnaire.unknown-question",
                QCoreApplication::translate(
                    "QuestionnaireAnswers", "The answers include a question this form does not have (“%1”).")
                    .arg(it.key().left(kMaxShownIdLength)));
        }
    }
    for (const QuestionnaireQuestion& question : form.questions()) {
        if (Result<void> ok = checkAnswer(question, m_answers.value(question.id)); !ok) {
            return ok;
        }
    }
    return {};
}

} // namespace clientele::domain
