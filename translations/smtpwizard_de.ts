<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuthExchange</name>
    <message>
        <source>The server does not offer sign-in (no AUTH in its EHLO reply)</source>
        <translation>Der Server bietet keine Anmeldung an (kein AUTH in seiner EHLO-Antwort)</translation>
    </message>
    <message>
        <source>The server does not offer sign-in on this unencrypted connection</source>
        <translation>Der Server bietet auf dieser unverschlüsselten Verbindung keine Anmeldung an</translation>
    </message>
    <message>
        <source>The server does not offer AUTH %1; it offers %2</source>
        <translation>Der Server bietet AUTH %1 nicht an; er bietet %2 an</translation>
    </message>
    <message>
        <source>Not sending the access token over an unencrypted connection</source>
        <translation>Das Zugriffstoken wird nicht über eine unverschlüsselte Verbindung gesendet</translation>
    </message>
    <message>
        <source>Not sending the password over an unencrypted connection</source>
        <translation>Das Passwort wird nicht über eine unverschlüsselte Verbindung gesendet</translation>
    </message>
    <message>
        <source>AUTH XOAUTH2 [user name &quot;%1&quot; and access token hidden]</source>
        <translation>AUTH XOAUTH2 [Benutzername „%1“ und Zugriffstoken verborgen]</translation>
    </message>
    <message>
        <source>AUTH OAUTHBEARER [user name &quot;%1&quot; and access token hidden]</source>
        <translation>AUTH OAUTHBEARER [Benutzername „%1“ und Zugriffstoken verborgen]</translation>
    </message>
    <message>
        <source>AUTH PLAIN [user name and password hidden]</source>
        <translation>AUTH PLAIN [Benutzername und Passwort verborgen]</translation>
    </message>
    <message>
        <source>AQ== [^A: ends the refused sign-in, as RFC 7628 asks]</source>
        <translation>AQ== [^A: beendet die abgelehnte Anmeldung, wie RFC 7628 es verlangt]</translation>
    </message>
    <message>
        <source>[empty line: ends the refused sign-in]</source>
        <translation>[leere Zeile: beendet die abgelehnte Anmeldung]</translation>
    </message>
    <message>
        <source>[user name &quot;%1&quot; and the password&apos;s HMAC-MD5 digest of the challenge, hidden]</source>
        <translation>[Benutzername „%1“ und der HMAC-MD5-Digest der Challenge mit dem Passwort, verborgen]</translation>
    </message>
    <message>
        <source>%1 [user name &quot;%2&quot; in base64]</source>
        <translation>%1 [Benutzername „%2“ in Base64]</translation>
    </message>
    <message>
        <source>[password hidden]</source>
        <translation>[Passwort verborgen]</translation>
    </message>
    <message>
        <source>[user name and password hidden]</source>
        <translation>[Benutzername und Passwort verborgen]</translation>
    </message>
    <message>
        <source>The server asked for more sign-in data than AUTH %1 has</source>
        <translation>Der Server hat mehr Anmeldedaten verlangt, als AUTH %1 vorsieht</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>%1 holds no address (one address per line)</source>
        <translation>%1 enthält keine Adresse (eine Adresse pro Zeile)</translation>
    </message>
    <message>
        <source>Checking %1 in %2 up to RCPT TO; nothing is sent</source>
        <translation>Prüfung von %1 in %2 bis RCPT TO; es wird nichts gesendet</translation>
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
        <source>%n address(es) already checked in %1: skipped</source>
        <translation>
            <numerusform>%n Adresse bereits in %1 geprüft: übersprungen</numerusform>
            <numerusform>%n Adressen bereits in %1 geprüft: übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate line(s) skipped</source>
        <translation>
            <numerusform>%n doppelte Zeile übersprungen</numerusform>
            <numerusform>%n doppelte Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 is not an address (%2): %3</source>
        <translation>Zeile %1 ist keine Adresse (%2): %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MX lookup(s)</source>
        <translation>
            <numerusform>%n MX-Abfrage</numerusform>
            <numerusform>%n MX-Abfragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchInput</name>
    <message>
        <source>An address with an IP address instead of a domain cannot be checked in a list</source>
        <translation>Eine Adresse mit einer IP-Adresse statt einer Domain kann nicht in einer Liste geprüft werden</translation>
    </message>
</context>
<context>
    <name>BatchProgress</name>
    <message>
        <source>%1/%2 checked, %3 accepted, %4 refused, %5 temporary</source>
        <translation>%1/%2 geprüft, %3 angenommen, %4 abgelehnt, %5 vorübergehend</translation>
    </message>
    <message numerus="yes">
        <source>, %n error(s)</source>
        <translation>
            <numerusform>, %n Fehler</numerusform>
            <numerusform>, %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>, done in %1 s</source>
        <translation>, fertig in %1 s</translation>
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
    <name>BatchWriter</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not the output of a batch check (a line without an address)</source>
        <translation>%1 ist keine Ausgabe einer Listenprüfung (eine Zeile ohne Adresse)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>BounceExplainer</name>
    <message>
        <source>The last attempt ended with: %1.</source>
        <translation>Der letzte Versuch endete mit: %1.</translation>
    </message>
    <message>
        <source>The server that wrote the report leaves the reason out; the whole message was read.</source>
        <translation>Der Server, der den Bericht geschrieben hat, nennt keinen Grund; die ganze Nachricht wurde gelesen.</translation>
    </message>
    <message>
        <source>Test the same recipient with this wizard: the receiving server&apos;s own reply names the reason.</source>
        <translation>Testen Sie denselben Empfänger mit diesem Assistenten: Die Antwort des empfangenden Servers selbst nennt den Grund.</translation>
    </message>
    <message>
        <source>Delivery delayed</source>
        <translation>Zustellung verzögert</translation>
    </message>
    <message>
        <source>The sending server has not delivered the message yet and keeps trying. The report names no reason; status %1 in a delay warning means only that the warning was due.</source>
        <translation>Der sendende Server hat die Nachricht noch nicht zugestellt und versucht es weiter. Der Bericht nennt keinen Grund; Status %1 in einer Verzögerungswarnung bedeutet nur, dass die Warnung fällig war.</translation>
    </message>
    <message>
        <source>The destination does not answer or keeps deferring the message.</source>
        <translation>Das Ziel antwortet nicht oder weist die Nachricht immer wieder vorübergehend ab.</translation>
    </message>
    <message>
        <source>Wait: a failure report follows only if the sending server gives up.</source>
        <translation>Warten Sie: Ein Fehlerbericht folgt nur, wenn der sendende Server aufgibt.</translation>
    </message>
    <message>
        <source>Test the destination with this wizard to see why it defers or cannot be reached.</source>
        <translation>Testen Sie das Ziel mit diesem Assistenten, um zu sehen, warum es zurückstellt oder nicht erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Recipient address (RCPT TO); repeat for more.</source>
        <translation>Empfängeradresse (RCPT TO); für weitere wiederholen.</translation>
    </message>
    <message>
        <source>Sender address (MAIL FROM); &quot;&lt;&gt;&quot; is the null sender.</source>
        <translation>Absenderadresse (MAIL FROM); „&lt;&gt;“ ist der Null-Absender.</translation>
    </message>
    <message>
        <source>Domain or address whose mail servers (MX) are tested.</source>
        <translation>Domain oder Adresse, deren Mailserver (MX) getestet werden.</translation>
    </message>
    <message>
        <source>Connect to this server instead of looking up MX.</source>
        <translation>Mit diesem Server verbinden, statt MX abzufragen.</translation>
    </message>
    <message>
        <source>Port (default 25, or 465 with --security tls).</source>
        <translation>Port (Standard 25, oder 465 mit --security tls).</translation>
    </message>
    <message>
        <source>none, starttls (default), starttls-required or tls.</source>
        <translation>none, starttls (Standard), starttls-required oder tls.</translation>
    </message>
    <message>
        <source>Name sent in EHLO (default: this machine&apos;s name).</source>
        <translation>Name im EHLO (Standard: der Name dieses Rechners).</translation>
    </message>
    <message>
        <source>Sign in with plain, login, auto (the best the server offers), cram-md5, or with an OAuth 2.0 token: xoauth2 or oauthbearer.</source>
        <translation>Anmelden mit plain, login, auto (das Beste, was der Server anbietet), cram-md5 oder mit einem OAuth-2.0-Token: xoauth2 oder oauthbearer.</translation>
    </message>
    <message>
        <source>User name for signing in (implies --auth plain, or xoauth2 with --token-stdin).</source>
        <translation>Benutzername für die Anmeldung (bedeutet --auth plain, oder xoauth2 mit --token-stdin).</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Read the OAuth 2.0 access token from the first line of standard input.</source>
        <translation>Das OAuth-2.0-Zugriffstoken aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Allow signing in over an unencrypted connection.</source>
        <translation>Anmeldung über eine unverschlüsselte Verbindung erlauben.</translation>
    </message>
    <message>
        <source>DSN NOTIFY: never, or a list of success,failure,delay.</source>
        <translation>DSN NOTIFY: never oder eine Liste aus success,failure,delay.</translation>
    </message>
    <message>
        <source>Add DSN ORCPT for each recipient.</source>
        <translation>DSN ORCPT für jeden Empfänger hinzufügen.</translation>
    </message>
    <message>
        <source>DSN RET: full or hdrs.</source>
        <translation>DSN RET: full oder hdrs.</translation>
    </message>
    <message>
        <source>DSN envelope ID.</source>
        <translation>DSN-Envelope-ID.</translation>
    </message>
    <message>
        <source>Subject of the test message.</source>
        <translation>Betreff der Testnachricht.</translation>
    </message>
    <message>
        <source>Text of the test message.</source>
        <translation>Text der Testnachricht.</translation>
    </message>
    <message>
        <source>Read the message text from a file (- for standard input).</source>
        <translation>Den Nachrichtentext aus einer Datei lesen (- für Standardeingabe).</translation>
    </message>
    <message>
        <source>Extra header &quot;Name: value&quot;; repeat for more.</source>
        <translation>Zusätzlicher Header „Name: Wert“; für weitere wiederholen.</translation>
    </message>
    <message>
        <source>Stop after connect, ehlo, tls, auth, mail or rcpt.</source>
        <translation>Anhalten nach connect, ehlo, tls, auth, mail oder rcpt.</translation>
    </message>
    <message>
        <source>IP address of the DNS server to ask.</source>
        <translation>IP-Adresse des zu fragenden DNS-Servers.</translation>
    </message>
    <message>
        <source>Limit every step to this many seconds.</source>
        <translation>Jeden Schritt auf so viele Sekunden begrenzen.</translation>
    </message>
    <message>
        <source>Wait as long as RFC 5321 section 4.5.3.2 says.</source>
        <translation>So lange warten, wie RFC 5321 Abschnitt 4.5.3.2 es vorsieht.</translation>
    </message>
    <message>
        <source>Test every MX, not only the first that answers.</source>
        <translation>Jeden MX testen, nicht nur den ersten, der antwortet.</translation>
    </message>
    <message>
        <source>Also check the domain&apos;s SPF, DMARC, MTA-STS, TLS-RPT, DANE and reverse DNS (with --domain or --to).</source>
        <translation>Auch SPF, DMARC, MTA-STS, TLS-RPT, DANE und Reverse-DNS der Domain prüfen (mit --domain oder --to).</translation>
    </message>
    <message>
        <source>Check whether the server is an open relay (with --server or --domain; no --from, --to or sign-in; never sends a message).</source>
        <translation>Prüfen, ob der Server ein offenes Relay ist (mit --server oder --domain; ohne --from, --to oder Anmeldung; sendet nie eine Nachricht).</translation>
    </message>
    <message>
        <source>Check every address of this file (one a line) up to RCPT TO, sending nothing; with --from.</source>
        <translation>Jede Adresse dieser Datei (eine pro Zeile) bis RCPT TO prüfen, ohne etwas zu senden; mit --from.</translation>
    </message>
    <message>
        <source>With --batch: write the results here (JSON lines, or CSV for .csv); a second run with the same file checks only the rest.</source>
        <translation>Mit --batch: die Ergebnisse hierhin schreiben (JSON-Zeilen, oder CSV bei .csv); ein zweiter Durchlauf mit derselben Datei prüft nur den Rest.</translation>
    </message>
    <message>
        <source>With --batch: connections at once (default 4; one per mail server at a time).</source>
        <translation>Mit --batch: gleichzeitige Verbindungen (Standard 4; je Mailserver eine zur Zeit).</translation>
    </message>
    <message>
        <source>Use IPv4 only.</source>
        <translation>Nur IPv4 verwenden.</translation>
    </message>
    <message>
        <source>Use IPv6 only.</source>
        <translation>Nur IPv6 verwenden.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Go on despite certificate errors, recording them.</source>
        <translation>Trotz Zertifikatsfehlern fortfahren und sie protokollieren.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Do not colour the transcript.</source>
        <translation>Das Protokoll nicht einfärben.</translation>
    </message>
    <message>
        <source>Explain a server reply instead of running a test.</source>
        <translation>Eine Serverantwort erklären, statt einen Test auszuführen.</translation>
    </message>
    <message>
        <source>Explain a bounce message from a file (- for standard input).</source>
        <translation>Eine Unzustellbarkeitsnachricht aus einer Datei erklären (- für Standardeingabe).</translation>
    </message>
    <message>
        <source>With --explain: the step the reply answered (mail, rcpt, ...).</source>
        <translation>Mit --explain: der Schritt, auf den die Antwort kam (mail, rcpt, ...).</translation>
    </message>
    <message>
        <source>Write a report (.txt, .html, .pdf or .json); repeat for more.</source>
        <translation>Einen Bericht schreiben (.txt, .html, .pdf oder .json); für weitere wiederholen.</translation>
    </message>
    <message>
        <source>Hide local parts and the EHLO name in reports.</source>
        <translation>Lokalteile und den EHLO-Namen in Berichten verbergen.</translation>
    </message>
    <message>
        <source>Keep the password (or access token) in the keychain after a successful sign-in.</source>
        <translation>Das Passwort (oder Zugriffstoken) nach erfolgreicher Anmeldung im Schlüsselbund behalten.</translation>
    </message>
    <message>
        <source>Remove the stored password (with xoauth2 or oauthbearer: the token) for this user and server.</source>
        <translation>Das gespeicherte Passwort (bei xoauth2 oder oauthbearer: das Token) für diesen Benutzer und Server entfernen.</translation>
    </message>
    <message>
        <source>Seed for the order of equal-preference MX (for tests).</source>
        <translation>Startwert für die Reihenfolge gleichrangiger MX (für Tests).</translation>
    </message>
    <message>
        <source>Tests an SMTP conversation step by step and explains what went wrong.</source>
        <translation>Testet eine SMTP-Sitzung Schritt für Schritt und erklärt, was schiefgelaufen ist.</translation>
    </message>
    <message>
        <source>use %1</source>
        <translation>verwenden Sie %1</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; options start with --</source>
        <translation>Unerwartetes Argument „%1“; Optionen beginnen mit --</translation>
    </message>
    <message>
        <source>give this option only once</source>
        <translation>geben Sie diese Option nur einmal an</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>goes with --auth xoauth2 or --auth oauthbearer</source>
        <translation>gehört zu --auth xoauth2 oder --auth oauthbearer</translation>
    </message>
    <message>
        <source>--auth %1 signs in with a token: give it with --token-stdin</source>
        <translation>--auth %1 meldet sich mit einem Token an: geben Sie es mit --token-stdin an</translation>
    </message>
    <message>
        <source>give the message text either with --body or from a file, not both</source>
        <translation>geben Sie den Nachrichtentext entweder mit --body oder aus einer Datei an, nicht beides</translation>
    </message>
    <message>
        <source>give a number of seconds greater than zero and at most %1</source>
        <translation>geben Sie eine Anzahl Sekunden größer als null und höchstens %1 an</translation>
    </message>
    <message>
        <source>cannot be combined with --timeout</source>
        <translation>kann nicht mit --timeout kombiniert werden</translation>
    </message>
    <message>
        <source>needs --domain (or --to): the records belong to a mail domain, not to one server</source>
        <translation>benötigt --domain (oder --to): die Einträge gehören zu einer Maildomain, nicht zu einem Server</translation>
    </message>
    <message>
        <source>cannot be combined with --relay-test: the check picks its own outside addresses, never signs in and stops before DATA</source>
        <translation>kann nicht mit --relay-test kombiniert werden: die Prüfung wählt eigene externe Adressen, meldet sich nie an und hält vor DATA an</translation>
    </message>
    <message>
        <source>needs --server or --domain: the server to check</source>
        <translation>benötigt --server oder --domain: den zu prüfenden Server</translation>
    </message>
    <message>
        <source>give a number from 1 to 64</source>
        <translation>geben Sie eine Zahl von 1 bis 64 an</translation>
    </message>
    <message>
        <source>only goes with --batch</source>
        <translation>nur zusammen mit --batch</translation>
    </message>
    <message>
        <source>cannot be combined with --batch: the list is checked up to RCPT TO, without signing in or sending, one row per address</source>
        <translation>kann nicht mit --batch kombiniert werden: die Liste wird bis RCPT TO geprüft, ohne Anmeldung oder Senden, eine Zeile pro Adresse</translation>
    </message>
    <message>
        <source>-4 and -6 cannot be combined; give neither to use both</source>
        <translation>-4 und -6 können nicht kombiniert werden; geben Sie keines an, um beide zu verwenden</translation>
    </message>
    <message>
        <source>give a whole number from 0 to 4294967295</source>
        <translation>geben Sie eine ganze Zahl von 0 bis 4294967295 an</translation>
    </message>
    <message>
        <source>give the reply text to explain</source>
        <translation>geben Sie den zu erklärenden Antworttext an</translation>
    </message>
    <message>
        <source>cannot be combined with --explain</source>
        <translation>kann nicht mit --explain kombiniert werden</translation>
    </message>
    <message>
        <source>only goes with --explain or --explain-file</source>
        <translation>nur zusammen mit --explain oder --explain-file</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file name must end in .txt, .html, .pdf or .json</source>
        <translation>„%1“: der Dateiname muss auf .txt, .html, .pdf oder .json enden</translation>
    </message>
    <message>
        <source>cannot be combined with --forget-password</source>
        <translation>kann nicht mit --forget-password kombiniert werden</translation>
    </message>
    <message>
        <source>needs --user: passwords are kept per user and server</source>
        <translation>benötigt --user: Passwörter werden je Benutzer und Server gespeichert</translation>
    </message>
    <message>
        <source>Only one of --password-stdin, --token-stdin, --body-file - and --explain-file - can read standard input</source>
        <translation>Nur eine der Optionen --password-stdin, --token-stdin, --body-file - und --explain-file - kann die Standardeingabe lesen</translation>
    </message>
    <message>
        <source>Nothing to test: give --domain, --server or --to</source>
        <translation>Nichts zu testen: geben Sie --domain, --server oder --to an</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ist größer als %2 Byte</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>--password-stdin: standard input gave no password</source>
        <translation>--password-stdin: die Standardeingabe lieferte kein Passwort</translation>
    </message>
    <message>
        <source>--password-stdin: the password is not UTF-8 text</source>
        <translation>--password-stdin: das Passwort ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>--token-stdin: standard input gave no access token</source>
        <translation>--token-stdin: die Standardeingabe lieferte kein Zugriffstoken</translation>
    </message>
    <message>
        <source>--token-stdin: the access token is not UTF-8 text</source>
        <translation>--token-stdin: das Zugriffstoken ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>Language of our messages and explanations: en, de, fr, es (default: the system&apos;s). The servers&apos; own words stay as they were sent.</source>
        <translation>Sprache unserer Meldungen und Erklärungen: en, de, fr, es (Standard: die des Systems). Die Worte der Server bleiben, wie sie gesendet wurden.</translation>
    </message>
    <message>
        <source>give a language code such as de, fr or es</source>
        <translation>geben Sie einen Sprachcode wie de, fr oder es an</translation>
    </message>
    <message>
        <source>With --all-mx: servers tested at once, each with its own time limits (default 4; 1 is one after another).</source>
        <translation>Mit --all-mx: gleichzeitig getestete Server, jeder mit eigenen Zeitlimits (Standard 4; 1 heißt nacheinander).</translation>
    </message>
    <message>
        <source>Type the SMTP conversation yourself, each reply explained (with --server or --domain; commands from the terminal or standard input, see docs/console.md).</source>
        <translation>Die SMTP-Sitzung selbst eintippen, jede Antwort wird erklärt (mit --server oder --domain; Befehle vom Terminal oder aus der Standardeingabe, siehe docs/console.md).</translation>
    </message>
    <message>
        <source>With --interactive: the password for /auth, the first line of this file.</source>
        <translation>Mit --interactive: das Passwort für /auth, aus der ersten Zeile dieser Datei.</translation>
    </message>
    <message>
        <source>With --interactive: the access token for /auth, the first line of this file.</source>
        <translation>Mit --interactive: das Zugriffstoken für /auth, aus der ersten Zeile dieser Datei.</translation>
    </message>
    <message>
        <source>Expert console: %1 --interactive (--server HOST[:PORT] | --domain DOMAIN) [--password-file FILE | --token-file FILE] [--report FILE] [--json] &lt; COMMANDS</source>
        <translation>Expertenkonsole: %1 --interactive (--server HOST[:PORT] | --domain DOMAIN) [--password-file FILE | --token-file FILE] [--report FILE] [--json] &lt; COMMANDS</translation>
    </message>
    <message>
        <source>give a number from 1 to %1</source>
        <translation>geben Sie eine Zahl von 1 bis %1 an</translation>
    </message>
    <message>
        <source>only goes with --all-mx</source>
        <translation>nur zusammen mit --all-mx</translation>
    </message>
    <message>
        <source>cannot be combined with --interactive</source>
        <translation>kann nicht mit --interactive kombiniert werden</translation>
    </message>
    <message>
        <source>only goes with --interactive</source>
        <translation>nur zusammen mit --interactive</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Try --help for the list of options.</source>
        <translation>Mit --help erhalten Sie die Liste der Optionen.</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No access token given, and none could be read from the keychain for %1: %2</source>
        <translation>Kein Zugriffstoken angegeben, und für %1 konnte keines aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>Give it with --token-stdin (add --save-password to store it).</source>
        <translation>Geben Sie es mit --token-stdin an (mit --save-password wird es gespeichert).</translation>
    </message>
    <message>
        <source>No password given, and none could be read from the keychain for %1: %2</source>
        <translation>Kein Passwort angegeben, und für %1 konnte keines aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>Give it with --password-stdin (add --save-password to store it).</source>
        <translation>Geben Sie es mit --password-stdin an (mit --save-password wird es gespeichert).</translation>
    </message>
    <message>
        <source>Using the access token stored in the keychain for %1</source>
        <translation>Das im Schlüsselbund gespeicherte Zugriffstoken für %1 wird verwendet</translation>
    </message>
    <message>
        <source>Using the password stored in the keychain for %1</source>
        <translation>Das im Schlüsselbund gespeicherte Passwort für %1 wird verwendet</translation>
    </message>
    <message>
        <source>Could not forget the password for %1: %2</source>
        <translation>Das Passwort für %1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>No password was stored for %1</source>
        <translation>Für %1 war kein Passwort gespeichert</translation>
    </message>
    <message>
        <source>Forgot the password stored for %1</source>
        <translation>Das gespeicherte Passwort für %1 wurde entfernt</translation>
    </message>
    <message>
        <source>Saved the access token in the keychain for %1</source>
        <translation>Das Zugriffstoken für %1 wurde im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Saved the password in the keychain for %1</source>
        <translation>Das Passwort für %1 wurde im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Could not save the password in the keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The password was not saved: the server did not accept a sign-in</source>
        <translation>Das Passwort wurde nicht gespeichert: der Server hat keine Anmeldung angenommen</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Bericht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleCommand</name>
    <message>
        <source>The line is %1 bytes long; SMTP allows %2 (1000 with the CRLF)</source>
        <translation>Die Zeile ist %1 Byte lang; SMTP erlaubt %2 (1000 mit dem CRLF)</translation>
    </message>
    <message>
        <source>The line is not UTF-8 text</source>
        <translation>Die Zeile ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>/%1 takes no arguments</source>
        <translation>/%1 erwartet keine Argumente</translation>
    </message>
    <message>
        <source>Give the message file: /data FILE</source>
        <translation>Geben Sie die Nachrichtendatei an: /data FILE</translation>
    </message>
    <message>
        <source>Give the mechanism and the user name: /auth MECH USER</source>
        <translation>Geben Sie das Verfahren und den Benutzernamen an: /auth MECH USER</translation>
    </message>
    <message>
        <source>/auth: use %1</source>
        <translation>/auth: verwenden Sie %1</translation>
    </message>
    <message>
        <source>Unknown command /%1; /help lists them</source>
        <translation>Unbekannter Befehl /%1; /help listet alle auf</translation>
    </message>
    <message>
        <source>Type SMTP commands as you would in telnet (EHLO, MAIL FROM:&lt;...&gt;, RCPT TO:&lt;...&gt;, DATA, VRFY, NOOP, RSET, QUIT, ...); each line is sent with CRLF and each reply is explained.</source>
        <translation>Geben Sie SMTP-Befehle wie in telnet ein (EHLO, MAIL FROM:&lt;...&gt;, RCPT TO:&lt;...&gt;, DATA, VRFY, NOOP, RSET, QUIT, ...); jede Zeile wird mit CRLF gesendet und jede Antwort erklärt.</translation>
    </message>
    <message>
        <source>/starttls          send STARTTLS and upgrade the connection; shows the certificate</source>
        <translation>/starttls          STARTTLS senden und die Verbindung verschlüsseln; zeigt das Zertifikat</translation>
    </message>
    <message>
        <source>/auth MECH USER    sign in (MECH: %1); the secret is never shown</source>
        <translation>/auth MECH USER    anmelden (MECH: %1); Passwort oder Token wird nie angezeigt</translation>
    </message>
    <message>
        <source>/data FILE         send DATA, then the file (CRLF line ends, dot-stuffed), then &quot;.&quot;</source>
        <translation>/data FILE         DATA senden, dann die Datei (CRLF-Zeilenenden, führende Punkte verdoppelt), dann „.“</translation>
    </message>
    <message>
        <source>/quit              send QUIT and end the session (so does the end of the input)</source>
        <translation>/quit              QUIT senden und die Sitzung beenden (ebenso am Ende der Eingabe)</translation>
    </message>
    <message>
        <source>/help              this list</source>
        <translation>/help              diese Liste</translation>
    </message>
</context>
<context>
    <name>ConsoleConnection</name>
    <message>
        <source>Connecting to %1 (%2:%3)</source>
        <translation>Verbindung zu %1 (%2:%3)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Ignored what the server sent after its 220 to STARTTLS and before the TLS handshake: it answers nothing and may have been injected on the way (RFC 3207 §4.2)</source>
        <translation>Was der Server nach seiner 220 auf STARTTLS und vor dem TLS-Handshake gesendet hat, wurde ignoriert: es beantwortet nichts und wurde möglicherweise unterwegs eingeschleust (RFC 3207 §4.2)</translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation>TLS aufgebaut: %1, %2</translation>
    </message>
    <message>
        <source>The server sent a reply no command asked for</source>
        <translation>Der Server hat eine Antwort gesendet, auf die kein Befehl wartete</translation>
    </message>
    <message>
        <source>The server sent a line that is not an SMTP reply</source>
        <translation>Der Server hat eine Zeile gesendet, die keine SMTP-Antwort ist</translation>
    </message>
    <message>
        <source>The server sent a reply longer than this program reads</source>
        <translation>Der Server hat eine Antwort gesendet, die länger ist, als dieses Programm liest</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Not sent: a message is being typed; end it with a line &quot;.&quot;</source>
        <translation>Nicht gesendet: gerade wird eine Nachricht eingegeben; beenden Sie sie mit einer Zeile „.“</translation>
    </message>
    <message>
        <source>Not sent: the connection is closed</source>
        <translation>Nicht gesendet: die Verbindung ist geschlossen</translation>
    </message>
    <message>
        <source>No message is being typed</source>
        <translation>Es wird gerade keine Nachricht eingegeben</translation>
    </message>
    <message>
        <source>The input ended inside the message: closing without sending it</source>
        <translation>Die Eingabe endete mitten in der Nachricht: die Verbindung wird geschlossen, ohne sie zu senden</translation>
    </message>
    <message>
        <source>No answer from this server; trying the next, as a mail server would: %1 (%2)</source>
        <translation>Keine Antwort von diesem Server; der nächste wird versucht, wie ein Mailserver es tun würde: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConsoleState</name>
    <message>
        <source>TLS is already up: a second STARTTLS is refused (RFC 3207 §4.2)</source>
        <translation>TLS ist bereits aktiv: ein zweites STARTTLS wird abgelehnt (RFC 3207 §4.2)</translation>
    </message>
    <message>
        <source>After STARTTLS the client must greet again (RFC 3207 §4.2): send EHLO first, or the server will likely answer 503</source>
        <translation>Nach STARTTLS muss sich der Client erneut vorstellen (RFC 3207 §4.2): senden Sie zuerst EHLO, sonst antwortet der Server wahrscheinlich mit 503</translation>
    </message>
    <message>
        <source>%1 before EHLO: most servers answer 503 (bad sequence of commands)</source>
        <translation>%1 vor EHLO: die meisten Server antworten mit 503 (falsche Befehlsreihenfolge)</translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS in its EHLO reply</source>
        <translation>Der Server hat in seiner EHLO-Antwort kein STARTTLS angeboten</translation>
    </message>
    <message>
        <source>STARTTLS in the middle of a transaction: the server will likely refuse it</source>
        <translation>STARTTLS mitten in einer Transaktion: der Server wird es wahrscheinlich ablehnen</translation>
    </message>
    <message>
        <source>Already signed in: a second AUTH is refused (RFC 4954 §4)</source>
        <translation>Bereits angemeldet: ein zweites AUTH wird abgelehnt (RFC 4954 §4)</translation>
    </message>
    <message>
        <source>AUTH during a mail transaction is not allowed (RFC 4954 §4)</source>
        <translation>AUTH ist während einer Mailtransaktion nicht erlaubt (RFC 4954 §4)</translation>
    </message>
    <message>
        <source>The server did not offer AUTH in its EHLO reply</source>
        <translation>Der Server hat in seiner EHLO-Antwort kein AUTH angeboten</translation>
    </message>
    <message>
        <source>The server did not offer AUTH in its EHLO reply; many offer it only after STARTTLS</source>
        <translation>Der Server hat in seiner EHLO-Antwort kein AUTH angeboten; viele bieten es erst nach STARTTLS an</translation>
    </message>
    <message>
        <source>A transaction is already open: the server will likely answer 503; send RSET first</source>
        <translation>Eine Transaktion ist bereits offen: der Server antwortet wahrscheinlich mit 503; senden Sie zuerst RSET</translation>
    </message>
    <message>
        <source>RCPT before an accepted MAIL FROM: the server will likely answer 503</source>
        <translation>RCPT vor einem angenommenen MAIL FROM: der Server antwortet wahrscheinlich mit 503</translation>
    </message>
    <message>
        <source>No recipient was accepted yet: the server will likely answer 554 or 503</source>
        <translation>Bisher wurde kein Empfänger angenommen: der Server antwortet wahrscheinlich mit 554 oder 503</translation>
    </message>
    <message>
        <source>DATA before MAIL FROM and RCPT TO: the server will likely answer 503</source>
        <translation>DATA vor MAIL FROM und RCPT TO: der Server antwortet wahrscheinlich mit 503</translation>
    </message>
    <message>
        <source>%1 in the middle of a transaction resets it (RFC 5321 §4.1.4)</source>
        <translation>%1 mitten in einer Transaktion setzt sie zurück (RFC 5321 §4.1.4)</translation>
    </message>
    <message>
        <source>Not sending the access token over an unencrypted connection</source>
        <translation>Das Zugriffstoken wird nicht über eine unverschlüsselte Verbindung gesendet</translation>
    </message>
    <message>
        <source>Not sending the password over an unencrypted connection</source>
        <translation>Das Passwort wird nicht über eine unverschlüsselte Verbindung gesendet</translation>
    </message>
    <message>
        <source>(use /starttls first, or --allow-plaintext-auth)</source>
        <translation>(verwenden Sie zuerst /starttls, oder --allow-plaintext-auth)</translation>
    </message>
    <message>
        <source>Not sending the secret: the server&apos;s certificate did not verify (give --ca-file, or --tls-insecure to send it anyway)</source>
        <translation>Passwort oder Token wird nicht gesendet: das Zertifikat des Servers hat die Prüfung nicht bestanden (geben Sie --ca-file an, oder --tls-insecure, um trotzdem zu senden)</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No password is stored in the keychain for %1.</source>
        <translation>Im Schlüsselbund ist für %1 kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The keychain is not available: no Secret Service (such as GNOME Keyring or KWallet) is running. Type the password for this test; it will not be saved.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: es läuft kein Secret Service (wie GNOME Keyring oder KWallet). Geben Sie das Passwort für diesen Test ein; es wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>The keychain cannot be reached: there is no D-Bus session bus, or it does not answer. Type the password for this test; it will not be saved.</source>
        <translation>Der Schlüsselbund ist nicht erreichbar: es gibt keinen D-Bus-Session-Bus, oder er antwortet nicht. Geben Sie das Passwort für diesen Test ein; es wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example by signing in to the desktop again) and retry, or type the password for this test.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (zum Beispiel durch erneutes Anmelden am Desktop) und versuchen Sie es noch einmal, oder geben Sie das Passwort für diesen Test ein.</translation>
    </message>
    <message>
        <source>The keychain refused access to the password for %1.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf das Passwort für %1 verweigert.</translation>
    </message>
    <message>
        <source>The keychain reported an error for %1.</source>
        <translation>Der Schlüsselbund hat für %1 einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>DnsConclusions</name>
    <message>
        <source>No MX records: using the domain&apos;s own address (implicit MX)</source>
        <translation>Keine MX-Einträge: die eigene Adresse der Domain wird verwendet (impliziter MX)</translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN)</source>
        <translation>%1 existiert nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <source>%1 has neither MX records nor an address: it cannot receive mail</source>
        <translation>%1 hat weder MX-Einträge noch eine Adresse: die Domain kann keine Mail empfangen</translation>
    </message>
    <message>
        <source>The DNS server failed to answer for %1</source>
        <translation>Der DNS-Server konnte für %1 keine Antwort liefern</translation>
    </message>
    <message>
        <source>The DNS server did not answer for %1</source>
        <translation>Der DNS-Server hat für %1 nicht geantwortet</translation>
    </message>
    <message>
        <source>None of the mail servers of %1 has a usable address</source>
        <translation>Keiner der Mailserver von %1 hat eine verwendbare Adresse</translation>
    </message>
    <message>
        <source>%1 has no %2 address, and only %2 was asked for</source>
        <translation>%1 hat keine %2-Adresse, und es wurde nur nach %2 gefragt</translation>
    </message>
    <message>
        <source>%1 has no address records: the MX points nowhere (dangling MX)</source>
        <translation>%1 hat keine Adresseinträge: der MX zeigt ins Leere (verwaister MX)</translation>
    </message>
    <message>
        <source>%1 has no address records</source>
        <translation>%1 hat keine Adresseinträge</translation>
    </message>
    <message>
        <source>Reverse DNS of %1: %2 (matches)</source>
        <translation>Reverse-DNS von %1: %2 (passt)</translation>
    </message>
    <message>
        <source>Reverse DNS of %1: %2 (not %3)</source>
        <translation>Reverse-DNS von %1: %2 (nicht %3)</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS name</source>
        <translation>%1 hat keinen Reverse-DNS-Namen</translation>
    </message>
    <message>
        <source>No answer for the reverse DNS name of %1</source>
        <translation>Keine Antwort für den Reverse-DNS-Namen von %1</translation>
    </message>
</context>
<context>
    <name>DnsProbe</name>
    <message>
        <source>the system resolver</source>
        <translation>der System-Resolver</translation>
    </message>
    <message>
        <source>DNS server %1</source>
        <translation>DNS-Server %1</translation>
    </message>
    <message>
        <source>Looking up the MX records of %1 (asking %2)</source>
        <translation>MX-Einträge von %1 werden abgefragt (bei %2)</translation>
    </message>
    <message>
        <source>Looking up the addresses of %1</source>
        <translation>Adressen von %1 werden abgefragt</translation>
    </message>
    <message>
        <source>%1 is an IP address: no DNS lookup needed</source>
        <translation>%1 ist eine IP-Adresse: keine DNS-Abfrage nötig</translation>
    </message>
    <message>
        <source>%1 is not an %2 address, and only %2 was asked for</source>
        <translation>%1 ist keine %2-Adresse, und es wurde nur nach %2 gefragt</translation>
    </message>
    <message numerus="yes">
        <source>MX lookup for %1: %n record(s)</source>
        <translation>
            <numerusform>MX-Abfrage für %1: %n Eintrag</numerusform>
            <numerusform>MX-Abfrage für %1: %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 publishes a null MX next to other MX records, which RFC 7505 forbids; taking the null MX at its word</source>
        <translation>%1 veröffentlicht einen Null-MX neben anderen MX-Einträgen, was RFC 7505 verbietet; der Null-MX wird beim Wort genommen</translation>
    </message>
    <message>
        <source>%1 has a null MX (RFC 7505): the domain accepts no mail</source>
        <translation>%1 hat einen Null-MX (RFC 7505): die Domain nimmt keine Mail an</translation>
    </message>
    <message>
        <source>MX preference %1: %2</source>
        <translation>MX-Priorität %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate MX record(s) ignored</source>
        <translation>
            <numerusform>%n doppelter MX-Eintrag ignoriert</numerusform>
            <numerusform>%n doppelte MX-Einträge ignoriert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN)</source>
        <translation>%1 existiert nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <source>The DNS server failed on the MX query for %1: %2</source>
        <translation>Der DNS-Server ist bei der MX-Abfrage für %1 gescheitert: %2</translation>
    </message>
    <message>
        <source>MX lookup for %1: no MX records; asking for the domain&apos;s own address</source>
        <translation>MX-Abfrage für %1: keine MX-Einträge; die eigene Adresse der Domain wird abgefragt</translation>
    </message>
    <message>
        <source>MX lookup for %1 failed after %2 ms (%3); asking for the domain&apos;s own address to tell &quot;no MX records&quot; from &quot;no answer&quot;</source>
        <translation>MX-Abfrage für %1 nach %2 ms fehlgeschlagen (%3); die eigene Adresse der Domain wird abgefragt, um „keine MX-Einträge“ von „keine Antwort“ zu unterscheiden</translation>
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation>Keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>DNS lookups stopped after %1 ms without all answers</source>
        <translation>DNS-Abfragen nach %1 ms ohne alle Antworten beendet</translation>
    </message>
    <message>
        <source>The DNS server did not answer the MX query for %1</source>
        <translation>Der DNS-Server hat die MX-Abfrage für %1 nicht beantwortet</translation>
    </message>
    <message>
        <source>No answer for the reverse DNS name of %1</source>
        <translation>Keine Antwort für den Reverse-DNS-Namen von %1</translation>
    </message>
    <message>
        <source>%1 has address %2</source>
        <translation>%1 hat die Adresse %2</translation>
    </message>
    <message>
        <source>No answer for the %1 address of %2 after %3 ms</source>
        <translation>Keine Antwort für die %1-Adresse von %2 nach %3 ms</translation>
    </message>
    <message>
        <source>The DNS server failed on the address query for %1: %2</source>
        <translation>Der DNS-Server ist bei der Adressabfrage für %1 gescheitert: %2</translation>
    </message>
    <message>
        <source>The DNS server answers other questions: the empty answers were real</source>
        <translation>Der DNS-Server beantwortet andere Fragen: die leeren Antworten waren echt</translation>
    </message>
    <message>
        <source>The DNS server does not answer at all</source>
        <translation>Der DNS-Server antwortet überhaupt nicht</translation>
    </message>
    <message>
        <source>Checking that the DNS server answers at all</source>
        <translation>Es wird geprüft, ob der DNS-Server überhaupt antwortet</translation>
    </message>
</context>
<context>
    <name>DomainName</name>
    <message>
        <source>The domain is empty</source>
        <translation>Die Domain ist leer</translation>
    </message>
    <message>
        <source>The domain ends with a dot; remove it</source>
        <translation>Die Domain endet mit einem Punkt; entfernen Sie ihn</translation>
    </message>
    <message>
        <source>The domain has an empty part between dots</source>
        <translation>Die Domain hat einen leeren Teil zwischen zwei Punkten</translation>
    </message>
    <message>
        <source>The domain contains a control character</source>
        <translation>Die Domain enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>The domain contains a space</source>
        <translation>Die Domain enthält ein Leerzeichen</translation>
    </message>
    <message>
        <source>A part of the domain is longer than %1 characters</source>
        <translation>Ein Teil der Domain ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>The domain contains &quot;%1&quot;; only letters, digits, hyphens and dots are allowed</source>
        <translation>Die Domain enthält „%1“; erlaubt sind nur Buchstaben, Ziffern, Bindestriche und Punkte</translation>
    </message>
    <message>
        <source>A part of the domain starts or ends with a hyphen</source>
        <translation>Ein Teil der Domain beginnt oder endet mit einem Bindestrich</translation>
    </message>
    <message>
        <source>The domain is longer than %1 characters</source>
        <translation>Die Domain ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; is not a valid internationalised domain name</source>
        <translation>Die Domain „%1“ ist kein gültiger internationalisierter Domainname</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IP address, not a domain; write it in square brackets: [%1]</source>
        <translation>„%1“ ist eine IP-Adresse, keine Domain; schreiben Sie sie in eckigen Klammern: [%1]</translation>
    </message>
    <message>
        <source>The last part of the domain cannot be only digits</source>
        <translation>Der letzte Teil der Domain darf nicht nur aus Ziffern bestehen</translation>
    </message>
    <message>
        <source>An address literal is written in square brackets, such as [192.0.2.1]</source>
        <translation>Ein Adressliteral steht in eckigen Klammern, etwa [192.0.2.1]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse</translation>
    </message>
    <message>
        <source>An IPv6 address literal needs the IPv6: tag, such as [IPv6:%1]</source>
        <translation>Ein IPv6-Adressliteral braucht das Präfix IPv6:, etwa [IPv6:%1]</translation>
    </message>
    <message>
        <source>Unknown kind of address literal &quot;%1&quot;</source>
        <translation>Unbekannte Art von Adressliteral „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address</source>
        <translation>„%1“ ist keine gültige IPv4-Adresse</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>Recipient: %1</source>
        <translation>Empfänger: %1</translation>
    </message>
    <message>
        <source>Answer from: %1</source>
        <translation>Antwort von: %1</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Antwort des Servers: %1</translation>
    </message>
    <message>
        <source>Based on: %1</source>
        <translation>Grundlage: %1</translation>
    </message>
    <message>
        <source>Likely causes:</source>
        <translation>Wahrscheinliche Ursachen:</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Nächste Schritte:</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No SMTP reply code, enhanced status code or known error text was found. Paste the whole line the server sent, for example &quot;550 5.1.1 User unknown&quot;, or give the whole bounce message with --explain-file.</source>
        <translation>Es wurde kein SMTP-Antwortcode, kein erweiterter Statuscode und kein bekannter Fehlertext gefunden. Fügen Sie die ganze Zeile ein, die der Server gesendet hat, zum Beispiel „550 5.1.1 User unknown“, oder geben Sie die ganze Unzustellbarkeitsnachricht mit --explain-file an.</translation>
    </message>
    <message>
        <source>No failure was found in this message: its report holds no SMTP reply code, enhanced status code or known error text. Copy the line the receiving server sent, for example &quot;550 5.1.1 User unknown&quot;, and explain it with --explain.</source>
        <translation>Diese Nachricht nennt keinen Fehler: Ihr Bericht enthält keinen SMTP-Antwortcode, keinen erweiterten Statuscode und keinen bekannten Fehlertext. Kopieren Sie die Zeile, die der empfangende Server gesendet hat, zum Beispiel „550 5.1.1 User unknown“, und lassen Sie sie mit --explain erklären.</translation>
    </message>
</context>
<context>
    <name>ExplanationReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>IP address named</source>
        <translation>Genannte IP-Adresse</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Bounce written by</source>
        <translation>Unzustellbarkeitsnachricht verfasst von</translation>
    </message>
    <message>
        <source>Answer from</source>
        <translation>Antwort von</translation>
    </message>
    <message>
        <source>What the error message means (SMTP Wizard)</source>
        <translation>Was die Fehlermeldung bedeutet (SMTP Wizard)</translation>
    </message>
    <message>
        <source>Likely causes:</source>
        <translation>Wahrscheinliche Ursachen:</translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>Was Sie als Nächstes tun können:</translation>
    </message>
    <message>
        <source>Details from the bounce:</source>
        <translation>Details aus der Unzustellbarkeitsnachricht:</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>The text explained:</source>
        <translation>Der erklärte Text:</translation>
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
    <message>
        <source>The text explained</source>
        <translation>Der erklärte Text</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <source>Line breaks (CR or LF) are not allowed here</source>
        <translation>Zeilenumbrüche (CR oder LF) sind hier nicht erlaubt</translation>
    </message>
    <message>
        <source>NUL characters are not allowed here</source>
        <translation>NUL-Zeichen sind hier nicht erlaubt</translation>
    </message>
    <message>
        <source>%1: line breaks (CR or LF) are not allowed</source>
        <translation>%1: Zeilenumbrüche (CR oder LF) sind nicht erlaubt</translation>
    </message>
    <message>
        <source>%1: NUL characters are not allowed</source>
        <translation>%1: NUL-Zeichen sind nicht erlaubt</translation>
    </message>
    <message>
        <source>Give a domain or an e-mail address</source>
        <translation>Geben Sie eine Domain oder eine E-Mail-Adresse an</translation>
    </message>
    <message>
        <source>An IP address has no mail servers to look up; give it as the server instead</source>
        <translation>Eine IP-Adresse hat keine Mailserver, die man abfragen könnte; geben Sie sie stattdessen als Server an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a server and port; give it as the server instead</source>
        <translation>„%1“ nennt einen Server und einen Port; geben Sie das stattdessen als Server an</translation>
    </message>
    <message>
        <source>Give an e-mail address; the null sender &lt;&gt; is only for MAIL FROM</source>
        <translation>Geben Sie eine E-Mail-Adresse an; der Null-Absender &lt;&gt; ist nur für MAIL FROM gedacht</translation>
    </message>
    <message>
        <source>Write an IP address in square brackets: %1</source>
        <translation>Schreiben Sie eine IP-Adresse in eckigen Klammern: %1</translation>
    </message>
    <message>
        <source>The EHLO name must be a fully-qualified name such as mail.example.com, or an address literal such as [192.0.2.1]</source>
        <translation>Der EHLO-Name muss ein vollqualifizierter Name wie mail.example.com oder ein Adressliteral wie [192.0.2.1] sein</translation>
    </message>
    <message>
        <source>The subject contains a control character</source>
        <translation>Der Betreff enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>The subject is longer than %1 bytes</source>
        <translation>Der Betreff ist länger als %1 Byte</translation>
    </message>
    <message>
        <source>A header is written &quot;Name: value&quot;; this one has no colon</source>
        <translation>Ein Header wird „Name: Wert“ geschrieben; diesem fehlt der Doppelpunkt</translation>
    </message>
    <message>
        <source>The header has no name before the colon</source>
        <translation>Der Header hat keinen Namen vor dem Doppelpunkt</translation>
    </message>
    <message>
        <source>A header name cannot contain spaces</source>
        <translation>Ein Headername darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>A header name may only contain printable ASCII characters</source>
        <translation>Ein Headername darf nur druckbare ASCII-Zeichen enthalten</translation>
    </message>
    <message>
        <source>The header contains a control character</source>
        <translation>Der Header enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>The header is longer than %1 bytes</source>
        <translation>Der Header ist länger als %1 Byte</translation>
    </message>
    <message>
        <source>The message text is larger than %1 MB</source>
        <translation>Der Nachrichtentext ist größer als %1 MB</translation>
    </message>
    <message>
        <source>Line %1 of the message text is %2 bytes long; SMTP allows at most %3</source>
        <translation>Zeile %1 des Nachrichtentexts ist %2 Byte lang; SMTP erlaubt höchstens %3</translation>
    </message>
    <message>
        <source>Give only the DNS server&apos;s IP address; the port is always 53</source>
        <translation>Geben Sie nur die IP-Adresse des DNS-Servers an; der Port ist immer 53</translation>
    </message>
    <message>
        <source>The DNS server must be an IP address, such as 192.0.2.53 or 2001:db8::53</source>
        <translation>Der DNS-Server muss eine IP-Adresse sein, etwa 192.0.2.53 oder 2001:db8::53</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
    <message>
        <source>The envelope ID is longer than %1 characters</source>
        <translation>Die Envelope-ID ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>The envelope ID may only contain printable ASCII characters, without spaces</source>
        <translation>Die Envelope-ID darf nur druckbare ASCII-Zeichen ohne Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist</source>
        <translation>Die CA-Zertifikatsdatei %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read (permissions)</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht gelesen werden (Berechtigungen)</translation>
    </message>
    <message>
        <source>The file %1 contains no certificate (PEM or DER)</source>
        <translation>Die Datei %1 enthält kein Zertifikat (PEM oder DER)</translation>
    </message>
    <message>
        <source>Every timeout must be longer than zero</source>
        <translation>Jedes Zeitlimit muss größer als null sein</translation>
    </message>
    <message numerus="yes">
        <source>A timeout may be at most %n hour(s)</source>
        <translation>
            <numerusform>Ein Zeitlimit darf höchstens %n Stunde betragen</numerusform>
            <numerusform>Ein Zeitlimit darf höchstens %n Stunden betragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Give &quot;never&quot;, or one or more of success, failure, delay separated by commas</source>
        <translation>Geben Sie „never“ an, oder eines oder mehrere von success, failure, delay, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Unknown notification &quot;%1&quot;; use never, success, failure or delay</source>
        <translation>Unbekannte Benachrichtigung „%1“; verwenden Sie never, success, failure oder delay</translation>
    </message>
    <message>
        <source>&quot;never&quot; cannot be combined with success, failure or delay</source>
        <translation>„never“ kann nicht mit success, failure oder delay kombiniert werden</translation>
    </message>
</context>
<context>
    <name>HealthCatalog</name>
    <message>
        <source>The DNS server gave no usable answer for %1, so this could not be checked. Try again, or ask another DNS server.</source>
        <translation>Der DNS-Server lieferte keine verwendbare Antwort für %1, daher konnte dies nicht geprüft werden. Versuchen Sie es noch einmal, oder fragen Sie einen anderen DNS-Server.</translation>
    </message>
    <message>
        <source>The domain publishes more than one SPF record. Receivers then treat SPF as broken (permerror, RFC 7208 §4.5): merge them into one record.</source>
        <translation>Die Domain veröffentlicht mehr als einen SPF-Eintrag. Empfänger behandeln SPF dann als fehlerhaft (permerror, RFC 7208 §4.5): führen Sie sie zu einem Eintrag zusammen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid SPF. Receivers treat the whole record as broken (permerror) and ignore it: correct or remove that part.</source>
        <translation>„%1“ ist kein gültiges SPF. Empfänger behandeln den ganzen Eintrag als fehlerhaft (permerror) und ignorieren ihn: korrigieren oder entfernen Sie diesen Teil.</translation>
    </message>
    <message>
        <source>Checking this record takes %1 DNS lookups (include, a, mx, ptr, exists and redirect, counted through every include), more than the 10 receivers allow (RFC 7208 §4.6.4). They then treat SPF as broken: remove includes you no longer use, or list addresses with ip4:/ip6: instead.</source>
        <translation>Die Prüfung dieses Eintrags braucht %1 DNS-Abfragen (include, a, mx, ptr, exists und redirect, über alle includes gezählt), mehr als die 10, die Empfänger erlauben (RFC 7208 §4.6.4). Sie behandeln SPF dann als fehlerhaft: entfernen Sie nicht mehr genutzte includes, oder führen Sie Adressen stattdessen mit ip4:/ip6: auf.</translation>
    </message>
    <message>
        <source>The record ends in &quot;+all&quot;: every server on the Internet may send mail for the domain, which makes SPF useless. Use &quot;-all&quot; or &quot;~all&quot;.</source>
        <translation>Der Eintrag endet auf „+all“: jeder Server im Internet darf Mail für die Domain senden, damit ist SPF nutzlos. Verwenden Sie „-all“ oder „~all“.</translation>
    </message>
    <message>
        <source>The record ends in &quot;?all&quot;: servers that are not listed get a neutral result, so SPF protects nothing. Use &quot;~all&quot;, or &quot;-all&quot; once all your senders are listed.</source>
        <translation>Der Eintrag endet auf „?all“: nicht aufgeführte Server erhalten ein neutrales Ergebnis, SPF schützt also nichts. Verwenden Sie „~all“, oder „-all“, sobald alle Ihre Absender aufgeführt sind.</translation>
    </message>
    <message>
        <source>The record has no &quot;all&quot; at its end and no redirect: servers that are not listed get a neutral result. End it with &quot;-all&quot; or &quot;~all&quot;.</source>
        <translation>Der Eintrag hat am Ende kein „all“ und kein redirect: nicht aufgeführte Server erhalten ein neutrales Ergebnis. Beenden Sie ihn mit „-all“ oder „~all“.</translation>
    </message>
    <message>
        <source>Some terms come after &quot;all&quot; and are never looked at: move them before it.</source>
        <translation>Einige Angaben stehen nach „all“ und werden nie ausgewertet: verschieben Sie sie davor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ignored because the record also has &quot;all&quot; (RFC 7208 §6.1): keep one of the two.</source>
        <translation>„%1“ wird ignoriert, weil der Eintrag auch „all“ enthält (RFC 7208 §6.1): behalten Sie nur eines von beiden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the ptr mechanism, which is slow and which RFC 7208 §5.5 says not to use; some receivers skip it. List the addresses with ip4:, ip6: or a: instead.</source>
        <translation>„%1“ verwendet den ptr-Mechanismus, der langsam ist und laut RFC 7208 §5.5 nicht verwendet werden soll; manche Empfänger überspringen ihn. Führen Sie die Adressen stattdessen mit ip4:, ip6: oder a: auf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses a macro, which depends on each message: its lookup is counted once, but what it leads to was not checked.</source>
        <translation>„%1“ verwendet ein Makro, das von jeder Nachricht abhängt: seine Abfrage wird einmal gezählt, aber wohin es führt, wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>The record includes %1, which has no SPF record. Receivers treat that as broken SPF (permerror): fix the name or remove the include.</source>
        <translation>Der Eintrag bindet %1 ein, das keinen SPF-Eintrag hat. Empfänger behandeln das als fehlerhaftes SPF (permerror): korrigieren Sie den Namen oder entfernen Sie das include.</translation>
    </message>
    <message>
        <source>The record includes %1, whose own SPF record is broken (or which has several). Receivers then treat SPF as broken: ask whoever runs %1, or remove the include.</source>
        <translation>Der Eintrag bindet %1 ein, dessen eigener SPF-Eintrag fehlerhaft ist (oder das mehrere hat). Empfänger behandeln SPF dann als fehlerhaft: wenden Sie sich an den Betreiber von %1, oder entfernen Sie das include.</translation>
    </message>
    <message>
        <source>The record includes itself again through %1: receivers stop with an error. Remove the loop.</source>
        <translation>Der Eintrag bindet sich über %1 selbst wieder ein: Empfänger brechen mit einem Fehler ab. Entfernen Sie die Schleife.</translation>
    </message>
    <message>
        <source>The DNS server did not answer for the included record %1; receivers that meet the same treat SPF as a temporary error.</source>
        <translation>Der DNS-Server hat für den eingebundenen Eintrag %1 nicht geantwortet; Empfänger, denen es ebenso geht, behandeln SPF als vorübergehenden Fehler.</translation>
    </message>
    <message>
        <source>There is more than one DMARC record at _dmarc: receivers then apply none (RFC 7489 §6.6.3). Keep one.</source>
        <translation>Unter _dmarc gibt es mehr als einen DMARC-Eintrag: Empfänger wenden dann keinen an (RFC 7489 §6.6.3). Behalten Sie einen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid DMARC; correct it.</source>
        <translation>„%1“ ist kein gültiges DMARC; korrigieren Sie es.</translation>
    </message>
    <message>
        <source>The record has no valid policy (p=none, p=quarantine or p=reject). Receivers ignore such a record, unless it asks for reports: then they read it as p=none.</source>
        <translation>Der Eintrag hat keine gültige Richtlinie (p=none, p=quarantine oder p=reject). Empfänger ignorieren einen solchen Eintrag, außer er fordert Berichte an: dann lesen sie ihn als p=none.</translation>
    </message>
    <message>
        <source>The policy is p=none: receivers only report, and forged mail in the domain&apos;s name is still delivered. Once the reports show that all your own mail passes, move to p=quarantine, then p=reject.</source>
        <translation>Die Richtlinie ist p=none: Empfänger berichten nur, und gefälschte Mail im Namen der Domain wird weiterhin zugestellt. Sobald die Berichte zeigen, dass all Ihre eigene Mail besteht, wechseln Sie zu p=quarantine, dann zu p=reject.</translation>
    </message>
    <message>
        <source>Subdomains have sp=none: forged mail from any subdomain is still delivered, although the domain itself is protected.</source>
        <translation>Subdomains haben sp=none: gefälschte Mail von jeder Subdomain wird weiterhin zugestellt, obwohl die Domain selbst geschützt ist.</translation>
    </message>
    <message>
        <source>pct=%1: the policy applies to only part of the failing mail; the rest is treated as if the policy were one step milder.</source>
        <translation>pct=%1: die Richtlinie gilt nur für einen Teil der durchgefallenen Mail; der Rest wird behandelt, als wäre die Richtlinie eine Stufe milder.</translation>
    </message>
    <message>
        <source>No rua= address: nobody receives the reports that show who sends mail in the domain&apos;s name. Add rua=mailto: with an address you read.</source>
        <translation>Keine rua=-Adresse: niemand erhält die Berichte, die zeigen, wer Mail im Namen der Domain sendet. Fügen Sie rua=mailto: mit einer Adresse hinzu, die Sie lesen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mailto: address receivers can send reports to.</source>
        <translation>„%1“ ist keine mailto:-Adresse, an die Empfänger Berichte senden können.</translation>
    </message>
    <message>
        <source>There is more than one MTA-STS record at _mta-sts: senders then ignore MTA-STS (RFC 8461 §3.1). Keep one.</source>
        <translation>Unter _mta-sts gibt es mehr als einen MTA-STS-Eintrag: Absender ignorieren MTA-STS dann (RFC 8461 §3.1). Behalten Sie einen.</translation>
    </message>
    <message>
        <source>The MTA-STS record is malformed at &quot;%1&quot;; it must read &quot;v=STSv1; id=&quot; and 1 to 32 letters or digits.</source>
        <translation>Der MTA-STS-Eintrag ist bei „%1“ fehlerhaft; er muss „v=STSv1; id=“ und 1 bis 32 Buchstaben oder Ziffern lauten.</translation>
    </message>
    <message>
        <source>A policy file is published, but there is no TXT record at _mta-sts, so senders never fetch it. Add &quot;v=STSv1; id=&quot; and a version there.</source>
        <translation>Eine Richtliniendatei ist veröffentlicht, aber unter _mta-sts gibt es keinen TXT-Eintrag, also rufen Absender sie nie ab. Fügen Sie dort „v=STSv1; id=“ und eine Version hinzu.</translation>
    </message>
    <message>
        <source>The policy file could not be fetched (%1). Senders then use no MTA-STS for the domain, or a copy they fetched before.</source>
        <translation>Die Richtliniendatei konnte nicht abgerufen werden (%1). Absender verwenden dann kein MTA-STS für die Domain, oder eine früher abgerufene Kopie.</translation>
    </message>
    <message>
        <source>The web server of the policy has a certificate that is not trusted (%1). Senders must refuse such a policy: it needs a valid certificate for the mta-sts name.</source>
        <translation>Der Webserver der Richtlinie hat ein nicht vertrauenswürdiges Zertifikat (%1). Absender müssen eine solche Richtlinie ablehnen: er braucht ein gültiges Zertifikat für den Namen mta-sts.</translation>
    </message>
    <message>
        <source>The web server answered HTTP %1 instead of 200 with the policy (senders do not follow redirects, RFC 8461 §3.3).</source>
        <translation>Der Webserver antwortete mit HTTP %1 statt mit 200 und der Richtlinie (Absender folgen keinen Weiterleitungen, RFC 8461 §3.3).</translation>
    </message>
    <message>
        <source>The policy file is served as &quot;%1&quot;; it must be text/plain.</source>
        <translation>Die Richtliniendatei wird als „%1“ ausgeliefert; sie muss text/plain sein.</translation>
    </message>
    <message>
        <source>The policy file is larger than 64 KiB; senders may refuse it.</source>
        <translation>Die Richtliniendatei ist größer als 64 KiB; Absender können sie ablehnen.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; of the policy file is not valid.</source>
        <translation>Die Zeile „%1“ der Richtliniendatei ist ungültig.</translation>
    </message>
    <message>
        <source>The policy file needs exactly one line &quot;version: STSv1&quot;.</source>
        <translation>Die Richtliniendatei braucht genau eine Zeile „version: STSv1“.</translation>
    </message>
    <message>
        <source>The policy&apos;s mode must be enforce, testing or none.</source>
        <translation>Der Modus (mode) der Richtlinie muss enforce, testing oder none sein.</translation>
    </message>
    <message>
        <source>mode: testing: senders report problems but still deliver over unencrypted or unverified connections. Switch to enforce once the reports are clean.</source>
        <translation>mode: testing: Absender melden Probleme, stellen aber trotzdem über unverschlüsselte oder nicht geprüfte Verbindungen zu. Wechseln Sie zu enforce, sobald die Berichte sauber sind.</translation>
    </message>
    <message>
        <source>mode: none: the policy withdraws MTA-STS, and senders no longer insist on encryption.</source>
        <translation>mode: none: die Richtlinie zieht MTA-STS zurück, und Absender bestehen nicht mehr auf Verschlüsselung.</translation>
    </message>
    <message>
        <source>max_age must be a number of seconds, at most 31557600 (a year).</source>
        <translation>max_age muss eine Anzahl Sekunden sein, höchstens 31557600 (ein Jahr).</translation>
    </message>
    <message>
        <source>max_age is %1 seconds, less than a day: senders forget the policy quickly, which weakens it. Weeks are usual (604800 is one).</source>
        <translation>max_age beträgt %1 Sekunden, weniger als einen Tag: Absender vergessen die Richtlinie schnell, was sie schwächt. Üblich sind Wochen (604800 ist eine).</translation>
    </message>
    <message>
        <source>The policy lists no mx: lines, so no mail server matches it.</source>
        <translation>Die Richtlinie enthält keine mx:-Zeilen, also passt kein Mailserver zu ihr.</translation>
    </message>
    <message>
        <source>The mail server %1 is not covered by any mx: line of the policy. In enforce mode senders refuse to deliver to it: add it to the policy.</source>
        <translation>Der Mailserver %1 wird von keiner mx:-Zeile der Richtlinie abgedeckt. Im Modus enforce verweigern Absender die Zustellung an ihn: nehmen Sie ihn in die Richtlinie auf.</translation>
    </message>
    <message>
        <source>There is more than one TLS-RPT record at _smtp._tls: senders then send no reports. Keep one.</source>
        <translation>Unter _smtp._tls gibt es mehr als einen TLS-RPT-Eintrag: Absender senden dann keine Berichte. Behalten Sie einen.</translation>
    </message>
    <message>
        <source>The TLS-RPT record is malformed at &quot;%1&quot;; it must read &quot;v=TLSRPTv1; rua=&quot; and where reports go.</source>
        <translation>Der TLS-RPT-Eintrag ist bei „%1“ fehlerhaft; er muss „v=TLSRPTv1; rua=“ und das Ziel der Berichte lauten.</translation>
    </message>
    <message>
        <source>The record has no rua= address, so reports go nowhere.</source>
        <translation>Der Eintrag hat keine rua=-Adresse, also gehen Berichte nirgendwohin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a mailto: address nor an https: address.</source>
        <translation>„%1“ ist weder eine mailto:- noch eine https:-Adresse.</translation>
    </message>
    <message>
        <source>Not checked: this program cannot ask the DNS server in use for TLSA records (%1). Check with the system&apos;s resolver, or with a tool such as dig.</source>
        <translation>Nicht geprüft: dieses Programm kann den verwendeten DNS-Server nicht nach TLSA-Einträgen fragen (%1). Prüfen Sie es mit dem Resolver des Systems oder mit einem Werkzeug wie dig.</translation>
    </message>
    <message>
        <source>TLSA records were found for %1, but the DNS server did not confirm them as DNSSEC-signed. Senders use DANE only with signed answers: sign the zone, or ask a validating resolver.</source>
        <translation>Für %1 wurden TLSA-Einträge gefunden, aber der DNS-Server hat sie nicht als DNSSEC-signiert bestätigt. Absender verwenden DANE nur mit signierten Antworten: signieren Sie die Zone, oder fragen Sie einen validierenden Resolver.</translation>
    </message>
    <message>
        <source>The TLSA record &quot;%1&quot; is malformed (an unknown usage, selector or matching type, or data of the wrong length); senders cannot use it.</source>
        <translation>Der TLSA-Eintrag „%1“ ist fehlerhaft (unbekannte Verwendung, unbekannter Selektor oder Abgleichtyp, oder Daten der falschen Länge); Absender können ihn nicht verwenden.</translation>
    </message>
    <message>
        <source>The TLSA record &quot;%1&quot; has usage 0 or 1, which mail servers ignore (RFC 7672 §3.1.3). Publish usage 3 (DANE-EE) or 2 (DANE-TA).</source>
        <translation>Der TLSA-Eintrag „%1“ hat die Verwendung 0 oder 1, die Mailserver ignorieren (RFC 7672 §3.1.3). Veröffentlichen Sie Verwendung 3 (DANE-EE) oder 2 (DANE-TA).</translation>
    </message>
    <message>
        <source>%1 has no TLSA records, though other mail servers of the domain have: senders cannot verify it the same way.</source>
        <translation>%1 hat keine TLSA-Einträge, obwohl andere Mailserver der Domain welche haben: Absender können ihn nicht auf dieselbe Weise prüfen.</translation>
    </message>
    <message>
        <source>The address has no reverse DNS name. Many receivers refuse or distrust mail from such addresses; it matters when this server also sends mail.</source>
        <translation>Die Adresse hat keinen Reverse-DNS-Namen. Viele Empfänger lehnen Mail von solchen Adressen ab oder misstrauen ihr; das ist wichtig, wenn dieser Server auch Mail sendet.</translation>
    </message>
    <message>
        <source>The reverse name %1 does not lead back to this address, so the reverse DNS is not forward-confirmed. Receivers treat that like no reverse name: add the address to the name&apos;s A or AAAA records.</source>
        <translation>Der Reverse-Name %1 führt nicht zu dieser Adresse zurück, der Reverse-DNS ist also nicht vorwärts bestätigt. Empfänger behandeln das wie einen fehlenden Reverse-Namen: nehmen Sie die Adresse in die A- oder AAAA-Einträge des Namens auf.</translation>
    </message>
    <message>
        <source>The DNS server did not answer for the reverse name %1, so it could not be confirmed.</source>
        <translation>Der DNS-Server hat für den Reverse-Namen %1 nicht geantwortet, daher konnte er nicht bestätigt werden.</translation>
    </message>
    <message>
        <source>No greeting was read from this address (the test did not talk to it, or could not), so its name could not be compared.</source>
        <translation>Von dieser Adresse wurde keine Begrüßung gelesen (der Test hat nicht mit ihr gesprochen oder konnte es nicht), daher konnte ihr Name nicht verglichen werden.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting names no host.</source>
        <translation>Die Begrüßung des Servers nennt keinen Host.</translation>
    </message>
    <message>
        <source>The server greets as %1, which is not its reverse DNS name. Receivers do not require them to match, but spam filters often count it against a sender: set the server&apos;s host name (Postfix: myhostname) to the reverse name, or the other way round.</source>
        <translation>Der Server begrüßt als %1, was nicht sein Reverse-DNS-Name ist. Empfänger verlangen keine Übereinstimmung, aber Spamfilter werten das oft gegen einen Absender: setzen Sie den Hostnamen des Servers (Postfix: myhostname) auf den Reverse-Namen, oder umgekehrt.</translation>
    </message>
    <message>
        <source>SPF lists the servers allowed to send mail for the domain; receivers check it to spot forged senders.</source>
        <translation>SPF führt die Server auf, die Mail für die Domain senden dürfen; Empfänger prüfen es, um gefälschte Absender zu erkennen.</translation>
    </message>
    <message>
        <source>DMARC tells receivers what to do with mail in the domain&apos;s name that fails SPF and DKIM, and where to send reports about it.</source>
        <translation>DMARC sagt Empfängern, was mit Mail im Namen der Domain geschehen soll, die SPF und DKIM nicht besteht, und wohin Berichte darüber gehen.</translation>
    </message>
    <message>
        <source>MTA-STS tells sending servers to deliver to the domain only over encrypted, verified connections, so nobody on the way can read or divert the mail.</source>
        <translation>MTA-STS weist sendende Server an, an die Domain nur über verschlüsselte, geprüfte Verbindungen zuzustellen, damit niemand unterwegs die Mail lesen oder umleiten kann.</translation>
    </message>
    <message>
        <source>TLS-RPT asks sending servers to report when they could not set up encryption to the domain&apos;s mail servers.</source>
        <translation>TLS-RPT bittet sendende Server, zu melden, wenn sie keine Verschlüsselung zu den Mailservern der Domain aufbauen konnten.</translation>
    </message>
    <message>
        <source>DANE publishes the mail servers&apos; certificates in DNSSEC-signed TLSA records, so senders can verify them without trusting a certificate authority.</source>
        <translation>DANE veröffentlicht die Zertifikate der Mailserver in DNSSEC-signierten TLSA-Einträgen, damit Absender sie prüfen können, ohne einer Zertifizierungsstelle zu vertrauen.</translation>
    </message>
    <message>
        <source>Receivers look up the reverse DNS name of a sending server&apos;s address and check that the name leads back to the same address.</source>
        <translation>Empfänger fragen den Reverse-DNS-Namen der Adresse eines sendenden Servers ab und prüfen, ob der Name zur selben Adresse zurückführt.</translation>
    </message>
    <message>
        <source>A mail server names itself in its greeting; receivers compare that name with the reverse DNS name of its address.</source>
        <translation>Ein Mailserver nennt sich in seiner Begrüßung selbst; Empfänger vergleichen diesen Namen mit dem Reverse-DNS-Namen seiner Adresse.</translation>
    </message>
    <message>
        <source>The domain publishes one valid SPF record.</source>
        <translation>Die Domain veröffentlicht einen gültigen SPF-Eintrag.</translation>
    </message>
    <message>
        <source>The domain publishes none: receivers cannot tell forged mail in its name from real mail, and some refuse mail from domains without SPF. Publish one, e.g. &quot;v=spf1 mx -all&quot; if only the mail servers send.</source>
        <translation>Die Domain veröffentlicht keinen: Empfänger können gefälschte Mail in ihrem Namen nicht von echter unterscheiden, und manche lehnen Mail von Domains ohne SPF ab. Veröffentlichen Sie einen, z. B. „v=spf1 mx -all“, wenn nur die Mailserver senden.</translation>
    </message>
    <message>
        <source>The domain publishes a DMARC policy that protects it, and reports go to an address.</source>
        <translation>Die Domain veröffentlicht eine DMARC-Richtlinie, die sie schützt, und Berichte gehen an eine Adresse.</translation>
    </message>
    <message>
        <source>There is no record at _dmarc: receivers decide alone what to do with forged mail in the domain&apos;s name, and nobody gets reports. Large mail providers expect one from bulk senders; start with &quot;v=DMARC1; p=none; rua=mailto:…&quot;.</source>
        <translation>Unter _dmarc gibt es keinen Eintrag: Empfänger entscheiden allein, was mit gefälschter Mail im Namen der Domain geschieht, und niemand erhält Berichte. Große Mailanbieter erwarten einen von Massenversendern; beginnen Sie mit „v=DMARC1; p=none; rua=mailto:…“.</translation>
    </message>
    <message>
        <source>The record and the policy file are in place, and the policy covers every mail server.</source>
        <translation>Eintrag und Richtliniendatei sind vorhanden, und die Richtlinie deckt jeden Mailserver ab.</translation>
    </message>
    <message>
        <source>The domain publishes no MTA-STS policy. It is optional; without it, mail to the domain can be sent unencrypted when someone on the way removes the offer of encryption.</source>
        <translation>Die Domain veröffentlicht keine MTA-STS-Richtlinie. Sie ist optional; ohne sie kann Mail an die Domain unverschlüsselt gesendet werden, wenn jemand unterwegs das Angebot der Verschlüsselung entfernt.</translation>
    </message>
    <message>
        <source>Reports about failed encryption go to the address in the record.</source>
        <translation>Berichte über fehlgeschlagene Verschlüsselung gehen an die Adresse im Eintrag.</translation>
    </message>
    <message>
        <source>There is no record at _smtp._tls. It is optional; without it you hear of encryption problems only from senders&apos; bounces.</source>
        <translation>Unter _smtp._tls gibt es keinen Eintrag. Er ist optional; ohne ihn erfahren Sie von Verschlüsselungsproblemen nur aus Unzustellbarkeitsnachrichten der Absender.</translation>
    </message>
    <message>
        <source>Every mail server has valid, DNSSEC-signed TLSA records.</source>
        <translation>Jeder Mailserver hat gültige, DNSSEC-signierte TLSA-Einträge.</translation>
    </message>
    <message>
        <source>No mail server has TLSA records. DANE is optional and needs a DNSSEC-signed zone.</source>
        <translation>Kein Mailserver hat TLSA-Einträge. DANE ist optional und braucht eine DNSSEC-signierte Zone.</translation>
    </message>
    <message>
        <source>The address has a reverse name, and that name leads back to it.</source>
        <translation>Die Adresse hat einen Reverse-Namen, und dieser Name führt zu ihr zurück.</translation>
    </message>
    <message>
        <source>The address has no reverse name.</source>
        <translation>Die Adresse hat keinen Reverse-Namen.</translation>
    </message>
    <message>
        <source>Here the reverse name does not lead back to the address, which receivers count like having no reverse name.</source>
        <translation>Hier führt der Reverse-Name nicht zur Adresse zurück, was Empfänger wie einen fehlenden Reverse-Namen werten.</translation>
    </message>
    <message>
        <source>Here it could not be checked (see below).</source>
        <translation>Hier konnte es nicht geprüft werden (siehe unten).</translation>
    </message>
    <message>
        <source>Here the two could not be matched (see below); mail still flows, but some spam filters notice.</source>
        <translation>Hier konnten die beiden nicht abgeglichen werden (siehe unten); Mail fließt trotzdem, aber manche Spamfilter bemerken es.</translation>
    </message>
    <message>
        <source>The greeting names the server as its reverse DNS name does.</source>
        <translation>Die Begrüßung nennt den Server so, wie sein Reverse-DNS-Name es tut.</translation>
    </message>
    <message>
        <source>For other servers</source>
        <translation>Für andere Server</translation>
    </message>
    <message>
        <source>DNS lookups (at most 10)</source>
        <translation>DNS-Abfragen (höchstens 10)</translation>
    </message>
    <message>
        <source>No record of its own; the record of this parent domain applies</source>
        <translation>Kein eigener Eintrag; der Eintrag dieser übergeordneten Domain gilt</translation>
    </message>
    <message>
        <source>Policy that applies to this domain</source>
        <translation>Richtlinie, die für diese Domain gilt</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Policy for subdomains</source>
        <translation>Richtlinie für Subdomains</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Berichte an</translation>
    </message>
    <message>
        <source>Share of mail the policy applies to</source>
        <translation>Anteil der Mail, für den die Richtlinie gilt</translation>
    </message>
    <message>
        <source>Policy version (id)</source>
        <translation>Richtlinienversion (id)</translation>
    </message>
    <message>
        <source>Policy file</source>
        <translation>Richtliniendatei</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Mail servers in the policy</source>
        <translation>Mailserver in der Richtlinie</translation>
    </message>
    <message>
        <source>Kept by senders for (seconds)</source>
        <translation>Von Absendern behalten für (Sekunden)</translation>
    </message>
    <message>
        <source>TLSA records</source>
        <translation>TLSA-Einträge</translation>
    </message>
    <message>
        <source>Signed (DNSSEC)</source>
        <translation>Signiert (DNSSEC)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(nicht genannt)</translation>
    </message>
    <message>
        <source>%1 (found: %2)</source>
        <translation>%1 (gefunden: %2)</translation>
    </message>
    <message>
        <source>It is in order.</source>
        <translation>In Ordnung.</translation>
    </message>
    <message>
        <source>Nothing is published for it.</source>
        <translation>Dafür ist nichts veröffentlicht.</translation>
    </message>
    <message>
        <source>What is published is broken: receivers treat it as an error or ignore it. The problems below say what to change.</source>
        <translation>Das Veröffentlichte ist fehlerhaft: Empfänger behandeln es als Fehler oder ignorieren es. Die Probleme unten sagen, was zu ändern ist.</translation>
    </message>
    <message>
        <source>It works, but the points below are worth a look.</source>
        <translation>Es funktioniert, aber die Punkte unten sind einen Blick wert.</translation>
    </message>
</context>
<context>
    <name>HealthJudge</name>
    <message>
        <source>%1 has no address in the DNS</source>
        <translation>%1 hat keine Adresse im DNS</translation>
    </message>
</context>
<context>
    <name>HealthReportSection</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Domain health of %1</source>
        <translation>Domain-Zustand von %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The list of earlier tests could not be saved in %1: %2</source>
        <translation>Die Liste früherer Tests konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>An old test could not be removed from %1: %2</source>
        <translation>Ein alter Test konnte nicht aus %1 entfernt werden: %2</translation>
    </message>
    <message>
        <source>The folder for earlier tests could not be created: %1</source>
        <translation>Der Ordner für frühere Tests konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The test could not be kept in the history (%1): %2</source>
        <translation>Der Test konnte nicht im Verlauf behalten werden (%1): %2</translation>
    </message>
    <message>
        <source>This test is no longer in the history.</source>
        <translation>Dieser Test ist nicht mehr im Verlauf.</translation>
    </message>
    <message>
        <source>This test could not be opened: %1</source>
        <translation>Dieser Test konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The test could not be removed from %1: %2</source>
        <translation>Der Test konnte nicht aus %1 entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>HtmlAttemptSection</name>
    <message>
        <source>Likely causes</source>
        <translation>Wahrscheinliche Ursachen</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>What the replies mean</source>
        <translation>Was die Antworten bedeuten</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>The TLS handshake did not complete: nothing was verified.</source>
        <translation>Der TLS-Handshake wurde nicht abgeschlossen: nichts wurde geprüft.</translation>
    </message>
    <message>
        <source>The certificate was verified.</source>
        <translation>Das Zertifikat wurde geprüft.</translation>
    </message>
    <message>
        <source>The certificate could not be verified; the test went on anyway.</source>
        <translation>Das Zertifikat konnte nicht geprüft werden; der Test wurde trotzdem fortgesetzt.</translation>
    </message>
    <message>
        <source>The certificate could not be verified.</source>
        <translation>Das Zertifikat konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation>Namen (SAN)</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 at %2, after %3</source>
        <translation>%1 um %2, nach %3</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>What the server offers (EHLO)</source>
        <translation>Was der Server anbietet (EHLO)</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
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
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>(asked %1)</source>
        <translation>(gefragt: %1)</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Colours in the transcript</source>
        <translation>Farben im Protokoll</translation>
    </message>
    <message>
        <source>C: %1</source>
        <translation>C: %1</translation>
    </message>
    <message>
        <source>*: %1</source>
        <translation>*: %1</translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation>Testplan</translation>
    </message>
    <message>
        <source>Mail servers (DNS) for %1</source>
        <translation>Mailserver (DNS) für %1</translation>
    </message>
    <message>
        <source>Asked %1; the answer took %2.</source>
        <translation>Gefragt: %1; die Antwort dauerte %2.</translation>
    </message>
    <message>
        <source>this computer&apos;s resolver</source>
        <translation>der Resolver dieses Computers</translation>
    </message>
    <message>
        <source>Null MX: the domain says it accepts no mail (RFC 7505).</source>
        <translation>Null-MX: die Domain gibt an, dass sie keine Mail annimmt (RFC 7505).</translation>
    </message>
    <message>
        <source>No MX records: the domain&apos;s own address is used (implicit MX).</source>
        <translation>Keine MX-Einträge: die eigene Adresse der Domain wird verwendet (impliziter MX).</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Mail server (MX)</source>
        <translation>Mailserver (MX)</translation>
    </message>
    <message>
        <source>Reverse DNS (PTR)</source>
        <translation>Reverse-DNS (PTR)</translation>
    </message>
    <message>
        <source>implicit</source>
        <translation>implizit</translation>
    </message>
    <message>
        <source>no addresses</source>
        <translation>keine Adressen</translation>
    </message>
    <message>
        <source>Looking up the mail servers</source>
        <translation>Abfrage der Mailserver</translation>
    </message>
    <message>
        <source>Made by SMTP Wizard %1 on %2 at %3. Times are UTC. Passwords are never included in reports.</source>
        <translation>Erstellt von SMTP Wizard %1 am %2 um %3. Zeiten in UTC. Passwörter sind nie in Berichten enthalten.</translation>
    </message>
</context>
<context>
    <name>InteractiveCommand</name>
    <message>
        <source>cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Type SMTP commands; /help lists the console&apos;s own, /quit or Ctrl-D ends.</source>
        <translation>Geben Sie SMTP-Befehle ein; /help listet die eigenen Befehle der Konsole auf, /quit oder Strg+D beendet.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Using the access token stored in the keychain for %1</source>
        <translation>Das im Schlüsselbund gespeicherte Zugriffstoken für %1 wird verwendet</translation>
    </message>
    <message>
        <source>Using the password stored in the keychain for %1</source>
        <translation>Das im Schlüsselbund gespeicherte Passwort für %1 wird verwendet</translation>
    </message>
    <message>
        <source>Not sent: no secret for %1 in the keychain (%2); give it with %3</source>
        <translation>Nicht gesendet: kein Passwort oder Token für %1 im Schlüsselbund (%2); geben Sie es mit %3 an</translation>
    </message>
    <message>
        <source>Access token for %1 (not shown): </source>
        <translation>Zugriffstoken für %1 (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>Password for %1 (not shown): </source>
        <translation>Passwort für %1 (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>Not sent: the secret is empty</source>
        <translation>Nicht gesendet: das Passwort oder Token ist leer</translation>
    </message>
    <message>
        <source>Not sent: /data: %1</source>
        <translation>Nicht gesendet: /data: %1</translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation>TLS: %1, %2</translation>
    </message>
    <message>
        <source>  certificate subject: %1</source>
        <translation>  Zertifikatsinhaber: %1</translation>
    </message>
    <message>
        <source>  issuer: %1</source>
        <translation>  Aussteller: %1</translation>
    </message>
    <message>
        <source>  verification: the certificate is valid and trusted for this name</source>
        <translation>  Prüfung: das Zertifikat ist gültig und für diesen Namen vertrauenswürdig</translation>
    </message>
    <message>
        <source>  verification: FAILED (the session goes on; /auth will not send a secret over it)</source>
        <translation>  Prüfung: FEHLGESCHLAGEN (die Sitzung läuft weiter; /auth sendet darüber weder Passwort noch Token)</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Bericht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>MailAddress</name>
    <message>
        <source>The address contains a line break</source>
        <translation>Die Adresse enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>The address contains a control character</source>
        <translation>Die Adresse enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>The address starts with &lt; but does not end with &gt;</source>
        <translation>Die Adresse beginnt mit &lt;, endet aber nicht mit &gt;</translation>
    </message>
    <message>
        <source>The address ends with &gt; but does not start with &lt;</source>
        <translation>Die Adresse endet mit &gt;, beginnt aber nicht mit &lt;</translation>
    </message>
    <message>
        <source>The address is empty</source>
        <translation>Die Adresse ist leer</translation>
    </message>
    <message>
        <source>Source routes (&quot;@host:&quot;) are obsolete; give only the address</source>
        <translation>Quellrouten („@host:“) sind veraltet; geben Sie nur die Adresse an</translation>
    </message>
    <message>
        <source>There is nothing before the @</source>
        <translation>Vor dem @ steht nichts</translation>
    </message>
    <message>
        <source>A backslash in the quoted part before @ must be followed by a printable character</source>
        <translation>Auf einen Backslash im Teil in Anführungszeichen vor dem @ muss ein druckbares Zeichen folgen</translation>
    </message>
    <message>
        <source>The quoted part before @ contains a character that is not allowed</source>
        <translation>Der Teil in Anführungszeichen vor dem @ enthält ein unzulässiges Zeichen</translation>
    </message>
    <message>
        <source>The quoted part before @ has no closing quote</source>
        <translation>Dem Teil in Anführungszeichen vor dem @ fehlt das schließende Anführungszeichen</translation>
    </message>
    <message>
        <source>The address has no @</source>
        <translation>Die Adresse hat kein @</translation>
    </message>
    <message>
        <source>The closing quote must be followed by @</source>
        <translation>Auf das schließende Anführungszeichen muss ein @ folgen</translation>
    </message>
    <message>
        <source>The quoted part before @ is empty</source>
        <translation>Der Teil in Anführungszeichen vor dem @ ist leer</translation>
    </message>
    <message>
        <source>The part before @ contains a space; put it in quotes (&quot;...&quot;) if it is meant</source>
        <translation>Der Teil vor dem @ enthält ein Leerzeichen; setzen Sie ihn in Anführungszeichen („...“), wenn das so gemeint ist</translation>
    </message>
    <message>
        <source>The part before @ contains &quot;%1&quot;, which is only allowed inside quotes</source>
        <translation>Der Teil vor dem @ enthält „%1“, was nur in Anführungszeichen erlaubt ist</translation>
    </message>
    <message>
        <source>The part before @ starts or ends with a dot, or has two dots in a row</source>
        <translation>Der Teil vor dem @ beginnt oder endet mit einem Punkt, oder hat zwei Punkte hintereinander</translation>
    </message>
    <message>
        <source>The part before @ is longer than %1 characters</source>
        <translation>Der Teil vor dem @ ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>There is nothing after the @</source>
        <translation>Nach dem @ steht nichts</translation>
    </message>
    <message>
        <source>The address has more than one @</source>
        <translation>Die Adresse hat mehr als ein @</translation>
    </message>
    <message>
        <source>The address is longer than %1 characters</source>
        <translation>Die Adresse ist länger als %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>MailPreparation</name>
    <message>
        <source>The server does not offer 8BITMIME: the text is sent as quoted-printable</source>
        <translation>Der Server bietet kein 8BITMIME an: der Text wird als Quoted-Printable gesendet</translation>
    </message>
    <message>
        <source>The message has %1 bytes; the server accepts at most %2</source>
        <translation>Die Nachricht hat %1 Byte; der Server nimmt höchstens %2 an</translation>
    </message>
    <message>
        <source>An address has non-ASCII characters before the @, and the server does not offer SMTPUTF8</source>
        <translation>Eine Adresse hat Nicht-ASCII-Zeichen vor dem @, und der Server bietet kein SMTPUTF8 an</translation>
    </message>
    <message>
        <source>The server does not offer DSN: delivery notifications (NOTIFY, RET, ENVID) are left out</source>
        <translation>Der Server bietet kein DSN an: Zustellbenachrichtigungen (NOTIFY, RET, ENVID) werden weggelassen</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>%1 or %2</source>
        <comment>a list of choices: &quot;a, b&quot; or &quot;c&quot;</comment>
        <translation>%1 oder %2</translation>
    </message>
</context>
<context>
    <name>Model::AttemptOutcome</name>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Model::Auth</name>
    <message>
        <source>No sign-in</source>
        <translation>Keine Anmeldung</translation>
    </message>
    <message>
        <source>Password, sent in one step (AUTH PLAIN)</source>
        <translation>Passwort, in einem Schritt gesendet (AUTH PLAIN)</translation>
    </message>
    <message>
        <source>Password, asked for in two steps (AUTH LOGIN)</source>
        <translation>Passwort, in zwei Schritten abgefragt (AUTH LOGIN)</translation>
    </message>
    <message>
        <source>Password (automatic: what the server offers)</source>
        <translation>Passwort (automatisch: was der Server anbietet)</translation>
    </message>
    <message>
        <source>Password, proved without sending it (AUTH CRAM-MD5, older servers)</source>
        <translation>Passwort, nachgewiesen ohne es zu senden (AUTH CRAM-MD5, ältere Server)</translation>
    </message>
    <message>
        <source>OAuth 2.0 token (AUTH XOAUTH2: Microsoft 365, Gmail)</source>
        <translation>OAuth-2.0-Token (AUTH XOAUTH2: Microsoft 365, Gmail)</translation>
    </message>
    <message>
        <source>OAuth 2.0 token (AUTH OAUTHBEARER, RFC 7628)</source>
        <translation>OAuth-2.0-Token (AUTH OAUTHBEARER, RFC 7628)</translation>
    </message>
</context>
<context>
    <name>Model::BatchOutcome</name>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>vorübergehend</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Model::Category</name>
    <message>
        <source>everything asked for was accepted</source>
        <translation>alles Angefragte wurde angenommen</translation>
    </message>
    <message>
        <source>the mailbox does not exist</source>
        <translation>das Postfach existiert nicht</translation>
    </message>
    <message>
        <source>the recipient has moved to another address</source>
        <translation>der Empfänger ist an eine andere Adresse umgezogen</translation>
    </message>
    <message>
        <source>the mailbox is full</source>
        <translation>das Postfach ist voll</translation>
    </message>
    <message>
        <source>the mailbox is disabled</source>
        <translation>das Postfach ist deaktiviert</translation>
    </message>
    <message>
        <source>the message is too large</source>
        <translation>die Nachricht ist zu groß</translation>
    </message>
    <message>
        <source>its filters refused the content</source>
        <translation>seine Filter haben den Inhalt abgelehnt</translation>
    </message>
    <message>
        <source>it does not pass mail on to that domain for this client</source>
        <translation>er leitet Mail an diese Domain für diesen Client nicht weiter</translation>
    </message>
    <message>
        <source>it does not accept this sender address</source>
        <translation>er nimmt diese Absenderadresse nicht an</translation>
    </message>
    <message>
        <source>the sender&apos;s domain failed SPF, DKIM or DMARC</source>
        <translation>die Domain des Absenders hat SPF, DKIM oder DMARC nicht bestanden</translation>
    </message>
    <message>
        <source>the sending IP address is blocked or has a poor reputation</source>
        <translation>die sendende IP-Adresse ist gesperrt oder hat eine schlechte Reputation</translation>
    </message>
    <message>
        <source>the sending IP address has no matching reverse DNS name</source>
        <translation>die sendende IP-Adresse hat keinen passenden Reverse-DNS-Namen</translation>
    </message>
    <message>
        <source>it requires signing in first</source>
        <translation>er verlangt zuerst eine Anmeldung</translation>
    </message>
    <message>
        <source>the sign-in did not work</source>
        <translation>die Anmeldung hat nicht funktioniert</translation>
    </message>
    <message>
        <source>it requires an encrypted connection first</source>
        <translation>er verlangt zuerst eine verschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>the encrypted connection could not be set up or trusted</source>
        <translation>die verschlüsselte Verbindung konnte nicht aufgebaut werden oder ist nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>it limits how fast this client may send</source>
        <translation>er begrenzt, wie schnell dieser Client senden darf</translation>
    </message>
    <message>
        <source>it greylists new senders and accepts a later retry</source>
        <translation>er setzt neue Absender auf eine Greylist und nimmt einen späteren Versuch an</translation>
    </message>
    <message>
        <source>a policy rule refused it</source>
        <translation>eine Richtlinie hat es abgelehnt</translation>
    </message>
    <message>
        <source>it did not understand a command</source>
        <translation>er hat einen Befehl nicht verstanden</translation>
    </message>
    <message>
        <source>the domain could not be found in DNS</source>
        <translation>die Domain wurde im DNS nicht gefunden</translation>
    </message>
    <message>
        <source>the domain does not accept mail at all</source>
        <translation>die Domain nimmt überhaupt keine Mail an</translation>
    </message>
    <message>
        <source>the service is not available right now</source>
        <translation>der Dienst ist gerade nicht verfügbar</translation>
    </message>
    <message>
        <source>the network connection failed</source>
        <translation>die Netzwerkverbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>no answer came in time</source>
        <translation>es kam keine Antwort rechtzeitig</translation>
    </message>
    <message>
        <source>delivery was given up after retrying</source>
        <translation>die Zustellung wurde nach Wiederholungen aufgegeben</translation>
    </message>
    <message>
        <source>see the explanation of the reply</source>
        <translation>siehe die Erklärung der Antwort</translation>
    </message>
</context>
<context>
    <name>Model::Direction</name>
    <message>
        <source>Sent by this computer</source>
        <translation>Von diesem Computer gesendet</translation>
    </message>
    <message>
        <source>Received from the server</source>
        <translation>Vom Server empfangen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>Model::Duration</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>Model::HealthCheck</name>
    <message>
        <source>SPF (who may send for the domain)</source>
        <translation>SPF (wer für die Domain senden darf)</translation>
    </message>
    <message>
        <source>DMARC (what receivers do with forged mail)</source>
        <translation>DMARC (was Empfänger mit gefälschter Mail tun)</translation>
    </message>
    <message>
        <source>MTA-STS (encryption required for mail to the domain)</source>
        <translation>MTA-STS (Verschlüsselung für Mail an die Domain verlangt)</translation>
    </message>
    <message>
        <source>TLS-RPT (reports about failed encryption)</source>
        <translation>TLS-RPT (Berichte über fehlgeschlagene Verschlüsselung)</translation>
    </message>
    <message>
        <source>DANE (certificates pinned in the DNS)</source>
        <translation>DANE (Zertifikate im DNS hinterlegt)</translation>
    </message>
    <message>
        <source>Reverse DNS, confirmed forward</source>
        <translation>Reverse-DNS, vorwärts bestätigt</translation>
    </message>
    <message>
        <source>Greeting name against reverse DNS</source>
        <translation>Begrüßungsname gegen Reverse-DNS</translation>
    </message>
</context>
<context>
    <name>Model::HealthStatus</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>Prüfenswert</translation>
    </message>
</context>
<context>
    <name>Model::IpFamily</name>
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
</context>
<context>
    <name>Model::Outcome</name>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>DNS failed</source>
        <translation>DNS-Fehler</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Open relay</source>
        <translation>Offenes Relay</translation>
    </message>
    <message>
        <source>Refuses to relay</source>
        <translation>Verweigert Relaying</translation>
    </message>
</context>
<context>
    <name>Model::RelayForm</name>
    <message>
        <source>plain address, sender outside</source>
        <translation>einfache Adresse, Absender extern</translation>
    </message>
    <message>
        <source>plain address, null sender &lt;&gt;</source>
        <translation>einfache Adresse, Null-Absender &lt;&gt;</translation>
    </message>
    <message>
        <source>plain address, sender in the server&apos;s own domain</source>
        <translation>einfache Adresse, Absender in der eigenen Domain des Servers</translation>
    </message>
    <message>
        <source>Percent hack (outside domain after a percent sign)</source>
        <translation>Prozent-Hack (externe Domain nach einem Prozentzeichen)</translation>
    </message>
    <message>
        <source>quoted (&quot;user@domain&quot;)</source>
        <translation>in Anführungszeichen („user@domain“)</translation>
    </message>
    <message>
        <source>source route (@server:user@domain)</source>
        <translation>Quellroute (@server:user@domain)</translation>
    </message>
    <message>
        <source>UUCP bang path (domain!user)</source>
        <translation>UUCP-Bang-Pfad (domain!user)</translation>
    </message>
</context>
<context>
    <name>Model::ReportFormat</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
</context>
<context>
    <name>Model::Routing</name>
    <message>
        <source>As a mail server would: the first that answers</source>
        <translation>Wie ein Mailserver: der erste, der antwortet</translation>
    </message>
    <message>
        <source>Every mail server, side by side</source>
        <translation>Jeder Mailserver, parallel</translation>
    </message>
</context>
<context>
    <name>Model::Security</name>
    <message>
        <source>None (plain text)</source>
        <translation>Keine (Klartext)</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS, wenn angeboten</translation>
    </message>
    <message>
        <source>STARTTLS required, certificate verified</source>
        <translation>STARTTLS verlangt, Zertifikat geprüft</translation>
    </message>
    <message>
        <source>Implicit TLS, certificate verified</source>
        <translation>Implizites TLS, Zertifikat geprüft</translation>
    </message>
</context>
<context>
    <name>Model::Severity</name>
    <message>
        <source>Success (2xx)</source>
        <translation>Erfolg (2xx)</translation>
    </message>
    <message>
        <source>Waiting for more (3xx)</source>
        <translation>Wartet auf mehr (3xx)</translation>
    </message>
    <message>
        <source>Temporary problem (4xx)</source>
        <translation>Vorübergehendes Problem (4xx)</translation>
    </message>
    <message>
        <source>Permanent failure (5xx)</source>
        <translation>Dauerhafter Fehler (5xx)</translation>
    </message>
    <message>
        <source>Event or note</source>
        <translation>Ereignis oder Hinweis</translation>
    </message>
</context>
<context>
    <name>Model::Stage</name>
    <message>
        <source>DNS lookup</source>
        <translation>DNS-Abfrage</translation>
    </message>
    <message>
        <source>Looking up the mail servers</source>
        <translation>Mailserver werden abgefragt</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird aufgebaut</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Setting up encryption (TLS)</source>
        <translation>Verschlüsselung wird aufgebaut (TLS)</translation>
    </message>
    <message>
        <source>the encrypted connection (TLS)</source>
        <translation>verschlüsselte Verbindung (TLS)</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Waiting for the greeting</source>
        <translation>Warten auf die Begrüßung</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>Introducing ourselves (EHLO)</source>
        <translation>Vorstellung beim Server (EHLO)</translation>
    </message>
    <message>
        <source>the greeting (EHLO)</source>
        <translation>Begrüßung (EHLO)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Switching to encryption (STARTTLS)</source>
        <translation>Wechsel zur Verschlüsselung (STARTTLS)</translation>
    </message>
    <message>
        <source>encryption (STARTTLS)</source>
        <translation>Verschlüsselung (STARTTLS)</translation>
    </message>
    <message>
        <source>Sign-in (AUTH)</source>
        <translation>Anmeldung (AUTH)</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>the sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <source>Giving the sender (MAIL FROM)</source>
        <translation>Absender wird angegeben (MAIL FROM)</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>RCPT TO</source>
        <translation>RCPT TO</translation>
    </message>
    <message>
        <source>Checking the recipients (RCPT TO)</source>
        <translation>Empfänger werden geprüft (RCPT TO)</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>Starting the message (DATA)</source>
        <translation>Nachricht wird begonnen (DATA)</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Sending the message</source>
        <translation>Nachricht wird gesendet</translation>
    </message>
    <message>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <source>Saying goodbye (QUIT)</source>
        <translation>Verabschiedung (QUIT)</translation>
    </message>
    <message>
        <source>the end of the session</source>
        <translation>Sitzungsende</translation>
    </message>
</context>
<context>
    <name>Model::StopAfter</name>
    <message>
        <source>Stop after connecting</source>
        <translation>Nach dem Verbinden anhalten</translation>
    </message>
    <message>
        <source>Stop after EHLO</source>
        <translation>Nach EHLO anhalten</translation>
    </message>
    <message>
        <source>Stop after TLS</source>
        <translation>Nach TLS anhalten</translation>
    </message>
    <message>
        <source>Stop after sign-in</source>
        <translation>Nach der Anmeldung anhalten</translation>
    </message>
    <message>
        <source>Stop after MAIL FROM</source>
        <translation>Nach MAIL FROM anhalten</translation>
    </message>
    <message>
        <source>Stop after RCPT TO (no message sent)</source>
        <translation>Nach RCPT TO anhalten (keine Nachricht gesendet)</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Die Nachricht senden</translation>
    </message>
</context>
<context>
    <name>MtaStsFetch</name>
    <message>
        <source>No answer within %1 ms</source>
        <translation>Keine Antwort innerhalb von %1 ms</translation>
    </message>
</context>
<context>
    <name>OAuthErrorChallenge</name>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>schemes %1</source>
        <translation>Verfahren %1</translation>
    </message>
    <message>
        <source>scope %1</source>
        <translation>Scope %1</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>Plan::Field</name>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>EHLO-Name</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Sender (MAIL FROM)</source>
        <translation>Absender (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipient (RCPT TO)</source>
        <translation>Empfänger (RCPT TO)</translation>
    </message>
    <message>
        <source>Delivery notifications (NOTIFY)</source>
        <translation>Zustellbenachrichtigungen (NOTIFY)</translation>
    </message>
    <message>
        <source>Envelope ID (ENVID)</source>
        <translation>Envelope-ID (ENVID)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Extra header</source>
        <translation>Zusätzlicher Header</translation>
    </message>
    <message>
        <source>Stop after</source>
        <translation>Anhalten nach</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Zeitlimits</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
</context>
<context>
    <name>PlanBuilder</name>
    <message>
        <source>Recipient &quot;%1&quot;: </source>
        <translation>Empfänger „%1“: </translation>
    </message>
    <message>
        <source>Recipient %1: </source>
        <translation>Empfänger %1: </translation>
    </message>
    <message>
        <source>Give either a domain (its mail servers are looked up) or a server, not both</source>
        <translation>Geben Sie entweder eine Domain (ihre Mailserver werden abgefragt) oder einen Server an, nicht beides</translation>
    </message>
    <message>
        <source>Give a domain, a server or a recipient address</source>
        <translation>Geben Sie eine Domain, einen Server oder eine Empfängeradresse an</translation>
    </message>
    <message>
        <source>The subject is given twice: in the subject field and as a header</source>
        <translation>Der Betreff ist doppelt angegeben: im Betreff-Feld und als Header</translation>
    </message>
    <message>
        <source>The %1 header may appear only once</source>
        <translation>Der Header %1 darf nur einmal vorkommen</translation>
    </message>
    <message>
        <source>Give the sender address (MAIL FROM), or &lt;&gt; for the null sender</source>
        <translation>Geben Sie die Absenderadresse (MAIL FROM) an, oder &lt;&gt; für den Null-Absender</translation>
    </message>
    <message>
        <source>Give at least one recipient (RCPT TO)</source>
        <translation>Geben Sie mindestens einen Empfänger (RCPT TO) an</translation>
    </message>
    <message>
        <source>At most %1 recipients can be tested at once</source>
        <translation>Höchstens %1 Empfänger können auf einmal getestet werden</translation>
    </message>
    <message>
        <source>The null sender &lt;&gt; is not a recipient</source>
        <translation>Der Null-Absender &lt;&gt; ist kein Empfänger</translation>
    </message>
    <message>
        <source>&quot;never&quot; cannot be combined with success, failure or delay</source>
        <translation>„never“ kann nicht mit success, failure oder delay kombiniert werden</translation>
    </message>
    <message>
        <source>The server already names port %1</source>
        <translation>Der Server nennt bereits den Port %1</translation>
    </message>
    <message>
        <source>Signing in needs a user name</source>
        <translation>Für die Anmeldung wird ein Benutzername benötigt</translation>
    </message>
    <message>
        <source>Signing in needs a password</source>
        <translation>Für die Anmeldung wird ein Passwort benötigt</translation>
    </message>
    <message>
        <source>Signing in with OAuth 2.0 needs an access token</source>
        <translation>Für die Anmeldung mit OAuth 2.0 wird ein Zugriffstoken benötigt</translation>
    </message>
    <message>
        <source>The access token is longer than %1 characters; copy it again, without anything around it</source>
        <translation>Das Zugriffstoken ist länger als %1 Zeichen; kopieren Sie es noch einmal, ohne etwas drumherum</translation>
    </message>
    <message>
        <source>The open-relay check runs without signing in: choose no sign-in</source>
        <translation>Die Prüfung auf offenes Relay läuft ohne Anmeldung: wählen Sie „Keine Anmeldung“</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>The name is too long: use at most %1 characters.</source>
        <translation>Der Name ist zu lang: verwenden Sie höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The name cannot contain / or \.</source>
        <translation>Der Name darf weder / noch \ enthalten.</translation>
    </message>
    <message>
        <source>The name cannot contain line breaks or other invisible characters.</source>
        <translation>Der Name darf keine Zeilenumbrüche oder andere unsichtbare Zeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>QNativeSocketEngine</name>
    <message>
        <source>Network unreachable</source>
        <translation>Netzwerk nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>RecipientReasons</name>
    <message>
        <source>Not asked</source>
        <translation>Nicht gefragt</translation>
    </message>
    <message>
        <source>The conversation ended before this recipient was asked for.</source>
        <translation>Das Gespräch endete, bevor nach diesem Empfänger gefragt wurde.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>The server will take mail for this address.</source>
        <translation>Der Server nimmt Mail für diese Adresse an.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>Später erneut versuchen</translation>
    </message>
    <message>
        <source>The test ended before this recipient was asked for.</source>
        <translation>Der Test endete, bevor nach diesem Empfänger gefragt wurde.</translation>
    </message>
</context>
<context>
    <name>RelayReportSection</name>
    <message>
        <source>MAIL FROM refused: %1</source>
        <translation>MAIL FROM abgelehnt: %1</translation>
    </message>
    <message>
        <source>not tried: the session ended before this form</source>
        <translation>nicht versucht: die Sitzung endete vor dieser Form</translation>
    </message>
    <message>
        <source>Open-relay check: OPEN RELAY</source>
        <translation>Prüfung auf offenes Relay: OFFENES RELAY</translation>
    </message>
    <message>
        <source>Open-relay check</source>
        <translation>Prüfung auf offenes Relay</translation>
    </message>
    <message>
        <source>[ACCEPTED]</source>
        <translation>[ANGENOMMEN]</translation>
    </message>
    <message>
        <source>[refused]</source>
        <translation>[abgelehnt]</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>accepted: relays</source>
        <translation>angenommen: leitet weiter</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
</context>
<context>
    <name>RelaySummary</name>
    <message numerus="yes">
        <source>Open relay: this server accepts mail for other domains from anyone. %1 accepted an outside recipient without sign-in in %n of %2 forms: %3.</source>
        <translation>
            <numerusform>Offenes Relay: dieser Server nimmt von jedem Mail für fremde Domains an. %1 hat ohne Anmeldung in %n von %2 Formen einen externen Empfänger angenommen: %3.</numerusform>
            <numerusform>Offenes Relay: dieser Server nimmt von jedem Mail für fremde Domains an. %1 hat ohne Anmeldung in %n von %2 Formen einen externen Empfänger angenommen: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow relaying only for signed-in users and your own networks (Postfix: smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination; Exchange: no anonymous relay on the Internet-facing receive connector).</source>
        <translation>Erlauben Sie Relaying nur für angemeldete Benutzer und Ihre eigenen Netze (Postfix: smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination; Exchange: kein anonymes Relay am Empfangsconnector zum Internet).</translation>
    </message>
    <message>
        <source>Check that the trusted networks (Postfix mynetworks, a relay IP list) do not include the address this test came from, unless that is meant.</source>
        <translation>Prüfen Sie, dass die vertrauenswürdigen Netze (Postfix mynetworks, eine Relay-IP-Liste) die Adresse, von der dieser Test kam, nicht enthalten, sofern das nicht beabsichtigt ist.</translation>
    </message>
    <message>
        <source>Fix it soon: open relays are found and abused by spammers within hours, and the server&apos;s address then lands on blocklists.</source>
        <translation>Beheben Sie das bald: offene Relays werden von Spammern innerhalb von Stunden gefunden und missbraucht, und die Adresse des Servers landet dann auf Sperrlisten.</translation>
    </message>
    <message numerus="yes">
        <source>Refuses to relay: %1 refused every outside recipient from a session without sign-in (%n forms tried).</source>
        <translation>
            <numerusform>Verweigert Relaying: %1 hat in einer Sitzung ohne Anmeldung jeden externen Empfänger abgelehnt (%n Form versucht).</numerusform>
            <numerusform>Verweigert Relaying: %1 hat in einer Sitzung ohne Anmeldung jeden externen Empfänger abgelehnt (%n Formen versucht).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the tries were only deferred (4xx), not refused for good: run the check again later to be sure they stay refused.</source>
        <translation>
            <numerusform>%n der Versuche wurde nur zurückgestellt (4xx), nicht endgültig abgelehnt: führen Sie die Prüfung später noch einmal aus, um sicherzugehen, dass er abgelehnt bleibt.</numerusform>
            <numerusform>%n der Versuche wurden nur zurückgestellt (4xx), nicht endgültig abgelehnt: führen Sie die Prüfung später noch einmal aus, um sicherzugehen, dass sie abgelehnt bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to fix: the server does not relay for strangers.</source>
        <translation>Nichts zu beheben: der Server leitet nicht für Fremde weiter.</translation>
    </message>
</context>
<context>
    <name>ReplyCatalog</name>
    <message>
        <source>System status</source>
        <translation>Systemstatus</translation>
    </message>
    <message>
        <source>The server reports its status or help information.</source>
        <translation>Der Server meldet seinen Status oder Hilfeinformationen.</translation>
    </message>
    <message>
        <source>A reply to a status request.</source>
        <translation>Eine Antwort auf eine Statusanfrage.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>Help message</source>
        <translation>Hilfetext</translation>
    </message>
    <message>
        <source>The server sent help text for people.</source>
        <translation>Der Server hat einen Hilfetext für Menschen gesendet.</translation>
    </message>
    <message>
        <source>A reply to HELP.</source>
        <translation>Eine Antwort auf HELP.</translation>
    </message>
    <message>
        <source>Service ready</source>
        <translation>Dienst bereit</translation>
    </message>
    <message>
        <source>The server is ready to talk.</source>
        <translation>Der Server ist bereit für das Gespräch.</translation>
    </message>
    <message>
        <source>The server accepted the connection.</source>
        <translation>Der Server hat die Verbindung angenommen.</translation>
    </message>
    <message>
        <source>Nothing to do for this step.</source>
        <translation>Für diesen Schritt ist nichts zu tun.</translation>
    </message>
    <message>
        <source>Closing connection</source>
        <translation>Verbindung wird geschlossen</translation>
    </message>
    <message>
        <source>The server is ending the session normally.</source>
        <translation>Der Server beendet die Sitzung normal.</translation>
    </message>
    <message>
        <source>A reply to QUIT.</source>
        <translation>Eine Antwort auf QUIT.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>The sign-in succeeded.</source>
        <translation>Die Anmeldung war erfolgreich.</translation>
    </message>
    <message>
        <source>The user name and password were accepted.</source>
        <translation>Benutzername und Passwort wurden angenommen.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>The server carried out the command.</source>
        <translation>Der Server hat den Befehl ausgeführt.</translation>
    </message>
    <message>
        <source>The command was valid and allowed.</source>
        <translation>Der Befehl war gültig und erlaubt.</translation>
    </message>
    <message>
        <source>Recipient not local, will forward</source>
        <translation>Empfänger nicht lokal, wird weitergeleitet</translation>
    </message>
    <message>
        <source>The server accepts the recipient and forwards the mail to another address.</source>
        <translation>Der Server nimmt den Empfänger an und leitet die Mail an eine andere Adresse weiter.</translation>
    </message>
    <message>
        <source>The recipient has a forwarding address.</source>
        <translation>Der Empfänger hat eine Weiterleitungsadresse.</translation>
    </message>
    <message>
        <source>Nothing to do; update the address if you know the new one.</source>
        <translation>Nichts zu tun; ändern Sie die Adresse, wenn Sie die neue kennen.</translation>
    </message>
    <message>
        <source>Cannot verify, will try</source>
        <translation>Prüfung nicht möglich, Zustellung wird versucht</translation>
    </message>
    <message>
        <source>The server cannot confirm the address now but accepts the message and will try to deliver it.</source>
        <translation>Der Server kann die Adresse gerade nicht bestätigen, nimmt die Nachricht aber an und versucht, sie zuzustellen.</translation>
    </message>
    <message>
        <source>The server does not check addresses at this point (for example a backup MX).</source>
        <translation>Der Server prüft Adressen an dieser Stelle nicht (zum Beispiel ein Backup-MX).</translation>
    </message>
    <message>
        <source>Nothing to do; a bounce may still come later if the address is wrong.</source>
        <translation>Nichts zu tun; ist die Adresse falsch, kann später noch eine Unzustellbarkeitsnachricht kommen.</translation>
    </message>
    <message>
        <source>Sign-in continues</source>
        <translation>Anmeldung wird fortgesetzt</translation>
    </message>
    <message>
        <source>The server waits for the next part of the sign-in (a user name or password, base64-encoded).</source>
        <translation>Der Server wartet auf den nächsten Teil der Anmeldung (einen Benutzernamen oder ein Passwort, Base64-codiert).</translation>
    </message>
    <message>
        <source>AUTH LOGIN or another multi-step mechanism is in progress.</source>
        <translation>AUTH LOGIN oder ein anderes mehrstufiges Verfahren läuft.</translation>
    </message>
    <message>
        <source>After AUTH XOAUTH2 or OAUTHBEARER it is the server&apos;s error document (base64 JSON): the token was refused, and the next line of the transcript says why.</source>
        <translation>Nach AUTH XOAUTH2 oder OAUTHBEARER ist es das Fehlerdokument des Servers (Base64-JSON): das Token wurde abgelehnt, und die nächste Zeile des Protokolls sagt, warum.</translation>
    </message>
    <message>
        <source>Send the next sign-in line.</source>
        <translation>Senden Sie die nächste Anmeldezeile.</translation>
    </message>
    <message>
        <source>Ready for the message</source>
        <translation>Bereit für die Nachricht</translation>
    </message>
    <message>
        <source>The server waits for the message: headers, body, and a line with a single dot at the end.</source>
        <translation>Der Server wartet auf die Nachricht: Header, Text und am Ende eine Zeile mit einem einzelnen Punkt.</translation>
    </message>
    <message>
        <source>DATA was accepted because at least one recipient was accepted.</source>
        <translation>DATA wurde angenommen, weil mindestens ein Empfänger angenommen wurde.</translation>
    </message>
    <message>
        <source>Send the message and end it with &lt;CRLF&gt;.&lt;CRLF&gt;.</source>
        <translation>Senden Sie die Nachricht und beenden Sie sie mit &lt;CRLF&gt;.&lt;CRLF&gt;.</translation>
    </message>
    <message>
        <source>Service not available</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>The server is closing the connection: it cannot serve now.</source>
        <translation>Der Server schließt die Verbindung: er kann gerade nicht bedienen.</translation>
    </message>
    <message>
        <source>The server is overloaded, restarting or under maintenance.</source>
        <translation>Der Server ist überlastet, startet neu oder wird gewartet.</translation>
    </message>
    <message>
        <source>It limits connections from your IP address (too many, or too fast).</source>
        <translation>Er begrenzt Verbindungen von Ihrer IP-Adresse (zu viele oder zu schnell).</translation>
    </message>
    <message>
        <source>An idle timeout: the client waited too long between commands.</source>
        <translation>Eine Zeitüberschreitung im Leerlauf: der Client hat zwischen Befehlen zu lange gewartet.</translation>
    </message>
    <message>
        <source>Retry later or try another MX of the domain.</source>
        <translation>Versuchen Sie es später noch einmal oder mit einem anderen MX der Domain.</translation>
    </message>
    <message>
        <source>If it happens every time, ask the administrator whether your IP is limited.</source>
        <translation>Wenn es jedes Mal passiert, fragen Sie den Administrator, ob Ihre IP begrenzt wird.</translation>
    </message>
    <message>
        <source>Password transition needed</source>
        <translation>Passwortwechsel nötig</translation>
    </message>
    <message>
        <source>The account needs a password change before it can sign in this way.</source>
        <translation>Das Konto braucht eine Passwortänderung, bevor es sich auf diese Weise anmelden kann.</translation>
    </message>
    <message>
        <source>The password expired or must be changed after a reset.</source>
        <translation>Das Passwort ist abgelaufen oder muss nach einem Zurücksetzen geändert werden.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s web page, change the password, then retry.</source>
        <translation>Melden Sie sich auf der Webseite des Anbieters an, ändern Sie das Passwort und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Mailbox temporarily unavailable</source>
        <translation>Postfach vorübergehend nicht verfügbar</translation>
    </message>
    <message>
        <source>The mailbox or the request is temporarily not available.</source>
        <translation>Das Postfach oder die Anfrage ist vorübergehend nicht verfügbar.</translation>
    </message>
    <message>
        <source>Greylisting: the server asks first-time senders to come back later.</source>
        <translation>Greylisting: der Server bittet Erstabsender, später wiederzukommen.</translation>
    </message>
    <message>
        <source>The mailbox is busy or locked.</source>
        <translation>Das Postfach ist belegt oder gesperrt.</translation>
    </message>
    <message>
        <source>Retry after a few minutes; a real mail server retries by itself.</source>
        <translation>Versuchen Sie es nach einigen Minuten erneut; ein echter Mailserver wiederholt von selbst.</translation>
    </message>
    <message>
        <source>If it lasts more than a day, ask the receiving administrator.</source>
        <translation>Wenn es länger als einen Tag dauert, fragen Sie den Administrator der Empfängerseite.</translation>
    </message>
    <message>
        <source>Local error in processing</source>
        <translation>Lokaler Verarbeitungsfehler</translation>
    </message>
    <message>
        <source>The server had a temporary problem handling the request.</source>
        <translation>Der Server hatte ein vorübergehendes Problem bei der Bearbeitung der Anfrage.</translation>
    </message>
    <message>
        <source>A temporary error on the server (storage, DNS or a filter).</source>
        <translation>Ein vorübergehender Fehler auf dem Server (Speicher, DNS oder ein Filter).</translation>
    </message>
    <message>
        <source>Greylisting on some servers.</source>
        <translation>Greylisting auf manchen Servern.</translation>
    </message>
    <message>
        <source>Retry later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>If it persists, give the receiving administrator the exact reply.</source>
        <translation>Wenn es anhält, geben Sie dem Administrator der Empfängerseite die genaue Antwort.</translation>
    </message>
    <message>
        <source>Insufficient system storage</source>
        <translation>Unzureichender Systemspeicher</translation>
    </message>
    <message>
        <source>The server is out of storage or resources for now.</source>
        <translation>Dem Server fehlen gerade Speicher oder Ressourcen.</translation>
    </message>
    <message>
        <source>The server&apos;s disk or queue is full.</source>
        <translation>Die Festplatte oder die Warteschlange des Servers ist voll.</translation>
    </message>
    <message>
        <source>Too many recipients in this message (some servers use 452 for that).</source>
        <translation>Zu viele Empfänger in dieser Nachricht (manche Server verwenden dafür 452).</translation>
    </message>
    <message>
        <source>Retry later, or send to fewer recipients at once.</source>
        <translation>Versuchen Sie es später erneut, oder senden Sie an weniger Empfänger auf einmal.</translation>
    </message>
    <message>
        <source>Temporarily unavailable (TLS or sign-in)</source>
        <translation>Vorübergehend nicht verfügbar (TLS oder Anmeldung)</translation>
    </message>
    <message>
        <source>The server cannot start TLS or check the sign-in right now.</source>
        <translation>Der Server kann TLS gerade nicht starten oder die Anmeldung nicht prüfen.</translation>
    </message>
    <message>
        <source>A temporary problem with the server&apos;s certificate or authentication back end.</source>
        <translation>Ein vorübergehendes Problem mit dem Zertifikat des Servers oder dem Authentifizierungs-Backend.</translation>
    </message>
    <message>
        <source>Retry later; tell the administrator if it persists.</source>
        <translation>Versuchen Sie es später erneut; melden Sie es dem Administrator, wenn es anhält.</translation>
    </message>
    <message>
        <source>Parameters not accepted now</source>
        <translation>Parameter derzeit nicht angenommen</translation>
    </message>
    <message>
        <source>The server cannot accept the command&apos;s parameters at the moment.</source>
        <translation>Der Server kann die Parameter des Befehls im Moment nicht annehmen.</translation>
    </message>
    <message>
        <source>A MAIL or RCPT parameter the server cannot serve now.</source>
        <translation>Ein MAIL- oder RCPT-Parameter, den der Server gerade nicht bedienen kann.</translation>
    </message>
    <message>
        <source>Retry later or without the extra parameters.</source>
        <translation>Versuchen Sie es später erneut oder ohne die zusätzlichen Parameter.</translation>
    </message>
    <message>
        <source>Command not recognised</source>
        <translation>Befehl nicht erkannt</translation>
    </message>
    <message>
        <source>The server did not understand the command.</source>
        <translation>Der Server hat den Befehl nicht verstanden.</translation>
    </message>
    <message>
        <source>A line was too long, or backspace characters were sent from a terminal.</source>
        <translation>Eine Zeile war zu lang, oder es wurden Rücktaste-Zeichen von einem Terminal gesendet.</translation>
    </message>
    <message>
        <source>Check the command spelling and retype it without corrections.</source>
        <translation>Prüfen Sie die Schreibweise des Befehls und tippen Sie ihn ohne Korrekturen neu.</translation>
    </message>
    <message>
        <source>Make sure the client speaks SMTP on this port (not TLS or HTTP).</source>
        <translation>Stellen Sie sicher, dass der Client auf diesem Port SMTP spricht (nicht TLS oder HTTP).</translation>
    </message>
    <message>
        <source>Syntax error in parameters</source>
        <translation>Syntaxfehler in Parametern</translation>
    </message>
    <message>
        <source>The command was recognised but its parameters are wrong.</source>
        <translation>Der Befehl wurde erkannt, aber seine Parameter sind falsch.</translation>
    </message>
    <message>
        <source>A malformed address, domain or parameter.</source>
        <translation>Eine fehlerhafte Adresse, Domain oder ein fehlerhafter Parameter.</translation>
    </message>
    <message>
        <source>Check the argument of the command.</source>
        <translation>Prüfen Sie das Argument des Befehls.</translation>
    </message>
    <message>
        <source>Command not implemented</source>
        <translation>Befehl nicht implementiert</translation>
    </message>
    <message>
        <source>The server does not support this command.</source>
        <translation>Der Server unterstützt diesen Befehl nicht.</translation>
    </message>
    <message>
        <source>An optional command (for example VRFY, ETRN or HELP) is switched off.</source>
        <translation>Ein optionaler Befehl (zum Beispiel VRFY, ETRN oder HELP) ist abgeschaltet.</translation>
    </message>
    <message>
        <source>Use only the commands the server advertises in its EHLO reply.</source>
        <translation>Verwenden Sie nur die Befehle, die der Server in seiner EHLO-Antwort anbietet.</translation>
    </message>
    <message>
        <source>Bad sequence of commands</source>
        <translation>Falsche Befehlsreihenfolge</translation>
    </message>
    <message>
        <source>The command came in the wrong order.</source>
        <translation>Der Befehl kam in der falschen Reihenfolge.</translation>
    </message>
    <message>
        <source>A command was sent before the one it depends on (for example RCPT before MAIL).</source>
        <translation>Ein Befehl wurde vor dem gesendet, von dem er abhängt (zum Beispiel RCPT vor MAIL).</translation>
    </message>
    <message>
        <source>Follow the order EHLO, (STARTTLS, AUTH), MAIL FROM, RCPT TO, DATA.</source>
        <translation>Halten Sie die Reihenfolge EHLO, (STARTTLS, AUTH), MAIL FROM, RCPT TO, DATA ein.</translation>
    </message>
    <message>
        <source>Parameter not implemented</source>
        <translation>Parameter nicht implementiert</translation>
    </message>
    <message>
        <source>The server does not support a parameter of the command.</source>
        <translation>Der Server unterstützt einen Parameter des Befehls nicht.</translation>
    </message>
    <message>
        <source>An unsupported option or mechanism name.</source>
        <translation>Eine nicht unterstützte Option oder ein unbekannter Verfahrensname.</translation>
    </message>
    <message>
        <source>Use only options the server advertises.</source>
        <translation>Verwenden Sie nur Optionen, die der Server anbietet.</translation>
    </message>
    <message>
        <source>Host does not accept mail</source>
        <translation>Host nimmt keine Mail an</translation>
    </message>
    <message>
        <source>This server never accepts mail (RFC 7504).</source>
        <translation>Dieser Server nimmt nie Mail an (RFC 7504).</translation>
    </message>
    <message>
        <source>The host is not a mail server for anyone, on purpose.</source>
        <translation>Der Host ist absichtlich für niemanden ein Mailserver.</translation>
    </message>
    <message>
        <source>Check the domain&apos;s MX records: you may be talking to the wrong host.</source>
        <translation>Prüfen Sie die MX-Einträge der Domain: vielleicht sprechen Sie mit dem falschen Host.</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>The server requires signing in (or TLS) before this command.</source>
        <translation>Der Server verlangt vor diesem Befehl eine Anmeldung (oder TLS).</translation>
    </message>
    <message>
        <source>The server does not accept anonymous submissions.</source>
        <translation>Der Server nimmt keine anonymen Einlieferungen an.</translation>
    </message>
    <message>
        <source>A submission port that needs AUTH.</source>
        <translation>Ein Einlieferungsport, der AUTH braucht.</translation>
    </message>
    <message>
        <source>Sign in with a user name and password (usually on port 587 with STARTTLS).</source>
        <translation>Melden Sie sich mit Benutzername und Passwort an (meist auf Port 587 mit STARTTLS).</translation>
    </message>
    <message>
        <source>Sign-in mechanism too weak</source>
        <translation>Anmeldeverfahren zu schwach</translation>
    </message>
    <message>
        <source>The chosen sign-in mechanism is not strong enough for this account.</source>
        <translation>Das gewählte Anmeldeverfahren ist für dieses Konto nicht stark genug.</translation>
    </message>
    <message>
        <source>A password mechanism where the server wants a stronger one or OAuth.</source>
        <translation>Ein Passwortverfahren, wo der Server ein stärkeres oder OAuth möchte.</translation>
    </message>
    <message>
        <source>Use another mechanism or an app password.</source>
        <translation>Verwenden Sie ein anderes Verfahren oder ein App-Passwort.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The user name or the password was not accepted.</source>
        <translation>Benutzername oder Passwort wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>A wrong password or user name.</source>
        <translation>Ein falsches Passwort oder ein falscher Benutzername.</translation>
    </message>
    <message>
        <source>Password sign-in is disabled for the account.</source>
        <translation>Die Anmeldung mit Passwort ist für das Konto deaktiviert.</translation>
    </message>
    <message>
        <source>Encryption required for sign-in</source>
        <translation>Verschlüsselung für die Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>This sign-in mechanism is only allowed over TLS.</source>
        <translation>Dieses Anmeldeverfahren ist nur über TLS erlaubt.</translation>
    </message>
    <message>
        <source>Sign-in was attempted on an unencrypted connection.</source>
        <translation>Die Anmeldung wurde über eine unverschlüsselte Verbindung versucht.</translation>
    </message>
    <message>
        <source>Start TLS first, then sign in.</source>
        <translation>Starten Sie zuerst TLS und melden Sie sich dann an.</translation>
    </message>
    <message>
        <source>Requested action not taken</source>
        <translation>Angeforderte Aktion nicht ausgeführt</translation>
    </message>
    <message>
        <source>The server refused the request permanently.</source>
        <translation>Der Server hat die Anfrage dauerhaft abgelehnt.</translation>
    </message>
    <message>
        <source>The address does not exist or is not allowed, or a policy refused it.</source>
        <translation>Die Adresse existiert nicht oder ist nicht erlaubt, oder eine Richtlinie hat sie abgelehnt.</translation>
    </message>
    <message>
        <source>Read the reply text for the specific reason.</source>
        <translation>Lesen Sie im Antworttext den genauen Grund nach.</translation>
    </message>
    <message>
        <source>User not local</source>
        <translation>Benutzer nicht lokal</translation>
    </message>
    <message>
        <source>The recipient is not here; the server names another path and will not forward.</source>
        <translation>Der Empfänger ist nicht hier; der Server nennt einen anderen Weg und leitet nicht weiter.</translation>
    </message>
    <message>
        <source>The person moved to another address.</source>
        <translation>Die Person ist an eine andere Adresse umgezogen.</translation>
    </message>
    <message>
        <source>Send to the address the server mentions.</source>
        <translation>Senden Sie an die Adresse, die der Server nennt.</translation>
    </message>
    <message>
        <source>Storage allocation exceeded</source>
        <translation>Speicherplatz überschritten</translation>
    </message>
    <message>
        <source>The request exceeds a storage limit.</source>
        <translation>Die Anfrage überschreitet eine Speichergrenze.</translation>
    </message>
    <message>
        <source>The message is too large, or the mailbox is full.</source>
        <translation>Die Nachricht ist zu groß, oder das Postfach ist voll.</translation>
    </message>
    <message>
        <source>Send a smaller message; check the recipient&apos;s mailbox space.</source>
        <translation>Senden Sie eine kleinere Nachricht; prüfen Sie den Speicherplatz im Postfach des Empfängers.</translation>
    </message>
    <message>
        <source>Mailbox name not allowed</source>
        <translation>Postfachname nicht erlaubt</translation>
    </message>
    <message>
        <source>The address is not allowed as written.</source>
        <translation>Die Adresse ist so, wie sie geschrieben ist, nicht erlaubt.</translation>
    </message>
    <message>
        <source>An invalid or forbidden address.</source>
        <translation>Eine ungültige oder verbotene Adresse.</translation>
    </message>
    <message>
        <source>Check the address.</source>
        <translation>Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Transaction failed</source>
        <translation>Transaktion fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server refused the transaction.</source>
        <translation>Der Server hat die Transaktion abgelehnt.</translation>
    </message>
    <message>
        <source>A policy or anti-spam rule.</source>
        <translation>Eine Richtlinien- oder Anti-Spam-Regel.</translation>
    </message>
    <message>
        <source>Read the reply text for the rule that was hit.</source>
        <translation>Lesen Sie im Antworttext nach, welche Regel gegriffen hat.</translation>
    </message>
    <message>
        <source>Parameters not recognised</source>
        <translation>Parameter nicht erkannt</translation>
    </message>
    <message>
        <source>The server does not know a MAIL FROM or RCPT TO parameter.</source>
        <translation>Der Server kennt einen Parameter von MAIL FROM oder RCPT TO nicht.</translation>
    </message>
    <message>
        <source>A parameter such as SIZE, BODY or NOTIFY that the server did not advertise.</source>
        <translation>Ein Parameter wie SIZE, BODY oder NOTIFY, den der Server nicht angeboten hat.</translation>
    </message>
    <message>
        <source>Send the command without the extra parameter.</source>
        <translation>Senden Sie den Befehl ohne den zusätzlichen Parameter.</translation>
    </message>
    <message>
        <source>Domain does not accept mail</source>
        <translation>Domain nimmt keine Mail an</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept mail at all (RFC 7504).</source>
        <translation>Die Domain des Empfängers nimmt überhaupt keine Mail an (RFC 7504).</translation>
    </message>
    <message>
        <source>The domain publishes a null MX (RFC 7505).</source>
        <translation>Die Domain veröffentlicht einen Null-MX (RFC 7505).</translation>
    </message>
    <message>
        <source>Ask the recipient for an address that receives mail.</source>
        <translation>Fragen Sie den Empfänger nach einer Adresse, die Mail empfängt.</translation>
    </message>
    <message>
        <source>Ready to start TLS</source>
        <translation>Bereit für TLS</translation>
    </message>
    <message>
        <source>The server agreed to STARTTLS; the TLS handshake follows.</source>
        <translation>Der Server hat STARTTLS zugestimmt; der TLS-Handshake folgt.</translation>
    </message>
    <message>
        <source>STARTTLS was accepted.</source>
        <translation>STARTTLS wurde angenommen.</translation>
    </message>
    <message>
        <source>Nothing to do; the connection is encrypted next.</source>
        <translation>Nichts zu tun; die Verbindung wird als Nächstes verschlüsselt.</translation>
    </message>
    <message>
        <source>Server ready</source>
        <translation>Server bereit</translation>
    </message>
    <message>
        <source>The server greeted the client and is ready for EHLO.</source>
        <translation>Der Server hat den Client begrüßt und ist bereit für EHLO.</translation>
    </message>
    <message>
        <source>The mail service is running and accepts the connection.</source>
        <translation>Der Maildienst läuft und nimmt die Verbindung an.</translation>
    </message>
    <message>
        <source>Greeting accepted</source>
        <translation>Begrüßung angenommen</translation>
    </message>
    <message>
        <source>The server accepted EHLO and listed the extensions it supports.</source>
        <translation>Der Server hat EHLO angenommen und die unterstützten Erweiterungen aufgelistet.</translation>
    </message>
    <message>
        <source>The EHLO name was accepted.</source>
        <translation>Der EHLO-Name wurde angenommen.</translation>
    </message>
    <message>
        <source>Sender accepted</source>
        <translation>Absender angenommen</translation>
    </message>
    <message>
        <source>The server accepted the sender address.</source>
        <translation>Der Server hat die Absenderadresse angenommen.</translation>
    </message>
    <message>
        <source>The sender is allowed from this client.</source>
        <translation>Der Absender ist von diesem Client aus erlaubt.</translation>
    </message>
    <message>
        <source>Recipient accepted</source>
        <translation>Empfänger angenommen</translation>
    </message>
    <message>
        <source>The server accepted the recipient.</source>
        <translation>Der Server hat den Empfänger angenommen.</translation>
    </message>
    <message>
        <source>The recipient exists or the server accepts all addresses for later checks.</source>
        <translation>Der Empfänger existiert, oder der Server nimmt alle Adressen zur späteren Prüfung an.</translation>
    </message>
    <message>
        <source>Nothing to do; note that some servers accept first and bounce later.</source>
        <translation>Nichts zu tun; beachten Sie, dass manche Server erst annehmen und später eine Unzustellbarkeitsnachricht schicken.</translation>
    </message>
    <message>
        <source>Message accepted</source>
        <translation>Nachricht angenommen</translation>
    </message>
    <message>
        <source>The server took responsibility for delivering the message.</source>
        <translation>Der Server hat die Verantwortung für die Zustellung der Nachricht übernommen.</translation>
    </message>
    <message>
        <source>The whole message was received and passed the server&apos;s checks.</source>
        <translation>Die ganze Nachricht wurde empfangen und hat die Prüfungen des Servers bestanden.</translation>
    </message>
    <message>
        <source>Check that it arrived in the mailbox (and not in the spam folder).</source>
        <translation>Prüfen Sie, ob sie im Postfach angekommen ist (und nicht im Spam-Ordner).</translation>
    </message>
    <message>
        <source>Service not available at connection</source>
        <translation>Dienst beim Verbindungsaufbau nicht verfügbar</translation>
    </message>
    <message>
        <source>The server refuses to start a session now and closes the connection.</source>
        <translation>Der Server verweigert gerade den Beginn einer Sitzung und schließt die Verbindung.</translation>
    </message>
    <message>
        <source>Too many connections, or your IP address is rate-limited or blocklisted.</source>
        <translation>Zu viele Verbindungen, oder Ihre IP-Adresse ist gedrosselt oder steht auf einer Sperrliste.</translation>
    </message>
    <message>
        <source>The server is overloaded or under maintenance.</source>
        <translation>Der Server ist überlastet oder wird gewartet.</translation>
    </message>
    <message>
        <source>Retry later or try another MX.</source>
        <translation>Versuchen Sie es später erneut oder mit einem anderen MX.</translation>
    </message>
    <message>
        <source>Check whether your IP is on a blocklist.</source>
        <translation>Prüfen Sie, ob Ihre IP auf einer Sperrliste steht.</translation>
    </message>
    <message>
        <source>Sender temporarily refused</source>
        <translation>Absender vorübergehend abgelehnt</translation>
    </message>
    <message>
        <source>The server could not accept the sender now.</source>
        <translation>Der Server konnte den Absender gerade nicht annehmen.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain could not be checked in DNS just now.</source>
        <translation>Die Domain des Absenders konnte gerade nicht im DNS geprüft werden.</translation>
    </message>
    <message>
        <source>Greylisting keyed on the sender.</source>
        <translation>Greylisting anhand des Absenders.</translation>
    </message>
    <message>
        <source>Retry later; check that the sender&apos;s domain has MX records.</source>
        <translation>Versuchen Sie es später erneut; prüfen Sie, ob die Domain des Absenders MX-Einträge hat.</translation>
    </message>
    <message>
        <source>Temporarily refused, try again later</source>
        <translation>Vorübergehend abgelehnt, später erneut versuchen</translation>
    </message>
    <message>
        <source>The server asks to retry later; this is how greylisting looks.</source>
        <translation>Der Server bittet, es später erneut zu versuchen; so sieht Greylisting aus.</translation>
    </message>
    <message>
        <source>Greylisting: first-time sender, IP and recipient are told to come back later.</source>
        <translation>Greylisting: Erstabsender, IP und Empfänger werden gebeten, später wiederzukommen.</translation>
    </message>
    <message>
        <source>A temporary lookup failure on the server.</source>
        <translation>Ein vorübergehender Abfragefehler auf dem Server.</translation>
    </message>
    <message>
        <source>If it never passes, ask the administrator to allow your server.</source>
        <translation>Wenn es nie durchgeht, bitten Sie den Administrator, Ihren Server zuzulassen.</translation>
    </message>
    <message>
        <source>Message temporarily not accepted</source>
        <translation>Nachricht vorübergehend nicht angenommen</translation>
    </message>
    <message>
        <source>The server could not process the message now.</source>
        <translation>Der Server konnte die Nachricht gerade nicht verarbeiten.</translation>
    </message>
    <message>
        <source>A content filter or storage back end was unavailable.</source>
        <translation>Ein Inhaltsfilter oder das Speicher-Backend war nicht verfügbar.</translation>
    </message>
    <message>
        <source>Too many recipients or no storage</source>
        <translation>Zu viele Empfänger oder kein Speicher</translation>
    </message>
    <message>
        <source>The server refuses more recipients for now.</source>
        <translation>Der Server lehnt vorerst weitere Empfänger ab.</translation>
    </message>
    <message>
        <source>Too many recipients in one message.</source>
        <translation>Zu viele Empfänger in einer Nachricht.</translation>
    </message>
    <message>
        <source>The server is low on storage.</source>
        <translation>Der Server hat wenig Speicher.</translation>
    </message>
    <message>
        <source>Send the remaining recipients in another message.</source>
        <translation>Senden Sie die übrigen Empfänger in einer weiteren Nachricht.</translation>
    </message>
    <message>
        <source>Temporary sign-in failure</source>
        <translation>Vorübergehender Anmeldefehler</translation>
    </message>
    <message>
        <source>The server could not check the sign-in right now.</source>
        <translation>Der Server konnte die Anmeldung gerade nicht prüfen.</translation>
    </message>
    <message>
        <source>The authentication back end (directory, database) is unavailable.</source>
        <translation>Das Authentifizierungs-Backend (Verzeichnis, Datenbank) ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>TLS not available</source>
        <translation>TLS nicht verfügbar</translation>
    </message>
    <message>
        <source>The server cannot start TLS right now.</source>
        <translation>Der Server kann TLS gerade nicht starten.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate or key is missing or unreadable.</source>
        <translation>Zertifikat oder Schlüssel des Servers fehlt oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>A temporary TLS problem on the server.</source>
        <translation>Ein vorübergehendes TLS-Problem auf dem Server.</translation>
    </message>
    <message>
        <source>Retry later; tell the administrator that STARTTLS fails.</source>
        <translation>Versuchen Sie es später erneut; melden Sie dem Administrator, dass STARTTLS fehlschlägt.</translation>
    </message>
    <message>
        <source>Sign-in line too long or not understood</source>
        <translation>Anmeldezeile zu lang oder nicht verstanden</translation>
    </message>
    <message>
        <source>The server did not accept a line of the sign-in.</source>
        <translation>Der Server hat eine Zeile der Anmeldung nicht angenommen.</translation>
    </message>
    <message>
        <source>A sign-in line was too long (RFC 4954: 500 5.5.6).</source>
        <translation>Eine Anmeldezeile war zu lang (RFC 4954: 500 5.5.6).</translation>
    </message>
    <message>
        <source>The base64 text was malformed.</source>
        <translation>Der Base64-Text war fehlerhaft.</translation>
    </message>
    <message>
        <source>Use another mechanism or check the client.</source>
        <translation>Verwenden Sie ein anderes Verfahren oder prüfen Sie den Client.</translation>
    </message>
    <message>
        <source>Invalid domain name</source>
        <translation>Ungültiger Domainname</translation>
    </message>
    <message>
        <source>The server refused the name given with EHLO or HELO.</source>
        <translation>Der Server hat den mit EHLO oder HELO angegebenen Namen abgelehnt.</translation>
    </message>
    <message>
        <source>There are invalid characters in the domain name.</source>
        <translation>Der Domainname enthält ungültige Zeichen.</translation>
    </message>
    <message>
        <source>There are connection restrictions on the destination server.</source>
        <translation>Für den Zielserver gelten Verbindungsbeschränkungen.</translation>
    </message>
    <message>
        <source>The name is empty or not a fully qualified domain name.</source>
        <translation>Der Name ist leer oder kein vollqualifizierter Domainname.</translation>
    </message>
    <message>
        <source>Use a fully qualified name (mail.example.com) or an address literal like [192.0.2.1].</source>
        <translation>Verwenden Sie einen vollqualifizierten Namen (mail.example.com) oder ein Adressliteral wie [192.0.2.1].</translation>
    </message>
    <message>
        <source>Sender address syntax error</source>
        <translation>Syntaxfehler in der Absenderadresse</translation>
    </message>
    <message>
        <source>The server could not read the sender address.</source>
        <translation>Der Server konnte die Absenderadresse nicht lesen.</translation>
    </message>
    <message>
        <source>A syntax error in the sender&apos;s address.</source>
        <translation>Ein Syntaxfehler in der Adresse des Absenders.</translation>
    </message>
    <message>
        <source>Send MAIL FROM:&lt;you@example.com&gt; with the address in angle brackets.</source>
        <translation>Senden Sie MAIL FROM:&lt;you@example.com&gt; mit der Adresse in spitzen Klammern.</translation>
    </message>
    <message>
        <source>Recipient address syntax error</source>
        <translation>Syntaxfehler in der Empfängeradresse</translation>
    </message>
    <message>
        <source>The server could not read the recipient address.</source>
        <translation>Der Server konnte die Empfängeradresse nicht lesen.</translation>
    </message>
    <message>
        <source>A syntax error in the recipient&apos;s address.</source>
        <translation>Ein Syntaxfehler in der Adresse des Empfängers.</translation>
    </message>
    <message>
        <source>Send RCPT TO:&lt;user@example.com&gt; with the address in angle brackets.</source>
        <translation>Senden Sie RCPT TO:&lt;user@example.com&gt; mit der Adresse in spitzen Klammern.</translation>
    </message>
    <message>
        <source>STARTTLS syntax error</source>
        <translation>STARTTLS-Syntaxfehler</translation>
    </message>
    <message>
        <source>STARTTLS takes no parameters; the server refused the command as sent.</source>
        <translation>STARTTLS hat keine Parameter; der Server hat den Befehl in der gesendeten Form abgelehnt.</translation>
    </message>
    <message>
        <source>Something was sent after the word STARTTLS.</source>
        <translation>Nach dem Wort STARTTLS wurde noch etwas gesendet.</translation>
    </message>
    <message>
        <source>Send STARTTLS alone on its line.</source>
        <translation>Senden Sie STARTTLS allein in seiner Zeile.</translation>
    </message>
    <message>
        <source>Sign-in cancelled or unreadable</source>
        <translation>Anmeldung abgebrochen oder nicht lesbar</translation>
    </message>
    <message>
        <source>The server could not decode the sign-in data, or the client cancelled it.</source>
        <translation>Der Server konnte die Anmeldedaten nicht decodieren, oder der Client hat die Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>The client sent * to cancel.</source>
        <translation>Der Client hat * zum Abbrechen gesendet.</translation>
    </message>
    <message>
        <source>Check the client&apos;s sign-in settings and try again.</source>
        <translation>Prüfen Sie die Anmeldeeinstellungen des Clients und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>EHLO not supported</source>
        <translation>EHLO nicht unterstützt</translation>
    </message>
    <message>
        <source>The server does not support EHLO, only the old HELO.</source>
        <translation>Der Server unterstützt EHLO nicht, nur das alte HELO.</translation>
    </message>
    <message>
        <source>A very old or minimal server.</source>
        <translation>Ein sehr alter oder minimaler Server.</translation>
    </message>
    <message>
        <source>Use HELO; extensions such as STARTTLS and AUTH are then not available.</source>
        <translation>Verwenden Sie HELO; Erweiterungen wie STARTTLS und AUTH sind dann nicht verfügbar.</translation>
    </message>
    <message>
        <source>Sender given out of order</source>
        <translation>Absender zur falschen Zeit angegeben</translation>
    </message>
    <message>
        <source>The server did not expect MAIL FROM now.</source>
        <translation>Der Server hat MAIL FROM jetzt nicht erwartet.</translation>
    </message>
    <message>
        <source>EHLO was not sent first, or a transaction is already open.</source>
        <translation>EHLO wurde nicht zuerst gesendet, oder eine Transaktion ist bereits offen.</translation>
    </message>
    <message>
        <source>Some servers answer this way when sign-in is required first.</source>
        <translation>Manche Server antworten so, wenn zuerst eine Anmeldung nötig ist.</translation>
    </message>
    <message>
        <source>Send EHLO first, sign in if needed, then MAIL FROM.</source>
        <translation>Senden Sie zuerst EHLO, melden Sie sich bei Bedarf an, dann MAIL FROM.</translation>
    </message>
    <message>
        <source>Recipient given before the sender</source>
        <translation>Empfänger vor dem Absender angegeben</translation>
    </message>
    <message>
        <source>The server needs MAIL FROM before RCPT TO.</source>
        <translation>Der Server braucht MAIL FROM vor RCPT TO.</translation>
    </message>
    <message>
        <source>MAIL FROM was missing or refused.</source>
        <translation>MAIL FROM fehlte oder wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Send MAIL FROM first and check that it was accepted.</source>
        <translation>Senden Sie zuerst MAIL FROM und prüfen Sie, ob es angenommen wurde.</translation>
    </message>
    <message>
        <source>No valid recipients</source>
        <translation>Keine gültigen Empfänger</translation>
    </message>
    <message>
        <source>The server refuses DATA because no recipient was accepted.</source>
        <translation>Der Server lehnt DATA ab, weil kein Empfänger angenommen wurde.</translation>
    </message>
    <message>
        <source>Every RCPT TO was refused.</source>
        <translation>Jedes RCPT TO wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Fix the recipients first; look at the RCPT replies.</source>
        <translation>Korrigieren Sie zuerst die Empfänger; sehen Sie sich die RCPT-Antworten an.</translation>
    </message>
    <message>
        <source>Sign-in not possible now</source>
        <translation>Anmeldung jetzt nicht möglich</translation>
    </message>
    <message>
        <source>The server does not accept AUTH at this point.</source>
        <translation>Der Server nimmt AUTH an dieser Stelle nicht an.</translation>
    </message>
    <message>
        <source>Already signed in, or a mail transaction is open.</source>
        <translation>Bereits angemeldet, oder eine Mailtransaktion ist offen.</translation>
    </message>
    <message>
        <source>AUTH is only offered after STARTTLS.</source>
        <translation>AUTH wird erst nach STARTTLS angeboten.</translation>
    </message>
    <message>
        <source>Sign in right after EHLO (and after STARTTLS).</source>
        <translation>Melden Sie sich direkt nach EHLO an (und nach STARTTLS).</translation>
    </message>
    <message>
        <source>Sign-in mechanism not supported</source>
        <translation>Anmeldeverfahren nicht unterstützt</translation>
    </message>
    <message>
        <source>The server does not support the chosen sign-in mechanism.</source>
        <translation>Der Server unterstützt das gewählte Anmeldeverfahren nicht.</translation>
    </message>
    <message>
        <source>The client picked a mechanism the server did not advertise.</source>
        <translation>Der Client hat ein Verfahren gewählt, das der Server nicht angeboten hat.</translation>
    </message>
    <message>
        <source>Use one of the mechanisms listed after AUTH in the EHLO reply.</source>
        <translation>Verwenden Sie eines der Verfahren, die in der EHLO-Antwort nach AUTH aufgeführt sind.</translation>
    </message>
    <message>
        <source>EHLO name refused</source>
        <translation>EHLO-Name abgelehnt</translation>
    </message>
    <message>
        <source>The server refuses the name given with EHLO.</source>
        <translation>Der Server lehnt den mit EHLO angegebenen Namen ab.</translation>
    </message>
    <message>
        <source>The name is not a fully qualified domain name.</source>
        <translation>Der Name ist kein vollqualifizierter Domainname.</translation>
    </message>
    <message>
        <source>Use the server&apos;s full DNS name as EHLO name.</source>
        <translation>Verwenden Sie den vollständigen DNS-Namen des Servers als EHLO-Namen.</translation>
    </message>
    <message>
        <source>Sender refused</source>
        <translation>Absender abgelehnt</translation>
    </message>
    <message>
        <source>The server does not accept mail from this sender address.</source>
        <translation>Der Server nimmt keine Mail von dieser Absenderadresse an.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain does not exist or is not allowed here.</source>
        <translation>Die Domain des Absenders existiert nicht oder ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>The sender must sign in, or is blocked by a policy.</source>
        <translation>Der Absender muss sich anmelden oder wird durch eine Richtlinie gesperrt.</translation>
    </message>
    <message>
        <source>Use a valid sender address of a domain you own; sign in if needed.</source>
        <translation>Verwenden Sie eine gültige Absenderadresse einer Domain, die Ihnen gehört; melden Sie sich bei Bedarf an.</translation>
    </message>
    <message>
        <source>Recipient refused</source>
        <translation>Empfänger abgelehnt</translation>
    </message>
    <message>
        <source>The server does not accept mail for this recipient: the mailbox is unavailable.</source>
        <translation>Der Server nimmt keine Mail für diesen Empfänger an: das Postfach ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server does not relay for the recipient&apos;s domain.</source>
        <translation>Der Server leitet nicht für die Domain des Empfängers weiter.</translation>
    </message>
    <message>
        <source>A policy blocks this sender for this recipient.</source>
        <translation>Eine Richtlinie sperrt diesen Absender für diesen Empfänger.</translation>
    </message>
    <message>
        <source>Make sure you connect to the recipient domain&apos;s own MX.</source>
        <translation>Stellen Sie sicher, dass Sie sich mit dem eigenen MX der Empfängerdomain verbinden.</translation>
    </message>
    <message>
        <source>Message refused</source>
        <translation>Nachricht abgelehnt</translation>
    </message>
    <message>
        <source>The server refused the message after seeing it.</source>
        <translation>Der Server hat die Nachricht abgelehnt, nachdem er sie gesehen hat.</translation>
    </message>
    <message>
        <source>Content filters judged it spam or dangerous.</source>
        <translation>Inhaltsfilter haben sie als Spam oder gefährlich eingestuft.</translation>
    </message>
    <message>
        <source>Sender authentication (SPF, DKIM, DMARC) failed.</source>
        <translation>Die Absenderauthentifizierung (SPF, DKIM, DMARC) ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Send a plain test message; check SPF, DKIM and DMARC of the sender&apos;s domain.</source>
        <translation>Senden Sie eine einfache Testnachricht; prüfen Sie SPF, DKIM und DMARC der Absenderdomain.</translation>
    </message>
    <message>
        <source>Connection refused by policy</source>
        <translation>Verbindung durch Richtlinie abgelehnt</translation>
    </message>
    <message>
        <source>The server does not accept mail from this client at all.</source>
        <translation>Der Server nimmt von diesem Client überhaupt keine Mail an.</translation>
    </message>
    <message>
        <source>Your IP address is blocked or on a blocklist.</source>
        <translation>Ihre IP-Adresse ist gesperrt oder steht auf einer Sperrliste.</translation>
    </message>
    <message>
        <source>Check your IP on public blocklists; send through your provider&apos;s server.</source>
        <translation>Prüfen Sie Ihre IP auf öffentlichen Sperrlisten; senden Sie über den Server Ihres Anbieters.</translation>
    </message>
    <message>
        <source>Mailbox full or too many recipients</source>
        <translation>Postfach voll oder zu viele Empfänger</translation>
    </message>
    <message>
        <source>The server refuses the recipient because of a storage limit.</source>
        <translation>Der Server lehnt den Empfänger wegen einer Speichergrenze ab.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over quota.</source>
        <translation>Das Postfach des Empfängers hat sein Kontingent überschritten.</translation>
    </message>
    <message>
        <source>Too many recipients for one message.</source>
        <translation>Zu viele Empfänger für eine Nachricht.</translation>
    </message>
    <message>
        <source>Ask the recipient, by phone or another address, to make room in the mailbox, then send the message again.</source>
        <translation>Bitten Sie den Empfänger telefonisch oder über eine andere Adresse, Platz im Postfach zu schaffen, und senden Sie die Nachricht dann erneut.</translation>
    </message>
    <message>
        <source>If the message had many recipients, send it to fewer at a time.</source>
        <translation>Hatte die Nachricht viele Empfänger, senden Sie sie an weniger auf einmal.</translation>
    </message>
    <message>
        <source>Message too large</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <source>The message exceeds the server&apos;s size limit.</source>
        <translation>Die Nachricht überschreitet die Größengrenze des Servers.</translation>
    </message>
    <message>
        <source>Large attachments.</source>
        <translation>Große Anhänge.</translation>
    </message>
    <message>
        <source>The SIZE declared with MAIL FROM is over the advertised limit.</source>
        <translation>Die mit MAIL FROM angegebene SIZE liegt über der angebotenen Grenze.</translation>
    </message>
    <message>
        <source>Check the SIZE in the EHLO reply; send large files as links.</source>
        <translation>Prüfen Sie SIZE in der EHLO-Antwort; senden Sie große Dateien als Links.</translation>
    </message>
    <message>
        <source>Sender address not allowed</source>
        <translation>Absenderadresse nicht erlaubt</translation>
    </message>
    <message>
        <source>The server does not allow this sender address.</source>
        <translation>Der Server erlaubt diese Absenderadresse nicht.</translation>
    </message>
    <message>
        <source>The address is malformed, or you may not send as this address.</source>
        <translation>Die Adresse ist fehlerhaft, oder Sie dürfen nicht unter dieser Adresse senden.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain does not exist.</source>
        <translation>Die Domain des Absenders existiert nicht.</translation>
    </message>
    <message>
        <source>Use the address of the account you signed in with.</source>
        <translation>Verwenden Sie die Adresse des Kontos, mit dem Sie sich angemeldet haben.</translation>
    </message>
    <message>
        <source>Recipient address not allowed</source>
        <translation>Empfängeradresse nicht erlaubt</translation>
    </message>
    <message>
        <source>The server does not allow this recipient address.</source>
        <translation>Der Server erlaubt diese Empfängeradresse nicht.</translation>
    </message>
    <message>
        <source>The address is malformed or the mailbox name is not allowed.</source>
        <translation>Die Adresse ist fehlerhaft oder der Postfachname ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>No SMTP service here</source>
        <translation>Hier kein SMTP-Dienst</translation>
    </message>
    <message>
        <source>The server refuses to talk to this client.</source>
        <translation>Der Server verweigert das Gespräch mit diesem Client.</translation>
    </message>
    <message>
        <source>Your IP address is blocklisted or not allowed.</source>
        <translation>Ihre IP-Adresse steht auf einer Sperrliste oder ist nicht zugelassen.</translation>
    </message>
    <message>
        <source>The host is not a mail server for you.</source>
        <translation>Der Host ist für Sie kein Mailserver.</translation>
    </message>
    <message>
        <source>Check the IP on blocklists; use the correct MX.</source>
        <translation>Prüfen Sie die IP auf Sperrlisten; verwenden Sie den richtigen MX.</translation>
    </message>
    <message>
        <source>Recipient refused (relaying or policy)</source>
        <translation>Empfänger abgelehnt (Relaying oder Richtlinie)</translation>
    </message>
    <message>
        <source>The server refused the recipient, usually because it does not relay for the recipient&apos;s domain.</source>
        <translation>Der Server hat den Empfänger abgelehnt, meist weil er für die Domain des Empfängers nicht weiterleitet.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain is not hosted on this server and you did not sign in.</source>
        <translation>Die Domain des Empfängers liegt nicht auf diesem Server, und Sie haben sich nicht angemeldet.</translation>
    </message>
    <message>
        <source>A policy rule for this recipient.</source>
        <translation>Eine Richtlinienregel für diesen Empfänger.</translation>
    </message>
    <message>
        <source>Sign in to send through your own server, or connect to the recipient domain&apos;s MX.</source>
        <translation>Melden Sie sich an, um über Ihren eigenen Server zu senden, oder verbinden Sie sich mit dem MX der Empfängerdomain.</translation>
    </message>
    <message>
        <source>The server refused the message content.</source>
        <translation>Der Server hat den Inhalt der Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>Send a plain test message; check the sender domain&apos;s authentication.</source>
        <translation>Senden Sie eine einfache Testnachricht; prüfen Sie die Authentifizierung der Absenderdomain.</translation>
    </message>
    <message>
        <source>Recipient domain does not accept mail</source>
        <translation>Empfängerdomain nimmt keine Mail an</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX: it never receives mail.</source>
        <translation>Die Domain des Empfängers veröffentlicht einen Null-MX: sie empfängt nie Mail.</translation>
    </message>
    <message>
        <source>The domain is not used for mail.</source>
        <translation>Die Domain wird nicht für Mail verwendet.</translation>
    </message>
    <message>
        <source>Ask the recipient for a working address.</source>
        <translation>Fragen Sie den Empfänger nach einer funktionierenden Adresse.</translation>
    </message>
    <message>
        <source>Undefined status</source>
        <translation>Nicht näher bestimmter Status</translation>
    </message>
    <message>
        <source>The server gave no detail beyond the basic reply code.</source>
        <translation>Der Server hat keine Einzelheiten über den einfachen Antwortcode hinaus geliefert.</translation>
    </message>
    <message>
        <source>The server does not use more specific status codes for this condition.</source>
        <translation>Der Server verwendet für diesen Fall keine genaueren Statuscodes.</translation>
    </message>
    <message>
        <source>The reason is only in the text of the reply.</source>
        <translation>Der Grund steht nur im Text der Antwort.</translation>
    </message>
    <message>
        <source>Read the text that follows the code: it usually names the reason.</source>
        <translation>Lesen Sie den Text nach dem Code: er nennt meist den Grund.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator if the text is unclear.</source>
        <translation>Fragen Sie den Administrator des Servers, wenn der Text unklar ist.</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Adressproblem</translation>
    </message>
    <message>
        <source>Something is wrong with one of the addresses, without further detail.</source>
        <translation>Mit einer der Adressen stimmt etwas nicht, ohne weitere Einzelheiten.</translation>
    </message>
    <message>
        <source>The server rejects the address for a local reason.</source>
        <translation>Der Server lehnt die Adresse aus einem lokalen Grund ab.</translation>
    </message>
    <message>
        <source>Check the address letter by letter.</source>
        <translation>Prüfen Sie die Adresse Buchstabe für Buchstabe.</translation>
    </message>
    <message>
        <source>Ask the receiving administrator which address rule was hit.</source>
        <translation>Fragen Sie den Administrator der Empfängerseite, welche Adressregel gegriffen hat.</translation>
    </message>
    <message>
        <source>Mailbox does not exist</source>
        <translation>Postfach existiert nicht</translation>
    </message>
    <message>
        <source>The mailbox part of the address (before the @) is not known at the destination.</source>
        <translation>Der Postfachteil der Adresse (vor dem @) ist beim Ziel nicht bekannt.</translation>
    </message>
    <message>
        <source>The recipient does not exist at the destination (a typo, or the person left).</source>
        <translation>Der Empfänger existiert beim Ziel nicht (ein Tippfehler, oder die Person ist nicht mehr da).</translation>
    </message>
    <message>
        <source>The receiving directory is out of date (for example a hybrid or migrated domain).</source>
        <translation>Das Verzeichnis der Empfängerseite ist veraltet (zum Beispiel bei einer hybriden oder migrierten Domain).</translation>
    </message>
    <message>
        <source>Check the spelling of the address with the recipient by another channel.</source>
        <translation>Prüfen Sie die Schreibweise der Adresse mit dem Empfänger über einen anderen Weg.</translation>
    </message>
    <message>
        <source>Remove the address from lists and contacts if it no longer exists.</source>
        <translation>Entfernen Sie die Adresse aus Listen und Kontakten, wenn sie nicht mehr existiert.</translation>
    </message>
    <message>
        <source>Destination domain not found</source>
        <translation>Zieldomain nicht gefunden</translation>
    </message>
    <message>
        <source>The part after the @ does not name a system that can receive mail.</source>
        <translation>Der Teil nach dem @ nennt kein System, das Mail empfangen kann.</translation>
    </message>
    <message>
        <source>The domain is misspelled.</source>
        <translation>Die Domain ist falsch geschrieben.</translation>
    </message>
    <message>
        <source>The domain has expired or has no mail servers in DNS.</source>
        <translation>Die Domain ist abgelaufen oder hat keine Mailserver im DNS.</translation>
    </message>
    <message>
        <source>Check the domain name after the @.</source>
        <translation>Prüfen Sie den Domainnamen nach dem @.</translation>
    </message>
    <message>
        <source>Look up the domain&apos;s MX records; if there are none, its owner must add them.</source>
        <translation>Fragen Sie die MX-Einträge der Domain ab; gibt es keine, muss ihr Inhaber sie anlegen.</translation>
    </message>
    <message>
        <source>Recipient address syntax invalid</source>
        <translation>Syntax der Empfängeradresse ungültig</translation>
    </message>
    <message>
        <source>The recipient address is not written the way mail addresses must be.</source>
        <translation>Die Empfängeradresse ist nicht so geschrieben, wie Mailadressen geschrieben sein müssen.</translation>
    </message>
    <message>
        <source>Spaces, missing angle brackets or forbidden characters in the address.</source>
        <translation>Leerzeichen, fehlende spitze Klammern oder verbotene Zeichen in der Adresse.</translation>
    </message>
    <message>
        <source>A display name or quotes were sent instead of the plain address.</source>
        <translation>Statt der reinen Adresse wurde ein Anzeigename oder Anführungszeichen gesendet.</translation>
    </message>
    <message>
        <source>Send the plain address in angle brackets: RCPT TO:&lt;user@example.com&gt;.</source>
        <translation>Senden Sie die reine Adresse in spitzen Klammern: RCPT TO:&lt;user@example.com&gt;.</translation>
    </message>
    <message>
        <source>Remove spaces and special characters copied from documents.</source>
        <translation>Entfernen Sie Leerzeichen und Sonderzeichen, die aus Dokumenten kopiert wurden.</translation>
    </message>
    <message>
        <source>Address ambiguous</source>
        <translation>Adresse mehrdeutig</translation>
    </message>
    <message>
        <source>The address matches more than one mailbox, so the server cannot decide where to deliver.</source>
        <translation>Die Adresse passt auf mehr als ein Postfach, daher kann der Server nicht entscheiden, wohin er zustellen soll.</translation>
    </message>
    <message>
        <source>Several directory entries share the address or an alias.</source>
        <translation>Mehrere Verzeichniseinträge teilen sich die Adresse oder einen Alias.</translation>
    </message>
    <message>
        <source>A partial address was given.</source>
        <translation>Es wurde eine unvollständige Adresse angegeben.</translation>
    </message>
    <message>
        <source>Use the complete, exact address.</source>
        <translation>Verwenden Sie die vollständige, genaue Adresse.</translation>
    </message>
    <message>
        <source>Ask the receiving administrator to remove the duplicate entry.</source>
        <translation>Bitten Sie den Administrator der Empfängerseite, den doppelten Eintrag zu entfernen.</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <translation>Zieladresse gültig</translation>
    </message>
    <message>
        <source>The recipient address is valid and the server will take mail for it.</source>
        <translation>Die Empfängeradresse ist gültig, und der Server nimmt Mail für sie an.</translation>
    </message>
    <message>
        <source>The mailbox exists and accepts mail.</source>
        <translation>Das Postfach existiert und nimmt Mail an.</translation>
    </message>
    <message>
        <source>Nothing to do for this recipient.</source>
        <translation>Für diesen Empfänger ist nichts zu tun.</translation>
    </message>
    <message>
        <source>Mailbox moved, no forwarding address</source>
        <translation>Postfach umgezogen, keine Weiterleitungsadresse</translation>
    </message>
    <message>
        <source>The mailbox was moved and the server does not know where to.</source>
        <translation>Das Postfach wurde verschoben, und der Server weiß nicht, wohin.</translation>
    </message>
    <message>
        <source>The person changed organisation or address.</source>
        <translation>Die Person hat Organisation oder Adresse gewechselt.</translation>
    </message>
    <message>
        <source>The old address was retired without a forward.</source>
        <translation>Die alte Adresse wurde ohne Weiterleitung stillgelegt.</translation>
    </message>
    <message>
        <source>Ask the recipient for the new address.</source>
        <translation>Fragen Sie den Empfänger nach der neuen Adresse.</translation>
    </message>
    <message>
        <source>Update the contact and any mailing lists.</source>
        <translation>Aktualisieren Sie den Kontakt und alle Verteilerlisten.</translation>
    </message>
    <message>
        <source>Sender address syntax invalid</source>
        <translation>Syntax der Absenderadresse ungültig</translation>
    </message>
    <message>
        <source>The sender address in MAIL FROM is not written correctly or is refused as written.</source>
        <translation>Die Absenderadresse in MAIL FROM ist nicht korrekt geschrieben oder wird so, wie sie geschrieben ist, abgelehnt.</translation>
    </message>
    <message>
        <source>A syntax error in the sender&apos;s address (missing brackets, spaces, no domain).</source>
        <translation>Ein Syntaxfehler in der Adresse des Absenders (fehlende Klammern, Leerzeichen, keine Domain).</translation>
    </message>
    <message>
        <source>There are connection restrictions on the destination server for this sender.</source>
        <translation>Für den Zielserver gelten für diesen Absender Verbindungsbeschränkungen.</translation>
    </message>
    <message>
        <source>Send MAIL FROM:&lt;you@yourdomain&gt; with a complete address in angle brackets.</source>
        <translation>Senden Sie MAIL FROM:&lt;you@yourdomain&gt; mit einer vollständigen Adresse in spitzen Klammern.</translation>
    </message>
    <message>
        <source>Use a sender address of a domain that exists and that you own.</source>
        <translation>Verwenden Sie eine Absenderadresse einer Domain, die existiert und Ihnen gehört.</translation>
    </message>
    <message>
        <source>Sender domain invalid</source>
        <translation>Absenderdomain ungültig</translation>
    </message>
    <message>
        <source>The domain of the sender address cannot receive replies, so the server refuses the sender.</source>
        <translation>Die Domain der Absenderadresse kann keine Antworten empfangen, daher lehnt der Server den Absender ab.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain does not exist in DNS.</source>
        <translation>Die Domain des Absenders existiert im DNS nicht.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain has no MX or A record, so bounces could not be returned.</source>
        <translation>Die Domain des Absenders hat keinen MX- oder A-Eintrag, also könnten Unzustellbarkeitsnachrichten nicht zurückgeschickt werden.</translation>
    </message>
    <message>
        <source>Use a sender address in a domain that exists and receives mail.</source>
        <translation>Verwenden Sie eine Absenderadresse in einer Domain, die existiert und Mail empfängt.</translation>
    </message>
    <message>
        <source>Fix the DNS of the sender&apos;s domain (MX records).</source>
        <translation>Korrigieren Sie den DNS der Absenderdomain (MX-Einträge).</translation>
    </message>
    <message>
        <source>Relayed to a non-compliant mailer</source>
        <translation>An ein nicht konformes Mailsystem weitergeleitet</translation>
    </message>
    <message>
        <source>The message was passed to a system that cannot confirm delivery, so no further status will come.</source>
        <translation>Die Nachricht wurde an ein System übergeben, das die Zustellung nicht bestätigen kann, daher kommt kein weiterer Status.</translation>
    </message>
    <message>
        <source>The next server does not support delivery status notifications.</source>
        <translation>Der nächste Server unterstützt keine Zustellstatusbenachrichtigungen.</translation>
    </message>
    <message>
        <source>Ask the recipient whether the message arrived.</source>
        <translation>Fragen Sie den Empfänger, ob die Nachricht angekommen ist.</translation>
    </message>
    <message>
        <source>Recipient domain accepts no mail (null MX)</source>
        <translation>Empfängerdomain nimmt keine Mail an (Null-MX)</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX record: it states that it never receives mail.</source>
        <translation>Die Domain des Empfängers veröffentlicht einen Null-MX-Eintrag: sie erklärt, dass sie nie Mail empfängt.</translation>
    </message>
    <message>
        <source>The domain is used for websites or sending only.</source>
        <translation>Die Domain wird nur für Websites oder zum Senden verwendet.</translation>
    </message>
    <message>
        <source>The address is wrong: the recipient uses another domain for mail.</source>
        <translation>Die Adresse ist falsch: der Empfänger verwendet für Mail eine andere Domain.</translation>
    </message>
    <message>
        <source>Do not retry: the domain owner decided this on purpose.</source>
        <translation>Nicht erneut versuchen: der Inhaber der Domain hat das absichtlich so entschieden.</translation>
    </message>
    <message>
        <source>Mailbox status problem</source>
        <translation>Problem mit dem Postfachstatus</translation>
    </message>
    <message>
        <source>The mailbox could not take the message right now, without further detail.</source>
        <translation>Das Postfach konnte die Nachricht gerade nicht annehmen, ohne weitere Einzelheiten.</translation>
    </message>
    <message>
        <source>Greylisting: the server delays first-time senders and accepts the retry.</source>
        <translation>Greylisting: der Server verzögert Erstabsender und nimmt den erneuten Versuch an.</translation>
    </message>
    <message>
        <source>The mailbox is locked or busy (for example during a move).</source>
        <translation>Das Postfach ist gesperrt oder belegt (zum Beispiel während eines Umzugs).</translation>
    </message>
    <message>
        <source>A local rule of the receiving server.</source>
        <translation>Eine lokale Regel des empfangenden Servers.</translation>
    </message>
    <message>
        <source>Wait and retry: a real mail server retries by itself within minutes to hours.</source>
        <translation>Warten Sie und versuchen Sie es erneut: ein echter Mailserver wiederholt von selbst innerhalb von Minuten bis Stunden.</translation>
    </message>
    <message>
        <source>If it persists beyond a day, ask the receiving administrator.</source>
        <translation>Wenn es länger als einen Tag anhält, fragen Sie den Administrator der Empfängerseite.</translation>
    </message>
    <message>
        <source>Mailbox disabled</source>
        <translation>Postfach deaktiviert</translation>
    </message>
    <message>
        <source>The mailbox exists but does not accept messages at the moment.</source>
        <translation>Das Postfach existiert, nimmt im Moment aber keine Nachrichten an.</translation>
    </message>
    <message>
        <source>The account was suspended or deactivated.</source>
        <translation>Das Konto wurde gesperrt oder deaktiviert.</translation>
    </message>
    <message>
        <source>The mailbox is inactive after a long time without logins.</source>
        <translation>Das Postfach ist nach langer Zeit ohne Anmeldung inaktiv.</translation>
    </message>
    <message>
        <source>Contact the recipient by another channel.</source>
        <translation>Kontaktieren Sie den Empfänger über einen anderen Weg.</translation>
    </message>
    <message>
        <source>Ask the receiving administrator whether the account will be re-enabled.</source>
        <translation>Fragen Sie den Administrator der Empfängerseite, ob das Konto wieder aktiviert wird.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Postfach voll</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has reached its storage quota.</source>
        <translation>Das Postfach des Empfängers hat sein Speicherkontingent erreicht.</translation>
    </message>
    <message>
        <source>The recipient has not cleaned up old mail.</source>
        <translation>Der Empfänger hat alte Mail nicht aufgeräumt.</translation>
    </message>
    <message>
        <source>A large message would push the mailbox over its quota.</source>
        <translation>Eine große Nachricht würde das Postfach über sein Kontingent bringen.</translation>
    </message>
    <message>
        <source>A smaller message (links instead of attachments) may fit.</source>
        <translation>Eine kleinere Nachricht (Links statt Anhänge) passt vielleicht.</translation>
    </message>
    <message>
        <source>Message too large for the mailbox</source>
        <translation>Nachricht zu groß für das Postfach</translation>
    </message>
    <message>
        <source>The message is larger than this recipient&apos;s per-message limit.</source>
        <translation>Die Nachricht ist größer als die Grenze pro Nachricht für diesen Empfänger.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has a stricter size limit than the server.</source>
        <translation>Das Postfach des Empfängers hat eine strengere Größengrenze als der Server.</translation>
    </message>
    <message>
        <source>Send the attachment as a link to a file share.</source>
        <translation>Senden Sie den Anhang als Link auf eine Dateifreigabe.</translation>
    </message>
    <message>
        <source>Compress or split the attachment.</source>
        <translation>Komprimieren oder teilen Sie den Anhang.</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <translation>Problem beim Auflösen der Verteilerliste</translation>
    </message>
    <message>
        <source>The address is a mailing list and the list could not be expanded to its members.</source>
        <translation>Die Adresse ist eine Verteilerliste, und die Liste konnte nicht in ihre Mitglieder aufgelöst werden.</translation>
    </message>
    <message>
        <source>The list has no members or a broken member entry.</source>
        <translation>Die Liste hat keine Mitglieder oder einen fehlerhaften Mitgliedseintrag.</translation>
    </message>
    <message>
        <source>The list server has an internal error.</source>
        <translation>Der Listenserver hat einen internen Fehler.</translation>
    </message>
    <message>
        <source>Tell the list owner.</source>
        <translation>Informieren Sie den Listeninhaber.</translation>
    </message>
    <message>
        <source>Send to the members directly in the meantime.</source>
        <translation>Senden Sie in der Zwischenzeit direkt an die Mitglieder.</translation>
    </message>
    <message>
        <source>Security or policy problem</source>
        <translation>Sicherheits- oder Richtlinienproblem</translation>
    </message>
    <message>
        <source>A security or policy rule refused the request, without further detail.</source>
        <translation>Eine Sicherheits- oder Richtlinienregel hat die Anfrage abgelehnt, ohne weitere Einzelheiten.</translation>
    </message>
    <message>
        <source>A local policy of the receiving server.</source>
        <translation>Eine lokale Richtlinie des empfangenden Servers.</translation>
    </message>
    <message>
        <source>Sign-in or encryption was expected.</source>
        <translation>Anmeldung oder Verschlüsselung wurde erwartet.</translation>
    </message>
    <message>
        <source>Read the text of the reply for the rule that was hit.</source>
        <translation>Lesen Sie im Text der Antwort nach, welche Regel gegriffen hat.</translation>
    </message>
    <message>
        <source>Ask the receiving administrator.</source>
        <translation>Fragen Sie den Administrator der Empfängerseite.</translation>
    </message>
    <message>
        <source>Delivery not authorised</source>
        <translation>Zustellung nicht autorisiert</translation>
    </message>
    <message>
        <source>The server is not willing to accept this message from this sender or client.</source>
        <translation>Der Server ist nicht bereit, diese Nachricht von diesem Absender oder Client anzunehmen.</translation>
    </message>
    <message>
        <source>The destination server does not accept anonymous submissions; sign-in is needed.</source>
        <translation>Der Zielserver nimmt keine anonymen Einlieferungen an; eine Anmeldung ist nötig.</translation>
    </message>
    <message>
        <source>The sender, the sending IP or the content hit an anti-spam or policy rule.</source>
        <translation>Absender, sendende IP oder Inhalt hat eine Anti-Spam- oder Richtlinienregel ausgelöst.</translation>
    </message>
    <message>
        <source>The recipient only accepts mail from certain senders.</source>
        <translation>Der Empfänger nimmt nur Mail von bestimmten Absendern an.</translation>
    </message>
    <message>
        <source>Read the text of the reply: it usually names the rule.</source>
        <translation>Lesen Sie den Text der Antwort: er nennt meist die Regel.</translation>
    </message>
    <message>
        <source>Sign in, or send through the server responsible for your domain.</source>
        <translation>Melden Sie sich an, oder senden Sie über den Server, der für Ihre Domain zuständig ist.</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <translation>Auflösen der Verteilerliste nicht erlaubt</translation>
    </message>
    <message>
        <source>The sender may not send to this mailing list.</source>
        <translation>Der Absender darf nicht an diese Verteilerliste senden.</translation>
    </message>
    <message>
        <source>The list only accepts members or moderators as senders.</source>
        <translation>Die Liste nimmt nur Mitglieder oder Moderatoren als Absender an.</translation>
    </message>
    <message>
        <source>Ask the list owner for permission.</source>
        <translation>Bitten Sie den Listeninhaber um Erlaubnis.</translation>
    </message>
    <message>
        <source>Security conversion not possible</source>
        <translation>Sicherheitsumwandlung nicht möglich</translation>
    </message>
    <message>
        <source>The message would need a security conversion that is not possible.</source>
        <translation>Die Nachricht bräuchte eine Sicherheitsumwandlung, die nicht möglich ist.</translation>
    </message>
    <message>
        <source>Encrypted or signed content that must be converted on the way.</source>
        <translation>Verschlüsselter oder signierter Inhalt, der unterwegs umgewandelt werden muss.</translation>
    </message>
    <message>
        <source>Send without the security wrapping, or ask the administrator.</source>
        <translation>Senden Sie ohne die Sicherheitshülle, oder fragen Sie den Administrator.</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <translation>Sicherheitsfunktionen nicht unterstützt</translation>
    </message>
    <message>
        <source>The message asks for security features the destination does not support.</source>
        <translation>Die Nachricht verlangt Sicherheitsfunktionen, die das Ziel nicht unterstützt.</translation>
    </message>
    <message>
        <source>Encryption or signing features unknown to the destination.</source>
        <translation>Verschlüsselungs- oder Signaturfunktionen, die das Ziel nicht kennt.</translation>
    </message>
    <message>
        <source>Send without those features.</source>
        <translation>Senden Sie ohne diese Funktionen.</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <translation>Kryptografischer Fehler</translation>
    </message>
    <message>
        <source>A cryptographic operation (decrypting or verifying the message) failed.</source>
        <translation>Eine kryptografische Operation (Entschlüsseln oder Prüfen der Nachricht) ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A damaged or wrongly encrypted message.</source>
        <translation>Eine beschädigte oder falsch verschlüsselte Nachricht.</translation>
    </message>
    <message>
        <source>Send the message again; check the encryption keys.</source>
        <translation>Senden Sie die Nachricht erneut; prüfen Sie die Schlüssel.</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <translation>Kryptografischer Algorithmus nicht unterstützt</translation>
    </message>
    <message>
        <source>The message uses an encryption or signature algorithm the destination does not support.</source>
        <translation>Die Nachricht verwendet einen Verschlüsselungs- oder Signaturalgorithmus, den das Ziel nicht unterstützt.</translation>
    </message>
    <message>
        <source>An old or unusual algorithm.</source>
        <translation>Ein alter oder ungewöhnlicher Algorithmus.</translation>
    </message>
    <message>
        <source>Use a common algorithm.</source>
        <translation>Verwenden Sie einen gängigen Algorithmus.</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <translation>Integritätsfehler der Nachricht</translation>
    </message>
    <message>
        <source>The message was changed on the way or its integrity check failed.</source>
        <translation>Die Nachricht wurde unterwegs verändert, oder ihre Integritätsprüfung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A gateway modified a signed message.</source>
        <translation>Ein Gateway hat eine signierte Nachricht verändert.</translation>
    </message>
    <message>
        <source>Send the message again; find which system modifies it.</source>
        <translation>Senden Sie die Nachricht erneut; finden Sie heraus, welches System sie verändert.</translation>
    </message>
    <message>
        <source>Credentials invalid</source>
        <translation>Zugangsdaten ungültig</translation>
    </message>
    <message>
        <source>A wrong password or user name (often the full address is the user name).</source>
        <translation>Ein falsches Passwort oder ein falscher Benutzername (oft ist die vollständige Adresse der Benutzername).</translation>
    </message>
    <message>
        <source>The account is locked or needs an app password because of multi-factor sign-in.</source>
        <translation>Das Konto ist gesperrt oder braucht wegen Mehrfaktor-Anmeldung ein App-Passwort.</translation>
    </message>
    <message>
        <source>Check the user name and password by signing in to webmail.</source>
        <translation>Prüfen Sie Benutzername und Passwort, indem Sie sich im Webmail anmelden.</translation>
    </message>
    <message>
        <source>Create an app password if the provider requires one.</source>
        <translation>Erstellen Sie ein App-Passwort, wenn der Anbieter eines verlangt.</translation>
    </message>
    <message>
        <source>The server does not accept this sign-in mechanism for this account.</source>
        <translation>Der Server nimmt dieses Anmeldeverfahren für dieses Konto nicht an.</translation>
    </message>
    <message>
        <source>The mechanism (for example PLAIN without TLS) is considered too weak.</source>
        <translation>Das Verfahren (zum Beispiel PLAIN ohne TLS) gilt als zu schwach.</translation>
    </message>
    <message>
        <source>The provider requires modern sign-in (OAuth) instead of a password.</source>
        <translation>Der Anbieter verlangt eine moderne Anmeldung (OAuth) statt eines Passworts.</translation>
    </message>
    <message>
        <source>Use TLS and a stronger mechanism, or the provider&apos;s app password or OAuth.</source>
        <translation>Verwenden Sie TLS und ein stärkeres Verfahren, oder das App-Passwort bzw. OAuth des Anbieters.</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <translation>Verschlüsselung nötig</translation>
    </message>
    <message>
        <source>The server requires an encrypted connection for this.</source>
        <translation>Der Server verlangt dafür eine verschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>The client did not start TLS before the command.</source>
        <translation>Der Client hat TLS vor dem Befehl nicht gestartet.</translation>
    </message>
    <message>
        <source>Use STARTTLS (port 587) or implicit TLS (port 465).</source>
        <translation>Verwenden Sie STARTTLS (Port 587) oder implizites TLS (Port 465).</translation>
    </message>
    <message>
        <source>Encryption required for this sign-in mechanism</source>
        <translation>Verschlüsselung für dieses Anmeldeverfahren erforderlich</translation>
    </message>
    <message>
        <source>The chosen sign-in mechanism is only allowed over an encrypted connection.</source>
        <translation>Das gewählte Anmeldeverfahren ist nur über eine verschlüsselte Verbindung erlaubt.</translation>
    </message>
    <message>
        <source>The client tried to send a password before TLS was started.</source>
        <translation>Der Client hat versucht, ein Passwort zu senden, bevor TLS gestartet war.</translation>
    </message>
    <message>
        <source>Start TLS first (STARTTLS), then sign in.</source>
        <translation>Starten Sie zuerst TLS (STARTTLS) und melden Sie sich dann an.</translation>
    </message>
    <message>
        <source>The account must change its password or sign-in method before it can be used here.</source>
        <translation>Für das Konto muss das Passwort oder die Anmeldemethode geändert werden, bevor es hier verwendet werden kann.</translation>
    </message>
    <message>
        <source>The password expired, or a one-time change is required after a reset.</source>
        <translation>Das Passwort ist abgelaufen, oder nach einem Zurücksetzen ist eine einmalige Änderung nötig.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail and follow its prompts, then try again.</source>
        <translation>Melden Sie sich im Webmail des Anbieters an, folgen Sie seinen Hinweisen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>User account disabled</source>
        <translation>Benutzerkonto deaktiviert</translation>
    </message>
    <message>
        <source>The account is disabled and cannot send.</source>
        <translation>Das Konto ist deaktiviert und kann nicht senden.</translation>
    </message>
    <message>
        <source>The administrator disabled the account, or it was suspended for abuse.</source>
        <translation>Der Administrator hat das Konto deaktiviert, oder es wurde wegen Missbrauchs gesperrt.</translation>
    </message>
    <message>
        <source>Ask the account&apos;s administrator to re-enable it.</source>
        <translation>Bitten Sie den Administrator des Kontos, es wieder zu aktivieren.</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <translation>Vertrauensbeziehung erforderlich</translation>
    </message>
    <message>
        <source>The server only accepts this from systems it has a trust relationship with.</source>
        <translation>Der Server nimmt dies nur von Systemen an, mit denen er eine Vertrauensbeziehung hat.</translation>
    </message>
    <message>
        <source>The connector is restricted to partner servers or certificates.</source>
        <translation>Der Connector ist auf Partnerserver oder -zertifikate beschränkt.</translation>
    </message>
    <message>
        <source>Ask the receiving administrator to set up the partner relationship.</source>
        <translation>Bitten Sie den Administrator der Empfängerseite, die Partnerbeziehung einzurichten.</translation>
    </message>
    <message>
        <source>Priority level too low</source>
        <translation>Prioritätsstufe zu niedrig</translation>
    </message>
    <message>
        <source>The message&apos;s priority is too low for the server to accept it now.</source>
        <translation>Die Priorität der Nachricht ist zu niedrig, als dass der Server sie jetzt annähme.</translation>
    </message>
    <message>
        <source>The server only accepts higher priorities at the moment.</source>
        <translation>Der Server nimmt im Moment nur höhere Prioritäten an.</translation>
    </message>
    <message>
        <source>Retry later or with a higher permitted priority.</source>
        <translation>Versuchen Sie es später erneut oder mit einer höheren zulässigen Priorität.</translation>
    </message>
    <message>
        <source>Message too big for its priority</source>
        <translation>Nachricht zu groß für ihre Priorität</translation>
    </message>
    <message>
        <source>The message is too large for the priority it was sent with.</source>
        <translation>Die Nachricht ist zu groß für die Priorität, mit der sie gesendet wurde.</translation>
    </message>
    <message>
        <source>Size limits per priority level.</source>
        <translation>Größengrenzen je Prioritätsstufe.</translation>
    </message>
    <message>
        <source>Send a smaller message or use another priority.</source>
        <translation>Senden Sie eine kleinere Nachricht oder verwenden Sie eine andere Priorität.</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <translation>Postfachinhaber hat gewechselt</translation>
    </message>
    <message>
        <source>The mailbox now belongs to someone else than the sender expected.</source>
        <translation>Das Postfach gehört jetzt jemand anderem, als der Absender erwartet hat.</translation>
    </message>
    <message>
        <source>The address was reassigned to a new person.</source>
        <translation>Die Adresse wurde einer neuen Person zugewiesen.</translation>
    </message>
    <message>
        <source>Confirm the recipient&apos;s current address before sending personal data.</source>
        <translation>Bestätigen Sie die aktuelle Adresse des Empfängers, bevor Sie persönliche Daten senden.</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <translation>Domaininhaber hat gewechselt</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain now belongs to someone else than the sender expected.</source>
        <translation>Die Domain des Empfängers gehört jetzt jemand anderem, als der Absender erwartet hat.</translation>
    </message>
    <message>
        <source>The domain was sold or expired and was registered again.</source>
        <translation>Die Domain wurde verkauft oder ist abgelaufen und wurde neu registriert.</translation>
    </message>
    <message>
        <source>Confirm the recipient&apos;s current address by another channel.</source>
        <translation>Bestätigen Sie die aktuelle Adresse des Empfängers über einen anderen Weg.</translation>
    </message>
    <message>
        <source>Owner check could not be completed</source>
        <translation>Inhaberprüfung konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>The server could not perform the requested check of the mailbox owner.</source>
        <translation>Der Server konnte die verlangte Prüfung des Postfachinhabers nicht durchführen.</translation>
    </message>
    <message>
        <source>The destination does not support the require-recipient-valid-since check.</source>
        <translation>Das Ziel unterstützt die Prüfung require-recipient-valid-since nicht.</translation>
    </message>
    <message>
        <source>Send without the check, or confirm the recipient another way.</source>
        <translation>Senden Sie ohne die Prüfung, oder bestätigen Sie den Empfänger auf andere Weise.</translation>
    </message>
    <message>
        <source>No passing DKIM signature</source>
        <translation>Keine gültige DKIM-Signatur</translation>
    </message>
    <message>
        <source>The message has no valid DKIM signature, which the receiver requires.</source>
        <translation>Die Nachricht hat keine gültige DKIM-Signatur, die der Empfänger aber verlangt.</translation>
    </message>
    <message>
        <source>The sending system does not sign with DKIM.</source>
        <translation>Das sendende System signiert nicht mit DKIM.</translation>
    </message>
    <message>
        <source>A system on the way changed the message and broke the signature.</source>
        <translation>Ein System unterwegs hat die Nachricht verändert und die Signatur ungültig gemacht.</translation>
    </message>
    <message>
        <source>Enable DKIM signing for the sender&apos;s domain.</source>
        <translation>Aktivieren Sie die DKIM-Signatur für die Domain des Absenders.</translation>
    </message>
    <message>
        <source>Check the DKIM record in DNS.</source>
        <translation>Prüfen Sie den DKIM-Eintrag im DNS.</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature</source>
        <translation>Keine akzeptable DKIM-Signatur</translation>
    </message>
    <message>
        <source>The message is signed, but no signature meets the receiver&apos;s requirements.</source>
        <translation>Die Nachricht ist signiert, aber keine Signatur erfüllt die Anforderungen des Empfängers.</translation>
    </message>
    <message>
        <source>A weak key or an algorithm the receiver does not accept.</source>
        <translation>Ein schwacher Schlüssel oder ein Algorithmus, den der Empfänger nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Sign with a 2048-bit RSA or an Ed25519 key.</source>
        <translation>Signieren Sie mit einem 2048-Bit-RSA- oder einem Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>No DKIM signature matching the author</source>
        <translation>Keine zum Autor passende DKIM-Signatur</translation>
    </message>
    <message>
        <source>No valid DKIM signature belongs to the domain in the From: address.</source>
        <translation>Keine gültige DKIM-Signatur gehört zur Domain in der From:-Adresse.</translation>
    </message>
    <message>
        <source>The message is signed by a service provider&apos;s domain, not by the author&apos;s.</source>
        <translation>Die Nachricht ist von der Domain eines Dienstleisters signiert, nicht von der des Autors.</translation>
    </message>
    <message>
        <source>Configure DKIM for the author&apos;s own domain at the sending service.</source>
        <translation>Richten Sie beim sendenden Dienst DKIM für die eigene Domain des Autors ein.</translation>
    </message>
    <message>
        <source>SPF check failed</source>
        <translation>SPF-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sending server is not listed in the SPF record of the sender&apos;s domain.</source>
        <translation>Der sendende Server ist im SPF-Eintrag der Absenderdomain nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Mail is sent through a server or service that is missing from the SPF record.</source>
        <translation>Mail wird über einen Server oder Dienst gesendet, der im SPF-Eintrag fehlt.</translation>
    </message>
    <message>
        <source>The message was forwarded.</source>
        <translation>Die Nachricht wurde weitergeleitet.</translation>
    </message>
    <message>
        <source>Add the sending server or service to the domain&apos;s SPF record.</source>
        <translation>Nehmen Sie den sendenden Server oder Dienst in den SPF-Eintrag der Domain auf.</translation>
    </message>
    <message>
        <source>Check the SPF record with a DNS lookup.</source>
        <translation>Prüfen Sie den SPF-Eintrag mit einer DNS-Abfrage.</translation>
    </message>
    <message>
        <source>SPF check error</source>
        <translation>Fehler bei der SPF-Prüfung</translation>
    </message>
    <message>
        <source>The SPF record of the sender&apos;s domain could not be evaluated.</source>
        <translation>Der SPF-Eintrag der Absenderdomain konnte nicht ausgewertet werden.</translation>
    </message>
    <message>
        <source>A syntax error, too many DNS lookups (over 10) or a temporary DNS failure.</source>
        <translation>Ein Syntaxfehler, zu viele DNS-Abfragen (über 10) oder ein vorübergehender DNS-Fehler.</translation>
    </message>
    <message>
        <source>Check and simplify the SPF record.</source>
        <translation>Prüfen und vereinfachen Sie den SPF-Eintrag.</translation>
    </message>
    <message>
        <source>Reverse DNS check failed</source>
        <translation>Reverse-DNS-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sending IP address has no valid reverse DNS name, or the name does not point back to it.</source>
        <translation>Die sendende IP-Adresse hat keinen gültigen Reverse-DNS-Namen, oder der Name zeigt nicht auf sie zurück.</translation>
    </message>
    <message>
        <source>No PTR record for the sending IP.</source>
        <translation>Kein PTR-Eintrag für die sendende IP.</translation>
    </message>
    <message>
        <source>The PTR name does not resolve back to the same IP.</source>
        <translation>Der PTR-Name löst nicht wieder auf dieselbe IP auf.</translation>
    </message>
    <message>
        <source>Ask whoever owns the IP (ISP or cloud provider) to set a PTR record.</source>
        <translation>Bitten Sie den Inhaber der IP (Provider oder Cloud-Anbieter), einen PTR-Eintrag zu setzen.</translation>
    </message>
    <message>
        <source>Make the PTR name resolve to the same IP.</source>
        <translation>Sorgen Sie dafür, dass der PTR-Name auf dieselbe IP auflöst.</translation>
    </message>
    <message>
        <source>Several authentication checks failed</source>
        <translation>Mehrere Authentifizierungsprüfungen fehlgeschlagen</translation>
    </message>
    <message>
        <source>The message failed more than one sender authentication check (SPF, DKIM, DMARC).</source>
        <translation>Die Nachricht hat mehr als eine Absenderauthentifizierung (SPF, DKIM, DMARC) nicht bestanden.</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passes for the sender&apos;s domain.</source>
        <translation>Weder SPF noch DKIM besteht für die Domain des Absenders.</translation>
    </message>
    <message>
        <source>DMARC alignment fails.</source>
        <translation>Das DMARC-Alignment schlägt fehl.</translation>
    </message>
    <message>
        <source>Set up SPF and DKIM for the sending domain and check DMARC alignment.</source>
        <translation>Richten Sie SPF und DKIM für die sendende Domain ein und prüfen Sie das DMARC-Alignment.</translation>
    </message>
    <message>
        <source>Sender domain has null MX</source>
        <translation>Absenderdomain hat Null-MX</translation>
    </message>
    <message>
        <source>The sender&apos;s domain says it never receives mail, so replies could not be returned.</source>
        <translation>Die Domain des Absenders gibt an, nie Mail zu empfangen, daher könnten Antworten nicht zurückgeschickt werden.</translation>
    </message>
    <message>
        <source>The sender address uses a send-only domain with a null MX.</source>
        <translation>Die Absenderadresse verwendet eine reine Sende-Domain mit Null-MX.</translation>
    </message>
    <message>
        <source>Use a sender address in a domain that receives mail.</source>
        <translation>Verwenden Sie eine Absenderadresse in einer Domain, die Mail empfängt.</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <translation>Mailflut erkannt</translation>
    </message>
    <message>
        <source>The server saw an unusual amount of similar mail and refused this message.</source>
        <translation>Der Server hat ungewöhnlich viel ähnliche Mail gesehen und diese Nachricht abgelehnt.</translation>
    </message>
    <message>
        <source>A bulk sending or a compromised account sending spam.</source>
        <translation>Ein Massenversand oder ein kompromittiertes Konto, das Spam sendet.</translation>
    </message>
    <message>
        <source>Slow down the sending and check the account for abuse.</source>
        <translation>Senden Sie langsamer und prüfen Sie das Konto auf Missbrauch.</translation>
    </message>
    <message>
        <source>ARC validation failed</source>
        <translation>ARC-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The message&apos;s ARC chain (authentication results kept across forwarders) did not validate.</source>
        <translation>Die ARC-Kette der Nachricht (über Weiterleitungen hinweg erhaltene Authentifizierungsergebnisse) war nicht gültig.</translation>
    </message>
    <message>
        <source>An intermediary broke the ARC chain or signed it incorrectly.</source>
        <translation>Eine Zwischenstation hat die ARC-Kette unterbrochen oder falsch signiert.</translation>
    </message>
    <message>
        <source>Check the forwarding service&apos;s ARC signing.</source>
        <translation>Prüfen Sie die ARC-Signatur des weiterleitenden Dienstes.</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <translation>REQUIRETLS-Unterstützung erforderlich</translation>
    </message>
    <message>
        <source>The message demands TLS on every hop but the next server does not support REQUIRETLS.</source>
        <translation>Die Nachricht verlangt TLS auf jeder Etappe, aber der nächste Server unterstützt REQUIRETLS nicht.</translation>
    </message>
    <message>
        <source>The next server does not offer REQUIRETLS.</source>
        <translation>Der nächste Server bietet REQUIRETLS nicht an.</translation>
    </message>
    <message>
        <source>Send without REQUIRETLS, or to a destination that supports it.</source>
        <translation>Senden Sie ohne REQUIRETLS, oder an ein Ziel, das es unterstützt.</translation>
    </message>
    <message>
        <source>Mail system problem</source>
        <translation>Problem im Mailsystem</translation>
    </message>
    <message>
        <source>The receiving mail system has a problem of its own, without further detail.</source>
        <translation>Das empfangende Mailsystem hat ein eigenes Problem, ohne weitere Einzelheiten.</translation>
    </message>
    <message>
        <source>An internal error or misconfiguration on the receiving server.</source>
        <translation>Ein interner Fehler oder eine Fehlkonfiguration auf dem empfangenden Server.</translation>
    </message>
    <message>
        <source>A component behind the server (storage, filter) is down.</source>
        <translation>Eine Komponente hinter dem Server (Speicher, Filter) ist ausgefallen.</translation>
    </message>
    <message>
        <source>If it persists, tell the receiving administrator the exact reply text.</source>
        <translation>Wenn es anhält, nennen Sie dem Administrator der Empfängerseite den genauen Antworttext.</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <translation>Mailsystem voll</translation>
    </message>
    <message>
        <source>The receiving server has run out of storage for the whole system.</source>
        <translation>Dem empfangenden Server ist der Speicher für das ganze System ausgegangen.</translation>
    </message>
    <message>
        <source>Retry later; a temporary reply is retried automatically.</source>
        <translation>Versuchen Sie es später erneut; eine vorübergehende Antwort wird automatisch wiederholt.</translation>
    </message>
    <message>
        <source>Tell the receiving administrator.</source>
        <translation>Informieren Sie den Administrator der Empfängerseite.</translation>
    </message>
    <message>
        <source>System not accepting messages</source>
        <translation>System nimmt keine Nachrichten an</translation>
    </message>
    <message>
        <source>The server is not taking any mail right now, for example while shutting down.</source>
        <translation>Der Server nimmt gerade keine Mail an, zum Beispiel während er herunterfährt.</translation>
    </message>
    <message>
        <source>Maintenance or a shutdown in progress.</source>
        <translation>Wartung oder ein Herunterfahren läuft.</translation>
    </message>
    <message>
        <source>The server is overloaded and refuses new work.</source>
        <translation>Der Server ist überlastet und lehnt neue Arbeit ab.</translation>
    </message>
    <message>
        <source>Retry later or use the next MX.</source>
        <translation>Versuchen Sie es später erneut oder verwenden Sie den nächsten MX.</translation>
    </message>
    <message>
        <source>Check the provider&apos;s status page.</source>
        <translation>Sehen Sie auf der Statusseite des Anbieters nach.</translation>
    </message>
    <message>
        <source>Feature not supported by the system</source>
        <translation>Funktion vom System nicht unterstützt</translation>
    </message>
    <message>
        <source>The message asks for a feature the destination cannot provide.</source>
        <translation>Die Nachricht verlangt eine Funktion, die das Ziel nicht bieten kann.</translation>
    </message>
    <message>
        <source>The message needs 8-bit, SMTPUTF8 or another extension the destination lacks.</source>
        <translation>Die Nachricht braucht 8-Bit, SMTPUTF8 oder eine andere Erweiterung, die dem Ziel fehlt.</translation>
    </message>
    <message>
        <source>Send the message without the special feature (plain ASCII, 7-bit encoding).</source>
        <translation>Senden Sie die Nachricht ohne die besondere Funktion (reines ASCII, 7-Bit-Codierung).</translation>
    </message>
    <message>
        <source>Message too big for the system</source>
        <translation>Nachricht zu groß für das System</translation>
    </message>
    <message>
        <source>The message is larger than the receiving system accepts at all.</source>
        <translation>Die Nachricht ist größer, als das empfangende System überhaupt annimmt.</translation>
    </message>
    <message>
        <source>Large attachments beyond the server&apos;s SIZE limit.</source>
        <translation>Große Anhänge über der SIZE-Grenze des Servers.</translation>
    </message>
    <message>
        <source>Encoding makes attachments about a third bigger than the files.</source>
        <translation>Durch die Codierung werden Anhänge etwa ein Drittel größer als die Dateien.</translation>
    </message>
    <message>
        <source>Check the SIZE the server advertises in its EHLO reply.</source>
        <translation>Prüfen Sie die SIZE, die der Server in seiner EHLO-Antwort angibt.</translation>
    </message>
    <message>
        <source>Send large files as a link instead of an attachment.</source>
        <translation>Senden Sie große Dateien als Link statt als Anhang.</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <translation>System falsch konfiguriert</translation>
    </message>
    <message>
        <source>The receiving system is misconfigured and cannot handle the message.</source>
        <translation>Das empfangende System ist falsch konfiguriert und kann die Nachricht nicht verarbeiten.</translation>
    </message>
    <message>
        <source>A configuration error on the receiving server (routing, a loop to itself).</source>
        <translation>Ein Konfigurationsfehler auf dem empfangenden Server (Routing, eine Schleife zu sich selbst).</translation>
    </message>
    <message>
        <source>Tell the receiving administrator the exact reply text and time.</source>
        <translation>Nennen Sie dem Administrator der Empfängerseite den genauen Antworttext und die Uhrzeit.</translation>
    </message>
    <message>
        <source>Priority changed</source>
        <translation>Priorität geändert</translation>
    </message>
    <message>
        <source>The server accepted the message but changed the priority that was asked for.</source>
        <translation>Der Server hat die Nachricht angenommen, aber die gewünschte Priorität geändert.</translation>
    </message>
    <message>
        <source>The sender may not use the requested priority level.</source>
        <translation>Der Absender darf die gewünschte Prioritätsstufe nicht verwenden.</translation>
    </message>
    <message>
        <source>Nothing to fix unless the priority matters; ask the administrator about allowed levels.</source>
        <translation>Nichts zu beheben, außer die Priorität ist wichtig; fragen Sie den Administrator nach den erlaubten Stufen.</translation>
    </message>
    <message>
        <source>Network or routing problem</source>
        <translation>Netzwerk- oder Routingproblem</translation>
    </message>
    <message>
        <source>The message could not be passed on because of a network or routing problem.</source>
        <translation>Die Nachricht konnte wegen eines Netzwerk- oder Routingproblems nicht weitergegeben werden.</translation>
    </message>
    <message>
        <source>A network problem between mail servers.</source>
        <translation>Ein Netzwerkproblem zwischen Mailservern.</translation>
    </message>
    <message>
        <source>A routing error on an intermediate server.</source>
        <translation>Ein Routingfehler auf einem Zwischenserver.</translation>
    </message>
    <message>
        <source>If it persists, test the route to the destination&apos;s MX with this wizard.</source>
        <translation>Wenn es anhält, testen Sie mit diesem Assistenten den Weg zum MX des Ziels.</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <translation>Keine Antwort vom Host</translation>
    </message>
    <message>
        <source>The sending side could not get a connection to the destination&apos;s mail server.</source>
        <translation>Die sendende Seite konnte keine Verbindung zum Mailserver des Ziels herstellen.</translation>
    </message>
    <message>
        <source>The destination server is down or blocked by a firewall.</source>
        <translation>Der Zielserver ist ausgefallen oder wird von einer Firewall blockiert.</translation>
    </message>
    <message>
        <source>Outbound port 25 is blocked on the sending network.</source>
        <translation>Ausgehender Port 25 ist im sendenden Netz gesperrt.</translation>
    </message>
    <message>
        <source>Test a connection to the destination&apos;s MX on port 25.</source>
        <translation>Testen Sie eine Verbindung zum MX des Ziels auf Port 25.</translation>
    </message>
    <message>
        <source>Check firewalls on both sides.</source>
        <translation>Prüfen Sie die Firewalls auf beiden Seiten.</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <translation>Fehlerhafte Verbindung</translation>
    </message>
    <message>
        <source>The connection to the destination broke during the transfer.</source>
        <translation>Die Verbindung zum Ziel ist während der Übertragung abgebrochen.</translation>
    </message>
    <message>
        <source>The network dropped the connection.</source>
        <translation>Das Netzwerk hat die Verbindung getrennt.</translation>
    </message>
    <message>
        <source>The receiving server closed the connection unexpectedly.</source>
        <translation>Der empfangende Server hat die Verbindung unerwartet geschlossen.</translation>
    </message>
    <message>
        <source>If it happens every time at the same step, look at the transcript of a test.</source>
        <translation>Wenn es jedes Mal beim selben Schritt passiert, sehen Sie sich das Protokoll eines Tests an.</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <translation>Fehler des Verzeichnisservers</translation>
    </message>
    <message>
        <source>A directory lookup (usually DNS) failed, so the destination could not be determined.</source>
        <translation>Eine Verzeichnisabfrage (meist DNS) ist fehlgeschlagen, daher konnte das Ziel nicht bestimmt werden.</translation>
    </message>
    <message>
        <source>The DNS servers of the destination domain did not answer.</source>
        <translation>Die DNS-Server der Zieldomain haben nicht geantwortet.</translation>
    </message>
    <message>
        <source>A local resolver problem on the sending server.</source>
        <translation>Ein lokales Resolver-Problem auf dem sendenden Server.</translation>
    </message>
    <message>
        <source>Look up the destination&apos;s MX records and check they answer.</source>
        <translation>Fragen Sie die MX-Einträge des Ziels ab und prüfen Sie, ob sie antworten.</translation>
    </message>
    <message>
        <source>Retry later; DNS failures are often temporary.</source>
        <translation>Versuchen Sie es später erneut; DNS-Fehler sind oft vorübergehend.</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <translation>Kein Weg zum Ziel</translation>
    </message>
    <message>
        <source>No route to the destination was found: there is no mail server to deliver to.</source>
        <translation>Es wurde kein Weg zum Ziel gefunden: es gibt keinen Mailserver, an den zugestellt werden kann.</translation>
    </message>
    <message>
        <source>The domain has no MX and no address records.</source>
        <translation>Die Domain hat weder MX- noch Adresseinträge.</translation>
    </message>
    <message>
        <source>The domain name is misspelled or does not exist.</source>
        <translation>Der Domainname ist falsch geschrieben oder existiert nicht.</translation>
    </message>
    <message>
        <source>Check the domain after the @.</source>
        <translation>Prüfen Sie die Domain nach dem @.</translation>
    </message>
    <message>
        <source>Look up the domain&apos;s MX records.</source>
        <translation>Fragen Sie die MX-Einträge der Domain ab.</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <translation>Mailsystem überlastet</translation>
    </message>
    <message>
        <source>The mail system is congested and cannot take the message now.</source>
        <translation>Das Mailsystem ist überlastet und kann die Nachricht gerade nicht annehmen.</translation>
    </message>
    <message>
        <source>Too much traffic at the destination or on the way.</source>
        <translation>Zu viel Verkehr beim Ziel oder unterwegs.</translation>
    </message>
    <message>
        <source>Retry later; the sending server does this by itself.</source>
        <translation>Versuchen Sie es später erneut; der sendende Server tut das von selbst.</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <translation>Routingschleife erkannt</translation>
    </message>
    <message>
        <source>The message went round in circles between servers and was stopped.</source>
        <translation>Die Nachricht ist zwischen Servern im Kreis gelaufen und wurde angehalten.</translation>
    </message>
    <message>
        <source>Two servers forward the domain to each other.</source>
        <translation>Zwei Server leiten die Domain gegenseitig aneinander weiter.</translation>
    </message>
    <message>
        <source>A forwarding rule points back to the same mailbox.</source>
        <translation>Eine Weiterleitungsregel zeigt auf dasselbe Postfach zurück.</translation>
    </message>
    <message>
        <source>Check the MX records and the forwarding rules of the destination.</source>
        <translation>Prüfen Sie die MX-Einträge und die Weiterleitungsregeln des Ziels.</translation>
    </message>
    <message>
        <source>Tell the receiving administrator the full bounce.</source>
        <translation>Geben Sie dem Administrator der Empfängerseite die vollständige Unzustellbarkeitsnachricht.</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <translation>Zustellzeit abgelaufen</translation>
    </message>
    <message>
        <source>The sending server tried for the whole retry period and gave up.</source>
        <translation>Der sendende Server hat es während der gesamten Wiederholungsfrist versucht und aufgegeben.</translation>
    </message>
    <message>
        <source>The destination was unreachable or kept deferring for days.</source>
        <translation>Das Ziel war tagelang nicht erreichbar oder hat immer wieder zurückgestellt.</translation>
    </message>
    <message>
        <source>The message was held in a queue too long.</source>
        <translation>Die Nachricht lag zu lange in einer Warteschlange.</translation>
    </message>
    <message>
        <source>Test the destination with this wizard to see why it defers or cannot be reached.</source>
        <translation>Testen Sie das Ziel mit diesem Assistenten, um zu sehen, warum es zurückstellt oder nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>Send again once the destination works.</source>
        <translation>Senden Sie erneut, sobald das Ziel funktioniert.</translation>
    </message>
    <message>
        <source>Protocol problem</source>
        <translation>Protokollproblem</translation>
    </message>
    <message>
        <source>Something in the SMTP conversation was wrong, without further detail.</source>
        <translation>Etwas im SMTP-Gespräch war falsch, ohne weitere Einzelheiten.</translation>
    </message>
    <message>
        <source>A client or server bug.</source>
        <translation>Ein Fehler im Client oder Server.</translation>
    </message>
    <message>
        <source>A command the server did not expect at this point.</source>
        <translation>Ein Befehl, den der Server an dieser Stelle nicht erwartet hat.</translation>
    </message>
    <message>
        <source>Look at the transcript for the command before this reply.</source>
        <translation>Sehen Sie sich im Protokoll den Befehl vor dieser Antwort an.</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <translation>Ungültiger Befehl</translation>
    </message>
    <message>
        <source>The server does not recognise or allow the command.</source>
        <translation>Der Server erkennt den Befehl nicht oder erlaubt ihn nicht.</translation>
    </message>
    <message>
        <source>The command was sent in the wrong order.</source>
        <translation>Der Befehl wurde in der falschen Reihenfolge gesendet.</translation>
    </message>
    <message>
        <source>Check the command spelling and order (EHLO, MAIL FROM, RCPT TO, DATA).</source>
        <translation>Prüfen Sie Schreibweise und Reihenfolge der Befehle (EHLO, MAIL FROM, RCPT TO, DATA).</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>The command could not be parsed.</source>
        <translation>Der Befehl konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Missing angle brackets, a colon or a space in the wrong place.</source>
        <translation>Fehlende spitze Klammern, ein Doppelpunkt oder ein Leerzeichen an der falschen Stelle.</translation>
    </message>
    <message>
        <source>Characters the server does not accept.</source>
        <translation>Zeichen, die der Server nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Check the exact syntax, for example MAIL FROM:&lt;you@example.com&gt;.</source>
        <translation>Prüfen Sie die genaue Syntax, zum Beispiel MAIL FROM:&lt;you@example.com&gt;.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Zu viele Empfänger</translation>
    </message>
    <message>
        <source>The message has more recipients than the server accepts at once.</source>
        <translation>Die Nachricht hat mehr Empfänger, als der Server auf einmal annimmt.</translation>
    </message>
    <message>
        <source>A per-message recipient limit on the server.</source>
        <translation>Eine Empfängergrenze pro Nachricht auf dem Server.</translation>
    </message>
    <message>
        <source>Split the recipients over several messages.</source>
        <translation>Verteilen Sie die Empfänger auf mehrere Nachrichten.</translation>
    </message>
    <message>
        <source>Use a mailing list for large groups.</source>
        <translation>Verwenden Sie für große Gruppen eine Verteilerliste.</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <translation>Ungültige Befehlsargumente</translation>
    </message>
    <message>
        <source>The command was understood but its arguments are not acceptable.</source>
        <translation>Der Befehl wurde verstanden, aber seine Argumente sind nicht zulässig.</translation>
    </message>
    <message>
        <source>Invalid characters in a domain name or address.</source>
        <translation>Ungültige Zeichen in einem Domainnamen oder einer Adresse.</translation>
    </message>
    <message>
        <source>A parameter the server does not support.</source>
        <translation>Ein Parameter, den der Server nicht unterstützt.</translation>
    </message>
    <message>
        <source>Check the name or address given with the command.</source>
        <translation>Prüfen Sie den Namen oder die Adresse, die mit dem Befehl angegeben wurde.</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <translation>Falsche Protokollversion</translation>
    </message>
    <message>
        <source>The two sides do not speak the same version of the protocol.</source>
        <translation>Die beiden Seiten sprechen nicht dieselbe Version des Protokolls.</translation>
    </message>
    <message>
        <source>A client or server that needs a different protocol version.</source>
        <translation>Ein Client oder Server, der eine andere Protokollversion braucht.</translation>
    </message>
    <message>
        <source>Use a standard SMTP client, or ask the administrator which protocol the port speaks.</source>
        <translation>Verwenden Sie einen Standard-SMTP-Client, oder fragen Sie den Administrator, welches Protokoll der Port spricht.</translation>
    </message>
    <message>
        <source>Sign-in line too long</source>
        <translation>Anmeldezeile zu lang</translation>
    </message>
    <message>
        <source>A line of the sign-in exchange was longer than the server accepts.</source>
        <translation>Eine Zeile des Anmeldevorgangs war länger, als der Server annimmt.</translation>
    </message>
    <message>
        <source>A very long token or password in a single line.</source>
        <translation>Ein sehr langes Token oder Passwort in einer einzigen Zeile.</translation>
    </message>
    <message>
        <source>Use a mechanism with shorter lines or the initial-response form the server supports.</source>
        <translation>Verwenden Sie ein Verfahren mit kürzeren Zeilen oder die Initial-Response-Form, die der Server unterstützt.</translation>
    </message>
    <message>
        <source>Media problem</source>
        <translation>Medienproblem</translation>
    </message>
    <message>
        <source>Something in the message content or format caused a problem, without further detail.</source>
        <translation>Etwas an Inhalt oder Format der Nachricht hat ein Problem verursacht, ohne weitere Einzelheiten.</translation>
    </message>
    <message>
        <source>Unusual encoding or structure of the message.</source>
        <translation>Ungewöhnliche Codierung oder Struktur der Nachricht.</translation>
    </message>
    <message>
        <source>Send a simple plain-text test message to see whether the content is the cause.</source>
        <translation>Senden Sie eine einfache Testnachricht im Klartext, um zu sehen, ob der Inhalt die Ursache ist.</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <translation>Medientyp nicht unterstützt</translation>
    </message>
    <message>
        <source>The message contains a content type the destination does not accept.</source>
        <translation>Die Nachricht enthält einen Inhaltstyp, den das Ziel nicht annimmt.</translation>
    </message>
    <message>
        <source>An attachment type the destination does not accept.</source>
        <translation>Ein Anhangstyp, den das Ziel nicht annimmt.</translation>
    </message>
    <message>
        <source>Send the file in another format or as a link.</source>
        <translation>Senden Sie die Datei in einem anderen Format oder als Link.</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <translation>Umwandlung nötig, aber untersagt</translation>
    </message>
    <message>
        <source>The message would need converting for the destination, but the sender forbade conversion.</source>
        <translation>Die Nachricht müsste für das Ziel umgewandelt werden, aber der Absender hat die Umwandlung untersagt.</translation>
    </message>
    <message>
        <source>Content flagged as not to be converted on a path that needs conversion.</source>
        <translation>Inhalt, der nicht umgewandelt werden darf, auf einem Weg, der eine Umwandlung braucht.</translation>
    </message>
    <message>
        <source>Send the message without the conversion restriction.</source>
        <translation>Senden Sie die Nachricht ohne die Umwandlungssperre.</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <translation>Umwandlung nötig, aber nicht unterstützt</translation>
    </message>
    <message>
        <source>The message would need converting (for example 8-bit to 7-bit), which the server cannot do.</source>
        <translation>Die Nachricht müsste umgewandelt werden (zum Beispiel von 8 Bit auf 7 Bit), was der Server nicht kann.</translation>
    </message>
    <message>
        <source>8-bit content sent to a server that does not support 8BITMIME.</source>
        <translation>8-Bit-Inhalt an einen Server gesendet, der 8BITMIME nicht unterstützt.</translation>
    </message>
    <message>
        <source>Encode the message with quoted-printable or base64.</source>
        <translation>Codieren Sie die Nachricht mit Quoted-Printable oder Base64.</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <translation>Umwandlung mit Verlust durchgeführt</translation>
    </message>
    <message>
        <source>The message was delivered, but had to be converted and some content may be lost.</source>
        <translation>Die Nachricht wurde zugestellt, musste aber umgewandelt werden, und ein Teil des Inhalts kann verloren sein.</translation>
    </message>
    <message>
        <source>The destination could not represent part of the content.</source>
        <translation>Das Ziel konnte einen Teil des Inhalts nicht darstellen.</translation>
    </message>
    <message>
        <source>Ask the recipient whether the message looks complete.</source>
        <translation>Fragen Sie den Empfänger, ob die Nachricht vollständig aussieht.</translation>
    </message>
    <message>
        <source>Conversion failed</source>
        <translation>Umwandlung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Converting the message for the destination failed.</source>
        <translation>Die Umwandlung der Nachricht für das Ziel ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Broken encoding or character set in the message.</source>
        <translation>Fehlerhafte Codierung oder fehlerhafter Zeichensatz in der Nachricht.</translation>
    </message>
    <message>
        <source>Send the message with standard encoding (UTF-8, base64 attachments).</source>
        <translation>Senden Sie die Nachricht mit Standardcodierung (UTF-8, Base64-Anhänge).</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <translation>Nachrichteninhalt nicht verfügbar</translation>
    </message>
    <message>
        <source>Content that the message refers to could not be fetched.</source>
        <translation>Inhalt, auf den die Nachricht verweist, konnte nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>A referenced part (BURL) is no longer available.</source>
        <translation>Ein referenzierter Teil (BURL) ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>Send the message with its content included.</source>
        <translation>Senden Sie die Nachricht mit eingebettetem Inhalt.</translation>
    </message>
    <message>
        <source>Non-ASCII address not permitted</source>
        <translation>Nicht-ASCII-Adresse nicht erlaubt</translation>
    </message>
    <message>
        <source>An address with non-ASCII characters cannot be used for this sender or recipient.</source>
        <translation>Eine Adresse mit Nicht-ASCII-Zeichen kann für diesen Absender oder Empfänger nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The server or the next hop does not support SMTPUTF8.</source>
        <translation>Der Server oder die nächste Station unterstützt SMTPUTF8 nicht.</translation>
    </message>
    <message>
        <source>Use an ASCII alias of the address.</source>
        <translation>Verwenden Sie einen ASCII-Alias der Adresse.</translation>
    </message>
    <message>
        <source>UTF-8 reply required but not permitted</source>
        <translation>UTF-8-Antwort nötig, aber nicht erlaubt</translation>
    </message>
    <message>
        <source>The server would need to reply in UTF-8, which the client did not allow.</source>
        <translation>Der Server müsste in UTF-8 antworten, was der Client nicht erlaubt hat.</translation>
    </message>
    <message>
        <source>The client did not announce SMTPUTF8 support.</source>
        <translation>Der Client hat keine SMTPUTF8-Unterstützung angekündigt.</translation>
    </message>
    <message>
        <source>Use a client with SMTPUTF8 support, or ASCII addresses.</source>
        <translation>Verwenden Sie einen Client mit SMTPUTF8-Unterstützung oder ASCII-Adressen.</translation>
    </message>
    <message>
        <source>UTF-8 header cannot be transferred</source>
        <translation>UTF-8-Header kann nicht übertragen werden</translation>
    </message>
    <message>
        <source>The message has UTF-8 headers that cannot be passed to one of the recipients.</source>
        <translation>Die Nachricht hat UTF-8-Header, die an einen der Empfänger nicht weitergegeben werden können.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server does not support SMTPUTF8.</source>
        <translation>Der Server des Empfängers unterstützt SMTPUTF8 nicht.</translation>
    </message>
    <message>
        <source>Send the message with ASCII headers (encoded words).</source>
        <translation>Senden Sie die Nachricht mit ASCII-Headern (Encoded Words).</translation>
    </message>
    <message>
        <source>UTF-8 reply required (duplicate entry)</source>
        <translation>UTF-8-Antwort nötig (doppelter Eintrag)</translation>
    </message>
    <message>
        <source>Registered a second time for the same condition as X.6.8: a UTF-8 reply is needed but the client did not allow it.</source>
        <translation>Ein zweites Mal für dieselbe Bedingung wie X.6.8 registriert: eine UTF-8-Antwort ist nötig, aber der Client hat sie nicht erlaubt.</translation>
    </message>
    <message>
        <source>Treat it like X.6.8: use SMTPUTF8 or ASCII addresses.</source>
        <translation>Behandeln Sie es wie X.6.8: verwenden Sie SMTPUTF8 oder ASCII-Adressen.</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Unerwartetes Problem</translation>
    </message>
    <message>
        <source>Something went wrong that the catalogue does not describe yet.</source>
        <translation>Etwas ist schiefgegangen, das der Katalog noch nicht beschreibt.</translation>
    </message>
    <message>
        <source>An unusual condition in the network or on the server.</source>
        <translation>Ein ungewöhnlicher Zustand im Netzwerk oder auf dem Server.</translation>
    </message>
    <message>
        <source>Read the details and the transcript, then repeat the test.</source>
        <translation>Lesen Sie die Details und das Protokoll, und wiederholen Sie dann den Test.</translation>
    </message>
    <message>
        <source>The server expected a TLS handshake but did not get one, or the reverse.</source>
        <translation>Der Server hat einen TLS-Handshake erwartet, aber keinen bekommen, oder umgekehrt.</translation>
    </message>
    <message>
        <source>A TLS port (465) spoken to in plain text: the server waits for a TLS handshake.</source>
        <translation>Ein TLS-Port (465) wurde im Klartext angesprochen: der Server wartet auf einen TLS-Handshake.</translation>
    </message>
    <message>
        <source>For port 465 choose implicit TLS (&quot;TLS from the start&quot;).</source>
        <translation>Wählen Sie für Port 465 implizites TLS („TLS von Anfang an“).</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Zertifikatsproblem</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Das Zertifikat des Servers konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The certificate or its chain has a problem the TLS library reported.</source>
        <translation>Das Zertifikat oder seine Kette hat ein Problem, das die TLS-Bibliothek gemeldet hat.</translation>
    </message>
    <message>
        <source>Open the certificate details and compare them with what you expect.</source>
        <translation>Öffnen Sie die Zertifikatsdetails und vergleichen Sie sie mit dem, was Sie erwarten.</translation>
    </message>
    <message>
        <source>Domain does not exist</source>
        <translation>Domain existiert nicht</translation>
    </message>
    <message>
        <source>The DNS says this domain does not exist (NXDOMAIN).</source>
        <translation>Laut DNS existiert diese Domain nicht (NXDOMAIN).</translation>
    </message>
    <message>
        <source>The domain expired or was never registered.</source>
        <translation>Die Domain ist abgelaufen oder wurde nie registriert.</translation>
    </message>
    <message>
        <source>Check the spelling of the domain after the @.</source>
        <translation>Prüfen Sie die Schreibweise der Domain nach dem @.</translation>
    </message>
    <message>
        <source>Look the domain up with a public DNS service to confirm.</source>
        <translation>Fragen Sie die Domain zur Bestätigung bei einem öffentlichen DNS-Dienst ab.</translation>
    </message>
    <message>
        <source>DNS server did not answer</source>
        <translation>DNS-Server hat nicht geantwortet</translation>
    </message>
    <message>
        <source>The DNS server gave no usable answer in time.</source>
        <translation>Der DNS-Server hat nicht rechtzeitig eine verwendbare Antwort geliefert.</translation>
    </message>
    <message>
        <source>The DNS server is unreachable or overloaded.</source>
        <translation>Der DNS-Server ist nicht erreichbar oder überlastet.</translation>
    </message>
    <message>
        <source>The domain&apos;s own name servers are down.</source>
        <translation>Die eigenen Nameserver der Domain sind ausgefallen.</translation>
    </message>
    <message>
        <source>A firewall blocks DNS (port 53).</source>
        <translation>Eine Firewall blockiert DNS (Port 53).</translation>
    </message>
    <message>
        <source>Try again, or choose another DNS server in the connection settings.</source>
        <translation>Versuchen Sie es erneut, oder wählen Sie in den Verbindungseinstellungen einen anderen DNS-Server.</translation>
    </message>
    <message>
        <source>Check that this computer can resolve other names.</source>
        <translation>Prüfen Sie, ob dieser Computer andere Namen auflösen kann.</translation>
    </message>
    <message>
        <source>DNS lookup failed</source>
        <translation>DNS-Abfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>The DNS server reported a failure (SERVFAIL or REFUSED) instead of an answer.</source>
        <translation>Der DNS-Server hat statt einer Antwort einen Fehler gemeldet (SERVFAIL oder REFUSED).</translation>
    </message>
    <message>
        <source>The domain&apos;s name servers are broken or its DNSSEC signatures are invalid.</source>
        <translation>Die Nameserver der Domain sind defekt, oder ihre DNSSEC-Signaturen sind ungültig.</translation>
    </message>
    <message>
        <source>The DNS server refuses queries from this computer.</source>
        <translation>Der DNS-Server verweigert Abfragen von diesem Computer.</translation>
    </message>
    <message>
        <source>Try another DNS server.</source>
        <translation>Versuchen Sie einen anderen DNS-Server.</translation>
    </message>
    <message>
        <source>Ask the domain owner to check their DNS (and DNSSEC).</source>
        <translation>Bitten Sie den Inhaber der Domain, seinen DNS (und DNSSEC) zu prüfen.</translation>
    </message>
    <message>
        <source>Host name has no address</source>
        <translation>Hostname hat keine Adresse</translation>
    </message>
    <message>
        <source>The server name exists but has no IPv4 or IPv6 address in DNS.</source>
        <translation>Der Servername existiert, hat aber keine IPv4- oder IPv6-Adresse im DNS.</translation>
    </message>
    <message>
        <source>A missing A or AAAA record.</source>
        <translation>Ein fehlender A- oder AAAA-Eintrag.</translation>
    </message>
    <message>
        <source>A typo in the server name.</source>
        <translation>Ein Tippfehler im Servernamen.</translation>
    </message>
    <message>
        <source>Check the host name; ask the DNS owner to add its A/AAAA record.</source>
        <translation>Prüfen Sie den Hostnamen; bitten Sie den DNS-Verantwortlichen, seinen A/AAAA-Eintrag anzulegen.</translation>
    </message>
    <message>
        <source>Domain accepts no mail (null MX)</source>
        <translation>Domain nimmt keine Mail an (Null-MX)</translation>
    </message>
    <message>
        <source>The domain publishes &quot;MX 0 .&quot; to say it never receives mail.</source>
        <translation>Die Domain veröffentlicht „MX 0 .“, um zu sagen, dass sie nie Mail empfängt.</translation>
    </message>
    <message>
        <source>The domain is used only for a website or for sending.</source>
        <translation>Die Domain wird nur für eine Website oder zum Senden verwendet.</translation>
    </message>
    <message>
        <source>The address uses the wrong domain.</source>
        <translation>Die Adresse verwendet die falsche Domain.</translation>
    </message>
    <message>
        <source>MX points at a name without address</source>
        <translation>MX zeigt auf einen Namen ohne Adresse</translation>
    </message>
    <message>
        <source>The domain&apos;s MX record names a mail server that has no address in DNS.</source>
        <translation>Der MX-Eintrag der Domain nennt einen Mailserver, der keine Adresse im DNS hat.</translation>
    </message>
    <message>
        <source>The mail server was renamed or removed but the MX was not updated.</source>
        <translation>Der Mailserver wurde umbenannt oder entfernt, aber der MX wurde nicht angepasst.</translation>
    </message>
    <message>
        <source>A typo in the MX record.</source>
        <translation>Ein Tippfehler im MX-Eintrag.</translation>
    </message>
    <message>
        <source>Ask the domain owner to fix the MX record or add the server&apos;s A/AAAA record.</source>
        <translation>Bitten Sie den Inhaber der Domain, den MX-Eintrag zu korrigieren oder den A/AAAA-Eintrag des Servers anzulegen.</translation>
    </message>
    <message>
        <source>No address of the chosen IP family</source>
        <translation>Keine Adresse der gewählten IP-Version</translation>
    </message>
    <message>
        <source>The mail servers have addresses, but none of the IP version selected (IPv4 or IPv6).</source>
        <translation>Die Mailserver haben Adressen, aber keine der gewählten IP-Version (IPv4 oder IPv6).</translation>
    </message>
    <message>
        <source>Only IPv6 addresses while IPv4 was asked for, or the reverse.</source>
        <translation>Nur IPv6-Adressen, obwohl nach IPv4 gefragt wurde, oder umgekehrt.</translation>
    </message>
    <message>
        <source>Allow both IPv4 and IPv6 in the connection settings.</source>
        <translation>Erlauben Sie in den Verbindungseinstellungen sowohl IPv4 als auch IPv6.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>The destination answered that nothing accepts connections on this port.</source>
        <translation>Das Ziel hat geantwortet, dass auf diesem Port nichts Verbindungen annimmt.</translation>
    </message>
    <message>
        <source>The SMTP service on the destination is down or not listening on this port.</source>
        <translation>Der SMTP-Dienst am Ziel ist ausgefallen oder lauscht nicht auf diesem Port.</translation>
    </message>
    <message>
        <source>A firewall at the destination blocks the connection.</source>
        <translation>Eine Firewall beim Ziel blockiert die Verbindung.</translation>
    </message>
    <message>
        <source>A firewall at the source (your network, ISP or cloud provider) blocks outgoing connections to this port; outbound port 25 is often blocked.</source>
        <translation>Eine Firewall auf Ihrer Seite (Ihr Netz, Provider oder Cloud-Anbieter) blockiert ausgehende Verbindungen zu diesem Port; ausgehender Port 25 ist oft gesperrt.</translation>
    </message>
    <message>
        <source>The FQDN or IP address of the destination server is wrong.</source>
        <translation>Der FQDN oder die IP-Adresse des Zielservers ist falsch.</translation>
    </message>
    <message>
        <source>The port number is wrong (25 for server-to-server, 587 or 465 for submission).</source>
        <translation>Die Portnummer ist falsch (25 von Server zu Server, 587 oder 465 für die Einlieferung).</translation>
    </message>
    <message>
        <source>Check the host name or IP address and the port.</source>
        <translation>Prüfen Sie Hostnamen bzw. IP-Adresse und Port.</translation>
    </message>
    <message>
        <source>Test from another network to rule out a local firewall.</source>
        <translation>Testen Sie aus einem anderen Netz, um eine lokale Firewall auszuschließen.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator whether the mail service runs.</source>
        <translation>Fragen Sie den Administrator des Servers, ob der Maildienst läuft.</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Zeitüberschreitung beim Verbindungsaufbau</translation>
    </message>
    <message>
        <source>No answer came to the connection attempt; packets were dropped silently.</source>
        <translation>Auf den Verbindungsversuch kam keine Antwort; Pakete wurden stillschweigend verworfen.</translation>
    </message>
    <message>
        <source>A firewall at the source (your network, ISP or cloud provider) blocks outbound port 25; most ISPs and cloud providers do.</source>
        <translation>Eine Firewall auf Ihrer Seite (Ihr Netz, Provider oder Cloud-Anbieter) blockiert ausgehenden Port 25; die meisten Provider und Cloud-Anbieter tun das.</translation>
    </message>
    <message>
        <source>Test port 587 or 465, or from another network, to see whether port 25 is blocked locally.</source>
        <translation>Testen Sie Port 587 oder 465, oder aus einem anderen Netz, um zu sehen, ob Port 25 lokal gesperrt ist.</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <source>The network reports that the destination host cannot be reached.</source>
        <translation>Das Netzwerk meldet, dass der Zielhost nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>The host is down or the address is wrong.</source>
        <translation>Der Host ist ausgefallen oder die Adresse ist falsch.</translation>
    </message>
    <message>
        <source>A router or firewall on the way rejects the traffic.</source>
        <translation>Ein Router oder eine Firewall unterwegs weist den Verkehr ab.</translation>
    </message>
    <message>
        <source>Check the address; test the route (ping or traceroute) from this computer.</source>
        <translation>Prüfen Sie die Adresse; testen Sie den Weg (ping oder traceroute) von diesem Computer aus.</translation>
    </message>
    <message>
        <source>Network unreachable</source>
        <translation>Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <source>This computer has no route to the destination network.</source>
        <translation>Dieser Computer hat keinen Weg zum Zielnetz.</translation>
    </message>
    <message>
        <source>No internet connection, or no IPv6 connectivity for an IPv6 address.</source>
        <translation>Keine Internetverbindung, oder keine IPv6-Verbindung für eine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>A VPN or proxy changes the routes.</source>
        <translation>Ein VPN oder Proxy ändert die Routen.</translation>
    </message>
    <message>
        <source>Check the network connection; try IPv4 only.</source>
        <translation>Prüfen Sie die Netzwerkverbindung; versuchen Sie es nur mit IPv4.</translation>
    </message>
    <message>
        <source>Connection reset</source>
        <translation>Verbindung zurückgesetzt</translation>
    </message>
    <message>
        <source>The connection was cut off abruptly with a TCP reset (RST) by the server or a device on the way, not closed in order; whatever was still on its way was lost.</source>
        <translation>Die Verbindung wurde vom Server oder einem Gerät unterwegs abrupt mit einem TCP-Reset (RST) getrennt, nicht ordnungsgemäß geschlossen; was noch unterwegs war, ging verloren.</translation>
    </message>
    <message>
        <source>A firewall or intrusion-prevention system dropped the session.</source>
        <translation>Eine Firewall oder ein Intrusion-Prevention-System hat die Sitzung verworfen.</translation>
    </message>
    <message>
        <source>The server crashed, or its software gave up on the client without reading what it had sent.</source>
        <translation>Der Server ist abgestürzt, oder seine Software hat den Client aufgegeben, ohne zu lesen, was er gesendet hatte.</translation>
    </message>
    <message>
        <source>A filter in front of the server refuses the message (right after DATA: often its size or content).</source>
        <translation>Ein Filter vor dem Server lehnt die Nachricht ab (direkt nach DATA: oft wegen Größe oder Inhalt).</translation>
    </message>
    <message>
        <source>Retry; if it repeats at the same step, test from another network.</source>
        <translation>Versuchen Sie es erneut; wiederholt es sich beim selben Schritt, testen Sie aus einem anderen Netz.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator what its logs say for this time and address.</source>
        <translation>Fragen Sie den Administrator des Servers, was seine Logs für diese Uhrzeit und Adresse sagen.</translation>
    </message>
    <message>
        <source>Server closed the connection</source>
        <translation>Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>The server hung up without sending a reply.</source>
        <translation>Der Server hat aufgelegt, ohne eine Antwort zu senden.</translation>
    </message>
    <message>
        <source>The server refuses this client silently (blocklist, connection limit).</source>
        <translation>Der Server weist diesen Client stillschweigend ab (Sperrliste, Verbindungsgrenze).</translation>
    </message>
    <message>
        <source>The server crashed or restarted.</source>
        <translation>Der Server ist abgestürzt oder wurde neu gestartet.</translation>
    </message>
    <message>
        <source>Retry later; check whether your IP is blocklisted.</source>
        <translation>Versuchen Sie es später erneut; prüfen Sie, ob Ihre IP auf einer Sperrliste steht.</translation>
    </message>
    <message>
        <source>Connected, but no greeting</source>
        <translation>Verbunden, aber keine Begrüßung</translation>
    </message>
    <message>
        <source>The connection opened but the server never sent its 220 greeting.</source>
        <translation>Die Verbindung wurde aufgebaut, aber der Server hat nie seine 220-Begrüßung gesendet.</translation>
    </message>
    <message>
        <source>The server delays the greeting on purpose (tarpitting) or is overloaded.</source>
        <translation>Der Server verzögert die Begrüßung absichtlich (Tarpitting) oder ist überlastet.</translation>
    </message>
    <message>
        <source>A firewall or proxy in between accepts the connection but does not pass it on.</source>
        <translation>Eine Firewall oder ein Proxy dazwischen nimmt die Verbindung an, gibt sie aber nicht weiter.</translation>
    </message>
    <message>
        <source>Allow longer waiting times (&quot;Patient&quot; on the Connection page, or --timeout for smtp-wizard-cli) and retry.</source>
        <translation>Erlauben Sie längere Wartezeiten („Geduldig“ auf der Seite „Verbindung“, oder --timeout bei smtp-wizard-cli) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Test from another network to rule out a firewall or proxy in between.</source>
        <translation>Testen Sie aus einem anderen Netz, um eine Firewall oder einen Proxy dazwischen auszuschließen.</translation>
    </message>
    <message>
        <source>No reply in time</source>
        <translation>Keine Antwort rechtzeitig</translation>
    </message>
    <message>
        <source>The server did not answer the command within the time limit.</source>
        <translation>Der Server hat den Befehl nicht innerhalb des Zeitlimits beantwortet.</translation>
    </message>
    <message>
        <source>The server is overloaded or slow checks run (DNS, filters).</source>
        <translation>Der Server ist überlastet, oder es laufen langsame Prüfungen (DNS, Filter).</translation>
    </message>
    <message>
        <source>The connection stalled.</source>
        <translation>Die Verbindung ist hängen geblieben.</translation>
    </message>
    <message>
        <source>Not an SMTP reply</source>
        <translation>Keine SMTP-Antwort</translation>
    </message>
    <message>
        <source>The server sent something that is not a valid SMTP reply.</source>
        <translation>Der Server hat etwas gesendet, das keine gültige SMTP-Antwort ist.</translation>
    </message>
    <message>
        <source>The port runs another service (HTTP, POP3, IMAP).</source>
        <translation>Auf dem Port läuft ein anderer Dienst (HTTP, POP3, IMAP).</translation>
    </message>
    <message>
        <source>A proxy or antivirus intercepts the connection.</source>
        <translation>Ein Proxy oder Virenschutz fängt die Verbindung ab.</translation>
    </message>
    <message>
        <source>Check the port; 25, 587 and 465 are the SMTP ports.</source>
        <translation>Prüfen Sie den Port; 25, 587 und 465 sind die SMTP-Ports.</translation>
    </message>
    <message>
        <source>Reply nobody asked for</source>
        <translation>Antwort, nach der niemand gefragt hat</translation>
    </message>
    <message>
        <source>The server sent this reply before SMTP Wizard sent the command it would answer, so it answers nothing; a server without PIPELINING must wait for each command.</source>
        <translation>Der Server hat diese Antwort gesendet, bevor SMTP Wizard den Befehl gesendet hat, auf den sie antworten würde, sie beantwortet also nichts; ein Server ohne PIPELINING muss auf jeden Befehl warten.</translation>
    </message>
    <message>
        <source>An &quot;early talker&quot;: software that does not wait for its turn, often a spam engine or a broken proxy in front of the server.</source>
        <translation>Ein „Early Talker“: Software, die nicht wartet, bis sie an der Reihe ist, oft eine Spam-Engine oder ein defekter Proxy vor dem Server.</translation>
    </message>
    <message>
        <source>A server or filter that sends one reply too many.</source>
        <translation>Ein Server oder Filter, der eine Antwort zu viel sendet.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator, with this transcript: real mail servers refuse to talk to such a server too.</source>
        <translation>Informieren Sie den Administrator des Servers und geben Sie ihm dieses Protokoll: auch echte Mailserver verweigern das Gespräch mit einem solchen Server.</translation>
    </message>
    <message>
        <source>Reply too long</source>
        <translation>Antwort zu lang</translation>
    </message>
    <message>
        <source>The server sent a line or a reply beyond any sane limit; the test stopped reading.</source>
        <translation>Der Server hat eine Zeile oder Antwort jenseits jeder vernünftigen Grenze gesendet; der Test hat das Lesen beendet.</translation>
    </message>
    <message>
        <source>The port runs another service that floods data.</source>
        <translation>Auf dem Port läuft ein anderer Dienst, der Daten in Massen sendet.</translation>
    </message>
    <message>
        <source>A broken server.</source>
        <translation>Ein defekter Server.</translation>
    </message>
    <message>
        <source>Check the host and port.</source>
        <translation>Prüfen Sie Host und Port.</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up.</source>
        <translation>Die verschlüsselte Verbindung konnte nicht aufgebaut werden.</translation>
    </message>
    <message>
        <source>No common TLS version or cipher (an old server, or a strict client).</source>
        <translation>Keine gemeinsame TLS-Version oder Verschlüsselung (ein alter Server oder ein strenger Client).</translation>
    </message>
    <message>
        <source>The server&apos;s TLS setup is broken.</source>
        <translation>Die TLS-Einrichtung des Servers ist fehlerhaft.</translation>
    </message>
    <message>
        <source>Something in between interferes with TLS.</source>
        <translation>Etwas dazwischen stört TLS.</translation>
    </message>
    <message>
        <source>Check the TLS versions the server supports.</source>
        <translation>Prüfen Sie, welche TLS-Versionen der Server unterstützt.</translation>
    </message>
    <message>
        <source>Tell the administrator the error details.</source>
        <translation>Nennen Sie dem Administrator die Fehlerdetails.</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Self-signed, expired, or issued for another name.</source>
        <translation>Selbstsigniert, abgelaufen oder für einen anderen Namen ausgestellt.</translation>
    </message>
    <message>
        <source>An intermediate certificate is missing.</source>
        <translation>Ein Zwischenzertifikat fehlt.</translation>
    </message>
    <message>
        <source>Open &quot;View certificate&quot; to see who issued it, for which names and until when; ask the administrator to install a valid certificate with the full chain.</source>
        <translation>Öffnen Sie „Zertifikat anzeigen“, um zu sehen, wer es für welche Namen und bis wann ausgestellt hat; bitten Sie den Administrator, ein gültiges Zertifikat mit vollständiger Kette zu installieren.</translation>
    </message>
    <message>
        <source>If your company runs its own certificate authority, give its file as the extra trusted CA on the Connection page (--ca-file for smtp-wizard-cli).</source>
        <translation>Betreibt Ihr Unternehmen eine eigene Zertifizierungsstelle, geben Sie deren Datei auf der Seite „Verbindung“ als zusätzliche vertrauenswürdige CA an (--ca-file bei smtp-wizard-cli).</translation>
    </message>
    <message>
        <source>To test the rest of the conversation anyway, tick &quot;Continue despite certificate problems&quot; on the Connection page (--tls-insecure); the problem stays in the report.</source>
        <translation>Um den Rest des Gesprächs trotzdem zu testen, aktivieren Sie auf der Seite „Verbindung“ „Trotz Zertifikatsproblemen fortfahren“ (--tls-insecure); das Problem bleibt im Bericht.</translation>
    </message>
    <message>
        <source>STARTTLS not offered</source>
        <translation>STARTTLS nicht angeboten</translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS, so the session cannot be encrypted.</source>
        <translation>Der Server hat STARTTLS nicht angeboten, daher kann die Sitzung nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>The server has no TLS set up.</source>
        <translation>Auf dem Server ist kein TLS eingerichtet.</translation>
    </message>
    <message>
        <source>Something between you and the server removed STARTTLS from the reply (a downgrade attack or a &quot;security&quot; appliance).</source>
        <translation>Etwas zwischen Ihnen und dem Server hat STARTTLS aus der Antwort entfernt (ein Downgrade-Angriff oder ein „Sicherheits“-Gerät).</translation>
    </message>
    <message>
        <source>Ask the administrator to enable STARTTLS.</source>
        <translation>Bitten Sie den Administrator, STARTTLS zu aktivieren.</translation>
    </message>
    <message>
        <source>Test from another network: if STARTTLS is offered there, something on this network removes it (a possible downgrade attack), and mail sent this way is not protected.</source>
        <translation>Testen Sie aus einem anderen Netz: wird STARTTLS dort angeboten, entfernt etwas in diesem Netz es (möglicherweise ein Downgrade-Angriff), und so gesendete Mail ist nicht geschützt.</translation>
    </message>
    <message>
        <source>STARTTLS refused</source>
        <translation>STARTTLS abgelehnt</translation>
    </message>
    <message>
        <source>The server offered STARTTLS but refused it when asked.</source>
        <translation>Der Server hat STARTTLS angeboten, es auf Anfrage aber abgelehnt.</translation>
    </message>
    <message>
        <source>A TLS problem on the server (missing certificate or key).</source>
        <translation>Ein TLS-Problem auf dem Server (fehlendes Zertifikat oder fehlender Schlüssel).</translation>
    </message>
    <message>
        <source>Tell the administrator; look at the server&apos;s reply text.</source>
        <translation>Informieren Sie den Administrator; sehen Sie sich den Antworttext des Servers an.</translation>
    </message>
    <message>
        <source>Sign-in not offered</source>
        <translation>Anmeldung nicht angeboten</translation>
    </message>
    <message>
        <source>The server did not offer AUTH, so the test cannot sign in.</source>
        <translation>Der Server hat AUTH nicht angeboten, daher kann sich der Test nicht anmelden.</translation>
    </message>
    <message>
        <source>Many servers offer AUTH only after STARTTLS.</source>
        <translation>Viele Server bieten AUTH erst nach STARTTLS an.</translation>
    </message>
    <message>
        <source>Port 25 of a receiving server usually has no sign-in; submission is on 587 or 465.</source>
        <translation>Port 25 eines empfangenden Servers hat meist keine Anmeldung; die Einlieferung läuft über 587 oder 465.</translation>
    </message>
    <message>
        <source>Use STARTTLS or port 587/465.</source>
        <translation>Verwenden Sie STARTTLS oder Port 587/465.</translation>
    </message>
    <message>
        <source>Check that the account may send through this server.</source>
        <translation>Prüfen Sie, ob das Konto über diesen Server senden darf.</translation>
    </message>
    <message>
        <source>No common sign-in mechanism</source>
        <translation>Kein gemeinsames Anmeldeverfahren</translation>
    </message>
    <message>
        <source>The server does not offer the sign-in mechanism chosen for this test.</source>
        <translation>Der Server bietet das für diesen Test gewählte Anmeldeverfahren nicht an.</translation>
    </message>
    <message>
        <source>The server only offers OAuth 2.0 (XOAUTH2, OAUTHBEARER) while a password was chosen, or the reverse.</source>
        <translation>Der Server bietet nur OAuth 2.0 (XOAUTH2, OAUTHBEARER) an, während ein Passwort gewählt wurde, oder umgekehrt.</translation>
    </message>
    <message>
        <source>An old server offers only CRAM-MD5, or a mechanism this test does not speak.</source>
        <translation>Ein alter Server bietet nur CRAM-MD5 an, oder ein Verfahren, das dieser Test nicht beherrscht.</translation>
    </message>
    <message>
        <source>Choose a mechanism from the list the server offers (in its EHLO reply, after AUTH).</source>
        <translation>Wählen Sie ein Verfahren aus der Liste, die der Server anbietet (in seiner EHLO-Antwort, nach AUTH).</translation>
    </message>
    <message>
        <source>For OAuth 2.0, sign in with an access token (XOAUTH2 or OAUTHBEARER) in this tool.</source>
        <translation>Für OAuth 2.0 melden Sie sich in diesem Werkzeug mit einem Zugriffstoken an (XOAUTH2 oder OAUTHBEARER).</translation>
    </message>
    <message>
        <source>Password not sent without encryption</source>
        <translation>Passwort ohne Verschlüsselung nicht gesendet</translation>
    </message>
    <message>
        <source>The test refused to send a password over an unencrypted connection.</source>
        <translation>Der Test hat sich geweigert, ein Passwort über eine unverschlüsselte Verbindung zu senden.</translation>
    </message>
    <message>
        <source>STARTTLS was not used or not offered.</source>
        <translation>STARTTLS wurde nicht verwendet oder nicht angeboten.</translation>
    </message>
    <message>
        <source>Use STARTTLS or implicit TLS; only allow plaintext sign-in for lab tests.</source>
        <translation>Verwenden Sie STARTTLS oder implizites TLS; erlauben Sie eine Klartext-Anmeldung nur für Labortests.</translation>
    </message>
    <message>
        <source>Access token refused</source>
        <translation>Zugriffstoken abgelehnt</translation>
    </message>
    <message>
        <source>The server answered the OAuth 2.0 sign-in with an error document instead of accepting the token: the token is not valid for this user here.</source>
        <translation>Der Server hat die OAuth-2.0-Anmeldung mit einem Fehlerdokument beantwortet, statt das Token anzunehmen: das Token ist hier für diesen Benutzer nicht gültig.</translation>
    </message>
    <message>
        <source>The token has expired: access tokens usually live for an hour.</source>
        <translation>Das Token ist abgelaufen: Zugriffstoken gelten meist eine Stunde.</translation>
    </message>
    <message>
        <source>The token was issued for another user than the one given for the sign-in.</source>
        <translation>Das Token wurde für einen anderen Benutzer ausgestellt als den bei der Anmeldung angegebenen.</translation>
    </message>
    <message>
        <source>The token is incomplete (copied with a part missing) or is a refresh token, not an access token.</source>
        <translation>Das Token ist unvollständig (beim Kopieren fehlte ein Teil) oder ist ein Refresh-Token, kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>Get a fresh access token from the identity provider and paste it again.</source>
        <translation>Holen Sie ein frisches Zugriffstoken beim Identitätsanbieter und fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <source>Sign in with the mailbox the token belongs to (its full e-mail address).</source>
        <translation>Melden Sie sich mit dem Postfach an, zu dem das Token gehört (seiner vollständigen E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>The &quot;scope&quot; in the server&apos;s error says what permission the token must carry.</source>
        <translation>Der „scope“ im Fehler des Servers sagt, welche Berechtigung das Token haben muss.</translation>
    </message>
    <message>
        <source>Access token lacks permission to send mail</source>
        <translation>Zugriffstoken fehlt die Berechtigung zum Senden</translation>
    </message>
    <message>
        <source>The server accepted that the token is genuine but it was not issued with the permission (scope) to send mail over SMTP.</source>
        <translation>Der Server hat das Token als echt anerkannt, aber es wurde nicht mit der Berechtigung (Scope) ausgestellt, Mail über SMTP zu senden.</translation>
    </message>
    <message>
        <source>The application asked for the wrong scope: Microsoft 365 needs https://outlook.office.com/SMTP.Send, Gmail https://mail.google.com/.</source>
        <translation>Die Anwendung hat den falschen Scope angefordert: Microsoft 365 braucht https://outlook.office.com/SMTP.Send, Gmail https://mail.google.com/.</translation>
    </message>
    <message>
        <source>An administrator has not granted consent for SMTP sending to the application.</source>
        <translation>Ein Administrator hat der Anwendung die Zustimmung zum Senden über SMTP nicht erteilt.</translation>
    </message>
    <message>
        <source>Request a new token with the scope the server names in its error.</source>
        <translation>Fordern Sie ein neues Token mit dem Scope an, den der Server in seinem Fehler nennt.</translation>
    </message>
    <message>
        <source>Ask the administrator to grant the application SMTP sending (and, for Microsoft 365, to enable SMTP AUTH for the mailbox).</source>
        <translation>Bitten Sie den Administrator, der Anwendung das Senden über SMTP zu erlauben (und bei Microsoft 365 SMTP AUTH für das Postfach zu aktivieren).</translation>
    </message>
    <message>
        <source>Message larger than the server allows</source>
        <translation>Nachricht größer als vom Server erlaubt</translation>
    </message>
    <message>
        <source>The message is bigger than the SIZE limit the server advertised.</source>
        <translation>Die Nachricht ist größer als die SIZE-Grenze, die der Server angegeben hat.</translation>
    </message>
    <message>
        <source>Large attachments or body.</source>
        <translation>Große Anhänge oder großer Text.</translation>
    </message>
    <message>
        <source>Send a smaller message, or large files as links.</source>
        <translation>Senden Sie eine kleinere Nachricht, oder große Dateien als Links.</translation>
    </message>
    <message>
        <source>Delivery notifications not supported</source>
        <translation>Zustellbenachrichtigungen nicht unterstützt</translation>
    </message>
    <message>
        <source>The server does not offer DSN, so NOTIFY, RET and ENVID were not sent.</source>
        <translation>Der Server bietet kein DSN an, daher wurden NOTIFY, RET und ENVID nicht gesendet.</translation>
    </message>
    <message>
        <source>The server does not support delivery status notifications.</source>
        <translation>Der Server unterstützt keine Zustellstatusbenachrichtigungen.</translation>
    </message>
    <message>
        <source>Ask the recipient to confirm delivery instead.</source>
        <translation>Bitten Sie stattdessen den Empfänger, die Zustellung zu bestätigen.</translation>
    </message>
    <message>
        <source>8-bit content not announced</source>
        <translation>8-Bit-Inhalt nicht angekündigt</translation>
    </message>
    <message>
        <source>The server does not offer 8BITMIME; 8-bit text may be changed on the way.</source>
        <translation>Der Server bietet kein 8BITMIME an; 8-Bit-Text kann unterwegs verändert werden.</translation>
    </message>
    <message>
        <source>An older or minimal server.</source>
        <translation>Ein älterer oder minimaler Server.</translation>
    </message>
    <message>
        <source>Send the message with quoted-printable or base64 encoding.</source>
        <translation>Senden Sie die Nachricht mit Quoted-Printable- oder Base64-Codierung.</translation>
    </message>
    <message>
        <source>International addresses not supported</source>
        <translation>Internationale Adressen nicht unterstützt</translation>
    </message>
    <message>
        <source>The server does not offer SMTPUTF8, so addresses with non-ASCII characters cannot be used.</source>
        <translation>Der Server bietet kein SMTPUTF8 an, daher können Adressen mit Nicht-ASCII-Zeichen nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The server lacks SMTPUTF8 support.</source>
        <translation>Dem Server fehlt die SMTPUTF8-Unterstützung.</translation>
    </message>
    <message>
        <source>Use an ASCII address.</source>
        <translation>Verwenden Sie eine ASCII-Adresse.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The test was stopped before it finished.</source>
        <translation>Der Test wurde angehalten, bevor er fertig war.</translation>
    </message>
    <message>
        <source>Someone pressed Stop or interrupted the program.</source>
        <translation>Jemand hat auf Stopp gedrückt oder das Programm unterbrochen.</translation>
    </message>
    <message>
        <source>Run the test again when ready.</source>
        <translation>Führen Sie den Test erneut aus, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <source>Sender not authenticated (Yahoo)</source>
        <translation>Absender nicht authentifiziert (Yahoo)</translation>
    </message>
    <message>
        <source>Yahoo requires SPF or DKIM to pass for the sender&apos;s domain.</source>
        <translation>Yahoo verlangt, dass SPF oder DKIM für die Domain des Absenders besteht.</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passes for the domain.</source>
        <translation>Weder SPF noch DKIM besteht für die Domain.</translation>
    </message>
    <message>
        <source>Set up SPF and DKIM for the sending domain.</source>
        <translation>Richten Sie SPF und DKIM für die sendende Domain ein.</translation>
    </message>
    <message>
        <source>Sender not authenticated (Gmail)</source>
        <translation>Absender nicht authentifiziert (Gmail)</translation>
    </message>
    <message>
        <source>Gmail refused the message because the sender&apos;s domain does not pass SPF or DKIM, or fails its DMARC policy.</source>
        <translation>Gmail hat die Nachricht abgelehnt, weil die Domain des Absenders SPF oder DKIM nicht besteht oder an ihrer DMARC-Richtlinie scheitert.</translation>
    </message>
    <message>
        <source>The sending server is missing from the domain&apos;s SPF record.</source>
        <translation>Der sendende Server fehlt im SPF-Eintrag der Domain.</translation>
    </message>
    <message>
        <source>No DKIM signature, or one for another domain.</source>
        <translation>Keine DKIM-Signatur, oder eine für eine andere Domain.</translation>
    </message>
    <message>
        <source>DMARC says reject and neither check aligns with the From: domain.</source>
        <translation>DMARC sagt reject, und keine der beiden Prüfungen passt zur From:-Domain.</translation>
    </message>
    <message>
        <source>Check the domain&apos;s DMARC record and reports.</source>
        <translation>Prüfen Sie den DMARC-Eintrag und die Berichte der Domain.</translation>
    </message>
    <message>
        <source>The receiver checked the sender domain&apos;s SPF record and the sending IP is not authorised by it.</source>
        <translation>Der Empfänger hat den SPF-Eintrag der Absenderdomain geprüft, und die sendende IP ist darin nicht autorisiert.</translation>
    </message>
    <message>
        <source>Mail is sent through a server or service not listed in SPF.</source>
        <translation>Mail wird über einen Server oder Dienst gesendet, der nicht im SPF steht.</translation>
    </message>
    <message>
        <source>Add the sending IP or service (include:) to the SPF record.</source>
        <translation>Nehmen Sie die sendende IP oder den Dienst (include:) in den SPF-Eintrag auf.</translation>
    </message>
    <message>
        <source>IP not allowed to send directly (Gmail)</source>
        <translation>IP darf nicht direkt senden (Gmail)</translation>
    </message>
    <message>
        <source>Gmail does not accept mail sent directly from this IP address, typically a home or dynamic address.</source>
        <translation>Gmail nimmt keine Mail an, die direkt von dieser IP-Adresse gesendet wird, typischerweise einer privaten oder dynamischen Adresse.</translation>
    </message>
    <message>
        <source>The IP is in a residential or dynamic range.</source>
        <translation>Die IP liegt in einem privaten oder dynamischen Adressbereich.</translation>
    </message>
    <message>
        <source>The IP has a poor reputation.</source>
        <translation>Die IP hat eine schlechte Reputation.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s SMTP relay.</source>
        <translation>Senden Sie über das SMTP-Relay Ihres Anbieters.</translation>
    </message>
    <message>
        <source>IP blocked for suspected spam (Gmail)</source>
        <translation>IP wegen Spamverdachts gesperrt (Gmail)</translation>
    </message>
    <message>
        <source>Gmail saw an unusual rate of unsolicited mail from this IP address and now refuses mail from it.</source>
        <translation>Gmail hat ungewöhnlich viel unerwünschte Mail von dieser IP-Adresse gesehen und lehnt Mail von ihr jetzt ab.</translation>
    </message>
    <message>
        <source>The IP sent a lot of mail that Gmail users did not want, or a compromised account sent spam through it.</source>
        <translation>Die IP hat viel Mail gesendet, die Gmail-Nutzer nicht wollten, oder ein kompromittiertes Konto hat Spam über sie gesendet.</translation>
    </message>
    <message>
        <source>Find and stop the source of the unwanted mail, then follow Gmail&apos;s bulk sender guidelines before sending again.</source>
        <translation>Finden und stoppen Sie die Quelle der unerwünschten Mail, und befolgen Sie dann die Richtlinien von Gmail für Massenversender, bevor Sie wieder senden.</translation>
    </message>
    <message>
        <source>Send through another, well-kept relay in the meantime.</source>
        <translation>Senden Sie in der Zwischenzeit über ein anderes, gut gepflegtes Relay.</translation>
    </message>
    <message>
        <source>Rate limited for suspected spam (Gmail)</source>
        <translation>Wegen Spamverdachts gedrosselt (Gmail)</translation>
    </message>
    <message>
        <source>Gmail sees an unusual rate of unsolicited mail from this IP or domain and is limiting it.</source>
        <translation>Gmail sieht ungewöhnlich viel unerwünschte Mail von dieser IP oder Domain und drosselt sie.</translation>
    </message>
    <message>
        <source>A sudden volume increase or spam complaints.</source>
        <translation>Ein plötzlicher Anstieg des Volumens oder Spam-Beschwerden.</translation>
    </message>
    <message>
        <source>Slow down sending; check for compromised accounts and list hygiene.</source>
        <translation>Senden Sie langsamer; prüfen Sie auf kompromittierte Konten und pflegen Sie Ihre Listen.</translation>
    </message>
    <message>
        <source>Recipient&apos;s mailbox full</source>
        <translation>Postfach des Empfängers voll</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has no space left.</source>
        <translation>Im Postfach des Empfängers ist kein Platz mehr.</translation>
    </message>
    <message>
        <source>No reverse DNS for sending IP (Gmail)</source>
        <translation>Kein Reverse-DNS für sendende IP (Gmail)</translation>
    </message>
    <message>
        <source>Gmail requires the sending IP to have a PTR record whose name points back to the same IP.</source>
        <translation>Gmail verlangt, dass die sendende IP einen PTR-Eintrag hat, dessen Name auf dieselbe IP zurückzeigt.</translation>
    </message>
    <message>
        <source>No PTR record for the sending IP, or the name does not resolve back.</source>
        <translation>Kein PTR-Eintrag für die sendende IP, oder der Name löst nicht zurück auf.</translation>
    </message>
    <message>
        <source>Ask the owner of the IP (ISP or cloud provider) to set a matching PTR record.</source>
        <translation>Bitten Sie den Inhaber der IP (Provider oder Cloud-Anbieter), einen passenden PTR-Eintrag zu setzen.</translation>
    </message>
    <message>
        <source>Recipient receiving too fast (Gmail)</source>
        <translation>Empfänger erhält zu schnell Mail (Gmail)</translation>
    </message>
    <message>
        <source>The recipient gets mail faster than Gmail allows, so it delays more mail for now.</source>
        <translation>Der Empfänger erhält Mail schneller, als Gmail erlaubt, daher verzögert Gmail vorerst weitere Mail.</translation>
    </message>
    <message>
        <source>Many messages to the same recipient in a short time.</source>
        <translation>Viele Nachrichten an denselben Empfänger in kurzer Zeit.</translation>
    </message>
    <message>
        <source>Let the server retry later; spread the sending over time.</source>
        <translation>Lassen Sie den Server es später erneut versuchen; verteilen Sie den Versand über die Zeit.</translation>
    </message>
    <message>
        <source>Gmail account does not exist</source>
        <translation>Gmail-Konto existiert nicht</translation>
    </message>
    <message>
        <source>There is no Gmail or Google Workspace account with this address.</source>
        <translation>Es gibt kein Gmail- oder Google-Workspace-Konto mit dieser Adresse.</translation>
    </message>
    <message>
        <source>A typo in the address.</source>
        <translation>Ein Tippfehler in der Adresse.</translation>
    </message>
    <message>
        <source>The account was deleted.</source>
        <translation>Das Konto wurde gelöscht.</translation>
    </message>
    <message>
        <source>Check the address with the recipient.</source>
        <translation>Prüfen Sie die Adresse mit dem Empfänger.</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Konto deaktiviert</translation>
    </message>
    <message>
        <source>The recipient&apos;s account exists but is disabled or inactive.</source>
        <translation>Das Konto des Empfängers existiert, ist aber deaktiviert oder inaktiv.</translation>
    </message>
    <message>
        <source>The account was suspended or is no longer used.</source>
        <translation>Das Konto wurde gesperrt oder wird nicht mehr verwendet.</translation>
    </message>
    <message>
        <source>App password required (Google)</source>
        <translation>App-Passwort erforderlich (Google)</translation>
    </message>
    <message>
        <source>The account uses 2-step verification, so the normal password is not accepted by SMTP.</source>
        <translation>Das Konto verwendet die Bestätigung in zwei Schritten, daher nimmt SMTP das normale Passwort nicht an.</translation>
    </message>
    <message>
        <source>2-step verification is on.</source>
        <translation>Die Bestätigung in zwei Schritten ist aktiviert.</translation>
    </message>
    <message>
        <source>Create an app password in the Google account, or use OAuth.</source>
        <translation>Erstellen Sie im Google-Konto ein App-Passwort, oder verwenden Sie OAuth.</translation>
    </message>
    <message>
        <source>User name or password not accepted (Google)</source>
        <translation>Benutzername oder Passwort nicht angenommen (Google)</translation>
    </message>
    <message>
        <source>Google did not accept the credentials.</source>
        <translation>Google hat die Zugangsdaten nicht angenommen.</translation>
    </message>
    <message>
        <source>A wrong password, or a normal password where an app password is needed.</source>
        <translation>Ein falsches Passwort, oder ein normales Passwort, wo ein App-Passwort nötig ist.</translation>
    </message>
    <message>
        <source>Check the password; create an app password if 2-step verification is on.</source>
        <translation>Prüfen Sie das Passwort; erstellen Sie ein App-Passwort, wenn die Bestätigung in zwei Schritten aktiviert ist.</translation>
    </message>
    <message>
        <source>Refused as likely spam (Gmail)</source>
        <translation>Als wahrscheinlicher Spam abgelehnt (Gmail)</translation>
    </message>
    <message>
        <source>Gmail judged the message to be unsolicited, based on its content and the sender&apos;s reputation.</source>
        <translation>Gmail hat die Nachricht anhand ihres Inhalts und der Reputation des Absenders als unerwünscht eingestuft.</translation>
    </message>
    <message>
        <source>Poor reputation of the sending IP or domain.</source>
        <translation>Schlechte Reputation der sendenden IP oder Domain.</translation>
    </message>
    <message>
        <source>Content that looks like spam, or many complaints.</source>
        <translation>Inhalt, der wie Spam aussieht, oder viele Beschwerden.</translation>
    </message>
    <message>
        <source>Check Google Postmaster Tools for the domain.</source>
        <translation>Prüfen Sie die Domain in den Google Postmaster Tools.</translation>
    </message>
    <message>
        <source>Authenticate mail (SPF, DKIM, DMARC) and send only to people who asked for it.</source>
        <translation>Authentifizieren Sie Ihre Mail (SPF, DKIM, DMARC) und senden Sie nur an Personen, die sie angefordert haben.</translation>
    </message>
    <message>
        <source>Message too large (Gmail)</source>
        <translation>Nachricht zu groß (Gmail)</translation>
    </message>
    <message>
        <source>The message is larger than Gmail accepts (about 25 MB).</source>
        <translation>Die Nachricht ist größer, als Gmail annimmt (etwa 25 MB).</translation>
    </message>
    <message>
        <source>Large attachments; encoding adds about a third.</source>
        <translation>Große Anhänge; die Codierung fügt etwa ein Drittel hinzu.</translation>
    </message>
    <message>
        <source>Share large files as links.</source>
        <translation>Teilen Sie große Dateien als Links.</translation>
    </message>
    <message>
        <source>TLS required first</source>
        <translation>Zuerst TLS erforderlich</translation>
    </message>
    <message>
        <source>The server only continues after the connection has been encrypted with STARTTLS.</source>
        <translation>Der Server macht erst weiter, wenn die Verbindung mit STARTTLS verschlüsselt wurde.</translation>
    </message>
    <message>
        <source>The client did not use STARTTLS before this command.</source>
        <translation>Der Client hat vor diesem Befehl kein STARTTLS verwendet.</translation>
    </message>
    <message>
        <source>The server forbids sign-in or mail over plain text.</source>
        <translation>Der Server verbietet Anmeldung oder Mail im Klartext.</translation>
    </message>
    <message>
        <source>Use STARTTLS (port 587 or 25), or implicit TLS on port 465.</source>
        <translation>Verwenden Sie STARTTLS (Port 587 oder 25) oder implizites TLS auf Port 465.</translation>
    </message>
    <message>
        <source>TLS negotiation failed</source>
        <translation>TLS-Aushandlung fehlgeschlagen</translation>
    </message>
    <message>
        <source>No common TLS version or cipher, or a certificate problem.</source>
        <translation>Keine gemeinsame TLS-Version oder Verschlüsselung, oder ein Zertifikatsproblem.</translation>
    </message>
    <message>
        <source>Check the TLS settings of the sending server.</source>
        <translation>Prüfen Sie die TLS-Einstellungen des sendenden Servers.</translation>
    </message>
    <message>
        <source>Temporarily deferred (Yahoo TSS04)</source>
        <translation>Vorübergehend zurückgestellt (Yahoo TSS04)</translation>
    </message>
    <message>
        <source>Yahoo delays mail from this IP because of unusual volume or user complaints.</source>
        <translation>Yahoo verzögert Mail von dieser IP wegen ungewöhnlichen Volumens oder Beschwerden von Nutzern.</translation>
    </message>
    <message>
        <source>A volume spike, or recipients marking the mail as spam.</source>
        <translation>Eine Volumenspitze, oder Empfänger markieren die Mail als Spam.</translation>
    </message>
    <message>
        <source>Let the server retry; reduce volume and check complaint rates.</source>
        <translation>Lassen Sie den Server es erneut versuchen; verringern Sie das Volumen und prüfen Sie die Beschwerdequoten.</translation>
    </message>
    <message>
        <source>IP temporarily blocked (Yahoo)</source>
        <translation>IP vorübergehend gesperrt (Yahoo)</translation>
    </message>
    <message>
        <source>Yahoo is blocking mail from this IP for a while because of its reputation.</source>
        <translation>Yahoo sperrt Mail von dieser IP wegen ihrer Reputation für eine Weile.</translation>
    </message>
    <message>
        <source>Complaints or spam traps hit from this IP.</source>
        <translation>Beschwerden oder Spamfallen-Treffer von dieser IP.</translation>
    </message>
    <message>
        <source>Improve list hygiene; let the block expire; contact Yahoo sender support.</source>
        <translation>Pflegen Sie Ihre Listen besser; lassen Sie die Sperre auslaufen; wenden Sie sich an den Yahoo-Absendersupport.</translation>
    </message>
    <message>
        <source>Yahoo account does not exist</source>
        <translation>Yahoo-Konto existiert nicht</translation>
    </message>
    <message>
        <source>There is no Yahoo (or AOL) account with this address.</source>
        <translation>Es gibt kein Yahoo- (oder AOL-)Konto mit dieser Adresse.</translation>
    </message>
    <message>
        <source>A typo, or the account was closed.</source>
        <translation>Ein Tippfehler, oder das Konto wurde geschlossen.</translation>
    </message>
    <message>
        <source>Password sign-in disabled (Microsoft 365)</source>
        <translation>Anmeldung mit Passwort deaktiviert (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the sign-in because SMTP sign-in with a password (basic authentication) is switched off for the tenant or the mailbox.</source>
        <translation>Microsoft 365 hat die Anmeldung abgelehnt, weil die SMTP-Anmeldung mit Passwort (Standardauthentifizierung) für den Mandanten oder das Postfach abgeschaltet ist.</translation>
    </message>
    <message>
        <source>Authenticated SMTP (SMTP AUTH) is disabled for the organisation or the mailbox.</source>
        <translation>Authentifiziertes SMTP (SMTP AUTH) ist für die Organisation oder das Postfach deaktiviert.</translation>
    </message>
    <message>
        <source>Security defaults or a policy block basic authentication.</source>
        <translation>Sicherheitsstandards oder eine Richtlinie sperren die Standardauthentifizierung.</translation>
    </message>
    <message>
        <source>Sign in with an OAuth 2.0 access token instead: in this tool choose &quot;OAuth 2.0 token (AUTH XOAUTH2: Microsoft 365, Gmail)&quot; and paste a token issued for the scope https://outlook.office.com/SMTP.Send.</source>
        <translation>Melden Sie sich stattdessen mit einem OAuth-2.0-Zugriffstoken an: wählen Sie in diesem Werkzeug „OAuth-2.0-Token (AUTH XOAUTH2: Microsoft 365, Gmail)“ und fügen Sie ein Token ein, das für den Scope https://outlook.office.com/SMTP.Send ausgestellt wurde.</translation>
    </message>
    <message>
        <source>Or ask the Microsoft 365 administrator to enable SMTP AUTH for this mailbox.</source>
        <translation>Oder bitten Sie den Microsoft-365-Administrator, SMTP AUTH für dieses Postfach zu aktivieren.</translation>
    </message>
    <message>
        <source>Or send through a connector or relay that does not need a password.</source>
        <translation>Oder senden Sie über einen Connector oder ein Relay, das kein Passwort braucht.</translation>
    </message>
    <message>
        <source>Sign-in refused (Microsoft 365)</source>
        <translation>Anmeldung abgelehnt (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the user name and password.</source>
        <translation>Microsoft 365 hat Benutzername und Passwort nicht angenommen.</translation>
    </message>
    <message>
        <source>A wrong password, or the user name is not the full e-mail address.</source>
        <translation>Ein falsches Passwort, oder der Benutzername ist nicht die vollständige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Multi-factor sign-in needs an app password, or password sign-in is blocked.</source>
        <translation>Die Mehrfaktor-Anmeldung braucht ein App-Passwort, oder die Anmeldung mit Passwort ist gesperrt.</translation>
    </message>
    <message>
        <source>With an OAuth 2.0 token: the token has expired or was issued for another mailbox or scope.</source>
        <translation>Mit einem OAuth-2.0-Token: das Token ist abgelaufen oder wurde für ein anderes Postfach oder einen anderen Scope ausgestellt.</translation>
    </message>
    <message>
        <source>Sign in to Outlook on the web with the same credentials.</source>
        <translation>Melden Sie sich mit denselben Zugangsdaten bei Outlook im Web an.</translation>
    </message>
    <message>
        <source>Where password sign-in is blocked, sign in with an OAuth 2.0 access token in this tool (XOAUTH2, scope https://outlook.office.com/SMTP.Send).</source>
        <translation>Wo die Anmeldung mit Passwort gesperrt ist, melden Sie sich in diesem Werkzeug mit einem OAuth-2.0-Zugriffstoken an (XOAUTH2, Scope https://outlook.office.com/SMTP.Send).</translation>
    </message>
    <message>
        <source>Ask the administrator whether SMTP AUTH is allowed for the mailbox.</source>
        <translation>Fragen Sie den Administrator, ob SMTP AUTH für das Postfach erlaubt ist.</translation>
    </message>
    <message>
        <source>Sending IP banned (Microsoft 365)</source>
        <translation>Sendende IP gesperrt (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses mail from the sending IP address because it is on its block list.</source>
        <translation>Microsoft 365 lehnt Mail von der sendenden IP-Adresse ab, weil sie auf seiner Sperrliste steht.</translation>
    </message>
    <message>
        <source>The IP address sent spam or has a poor reputation.</source>
        <translation>Die IP-Adresse hat Spam gesendet oder hat eine schlechte Reputation.</translation>
    </message>
    <message>
        <source>A shared or newly assigned IP inherited a bad reputation.</source>
        <translation>Eine gemeinsam genutzte oder neu zugewiesene IP hat eine schlechte Reputation geerbt.</translation>
    </message>
    <message>
        <source>Use the Microsoft delist portal for the IP address after fixing the cause.</source>
        <translation>Beheben Sie die Ursache und nutzen Sie dann das Microsoft-Delist-Portal für die IP-Adresse.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s relay in the meantime.</source>
        <translation>Senden Sie in der Zwischenzeit über das Relay Ihres Anbieters.</translation>
    </message>
    <message>
        <source>Client was not authenticated</source>
        <translation>Client war nicht authentifiziert</translation>
    </message>
    <message>
        <source>The server does not accept anonymous mail here: the client must sign in first.</source>
        <translation>Der Server nimmt hier keine anonyme Mail an: der Client muss sich zuerst anmelden.</translation>
    </message>
    <message>
        <source>The destination SMTP server does not accept anonymous submissions.</source>
        <translation>Der Ziel-SMTP-Server nimmt keine anonymen Einlieferungen an.</translation>
    </message>
    <message>
        <source>You connected to a submission or internal server (for example an Exchange client connector) without signing in.</source>
        <translation>Sie haben sich ohne Anmeldung mit einem Einlieferungs- oder internen Server verbunden (zum Beispiel einem Exchange-Client-Connector).</translation>
    </message>
    <message>
        <source>The connector only accepts mail from authenticated users or partner servers.</source>
        <translation>Der Connector nimmt nur Mail von authentifizierten Benutzern oder Partnerservern an.</translation>
    </message>
    <message>
        <source>Sign in with AUTH (port 587 with STARTTLS).</source>
        <translation>Melden Sie sich mit AUTH an (Port 587 mit STARTTLS).</translation>
    </message>
    <message>
        <source>To test delivery from the internet, connect to the domain&apos;s MX on port 25 instead.</source>
        <translation>Um die Zustellung aus dem Internet zu testen, verbinden Sie sich stattdessen mit dem MX der Domain auf Port 25.</translation>
    </message>
    <message>
        <source>Invalid domain name (EHLO)</source>
        <translation>Ungültiger Domainname (EHLO)</translation>
    </message>
    <message>
        <source>Give a fully qualified domain name (mail.example.com) or an address literal like [192.0.2.1].</source>
        <translation>Geben Sie einen vollqualifizierten Domainnamen (mail.example.com) oder ein Adressliteral wie [192.0.2.1] an.</translation>
    </message>
    <message>
        <source>Invalid sender address</source>
        <translation>Ungültige Absenderadresse</translation>
    </message>
    <message>
        <source>The server refused the sender address given with MAIL FROM.</source>
        <translation>Der Server hat die mit MAIL FROM angegebene Absenderadresse abgelehnt.</translation>
    </message>
    <message>
        <source>There is a syntax error in the sender&apos;s e-mail address.</source>
        <translation>Die E-Mail-Adresse des Absenders enthält einen Syntaxfehler.</translation>
    </message>
    <message>
        <source>Write the sender as MAIL FROM:&lt;you@example.com&gt;.</source>
        <translation>Schreiben Sie den Absender als MAIL FROM:&lt;you@example.com&gt;.</translation>
    </message>
    <message>
        <source>Use a sender address in a domain that exists.</source>
        <translation>Verwenden Sie eine Absenderadresse in einer existierenden Domain.</translation>
    </message>
    <message>
        <source>Unrecognised command</source>
        <translation>Unbekannter Befehl</translation>
    </message>
    <message>
        <source>The server did not recognise the command that was typed or sent.</source>
        <translation>Der Server hat den eingetippten oder gesendeten Befehl nicht erkannt.</translation>
    </message>
    <message>
        <source>Backspace was used in a Telnet session, which sends the corrections to the server.</source>
        <translation>In einer Telnet-Sitzung wurde die Rücktaste verwendet, wodurch die Korrekturen an den Server gesendet werden.</translation>
    </message>
    <message>
        <source>The command is not supported at this point or on this connector.</source>
        <translation>Der Befehl wird an dieser Stelle oder auf diesem Connector nicht unterstützt.</translation>
    </message>
    <message>
        <source>Retype the command in one go, without corrections.</source>
        <translation>Tippen Sie den Befehl in einem Zug neu, ohne Korrekturen.</translation>
    </message>
    <message>
        <source>Check the spelling: EHLO, MAIL FROM:, RCPT TO:, DATA.</source>
        <translation>Prüfen Sie die Schreibweise: EHLO, MAIL FROM:, RCPT TO:, DATA.</translation>
    </message>
    <message>
        <source>Recipient not found in the organisation (Microsoft 365)</source>
        <translation>Empfänger in der Organisation nicht gefunden (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the recipient: the address does not exist in the receiving organisation (directory-based edge blocking).</source>
        <translation>Microsoft 365 hat den Empfänger abgelehnt: die Adresse existiert in der empfangenden Organisation nicht (verzeichnisbasierte Edge-Blockierung).</translation>
    </message>
    <message>
        <source>The recipient does not exist in the receiving tenant.</source>
        <translation>Der Empfänger existiert im empfangenden Mandanten nicht.</translation>
    </message>
    <message>
        <source>The domain&apos;s MX points to Microsoft 365 but the mailbox lives elsewhere and the domain is not set up as internal relay.</source>
        <translation>Der MX der Domain zeigt auf Microsoft 365, aber das Postfach liegt woanders, und die Domain ist nicht als internes Relay eingerichtet.</translation>
    </message>
    <message>
        <source>The receiving administrator may need to add the mailbox or set the domain to internal relay.</source>
        <translation>Der Administrator der Empfängerseite muss eventuell das Postfach anlegen oder die Domain auf internes Relay stellen.</translation>
    </message>
    <message>
        <source>Throttled, try later (Microsoft 365)</source>
        <translation>Gedrosselt, später erneut versuchen (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 is slowing down mail from this IP address and asks to retry later.</source>
        <translation>Microsoft 365 bremst Mail von dieser IP-Adresse und bittet, es später erneut zu versuchen.</translation>
    </message>
    <message>
        <source>A new or unknown sending IP sends more than Microsoft allows yet.</source>
        <translation>Eine neue oder unbekannte sendende IP sendet mehr, als Microsoft bisher erlaubt.</translation>
    </message>
    <message>
        <source>A sudden increase in volume from the IP.</source>
        <translation>Ein plötzlicher Anstieg des Volumens von der IP.</translation>
    </message>
    <message>
        <source>Let the sending server retry; the throttle eases as reputation builds.</source>
        <translation>Lassen Sie den sendenden Server es erneut versuchen; die Drosselung lässt nach, wenn die Reputation wächst.</translation>
    </message>
    <message>
        <source>Ramp up volume gradually from new IP addresses.</source>
        <translation>Steigern Sie das Volumen von neuen IP-Adressen schrittweise.</translation>
    </message>
    <message>
        <source>Traffic refused from this IP (Microsoft 365)</source>
        <translation>Verkehr von dieser IP abgelehnt (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses mail from this sending IP or tenant because of its reputation.</source>
        <translation>Microsoft 365 lehnt Mail von dieser sendenden IP oder diesem Mandanten wegen der Reputation ab.</translation>
    </message>
    <message>
        <source>The IP or tenant sent a high volume of spam, often from a compromised account.</source>
        <translation>Die IP oder der Mandant hat viel Spam gesendet, oft von einem kompromittierten Konto.</translation>
    </message>
    <message>
        <source>Find and secure any compromised account.</source>
        <translation>Finden und sichern Sie jedes kompromittierte Konto.</translation>
    </message>
    <message>
        <source>Contact Microsoft support once the cause is fixed.</source>
        <translation>Wenden Sie sich an den Microsoft-Support, sobald die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>Sending from an unregistered domain (Microsoft 365)</source>
        <translation>Senden von einer nicht registrierten Domain (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 blocks the tenant from sending with a domain that is not verified in the tenant.</source>
        <translation>Microsoft 365 hindert den Mandanten daran, mit einer Domain zu senden, die im Mandanten nicht verifiziert ist.</translation>
    </message>
    <message>
        <source>The sender domain is not added and verified in Microsoft 365.</source>
        <translation>Die Absenderdomain ist in Microsoft 365 nicht hinzugefügt und verifiziert.</translation>
    </message>
    <message>
        <source>Add and verify the domain in the Microsoft 365 admin centre.</source>
        <translation>Fügen Sie die Domain im Microsoft 365 Admin Center hinzu und verifizieren Sie sie.</translation>
    </message>
    <message>
        <source>Sender fails DMARC (Microsoft 365)</source>
        <translation>Absender besteht DMARC nicht (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the message because the sender&apos;s domain fails DMARC and its policy says to reject.</source>
        <translation>Microsoft 365 hat die Nachricht abgelehnt, weil die Domain des Absenders DMARC nicht besteht und ihre Richtlinie Ablehnen vorsieht.</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passes in alignment with the From: domain.</source>
        <translation>Weder SPF noch DKIM besteht passend zur From:-Domain.</translation>
    </message>
    <message>
        <source>A service sends on behalf of the domain without being authorised.</source>
        <translation>Ein Dienst sendet im Namen der Domain, ohne dazu autorisiert zu sein.</translation>
    </message>
    <message>
        <source>Add the sending service to SPF and set up DKIM for the domain.</source>
        <translation>Nehmen Sie den sendenden Dienst in SPF auf und richten Sie DKIM für die Domain ein.</translation>
    </message>
    <message>
        <source>Check the DMARC reports of the domain.</source>
        <translation>Prüfen Sie die DMARC-Berichte der Domain.</translation>
    </message>
    <message>
        <source>Recipient not found (Microsoft 365)</source>
        <translation>Empfänger nicht gefunden (Microsoft 365)</translation>
    </message>
    <message>
        <source>The recipient&apos;s address was not found in the receiving Microsoft 365 or Exchange directory.</source>
        <translation>Die Adresse des Empfängers wurde im empfangenden Microsoft-365- oder Exchange-Verzeichnis nicht gefunden.</translation>
    </message>
    <message>
        <source>A stale entry in an address book (auto-complete).</source>
        <translation>Ein veralteter Eintrag in einem Adressbuch (AutoVervollständigen).</translation>
    </message>
    <message>
        <source>Remove the old entry from auto-complete.</source>
        <translation>Entfernen Sie den alten Eintrag aus der AutoVervollständigen-Liste.</translation>
    </message>
    <message>
        <source>Ask the recipient for the current address.</source>
        <translation>Fragen Sie den Empfänger nach der aktuellen Adresse.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota.</source>
        <translation>Das Postfach des Empfängers hat sein Speicherkontingent überschritten.</translation>
    </message>
    <message>
        <source>A large message pushes the mailbox over its limit.</source>
        <translation>Eine große Nachricht bringt das Postfach über seine Grenze.</translation>
    </message>
    <message>
        <source>Relay refused by the tenant connector (Microsoft 365)</source>
        <translation>Relay vom Mandanten-Connector abgelehnt (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 could not attribute the message to a tenant, so it refuses to relay it.</source>
        <translation>Microsoft 365 konnte die Nachricht keinem Mandanten zuordnen und verweigert daher die Weiterleitung.</translation>
    </message>
    <message>
        <source>The on-premises server&apos;s IP or certificate does not match the inbound connector.</source>
        <translation>IP oder Zertifikat des lokalen Servers passt nicht zum eingehenden Connector.</translation>
    </message>
    <message>
        <source>Check the inbound connector&apos;s IP addresses or certificate name in Exchange Online.</source>
        <translation>Prüfen Sie in Exchange Online die IP-Adressen oder den Zertifikatsnamen des eingehenden Connectors.</translation>
    </message>
    <message>
        <source>Account blocked from sending (Microsoft 365)</source>
        <translation>Konto für das Senden gesperrt (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 blocked this account from sending because it was seen sending spam.</source>
        <translation>Microsoft 365 hat dieses Konto für das Senden gesperrt, weil es beim Senden von Spam aufgefallen ist.</translation>
    </message>
    <message>
        <source>The account is probably compromised.</source>
        <translation>Das Konto ist wahrscheinlich kompromittiert.</translation>
    </message>
    <message>
        <source>Reset the password, check the account, and ask the administrator to release it from the restricted users list.</source>
        <translation>Setzen Sie das Passwort zurück, prüfen Sie das Konto, und bitten Sie den Administrator, es aus der Liste eingeschränkter Benutzer freizugeben.</translation>
    </message>
    <message>
        <source>Not allowed to send to this recipient</source>
        <translation>Senden an diesen Empfänger nicht erlaubt</translation>
    </message>
    <message>
        <source>The recipient (often a group) only accepts mail from certain senders.</source>
        <translation>Der Empfänger (oft eine Gruppe) nimmt nur Mail von bestimmten Absendern an.</translation>
    </message>
    <message>
        <source>The group or mailbox is restricted to internal or listed senders.</source>
        <translation>Die Gruppe oder das Postfach ist auf interne oder aufgeführte Absender beschränkt.</translation>
    </message>
    <message>
        <source>Ask the group owner to allow your address.</source>
        <translation>Bitten Sie den Inhaber der Gruppe, Ihre Adresse zuzulassen.</translation>
    </message>
    <message>
        <source>External forwarding blocked (Microsoft 365)</source>
        <translation>Externe Weiterleitung gesperrt (Microsoft 365)</translation>
    </message>
    <message>
        <source>A forwarding rule tried to send the message outside the organisation, which its policy forbids.</source>
        <translation>Eine Weiterleitungsregel hat versucht, die Nachricht nach außerhalb der Organisation zu senden, was deren Richtlinie verbietet.</translation>
    </message>
    <message>
        <source>An inbox rule forwards mail to an outside address.</source>
        <translation>Eine Posteingangsregel leitet Mail an eine externe Adresse weiter.</translation>
    </message>
    <message>
        <source>Remove the forwarding rule, or ask the administrator about the outbound policy.</source>
        <translation>Entfernen Sie die Weiterleitungsregel, oder fragen Sie den Administrator nach der Richtlinie für ausgehende Mail.</translation>
    </message>
    <message>
        <source>Bare line feeds in message</source>
        <translation>Einzelne Zeilenvorschübe in der Nachricht</translation>
    </message>
    <message>
        <source>The message contains line endings without carriage return, which the server refuses.</source>
        <translation>Die Nachricht enthält Zeilenenden ohne Wagenrücklauf, die der Server ablehnt.</translation>
    </message>
    <message>
        <source>The sending program writes LF instead of CRLF.</source>
        <translation>Das sendende Programm schreibt LF statt CRLF.</translation>
    </message>
    <message>
        <source>Fix the sending program to use CRLF line endings.</source>
        <translation>Korrigieren Sie das sendende Programm, damit es CRLF-Zeilenenden verwendet.</translation>
    </message>
    <message>
        <source>Recipient domain does not exist (Microsoft 365)</source>
        <translation>Empfängerdomain existiert nicht (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 looked up the recipient&apos;s domain in DNS and it does not exist, or has no mail servers.</source>
        <translation>Microsoft 365 hat die Domain des Empfängers im DNS abgefragt, und sie existiert nicht oder hat keine Mailserver.</translation>
    </message>
    <message>
        <source>A typo in the domain after the @.</source>
        <translation>Ein Tippfehler in der Domain nach dem @.</translation>
    </message>
    <message>
        <source>The domain expired or its registration lapsed.</source>
        <translation>Die Domain ist abgelaufen, oder ihre Registrierung ist erloschen.</translation>
    </message>
    <message>
        <source>Check the domain; ask the recipient whether their domain still works.</source>
        <translation>Prüfen Sie die Domain; fragen Sie den Empfänger, ob seine Domain noch funktioniert.</translation>
    </message>
    <message>
        <source>Sender blocked by the recipient</source>
        <translation>Absender vom Empfänger gesperrt</translation>
    </message>
    <message>
        <source>The receiving organisation has put the sender&apos;s address or domain on its block list.</source>
        <translation>Die empfangende Organisation hat die Adresse oder Domain des Absenders auf ihre Sperrliste gesetzt.</translation>
    </message>
    <message>
        <source>The recipient&apos;s administrator blocks this sender or its whole domain.</source>
        <translation>Der Administrator des Empfängers sperrt diesen Absender oder seine ganze Domain.</translation>
    </message>
    <message>
        <source>A past spam report against the sender.</source>
        <translation>Eine frühere Spam-Meldung gegen den Absender.</translation>
    </message>
    <message>
        <source>Ask the recipient to have their administrator allow your address.</source>
        <translation>Bitten Sie den Empfänger, Ihre Adresse von seinem Administrator zulassen zu lassen.</translation>
    </message>
    <message>
        <source>Network on the block list (Outlook.com)</source>
        <translation>Netz auf der Sperrliste (Outlook.com)</translation>
    </message>
    <message>
        <source>Outlook.com refuses mail from the sending network because it is on Microsoft&apos;s block list.</source>
        <translation>Outlook.com lehnt Mail aus dem sendenden Netz ab, weil es auf der Sperrliste von Microsoft steht.</translation>
    </message>
    <message>
        <source>The sending IP range has a poor reputation (often residential or cloud ranges).</source>
        <translation>Der sendende IP-Bereich hat eine schlechte Reputation (oft private oder Cloud-Bereiche).</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s relay.</source>
        <translation>Senden Sie über das Relay Ihres Anbieters.</translation>
    </message>
    <message>
        <source>Request delisting through Microsoft&apos;s sender support once the cause is fixed.</source>
        <translation>Beantragen Sie die Entfernung von der Liste über den Microsoft-Absendersupport, sobald die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>Sender&apos;s domain is blocklisted</source>
        <translation>Domain des Absenders steht auf einer Sperrliste</translation>
    </message>
    <message>
        <source>The receiving server refused the sender address because its domain is on a domain blocklist.</source>
        <translation>Der empfangende Server hat die Absenderadresse abgelehnt, weil ihre Domain auf einer Domain-Sperrliste steht.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain was used for spam, or is new and has no reputation yet.</source>
        <translation>Die Domain des Absenders wurde für Spam verwendet, oder sie ist neu und hat noch keine Reputation.</translation>
    </message>
    <message>
        <source>Look the domain up on the blocklist named in the reply and follow its removal steps.</source>
        <translation>Suchen Sie die Domain auf der in der Antwort genannten Sperrliste und folgen Sie den dortigen Schritten zur Entfernung.</translation>
    </message>
    <message>
        <source>Check that nobody sends spam in the domain&apos;s name (SPF, DKIM and DMARC help).</source>
        <translation>Prüfen Sie, dass niemand Spam im Namen der Domain sendet (SPF, DKIM und DMARC helfen).</translation>
    </message>
    <message>
        <source>Domain in the message is blocklisted (Spamhaus DBL)</source>
        <translation>Domain in der Nachricht steht auf einer Sperrliste (Spamhaus DBL)</translation>
    </message>
    <message>
        <source>A domain in the message or envelope is on the Spamhaus Domain Block List.</source>
        <translation>Eine Domain in der Nachricht oder im Envelope steht auf der Spamhaus Domain Block List.</translation>
    </message>
    <message>
        <source>A link or the sender&apos;s domain has a bad reputation.</source>
        <translation>Ein Link oder die Domain des Absenders hat eine schlechte Reputation.</translation>
    </message>
    <message>
        <source>Look the domain up on the Spamhaus website and remove the listed link.</source>
        <translation>Suchen Sie die Domain auf der Spamhaus-Website und entfernen Sie den gelisteten Link.</translation>
    </message>
    <message>
        <source>IP on the Spamhaus blocklist</source>
        <translation>IP auf der Spamhaus-Sperrliste</translation>
    </message>
    <message>
        <source>The receiving server refused the sending IP because it is listed by Spamhaus.</source>
        <translation>Der empfangende Server hat die sendende IP abgelehnt, weil Spamhaus sie listet.</translation>
    </message>
    <message>
        <source>The IP sent spam, is infected, or is in a dynamic range (PBL) that should not send directly.</source>
        <translation>Die IP hat Spam gesendet, ist infiziert oder liegt in einem dynamischen Bereich (PBL), der nicht direkt senden sollte.</translation>
    </message>
    <message>
        <source>Check the IP on the Spamhaus lookup page and follow its removal steps.</source>
        <translation>Prüfen Sie die IP auf der Abfrageseite von Spamhaus und folgen Sie den dortigen Schritten zur Entfernung.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s relay meanwhile.</source>
        <translation>Senden Sie in der Zwischenzeit über das Relay Ihres Anbieters.</translation>
    </message>
    <message>
        <source>IP on the SpamCop blocklist</source>
        <translation>IP auf der SpamCop-Sperrliste</translation>
    </message>
    <message>
        <source>The sending IP is listed by SpamCop because of spam reports.</source>
        <translation>Die sendende IP wird wegen Spam-Meldungen von SpamCop gelistet.</translation>
    </message>
    <message>
        <source>Recipients reported spam from this IP.</source>
        <translation>Empfänger haben Spam von dieser IP gemeldet.</translation>
    </message>
    <message>
        <source>Find the cause; SpamCop listings expire by themselves after the reports stop.</source>
        <translation>Finden Sie die Ursache; SpamCop-Einträge verfallen von selbst, wenn die Meldungen aufhören.</translation>
    </message>
    <message>
        <source>IP on the Barracuda blocklist</source>
        <translation>IP auf der Barracuda-Sperrliste</translation>
    </message>
    <message>
        <source>The sending IP is on the Barracuda Reputation Block List.</source>
        <translation>Die sendende IP steht auf der Barracuda Reputation Block List.</translation>
    </message>
    <message>
        <source>Poor reputation of the sending IP.</source>
        <translation>Schlechte Reputation der sendenden IP.</translation>
    </message>
    <message>
        <source>Request removal on the Barracuda Central website after fixing the cause.</source>
        <translation>Beheben Sie die Ursache und beantragen Sie dann die Entfernung auf der Website Barracuda Central.</translation>
    </message>
    <message>
        <source>IP on the UCEPROTECT blocklist</source>
        <translation>IP auf der UCEPROTECT-Sperrliste</translation>
    </message>
    <message>
        <source>The sending IP or its network is listed by UCEPROTECT.</source>
        <translation>Die sendende IP oder ihr Netz wird von UCEPROTECT gelistet.</translation>
    </message>
    <message>
        <source>Spam from the IP or from its provider&apos;s network.</source>
        <translation>Spam von der IP oder aus dem Netz ihres Providers.</translation>
    </message>
    <message>
        <source>Check the listing level; ask the provider, or send through another relay.</source>
        <translation>Prüfen Sie die Listungsstufe; fragen Sie den Provider, oder senden Sie über ein anderes Relay.</translation>
    </message>
    <message>
        <source>Domain not served here (qmail)</source>
        <translation>Domain wird hier nicht bedient (qmail)</translation>
    </message>
    <message>
        <source>The qmail server does not accept mail for the recipient&apos;s domain from this client: it is not one of its domains and you did not sign in.</source>
        <translation>Der qmail-Server nimmt von diesem Client keine Mail für die Domain des Empfängers an: sie gehört nicht zu seinen Domains, und Sie haben sich nicht angemeldet.</translation>
    </message>
    <message>
        <source>The recipient domain&apos;s MX points elsewhere, or the server is not set up for the domain.</source>
        <translation>Der MX der Empfängerdomain zeigt woandershin, oder der Server ist für die Domain nicht eingerichtet.</translation>
    </message>
    <message>
        <source>You did not sign in to send through this server.</source>
        <translation>Sie haben sich nicht angemeldet, um über diesen Server zu senden.</translation>
    </message>
    <message>
        <source>Connect to the recipient domain&apos;s MX, or sign in to relay.</source>
        <translation>Verbinden Sie sich mit dem MX der Empfängerdomain, oder melden Sie sich zum Weiterleiten an.</translation>
    </message>
    <message>
        <source>Account or domain unknown (cPanel/Exim)</source>
        <translation>Konto oder Domain unbekannt (cPanel/Exim)</translation>
    </message>
    <message>
        <source>The server could not deliver to the address and gives several possible reasons at once.</source>
        <translation>Der Server konnte nicht an die Adresse zustellen und nennt mehrere mögliche Gründe auf einmal.</translation>
    </message>
    <message>
        <source>The mailbox or the domain does not exist on that server.</source>
        <translation>Das Postfach oder die Domain existiert auf diesem Server nicht.</translation>
    </message>
    <message>
        <source>The sending IP is on a blocklist the server uses.</source>
        <translation>Die sendende IP steht auf einer Sperrliste, die der Server verwendet.</translation>
    </message>
    <message>
        <source>The sending domain lacks DNS records the server checks (SPF, reverse DNS).</source>
        <translation>Der sendenden Domain fehlen DNS-Einträge, die der Server prüft (SPF, Reverse-DNS).</translation>
    </message>
    <message>
        <source>Check the address first; then check your IP on blocklists and your DNS records.</source>
        <translation>Prüfen Sie zuerst die Adresse; prüfen Sie dann Ihre IP auf Sperrlisten und Ihre DNS-Einträge.</translation>
    </message>
    <message>
        <source>Refused by Orange&apos;s filters</source>
        <translation>Von den Filtern von Orange abgelehnt</translation>
    </message>
    <message>
        <source>Orange (orange.fr, wanadoo.fr) refused the message; its OFR code points to spam filtering or the sender&apos;s reputation.</source>
        <translation>Orange (orange.fr, wanadoo.fr) hat die Nachricht abgelehnt; der OFR-Code weist auf Spamfilterung oder die Reputation des Absenders hin.</translation>
    </message>
    <message>
        <source>The content or the sending IP looks like spam to Orange.</source>
        <translation>Inhalt oder sendende IP sieht für Orange nach Spam aus.</translation>
    </message>
    <message>
        <source>Missing or failing SPF/DKIM for the sending domain.</source>
        <translation>Fehlendes oder fehlschlagendes SPF/DKIM für die sendende Domain.</translation>
    </message>
    <message>
        <source>Check the sending IP&apos;s reputation and the domain&apos;s SPF and DKIM.</source>
        <translation>Prüfen Sie die Reputation der sendenden IP sowie SPF und DKIM der Domain.</translation>
    </message>
    <message>
        <source>Look up the OFR code on Orange&apos;s postmaster pages.</source>
        <translation>Schlagen Sie den OFR-Code auf den Postmaster-Seiten von Orange nach.</translation>
    </message>
    <message>
        <source>Blocked by a block list entry (Mimecast)</source>
        <translation>Durch einen Sperrlisteneintrag blockiert (Mimecast)</translation>
    </message>
    <message>
        <source>The receiving organisation&apos;s Mimecast gateway refused the message because the sender or the sender&apos;s domain is on a block list there: the recipient&apos;s own, or the organisation&apos;s.</source>
        <translation>Das Mimecast-Gateway der empfangenden Organisation hat die Nachricht abgelehnt, weil der Absender oder seine Domain dort auf einer Sperrliste steht: der eigenen des Empfängers oder der der Organisation.</translation>
    </message>
    <message>
        <source>The recipient or their administrator blocked this sender or domain.</source>
        <translation>Der Empfänger oder sein Administrator hat diesen Absender oder diese Domain gesperrt.</translation>
    </message>
    <message>
        <source>Ask the recipient to remove the sender from their blocked senders, or their administrator to check the Mimecast policy.</source>
        <translation>Bitten Sie den Empfänger, den Absender aus seinen blockierten Absendern zu entfernen, oder seinen Administrator, die Mimecast-Richtlinie zu prüfen.</translation>
    </message>
    <message>
        <source>Commands sent too early</source>
        <translation>Befehle zu früh gesendet</translation>
    </message>
    <message>
        <source>The server hung up because the client sent commands before the server had answered, which this server does not allow.</source>
        <translation>Der Server hat aufgelegt, weil der Client Befehle gesendet hat, bevor der Server geantwortet hatte, was dieser Server nicht erlaubt.</translation>
    </message>
    <message>
        <source>The sending program or device does not wait for each reply (improper pipelining).</source>
        <translation>Das sendende Programm oder Gerät wartet nicht auf jede Antwort (fehlerhaftes Pipelining).</translation>
    </message>
    <message>
        <source>The client spoke before the server&apos;s greeting, as spam programs do.</source>
        <translation>Der Client hat vor der Begrüßung des Servers gesprochen, wie es Spamprogramme tun.</translation>
    </message>
    <message>
        <source>Update or reconfigure the sending program so that it waits for the greeting and for each reply.</source>
        <translation>Aktualisieren oder konfigurieren Sie das sendende Programm so, dass es auf die Begrüßung und auf jede Antwort wartet.</translation>
    </message>
    <message>
        <source>Test from this tool: it always waits, so a pass here points at the other program.</source>
        <translation>Testen Sie mit diesem Werkzeug: es wartet immer, ein Erfolg hier deutet also auf das andere Programm.</translation>
    </message>
    <message>
        <source>An optional feature is switched off</source>
        <translation>Eine optionale Funktion ist abgeschaltet</translation>
    </message>
    <message>
        <source>The server refused an optional SMTP feature that the client asked for, such as delivery notifications (DSN).</source>
        <translation>Der Server hat eine optionale SMTP-Funktion abgelehnt, die der Client angefordert hat, etwa Zustellbenachrichtigungen (DSN).</translation>
    </message>
    <message>
        <source>The administrator disabled the feature, or the server never supported it despite what the client assumed.</source>
        <translation>Der Administrator hat die Funktion deaktiviert, oder der Server hat sie nie unterstützt, anders als der Client annahm.</translation>
    </message>
    <message>
        <source>Send without the feature (for delivery notifications: clear the option), or ask the server&apos;s administrator to enable it.</source>
        <translation>Senden Sie ohne die Funktion (bei Zustellbenachrichtigungen: Option abwählen), oder bitten Sie den Administrator des Servers, sie zu aktivieren.</translation>
    </message>
    <message>
        <source>Mail loop</source>
        <translation>Mailschleife</translation>
    </message>
    <message>
        <source>The message went round between servers too many times and was stopped.</source>
        <translation>Die Nachricht ist zu oft zwischen Servern hin und her gelaufen und wurde angehalten.</translation>
    </message>
    <message>
        <source>Two servers or forwarding rules send the message back and forth.</source>
        <translation>Zwei Server oder Weiterleitungsregeln schicken die Nachricht hin und her.</translation>
    </message>
    <message>
        <source>The MX record points back to the sending server.</source>
        <translation>Der MX-Eintrag zeigt auf den sendenden Server zurück.</translation>
    </message>
    <message>
        <source>Check the MX records and forwarding rules of the recipient&apos;s domain.</source>
        <translation>Prüfen Sie die MX-Einträge und Weiterleitungsregeln der Empfängerdomain.</translation>
    </message>
    <message>
        <source>Send the whole bounce to the recipient&apos;s administrator.</source>
        <translation>Schicken Sie die ganze Unzustellbarkeitsnachricht an den Administrator des Empfängers.</translation>
    </message>
    <message>
        <source>IP on a blocklist</source>
        <translation>IP auf einer Sperrliste</translation>
    </message>
    <message>
        <source>The receiving server refused the sending IP because a blocklist names it.</source>
        <translation>Der empfangende Server hat die sendende IP abgelehnt, weil eine Sperrliste sie nennt.</translation>
    </message>
    <message>
        <source>The IP sent spam or has a poor reputation, or is a dynamic address.</source>
        <translation>Die IP hat Spam gesendet, hat eine schlechte Reputation oder ist eine dynamische Adresse.</translation>
    </message>
    <message>
        <source>Look the IP up on the blocklist named in the reply and follow its removal steps.</source>
        <translation>Suchen Sie die IP auf der in der Antwort genannten Sperrliste und folgen Sie den dortigen Schritten zur Entfernung.</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Relaying verweigert</translation>
    </message>
    <message>
        <source>The server does not pass mail on to other domains for this client; it only accepts mail for its own domains.</source>
        <translation>Der Server leitet für diesen Client keine Mail an andere Domains weiter; er nimmt nur Mail für seine eigenen Domains an.</translation>
    </message>
    <message>
        <source>You did not sign in, so the server will not relay.</source>
        <translation>Sie haben sich nicht angemeldet, daher leitet der Server nicht weiter.</translation>
    </message>
    <message>
        <source>You connected to a server that does not host the recipient&apos;s domain.</source>
        <translation>Sie haben sich mit einem Server verbunden, der die Domain des Empfängers nicht bedient.</translation>
    </message>
    <message>
        <source>Sign in (AUTH) to send through your own server.</source>
        <translation>Melden Sie sich an (AUTH), um über Ihren eigenen Server zu senden.</translation>
    </message>
    <message>
        <source>Or connect to the recipient domain&apos;s MX.</source>
        <translation>Oder verbinden Sie sich mit dem MX der Empfängerdomain.</translation>
    </message>
    <message>
        <source>Reverse DNS missing or wrong</source>
        <translation>Reverse-DNS fehlt oder ist falsch</translation>
    </message>
    <message>
        <source>The server could not find a host name for the sending IP (PTR), or it does not resolve back.</source>
        <translation>Der Server konnte keinen Hostnamen für die sendende IP finden (PTR), oder er löst nicht zurück auf.</translation>
    </message>
    <message>
        <source>The PTR name does not point back to the IP.</source>
        <translation>Der PTR-Name zeigt nicht auf die IP zurück.</translation>
    </message>
    <message>
        <source>Ask the IP owner to set a PTR record that resolves back to the IP.</source>
        <translation>Bitten Sie den Inhaber der IP, einen PTR-Eintrag zu setzen, der zurück auf die IP auflöst.</translation>
    </message>
    <message>
        <source>The server refused the name the client gave with EHLO/HELO.</source>
        <translation>Der Server hat den Namen abgelehnt, den der Client mit EHLO/HELO angegeben hat.</translation>
    </message>
    <message>
        <source>The name is not a fully qualified domain name (for example &quot;localhost&quot; or a Windows machine name).</source>
        <translation>Der Name ist kein vollqualifizierter Domainname (zum Beispiel „localhost“ oder ein Windows-Rechnername).</translation>
    </message>
    <message>
        <source>The name does not exist in DNS.</source>
        <translation>Der Name existiert im DNS nicht.</translation>
    </message>
    <message>
        <source>Use the server&apos;s full public DNS name as EHLO name.</source>
        <translation>Verwenden Sie den vollständigen öffentlichen DNS-Namen des Servers als EHLO-Namen.</translation>
    </message>
    <message>
        <source>Sender domain not found</source>
        <translation>Absenderdomain nicht gefunden</translation>
    </message>
    <message>
        <source>The server looked up the sender address&apos;s domain and it does not exist in DNS.</source>
        <translation>Der Server hat die Domain der Absenderadresse abgefragt, und sie existiert im DNS nicht.</translation>
    </message>
    <message>
        <source>A typo in the sender domain, or an internal-only domain (.local, .lan).</source>
        <translation>Ein Tippfehler in der Absenderdomain, oder eine rein interne Domain (.local, .lan).</translation>
    </message>
    <message>
        <source>Use a sender address in a public domain that exists.</source>
        <translation>Verwenden Sie eine Absenderadresse in einer öffentlichen, existierenden Domain.</translation>
    </message>
    <message>
        <source>Sender address not yours</source>
        <translation>Absenderadresse gehört nicht Ihnen</translation>
    </message>
    <message>
        <source>The signed-in account may not send with this sender address.</source>
        <translation>Das angemeldete Konto darf nicht mit dieser Absenderadresse senden.</translation>
    </message>
    <message>
        <source>The MAIL FROM address differs from the account&apos;s own address.</source>
        <translation>Die MAIL-FROM-Adresse weicht von der eigenen Adresse des Kontos ab.</translation>
    </message>
    <message>
        <source>Send with the address of the account you signed in with, or get send-as rights.</source>
        <translation>Senden Sie mit der Adresse des Kontos, mit dem Sie angemeldet sind, oder lassen Sie sich „Senden als“-Rechte geben.</translation>
    </message>
    <message>
        <source>Recipient domain not found</source>
        <translation>Empfängerdomain nicht gefunden</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain could not be found in DNS.</source>
        <translation>Die Domain des Empfängers wurde im DNS nicht gefunden.</translation>
    </message>
    <message>
        <source>The domain expired or has broken DNS.</source>
        <translation>Die Domain ist abgelaufen oder hat fehlerhaften DNS.</translation>
    </message>
    <message>
        <source>Check the domain; look up its MX records.</source>
        <translation>Prüfen Sie die Domain; fragen Sie ihre MX-Einträge ab.</translation>
    </message>
    <message>
        <source>Greylisted</source>
        <translation>Greylisting</translation>
    </message>
    <message>
        <source>The server greylists: it refuses the first attempt from an unknown sender and accepts a retry after a few minutes.</source>
        <translation>Der Server verwendet Greylisting: er lehnt den ersten Versuch eines unbekannten Absenders ab und nimmt eine Wiederholung nach einigen Minuten an.</translation>
    </message>
    <message>
        <source>This sender, IP and recipient combination is new to the server.</source>
        <translation>Diese Kombination aus Absender, IP und Empfänger ist dem Server neu.</translation>
    </message>
    <message>
        <source>Nothing to fix: a real mail server retries and gets through.</source>
        <translation>Nichts zu beheben: ein echter Mailserver versucht es erneut und kommt durch.</translation>
    </message>
    <message>
        <source>If the test must pass now, retry after the delay the server names.</source>
        <translation>Muss der Test jetzt bestehen, versuchen Sie es nach der Wartezeit erneut, die der Server nennt.</translation>
    </message>
    <message>
        <source>Recipient unknown (Postfix)</source>
        <translation>Empfänger unbekannt (Postfix)</translation>
    </message>
    <message>
        <source>The Postfix server has no mailbox with this address.</source>
        <translation>Der Postfix-Server hat kein Postfach mit dieser Adresse.</translation>
    </message>
    <message>
        <source>The message is larger than the server accepts.</source>
        <translation>Die Nachricht ist größer, als der Server annimmt.</translation>
    </message>
    <message>
        <source>Send files as links, or compress them.</source>
        <translation>Senden Sie Dateien als Links, oder komprimieren Sie sie.</translation>
    </message>
    <message>
        <source>The client sent commands before the server had answered, although it did not offer PIPELINING at that point.</source>
        <translation>Der Client hat Befehle gesendet, bevor der Server geantwortet hatte, obwohl dieser an dieser Stelle kein PIPELINING angeboten hatte.</translation>
    </message>
    <message>
        <source>A client (or a spam tool) that does not wait for replies.</source>
        <translation>Ein Client (oder ein Spam-Werkzeug), der nicht auf Antworten wartet.</translation>
    </message>
    <message>
        <source>Use a client that waits for each reply.</source>
        <translation>Verwenden Sie einen Client, der auf jede Antwort wartet.</translation>
    </message>
    <message>
        <source>Client refused</source>
        <translation>Client abgelehnt</translation>
    </message>
    <message>
        <source>The server refuses connections from this client&apos;s IP address.</source>
        <translation>Der Server lehnt Verbindungen von der IP-Adresse dieses Clients ab.</translation>
    </message>
    <message>
        <source>A local block rule for the IP or its network.</source>
        <translation>Eine lokale Sperrregel für die IP oder ihr Netz.</translation>
    </message>
    <message>
        <source>Ask the receiving administrator why the IP is refused.</source>
        <translation>Fragen Sie den Administrator der Empfängerseite, warum die IP abgelehnt wird.</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <source>The server limits how many connections or messages this client may send in a period.</source>
        <translation>Der Server begrenzt, wie viele Verbindungen oder Nachrichten dieser Client in einem Zeitraum senden darf.</translation>
    </message>
    <message>
        <source>Too many parallel connections or messages in a short time.</source>
        <translation>Zu viele parallele Verbindungen oder Nachrichten in kurzer Zeit.</translation>
    </message>
    <message>
        <source>Send more slowly or with fewer connections; the limit resets by itself.</source>
        <translation>Senden Sie langsamer oder mit weniger Verbindungen; die Grenze setzt sich von selbst zurück.</translation>
    </message>
    <message>
        <source>Sender could not be verified</source>
        <translation>Absender konnte nicht überprüft werden</translation>
    </message>
    <message>
        <source>The server checked the sender address (a call-back) and it does not accept mail.</source>
        <translation>Der Server hat die Absenderadresse überprüft (Rückruf), und sie nimmt keine Mail an.</translation>
    </message>
    <message>
        <source>The sender address does not exist or its domain refuses the check.</source>
        <translation>Die Absenderadresse existiert nicht, oder ihre Domain verweigert die Prüfung.</translation>
    </message>
    <message>
        <source>Use a real sender address that accepts mail.</source>
        <translation>Verwenden Sie eine echte Absenderadresse, die Mail annimmt.</translation>
    </message>
    <message>
        <source>Unrouteable address (Exim)</source>
        <translation>Adresse nicht zustellbar (Exim)</translation>
    </message>
    <message>
        <source>Exim found no way to deliver to this address: the mailbox or the domain is unknown to it.</source>
        <translation>Exim hat keinen Weg gefunden, an diese Adresse zuzustellen: das Postfach oder die Domain ist ihm unbekannt.</translation>
    </message>
    <message>
        <source>The mailbox does not exist, or the recipient domain has no usable MX.</source>
        <translation>Das Postfach existiert nicht, oder die Empfängerdomain hat keinen verwendbaren MX.</translation>
    </message>
    <message>
        <source>Check the address and the domain&apos;s MX records.</source>
        <translation>Prüfen Sie die Adresse und die MX-Einträge der Domain.</translation>
    </message>
    <message>
        <source>The receiving server has no mailbox with this address.</source>
        <translation>Der empfangende Server hat kein Postfach mit dieser Adresse.</translation>
    </message>
    <message>
        <source>Check the address with the recipient by another channel.</source>
        <translation>Prüfen Sie die Adresse mit dem Empfänger über einen anderen Weg.</translation>
    </message>
    <message>
        <source>Refused as spam</source>
        <translation>Als Spam abgelehnt</translation>
    </message>
    <message>
        <source>The server&apos;s filter judged the message to be spam.</source>
        <translation>Der Filter des Servers hat die Nachricht als Spam eingestuft.</translation>
    </message>
    <message>
        <source>Send a plain message; check SPF, DKIM and DMARC; remove suspicious links.</source>
        <translation>Senden Sie eine einfache Nachricht; prüfen Sie SPF, DKIM und DMARC; entfernen Sie verdächtige Links.</translation>
    </message>
    <message>
        <source>Dangerous content</source>
        <translation>Gefährlicher Inhalt</translation>
    </message>
    <message>
        <source>The server found a virus or a forbidden attachment type.</source>
        <translation>Der Server hat einen Virus oder einen verbotenen Anhangstyp gefunden.</translation>
    </message>
    <message>
        <source>An infected file or a blocked file type (for example .exe or macros).</source>
        <translation>Eine infizierte Datei oder ein gesperrter Dateityp (zum Beispiel .exe oder Makros).</translation>
    </message>
    <message>
        <source>Scan the file; send it as a link or in an allowed format.</source>
        <translation>Scannen Sie die Datei; senden Sie sie als Link oder in einem erlaubten Format.</translation>
    </message>
    <message>
        <source>Delivery gave up after retrying</source>
        <translation>Zustellung nach Wiederholungen aufgegeben</translation>
    </message>
    <message>
        <source>The sending server kept retrying for days and then gave up.</source>
        <translation>Der sendende Server hat es tagelang immer wieder versucht und dann aufgegeben.</translation>
    </message>
    <message>
        <source>The destination was unreachable or deferred every attempt.</source>
        <translation>Das Ziel war nicht erreichbar oder hat jeden Versuch zurückgestellt.</translation>
    </message>
    <message>
        <source>Test the destination with this wizard to find out why.</source>
        <translation>Testen Sie das Ziel mit diesem Assistenten, um herauszufinden, warum.</translation>
    </message>
    <message>
        <source>The server did not accept the user name and password.</source>
        <translation>Der Server hat Benutzername und Passwort nicht angenommen.</translation>
    </message>
    <message>
        <source>The mailbox exists but is disabled.</source>
        <translation>Das Postfach existiert, ist aber deaktiviert.</translation>
    </message>
    <message>
        <source>The sending server could not get an answer from the destination in time.</source>
        <translation>Der sendende Server hat vom Ziel nicht rechtzeitig eine Antwort bekommen.</translation>
    </message>
    <message>
        <source>The destination is down, or a firewall drops the connection.</source>
        <translation>Das Ziel ist ausgefallen, oder eine Firewall verwirft die Verbindung.</translation>
    </message>
    <message>
        <source>Outbound port 25 is blocked at the sender.</source>
        <translation>Ausgehender Port 25 ist beim Absender gesperrt.</translation>
    </message>
    <message>
        <source>Test the destination&apos;s MX on port 25 with this wizard.</source>
        <translation>Testen Sie den MX des Ziels auf Port 25 mit diesem Assistenten.</translation>
    </message>
    <message>
        <source>The destination refused the connection: no mail service listens there.</source>
        <translation>Das Ziel hat die Verbindung abgelehnt: dort lauscht kein Maildienst.</translation>
    </message>
    <message>
        <source>The mail service is down, or the MX points at the wrong host.</source>
        <translation>Der Maildienst ist ausgefallen, oder der MX zeigt auf den falschen Host.</translation>
    </message>
    <message>
        <source>Check the MX records and whether the server runs.</source>
        <translation>Prüfen Sie die MX-Einträge und ob der Server läuft.</translation>
    </message>
    <message>
        <source>Recipient has moved</source>
        <translation>Empfänger ist umgezogen</translation>
    </message>
    <message>
        <source>The recipient is no longer at this address.</source>
        <translation>Der Empfänger ist nicht mehr unter dieser Adresse erreichbar.</translation>
    </message>
    <message>
        <source>The server reports success.</source>
        <translation>Der Server meldet Erfolg.</translation>
    </message>
    <message>
        <source>This is a temporary failure: a mail server keeps retrying for a while, and the same attempt may succeed later.</source>
        <translation>Dies ist ein vorübergehender Fehler: ein Mailserver versucht es eine Weile weiter, und derselbe Versuch kann später gelingen.</translation>
    </message>
    <message>
        <source>This is a permanent failure: sending again fails the same way until the cause is fixed.</source>
        <translation>Dies ist ein dauerhafter Fehler: erneutes Senden scheitert auf dieselbe Weise, bis die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>The server did what was asked.</source>
        <translation>Der Server hat getan, worum er gebeten wurde.</translation>
    </message>
    <message>
        <source>The command was accepted.</source>
        <translation>Der Befehl wurde angenommen.</translation>
    </message>
    <message>
        <source>Waiting for more</source>
        <translation>Wartet auf mehr</translation>
    </message>
    <message>
        <source>The server accepted the command and waits for more input.</source>
        <translation>Der Server hat den Befehl angenommen und wartet auf weitere Eingaben.</translation>
    </message>
    <message>
        <source>The command needs a second part (a message body or a sign-in answer).</source>
        <translation>Der Befehl braucht einen zweiten Teil (einen Nachrichtentext oder eine Anmeldeantwort).</translation>
    </message>
    <message>
        <source>Send what the server asks for.</source>
        <translation>Senden Sie, was der Server verlangt.</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation>Vorübergehender Fehler</translation>
    </message>
    <message>
        <source>The server could not do it now but may later.</source>
        <translation>Der Server konnte es jetzt nicht tun, kann es aber später vielleicht.</translation>
    </message>
    <message>
        <source>The server is busy, limits the sender, or waits for a retry.</source>
        <translation>Der Server ist ausgelastet, begrenzt den Absender oder wartet auf eine Wiederholung.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, read the server&apos;s text.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut; hält es an, lesen Sie den Text des Servers.</translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation>Dauerhafter Fehler</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The server&apos;s rules or data do not allow the request.</source>
        <translation>Die Regeln oder Daten des Servers erlauben die Anfrage nicht.</translation>
    </message>
    <message>
        <source>Read the server&apos;s text and fix the cause before sending again.</source>
        <translation>Lesen Sie den Text des Servers und beheben Sie die Ursache, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>The server gave no reason; by its code alone this means: %1</source>
        <translation>Der Server hat keinen Grund genannt; allein nach seinem Code bedeutet das: %1</translation>
    </message>
    <message>
        <source>The server&apos;s words name no cause the catalogue knows; by its code alone this means: %1</source>
        <translation>Die Worte des Servers nennen keine Ursache, die der Katalog kennt; allein nach seinem Code bedeutet das: %1</translation>
    </message>
    <message>
        <source>No certificate error</source>
        <translation>Kein Zertifikatsfehler</translation>
    </message>
    <message>
        <source>The certificate was verified.</source>
        <translation>Das Zertifikat wurde geprüft.</translation>
    </message>
    <message>
        <source>Nothing is wrong.</source>
        <translation>Es ist alles in Ordnung.</translation>
    </message>
    <message>
        <source>Issuer certificate missing</source>
        <translation>Zertifikat des Ausstellers fehlt</translation>
    </message>
    <message>
        <source>The certificate of the authority that issued the server&apos;s certificate could not be found.</source>
        <translation>Das Zertifikat der Stelle, die das Serverzertifikat ausgestellt hat, wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The server does not send its intermediate certificates.</source>
        <translation>Der Server sendet seine Zwischenzertifikate nicht mit.</translation>
    </message>
    <message>
        <source>The issuing authority is not trusted on this computer.</source>
        <translation>Der ausstellenden Stelle wird auf diesem Computer nicht vertraut.</translation>
    </message>
    <message>
        <source>Ask the administrator to send the intermediate certificates with the server certificate.</source>
        <translation>Bitten Sie den Administrator, die Zwischenzertifikate zusammen mit dem Serverzertifikat zu senden.</translation>
    </message>
    <message>
        <source>Certificate signature unreadable</source>
        <translation>Zertifikatssignatur nicht lesbar</translation>
    </message>
    <message>
        <source>The signature on the certificate could not be decrypted.</source>
        <translation>Die Signatur des Zertifikats konnte nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <source>A damaged certificate or a wrong issuer key.</source>
        <translation>Ein beschädigtes Zertifikat oder ein falscher Schlüssel des Ausstellers.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to install a valid certificate with its full chain.</source>
        <translation>Bitten Sie den Administrator des Servers, ein gültiges Zertifikat mit vollständiger Kette zu installieren.</translation>
    </message>
    <message>
        <source>Issuer key unreadable</source>
        <translation>Schlüssel des Ausstellers nicht lesbar</translation>
    </message>
    <message>
        <source>The public key of the issuing authority could not be read.</source>
        <translation>Der öffentliche Schlüssel der ausstellenden Stelle konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A damaged or unusual issuer certificate.</source>
        <translation>Ein beschädigtes oder ungewöhnliches Ausstellerzertifikat.</translation>
    </message>
    <message>
        <source>Certificate signature invalid</source>
        <translation>Zertifikatssignatur ungültig</translation>
    </message>
    <message>
        <source>The certificate&apos;s signature does not match its contents.</source>
        <translation>Die Signatur des Zertifikats passt nicht zu seinem Inhalt.</translation>
    </message>
    <message>
        <source>The certificate was altered, or someone intercepts the connection.</source>
        <translation>Das Zertifikat wurde verändert, oder jemand fängt die Verbindung ab.</translation>
    </message>
    <message>
        <source>Do not trust this connection; test from another network.</source>
        <translation>Vertrauen Sie dieser Verbindung nicht; testen Sie aus einem anderen Netz.</translation>
    </message>
    <message>
        <source>Certificate not yet valid</source>
        <translation>Zertifikat noch nicht gültig</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity starts in the future.</source>
        <translation>Die Gültigkeit des Zertifikats beginnt in der Zukunft.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong.</source>
        <translation>Die Uhr dieses Computers geht falsch.</translation>
    </message>
    <message>
        <source>The certificate was installed before its start date.</source>
        <translation>Das Zertifikat wurde vor seinem Startdatum installiert.</translation>
    </message>
    <message>
        <source>Check the date and time of this computer.</source>
        <translation>Prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>Zertifikat abgelaufen</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity has ended.</source>
        <translation>Die Gültigkeit des Zertifikats ist abgelaufen.</translation>
    </message>
    <message>
        <source>The administrator did not renew it (automatic renewal failed).</source>
        <translation>Der Administrator hat es nicht erneuert (die automatische Erneuerung ist fehlgeschlagen).</translation>
    </message>
    <message>
        <source>Ask the administrator to renew the certificate.</source>
        <translation>Bitten Sie den Administrator, das Zertifikat zu erneuern.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time.</source>
        <translation>Prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>Invalid start date in certificate</source>
        <translation>Ungültiges Startdatum im Zertifikat</translation>
    </message>
    <message>
        <source>The certificate&apos;s start date field is malformed.</source>
        <translation>Das Feld für das Startdatum des Zertifikats ist fehlerhaft.</translation>
    </message>
    <message>
        <source>A broken certificate.</source>
        <translation>Ein defektes Zertifikat.</translation>
    </message>
    <message>
        <source>Invalid end date in certificate</source>
        <translation>Ungültiges Enddatum im Zertifikat</translation>
    </message>
    <message>
        <source>The certificate&apos;s end date field is malformed.</source>
        <translation>Das Feld für das Enddatum des Zertifikats ist fehlerhaft.</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>Selbstsigniertes Zertifikat</translation>
    </message>
    <message>
        <source>The server presents a certificate it signed itself; nobody vouches for it.</source>
        <translation>Der Server legt ein Zertifikat vor, das er selbst signiert hat; niemand bürgt dafür.</translation>
    </message>
    <message>
        <source>A default certificate created when the server was installed.</source>
        <translation>Ein Standardzertifikat, das bei der Installation des Servers erzeugt wurde.</translation>
    </message>
    <message>
        <source>A test or internal server.</source>
        <translation>Ein Test- oder interner Server.</translation>
    </message>
    <message>
        <source>Install a certificate from a public authority (for example Let&apos;s Encrypt).</source>
        <translation>Installieren Sie ein Zertifikat einer öffentlichen Stelle (zum Beispiel Let&apos;s Encrypt).</translation>
    </message>
    <message>
        <source>For an internal server, add its certificate as a trusted CA file in the test.</source>
        <translation>Fügen Sie bei einem internen Server sein Zertifikat im Test als vertrauenswürdige CA-Datei hinzu.</translation>
    </message>
    <message>
        <source>Self-signed certificate in the chain</source>
        <translation>Selbstsigniertes Zertifikat in der Kette</translation>
    </message>
    <message>
        <source>The chain ends in a self-signed certificate that is not trusted here.</source>
        <translation>Die Kette endet in einem selbstsignierten Zertifikat, dem hier nicht vertraut wird.</translation>
    </message>
    <message>
        <source>A private certificate authority.</source>
        <translation>Eine private Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>A proxy or antivirus that intercepts TLS.</source>
        <translation>Ein Proxy oder Virenschutz, der TLS abfängt.</translation>
    </message>
    <message>
        <source>Add the private CA as a trusted CA file, or use a public certificate.</source>
        <translation>Fügen Sie die private CA als vertrauenswürdige CA-Datei hinzu, oder verwenden Sie ein öffentliches Zertifikat.</translation>
    </message>
    <message>
        <source>Issuer not found locally</source>
        <translation>Aussteller lokal nicht gefunden</translation>
    </message>
    <message>
        <source>The authority that issued the certificate is not known on this computer.</source>
        <translation>Die Stelle, die das Zertifikat ausgestellt hat, ist auf diesem Computer nicht bekannt.</translation>
    </message>
    <message>
        <source>A missing intermediate certificate.</source>
        <translation>Ein fehlendes Zwischenzertifikat.</translation>
    </message>
    <message>
        <source>A private or unknown certificate authority.</source>
        <translation>Eine private oder unbekannte Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>Add the private CA as a trusted CA file if this is an internal server.</source>
        <translation>Fügen Sie die private CA als vertrauenswürdige CA-Datei hinzu, wenn es ein interner Server ist.</translation>
    </message>
    <message>
        <source>Cannot verify the certificate</source>
        <translation>Zertifikat kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>No certificate in the chain could be verified.</source>
        <translation>Kein Zertifikat der Kette konnte geprüft werden.</translation>
    </message>
    <message>
        <source>The server sends only its own certificate without intermediates.</source>
        <translation>Der Server sendet nur sein eigenes Zertifikat ohne Zwischenzertifikate.</translation>
    </message>
    <message>
        <source>Certificate revoked</source>
        <translation>Zertifikat widerrufen</translation>
    </message>
    <message>
        <source>The issuing authority has withdrawn this certificate.</source>
        <translation>Die ausstellende Stelle hat dieses Zertifikat zurückgezogen.</translation>
    </message>
    <message>
        <source>The key was compromised or the certificate was replaced.</source>
        <translation>Der Schlüssel wurde kompromittiert, oder das Zertifikat wurde ersetzt.</translation>
    </message>
    <message>
        <source>Ask the administrator to install a new certificate.</source>
        <translation>Bitten Sie den Administrator, ein neues Zertifikat zu installieren.</translation>
    </message>
    <message>
        <source>Invalid authority certificate</source>
        <translation>Ungültiges Zertifikat der Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>A certificate in the chain is not allowed to act as an authority.</source>
        <translation>Ein Zertifikat der Kette darf nicht als Zertifizierungsstelle auftreten.</translation>
    </message>
    <message>
        <source>A wrongly built chain.</source>
        <translation>Eine falsch aufgebaute Kette.</translation>
    </message>
    <message>
        <source>Chain too long</source>
        <translation>Kette zu lang</translation>
    </message>
    <message>
        <source>The certificate chain is longer than an authority allows.</source>
        <translation>Die Zertifikatskette ist länger, als eine Zertifizierungsstelle erlaubt.</translation>
    </message>
    <message>
        <source>A misconfigured chain.</source>
        <translation>Eine falsch konfigurierte Kette.</translation>
    </message>
    <message>
        <source>Certificate not for this purpose</source>
        <translation>Zertifikat nicht für diesen Zweck</translation>
    </message>
    <message>
        <source>The certificate is not meant for a TLS server.</source>
        <translation>Das Zertifikat ist nicht für einen TLS-Server gedacht.</translation>
    </message>
    <message>
        <source>A client or e-mail signing certificate installed on the server.</source>
        <translation>Auf dem Server ist ein Client- oder E-Mail-Signaturzertifikat installiert.</translation>
    </message>
    <message>
        <source>The root authority is not trusted for this purpose.</source>
        <translation>Der Stammzertifizierungsstelle wird für diesen Zweck nicht vertraut.</translation>
    </message>
    <message>
        <source>A private or distrusted authority.</source>
        <translation>Eine private oder nicht vertrauenswürdige Stelle.</translation>
    </message>
    <message>
        <source>Use a certificate from a public authority.</source>
        <translation>Verwenden Sie ein Zertifikat einer öffentlichen Stelle.</translation>
    </message>
    <message>
        <source>Certificate rejected</source>
        <translation>Zertifikat zurückgewiesen</translation>
    </message>
    <message>
        <source>The root authority is marked to reject this purpose.</source>
        <translation>Die Stammzertifizierungsstelle ist so markiert, dass dieser Zweck zurückgewiesen wird.</translation>
    </message>
    <message>
        <source>The trust settings of this computer reject the authority.</source>
        <translation>Die Vertrauenseinstellungen dieses Computers weisen die Stelle zurück.</translation>
    </message>
    <message>
        <source>Check the trusted authorities of this computer.</source>
        <translation>Prüfen Sie die vertrauenswürdigen Stellen dieses Computers.</translation>
    </message>
    <message>
        <source>Issuer mismatch</source>
        <translation>Aussteller passt nicht</translation>
    </message>
    <message>
        <source>The issuer name does not match the authority&apos;s subject.</source>
        <translation>Der Name des Ausstellers passt nicht zum Inhaber der Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>A wrong intermediate certificate is sent.</source>
        <translation>Es wird ein falsches Zwischenzertifikat gesendet.</translation>
    </message>
    <message>
        <source>Authority key mismatch</source>
        <translation>Schlüssel der Zertifizierungsstelle passt nicht</translation>
    </message>
    <message>
        <source>The authority identifier in the certificate does not match the issuer.</source>
        <translation>Die Kennung der Zertifizierungsstelle im Zertifikat passt nicht zum Aussteller.</translation>
    </message>
    <message>
        <source>No certificate sent</source>
        <translation>Kein Zertifikat gesendet</translation>
    </message>
    <message>
        <source>The server did not present any certificate.</source>
        <translation>Der Server hat kein Zertifikat vorgelegt.</translation>
    </message>
    <message>
        <source>An anonymous TLS setup or a broken server.</source>
        <translation>Eine anonyme TLS-Einrichtung oder ein defekter Server.</translation>
    </message>
    <message>
        <source>Certificate for another name</source>
        <translation>Zertifikat für einen anderen Namen</translation>
    </message>
    <message>
        <source>The certificate does not name the host that was contacted.</source>
        <translation>Das Zertifikat nennt nicht den Host, mit dem verbunden wurde.</translation>
    </message>
    <message>
        <source>The certificate is for another name (for example the provider&apos;s host, not your domain).</source>
        <translation>Das Zertifikat gilt für einen anderen Namen (zum Beispiel den Host des Anbieters, nicht Ihre Domain).</translation>
    </message>
    <message>
        <source>You connected by IP address or by an alias.</source>
        <translation>Sie haben sich über eine IP-Adresse oder einen Alias verbunden.</translation>
    </message>
    <message>
        <source>Connect with the name in the certificate (see its subject alternative names).</source>
        <translation>Verbinden Sie sich mit dem Namen im Zertifikat (siehe seine alternativen Inhabernamen).</translation>
    </message>
    <message>
        <source>Ask the administrator to include this name in the certificate.</source>
        <translation>Bitten Sie den Administrator, diesen Namen in das Zertifikat aufzunehmen.</translation>
    </message>
    <message>
        <source>This program has no TLS support available.</source>
        <translation>Diesem Programm steht keine TLS-Unterstützung zur Verfügung.</translation>
    </message>
    <message>
        <source>The TLS library (OpenSSL) is missing.</source>
        <translation>Die TLS-Bibliothek (OpenSSL) fehlt.</translation>
    </message>
    <message>
        <source>Install the OpenSSL libraries and restart the program.</source>
        <translation>Installieren Sie die OpenSSL-Bibliotheken und starten Sie das Programm neu.</translation>
    </message>
    <message>
        <source>Certificate blocked</source>
        <translation>Zertifikat gesperrt</translation>
    </message>
    <message>
        <source>The certificate is on a block list of known bad certificates.</source>
        <translation>Das Zertifikat steht auf einer Sperrliste bekannter schlechter Zertifikate.</translation>
    </message>
    <message>
        <source>A compromised or fraudulent certificate.</source>
        <translation>Ein kompromittiertes oder betrügerisches Zertifikat.</translation>
    </message>
    <message>
        <source>Do not trust this connection; tell the administrator.</source>
        <translation>Vertrauen Sie dieser Verbindung nicht; informieren Sie den Administrator.</translation>
    </message>
    <message>
        <source>Certificate status unknown</source>
        <translation>Zertifikatsstatus unbekannt</translation>
    </message>
    <message>
        <source>The revocation status of the certificate could not be determined.</source>
        <translation>Der Widerrufsstatus des Zertifikats konnte nicht festgestellt werden.</translation>
    </message>
    <message>
        <source>The revocation service (OCSP) gave no usable answer.</source>
        <translation>Der Widerrufsdienst (OCSP) hat keine verwendbare Antwort geliefert.</translation>
    </message>
    <message>
        <source>No revocation answer</source>
        <translation>Keine Widerrufsantwort</translation>
    </message>
    <message>
        <source>The server gave no revocation status (OCSP) for its certificate.</source>
        <translation>Der Server hat keinen Widerrufsstatus (OCSP) für sein Zertifikat geliefert.</translation>
    </message>
    <message>
        <source>OCSP stapling is not set up.</source>
        <translation>OCSP-Stapling ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Nothing urgent; the administrator may enable OCSP stapling.</source>
        <translation>Nichts Dringendes; der Administrator kann OCSP-Stapling aktivieren.</translation>
    </message>
    <message>
        <source>Revocation request malformed</source>
        <translation>Widerrufsanfrage fehlerhaft</translation>
    </message>
    <message>
        <source>The revocation service could not read the request.</source>
        <translation>Der Widerrufsdienst konnte die Anfrage nicht lesen.</translation>
    </message>
    <message>
        <source>A client or service problem.</source>
        <translation>Ein Problem beim Client oder beim Dienst.</translation>
    </message>
    <message>
        <source>Revocation answer malformed</source>
        <translation>Widerrufsantwort fehlerhaft</translation>
    </message>
    <message>
        <source>The revocation answer could not be read.</source>
        <translation>Die Widerrufsantwort konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A broken OCSP response on the server.</source>
        <translation>Eine fehlerhafte OCSP-Antwort auf dem Server.</translation>
    </message>
    <message>
        <source>Tell the administrator.</source>
        <translation>Informieren Sie den Administrator.</translation>
    </message>
    <message>
        <source>Revocation service error</source>
        <translation>Fehler des Widerrufsdienstes</translation>
    </message>
    <message>
        <source>The revocation service reported an internal error.</source>
        <translation>Der Widerrufsdienst hat einen internen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>A problem at the certificate authority.</source>
        <translation>Ein Problem bei der Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>Revocation service busy</source>
        <translation>Widerrufsdienst ausgelastet</translation>
    </message>
    <message>
        <source>The revocation service asked to try later.</source>
        <translation>Der Widerrufsdienst hat gebeten, es später zu versuchen.</translation>
    </message>
    <message>
        <source>A busy certificate authority.</source>
        <translation>Eine ausgelastete Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>Revocation request must be signed</source>
        <translation>Widerrufsanfrage muss signiert sein</translation>
    </message>
    <message>
        <source>The revocation service needs a signed request.</source>
        <translation>Der Widerrufsdienst braucht eine signierte Anfrage.</translation>
    </message>
    <message>
        <source>An unusual OCSP setup.</source>
        <translation>Eine ungewöhnliche OCSP-Einrichtung.</translation>
    </message>
    <message>
        <source>Revocation request not authorised</source>
        <translation>Widerrufsanfrage nicht autorisiert</translation>
    </message>
    <message>
        <source>The revocation service refused to answer for this certificate.</source>
        <translation>Der Widerrufsdienst hat die Antwort für dieses Zertifikat verweigert.</translation>
    </message>
    <message>
        <source>The OCSP service does not know the certificate.</source>
        <translation>Der OCSP-Dienst kennt das Zertifikat nicht.</translation>
    </message>
    <message>
        <source>Revocation answer not trusted</source>
        <translation>Widerrufsantwort nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The revocation answer is not signed by a trusted party.</source>
        <translation>Die Widerrufsantwort ist nicht von einer vertrauenswürdigen Stelle signiert.</translation>
    </message>
    <message>
        <source>A misconfigured OCSP responder or interception.</source>
        <translation>Ein falsch konfigurierter OCSP-Responder oder ein Abfangen der Verbindung.</translation>
    </message>
    <message>
        <source>Revocation answer for another certificate</source>
        <translation>Widerrufsantwort für ein anderes Zertifikat</translation>
    </message>
    <message>
        <source>The revocation answer is about a different certificate.</source>
        <translation>Die Widerrufsantwort betrifft ein anderes Zertifikat.</translation>
    </message>
    <message>
        <source>A stale or wrong stapled OCSP response.</source>
        <translation>Eine veraltete oder falsche gestapelte OCSP-Antwort.</translation>
    </message>
    <message>
        <source>Revocation answer expired</source>
        <translation>Widerrufsantwort abgelaufen</translation>
    </message>
    <message>
        <source>The revocation answer is too old.</source>
        <translation>Die Widerrufsantwort ist zu alt.</translation>
    </message>
    <message>
        <source>An outdated stapled OCSP response, or a wrong clock here.</source>
        <translation>Eine veraltete gestapelte OCSP-Antwort, oder die Uhr hier geht falsch.</translation>
    </message>
    <message>
        <source>Check the date and time; tell the administrator.</source>
        <translation>Prüfen Sie Datum und Uhrzeit; informieren Sie den Administrator.</translation>
    </message>
    <message>
        <source>Revocation status unknown</source>
        <translation>Widerrufsstatus unbekannt</translation>
    </message>
    <message>
        <source>The revocation service does not know this certificate.</source>
        <translation>Der Widerrufsdienst kennt dieses Zertifikat nicht.</translation>
    </message>
    <message>
        <source>A certificate from an unknown authority.</source>
        <translation>Ein Zertifikat einer unbekannten Stelle.</translation>
    </message>
    <message>
        <source>Unspecified certificate error</source>
        <translation>Nicht näher bestimmter Zertifikatsfehler</translation>
    </message>
    <message>
        <source>The TLS library reported a certificate error without detail.</source>
        <translation>Die TLS-Bibliothek hat einen Zertifikatsfehler ohne Einzelheiten gemeldet.</translation>
    </message>
    <message>
        <source>An unusual certificate or TLS library problem.</source>
        <translation>Ein ungewöhnliches Zertifikat oder ein Problem der TLS-Bibliothek.</translation>
    </message>
    <message>
        <source>Look at the certificate details.</source>
        <translation>Sehen Sie sich die Zertifikatsdetails an.</translation>
    </message>
    <message>
        <source>Receiving server&apos;s blocklist check is misconfigured</source>
        <translation>Die Blocklisten-Prüfung des empfangenden Servers ist falsch eingerichtet</translation>
    </message>
    <message>
        <source>The receiving server asked Spamhaus about the sending IP in a way Spamhaus refuses to answer, and took the refusal for a listing. The sending IP is not necessarily listed.</source>
        <translation>Der empfangende Server hat Spamhaus auf eine Weise nach der sendenden IP gefragt, auf die Spamhaus nicht antwortet, und die Ablehnung für einen Eintrag gehalten. Die sendende IP ist nicht unbedingt gelistet.</translation>
    </message>
    <message>
        <source>The receiving server queries Spamhaus through a public or shared DNS resolver, which Spamhaus does not answer.</source>
        <translation>Der empfangende Server fragt Spamhaus über einen öffentlichen oder gemeinsam genutzten DNS-Resolver ab, dem Spamhaus nicht antwortet.</translation>
    </message>
    <message>
        <source>The receiving server made more queries than Spamhaus&apos;s free use allows.</source>
        <translation>Der empfangende Server hat mehr Abfragen gestellt, als die kostenlose Nutzung von Spamhaus erlaubt.</translation>
    </message>
    <message>
        <source>Tell the recipient&apos;s mail administrator: their server must query Spamhaus through its own DNS resolver or with a Data Query Service key.</source>
        <translation>Informieren Sie den Mail-Administrator des Empfängers: Sein Server muss Spamhaus über einen eigenen DNS-Resolver oder mit einem Data-Query-Service-Schlüssel abfragen.</translation>
    </message>
    <message>
        <source>Check the sending IP on the Spamhaus lookup page to be sure it is not listed.</source>
        <translation>Prüfen Sie die sendende IP auf der Abfrageseite von Spamhaus, um sicher zu sein, dass sie nicht gelistet ist.</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Kein Grund angegeben</translation>
    </message>
    <message>
        <source>The report says the message was not delivered, but names no reason: no reply code, no status code, no error text.</source>
        <translation>Der Bericht sagt, dass die Nachricht nicht zugestellt wurde, nennt aber keinen Grund: keinen Antwortcode, keinen Statuscode, keinen Fehlertext.</translation>
    </message>
    <message>
        <source>The server that wrote the report leaves the reason out.</source>
        <translation>Der Server, der den Bericht geschrieben hat, lässt den Grund weg.</translation>
    </message>
    <message>
        <source>The reason is in a part of the report that is not here (its delivery-status part or an attachment).</source>
        <translation>Der Grund steht in einem Teil des Berichts, der hier fehlt (seinem Zustellstatus-Teil oder einem Anhang).</translation>
    </message>
    <message>
        <source>Explain the whole bounce message as it was received, with its attachments, not only its first lines.</source>
        <translation>Lassen Sie die ganze Unzustellbarkeitsnachricht so erklären, wie sie angekommen ist, mit ihren Anhängen, nicht nur ihre ersten Zeilen.</translation>
    </message>
    <message>
        <source>Ask the administrator of the server that wrote the report for its log entry of this message.</source>
        <translation>Bitten Sie den Administrator des Servers, der den Bericht geschrieben hat, um dessen Protokolleintrag zu dieser Nachricht.</translation>
    </message>
    <message>
        <source>Sending IP refused before the greeting</source>
        <translation>Sendende IP vor der Begrüßung abgewiesen</translation>
    </message>
    <message>
        <source>The receiving server&apos;s connection filter (Postfix&apos;s postscreen, or one that answers like it) has the sending IP on its own block list, so it refused the connection before any mail was exchanged.</source>
        <translation>Der Verbindungsfilter des empfangenden Servers (Postfix&apos; postscreen oder einer, der wie er antwortet) hat die sendende IP auf seiner eigenen Sperrliste und hat die Verbindung deshalb abgewiesen, bevor eine Nachricht ausgetauscht wurde.</translation>
    </message>
    <message>
        <source>The recipient&apos;s administrator put the sending IP or its network on their block list.</source>
        <translation>Der Administrator des Empfängers hat die sendende IP oder ihr Netz auf seine Sperrliste gesetzt.</translation>
    </message>
    <message>
        <source>Spam or abuse came from this IP or its neighbours.</source>
        <translation>Von dieser IP oder ihren Nachbarn kam Spam oder Missbrauch.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s mail administrator to take the sending IP off their block list (postscreen_access_list).</source>
        <translation>Bitten Sie den Mail-Administrator des Empfängers, die sendende IP von seiner Sperrliste zu nehmen (postscreen_access_list).</translation>
    </message>
    <message>
        <source>The server refused EHLO: a rule of the server about the name given with it, or about this client.</source>
        <translation>Der Server hat EHLO abgewiesen: eine Regel des Servers zum angegebenen Namen oder zu diesem Client.</translation>
    </message>
    <message>
        <source>The EHLO name is not a full DNS name, does not resolve, or does not point back to the sending IP.</source>
        <translation>Der EHLO-Name ist kein vollständiger DNS-Name, lässt sich nicht auflösen oder zeigt nicht auf die sendende IP zurück.</translation>
    </message>
    <message>
        <source>The EHLO name pretends to be the server itself, localhost, or a big provider.</source>
        <translation>Der EHLO-Name gibt sich als der Server selbst, als localhost oder als großer Anbieter aus.</translation>
    </message>
    <message>
        <source>Use the sending server&apos;s full DNS name, which resolves to its IP, as EHLO name.</source>
        <translation>Verwenden Sie als EHLO-Namen den vollständigen DNS-Namen des sendenden Servers, der auf seine IP auflöst.</translation>
    </message>
    <message>
        <source>Ask the receiving administrator which rule refused it.</source>
        <translation>Fragen Sie den Administrator der Empfängerseite, welche Regel es abgewiesen hat.</translation>
    </message>
    <message>
        <source>Reason not recognised</source>
        <translation>Grund nicht erkannt</translation>
    </message>
    <message>
        <source>The text says that something failed, but it gives no reply code and names no cause this wizard knows.</source>
        <translation>Der Text sagt, dass etwas fehlgeschlagen ist, nennt aber keinen Antwortcode und keine Ursache, die dieser Assistent kennt.</translation>
    </message>
    <message>
        <source>The server or program that wrote it words the reason its own way.</source>
        <translation>Der Server oder das Programm, das ihn geschrieben hat, formuliert den Grund auf eigene Weise.</translation>
    </message>
    <message>
        <source>Read its own words above: they are all it says.</source>
        <translation>Lesen Sie seine eigenen Worte oben: Mehr sagt er nicht.</translation>
    </message>
    <message>
        <source>Test the same recipient with this wizard: the receiving server&apos;s own reply comes with a code that says more.</source>
        <translation>Testen Sie denselben Empfänger mit diesem Assistenten: Die eigene Antwort des empfangenden Servers bringt einen Code mit, der mehr sagt.</translation>
    </message>
    <message>
        <source>Ask the administrator of the server or program that wrote it what the message means.</source>
        <translation>Fragen Sie den Administrator des Servers oder Programms, das ihn geschrieben hat, was die Meldung bedeutet.</translation>
    </message>
    <message>
        <source>A syntax error or typo in the command; the command was not recognised.</source>
        <translation>Ein Syntaxfehler oder Tippfehler im Befehl; der Befehl wurde nicht erkannt.</translation>
    </message>
    <message>
        <source>The report says that delivery failed and gives this reason, without a reply code; the reason names no cause this wizard knows.</source>
        <translation>Der Bericht sagt, dass die Zustellung fehlgeschlagen ist, und nennt diesen Grund ohne Antwortcode; der Grund nennt keine Ursache, die dieser Assistent kennt.</translation>
    </message>
</context>
<context>
    <name>ReportFacts</name>
    <message>
        <source>SMTP test report</source>
        <translation>SMTP-Testbericht</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Mail domain</source>
        <translation>Maildomain</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Certificate errors</source>
        <translation>Zertifikatsfehler</translation>
    </message>
    <message>
        <source>ignored on request (--tls-insecure)</source>
        <translation>auf Wunsch ignoriert (--tls-insecure)</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Zusätzliche CA-Datei</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>EHLO-Name</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>AUTH %1 as %2</source>
        <translation>AUTH %1 als %2</translation>
    </message>
    <message>
        <source> (allowed without TLS)</source>
        <translation> (ohne TLS erlaubt)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Sender (MAIL FROM)</source>
        <translation>Absender (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipients (RCPT TO)</source>
        <translation>Empfänger (RCPT TO)</translation>
    </message>
    <message>
        <source>Delivery status notification</source>
        <translation>Zustellstatusbenachrichtigung</translation>
    </message>
    <message>
        <source>not asked for</source>
        <translation>nicht angefordert</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>this computer&apos;s resolver</source>
        <translation>der Resolver dieses Computers</translation>
    </message>
    <message>
        <source>IP version</source>
        <translation>IP-Version</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>nur IPv4</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>nur IPv6</translation>
    </message>
    <message>
        <source>Mail servers</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>every MX, one after the other</source>
        <translation>jeder MX, einer nach dem anderen</translation>
    </message>
    <message>
        <source>Attempt %1 of %2: %3 [%4] port %5</source>
        <translation>Versuch %1 von %2: %3 [%4] Port %5</translation>
    </message>
    <message>
        <source>(MX %1)</source>
        <translation>(MX %1)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Server&apos;s words</source>
        <translation>Worte des Servers</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>SMTP Wizard</source>
        <translation>SMTP Wizard</translation>
    </message>
    <message>
        <source>(%1 bits)</source>
        <translation>(%1 Bit)</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>implizites TLS</translation>
    </message>
    <message>
        <source>not looked up</source>
        <translation>nicht abgefragt</translation>
    </message>
    <message>
        <source>no reverse DNS</source>
        <translation>kein Reverse-DNS</translation>
    </message>
    <message>
        <source>%1 (does not match the name)</source>
        <translation>%1 (passt nicht zum Namen)</translation>
    </message>
    <message>
        <source>every MX, up to %1 at once</source>
        <translation>jeder MX, bis zu %1 gleichzeitig</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Cannot tell the report format from the name %1: use .txt, .html, .pdf or .json.</source>
        <translation>Das Berichtsformat lässt sich aus dem Namen %1 nicht erkennen: verwenden Sie .txt, .html, .pdf oder .json.</translation>
    </message>
    <message>
        <source>Could not save the report %1: the folder %2 does not exist.</source>
        <translation>Der Bericht %1 konnte nicht gespeichert werden: der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not save the report %1: %2 is not a folder.</source>
        <translation>Der Bericht %1 konnte nicht gespeichert werden: %2 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Could not save the report %1: a folder of that name exists.</source>
        <translation>Der Bericht %1 konnte nicht gespeichert werden: es gibt einen Ordner mit diesem Namen.</translation>
    </message>
    <message>
        <source>Could not save the report %1: PDF support (the smtp-wizard-pdf module) is not installed. Save it as .html instead.</source>
        <translation>Der Bericht %1 konnte nicht gespeichert werden: die PDF-Unterstützung (das Modul smtp-wizard-pdf) ist nicht installiert. Speichern Sie ihn stattdessen als .html.</translation>
    </message>
    <message>
        <source>Could not save the report %1: %2</source>
        <translation>Der Bericht %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not write the report %1: %2. An existing file of that name was left unchanged.</source>
        <translation>Der Bericht %1 konnte nicht geschrieben werden: %2. Eine vorhandene Datei dieses Namens blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>ResultJsonReader</name>
    <message>
        <source>This file is not an SMTP Wizard test result.</source>
        <translation>Diese Datei ist kein Testergebnis von SMTP Wizard.</translation>
    </message>
    <message>
        <source>This test result was saved by a newer version of SMTP Wizard (format %1); this version reads format %2 and older. Update SMTP Wizard to open it.</source>
        <translation>Dieses Testergebnis wurde von einer neueren Version von SMTP Wizard gespeichert (Format %1); diese Version liest Format %2 und ältere. Aktualisieren Sie SMTP Wizard, um es zu öffnen.</translation>
    </message>
    <message>
        <source>This file is not an SMTP Wizard test result: it is not readable JSON (%1).</source>
        <translation>Diese Datei ist kein Testergebnis von SMTP Wizard: sie ist kein lesbares JSON (%1).</translation>
    </message>
    <message>
        <source>no object at the top</source>
        <translation>kein Objekt auf oberster Ebene</translation>
    </message>
</context>
<context>
    <name>RunComparison</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>the domain says it accepts no mail</source>
        <translation>die Domain gibt an, dass sie keine Mail annimmt</translation>
    </message>
    <message>
        <source>no mail server listed; the domain&apos;s own address is used</source>
        <translation>kein Mailserver eingetragen; die eigene Adresse der Domain wird verwendet</translation>
    </message>
    <message>
        <source>worked</source>
        <translation>hat funktioniert</translation>
    </message>
    <message>
        <source>used directly (no MX record)</source>
        <translation>direkt verwendet (kein MX-Eintrag)</translation>
    </message>
    <message>
        <source>priority %1 (lower is tried first)</source>
        <translation>Priorität %1 (niedrigere wird zuerst versucht)</translation>
    </message>
    <message>
        <source>Looking up the mail servers</source>
        <translation>Abfrage der Mailserver</translation>
    </message>
    <message>
        <source>Mail server %1</source>
        <translation>Mailserver %1</translation>
    </message>
    <message>
        <source>Addresses of %1</source>
        <translation>Adressen von %1</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>everything asked for worked</source>
        <translation>alles Angefragte hat funktioniert</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 how the conversation ended (&quot;rejected&quot;, &quot;failed&quot;), %2 the step (&quot;RCPT TO&quot;)</extracomment>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>verwendet</translation>
    </message>
    <message>
        <source>could not be set up</source>
        <translation>konnte nicht aufgebaut werden</translation>
    </message>
    <message>
        <source>Encryption with %1</source>
        <translation>Verschlüsselung mit %1</translation>
    </message>
    <message>
        <source>Encryption version with %1</source>
        <translation>Verschlüsselungsversion mit %1</translation>
    </message>
    <message>
        <source>Encryption method (cipher) with %1</source>
        <translation>Verschlüsselungsverfahren (Cipher) mit %1</translation>
    </message>
    <message>
        <source>Certificate of %1 trusted</source>
        <translation>Zertifikat von %1 vertrauenswürdig</translation>
    </message>
    <message>
        <source>Certificate of %1 issued to</source>
        <translation>Zertifikat von %1 ausgestellt für</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Certificate of %1 valid until</source>
        <translation>Zertifikat von %1 gültig bis</translation>
    </message>
    <message>
        <source>Answer of %1 to %2</source>
        <translation>Antwort von %1 auf %2</translation>
    </message>
    <message>
        <source>Answer of %1 to %2 (no. %3)</source>
        <extracomment>%3 counts the answers to the same step: 2 is the EHLO after STARTTLS</extracomment>
        <translation>Antwort von %1 auf %2 (Nr. %3)</translation>
    </message>
    <message>
        <source>no answer (the test did not get this far)</source>
        <translation>keine Antwort (der Test kam nicht so weit)</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>nicht versucht</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Gespräch mit %1</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>put off for now: %1</source>
        <translation>vorerst zurückgestellt: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>not in this test</source>
        <translation>nicht in diesem Test</translation>
    </message>
    <message>
        <source>Recipient %1</source>
        <translation>Empfänger %1</translation>
    </message>
    <message>
        <source>What was tested</source>
        <translation>Was getestet wurde</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>In one sentence</source>
        <translation>In einem Satz</translation>
    </message>
    <message>
        <source>Time the whole test took</source>
        <translation>Dauer des gesamten Tests</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The server is empty</source>
        <translation>Der Server ist leer</translation>
    </message>
    <message>
        <source>The server contains a line break or control character</source>
        <translation>Der Server enthält einen Zeilenumbruch oder ein Steuerzeichen</translation>
    </message>
    <message>
        <source>The [ has no closing ]</source>
        <translation>Der [ hat keine schließende ]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IP address</source>
        <translation>„%1“ ist keine gültige IP-Adresse</translation>
    </message>
    <message>
        <source>After ] only a port may follow, as in [2001:db8::1]:587</source>
        <translation>Nach ] darf nur ein Port folgen, wie in [2001:db8::1]:587</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address; with a port, write [2001:db8::1]:587</source>
        <translation>„%1“ ist keine gültige IPv6-Adresse; mit Port schreiben Sie [2001:db8::1]:587</translation>
    </message>
    <message>
        <source>There is no server name before the :</source>
        <translation>Kein Servername vor dem :</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address</source>
        <translation>„%1“ ist keine gültige IPv4-Adresse</translation>
    </message>
    <message>
        <source>The port after : must be a number from 1 to 65535</source>
        <translation>Der Port nach dem : muss eine Zahl von 1 bis 65535 sein</translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message numerus="yes">
        <source>… %n more lines of the message not shown</source>
        <translation>
            <numerusform>… %n weitere Zeile der Nachricht nicht angezeigt</numerusform>
            <numerusform>… %n weitere Zeilen der Nachricht nicht angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeverityHeading</name>
    <message>
        <source>Problem (no reply from the server)</source>
        <translation>Problem (keine Antwort vom Server)</translation>
    </message>
    <message>
        <source>Temporary problem (no reply from the server)</source>
        <translation>Vorübergehendes Problem (keine Antwort vom Server)</translation>
    </message>
    <message>
        <source>Permanent failure (no reply code given)</source>
        <translation>Dauerhafter Fehler (ohne Antwortcode)</translation>
    </message>
    <message>
        <source>Temporary failure (no reply code given)</source>
        <translation>Vorübergehender Fehler (ohne Antwortcode)</translation>
    </message>
</context>
<context>
    <name>SmtpDialogue</name>
    <message>
        <source>Connection closed by the server</source>
        <translation>Verbindung vom Server geschlossen</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake</source>
        <translation>Der Server hat die Verbindung während des TLS-Handshakes geschlossen</translation>
    </message>
    <message>
        <source>Connection reset by the server</source>
        <translation>Verbindung vom Server zurückgesetzt</translation>
    </message>
    <message>
        <source>The server reset the connection during the TLS handshake</source>
        <translation>Der Server hat die Verbindung während des TLS-Handshakes zurückgesetzt</translation>
    </message>
    <message>
        <source>No reply to QUIT; closing the connection</source>
        <translation>Keine Antwort auf QUIT; die Verbindung wird geschlossen</translation>
    </message>
    <message>
        <source>No connection after %1 s</source>
        <translation>Keine Verbindung nach %1 s</translation>
    </message>
    <message>
        <source>Connected, but no greeting after %1 s</source>
        <translation>Verbunden, aber keine Begrüßung nach %1 s</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 s</source>
        <translation>Der TLS-Handshake wurde nicht innerhalb von %1 s abgeschlossen</translation>
    </message>
    <message>
        <source>No reply after %1 s</source>
        <translation>Keine Antwort nach %1 s</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2) with TLS from the start</source>
        <translation>Verbindung zu %1 (%2) mit TLS von Anfang an</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2)</source>
        <translation>Verbindung zu %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Connected after %n ms</source>
        <translation>
            <numerusform>Verbunden nach %n ms</numerusform>
            <numerusform>Verbunden nach %n ms</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS established: %1, %2 (%3 bits)</source>
        <translation>TLS aufgebaut: %1, %2 (%3 Bit)</translation>
    </message>
    <message>
        <source>%1 (ignored because of --tls-insecure)</source>
        <translation>%1 (wegen --tls-insecure ignoriert)</translation>
    </message>
    <message>
        <source>%1 (accepted, as mail servers do with opportunistic STARTTLS)</source>
        <translation>%1 (angenommen, wie Mailserver es bei opportunistischem STARTTLS tun)</translation>
    </message>
    <message>
        <source>The server sent a reply before its command was sent (%1): without PIPELINING every reply must follow its own command</source>
        <translation>Der Server hat eine Antwort gesendet, bevor ihr Befehl gesendet wurde (%1): ohne PIPELINING muss jede Antwort auf ihren eigenen Befehl folgen</translation>
    </message>
    <message>
        <source>Cancelled by the user</source>
        <translation>Vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>The server greeted with %1 instead of 220</source>
        <translation>Der Server hat mit %1 statt mit 220 begrüßt</translation>
    </message>
    <message>
        <source>Ignored an unusual capability line: %1</source>
        <translation>Ungewöhnliche Capability-Zeile ignoriert: %1</translation>
    </message>
    <message>
        <source>The server does not understand EHLO; trying the older HELO</source>
        <translation>Der Server versteht EHLO nicht; das ältere HELO wird versucht</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, and this test requires it</source>
        <translation>Der Server bietet kein STARTTLS an, und dieser Test verlangt es</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: continuing without encryption</source>
        <translation>Der Server bietet kein STARTTLS an: es wird ohne Verschlüsselung fortgefahren</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: %1</source>
        <translation>Der Server hat STARTTLS abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: continuing without encryption</source>
        <translation>Der Server hat STARTTLS abgelehnt: es wird ohne Verschlüsselung fortgefahren</translation>
    </message>
    <message>
        <source>The server refused the access token: %1 (decoded: %2)</source>
        <translation>Der Server hat das Zugriffstoken abgelehnt: %1 (decodiert: %2)</translation>
    </message>
</context>
<context>
    <name>SmtpSession</name>
    <message>
        <source>The server sent a line that is not an SMTP reply</source>
        <translation>Der Server hat eine Zeile gesendet, die keine SMTP-Antwort ist</translation>
    </message>
    <message numerus="yes">
        <source>The server sent a line longer than %n bytes</source>
        <translation>
            <numerusform>Der Server hat eine Zeile gesendet, die länger als %n Byte ist</numerusform>
            <numerusform>Der Server hat eine Zeile gesendet, die länger als %n Byte ist</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent a reply longer than %1 bytes</source>
        <translation>Der Server hat eine Antwort gesendet, die länger als %1 Byte ist</translation>
    </message>
    <message numerus="yes">
        <source>The server sent a reply of more than %n lines</source>
        <translation>
            <numerusform>Der Server hat eine Antwort mit mehr als %n Zeile gesendet</numerusform>
            <numerusform>Der Server hat eine Antwort mit mehr als %n Zeilen gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>The server reset the connection (TCP RST)</source>
        <translation>Der Server hat die Verbindung zurückgesetzt (TCP RST)</translation>
    </message>
    <message>
        <source>The certificate is not trusted: %1</source>
        <translation>Das Zertifikat ist nicht vertrauenswürdig: %1</translation>
    </message>
    <message>
        <source>Ignored what the server sent after its 220 to STARTTLS and before the TLS handshake: it answers nothing and may have been injected on the way (RFC 3207 §4.2)</source>
        <translation>Was der Server nach seiner 220 auf STARTTLS und vor dem TLS-Handshake gesendet hat, wurde ignoriert: es beantwortet nichts und wurde möglicherweise unterwegs eingeschleust (RFC 3207 §4.2)</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>TerminalPrinter</name>
    <message>
        <source>Verdict: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Deciding reply: %1 %2 %3</source>
        <translation>Entscheidende Antwort: %1 %2 %3</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Nächste Schritte:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Domain health of %1</source>
        <translation>Domain-Zustand von %1</translation>
    </message>
    <message>
        <source>Mail server %1 at %2</source>
        <translation>Mailserver %1 bei %2</translation>
    </message>
</context>
<context>
    <name>TestRun</name>
    <message>
        <source>Using the mail servers looked up before</source>
        <translation>Die zuvor abgefragten Mailserver werden verwendet</translation>
    </message>
    <message>
        <source>This server did not take the mail; a mail server would now try the next one: %1 (%2)</source>
        <translation>Dieser Server hat die Mail nicht angenommen; ein Mailserver würde jetzt den nächsten versuchen: %1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled by the user</source>
        <translation>Vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>Testing server %1 of %2: %3 (%4)</source>
        <translation>Teste Server %1 von %2: %3 (%4)</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid %3 to %4</source>
        <translation>%1, ausgestellt von %2, gültig von %3 bis %4</translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation>Namen (SAN)</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>none: the TLS handshake did not complete</source>
        <translation>keine: der TLS-Handshake wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>the certificate was verified</source>
        <translation>das Zertifikat wurde geprüft</translation>
    </message>
    <message>
        <source>Certificate error</source>
        <translation>Zertifikatsfehler</translation>
    </message>
    <message>
        <source>failed; the test went on anyway</source>
        <translation>fehlgeschlagen; der Test wurde trotzdem fortgesetzt</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Zeiten</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>(asked %1)</source>
        <translation>(gefragt: %1)</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Nächste Schritte:</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Details</translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation>Testplan</translation>
    </message>
    <message>
        <source>Mail servers (DNS) for %1</source>
        <translation>Mailserver (DNS) für %1</translation>
    </message>
    <message>
        <source>Null MX: the domain says it accepts no mail (RFC 7505).</source>
        <translation>Null-MX: die Domain gibt an, dass sie keine Mail annimmt (RFC 7505).</translation>
    </message>
    <message>
        <source>No MX records: the domain&apos;s own address is used (implicit MX).</source>
        <translation>Keine MX-Einträge: die eigene Adresse der Domain wird verwendet (impliziter MX).</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>(no addresses)</source>
        <translation>(keine Adressen)</translation>
    </message>
    <message>
        <source>PTR: %1</source>
        <translation>PTR: %1</translation>
    </message>
    <message>
        <source>Transcript (times in UTC)</source>
        <translation>Protokoll (Zeiten in UTC)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
</context>
<context>
    <name>VerdictWriter</name>
    <message>
        <source>The certificate of %1 could not be verified (%2); fix it before relying on TLS.</source>
        <translation>Das Zertifikat von %1 konnte nicht geprüft werden (%2); beheben Sie das, bevor Sie sich auf TLS verlassen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>For %1: %2</source>
        <translation>Für %1: %2</translation>
    </message>
    <message>
        <source>%1 was only deferred (try again later); see its reply in the transcript.</source>
        <translation>%1 wurde nur zurückgestellt (später erneut versuchen); die Antwort steht im Protokoll.</translation>
    </message>
    <message>
        <source>%1 was refused for good; see its reply in the transcript.</source>
        <translation>%1 wurde endgültig abgelehnt; die Antwort steht im Protokoll.</translation>
    </message>
    <message>
        <source>The server at %1 refused %2.</source>
        <translation>Der Server %1 hat %2 abgelehnt.</translation>
    </message>
    <message>
        <source>The server at %1 asked to try %2 again later.</source>
        <translation>Der Server %1 hat gebeten, %2 später erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The server at %1 refused %2; the message went to %3 only.</source>
        <translation>Der Server %1 hat %2 abgelehnt; die Nachricht ging nur an %3.</translation>
    </message>
    <message>
        <source>The server at %1 refused %2; it accepted %3.</source>
        <translation>Der Server %1 hat %2 abgelehnt; %3 hat er angenommen.</translation>
    </message>
    <message>
        <source>The server at %1 asked to try %2 again later; the message went to %3.</source>
        <translation>Der Server %1 hat gebeten, %2 später erneut zu versuchen; die Nachricht ging an %3.</translation>
    </message>
    <message>
        <source>The server at %1 asked to try %2 again later; it accepted %3.</source>
        <translation>Der Server %1 hat gebeten, %2 später erneut zu versuchen; %3 hat er angenommen.</translation>
    </message>
    <message>
        <source>The server at %1 accepted the message for delivery.</source>
        <translation>Der Server %1 hat die Nachricht zur Zustellung angenommen.</translation>
    </message>
    <message numerus="yes">
        <source>The server at %1 accepted the message, but refused %n recipient(s): %2.</source>
        <translation>
            <numerusform>Der Server %1 hat die Nachricht angenommen, aber %n Empfänger abgelehnt: %2.</numerusform>
            <numerusform>Der Server %1 hat die Nachricht angenommen, aber %n Empfänger abgelehnt: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server at %1 accepted everything the test asked for; no message was sent.</source>
        <translation>Der Server %1 hat alles angenommen, was der Test angefragt hat; es wurde keine Nachricht gesendet.</translation>
    </message>
    <message>
        <source>Check that the message arrived in the recipient&apos;s mailbox, and not in the spam folder.</source>
        <translation>Prüfen Sie, ob die Nachricht im Postfach des Empfängers angekommen ist und nicht im Spam-Ordner.</translation>
    </message>
    <message>
        <source>Check the refused addresses in the transcript.</source>
        <translation>Prüfen Sie die abgelehnten Adressen im Protokoll.</translation>
    </message>
    <message>
        <source>The server at %1 refused %2: %3.</source>
        <translation>Der Server %1 hat beim Schritt „%2“ abgelehnt: %3.</translation>
    </message>
    <message>
        <source>The server at %1 asked to try %2 again later: %3.</source>
        <translation>Der Server %1 hat beim Schritt „%2“ gebeten, es später erneut zu versuchen: %3.</translation>
    </message>
    <message>
        <source>The server at %1 could not be reached: %2.</source>
        <translation>Der Server %1 war nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>No mail server for %1 could be reached: %2.</source>
        <translation>Kein Mailserver für %1 war erreichbar: %2.</translation>
    </message>
    <message>
        <source>The server at %1 took the connection but never sent its greeting (waited %2).</source>
        <translation>Der Server %1 hat die Verbindung angenommen, aber nie seine Begrüßung gesendet (gewartet: %2).</translation>
    </message>
    <message>
        <source>The server at %1 stopped answering during %2 (waited %3).</source>
        <translation>Der Server %1 hat beim Schritt „%2“ nicht mehr geantwortet (gewartet: %3).</translation>
    </message>
    <message>
        <source>The DNS lookup for %1 failed: %2.</source>
        <translation>Die DNS-Abfrage für %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The encrypted connection (TLS) with %1 failed: %2.</source>
        <translation>Die verschlüsselte Verbindung (TLS) mit %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The server at %1 refused the access token of %2: %3.</source>
        <translation>Der Server %1 hat das Zugriffstoken von %2 abgelehnt: %3.</translation>
    </message>
    <message>
        <source>The server at %1 did not accept the access token of %2: %3</source>
        <translation>Der Server %1 hat das Zugriffstoken von %2 nicht angenommen: %3</translation>
    </message>
    <message>
        <source>Get a fresh access token for %1 (they expire, usually after an hour) and paste it again.</source>
        <translation>Holen Sie ein frisches Zugriffstoken für %1 (sie laufen ab, meist nach einer Stunde) und fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <source>The server at %1 did not accept the sign-in of %2: %3</source>
        <translation>Der Server %1 hat die Anmeldung von %2 nicht angenommen: %3</translation>
    </message>
    <message>
        <source>Type the password of %1 again on the Sign-in page (a password kept in the keychain may be out of date) and check the user name.</source>
        <translation>Geben Sie das Passwort von %1 auf der Seite „Anmeldung“ erneut ein (ein im Schlüsselbund gespeichertes Passwort kann veraltet sein) und prüfen Sie den Benutzernamen.</translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2.</source>
        <translation>Die Anmeldung bei %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection during %2 without finishing its reply.</source>
        <translation>Der Server %1 hat die Verbindung beim Schritt „%2“ geschlossen, ohne seine Antwort zu beenden.</translation>
    </message>
    <message>
        <source>The connection to %1 was broken off (reset) during %2.</source>
        <translation>Die Verbindung zu %1 wurde beim Schritt „%2“ abgebrochen (Reset).</translation>
    </message>
    <message>
        <source>The server at %1 sent a reply nobody asked for during %2: it does not wait for its turn.</source>
        <translation>Der Server %1 hat beim Schritt „%2“ eine Antwort gesendet, nach der niemand gefragt hat: er wartet nicht, bis er an der Reihe ist.</translation>
    </message>
    <message>
        <source>The server at %1 answered with something that is not valid SMTP during %2.</source>
        <translation>Der Server %1 hat beim Schritt „%2“ mit etwas geantwortet, das kein gültiges SMTP ist.</translation>
    </message>
    <message>
        <source>The test was cancelled before it finished.</source>
        <translation>Der Test wurde abgebrochen, bevor er fertig war.</translation>
    </message>
    <message>
        <source>Run the test again when ready.</source>
        <translation>Führen Sie den Test erneut aus, wenn Sie so weit sind.</translation>
    </message>
    <message numerus="yes">
        <source>; %n other mail server(s) took it.</source>
        <translation>
            <numerusform>; %n anderer Mailserver hat sie angenommen.</numerusform>
            <numerusform>; %n andere Mailserver haben sie angenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n other mail server(s) accepted the test.</source>
        <translation>
            <numerusform>; %n anderer Mailserver hat den Test angenommen.</numerusform>
            <numerusform>; %n andere Mailserver haben den Test angenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>; the same server worked on its other address (%1).</source>
        <translation>; derselbe Server hat unter seiner anderen Adresse funktioniert (%1).</translation>
    </message>
    <message>
        <source>%1 did not take the mail, so it went to the next server; senders try %1 first every time, which delays mail: repair it or remove its MX record.</source>
        <translation>%1 hat die Mail nicht angenommen, daher ging sie an den nächsten Server; Absender versuchen %1 jedes Mal zuerst, was Mail verzögert: reparieren Sie ihn oder entfernen Sie seinen MX-Eintrag.</translation>
    </message>
    <message>
        <source>Nothing to fix: the server behaved as expected.</source>
        <translation>Nichts zu beheben: der Server hat sich wie erwartet verhalten.</translation>
    </message>
</context>
</TS>
