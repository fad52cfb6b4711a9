#pragma once

#include "pages/PracticeDebrief.h"
#include "pages/PracticeExercise.h"

#include <QHash>
#include <QWizardPage>

class InlineBanner;
class QGroupBox;
class QLabel;
class QListWidget;
class QTextBrowser;

/// The first page in practice mode: the exercises, the ticket of the selected one, and
/// once it was run, its debrief (what the run showed, whether that is what the exercise
/// is about, what to conclude and why). Next starts the selected exercise.
class PracticePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PracticePage(QWidget *parent = nullptr);

    void setExercises(const QList<PracticeExercise> &exercises);
    /// The key of the selected exercise, empty when none is.
    QString selectedKey() const;
    void select(const QString &key);
    /// The debrief of exercise key's latest run; shown while that exercise is selected.
    void setDebrief(const QString &key, const PracticeDebrief &debrief);

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

Q_SIGNALS:
    /// Next was pressed on exercise key: fill the wizard's pages for it.
    void exerciseStarted(const QString &key);

private:
    void showSelected();
    QString debriefHtml(const PracticeExercise &exercise, const PracticeDebrief &debrief) const;

    QList<PracticeExercise> m_exercises;
    QHash<QString, PracticeDebrief> m_debriefs;
    QListWidget *m_list;
    QLabel *m_ticketTitle;
    QLabel *m_ticket;
    QLabel *m_hint;
    QGroupBox *m_debriefGroup;
    InlineBanner *m_banner;
    QTextBrowser *m_debrief;
};
