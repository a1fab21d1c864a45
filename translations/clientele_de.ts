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
        <source>Export clients as CSV or vCard, or the whole practice as JSON.</source>
        <translation>Exportiert Kunden als CSV oder vCard oder die gesamte Praxis als JSON.</translation>
    </message>
    <message>
        <source>Usage: clientele-cli export --format &lt;format&gt; [--output file]</source>
        <translation>Aufruf: clientele-cli export --format &lt;Format&gt; [--output Datei]</translation>
    </message>
    <message>
        <source>Writes clients as CSV (readable by spreadsheets and by &quot;import&quot;) or vCard 4.0/3.0, or every record of the practice (clients, services, bookings, invoices, payments, messages, files…) as JSON. The export is not encrypted: keep it somewhere safe.</source>
        <translation>Schreibt Kunden als CSV (lesbar für Tabellenkalkulationen und für „import“) oder vCard 4.0/3.0 oder alle Datensätze der Praxis (Kunden, Leistungen, Buchungen, Rechnungen, Zahlungen, Nachrichten, Dateien …) als JSON. Der Export ist nicht verschlüsselt: Bewahren Sie ihn sicher auf.</translation>
    </message>
    <message>
        <source>csv, vcard (4.0), vcard3 or json.</source>
        <translation>csv, vcard (4.0), vcard3 oder json.</translation>
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
        <source>Choose --format csv, vcard, vcard3 or json.</source>
        <translation>Wählen Sie --format csv, vcard, vcard3 oder json.</translation>
    </message>
    <message>
        <source>The export could not be written.</source>
        <translation>Der Export konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
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
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; split it into smaller files.</source>
        <translation>%1 ist größer als 64 MiB; teilen Sie die Datei in kleinere Dateien auf.</translation>
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
    <name>ContractTemplate</name>
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
    <name>ImportProblem</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
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
    <name>InvoiceRows</name>
    <message>
        <source>A stored invoice could not be read. Run &quot;check&quot; or restore a backup.</source>
        <translation>Eine gespeicherte Rechnung konnte nicht gelesen werden. Führen Sie „check“ aus oder stellen Sie eine Sicherung wieder her.</translation>
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
    <name>PostalAddress</name>
    <message>
        <source>The country must be a two-letter ISO 3166 code such as US, GB or DE.</source>
        <translation>Das Land muss ein zweibuchstabiger ISO-3166-Code sein, etwa US, GB oder DE.</translation>
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
