#include "widgets/InlineBanner.h"

#include "widgets/TranscriptColors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>

using namespace Qt::StringLiterals;

InlineBanner::InlineBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(u"bannerText"_s);
    m_text->setWordWrap(true);
    // Banners quote resolvers, servers and file names: never interpreted as markup.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void InlineBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_text->setText(text);
    setAccessibleName(text);
    const QStyle::StandardPixmap pixmap = kind == Kind::Error     ? QStyle::SP_MessageBoxCritical
                                          : kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                  : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    applyColours();
    setVisible(!text.isEmpty());
}

QString InlineBanner::text() const
{
    return m_text->text();
}

void InlineBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void InlineBanner::applyColours()
{
    // The window colour tinted toward the meaning, as the transcript does.
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    const TranscriptColors colours(base);
    const auto kind = m_kind == Kind::Error     ? TranscriptColors::Kind::Permanent
                      : m_kind == Kind::Warning ? TranscriptColors::Kind::Transient
                                                : TranscriptColors::Kind::Client;
    QPalette tinted = base;
    tinted.setColor(QPalette::Window, TranscriptColors::blend(base.color(QPalette::Window),
                                                              colours.foreground(kind), 0.18));
    // Only the background changes; guard against recursion through PaletteChange.
    if (tinted.color(QPalette::Window) != palette().color(QPalette::Window))
        setPalette(tinted);
}
