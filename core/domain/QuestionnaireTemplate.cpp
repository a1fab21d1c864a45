#include "core/domain/QuestionnaireTemplate.h"

#include <utility>

#include <QCoreApplication>

namespace clientele::domain {

namespace {

constexpr qsizetype kMaxIdLength = 64;

Error questionError(const char* key, QString message)
{
    return Error(Error::Code::InvalidInput, std::move(message), QString::fromLatin1(key));
}

bool isValidId(const QString& id)
{
    if (id.isEmpty() || id.size() > kMaxIdLength) {
        return false;
    }
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'-')) {
            return false;
        }
    }
    return true;
}

QuestionnaireQuestion trimmed(const QuestionnaireQuestion& question)
{
    QuestionnaireQuestion result = question;
    result.label = question.label.trimmed();
    for (QString& option : result.options) {
        option = option.trimmed();
    }
    return result;
}

} // namespace

QuestionnaireTemplate::QuestionnaireTemplate(QUuid id, QString name)
    : m_id(id)
    , m_name(std::move(name))
{
}

Result<void> QuestionnaireTemplate::checkQuestion(const QuestionnaireQuestion& question)
{
    const QuestionnaireQuestion q = trimmed(question);
    if (!isValidId(q.id)) {
        return questionError("questionnaire.bad-id",
            QCoreApplication::translate(
                "QuestionnaireTemplate", "A question id must be 1–64 lowercase letters, digits, “_” or “-”."));
    }
    if (q.label.isEmpty()) {
        return questionError("questionnaire.no-label",
            QCoreApplication::translate("QuestionnaireTemplate", "Every question needs a label."));
    }
    if (!q.isChoice()) {
        if (!q.options.isEmpty()) {
            return questionError("questionnaire.options-not-allowed",
                QCoreApplication::translate(
                    "QuestionnaireTemplate", "“%1” is not a choice question and cannot have options.")
                    .arg(q.label));
        }
        return {};
    }
    if (q.options.isEmpty()) {
        return questionError("questionnaire.no-options",
            QCoreApplication::translate("QuestionnaireTemplate", "“%1” needs at least one option to choose from.")
                .arg(q.label));
    }
    for (qsizetype i = 0; i < q.options.size(); ++i) {
        const bool repeated = q.options.indexOf(q.options.at(i)) != i
            || q.options.mid(0, i).contains(q.options.at(i), Qt::CaseInsensitive);
        if (q.options.at(i).isEmpty() || repeated) {
            return questionError("questionnaire.bad-option",
                QCoreApplication::translate(
                    "QuestionnaireTemplate", "The options of “%1” must be filled in and different.")
                    .arg(q.label));
        }
    }
    return {};
}

Result<void> QuestionnaireTemplate::addQuestion(const QuestionnaireQuestion& question)
{
    if (Result<void> ok = checkQuestion(question); !ok) {
        return ok;
    }
    if (this->question(question.id).has_value()) {
        return questionError("questionnaire.duplicate-id",
            QCoreApplication::translate("QuestionnaireTemplate", "Two questions cannot have the same id “%1”.")
                .arg(question.id));
    }
    m_questions.append(trimmed(question));
    return {};
}

bool QuestionnaireTemplate::removeQuestion(const QString& id)
{
    return m_questions.removeIf([&id](const QuestionnaireQuestion& q) { return q.id == id; }) > 0;
}

std::optional<QuestionnaireQuestion> QuestionnaireTemplate::question(const QString& id) const
{
    for (const QuestionnaireQuestion& q : m_questions) {
        if (q.id == id) {
            return q;
        }
    }
    return std::nullopt;
}

} // namespace clientele::domain
