#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class HistoryDialog;
class HistoryStore;
class QTemporaryDir;
class QWidget;
class Settings;
struct TestResult;

/// The wizard's history of finished tests: the store (in a folder of the user's, or a
/// temporary one that keeps nothing of the user), and its dialog once opened.
class WizardHistory : public QObject
{
    Q_OBJECT
public:
    WizardHistory(Settings &settings, QWidget *window);
    ~WizardHistory() override;

    /// Replaces the store; an empty folder means a temporary one.
    void setFolder(const QString &folder);
    HistoryStore &store() const { return *m_store; }
    /// Keeps result; the reason when it could not be kept, else empty.
    QString keep(const TestResult &result);
    /// The dialog, made on first use and refreshed on every keep.
    HistoryDialog *dialog();
    /// Shows the dialog beside the wizard (non-modal) and brings it to the front.
    void show();

private:
    Settings &m_settings;
    QWidget *m_window;
    std::unique_ptr<QTemporaryDir> m_temporary;
    std::unique_ptr<HistoryStore> m_store;
    QPointer<HistoryDialog> m_dialog;
};
