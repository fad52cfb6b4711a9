#pragma once

#include "model/Explanation.h"

#include "report/ExplanationReport.h"

#include <QWizardPage>

#include <memory>

namespace Ui { class ExplainPage; }

/// The explainer: a pasted reply or bounce, or an opened .eml, explained line by line.
/// The page asks (explainRequested, fileRequested); the controller parses and explains.
class ExplainPage : public QWizardPage
{
    Q_OBJECT
public:
    /// One thing found in the text: what it is about (a recipient, "reply") and its explanation.
    struct Item
    {
        QString subject;
        Explanation explanation;
    };

    explicit ExplainPage(QWidget *parent = nullptr);
    ~ExplainPage() override;

    int nextId() const override { return -1; }
    void showText(const QString &text);
    void showItems(const QList<Item> &items, const QString &note);
    void showError(const QString &text);
    /// Whether closing now would lose work: findings neither copied nor saved, or text
    /// typed or pasted since the last Explain.
    bool hasUnkeptWork() const;
    /// Asks where to save (a non-blocking dialog), then writes text or HTML by the name.
    void saveForTicket();

Q_SIGNALS:
    void explainRequested(const QString &text);
    void fileRequested(const QString &path);

private:
    void openFile();
    /// The explained items as a ticket: plain text and HTML (ExplanationReport).
    void copyForTicket();
    void writeTicket(const QString &path);
    QList<ExplanationReport::Entry> entries() const;

    std::unique_ptr<Ui::ExplainPage> m_ui;
    QList<Item> m_items;
    QString m_explainedText; // what the items were found in, quoted in a ticket
    bool m_kept = true;      // the findings were copied or saved (or there are none)
};
