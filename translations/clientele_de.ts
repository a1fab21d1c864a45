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
    <name>Availability</name>
    <message>
        <source>Opening hours must end after they start</source>
        <translation>Öffnungszeiten müssen nach ihrem Beginn enden</translation>
    </message>
    <message>
        <source>These opening hours overlap other hours on the same day</source>
        <translation>Diese Öffnungszeiten überschneiden sich mit anderen Zeiten am selben Tag</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not known</source>
        <translation>Die Zeitzone „%1“ ist unbekannt</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Wählen Sie ein Datum</translation>
    </message>
    <message>
        <source>The minimum notice must be from 0 to %1 minutes</source>
        <translation>Die Mindestvorlaufzeit muss zwischen 0 und %1 Minuten liegen</translation>
    </message>
    <message>
        <source>Clients can book from 0 to %1 days ahead</source>
        <translation>Kunden können 0 bis %1 Tage im Voraus buchen</translation>
    </message>
    <message>
        <source>Slots must start every %1 to %2 minutes</source>
        <translation>Zeitfenster müssen im Abstand von %1 bis %2 Minuten beginnen</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup file is damaged or is not a Clientele backup.</source>
        <translation>Die Sicherungsdatei ist beschädigt oder keine Clientele-Sicherung.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>Die Sicherung konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Clientele. Update Clientele to restore it.</source>
        <translation>Diese Sicherung wurde mit einer neueren Version von Clientele erstellt. Aktualisieren Sie Clientele, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>A practice already exists in %1. Restore into another folder, or confirm that it may be replaced (it will be kept beside the restored one).</source>
        <translation>In %1 gibt es bereits eine Praxis. Stellen Sie die Sicherung in einem anderen Ordner wieder her oder bestätigen Sie, dass die vorhandene Praxis ersetzt werden darf (sie wird neben der wiederhergestellten aufbewahrt).</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The practice could not be written to %1.</source>
        <translation>Die Praxis konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>The existing practice could not be set aside.</source>
        <translation>Die vorhandene Praxis konnte nicht beiseitegelegt werden.</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>A booking needs a client and a service</source>
        <translation>Eine Buchung braucht einen Kunden und eine Leistung</translation>
    </message>
    <message>
        <source>A new booking starts as an inquiry or as pending</source>
        <translation>Eine neue Buchung beginnt mit dem Status „Anfrage“ oder „Vorgemerkt“</translation>
    </message>
    <message>
        <source>A pending booking needs a session time</source>
        <translation>Eine vorgemerkte Buchung braucht einen Termin</translation>
    </message>
    <message>
        <source>A booking that is %1 can&apos;t be rescheduled</source>
        <translation>Eine Buchung mit dem Status „%1“ kann nicht verschoben werden</translation>
    </message>
    <message>
        <source>Choose a new time first</source>
        <translation>Wählen Sie zuerst eine neue Zeit</translation>
    </message>
    <message>
        <source>The booking is already at that time</source>
        <translation>Die Buchung liegt bereits zu dieser Zeit</translation>
    </message>
</context>
<context>
    <name>BookingImport</name>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>“%1” on %2: %3</source>
        <translation>„%1“ am %2: %3</translation>
    </message>
    <message>
        <source>Calendar import: %1</source>
        <translation>Kalenderimport: %1</translation>
    </message>
    <message>
        <source>Moved in %1</source>
        <translation>Verschoben in %1</translation>
    </message>
    <message>
        <source>all-day events are not sessions; import the file as blocked time instead.</source>
        <translation>Ganztägige Termine sind keine Sitzungen; importieren Sie die Datei stattdessen als blockierte Zeit.</translation>
    </message>
    <message>
        <source>no attendee has an email address and the title names no client.</source>
        <translation>Kein Teilnehmer hat eine E-Mail-Adresse und der Titel nennt keinen Klienten.</translation>
    </message>
    <message>
        <source>no attendee is a client and the title names no client.</source>
        <translation>Kein Teilnehmer ist Klient und der Titel nennt keinen Klienten.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>Give the imported calendar a name.</source>
        <translation>Geben Sie dem importierten Kalender einen Namen.</translation>
    </message>
    <message>
        <source>Choose the service the imported sessions are for.</source>
        <translation>Wählen Sie die Leistung der importierten Sitzungen.</translation>
    </message>
    <message>
        <source>Cancelled in %1</source>
        <translation>Abgesagt in %1</translation>
    </message>
    <message>
        <source>“%1”: the event has no length (no DTEND or DURATION).</source>
        <translation>„%1“: Der Termin hat keine Dauer (kein DTEND oder DURATION).</translation>
    </message>
    <message>
        <source>“%1”: a session cannot last more than %2 days.</source>
        <translation>„%1“: Eine Sitzung kann nicht länger als %2 Tage dauern.</translation>
    </message>
</context>
<context>
    <name>BookingRepository</name>
    <message>
        <source>The booking no longer exists.</source>
        <translation>Die Buchung existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>BookingStateMachine</name>
    <message>
        <source>The booking is already %1</source>
        <translation>Die Buchung hat bereits den Status „%1“</translation>
    </message>
    <message>
        <source>A completed booking is final and can&apos;t change status</source>
        <translation>Eine abgeschlossene Buchung ist endgültig; ihr Status kann sich nicht mehr ändern</translation>
    </message>
    <message>
        <source>A canceled booking can only be reopened as pending</source>
        <translation>Eine stornierte Buchung kann nur mit dem Status „Vorgemerkt“ wieder geöffnet werden</translation>
    </message>
    <message>
        <source>A no-show can only be corrected to completed</source>
        <translation>„Nicht erschienen“ kann nur zu „Abgeschlossen“ korrigiert werden</translation>
    </message>
    <message>
        <source>A booking can&apos;t be completed before it is confirmed</source>
        <translation>Eine Buchung kann erst abgeschlossen werden, wenn sie bestätigt ist</translation>
    </message>
    <message>
        <source>Only a confirmed booking can be marked as a no-show</source>
        <translation>Nur eine bestätigte Buchung kann als „Nicht erschienen“ markiert werden</translation>
    </message>
    <message>
        <source>An inquiry has to be accepted as pending before it moves on</source>
        <translation>Eine Anfrage muss zuerst angenommen und vorgemerkt werden, bevor es weitergehen kann</translation>
    </message>
    <message>
        <source>A booking can&apos;t go back from %1 to %2</source>
        <translation>Eine Buchung kann nicht von „%1“ zurück zu „%2“ wechseln</translation>
    </message>
    <message>
        <source>The booking needs a session time first</source>
        <translation>Die Buchung braucht zuerst einen Termin</translation>
    </message>
    <message>
        <source>This service doesn&apos;t require a contract, so there is nothing to sign</source>
        <translation>Diese Leistung erfordert keinen Vertrag, es gibt also nichts zu unterschreiben</translation>
    </message>
    <message>
        <source>This booking needs the contract signed first</source>
        <translation>Für diese Buchung muss zuerst der Vertrag unterschrieben werden</translation>
    </message>
    <message>
        <source>This service doesn&apos;t require a deposit, so there is nothing to pay</source>
        <translation>Diese Leistung erfordert keine Anzahlung, es gibt also nichts zu bezahlen</translation>
    </message>
    <message>
        <source>This booking needs the deposit paid first</source>
        <translation>Für diese Buchung muss zuerst die Anzahlung bezahlt werden</translation>
    </message>
    <message>
        <source>A booking can&apos;t be marked a no-show before the session has started</source>
        <translation>Eine Buchung kann erst nach Beginn des Termins als „Nicht erschienen“ markiert werden</translation>
    </message>
    <message>
        <source>A booking can&apos;t be marked completed before the session has ended</source>
        <translation>Eine Buchung kann erst nach Ende des Termins als abgeschlossen markiert werden</translation>
    </message>
</context>
<context>
    <name>BookingStatus</name>
    <message>
        <source>Inquiry</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Vorgemerkt</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>Wartet auf Unterschrift</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Wartet auf Zahlung</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <source>Back to Inquiry</source>
        <translation>Zurück zu „Anfrage“</translation>
    </message>
    <message>
        <source>Mark Pending</source>
        <translation>Vormerken</translation>
    </message>
    <message>
        <source>Wait for Signature</source>
        <translation>Auf Unterschrift warten</translation>
    </message>
    <message>
        <source>Wait for Payment</source>
        <translation>Auf Zahlung warten</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Cancel Booking</source>
        <translation>Buchung stornieren</translation>
    </message>
    <message>
        <source>Mark No-show</source>
        <translation>Als nicht erschienen markieren</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Join: %1</source>
        <translation>Teilnehmen: %1</translation>
    </message>
</context>
<context>
    <name>CalendarFeedSeal</name>
    <message>
        <source>The calendar feed&apos;s address is damaged. Reset the address.</source>
        <translation>Die Adresse des Kalender-Feeds ist beschädigt. Setzen Sie die Adresse zurück.</translation>
    </message>
    <message>
        <source>This is not a sealed calendar feed.</source>
        <translation>Das ist kein versiegelter Kalender-Feed.</translation>
    </message>
    <message>
        <source>The calendar feed does not open with this address.</source>
        <translation>Der Kalender-Feed lässt sich mit dieser Adresse nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>CalendarImport</name>
    <message>
        <source>Give the imported calendar a name.</source>
        <translation>Geben Sie dem importierten Kalender einen Namen.</translation>
    </message>
</context>
<context>
    <name>CalendarSync</name>
    <message>
        <source>This calendar change was already dealt with.</source>
        <translation>Diese Kalenderänderung wurde bereits erledigt.</translation>
    </message>
    <message>
        <source>The booking was deleted.</source>
        <translation>Die Buchung wurde gelöscht.</translation>
    </message>
    <message>
        <source>Moved in the connected calendar</source>
        <translation>Im verbundenen Kalender verschoben</translation>
    </message>
    <message>
        <source>Cancelled in the connected calendar</source>
        <translation>Im verbundenen Kalender abgesagt</translation>
    </message>
</context>
<context>
    <name>ChangeSync</name>
    <message>
        <source>Another computer of the practice sent changes this computer cannot read. Update Clientele here; until then, changes from the other computers wait.</source>
        <translation>Ein anderer Computer der Praxis hat Änderungen gesendet, die dieser Computer nicht lesen kann. Aktualisieren Sie Clientele hier; bis dahin warten die Änderungen der anderen Computer.</translation>
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
    <message>
        <source>Write an encrypted backup of the whole practice to one file.</source>
        <translation>Schreibt eine verschlüsselte Sicherung der gesamten Praxis in eine Datei.</translation>
    </message>
    <message>
        <source>Usage: clientele-cli backup &lt;file&gt; [options]</source>
        <translation>Aufruf: clientele-cli backup &lt;Datei&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Writes a consistent, encrypted copy of the practice and its key file to one file. It can be restored on any computer with the recovery code (or passphrase); nothing in it is readable without it.</source>
        <translation>Schreibt eine konsistente, verschlüsselte Kopie der Praxis und ihrer Schlüsseldatei in eine Datei. Sie lässt sich auf jedem Computer mit dem Wiederherstellungscode (oder der Passphrase) wiederherstellen; ohne ihn ist nichts darin lesbar.</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 bytes).</source>
        <translation>Sicherung nach %1 geschrieben (%2 Bytes).</translation>
    </message>
    <message>
        <source>Check the practice database, its search index and its change history.</source>
        <translation>Prüft die Praxisdatenbank, ihren Suchindex und ihren Änderungsverlauf.</translation>
    </message>
    <message>
        <source>Usage: clientele-cli check [options]</source>
        <translation>Aufruf: clientele-cli check [Optionen]</translation>
    </message>
    <message>
        <source>Exit code 0 when everything is consistent, 1 when a problem was found.</source>
        <translation>Exit-Code 0, wenn alles konsistent ist, 1, wenn ein Problem gefunden wurde.</translation>
    </message>
    <message>
        <source>The practice is consistent.</source>
        <translation>Die Praxis ist konsistent.</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>the command failed; the message says why (nothing was changed)</source>
        <translation>der Befehl ist fehlgeschlagen; die Meldung nennt den Grund (nichts wurde geändert)</translation>
    </message>
    <message>
        <source>bad arguments; nothing was done</source>
        <translation>ungültige Argumente; nichts wurde ausgeführt</translation>
    </message>
    <message>
        <source>done, but some input was refused (see the messages)</source>
        <translation>erledigt, aber einige Eingaben wurden abgelehnt (siehe Meldungen)</translation>
    </message>
    <message>
        <source>The practice folder (default: the desktop app&apos;s practice).</source>
        <translation>Der Praxisordner (Standard: die Praxis der Desktop-App).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Unlock with the recovery code or passphrase read from standard input instead of the keychain.</source>
        <translation>Entsperrt mit dem Wiederherstellungscode oder der Passphrase aus der Standardeingabe statt über den Schlüsselbund.</translation>
    </message>
    <message>
        <source>How long to wait for the system keychain, in milliseconds (default %1).</source>
        <translation>Wie lange auf den Schlüsselbund des Systems gewartet wird, in Millisekunden (Standard: %1).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>--keychain-timeout needs a number of milliseconds above zero.</source>
        <translation>--keychain-timeout erwartet eine Anzahl Millisekunden größer als null.</translation>
    </message>
    <message>
        <source>There is no practice in %1. Create one with &quot;clientele-cli init&quot;.</source>
        <translation>In %1 gibt es keine Praxis. Legen Sie eine mit „clientele-cli init“ an.</translation>
    </message>
    <message>
        <source>To unlock without the keychain, pass --passphrase-stdin and type the recovery code.</source>
        <translation>Um ohne Schlüsselbund zu entsperren, geben Sie --passphrase-stdin an und tippen Sie den Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>Wrong number of arguments.</source>
        <translation>Falsche Anzahl von Argumenten.</translation>
    </message>
    <message>
        <source>Usage: clientele-cli export --format &lt;format&gt; [--output file]</source>
        <translation>Aufruf: clientele-cli export --format &lt;Format&gt; [--output Datei]</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Schreibt in diese Datei statt in die Standardausgabe.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The export could not be written.</source>
        <translation>Der Export konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Fill a practice with generated demo data (small or big).</source>
        <translation>Füllt eine Praxis mit erzeugten Demodaten (small oder big).</translation>
    </message>
    <message>
        <source>Usage: clientele-cli generate-demo --size small|big [--seed n] [options]</source>
        <translation>Aufruf: clientele-cli generate-demo --size small|big [--seed n] [Optionen]</translation>
    </message>
    <message>
        <source>Adds fictional clients, services, bookings, invoices, messages and files. small: 200 clients, 2,000 bookings. big: the practice of the benchmarks, 20,000 clients, 200,000 bookings, 60,000 invoices, 500,000 messages, 100,000 files. The same seed always gives the same data. Progress lines (&quot;committed N&quot;) go to standard error after each transaction.</source>
        <translation>Fügt erfundene Kunden, Leistungen, Buchungen, Rechnungen, Nachrichten und Dateien hinzu. small: 200 Kunden, 2.000 Buchungen. big: die Praxis der Benchmarks, 20.000 Kunden, 200.000 Buchungen, 60.000 Rechnungen, 500.000 Nachrichten, 100.000 Dateien. Derselbe Startwert ergibt immer dieselben Daten. Fortschrittszeilen („committed N“) gehen nach jeder Transaktion an die Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>small or big.</source>
        <translation>small oder big.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Startwert des Zufallsgenerators (Standard: 1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Choose --size small or --size big.</source>
        <translation>Wählen Sie --size small oder --size big.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>Generated %1 clients, %2 bookings, %3 invoices, %4 messages and %5 files in %6 s.</source>
        <translation>%1 Kunden, %2 Buchungen, %3 Rechnungen, %4 Nachrichten und %5 Dateien in %6 s erzeugt.</translation>
    </message>
    <message>
        <source>Import clients from CSV (HoneyBook, Dubsado, Google, generic) or vCard.</source>
        <translation>Importiert Kunden aus CSV (HoneyBook, Dubsado, Google, generisch) oder vCard.</translation>
    </message>
    <message>
        <source>Usage: clientele-cli import &lt;file&gt; [options]</source>
        <translation>Aufruf: clientele-cli import &lt;Datei&gt; [Optionen]</translation>
    </message>
    <message>
        <source>auto (default), csv or vcard.</source>
        <translation>auto (Standard), csv oder vcard.</translation>
    </message>
    <message>
        <source>Columns of a CSV, e.g. &quot;name=Full Name,email=Mail,phone=Mobile,tags=Groups&quot;. Fields: given, family, name, company, email, phone, street, city, region, postal, country, tags, notes, stage, source, birthday.</source>
        <translation>Spalten einer CSV-Datei, z. B. „name=Full Name,email=Mail,phone=Mobile,tags=Groups“. Felder: given, family, name, company, email, phone, street, city, region, postal, country, tags, notes, stage, source, birthday.</translation>
    </message>
    <message>
        <source>spec</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Country for phone numbers without a country code, e.g. US or DE (default: %1).</source>
        <translation>Land für Telefonnummern ohne Ländervorwahl, z. B. US oder DE (Standard: %1).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Check the file and report; import nothing.</source>
        <translation>Prüft die Datei und berichtet; importiert nichts.</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;: use auto, csv or vcard.</source>
        <translation>Unbekanntes --format „%1“: verwenden Sie auto, csv oder vcard.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Checked %1: %2 clients can be imported, %3 rows have problems.</source>
        <translation>%1 geprüft: %2 Kunden können importiert werden, %3 Zeilen haben Probleme.</translation>
    </message>
    <message>
        <source>Imported %1 clients from %2 (%3 already there, %4 rows refused).</source>
        <translation>%1 Kunden aus %2 importiert (%3 bereits vorhanden, %4 Zeilen abgelehnt).</translation>
    </message>
    <message>
        <source>Create a new encrypted practice and show its recovery code.</source>
        <translation>Legt eine neue verschlüsselte Praxis an und zeigt ihren Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>Usage: clientele-cli init [--practice folder] [options]</source>
        <translation>Aufruf: clientele-cli init [--practice Ordner] [Optionen]</translation>
    </message>
    <message>
        <source>Creates the encrypted practice database with a random key, keeps the key in the system keychain and wraps it under a recovery code in a key file beside the database. Write the recovery code down: without the keychain, it is the only way in.</source>
        <translation>Legt die verschlüsselte Praxisdatenbank mit einem zufälligen Schlüssel an, speichert den Schlüssel im Schlüsselbund des Systems und legt ihn, durch einen Wiederherstellungscode geschützt, in einer Schlüsseldatei neben der Datenbank ab. Schreiben Sie den Wiederherstellungscode auf: Ohne den Schlüsselbund ist er der einzige Zugang.</translation>
    </message>
    <message>
        <source>Use a passphrase read from standard input instead of a generated recovery code.</source>
        <translation>Verwendet eine Passphrase aus der Standardeingabe statt eines erzeugten Wiederherstellungscodes.</translation>
    </message>
    <message>
        <source>Cost of the passphrase key derivation: moderate (default, 256 MiB) or interactive (64 MiB, for slow machines).</source>
        <translation>Aufwand der Schlüsselableitung aus der Passphrase: moderate (Standard, 256 MiB) oder interactive (64 MiB, für langsame Rechner).</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Unknown --kdf profile &quot;%1&quot;: use moderate or interactive.</source>
        <translation>Unbekanntes --kdf-Profil „%1“: verwenden Sie moderate oder interactive.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 12 characters.</source>
        <translation>Die Passphrase muss mindestens 12 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Created a practice in %1.</source>
        <translation>Praxis in %1 angelegt.</translation>
    </message>
    <message>
        <source>Recovery code (write it down and keep it safe):</source>
        <translation>Wiederherstellungscode (aufschreiben und sicher aufbewahren):</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation>Der Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The key is not in the system keychain: %1 Unlock with --passphrase-stdin and the recovery code.</source>
        <translation>Der Schlüssel ist nicht im Schlüsselbund des Systems: %1 Entsperren Sie mit --passphrase-stdin und dem Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>Restore a practice from a backup file with its recovery code.</source>
        <translation>Stellt eine Praxis mit ihrem Wiederherstellungscode aus einer Sicherungsdatei wieder her.</translation>
    </message>
    <message>
        <source>Usage: clientele-cli restore &lt;file&gt; [--practice folder] [--replace]</source>
        <translation>Aufruf: clientele-cli restore &lt;Datei&gt; [--practice Ordner] [--replace]</translation>
    </message>
    <message>
        <source>Reads the recovery code (or passphrase) of the backup from standard input, checks the whole backup, and only then writes the practice. An existing practice is replaced only with --replace, and is then kept beside the restored one. The restored practice counts as a new device for sync.</source>
        <translation>Liest den Wiederherstellungscode (oder die Passphrase) der Sicherung von der Standardeingabe, prüft die gesamte Sicherung und schreibt erst dann die Praxis. Eine vorhandene Praxis wird nur mit --replace ersetzt und dann neben der wiederhergestellten aufbewahrt. Die wiederhergestellte Praxis gilt bei der Synchronisierung als neues Gerät.</translation>
    </message>
    <message>
        <source>Replace an existing practice (it is kept as a .before-restore file).</source>
        <translation>Ersetzt eine vorhandene Praxis (sie wird als .before-restore-Datei aufbewahrt).</translation>
    </message>
    <message>
        <source>Pass --replace to replace it.</source>
        <translation>Geben Sie --replace an, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Restored the practice in %1.</source>
        <translation>Praxis in %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The practice it replaced was kept as %1.</source>
        <translation>Die ersetzte Praxis wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Find clients, bookings and invoices by any words they contain.</source>
        <translation>Findet Kunden, Buchungen und Rechnungen anhand beliebiger enthaltener Wörter.</translation>
    </message>
    <message>
        <source>Usage: clientele-cli search &lt;text&gt; [--limit n] [--json]</source>
        <translation>Aufruf: clientele-cli search &lt;Text&gt; [--limit n] [--json]</translation>
    </message>
    <message>
        <source>Every word is a prefix: &quot;jan mar&quot; finds Jane Marple. Prints one line per match: kind, id, title.</source>
        <translation>Jedes Wort gilt als Wortanfang: „jan mar“ findet Jane Marple. Gibt pro Treffer eine Zeile aus: Art, ID, Titel.</translation>
    </message>
    <message>
        <source>At most this many results (default 50).</source>
        <translation>Höchstens so viele Ergebnisse (Standard: 50).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Gibt JSON aus.</translation>
    </message>
    <message>
        <source>--limit needs a number from 1 to 10000.</source>
        <translation>--limit erwartet eine Zahl von 1 bis 10000.</translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <source>Count the records of the practice.</source>
        <translation>Zählt die Datensätze der Praxis.</translation>
    </message>
    <message>
        <source>Usage: clientele-cli stats [--json] [options]</source>
        <translation>Aufruf: clientele-cli stats [--json] [Optionen]</translation>
    </message>
    <message>
        <source>Counts of live records per kind, the size of the database and its change history.</source>
        <translation>Anzahl der aktuellen Datensätze je Art, Größe der Datenbank und ihres Änderungsverlaufs.</translation>
    </message>
    <message>
        <source>Database: %1 bytes, schema version %2.</source>
        <translation>Datenbank: %1 Bytes, Schemaversion %2.</translation>
    </message>
    <message>
        <source>Imports clients from a CSV export (HoneyBook, Dubsado, Google Contacts, Outlook are recognised from their columns; any other CSV with --mapping) or a vCard 3.0/4.0 file. Every bad row is reported with its line and reason and the good rows are imported, all in one transaction. Clients whose email is already in the practice (or, without an email, whose phone is) are skipped, so importing the same file twice adds nothing.
Exit codes: 0 all rows imported, 3 imported with some rows refused, 1 nothing imported, 2 bad arguments.</source>
        <translation>Importiert Kunden aus einem CSV-Export (HoneyBook, Dubsado, Google Kontakte und Outlook werden an ihren Spalten erkannt; jede andere CSV-Datei mit --mapping) oder aus einer vCard-Datei 3.0/4.0. Jede fehlerhafte Zeile wird mit Zeilennummer und Grund gemeldet, die korrekten Zeilen werden importiert, alles in einer Transaktion. Kunden, deren E-Mail-Adresse bereits in der Praxis vorhanden ist (oder, ohne E-Mail-Adresse, deren Telefonnummer), werden übersprungen; wird dieselbe Datei zweimal importiert, kommt also nichts hinzu.
Exit-Codes: 0 alle Zeilen importiert, 3 importiert, aber einige Zeilen abgelehnt, 1 nichts importiert, 2 ungültige Argumente.</translation>
    </message>
    <message>
        <source>No invoice has the number %1.</source>
        <translation>Keine Rechnung hat die Nummer %1.</translation>
    </message>
    <message>
        <source>No client has the e-mail address or phone number %1.</source>
        <translation>Kein Kunde hat die E-Mail-Adresse oder Telefonnummer %1.</translation>
    </message>
    <message>
        <source>No contract, and no client with a contract, matches %1.</source>
        <translation>Weder ein Vertrag noch ein Kunde mit Vertrag passt zu %1.</translation>
    </message>
    <message>
        <source>%1 has no contract.</source>
        <translation>%1 hat keinen Vertrag.</translation>
    </message>
    <message>
        <source>Print an invoice, receipt, statement, superbill or contract as PDF, or all invoices of a period.</source>
        <translation>Druckt eine Rechnung, eine Quittung, einen Kontoauszug, eine Superbill oder einen Vertrag als PDF, oder alle Rechnungen eines Zeitraums.</translation>
    </message>
    <message>
        <source>Usage: clientele-cli print invoice|receipt|statement|superbill|contract &lt;which&gt; --pdf file
       clientele-cli print invoices --from date --to date --folder folder</source>
        <translation>Aufruf: clientele-cli print invoice|receipt|statement|superbill|contract &lt;welche&gt; --pdf Datei
        clientele-cli print invoices --from Datum --to Datum --folder Ordner</translation>
    </message>
    <message>
        <source>Renders a document exactly as the desktop prints it, as PDF/A with the practice&apos;s branding.
invoice and receipt take an invoice number or id; statement and superbill a client&apos;s id, e-mail address or phone number; contract a contract id, or a client for their newest contract.
Dates are written as 2026-11-30.</source>
        <translation>Erzeugt ein Dokument genau so, wie die Desktop-Anwendung es druckt, als PDF/A im Erscheinungsbild der Praxis.
invoice und receipt erwarten eine Rechnungsnummer oder ID; statement und superbill die ID, E-Mail-Adresse oder Telefonnummer eines Kunden; contract eine Vertrags-ID oder einen Kunden für dessen neuesten Vertrag.
Daten werden als 2026-11-30 geschrieben.</translation>
    </message>
    <message>
        <source>Write the PDF to this file (&quot;-&quot; for standard output).</source>
        <translation>Schreibt das PDF in diese Datei („-“ für die Standardausgabe).</translation>
    </message>
    <message>
        <source>First day of the period (superbill, invoices).</source>
        <translation>Erster Tag des Zeitraums (superbill, invoices).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Last day of the period (superbill, invoices).</source>
        <translation>Letzter Tag des Zeitraums (superbill, invoices).</translation>
    </message>
    <message>
        <source>Statement date (default: today).</source>
        <translation>Stichtag des Kontoauszugs (Standard: heute).</translation>
    </message>
    <message>
        <source>Receipt for this payment id only (default: all payments).</source>
        <translation>Quittung nur für diese Zahlungs-ID (Standard: alle Zahlungen).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Folder for &quot;print invoices&quot;.</source>
        <translation>Ordner für „print invoices“.</translation>
    </message>
    <message>
        <source>Choose what to print: invoice, receipt, statement, superbill, contract or invoices.</source>
        <translation>Wählen Sie, was gedruckt werden soll: invoice, receipt, statement, superbill, contract oder invoices.</translation>
    </message>
    <message>
        <source>Give the period as --from and --to, written like 2026-11-30.</source>
        <translation>Geben Sie den Zeitraum mit --from und --to an, geschrieben etwa als 2026-11-30.</translation>
    </message>
    <message>
        <source>The period ends (--to) before it starts (--from).</source>
        <translation>Der Zeitraum endet (--to), bevor er beginnt (--from).</translation>
    </message>
    <message>
        <source>Say where to write the invoices with --folder.</source>
        <translation>Geben Sie mit --folder an, wohin die Rechnungen geschrieben werden sollen.</translation>
    </message>
    <message>
        <source>Say which %1 to print and where, e.g. &quot;print %1 &lt;which&gt; --pdf file.pdf&quot;.</source>
        <translation>Geben Sie an, welches Dokument (%1) gedruckt werden soll und wohin, z. B. „print %1 &lt;welche&gt; --pdf file.pdf“.</translation>
    </message>
    <message>
        <source>Write the statement date like 2026-11-30.</source>
        <translation>Schreiben Sie den Stichtag etwa als 2026-11-30.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n invoice(s) to %1.</source>
        <translation>
            <numerusform>%n Rechnung in %1 geschrieben.</numerusform>
            <numerusform>%n Rechnungen in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Das PDF konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Wrote %1 (&quot;%2&quot;).</source>
        <translation>%1 geschrieben („%2“).</translation>
    </message>
    <message>
        <source>--%1 must be a date such as 2026-03-01.</source>
        <translation>--%1 muss ein Datum wie 2026-03-01 sein.</translation>
    </message>
    <message>
        <source>--client-names must be full, initials or code.</source>
        <translation>--client-names muss full, initials oder code sein.</translation>
    </message>
    <message>
        <source>Export clients as CSV or vCard, bookings as iCalendar, or the whole practice as JSON.</source>
        <translation>Klienten als CSV oder vCard, Termine als iCalendar oder die ganze Praxis als JSON exportieren.</translation>
    </message>
    <message>
        <source>Writes clients as CSV (readable by spreadsheets and by &quot;import&quot;) or vCard 4.0/3.0, bookings as iCalendar (.ics, for Google Calendar, Outlook and Apple Calendar), or every record of the practice (clients, services, bookings, invoices, payments, messages, files…) as JSON. The export is not encrypted: keep it somewhere safe.</source>
        <translation>Schreibt Klienten als CSV (lesbar für Tabellenkalkulationen und für „import“) oder vCard 4.0/3.0, Termine als iCalendar (.ics, für Google Kalender, Outlook und Apple Kalender) oder jeden Datensatz der Praxis (Klienten, Leistungen, Termine, Rechnungen, Zahlungen, Nachrichten, Dateien …) als JSON. Der Export ist nicht verschlüsselt: Bewahren Sie ihn sicher auf.</translation>
    </message>
    <message>
        <source>csv, vcard (4.0), vcard3, ics or json.</source>
        <translation>csv, vcard (4.0), vcard3, ics oder json.</translation>
    </message>
    <message>
        <source>ics: only sessions on or after this date (YYYY-MM-DD).</source>
        <translation>ics: nur Termine ab diesem Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>ics: only sessions before the end of this date (YYYY-MM-DD).</source>
        <translation>ics: nur Termine bis zum Ende dieses Datums (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>ics: how events name the client: full (default), initials or code.</source>
        <translation>ics: wie Termine den Klienten nennen: full (Standard), initials oder code.</translation>
    </message>
    <message>
        <source>how</source>
        <translation>wie</translation>
    </message>
    <message>
        <source>ics: include canceled sessions, marked as cancelled.</source>
        <translation>ics: abgesagte Termine einschließen, als abgesagt markiert.</translation>
    </message>
    <message>
        <source>Choose --format csv, vcard, vcard3, ics or json.</source>
        <translation>Wählen Sie --format csv, vcard, vcard3, ics oder json.</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to liegt vor --from.</translation>
    </message>
    <message>
        <source>Usage: clientele-cli import-calendar &lt;file.ics&gt; [options]</source>
        <translation>Aufruf: clientele-cli import-calendar &lt;datei.ics&gt; [Optionen]</translation>
    </message>
    <message>
        <source>The calendar&apos;s name in Clientele (default: the file&apos;s name).</source>
        <translation>Der Name des Kalenders in Clientele (Standard: der Dateiname).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>--name must not be empty.</source>
        <translation>--name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Imported %1 events from %2 into &quot;%3&quot;: %4 times blocked (%5 new, %6 moved or changed, %7 removed, %8 unchanged).</source>
        <translation>%1 Termine aus %2 in „%3“ importiert: %4 Zeiten belegt (%5 neu, %6 verschoben oder geändert, %7 entfernt, %8 unverändert).</translation>
    </message>
    <message>
        <source>Import an .ics calendar as blocked time or as sessions.</source>
        <translation>Einen .ics-Kalender als blockierte Zeit oder als Termine importieren.</translation>
    </message>
    <message>
        <source>There is no service &quot;%1&quot;: the practice has no services yet.</source>
        <translation>Es gibt keine Leistung „%1“: Die Praxis hat noch keine Leistungen.</translation>
    </message>
    <message>
        <source>There is no service &quot;%1&quot;. The services are: %2.</source>
        <translation>Es gibt keine Leistung „%1“. Die Leistungen sind: %2.</translation>
    </message>
    <message>
        <source>Imports the events of an iCalendar file (exported from Google Calendar, Outlook, Apple Calendar…) as time that is not free for bookings, from %1 days ago to %2 days ahead; recurring events are repeated. Importing a newer export under the same --name updates that calendar: moved events move, deleted ones go. Events the file cannot describe are reported with their line.
With --as-sessions, each event becomes a booking of the service instead, for the client invited to it (by email; a new client unless --no-new-clients) or named in its title; importing a newer export moves the sessions that moved and adds new ones.
Exit codes: 0 imported, 3 imported with some events refused, 1 nothing imported, 2 bad arguments.</source>
        <translation>Importiert die Termine einer iCalendar-Datei (exportiert aus Google Kalender, Outlook, Apple Kalender…) als Zeit, die nicht für Buchungen frei ist, von vor %1 Tagen bis %2 Tage voraus; Serientermine werden wiederholt. Ein neuerer Export unter demselben --name aktualisiert diesen Kalender: Verschobene Termine werden verschoben, gelöschte entfernt. Termine, die die Datei nicht beschreiben kann, werden mit ihrer Zeile gemeldet.
Mit --as-sessions wird stattdessen jeder Termin eine Buchung der Leistung, für den dazu eingeladenen Klienten (per E-Mail; ein neuer Klient, außer mit --no-new-clients) oder den im Titel genannten; ein neuerer Export verschiebt verschobene Termine und fügt neue hinzu.
Exit-Codes: 0 importiert, 3 importiert, aber einige Termine abgelehnt, 1 nichts importiert, 2 falsche Argumente.</translation>
    </message>
    <message>
        <source>Import the events as sessions of this service.</source>
        <translation>Die Termine als Sitzungen dieser Leistung importieren.</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>With --as-sessions: do not add invited people who are not clients.</source>
        <translation>Mit --as-sessions: eingeladene Personen, die keine Klienten sind, nicht hinzufügen.</translation>
    </message>
    <message>
        <source>--no-new-clients needs --as-sessions.</source>
        <translation>--no-new-clients braucht --as-sessions.</translation>
    </message>
    <message>
        <source>Imported %1 events from %2 as sessions of &quot;%3&quot;: %4 added (%5 new clients), %6 moved, %7 already here, %8 deleted since the last import and left deleted, %9 cancelled.</source>
        <translation>%1 Termine aus %2 als Sitzungen von „%3“ importiert: %4 hinzugefügt (%5 neue Klienten), %6 verschoben, %7 schon vorhanden, %8 seit dem letzten Import gelöscht und gelöscht gelassen, %9 abgesagt.</translation>
    </message>
</context>
<context>
    <name>Client</name>
    <message>
        <source>This email address is not one of the client&apos;s addresses.</source>
        <translation>Diese E-Mail-Adresse gehört nicht zu den Adressen des Kunden.</translation>
    </message>
    <message>
        <source>This phone number is not one of the client&apos;s numbers.</source>
        <translation>Diese Telefonnummer gehört nicht zu den Nummern des Kunden.</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Ein Schlagwort darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A tag cannot contain a comma. Add two tags instead.</source>
        <translation>Ein Schlagwort darf kein Komma enthalten. Legen Sie stattdessen zwei Schlagwörter an.</translation>
    </message>
    <message>
        <source>A tag can be at most 64 characters long.</source>
        <translation>Ein Schlagwort darf höchstens 64 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A tag cannot contain line breaks or control characters.</source>
        <translation>Ein Schlagwort darf keine Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A consent decision needs the time it was given, in UTC.</source>
        <translation>Eine Entscheidung über eine Einwilligung braucht den Zeitpunkt, zu dem sie getroffen wurde, in UTC.</translation>
    </message>
    <message>
        <source>Record a consent as granted or revoked.</source>
        <translation>Erfassen Sie eine Einwilligung als erteilt oder widerrufen.</translation>
    </message>
    <message>
        <source>The client has no id.</source>
        <translation>Der Kunde hat keine ID.</translation>
    </message>
    <message>
        <source>Enter a name or a company for the client.</source>
        <translation>Geben Sie einen Namen oder eine Firma für den Kunden ein.</translation>
    </message>
    <message>
        <source>A client can have at most %1 diagnosis codes (A to L on a claim).</source>
        <translation>Ein Kunde kann höchstens %1 Diagnosecodes haben (A bis L auf einem Erstattungsantrag).</translation>
    </message>
    <message>
        <source>A birth date must be in 1900 or later.</source>
        <translation>Ein Geburtsdatum muss im Jahr 1900 oder später liegen.</translation>
    </message>
    <message>
        <source>A birth date cannot be in the future.</source>
        <translation>Ein Geburtsdatum kann nicht in der Zukunft liegen.</translation>
    </message>
</context>
<context>
    <name>ClientRows</name>
    <message>
        <source>A client can&apos;t be merged with itself.</source>
        <translation>Ein Kunde kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>One of the clients to merge no longer exists.</source>
        <translation>Einer der zusammenzuführenden Kunden existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This client has a subscription Stripe still charges. End it first (Subscriptions tab).</source>
        <translation>Dieser Kunde hat ein Abonnement, das Stripe noch abbucht. Beenden Sie es zuerst (Reiter Abonnements).</translation>
    </message>
</context>
<context>
    <name>ClientTransfer</name>
    <message>
        <source>The file is larger than 64 MiB; split it into smaller files.</source>
        <translation>Die Datei ist größer als 64 MiB; teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>skipped: a client with %1 is already in the practice</source>
        <translation>übersprungen: ein Kunde mit %1 ist bereits in der Praxis</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; split it into smaller files.</source>
        <translation>%1 ist größer als 64 MiB; teilen Sie die Datei in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ClinicalCodes</name>
    <message>
        <source>“%1” is not an ICD-10 diagnosis code. Diagnosis codes look like F41.1.</source>
        <translation>„%1“ ist kein ICD-10-Diagnosecode. Diagnosecodes haben die Form F41.1.</translation>
    </message>
    <message>
        <source>“%1” is not a CPT or HCPCS procedure code. Procedure codes look like 90837 or G0444.</source>
        <translation>„%1“ ist kein CPT- oder HCPCS-Prozedurencode. Prozedurencodes haben die Form 90837 oder G0444.</translation>
    </message>
    <message>
        <source>“%1” is not a procedure modifier. Modifiers are two characters, like 95 or GT.</source>
        <translation>„%1“ ist kein Modifikator für Prozeduren. Modifikatoren bestehen aus zwei Zeichen, etwa 95 oder GT.</translation>
    </message>
    <message>
        <source>“%1” is not a place-of-service code. Use a number from 01 to 99, like 11 (office).</source>
        <translation>„%1“ ist kein Code für den Leistungsort. Verwenden Sie eine Zahl von 01 bis 99, etwa 11 (Praxis).</translation>
    </message>
    <message>
        <source>Telehealth other than patient&apos;s home</source>
        <translation>Telemedizin, nicht in der Wohnung des Patienten</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Schule</translation>
    </message>
    <message>
        <source>Telehealth in patient&apos;s home</source>
        <translation>Telemedizin in der Wohnung des Patienten</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Wohnung des Patienten</translation>
    </message>
    <message>
        <source>Off campus outpatient hospital</source>
        <translation>Krankenhausambulanz außerhalb des Klinikgeländes</translation>
    </message>
    <message>
        <source>On campus outpatient hospital</source>
        <translation>Krankenhausambulanz auf dem Klinikgelände</translation>
    </message>
    <message>
        <source>Independent clinic</source>
        <translation>Unabhängige Klinik</translation>
    </message>
    <message>
        <source>Community mental health center</source>
        <translation>Gemeindepsychiatrisches Zentrum</translation>
    </message>
    <message>
        <source>Other place of service</source>
        <translation>Sonstiger Leistungsort</translation>
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
    <message>
        <source>Folder of the practice to open (default: %1).</source>
        <translation>Ordner der zu öffnenden Praxis (Standard: %1).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Open the demo practice, a separate practice with fictional clients, bookings and invoices (generated on first use).</source>
        <translation>Öffnet die Demopraxis, eine separate Praxis mit erfundenen Kunden, Buchungen und Rechnungen (wird beim ersten Aufruf erzeugt).</translation>
    </message>
    <message>
        <source>Size of a new demo practice: small (200 clients) or big (20,000 clients, 200,000 bookings).</source>
        <translation>Größe einer neuen Demopraxis: small (200 Kunden) oder big (20.000 Kunden, 200.000 Buchungen).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Unknown demo size &quot;%1&quot;: use small or big.</source>
        <translation>Unbekannte Demogröße „%1“: verwenden Sie small oder big.</translation>
    </message>
    <message>
        <source>--demo opens the demo practice; it cannot be combined with --practice.</source>
        <translation>--demo öffnet die Demopraxis; es kann nicht mit --practice kombiniert werden.</translation>
    </message>
</context>
<context>
    <name>CommandOutbox</name>
    <message>
        <source>This request is no longer in the outbox.</source>
        <translation>Dieser Auftrag ist nicht mehr im Postausgang.</translation>
    </message>
    <message>
        <source>This request may already have reached the relay, so it can no longer be withdrawn.</source>
        <translation>Dieser Auftrag hat das Relay vielleicht schon erreicht und kann nicht mehr zurückgezogen werden.</translation>
    </message>
    <message>
        <source>This request is already with the relay.</source>
        <translation>Dieser Auftrag liegt schon beim Relay.</translation>
    </message>
    <message>
        <source>This request is not a withdrawn one.</source>
        <translation>Diese Anfrage wurde nicht zurückgezogen.</translation>
    </message>
</context>
<context>
    <name>CommandSender</name>
    <message>
        <source>The text could not be sent.</source>
        <translation>Die SMS konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The payment service refused the request.</source>
        <translation>Der Zahlungsdienst hat den Auftrag abgelehnt.</translation>
    </message>
    <message>
        <source>The text may or may not have gone out: the answer from the text service was lost. It is not sent again by itself.</source>
        <translation>Ob die SMS hinausging, ist unklar: Die Antwort des SMS-Dienstes ging verloren. Sie wird nicht von selbst erneut gesendet.</translation>
    </message>
    <message>
        <source>The relay at this address does not take payment or text requests.</source>
        <translation>Das Relay unter dieser Adresse nimmt keine Zahlungs- oder SMS-Aufträge an.</translation>
    </message>
    <message>
        <source>Not sent: it could not go out in time (this computer was offline), and it would have come too late.</source>
        <translation>Nicht gesendet: Sie konnte nicht rechtzeitig hinausgehen (dieser Computer war offline) und wäre zu spät angekommen.</translation>
    </message>
</context>
<context>
    <name>ContactColumnMapping</name>
    <message>
        <source>The column mapping is empty. Write it as field=column pairs, for example &quot;name=Full Name,email=Mail&quot;.</source>
        <translation>Die Spaltenzuordnung ist leer. Schreiben Sie sie als Paare Feld=Spalte, zum Beispiel „name=Full Name,email=Mail“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the column mapping is not a field=column pair. Write, for example, &quot;email=Mail&quot;.</source>
        <translation>„%1“ in der Spaltenzuordnung ist kein Paar Feld=Spalte. Schreiben Sie zum Beispiel „email=Mail“.</translation>
    </message>
    <message>
        <source>The column mapping names an unknown field &quot;%1&quot;. Known fields: name, given, middle, family, company, email, phone, street, city, region, postalcode, country, tags, notes, stage, source, birthday, ignore.</source>
        <translation>Die Spaltenzuordnung nennt ein unbekanntes Feld „%1“. Bekannte Felder: name, given, middle, family, company, email, phone, street, city, region, postalcode, country, tags, notes, stage, source, birthday, ignore.</translation>
    </message>
    <message>
        <source>The column mapping maps &quot;%1&quot; to the column &quot;%2&quot;, but the file has no such column. Its columns are: %3.</source>
        <translation>Die Spaltenzuordnung ordnet „%1“ der Spalte „%2“ zu, aber die Datei hat keine solche Spalte. Ihre Spalten sind: %3.</translation>
    </message>
    <message>
        <source>The column mapping must map at least one of name, given, family, company or email, otherwise no contact can be told apart.</source>
        <translation>Die Spaltenzuordnung muss mindestens eines der Felder name, given, family, company oder email zuordnen, sonst lassen sich die Kontakte nicht unterscheiden.</translation>
    </message>
    <message>
        <source>CSV with your column mapping</source>
        <translation>CSV mit Ihrer Spaltenzuordnung</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Clientele CSV</source>
        <translation>Clientele-CSV</translation>
    </message>
    <message>
        <source>HoneyBook contacts</source>
        <translation>HoneyBook-Kontakte</translation>
    </message>
    <message>
        <source>Dubsado clients</source>
        <translation>Dubsado-Kunden</translation>
    </message>
    <message>
        <source>Google Contacts</source>
        <translation>Google Kontakte</translation>
    </message>
    <message>
        <source>Google Contacts (older format)</source>
        <translation>Google Kontakte (älteres Format)</translation>
    </message>
    <message>
        <source>Outlook contacts</source>
        <translation>Outlook-Kontakte</translation>
    </message>
</context>
<context>
    <name>ContactCsvImport</name>
    <message>
        <source>None of the columns (%1) looks like a name, company or email address. Choose which column holds what, for example &quot;name=Client,email=Mail&quot;.</source>
        <translation>Keine der Spalten (%1) sieht nach einem Namen, einer Firma oder einer E-Mail-Adresse aus. Legen Sie fest, welche Spalte was enthält, zum Beispiel „name=Client,email=Mail“.</translation>
    </message>
    <message>
        <source>This row has no name, company or email address, so it was skipped.</source>
        <translation>Diese Zeile hat weder Namen noch Firma noch E-Mail-Adresse und wurde daher übersprungen.</translation>
    </message>
</context>
<context>
    <name>ContactMapping</name>
    <message>
        <source>the email &quot;%1&quot; is not valid: %2</source>
        <translation>die E-Mail-Adresse „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>the phone number &quot;%1&quot; is not valid: %2</source>
        <translation>die Telefonnummer „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation>Geburtstag: %1</translation>
    </message>
</context>
<context>
    <name>Contract</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Angesehen</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulliert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>The time of a contract event must be given in UTC.</source>
        <translation>Der Zeitpunkt eines Vertragsereignisses muss in UTC angegeben werden.</translation>
    </message>
    <message>
        <source>The contract is already %1.</source>
        <translation>Der Vertrag hat bereits den Status „%1“.</translation>
    </message>
    <message>
        <source>A contract that is %1 cannot become %2.</source>
        <translation>Ein Vertrag mit dem Status „%1“ kann nicht in den Status „%2“ wechseln.</translation>
    </message>
    <message>
        <source>Only a draft contract can be edited. Void it and issue a new one.</source>
        <translation>Nur ein Vertragsentwurf kann bearbeitet werden. Annullieren Sie den Vertrag und stellen Sie einen neuen aus.</translation>
    </message>
    <message>
        <source>A contract is signed only together with its signed document.</source>
        <translation>Ein Vertrag gilt nur zusammen mit seinem unterschriebenen Dokument als unterschrieben.</translation>
    </message>
    <message>
        <source>The fingerprint of the signed document is not a SHA-256 value.</source>
        <translation>Der Fingerabdruck des unterschriebenen Dokuments ist kein SHA-256-Wert.</translation>
    </message>
</context>
<context>
    <name>ContractDocument</name>
    <message>
        <source>The text of “%1” no longer matches the fingerprint recorded when it was sent, so it is not printed.</source>
        <translation>Der Text von „%1“ stimmt nicht mehr mit dem beim Versand festgehaltenen Fingerabdruck überein und wird daher nicht gedruckt.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>Document title and file name: &quot;Wedding photography agreement – Jane Doe&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ENTWURF</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Für %1</translation>
    </message>
    <message>
        <source>Fingerprint of this text (SHA-256), recorded when it was sent:
%1</source>
        <translation>Fingerabdruck dieses Textes (SHA-256), beim Versand festgehalten:
%1</translation>
    </message>
</context>
<context>
    <name>ContractMergeValues</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContractRepository</name>
    <message>
        <source>The client no longer exists.</source>
        <translation>Der Kunde existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The booking no longer exists.</source>
        <translation>Die Buchung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The booking belongs to another client.</source>
        <translation>Die Buchung gehört zu einem anderen Kunden.</translation>
    </message>
    <message>
        <source>The contract no longer exists.</source>
        <translation>Der Vertrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The contract template no longer exists.</source>
        <translation>Die Vertragsvorlage existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>ContractTemplate</name>
    <message>
        <source>Give the contract template a name.</source>
        <translation>Geben Sie der Vertragsvorlage einen Namen.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the limit for one import. Split it into smaller files.</source>
        <translation>Die Datei ist größer als %1 MB, die Grenze für einen Import. Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The quoted value that starts on line %1 is never closed, so the rest of the file cannot be read. Add the missing double quote (&quot;) or export the file again.</source>
        <translation>Der Wert in Anführungszeichen, der in Zeile %1 beginnt, wird nie geschlossen, daher kann der Rest der Datei nicht gelesen werden. Ergänzen Sie das fehlende doppelte Anführungszeichen (&quot;) oder exportieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>The header on line %1 is too long (more than %2 columns or a name longer than %3 characters). Check that this is a CSV file.</source>
        <translation>Die Kopfzeile in Zeile %1 ist zu lang (mehr als %2 Spalten oder ein Name mit mehr als %3 Zeichen). Prüfen Sie, ob es sich um eine CSV-Datei handelt.</translation>
    </message>
    <message>
        <source>A value in this row is longer than %1 characters, so the row was skipped.</source>
        <translation>Ein Wert in dieser Zeile ist länger als %1 Zeichen, daher wurde die Zeile übersprungen.</translation>
    </message>
    <message>
        <source>This row has %1 values but the header has %2, so the row was skipped. A value that contains &quot;%3&quot; probably needs double quotes around it.</source>
        <translation>Diese Zeile hat %1 Werte, die Kopfzeile aber %2, daher wurde die Zeile übersprungen. Ein Wert, der „%3“ enthält, braucht wahrscheinlich doppelte Anführungszeichen.</translation>
    </message>
    <message>
        <source>This row has %1 values but the header has %2, so the row was skipped. Check for a missing delimiter or a line break in an unquoted value.</source>
        <translation>Diese Zeile hat %1 Werte, die Kopfzeile aber %2, daher wurde die Zeile übersprungen. Prüfen Sie, ob ein Trennzeichen fehlt oder ein Wert ohne Anführungszeichen einen Zeilenumbruch enthält.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line naming the columns.</source>
        <translation>Die Datei ist leer: Es fehlt die Kopfzeile mit den Spaltennamen.</translation>
    </message>
</context>
<context>
    <name>Currency</name>
    <message>
        <source>“%1” is not a currency code. Use a three-letter ISO 4217 code in capitals, such as EUR or USD.</source>
        <translation>„%1“ ist kein Währungscode. Verwenden Sie einen dreibuchstabigen ISO-4217-Code in Großbuchstaben, etwa EUR oder USD.</translation>
    </message>
    <message>
        <source>The currency “%1” is not supported.</source>
        <translation>Die Währung „%1“ wird nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>Deliverable</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>wird hochgeladen</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>hochgeladen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>The size of a file cannot be negative.</source>
        <translation>Die Größe einer Datei kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>The fingerprint of the file is not a SHA-256 value (64 lowercase hex digits).</source>
        <translation>Der Fingerabdruck der Datei ist kein SHA-256-Wert (64 Hexadezimalziffern in Kleinschreibung).</translation>
    </message>
    <message>
        <source>The file type is not a MIME type such as image/jpeg.</source>
        <translation>Der Dateityp ist kein MIME-Typ wie image/jpeg.</translation>
    </message>
    <message>
        <source>A file that is %1 cannot become %2.</source>
        <translation>Eine Datei mit dem Status „%1“ kann nicht in den Status „%2“ wechseln.</translation>
    </message>
    <message>
        <source>The upload progress does not fit the file.</source>
        <translation>Der Upload-Fortschritt passt nicht zur Datei.</translation>
    </message>
</context>
<context>
    <name>DeliverablePath</name>
    <message>
        <source>A file path contains an empty folder name (“//” or a trailing “/”).</source>
        <translation>Ein Dateipfad enthält einen leeren Ordnernamen („//“ oder ein „/“ am Ende).</translation>
    </message>
    <message>
        <source>A file path cannot contain “.” or “..” as a folder name.</source>
        <translation>Ein Dateipfad darf „.“ oder „..“ nicht als Ordnernamen enthalten.</translation>
    </message>
    <message>
        <source>“%1” is a reserved name on Windows. Rename the file.</source>
        <translation>„%1“ ist unter Windows ein reservierter Name. Benennen Sie die Datei um.</translation>
    </message>
    <message>
        <source>“%1” ends with a dot or a space. Rename the file.</source>
        <translation>„%1“ endet mit einem Punkt oder Leerzeichen. Benennen Sie die Datei um.</translation>
    </message>
    <message>
        <source>A file or folder name is longer than 255 bytes. Shorten it.</source>
        <translation>Ein Datei- oder Ordnername ist länger als 255 Bytes. Kürzen Sie ihn.</translation>
    </message>
    <message>
        <source>A file path contains a control character. Rename the file.</source>
        <translation>Ein Dateipfad enthält ein Steuerzeichen. Benennen Sie die Datei um.</translation>
    </message>
    <message>
        <source>A file path cannot contain a backslash (\). Use / between folders.</source>
        <translation>Ein Dateipfad darf keinen Backslash (\) enthalten. Verwenden Sie / zwischen Ordnern.</translation>
    </message>
    <message>
        <source>The file path is empty.</source>
        <translation>Der Dateipfad ist leer.</translation>
    </message>
    <message>
        <source>A file path inside a delivery must be relative, not start with / or a drive.</source>
        <translation>Ein Dateipfad innerhalb einer Lieferung muss relativ sein und darf nicht mit / oder einem Laufwerk beginnen.</translation>
    </message>
    <message>
        <source>A file name cannot contain “%1”. Rename the file.</source>
        <translation>Ein Dateiname darf „%1“ nicht enthalten. Benennen Sie die Datei um.</translation>
    </message>
    <message>
        <source>The file path is longer than 4096 bytes.</source>
        <translation>Der Dateipfad ist länger als 4096 Bytes.</translation>
    </message>
</context>
<context>
    <name>DeliverableSet</name>
    <message>
        <source>This file belongs to another booking.</source>
        <translation>Diese Datei gehört zu einer anderen Buchung.</translation>
    </message>
    <message>
        <source>This file is already part of the delivery.</source>
        <translation>Diese Datei ist bereits Teil der Lieferung.</translation>
    </message>
    <message>
        <source>The delivery already has a file at “%1” (names that differ only in capitals count as the same).</source>
        <translation>Die Lieferung enthält bereits eine Datei unter „%1“ (Namen, die sich nur in Groß- und Kleinschreibung unterscheiden, gelten als gleich).</translation>
    </message>
    <message>
        <source>This file is not part of the delivery.</source>
        <translation>Diese Datei ist nicht Teil der Lieferung.</translation>
    </message>
    <message>
        <source>A share link must expire between one hour and one year from now.</source>
        <translation>Ein Freigabelink muss zwischen einer Stunde und einem Jahr ab jetzt ablaufen.</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>The document could not be drawn.</source>
        <translation>Das Dokument konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DocumentSources</name>
    <message>
        <source>The %1 to print no longer exists.</source>
        <translation>%1 existiert nicht mehr und kann nicht gedruckt werden.</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Der Kunde</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>Die Rechnung</translation>
    </message>
    <message>
        <source>The period of a superbill must end on or after its first day.</source>
        <translation>Der Zeitraum einer Superbill muss am oder nach seinem ersten Tag enden.</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>Der Vertrag</translation>
    </message>
</context>
<context>
    <name>EmailAccount</name>
    <message>
        <source>Enter the email address your emails come from.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, von der Ihre E-Mails kommen.</translation>
    </message>
    <message>
        <source>The sender address is not an email address.</source>
        <translation>Die Absenderadresse ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The reply-to address is not an email address.</source>
        <translation>Die Antwortadresse ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Choose the folder the emails are saved in.</source>
        <translation>Wählen Sie den Ordner, in dem die E-Mails gespeichert werden.</translation>
    </message>
    <message>
        <source>Enter the name of your mail server, such as smtp.gmail.com.</source>
        <translation>Geben Sie den Namen Ihres Mailservers ein, etwa smtp.gmail.com.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535, usually 587 or 465.</source>
        <translation>Der Port ist eine Zahl von 1 bis 65535, meist 587 oder 465.</translation>
    </message>
    <message>
        <source>Enter the user name you sign in to your mail server with.</source>
        <translation>Geben Sie den Benutzernamen ein, mit dem Sie sich am Mailserver anmelden.</translation>
    </message>
    <message>
        <source>Choose the connected account to sign in with.</source>
        <translation>Wählen Sie das verbundene Konto, mit dem angemeldet wird.</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>The part before the @ is missing.</source>
        <translation>Der Teil vor dem @ fehlt.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>Der Teil vor dem @ ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot or contain two dots in a row.</source>
        <translation>Der Teil vor dem @ darf nicht mit einem Punkt beginnen oder enden und keine zwei Punkte hintereinander enthalten.</translation>
    </message>
    <message>
        <source>The part before the @ contains a character that is not allowed.</source>
        <translation>Der Teil vor dem @ enthält ein unzulässiges Zeichen.</translation>
    </message>
    <message>
        <source>The part after the @ is not a valid domain name.</source>
        <translation>Der Teil nach dem @ ist kein gültiger Domainname.</translation>
    </message>
    <message>
        <source>The part after the @ needs a dot, as in example.com.</source>
        <translation>Der Teil nach dem @ braucht einen Punkt, wie in example.com.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter only the address, like jane@example.com, without a name, quotes or angle brackets.</source>
        <translation>Geben Sie nur die Adresse ein, etwa jane@example.com, ohne Namen, Anführungszeichen oder spitze Klammern.</translation>
    </message>
    <message>
        <source>An email address cannot contain spaces or line breaks.</source>
        <translation>Eine E-Mail-Adresse darf keine Leerzeichen oder Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>An email address needs an @, as in jane@example.com.</source>
        <translation>Eine E-Mail-Adresse braucht ein @, wie in jane@example.com.</translation>
    </message>
    <message>
        <source>An email address has only one @. Enter one address at a time.</source>
        <translation>Eine E-Mail-Adresse enthält nur ein @. Geben Sie jeweils nur eine Adresse ein.</translation>
    </message>
    <message>
        <source>The part after the @ is missing.</source>
        <translation>Der Teil nach dem @ fehlt.</translation>
    </message>
    <message>
        <source>The email address is longer than 254 characters.</source>
        <translation>Die E-Mail-Adresse ist länger als 254 Zeichen.</translation>
    </message>
</context>
<context>
    <name>EmailComposer</name>
    <message>
        <source>Pay online</source>
        <translation>Online bezahlen</translation>
    </message>
    <message>
        <source>Answer the questionnaire</source>
        <translation>Fragebogen beantworten</translation>
    </message>
    <message>
        <source>Download your files</source>
        <translation>Ihre Dateien herunterladen</translation>
    </message>
    <message>
        <source>Write a review</source>
        <translation>Bewertung schreiben</translation>
    </message>
    <message>
        <source>Read and sign</source>
        <translation>Lesen und unterschreiben</translation>
    </message>
    <message>
        <source>Join the video meeting</source>
        <translation>An der Videositzung teilnehmen</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Join: %1</source>
        <translation>Teilnehmen: %1</translation>
    </message>
    <message>
        <source>session.ics</source>
        <translation>termin.ics</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Quittung %1</translation>
    </message>
    <message>
        <source>The template of a “%1” email cannot write a “%2” email.</source>
        <translation>Mit der Vorlage einer E-Mail „%1“ lässt sich keine E-Mail „%2“ schreiben.</translation>
    </message>
    <message>
        <source>%1 has no email address. Add one on their page first.</source>
        <translation>%1 hat keine E-Mail-Adresse. Tragen Sie zuerst eine auf der Kundenseite ein.</translation>
    </message>
</context>
<context>
    <name>EmailController</name>
    <message>
        <source>The system keychain, where the mail server’s password is kept, is not available.</source>
        <translation>Der Schlüsselbund des Systems, in dem das Passwort des Mailservers liegt, ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>No password for the mail server is saved on this computer. Enter it in Settings → Email.</source>
        <translation>Auf diesem Computer ist kein Passwort für den Mailserver gespeichert. Geben Sie es unter Einstellungen → E-Mail ein.</translation>
    </message>
    <message>
        <source>The connected account to sign in with is gone. Choose another in Settings → Email.</source>
        <translation>Das verbundene Konto für die Anmeldung gibt es nicht mehr. Wählen Sie unter Einstellungen → E-Mail ein anderes.</translation>
    </message>
</context>
<context>
    <name>EmailJobs</name>
    <message>
        <source>The invoice no longer exists.</source>
        <translation>Die Rechnung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The invoice&apos;s client no longer exists.</source>
        <translation>Den Kunden der Rechnung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The booking no longer exists.</source>
        <translation>Die Buchung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The booking&apos;s client no longer exists.</source>
        <translation>Den Kunden der Buchung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The booking&apos;s service no longer exists.</source>
        <translation>Die Leistung der Buchung gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>EmailKind</name>
    <message>
        <source>Booking confirmation</source>
        <translation>Buchungsbestätigung</translation>
    </message>
    <message>
        <source>Session reminder</source>
        <translation>Terminerinnerung</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Absage</translation>
    </message>
    <message>
        <source>New time for a session</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Zahlungsbestätigung</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Zahlungserinnerung</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Questionnaire request</source>
        <translation>Bitte um einen Fragebogen</translation>
    </message>
    <message>
        <source>Photos and files ready</source>
        <translation>Fotos und Dateien bereit</translation>
    </message>
    <message>
        <source>Review request</source>
        <translation>Bitte um eine Bewertung</translation>
    </message>
    <message>
        <source>Contract to sign</source>
        <translation>Vertrag zur Unterschrift</translation>
    </message>
</context>
<context>
    <name>EmailOutbox</name>
    <message>
        <source>This email is no longer in the outbox.</source>
        <translation>Diese E-Mail ist nicht mehr im Postausgang.</translation>
    </message>
    <message>
        <source>This email is not waiting to be sent.</source>
        <translation>Diese E-Mail wartet nicht auf den Versand.</translation>
    </message>
    <message>
        <source>This email is not being sent.</source>
        <translation>Diese E-Mail wird gerade nicht gesendet.</translation>
    </message>
    <message>
        <source>Clientele stopped while this email was being sent. It may have arrived; it is not sent again unless you choose Send Again.</source>
        <translation>Clientele wurde beendet, während diese E-Mail gesendet wurde. Sie ist vielleicht angekommen; sie wird nur erneut gesendet, wenn Sie „Erneut senden“ wählen.</translation>
    </message>
    <message>
        <source>This email is already sent or on its way.</source>
        <translation>Diese E-Mail ist schon gesendet oder unterwegs.</translation>
    </message>
    <message>
        <source>Only an email still waiting can be taken back.</source>
        <translation>Nur eine E-Mail, die noch wartet, kann zurückgenommen werden.</translation>
    </message>
    <message>
        <source>Only an email taken back before it was tried can wait again.</source>
        <translation>Nur eine E-Mail, die vor dem ersten Versuch zurückgenommen wurde, kann wieder warten.</translation>
    </message>
    <message>
        <source>This email changed meanwhile (it was tried again). Look at it once more.</source>
        <translation>Diese E-Mail hat sich inzwischen geändert (sie wurde erneut versucht). Sehen Sie sie sich noch einmal an.</translation>
    </message>
</context>
<context>
    <name>EmailOutboxSender</name>
    <message>
        <source>Not sent: it could not go out in time (this computer was offline), and it would have come too late.</source>
        <translation>Nicht gesendet: Sie konnte nicht rechtzeitig hinausgehen (dieser Computer war offline) und wäre zu spät angekommen.</translation>
    </message>
    <message>
        <source>Given up after trying for days.</source>
        <translation>Nach tagelangen Versuchen aufgegeben.</translation>
    </message>
    <message>
        <source>This computer does not send email now.</source>
        <translation>Dieser Computer sendet gerade keine E-Mails.</translation>
    </message>
</context>
<context>
    <name>EmailTemplate</name>
    <message>
        <source>The merge field {{%1}} cannot be used in a “%2” email.</source>
        <translation>Der Platzhalter {{%1}} kann in einer E-Mail „%2“ nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Your {{service.name}} on {{booking.date}}</source>
        <translation>Ihr Termin {{service.name}} am {{booking.date}}</translation>
    </message>
    <message>
        <source>Hello {{client.first_name}},

your {{service.name}} is booked for {{booking.date}} at {{booking.time}}. The attached calendar file adds it to your calendar.

If the time no longer suits you, just reply to this email.

See you then,
{{practice.name}}</source>
        <translation>Hallo {{client.first_name}},

Ihr Termin {{service.name}} ist für den {{booking.date}} um {{booking.time}} gebucht. Mit der angehängten Kalenderdatei tragen Sie ihn in Ihren Kalender ein.

Wenn die Zeit nicht mehr passt, antworten Sie einfach auf diese E-Mail.

Bis dann,
{{practice.name}}</translation>
    </message>
    <message>
        <source>Reminder: {{service.name}} on {{booking.date}}</source>
        <translation>Erinnerung: {{service.name}} am {{booking.date}}</translation>
    </message>
    <message>
        <source>Hello {{client.first_name}},

a reminder of your {{service.name}} on {{booking.date}} at {{booking.time}}.

If you cannot make it, please reply to this email.

{{practice.name}}</source>
        <translation>Hallo {{client.first_name}},

eine Erinnerung an Ihren Termin {{service.name}} am {{booking.date}} um {{booking.time}}.

Wenn Sie nicht kommen können, antworten Sie bitte auf diese E-Mail.

{{practice.name}}</translation>
    </message>
    <message>
        <source>Cancelled: {{service.name}} on {{booking.date}}</source>
        <translation>Abgesagt: {{service.name}} am {{booking.date}}</translation>
    </message>
    <message>
        <source>Hello {{client.first_name}},

your {{service.name}} on {{booking.date}} at {{booking.time}} is cancelled. The attached calendar file takes it out of your calendar.

Reply to this email to find a new time.

{{practice.name}}</source>
        <translation>Hallo {{client.first_name}},

Ihr Termin {{service.name}} am {{booking.date}} um {{booking.time}} ist abgesagt. Die angehängte Kalenderdatei nimmt ihn aus Ihrem Kalender.

Antworten Sie auf diese E-Mail, um einen neuen Termin zu finden.

{{practice.name}}</translation>
    </message>
    <message>
        <source>New time: {{service.name}} on {{booking.date}}</source>
        <translation>Neuer Termin: {{service.name}} am {{booking.date}}</translation>
    </message>
    <message>
        <source>Hello {{client.first_name}},

your {{service.name}} has moved from {{booking.previous_date}} at {{booking.previous_time}} to {{booking.date}} at {{booking.time}}. The attached calendar file updates your calendar.

{{practice.name}}</source>
        <translation>Hallo {{client.first_name}},

Ihr Termin {{service.name}} ist vom {{booking.previous_date}} um {{booking.previous_time}} auf den {{booking.date}} um {{booking.time}} verschoben. Die angehängte Kalenderdatei aktualisiert Ihren Kalender.

{{practice.name}}</translation>
    </message>
    <message>
        <source>Invoice {{invoice.number}} from {{practice.name}}</source>
        <translation>Rechnung {{invoice.number}} von {{practice.name}}</translation>
    </message>
    <message>
        <source>Hello {{client.first_name}},

please find invoice {{invoice.number}} for {{invoice.total}} attached, due on {{invoice.due_date}}.

Thank you,
{{practice.name}}</source>
        <translation>Hallo {{client.first_name}},

anbei die Rechnung {{invoice.number}} über {{invoice.total}}, fällig am {{invoice.due_date}}.

Vielen Dank,
{{practice.name}}</translation>
    </message>
    <message>
        <source>Receipt for invoice {{invoice.number}}</source>
        <translation>Zahlungsbestätigung zur Rechnung {{invoice.number}}</translation>
    </message>
    <message>
        <source>Hello {{client.first_name}},

thank you for your payment of {{payment.amount}} on {{payment.date}} towards invoice {{invoice.number}}. Still open: {{invoice.balance}}.

{{practice.name}}</source>
        <translation>Hallo {{client.first_name}},

vielen Dank für Ihre Zahlung über {{payment.amount}} am {{payment.date}} zur Rechnung {{invoice.number}}. Noch offen: {{invoice.balance}}.

{{practice.name}}</translation>
    </message>
    <message>
        <source>Reminder: invoice {{invoice.number}}</source>
        <translation>Erinnerung: Rechnung {{invoice.number}}</translation>
    </message>
    <message>
        <source>Hello {{client.first_name}},

a friendly reminder that {{invoice.balance}} of invoice {{invoice.number}} was due on {{invoice.due_date}}. The invoice is attached.

If you have paid already, thank you, and please ignore this email.

{{practice.name}}</source>
        <translation>Hallo {{client.first_name}},

eine freundliche Erinnerung: {{invoice.balance}} der Rechnung {{invoice.number}} waren am {{invoice.due_date}} fällig. Die Rechnung ist angehängt.

Wenn Sie schon bezahlt haben, vielen Dank, und betrachten Sie diese E-Mail als gegenstandslos.

{{practice.name}}</translation>
    </message>
    <message>
        <source>Welcome to {{practice.name}}</source>
        <translation>Willkommen bei {{practice.name}}</translation>
    </message>
    <message>
        <source>Hello {{client.first_name}},

welcome, and thank you for choosing {{practice.name}}. You can reach me by replying to this email.

{{practice.name}}</source>
        <translation>Hallo {{client.first_name}},

willkommen, und danke, dass Sie sich für {{practice.name}} entschieden haben. Sie erreichen mich, indem Sie auf diese E-Mail antworten.

{{practice.name}}</translation>
    </message>
    <message>
        <source>A few questions before we meet</source>
        <translation>Ein paar Fragen vor unserem Termin</translation>
    </message>
    <message>
        <source>Hello {{client.first_name}},

please take a few minutes to answer the questionnaire “{{questionnaire.name}}”:
{{questionnaire.link}}

Thank you,
{{practice.name}}</source>
        <translation>Hallo {{client.first_name}},

bitte nehmen Sie sich ein paar Minuten für den Fragebogen „{{questionnaire.name}}“:
{{questionnaire.link}}

Vielen Dank,
{{practice.name}}</translation>
    </message>
    <message>
        <source>Your files are ready</source>
        <translation>Ihre Dateien sind bereit</translation>
    </message>
    <message>
        <source>Hello {{client.first_name}},

{{deliverables.count}} files from your {{service.name}} are ready to download until {{deliverables.available_until}}:
{{deliverables.link}}

Enjoy,
{{practice.name}}</source>
        <translation>Hallo {{client.first_name}},

{{deliverables.count}} Dateien von Ihrem Termin {{service.name}} stehen bis zum {{deliverables.available_until}} zum Herunterladen bereit:
{{deliverables.link}}

Viel Freude damit,
{{practice.name}}</translation>
    </message>
    <message>
        <source>How was your experience?</source>
        <translation>Wie war es für Sie?</translation>
    </message>
    <message>
        <source>Hello {{client.first_name}},

thank you for working with {{practice.name}}. If you have a minute, a short review would mean a lot:
{{review.link}}

{{practice.name}}</source>
        <translation>Hallo {{client.first_name}},

vielen Dank für die Zusammenarbeit mit {{practice.name}}. Wenn Sie eine Minute haben, würde mir eine kurze Bewertung viel bedeuten:
{{review.link}}

{{practice.name}}</translation>
    </message>
    <message>
        <source>Please sign: {{contract.title}}</source>
        <translation>Bitte unterschreiben: {{contract.title}}</translation>
    </message>
    <message>
        <source>Hello {{client.first_name}},

please read and sign “{{contract.title}}”:
{{contract.link}}

A copy is attached.

{{practice.name}}</source>
        <translation>Hallo {{client.first_name}},

bitte lesen und unterschreiben Sie „{{contract.title}}“:
{{contract.link}}

Eine Kopie ist angehängt.

{{practice.name}}</translation>
    </message>
    <message>
        <source>The “%1” email needs a subject.</source>
        <translation>Die E-Mail „%1“ braucht einen Betreff.</translation>
    </message>
    <message>
        <source>The “%1” email needs a text.</source>
        <translation>Die E-Mail „%1“ braucht einen Text.</translation>
    </message>
</context>
<context>
    <name>Emails</name>
    <message>
        <source>This computer does not send email yet. Set it up in Settings → Email first.</source>
        <translation>Dieser Computer sendet noch keine E-Mails. Richten Sie das zuerst unter Einstellungen → E-Mail ein.</translation>
    </message>
</context>
<context>
    <name>GoogleCalendar</name>
    <message>
        <source>The connection to the account was closed. Reconnect it.</source>
        <translation>Die Verbindung zum Konto wurde getrennt. Verbinden Sie es erneut.</translation>
    </message>
    <message>
        <source>The event needs a start before its end.</source>
        <translation>Der Termin braucht einen Beginn vor seinem Ende.</translation>
    </message>
    <message>
        <source>The period to synchronise is empty.</source>
        <translation>Der zu synchronisierende Zeitraum ist leer.</translation>
    </message>
    <message>
        <source>The period to check for busy times is empty.</source>
        <translation>Der Zeitraum für die Prüfung belegter Zeiten ist leer.</translation>
    </message>
    <message>
        <source>Google Calendar refused the request as invalid.</source>
        <translation>Google Kalender hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>Google no longer accepts Clientele&apos;s access to your calendar. Reconnect your Google account.</source>
        <translation>Google akzeptiert den Zugriff von Clientele auf Ihren Kalender nicht mehr. Verbinden Sie Ihr Google-Konto erneut.</translation>
    </message>
    <message>
        <source>Clientele has used up its Google Calendar allowance for today. It will try again later.</source>
        <translation>Clientele hat sein Google-Kalender-Kontingent für heute aufgebraucht. Es versucht es später erneut.</translation>
    </message>
    <message>
        <source>Your Google account does not allow Clientele to do this in that calendar.</source>
        <translation>Ihr Google-Konto erlaubt Clientele das in diesem Kalender nicht.</translation>
    </message>
    <message>
        <source>The calendar or event no longer exists in Google Calendar.</source>
        <translation>Der Kalender oder Termin existiert in Google Kalender nicht mehr.</translation>
    </message>
    <message>
        <source>Google Calendar already has this event.</source>
        <translation>Google Kalender hat diesen Termin bereits.</translation>
    </message>
    <message>
        <source>The event was changed in Google Calendar since Clientele last read it. Clientele will read it again.</source>
        <translation>Der Termin wurde in Google Kalender geändert, seit Clientele ihn zuletzt gelesen hat. Clientele liest ihn erneut.</translation>
    </message>
    <message>
        <source>Google Calendar answered with an unexpected error.</source>
        <translation>Google Kalender hat mit einem unerwarteten Fehler geantwortet.</translation>
    </message>
    <message>
        <source>Google Calendar is having trouble right now. Clientele will try again later.</source>
        <translation>Google Kalender hat gerade Probleme. Clientele versucht es später erneut.</translation>
    </message>
    <message>
        <source>Google Calendar is limiting how fast Clientele may send requests. Clientele will try again in a few minutes.</source>
        <translation>Google Kalender begrenzt, wie schnell Clientele Anfragen senden darf. Clientele versucht es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Clientele could not reach Google Calendar. Check the internet connection.</source>
        <translation>Clientele konnte Google Kalender nicht erreichen. Prüfen Sie die Internetverbindung.</translation>
    </message>
    <message>
        <source>Google Calendar sent an answer Clientele could not read.</source>
        <translation>Google Kalender hat eine Antwort gesendet, die Clientele nicht lesen konnte.</translation>
    </message>
    <message>
        <source>Google Calendar could not tell the busy times of one of the calendars.</source>
        <translation>Google Kalender konnte die belegten Zeiten eines der Kalender nicht nennen.</translation>
    </message>
</context>
<context>
    <name>IcsDocument</name>
    <message>
        <source>The calendar file is larger than %1 MB.</source>
        <translation>Die Kalenderdatei ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>This line is not an iCalendar property.</source>
        <translation>Diese Zeile ist keine iCalendar-Eigenschaft.</translation>
    </message>
    <message>
        <source>Components are nested too deeply or are too many.</source>
        <translation>Die Komponenten sind zu tief verschachtelt oder zu viele.</translation>
    </message>
    <message>
        <source>This component is outside a calendar.</source>
        <translation>Diese Komponente steht außerhalb eines Kalenders.</translation>
    </message>
    <message>
        <source>END:%1 closes %2, which began on line %3.</source>
        <translation>END:%1 schließt %2, das in Zeile %3 begann.</translation>
    </message>
    <message>
        <source>The file ends before this component does.</source>
        <translation>Die Datei endet, bevor diese Komponente endet.</translation>
    </message>
    <message>
        <source>This is not an iCalendar file: it has no BEGIN:VCALENDAR.</source>
        <translation>Dies ist keine iCalendar-Datei: Sie enthält kein BEGIN:VCALENDAR.</translation>
    </message>
</context>
<context>
    <name>IcsReader</name>
    <message>
        <source>%1 is not a date or a date and time: %2</source>
        <translation>%1 ist weder ein Datum noch ein Datum mit Uhrzeit: %2</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not defined in the file; the time is read in %2.</source>
        <translation>Die Zeitzone „%1“ ist in der Datei nicht definiert; die Zeit wird in %2 gelesen.</translation>
    </message>
    <message>
        <source>Only the first occurrence is imported: %1</source>
        <translation>Nur der erste Termin der Serie wird importiert: %1</translation>
    </message>
    <message>
        <source>The event has no start (DTSTART).</source>
        <translation>Der Termin hat keinen Beginn (DTSTART).</translation>
    </message>
    <message>
        <source>DURATION is not a duration: %1</source>
        <translation>DURATION ist keine Dauer: %1</translation>
    </message>
    <message>
        <source>The event starts and ends with different kinds of value (a date and a time).</source>
        <translation>Beginn und Ende des Termins sind verschiedene Arten von Werten (ein Datum und eine Uhrzeit).</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>Der Termin endet, bevor er beginnt.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>InboxEvents</name>
    <message>
        <source>A payment arrived without an amount in a known currency.</source>
        <translation>Eine Zahlung kam ohne Betrag in einer bekannten Währung an.</translation>
    </message>
    <message>
        <source>A card payment of %1 for invoice %2 could not be recorded: %3 Record it by hand, or refund it.</source>
        <translation>Eine Kartenzahlung von %1 für die Rechnung %2 konnte nicht verbucht werden: %3 Verbuchen Sie sie von Hand oder erstatten Sie sie.</translation>
    </message>
    <message>
        <source>A card payment of %1 arrived for an invoice that is not on this computer.</source>
        <translation>Eine Kartenzahlung von %1 ist für eine Rechnung eingegangen, die nicht auf diesem Computer ist.</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <source>This invoice is void and can no longer be changed.</source>
        <translation>Diese Rechnung ist storniert und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>This invoice was refunded and is closed; create a new invoice instead.</source>
        <translation>Diese Rechnung wurde erstattet und ist abgeschlossen; erstellen Sie stattdessen eine neue Rechnung.</translation>
    </message>
    <message>
        <source>An issued invoice cannot be changed. Void it and issue a corrected one, or refund instead.</source>
        <translation>Eine ausgestellte Rechnung kann nicht geändert werden. Stornieren Sie sie und stellen Sie eine korrigierte aus, oder erstatten Sie stattdessen.</translation>
    </message>
    <message>
        <source>Choose a due date.</source>
        <translation>Wählen Sie ein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>The due date cannot be before the issue date.</source>
        <translation>Das Fälligkeitsdatum darf nicht vor dem Rechnungsdatum liegen.</translation>
    </message>
    <message>
        <source>An invoice number cannot be empty.</source>
        <translation>Eine Rechnungsnummer darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The line has no identifier.</source>
        <translation>Die Position hat keine Kennung.</translation>
    </message>
    <message>
        <source>This line is already on the invoice.</source>
        <translation>Diese Position ist bereits auf der Rechnung.</translation>
    </message>
    <message>
        <source>This line is not on the invoice.</source>
        <translation>Diese Position ist nicht auf der Rechnung.</translation>
    </message>
    <message>
        <source>Describe what the line is for.</source>
        <translation>Beschreiben Sie, wofür die Position ist.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>Die Menge muss größer als null sein.</translation>
    </message>
    <message>
        <source>The line must be priced in %1, the currency of the invoice.</source>
        <translation>Der Preis der Position muss in %1 angegeben sein, der Währung der Rechnung.</translation>
    </message>
    <message>
        <source>A price cannot be negative; give a discount on the invoice instead.</source>
        <translation>Ein Preis darf nicht negativ sein; gewähren Sie stattdessen einen Rabatt auf die Rechnung.</translation>
    </message>
    <message>
        <source>The line lists the tax “%1” twice.</source>
        <translation>Die Position führt die Steuer „%1“ doppelt auf.</translation>
    </message>
    <message>
        <source>The tax “%1” is not in the invoice&apos;s tax table.</source>
        <translation>Die Steuer „%1“ ist nicht in der Steuertabelle der Rechnung.</translation>
    </message>
    <message>
        <source>A discount must be more than 0 % and at most 100 %.</source>
        <translation>Ein Rabatt muss größer als 0 % und höchstens 100 % sein.</translation>
    </message>
    <message>
        <source>The discount must be in %1, the currency of the invoice.</source>
        <translation>Der Rabatt muss in %1 angegeben sein, der Währung der Rechnung.</translation>
    </message>
    <message>
        <source>A discount must be more than zero.</source>
        <translation>Ein Rabatt muss größer als null sein.</translation>
    </message>
    <message>
        <source>The tax code “%1” is listed twice.</source>
        <translation>Der Steuercode „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The tax “%1” is still used by a line.</source>
        <translation>Die Steuer „%1“ wird noch von einer Position verwendet.</translation>
    </message>
    <message>
        <source>This invoice is paid in full and needs no payment schedule.</source>
        <translation>Diese Rechnung ist vollständig bezahlt und braucht keinen Zahlungsplan.</translation>
    </message>
    <message>
        <source>This invoice has already been issued.</source>
        <translation>Diese Rechnung wurde bereits ausgestellt.</translation>
    </message>
    <message>
        <source>Add at least one line before issuing the invoice.</source>
        <translation>Fügen Sie mindestens eine Position hinzu, bevor Sie die Rechnung ausstellen.</translation>
    </message>
    <message>
        <source>The invoice needs a number before it is issued.</source>
        <translation>Die Rechnung braucht eine Nummer, bevor sie ausgestellt wird.</translation>
    </message>
    <message>
        <source>Choose an issue date.</source>
        <translation>Wählen Sie ein Rechnungsdatum.</translation>
    </message>
    <message>
        <source>The invoice total cannot be negative.</source>
        <translation>Der Rechnungsbetrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Issue the invoice before recording a payment.</source>
        <translation>Stellen Sie die Rechnung aus, bevor Sie eine Zahlung erfassen.</translation>
    </message>
    <message>
        <source>This invoice is already paid in full.</source>
        <translation>Diese Rechnung ist bereits vollständig bezahlt.</translation>
    </message>
    <message>
        <source>The payment has no identifier.</source>
        <translation>Die Zahlung hat keine Kennung.</translation>
    </message>
    <message>
        <source>This payment has already been recorded.</source>
        <translation>Diese Zahlung wurde bereits erfasst.</translation>
    </message>
    <message>
        <source>The payment needs a date and time.</source>
        <translation>Die Zahlung braucht Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>The payment is in %1 but the invoice is in %2.</source>
        <translation>Die Zahlung ist in %1, die Rechnung aber in %2.</translation>
    </message>
    <message>
        <source>A payment must be more than zero.</source>
        <translation>Eine Zahlung muss größer als null sein.</translation>
    </message>
    <message>
        <source>The payment of %1 is more than the balance due of %2.</source>
        <translation>Die Zahlung von %1 ist höher als der offene Betrag von %2.</translation>
    </message>
    <message>
        <source>There is no payment on this invoice to refund.</source>
        <translation>Auf dieser Rechnung gibt es keine Zahlung, die erstattet werden könnte.</translation>
    </message>
    <message>
        <source>The refund has no identifier.</source>
        <translation>Die Erstattung hat keine Kennung.</translation>
    </message>
    <message>
        <source>This refund has already been recorded.</source>
        <translation>Diese Erstattung wurde bereits erfasst.</translation>
    </message>
    <message>
        <source>The payment to refund is not on this invoice.</source>
        <translation>Die zu erstattende Zahlung gehört nicht zu dieser Rechnung.</translation>
    </message>
    <message>
        <source>Give a reason for the refund.</source>
        <translation>Geben Sie einen Grund für die Erstattung an.</translation>
    </message>
    <message>
        <source>The refund needs a date and time.</source>
        <translation>Die Erstattung braucht Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>The refund is in %1 but the invoice is in %2.</source>
        <translation>Die Erstattung ist in %1, die Rechnung aber in %2.</translation>
    </message>
    <message>
        <source>A refund must be more than zero.</source>
        <translation>Eine Erstattung muss größer als null sein.</translation>
    </message>
    <message>
        <source>Only %1 of this payment is left to refund.</source>
        <translation>Von dieser Zahlung können nur noch %1 erstattet werden.</translation>
    </message>
    <message>
        <source>A draft has no number yet and is not voided; delete it instead.</source>
        <translation>Ein Entwurf hat noch keine Nummer und wird nicht storniert; löschen Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>Payments were made on this invoice; refund them before voiding it.</source>
        <translation>Auf diese Rechnung wurden Zahlungen geleistet; erstatten Sie sie, bevor Sie die Rechnung stornieren.</translation>
    </message>
</context>
<context>
    <name>InvoiceDocument</name>
    <message>
        <source>DRAFT</source>
        <translation>ENTWURF</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>STORNIERT</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>BEZAHLT</translation>
    </message>
    <message>
        <source>REFUNDED</source>
        <translation>ERSTATTET</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <extracomment>Document title and file name: &quot;Invoice INV-2026-0042 – Jane Doe&quot;</extracomment>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation>Steuernummer: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rückerstattung</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Rechnungsempfänger</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Discount %1</source>
        <translation>Rabatt %1</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>incl. %1 on %2</source>
        <translation>inkl. %1 auf %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <source>Payment schedule</source>
        <translation>Zahlungsplan</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Eingegangene Zahlungen</translation>
    </message>
    <message>
        <source>Invoice %1 has no payments yet, so there is nothing to give a receipt for.</source>
        <translation>Für Rechnung %1 gibt es noch keine Zahlungen, daher gibt es nichts zu quittieren.</translation>
    </message>
    <message>
        <source>That payment is not on invoice %1.</source>
        <translation>Diese Zahlung gehört nicht zu Rechnung %1.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Quittung</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Eingangsdatum</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Erhaltener Betrag</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Erhalten von</translation>
    </message>
    <message>
        <source>Invoice total</source>
        <translation>Rechnungsbetrag</translation>
    </message>
    <message>
        <source>Received in total</source>
        <translation>Insgesamt erhalten</translation>
    </message>
    <message>
        <source>Thank you for your payment.</source>
        <translation>Vielen Dank für Ihre Zahlung.</translation>
    </message>
</context>
<context>
    <name>InvoiceDraft</name>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>taxes</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>Tax %1: enter the rate as a number of percent, such as 19 or %2.</source>
        <translation>Steuer %1: Geben Sie den Satz als Prozentzahl ein, etwa 19 oder %2.</translation>
    </message>
    <message>
        <source>Tax %1: %2</source>
        <translation>Steuer %1: %2</translation>
    </message>
    <message>
        <source>Tax %1: the code “%2” is used twice; give each tax its own code.</source>
        <translation>Steuer %1: Der Code „%2“ wird zweimal verwendet; geben Sie jeder Steuer einen eigenen Code.</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>Position %1, %2: %3</translation>
    </message>
    <message>
        <source>enter a quantity such as 2 or %1 (up to three decimals).</source>
        <translation>Geben Sie eine Menge ein, etwa 2 oder %1 (bis zu drei Nachkommastellen).</translation>
    </message>
    <message>
        <source>enter a price.</source>
        <translation>Geben Sie einen Preis ein.</translation>
    </message>
    <message>
        <source>“%1” is not a price; type it like %2.</source>
        <translation>„%1“ ist kein Preis; schreiben Sie ihn etwa als %2.</translation>
    </message>
    <message>
        <source>describe what the line is for.</source>
        <translation>Beschreiben Sie, wofür die Position ist.</translation>
    </message>
    <message>
        <source>Enter the discount in percent, such as 10.</source>
        <translation>Geben Sie den Rabatt in Prozent ein, etwa 10.</translation>
    </message>
    <message>
        <source>Enter the discount as an amount, such as %1.</source>
        <translation>Geben Sie den Rabatt als Betrag ein, etwa %1.</translation>
    </message>
    <message>
        <source>Instalment %1: enter an amount such as %2.</source>
        <translation>Rate %1: Geben Sie einen Betrag ein, etwa %2.</translation>
    </message>
    <message>
        <source>Instalment %1: choose the day it is due.</source>
        <translation>Rate %1: Wählen Sie das Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Add at least one instalment, or choose to be paid in full.</source>
        <translation>Fügen Sie mindestens eine Rate hinzu oder wählen Sie Zahlung in voller Höhe.</translation>
    </message>
    <message>
        <source>The instalments add up to the total of %1.</source>
        <translation>Die Raten ergeben zusammen den Gesamtbetrag von %1.</translation>
    </message>
    <message>
        <source>Scheduled %1 of %2 — %3 left to schedule.</source>
        <translation>%1 von %2 eingeplant — %3 noch einzuplanen.</translation>
    </message>
    <message>
        <source>Scheduled %1, which is %3 more than the total of %2.</source>
        <translation>%1 eingeplant, das sind %3 mehr als der Gesamtbetrag von %2.</translation>
    </message>
    <message>
        <source>The instalments must add up to the total: add %1 to one of them.</source>
        <translation>Die Raten müssen den Gesamtbetrag ergeben: Erhöhen Sie eine davon um %1.</translation>
    </message>
    <message>
        <source>The instalments must add up to the total: take %1 off one of them.</source>
        <translation>Die Raten müssen den Gesamtbetrag ergeben: Verringern Sie eine davon um %1.</translation>
    </message>
</context>
<context>
    <name>InvoiceListTotals</name>
    <message>
        <source>No invoices match the filter</source>
        <translation>Keine Rechnungen entsprechen dem Filter</translation>
    </message>
    <message>
        <source>1 invoice</source>
        <translation>1 Rechnung</translation>
    </message>
    <message>
        <source>%1 invoices</source>
        <translation>%1 Rechnungen</translation>
    </message>
    <message>
        <source>%1 · Total %2 · Outstanding %3</source>
        <translation>%1 · Gesamt %2 · Offen %3</translation>
    </message>
</context>
<context>
    <name>InvoiceNumberFormat</name>
    <message>
        <source>The number format must contain one counter such as {####}, and may contain {YYYY}, {YY} and {MM}.</source>
        <translation>Das Nummernformat muss genau einen Zähler wie {####} enthalten und darf {YYYY}, {YY} und {MM} enthalten.</translation>
    </message>
    <message>
        <source>The invoice series has run out of numbers; widen the counter in the number format.</source>
        <translation>Die Nummern der Rechnungsserie sind aufgebraucht; erhöhen Sie die Stellenzahl des Zählers im Nummernformat.</translation>
    </message>
    <message>
        <source>The invoice needs an issue date to be numbered.</source>
        <translation>Die Rechnung braucht ein Rechnungsdatum, um nummeriert zu werden.</translation>
    </message>
    <message>
        <source>“%1” is not a number of this invoice series.</source>
        <translation>„%1“ ist keine Nummer dieser Rechnungsserie.</translation>
    </message>
    <message>
        <source>The issue date lies before the period of the last invoice %1; numbers would no longer be in order.</source>
        <translation>Das Rechnungsdatum liegt vor dem Zeitraum der letzten Rechnung %1; die Nummern wären dann nicht mehr fortlaufend.</translation>
    </message>
</context>
<context>
    <name>InvoiceRepository</name>
    <message>
        <source>The invoice no longer exists.</source>
        <translation>Die Rechnung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Deposit paid</source>
        <translation>Anzahlung bezahlt</translation>
    </message>
    <message>
        <source>A new invoice starts as a draft.</source>
        <translation>Eine neue Rechnung beginnt als Entwurf.</translation>
    </message>
    <message>
        <source>The booking no longer exists.</source>
        <translation>Die Buchung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The booking&apos;s service no longer exists.</source>
        <translation>Die Leistung der Buchung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Only a draft can be edited; an issued invoice is corrected by voiding it or by a refund.</source>
        <translation>Nur ein Entwurf kann bearbeitet werden; eine ausgestellte Rechnung wird durch Stornieren oder eine Rückerstattung korrigiert.</translation>
    </message>
    <message>
        <source>This invoice has already been issued.</source>
        <translation>Diese Rechnung wurde bereits ausgestellt.</translation>
    </message>
    <message>
        <source>An issued invoice can&apos;t be deleted; void it instead.</source>
        <translation>Eine ausgestellte Rechnung kann nicht gelöscht werden; stornieren Sie sie stattdessen.</translation>
    </message>
    <message>
        <source>Only %1 of this payment is left to refund: %2 is already on its way back through Stripe.</source>
        <translation>Von dieser Zahlung können nur noch %1 erstattet werden: %2 sind bereits über Stripe auf dem Rückweg.</translation>
    </message>
</context>
<context>
    <name>InvoiceRows</name>
    <message>
        <source>A stored invoice could not be read. Run &quot;check&quot; or restore a backup.</source>
        <translation>Eine gespeicherte Rechnung konnte nicht gelesen werden. Führen Sie „check“ aus oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Wartet auf Zahlung</translation>
    </message>
    <message>
        <source>Overdue · part paid</source>
        <translation>Überfällig · teilbezahlt</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Teilbezahlt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
</context>
<context>
    <name>InvoiceTotals</name>
    <message>
        <source>Every line must be priced in %1.</source>
        <translation>Alle Positionen müssen in %1 angegeben sein.</translation>
    </message>
    <message>
        <source>Line quantities must be more than zero and prices not negative.</source>
        <translation>Mengen müssen größer als null sein, und Preise dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>A discount must be between 0 % and 100 %.</source>
        <translation>Ein Rabatt muss zwischen 0 % und 100 % liegen.</translation>
    </message>
    <message>
        <source>The discount must be in %1.</source>
        <translation>Der Rabatt muss in %1 angegeben sein.</translation>
    </message>
    <message>
        <source>A discount cannot be negative.</source>
        <translation>Ein Rabatt darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The discount cannot be more than the subtotal of the lines.</source>
        <translation>Der Rabatt darf nicht höher sein als die Zwischensumme der Positionen.</translation>
    </message>
    <message>
        <source>The tax code “%1” is listed twice.</source>
        <translation>Der Steuercode „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The tax code “%1” is not in the tax table.</source>
        <translation>Der Steuercode „%1“ ist nicht in der Steuertabelle.</translation>
    </message>
    <message>
        <source>A line lists the tax “%1” twice.</source>
        <translation>Eine Position führt die Steuer „%1“ doppelt auf.</translation>
    </message>
    <message>
        <source>A line cannot combine taxes included in the price with taxes added on top.</source>
        <translation>Eine Position kann nicht im Preis enthaltene Steuern mit zusätzlich aufgeschlagenen Steuern kombinieren.</translation>
    </message>
</context>
<context>
    <name>JoiningPractice</name>
    <message>
        <source>This practice already has clients, sessions, invoices, services or contracts of its own, so it cannot become a copy of another practice. Join from a computer whose practice is new.</source>
        <translation>Diese Praxis hat bereits eigene Kunden, Termine, Rechnungen, Leistungen oder Verträge und kann daher keine Kopie einer anderen Praxis werden. Treten Sie von einem Computer mit einer neuen Praxis bei.</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>The key file is damaged or is not a Clientele key file. Use a backup of the key file or restore the practice from a backup.</source>
        <translation>Die Schlüsseldatei ist beschädigt oder keine Clientele-Schlüsseldatei. Verwenden Sie eine Sicherung der Schlüsseldatei oder stellen Sie die Praxis aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The key file was made by a newer version of Clientele.</source>
        <translation>Die Schlüsseldatei wurde mit einer neueren Version von Clientele erstellt.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Nicht genug Arbeitsspeicher, um den Schlüssel aus der Passphrase abzuleiten.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>Die Passphrase darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The passphrase or recovery code is not correct.</source>
        <translation>Die Passphrase oder der Wiederherstellungscode ist nicht korrekt.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain has no entry for this practice.</source>
        <translation>Der Schlüsselbund hat keinen Eintrag für diese Praxis.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used.</source>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>MailDeliveryText</name>
    <message>
        <source>The connection broke after the whole email was sent, before the mail server confirmed it. It may have arrived, so it is not sent again unless you choose Send Again.</source>
        <translation>Die Verbindung brach ab, nachdem die ganze E-Mail gesendet war und bevor der Mailserver sie bestätigte. Sie ist vielleicht angekommen; daher wird sie nur erneut gesendet, wenn Sie „Erneut senden“ wählen.</translation>
    </message>
    <message>
        <source>The mail server’s name could not be found (DNS). Check the server name, or the connection.</source>
        <translation>Der Name des Mailservers wurde nicht gefunden (DNS). Prüfen Sie den Servernamen oder die Verbindung.</translation>
    </message>
    <message>
        <source>The mail server could not be reached: no connection, or nothing answers on that port.</source>
        <translation>Der Mailserver ist nicht erreichbar: keine Verbindung, oder auf diesem Port antwortet nichts.</translation>
    </message>
    <message>
        <source>The mail server does not offer an encrypted connection (STARTTLS) on this port. Port 465 with TLS may work.</source>
        <translation>Der Mailserver bietet auf diesem Port keine verschlüsselte Verbindung (STARTTLS) an. Port 465 mit TLS funktioniert vielleicht.</translation>
    </message>
    <message>
        <source>No secure connection to the mail server could be made (TLS): its certificate was not trusted or the network is in the way.</source>
        <translation>Es konnte keine sichere Verbindung zum Mailserver aufgebaut werden (TLS): Seinem Zertifikat wird nicht vertraut, oder das Netzwerk ist im Weg.</translation>
    </message>
    <message>
        <source>The mail server refused the sign-in. Check the user name and password, or connect the account again.</source>
        <translation>Der Mailserver hat die Anmeldung abgelehnt. Prüfen Sie Benutzername und Passwort, oder verbinden Sie das Konto erneut.</translation>
    </message>
    <message>
        <source>The mail server refused the sender address. It may only send from the address of the account you signed in with.</source>
        <translation>Der Mailserver hat die Absenderadresse abgelehnt. Er sendet vielleicht nur von der Adresse des angemeldeten Kontos.</translation>
    </message>
    <message>
        <source>The mail server refused the recipient’s address.</source>
        <translation>Der Mailserver hat die Adresse des Empfängers abgelehnt.</translation>
    </message>
    <message>
        <source>The connection broke while the email was being sent. Nothing arrived; it is sent again.</source>
        <translation>Die Verbindung brach ab, während die E-Mail gesendet wurde. Nichts ist angekommen; sie wird erneut gesendet.</translation>
    </message>
    <message>
        <source>The mail server refused the email.</source>
        <translation>Der Mailserver hat die E-Mail abgelehnt.</translation>
    </message>
    <message>
        <source>The email could not be sent.</source>
        <translation>Die E-Mail konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <extracomment>%1 is the mail server&apos;s reply, e.g. &quot;553 5.7.1 Sender address rejected&quot;</extracomment>
        <translation>Der Server sagte: „%1“</translation>
    </message>
    <message>
        <source>The mail server does not take sign-ins just now (too many attempts, say); it is tried again later.</source>
        <translation>Der Mailserver nimmt gerade keine Anmeldungen an (etwa nach zu vielen Versuchen); es wird später erneut versucht.</translation>
    </message>
</context>
<context>
    <name>MergeFieldMenu</name>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Your Practice</source>
        <translation>Ihre Praxis</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Video meeting link</source>
        <translation>Link zur Videositzung</translation>
    </message>
    <message>
        <source>Date before the change</source>
        <translation>Datum vor der Änderung</translation>
    </message>
    <message>
        <source>Time before the change</source>
        <translation>Uhrzeit vor der Änderung</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Grund der Absage</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>Noch zu zahlen</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Zahlungslink</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Date drafted</source>
        <translation>Datum des Entwurfs</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Signing link</source>
        <translation>Link zum Unterschreiben</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Download link</source>
        <translation>Link zum Herunterladen</translation>
    </message>
    <message>
        <source>Number of files</source>
        <translation>Anzahl der Dateien</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Verfügbar bis</translation>
    </message>
    <message>
        <source>Review link</source>
        <translation>Link zur Bewertung</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <extracomment>A merge field in the Insert Field menu: what it stands for, then the field as it is written</extracomment>
        <translation>%1	%2</translation>
    </message>
</context>
<context>
    <name>MergeText</name>
    <message>
        <source>Line %1: a merge field opened with {{ is never closed with }}.</source>
        <translation>Zeile %1: Ein mit {{ geöffneter Platzhalter wird nie mit }} geschlossen.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a merge field name. Names look like {{client.name}}; write \{{ for literal braces.</source>
        <translation>Zeile %1: „%2“ ist kein Platzhaltername. Namen sehen aus wie {{client.name}}; schreiben Sie \{{ für wörtliche geschweifte Klammern.</translation>
    </message>
    <message>
        <source>The merge field {{%1}} does not exist.</source>
        <translation>Den Platzhalter {{%1}} gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no value for the merge field {{%1}}.</source>
        <translation>Für den Platzhalter {{%1}} gibt es keinen Wert.</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>The time of a message must be given in UTC.</source>
        <translation>Der Zeitpunkt einer Nachricht muss in UTC angegeben werden.</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>undeliverable</source>
        <translation>unzustellbar</translation>
    </message>
    <message>
        <source>The recipient is not a valid address for this kind of message.</source>
        <translation>Der Empfänger ist keine gültige Adresse für diese Art von Nachricht.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <source>A text message has no subject.</source>
        <translation>Eine SMS hat keinen Betreff.</translation>
    </message>
    <message>
        <source>A received message must name its sender.</source>
        <translation>Eine empfangene Nachricht muss ihren Absender nennen.</translation>
    </message>
    <message>
        <source>A message that is %1 cannot become %2.</source>
        <translation>Eine Nachricht mit dem Status „%1“ kann nicht in den Status „%2“ wechseln.</translation>
    </message>
</context>
<context>
    <name>MicrosoftCalendar</name>
    <message>
        <source>The event needs a start before its end.</source>
        <translation>Der Termin braucht einen Beginn vor seinem Ende.</translation>
    </message>
    <message>
        <source>The period to synchronise is empty.</source>
        <translation>Der zu synchronisierende Zeitraum ist leer.</translation>
    </message>
    <message>
        <source>The period to check for busy times is empty.</source>
        <translation>Der Zeitraum für die Prüfung belegter Zeiten ist leer.</translation>
    </message>
    <message>
        <source>Outlook could not tell the busy times of your calendar.</source>
        <translation>Outlook konnte die belegten Zeiten Ihres Kalenders nicht angeben.</translation>
    </message>
    <message>
        <source>Outlook refused the request as invalid.</source>
        <translation>Outlook hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>Microsoft no longer accepts Clientele&apos;s access to your Outlook calendar. Reconnect your Microsoft account.</source>
        <translation>Microsoft akzeptiert den Zugriff von Clientele auf Ihren Outlook-Kalender nicht mehr. Verbinden Sie Ihr Microsoft-Konto erneut.</translation>
    </message>
    <message>
        <source>Your Outlook mailbox is full. Free some space in Outlook, then try again.</source>
        <translation>Ihr Outlook-Postfach ist voll. Schaffen Sie in Outlook Platz und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your Microsoft account does not allow Clientele to do this in that calendar. Check that you may edit it, or reconnect the account and grant calendar access.</source>
        <translation>Ihr Microsoft-Konto erlaubt Clientele das in diesem Kalender nicht. Prüfen Sie, ob Sie ihn bearbeiten dürfen, oder verbinden Sie das Konto erneut und erlauben Sie den Kalenderzugriff.</translation>
    </message>
    <message>
        <source>The calendar or event no longer exists in Outlook.</source>
        <translation>Der Kalender oder Termin existiert in Outlook nicht mehr.</translation>
    </message>
    <message>
        <source>Outlook is busy with another change to this event. Clientele will try again.</source>
        <translation>Outlook bearbeitet gerade eine andere Änderung an diesem Termin. Clientele versucht es erneut.</translation>
    </message>
    <message>
        <source>The event was changed in Outlook since Clientele last read it. Clientele will read it again.</source>
        <translation>Der Termin wurde in Outlook geändert, seit Clientele ihn zuletzt gelesen hat. Clientele liest ihn erneut.</translation>
    </message>
    <message>
        <source>Outlook answered with an unexpected error.</source>
        <translation>Outlook hat mit einem unerwarteten Fehler geantwortet.</translation>
    </message>
    <message>
        <source>Outlook is having trouble right now. Clientele will try again later.</source>
        <translation>Outlook hat gerade Probleme. Clientele versucht es später erneut.</translation>
    </message>
    <message>
        <source>Microsoft is limiting how fast Clientele may send requests to Outlook. Clientele will try again in a few minutes.</source>
        <translation>Microsoft begrenzt, wie schnell Clientele Anfragen an Outlook senden darf. Clientele versucht es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Clientele could not reach Outlook (Microsoft Graph). Check the internet connection.</source>
        <translation>Clientele konnte Outlook (Microsoft Graph) nicht erreichen. Prüfen Sie die Internetverbindung.</translation>
    </message>
    <message>
        <source>Outlook sent an answer Clientele could not read.</source>
        <translation>Outlook hat eine Antwort gesendet, die Clientele nicht lesen konnte.</translation>
    </message>
</context>
<context>
    <name>MimeWriter</name>
    <message>
        <source>“%1” is not an email address that mail can be sent to.</source>
        <translation>„%1“ ist keine E-Mail-Adresse, an die gesendet werden kann.</translation>
    </message>
    <message>
        <source>The message has no sender.</source>
        <translation>Die Nachricht hat keinen Absender.</translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation>Die Nachricht hat keinen Empfänger.</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>Die Nachricht hat keinen Text.</translation>
    </message>
    <message>
        <source>The message could not be put together.</source>
        <translation>Die Nachricht konnte nicht zusammengestellt werden.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is too large to be calculated exactly.</source>
        <translation>Der Betrag ist zu groß, um exakt berechnet zu werden.</translation>
    </message>
    <message>
        <source>“%1” is not an amount. Write it like 1234.50.</source>
        <translation>„%1“ ist kein Betrag. Schreiben Sie ihn etwa als 1234,50.</translation>
    </message>
    <message>
        <source>Amounts in %1 and %2 cannot be combined.</source>
        <translation>Beträge in %1 und %2 können nicht kombiniert werden.</translation>
    </message>
    <message>
        <source>An amount can be split into 1 to %1 parts.</source>
        <translation>Ein Betrag kann in 1 bis %1 Teile aufgeteilt werden.</translation>
    </message>
    <message>
        <source>An amount can only be split by shares that are not negative.</source>
        <translation>Ein Betrag kann nur nach Anteilen aufgeteilt werden, die nicht negativ sind.</translation>
    </message>
    <message>
        <source>Choose a currency first.</source>
        <translation>Wählen Sie zuerst eine Währung.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>Amounts in %1 have no decimal places.</source>
        <translation>Beträge in %1 haben keine Nachkommastellen.</translation>
    </message>
    <message numerus="yes">
        <source>Amounts in %1 have at most %n decimal place(s).</source>
        <translation>
            <numerusform>Beträge in %1 haben höchstens %n Nachkommastelle.</numerusform>
            <numerusform>Beträge in %1 haben höchstens %n Nachkommastellen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenInBrowser</name>
    <message>
        <source>No Web Browser</source>
        <translation>Kein Webbrowser</translation>
    </message>
    <message>
        <source>No web browser could be started on this computer. Copy the address and open it in a browser:</source>
        <translation>Auf diesem Computer ließ sich kein Webbrowser starten. Kopieren Sie die Adresse und öffnen Sie sie in einem Browser:</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
</context>
<context>
    <name>OutboxText</name>
    <message>
        <source>Payment link</source>
        <translation>Zahlungslink</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Stripe account</source>
        <translation>Stripe-Konto</translation>
    </message>
    <message>
        <source>Stripe onboarding link</source>
        <translation>Stripe-Einrichtungslink</translation>
    </message>
    <message>
        <source>Subscription change</source>
        <translation>Abo-Änderung</translation>
    </message>
    <message>
        <source>Subscription status</source>
        <translation>Abo-Status</translation>
    </message>
    <message>
        <source>Billing portal link</source>
        <translation>Link zum Kundenportal</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Wartet auf neuen Versuch</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>%1 Next try at %2.</source>
        <translation>%1 Nächster Versuch um %2.</translation>
    </message>
    <message>
        <source>Goes out as soon as the relay can be reached.</source>
        <translation>Geht hinaus, sobald das Relay erreichbar ist.</translation>
    </message>
    <message>
        <source>Subscription link</source>
        <translation>Abonnement-Link</translation>
    </message>
    <message>
        <source>Subscription end</source>
        <translation>Abonnement-Ende</translation>
    </message>
    <message>
        <source>Stop payment link</source>
        <translation>Zahlungslink stoppen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Goes out through your mail server as soon as it can be reached.</source>
        <translation>Geht über Ihren Mailserver hinaus, sobald er erreichbar ist.</translation>
    </message>
    <message>
        <source>To %1</source>
        <extracomment>%1 is the recipient&apos;s email address</extracomment>
        <translation>An %1</translation>
    </message>
</context>
<context>
    <name>PageFlow</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>PaymentDisputeText</name>
    <message>
        <source>the bank cannot process it</source>
        <translation>die Bank kann sie nicht verarbeiten</translation>
    </message>
    <message>
        <source>cheque returned</source>
        <translation>Scheck zurückgegeben</translation>
    </message>
    <message>
        <source>a promised refund never came</source>
        <translation>eine zugesagte Erstattung kam nie an</translation>
    </message>
    <message>
        <source>the client disputes it</source>
        <translation>der Kunde beanstandet sie</translation>
    </message>
    <message>
        <source>debit not authorised</source>
        <translation>Lastschrift nicht genehmigt</translation>
    </message>
    <message>
        <source>charged twice</source>
        <translation>doppelt belastet</translation>
    </message>
    <message>
        <source>the cardholder did not make it</source>
        <translation>nicht vom Karteninhaber veranlasst</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <source>wrong account details</source>
        <translation>falsche Kontodaten</translation>
    </message>
    <message>
        <source>insufficient funds</source>
        <translation>keine ausreichende Deckung</translation>
    </message>
    <message>
        <source>service not received</source>
        <translation>Leistung nicht erhalten</translation>
    </message>
    <message>
        <source>service not as described</source>
        <translation>Leistung nicht wie beschrieben</translation>
    </message>
    <message>
        <source>subscription was cancelled</source>
        <translation>Abonnement war gekündigt</translation>
    </message>
    <message>
        <source>the cardholder does not recognise it</source>
        <translation>der Karteninhaber erkennt sie nicht</translation>
    </message>
</context>
<context>
    <name>PaymentDisputes</name>
    <message>
        <source>Chargeback: the client&apos;s bank decided for the client</source>
        <translation>Rückbuchung: Die Bank des Kunden hat zu seinen Gunsten entschieden</translation>
    </message>
    <message>
        <source>The client&apos;s bank kept %1 of invoice %2 after a dispute, but the invoice could not record it: %3</source>
        <translation>Die Bank des Kunden hat nach einer Beanstandung %1 von Rechnung %2 einbehalten, aber die Rechnung konnte das nicht erfassen: %3</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Scheck</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>PaymentRequests</name>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>A payment link needs a web address to send the client back to after paying.</source>
        <translation>Ein Zahlungslink braucht eine Webadresse, auf die der Kunde nach dem Bezahlen zurückkehrt.</translation>
    </message>
    <message>
        <source>The invoice no longer exists.</source>
        <translation>Die Rechnung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Only an issued invoice with something still owed can get a payment link.</source>
        <translation>Nur eine ausgestellte Rechnung mit offenem Betrag kann einen Zahlungslink bekommen.</translation>
    </message>
    <message>
        <source>Nothing is owed on this invoice.</source>
        <translation>Auf dieser Rechnung ist nichts offen.</translation>
    </message>
    <message>
        <source>Invoice %1, part payment</source>
        <translation>Rechnung %1, Teilzahlung</translation>
    </message>
    <message>
        <source>A payment link can ask for more than nothing and at most the %1 owed.</source>
        <translation>Ein Zahlungslink kann mehr als nichts und höchstens die geschuldeten %1 anfordern.</translation>
    </message>
    <message>
        <source>Not needed: the invoice was paid meanwhile.</source>
        <translation>Nicht mehr nötig: Die Rechnung wurde inzwischen bezahlt.</translation>
    </message>
    <message>
        <source>Not needed: the invoice was voided.</source>
        <translation>Nicht mehr nötig: Die Rechnung wurde storniert.</translation>
    </message>
    <message>
        <source>Replaced by a newer link before it went out.</source>
        <translation>Durch einen neueren Link ersetzt, bevor er hinausging.</translation>
    </message>
</context>
<context>
    <name>PaymentSchedule</name>
    <message>
        <source>The total is too small to be split into these instalments.</source>
        <translation>Der Gesamtbetrag ist zu klein, um in diese Raten aufgeteilt zu werden.</translation>
    </message>
    <message>
        <source>A payment schedule has 1 to %1 instalments.</source>
        <translation>Ein Zahlungsplan hat 1 bis %1 Raten.</translation>
    </message>
    <message>
        <source>Every instalment needs a due date.</source>
        <translation>Jede Rate braucht ein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Instalments must be listed in date order.</source>
        <translation>Die Raten müssen nach Datum geordnet sein.</translation>
    </message>
    <message>
        <source>Every instalment must be more than zero.</source>
        <translation>Jede Rate muss größer als null sein.</translation>
    </message>
    <message>
        <source>A deposit must be more than 0 % and less than 100 % of the total.</source>
        <translation>Eine Anzahlung muss mehr als 0 % und weniger als 100 % des Gesamtbetrags betragen.</translation>
    </message>
    <message>
        <source>The balance cannot be due after the date of the booking.</source>
        <translation>Der Restbetrag darf nicht nach dem Datum der Buchung fällig sein.</translation>
    </message>
    <message>
        <source>The instalments add up to %1 %2, but the invoice total is %3 %4.</source>
        <translation>Die Raten ergeben zusammen %1 %2, der Rechnungsbetrag ist aber %3 %4.</translation>
    </message>
</context>
<context>
    <name>PdfMetadata</name>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Das PDF konnte nicht fertiggestellt werden.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>The phone number is too short. Check that no digits are missing.</source>
        <translation>Die Telefonnummer ist zu kurz. Prüfen Sie, ob Ziffern fehlen.</translation>
    </message>
    <message>
        <source>The phone number is too long. Check for extra digits.</source>
        <translation>Die Telefonnummer ist zu lang. Prüfen Sie sie auf überzählige Ziffern.</translation>
    </message>
    <message>
        <source>This is not a phone number. Enter digits, optionally with a leading +.</source>
        <translation>Das ist keine Telefonnummer. Geben Sie Ziffern ein, wahlweise mit einem + am Anfang.</translation>
    </message>
    <message>
        <source>The country code of this phone number does not exist.</source>
        <translation>Die Ländervorwahl dieser Telefonnummer gibt es nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a country that phone numbers are known for.</source>
        <translation>„%1“ ist kein Land, für das Telefonnummern bekannt sind.</translation>
    </message>
    <message>
        <source>The country of this phone number is unknown. Add the country code, e.g. +49.</source>
        <translation>Das Land dieser Telefonnummer ist unbekannt. Fügen Sie die Ländervorwahl hinzu, z. B. +49.</translation>
    </message>
    <message>
        <source>This is not a valid phone number in %1. Check the digits.</source>
        <translation>Das ist keine gültige Telefonnummer in %1. Prüfen Sie die Ziffern.</translation>
    </message>
    <message>
        <source>Enter a phone number.</source>
        <translation>Geben Sie eine Telefonnummer ein.</translation>
    </message>
    <message>
        <source>The stored phone number is not in international (E.164) form.</source>
        <translation>Die gespeicherte Telefonnummer ist nicht im internationalen Format (E.164).</translation>
    </message>
</context>
<context>
    <name>PipelineRules</name>
    <message>
        <source>Reopening moves a client back; %1 comes after %2.</source>
        <translation>Wiedereröffnen setzt einen Kunden nur zurück; „%1“ kommt nach „%2“.</translation>
    </message>
    <message>
        <source>Moving a client back from %1 to %2 needs “Reopen”.</source>
        <translation>Um einen Kunden von „%1“ zurück auf „%2“ zu setzen, verwenden Sie „Wiedereröffnen“.</translation>
    </message>
    <message>
        <source>A client becomes a repeat client only after a booking.</source>
        <translation>Ein Kunde wird erst nach einer Buchung zum Stammkunden.</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Stammkunde</translation>
    </message>
</context>
<context>
    <name>PipelineStage</name>
    <message>
        <source>Inquiry</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Repeat client</source>
        <translation>Stammkunde</translation>
    </message>
</context>
<context>
    <name>PostalAddress</name>
    <message>
        <source>The country must be a two-letter ISO 3166 code such as US, GB or DE.</source>
        <translation>Das Land muss ein zweibuchstabiger ISO-3166-Code sein, etwa US, GB oder DE.</translation>
    </message>
</context>
<context>
    <name>PracticeProfile</name>
    <message>
        <source>Enter the name of the practice.</source>
        <translation>Geben Sie den Namen der Praxis ein.</translation>
    </message>
    <message>
        <source>Choose the currency the practice bills in.</source>
        <translation>Wählen Sie die Währung, in der die Praxis abrechnet.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not known; choose one from the list.</source>
        <translation>Die Zeitzone „%1“ ist unbekannt; wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The logo is larger than %1 MB; choose a smaller image.</source>
        <translation>Das Logo ist größer als %1 MB; wählen Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>The accent colour must be written as #rrggbb.</source>
        <translation>Die Akzentfarbe muss als #rrggbb angegeben werden.</translation>
    </message>
    <message>
        <source>The invoice number pattern can&apos;t be used: %1</source>
        <translation>Das Muster für Rechnungsnummern kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and %1 days.</source>
        <translation>Das Zahlungsziel muss zwischen 0 und %1 Tagen liegen.</translation>
    </message>
    <message>
        <source>Locking after idle time must be between 0 and %1 minutes.</source>
        <translation>Die Sperre nach Inaktivität muss zwischen 0 und %1 Minuten liegen.</translation>
    </message>
    <message>
        <source>Choose the font the practice&apos;s documents are printed in.</source>
        <translation>Wählen Sie die Schriftart, in der die Dokumente der Praxis gedruckt werden.</translation>
    </message>
</context>
<context>
    <name>PracticeVault</name>
    <message>
        <source>The key file %1 is missing.</source>
        <translation>Die Schlüsseldatei %1 fehlt.</translation>
    </message>
    <message>
        <source>The key file %1 could not be read.</source>
        <translation>Die Schlüsseldatei %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Der Schlüsselbund des Systems hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>A practice already exists in %1.</source>
        <translation>In %1 gibt es bereits eine Praxis.</translation>
    </message>
    <message>
        <source>No system keychain is in use.</source>
        <translation>Es wird kein Schlüsselbund des Systems verwendet.</translation>
    </message>
</context>
<context>
    <name>ProcedureCoding</name>
    <message>
        <source>A procedure can have at most %1 modifiers.</source>
        <translation>Eine Prozedur kann höchstens %1 Modifikatoren haben.</translation>
    </message>
    <message>
        <source>Choose where the service takes place (the place-of-service code, e.g. 11).</source>
        <translation>Wählen Sie, wo die Leistung erbracht wird (den Code für den Leistungsort, z. B. 11).</translation>
    </message>
    <message>
        <source>A session counts for 1 to %1 units.</source>
        <translation>Ein Termin zählt 1 bis %1 Einheiten.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireAnswers</name>
    <message>
        <source>“%1” needs an answer.</source>
        <translation>„%1“ muss beantwortet werden.</translation>
    </message>
    <message>
        <source>“%1” takes a single answer.</source>
        <translation>„%1“ erlaubt nur eine Antwort.</translation>
    </message>
    <message>
        <source>The answer to “%1” is longer than %2 characters.</source>
        <translation>Die Antwort auf „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The answer to “%1” is not one of its options.</source>
        <translation>Die Antwort auf „%1“ ist keine der Auswahlmöglichkeiten.</translation>
    </message>
    <message>
        <source>The answer to “%1” is not a valid date.</source>
        <translation>Die Antwort auf „%1“ ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>The answers include a question this form does not have (“%1”).</source>
        <translation>Die Antworten enthalten eine Frage, die es in diesem Formular nicht gibt („%1“).</translation>
    </message>
</context>
<context>
    <name>QuestionnaireTemplate</name>
    <message>
        <source>A question id must be 1–64 lowercase letters, digits, “_” or “-”.</source>
        <translation>Eine Fragen-ID muss aus 1–64 Kleinbuchstaben, Ziffern, „_“ oder „-“ bestehen.</translation>
    </message>
    <message>
        <source>Every question needs a label.</source>
        <translation>Jede Frage braucht eine Beschriftung.</translation>
    </message>
    <message>
        <source>“%1” is not a choice question and cannot have options.</source>
        <translation>„%1“ ist keine Auswahlfrage und kann keine Auswahlmöglichkeiten haben.</translation>
    </message>
    <message>
        <source>“%1” needs at least one option to choose from.</source>
        <translation>„%1“ braucht mindestens eine Auswahlmöglichkeit.</translation>
    </message>
    <message>
        <source>The options of “%1” must be filled in and different.</source>
        <translation>Die Auswahlmöglichkeiten von „%1“ müssen ausgefüllt und voneinander verschieden sein.</translation>
    </message>
    <message>
        <source>Two questions cannot have the same id “%1”.</source>
        <translation>Zwei Fragen können nicht dieselbe ID „%1“ haben.</translation>
    </message>
</context>
<context>
    <name>RecordStatus</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Angesehen</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulliert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Undeliverable</source>
        <translation>Nicht zustellbar</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>&quot;%1&quot; in BYDAY is not a day like MO, TU or 2TU</source>
        <translation>„%1“ in BYDAY ist kein Tag wie MO, TU oder 2TU</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in BYDAY: the number before the day must be 1 to 5 or -1 to -5</source>
        <translation>„%1“ in BYDAY: Die Zahl vor dem Tag muss 1 bis 5 oder -1 bis -5 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in BYMONTHDAY must be a day from 1 to 31 or -1 to -31</source>
        <translation>„%1“ in BYMONTHDAY muss ein Tag von 1 bis 31 oder -1 bis -31 sein</translation>
    </message>
    <message>
        <source>The repeat rule is empty</source>
        <translation>Die Wiederholungsregel ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form NAME=VALUE</source>
        <translation>„%1“ hat nicht die Form NAME=WERT</translation>
    </message>
    <message>
        <source>%1 appears more than once</source>
        <translation>%1 kommt mehr als einmal vor</translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation>%1 hat keinen Wert</translation>
    </message>
    <message>
        <source>Repeating %1 is not supported; use DAILY, WEEKLY or MONTHLY</source>
        <translation>Die Wiederholung %1 wird nicht unterstützt; verwenden Sie DAILY, WEEKLY oder MONTHLY</translation>
    </message>
    <message>
        <source>INTERVAL must be a whole number from 1 to %1</source>
        <translation>INTERVAL muss eine ganze Zahl von 1 bis %1 sein</translation>
    </message>
    <message>
        <source>COUNT must be a whole number of at least 1</source>
        <translation>COUNT muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>UNTIL must be a date like 20250131 or a UTC time like 20250131T235959Z</source>
        <translation>UNTIL muss ein Datum wie 20250131 oder eine UTC-Zeit wie 20250131T235959Z sein</translation>
    </message>
    <message>
        <source>WKST must be a day like MO or SU</source>
        <translation>WKST muss ein Tag wie MO oder SU sein</translation>
    </message>
    <message>
        <source>%1 is not supported in repeat rules</source>
        <translation>%1 wird in Wiederholungsregeln nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 is not a known part of a repeat rule</source>
        <translation>%1 ist kein bekannter Bestandteil einer Wiederholungsregel</translation>
    </message>
    <message>
        <source>The repeat rule needs FREQ (DAILY, WEEKLY or MONTHLY)</source>
        <translation>Die Wiederholungsregel braucht FREQ (DAILY, WEEKLY oder MONTHLY)</translation>
    </message>
    <message>
        <source>A repeat rule can have COUNT or UNTIL, not both</source>
        <translation>Eine Wiederholungsregel kann COUNT oder UNTIL enthalten, nicht beides</translation>
    </message>
    <message>
        <source>BYMONTHDAY only works with FREQ=MONTHLY</source>
        <translation>BYMONTHDAY funktioniert nur mit FREQ=MONTHLY</translation>
    </message>
    <message>
        <source>Use BYDAY or BYMONTHDAY, not both</source>
        <translation>Verwenden Sie BYDAY oder BYMONTHDAY, nicht beides</translation>
    </message>
    <message>
        <source>Numbered days like 2TU only work with FREQ=MONTHLY</source>
        <translation>Nummerierte Tage wie 2TU funktionieren nur mit FREQ=MONTHLY</translation>
    </message>
</context>
<context>
    <name>RefundRequests</name>
    <message>
        <source>Stripe gave %1 back to the client, but invoice %2 could not record it: %3</source>
        <translation>Stripe hat dem Kunden %1 erstattet, aber Rechnung %2 konnte das nicht erfassen: %3</translation>
    </message>
    <message>
        <source>The invoice no longer exists.</source>
        <translation>Die Rechnung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This payment did not come through Stripe. Record a refund you made another way instead.</source>
        <translation>Diese Zahlung kam nicht über Stripe. Erfassen Sie stattdessen eine Erstattung, die Sie auf anderem Weg geleistet haben.</translation>
    </message>
    <message>
        <source>Only %1 of this payment is left to refund: %2 is already on its way back.</source>
        <translation>Von dieser Zahlung können nur noch %1 erstattet werden: %2 sind bereits auf dem Rückweg.</translation>
    </message>
    <message>
        <source>Only %1 of this payment is left to refund.</source>
        <translation>Von dieser Zahlung können nur noch %1 erstattet werden.</translation>
    </message>
    <message>
        <source>Stripe could not give %1 back to the client&apos;s card for invoice %2; the money stays with you. The invoice still shows the refund: record the money as a payment if the client still owes it.</source>
        <translation>Stripe konnte %1 für Rechnung %2 nicht auf die Karte des Kunden zurückbuchen; das Geld bleibt bei Ihnen. Die Rechnung zeigt die Erstattung weiterhin: Erfassen Sie das Geld als Zahlung, wenn der Kunde es noch schuldet.</translation>
    </message>
    <message>
        <source>Refunded in Stripe</source>
        <translation>In Stripe erstattet</translation>
    </message>
    <message>
        <source>Stripe has already made this refund.</source>
        <translation>Stripe hat diese Erstattung bereits ausgeführt.</translation>
    </message>
</context>
<context>
    <name>RelayBatchClient</name>
    <message>
        <source>This computer&apos;s clock is more than 10 minutes ahead, so its changes are not sent. Set the date and time automatically in the system settings.</source>
        <translation>Die Uhr dieses Computers geht mehr als 10 Minuten vor, daher werden seine Änderungen nicht gesendet. Lassen Sie Datum und Uhrzeit in den Systemeinstellungen automatisch stellen.</translation>
    </message>
</context>
<context>
    <name>RelayCommandClient</name>
    <message>
        <source>This number replied STOP, so it gets no texts until it replies START.</source>
        <translation>Diese Nummer hat mit STOP geantwortet und bekommt keine SMS, bis sie mit START antwortet.</translation>
    </message>
    <message>
        <source>The relay does not know this request.</source>
        <translation>Das Relay kennt diesen Auftrag nicht.</translation>
    </message>
    <message>
        <source>The server at the relay&apos;s address answered, but not as a Clientele relay.</source>
        <translation>Der Server unter der Adresse des Relays hat geantwortet, aber nicht als Clientele-Relay.</translation>
    </message>
</context>
<context>
    <name>RelayEnrollmentClient</name>
    <message>
        <source>This computer&apos;s relay credentials in the keychain are damaged. Disconnect and connect again.</source>
        <translation>Die Relay-Zugangsdaten dieses Computers im Schlüsselbund sind beschädigt. Trennen und erneut verbinden.</translation>
    </message>
    <message>
        <source>The pairing code could not be made.</source>
        <translation>Der Kopplungscode konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>A pairing code is 20 letters and digits, as the other computer shows it (dashes may be left out).</source>
        <translation>Ein Kopplungscode besteht aus 20 Buchstaben und Ziffern, so wie ihn der andere Computer zeigt (Bindestriche können entfallen).</translation>
    </message>
    <message>
        <source>The pairing code could not be read.</source>
        <translation>Der Kopplungscode konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The practice&apos;s keys arrived damaged. Make a new code on the other computer and try again.</source>
        <translation>Die Schlüssel der Praxis kamen beschädigt an. Erstellen Sie auf dem anderen Computer einen neuen Code und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>RelayFeedHost</name>
    <message>
        <source>The relay keeps another practice&apos;s feed at this address. Reset the feed&apos;s address.</source>
        <translation>Das Relay führt unter dieser Adresse den Feed einer anderen Praxis. Setzen Sie die Adresse des Feeds zurück.</translation>
    </message>
    <message>
        <source>The feed is larger than the relay accepts. Show clients by initials or code, or fewer sessions.</source>
        <translation>Der Feed ist größer, als das Relay annimmt. Zeigen Sie Klienten mit Initialen oder Code oder weniger Sitzungen.</translation>
    </message>
</context>
<context>
    <name>RelayLogPage</name>
    <message>
        <source>The server at the relay&apos;s address answered, but not as a Clientele relay.</source>
        <translation>Der Server unter der Adresse des Relays hat geantwortet, aber nicht als Clientele-Relay.</translation>
    </message>
</context>
<context>
    <name>RelayReplies</name>
    <message>
        <source>The relay could not be reached. Check the address and the internet connection.</source>
        <translation>Das Relay ist nicht erreichbar. Prüfen Sie die Adresse und die Internetverbindung.</translation>
    </message>
    <message>
        <source>The relay no longer accepts this computer. Connect it to the relay again.</source>
        <translation>Das Relay akzeptiert diesen Computer nicht mehr. Verbinden Sie ihn erneut mit dem Relay.</translation>
    </message>
    <message>
        <source>The relay asked to slow down. Try again in a little while.</source>
        <translation>Das Relay bittet um Geduld. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The relay is having trouble (HTTP %1). Try again later.</source>
        <translation>Das Relay hat Probleme (HTTP %1). Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The relay refused the request (HTTP %1).</source>
        <translation>Das Relay hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>RelayVaultClient</name>
    <message>
        <source>Enter the relay&apos;s address.</source>
        <translation>Geben Sie die Adresse des Relays ein.</translation>
    </message>
    <message>
        <source>“%1” is not a relay address; it looks like https://relay.example.com.</source>
        <translation>„%1“ ist keine Relay-Adresse; sie sieht aus wie https://relay.example.com.</translation>
    </message>
    <message>
        <source>The relay must use https://; plain http:// is only for a relay on this computer.</source>
        <translation>Das Relay muss https:// verwenden; einfaches http:// nur für ein Relay auf diesem Computer.</translation>
    </message>
    <message>
        <source>The server at this address answered, but not as a Clientele relay.</source>
        <translation>Der Server unter dieser Adresse hat geantwortet, aber nicht als Clientele-Relay.</translation>
    </message>
    <message>
        <source>The relay does not know this code: it was mistyped, used already or ran out (a code lasts 10 minutes). Make a new one on the other computer.</source>
        <translation>Das Relay kennt diesen Code nicht: Er wurde vertippt, schon verwendet oder ist abgelaufen (ein Code gilt 10 Minuten). Erstellen Sie auf dem anderen Computer einen neuen.</translation>
    </message>
    <message>
        <source>The code does not match the one the other computer shows, and cannot be used again. Make a new code there and type it carefully.</source>
        <translation>Der Code stimmt nicht mit dem überein, den der andere Computer zeigt, und kann nicht erneut verwendet werden. Erstellen Sie dort einen neuen Code und tippen Sie ihn sorgfältig ein.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Reminder from %1: your %2 is on %3 at %4. Reply C to confirm or R to ask for another time.</source>
        <translation>Erinnerung von %1: Ihr Termin „%2“ ist am %3 um %4. Antworten Sie mit C zum Bestätigen oder mit R für einen anderen Termin.</translation>
    </message>
    <message>
        <source>Not sent: its moment had passed (this computer was off, or the session was booked later), and a late reminder would confuse.</source>
        <translation>Nicht gesendet: Ihr Zeitpunkt war vorbei (dieser Computer war aus, oder der Termin wurde später gebucht), und eine verspätete Erinnerung würde verwirren.</translation>
    </message>
    <message>
        <source>Not sent: the session was moved.</source>
        <translation>Nicht gesendet: Der Termin wurde verschoben.</translation>
    </message>
    <message>
        <source>Not sent: the session was canceled or is over.</source>
        <translation>Nicht gesendet: Der Termin wurde storniert oder ist vorbei.</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>The time zone &quot;%1&quot; is not known</source>
        <translation>Die Zeitzone „%1“ ist unbekannt</translation>
    </message>
    <message>
        <source>The session needs a valid start and end</source>
        <translation>Der Termin braucht einen gültigen Beginn und ein gültiges Ende</translation>
    </message>
    <message>
        <source>The session must end after it starts</source>
        <translation>Der Termin muss nach seinem Beginn enden</translation>
    </message>
    <message>
        <source>A session can&apos;t be longer than %1 days</source>
        <translation>Ein Termin kann nicht länger als %1 Tage dauern</translation>
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
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nichts zu senden</translation>
    </message>
    <message>
        <source>Payment links, refunds and text messages will wait here until the relay has them, with how each one went.</source>
        <translation>Zahlungslinks, Erstattungen und SMS warten hier, bis das Relay sie hat, und zeigen, wie es jeweils ausging.</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>The service has no identifier.</source>
        <translation>Die Leistung hat keine Kennung.</translation>
    </message>
    <message>
        <source>Give the service a name.</source>
        <translation>Geben Sie der Leistung einen Namen.</translation>
    </message>
    <message>
        <source>A service name can have at most %1 characters.</source>
        <translation>Ein Leistungsname darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>A session must last at least one minute.</source>
        <translation>Ein Termin muss mindestens eine Minute dauern.</translation>
    </message>
    <message>
        <source>A session can last at most 7 days.</source>
        <translation>Ein Termin darf höchstens 7 Tage dauern.</translation>
    </message>
    <message>
        <source>The time kept free before and after a session cannot be negative.</source>
        <translation>Die freigehaltene Zeit vor und nach einem Termin darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The time kept free before or after a session can be at most 24 hours.</source>
        <translation>Die freigehaltene Zeit vor oder nach einem Termin darf höchstens 24 Stunden betragen.</translation>
    </message>
    <message>
        <source>Choose a currency for the price.</source>
        <translation>Wählen Sie eine Währung für den Preis.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>Der Preis darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>A reminder must be sent before the session starts.</source>
        <translation>Eine Erinnerung muss vor Beginn des Termins gesendet werden.</translation>
    </message>
    <message>
        <source>A reminder can be sent at most 90 days before the session.</source>
        <translation>Eine Erinnerung kann höchstens 90 Tage vor dem Termin gesendet werden.</translation>
    </message>
    <message>
        <source>The reminder plan lists the same reminder twice.</source>
        <translation>Der Erinnerungsplan enthält dieselbe Erinnerung zweimal.</translation>
    </message>
    <message>
        <source>The deposit must be in the currency of the price (%1).</source>
        <translation>Die Anzahlung muss in der Währung des Preises (%1) angegeben sein.</translation>
    </message>
    <message>
        <source>A fixed deposit must be more than zero.</source>
        <translation>Eine feste Anzahlung muss größer als null sein.</translation>
    </message>
    <message>
        <source>The deposit cannot be more than the price.</source>
        <translation>Die Anzahlung darf nicht höher als der Preis sein.</translation>
    </message>
    <message>
        <source>A deposit percentage must be more than 0 % and at most 100 %.</source>
        <translation>Eine prozentuale Anzahlung muss größer als 0 % und höchstens 100 % sein.</translation>
    </message>
</context>
<context>
    <name>ServicePackage</name>
    <message>
        <source>The package is not linked to a service.</source>
        <translation>Das Paket ist mit keiner Leistung verknüpft.</translation>
    </message>
    <message>
        <source>A package holds between 1 and %1 sessions.</source>
        <translation>Ein Paket umfasst 1 bis %1 Termine.</translation>
    </message>
    <message>
        <source>Choose a currency for the package price.</source>
        <translation>Wählen Sie eine Währung für den Paketpreis.</translation>
    </message>
    <message>
        <source>The package price cannot be negative.</source>
        <translation>Der Paketpreis darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>A package is valid for 1 day to 10 years, or without limit.</source>
        <translation>Ein Paket gilt 1 Tag bis 10 Jahre oder unbegrenzt.</translation>
    </message>
</context>
<context>
    <name>SmtpTransport</name>
    <message>
        <source>The keychain did not hand over the mail server’s password in time.</source>
        <translation>Der Schlüsselbund hat das Passwort des Mailservers nicht rechtzeitig herausgegeben.</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The key does not open the practice database.</source>
        <translation>Der Schlüssel öffnet die Praxisdatenbank nicht.</translation>
    </message>
    <message>
        <source>The practice database is damaged.</source>
        <translation>Die Praxisdatenbank ist beschädigt.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The practice database could not be read or written.</source>
        <translation>Die Praxisdatenbank konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>The change conflicts with data already stored.</source>
        <translation>Die Änderung steht im Widerspruch zu bereits gespeicherten Daten.</translation>
    </message>
    <message>
        <source>The practice database is busy.</source>
        <translation>Die Praxisdatenbank ist gerade belegt.</translation>
    </message>
    <message>
        <source>A database operation failed.</source>
        <translation>Ein Datenbankvorgang ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>StatementDocument</name>
    <message>
        <source>Statement</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <source>%1 %2 – %3</source>
        <extracomment>Document title and file name: &quot;Statement 2026-11-30 – Jane Doe&quot;</extracomment>
        <translation>%1 %2 – %3</translation>
    </message>
    <message>
        <source>Account of</source>
        <translation>Konto von</translation>
    </message>
    <message>
        <source>Statement date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Invoice %1, due %2</source>
        <translation>Rechnung %1, fällig am %2</translation>
    </message>
    <message>
        <source>Payment, %1 – invoice %2</source>
        <translation>Zahlung, %1 – Rechnung %2</translation>
    </message>
    <message>
        <source>Refund – invoice %1: %2</source>
        <translation>Rückerstattung – Rechnung %1: %2</translation>
    </message>
    <message>
        <source>%1 has no issued invoices up to %2, so there is no statement to print.</source>
        <translation>%1 hat bis zum %2 keine ausgestellten Rechnungen, daher gibt es keinen Kontoauszug zu drucken.</translation>
    </message>
    <message>
        <source>Account in %1</source>
        <translation>Konto in %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Belastungen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <source>Open invoices</source>
        <translation>Offene Rechnungen</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The practice is locked. Unlock it first.</source>
        <translation>Die Praxis ist gesperrt. Entsperren Sie sie zuerst.</translation>
    </message>
    <message>
        <source>A practice is already open.</source>
        <translation>Es ist bereits eine Praxis geöffnet.</translation>
    </message>
    <message>
        <source>The key file could not be written to %1.</source>
        <translation>Die Schlüsseldatei konnte nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <source>The practice database is damaged.</source>
        <translation>Die Praxisdatenbank ist beschädigt.</translation>
    </message>
    <message>
        <source>There is no practice in %1.</source>
        <translation>In %1 gibt es keine Praxis.</translation>
    </message>
    <message>
        <source>This key belongs to a different practice.</source>
        <translation>Dieser Schlüssel gehört zu einer anderen Praxis.</translation>
    </message>
    <message>
        <source>The practice database is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>Die Praxisdatenbank ist beschädigt und kann nicht geöffnet werden. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>This practice was saved by a newer version of Clientele. Update Clientele to open it.</source>
        <translation>Diese Praxis wurde mit einer neueren Version von Clientele gespeichert. Aktualisieren Sie Clientele, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>A practice already exists in %1.</source>
        <translation>In %1 gibt es bereits eine Praxis.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>StripeAccount</name>
    <message>
        <source>Set the practice&apos;s country in Settings → Practice first: Stripe needs it.</source>
        <translation>Legen Sie zuerst das Land der Praxis unter Einstellungen → Praxis fest: Stripe braucht es.</translation>
    </message>
</context>
<context>
    <name>SubscriptionInvoices</name>
    <message>
        <source>%1 (subscription)</source>
        <translation>%1 (Abonnement)</translation>
    </message>
    <message>
        <source>Charged by card through Stripe (%1).</source>
        <translation>Per Karte über Stripe abgebucht (%1).</translation>
    </message>
</context>
<context>
    <name>Subscriptions</name>
    <message>
        <source>The subscription no longer exists.</source>
        <translation>Das Abonnement gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Only a subscription the client has paid for and that has not ended can change.</source>
        <translation>Nur ein Abonnement, das der Kunde bezahlt hat und das nicht beendet ist, kann geändert werden.</translation>
    </message>
    <message>
        <source>Name what the client subscribes to, in at most 250 characters.</source>
        <translation>Geben Sie an, was der Kunde abonniert, mit höchstens 250 Zeichen.</translation>
    </message>
    <message>
        <source>A subscription costs more than nothing.</source>
        <translation>Ein Abonnement kostet mehr als nichts.</translation>
    </message>
    <message>
        <source>The client takes 1 to 1000 of it each period.</source>
        <translation>Der Kunde nimmt pro Zeitraum 1 bis 1000 davon.</translation>
    </message>
    <message>
        <source>A subscription link needs a web address to send the client back to after paying.</source>
        <translation>Ein Abonnement-Link braucht eine Webadresse, zu der der Kunde nach dem Bezahlen zurückkehrt.</translation>
    </message>
    <message>
        <source>The client no longer exists.</source>
        <translation>Den Kunden gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The subscription has that quantity already.</source>
        <translation>Das Abonnement hat diese Anzahl schon.</translation>
    </message>
    <message>
        <source>The subscription already ends at the end of this period.</source>
        <translation>Das Abonnement endet bereits mit diesem Zeitraum.</translation>
    </message>
    <message>
        <source>The subscription is not set to end.</source>
        <translation>Das Abonnement ist nicht zum Beenden vorgemerkt.</translation>
    </message>
    <message>
        <source>The billing portal opens once the client has paid for the subscription.</source>
        <translation>Das Abrechnungsportal öffnet sich, sobald der Kunde das Abonnement bezahlt hat.</translation>
    </message>
    <message>
        <source>The billing portal needs a web address to send the client back to.</source>
        <translation>Das Abrechnungsportal braucht eine Webadresse, zu der der Kunde zurückkehrt.</translation>
    </message>
    <message>
        <source>A newer change to this subscription replaced this one. Make the change again if you still want it.</source>
        <translation>Eine neuere Änderung dieses Abonnements hat diese ersetzt. Nehmen Sie die Änderung erneut vor, wenn Sie sie noch wollen.</translation>
    </message>
    <message>
        <source>This subscription has its link already, or the client has paid it.</source>
        <translation>Dieses Abonnement hat schon seinen Link, oder der Kunde hat es bezahlt.</translation>
    </message>
</context>
<context>
    <name>SuperbillDocument</name>
    <message>
        <source>A superbill needs your NPI. Add it in Settings → Practice.</source>
        <translation>Für eine Superbill wird Ihre NPI benötigt. Tragen Sie sie unter Einstellungen → Praxis ein.</translation>
    </message>
    <message>
        <source>A superbill needs your tax ID (EIN or SSN). Add it in Settings → Practice.</source>
        <translation>Für eine Superbill wird Ihre Steuernummer (EIN oder SSN) benötigt. Tragen Sie sie unter Einstellungen → Praxis ein.</translation>
    </message>
    <message>
        <source>A superbill needs %1&apos;s date of birth. Add it on their client page.</source>
        <translation>Für eine Superbill wird das Geburtsdatum von %1 benötigt. Tragen Sie es auf der Kundenseite ein.</translation>
    </message>
    <message>
        <source>A superbill needs at least one ICD-10 diagnosis code for %1. Add it on their client page.</source>
        <translation>Für eine Superbill wird mindestens ein ICD-10-Diagnosecode für %1 benötigt. Tragen Sie ihn auf der Kundenseite ein.</translation>
    </message>
    <message>
        <source>%1 had no sessions between %2 and %3.</source>
        <translation>%1 hatte zwischen %2 und %3 keine Termine.</translation>
    </message>
    <message>
        <source>The service “%1” has no CPT code. Add one in Settings → Services.</source>
        <translation>Die Leistung „%1“ hat keinen CPT-Code. Tragen Sie einen unter Einstellungen → Leistungen ein.</translation>
    </message>
    <message>
        <source>Superbill</source>
        <translation>Superbill</translation>
    </message>
    <message>
        <source>%1 %2 to %3 – %4</source>
        <extracomment>Document title and file name: &quot;Superbill 2026-11-01 to 2026-11-30 – Jane Doe&quot;</extracomment>
        <translation>%1 %2 bis %3 – %4</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Ausstellungsdatum</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Leistungserbringer</translation>
    </message>
    <message>
        <source>Rendering provider</source>
        <translation>Behandelnder Leistungserbringer</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Diagnoses (ICD-10-CM)</source>
        <translation>Diagnosen (ICD-10-CM)</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>Zeiger</translation>
    </message>
    <message>
        <source>ICD-10 code</source>
        <translation>ICD-10-Code</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Date of service</source>
        <translation>Leistungsdatum</translation>
    </message>
    <message>
        <source>POS</source>
        <translation>POS</translation>
    </message>
    <message>
        <source>CPT/HCPCS</source>
        <translation>CPT/HCPCS</translation>
    </message>
    <message>
        <source>Modifiers</source>
        <translation>Modifik.</translation>
    </message>
    <message>
        <source>Dx pointer</source>
        <translation>Dx-Zeiger</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Place of service %1</source>
        <translation>Leistungsort %1</translation>
    </message>
    <message>
        <source>Total fees</source>
        <translation>Honorare gesamt</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Bezahlter Betrag</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>This superbill lists services the patient has received and paid for, so that they can claim reimbursement from their insurer, HSA or FSA. The provider does not bill the insurer directly.</source>
        <translation>Diese Superbill führt Leistungen auf, die der Patient erhalten und bezahlt hat, damit er sich die Kosten von seiner Versicherung oder über sein HSA- oder FSA-Konto erstatten lassen kann. Der Leistungserbringer rechnet nicht direkt mit der Versicherung ab.</translation>
    </message>
    <message>
        <source>Provider signature</source>
        <translation>Unterschrift des Leistungserbringers</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>TaxRate</name>
    <message>
        <source>A tax rate needs a code.</source>
        <translation>Ein Steuersatz braucht einen Code.</translation>
    </message>
    <message>
        <source>A tax code can have at most 32 characters.</source>
        <translation>Ein Steuercode darf höchstens 32 Zeichen haben.</translation>
    </message>
    <message>
        <source>The tax rate “%1” must be between 0 % and 1000 %.</source>
        <translation>Der Steuersatz „%1“ muss zwischen 0 % und 1000 % liegen.</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>The file says it is UTF-16 text but is damaged near line %1. Export it again, preferably as UTF-8.</source>
        <translation>Die Datei gibt an, UTF-16-Text zu sein, ist aber in der Nähe von Zeile %1 beschädigt. Exportieren Sie sie erneut, am besten als UTF-8.</translation>
    </message>
    <message>
        <source>The file is UTF-32 text, which cannot be imported. Save it again as UTF-8.</source>
        <translation>Die Datei enthält UTF-32-Text, der nicht importiert werden kann. Speichern Sie sie erneut als UTF-8.</translation>
    </message>
    <message>
        <source>Line %1 contains a zero byte, so this is not a UTF-8 text file (it may be UTF-16 without a byte order mark, or not a text file at all). Save it again as UTF-8.</source>
        <translation>Zeile %1 enthält ein Null-Byte, daher ist dies keine UTF-8-Textdatei (vielleicht UTF-16 ohne Byte-Order-Mark oder gar keine Textdatei). Speichern Sie sie erneut als UTF-8.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text. Save the file again with the encoding &quot;UTF-8&quot; (in Excel: &quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>Zeile %1 ist kein gültiger UTF-8-Text. Speichern Sie die Datei erneut mit der Codierung „UTF-8“ (in Excel: „CSV UTF-8“) und importieren Sie sie noch einmal.</translation>
    </message>
</context>
<context>
    <name>TextMessages</name>
    <message>
        <source>The client no longer exists.</source>
        <translation>Den Kunden gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This client does not want texts (they replied STOP or withdrew consent).</source>
        <translation>Dieser Kunde möchte keine SMS (er hat mit STOP geantwortet oder seine Einwilligung widerrufen).</translation>
    </message>
    <message>
        <source>This client has not agreed to receive texts. Record their consent on the client first.</source>
        <translation>Dieser Kunde hat dem Empfang von SMS nicht zugestimmt. Erfassen Sie zuerst seine Einwilligung beim Kunden.</translation>
    </message>
    <message>
        <source>This client has no mobile number to text.</source>
        <translation>Dieser Kunde hat keine Mobilnummer für SMS.</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the limit for one import. Split it into smaller files.</source>
        <translation>Die Datei ist größer als %1 MB, die Grenze für einen Import. Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>This card has no VERSION line, so it was skipped. Add &quot;VERSION:3.0&quot; after BEGIN:VCARD.</source>
        <translation>Diese Karte hat keine VERSION-Zeile und wurde daher übersprungen. Fügen Sie „VERSION:3.0“ nach BEGIN:VCARD ein.</translation>
    </message>
    <message>
        <source>This card has VERSION %1; only vCard 2.1, 3.0 and 4.0 can be read.</source>
        <translation>Diese Karte hat VERSION %1; nur vCard 2.1, 3.0 und 4.0 können gelesen werden.</translation>
    </message>
    <message>
        <source>This card has no name, organisation or email address, so it was skipped.</source>
        <translation>Diese Karte hat weder Namen noch Organisation noch E-Mail-Adresse und wurde daher übersprungen.</translation>
    </message>
    <message>
        <source>This line is not a vCard property (it has no colon), so it was ignored.</source>
        <translation>Diese Zeile ist keine vCard-Eigenschaft (sie enthält keinen Doppelpunkt) und wurde daher ignoriert.</translation>
    </message>
    <message>
        <source>This card has no END:VCARD before the next card begins on line %1, so it was skipped.</source>
        <translation>Vor der nächsten Karte in Zeile %1 fehlt END:VCARD, daher wurde diese Karte übersprungen.</translation>
    </message>
    <message>
        <source>END:VCARD without a BEGIN:VCARD before it; the line was ignored.</source>
        <translation>END:VCARD ohne vorangehendes BEGIN:VCARD; die Zeile wurde ignoriert.</translation>
    </message>
    <message>
        <source>This line is outside any BEGIN:VCARD … END:VCARD block, so it was ignored.</source>
        <translation>Diese Zeile steht außerhalb eines Blocks BEGIN:VCARD … END:VCARD und wurde daher ignoriert.</translation>
    </message>
    <message>
        <source>This card has no END:VCARD, so it was skipped. The file may be cut off.</source>
        <translation>Diese Karte hat kein END:VCARD und wurde daher übersprungen. Die Datei ist möglicherweise abgeschnitten.</translation>
    </message>
    <message>
        <source>The file contains no contact card (no BEGIN:VCARD line). Check that it is a vCard (.vcf) file.</source>
        <translation>Die Datei enthält keine Kontaktkarte (keine Zeile BEGIN:VCARD). Prüfen Sie, ob es eine vCard-Datei (.vcf) ist.</translation>
    </message>
</context>
<context>
    <name>VaultInbox</name>
    <message>
        <source>Something that came in through the relay could not be applied: %1</source>
        <translation>Etwas, das über das Relay eingegangen ist, konnte nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>Something came in through the relay that this computer&apos;s key cannot open. If the practice&apos;s keys were renewed on another computer, connect this one to the relay again.</source>
        <translation>Über das Relay ist etwas eingegangen, das der Schlüssel dieses Computers nicht öffnen kann. Wurden die Schlüssel der Praxis auf einem anderen Computer erneuert, verbinden Sie diesen Computer erneut mit dem Relay.</translation>
    </message>
</context>
<context>
    <name>WallClock</name>
    <message>
        <source>The date or time is not valid</source>
        <translation>Das Datum oder die Uhrzeit ist ungültig</translation>
    </message>
    <message>
        <source>The time zone is not known</source>
        <translation>Die Zeitzone ist unbekannt</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 in %3 because the clocks move forward; choose a later time</source>
        <translation>%1 gibt es am %2 in %3 nicht, weil die Uhren vorgestellt werden; wählen Sie eine spätere Uhrzeit</translation>
    </message>
</context>
<context>
    <name>clientele::AccountWiring</name>
    <message>
        <source>Connect %1 — Clientele</source>
        <translation>Mit %1 verbinden — Clientele</translation>
    </message>
</context>
<context>
    <name>clientele::CalendarSyncScheduler</name>
    <message>
        <source>The calendar could not be synced.</source>
        <translation>Der Kalender konnte nicht synchronisiert werden.</translation>
    </message>
    <message>
        <source>This version of Clientele cannot sync this kind of account.</source>
        <translation>Diese Version von Clientele kann diese Art von Konto nicht synchronisieren.</translation>
    </message>
    <message>
        <source>The system keychain, where this account&apos;s sign-in is kept, is not available.</source>
        <translation>Der Schlüsselbund des Systems, in dem die Anmeldung dieses Kontos liegt, ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>This account is no longer connected on this computer.</source>
        <translation>Dieses Konto ist auf diesem Computer nicht mehr verbunden.</translation>
    </message>
</context>
<context>
    <name>clientele::LoopbackRedirectListener</name>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Sign-in already finished</source>
        <translation>Anmeldung bereits abgeschlossen</translation>
    </message>
    <message>
        <source>You can close this tab.</source>
        <translation>Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Clientele</source>
        <translation>Clientele</translation>
    </message>
    <message>
        <source>You can close this tab and return to Clientele.</source>
        <translation>Sie können diesen Tab schließen und zu Clientele zurückkehren.</translation>
    </message>
</context>
<context>
    <name>clientele::OAuth</name>
    <message>
        <source>Signing in to %1 was cancelled.</source>
        <translation>Die Anmeldung bei %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Clientele could not open your web browser to sign in to %1. Check that a default browser is set.</source>
        <translation>Clientele konnte Ihren Webbrowser für die Anmeldung bei %1 nicht öffnen. Prüfen Sie, ob ein Standardbrowser eingestellt ist.</translation>
    </message>
    <message>
        <source>Clientele stopped waiting for the browser to finish signing in to %1. Try again.</source>
        <translation>Clientele hat aufgehört, auf den Abschluss der Anmeldung bei %1 im Browser zu warten. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>You did not allow Clientele to use your %1 account, so it was not connected.</source>
        <translation>Sie haben Clientele den Zugriff auf Ihr %1-Konto nicht erlaubt, daher wurde es nicht verbunden.</translation>
    </message>
    <message>
        <source>The connection to your %1 account has expired or was revoked. Reconnect the account.</source>
        <translation>Die Verbindung zu Ihrem %1-Konto ist abgelaufen oder wurde widerrufen. Verbinden Sie das Konto erneut.</translation>
    </message>
    <message>
        <source>The sign-in answer from %1 did not belong to this sign-in and was refused (possible forgery). Try again.</source>
        <translation>Die Anmeldeantwort von %1 gehörte nicht zu dieser Anmeldung und wurde abgelehnt (mögliche Fälschung). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>You signed in to %1 with a different account from the one being reconnected. Sign in with that account.</source>
        <translation>Sie haben sich bei %1 mit einem anderen Konto angemeldet als dem, das erneut verbunden wird. Melden Sie sich mit diesem Konto an.</translation>
    </message>
    <message>
        <source>Clientele could not reach %1. Check the internet connection and try again.</source>
        <translation>Clientele konnte %1 nicht erreichen. Prüfen Sie die Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 answered with an error or something unexpected. Try again later.</source>
        <translation>%1 hat mit einem Fehler oder etwas Unerwartetem geantwortet. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The answer from %1 could not be read. Try again later.</source>
        <translation>Die Antwort von %1 konnte nicht gelesen werden. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 does not accept this version of Clientele&apos;s sign-in settings. Please report this.</source>
        <translation>%1 akzeptiert die Anmeldeeinstellungen dieser Clientele-Version nicht. Bitte melden Sie das.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in. Try connecting the account again.</source>
        <translation>%1 hat die Anmeldung abgelehnt. Versuchen Sie erneut, das Konto zu verbinden.</translation>
    </message>
    <message>
        <source>The sign-in settings for %1 have no valid redirect address.</source>
        <translation>Die Anmeldeeinstellungen für %1 enthalten keine gültige Weiterleitungsadresse.</translation>
    </message>
    <message>
        <source>The sign-in page of %1 could not prove that it is genuine (its security certificate is not trusted), so Clientele stopped. Check the date and time of this computer, or whether a network filter intercepts secure connections.</source>
        <translation>Die Anmeldeseite von %1 konnte nicht nachweisen, dass sie echt ist (ihrem Sicherheitszertifikat wird nicht vertraut), daher hat Clientele abgebrochen. Prüfen Sie Datum und Uhrzeit dieses Computers oder ob ein Netzwerkfilter sichere Verbindungen abfängt.</translation>
    </message>
    <message>
        <source>The connected-account settings in %1 cannot be used: %2</source>
        <translation>Die Einstellungen für verbundene Konten in %1 können nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>clientele::SignInWindow</name>
    <message>
        <source>You sign in on %1&apos;s own page. Clientele never sees your password.</source>
        <translation>Sie melden sich auf der eigenen Seite von %1 an. Clientele sieht Ihr Passwort nie.</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Sicher</translation>
    </message>
    <message>
        <source>Not secure</source>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <source>The connection to %1 is encrypted and its identity verified.</source>
        <translation>Die Verbindung zu %1 ist verschlüsselt und ihre Identität geprüft.</translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted.</source>
        <translation>Die Verbindung zu %1 ist nicht verschlüsselt.</translation>
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
    <name>clientele::ui::AccountCalendarsDialog</name>
    <message>
        <source>Calendars of %1</source>
        <translation>Kalender von %1</translation>
    </message>
    <message>
        <source>Events in calendars that block your time keep those hours free of bookings here. Your bookings go into the calendar that receives them, showing clients as you choose; notes and contact details never go.</source>
        <translation>Termine in Kalendern, die Ihre Zeit blockieren, halten diese Stunden hier frei von Buchungen. Ihre Buchungen kommen in den Kalender, der sie empfängt, und zeigen Kunden so, wie Sie es wählen; Notizen und Kontaktdaten werden nie übertragen.</translation>
    </message>
    <message>
        <source>Asking %1 for its calendars…</source>
        <translation>%1 wird nach seinen Kalendern gefragt …</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Blocks my time</source>
        <translation>Blockiert meine Zeit</translation>
    </message>
    <message>
        <source>Receives bookings</source>
        <translation>Empfängt Buchungen</translation>
    </message>
    <message>
        <source>Clients appear as</source>
        <translation>Kunden erscheinen als</translation>
    </message>
    <message>
        <source>%1 (main calendar)</source>
        <translation>%1 (Hauptkalender)</translation>
    </message>
    <message>
        <source>Its events keep that time free of bookings</source>
        <translation>Seine Termine halten diese Zeit frei von Buchungen</translation>
    </message>
    <message>
        <source>Your bookings are written into this calendar</source>
        <translation>Ihre Buchungen werden in diesen Kalender geschrieben</translation>
    </message>
    <message>
        <source>This calendar is read-only for your account</source>
        <translation>Dieser Kalender ist für Ihr Konto schreibgeschützt</translation>
    </message>
    <message>
        <source>How clients appear in %1</source>
        <translation>Wie Kunden in %1 erscheinen</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Initials only</source>
        <translation>Nur Initialen</translation>
    </message>
    <message>
        <source>A code per client</source>
        <translation>Ein Code pro Kunde</translation>
    </message>
    <message>
        <source>This account has no calendars.</source>
        <translation>Dieses Konto hat keine Kalender.</translation>
    </message>
</context>
<context>
    <name>clientele::ui::AccountConnector</name>
    <message>
        <source>Accounts can only be connected when the system keychain is available, because that is where their sign-in is kept.</source>
        <translation>Konten können nur verbunden werden, wenn der Schlüsselbund des Systems verfügbar ist, denn dort wird ihre Anmeldung aufbewahrt.</translation>
    </message>
    <message>
        <source>Finish signing in to %1 in your web browser, then come back here.</source>
        <translation>Schließen Sie die Anmeldung bei %1 in Ihrem Webbrowser ab und kehren Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>Finish signing in to %1 in the window that opened.</source>
        <translation>Schließen Sie die Anmeldung bei %1 in dem geöffneten Fenster ab.</translation>
    </message>
    <message>
        <source>Your %1 account %2 is connected.</source>
        <translation>Ihr %1-Konto %2 ist verbunden.</translation>
    </message>
    <message>
        <source>%1 disconnected on this computer, but %2 could not be told (%3). You can remove Clientele&apos;s access in your %2 account settings.</source>
        <translation>%1 wurde auf diesem Computer getrennt, aber %2 konnte nicht benachrichtigt werden (%3). Sie können den Zugriff von Clientele in den Kontoeinstellungen von %2 entfernen.</translation>
    </message>
    <message>
        <source>%1 is disconnected.</source>
        <translation>%1 ist getrennt.</translation>
    </message>
    <message>
        <source>Calendar choices saved.</source>
        <translation>Kalenderauswahl gespeichert.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>clientele::ui::AvailabilityEditor</name>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>time range</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Wöchentliche Zeiten</translation>
    </message>
    <message>
        <source>&amp;Copy Monday to Tuesday–Friday</source>
        <translation>Montag auf Dienstag–Freitag &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy Monday&apos;s hours to Tuesday to Friday</source>
        <translation>Die Zeiten vom Montag auf Dienstag bis Freitag übertragen</translation>
    </message>
    <message>
        <source>Closed dates and special hours</source>
        <translation>Geschlossene Tage und Sonderzeiten</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Buchungsregeln</translation>
    </message>
    <message>
        <source>Minimum notice</source>
        <translation>Mindestvorlauf</translation>
    </message>
    <message>
        <source>Minimum &amp;notice:</source>
        <translation>&amp;Mindestvorlauf:</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> Tage im Voraus</translation>
    </message>
    <message>
        <source>How far ahead clients can book, in days</source>
        <translation>Wie viele Tage im Voraus Kunden buchen können</translation>
    </message>
    <message>
        <source>Book up &amp;to:</source>
        <translation>Buchbar &amp;bis:</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between possible start times</source>
        <translation>Minuten zwischen möglichen Beginnzeiten</translation>
    </message>
    <message>
        <source>&amp;Start times:</source>
        <translation>Beginn&amp;zeiten:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discard changes since the last save (Esc)</source>
        <translation>Änderungen seit dem letzten Speichern verwerfen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Add Hours</source>
        <translation>Zeiten hinzufügen</translation>
    </message>
    <message>
        <source>Add hours on %1</source>
        <translation>Zeiten am %1 hinzufügen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Closed all day</source>
        <translation>Ganztägig geschlossen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Closed or open on that date</source>
        <translation>An diesem Datum geschlossen oder geöffnet</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>Öffnet um</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>Schließt um</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Add &amp;Date</source>
        <translation>&amp;Datum hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected date</source>
        <translation>Das ausgewählte Datum entfernen</translation>
    </message>
    <message>
        <source>%1 opens at</source>
        <translation>%1 öffnet um</translation>
    </message>
    <message>
        <source>%1 closes at</source>
        <translation>%1 schließt um</translation>
    </message>
    <message>
        <source>Remove these hours on %1</source>
        <translation>Diese Zeiten am %1 entfernen</translation>
    </message>
    <message>
        <source>Times are on the practice&apos;s clock (%1).</source>
        <translation>Zeiten gelten nach der Uhr der Praxis (%1).</translation>
    </message>
</context>
<context>
    <name>clientele::ui::BookingEditor</name>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Jede Woche</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Jeden Monat</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> Termine</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Anzahl der Termine</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Studio, client&apos;s address, or leave empty for a video session</source>
        <translation>Studio, Adresse des Kunden oder leer lassen für einen Videotermin</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Videolink</translation>
    </message>
    <message>
        <source>https://… (Zoom, Meet or Teams link)</source>
        <translation>https://… (Zoom-, Meet- oder Teams-Link)</translation>
    </message>
    <message>
        <source>Phone for this booking</source>
        <translation>Telefon für diese Buchung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Leistung:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>W&amp;iederholung:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Video link:</source>
        <translation>&amp;Videolink:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Create Invoice</source>
        <translation>Rechnung erstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min)</source>
        <translation>
            <numerusform>%1 (%n min)</numerusform>
            <numerusform>%1 (%n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>Neue Buchung</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>%1: %2 → %3%4</source>
        <translation>%1: %2 → %3%4</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1: moved from %2 to %3</source>
        <translation>%1: verschoben von %2 auf %3</translation>
    </message>
    <message>
        <source>Changes to the status and time will be listed here.</source>
        <translation>Änderungen an Status und Zeit werden hier aufgeführt.</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Noch keine Änderungen.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancel Booking</source>
        <translation>Buchung stornieren</translation>
    </message>
    <message>
        <source>Why is this booking canceled? The reason is kept in its history.</source>
        <translation>Warum wird diese Buchung storniert? Der Grund wird in ihrem Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Choose the client from the list (type a few letters of the name).</source>
        <translation>Wählen Sie den Kunden aus der Liste (tippen Sie einige Buchstaben des Namens).</translation>
    </message>
    <message>
        <source>Choose a service; add services in Settings → Services.</source>
        <translation>Wählen Sie eine Leistung; Leistungen legen Sie unter Einstellungen → Leistungen an.</translation>
    </message>
    <message>
        <source>The video link must start with https://.</source>
        <translation>Der Videolink muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Email Confirmation…</source>
        <translation>Bestätigung per E-Mail …</translation>
    </message>
    <message>
        <source>Email the client the session&apos;s time, its calendar file and meeting link</source>
        <translation>Dem Kunden Zeit, Kalenderdatei und Link zur Videositzung per E-Mail senden</translation>
    </message>
</context>
<context>
    <name>clientele::ui::BookingTableModel</name>
    <message>
        <source>No time yet</source>
        <translation>Noch keine Zeit</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>clientele::ui::BookingsPage</name>
    <message>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Which bookings</source>
        <translation>Welche Buchungen</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Past 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Inquiries without a time</source>
        <translation>Anfragen ohne Zeit</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Filter by client or service…</source>
        <translation>Nach Kunde oder Leistung filtern …</translation>
    </message>
    <message>
        <source>Filter bookings</source>
        <translation>Buchungen filtern</translation>
    </message>
    <message>
        <source>New Booking</source>
        <translation>Neue Buchung</translation>
    </message>
    <message>
        <source>Choose a booking</source>
        <translation>Wählen Sie eine Buchung</translation>
    </message>
    <message>
        <source>Select a booking to see and change it, or press %1 for a new booking.</source>
        <translation>Wählen Sie eine Buchung aus, um sie anzusehen und zu ändern, oder drücken Sie %1 für eine neue Buchung.</translation>
    </message>
    <message>
        <source>Awaiting signature</source>
        <translation>Wartet auf Unterschrift</translation>
    </message>
    <message>
        <source>Bookings could not be loaded: %1</source>
        <translation>Buchungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No bookings here</source>
        <translation>Keine Buchungen</translation>
    </message>
    <message>
        <source>Sessions, shoots and consultations appear here with their status, from the first inquiry to completed. Press %1 for a new booking, or choose another period.</source>
        <translation>Hier erscheinen Sitzungen, Shootings und Beratungen mit ihrem Status, von der ersten Anfrage bis zum Abschluss. Drücken Sie %1 für eine neue Buchung oder wählen Sie einen anderen Zeitraum.</translation>
    </message>
    <message>
        <source>First %1 bookings</source>
        <translation>Erste %1 Buchungen</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation>
            <numerusform>%n Buchung</numerusform>
            <numerusform>%n Buchungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Booking</source>
        <translation>Buchung speichern</translation>
    </message>
    <message>
        <source>The booking could not be saved: %1</source>
        <translation>Die Buchung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Booked %n session(s)</source>
        <translation>
            <numerusform>%n Termin gebucht</numerusform>
            <numerusform>%n Termine gebucht</numerusform>
        </translation>
    </message>
    <message>
        <source>Booking saved</source>
        <translation>Buchung gespeichert</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Create Invoice</source>
        <translation>Rechnung erstellen</translation>
    </message>
    <message>
        <source>No invoice could be drafted: %1</source>
        <translation>Es konnte keine Rechnung entworfen werden: %1</translation>
    </message>
</context>
<context>
    <name>clientele::ui::CalendarExportDialog</name>
    <message>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Initials only</source>
        <translation>Nur Initialen</translation>
    </message>
    <message>
        <source>A code per client</source>
        <translation>Ein Code je Klient</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alle Termine</translation>
    </message>
    <message>
        <source>Sessions from a date on</source>
        <translation>Termine ab einem Datum</translation>
    </message>
    <message>
        <source>Include ca&amp;nceled sessions</source>
        <translation>&amp;Abgesagte Termine einschließen</translation>
    </message>
    <message>
        <source>&amp;Clients appear as:</source>
        <translation>&amp;Klienten erscheinen als:</translation>
    </message>
    <message>
        <source>&amp;Sessions:</source>
        <translation>&amp;Termine:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>A&amp;b:</translation>
    </message>
    <message>
        <source>The file is not encrypted. Notes and contact details are never included.</source>
        <translation>Die Datei ist nicht verschlüsselt. Notizen und Kontaktdaten sind nie enthalten.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
</context>
<context>
    <name>clientele::ui::CalendarFeedController</name>
    <message>
        <source>Published; last updated %1. Calendar apps fetch it again on their own schedule: Google Calendar can take several hours.</source>
        <translation>Veröffentlicht; zuletzt aktualisiert %1. Kalender-Apps rufen ihn nach eigenem Zeitplan neu ab: Google Kalender kann mehrere Stunden brauchen.</translation>
    </message>
    <message>
        <source>The feed is off: its address no longer shows your sessions.</source>
        <translation>Der Feed ist aus: Seine Adresse zeigt Ihre Sitzungen nicht mehr.</translation>
    </message>
    <message>
        <source>The feed could not be updated: %1</source>
        <translation>Der Feed konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Turning the feed off…</source>
        <translation>Feed wird ausgeschaltet…</translation>
    </message>
    <message>
        <source>New address made. Subscribe to it where you still want your sessions.</source>
        <translation>Neue Adresse erstellt. Abonnieren Sie sie dort, wo Sie Ihre Sitzungen weiterhin sehen möchten.</translation>
    </message>
</context>
<context>
    <name>clientele::ui::CalendarFeedPage</name>
    <message>
        <source>Calendar feed</source>
        <translation>Kalender-Feed</translation>
    </message>
    <message>
        <source>Reset Feed Address</source>
        <translation>Feed-Adresse zurücksetzen</translation>
    </message>
    <message>
        <source>Make a new address for the feed? Calendars subscribed to the old address stop updating; subscribe to the new one where you still want your sessions.</source>
        <translation>Eine neue Adresse für den Feed erstellen? Kalender, die die alte Adresse abonniert haben, werden nicht mehr aktualisiert; abonnieren Sie die neue dort, wo Sie Ihre Sitzungen weiterhin sehen möchten.</translation>
    </message>
    <message>
        <source>Your sessions, from a month ago on, as a calendar you can subscribe to in Google Calendar (Other calendars → From URL), Outlook (Add calendar → Subscribe from web) or Apple Calendar (File → New Calendar Subscription). It updates by itself.</source>
        <translation>Ihre Sitzungen ab vor einem Monat als Kalender, den Sie in Google Kalender (Weitere Kalender → Per URL), Outlook (Kalender hinzufügen → Aus dem Internet abonnieren) oder Apple Kalender (Ablage → Neues Kalenderabonnement) abonnieren können. Er aktualisiert sich selbst.</translation>
    </message>
    <message>
        <source>The feed is served by the relay. Connect this practice to a relay first.</source>
        <translation>Der Feed wird vom Relay bereitgestellt. Verbinden Sie diese Praxis zuerst mit einem Relay.</translation>
    </message>
    <message>
        <source>Open &amp;Relay Settings</source>
        <translation>&amp;Relay-Einstellungen öffnen</translation>
    </message>
    <message>
        <source>&amp;Publish my sessions as a calendar feed</source>
        <translation>Meine Sitzungen als Kalender-Feed &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>Initials only</source>
        <translation>Nur Initialen</translation>
    </message>
    <message>
        <source>A code per client</source>
        <translation>Ein Code pro Klient</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>The address is on the clipboard. Paste it into your calendar app.</source>
        <translation>Die Adresse ist in der Zwischenablage. Fügen Sie sie in Ihre Kalender-App ein.</translation>
    </message>
    <message>
        <source>&amp;Reset Address…</source>
        <translation>Adresse &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Clients &amp;appear as:</source>
        <translation>Klienten &amp;erscheinen als:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Anyone with the address can see the sessions in the feed, so share it like a password. Notes, places, video links and contact details are never in it.</source>
        <translation>Wer die Adresse hat, sieht die Sitzungen im Feed; geben Sie sie weiter wie ein Passwort. Notizen, Orte, Videolinks und Kontaktdaten sind nie darin.</translation>
    </message>
</context>
<context>
    <name>clientele::ui::CalendarFileActions</name>
    <message>
        <source>Import Calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>iCalendar-Dateien (*.ics *.ical *.ifb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2 Nothing was changed.</source>
        <translation>%1 konnte nicht importiert werden: %2 Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n time(s) blocked</source>
        <translation>
            <numerusform>„%1“: %n Zeit belegt</numerusform>
            <numerusform>„%1“: %n Zeiten belegt</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 new, %2 changed, %3 removed).</source>
        <translation>(%1 neu, %2 geändert, %3 entfernt).</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of the file could not be imported.</source>
        <translation>
            <numerusform>%n Termin der Datei konnte nicht importiert werden.</numerusform>
            <numerusform>%n Termine der Datei konnten nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiterer.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>Sessions.ics</source>
        <translation>Termine.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Exporting the calendar…</source>
        <translation>Der Kalender wird exportiert …</translation>
    </message>
    <message>
        <source>The calendar could not be exported: %1</source>
        <translation>Der Kalender konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Exported the calendar to %1</source>
        <translation>Der Kalender wurde nach %1 exportiert</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n session(s) added, with %2.</source>
        <translation>
            <numerusform>„%1“: %n Sitzung hinzugefügt, mit %2.</numerusform>
            <numerusform>„%1“: %n Sitzungen hinzugefügt, mit %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new client(s)</source>
        <translation>
            <numerusform>%n neuem Klienten</numerusform>
            <numerusform>%n neuen Klienten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n session(s) added.</source>
        <translation>
            <numerusform>„%1“: %n Sitzung hinzugefügt.</numerusform>
            <numerusform>„%1“: %n Sitzungen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved.</source>
        <translation>
            <numerusform>%n verschoben.</numerusform>
            <numerusform>%n verschoben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here.</source>
        <translation>
            <numerusform>%n schon vorhanden.</numerusform>
            <numerusform>%n schon vorhanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted here since the last import and left deleted.</source>
        <translation>
            <numerusform>%n seit dem letzten Import hier gelöscht und gelöscht gelassen.</numerusform>
            <numerusform>%n seit dem letzten Import hier gelöscht und gelöscht gelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled, as in the calendar.</source>
        <translation>
            <numerusform>%n abgesagt, wie im Kalender.</numerusform>
            <numerusform>%n abgesagt, wie im Kalender.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ui::CalendarImportDialog</name>
    <message>
        <source>Import Calendar</source>
        <translation>Kalender importieren</translation>
    </message>
    <message>
        <source>What should Clientele do with the events of %1?</source>
        <translation>Was soll Clientele mit den Terminen aus %1 tun?</translation>
    </message>
    <message>
        <source>&amp;Block the time they take</source>
        <translation>Ihre Zeit &amp;blockieren</translation>
    </message>
    <message>
        <source>For a family or second calendar: nobody can book those times.</source>
        <translation>Für einen Familien- oder Zweitkalender: Diese Zeiten kann niemand buchen.</translation>
    </message>
    <message>
        <source>Add them as &amp;sessions</source>
        <translation>Als &amp;Sitzungen hinzufügen</translation>
    </message>
    <message>
        <source>For appointments from another scheduler: each event becomes a booking of the client invited to it or named in its title.</source>
        <translation>Für Termine aus einem anderen Buchungsprogramm: Jeder Termin wird eine Buchung des dazu eingeladenen oder im Titel genannten Klienten.</translation>
    </message>
    <message>
        <source>Add a service first (Services)</source>
        <translation>Zuerst eine Leistung anlegen (Leistungen)</translation>
    </message>
    <message>
        <source>Add invited people who are not clients yet as new &amp;clients</source>
        <translation>Eingeladene, die noch keine Klienten sind, als neue &amp;Klienten hinzufügen</translation>
    </message>
    <message>
        <source>Importing a newer export under the same name updates what was imported.</source>
        <translation>Ein neuerer Export unter demselben Namen aktualisiert, was importiert wurde.</translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation>&amp;Leistung:</translation>
    </message>
    <message>
        <source>Calendar &amp;name:</source>
        <translation>Kalender&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>clientele::ui::CalendarItem</name>
    <message>
        <source>Busy</source>
        <translation>Belegt</translation>
    </message>
</context>
<context>
    <name>clientele::ui::CalendarPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>New Booking</source>
        <translation>Neue Buchung</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Zu heute springen (T)</translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation>Einen Tag anzeigen</translation>
    </message>
    <message>
        <source>Show one week</source>
        <translation>Eine Woche anzeigen</translation>
    </message>
    <message>
        <source>Show one month</source>
        <translation>Einen Monat anzeigen</translation>
    </message>
    <message>
        <source>Create a booking</source>
        <translation>Eine Buchung anlegen</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>%1 (Page Up)</source>
        <translation>%1 (Bild auf)</translation>
    </message>
    <message>
        <source>%1 (Page Down)</source>
        <translation>%1 (Bild ab)</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Zeiten in %1</translation>
    </message>
    <message>
        <source>Times in %1 (%2)</source>
        <translation>Zeiten in %1 (%2)</translation>
    </message>
    <message>
        <source>%1. Bookings are shown in the practice&apos;s time zone, not this computer&apos;s.</source>
        <translation>%1. Buchungen werden in der Zeitzone der Praxis angezeigt, nicht in der dieses Computers.</translation>
    </message>
    <message>
        <source>No bookings on this day. Drag across the calendar or press New Booking to add one.</source>
        <translation>Keine Buchungen an diesem Tag. Ziehen Sie über den Kalender oder klicken Sie auf „Neue Buchung“, um eine anzulegen.</translation>
    </message>
    <message>
        <source>No bookings this week. Drag across the calendar or press New Booking to add one.</source>
        <translation>Keine Buchungen in dieser Woche. Ziehen Sie über den Kalender oder klicken Sie auf „Neue Buchung“, um eine anzulegen.</translation>
    </message>
    <message>
        <source>No bookings this month. Press New Booking to add one.</source>
        <translation>Keine Buchungen in diesem Monat. Klicken Sie auf „Neue Buchung“, um eine anzulegen.</translation>
    </message>
</context>
<context>
    <name>clientele::ui::CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>time range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>status after a name</comment>
        <translation> (%1)</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>Buffers: %1 min before, %2 min after</source>
        <translation>Puffer: %1 min davor, %2 min danach</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Calendar, %1</source>
        <translation>Kalender, %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n booking(s)</source>
        <translation>
            <numerusform>%1, %n Buchung</numerusform>
            <numerusform>%1, %n Buchungen</numerusform>
        </translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date format of the day view&apos;s title</comment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format of the week view&apos;s title</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>date range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>start of a week in the same year</comment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>d</source>
        <comment>start of a week in the same month</comment>
        <translation>d.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Busy in another calendar</source>
        <translation>Belegt in einem anderen Kalender</translation>
    </message>
    <message>
        <source>Free in another calendar</source>
        <translation>Frei in einem anderen Kalender</translation>
    </message>
    <message>
        <source>Conflicts with another booking or busy time</source>
        <translation>Überschneidet sich mit einer anderen Buchung oder belegter Zeit</translation>
    </message>
</context>
<context>
    <name>clientele::ui::ClientDetail</name>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>New Booking</source>
        <translation>Neue Buchung</translation>
    </message>
    <message>
        <source>Merge Duplicate…</source>
        <translation>Duplikat zusammenführen …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Lifetime value %1 · outstanding %2</source>
        <translation>Gesamtumsatz %1 · offen %2</translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>Noch keine Zeit</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No bookings yet. Press New Booking to schedule a session.</source>
        <translation>Noch keine Buchungen. Klicken Sie auf „Neue Buchung“, um einen Termin zu vereinbaren.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 paid of %4</source>
        <translation>%1 · %2 · %3 von %4 bezahlt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>No invoices yet.</source>
        <translation>Noch keine Rechnungen.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>eingehende</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ausgehende</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4</source>
        <translation>%1 · %3 %2 · %4</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Noch keine Nachrichten.</translation>
    </message>
    <message>
        <source>Bookings (%1)</source>
        <translation>Buchungen (%1)</translation>
    </message>
    <message>
        <source>Invoices (%1)</source>
        <translation>Rechnungen (%1)</translation>
    </message>
    <message>
        <source>Messages (%1)</source>
        <translation>Nachrichten (%1)</translation>
    </message>
    <message>
        <source>S&amp;tatement</source>
        <translation>&amp;Kontoauszug</translation>
    </message>
    <message>
        <source>Every invoice and payment up to today, with what is still open</source>
        <translation>Alle Rechnungen und Zahlungen bis heute, mit dem, was noch offen ist</translation>
    </message>
    <message>
        <source>Su&amp;perbill…</source>
        <translation>Su&amp;perbill …</translation>
    </message>
    <message>
        <source>Sessions of a period with their codes, for the client&apos;s insurance claim</source>
        <translation>Termine eines Zeitraums mit ihren Codes, für den Erstattungsantrag des Kunden bei seiner Versicherung</translation>
    </message>
    <message>
        <source>New &amp;Contract…</source>
        <translation>Neuer &amp;Vertrag …</translation>
    </message>
    <message>
        <source>Draft a contract for this client from one of your contract templates</source>
        <translation>Einen Vertrag für diesen Kunden aus einer Ihrer Vertragsvorlagen entwerfen</translation>
    </message>
    <message>
        <source>Te&amp;xt…</source>
        <translation>SM&amp;S…</translation>
    </message>
    <message>
        <source>Send this client a text message through the relay</source>
        <translation>Diesem Kunden eine SMS über das Relay senden</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Subscriptions (%1)</source>
        <translation>Abonnements (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>clientele::ui::ClientEditor</name>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <source>e.g. DE, US</source>
        <translation>z. B. DE, AT</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>wedding, referral — separated by commas</source>
        <translation>Hochzeit, Empfehlung — durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Pipeline stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Where they found you, e.g. Instagram</source>
        <translation>Wie man Sie gefunden hat, z. B. Instagram</translation>
    </message>
    <message>
        <source>Agreed to receive text message reminders</source>
        <translation>Einverstanden mit Erinnerungen per SMS</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>Postal code, city:</source>
        <translation>PLZ, Ort:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Give a name or a company, so you can find this client again.</source>
        <translation>Geben Sie einen Namen oder eine Firma an, damit Sie diesen Kunden wiederfinden.</translation>
    </message>
    <message>
        <source>The email address is not valid: %1</source>
        <translation>Die E-Mail-Adresse ist ungültig: %1</translation>
    </message>
    <message>
        <source>The phone number is not valid: %1 Include the country code, e.g. +49 30 1234567.</source>
        <translation>Die Telefonnummer ist ungültig: %1 Geben Sie die Ländervorwahl mit an, z. B. +49 30 1234567.</translation>
    </message>
    <message>
        <source>The address is not valid: %1</source>
        <translation>Die Adresse ist ungültig: %1</translation>
    </message>
    <message>
        <source>A tag is not valid: %1</source>
        <translation>Ein Schlagwort ist ungültig: %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Recorded by the practitioner in the client editor</source>
        <translation>Von der Praxis im Kundenformular erfasst</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Date of birth known</source>
        <translation>Geburtsdatum bekannt</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Diagnosis codes</source>
        <translation>Diagnosecodes</translation>
    </message>
    <message>
        <source>ICD-10, e.g. F41.1, F33.1 — for superbills</source>
        <translation>ICD-10, z. B. F41.1, F33.1 — für Superbills</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <source>&amp;Diagnosis codes:</source>
        <translation>&amp;Diagnosecodes:</translation>
    </message>
    <message>
        <source>Can&apos;t save yet: %1</source>
        <translation>Speichern noch nicht möglich: %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>clientele::ui::ClientImportDialog</name>
    <message>
        <source>Import Clients</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <source>Import a CSV export from HoneyBook, Dubsado, Google Contacts or Outlook, any other CSV with a column mapping, or a vCard file. Clients already in your practice (same email, or same phone when there is no email) are skipped.</source>
        <translation>Importieren Sie einen CSV-Export aus HoneyBook, Dubsado, Google Kontakte oder Outlook, eine andere CSV-Datei mit Spaltenzuordnung oder eine vCard-Datei. Kunden, die bereits in Ihrer Praxis sind (gleiche E-Mail-Adresse oder, ohne E-Mail-Adresse, gleiche Telefonnummer), werden übersprungen.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Only for other CSVs, e.g. name=Full Name,email=Mail,phone=Mobile</source>
        <translation>Nur für andere CSV-Dateien, z. B. name=Full Name,email=Mail,phone=Mobile</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Country for phone numbers without a country code</source>
        <translation>Land für Telefonnummern ohne Ländervorwahl</translation>
    </message>
    <message>
        <source>Phone country:</source>
        <translation>Telefonland:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Rows refused or skipped</source>
        <translation>Abgelehnte oder übersprungene Zeilen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds; nothing is imported until you press Import.</source>
        <translation>Wählen Sie eine Datei, um ihren Inhalt zu sehen; importiert wird erst, wenn Sie auf „Importieren“ klicken.</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>Kontakte (*.csv *.vcf *.vcard *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen …</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Diese Datei kann nicht importiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) can be imported.</source>
        <translation>
            <numerusform>%n Kunde kann importiert werden.</numerusform>
            <numerusform>%n Kunden können importiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are refused; see below.</source>
        <translation>
            <numerusform>%n Zeile wird abgelehnt; siehe unten.</numerusform>
            <numerusform>%n Zeilen werden abgelehnt; siehe unten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s).</source>
        <translation>
            <numerusform>%n Kunde importiert.</numerusform>
            <numerusform>%n Kunden importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in your practice.</source>
        <translation>
            <numerusform>%n war bereits in Ihrer Praxis.</numerusform>
            <numerusform>%n waren bereits in Ihrer Praxis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused.</source>
        <translation>
            <numerusform>%n Zeile abgelehnt.</numerusform>
            <numerusform>%n Zeilen abgelehnt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ui::ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Gesamtumsatz</translation>
    </message>
</context>
<context>
    <name>clientele::ui::ClientsPage</name>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Search names, emails, phones, tags…</source>
        <translation>Namen, E-Mails, Telefonnummern, Schlagwörter suchen …</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation>Nach Phase filtern</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>New Client</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>New client (%1)</source>
        <translation>Neuer Kunde (%1)</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Noch keine Kunden</translation>
    </message>
    <message>
        <source>Add the people you work with, or import them from HoneyBook, Dubsado, Google or Outlook with File → Import Clients. Press %1 for a new client.</source>
        <translation>Legen Sie die Menschen an, mit denen Sie arbeiten, oder importieren Sie sie mit Datei → Kunden importieren aus HoneyBook, Dubsado, Google oder Outlook. Drücken Sie %1 für einen neuen Kunden.</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Clients could not be loaded: %1</source>
        <translation>Kunden konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No matching clients</source>
        <translation>Keine passenden Kunden</translation>
    </message>
    <message>
        <source>No client matches the search or filters. Clear them to see everyone.</source>
        <translation>Kein Kunde entspricht der Suche oder den Filtern. Setzen Sie sie zurück, um alle zu sehen.</translation>
    </message>
    <message>
        <source>Choose a client</source>
        <translation>Wählen Sie einen Kunden</translation>
    </message>
    <message>
        <source>Select a client in the list to see their details and history.</source>
        <translation>Wählen Sie einen Kunden in der Liste aus, um Details und Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Save Client</source>
        <translation>Kunden speichern</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Deleted %1. Undo with %2.</source>
        <translation>%1 gelöscht. Rückgängig mit %2.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Merge Duplicate</source>
        <translation>Duplikat zusammenführen</translation>
    </message>
    <message>
        <source>There is no other client in the list to merge.</source>
        <translation>In der Liste gibt es keinen anderen Kunden zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Which client is a duplicate of %1? Their bookings, invoices and messages move to %1, their contact details and tags are added, and the duplicate is removed.</source>
        <translation>Welcher Kunde ist ein Duplikat von %1? Seine Buchungen, Rechnungen und Nachrichten gehen an %1 über, seine Kontaktdaten und Schlagwörter werden ergänzt, und das Duplikat wird entfernt.</translation>
    </message>
    <message>
        <source>Merging failed: %1</source>
        <translation>Zusammenführen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Zusammengeführt in %1</translation>
    </message>
    <message>
        <source>Contract “%1” drafted for %2</source>
        <translation>Vertrag „%1“ für %2 entworfen</translation>
    </message>
    <message>
        <source>Delete Client</source>
        <translation>Kunde löschen</translation>
    </message>
    <message>
        <source>%1 has a subscription Stripe still charges. End it first, in the Subscriptions tab.</source>
        <translation>%1 hat ein Abonnement, das Stripe noch abbucht. Beenden Sie es zuerst im Reiter Abonnements.</translation>
    </message>
</context>
<context>
    <name>clientele::ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Go to a client or an action…</source>
        <translation>Zu einem Kunden oder einer Aktion …</translation>
    </message>
    <message>
        <source>Go to a client or an action</source>
        <translation>Zu einem Kunden oder einer Aktion</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>%1    %2</source>
        <translation>%1    %2</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Client: %1 (%2)</source>
        <translation>Kunde: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>clientele::ui::ConnectedAccountsPage</name>
    <message>
        <source>Connected accounts</source>
        <translation>Verbundene Konten</translation>
    </message>
    <message>
        <source>Disconnect Account</source>
        <translation>Konto trennen</translation>
    </message>
    <message>
        <source>Disconnect the %1 account %2? Clientele signs out of it and forgets its sign-in on this computer. Events already in that calendar stay there.</source>
        <translation>Das %1-Konto %2 trennen? Clientele meldet sich ab und vergisst die Anmeldung auf diesem Computer. Termine, die bereits in diesem Kalender stehen, bleiben dort.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No account is connected on this computer yet.</source>
        <translation>Auf diesem Computer ist noch kein Konto verbunden.</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <source>This copy of Clientele has no accounts it can connect.</source>
        <translation>Diese Ausgabe von Clientele kann keine Konten verbinden.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Connect your calendar accounts so that bookings appear in them and your other appointments block time here. The sign-in stays in this computer&apos;s keychain.</source>
        <translation>Verbinden Sie Ihre Kalenderkonten, damit Buchungen dort erscheinen und Ihre anderen Termine hier Zeit blockieren. Die Anmeldung bleibt im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>Connect %1…</source>
        <translation>Mit %1 verbinden…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Braucht Aufmerksamkeit: %1</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>Connected %1 · not synced yet</source>
        <translation>Verbunden am %1 · noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>&amp;Calendars…</source>
        <translation>&amp;Kalender …</translation>
    </message>
    <message>
        <source>Choose which of this account&apos;s calendars block your time and which one receives bookings</source>
        <translation>Wählen Sie, welche Kalender dieses Kontos Ihre Zeit blockieren und welcher Buchungen empfängt</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Needs attention: %1 Last synced %2.</source>
        <translation>Braucht Aufmerksamkeit: %1 Zuletzt synchronisiert am %2.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert …</translation>
    </message>
</context>
<context>
    <name>clientele::ui::ContractActions</name>
    <message>
        <source>Edit D&amp;raft…</source>
        <translation>Entwurf &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Change the text of the draft before you send it</source>
        <translation>Den Text des Entwurfs ändern, bevor Sie ihn senden</translation>
    </message>
    <message>
        <source>Mark as &amp;Sent</source>
        <translation>Als &amp;gesendet markieren</translation>
    </message>
    <message>
        <source>Record that the client has the contract: its text becomes final</source>
        <translation>Festhalten, dass der Kunde den Vertrag erhalten hat: Sein Text wird endgültig</translation>
    </message>
    <message>
        <source>Draft “%1” saved</source>
        <translation>Entwurf „%1“ gespeichert</translation>
    </message>
    <message>
        <source>Mark as Sent</source>
        <translation>Als gesendet markieren</translation>
    </message>
    <message>
        <source>“%1” could not be marked as sent: %2</source>
        <translation>„%1“ konnte nicht als gesendet markiert werden: %2</translation>
    </message>
    <message>
        <source>“%1” marked as sent; its text is now final</source>
        <translation>„%1“ als gesendet markiert; sein Text ist jetzt endgültig</translation>
    </message>
</context>
<context>
    <name>clientele::ui::ContractBodyDialog</name>
    <message>
        <source>Edit Draft Contract</source>
        <translation>Vertragsentwurf bearbeiten</translation>
    </message>
    <message>
        <source>Loading the contract…</source>
        <translation>Der Vertrag wird geladen …</translation>
    </message>
    <message>
        <source>Change the text before you send it. Once it is marked as sent, the text is final: a changed contract is then a new contract.</source>
        <translation>Ändern Sie den Text, bevor Sie ihn senden. Sobald er als gesendet markiert ist, ist der Text endgültig: Ein geänderter Vertrag ist dann ein neuer Vertrag.</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Contract text</source>
        <translation>Vertragstext</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>The contract no longer exists.</source>
        <translation>Der Vertrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Edit Draft — %1</source>
        <translation>Entwurf bearbeiten — %1</translation>
    </message>
    <message>
        <source>This contract was sent, so its text can no longer change.</source>
        <translation>Dieser Vertrag wurde gesendet, daher kann sich sein Text nicht mehr ändern.</translation>
    </message>
</context>
<context>
    <name>clientele::ui::ContractTemplatesEditor</name>
    <message>
        <source>Contract templates</source>
        <translation>Vertragsvorlagen</translation>
    </message>
    <message>
        <source>Remove Contract Template</source>
        <translation>Vertragsvorlage entfernen</translation>
    </message>
    <message>
        <source>Remove the contract template “%1”? Contracts already drafted from it keep their text.</source>
        <translation>Die Vertragsvorlage „%1“ entfernen? Bereits daraus entworfene Verträge behalten ihren Text.</translation>
    </message>
    <message>
        <source>No contract templates yet</source>
        <translation>Noch keine Vertragsvorlagen</translation>
    </message>
    <message>
        <source>Write the agreements you send clients once, with merge fields such as {{client.name}} or {{booking.date}}. New Contract on a client&apos;s page fills them in for that client.</source>
        <translation>Schreiben Sie die Vereinbarungen, die Sie Kunden senden, nur einmal, mit Platzhaltern wie {{client.name}} oder {{booking.date}}. „Neuer Vertrag“ auf der Kundenseite füllt sie für diesen Kunden aus.</translation>
    </message>
    <message>
        <source>&amp;Add a Template</source>
        <translation>Vorlage &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add contract template</source>
        <translation>Vertragsvorlage hinzufügen</translation>
    </message>
    <message>
        <source>Add a contract template (%1)</source>
        <translation>Eine Vertragsvorlage hinzufügen (%1)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove contract template</source>
        <translation>Vertragsvorlage entfernen</translation>
    </message>
    <message>
        <source>e.g. Wedding photography agreement</source>
        <translation>z. B. Vertrag über Hochzeitsfotografie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The title of every contract drafted from this template</source>
        <translation>Der Titel jedes Vertrags, der aus dieser Vorlage entworfen wird</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Insert &amp;Field</source>
        <translation>&amp;Platzhalter einfügen</translation>
    </message>
    <message>
        <source>Insert merge field</source>
        <translation>Platzhalter einfügen</translation>
    </message>
    <message>
        <source>Insert a merge field at the cursor; it is filled in for each client</source>
        <translation>Einen Platzhalter an der Cursorposition einfügen; er wird für jeden Kunden ausgefüllt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The contract text with merge fields in double braces</source>
        <translation>Der Vertragstext mit Platzhaltern in doppelten geschweiften Klammern</translation>
    </message>
    <message>
        <source>e.g. This agreement is between {{practice.name}} and {{client.name}} for {{service.name}} on {{booking.date}}…</source>
        <translation>z. B. Dieser Vertrag wird zwischen {{practice.name}} und {{client.name}} über {{service.name}} am {{booking.date}} geschlossen …</translation>
    </message>
    <message>
        <source>Merge fields in double braces, such as {{client.name}}, are filled in with the client&apos;s, the booking&apos;s and your practice&apos;s details when you draft a contract. Write \{{ for braces that are not a field.</source>
        <translation>Platzhalter in doppelten geschweiften Klammern, etwa {{client.name}}, werden beim Entwerfen eines Vertrags mit den Angaben des Kunden, der Buchung und Ihrer Praxis ausgefüllt. Schreiben Sie \{{ für Klammern, die kein Platzhalter sind.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>Discard changes to this template (Esc)</source>
        <translation>Änderungen an dieser Vorlage verwerfen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Änderungen noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Correct what is shown above to save this template</source>
        <translation>Korrigieren Sie die oben angezeigten Angaben, um diese Vorlage zu speichern</translation>
    </message>
    <message>
        <source>Save this template (Enter in the name)</source>
        <translation>Diese Vorlage speichern (Eingabe im Namensfeld)</translation>
    </message>
</context>
<context>
    <name>clientele::ui::CurrencyComboBox</name>
    <message>
        <source>%1 – %2</source>
        <comment>currency code – currency name</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Type a code or name, e.g. EUR</source>
        <translation>Code oder Name eingeben, z. B. EUR</translation>
    </message>
</context>
<context>
    <name>clientele::ui::DocumentPrinting</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau …</translation>
    </message>
    <message>
        <source>See the document as it will print</source>
        <translation>Das Dokument so ansehen, wie es gedruckt wird</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Das Dokument drucken</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern …</translation>
    </message>
    <message>
        <source>Save the document as a PDF file to send or archive</source>
        <translation>Das Dokument als PDF-Datei speichern, zum Versenden oder Archivieren</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Print Preview – %1</source>
        <translation>Druckvorschau – %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>Sent %1 to the printer</source>
        <translation>%1 an den Drucker gesendet</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert …</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>Das PDF konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>clientele::ui::DurationInput</name>
    <message>
        <source>Amount</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message numerus="yes">
        <source>minutes</source>
        <translation>
            <numerusform>Minute</numerusform>
            <numerusform>Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message numerus="yes">
        <source>hours</source>
        <translation>
            <numerusform>Stunde</numerusform>
            <numerusform>Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message numerus="yes">
        <source>days</source>
        <translation>
            <numerusform>Tag</numerusform>
            <numerusform>Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ui::EmailAccountForm</name>
    <message>
        <source>Email account</source>
        <translation>E-Mail-Konto</translation>
    </message>
    <message>
        <source>Emails to clients go out from your own mailbox, so replies come to you. While this computer is offline they wait in the outbox and go out once it is back.</source>
        <translation>E-Mails an Kunden gehen aus Ihrem eigenen Postfach hinaus, damit Antworten bei Ihnen ankommen. Solange dieser Computer offline ist, warten sie im Postausgang und gehen hinaus, sobald er wieder online ist.</translation>
    </message>
    <message>
        <source>Do not send email from this computer</source>
        <translation>Von diesem Computer keine E-Mails senden</translation>
    </message>
    <message>
        <source>Through my mail server</source>
        <translation>Über meinen Mailserver</translation>
    </message>
    <message>
        <source>Save each email as a file (for trying out)</source>
        <translation>Jede E-Mail als Datei speichern (zum Ausprobieren)</translation>
    </message>
    <message>
        <source>Your practice’s name</source>
        <translation>Der Name Ihrer Praxis</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>Optional: where replies go, if not to the sender</source>
        <translation>Optional: wohin Antworten gehen, wenn nicht an den Absender</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (meist Port 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (meist Port 465)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>Mail&amp;server:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Folder for Emails</source>
        <translation>Ordner für E-Mails</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Or&amp;dner:</translation>
    </message>
    <message>
        <source>Nothing is sent: each email is saved as an .eml file that any mail program opens.</source>
        <translation>Nichts wird gesendet: Jede E-Mail wird als .eml-Datei gespeichert, die jedes Mailprogramm öffnet.</translation>
    </message>
    <message>
        <source>Send &amp;Test Message</source>
        <translation>&amp;Testnachricht senden</translation>
    </message>
    <message>
        <source>Sends a short email to the sender address with the settings as they are now</source>
        <translation>Sendet eine kurze E-Mail an die Absenderadresse, mit den Einstellungen, wie sie gerade sind</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>Absender&amp;name:</translation>
    </message>
    <message>
        <source>From &amp;address:</source>
        <translation>Absender&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;Reply to:</source>
        <translation>Antwo&amp;rten an:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>V&amp;erschlüsselung:</translation>
    </message>
    <message>
        <source>Sign &amp;in with:</source>
        <translation>Anmelden m&amp;it:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace it</source>
        <translation>Im Schlüsselbund gespeichert; tippen, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>%1 account %2</source>
        <extracomment>Sign in with: a connected account, e.g. &quot;Google account ada@gmail.com&quot;</extracomment>
        <translation>%1-Konto %2</translation>
    </message>
    <message>
        <source>%1: sign in with an app password made in your %1 account’s security settings.</source>
        <translation>%1: Melden Sie sich mit einem App-Passwort an, das Sie in den Sicherheitseinstellungen Ihres %1-Kontos erstellen.</translation>
    </message>
    <message>
        <source>%1: sign in with your connected %1 account (Settings → Connected Accounts), or with an app password made in its security settings.</source>
        <translation>%1: Melden Sie sich mit Ihrem verbundenen %1-Konto an (Einstellungen → Verbundene Konten) oder mit einem App-Passwort aus dessen Sicherheitseinstellungen.</translation>
    </message>
    <message>
        <source>Enter the password (for Gmail and Outlook, an app password).</source>
        <translation>Geben Sie das Passwort ein (für Gmail und Outlook ein App-Passwort).</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Spei&amp;chern</translation>
    </message>
    <message>
        <source>Send e&amp;mail:</source>
        <translation>E-&amp;Mail senden:</translation>
    </message>
    <message>
        <source>Not needed: the connected account signs in</source>
        <translation>Nicht nötig: Das verbundene Konto meldet sich an</translation>
    </message>
</context>
<context>
    <name>clientele::ui::EmailController</name>
    <message>
        <source>Server name (DNS)</source>
        <translation>Servername (DNS)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Verschlüsselung (TLS)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation>Empfängeradresse</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved. Emails go out this way from now on.</source>
        <translation>Gespeichert. E-Mails gehen ab jetzt auf diesem Weg hinaus.</translation>
    </message>
    <message>
        <source>Email settings saved.</source>
        <translation>E-Mail-Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the password cannot be kept safely. Sign in with a connected account instead, or try again once the keychain runs.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher kann das Passwort nicht sicher aufbewahrt werden. Melden Sie sich stattdessen mit einem verbundenen Konto an, oder versuchen Sie es erneut, sobald der Schlüsselbund läuft.</translation>
    </message>
    <message>
        <source>Clientele test message</source>
        <translation>Clientele-Testnachricht</translation>
    </message>
    <message>
        <source>This message shows that Clientele can send email from %1 through %2.</source>
        <translation>Diese Nachricht zeigt, dass Clientele E-Mails von %1 über %2 senden kann.</translation>
    </message>
    <message>
        <source>Choose how this computer sends email first.</source>
        <translation>Wählen Sie zuerst, wie dieser Computer E-Mails sendet.</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Testnachricht an %1 wird gesendet …</translation>
    </message>
    <message>
        <source>The test message was sent. Look for it in your inbox.</source>
        <translation>Die Testnachricht wurde gesendet. Sehen Sie in Ihrem Posteingang nach.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 is what failed (Sign-in, Encryption (TLS), …), %2 what went wrong in a sentence</extracomment>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The “%1” email is saved.</source>
        <translation>Die E-Mail „%1“ ist gespeichert.</translation>
    </message>
</context>
<context>
    <name>clientele::ui::EmailTemplatesEditor</name>
    <message>
        <source>Email templates</source>
        <translation>E-Mail-Vorlagen</translation>
    </message>
    <message>
        <source>Insert merge field</source>
        <translation>Platzhalter einfügen</translation>
    </message>
    <message>
        <source>Insert a merge field at the cursor; it is filled in for each client</source>
        <translation>Einen Platzhalter an der Cursorposition einfügen; er wird für jeden Kunden ausgefüllt</translation>
    </message>
    <message>
        <source>Reset to &amp;Default</source>
        <translation>Auf Standard &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>What each email says. Merge fields such as {{client.first_name}} are filled in for each client; your logo, colour and contact details frame the text, and links such as the video meeting’s are added as buttons.</source>
        <translation>Was jede E-Mail sagt. Platzhalter wie {{client.first_name}} werden für jeden Kunden ausgefüllt; Ihr Logo, Ihre Farbe und Ihre Kontaktdaten umrahmen den Text, und Links wie der zur Videositzung werden als Schaltflächen hinzugefügt.</translation>
    </message>
    <message>
        <source>Insert Fie&amp;ld</source>
        <translation>Platz&amp;halter einfügen</translation>
    </message>
    <message>
        <source>Save &amp;Changes</source>
        <translation>Vorla&amp;ge speichern</translation>
    </message>
    <message>
        <source>&amp;Kind of email:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
</context>
<context>
    <name>clientele::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Clientele</source>
        <translation>Willkommen bei Clientele</translation>
    </message>
    <message>
        <source>Clients, bookings, contracts, invoices and messages of your practice, kept on this computer and encrypted. It works without an internet connection; nothing leaves this computer unless you connect an account or send it.</source>
        <translation>Kunden, Buchungen, Verträge, Rechnungen und Nachrichten Ihrer Praxis, verschlüsselt auf diesem Computer gespeichert. Clientele funktioniert ohne Internetverbindung; nichts verlässt diesen Computer, es sei denn, Sie verbinden ein Konto oder versenden etwas.</translation>
    </message>
    <message>
        <source>Setting up takes two minutes: your practice&apos;s details, then how to unlock it if this computer&apos;s keychain is ever lost.</source>
        <translation>Die Einrichtung dauert zwei Minuten: erst die Angaben zu Ihrer Praxis, dann, wie Sie sie entsperren, falls der Schlüsselbund dieses Computers einmal verloren geht.</translation>
    </message>
    <message>
        <source>Try the Demo Practice</source>
        <translation>Demopraxis ausprobieren</translation>
    </message>
    <message>
        <source>Opens a separate practice filled with fictional clients and bookings.</source>
        <translation>Öffnet eine separate Praxis mit erfundenen Kunden und Buchungen.</translation>
    </message>
    <message>
        <source>Set Up My Practice</source>
        <translation>Meine Praxis einrichten</translation>
    </message>
    <message>
        <source>Your practice</source>
        <translation>Ihre Praxis</translation>
    </message>
    <message>
        <source>What your invoices and documents will carry. You can change all of it later in Settings.</source>
        <translation>Was auf Ihren Rechnungen und Dokumenten steht. Sie können alles später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Keeping it safe</source>
        <translation>Sicher aufbewahren</translation>
    </message>
    <message>
        <source>Your practice is encrypted with a random key. The key is kept in this computer&apos;s keychain, so Clientele opens without a password. If the keychain is lost (a new computer, a reinstalled system), you unlock it with a recovery code or a passphrase of your own. Without either, nobody — not even us — can open it.</source>
        <translation>Ihre Praxis ist mit einem zufälligen Schlüssel verschlüsselt. Der Schlüssel liegt im Schlüsselbund dieses Computers, daher öffnet sich Clientele ohne Passwort. Geht der Schlüsselbund verloren (neuer Computer, neu installiertes System), entsperren Sie die Praxis mit einem Wiederherstellungscode oder einer eigenen Passphrase. Ohne eines von beiden kann niemand sie öffnen — nicht einmal wir.</translation>
    </message>
    <message>
        <source>Give me a recovery code to print (recommended)</source>
        <translation>Wiederherstellungscode zum Ausdrucken erzeugen (empfohlen)</translation>
    </message>
    <message>
        <source>I will choose my own passphrase</source>
        <translation>Ich wähle eine eigene Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Create Practice</source>
        <translation>Praxis anlegen</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Verwenden Sie mindestens %n Zeichen; ein paar zusammenhanglose Wörter sind leicht zu merken und schwer zu erraten.</numerusform>
            <numerusform>Verwenden Sie mindestens %n Zeichen; ein paar zusammenhanglose Wörter sind leicht zu merken und schwer zu erraten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
        <source>Creating your practice…</source>
        <translation>Ihre Praxis wird angelegt …</translation>
    </message>
    <message>
        <source>Encrypting the new practice and storing its key in the keychain.</source>
        <translation>Die neue Praxis wird verschlüsselt und ihr Schlüssel im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The practice could not be created: %1</source>
        <translation>Die Praxis konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Ihr Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Print it or write it down and keep it somewhere safe, away from this computer. It is shown only now. With it, your practice can be opened on any computer that has its files; without it, a lost keychain means lost data.</source>
        <translation>Drucken Sie ihn aus oder schreiben Sie ihn auf und bewahren Sie ihn sicher auf, nicht bei diesem Computer. Er wird nur jetzt angezeigt. Mit ihm lässt sich Ihre Praxis auf jedem Computer öffnen, der ihre Dateien hat; ohne ihn bedeutet ein verlorener Schlüsselbund verlorene Daten.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Save as Text File…</source>
        <translation>Als Textdatei speichern …</translation>
    </message>
    <message>
        <source>I have printed or written down my recovery code</source>
        <translation>Ich habe meinen Wiederherstellungscode ausgedruckt oder aufgeschrieben</translation>
    </message>
    <message>
        <source>Open My Practice</source>
        <translation>Meine Praxis öffnen</translation>
    </message>
    <message>
        <source>The key could not be stored in the system keychain (%1), so Clientele will ask for this code each time it starts.</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund des Systems gespeichert werden (%1). Clientele fragt deshalb bei jedem Start nach diesem Code.</translation>
    </message>
    <message>
        <source>Print Recovery Code</source>
        <translation>Wiederherstellungscode drucken</translation>
    </message>
    <message>
        <source>Clientele recovery code

%1

Keep this page somewhere safe. Anyone with this code and the practice files can open the practice.</source>
        <translation>Clientele-Wiederherstellungscode

%1

Bewahren Sie diese Seite sicher auf. Wer diesen Code und die Praxisdateien hat, kann die Praxis öffnen.</translation>
    </message>
    <message>
        <source>Save Recovery Code</source>
        <translation>Wiederherstellungscode speichern</translation>
    </message>
    <message>
        <source>Clientele recovery code.txt</source>
        <translation>Clientele-Wiederherstellungscode.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Clientele recovery code: %1</source>
        <translation>Clientele-Wiederherstellungscode: %1</translation>
    </message>
    <message>
        <source>The code could not be saved to %1: %2</source>
        <translation>Der Code konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Already keep your practice on another computer? Set up this one, then join it under Settings → Relay → Join a Practice…: the practice arrives here.</source>
        <translation>Führen Sie Ihre Praxis schon auf einem anderen Computer? Richten Sie diesen ein und treten Sie dann unter Einstellungen → Relay → Einer Praxis beitreten… bei: Die Praxis kommt dann hierher.</translation>
    </message>
</context>
<context>
    <name>clientele::ui::InvoiceEditor</name>
    <message>
        <source>Invoice editor</source>
        <translation>Rechnungseditor</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>The day the client should have paid by</source>
        <translation>Der Tag, bis zu dem der Kunde bezahlt haben sollte</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>Optional, from the client&apos;s purchase order</source>
        <translation>Optional, aus der Bestellung des Kunden</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>&amp;PO number:</source>
        <translation>&amp;Bestellnummer:</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Printed on the invoice below the lines</source>
        <translation>Auf der Rechnung unter den Positionen gedruckt</translation>
    </message>
    <message>
        <source>Printed on the invoice, e.g. bank details or a thank-you</source>
        <translation>Auf der Rechnung gedruckt, z. B. Bankverbindung oder ein Dankeschön</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>Fälligkeitsdatum ändern</translation>
    </message>
    <message>
        <source>Edit PO number</source>
        <translation>Bestellnummer bearbeiten</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Notizen bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the draft (%1)</source>
        <translation>Entwurf speichern (%1)</translation>
    </message>
    <message>
        <source>&amp;Issue Invoice…</source>
        <translation>Rechnung &amp;ausstellen …</translation>
    </message>
    <message>
        <source>Give the invoice its number and make it final</source>
        <translation>Der Rechnung ihre Nummer geben und sie endgültig machen</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Go back to the last saved version (can be undone)</source>
        <translation>Zur zuletzt gespeicherten Fassung zurückkehren (kann rückgängig gemacht werden)</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>&amp;Zahlung erfassen …</translation>
    </message>
    <message>
        <source>Record money received for this invoice</source>
        <translation>Für diese Rechnung erhaltenes Geld erfassen</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Erstatten …</translation>
    </message>
    <message>
        <source>Give back money from a payment</source>
        <translation>Geld aus einer Zahlung zurückzahlen</translation>
    </message>
    <message>
        <source>&amp;Void Invoice…</source>
        <translation>Rechnung s&amp;tornieren …</translation>
    </message>
    <message>
        <source>Cancel this issued invoice; its number stays used</source>
        <translation>Diese ausgestellte Rechnung stornieren; ihre Nummer bleibt vergeben</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Invoice lines</source>
        <translation>Rechnungspositionen</translation>
    </message>
    <message>
        <source>Description, quantity, unit price and tax codes of each line. Press Delete to remove a line.</source>
        <translation>Beschreibung, Menge, Einzelpreis und Steuercodes jeder Position. Mit Entf entfernen Sie eine Position.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Codes from the tax table below, separated by commas</source>
        <translation>Codes aus der Steuertabelle unten, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation>Position &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a line</source>
        <translation>Eine Position hinzufügen</translation>
    </message>
    <message>
        <source>Remove Line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>Die ausgewählte Position entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected line up</source>
        <translation>Die ausgewählte Position nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected line down</source>
        <translation>Die ausgewählte Position nach unten verschieben</translation>
    </message>
    <message>
        <source>Discount kind</source>
        <translation>Art des Rabatts</translation>
    </message>
    <message>
        <source>No discount</source>
        <translation>Kein Rabatt</translation>
    </message>
    <message>
        <source>Percent of subtotal</source>
        <translation>Prozent der Zwischensumme</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Fester Betrag</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>D&amp;iscount:</source>
        <translation>&amp;Rabatt:</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Change discount</source>
        <translation>Rabatt ändern</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Steuersätze</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Satz %</translation>
    </message>
    <message>
        <source>Included in prices</source>
        <translation>Im Preis enthalten</translation>
    </message>
    <message>
        <source>Add Tax Rate</source>
        <translation>Steuersatz hinzufügen</translation>
    </message>
    <message>
        <source>Add a tax that lines can refer to by its code</source>
        <translation>Eine Steuer hinzufügen, auf die Positionen über ihren Code verweisen können</translation>
    </message>
    <message>
        <source>Remove Tax Rate</source>
        <translation>Steuersatz entfernen</translation>
    </message>
    <message>
        <source>Remove the selected tax</source>
        <translation>Die ausgewählte Steuer entfernen</translation>
    </message>
    <message>
        <source>Payment schedule</source>
        <translation>Zahlungsplan</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Zahlungsbedingungen</translation>
    </message>
    <message>
        <source>Pay in full by the due date</source>
        <translation>Vollständig bis zum Fälligkeitsdatum zahlen</translation>
    </message>
    <message>
        <source>Deposit, then instalments</source>
        <translation>Anzahlung, dann Raten</translation>
    </message>
    <message>
        <source>Instalments</source>
        <translation>Raten</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Add Instalment</source>
        <translation>Rate hinzufügen</translation>
    </message>
    <message>
        <source>Add an instalment with the amount still unscheduled</source>
        <translation>Eine Rate mit dem noch nicht eingeplanten Betrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove Instalment</source>
        <translation>Rate entfernen</translation>
    </message>
    <message>
        <source>Remove the selected instalment</source>
        <translation>Die ausgewählte Rate entfernen</translation>
    </message>
    <message>
        <source>Change payment terms</source>
        <translation>Zahlungsbedingungen ändern</translation>
    </message>
    <message>
        <source>Payments and refunds</source>
        <translation>Zahlungen und Rückerstattungen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation>z. B. 10</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Enthalten</translation>
    </message>
    <message>
        <source>Added on top</source>
        <translation>Aufgeschlagen</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <source>Instalment %1</source>
        <translation>Rate %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Fix the problems above to see the total</source>
        <translation>Beheben Sie die Probleme oben, um den Gesamtbetrag zu sehen</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>%1 %2 % (included)</source>
        <translation>%1 %2 % (enthalten)</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>Invoice number: %1</source>
        <translation>Rechnungsnummer: %1</translation>
    </message>
    <message>
        <source>Not issued yet — the number is given when you issue it.</source>
        <translation>Noch nicht ausgestellt — die Nummer wird beim Ausstellen vergeben.</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Ausgestellt am %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Fällig am %1</translation>
    </message>
    <message>
        <source>PO %1</source>
        <translation>Bestellnr. %1</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Rückerstattung</translation>
    </message>
    <message>
        <source>Can&apos;t save yet. %1</source>
        <translation>Speichern noch nicht möglich. %1</translation>
    </message>
    <message>
        <source>Add a line before issuing this invoice.</source>
        <translation>Fügen Sie eine Position hinzu, bevor Sie diese Rechnung ausstellen.</translation>
    </message>
    <message>
        <source>This invoice is void and can no longer be changed.</source>
        <translation>Diese Rechnung ist storniert und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>This invoice was refunded and is closed.</source>
        <translation>Diese Rechnung wurde erstattet und ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Issued invoices can&apos;t be edited. Void it and issue a corrected one, or give a refund.</source>
        <translation>Ausgestellte Rechnungen können nicht bearbeitet werden. Stornieren Sie sie und stellen Sie eine korrigierte aus, oder leisten Sie eine Rückerstattung.</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Edit line %1</source>
        <translation>Position %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit tax rate</source>
        <translation>Steuersatz bearbeiten</translation>
    </message>
    <message>
        <source>Edit instalment</source>
        <translation>Rate bearbeiten</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Move line</source>
        <translation>Position verschieben</translation>
    </message>
    <message>
        <source>Add tax rate</source>
        <translation>Steuersatz hinzufügen</translation>
    </message>
    <message>
        <source>Remove tax rate</source>
        <translation>Steuersatz entfernen</translation>
    </message>
    <message>
        <source>Add instalment</source>
        <translation>Rate hinzufügen</translation>
    </message>
    <message>
        <source>Remove instalment</source>
        <translation>Rate entfernen</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Prin&amp;t / PDF</source>
        <translation>&amp;Drucken / PDF</translation>
    </message>
    <message>
        <source>Preview, print or save the invoice or its receipt as PDF</source>
        <translation>Die Rechnung oder ihre Quittung ansehen, drucken oder als PDF speichern</translation>
    </message>
    <message>
        <source>Payment &amp;Link…</source>
        <translation>Zahlungs&amp;link…</translation>
    </message>
    <message>
        <source>Get a link the client pays what is owed through, by card</source>
        <translation>Einen Link erstellen, über den der Kunde den offenen Betrag per Karte bezahlt</translation>
    </message>
    <message>
        <source>Refund on its way</source>
        <translation>Erstattung unterwegs</translation>
    </message>
    <message>
        <source>%1 · waiting for Stripe</source>
        <translation>%1 · wartet auf Stripe</translation>
    </message>
    <message>
        <source>Refund not made</source>
        <translation>Erstattung nicht erfolgt</translation>
    </message>
    <message>
        <source>%1 · Stripe refused it; the Outbox says why</source>
        <translation>%1 · von Stripe abgelehnt; der Postausgang nennt den Grund</translation>
    </message>
    <message>
        <source>answer in Stripe by %1</source>
        <translation>in Stripe bis %1 antworten</translation>
    </message>
    <message>
        <source>answer in Stripe</source>
        <translation>in Stripe antworten</translation>
    </message>
    <message>
        <source>The client&apos;s bank disputes %1 (%2). Answer in your Stripe dashboard by %3, or the bank decides for the client.</source>
        <translation>Die Bank des Kunden beanstandet %1 (%2). Antworten Sie in Ihrem Stripe-Dashboard bis %3, sonst entscheidet die Bank zugunsten des Kunden.</translation>
    </message>
    <message>
        <source>The client&apos;s bank disputes %1 (%2). Answer in your Stripe dashboard.</source>
        <translation>Die Bank des Kunden beanstandet %1 (%2). Antworten Sie in Ihrem Stripe-Dashboard.</translation>
    </message>
    <message>
        <source>the bank is deciding</source>
        <translation>die Bank entscheidet</translation>
    </message>
    <message>
        <source>won: the money stays with you</source>
        <translation>gewonnen: das Geld bleibt bei Ihnen</translation>
    </message>
    <message>
        <source>lost: the bank gave the money back to the client</source>
        <translation>verloren: die Bank hat das Geld dem Kunden zurückgegeben</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Beanstandet</translation>
    </message>
    <message>
        <source>%1 of the payment · %2 · %3</source>
        <translation>%1 der Zahlung · %2 · %3</translation>
    </message>
    <message>
        <source>Refund not on the invoice</source>
        <translation>Erstattung nicht auf der Rechnung</translation>
    </message>
    <message>
        <source>E&amp;mail…</source>
        <translation>E-&amp;Mail …</translation>
    </message>
    <message>
        <source>Email the invoice to the client as a PDF, from your own mailbox</source>
        <translation>Die Rechnung als PDF aus Ihrem eigenen Postfach an den Kunden senden</translation>
    </message>
</context>
<context>
    <name>clientele::ui::InvoiceExportDialog</name>
    <message>
        <source>Export Invoices as PDF</source>
        <translation>Rechnungen als PDF exportieren</translation>
    </message>
    <message>
        <source>Writes every invoice issued in the period as a PDF, for your accountant or your records. Void invoices are included so no number is missing; drafts are not.</source>
        <translation>Schreibt jede im Zeitraum ausgestellte Rechnung als PDF, für Ihre Steuerberatung oder Ihre Unterlagen. Stornierte Rechnungen sind enthalten, damit keine Nummer fehlt; Entwürfe nicht.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Folder for the Invoices</source>
        <translation>Ordner für die Rechnungen</translation>
    </message>
    <message>
        <source>The period ends before it starts. Choose a last day on or after the first.</source>
        <translation>Der Zeitraum endet, bevor er beginnt. Wählen Sie einen letzten Tag am oder nach dem ersten.</translation>
    </message>
    <message>
        <source>Choose the folder the PDFs go into.</source>
        <translation>Wählen Sie den Ordner, in den die PDFs geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>clientele::ui::InvoiceFilterProxy</name>
    <message>
        <source>All invoices</source>
        <translation>Alle Rechnungen</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Unbezahlt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Void or refunded</source>
        <translation>Storniert oder erstattet</translation>
    </message>
</context>
<context>
    <name>clientele::ui::InvoicePdfExport</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>clientele::ui::InvoiceTableModel</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Nothing owed</source>
        <translation>Nichts offen</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>%1 Tage überfällig</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>clientele::ui::InvoicesPage</name>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>No invoices yet</source>
        <translation>Noch keine Rechnungen</translation>
    </message>
    <message>
        <source>No invoices yet — create one from a booking or press %1.</source>
        <translation>Noch keine Rechnungen — erstellen Sie eine aus einer Buchung oder drücken Sie %1.</translation>
    </message>
    <message>
        <source>Select an invoice to open it beside the list</source>
        <translation>Wählen Sie eine Rechnung, um sie neben der Liste zu öffnen</translation>
    </message>
    <message>
        <source>No invoices match. Choose “All invoices” or clear the search.</source>
        <translation>Keine passenden Rechnungen. Wählen Sie „Alle Rechnungen“ oder leeren Sie die Suche.</translation>
    </message>
    <message>
        <source>New Invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <source>Find Invoice</source>
        <translation>Rechnung suchen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Which invoices the list shows</source>
        <translation>Welche Rechnungen die Liste anzeigt</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Rechnungen suchen</translation>
    </message>
    <message>
        <source>Search number or client</source>
        <translation>Nummer oder Kunde suchen</translation>
    </message>
    <message>
        <source>&amp;New Invoice</source>
        <translation>&amp;Neue Rechnung</translation>
    </message>
    <message>
        <source>New Invoice (%1)</source>
        <translation>Neue Rechnung (%1)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Loading invoices…</source>
        <translation>Rechnungen werden geladen …</translation>
    </message>
</context>
<context>
    <name>clientele::ui::JoinPracticeDialog</name>
    <message>
        <source>Join a Practice</source>
        <translation>Einer Praxis beitreten</translation>
    </message>
    <message>
        <source>On the computer that already has the practice, open Settings → Relay, choose “Add a Computer…” and type the code it shows here. This computer then joins the practice through %1.</source>
        <translation>Öffnen Sie auf dem Computer, der die Praxis bereits hat, Einstellungen → Relay, wählen Sie „Computer hinzufügen…“ und tippen Sie den angezeigten Code hier ein. Dieser Computer tritt der Praxis dann über %1 bei.</translation>
    </message>
    <message>
        <source>What this computer&apos;s practice holds now (its profile) is replaced by the practice it joins. A practice with clients, sessions or invoices of its own cannot join.</source>
        <translation>Was die Praxis dieses Computers jetzt enthält (ihr Profil), wird durch die beigetretene Praxis ersetzt. Eine Praxis mit eigenen Kunden, Terminen oder Rechnungen kann nicht beitreten.</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Kopplungscode</translation>
    </message>
    <message>
        <source>Pairing &amp;code:</source>
        <translation>Kopplungs&amp;code:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
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
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>Creates a new item of the current section: a client, booking or invoice</source>
        <translation>Legt ein neues Element im aktuellen Bereich an: einen Kunden, eine Buchung oder eine Rechnung</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>S&amp;uchen …</translation>
    </message>
    <message>
        <source>&amp;Import Clients…</source>
        <translation>Kunden &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Export Clients…</source>
        <translation>Kunden &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Lock Practice</source>
        <translation>Praxis &amp;sperren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Export In&amp;voices as PDF…</source>
        <translation>&amp;Rechnungen als PDF exportieren …</translation>
    </message>
    <message>
        <source>Writes every invoice of a period as a PDF into a folder</source>
        <translation>Schreibt jede Rechnung eines Zeitraums als PDF in einen Ordner</translation>
    </message>
    <message>
        <source>Import C&amp;alendar…</source>
        <translation>K&amp;alender importieren …</translation>
    </message>
    <message>
        <source>Blocks the time of the events of an .ics file from another calendar</source>
        <translation>Belegt die Zeit der Termine einer .ics-Datei aus einem anderen Kalender</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <translation>Ka&amp;lender exportieren …</translation>
    </message>
    <message>
        <source>Writes the sessions as an .ics file for Google Calendar, Outlook or Apple Calendar</source>
        <translation>Schreibt die Termine als .ics-Datei für Google Kalender, Outlook oder Apple Kalender</translation>
    </message>
</context>
<context>
    <name>clientele::ui::NewContractDialog</name>
    <message>
        <source>New Contract for %1</source>
        <translation>Neuer Vertrag für %1</translation>
    </message>
    <message>
        <source>A draft from one of your templates, with its merge fields filled in from %1&apos;s details and, if you choose one, a booking&apos;s. You can read and change it under Contracts before you send it.</source>
        <translation>Ein Entwurf aus einer Ihrer Vorlagen, dessen Platzhalter mit den Angaben von %1 und, falls Sie eine wählen, einer Buchung ausgefüllt werden. Unter „Verträge“ können Sie ihn lesen und ändern, bevor Sie ihn senden.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Loading templates…</source>
        <translation>Vorlagen werden geladen …</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>The session the contract is about: its date, time, service and invoice fill the template&apos;s booking, service and invoice fields</source>
        <translation>Der Termin, um den es im Vertrag geht: Datum, Uhrzeit, Leistung und Rechnung füllen die Buchungs-, Leistungs- und Rechnungsplatzhalter der Vorlage</translation>
    </message>
    <message>
        <source>No booking</source>
        <translation>Keine Buchung</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Booking:</source>
        <translation>&amp;Buchung:</translation>
    </message>
    <message>
        <source>Open Contract T&amp;emplates</source>
        <translation>Vertragsvorlagen ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Create Draft</source>
        <translation>Entwurf &amp;erstellen</translation>
    </message>
    <message>
        <source>No templates</source>
        <translation>Keine Vorlagen</translation>
    </message>
    <message>
        <source>The templates could not be loaded: %1</source>
        <translation>Die Vorlagen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>Noch keine Zeit</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No templates yet</source>
        <translation>Noch keine Vorlagen</translation>
    </message>
    <message>
        <source>You have no contract templates yet. Write one in Settings → Contract Templates, then draft it for %1 here.</source>
        <translation>Sie haben noch keine Vertragsvorlagen. Schreiben Sie eine unter Einstellungen → Vertragsvorlagen und entwerfen Sie sie dann hier für %1.</translation>
    </message>
    <message>
        <source>This template fills in a booking&apos;s details: choose the booking it is about.</source>
        <translation>Diese Vorlage füllt die Angaben einer Buchung aus: Wählen Sie die Buchung, um die es geht.</translation>
    </message>
    <message>
        <source>This template fills in a booking&apos;s details, and %1 has no booking yet.</source>
        <translation>Diese Vorlage füllt die Angaben einer Buchung aus, und %1 hat noch keine Buchung.</translation>
    </message>
    <message>
        <source>Choose one of %1&apos;s bookings above.</source>
        <translation>Wählen Sie oben eine der Buchungen von %1.</translation>
    </message>
    <message>
        <source>Book the session first, or choose a template without booking fields.</source>
        <translation>Buchen Sie zuerst den Termin oder wählen Sie eine Vorlage ohne Buchungsplatzhalter.</translation>
    </message>
</context>
<context>
    <name>clientele::ui::OutboxController</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Send the selected request now, or again if it failed</source>
        <translation>Den gewählten Auftrag jetzt senden, oder erneut, wenn er fehlschlug</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>Remove the selected request before it goes out</source>
        <translation>Den gewählten Auftrag entfernen, bevor er hinausgeht</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alle Aufträge</translation>
    </message>
    <message>
        <source>Failed or needing attention</source>
        <translation>Fehlgeschlagen oder mit Handlungsbedarf</translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>%1 may already have arrived: the answer was lost on the way back. Send it again anyway?</source>
        <translation>%1 ist vielleicht schon angekommen: Die Antwort ging auf dem Rückweg verloren. Trotzdem erneut senden?</translation>
    </message>
    <message>
        <source>Invoice %1 · %2</source>
        <translation>Rechnung %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Auftrag</numerusform>
            <numerusform>%n Aufträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending now.</source>
        <translation>Wird jetzt gesendet.</translation>
    </message>
    <message>
        <source>Queued; it goes out once a relay is connected.</source>
        <translation>Wartet; geht hinaus, sobald ein Relay verbunden ist.</translation>
    </message>
    <message>
        <source>Withdrawn; it will not be sent.</source>
        <translation>Zurückgezogen; wird nicht gesendet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Came in through the relay but could not be recorded:
%1</source>
        <translation>Über das Relay eingegangen, aber nicht verbucht:
%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The email “%1” may already have arrived: the connection broke after it went out. Send it again anyway?</source>
        <translation>Die E-Mail „%1“ ist vielleicht schon angekommen: Die Verbindung brach ab, nachdem sie hinausgegangen war. Trotzdem erneut senden?</translation>
    </message>
    <message>
        <source>What this computer sends through the relay: payment links, refunds, subscription changes and text messages; and emails, through your mail server. Each goes out once, also when the connection drops on the way.</source>
        <translation>Was dieser Computer über das Relay sendet: Zahlungslinks, Erstattungen, Abo-Änderungen und SMS; und E-Mails über Ihren Mailserver. Jedes geht einmal hinaus, auch wenn die Verbindung unterwegs abbricht.</translation>
    </message>
    <message>
        <source>This computer is not connected to a relay, so payment links and texts wait here. Connect it in Settings → Relay and they go out. Emails go through your mail server.</source>
        <translation>Dieser Computer ist mit keinem Relay verbunden, daher warten Zahlungslinks und SMS hier. Verbinden Sie ihn unter Einstellungen → Relay, dann gehen sie hinaus. E-Mails gehen über Ihren Mailserver.</translation>
    </message>
    <message>
        <source>Email · %1</source>
        <extracomment>An email in the Outbox list, with its subject</extracomment>
        <translation>E-Mail · %1</translation>
    </message>
    <message>
        <source>Queued; it goes out once email is set up in Settings → Email.</source>
        <translation>Eingereiht; sie geht hinaus, sobald E-Mail unter Einstellungen → E-Mail eingerichtet ist.</translation>
    </message>
    <message>
        <source>Withdrawn; it will not be sent. The client&apos;s history keeps it as a draft.</source>
        <translation>Zurückgezogen; sie wird nicht gesendet. Der Verlauf des Kunden behält sie als Entwurf.</translation>
    </message>
</context>
<context>
    <name>clientele::ui::PairingCodeDialog</name>
    <message>
        <source>Add a Computer</source>
        <translation>Computer hinzufügen</translation>
    </message>
    <message>
        <source>On the other computer, install Clientele and create a practice, then open Settings → Relay, choose “Join a Practice…” and type this code:</source>
        <translation>Installieren Sie Clientele auf dem anderen Computer und legen Sie eine Praxis an, öffnen Sie dann Einstellungen → Relay, wählen Sie „Einer Praxis beitreten…“ und tippen Sie diesen Code ein:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Kopplungscode</translation>
    </message>
    <message>
        <source>The code works once. Only your computers can open the practice&apos;s keys with it; the relay cannot.</source>
        <translation>Der Code funktioniert einmal. Nur Ihre Computer können damit die Schlüssel der Praxis öffnen, das Relay nicht.</translation>
    </message>
    <message>
        <source>&amp;New Code</source>
        <translation>&amp;Neuer Code</translation>
    </message>
    <message>
        <source>This code has run out. Make a new one to add a computer.</source>
        <translation>Dieser Code ist abgelaufen. Erstellen Sie einen neuen, um einen Computer hinzuzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>Works for %n more minute(s).</source>
        <translation>
            <numerusform>Funktioniert noch %n Minute.</numerusform>
            <numerusform>Funktioniert noch %n Minuten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ui::PaymentLinkDialog</name>
    <message>
        <source>Payment Link for Invoice %1</source>
        <translation>Zahlungslink für Rechnung %1</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Zahlungslink</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Create &amp;Link</source>
        <translation>&amp;Link erstellen</translation>
    </message>
    <message>
        <source>Payment link copied</source>
        <translation>Zahlungslink kopiert</translation>
    </message>
    <message>
        <source>Send this link to the client. It works until %1.</source>
        <translation>Senden Sie diesen Link an den Kunden. Er gilt bis %1.</translation>
    </message>
    <message>
        <source>Send this link to the client.</source>
        <translation>Senden Sie diesen Link an den Kunden.</translation>
    </message>
    <message>
        <source>Asking the payment service for the link…</source>
        <translation>Der Link wird beim Zahlungsdienst angefragt …</translation>
    </message>
    <message>
        <source>The request waits in the Outbox until this computer is connected to a relay.</source>
        <translation>Der Auftrag wartet im Postausgang, bis dieser Computer mit einem Relay verbunden ist.</translation>
    </message>
    <message>
        <source>Payment links are made through the relay. Connect this computer to one in Settings → Relay first.</source>
        <translation>Zahlungslinks entstehen über das Relay. Verbinden Sie diesen Computer zuerst unter Einstellungen → Relay.</translation>
    </message>
    <message>
        <source>The last link could not be made.</source>
        <translation>Der letzte Link konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The last link could not be made: %1</source>
        <translation>Der letzte Link konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>There is no link for this invoice yet.</source>
        <translation>Für diese Rechnung gibt es noch keinen Link.</translation>
    </message>
    <message>
        <source>The last link has expired; make a new one.</source>
        <translation>Der letzte Link ist abgelaufen; erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>The client paid %1 through the link. The payment is recorded on the invoice.</source>
        <translation>Der Kunde hat %1 über den Link bezahlt. Die Zahlung ist auf der Rechnung verbucht.</translation>
    </message>
    <message>
        <source>the client&apos;s payment did not go through.</source>
        <translation>die Zahlung des Kunden ist nicht durchgegangen.</translation>
    </message>
    <message>
        <source>The client pays by card, on a page of the payment service. The payment is recorded on the invoice when it arrives.</source>
        <translation>Der Kunde zahlt per Karte auf einer Seite des Zahlungsdienstes. Die Zahlung wird auf der Rechnung erfasst, sobald sie eingeht.</translation>
    </message>
    <message>
        <source>&amp;Ask for:</source>
        <translation>&amp;Anfordern:</translation>
    </message>
    <message>
        <source>The next instalment: %1</source>
        <translation>Die nächste Rate: %1</translation>
    </message>
    <message>
        <source>Everything owed: %1</source>
        <translation>Alles Offene: %1</translation>
    </message>
    <message>
        <source>The last link asked for %1; make one for %2.</source>
        <translation>Der letzte Link forderte %1 an; erstellen Sie einen über %2.</translation>
    </message>
    <message>
        <source>The last link asked for %1. A link for %2 replaces it: the last one stops working.</source>
        <translation>Der letzte Link forderte %1. Ein Link über %2 ersetzt ihn: Der letzte funktioniert dann nicht mehr.</translation>
    </message>
</context>
<context>
    <name>clientele::ui::PracticeGate</name>
    <message>
        <source>This is the demo practice; its passphrase is &quot;%1&quot;.</source>
        <translation>Dies ist die Demopraxis; ihre Passphrase lautet „%1“.</translation>
    </message>
    <message>
        <source>Locked to keep your clients&apos; details private.</source>
        <translation>Gesperrt, um die Daten Ihrer Kunden zu schützen.</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Opening with the system keychain…</source>
        <translation>Wird mit dem Schlüsselbund des Systems geöffnet …</translation>
    </message>
    <message>
        <source>The keychain has no key for this practice. Type your recovery code or passphrase.</source>
        <translation>Der Schlüsselbund enthält keinen Schlüssel für diese Praxis. Geben Sie Ihren Wiederherstellungscode oder Ihre Passphrase ein.</translation>
    </message>
    <message>
        <source>The keychain could not be used (%1). Type your recovery code or passphrase.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden (%1). Geben Sie Ihren Wiederherstellungscode oder Ihre Passphrase ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Creating the demo practice…</source>
        <translation>Demopraxis wird angelegt …</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The demo practice could not be created: %1</source>
        <translation>Die Demopraxis konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Filling the demo practice with fictional clients, bookings and invoices…</source>
        <translation>Die Demopraxis wird mit erfundenen Kunden, Buchungen und Rechnungen gefüllt …</translation>
    </message>
    <message>
        <source>The demo practice could not be filled: %1</source>
        <translation>Die Demopraxis konnte nicht gefüllt werden: %1</translation>
    </message>
</context>
<context>
    <name>clientele::ui::PracticeProfileForm</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Practice profile</source>
        <translation>Praxisprofil</translation>
    </message>
    <message>
        <source>Basics</source>
        <translation>Grunddaten</translation>
    </message>
    <message>
        <source>e.g. Anna Berg Photography</source>
        <translation>z. B. Anna Berg Fotografie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>Wä&amp;hrung:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>How numbers, dates and amounts are written on invoices and other documents.</source>
        <translation>Wie Zahlen, Daten und Beträge auf Rechnungen und anderen Dokumenten geschrieben werden.</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Dokumentsprache:</translation>
    </message>
    <message>
        <source>Language and region for invoices, receipts and emails to clients.</source>
        <translation>Sprache und Region für Rechnungen, Quittungen und E-Mails an Kunden.</translation>
    </message>
    <message>
        <source>Business details</source>
        <translation>Geschäftsangaben</translation>
    </message>
    <message>
        <source>As registered, if different from the name</source>
        <translation>Wie eingetragen, falls abweichend vom Namen</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Eingetragener Name:</translation>
    </message>
    <message>
        <source>Street and number, one line each</source>
        <translation>Straße und Hausnummer, je eine Zeile</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Straße:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;PLZ:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>State, province or county</source>
        <translation>Bundesland, Kanton oder Region</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>hello@example.com</source>
        <translation>hallo@example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Ta&amp;x ID:</source>
        <translation>Ste&amp;uernummer:</translation>
    </message>
    <message>
        <source>US providers only, for superbills</source>
        <translation>Nur für US-Anbieter, für Superbills</translation>
    </message>
    <message>
        <source>&amp;NPI:</source>
        <translation>&amp;NPI:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Logovorschau</translation>
    </message>
    <message>
        <source>PNG or SVG, at most %1. Printed on invoices and documents.</source>
        <translation>PNG oder SVG, höchstens %1. Wird auf Rechnungen und Dokumente gedruckt.</translation>
    </message>
    <message>
        <source>&amp;Accent colour:</source>
        <translation>&amp;Akzentfarbe:</translation>
    </message>
    <message>
        <source>Used for headings and lines on documents.</source>
        <translation>Für Überschriften und Linien auf Dokumenten.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>N&amp;umber pattern:</source>
        <translation>Nummern&amp;format:</translation>
    </message>
    <message>
        <source>{YYYY} year, {YY} short year, {MM} month, {####} running number with as many digits as # signs.</source>
        <translation>{YYYY} Jahr, {YY} kurzes Jahr, {MM} Monat, {####} laufende Nummer mit so vielen Stellen wie #-Zeichen.</translation>
    </message>
    <message>
        <source>Due on receipt</source>
        <translation>Sofort fällig</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Payment due after:</source>
        <translation>Zahlbar &amp;binnen:</translation>
    </message>
    <message>
        <source>e.g. Payable within 14 days.</source>
        <translation>z. B. Zahlbar innerhalb von 14 Tagen.</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>Zahlungsbedin&amp;gungen:</translation>
    </message>
    <message>
        <source>Bank details, thank-you note…</source>
        <translation>Bankverbindung, Dankeschön …</translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation>Fußze&amp;ile:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min idle</source>
        <translation> min ohne Aktivität</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>Sperren na&amp;ch:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Discard changes since the last save (Esc)</source>
        <translation>Änderungen seit dem letzten Speichern verwerfen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the practice profile (Enter)</source>
        <translation>Praxisprofil speichern (Eingabe)</translation>
    </message>
    <message>
        <source>“%1” is not an image Clientele can read. Choose a PNG or SVG file.</source>
        <translation>„%1“ ist kein Bild, das Clientele lesen kann. Wählen Sie eine PNG- oder SVG-Datei.</translation>
    </message>
    <message>
        <source>“%1” could not be opened. Choose another file.</source>
        <translation>„%1“ konnte nicht geöffnet werden. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>“%1” is %2; a logo can be at most %3. Save a smaller PNG or use an SVG.</source>
        <translation>„%1“ ist %2 groß; ein Logo darf höchstens %3 groß sein. Speichern Sie ein kleineres PNG oder verwenden Sie ein SVG.</translation>
    </message>
    <message>
        <source>“%1” makes a PNG of %2; a logo can be at most %3. Choose a simpler or smaller image.</source>
        <translation>„%1“ ergibt ein PNG von %2; ein Logo darf höchstens %3 groß sein. Wählen Sie ein einfacheres oder kleineres Bild.</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Logo images (*.png *.svg);;All files (*)</source>
        <translation>Logobilder (*.png *.svg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Unreadable logo</source>
        <translation>Logo nicht lesbar</translation>
    </message>
    <message>
        <source>Accent Colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>First number this year: %1</source>
        <translation>Erste Nummer in diesem Jahr: %1</translation>
    </message>
    <message>
        <source>Look of documents</source>
        <translation>Aussehen der Dokumente</translation>
    </message>
    <message>
        <source>The font invoices, receipts and other documents are printed in.</source>
        <translation>Die Schriftart, in der Rechnungen, Quittungen und andere Dokumente gedruckt werden.</translation>
    </message>
    <message>
        <source>D&amp;ocument font:</source>
        <translation>Do&amp;kumentschrift:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>Papiergr&amp;öße:</translation>
    </message>
    <message>
        <source>The font is embedded in every PDF, so documents look the same on every computer. The paper can still be changed when printing.</source>
        <translation>Die Schriftart wird in jedes PDF eingebettet, sodass Dokumente auf jedem Computer gleich aussehen. Das Papier lässt sich beim Drucken trotzdem noch ändern.</translation>
    </message>
    <message>
        <source>First number this year on this computer: %1. Each computer of the practice numbers in a series of its own (%2), so no number is used twice.</source>
        <translation>Erste Nummer dieses Jahres auf diesem Computer: %1. Jeder Computer der Praxis nummeriert in einem eigenen Nummernkreis (%2), so wird keine Nummer doppelt vergeben.</translation>
    </message>
</context>
<context>
    <name>clientele::ui::PracticeWorkspace</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n client(s)</source>
        <translation>
            <numerusform>%n Kunde importiert</numerusform>
            <numerusform>%n Kunden importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>vCard 4.0 for address books (*.vcf)</source>
        <translation>vCard 4.0 für Adressbücher (*.vcf)</translation>
    </message>
    <message>
        <source>vCard 3.0 for older address books (*.vcf)</source>
        <translation>vCard 3.0 für ältere Adressbücher (*.vcf)</translation>
    </message>
    <message>
        <source>Export Clients</source>
        <translation>Kunden exportieren</translation>
    </message>
    <message>
        <source>Clients.csv</source>
        <translation>Kunden.csv</translation>
    </message>
    <message>
        <source>Exporting clients…</source>
        <translation>Kunden werden exportiert …</translation>
    </message>
    <message>
        <source>The clients could not be exported: %1</source>
        <translation>Die Kunden konnten nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>Exported clients to %1</source>
        <translation>Kunden nach %1 exportiert</translation>
    </message>
    <message>
        <source>The calendar could not be loaded: %1</source>
        <translation>Der Kalender konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Move Booking</source>
        <translation>Buchung verschieben</translation>
    </message>
    <message>
        <source>The booking could not be loaded to move it.</source>
        <translation>Die Buchung konnte zum Verschieben nicht geladen werden.</translation>
    </message>
    <message>
        <source>Booking moved</source>
        <translation>Buchung verschoben</translation>
    </message>
    <message>
        <source>Invoice saved</source>
        <translation>Rechnung gespeichert</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>Rechnung ausgestellt</translation>
    </message>
    <message>
        <source>Void Invoice</source>
        <translation>Rechnung stornieren</translation>
    </message>
    <message>
        <source>Void invoice %1? It stays in your records with its number, marked void, and can no longer be paid.</source>
        <translation>Rechnung %1 stornieren? Sie bleibt mit ihrer Nummer in Ihren Unterlagen, wird als storniert gekennzeichnet und kann nicht mehr bezahlt werden.</translation>
    </message>
    <message>
        <source>Invoice voided</source>
        <translation>Rechnung storniert</translation>
    </message>
    <message>
        <source>Payment recorded</source>
        <translation>Zahlung erfasst</translation>
    </message>
    <message>
        <source>Refund recorded</source>
        <translation>Rückerstattung erfasst</translation>
    </message>
    <message>
        <source>Invoices could not be loaded: %1</source>
        <translation>Rechnungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The invoice could not be opened.</source>
        <translation>Die Rechnung konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>New Invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <source>Add a client first: an invoice is always addressed to one of your clients.</source>
        <translation>Legen Sie zuerst einen Kunden an: Eine Rechnung ist immer an einen Ihrer Kunden gerichtet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Who is the invoice for?</source>
        <translation>Für wen ist die Rechnung?</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Practice details saved</source>
        <translation>Praxisangaben gespeichert</translation>
    </message>
    <message>
        <source>Service added</source>
        <translation>Leistung hinzugefügt</translation>
    </message>
    <message>
        <source>Service saved</source>
        <translation>Leistung gespeichert</translation>
    </message>
    <message>
        <source>Service removed</source>
        <translation>Leistung entfernt</translation>
    </message>
    <message>
        <source>Package saved</source>
        <translation>Paket gespeichert</translation>
    </message>
    <message>
        <source>Package removed</source>
        <translation>Paket entfernt</translation>
    </message>
    <message>
        <source>Availability saved</source>
        <translation>Verfügbarkeit gespeichert</translation>
    </message>
    <message>
        <source>%1 · all changes saved on this computer</source>
        <translation>%1 · alle Änderungen auf diesem Computer gespeichert</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>No contracts yet</source>
        <translation>Noch keine Verträge</translation>
    </message>
    <message>
        <source>Contracts you send for signature appear here with who has signed and when.</source>
        <translation>Verträge, die Sie zur Unterschrift senden, erscheinen hier – mit wer wann unterschrieben hat.</translation>
    </message>
    <message>
        <source>Every contract of your practice and where it stands, newest first. Open a row to see the client.</source>
        <translation>Alle Verträge Ihrer Praxis und ihr Stand, die neuesten zuerst. Öffnen Sie eine Zeile, um den Kunden zu sehen.</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Lieferungen</translation>
    </message>
    <message>
        <source>Uploading photos and files to a booking, with progress, pause and share links, comes in a later version. Files already recorded with your bookings are kept.</source>
        <translation>Das Hochladen von Fotos und Dateien zu einer Buchung, mit Fortschritt, Pause und Freigabelinks, kommt in einer späteren Version. Bereits zu Ihren Buchungen erfasste Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>Newest %1</source>
        <translation>Neueste %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <translation>
            <numerusform>%n Vertrag</numerusform>
            <numerusform>%n Verträge</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Noch keine Nachrichten</translation>
    </message>
    <message>
        <source>Every email and text message exchanged with your clients appears here, with its delivery state.</source>
        <translation>Jede E-Mail und SMS, die Sie mit Ihren Kunden austauschen, erscheint hier mit ihrem Zustellstatus.</translation>
    </message>
    <message>
        <source>The newest %1 emails and text messages, in and out. Open a row to see the client and their whole history.</source>
        <translation>Die neuesten %1 E-Mails und SMS, ein- und ausgehend. Öffnen Sie eine Zeile, um den Kunden und seinen ganzen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <source>from client</source>
        <translation>vom Kunden</translation>
    </message>
    <message>
        <source>to client</source>
        <translation>an Kunden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to Client or Action…</source>
        <translation>Zu Kunde oder Aktion …</translation>
    </message>
    <message>
        <source>Looking for the invoices of the period…</source>
        <translation>Rechnungen des Zeitraums werden gesucht …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Invoices as PDF</source>
        <translation>Rechnungen als PDF exportieren</translation>
    </message>
    <message>
        <source>Stopping the export after the current invoice…</source>
        <translation>Der Export wird nach der aktuellen Rechnung beendet …</translation>
    </message>
    <message>
        <source>Writing invoice %1 of %2…</source>
        <translation>Rechnung %1 von %2 wird geschrieben …</translation>
    </message>
    <message>
        <source>No invoices were issued between %1 and %2.</source>
        <translation>Zwischen %1 und %2 wurden keine Rechnungen ausgestellt.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n invoice(s) to %1.</source>
        <translation>
            <numerusform>%n Rechnung in %1 geschrieben.</numerusform>
            <numerusform>%n Rechnungen in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>Der Export wurde abgebrochen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Canceled before the remaining %n.</source>
        <translation>
            <numerusform>Abgebrochen; %n weitere Rechnung wurde nicht mehr geschrieben.</numerusform>
            <numerusform>Abgebrochen; %n weitere Rechnungen wurden nicht mehr geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>The draft can&apos;t be printed yet. %1</source>
        <translation>Der Entwurf kann noch nicht gedruckt werden. %1</translation>
    </message>
    <message>
        <source>&amp;Receipt…</source>
        <translation>&amp;Quittung …</translation>
    </message>
    <message>
        <source>Print Receipt…</source>
        <translation>Quittung drucken …</translation>
    </message>
    <message>
        <source>Save Rece&amp;ipt as PDF…</source>
        <translation>Quittung &amp;als PDF speichern …</translation>
    </message>
    <message>
        <source>Preview and print a receipt for the payments received</source>
        <translation>Eine Quittung für die erhaltenen Zahlungen ansehen und drucken</translation>
    </message>
    <message>
        <source>Contract template saved</source>
        <translation>Vertragsvorlage gespeichert</translation>
    </message>
    <message>
        <source>Contract template removed</source>
        <translation>Vertragsvorlage entfernt</translation>
    </message>
    <message>
        <source>Busy times of other calendars could not be loaded: %1</source>
        <translation>Belegte Zeiten anderer Kalender konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Calendar Change</source>
        <translation>Kalenderänderung</translation>
    </message>
    <message>
        <source>The booking now follows the calendar.</source>
        <translation>Die Buchung folgt jetzt dem Kalender.</translation>
    </message>
    <message>
        <source>The booking stays; its event goes back at the next sync.</source>
        <translation>Die Buchung bleibt; ihr Termin wird bei der nächsten Synchronisierung zurückgesetzt.</translation>
    </message>
    <message>
        <source>This build of Clientele cannot connect to a relay.</source>
        <translation>Diese Version von Clientele kann sich nicht mit einem Relay verbinden.</translation>
    </message>
    <message>
        <source>Connecting to a relay needs the system keychain, which is not available.</source>
        <translation>Die Verbindung mit einem Relay braucht den Schlüsselbund des Systems, der nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>This computer&apos;s relay credentials are missing from the keychain. Disconnect and connect again.</source>
        <translation>Die Relay-Zugangsdaten dieses Computers fehlen im Schlüsselbund. Trennen und erneut verbinden.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Zahlung eingegangen</translation>
    </message>
    <message>
        <source>The relay no longer accepts this computer, so payments and replies do not arrive. Disconnect and connect again.</source>
        <translation>Das Relay nimmt diesen Computer nicht mehr an, daher kommen keine Zahlungen und Antworten an. Trennen Sie die Verbindung und verbinden Sie sich neu.</translation>
    </message>
    <message>
        <source>Payments and replies from the relay could not be recorded: %1</source>
        <translation>Zahlungen und Antworten vom Relay konnten nicht verbucht werden: %1</translation>
    </message>
    <message>
        <source>Refund of %1 queued: it goes back to the client&apos;s card through Stripe.</source>
        <translation>Erstattung von %1 eingereiht: Sie geht über Stripe auf die Karte des Kunden zurück.</translation>
    </message>
    <message>
        <source>Money went back to a client; the invoice shows it.</source>
        <translation>Geld ging an einen Kunden zurück; die Rechnung zeigt es.</translation>
    </message>
    <message>
        <source>A card payment dispute changed; Today and the invoice show it.</source>
        <translation>Eine Beanstandung einer Kartenzahlung hat sich geändert; „Heute“ und die Rechnung zeigen es.</translation>
    </message>
    <message>
        <source>Something from the payment service could not be recorded. The Outbox says why.</source>
        <translation>Etwas vom Zahlungsdienst konnte nicht erfasst werden. Der Postausgang nennt den Grund.</translation>
    </message>
    <message>
        <source>The confirmation is in the outbox and goes out from your mailbox.</source>
        <translation>Die Bestätigung ist im Postausgang und geht aus Ihrem Postfach hinaus.</translation>
    </message>
    <message>
        <source>Email Invoice</source>
        <translation>Rechnung per E-Mail</translation>
    </message>
    <message>
        <source>Email invoice %1 to %2 as a PDF?</source>
        <translation>Rechnung %1 als PDF per E-Mail an %2 senden?</translation>
    </message>
    <message>
        <source>Preparing invoice %1 for email…</source>
        <translation>Rechnung %1 wird für die E-Mail vorbereitet …</translation>
    </message>
    <message>
        <source>Invoice %1 is in the outbox and goes out from your mailbox.</source>
        <translation>Rechnung %1 ist im Postausgang und geht aus Ihrem Postfach hinaus.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Open Settings → Email now?</source>
        <translation>Einstellungen → E-Mail jetzt öffnen?</translation>
    </message>
</context>
<context>
    <name>clientele::ui::RecordListPage</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Filter this list…</source>
        <translation>Liste filtern …</translation>
    </message>
    <message>
        <source>Filter this list</source>
        <translation>Liste filtern</translation>
    </message>
</context>
<context>
    <name>clientele::ui::RecordPaymentDialog</name>
    <message>
        <source>Record Payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <source>Record Payment for %1</source>
        <translation>Zahlung für %1 erfassen</translation>
    </message>
    <message>
        <source>Balance due: %1</source>
        <translation>Offener Betrag: %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Eingangsdatum</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Eingegangen am:</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Zahlungsart:</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Optional: transfer reference or cheque number</source>
        <translation>Optional: Verwendungszweck oder Schecknummer</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>Enter the amount received.</source>
        <translation>Geben Sie den erhaltenen Betrag ein.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; type it like %2.</source>
        <translation>„%1“ ist kein Betrag; schreiben Sie ihn etwa als %2.</translation>
    </message>
    <message>
        <source>That is more than the balance due of %1. Enter at most %1; record any extra as a separate credit or give it back.</source>
        <translation>Das ist mehr als der offene Betrag von %1. Geben Sie höchstens %1 ein; erfassen Sie einen Überschuss als separates Guthaben oder zahlen Sie ihn zurück.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Geben Sie einen Betrag über null ein.</translation>
    </message>
</context>
<context>
    <name>clientele::ui::RecordRefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>Rückerstattung</translation>
    </message>
    <message>
        <source>Refund from %1</source>
        <translation>Rückerstattung zu %1</translation>
    </message>
    <message>
        <source>Payment to refund</source>
        <translation>Zu erstattende Zahlung</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>(%1 left to refund)</source>
        <translation>(noch %1 erstattbar)</translation>
    </message>
    <message>
        <source>&amp;Payment:</source>
        <translation>&amp;Zahlung:</translation>
    </message>
    <message>
        <source>Refund amount</source>
        <translation>Erstattungsbetrag</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>Refund date</source>
        <translation>Erstattungsdatum</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>e.g. Session cancelled by the practice</source>
        <translation>z. B. Termin von der Praxis abgesagt</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>There is no payment left to refund on this invoice.</source>
        <translation>Auf dieser Rechnung gibt es keine Zahlung mehr, die erstattet werden könnte.</translation>
    </message>
    <message>
        <source>Enter the amount to give back.</source>
        <translation>Geben Sie den zu erstattenden Betrag ein.</translation>
    </message>
    <message>
        <source>“%1” is not an amount; type it like %2.</source>
        <translation>„%1“ ist kein Betrag; schreiben Sie ihn etwa als %2.</translation>
    </message>
    <message>
        <source>Only %1 of this payment is left to refund; enter at most that.</source>
        <translation>Von dieser Zahlung können nur noch %1 erstattet werden; geben Sie höchstens diesen Betrag ein.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Geben Sie einen Betrag über null ein.</translation>
    </message>
    <message>
        <source>Give a reason for the refund; it is printed on the credit note.</source>
        <translation>Geben Sie einen Grund für die Rückerstattung an; er wird auf die Gutschrift gedruckt.</translation>
    </message>
    <message>
        <source>Back to the client&apos;s card, through &amp;Stripe</source>
        <translation>Zurück auf die Karte des Kunden, über &amp;Stripe</translation>
    </message>
    <message>
        <source>I gave it back another &amp;way; just record it</source>
        <translation>Auf anderem &amp;Weg zurückgegeben; nur erfassen</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Wie:</translation>
    </message>
    <message>
        <source>Reason given to Stripe</source>
        <translation>Grund für Stripe</translation>
    </message>
    <message>
        <source>Stripe only takes one of these; your own words stay in Clientele.</source>
        <translation>Stripe nimmt nur einen dieser Gründe an; Ihre eigenen Worte bleiben in Clientele.</translation>
    </message>
    <message>
        <source>Requested by the client</source>
        <translation>Auf Wunsch des Kunden</translation>
    </message>
    <message>
        <source>Duplicate payment</source>
        <translation>Doppelte Zahlung</translation>
    </message>
    <message>
        <source>Fraudulent payment</source>
        <translation>Betrügerische Zahlung</translation>
    </message>
    <message>
        <source>Reason for S&amp;tripe:</source>
        <translation>Grund für S&amp;tripe:</translation>
    </message>
    <message>
        <source>Required. Printed on the credit note; it stays in Clientele.</source>
        <translation>Erforderlich. Wird auf die Gutschrift gedruckt; bleibt in Clientele.</translation>
    </message>
    <message>
        <source>Refund to Card</source>
        <translation>Auf Karte erstatten</translation>
    </message>
</context>
<context>
    <name>clientele::ui::RelayConnector</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1…</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Could not keep the connection on this computer: %1</source>
        <translation>Die Verbindung konnte auf diesem Computer nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Wird getrennt…</translation>
    </message>
    <message>
        <source>Disconnected. The relay no longer accepts this computer.</source>
        <translation>Getrennt. Das Relay akzeptiert diesen Computer nicht mehr.</translation>
    </message>
    <message>
        <source>Could not disconnect: %1 This computer stays connected.</source>
        <translation>Trennen nicht möglich: %1 Dieser Computer bleibt verbunden.</translation>
    </message>
    <message>
        <source>Joining the practice at %1…</source>
        <translation>Der Praxis bei %1 wird beigetreten…</translation>
    </message>
    <message>
        <source>Could not join: %1</source>
        <translation>Beitritt nicht möglich: %1</translation>
    </message>
    <message>
        <source>Joined. The practice is arriving from the relay; it shows here as it comes.</source>
        <translation>Beigetreten. Die Praxis kommt vom Relay und erscheint hier nach und nach.</translation>
    </message>
    <message>
        <source>Making a code…</source>
        <translation>Code wird erstellt…</translation>
    </message>
    <message>
        <source>Could not make a code: %1</source>
        <translation>Code konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>clientele::ui::RelayPage</name>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>Disconnect from the Relay</source>
        <translation>Vom Relay trennen</translation>
    </message>
    <message>
        <source>Disconnect this computer from %1? The calendar feed stops updating from it, and the relay forgets this computer.</source>
        <translation>Diesen Computer von %1 trennen? Der Kalender-Feed wird von ihm nicht mehr aktualisiert, und das Relay vergisst diesen Computer.</translation>
    </message>
    <message>
        <source>How this computer appears in the relay&apos;s list of your devices.</source>
        <translation>Wie dieser Computer in der Geräteliste des Relays erscheint.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Relay &amp;address:</source>
        <translation>Relay-&amp;Adresse:</translation>
    </message>
    <message>
        <source>This computer&apos;s &amp;name:</source>
        <translation>&amp;Name dieses Computers:</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <source>Connected to %1 as “%2” since %3.</source>
        <translation>Verbunden mit %1 als „%2“ seit %3.</translation>
    </message>
    <message>
        <source>The relay could not be told: %1</source>
        <translation>Das Relay konnte nicht benachrichtigt werden: %1</translation>
    </message>
    <message>
        <source>Forget the connection on this computer anyway? Until the relay is told (from another computer of the practice), it still accepts this computer&apos;s key.</source>
        <translation>Die Verbindung auf diesem Computer trotzdem vergessen? Bis das Relay benachrichtigt wird (von einem anderen Computer der Praxis), akzeptiert es den Schlüssel dieses Computers weiter.</translation>
    </message>
    <message>
        <source>&amp;Forget Anyway</source>
        <translation>Trotzdem &amp;vergessen</translation>
    </message>
    <message>
        <source>The relay does what needs the internet while this computer is closed: it serves your calendar feed, takes payments, sends text reminders and keeps your other computers in step. It keeps your practice&apos;s data sealed, so it cannot read it.</source>
        <translation>Das Relay erledigt, was Internet braucht, während dieser Computer zugeklappt ist: Es stellt Ihren Kalender-Feed bereit, nimmt Zahlungen an, sendet SMS-Erinnerungen und hält Ihre anderen Computer auf dem gleichen Stand. Es hält die Daten Ihrer Praxis versiegelt und kann sie daher nicht lesen.</translation>
    </message>
    <message>
        <source>&amp;Join a Practice…</source>
        <translation>Einer Praxis &amp;beitreten…</translation>
    </message>
    <message>
        <source>The practice already runs on another computer: this one joins it.</source>
        <translation>Die Praxis läuft bereits auf einem anderen Computer: Dieser tritt ihr bei.</translation>
    </message>
    <message>
        <source>Connect starts this practice at the relay. If it already runs on another of your computers, join it there instead: both then show the same practice.</source>
        <translation>„Verbinden“ legt diese Praxis beim Relay an. Läuft sie bereits auf einem anderen Ihrer Computer, treten Sie ihr stattdessen bei: Dann zeigen beide dieselbe Praxis.</translation>
    </message>
    <message>
        <source>&amp;Add a Computer…</source>
        <translation>Computer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Shows a code to type on another computer, so it keeps this practice too.</source>
        <translation>Zeigt einen Code, der auf einem anderen Computer eingetippt wird, damit auch dieser die Praxis führt.</translation>
    </message>
</context>
<context>
    <name>clientele::ui::ServicesEditor</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Remove Service</source>
        <translation>Leistung entfernen</translation>
    </message>
    <message>
        <source>Remove the service “%1”? Bookings already made keep their details.</source>
        <translation>Die Leistung „%1“ entfernen? Bereits gebuchte Termine behalten ihre Angaben.</translation>
    </message>
    <message>
        <source>No services yet</source>
        <translation>Noch keine Leistungen</translation>
    </message>
    <message>
        <source>Add what you offer, with its length, price and deposit.</source>
        <translation>Legen Sie an, was Sie anbieten, mit Dauer, Preis und Anzahlung.</translation>
    </message>
    <message>
        <source>&amp;Add a Service</source>
        <translation>Leistung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Leistung hinzufügen</translation>
    </message>
    <message>
        <source>Add a service (Ctrl+N)</source>
        <translation>Eine Leistung hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove service</source>
        <translation>Leistung entfernen</translation>
    </message>
    <message>
        <source>e.g. Portrait session</source>
        <translation>z. B. Porträt-Shooting</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>before,</source>
        <translation>davor,</translation>
    </message>
    <message>
        <source>after</source>
        <translation>danach</translation>
    </message>
    <message>
        <source>Keep &amp;free:</source>
        <translation>&amp;Freihalten:</translation>
    </message>
    <message>
        <source>Keep free after</source>
        <translation>Danach freihalten</translation>
    </message>
    <message>
        <source>Keep free before</source>
        <translation>Davor freihalten</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Preis:</translation>
    </message>
    <message>
        <source>No deposit</source>
        <translation>Keine Anzahlung</translation>
    </message>
    <message>
        <source>Share of the price</source>
        <translation>Anteil am Preis</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Fester Betrag</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Deposit percentage</source>
        <translation>Anzahlung in Prozent</translation>
    </message>
    <message>
        <source>Deposit amount</source>
        <translation>Anzahlungsbetrag</translation>
    </message>
    <message>
        <source>&amp;Deposit:</source>
        <translation>&amp;Anzahlung:</translation>
    </message>
    <message>
        <source>Create a &amp;video meeting link</source>
        <translation>&amp;Videolink erzeugen</translation>
    </message>
    <message>
        <source>Offered for &amp;booking</source>
        <translation>Zur &amp;Buchung angeboten</translation>
    </message>
    <message>
        <source>Inactive services stay on past bookings and invoices but cannot be booked.</source>
        <translation>Inaktive Leistungen bleiben auf früheren Buchungen und Rechnungen erhalten, können aber nicht gebucht werden.</translation>
    </message>
    <message>
        <source>Add &amp;Reminder</source>
        <translation>E&amp;rinnerung hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;minders:</source>
        <translation>Erinnerun&amp;gen:</translation>
    </message>
    <message>
        <source>Add reminder</source>
        <translation>Erinnerung hinzufügen</translation>
    </message>
    <message>
        <source>Add Pa&amp;ckage</source>
        <translation>Paket hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Sell several sessions together, e.g. 10 sessions for a lower price</source>
        <translation>Mehrere Termine zusammen verkaufen, z. B. 10 Termine zu einem günstigeren Preis</translation>
    </message>
    <message>
        <source>Pac&amp;kages:</source>
        <translation>Pa&amp;kete:</translation>
    </message>
    <message>
        <source>Add package</source>
        <translation>Paket hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Ver&amp;werfen</translation>
    </message>
    <message>
        <source>Discard changes to this service (Esc)</source>
        <translation>Änderungen an dieser Leistung verwerfen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save this service (Enter)</source>
        <translation>Diese Leistung speichern (Eingabe)</translation>
    </message>
    <message>
        <source>Reminder time before the session</source>
        <translation>Erinnerungszeit vor dem Termin</translation>
    </message>
    <message>
        <source>before, by</source>
        <translation>vorher, per</translation>
    </message>
    <message>
        <source>Reminder channel</source>
        <translation>Erinnerungskanal</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove reminder</source>
        <translation>Erinnerung entfernen</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> Termine</translation>
    </message>
    <message>
        <source>Sessions in the package</source>
        <translation>Termine im Paket</translation>
    </message>
    <message>
        <source>for</source>
        <translation>für</translation>
    </message>
    <message>
        <source>Package price</source>
        <translation>Paketpreis</translation>
    </message>
    <message>
        <source>never expire</source>
        <translation>unbegrenzt gültig</translation>
    </message>
    <message>
        <source>valid </source>
        <translation>gültig </translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days the package is valid, 0 for no limit</source>
        <translation>Gültigkeit des Pakets in Tagen, 0 für unbegrenzt</translation>
    </message>
    <message>
        <source>Remove package</source>
        <translation>Paket entfernen</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Neue Leistung</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Änderungen noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Package %1: %2</source>
        <translation>Paket %1: %2</translation>
    </message>
    <message>
        <source>Save the service first, then add its packages.</source>
        <translation>Speichern Sie zuerst die Leistung und fügen Sie dann ihre Pakete hinzu.</translation>
    </message>
    <message>
        <source>For superbills to US health insurers. Leave the procedure code empty if you don&apos;t bill insurance.</source>
        <translation>Für Superbills an US-Krankenversicherungen. Lassen Sie den Prozedurencode leer, wenn Sie nicht mit Versicherungen abrechnen.</translation>
    </message>
    <message>
        <source>Insurance billing</source>
        <translation>Abrechnung mit Versicherungen</translation>
    </message>
    <message>
        <source>e.g. 90837</source>
        <translation>z. B. 90837</translation>
    </message>
    <message>
        <source>The CPT or HCPCS code of the service</source>
        <translation>Der CPT- oder HCPCS-Code der Leistung</translation>
    </message>
    <message>
        <source>CPT/HCPCS c&amp;ode:</source>
        <translation>CPT/HCPCS-&amp;Code:</translation>
    </message>
    <message>
        <source>e.g. 95, HO — up to four</source>
        <translation>z. B. 95, HO — bis zu vier</translation>
    </message>
    <message>
        <source>Mod&amp;ifiers:</source>
        <translation>&amp;Modifikatoren:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Where the sessions take place, as a CMS place-of-service code; type another code if yours is not listed</source>
        <translation>Wo die Termine stattfinden, als CMS-Code für den Leistungsort (Place of Service); geben Sie einen anderen Code ein, wenn Ihrer nicht aufgeführt ist</translation>
    </message>
    <message>
        <source>Plac&amp;e of service:</source>
        <translation>Leistungs&amp;ort:</translation>
    </message>
    <message>
        <source>How many units of the code one session counts for</source>
        <translation>Wie viele Einheiten des Codes ein Termin zählt</translation>
    </message>
    <message>
        <source>&amp;Units per session:</source>
        <translation>E&amp;inheiten pro Termin:</translation>
    </message>
    <message>
        <source>Modifiers belong to a procedure code. Enter the CPT or HCPCS code, or clear the modifiers.</source>
        <translation>Modifikatoren gehören zu einem Prozedurencode. Geben Sie den CPT- oder HCPCS-Code ein oder entfernen Sie die Modifikatoren.</translation>
    </message>
    <message numerus="yes">
        <source>Reminders go out between %1 and %2 in the session&apos;s time zone: texts to clients who agreed to them, emails from the computer set up to send email (Settings → Email). A reminder whose moment passed more than %n hour(s) ago, because this computer was off or offline, is skipped rather than sent late, and one still waiting is withdrawn when its session is cancelled or moved.</source>
        <translation>
            <numerusform>Erinnerungen gehen zwischen %1 und %2 in der Zeitzone des Termins hinaus: SMS an Kunden, die zugestimmt haben, E-Mails von dem Computer, der zum Senden von E-Mails eingerichtet ist (Einstellungen → E-Mail). Eine Erinnerung, deren Zeitpunkt mehr als %n Stunde zurückliegt, weil dieser Computer aus oder offline war, wird übersprungen statt verspätet gesendet, und eine noch wartende wird zurückgezogen, wenn ihr Termin abgesagt oder verschoben wird.</numerusform>
            <numerusform>Erinnerungen gehen zwischen %1 und %2 in der Zeitzone des Termins hinaus: SMS an Kunden, die zugestimmt haben, E-Mails von dem Computer, der zum Senden von E-Mails eingerichtet ist (Einstellungen → E-Mail). Eine Erinnerung, deren Zeitpunkt mehr als %n Stunden zurückliegt, weil dieser Computer aus oder offline war, wird übersprungen statt verspätet gesendet, und eine noch wartende wird zurückgezogen, wenn ihr Termin abgesagt oder verschoben wird.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clientele::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Your practice as clients and documents see it.</source>
        <translation>Ihre Praxis, wie Kunden und Dokumente sie zeigen.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>What clients can book, with length, price, deposit and reminders.</source>
        <translation>Was Kunden buchen können, mit Dauer, Preis, Anzahlung und Erinnerungen.</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>When clients can book you.</source>
        <translation>Wann Kunden bei Ihnen buchen können.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Same as the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <source>“Same as the system” follows your desktop when it switches between light and dark.</source>
        <translation>„Wie das System“ folgt Ihrem Desktop, wenn er zwischen hell und dunkel wechselt.</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Practice file:</source>
        <translation>Praxisdatei:</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern …</translation>
    </message>
    <message>
        <source>Change when Clientele locks itself</source>
        <translation>Ändern, wann Clientele sich sperrt</translation>
    </message>
    <message>
        <source>Automatic lock:</source>
        <translation>Automatische Sperre:</translation>
    </message>
    <message>
        <source>&amp;Lock Now</source>
        <translation>&amp;Jetzt sperren</translation>
    </message>
    <message>
        <source>Close the practice file; your password is needed to open it again.</source>
        <translation>Schließt die Praxisdatei; zum erneuten Öffnen wird Ihr Passwort benötigt.</translation>
    </message>
    <message>
        <source>Everything is kept in one encrypted file on this computer. Locking closes it; your password opens it again.</source>
        <translation>Alles liegt in einer verschlüsselten Datei auf diesem Computer. Sperren schließt sie; Ihr Passwort öffnet sie wieder.</translation>
    </message>
    <message>
        <source>No practice file is open.</source>
        <translation>Es ist keine Praxisdatei geöffnet.</translation>
    </message>
    <message>
        <source>Clientele locks itself after %1 min without use.</source>
        <translation>Clientele sperrt sich nach %1 min ohne Nutzung.</translation>
    </message>
    <message>
        <source>Clientele does not lock itself; use Lock Now when you leave the computer.</source>
        <translation>Clientele sperrt sich nicht selbst; verwenden Sie „Jetzt sperren“, wenn Sie den Computer verlassen.</translation>
    </message>
    <message>
        <source>Contract Templates</source>
        <translation>Vertragsvorlagen</translation>
    </message>
    <message>
        <source>The agreements you send clients, with merge fields filled in for each client.</source>
        <translation>Die Vereinbarungen, die Sie Kunden senden, mit Platzhaltern, die für jeden Kunden ausgefüllt werden.</translation>
    </message>
    <message>
        <source>Connected Accounts</source>
        <translation>Verbundene Konten</translation>
    </message>
    <message>
        <source>Calendar Feed</source>
        <translation>Kalender-Feed</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>How emails to clients go out, and what they say.</source>
        <translation>Wie E-Mails an Kunden hinausgehen und was sie sagen.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
</context>
<context>
    <name>clientele::ui::StartSubscriptionDialog</name>
    <message>
        <source>each week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>each year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>each month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>Start Subscription</source>
        <translation>Abonnement beginnen</translation>
    </message>
    <message>
        <source>%1 gets a link to pay the first period. After that, Stripe charges their card each period until the subscription ends.</source>
        <translation>%1 erhält einen Link, um den ersten Zeitraum zu bezahlen. Danach belastet Stripe die Karte in jedem Zeitraum, bis das Abonnement endet.</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Leistung:</translation>
    </message>
    <message>
        <source>What the client sees on Stripe&apos;s page, such as Coaching session</source>
        <translation>Was der Kunde auf der Seite von Stripe sieht, etwa Coaching-Sitzung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Price of one</source>
        <translation>Preis pro Einheit</translation>
    </message>
    <message>
        <source>&amp;Price of one:</source>
        <translation>&amp;Preis pro Einheit:</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>&amp;Anzahl:</translation>
    </message>
    <message>
        <source>Each month</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Each week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Each year</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>&amp;Billed:</source>
        <translation>&amp;Abrechnung:</translation>
    </message>
    <message>
        <source>Create Link</source>
        <translation>Link erstellen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 × %2 %3 (%4)</source>
        <translation>%1 × %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Name what the client subscribes to.</source>
        <translation>Geben Sie an, was der Kunde abonniert.</translation>
    </message>
    <message>
        <source>Enter the price of one, more than nothing.</source>
        <translation>Geben Sie den Preis pro Einheit ein, mehr als nichts.</translation>
    </message>
    <message>
        <source>The client pays %1.</source>
        <translation>Der Kunde zahlt %1.</translation>
    </message>
</context>
<context>
    <name>clientele::ui::StripeAccountBox</name>
    <message>
        <source>Card payments</source>
        <translation>Kartenzahlungen</translation>
    </message>
    <message>
        <source>Connect &amp;Stripe…</source>
        <translation>&amp;Stripe verbinden…</translation>
    </message>
    <message>
        <source>Clients pay invoices by card through your own Stripe account. Connecting creates the account and opens Stripe&apos;s setup in your browser.</source>
        <translation>Kunden bezahlen Rechnungen per Karte über Ihr eigenes Stripe-Konto. Beim Verbinden wird das Konto angelegt und die Einrichtung von Stripe im Browser geöffnet.</translation>
    </message>
    <message>
        <source>Card payments go through the relay: connect this computer to one above first.</source>
        <translation>Kartenzahlungen laufen über das Relay: Verbinden Sie diesen Computer zuerst oben mit einem.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Wird verbunden…</translation>
    </message>
    <message>
        <source>Asking Stripe for your account and its setup page…</source>
        <translation>Stripe wird nach Ihrem Konto und seiner Einrichtungsseite gefragt…</translation>
    </message>
    <message>
        <source>The request waits in the Outbox until this computer is connected to a relay.</source>
        <translation>Die Anfrage wartet im Postausgang, bis dieser Computer mit einem Relay verbunden ist.</translation>
    </message>
    <message>
        <source>Finish &amp;Setup in Browser</source>
        <translation>&amp;Einrichtung im Browser abschließen</translation>
    </message>
    <message>
        <source>Stripe is checking your details. Card payments start once Stripe accepts the account.</source>
        <translation>Stripe prüft Ihre Angaben. Kartenzahlungen beginnen, sobald Stripe das Konto annimmt.</translation>
    </message>
    <message>
        <source>Your Stripe account %1 exists. Finish Stripe&apos;s setup (your business and bank details) to take card payments.</source>
        <translation>Ihr Stripe-Konto %1 ist angelegt. Schließen Sie die Einrichtung bei Stripe ab (Angaben zum Unternehmen und Bankverbindung), um Kartenzahlungen anzunehmen.</translation>
    </message>
    <message>
        <source>Stripe account %1 takes card payments. Payment links on invoices use it.</source>
        <translation>Das Stripe-Konto %1 nimmt Kartenzahlungen an. Zahlungslinks auf Rechnungen verwenden es.</translation>
    </message>
    <message>
        <source>Stripe could not be connected: %1</source>
        <translation>Stripe konnte nicht verbunden werden: %1</translation>
    </message>
    <message>
        <source>Connecting Stripe…</source>
        <translation>Stripe wird verbunden…</translation>
    </message>
</context>
<context>
    <name>clientele::ui::SubscriptionsPanel</name>
    <message>
        <source>Link on its way</source>
        <translation>Link unterwegs</translation>
    </message>
    <message>
        <source>Link ready, not paid yet</source>
        <translation>Link bereit, noch nicht bezahlt</translation>
    </message>
    <message>
        <source>Link not made (the Outbox says why)</source>
        <translation>Link nicht erstellt (der Postausgang sagt, warum)</translation>
    </message>
    <message>
        <source>Link withdrawn</source>
        <translation>Link zurückgezogen</translation>
    </message>
    <message>
        <source>Link expired unpaid</source>
        <translation>Link unbezahlt abgelaufen</translation>
    </message>
    <message>
        <source>Active, ending</source>
        <translation>Aktiv, endet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Payment failed; Stripe tries again</source>
        <translation>Zahlung fehlgeschlagen; Stripe versucht es erneut</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Start Subscription…</source>
        <translation>Abonnement beginnen…</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy the link that starts the subscription, to send to the client</source>
        <translation>Den Link kopieren, der das Abonnement beginnt, um ihn dem Kunden zu senden</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>How many each period, from the next period on</source>
        <translation>Anzahl pro Zeitraum, ab dem nächsten Zeitraum</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>At the End of This Period</source>
        <translation>Zum Ende dieses Zeitraums</translation>
    </message>
    <message>
        <source>Now…</source>
        <translation>Jetzt…</translation>
    </message>
    <message>
        <source>Keep It Going</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Billing Portal Link</source>
        <translation>Link zum Abrechnungsportal</translation>
    </message>
    <message>
        <source>A link for the client to change their card or see their receipts at Stripe; it works for a short while</source>
        <translation>Ein Link, über den der Kunde bei Stripe seine Karte ändert oder Belege ansieht; er gilt nur kurze Zeit</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>endet am %1</translation>
    </message>
    <message>
        <source>renews %1</source>
        <translation>verlängert sich am %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The subscriptions could not be read: %1</source>
        <translation>Die Abonnements konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Billing portal link for %1 copied. It works for a short while.</source>
        <translation>Link zum Abrechnungsportal für %1 kopiert. Er gilt nur kurze Zeit.</translation>
    </message>
    <message>
        <source>No subscriptions. Start Subscription… makes a link for %1 to pay for a plan each week, month or year; Stripe then charges their card each period.</source>
        <translation>Keine Abonnements. „Abonnement beginnen…“ erstellt einen Link, über den %1 einen Plan wöchentlich, monatlich oder jährlich bezahlt; Stripe belastet dann die Karte in jedem Zeitraum.</translation>
    </message>
    <message>
        <source>Changes go out through the Outbox and show here once Stripe has made them.</source>
        <translation>Änderungen gehen über den Postausgang hinaus und erscheinen hier, sobald Stripe sie ausgeführt hat.</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Start Subscription</source>
        <translation>Abonnement beginnen</translation>
    </message>
    <message>
        <source>A subscription link needs somewhere to send the client after paying. Enter your website in Settings → Practice, or connect a relay in Settings → Relay.</source>
        <translation>Ein Abonnement-Link braucht ein Ziel für den Kunden nach dem Bezahlen. Tragen Sie Ihre Website unter Einstellungen → Praxis ein oder verbinden Sie ein Relay unter Einstellungen → Relay.</translation>
    </message>
    <message>
        <source>Subscription link queued; Copy Link once it is ready.</source>
        <translation>Abonnement-Link eingereiht; kopieren Sie ihn, sobald er bereit ist.</translation>
    </message>
    <message>
        <source>Subscription link copied</source>
        <translation>Abonnement-Link kopiert</translation>
    </message>
    <message>
        <source>Change Subscription</source>
        <translation>Abonnement ändern</translation>
    </message>
    <message>
        <source>How many of %1 each period, from the next period on:</source>
        <translation>Wie viele %1 pro Zeitraum, ab dem nächsten Zeitraum:</translation>
    </message>
    <message>
        <source>End Subscription Now</source>
        <translation>Abonnement jetzt beenden</translation>
    </message>
    <message>
        <source>End %1&apos;s subscription to %2 now? Stripe charges nothing more and refunds nothing of this period.</source>
        <translation>Das Abonnement von %1 für %2 jetzt beenden? Stripe belastet nichts mehr und erstattet nichts von diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Billing portal link asked for; it is copied once Stripe has made it.</source>
        <translation>Link zum Abrechnungsportal angefordert; er wird kopiert, sobald Stripe ihn erstellt hat.</translation>
    </message>
    <message>
        <source>change on its way to Stripe</source>
        <translation>Änderung unterwegs zu Stripe</translation>
    </message>
    <message>
        <source>last change not made (the Outbox says why)</source>
        <translation>letzte Änderung nicht ausgeführt (der Postausgang sagt, warum)</translation>
    </message>
    <message>
        <source>Subscription change queued for Stripe</source>
        <translation>Abonnement-Änderung für Stripe eingereiht</translation>
    </message>
    <message>
        <source>Ending with this period, queued for Stripe; the client keeps what they paid for.</source>
        <translation>Ende mit diesem Zeitraum für Stripe eingereiht; der Kunde behält, was er bezahlt hat.</translation>
    </message>
    <message>
        <source>Keeping the subscription going, queued for Stripe</source>
        <translation>Weiterlaufen des Abonnements für Stripe eingereiht</translation>
    </message>
    <message>
        <source>Ending the subscription now, queued for Stripe</source>
        <translation>Sofortiges Ende des Abonnements für Stripe eingereiht</translation>
    </message>
</context>
<context>
    <name>clientele::ui::SuperbillDialog</name>
    <message>
        <source>Superbill for %1</source>
        <translation>Superbill für %1</translation>
    </message>
    <message>
        <source>The sessions of a period with their diagnosis and procedure codes, for %1 to claim from their insurer or health savings account.</source>
        <translation>Die Termine eines Zeitraums mit ihren Diagnose- und Prozedurencodes, damit %1 sie bei der Versicherung oder dem Gesundheitssparkonto einreichen kann.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Druckvorschau …</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern …</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>The period ends before it starts. Choose a last day on or after the first.</source>
        <translation>Der Zeitraum endet, bevor er beginnt. Wählen Sie einen letzten Tag am oder nach dem ersten.</translation>
    </message>
</context>
<context>
    <name>clientele::ui::SyncFollower</name>
    <message>
        <source>In step: this computer&apos;s changes are at the relay, and your other computers&apos; changes arrive here as they are made.</source>
        <translation>Auf dem gleichen Stand: Die Änderungen dieses Computers sind beim Relay, und die Änderungen Ihrer anderen Computer kommen hier an, sobald sie gemacht werden.</translation>
    </message>
    <message>
        <source>Not in step: the relay cannot be reached (%1). Changes made here wait, and go out when it can.</source>
        <translation>Nicht auf dem gleichen Stand: Das Relay ist nicht erreichbar (%1). Hier gemachte Änderungen warten und gehen hinaus, sobald es wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Not in step: %1</source>
        <translation>Nicht auf dem gleichen Stand: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from another computer need a newer version of Clientele. They are kept, and taken in when Clientele here is updated.</source>
        <translation>
            <numerusform>%n Änderung von einem anderen Computer braucht eine neuere Version von Clientele. Sie bleibt erhalten und wird übernommen, sobald Clientele hier aktualisiert ist.</numerusform>
            <numerusform>%n Änderungen von einem anderen Computer brauchen eine neuere Version von Clientele. Sie bleiben erhalten und werden übernommen, sobald Clientele hier aktualisiert ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Getting in step with the relay…</source>
        <translation>Abgleich mit dem Relay läuft…</translation>
    </message>
    <message>
        <source>The relay no longer accepts this computer (it was removed from the practice), so its changes stay here and the other computers&apos; do not arrive.</source>
        <translation>Das Relay akzeptiert diesen Computer nicht mehr (er wurde aus der Praxis entfernt), daher bleiben seine Änderungen hier und die der anderen Computer kommen nicht an.</translation>
    </message>
</context>
<context>
    <name>clientele::ui::TextMessageDialog</name>
    <message>
        <source>Text %1</source>
        <translation>SMS an %1</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>To %1 at %2</source>
        <translation>An %1 unter %2</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>An %1</translation>
    </message>
    <message>
        <source>This client has no phone number. Add one with Edit first.</source>
        <translation>Dieser Kunde hat keine Telefonnummer. Fügen Sie zuerst mit Bearbeiten eine hinzu.</translation>
    </message>
    <message>
        <source>This client does not want texts (they replied STOP or withdrew consent).</source>
        <translation>Dieser Kunde möchte keine SMS (er hat mit STOP geantwortet oder seine Einwilligung widerrufen).</translation>
    </message>
    <message>
        <source>This client has not agreed to receive texts. Record their consent with Edit first.</source>
        <translation>Dieser Kunde hat dem Empfang von SMS nicht zugestimmt. Erfassen Sie zuerst mit Bearbeiten seine Einwilligung.</translation>
    </message>
    <message>
        <source>The text goes out through the relay; without a connection it waits in the Outbox.</source>
        <translation>Die SMS geht über das Relay hinaus; ohne Verbindung wartet sie im Postausgang.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s), sent as %1 texts</source>
        <translation>
            <numerusform>%n Zeichen, gesendet als %1 SMS</numerusform>
            <numerusform>%n Zeichen, gesendet als %1 SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>Text to %1 queued</source>
        <translation>SMS an %1 eingereiht</translation>
    </message>
    <message>
        <source>This client has only a landline number, which cannot take texts. Add their mobile number with Edit first.</source>
        <translation>Dieser Kunde hat nur eine Festnetznummer, die keine SMS empfangen kann. Tragen Sie zuerst mit Bearbeiten seine Mobilnummer ein.</translation>
    </message>
</context>
<context>
    <name>clientele::ui::TimeZoneComboBox</name>
    <message>
        <source>Type a city or region, e.g. Berlin</source>
        <translation>Stadt oder Region eingeben, z. B. Berlin</translation>
    </message>
</context>
<context>
    <name>clientele::ui::TodayPage</name>
    <message>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Nothing needs your attention: no overdue invoices, unsigned contracts, failed messages or conflicts.</source>
        <translation>Nichts braucht Ihre Aufmerksamkeit: keine überfälligen Rechnungen, nicht unterschriebenen Verträge, fehlgeschlagenen Nachrichten oder Konflikte.</translation>
    </message>
    <message>
        <source>Today&apos;s overview could not be loaded: %1</source>
        <translation>Die Tagesübersicht konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>and 1 more</source>
        <translation>und 1 weiterer Eintrag</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere Einträge</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>%1 %2–%3  ·  %4  ·  %5  ·  %6</source>
        <translation>%1 %2–%3  ·  %4  ·  %5  ·  %6</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>No sessions in the next seven days. New bookings appear here.</source>
        <translation>Keine Termine in den nächsten sieben Tagen. Neue Buchungen erscheinen hier.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 Tage überfällig</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  %3 open  ·  %4</source>
        <translation>%1  ·  %2  ·  %3 offen  ·  %4</translation>
    </message>
    <message>
        <source>Overdue invoices (%1)</source>
        <translation>Überfällige Rechnungen (%1)</translation>
    </message>
    <message>
        <source>Waiting for payment (%1)</source>
        <translation>Zahlung ausstehend (%1)</translation>
    </message>
    <message>
        <source>%1  ·  %2  ·  sent %3</source>
        <translation>%1  ·  %2  ·  gesendet am %3</translation>
    </message>
    <message>
        <source>Contracts not signed yet (%1)</source>
        <translation>Noch nicht unterschriebene Verträge (%1)</translation>
    </message>
    <message>
        <source>%1 to %2 failed: %3</source>
        <translation>%1 an %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Messages not delivered (%1)</source>
        <translation>Nicht zugestellte Nachrichten (%1)</translation>
    </message>
    <message>
        <source>%1 %2: %3 overlaps %4</source>
        <translation>%1 %2: %3 überschneidet sich mit %4</translation>
    </message>
    <message>
        <source>Calendar conflicts (%1)</source>
        <translation>Kalenderkonflikte (%1)</translation>
    </message>
    <message>
        <source>No sessions today</source>
        <translation>Heute keine Termine</translation>
    </message>
    <message>
        <source>1 session today</source>
        <translation>1 Termin heute</translation>
    </message>
    <message>
        <source>%1 sessions today</source>
        <translation>%1 Termine heute</translation>
    </message>
    <message>
        <source>nothing needs your attention</source>
        <translation>nichts braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>1 thing needs your attention</source>
        <translation>1 Punkt braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>%1 things need your attention</source>
        <translation>%1 Punkte brauchen Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>busy time in %1</source>
        <translation>belegte Zeit in %1</translation>
    </message>
    <message>
        <source>“%1” in %2</source>
        <translation>„%1“ in %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 deleted in %3</source>
        <translation>%1: %2 in %3 gelöscht</translation>
    </message>
    <message>
        <source>%1: %2 → %3 %4 (%5)</source>
        <translation>%1: %2 → %3 %4 (%5)</translation>
    </message>
    <message>
        <source>Changed in your calendars (%1)</source>
        <translation>In Ihren Kalendern geändert (%1)</translation>
    </message>
    <message>
        <source>%1&apos;s %2 on %3</source>
        <translation>%2 von %1 am %3</translation>
    </message>
    <message>
        <source>Changed in %1</source>
        <translation>In %1 geändert</translation>
    </message>
    <message>
        <source>The event of %1 was deleted in %2.</source>
        <translation>Der Termin für %1 wurde in %2 gelöscht.</translation>
    </message>
    <message>
        <source>Cancel the booking too? If you keep it, Clientele puts the event back.</source>
        <translation>Auch die Buchung stornieren? Wenn Sie sie behalten, stellt Clientele den Termin wieder her.</translation>
    </message>
    <message>
        <source>Cancel Booking</source>
        <translation>Buchung stornieren</translation>
    </message>
    <message>
        <source>The event of %1 was moved in %2 to %3.</source>
        <translation>Der Termin für %1 wurde in %2 auf %3 verschoben.</translation>
    </message>
    <message>
        <source>Move the booking too? If you keep it, Clientele moves the event back.</source>
        <translation>Auch die Buchung verschieben? Wenn Sie sie behalten, verschiebt Clientele den Termin zurück.</translation>
    </message>
    <message>
        <source>Move Booking</source>
        <translation>Buchung verschieben</translation>
    </message>
    <message>
        <source>Keep Booking</source>
        <translation>Buchung behalten</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>%1: %2 asks for another time</source>
        <translation>%1: %2 bittet um einen anderen Termin</translation>
    </message>
    <message>
        <source>%1: %2 confirmed</source>
        <translation>%1: %2 hat bestätigt</translation>
    </message>
    <message>
        <source>Replies to reminders (%1)</source>
        <translation>Antworten auf Erinnerungen (%1)</translation>
    </message>
    <message>
        <source>The bank decides  ·  %1  ·  %2  ·  %3</source>
        <translation>Die Bank entscheidet  ·  %1  ·  %2  ·  %3</translation>
    </message>
    <message>
        <source>Answer by %1  ·  %2  ·  %3  ·  %4 (%5)</source>
        <translation>Antworten bis %1  ·  %2  ·  %3  ·  %4 (%5)</translation>
    </message>
    <message>
        <source>Disputed card payments (%1)</source>
        <translation>Beanstandete Kartenzahlungen (%1)</translation>
    </message>
    <message>
        <source>Answer in Stripe  ·  %1  ·  %2  ·  %3 (%4)</source>
        <translation>In Stripe antworten  ·  %1  ·  %2  ·  %3 (%4)</translation>
    </message>
    <message>
        <source>Card declined, Stripe tries again  ·  %1  ·  %2  ·  %3</source>
        <translation>Karte abgelehnt, Stripe versucht es erneut  ·  %1  ·  %2  ·  %3</translation>
    </message>
    <message>
        <source>Subscription payments that failed (%1)</source>
        <translation>Fehlgeschlagene Abonnementzahlungen (%1)</translation>
    </message>
</context>
<context>
    <name>clientele::ui::UnlockPage</name>
    <message>
        <source>Your practice is locked</source>
        <translation>Ihre Praxis ist gesperrt</translation>
    </message>
    <message>
        <source>Unlock with the system keychain</source>
        <translation>Mit dem Schlüsselbund des Systems entsperren</translation>
    </message>
    <message>
        <source>Recovery code or passphrase</source>
        <translation>Wiederherstellungscode oder Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>The recovery code is the one you printed or saved when you created the practice; letters may be typed in any case, with or without dashes.</source>
        <translation>Der Wiederherstellungscode ist der, den Sie beim Anlegen der Praxis ausgedruckt oder gespeichert haben; Groß- und Kleinschreibung spielt keine Rolle, Bindestriche sind optional.</translation>
    </message>
</context>
</TS>
