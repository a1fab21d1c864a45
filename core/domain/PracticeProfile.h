#pragma once

#include <QByteArray>
#include <QString>

#include "core/Result.h"
#include "core/domain/Currency.h"
#include "core/domain/PaperSize.h"
#include "core/domain/PostalAddress.h"

namespace clientele::domain {

// Who the practice is, as its documents and its clients see it, and how it keeps time and money.
// One per practice, kept in the store's settings and edited in Settings → Practice.
//
// Decisions:
// - The time zone is an IANA id and the currency an ISO 4217 code; both are fixed per practice
//   (a booking or invoice may still carry another one, this is the default for new ones).
// - The logo is kept as PNG bytes (an SVG is rasterised when chosen), at most kMaxLogoBytes, so a
//   document renderer never reads a file the user may have moved.
// - The accent colour is "#rrggbb" text, so core needs no QtGui.
// - The document font is a family name, not a file, so the profile means the same on every device.
//   DejaVu Sans is the default: it is on nearly every Linux desktop and covers Latin, Greek and
//   Cyrillic.
struct PracticeProfile
{
    static constexpr int kMaxLogoBytes = 1024 * 1024;

    QString name; // "Anna Berg Photography"
    Currency currency; // default for services and invoices
    QString timeZoneId; // "Europe/Berlin"
    QString localeName; // "de_DE": how numbers, dates and money are written on documents

    // Business details printed on invoices and superbills.
    QString legalName;
    PostalAddress address;
    QString email;
    QString phone; // E.164
    QString website;
    QString taxId;
    QString npi; // US National Provider Identifier, for superbills; empty elsewhere

    QByteArray logoPng;
    QString accentColor = QStringLiteral("#2f6f8f");
    QString invoiceTerms; // "Payable within 14 days."
    QString invoiceFooter;
    QString invoiceNumberPattern = QStringLiteral("INV-{YYYY}-{####}");
    QString documentFont = QStringLiteral("DejaVu Sans");
    PaperSize paperSize = PaperSize::A4; // editors suggest defaultPaperSize(localeName)
    int paymentTermsDays = 14;
    int idleLockMinutes = 10; // 0: never lock by itself

    // "profile.needs-name", "profile.bad-currency", "profile.bad-time-zone", "profile.bad-email",
    // "profile.logo-too-large", "profile.bad-accent", "profile.bad-number-pattern", "profile.bad-terms-days",
    // "profile.bad-lock-minutes", "profile.bad-font"; the message says what to change.
    Result<void> validate() const;
};

} // namespace clientele::domain
