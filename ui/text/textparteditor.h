#pragma once

#include "document.h"

#include <QPlainTextEdit>
#include <QPointer>

namespace Juesuan {



// Edits one text part of the document (Document::text keys: duties, organization, keyWork,
// glossary, reason.<id>). Typing pushes Document::setText, so the edit joins the document's
// undo history (consecutive edits of one key merge into one step); the widget's own undo is
// off and Ctrl+Z/Ctrl+Y go to the document's stack. Changes made by undo or by others show
// up here with the cursor kept where the change happened.
class TextPartEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    TextPartEditor(Document *document, const QString &key, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    // Selects `length` characters from `offset` (the words an audit finding is about), scrolls
    // them into view and takes the focus. False when the text has no such range.
    bool selectWords(int offset, int length);
    Document *document() const { return m_document; }

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void pushEdit();
    void showDocumentText();

    QPointer<Document> m_document;
    QString m_key;
    bool m_updating = false;
};

} // namespace Juesuan
