#include "chartview.h"

#include "chartseries.h"
#include "document.h"
#include "filewriter.h"
#include "reportchart.h"

#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QBuffer>
#include <QVBoxLayout>

namespace Juesuan {

ChartView::ChartView(Document *document, int figure, QWidget *parent)
    : QWidget(parent), m_document(document), m_figure(figure)
{
    m_chart = ReportChart::create(ChartSeries::figure(*document, figure));
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setBackgroundBrush(Qt::white);
    m_view->setContextMenuPolicy(Qt::NoContextMenu); // ours, on the page
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setObjectName(QStringLiteral("chartView%1").arg(figure));

    // Every signal that can change the figure's numbers or labels (the year).
    connect(document, &Document::cellsChanged, this, &ChartView::refresh);
    connect(document, &Document::rowsChanged, this, &ChartView::refresh);
    connect(document, &Document::figuresChanged, this, &ChartView::refresh);
    connect(document, &Document::metadataChanged, this, &ChartView::refresh);
    connect(document, &Document::documentReset, this, &ChartView::refresh);
}

QString ChartView::title() const
{
    return m_chart->title();
}

void ChartView::refresh()
{
    if (m_document)
        ReportChart::fill(m_chart, ChartSeries::figure(*m_document, m_figure));
}

QSize ChartView::exportSize() const
{
    // The published figures are about half an A4 text width wide.
    return QSize(640, 400);
}

bool ChartView::savePng(const QString &path, QString *error) const
{
    if (!m_document)
        return false;
    const QImage image = ReportChart::toImage(*m_document, m_figure, exportSize());
    // Encoded in memory, then written whole or not at all, like every other file we write.
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    if (!image.save(&png, "PNG")) {
        if (error)
            *error = tr("Cannot write %1").arg(path);
        return false;
    }
    return FileWriter::save(path, png.data(), error);
}

bool ChartView::saveSvg(const QString &path, QString *error) const
{
    if (!m_document)
        return false;
    return FileWriter::save(path, ReportChart::toSvg(*m_document, m_figure, exportSize()), error);
}

void ChartView::saveAs(bool svg)
{
    const QString filter = svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString path = QFileDialog::getSaveFileName(this, svg ? tr("Save Figure as SVG") : tr("Save Figure as PNG"),
                                                title().section(QChar(0xFF1A), 0, 0) + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    QString error;
    if (!(svg ? saveSvg(path, &error) : savePng(path, &error)))
        QMessageBox::warning(this, tr("Save Figure"), error);
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Save as PNG…"), this, [this] { saveAs(false); });
    menu.addAction(tr("Save as SVG…"), this, [this] { saveAs(true); });
    menu.exec(event->globalPos());
}

} // namespace Juesuan
