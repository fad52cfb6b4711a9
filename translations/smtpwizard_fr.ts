<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuthExchange</name>
    <message>
        <source>The server does not offer sign-in (no AUTH in its EHLO reply)</source>
        <translation>Le serveur ne propose pas d&apos;authentification (pas d&apos;AUTH dans sa réponse à EHLO)</translation>
    </message>
    <message>
        <source>The server does not offer sign-in on this unencrypted connection</source>
        <translation>Le serveur ne propose pas d&apos;authentification sur cette connexion non chiffrée</translation>
    </message>
    <message>
        <source>The server does not offer AUTH %1; it offers %2</source>
        <translation>Le serveur ne propose pas AUTH %1&#xa0;; il propose %2</translation>
    </message>
    <message>
        <source>Not sending the access token over an unencrypted connection</source>
        <translation>Le jeton d&apos;accès n&apos;est pas envoyé sur une connexion non chiffrée</translation>
    </message>
    <message>
        <source>Not sending the password over an unencrypted connection</source>
        <translation>Le mot de passe n&apos;est pas envoyé sur une connexion non chiffrée</translation>
    </message>
    <message>
        <source>AUTH XOAUTH2 [user name &quot;%1&quot; and access token hidden]</source>
        <translation>AUTH XOAUTH2 [nom d&apos;utilisateur &quot;%1&quot; et jeton d&apos;accès masqués]</translation>
    </message>
    <message>
        <source>AUTH OAUTHBEARER [user name &quot;%1&quot; and access token hidden]</source>
        <translation>AUTH OAUTHBEARER [nom d&apos;utilisateur &quot;%1&quot; et jeton d&apos;accès masqués]</translation>
    </message>
    <message>
        <source>AUTH PLAIN [user name and password hidden]</source>
        <translation>AUTH PLAIN [nom d&apos;utilisateur et mot de passe masqués]</translation>
    </message>
    <message>
        <source>AQ== [^A: ends the refused sign-in, as RFC 7628 asks]</source>
        <translation>AQ== [^A&#xa0;: termine l&apos;authentification refusée, comme le demande la RFC 7628]</translation>
    </message>
    <message>
        <source>[empty line: ends the refused sign-in]</source>
        <translation>[ligne vide&#xa0;: termine l&apos;authentification refusée]</translation>
    </message>
    <message>
        <source>[user name &quot;%1&quot; and the password&apos;s HMAC-MD5 digest of the challenge, hidden]</source>
        <translation>[nom d&apos;utilisateur &quot;%1&quot; et condensé HMAC-MD5 du défi calculé avec le mot de passe, masqués]</translation>
    </message>
    <message>
        <source>%1 [user name &quot;%2&quot; in base64]</source>
        <translation>%1 [nom d&apos;utilisateur &quot;%2&quot; en base64]</translation>
    </message>
    <message>
        <source>[password hidden]</source>
        <translation>[mot de passe masqué]</translation>
    </message>
    <message>
        <source>[user name and password hidden]</source>
        <translation>[nom d&apos;utilisateur et mot de passe masqués]</translation>
    </message>
    <message>
        <source>The server asked for more sign-in data than AUTH %1 has</source>
        <translation>Le serveur a demandé plus de données d&apos;authentification que AUTH %1 n&apos;en comporte</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>%1 holds no address (one address per line)</source>
        <translation>%1 ne contient aucune adresse (une adresse par ligne)</translation>
    </message>
    <message>
        <source>Checking %1 in %2 up to RCPT TO; nothing is sent</source>
        <translation>Vérification de %1 dans %2 jusqu&apos;à RCPT TO&#xa0;; rien n&apos;est envoyé</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n adresse</numerusform>
            <numerusform>%n adresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s)</source>
        <translation>
            <numerusform>%n domaine</numerusform>
            <numerusform>%n domaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) already checked in %1: skipped</source>
        <translation>
            <numerusform>%n adresse déjà vérifiée dans %1&#xa0;: ignorée</numerusform>
            <numerusform>%n adresses déjà vérifiées dans %1&#xa0;: ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate line(s) skipped</source>
        <translation>
            <numerusform>%n ligne en double ignorée</numerusform>
            <numerusform>%n lignes en double ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 is not an address (%2): %3</source>
        <translation>La ligne %1 n&apos;est pas une adresse (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MX lookup(s)</source>
        <translation>
            <numerusform>%n recherche MX</numerusform>
            <numerusform>%n recherches MX</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchInput</name>
    <message>
        <source>An address with an IP address instead of a domain cannot be checked in a list</source>
        <translation>Une adresse contenant une adresse IP au lieu d&apos;un domaine ne peut pas être vérifiée dans une liste</translation>
    </message>
</context>
<context>
    <name>BatchProgress</name>
    <message>
        <source>%1/%2 checked, %3 accepted, %4 refused, %5 temporary</source>
        <translation>%1/%2 vérifiées, %3 acceptées, %4 refusées, %5 temporaires</translation>
    </message>
    <message numerus="yes">
        <source>, %n error(s)</source>
        <translation>
            <numerusform>, %n erreur</numerusform>
            <numerusform>, %n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>, done in %1 s</source>
        <translation>, terminé en %1 s</translation>
    </message>
    <message numerus="yes">
        <source>, about %n s left</source>
        <translation>
            <numerusform>, encore environ %n s</numerusform>
            <numerusform>, encore environ %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchWriter</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not the output of a batch check (a line without an address)</source>
        <translation>%1 n&apos;est pas le résultat d&apos;une vérification de liste (une ligne sans adresse)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BounceExplainer</name>
    <message>
        <source>The last attempt ended with: %1.</source>
        <translation>La dernière tentative s&apos;est terminée par&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server that wrote the report leaves the reason out; the whole message was read.</source>
        <translation>Le serveur qui a rédigé le rapport n&apos;en donne pas la raison ; tout le message a été lu.</translation>
    </message>
    <message>
        <source>Test the same recipient with this wizard: the receiving server&apos;s own reply names the reason.</source>
        <translation>Testez le même destinataire avec cet assistant : la réponse du serveur destinataire lui-même en donne la raison.</translation>
    </message>
    <message>
        <source>Delivery delayed</source>
        <translation>Remise retardée</translation>
    </message>
    <message>
        <source>The sending server has not delivered the message yet and keeps trying. The report names no reason; status %1 in a delay warning means only that the warning was due.</source>
        <translation>Le serveur d&apos;envoi n&apos;a pas encore remis le message et continue d&apos;essayer. Le rapport ne donne aucune raison&#xa0;; le statut %1 dans un avertissement de retard signifie seulement que l&apos;avertissement était dû.</translation>
    </message>
    <message>
        <source>The destination does not answer or keeps deferring the message.</source>
        <translation>La destination ne répond pas ou continue de différer le message.</translation>
    </message>
    <message>
        <source>Wait: a failure report follows only if the sending server gives up.</source>
        <translation>Patientez&#xa0;: un rapport d&apos;échec ne suit que si le serveur d&apos;envoi abandonne.</translation>
    </message>
    <message>
        <source>Test the destination with this wizard to see why it defers or cannot be reached.</source>
        <translation>Testez la destination avec cet assistant pour voir pourquoi elle diffère ou est injoignable.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>Recipient address (RCPT TO); repeat for more.</source>
        <translation>Adresse du destinataire (RCPT TO)&#xa0;; répétez l&apos;option pour en ajouter.</translation>
    </message>
    <message>
        <source>Sender address (MAIL FROM); &quot;&lt;&gt;&quot; is the null sender.</source>
        <translation>Adresse de l&apos;expéditeur (MAIL FROM)&#xa0;; &quot;&lt;&gt;&quot; est l&apos;expéditeur vide.</translation>
    </message>
    <message>
        <source>Domain or address whose mail servers (MX) are tested.</source>
        <translation>Domaine ou adresse dont les serveurs de messagerie (MX) sont testés.</translation>
    </message>
    <message>
        <source>Connect to this server instead of looking up MX.</source>
        <translation>Se connecter à ce serveur au lieu de rechercher les MX.</translation>
    </message>
    <message>
        <source>Port (default 25, or 465 with --security tls).</source>
        <translation>Port (25 par défaut, ou 465 avec --security tls).</translation>
    </message>
    <message>
        <source>none, starttls (default), starttls-required or tls.</source>
        <translation>none, starttls (par défaut), starttls-required ou tls.</translation>
    </message>
    <message>
        <source>Name sent in EHLO (default: this machine&apos;s name).</source>
        <translation>Nom envoyé dans EHLO (par défaut&#xa0;: le nom de cette machine).</translation>
    </message>
    <message>
        <source>Sign in with plain, login, auto (the best the server offers), cram-md5, or with an OAuth 2.0 token: xoauth2 or oauthbearer.</source>
        <translation>S&apos;authentifier avec plain, login, auto (le meilleur mécanisme proposé par le serveur), cram-md5, ou avec un jeton OAuth 2.0&#xa0;: xoauth2 ou oauthbearer.</translation>
    </message>
    <message>
        <source>User name for signing in (implies --auth plain, or xoauth2 with --token-stdin).</source>
        <translation>Nom d&apos;utilisateur pour l&apos;authentification (implique --auth plain, ou xoauth2 avec --token-stdin).</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Lire le mot de passe sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Read the OAuth 2.0 access token from the first line of standard input.</source>
        <translation>Lire le jeton d&apos;accès OAuth 2.0 sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Allow signing in over an unencrypted connection.</source>
        <translation>Autoriser l&apos;authentification sur une connexion non chiffrée.</translation>
    </message>
    <message>
        <source>DSN NOTIFY: never, or a list of success,failure,delay.</source>
        <translation>DSN NOTIFY&#xa0;: never, ou une liste de success,failure,delay.</translation>
    </message>
    <message>
        <source>Add DSN ORCPT for each recipient.</source>
        <translation>Ajouter DSN ORCPT pour chaque destinataire.</translation>
    </message>
    <message>
        <source>DSN RET: full or hdrs.</source>
        <translation>DSN RET&#xa0;: full ou hdrs.</translation>
    </message>
    <message>
        <source>DSN envelope ID.</source>
        <translation>Identifiant d&apos;enveloppe DSN.</translation>
    </message>
    <message>
        <source>Subject of the test message.</source>
        <translation>Objet du message de test.</translation>
    </message>
    <message>
        <source>Text of the test message.</source>
        <translation>Texte du message de test.</translation>
    </message>
    <message>
        <source>Read the message text from a file (- for standard input).</source>
        <translation>Lire le texte du message dans un fichier (- pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Extra header &quot;Name: value&quot;; repeat for more.</source>
        <translation>En-tête supplémentaire &quot;Nom: valeur&quot;&#xa0;; répétez l&apos;option pour en ajouter.</translation>
    </message>
    <message>
        <source>Stop after connect, ehlo, tls, auth, mail or rcpt.</source>
        <translation>S&apos;arrêter après connect, ehlo, tls, auth, mail ou rcpt.</translation>
    </message>
    <message>
        <source>IP address of the DNS server to ask.</source>
        <translation>Adresse IP du serveur DNS à interroger.</translation>
    </message>
    <message>
        <source>Limit every step to this many seconds.</source>
        <translation>Limiter chaque étape à ce nombre de secondes.</translation>
    </message>
    <message>
        <source>Wait as long as RFC 5321 section 4.5.3.2 says.</source>
        <translation>Attendre aussi longtemps que le prévoit la section 4.5.3.2 de la RFC 5321.</translation>
    </message>
    <message>
        <source>Test every MX, not only the first that answers.</source>
        <translation>Tester chaque MX, pas seulement le premier qui répond.</translation>
    </message>
    <message>
        <source>Also check the domain&apos;s SPF, DMARC, MTA-STS, TLS-RPT, DANE and reverse DNS (with --domain or --to).</source>
        <translation>Vérifier aussi SPF, DMARC, MTA-STS, TLS-RPT, DANE et le DNS inverse du domaine (avec --domain ou --to).</translation>
    </message>
    <message>
        <source>Check whether the server is an open relay (with --server or --domain; no --from, --to or sign-in; never sends a message).</source>
        <translation>Vérifier si le serveur est un relais ouvert (avec --server ou --domain&#xa0;; sans --from, --to ni authentification&#xa0;; n&apos;envoie jamais de message).</translation>
    </message>
    <message>
        <source>Check every address of this file (one a line) up to RCPT TO, sending nothing; with --from.</source>
        <translation>Vérifier chaque adresse de ce fichier (une par ligne) jusqu&apos;à RCPT TO, sans rien envoyer&#xa0;; avec --from.</translation>
    </message>
    <message>
        <source>With --batch: write the results here (JSON lines, or CSV for .csv); a second run with the same file checks only the rest.</source>
        <translation>Avec --batch&#xa0;: écrire les résultats ici (lignes JSON, ou CSV pour .csv)&#xa0;; une deuxième exécution avec le même fichier ne vérifie que le reste.</translation>
    </message>
    <message>
        <source>With --batch: connections at once (default 4; one per mail server at a time).</source>
        <translation>Avec --batch&#xa0;: connexions simultanées (4 par défaut&#xa0;; une seule à la fois par serveur de messagerie).</translation>
    </message>
    <message>
        <source>Use IPv4 only.</source>
        <translation>Utiliser uniquement IPv4.</translation>
    </message>
    <message>
        <source>Use IPv6 only.</source>
        <translation>Utiliser uniquement IPv6.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file.</source>
        <translation>Faire aussi confiance aux certificats d&apos;AC de ce fichier PEM.</translation>
    </message>
    <message>
        <source>Go on despite certificate errors, recording them.</source>
        <translation>Continuer malgré les erreurs de certificat, en les consignant.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Do not colour the transcript.</source>
        <translation>Ne pas colorer la transcription.</translation>
    </message>
    <message>
        <source>Explain a server reply instead of running a test.</source>
        <translation>Expliquer une réponse de serveur au lieu de lancer un test.</translation>
    </message>
    <message>
        <source>Explain a bounce message from a file (- for standard input).</source>
        <translation>Expliquer un message de non-remise lu dans un fichier (- pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>With --explain: the step the reply answered (mail, rcpt, ...).</source>
        <translation>Avec --explain&#xa0;: l&apos;étape à laquelle la réponse correspond (mail, rcpt, ...).</translation>
    </message>
    <message>
        <source>Write a report (.txt, .html, .pdf or .json); repeat for more.</source>
        <translation>Écrire un rapport (.txt, .html, .pdf ou .json)&#xa0;; répétez l&apos;option pour en ajouter.</translation>
    </message>
    <message>
        <source>Hide local parts and the EHLO name in reports.</source>
        <translation>Masquer les parties locales et le nom EHLO dans les rapports.</translation>
    </message>
    <message>
        <source>Keep the password (or access token) in the keychain after a successful sign-in.</source>
        <translation>Conserver le mot de passe (ou le jeton d&apos;accès) dans le trousseau après une authentification réussie.</translation>
    </message>
    <message>
        <source>Remove the stored password (with xoauth2 or oauthbearer: the token) for this user and server.</source>
        <translation>Supprimer le mot de passe enregistré (avec xoauth2 ou oauthbearer&#xa0;: le jeton) pour cet utilisateur et ce serveur.</translation>
    </message>
    <message>
        <source>Seed for the order of equal-preference MX (for tests).</source>
        <translation>Graine pour l&apos;ordre des MX de même préférence (pour les tests).</translation>
    </message>
    <message>
        <source>Tests an SMTP conversation step by step and explains what went wrong.</source>
        <translation>Teste une conversation SMTP étape par étape et explique ce qui n&apos;a pas fonctionné.</translation>
    </message>
    <message>
        <source>use %1</source>
        <translation>utilisez %1</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; options start with --</source>
        <translation>Argument inattendu &quot;%1&quot;&#xa0;; les options commencent par --</translation>
    </message>
    <message>
        <source>give this option only once</source>
        <translation>indiquez cette option une seule fois</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>le port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>goes with --auth xoauth2 or --auth oauthbearer</source>
        <translation>s&apos;utilise avec --auth xoauth2 ou --auth oauthbearer</translation>
    </message>
    <message>
        <source>--auth %1 signs in with a token: give it with --token-stdin</source>
        <translation>--auth %1 s&apos;authentifie avec un jeton&#xa0;: fournissez-le avec --token-stdin</translation>
    </message>
    <message>
        <source>give the message text either with --body or from a file, not both</source>
        <translation>fournissez le texte du message soit avec --body, soit dans un fichier, pas les deux</translation>
    </message>
    <message>
        <source>give a number of seconds greater than zero and at most %1</source>
        <translation>indiquez un nombre de secondes supérieur à zéro et au plus égal à %1</translation>
    </message>
    <message>
        <source>cannot be combined with --timeout</source>
        <translation>ne peut pas être combiné avec --timeout</translation>
    </message>
    <message>
        <source>needs --domain (or --to): the records belong to a mail domain, not to one server</source>
        <translation>nécessite --domain (ou --to)&#xa0;: les enregistrements appartiennent à un domaine de messagerie, pas à un serveur</translation>
    </message>
    <message>
        <source>cannot be combined with --relay-test: the check picks its own outside addresses, never signs in and stops before DATA</source>
        <translation>ne peut pas être combiné avec --relay-test&#xa0;: la vérification choisit ses propres adresses extérieures, ne s&apos;authentifie jamais et s&apos;arrête avant DATA</translation>
    </message>
    <message>
        <source>needs --server or --domain: the server to check</source>
        <translation>nécessite --server ou --domain&#xa0;: le serveur à vérifier</translation>
    </message>
    <message>
        <source>give a number from 1 to 64</source>
        <translation>indiquez un nombre de 1 à 64</translation>
    </message>
    <message>
        <source>only goes with --batch</source>
        <translation>s&apos;utilise uniquement avec --batch</translation>
    </message>
    <message>
        <source>cannot be combined with --batch: the list is checked up to RCPT TO, without signing in or sending, one row per address</source>
        <translation>ne peut pas être combiné avec --batch&#xa0;: la liste est vérifiée jusqu&apos;à RCPT TO, sans authentification ni envoi, une ligne par adresse</translation>
    </message>
    <message>
        <source>-4 and -6 cannot be combined; give neither to use both</source>
        <translation>-4 et -6 ne peuvent pas être combinés&#xa0;; n&apos;indiquez aucun des deux pour utiliser les deux</translation>
    </message>
    <message>
        <source>give a whole number from 0 to 4294967295</source>
        <translation>indiquez un nombre entier de 0 à 4294967295</translation>
    </message>
    <message>
        <source>give the reply text to explain</source>
        <translation>indiquez le texte de la réponse à expliquer</translation>
    </message>
    <message>
        <source>cannot be combined with --explain</source>
        <translation>ne peut pas être combiné avec --explain</translation>
    </message>
    <message>
        <source>only goes with --explain or --explain-file</source>
        <translation>s&apos;utilise uniquement avec --explain ou --explain-file</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the file name must end in .txt, .html, .pdf or .json</source>
        <translation>&quot;%1&quot;&#xa0;: le nom du fichier doit se terminer par .txt, .html, .pdf ou .json</translation>
    </message>
    <message>
        <source>cannot be combined with --forget-password</source>
        <translation>ne peut pas être combiné avec --forget-password</translation>
    </message>
    <message>
        <source>needs --user: passwords are kept per user and server</source>
        <translation>nécessite --user&#xa0;: les mots de passe sont conservés par utilisateur et par serveur</translation>
    </message>
    <message>
        <source>Only one of --password-stdin, --token-stdin, --body-file - and --explain-file - can read standard input</source>
        <translation>Une seule des options --password-stdin, --token-stdin, --body-file - et --explain-file - peut lire l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Nothing to test: give --domain, --server or --to</source>
        <translation>Rien à tester&#xa0;: indiquez --domain, --server ou --to</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l&apos;entrée standard</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>--password-stdin: standard input gave no password</source>
        <translation>--password-stdin&#xa0;: l&apos;entrée standard n&apos;a fourni aucun mot de passe</translation>
    </message>
    <message>
        <source>--password-stdin: the password is not UTF-8 text</source>
        <translation>--password-stdin&#xa0;: le mot de passe n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>--token-stdin: standard input gave no access token</source>
        <translation>--token-stdin&#xa0;: l&apos;entrée standard n&apos;a fourni aucun jeton d&apos;accès</translation>
    </message>
    <message>
        <source>--token-stdin: the access token is not UTF-8 text</source>
        <translation>--token-stdin&#xa0;: le jeton d&apos;accès n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>Language of our messages and explanations: en, de, fr, es (default: the system&apos;s). The servers&apos; own words stay as they were sent.</source>
        <translation>Langue de nos messages et explications&#xa0;: en, de, fr, es (par défaut&#xa0;: celle du système). Les propres termes des serveurs restent tels qu&apos;ils ont été envoyés.</translation>
    </message>
    <message>
        <source>give a language code such as de, fr or es</source>
        <translation>indiquez un code de langue comme de, fr ou es</translation>
    </message>
    <message>
        <source>With --all-mx: servers tested at once, each with its own time limits (default 4; 1 is one after another).</source>
        <translation>Avec --all-mx&#xa0;: serveurs testés simultanément, chacun avec ses propres délais d&apos;attente (4 par défaut&#xa0;; 1 signifie l&apos;un après l&apos;autre).</translation>
    </message>
    <message>
        <source>Type the SMTP conversation yourself, each reply explained (with --server or --domain; commands from the terminal or standard input, see docs/console.md).</source>
        <translation>Taper vous-même la conversation SMTP, chaque réponse étant expliquée (avec --server ou --domain&#xa0;; commandes depuis le terminal ou l&apos;entrée standard, voir docs/console.md).</translation>
    </message>
    <message>
        <source>With --interactive: the password for /auth, the first line of this file.</source>
        <translation>Avec --interactive&#xa0;: le mot de passe pour /auth, lu sur la première ligne de ce fichier.</translation>
    </message>
    <message>
        <source>With --interactive: the access token for /auth, the first line of this file.</source>
        <translation>Avec --interactive&#xa0;: le jeton d&apos;accès pour /auth, lu sur la première ligne de ce fichier.</translation>
    </message>
    <message>
        <source>Expert console: %1 --interactive (--server HOST[:PORT] | --domain DOMAIN) [--password-file FILE | --token-file FILE] [--report FILE] [--json] &lt; COMMANDS</source>
        <translation>Console pour experts&#xa0;: %1 --interactive (--server HOST[:PORT] | --domain DOMAIN) [--password-file FILE | --token-file FILE] [--report FILE] [--json] &lt; COMMANDS</translation>
    </message>
    <message>
        <source>give a number from 1 to %1</source>
        <translation>indiquez un nombre de 1 à %1</translation>
    </message>
    <message>
        <source>only goes with --all-mx</source>
        <translation>s&apos;utilise uniquement avec --all-mx</translation>
    </message>
    <message>
        <source>cannot be combined with --interactive</source>
        <translation>ne peut pas être combiné avec --interactive</translation>
    </message>
    <message>
        <source>only goes with --interactive</source>
        <translation>s&apos;utilise uniquement avec --interactive</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Try --help for the list of options.</source>
        <translation>Essayez --help pour la liste des options.</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l&apos;entrée standard</translation>
    </message>
    <message>
        <source>No access token given, and none could be read from the keychain for %1: %2</source>
        <translation>Aucun jeton d&apos;accès fourni, et aucun n&apos;a pu être lu dans le trousseau pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Give it with --token-stdin (add --save-password to store it).</source>
        <translation>Fournissez-le avec --token-stdin (ajoutez --save-password pour l&apos;enregistrer).</translation>
    </message>
    <message>
        <source>No password given, and none could be read from the keychain for %1: %2</source>
        <translation>Aucun mot de passe fourni, et aucun n&apos;a pu être lu dans le trousseau pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Give it with --password-stdin (add --save-password to store it).</source>
        <translation>Fournissez-le avec --password-stdin (ajoutez --save-password pour l&apos;enregistrer).</translation>
    </message>
    <message>
        <source>Using the access token stored in the keychain for %1</source>
        <translation>Utilisation du jeton d&apos;accès enregistré dans le trousseau pour %1</translation>
    </message>
    <message>
        <source>Using the password stored in the keychain for %1</source>
        <translation>Utilisation du mot de passe enregistré dans le trousseau pour %1</translation>
    </message>
    <message>
        <source>Could not forget the password for %1: %2</source>
        <translation>Impossible d&apos;oublier le mot de passe pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No password was stored for %1</source>
        <translation>Aucun mot de passe n&apos;était enregistré pour %1</translation>
    </message>
    <message>
        <source>Forgot the password stored for %1</source>
        <translation>Mot de passe enregistré pour %1 oublié</translation>
    </message>
    <message>
        <source>Saved the access token in the keychain for %1</source>
        <translation>Jeton d&apos;accès enregistré dans le trousseau pour %1</translation>
    </message>
    <message>
        <source>Saved the password in the keychain for %1</source>
        <translation>Mot de passe enregistré dans le trousseau pour %1</translation>
    </message>
    <message>
        <source>Could not save the password in the keychain: %1</source>
        <translation>Impossible d&apos;enregistrer le mot de passe dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The password was not saved: the server did not accept a sign-in</source>
        <translation>Le mot de passe n&apos;a pas été enregistré&#xa0;: le serveur n&apos;a pas accepté d&apos;authentification</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Rapport enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleCommand</name>
    <message>
        <source>The line is %1 bytes long; SMTP allows %2 (1000 with the CRLF)</source>
        <translation>La ligne fait %1 octets&#xa0;; SMTP en autorise %2 (1000 avec le CRLF)</translation>
    </message>
    <message>
        <source>The line is not UTF-8 text</source>
        <translation>La ligne n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>/%1 takes no arguments</source>
        <translation>/%1 n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>Give the message file: /data FILE</source>
        <translation>Indiquez le fichier du message&#xa0;: /data FILE</translation>
    </message>
    <message>
        <source>Give the mechanism and the user name: /auth MECH USER</source>
        <translation>Indiquez le mécanisme et le nom d&apos;utilisateur&#xa0;: /auth MECH USER</translation>
    </message>
    <message>
        <source>/auth: use %1</source>
        <translation>/auth&#xa0;: utilisez %1</translation>
    </message>
    <message>
        <source>Unknown command /%1; /help lists them</source>
        <translation>Commande /%1 inconnue&#xa0;; /help les liste toutes</translation>
    </message>
    <message>
        <source>Type SMTP commands as you would in telnet (EHLO, MAIL FROM:&lt;...&gt;, RCPT TO:&lt;...&gt;, DATA, VRFY, NOOP, RSET, QUIT, ...); each line is sent with CRLF and each reply is explained.</source>
        <translation>Tapez les commandes SMTP comme dans telnet (EHLO, MAIL FROM:&lt;...&gt;, RCPT TO:&lt;...&gt;, DATA, VRFY, NOOP, RSET, QUIT, ...)&#xa0;; chaque ligne est envoyée avec CRLF et chaque réponse est expliquée.</translation>
    </message>
    <message>
        <source>/starttls          send STARTTLS and upgrade the connection; shows the certificate</source>
        <translation>/starttls          envoyer STARTTLS et chiffrer la connexion&#xa0;; affiche le certificat</translation>
    </message>
    <message>
        <source>/auth MECH USER    sign in (MECH: %1); the secret is never shown</source>
        <translation>/auth MECH USER    s&apos;authentifier (MECH&#xa0;: %1)&#xa0;; le mot de passe ou le jeton n&apos;est jamais affiché</translation>
    </message>
    <message>
        <source>/data FILE         send DATA, then the file (CRLF line ends, dot-stuffed), then &quot;.&quot;</source>
        <translation>/data FILE         envoyer DATA, puis le fichier (fins de ligne CRLF, points de début de ligne doublés), puis «&#xa0;.&#xa0;»</translation>
    </message>
    <message>
        <source>/quit              send QUIT and end the session (so does the end of the input)</source>
        <translation>/quit              envoyer QUIT et terminer la session (la fin de l&apos;entrée fait de même)</translation>
    </message>
    <message>
        <source>/help              this list</source>
        <translation>/help              cette liste</translation>
    </message>
</context>
<context>
    <name>ConsoleConnection</name>
    <message>
        <source>Connecting to %1 (%2:%3)</source>
        <translation>Connexion à %1 (%2:%3)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Ignored what the server sent after its 220 to STARTTLS and before the TLS handshake: it answers nothing and may have been injected on the way (RFC 3207 §4.2)</source>
        <translation>Ce que le serveur a envoyé après son 220 à STARTTLS et avant la négociation TLS a été ignoré&#xa0;: cela ne répond à rien et a pu être injecté en chemin (RFC 3207 §4.2)</translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation>TLS établi&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>The server sent a reply no command asked for</source>
        <translation>Le serveur a envoyé une réponse qu&apos;aucune commande n&apos;attendait</translation>
    </message>
    <message>
        <source>The server sent a line that is not an SMTP reply</source>
        <translation>Le serveur a envoyé une ligne qui n&apos;est pas une réponse SMTP</translation>
    </message>
    <message>
        <source>The server sent a reply longer than this program reads</source>
        <translation>Le serveur a envoyé une réponse plus longue que ce que ce programme peut lire</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Connexion fermée</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent: a message is being typed; end it with a line &quot;.&quot;</source>
        <translation>Non envoyé&#xa0;: un message est en cours de saisie&#xa0;; terminez-le par une ligne «&#xa0;.&#xa0;»</translation>
    </message>
    <message>
        <source>Not sent: the connection is closed</source>
        <translation>Non envoyé&#xa0;: la connexion est fermée</translation>
    </message>
    <message>
        <source>No message is being typed</source>
        <translation>Aucun message n&apos;est en cours de saisie</translation>
    </message>
    <message>
        <source>The input ended inside the message: closing without sending it</source>
        <translation>L&apos;entrée s&apos;est terminée au milieu du message&#xa0;: fermeture sans l&apos;envoyer</translation>
    </message>
    <message>
        <source>No answer from this server; trying the next, as a mail server would: %1 (%2)</source>
        <translation>Aucune réponse de ce serveur&#xa0;; essai du suivant, comme le ferait un serveur de messagerie&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConsoleState</name>
    <message>
        <source>TLS is already up: a second STARTTLS is refused (RFC 3207 §4.2)</source>
        <translation>TLS est déjà actif&#xa0;: un second STARTTLS est refusé (RFC 3207 §4.2)</translation>
    </message>
    <message>
        <source>After STARTTLS the client must greet again (RFC 3207 §4.2): send EHLO first, or the server will likely answer 503</source>
        <translation>Après STARTTLS, le client doit se présenter à nouveau (RFC 3207 §4.2)&#xa0;: envoyez d&apos;abord EHLO, sinon le serveur répondra probablement 503</translation>
    </message>
    <message>
        <source>%1 before EHLO: most servers answer 503 (bad sequence of commands)</source>
        <translation>%1 avant EHLO&#xa0;: la plupart des serveurs répondent 503 (mauvais ordre des commandes)</translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS in its EHLO reply</source>
        <translation>Le serveur n&apos;a pas proposé STARTTLS dans sa réponse à EHLO</translation>
    </message>
    <message>
        <source>STARTTLS in the middle of a transaction: the server will likely refuse it</source>
        <translation>STARTTLS au milieu d&apos;une transaction&#xa0;: le serveur le refusera probablement</translation>
    </message>
    <message>
        <source>Already signed in: a second AUTH is refused (RFC 4954 §4)</source>
        <translation>Déjà authentifié&#xa0;: un second AUTH est refusé (RFC 4954 §4)</translation>
    </message>
    <message>
        <source>AUTH during a mail transaction is not allowed (RFC 4954 §4)</source>
        <translation>AUTH n&apos;est pas autorisé pendant une transaction de courrier (RFC 4954 §4)</translation>
    </message>
    <message>
        <source>The server did not offer AUTH in its EHLO reply</source>
        <translation>Le serveur n&apos;a pas proposé AUTH dans sa réponse à EHLO</translation>
    </message>
    <message>
        <source>The server did not offer AUTH in its EHLO reply; many offer it only after STARTTLS</source>
        <translation>Le serveur n&apos;a pas proposé AUTH dans sa réponse à EHLO&#xa0;; beaucoup ne le proposent qu&apos;après STARTTLS</translation>
    </message>
    <message>
        <source>A transaction is already open: the server will likely answer 503; send RSET first</source>
        <translation>Une transaction est déjà ouverte&#xa0;: le serveur répondra probablement 503&#xa0;; envoyez d&apos;abord RSET</translation>
    </message>
    <message>
        <source>RCPT before an accepted MAIL FROM: the server will likely answer 503</source>
        <translation>RCPT avant un MAIL FROM accepté&#xa0;: le serveur répondra probablement 503</translation>
    </message>
    <message>
        <source>No recipient was accepted yet: the server will likely answer 554 or 503</source>
        <translation>Aucun destinataire n&apos;a encore été accepté&#xa0;: le serveur répondra probablement 554 ou 503</translation>
    </message>
    <message>
        <source>DATA before MAIL FROM and RCPT TO: the server will likely answer 503</source>
        <translation>DATA avant MAIL FROM et RCPT TO&#xa0;: le serveur répondra probablement 503</translation>
    </message>
    <message>
        <source>%1 in the middle of a transaction resets it (RFC 5321 §4.1.4)</source>
        <translation>%1 au milieu d&apos;une transaction la réinitialise (RFC 5321 §4.1.4)</translation>
    </message>
    <message>
        <source>Not sending the access token over an unencrypted connection</source>
        <translation>Le jeton d&apos;accès n&apos;est pas envoyé sur une connexion non chiffrée</translation>
    </message>
    <message>
        <source>Not sending the password over an unencrypted connection</source>
        <translation>Le mot de passe n&apos;est pas envoyé sur une connexion non chiffrée</translation>
    </message>
    <message>
        <source>(use /starttls first, or --allow-plaintext-auth)</source>
        <translation>(utilisez d&apos;abord /starttls, ou --allow-plaintext-auth)</translation>
    </message>
    <message>
        <source>Not sending the secret: the server&apos;s certificate did not verify (give --ca-file, or --tls-insecure to send it anyway)</source>
        <translation>Le mot de passe ou le jeton n&apos;est pas envoyé&#xa0;: le certificat du serveur n&apos;a pas pu être vérifié (indiquez --ca-file, ou --tls-insecure pour l&apos;envoyer quand même)</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No password is stored in the keychain for %1.</source>
        <translation>Aucun mot de passe n&apos;est enregistré dans le trousseau pour %1.</translation>
    </message>
    <message>
        <source>The keychain is not available: no Secret Service (such as GNOME Keyring or KWallet) is running. Type the password for this test; it will not be saved.</source>
        <translation>Le trousseau n&apos;est pas disponible&#xa0;: aucun Secret Service (comme GNOME Keyring ou KWallet) n&apos;est en cours d&apos;exécution. Saisissez le mot de passe pour ce test&#xa0;; il ne sera pas enregistré.</translation>
    </message>
    <message>
        <source>The keychain cannot be reached: there is no D-Bus session bus, or it does not answer. Type the password for this test; it will not be saved.</source>
        <translation>Le trousseau est inaccessible&#xa0;: il n&apos;y a pas de bus de session D-Bus, ou il ne répond pas. Saisissez le mot de passe pour ce test&#xa0;; il ne sera pas enregistré.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example by signing in to the desktop again) and retry, or type the password for this test.</source>
        <translation>Le trousseau est verrouillé. Déverrouillez-le (par exemple en vous reconnectant à la session de bureau) et réessayez, ou saisissez le mot de passe pour ce test.</translation>
    </message>
    <message>
        <source>The keychain refused access to the password for %1.</source>
        <translation>Le trousseau a refusé l&apos;accès au mot de passe pour %1.</translation>
    </message>
    <message>
        <source>The keychain reported an error for %1.</source>
        <translation>Le trousseau a signalé une erreur pour %1.</translation>
    </message>
</context>
<context>
    <name>DnsConclusions</name>
    <message>
        <source>No MX records: using the domain&apos;s own address (implicit MX)</source>
        <translation>Aucun enregistrement MX&#xa0;: utilisation de l&apos;adresse propre du domaine (MX implicite)</translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN)</source>
        <translation>%1 n&apos;existe pas (NXDOMAIN)</translation>
    </message>
    <message>
        <source>%1 has neither MX records nor an address: it cannot receive mail</source>
        <translation>%1 n&apos;a ni enregistrement MX ni adresse&#xa0;: il ne peut pas recevoir de courrier</translation>
    </message>
    <message>
        <source>The DNS server failed to answer for %1</source>
        <translation>Le serveur DNS n&apos;a pas réussi à répondre pour %1</translation>
    </message>
    <message>
        <source>The DNS server did not answer for %1</source>
        <translation>Le serveur DNS n&apos;a pas répondu pour %1</translation>
    </message>
    <message>
        <source>None of the mail servers of %1 has a usable address</source>
        <translation>Aucun des serveurs de messagerie de %1 n&apos;a d&apos;adresse utilisable</translation>
    </message>
    <message>
        <source>%1 has no %2 address, and only %2 was asked for</source>
        <translation>%1 n&apos;a pas d&apos;adresse %2, et seul %2 a été demandé</translation>
    </message>
    <message>
        <source>%1 has no address records: the MX points nowhere (dangling MX)</source>
        <translation>%1 n&apos;a aucun enregistrement d&apos;adresse&#xa0;: le MX ne pointe nulle part (MX orphelin)</translation>
    </message>
    <message>
        <source>%1 has no address records</source>
        <translation>%1 n&apos;a aucun enregistrement d&apos;adresse</translation>
    </message>
    <message>
        <source>Reverse DNS of %1: %2 (matches)</source>
        <translation>DNS inverse de %1&#xa0;: %2 (correspond)</translation>
    </message>
    <message>
        <source>Reverse DNS of %1: %2 (not %3)</source>
        <translation>DNS inverse de %1&#xa0;: %2 (et non %3)</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS name</source>
        <translation>%1 n&apos;a pas de nom DNS inverse</translation>
    </message>
    <message>
        <source>No answer for the reverse DNS name of %1</source>
        <translation>Pas de réponse pour le nom DNS inverse de %1</translation>
    </message>
</context>
<context>
    <name>DnsProbe</name>
    <message>
        <source>the system resolver</source>
        <translation>le résolveur du système</translation>
    </message>
    <message>
        <source>DNS server %1</source>
        <translation>serveur DNS %1</translation>
    </message>
    <message>
        <source>Looking up the MX records of %1 (asking %2)</source>
        <translation>Recherche des enregistrements MX de %1 (serveur interrogé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Looking up the addresses of %1</source>
        <translation>Recherche des adresses de %1</translation>
    </message>
    <message>
        <source>%1 is an IP address: no DNS lookup needed</source>
        <translation>%1 est une adresse IP&#xa0;: aucune recherche DNS nécessaire</translation>
    </message>
    <message>
        <source>%1 is not an %2 address, and only %2 was asked for</source>
        <translation>%1 n&apos;est pas une adresse %2, et seul %2 a été demandé</translation>
    </message>
    <message numerus="yes">
        <source>MX lookup for %1: %n record(s)</source>
        <translation>
            <numerusform>Recherche MX pour %1&#xa0;: %n enregistrement</numerusform>
            <numerusform>Recherche MX pour %1&#xa0;: %n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 publishes a null MX next to other MX records, which RFC 7505 forbids; taking the null MX at its word</source>
        <translation>%1 publie un MX nul à côté d&apos;autres enregistrements MX, ce que la RFC 7505 interdit&#xa0;; le MX nul est pris au pied de la lettre</translation>
    </message>
    <message>
        <source>%1 has a null MX (RFC 7505): the domain accepts no mail</source>
        <translation>%1 a un MX nul (RFC 7505)&#xa0;: le domaine n&apos;accepte aucun courrier</translation>
    </message>
    <message>
        <source>MX preference %1: %2</source>
        <translation>Préférence MX %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate MX record(s) ignored</source>
        <translation>
            <numerusform>%n enregistrement MX en double ignoré</numerusform>
            <numerusform>%n enregistrements MX en double ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN)</source>
        <translation>%1 n&apos;existe pas (NXDOMAIN)</translation>
    </message>
    <message>
        <source>The DNS server failed on the MX query for %1: %2</source>
        <translation>Le serveur DNS a échoué sur la requête MX pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>MX lookup for %1: no MX records; asking for the domain&apos;s own address</source>
        <translation>Recherche MX pour %1&#xa0;: aucun enregistrement MX&#xa0;; demande de l&apos;adresse propre du domaine</translation>
    </message>
    <message>
        <source>MX lookup for %1 failed after %2 ms (%3); asking for the domain&apos;s own address to tell &quot;no MX records&quot; from &quot;no answer&quot;</source>
        <translation>La recherche MX pour %1 a échoué après %2 ms (%3)&#xa0;; demande de l&apos;adresse propre du domaine pour distinguer &quot;aucun enregistrement MX&quot; de &quot;aucune réponse&quot;</translation>
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation>Aucune réponse en %1 ms</translation>
    </message>
    <message>
        <source>DNS lookups stopped after %1 ms without all answers</source>
        <translation>Recherches DNS arrêtées après %1 ms sans toutes les réponses</translation>
    </message>
    <message>
        <source>The DNS server did not answer the MX query for %1</source>
        <translation>Le serveur DNS n&apos;a pas répondu à la requête MX pour %1</translation>
    </message>
    <message>
        <source>No answer for the reverse DNS name of %1</source>
        <translation>Pas de réponse pour le nom DNS inverse de %1</translation>
    </message>
    <message>
        <source>%1 has address %2</source>
        <translation>%1 a l&apos;adresse %2</translation>
    </message>
    <message>
        <source>No answer for the %1 address of %2 after %3 ms</source>
        <translation>Pas de réponse pour l&apos;adresse %1 de %2 après %3 ms</translation>
    </message>
    <message>
        <source>The DNS server failed on the address query for %1: %2</source>
        <translation>Le serveur DNS a échoué sur la requête d&apos;adresse pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The DNS server answers other questions: the empty answers were real</source>
        <translation>Le serveur DNS répond à d&apos;autres questions&#xa0;: les réponses vides étaient réelles</translation>
    </message>
    <message>
        <source>The DNS server does not answer at all</source>
        <translation>Le serveur DNS ne répond pas du tout</translation>
    </message>
    <message>
        <source>Checking that the DNS server answers at all</source>
        <translation>Vérification que le serveur DNS répond</translation>
    </message>
</context>
<context>
    <name>DomainName</name>
    <message>
        <source>The domain is empty</source>
        <translation>Le domaine est vide</translation>
    </message>
    <message>
        <source>The domain ends with a dot; remove it</source>
        <translation>Le domaine se termine par un point&#xa0;; supprimez-le</translation>
    </message>
    <message>
        <source>The domain has an empty part between dots</source>
        <translation>Le domaine contient une partie vide entre deux points</translation>
    </message>
    <message>
        <source>The domain contains a control character</source>
        <translation>Le domaine contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>The domain contains a space</source>
        <translation>Le domaine contient une espace</translation>
    </message>
    <message>
        <source>A part of the domain is longer than %1 characters</source>
        <translation>Une partie du domaine dépasse %1 caractères</translation>
    </message>
    <message>
        <source>The domain contains &quot;%1&quot;; only letters, digits, hyphens and dots are allowed</source>
        <translation>Le domaine contient &quot;%1&quot;&#xa0;; seuls les lettres, les chiffres, les traits d&apos;union et les points sont autorisés</translation>
    </message>
    <message>
        <source>A part of the domain starts or ends with a hyphen</source>
        <translation>Une partie du domaine commence ou se termine par un trait d&apos;union</translation>
    </message>
    <message>
        <source>The domain is longer than %1 characters</source>
        <translation>Le domaine dépasse %1 caractères</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; is not a valid internationalised domain name</source>
        <translation>Le domaine &quot;%1&quot; n&apos;est pas un nom de domaine internationalisé valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IP address, not a domain; write it in square brackets: [%1]</source>
        <translation>&quot;%1&quot; est une adresse IP, pas un domaine&#xa0;; écrivez-la entre crochets&#xa0;: [%1]</translation>
    </message>
    <message>
        <source>The last part of the domain cannot be only digits</source>
        <translation>La dernière partie du domaine ne peut pas être composée uniquement de chiffres</translation>
    </message>
    <message>
        <source>An address literal is written in square brackets, such as [192.0.2.1]</source>
        <translation>Une adresse littérale s&apos;écrit entre crochets, par exemple [192.0.2.1]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse IPv6 valide</translation>
    </message>
    <message>
        <source>An IPv6 address literal needs the IPv6: tag, such as [IPv6:%1]</source>
        <translation>Une adresse IPv6 littérale nécessite la balise IPv6:, par exemple [IPv6:%1]</translation>
    </message>
    <message>
        <source>Unknown kind of address literal &quot;%1&quot;</source>
        <translation>Type d&apos;adresse littérale inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse IPv4 valide</translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>Recipient: %1</source>
        <translation>Destinataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answer from: %1</source>
        <translation>Réponse de&#xa0;: %1</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Réponse du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Based on: %1</source>
        <translation>D&apos;après&#xa0;: %1</translation>
    </message>
    <message>
        <source>Likely causes:</source>
        <translation>Causes probables&#xa0;:</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Étapes suivantes&#xa0;:</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>Références&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No SMTP reply code, enhanced status code or known error text was found. Paste the whole line the server sent, for example &quot;550 5.1.1 User unknown&quot;, or give the whole bounce message with --explain-file.</source>
        <translation>Aucun code de réponse SMTP, code d&apos;état étendu ni texte d&apos;erreur connu n&apos;a été trouvé. Collez la ligne entière envoyée par le serveur, par exemple &quot;550 5.1.1 User unknown&quot;, ou fournissez le message de non-remise complet avec --explain-file.</translation>
    </message>
    <message>
        <source>No failure was found in this message: its report holds no SMTP reply code, enhanced status code or known error text. Copy the line the receiving server sent, for example &quot;550 5.1.1 User unknown&quot;, and explain it with --explain.</source>
        <translation>Aucun échec n&apos;a été trouvé dans ce message&#xa0;: son rapport ne contient ni code de réponse SMTP, ni code d&apos;état étendu, ni texte d&apos;erreur connu. Copiez la ligne envoyée par le serveur destinataire, par exemple &quot;550 5.1.1 User unknown&quot;, et faites-la expliquer avec --explain.</translation>
    </message>
</context>
<context>
    <name>ExplanationReport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>IP address named</source>
        <translation>Adresse IP citée</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Bounce written by</source>
        <translation>Message de non-remise rédigé par</translation>
    </message>
    <message>
        <source>Answer from</source>
        <translation>Réponse de</translation>
    </message>
    <message>
        <source>What the error message means (SMTP Wizard)</source>
        <translation>Signification du message d&apos;erreur (SMTP Wizard)</translation>
    </message>
    <message>
        <source>Likely causes:</source>
        <translation>Causes probables&#xa0;:</translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>Que faire ensuite&#xa0;:</translation>
    </message>
    <message>
        <source>Details from the bounce:</source>
        <translation>Détails du message de non-remise&#xa0;:</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>Références&#xa0;: %1</translation>
    </message>
    <message>
        <source>The text explained:</source>
        <translation>Texte expliqué&#xa0;:</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Causes probables</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Que faire ensuite</translation>
    </message>
    <message>
        <source>Details from the bounce</source>
        <translation>Détails du message de non-remise</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>Références&#xa0;:</translation>
    </message>
    <message>
        <source>The text explained</source>
        <translation>Texte expliqué</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <source>Line breaks (CR or LF) are not allowed here</source>
        <translation>Les sauts de ligne (CR ou LF) ne sont pas autorisés ici</translation>
    </message>
    <message>
        <source>NUL characters are not allowed here</source>
        <translation>Les caractères NUL ne sont pas autorisés ici</translation>
    </message>
    <message>
        <source>%1: line breaks (CR or LF) are not allowed</source>
        <translation>%1&#xa0;: les sauts de ligne (CR ou LF) ne sont pas autorisés</translation>
    </message>
    <message>
        <source>%1: NUL characters are not allowed</source>
        <translation>%1&#xa0;: les caractères NUL ne sont pas autorisés</translation>
    </message>
    <message>
        <source>Give a domain or an e-mail address</source>
        <translation>Indiquez un domaine ou une adresse e-mail</translation>
    </message>
    <message>
        <source>An IP address has no mail servers to look up; give it as the server instead</source>
        <translation>Une adresse IP n&apos;a pas de serveurs de messagerie à rechercher&#xa0;; indiquez-la plutôt comme serveur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a server and port; give it as the server instead</source>
        <translation>&quot;%1&quot; désigne un serveur et un port&#xa0;; indiquez-le plutôt comme serveur</translation>
    </message>
    <message>
        <source>Give an e-mail address; the null sender &lt;&gt; is only for MAIL FROM</source>
        <translation>Indiquez une adresse e-mail&#xa0;; l&apos;expéditeur vide &lt;&gt; n&apos;est valable que pour MAIL FROM</translation>
    </message>
    <message>
        <source>Write an IP address in square brackets: %1</source>
        <translation>Écrivez une adresse IP entre crochets&#xa0;: %1</translation>
    </message>
    <message>
        <source>The EHLO name must be a fully-qualified name such as mail.example.com, or an address literal such as [192.0.2.1]</source>
        <translation>Le nom EHLO doit être un nom complet comme mail.example.com, ou une adresse littérale comme [192.0.2.1]</translation>
    </message>
    <message>
        <source>The subject contains a control character</source>
        <translation>L&apos;objet contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>The subject is longer than %1 bytes</source>
        <translation>L&apos;objet dépasse %1 octets</translation>
    </message>
    <message>
        <source>A header is written &quot;Name: value&quot;; this one has no colon</source>
        <translation>Un en-tête s&apos;écrit &quot;Nom: valeur&quot;&#xa0;; celui-ci n&apos;a pas de deux-points</translation>
    </message>
    <message>
        <source>The header has no name before the colon</source>
        <translation>L&apos;en-tête n&apos;a pas de nom avant les deux-points</translation>
    </message>
    <message>
        <source>A header name cannot contain spaces</source>
        <translation>Un nom d&apos;en-tête ne peut pas contenir d&apos;espaces</translation>
    </message>
    <message>
        <source>A header name may only contain printable ASCII characters</source>
        <translation>Un nom d&apos;en-tête ne peut contenir que des caractères ASCII imprimables</translation>
    </message>
    <message>
        <source>The header contains a control character</source>
        <translation>L&apos;en-tête contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>The header is longer than %1 bytes</source>
        <translation>L&apos;en-tête dépasse %1 octets</translation>
    </message>
    <message>
        <source>The message text is larger than %1 MB</source>
        <translation>Le texte du message dépasse %1 Mo</translation>
    </message>
    <message>
        <source>Line %1 of the message text is %2 bytes long; SMTP allows at most %3</source>
        <translation>La ligne %1 du texte du message fait %2 octets&#xa0;; SMTP en autorise au plus %3</translation>
    </message>
    <message>
        <source>Give only the DNS server&apos;s IP address; the port is always 53</source>
        <translation>Indiquez uniquement l&apos;adresse IP du serveur DNS&#xa0;; le port est toujours 53</translation>
    </message>
    <message>
        <source>The DNS server must be an IP address, such as 192.0.2.53 or 2001:db8::53</source>
        <translation>Le serveur DNS doit être une adresse IP, comme 192.0.2.53 ou 2001:db8::53</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535</source>
        <translation>Le port doit être un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>The envelope ID is longer than %1 characters</source>
        <translation>L&apos;identifiant d&apos;enveloppe dépasse %1 caractères</translation>
    </message>
    <message>
        <source>The envelope ID may only contain printable ASCII characters, without spaces</source>
        <translation>L&apos;identifiant d&apos;enveloppe ne peut contenir que des caractères ASCII imprimables, sans espaces</translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist</source>
        <translation>Le fichier de certificats d&apos;AC %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read (permissions)</source>
        <translation>Le fichier de certificats d&apos;AC %1 ne peut pas être lu (droits d&apos;accès)</translation>
    </message>
    <message>
        <source>The file %1 contains no certificate (PEM or DER)</source>
        <translation>Le fichier %1 ne contient aucun certificat (PEM ou DER)</translation>
    </message>
    <message>
        <source>Every timeout must be longer than zero</source>
        <translation>Chaque délai d&apos;attente doit être supérieur à zéro</translation>
    </message>
    <message numerus="yes">
        <source>A timeout may be at most %n hour(s)</source>
        <translation>
            <numerusform>Un délai d&apos;attente ne peut pas dépasser %n heure</numerusform>
            <numerusform>Un délai d&apos;attente ne peut pas dépasser %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Give &quot;never&quot;, or one or more of success, failure, delay separated by commas</source>
        <translation>Indiquez &quot;never&quot;, ou une ou plusieurs valeurs parmi success, failure, delay, séparées par des virgules</translation>
    </message>
    <message>
        <source>Unknown notification &quot;%1&quot;; use never, success, failure or delay</source>
        <translation>Notification inconnue &quot;%1&quot;&#xa0;; utilisez never, success, failure ou delay</translation>
    </message>
    <message>
        <source>&quot;never&quot; cannot be combined with success, failure or delay</source>
        <translation>&quot;never&quot; ne peut pas être combiné avec success, failure ou delay</translation>
    </message>
</context>
<context>
    <name>HealthCatalog</name>
    <message>
        <source>The DNS server gave no usable answer for %1, so this could not be checked. Try again, or ask another DNS server.</source>
        <translation>Le serveur DNS n&apos;a donné aucune réponse exploitable pour %1&#xa0;; la vérification n&apos;a donc pas pu être faite. Réessayez, ou interrogez un autre serveur DNS.</translation>
    </message>
    <message>
        <source>The domain publishes more than one SPF record. Receivers then treat SPF as broken (permerror, RFC 7208 §4.5): merge them into one record.</source>
        <translation>Le domaine publie plus d&apos;un enregistrement SPF. Les destinataires considèrent alors SPF comme cassé (permerror, RFC 7208 §4.5)&#xa0;: fusionnez-les en un seul enregistrement.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid SPF. Receivers treat the whole record as broken (permerror) and ignore it: correct or remove that part.</source>
        <translation>&quot;%1&quot; n&apos;est pas du SPF valide. Les destinataires considèrent tout l&apos;enregistrement comme cassé (permerror) et l&apos;ignorent&#xa0;: corrigez ou supprimez cette partie.</translation>
    </message>
    <message>
        <source>Checking this record takes %1 DNS lookups (include, a, mx, ptr, exists and redirect, counted through every include), more than the 10 receivers allow (RFC 7208 §4.6.4). They then treat SPF as broken: remove includes you no longer use, or list addresses with ip4:/ip6: instead.</source>
        <translation>La vérification de cet enregistrement demande %1 recherches DNS (include, a, mx, ptr, exists et redirect, comptées à travers tous les include), plus que les 10 autorisées par les destinataires (RFC 7208 §4.6.4). Ils considèrent alors SPF comme cassé&#xa0;: supprimez les include que vous n&apos;utilisez plus, ou listez plutôt les adresses avec ip4:/ip6:.</translation>
    </message>
    <message>
        <source>The record ends in &quot;+all&quot;: every server on the Internet may send mail for the domain, which makes SPF useless. Use &quot;-all&quot; or &quot;~all&quot;.</source>
        <translation>L&apos;enregistrement se termine par &quot;+all&quot;&#xa0;: n&apos;importe quel serveur d&apos;Internet peut envoyer du courrier pour le domaine, ce qui rend SPF inutile. Utilisez &quot;-all&quot; ou &quot;~all&quot;.</translation>
    </message>
    <message>
        <source>The record ends in &quot;?all&quot;: servers that are not listed get a neutral result, so SPF protects nothing. Use &quot;~all&quot;, or &quot;-all&quot; once all your senders are listed.</source>
        <translation>L&apos;enregistrement se termine par &quot;?all&quot;&#xa0;: les serveurs non listés obtiennent un résultat neutre, donc SPF ne protège rien. Utilisez &quot;~all&quot;, ou &quot;-all&quot; une fois tous vos expéditeurs listés.</translation>
    </message>
    <message>
        <source>The record has no &quot;all&quot; at its end and no redirect: servers that are not listed get a neutral result. End it with &quot;-all&quot; or &quot;~all&quot;.</source>
        <translation>L&apos;enregistrement ne se termine pas par &quot;all&quot; et n&apos;a pas de redirect&#xa0;: les serveurs non listés obtiennent un résultat neutre. Terminez-le par &quot;-all&quot; ou &quot;~all&quot;.</translation>
    </message>
    <message>
        <source>Some terms come after &quot;all&quot; and are never looked at: move them before it.</source>
        <translation>Certains termes se trouvent après &quot;all&quot; et ne sont jamais examinés&#xa0;: placez-les avant.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ignored because the record also has &quot;all&quot; (RFC 7208 §6.1): keep one of the two.</source>
        <translation>&quot;%1&quot; est ignoré, car l&apos;enregistrement contient aussi &quot;all&quot; (RFC 7208 §6.1)&#xa0;: gardez l&apos;un des deux.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the ptr mechanism, which is slow and which RFC 7208 §5.5 says not to use; some receivers skip it. List the addresses with ip4:, ip6: or a: instead.</source>
        <translation>&quot;%1&quot; utilise le mécanisme ptr, qui est lent et que la RFC 7208 §5.5 déconseille&#xa0;; certains destinataires l&apos;ignorent. Listez plutôt les adresses avec ip4:, ip6: ou a:.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses a macro, which depends on each message: its lookup is counted once, but what it leads to was not checked.</source>
        <translation>&quot;%1&quot; utilise une macro, qui dépend de chaque message&#xa0;: sa recherche est comptée une fois, mais ce à quoi elle aboutit n&apos;a pas été vérifié.</translation>
    </message>
    <message>
        <source>The record includes %1, which has no SPF record. Receivers treat that as broken SPF (permerror): fix the name or remove the include.</source>
        <translation>L&apos;enregistrement inclut %1, qui n&apos;a pas d&apos;enregistrement SPF. Les destinataires considèrent cela comme un SPF cassé (permerror)&#xa0;: corrigez le nom ou supprimez l&apos;include.</translation>
    </message>
    <message>
        <source>The record includes %1, whose own SPF record is broken (or which has several). Receivers then treat SPF as broken: ask whoever runs %1, or remove the include.</source>
        <translation>L&apos;enregistrement inclut %1, dont le propre enregistrement SPF est cassé (ou qui en a plusieurs). Les destinataires considèrent alors SPF comme cassé&#xa0;: contactez le gestionnaire de %1, ou supprimez l&apos;include.</translation>
    </message>
    <message>
        <source>The record includes itself again through %1: receivers stop with an error. Remove the loop.</source>
        <translation>L&apos;enregistrement s&apos;inclut lui-même à nouveau via %1&#xa0;: les destinataires s&apos;arrêtent sur une erreur. Supprimez la boucle.</translation>
    </message>
    <message>
        <source>The DNS server did not answer for the included record %1; receivers that meet the same treat SPF as a temporary error.</source>
        <translation>Le serveur DNS n&apos;a pas répondu pour l&apos;enregistrement inclus %1&#xa0;; les destinataires confrontés au même problème considèrent SPF comme une erreur temporaire.</translation>
    </message>
    <message>
        <source>There is more than one DMARC record at _dmarc: receivers then apply none (RFC 7489 §6.6.3). Keep one.</source>
        <translation>Il y a plus d&apos;un enregistrement DMARC à _dmarc&#xa0;: les destinataires n&apos;en appliquent alors aucun (RFC 7489 §6.6.3). Gardez-en un seul.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid DMARC; correct it.</source>
        <translation>&quot;%1&quot; n&apos;est pas du DMARC valide&#xa0;; corrigez-le.</translation>
    </message>
    <message>
        <source>The record has no valid policy (p=none, p=quarantine or p=reject). Receivers ignore such a record, unless it asks for reports: then they read it as p=none.</source>
        <translation>L&apos;enregistrement n&apos;a pas de politique valide (p=none, p=quarantine ou p=reject). Les destinataires ignorent un tel enregistrement, sauf s&apos;il demande des rapports&#xa0;: ils le lisent alors comme p=none.</translation>
    </message>
    <message>
        <source>The policy is p=none: receivers only report, and forged mail in the domain&apos;s name is still delivered. Once the reports show that all your own mail passes, move to p=quarantine, then p=reject.</source>
        <translation>La politique est p=none&#xa0;: les destinataires se contentent de faire des rapports, et le courrier falsifié au nom du domaine est toujours distribué. Lorsque les rapports montrent que tout votre propre courrier passe, passez à p=quarantine, puis à p=reject.</translation>
    </message>
    <message>
        <source>Subdomains have sp=none: forged mail from any subdomain is still delivered, although the domain itself is protected.</source>
        <translation>Les sous-domaines ont sp=none&#xa0;: le courrier falsifié provenant de n&apos;importe quel sous-domaine est toujours distribué, bien que le domaine lui-même soit protégé.</translation>
    </message>
    <message>
        <source>pct=%1: the policy applies to only part of the failing mail; the rest is treated as if the policy were one step milder.</source>
        <translation>pct=%1&#xa0;: la politique ne s&apos;applique qu&apos;à une partie du courrier en échec&#xa0;; le reste est traité comme si la politique était d&apos;un cran plus souple.</translation>
    </message>
    <message>
        <source>No rua= address: nobody receives the reports that show who sends mail in the domain&apos;s name. Add rua=mailto: with an address you read.</source>
        <translation>Pas d&apos;adresse rua=&#xa0;: personne ne reçoit les rapports qui montrent qui envoie du courrier au nom du domaine. Ajoutez rua=mailto: avec une adresse que vous consultez.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mailto: address receivers can send reports to.</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse mailto: à laquelle les destinataires peuvent envoyer des rapports.</translation>
    </message>
    <message>
        <source>There is more than one MTA-STS record at _mta-sts: senders then ignore MTA-STS (RFC 8461 §3.1). Keep one.</source>
        <translation>Il y a plus d&apos;un enregistrement MTA-STS à _mta-sts&#xa0;: les expéditeurs ignorent alors MTA-STS (RFC 8461 §3.1). Gardez-en un seul.</translation>
    </message>
    <message>
        <source>The MTA-STS record is malformed at &quot;%1&quot;; it must read &quot;v=STSv1; id=&quot; and 1 to 32 letters or digits.</source>
        <translation>L&apos;enregistrement MTA-STS est mal formé à &quot;%1&quot;&#xa0;; il doit se lire &quot;v=STSv1; id=&quot; suivi de 1 à 32 lettres ou chiffres.</translation>
    </message>
    <message>
        <source>A policy file is published, but there is no TXT record at _mta-sts, so senders never fetch it. Add &quot;v=STSv1; id=&quot; and a version there.</source>
        <translation>Un fichier de politique est publié, mais il n&apos;y a pas d&apos;enregistrement TXT à _mta-sts, donc les expéditeurs ne le récupèrent jamais. Ajoutez-y &quot;v=STSv1; id=&quot; et une version.</translation>
    </message>
    <message>
        <source>The policy file could not be fetched (%1). Senders then use no MTA-STS for the domain, or a copy they fetched before.</source>
        <translation>Le fichier de politique n&apos;a pas pu être récupéré (%1). Les expéditeurs n&apos;utilisent alors pas MTA-STS pour le domaine, ou utilisent une copie récupérée auparavant.</translation>
    </message>
    <message>
        <source>The web server of the policy has a certificate that is not trusted (%1). Senders must refuse such a policy: it needs a valid certificate for the mta-sts name.</source>
        <translation>Le serveur web de la politique a un certificat non approuvé (%1). Les expéditeurs doivent refuser une telle politique&#xa0;: elle nécessite un certificat valide pour le nom mta-sts.</translation>
    </message>
    <message>
        <source>The web server answered HTTP %1 instead of 200 with the policy (senders do not follow redirects, RFC 8461 §3.3).</source>
        <translation>Le serveur web a répondu HTTP %1 au lieu de 200 avec la politique (les expéditeurs ne suivent pas les redirections, RFC 8461 §3.3).</translation>
    </message>
    <message>
        <source>The policy file is served as &quot;%1&quot;; it must be text/plain.</source>
        <translation>Le fichier de politique est servi en tant que &quot;%1&quot;&#xa0;; il doit être en text/plain.</translation>
    </message>
    <message>
        <source>The policy file is larger than 64 KiB; senders may refuse it.</source>
        <translation>Le fichier de politique dépasse 64 Kio&#xa0;; les expéditeurs peuvent le refuser.</translation>
    </message>
    <message>
        <source>The line &quot;%1&quot; of the policy file is not valid.</source>
        <translation>La ligne &quot;%1&quot; du fichier de politique n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The policy file needs exactly one line &quot;version: STSv1&quot;.</source>
        <translation>Le fichier de politique doit contenir exactement une ligne &quot;version: STSv1&quot;.</translation>
    </message>
    <message>
        <source>The policy&apos;s mode must be enforce, testing or none.</source>
        <translation>Le mode de la politique doit être enforce, testing ou none.</translation>
    </message>
    <message>
        <source>mode: testing: senders report problems but still deliver over unencrypted or unverified connections. Switch to enforce once the reports are clean.</source>
        <translation>mode: testing&#xa0;: les expéditeurs signalent les problèmes mais distribuent quand même sur des connexions non chiffrées ou non vérifiées. Passez à enforce lorsque les rapports sont propres.</translation>
    </message>
    <message>
        <source>mode: none: the policy withdraws MTA-STS, and senders no longer insist on encryption.</source>
        <translation>mode: none&#xa0;: la politique retire MTA-STS, et les expéditeurs n&apos;exigent plus le chiffrement.</translation>
    </message>
    <message>
        <source>max_age must be a number of seconds, at most 31557600 (a year).</source>
        <translation>max_age doit être un nombre de secondes, au plus 31557600 (un an).</translation>
    </message>
    <message>
        <source>max_age is %1 seconds, less than a day: senders forget the policy quickly, which weakens it. Weeks are usual (604800 is one).</source>
        <translation>max_age vaut %1 secondes, moins d&apos;un jour&#xa0;: les expéditeurs oublient vite la politique, ce qui l&apos;affaiblit. On utilise habituellement plusieurs semaines (604800 correspond à une).</translation>
    </message>
    <message>
        <source>The policy lists no mx: lines, so no mail server matches it.</source>
        <translation>La politique ne contient aucune ligne mx:, donc aucun serveur de messagerie n&apos;y correspond.</translation>
    </message>
    <message>
        <source>The mail server %1 is not covered by any mx: line of the policy. In enforce mode senders refuse to deliver to it: add it to the policy.</source>
        <translation>Le serveur de messagerie %1 n&apos;est couvert par aucune ligne mx: de la politique. En mode enforce, les expéditeurs refusent de lui distribuer le courrier&#xa0;: ajoutez-le à la politique.</translation>
    </message>
    <message>
        <source>There is more than one TLS-RPT record at _smtp._tls: senders then send no reports. Keep one.</source>
        <translation>Il y a plus d&apos;un enregistrement TLS-RPT à _smtp._tls&#xa0;: les expéditeurs n&apos;envoient alors aucun rapport. Gardez-en un seul.</translation>
    </message>
    <message>
        <source>The TLS-RPT record is malformed at &quot;%1&quot;; it must read &quot;v=TLSRPTv1; rua=&quot; and where reports go.</source>
        <translation>L&apos;enregistrement TLS-RPT est mal formé à &quot;%1&quot;&#xa0;; il doit se lire &quot;v=TLSRPTv1; rua=&quot; suivi de la destination des rapports.</translation>
    </message>
    <message>
        <source>The record has no rua= address, so reports go nowhere.</source>
        <translation>L&apos;enregistrement n&apos;a pas d&apos;adresse rua=, donc les rapports ne vont nulle part.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a mailto: address nor an https: address.</source>
        <translation>&quot;%1&quot; n&apos;est ni une adresse mailto: ni une adresse https:.</translation>
    </message>
    <message>
        <source>Not checked: this program cannot ask the DNS server in use for TLSA records (%1). Check with the system&apos;s resolver, or with a tool such as dig.</source>
        <translation>Non vérifié&#xa0;: ce programme ne peut pas demander d&apos;enregistrements TLSA au serveur DNS utilisé (%1). Vérifiez avec le résolveur du système, ou avec un outil comme dig.</translation>
    </message>
    <message>
        <source>TLSA records were found for %1, but the DNS server did not confirm them as DNSSEC-signed. Senders use DANE only with signed answers: sign the zone, or ask a validating resolver.</source>
        <translation>Des enregistrements TLSA ont été trouvés pour %1, mais le serveur DNS ne les a pas confirmés comme signés DNSSEC. Les expéditeurs n&apos;utilisent DANE qu&apos;avec des réponses signées&#xa0;: signez la zone, ou interrogez un résolveur qui valide.</translation>
    </message>
    <message>
        <source>The TLSA record &quot;%1&quot; is malformed (an unknown usage, selector or matching type, or data of the wrong length); senders cannot use it.</source>
        <translation>L&apos;enregistrement TLSA &quot;%1&quot; est mal formé (usage, sélecteur ou type de correspondance inconnu, ou données de mauvaise longueur)&#xa0;; les expéditeurs ne peuvent pas l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The TLSA record &quot;%1&quot; has usage 0 or 1, which mail servers ignore (RFC 7672 §3.1.3). Publish usage 3 (DANE-EE) or 2 (DANE-TA).</source>
        <translation>L&apos;enregistrement TLSA &quot;%1&quot; a l&apos;usage 0 ou 1, que les serveurs de messagerie ignorent (RFC 7672 §3.1.3). Publiez l&apos;usage 3 (DANE-EE) ou 2 (DANE-TA).</translation>
    </message>
    <message>
        <source>%1 has no TLSA records, though other mail servers of the domain have: senders cannot verify it the same way.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrements TLSA, alors que d&apos;autres serveurs de messagerie du domaine en ont&#xa0;: les expéditeurs ne peuvent pas le vérifier de la même façon.</translation>
    </message>
    <message>
        <source>The address has no reverse DNS name. Many receivers refuse or distrust mail from such addresses; it matters when this server also sends mail.</source>
        <translation>L&apos;adresse n&apos;a pas de nom DNS inverse. Beaucoup de destinataires refusent le courrier venant de telles adresses ou s&apos;en méfient&#xa0;; c&apos;est important si ce serveur envoie aussi du courrier.</translation>
    </message>
    <message>
        <source>The reverse name %1 does not lead back to this address, so the reverse DNS is not forward-confirmed. Receivers treat that like no reverse name: add the address to the name&apos;s A or AAAA records.</source>
        <translation>Le nom inverse %1 ne renvoie pas à cette adresse, donc le DNS inverse n&apos;est pas confirmé dans le sens direct. Les destinataires traitent cela comme une absence de nom inverse&#xa0;: ajoutez l&apos;adresse aux enregistrements A ou AAAA du nom.</translation>
    </message>
    <message>
        <source>The DNS server did not answer for the reverse name %1, so it could not be confirmed.</source>
        <translation>Le serveur DNS n&apos;a pas répondu pour le nom inverse %1&#xa0;; il n&apos;a donc pas pu être confirmé.</translation>
    </message>
    <message>
        <source>No greeting was read from this address (the test did not talk to it, or could not), so its name could not be compared.</source>
        <translation>Aucune bannière d&apos;accueil n&apos;a été lue depuis cette adresse (le test ne s&apos;y est pas adressé, ou n&apos;a pas pu), donc son nom n&apos;a pas pu être comparé.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting names no host.</source>
        <translation>La bannière d&apos;accueil du serveur ne nomme aucun hôte.</translation>
    </message>
    <message>
        <source>The server greets as %1, which is not its reverse DNS name. Receivers do not require them to match, but spam filters often count it against a sender: set the server&apos;s host name (Postfix: myhostname) to the reverse name, or the other way round.</source>
        <translation>Le serveur se présente comme %1, qui n&apos;est pas son nom DNS inverse. Les destinataires n&apos;exigent pas qu&apos;ils correspondent, mais les filtres antispam le comptent souvent contre l&apos;expéditeur&#xa0;: réglez le nom d&apos;hôte du serveur (Postfix&#xa0;: myhostname) sur le nom inverse, ou l&apos;inverse.</translation>
    </message>
    <message>
        <source>SPF lists the servers allowed to send mail for the domain; receivers check it to spot forged senders.</source>
        <translation>SPF liste les serveurs autorisés à envoyer du courrier pour le domaine&#xa0;; les destinataires le vérifient pour repérer les expéditeurs falsifiés.</translation>
    </message>
    <message>
        <source>DMARC tells receivers what to do with mail in the domain&apos;s name that fails SPF and DKIM, and where to send reports about it.</source>
        <translation>DMARC indique aux destinataires quoi faire du courrier au nom du domaine qui échoue à SPF et DKIM, et où envoyer les rapports à ce sujet.</translation>
    </message>
    <message>
        <source>MTA-STS tells sending servers to deliver to the domain only over encrypted, verified connections, so nobody on the way can read or divert the mail.</source>
        <translation>MTA-STS demande aux serveurs d&apos;envoi de ne distribuer au domaine que par des connexions chiffrées et vérifiées, pour que personne sur le trajet ne puisse lire ou détourner le courrier.</translation>
    </message>
    <message>
        <source>TLS-RPT asks sending servers to report when they could not set up encryption to the domain&apos;s mail servers.</source>
        <translation>TLS-RPT demande aux serveurs d&apos;envoi de signaler quand ils n&apos;ont pas pu établir le chiffrement avec les serveurs de messagerie du domaine.</translation>
    </message>
    <message>
        <source>DANE publishes the mail servers&apos; certificates in DNSSEC-signed TLSA records, so senders can verify them without trusting a certificate authority.</source>
        <translation>DANE publie les certificats des serveurs de messagerie dans des enregistrements TLSA signés DNSSEC, pour que les expéditeurs puissent les vérifier sans faire confiance à une autorité de certification.</translation>
    </message>
    <message>
        <source>Receivers look up the reverse DNS name of a sending server&apos;s address and check that the name leads back to the same address.</source>
        <translation>Les destinataires recherchent le nom DNS inverse de l&apos;adresse d&apos;un serveur d&apos;envoi et vérifient que ce nom renvoie à la même adresse.</translation>
    </message>
    <message>
        <source>A mail server names itself in its greeting; receivers compare that name with the reverse DNS name of its address.</source>
        <translation>Un serveur de messagerie se nomme lui-même dans sa bannière d&apos;accueil&#xa0;; les destinataires comparent ce nom au nom DNS inverse de son adresse.</translation>
    </message>
    <message>
        <source>The domain publishes one valid SPF record.</source>
        <translation>Le domaine publie un enregistrement SPF valide.</translation>
    </message>
    <message>
        <source>The domain publishes none: receivers cannot tell forged mail in its name from real mail, and some refuse mail from domains without SPF. Publish one, e.g. &quot;v=spf1 mx -all&quot; if only the mail servers send.</source>
        <translation>Le domaine n&apos;en publie aucun&#xa0;: les destinataires ne peuvent pas distinguer le courrier falsifié en son nom du vrai courrier, et certains refusent le courrier des domaines sans SPF. Publiez-en un, par exemple &quot;v=spf1 mx -all&quot; si seuls les serveurs de messagerie envoient.</translation>
    </message>
    <message>
        <source>The domain publishes a DMARC policy that protects it, and reports go to an address.</source>
        <translation>Le domaine publie une politique DMARC qui le protège, et les rapports sont envoyés à une adresse.</translation>
    </message>
    <message>
        <source>There is no record at _dmarc: receivers decide alone what to do with forged mail in the domain&apos;s name, and nobody gets reports. Large mail providers expect one from bulk senders; start with &quot;v=DMARC1; p=none; rua=mailto:…&quot;.</source>
        <translation>Il n&apos;y a pas d&apos;enregistrement à _dmarc&#xa0;: les destinataires décident seuls quoi faire du courrier falsifié au nom du domaine, et personne ne reçoit de rapports. Les grands fournisseurs de messagerie en attendent un des expéditeurs en masse&#xa0;; commencez par &quot;v=DMARC1; p=none; rua=mailto:…&quot;.</translation>
    </message>
    <message>
        <source>The record and the policy file are in place, and the policy covers every mail server.</source>
        <translation>L&apos;enregistrement et le fichier de politique sont en place, et la politique couvre tous les serveurs de messagerie.</translation>
    </message>
    <message>
        <source>The domain publishes no MTA-STS policy. It is optional; without it, mail to the domain can be sent unencrypted when someone on the way removes the offer of encryption.</source>
        <translation>Le domaine ne publie pas de politique MTA-STS. Elle est facultative&#xa0;; sans elle, le courrier vers le domaine peut être envoyé sans chiffrement si quelqu&apos;un sur le trajet supprime l&apos;offre de chiffrement.</translation>
    </message>
    <message>
        <source>Reports about failed encryption go to the address in the record.</source>
        <translation>Les rapports sur les échecs de chiffrement sont envoyés à l&apos;adresse indiquée dans l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>There is no record at _smtp._tls. It is optional; without it you hear of encryption problems only from senders&apos; bounces.</source>
        <translation>Il n&apos;y a pas d&apos;enregistrement à _smtp._tls. Il est facultatif&#xa0;; sans lui, vous n&apos;apprenez les problèmes de chiffrement que par les messages de non-remise des expéditeurs.</translation>
    </message>
    <message>
        <source>Every mail server has valid, DNSSEC-signed TLSA records.</source>
        <translation>Chaque serveur de messagerie a des enregistrements TLSA valides et signés DNSSEC.</translation>
    </message>
    <message>
        <source>No mail server has TLSA records. DANE is optional and needs a DNSSEC-signed zone.</source>
        <translation>Aucun serveur de messagerie n&apos;a d&apos;enregistrements TLSA. DANE est facultatif et nécessite une zone signée DNSSEC.</translation>
    </message>
    <message>
        <source>The address has a reverse name, and that name leads back to it.</source>
        <translation>L&apos;adresse a un nom inverse, et ce nom renvoie à l&apos;adresse.</translation>
    </message>
    <message>
        <source>The address has no reverse name.</source>
        <translation>L&apos;adresse n&apos;a pas de nom inverse.</translation>
    </message>
    <message>
        <source>Here the reverse name does not lead back to the address, which receivers count like having no reverse name.</source>
        <translation>Ici, le nom inverse ne renvoie pas à l&apos;adresse, ce que les destinataires traitent comme une absence de nom inverse.</translation>
    </message>
    <message>
        <source>Here it could not be checked (see below).</source>
        <translation>Ici, la vérification n&apos;a pas pu être faite (voir ci-dessous).</translation>
    </message>
    <message>
        <source>Here the two could not be matched (see below); mail still flows, but some spam filters notice.</source>
        <translation>Ici, les deux n&apos;ont pas pu être comparés (voir ci-dessous)&#xa0;; le courrier passe quand même, mais certains filtres antispam le remarquent.</translation>
    </message>
    <message>
        <source>The greeting names the server as its reverse DNS name does.</source>
        <translation>La bannière d&apos;accueil nomme le serveur comme le fait son nom DNS inverse.</translation>
    </message>
    <message>
        <source>For other servers</source>
        <translation>Pour les autres serveurs</translation>
    </message>
    <message>
        <source>DNS lookups (at most 10)</source>
        <translation>Recherches DNS (10 au plus)</translation>
    </message>
    <message>
        <source>No record of its own; the record of this parent domain applies</source>
        <translation>Pas d&apos;enregistrement propre&#xa0;; celui du domaine parent s&apos;applique</translation>
    </message>
    <message>
        <source>Policy that applies to this domain</source>
        <translation>Politique qui s&apos;applique à ce domaine</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Policy for subdomains</source>
        <translation>Politique des sous-domaines</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Rapports envoyés à</translation>
    </message>
    <message>
        <source>Share of mail the policy applies to</source>
        <translation>Part du courrier concernée par la politique</translation>
    </message>
    <message>
        <source>Policy version (id)</source>
        <translation>Version de la politique (id)</translation>
    </message>
    <message>
        <source>Policy file</source>
        <translation>Fichier de politique</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Mail servers in the policy</source>
        <translation>Serveurs de messagerie de la politique</translation>
    </message>
    <message>
        <source>Kept by senders for (seconds)</source>
        <translation>Conservée par les expéditeurs pendant (secondes)</translation>
    </message>
    <message>
        <source>TLSA records</source>
        <translation>Enregistrements TLSA</translation>
    </message>
    <message>
        <source>Signed (DNSSEC)</source>
        <translation>Signé (DNSSEC)</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(non nommé)</translation>
    </message>
    <message>
        <source>%1 (found: %2)</source>
        <translation>%1 (trouvé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>It is in order.</source>
        <translation>Tout est en ordre.</translation>
    </message>
    <message>
        <source>Nothing is published for it.</source>
        <translation>Rien n&apos;est publié pour cela.</translation>
    </message>
    <message>
        <source>What is published is broken: receivers treat it as an error or ignore it. The problems below say what to change.</source>
        <translation>Ce qui est publié est cassé&#xa0;: les destinataires le traitent comme une erreur ou l&apos;ignorent. Les problèmes ci-dessous indiquent quoi changer.</translation>
    </message>
    <message>
        <source>It works, but the points below are worth a look.</source>
        <translation>Cela fonctionne, mais les points ci-dessous méritent un coup d&apos;œil.</translation>
    </message>
</context>
<context>
    <name>HealthJudge</name>
    <message>
        <source>%1 has no address in the DNS</source>
        <translation>%1 n&apos;a pas d&apos;adresse dans le DNS</translation>
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
        <translation>État du domaine %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Constat</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The list of earlier tests could not be saved in %1: %2</source>
        <translation>La liste des tests précédents n&apos;a pas pu être enregistrée dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>An old test could not be removed from %1: %2</source>
        <translation>Un ancien test n&apos;a pas pu être supprimé de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The folder for earlier tests could not be created: %1</source>
        <translation>Le dossier des tests précédents n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The test could not be kept in the history (%1): %2</source>
        <translation>Le test n&apos;a pas pu être conservé dans l&apos;historique (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>This test is no longer in the history.</source>
        <translation>Ce test ne figure plus dans l&apos;historique.</translation>
    </message>
    <message>
        <source>This test could not be opened: %1</source>
        <translation>Ce test n&apos;a pas pu être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>The test could not be removed from %1: %2</source>
        <translation>Le test n&apos;a pas pu être supprimé de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HtmlAttemptSection</name>
    <message>
        <source>Likely causes</source>
        <translation>Causes probables</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Étapes suivantes</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>Références&#xa0;: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>constat</translation>
    </message>
    <message>
        <source>What the replies mean</source>
        <translation>Signification des réponses</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>The TLS handshake did not complete: nothing was verified.</source>
        <translation>La négociation TLS n&apos;a pas abouti&#xa0;: rien n&apos;a été vérifié.</translation>
    </message>
    <message>
        <source>The certificate was verified.</source>
        <translation>Le certificat a été vérifié.</translation>
    </message>
    <message>
        <source>The certificate could not be verified; the test went on anyway.</source>
        <translation>Le certificat n&apos;a pas pu être vérifié&#xa0;; le test a quand même continué.</translation>
    </message>
    <message>
        <source>The certificate could not be verified.</source>
        <translation>Le certificat n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation>Noms (SAN)</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>auto-signé</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Durées</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 at %2, after %3</source>
        <translation>%1 à l&apos;étape %2, après %3</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>What the server offers (EHLO)</source>
        <translation>Ce que propose le serveur (EHLO)</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Next steps</source>
        <translation>Étapes suivantes</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>(asked %1)</source>
        <translation>(serveur interrogé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Colours in the transcript</source>
        <translation>Couleurs de la transcription</translation>
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
        <translation>Plan de test</translation>
    </message>
    <message>
        <source>Mail servers (DNS) for %1</source>
        <translation>Serveurs de messagerie (DNS) de %1</translation>
    </message>
    <message>
        <source>Asked %1; the answer took %2.</source>
        <translation>Serveur interrogé&#xa0;: %1&#xa0;; la réponse a pris %2.</translation>
    </message>
    <message>
        <source>this computer&apos;s resolver</source>
        <translation>le résolveur de cet ordinateur</translation>
    </message>
    <message>
        <source>Null MX: the domain says it accepts no mail (RFC 7505).</source>
        <translation>MX nul&#xa0;: le domaine déclare n&apos;accepter aucun courrier (RFC 7505).</translation>
    </message>
    <message>
        <source>No MX records: the domain&apos;s own address is used (implicit MX).</source>
        <translation>Aucun enregistrement MX&#xa0;: l&apos;adresse propre du domaine est utilisée (MX implicite).</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Préférence</translation>
    </message>
    <message>
        <source>Mail server (MX)</source>
        <translation>Serveur de messagerie (MX)</translation>
    </message>
    <message>
        <source>Reverse DNS (PTR)</source>
        <translation>DNS inverse (PTR)</translation>
    </message>
    <message>
        <source>implicit</source>
        <translation>implicite</translation>
    </message>
    <message>
        <source>no addresses</source>
        <translation>aucune adresse</translation>
    </message>
    <message>
        <source>Looking up the mail servers</source>
        <translation>Recherche des serveurs de messagerie</translation>
    </message>
    <message>
        <source>Made by SMTP Wizard %1 on %2 at %3. Times are UTC. Passwords are never included in reports.</source>
        <translation>Généré par SMTP Wizard %1 le %2 à %3. Les heures sont en UTC. Les mots de passe ne figurent jamais dans les rapports.</translation>
    </message>
</context>
<context>
    <name>InteractiveCommand</name>
    <message>
        <source>cannot open %1</source>
        <translation>impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>Type SMTP commands; /help lists the console&apos;s own, /quit or Ctrl-D ends.</source>
        <translation>Tapez des commandes SMTP&#xa0;; /help liste celles propres à la console, /quit ou Ctrl-D termine.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Using the access token stored in the keychain for %1</source>
        <translation>Utilisation du jeton d&apos;accès enregistré dans le trousseau pour %1</translation>
    </message>
    <message>
        <source>Using the password stored in the keychain for %1</source>
        <translation>Utilisation du mot de passe enregistré dans le trousseau pour %1</translation>
    </message>
    <message>
        <source>Not sent: no secret for %1 in the keychain (%2); give it with %3</source>
        <translation>Non envoyé&#xa0;: aucun mot de passe ni jeton pour %1 dans le trousseau (%2)&#xa0;; fournissez-le avec %3</translation>
    </message>
    <message>
        <source>Access token for %1 (not shown): </source>
        <translation>Jeton d&apos;accès pour %1 (non affiché)&#xa0;: </translation>
    </message>
    <message>
        <source>Password for %1 (not shown): </source>
        <translation>Mot de passe pour %1 (non affiché)&#xa0;: </translation>
    </message>
    <message>
        <source>Not sent: the secret is empty</source>
        <translation>Non envoyé&#xa0;: le mot de passe ou le jeton est vide</translation>
    </message>
    <message>
        <source>Not sent: /data: %1</source>
        <translation>Non envoyé&#xa0;: /data&#xa0;: %1</translation>
    </message>
    <message>
        <source>TLS: %1, %2</source>
        <translation>TLS&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>  certificate subject: %1</source>
        <translation>  sujet du certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>  issuer: %1</source>
        <translation>  émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>  verification: the certificate is valid and trusted for this name</source>
        <translation>  vérification&#xa0;: le certificat est valide et approuvé pour ce nom</translation>
    </message>
    <message>
        <source>  verification: FAILED (the session goes on; /auth will not send a secret over it)</source>
        <translation>  vérification&#xa0;: ÉCHEC (la session continue&#xa0;; /auth n&apos;y enverra ni mot de passe ni jeton)</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Rapport enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MailAddress</name>
    <message>
        <source>The address contains a line break</source>
        <translation>L&apos;adresse contient un saut de ligne</translation>
    </message>
    <message>
        <source>The address contains a control character</source>
        <translation>L&apos;adresse contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>The address starts with &lt; but does not end with &gt;</source>
        <translation>L&apos;adresse commence par &lt; mais ne se termine pas par &gt;</translation>
    </message>
    <message>
        <source>The address ends with &gt; but does not start with &lt;</source>
        <translation>L&apos;adresse se termine par &gt; mais ne commence pas par &lt;</translation>
    </message>
    <message>
        <source>The address is empty</source>
        <translation>L&apos;adresse est vide</translation>
    </message>
    <message>
        <source>Source routes (&quot;@host:&quot;) are obsolete; give only the address</source>
        <translation>Les routes source (&quot;@hôte:&quot;) sont obsolètes&#xa0;; indiquez uniquement l&apos;adresse</translation>
    </message>
    <message>
        <source>There is nothing before the @</source>
        <translation>Il n&apos;y a rien avant le @</translation>
    </message>
    <message>
        <source>A backslash in the quoted part before @ must be followed by a printable character</source>
        <translation>Dans la partie entre guillemets avant le @, une barre oblique inverse doit être suivie d&apos;un caractère imprimable</translation>
    </message>
    <message>
        <source>The quoted part before @ contains a character that is not allowed</source>
        <translation>La partie entre guillemets avant le @ contient un caractère non autorisé</translation>
    </message>
    <message>
        <source>The quoted part before @ has no closing quote</source>
        <translation>La partie entre guillemets avant le @ n&apos;a pas de guillemet fermant</translation>
    </message>
    <message>
        <source>The address has no @</source>
        <translation>L&apos;adresse n&apos;a pas de @</translation>
    </message>
    <message>
        <source>The closing quote must be followed by @</source>
        <translation>Le guillemet fermant doit être suivi de @</translation>
    </message>
    <message>
        <source>The quoted part before @ is empty</source>
        <translation>La partie entre guillemets avant le @ est vide</translation>
    </message>
    <message>
        <source>The part before @ contains a space; put it in quotes (&quot;...&quot;) if it is meant</source>
        <translation>La partie avant le @ contient une espace&#xa0;; mettez-la entre guillemets (&quot;...&quot;) si c&apos;est voulu</translation>
    </message>
    <message>
        <source>The part before @ contains &quot;%1&quot;, which is only allowed inside quotes</source>
        <translation>La partie avant le @ contient &quot;%1&quot;, qui n&apos;est autorisé qu&apos;entre guillemets</translation>
    </message>
    <message>
        <source>The part before @ starts or ends with a dot, or has two dots in a row</source>
        <translation>La partie avant le @ commence ou se termine par un point, ou contient deux points consécutifs</translation>
    </message>
    <message>
        <source>The part before @ is longer than %1 characters</source>
        <translation>La partie avant le @ dépasse %1 caractères</translation>
    </message>
    <message>
        <source>There is nothing after the @</source>
        <translation>Il n&apos;y a rien après le @</translation>
    </message>
    <message>
        <source>The address has more than one @</source>
        <translation>L&apos;adresse contient plus d&apos;un @</translation>
    </message>
    <message>
        <source>The address is longer than %1 characters</source>
        <translation>L&apos;adresse dépasse %1 caractères</translation>
    </message>
</context>
<context>
    <name>MailPreparation</name>
    <message>
        <source>The server does not offer 8BITMIME: the text is sent as quoted-printable</source>
        <translation>Le serveur ne propose pas 8BITMIME&#xa0;: le texte est envoyé en quoted-printable</translation>
    </message>
    <message>
        <source>The message has %1 bytes; the server accepts at most %2</source>
        <translation>Le message fait %1 octets&#xa0;; le serveur en accepte au plus %2</translation>
    </message>
    <message>
        <source>An address has non-ASCII characters before the @, and the server does not offer SMTPUTF8</source>
        <translation>Une adresse contient des caractères non ASCII avant le @, et le serveur ne propose pas SMTPUTF8</translation>
    </message>
    <message>
        <source>The server does not offer DSN: delivery notifications (NOTIFY, RET, ENVID) are left out</source>
        <translation>Le serveur ne propose pas DSN&#xa0;: les notifications de remise (NOTIFY, RET, ENVID) sont omises</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>%1 or %2</source>
        <comment>a list of choices: &quot;a, b&quot; or &quot;c&quot;</comment>
        <translation>%1 ou %2</translation>
    </message>
</context>
<context>
    <name>Model::AttemptOutcome</name>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>différée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>Model::Auth</name>
    <message>
        <source>No sign-in</source>
        <translation>Sans authentification</translation>
    </message>
    <message>
        <source>Password, sent in one step (AUTH PLAIN)</source>
        <translation>Mot de passe, envoyé en une étape (AUTH PLAIN)</translation>
    </message>
    <message>
        <source>Password, asked for in two steps (AUTH LOGIN)</source>
        <translation>Mot de passe, demandé en deux étapes (AUTH LOGIN)</translation>
    </message>
    <message>
        <source>Password (automatic: what the server offers)</source>
        <translation>Mot de passe (automatique&#xa0;: selon ce que propose le serveur)</translation>
    </message>
    <message>
        <source>Password, proved without sending it (AUTH CRAM-MD5, older servers)</source>
        <translation>Mot de passe, prouvé sans l&apos;envoyer (AUTH CRAM-MD5, anciens serveurs)</translation>
    </message>
    <message>
        <source>OAuth 2.0 token (AUTH XOAUTH2: Microsoft 365, Gmail)</source>
        <translation>Jeton OAuth 2.0 (AUTH XOAUTH2&#xa0;: Microsoft 365, Gmail)</translation>
    </message>
    <message>
        <source>OAuth 2.0 token (AUTH OAUTHBEARER, RFC 7628)</source>
        <translation>Jeton OAuth 2.0 (AUTH OAUTHBEARER, RFC 7628)</translation>
    </message>
</context>
<context>
    <name>Model::BatchOutcome</name>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>temporary</source>
        <translation>temporaire</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
</context>
<context>
    <name>Model::Category</name>
    <message>
        <source>everything asked for was accepted</source>
        <translation>tout ce qui a été demandé a été accepté</translation>
    </message>
    <message>
        <source>the mailbox does not exist</source>
        <translation>la boîte aux lettres n&apos;existe pas</translation>
    </message>
    <message>
        <source>the recipient has moved to another address</source>
        <translation>le destinataire a changé d&apos;adresse</translation>
    </message>
    <message>
        <source>the mailbox is full</source>
        <translation>la boîte aux lettres est pleine</translation>
    </message>
    <message>
        <source>the mailbox is disabled</source>
        <translation>la boîte aux lettres est désactivée</translation>
    </message>
    <message>
        <source>the message is too large</source>
        <translation>le message est trop volumineux</translation>
    </message>
    <message>
        <source>its filters refused the content</source>
        <translation>ses filtres ont refusé le contenu</translation>
    </message>
    <message>
        <source>it does not pass mail on to that domain for this client</source>
        <translation>il ne relaie pas le courrier vers ce domaine pour ce client</translation>
    </message>
    <message>
        <source>it does not accept this sender address</source>
        <translation>il n&apos;accepte pas cette adresse d&apos;expéditeur</translation>
    </message>
    <message>
        <source>the sender&apos;s domain failed SPF, DKIM or DMARC</source>
        <translation>le domaine de l&apos;expéditeur a échoué à SPF, DKIM ou DMARC</translation>
    </message>
    <message>
        <source>the sending IP address is blocked or has a poor reputation</source>
        <translation>l&apos;adresse IP d&apos;envoi est bloquée ou a une mauvaise réputation</translation>
    </message>
    <message>
        <source>the sending IP address has no matching reverse DNS name</source>
        <translation>l&apos;adresse IP d&apos;envoi n&apos;a pas de nom DNS inverse correspondant</translation>
    </message>
    <message>
        <source>it requires signing in first</source>
        <translation>il exige d&apos;abord une authentification</translation>
    </message>
    <message>
        <source>the sign-in did not work</source>
        <translation>l&apos;authentification n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <source>it requires an encrypted connection first</source>
        <translation>il exige d&apos;abord une connexion chiffrée</translation>
    </message>
    <message>
        <source>the encrypted connection could not be set up or trusted</source>
        <translation>la connexion chiffrée n&apos;a pas pu être établie ou n&apos;est pas digne de confiance</translation>
    </message>
    <message>
        <source>it limits how fast this client may send</source>
        <translation>il limite la vitesse d&apos;envoi de ce client</translation>
    </message>
    <message>
        <source>it greylists new senders and accepts a later retry</source>
        <translation>il met les nouveaux expéditeurs en liste grise et accepte un nouvel essai ultérieur</translation>
    </message>
    <message>
        <source>a policy rule refused it</source>
        <translation>une règle de politique l&apos;a refusé</translation>
    </message>
    <message>
        <source>it did not understand a command</source>
        <translation>il n&apos;a pas compris une commande</translation>
    </message>
    <message>
        <source>the domain could not be found in DNS</source>
        <translation>le domaine est introuvable dans le DNS</translation>
    </message>
    <message>
        <source>the domain does not accept mail at all</source>
        <translation>le domaine n&apos;accepte aucun courrier</translation>
    </message>
    <message>
        <source>the service is not available right now</source>
        <translation>le service n&apos;est pas disponible pour le moment</translation>
    </message>
    <message>
        <source>the network connection failed</source>
        <translation>la connexion réseau a échoué</translation>
    </message>
    <message>
        <source>no answer came in time</source>
        <translation>aucune réponse n&apos;est arrivée à temps</translation>
    </message>
    <message>
        <source>delivery was given up after retrying</source>
        <translation>la remise a été abandonnée après plusieurs essais</translation>
    </message>
    <message>
        <source>see the explanation of the reply</source>
        <translation>voir l&apos;explication de la réponse</translation>
    </message>
</context>
<context>
    <name>Model::Direction</name>
    <message>
        <source>Sent by this computer</source>
        <translation>Envoyé par cet ordinateur</translation>
    </message>
    <message>
        <source>Received from the server</source>
        <translation>Reçu du serveur</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
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
        <translation>SPF (qui peut envoyer pour le domaine)</translation>
    </message>
    <message>
        <source>DMARC (what receivers do with forged mail)</source>
        <translation>DMARC (ce que font les destinataires du courrier falsifié)</translation>
    </message>
    <message>
        <source>MTA-STS (encryption required for mail to the domain)</source>
        <translation>MTA-STS (chiffrement exigé pour le courrier vers le domaine)</translation>
    </message>
    <message>
        <source>TLS-RPT (reports about failed encryption)</source>
        <translation>TLS-RPT (rapports sur les échecs de chiffrement)</translation>
    </message>
    <message>
        <source>DANE (certificates pinned in the DNS)</source>
        <translation>DANE (certificats épinglés dans le DNS)</translation>
    </message>
    <message>
        <source>Reverse DNS, confirmed forward</source>
        <translation>DNS inverse, confirmé dans le sens direct</translation>
    </message>
    <message>
        <source>Greeting name against reverse DNS</source>
        <translation>Nom de la bannière comparé au DNS inverse</translation>
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
        <translation>Absent</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Cassé</translation>
    </message>
    <message>
        <source>Worth a look</source>
        <translation>À examiner</translation>
    </message>
</context>
<context>
    <name>Model::IpFamily</name>
    <message>
        <source>IPv4 and IPv6</source>
        <translation>IPv4 et IPv6</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>IPv4 uniquement</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>IPv6 uniquement</translation>
    </message>
</context>
<context>
    <name>Model::Outcome</name>
    <message>
        <source>Delivered</source>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Différé</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>DNS failed</source>
        <translation>Échec DNS</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>Échec TLS</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec d&apos;authentification</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>Erreur de protocole</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Open relay</source>
        <translation>Relais ouvert</translation>
    </message>
    <message>
        <source>Refuses to relay</source>
        <translation>Refuse de relayer</translation>
    </message>
</context>
<context>
    <name>Model::RelayForm</name>
    <message>
        <source>plain address, sender outside</source>
        <translation>adresse simple, expéditeur extérieur</translation>
    </message>
    <message>
        <source>plain address, null sender &lt;&gt;</source>
        <translation>adresse simple, expéditeur vide &lt;&gt;</translation>
    </message>
    <message>
        <source>plain address, sender in the server&apos;s own domain</source>
        <translation>adresse simple, expéditeur dans le domaine du serveur</translation>
    </message>
    <message>
        <source>Percent hack (outside domain after a percent sign)</source>
        <translation>Routage par pourcentage (domaine extérieur après un signe pourcentage)</translation>
    </message>
    <message>
        <source>quoted (&quot;user@domain&quot;)</source>
        <translation>entre guillemets (&quot;user@domain&quot;)</translation>
    </message>
    <message>
        <source>source route (@server:user@domain)</source>
        <translation>route source (@server:user@domain)</translation>
    </message>
    <message>
        <source>UUCP bang path (domain!user)</source>
        <translation>chemin UUCP (domain!user)</translation>
    </message>
</context>
<context>
    <name>Model::ReportFormat</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
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
        <translation>Comme le ferait un serveur de messagerie&#xa0;: le premier qui répond</translation>
    </message>
    <message>
        <source>Every mail server, side by side</source>
        <translation>Chaque serveur de messagerie, en parallèle</translation>
    </message>
</context>
<context>
    <name>Model::Security</name>
    <message>
        <source>None (plain text)</source>
        <translation>Aucune (texte en clair)</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS s&apos;il est proposé</translation>
    </message>
    <message>
        <source>STARTTLS required, certificate verified</source>
        <translation>STARTTLS obligatoire, certificat vérifié</translation>
    </message>
    <message>
        <source>Implicit TLS, certificate verified</source>
        <translation>TLS implicite, certificat vérifié</translation>
    </message>
</context>
<context>
    <name>Model::Severity</name>
    <message>
        <source>Success (2xx)</source>
        <translation>Succès (2xx)</translation>
    </message>
    <message>
        <source>Waiting for more (3xx)</source>
        <translation>En attente de la suite (3xx)</translation>
    </message>
    <message>
        <source>Temporary problem (4xx)</source>
        <translation>Problème temporaire (4xx)</translation>
    </message>
    <message>
        <source>Permanent failure (5xx)</source>
        <translation>Échec définitif (5xx)</translation>
    </message>
    <message>
        <source>Event or note</source>
        <translation>Événement ou remarque</translation>
    </message>
</context>
<context>
    <name>Model::Stage</name>
    <message>
        <source>DNS lookup</source>
        <translation>Recherche DNS</translation>
    </message>
    <message>
        <source>Looking up the mail servers</source>
        <translation>Recherche des serveurs de messagerie</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>la connexion</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Setting up encryption (TLS)</source>
        <translation>Mise en place du chiffrement (TLS)</translation>
    </message>
    <message>
        <source>the encrypted connection (TLS)</source>
        <translation>la connexion chiffrée (TLS)</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Waiting for the greeting</source>
        <translation>Attente de la bannière d&apos;accueil</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>Introducing ourselves (EHLO)</source>
        <translation>Présentation au serveur (EHLO)</translation>
    </message>
    <message>
        <source>the greeting (EHLO)</source>
        <translation>la présentation (EHLO)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Switching to encryption (STARTTLS)</source>
        <translation>Passage au chiffrement (STARTTLS)</translation>
    </message>
    <message>
        <source>encryption (STARTTLS)</source>
        <translation>le chiffrement (STARTTLS)</translation>
    </message>
    <message>
        <source>Sign-in (AUTH)</source>
        <translation>Authentification (AUTH)</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Authentification en cours</translation>
    </message>
    <message>
        <source>the sign-in</source>
        <translation>l&apos;authentification</translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <source>Giving the sender (MAIL FROM)</source>
        <translation>Indication de l&apos;expéditeur (MAIL FROM)</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>l&apos;expéditeur</translation>
    </message>
    <message>
        <source>RCPT TO</source>
        <translation>RCPT TO</translation>
    </message>
    <message>
        <source>Checking the recipients (RCPT TO)</source>
        <translation>Vérification des destinataires (RCPT TO)</translation>
    </message>
    <message>
        <source>the recipient</source>
        <translation>le destinataire</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>Starting the message (DATA)</source>
        <translation>Début du message (DATA)</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>le message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Sending the message</source>
        <translation>Envoi du message</translation>
    </message>
    <message>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <source>Saying goodbye (QUIT)</source>
        <translation>Fin de session (QUIT)</translation>
    </message>
    <message>
        <source>the end of the session</source>
        <translation>la fin de la session</translation>
    </message>
</context>
<context>
    <name>Model::StopAfter</name>
    <message>
        <source>Stop after connecting</source>
        <translation>Arrêter après la connexion</translation>
    </message>
    <message>
        <source>Stop after EHLO</source>
        <translation>Arrêter après EHLO</translation>
    </message>
    <message>
        <source>Stop after TLS</source>
        <translation>Arrêter après TLS</translation>
    </message>
    <message>
        <source>Stop after sign-in</source>
        <translation>Arrêter après l&apos;authentification</translation>
    </message>
    <message>
        <source>Stop after MAIL FROM</source>
        <translation>Arrêter après MAIL FROM</translation>
    </message>
    <message>
        <source>Stop after RCPT TO (no message sent)</source>
        <translation>Arrêter après RCPT TO (aucun message envoyé)</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
</context>
<context>
    <name>MtaStsFetch</name>
    <message>
        <source>No answer within %1 ms</source>
        <translation>Aucune réponse en %1 ms</translation>
    </message>
</context>
<context>
    <name>OAuthErrorChallenge</name>
    <message>
        <source>status %1</source>
        <translation>état %1</translation>
    </message>
    <message>
        <source>schemes %1</source>
        <translation>schémas %1</translation>
    </message>
    <message>
        <source>scope %1</source>
        <translation>portée %1</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Plan::Field</name>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>Nom EHLO</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fichier de certificats d&apos;AC</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Sender (MAIL FROM)</source>
        <translation>Expéditeur (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipient (RCPT TO)</source>
        <translation>Destinataire (RCPT TO)</translation>
    </message>
    <message>
        <source>Delivery notifications (NOTIFY)</source>
        <translation>Notifications de remise (NOTIFY)</translation>
    </message>
    <message>
        <source>Envelope ID (ENVID)</source>
        <translation>Identifiant d&apos;enveloppe (ENVID)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Extra header</source>
        <translation>En-tête supplémentaire</translation>
    </message>
    <message>
        <source>Stop after</source>
        <translation>Arrêter après</translation>
    </message>
    <message>
        <source>Timeouts</source>
        <translation>Délais d&apos;attente</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Serveur DNS</translation>
    </message>
</context>
<context>
    <name>PlanBuilder</name>
    <message>
        <source>Recipient &quot;%1&quot;: </source>
        <translation>Destinataire &quot;%1&quot;&#xa0;: </translation>
    </message>
    <message>
        <source>Recipient %1: </source>
        <translation>Destinataire %1&#xa0;: </translation>
    </message>
    <message>
        <source>Give either a domain (its mail servers are looked up) or a server, not both</source>
        <translation>Indiquez soit un domaine (ses serveurs de messagerie sont recherchés), soit un serveur, pas les deux</translation>
    </message>
    <message>
        <source>Give a domain, a server or a recipient address</source>
        <translation>Indiquez un domaine, un serveur ou une adresse de destinataire</translation>
    </message>
    <message>
        <source>The subject is given twice: in the subject field and as a header</source>
        <translation>L&apos;objet est indiqué deux fois&#xa0;: dans le champ Objet et dans un en-tête</translation>
    </message>
    <message>
        <source>The %1 header may appear only once</source>
        <translation>L&apos;en-tête %1 ne peut apparaître qu&apos;une fois</translation>
    </message>
    <message>
        <source>Give the sender address (MAIL FROM), or &lt;&gt; for the null sender</source>
        <translation>Indiquez l&apos;adresse de l&apos;expéditeur (MAIL FROM), ou &lt;&gt; pour l&apos;expéditeur vide</translation>
    </message>
    <message>
        <source>Give at least one recipient (RCPT TO)</source>
        <translation>Indiquez au moins un destinataire (RCPT TO)</translation>
    </message>
    <message>
        <source>At most %1 recipients can be tested at once</source>
        <translation>Au plus %1 destinataires peuvent être testés à la fois</translation>
    </message>
    <message>
        <source>The null sender &lt;&gt; is not a recipient</source>
        <translation>L&apos;expéditeur vide &lt;&gt; n&apos;est pas un destinataire</translation>
    </message>
    <message>
        <source>&quot;never&quot; cannot be combined with success, failure or delay</source>
        <translation>&quot;never&quot; ne peut pas être combiné avec success, failure ou delay</translation>
    </message>
    <message>
        <source>The server already names port %1</source>
        <translation>Le serveur indique déjà le port %1</translation>
    </message>
    <message>
        <source>Signing in needs a user name</source>
        <translation>L&apos;authentification nécessite un nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Signing in needs a password</source>
        <translation>L&apos;authentification nécessite un mot de passe</translation>
    </message>
    <message>
        <source>Signing in with OAuth 2.0 needs an access token</source>
        <translation>L&apos;authentification OAuth 2.0 nécessite un jeton d&apos;accès</translation>
    </message>
    <message>
        <source>The access token is longer than %1 characters; copy it again, without anything around it</source>
        <translation>Le jeton d&apos;accès dépasse %1 caractères&#xa0;; copiez-le à nouveau, sans rien autour</translation>
    </message>
    <message>
        <source>The open-relay check runs without signing in: choose no sign-in</source>
        <translation>La vérification de relais ouvert se fait sans authentification&#xa0;: choisissez Sans authentification</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>The name is too long: use at most %1 characters.</source>
        <translation>Le nom est trop long&#xa0;: utilisez au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The name cannot contain / or \.</source>
        <translation>Le nom ne peut pas contenir / ni \.</translation>
    </message>
    <message>
        <source>The name cannot contain line breaks or other invisible characters.</source>
        <translation>Le nom ne peut pas contenir de sauts de ligne ni d&apos;autres caractères invisibles.</translation>
    </message>
</context>
<context>
    <name>QNativeSocketEngine</name>
    <message>
        <source>Network unreachable</source>
        <translation>Réseau injoignable</translation>
    </message>
</context>
<context>
    <name>RecipientReasons</name>
    <message>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <source>The conversation ended before this recipient was asked for.</source>
        <translation>La conversation s&apos;est terminée avant que ce destinataire soit demandé.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>The server will take mail for this address.</source>
        <translation>Le serveur acceptera le courrier pour cette adresse.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>Réessayer plus tard</translation>
    </message>
    <message>
        <source>The test ended before this recipient was asked for.</source>
        <translation>Le test s&apos;est terminé avant que ce destinataire soit demandé.</translation>
    </message>
</context>
<context>
    <name>RelayReportSection</name>
    <message>
        <source>MAIL FROM refused: %1</source>
        <translation>MAIL FROM refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>not tried: the session ended before this form</source>
        <translation>non essayé&#xa0;: la session s&apos;est terminée avant cette forme</translation>
    </message>
    <message>
        <source>Open-relay check: OPEN RELAY</source>
        <translation>Vérification de relais ouvert&#xa0;: RELAIS OUVERT</translation>
    </message>
    <message>
        <source>Open-relay check</source>
        <translation>Vérification de relais ouvert</translation>
    </message>
    <message>
        <source>[ACCEPTED]</source>
        <translation>[ACCEPTÉ]</translation>
    </message>
    <message>
        <source>[refused]</source>
        <translation>[refusé]</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>accepted: relays</source>
        <translation>accepté&#xa0;: relaie</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
</context>
<context>
    <name>RelaySummary</name>
    <message numerus="yes">
        <source>Open relay: this server accepts mail for other domains from anyone. %1 accepted an outside recipient without sign-in in %n of %2 forms: %3.</source>
        <translation>
            <numerusform>Relais ouvert&#xa0;: ce serveur accepte de n&apos;importe qui du courrier pour d&apos;autres domaines. %1 a accepté un destinataire extérieur sans authentification dans %n forme sur %2&#xa0;: %3.</numerusform>
            <numerusform>Relais ouvert&#xa0;: ce serveur accepte de n&apos;importe qui du courrier pour d&apos;autres domaines. %1 a accepté un destinataire extérieur sans authentification dans %n formes sur %2&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow relaying only for signed-in users and your own networks (Postfix: smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination; Exchange: no anonymous relay on the Internet-facing receive connector).</source>
        <translation>N&apos;autorisez le relais que pour les utilisateurs authentifiés et vos propres réseaux (Postfix&#xa0;: smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination&#xa0;; Exchange&#xa0;: pas de relais anonyme sur le connecteur de réception exposé à Internet).</translation>
    </message>
    <message>
        <source>Check that the trusted networks (Postfix mynetworks, a relay IP list) do not include the address this test came from, unless that is meant.</source>
        <translation>Vérifiez que les réseaux de confiance (Postfix mynetworks, une liste d&apos;IP de relais) n&apos;incluent pas l&apos;adresse d&apos;où vient ce test, sauf si c&apos;est voulu.</translation>
    </message>
    <message>
        <source>Fix it soon: open relays are found and abused by spammers within hours, and the server&apos;s address then lands on blocklists.</source>
        <translation>Corrigez-le rapidement&#xa0;: les relais ouverts sont repérés et exploités par les spammeurs en quelques heures, et l&apos;adresse du serveur finit alors sur des listes de blocage.</translation>
    </message>
    <message numerus="yes">
        <source>Refuses to relay: %1 refused every outside recipient from a session without sign-in (%n forms tried).</source>
        <translation>
            <numerusform>Refuse de relayer&#xa0;: %1 a refusé chaque destinataire extérieur lors d&apos;une session sans authentification (%n forme essayée).</numerusform>
            <numerusform>Refuse de relayer&#xa0;: %1 a refusé chaque destinataire extérieur lors d&apos;une session sans authentification (%n formes essayées).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the tries were only deferred (4xx), not refused for good: run the check again later to be sure they stay refused.</source>
        <translation>
            <numerusform>%n essai a seulement été différé (4xx), pas refusé définitivement&#xa0;: relancez la vérification plus tard pour vous assurer qu&apos;il reste refusé.</numerusform>
            <numerusform>%n essais ont seulement été différés (4xx), pas refusés définitivement&#xa0;: relancez la vérification plus tard pour vous assurer qu&apos;ils restent refusés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to fix: the server does not relay for strangers.</source>
        <translation>Rien à corriger&#xa0;: le serveur ne relaie pas pour les inconnus.</translation>
    </message>
</context>
<context>
    <name>ReplyCatalog</name>
    <message>
        <source>System status</source>
        <translation>État du système</translation>
    </message>
    <message>
        <source>The server reports its status or help information.</source>
        <translation>Le serveur indique son état ou des informations d&apos;aide.</translation>
    </message>
    <message>
        <source>A reply to a status request.</source>
        <translation>Une réponse à une demande d&apos;état.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>Help message</source>
        <translation>Message d&apos;aide</translation>
    </message>
    <message>
        <source>The server sent help text for people.</source>
        <translation>Le serveur a envoyé un texte d&apos;aide destiné aux personnes.</translation>
    </message>
    <message>
        <source>A reply to HELP.</source>
        <translation>Une réponse à HELP.</translation>
    </message>
    <message>
        <source>Service ready</source>
        <translation>Service prêt</translation>
    </message>
    <message>
        <source>The server is ready to talk.</source>
        <translation>Le serveur est prêt à dialoguer.</translation>
    </message>
    <message>
        <source>The server accepted the connection.</source>
        <translation>Le serveur a accepté la connexion.</translation>
    </message>
    <message>
        <source>Nothing to do for this step.</source>
        <translation>Rien à faire pour cette étape.</translation>
    </message>
    <message>
        <source>Closing connection</source>
        <translation>Fermeture de la connexion</translation>
    </message>
    <message>
        <source>The server is ending the session normally.</source>
        <translation>Le serveur termine la session normalement.</translation>
    </message>
    <message>
        <source>A reply to QUIT.</source>
        <translation>Une réponse à QUIT.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Authentifié</translation>
    </message>
    <message>
        <source>The sign-in succeeded.</source>
        <translation>L&apos;authentification a réussi.</translation>
    </message>
    <message>
        <source>The user name and password were accepted.</source>
        <translation>Le nom d&apos;utilisateur et le mot de passe ont été acceptés.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The server carried out the command.</source>
        <translation>Le serveur a exécuté la commande.</translation>
    </message>
    <message>
        <source>The command was valid and allowed.</source>
        <translation>La commande était valide et autorisée.</translation>
    </message>
    <message>
        <source>Recipient not local, will forward</source>
        <translation>Destinataire non local, le courrier sera transféré</translation>
    </message>
    <message>
        <source>The server accepts the recipient and forwards the mail to another address.</source>
        <translation>Le serveur accepte le destinataire et transfère le courrier vers une autre adresse.</translation>
    </message>
    <message>
        <source>The recipient has a forwarding address.</source>
        <translation>Le destinataire a une adresse de transfert.</translation>
    </message>
    <message>
        <source>Nothing to do; update the address if you know the new one.</source>
        <translation>Rien à faire&#xa0;; mettez l&apos;adresse à jour si vous connaissez la nouvelle.</translation>
    </message>
    <message>
        <source>Cannot verify, will try</source>
        <translation>Vérification impossible, tentative de remise</translation>
    </message>
    <message>
        <source>The server cannot confirm the address now but accepts the message and will try to deliver it.</source>
        <translation>Le serveur ne peut pas confirmer l&apos;adresse pour l&apos;instant, mais accepte le message et essaiera de le distribuer.</translation>
    </message>
    <message>
        <source>The server does not check addresses at this point (for example a backup MX).</source>
        <translation>Le serveur ne vérifie pas les adresses à ce stade (par exemple un MX de secours).</translation>
    </message>
    <message>
        <source>Nothing to do; a bounce may still come later if the address is wrong.</source>
        <translation>Rien à faire&#xa0;; un message de non-remise peut encore arriver plus tard si l&apos;adresse est fausse.</translation>
    </message>
    <message>
        <source>Sign-in continues</source>
        <translation>Authentification en cours</translation>
    </message>
    <message>
        <source>The server waits for the next part of the sign-in (a user name or password, base64-encoded).</source>
        <translation>Le serveur attend la partie suivante de l&apos;authentification (un nom d&apos;utilisateur ou un mot de passe, encodé en base64).</translation>
    </message>
    <message>
        <source>AUTH LOGIN or another multi-step mechanism is in progress.</source>
        <translation>AUTH LOGIN ou un autre mécanisme en plusieurs étapes est en cours.</translation>
    </message>
    <message>
        <source>After AUTH XOAUTH2 or OAUTHBEARER it is the server&apos;s error document (base64 JSON): the token was refused, and the next line of the transcript says why.</source>
        <translation>Après AUTH XOAUTH2 ou OAUTHBEARER, il s&apos;agit du document d&apos;erreur du serveur (JSON en base64)&#xa0;: le jeton a été refusé, et la ligne suivante de la transcription indique pourquoi.</translation>
    </message>
    <message>
        <source>Send the next sign-in line.</source>
        <translation>Envoyez la ligne d&apos;authentification suivante.</translation>
    </message>
    <message>
        <source>Ready for the message</source>
        <translation>Prêt pour le message</translation>
    </message>
    <message>
        <source>The server waits for the message: headers, body, and a line with a single dot at the end.</source>
        <translation>Le serveur attend le message&#xa0;: les en-têtes, le corps, et à la fin une ligne contenant un seul point.</translation>
    </message>
    <message>
        <source>DATA was accepted because at least one recipient was accepted.</source>
        <translation>DATA a été accepté parce qu&apos;au moins un destinataire a été accepté.</translation>
    </message>
    <message>
        <source>Send the message and end it with &lt;CRLF&gt;.&lt;CRLF&gt;.</source>
        <translation>Envoyez le message et terminez-le par &lt;CRLF&gt;.&lt;CRLF&gt;.</translation>
    </message>
    <message>
        <source>Service not available</source>
        <translation>Service non disponible</translation>
    </message>
    <message>
        <source>The server is closing the connection: it cannot serve now.</source>
        <translation>Le serveur ferme la connexion&#xa0;: il ne peut pas traiter de demande pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The server is overloaded, restarting or under maintenance.</source>
        <translation>Le serveur est surchargé, en cours de redémarrage ou en maintenance.</translation>
    </message>
    <message>
        <source>It limits connections from your IP address (too many, or too fast).</source>
        <translation>Il limite les connexions venant de votre adresse IP (trop nombreuses ou trop rapides).</translation>
    </message>
    <message>
        <source>An idle timeout: the client waited too long between commands.</source>
        <translation>Un délai d&apos;inactivité&#xa0;: le client a attendu trop longtemps entre deux commandes.</translation>
    </message>
    <message>
        <source>Retry later or try another MX of the domain.</source>
        <translation>Réessayez plus tard ou essayez un autre MX du domaine.</translation>
    </message>
    <message>
        <source>If it happens every time, ask the administrator whether your IP is limited.</source>
        <translation>Si cela se produit à chaque fois, demandez à l&apos;administrateur si votre IP est limitée.</translation>
    </message>
    <message>
        <source>Password transition needed</source>
        <translation>Changement de mot de passe nécessaire</translation>
    </message>
    <message>
        <source>The account needs a password change before it can sign in this way.</source>
        <translation>Le mot de passe du compte doit être changé avant de pouvoir s&apos;authentifier ainsi.</translation>
    </message>
    <message>
        <source>The password expired or must be changed after a reset.</source>
        <translation>Le mot de passe a expiré ou doit être changé après une réinitialisation.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s web page, change the password, then retry.</source>
        <translation>Connectez-vous à la page web du fournisseur, changez le mot de passe, puis réessayez.</translation>
    </message>
    <message>
        <source>Mailbox temporarily unavailable</source>
        <translation>Boîte aux lettres temporairement indisponible</translation>
    </message>
    <message>
        <source>The mailbox or the request is temporarily not available.</source>
        <translation>La boîte aux lettres ou la demande n&apos;est pas disponible pour le moment.</translation>
    </message>
    <message>
        <source>Greylisting: the server asks first-time senders to come back later.</source>
        <translation>Liste grise&#xa0;: le serveur demande aux nouveaux expéditeurs de revenir plus tard.</translation>
    </message>
    <message>
        <source>The mailbox is busy or locked.</source>
        <translation>La boîte aux lettres est occupée ou verrouillée.</translation>
    </message>
    <message>
        <source>Retry after a few minutes; a real mail server retries by itself.</source>
        <translation>Réessayez dans quelques minutes&#xa0;; un vrai serveur de messagerie réessaie de lui-même.</translation>
    </message>
    <message>
        <source>If it lasts more than a day, ask the receiving administrator.</source>
        <translation>Si cela dure plus d&apos;une journée, contactez l&apos;administrateur du destinataire.</translation>
    </message>
    <message>
        <source>Local error in processing</source>
        <translation>Erreur locale de traitement</translation>
    </message>
    <message>
        <source>The server had a temporary problem handling the request.</source>
        <translation>Le serveur a rencontré un problème temporaire en traitant la demande.</translation>
    </message>
    <message>
        <source>A temporary error on the server (storage, DNS or a filter).</source>
        <translation>Une erreur temporaire sur le serveur (stockage, DNS ou filtre).</translation>
    </message>
    <message>
        <source>Greylisting on some servers.</source>
        <translation>Liste grise sur certains serveurs.</translation>
    </message>
    <message>
        <source>Retry later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <source>If it persists, give the receiving administrator the exact reply.</source>
        <translation>Si cela persiste, transmettez la réponse exacte à l&apos;administrateur du destinataire.</translation>
    </message>
    <message>
        <source>Insufficient system storage</source>
        <translation>Espace de stockage insuffisant</translation>
    </message>
    <message>
        <source>The server is out of storage or resources for now.</source>
        <translation>Le serveur manque pour l&apos;instant d&apos;espace de stockage ou de ressources.</translation>
    </message>
    <message>
        <source>The server&apos;s disk or queue is full.</source>
        <translation>Le disque ou la file d&apos;attente du serveur est plein.</translation>
    </message>
    <message>
        <source>Too many recipients in this message (some servers use 452 for that).</source>
        <translation>Trop de destinataires dans ce message (certains serveurs utilisent 452 pour cela).</translation>
    </message>
    <message>
        <source>Retry later, or send to fewer recipients at once.</source>
        <translation>Réessayez plus tard, ou envoyez à moins de destinataires à la fois.</translation>
    </message>
    <message>
        <source>Temporarily unavailable (TLS or sign-in)</source>
        <translation>Temporairement indisponible (TLS ou authentification)</translation>
    </message>
    <message>
        <source>The server cannot start TLS or check the sign-in right now.</source>
        <translation>Le serveur ne peut pas démarrer TLS ou vérifier l&apos;authentification pour le moment.</translation>
    </message>
    <message>
        <source>A temporary problem with the server&apos;s certificate or authentication back end.</source>
        <translation>Un problème temporaire avec le certificat du serveur ou son système d&apos;authentification.</translation>
    </message>
    <message>
        <source>Retry later; tell the administrator if it persists.</source>
        <translation>Réessayez plus tard&#xa0;; prévenez l&apos;administrateur si cela persiste.</translation>
    </message>
    <message>
        <source>Parameters not accepted now</source>
        <translation>Paramètres non acceptés pour l&apos;instant</translation>
    </message>
    <message>
        <source>The server cannot accept the command&apos;s parameters at the moment.</source>
        <translation>Le serveur ne peut pas accepter les paramètres de la commande pour le moment.</translation>
    </message>
    <message>
        <source>A MAIL or RCPT parameter the server cannot serve now.</source>
        <translation>Un paramètre de MAIL ou RCPT que le serveur ne peut pas traiter pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Retry later or without the extra parameters.</source>
        <translation>Réessayez plus tard ou sans les paramètres supplémentaires.</translation>
    </message>
    <message>
        <source>Command not recognised</source>
        <translation>Commande non reconnue</translation>
    </message>
    <message>
        <source>The server did not understand the command.</source>
        <translation>Le serveur n&apos;a pas compris la commande.</translation>
    </message>
    <message>
        <source>A line was too long, or backspace characters were sent from a terminal.</source>
        <translation>Une ligne était trop longue, ou des caractères de retour arrière ont été envoyés depuis un terminal.</translation>
    </message>
    <message>
        <source>Check the command spelling and retype it without corrections.</source>
        <translation>Vérifiez l&apos;orthographe de la commande et retapez-la sans corrections.</translation>
    </message>
    <message>
        <source>Make sure the client speaks SMTP on this port (not TLS or HTTP).</source>
        <translation>Assurez-vous que le client parle SMTP sur ce port (et non TLS ou HTTP).</translation>
    </message>
    <message>
        <source>Syntax error in parameters</source>
        <translation>Erreur de syntaxe dans les paramètres</translation>
    </message>
    <message>
        <source>The command was recognised but its parameters are wrong.</source>
        <translation>La commande a été reconnue, mais ses paramètres sont incorrects.</translation>
    </message>
    <message>
        <source>A malformed address, domain or parameter.</source>
        <translation>Une adresse, un domaine ou un paramètre mal formé.</translation>
    </message>
    <message>
        <source>Check the argument of the command.</source>
        <translation>Vérifiez l&apos;argument de la commande.</translation>
    </message>
    <message>
        <source>Command not implemented</source>
        <translation>Commande non implémentée</translation>
    </message>
    <message>
        <source>The server does not support this command.</source>
        <translation>Le serveur ne prend pas en charge cette commande.</translation>
    </message>
    <message>
        <source>An optional command (for example VRFY, ETRN or HELP) is switched off.</source>
        <translation>Une commande facultative (par exemple VRFY, ETRN ou HELP) est désactivée.</translation>
    </message>
    <message>
        <source>Use only the commands the server advertises in its EHLO reply.</source>
        <translation>N&apos;utilisez que les commandes que le serveur annonce dans sa réponse à EHLO.</translation>
    </message>
    <message>
        <source>Bad sequence of commands</source>
        <translation>Mauvais ordre des commandes</translation>
    </message>
    <message>
        <source>The command came in the wrong order.</source>
        <translation>La commande est arrivée dans le mauvais ordre.</translation>
    </message>
    <message>
        <source>A command was sent before the one it depends on (for example RCPT before MAIL).</source>
        <translation>Une commande a été envoyée avant celle dont elle dépend (par exemple RCPT avant MAIL).</translation>
    </message>
    <message>
        <source>Follow the order EHLO, (STARTTLS, AUTH), MAIL FROM, RCPT TO, DATA.</source>
        <translation>Respectez l&apos;ordre EHLO, (STARTTLS, AUTH), MAIL FROM, RCPT TO, DATA.</translation>
    </message>
    <message>
        <source>Parameter not implemented</source>
        <translation>Paramètre non implémenté</translation>
    </message>
    <message>
        <source>The server does not support a parameter of the command.</source>
        <translation>Le serveur ne prend pas en charge un paramètre de la commande.</translation>
    </message>
    <message>
        <source>An unsupported option or mechanism name.</source>
        <translation>Une option ou un nom de mécanisme non pris en charge.</translation>
    </message>
    <message>
        <source>Use only options the server advertises.</source>
        <translation>N&apos;utilisez que les options annoncées par le serveur.</translation>
    </message>
    <message>
        <source>Host does not accept mail</source>
        <translation>L&apos;hôte n&apos;accepte pas de courrier</translation>
    </message>
    <message>
        <source>This server never accepts mail (RFC 7504).</source>
        <translation>Ce serveur n&apos;accepte jamais de courrier (RFC 7504).</translation>
    </message>
    <message>
        <source>The host is not a mail server for anyone, on purpose.</source>
        <translation>L&apos;hôte n&apos;est volontairement le serveur de messagerie de personne.</translation>
    </message>
    <message>
        <source>Check the domain&apos;s MX records: you may be talking to the wrong host.</source>
        <translation>Vérifiez les enregistrements MX du domaine&#xa0;: vous dialoguez peut-être avec le mauvais hôte.</translation>
    </message>
    <message>
        <source>Sign-in required</source>
        <translation>Authentification requise</translation>
    </message>
    <message>
        <source>The server requires signing in (or TLS) before this command.</source>
        <translation>Le serveur exige une authentification (ou TLS) avant cette commande.</translation>
    </message>
    <message>
        <source>The server does not accept anonymous submissions.</source>
        <translation>Le serveur n&apos;accepte pas les envois anonymes.</translation>
    </message>
    <message>
        <source>A submission port that needs AUTH.</source>
        <translation>Un port de soumission qui nécessite AUTH.</translation>
    </message>
    <message>
        <source>Sign in with a user name and password (usually on port 587 with STARTTLS).</source>
        <translation>Authentifiez-vous avec un nom d&apos;utilisateur et un mot de passe (généralement sur le port 587 avec STARTTLS).</translation>
    </message>
    <message>
        <source>Sign-in mechanism too weak</source>
        <translation>Mécanisme d&apos;authentification trop faible</translation>
    </message>
    <message>
        <source>The chosen sign-in mechanism is not strong enough for this account.</source>
        <translation>Le mécanisme d&apos;authentification choisi n&apos;est pas assez robuste pour ce compte.</translation>
    </message>
    <message>
        <source>A password mechanism where the server wants a stronger one or OAuth.</source>
        <translation>Un mécanisme à mot de passe alors que le serveur en veut un plus robuste ou OAuth.</translation>
    </message>
    <message>
        <source>Use another mechanism or an app password.</source>
        <translation>Utilisez un autre mécanisme ou un mot de passe d&apos;application.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>The user name or the password was not accepted.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe n&apos;a pas été accepté.</translation>
    </message>
    <message>
        <source>A wrong password or user name.</source>
        <translation>Un mot de passe ou un nom d&apos;utilisateur erroné.</translation>
    </message>
    <message>
        <source>Password sign-in is disabled for the account.</source>
        <translation>L&apos;authentification par mot de passe est désactivée pour le compte.</translation>
    </message>
    <message>
        <source>Encryption required for sign-in</source>
        <translation>Chiffrement requis pour l&apos;authentification</translation>
    </message>
    <message>
        <source>This sign-in mechanism is only allowed over TLS.</source>
        <translation>Ce mécanisme d&apos;authentification n&apos;est autorisé que sur TLS.</translation>
    </message>
    <message>
        <source>Sign-in was attempted on an unencrypted connection.</source>
        <translation>L&apos;authentification a été tentée sur une connexion non chiffrée.</translation>
    </message>
    <message>
        <source>Start TLS first, then sign in.</source>
        <translation>Démarrez d&apos;abord TLS, puis authentifiez-vous.</translation>
    </message>
    <message>
        <source>Requested action not taken</source>
        <translation>Action demandée non effectuée</translation>
    </message>
    <message>
        <source>The server refused the request permanently.</source>
        <translation>Le serveur a refusé la demande définitivement.</translation>
    </message>
    <message>
        <source>The address does not exist or is not allowed, or a policy refused it.</source>
        <translation>L&apos;adresse n&apos;existe pas ou n&apos;est pas autorisée, ou une règle l&apos;a refusée.</translation>
    </message>
    <message>
        <source>Read the reply text for the specific reason.</source>
        <translation>Lisez le texte de la réponse pour connaître la raison précise.</translation>
    </message>
    <message>
        <source>User not local</source>
        <translation>Utilisateur non local</translation>
    </message>
    <message>
        <source>The recipient is not here; the server names another path and will not forward.</source>
        <translation>Le destinataire n&apos;est pas ici&#xa0;; le serveur indique un autre chemin et ne transférera pas le courrier.</translation>
    </message>
    <message>
        <source>The person moved to another address.</source>
        <translation>La personne a changé d&apos;adresse.</translation>
    </message>
    <message>
        <source>Send to the address the server mentions.</source>
        <translation>Envoyez à l&apos;adresse indiquée par le serveur.</translation>
    </message>
    <message>
        <source>Storage allocation exceeded</source>
        <translation>Allocation de stockage dépassée</translation>
    </message>
    <message>
        <source>The request exceeds a storage limit.</source>
        <translation>La demande dépasse une limite de stockage.</translation>
    </message>
    <message>
        <source>The message is too large, or the mailbox is full.</source>
        <translation>Le message est trop volumineux, ou la boîte aux lettres est pleine.</translation>
    </message>
    <message>
        <source>Send a smaller message; check the recipient&apos;s mailbox space.</source>
        <translation>Envoyez un message plus petit&#xa0;; vérifiez l&apos;espace disponible dans la boîte aux lettres du destinataire.</translation>
    </message>
    <message>
        <source>Mailbox name not allowed</source>
        <translation>Nom de boîte aux lettres non autorisé</translation>
    </message>
    <message>
        <source>The address is not allowed as written.</source>
        <translation>L&apos;adresse n&apos;est pas autorisée telle qu&apos;elle est écrite.</translation>
    </message>
    <message>
        <source>An invalid or forbidden address.</source>
        <translation>Une adresse non valide ou interdite.</translation>
    </message>
    <message>
        <source>Check the address.</source>
        <translation>Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>Transaction failed</source>
        <translation>Échec de la transaction</translation>
    </message>
    <message>
        <source>The server refused the transaction.</source>
        <translation>Le serveur a refusé la transaction.</translation>
    </message>
    <message>
        <source>A policy or anti-spam rule.</source>
        <translation>Une règle de politique ou antispam.</translation>
    </message>
    <message>
        <source>Read the reply text for the rule that was hit.</source>
        <translation>Lisez le texte de la réponse pour savoir quelle règle a été déclenchée.</translation>
    </message>
    <message>
        <source>Parameters not recognised</source>
        <translation>Paramètres non reconnus</translation>
    </message>
    <message>
        <source>The server does not know a MAIL FROM or RCPT TO parameter.</source>
        <translation>Le serveur ne connaît pas un paramètre de MAIL FROM ou de RCPT TO.</translation>
    </message>
    <message>
        <source>A parameter such as SIZE, BODY or NOTIFY that the server did not advertise.</source>
        <translation>Un paramètre comme SIZE, BODY ou NOTIFY que le serveur n&apos;a pas annoncé.</translation>
    </message>
    <message>
        <source>Send the command without the extra parameter.</source>
        <translation>Envoyez la commande sans le paramètre supplémentaire.</translation>
    </message>
    <message>
        <source>Domain does not accept mail</source>
        <translation>Le domaine n&apos;accepte pas de courrier</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept mail at all (RFC 7504).</source>
        <translation>Le domaine du destinataire n&apos;accepte aucun courrier (RFC 7504).</translation>
    </message>
    <message>
        <source>The domain publishes a null MX (RFC 7505).</source>
        <translation>Le domaine publie un MX nul (RFC 7505).</translation>
    </message>
    <message>
        <source>Ask the recipient for an address that receives mail.</source>
        <translation>Demandez au destinataire une adresse qui reçoit du courrier.</translation>
    </message>
    <message>
        <source>Ready to start TLS</source>
        <translation>Prêt à démarrer TLS</translation>
    </message>
    <message>
        <source>The server agreed to STARTTLS; the TLS handshake follows.</source>
        <translation>Le serveur a accepté STARTTLS&#xa0;; la négociation TLS suit.</translation>
    </message>
    <message>
        <source>STARTTLS was accepted.</source>
        <translation>STARTTLS a été accepté.</translation>
    </message>
    <message>
        <source>Nothing to do; the connection is encrypted next.</source>
        <translation>Rien à faire&#xa0;; la connexion est ensuite chiffrée.</translation>
    </message>
    <message>
        <source>Server ready</source>
        <translation>Serveur prêt</translation>
    </message>
    <message>
        <source>The server greeted the client and is ready for EHLO.</source>
        <translation>Le serveur a accueilli le client et est prêt pour EHLO.</translation>
    </message>
    <message>
        <source>The mail service is running and accepts the connection.</source>
        <translation>Le service de messagerie fonctionne et accepte la connexion.</translation>
    </message>
    <message>
        <source>Greeting accepted</source>
        <translation>Présentation acceptée</translation>
    </message>
    <message>
        <source>The server accepted EHLO and listed the extensions it supports.</source>
        <translation>Le serveur a accepté EHLO et a listé les extensions qu&apos;il prend en charge.</translation>
    </message>
    <message>
        <source>The EHLO name was accepted.</source>
        <translation>Le nom EHLO a été accepté.</translation>
    </message>
    <message>
        <source>Sender accepted</source>
        <translation>Expéditeur accepté</translation>
    </message>
    <message>
        <source>The server accepted the sender address.</source>
        <translation>Le serveur a accepté l&apos;adresse de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The sender is allowed from this client.</source>
        <translation>L&apos;expéditeur est autorisé depuis ce client.</translation>
    </message>
    <message>
        <source>Recipient accepted</source>
        <translation>Destinataire accepté</translation>
    </message>
    <message>
        <source>The server accepted the recipient.</source>
        <translation>Le serveur a accepté le destinataire.</translation>
    </message>
    <message>
        <source>The recipient exists or the server accepts all addresses for later checks.</source>
        <translation>Le destinataire existe, ou le serveur accepte toutes les adresses pour les vérifier plus tard.</translation>
    </message>
    <message>
        <source>Nothing to do; note that some servers accept first and bounce later.</source>
        <translation>Rien à faire&#xa0;; notez que certains serveurs acceptent d&apos;abord puis renvoient un message de non-remise plus tard.</translation>
    </message>
    <message>
        <source>Message accepted</source>
        <translation>Message accepté</translation>
    </message>
    <message>
        <source>The server took responsibility for delivering the message.</source>
        <translation>Le serveur a pris en charge la remise du message.</translation>
    </message>
    <message>
        <source>The whole message was received and passed the server&apos;s checks.</source>
        <translation>Le message a été reçu en entier et a passé les contrôles du serveur.</translation>
    </message>
    <message>
        <source>Check that it arrived in the mailbox (and not in the spam folder).</source>
        <translation>Vérifiez qu&apos;il est bien arrivé dans la boîte aux lettres (et pas dans le dossier spam).</translation>
    </message>
    <message>
        <source>Service not available at connection</source>
        <translation>Service non disponible à la connexion</translation>
    </message>
    <message>
        <source>The server refuses to start a session now and closes the connection.</source>
        <translation>Le serveur refuse d&apos;ouvrir une session pour l&apos;instant et ferme la connexion.</translation>
    </message>
    <message>
        <source>Too many connections, or your IP address is rate-limited or blocklisted.</source>
        <translation>Trop de connexions, ou votre adresse IP est limitée en débit ou sur une liste de blocage.</translation>
    </message>
    <message>
        <source>The server is overloaded or under maintenance.</source>
        <translation>Le serveur est surchargé ou en maintenance.</translation>
    </message>
    <message>
        <source>Retry later or try another MX.</source>
        <translation>Réessayez plus tard ou essayez un autre MX.</translation>
    </message>
    <message>
        <source>Check whether your IP is on a blocklist.</source>
        <translation>Vérifiez si votre IP figure sur une liste de blocage.</translation>
    </message>
    <message>
        <source>Sender temporarily refused</source>
        <translation>Expéditeur temporairement refusé</translation>
    </message>
    <message>
        <source>The server could not accept the sender now.</source>
        <translation>Le serveur n&apos;a pas pu accepter l&apos;expéditeur pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain could not be checked in DNS just now.</source>
        <translation>Le domaine de l&apos;expéditeur n&apos;a pas pu être vérifié dans le DNS à ce moment-là.</translation>
    </message>
    <message>
        <source>Greylisting keyed on the sender.</source>
        <translation>Liste grise basée sur l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Retry later; check that the sender&apos;s domain has MX records.</source>
        <translation>Réessayez plus tard&#xa0;; vérifiez que le domaine de l&apos;expéditeur a des enregistrements MX.</translation>
    </message>
    <message>
        <source>Temporarily refused, try again later</source>
        <translation>Refus temporaire, réessayez plus tard</translation>
    </message>
    <message>
        <source>The server asks to retry later; this is how greylisting looks.</source>
        <translation>Le serveur demande de réessayer plus tard&#xa0;; c&apos;est ainsi que se présente une liste grise.</translation>
    </message>
    <message>
        <source>Greylisting: first-time sender, IP and recipient are told to come back later.</source>
        <translation>Liste grise&#xa0;: il est demandé à une combinaison expéditeur, IP et destinataire vue pour la première fois de revenir plus tard.</translation>
    </message>
    <message>
        <source>A temporary lookup failure on the server.</source>
        <translation>Un échec de recherche temporaire sur le serveur.</translation>
    </message>
    <message>
        <source>If it never passes, ask the administrator to allow your server.</source>
        <translation>Si cela ne passe jamais, demandez à l&apos;administrateur d&apos;autoriser votre serveur.</translation>
    </message>
    <message>
        <source>Message temporarily not accepted</source>
        <translation>Message temporairement non accepté</translation>
    </message>
    <message>
        <source>The server could not process the message now.</source>
        <translation>Le serveur n&apos;a pas pu traiter le message pour l&apos;instant.</translation>
    </message>
    <message>
        <source>A content filter or storage back end was unavailable.</source>
        <translation>Un filtre de contenu ou le système de stockage n&apos;était pas disponible.</translation>
    </message>
    <message>
        <source>Too many recipients or no storage</source>
        <translation>Trop de destinataires ou plus de stockage</translation>
    </message>
    <message>
        <source>The server refuses more recipients for now.</source>
        <translation>Le serveur refuse d&apos;autres destinataires pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Too many recipients in one message.</source>
        <translation>Trop de destinataires dans un même message.</translation>
    </message>
    <message>
        <source>The server is low on storage.</source>
        <translation>Le serveur manque d&apos;espace de stockage.</translation>
    </message>
    <message>
        <source>Send the remaining recipients in another message.</source>
        <translation>Envoyez les destinataires restants dans un autre message.</translation>
    </message>
    <message>
        <source>Temporary sign-in failure</source>
        <translation>Échec temporaire de l&apos;authentification</translation>
    </message>
    <message>
        <source>The server could not check the sign-in right now.</source>
        <translation>Le serveur n&apos;a pas pu vérifier l&apos;authentification pour le moment.</translation>
    </message>
    <message>
        <source>The authentication back end (directory, database) is unavailable.</source>
        <translation>Le système d&apos;authentification (annuaire, base de données) n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>TLS not available</source>
        <translation>TLS non disponible</translation>
    </message>
    <message>
        <source>The server cannot start TLS right now.</source>
        <translation>Le serveur ne peut pas démarrer TLS pour le moment.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate or key is missing or unreadable.</source>
        <translation>Le certificat ou la clé du serveur est absent ou illisible.</translation>
    </message>
    <message>
        <source>A temporary TLS problem on the server.</source>
        <translation>Un problème TLS temporaire sur le serveur.</translation>
    </message>
    <message>
        <source>Retry later; tell the administrator that STARTTLS fails.</source>
        <translation>Réessayez plus tard&#xa0;; signalez à l&apos;administrateur que STARTTLS échoue.</translation>
    </message>
    <message>
        <source>Sign-in line too long or not understood</source>
        <translation>Ligne d&apos;authentification trop longue ou incomprise</translation>
    </message>
    <message>
        <source>The server did not accept a line of the sign-in.</source>
        <translation>Le serveur n&apos;a pas accepté une ligne de l&apos;authentification.</translation>
    </message>
    <message>
        <source>A sign-in line was too long (RFC 4954: 500 5.5.6).</source>
        <translation>Une ligne d&apos;authentification était trop longue (RFC 4954&#xa0;: 500 5.5.6).</translation>
    </message>
    <message>
        <source>The base64 text was malformed.</source>
        <translation>Le texte base64 était mal formé.</translation>
    </message>
    <message>
        <source>Use another mechanism or check the client.</source>
        <translation>Utilisez un autre mécanisme ou vérifiez le client.</translation>
    </message>
    <message>
        <source>Invalid domain name</source>
        <translation>Nom de domaine non valide</translation>
    </message>
    <message>
        <source>The server refused the name given with EHLO or HELO.</source>
        <translation>Le serveur a refusé le nom donné avec EHLO ou HELO.</translation>
    </message>
    <message>
        <source>There are invalid characters in the domain name.</source>
        <translation>Le nom de domaine contient des caractères non valides.</translation>
    </message>
    <message>
        <source>There are connection restrictions on the destination server.</source>
        <translation>Le serveur de destination applique des restrictions de connexion.</translation>
    </message>
    <message>
        <source>The name is empty or not a fully qualified domain name.</source>
        <translation>Le nom est vide ou n&apos;est pas un nom de domaine complet.</translation>
    </message>
    <message>
        <source>Use a fully qualified name (mail.example.com) or an address literal like [192.0.2.1].</source>
        <translation>Utilisez un nom complet (mail.example.com) ou une adresse littérale comme [192.0.2.1].</translation>
    </message>
    <message>
        <source>Sender address syntax error</source>
        <translation>Erreur de syntaxe dans l&apos;adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>The server could not read the sender address.</source>
        <translation>Le serveur n&apos;a pas pu lire l&apos;adresse de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>A syntax error in the sender&apos;s address.</source>
        <translation>Une erreur de syntaxe dans l&apos;adresse de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Send MAIL FROM:&lt;you@example.com&gt; with the address in angle brackets.</source>
        <translation>Envoyez MAIL FROM:&lt;you@example.com&gt; avec l&apos;adresse entre chevrons.</translation>
    </message>
    <message>
        <source>Recipient address syntax error</source>
        <translation>Erreur de syntaxe dans l&apos;adresse du destinataire</translation>
    </message>
    <message>
        <source>The server could not read the recipient address.</source>
        <translation>Le serveur n&apos;a pas pu lire l&apos;adresse du destinataire.</translation>
    </message>
    <message>
        <source>A syntax error in the recipient&apos;s address.</source>
        <translation>Une erreur de syntaxe dans l&apos;adresse du destinataire.</translation>
    </message>
    <message>
        <source>Send RCPT TO:&lt;user@example.com&gt; with the address in angle brackets.</source>
        <translation>Envoyez RCPT TO:&lt;user@example.com&gt; avec l&apos;adresse entre chevrons.</translation>
    </message>
    <message>
        <source>STARTTLS syntax error</source>
        <translation>Erreur de syntaxe STARTTLS</translation>
    </message>
    <message>
        <source>STARTTLS takes no parameters; the server refused the command as sent.</source>
        <translation>STARTTLS ne prend aucun paramètre&#xa0;; le serveur a refusé la commande telle qu&apos;elle a été envoyée.</translation>
    </message>
    <message>
        <source>Something was sent after the word STARTTLS.</source>
        <translation>Quelque chose a été envoyé après le mot STARTTLS.</translation>
    </message>
    <message>
        <source>Send STARTTLS alone on its line.</source>
        <translation>Envoyez STARTTLS seul sur sa ligne.</translation>
    </message>
    <message>
        <source>Sign-in cancelled or unreadable</source>
        <translation>Authentification annulée ou illisible</translation>
    </message>
    <message>
        <source>The server could not decode the sign-in data, or the client cancelled it.</source>
        <translation>Le serveur n&apos;a pas pu décoder les données d&apos;authentification, ou le client l&apos;a annulée.</translation>
    </message>
    <message>
        <source>The client sent * to cancel.</source>
        <translation>Le client a envoyé * pour annuler.</translation>
    </message>
    <message>
        <source>Check the client&apos;s sign-in settings and try again.</source>
        <translation>Vérifiez les paramètres d&apos;authentification du client et réessayez.</translation>
    </message>
    <message>
        <source>EHLO not supported</source>
        <translation>EHLO non pris en charge</translation>
    </message>
    <message>
        <source>The server does not support EHLO, only the old HELO.</source>
        <translation>Le serveur ne prend pas en charge EHLO, seulement l&apos;ancien HELO.</translation>
    </message>
    <message>
        <source>A very old or minimal server.</source>
        <translation>Un serveur très ancien ou minimal.</translation>
    </message>
    <message>
        <source>Use HELO; extensions such as STARTTLS and AUTH are then not available.</source>
        <translation>Utilisez HELO&#xa0;; les extensions comme STARTTLS et AUTH ne sont alors pas disponibles.</translation>
    </message>
    <message>
        <source>Sender given out of order</source>
        <translation>Expéditeur indiqué hors séquence</translation>
    </message>
    <message>
        <source>The server did not expect MAIL FROM now.</source>
        <translation>Le serveur n&apos;attendait pas MAIL FROM à ce moment.</translation>
    </message>
    <message>
        <source>EHLO was not sent first, or a transaction is already open.</source>
        <translation>EHLO n&apos;a pas été envoyé en premier, ou une transaction est déjà ouverte.</translation>
    </message>
    <message>
        <source>Some servers answer this way when sign-in is required first.</source>
        <translation>Certains serveurs répondent ainsi lorsqu&apos;une authentification est d&apos;abord requise.</translation>
    </message>
    <message>
        <source>Send EHLO first, sign in if needed, then MAIL FROM.</source>
        <translation>Envoyez d&apos;abord EHLO, authentifiez-vous si nécessaire, puis MAIL FROM.</translation>
    </message>
    <message>
        <source>Recipient given before the sender</source>
        <translation>Destinataire indiqué avant l&apos;expéditeur</translation>
    </message>
    <message>
        <source>The server needs MAIL FROM before RCPT TO.</source>
        <translation>Le serveur a besoin de MAIL FROM avant RCPT TO.</translation>
    </message>
    <message>
        <source>MAIL FROM was missing or refused.</source>
        <translation>MAIL FROM manquait ou a été refusé.</translation>
    </message>
    <message>
        <source>Send MAIL FROM first and check that it was accepted.</source>
        <translation>Envoyez d&apos;abord MAIL FROM et vérifiez qu&apos;il a été accepté.</translation>
    </message>
    <message>
        <source>No valid recipients</source>
        <translation>Aucun destinataire valide</translation>
    </message>
    <message>
        <source>The server refuses DATA because no recipient was accepted.</source>
        <translation>Le serveur refuse DATA car aucun destinataire n&apos;a été accepté.</translation>
    </message>
    <message>
        <source>Every RCPT TO was refused.</source>
        <translation>Chaque RCPT TO a été refusé.</translation>
    </message>
    <message>
        <source>Fix the recipients first; look at the RCPT replies.</source>
        <translation>Corrigez d&apos;abord les destinataires&#xa0;; consultez les réponses à RCPT.</translation>
    </message>
    <message>
        <source>Sign-in not possible now</source>
        <translation>Authentification impossible pour l&apos;instant</translation>
    </message>
    <message>
        <source>The server does not accept AUTH at this point.</source>
        <translation>Le serveur n&apos;accepte pas AUTH à ce stade.</translation>
    </message>
    <message>
        <source>Already signed in, or a mail transaction is open.</source>
        <translation>Déjà authentifié, ou une transaction de courrier est ouverte.</translation>
    </message>
    <message>
        <source>AUTH is only offered after STARTTLS.</source>
        <translation>AUTH n&apos;est proposé qu&apos;après STARTTLS.</translation>
    </message>
    <message>
        <source>Sign in right after EHLO (and after STARTTLS).</source>
        <translation>Authentifiez-vous juste après EHLO (et après STARTTLS).</translation>
    </message>
    <message>
        <source>Sign-in mechanism not supported</source>
        <translation>Mécanisme d&apos;authentification non pris en charge</translation>
    </message>
    <message>
        <source>The server does not support the chosen sign-in mechanism.</source>
        <translation>Le serveur ne prend pas en charge le mécanisme d&apos;authentification choisi.</translation>
    </message>
    <message>
        <source>The client picked a mechanism the server did not advertise.</source>
        <translation>Le client a choisi un mécanisme que le serveur n&apos;a pas annoncé.</translation>
    </message>
    <message>
        <source>Use one of the mechanisms listed after AUTH in the EHLO reply.</source>
        <translation>Utilisez l&apos;un des mécanismes listés après AUTH dans la réponse à EHLO.</translation>
    </message>
    <message>
        <source>EHLO name refused</source>
        <translation>Nom EHLO refusé</translation>
    </message>
    <message>
        <source>The server refuses the name given with EHLO.</source>
        <translation>Le serveur refuse le nom donné avec EHLO.</translation>
    </message>
    <message>
        <source>The name is not a fully qualified domain name.</source>
        <translation>Le nom n&apos;est pas un nom de domaine complet.</translation>
    </message>
    <message>
        <source>Use the server&apos;s full DNS name as EHLO name.</source>
        <translation>Utilisez le nom DNS complet du serveur comme nom EHLO.</translation>
    </message>
    <message>
        <source>Sender refused</source>
        <translation>Expéditeur refusé</translation>
    </message>
    <message>
        <source>The server does not accept mail from this sender address.</source>
        <translation>Le serveur n&apos;accepte pas de courrier de cette adresse d&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain does not exist or is not allowed here.</source>
        <translation>Le domaine de l&apos;expéditeur n&apos;existe pas ou n&apos;est pas autorisé ici.</translation>
    </message>
    <message>
        <source>The sender must sign in, or is blocked by a policy.</source>
        <translation>L&apos;expéditeur doit s&apos;authentifier, ou est bloqué par une règle.</translation>
    </message>
    <message>
        <source>Use a valid sender address of a domain you own; sign in if needed.</source>
        <translation>Utilisez une adresse d&apos;expéditeur valide d&apos;un domaine qui vous appartient&#xa0;; authentifiez-vous si nécessaire.</translation>
    </message>
    <message>
        <source>Recipient refused</source>
        <translation>Destinataire refusé</translation>
    </message>
    <message>
        <source>The server does not accept mail for this recipient: the mailbox is unavailable.</source>
        <translation>Le serveur n&apos;accepte pas de courrier pour ce destinataire&#xa0;: la boîte aux lettres n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The server does not relay for the recipient&apos;s domain.</source>
        <translation>Le serveur ne relaie pas pour le domaine du destinataire.</translation>
    </message>
    <message>
        <source>A policy blocks this sender for this recipient.</source>
        <translation>Une règle bloque cet expéditeur pour ce destinataire.</translation>
    </message>
    <message>
        <source>Make sure you connect to the recipient domain&apos;s own MX.</source>
        <translation>Assurez-vous de vous connecter au MX propre au domaine du destinataire.</translation>
    </message>
    <message>
        <source>Message refused</source>
        <translation>Message refusé</translation>
    </message>
    <message>
        <source>The server refused the message after seeing it.</source>
        <translation>Le serveur a refusé le message après l&apos;avoir examiné.</translation>
    </message>
    <message>
        <source>Content filters judged it spam or dangerous.</source>
        <translation>Les filtres de contenu l&apos;ont jugé comme spam ou dangereux.</translation>
    </message>
    <message>
        <source>Sender authentication (SPF, DKIM, DMARC) failed.</source>
        <translation>L&apos;authentification de l&apos;expéditeur (SPF, DKIM, DMARC) a échoué.</translation>
    </message>
    <message>
        <source>Send a plain test message; check SPF, DKIM and DMARC of the sender&apos;s domain.</source>
        <translation>Envoyez un message de test simple&#xa0;; vérifiez SPF, DKIM et DMARC du domaine de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Connection refused by policy</source>
        <translation>Connexion refusée par une règle</translation>
    </message>
    <message>
        <source>The server does not accept mail from this client at all.</source>
        <translation>Le serveur n&apos;accepte aucun courrier de ce client.</translation>
    </message>
    <message>
        <source>Your IP address is blocked or on a blocklist.</source>
        <translation>Votre adresse IP est bloquée ou sur une liste de blocage.</translation>
    </message>
    <message>
        <source>Check your IP on public blocklists; send through your provider&apos;s server.</source>
        <translation>Vérifiez votre IP sur les listes de blocage publiques&#xa0;; envoyez par le serveur de votre fournisseur.</translation>
    </message>
    <message>
        <source>Mailbox full or too many recipients</source>
        <translation>Boîte aux lettres pleine ou trop de destinataires</translation>
    </message>
    <message>
        <source>The server refuses the recipient because of a storage limit.</source>
        <translation>Le serveur refuse le destinataire en raison d&apos;une limite de stockage.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over quota.</source>
        <translation>La boîte aux lettres du destinataire a dépassé son quota.</translation>
    </message>
    <message>
        <source>Too many recipients for one message.</source>
        <translation>Trop de destinataires pour un seul message.</translation>
    </message>
    <message>
        <source>Ask the recipient, by phone or another address, to make room in the mailbox, then send the message again.</source>
        <translation>Demandez au destinataire, par téléphone ou à une autre adresse, de libérer de la place dans sa boîte aux lettres, puis renvoyez le message.</translation>
    </message>
    <message>
        <source>If the message had many recipients, send it to fewer at a time.</source>
        <translation>Si le message avait beaucoup de destinataires, envoyez-le à moins de destinataires à la fois.</translation>
    </message>
    <message>
        <source>Message too large</source>
        <translation>Message trop volumineux</translation>
    </message>
    <message>
        <source>The message exceeds the server&apos;s size limit.</source>
        <translation>Le message dépasse la taille maximale acceptée par le serveur.</translation>
    </message>
    <message>
        <source>Large attachments.</source>
        <translation>Des pièces jointes volumineuses.</translation>
    </message>
    <message>
        <source>The SIZE declared with MAIL FROM is over the advertised limit.</source>
        <translation>La taille SIZE déclarée avec MAIL FROM dépasse la limite annoncée.</translation>
    </message>
    <message>
        <source>Check the SIZE in the EHLO reply; send large files as links.</source>
        <translation>Vérifiez SIZE dans la réponse à EHLO&#xa0;; envoyez les gros fichiers sous forme de liens.</translation>
    </message>
    <message>
        <source>Sender address not allowed</source>
        <translation>Adresse d&apos;expéditeur non autorisée</translation>
    </message>
    <message>
        <source>The server does not allow this sender address.</source>
        <translation>Le serveur n&apos;autorise pas cette adresse d&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The address is malformed, or you may not send as this address.</source>
        <translation>L&apos;adresse est mal formée, ou vous n&apos;avez pas le droit d&apos;envoyer avec cette adresse.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain does not exist.</source>
        <translation>Le domaine de l&apos;expéditeur n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Use the address of the account you signed in with.</source>
        <translation>Utilisez l&apos;adresse du compte avec lequel vous vous êtes authentifié.</translation>
    </message>
    <message>
        <source>Recipient address not allowed</source>
        <translation>Adresse de destinataire non autorisée</translation>
    </message>
    <message>
        <source>The server does not allow this recipient address.</source>
        <translation>Le serveur n&apos;autorise pas cette adresse de destinataire.</translation>
    </message>
    <message>
        <source>The address is malformed or the mailbox name is not allowed.</source>
        <translation>L&apos;adresse est mal formée, ou le nom de boîte aux lettres n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>No SMTP service here</source>
        <translation>Pas de service SMTP ici</translation>
    </message>
    <message>
        <source>The server refuses to talk to this client.</source>
        <translation>Le serveur refuse de dialoguer avec ce client.</translation>
    </message>
    <message>
        <source>Your IP address is blocklisted or not allowed.</source>
        <translation>Votre adresse IP est sur une liste de blocage ou n&apos;est pas autorisée.</translation>
    </message>
    <message>
        <source>The host is not a mail server for you.</source>
        <translation>Cet hôte n&apos;est pas un serveur de messagerie pour vous.</translation>
    </message>
    <message>
        <source>Check the IP on blocklists; use the correct MX.</source>
        <translation>Vérifiez l&apos;IP sur les listes de blocage&#xa0;; utilisez le bon MX.</translation>
    </message>
    <message>
        <source>Recipient refused (relaying or policy)</source>
        <translation>Destinataire refusé (relais ou règle)</translation>
    </message>
    <message>
        <source>The server refused the recipient, usually because it does not relay for the recipient&apos;s domain.</source>
        <translation>Le serveur a refusé le destinataire, généralement parce qu&apos;il ne relaie pas pour le domaine du destinataire.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain is not hosted on this server and you did not sign in.</source>
        <translation>Le domaine du destinataire n&apos;est pas hébergé sur ce serveur et vous ne vous êtes pas authentifié.</translation>
    </message>
    <message>
        <source>A policy rule for this recipient.</source>
        <translation>Une règle pour ce destinataire.</translation>
    </message>
    <message>
        <source>Sign in to send through your own server, or connect to the recipient domain&apos;s MX.</source>
        <translation>Authentifiez-vous pour envoyer par votre propre serveur, ou connectez-vous au MX du domaine du destinataire.</translation>
    </message>
    <message>
        <source>The server refused the message content.</source>
        <translation>Le serveur a refusé le contenu du message.</translation>
    </message>
    <message>
        <source>Send a plain test message; check the sender domain&apos;s authentication.</source>
        <translation>Envoyez un message de test simple&#xa0;; vérifiez l&apos;authentification du domaine de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Recipient domain does not accept mail</source>
        <translation>Le domaine du destinataire n&apos;accepte pas de courrier</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX: it never receives mail.</source>
        <translation>Le domaine du destinataire publie un MX nul&#xa0;: il ne reçoit jamais de courrier.</translation>
    </message>
    <message>
        <source>The domain is not used for mail.</source>
        <translation>Le domaine n&apos;est pas utilisé pour le courrier.</translation>
    </message>
    <message>
        <source>Ask the recipient for a working address.</source>
        <translation>Demandez au destinataire une adresse qui fonctionne.</translation>
    </message>
    <message>
        <source>Undefined status</source>
        <translation>État non défini</translation>
    </message>
    <message>
        <source>The server gave no detail beyond the basic reply code.</source>
        <translation>Le serveur n&apos;a donné aucun détail au-delà du code de réponse de base.</translation>
    </message>
    <message>
        <source>The server does not use more specific status codes for this condition.</source>
        <translation>Le serveur n&apos;utilise pas de codes d&apos;état plus précis pour cette situation.</translation>
    </message>
    <message>
        <source>The reason is only in the text of the reply.</source>
        <translation>La raison ne figure que dans le texte de la réponse.</translation>
    </message>
    <message>
        <source>Read the text that follows the code: it usually names the reason.</source>
        <translation>Lisez le texte qui suit le code&#xa0;: il indique généralement la raison.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator if the text is unclear.</source>
        <translation>Demandez à l&apos;administrateur du serveur si le texte n&apos;est pas clair.</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problème d&apos;adresse</translation>
    </message>
    <message>
        <source>Something is wrong with one of the addresses, without further detail.</source>
        <translation>Une des adresses pose problème, sans plus de détail.</translation>
    </message>
    <message>
        <source>The server rejects the address for a local reason.</source>
        <translation>Le serveur rejette l&apos;adresse pour une raison locale.</translation>
    </message>
    <message>
        <source>Check the address letter by letter.</source>
        <translation>Vérifiez l&apos;adresse lettre par lettre.</translation>
    </message>
    <message>
        <source>Ask the receiving administrator which address rule was hit.</source>
        <translation>Demandez à l&apos;administrateur du destinataire quelle règle d&apos;adresse a été déclenchée.</translation>
    </message>
    <message>
        <source>Mailbox does not exist</source>
        <translation>La boîte aux lettres n&apos;existe pas</translation>
    </message>
    <message>
        <source>The mailbox part of the address (before the @) is not known at the destination.</source>
        <translation>La partie boîte aux lettres de l&apos;adresse (avant le @) est inconnue à destination.</translation>
    </message>
    <message>
        <source>The recipient does not exist at the destination (a typo, or the person left).</source>
        <translation>Le destinataire n&apos;existe pas à destination (faute de frappe, ou la personne est partie).</translation>
    </message>
    <message>
        <source>The receiving directory is out of date (for example a hybrid or migrated domain).</source>
        <translation>L&apos;annuaire du destinataire n&apos;est pas à jour (par exemple un domaine hybride ou migré).</translation>
    </message>
    <message>
        <source>Check the spelling of the address with the recipient by another channel.</source>
        <translation>Vérifiez l&apos;orthographe de l&apos;adresse avec le destinataire par un autre moyen.</translation>
    </message>
    <message>
        <source>Remove the address from lists and contacts if it no longer exists.</source>
        <translation>Retirez l&apos;adresse des listes et des contacts si elle n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Destination domain not found</source>
        <translation>Domaine de destination introuvable</translation>
    </message>
    <message>
        <source>The part after the @ does not name a system that can receive mail.</source>
        <translation>La partie après le @ ne désigne pas un système capable de recevoir du courrier.</translation>
    </message>
    <message>
        <source>The domain is misspelled.</source>
        <translation>Le domaine est mal orthographié.</translation>
    </message>
    <message>
        <source>The domain has expired or has no mail servers in DNS.</source>
        <translation>Le domaine a expiré ou n&apos;a pas de serveurs de messagerie dans le DNS.</translation>
    </message>
    <message>
        <source>Check the domain name after the @.</source>
        <translation>Vérifiez le nom de domaine après le @.</translation>
    </message>
    <message>
        <source>Look up the domain&apos;s MX records; if there are none, its owner must add them.</source>
        <translation>Recherchez les enregistrements MX du domaine&#xa0;; s&apos;il n&apos;y en a pas, son propriétaire doit les ajouter.</translation>
    </message>
    <message>
        <source>Recipient address syntax invalid</source>
        <translation>Syntaxe de l&apos;adresse du destinataire non valide</translation>
    </message>
    <message>
        <source>The recipient address is not written the way mail addresses must be.</source>
        <translation>L&apos;adresse du destinataire n&apos;est pas écrite comme doivent l&apos;être les adresses e-mail.</translation>
    </message>
    <message>
        <source>Spaces, missing angle brackets or forbidden characters in the address.</source>
        <translation>Des espaces, des chevrons manquants ou des caractères interdits dans l&apos;adresse.</translation>
    </message>
    <message>
        <source>A display name or quotes were sent instead of the plain address.</source>
        <translation>Un nom d&apos;affichage ou des guillemets ont été envoyés au lieu de l&apos;adresse seule.</translation>
    </message>
    <message>
        <source>Send the plain address in angle brackets: RCPT TO:&lt;user@example.com&gt;.</source>
        <translation>Envoyez l&apos;adresse seule entre chevrons&#xa0;: RCPT TO:&lt;user@example.com&gt;.</translation>
    </message>
    <message>
        <source>Remove spaces and special characters copied from documents.</source>
        <translation>Supprimez les espaces et caractères spéciaux copiés depuis des documents.</translation>
    </message>
    <message>
        <source>Address ambiguous</source>
        <translation>Adresse ambiguë</translation>
    </message>
    <message>
        <source>The address matches more than one mailbox, so the server cannot decide where to deliver.</source>
        <translation>L&apos;adresse correspond à plus d&apos;une boîte aux lettres, donc le serveur ne peut pas décider où distribuer.</translation>
    </message>
    <message>
        <source>Several directory entries share the address or an alias.</source>
        <translation>Plusieurs entrées d&apos;annuaire partagent l&apos;adresse ou un alias.</translation>
    </message>
    <message>
        <source>A partial address was given.</source>
        <translation>Une adresse partielle a été indiquée.</translation>
    </message>
    <message>
        <source>Use the complete, exact address.</source>
        <translation>Utilisez l&apos;adresse complète et exacte.</translation>
    </message>
    <message>
        <source>Ask the receiving administrator to remove the duplicate entry.</source>
        <translation>Demandez à l&apos;administrateur du destinataire de supprimer l&apos;entrée en double.</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <translation>Adresse de destination valide</translation>
    </message>
    <message>
        <source>The recipient address is valid and the server will take mail for it.</source>
        <translation>L&apos;adresse du destinataire est valide et le serveur acceptera du courrier pour elle.</translation>
    </message>
    <message>
        <source>The mailbox exists and accepts mail.</source>
        <translation>La boîte aux lettres existe et accepte le courrier.</translation>
    </message>
    <message>
        <source>Nothing to do for this recipient.</source>
        <translation>Rien à faire pour ce destinataire.</translation>
    </message>
    <message>
        <source>Mailbox moved, no forwarding address</source>
        <translation>Boîte aux lettres déplacée, pas d&apos;adresse de transfert</translation>
    </message>
    <message>
        <source>The mailbox was moved and the server does not know where to.</source>
        <translation>La boîte aux lettres a été déplacée et le serveur ne sait pas où.</translation>
    </message>
    <message>
        <source>The person changed organisation or address.</source>
        <translation>La personne a changé d&apos;organisation ou d&apos;adresse.</translation>
    </message>
    <message>
        <source>The old address was retired without a forward.</source>
        <translation>L&apos;ancienne adresse a été supprimée sans transfert.</translation>
    </message>
    <message>
        <source>Ask the recipient for the new address.</source>
        <translation>Demandez la nouvelle adresse au destinataire.</translation>
    </message>
    <message>
        <source>Update the contact and any mailing lists.</source>
        <translation>Mettez à jour le contact et les listes de diffusion.</translation>
    </message>
    <message>
        <source>Sender address syntax invalid</source>
        <translation>Syntaxe de l&apos;adresse de l&apos;expéditeur non valide</translation>
    </message>
    <message>
        <source>The sender address in MAIL FROM is not written correctly or is refused as written.</source>
        <translation>L&apos;adresse de l&apos;expéditeur dans MAIL FROM n&apos;est pas écrite correctement ou est refusée telle qu&apos;elle est écrite.</translation>
    </message>
    <message>
        <source>A syntax error in the sender&apos;s address (missing brackets, spaces, no domain).</source>
        <translation>Une erreur de syntaxe dans l&apos;adresse de l&apos;expéditeur (chevrons manquants, espaces, pas de domaine).</translation>
    </message>
    <message>
        <source>There are connection restrictions on the destination server for this sender.</source>
        <translation>Le serveur de destination applique des restrictions de connexion pour cet expéditeur.</translation>
    </message>
    <message>
        <source>Send MAIL FROM:&lt;you@yourdomain&gt; with a complete address in angle brackets.</source>
        <translation>Envoyez MAIL FROM:&lt;you@yourdomain&gt; avec une adresse complète entre chevrons.</translation>
    </message>
    <message>
        <source>Use a sender address of a domain that exists and that you own.</source>
        <translation>Utilisez une adresse d&apos;expéditeur d&apos;un domaine qui existe et qui vous appartient.</translation>
    </message>
    <message>
        <source>Sender domain invalid</source>
        <translation>Domaine de l&apos;expéditeur non valide</translation>
    </message>
    <message>
        <source>The domain of the sender address cannot receive replies, so the server refuses the sender.</source>
        <translation>Le domaine de l&apos;adresse de l&apos;expéditeur ne peut pas recevoir de réponses, donc le serveur refuse l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain does not exist in DNS.</source>
        <translation>Le domaine de l&apos;expéditeur n&apos;existe pas dans le DNS.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain has no MX or A record, so bounces could not be returned.</source>
        <translation>Le domaine de l&apos;expéditeur n&apos;a pas d&apos;enregistrement MX ni A, donc les messages de non-remise ne pourraient pas être renvoyés.</translation>
    </message>
    <message>
        <source>Use a sender address in a domain that exists and receives mail.</source>
        <translation>Utilisez une adresse d&apos;expéditeur dans un domaine qui existe et reçoit du courrier.</translation>
    </message>
    <message>
        <source>Fix the DNS of the sender&apos;s domain (MX records).</source>
        <translation>Corrigez le DNS du domaine de l&apos;expéditeur (enregistrements MX).</translation>
    </message>
    <message>
        <source>Relayed to a non-compliant mailer</source>
        <translation>Relayé vers un serveur non conforme</translation>
    </message>
    <message>
        <source>The message was passed to a system that cannot confirm delivery, so no further status will come.</source>
        <translation>Le message a été transmis à un système qui ne peut pas confirmer la remise&#xa0;; aucun autre état ne suivra.</translation>
    </message>
    <message>
        <source>The next server does not support delivery status notifications.</source>
        <translation>Le serveur suivant ne prend pas en charge les notifications d&apos;état de remise.</translation>
    </message>
    <message>
        <source>Ask the recipient whether the message arrived.</source>
        <translation>Demandez au destinataire si le message est arrivé.</translation>
    </message>
    <message>
        <source>Recipient domain accepts no mail (null MX)</source>
        <translation>Le domaine du destinataire n&apos;accepte aucun courrier (MX nul)</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain publishes a null MX record: it states that it never receives mail.</source>
        <translation>Le domaine du destinataire publie un enregistrement MX nul&#xa0;: il déclare ne jamais recevoir de courrier.</translation>
    </message>
    <message>
        <source>The domain is used for websites or sending only.</source>
        <translation>Le domaine sert uniquement aux sites web ou à l&apos;envoi.</translation>
    </message>
    <message>
        <source>The address is wrong: the recipient uses another domain for mail.</source>
        <translation>L&apos;adresse est fausse&#xa0;: le destinataire utilise un autre domaine pour le courrier.</translation>
    </message>
    <message>
        <source>Do not retry: the domain owner decided this on purpose.</source>
        <translation>Ne réessayez pas&#xa0;: le propriétaire du domaine l&apos;a décidé volontairement.</translation>
    </message>
    <message>
        <source>Mailbox status problem</source>
        <translation>Problème d&apos;état de la boîte aux lettres</translation>
    </message>
    <message>
        <source>The mailbox could not take the message right now, without further detail.</source>
        <translation>La boîte aux lettres n&apos;a pas pu accepter le message pour l&apos;instant, sans plus de détail.</translation>
    </message>
    <message>
        <source>Greylisting: the server delays first-time senders and accepts the retry.</source>
        <translation>Liste grise&#xa0;: le serveur retarde les nouveaux expéditeurs et accepte le nouvel essai.</translation>
    </message>
    <message>
        <source>The mailbox is locked or busy (for example during a move).</source>
        <translation>La boîte aux lettres est verrouillée ou occupée (par exemple pendant un déplacement).</translation>
    </message>
    <message>
        <source>A local rule of the receiving server.</source>
        <translation>Une règle locale du serveur destinataire.</translation>
    </message>
    <message>
        <source>Wait and retry: a real mail server retries by itself within minutes to hours.</source>
        <translation>Attendez et réessayez&#xa0;: un vrai serveur de messagerie réessaie de lui-même dans un délai de quelques minutes à quelques heures.</translation>
    </message>
    <message>
        <source>If it persists beyond a day, ask the receiving administrator.</source>
        <translation>Si cela persiste au-delà d&apos;une journée, contactez l&apos;administrateur du destinataire.</translation>
    </message>
    <message>
        <source>Mailbox disabled</source>
        <translation>Boîte aux lettres désactivée</translation>
    </message>
    <message>
        <source>The mailbox exists but does not accept messages at the moment.</source>
        <translation>La boîte aux lettres existe, mais n&apos;accepte pas de messages pour le moment.</translation>
    </message>
    <message>
        <source>The account was suspended or deactivated.</source>
        <translation>Le compte a été suspendu ou désactivé.</translation>
    </message>
    <message>
        <source>The mailbox is inactive after a long time without logins.</source>
        <translation>La boîte aux lettres est inactive après une longue période sans connexion.</translation>
    </message>
    <message>
        <source>Contact the recipient by another channel.</source>
        <translation>Contactez le destinataire par un autre moyen.</translation>
    </message>
    <message>
        <source>Ask the receiving administrator whether the account will be re-enabled.</source>
        <translation>Demandez à l&apos;administrateur du destinataire si le compte sera réactivé.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Boîte aux lettres pleine</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has reached its storage quota.</source>
        <translation>La boîte aux lettres du destinataire a atteint son quota de stockage.</translation>
    </message>
    <message>
        <source>The recipient has not cleaned up old mail.</source>
        <translation>Le destinataire n&apos;a pas fait le ménage dans ses anciens messages.</translation>
    </message>
    <message>
        <source>A large message would push the mailbox over its quota.</source>
        <translation>Un message volumineux ferait dépasser le quota de la boîte aux lettres.</translation>
    </message>
    <message>
        <source>A smaller message (links instead of attachments) may fit.</source>
        <translation>Un message plus petit (des liens au lieu de pièces jointes) pourrait passer.</translation>
    </message>
    <message>
        <source>Message too large for the mailbox</source>
        <translation>Message trop volumineux pour la boîte aux lettres</translation>
    </message>
    <message>
        <source>The message is larger than this recipient&apos;s per-message limit.</source>
        <translation>Le message dépasse la limite par message de ce destinataire.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has a stricter size limit than the server.</source>
        <translation>La boîte aux lettres du destinataire a une limite de taille plus stricte que le serveur.</translation>
    </message>
    <message>
        <source>Send the attachment as a link to a file share.</source>
        <translation>Envoyez la pièce jointe sous forme de lien vers un partage de fichiers.</translation>
    </message>
    <message>
        <source>Compress or split the attachment.</source>
        <translation>Compressez ou découpez la pièce jointe.</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <translation>Problème d&apos;expansion de liste de diffusion</translation>
    </message>
    <message>
        <source>The address is a mailing list and the list could not be expanded to its members.</source>
        <translation>L&apos;adresse est une liste de diffusion, et la liste n&apos;a pas pu être développée vers ses membres.</translation>
    </message>
    <message>
        <source>The list has no members or a broken member entry.</source>
        <translation>La liste n&apos;a aucun membre ou contient une entrée de membre défectueuse.</translation>
    </message>
    <message>
        <source>The list server has an internal error.</source>
        <translation>Le serveur de listes a une erreur interne.</translation>
    </message>
    <message>
        <source>Tell the list owner.</source>
        <translation>Prévenez le propriétaire de la liste.</translation>
    </message>
    <message>
        <source>Send to the members directly in the meantime.</source>
        <translation>En attendant, envoyez directement aux membres.</translation>
    </message>
    <message>
        <source>Security or policy problem</source>
        <translation>Problème de sécurité ou de politique</translation>
    </message>
    <message>
        <source>A security or policy rule refused the request, without further detail.</source>
        <translation>Une règle de sécurité ou de politique a refusé la demande, sans plus de détail.</translation>
    </message>
    <message>
        <source>A local policy of the receiving server.</source>
        <translation>Une politique locale du serveur destinataire.</translation>
    </message>
    <message>
        <source>Sign-in or encryption was expected.</source>
        <translation>Une authentification ou un chiffrement était attendu.</translation>
    </message>
    <message>
        <source>Read the text of the reply for the rule that was hit.</source>
        <translation>Lisez le texte de la réponse pour savoir quelle règle a été déclenchée.</translation>
    </message>
    <message>
        <source>Ask the receiving administrator.</source>
        <translation>Contactez l&apos;administrateur du destinataire.</translation>
    </message>
    <message>
        <source>Delivery not authorised</source>
        <translation>Remise non autorisée</translation>
    </message>
    <message>
        <source>The server is not willing to accept this message from this sender or client.</source>
        <translation>Le serveur n&apos;est pas disposé à accepter ce message de cet expéditeur ou de ce client.</translation>
    </message>
    <message>
        <source>The destination server does not accept anonymous submissions; sign-in is needed.</source>
        <translation>Le serveur de destination n&apos;accepte pas les envois anonymes&#xa0;; une authentification est nécessaire.</translation>
    </message>
    <message>
        <source>The sender, the sending IP or the content hit an anti-spam or policy rule.</source>
        <translation>L&apos;expéditeur, l&apos;IP d&apos;envoi ou le contenu a déclenché une règle antispam ou de politique.</translation>
    </message>
    <message>
        <source>The recipient only accepts mail from certain senders.</source>
        <translation>Le destinataire n&apos;accepte le courrier que de certains expéditeurs.</translation>
    </message>
    <message>
        <source>Read the text of the reply: it usually names the rule.</source>
        <translation>Lisez le texte de la réponse&#xa0;: il indique généralement la règle.</translation>
    </message>
    <message>
        <source>Sign in, or send through the server responsible for your domain.</source>
        <translation>Authentifiez-vous, ou envoyez par le serveur responsable de votre domaine.</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <translation>Expansion de liste de diffusion interdite</translation>
    </message>
    <message>
        <source>The sender may not send to this mailing list.</source>
        <translation>L&apos;expéditeur n&apos;a pas le droit d&apos;écrire à cette liste de diffusion.</translation>
    </message>
    <message>
        <source>The list only accepts members or moderators as senders.</source>
        <translation>La liste n&apos;accepte que ses membres ou modérateurs comme expéditeurs.</translation>
    </message>
    <message>
        <source>Ask the list owner for permission.</source>
        <translation>Demandez l&apos;autorisation au propriétaire de la liste.</translation>
    </message>
    <message>
        <source>Security conversion not possible</source>
        <translation>Conversion de sécurité impossible</translation>
    </message>
    <message>
        <source>The message would need a security conversion that is not possible.</source>
        <translation>Le message nécessiterait une conversion de sécurité impossible.</translation>
    </message>
    <message>
        <source>Encrypted or signed content that must be converted on the way.</source>
        <translation>Un contenu chiffré ou signé qui doit être converti en chemin.</translation>
    </message>
    <message>
        <source>Send without the security wrapping, or ask the administrator.</source>
        <translation>Envoyez sans l&apos;enveloppe de sécurité, ou contactez l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <translation>Fonctions de sécurité non prises en charge</translation>
    </message>
    <message>
        <source>The message asks for security features the destination does not support.</source>
        <translation>Le message demande des fonctions de sécurité que la destination ne prend pas en charge.</translation>
    </message>
    <message>
        <source>Encryption or signing features unknown to the destination.</source>
        <translation>Des fonctions de chiffrement ou de signature inconnues de la destination.</translation>
    </message>
    <message>
        <source>Send without those features.</source>
        <translation>Envoyez sans ces fonctions.</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <translation>Échec cryptographique</translation>
    </message>
    <message>
        <source>A cryptographic operation (decrypting or verifying the message) failed.</source>
        <translation>Une opération cryptographique (déchiffrement ou vérification du message) a échoué.</translation>
    </message>
    <message>
        <source>A damaged or wrongly encrypted message.</source>
        <translation>Un message endommagé ou mal chiffré.</translation>
    </message>
    <message>
        <source>Send the message again; check the encryption keys.</source>
        <translation>Renvoyez le message&#xa0;; vérifiez les clés de chiffrement.</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <translation>Algorithme cryptographique non pris en charge</translation>
    </message>
    <message>
        <source>The message uses an encryption or signature algorithm the destination does not support.</source>
        <translation>Le message utilise un algorithme de chiffrement ou de signature que la destination ne prend pas en charge.</translation>
    </message>
    <message>
        <source>An old or unusual algorithm.</source>
        <translation>Un algorithme ancien ou inhabituel.</translation>
    </message>
    <message>
        <source>Use a common algorithm.</source>
        <translation>Utilisez un algorithme courant.</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <translation>Échec de l&apos;intégrité du message</translation>
    </message>
    <message>
        <source>The message was changed on the way or its integrity check failed.</source>
        <translation>Le message a été modifié en chemin ou son contrôle d&apos;intégrité a échoué.</translation>
    </message>
    <message>
        <source>A gateway modified a signed message.</source>
        <translation>Une passerelle a modifié un message signé.</translation>
    </message>
    <message>
        <source>Send the message again; find which system modifies it.</source>
        <translation>Renvoyez le message&#xa0;; identifiez le système qui le modifie.</translation>
    </message>
    <message>
        <source>Credentials invalid</source>
        <translation>Identifiants non valides</translation>
    </message>
    <message>
        <source>A wrong password or user name (often the full address is the user name).</source>
        <translation>Un mot de passe ou un nom d&apos;utilisateur erroné (souvent, le nom d&apos;utilisateur est l&apos;adresse complète).</translation>
    </message>
    <message>
        <source>The account is locked or needs an app password because of multi-factor sign-in.</source>
        <translation>Le compte est verrouillé ou nécessite un mot de passe d&apos;application à cause de l&apos;authentification multifacteur.</translation>
    </message>
    <message>
        <source>Check the user name and password by signing in to webmail.</source>
        <translation>Vérifiez le nom d&apos;utilisateur et le mot de passe en vous connectant au webmail.</translation>
    </message>
    <message>
        <source>Create an app password if the provider requires one.</source>
        <translation>Créez un mot de passe d&apos;application si le fournisseur l&apos;exige.</translation>
    </message>
    <message>
        <source>The server does not accept this sign-in mechanism for this account.</source>
        <translation>Le serveur n&apos;accepte pas ce mécanisme d&apos;authentification pour ce compte.</translation>
    </message>
    <message>
        <source>The mechanism (for example PLAIN without TLS) is considered too weak.</source>
        <translation>Le mécanisme (par exemple PLAIN sans TLS) est jugé trop faible.</translation>
    </message>
    <message>
        <source>The provider requires modern sign-in (OAuth) instead of a password.</source>
        <translation>Le fournisseur exige une authentification moderne (OAuth) au lieu d&apos;un mot de passe.</translation>
    </message>
    <message>
        <source>Use TLS and a stronger mechanism, or the provider&apos;s app password or OAuth.</source>
        <translation>Utilisez TLS et un mécanisme plus robuste, ou le mot de passe d&apos;application ou OAuth du fournisseur.</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <translation>Chiffrement nécessaire</translation>
    </message>
    <message>
        <source>The server requires an encrypted connection for this.</source>
        <translation>Le serveur exige une connexion chiffrée pour cela.</translation>
    </message>
    <message>
        <source>The client did not start TLS before the command.</source>
        <translation>Le client n&apos;a pas démarré TLS avant la commande.</translation>
    </message>
    <message>
        <source>Use STARTTLS (port 587) or implicit TLS (port 465).</source>
        <translation>Utilisez STARTTLS (port 587) ou TLS implicite (port 465).</translation>
    </message>
    <message>
        <source>Encryption required for this sign-in mechanism</source>
        <translation>Chiffrement requis pour ce mécanisme d&apos;authentification</translation>
    </message>
    <message>
        <source>The chosen sign-in mechanism is only allowed over an encrypted connection.</source>
        <translation>Le mécanisme d&apos;authentification choisi n&apos;est autorisé que sur une connexion chiffrée.</translation>
    </message>
    <message>
        <source>The client tried to send a password before TLS was started.</source>
        <translation>Le client a essayé d&apos;envoyer un mot de passe avant le démarrage de TLS.</translation>
    </message>
    <message>
        <source>Start TLS first (STARTTLS), then sign in.</source>
        <translation>Démarrez d&apos;abord TLS (STARTTLS), puis authentifiez-vous.</translation>
    </message>
    <message>
        <source>The account must change its password or sign-in method before it can be used here.</source>
        <translation>Le compte doit changer de mot de passe ou de méthode d&apos;authentification avant de pouvoir être utilisé ici.</translation>
    </message>
    <message>
        <source>The password expired, or a one-time change is required after a reset.</source>
        <translation>Le mot de passe a expiré, ou un changement unique est requis après une réinitialisation.</translation>
    </message>
    <message>
        <source>Sign in to the provider&apos;s webmail and follow its prompts, then try again.</source>
        <translation>Connectez-vous au webmail du fournisseur et suivez ses instructions, puis réessayez.</translation>
    </message>
    <message>
        <source>User account disabled</source>
        <translation>Compte utilisateur désactivé</translation>
    </message>
    <message>
        <source>The account is disabled and cannot send.</source>
        <translation>Le compte est désactivé et ne peut pas envoyer.</translation>
    </message>
    <message>
        <source>The administrator disabled the account, or it was suspended for abuse.</source>
        <translation>L&apos;administrateur a désactivé le compte, ou il a été suspendu pour abus.</translation>
    </message>
    <message>
        <source>Ask the account&apos;s administrator to re-enable it.</source>
        <translation>Demandez à l&apos;administrateur du compte de le réactiver.</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <translation>Relation de confiance requise</translation>
    </message>
    <message>
        <source>The server only accepts this from systems it has a trust relationship with.</source>
        <translation>Le serveur n&apos;accepte cela que de systèmes avec lesquels il a une relation de confiance.</translation>
    </message>
    <message>
        <source>The connector is restricted to partner servers or certificates.</source>
        <translation>Le connecteur est réservé à des serveurs ou certificats partenaires.</translation>
    </message>
    <message>
        <source>Ask the receiving administrator to set up the partner relationship.</source>
        <translation>Demandez à l&apos;administrateur du destinataire de mettre en place la relation de partenariat.</translation>
    </message>
    <message>
        <source>Priority level too low</source>
        <translation>Niveau de priorité trop bas</translation>
    </message>
    <message>
        <source>The message&apos;s priority is too low for the server to accept it now.</source>
        <translation>La priorité du message est trop basse pour que le serveur l&apos;accepte maintenant.</translation>
    </message>
    <message>
        <source>The server only accepts higher priorities at the moment.</source>
        <translation>Le serveur n&apos;accepte pour le moment que des priorités plus élevées.</translation>
    </message>
    <message>
        <source>Retry later or with a higher permitted priority.</source>
        <translation>Réessayez plus tard ou avec une priorité autorisée plus élevée.</translation>
    </message>
    <message>
        <source>Message too big for its priority</source>
        <translation>Message trop volumineux pour sa priorité</translation>
    </message>
    <message>
        <source>The message is too large for the priority it was sent with.</source>
        <translation>Le message est trop volumineux pour la priorité avec laquelle il a été envoyé.</translation>
    </message>
    <message>
        <source>Size limits per priority level.</source>
        <translation>Limites de taille par niveau de priorité.</translation>
    </message>
    <message>
        <source>Send a smaller message or use another priority.</source>
        <translation>Envoyez un message plus petit ou utilisez une autre priorité.</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <translation>Le propriétaire de la boîte aux lettres a changé</translation>
    </message>
    <message>
        <source>The mailbox now belongs to someone else than the sender expected.</source>
        <translation>La boîte aux lettres appartient désormais à une autre personne que celle attendue par l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The address was reassigned to a new person.</source>
        <translation>L&apos;adresse a été réattribuée à une nouvelle personne.</translation>
    </message>
    <message>
        <source>Confirm the recipient&apos;s current address before sending personal data.</source>
        <translation>Confirmez l&apos;adresse actuelle du destinataire avant d&apos;envoyer des données personnelles.</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <translation>Le propriétaire du domaine a changé</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain now belongs to someone else than the sender expected.</source>
        <translation>Le domaine du destinataire appartient désormais à une autre personne que celle attendue par l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The domain was sold or expired and was registered again.</source>
        <translation>Le domaine a été vendu ou a expiré, puis a été réenregistré.</translation>
    </message>
    <message>
        <source>Confirm the recipient&apos;s current address by another channel.</source>
        <translation>Confirmez l&apos;adresse actuelle du destinataire par un autre moyen.</translation>
    </message>
    <message>
        <source>Owner check could not be completed</source>
        <translation>La vérification du propriétaire n&apos;a pas pu être effectuée</translation>
    </message>
    <message>
        <source>The server could not perform the requested check of the mailbox owner.</source>
        <translation>Le serveur n&apos;a pas pu effectuer la vérification demandée du propriétaire de la boîte aux lettres.</translation>
    </message>
    <message>
        <source>The destination does not support the require-recipient-valid-since check.</source>
        <translation>La destination ne prend pas en charge la vérification require-recipient-valid-since.</translation>
    </message>
    <message>
        <source>Send without the check, or confirm the recipient another way.</source>
        <translation>Envoyez sans la vérification, ou confirmez le destinataire d&apos;une autre manière.</translation>
    </message>
    <message>
        <source>No passing DKIM signature</source>
        <translation>Aucune signature DKIM valide</translation>
    </message>
    <message>
        <source>The message has no valid DKIM signature, which the receiver requires.</source>
        <translation>Le message n&apos;a pas de signature DKIM valide, ce qu&apos;exige le destinataire.</translation>
    </message>
    <message>
        <source>The sending system does not sign with DKIM.</source>
        <translation>Le système d&apos;envoi ne signe pas avec DKIM.</translation>
    </message>
    <message>
        <source>A system on the way changed the message and broke the signature.</source>
        <translation>Un système sur le trajet a modifié le message et cassé la signature.</translation>
    </message>
    <message>
        <source>Enable DKIM signing for the sender&apos;s domain.</source>
        <translation>Activez la signature DKIM pour le domaine de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Check the DKIM record in DNS.</source>
        <translation>Vérifiez l&apos;enregistrement DKIM dans le DNS.</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature</source>
        <translation>Aucune signature DKIM acceptable</translation>
    </message>
    <message>
        <source>The message is signed, but no signature meets the receiver&apos;s requirements.</source>
        <translation>Le message est signé, mais aucune signature ne satisfait aux exigences du destinataire.</translation>
    </message>
    <message>
        <source>A weak key or an algorithm the receiver does not accept.</source>
        <translation>Une clé faible ou un algorithme que le destinataire n&apos;accepte pas.</translation>
    </message>
    <message>
        <source>Sign with a 2048-bit RSA or an Ed25519 key.</source>
        <translation>Signez avec une clé RSA de 2048 bits ou une clé Ed25519.</translation>
    </message>
    <message>
        <source>No DKIM signature matching the author</source>
        <translation>Aucune signature DKIM correspondant à l&apos;auteur</translation>
    </message>
    <message>
        <source>No valid DKIM signature belongs to the domain in the From: address.</source>
        <translation>Aucune signature DKIM valide n&apos;appartient au domaine de l&apos;adresse From:.</translation>
    </message>
    <message>
        <source>The message is signed by a service provider&apos;s domain, not by the author&apos;s.</source>
        <translation>Le message est signé par le domaine d&apos;un prestataire, pas par celui de l&apos;auteur.</translation>
    </message>
    <message>
        <source>Configure DKIM for the author&apos;s own domain at the sending service.</source>
        <translation>Configurez DKIM pour le domaine propre de l&apos;auteur auprès du service d&apos;envoi.</translation>
    </message>
    <message>
        <source>SPF check failed</source>
        <translation>Échec de la vérification SPF</translation>
    </message>
    <message>
        <source>The sending server is not listed in the SPF record of the sender&apos;s domain.</source>
        <translation>Le serveur d&apos;envoi ne figure pas dans l&apos;enregistrement SPF du domaine de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Mail is sent through a server or service that is missing from the SPF record.</source>
        <translation>Le courrier est envoyé par un serveur ou un service absent de l&apos;enregistrement SPF.</translation>
    </message>
    <message>
        <source>The message was forwarded.</source>
        <translation>Le message a été transféré.</translation>
    </message>
    <message>
        <source>Add the sending server or service to the domain&apos;s SPF record.</source>
        <translation>Ajoutez le serveur ou le service d&apos;envoi à l&apos;enregistrement SPF du domaine.</translation>
    </message>
    <message>
        <source>Check the SPF record with a DNS lookup.</source>
        <translation>Vérifiez l&apos;enregistrement SPF par une recherche DNS.</translation>
    </message>
    <message>
        <source>SPF check error</source>
        <translation>Erreur de vérification SPF</translation>
    </message>
    <message>
        <source>The SPF record of the sender&apos;s domain could not be evaluated.</source>
        <translation>L&apos;enregistrement SPF du domaine de l&apos;expéditeur n&apos;a pas pu être évalué.</translation>
    </message>
    <message>
        <source>A syntax error, too many DNS lookups (over 10) or a temporary DNS failure.</source>
        <translation>Une erreur de syntaxe, trop de recherches DNS (plus de 10) ou une panne DNS temporaire.</translation>
    </message>
    <message>
        <source>Check and simplify the SPF record.</source>
        <translation>Vérifiez et simplifiez l&apos;enregistrement SPF.</translation>
    </message>
    <message>
        <source>Reverse DNS check failed</source>
        <translation>Échec de la vérification du DNS inverse</translation>
    </message>
    <message>
        <source>The sending IP address has no valid reverse DNS name, or the name does not point back to it.</source>
        <translation>L&apos;adresse IP d&apos;envoi n&apos;a pas de nom DNS inverse valide, ou ce nom ne pointe pas vers elle.</translation>
    </message>
    <message>
        <source>No PTR record for the sending IP.</source>
        <translation>Pas d&apos;enregistrement PTR pour l&apos;IP d&apos;envoi.</translation>
    </message>
    <message>
        <source>The PTR name does not resolve back to the same IP.</source>
        <translation>Le nom PTR ne se résout pas vers la même IP.</translation>
    </message>
    <message>
        <source>Ask whoever owns the IP (ISP or cloud provider) to set a PTR record.</source>
        <translation>Demandez au propriétaire de l&apos;IP (FAI ou fournisseur cloud) de définir un enregistrement PTR.</translation>
    </message>
    <message>
        <source>Make the PTR name resolve to the same IP.</source>
        <translation>Faites en sorte que le nom PTR se résolve vers la même IP.</translation>
    </message>
    <message>
        <source>Several authentication checks failed</source>
        <translation>Plusieurs vérifications d&apos;authentification ont échoué</translation>
    </message>
    <message>
        <source>The message failed more than one sender authentication check (SPF, DKIM, DMARC).</source>
        <translation>Le message a échoué à plusieurs vérifications d&apos;authentification de l&apos;expéditeur (SPF, DKIM, DMARC).</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passes for the sender&apos;s domain.</source>
        <translation>Ni SPF ni DKIM ne passent pour le domaine de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>DMARC alignment fails.</source>
        <translation>L&apos;alignement DMARC échoue.</translation>
    </message>
    <message>
        <source>Set up SPF and DKIM for the sending domain and check DMARC alignment.</source>
        <translation>Configurez SPF et DKIM pour le domaine d&apos;envoi et vérifiez l&apos;alignement DMARC.</translation>
    </message>
    <message>
        <source>Sender domain has null MX</source>
        <translation>Le domaine de l&apos;expéditeur a un MX nul</translation>
    </message>
    <message>
        <source>The sender&apos;s domain says it never receives mail, so replies could not be returned.</source>
        <translation>Le domaine de l&apos;expéditeur déclare ne jamais recevoir de courrier&#xa0;; les réponses ne pourraient donc pas être renvoyées.</translation>
    </message>
    <message>
        <source>The sender address uses a send-only domain with a null MX.</source>
        <translation>L&apos;adresse de l&apos;expéditeur utilise un domaine d&apos;envoi uniquement, avec un MX nul.</translation>
    </message>
    <message>
        <source>Use a sender address in a domain that receives mail.</source>
        <translation>Utilisez une adresse d&apos;expéditeur dans un domaine qui reçoit du courrier.</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <translation>Afflux de courrier détecté</translation>
    </message>
    <message>
        <source>The server saw an unusual amount of similar mail and refused this message.</source>
        <translation>Le serveur a vu une quantité inhabituelle de messages similaires et a refusé celui-ci.</translation>
    </message>
    <message>
        <source>A bulk sending or a compromised account sending spam.</source>
        <translation>Un envoi en masse ou un compte compromis qui envoie du spam.</translation>
    </message>
    <message>
        <source>Slow down the sending and check the account for abuse.</source>
        <translation>Ralentissez l&apos;envoi et vérifiez que le compte n&apos;est pas détourné.</translation>
    </message>
    <message>
        <source>ARC validation failed</source>
        <translation>Échec de la validation ARC</translation>
    </message>
    <message>
        <source>The message&apos;s ARC chain (authentication results kept across forwarders) did not validate.</source>
        <translation>La chaîne ARC du message (résultats d&apos;authentification conservés à travers les redirections) n&apos;a pas été validée.</translation>
    </message>
    <message>
        <source>An intermediary broke the ARC chain or signed it incorrectly.</source>
        <translation>Un intermédiaire a cassé la chaîne ARC ou l&apos;a mal signée.</translation>
    </message>
    <message>
        <source>Check the forwarding service&apos;s ARC signing.</source>
        <translation>Vérifiez la signature ARC du service de transfert.</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <translation>Prise en charge de REQUIRETLS requise</translation>
    </message>
    <message>
        <source>The message demands TLS on every hop but the next server does not support REQUIRETLS.</source>
        <translation>Le message exige TLS à chaque étape, mais le serveur suivant ne prend pas en charge REQUIRETLS.</translation>
    </message>
    <message>
        <source>The next server does not offer REQUIRETLS.</source>
        <translation>Le serveur suivant ne propose pas REQUIRETLS.</translation>
    </message>
    <message>
        <source>Send without REQUIRETLS, or to a destination that supports it.</source>
        <translation>Envoyez sans REQUIRETLS, ou vers une destination qui le prend en charge.</translation>
    </message>
    <message>
        <source>Mail system problem</source>
        <translation>Problème du système de messagerie</translation>
    </message>
    <message>
        <source>The receiving mail system has a problem of its own, without further detail.</source>
        <translation>Le système de messagerie destinataire a un problème propre, sans plus de détail.</translation>
    </message>
    <message>
        <source>An internal error or misconfiguration on the receiving server.</source>
        <translation>Une erreur interne ou une mauvaise configuration sur le serveur destinataire.</translation>
    </message>
    <message>
        <source>A component behind the server (storage, filter) is down.</source>
        <translation>Un composant derrière le serveur (stockage, filtre) est en panne.</translation>
    </message>
    <message>
        <source>If it persists, tell the receiving administrator the exact reply text.</source>
        <translation>Si cela persiste, transmettez le texte exact de la réponse à l&apos;administrateur du destinataire.</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <translation>Système de messagerie plein</translation>
    </message>
    <message>
        <source>The receiving server has run out of storage for the whole system.</source>
        <translation>Le serveur destinataire n&apos;a plus d&apos;espace de stockage pour l&apos;ensemble du système.</translation>
    </message>
    <message>
        <source>Retry later; a temporary reply is retried automatically.</source>
        <translation>Réessayez plus tard&#xa0;; une réponse temporaire est réessayée automatiquement.</translation>
    </message>
    <message>
        <source>Tell the receiving administrator.</source>
        <translation>Prévenez l&apos;administrateur du destinataire.</translation>
    </message>
    <message>
        <source>System not accepting messages</source>
        <translation>Le système n&apos;accepte pas de messages</translation>
    </message>
    <message>
        <source>The server is not taking any mail right now, for example while shutting down.</source>
        <translation>Le serveur ne prend aucun courrier pour l&apos;instant, par exemple pendant un arrêt.</translation>
    </message>
    <message>
        <source>Maintenance or a shutdown in progress.</source>
        <translation>Une maintenance ou un arrêt en cours.</translation>
    </message>
    <message>
        <source>The server is overloaded and refuses new work.</source>
        <translation>Le serveur est surchargé et refuse de nouvelles tâches.</translation>
    </message>
    <message>
        <source>Retry later or use the next MX.</source>
        <translation>Réessayez plus tard ou utilisez le MX suivant.</translation>
    </message>
    <message>
        <source>Check the provider&apos;s status page.</source>
        <translation>Consultez la page d&apos;état du fournisseur.</translation>
    </message>
    <message>
        <source>Feature not supported by the system</source>
        <translation>Fonction non prise en charge par le système</translation>
    </message>
    <message>
        <source>The message asks for a feature the destination cannot provide.</source>
        <translation>Le message demande une fonction que la destination ne peut pas fournir.</translation>
    </message>
    <message>
        <source>The message needs 8-bit, SMTPUTF8 or another extension the destination lacks.</source>
        <translation>Le message nécessite 8 bits, SMTPUTF8 ou une autre extension absente de la destination.</translation>
    </message>
    <message>
        <source>Send the message without the special feature (plain ASCII, 7-bit encoding).</source>
        <translation>Envoyez le message sans la fonction particulière (ASCII simple, encodage 7 bits).</translation>
    </message>
    <message>
        <source>Message too big for the system</source>
        <translation>Message trop volumineux pour le système</translation>
    </message>
    <message>
        <source>The message is larger than the receiving system accepts at all.</source>
        <translation>Le message dépasse ce que le système destinataire accepte.</translation>
    </message>
    <message>
        <source>Large attachments beyond the server&apos;s SIZE limit.</source>
        <translation>Des pièces jointes volumineuses au-delà de la limite SIZE du serveur.</translation>
    </message>
    <message>
        <source>Encoding makes attachments about a third bigger than the files.</source>
        <translation>L&apos;encodage rend les pièces jointes environ un tiers plus grosses que les fichiers.</translation>
    </message>
    <message>
        <source>Check the SIZE the server advertises in its EHLO reply.</source>
        <translation>Vérifiez la valeur SIZE annoncée par le serveur dans sa réponse à EHLO.</translation>
    </message>
    <message>
        <source>Send large files as a link instead of an attachment.</source>
        <translation>Envoyez les gros fichiers sous forme de lien plutôt qu&apos;en pièce jointe.</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <translation>Système mal configuré</translation>
    </message>
    <message>
        <source>The receiving system is misconfigured and cannot handle the message.</source>
        <translation>Le système destinataire est mal configuré et ne peut pas traiter le message.</translation>
    </message>
    <message>
        <source>A configuration error on the receiving server (routing, a loop to itself).</source>
        <translation>Une erreur de configuration sur le serveur destinataire (routage, boucle vers lui-même).</translation>
    </message>
    <message>
        <source>Tell the receiving administrator the exact reply text and time.</source>
        <translation>Transmettez à l&apos;administrateur du destinataire le texte exact de la réponse et l&apos;heure.</translation>
    </message>
    <message>
        <source>Priority changed</source>
        <translation>Priorité modifiée</translation>
    </message>
    <message>
        <source>The server accepted the message but changed the priority that was asked for.</source>
        <translation>Le serveur a accepté le message, mais a modifié la priorité demandée.</translation>
    </message>
    <message>
        <source>The sender may not use the requested priority level.</source>
        <translation>L&apos;expéditeur n&apos;a pas le droit d&apos;utiliser le niveau de priorité demandé.</translation>
    </message>
    <message>
        <source>Nothing to fix unless the priority matters; ask the administrator about allowed levels.</source>
        <translation>Rien à corriger, sauf si la priorité compte&#xa0;; demandez à l&apos;administrateur quels niveaux sont autorisés.</translation>
    </message>
    <message>
        <source>Network or routing problem</source>
        <translation>Problème de réseau ou de routage</translation>
    </message>
    <message>
        <source>The message could not be passed on because of a network or routing problem.</source>
        <translation>Le message n&apos;a pas pu être transmis à cause d&apos;un problème de réseau ou de routage.</translation>
    </message>
    <message>
        <source>A network problem between mail servers.</source>
        <translation>Un problème réseau entre serveurs de messagerie.</translation>
    </message>
    <message>
        <source>A routing error on an intermediate server.</source>
        <translation>Une erreur de routage sur un serveur intermédiaire.</translation>
    </message>
    <message>
        <source>If it persists, test the route to the destination&apos;s MX with this wizard.</source>
        <translation>Si cela persiste, testez la route vers le MX de la destination avec cet assistant.</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <translation>Pas de réponse de l&apos;hôte</translation>
    </message>
    <message>
        <source>The sending side could not get a connection to the destination&apos;s mail server.</source>
        <translation>L&apos;expéditeur n&apos;a pas pu obtenir de connexion avec le serveur de messagerie de la destination.</translation>
    </message>
    <message>
        <source>The destination server is down or blocked by a firewall.</source>
        <translation>Le serveur de destination est en panne ou bloqué par un pare-feu.</translation>
    </message>
    <message>
        <source>Outbound port 25 is blocked on the sending network.</source>
        <translation>Le port 25 sortant est bloqué sur le réseau d&apos;envoi.</translation>
    </message>
    <message>
        <source>Test a connection to the destination&apos;s MX on port 25.</source>
        <translation>Testez une connexion au MX de la destination sur le port 25.</translation>
    </message>
    <message>
        <source>Check firewalls on both sides.</source>
        <translation>Vérifiez les pare-feu des deux côtés.</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <translation>Mauvaise connexion</translation>
    </message>
    <message>
        <source>The connection to the destination broke during the transfer.</source>
        <translation>La connexion avec la destination a été coupée pendant le transfert.</translation>
    </message>
    <message>
        <source>The network dropped the connection.</source>
        <translation>Le réseau a interrompu la connexion.</translation>
    </message>
    <message>
        <source>The receiving server closed the connection unexpectedly.</source>
        <translation>Le serveur destinataire a fermé la connexion de façon inattendue.</translation>
    </message>
    <message>
        <source>If it happens every time at the same step, look at the transcript of a test.</source>
        <translation>Si cela se produit à chaque fois à la même étape, consultez la transcription d&apos;un test.</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <translation>Panne du serveur d&apos;annuaire</translation>
    </message>
    <message>
        <source>A directory lookup (usually DNS) failed, so the destination could not be determined.</source>
        <translation>Une recherche dans l&apos;annuaire (généralement le DNS) a échoué&#xa0;; la destination n&apos;a donc pas pu être déterminée.</translation>
    </message>
    <message>
        <source>The DNS servers of the destination domain did not answer.</source>
        <translation>Les serveurs DNS du domaine de destination n&apos;ont pas répondu.</translation>
    </message>
    <message>
        <source>A local resolver problem on the sending server.</source>
        <translation>Un problème de résolveur local sur le serveur d&apos;envoi.</translation>
    </message>
    <message>
        <source>Look up the destination&apos;s MX records and check they answer.</source>
        <translation>Recherchez les enregistrements MX de la destination et vérifiez qu&apos;ils répondent.</translation>
    </message>
    <message>
        <source>Retry later; DNS failures are often temporary.</source>
        <translation>Réessayez plus tard&#xa0;; les pannes DNS sont souvent temporaires.</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <translation>Routage impossible</translation>
    </message>
    <message>
        <source>No route to the destination was found: there is no mail server to deliver to.</source>
        <translation>Aucune route vers la destination n&apos;a été trouvée&#xa0;: il n&apos;y a aucun serveur de messagerie auquel distribuer.</translation>
    </message>
    <message>
        <source>The domain has no MX and no address records.</source>
        <translation>Le domaine n&apos;a ni enregistrement MX ni enregistrement d&apos;adresse.</translation>
    </message>
    <message>
        <source>The domain name is misspelled or does not exist.</source>
        <translation>Le nom de domaine est mal orthographié ou n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Check the domain after the @.</source>
        <translation>Vérifiez le domaine après le @.</translation>
    </message>
    <message>
        <source>Look up the domain&apos;s MX records.</source>
        <translation>Recherchez les enregistrements MX du domaine.</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <translation>Engorgement du système de messagerie</translation>
    </message>
    <message>
        <source>The mail system is congested and cannot take the message now.</source>
        <translation>Le système de messagerie est engorgé et ne peut pas prendre le message pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Too much traffic at the destination or on the way.</source>
        <translation>Trop de trafic à destination ou sur le trajet.</translation>
    </message>
    <message>
        <source>Retry later; the sending server does this by itself.</source>
        <translation>Réessayez plus tard&#xa0;; le serveur d&apos;envoi le fait de lui-même.</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <translation>Boucle de routage détectée</translation>
    </message>
    <message>
        <source>The message went round in circles between servers and was stopped.</source>
        <translation>Le message a tourné en rond entre des serveurs et a été arrêté.</translation>
    </message>
    <message>
        <source>Two servers forward the domain to each other.</source>
        <translation>Deux serveurs se renvoient le domaine l&apos;un à l&apos;autre.</translation>
    </message>
    <message>
        <source>A forwarding rule points back to the same mailbox.</source>
        <translation>Une règle de transfert renvoie vers la même boîte aux lettres.</translation>
    </message>
    <message>
        <source>Check the MX records and the forwarding rules of the destination.</source>
        <translation>Vérifiez les enregistrements MX et les règles de transfert de la destination.</translation>
    </message>
    <message>
        <source>Tell the receiving administrator the full bounce.</source>
        <translation>Transmettez le message de non-remise complet à l&apos;administrateur du destinataire.</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <translation>Délai de remise expiré</translation>
    </message>
    <message>
        <source>The sending server tried for the whole retry period and gave up.</source>
        <translation>Le serveur d&apos;envoi a réessayé pendant toute la période prévue, puis a abandonné.</translation>
    </message>
    <message>
        <source>The destination was unreachable or kept deferring for days.</source>
        <translation>La destination était injoignable ou a différé pendant des jours.</translation>
    </message>
    <message>
        <source>The message was held in a queue too long.</source>
        <translation>Le message est resté trop longtemps dans une file d&apos;attente.</translation>
    </message>
    <message>
        <source>Test the destination with this wizard to see why it defers or cannot be reached.</source>
        <translation>Testez la destination avec cet assistant pour voir pourquoi elle diffère ou est injoignable.</translation>
    </message>
    <message>
        <source>Send again once the destination works.</source>
        <translation>Renvoyez le message une fois que la destination fonctionne.</translation>
    </message>
    <message>
        <source>Protocol problem</source>
        <translation>Problème de protocole</translation>
    </message>
    <message>
        <source>Something in the SMTP conversation was wrong, without further detail.</source>
        <translation>Quelque chose n&apos;allait pas dans la conversation SMTP, sans plus de détail.</translation>
    </message>
    <message>
        <source>A client or server bug.</source>
        <translation>Un bogue du client ou du serveur.</translation>
    </message>
    <message>
        <source>A command the server did not expect at this point.</source>
        <translation>Une commande que le serveur n&apos;attendait pas à ce stade.</translation>
    </message>
    <message>
        <source>Look at the transcript for the command before this reply.</source>
        <translation>Regardez dans la transcription la commande qui précède cette réponse.</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <translation>Commande non valide</translation>
    </message>
    <message>
        <source>The server does not recognise or allow the command.</source>
        <translation>Le serveur ne reconnaît pas ou n&apos;autorise pas la commande.</translation>
    </message>
    <message>
        <source>The command was sent in the wrong order.</source>
        <translation>La commande a été envoyée dans le mauvais ordre.</translation>
    </message>
    <message>
        <source>Check the command spelling and order (EHLO, MAIL FROM, RCPT TO, DATA).</source>
        <translation>Vérifiez l&apos;orthographe et l&apos;ordre des commandes (EHLO, MAIL FROM, RCPT TO, DATA).</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Erreur de syntaxe</translation>
    </message>
    <message>
        <source>The command could not be parsed.</source>
        <translation>La commande n&apos;a pas pu être analysée.</translation>
    </message>
    <message>
        <source>Missing angle brackets, a colon or a space in the wrong place.</source>
        <translation>Des chevrons, deux-points ou espaces manquants ou mal placés.</translation>
    </message>
    <message>
        <source>Characters the server does not accept.</source>
        <translation>Des caractères que le serveur n&apos;accepte pas.</translation>
    </message>
    <message>
        <source>Check the exact syntax, for example MAIL FROM:&lt;you@example.com&gt;.</source>
        <translation>Vérifiez la syntaxe exacte, par exemple MAIL FROM:&lt;you@example.com&gt;.</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Trop de destinataires</translation>
    </message>
    <message>
        <source>The message has more recipients than the server accepts at once.</source>
        <translation>Le message a plus de destinataires que le serveur n&apos;en accepte à la fois.</translation>
    </message>
    <message>
        <source>A per-message recipient limit on the server.</source>
        <translation>Une limite de destinataires par message sur le serveur.</translation>
    </message>
    <message>
        <source>Split the recipients over several messages.</source>
        <translation>Répartissez les destinataires sur plusieurs messages.</translation>
    </message>
    <message>
        <source>Use a mailing list for large groups.</source>
        <translation>Utilisez une liste de diffusion pour les grands groupes.</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <translation>Arguments de commande non valides</translation>
    </message>
    <message>
        <source>The command was understood but its arguments are not acceptable.</source>
        <translation>La commande a été comprise, mais ses arguments ne sont pas acceptables.</translation>
    </message>
    <message>
        <source>Invalid characters in a domain name or address.</source>
        <translation>Des caractères non valides dans un nom de domaine ou une adresse.</translation>
    </message>
    <message>
        <source>A parameter the server does not support.</source>
        <translation>Un paramètre que le serveur ne prend pas en charge.</translation>
    </message>
    <message>
        <source>Check the name or address given with the command.</source>
        <translation>Vérifiez le nom ou l&apos;adresse indiqué avec la commande.</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <translation>Mauvaise version du protocole</translation>
    </message>
    <message>
        <source>The two sides do not speak the same version of the protocol.</source>
        <translation>Les deux parties ne parlent pas la même version du protocole.</translation>
    </message>
    <message>
        <source>A client or server that needs a different protocol version.</source>
        <translation>Un client ou un serveur qui nécessite une autre version du protocole.</translation>
    </message>
    <message>
        <source>Use a standard SMTP client, or ask the administrator which protocol the port speaks.</source>
        <translation>Utilisez un client SMTP standard, ou demandez à l&apos;administrateur quel protocole est utilisé sur ce port.</translation>
    </message>
    <message>
        <source>Sign-in line too long</source>
        <translation>Ligne d&apos;authentification trop longue</translation>
    </message>
    <message>
        <source>A line of the sign-in exchange was longer than the server accepts.</source>
        <translation>Une ligne de l&apos;échange d&apos;authentification dépassait la longueur acceptée par le serveur.</translation>
    </message>
    <message>
        <source>A very long token or password in a single line.</source>
        <translation>Un jeton ou un mot de passe très long sur une seule ligne.</translation>
    </message>
    <message>
        <source>Use a mechanism with shorter lines or the initial-response form the server supports.</source>
        <translation>Utilisez un mécanisme à lignes plus courtes, ou la forme à réponse initiale prise en charge par le serveur.</translation>
    </message>
    <message>
        <source>Media problem</source>
        <translation>Problème de contenu</translation>
    </message>
    <message>
        <source>Something in the message content or format caused a problem, without further detail.</source>
        <translation>Quelque chose dans le contenu ou le format du message a posé problème, sans plus de détail.</translation>
    </message>
    <message>
        <source>Unusual encoding or structure of the message.</source>
        <translation>Un encodage ou une structure de message inhabituel.</translation>
    </message>
    <message>
        <source>Send a simple plain-text test message to see whether the content is the cause.</source>
        <translation>Envoyez un simple message de test en texte brut pour voir si le contenu est en cause.</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <translation>Type de contenu non pris en charge</translation>
    </message>
    <message>
        <source>The message contains a content type the destination does not accept.</source>
        <translation>Le message contient un type de contenu que la destination n&apos;accepte pas.</translation>
    </message>
    <message>
        <source>An attachment type the destination does not accept.</source>
        <translation>Un type de pièce jointe que la destination n&apos;accepte pas.</translation>
    </message>
    <message>
        <source>Send the file in another format or as a link.</source>
        <translation>Envoyez le fichier dans un autre format ou sous forme de lien.</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <translation>Conversion nécessaire mais interdite</translation>
    </message>
    <message>
        <source>The message would need converting for the destination, but the sender forbade conversion.</source>
        <translation>Le message devrait être converti pour la destination, mais l&apos;expéditeur a interdit la conversion.</translation>
    </message>
    <message>
        <source>Content flagged as not to be converted on a path that needs conversion.</source>
        <translation>Un contenu marqué comme non convertible sur un trajet qui nécessite une conversion.</translation>
    </message>
    <message>
        <source>Send the message without the conversion restriction.</source>
        <translation>Envoyez le message sans la restriction de conversion.</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <translation>Conversion nécessaire mais non prise en charge</translation>
    </message>
    <message>
        <source>The message would need converting (for example 8-bit to 7-bit), which the server cannot do.</source>
        <translation>Le message devrait être converti (par exemple de 8 bits en 7 bits), ce que le serveur ne sait pas faire.</translation>
    </message>
    <message>
        <source>8-bit content sent to a server that does not support 8BITMIME.</source>
        <translation>Un contenu 8 bits envoyé à un serveur qui ne prend pas en charge 8BITMIME.</translation>
    </message>
    <message>
        <source>Encode the message with quoted-printable or base64.</source>
        <translation>Encodez le message en quoted-printable ou en base64.</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <translation>Conversion effectuée avec perte</translation>
    </message>
    <message>
        <source>The message was delivered, but had to be converted and some content may be lost.</source>
        <translation>Le message a été distribué, mais il a dû être converti et une partie du contenu a pu être perdue.</translation>
    </message>
    <message>
        <source>The destination could not represent part of the content.</source>
        <translation>La destination n&apos;a pas pu représenter une partie du contenu.</translation>
    </message>
    <message>
        <source>Ask the recipient whether the message looks complete.</source>
        <translation>Demandez au destinataire si le message semble complet.</translation>
    </message>
    <message>
        <source>Conversion failed</source>
        <translation>Échec de la conversion</translation>
    </message>
    <message>
        <source>Converting the message for the destination failed.</source>
        <translation>La conversion du message pour la destination a échoué.</translation>
    </message>
    <message>
        <source>Broken encoding or character set in the message.</source>
        <translation>Un encodage ou un jeu de caractères défectueux dans le message.</translation>
    </message>
    <message>
        <source>Send the message with standard encoding (UTF-8, base64 attachments).</source>
        <translation>Envoyez le message avec un encodage standard (UTF-8, pièces jointes en base64).</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <translation>Contenu du message non disponible</translation>
    </message>
    <message>
        <source>Content that the message refers to could not be fetched.</source>
        <translation>Un contenu auquel le message fait référence n&apos;a pas pu être récupéré.</translation>
    </message>
    <message>
        <source>A referenced part (BURL) is no longer available.</source>
        <translation>Une partie référencée (BURL) n&apos;est plus disponible.</translation>
    </message>
    <message>
        <source>Send the message with its content included.</source>
        <translation>Envoyez le message avec son contenu inclus.</translation>
    </message>
    <message>
        <source>Non-ASCII address not permitted</source>
        <translation>Adresse non ASCII non autorisée</translation>
    </message>
    <message>
        <source>An address with non-ASCII characters cannot be used for this sender or recipient.</source>
        <translation>Une adresse contenant des caractères non ASCII ne peut pas être utilisée pour cet expéditeur ou ce destinataire.</translation>
    </message>
    <message>
        <source>The server or the next hop does not support SMTPUTF8.</source>
        <translation>Le serveur ou l&apos;étape suivante ne prend pas en charge SMTPUTF8.</translation>
    </message>
    <message>
        <source>Use an ASCII alias of the address.</source>
        <translation>Utilisez un alias ASCII de l&apos;adresse.</translation>
    </message>
    <message>
        <source>UTF-8 reply required but not permitted</source>
        <translation>Réponse UTF-8 nécessaire mais non autorisée</translation>
    </message>
    <message>
        <source>The server would need to reply in UTF-8, which the client did not allow.</source>
        <translation>Le serveur devrait répondre en UTF-8, ce que le client n&apos;a pas autorisé.</translation>
    </message>
    <message>
        <source>The client did not announce SMTPUTF8 support.</source>
        <translation>Le client n&apos;a pas annoncé la prise en charge de SMTPUTF8.</translation>
    </message>
    <message>
        <source>Use a client with SMTPUTF8 support, or ASCII addresses.</source>
        <translation>Utilisez un client qui prend en charge SMTPUTF8, ou des adresses ASCII.</translation>
    </message>
    <message>
        <source>UTF-8 header cannot be transferred</source>
        <translation>L&apos;en-tête UTF-8 ne peut pas être transmis</translation>
    </message>
    <message>
        <source>The message has UTF-8 headers that cannot be passed to one of the recipients.</source>
        <translation>Le message a des en-têtes UTF-8 qui ne peuvent pas être transmis à l&apos;un des destinataires.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server does not support SMTPUTF8.</source>
        <translation>Le serveur du destinataire ne prend pas en charge SMTPUTF8.</translation>
    </message>
    <message>
        <source>Send the message with ASCII headers (encoded words).</source>
        <translation>Envoyez le message avec des en-têtes ASCII (mots encodés).</translation>
    </message>
    <message>
        <source>UTF-8 reply required (duplicate entry)</source>
        <translation>Réponse UTF-8 nécessaire (entrée en double)</translation>
    </message>
    <message>
        <source>Registered a second time for the same condition as X.6.8: a UTF-8 reply is needed but the client did not allow it.</source>
        <translation>Enregistré une deuxième fois pour la même situation que X.6.8&#xa0;: une réponse UTF-8 est nécessaire, mais le client ne l&apos;a pas autorisée.</translation>
    </message>
    <message>
        <source>Treat it like X.6.8: use SMTPUTF8 or ASCII addresses.</source>
        <translation>Traitez-le comme X.6.8&#xa0;: utilisez SMTPUTF8 ou des adresses ASCII.</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>Problème inattendu</translation>
    </message>
    <message>
        <source>Something went wrong that the catalogue does not describe yet.</source>
        <translation>Un problème que le catalogue ne décrit pas encore s&apos;est produit.</translation>
    </message>
    <message>
        <source>An unusual condition in the network or on the server.</source>
        <translation>Une situation inhabituelle sur le réseau ou sur le serveur.</translation>
    </message>
    <message>
        <source>Read the details and the transcript, then repeat the test.</source>
        <translation>Lisez les détails et la transcription, puis relancez le test.</translation>
    </message>
    <message>
        <source>The server expected a TLS handshake but did not get one, or the reverse.</source>
        <translation>Le serveur attendait une négociation TLS mais ne l&apos;a pas reçue, ou l&apos;inverse.</translation>
    </message>
    <message>
        <source>A TLS port (465) spoken to in plain text: the server waits for a TLS handshake.</source>
        <translation>Un port TLS (465) utilisé en texte clair&#xa0;: le serveur attend une négociation TLS.</translation>
    </message>
    <message>
        <source>For port 465 choose implicit TLS (&quot;TLS from the start&quot;).</source>
        <translation>Pour le port 465, choisissez TLS implicite (&quot;TLS dès le départ&quot;).</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Problème de certificat</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>Le certificat du serveur n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>The certificate or its chain has a problem the TLS library reported.</source>
        <translation>Le certificat ou sa chaîne présente un problème signalé par la bibliothèque TLS.</translation>
    </message>
    <message>
        <source>Open the certificate details and compare them with what you expect.</source>
        <translation>Ouvrez les détails du certificat et comparez-les à ce que vous attendez.</translation>
    </message>
    <message>
        <source>Domain does not exist</source>
        <translation>Le domaine n&apos;existe pas</translation>
    </message>
    <message>
        <source>The DNS says this domain does not exist (NXDOMAIN).</source>
        <translation>Le DNS indique que ce domaine n&apos;existe pas (NXDOMAIN).</translation>
    </message>
    <message>
        <source>The domain expired or was never registered.</source>
        <translation>Le domaine a expiré ou n&apos;a jamais été enregistré.</translation>
    </message>
    <message>
        <source>Check the spelling of the domain after the @.</source>
        <translation>Vérifiez l&apos;orthographe du domaine après le @.</translation>
    </message>
    <message>
        <source>Look the domain up with a public DNS service to confirm.</source>
        <translation>Recherchez le domaine avec un service DNS public pour confirmer.</translation>
    </message>
    <message>
        <source>DNS server did not answer</source>
        <translation>Le serveur DNS n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>The DNS server gave no usable answer in time.</source>
        <translation>Le serveur DNS n&apos;a pas donné de réponse exploitable à temps.</translation>
    </message>
    <message>
        <source>The DNS server is unreachable or overloaded.</source>
        <translation>Le serveur DNS est injoignable ou surchargé.</translation>
    </message>
    <message>
        <source>The domain&apos;s own name servers are down.</source>
        <translation>Les serveurs de noms du domaine sont en panne.</translation>
    </message>
    <message>
        <source>A firewall blocks DNS (port 53).</source>
        <translation>Un pare-feu bloque le DNS (port 53).</translation>
    </message>
    <message>
        <source>Try again, or choose another DNS server in the connection settings.</source>
        <translation>Réessayez, ou choisissez un autre serveur DNS dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>Check that this computer can resolve other names.</source>
        <translation>Vérifiez que cet ordinateur peut résoudre d&apos;autres noms.</translation>
    </message>
    <message>
        <source>DNS lookup failed</source>
        <translation>Échec de la recherche DNS</translation>
    </message>
    <message>
        <source>The DNS server reported a failure (SERVFAIL or REFUSED) instead of an answer.</source>
        <translation>Le serveur DNS a signalé un échec (SERVFAIL ou REFUSED) au lieu d&apos;une réponse.</translation>
    </message>
    <message>
        <source>The domain&apos;s name servers are broken or its DNSSEC signatures are invalid.</source>
        <translation>Les serveurs de noms du domaine sont défaillants, ou ses signatures DNSSEC ne sont pas valides.</translation>
    </message>
    <message>
        <source>The DNS server refuses queries from this computer.</source>
        <translation>Le serveur DNS refuse les requêtes de cet ordinateur.</translation>
    </message>
    <message>
        <source>Try another DNS server.</source>
        <translation>Essayez un autre serveur DNS.</translation>
    </message>
    <message>
        <source>Ask the domain owner to check their DNS (and DNSSEC).</source>
        <translation>Demandez au propriétaire du domaine de vérifier son DNS (et DNSSEC).</translation>
    </message>
    <message>
        <source>Host name has no address</source>
        <translation>Le nom d&apos;hôte n&apos;a pas d&apos;adresse</translation>
    </message>
    <message>
        <source>The server name exists but has no IPv4 or IPv6 address in DNS.</source>
        <translation>Le nom du serveur existe, mais n&apos;a pas d&apos;adresse IPv4 ni IPv6 dans le DNS.</translation>
    </message>
    <message>
        <source>A missing A or AAAA record.</source>
        <translation>Un enregistrement A ou AAAA manquant.</translation>
    </message>
    <message>
        <source>A typo in the server name.</source>
        <translation>Une faute de frappe dans le nom du serveur.</translation>
    </message>
    <message>
        <source>Check the host name; ask the DNS owner to add its A/AAAA record.</source>
        <translation>Vérifiez le nom d&apos;hôte&#xa0;; demandez au propriétaire du DNS d&apos;ajouter son enregistrement A/AAAA.</translation>
    </message>
    <message>
        <source>Domain accepts no mail (null MX)</source>
        <translation>Le domaine n&apos;accepte aucun courrier (MX nul)</translation>
    </message>
    <message>
        <source>The domain publishes &quot;MX 0 .&quot; to say it never receives mail.</source>
        <translation>Le domaine publie &quot;MX 0 .&quot; pour indiquer qu&apos;il ne reçoit jamais de courrier.</translation>
    </message>
    <message>
        <source>The domain is used only for a website or for sending.</source>
        <translation>Le domaine sert uniquement à un site web ou à l&apos;envoi.</translation>
    </message>
    <message>
        <source>The address uses the wrong domain.</source>
        <translation>L&apos;adresse utilise le mauvais domaine.</translation>
    </message>
    <message>
        <source>MX points at a name without address</source>
        <translation>Le MX pointe vers un nom sans adresse</translation>
    </message>
    <message>
        <source>The domain&apos;s MX record names a mail server that has no address in DNS.</source>
        <translation>L&apos;enregistrement MX du domaine désigne un serveur de messagerie qui n&apos;a pas d&apos;adresse dans le DNS.</translation>
    </message>
    <message>
        <source>The mail server was renamed or removed but the MX was not updated.</source>
        <translation>Le serveur de messagerie a été renommé ou supprimé, mais le MX n&apos;a pas été mis à jour.</translation>
    </message>
    <message>
        <source>A typo in the MX record.</source>
        <translation>Une faute de frappe dans l&apos;enregistrement MX.</translation>
    </message>
    <message>
        <source>Ask the domain owner to fix the MX record or add the server&apos;s A/AAAA record.</source>
        <translation>Demandez au propriétaire du domaine de corriger l&apos;enregistrement MX ou d&apos;ajouter l&apos;enregistrement A/AAAA du serveur.</translation>
    </message>
    <message>
        <source>No address of the chosen IP family</source>
        <translation>Aucune adresse de la famille IP choisie</translation>
    </message>
    <message>
        <source>The mail servers have addresses, but none of the IP version selected (IPv4 or IPv6).</source>
        <translation>Les serveurs de messagerie ont des adresses, mais aucune de la version IP choisie (IPv4 ou IPv6).</translation>
    </message>
    <message>
        <source>Only IPv6 addresses while IPv4 was asked for, or the reverse.</source>
        <translation>Uniquement des adresses IPv6 alors qu&apos;IPv4 était demandé, ou l&apos;inverse.</translation>
    </message>
    <message>
        <source>Allow both IPv4 and IPv6 in the connection settings.</source>
        <translation>Autorisez IPv4 et IPv6 dans les paramètres de connexion.</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>The destination answered that nothing accepts connections on this port.</source>
        <translation>La destination a répondu que rien n&apos;accepte de connexions sur ce port.</translation>
    </message>
    <message>
        <source>The SMTP service on the destination is down or not listening on this port.</source>
        <translation>Le service SMTP de la destination est arrêté ou n&apos;écoute pas sur ce port.</translation>
    </message>
    <message>
        <source>A firewall at the destination blocks the connection.</source>
        <translation>Un pare-feu côté destination bloque la connexion.</translation>
    </message>
    <message>
        <source>A firewall at the source (your network, ISP or cloud provider) blocks outgoing connections to this port; outbound port 25 is often blocked.</source>
        <translation>Un pare-feu côté source (votre réseau, FAI ou fournisseur cloud) bloque les connexions sortantes vers ce port&#xa0;; le port 25 sortant est souvent bloqué.</translation>
    </message>
    <message>
        <source>The FQDN or IP address of the destination server is wrong.</source>
        <translation>Le FQDN ou l&apos;adresse IP du serveur de destination est erroné.</translation>
    </message>
    <message>
        <source>The port number is wrong (25 for server-to-server, 587 or 465 for submission).</source>
        <translation>Le numéro de port est erroné (25 entre serveurs, 587 ou 465 pour la soumission).</translation>
    </message>
    <message>
        <source>Check the host name or IP address and the port.</source>
        <translation>Vérifiez le nom d&apos;hôte ou l&apos;adresse IP, et le port.</translation>
    </message>
    <message>
        <source>Test from another network to rule out a local firewall.</source>
        <translation>Testez depuis un autre réseau pour écarter un pare-feu local.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator whether the mail service runs.</source>
        <translation>Demandez à l&apos;administrateur du serveur si le service de messagerie fonctionne.</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Délai de connexion dépassé</translation>
    </message>
    <message>
        <source>No answer came to the connection attempt; packets were dropped silently.</source>
        <translation>Aucune réponse n&apos;est parvenue à la tentative de connexion&#xa0;; les paquets ont été ignorés sans avertissement.</translation>
    </message>
    <message>
        <source>A firewall at the source (your network, ISP or cloud provider) blocks outbound port 25; most ISPs and cloud providers do.</source>
        <translation>Un pare-feu côté source (votre réseau, FAI ou fournisseur cloud) bloque le port 25 sortant&#xa0;; c&apos;est le cas de la plupart des FAI et fournisseurs cloud.</translation>
    </message>
    <message>
        <source>Test port 587 or 465, or from another network, to see whether port 25 is blocked locally.</source>
        <translation>Testez le port 587 ou 465, ou depuis un autre réseau, pour voir si le port 25 est bloqué localement.</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Hôte injoignable</translation>
    </message>
    <message>
        <source>The network reports that the destination host cannot be reached.</source>
        <translation>Le réseau indique que l&apos;hôte de destination ne peut pas être atteint.</translation>
    </message>
    <message>
        <source>The host is down or the address is wrong.</source>
        <translation>L&apos;hôte est en panne ou l&apos;adresse est erronée.</translation>
    </message>
    <message>
        <source>A router or firewall on the way rejects the traffic.</source>
        <translation>Un routeur ou un pare-feu sur le trajet rejette le trafic.</translation>
    </message>
    <message>
        <source>Check the address; test the route (ping or traceroute) from this computer.</source>
        <translation>Vérifiez l&apos;adresse&#xa0;; testez la route (ping ou traceroute) depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>Network unreachable</source>
        <translation>Réseau injoignable</translation>
    </message>
    <message>
        <source>This computer has no route to the destination network.</source>
        <translation>Cet ordinateur n&apos;a pas de route vers le réseau de destination.</translation>
    </message>
    <message>
        <source>No internet connection, or no IPv6 connectivity for an IPv6 address.</source>
        <translation>Pas de connexion Internet, ou pas de connectivité IPv6 pour une adresse IPv6.</translation>
    </message>
    <message>
        <source>A VPN or proxy changes the routes.</source>
        <translation>Un VPN ou un proxy modifie les routes.</translation>
    </message>
    <message>
        <source>Check the network connection; try IPv4 only.</source>
        <translation>Vérifiez la connexion réseau&#xa0;; essayez IPv4 uniquement.</translation>
    </message>
    <message>
        <source>Connection reset</source>
        <translation>Connexion réinitialisée</translation>
    </message>
    <message>
        <source>The connection was cut off abruptly with a TCP reset (RST) by the server or a device on the way, not closed in order; whatever was still on its way was lost.</source>
        <translation>La connexion a été coupée brutalement par une réinitialisation TCP (RST) du serveur ou d&apos;un équipement sur le trajet, au lieu d&apos;être fermée proprement&#xa0;; ce qui était encore en transit a été perdu.</translation>
    </message>
    <message>
        <source>A firewall or intrusion-prevention system dropped the session.</source>
        <translation>Un pare-feu ou un système de prévention d&apos;intrusion a coupé la session.</translation>
    </message>
    <message>
        <source>The server crashed, or its software gave up on the client without reading what it had sent.</source>
        <translation>Le serveur a planté, ou son logiciel a abandonné le client sans lire ce qu&apos;il avait envoyé.</translation>
    </message>
    <message>
        <source>A filter in front of the server refuses the message (right after DATA: often its size or content).</source>
        <translation>Un filtre placé devant le serveur refuse le message (juste après DATA&#xa0;: souvent à cause de sa taille ou de son contenu).</translation>
    </message>
    <message>
        <source>Retry; if it repeats at the same step, test from another network.</source>
        <translation>Réessayez&#xa0;; si cela se répète à la même étape, testez depuis un autre réseau.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator what its logs say for this time and address.</source>
        <translation>Demandez à l&apos;administrateur du serveur ce que disent ses journaux pour cette heure et cette adresse.</translation>
    </message>
    <message>
        <source>Server closed the connection</source>
        <translation>Le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>The server hung up without sending a reply.</source>
        <translation>Le serveur a raccroché sans envoyer de réponse.</translation>
    </message>
    <message>
        <source>The server refuses this client silently (blocklist, connection limit).</source>
        <translation>Le serveur refuse ce client sans rien dire (liste de blocage, limite de connexions).</translation>
    </message>
    <message>
        <source>The server crashed or restarted.</source>
        <translation>Le serveur a planté ou redémarré.</translation>
    </message>
    <message>
        <source>Retry later; check whether your IP is blocklisted.</source>
        <translation>Réessayez plus tard&#xa0;; vérifiez si votre IP est sur une liste de blocage.</translation>
    </message>
    <message>
        <source>Connected, but no greeting</source>
        <translation>Connecté, mais pas de bannière d&apos;accueil</translation>
    </message>
    <message>
        <source>The connection opened but the server never sent its 220 greeting.</source>
        <translation>La connexion s&apos;est ouverte, mais le serveur n&apos;a jamais envoyé sa bannière 220.</translation>
    </message>
    <message>
        <source>The server delays the greeting on purpose (tarpitting) or is overloaded.</source>
        <translation>Le serveur retarde volontairement la bannière (tarpitting) ou est surchargé.</translation>
    </message>
    <message>
        <source>A firewall or proxy in between accepts the connection but does not pass it on.</source>
        <translation>Un pare-feu ou un proxy intermédiaire accepte la connexion mais ne la transmet pas.</translation>
    </message>
    <message>
        <source>Allow longer waiting times (&quot;Patient&quot; on the Connection page, or --timeout for smtp-wizard-cli) and retry.</source>
        <translation>Autorisez des temps d&apos;attente plus longs (&quot;Patients&quot; sur la page Connexion, ou --timeout pour smtp-wizard-cli) et réessayez.</translation>
    </message>
    <message>
        <source>Test from another network to rule out a firewall or proxy in between.</source>
        <translation>Testez depuis un autre réseau pour écarter un pare-feu ou un proxy intermédiaire.</translation>
    </message>
    <message>
        <source>No reply in time</source>
        <translation>Pas de réponse à temps</translation>
    </message>
    <message>
        <source>The server did not answer the command within the time limit.</source>
        <translation>Le serveur n&apos;a pas répondu à la commande dans le délai imparti.</translation>
    </message>
    <message>
        <source>The server is overloaded or slow checks run (DNS, filters).</source>
        <translation>Le serveur est surchargé, ou des vérifications lentes sont en cours (DNS, filtres).</translation>
    </message>
    <message>
        <source>The connection stalled.</source>
        <translation>La connexion s&apos;est bloquée.</translation>
    </message>
    <message>
        <source>Not an SMTP reply</source>
        <translation>Pas une réponse SMTP</translation>
    </message>
    <message>
        <source>The server sent something that is not a valid SMTP reply.</source>
        <translation>Le serveur a envoyé quelque chose qui n&apos;est pas une réponse SMTP valide.</translation>
    </message>
    <message>
        <source>The port runs another service (HTTP, POP3, IMAP).</source>
        <translation>Le port héberge un autre service (HTTP, POP3, IMAP).</translation>
    </message>
    <message>
        <source>A proxy or antivirus intercepts the connection.</source>
        <translation>Un proxy ou un antivirus intercepte la connexion.</translation>
    </message>
    <message>
        <source>Check the port; 25, 587 and 465 are the SMTP ports.</source>
        <translation>Vérifiez le port&#xa0;; 25, 587 et 465 sont les ports SMTP.</translation>
    </message>
    <message>
        <source>Reply nobody asked for</source>
        <translation>Réponse non sollicitée</translation>
    </message>
    <message>
        <source>The server sent this reply before SMTP Wizard sent the command it would answer, so it answers nothing; a server without PIPELINING must wait for each command.</source>
        <translation>Le serveur a envoyé cette réponse avant que SMTP Wizard n&apos;envoie la commande à laquelle elle répondrait&#xa0;; elle ne répond donc à rien. Un serveur sans PIPELINING doit attendre chaque commande.</translation>
    </message>
    <message>
        <source>An &quot;early talker&quot;: software that does not wait for its turn, often a spam engine or a broken proxy in front of the server.</source>
        <translation>Un &quot;early talker&quot;&#xa0;: un logiciel qui n&apos;attend pas son tour, souvent un moteur de spam ou un proxy défectueux placé devant le serveur.</translation>
    </message>
    <message>
        <source>A server or filter that sends one reply too many.</source>
        <translation>Un serveur ou un filtre qui envoie une réponse de trop.</translation>
    </message>
    <message>
        <source>Tell the server&apos;s administrator, with this transcript: real mail servers refuse to talk to such a server too.</source>
        <translation>Prévenez l&apos;administrateur du serveur, avec cette transcription&#xa0;: les vrais serveurs de messagerie refusent eux aussi de dialoguer avec un tel serveur.</translation>
    </message>
    <message>
        <source>Reply too long</source>
        <translation>Réponse trop longue</translation>
    </message>
    <message>
        <source>The server sent a line or a reply beyond any sane limit; the test stopped reading.</source>
        <translation>Le serveur a envoyé une ligne ou une réponse dépassant toute limite raisonnable&#xa0;; le test a cessé de lire.</translation>
    </message>
    <message>
        <source>The port runs another service that floods data.</source>
        <translation>Le port héberge un autre service qui envoie un flot de données.</translation>
    </message>
    <message>
        <source>A broken server.</source>
        <translation>Un serveur défectueux.</translation>
    </message>
    <message>
        <source>Check the host and port.</source>
        <translation>Vérifiez l&apos;hôte et le port.</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>Échec de la négociation TLS</translation>
    </message>
    <message>
        <source>The encrypted connection could not be set up.</source>
        <translation>La connexion chiffrée n&apos;a pas pu être établie.</translation>
    </message>
    <message>
        <source>No common TLS version or cipher (an old server, or a strict client).</source>
        <translation>Aucune version TLS ni suite de chiffrement commune (un serveur ancien, ou un client strict).</translation>
    </message>
    <message>
        <source>The server&apos;s TLS setup is broken.</source>
        <translation>La configuration TLS du serveur est défectueuse.</translation>
    </message>
    <message>
        <source>Something in between interferes with TLS.</source>
        <translation>Un équipement intermédiaire perturbe TLS.</translation>
    </message>
    <message>
        <source>Check the TLS versions the server supports.</source>
        <translation>Vérifiez les versions TLS prises en charge par le serveur.</translation>
    </message>
    <message>
        <source>Tell the administrator the error details.</source>
        <translation>Transmettez les détails de l&apos;erreur à l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>Self-signed, expired, or issued for another name.</source>
        <translation>Auto-signé, expiré ou émis pour un autre nom.</translation>
    </message>
    <message>
        <source>An intermediate certificate is missing.</source>
        <translation>Un certificat intermédiaire manque.</translation>
    </message>
    <message>
        <source>Open &quot;View certificate&quot; to see who issued it, for which names and until when; ask the administrator to install a valid certificate with the full chain.</source>
        <translation>Ouvrez &quot;Afficher le certificat&quot; pour voir qui l&apos;a émis, pour quels noms et jusqu&apos;à quand&#xa0;; demandez à l&apos;administrateur d&apos;installer un certificat valide avec la chaîne complète.</translation>
    </message>
    <message>
        <source>If your company runs its own certificate authority, give its file as the extra trusted CA on the Connection page (--ca-file for smtp-wizard-cli).</source>
        <translation>Si votre entreprise gère sa propre autorité de certification, indiquez son fichier comme AC de confiance supplémentaire sur la page Connexion (--ca-file pour smtp-wizard-cli).</translation>
    </message>
    <message>
        <source>To test the rest of the conversation anyway, tick &quot;Continue despite certificate problems&quot; on the Connection page (--tls-insecure); the problem stays in the report.</source>
        <translation>Pour tester malgré tout la suite de la conversation, cochez &quot;Continuer malgré les problèmes de certificat&quot; sur la page Connexion (--tls-insecure)&#xa0;; le problème reste indiqué dans le rapport.</translation>
    </message>
    <message>
        <source>STARTTLS not offered</source>
        <translation>STARTTLS non proposé</translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS, so the session cannot be encrypted.</source>
        <translation>Le serveur n&apos;a pas proposé STARTTLS&#xa0;; la session ne peut donc pas être chiffrée.</translation>
    </message>
    <message>
        <source>The server has no TLS set up.</source>
        <translation>Le serveur n&apos;a pas de TLS configuré.</translation>
    </message>
    <message>
        <source>Something between you and the server removed STARTTLS from the reply (a downgrade attack or a &quot;security&quot; appliance).</source>
        <translation>Un équipement entre vous et le serveur a retiré STARTTLS de la réponse (une attaque par rétrogradation ou un boîtier de &quot;sécurité&quot;).</translation>
    </message>
    <message>
        <source>Ask the administrator to enable STARTTLS.</source>
        <translation>Demandez à l&apos;administrateur d&apos;activer STARTTLS.</translation>
    </message>
    <message>
        <source>Test from another network: if STARTTLS is offered there, something on this network removes it (a possible downgrade attack), and mail sent this way is not protected.</source>
        <translation>Testez depuis un autre réseau&#xa0;: si STARTTLS y est proposé, quelque chose sur ce réseau le retire (attaque par rétrogradation possible), et le courrier envoyé ainsi n&apos;est pas protégé.</translation>
    </message>
    <message>
        <source>STARTTLS refused</source>
        <translation>STARTTLS refusé</translation>
    </message>
    <message>
        <source>The server offered STARTTLS but refused it when asked.</source>
        <translation>Le serveur a proposé STARTTLS, mais l&apos;a refusé quand il a été demandé.</translation>
    </message>
    <message>
        <source>A TLS problem on the server (missing certificate or key).</source>
        <translation>Un problème TLS sur le serveur (certificat ou clé manquant).</translation>
    </message>
    <message>
        <source>Tell the administrator; look at the server&apos;s reply text.</source>
        <translation>Prévenez l&apos;administrateur&#xa0;; consultez le texte de la réponse du serveur.</translation>
    </message>
    <message>
        <source>Sign-in not offered</source>
        <translation>Authentification non proposée</translation>
    </message>
    <message>
        <source>The server did not offer AUTH, so the test cannot sign in.</source>
        <translation>Le serveur n&apos;a pas proposé AUTH&#xa0;; le test ne peut donc pas s&apos;authentifier.</translation>
    </message>
    <message>
        <source>Many servers offer AUTH only after STARTTLS.</source>
        <translation>Beaucoup de serveurs ne proposent AUTH qu&apos;après STARTTLS.</translation>
    </message>
    <message>
        <source>Port 25 of a receiving server usually has no sign-in; submission is on 587 or 465.</source>
        <translation>Le port 25 d&apos;un serveur de réception n&apos;a généralement pas d&apos;authentification&#xa0;; la soumission se fait sur 587 ou 465.</translation>
    </message>
    <message>
        <source>Use STARTTLS or port 587/465.</source>
        <translation>Utilisez STARTTLS ou le port 587/465.</translation>
    </message>
    <message>
        <source>Check that the account may send through this server.</source>
        <translation>Vérifiez que le compte a le droit d&apos;envoyer par ce serveur.</translation>
    </message>
    <message>
        <source>No common sign-in mechanism</source>
        <translation>Aucun mécanisme d&apos;authentification commun</translation>
    </message>
    <message>
        <source>The server does not offer the sign-in mechanism chosen for this test.</source>
        <translation>Le serveur ne propose pas le mécanisme d&apos;authentification choisi pour ce test.</translation>
    </message>
    <message>
        <source>The server only offers OAuth 2.0 (XOAUTH2, OAUTHBEARER) while a password was chosen, or the reverse.</source>
        <translation>Le serveur ne propose qu&apos;OAuth 2.0 (XOAUTH2, OAUTHBEARER) alors qu&apos;un mot de passe a été choisi, ou l&apos;inverse.</translation>
    </message>
    <message>
        <source>An old server offers only CRAM-MD5, or a mechanism this test does not speak.</source>
        <translation>Un ancien serveur ne propose que CRAM-MD5, ou un mécanisme que ce test ne connaît pas.</translation>
    </message>
    <message>
        <source>Choose a mechanism from the list the server offers (in its EHLO reply, after AUTH).</source>
        <translation>Choisissez un mécanisme dans la liste proposée par le serveur (dans sa réponse à EHLO, après AUTH).</translation>
    </message>
    <message>
        <source>For OAuth 2.0, sign in with an access token (XOAUTH2 or OAUTHBEARER) in this tool.</source>
        <translation>Pour OAuth 2.0, authentifiez-vous avec un jeton d&apos;accès (XOAUTH2 ou OAUTHBEARER) dans cet outil.</translation>
    </message>
    <message>
        <source>Password not sent without encryption</source>
        <translation>Mot de passe non envoyé sans chiffrement</translation>
    </message>
    <message>
        <source>The test refused to send a password over an unencrypted connection.</source>
        <translation>Le test a refusé d&apos;envoyer un mot de passe sur une connexion non chiffrée.</translation>
    </message>
    <message>
        <source>STARTTLS was not used or not offered.</source>
        <translation>STARTTLS n&apos;a pas été utilisé ou n&apos;était pas proposé.</translation>
    </message>
    <message>
        <source>Use STARTTLS or implicit TLS; only allow plaintext sign-in for lab tests.</source>
        <translation>Utilisez STARTTLS ou TLS implicite&#xa0;; n&apos;autorisez l&apos;authentification en clair que pour des tests en laboratoire.</translation>
    </message>
    <message>
        <source>Access token refused</source>
        <translation>Jeton d&apos;accès refusé</translation>
    </message>
    <message>
        <source>The server answered the OAuth 2.0 sign-in with an error document instead of accepting the token: the token is not valid for this user here.</source>
        <translation>Le serveur a répondu à l&apos;authentification OAuth 2.0 par un document d&apos;erreur au lieu d&apos;accepter le jeton&#xa0;: le jeton n&apos;est pas valide ici pour cet utilisateur.</translation>
    </message>
    <message>
        <source>The token has expired: access tokens usually live for an hour.</source>
        <translation>Le jeton a expiré&#xa0;: les jetons d&apos;accès sont généralement valables une heure.</translation>
    </message>
    <message>
        <source>The token was issued for another user than the one given for the sign-in.</source>
        <translation>Le jeton a été émis pour un autre utilisateur que celui indiqué pour l&apos;authentification.</translation>
    </message>
    <message>
        <source>The token is incomplete (copied with a part missing) or is a refresh token, not an access token.</source>
        <translation>Le jeton est incomplet (copié avec une partie manquante), ou c&apos;est un jeton d&apos;actualisation et non un jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>Get a fresh access token from the identity provider and paste it again.</source>
        <translation>Obtenez un nouveau jeton d&apos;accès auprès du fournisseur d&apos;identité et collez-le à nouveau.</translation>
    </message>
    <message>
        <source>Sign in with the mailbox the token belongs to (its full e-mail address).</source>
        <translation>Authentifiez-vous avec la boîte aux lettres à laquelle appartient le jeton (son adresse e-mail complète).</translation>
    </message>
    <message>
        <source>The &quot;scope&quot; in the server&apos;s error says what permission the token must carry.</source>
        <translation>Le &quot;scope&quot; dans l&apos;erreur du serveur indique quelle autorisation le jeton doit porter.</translation>
    </message>
    <message>
        <source>Access token lacks permission to send mail</source>
        <translation>Le jeton d&apos;accès n&apos;a pas l&apos;autorisation d&apos;envoyer du courrier</translation>
    </message>
    <message>
        <source>The server accepted that the token is genuine but it was not issued with the permission (scope) to send mail over SMTP.</source>
        <translation>Le serveur a reconnu le jeton comme authentique, mais il n&apos;a pas été émis avec l&apos;autorisation (scope) d&apos;envoyer du courrier par SMTP.</translation>
    </message>
    <message>
        <source>The application asked for the wrong scope: Microsoft 365 needs https://outlook.office.com/SMTP.Send, Gmail https://mail.google.com/.</source>
        <translation>L&apos;application a demandé le mauvais scope&#xa0;: Microsoft 365 nécessite https://outlook.office.com/SMTP.Send, Gmail https://mail.google.com/.</translation>
    </message>
    <message>
        <source>An administrator has not granted consent for SMTP sending to the application.</source>
        <translation>Un administrateur n&apos;a pas donné son consentement à l&apos;envoi SMTP pour l&apos;application.</translation>
    </message>
    <message>
        <source>Request a new token with the scope the server names in its error.</source>
        <translation>Demandez un nouveau jeton avec le scope indiqué par le serveur dans son erreur.</translation>
    </message>
    <message>
        <source>Ask the administrator to grant the application SMTP sending (and, for Microsoft 365, to enable SMTP AUTH for the mailbox).</source>
        <translation>Demandez à l&apos;administrateur d&apos;autoriser l&apos;envoi SMTP pour l&apos;application (et, pour Microsoft 365, d&apos;activer SMTP AUTH pour la boîte aux lettres).</translation>
    </message>
    <message>
        <source>Message larger than the server allows</source>
        <translation>Message plus volumineux que ce que le serveur autorise</translation>
    </message>
    <message>
        <source>The message is bigger than the SIZE limit the server advertised.</source>
        <translation>Le message dépasse la limite SIZE annoncée par le serveur.</translation>
    </message>
    <message>
        <source>Large attachments or body.</source>
        <translation>Des pièces jointes ou un corps volumineux.</translation>
    </message>
    <message>
        <source>Send a smaller message, or large files as links.</source>
        <translation>Envoyez un message plus petit, ou les gros fichiers sous forme de liens.</translation>
    </message>
    <message>
        <source>Delivery notifications not supported</source>
        <translation>Notifications de remise non prises en charge</translation>
    </message>
    <message>
        <source>The server does not offer DSN, so NOTIFY, RET and ENVID were not sent.</source>
        <translation>Le serveur ne propose pas DSN&#xa0;; NOTIFY, RET et ENVID n&apos;ont donc pas été envoyés.</translation>
    </message>
    <message>
        <source>The server does not support delivery status notifications.</source>
        <translation>Le serveur ne prend pas en charge les notifications d&apos;état de remise.</translation>
    </message>
    <message>
        <source>Ask the recipient to confirm delivery instead.</source>
        <translation>Demandez plutôt au destinataire de confirmer la réception.</translation>
    </message>
    <message>
        <source>8-bit content not announced</source>
        <translation>Contenu 8 bits non annoncé</translation>
    </message>
    <message>
        <source>The server does not offer 8BITMIME; 8-bit text may be changed on the way.</source>
        <translation>Le serveur ne propose pas 8BITMIME&#xa0;; un texte 8 bits peut être modifié en chemin.</translation>
    </message>
    <message>
        <source>An older or minimal server.</source>
        <translation>Un serveur ancien ou minimal.</translation>
    </message>
    <message>
        <source>Send the message with quoted-printable or base64 encoding.</source>
        <translation>Envoyez le message en encodage quoted-printable ou base64.</translation>
    </message>
    <message>
        <source>International addresses not supported</source>
        <translation>Adresses internationales non prises en charge</translation>
    </message>
    <message>
        <source>The server does not offer SMTPUTF8, so addresses with non-ASCII characters cannot be used.</source>
        <translation>Le serveur ne propose pas SMTPUTF8&#xa0;; les adresses contenant des caractères non ASCII ne peuvent donc pas être utilisées.</translation>
    </message>
    <message>
        <source>The server lacks SMTPUTF8 support.</source>
        <translation>Le serveur ne prend pas en charge SMTPUTF8.</translation>
    </message>
    <message>
        <source>Use an ASCII address.</source>
        <translation>Utilisez une adresse ASCII.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The test was stopped before it finished.</source>
        <translation>Le test a été arrêté avant la fin.</translation>
    </message>
    <message>
        <source>Someone pressed Stop or interrupted the program.</source>
        <translation>Quelqu&apos;un a cliqué sur Arrêter ou a interrompu le programme.</translation>
    </message>
    <message>
        <source>Run the test again when ready.</source>
        <translation>Relancez le test quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Sender not authenticated (Yahoo)</source>
        <translation>Expéditeur non authentifié (Yahoo)</translation>
    </message>
    <message>
        <source>Yahoo requires SPF or DKIM to pass for the sender&apos;s domain.</source>
        <translation>Yahoo exige que SPF ou DKIM passe pour le domaine de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passes for the domain.</source>
        <translation>Ni SPF ni DKIM ne passe pour le domaine.</translation>
    </message>
    <message>
        <source>Set up SPF and DKIM for the sending domain.</source>
        <translation>Configurez SPF et DKIM pour le domaine d&apos;envoi.</translation>
    </message>
    <message>
        <source>Sender not authenticated (Gmail)</source>
        <translation>Expéditeur non authentifié (Gmail)</translation>
    </message>
    <message>
        <source>Gmail refused the message because the sender&apos;s domain does not pass SPF or DKIM, or fails its DMARC policy.</source>
        <translation>Gmail a refusé le message parce que le domaine de l&apos;expéditeur ne passe ni SPF ni DKIM, ou échoue à sa politique DMARC.</translation>
    </message>
    <message>
        <source>The sending server is missing from the domain&apos;s SPF record.</source>
        <translation>Le serveur d&apos;envoi est absent de l&apos;enregistrement SPF du domaine.</translation>
    </message>
    <message>
        <source>No DKIM signature, or one for another domain.</source>
        <translation>Pas de signature DKIM, ou une signature pour un autre domaine.</translation>
    </message>
    <message>
        <source>DMARC says reject and neither check aligns with the From: domain.</source>
        <translation>DMARC indique reject et aucune des vérifications n&apos;est alignée sur le domaine From:.</translation>
    </message>
    <message>
        <source>Check the domain&apos;s DMARC record and reports.</source>
        <translation>Vérifiez l&apos;enregistrement DMARC et les rapports du domaine.</translation>
    </message>
    <message>
        <source>The receiver checked the sender domain&apos;s SPF record and the sending IP is not authorised by it.</source>
        <translation>Le destinataire a vérifié l&apos;enregistrement SPF du domaine de l&apos;expéditeur, et l&apos;IP d&apos;envoi n&apos;y est pas autorisée.</translation>
    </message>
    <message>
        <source>Mail is sent through a server or service not listed in SPF.</source>
        <translation>Le courrier est envoyé par un serveur ou un service non listé dans SPF.</translation>
    </message>
    <message>
        <source>Add the sending IP or service (include:) to the SPF record.</source>
        <translation>Ajoutez l&apos;IP ou le service d&apos;envoi (include:) à l&apos;enregistrement SPF.</translation>
    </message>
    <message>
        <source>IP not allowed to send directly (Gmail)</source>
        <translation>IP non autorisée à envoyer directement (Gmail)</translation>
    </message>
    <message>
        <source>Gmail does not accept mail sent directly from this IP address, typically a home or dynamic address.</source>
        <translation>Gmail n&apos;accepte pas le courrier envoyé directement depuis cette adresse IP, en général une adresse résidentielle ou dynamique.</translation>
    </message>
    <message>
        <source>The IP is in a residential or dynamic range.</source>
        <translation>L&apos;IP appartient à une plage résidentielle ou dynamique.</translation>
    </message>
    <message>
        <source>The IP has a poor reputation.</source>
        <translation>L&apos;IP a une mauvaise réputation.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s SMTP relay.</source>
        <translation>Envoyez par le relais SMTP de votre fournisseur.</translation>
    </message>
    <message>
        <source>IP blocked for suspected spam (Gmail)</source>
        <translation>IP bloquée pour suspicion de spam (Gmail)</translation>
    </message>
    <message>
        <source>Gmail saw an unusual rate of unsolicited mail from this IP address and now refuses mail from it.</source>
        <translation>Gmail a constaté un taux inhabituel de courrier non sollicité venant de cette adresse IP et refuse désormais son courrier.</translation>
    </message>
    <message>
        <source>The IP sent a lot of mail that Gmail users did not want, or a compromised account sent spam through it.</source>
        <translation>L&apos;IP a envoyé beaucoup de courrier dont les utilisateurs Gmail ne voulaient pas, ou un compte compromis a envoyé du spam par son intermédiaire.</translation>
    </message>
    <message>
        <source>Find and stop the source of the unwanted mail, then follow Gmail&apos;s bulk sender guidelines before sending again.</source>
        <translation>Identifiez et arrêtez la source du courrier indésirable, puis suivez les consignes de Gmail pour les expéditeurs en masse avant de renvoyer.</translation>
    </message>
    <message>
        <source>Send through another, well-kept relay in the meantime.</source>
        <translation>En attendant, envoyez par un autre relais bien entretenu.</translation>
    </message>
    <message>
        <source>Rate limited for suspected spam (Gmail)</source>
        <translation>Débit limité pour suspicion de spam (Gmail)</translation>
    </message>
    <message>
        <source>Gmail sees an unusual rate of unsolicited mail from this IP or domain and is limiting it.</source>
        <translation>Gmail constate un taux inhabituel de courrier non sollicité venant de cette IP ou de ce domaine et le limite.</translation>
    </message>
    <message>
        <source>A sudden volume increase or spam complaints.</source>
        <translation>Une hausse soudaine du volume ou des plaintes pour spam.</translation>
    </message>
    <message>
        <source>Slow down sending; check for compromised accounts and list hygiene.</source>
        <translation>Ralentissez l&apos;envoi&#xa0;; vérifiez l&apos;absence de comptes compromis et la qualité de vos listes.</translation>
    </message>
    <message>
        <source>Recipient&apos;s mailbox full</source>
        <translation>Boîte aux lettres du destinataire pleine</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox has no space left.</source>
        <translation>La boîte aux lettres du destinataire n&apos;a plus de place.</translation>
    </message>
    <message>
        <source>No reverse DNS for sending IP (Gmail)</source>
        <translation>Pas de DNS inverse pour l&apos;IP d&apos;envoi (Gmail)</translation>
    </message>
    <message>
        <source>Gmail requires the sending IP to have a PTR record whose name points back to the same IP.</source>
        <translation>Gmail exige que l&apos;IP d&apos;envoi ait un enregistrement PTR dont le nom pointe vers la même IP.</translation>
    </message>
    <message>
        <source>No PTR record for the sending IP, or the name does not resolve back.</source>
        <translation>Pas d&apos;enregistrement PTR pour l&apos;IP d&apos;envoi, ou le nom ne se résout pas vers elle.</translation>
    </message>
    <message>
        <source>Ask the owner of the IP (ISP or cloud provider) to set a matching PTR record.</source>
        <translation>Demandez au propriétaire de l&apos;IP (FAI ou fournisseur cloud) de définir un enregistrement PTR correspondant.</translation>
    </message>
    <message>
        <source>Recipient receiving too fast (Gmail)</source>
        <translation>Le destinataire reçoit trop vite (Gmail)</translation>
    </message>
    <message>
        <source>The recipient gets mail faster than Gmail allows, so it delays more mail for now.</source>
        <translation>Le destinataire reçoit du courrier plus vite que Gmail ne l&apos;autorise&#xa0;; Gmail retarde donc le courrier supplémentaire pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Many messages to the same recipient in a short time.</source>
        <translation>Beaucoup de messages pour le même destinataire en peu de temps.</translation>
    </message>
    <message>
        <source>Let the server retry later; spread the sending over time.</source>
        <translation>Laissez le serveur réessayer plus tard&#xa0;; étalez l&apos;envoi dans le temps.</translation>
    </message>
    <message>
        <source>Gmail account does not exist</source>
        <translation>Le compte Gmail n&apos;existe pas</translation>
    </message>
    <message>
        <source>There is no Gmail or Google Workspace account with this address.</source>
        <translation>Il n&apos;existe aucun compte Gmail ou Google Workspace avec cette adresse.</translation>
    </message>
    <message>
        <source>A typo in the address.</source>
        <translation>Une faute de frappe dans l&apos;adresse.</translation>
    </message>
    <message>
        <source>The account was deleted.</source>
        <translation>Le compte a été supprimé.</translation>
    </message>
    <message>
        <source>Check the address with the recipient.</source>
        <translation>Vérifiez l&apos;adresse avec le destinataire.</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Compte désactivé</translation>
    </message>
    <message>
        <source>The recipient&apos;s account exists but is disabled or inactive.</source>
        <translation>Le compte du destinataire existe, mais il est désactivé ou inactif.</translation>
    </message>
    <message>
        <source>The account was suspended or is no longer used.</source>
        <translation>Le compte a été suspendu ou n&apos;est plus utilisé.</translation>
    </message>
    <message>
        <source>App password required (Google)</source>
        <translation>Mot de passe d&apos;application requis (Google)</translation>
    </message>
    <message>
        <source>The account uses 2-step verification, so the normal password is not accepted by SMTP.</source>
        <translation>Le compte utilise la validation en deux étapes&#xa0;; le mot de passe normal n&apos;est donc pas accepté par SMTP.</translation>
    </message>
    <message>
        <source>2-step verification is on.</source>
        <translation>La validation en deux étapes est activée.</translation>
    </message>
    <message>
        <source>Create an app password in the Google account, or use OAuth.</source>
        <translation>Créez un mot de passe d&apos;application dans le compte Google, ou utilisez OAuth.</translation>
    </message>
    <message>
        <source>User name or password not accepted (Google)</source>
        <translation>Nom d&apos;utilisateur ou mot de passe non accepté (Google)</translation>
    </message>
    <message>
        <source>Google did not accept the credentials.</source>
        <translation>Google n&apos;a pas accepté les identifiants.</translation>
    </message>
    <message>
        <source>A wrong password, or a normal password where an app password is needed.</source>
        <translation>Un mot de passe erroné, ou un mot de passe normal là où un mot de passe d&apos;application est nécessaire.</translation>
    </message>
    <message>
        <source>Check the password; create an app password if 2-step verification is on.</source>
        <translation>Vérifiez le mot de passe&#xa0;; créez un mot de passe d&apos;application si la validation en deux étapes est activée.</translation>
    </message>
    <message>
        <source>Refused as likely spam (Gmail)</source>
        <translation>Refusé comme spam probable (Gmail)</translation>
    </message>
    <message>
        <source>Gmail judged the message to be unsolicited, based on its content and the sender&apos;s reputation.</source>
        <translation>Gmail a jugé le message non sollicité, d&apos;après son contenu et la réputation de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Poor reputation of the sending IP or domain.</source>
        <translation>Mauvaise réputation de l&apos;IP ou du domaine d&apos;envoi.</translation>
    </message>
    <message>
        <source>Content that looks like spam, or many complaints.</source>
        <translation>Un contenu qui ressemble à du spam, ou de nombreuses plaintes.</translation>
    </message>
    <message>
        <source>Check Google Postmaster Tools for the domain.</source>
        <translation>Consultez Google Postmaster Tools pour le domaine.</translation>
    </message>
    <message>
        <source>Authenticate mail (SPF, DKIM, DMARC) and send only to people who asked for it.</source>
        <translation>Authentifiez le courrier (SPF, DKIM, DMARC) et n&apos;écrivez qu&apos;aux personnes qui l&apos;ont demandé.</translation>
    </message>
    <message>
        <source>Message too large (Gmail)</source>
        <translation>Message trop volumineux (Gmail)</translation>
    </message>
    <message>
        <source>The message is larger than Gmail accepts (about 25 MB).</source>
        <translation>Le message dépasse ce que Gmail accepte (environ 25 Mo).</translation>
    </message>
    <message>
        <source>Large attachments; encoding adds about a third.</source>
        <translation>Des pièces jointes volumineuses&#xa0;; l&apos;encodage ajoute environ un tiers.</translation>
    </message>
    <message>
        <source>Share large files as links.</source>
        <translation>Partagez les gros fichiers sous forme de liens.</translation>
    </message>
    <message>
        <source>TLS required first</source>
        <translation>TLS requis d&apos;abord</translation>
    </message>
    <message>
        <source>The server only continues after the connection has been encrypted with STARTTLS.</source>
        <translation>Le serveur ne continue qu&apos;une fois la connexion chiffrée avec STARTTLS.</translation>
    </message>
    <message>
        <source>The client did not use STARTTLS before this command.</source>
        <translation>Le client n&apos;a pas utilisé STARTTLS avant cette commande.</translation>
    </message>
    <message>
        <source>The server forbids sign-in or mail over plain text.</source>
        <translation>Le serveur interdit l&apos;authentification ou le courrier en texte clair.</translation>
    </message>
    <message>
        <source>Use STARTTLS (port 587 or 25), or implicit TLS on port 465.</source>
        <translation>Utilisez STARTTLS (port 587 ou 25), ou TLS implicite sur le port 465.</translation>
    </message>
    <message>
        <source>TLS negotiation failed</source>
        <translation>Échec de la négociation TLS</translation>
    </message>
    <message>
        <source>No common TLS version or cipher, or a certificate problem.</source>
        <translation>Aucune version TLS ni suite de chiffrement commune, ou un problème de certificat.</translation>
    </message>
    <message>
        <source>Check the TLS settings of the sending server.</source>
        <translation>Vérifiez les paramètres TLS du serveur d&apos;envoi.</translation>
    </message>
    <message>
        <source>Temporarily deferred (Yahoo TSS04)</source>
        <translation>Temporairement différé (Yahoo TSS04)</translation>
    </message>
    <message>
        <source>Yahoo delays mail from this IP because of unusual volume or user complaints.</source>
        <translation>Yahoo retarde le courrier de cette IP à cause d&apos;un volume inhabituel ou de plaintes d&apos;utilisateurs.</translation>
    </message>
    <message>
        <source>A volume spike, or recipients marking the mail as spam.</source>
        <translation>Un pic de volume, ou des destinataires qui marquent le courrier comme spam.</translation>
    </message>
    <message>
        <source>Let the server retry; reduce volume and check complaint rates.</source>
        <translation>Laissez le serveur réessayer&#xa0;; réduisez le volume et vérifiez les taux de plainte.</translation>
    </message>
    <message>
        <source>IP temporarily blocked (Yahoo)</source>
        <translation>IP temporairement bloquée (Yahoo)</translation>
    </message>
    <message>
        <source>Yahoo is blocking mail from this IP for a while because of its reputation.</source>
        <translation>Yahoo bloque pour un temps le courrier de cette IP à cause de sa réputation.</translation>
    </message>
    <message>
        <source>Complaints or spam traps hit from this IP.</source>
        <translation>Des plaintes ou des pièges à spam déclenchés depuis cette IP.</translation>
    </message>
    <message>
        <source>Improve list hygiene; let the block expire; contact Yahoo sender support.</source>
        <translation>Améliorez la qualité de vos listes&#xa0;; laissez le blocage expirer&#xa0;; contactez le support expéditeurs de Yahoo.</translation>
    </message>
    <message>
        <source>Yahoo account does not exist</source>
        <translation>Le compte Yahoo n&apos;existe pas</translation>
    </message>
    <message>
        <source>There is no Yahoo (or AOL) account with this address.</source>
        <translation>Il n&apos;existe aucun compte Yahoo (ou AOL) avec cette adresse.</translation>
    </message>
    <message>
        <source>A typo, or the account was closed.</source>
        <translation>Une faute de frappe, ou le compte a été fermé.</translation>
    </message>
    <message>
        <source>Password sign-in disabled (Microsoft 365)</source>
        <translation>Authentification par mot de passe désactivée (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the sign-in because SMTP sign-in with a password (basic authentication) is switched off for the tenant or the mailbox.</source>
        <translation>Microsoft 365 a refusé l&apos;authentification, car l&apos;authentification SMTP par mot de passe (authentification de base) est désactivée pour le locataire ou la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Authenticated SMTP (SMTP AUTH) is disabled for the organisation or the mailbox.</source>
        <translation>Le SMTP authentifié (SMTP AUTH) est désactivé pour l&apos;organisation ou la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Security defaults or a policy block basic authentication.</source>
        <translation>Les paramètres de sécurité par défaut ou une stratégie bloquent l&apos;authentification de base.</translation>
    </message>
    <message>
        <source>Sign in with an OAuth 2.0 access token instead: in this tool choose &quot;OAuth 2.0 token (AUTH XOAUTH2: Microsoft 365, Gmail)&quot; and paste a token issued for the scope https://outlook.office.com/SMTP.Send.</source>
        <translation>Authentifiez-vous plutôt avec un jeton d&apos;accès OAuth 2.0&#xa0;: dans cet outil, choisissez &quot;Jeton OAuth 2.0 (AUTH XOAUTH2&#xa0;: Microsoft 365, Gmail)&quot; et collez un jeton émis pour le scope https://outlook.office.com/SMTP.Send.</translation>
    </message>
    <message>
        <source>Or ask the Microsoft 365 administrator to enable SMTP AUTH for this mailbox.</source>
        <translation>Ou demandez à l&apos;administrateur Microsoft 365 d&apos;activer SMTP AUTH pour cette boîte aux lettres.</translation>
    </message>
    <message>
        <source>Or send through a connector or relay that does not need a password.</source>
        <translation>Ou envoyez par un connecteur ou un relais qui ne nécessite pas de mot de passe.</translation>
    </message>
    <message>
        <source>Sign-in refused (Microsoft 365)</source>
        <translation>Authentification refusée (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the user name and password.</source>
        <translation>Microsoft 365 n&apos;a pas accepté le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>A wrong password, or the user name is not the full e-mail address.</source>
        <translation>Un mot de passe erroné, ou le nom d&apos;utilisateur n&apos;est pas l&apos;adresse e-mail complète.</translation>
    </message>
    <message>
        <source>Multi-factor sign-in needs an app password, or password sign-in is blocked.</source>
        <translation>L&apos;authentification multifacteur nécessite un mot de passe d&apos;application, ou l&apos;authentification par mot de passe est bloquée.</translation>
    </message>
    <message>
        <source>With an OAuth 2.0 token: the token has expired or was issued for another mailbox or scope.</source>
        <translation>Avec un jeton OAuth 2.0&#xa0;: le jeton a expiré ou a été émis pour une autre boîte aux lettres ou un autre scope.</translation>
    </message>
    <message>
        <source>Sign in to Outlook on the web with the same credentials.</source>
        <translation>Connectez-vous à Outlook sur le web avec les mêmes identifiants.</translation>
    </message>
    <message>
        <source>Where password sign-in is blocked, sign in with an OAuth 2.0 access token in this tool (XOAUTH2, scope https://outlook.office.com/SMTP.Send).</source>
        <translation>Si l&apos;authentification par mot de passe est bloquée, authentifiez-vous avec un jeton d&apos;accès OAuth 2.0 dans cet outil (XOAUTH2, scope https://outlook.office.com/SMTP.Send).</translation>
    </message>
    <message>
        <source>Ask the administrator whether SMTP AUTH is allowed for the mailbox.</source>
        <translation>Demandez à l&apos;administrateur si SMTP AUTH est autorisé pour la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Sending IP banned (Microsoft 365)</source>
        <translation>IP d&apos;envoi bannie (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses mail from the sending IP address because it is on its block list.</source>
        <translation>Microsoft 365 refuse le courrier de l&apos;adresse IP d&apos;envoi, car elle figure sur sa liste de blocage.</translation>
    </message>
    <message>
        <source>The IP address sent spam or has a poor reputation.</source>
        <translation>L&apos;adresse IP a envoyé du spam ou a une mauvaise réputation.</translation>
    </message>
    <message>
        <source>A shared or newly assigned IP inherited a bad reputation.</source>
        <translation>Une IP partagée ou récemment attribuée a hérité d&apos;une mauvaise réputation.</translation>
    </message>
    <message>
        <source>Use the Microsoft delist portal for the IP address after fixing the cause.</source>
        <translation>Une fois la cause corrigée, utilisez le portail de retrait de liste de Microsoft pour l&apos;adresse IP.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s relay in the meantime.</source>
        <translation>En attendant, envoyez par le relais de votre fournisseur.</translation>
    </message>
    <message>
        <source>Client was not authenticated</source>
        <translation>Le client n&apos;était pas authentifié</translation>
    </message>
    <message>
        <source>The server does not accept anonymous mail here: the client must sign in first.</source>
        <translation>Le serveur n&apos;accepte pas de courrier anonyme ici&#xa0;: le client doit d&apos;abord s&apos;authentifier.</translation>
    </message>
    <message>
        <source>The destination SMTP server does not accept anonymous submissions.</source>
        <translation>Le serveur SMTP de destination n&apos;accepte pas les envois anonymes.</translation>
    </message>
    <message>
        <source>You connected to a submission or internal server (for example an Exchange client connector) without signing in.</source>
        <translation>Vous vous êtes connecté à un serveur de soumission ou interne (par exemple un connecteur client Exchange) sans vous authentifier.</translation>
    </message>
    <message>
        <source>The connector only accepts mail from authenticated users or partner servers.</source>
        <translation>Le connecteur n&apos;accepte que le courrier d&apos;utilisateurs authentifiés ou de serveurs partenaires.</translation>
    </message>
    <message>
        <source>Sign in with AUTH (port 587 with STARTTLS).</source>
        <translation>Authentifiez-vous avec AUTH (port 587 avec STARTTLS).</translation>
    </message>
    <message>
        <source>To test delivery from the internet, connect to the domain&apos;s MX on port 25 instead.</source>
        <translation>Pour tester la remise depuis Internet, connectez-vous plutôt au MX du domaine sur le port 25.</translation>
    </message>
    <message>
        <source>Invalid domain name (EHLO)</source>
        <translation>Nom de domaine non valide (EHLO)</translation>
    </message>
    <message>
        <source>Give a fully qualified domain name (mail.example.com) or an address literal like [192.0.2.1].</source>
        <translation>Indiquez un nom de domaine complet (mail.example.com) ou une adresse littérale comme [192.0.2.1].</translation>
    </message>
    <message>
        <source>Invalid sender address</source>
        <translation>Adresse d&apos;expéditeur non valide</translation>
    </message>
    <message>
        <source>The server refused the sender address given with MAIL FROM.</source>
        <translation>Le serveur a refusé l&apos;adresse d&apos;expéditeur indiquée avec MAIL FROM.</translation>
    </message>
    <message>
        <source>There is a syntax error in the sender&apos;s e-mail address.</source>
        <translation>L&apos;adresse e-mail de l&apos;expéditeur contient une erreur de syntaxe.</translation>
    </message>
    <message>
        <source>Write the sender as MAIL FROM:&lt;you@example.com&gt;.</source>
        <translation>Écrivez l&apos;expéditeur sous la forme MAIL FROM:&lt;you@example.com&gt;.</translation>
    </message>
    <message>
        <source>Use a sender address in a domain that exists.</source>
        <translation>Utilisez une adresse d&apos;expéditeur dans un domaine qui existe.</translation>
    </message>
    <message>
        <source>Unrecognised command</source>
        <translation>Commande non reconnue</translation>
    </message>
    <message>
        <source>The server did not recognise the command that was typed or sent.</source>
        <translation>Le serveur n&apos;a pas reconnu la commande tapée ou envoyée.</translation>
    </message>
    <message>
        <source>Backspace was used in a Telnet session, which sends the corrections to the server.</source>
        <translation>La touche retour arrière a été utilisée dans une session Telnet, ce qui envoie les corrections au serveur.</translation>
    </message>
    <message>
        <source>The command is not supported at this point or on this connector.</source>
        <translation>La commande n&apos;est pas prise en charge à ce stade ou sur ce connecteur.</translation>
    </message>
    <message>
        <source>Retype the command in one go, without corrections.</source>
        <translation>Retapez la commande d&apos;un seul coup, sans corrections.</translation>
    </message>
    <message>
        <source>Check the spelling: EHLO, MAIL FROM:, RCPT TO:, DATA.</source>
        <translation>Vérifiez l&apos;orthographe&#xa0;: EHLO, MAIL FROM:, RCPT TO:, DATA.</translation>
    </message>
    <message>
        <source>Recipient not found in the organisation (Microsoft 365)</source>
        <translation>Destinataire introuvable dans l&apos;organisation (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the recipient: the address does not exist in the receiving organisation (directory-based edge blocking).</source>
        <translation>Microsoft 365 a refusé le destinataire&#xa0;: l&apos;adresse n&apos;existe pas dans l&apos;organisation destinataire (blocage en périphérie basé sur l&apos;annuaire).</translation>
    </message>
    <message>
        <source>The recipient does not exist in the receiving tenant.</source>
        <translation>Le destinataire n&apos;existe pas dans le locataire destinataire.</translation>
    </message>
    <message>
        <source>The domain&apos;s MX points to Microsoft 365 but the mailbox lives elsewhere and the domain is not set up as internal relay.</source>
        <translation>Le MX du domaine pointe vers Microsoft 365, mais la boîte aux lettres se trouve ailleurs et le domaine n&apos;est pas configuré en relais interne.</translation>
    </message>
    <message>
        <source>The receiving administrator may need to add the mailbox or set the domain to internal relay.</source>
        <translation>L&apos;administrateur du destinataire doit peut-être ajouter la boîte aux lettres ou configurer le domaine en relais interne.</translation>
    </message>
    <message>
        <source>Throttled, try later (Microsoft 365)</source>
        <translation>Limitation, réessayez plus tard (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 is slowing down mail from this IP address and asks to retry later.</source>
        <translation>Microsoft 365 ralentit le courrier de cette adresse IP et demande de réessayer plus tard.</translation>
    </message>
    <message>
        <source>A new or unknown sending IP sends more than Microsoft allows yet.</source>
        <translation>Une IP d&apos;envoi nouvelle ou inconnue envoie plus que ce que Microsoft autorise pour l&apos;instant.</translation>
    </message>
    <message>
        <source>A sudden increase in volume from the IP.</source>
        <translation>Une hausse soudaine du volume venant de l&apos;IP.</translation>
    </message>
    <message>
        <source>Let the sending server retry; the throttle eases as reputation builds.</source>
        <translation>Laissez le serveur d&apos;envoi réessayer&#xa0;; la limitation s&apos;assouplit à mesure que la réputation se construit.</translation>
    </message>
    <message>
        <source>Ramp up volume gradually from new IP addresses.</source>
        <translation>Augmentez progressivement le volume depuis les nouvelles adresses IP.</translation>
    </message>
    <message>
        <source>Traffic refused from this IP (Microsoft 365)</source>
        <translation>Trafic refusé depuis cette IP (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 refuses mail from this sending IP or tenant because of its reputation.</source>
        <translation>Microsoft 365 refuse le courrier de cette IP d&apos;envoi ou de ce locataire à cause de sa réputation.</translation>
    </message>
    <message>
        <source>The IP or tenant sent a high volume of spam, often from a compromised account.</source>
        <translation>L&apos;IP ou le locataire a envoyé un gros volume de spam, souvent depuis un compte compromis.</translation>
    </message>
    <message>
        <source>Find and secure any compromised account.</source>
        <translation>Identifiez et sécurisez tout compte compromis.</translation>
    </message>
    <message>
        <source>Contact Microsoft support once the cause is fixed.</source>
        <translation>Contactez le support Microsoft une fois la cause corrigée.</translation>
    </message>
    <message>
        <source>Sending from an unregistered domain (Microsoft 365)</source>
        <translation>Envoi depuis un domaine non enregistré (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 blocks the tenant from sending with a domain that is not verified in the tenant.</source>
        <translation>Microsoft 365 empêche le locataire d&apos;envoyer avec un domaine non vérifié dans le locataire.</translation>
    </message>
    <message>
        <source>The sender domain is not added and verified in Microsoft 365.</source>
        <translation>Le domaine de l&apos;expéditeur n&apos;est pas ajouté ni vérifié dans Microsoft 365.</translation>
    </message>
    <message>
        <source>Add and verify the domain in the Microsoft 365 admin centre.</source>
        <translation>Ajoutez et vérifiez le domaine dans le centre d&apos;administration Microsoft 365.</translation>
    </message>
    <message>
        <source>Sender fails DMARC (Microsoft 365)</source>
        <translation>L&apos;expéditeur échoue à DMARC (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the message because the sender&apos;s domain fails DMARC and its policy says to reject.</source>
        <translation>Microsoft 365 a refusé le message, car le domaine de l&apos;expéditeur échoue à DMARC et sa politique demande le rejet.</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passes in alignment with the From: domain.</source>
        <translation>Ni SPF ni DKIM ne passe avec un alignement sur le domaine From:.</translation>
    </message>
    <message>
        <source>A service sends on behalf of the domain without being authorised.</source>
        <translation>Un service envoie au nom du domaine sans y être autorisé.</translation>
    </message>
    <message>
        <source>Add the sending service to SPF and set up DKIM for the domain.</source>
        <translation>Ajoutez le service d&apos;envoi à SPF et configurez DKIM pour le domaine.</translation>
    </message>
    <message>
        <source>Check the DMARC reports of the domain.</source>
        <translation>Consultez les rapports DMARC du domaine.</translation>
    </message>
    <message>
        <source>Recipient not found (Microsoft 365)</source>
        <translation>Destinataire introuvable (Microsoft 365)</translation>
    </message>
    <message>
        <source>The recipient&apos;s address was not found in the receiving Microsoft 365 or Exchange directory.</source>
        <translation>L&apos;adresse du destinataire est introuvable dans l&apos;annuaire Microsoft 365 ou Exchange destinataire.</translation>
    </message>
    <message>
        <source>A stale entry in an address book (auto-complete).</source>
        <translation>Une entrée obsolète dans un carnet d&apos;adresses (saisie semi-automatique).</translation>
    </message>
    <message>
        <source>Remove the old entry from auto-complete.</source>
        <translation>Supprimez l&apos;ancienne entrée de la saisie semi-automatique.</translation>
    </message>
    <message>
        <source>Ask the recipient for the current address.</source>
        <translation>Demandez au destinataire son adresse actuelle.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is over its storage quota.</source>
        <translation>La boîte aux lettres du destinataire a dépassé son quota de stockage.</translation>
    </message>
    <message>
        <source>A large message pushes the mailbox over its limit.</source>
        <translation>Un message volumineux fait dépasser sa limite à la boîte aux lettres.</translation>
    </message>
    <message>
        <source>Relay refused by the tenant connector (Microsoft 365)</source>
        <translation>Relais refusé par le connecteur du locataire (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 could not attribute the message to a tenant, so it refuses to relay it.</source>
        <translation>Microsoft 365 n&apos;a pas pu rattacher le message à un locataire&#xa0;; il refuse donc de le relayer.</translation>
    </message>
    <message>
        <source>The on-premises server&apos;s IP or certificate does not match the inbound connector.</source>
        <translation>L&apos;IP ou le certificat du serveur local ne correspond pas au connecteur entrant.</translation>
    </message>
    <message>
        <source>Check the inbound connector&apos;s IP addresses or certificate name in Exchange Online.</source>
        <translation>Vérifiez les adresses IP ou le nom de certificat du connecteur entrant dans Exchange Online.</translation>
    </message>
    <message>
        <source>Account blocked from sending (Microsoft 365)</source>
        <translation>Compte bloqué pour l&apos;envoi (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 blocked this account from sending because it was seen sending spam.</source>
        <translation>Microsoft 365 a empêché ce compte d&apos;envoyer, car il a été vu en train d&apos;envoyer du spam.</translation>
    </message>
    <message>
        <source>The account is probably compromised.</source>
        <translation>Le compte est probablement compromis.</translation>
    </message>
    <message>
        <source>Reset the password, check the account, and ask the administrator to release it from the restricted users list.</source>
        <translation>Réinitialisez le mot de passe, vérifiez le compte et demandez à l&apos;administrateur de le retirer de la liste des utilisateurs restreints.</translation>
    </message>
    <message>
        <source>Not allowed to send to this recipient</source>
        <translation>Non autorisé à envoyer à ce destinataire</translation>
    </message>
    <message>
        <source>The recipient (often a group) only accepts mail from certain senders.</source>
        <translation>Le destinataire (souvent un groupe) n&apos;accepte le courrier que de certains expéditeurs.</translation>
    </message>
    <message>
        <source>The group or mailbox is restricted to internal or listed senders.</source>
        <translation>Le groupe ou la boîte aux lettres est réservé aux expéditeurs internes ou listés.</translation>
    </message>
    <message>
        <source>Ask the group owner to allow your address.</source>
        <translation>Demandez au propriétaire du groupe d&apos;autoriser votre adresse.</translation>
    </message>
    <message>
        <source>External forwarding blocked (Microsoft 365)</source>
        <translation>Transfert externe bloqué (Microsoft 365)</translation>
    </message>
    <message>
        <source>A forwarding rule tried to send the message outside the organisation, which its policy forbids.</source>
        <translation>Une règle de transfert a tenté d&apos;envoyer le message hors de l&apos;organisation, ce que sa politique interdit.</translation>
    </message>
    <message>
        <source>An inbox rule forwards mail to an outside address.</source>
        <translation>Une règle de boîte de réception transfère le courrier vers une adresse extérieure.</translation>
    </message>
    <message>
        <source>Remove the forwarding rule, or ask the administrator about the outbound policy.</source>
        <translation>Supprimez la règle de transfert, ou interrogez l&apos;administrateur sur la politique sortante.</translation>
    </message>
    <message>
        <source>Bare line feeds in message</source>
        <translation>Sauts de ligne isolés dans le message</translation>
    </message>
    <message>
        <source>The message contains line endings without carriage return, which the server refuses.</source>
        <translation>Le message contient des fins de ligne sans retour chariot, que le serveur refuse.</translation>
    </message>
    <message>
        <source>The sending program writes LF instead of CRLF.</source>
        <translation>Le programme d&apos;envoi écrit LF au lieu de CRLF.</translation>
    </message>
    <message>
        <source>Fix the sending program to use CRLF line endings.</source>
        <translation>Corrigez le programme d&apos;envoi pour qu&apos;il utilise des fins de ligne CRLF.</translation>
    </message>
    <message>
        <source>Recipient domain does not exist (Microsoft 365)</source>
        <translation>Le domaine du destinataire n&apos;existe pas (Microsoft 365)</translation>
    </message>
    <message>
        <source>Microsoft 365 looked up the recipient&apos;s domain in DNS and it does not exist, or has no mail servers.</source>
        <translation>Microsoft 365 a recherché le domaine du destinataire dans le DNS&#xa0;: il n&apos;existe pas, ou n&apos;a pas de serveurs de messagerie.</translation>
    </message>
    <message>
        <source>A typo in the domain after the @.</source>
        <translation>Une faute de frappe dans le domaine après le @.</translation>
    </message>
    <message>
        <source>The domain expired or its registration lapsed.</source>
        <translation>Le domaine a expiré ou son enregistrement n&apos;a pas été renouvelé.</translation>
    </message>
    <message>
        <source>Check the domain; ask the recipient whether their domain still works.</source>
        <translation>Vérifiez le domaine&#xa0;; demandez au destinataire si son domaine fonctionne toujours.</translation>
    </message>
    <message>
        <source>Sender blocked by the recipient</source>
        <translation>Expéditeur bloqué par le destinataire</translation>
    </message>
    <message>
        <source>The receiving organisation has put the sender&apos;s address or domain on its block list.</source>
        <translation>L&apos;organisation destinataire a mis l&apos;adresse ou le domaine de l&apos;expéditeur sur sa liste de blocage.</translation>
    </message>
    <message>
        <source>The recipient&apos;s administrator blocks this sender or its whole domain.</source>
        <translation>L&apos;administrateur du destinataire bloque cet expéditeur ou tout son domaine.</translation>
    </message>
    <message>
        <source>A past spam report against the sender.</source>
        <translation>Un ancien signalement de spam contre l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Ask the recipient to have their administrator allow your address.</source>
        <translation>Demandez au destinataire de faire autoriser votre adresse par son administrateur.</translation>
    </message>
    <message>
        <source>Network on the block list (Outlook.com)</source>
        <translation>Réseau sur la liste de blocage (Outlook.com)</translation>
    </message>
    <message>
        <source>Outlook.com refuses mail from the sending network because it is on Microsoft&apos;s block list.</source>
        <translation>Outlook.com refuse le courrier du réseau d&apos;envoi, car il figure sur la liste de blocage de Microsoft.</translation>
    </message>
    <message>
        <source>The sending IP range has a poor reputation (often residential or cloud ranges).</source>
        <translation>La plage IP d&apos;envoi a une mauvaise réputation (souvent des plages résidentielles ou cloud).</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s relay.</source>
        <translation>Envoyez par le relais de votre fournisseur.</translation>
    </message>
    <message>
        <source>Request delisting through Microsoft&apos;s sender support once the cause is fixed.</source>
        <translation>Une fois la cause corrigée, demandez le retrait de la liste via le support expéditeurs de Microsoft.</translation>
    </message>
    <message>
        <source>Sender&apos;s domain is blocklisted</source>
        <translation>Le domaine de l&apos;expéditeur est sur une liste de blocage</translation>
    </message>
    <message>
        <source>The receiving server refused the sender address because its domain is on a domain blocklist.</source>
        <translation>Le serveur destinataire a refusé l&apos;adresse de l&apos;expéditeur, car son domaine figure sur une liste de blocage de domaines.</translation>
    </message>
    <message>
        <source>The sender&apos;s domain was used for spam, or is new and has no reputation yet.</source>
        <translation>Le domaine de l&apos;expéditeur a servi à envoyer du spam, ou il est récent et n&apos;a pas encore de réputation.</translation>
    </message>
    <message>
        <source>Look the domain up on the blocklist named in the reply and follow its removal steps.</source>
        <translation>Recherchez le domaine sur la liste de blocage citée dans la réponse et suivez sa procédure de retrait.</translation>
    </message>
    <message>
        <source>Check that nobody sends spam in the domain&apos;s name (SPF, DKIM and DMARC help).</source>
        <translation>Vérifiez que personne n&apos;envoie de spam au nom du domaine (SPF, DKIM et DMARC y contribuent).</translation>
    </message>
    <message>
        <source>Domain in the message is blocklisted (Spamhaus DBL)</source>
        <translation>Un domaine du message est sur une liste de blocage (Spamhaus DBL)</translation>
    </message>
    <message>
        <source>A domain in the message or envelope is on the Spamhaus Domain Block List.</source>
        <translation>Un domaine du message ou de l&apos;enveloppe figure sur la Spamhaus Domain Block List.</translation>
    </message>
    <message>
        <source>A link or the sender&apos;s domain has a bad reputation.</source>
        <translation>Un lien ou le domaine de l&apos;expéditeur a une mauvaise réputation.</translation>
    </message>
    <message>
        <source>Look the domain up on the Spamhaus website and remove the listed link.</source>
        <translation>Recherchez le domaine sur le site de Spamhaus et supprimez le lien listé.</translation>
    </message>
    <message>
        <source>IP on the Spamhaus blocklist</source>
        <translation>IP sur la liste de blocage Spamhaus</translation>
    </message>
    <message>
        <source>The receiving server refused the sending IP because it is listed by Spamhaus.</source>
        <translation>Le serveur destinataire a refusé l&apos;IP d&apos;envoi, car elle est listée par Spamhaus.</translation>
    </message>
    <message>
        <source>The IP sent spam, is infected, or is in a dynamic range (PBL) that should not send directly.</source>
        <translation>L&apos;IP a envoyé du spam, est infectée, ou appartient à une plage dynamique (PBL) qui ne devrait pas envoyer directement.</translation>
    </message>
    <message>
        <source>Check the IP on the Spamhaus lookup page and follow its removal steps.</source>
        <translation>Vérifiez l&apos;IP sur la page de recherche de Spamhaus et suivez sa procédure de retrait.</translation>
    </message>
    <message>
        <source>Send through your provider&apos;s relay meanwhile.</source>
        <translation>En attendant, envoyez par le relais de votre fournisseur.</translation>
    </message>
    <message>
        <source>IP on the SpamCop blocklist</source>
        <translation>IP sur la liste de blocage SpamCop</translation>
    </message>
    <message>
        <source>The sending IP is listed by SpamCop because of spam reports.</source>
        <translation>L&apos;IP d&apos;envoi est listée par SpamCop à la suite de signalements de spam.</translation>
    </message>
    <message>
        <source>Recipients reported spam from this IP.</source>
        <translation>Des destinataires ont signalé du spam venant de cette IP.</translation>
    </message>
    <message>
        <source>Find the cause; SpamCop listings expire by themselves after the reports stop.</source>
        <translation>Trouvez la cause&#xa0;; les inscriptions SpamCop expirent d&apos;elles-mêmes quand les signalements cessent.</translation>
    </message>
    <message>
        <source>IP on the Barracuda blocklist</source>
        <translation>IP sur la liste de blocage Barracuda</translation>
    </message>
    <message>
        <source>The sending IP is on the Barracuda Reputation Block List.</source>
        <translation>L&apos;IP d&apos;envoi figure sur la Barracuda Reputation Block List.</translation>
    </message>
    <message>
        <source>Poor reputation of the sending IP.</source>
        <translation>Mauvaise réputation de l&apos;IP d&apos;envoi.</translation>
    </message>
    <message>
        <source>Request removal on the Barracuda Central website after fixing the cause.</source>
        <translation>Une fois la cause corrigée, demandez le retrait sur le site Barracuda Central.</translation>
    </message>
    <message>
        <source>IP on the UCEPROTECT blocklist</source>
        <translation>IP sur la liste de blocage UCEPROTECT</translation>
    </message>
    <message>
        <source>The sending IP or its network is listed by UCEPROTECT.</source>
        <translation>L&apos;IP d&apos;envoi ou son réseau est listé par UCEPROTECT.</translation>
    </message>
    <message>
        <source>Spam from the IP or from its provider&apos;s network.</source>
        <translation>Du spam venant de l&apos;IP ou du réseau de son fournisseur.</translation>
    </message>
    <message>
        <source>Check the listing level; ask the provider, or send through another relay.</source>
        <translation>Vérifiez le niveau d&apos;inscription&#xa0;; contactez le fournisseur, ou envoyez par un autre relais.</translation>
    </message>
    <message>
        <source>Domain not served here (qmail)</source>
        <translation>Domaine non desservi ici (qmail)</translation>
    </message>
    <message>
        <source>The qmail server does not accept mail for the recipient&apos;s domain from this client: it is not one of its domains and you did not sign in.</source>
        <translation>Le serveur qmail n&apos;accepte pas de courrier pour le domaine du destinataire de la part de ce client&#xa0;: ce n&apos;est pas l&apos;un de ses domaines et vous ne vous êtes pas authentifié.</translation>
    </message>
    <message>
        <source>The recipient domain&apos;s MX points elsewhere, or the server is not set up for the domain.</source>
        <translation>Le MX du domaine du destinataire pointe ailleurs, ou le serveur n&apos;est pas configuré pour ce domaine.</translation>
    </message>
    <message>
        <source>You did not sign in to send through this server.</source>
        <translation>Vous ne vous êtes pas authentifié pour envoyer par ce serveur.</translation>
    </message>
    <message>
        <source>Connect to the recipient domain&apos;s MX, or sign in to relay.</source>
        <translation>Connectez-vous au MX du domaine du destinataire, ou authentifiez-vous pour relayer.</translation>
    </message>
    <message>
        <source>Account or domain unknown (cPanel/Exim)</source>
        <translation>Compte ou domaine inconnu (cPanel/Exim)</translation>
    </message>
    <message>
        <source>The server could not deliver to the address and gives several possible reasons at once.</source>
        <translation>Le serveur n&apos;a pas pu distribuer à l&apos;adresse et donne plusieurs raisons possibles à la fois.</translation>
    </message>
    <message>
        <source>The mailbox or the domain does not exist on that server.</source>
        <translation>La boîte aux lettres ou le domaine n&apos;existe pas sur ce serveur.</translation>
    </message>
    <message>
        <source>The sending IP is on a blocklist the server uses.</source>
        <translation>L&apos;IP d&apos;envoi figure sur une liste de blocage utilisée par le serveur.</translation>
    </message>
    <message>
        <source>The sending domain lacks DNS records the server checks (SPF, reverse DNS).</source>
        <translation>Il manque au domaine d&apos;envoi des enregistrements DNS que le serveur vérifie (SPF, DNS inverse).</translation>
    </message>
    <message>
        <source>Check the address first; then check your IP on blocklists and your DNS records.</source>
        <translation>Vérifiez d&apos;abord l&apos;adresse&#xa0;; puis vérifiez votre IP sur les listes de blocage et vos enregistrements DNS.</translation>
    </message>
    <message>
        <source>Refused by Orange&apos;s filters</source>
        <translation>Refusé par les filtres d&apos;Orange</translation>
    </message>
    <message>
        <source>Orange (orange.fr, wanadoo.fr) refused the message; its OFR code points to spam filtering or the sender&apos;s reputation.</source>
        <translation>Orange (orange.fr, wanadoo.fr) a refusé le message&#xa0;; son code OFR renvoie au filtrage antispam ou à la réputation de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The content or the sending IP looks like spam to Orange.</source>
        <translation>Le contenu ou l&apos;IP d&apos;envoi ressemble à du spam pour Orange.</translation>
    </message>
    <message>
        <source>Missing or failing SPF/DKIM for the sending domain.</source>
        <translation>SPF/DKIM absent ou en échec pour le domaine d&apos;envoi.</translation>
    </message>
    <message>
        <source>Check the sending IP&apos;s reputation and the domain&apos;s SPF and DKIM.</source>
        <translation>Vérifiez la réputation de l&apos;IP d&apos;envoi ainsi que SPF et DKIM du domaine.</translation>
    </message>
    <message>
        <source>Look up the OFR code on Orange&apos;s postmaster pages.</source>
        <translation>Recherchez le code OFR sur les pages postmaster d&apos;Orange.</translation>
    </message>
    <message>
        <source>Blocked by a block list entry (Mimecast)</source>
        <translation>Bloqué par une entrée de liste de blocage (Mimecast)</translation>
    </message>
    <message>
        <source>The receiving organisation&apos;s Mimecast gateway refused the message because the sender or the sender&apos;s domain is on a block list there: the recipient&apos;s own, or the organisation&apos;s.</source>
        <translation>La passerelle Mimecast de l&apos;organisation destinataire a refusé le message, car l&apos;expéditeur ou son domaine figure sur une liste de blocage&#xa0;: celle du destinataire ou celle de l&apos;organisation.</translation>
    </message>
    <message>
        <source>The recipient or their administrator blocked this sender or domain.</source>
        <translation>Le destinataire ou son administrateur a bloqué cet expéditeur ou ce domaine.</translation>
    </message>
    <message>
        <source>Ask the recipient to remove the sender from their blocked senders, or their administrator to check the Mimecast policy.</source>
        <translation>Demandez au destinataire de retirer l&apos;expéditeur de ses expéditeurs bloqués, ou à son administrateur de vérifier la politique Mimecast.</translation>
    </message>
    <message>
        <source>Commands sent too early</source>
        <translation>Commandes envoyées trop tôt</translation>
    </message>
    <message>
        <source>The server hung up because the client sent commands before the server had answered, which this server does not allow.</source>
        <translation>Le serveur a raccroché, car le client a envoyé des commandes avant que le serveur ait répondu, ce que ce serveur n&apos;autorise pas.</translation>
    </message>
    <message>
        <source>The sending program or device does not wait for each reply (improper pipelining).</source>
        <translation>Le programme ou l&apos;appareil d&apos;envoi n&apos;attend pas chaque réponse (pipelining incorrect).</translation>
    </message>
    <message>
        <source>The client spoke before the server&apos;s greeting, as spam programs do.</source>
        <translation>Le client a parlé avant la bannière d&apos;accueil du serveur, comme le font les programmes de spam.</translation>
    </message>
    <message>
        <source>Update or reconfigure the sending program so that it waits for the greeting and for each reply.</source>
        <translation>Mettez à jour ou reconfigurez le programme d&apos;envoi pour qu&apos;il attende la bannière d&apos;accueil et chaque réponse.</translation>
    </message>
    <message>
        <source>Test from this tool: it always waits, so a pass here points at the other program.</source>
        <translation>Testez depuis cet outil&#xa0;: il attend toujours&#xa0;; si le test réussit ici, c&apos;est l&apos;autre programme qui est en cause.</translation>
    </message>
    <message>
        <source>An optional feature is switched off</source>
        <translation>Une fonction facultative est désactivée</translation>
    </message>
    <message>
        <source>The server refused an optional SMTP feature that the client asked for, such as delivery notifications (DSN).</source>
        <translation>Le serveur a refusé une fonction SMTP facultative demandée par le client, comme les notifications de remise (DSN).</translation>
    </message>
    <message>
        <source>The administrator disabled the feature, or the server never supported it despite what the client assumed.</source>
        <translation>L&apos;administrateur a désactivé la fonction, ou le serveur ne l&apos;a jamais prise en charge contrairement à ce que supposait le client.</translation>
    </message>
    <message>
        <source>Send without the feature (for delivery notifications: clear the option), or ask the server&apos;s administrator to enable it.</source>
        <translation>Envoyez sans la fonction (pour les notifications de remise&#xa0;: désactivez l&apos;option), ou demandez à l&apos;administrateur du serveur de l&apos;activer.</translation>
    </message>
    <message>
        <source>Mail loop</source>
        <translation>Boucle de courrier</translation>
    </message>
    <message>
        <source>The message went round between servers too many times and was stopped.</source>
        <translation>Le message a fait trop d&apos;allers-retours entre des serveurs et a été arrêté.</translation>
    </message>
    <message>
        <source>Two servers or forwarding rules send the message back and forth.</source>
        <translation>Deux serveurs ou règles de transfert se renvoient le message.</translation>
    </message>
    <message>
        <source>The MX record points back to the sending server.</source>
        <translation>L&apos;enregistrement MX pointe vers le serveur d&apos;envoi.</translation>
    </message>
    <message>
        <source>Check the MX records and forwarding rules of the recipient&apos;s domain.</source>
        <translation>Vérifiez les enregistrements MX et les règles de transfert du domaine du destinataire.</translation>
    </message>
    <message>
        <source>Send the whole bounce to the recipient&apos;s administrator.</source>
        <translation>Transmettez le message de non-remise complet à l&apos;administrateur du destinataire.</translation>
    </message>
    <message>
        <source>IP on a blocklist</source>
        <translation>IP sur une liste de blocage</translation>
    </message>
    <message>
        <source>The receiving server refused the sending IP because a blocklist names it.</source>
        <translation>Le serveur destinataire a refusé l&apos;IP d&apos;envoi, car une liste de blocage la mentionne.</translation>
    </message>
    <message>
        <source>The IP sent spam or has a poor reputation, or is a dynamic address.</source>
        <translation>L&apos;IP a envoyé du spam, a une mauvaise réputation, ou est une adresse dynamique.</translation>
    </message>
    <message>
        <source>Look the IP up on the blocklist named in the reply and follow its removal steps.</source>
        <translation>Recherchez l&apos;IP sur la liste de blocage citée dans la réponse et suivez sa procédure de retrait.</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <translation>Relais refusé</translation>
    </message>
    <message>
        <source>The server does not pass mail on to other domains for this client; it only accepts mail for its own domains.</source>
        <translation>Le serveur ne transmet pas le courrier vers d&apos;autres domaines pour ce client&#xa0;; il n&apos;accepte que le courrier destiné à ses propres domaines.</translation>
    </message>
    <message>
        <source>You did not sign in, so the server will not relay.</source>
        <translation>Vous ne vous êtes pas authentifié&#xa0;; le serveur ne relaiera donc pas.</translation>
    </message>
    <message>
        <source>You connected to a server that does not host the recipient&apos;s domain.</source>
        <translation>Vous vous êtes connecté à un serveur qui n&apos;héberge pas le domaine du destinataire.</translation>
    </message>
    <message>
        <source>Sign in (AUTH) to send through your own server.</source>
        <translation>Authentifiez-vous (AUTH) pour envoyer par votre propre serveur.</translation>
    </message>
    <message>
        <source>Or connect to the recipient domain&apos;s MX.</source>
        <translation>Ou connectez-vous au MX du domaine du destinataire.</translation>
    </message>
    <message>
        <source>Reverse DNS missing or wrong</source>
        <translation>DNS inverse absent ou incorrect</translation>
    </message>
    <message>
        <source>The server could not find a host name for the sending IP (PTR), or it does not resolve back.</source>
        <translation>Le serveur n&apos;a pas trouvé de nom d&apos;hôte pour l&apos;IP d&apos;envoi (PTR), ou ce nom ne se résout pas vers elle.</translation>
    </message>
    <message>
        <source>The PTR name does not point back to the IP.</source>
        <translation>Le nom PTR ne pointe pas vers l&apos;IP.</translation>
    </message>
    <message>
        <source>Ask the IP owner to set a PTR record that resolves back to the IP.</source>
        <translation>Demandez au propriétaire de l&apos;IP de définir un enregistrement PTR qui se résout vers l&apos;IP.</translation>
    </message>
    <message>
        <source>The server refused the name the client gave with EHLO/HELO.</source>
        <translation>Le serveur a refusé le nom donné par le client avec EHLO/HELO.</translation>
    </message>
    <message>
        <source>The name is not a fully qualified domain name (for example &quot;localhost&quot; or a Windows machine name).</source>
        <translation>Le nom n&apos;est pas un nom de domaine complet (par exemple &quot;localhost&quot; ou un nom de poste Windows).</translation>
    </message>
    <message>
        <source>The name does not exist in DNS.</source>
        <translation>Le nom n&apos;existe pas dans le DNS.</translation>
    </message>
    <message>
        <source>Use the server&apos;s full public DNS name as EHLO name.</source>
        <translation>Utilisez le nom DNS public complet du serveur comme nom EHLO.</translation>
    </message>
    <message>
        <source>Sender domain not found</source>
        <translation>Domaine de l&apos;expéditeur introuvable</translation>
    </message>
    <message>
        <source>The server looked up the sender address&apos;s domain and it does not exist in DNS.</source>
        <translation>Le serveur a recherché le domaine de l&apos;adresse de l&apos;expéditeur&#xa0;: il n&apos;existe pas dans le DNS.</translation>
    </message>
    <message>
        <source>A typo in the sender domain, or an internal-only domain (.local, .lan).</source>
        <translation>Une faute de frappe dans le domaine de l&apos;expéditeur, ou un domaine purement interne (.local, .lan).</translation>
    </message>
    <message>
        <source>Use a sender address in a public domain that exists.</source>
        <translation>Utilisez une adresse d&apos;expéditeur dans un domaine public qui existe.</translation>
    </message>
    <message>
        <source>Sender address not yours</source>
        <translation>Cette adresse d&apos;expéditeur n&apos;est pas la vôtre</translation>
    </message>
    <message>
        <source>The signed-in account may not send with this sender address.</source>
        <translation>Le compte authentifié n&apos;a pas le droit d&apos;envoyer avec cette adresse d&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The MAIL FROM address differs from the account&apos;s own address.</source>
        <translation>L&apos;adresse MAIL FROM diffère de l&apos;adresse propre du compte.</translation>
    </message>
    <message>
        <source>Send with the address of the account you signed in with, or get send-as rights.</source>
        <translation>Envoyez avec l&apos;adresse du compte avec lequel vous vous êtes authentifié, ou obtenez le droit « envoyer en tant que ».</translation>
    </message>
    <message>
        <source>Recipient domain not found</source>
        <translation>Domaine du destinataire introuvable</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain could not be found in DNS.</source>
        <translation>Le domaine du destinataire est introuvable dans le DNS.</translation>
    </message>
    <message>
        <source>The domain expired or has broken DNS.</source>
        <translation>Le domaine a expiré ou son DNS est défectueux.</translation>
    </message>
    <message>
        <source>Check the domain; look up its MX records.</source>
        <translation>Vérifiez le domaine&#xa0;; recherchez ses enregistrements MX.</translation>
    </message>
    <message>
        <source>Greylisted</source>
        <translation>Liste grise</translation>
    </message>
    <message>
        <source>The server greylists: it refuses the first attempt from an unknown sender and accepts a retry after a few minutes.</source>
        <translation>Le serveur utilise une liste grise&#xa0;: il refuse la première tentative d&apos;un expéditeur inconnu et accepte un nouvel essai après quelques minutes.</translation>
    </message>
    <message>
        <source>This sender, IP and recipient combination is new to the server.</source>
        <translation>Cette combinaison d&apos;expéditeur, d&apos;IP et de destinataire est nouvelle pour le serveur.</translation>
    </message>
    <message>
        <source>Nothing to fix: a real mail server retries and gets through.</source>
        <translation>Rien à corriger&#xa0;: un vrai serveur de messagerie réessaie et finit par passer.</translation>
    </message>
    <message>
        <source>If the test must pass now, retry after the delay the server names.</source>
        <translation>Si le test doit réussir maintenant, réessayez après le délai indiqué par le serveur.</translation>
    </message>
    <message>
        <source>Recipient unknown (Postfix)</source>
        <translation>Destinataire inconnu (Postfix)</translation>
    </message>
    <message>
        <source>The Postfix server has no mailbox with this address.</source>
        <translation>Le serveur Postfix n&apos;a aucune boîte aux lettres avec cette adresse.</translation>
    </message>
    <message>
        <source>The message is larger than the server accepts.</source>
        <translation>Le message dépasse ce que le serveur accepte.</translation>
    </message>
    <message>
        <source>Send files as links, or compress them.</source>
        <translation>Envoyez les fichiers sous forme de liens, ou compressez-les.</translation>
    </message>
    <message>
        <source>The client sent commands before the server had answered, although it did not offer PIPELINING at that point.</source>
        <translation>Le client a envoyé des commandes avant que le serveur ait répondu, alors que celui-ci ne proposait pas PIPELINING à ce moment.</translation>
    </message>
    <message>
        <source>A client (or a spam tool) that does not wait for replies.</source>
        <translation>Un client (ou un outil de spam) qui n&apos;attend pas les réponses.</translation>
    </message>
    <message>
        <source>Use a client that waits for each reply.</source>
        <translation>Utilisez un client qui attend chaque réponse.</translation>
    </message>
    <message>
        <source>Client refused</source>
        <translation>Client refusé</translation>
    </message>
    <message>
        <source>The server refuses connections from this client&apos;s IP address.</source>
        <translation>Le serveur refuse les connexions venant de l&apos;adresse IP de ce client.</translation>
    </message>
    <message>
        <source>A local block rule for the IP or its network.</source>
        <translation>Une règle de blocage locale pour l&apos;IP ou son réseau.</translation>
    </message>
    <message>
        <source>Ask the receiving administrator why the IP is refused.</source>
        <translation>Demandez à l&apos;administrateur du destinataire pourquoi l&apos;IP est refusée.</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Débit limité</translation>
    </message>
    <message>
        <source>The server limits how many connections or messages this client may send in a period.</source>
        <translation>Le serveur limite le nombre de connexions ou de messages que ce client peut envoyer sur une période.</translation>
    </message>
    <message>
        <source>Too many parallel connections or messages in a short time.</source>
        <translation>Trop de connexions simultanées ou de messages en peu de temps.</translation>
    </message>
    <message>
        <source>Send more slowly or with fewer connections; the limit resets by itself.</source>
        <translation>Envoyez plus lentement ou avec moins de connexions&#xa0;; la limite se réinitialise d&apos;elle-même.</translation>
    </message>
    <message>
        <source>Sender could not be verified</source>
        <translation>L&apos;expéditeur n&apos;a pas pu être vérifié</translation>
    </message>
    <message>
        <source>The server checked the sender address (a call-back) and it does not accept mail.</source>
        <translation>Le serveur a vérifié l&apos;adresse de l&apos;expéditeur (rappel de vérification), et elle n&apos;accepte pas de courrier.</translation>
    </message>
    <message>
        <source>The sender address does not exist or its domain refuses the check.</source>
        <translation>L&apos;adresse de l&apos;expéditeur n&apos;existe pas, ou son domaine refuse la vérification.</translation>
    </message>
    <message>
        <source>Use a real sender address that accepts mail.</source>
        <translation>Utilisez une vraie adresse d&apos;expéditeur qui accepte le courrier.</translation>
    </message>
    <message>
        <source>Unrouteable address (Exim)</source>
        <translation>Adresse non routable (Exim)</translation>
    </message>
    <message>
        <source>Exim found no way to deliver to this address: the mailbox or the domain is unknown to it.</source>
        <translation>Exim n&apos;a trouvé aucun moyen de distribuer à cette adresse&#xa0;: la boîte aux lettres ou le domaine lui est inconnu.</translation>
    </message>
    <message>
        <source>The mailbox does not exist, or the recipient domain has no usable MX.</source>
        <translation>La boîte aux lettres n&apos;existe pas, ou le domaine du destinataire n&apos;a pas de MX utilisable.</translation>
    </message>
    <message>
        <source>Check the address and the domain&apos;s MX records.</source>
        <translation>Vérifiez l&apos;adresse et les enregistrements MX du domaine.</translation>
    </message>
    <message>
        <source>The receiving server has no mailbox with this address.</source>
        <translation>Le serveur destinataire n&apos;a aucune boîte aux lettres avec cette adresse.</translation>
    </message>
    <message>
        <source>Check the address with the recipient by another channel.</source>
        <translation>Vérifiez l&apos;adresse avec le destinataire par un autre moyen.</translation>
    </message>
    <message>
        <source>Refused as spam</source>
        <translation>Refusé comme spam</translation>
    </message>
    <message>
        <source>The server&apos;s filter judged the message to be spam.</source>
        <translation>Le filtre du serveur a jugé que le message était du spam.</translation>
    </message>
    <message>
        <source>Send a plain message; check SPF, DKIM and DMARC; remove suspicious links.</source>
        <translation>Envoyez un message simple&#xa0;; vérifiez SPF, DKIM et DMARC&#xa0;; supprimez les liens suspects.</translation>
    </message>
    <message>
        <source>Dangerous content</source>
        <translation>Contenu dangereux</translation>
    </message>
    <message>
        <source>The server found a virus or a forbidden attachment type.</source>
        <translation>Le serveur a trouvé un virus ou un type de pièce jointe interdit.</translation>
    </message>
    <message>
        <source>An infected file or a blocked file type (for example .exe or macros).</source>
        <translation>Un fichier infecté ou un type de fichier bloqué (par exemple .exe ou des macros).</translation>
    </message>
    <message>
        <source>Scan the file; send it as a link or in an allowed format.</source>
        <translation>Analysez le fichier&#xa0;; envoyez-le sous forme de lien ou dans un format autorisé.</translation>
    </message>
    <message>
        <source>Delivery gave up after retrying</source>
        <translation>Remise abandonnée après plusieurs essais</translation>
    </message>
    <message>
        <source>The sending server kept retrying for days and then gave up.</source>
        <translation>Le serveur d&apos;envoi a réessayé pendant des jours, puis a abandonné.</translation>
    </message>
    <message>
        <source>The destination was unreachable or deferred every attempt.</source>
        <translation>La destination était injoignable ou a différé chaque tentative.</translation>
    </message>
    <message>
        <source>Test the destination with this wizard to find out why.</source>
        <translation>Testez la destination avec cet assistant pour en trouver la raison.</translation>
    </message>
    <message>
        <source>The server did not accept the user name and password.</source>
        <translation>Le serveur n&apos;a pas accepté le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The mailbox exists but is disabled.</source>
        <translation>La boîte aux lettres existe, mais elle est désactivée.</translation>
    </message>
    <message>
        <source>The sending server could not get an answer from the destination in time.</source>
        <translation>Le serveur d&apos;envoi n&apos;a pas obtenu de réponse de la destination à temps.</translation>
    </message>
    <message>
        <source>The destination is down, or a firewall drops the connection.</source>
        <translation>La destination est en panne, ou un pare-feu bloque la connexion.</translation>
    </message>
    <message>
        <source>Outbound port 25 is blocked at the sender.</source>
        <translation>Le port 25 sortant est bloqué côté expéditeur.</translation>
    </message>
    <message>
        <source>Test the destination&apos;s MX on port 25 with this wizard.</source>
        <translation>Testez le MX de la destination sur le port 25 avec cet assistant.</translation>
    </message>
    <message>
        <source>The destination refused the connection: no mail service listens there.</source>
        <translation>La destination a refusé la connexion&#xa0;: aucun service de messagerie n&apos;y écoute.</translation>
    </message>
    <message>
        <source>The mail service is down, or the MX points at the wrong host.</source>
        <translation>Le service de messagerie est arrêté, ou le MX pointe vers le mauvais hôte.</translation>
    </message>
    <message>
        <source>Check the MX records and whether the server runs.</source>
        <translation>Vérifiez les enregistrements MX et que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>Recipient has moved</source>
        <translation>Le destinataire a changé d&apos;adresse</translation>
    </message>
    <message>
        <source>The recipient is no longer at this address.</source>
        <translation>Le destinataire n&apos;est plus à cette adresse.</translation>
    </message>
    <message>
        <source>The server reports success.</source>
        <translation>Le serveur signale un succès.</translation>
    </message>
    <message>
        <source>This is a temporary failure: a mail server keeps retrying for a while, and the same attempt may succeed later.</source>
        <translation>Il s&apos;agit d&apos;un échec temporaire&#xa0;: un serveur de messagerie continue de réessayer pendant un certain temps, et la même tentative peut réussir plus tard.</translation>
    </message>
    <message>
        <source>This is a permanent failure: sending again fails the same way until the cause is fixed.</source>
        <translation>Il s&apos;agit d&apos;un échec définitif&#xa0;: un nouvel envoi échouera de la même façon tant que la cause n&apos;est pas corrigée.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>The server did what was asked.</source>
        <translation>Le serveur a fait ce qui était demandé.</translation>
    </message>
    <message>
        <source>The command was accepted.</source>
        <translation>La commande a été acceptée.</translation>
    </message>
    <message>
        <source>Waiting for more</source>
        <translation>En attente de la suite</translation>
    </message>
    <message>
        <source>The server accepted the command and waits for more input.</source>
        <translation>Le serveur a accepté la commande et attend la suite.</translation>
    </message>
    <message>
        <source>The command needs a second part (a message body or a sign-in answer).</source>
        <translation>La commande nécessite une seconde partie (un corps de message ou une réponse d&apos;authentification).</translation>
    </message>
    <message>
        <source>Send what the server asks for.</source>
        <translation>Envoyez ce que le serveur demande.</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation>Échec temporaire</translation>
    </message>
    <message>
        <source>The server could not do it now but may later.</source>
        <translation>Le serveur n&apos;a pas pu le faire maintenant, mais pourra peut-être plus tard.</translation>
    </message>
    <message>
        <source>The server is busy, limits the sender, or waits for a retry.</source>
        <translation>Le serveur est occupé, limite l&apos;expéditeur ou attend un nouvel essai.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, read the server&apos;s text.</source>
        <translation>Réessayez dans quelques minutes&#xa0;; si cela persiste, lisez le texte du serveur.</translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation>Échec définitif</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Le serveur a refusé la demande.</translation>
    </message>
    <message>
        <source>The server&apos;s rules or data do not allow the request.</source>
        <translation>Les règles ou les données du serveur n&apos;autorisent pas la demande.</translation>
    </message>
    <message>
        <source>Read the server&apos;s text and fix the cause before sending again.</source>
        <translation>Lisez le texte du serveur et corrigez la cause avant de renvoyer.</translation>
    </message>
    <message>
        <source>The server gave no reason; by its code alone this means: %1</source>
        <translation>Le serveur n&apos;a donné aucune raison&#xa0;; d&apos;après son seul code, cela signifie&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s words name no cause the catalogue knows; by its code alone this means: %1</source>
        <translation>Les termes du serveur ne désignent aucune cause connue du catalogue&#xa0;; d&apos;après son seul code, cela signifie&#xa0;: %1</translation>
    </message>
    <message>
        <source>No certificate error</source>
        <translation>Aucune erreur de certificat</translation>
    </message>
    <message>
        <source>The certificate was verified.</source>
        <translation>Le certificat a été vérifié.</translation>
    </message>
    <message>
        <source>Nothing is wrong.</source>
        <translation>Aucun problème.</translation>
    </message>
    <message>
        <source>Issuer certificate missing</source>
        <translation>Certificat de l&apos;émetteur manquant</translation>
    </message>
    <message>
        <source>The certificate of the authority that issued the server&apos;s certificate could not be found.</source>
        <translation>Le certificat de l&apos;autorité qui a émis le certificat du serveur est introuvable.</translation>
    </message>
    <message>
        <source>The server does not send its intermediate certificates.</source>
        <translation>Le serveur n&apos;envoie pas ses certificats intermédiaires.</translation>
    </message>
    <message>
        <source>The issuing authority is not trusted on this computer.</source>
        <translation>L&apos;autorité émettrice n&apos;est pas approuvée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Ask the administrator to send the intermediate certificates with the server certificate.</source>
        <translation>Demandez à l&apos;administrateur d&apos;envoyer les certificats intermédiaires avec le certificat du serveur.</translation>
    </message>
    <message>
        <source>Certificate signature unreadable</source>
        <translation>Signature du certificat illisible</translation>
    </message>
    <message>
        <source>The signature on the certificate could not be decrypted.</source>
        <translation>La signature du certificat n&apos;a pas pu être déchiffrée.</translation>
    </message>
    <message>
        <source>A damaged certificate or a wrong issuer key.</source>
        <translation>Un certificat endommagé ou une mauvaise clé d&apos;émetteur.</translation>
    </message>
    <message>
        <source>Ask the server&apos;s administrator to install a valid certificate with its full chain.</source>
        <translation>Demandez à l&apos;administrateur du serveur d&apos;installer un certificat valide avec sa chaîne complète.</translation>
    </message>
    <message>
        <source>Issuer key unreadable</source>
        <translation>Clé de l&apos;émetteur illisible</translation>
    </message>
    <message>
        <source>The public key of the issuing authority could not be read.</source>
        <translation>La clé publique de l&apos;autorité émettrice n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>A damaged or unusual issuer certificate.</source>
        <translation>Un certificat d&apos;émetteur endommagé ou inhabituel.</translation>
    </message>
    <message>
        <source>Certificate signature invalid</source>
        <translation>Signature du certificat non valide</translation>
    </message>
    <message>
        <source>The certificate&apos;s signature does not match its contents.</source>
        <translation>La signature du certificat ne correspond pas à son contenu.</translation>
    </message>
    <message>
        <source>The certificate was altered, or someone intercepts the connection.</source>
        <translation>Le certificat a été modifié, ou quelqu&apos;un intercepte la connexion.</translation>
    </message>
    <message>
        <source>Do not trust this connection; test from another network.</source>
        <translation>Ne faites pas confiance à cette connexion&#xa0;; testez depuis un autre réseau.</translation>
    </message>
    <message>
        <source>Certificate not yet valid</source>
        <translation>Certificat pas encore valide</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity starts in the future.</source>
        <translation>La validité du certificat commence dans le futur.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong.</source>
        <translation>L&apos;horloge de cet ordinateur est fausse.</translation>
    </message>
    <message>
        <source>The certificate was installed before its start date.</source>
        <translation>Le certificat a été installé avant sa date de début.</translation>
    </message>
    <message>
        <source>Check the date and time of this computer.</source>
        <translation>Vérifiez la date et l&apos;heure de cet ordinateur.</translation>
    </message>
    <message>
        <source>Certificate expired</source>
        <translation>Certificat expiré</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity has ended.</source>
        <translation>La validité du certificat est terminée.</translation>
    </message>
    <message>
        <source>The administrator did not renew it (automatic renewal failed).</source>
        <translation>L&apos;administrateur ne l&apos;a pas renouvelé (le renouvellement automatique a échoué).</translation>
    </message>
    <message>
        <source>Ask the administrator to renew the certificate.</source>
        <translation>Demandez à l&apos;administrateur de renouveler le certificat.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time.</source>
        <translation>Vérifiez la date et l&apos;heure de cet ordinateur.</translation>
    </message>
    <message>
        <source>Invalid start date in certificate</source>
        <translation>Date de début non valide dans le certificat</translation>
    </message>
    <message>
        <source>The certificate&apos;s start date field is malformed.</source>
        <translation>Le champ de date de début du certificat est mal formé.</translation>
    </message>
    <message>
        <source>A broken certificate.</source>
        <translation>Un certificat défectueux.</translation>
    </message>
    <message>
        <source>Invalid end date in certificate</source>
        <translation>Date de fin non valide dans le certificat</translation>
    </message>
    <message>
        <source>The certificate&apos;s end date field is malformed.</source>
        <translation>Le champ de date de fin du certificat est mal formé.</translation>
    </message>
    <message>
        <source>Self-signed certificate</source>
        <translation>Certificat auto-signé</translation>
    </message>
    <message>
        <source>The server presents a certificate it signed itself; nobody vouches for it.</source>
        <translation>Le serveur présente un certificat qu&apos;il a signé lui-même&#xa0;; personne ne s&apos;en porte garant.</translation>
    </message>
    <message>
        <source>A default certificate created when the server was installed.</source>
        <translation>Un certificat par défaut créé à l&apos;installation du serveur.</translation>
    </message>
    <message>
        <source>A test or internal server.</source>
        <translation>Un serveur de test ou interne.</translation>
    </message>
    <message>
        <source>Install a certificate from a public authority (for example Let&apos;s Encrypt).</source>
        <translation>Installez un certificat d&apos;une autorité publique (par exemple Let&apos;s Encrypt).</translation>
    </message>
    <message>
        <source>For an internal server, add its certificate as a trusted CA file in the test.</source>
        <translation>Pour un serveur interne, ajoutez son certificat comme fichier d&apos;AC de confiance dans le test.</translation>
    </message>
    <message>
        <source>Self-signed certificate in the chain</source>
        <translation>Certificat auto-signé dans la chaîne</translation>
    </message>
    <message>
        <source>The chain ends in a self-signed certificate that is not trusted here.</source>
        <translation>La chaîne se termine par un certificat auto-signé qui n&apos;est pas approuvé ici.</translation>
    </message>
    <message>
        <source>A private certificate authority.</source>
        <translation>Une autorité de certification privée.</translation>
    </message>
    <message>
        <source>A proxy or antivirus that intercepts TLS.</source>
        <translation>Un proxy ou un antivirus qui intercepte TLS.</translation>
    </message>
    <message>
        <source>Add the private CA as a trusted CA file, or use a public certificate.</source>
        <translation>Ajoutez l&apos;AC privée comme fichier d&apos;AC de confiance, ou utilisez un certificat public.</translation>
    </message>
    <message>
        <source>Issuer not found locally</source>
        <translation>Émetteur introuvable localement</translation>
    </message>
    <message>
        <source>The authority that issued the certificate is not known on this computer.</source>
        <translation>L&apos;autorité qui a émis le certificat n&apos;est pas connue sur cet ordinateur.</translation>
    </message>
    <message>
        <source>A missing intermediate certificate.</source>
        <translation>Un certificat intermédiaire manquant.</translation>
    </message>
    <message>
        <source>A private or unknown certificate authority.</source>
        <translation>Une autorité de certification privée ou inconnue.</translation>
    </message>
    <message>
        <source>Add the private CA as a trusted CA file if this is an internal server.</source>
        <translation>S&apos;il s&apos;agit d&apos;un serveur interne, ajoutez l&apos;AC privée comme fichier d&apos;AC de confiance.</translation>
    </message>
    <message>
        <source>Cannot verify the certificate</source>
        <translation>Impossible de vérifier le certificat</translation>
    </message>
    <message>
        <source>No certificate in the chain could be verified.</source>
        <translation>Aucun certificat de la chaîne n&apos;a pu être vérifié.</translation>
    </message>
    <message>
        <source>The server sends only its own certificate without intermediates.</source>
        <translation>Le serveur n&apos;envoie que son propre certificat, sans les intermédiaires.</translation>
    </message>
    <message>
        <source>Certificate revoked</source>
        <translation>Certificat révoqué</translation>
    </message>
    <message>
        <source>The issuing authority has withdrawn this certificate.</source>
        <translation>L&apos;autorité émettrice a retiré ce certificat.</translation>
    </message>
    <message>
        <source>The key was compromised or the certificate was replaced.</source>
        <translation>La clé a été compromise ou le certificat a été remplacé.</translation>
    </message>
    <message>
        <source>Ask the administrator to install a new certificate.</source>
        <translation>Demandez à l&apos;administrateur d&apos;installer un nouveau certificat.</translation>
    </message>
    <message>
        <source>Invalid authority certificate</source>
        <translation>Certificat d&apos;autorité non valide</translation>
    </message>
    <message>
        <source>A certificate in the chain is not allowed to act as an authority.</source>
        <translation>Un certificat de la chaîne n&apos;a pas le droit d&apos;agir comme autorité.</translation>
    </message>
    <message>
        <source>A wrongly built chain.</source>
        <translation>Une chaîne mal construite.</translation>
    </message>
    <message>
        <source>Chain too long</source>
        <translation>Chaîne trop longue</translation>
    </message>
    <message>
        <source>The certificate chain is longer than an authority allows.</source>
        <translation>La chaîne de certificats est plus longue que ce qu&apos;une autorité autorise.</translation>
    </message>
    <message>
        <source>A misconfigured chain.</source>
        <translation>Une chaîne mal configurée.</translation>
    </message>
    <message>
        <source>Certificate not for this purpose</source>
        <translation>Certificat non destiné à cet usage</translation>
    </message>
    <message>
        <source>The certificate is not meant for a TLS server.</source>
        <translation>Le certificat n&apos;est pas prévu pour un serveur TLS.</translation>
    </message>
    <message>
        <source>A client or e-mail signing certificate installed on the server.</source>
        <translation>Un certificat client ou de signature d&apos;e-mail installé sur le serveur.</translation>
    </message>
    <message>
        <source>The root authority is not trusted for this purpose.</source>
        <translation>L&apos;autorité racine n&apos;est pas approuvée pour cet usage.</translation>
    </message>
    <message>
        <source>A private or distrusted authority.</source>
        <translation>Une autorité privée ou retirée de la confiance.</translation>
    </message>
    <message>
        <source>Use a certificate from a public authority.</source>
        <translation>Utilisez un certificat d&apos;une autorité publique.</translation>
    </message>
    <message>
        <source>Certificate rejected</source>
        <translation>Certificat rejeté</translation>
    </message>
    <message>
        <source>The root authority is marked to reject this purpose.</source>
        <translation>L&apos;autorité racine est marquée comme à rejeter pour cet usage.</translation>
    </message>
    <message>
        <source>The trust settings of this computer reject the authority.</source>
        <translation>Les paramètres de confiance de cet ordinateur rejettent l&apos;autorité.</translation>
    </message>
    <message>
        <source>Check the trusted authorities of this computer.</source>
        <translation>Vérifiez les autorités approuvées de cet ordinateur.</translation>
    </message>
    <message>
        <source>Issuer mismatch</source>
        <translation>Émetteur non concordant</translation>
    </message>
    <message>
        <source>The issuer name does not match the authority&apos;s subject.</source>
        <translation>Le nom de l&apos;émetteur ne correspond pas au sujet de l&apos;autorité.</translation>
    </message>
    <message>
        <source>A wrong intermediate certificate is sent.</source>
        <translation>Un mauvais certificat intermédiaire est envoyé.</translation>
    </message>
    <message>
        <source>Authority key mismatch</source>
        <translation>Clé d&apos;autorité non concordante</translation>
    </message>
    <message>
        <source>The authority identifier in the certificate does not match the issuer.</source>
        <translation>L&apos;identifiant d&apos;autorité du certificat ne correspond pas à l&apos;émetteur.</translation>
    </message>
    <message>
        <source>No certificate sent</source>
        <translation>Aucun certificat envoyé</translation>
    </message>
    <message>
        <source>The server did not present any certificate.</source>
        <translation>Le serveur n&apos;a présenté aucun certificat.</translation>
    </message>
    <message>
        <source>An anonymous TLS setup or a broken server.</source>
        <translation>Une configuration TLS anonyme ou un serveur défectueux.</translation>
    </message>
    <message>
        <source>Certificate for another name</source>
        <translation>Certificat pour un autre nom</translation>
    </message>
    <message>
        <source>The certificate does not name the host that was contacted.</source>
        <translation>Le certificat ne nomme pas l&apos;hôte contacté.</translation>
    </message>
    <message>
        <source>The certificate is for another name (for example the provider&apos;s host, not your domain).</source>
        <translation>Le certificat concerne un autre nom (par exemple l&apos;hôte du fournisseur, et non votre domaine).</translation>
    </message>
    <message>
        <source>You connected by IP address or by an alias.</source>
        <translation>Vous vous êtes connecté par adresse IP ou par un alias.</translation>
    </message>
    <message>
        <source>Connect with the name in the certificate (see its subject alternative names).</source>
        <translation>Connectez-vous avec le nom figurant dans le certificat (voir ses noms alternatifs du sujet).</translation>
    </message>
    <message>
        <source>Ask the administrator to include this name in the certificate.</source>
        <translation>Demandez à l&apos;administrateur d&apos;inclure ce nom dans le certificat.</translation>
    </message>
    <message>
        <source>This program has no TLS support available.</source>
        <translation>Ce programme ne dispose d&apos;aucune prise en charge de TLS.</translation>
    </message>
    <message>
        <source>The TLS library (OpenSSL) is missing.</source>
        <translation>La bibliothèque TLS (OpenSSL) est absente.</translation>
    </message>
    <message>
        <source>Install the OpenSSL libraries and restart the program.</source>
        <translation>Installez les bibliothèques OpenSSL et redémarrez le programme.</translation>
    </message>
    <message>
        <source>Certificate blocked</source>
        <translation>Certificat bloqué</translation>
    </message>
    <message>
        <source>The certificate is on a block list of known bad certificates.</source>
        <translation>Le certificat figure sur une liste de blocage de certificats connus comme malveillants.</translation>
    </message>
    <message>
        <source>A compromised or fraudulent certificate.</source>
        <translation>Un certificat compromis ou frauduleux.</translation>
    </message>
    <message>
        <source>Do not trust this connection; tell the administrator.</source>
        <translation>Ne faites pas confiance à cette connexion&#xa0;; prévenez l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Certificate status unknown</source>
        <translation>État du certificat inconnu</translation>
    </message>
    <message>
        <source>The revocation status of the certificate could not be determined.</source>
        <translation>L&apos;état de révocation du certificat n&apos;a pas pu être déterminé.</translation>
    </message>
    <message>
        <source>The revocation service (OCSP) gave no usable answer.</source>
        <translation>Le service de révocation (OCSP) n&apos;a pas donné de réponse exploitable.</translation>
    </message>
    <message>
        <source>No revocation answer</source>
        <translation>Pas de réponse de révocation</translation>
    </message>
    <message>
        <source>The server gave no revocation status (OCSP) for its certificate.</source>
        <translation>Le serveur n&apos;a donné aucun état de révocation (OCSP) pour son certificat.</translation>
    </message>
    <message>
        <source>OCSP stapling is not set up.</source>
        <translation>L&apos;agrafage OCSP n&apos;est pas configuré.</translation>
    </message>
    <message>
        <source>Nothing urgent; the administrator may enable OCSP stapling.</source>
        <translation>Rien d&apos;urgent&#xa0;; l&apos;administrateur peut activer l&apos;agrafage OCSP.</translation>
    </message>
    <message>
        <source>Revocation request malformed</source>
        <translation>Requête de révocation mal formée</translation>
    </message>
    <message>
        <source>The revocation service could not read the request.</source>
        <translation>Le service de révocation n&apos;a pas pu lire la requête.</translation>
    </message>
    <message>
        <source>A client or service problem.</source>
        <translation>Un problème du client ou du service.</translation>
    </message>
    <message>
        <source>Revocation answer malformed</source>
        <translation>Réponse de révocation mal formée</translation>
    </message>
    <message>
        <source>The revocation answer could not be read.</source>
        <translation>La réponse de révocation n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>A broken OCSP response on the server.</source>
        <translation>Une réponse OCSP défectueuse sur le serveur.</translation>
    </message>
    <message>
        <source>Tell the administrator.</source>
        <translation>Prévenez l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Revocation service error</source>
        <translation>Erreur du service de révocation</translation>
    </message>
    <message>
        <source>The revocation service reported an internal error.</source>
        <translation>Le service de révocation a signalé une erreur interne.</translation>
    </message>
    <message>
        <source>A problem at the certificate authority.</source>
        <translation>Un problème chez l&apos;autorité de certification.</translation>
    </message>
    <message>
        <source>Revocation service busy</source>
        <translation>Service de révocation occupé</translation>
    </message>
    <message>
        <source>The revocation service asked to try later.</source>
        <translation>Le service de révocation a demandé de réessayer plus tard.</translation>
    </message>
    <message>
        <source>A busy certificate authority.</source>
        <translation>Une autorité de certification surchargée.</translation>
    </message>
    <message>
        <source>Revocation request must be signed</source>
        <translation>La requête de révocation doit être signée</translation>
    </message>
    <message>
        <source>The revocation service needs a signed request.</source>
        <translation>Le service de révocation a besoin d&apos;une requête signée.</translation>
    </message>
    <message>
        <source>An unusual OCSP setup.</source>
        <translation>Une configuration OCSP inhabituelle.</translation>
    </message>
    <message>
        <source>Revocation request not authorised</source>
        <translation>Requête de révocation non autorisée</translation>
    </message>
    <message>
        <source>The revocation service refused to answer for this certificate.</source>
        <translation>Le service de révocation a refusé de répondre pour ce certificat.</translation>
    </message>
    <message>
        <source>The OCSP service does not know the certificate.</source>
        <translation>Le service OCSP ne connaît pas le certificat.</translation>
    </message>
    <message>
        <source>Revocation answer not trusted</source>
        <translation>Réponse de révocation non approuvée</translation>
    </message>
    <message>
        <source>The revocation answer is not signed by a trusted party.</source>
        <translation>La réponse de révocation n&apos;est pas signée par une partie de confiance.</translation>
    </message>
    <message>
        <source>A misconfigured OCSP responder or interception.</source>
        <translation>Un répondeur OCSP mal configuré, ou une interception.</translation>
    </message>
    <message>
        <source>Revocation answer for another certificate</source>
        <translation>Réponse de révocation pour un autre certificat</translation>
    </message>
    <message>
        <source>The revocation answer is about a different certificate.</source>
        <translation>La réponse de révocation concerne un autre certificat.</translation>
    </message>
    <message>
        <source>A stale or wrong stapled OCSP response.</source>
        <translation>Une réponse OCSP agrafée périmée ou erronée.</translation>
    </message>
    <message>
        <source>Revocation answer expired</source>
        <translation>Réponse de révocation expirée</translation>
    </message>
    <message>
        <source>The revocation answer is too old.</source>
        <translation>La réponse de révocation est trop ancienne.</translation>
    </message>
    <message>
        <source>An outdated stapled OCSP response, or a wrong clock here.</source>
        <translation>Une réponse OCSP agrafée périmée, ou une horloge erronée ici.</translation>
    </message>
    <message>
        <source>Check the date and time; tell the administrator.</source>
        <translation>Vérifiez la date et l&apos;heure&#xa0;; prévenez l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Revocation status unknown</source>
        <translation>État de révocation inconnu</translation>
    </message>
    <message>
        <source>The revocation service does not know this certificate.</source>
        <translation>Le service de révocation ne connaît pas ce certificat.</translation>
    </message>
    <message>
        <source>A certificate from an unknown authority.</source>
        <translation>Un certificat d&apos;une autorité inconnue.</translation>
    </message>
    <message>
        <source>Unspecified certificate error</source>
        <translation>Erreur de certificat non précisée</translation>
    </message>
    <message>
        <source>The TLS library reported a certificate error without detail.</source>
        <translation>La bibliothèque TLS a signalé une erreur de certificat sans détail.</translation>
    </message>
    <message>
        <source>An unusual certificate or TLS library problem.</source>
        <translation>Un certificat inhabituel ou un problème de la bibliothèque TLS.</translation>
    </message>
    <message>
        <source>Look at the certificate details.</source>
        <translation>Consultez les détails du certificat.</translation>
    </message>
    <message>
        <source>Receiving server&apos;s blocklist check is misconfigured</source>
        <translation>La vérification de liste de blocage du serveur destinataire est mal configurée</translation>
    </message>
    <message>
        <source>The receiving server asked Spamhaus about the sending IP in a way Spamhaus refuses to answer, and took the refusal for a listing. The sending IP is not necessarily listed.</source>
        <translation>Le serveur destinataire a interrogé Spamhaus sur l&apos;IP d&apos;envoi d&apos;une manière à laquelle Spamhaus refuse de répondre, et a pris ce refus pour une inscription. L&apos;IP d&apos;envoi n&apos;est pas forcément listée.</translation>
    </message>
    <message>
        <source>The receiving server queries Spamhaus through a public or shared DNS resolver, which Spamhaus does not answer.</source>
        <translation>Le serveur destinataire interroge Spamhaus par un résolveur DNS public ou partagé, auquel Spamhaus ne répond pas.</translation>
    </message>
    <message>
        <source>The receiving server made more queries than Spamhaus&apos;s free use allows.</source>
        <translation>Le serveur destinataire a fait plus de requêtes que l&apos;usage gratuit de Spamhaus ne le permet.</translation>
    </message>
    <message>
        <source>Tell the recipient&apos;s mail administrator: their server must query Spamhaus through its own DNS resolver or with a Data Query Service key.</source>
        <translation>Prévenez l&apos;administrateur de messagerie du destinataire : son serveur doit interroger Spamhaus par son propre résolveur DNS ou avec une clé Data Query Service.</translation>
    </message>
    <message>
        <source>Check the sending IP on the Spamhaus lookup page to be sure it is not listed.</source>
        <translation>Vérifiez l&apos;IP d&apos;envoi sur la page de recherche de Spamhaus pour être sûr qu&apos;elle n&apos;est pas listée.</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Aucune raison indiquée</translation>
    </message>
    <message>
        <source>The report says the message was not delivered, but names no reason: no reply code, no status code, no error text.</source>
        <translation>Le rapport indique que le message n&apos;a pas été remis, mais ne donne aucune raison : ni code de réponse, ni code d&apos;état, ni texte d&apos;erreur.</translation>
    </message>
    <message>
        <source>The server that wrote the report leaves the reason out.</source>
        <translation>Le serveur qui a rédigé le rapport omet la raison.</translation>
    </message>
    <message>
        <source>The reason is in a part of the report that is not here (its delivery-status part or an attachment).</source>
        <translation>La raison se trouve dans une partie du rapport absente ici (sa partie d&apos;état de remise ou une pièce jointe).</translation>
    </message>
    <message>
        <source>Explain the whole bounce message as it was received, with its attachments, not only its first lines.</source>
        <translation>Faites expliquer le message de non-remise entier, tel qu&apos;il a été reçu, avec ses pièces jointes, pas seulement ses premières lignes.</translation>
    </message>
    <message>
        <source>Ask the administrator of the server that wrote the report for its log entry of this message.</source>
        <translation>Demandez à l&apos;administrateur du serveur qui a rédigé le rapport l&apos;entrée de son journal pour ce message.</translation>
    </message>
    <message>
        <source>Sending IP refused before the greeting</source>
        <translation>IP d&apos;envoi refusée avant l&apos;accueil</translation>
    </message>
    <message>
        <source>The receiving server&apos;s connection filter (Postfix&apos;s postscreen, or one that answers like it) has the sending IP on its own block list, so it refused the connection before any mail was exchanged.</source>
        <translation>Le filtre de connexions du serveur destinataire (postscreen de Postfix, ou un filtre qui répond comme lui) a l&apos;IP d&apos;envoi sur sa propre liste de blocage : il a refusé la connexion avant tout échange de message.</translation>
    </message>
    <message>
        <source>The recipient&apos;s administrator put the sending IP or its network on their block list.</source>
        <translation>L&apos;administrateur du destinataire a mis l&apos;IP d&apos;envoi ou son réseau sur sa liste de blocage.</translation>
    </message>
    <message>
        <source>Spam or abuse came from this IP or its neighbours.</source>
        <translation>Du spam ou des abus sont venus de cette IP ou de ses voisines.</translation>
    </message>
    <message>
        <source>Ask the recipient&apos;s mail administrator to take the sending IP off their block list (postscreen_access_list).</source>
        <translation>Demandez à l&apos;administrateur de messagerie du destinataire de retirer l&apos;IP d&apos;envoi de sa liste de blocage (postscreen_access_list).</translation>
    </message>
    <message>
        <source>The server refused EHLO: a rule of the server about the name given with it, or about this client.</source>
        <translation>Le serveur a refusé EHLO : une règle du serveur sur le nom donné avec EHLO, ou sur ce client.</translation>
    </message>
    <message>
        <source>The EHLO name is not a full DNS name, does not resolve, or does not point back to the sending IP.</source>
        <translation>Le nom EHLO n&apos;est pas un nom DNS complet, ne se résout pas, ou ne renvoie pas à l&apos;IP d&apos;envoi.</translation>
    </message>
    <message>
        <source>The EHLO name pretends to be the server itself, localhost, or a big provider.</source>
        <translation>Le nom EHLO se fait passer pour le serveur lui-même, pour localhost ou pour un grand fournisseur.</translation>
    </message>
    <message>
        <source>Use the sending server&apos;s full DNS name, which resolves to its IP, as EHLO name.</source>
        <translation>Utilisez comme nom EHLO le nom DNS complet du serveur d&apos;envoi, qui se résout vers son IP.</translation>
    </message>
    <message>
        <source>Ask the receiving administrator which rule refused it.</source>
        <translation>Demandez à l&apos;administrateur du serveur destinataire quelle règle l&apos;a refusé.</translation>
    </message>
    <message>
        <source>Reason not recognised</source>
        <translation>Raison non reconnue</translation>
    </message>
    <message>
        <source>The text says that something failed, but it gives no reply code and names no cause this wizard knows.</source>
        <translation>Le texte dit que quelque chose a échoué, mais il ne donne aucun code de réponse et ne nomme aucune cause que cet assistant connaît.</translation>
    </message>
    <message>
        <source>The server or program that wrote it words the reason its own way.</source>
        <translation>Le serveur ou le programme qui l&apos;a écrit formule la raison à sa façon.</translation>
    </message>
    <message>
        <source>Read its own words above: they are all it says.</source>
        <translation>Lisez ses propres mots ci-dessus : c&apos;est tout ce qu&apos;il dit.</translation>
    </message>
    <message>
        <source>Test the same recipient with this wizard: the receiving server&apos;s own reply comes with a code that says more.</source>
        <translation>Testez le même destinataire avec cet assistant : la réponse du serveur destinataire lui-même comporte un code qui en dit plus.</translation>
    </message>
    <message>
        <source>Ask the administrator of the server or program that wrote it what the message means.</source>
        <translation>Demandez à l&apos;administrateur du serveur ou du programme qui l&apos;a écrit ce que signifie le message.</translation>
    </message>
    <message>
        <source>A syntax error or typo in the command; the command was not recognised.</source>
        <translation>Une erreur de syntaxe ou une faute de frappe dans la commande&#xa0;; la commande n&apos;a pas été reconnue.</translation>
    </message>
    <message>
        <source>The report says that delivery failed and gives this reason, without a reply code; the reason names no cause this wizard knows.</source>
        <translation>Le rapport indique que la remise a échoué et donne cette raison, sans code de réponse&#xa0;; la raison ne nomme aucune cause que cet assistant connaît.</translation>
    </message>
</context>
<context>
    <name>ReportFacts</name>
    <message>
        <source>SMTP test report</source>
        <translation>Rapport de test SMTP</translation>
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
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Mail domain</source>
        <translation>Domaine de messagerie</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Certificate errors</source>
        <translation>Erreurs de certificat</translation>
    </message>
    <message>
        <source>ignored on request (--tls-insecure)</source>
        <translation>ignorées sur demande (--tls-insecure)</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Fichier d&apos;AC supplémentaire</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>Nom EHLO</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>AUTH %1 as %2</source>
        <translation>AUTH %1 en tant que %2</translation>
    </message>
    <message>
        <source> (allowed without TLS)</source>
        <translation> (autorisé sans TLS)</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Sender (MAIL FROM)</source>
        <translation>Expéditeur (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipients (RCPT TO)</source>
        <translation>Destinataires (RCPT TO)</translation>
    </message>
    <message>
        <source>Delivery status notification</source>
        <translation>Notification d&apos;état de remise</translation>
    </message>
    <message>
        <source>not asked for</source>
        <translation>non demandée</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Serveur DNS</translation>
    </message>
    <message>
        <source>this computer&apos;s resolver</source>
        <translation>le résolveur de cet ordinateur</translation>
    </message>
    <message>
        <source>IP version</source>
        <translation>Version IP</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>IPv4 uniquement</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>IPv6 uniquement</translation>
    </message>
    <message>
        <source>Mail servers</source>
        <translation>Serveurs de messagerie</translation>
    </message>
    <message>
        <source>every MX, one after the other</source>
        <translation>chaque MX, l&apos;un après l&apos;autre</translation>
    </message>
    <message>
        <source>Attempt %1 of %2: %3 [%4] port %5</source>
        <translation>Tentative %1 sur %2&#xa0;: %3 [%4] port %5</translation>
    </message>
    <message>
        <source>(MX %1)</source>
        <translation>(MX %1)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à l&apos;étape %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Server&apos;s words</source>
        <translation>Texte du serveur</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>SMTP Wizard</source>
        <translation>SMTP Wizard</translation>
    </message>
    <message>
        <source>(%1 bits)</source>
        <translation>(%1 bits)</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>TLS implicite</translation>
    </message>
    <message>
        <source>not looked up</source>
        <translation>non recherché</translation>
    </message>
    <message>
        <source>no reverse DNS</source>
        <translation>pas de DNS inverse</translation>
    </message>
    <message>
        <source>%1 (does not match the name)</source>
        <translation>%1 (ne correspond pas au nom)</translation>
    </message>
    <message>
        <source>every MX, up to %1 at once</source>
        <translation>chaque MX, jusqu&apos;à %1 à la fois</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Cannot tell the report format from the name %1: use .txt, .html, .pdf or .json.</source>
        <translation>Impossible de déduire le format du rapport du nom %1&#xa0;: utilisez .txt, .html, .pdf ou .json.</translation>
    </message>
    <message>
        <source>Could not save the report %1: the folder %2 does not exist.</source>
        <translation>Impossible d&apos;enregistrer le rapport %1&#xa0;: le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not save the report %1: %2 is not a folder.</source>
        <translation>Impossible d&apos;enregistrer le rapport %1&#xa0;: %2 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Could not save the report %1: a folder of that name exists.</source>
        <translation>Impossible d&apos;enregistrer le rapport %1&#xa0;: un dossier portant ce nom existe.</translation>
    </message>
    <message>
        <source>Could not save the report %1: PDF support (the smtp-wizard-pdf module) is not installed. Save it as .html instead.</source>
        <translation>Impossible d&apos;enregistrer le rapport %1&#xa0;: la prise en charge du PDF (le module smtp-wizard-pdf) n&apos;est pas installée. Enregistrez-le plutôt en .html.</translation>
    </message>
    <message>
        <source>Could not save the report %1: %2</source>
        <translation>Impossible d&apos;enregistrer le rapport %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not write the report %1: %2. An existing file of that name was left unchanged.</source>
        <translation>Impossible d&apos;écrire le rapport %1&#xa0;: %2. Un fichier existant portant ce nom a été laissé intact.</translation>
    </message>
</context>
<context>
    <name>ResultJsonReader</name>
    <message>
        <source>This file is not an SMTP Wizard test result.</source>
        <translation>Ce fichier n&apos;est pas un résultat de test SMTP Wizard.</translation>
    </message>
    <message>
        <source>This test result was saved by a newer version of SMTP Wizard (format %1); this version reads format %2 and older. Update SMTP Wizard to open it.</source>
        <translation>Ce résultat de test a été enregistré par une version plus récente de SMTP Wizard (format %1)&#xa0;; cette version lit le format %2 et les précédents. Mettez SMTP Wizard à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>This file is not an SMTP Wizard test result: it is not readable JSON (%1).</source>
        <translation>Ce fichier n&apos;est pas un résultat de test SMTP Wizard&#xa0;: ce n&apos;est pas du JSON lisible (%1).</translation>
    </message>
    <message>
        <source>no object at the top</source>
        <translation>pas d&apos;objet au niveau supérieur</translation>
    </message>
</context>
<context>
    <name>RunComparison</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>échec (%1)</translation>
    </message>
    <message>
        <source>the domain says it accepts no mail</source>
        <translation>le domaine déclare n&apos;accepter aucun courrier</translation>
    </message>
    <message>
        <source>no mail server listed; the domain&apos;s own address is used</source>
        <translation>aucun serveur de messagerie listé&#xa0;; l&apos;adresse propre du domaine est utilisée</translation>
    </message>
    <message>
        <source>worked</source>
        <translation>a fonctionné</translation>
    </message>
    <message>
        <source>used directly (no MX record)</source>
        <translation>utilisé directement (pas d&apos;enregistrement MX)</translation>
    </message>
    <message>
        <source>priority %1 (lower is tried first)</source>
        <translation>priorité %1 (la plus basse est essayée en premier)</translation>
    </message>
    <message>
        <source>Looking up the mail servers</source>
        <translation>Recherche des serveurs de messagerie</translation>
    </message>
    <message>
        <source>Mail server %1</source>
        <translation>Serveur de messagerie %1</translation>
    </message>
    <message>
        <source>Addresses of %1</source>
        <translation>Adresses de %1</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>non listé</translation>
    </message>
    <message>
        <source>everything asked for worked</source>
        <translation>tout ce qui a été demandé a fonctionné</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <extracomment>%1 how the conversation ended (&quot;rejected&quot;, &quot;failed&quot;), %2 the step (&quot;RCPT TO&quot;)</extracomment>
        <translation>%1 à l&apos;étape %2</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>non utilisé</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>utilisé</translation>
    </message>
    <message>
        <source>could not be set up</source>
        <translation>n&apos;a pas pu être mis en place</translation>
    </message>
    <message>
        <source>Encryption with %1</source>
        <translation>Chiffrement avec %1</translation>
    </message>
    <message>
        <source>Encryption version with %1</source>
        <translation>Version du chiffrement avec %1</translation>
    </message>
    <message>
        <source>Encryption method (cipher) with %1</source>
        <translation>Méthode de chiffrement (suite) avec %1</translation>
    </message>
    <message>
        <source>Certificate of %1 trusted</source>
        <translation>Certificat de %1 approuvé</translation>
    </message>
    <message>
        <source>Certificate of %1 issued to</source>
        <translation>Certificat de %1 délivré à</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Certificate of %1 valid until</source>
        <translation>Certificat de %1 valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Answer of %1 to %2</source>
        <translation>Réponse de %1 à %2</translation>
    </message>
    <message>
        <source>Answer of %1 to %2 (no. %3)</source>
        <extracomment>%3 counts the answers to the same step: 2 is the EHLO after STARTTLS</extracomment>
        <translation>Réponse de %1 à %2 (n° %3)</translation>
    </message>
    <message>
        <source>no answer (the test did not get this far)</source>
        <translation>pas de réponse (le test n&apos;est pas allé jusque-là)</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>non essayé</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Conversation avec %1</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non demandé</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>put off for now: %1</source>
        <translation>reporté pour l&apos;instant&#xa0;: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>not in this test</source>
        <translation>absent de ce test</translation>
    </message>
    <message>
        <source>Recipient %1</source>
        <translation>Destinataire %1</translation>
    </message>
    <message>
        <source>What was tested</source>
        <translation>Ce qui a été testé</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>In one sentence</source>
        <translation>En une phrase</translation>
    </message>
    <message>
        <source>Time the whole test took</source>
        <translation>Durée totale du test</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>The server is empty</source>
        <translation>Le serveur est vide</translation>
    </message>
    <message>
        <source>The server contains a line break or control character</source>
        <translation>Le serveur contient un saut de ligne ou un caractère de contrôle</translation>
    </message>
    <message>
        <source>The [ has no closing ]</source>
        <translation>Le [ n&apos;a pas de ] fermant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IP address</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse IP valide</translation>
    </message>
    <message>
        <source>After ] only a port may follow, as in [2001:db8::1]:587</source>
        <translation>Après ], seul un port peut suivre, comme dans [2001:db8::1]:587</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address; with a port, write [2001:db8::1]:587</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse IPv6 valide&#xa0;; avec un port, écrivez [2001:db8::1]:587</translation>
    </message>
    <message>
        <source>There is no server name before the :</source>
        <translation>Il n&apos;y a pas de nom de serveur avant le&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 address</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse IPv4 valide</translation>
    </message>
    <message>
        <source>The port after : must be a number from 1 to 65535</source>
        <translation>Le port après&#xa0;: doit être un nombre de 1 à 65535</translation>
    </message>
</context>
<context>
    <name>SessionRecorder</name>
    <message numerus="yes">
        <source>… %n more lines of the message not shown</source>
        <translation>
            <numerusform>… %n autre ligne du message non affichée</numerusform>
            <numerusform>… %n autres lignes du message non affichées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeverityHeading</name>
    <message>
        <source>Problem (no reply from the server)</source>
        <translation>Problème (pas de réponse du serveur)</translation>
    </message>
    <message>
        <source>Temporary problem (no reply from the server)</source>
        <translation>Problème temporaire (pas de réponse du serveur)</translation>
    </message>
    <message>
        <source>Permanent failure (no reply code given)</source>
        <translation>Échec définitif (sans code de réponse)</translation>
    </message>
    <message>
        <source>Temporary failure (no reply code given)</source>
        <translation>Échec temporaire (sans code de réponse)</translation>
    </message>
</context>
<context>
    <name>SmtpDialogue</name>
    <message>
        <source>Connection closed by the server</source>
        <translation>Connexion fermée par le serveur</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake</source>
        <translation>Le serveur a fermé la connexion pendant la négociation TLS</translation>
    </message>
    <message>
        <source>Connection reset by the server</source>
        <translation>Connexion réinitialisée par le serveur</translation>
    </message>
    <message>
        <source>The server reset the connection during the TLS handshake</source>
        <translation>Le serveur a réinitialisé la connexion pendant la négociation TLS</translation>
    </message>
    <message>
        <source>No reply to QUIT; closing the connection</source>
        <translation>Pas de réponse à QUIT&#xa0;; fermeture de la connexion</translation>
    </message>
    <message>
        <source>No connection after %1 s</source>
        <translation>Pas de connexion après %1 s</translation>
    </message>
    <message>
        <source>Connected, but no greeting after %1 s</source>
        <translation>Connecté, mais pas de bannière d&apos;accueil après %1 s</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 s</source>
        <translation>La négociation TLS ne s&apos;est pas terminée en %1 s</translation>
    </message>
    <message>
        <source>No reply after %1 s</source>
        <translation>Pas de réponse après %1 s</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2) with TLS from the start</source>
        <translation>Connexion à %1 (%2) avec TLS dès le départ</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2)</source>
        <translation>Connexion à %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Connected after %n ms</source>
        <translation>
            <numerusform>Connecté après %n ms</numerusform>
            <numerusform>Connecté après %n ms</numerusform>
        </translation>
    </message>
    <message>
        <source>TLS established: %1, %2 (%3 bits)</source>
        <translation>TLS établi&#xa0;: %1, %2 (%3 bits)</translation>
    </message>
    <message>
        <source>%1 (ignored because of --tls-insecure)</source>
        <translation>%1 (ignoré en raison de --tls-insecure)</translation>
    </message>
    <message>
        <source>%1 (accepted, as mail servers do with opportunistic STARTTLS)</source>
        <translation>%1 (accepté, comme le font les serveurs de messagerie avec STARTTLS opportuniste)</translation>
    </message>
    <message>
        <source>The server sent a reply before its command was sent (%1): without PIPELINING every reply must follow its own command</source>
        <translation>Le serveur a envoyé une réponse avant l&apos;envoi de sa commande (%1)&#xa0;: sans PIPELINING, chaque réponse doit suivre sa propre commande</translation>
    </message>
    <message>
        <source>Cancelled by the user</source>
        <translation>Annulé par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The server greeted with %1 instead of 220</source>
        <translation>Le serveur a accueilli avec %1 au lieu de 220</translation>
    </message>
    <message>
        <source>Ignored an unusual capability line: %1</source>
        <translation>Ligne de capacité inhabituelle ignorée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server does not understand EHLO; trying the older HELO</source>
        <translation>Le serveur ne comprend pas EHLO&#xa0;; essai de l&apos;ancien HELO</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, and this test requires it</source>
        <translation>Le serveur ne propose pas STARTTLS, et ce test l&apos;exige</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: continuing without encryption</source>
        <translation>Le serveur ne propose pas STARTTLS&#xa0;: poursuite sans chiffrement</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: %1</source>
        <translation>Le serveur a refusé STARTTLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: continuing without encryption</source>
        <translation>Le serveur a refusé STARTTLS&#xa0;: poursuite sans chiffrement</translation>
    </message>
    <message>
        <source>The server refused the access token: %1 (decoded: %2)</source>
        <translation>Le serveur a refusé le jeton d&apos;accès&#xa0;: %1 (décodé&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>SmtpSession</name>
    <message>
        <source>The server sent a line that is not an SMTP reply</source>
        <translation>Le serveur a envoyé une ligne qui n&apos;est pas une réponse SMTP</translation>
    </message>
    <message numerus="yes">
        <source>The server sent a line longer than %n bytes</source>
        <translation>
            <numerusform>Le serveur a envoyé une ligne de plus de %n octet</numerusform>
            <numerusform>Le serveur a envoyé une ligne de plus de %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent a reply longer than %1 bytes</source>
        <translation>Le serveur a envoyé une réponse de plus de %1 octets</translation>
    </message>
    <message numerus="yes">
        <source>The server sent a reply of more than %n lines</source>
        <translation>
            <numerusform>Le serveur a envoyé une réponse de plus de %n ligne</numerusform>
            <numerusform>Le serveur a envoyé une réponse de plus de %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>The server reset the connection (TCP RST)</source>
        <translation>Le serveur a réinitialisé la connexion (TCP RST)</translation>
    </message>
    <message>
        <source>The certificate is not trusted: %1</source>
        <translation>Le certificat n&apos;est pas approuvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ignored what the server sent after its 220 to STARTTLS and before the TLS handshake: it answers nothing and may have been injected on the way (RFC 3207 §4.2)</source>
        <translation>Ce que le serveur a envoyé après son 220 à STARTTLS et avant la négociation TLS a été ignoré&#xa0;: cela ne répond à rien et a pu être injecté en chemin (RFC 3207 §4.2)</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Connexion fermée</translation>
    </message>
</context>
<context>
    <name>TerminalPrinter</name>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deciding reply: %1 %2 %3</source>
        <translation>Réponse décisive&#xa0;: %1 %2 %3</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Étapes suivantes&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Domain health of %1</source>
        <translation>État du domaine %1</translation>
    </message>
    <message>
        <source>Mail server %1 at %2</source>
        <translation>Serveur de messagerie %1 à l&apos;adresse %2</translation>
    </message>
</context>
<context>
    <name>TestRun</name>
    <message>
        <source>Using the mail servers looked up before</source>
        <translation>Utilisation des serveurs de messagerie recherchés précédemment</translation>
    </message>
    <message>
        <source>This server did not take the mail; a mail server would now try the next one: %1 (%2)</source>
        <translation>Ce serveur n&apos;a pas pris le courrier&#xa0;; un serveur de messagerie essaierait maintenant le suivant&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled by the user</source>
        <translation>Annulé par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Testing server %1 of %2: %3 (%4)</source>
        <translation>Test du serveur %1 sur %2&#xa0;: %3 (%4)</translation>
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
        <translation>Certificat</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid %3 to %4</source>
        <translation>%1, émis par %2, valide du %3 au %4</translation>
    </message>
    <message>
        <source>Names (SAN)</source>
        <translation>Noms (SAN)</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>none: the TLS handshake did not complete</source>
        <translation>aucune&#xa0;: la négociation TLS n&apos;a pas abouti</translation>
    </message>
    <message>
        <source>the certificate was verified</source>
        <translation>le certificat a été vérifié</translation>
    </message>
    <message>
        <source>Certificate error</source>
        <translation>Erreur de certificat</translation>
    </message>
    <message>
        <source>failed; the test went on anyway</source>
        <translation>échec&#xa0;; le test a quand même continué</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Durées</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>(asked %1)</source>
        <translation>(serveur interrogé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Étapes suivantes&#xa0;:</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Test plan</source>
        <translation>Plan de test</translation>
    </message>
    <message>
        <source>Mail servers (DNS) for %1</source>
        <translation>Serveurs de messagerie (DNS) de %1</translation>
    </message>
    <message>
        <source>Null MX: the domain says it accepts no mail (RFC 7505).</source>
        <translation>MX nul&#xa0;: le domaine déclare n&apos;accepter aucun courrier (RFC 7505).</translation>
    </message>
    <message>
        <source>No MX records: the domain&apos;s own address is used (implicit MX).</source>
        <translation>Aucun enregistrement MX&#xa0;: l&apos;adresse propre du domaine est utilisée (MX implicite).</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no addresses)</source>
        <translation>(aucune adresse)</translation>
    </message>
    <message>
        <source>PTR: %1</source>
        <translation>PTR&#xa0;: %1</translation>
    </message>
    <message>
        <source>Transcript (times in UTC)</source>
        <translation>Transcription (heures en UTC)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
</context>
<context>
    <name>VerdictWriter</name>
    <message>
        <source>The certificate of %1 could not be verified (%2); fix it before relying on TLS.</source>
        <translation>Le certificat de %1 n&apos;a pas pu être vérifié (%2)&#xa0;; corrigez-le avant de compter sur TLS.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>For %1: %2</source>
        <translation>Pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was only deferred (try again later); see its reply in the transcript.</source>
        <translation>%1 a seulement été différé (réessayez plus tard)&#xa0;; voir sa réponse dans la transcription.</translation>
    </message>
    <message>
        <source>%1 was refused for good; see its reply in the transcript.</source>
        <translation>%1 a été refusé définitivement&#xa0;; voir sa réponse dans la transcription.</translation>
    </message>
    <message>
        <source>The server at %1 refused %2.</source>
        <translation>Le serveur %1 a refusé %2.</translation>
    </message>
    <message>
        <source>The server at %1 asked to try %2 again later.</source>
        <translation>Le serveur %1 a demandé de réessayer %2 plus tard.</translation>
    </message>
    <message>
        <source>The server at %1 refused %2; the message went to %3 only.</source>
        <translation>Le serveur %1 a refusé %2&#xa0;; le message n&apos;est parti que vers %3.</translation>
    </message>
    <message>
        <source>The server at %1 refused %2; it accepted %3.</source>
        <translation>Le serveur %1 a refusé %2&#xa0;; il a accepté %3.</translation>
    </message>
    <message>
        <source>The server at %1 asked to try %2 again later; the message went to %3.</source>
        <translation>Le serveur %1 a demandé de réessayer %2 plus tard&#xa0;; le message est parti vers %3.</translation>
    </message>
    <message>
        <source>The server at %1 asked to try %2 again later; it accepted %3.</source>
        <translation>Le serveur %1 a demandé de réessayer %2 plus tard&#xa0;; il a accepté %3.</translation>
    </message>
    <message>
        <source>The server at %1 accepted the message for delivery.</source>
        <translation>Le serveur %1 a accepté le message pour remise.</translation>
    </message>
    <message numerus="yes">
        <source>The server at %1 accepted the message, but refused %n recipient(s): %2.</source>
        <translation>
            <numerusform>Le serveur %1 a accepté le message, mais a refusé %n destinataire&#xa0;: %2.</numerusform>
            <numerusform>Le serveur %1 a accepté le message, mais a refusé %n destinataires&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server at %1 accepted everything the test asked for; no message was sent.</source>
        <translation>Le serveur %1 a accepté tout ce que le test demandait&#xa0;; aucun message n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Check that the message arrived in the recipient&apos;s mailbox, and not in the spam folder.</source>
        <translation>Vérifiez que le message est arrivé dans la boîte aux lettres du destinataire, et pas dans le dossier spam.</translation>
    </message>
    <message>
        <source>Check the refused addresses in the transcript.</source>
        <translation>Vérifiez les adresses refusées dans la transcription.</translation>
    </message>
    <message>
        <source>The server at %1 refused %2: %3.</source>
        <translation>Le serveur %1 a refusé %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The server at %1 asked to try %2 again later: %3.</source>
        <translation>Le serveur %1 a demandé de réessayer %2 plus tard&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The server at %1 could not be reached: %2.</source>
        <translation>Le serveur %1 n&apos;a pas pu être joint&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No mail server for %1 could be reached: %2.</source>
        <translation>Aucun serveur de messagerie de %1 n&apos;a pu être joint&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The server at %1 took the connection but never sent its greeting (waited %2).</source>
        <translation>Le serveur %1 a accepté la connexion mais n&apos;a jamais envoyé sa bannière d&apos;accueil (attente&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The server at %1 stopped answering during %2 (waited %3).</source>
        <translation>Le serveur %1 a cessé de répondre pendant %2 (attente&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The DNS lookup for %1 failed: %2.</source>
        <translation>La recherche DNS pour %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The encrypted connection (TLS) with %1 failed: %2.</source>
        <translation>La connexion chiffrée (TLS) avec %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The server at %1 refused the access token of %2: %3.</source>
        <translation>Le serveur %1 a refusé le jeton d&apos;accès de %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The server at %1 did not accept the access token of %2: %3</source>
        <translation>Le serveur %1 n&apos;a pas accepté le jeton d&apos;accès de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Get a fresh access token for %1 (they expire, usually after an hour) and paste it again.</source>
        <translation>Obtenez un nouveau jeton d&apos;accès pour %1 (ils expirent, généralement au bout d&apos;une heure) et collez-le à nouveau.</translation>
    </message>
    <message>
        <source>The server at %1 did not accept the sign-in of %2: %3</source>
        <translation>Le serveur %1 n&apos;a pas accepté l&apos;authentification de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Type the password of %1 again on the Sign-in page (a password kept in the keychain may be out of date) and check the user name.</source>
        <translation>Saisissez à nouveau le mot de passe de %1 sur la page Authentification (un mot de passe conservé dans le trousseau peut être périmé) et vérifiez le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2.</source>
        <translation>L&apos;authentification auprès de %1 a échoué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The server at %1 closed the connection during %2 without finishing its reply.</source>
        <translation>Le serveur %1 a fermé la connexion pendant %2 sans terminer sa réponse.</translation>
    </message>
    <message>
        <source>The connection to %1 was broken off (reset) during %2.</source>
        <translation>La connexion avec %1 a été interrompue (réinitialisée) pendant %2.</translation>
    </message>
    <message>
        <source>The server at %1 sent a reply nobody asked for during %2: it does not wait for its turn.</source>
        <translation>Le serveur %1 a envoyé une réponse non sollicitée pendant %2&#xa0;: il n&apos;attend pas son tour.</translation>
    </message>
    <message>
        <source>The server at %1 answered with something that is not valid SMTP during %2.</source>
        <translation>Le serveur %1 a répondu par quelque chose qui n&apos;est pas du SMTP valide pendant %2.</translation>
    </message>
    <message>
        <source>The test was cancelled before it finished.</source>
        <translation>Le test a été annulé avant la fin.</translation>
    </message>
    <message>
        <source>Run the test again when ready.</source>
        <translation>Relancez le test quand vous êtes prêt.</translation>
    </message>
    <message numerus="yes">
        <source>; %n other mail server(s) took it.</source>
        <translation>
            <numerusform>; %n autre serveur de messagerie l&apos;a pris.</numerusform>
            <numerusform>; %n autres serveurs de messagerie l&apos;ont pris.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n other mail server(s) accepted the test.</source>
        <translation>
            <numerusform>; %n autre serveur de messagerie a accepté le test.</numerusform>
            <numerusform>; %n autres serveurs de messagerie ont accepté le test.</numerusform>
        </translation>
    </message>
    <message>
        <source>; the same server worked on its other address (%1).</source>
        <translation>; le même serveur a fonctionné sur son autre adresse (%1).</translation>
    </message>
    <message>
        <source>%1 did not take the mail, so it went to the next server; senders try %1 first every time, which delays mail: repair it or remove its MX record.</source>
        <translation>%1 n&apos;a pas pris le courrier, qui est donc passé au serveur suivant&#xa0;; les expéditeurs essaient %1 en premier à chaque fois, ce qui retarde le courrier&#xa0;: réparez-le ou supprimez son enregistrement MX.</translation>
    </message>
    <message>
        <source>Nothing to fix: the server behaved as expected.</source>
        <translation>Rien à corriger&#xa0;: le serveur s&apos;est comporté comme prévu.</translation>
    </message>
</context>
</TS>
