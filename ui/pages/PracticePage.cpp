#include "pages/PracticePage.h"

#include "pages/PageId.h"
#include "widgets/InlineBanner.h"
#include "widgets/VerdictIcon.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PracticePage::PracticePage(QWidget *parent)
    : QWizardPage(parent)
    , m_list(new QListWidget(this))
    , m_ticketTitle(new QLabel(this))
    , m_ticket(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_debriefGroup(new QGroupBox(tr("Debrief"), this))
    , m_banner(new InlineBanner(this))
    , m_debrief(new QTextBrowser(this))
{
    setObjectName(u"practicePage"_s);
    setTitle(tr("Practice"));
    setSubTitle(tr("Exercises on the local test bed: take a ticket, find the cause with the wizard, then read the debrief."));

    m_list->setObjectName(u"exerciseList"_s);
    m_list->setAccessibleName(tr("Exercises"));
    // Titles wrap rather than scroll sideways: German and French ones are long.
    m_list->setMaximumWidth(340);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setIconSize(QSize(16, 16));
    m_ticketTitle->setObjectName(u"ticketTitle"_s);
    QFont bold = m_ticketTitle->font();
    bold.setBold(true);
    m_ticketTitle->setFont(bold);
    m_ticket->setObjectName(u"ticketText"_s);
    m_ticket->setWordWrap(true);
    m_ticket->setTextFormat(Qt::PlainText);
    m_ticket->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setObjectName(u"practiceHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_debriefGroup->setObjectName(u"debriefGroup"_s);
    m_banner->setObjectName(u"debriefBanner"_s);
    m_debrief->setObjectName(u"debriefText"_s);
    m_debrief->setAccessibleName(tr("Debrief"));
    m_debrief->setOpenLinks(false);

    auto *debriefLayout = new QVBoxLayout(m_debriefGroup);
    debriefLayout->addWidget(m_banner);
    debriefLayout->addWidget(m_debrief, 1);
    auto *ticketLabel = new QLabel(tr("Ticket"), this);
    ticketLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *right = new QVBoxLayout;
    right->addWidget(ticketLabel);
    right->addWidget(m_ticketTitle);
    right->addWidget(m_ticket);
    right->addWidget(m_hint);
    right->addWidget(m_debriefGroup, 1);
    right->addStretch(0);
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    auto *listLabel = new QLabel(tr("&Exercises"), this);
    listLabel->setBuddy(m_list);
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    layout->addLayout(left, 1);
    layout->addLayout(right, 2);
    m_debriefGroup->hide();

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        showSelected();
        Q_EMIT completeChanged();
    });
    // A double click starts the exercise; Enter already does, as Next is the default button
    // (itemActivated would take a second step on the same key press).
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] {
        if (wizard())
            wizard()->next();
    });
}

void PracticePage::setExercises(const QList<PracticeExercise> &exercises)
{
    m_exercises = exercises;
    m_list->clear();
    // Exercises not yet done keep an empty place for the icon a debrief puts there, so
    // that the titles stay in one column.
    QPixmap blank(m_list->iconSize() * m_list->devicePixelRatioF());
    blank.setDevicePixelRatio(m_list->devicePixelRatioF());
    blank.fill(Qt::transparent);
    for (const PracticeExercise &e : exercises) {
        auto *item = new QListWidgetItem(QIcon(blank), e.title, m_list);
        item->setData(Qt::UserRole, e.key);
    }
    m_list->setCurrentRow(0);
}

QString PracticePage::selectedKey() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void PracticePage::select(const QString &key)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == key)
            m_list->setCurrentRow(row);
    }
}

void PracticePage::setDebrief(const QString &key, const PracticeDebrief &debrief)
{
    m_debriefs.insert(key, debrief);
    // The list says which exercises were done, and how, without opening each.
    const Model::Severity severity = debrief.matched ? Model::Severity::Success : Model::Severity::Transient;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(Qt::UserRole).toString() != key)
            continue;
        item->setIcon(VerdictIcon::icon(severity));
        item->setData(Qt::AccessibleDescriptionRole,
                      debrief.matched ? tr("Done: the run showed the exercise's cause")
                                      : tr("Done: the run ended differently from the exercise"));
    }
    if (key == selectedKey())
        showSelected();
}

void PracticePage::showSelected()
{
    const QString key = selectedKey();
    const auto exercise = std::find_if(m_exercises.cbegin(), m_exercises.cend(),
                                       [&key](const PracticeExercise &e) { return e.key == key; });
    if (exercise == m_exercises.cend()) {
        m_ticketTitle->clear();
        m_ticket->clear();
        m_debriefGroup->hide();
        return;
    }
    m_ticketTitle->setText(exercise->title);
    m_ticket->setText(exercise->ticket);
    const auto debrief = m_debriefs.constFind(key);
    m_debriefGroup->setVisible(debrief != m_debriefs.cend());
    if (debrief == m_debriefs.cend()) {
        m_hint->setText(tr("Next fills in the wizard for this ticket. Click through the pages and run the test as you "
                           "would for a customer; when you know the answer, click Debrief."));
        return;
    }
    m_hint->setText(tr("Next fills in the wizard for this ticket again; or choose another exercise."));
    if (debrief->matched) {
        m_banner->showMessage(InlineBanner::Kind::Info,
                              tr("Your run showed what this ticket is about: %1.").arg(Model::categoryClause(debrief->category)));
    } else {
        m_banner->showMessage(InlineBanner::Kind::Warning,
                              tr("Your run did not end as this exercise expects. %1 Check that the pages still held what the "
                                 "exercise filled in, and run it again.")
                                  .arg(debrief->differences.join(u' ')));
    }
    m_debrief->setHtml(debriefHtml(*exercise, *debrief));
}

QString PracticePage::debriefHtml(const PracticeExercise &exercise, const PracticeDebrief &debrief) const
{
    // Everything from the run (the verdict names servers and addresses, the reply is the
    // server's own text) is escaped: a server's words are shown, never interpreted.
    QString html = u"<h4>"_s + tr("What your run showed").toHtmlEscaped() + u"</h4><p>"_s
                   + debrief.sentence.toHtmlEscaped() + u"</p><p>"_s
                   + tr("Outcome: %1. Step: %2.")
                         .arg(Model::label(debrief.outcome), Model::label(debrief.stage))
                         .toHtmlEscaped()
                   + u"</p>"_s;
    if (!debrief.reply.isEmpty())
        html += u"<p><tt>"_s + debrief.reply.toHtmlEscaped() + u"</tt></p>"_s;
    html += u"<h4>"_s + tr("What to conclude").toHtmlEscaped() + u"</h4><p>"_s + exercise.conclusion.toHtmlEscaped()
            + u"</p><h4>"_s + tr("Why").toHtmlEscaped() + u"</h4><p>"_s + exercise.why.toHtmlEscaped() + u"</p>"_s;
    return html;
}

bool PracticePage::isComplete() const
{
    return !selectedKey().isEmpty();
}

bool PracticePage::validatePage()
{
    Q_EMIT exerciseStarted(selectedKey());
    return true;
}

int PracticePage::nextId() const
{
    return DestinationPageId;
}
