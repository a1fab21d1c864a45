#include <QTest>

#include "core/domain/QuestionnaireAnswers.h"
#include "core/domain/QuestionnaireTemplate.h"

using clientele::Error;
using clientele::Result;
using namespace clientele::domain;

namespace {

using Kind = QuestionnaireQuestion::Kind;

QuestionnaireQuestion question(
    const QString& id, const QString& label, Kind kind, bool required, const QStringList& options = {})
{
    QuestionnaireQuestion q;
    q.id = id;
    q.label = label;
    q.kind = kind;
    q.required = required;
    q.options = options;
    return q;
}

// A new-client form of a family photographer.
QuestionnaireTemplate intakeForm()
{
    QuestionnaireTemplate form(QUuid::createUuidV5(QUuid(), QStringLiteral("intake")), QStringLiteral("Intake"));
    const QList<QuestionnaireQuestion> questions = {
        question(QStringLiteral("names"), QStringLiteral("Who will be in the photos?"), Kind::Text, true),
        question(QStringLiteral("story"), QStringLiteral("Tell us about your family"), Kind::LongText, false),
        question(QStringLiteral("location"), QStringLiteral("Where should we meet?"), Kind::SingleChoice, true,
            {QStringLiteral("Studio"), QStringLiteral("Park"), QStringLiteral("Your home")}),
        question(QStringLiteral("looks"), QStringLiteral("Which looks do you want?"), Kind::MultiChoice, false,
            {QStringLiteral("Casual"), QStringLiteral("Formal"), QStringLiteral("Outdoor")}),
        question(QStringLiteral("birthday"), QStringLiteral("Youngest child's birthday"), Kind::Date, false),
        question(QStringLiteral("consent"), QStringLiteral("Signature"), Kind::Signature, true),
        question(QStringLiteral("reference"), QStringLiteral("Inspiration photo"), Kind::File, false),
    };
    for (const QuestionnaireQuestion& q : questions) {
        const Result<void> added = form.addQuestion(q);
        Q_ASSERT(added.hasValue());
    }
    return form;
}

QuestionnaireAnswers completeAnswers()
{
    QuestionnaireAnswers answers;
    answers.set(QStringLiteral("names"), QStringLiteral("Jane, Joe and Mia"));
    answers.set(QStringLiteral("location"), QStringLiteral("Park"));
    answers.set(QStringLiteral("consent"), QStringLiteral("sig:0191d6a0"));
    return answers;
}

} // namespace

class TestDomainQuestionnaire final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesBadQuestions_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("reason"); // empty: accepted

        const int text = static_cast<int>(Kind::Text);
        const int single = static_cast<int>(Kind::SingleChoice);
        const int multi = static_cast<int>(Kind::MultiChoice);
        const int date = static_cast<int>(Kind::Date);
        const QStringList yesNo = {QStringLiteral("Yes"), QStringLiteral("No")};

        QTest::newRow("a text question") << QStringLiteral("q1") << QStringLiteral("Name") << text << QStringList()
                                         << QString();
        QTest::newRow("a choice with options")
            << QStringLiteral("q_2") << QStringLiteral("Pets?") << single << yesNo << QString();
        QTest::newRow("a multiple choice with one option") << QStringLiteral("q-3") << QStringLiteral("Extras") << multi
                                                           << QStringList {QStringLiteral("Album")} << QString();
        QTest::newRow("no id") << QString() << QStringLiteral("Name") << text << QStringList()
                               << QStringLiteral("questionnaire.bad-id");
        QTest::newRow("an id with capitals") << QStringLiteral("Name") << QStringLiteral("Name") << text
                                             << QStringList() << QStringLiteral("questionnaire.bad-id");
        QTest::newRow("an id with a space") << QStringLiteral("first name") << QStringLiteral("Name") << text
                                            << QStringList() << QStringLiteral("questionnaire.bad-id");
        QTest::newRow("an id of 65 characters") << QString(65, u'a') << QStringLiteral("Name") << text << QStringList()
                                                << QStringLiteral("questionnaire.bad-id");
        QTest::newRow("a blank label") << QStringLiteral("q1") << QStringLiteral("  ") << text << QStringList()
                                       << QStringLiteral("questionnaire.no-label");
        QTest::newRow("a choice without options") << QStringLiteral("q1") << QStringLiteral("Pets?") << single
                                                  << QStringList() << QStringLiteral("questionnaire.no-options");
        QTest::newRow("a blank option") << QStringLiteral("q1") << QStringLiteral("Pets?") << single
                                        << QStringList {QStringLiteral("Yes"), QStringLiteral(" ")}
                                        << QStringLiteral("questionnaire.bad-option");
        QTest::newRow("the same option twice ignoring case")
            << QStringLiteral("q1") << QStringLiteral("Pets?") << multi
            << QStringList {QStringLiteral("Dog"), QStringLiteral("dog ")}
            << QStringLiteral("questionnaire.bad-option");
        QTest::newRow("options on a date question") << QStringLiteral("q1") << QStringLiteral("When?") << date << yesNo
                                                    << QStringLiteral("questionnaire.options-not-allowed");
    }
    void refusesBadQuestions()
    {
        QFETCH(QString, id);
        QFETCH(QString, label);
        QFETCH(int, kind);
        QFETCH(QStringList, options);
        QFETCH(QString, reason);

        QuestionnaireTemplate form;
        const Result<void> added = form.addQuestion(question(id, label, static_cast<Kind>(kind), false, options));
        QCOMPARE(added.hasValue(), reason.isEmpty());
        QCOMPARE(form.questions().size(), reason.isEmpty() ? 1 : 0);
        if (!reason.isEmpty()) {
            QCOMPARE(added.error().code(), Error::Code::InvalidInput);
            QCOMPARE(added.error().detail(), reason);
        }
    }

    void refusesADuplicateQuestionId()
    {
        QuestionnaireTemplate form = intakeForm();
        const Result<void> added =
            form.addQuestion(question(QStringLiteral("names"), QStringLiteral("Again"), Kind::Text, false));
        QVERIFY(!added.hasValue());
        QCOMPARE(added.error().detail(), QStringLiteral("questionnaire.duplicate-id"));
        QCOMPARE(form.questions().size(), 7);
    }

    void keepsQuestionsInOrderAndTrimmed()
    {
        QuestionnaireTemplate form;
        QVERIFY(form.addQuestion(question(QStringLiteral("b"), QStringLiteral(" Second "), Kind::SingleChoice, false,
                                     {QStringLiteral(" x "), QStringLiteral("y")}))
                    .hasValue());
        QVERIFY(form.addQuestion(question(QStringLiteral("a"), QStringLiteral("First"), Kind::Text, false)).hasValue());
        QCOMPARE(form.questions().at(0).id, QStringLiteral("b"));
        QCOMPARE(form.questions().at(0).label, QStringLiteral("Second"));
        QCOMPARE(form.questions().at(0).options, (QStringList {QStringLiteral("x"), QStringLiteral("y")}));
        QVERIFY(form.question(QStringLiteral("a")).has_value());
        QVERIFY(form.removeQuestion(QStringLiteral("b")));
        QVERIFY(!form.question(QStringLiteral("b")).has_value());
        QVERIFY(!form.removeQuestion(QStringLiteral("b")));
    }

    void validatesAnswers_data()
    {
        QTest::addColumn<QString>("questionId");
        QTest::addColumn<QStringList>("values"); // set on top of complete answers; empty clears the answer
        QTest::addColumn<QString>("reason"); // empty: valid
        QTest::addColumn<QString>("label"); // the label the message names

        QTest::newRow("the complete form is valid") << QString() << QStringList() << QString() << QString();
        QTest::newRow("an optional long text")
            << QStringLiteral("story") << QStringList {QString(20000, u'x')} << QString() << QString();
        QTest::newRow("several looks") << QStringLiteral("looks")
                                       << QStringList {QStringLiteral("Casual"), QStringLiteral("Outdoor")} << QString()
                                       << QString();
        QTest::newRow("a valid date") << QStringLiteral("birthday") << QStringList {QStringLiteral("2024-02-29")}
                                      << QString() << QString();
        QTest::newRow("a file reference")
            << QStringLiteral("reference") << QStringList {QStringLiteral("blob:42")} << QString() << QString();
        QTest::newRow("a missing required text names its label")
            << QStringLiteral("names") << QStringList() << QStringLiteral("questionnaire.required")
            << QStringLiteral("Who will be in the photos?");
        QTest::newRow("a blank required text counts as missing")
            << QStringLiteral("names") << QStringList {QStringLiteral("   ")}
            << QStringLiteral("questionnaire.required") << QStringLiteral("Who will be in the photos?");
        QTest::newRow("a missing signature") << QStringLiteral("consent") << QStringList()
                                             << QStringLiteral("questionnaire.required") << QStringLiteral("Signature");
        QTest::newRow("a choice that is not an option")
            << QStringLiteral("location") << QStringList {QStringLiteral("Beach")}
            << QStringLiteral("questionnaire.not-an-option") << QStringLiteral("Where should we meet?");
        QTest::newRow("an option in the wrong case is not an option")
            << QStringLiteral("location") << QStringList {QStringLiteral("park")}
            << QStringLiteral("questionnaire.not-an-option") << QStringLiteral("Where should we meet?");
        QTest::newRow("two answers to a single choice")
            << QStringLiteral("location") << QStringList {QStringLiteral("Park"), QStringLiteral("Studio")}
            << QStringLiteral("questionnaire.too-many-values") << QStringLiteral("Where should we meet?");
        QTest::newRow("one of several looks is not an option")
            << QStringLiteral("looks") << QStringList {QStringLiteral("Casual"), QStringLiteral("Retro")}
            << QStringLiteral("questionnaire.not-an-option") << QStringLiteral("Which looks do you want?");
        QTest::newRow("a date in US order")
            << QStringLiteral("birthday") << QStringList {QStringLiteral("02/29/2024")}
            << QStringLiteral("questionnaire.bad-date") << QStringLiteral("Youngest child's birthday");
        QTest::newRow("a day that does not exist")
            << QStringLiteral("birthday") << QStringList {QStringLiteral("2023-02-29")}
            << QStringLiteral("questionnaire.bad-date") << QStringLiteral("Youngest child's birthday");
        QTest::newRow("a date with a time")
            << QStringLiteral("birthday") << QStringList {QStringLiteral("2024-02-29T10:00")}
            << QStringLiteral("questionnaire.bad-date") << QStringLiteral("Youngest child's birthday");
        QTest::newRow("a short text that is too long")
            << QStringLiteral("names") << QStringList {QString(1001, u'x')} << QStringLiteral("questionnaire.too-long")
            << QStringLiteral("Who will be in the photos?");
        QTest::newRow("a long text that is too long")
            << QStringLiteral("story") << QStringList {QString(20001, u'x')} << QStringLiteral("questionnaire.too-long")
            << QStringLiteral("Tell us about your family");
        QTest::newRow("an answer to a question the form does not have")
            << QStringLiteral("ssn") << QStringList {QStringLiteral("123")}
            << QStringLiteral("questionnaire.unknown-question") << QStringLiteral("ssn");
    }
    void validatesAnswers()
    {
        QFETCH(QString, questionId);
        QFETCH(QStringList, values);
        QFETCH(QString, reason);
        QFETCH(QString, label);

        QuestionnaireAnswers answers = completeAnswers();
        if (!questionId.isEmpty()) {
            answers.set(questionId, values);
        }
        const Result<void> valid = answers.validate(intakeForm());
        QCOMPARE(valid.hasValue(), reason.isEmpty());
        if (!reason.isEmpty()) {
            QCOMPARE(valid.error().code(), Error::Code::InvalidInput);
            QCOMPARE(valid.error().detail(), reason);
            QVERIFY2(valid.error().userMessage().contains(label), qPrintable(valid.error().userMessage()));
            // The client's answer never ends up in the error.
            for (const QString& value : values) {
                if (value.trimmed().size() > 3) {
                    QVERIFY(!valid.error().userMessage().contains(value.trimmed()));
                }
            }
        }
    }

    void reportsTheFirstProblemInFormOrder()
    {
        QuestionnaireAnswers answers;
        answers.set(QStringLiteral("location"), QStringLiteral("Beach"));
        const Result<void> valid = answers.validate(intakeForm());
        QVERIFY(!valid.hasValue());
        // "names" comes before "location" on the form.
        QCOMPARE(valid.error().detail(), QStringLiteral("questionnaire.required"));
        QVERIFY(valid.error().userMessage().contains(QStringLiteral("Who will be in the photos?")));
    }

    void storesAnswersTrimmed()
    {
        QuestionnaireAnswers answers;
        answers.set(
            QStringLiteral("looks"), QStringList {QStringLiteral(" Casual "), QString(), QStringLiteral("Formal")});
        QCOMPARE(answers.values(QStringLiteral("looks")),
            (QStringList {QStringLiteral("Casual"), QStringLiteral("Formal")}));
        QCOMPARE(answers.value(QStringLiteral("looks")), QStringLiteral("Casual"));
        answers.set(QStringLiteral("looks"), QStringLiteral("  "));
        QVERIFY(!answers.isAnswered(QStringLiteral("looks")));
        answers.set(QStringLiteral("names"), QStringLiteral("Jane"));
        answers.clear(QStringLiteral("names"));
        QVERIFY(answers.all().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDomainQuestionnaire)
#include "test_domain_questionnaire.moc"
