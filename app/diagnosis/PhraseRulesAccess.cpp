// Plain words about who may send: sign-in, TLS, relaying, reverse DNS, the sending IP's
// reputation, SPF/DKIM/DMARC, throttling and greylisting. Tried first among the phrase
// rules, because these words name the cause even next to a loose enhanced code
// ("550 5.7.9 Mail to submission port must be authenticated").
// Part of ReplyCatalog's data; see docs/catalog.md. A row names its category and the
// catalogue entry whose text explains it, so every explanation is written once.
#include "diagnosis/CatalogTables.h"

using Model::Category;

namespace CatalogTables {

namespace {
const PhraseRow rows[] = {
    // A certificate that cannot be trusted, or TLS missing where a policy (MTA-STS, DANE)
    // demands it: before sign-in words, since these replies say "authentication is required"
    // of the server's certificate, not of the client.
    {"phrase-tls-not-offered",
     "TLS (session )?is required, but (was not offered|the server did not offer)|starttls-not-supported|STARTTLS extension not supported|"
     "must support TLS|TLS required but not (offered|advertised)|(STARTTLS|TLS) required but not (offered|advertised|supported)|"
     "No TLS available but required|(TLS|STARTTLS) (is |it )?(not available|unavailable) (or \\w+ )?but required|"
     "TLS is required,? but (unavailable|not available|failed)|certificate is not trusted|MX record authenticity|"
     "MTA-STS validation|certificate subject does not match|no tls go-ahead|(STARTTLS|TLS) (is )?not (advertised|offered)|"
     "does not support (the )?(required )?STARTTLS|(unsupported|not (supported|offered|advertised)) by (the )?remote (host|server) and STARTTLS is required|STARTTLS (command )?used when not advertised",
     0, Category::TlsFailed, "problem:start-tls-not-offered"},
    // TLS failing on the sending side or in the handshake (Postfix's, Exim's, client
    // libraries' words), before "TLS session is required" is read as the server's demand.
    {"phrase-tls-setup-failed",
     "TLS engine (is )?unavailable|client TLS configuration|\\bTLS session( failure)?: |attempt to start TLS failed|first read from TLS|"
     "TLS error on connection|convert socket to TLS|CERTIFICATE_VERIFY_FAILED|(hostname|host name) verification failed|"
     // Java's, .NET's, GnuTLS's and OpenSSL's own words, as client libraries report them.
     "SSLHandshakeException|Received fatal alert|No appropriate protocol|unrecogni[sz]ed SSL message|terminated the handshake|"
     "gnutls_handshake|SSL_ERROR_(SYSCALL|SSL)|TLS packet with unexpected|remote party has closed the transport stream|"
     "does not support secure connections",
     0, Category::TlsFailed, "problem:tls-handshake-failed"},
    {"phrase-tls-certificate",
     "certificate (verification failed|not trusted|is expired|expired|has expired|verify failed)|certificate-expired|"
     "certificate-host-mismatch|local issuer certificate|remote certificate is invalid|PKIX path|valid certification path|certificate.s altnames|ERR_TLS_CERT|CERT_HAS_EXPIRED|UNABLE_TO_VERIFY|SELF_SIGNED_CERT|dnssec-invalid|invalid DNSSEC|failed to verify certificate|unable to verify the first certificate|"
     "untrusted issuer|unknown ca|issuer certificate|x509 certificate routines|(peer|server|remote (host|server)) did not (provide|present|send) (a |any )?certificate|self.signed certificate|x509:|(server |peer )?certificate (is )?not verified|"
     "(cannot|can.t|could not|unable to) verify (the )?(server|peer|remote)?.?certificate|(host ?name|name) mismatch in (the )?certificate|"
     "certificate (host ?)?name mismatch|(?-i:\\bDANE\\b)|MTA-STS|(?-i:\\bTLSA\\b)",
     0, Category::TlsFailed, "problem:tls-certificate-invalid"},
    // Sign-in required (English, French, German, Spanish, Portuguese, Italian, Polish, Dutch,
    // Japanese, Chinese).
    {"phrase-auth-required",
     "must be authenticated|unauthenticated (session|connection)s?|(for|to) authori[sz]ed users only|please authenticate|receive your mail before sending|(client|you) (does not|do not|doesn.t|don.t) have permissions? to submit|(Mailfrom|sender) account is a local account|relay check local fail|(?<!remote host and )(?<!remote server and )authentication (is )?required(?! but (the )?server did not advertise)|requires? (smtp )?auth|(?<!remote host and )(?<!remote server and )auth(entication)? (is )?required(?! but (the )?server did not advertise)|"
     "send AUTH command first|AUTH (command )?first|(must|please) authenticate( first)?|authenticate first|"
     "turn on smtp auth|not logged in|please log ?in(?! (with|via|through|using) your web browser)|must (log|sign) ?in|sender (was )?not authenticated|"
     "SenderNotAuthenticated|anonymous (client|user|sender|connection|submission)s? (does|do|is|are|may) not|anonymous (submission|sending|mail) (is )?not|RESOLVER\\.RST\\.AuthRequired|unauthenticated (commands|relay|sending|senders?)|"
     "Local user only or Authentication|not permitted to relay .*not logged|client was not authenticated|"
     "authentification (requise|obligatoire)|Authentifizierung (erforderlich|notwendig)|"
     "autenticaci[oó]n requerida|autentica[cç][aã]o (necess[aá]ria|obrigat[oó]ria)|autenticazione richiesta|"
     "wymagane uwierzytelnienie|authenticatie vereist|認証が必要|需要(验证|认证|身份验证)|请(先)?登录|"
     "требуется (аутентификация|авторизация)|vyžadováno ověření|인증이 필요",
     0, Category::AuthRequired, "rule:exchange-client-not-authenticated"},
    // The server's own sign-in service failing is that server's trouble, not a wrong password.
    {"phrase-auth-backend",
     "(connection lost|lost connection|unable to connect|could not connect|cannot connect|failed to connect) to (the )?auth(entication)? (server|service|backend)|"
     "auth(entication)? (server|service|backend) (is )?(unavailable|down|not responding|not available)|authenticate due to (a )?temporary",
     0, Category::ServerUnavailable, "X.3.0"},
    {"phrase-auth-failed",
     "(?<!many )(?<!Temporary )(?<!SPF )(?<!DKIM )(?<!DMARC )(?<!ARC )auth(entication)? (failure|failed|unsuccessful|cancell?ed|aborted)|(cancell?ed|aborted) (the )?auth(entication)?|auth(entication)? (is )?only (allowed|available|permitted) (on|over|after|via)|"
     "(could not|couldn.t|unable to|cannot|can.t|failed to) authenticate|only app(lication)? passwords|failed (SMTP |SASL )?log ?in\\b|no compatible (authentication|auth|SASL) mechanisms?|by (the )?remote (host|server) and authentication is required|\\blog ?in to \\S+ failed|(server )?did not advertise AUTH|\\b(scram(-sha-\\d+)?|cram-md5|digest-md5|plain|login|xoauth2) (is )?not possible|unsupported (auth(entication)? |sasl )?(method|mechanism)|AUTH (command )?(unrecogni[sz]ed|not recogni[sz]ed)|"
     "imposible autenti(fi)?car|認証できません|nie mo[żz]na (przeprowadzi[ćc] )?uwierzytelni|"
     "(malformed|invalid) (cram-md5|digest-md5|scram|sasl|auth(entication)?) (response|data|credentials)(?! syntax)|missing (credentials|password|user ?name|SASL mechanism)|authentication credentials invalid|invalid (login|credentials|password)(?! for relay)|"
     "(?<!many )\\bauth(entication)? (error|mode (unsupported|not supported))|auth support error|username and password not accepted|bad (user|username or) password|"
     "(invalid|incorrect|wrong|bad) (user ?name|login|user|account) (and|or|/) password|password (incorrect|wrong)|"
     "log ?in (failed|(with|via|through|using) your web browser)|credentials (are )?(no longer valid|invalid|expired)|re-?authenticate|AUTH (extension |command |mechanism )?(is )?not (available|enabled|supported|offered)|authentication not enabled|"
     "(auth(entication)? )?(method|mechanism) .*not supported|Unrecognized Authentication Type|"
     "[ée]chec de l.authentification|Authentifizierung fehlgeschlagen|autenticaci[oó]n (fallida|incorrecta)|"
     "autentica[cç][aã]o malsucedida|autenticazione fallita|b[łl][ąa]d uwierzytelniania|"
     "authenticatie mislukt|hiteles[íi]t[ée]s (sikertelen|nem siker[üu]lt)|sikertelen (hiteles[íi]t[ée]s|bejelentkez[ée]s)|autentificarea (a )?e[șs]uat|αποτυχία (ταυτοποίησης|πιστοποίησης|σύνδεσης)|η (ταυτοποίηση|πιστοποίηση) απέτυχε|помилка (автентифікації|авторизації)|не вдалося (автентифікувати|авторизуватися)|autentikasi gagal|gagal (autentikasi|masuk)|x[áa]c th[ựu]c (th[ấa]t b[ạa]i|kh[ôo]ng th[àa]nh c[ôo]ng)|การยืนยันตัวตนล้มเหลว|kimlik do[ğg]rulama(s[ıi])? ba[şs]ar[ıi]s[ıi]z|(overenie|prihl[áa]senie) zlyhalo|chyba p[řr]ihl[áa][šs]en[íi]|nepodporuje zvolenou metodu (autentizace|ov[ěe][řr]en[íi])|impossibile autenticarsi|n[ãa]o foi poss[ií]vel (efetuar a )?autentica(r|[çc][ãa]o)|"
     "oturum a[çc][ıi]lamad[ıi]|kimlik do[ğg]rulama y[öo]ntemini desteklemiyor|overenie na serveri .{0,80}zlyhalo|nepovo[ľl]uje hesl[áa]|nu se poate efectua autentificarea|"
     "kh[ôo]ng th[ểe] x[áa]c th[ựu]c|nie uda[łl]o si[ęe] uwierzytelni|(不支援|不支持)(您)?(所)?(選擇|选择)的(認證|认证|验证)方式|不支持加密(过|過)的密(码|碼)|neprijal l[íi]stok Kerberos|認証(に)?失敗|(验证|认证|登录)失败|密码错误|(驗證|認證|登入)失敗|密碼錯誤|"
     "(неверный|неправильный) (пароль|логин)|ошибка (аутентификации|авторизации)|chybné heslo|ověření selhalo|인증(에)? 실패|비밀번호(가)? (틀|잘못)",
     0, Category::AuthFailed, "X.7.8"},
    // TLS: the server wants it first, or setting it up failed.
    {"phrase-tls-required",
     "must issue a STARTTLS|encryption is required|(must|has to|have to) be sen[dt] with (an )?encryption|(accepts?|receives?) (messages|mail|e-?mails?) only (on|over|via|with) (a )?(TLS|SSL|encrypted)|issue STARTTLS( command)? first|STARTTLS (command )?(is )?required|encryption required|TLS required|TLS (is )?(needed|mandatory)|"
     "(non-encrypted|unencrypted|plain ?text|insecure) (SMTP )?(login|auth\\w*|password)s? (is |are )?(disabled|disallowed|not (allowed|permitted|accepted))|"
     "TLS (conversation|connection|session) (is )?required|"
     "requires? (a )?(secure|encrypted) connection|use STARTTLS|must use TLS|"
     "chiffrement (requis|obligatoire)|Verschl[üu]sselung (erforderlich|notwendig)|cifrado requerido",
     0, Category::TlsRequired, "rule:generic-starttls-first"},
    {"phrase-tls-handshake",
     "TLS handshake|handshake fail|(TLS|SSL) connect(ion)? failed|(STARTTLS|TLS|SSL) (negotiation |handshake |setup |initiali[sz]ation )?(failed|failure)|"
     "failed to (initiali[sz]e|start|negotiate|establish|set up) (TLS|SSL|STARTTLS)|SSL routines|Cannot start TLS|TLS (library )?problem|wrong version number|"
     "TLS (1\\.[01] )?(and 1\\.1 )?(is |are )?not supported|tls: |no cipher suite|does not look like a TLS|"
     "Security failure|TLS negotiation|TLS not available|Failed to establish .*TLS|SSL_(accept|connect) (error|returned)|SSLError|handshake (error|failure)|unknown protocol|no shared cipher|"
     "(tlsv1(\\.[0-3])?|sslv3) alert|nepodarilo (sa )?vytvori[ťt] zabezpe[čc]en[ée] spojenie|kh[ôo]ng th[ểe] thi[ếe]t l[ậa]p li[êe]n k[ếe]t an to[àa]n|無法以 ?STARTTLS 建立安全連線|не удалось установить защищ[её]нное соединение|(cannot|can.t|could not|unable to|failed to) (enable|initiate) (STARTTLS|TLS|SSL)|\\berror:[0-9A-F]{8}:[\\w ]*routines|in (the )?(SSL|TLS) handshake|dh key too small|(cannot|can.t|could not|unable to) negotiate (TLS|SSL)",
     0, Category::TlsFailed, "problem:tls-handshake-failed"},
    // Relaying.
    {"phrase-relay-denied",
     "relay(ing)? (access )?((is|has been|was) )?(denied|not allowed|not permitted|prohibited|disabled|refused|rejected|disallowed|forbidden)(?! as)|relay(ing)? through this server without auth|"
     "use me .{0,80}as a relay|(invalid|no|missing) (login|credentials) for relay|relay(ing)? (from|for) .{0,60}(is )?(denied|not allowed|refused|prohibited)|"
     "not accepting (e-?)?mail for (this |that |the )?(domain|ip|host|address)|"
     "\\bRP:FRL\\b|(delivery|mail) is not allowed to this (address|domain|recipient)|relay check (domain )?fail|(cannot|can.t) deliver mail for|credentials for relay|recipient is not accepted here|not (permitted to |allowed to )?relay|(unable|cannot|can.t) relay|no relaying|unauthori[sz]ed relay|"
     "relaying to .* (prohibited|denied|forbidden|not allowed)|denies relay|isn.t allowed to be relayed|not a gateway|"
     "relay (not )?permitted|(we )?(do not|don.t) relay|(?<!\\w )local users? only(?! or auth)|relais (refus[ée]|interdit)|Relaying (verweigert|nicht erlaubt)|"
     "relay no permitido|retransmisi[oó]n (denegada|no permitida)|retransmiss[aã]o (negada|n[aã]o permitida)|inoltro (negato|non consentito)|"
     "relaying (of )?(mail|messages?) to .{1,80} (is )?(not allowed|not permitted|denied|refused)|"
     "przekazywanie .*(odmowa|niedozwolone)|relay (geweigerd|niet toegestaan)|中継(は)?(拒否|禁止)|不允许(中继|转发)|不允許(中繼|轉發)|"
     "(релей|ретрансляция|пересылка) (запрещена|запрещен|не разрешена)|relay (nepovolen|zakázán)|릴레이(가)? (거부|허용되지)",
     0, Category::RelayDenied, "rule:postfix-relay-access-denied"},
    // The client's EHLO name refused for not resolving: a local rule about that name, not a
    // missing recipient domain, nor the IP's reverse DNS ("HELO name fails FCrDNS").
    {"phrase-helo-name",
     "(ehlo|helo)( host| domain)? ?(name|domain|hostname|argument)? .{0,40}(does not|doesn.t|did not|must|cannot|could not) (resolve|exist)|"
     "records? (found )?for the (EHLO|HELO) (host ?name|name|domain)|(don.t|do not) believe (that )?you are|\\b(EHLO|HELO) (denied|refused|rejected|not accepted)|(EHLO|HELO) (host ?name|name|domain) fails",
     0, Category::Policy, "rule:postfix-helo-rejected"},
    // Reverse DNS of the sending IP.
    {"phrase-reverse-dns",
     "(?<!blacklisted )(?<!blocklisted )reverse (DNS|lookup|look name)|PTR (record|resource)|\\bPTR\\b|rDNS|cannot find your (hostname|reverse)|"
     "client host name (unknown|not found)|no (hostname|host name) for your (ip|address)|\\b(host|client)\\b.{0,60}\\bunknown TLD\\b|"
     "(unable to|could not|couldn.t|cannot|can.t|failed to) resolve (your|the client.s|client) (IP|address|host ?name|host)|"
     "IP .* (has no|without) (a )?(name|hostname)|DNS inverse|R[üu]ckw[äa]rts(aufl[öo]sung|-DNS)|DNS inverso|"
     "逆引き|反向解析|反向DNS",
     0, Category::ReverseDns, "X.7.25"},
    // A filter's verdict on the message itself, before the sender-authentication words: a
    // scanner's name for phishing ("Heuristics.Phishing.Email.SpoofedDomain") says "spoofed".
    // Bare "virus" or "malware" stay with the content words further down: blocklists say
    // them of an infected sending IP.
    {"phrase-content-unsafe",
     "(unsafe|malicious|dangerous|harmful|infected) (content|attachment|file|link|url)s?|quarantin|rejected due to security polic(y|ies)|"
     "(url|link|domain)s? (found )?in (the |your )?(message|mail|body) (is |are )?(black|block)?listed|"
     "Heuristics\\.(Phishing|Spam|Malware|Broken)|potential security issue|(message|body) contains (the )?(domain|url|link|uri)s?\\b|\\b(surbl|uribl)\\b|(blocked|forbidden|prohibited|banned|dangerous) file( type| extension)?|high.risk file|file extension (detected|not allowed|blocked|forbidden)|"
     "\\bmacros?\\b.{0,20}\\b(found|detected)",
     0, Category::ContentRejected, "rule:generic-virus"},
    // SPF, DKIM, DMARC, also when worded as "unauthenticated".
    {"phrase-sender-authentication",
     "\\bDM0{4}\\d{2}\\b|not allowed to send mail from \\d|\\bMI:(SPF|DMA)\\b|\\bSPF\\b|open-?spf\\.(org|net)|(?<!header ')\\bDKIM\\b(?! signing (failed|error|failure))|\\bDMARC\\b|does not have authentication information|mail is unauthenticated|"
     "Anti-Spoofing|spoof(ed|ing)|sender policy framework|domain ?keys|not authorized to send on behalf|"
     "authentication information|fails? to pass (SPF|authentication)",
     0, Category::SenderAuthentication, "X.7.26"},
    {"phrase-greylisted",
     "^45[01] ((4\\.7\\.\\d{1,3}|4\\.2\\.0) )?(please )?try (again )?later\\.?$|temporar(il)?y rejected[:.,]? (please )?(try again later|reconnect)|reconnect(ed)? too? fast|(this )?(mail|message) is temporarily denied|Internal resource (is )?temporarily unavailable|grey-?list|gray-?list|\\b4\\.7\\.1 (Please )?try again later|greylisted|postgrey|\\bGL01\\b|not yet authorized to deliver|try again in \\d+ (seconds|minutes)|"
     "liste grise|Greylisting|lista gris|lista grigia|szara lista|grijze lijst|グレイリスト|灰名单",
     4, Category::Greylisted, "rule:greylisting"},
    // Throttling and quotas of the sender (before "quota" means a full mailbox).
    {"phrase-rate-limited",
     "\\bRL0{4}\\d{2}\\b|SubmissionQuotaExceeded|sent (too|to) many|reached its limit for|\\d+ (recipients|rcpts|messages|mails|e-?mails|connections) per (\\d+ )?(seconds?|minutes?|hours?|days?)|(number|total) of (the )?(RCPT|recipient|message|mail)s?( attempts)? (is|has) (achieved|reached|exceeded) (the )?maximum|(reached|hit|exceeded) (a|the|your) (sending|daily|hourly) limit|limit for sending|unexpected sending|limit on the number of (allowed )?(outgoing |sent )?(messages|e-?mails|recipients)|(outgoing|outbound) (message |mail |e-?mail )?(quota|limit)|volume limit|\\b(HL:I[CFT]C|MI:(DMC|SFQ|STC)|RP:(DRC|QRC|TRC))\\b|rate limit|rate-limit|ratelimit|throttl|(connection|message|sending|submission|recipient) rate|slow down|"
     "(maximum|max) number of (concurrent |simultaneous )?(connections|sessions)|(organi[sz]ation|tenant|queue|submission) (queue )?quota|"
     "too (many|much) failures?\\b(?!.{0,5}tried all)|too many (mail )?transactions|more than \\d+ (messages|mails|bytes|recipients|connections) in (the )?(past|last)|too many (connections|concurrent|simultaneous|sessions|auth failures|errors from your)|too many (failed )?(authentication|auth|login|sign-?in) (errors|failures|attempts)|"
     "too many (messages|mails)(?! on (the )?server)|too much mail from|(sending|submission|email|relay|daily|hourly|send) (quota|limit)|(hourly|daily) (user |sender |sending )?(message |mail |recipient )?limit|"
     "(per|an|this) (second|hour|minute|day)|too much e-?mail|in a short (period of )?time|number of (sessions|connections) exceeds|too many requests|too many (?!delivery )\\w+ attempts|"
     "concurrent connections limit|intrusion prevention|\\b4\\.7\\.0 Try again later, closing connection|receive limit exceeded|receiving mail at a rate|frequency limited|too frequent|frequently sending|"
     "sending limits?|limit (exceeded|reached) for (this )?(customer|user|sender|ip)|exceeded (your|the) (messaging|sending|message|mail) limits?|Maximum messages sent|daily limit|"
     "too many same|unusual (rate|volume)|(excessive|unusual|high) (volume|traffic)|temporarily deferred|\\bTS0[1-3]\\b|\\bRP-00[1-3]\\b|"
     "4\\.7\\.650|thread limit|too many open connections|Connection frequency|excessive (unknown )?recipients|"
     "too many (new )?(TLS sessions|AUTH commands|(?!(invalid|bad|unknown|unrecogni[sz]ed|illegal|erroneous) )\\w+ commands|recipients from|e-?mails)|sent too many|"
     "max(imum)? (number of )?(messages?|mails?|recipients) per (connection|session|hour|day|minute)|"
     "concurrency limit|(per|recipients per) connection limit|connection limit (reached|exceeded)|"
     "Quota exceeded \\((number of mails|accumulated message size|number of recipients)|"
     "trop de (connexions|messages)|zu viele (Verbindungen|Nachrichten)|demasiadas (conexiones|mensajes)|"
     "troppe (connessioni|email)|muit[oa]s (conex[õo]es|mensagens)|zbyt wiele|te veel|连接数?(过多|太多)|接続数?が多すぎ|送信数|发送频率|频率限制|发信(数量|频率)|發送頻率|頻率限制|(发送|發送)(太|过于|過於)频繁|"
     "слишком много (соединений|подключений|писем|сообщений|получателей)|příliš mnoho (připojení|zpráv|spojení)|"
     "너무 많은 (연결|메일|메시지)|발송 (제한|한도)|çok fazla (bağlantı|ileti)",
     0, Category::RateLimited, "X.7.28"},
    // An address (not the IP) on the receiving side's own list: a local rule about that
    // sender or recipient, before "blacklist" is read as the IP's reputation.
    {"phrase-address-listed",
     "\\b(sender|recipient|rcpt|user|(?<!IP )address|mail ?from)\\b((?!\\bIP\\b|\\d+\\.\\d+\\.)[^.;:]){0,60}\\b(is |has been )?(on|in) "
     "(the |a |our |(the )?domain.s |(the )?user.s )?(black ?list|block ?list|deny ?list|reject list)|"
     "\\b(sender|recipient|(?<!IP )address) (is |has been )?(black|block)listed|"
     "by (the )?user.s (reject|block|deny) ?list|\\b(black|block)listed (sender|recipient|address)\\b|Policy level block list|on the (account.s )?suppression list|allow/block list|"
     "\\b(rcpt|recipient|sender)\\b:? <?\\S+@\\S+>? (is )?(on|in) (the |a |our )?(black|block|deny) ?list|\\b(sender|recipient) address (is |has been )?blocked\\b",
     0, Category::Policy, "X.7.1"},
    // Checks of the EHLO argument against the client's address (Haraka's helo.checks,
    // mox): a local rule about the name given, before "your IP" is read as a blocklist.
    {"phrase-helo-address",
     "(HELO|EHLO) IP literal|(HELO|EHLO) argument does not match|(?<!Malformed )IP (literal )?in (the )?(HELO|EHLO)|(HELO|EHLO) (protocol )?mismatch|Host names? (has|have) more than one DNS label",
     0, Category::Policy, "rule:postfix-helo-rejected"},
    // The sending IP refused for its reputation or a blocklist.
    {"phrase-client-blocked",
     "\\bHL:(REP|IHU|IPB|MEP)\\b|(message )?sending (for|from) (this|your) account (is |has been )?(disabled|blocked|suspended)|sending (suspended|paused) for (this|your) account|\\bbad karma\\b|\\bkarma score\\b|\\bBL0[01]{5}\\b|\\bBL0{1,2}\\d{1,2}\\b|\\bblock(ed)? for spam\\b|\\bIP is (hang ?up|hung ?up)|reputation|\\b(ip|ip address|host|client)\\b (is |has been )?(blocked|blacklisted|banned|listed)|\\bIP\\b (is )?rejected|"
     "black ?ip|ANTISPAM_BAT\\[[^\\]]*\\]: bad sending|black ?hole (list|site|server)|blackholes\\.|forbidden (by|for|from) your IP|\\bAUP#CXBL\\b|sorbs\\.net/lookup|(?<!user in )(?<!domain.s )blacklist|\\b\\d{1,3}(\\.\\d{1,3}){3}[\\]>]? (is |has been )?(banned|blocked|blacklisted|forbidden)|"
     "(remote |your |this |client )?ip (is |has been )?forbidden|no access for (this|your) ip|Dictionary attack|blocklist|block list|\\bRBL\\b|\\bDNSBL\\b|blocked using|banned sen(ding|der)|"
     "block has been placed against your IP|(?<!not )listed (at|on|in|by) |Invalid IP(?! address)|is blocked by(?! (local |our |the |organi[sz]ation.s )?(policy|polic(y|ies)|administrator))|your (ip|ip address) |"
     "spam abuse detected|Client host rejected|zombie|Sperrliste|schwarzen? Liste|\\bLPN007_\\d+|Service refus[ée]\\.? Veuillez essayer plus tard|\\bIP=\\d{1,3}(\\.\\d{1,3}){3} - A problem occurred|\\bOU-00\\d\\b|messages from \\[?\\d{1,3}(\\.\\d{1,3}){3}\\]? weren.t sent|access to (submit messages to )?this (e-?mail |mail )?system has been rejected|not allowed from this (range|network|ip)|you are (permanently |temporarily )?blocked|\\bCON:B1\\b|\\bip (is )?in (prison|jail)\\b|botnet|\\bIP_CONTROL\\b|bypassing service provider|\\bRTR:|poor IP|dynamic ip|dial-?up|"
     "IP source bloqu|adresse IP .*bloqu|IP.Adresse .*(gesperrt|blockiert)|IP bloqueada|IP bloccat|"
     "IP .*zablokowan|IP (is )?geblokkeerd|IPアドレス.*(拒否|ブロック)|IP(被|已被)?(封|拒|屏蔽)|\\bIP\\b.*(封禁|黑名单|黑名單)|"
     "(IP|адрес)[- ].{0,40}(заблокирован|в черном списке|в чёрном списке)|IP .{0,30}(blokována|na černé listině)|IP.{0,20}차단",
     0, Category::ClientBlocked, "rule:generic-blocklist"},
    // A local rule named as such outranks "mailbox unavailable" next to it (GMX, 1&1).
    {"phrase-policy-explicit",
     "Reject(ed)? due to policy|(header based |manually )?Blocked Senders\\b|envelope blocked|only (subscribers|members) (may|can) (post|send)|(does not|doesn.t) allow posting|(blocked|bounced|rejected) by (the |an |your )?(administrator|admin|postmaster)\\b|\\b(that|this) recipient is not allowed|defer_if_(permit|reject)|blocked by (local |our |the |organi[sz]ation.s )?polic(y|ies)|Delivery not authori[sz]ed|policy violation|Denied by policy|Administrative prohibition|"
     "not allowed to send mail to|refused to receive this mail|banned recipient|rejected by recipient|over IPv6|"
     "insufficient authori[sz]ation|not who you say you are|identity changes|user access deny|"
     "blocked by (the )?(recipient|user|addressee)|recipient has blocked|"
     "(from|mail from|to) external senders|accepts? (mail|messages) only from (internal|authenticated|its own)|"
     "access to (the )?mailbox .{0,80}(is )?denied|"
     // Not allowed to send to this recipient, in the languages of the common cases; "to"
     // keeps out the sender's own address ("not authorised to send from ...").
     "not (authori[sz]ed|permitted|allowed) to (send|post|deliver) (e-?mail |mail |messages? )?to|"
     "not accepted .{0,40}from the internet|from the internet (is|are) not (accepted|allowed)|"
     "nicht berechtigt,? an|keine Berechtigung,? an|pas autoris[ée]e?s? [àa] (envoyer|[ée]crire) [àa]|"
     "no (est[áa] )?autorizad[oa]s? (a|para) enviar|no tiene permiso para enviar|"
     "non (sei |[èe] )?autorizzat[oa] a inviare|n[ãa]o (tem|possui) permiss[ãa]o para enviar|n[ãa]o (est[áa] )?autorizad[oa] a enviar|"
     "nie masz uprawnie[ńn] do wysy[łl]ania|brak uprawnie[ńn] do wysy[łl]ania|niet gemachtigd om .{0,40}te (verzenden|sturen)|geen toestemming om .{0,40}te (verzenden|sturen)|"
     "送信する権限がありません|送信が許可されていません|没有(向.{0,20})?发送(邮件)?的权限|无权(向.{0,20})?发送",
     0, Category::Policy, "X.7.1"},
};
} // namespace

std::span<const PhraseRow> phraseAccessRows() { return rows; }

} // namespace CatalogTables
