#include "chartobject.h"

#include "reportchart.h"

#include <QAbstractTextDocumentLayout>
#include <QGraphicsScene>
#include <QPaintDevice>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace Juesuan {

namespace {
enum Property { Figure = QTextFormat::UserProperty + 1, WidthMm, HeightMm };

qreal dpiOf(QTextDocument *doc)
{
    const QPaintDevice *device = doc->documentLayout()->paintDevice();
    return device ? device->logicalDpiY() : 96;
}
} // namespace

ChartObject::ChartObject(const Document &document, QObject *parent) : QObject(parent), m_document(document) { }

ChartObject::~ChartObject() = default;

void ChartObject::insert(QTextCursor &cursor, const Document &document, int figure, qreal widthMm, qreal heightMm)
{
    QAbstractTextDocumentLayout *layout = cursor.document()->documentLayout();
    if (!layout->handlerForObject(objectType))
        layout->registerHandler(objectType, new ChartObject(document, layout));
    QTextCharFormat f;
    f.setObjectType(objectType);
    f.setProperty(Figure, figure);
    f.setProperty(WidthMm, widthMm);
    f.setProperty(HeightMm, heightMm);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), f);
}

// Inline objects are sized in device pixels, unlike the document's other lengths.
QSizeF ChartObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const qreal perMm = dpiOf(doc) / 25.4;
    return QSizeF(format.doubleProperty(WidthMm) * perMm, format.doubleProperty(HeightMm) * perMm);
}

void ChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int,
                             const QTextFormat &format)
{
    // QtCharts lays a chart out in 96-dpi units; draw it at that size, scaled onto the page.
    const qreal scale = dpiOf(doc) / 96.0;
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(scale, scale);
    const int figure = format.intProperty(Figure);
    const QRectF target(QPointF(0, 0), rect.size() / scale);
    std::unique_ptr<QGraphicsScene> &chart = m_charts[figure];
    if (!chart)
        chart = ReportChart::scene(m_document, figure, target.size());
    chart->render(painter, target, chart->sceneRect(), Qt::IgnoreAspectRatio);
    painter->restore();
}

} // namespace Juesuan
