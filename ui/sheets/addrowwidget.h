#pragma once

#include <QString>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QStringListModel;
class QToolButton;

namespace Juesuan {

class Document;

// The bar above a code-list table: a field that adds a 项 row by subject code or name,
// completing from the subject catalogue, and a button that removes the selected 项 row.
class AddRowWidget : public QWidget
{
    Q_OBJECT
public:
    AddRowWidget(Document *document, const QString &tableId, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *removeButton() const { return m_remove; }
    void setRemoveEnabled(bool enabled);

    // Adds the 项 named by `text` ("2010350", "2010350 事业运行" or a unique name part).
    // Returns false and emits statusMessage with the reason when it cannot.
    bool addItem(const QString &text);

signals:
    void itemAdded(const QString &code);
    void removeRequested();
    void statusMessage(const QString &message);

private:
    void updateCompletions(const QString &text);
    void refuse(const QString &reason);

    Document *m_document;
    QString m_tableId;
    QLineEdit *m_edit;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    QToolButton *m_remove;
};

} // namespace Juesuan
