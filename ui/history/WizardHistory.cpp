#include "WizardHistory.h"

#include "history/HistoryDialog.h"
#include "report/HistoryStore.h"
#include "settings/Settings.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

WizardHistory::WizardHistory(Settings &settings, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_window(window)
{
    setFolder({});
}

WizardHistory::~WizardHistory() = default;

void WizardHistory::setFolder(const QString &folder)
{
    delete m_dialog; // it lists the store being replaced
    QString path = folder;
    std::unique_ptr<QTemporaryDir> temporary;
    if (path.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>();
        path = temporary->filePath(u"history"_s);
    }
    m_store = std::make_unique<HistoryStore>(path, m_settings.value(Settings::Key::HistoryLimit).toInt());
    m_temporary = std::move(temporary);
}

QString WizardHistory::keep(const TestResult &result)
{
    // The limit may have changed in the settings since the store was made.
    m_store->setLimit(m_settings.value(Settings::Key::HistoryLimit).toInt());
    QString error;
    const bool kept = !m_store->add(result, &error).isEmpty() || error.isEmpty(); // empty error: history off
    dialog()->refresh();
    return kept ? QString() : error;
}

HistoryDialog *WizardHistory::dialog()
{
    if (!m_dialog)
        m_dialog = new HistoryDialog(*m_store, m_settings, m_window);
    return m_dialog;
}

void WizardHistory::show()
{
    HistoryDialog *history = dialog();
    history->refresh();
    history->show(); // non-modal: the wizard stays usable beside it
    history->raise();
    history->activateWindow();
}
