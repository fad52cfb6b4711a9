#pragma once

#include <QWidget>

class QLabel;

/// Explains the transcript's colours in words, drawn with the same palette-derived colours.
class TranscriptLegend : public QWidget
{
    Q_OBJECT
public:
    explicit TranscriptLegend(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    QLabel *m_label;
};
