#pragma once

#include "plan/BatchInput.h"

#include <QTimer>
#include <QWizardPage>

#include <memory>

namespace Ui { class BatchListPage; }
class FieldCheck;

/// "Check a list of addresses", first step: the addresses (typed, pasted or read from a
/// .txt/.csv file) and the sender. The list is read as the runner reads --batch
/// (BatchInput), so the page shows how many addresses and domains it holds and names every
/// line that is not an address by its number before anything is asked.
class BatchListPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit BatchListPage(QWidget *parent = nullptr);
    ~BatchListPage() override;

    QString listText() const;
    void setListText(const QString &text);
    QString sender() const;
    /// Proposes a sender (the Message page's) while the field is still empty.
    void proposeSender(const QString &sender);
    /// Why the check could not start (the sender, the connection settings).
    void showRefusal(const QStringList &messages);
    /// Reads the addresses from a file, replacing the box's text; false (and a message
    /// on the page) when it cannot be read.
    bool openFile(const QString &path);
    const BatchInput &input() const { return m_input; }

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    /// Most bad lines named on the page; the rest are counted (all of them become rows).
    static constexpr int MaxBadLinesShown = 8;

private:
    void reparse();
    void showInput();
    void chooseFile();

    std::unique_ptr<Ui::BatchListPage> m_ui;
    FieldCheck *m_senderCheck;
    BatchInput m_input;
    QTimer m_reparse; // a pasted list of thousands is read once typing pauses
};
