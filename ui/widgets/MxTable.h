#pragma once

#include "model/DnsFindings.h"

#include <QTableWidget>

/// The mail servers of a domain as found: preference, host, addresses, reverse DNS.
class MxTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit MxTable(QWidget *parent = nullptr);
    void setFindings(const DnsFindings &findings);
    void clearFindings();
};
