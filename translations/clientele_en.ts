<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Wrote %n invoice(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n invoice to %1.</numerusform>
            <numerusform>Wrote %n invoices to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractMergeValues</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message numerus="yes">
        <source>Amounts in %1 have at most %n decimal place(s).</source>
        <translation>
            <numerusform>Amounts in %1 have at most %n decimal place.</numerusform>
            <numerusform>Amounts in %1 have at most %n decimal places.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ui::BookingEditor</name>
    <message numerus="yes">
        <source>%1 (%n min)</source>
        <translation>
            <numerusform>%1 (%n min)</numerusform>
            <numerusform>%1 (%n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ui::BookingsPage</name>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n booking</numerusform>
            <numerusform>%n bookings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Booked %n session(s)</source>
        <translation>
            <numerusform>Booked %n session</numerusform>
            <numerusform>Booked %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ui::CalendarFileActions</name>
    <message numerus="yes">
        <source>“%1”: %n time(s) blocked</source>
        <translation>
            <numerusform>“%1”: %n time blocked</numerusform>
            <numerusform>“%1”: %n times blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of the file could not be imported.</source>
        <translation>
            <numerusform>%n event of the file could not be imported.</numerusform>
            <numerusform>%n events of the file could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n session(s) added, with %2.</source>
        <translation>
            <numerusform>“%1”: %n session added, with %2.</numerusform>
            <numerusform>“%1”: %n sessions added, with %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new client(s)</source>
        <translation>
            <numerusform>%n new client</numerusform>
            <numerusform>%n new clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n session(s) added.</source>
        <translation>
            <numerusform>“%1”: %n session added.</numerusform>
            <numerusform>“%1”: %n sessions added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved.</source>
        <translation>
            <numerusform>%n moved.</numerusform>
            <numerusform>%n moved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here.</source>
        <translation>
            <numerusform>%n already here.</numerusform>
            <numerusform>%n already here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted here since the last import and left deleted.</source>
        <translation>
            <numerusform>%n deleted here since the last import and left deleted.</numerusform>
            <numerusform>%n deleted here since the last import and left deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled, as in the calendar.</source>
        <translation>
            <numerusform>%n cancelled, as in the calendar.</numerusform>
            <numerusform>%n cancelled, as in the calendar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ui::CalendarView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n booking(s)</source>
        <translation>
            <numerusform>%1, %n booking</numerusform>
            <numerusform>%1, %n bookings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ui::ClientImportDialog</name>
    <message numerus="yes">
        <source>%n client(s) can be imported.</source>
        <translation>
            <numerusform>%n client can be imported.</numerusform>
            <numerusform>%n clients can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are refused; see below.</source>
        <translation>
            <numerusform>%n row is refused; see below.</numerusform>
            <numerusform>%n rows are refused; see below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s).</source>
        <translation>
            <numerusform>Imported %n client.</numerusform>
            <numerusform>Imported %n clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in your practice.</source>
        <translation>
            <numerusform>%n was already in your practice.</numerusform>
            <numerusform>%n were already in your practice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused.</source>
        <translation>
            <numerusform>%n row refused.</numerusform>
            <numerusform>%n rows refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ui::ClientsPage</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ui::DurationInput</name>
    <message numerus="yes">
        <source>minutes</source>
        <translation>
            <numerusform>minute</numerusform>
            <numerusform>minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hours</source>
        <translation>
            <numerusform>hour</numerusform>
            <numerusform>hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>days</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ui::FirstRunWizard</name>
    <message numerus="yes">
        <source>Use at least %n characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Use at least %n character; a few unrelated words are easy to remember and hard to guess.</numerusform>
            <numerusform>Use at least %n characters; a few unrelated words are easy to remember and hard to guess.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ui::OutboxController</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ui::PairingCodeDialog</name>
    <message numerus="yes">
        <source>Works for %n more minute(s).</source>
        <translation>
            <numerusform>Works for %n more minute.</numerusform>
            <numerusform>Works for %n more minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ui::PracticeWorkspace</name>
    <message numerus="yes">
        <source>Imported %n client(s)</source>
        <translation>
            <numerusform>Imported %n client</numerusform>
            <numerusform>Imported %n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n contract</numerusform>
            <numerusform>%n contracts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n invoice(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n invoice to %1.</numerusform>
            <numerusform>Wrote %n invoices to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled before the remaining %n.</source>
        <translation>
            <numerusform>Canceled before the remaining %n.</numerusform>
            <numerusform>Canceled before the remaining %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ui::ServicesEditor</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reminders go out between %1 and %2 in the session&apos;s time zone: texts to clients who agreed to them, emails from the computer set up to send email (Settings → Email). A reminder whose moment passed more than %n hour(s) ago, because this computer was off or offline, is skipped rather than sent late, and one still waiting is withdrawn when its session is cancelled or moved.</source>
        <translation>
            <numerusform>Reminders go out between %1 and %2 in the session&apos;s time zone: texts to clients who agreed to them, emails from the computer set up to send email (Settings → Email). A reminder whose moment passed more than %n hour ago, because this computer was off or offline, is skipped rather than sent late, and one still waiting is withdrawn when its session is cancelled or moved.</numerusform>
            <numerusform>Reminders go out between %1 and %2 in the session&apos;s time zone: texts to clients who agreed to them, emails from the computer set up to send email (Settings → Email). A reminder whose moment passed more than %n hours ago, because this computer was off or offline, is skipped rather than sent late, and one still waiting is withdrawn when its session is cancelled or moved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ui::SyncFollower</name>
    <message numerus="yes">
        <source>%n change(s) from another computer need a newer version of Clientele. They are kept, and taken in when Clientele here is updated.</source>
        <translation>
            <numerusform>%n change from another computer needs a newer version of Clientele. It is kept, and taken in when Clientele here is updated.</numerusform>
            <numerusform>%n changes from another computer need a newer version of Clientele. They are kept, and taken in when Clientele here is updated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ui::TextMessageDialog</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s), sent as %1 texts</source>
        <translation>
            <numerusform>%n character, sent as %1 texts</numerusform>
            <numerusform>%n characters, sent as %1 texts</numerusform>
        </translation>
    </message>
</context>
</TS>
