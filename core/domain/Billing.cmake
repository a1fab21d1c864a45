# Billing sources of core/domain (see CMakeLists.txt).
target_sources(clientele_core PRIVATE
    Currency.h Currency.cpp
    Deposit.h
    Invoice.h Invoice.cpp
    InvoiceDiscount.h
    InvoiceLine.h
    InvoiceNumberFormat.h InvoiceNumberFormat.cpp
    InvoiceStatus.h
    InvoiceTotals.h InvoiceTotals.cpp
    Money.h Money.cpp
    Payment.h
    PaperSize.h PaperSize.cpp
    PaymentSchedule.h PaymentSchedule.cpp
    PracticeProfile.h PracticeProfile.cpp
    ProcedureCoding.h ProcedureCoding.cpp
    Refund.h
    ReminderRule.h
    Rounding.h Rounding.cpp
    Service.h Service.cpp
    ServicePackage.h ServicePackage.cpp
    TaxRate.h TaxRate.cpp
)
