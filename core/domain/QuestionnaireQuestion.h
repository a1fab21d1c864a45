#pragma once

#include <QString>
#include <QStringList>

namespace clientele::domain {

// One question of a questionnaire template. `id` is stable across edits of the label, so answers
// stay attached to the right question when the practice rewords it.
struct QuestionnaireQuestion final
{
    enum class Kind
    {
        Text, // one line
        LongText,
        SingleChoice,
        MultiChoice,
        Date, // answered as ISO 8601 "yyyy-MM-dd"
        Signature, // answered with a reference to the captured signature
        File, // answered with a reference to the uploaded blob
    };

    QString id; // lowercase letters, digits, "_" and "-"
    QString label;
    Kind kind = Kind::Text;
    bool required = false;
    QStringList options; // only for SingleChoice and MultiChoice

    bool isChoice() const { return kind == Kind::SingleChoice || kind == Kind::MultiChoice; }

    friend bool operator==(const QuestionnaireQuestion& a, const QuestionnaireQuestion& b) = default;
};

} // namespace clientele::domain
