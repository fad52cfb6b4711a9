#pragma once

#include "pages/RequestPage.h"

#include <memory>

namespace Ui { class ConnectionPage; }
class FieldCheck;

/// Page 3: port, security, EHLO name, waiting times, IP family and an extra CA file.
/// Its defaults follow the choice made on the first page until the user changes them.
class ConnectionPage : public RequestPage
{
    Q_OBJECT
public:
    explicit ConnectionPage(QWidget *parent = nullptr);
    ~ConnectionPage() override;

    void prefill(const PlanRequest &request) override;
    void applyTo(PlanRequest &request) const override;
    QList<Plan::Field> fields() const override { return {Plan::Field::Port, Plan::Field::Security, Plan::Field::EhloName, Plan::Field::CaFile, Plan::Field::Timeouts}; }
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    TestPlan::Security security() const;

private:
    void applyModeDefaults();
    void browseCaFile();
    std::optional<int> portNamedByServer() const;

    std::unique_ptr<Ui::ConnectionPage> m_ui;
    FieldCheck *m_ehloCheck;
    FieldCheck *m_caCheck;
    QString m_defaultsFor; // mode (+ port choice) the current defaults were made for
};
