#pragma once

#include "model/Explanation.h"

#include <QListView>

class QTimer;
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
    /// The selected lines as text, in transcript order (all lines when none is selected).
    QString selectedText() const;
    /// Long lines wrap at the view's width instead of scrolling sideways.
    void setWrapLines(bool wrap);
    bool wrapLines() const { return wordWrap(); }

Q_SIGNALS:
    void explanationChanged(const Explanation &explanation);

protected:
    void changeEvent(QEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    void handleRowsInserted();
    void handleDataChanged();
    void handleHover(const QModelIndex &index);
    void refreshShown();
    void applyPalette();
    void copySelection() const;

    TranscriptModel *m_model;
    QTimer *m_tailTimer; // one scroll to the new end per event-loop turn, not one per line
    int m_hoverRow = -1;
    int m_shownRow = -1;
    bool m_followTail = true;
};
