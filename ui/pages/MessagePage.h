#pragma once

#include "pages/RequestPage.h"

#include <memory>

namespace Ui { class MessagePage; }
class FieldCheck;

/// Page 5: sender, recipients, delivery reports, subject and body, or a test that stops
/// after the recipients.
class MessagePage : public RequestPage
{
    Q_OBJECT
public:
    explicit MessagePage(QWidget *parent = nullptr);
    ~MessagePage() override;

    void prefill(const PlanRequest &request) override;
    void applyTo(PlanRequest &request) const override;
    QList<Plan::Field> fields() const override { return {Plan::Field::MailFrom, Plan::Field::RcptTo, Plan::Field::Notify, Plan::Field::Envid, Plan::Field::Subject, Plan::Field::Body, Plan::Field::Headers, Plan::Field::StopAfter}; }
    void initializePage() override;
    bool isComplete() const override;

    QStringList recipients() const;

private:
    static std::optional<QString> checkRecipients(const QString &text);
    void updateNextText();

    std::unique_ptr<Ui::MessagePage> m_ui;
    QList<FieldCheck *> m_checks;
    bool m_recipientsTyped = false; // typed on this page in this session, not remembered
};
