#pragma once

#include "model/Explanation.h"

#include <QWidget>

class QLabel;
class QUrl;
class QTextBrowser;

/// What one reply or failure means: title, severity, meaning, likely causes, next steps
/// and references, in plain words beside the transcript.
class ExplanationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExplanationPanel(QWidget *parent = nullptr);

    void showExplanation(const Explanation &explanation);
    void clear();
    /// What the panel says while it explains nothing: the page it is on knows what the
    /// user does to fill it (select a transcript line, paste a bounce).
    void setEmptyText(const QString &title, const QString &text);
    const Explanation &explanation() const { return m_explanation; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    static QString htmlList(const QStringList &items);
    void openLink(const QUrl &url);

    Explanation m_explanation;
    QLabel *m_severity;
    QLabel *m_title;
    QTextBrowser *m_text; // meaning, causes, next steps, references: wraps and scrolls
    QString m_emptyTitle;
    QString m_emptyText;
};
