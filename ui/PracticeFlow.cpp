#include "PracticeFlow.h"

#include "SmtpWizard.h"
#include "WizardController.h"
#include "pages/PageId.h"
#include "pages/PracticeDebrief.h"
#include "pages/PracticeExercise.h"
#include "pages/PracticePage.h"

#include <QAbstractButton>
#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

PracticeFlow::PracticeFlow(SmtpWizard &wizard, WizardController &controller, PracticeBed bed)
    : QObject(&wizard)
    , m_wizard(wizard)
    , m_bed(std::move(bed))
    , m_page(new PracticePage(&wizard))
{
    wizard.setPage(PracticePageId, m_page);
    wizard.setStartId(PracticePageId);
    m_page->setExercises(PracticeExercise::all());
    wizard.setWindowTitle(tr("SMTP Wizard (Practice)"));

    // Debrief sits beside Help on every page: back to the Practice page, which shows it.
    wizard.setOption(QWizard::HaveCustomButton1);
    wizard.setButtonText(QWizard::CustomButton1, tr("Debrie&f"));
    wizard.button(QWizard::CustomButton1)->setObjectName(QStringLiteral("debriefButton"));
    wizard.button(QWizard::CustomButton1)->setToolTip(tr("Back to the exercises, with what this run should have shown you"));
    wizard.setButtonLayout({QWizard::HelpButton, QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton,
                            QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton});
    connect(&wizard, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1 && m_outcomeKnown)
            m_wizard.startNewTest(); // stops what still runs, then the start page: Practice
    });
    connect(&wizard, &QWizard::currentIdChanged, this, &PracticeFlow::updateDebriefButton);
    connect(m_page, &PracticePage::exerciseStarted, this, &PracticeFlow::start);
    connect(&controller, &WizardController::lookupFinished, this, &PracticeFlow::lookupFinished);
    connect(&controller, &WizardController::runFinished, this, &PracticeFlow::runFinished);
    wizard.installEventFilter(this);
    paintBadge();
    updateDebriefButton();
}

void PracticeFlow::start(const QString &key)
{
    const std::optional<PracticeExercise> exercise = PracticeExercise::find(key);
    if (!exercise)
        return;
    m_active = key;
    m_outcomeKnown = false;
    m_wizard.prefill(exercise->request(m_bed), exercise->mode);
    updateDebriefButton();
}

void PracticeFlow::lookupFinished(const DnsFindings &findings)
{
    // Only a lookup that leaves nothing to connect to ends an exercise (a null MX); after
    // any other, the run decides.
    const std::optional<PracticeExercise> exercise = PracticeExercise::find(m_active);
    if (!exercise || !PracticeDebrief::lookupEnds(findings))
        return;
    m_page->setDebrief(m_active, PracticeDebrief::ofLookup(*exercise, findings));
    m_outcomeKnown = true;
    updateDebriefButton();
}

void PracticeFlow::runFinished(const TestResult &result)
{
    const std::optional<PracticeExercise> exercise = PracticeExercise::find(m_active);
    if (!exercise)
        return;
    m_page->setDebrief(m_active, PracticeDebrief::ofRun(*exercise, result));
    m_outcomeKnown = true;
    updateDebriefButton();
}

void PracticeFlow::updateDebriefButton()
{
    QAbstractButton *button = m_wizard.button(QWizard::CustomButton1);
    button->setEnabled(m_outcomeKnown && m_wizard.currentId() != PracticePageId);
    // A lookup that ended the exercise leaves the trainee on the Mail servers page, where
    // Next stays off: the Debrief button is then the way on.
    if (button->isEnabled() && m_wizard.currentId() == MailServersPageId)
        button->setFocus();
}

bool PracticeFlow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_wizard && event->type() == QEvent::PaletteChange)
        paintBadge();
    return QObject::eventFilter(watched, event);
}

void PracticeFlow::paintBadge()
{
    // The "Practice" mark in every page's header (QWizard's logo): drawn here from the
    // palette and the translated word, so it follows the theme and the language.
    const QString text = tr("Practice");
    QFont font = m_wizard.font();
    font.setBold(true);
    const QFontMetrics metrics(font);
    const QSize size(metrics.horizontalAdvance(text) + 24, metrics.height() + 12);
    const qreal ratio = m_wizard.devicePixelRatioF();
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette palette = m_wizard.palette();
    QPainterPath path;
    path.addRoundedRect(QRectF(QPointF(0.5, 0.5), QSizeF(size) - QSizeF(1, 1)), 6, 6);
    painter.fillPath(path, palette.color(QPalette::Highlight));
    painter.setPen(palette.color(QPalette::HighlightedText));
    painter.setFont(font);
    painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, text);
    painter.end();
    m_wizard.setPixmap(QWizard::LogoPixmap, pixmap);
}
