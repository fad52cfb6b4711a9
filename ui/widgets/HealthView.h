#pragma once

#include "model/DomainHealth.h"

#include <QWidget>

#include <optional>

class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

/// The domain health findings: a list of the checks (and of each mail server address)
/// with a status icon and word coloured from the palette like the transcript, and beside
/// it what the selected one found in plain words: the record, the facts, what the check
/// is for and each problem. The first check that is not OK is selected.
class HealthView : public QWidget
{
    Q_OBJECT
public:
    explicit HealthView(QWidget *parent = nullptr);

    void setHealth(const DomainHealth &health);
    void clearHealth();
    /// The row of a finding, by key: "spf", "dmarc", "mtaSts", "tlsRpt", "dane",
    /// "fcrdns <address>", "bannerMatchesPtr <address>"; null when not shown.
    QTreeWidgetItem *rowFor(const QString &key) const;
    /// Shows the finding of that row beside the list.
    void select(const QString &key);
    QTreeWidget *rows() const { return m_rows; }
    /// What the pane beside the list says, as plain text.
    QString detailsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QString key;
        QString title;
        HealthFinding finding;
    };
    void addRow(const QString &key, const QString &title, const HealthFinding &finding);
    void showDetails();
    void colourRows();

    QTreeWidget *m_rows;
    QTextBrowser *m_details;
    QList<Row> m_shown; // parallel to the list's rows
};
