<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SMTP Wizard</source>
        <translation>Über SMTP Wizard</translation>
    </message>
    <message>
        <source>&lt;b&gt;SMTP Wizard %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;SMTP Wizard %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tests how a mail server answers, step by step, and explains every reply in plain words. Free software under the MIT licence.</source>
        <translation>Prüft Schritt für Schritt, wie ein Mailserver antwortet, und erklärt jede Antwort in einfachen Worten. Freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2), QtKeychain %3</source>
        <translation>Qt %1 (erstellt mit %2), QtKeychain %3</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>SMTP Wizard starts in the new language the next time it is opened.</source>
        <translation>SMTP Wizard startet beim nächsten Öffnen in der neuen Sprache.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>BatchCheckController</name>
    <message>
        <source>The list holds no address: type or paste one address per line.</source>
        <translation>Die Liste enthält keine Adresse: tippen oder fügen Sie eine Adresse pro Zeile ein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BatchCheckFlow</name>
    <message>
        <source>The results of the list check were not saved.</source>
        <translation>Die Ergebnisse der Listenprüfung wurden nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>BatchFileDialog</name>
    <message>
        <source>Save the results</source>
        <translation>Ergebnisse speichern</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation>CSV für eine Tabellenkalkulation (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON-Zeilen (*.jsonl)</translation>
    </message>
    <message>
        <source>%1 could not be replaced</source>
        <translation>%1 konnte nicht ersetzt werden</translation>
    </message>
</context>
<context>
    <name>BatchListPage</name>
    <message>
        <source>Check a list of addresses</source>
        <translation>Eine Adressliste prüfen</translation>
    </message>
    <message>
        <source>Each address&apos;s mail server is asked whether it would take mail for it. The check stops there: nothing is ever sent.</source>
        <translation>Der Mailserver jeder Adresse wird gefragt, ob er Mail für sie annehmen würde. Die Prüfung endet dort: es wird nie etwas gesendet.</translation>
    </message>
    <message>
        <source>&amp;Addresses, one per line (lines starting with # are skipped):</source>
        <translation>&amp;Adressen, eine pro Zeile (Zeilen, die mit # beginnen, werden übersprungen):</translation>
    </message>
    <message>
        <source>someone@example.com
someone.else@example.org</source>
        <translation>someone@example.com
someone.else@example.org</translation>
    </message>
    <message>
        <source>Addresses, one per line</source>
        <translation>Adressen, eine pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Reads the addresses from a .txt or .csv file: one address per line, as in the box.</source>
        <translation>Liest die Adressen aus einer .txt- oder .csv-Datei: eine Adresse pro Zeile, wie im Feld.</translation>
    </message>
    <message>
        <source>&amp;Sender (MAIL FROM):</source>
        <translation>A&amp;bsender (MAIL FROM):</translation>
    </message>
    <message>
        <source>check@your-domain.com, or &lt;&gt; for none</source>
        <translation>check@your-domain.com, oder &lt;&gt; für keinen</translation>
    </message>
    <message>
        <source>The sender every server is told about. Use an address of your own domain: some servers refuse unknown senders, and then say nothing about the addresses.</source>
        <translation>Der Absender, der jedem Server genannt wird. Verwenden Sie eine Adresse Ihrer eigenen Domain: manche Server lehnen unbekannte Absender ab und sagen dann nichts über die Adressen.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>A “yes” is not proof that a mailbox is read: some servers accept every address and bounce later. A temporary answer is worth asking again later.</source>
        <translation>Ein „Ja“ beweist nicht, dass ein Postfach gelesen wird: manche Server nehmen jede Adresse an und schicken später eine Unzustellbarkeitsnachricht. Bei einer vorübergehenden Antwort lohnt es sich, später erneut zu fragen.</translation>
    </message>
    <message>
        <source>Type the sender, e.g. an address of your own domain.</source>
        <translation>Geben Sie den Absender ein, z. B. eine Adresse Ihrer eigenen Domain.</translation>
    </message>
    <message>
        <source>No address yet.</source>
        <translation>Noch keine Adresse.</translation>
    </message>
    <message>
        <source>%1 in %2.</source>
        <translation>%1 in %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n Adresse</numerusform>
            <numerusform>%n Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n Domain</numerusform>
            <numerusform>%n Domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated line(s) will be checked once.</source>
        <translation>
            <numerusform>%n wiederholte Zeile wird einmal geprüft.</numerusform>
            <numerusform>%n wiederholte Zeilen werden je einmal geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are not addresses; each is listed in the results as an error:</source>
        <translation>
            <numerusform>%n Zeile ist keine Adresse; sie steht in den Ergebnissen als Fehler:</numerusform>
            <numerusform>%n Zeilen sind keine Adressen; jede steht in den Ergebnissen als Fehler:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2 (%3)</source>
        <translation>Zeile %1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a list of addresses</source>
        <translation>Eine Adressliste öffnen</translation>
    </message>
    <message>
        <source>Lists of addresses (*.txt *.csv)</source>
        <translation>Adresslisten (*.txt *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>BatchResultsPage</name>
    <message>
        <source>Checking the addresses</source>
        <translation>Adressen werden geprüft</translation>
    </message>
    <message>
        <source>Each mail server is asked up to RCPT TO and no further: nothing is sent.</source>
        <translation>Jeder Mailserver wird bis RCPT TO gefragt und nicht weiter: es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Addresses checked</source>
        <translation>Geprüfte Adressen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Stops asking; the addresses answered so far stay in the table.</source>
        <translation>Beendet das Fragen; die bisher beantworteten Adressen bleiben in der Tabelle.</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>part of an address, a server or the server&apos;s words</source>
        <translation>Teil einer Adresse, ein Server oder die Worte des Servers</translation>
    </message>
    <message>
        <source>Find in the results</source>
        <translation>In den Ergebnissen suchen</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Show the outcome</source>
        <translation>Ergebnis anzeigen</translation>
    </message>
    <message>
        <source>Sa&amp;ve results…</source>
        <translation>Ergebnisse spei&amp;chern…</translation>
    </message>
    <message>
        <source>Writes every row, as CSV for a spreadsheet or as JSON lines, whatever the filter shows.</source>
        <translation>Schreibt jede Zeile, als CSV für eine Tabellenkalkulation oder als JSON-Zeilen, unabhängig davon, was der Filter zeigt.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Looking up the mail servers…</source>
        <translation>Die Mailserver werden abgefragt…</translation>
    </message>
    <message>
        <source>Checking %1 in %2…</source>
        <translation>Prüfung von %1 in %2…</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n Adresse</numerusform>
            <numerusform>%n Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n Domain</numerusform>
            <numerusform>%n Domains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n address(es) were not asked. The rows so far can be saved.</source>
        <translation>
            <numerusform>Angehalten: %n Adresse wurde nicht gefragt. Die bisherigen Zeilen können gespeichert werden.</numerusform>
            <numerusform>Angehalten: %n Adressen wurden nicht gefragt. Die bisherigen Zeilen können gespeichert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. Sort by a column&apos;s heading, filter with the box, or save the rows.</source>
        <translation>Fertig. Sortieren Sie über eine Spaltenüberschrift, filtern Sie mit dem Feld, oder speichern Sie die Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n Zeile in %1 gespeichert.</numerusform>
            <numerusform>%n Zeilen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The results were not saved: %1</source>
        <translation>Die Ergebnisse wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 of %2 checked: %3 accepted, %4 refused, %5 temporary, %6</source>
        <translation>%1 von %2 geprüft: %3 angenommen, %4 abgelehnt, %5 vorübergehend, %6</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>, in %1 s</source>
        <translation>, in %1 s</translation>
    </message>
    <message numerus="yes">
        <source>, about %n s left</source>
        <translation>
            <numerusform>, noch etwa %n s</numerusform>
            <numerusform>, noch etwa %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchRowModel</name>
    <message>
        <source>the server takes mail for this address</source>
        <translation>der Server nimmt Mail für diese Adresse an</translation>
    </message>
    <message>
        <source>this line is not an e-mail address</source>
        <translation>diese Zeile ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The certificate was verified for %1.</source>
        <translation>Das Zertifikat wurde für %1 geprüft.</translation>
    </message>
    <message>
        <source>The certificate could not be verified for %1.</source>
        <translation>Das Zertifikat konnte für %1 nicht geprüft werden.</translation>
    </message>
    <message>
        <source>%1, %2 (%3 bits). %4</source>
        <translation>%1, %2 (%3 Bit). %4</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>Issuer %1</source>
        <translation>Aussteller %1</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>CloseQuestion</name>
    <message>
        <source>Close SMTP Wizard</source>
        <translation>SMTP Wizard schließen</translation>
    </message>
    <message>
        <source>This test is kept in History, but it was not saved as a report or copied for a ticket.</source>
        <translation>Dieser Test bleibt im Verlauf, wurde aber weder als Bericht gespeichert noch für ein Ticket kopiert.</translation>
    </message>
    <message>
        <source>Close anyway?</source>
        <translation>Trotzdem schließen?</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>What you pasted and its explanation are kept nowhere: they were not saved or copied for a ticket.</source>
        <translation>Was Sie eingefügt haben, und seine Erklärung werden nirgends aufbewahrt: Sie wurden weder gespeichert noch für ein Ticket kopiert.</translation>
    </message>
    <message>
        <source>&amp;Save explanation…</source>
        <translation>Erklärung &amp;speichern…</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>What changed between two tests</source>
        <translation>Was sich zwischen zwei Tests geändert hat</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspekt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>No differences: both tests went the same way.</source>
        <translation>Keine Unterschiede: beide Tests verliefen gleich.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Mail servers</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Server replies</source>
        <translation>Serverantworten</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>How to connect. The defaults fit what you chose on the first page.</source>
        <translation>Wie verbunden wird. Die Vorgaben passen zu dem, was Sie auf der ersten Seite gewählt haben.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>25: server to server. 587: mail programs, with STARTTLS. 465: mail programs, encrypted from the start.</source>
        <translation>25: von Server zu Server. 587: Mailprogramme, mit STARTTLS. 465: Mailprogramme, von Anfang an verschlüsselt.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sicherheit:</translation>
    </message>
    <message>
        <source>STARTTLS switches a plain connection to encryption; TLS encrypts from the first byte. &quot;Required&quot; stops when encryption or the certificate fails.</source>
        <translation>STARTTLS schaltet eine unverschlüsselte Verbindung auf Verschlüsselung um; TLS verschlüsselt ab dem ersten Byte. „Verlangt“ bricht ab, wenn Verschlüsselung oder Zertifikat fehlschlägt.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>None (plain text)</source>
        <translation>Keine (Klartext)</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS, wenn angeboten</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS verlangt</translation>
    </message>
    <message>
        <source>TLS from the start (implicit)</source>
        <translation>TLS von Anfang an (implizit)</translation>
    </message>
    <message>
        <source>&amp;EHLO name:</source>
        <translation>&amp;EHLO-Name:</translation>
    </message>
    <message>
        <source>The name this computer gives in its greeting (EHLO). Receiving servers may check that it is a real, resolvable name.</source>
        <translation>Der Name, den dieser Computer in seiner Begrüßung (EHLO) nennt. Empfangende Server prüfen eventuell, ob es ein echter, auflösbarer Name ist.</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>EHLO-Name</translation>
    </message>
    <message>
        <source>&amp;Waiting times:</source>
        <translation>&amp;Wartezeiten:</translation>
    </message>
    <message>
        <source>How long to wait for each step. RFC 5321 values are what patient mail servers wait (minutes).</source>
        <translation>Wie lange auf jeden Schritt gewartet wird. Die Werte aus RFC 5321 sind das, was geduldige Mailserver warten (Minuten).</translation>
    </message>
    <message>
        <source>Waiting times</source>
        <translation>Wartezeiten</translation>
    </message>
    <message>
        <source>Short (help desk: up to 30 seconds per step)</source>
        <translation>Kurz (Helpdesk: bis zu 30 Sekunden pro Schritt)</translation>
    </message>
    <message>
        <source>Patient (RFC 5321: up to 10 minutes per step)</source>
        <translation>Geduldig (RFC 5321: bis zu 10 Minuten pro Schritt)</translation>
    </message>
    <message>
        <source>&amp;Internet protocol:</source>
        <translation>&amp;Internetprotokoll:</translation>
    </message>
    <message>
        <source>Limit the test to IPv4 or IPv6 addresses, e.g. to check that both work.</source>
        <translation>Den Test auf IPv4- oder IPv6-Adressen beschränken, z. B. um zu prüfen, ob beide funktionieren.</translation>
    </message>
    <message>
        <source>Internet protocol</source>
        <translation>Internetprotokoll</translation>
    </message>
    <message>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 und IPv6</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>Nur IPv4</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>Nur IPv6</translation>
    </message>
    <message>
        <source>Extra trusted &amp;CA:</source>
        <translation>Zusätzliche vertrauenswürdige &amp;CA:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>A PEM file with a certificate authority to trust besides the system&apos;s, e.g. your company&apos;s own CA.</source>
        <translation>Eine PEM-Datei mit einer Zertifizierungsstelle, der neben denen des Systems vertraut werden soll, z. B. der eigenen CA Ihres Unternehmens.</translation>
    </message>
    <message>
        <source>Extra trusted certificate authority file</source>
        <translation>Datei einer zusätzlichen vertrauenswürdigen Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>C&amp;ontinue despite certificate problems (record them)</source>
        <translation>&amp;Trotz Zertifikatsproblemen fortfahren (und sie protokollieren)</translation>
    </message>
    <message>
        <source>Goes on when the server&apos;s certificate cannot be verified, so the rest of the test still runs; the problem is reported.</source>
        <translation>Macht weiter, wenn das Zertifikat des Servers nicht geprüft werden kann, damit der Rest des Tests trotzdem läuft; das Problem wird gemeldet.</translation>
    </message>
    <message>
        <source>STARTTLS starts plain and switches to encryption when the server offers it; TLS (port 465) is encrypted from the first byte.</source>
        <translation>STARTTLS beginnt unverschlüsselt und schaltet auf Verschlüsselung um, wenn der Server es anbietet; TLS (Port 465) ist ab dem ersten Byte verschlüsselt.</translation>
    </message>
    <message>
        <source>EHLO is how this computer introduces itself to the server; some servers refuse a name that does not exist in the DNS.</source>
        <translation>Mit EHLO stellt sich dieser Computer dem Server vor; manche Server lehnen einen Namen ab, der im DNS nicht existiert.</translation>
    </message>
    <message>
        <source>automatic: this computer&apos;s name, or its address</source>
        <translation>automatisch: der Name dieses Computers oder seine Adresse</translation>
    </message>
    <message>
        <source>The port comes from the server name on the first page.</source>
        <translation>Der Port ergibt sich aus dem Servernamen auf der ersten Seite.</translation>
    </message>
    <message>
        <source>Trust an extra certificate authority</source>
        <translation>Einer zusätzlichen Zertifizierungsstelle vertrauen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ConsoleSignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Anmelde&amp;verfahren:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The password is sent in the AUTH exchange and shown as ******** in the transcript; it is never kept.</source>
        <translation>Das Passwort wird im AUTH-Austausch gesendet und im Protokoll als ******** angezeigt; es wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>S&amp;TARTTLS</source>
        <translation>S&amp;TARTTLS</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Send a test &amp;message</source>
        <translation>Test&amp;nachricht senden</translation>
    </message>
    <message>
        <source>Type the commands yourself – %1</source>
        <translation>Befehle selbst eingeben – %1</translation>
    </message>
    <message>
        <source>SMTP command</source>
        <translation>SMTP-Befehl</translation>
    </message>
    <message>
        <source>an SMTP command, e.g. EHLO my-pc.example.com; Up and Down recall earlier ones</source>
        <translation>ein SMTP-Befehl, z. B. EHLO my-pc.example.com; Pfeiltasten auf/ab holen frühere zurück</translation>
    </message>
    <message>
        <source>Sends STARTTLS and, on 220, switches this connection to TLS; the certificate check is shown</source>
        <translation>Sendet STARTTLS und schaltet bei 220 diese Verbindung auf TLS um; die Zertifikatsprüfung wird angezeigt</translation>
    </message>
    <message>
        <source>Signs in with AUTH PLAIN, LOGIN or XOAUTH2, worked out for you; the secret never appears</source>
        <translation>Meldet sich mit AUTH PLAIN, LOGIN oder XOAUTH2 an, die Befehle werden für Sie erstellt; Passwort oder Token erscheinen nie</translation>
    </message>
    <message>
        <source>Sends DATA, then a short test message with dot-stuffing, then the final dot</source>
        <translation>Sendet DATA, dann eine kurze Testnachricht (führende Punkte verdoppelt), dann den abschließenden Punkt</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Each reply is explained here as it arrives; select a line to read it again.</source>
        <translation>Jede Antwort wird hier erklärt, sobald sie eintrifft; wählen Sie eine Zeile, um die Erklärung erneut zu lesen.</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>Encrypted, and the certificate was verified.</source>
        <translation>Verschlüsselt, und das Zertifikat wurde geprüft.</translation>
    </message>
    <message>
        <source>Encrypted, but the certificate did not verify: %1</source>
        <translation>Verschlüsselt, aber das Zertifikat hat die Prüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <source>Use “Send a test message” here; /data FILE is for smtp-wizard-cli --interactive.</source>
        <translation>Verwenden Sie hier „Testnachricht senden“; /data FILE ist für smtp-wizard-cli --interactive.</translation>
    </message>
    <message>
        <source>Looking up the mail server…</source>
        <translation>Der Mailserver wird abgefragt…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>Connected. Type a command and press Enter; each reply is explained on the right.</source>
        <translation>Verbunden. Geben Sie einen Befehl ein und drücken Sie die Eingabetaste; jede Antwort wird rechts erklärt.</translation>
    </message>
    <message>
        <source>Waiting for the server’s reply…</source>
        <translation>Warten auf die Antwort des Servers…</translation>
    </message>
    <message>
        <source>Message: each line you enter is part of the message; a line with only a dot ends it.</source>
        <translation>Nachricht: jede eingegebene Zeile gehört zur Nachricht; eine Zeile nur mit einem Punkt beendet sie.</translation>
    </message>
    <message>
        <source>The session has ended. Close this window, or read the transcript.</source>
        <translation>Die Sitzung ist beendet. Schließen Sie dieses Fenster oder lesen Sie das Protokoll.</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>What would you like to test?</source>
        <translation>Was möchten Sie testen?</translation>
    </message>
    <message>
        <source>Choose how mail should travel, then say where to.</source>
        <translation>Wählen Sie, wie die Mail reisen soll, und geben Sie dann das Ziel an.</translation>
    </message>
    <message>
        <source>&amp;Delivery to a domain, as another mail server would (port 25)</source>
        <translation>&amp;Zustellung an eine Domain, wie ein anderer Mailserver (Port 25)</translation>
    </message>
    <message>
        <source>Looks up the domain&apos;s mail servers (MX records) and talks to them like a sending mail server.</source>
        <translation>Fragt die Mailserver der Domain ab (MX-Einträge) und spricht mit ihnen wie ein sendender Mailserver.</translation>
    </message>
    <message>
        <source>Use this when mail &lt;i&gt;to&lt;/i&gt; a domain bounces: SMTP Wizard finds the domain&apos;s mail servers (its MX records) and talks to them as a sending mail server would.</source>
        <translation>Verwenden Sie dies, wenn Mail &lt;i&gt;an&lt;/i&gt; eine Domain zurückkommt: SMTP Wizard findet die Mailserver der Domain (ihre MX-Einträge) und spricht mit ihnen wie ein sendender Mailserver.</translation>
    </message>
    <message>
        <source>&amp;Sending through our own mail server (submission with sign-in, port 587 or 465)</source>
        <translation>&amp;Senden über den eigenen Mailserver (Einlieferung mit Anmeldung, Port 587 oder 465)</translation>
    </message>
    <message>
        <source>Connects to the server your mail program uses and signs in, as Outlook or Thunderbird would.</source>
        <translation>Verbindet sich mit dem Server, den Ihr Mailprogramm verwendet, und meldet sich an, wie Outlook oder Thunderbird.</translation>
    </message>
    <message>
        <source>Use this when a mail program cannot &lt;i&gt;send&lt;/i&gt;: SMTP Wizard connects to your outgoing server and signs in, as Outlook or Thunderbird would.</source>
        <translation>Verwenden Sie dies, wenn ein Mailprogramm nicht &lt;i&gt;senden&lt;/i&gt; kann: SMTP Wizard verbindet sich mit Ihrem Postausgangsserver und meldet sich an, wie Outlook oder Thunderbird.</translation>
    </message>
    <message>
        <source>E&amp;xplain an error message or a bounce</source>
        <translation>&amp;Eine Fehlermeldung oder Unzustellbarkeitsnachricht erklären</translation>
    </message>
    <message>
        <source>Paste a server reply or an undeliverable-mail report, or open a saved .eml file.</source>
        <translation>Fügen Sie eine Serverantwort oder einen Unzustellbarkeitsbericht ein, oder öffnen Sie eine gespeicherte .eml-Datei.</translation>
    </message>
    <message>
        <source>Use this when you already have an error message or an undeliverable-mail report: paste it, or open a saved .eml file.</source>
        <translation>Verwenden Sie dies, wenn Sie bereits eine Fehlermeldung oder einen Unzustellbarkeitsbericht haben: fügen Sie ihn ein, oder öffnen Sie eine gespeicherte .eml-Datei.</translation>
    </message>
    <message>
        <source>Check a &amp;list of addresses (nothing is sent)</source>
        <translation>Eine &amp;Adressliste prüfen (es wird nichts gesendet)</translation>
    </message>
    <message>
        <source>Asks each address&apos;s mail server whether it would take mail for the address, and stops before any message is sent.</source>
        <translation>Fragt den Mailserver jeder Adresse, ob er Mail für die Adresse annehmen würde, und hält an, bevor eine Nachricht gesendet wird.</translation>
    </message>
    <message>
        <source>Use this to find out which addresses of a list (from a CRM, a newsletter, a spreadsheet) still exist: paste them or open a .txt or .csv file.</source>
        <translation>Verwenden Sie dies, um herauszufinden, welche Adressen einer Liste (aus einem CRM, einem Newsletter, einer Tabelle) noch existieren: fügen Sie sie ein oder öffnen Sie eine .txt- oder .csv-Datei.</translation>
    </message>
    <message>
        <source>Domain or e-mail &amp;address:</source>
        <translation>Domain oder E-&amp;Mail-Adresse:</translation>
    </message>
    <message>
        <source>example.com or someone@example.com</source>
        <translation>example.com oder someone@example.com</translation>
    </message>
    <message>
        <source>The domain whose mail servers should accept the message; an e-mail address uses its domain.</source>
        <translation>Die Domain, deren Mailserver die Nachricht annehmen sollen; bei einer E-Mail-Adresse wird deren Domain verwendet.</translation>
    </message>
    <message>
        <source>Domain or e-mail address</source>
        <translation>Domain oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Mail se&amp;rver:</source>
        <translation>Mailse&amp;rver:</translation>
    </message>
    <message>
        <source>smtp.example.com or smtp.example.com:587</source>
        <translation>smtp.example.com oder smtp.example.com:587</translation>
    </message>
    <message>
        <source>The outgoing (SMTP) server from your mail program&apos;s settings; add :port to use another port.</source>
        <translation>Der Postausgangsserver (SMTP) aus den Einstellungen Ihres Mailprogramms; hängen Sie :Port an, um einen anderen Port zu verwenden.</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>5&amp;87 with STARTTLS</source>
        <translation>5&amp;87 mit STARTTLS</translation>
    </message>
    <message>
        <source>Port 587: the connection starts plain and switches to encryption (STARTTLS).</source>
        <translation>Port 587: die Verbindung beginnt unverschlüsselt und schaltet auf Verschlüsselung um (STARTTLS).</translation>
    </message>
    <message>
        <source>&amp;465 with TLS</source>
        <translation>&amp;465 mit TLS</translation>
    </message>
    <message>
        <source>Port 465: encrypted from the first byte (implicit TLS).</source>
        <translation>Port 465: ab dem ersten Byte verschlüsselt (implizites TLS).</translation>
    </message>
    <message>
        <source>Check whether this server is an &amp;open relay (instead of a delivery)</source>
        <translation>Prüfen, ob dieser Server ein offenes Rela&amp;y ist (statt einer Zustellung)</translation>
    </message>
    <message>
        <source>Tries to hand the server mail from and to addresses outside its domains, without signing in, and stops before any message is sent.</source>
        <translation>Versucht, dem Server ohne Anmeldung Mail von und an Adressen außerhalb seiner Domains zu übergeben, und hält an, bevor eine Nachricht gesendet wird.</translation>
    </message>
    <message>
        <source>Check whether this server is an open relay</source>
        <translation>Prüfen, ob dieser Server ein offenes Relay ist</translation>
    </message>
    <message>
        <source>An open relay passes on mail for other domains from anyone, which spammers abuse within hours. The check names outside addresses (example.com, example.net) in several forms, never sends a message, and needs no sender or recipient.</source>
        <translation>Ein offenes Relay leitet von jedem Mail für fremde Domains weiter, was Spammer innerhalb von Stunden missbrauchen. Die Prüfung nennt externe Adressen (example.com, example.net) in mehreren Formen, sendet nie eine Nachricht und braucht weder Absender noch Empfänger.</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>The tests run before: reopen one, save its report or compare two.</source>
        <translation>Die zuvor ausgeführten Tests: einen erneut öffnen, seinen Bericht speichern oder zwei vergleichen.</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>Save these settings under a name, or start from settings saved before. Passwords are never saved.</source>
        <translation>Diese Einstellungen unter einem Namen speichern, oder von früher gespeicherten Einstellungen ausgehen. Passwörter werden nie gespeichert.</translation>
    </message>
    <message>
        <source>Type the domain (contoso.com) or the address that gets the bounces.</source>
        <translation>Geben Sie die Domain (contoso.com) oder die Adresse ein, an die die Unzustellbarkeitsnachrichten gehen.</translation>
    </message>
    <message>
        <source>Type your mail server&apos;s name, e.g. smtp.contoso.com, or smtp.contoso.com:2525.</source>
        <translation>Geben Sie den Namen Ihres Mailservers ein, z. B. smtp.contoso.com oder smtp.contoso.com:2525.</translation>
    </message>
    <message>
        <source>Port %1, starts plain, then S&amp;TARTTLS</source>
        <translation>Port %1, beginnt unverschlüsselt, dann S&amp;TARTTLS</translation>
    </message>
    <message>
        <source>Port %1, encrypted from the start (T&amp;LS)</source>
        <translation>Port %1, von Anfang an verschlüsselt (T&amp;LS)</translation>
    </message>
</context>
<context>
    <name>ExplainPage</name>
    <message>
        <source>Explain an error message</source>
        <translation>Eine Fehlermeldung erklären</translation>
    </message>
    <message>
        <source>Paste a server&apos;s reply or a whole undeliverable-mail report, or open a saved message (.eml).</source>
        <translation>Fügen Sie die Antwort eines Servers oder einen ganzen Unzustellbarkeitsbericht ein, oder öffnen Sie eine gespeicherte Nachricht (.eml).</translation>
    </message>
    <message>
        <source>e.g. 550 5.1.1 &lt;someone@example.com&gt;: Recipient address rejected: User unknown</source>
        <translation>z. B. 550 5.1.1 &lt;someone@example.com&gt;: Recipient address rejected: User unknown</translation>
    </message>
    <message>
        <source>Error message to explain</source>
        <translation>Zu erklärende Fehlermeldung</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>&amp;Erklären</translation>
    </message>
    <message>
        <source>&amp;Open .eml file…</source>
        <translation>.eml-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Copy for a ticket</source>
        <translation>Für ein Ti&amp;cket kopieren</translation>
    </message>
    <message>
        <source>Puts what was found, its explanation and the pasted text on the clipboard, as text and as formatted HTML.</source>
        <translation>Legt den Befund, seine Erklärung und den eingefügten Text in die Zwischenablage, als Text und als formatiertes HTML.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Saves the explanation as a web page (.html) or as text (.txt).</source>
        <translation>Speichert die Erklärung als Webseite (.html) oder als Text (.txt).</translation>
    </message>
    <message>
        <source>What was found in the text</source>
        <translation>Was im Text gefunden wurde</translation>
    </message>
    <message>
        <source>Nothing explained yet</source>
        <translation>Noch nichts erklärt</translation>
    </message>
    <message>
        <source>Paste a server&apos;s reply or a whole bounce above, or open a saved message, then press Explain: what it means and what to do next appear here.</source>
        <translation>Fügen Sie oben die Antwort eines Servers oder eine ganze Unzustellbarkeitsnachricht ein, oder öffnen Sie eine gespeicherte Nachricht, und klicken Sie dann auf „Erklären“: was sie bedeutet und was als Nächstes zu tun ist, erscheint hier.</translation>
    </message>
    <message>
        <source>Open a message</source>
        <translation>Eine Nachricht öffnen</translation>
    </message>
    <message>
        <source>Messages (*.eml *.txt);;All files (*)</source>
        <translation>Nachrichten (*.eml *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The explanation is on the clipboard, as text and as formatted HTML.</source>
        <translation>Die Erklärung ist in der Zwischenablage, als Text und als formatiertes HTML.</translation>
    </message>
    <message>
        <source>Save the explanation</source>
        <translation>Die Erklärung speichern</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm);;Text (*.txt)</source>
        <translation>Webseite (*.html *.htm);;Text (*.txt)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing in this text could be recognised as a mail server&apos;s reply.</source>
        <translation>Nichts in diesem Text konnte als Antwort eines Mailservers erkannt werden.</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <source>Select a line of the transcript to see what it means.</source>
        <translation>Wählen Sie eine Zeile des Protokolls, um zu sehen, was sie bedeutet.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Based on: %1</source>
        <translation>Grundlage: %1</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Wahrscheinliche Ursachen</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Was Sie als Nächstes tun können</translation>
    </message>
    <message>
        <source>Details from the bounce</source>
        <translation>Details aus der Unzustellbarkeitsnachricht</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>Quellen:</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Domain health checks</source>
        <translation>Prüfungen des Domain-Zustands</translation>
    </message>
    <message>
        <source>What the selected check found</source>
        <translation>Was die gewählte Prüfung gefunden hat</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>SMTP Wizard Help</source>
        <translation>SMTP-Wizard-Hilfe</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Zurück (%1)</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Vor (%1)</translation>
    </message>
    <message>
        <source>The start of the guide, with the list of its sections</source>
        <translation>Der Anfang des Handbuchs, mit der Liste seiner Abschnitte</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Über</translation>
    </message>
    <message>
        <source>Version, licence and the language SMTP Wizard starts in</source>
        <translation>Version, Lizenz und die Sprache, in der SMTP Wizard startet</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Ver&amp;gleichen</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>History of tests</source>
        <translation>Verlauf der Tests</translation>
    </message>
    <message>
        <source>Earlier tests</source>
        <translation>Frühere Tests</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Shows the test again as it ended: the conversation and the summary.</source>
        <translation>Zeigt den Test noch einmal so, wie er endete: das Gespräch und die Zusammenfassung.</translation>
    </message>
    <message>
        <source>Select two tests to see what changed between them.</source>
        <translation>Wählen Sie zwei Tests, um zu sehen, was sich zwischen ihnen geändert hat.</translation>
    </message>
    <message>
        <source>Saves the selected test as text, HTML, PDF or JSON. Passwords are never included.</source>
        <translation>Speichert den gewählten Test als Text, HTML, PDF oder JSON. Passwörter sind nie enthalten.</translation>
    </message>
    <message>
        <source>&amp;Keep the last</source>
        <translation>&amp;Behalten werden die letzten</translation>
    </message>
    <message>
        <source>How many tests to keep</source>
        <translation>Wie viele Tests behalten werden</translation>
    </message>
    <message>
        <source>How many finished tests the history keeps; the oldest are removed first. 0 keeps none: the history is off.</source>
        <translation>Wie viele abgeschlossene Tests der Verlauf behält; die ältesten werden zuerst entfernt. 0 behält keine: der Verlauf ist aus.</translation>
    </message>
    <message>
        <source>tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No tests yet: every test you run is kept here.</source>
        <translation>Noch keine Tests: jeder Test, den Sie ausführen, wird hier aufbewahrt.</translation>
    </message>
    <message>
        <source>The history is off: no test is kept. Set below how many to keep.</source>
        <translation>Der Verlauf ist aus: es wird kein Test aufbewahrt. Stellen Sie unten ein, wie viele behalten werden sollen.</translation>
    </message>
    <message>
        <source>This test cannot be opened: %1</source>
        <translation>Dieser Test kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>These tests cannot be compared: %1</source>
        <translation>Diese Tests können nicht verglichen werden: %1</translation>
    </message>
    <message>
        <source>This test cannot be saved: %1</source>
        <translation>Dieser Test kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Der Bericht wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete tests</source>
        <translation>Tests löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected test(s) from the history?</source>
        <translation>
            <numerusform>Den %n gewählten Test aus dem Verlauf löschen?</numerusform>
            <numerusform>Die %n gewählten Tests aus dem Verlauf löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved reports are not affected.</source>
        <translation>Gespeicherte Berichte sind nicht betroffen.</translation>
    </message>
    <message>
        <source>A test could not be deleted: %1</source>
        <translation>Ein Test konnte nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>MailServersPage</name>
    <message>
        <source>Mail servers</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>The servers that receive mail for the destination: its MX records in the DNS, tried in order of preference (the lowest number first).</source>
        <translation>Die Server, die Mail für das Ziel empfangen: seine MX-Einträge im DNS, in der Reihenfolge ihrer Priorität versucht (die niedrigste Zahl zuerst).</translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation>Abfrage läuft</translation>
    </message>
    <message>
        <source>&amp;Cancel lookup</source>
        <translation>Abfrage a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Look up again</source>
        <translation>Erneut &amp;abfragen</translation>
    </message>
    <message>
        <source>Mail servers found</source>
        <translation>Gefundene Mailserver</translation>
    </message>
    <message>
        <source>Preference: lower numbers are tried first. Reverse DNS: the name the address points back to, which receiving servers often check.</source>
        <translation>Priorität: niedrigere Zahlen werden zuerst versucht. Reverse-DNS: der Name, auf den die Adresse zurückzeigt, was empfangende Server oft prüfen.</translation>
    </message>
    <message>
        <source>Domain health</source>
        <translation>Domain-Zustand</translation>
    </message>
    <message>
        <source>Are the domain&apos;s records set up so that others accept its mail and send to it securely? SPF, DMARC, MTA-STS, TLS-RPT, DANE and reverse DNS.</source>
        <translation>Sind die Einträge der Domain so eingerichtet, dass andere ihre Mail annehmen und sicher an sie senden? SPF, DMARC, MTA-STS, TLS-RPT, DANE und Reverse-DNS.</translation>
    </message>
    <message>
        <source>C&amp;heck the domain&apos;s records</source>
        <translation>Einträge der Domain &amp;prüfen</translation>
    </message>
    <message>
        <source>Looks up the domain&apos;s SPF, DMARC, MTA-STS (and fetches its policy over HTTPS), TLS-RPT and TLSA records and the reverse DNS of each mail server, and explains what they mean. Sends no mail.</source>
        <translation>Fragt SPF, DMARC, MTA-STS (und ruft dessen Richtlinie über HTTPS ab), TLS-RPT und TLSA-Einträge der Domain sowie den Reverse-DNS jedes Mailservers ab und erklärt, was sie bedeuten. Sendet keine Mail.</translation>
    </message>
    <message>
        <source>Which servers to try</source>
        <translation>Welche Server versucht werden</translation>
    </message>
    <message>
        <source>The &amp;first that answers, as mail servers do</source>
        <translation>Den &amp;ersten, der antwortet, wie Mailserver es tun</translation>
    </message>
    <message>
        <source>Tries the next server when one cannot be reached or answers with a temporary error (RFC 5321 section 5).</source>
        <translation>Versucht den nächsten Server, wenn einer nicht erreichbar ist oder mit einem vorübergehenden Fehler antwortet (RFC 5321 Abschnitt 5).</translation>
    </message>
    <message>
        <source>&amp;Every server, to compare them</source>
        <translation>&amp;Jeden Server, um sie zu vergleichen</translation>
    </message>
    <message>
        <source>Ad&amp;vanced: ask another DNS server</source>
        <translation>Er&amp;weitert: einen anderen DNS-Server fragen</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>&amp;DNS-Server:</translation>
    </message>
    <message>
        <source>this computer&apos;s resolver</source>
        <translation>der Resolver dieses Computers</translation>
    </message>
    <message>
        <source>Ask this DNS server (an IP address) instead of the one this computer uses, e.g. to see what the outside world sees.</source>
        <translation>Diesen DNS-Server (eine IP-Adresse) statt des vom Computer verwendeten fragen, z. B. um zu sehen, was die Außenwelt sieht.</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>Look &amp;up with this server</source>
        <translation>Mit diesem Server ab&amp;fragen</translation>
    </message>
    <message>
        <source>Looking up the mail servers of %1… %2 s so far; Cancel stops it.</source>
        <translation>Die Mailserver von %1 werden abgefragt… bisher %2 s; „Abbrechen“ hält die Abfrage an.</translation>
    </message>
    <message>
        <source>Your mail server</source>
        <translation>Ihr Mailserver</translation>
    </message>
    <message>
        <source>The addresses of your outgoing server, as the DNS gives them.</source>
        <translation>Die Adressen Ihres Postausgangsservers, wie der DNS sie liefert.</translation>
    </message>
    <message>
        <source>Looking up the mail servers of %1…</source>
        <translation>Die Mailserver von %1 werden abgefragt…</translation>
    </message>
    <message>
        <source>The lookup was cancelled.</source>
        <translation>Die Abfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing was looked up.</source>
        <translation>Es wurde nichts abgefragt.</translation>
    </message>
    <message>
        <source>Mail servers of %1, as the DNS answered in %2:</source>
        <translation>Mailserver von %1, wie der DNS in %2 geantwortet hat:</translation>
    </message>
    <message>
        <source>Addresses of %1.</source>
        <translation>Adressen von %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no MX records, so mail goes to the domain&apos;s own address (an &quot;implicit MX&quot;). This works, but most domains publish MX records.</source>
        <translation>%1 hat keine MX-Einträge, daher geht Mail an die eigene Adresse der Domain (ein „impliziter MX“). Das funktioniert, aber die meisten Domains veröffentlichen MX-Einträge.</translation>
    </message>
    <message>
        <source>No mail server was found.</source>
        <translation>Es wurde kein Mailserver gefunden.</translation>
    </message>
    <message>
        <source>Checking the records of %1…</source>
        <translation>Die Einträge von %1 werden geprüft…</translation>
    </message>
    <message>
        <source>The records of %1, as the DNS answered in %2. Select a line for what it means; the greeting names are compared when the test runs, in the report.</source>
        <translation>Die Einträge von %1, wie der DNS in %2 geantwortet hat. Wählen Sie eine Zeile, um ihre Bedeutung zu sehen; die Begrüßungsnamen werden beim Testlauf verglichen, im Bericht.</translation>
    </message>
    <message>
        <source>Runs the same test against every server listed, several side by side, each with its own time limits.</source>
        <translation>Führt denselben Test gegen jeden aufgeführten Server aus, mehrere parallel, jeder mit eigenen Zeitlimits.</translation>
    </message>
    <message>
        <source>&amp;Servers at once:</source>
        <translation>&amp;Server gleichzeitig:</translation>
    </message>
    <message>
        <source>How many servers are tested side by side when every server is tested. Each keeps its own time limits; 1 tests them one after another.</source>
        <translation>Wie viele Server parallel getestet werden, wenn jeder Server getestet wird. Jeder behält seine eigenen Zeitlimits; 1 testet einen nach dem anderen.</translation>
    </message>
    <message>
        <source>Servers tested at once</source>
        <translation>Gleichzeitig getestete Server</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Who sends the test message, who receives it, and what it says.</source>
        <translation>Wer die Testnachricht sendet, wer sie empfängt und was darin steht.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>sender@example.com, or &lt;&gt; for no sender</source>
        <translation>sender@example.com, oder &lt;&gt; für keinen Absender</translation>
    </message>
    <message>
        <source>The envelope sender (MAIL FROM): where bounces go. &quot;&lt;&gt;&quot; is the null sender that bounces themselves use.</source>
        <translation>Der Envelope-Absender (MAIL FROM): dorthin gehen Unzustellbarkeitsnachrichten. „&lt;&gt;“ ist der Null-Absender, den Unzustellbarkeitsnachrichten selbst verwenden.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>&amp;To (one per line):</source>
        <translation>&amp;An (einer pro Zeile):</translation>
    </message>
    <message>
        <source>The envelope recipients (RCPT TO). Each is asked for separately, so one unknown address does not hide the others.</source>
        <translation>Die Envelope-Empfänger (RCPT TO). Nach jedem wird einzeln gefragt, damit eine unbekannte Adresse die anderen nicht verdeckt.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Delivery reports:</source>
        <translation>Zustellberichte:</translation>
    </message>
    <message>
        <source>On &amp;success</source>
        <translation>Bei &amp;Erfolg</translation>
    </message>
    <message>
        <source>Asks the receiving side to report delivery (DSN NOTIFY=SUCCESS), if it supports DSN.</source>
        <translation>Bittet die Empfängerseite, die Zustellung zu melden (DSN NOTIFY=SUCCESS), sofern sie DSN unterstützt.</translation>
    </message>
    <message>
        <source>On f&amp;ailure</source>
        <translation>Bei Fe&amp;hler</translation>
    </message>
    <message>
        <source>Asks for a report when delivery fails (NOTIFY=FAILURE).</source>
        <translation>Fordert einen Bericht an, wenn die Zustellung fehlschlägt (NOTIFY=FAILURE).</translation>
    </message>
    <message>
        <source>On &amp;delay</source>
        <translation>Bei Ver&amp;zögerung</translation>
    </message>
    <message>
        <source>Asks for a report when delivery is delayed (NOTIFY=DELAY).</source>
        <translation>Fordert einen Bericht an, wenn die Zustellung verzögert wird (NOTIFY=DELAY).</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>Be&amp;treff:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Bod&amp;y:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Test &amp;without sending (stop after the recipients)</source>
        <translation>Testen &amp;ohne Senden (nach den Empfängern anhalten)</translation>
    </message>
    <message>
        <source>Asks the server whether it would accept the message for each recipient, then says goodbye (RSET, QUIT) without sending anything.</source>
        <translation>Fragt den Server, ob er die Nachricht für jeden Empfänger annehmen würde, und verabschiedet sich dann (RSET, QUIT), ohne etwas zu senden.</translation>
    </message>
    <message>
        <source>Delivery reports (DSN, NOTIFY= after RCPT TO) ask the receiving servers to mail the sender a report when the message is delivered, fails or is delayed.</source>
        <translation>Zustellberichte (DSN, NOTIFY= nach RCPT TO) bitten die empfangenden Server, dem Absender einen Bericht zu schicken, wenn die Nachricht zugestellt wird, fehlschlägt oder verzögert wird.</translation>
    </message>
    <message>
        <source>Type the sender&apos;s address (MAIL FROM), or &lt;&gt; for the null sender.</source>
        <translation>Geben Sie die Adresse des Absenders ein (MAIL FROM), oder &lt;&gt; für den Null-Absender.</translation>
    </message>
    <message>
        <source>Type at least one recipient&apos;s address, one per line.</source>
        <translation>Geben Sie mindestens eine Empfängeradresse ein, eine pro Zeile.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Run test</source>
        <translation>Test aus&amp;führen</translation>
    </message>
    <message>
        <source>Test message from SMTP Wizard</source>
        <translation>Testnachricht von SMTP Wizard</translation>
    </message>
    <message>
        <source>This is a test message sent by SMTP Wizard to check mail delivery.
You can delete it.</source>
        <translation>Dies ist eine Testnachricht, die SMTP Wizard gesendet hat, um die Mailzustellung zu prüfen.
Sie können sie löschen.</translation>
    </message>
    <message>
        <source>Se&amp;nd test message</source>
        <translation>Testnachricht &amp;senden</translation>
    </message>
</context>
<context>
    <name>Model::WizardMode</name>
    <message>
        <source>Test delivery to a domain</source>
        <translation>Zustellung an eine Domain testen</translation>
    </message>
    <message>
        <source>Test sending through our server</source>
        <translation>Senden über unseren Server testen</translation>
    </message>
    <message>
        <source>Explain an error message</source>
        <translation>Eine Fehlermeldung erklären</translation>
    </message>
    <message>
        <source>Check a list of addresses</source>
        <translation>Eine Adressliste prüfen</translation>
    </message>
</context>
<context>
    <name>MxTable</name>
    <message>
        <source>Preference</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>Reverse-DNS</translation>
    </message>
    <message>
        <source>(not looked up)</source>
        <translation>(nicht abgefragt)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>%1 (does not match)</source>
        <translation>%1 (passt nicht)</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(keine Adresse)</translation>
    </message>
    <message>
        <source>implicit</source>
        <translation>implizit</translation>
    </message>
</context>
<context>
    <name>PracticeBed</name>
    <message>
        <source>Cannot read the test bed&apos;s settings from %1: %2</source>
        <translation>Die Einstellungen des Testnetzes lassen sich nicht aus %1 lesen: %2</translation>
    </message>
    <message>
        <source>%1 is not a test bed&apos;s testbed.env (it names no DNS server).</source>
        <translation>%1 ist keine testbed.env eines Testnetzes (sie nennt keinen DNS-Server).</translation>
    </message>
</context>
<context>
    <name>PracticeDebrief</name>
    <message>
        <source>The first mail server did not fail in this run, so no backup had to take over.</source>
        <translation>Der erste Mailserver ist in diesem Test nicht ausgefallen, also musste kein Ersatz einspringen.</translation>
    </message>
    <message>
        <source>The exercise ends in &quot;%1&quot;, your run in &quot;%2&quot;.</source>
        <translation>Die Aufgabe endet mit „%1“, Ihr Test mit „%2“.</translation>
    </message>
    <message>
        <source>The exercise&apos;s reason is that %1; your run&apos;s is that %2.</source>
        <translation>Der Grund in der Aufgabe: %1; der Grund in Ihrem Test: %2.</translation>
    </message>
    <message>
        <source>The exercise&apos;s deciding reply has the code %1; your run&apos;s has %2.</source>
        <translation>Die entscheidende Antwort der Aufgabe hat den Code %1, die Ihres Tests %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keinen</translation>
    </message>
</context>
<context>
    <name>PracticeExercise</name>
    <message>
        <source>Unknown user</source>
        <translation>Unbekannter Empfänger</translation>
    </message>
    <message>
        <source>Mail to nobody@wizard.test bounces. The customer says the colleague started last week and the address must be right.</source>
        <translation>Mail an nobody@wizard.test kommt zurück. Der Kunde sagt, der Kollege habe letzte Woche angefangen und die Adresse müsse stimmen.</translation>
    </message>
    <message>
        <source>The address does not exist at the recipient&apos;s mail server: ask for the correct spelling, or have the mailbox created.</source>
        <translation>Die Adresse gibt es beim Mailserver des Empfängers nicht: Fragen Sie nach der richtigen Schreibweise oder lassen Sie das Postfach anlegen.</translation>
    </message>
    <message>
        <source>The server answered RCPT TO with 550 5.1.1, a permanent refusal of this one recipient. The connection, the sender and every step before were fine.</source>
        <translation>Der Server hat RCPT TO mit 550 5.1.1 beantwortet, einer dauerhaften Ablehnung genau dieses Empfängers. Verbindung, Absender und alle Schritte davor waren in Ordnung.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Postfach voll</translation>
    </message>
    <message>
        <source>Mail to full@wizard.test comes back. The customer says it worked last month.</source>
        <translation>Mail an full@wizard.test kommt zurück. Der Kunde sagt, letzten Monat habe es noch funktioniert.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full. Nothing is wrong on our side: the recipient has to make room, then the message can be sent again.</source>
        <translation>Das Postfach des Empfängers ist voll. Bei uns ist alles in Ordnung: Der Empfänger muss Platz schaffen, dann kann die Nachricht erneut gesendet werden.</translation>
    </message>
    <message>
        <source>The server refused the recipient at RCPT TO with 552 5.2.2 (mailbox full): a problem of that one mailbox, not of the connection or the message.</source>
        <translation>Der Server hat den Empfänger bei RCPT TO mit 552 5.2.2 (Postfach voll) abgelehnt: ein Problem dieses einen Postfachs, nicht der Verbindung oder der Nachricht.</translation>
    </message>
    <message>
        <source>Greylisting</source>
        <translation>Greylisting</translation>
    </message>
    <message>
        <source>Mail to grey@wizard.test is &quot;delayed&quot;. The customer wants to know why it is not delivered at once.</source>
        <translation>Mail an grey@wizard.test ist „verzögert“. Der Kunde möchte wissen, warum sie nicht sofort zugestellt wird.</translation>
    </message>
    <message>
        <source>The server greylists: it defers mail from a new sender once and accepts the retry. Nothing to fix; a real mail server retries within minutes.</source>
        <translation>Der Server nutzt Greylisting: Er weist Mail eines neuen Absenders einmal vorläufig ab und nimmt den nächsten Versuch an. Nichts zu reparieren; ein echter Mailserver versucht es nach wenigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The reply to RCPT TO was a 4xx (450 4.7.1 Greylisted): a temporary refusal, so sending again later works.</source>
        <translation>Die Antwort auf RCPT TO war ein 4xx (450 4.7.1 Greylisted): eine vorübergehende Ablehnung, ein späterer Versuch klappt also.</translation>
    </message>
    <message>
        <source>421 at connect</source>
        <translation>421 beim Verbinden</translation>
    </message>
    <message>
        <source>Mail to bob@sink.wizard.test stays in the queue. The customer says their server &quot;cannot get through&quot;.</source>
        <translation>Mail an bob@sink.wizard.test bleibt in der Warteschlange. Der Kunde sagt, sein Server „kommt nicht durch“.</translation>
    </message>
    <message>
        <source>The receiving server answers but refuses service right at the greeting: it is overloaded, in maintenance or limits connections. Wait and try again; if it lasts, contact its administrator.</source>
        <translation>Der empfangende Server antwortet, verweigert den Dienst aber schon bei der Begrüßung: Er ist überlastet, in Wartung oder begrenzt die Verbindungen. Warten Sie und versuchen Sie es erneut; hält es an, wenden Sie sich an seinen Administrator.</translation>
    </message>
    <message>
        <source>The server&apos;s first line was 421 instead of 220, and it closed the connection: temporary, and before anything about the message was sent.</source>
        <translation>Die erste Zeile des Servers war 421 statt 220, und er hat die Verbindung geschlossen: vorübergehend, und bevor irgendetwas zur Nachricht gesendet wurde.</translation>
    </message>
    <message>
        <source>Slow server</source>
        <translation>Langsamer Server</translation>
    </message>
    <message>
        <source>Mail to bob@sink.wizard.test takes ages and then fails with a time-out.</source>
        <translation>Mail an bob@sink.wizard.test dauert ewig und scheitert dann mit einer Zeitüberschreitung.</translation>
    </message>
    <message>
        <source>The server accepts the connection but does not greet in time: it (or a filter in front of it) is overloaded or hanging. Contact its administrator; the message is not the problem.</source>
        <translation>Der Server nimmt die Verbindung an, begrüßt aber nicht rechtzeitig: Er (oder ein Filter davor) ist überlastet oder hängt. Wenden Sie sich an seinen Administrator; die Nachricht ist nicht das Problem.</translation>
    </message>
    <message>
        <source>The connection was made, but no 220 greeting came before the wizard gave up: a time-out while waiting for the greeting (this exercise takes half a minute).</source>
        <translation>Die Verbindung kam zustande, aber keine 220-Begrüßung kam, bevor der Assistent aufgab: eine Zeitüberschreitung beim Warten auf die Begrüßung (diese Aufgabe dauert eine halbe Minute).</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Outlook at the customer&apos;s office says the certificate of mail.wizard.test is not valid, and sending stops.</source>
        <translation>Outlook im Büro des Kunden meldet, das Zertifikat von mail.wizard.test sei ungültig, und der Versand bricht ab.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not issued by an authority this computer trusts (here a private CA). Install the company&apos;s CA certificate on the clients, or give the server a certificate from a public CA.</source>
        <translation>Das Zertifikat des Servers stammt nicht von einer Stelle, der dieser Rechner vertraut (hier eine private CA). Installieren Sie das CA-Zertifikat der Firma auf den Clients oder geben Sie dem Server ein Zertifikat einer öffentlichen CA.</translation>
    </message>
    <message>
        <source>STARTTLS was offered and started, but the certificate did not verify, so the wizard stopped before signing in: a TLS failure, not a password problem.</source>
        <translation>STARTTLS wurde angeboten und begonnen, aber das Zertifikat ließ sich nicht prüfen, also hat der Assistent vor der Anmeldung aufgehört: ein TLS-Fehler, kein Passwortproblem.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>alice@wizard.test cannot send through mail.wizard.test. She says her password is Winter2026! and it has always worked.</source>
        <translation>alice@wizard.test kann nicht über mail.wizard.test senden. Sie sagt, ihr Passwort sei Winter2026! und habe immer funktioniert.</translation>
    </message>
    <message>
        <source>The server refused the user name and password: the password is wrong or was changed. Have the user reset it and type it again.</source>
        <translation>Der Server hat Benutzername und Passwort abgelehnt: Das Passwort ist falsch oder wurde geändert. Lassen Sie es die Benutzerin zurücksetzen und neu eingeben.</translation>
    </message>
    <message>
        <source>The encrypted connection and the offer to sign in were fine; AUTH was answered with 535 5.7.8, the server&apos;s &quot;authentication failed&quot;.</source>
        <translation>Die verschlüsselte Verbindung und das Angebot zur Anmeldung waren in Ordnung; AUTH wurde mit 535 5.7.8 beantwortet, dem „authentication failed“ des Servers.</translation>
    </message>
    <message>
        <source>Sign-in disabled (Microsoft 365)</source>
        <translation>Anmeldung abgeschaltet (Microsoft 365)</translation>
    </message>
    <message>
        <source>Since Monday the scanner cannot send through the company&apos;s Microsoft 365 server (mail.wizard.test). Its password, Winter2026!, was checked twice.</source>
        <translation>Seit Montag kann der Scanner nicht mehr über den Microsoft-365-Server der Firma (mail.wizard.test) senden. Sein Passwort, Winter2026!, wurde zweimal geprüft.</translation>
    </message>
    <message>
        <source>Microsoft 365 has switched off password sign-in (basic authentication, security defaults). The password is not the problem: sign in with an OAuth 2.0 token, or have the administrator allow SMTP AUTH for the mailbox or set up a connector.</source>
        <translation>Microsoft 365 hat die Anmeldung mit Passwort abgeschaltet (Standardauthentifizierung, Sicherheitsstandards). Das Passwort ist nicht das Problem: Melden Sie sich mit einem OAuth-2.0-Token an, oder lassen Sie den Administrator SMTP AUTH für das Postfach erlauben oder einen Connector einrichten.</translation>
    </message>
    <message>
        <source>AUTH was answered with 535 5.7.139 (&quot;the user is locked by your organization&apos;s security defaults policy&quot;): Microsoft&apos;s code for a blocked password sign-in, not 5.7.8 or 5.7.3 for a wrong password.</source>
        <translation>AUTH wurde mit 535 5.7.139 beantwortet („the user is locked by your organization&apos;s security defaults policy“): der Code von Microsoft für eine gesperrte Anmeldung mit Passwort, nicht 5.7.8 oder 5.7.3 für ein falsches Passwort.</translation>
    </message>
    <message>
        <source>Blocklisted IP address</source>
        <translation>IP-Adresse auf einer Sperrliste</translation>
    </message>
    <message>
        <source>Every mail to bob@sink.wizard.test bounces since yesterday, whatever is in it.</source>
        <translation>Seit gestern kommt jede Mail an bob@sink.wizard.test zurück, egal was darin steht.</translation>
    </message>
    <message>
        <source>Our sending IP address is on a DNS blocklist (Spamhaus ZEN). Find out why (a hijacked account, an infected computer), fix it, then ask for delisting; the recipient&apos;s address is fine.</source>
        <translation>Unsere sendende IP-Adresse steht auf einer DNS-Sperrliste (Spamhaus ZEN). Finden Sie den Grund (ein gekapertes Konto, ein infizierter Rechner), beheben Sie ihn und beantragen Sie dann die Streichung; die Adresse des Empfängers ist in Ordnung.</translation>
    </message>
    <message>
        <source>RCPT TO was refused with 554 5.7.1 naming our address and zen.spamhaus.org: the server judged the sending IP address, not the recipient or the message.</source>
        <translation>RCPT TO wurde mit 554 5.7.1 abgelehnt, unter Nennung unserer Adresse und von zen.spamhaus.org: Der Server hat die sendende IP-Adresse beurteilt, nicht den Empfänger oder die Nachricht.</translation>
    </message>
    <message>
        <source>Null MX</source>
        <translation>Null-MX</translation>
    </message>
    <message>
        <source>Mail to info@nullmx.wizard.test bounces at once, without any server being contacted.</source>
        <translation>Mail an info@nullmx.wizard.test kommt sofort zurück, ohne dass ein Server kontaktiert wurde.</translation>
    </message>
    <message>
        <source>The domain declares that it accepts no mail at all (a null MX, RFC 7505). The address is wrong or no longer used: ask the recipient for another one.</source>
        <translation>Die Domain erklärt, dass sie überhaupt keine Mail annimmt (ein Null-MX, RFC 7505). Die Adresse ist falsch oder wird nicht mehr benutzt: Bitten Sie den Empfänger um eine andere.</translation>
    </message>
    <message>
        <source>The MX lookup returned a single MX 0 &quot;.&quot;: the domain&apos;s owner says it receives no mail, so there is no server to connect to and the wizard stops on the Mail servers page.</source>
        <translation>Die MX-Abfrage lieferte einen einzigen MX 0 „.“: Der Inhaber der Domain erklärt, dass sie keine Mail empfängt, es gibt also keinen Server zum Verbinden, und der Assistent hält auf der Seite Mailserver an.</translation>
    </message>
    <message>
        <source>Dead MX with a working backup</source>
        <translation>Ausgefallener MX mit funktionierendem Ersatz</translation>
    </message>
    <message>
        <source>The customer&apos;s first mail server (dead.wizard.test) died this morning. Is mail to alice@failover.wizard.test lost?</source>
        <translation>Der erste Mailserver des Kunden (dead.wizard.test) ist heute Morgen ausgefallen. Geht Mail an alice@failover.wizard.test verloren?</translation>
    </message>
    <message>
        <source>No: the first MX refuses connections, but the backup MX (preference 20) took the message. Mail arrives; the dead server should still be repaired or taken out of the MX records.</source>
        <translation>Nein: Der erste MX lehnt Verbindungen ab, aber der Ersatz-MX (Präferenz 20) hat die Nachricht angenommen. Die Mail kommt an; der ausgefallene Server sollte trotzdem repariert oder aus den MX-Einträgen genommen werden.</translation>
    </message>
    <message>
        <source>The first attempt failed with &quot;connection refused&quot;; the wizard went on to the next MX, as every sending server does, and that one accepted the message.</source>
        <translation>Der erste Versuch scheiterte mit „Verbindung abgelehnt“; der Assistent ging wie jeder sendende Server zum nächsten MX weiter, und der hat die Nachricht angenommen.</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Übung: %1</translation>
    </message>
</context>
<context>
    <name>PracticeFlow</name>
    <message>
        <source>SMTP Wizard (Practice)</source>
        <translation>SMTP Wizard (Übung)</translation>
    </message>
    <message>
        <source>Back to the exercises, with what this run should have shown you</source>
        <translation>Zurück zu den Aufgaben, mit dem, was dieser Test Ihnen zeigen sollte</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Debrie&amp;f</source>
        <translation>A&amp;uswertung</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Debrief</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Exercises on the local test bed: take a ticket, find the cause with the wizard, then read the debrief.</source>
        <translation>Aufgaben auf dem lokalen Testnetz: Nehmen Sie ein Ticket, finden Sie die Ursache mit dem Assistenten und lesen Sie dann die Auswertung.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>&amp;Exercises</source>
        <translation>Au&amp;fgaben</translation>
    </message>
    <message>
        <source>Done: the run showed the exercise&apos;s cause</source>
        <translation>Erledigt: Der Test hat die Ursache der Aufgabe gezeigt</translation>
    </message>
    <message>
        <source>Done: the run ended differently from the exercise</source>
        <translation>Erledigt: Der Test endete anders als die Aufgabe</translation>
    </message>
    <message>
        <source>Next fills in the wizard for this ticket. Click through the pages and run the test as you would for a customer; when you know the answer, click Debrief.</source>
        <translation>Weiter füllt den Assistenten für dieses Ticket aus. Gehen Sie die Seiten durch und starten Sie den Test wie für einen Kunden; wenn Sie die Antwort kennen, klicken Sie auf Auswertung.</translation>
    </message>
    <message>
        <source>Next fills in the wizard for this ticket again; or choose another exercise.</source>
        <translation>Weiter füllt den Assistenten erneut für dieses Ticket aus; oder wählen Sie eine andere Aufgabe.</translation>
    </message>
    <message>
        <source>Your run showed what this ticket is about: %1.</source>
        <translation>Ihr Test hat gezeigt, worum es in diesem Ticket geht: %1.</translation>
    </message>
    <message>
        <source>Your run did not end as this exercise expects. %1 Check that the pages still held what the exercise filled in, and run it again.</source>
        <translation>Ihr Test endete nicht so, wie die Aufgabe es erwartet. %1 Prüfen Sie, ob die Seiten noch enthielten, was die Aufgabe ausgefüllt hatte, und starten Sie ihn erneut.</translation>
    </message>
    <message>
        <source>What your run showed</source>
        <translation>Was Ihr Test gezeigt hat</translation>
    </message>
    <message>
        <source>Outcome: %1. Step: %2.</source>
        <translation>Ergebnis: %1. Schritt: %2.</translation>
    </message>
    <message>
        <source>What to conclude</source>
        <translation>Was daraus folgt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>S&amp;tart from this profile</source>
        <translation>Von diesem Profil aus&amp;gehen</translation>
    </message>
    <message>
        <source>&amp;Delete profile</source>
        <translation>Profil &amp;löschen</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Save the current settings as a profile</source>
        <translation>Die aktuellen Einstellungen als Profil speichern</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>e.g. Office relay</source>
        <translation>z. B. Büro-Relay</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Destination, connection, sign-in name and message are kept. A password never is.</source>
        <translation>Ziel, Verbindung, Anmeldename und Nachricht werden gespeichert. Ein Passwort nie.</translation>
    </message>
    <message>
        <source>Start from a profile</source>
        <translation>Von einem Profil ausgehen</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <source>Fills every page with the profile&apos;s settings; the password is typed again or comes from the keychain.</source>
        <translation>Füllt jede Seite mit den Einstellungen des Profils; das Passwort wird erneut eingegeben oder kommt aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Replace profile</source>
        <translation>Profil ersetzen</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists. Replace it with the current settings?</source>
        <translation>Ein Profil namens „%1“ existiert bereits. Durch die aktuellen Einstellungen ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>The current settings were saved as &quot;%1&quot;.</source>
        <translation>Die aktuellen Einstellungen wurden als „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Das Profil „%1“ löschen?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was deleted.</source>
        <translation>Das Profil „%1“ wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>RelayReading</name>
    <message>
        <source>Accepted an outside recipient: open relay</source>
        <translation>Fremden Empfänger angenommen: offenes Relay</translation>
    </message>
    <message>
        <source>The server took &lt;%1&gt; from a session without sign-in, so it would pass this mail on to another domain for anyone. That is what makes it an open relay.</source>
        <translation>Der Server hat &lt;%1&gt; in einer Sitzung ohne Anmeldung angenommen: Er würde diese Mail für jeden an eine andere Domain weitergeben. Genau das macht ihn zu einem offenen Relay.</translation>
    </message>
    <message>
        <source>The relay restrictions let strangers relay, or the trusted networks include the address this test came from.</source>
        <translation>Die Relay-Beschränkungen lassen Fremde weiterleiten, oder die vertrauenswürdigen Netze schließen die Adresse ein, von der dieser Test kam.</translation>
    </message>
</context>
<context>
    <name>ReportFileDialog</name>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>JSON-Daten (*.json)</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>The test could not start. Please correct this:</source>
        <translation>Der Test konnte nicht starten. Bitte korrigieren Sie Folgendes:</translation>
    </message>
</context>
<context>
    <name>ResultSummaryView</name>
    <message>
        <source>&lt;b&gt;Recipients&lt;/b&gt;</source>
        <translation>&lt;b&gt;Empfänger&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What happened to each recipient</source>
        <translation>Was mit jedem Empfänger geschah</translation>
    </message>
    <message>
        <source>Time per step</source>
        <translation>Zeit pro Schritt</translation>
    </message>
    <message>
        <source>&amp;Time per step</source>
        <translation>&amp;Zeit pro Schritt</translation>
    </message>
    <message>
        <source>Shows or hides how long each step of the conversation took.</source>
        <translation>Zeigt oder verbirgt, wie lange jeder Schritt des Gesprächs gedauert hat.</translation>
    </message>
    <message>
        <source>The test succeeded.</source>
        <translation>Der Test war erfolgreich.</translation>
    </message>
    <message>
        <source>The test did not succeed: %1</source>
        <translation>Der Test war nicht erfolgreich: %1</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
</context>
<context>
    <name>ResultTables</name>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Accepted: relays</source>
        <translation>Angenommen: leitet weiter</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Whole test</source>
        <translation>Gesamter Test</translation>
    </message>
    <message>
        <source>Form tried</source>
        <translation>Versuchte Form</translation>
    </message>
</context>
<context>
    <name>ResultWindow</name>
    <message>
        <source>Earlier test: %1</source>
        <translation>Früherer Test: %1</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ablauf</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Saves this test as text, HTML, PDF or JSON. Passwords are never included.</source>
        <translation>Speichert diesen Test als Text, HTML, PDF oder JSON. Passwörter sind nie enthalten.</translation>
    </message>
    <message>
        <source>C&amp;opy for a ticket</source>
        <translation>Für ein Ti&amp;cket kopieren</translation>
    </message>
    <message>
        <source>Copies the report as text and formatted HTML, ready to paste into a ticket.</source>
        <translation>Kopiert den Bericht als Text und formatiertes HTML, bereit zum Einfügen in ein Ticket.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Der Bericht wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>The report is on the clipboard, as text and as formatted HTML.</source>
        <translation>Der Bericht ist in der Zwischenablage, als Text und als formatiertes HTML.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Running the test</source>
        <translation>Test läuft</translation>
    </message>
    <message>
        <source>Every line exchanged with the server. Point at or select a line to see what it means.</source>
        <translation>Jede mit dem Server ausgetauschte Zeile. Zeigen Sie auf eine Zeile oder wählen Sie sie, um zu sehen, was sie bedeutet.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>View &amp;certificate…</source>
        <translation>&amp;Zertifikat anzeigen…</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate and whether it could be verified.</source>
        <translation>Das TLS-Zertifikat des Servers und ob es geprüft werden konnte.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>Stops the test at once and closes the connection.</source>
        <translation>Hält den Test sofort an und schließt die Verbindung.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Stopped at step %1 of %2</source>
        <translation>Angehalten bei Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Step %v of %m</source>
        <translation>Schritt %v von %m</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>The test could not start.</source>
        <translation>Der Test konnte nicht starten.</translation>
    </message>
    <message>
        <source>Please go back and correct this:</source>
        <translation>Bitte gehen Sie zurück und korrigieren Sie Folgendes:</translation>
    </message>
    <message>
        <source>%1: waiting for %2 s; the test gives up after %3 s.</source>
        <translation>%1: seit %2 s wird gewartet; der Test gibt nach %3 s auf.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Stopped at step %v of %m</source>
        <translation>Angehalten bei Schritt %v von %m</translation>
    </message>
    <message>
        <source>Ended at step %v of %m</source>
        <translation>Beendet bei Schritt %v von %m</translation>
    </message>
    <message numerus="yes">
        <source>Finished: it partly worked; %n recipient(s) refused. See the summary.</source>
        <translation>
            <numerusform>Abgeschlossen: teilweise erfolgreich; %n Empfänger abgelehnt. Siehe Zusammenfassung.</numerusform>
            <numerusform>Abgeschlossen: teilweise erfolgreich; %n Empfänger abgelehnt. Siehe Zusammenfassung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: it worked.</source>
        <translation>Abgeschlossen: es hat funktioniert.</translation>
    </message>
    <message>
        <source>Finished: the server asked to try again later. See the summary.</source>
        <translation>Abgeschlossen: der Server bat, es später erneut zu versuchen. Siehe Zusammenfassung.</translation>
    </message>
    <message>
        <source>Stopped: you stopped the test.</source>
        <translation>Angehalten: Sie haben den Test angehalten.</translation>
    </message>
    <message>
        <source>Finished: OPEN RELAY. This server accepts mail for other domains from anyone. See the summary.</source>
        <translation>Abgeschlossen: OFFENES RELAY. Dieser Server nimmt von jedem Mail für fremde Domains an. Siehe Zusammenfassung.</translation>
    </message>
    <message>
        <source>Finished: the server refuses to relay. See the summary.</source>
        <translation>Abgeschlossen: der Server verweigert Relaying. Siehe Zusammenfassung.</translation>
    </message>
    <message>
        <source>Finished: it did not work. See the summary.</source>
        <translation>Abgeschlossen: es hat nicht funktioniert. Siehe Zusammenfassung.</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>Zertifikat von %1</translation>
    </message>
    <message>
        <source>T&amp;ype commands…</source>
        <translation>&amp;Befehle eingeben…</translation>
    </message>
    <message>
        <source>Opens a console on the same server: type the SMTP commands yourself, each reply explained.</source>
        <translation>Öffnet eine Konsole zum selben Server: Sie geben die SMTP-Befehle selbst ein, jede Antwort wird erklärt.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>The user name and password (or OAuth 2.0 access token) your mail program uses to send. They are kept only in this computer&apos;s keychain.</source>
        <translation>Benutzername und Passwort (oder OAuth-2.0-Zugriffstoken), mit denen Ihr Mailprogramm sendet. Sie werden nur im Schlüsselbund dieses Computers aufbewahrt.</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Anmelde&amp;verfahren:</translation>
    </message>
    <message>
        <source>How the sign-in is sent; every way is protected by the encryption. Automatic uses what the server offers. Microsoft 365 and Gmail, where password sign-in is switched off, take an OAuth 2.0 access token (XOAUTH2).</source>
        <translation>Wie die Anmeldung gesendet wird; jeder Weg ist durch die Verschlüsselung geschützt. „Automatisch“ verwendet, was der Server anbietet. Microsoft 365 und Gmail nehmen, wo die Anmeldung mit Passwort abgeschaltet ist, ein OAuth-2.0-Zugriffstoken (XOAUTH2).</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>Automatic: user name and password, as the server asks</source>
        <translation>Automatisch: Benutzername und Passwort, wie der Server fragt</translation>
    </message>
    <message>
        <source>User name and password in one step (AUTH PLAIN)</source>
        <translation>Benutzername und Passwort in einem Schritt (AUTH PLAIN)</translation>
    </message>
    <message>
        <source>User name and password, asked in two steps (AUTH LOGIN)</source>
        <translation>Benutzername und Passwort, in zwei Schritten abgefragt (AUTH LOGIN)</translation>
    </message>
    <message>
        <source>User name and password, proved without sending the password (AUTH CRAM-MD5, older servers)</source>
        <translation>Benutzername und Passwort, nachgewiesen ohne das Passwort zu senden (AUTH CRAM-MD5, ältere Server)</translation>
    </message>
    <message>
        <source>User name and OAuth 2.0 access token (AUTH XOAUTH2: Microsoft 365, Gmail)</source>
        <translation>Benutzername und OAuth-2.0-Zugriffstoken (AUTH XOAUTH2: Microsoft 365, Gmail)</translation>
    </message>
    <message>
        <source>User name and OAuth 2.0 access token (AUTH OAUTHBEARER, RFC 7628)</source>
        <translation>Benutzername und OAuth-2.0-Zugriffstoken (AUTH OAUTHBEARER, RFC 7628)</translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation>Keine Anmeldung</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>meist Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Shows the password as typed, to check it. It is never shown in the transcript or reports.</source>
        <translation>Zeigt das Passwort wie eingegeben an, um es zu prüfen. Im Protokoll und in Berichten wird es nie angezeigt.</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>paste the access token (often starting with ey or ya29.)</source>
        <translation>Zugriffstoken einfügen (beginnt oft mit ey oder ya29.)</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>An OAuth 2.0 access token for this mailbox, issued by its identity provider for sending mail by SMTP. It is never shown in the transcript or reports.</source>
        <translation>Ein OAuth-2.0-Zugriffstoken für dieses Postfach, von seinem Identitätsanbieter für das Senden von Mail über SMTP ausgestellt. Im Protokoll und in Berichten wird es nie angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Shows the token as pasted, to check it. It is never shown in the transcript or reports.</source>
        <translation>Zeigt das Token wie eingefügt an, um es zu prüfen. Im Protokoll und in Berichten wird es nie angezeigt.</translation>
    </message>
    <message>
        <source>Paste an access token from the mailbox&apos;s identity provider, issued for sending mail by SMTP:
Microsoft 365 with the scope https://outlook.office.com/SMTP.Send, Gmail with https://mail.google.com/
Tokens expire, usually after an hour: get a fresh one when the server refuses it.</source>
        <translation>Fügen Sie ein Zugriffstoken vom Identitätsanbieter des Postfachs ein, ausgestellt für das Senden von Mail über SMTP:
Microsoft 365 mit dem Scope https://outlook.office.com/SMTP.Send, Gmail mit https://mail.google.com/
Token laufen ab, meist nach einer Stunde: holen Sie ein frisches, wenn der Server es ablehnt.</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Stores the password in this computer&apos;s keychain (Secret Service, Keychain or Credential Manager), never in a file.</source>
        <translation>Speichert das Passwort im Schlüsselbund dieses Computers (Secret Service, Schlüsselbund oder Anmeldeinformationsverwaltung), nie in einer Datei.</translation>
    </message>
    <message>
        <source>&amp;Forget stored password</source>
        <translation>Gespeichertes Passwort ver&amp;gessen</translation>
    </message>
    <message>
        <source>Send the password even &amp;without encryption</source>
        <translation>Passwort auch &amp;ohne Verschlüsselung senden</translation>
    </message>
    <message>
        <source>Anyone on the network path could read it. Only for test servers.</source>
        <translation>Jeder auf dem Netzwerkweg könnte es mitlesen. Nur für Testserver.</translation>
    </message>
    <message>
        <source>Type the user name of the mailbox, often its e-mail address.</source>
        <translation>Geben Sie den Benutzernamen des Postfachs ein, oft seine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Type the password; it is used for this test only, unless you tick Remember.</source>
        <translation>Geben Sie das Passwort ein; es wird nur für diesen Test verwendet, außer Sie aktivieren „Merken“.</translation>
    </message>
    <message>
        <source>Paste the access token; it is used for this test only, unless you tick Remember.</source>
        <translation>Fügen Sie das Zugriffstoken ein; es wird nur für diesen Test verwendet, außer Sie aktivieren „Merken“.</translation>
    </message>
    <message>
        <source>&amp;Forget stored token</source>
        <translation>Gespeichertes Token ver&amp;gessen</translation>
    </message>
    <message>
        <source>The connection is set to &quot;None&quot;: the access token would travel unencrypted. SMTP Wizard refuses to send it unless you allow it below; better choose STARTTLS or TLS on the Connection page.</source>
        <translation>Die Verbindung ist auf „Keine“ gestellt: das Zugriffstoken würde unverschlüsselt übertragen. SMTP Wizard sendet es nur, wenn Sie es unten erlauben; wählen Sie besser STARTTLS oder TLS auf der Seite „Verbindung“.</translation>
    </message>
    <message>
        <source>The connection is set to &quot;None&quot;: the password would travel unencrypted. SMTP Wizard refuses to send it unless you allow it below; better choose STARTTLS or TLS on the Connection page.</source>
        <translation>Die Verbindung ist auf „Keine“ gestellt: das Passwort würde unverschlüsselt übertragen. SMTP Wizard sendet es nur, wenn Sie es unten erlauben; wählen Sie besser STARTTLS oder TLS auf der Seite „Verbindung“.</translation>
    </message>
    <message>
        <source>&quot;STARTTLS when offered&quot; signs in only once the connection is encrypted; if the server offers no STARTTLS the sign-in is not attempted.</source>
        <translation>„STARTTLS, wenn angeboten“ meldet sich erst an, wenn die Verbindung verschlüsselt ist; bietet der Server kein STARTTLS an, wird die Anmeldung nicht versucht.</translation>
    </message>
    <message>
        <source>The access token was filled in from the keychain.</source>
        <translation>Das Zugriffstoken wurde aus dem Schlüsselbund eingesetzt.</translation>
    </message>
    <message>
        <source>The password was filled in from the keychain.</source>
        <translation>Das Passwort wurde aus dem Schlüsselbund eingesetzt.</translation>
    </message>
</context>
<context>
    <name>SmtpWizard</name>
    <message>
        <source>SMTP Wizard</source>
        <translation>SMTP Wizard</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Mail servers</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The report is on the clipboard, as text and as formatted HTML.</source>
        <translation>Der Bericht ist in der Zwischenablage, als Text und als formatiertes HTML.</translation>
    </message>
    <message>
        <source>The last test could not be kept in the history: %1</source>
        <translation>Der letzte Test konnte nicht im Verlauf aufbewahrt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s); select one on the left to read its explanation.</source>
        <translation>
            <numerusform>%n Befund; wählen Sie ihn links, um seine Erklärung zu lesen.</numerusform>
            <numerusform>%n Befunde; wählen Sie links einen, um seine Erklärung zu lesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Explained from %1: %n finding(s); select one on the left to read it.</source>
        <translation>
            <numerusform>Aus %1 erklärt: %n Befund; wählen Sie ihn links, um ihn zu lesen.</numerusform>
            <numerusform>Aus %1 erklärt: %n Befunde; wählen Sie links einen, um ihn zu lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Explained from %1.</source>
        <translation>Aus %1 erklärt.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What the test found, and what to do about it.</source>
        <translation>Was der Test gefunden hat und was dagegen zu tun ist.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do next&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was Sie als Nächstes tun können&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recipients&lt;/b&gt;</source>
        <translation>&lt;b&gt;Empfänger&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What happened to each recipient</source>
        <translation>Was mit jedem Empfänger geschah</translation>
    </message>
    <message>
        <source>&amp;Time per step</source>
        <translation>&amp;Zeit pro Schritt</translation>
    </message>
    <message>
        <source>Shows or hides how long each step of the conversation took.</source>
        <translation>Zeigt oder verbirgt, wie lange jeder Schritt des Gesprächs gedauert hat.</translation>
    </message>
    <message>
        <source>Time per step</source>
        <translation>Zeit pro Schritt</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Saves the whole test as text, HTML, PDF or JSON, for a ticket or an e-mail to the provider. Passwords are never included.</source>
        <translation>Speichert den ganzen Test als Text, HTML, PDF oder JSON, für ein Ticket oder eine E-Mail an den Anbieter. Passwörter sind nie enthalten.</translation>
    </message>
    <message>
        <source>C&amp;opy for a ticket</source>
        <translation>Für ein Ti&amp;cket kopieren</translation>
    </message>
    <message>
        <source>Copies the report as text and formatted HTML, ready to paste into a ticket.</source>
        <translation>Kopiert den Bericht als Text und formatiertes HTML, bereit zum Einfügen in ein Ticket.</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>The tests run before, this one included: reopen one, save its report or compare two.</source>
        <translation>Die zuvor ausgeführten Tests, einschließlich dieses: einen erneut öffnen, seinen Bericht speichern oder zwei vergleichen.</translation>
    </message>
    <message>
        <source>C&amp;hange:</source>
        <translation>&amp;Ändern:</translation>
    </message>
    <message>
        <source>Page to change</source>
        <translation>Zu ändernde Seite</translation>
    </message>
    <message>
        <source>&amp;Go there</source>
        <translation>&amp;Dorthin</translation>
    </message>
    <message>
        <source>&amp;New test</source>
        <translation>&amp;Neuer Test</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Op&amp;en report</source>
        <translation>Bericht ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Sho&amp;w in folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Der Bericht wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>The test succeeded.</source>
        <translation>Der Test war erfolgreich.</translation>
    </message>
    <message>
        <source>The test did not succeed: %1</source>
        <translation>Der Test war nicht erfolgreich: %1</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outside recipients tried by the open-relay check&lt;/b&gt;</source>
        <translation>&lt;b&gt;Von der Prüfung auf offenes Relay versuchte externe Empfänger&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>TranscriptColors</name>
    <message>
        <source>Success (2xx)</source>
        <translation>Erfolg (2xx)</translation>
    </message>
    <message>
        <source>Waiting for more (3xx)</source>
        <translation>Wartet auf mehr (3xx)</translation>
    </message>
    <message>
        <source>Temporary failure (4xx)</source>
        <translation>Vorübergehender Fehler (4xx)</translation>
    </message>
    <message>
        <source>Permanent failure (5xx)</source>
        <translation>Dauerhafter Fehler (5xx)</translation>
    </message>
    <message>
        <source>Sent by this computer</source>
        <translation>Von diesem Computer gesendet</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Server line</source>
        <translation>Serverzeile</translation>
    </message>
</context>
<context>
    <name>TranscriptLegend</name>
    <message>
        <source>Colour legend</source>
        <translation>Farblegende</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message numerus="yes">
        <source>(%n character(s) in all; Copy and the report have the whole line)</source>
        <translation>
            <numerusform>(%n Zeichen insgesamt; Kopieren und der Bericht enthalten die ganze Zeile)</numerusform>
            <numerusform>(%n Zeichen insgesamt; Kopieren und der Bericht enthalten die ganze Zeile)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;all lines</source>
        <translation>&amp;Alle Zeilen kopieren</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>Alles au&amp;swählen</translation>
    </message>
    <message>
        <source>&amp;Wrap long lines</source>
        <translation>Lange Zeilen &amp;umbrechen</translation>
    </message>
</context>
<context>
    <name>VerdictIcon</name>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>WizardController</name>
    <message>
        <source>The password is now stored in the keychain.</source>
        <translation>Das Passwort ist jetzt im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The stored password was removed from the keychain.</source>
        <translation>Das gespeicherte Passwort wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>No password was stored for this sign-in.</source>
        <translation>Für diese Anmeldung war kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>There is no test result to save yet.</source>
        <translation>Es gibt noch kein Testergebnis zum Speichern.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>WizardMain</name>
    <message>
        <source>Practice mode: --practice &lt;FILE&gt; opens exercises on a local test bed (FILE: its testbed.env or state folder; make demo starts one).</source>
        <translation>Übungsmodus: --practice &lt;DATEI&gt; öffnet Übungen auf einer lokalen Testumgebung (DATEI: deren testbed.env oder Zustandsordner; make demo startet eine).</translation>
    </message>
</context>
</TS>
