#include "core/documents/ContractDocument.h"

#include <QCoreApplication>

#include "core/documents/DocumentFileName.h"
#include "core/documents/InvoiceDocument.h"
#include "core/text/DocumentText.h"

namespace clientele::documents {

namespace {

} // namespace

Result<Document> contractDocument(const ContractSource& source)
{
    const domain::Contract& contract = source.contract;
    if (!contract.bodyMatchesHash()) {
        return Error(Error::Code::CorruptData,
            QCoreApplication::translate("ContractDocument",
                "The text of “%1” no longer matches the fingerprint recorded when it was sent, so it is not printed.")
                .arg(contract.title()),
            QStringLiteral("contract.tampered"));
    }
    Document document;
    document.branding = brandingFrom(source.profile, source.now);
    const QLocale& locale = document.branding.locale;
    const QString& zone = source.profile.timeZoneId;
    document.kind = QCoreApplication::translate("ContractDocument", "Contract");
    //: Document title and file name: "Wedding photography agreement – Jane Doe"
    document.title =
        QCoreApplication::translate("ContractDocument", "%1 – %2").arg(contract.title(), source.client.displayName());
    document.fileName = documentFileName(document.title);
    if (contract.status() == domain::ContractStatus::Draft) {
        document.stamp = QCoreApplication::translate("ContractDocument", "DRAFT");
    }
    if (contract.sentAt().isValid()) {
        document.headerFields << Field {QCoreApplication::translate("ContractDocument", "Sent"),
            documentDate(localDate(contract.sentAt(), zone), locale)};
    }
    if (contract.signedAt().isValid()) {
        document.headerFields << Field {QCoreApplication::translate("ContractDocument", "Signed"),
            documentDate(localDate(contract.signedAt(), zone), locale)};
    }
    document.from.lines = practiceLines(source.profile);
    document.to = Party {QCoreApplication::translate("ContractDocument", "Client"),
        clientLines(source.client, document.branding.homeCountry)};

    document.blocks << ParagraphBlock {contract.title(), ParagraphBlock::Style::Heading};
    document.blocks << ParagraphBlock {contract.body()};
    document.blocks << SignatureBlock {
        {QCoreApplication::translate("ContractDocument", "Client: %1").arg(source.client.displayName()),
            QCoreApplication::translate("ContractDocument", "Date"),
            QCoreApplication::translate("ContractDocument", "For %1").arg(document.branding.practiceName),
            QCoreApplication::translate("ContractDocument", "Date")}};
    if (!contract.bodySha256().isEmpty()) {
        document.blocks << ParagraphBlock {QCoreApplication::translate("ContractDocument",
                                               "Fingerprint of this text (SHA-256), recorded when it was sent:\n%1")
                                               .arg(contract.bodySha256()),
            ParagraphBlock::Style::Small};
    }
    return document;
}

} // namespace clientele::documents
