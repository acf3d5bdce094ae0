#pragma once

#include <QWidget>

class QPushButton;

namespace Juesuan {

class Document;
class FittedTableView;
class KeyWorkModel;

// Part 四's 重点工作 table: rows of 重要事项, 工作内容及目标 and 完成情况 numbered in order,
// with buttons to add, remove and reorder rows.
class KeyWorkEditor : public QWidget
{
    Q_OBJECT
public:
    explicit KeyWorkEditor(Document *document, QWidget *parent = nullptr);

    KeyWorkModel *model() const { return m_model; }
    FittedTableView *view() const { return m_view; }

private:
    void apply(int selectRow);
    void updateButtons();

    KeyWorkModel *m_model;
    FittedTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace Juesuan
