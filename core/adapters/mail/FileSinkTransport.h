#pragma once

#include <QString>

#include "core/ports/MailTransport.h"

namespace clientele {

// MailTransport for the demo practice and development: every message becomes an .eml file in a
// folder (any mail program opens them) instead of going to a server. Always Accepted, unless the
// file cannot be written (Temporary, stage Local).
class FileSinkTransport final : public MailTransport
{
public:
    explicit FileSinkTransport(QString folder);

    QFuture<MailDelivery> send(const MailEnvelope& envelope, const QByteArray& mime) override;

    const QString& folder() const { return m_folder; }

private:
    QString m_folder;
};

} // namespace clientele
