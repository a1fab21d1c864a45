<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Application</name>
    <message>
        <source>Clientele is already running; its window was brought to the front.</source>
        <translation>Clientele läuft bereits; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show the version of Clientele and of the libraries it uses.</source>
        <translation>Zeigt die Version von Clientele und der verwendeten Bibliotheken.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Zeigt diese Hilfe.</translation>
    </message>
    <message>
        <source>Print the versions as a JSON object.</source>
        <translation>Gibt die Versionen als JSON-Objekt aus.</translation>
    </message>
    <message>
        <source>Usage: clientele-cli version [--json]</source>
        <translation>Aufruf: clientele-cli version [--json]</translation>
    </message>
    <message>
        <source>&quot;version&quot; takes no arguments, but got &quot;%1&quot;.</source>
        <translation>„version“ erwartet keine Argumente, erhielt aber „%1“.</translation>
    </message>
    <message>
        <source>Usage: clientele-cli &lt;command&gt; [options]</source>
        <translation>Aufruf: clientele-cli &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Scripting and automation for a Clientele practice.</source>
        <translation>Skripte und Automatisierung für eine Clientele-Praxis.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Zeigt die Version.</translation>
    </message>
    <message>
        <source>Run &quot;clientele-cli &lt;command&gt; --help&quot; for a command&apos;s options.</source>
        <translation>„clientele-cli &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Clientele: your practice — clients, bookings, contracts, invoices and messages — kept encrypted on this computer.</source>
        <translation>Clientele: Ihre Praxis – Kunden, Buchungen, Verträge, Rechnungen und Nachrichten – verschlüsselt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Colour scheme: system, light or dark (default: system).</source>
        <translation>Farbschema: system, light oder dark (Standard: system).</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Section to open: %1.</source>
        <translation>Zu öffnender Bereich: %1.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Run &quot;clientele --help&quot; for the options.</source>
        <translation>„clientele --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run &quot;clientele --help&quot; for the options.</source>
        <translation>Unerwartetes Argument „%1“. „clientele --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>Unknown colour scheme &quot;%1&quot;: use system, light or dark.</source>
        <translation>Unbekanntes Farbschema „%1“: verwenden Sie system, light oder dark.</translation>
    </message>
    <message>
        <source>Unknown section &quot;%1&quot;: use one of %2.</source>
        <translation>Unbekannter Bereich „%1“: verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>Language of the interface: %1 (default: the system&apos;s).</source>
        <translation>Sprache der Oberfläche: %1 (Standard: die des Systems).</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Your day at a glance</source>
        <translation>Ihr Tag auf einen Blick</translation>
    </message>
    <message>
        <source>Upcoming sessions and everything that needs you today will be listed here: unsigned contracts, unpaid and overdue invoices, messages that could not be sent and calendar conflicts.</source>
        <translation>Hier stehen die nächsten Termine und alles, was heute Ihre Aufmerksamkeit braucht: nicht unterschriebene Verträge, offene und überfällige Rechnungen, Nachrichten, die nicht gesendet werden konnten, und Terminkonflikte.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Your calendar</source>
        <translation>Ihr Kalender</translation>
    </message>
    <message>
        <source>Day, week and month views of all your bookings will appear here, with your working hours and the busy times of connected Google and Outlook calendars.</source>
        <translation>Hier erscheinen Tages-, Wochen- und Monatsansichten all Ihrer Buchungen, mit Ihren Arbeitszeiten und den belegten Zeiten verbundener Google- und Outlook-Kalender.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Noch keine Kunden</translation>
    </message>
    <message>
        <source>Everyone you work with will be kept here: contact details, notes, tags, pipeline stage, history and lifetime value, encrypted on this computer.</source>
        <translation>Hier finden Sie alle, mit denen Sie arbeiten: Kontaktdaten, Notizen, Schlagwörter, Phase, Verlauf und Gesamtumsatz – verschlüsselt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>No bookings yet</source>
        <translation>Noch keine Buchungen</translation>
    </message>
    <message>
        <source>Sessions, shoots and consultations will appear here with their status, from the first inquiry to completed, and the contract or deposit each one is waiting for.</source>
        <translation>Hier erscheinen Sitzungen, Shootings und Beratungen mit ihrem Status, von der ersten Anfrage bis zum Abschluss, und dem Vertrag oder der Anzahlung, auf die jede wartet.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>No invoices yet</source>
        <translation>Noch keine Rechnungen</translation>
    </message>
    <message>
        <source>Invoices, receipts and superbills will appear here with their payments, refunds and what is still owed.</source>
        <translation>Hier erscheinen Rechnungen, Quittungen und Superbills mit ihren Zahlungen, Erstattungen und offenen Beträgen.</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>No contracts yet</source>
        <translation>Noch keine Verträge</translation>
    </message>
    <message>
        <source>Your contract templates and every contract sent for signature will appear here, with who has signed and when.</source>
        <translation>Hier erscheinen Ihre Vertragsvorlagen und jeder zur Unterschrift gesendete Vertrag, mit wer wann unterschrieben hat.</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Lieferungen</translation>
    </message>
    <message>
        <source>No deliverables yet</source>
        <translation>Noch keine Lieferungen</translation>
    </message>
    <message>
        <source>Photos, recordings and documents you deliver to clients will appear here, with upload progress and share links.</source>
        <translation>Hier erscheinen Fotos, Aufnahmen und Dokumente, die Sie an Kunden liefern, mit Upload-Fortschritt und Freigabelinks.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Noch keine Nachrichten</translation>
    </message>
    <message>
        <source>Every email and text message exchanged with your clients will appear here, with its delivery state.</source>
        <translation>Hier erscheint jede E-Mail und SMS, die Sie mit Ihren Kunden austauschen, mit ihrem Zustellstatus.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your practice details, services and availability, branding, reminders and connected accounts will be set up here.</source>
        <translation>Hier richten Sie Praxisdaten, Leistungen und Verfügbarkeit, Ihr Erscheinungsbild, Erinnerungen und verbundene Konten ein.</translation>
    </message>
</context>
<context>
    <name>clientele::ui::AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Your practice — clients, bookings, contracts, invoices and messages — kept encrypted on your own computer, working offline.</source>
        <translation>Ihre Praxis – Kunden, Buchungen, Verträge, Rechnungen und Nachrichten – verschlüsselt auf Ihrem eigenen Computer, auch offline.</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>SQLCipher:</source>
        <translation>SQLCipher:</translation>
    </message>
    <message>
        <source>%1 on SQLite %2</source>
        <translation>%1 auf SQLite %2</translation>
    </message>
    <message>
        <source>OpenSSL:</source>
        <translation>OpenSSL:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>&amp;Copy Version Details</source>
        <translation>Versionsangaben &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>clientele::ui::MainWindow</name>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>Ü&amp;ber %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
</TS>
