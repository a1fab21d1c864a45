# Settings views (see ../CMakeLists.txt); sources relative to ui/.
target_sources(clientele_ui PRIVATE
    settings/AccountConnector.h settings/AccountConnector.cpp
    settings/AccountCalendarsDialog.h settings/AccountCalendarsDialog.cpp
    settings/ConnectedAccountsPage.h settings/ConnectedAccountsPage.cpp
    settings/CalendarFeedController.h settings/CalendarFeedController.cpp
    settings/CalendarFeedPage.h settings/CalendarFeedPage.cpp
    settings/RelayConnector.h settings/RelayConnector.cpp
    settings/RelayPage.h settings/RelayPage.cpp
    settings/JoinPracticeDialog.h settings/JoinPracticeDialog.cpp
    settings/PairingCodeDialog.h settings/PairingCodeDialog.cpp
    settings/StripeAccountBox.h settings/StripeAccountBox.cpp
    settings/AvailabilityEditor.h settings/AvailabilityEditor.cpp
    settings/ContractTemplatesEditor.h settings/ContractTemplatesEditor.cpp
    settings/DurationInput.h settings/DurationInput.cpp
    settings/EmailAccountForm.h settings/EmailAccountForm.cpp
    settings/EmailController.h settings/EmailController.cpp
    settings/EmailTemplatesEditor.h settings/EmailTemplatesEditor.cpp
    settings/FieldErrorLabel.h settings/FieldErrorLabel.cpp
    settings/PracticeProfileForm.h settings/PracticeProfileForm.cpp
    settings/ServicesEditor.h settings/ServicesEditor.cpp
    settings/SettingsPage.h settings/SettingsPage.cpp
    widgets/CurrencyComboBox.h widgets/CurrencyComboBox.cpp
    widgets/TimeZoneComboBox.h widgets/TimeZoneComboBox.cpp
)
