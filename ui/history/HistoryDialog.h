#pragma once

#include <QDialog>
#include <QStringList>

class HistoryStore;
class InlineBanner;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class Settings;

/// The tests run before, newest first: when, where and how each went. Reopens one
/// (ResultWindow), compares two (ComparisonDialog), saves a report of one, deletes, and
/// sets how many are kept (Settings::Key::HistoryLimit). Non-modal, so the wizard stays
/// usable beside it; objectName "historyDialog".
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(HistoryStore &store, Settings &settings, QWidget *parent = nullptr);

    /// Reads the list again (after a test was added), keeping the selection.
    void refresh();
    QStringList selectedIds() const;
    /// Shows a problem in the dialog, e.g. that the last test could not be kept.
    void showError(const QString &text);

private:
    void updateButtons();
    void openSelected();
    void openId(const QString &id);
    void compareSelected();
    void saveSelected();
    void askToDeleteSelected();
    void deleteIds(const QStringList &ids);
    void changeLimit(int limit);

    HistoryStore &m_store;
    Settings &m_settings;
    QTableWidget *m_table;
    QLabel *m_empty;
    InlineBanner *m_banner;
    QSpinBox *m_limit;
    QPushButton *m_open;
    QPushButton *m_compare;
    QPushButton *m_save;
    QPushButton *m_delete;
};
