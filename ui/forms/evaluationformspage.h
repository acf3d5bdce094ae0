#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;
class QScrollArea;

namespace Juesuan {

class Document;
class EvaluationFormEditor;

// Part 六 附件: the list of self-evaluation forms (the 部门整体 form first, then one per
// project) beside the editor of the selected form. Adding, removing and reordering forms
// are undoable commands.
class EvaluationFormsPage : public QWidget
{
    Q_OBJECT
public:
    explicit EvaluationFormsPage(Document *document, QWidget *parent = nullptr);

    EvaluationFormEditor *editor() const { return m_editor; }
    int currentForm() const;
    void setCurrentForm(int index);

public slots:
    void addProject();
    void addOverallForm();
    void removeCurrentForm();
    void moveCurrentForm(int delta);

private:
    void refreshList();
    void updateButtons();

    Document *m_document;
    QListWidget *m_list;
    QScrollArea *m_scroll;
    EvaluationFormEditor *m_editor;
    QPushButton *m_addProject;
    QPushButton *m_addOverall;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    bool m_updating = false;
};

} // namespace Juesuan
