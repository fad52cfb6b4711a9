#include "pages/ExplainPage.h"
#include "ui_ExplainPage.h"

#include "widgets/TranscriptColors.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMimeData>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyledItemDelegate>

using namespace Qt::StringLiterals;

namespace {

/// Measures list entries at the list's own width, so that a long entry wraps onto more
/// lines instead of running off the right edge (QListView measures without a width).
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QAbstractItemView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem wrapped(option);
        const int width = m_view->viewport()->width();
        wrapped.rect = QRect(0, 0, width, 0x7fff);
        wrapped.features |= QStyleOptionViewItem::WrapText;
        const QSize size = QStyledItemDelegate::sizeHint(wrapped, index);
        return {std::min(size.width(), width), size.height()};
    }

private:
    QAbstractItemView *m_view;
};

} // namespace

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
    connect(m_ui->explainButton, &QPushButton::clicked, this, [this] {
        m_explainedText = m_ui->explainInput->toPlainText();
        Q_EMIT explainRequested(m_explainedText);
    });
    connect(m_ui->copyTicketButton, &QPushButton::clicked, this, &ExplainPage::copyForTicket);
    connect(m_ui->saveTicketButton, &QPushButton::clicked, this, &ExplainPage::saveForTicket);
    m_ui->copyTicketButton->setEnabled(false);
    m_ui->saveTicketButton->setEnabled(false);
    // There is no transcript here: say what fills the panel on this page.
    m_ui->explainPanel->setEmptyText(tr("Nothing explained yet"),
                                     tr("Paste a server's reply or a whole bounce above, or open a saved message, "
                                        "then press Explain: what it means and what to do next appear here."));
    // Long entries (an address, a provider's title) wrap inside the list; a word too long
    // for a line is elided in the middle, and the tooltip holds the whole text.
    m_ui->findingsList->setWordWrap(true);
    m_ui->findingsList->setTextElideMode(Qt::ElideMiddle);
    m_ui->findingsList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->findingsList->setResizeMode(QListView::Adjust);
    m_ui->findingsList->setItemDelegate(new WrappingDelegate(m_ui->findingsList));
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
    m_explainedText = text;
}

QList<ExplanationReport::Entry> ExplainPage::entries() const
{
    QList<ExplanationReport::Entry> entries;
    for (const Item &item : m_items)
        entries.append({item.subject, item.explanation});
    return entries;
}

void ExplainPage::copyForTicket()
{
    auto *mime = new QMimeData;
    mime->setText(ExplanationReport::text(entries(), m_explainedText));
    mime->setHtml(ExplanationReport::html(entries(), m_explainedText));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_kept = true;
    m_ui->explainBanner->showMessage(InlineBanner::Kind::Info,
                                     tr("The explanation is on the clipboard, as text and as formatted HTML."));
}

void ExplainPage::saveForTicket()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    // open(), not exec(): the page stays alive while the dialog is up.
    auto *dialog = new QFileDialog(this, tr("Save the explanation"),
                                   QDir(folder).filePath(u"smtp-explanation.html"_s),
                                   tr("Web page (*.html *.htm);;Text (*.txt)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"html"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ExplainPage::writeTicket);
    dialog->open();
}

void ExplainPage::writeTicket(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool text = suffix == u"txt" || suffix == u"log";
    const QString content = text ? ExplanationReport::text(entries(), m_explainedText)
                                 : ExplanationReport::html(entries(), m_explainedText);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.toUtf8()) < 0 || !file.commit()) {
        m_ui->explainBanner->showMessage(InlineBanner::Kind::Error,
                                         tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_kept = true;
    m_ui->explainBanner->showMessage(InlineBanner::Kind::Info,
                                     tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

bool ExplainPage::hasUnkeptWork() const
{
    const QString typed = m_ui->explainInput->toPlainText();
    return (!m_items.isEmpty() && !m_kept) || (!typed.trimmed().isEmpty() && typed != m_explainedText);
}

void ExplainPage::showError(const QString &text)
{
    m_ui->explainBanner->showMessage(InlineBanner::Kind::Error, text);
}

void ExplainPage::showItems(const QList<Item> &items, const QString &note)
{
    m_items = items;
    m_kept = items.isEmpty();
    m_ui->findingsList->clear();
    const TranscriptColors colours(palette());
    for (const Item &item : items) {
        const auto kind = TranscriptColors::kindFor(item.explanation.severity);
        auto *row = new QListWidgetItem(item.subject.isEmpty() ? item.explanation.title
                                                               : tr("%1: %2").arg(item.subject, item.explanation.title),
                                        m_ui->findingsList);
        row->setForeground(colours.foreground(kind));
        row->setToolTip(row->text() + u'\n' + TranscriptColors::label(kind));
    }
    m_ui->copyTicketButton->setEnabled(!items.isEmpty());
    m_ui->saveTicketButton->setEnabled(!items.isEmpty());
    m_ui->explainBanner->showMessage(items.isEmpty() ? InlineBanner::Kind::Warning : InlineBanner::Kind::Info,
                                     items.isEmpty() ? tr("Nothing in this text could be recognised as a mail "
                                                          "server's reply.")
                                                     : note);
    if (!items.isEmpty())
        m_ui->findingsList->setCurrentRow(0);
    else
        m_ui->explainPanel->clear();
}
