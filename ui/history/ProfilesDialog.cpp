#include "history/ProfilesDialog.h"

#include "settings/Settings.h"
#include "widgets/InlineBanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProfilesDialog::ProfilesDialog(Settings &settings, const ProfileStore::Values &current, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_profiles(settings)
    , m_current(current)
    , m_name(new QLineEdit(this))
    , m_nameError(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_list(new QListWidget(this))
    , m_start(new QPushButton(tr("S&tart from this profile"), this))
    , m_delete(new QPushButton(tr("&Delete profile"), this))
    , m_banner(new InlineBanner(this))
{
    setObjectName(u"profilesDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Profiles"));

    auto *saveBox = new QGroupBox(tr("Save the current settings as a profile"), this);
    m_name->setObjectName(u"profileNameEdit"_s);
    m_name->setAccessibleName(tr("Profile name"));
    m_name->setPlaceholderText(tr("e.g. Office relay"));
    m_name->setMaxLength(ProfileStore::maximumNameLength + 8); // the reason says when it is too long
    m_nameError->setObjectName(u"profileNameError"_s);
    m_nameError->setTextFormat(Qt::PlainText);
    m_nameError->setWordWrap(true);
    m_nameError->hide();
    m_save->setObjectName(u"saveProfileButton"_s);
    m_save->setEnabled(false);
    auto *nameLabel = new QLabel(tr("&Name:"), saveBox);
    nameLabel->setBuddy(m_name);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_save);
    auto *note = new QLabel(tr("Destination, connection, sign-in name and message are kept. "
                               "A password never is."), saveBox);
    note->setWordWrap(true);
    auto *saveLayout = new QVBoxLayout(saveBox);
    saveLayout->addLayout(nameRow);
    saveLayout->addWidget(m_nameError);
    saveLayout->addWidget(note);

    auto *startBox = new QGroupBox(tr("Start from a profile"), this);
    m_list->setObjectName(u"profileList"_s);
    m_list->setAccessibleName(tr("Saved profiles"));
    m_start->setObjectName(u"startProfileButton"_s);
    m_start->setToolTip(tr("Fills every page with the profile's settings; the password is typed again "
                           "or comes from the keychain."));
    m_delete->setObjectName(u"deleteProfileButton"_s);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_start);
    listButtons->addWidget(m_delete);
    listButtons->addStretch();
    auto *startLayout = new QVBoxLayout(startBox);
    startLayout->addWidget(m_list, 1);
    startLayout->addLayout(listButtons);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter saves in the name field and starts in the list; no button is the default.
    for (QPushButton *button : {m_save, m_start, m_delete, close->button(QDialogButtonBox::Close)})
        button->setAutoDefault(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(saveBox);
    layout->addWidget(startBox, 1);
    layout->addWidget(m_banner);
    layout->addWidget(close);
    m_banner->showMessage(InlineBanner::Kind::Info, QString());

    connect(m_name, &QLineEdit::textChanged, this, &ProfilesDialog::checkName);
    // Queued: the Return goes on to this dialog after the field, and would press the
    // default button of a question asked meanwhile (the question is a child of this dialog).
    connect(m_name, &QLineEdit::returnPressed, this, &ProfilesDialog::saveProfile, Qt::QueuedConnection);
    connect(m_save, &QPushButton::clicked, this, &ProfilesDialog::saveProfile);
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        const bool any = !selectedName().isEmpty();
        m_start->setEnabled(any);
        m_delete->setEnabled(any);
    });
    connect(m_list, &QListWidget::activated, this, &ProfilesDialog::startFromSelected);
    connect(m_start, &QPushButton::clicked, this, &ProfilesDialog::startFromSelected);
    connect(m_delete, &QPushButton::clicked, this, &ProfilesDialog::askToDeleteSelected);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refreshNames();
    resize(520, 420);
}

QString ProfilesDialog::selectedName() const
{
    const QList<QListWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->text();
}

void ProfilesDialog::refreshNames(const QString &select)
{
    m_list->clear();
    m_list->addItems(m_profiles.names());
    const QList<QListWidgetItem *> found = m_list->findItems(select, Qt::MatchExactly);
    QListWidgetItem *current = !select.isEmpty() && !found.isEmpty() ? found.first() : m_list->item(0);
    if (current)
        m_list->setCurrentItem(current);
    m_start->setEnabled(current);
    m_delete->setEnabled(current);
}

void ProfilesDialog::checkName()
{
    const QString name = m_name->text();
    const QString problem = name.trimmed().isEmpty() ? QString() : ProfileStore::nameProblem(name);
    m_nameError->setText(problem);
    m_nameError->setVisible(!problem.isEmpty());
    m_name->setAccessibleDescription(problem);
    m_save->setEnabled(!name.trimmed().isEmpty() && problem.isEmpty());
}

void ProfilesDialog::saveProfile()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || !ProfileStore::nameProblem(name).isEmpty())
        return;
    if (!m_profiles.contains(name)) {
        store(name);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Replace profile"),
                                tr("A profile named \"%1\" exists. Replace it with the current settings?").arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"confirmOverwriteBox"_s);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::AcceptRole);
    replace->setObjectName(u"confirmOverwriteButton"_s);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(replace, &QPushButton::clicked, this, [this, name] { store(name); });
    box->open();
}

void ProfilesDialog::store(const QString &name)
{
    QString error;
    if (!m_profiles.save(name, m_current, &error)) {
        m_banner->showMessage(InlineBanner::Kind::Error, error);
        return;
    }
    m_settings.sync();
    refreshNames(name);
    m_banner->showMessage(InlineBanner::Kind::Info, tr("The current settings were saved as \"%1\".").arg(name));
}

void ProfilesDialog::startFromSelected()
{
    const QString name = selectedName();
    const std::optional<ProfileStore::Values> values = name.isEmpty() ? std::nullopt : m_profiles.load(name);
    if (!values)
        return;
    ProfileStore::apply(*values, m_settings);
    m_settings.sync();
    Q_EMIT profileApplied(name);
    accept();
}

void ProfilesDialog::askToDeleteSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete profile"),
                                tr("Delete the profile \"%1\"?").arg(name), QMessageBox::NoButton, this);
    box->setObjectName(u"confirmDeleteProfileBox"_s);
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmDeleteProfileButton"_s);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(remove, &QPushButton::clicked, this, [this, name] {
        m_profiles.remove(name);
        m_settings.sync();
        refreshNames();
        m_banner->showMessage(InlineBanner::Kind::Info, tr("The profile \"%1\" was deleted.").arg(name));
    });
    box->open();
}
