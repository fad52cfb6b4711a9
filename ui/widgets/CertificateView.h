#pragma once

#include "model/TlsInfo.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

/// The TLS session of an attempt: protocol and cipher, whether it verified, and each
/// certificate of the server's chain with its verification errors.
class CertificateView : public QWidget
{
    Q_OBJECT
public:
    explicit CertificateView(QWidget *parent = nullptr);
    void setTlsInfo(const TlsInfo &tls, const QString &host);

private:
    QLabel *m_summary;
    QTreeWidget *m_tree;
};
