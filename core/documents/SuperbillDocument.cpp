#include "core/documents/SuperbillDocument.h"

#include <QCoreApplication>

#include "core/documents/DocumentFileName.h"
#include "core/documents/InvoiceDocument.h"
#include "core/domain/ClinicalCodes.h"
#include "core/text/DocumentText.h"

namespace clientele::documents {

namespace {

Error missing(const QString& message, const char* detail)
{
    return Error(Error::Code::InvalidInput, message, QString::fromLatin1(detail));
}

Result<void> checkClaimable(const SuperbillSource& source)
{
    if (source.profile.npi.trimmed().isEmpty()) {
        return missing(QCoreApplication::translate(
                           "SuperbillDocument", "A superbill needs your NPI. Add it in Settings → Practice."),
            "superbill.needs-npi");
    }
    if (source.profile.taxId.trimmed().isEmpty()) {
        return missing(QCoreApplication::translate("SuperbillDocument",
                           "A superbill needs your tax ID (EIN or SSN). Add it in Settings → Practice."),
            "superbill.needs-tax-id");
    }
    if (!source.client.birthDate().isValid()) {
        return missing(QCoreApplication::translate(
                           "SuperbillDocument", "A superbill needs %1's date of birth. Add it on their client page.")
                           .arg(source.client.displayName()),
            "superbill.needs-birth-date");
    }
    if (source.client.diagnosisCodes().isEmpty()) {
        return missing(QCoreApplication::translate("SuperbillDocument",
                           "A superbill needs at least one ICD-10 diagnosis code for %1. Add it on their client page.")
                           .arg(source.client.displayName()),
            "superbill.needs-diagnosis");
    }
    if (source.sessions.isEmpty()) {
        return missing(
            QCoreApplication::translate("SuperbillDocument", "%1 had no sessions between %2 and %3.")
                .arg(source.client.displayName(), source.from.toString(Qt::ISODate), source.to.toString(Qt::ISODate)),
            "superbill.no-sessions");
    }
    for (const SuperbillSession& session : source.sessions) {
        if (session.coding.isEmpty()) {
            return missing(QCoreApplication::translate(
                               "SuperbillDocument", "The service “%1” has no CPT code. Add one in Settings → Services.")
                               .arg(session.serviceName),
                "superbill.needs-procedure-code");
        }
    }
    return {};
}

// The fields that have a value: an empty "Phone" line on a claim form only raises questions.
FieldsBlock nonEmpty(const QList<Field>& fields)
{
    FieldsBlock block;
    for (const Field& field : fields) {
        if (!field.value.trimmed().isEmpty()) {
            block.fields << field;
        }
    }
    return block;
}

} // namespace

Result<Document> superbillDocument(const SuperbillSource& source)
{
    if (Result<void> claimable = checkClaimable(source); !claimable) {
        return claimable.error();
    }
    Document document;
    document.branding = brandingFrom(source.profile, source.now);
    const QLocale& locale = document.branding.locale;
    document.kind = QCoreApplication::translate("SuperbillDocument", "Superbill");
    //: Document title and file name: "Superbill 2026-11-01 to 2026-11-30 – Jane Doe"
    document.title = QCoreApplication::translate("SuperbillDocument", "%1 %2 to %3 – %4")
                         .arg(document.kind, source.from.toString(Qt::ISODate), source.to.toString(Qt::ISODate),
                             source.client.displayName());
    document.fileName = documentFileName(document.title);
    document.headerFields << Field {QCoreApplication::translate("SuperbillDocument", "Period"),
        QCoreApplication::translate("SuperbillDocument", "%1 – %2")
            .arg(documentDate(source.from, locale), documentDate(source.to, locale))};
    document.headerFields << Field {QCoreApplication::translate("SuperbillDocument", "Date issued"),
        documentDate(localDate(source.now, source.profile.timeZoneId), locale)};
    document.from.lines = practiceLines(source.profile);

    // Provider and patient are set out as labelled fields below, the way claim forms ask for them.

    document.blocks << ParagraphBlock {
        QCoreApplication::translate("SuperbillDocument", "Provider"), ParagraphBlock::Style::Heading};
    document.blocks << nonEmpty({
        {QCoreApplication::translate("SuperbillDocument", "Rendering provider"),
            source.profile.legalName.trimmed().isEmpty() ? source.profile.name : source.profile.legalName},
        {QCoreApplication::translate("SuperbillDocument", "NPI"), source.profile.npi.trimmed()},
        {QCoreApplication::translate("SuperbillDocument", "Tax ID"), source.profile.taxId.trimmed()},
        {QCoreApplication::translate("SuperbillDocument", "Address"),
            addressLines(source.profile.address, document.branding.homeCountry).join(QStringLiteral(", "))},
        {QCoreApplication::translate("SuperbillDocument", "Phone"), documentPhone(source.profile.phone)},
    });
    document.blocks << ParagraphBlock {
        QCoreApplication::translate("SuperbillDocument", "Patient"), ParagraphBlock::Style::Heading};
    QList<Field> patientFields {{QCoreApplication::translate("SuperbillDocument", "Name"), source.client.displayName()},
        {QCoreApplication::translate("SuperbillDocument", "Date of birth"),
            documentDate(source.client.birthDate(), locale)},
        {QCoreApplication::translate("SuperbillDocument", "Address"),
            addressLines(source.client.address(), document.branding.homeCountry).join(QStringLiteral(", "))}};
    if (const auto phone = source.client.primaryPhone()) {
        patientFields << Field {QCoreApplication::translate("SuperbillDocument", "Phone"),
            phone->formatted(domain::PhoneNumber::Format::International)};
    }
    document.blocks << nonEmpty(patientFields);

    // Diagnoses with the letters the service lines point to (A–L, as on a CMS-1500).
    document.blocks << ParagraphBlock {
        QCoreApplication::translate("SuperbillDocument", "Diagnoses (ICD-10-CM)"), ParagraphBlock::Style::Heading};
    TableBlock diagnoses;
    diagnoses.columns = {{QCoreApplication::translate("SuperbillDocument", "Pointer"), CellAlign::Leading, 1},
        {QCoreApplication::translate("SuperbillDocument", "ICD-10 code"), CellAlign::Leading, 5}};
    QStringList pointers;
    for (int i = 0; i < source.client.diagnosisCodes().size(); ++i) {
        const QString pointer(QChar(u'A' + i));
        diagnoses.rows << QStringList {pointer, source.client.diagnosisCodes().at(i)};
        if (i < 4) {
            pointers << pointer; // a service line carries at most four pointers
        }
    }
    document.blocks << diagnoses;

    document.blocks << ParagraphBlock {
        QCoreApplication::translate("SuperbillDocument", "Services"), ParagraphBlock::Style::Heading};
    TableBlock services;
    services.columns = {{QCoreApplication::translate("SuperbillDocument", "Date of service"), CellAlign::Leading, 3},
        {QCoreApplication::translate("SuperbillDocument", "POS"), CellAlign::Leading, 1},
        {QCoreApplication::translate("SuperbillDocument", "CPT/HCPCS"), CellAlign::Leading, 2},
        {QCoreApplication::translate("SuperbillDocument", "Modifiers"), CellAlign::Leading, 2},
        {QCoreApplication::translate("SuperbillDocument", "Dx pointer"), CellAlign::Leading, 2},
        {QCoreApplication::translate("SuperbillDocument", "Units"), CellAlign::Trailing, 2},
        {QCoreApplication::translate("SuperbillDocument", "Fee"), CellAlign::Trailing, 3},
        {QCoreApplication::translate("SuperbillDocument", "Paid"), CellAlign::Trailing, 3}};
    QStringList places; // the place-of-service codes used, explained under the table
    domain::Money fees = domain::Money::zero(source.sessions.first().fee.currency());
    domain::Money paid = fees;
    for (const SuperbillSession& session : source.sessions) {
        if (!places.contains(session.coding.placeOfService)) {
            places << session.coding.placeOfService;
        }
        services.rows << QStringList {documentDate(session.date, locale), session.coding.placeOfService,
            session.coding.code, session.coding.modifiers.join(QStringLiteral(" ")), pointers.join(QString()),
            locale.toString(session.coding.units), documentMoney(session.fee, locale),
            documentMoney(session.paid, locale)};
        const Result<domain::Money> feeSum = fees.add(session.fee);
        const Result<domain::Money> paidSum = paid.add(session.paid);
        if (!feeSum || !paidSum) {
            return feeSum ? paidSum.error() : feeSum.error();
        }
        fees = feeSum.value();
        paid = paidSum.value();
    }
    document.blocks << services;
    QStringList legend;
    for (const QString& place : places) {
        const QString name = domain::placeOfServiceName(place);
        legend << (name.isEmpty() ? place : QStringLiteral("%1: %2").arg(place, name));
    }
    document.blocks << ParagraphBlock {
        QCoreApplication::translate("SuperbillDocument", "Place of service %1").arg(legend.join(QStringLiteral("; "))),
        ParagraphBlock::Style::Small};

    const Result<domain::Money> balance = fees.subtract(paid);
    TotalsBlock sums;
    sums.lines << TotalLine {QCoreApplication::translate("SuperbillDocument", "Total fees"),
        documentMoney(fees, locale)}
               << TotalLine {
                      QCoreApplication::translate("SuperbillDocument", "Amount paid"), documentMoney(paid, locale)};
    if (balance) {
        sums.lines << TotalLine {
            QCoreApplication::translate("SuperbillDocument", "Balance"), documentMoney(balance.value(), locale), true};
    }
    document.blocks << sums;
    document.headerFields << Field {
        QCoreApplication::translate("SuperbillDocument", "Amount paid"), documentMoney(paid, locale)};

    document.blocks << ParagraphBlock {
        QCoreApplication::translate("SuperbillDocument",
            "This superbill lists services the patient has received and paid for, so that "
            "they can claim reimbursement from their insurer, HSA or FSA. The provider "
            "does not bill the insurer directly."),
        ParagraphBlock::Style::Small};
    document.blocks << SignatureBlock {{QCoreApplication::translate("SuperbillDocument", "Provider signature"),
        QCoreApplication::translate("SuperbillDocument", "Date")}};
    return document;
}

} // namespace clientele::documents
