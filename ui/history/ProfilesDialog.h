#pragma once

#include "settings/ProfileStore.h"

#include <QDialog>

class InlineBanner;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class Settings;

/// Named profiles of the wizard's settings: saves what the pages hold now under a name
/// (never a password: ProfileStore stores no such key), starts from one, deletes one.
/// Questions (overwrite, delete) are asked with open(), not exec(); objectName
/// "profilesDialog".
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    /// current: the profile keys as the pages hold them now (ProfileStore::capture after
    /// the wizard stored its pages), what "Save" keeps.
    ProfilesDialog(Settings &settings, const ProfileStore::Values &current, QWidget *parent = nullptr);

Q_SIGNALS:
    /// The settings are now the profile's; the wizard fills its pages from them.
    void profileApplied(const QString &name);

private:
    void refreshNames(const QString &select = {});
    void checkName();
    void saveProfile();
    void store(const QString &name);
    void startFromSelected();
    void askToDeleteSelected();
    QString selectedName() const;

    Settings &m_settings;
    ProfileStore m_profiles;
    ProfileStore::Values m_current;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QPushButton *m_save;
    QListWidget *m_list;
    QPushButton *m_start;
    QPushButton *m_delete;
    InlineBanner *m_banner;
};
