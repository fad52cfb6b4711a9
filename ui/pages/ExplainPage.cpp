#include "pages/ExplainPage.h"
#include "ui_ExplainPage.h"

#include "widgets/TranscriptColors.h"

#include <QFileDialog>

using namespace Qt::StringLiterals;

ExplainPage::ExplainPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ExplainPage>())
{
    m_ui->setupUi(this);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding); // fill the wizard, not its spacer
    setFinalPage(true);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({350, 650});
    connect(m_ui->explainButton, &QPushButton::clicked, this,
            [this] { Q_EMIT explainRequested(m_ui->explainInput->toPlainText()); });
    connect(m_ui->openEmlButton, &QPushButton::clicked, this, &ExplainPage::openFile);
    connect(m_ui->findingsList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_items.size())
            m_ui->explainPanel->showExplanation(m_items.at(row).explanation);
    });
    connect(m_ui->explainInput, &QPlainTextEdit::textChanged, this,
            [this] { m_ui->explainButton->setEnabled(!m_ui->explainInput->toPlainText().trimmed().isEmpty()); });
    m_ui->explainButton->setEnabled(false);
}

ExplainPage::~ExplainPage() = default;

void ExplainPage::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a message"), QString(),
                                                      tr("Messages (*.eml *.txt);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT fileRequested(path);
}

void ExplainPage::showText(const QString &text)
{
    m_ui->explainInput->setPlainText(text);
}

void ExplainPage::showError(const QString &text)
{
    m_ui->explainBanner->showMessage(InlineBanner::Kind::Error, text);
}

void ExplainPage::showItems(const QList<Item> &items, const QString &note)
{
    m_items = items;
    m_ui->findingsList->clear();
    const TranscriptColors colours(palette());
    for (const Item &item : items) {
        const auto kind = TranscriptColors::kindFor(item.explanation.severity);
        auto *row = new QListWidgetItem(item.subject.isEmpty() ? item.explanation.title
                                                               : tr("%1: %2").arg(item.subject, item.explanation.title),
                                        m_ui->findingsList);
        row->setForeground(colours.foreground(kind));
        row->setToolTip(TranscriptColors::label(kind));
    }
    m_ui->explainBanner->showMessage(items.isEmpty() ? InlineBanner::Kind::Warning : InlineBanner::Kind::Info,
                                     items.isEmpty() ? tr("Nothing in this text could be recognised as a mail "
                                                          "server's reply.")
                                                     : note);
    if (!items.isEmpty())
        m_ui->findingsList->setCurrentRow(0);
    else
        m_ui->explainPanel->clear();
}
