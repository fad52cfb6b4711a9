#include "pdf/PdfReport.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

QPageSize PdfReport::pageSizeFor(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::Panama:
    case QLocale::PuertoRico:
    case QLocale::Venezuela:
    case QLocale::Philippines:
        return QPageSize(QPageSize::Letter);
    default:
        break;
    }
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter)
                                                                    : QPageSize(QPageSize::A4);
}

int PdfReport::write(const QString &html, const QString &title, QIODevice *device, const QLocale &locale)
{
    QPdfWriter writer(device);
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(u"SMTP Wizard"_s);
    writer.setPageLayout(QPageLayout(pageSizeFor(locale), QPageLayout::Portrait, QMarginsF(15, 15, 15, 12),
                                     QPageLayout::Millimeter));

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    document.setHtml(html);

    // The paint rect excludes the margins; keep a strip at its bottom for the page number.
    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal footer = writer.resolution() * 0.3; // 0.3 inch
    const QSizeF body(page.width(), page.height() - footer);
    document.setPageSize(body);

    QPainter painter(&writer);
    QFont footerFont = font;
    footerFont.setPointSizeF(7.5);
    const int pages = document.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * body.height());
        document.drawContents(&painter, QRectF(QPointF(0, i * body.height()), body));
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x66, 0x66, 0x66));
        const QRectF strip(0, body.height(), body.width(), footer);
        painter.drawText(strip, Qt::AlignLeft | Qt::AlignBottom, title);
        painter.drawText(strip, Qt::AlignRight | Qt::AlignBottom, tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
    painter.end();
    return pages;
}
