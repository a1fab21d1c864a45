#include <QTest>

#include "core/domain/Deliverable.h"
#include "core/domain/DeliverablePath.h"
#include "core/domain/DeliverableSet.h"

using clientele::Error;
using clientele::Result;
using namespace clientele::domain;

namespace {

const QString kHash = QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
const QUuid kBooking = QUuid::createUuidV5(QUuid(), QStringLiteral("booking"));
const QDateTime kNow(QDate(2026, 7, 1), QTime(10, 0), Qt::UTC);

Deliverable file(const QString& path, qint64 size = 1000, const QUuid& booking = kBooking)
{
    return Deliverable::create(
        QUuid::createUuidV5(QUuid(), path), booking, path, size, kHash, QStringLiteral("image/jpeg"))
        .value();
}

QString stateName(UploadState state)
{
    switch (state) {
    case UploadState::Pending:
        return QStringLiteral("pending");
    case UploadState::Uploading:
        return QStringLiteral("uploading");
    case UploadState::Uploaded:
        return QStringLiteral("uploaded");
    case UploadState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace

class TestDomainDeliverable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsRelativePaths_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized");

        QTest::newRow("a file name") << QStringLiteral("IMG_0042.jpg") << QStringLiteral("IMG_0042.jpg");
        QTest::newRow("folders") << QStringLiteral("Wedding/Ceremony/IMG_0042.jpg")
                                 << QStringLiteral("Wedding/Ceremony/IMG_0042.jpg");
        QTest::newRow("spaces and unicode")
            << QStringLiteral("Hochzeit Müller/Tanz – 1.jpg") << QStringLiteral("Hochzeit Müller/Tanz – 1.jpg");
        QTest::newRow("a decomposed name from macOS becomes NFC")
            << QStringLiteral("Mu\u0308ller.jpg") << QStringLiteral("M\u00fcller.jpg");
        QTest::newRow("dots inside a name are fine")
            << QStringLiteral("a..b/.hidden/x.tar.gz") << QStringLiteral("a..b/.hidden/x.tar.gz");
        QTest::newRow("a name of exactly 255 bytes") << QString(255, u'a') << QString(255, u'a');
        QTest::newRow("a name that only starts like a reserved one")
            << QStringLiteral("CONCERT.jpg") << QStringLiteral("CONCERT.jpg");
        QTest::newRow("COM0 is not reserved") << QStringLiteral("COM0.txt") << QStringLiteral("COM0.txt");
    }
    void acceptsRelativePaths()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);

        const auto path = DeliverablePath::normalize(input);
        QVERIFY2(path.hasValue(), qPrintable(path.hasValue() ? QString() : path.error().toString()));
        QCOMPARE(path.value(), normalized);
    }

    void refusesUnsafePaths_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");

        QTest::newRow("nothing") << QString() << QStringLiteral("path.empty");
        QTest::newRow("only a slash") << QStringLiteral("/") << QStringLiteral("path.empty");
        QTest::newRow("an absolute path") << QStringLiteral("/etc/passwd") << QStringLiteral("path.absolute");
        QTest::newRow("a drive letter") << QStringLiteral("C:/Windows/win.ini") << QStringLiteral("path.absolute");
        QTest::newRow("a drive-relative path") << QStringLiteral("C:evil.exe") << QStringLiteral("path.absolute");
        QTest::newRow("a parent folder") << QStringLiteral("../secret.txt") << QStringLiteral("path.dot-component");
        QTest::newRow("a parent folder in the middle")
            << QStringLiteral("a/../../b.jpg") << QStringLiteral("path.dot-component");
        QTest::newRow("a current folder") << QStringLiteral("./a.jpg") << QStringLiteral("path.dot-component");
        QTest::newRow("a backslash traversal")
            << QStringLiteral("a\\..\\..\\b.jpg") << QStringLiteral("path.backslash");
        QTest::newRow("a UNC path") << QStringLiteral("\\\\server\\share\\x") << QStringLiteral("path.backslash");
        QTest::newRow("a NUL byte") << (QStringLiteral("a.jpg") + QChar(u'\0') + QStringLiteral(".exe"))
                                    << QStringLiteral("path.control");
        QTest::newRow("a line break") << QStringLiteral("a\nb.jpg") << QStringLiteral("path.control");
        QTest::newRow("a tab") << QStringLiteral("a\tb.jpg") << QStringLiteral("path.control");
        QTest::newRow("a delete character") << QStringLiteral("a\x7f.jpg") << QStringLiteral("path.control");
        QTest::newRow("an NTFS alternate stream")
            << QStringLiteral("a.jpg:hidden") << QStringLiteral("path.reserved-char");
        QTest::newRow("a question mark") << QStringLiteral("what?.jpg") << QStringLiteral("path.reserved-char");
        QTest::newRow("a pipe") << QStringLiteral("a|b.jpg") << QStringLiteral("path.reserved-char");
        QTest::newRow("a double slash") << QStringLiteral("a//b.jpg") << QStringLiteral("path.empty-component");
        QTest::newRow("a trailing slash") << QStringLiteral("a/") << QStringLiteral("path.empty-component");
        QTest::newRow("a reserved device name")
            << QStringLiteral("photos/CON.jpg") << QStringLiteral("path.reserved-name");
        QTest::newRow("a reserved name in lower case") << QStringLiteral("nul") << QStringLiteral("path.reserved-name");
        QTest::newRow("a printer port") << QStringLiteral("LPT1.txt") << QStringLiteral("path.reserved-name");
        QTest::newRow("a trailing dot") << QStringLiteral("a/b.") << QStringLiteral("path.trailing-dot-space");
        QTest::newRow("a trailing space")
            << QStringLiteral("folder /b.jpg") << QStringLiteral("path.trailing-dot-space");
        QTest::newRow("a name of 256 bytes") << QString(256, u'a') << QStringLiteral("path.component-too-long");
        QTest::newRow("a name of 128 two-byte characters")
            << QString(128, QChar(0x00e9)) << QStringLiteral("path.component-too-long");
        QTest::newRow("a path over 4096 bytes")
            << (QString(QString(200, u'a') + u'/').repeated(21) + QStringLiteral("x"))
            << QStringLiteral("path.too-long");
    }
    void refusesUnsafePaths()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);

        const auto path = DeliverablePath::normalize(input);
        QVERIFY(!path.hasValue());
        QCOMPARE(path.error().code(), Error::Code::InvalidInput);
        QCOMPARE(path.error().detail(), reason);
        QVERIFY(!path.error().userMessage().isEmpty());
        const auto created = Deliverable::create(QUuid(), kBooking, input, 1, kHash, QStringLiteral("image/jpeg"));
        QVERIFY(!created.hasValue());
        QCOMPARE(created.error().detail(), reason);
    }

    void createsADeliverable_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("hash");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QString>("reason"); // empty: accepted
        QTest::addColumn<QString>("storedMime");

        QTest::newRow("a JPEG") << qint64(123456) << kHash << QStringLiteral("image/jpeg") << QString()
                                << QStringLiteral("image/jpeg");
        QTest::newRow("an empty file") << qint64(0) << kHash << QStringLiteral("text/plain") << QString()
                                       << QStringLiteral("text/plain");
        QTest::newRow("a file over 4 GiB") << qint64(5) * 1024 * 1024 * 1024 << kHash << QStringLiteral("video/mp4")
                                           << QString() << QStringLiteral("video/mp4");
        QTest::newRow("a MIME type in capitals is lowercased")
            << qint64(1) << kHash << QStringLiteral(" Image/JPEG ") << QString() << QStringLiteral("image/jpeg");
        QTest::newRow("a vendor MIME type") << qint64(1) << kHash << QStringLiteral("application/vnd.adobe.photoshop")
                                            << QString() << QStringLiteral("application/vnd.adobe.photoshop");
        QTest::newRow("a negative size") << qint64(-1) << kHash << QStringLiteral("image/jpeg")
                                         << QStringLiteral("deliverable.negative-size") << QString();
        QTest::newRow("an upper-case hash") << qint64(1) << kHash.toUpper() << QStringLiteral("image/jpeg")
                                            << QStringLiteral("deliverable.bad-hash") << QString();
        QTest::newRow("a hash of 63 digits") << qint64(1) << kHash.left(63) << QStringLiteral("image/jpeg")
                                             << QStringLiteral("deliverable.bad-hash") << QString();
        QTest::newRow("no hash") << qint64(1) << QString() << QStringLiteral("image/jpeg")
                                 << QStringLiteral("deliverable.bad-hash") << QString();
        QTest::newRow("no MIME type") << qint64(1) << kHash << QString() << QStringLiteral("deliverable.mime")
                                      << QString();
        QTest::newRow("a file extension instead of a MIME type")
            << qint64(1) << kHash << QStringLiteral("jpg") << QStringLiteral("deliverable.mime") << QString();
        QTest::newRow("a MIME type with parameters")
            << qint64(1) << kHash << QStringLiteral("text/plain; charset=utf-8") << QStringLiteral("deliverable.mime")
            << QString();
        QTest::newRow("a MIME type without subtype")
            << qint64(1) << kHash << QStringLiteral("image/") << QStringLiteral("deliverable.mime") << QString();
    }
    void createsADeliverable()
    {
        QFETCH(qint64, size);
        QFETCH(QString, hash);
        QFETCH(QString, mime);
        QFETCH(QString, reason);
        QFETCH(QString, storedMime);

        const QUuid id = QUuid::createUuidV5(QUuid(), QStringLiteral("file"));
        const auto created = Deliverable::create(id, kBooking, QStringLiteral("a/b.jpg"), size, hash, mime);
        QCOMPARE(created.hasValue(), reason.isEmpty());
        if (!reason.isEmpty()) {
            QCOMPARE(created.error().detail(), reason);
            return;
        }
        QCOMPARE(created->id(), id);
        QCOMPARE(created->bookingId(), kBooking);
        QCOMPARE(created->relativePath(), QStringLiteral("a/b.jpg"));
        QCOMPARE(created->sizeBytes(), size);
        QCOMPARE(created->sha256(), hash);
        QCOMPARE(created->mimeType(), storedMime);
        QCOMPARE(created->uploadState(), UploadState::Pending);
        QCOMPARE(created->uploadedBytes(), qint64(0));
    }

    void uploadTransitions_data()
    {
        QTest::addColumn<UploadState>("from");
        QTest::addColumn<UploadState>("to");
        QTest::addColumn<bool>("allowed");

        using S = UploadState;
        const QList<S> all = {S::Pending, S::Uploading, S::Uploaded, S::Failed};
        const QList<QPair<S, S>> allowed = {
            {S::Pending, S::Uploading},
            {S::Pending, S::Failed},
            {S::Uploading, S::Uploaded},
            {S::Uploading, S::Failed},
            {S::Uploading, S::Pending},
            {S::Failed, S::Pending},
        };
        for (const S from : all) {
            for (const S to : all) {
                const bool ok = allowed.contains(qMakePair(from, to));
                QTest::addRow("%s to %s is %s", qPrintable(stateName(from)), qPrintable(stateName(to)),
                    ok ? "allowed" : "refused")
                    << from << to << ok;
            }
        }
    }
    void uploadTransitions()
    {
        QFETCH(UploadState, from);
        QFETCH(UploadState, to);
        QFETCH(bool, allowed);

        const Result<void> checked = Deliverable::checkTransition(from, to);
        QCOMPARE(checked.hasValue(), allowed);
        if (!allowed) {
            QCOMPARE(checked.error().detail(), QStringLiteral("deliverable.transition"));
        }

        Deliverable d = file(QStringLiteral("x.jpg"));
        switch (from) {
        case UploadState::Pending:
            break;
        case UploadState::Uploading:
            QVERIFY(d.transitionTo(UploadState::Uploading).hasValue());
            break;
        case UploadState::Uploaded:
            QVERIFY(d.transitionTo(UploadState::Uploading).hasValue());
            QVERIFY(d.transitionTo(UploadState::Uploaded).hasValue());
            break;
        case UploadState::Failed:
            QVERIFY(d.transitionTo(UploadState::Failed, QStringLiteral("HTTP 503")).hasValue());
            break;
        }
        QCOMPARE(d.uploadState(), from);
        QCOMPARE(d.transitionTo(to).hasValue(), allowed);
        QCOMPARE(d.uploadState(), allowed ? to : from);
    }

    void progressResumesAndCompletes()
    {
        Deliverable d = file(QStringLiteral("big.mov"), 1000);
        QVERIFY(!d.setUploadedBytes(10).hasValue()); // not uploading yet
        QVERIFY(d.transitionTo(UploadState::Uploading).hasValue());
        QVERIFY(d.setUploadedBytes(400).hasValue());
        QVERIFY(!d.setUploadedBytes(1001).hasValue());
        QVERIFY(!d.setUploadedBytes(-1).hasValue());
        QCOMPARE(d.uploadedBytes(), qint64(400));
        QVERIFY(d.transitionTo(UploadState::Pending).hasValue()); // paused
        QCOMPARE(d.uploadedBytes(), qint64(400)); // resumable: progress is kept
        QVERIFY(d.transitionTo(UploadState::Uploading).hasValue());
        QVERIFY(d.transitionTo(UploadState::Failed, QStringLiteral("connection reset")).hasValue());
        QCOMPARE(d.errorText(), QStringLiteral("connection reset"));
        QVERIFY(d.transitionTo(UploadState::Pending).hasValue());
        QVERIFY(d.errorText().isEmpty());
        QVERIFY(d.transitionTo(UploadState::Uploading).hasValue());
        QVERIFY(d.transitionTo(UploadState::Uploaded).hasValue());
        QCOMPARE(d.uploadedBytes(), qint64(1000));
    }

    // ---- the set and its share link ----

    void aSetRefusesClashingFiles()
    {
        DeliverableSet set(kBooking);
        QVERIFY(set.add(file(QStringLiteral("Ceremony/IMG_1.jpg"), 100)).hasValue());
        QVERIFY(set.add(file(QStringLiteral("Ceremony/IMG_2.jpg"), 200)).hasValue());

        const Result<void> sameCase = set.add(file(QStringLiteral("ceremony/img_1.JPG"), 5));
        QVERIFY(!sameCase.hasValue());
        QCOMPARE(sameCase.error().detail(), QStringLiteral("deliverable.duplicate-path"));

        const Result<void> sameId = set.add(file(QStringLiteral("Ceremony/IMG_1.jpg"), 5));
        QVERIFY(!sameId.hasValue());
        QCOMPARE(sameId.error().detail(), QStringLiteral("deliverable.duplicate-id"));

        const Result<void> otherBooking =
            set.add(file(QStringLiteral("x.jpg"), 5, QUuid::createUuidV5(QUuid(), QStringLiteral("other"))));
        QVERIFY(!otherBooking.hasValue());
        QCOMPARE(otherBooking.error().detail(), QStringLiteral("deliverable.other-booking"));

        QCOMPARE(set.files().size(), 2);
        QCOMPARE(set.totalBytes(), qint64(300));
    }

    void aSetIsCompleteWhenEveryFileIsUploaded()
    {
        DeliverableSet set(kBooking);
        QVERIFY(!set.isComplete());
        const Deliverable a = file(QStringLiteral("a.jpg"), 100);
        const Deliverable b = file(QStringLiteral("b.jpg"), 50);
        QVERIFY(set.add(a).hasValue());
        QVERIFY(set.add(b).hasValue());
        for (const QUuid& id : {a.id(), b.id()}) {
            QVERIFY(set.transitionFile(id, UploadState::Uploading).hasValue());
        }
        QVERIFY(set.transitionFile(a.id(), UploadState::Uploaded).hasValue());
        QVERIFY(!set.isComplete());
        QCOMPARE(set.uploadedBytes(), qint64(100));
        QVERIFY(!set.transitionFile(a.id(), UploadState::Uploading).hasValue());
        QVERIFY(set.transitionFile(b.id(), UploadState::Uploaded).hasValue());
        QVERIFY(set.isComplete());
        QCOMPARE(set.uploadedBytes(), qint64(150));
        const Result<void> unknown =
            set.transitionFile(QUuid::createUuidV5(QUuid(), QStringLiteral("nope")), UploadState::Failed);
        QCOMPARE(unknown.error().code(), Error::Code::NotFound);
        QVERIFY(set.remove(a.id()));
        QVERIFY(!set.remove(a.id()));
        QCOMPARE(set.files().size(), 1);
    }

    void shareLinkExpiry_data()
    {
        QTest::addColumn<QDateTime>("expiry");
        QTest::addColumn<bool>("accepted");

        QTest::newRow("in two weeks") << kNow.addDays(14) << true;
        QTest::newRow("in exactly one hour") << kNow.addSecs(3600) << true;
        QTest::newRow("in exactly one year") << kNow.addDays(365) << true;
        QTest::newRow("in ten minutes") << kNow.addSecs(600) << false;
        QTest::newRow("in the past") << kNow.addDays(-1) << false;
        QTest::newRow("in two years") << kNow.addDays(730) << false;
        QTest::newRow("no expiry") << QDateTime() << false;
        QTest::newRow("a local time") << QDateTime(QDate(2026, 7, 14), QTime(10, 0), Qt::LocalTime) << false;
    }
    void shareLinkExpiry()
    {
        QFETCH(QDateTime, expiry);
        QFETCH(bool, accepted);

        DeliverableSet set(kBooking);
        const Result<void> set1 = set.setShareLink(ShareLinkSettings {expiry, true}, kNow);
        QCOMPARE(set1.hasValue(), accepted);
        QCOMPARE(set.shareLink().has_value(), accepted);
        if (!accepted) {
            QCOMPARE(set1.error().detail(), QStringLiteral("deliverable.share-expiry"));
        } else {
            QVERIFY(set.shareLink()->passwordRequired);
        }
    }

    void aShareLinkIsLiveOnlyWhileCompleteAndUnexpired()
    {
        DeliverableSet set(kBooking);
        const Deliverable a = file(QStringLiteral("a.jpg"), 100);
        QVERIFY(set.add(a).hasValue());
        QVERIFY(set.setShareLink(ShareLinkSettings {kNow.addDays(7), false}, kNow).hasValue());
        QVERIFY(!set.isShareLinkActive(kNow)); // nothing uploaded yet
        QVERIFY(set.transitionFile(a.id(), UploadState::Uploading).hasValue());
        QVERIFY(set.transitionFile(a.id(), UploadState::Uploaded).hasValue());
        QVERIFY(set.isShareLinkActive(kNow));
        QVERIFY(set.isShareLinkActive(kNow.addDays(7).addSecs(-1)));
        QVERIFY(!set.isShareLinkActive(kNow.addDays(7)));
        set.revokeShareLink();
        QVERIFY(!set.isShareLinkActive(kNow));
    }
};

QTEST_GUILESS_MAIN(TestDomainDeliverable)
#include "test_domain_deliverable.moc"
