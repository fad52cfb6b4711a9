#include "widgets/CertificateView.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CertificateView::CertificateView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    m_summary->setObjectName(u"certificateSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree->setObjectName(u"certificateTree"_s);
    m_tree->setAccessibleName(tr("Certificate chain"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
}

void CertificateView::setTlsInfo(const TlsInfo &tls, const QString &host)
{
    const QString trust = tls.verified() ? tr("The certificate was verified for %1.").arg(host)
                                         : tr("The certificate could not be verified for %1.").arg(host);
    m_summary->setText(tr("%1, %2 (%3 bits). %4")
                           .arg(tls.protocol, tls.cipher)
                           .arg(tls.cipherBits)
                           .arg(trust));
    m_tree->clear();
    const QLocale locale;
    for (int i = 0; i < tls.peerCertificates.size(); ++i) {
        const CertificateInfo &cert = tls.peerCertificates.at(i);
        auto *top = new QTreeWidgetItem(m_tree, {i == 0 ? tr("Server certificate") : tr("Issuer %1").arg(i), cert.subject});
        auto add = [top](const QString &field, const QString &value) {
            new QTreeWidgetItem(top, {field, value});
        };
        add(tr("Issued by"), cert.issuer);
        add(tr("Names"), cert.subjectAlternativeNames.join(u", "_s));
        add(tr("Valid from"), locale.toString(cert.notBefore, QLocale::ShortFormat));
        add(tr("Valid until"), locale.toString(cert.notAfter, QLocale::ShortFormat));
        add(tr("Serial number"), cert.serialNumber);
        add(tr("SHA-256 fingerprint"), cert.sha256Fingerprint);
        if (cert.selfSigned)
            add(tr("Self-signed"), tr("yes"));
        for (const TlsErrorInfo &error : tls.errors) {
            if (error.certificateIndex == i)
                add(tr("Problem"), error.text);
        }
        top->setExpanded(i == 0);
    }
    for (const TlsErrorInfo &error : tls.errors) {
        if (error.certificateIndex < 0)
            new QTreeWidgetItem(m_tree, {tr("Problem"), error.text});
    }
}
