// Plain words about the recipient's mailbox and domain: full, too large, switched off,
// moved, unknown, a domain that does not exist or takes no mail. Tried after the access
// rules, so "Recipient address rejected: Quota exceeded" reads as a full mailbox and not as
// an unknown one. Part of ReplyCatalog's data; see docs/catalog.md.
#include "diagnosis/CatalogTables.h"

using Model::Category;

namespace CatalogTables {

namespace {
const PhraseRow rows[] = {
    // The sender's address named as unknown or malformed: about the sender, before the
    // recipient words below read "address is not valid" as an unknown recipient.
    {"phrase-sender-address-invalid",
     "\\b(envelope )?sender('s)? (e-?mail )?address (is )?(not valid|invalid|unknown|not known|does not exist)|"
     "Domain name required for sender|sender address must be fully qualified",
     0, Category::SenderRejected, "X.1.8"},
    {"phrase-mailbox-full",
     "mailbox (is )?(full|over quota)|exceed(s)? (the )?maximum mailbox size|mailbox storage (exceeded|full)|exceeds (the )?(remaining|available) (quota|space|storage)|quota violation|mail ?box space not enough|(mailbox|mail box) (size limit|quota)|quota (exceeded|exceed|error)\\b(?! \\(size of single)|"
     "over (the |\\w+ |the \\w+ )?quota|exceeded (the allowed|its|his|her) (mailbox )?(quota|storage|size)|exceeds allowed size|"
     "(dis[ck]|storage|mailbox) quota|メールボックス(が|は)?(一杯|いっぱい|満杯)|(邮箱|信箱|郵箱)(空间|空間|容量)?(已满|已滿|满了|不足)|out of storage space|(inbox|mailbox|account|user) (is )?out of (storage )?space|insufficient (disk space|storage) .*mailbox|"
     "too many messages on (the )?server|zuviele Mails|folder (is )?full|reached (disk|its) quota|is full|full mailbox|"
     "File too large|(?<!Submission)QuotaExceeded|recipient quota|quota limit|Quota exceed the hard limit|"
     "bo[iî]te (aux lettres |de r[ée]ception |du destinataire )?(est )?pleine|over-?quota|Postfach (ist )?(voll|[üu]berf[üu]llt)|Speicherplatz|"
     "buz[oó]n (est[aá] )?lleno|cuota excedida|caixa (postal )?(est[aá] )?(cheia|lotada)|casella (piena|e.? piena)|"
     "skrzynka .*(pe[łl]na|przepe[łl]niona)|mailbox (is )?vol|postvak (is )?vol|容量(を)?(超過|オーバー)|"
     "メールボックス.*(いっぱい|満杯)|(郵箱|信箱)(已滿|容量不足|空間不足)|schránka (je )?(plná|přeplněna)|plná schránka|"
     "mailbox (is )?over (its|the) (storage|size) limit|not enough (storage )?space in the (mail)?box|mailbox has (reached|exceeded) (its|the) (maximum|max|limit|size)|"
     "insufficient storage( space)? for the (user|recipient|mailbox)|"
     "bo[iî]te (aux lettres|de r[ée]ception)( du destinataire)? (est )?pleine|quota (d[ée]pass[ée]|[üu]berschritten|excedid[oa]|superat[oa]|overschreden)|"
     "(cuota|cota) (de (buz[oó]n|caixa) )?excedida|Postfach (des Empf[äa]ngers )?(ist )?(voll|[üu]berf[üu]llt)|casella( di posta)? [èe] piena|"
     "caixa (de correio|postal) (est[aá] )?(cheia|lotada)|przekroczono (limit|rozmiar) skrzynki|quotum overschreden|"
     "(メールボックス|メール).{0,6}容量.{0,6}(超えて|超過|オーバー)|"
     "(메일함|편지함|사서함)(이)? (꽉|가득)|(메일함|사서함) 용량(이)? 초과|posta kutusu dolu|(почтовый )?ящик[а-я]* (переполнен|заполнен)|превышен[а-я]* (квот|лимит|размер ящика)|(邮箱|信箱)(已满|容量不足|空间不足)|空间不足",
     0, Category::MailboxFull, "X.2.2"},
    {"phrase-message-too-large",
     "(message|mail|e-?mail) (was |is )?(too (big|large|long)|larger than)|(length|size) of (the )?(DATA|message|mail)( content)?\\b.{0,30}\\b(maximum|max|limit|threshold)|attachments? (is |are |was |were )?too (big|large|long)|attachments? size exceeds|too much (mail )?data|"
     "exceeds? (the )?(maximum|max)( fixed)?( message)? size|(message|courriel) (est )?trop (gros|volumineux)|RecipSizeLimit|exceed(s|ed)? (the )?(fixed )?(maximum|max) (incoming |inbound )?(message )?size|"
     "exceeded the maximum (incoming )?message size|size of single (mail )?message|message size (exceeds|limit)|(message|mail) length exceeds|size (limit )?exceeded|(message )?size violation|message file too big|"
     "mensaje (es )?demasiado grande|message trop (gros|volumineux)|Nachricht (ist )?zu gro[ßs]|"
     "mensagem (muito grande|excede o tamanho)|messaggio troppo grande|wiadomo[śs][ćc] .*za du[żz]a|bericht te groot|berichtgrootte overschrijdt|zpr[áa]va p[řr]ekro[čc]ila limit|(消息|邮件|郵件)(长度|大小|長度)超过|"
     "メール.*サイズ.*(超過|大きすぎ)|(письмо|сообщение) слишком (большое|велико)|превышен[а-я]* (максимальн[а-я]* )?размер[а-я]* (письма|сообщения)|"
     "(Nachricht|E-Mail) [üu]berschreitet die (maximale|zul[äa]ssige) Gr[öo][ßs]e|(message|courriel) d[ée]passe la taille (maximale|autoris[ée]e)|"
     "(mensaje|correo) (supera|excede) el tama[ñn]o|(メッセージ|メール)の?サイズ.{0,6}(制限|上限).{0,4}(超えて|超過)|размер (письма|сообщения) превышает|"
     "zpráva je příliš velká|메일 크기(가)? (초과|너무)|ileti çok büyük|(邮件|郵件)(过大|太大|大小超|過大)|"
     "\\boversi[sz]ed (message|mail|e-?mail)|(length|size) of (the )?attach(ment)?s? .{0,30}(maximum|limit|threshold)|exceed(s|ed)? (the )?(maximum|max) allowed size|SIZE parameter exceeds|"
     "(邮件|郵件)超过最大|przekracza maksymaln[ąay] (dozwolon[ąay] )?(wielko[śs][ćc]|rozmiar)|overschrijdt de maximale (grootte|omvang)",
     0, Category::MessageTooLarge, "X.3.4"},
    {"phrase-mailbox-disabled",
     "(domain|distribution list|list|mailbox|account|user|alias) (has been |is )?not active|\\buser (is )?hang ?up|address rejected: inactive\\b|inactive (mailbox|mbox|account|user)|"
     "(domain|distribution list) (has been |is )?(disabled|deactivated|suspended)|"
     "(mailbox|account|user) (\\S+@\\S+ )?(is |has been )?(now |currently |temporarily )?(disabled|deactivated|inactive|suspended|locked|closed|terminated|restricted|blocked|frozen|expired)|"
     "(disabled|deactivated|inactive|suspended) (mailbox|account|user|recipient)|account (has been )?(administratively )?(disabled|discontinued|closed)|"
     "Account Closed|no mail-enabled subscriptions|account has been (temporarily )?(suspended|locked|blocked|frozen)|user is (terminated|locked|inactive|suspended)|not activated|never logged onto|"
     "no longer accepts mail|not (authori[sz]ed|allowed|permitted) to receive (e-?mail|mail|messages)|mail receiving disabled|deactivated due to abuse|is now disabled|This account is not allowed|"
     "temporarily disabled|casilla ha expirado|cuenta (desactivada|suspendida|inactiva)|compte (d[ée]sactiv[ée]|suspendu|inactif)|"
     "Konto (deaktiviert|gesperrt)|Postfach (deaktiviert|gesperrt)|conta (desativada|suspensa|inativa)|account (disattivato|sospeso)|"
     "konto (zablokowane|nieaktywne|zawieszone)|account (gedeactiveerd|geblokkeerd|uitgeschakeld)|(帐号|账号|帐户|账户)(已)?(被)?(冻结|停用|禁用|锁定)|"
     "アカウント.*(停止|無効)|(учетная|учётная) запись (заблокирована|отключена)|ящик (заблокирован|отключен)",
     0, Category::MailboxDisabled, "X.2.1"},
    {"phrase-recipient-moved",
     "please (use|write to|send to|mail) <?\\S+@\\S+|no longer (exists|at this address|with|employed|works)|address (\\S+ ){0,3}has changed|adresse [ée]lectronique .{0,40}a chang[ée]|has moved|new address|forward(ed)? to|User not local; please try|"
     "Recipient address no longer",
     0, Category::RecipientMoved, "X.1.6"},
    {"phrase-null-mx",
     // Not RFC 5321's "554 No SMTP service here": a greeting refusal says nothing of MX records.
     "null ?MX|does not accept (e-?)?mail(?! (in|over|from))|accepts no mail|MX or SRV record indicated no",
     0, Category::DomainAcceptsNoMail, "X.1.10"},
    // The domain, before the mailbox: "No such domain" is not an unknown user.
    {"phrase-domain-not-found",
     "no such domain|DNS temporary (failure|error)|temporary DNS (failure|error)|name server loop|name ?server: .{0,80}no data known|nodename nor servname|name service initiali[sz]ation failure|failure in (MX|DNS|name) lookup|domain isn.t properly registered|getaddrinfo (ENOTFOUND|EAI_AGAIN)|dns resolv(e|ing) (error|fail(ed|ure)?)|no (data|records?) (by|from|in) dns|(recipient|rcpt) domain must (exist|resolve)|\\bENOTFOUND\\b|domain of (the )?address \\S+ does not exist|MX records point to non-?existent hosts|MX (records? )?without (any )?(A|AAAA|A/AAAA|address) records?|Name or service not known|domain (\\S+ )?(does not exist|not found|unknown)|unknown domain|Host (or domain name )?(not found|unknown)|"
     "unknown host|host unknown|host name lookup failure|host lookup did not complete|Name service error|Name server timeout|DNS (query|lookup) (error|failed|failure)|"
     "DNS Error|invalid DNS MX|(address|name|domain|DNS|MX|host) resolution (failure|failed|error|problem)|"
     "resolv(ing|er) (error|failure|failed|problem)|failure in name resolution|MX lookup (error|failure|problem)|(unable to|could not|couldn.t|cannot|can.t|failed to) resolve|no (valid )?MX|MX (record )?(not found|lookup failed)|unrouteable (mail )?domain|"
     "Could not find a gateway|(unable to|could not|cannot|can.t) get (the )?MX|DNS (is )?(not available|unavailable)|NonExistentDomain|failure of host ?name lookup|host ?name lookup (failure|failed)|servidor( SMTP)? \\S+ es desconocido|serveur( SMTP)? \\S+ est inconnu|domain name not found|no route for domain|Unrouteable address(?!.{0,80}Sender verify failed)|"
     "dominio (no existe|inexistente)|domaine (inexistant|introuvable)|Domain (existiert nicht|nicht gefunden)|"
     "dom[ií]nio (n[aã]o existe|inexistente)|dominio (non esiste|inesistente)|domena nie istnieje|domein bestaat niet|"
     "ドメインが(存在しません|見つかりません)|域名(不存在|解析失败|解析失敗)|домен[а-я]* (не существует|не найден)|"
     "doména (neexistuje|nebyla nalezena)|도메인(이|을)? (존재하지|찾을 수 없)",
     0, Category::DomainNotFound, "X.1.2"},
    {"phrase-mailbox-busy",
     "mailbox (is )?(currently |temporarily )?(unavailable|not available|busy|locked)",
     4, Category::ServerUnavailable, "X.3.0"},
    {"phrase-recipient-unknown",
     "no such (local )?(user|mailbox|recipient|person|address|account)|destination address is not configured|can.t accept user|\\binvalid rcptto\\b|"
     "(user|recipient|mailbox|address|account|addressee)\\b[^.;]{0,40}\\b(does not|doesn.t) exist|"
     "(address|recipient|user|mailbox|account)\\b[^.;]{0,40}\\b(couldn.t|could not|can.t|cannot) be found|e-?mail address (was )?not found|"
     "mailbox is (unavailable|not available)|"
     "(メールアドレス|アドレス|宛先|メールボックス).{0,10}(存在しません|見つかりません)|"
     "(cuenta|buz[oó]n|direcci[oó]n)\\b.{0,30}\\bno existe|(utente|casella|indirizzo|account)\\b.{0,30}\\bnon esiste|"
     "(Benutzer|Empf[äa]nger|Adresse|Postfach|Konto)\\b.{0,30}\\b(nicht vorhanden|existiert nicht)|(user|recipient|mailbox|address|account|addressee|alias) "
     "(\\S+ )?(does not exist|doesn.t exist|not found|unknown|not known|invalid|no exist|nonexistent|is not valid)|"
     "unknown (user|recipient|local.part|mailbox|address|alias)|user unknown|invalid (recipient|mailbox|address|user)(?! format| syntax)|"
     "bad destination mailbox address(?! syntax)|(is )?(marked|flagged) as (invalid|inactive|non-?existent)|not in (the )?(valid )?(recipient|user|address) (list|table|database)|"
     "(address|account|mailbox|recipient|\\S+@\\S+) (is )?no longer (valid|active|in use)|"
     "no mailbox|mailbox (unavailable|not available|not found)|not (a valid|an existing) (user|mailbox|recipient|address)|"
     "address (does not exist|couldn.t be found|not found)|not listed in (public Name|Domino Directory|the)|No matching Person found|"
     "no valid recipients|not our customer|not in route list|is not available here|does not like recipient|"
     "Wrong recipients|email address was not found|recipient name is not recognized|\\(user not found\\)|"
     "doesn.t have an? \\S+ account|does not have an (e-?mail )?account|unavailable (mail )?user|(don.t|doesn.t) exists? (that|this) user|invalid (final )?delivery userid|does not have a final (e-?mail )?delivery point|"
     "no matches to (name ?server|directory) query|did not (exactly )?match (an?|any) .{0,30}address|"
     "(adresse|destinataire|utilisateur|compte|bo[iî]te).{0,60}n.existe pas|"
     "(пользовател|получател|адрес|ящик)[а-я]* .{0,40}(не существует|не найден)|нет такого (пользователя|ящика|адреса)|"
     "RESOLVER\\.ADR\\.(Ex)?RecipNotFound|RecipientNotFound|"
     "illegal alias|no such person|undeliverable address(?!:)|\\bAddress rejected\\b(?!:| for policy)|Usuario (inexistente|desconocido|no existe)|direcci[oó]n .*(no existe|no se pudo encontrar)|"
     "No se pudo encontrar la direcci|destinataire (inconnu|invalide|introuvable)|utilisateur inconnu|adresse (inconnue|invalide)|"
     "Empf[äa]nger (unbekannt|nicht gefunden|ung[üu]ltig)|(Benutzer|Adresse|Postfach) (unbekannt|existiert nicht|nicht gefunden)|"
     "usu[aá]rio (inexistente|desconhecido|n[aã]o existe)|N[aã]o existe tal|destinat[aá]rio (inv[aá]lido|desconhecido)|"
     "utente (inesistente|sconosciuto|non esiste)|indirizzo (inesistente|non valido)|"
     "(u[żz]ytkownik|adres) .*(nie istnieje|nieznany)|nieznany (u[żz]ytkownik|adresat)|"
     "(gebruiker|adres|ontvanger) (bestaat niet|onbekend)|onbekende (gebruiker|ontvanger)|"
     "ユーザ(ー)?(は)?(登録されていません|存在しません|不明)|宛先(が)?(不明|見つかりません)|存在しないユーザ|"
     "(用户|帐号|账号|帐户|账户|收件人|邮箱地址|地址)(名)?(不存在|无效|未找到)|未开通|查无此人|用户不存在|(用戶|帳號|帳戶|收件者|收件人)(名稱)?(不存在|無效|找不到)|"
     "(uživatel|příjemce|adresa|schránka) (\\S+ )?(neexistuje|nebyla nalezena|není známý)|neznámý (uživatel|příjemce)|"
     "no account by that name|is not a known (user|recipient|mailbox)|"
     "unbekannte[rn]? (Empf[äa]nger|Benutzer|Adresse)|kein (Postfach|Konto|Benutzer) (unter|mit|f[üu]r)|(Adresse|Empf[äa]nger|Benutzer) ist unbekannt|"
     "(bo[iî]te aux lettres|bo[iî]te|compte|adresse|destinataire|utilisateur)( \\S+)? (est )?(introuvable|inexistante?|inconnue?)|"
     "(destinatario|usuario|cuenta|buz[oó]n) (inexistente|desconocido|no encontrado)|destinatario (sconosciuto|inesistente)|casella (inesistente|sconosciuta)|"
     "utilizador (inexistente|desconhecido)|destinat[aá]rio .{0,20}n[aã]o existe|(endere[cç]o|caixa postal|conta) (inexistente|desconhecid[oa]|n[aã]o existe)|"
     "(skrzynka|konto|odbiorca) .{0,20}(nie istnieje|nieznan[aey])|(onbekend|ongeldig) (adres|e-?mailadres)|(ontvanger|adres) is onbekend|"
     "ユーザ(ー)?が?(見つかりません|存在しません)|(該当する|指定された)(ユーザ|ユーザー|アドレス|宛先).{0,6}(存在しません|見つかりません)|"
     "(邮箱|信箱|郵箱)(地址)?(不存在|无效|無效)|неизвестный (получатель|пользователь|адрес)|такого (ящика|адреса|пользователя) нет|"
     "존재하지 않는 (사용자|계정|메일|주소|수신자)|(사용자|수신자|계정)(를|을)? 찾을 수 없|kullanıcı (bulunamadı|yok)|böyle bir kullanıcı",
     0, Category::RecipientUnknown, "X.1.1"},
};
} // namespace

std::span<const PhraseRow> phraseMailboxRows() { return rows; }

} // namespace CatalogTables
