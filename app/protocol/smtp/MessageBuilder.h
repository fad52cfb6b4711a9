#pragma once

#include "model/TestPlan.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

/// Builds the bytes sent after DATA: generated headers (Date, Message-ID, From, To,
/// Subject, MIME) unless the plan gives them, CRLF line ends, dot-stuffing (RFC 5321
/// §4.5.2) and the final ".". A body that is not ASCII is sent as 8bit when the server
/// offers 8BITMIME and as quoted-printable otherwise, so no line ever exceeds 998 octets.
class MessageBuilder
{
public:
    struct Message
    {
        QByteArray wire;          // ready to write, ends with "\r\n.\r\n"
        bool eightBit = false;    // needs BODY=8BITMIME
        bool quotedPrintable = false;
        qint64 size = 0;          // the message size for SIZE=, before dot-stuffing
        QString messageId;
    };

    MessageBuilder(const TestPlan &plan, const QString &ehloName);

    void setDate(const QDateTime &date) { m_date = date; }
    void setMessageId(const QString &id) { m_messageId = id; }

    Message build(bool serverOffers8BitMime) const;

    /// Pure helpers, exposed for tests.
    static QByteArray dotStuff(const QByteArray &crlfText);
    static QByteArray toCrlf(QByteArrayView text);
    static QByteArray encodeHeaderValue(const QString &value);
    static QByteArray quotedPrintable(const QByteArray &crlfText);
    static QString rfc5322Date(const QDateTime &date);

private:
    QByteArray headerBlock(const Message &message) const;

    TestPlan m_plan;
    QString m_ehloName;
    QDateTime m_date;
    QString m_messageId;
};
