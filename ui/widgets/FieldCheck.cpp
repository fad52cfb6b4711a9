#include "widgets/FieldCheck.h"

#include "widgets/TranscriptColors.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

FieldCheck::FieldCheck(QLineEdit *edit, QLabel *errorLabel, Check check, QObject *parent)
    : QObject(parent)
    , m_line(edit)
    , m_label(errorLabel)
    , m_check(std::move(check))
{
    connect(edit, &QLineEdit::textChanged, this, &FieldCheck::recheck);
    recheck();
}

FieldCheck::FieldCheck(QPlainTextEdit *edit, QLabel *errorLabel, Check check, QObject *parent)
    : QObject(parent)
    , m_plain(edit)
    , m_label(errorLabel)
    , m_check(std::move(check))
{
    connect(edit, &QPlainTextEdit::textChanged, this, &FieldCheck::recheck);
    recheck();
}

QString FieldCheck::currentText() const
{
    return m_line ? m_line->text() : m_plain->toPlainText();
}

void FieldCheck::setActive(bool active)
{
    m_active = active;
    recheck();
}

void FieldCheck::recheck()
{
    const std::optional<QString> before = m_error;
    m_error = m_active ? m_check(currentText()) : std::nullopt;
    show();
    if (before.has_value() != m_error.has_value())
        Q_EMIT validityChanged();
}

void FieldCheck::setRequiredHint(const QString &hint)
{
    m_requiredHint = hint;
    show();
}

void FieldCheck::show()
{
    const bool hint = !m_error && m_active && !m_requiredHint.isEmpty() && currentText().trimmed().isEmpty();
    QPalette palette = m_label->parentWidget() ? m_label->parentWidget()->palette() : m_label->palette();
    palette.setColor(QPalette::WindowText, hint ? palette.color(QPalette::PlaceholderText)
                                                : TranscriptColors(palette).foreground(TranscriptColors::Kind::Permanent));
    m_label->setPalette(palette);
    m_label->setText(hint ? m_requiredHint : m_error.value_or(QString()));
    m_label->setVisible(m_error.has_value() || hint);
    // Screen readers announce the reason with the field.
    QWidget *field = m_line ? static_cast<QWidget *>(m_line) : static_cast<QWidget *>(m_plain);
    field->setAccessibleDescription(m_error.value_or(QString()));
}
