#include <QTest>

#include "core/Result.h"

using namespace clientele;

class TestCoreResult final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueIsKept()
    {
        const Result<int> result(42);
        QVERIFY(result.hasValue());
        QVERIFY(static_cast<bool>(result));
        QCOMPARE(result.value(), 42);
        QCOMPARE(result.valueOr(7), 42);
    }

    void errorIsKept()
    {
        const Result<QString> result(
            Error(Error::Code::WrongKey, QStringLiteral("Wrong key"), QStringLiteral("SQLITE_NOTADB"), false));
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().code(), Error::Code::WrongKey);
        QCOMPARE(result.error().userMessage(), QStringLiteral("Wrong key"));
        QCOMPARE(result.error().toString(), QStringLiteral("Wrong key (SQLITE_NOTADB)"));
        QCOMPARE(result.valueOr(QStringLiteral("fallback")), QStringLiteral("fallback"));
        QVERIFY(!result.error().isRetryable());
    }

    void voidResultSucceedsOrFails()
    {
        const Result<void> ok;
        QVERIFY(ok.hasValue());
        const Result<void> failed(Error(Error::Code::Network, QStringLiteral("Offline"), {}, true));
        QVERIFY(!failed.hasValue());
        QVERIFY(failed.error().isRetryable());
        QCOMPARE(failed.error().toString(), QStringLiteral("Offline"));
    }

    void moveOnlyValuesMoveOut()
    {
        Result<std::unique_ptr<int>> result(std::make_unique<int>(5));
        std::unique_ptr<int> taken = std::move(result).value();
        QCOMPARE(*taken, 5);
    }

    void everyCodeHasAName_data()
    {
        QTest::addColumn<int>("code");
        for (int code = static_cast<int>(Error::Code::None); code <= static_cast<int>(Error::Code::Internal); ++code) {
            QTest::addRow("code %d", code) << code;
        }
    }
    void everyCodeHasAName()
    {
        QFETCH(int, code);
        const QString name = Error::codeName(static_cast<Error::Code>(code));
        QVERIFY(!name.isEmpty());
        QVERIFY2(name != u"unknown", qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestCoreResult)
#include "test_core_result.moc"
