#pragma once

#include <QTableView>

namespace Juesuan {

// A table view as tall as its rows, for tables that sit inside a scrolled page (the
// indicator tree of a form, the 重点工作 table): rows fit their wrapped text and the view
// never shows a vertical scroll bar of its own.
class FittedTableView : public QTableView
{
    Q_OBJECT
public:
    explicit FittedTableView(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model) override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

public slots:
    // Recomputes the row heights and the view's height (after data or width changes).
    void fitRows();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleFit();
    bool m_fitPending = false;
};

} // namespace Juesuan
