#include "options/CliOptions.h"

#include "plan/FieldChecks.h"
#include "plan/PlanBuilder.h"
#include "model/TestPlan.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QFileInfo>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Option
{
    QStringList names;
    const char *description;
    const char *valueName = nullptr; // null: a switch
};

// The whole command line in one table, so the help text and the parser agree.
const QList<Option> &optionTable()
{
    static const QList<Option> options{
        {{u"to"_s}, QT_TRANSLATE_NOOP("CliOptions", "Recipient address (RCPT TO); repeat for more."), "ADDR"},
        {{u"from"_s}, QT_TRANSLATE_NOOP("CliOptions", "Sender address (MAIL FROM); \"<>\" is the null sender."), "ADDR"},
        {{u"domain"_s}, QT_TRANSLATE_NOOP("CliOptions", "Domain or address whose mail servers (MX) are tested."), "D"},
        {{u"server"_s}, QT_TRANSLATE_NOOP("CliOptions", "Connect to this server instead of looking up MX."), "HOST[:PORT]"},
        {{u"port"_s}, QT_TRANSLATE_NOOP("CliOptions", "Port (default 25, or 465 with --security tls)."), "N"},
        {{u"security"_s}, QT_TRANSLATE_NOOP("CliOptions", "none, starttls (default), starttls-required or tls."), "MODE"},
        {{u"ehlo"_s}, QT_TRANSLATE_NOOP("CliOptions", "Name sent in EHLO (default: this machine's name)."), "NAME"},
        {{u"auth"_s}, QT_TRANSLATE_NOOP("CliOptions", "Sign in with plain, login, auto (the best the server offers), cram-md5, or with an OAuth 2.0 token: xoauth2 or oauthbearer."), "MECH"},
        {{u"user"_s}, QT_TRANSLATE_NOOP("CliOptions", "User name for signing in (implies --auth plain, or xoauth2 with --token-stdin)."), "U"},
        {{u"password-stdin"_s}, QT_TRANSLATE_NOOP("CliOptions", "Read the password from the first line of standard input.")},
        {{u"token-stdin"_s}, QT_TRANSLATE_NOOP("CliOptions", "Read the OAuth 2.0 access token from the first line of standard input.")},
        {{u"allow-plaintext-auth"_s}, QT_TRANSLATE_NOOP("CliOptions", "Allow signing in over an unencrypted connection.")},
        {{u"notify"_s}, QT_TRANSLATE_NOOP("CliOptions", "DSN NOTIFY: never, or a list of success,failure,delay."), "LIST"},
        {{u"orcpt"_s}, QT_TRANSLATE_NOOP("CliOptions", "Add DSN ORCPT for each recipient.")},
        {{u"ret"_s}, QT_TRANSLATE_NOOP("CliOptions", "DSN RET: full or hdrs."), "WHAT"},
        {{u"envid"_s}, QT_TRANSLATE_NOOP("CliOptions", "DSN envelope ID."), "ID"},
        {{u"subject"_s}, QT_TRANSLATE_NOOP("CliOptions", "Subject of the test message."), "S"},
        {{u"body"_s}, QT_TRANSLATE_NOOP("CliOptions", "Text of the test message."), "TEXT"},
        {{u"body-file"_s}, QT_TRANSLATE_NOOP("CliOptions", "Read the message text from a file (- for standard input)."), "F"},
        {{u"header"_s}, QT_TRANSLATE_NOOP("CliOptions", "Extra header \"Name: value\"; repeat for more."), "H"},
        {{u"quit-after"_s}, QT_TRANSLATE_NOOP("CliOptions", "Stop after connect, ehlo, tls, auth, mail or rcpt."), "STAGE"},
        {{u"dns-server"_s}, QT_TRANSLATE_NOOP("CliOptions", "IP address of the DNS server to ask."), "ADDR"},
        {{u"timeout"_s}, QT_TRANSLATE_NOOP("CliOptions", "Limit every step to this many seconds."), "SECONDS"},
        {{u"rfc-timeouts"_s}, QT_TRANSLATE_NOOP("CliOptions", "Wait as long as RFC 5321 section 4.5.3.2 says.")},
        {{u"all-mx"_s}, QT_TRANSLATE_NOOP("CliOptions", "Test every MX, not only the first that answers.")},
        {{u"parallel"_s}, QT_TRANSLATE_NOOP("CliOptions", "With --all-mx: servers tested at once, each with its own time limits (default 4; 1 is one after another)."), "N"},
        {{u"health"_s}, QT_TRANSLATE_NOOP("CliOptions", "Also check the domain's SPF, DMARC, MTA-STS, TLS-RPT, DANE and reverse DNS (with --domain or --to).")},
        {{u"relay-test"_s}, QT_TRANSLATE_NOOP("CliOptions", "Check whether the server is an open relay (with --server or --domain; no --from, --to or sign-in; never sends a message).")},
        {{u"batch"_s}, QT_TRANSLATE_NOOP("CliOptions", "Check every address of this file (one a line) up to RCPT TO, sending nothing; with --from."), "FILE"},
        {{u"batch-out"_s}, QT_TRANSLATE_NOOP("CliOptions", "With --batch: write the results here (JSON lines, or CSV for .csv); a second run with the same file checks only the rest."), "FILE"},
        {{u"jobs"_s}, QT_TRANSLATE_NOOP("CliOptions", "With --batch: connections at once (default 4; one per mail server at a time)."), "N"},
        {{u"4"_s}, QT_TRANSLATE_NOOP("CliOptions", "Use IPv4 only.")},
        {{u"6"_s}, QT_TRANSLATE_NOOP("CliOptions", "Use IPv6 only.")},
        {{u"ca-file"_s}, QT_TRANSLATE_NOOP("CliOptions", "Also trust the CA certificates in this PEM file."), "F"},
        {{u"tls-insecure"_s}, QT_TRANSLATE_NOOP("CliOptions", "Go on despite certificate errors, recording them.")},
        {{u"json"_s}, QT_TRANSLATE_NOOP("CliOptions", "Print the result as JSON.")},
        {{u"no-color"_s, u"no-colour"_s}, QT_TRANSLATE_NOOP("CliOptions", "Do not colour the transcript.")},
        {{u"lang"_s}, QT_TRANSLATE_NOOP("CliOptions", "Language of our messages and explanations: en, de, fr, es (default: the system's). The servers' own words stay as they were sent."), "LANG"},
        {{u"explain"_s}, QT_TRANSLATE_NOOP("CliOptions", "Explain a server reply instead of running a test."), "TEXT"},
        {{u"explain-file"_s}, QT_TRANSLATE_NOOP("CliOptions", "Explain a bounce message from a file (- for standard input)."), "FILE"},
        {{u"stage"_s}, QT_TRANSLATE_NOOP("CliOptions", "With --explain: the step the reply answered (mail, rcpt, ...)."), "STAGE"},
        {{u"report"_s}, QT_TRANSLATE_NOOP("CliOptions", "Write a report (.txt, .html, .pdf or .json); repeat for more."), "FILE"},
        {{u"anonymise"_s, u"anonymize"_s}, QT_TRANSLATE_NOOP("CliOptions", "Hide local parts and the EHLO name in reports.")},
        {{u"save-password"_s}, QT_TRANSLATE_NOOP("CliOptions", "Keep the password (or access token) in the keychain after a successful sign-in.")},
        {{u"forget-password"_s}, QT_TRANSLATE_NOOP("CliOptions", "Remove the stored password (with xoauth2 or oauthbearer: the token) for this user and server.")},
        {{u"interactive"_s}, QT_TRANSLATE_NOOP("CliOptions", "Type the SMTP conversation yourself, each reply explained (with --server or --domain; commands from the terminal or standard input, see docs/console.md).")},
        {{u"password-file"_s}, QT_TRANSLATE_NOOP("CliOptions", "With --interactive: the password for /auth, the first line of this file."), "FILE"},
        {{u"token-file"_s}, QT_TRANSLATE_NOOP("CliOptions", "With --interactive: the access token for /auth, the first line of this file."), "FILE"},
        {{u"seed"_s}, QT_TRANSLATE_NOOP("CliOptions", "Seed for the order of equal-preference MX (for tests)."), "N"},
    };
    return options;
}

const QStringList repeatable{u"to"_s, u"header"_s, u"report"_s};

} // namespace

CliParseResult CliOptions::parse(const QStringList &arguments)
{
    using Security = TestPlan::Security;
    using StopAfter = TestPlan::StopAfter;

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Tests an SMTP conversation step by step and explains what went wrong.") + u"\n\n"_s
        + tr("Expert console: %1 --interactive (--server HOST[:PORT] | --domain DOMAIN) [--password-file FILE | "
             "--token-file FILE] [--report FILE] [--json] < COMMANDS").arg(u"smtp-wizard-cli"_s));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    for (const Option &o : optionTable()) {
        const QString description = QCoreApplication::translate("CliOptions", o.description);
        parser.addOption(o.valueName ? QCommandLineOption(o.names, description, QString::fromLatin1(o.valueName))
                                     : QCommandLineOption(o.names, description));
    }

    CliParseResult result;
    if (!parser.parse(arguments)) {
        result.errors.append(parser.errorText());
        return result;
    }
    if (parser.isSet(helpOption)) {
        result.action = CliParseResult::Action::Help;
        result.text = parser.helpText();
        // Without an application object yet (the wizard parses first), Qt cannot know the
        // program's name and writes a placeholder.
        if (!arguments.isEmpty())
            result.text.replace(QStringLiteral("<executable_name>"), QFileInfo(arguments.first()).fileName());
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.action = CliParseResult::Action::Version;
        QString name = QCoreApplication::applicationName();
        if (name.isEmpty() && !arguments.isEmpty())
            name = QFileInfo(arguments.first()).fileName();
        result.text = name + u' ' + QStringLiteral(SMTPWIZARD_VERSION);
        return result;
    }

    QStringList &errors = result.errors;
    const auto fail = [&errors](const QString &option, const QString &message) {
        errors.append(u"--"_s + option + u": "_s + message);
    };
    const auto value = [&parser](const QString &name) { return parser.value(name); };
    // Every choice is spelt by its enum's table, the words --json and the reports use;
    // the list says which of them this option offers, in the order the usage names them.
    const auto choice = [&](const QString &option, const auto &offered) {
        using Enum = typename std::decay_t<decltype(offered)>::value_type;
        std::optional<Enum> chosen;
        if (!parser.isSet(option))
            return chosen;
        chosen = Model::fromKey<Enum>(value(option).trimmed());
        if (!chosen || !offered.contains(*chosen)) {
            fail(option, tr("use %1").arg(Model::choices(offered)));
            chosen.reset();
        }
        return chosen;
    };
    for (const QString &positional : parser.positionalArguments())
        errors.append(tr("Unexpected argument \"%1\"; options start with --").arg(positional));
    for (const Option &o : optionTable()) {
        if (!repeatable.contains(o.names.first()) && o.valueName && parser.values(o.names.first()).size() > 1)
            fail(o.names.first(), tr("give this option only once"));
    }
    const auto isSet = [&parser](const QString &name) { return parser.isSet(name); };

    CliOptions &options = result.options;
    PlanRequest &r = options.request;
    r.rcptTo = parser.values(u"to"_s);
    if (isSet(u"from"_s))
        r.mailFrom = value(u"from"_s);
    r.domain = value(u"domain"_s);
    r.server = value(u"server"_s);
    if (isSet(u"port"_s)) {
        bool ok = false;
        const int port = value(u"port"_s).trimmed().toInt(&ok);
        if (!ok || FieldChecks::checkPort(port))
            fail(u"port"_s, tr("the port must be a number from 1 to 65535"));
        else
            r.port = port;
    }
    if (const auto security = choice(u"security"_s, Model::values<Security>()))
        r.security = *security;
    r.ehloName = value(u"ehlo"_s);
    r.caFile = value(u"ca-file"_s);
    r.tlsInsecure = isSet(u"tls-insecure"_s);

    r.user = value(u"user"_s);
    if (isSet(u"auth"_s)) {
        if (const auto auth = choice(u"auth"_s, QList{TestPlan::Auth::Plain, TestPlan::Auth::Login, TestPlan::Auth::Auto,
                                                      TestPlan::Auth::CramMd5, TestPlan::Auth::XOAuth2,
                                                      TestPlan::Auth::OAuthBearer, TestPlan::Auth::None}))
            r.auth = *auth;
    } else if (isSet(u"user"_s)) {
        // As swaks does: a user name means signing in; a token, XOAUTH2 as Gmail and
        // Microsoft 365 take it.
        r.auth = isSet(u"token-stdin"_s) ? TestPlan::Auth::XOAuth2 : TestPlan::Auth::Plain;
    }
    options.passwordFromStdin = isSet(u"password-stdin"_s);
    options.tokenFromStdin = isSet(u"token-stdin"_s);
    if (options.tokenFromStdin && !TestPlan::usesToken(r.auth))
        fail(u"token-stdin"_s, tr("goes with --auth xoauth2 or --auth oauthbearer"));
    if (options.passwordFromStdin && TestPlan::usesToken(r.auth))
        fail(u"password-stdin"_s, tr("--auth %1 signs in with a token: give it with --token-stdin").arg(Model::key(r.auth)));
    r.allowPlaintextAuth = isSet(u"allow-plaintext-auth"_s);

    if (isSet(u"notify"_s)) {
        QString error;
        if (const auto notify = FieldChecks::parseNotify(value(u"notify"_s), &error))
            r.notify = *notify;
        else
            fail(u"notify"_s, error);
    }
    r.orcpt = isSet(u"orcpt"_s);
    if (const auto ret = choice(u"ret"_s, QList{TestPlan::Ret::Full, TestPlan::Ret::Headers}))
        r.ret = *ret;
    r.envid = value(u"envid"_s);
    r.subject = value(u"subject"_s);
    r.body = value(u"body"_s);
    options.bodyFile = value(u"body-file"_s);
    if (isSet(u"body"_s) && isSet(u"body-file"_s))
        fail(u"body-file"_s, tr("give the message text either with --body or from a file, not both"));
    r.headers = parser.values(u"header"_s);

    if (const auto stop = choice(u"quit-after"_s, QList{StopAfter::Connect, StopAfter::Ehlo, StopAfter::Tls,
                                                        StopAfter::Auth, StopAfter::Mail, StopAfter::Rcpt}))
        r.stopAfter = *stop;
    r.dnsServer = value(u"dns-server"_s);
    if (isSet(u"timeout"_s)) {
        bool ok = false;
        const double seconds = value(u"timeout"_s).trimmed().toDouble(&ok);
        const double maxSeconds = double(std::chrono::seconds(FieldChecks::MaxTimeout).count());
        // Range first: a huge value must not reach the conversion to milliseconds.
        const auto limit = ok && std::isfinite(seconds) && seconds > 0 && seconds <= maxSeconds
                               ? std::chrono::milliseconds(std::llround(seconds * 1000))
                               : std::chrono::milliseconds(0);
        if (limit.count() <= 0)
            fail(u"timeout"_s, tr("give a number of seconds greater than zero and at most %1").arg(maxSeconds));
        else
            r.timeouts = Timeouts::uniform(limit);
        if (isSet(u"rfc-timeouts"_s))
            fail(u"rfc-timeouts"_s, tr("cannot be combined with --timeout"));
    } else if (isSet(u"rfc-timeouts"_s)) {
        r.timeouts = Timeouts::rfc5321();
    }
    if (isSet(u"all-mx"_s))
        r.routing = TestPlan::Routing::EveryMx;
    options.health = isSet(u"health"_s);
    // The records belong to a mail domain (given, or the recipients'), not to one server.
    if (options.health && (isSet(u"server"_s) || (r.domain.trimmed().isEmpty() && r.rcptTo.isEmpty())))
        fail(u"health"_s, tr("needs --domain (or --to): the records belong to a mail domain, not to one server"));
    if (options.health && r.rcptTo.isEmpty() && !isSet(u"quit-after"_s)) {
        // Nothing to deliver: greet every mail server, so each greeting meets its reverse name.
        r.stopAfter = StopAfter::Connect;
        r.routing = TestPlan::Routing::EveryMx;
    }
    if (isSet(u"parallel"_s)) {
        bool ok = false;
        r.parallel = value(u"parallel"_s).trimmed().toInt(&ok);
        if (!ok || r.parallel < 1 || r.parallel > TestPlan::MaxParallel)
            fail(u"parallel"_s, tr("give a number from 1 to %1").arg(TestPlan::MaxParallel));
        else if (r.routing != TestPlan::Routing::EveryMx)
            fail(u"parallel"_s, tr("only goes with --all-mx"));
    }
    r.relayTest = isSet(u"relay-test"_s);
    for (const QString &name : {u"from"_s, u"to"_s, u"quit-after"_s, u"auth"_s, u"user"_s}) {
        if (r.relayTest && isSet(name))
            fail(name, tr("cannot be combined with --relay-test: the check picks its own outside addresses, "
                          "never signs in and stops before DATA"));
    }
    if (r.relayTest && !isSet(u"server"_s) && r.domain.trimmed().isEmpty())
        fail(u"relay-test"_s, tr("needs --server or --domain: the server to check"));
    options.batchFile = value(u"batch"_s);
    options.batchOut = value(u"batch-out"_s);
    if (isSet(u"jobs"_s)) {
        bool ok = false;
        options.jobs = value(u"jobs"_s).trimmed().toInt(&ok);
        if (!ok || options.jobs < 1 || options.jobs > 64)
            fail(u"jobs"_s, tr("give a number from 1 to 64"));
    }
    for (const QString &name : {u"batch-out"_s, u"jobs"_s}) {
        if (isSet(name) && !isSet(u"batch"_s))
            fail(name, tr("only goes with --batch"));
    }
    for (const QString &name : {u"to"_s, u"relay-test"_s, u"health"_s, u"json"_s, u"quit-after"_s, u"report"_s,
                                u"auth"_s, u"user"_s, u"all-mx"_s, u"body"_s, u"body-file"_s, u"domain"_s}) {
        if (isSet(u"batch"_s) && isSet(name))
            fail(name, tr("cannot be combined with --batch: the list is checked up to RCPT TO, "
                          "without signing in or sending, one row per address"));
    }
    if (isSet(u"4"_s) && isSet(u"6"_s))
        errors.append(tr("-4 and -6 cannot be combined; give neither to use both"));
    else if (isSet(u"4"_s))
        r.ipFamily = TestPlan::IpFamily::V4;
    else if (isSet(u"6"_s))
        r.ipFamily = TestPlan::IpFamily::V6;
    if (isSet(u"seed"_s)) {
        bool ok = false;
        r.shuffleSeed = value(u"seed"_s).trimmed().toUInt(&ok);
        if (!ok)
            fail(u"seed"_s, tr("give a whole number from 0 to 4294967295"));
    }

    options.json = isSet(u"json"_s);
    options.colour = !isSet(u"no-color"_s);
    options.language = value(u"lang"_s).trimmed();
    static const QRegularExpression languageName(u"^[A-Za-z]{2,3}([_-][A-Za-z]{2})?$"_s);
    if (isSet(u"lang"_s) && !languageName.match(options.language).hasMatch())
        fail(u"lang"_s, tr("give a language code such as de, fr or es"));

    options.explainText = value(u"explain"_s);
    options.explainFile = value(u"explain-file"_s);
    if (isSet(u"explain"_s) && options.explainText.trimmed().isEmpty())
        fail(u"explain"_s, tr("give the reply text to explain"));
    if (isSet(u"explain"_s) && isSet(u"explain-file"_s))
        fail(u"explain-file"_s, tr("cannot be combined with --explain"));
    options.explainStage = choice(u"stage"_s, Model::values<Model::Stage>());
    if (options.explainStage && !options.explains())
        fail(u"stage"_s, tr("only goes with --explain or --explain-file"));

    options.reports = parser.values(u"report"_s);
    for (const QString &report : std::as_const(options.reports)) {
        static const QStringList formats{u"txt"_s, u"html"_s, u"htm"_s, u"pdf"_s, u"json"_s};
        if (!formats.contains(QFileInfo(report).suffix().toLower()))
            fail(u"report"_s, tr("\"%1\": the file name must end in .txt, .html, .pdf or .json").arg(report));
    }
    options.anonymise = isSet(u"anonymise"_s);
    options.savePassword = isSet(u"save-password"_s);
    options.forgetPassword = isSet(u"forget-password"_s);
    if (options.savePassword && options.forgetPassword)
        fail(u"save-password"_s, tr("cannot be combined with --forget-password"));
    if ((options.savePassword || options.forgetPassword) && r.user.isEmpty())
        fail(options.savePassword ? u"save-password"_s : u"forget-password"_s,
             tr("needs --user: passwords are kept per user and server"));

    options.interactive = isSet(u"interactive"_s);
    options.passwordFile = value(u"password-file"_s);
    options.tokenFile = value(u"token-file"_s);
    for (const QString &name : {u"to"_s, u"batch"_s, u"relay-test"_s, u"health"_s, u"explain"_s, u"explain-file"_s,
                                u"password-stdin"_s, u"token-stdin"_s, u"auth"_s, u"user"_s, u"save-password"_s}) {
        if (options.interactive && isSet(name)) // standard input carries the commands; /auth signs in
            fail(name, tr("cannot be combined with --interactive"));
    }
    for (const QString &name : {u"password-file"_s, u"token-file"_s}) {
        if (isSet(name) && !options.interactive)
            fail(name, tr("only goes with --interactive"));
    }

    // Standard input can feed only one of them.
    const int stdinReaders = int(options.passwordFromStdin) + int(options.tokenFromStdin)
                             + int(options.bodyFile == u"-"_s) + int(options.explainFile == u"-"_s);
    if (stdinReaders > 1)
        errors.append(tr("Only one of --password-stdin, --token-stdin, --body-file - and --explain-file - can read standard input"));

    if (errors.isEmpty())
        result.action = CliParseResult::Action::Run;
    return result;
}

QString CliOptions::describe(const Plan::FieldError &error) const
{
    QString option = Plan::fieldOption(error.field);
    switch (error.field) {
    case Plan::Field::Destination:
        // One field in the wizard, three ways in on the command line.
        option = !request.server.isEmpty() ? u"server"_s : !request.domain.isEmpty() ? u"domain"_s : u"to"_s;
        if (request.server.isEmpty() && request.domain.isEmpty() && request.rcptTo.isEmpty())
            return tr("Nothing to test: give --domain, --server or --to");
        break;
    case Plan::Field::Body:
        if (!bodyFile.isEmpty())
            option = u"body-file"_s;
        break;
    case Plan::Field::Timeouts:
        if (request.timeouts == Timeouts::rfc5321())
            option = u"rfc-timeouts"_s;
        break;
    default:
        break;
    }
    // The option already names the field; "--subject: Subject: ..." would say it twice.
    const QString label = Plan::fieldLabel(error.field) + u": "_s;
    const QString message = error.message.startsWith(label) ? error.message.mid(label.size()) : error.message;
    return u"--"_s + option + u": "_s + message;
}

QStringList CliOptions::describe(const QList<Plan::FieldError> &errors) const
{
    QStringList lines;
    for (const Plan::FieldError &error : errors)
        lines.append(describe(error));
    return lines;
}
