<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SMTP Wizard</source>
        <translation>À propos de SMTP Wizard</translation>
    </message>
    <message>
        <source>&lt;b&gt;SMTP Wizard %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;SMTP Wizard %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tests how a mail server answers, step by step, and explains every reply in plain words. Free software under the MIT licence.</source>
        <translation>Teste étape par étape comment un serveur de messagerie répond et explique chaque réponse en termes simples. Logiciel libre sous licence MIT.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2), QtKeychain %3</source>
        <translation>Qt %1 (compilé avec %2), QtKeychain %3</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>SMTP Wizard starts in the new language the next time it is opened.</source>
        <translation>SMTP Wizard démarrera dans la nouvelle langue à sa prochaine ouverture.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BatchCheckController</name>
    <message>
        <source>The list holds no address: type or paste one address per line.</source>
        <translation>La liste ne contient aucune adresse&#xa0;: tapez ou collez une adresse par ligne.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BatchCheckFlow</name>
    <message>
        <source>The results of the list check were not saved.</source>
        <translation>Les résultats de la vérification de la liste n&apos;ont pas été enregistrés.</translation>
    </message>
</context>
<context>
    <name>BatchFileDialog</name>
    <message>
        <source>Save the results</source>
        <translation>Enregistrer les résultats</translation>
    </message>
    <message>
        <source>CSV for a spreadsheet (*.csv)</source>
        <translation>CSV pour un tableur (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>Lignes JSON (*.jsonl)</translation>
    </message>
    <message>
        <source>%1 could not be replaced</source>
        <translation>%1 n&apos;a pas pu être remplacé</translation>
    </message>
</context>
<context>
    <name>BatchListPage</name>
    <message>
        <source>Check a list of addresses</source>
        <translation>Vérifier une liste d&apos;adresses</translation>
    </message>
    <message>
        <source>Each address&apos;s mail server is asked whether it would take mail for it. The check stops there: nothing is ever sent.</source>
        <translation>On demande au serveur de messagerie de chaque adresse s&apos;il accepterait du courrier pour elle. La vérification s&apos;arrête là&#xa0;: rien n&apos;est jamais envoyé.</translation>
    </message>
    <message>
        <source>&amp;Addresses, one per line (lines starting with # are skipped):</source>
        <translation>&amp;Adresses, une par ligne (les lignes commençant par # sont ignorées)&#xa0;:</translation>
    </message>
    <message>
        <source>someone@example.com
someone.else@example.org</source>
        <translation>someone@example.com
someone.else@example.org</translation>
    </message>
    <message>
        <source>Addresses, one per line</source>
        <translation>Adresses, une par ligne</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Reads the addresses from a .txt or .csv file: one address per line, as in the box.</source>
        <translation>Lit les adresses dans un fichier .txt ou .csv&#xa0;: une adresse par ligne, comme dans la zone de saisie.</translation>
    </message>
    <message>
        <source>&amp;Sender (MAIL FROM):</source>
        <translation>&amp;Expéditeur (MAIL FROM)&#xa0;:</translation>
    </message>
    <message>
        <source>check@your-domain.com, or &lt;&gt; for none</source>
        <translation>check@your-domain.com, ou &lt;&gt; pour aucun</translation>
    </message>
    <message>
        <source>The sender every server is told about. Use an address of your own domain: some servers refuse unknown senders, and then say nothing about the addresses.</source>
        <translation>L&apos;expéditeur annoncé à chaque serveur. Utilisez une adresse de votre propre domaine&#xa0;: certains serveurs refusent les expéditeurs inconnus et ne disent alors rien des adresses.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>A “yes” is not proof that a mailbox is read: some servers accept every address and bounce later. A temporary answer is worth asking again later.</source>
        <translation>Un « oui » ne prouve pas qu&apos;une boîte aux lettres est lue&#xa0;: certains serveurs acceptent toutes les adresses et renvoient un message de non-remise plus tard. Une réponse temporaire mérite d&apos;être redemandée plus tard.</translation>
    </message>
    <message>
        <source>Type the sender, e.g. an address of your own domain.</source>
        <translation>Tapez l&apos;expéditeur, par exemple une adresse de votre propre domaine.</translation>
    </message>
    <message>
        <source>No address yet.</source>
        <translation>Aucune adresse pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 in %2.</source>
        <translation>%1 dans %2.</translation>
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
        <source>%n repeated line(s) will be checked once.</source>
        <translation>
            <numerusform>%n ligne répétée sera vérifiée une seule fois.</numerusform>
            <numerusform>%n lignes répétées seront vérifiées une seule fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are not addresses; each is listed in the results as an error:</source>
        <translation>
            <numerusform>%n ligne n&apos;est pas une adresse&#xa0;; elle figure dans les résultats comme une erreur&#xa0;:</numerusform>
            <numerusform>%n lignes ne sont pas des adresses&#xa0;; chacune figure dans les résultats comme une erreur&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2 (%3)</source>
        <translation>Ligne %1&#xa0;: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a list of addresses</source>
        <translation>Ouvrir une liste d&apos;adresses</translation>
    </message>
    <message>
        <source>Lists of addresses (*.txt *.csv)</source>
        <translation>Listes d&apos;adresses (*.txt *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BatchResultsPage</name>
    <message>
        <source>Checking the addresses</source>
        <translation>Vérification des adresses</translation>
    </message>
    <message>
        <source>Each mail server is asked up to RCPT TO and no further: nothing is sent.</source>
        <translation>Chaque serveur de messagerie est interrogé jusqu&apos;à RCPT TO, pas plus loin&#xa0;: rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>Addresses checked</source>
        <translation>Adresses vérifiées</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stops asking; the addresses answered so far stay in the table.</source>
        <translation>Arrête les demandes&#xa0;; les adresses qui ont déjà répondu restent dans le tableau.</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>part of an address, a server or the server&apos;s words</source>
        <translation>une partie d&apos;une adresse, un serveur ou le texte du serveur</translation>
    </message>
    <message>
        <source>Find in the results</source>
        <translation>Rechercher dans les résultats</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>Affi&amp;cher&#xa0;:</translation>
    </message>
    <message>
        <source>Show the outcome</source>
        <translation>Afficher le résultat</translation>
    </message>
    <message>
        <source>Sa&amp;ve results…</source>
        <translation>&amp;Enregistrer les résultats…</translation>
    </message>
    <message>
        <source>Writes every row, as CSV for a spreadsheet or as JSON lines, whatever the filter shows.</source>
        <translation>Écrit toutes les lignes, en CSV pour un tableur ou en lignes JSON, quel que soit le filtre affiché.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Looking up the mail servers…</source>
        <translation>Recherche des serveurs de messagerie…</translation>
    </message>
    <message>
        <source>Checking %1 in %2…</source>
        <translation>Vérification de %1 dans %2…</translation>
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
        <source>Stopped: %n address(es) were not asked. The rows so far can be saved.</source>
        <translation>
            <numerusform>Arrêté&#xa0;: %n adresse n&apos;a pas été demandée. Les lignes obtenues peuvent être enregistrées.</numerusform>
            <numerusform>Arrêté&#xa0;: %n adresses n&apos;ont pas été demandées. Les lignes obtenues peuvent être enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. Sort by a column&apos;s heading, filter with the box, or save the rows.</source>
        <translation>Terminé. Triez en cliquant sur l&apos;en-tête d&apos;une colonne, filtrez avec la zone de recherche, ou enregistrez les lignes.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1.</numerusform>
            <numerusform>%n lignes enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The results were not saved: %1</source>
        <translation>Les résultats n&apos;ont pas été enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 checked: %3 accepted, %4 refused, %5 temporary, %6</source>
        <translation>%1 sur %2 vérifiées&#xa0;: %3 acceptées, %4 refusées, %5 temporaires, %6</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message>
        <source>, in %1 s</source>
        <translation>, en %1 s</translation>
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
    <name>BatchRowModel</name>
    <message>
        <source>the server takes mail for this address</source>
        <translation>le serveur accepte le courrier pour cette adresse</translation>
    </message>
    <message>
        <source>this line is not an e-mail address</source>
        <translation>cette ligne n&apos;est pas une adresse e-mail</translation>
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
        <source>What it means</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message>
        <source>Certificate chain</source>
        <translation>Chaîne de certificats</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>The certificate was verified for %1.</source>
        <translation>Le certificat a été vérifié pour %1.</translation>
    </message>
    <message>
        <source>The certificate could not be verified for %1.</source>
        <translation>Le certificat n&apos;a pas pu être vérifié pour %1.</translation>
    </message>
    <message>
        <source>%1, %2 (%3 bits). %4</source>
        <translation>%1, %2 (%3 bits). %4</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificat du serveur</translation>
    </message>
    <message>
        <source>Issuer %1</source>
        <translation>Émetteur %1</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Émis par</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Auto-signé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>CloseQuestion</name>
    <message>
        <source>Close SMTP Wizard</source>
        <translation>Fermer SMTP Wizard</translation>
    </message>
    <message>
        <source>This test is kept in History, but it was not saved as a report or copied for a ticket.</source>
        <translation>Ce test est conservé dans l&apos;historique, mais il n&apos;a pas été enregistré comme rapport ni copié pour un ticket.</translation>
    </message>
    <message>
        <source>Close anyway?</source>
        <translation>Fermer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>&amp;Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>What you pasted and its explanation are kept nowhere: they were not saved or copied for a ticket.</source>
        <translation>Ce que vous avez collé et son explication ne sont conservés nulle part : ils n&apos;ont été ni enregistrés ni copiés pour un ticket.</translation>
    </message>
    <message>
        <source>&amp;Save explanation…</source>
        <translation>&amp;Enregistrer l&apos;explication…</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <source>What changed between two tests</source>
        <translation>Ce qui a changé entre deux tests</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Avant&#xa0;: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Après&#xa0;: %1</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>No differences: both tests went the same way.</source>
        <translation>Aucune différence&#xa0;: les deux tests se sont déroulés de la même façon.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Mail servers</source>
        <translation>Serveurs de messagerie</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Server replies</source>
        <translation>Réponses du serveur</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>How to connect. The defaults fit what you chose on the first page.</source>
        <translation>Comment se connecter. Les valeurs par défaut correspondent à ce que vous avez choisi sur la première page.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>25: server to server. 587: mail programs, with STARTTLS. 465: mail programs, encrypted from the start.</source>
        <translation>25&#xa0;: de serveur à serveur. 587&#xa0;: logiciels de messagerie, avec STARTTLS. 465&#xa0;: logiciels de messagerie, chiffré dès le départ.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sécurité&#xa0;:</translation>
    </message>
    <message>
        <source>STARTTLS switches a plain connection to encryption; TLS encrypts from the first byte. &quot;Required&quot; stops when encryption or the certificate fails.</source>
        <translation>STARTTLS fait passer une connexion en clair au chiffrement&#xa0;; TLS chiffre dès le premier octet. &quot;Obligatoire&quot; s&apos;arrête si le chiffrement ou le certificat échoue.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>None (plain text)</source>
        <translation>Aucune (texte en clair)</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS s&apos;il est proposé</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS obligatoire</translation>
    </message>
    <message>
        <source>TLS from the start (implicit)</source>
        <translation>TLS dès le départ (implicite)</translation>
    </message>
    <message>
        <source>&amp;EHLO name:</source>
        <translation>Nom &amp;EHLO&#xa0;:</translation>
    </message>
    <message>
        <source>The name this computer gives in its greeting (EHLO). Receiving servers may check that it is a real, resolvable name.</source>
        <translation>Le nom que cet ordinateur donne dans sa présentation (EHLO). Les serveurs destinataires peuvent vérifier qu&apos;il s&apos;agit d&apos;un vrai nom, résolvable.</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>Nom EHLO</translation>
    </message>
    <message>
        <source>&amp;Waiting times:</source>
        <translation>&amp;Temps d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <source>How long to wait for each step. RFC 5321 values are what patient mail servers wait (minutes).</source>
        <translation>Combien de temps attendre à chaque étape. Les valeurs de la RFC 5321 correspondent à l&apos;attente des serveurs de messagerie patients (plusieurs minutes).</translation>
    </message>
    <message>
        <source>Waiting times</source>
        <translation>Temps d&apos;attente</translation>
    </message>
    <message>
        <source>Short (help desk: up to 30 seconds per step)</source>
        <translation>Courts (support&#xa0;: jusqu&apos;à 30 secondes par étape)</translation>
    </message>
    <message>
        <source>Patient (RFC 5321: up to 10 minutes per step)</source>
        <translation>Patients (RFC 5321&#xa0;: jusqu&apos;à 10 minutes par étape)</translation>
    </message>
    <message>
        <source>&amp;Internet protocol:</source>
        <translation>Protocole &amp;Internet&#xa0;:</translation>
    </message>
    <message>
        <source>Limit the test to IPv4 or IPv6 addresses, e.g. to check that both work.</source>
        <translation>Limiter le test aux adresses IPv4 ou IPv6, par exemple pour vérifier que les deux fonctionnent.</translation>
    </message>
    <message>
        <source>Internet protocol</source>
        <translation>Protocole Internet</translation>
    </message>
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
    <message>
        <source>Extra trusted &amp;CA:</source>
        <translation>&amp;AC de confiance supplémentaire&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>A PEM file with a certificate authority to trust besides the system&apos;s, e.g. your company&apos;s own CA.</source>
        <translation>Un fichier PEM contenant une autorité de certification à approuver en plus de celles du système, par exemple l&apos;AC de votre entreprise.</translation>
    </message>
    <message>
        <source>Extra trusted certificate authority file</source>
        <translation>Fichier d&apos;autorité de certification de confiance supplémentaire</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>C&amp;ontinue despite certificate problems (record them)</source>
        <translation>C&amp;ontinuer malgré les problèmes de certificat (en les consignant)</translation>
    </message>
    <message>
        <source>Goes on when the server&apos;s certificate cannot be verified, so the rest of the test still runs; the problem is reported.</source>
        <translation>Continue lorsque le certificat du serveur ne peut pas être vérifié, pour que le reste du test s&apos;exécute&#xa0;; le problème est signalé.</translation>
    </message>
    <message>
        <source>STARTTLS starts plain and switches to encryption when the server offers it; TLS (port 465) is encrypted from the first byte.</source>
        <translation>STARTTLS démarre en clair et passe au chiffrement si le serveur le propose&#xa0;; TLS (port 465) est chiffré dès le premier octet.</translation>
    </message>
    <message>
        <source>EHLO is how this computer introduces itself to the server; some servers refuse a name that does not exist in the DNS.</source>
        <translation>EHLO est la façon dont cet ordinateur se présente au serveur&#xa0;; certains serveurs refusent un nom qui n&apos;existe pas dans le DNS.</translation>
    </message>
    <message>
        <source>automatic: this computer&apos;s name, or its address</source>
        <translation>automatique&#xa0;: le nom de cet ordinateur, ou son adresse</translation>
    </message>
    <message>
        <source>The port comes from the server name on the first page.</source>
        <translation>Le port provient du nom du serveur indiqué sur la première page.</translation>
    </message>
    <message>
        <source>Trust an extra certificate authority</source>
        <translation>Approuver une autorité de certification supplémentaire</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ConsoleSignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>S&apos;authentifier</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Méthode d&apos;authentification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>The password is sent in the AUTH exchange and shown as ******** in the transcript; it is never kept.</source>
        <translation>Le mot de passe est envoyé lors de l&apos;échange AUTH et affiché sous la forme ******** dans la transcription&#xa0;; il n&apos;est jamais conservé.</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;S&apos;authentifier</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d&apos;accès&#xa0;:</translation>
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
        <translation>&amp;S&apos;authentifier…</translation>
    </message>
    <message>
        <source>Send a test &amp;message</source>
        <translation>Envoyer un &amp;message de test</translation>
    </message>
    <message>
        <source>Type the commands yourself – %1</source>
        <translation>Taper vous-même les commandes – %1</translation>
    </message>
    <message>
        <source>SMTP command</source>
        <translation>Commande SMTP</translation>
    </message>
    <message>
        <source>an SMTP command, e.g. EHLO my-pc.example.com; Up and Down recall earlier ones</source>
        <translation>une commande SMTP, par exemple EHLO my-pc.example.com&#xa0;; les flèches Haut et Bas rappellent les précédentes</translation>
    </message>
    <message>
        <source>Sends STARTTLS and, on 220, switches this connection to TLS; the certificate check is shown</source>
        <translation>Envoie STARTTLS et, sur une réponse 220, passe cette connexion en TLS&#xa0;; la vérification du certificat est affichée</translation>
    </message>
    <message>
        <source>Signs in with AUTH PLAIN, LOGIN or XOAUTH2, worked out for you; the secret never appears</source>
        <translation>S&apos;authentifie avec AUTH PLAIN, LOGIN ou XOAUTH2, préparé pour vous&#xa0;; le mot de passe ou le jeton n&apos;apparaît jamais</translation>
    </message>
    <message>
        <source>Sends DATA, then a short test message with dot-stuffing, then the final dot</source>
        <translation>Envoie DATA, puis un court message de test (points de début de ligne doublés), puis le point final</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Each reply is explained here as it arrives; select a line to read it again.</source>
        <translation>Chaque réponse est expliquée ici dès son arrivée&#xa0;; sélectionnez une ligne pour relire son explication.</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Commande&#xa0;:</translation>
    </message>
    <message>
        <source>Encrypted, and the certificate was verified.</source>
        <translation>Chiffré, et le certificat a été vérifié.</translation>
    </message>
    <message>
        <source>Encrypted, but the certificate did not verify: %1</source>
        <translation>Chiffré, mais le certificat n&apos;a pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Use “Send a test message” here; /data FILE is for smtp-wizard-cli --interactive.</source>
        <translation>Utilisez ici «&#xa0;Envoyer un message de test&#xa0;»&#xa0;; /data FILE est réservé à smtp-wizard-cli --interactive.</translation>
    </message>
    <message>
        <source>Looking up the mail server…</source>
        <translation>Recherche du serveur de messagerie…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Connected. Type a command and press Enter; each reply is explained on the right.</source>
        <translation>Connecté. Tapez une commande et appuyez sur Entrée&#xa0;; chaque réponse est expliquée à droite.</translation>
    </message>
    <message>
        <source>Waiting for the server’s reply…</source>
        <translation>Attente de la réponse du serveur…</translation>
    </message>
    <message>
        <source>Message: each line you enter is part of the message; a line with only a dot ends it.</source>
        <translation>Message&#xa0;: chaque ligne saisie fait partie du message&#xa0;; une ligne ne contenant qu&apos;un point le termine.</translation>
    </message>
    <message>
        <source>The session has ended. Close this window, or read the transcript.</source>
        <translation>La session est terminée. Fermez cette fenêtre ou consultez la transcription.</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>What would you like to test?</source>
        <translation>Que voulez-vous tester&#xa0;?</translation>
    </message>
    <message>
        <source>Choose how mail should travel, then say where to.</source>
        <translation>Choisissez le trajet du courrier, puis indiquez la destination.</translation>
    </message>
    <message>
        <source>&amp;Delivery to a domain, as another mail server would (port 25)</source>
        <translation>Re&amp;mise à un domaine, comme le ferait un autre serveur de messagerie (port 25)</translation>
    </message>
    <message>
        <source>Looks up the domain&apos;s mail servers (MX records) and talks to them like a sending mail server.</source>
        <translation>Recherche les serveurs de messagerie du domaine (enregistrements MX) et dialogue avec eux comme un serveur de messagerie d&apos;envoi.</translation>
    </message>
    <message>
        <source>Use this when mail &lt;i&gt;to&lt;/i&gt; a domain bounces: SMTP Wizard finds the domain&apos;s mail servers (its MX records) and talks to them as a sending mail server would.</source>
        <translation>Utilisez ce choix quand le courrier &lt;i&gt;vers&lt;/i&gt; un domaine revient en erreur&#xa0;: SMTP Wizard trouve les serveurs de messagerie du domaine (ses enregistrements MX) et dialogue avec eux comme le ferait un serveur de messagerie d&apos;envoi.</translation>
    </message>
    <message>
        <source>&amp;Sending through our own mail server (submission with sign-in, port 587 or 465)</source>
        <translation>&amp;Envoi par notre propre serveur de messagerie (soumission avec authentification, port 587 ou 465)</translation>
    </message>
    <message>
        <source>Connects to the server your mail program uses and signs in, as Outlook or Thunderbird would.</source>
        <translation>Se connecte au serveur utilisé par votre logiciel de messagerie et s&apos;authentifie, comme le feraient Outlook ou Thunderbird.</translation>
    </message>
    <message>
        <source>Use this when a mail program cannot &lt;i&gt;send&lt;/i&gt;: SMTP Wizard connects to your outgoing server and signs in, as Outlook or Thunderbird would.</source>
        <translation>Utilisez ce choix quand un logiciel de messagerie ne parvient pas à &lt;i&gt;envoyer&lt;/i&gt;&#xa0;: SMTP Wizard se connecte à votre serveur sortant et s&apos;authentifie, comme le feraient Outlook ou Thunderbird.</translation>
    </message>
    <message>
        <source>E&amp;xplain an error message or a bounce</source>
        <translation>E&amp;xpliquer un message d&apos;erreur ou de non-remise</translation>
    </message>
    <message>
        <source>Paste a server reply or an undeliverable-mail report, or open a saved .eml file.</source>
        <translation>Collez une réponse de serveur ou un rapport de non-remise, ou ouvrez un fichier .eml enregistré.</translation>
    </message>
    <message>
        <source>Use this when you already have an error message or an undeliverable-mail report: paste it, or open a saved .eml file.</source>
        <translation>Utilisez ce choix si vous avez déjà un message d&apos;erreur ou un rapport de non-remise&#xa0;: collez-le, ou ouvrez un fichier .eml enregistré.</translation>
    </message>
    <message>
        <source>Check a &amp;list of addresses (nothing is sent)</source>
        <translation>&amp;Vérifier une liste d&apos;adresses (rien n&apos;est envoyé)</translation>
    </message>
    <message>
        <source>Asks each address&apos;s mail server whether it would take mail for the address, and stops before any message is sent.</source>
        <translation>Demande au serveur de messagerie de chaque adresse s&apos;il accepterait du courrier pour elle, et s&apos;arrête avant l&apos;envoi de tout message.</translation>
    </message>
    <message>
        <source>Use this to find out which addresses of a list (from a CRM, a newsletter, a spreadsheet) still exist: paste them or open a .txt or .csv file.</source>
        <translation>Utilisez ce choix pour savoir quelles adresses d&apos;une liste (d&apos;un CRM, d&apos;une newsletter, d&apos;un tableur) existent encore&#xa0;: collez-les ou ouvrez un fichier .txt ou .csv.</translation>
    </message>
    <message>
        <source>Domain or e-mail &amp;address:</source>
        <translation>Domaine ou &amp;adresse e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>example.com or someone@example.com</source>
        <translation>example.com ou someone@example.com</translation>
    </message>
    <message>
        <source>The domain whose mail servers should accept the message; an e-mail address uses its domain.</source>
        <translation>Le domaine dont les serveurs de messagerie doivent accepter le message&#xa0;; pour une adresse e-mail, son domaine est utilisé.</translation>
    </message>
    <message>
        <source>Domain or e-mail address</source>
        <translation>Domaine ou adresse e-mail</translation>
    </message>
    <message>
        <source>Mail se&amp;rver:</source>
        <translation>Se&amp;rveur de messagerie&#xa0;:</translation>
    </message>
    <message>
        <source>smtp.example.com or smtp.example.com:587</source>
        <translation>smtp.example.com ou smtp.example.com:587</translation>
    </message>
    <message>
        <source>The outgoing (SMTP) server from your mail program&apos;s settings; add :port to use another port.</source>
        <translation>Le serveur sortant (SMTP) indiqué dans les paramètres de votre logiciel de messagerie&#xa0;; ajoutez :port pour utiliser un autre port.</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>5&amp;87 with STARTTLS</source>
        <translation>5&amp;87 avec STARTTLS</translation>
    </message>
    <message>
        <source>Port 587: the connection starts plain and switches to encryption (STARTTLS).</source>
        <translation>Port 587&#xa0;: la connexion démarre en clair et passe au chiffrement (STARTTLS).</translation>
    </message>
    <message>
        <source>&amp;465 with TLS</source>
        <translation>&amp;465 avec TLS</translation>
    </message>
    <message>
        <source>Port 465: encrypted from the first byte (implicit TLS).</source>
        <translation>Port 465&#xa0;: chiffré dès le premier octet (TLS implicite).</translation>
    </message>
    <message>
        <source>Check whether this server is an &amp;open relay (instead of a delivery)</source>
        <translation>Vérifier si ce serveur est un relais &amp;ouvert (au lieu d&apos;une remise)</translation>
    </message>
    <message>
        <source>Tries to hand the server mail from and to addresses outside its domains, without signing in, and stops before any message is sent.</source>
        <translation>Essaie de confier au serveur du courrier d&apos;adresses et vers des adresses extérieures à ses domaines, sans authentification, et s&apos;arrête avant l&apos;envoi de tout message.</translation>
    </message>
    <message>
        <source>Check whether this server is an open relay</source>
        <translation>Vérifier si ce serveur est un relais ouvert</translation>
    </message>
    <message>
        <source>An open relay passes on mail for other domains from anyone, which spammers abuse within hours. The check names outside addresses (example.com, example.net) in several forms, never sends a message, and needs no sender or recipient.</source>
        <translation>Un relais ouvert transmet de n&apos;importe qui du courrier pour d&apos;autres domaines, ce que les spammeurs exploitent en quelques heures. La vérification indique des adresses extérieures (example.com, example.net) sous plusieurs formes, n&apos;envoie jamais de message, et ne nécessite ni expéditeur ni destinataire.</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>The tests run before: reopen one, save its report or compare two.</source>
        <translation>Les tests exécutés précédemment&#xa0;: rouvrez-en un, enregistrez son rapport ou comparez-en deux.</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profils…</translation>
    </message>
    <message>
        <source>Save these settings under a name, or start from settings saved before. Passwords are never saved.</source>
        <translation>Enregistrez ces paramètres sous un nom, ou partez de paramètres enregistrés précédemment. Les mots de passe ne sont jamais enregistrés.</translation>
    </message>
    <message>
        <source>Type the domain (contoso.com) or the address that gets the bounces.</source>
        <translation>Tapez le domaine (contoso.com) ou l&apos;adresse qui reçoit les messages de non-remise.</translation>
    </message>
    <message>
        <source>Type your mail server&apos;s name, e.g. smtp.contoso.com, or smtp.contoso.com:2525.</source>
        <translation>Tapez le nom de votre serveur de messagerie, par exemple smtp.contoso.com, ou smtp.contoso.com:2525.</translation>
    </message>
    <message>
        <source>Port %1, starts plain, then S&amp;TARTTLS</source>
        <translation>Port %1, démarre en clair, puis S&amp;TARTTLS</translation>
    </message>
    <message>
        <source>Port %1, encrypted from the start (T&amp;LS)</source>
        <translation>Port %1, chiffré dès le départ (T&amp;LS)</translation>
    </message>
</context>
<context>
    <name>ExplainPage</name>
    <message>
        <source>Explain an error message</source>
        <translation>Expliquer un message d&apos;erreur</translation>
    </message>
    <message>
        <source>Paste a server&apos;s reply or a whole undeliverable-mail report, or open a saved message (.eml).</source>
        <translation>Collez la réponse d&apos;un serveur ou un rapport de non-remise complet, ou ouvrez un message enregistré (.eml).</translation>
    </message>
    <message>
        <source>e.g. 550 5.1.1 &lt;someone@example.com&gt;: Recipient address rejected: User unknown</source>
        <translation>par ex. 550 5.1.1 &lt;someone@example.com&gt;: Recipient address rejected: User unknown</translation>
    </message>
    <message>
        <source>Error message to explain</source>
        <translation>Message d&apos;erreur à expliquer</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>E&amp;xpliquer</translation>
    </message>
    <message>
        <source>&amp;Open .eml file…</source>
        <translation>&amp;Ouvrir un fichier .eml…</translation>
    </message>
    <message>
        <source>&amp;Copy for a ticket</source>
        <translation>&amp;Copier pour un ticket</translation>
    </message>
    <message>
        <source>Puts what was found, its explanation and the pasted text on the clipboard, as text and as formatted HTML.</source>
        <translation>Place dans le presse-papiers ce qui a été trouvé, son explication et le texte collé, en texte et en HTML mis en forme.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Saves the explanation as a web page (.html) or as text (.txt).</source>
        <translation>Enregistre l&apos;explication sous forme de page web (.html) ou de texte (.txt).</translation>
    </message>
    <message>
        <source>What was found in the text</source>
        <translation>Ce qui a été trouvé dans le texte</translation>
    </message>
    <message>
        <source>Nothing explained yet</source>
        <translation>Rien n&apos;a encore été expliqué</translation>
    </message>
    <message>
        <source>Paste a server&apos;s reply or a whole bounce above, or open a saved message, then press Explain: what it means and what to do next appear here.</source>
        <translation>Collez ci-dessus la réponse d&apos;un serveur ou un message de non-remise complet, ou ouvrez un message enregistré, puis cliquez sur Expliquer&#xa0;: sa signification et les étapes suivantes apparaissent ici.</translation>
    </message>
    <message>
        <source>Open a message</source>
        <translation>Ouvrir un message</translation>
    </message>
    <message>
        <source>Messages (*.eml *.txt);;All files (*)</source>
        <translation>Messages (*.eml *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The explanation is on the clipboard, as text and as formatted HTML.</source>
        <translation>L&apos;explication est dans le presse-papiers, en texte et en HTML mis en forme.</translation>
    </message>
    <message>
        <source>Save the explanation</source>
        <translation>Enregistrer l&apos;explication</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm);;Text (*.txt)</source>
        <translation>Page web (*.html *.htm);;Texte (*.txt)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing in this text could be recognised as a mail server&apos;s reply.</source>
        <translation>Rien dans ce texte n&apos;a pu être reconnu comme la réponse d&apos;un serveur de messagerie.</translation>
    </message>
</context>
<context>
    <name>ExplanationPanel</name>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>Select a line of the transcript to see what it means.</source>
        <translation>Sélectionnez une ligne de la transcription pour voir sa signification.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Based on: %1</source>
        <translation>D&apos;après&#xa0;: %1</translation>
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
</context>
<context>
    <name>HealthView</name>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Domain health checks</source>
        <translation>Vérifications de l&apos;état du domaine</translation>
    </message>
    <message>
        <source>What the selected check found</source>
        <translation>Ce qu&apos;a trouvé la vérification sélectionnée</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à l&apos;adresse %2</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>SMTP Wizard Help</source>
        <translation>Aide de SMTP Wizard</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Précédent (%1)</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Suivant (%1)</translation>
    </message>
    <message>
        <source>The start of the guide, with the list of its sections</source>
        <translation>Le début du guide, avec la liste de ses sections</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Version, licence and the language SMTP Wizard starts in</source>
        <translation>Version, licence et langue de démarrage de SMTP Wizard</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparer</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>History of tests</source>
        <translation>Historique des tests</translation>
    </message>
    <message>
        <source>Earlier tests</source>
        <translation>Tests précédents</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Shows the test again as it ended: the conversation and the summary.</source>
        <translation>Réaffiche le test tel qu&apos;il s&apos;est terminé&#xa0;: la conversation et le résumé.</translation>
    </message>
    <message>
        <source>Select two tests to see what changed between them.</source>
        <translation>Sélectionnez deux tests pour voir ce qui a changé entre eux.</translation>
    </message>
    <message>
        <source>Saves the selected test as text, HTML, PDF or JSON. Passwords are never included.</source>
        <translation>Enregistre le test sélectionné en texte, HTML, PDF ou JSON. Les mots de passe n&apos;y figurent jamais.</translation>
    </message>
    <message>
        <source>&amp;Keep the last</source>
        <translation>&amp;Conserver les derniers</translation>
    </message>
    <message>
        <source>How many tests to keep</source>
        <translation>Nombre de tests à conserver</translation>
    </message>
    <message>
        <source>How many finished tests the history keeps; the oldest are removed first. 0 keeps none: the history is off.</source>
        <translation>Nombre de tests terminés que l&apos;historique conserve&#xa0;; les plus anciens sont supprimés en premier. 0 n&apos;en conserve aucun&#xa0;: l&apos;historique est désactivé.</translation>
    </message>
    <message>
        <source>tests</source>
        <translation>tests</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No tests yet: every test you run is kept here.</source>
        <translation>Aucun test pour l&apos;instant&#xa0;: chaque test que vous exécutez est conservé ici.</translation>
    </message>
    <message>
        <source>The history is off: no test is kept. Set below how many to keep.</source>
        <translation>L&apos;historique est désactivé&#xa0;: aucun test n&apos;est conservé. Indiquez ci-dessous combien en conserver.</translation>
    </message>
    <message>
        <source>This test cannot be opened: %1</source>
        <translation>Ce test ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>These tests cannot be compared: %1</source>
        <translation>Ces tests ne peuvent pas être comparés&#xa0;: %1</translation>
    </message>
    <message>
        <source>This test cannot be saved: %1</source>
        <translation>Ce test ne peut pas être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Le rapport a été enregistré sous %1.</translation>
    </message>
    <message>
        <source>Delete tests</source>
        <translation>Supprimer des tests</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected test(s) from the history?</source>
        <translation>
            <numerusform>Supprimer de l&apos;historique le test sélectionné&#xa0;?</numerusform>
            <numerusform>Supprimer de l&apos;historique les %n tests sélectionnés&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved reports are not affected.</source>
        <translation>Les rapports enregistrés ne sont pas concernés.</translation>
    </message>
    <message>
        <source>A test could not be deleted: %1</source>
        <translation>Un test n&apos;a pas pu être supprimé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MailServersPage</name>
    <message>
        <source>Mail servers</source>
        <translation>Serveurs de messagerie</translation>
    </message>
    <message>
        <source>The servers that receive mail for the destination: its MX records in the DNS, tried in order of preference (the lowest number first).</source>
        <translation>Les serveurs qui reçoivent le courrier pour la destination&#xa0;: ses enregistrements MX dans le DNS, essayés par ordre de préférence (le plus petit nombre d&apos;abord).</translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>&amp;Cancel lookup</source>
        <translation>&amp;Annuler la recherche</translation>
    </message>
    <message>
        <source>&amp;Look up again</source>
        <translation>&amp;Rechercher à nouveau</translation>
    </message>
    <message>
        <source>Mail servers found</source>
        <translation>Serveurs de messagerie trouvés</translation>
    </message>
    <message>
        <source>Preference: lower numbers are tried first. Reverse DNS: the name the address points back to, which receiving servers often check.</source>
        <translation>Préférence&#xa0;: les plus petits nombres sont essayés en premier. DNS inverse&#xa0;: le nom vers lequel renvoie l&apos;adresse, que les serveurs destinataires vérifient souvent.</translation>
    </message>
    <message>
        <source>Domain health</source>
        <translation>État du domaine</translation>
    </message>
    <message>
        <source>Are the domain&apos;s records set up so that others accept its mail and send to it securely? SPF, DMARC, MTA-STS, TLS-RPT, DANE and reverse DNS.</source>
        <translation>Les enregistrements du domaine sont-ils configurés pour que les autres acceptent son courrier et lui envoient du courrier en toute sécurité&#xa0;? SPF, DMARC, MTA-STS, TLS-RPT, DANE et DNS inverse.</translation>
    </message>
    <message>
        <source>C&amp;heck the domain&apos;s records</source>
        <translation>Vérifier les enre&amp;gistrements du domaine</translation>
    </message>
    <message>
        <source>Looks up the domain&apos;s SPF, DMARC, MTA-STS (and fetches its policy over HTTPS), TLS-RPT and TLSA records and the reverse DNS of each mail server, and explains what they mean. Sends no mail.</source>
        <translation>Recherche les enregistrements SPF, DMARC, MTA-STS (et récupère sa politique par HTTPS), TLS-RPT et TLSA du domaine ainsi que le DNS inverse de chaque serveur de messagerie, et explique leur signification. N&apos;envoie aucun courrier.</translation>
    </message>
    <message>
        <source>Which servers to try</source>
        <translation>Serveurs à essayer</translation>
    </message>
    <message>
        <source>The &amp;first that answers, as mail servers do</source>
        <translation>Le &amp;premier qui répond, comme les serveurs de messagerie</translation>
    </message>
    <message>
        <source>Tries the next server when one cannot be reached or answers with a temporary error (RFC 5321 section 5).</source>
        <translation>Essaie le serveur suivant quand l&apos;un d&apos;eux est injoignable ou répond par une erreur temporaire (RFC 5321, section 5).</translation>
    </message>
    <message>
        <source>&amp;Every server, to compare them</source>
        <translation>&amp;Chaque serveur, pour les comparer</translation>
    </message>
    <message>
        <source>Ad&amp;vanced: ask another DNS server</source>
        <translation>A&amp;vancé&#xa0;: interroger un autre serveur DNS</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>Serveur &amp;DNS&#xa0;:</translation>
    </message>
    <message>
        <source>this computer&apos;s resolver</source>
        <translation>le résolveur de cet ordinateur</translation>
    </message>
    <message>
        <source>Ask this DNS server (an IP address) instead of the one this computer uses, e.g. to see what the outside world sees.</source>
        <translation>Interroger ce serveur DNS (une adresse IP) au lieu de celui qu&apos;utilise cet ordinateur, par exemple pour voir ce que voit le monde extérieur.</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>Serveur DNS</translation>
    </message>
    <message>
        <source>Look &amp;up with this server</source>
        <translation>Rec&amp;hercher avec ce serveur</translation>
    </message>
    <message>
        <source>Looking up the mail servers of %1… %2 s so far; Cancel stops it.</source>
        <translation>Recherche des serveurs de messagerie de %1… %2 s écoulées&#xa0;; Annuler l&apos;arrête.</translation>
    </message>
    <message>
        <source>Your mail server</source>
        <translation>Votre serveur de messagerie</translation>
    </message>
    <message>
        <source>The addresses of your outgoing server, as the DNS gives them.</source>
        <translation>Les adresses de votre serveur sortant, telles que le DNS les donne.</translation>
    </message>
    <message>
        <source>Looking up the mail servers of %1…</source>
        <translation>Recherche des serveurs de messagerie de %1…</translation>
    </message>
    <message>
        <source>The lookup was cancelled.</source>
        <translation>La recherche a été annulée.</translation>
    </message>
    <message>
        <source>Nothing was looked up.</source>
        <translation>Aucune recherche n&apos;a été effectuée.</translation>
    </message>
    <message>
        <source>Mail servers of %1, as the DNS answered in %2:</source>
        <translation>Serveurs de messagerie de %1, selon la réponse du DNS en %2&#xa0;:</translation>
    </message>
    <message>
        <source>Addresses of %1.</source>
        <translation>Adresses de %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no MX records, so mail goes to the domain&apos;s own address (an &quot;implicit MX&quot;). This works, but most domains publish MX records.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement MX&#xa0;; le courrier va donc à l&apos;adresse propre du domaine (un &quot;MX implicite&quot;). Cela fonctionne, mais la plupart des domaines publient des enregistrements MX.</translation>
    </message>
    <message>
        <source>No mail server was found.</source>
        <translation>Aucun serveur de messagerie n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>Checking the records of %1…</source>
        <translation>Vérification des enregistrements de %1…</translation>
    </message>
    <message>
        <source>The records of %1, as the DNS answered in %2. Select a line for what it means; the greeting names are compared when the test runs, in the report.</source>
        <translation>Les enregistrements de %1, selon la réponse du DNS en %2. Sélectionnez une ligne pour sa signification&#xa0;; les noms des bannières d&apos;accueil sont comparés pendant le test, dans le rapport.</translation>
    </message>
    <message>
        <source>Runs the same test against every server listed, several side by side, each with its own time limits.</source>
        <translation>Exécute le même test sur chaque serveur de la liste, plusieurs en parallèle, chacun avec ses propres délais.</translation>
    </message>
    <message>
        <source>&amp;Servers at once:</source>
        <translation>&amp;Serveurs à la fois&#xa0;:</translation>
    </message>
    <message>
        <source>How many servers are tested side by side when every server is tested. Each keeps its own time limits; 1 tests them one after another.</source>
        <translation>Nombre de serveurs testés en parallèle quand chaque serveur est testé. Chacun garde ses propres délais&#xa0;; 1 les teste l&apos;un après l&apos;autre.</translation>
    </message>
    <message>
        <source>Servers tested at once</source>
        <translation>Serveurs testés à la fois</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Who sends the test message, who receives it, and what it says.</source>
        <translation>Qui envoie le message de test, qui le reçoit, et ce qu&apos;il contient.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>sender@example.com, or &lt;&gt; for no sender</source>
        <translation>sender@example.com, ou &lt;&gt; pour aucun expéditeur</translation>
    </message>
    <message>
        <source>The envelope sender (MAIL FROM): where bounces go. &quot;&lt;&gt;&quot; is the null sender that bounces themselves use.</source>
        <translation>L&apos;expéditeur d&apos;enveloppe (MAIL FROM)&#xa0;: là où vont les messages de non-remise. &quot;&lt;&gt;&quot; est l&apos;expéditeur vide qu&apos;utilisent les messages de non-remise eux-mêmes.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>&amp;To (one per line):</source>
        <translation>&amp;À (un par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>The envelope recipients (RCPT TO). Each is asked for separately, so one unknown address does not hide the others.</source>
        <translation>Les destinataires d&apos;enveloppe (RCPT TO). Chacun est demandé séparément, pour qu&apos;une adresse inconnue ne masque pas les autres.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Delivery reports:</source>
        <translation>Rapports de remise&#xa0;:</translation>
    </message>
    <message>
        <source>On &amp;success</source>
        <translation>En cas de &amp;succès</translation>
    </message>
    <message>
        <source>Asks the receiving side to report delivery (DSN NOTIFY=SUCCESS), if it supports DSN.</source>
        <translation>Demande au destinataire de signaler la remise (DSN NOTIFY=SUCCESS), s&apos;il prend en charge DSN.</translation>
    </message>
    <message>
        <source>On f&amp;ailure</source>
        <translation>En cas d&apos;éc&amp;hec</translation>
    </message>
    <message>
        <source>Asks for a report when delivery fails (NOTIFY=FAILURE).</source>
        <translation>Demande un rapport en cas d&apos;échec de la remise (NOTIFY=FAILURE).</translation>
    </message>
    <message>
        <source>On &amp;delay</source>
        <translation>En cas de &amp;retard</translation>
    </message>
    <message>
        <source>Asks for a report when delivery is delayed (NOTIFY=DELAY).</source>
        <translation>Demande un rapport en cas de retard de la remise (NOTIFY=DELAY).</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Bod&amp;y:</source>
        <translation>&amp;Corps&#xa0;:</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>Corps du message</translation>
    </message>
    <message>
        <source>Test &amp;without sending (stop after the recipients)</source>
        <translation>&amp;Tester sans envoyer (arrêt après les destinataires)</translation>
    </message>
    <message>
        <source>Asks the server whether it would accept the message for each recipient, then says goodbye (RSET, QUIT) without sending anything.</source>
        <translation>Demande au serveur s&apos;il accepterait le message pour chaque destinataire, puis prend congé (RSET, QUIT) sans rien envoyer.</translation>
    </message>
    <message>
        <source>Delivery reports (DSN, NOTIFY= after RCPT TO) ask the receiving servers to mail the sender a report when the message is delivered, fails or is delayed.</source>
        <translation>Les rapports de remise (DSN, NOTIFY= après RCPT TO) demandent aux serveurs destinataires d&apos;envoyer à l&apos;expéditeur un rapport lorsque le message est distribué, échoue ou est retardé.</translation>
    </message>
    <message>
        <source>Type the sender&apos;s address (MAIL FROM), or &lt;&gt; for the null sender.</source>
        <translation>Tapez l&apos;adresse de l&apos;expéditeur (MAIL FROM), ou &lt;&gt; pour l&apos;expéditeur vide.</translation>
    </message>
    <message>
        <source>Type at least one recipient&apos;s address, one per line.</source>
        <translation>Tapez l&apos;adresse d&apos;au moins un destinataire, une par ligne.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Run test</source>
        <translation>&amp;Lancer le test</translation>
    </message>
    <message>
        <source>Test message from SMTP Wizard</source>
        <translation>Message de test de SMTP Wizard</translation>
    </message>
    <message>
        <source>This is a test message sent by SMTP Wizard to check mail delivery.
You can delete it.</source>
        <translation>Ceci est un message de test envoyé par SMTP Wizard pour vérifier la remise du courrier.
Vous pouvez le supprimer.</translation>
    </message>
    <message>
        <source>Se&amp;nd test message</source>
        <translation>&amp;Envoyer le message de test</translation>
    </message>
</context>
<context>
    <name>Model::WizardMode</name>
    <message>
        <source>Test delivery to a domain</source>
        <translation>Tester la remise à un domaine</translation>
    </message>
    <message>
        <source>Test sending through our server</source>
        <translation>Tester l&apos;envoi par notre serveur</translation>
    </message>
    <message>
        <source>Explain an error message</source>
        <translation>Expliquer un message d&apos;erreur</translation>
    </message>
    <message>
        <source>Check a list of addresses</source>
        <translation>Vérifier une liste d&apos;adresses</translation>
    </message>
</context>
<context>
    <name>MxTable</name>
    <message>
        <source>Preference</source>
        <translation>Préférence</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>DNS inverse</translation>
    </message>
    <message>
        <source>(not looked up)</source>
        <translation>(non recherché)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 (does not match)</source>
        <translation>%1 (ne correspond pas)</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(aucune adresse)</translation>
    </message>
    <message>
        <source>implicit</source>
        <translation>implicite</translation>
    </message>
</context>
<context>
    <name>PracticeBed</name>
    <message>
        <source>Cannot read the test bed&apos;s settings from %1: %2</source>
        <translation>Impossible de lire les réglages du banc d&apos;essai dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a test bed&apos;s testbed.env (it names no DNS server).</source>
        <translation>%1 n&apos;est pas le testbed.env d&apos;un banc d&apos;essai (il ne nomme aucun serveur DNS).</translation>
    </message>
</context>
<context>
    <name>PracticeDebrief</name>
    <message>
        <source>The first mail server did not fail in this run, so no backup had to take over.</source>
        <translation>Le premier serveur de messagerie n&apos;a pas échoué pendant ce test, aucun secours n&apos;a donc dû prendre le relais.</translation>
    </message>
    <message>
        <source>The exercise ends in &quot;%1&quot;, your run in &quot;%2&quot;.</source>
        <translation>L&apos;exercice se termine par «&#xa0;%1&#xa0;», votre test par «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The exercise&apos;s reason is that %1; your run&apos;s is that %2.</source>
        <translation>La raison de l&apos;exercice&#xa0;: %1&#xa0;; celle de votre test&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The exercise&apos;s deciding reply has the code %1; your run&apos;s has %2.</source>
        <translation>La réponse décisive de l&apos;exercice porte le code %1&#xa0;; celle de votre test, %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>PracticeExercise</name>
    <message>
        <source>Unknown user</source>
        <translation>Destinataire inconnu</translation>
    </message>
    <message>
        <source>Mail to nobody@wizard.test bounces. The customer says the colleague started last week and the address must be right.</source>
        <translation>Le courrier pour nobody@wizard.test revient en erreur. Le client dit que le collègue a commencé la semaine dernière et que l&apos;adresse est forcément juste.</translation>
    </message>
    <message>
        <source>The address does not exist at the recipient&apos;s mail server: ask for the correct spelling, or have the mailbox created.</source>
        <translation>L&apos;adresse n&apos;existe pas sur le serveur de messagerie du destinataire&#xa0;: demandez l&apos;orthographe exacte, ou faites créer la boîte aux lettres.</translation>
    </message>
    <message>
        <source>The server answered RCPT TO with 550 5.1.1, a permanent refusal of this one recipient. The connection, the sender and every step before were fine.</source>
        <translation>Le serveur a répondu 550 5.1.1 à RCPT TO, un refus définitif de ce seul destinataire. La connexion, l&apos;expéditeur et toutes les étapes précédentes étaient en ordre.</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Boîte pleine</translation>
    </message>
    <message>
        <source>Mail to full@wizard.test comes back. The customer says it worked last month.</source>
        <translation>Le courrier pour full@wizard.test revient. Le client dit que cela fonctionnait le mois dernier.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full. Nothing is wrong on our side: the recipient has to make room, then the message can be sent again.</source>
        <translation>La boîte du destinataire est pleine. Rien ne cloche de notre côté&#xa0;: le destinataire doit faire de la place, puis le message pourra être renvoyé.</translation>
    </message>
    <message>
        <source>The server refused the recipient at RCPT TO with 552 5.2.2 (mailbox full): a problem of that one mailbox, not of the connection or the message.</source>
        <translation>Le serveur a refusé le destinataire à RCPT TO avec 552 5.2.2 (boîte pleine)&#xa0;: un problème de cette seule boîte, pas de la connexion ni du message.</translation>
    </message>
    <message>
        <source>Greylisting</source>
        <translation>Greylisting</translation>
    </message>
    <message>
        <source>Mail to grey@wizard.test is &quot;delayed&quot;. The customer wants to know why it is not delivered at once.</source>
        <translation>Le courrier pour grey@wizard.test est «&#xa0;retardé&#xa0;». Le client veut savoir pourquoi il n&apos;est pas distribué tout de suite.</translation>
    </message>
    <message>
        <source>The server greylists: it defers mail from a new sender once and accepts the retry. Nothing to fix; a real mail server retries within minutes.</source>
        <translation>Le serveur pratique le greylisting&#xa0;: il diffère une fois le courrier d&apos;un nouvel expéditeur et accepte la nouvelle tentative. Rien à réparer&#xa0;; un vrai serveur de messagerie réessaie en quelques minutes.</translation>
    </message>
    <message>
        <source>The reply to RCPT TO was a 4xx (450 4.7.1 Greylisted): a temporary refusal, so sending again later works.</source>
        <translation>La réponse à RCPT TO était un 4xx (450 4.7.1 Greylisted)&#xa0;: un refus temporaire, un nouvel envoi plus tard fonctionne donc.</translation>
    </message>
    <message>
        <source>421 at connect</source>
        <translation>421 à la connexion</translation>
    </message>
    <message>
        <source>Mail to bob@sink.wizard.test stays in the queue. The customer says their server &quot;cannot get through&quot;.</source>
        <translation>Le courrier pour bob@sink.wizard.test reste dans la file d&apos;attente. Le client dit que son serveur «&#xa0;ne passe pas&#xa0;».</translation>
    </message>
    <message>
        <source>The receiving server answers but refuses service right at the greeting: it is overloaded, in maintenance or limits connections. Wait and try again; if it lasts, contact its administrator.</source>
        <translation>Le serveur destinataire répond mais refuse le service dès l&apos;accueil&#xa0;: il est surchargé, en maintenance ou limite les connexions. Attendez et réessayez&#xa0;; si cela dure, contactez son administrateur.</translation>
    </message>
    <message>
        <source>The server&apos;s first line was 421 instead of 220, and it closed the connection: temporary, and before anything about the message was sent.</source>
        <translation>La première ligne du serveur était 421 au lieu de 220, et il a fermé la connexion&#xa0;: temporaire, et avant que quoi que ce soit du message ne soit envoyé.</translation>
    </message>
    <message>
        <source>Slow server</source>
        <translation>Serveur lent</translation>
    </message>
    <message>
        <source>Mail to bob@sink.wizard.test takes ages and then fails with a time-out.</source>
        <translation>Le courrier pour bob@sink.wizard.test met une éternité puis échoue sur un délai dépassé.</translation>
    </message>
    <message>
        <source>The server accepts the connection but does not greet in time: it (or a filter in front of it) is overloaded or hanging. Contact its administrator; the message is not the problem.</source>
        <translation>Le serveur accepte la connexion mais ne salue pas à temps&#xa0;: lui (ou un filtre placé devant) est surchargé ou bloqué. Contactez son administrateur&#xa0;; le message n&apos;est pas en cause.</translation>
    </message>
    <message>
        <source>The connection was made, but no 220 greeting came before the wizard gave up: a time-out while waiting for the greeting (this exercise takes half a minute).</source>
        <translation>La connexion a été établie, mais aucun accueil 220 n&apos;est arrivé avant que l&apos;assistant abandonne&#xa0;: un délai dépassé en attendant l&apos;accueil (cet exercice prend une demi-minute).</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non reconnu</translation>
    </message>
    <message>
        <source>Outlook at the customer&apos;s office says the certificate of mail.wizard.test is not valid, and sending stops.</source>
        <translation>Outlook, au bureau du client, dit que le certificat de mail.wizard.test n&apos;est pas valide, et l&apos;envoi s&apos;arrête.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not issued by an authority this computer trusts (here a private CA). Install the company&apos;s CA certificate on the clients, or give the server a certificate from a public CA.</source>
        <translation>Le certificat du serveur n&apos;est pas émis par une autorité à laquelle cet ordinateur fait confiance (ici une CA privée). Installez le certificat de la CA de l&apos;entreprise sur les postes, ou donnez au serveur un certificat d&apos;une CA publique.</translation>
    </message>
    <message>
        <source>STARTTLS was offered and started, but the certificate did not verify, so the wizard stopped before signing in: a TLS failure, not a password problem.</source>
        <translation>STARTTLS a été proposé et lancé, mais le certificat n&apos;a pas pu être vérifié, l&apos;assistant s&apos;est donc arrêté avant l&apos;authentification&#xa0;: un échec TLS, pas un problème de mot de passe.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Authentification refusée</translation>
    </message>
    <message>
        <source>alice@wizard.test cannot send through mail.wizard.test. She says her password is Winter2026! and it has always worked.</source>
        <translation>alice@wizard.test ne peut pas envoyer par mail.wizard.test. Elle dit que son mot de passe est Winter2026! et qu&apos;il a toujours fonctionné.</translation>
    </message>
    <message>
        <source>The server refused the user name and password: the password is wrong or was changed. Have the user reset it and type it again.</source>
        <translation>Le serveur a refusé le nom d&apos;utilisateur et le mot de passe&#xa0;: le mot de passe est faux ou a été changé. Faites-le réinitialiser par l&apos;utilisatrice, puis saisir à nouveau.</translation>
    </message>
    <message>
        <source>The encrypted connection and the offer to sign in were fine; AUTH was answered with 535 5.7.8, the server&apos;s &quot;authentication failed&quot;.</source>
        <translation>La connexion chiffrée et l&apos;offre d&apos;authentification étaient en ordre&#xa0;; AUTH a reçu 535 5.7.8, le «&#xa0;authentication failed&#xa0;» du serveur.</translation>
    </message>
    <message>
        <source>Sign-in disabled (Microsoft 365)</source>
        <translation>Authentification désactivée (Microsoft 365)</translation>
    </message>
    <message>
        <source>Since Monday the scanner cannot send through the company&apos;s Microsoft 365 server (mail.wizard.test). Its password, Winter2026!, was checked twice.</source>
        <translation>Depuis lundi, le scanner ne peut plus envoyer par le serveur Microsoft 365 de l&apos;entreprise (mail.wizard.test). Son mot de passe, Winter2026!, a été vérifié deux fois.</translation>
    </message>
    <message>
        <source>Microsoft 365 has switched off password sign-in (basic authentication, security defaults). The password is not the problem: sign in with an OAuth 2.0 token, or have the administrator allow SMTP AUTH for the mailbox or set up a connector.</source>
        <translation>Microsoft 365 a désactivé l&apos;authentification par mot de passe (authentification de base, paramètres de sécurité par défaut). Le mot de passe n&apos;est pas en cause&#xa0;: authentifiez-vous avec un jeton OAuth 2.0, ou demandez à l&apos;administrateur d&apos;autoriser SMTP AUTH pour la boîte ou de mettre en place un connecteur.</translation>
    </message>
    <message>
        <source>AUTH was answered with 535 5.7.139 (&quot;the user is locked by your organization&apos;s security defaults policy&quot;): Microsoft&apos;s code for a blocked password sign-in, not 5.7.8 or 5.7.3 for a wrong password.</source>
        <translation>AUTH a reçu 535 5.7.139 («&#xa0;the user is locked by your organization&apos;s security defaults policy&#xa0;»)&#xa0;: le code de Microsoft pour une authentification par mot de passe bloquée, pas 5.7.8 ou 5.7.3 pour un mauvais mot de passe.</translation>
    </message>
    <message>
        <source>Blocklisted IP address</source>
        <translation>Adresse IP sur liste de blocage</translation>
    </message>
    <message>
        <source>Every mail to bob@sink.wizard.test bounces since yesterday, whatever is in it.</source>
        <translation>Depuis hier, tout courrier pour bob@sink.wizard.test revient, quel que soit son contenu.</translation>
    </message>
    <message>
        <source>Our sending IP address is on a DNS blocklist (Spamhaus ZEN). Find out why (a hijacked account, an infected computer), fix it, then ask for delisting; the recipient&apos;s address is fine.</source>
        <translation>Notre adresse IP d&apos;envoi figure sur une liste de blocage DNS (Spamhaus ZEN). Trouvez pourquoi (un compte piraté, un ordinateur infecté), corrigez-le, puis demandez le retrait&#xa0;; l&apos;adresse du destinataire est bonne.</translation>
    </message>
    <message>
        <source>RCPT TO was refused with 554 5.7.1 naming our address and zen.spamhaus.org: the server judged the sending IP address, not the recipient or the message.</source>
        <translation>RCPT TO a été refusé avec 554 5.7.1, qui nomme notre adresse et zen.spamhaus.org&#xa0;: le serveur a jugé l&apos;adresse IP d&apos;envoi, pas le destinataire ni le message.</translation>
    </message>
    <message>
        <source>Null MX</source>
        <translation>MX nul</translation>
    </message>
    <message>
        <source>Mail to info@nullmx.wizard.test bounces at once, without any server being contacted.</source>
        <translation>Le courrier pour info@nullmx.wizard.test revient aussitôt, sans qu&apos;aucun serveur ait été contacté.</translation>
    </message>
    <message>
        <source>The domain declares that it accepts no mail at all (a null MX, RFC 7505). The address is wrong or no longer used: ask the recipient for another one.</source>
        <translation>Le domaine déclare n&apos;accepter aucun courrier (un MX nul, RFC 7505). L&apos;adresse est fausse ou n&apos;est plus utilisée&#xa0;: demandez-en une autre au destinataire.</translation>
    </message>
    <message>
        <source>The MX lookup returned a single MX 0 &quot;.&quot;: the domain&apos;s owner says it receives no mail, so there is no server to connect to and the wizard stops on the Mail servers page.</source>
        <translation>La recherche MX a renvoyé un seul MX 0 «&#xa0;.&#xa0;»&#xa0;: le propriétaire du domaine déclare ne recevoir aucun courrier, il n&apos;y a donc aucun serveur auquel se connecter et l&apos;assistant s&apos;arrête sur la page Serveurs de messagerie.</translation>
    </message>
    <message>
        <source>Dead MX with a working backup</source>
        <translation>MX en panne avec un secours qui fonctionne</translation>
    </message>
    <message>
        <source>The customer&apos;s first mail server (dead.wizard.test) died this morning. Is mail to alice@failover.wizard.test lost?</source>
        <translation>Le premier serveur de messagerie du client (dead.wizard.test) est tombé en panne ce matin. Le courrier pour alice@failover.wizard.test est-il perdu&#xa0;?</translation>
    </message>
    <message>
        <source>No: the first MX refuses connections, but the backup MX (preference 20) took the message. Mail arrives; the dead server should still be repaired or taken out of the MX records.</source>
        <translation>Non&#xa0;: le premier MX refuse les connexions, mais le MX de secours (préférence 20) a pris le message. Le courrier arrive&#xa0;; le serveur en panne doit quand même être réparé ou retiré des enregistrements MX.</translation>
    </message>
    <message>
        <source>The first attempt failed with &quot;connection refused&quot;; the wizard went on to the next MX, as every sending server does, and that one accepted the message.</source>
        <translation>La première tentative a échoué sur «&#xa0;connexion refusée&#xa0;»&#xa0;; l&apos;assistant est passé au MX suivant, comme tout serveur d&apos;envoi, et celui-ci a accepté le message.</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Entraînement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PracticeFlow</name>
    <message>
        <source>SMTP Wizard (Practice)</source>
        <translation>SMTP Wizard (entraînement)</translation>
    </message>
    <message>
        <source>Back to the exercises, with what this run should have shown you</source>
        <translation>Retour aux exercices, avec ce que ce test aurait dû vous montrer</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Debrie&amp;f</source>
        <translation>&amp;Bilan</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Debrief</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Exercises on the local test bed: take a ticket, find the cause with the wizard, then read the debrief.</source>
        <translation>Exercices sur le banc d&apos;essai local&#xa0;: prenez un ticket, trouvez la cause avec l&apos;assistant, puis lisez le bilan.</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>&amp;Exercises</source>
        <translation>E&amp;xercices</translation>
    </message>
    <message>
        <source>Done: the run showed the exercise&apos;s cause</source>
        <translation>Fait&#xa0;: le test a montré la cause visée par l&apos;exercice</translation>
    </message>
    <message>
        <source>Done: the run ended differently from the exercise</source>
        <translation>Fait&#xa0;: le test s&apos;est terminé autrement que l&apos;exercice</translation>
    </message>
    <message>
        <source>Next fills in the wizard for this ticket. Click through the pages and run the test as you would for a customer; when you know the answer, click Debrief.</source>
        <translation>Suivant remplit l&apos;assistant pour ce ticket. Parcourez les pages et lancez le test comme pour un client&#xa0;; quand vous connaissez la réponse, cliquez sur Bilan.</translation>
    </message>
    <message>
        <source>Next fills in the wizard for this ticket again; or choose another exercise.</source>
        <translation>Suivant remplit à nouveau l&apos;assistant pour ce ticket&#xa0;; ou choisissez un autre exercice.</translation>
    </message>
    <message>
        <source>Your run showed what this ticket is about: %1.</source>
        <translation>Votre test a montré ce dont il s&apos;agit dans ce ticket&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Your run did not end as this exercise expects. %1 Check that the pages still held what the exercise filled in, and run it again.</source>
        <translation>Votre test ne s&apos;est pas terminé comme l&apos;exercice l&apos;attend. %1 Vérifiez que les pages contenaient encore ce que l&apos;exercice y avait mis, et relancez-le.</translation>
    </message>
    <message>
        <source>What your run showed</source>
        <translation>Ce que votre test a montré</translation>
    </message>
    <message>
        <source>Outcome: %1. Step: %2.</source>
        <translation>Issue&#xa0;: %1. Étape&#xa0;: %2.</translation>
    </message>
    <message>
        <source>What to conclude</source>
        <translation>Ce qu&apos;il faut en conclure</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>S&amp;tart from this profile</source>
        <translation>&amp;Partir de ce profil</translation>
    </message>
    <message>
        <source>&amp;Delete profile</source>
        <translation>&amp;Supprimer le profil</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Save the current settings as a profile</source>
        <translation>Enregistrer les paramètres actuels comme profil</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>e.g. Office relay</source>
        <translation>par ex. Relais du bureau</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Destination, connection, sign-in name and message are kept. A password never is.</source>
        <translation>La destination, la connexion, le nom d&apos;utilisateur et le message sont conservés. Jamais le mot de passe.</translation>
    </message>
    <message>
        <source>Start from a profile</source>
        <translation>Partir d&apos;un profil</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Profils enregistrés</translation>
    </message>
    <message>
        <source>Fills every page with the profile&apos;s settings; the password is typed again or comes from the keychain.</source>
        <translation>Remplit chaque page avec les paramètres du profil&#xa0;; le mot de passe est saisi à nouveau ou provient du trousseau.</translation>
    </message>
    <message>
        <source>Replace profile</source>
        <translation>Remplacer le profil</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists. Replace it with the current settings?</source>
        <translation>Un profil nommé &quot;%1&quot; existe. Le remplacer par les paramètres actuels&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>The current settings were saved as &quot;%1&quot;.</source>
        <translation>Les paramètres actuels ont été enregistrés sous &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Supprimer le profil &quot;%1&quot;&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was deleted.</source>
        <translation>Le profil &quot;%1&quot; a été supprimé.</translation>
    </message>
</context>
<context>
    <name>RelayReading</name>
    <message>
        <source>Accepted an outside recipient: open relay</source>
        <translation>Destinataire extérieur accepté&#xa0;: relais ouvert</translation>
    </message>
    <message>
        <source>The server took &lt;%1&gt; from a session without sign-in, so it would pass this mail on to another domain for anyone. That is what makes it an open relay.</source>
        <translation>Le serveur a accepté &lt;%1&gt; dans une session sans authentification&#xa0;: il transmettrait ce message vers un autre domaine pour n&apos;importe qui. C&apos;est ce qui en fait un relais ouvert.</translation>
    </message>
    <message>
        <source>The relay restrictions let strangers relay, or the trusted networks include the address this test came from.</source>
        <translation>Les restrictions de relais laissent relayer des inconnus, ou les réseaux de confiance incluent l&apos;adresse d&apos;où vient ce test.</translation>
    </message>
</context>
<context>
    <name>ReportFileDialog</name>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <source>JSON data (*.json)</source>
        <translation>Données JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>RequestPage</name>
    <message>
        <source>The test could not start. Please correct this:</source>
        <translation>Le test n&apos;a pas pu démarrer. Veuillez corriger ceci&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ResultSummaryView</name>
    <message>
        <source>&lt;b&gt;Recipients&lt;/b&gt;</source>
        <translation>&lt;b&gt;Destinataires&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What happened to each recipient</source>
        <translation>Ce qu&apos;il est advenu de chaque destinataire</translation>
    </message>
    <message>
        <source>Time per step</source>
        <translation>Durée par étape</translation>
    </message>
    <message>
        <source>&amp;Time per step</source>
        <translation>&amp;Durée par étape</translation>
    </message>
    <message>
        <source>Shows or hides how long each step of the conversation took.</source>
        <translation>Affiche ou masque la durée de chaque étape de la conversation.</translation>
    </message>
    <message>
        <source>The test succeeded.</source>
        <translation>Le test a réussi.</translation>
    </message>
    <message>
        <source>The test did not succeed: %1</source>
        <translation>Le test n&apos;a pas réussi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
</context>
<context>
    <name>ResultTables</name>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
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
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Accepted: relays</source>
        <translation>Accepté&#xa0;: relaie</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
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
        <translation>Test complet</translation>
    </message>
    <message>
        <source>Form tried</source>
        <translation>Forme essayée</translation>
    </message>
</context>
<context>
    <name>ResultWindow</name>
    <message>
        <source>Earlier test: %1</source>
        <translation>Test précédent&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécution</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Saves this test as text, HTML, PDF or JSON. Passwords are never included.</source>
        <translation>Enregistre ce test en texte, HTML, PDF ou JSON. Les mots de passe n&apos;y figurent jamais.</translation>
    </message>
    <message>
        <source>C&amp;opy for a ticket</source>
        <translation>C&amp;opier pour un ticket</translation>
    </message>
    <message>
        <source>Copies the report as text and formatted HTML, ready to paste into a ticket.</source>
        <translation>Copie le rapport en texte et en HTML mis en forme, prêt à coller dans un ticket.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Le rapport a été enregistré sous %1.</translation>
    </message>
    <message>
        <source>The report is on the clipboard, as text and as formatted HTML.</source>
        <translation>Le rapport est dans le presse-papiers, en texte et en HTML mis en forme.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Running the test</source>
        <translation>Exécution du test</translation>
    </message>
    <message>
        <source>Every line exchanged with the server. Point at or select a line to see what it means.</source>
        <translation>Chaque ligne échangée avec le serveur. Survolez ou sélectionnez une ligne pour voir sa signification.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>View &amp;certificate…</source>
        <translation>Afficher le &amp;certificat…</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate and whether it could be verified.</source>
        <translation>Le certificat TLS du serveur, et s&apos;il a pu être vérifié.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stops the test at once and closes the connection.</source>
        <translation>Arrête immédiatement le test et ferme la connexion.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Stopped at step %1 of %2</source>
        <translation>Arrêté à l&apos;étape %1 sur %2</translation>
    </message>
    <message>
        <source>Step %v of %m</source>
        <translation>Étape %v sur %m</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>The test could not start.</source>
        <translation>Le test n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Please go back and correct this:</source>
        <translation>Veuillez revenir en arrière et corriger ceci&#xa0;:</translation>
    </message>
    <message>
        <source>%1: waiting for %2 s; the test gives up after %3 s.</source>
        <translation>%1&#xa0;: attente depuis %2 s&#xa0;; le test abandonne après %3 s.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stopped at step %v of %m</source>
        <translation>Arrêté à l&apos;étape %v sur %m</translation>
    </message>
    <message>
        <source>Ended at step %v of %m</source>
        <translation>Terminé à l&apos;étape %v sur %m</translation>
    </message>
    <message numerus="yes">
        <source>Finished: it partly worked; %n recipient(s) refused. See the summary.</source>
        <translation>
            <numerusform>Terminé&#xa0;: cela a partiellement fonctionné&#xa0;; %n destinataire refusé. Voir le résumé.</numerusform>
            <numerusform>Terminé&#xa0;: cela a partiellement fonctionné&#xa0;; %n destinataires refusés. Voir le résumé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: it worked.</source>
        <translation>Terminé&#xa0;: cela a fonctionné.</translation>
    </message>
    <message>
        <source>Finished: the server asked to try again later. See the summary.</source>
        <translation>Terminé&#xa0;: le serveur a demandé de réessayer plus tard. Voir le résumé.</translation>
    </message>
    <message>
        <source>Stopped: you stopped the test.</source>
        <translation>Arrêté&#xa0;: vous avez arrêté le test.</translation>
    </message>
    <message>
        <source>Finished: OPEN RELAY. This server accepts mail for other domains from anyone. See the summary.</source>
        <translation>Terminé&#xa0;: RELAIS OUVERT. Ce serveur accepte de n&apos;importe qui du courrier pour d&apos;autres domaines. Voir le résumé.</translation>
    </message>
    <message>
        <source>Finished: the server refuses to relay. See the summary.</source>
        <translation>Terminé&#xa0;: le serveur refuse de relayer. Voir le résumé.</translation>
    </message>
    <message>
        <source>Finished: it did not work. See the summary.</source>
        <translation>Terminé&#xa0;: cela n&apos;a pas fonctionné. Voir le résumé.</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>Certificat de %1</translation>
    </message>
    <message>
        <source>T&amp;ype commands…</source>
        <translation>&amp;Taper des commandes…</translation>
    </message>
    <message>
        <source>Opens a console on the same server: type the SMTP commands yourself, each reply explained.</source>
        <translation>Ouvre une console sur le même serveur&#xa0;: vous tapez vous-même les commandes SMTP, chaque réponse étant expliquée.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign-in</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>The user name and password (or OAuth 2.0 access token) your mail program uses to send. They are kept only in this computer&apos;s keychain.</source>
        <translation>Le nom d&apos;utilisateur et le mot de passe (ou le jeton d&apos;accès OAuth 2.0) qu&apos;utilise votre logiciel de messagerie pour envoyer. Ils ne sont conservés que dans le trousseau de cet ordinateur.</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>&amp;Méthode d&apos;authentification&#xa0;:</translation>
    </message>
    <message>
        <source>How the sign-in is sent; every way is protected by the encryption. Automatic uses what the server offers. Microsoft 365 and Gmail, where password sign-in is switched off, take an OAuth 2.0 access token (XOAUTH2).</source>
        <translation>La façon dont l&apos;authentification est envoyée&#xa0;; chaque méthode est protégée par le chiffrement. Automatique utilise ce que propose le serveur. Microsoft 365 et Gmail, où l&apos;authentification par mot de passe est désactivée, acceptent un jeton d&apos;accès OAuth 2.0 (XOAUTH2).</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>Méthode d&apos;authentification</translation>
    </message>
    <message>
        <source>Automatic: user name and password, as the server asks</source>
        <translation>Automatique&#xa0;: nom d&apos;utilisateur et mot de passe, selon la demande du serveur</translation>
    </message>
    <message>
        <source>User name and password in one step (AUTH PLAIN)</source>
        <translation>Nom d&apos;utilisateur et mot de passe en une étape (AUTH PLAIN)</translation>
    </message>
    <message>
        <source>User name and password, asked in two steps (AUTH LOGIN)</source>
        <translation>Nom d&apos;utilisateur et mot de passe, demandés en deux étapes (AUTH LOGIN)</translation>
    </message>
    <message>
        <source>User name and password, proved without sending the password (AUTH CRAM-MD5, older servers)</source>
        <translation>Nom d&apos;utilisateur et mot de passe, prouvé sans envoyer le mot de passe (AUTH CRAM-MD5, anciens serveurs)</translation>
    </message>
    <message>
        <source>User name and OAuth 2.0 access token (AUTH XOAUTH2: Microsoft 365, Gmail)</source>
        <translation>Nom d&apos;utilisateur et jeton d&apos;accès OAuth 2.0 (AUTH XOAUTH2&#xa0;: Microsoft 365, Gmail)</translation>
    </message>
    <message>
        <source>User name and OAuth 2.0 access token (AUTH OAUTHBEARER, RFC 7628)</source>
        <translation>Nom d&apos;utilisateur et jeton d&apos;accès OAuth 2.0 (AUTH OAUTHBEARER, RFC 7628)</translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation>Sans authentification</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>usually your e-mail address</source>
        <translation>généralement votre adresse e-mail</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>Affi&amp;cher</translation>
    </message>
    <message>
        <source>Shows the password as typed, to check it. It is never shown in the transcript or reports.</source>
        <translation>Affiche le mot de passe tel qu&apos;il a été saisi, pour le vérifier. Il n&apos;apparaît jamais dans la transcription ni dans les rapports.</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>paste the access token (often starting with ey or ya29.)</source>
        <translation>collez le jeton d&apos;accès (commence souvent par ey ou ya29.)</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>An OAuth 2.0 access token for this mailbox, issued by its identity provider for sending mail by SMTP. It is never shown in the transcript or reports.</source>
        <translation>Un jeton d&apos;accès OAuth 2.0 pour cette boîte aux lettres, émis par son fournisseur d&apos;identité pour l&apos;envoi de courrier par SMTP. Il n&apos;apparaît jamais dans la transcription ni dans les rapports.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Shows the token as pasted, to check it. It is never shown in the transcript or reports.</source>
        <translation>Affiche le jeton tel qu&apos;il a été collé, pour le vérifier. Il n&apos;apparaît jamais dans la transcription ni dans les rapports.</translation>
    </message>
    <message>
        <source>Paste an access token from the mailbox&apos;s identity provider, issued for sending mail by SMTP:
Microsoft 365 with the scope https://outlook.office.com/SMTP.Send, Gmail with https://mail.google.com/
Tokens expire, usually after an hour: get a fresh one when the server refuses it.</source>
        <translation>Collez un jeton d&apos;accès émis par le fournisseur d&apos;identité de la boîte aux lettres pour l&apos;envoi de courrier par SMTP&#xa0;:
Microsoft 365 avec le scope https://outlook.office.com/SMTP.Send, Gmail avec https://mail.google.com/
Les jetons expirent, généralement au bout d&apos;une heure&#xa0;: obtenez-en un nouveau quand le serveur le refuse.</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Mémoriser dans le &amp;trousseau</translation>
    </message>
    <message>
        <source>Stores the password in this computer&apos;s keychain (Secret Service, Keychain or Credential Manager), never in a file.</source>
        <translation>Enregistre le mot de passe dans le trousseau de cet ordinateur (Secret Service, Trousseau ou Gestionnaire d&apos;identification), jamais dans un fichier.</translation>
    </message>
    <message>
        <source>&amp;Forget stored password</source>
        <translation>&amp;Oublier le mot de passe enregistré</translation>
    </message>
    <message>
        <source>Send the password even &amp;without encryption</source>
        <translation>Envoyer le mot de passe même &amp;sans chiffrement</translation>
    </message>
    <message>
        <source>Anyone on the network path could read it. Only for test servers.</source>
        <translation>N&apos;importe qui sur le trajet réseau pourrait le lire. Uniquement pour des serveurs de test.</translation>
    </message>
    <message>
        <source>Type the user name of the mailbox, often its e-mail address.</source>
        <translation>Tapez le nom d&apos;utilisateur de la boîte aux lettres, souvent son adresse e-mail.</translation>
    </message>
    <message>
        <source>Type the password; it is used for this test only, unless you tick Remember.</source>
        <translation>Tapez le mot de passe&#xa0;; il n&apos;est utilisé que pour ce test, sauf si vous cochez Mémoriser.</translation>
    </message>
    <message>
        <source>Paste the access token; it is used for this test only, unless you tick Remember.</source>
        <translation>Collez le jeton d&apos;accès&#xa0;; il n&apos;est utilisé que pour ce test, sauf si vous cochez Mémoriser.</translation>
    </message>
    <message>
        <source>&amp;Forget stored token</source>
        <translation>&amp;Oublier le jeton enregistré</translation>
    </message>
    <message>
        <source>The connection is set to &quot;None&quot;: the access token would travel unencrypted. SMTP Wizard refuses to send it unless you allow it below; better choose STARTTLS or TLS on the Connection page.</source>
        <translation>La connexion est réglée sur &quot;Aucune&quot;&#xa0;: le jeton d&apos;accès circulerait sans chiffrement. SMTP Wizard refuse de l&apos;envoyer sauf si vous l&apos;autorisez ci-dessous&#xa0;; choisissez plutôt STARTTLS ou TLS sur la page Connexion.</translation>
    </message>
    <message>
        <source>The connection is set to &quot;None&quot;: the password would travel unencrypted. SMTP Wizard refuses to send it unless you allow it below; better choose STARTTLS or TLS on the Connection page.</source>
        <translation>La connexion est réglée sur &quot;Aucune&quot;&#xa0;: le mot de passe circulerait sans chiffrement. SMTP Wizard refuse de l&apos;envoyer sauf si vous l&apos;autorisez ci-dessous&#xa0;; choisissez plutôt STARTTLS ou TLS sur la page Connexion.</translation>
    </message>
    <message>
        <source>&quot;STARTTLS when offered&quot; signs in only once the connection is encrypted; if the server offers no STARTTLS the sign-in is not attempted.</source>
        <translation>&quot;STARTTLS s&apos;il est proposé&quot; ne s&apos;authentifie qu&apos;une fois la connexion chiffrée&#xa0;; si le serveur ne propose pas STARTTLS, l&apos;authentification n&apos;est pas tentée.</translation>
    </message>
    <message>
        <source>The access token was filled in from the keychain.</source>
        <translation>Le jeton d&apos;accès a été rempli à partir du trousseau.</translation>
    </message>
    <message>
        <source>The password was filled in from the keychain.</source>
        <translation>Le mot de passe a été rempli à partir du trousseau.</translation>
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
        <translation>Destination</translation>
    </message>
    <message>
        <source>Mail servers</source>
        <translation>Serveurs de messagerie</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The report is on the clipboard, as text and as formatted HTML.</source>
        <translation>Le rapport est dans le presse-papiers, en texte et en HTML mis en forme.</translation>
    </message>
    <message>
        <source>The last test could not be kept in the history: %1</source>
        <translation>Le dernier test n&apos;a pas pu être conservé dans l&apos;historique&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s); select one on the left to read its explanation.</source>
        <translation>
            <numerusform>%n constat ; sélectionnez-le à gauche pour en lire l&apos;explication.</numerusform>
            <numerusform>%n constats ; sélectionnez-en un à gauche pour en lire l&apos;explication.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Explained from %1: %n finding(s); select one on the left to read it.</source>
        <translation>
            <numerusform>Expliqué à partir de %1 : %n constat ; sélectionnez-le à gauche pour le lire.</numerusform>
            <numerusform>Expliqué à partir de %1 : %n constats ; sélectionnez-en un à gauche pour le lire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Explained from %1.</source>
        <translation>Expliqué à partir de %1.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>What the test found, and what to do about it.</source>
        <translation>Ce que le test a trouvé, et ce qu&apos;il faut faire.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do next&lt;/b&gt;</source>
        <translation>&lt;b&gt;Que faire ensuite&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recipients&lt;/b&gt;</source>
        <translation>&lt;b&gt;Destinataires&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What happened to each recipient</source>
        <translation>Ce qu&apos;il est advenu de chaque destinataire</translation>
    </message>
    <message>
        <source>&amp;Time per step</source>
        <translation>&amp;Durée par étape</translation>
    </message>
    <message>
        <source>Shows or hides how long each step of the conversation took.</source>
        <translation>Affiche ou masque la durée de chaque étape de la conversation.</translation>
    </message>
    <message>
        <source>Time per step</source>
        <translation>Durée par étape</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Saves the whole test as text, HTML, PDF or JSON, for a ticket or an e-mail to the provider. Passwords are never included.</source>
        <translation>Enregistre l&apos;ensemble du test en texte, HTML, PDF ou JSON, pour un ticket ou un e-mail au fournisseur. Les mots de passe n&apos;y figurent jamais.</translation>
    </message>
    <message>
        <source>C&amp;opy for a ticket</source>
        <translation>C&amp;opier pour un ticket</translation>
    </message>
    <message>
        <source>Copies the report as text and formatted HTML, ready to paste into a ticket.</source>
        <translation>Copie le rapport en texte et en HTML mis en forme, prêt à coller dans un ticket.</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>The tests run before, this one included: reopen one, save its report or compare two.</source>
        <translation>Les tests exécutés précédemment, celui-ci compris&#xa0;: rouvrez-en un, enregistrez son rapport ou comparez-en deux.</translation>
    </message>
    <message>
        <source>C&amp;hange:</source>
        <translation>&amp;Modifier&#xa0;:</translation>
    </message>
    <message>
        <source>Page to change</source>
        <translation>Page à modifier</translation>
    </message>
    <message>
        <source>&amp;Go there</source>
        <translation>&amp;Y aller</translation>
    </message>
    <message>
        <source>&amp;New test</source>
        <translation>&amp;Nouveau test</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Op&amp;en report</source>
        <translation>Ou&amp;vrir le rapport</translation>
    </message>
    <message>
        <source>Sho&amp;w in folder</source>
        <translation>Affi&amp;cher dans le dossier</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Le rapport a été enregistré sous %1.</translation>
    </message>
    <message>
        <source>The test succeeded.</source>
        <translation>Le test a réussi.</translation>
    </message>
    <message>
        <source>The test did not succeed: %1</source>
        <translation>Le test n&apos;a pas réussi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outside recipients tried by the open-relay check&lt;/b&gt;</source>
        <translation>&lt;b&gt;Destinataires extérieurs essayés par la vérification de relais ouvert&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>TranscriptColors</name>
    <message>
        <source>Success (2xx)</source>
        <translation>Succès (2xx)</translation>
    </message>
    <message>
        <source>Waiting for more (3xx)</source>
        <translation>En attente de la suite (3xx)</translation>
    </message>
    <message>
        <source>Temporary failure (4xx)</source>
        <translation>Échec temporaire (4xx)</translation>
    </message>
    <message>
        <source>Permanent failure (5xx)</source>
        <translation>Échec définitif (5xx)</translation>
    </message>
    <message>
        <source>Sent by this computer</source>
        <translation>Envoyé par cet ordinateur</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Server line</source>
        <translation>Ligne du serveur</translation>
    </message>
</context>
<context>
    <name>TranscriptLegend</name>
    <message>
        <source>Colour legend</source>
        <translation>Légende des couleurs</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message numerus="yes">
        <source>(%n character(s) in all; Copy and the report have the whole line)</source>
        <translation>
            <numerusform>(%n caractère en tout&#xa0;; la copie et le rapport contiennent la ligne entière)</numerusform>
            <numerusform>(%n caractères en tout&#xa0;; la copie et le rapport contiennent la ligne entière)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;all lines</source>
        <translation>Copier &amp;toutes les lignes</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <source>&amp;Wrap long lines</source>
        <translation>&amp;Renvoyer les longues lignes à la ligne</translation>
    </message>
</context>
<context>
    <name>VerdictIcon</name>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>WizardController</name>
    <message>
        <source>The password is now stored in the keychain.</source>
        <translation>Le mot de passe est maintenant enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>The stored password was removed from the keychain.</source>
        <translation>Le mot de passe enregistré a été supprimé du trousseau.</translation>
    </message>
    <message>
        <source>No password was stored for this sign-in.</source>
        <translation>Aucun mot de passe n&apos;était enregistré pour cette authentification.</translation>
    </message>
    <message>
        <source>There is no test result to save yet.</source>
        <translation>Il n&apos;y a pas encore de résultat de test à enregistrer.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n&apos;a pas pu être ouvert&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>WizardMain</name>
    <message>
        <source>Practice mode: --practice &lt;FILE&gt; opens exercises on a local test bed (FILE: its testbed.env or state folder; make demo starts one).</source>
        <translation>Mode entraînement&#xa0;: --practice &lt;FICHIER&gt; ouvre des exercices sur un banc d’essai local (FICHIER&#xa0;: son testbed.env ou son dossier d’état&#xa0;; make demo en démarre un).</translation>
    </message>
</context>
</TS>
