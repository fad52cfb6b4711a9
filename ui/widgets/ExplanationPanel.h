#pragma once

#include "model/Explanation.h"

#include <QWidget>

class QLabel;
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
    const Explanation &explanation() const { return m_explanation; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    static QString htmlList(const QStringList &items);

    Explanation m_explanation;
    QLabel *m_severity;
    QLabel *m_title;
    QTextBrowser *m_text; // meaning, causes, next steps, references: wraps and scrolls
};
