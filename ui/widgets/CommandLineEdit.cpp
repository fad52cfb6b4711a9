#include "widgets/CommandLineEdit.h"

#include <QKeyEvent>

namespace {
constexpr qsizetype MaxHistory = 200;
}

CommandLineEdit::CommandLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    // RFC 5321 §4.5.3.1.4: 1000 octets with CRLF; the session checks octets, this only
    // keeps a paste from growing without bound.
    setMaxLength(998);
}

void CommandLineEdit::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QString line = text();
        if (!line.trimmed().isEmpty() && (m_history.isEmpty() || m_history.constLast() != line)) {
            m_history.append(line);
            if (m_history.size() > MaxHistory)
                m_history.removeFirst();
        }
        m_position = m_history.size();
        m_draft.clear();
        clear();
        Q_EMIT submitted(line);
        event->accept();
        return;
    }
    case Qt::Key_Up:
        recall(-1);
        event->accept();
        return;
    case Qt::Key_Down:
        recall(+1);
        event->accept();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void CommandLineEdit::recall(int step)
{
    const qsizetype target = std::clamp<qsizetype>(m_position + step, 0, m_history.size());
    if (target == m_position)
        return;
    if (m_position == m_history.size())
        m_draft = text();
    m_position = target;
    setText(m_position == m_history.size() ? m_draft : m_history.at(m_position));
}
