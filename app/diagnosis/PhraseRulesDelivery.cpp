// Plain words about the delivery itself: the sending side giving up after retries, the
// network, time-outs, the receiving server's own trouble, filtered content, local policy,
// syntax, the sender address, loops. Tried last among the phrase rules: several of these
// words ("rejected", "policy", "temporary") are loose and only decide when nothing more
// specific was said. Part of ReplyCatalog's data; see docs/catalog.md.
#include "diagnosis/CatalogTables.h"

using Model::Category;

namespace CatalogTables {

namespace {
const PhraseRow rows[] = {
    // The sending MTA gave up: these describe the queue, not the last attempt's error.
    {"phrase-expired",
     "retry timeout exceeded|(could not|couldn.t|cannot|can.t|unable to) (be )?(deliver(ed)?|send)( the)?( message)? within (\\d+ (days?|hours?)|the (time|allotted)|the allowed)|(has been|was) undeliverable for \\d+ (days?|hours?)|(time to live|lifetime|\\bTTL\\b) (exceeded|expired)|(retry|retries|delivery attempts?) limit (exceeded|reached)|(maximum|max\\.?) (number of )?(retries|delivery attempts|attempts|retry count)( was| has been)? (exceeded|reached)|too many delivery attempts|because it expired|were last tried after this message arrived|delivery time expired|could not be delivered in the allotted time|Despite repeated attempts to deliver|message expired|Tried all MXs|envelope expired|status=expired|exceeded max (retries|time) without delivery|expired after|could not be delivered for \\d+ (days|hours)|"
     "in the queue too long|delivery expired|message (is )?too old|failed after \\d+ (days|hours)|too long in (the )?queue|Delivery failed \\d+ attempts|Exceeded Maximum Delivery Attempts|"
     "multiple delivery attempts failed|has stopped trying|gave up|giving up on|not collected after|Message timed out|"
     "not (been )?delivered within \\d+ (days?|hours?)|within the allowed queue period|"
     "Unable to transfer, Message timed out|will be deleted from queue|tiempo de entrega vencido|d[ée]lai (de remise )?(expir[ée]|d[ée]pass[ée])|"
     "Zustellung .*(abgebrochen|aufgegeben)|prazo de entrega|scadut|przekroczono czas|verlopen|配信期限|(投递|发送)超时",
     0, Category::Expired, "X.4.7"},
    {"phrase-loop",
     "too many hops|recursive forward|hop count exceeded|(mail|routing) loop|loop detected|detected a loop|loops back to myself|looping message|Too many Received|"
     "MX list for .* points back|connecting to myself|boucle|Schleife|bucle",
     0, Category::Other, "rule:generic-routing-loop"},
    // The message needs SMTPUTF8 and no next hop offers it (Postfix, OpenSMTPD): a note on
    // the route, not a refusal by the recipient's server.
    {"phrase-smtputf8-not-offered",
     "requires SMTPUTF8, but|no server was found that supports SMTPUTF8|utf-?8 support required but not offered",
     0, Category::Other, "problem:smtp-utf8-not-advertised"},
    // A filter's check of the message's own headers (Haraka's data.headers and bounce
    // plugins, mox): before the sender words, so that "Malformed Sender header" is about
    // the message, not the envelope sender.
    {"phrase-content-headers",
     "(required |mandatory )?\\b(Date|From|Message-ID|Subject|Return-Path|To|Reply-To)\\b:? header|header '?(Date|From|Message-ID|Subject)'? (is )?(missing|invalid|too)|"
     "(missing|malformed|invalid|duplicate|bad|broken) (\\S+ )?headers?\\b|non-empty Return-Path|bounce (with|without) |Message-ID (without|is not)|"
     "(not|isn.t) RFC ?(5322|2822|822) compliant|(mail |the )?message is malformed|malformed (message|mail)\\b|does not (comply|conform) (with|to) RFC ?(5322|2822|822)",
     0, Category::ContentRejected, "rule:generic-spam-content"},
    // A mailing list with nobody on it (Coremail's "maillist ... is null"), and Microsoft
    // 365's message for mail routed to a tenant in another region: neither is the
    // recipient's or the sender's fault in the usual sense.
    {"phrase-list-empty",
     "maillist .{0,80} is null|(mailing )?list .{0,60} (is empty|has no (members|recipients))",
     0, Category::Other, "X.2.4"},
    {"phrase-wrong-region",
     "wrong (Office 365|Microsoft 365|Exchange Online) region|\\bATTR35\\b",
     0, Category::Other, "X.4.0"},
    // The sender address itself.
    {"phrase-sender-rejected",
     "sender address (malformed|syntax)|(IP|hostname) (or|and) sender (is|are)( both)? invalid|(do not|don.t|does not|doesn.t) accept (e-?mail |mail |messages )?from (this|that|your) (e-?mail )?(address|sender)|sender (has )?(a |an )?non-?existent (internet )?domain|sender domain .{0,40}(does not|doesn.t) have (any )?(MX|DNS)|malformed sender|sender (address )?(rejected|refused|denied|invalid|not allowed|verify failed|verification failed)|"
     "(sender|return|from) (domain|MX) (does not exist|not found)|(domain of )?sender (address|domain) (does not|doesn.t) resolve|(unable to|cannot|could not) verify (the )?sender|(incorrect|invalid|bad|wrong) sender( address| header| name)?|"
     "(sender|from)(/\\w+)? (name|address) is not valid|must match (the )?(auth(enticated)?|login|logged.in) (user|username|identity|account)|(From:? ?|sender |envelope )domain must (resolve|exist)|"
     "unauthori[sz]ed use of (the )?sender|black (mail )?address|sender is (unvalidated|not validated)|remote ip check error|^5\\d\\d[ -](Postmaster )?verification failed (for|while checking)|(sender|from)( e-?mail| address)? is not (in|from) (my|our|this|the local) domain|not (authori[sz]ed|allowed|permitted) to send (from|as|with) (that|this|the|your)( e-?mail| header| From:?)? address|return MX does not exist|badmailfrom|"
     "send as (this sender|denied)|SendAsDenied|(from|sender) address (is )?not (one of your|verified|owned by)|"
     "(e-?mail )?address is not verified|identities failed the check|not allowed to send as|permissions to send as|Fake sender|NULL sender|"
     "MAIL FROM .*(mismatch|not allowed)|mail from (address )?(is )?invalid|sender is not (the )?same as|"
     "does not match (the )?(auth(enticated)?|login|logged.in) (user|username|identity)|Callback setup failed|sender is rejected|envelope sender|unknown sender( address)?\\b|\\bin Envelope-From\\b|(unconfigured|unverified|unregistered) sending domain|\\bsender\\b.{0,80}\\bfrom unknown TLD\\b|\\b(GLOBAL_)?SMTP_FROM_BL\\b|from (RFC ?2606 )?reserved domain|(incorrect|invalid|wrong) authentication for (the )?specified (e-?mail )?address|restricted to (the )?sending domain|"
     "(user ?name|login|user) and sender (don.t|doesn.t|do not|does not) match|sender (address )?(doesn.t|does not) match|"
     "Berechtigung, die Nachricht im Auftrag|exp[ée]diteur (refus[ée]|invalide)|Absender (abgelehnt|ung[üu]ltig)|"
     "remitente (rechazado|no v[aá]lido)|remetente (rejeitado|inv[aá]lido)|mittente (rifiutato|non valido)|"
     "nadawca (odrzucony|nieprawid[łl]owy)|afzender (geweigerd|ongeldig)|送信者.*拒否|发件人(被拒绝|无效)|寄件者(被拒絕|無效)|"
     "отправител[ья] (отклон[её]н|запрещ[её]н|недопустим)|odesílatel (odmítnut|neplatný)|발신자(가)? (거부|차단)",
     0, Category::SenderRejected, "X.1.8"},
    // The network, as the sending MTA saw it.
    // A client library's time-out wrapped around the connection error: the time-out is the
    // cause ("Could not connect to SMTP host ...; nested exception is SocketTimeoutException").
    {"phrase-timeout-exception",
     "SocketTimeout|operation timed out|\\b(Open|Read)Timeout\\b|requests to connect.{0,200}timed out|\\bWSAETIMEDOUT\\b|error code:? 10060\\b|TimeoutException|connect(ion)? timed out|timed out while connecting|did not properly respond after a period of time|"
     "n.a pas r[ée]pondu convenablement",
     0, Category::Timeout, "problem:reply-timeout"},
    {"phrase-connection-refused",
     "connection refused|\\bECONNREFUSED\\b|did not accept our requests to connect|actively refused|(?<!temporarily )refused (the )?connection|\\bWSAECONNREFUSED\\b|error code:? 10061\\b|Can.t connect to host|could not connect|unable to connect|connexion refus[ée]e|Verbindung abgelehnt|"
     "conexi[oó]n rechazada|conex[aã]o recusada|connessione rifiutata|po[łl][ąa]czenie odrzucone|verbinding geweigerd|接続(が)?拒否|连接被拒绝",
     0, Category::Network, "problem:connection-refused"},
    {"phrase-network-unreachable",
     "No answer from host|"
     "failed to write a data block|failed sending data to the peer|"
     "\\bHost \\S+ is down\\b|Address family mismatch|No valid route to destination|"
     // A time-out named in the same message is its cause (phrase-timeout, below).
     "((couldn.t|could not) connect to (the )?(host|server|SMTP)|mail server connection failed)(?!.{0,160}time[ds]? ?out(?! -?1\\b))|(could not|couldn.t|unable to|failed to|cannot|can.t) establish (a |an SMTP |the )?connection|(SMTP|TCP) connection (failed|was interrupted)|(cannot|can.t) connect to|connection attempt failed|\\bE(CONNRESET|HOSTUNREACH|NETUNREACH|PIPE)\\b|socket closed|lost (input |output )?connection|connection died|\\b(is|was|are|were) unreachable|socket (read|write) (failed|error)|TCP connection .{0,80}\\bfailed|(failed|unable) to (open (a )?)?connect(ion)?|unable to read data from the transport connection|net_io_connectionclosed|connection was (closed|reset|aborted)|No valid hosts|unable to make any connections?|No route to host|(network|host) (is )?unreachable|Cannot assign requested address|\\bEADDRNOTAVAIL\\b|Network error|communication failure|"
     "\\bunreachable (host|network|destination)\\b|lost connection|connection (was )?(lost|broken)|(?<!file )\\bwrite error\\b|connection (reset|dropped|closed)|reset by|read error|SocketError|socket error|broken pipe|Error communicating with target host|"
     "wasn.t able to establish an SMTP connection|have been failing for a long time|retry time not reached|"
     "r[ée]seau (inaccessible|injoignable)|Netzwerk (nicht erreichbar|fehler)|red inaccesible|rede inacess[ií]vel|"
     "\\bconnect failed|conex[ãa]o (ao servidor )?falhou|spojeni[ea]? (bolo |bylo )?preru[šs]en[ée]|nepoda[řr]ilo (sa|se) (pripoji[ťt]|připojit)|a kapcsolat (megszakadt|megszűnt)|nem sikerült (kapcsolódni|csatlakozni)|conexiunea (a fost )?(pierdut[ăa]|[îi]ntrerupt[ăa]|refuzat[ăa])|nu s-a putut (conecta|stabili conexiunea)|ba[ğg]lant[ıi] (kesildi|reddedildi|kurulamad[ıi])|η σύνδεση (χάθηκε|απορρίφθηκε)|αδυναμία σύνδεσης|m[ấa]t k[ếe]t n[ốo]i|kh[ôo]ng th[ểe] k[ếe]t n[ốo]i|koneksi (terputus|ditolak|gagal)|tidak dapat terhubung|з.єднання (втрачено|розірвано|відхилено)|не вдалося (з.єднатися|підключитися)|po[łl][ąa]czenie (zosta[łl]o )?(przerwane|zerwane)|verbinding (is )?verbroken|connessione (persa|interrotta)|conex[ãa]o (perdida|interrompida)|conexi[óo]n (perdida|interrumpida)|连接服务器失败|서버와의 연결(을|에)? 실패|сбой соединения|χάθηκε η σύνδεση|se perdi[óo] la conexi[óo]n|koneksi .{0,80}terputus|SMTP connect\\(\\)|Verbindung( zu[mr]? [\\w.-]+)? fehlgeschlagen|keine Verbindung|k(o|a)n niet verbinden|"
     "не (удается|удалось|могу) подключиться|ошибка (подключения|соединения)|Verbindung .{0,40}nicht (hergestellt|m[öo]glich)|connexion (au serveur )?impossible|impossible de (se )?connecter|"
     "no (se )?(pudo|puede) conectar|impossibile (connettersi|stabilire (una|la) connessione)|n[ãa]o foi poss[ií]vel (se )?conectar|"
     "nie mo[żz]na (si[ęe] )?po[łl][ąa]czy[ćc]|kan geen verbinding maken|接続できません|接続に失敗|无法连接|连接失败|"
     "В ходе доставки этого сообщения возникла ошибка|网络(错误|不可达)",
     0, Category::Network, "problem:host-unreachable"},
    {"phrase-timeout",
     "(?<!scan )(?<!scanner )(?<!filter )(?<!milter )timed? ?out(?! -?1\\b)|execution expired|time-out|handle timeout|Timeout waiting|command timeout|\\bETIMEDOUT\\b|never received|"
     "no (\\w+/)?(HELO|EHLO|DATA|greeting|banner|MAIL|RCPT) response|"
     "(server|host) did not respond|(server|host) (\\S+ )?is not responding|d[ée]lai d.attente d[ée]pass[ée]|"
     "Zeit[üu]berschreitung|tiempo de espera agotado|tempo (limite )?esgotado|tempo scaduto|przekroczono limit czasu|"
     "έληξε το όριο χρόνου|χρονικό όριο|vypršal časový limit|időtúllépés|timpul de a[șs]teptare a expirat|h[ếe]t th[ờo]i gian|waktu habis|หมดเวลา|час очікування (минув|вичерпано)|se termin[óo] el tiempo|tiempo de conexi[óo]n .{0,80}agotado|kehabisan waktu|タイムアウト|超时|逾時|超時|тайм-?аут|превышено время ожидания|vypršel časový limit|시간 초과|zaman aşımı",
     0, Category::Timeout, "problem:reply-timeout"},
    // The receiving server's own trouble.
    {"phrase-server-unavailable",
     "could not complete sender verify|(error|failure|failed|problem) (connecting to|running|with|in|calling) (the )?(virus|spam|content|mail) ?(scanner|filter|checker)|(virus|spam|content) (scanner|filter|checker) (error|failure|failed|unavailable|not available|timed out)|(server|system|local) configuration (error|problem)|insufficient (system )?(storage|resources)|read-only file ?system|out of memory|internal failure|mailbox (has an |is in an )?(invalid|corrupt|bad) format|mailbox (is )?corrupt|temporary authentication failure|temporary system problem|system storage|Resources? temporarily unavailable|resources? unavailable temporarily|temporary (local |server |system )?(problem|error|failure)|"
     "local (error|problem)|unexpected error|(scan|scanner|filter|milter) time[ds]? ?out|^45\\d (\\d\\.\\d\\.\\d )?temporarily unavailable|I/O error|Error in Processing|internal (server |delivery |system )?error|unable to (run|exec(ute)?)\\b|child process of \\S+ transport returned|out of disk space|no space left on device|(policy |filter |scan(ning)? |content )?engine (error|failure|unavailable)|try again later|service (temporarily )?unavailable|"
     "(mailbox|recipient) (is )?temporarily (unavailable|not available)|(server|system|network|service|host) (is )?(busy|overloaded)|too busy|(allocated|system) resources (exceeded|exhausted)|Can.t create output|can not open|transport error|"
     "No such file or directory|errno=|Command died with status|could not be (saved|stored|written)|"
     "\\btrouble (in|with)\\b|mail transport unavailable|unexpected failure|server (is )?(currently )?unavailable|unable to receive mail|try (another|a different) server|(remote (end|side|host)|server)( \\S+)? (unexpectedly )?closed (the )?connection|connection unexpectedly closed|(was|been) closed unexpectedly|ServerDisconnected|not ready|backend (failure|error|unavailable)|queue (is )?unavailable|high load|STOREDRV|Temporary error checking|unable to process|"
     "erreur temporaire|serveur (indisponible|surcharg[ée])|vor[üu]bergehend|tempor[äa]rer Fehler|error temporal|"
     "erro tempor[aá]rio|errore temporaneo|b[łl][ąa]d tymczasowy|tijdelijke fout|一時的|暂时|系统繁忙|暫時|系統繁忙|"
     "временн[а-я]* (ошибка|сбой|недоступ)|попробуйте (позже|ещё раз позже)|dočasná chyba|zkuste (to )?později|잠시 후 다시|일시적(인)? (오류|장애)|geçici (hata|sorun)",
     0, Category::ServerUnavailable, "X.3.0"},
    // A temporary reply about a part of the receiving side (its filter, its licence, the
    // lookup of the address) is that side's trouble, not the content or the network.
    {"phrase-server-part-temporary",
     "(spam|virus|content|mail) ?(scanner|filter|checker)\\b.{0,30}\\b(failed|failure|error)|\\blicen[cs]e\\b|unable to verify (the )?(address|recipient|user)|"
     "(server|system) (was|is) temporarily unavailable|DKIM signing (failed|error|failure)",
     4, Category::ServerUnavailable, "X.3.0"},
    // Characters the server refuses in an address: the address's form, before the content
    // words ("Invalid characters" in a header is a content filter's reason).
    {"phrase-address-characters",
     "(restricted|invalid|illegal|forbidden|disallowed|unsupported|bad) (characters?|chars?) in (the )?(e-?mail |recipient |sender )?address|(local )?address contains (control|whitespace|illegal|invalid)",
     0, Category::SyntaxError, "X.5.2"},
    // Filtered content: spam, viruses, attachments, links, broken messages.
    {"phrase-content-rejected",
     "\\bDT:(SPM|SUM)\\b|(blocked|blacklisted|banned|malicious|suspicious|forbidden) (URL|link)s?|prohibited content|(blocked|rejected) (due to|because of) (its |the )?content|file type (that )?is not (allowed|permitted)|(password-protected|encrypted) (archive|attachment|file|zip)s?|\\bDLP\\b|spam score|spam|unsolicited|junk|(doesn.t|does not|not) conform(ing)? to (the )?(\\w+ )?(standard|RFC)|\\bvirus(es)?\\b|malware|infected|phishing|suspicious|content (reject|filter|rejected)|"
     "Message (not allowed|refused|denied|rejected due to|content)|mail content (denied|rejected|refused)|message (was |has been )?filtered|message refused|rejected due to content|rejected after DATA|"
     "attachment|forbidden[ _-]?(file|extension)|banned (file|attachment)|message/partial|"
     "(message|header|body|text) line (is )?too long|header (is )?too long|message has defects|barelf|Mail data refused|Invalid characters|"
     "non-Western|character sets?|\\b(no|missing|invalid|duplicate|duplicated) [\\w-]+ (header|field)\\b|RFC ?5322|RFC ?2822|RFC ?822|bare (LF|linefeed)|stray (newline|line ?feed)|header (check|rejected)|\\[CS\\d*\\]|CS01|"
     "Sua mensagem foi rejeitada|Error parsing message|MIME (header|structure|part)|not accept delivery of this message|scored|bulk mail|"
     "courrier ind[ée]sirable|pourriel|unerw[üu]nscht|correo no deseado|lixo eletr[oô]nico|posta indesiderata|"
     "niechciana|ongewenst|迷惑メール|垃圾邮件|垃圾郵件|病毒|спам|스팸|nevyžádan",
     0, Category::ContentRejected, "rule:generic-spam-content"},
    // Syntax and protocol.
    {"phrase-syntax-error",
     // RFC 5321's 501 is a syntax error in the arguments: "501 Invalid HELO name" is the
     // name's form, where a 550 with the same words is a local rule about the name.
     "(?<=^501 )invalid (HELO|EHLO)|(?<=^501 \\d\\.\\d\\.\\d )invalid (HELO|EHLO)|"
     "syntax error|bad syntax|bad SMTP command|command syntax (error|invalid)|protocol deviation|sender already (given|specified)|(no (HELO|EHLO) given|(HELO|EHLO) required) before (MAIL|RCPT)|arguments? .{0,40}(was|were) detected as being invalid|need (HELO|EHLO)( or (HELO|EHLO))?|not (defined|available|allowed) (for|after) HELO|already (said|sent|issued|gave) (AUTH|HELO|EHLO|MAIL)|already logged in|(use|send|say|issue) (EHLO|HELO)(/(EHLO|HELO))?( command)? (first|before)|(already|previously) authenticated|(started )?(transmitting|sending|talking) before (the )?(SMTP )?greeting|Syntactically invalid|(empty|missing|no) (HELO|EHLO)(/(HELO|EHLO))? (argument|parameter|domain|host ?name)|(null|invalid|bad) BDAT|talk(ing)? too soon|synchroni[sz]ation error|(during|in|inside) (a |the )?(mail )?transaction|(HELO|EHLO) (or (HELO|EHLO) )?required|not (permitted|allowed|possible|valid) now|already (successfully )?(executed|started|negotiated|running|active|using|in) (STARTTLS|TLS)|"
     "TLS (is )?already (active|started|running)|unrecogni[sz]ed (parameter|argument|option|keyword)|unknown (parameter|argument|option)|"
     "not a valid RFC.?(5321|2821|822|5322) address|"
     "\\b(E?HELO|EHLO/HELO|HELO/EHLO|MAIL FROM|RCPT TO)\\b[^.;]{0,40}\\b(first|yet)\\b|no (ehlo|helo|ehlo/helo|helo/ehlo|mail from|rcpt to)( command)? yet|before sending data|too many (invalid|bad|unknown|unrecogni[sz]ed|illegal|erroneous) commands|"
     "(a )?valid (e-?mail )?address is required|invalid syntax|syntax should be|parse error|invalid (address )?format|(HELO|EHLO)(/(HELO|EHLO))? first|say HELO first|Syntax: HELO|HELO requires|argument is invalid|line too long|Protocol violation|too many errors|Unrecognized command|"
     "command (\\S+ )?not (recognized|implemented)|Invalid command|bad sequence|not a valid Base64|does not contain NUL|"
     "command used when not advertised|Invalid (domain name|argument)|malformed|erreur de syntaxe|Syntaxfehler|"
     "error de sintaxis|erro de sintaxe|errore di sintassi|b[łl][ąa]d sk[łl]adni|syntaxisfout|構文エラー|语法错误",
     0, Category::SyntaxError, "X.5.2"},
    // A local rule of the receiving side.
    {"phrase-policy",
     "policy|Administrative prohibition|\\bno bounces\\b|bounces? (are )?not accepted|bounces are never sent to more than one|bounce message does not have (1|one|a single) recipient|not allowed to send mail to|refused to receive|No permit|not permitted|"
     "not authori[sz]ed|Access denied|prohibited|HTTP (requests?|commands?) (are )?not allowed|banned recipient|rejected by recipient|does not accept email over IPv6|"
     "Bad HELO|HELO|not accepting mail from|non-SMTP ACL|moderat|journaling|allow RCPT numbers|too many recipients|too much recipient|\\bRP:RCL\\b|"
     "in blacklist|User in blacklist|permission|разрешени|restricted|politique|Richtlinie|pol[ií]tica|politica|polityk|beleid|"
     // A refusal by a rule it does not name ("Rejected by rule"): a local rule, not a
     // missing mailbox that "550 at RCPT" would otherwise suggest.
     "(rejected|blocked|refused|denied|stopped) by (a |an |the |our )?([\\w'’-]+ ){0,3}(rule|rules|filters?)\\b|"
     "unauthori[sz]ed (recipient|destination)|request refused|delivery (denied|refused)|only accepts (mail|messages|e-?mails?) from|"
     "ポリシー|策略|权限",
     0, Category::Policy, "X.7.1"},
    // Bare "Forbidden" or "Not allowed" answer the command they follow: after RCPT TO the
    // recipient is refused by a rule (after MAIL FROM the sender, after the message its
    // content, which the code and the stage already say).
    {"phrase-refused-at-rcpt",
     "\\bforbidden\\b|\\bnot allowed\\b",
     0, Category::Policy, "X.7.1"},
    // The intro sentence of a report that names no cause.
    {"phrase-no-cause",
     "could not be delivered to (one or more|the following)|THIS IS A WARNING MESSAGE ONLY|無法(被正確)?(投遞|送達)|无法(被正确)?(投递|送达|发送到)|投(遞|递)失(敗|败)|因(為|为)某些原因拒(絕|绝)|无法被正确投递|nie uda[łl]o si[ęe] wys[łl]a[ćc]|Delivery (to the following recipients? )?(has )?failed|"
     "wasn.t able to deliver your message|could not send message for past|could not be delivered for more than \\d+ hour|(will be|is being) retried until|has not yet been delivered to (all|one or more) of its recipients|"
     "not yet been delivered to all its recipients|Delivery to the following recipients? has been delayed|"
     "\\bundeliverable +to\\b|did not reach the following recipient|unable to deliver (the )?message to the following|"
     "message could not be delivered to|n.a pas pu [êe]tre d[ée]livr|не был[а-я]* доставлен|"
     "n.a pu [êe]tre (envoy|remis)|pas encore [ée]t[ée] remis|nicht zugestellt|no se (pudo|ha podido) entregar|"
     "n[aã]o (p[oô]de|foi poss[ií]vel) (ser )?entregue|non [èe] stat[oa] recapitat|nie (mo[żz]na|zosta[łl]a) dostarczon|"
     "niet (worden )?afgeleverd|配信できませんでした|Не удалось выполнить доставку|отправлено почтовым сервером",
     0, Category::Other, "X.0.0"},
    // A failure stated without its reason ("554 Transaction failed", "550 Action not
    // taken", "551 5.3.0 Unknown error"): a mail administrator files these as "no reason
    // given" rather than reading a cause into the code and the stage. Any specific enhanced
    // code still decides, as for the NDR intro sentences above; a reason after the words
    // ("Requested action not taken: mailbox unavailable") leaves them to the rules for it.
    {"phrase-no-reason",
     "(transaction failed|(permanent|partial|general) (message )?(delivery )?failure|unknown error|failure sending mail|"
     "delivery error|\\bundeliverable\\s*$|data not accepted|donn[ée]es incorrectes|"
     "manually (purged|deleted|removed))"
     "(?!.*(mailbox|user|recipient|address|quota|storage|spam|polic|local error|relay|size|exceed|too many|not found|unavailable|denied|rejected))",
     0, Category::Other, "X.0.0"},
    // RFC 5321's own words for 550 and 450 cut short ("Requested action not taken"): after
    // MAIL or RCPT the code and the stage say what they mean (the mailbox or the sender);
    // after the message or in a report without a stage they name no cause.
    {"phrase-no-reason-action",
     "(requested )?(mail )?action (not taken|aborted)"
     "(?!.*(mailbox|user|recipient|address|quota|storage|spam|polic|local error|relay|size|exceed|too many|not found|unavailable|denied|rejected))",
     0, Category::Other, "X.0.0"},
};
} // namespace

std::span<const PhraseRow> phraseDeliveryRows() { return rows; }

} // namespace CatalogTables
