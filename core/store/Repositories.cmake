# The store's repositories and read models for the desktop UI (futures on the storage thread), and
# the calendar export, import and two-way sync built on them.
target_sources(clientele_store PRIVATE
    store/BookingImport.h store/BookingImport.cpp
    store/BookingOriginRows.h store/BookingOriginRows.cpp
    store/BookingRepository.h store/BookingRepository.cpp
    store/CalendarExport.h store/CalendarExport.cpp
    store/CalendarFeed.h store/CalendarFeed.cpp
    store/CalendarFeedPublisher.h store/CalendarFeedPublisher.cpp
    store/CalendarImport.h store/CalendarImport.cpp
    store/CalendarRows.h store/CalendarRows.cpp
    store/CalendarSync.h store/CalendarSync.cpp
    store/CalendarSyncRows.h store/CalendarSyncRows.cpp
    store/CalendarSyncScheduler.h store/CalendarSyncScheduler.cpp
    store/CommandOutbox.h store/CommandOutbox.cpp
    store/CommandOutcomes.h store/CommandOutcomes.cpp
    store/CommandSender.h store/CommandSender.cpp
    store/EmailOutbox.h store/EmailOutbox.cpp
    store/EmailOutboxSender.h store/EmailOutboxSender.cpp
    store/ConnectedAccounts.h store/ConnectedAccounts.cpp
    store/ContractRepository.h store/ContractRepository.cpp
    store/ContractRows.h store/ContractRows.cpp
    store/InboxEvents.h store/InboxEvents.cpp
    store/InboxPuller.h store/InboxPuller.cpp
    store/ChangeSync.h store/ChangeSync.cpp
    store/JoiningPractice.h store/JoiningPractice.cpp
    store/InvoicePayments.h store/InvoicePayments.cpp
    store/InvoiceRepository.h store/InvoiceRepository.cpp
    store/MessageRows.h store/MessageRows.cpp
    store/PaymentDisputes.h store/PaymentDisputes.cpp
    store/PaymentRequests.h store/PaymentRequests.cpp
    store/PracticeQueries.h store/PracticeQueries.cpp
    store/RefundRequests.h store/RefundRequests.cpp
    store/Subscriptions.h store/Subscriptions.cpp
    store/SubscriptionInvoices.h store/SubscriptionInvoices.cpp
    store/RelayLinks.h store/RelayLinks.cpp
    store/RelayServices.h store/RelayServices.cpp
    store/ReminderScheduler.h store/ReminderScheduler.cpp
    store/Reminders.h store/Reminders.cpp
    store/ServiceRepository.h store/ServiceRepository.cpp
    store/SettingRows.h store/SettingRows.cpp
    store/SettingsRepository.h store/SettingsRepository.cpp
    store/StripeAccount.h store/StripeAccount.cpp
    store/Summaries.h store/Summaries.cpp
    store/TextMessages.h store/TextMessages.cpp
    store/Transactions.h
    store/VaultInbox.h store/VaultInbox.cpp
)
