#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

/// Checks one field while the user types and shows the reason beside it when the value
/// is refused; pages use it to decide whether Next is allowed.
class FieldCheck : public QObject
{
    Q_OBJECT
public:
    using Check = std::function<std::optional<QString>(const QString &)>;

    FieldCheck(QLineEdit *edit, QLabel *errorLabel, Check check, QObject *parent);
    FieldCheck(QPlainTextEdit *edit, QLabel *errorLabel, Check check, QObject *parent);

    /// Runs the check again (when something it depends on changed).
    void recheck();
    bool isValid() const { return !m_error.has_value(); }
    std::optional<QString> error() const { return m_error; }
    /// Only checked while the field is visible and enabled.
    void setActive(bool active);
    /// An empty field is not an error, but Next waits for it: say what is needed, in
    /// the muted colour of a hint rather than the colour of a refusal.
    void setRequiredHint(const QString &hint);

Q_SIGNALS:
    void validityChanged();

private:
    QString currentText() const;
    void show();

    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_plain = nullptr;
    QLabel *m_label;
    Check m_check;
    std::optional<QString> m_error;
    bool m_active = true;
    QString m_requiredHint;
};
