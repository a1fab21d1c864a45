#include "core/domain/PracticeProfile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include "core/domain/EmailAddress.h"
#include "core/domain/InvoiceNumberFormat.h"

namespace clientele::domain {

namespace {

constexpr int kMaxPaymentTermsDays = 365;
constexpr int kMaxIdleLockMinutes = 24 * 60;

Error profileError(const char* key, QString message)
{
    return Error(Error::Code::InvalidInput, std::move(message), QString::fromLatin1(key));
}

} // namespace

Result<void> PracticeProfile::validate() const
{
    if (name.trimmed().isEmpty()) {
        return profileError(
            "profile.needs-name", QCoreApplication::translate("PracticeProfile", "Enter the name of the practice."));
    }
    if (!currency.isValid()) {
        return profileError("profile.bad-currency",
            QCoreApplication::translate("PracticeProfile", "Choose the currency the practice bills in."));
    }
    if (timeZoneId.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(timeZoneId.toLatin1())) {
        return profileError("profile.bad-time-zone",
            QCoreApplication::translate(
                "PracticeProfile", "The time zone \"%1\" is not known; choose one from the list.")
                .arg(timeZoneId));
    }
    if (!email.trimmed().isEmpty() && !EmailAddress::parse(email.trimmed())) {
        return profileError("profile.bad-email",
            QCoreApplication::translate("PracticeProfile", "\"%1\" is not an email address.").arg(email));
    }
    if (Result<void> validAddress = address.validate(); !validAddress) {
        return validAddress;
    }
    if (logoPng.size() > kMaxLogoBytes) {
        return profileError("profile.logo-too-large",
            QCoreApplication::translate("PracticeProfile", "The logo is larger than %1 MB; choose a smaller image.")
                .arg(kMaxLogoBytes / (1024 * 1024)));
    }
    static const QRegularExpression accent(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!accent.match(accentColor).hasMatch()) {
        return profileError("profile.bad-accent",
            QCoreApplication::translate("PracticeProfile", "The accent colour must be written as #rrggbb."));
    }
    if (Result<InvoiceNumberFormat> format = InvoiceNumberFormat::fromPattern(invoiceNumberPattern); !format) {
        return profileError("profile.bad-number-pattern",
            QCoreApplication::translate("PracticeProfile", "The invoice number pattern can't be used: %1")
                .arg(format.error().userMessage()));
    }
    if (documentFont.trimmed().isEmpty()) {
        return profileError("profile.bad-font",
            QCoreApplication::translate("PracticeProfile", "Choose the font the practice's documents are printed in."));
    }
    if (paymentTermsDays < 0 || paymentTermsDays > kMaxPaymentTermsDays) {
        return profileError("profile.bad-terms-days",
            QCoreApplication::translate("PracticeProfile", "Payment terms must be between 0 and %1 days.")
                .arg(kMaxPaymentTermsDays));
    }
    if (idleLockMinutes < 0 || idleLockMinutes > kMaxIdleLockMinutes) {
        return profileError("profile.bad-lock-minutes",
            QCoreApplication::translate("PracticeProfile", "Locking after idle time must be between 0 and %1 minutes.")
                .arg(kMaxIdleLockMinutes));
    }
    return {};
}

} // namespace clientele::domain
