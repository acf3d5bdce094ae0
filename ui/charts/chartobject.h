#pragma once

#include <QObject>
#include <QTextObjectInterface>

#include <memory>
#include <unordered_map>

class QGraphicsScene;

class QTextCursor;

namespace Juesuan {

class Document;

// Draws 图1–4 inside the report's QTextDocuments: an inline object whose drawObject()
// renders the figure through ReportChart onto the page's painter, so figures stay vector
// graphics with extractable text in the PDF. Each figure's chart is built once, at its
// first drawing, and drawn again from that scene on every later page pass (a page drawn
// again, a preview repainted).
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int objectType = QTextFormat::UserObject + 1;

    explicit ChartObject(const Document &document, QObject *parent = nullptr);
    ~ChartObject() override;

    // Registers a handler on `text`'s layout (owned by the layout) and inserts figure
    // `figure` at the cursor, `widthMm` × `heightMm` in size.
    static void insert(QTextCursor &cursor, const Document &document, int figure, qreal widthMm, qreal heightMm);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    const Document &m_document;
    std::unordered_map<int, std::unique_ptr<QGraphicsScene>> m_charts; // figure → its chart, 96-dpi units
};

} // namespace Juesuan
