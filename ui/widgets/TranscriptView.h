#pragma once

#include "model/Explanation.h"

#include <QListView>

class TranscriptModel;

/// The live transcript: one line per command, reply line or event, coloured by meaning.
/// Decides which explanation belongs on screen: the hovered line, else the selected one,
/// else the latest reply.
class TranscriptView : public QListView
{
    Q_OBJECT
public:
    explicit TranscriptView(QWidget *parent = nullptr);

    TranscriptModel *transcript() const { return m_model; }
    void clearTranscript();
    /// The row whose explanation is on screen, -1 for none.
    int explainedRow() const { return m_shownRow; }
    /// Makes row the current line, scrolled into view, so its explanation is shown.
    void showRow(int row);

Q_SIGNALS:
    void explanationChanged(const Explanation &explanation);

protected:
    void changeEvent(QEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void handleRowsInserted();
    void handleDataChanged();
    void handleHover(const QModelIndex &index);
    void refreshShown();
    void applyPalette();

    TranscriptModel *m_model;
    int m_hoverRow = -1;
    int m_shownRow = -1;
    bool m_followTail = true;
};
