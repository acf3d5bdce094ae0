#pragma once

#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;

namespace Juesuan {

class Document;

// A page showing one figure (图1–4) of a document. It redraws whenever the tables, the
// 上年 figures or the metadata change, and its context menu saves the figure as PNG or SVG.
class ChartView : public QWidget
{
    Q_OBJECT
public:
    ChartView(Document *document, int figure, QWidget *parent = nullptr);

    int figure() const { return m_figure; }
    QChart *chart() const { return m_chart; }
    QString title() const;

    bool savePng(const QString &path, QString *error = nullptr) const;
    bool saveSvg(const QString &path, QString *error = nullptr) const;

public slots:
    void refresh();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void saveAs(bool svg);
    QSize exportSize() const;

    QPointer<Document> m_document;
    int m_figure;
    QChartView *m_view;
    QChart *m_chart; // owned by m_view
};

} // namespace Juesuan
