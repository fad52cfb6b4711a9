#include "pages/BatchListPage.h"
#include "ui_BatchListPage.h"

#include "options/CliOptions.h"
#include "pages/PageId.h"
#include "plan/FieldChecks.h"
#include "widgets/FieldCheck.h"
#include "widgets/InlineBanner.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype maxListBytes = 16 * 1024 * 1024; // some 300,000 addresses
constexpr qsizetype parseAtOnce = 100'000;           // characters read on every key press
} // namespace

BatchListPage::BatchListPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::BatchListPage>())
{
    m_ui->setupUi(this);
    m_ui->listBanner->hide();
    m_senderCheck = new FieldCheck(
        m_ui->senderEdit, m_ui->senderError,
        [](const QString &text) -> std::optional<QString> {
            return text.trimmed().isEmpty() ? std::nullopt : FieldChecks::checkMailbox(text.trimmed(), true);
        },
        this);
    m_senderCheck->setRequiredHint(tr("Type the sender, e.g. an address of your own domain."));
    connect(m_senderCheck, &FieldCheck::validityChanged, this, &QWizardPage::completeChanged);
    connect(m_ui->senderEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);

    m_reparse.setSingleShot(true);
    m_reparse.setInterval(300);
    connect(&m_reparse, &QTimer::timeout, this, &BatchListPage::reparse);
    connect(m_ui->listEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_ui->listBanner->hide(); // a refusal was about the list as it was
        if (m_ui->listEdit->document()->characterCount() <= parseAtOnce)
            reparse();
        else
            m_reparse.start();
    });
    connect(m_ui->openButton, &QPushButton::clicked, this, &BatchListPage::chooseFile);
    showInput();
}

BatchListPage::~BatchListPage() = default;

QString BatchListPage::listText() const
{
    return m_ui->listEdit->toPlainText();
}

void BatchListPage::setListText(const QString &text)
{
    m_ui->listEdit->setPlainText(text);
    reparse();
}

QString BatchListPage::sender() const
{
    return m_ui->senderEdit->text().trimmed();
}

void BatchListPage::proposeSender(const QString &sender)
{
    if (m_ui->senderEdit->text().isEmpty())
        m_ui->senderEdit->setText(sender);
}

void BatchListPage::initializePage()
{
    // Back from the results keeps the list as it was; only the keyboard goes to it.
    QMetaObject::invokeMethod(m_ui->listEdit, qOverload<>(&QWidget::setFocus), Qt::QueuedConnection);
}

void BatchListPage::reparse()
{
    m_reparse.stop();
    m_input = BatchInput::parse(listText());
    showInput();
    Q_EMIT completeChanged();
}

void BatchListPage::showInput()
{
    const int addresses = int(m_input.entries().size());
    QStringList parts;
    if (addresses == 0 && m_input.badLines().isEmpty())
        parts << tr("No address yet.");
    else
        parts << tr("%1 in %2.").arg(tr("%n address(es)", nullptr, addresses),
                                      tr("%n domain(s)", nullptr, int(m_input.domains().size())));
    if (m_input.duplicates() > 0)
        parts << tr("%n repeated line(s) will be checked once.", nullptr, m_input.duplicates());
    m_ui->listSummary->setText(parts.join(u' '));

    const QList<BatchInput::BadLine> &bad = m_input.badLines();
    if (bad.isEmpty()) {
        if (m_ui->listBanner->kind() == InlineBanner::Kind::Warning)
            m_ui->listBanner->hide();
        return;
    }
    QStringList lines{tr("%n line(s) are not addresses; each is listed in the results as an error:", nullptr,
                         int(bad.size()))};
    for (qsizetype i = 0; i < bad.size() && i < MaxBadLinesShown; ++i)
        lines << tr("Line %1: %2 (%3)").arg(bad.at(i).line).arg(bad.at(i).text, bad.at(i).reason);
    if (bad.size() > MaxBadLinesShown)
        lines << tr("… and %n more.", nullptr, int(bad.size()) - MaxBadLinesShown);
    m_ui->listBanner->showMessage(InlineBanner::Kind::Warning, lines.join(u'\n'));
    m_ui->listBanner->show();
}

void BatchListPage::showRefusal(const QStringList &messages)
{
    m_ui->listBanner->showMessage(InlineBanner::Kind::Error, messages.join(u'\n'));
    m_ui->listBanner->show();
}

void BatchListPage::chooseFile()
{
    // open(), not getOpenFileName(): no nested event loop in the GUI thread.
    auto *dialog = new QFileDialog(this, tr("Open a list of addresses"));
    dialog->setObjectName(u"openListDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Lists of addresses (*.txt *.csv)"), tr("All files (*)")});
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    connect(dialog, &QFileDialog::fileSelected, this, &BatchListPage::openFile);
    dialog->open();
}

bool BatchListPage::openFile(const QString &path)
{
    QString error;
    const auto text = CliOptions::readTextFile(path, maxListBytes, &error);
    if (!text) {
        showRefusal({tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), error)});
        return false;
    }
    setListText(*text);
    return true;
}

bool BatchListPage::isComplete() const
{
    return !m_input.entries().isEmpty() && !sender().isEmpty() && m_senderCheck->isValid();
}

int BatchListPage::nextId() const
{
    return BatchResultsPageId;
}
