#include "core/adapters/mail/FileSinkTransport.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace clientele {

FileSinkTransport::FileSinkTransport(QString folder)
    : m_folder(std::move(folder))
{
}

QFuture<MailDelivery> FileSinkTransport::send(const MailEnvelope& /*envelope*/, const QByteArray& mime)
{
    return QtConcurrent::run([folder = m_folder, mime] {
        MailDelivery delivery;
        delivery.stage = MailDelivery::Stage::Local;
        if (!QDir().mkpath(folder)) {
            delivery.detail = QStringLiteral("cannot make %1").arg(folder);
            return delivery;
        }
        // Sorted by when they were sent; the UUID keeps two in the same millisecond apart.
        const QString name = QStringLiteral("%1-%2.eml")
                                 .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz")),
                                     QUuid::createUuid().toString(QUuid::Id128).left(8));
        QSaveFile file(QDir(folder).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(mime) != mime.size() || !file.commit()) {
            delivery.detail = file.errorString();
            return delivery;
        }
        delivery.kind = MailDelivery::Kind::Accepted;
        delivery.stage = MailDelivery::Stage::Answer;
        delivery.reply = QStringLiteral("Saved as %1").arg(name);
        return delivery;
    });
}

} // namespace clientele
