#include "textparteditor.h"

#include "document.h"
#include "fonts.h"

#include <QKeyEvent>
#include <QUndoStack>

namespace Juesuan {

TextPartEditor::TextPartEditor(Document *document, const QString &key, QWidget *parent)
    : QPlainTextEdit(parent), m_document(document), m_key(key)
{
    setObjectName(QStringLiteral("textPart_") + key);
    setUndoRedoEnabled(false); // the document's stack is the only undo history
    setFont(Fonts::body(12));
    showDocumentText();
    connect(this, &QPlainTextEdit::textChanged, this, &TextPartEditor::pushEdit);
    connect(document, &Document::textChanged, this, [this](const QString &changed) {
        if (changed == m_key)
            showDocumentText();
    });
    connect(document, &Document::documentReset, this, &TextPartEditor::showDocumentText);
}

void TextPartEditor::pushEdit()
{
    if (m_updating || !m_document)
        return;
    m_updating = true; // our own edit comes back as Document::textChanged
    m_document->setText(m_key, toPlainText());
    m_updating = false;
}

void TextPartEditor::showDocumentText()
{
    if (m_updating || !m_document)
        return;
    const QString now = m_document->text(m_key);
    const QString shown = toPlainText();
    if (now == shown)
        return; // typing: the document already has what the widget shows
    // Undo or another editor changed the text: put the cursor at the end of the change.
    int prefix = 0;
    const int common = int(qMin(now.size(), shown.size()));
    while (prefix < common && now.at(prefix) == shown.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < common - prefix && now.at(now.size() - 1 - suffix) == shown.at(shown.size() - 1 - suffix))
        ++suffix;
    m_updating = true;
    setPlainText(now);
    QTextCursor c = textCursor();
    c.setPosition(int(now.size()) - suffix);
    setTextCursor(c);
    m_updating = false;
}

bool TextPartEditor::selectWords(int offset, int length)
{
    if (offset < 0 || length < 0 || offset + length > toPlainText().size())
        return false;
    QTextCursor c = textCursor();
    c.setPosition(offset);
    c.setPosition(offset + length, QTextCursor::KeepAnchor);
    setTextCursor(c);
    ensureCursorVisible();
    setFocus();
    return true;
}

bool TextPartEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *ke = static_cast<QKeyEvent *>(event);
        // QPlainTextEdit claims the undo keys for its own (disabled) history; let the window's
        // Undo/Redo actions have them.
        if (ke->matches(QKeySequence::Undo) || ke->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void TextPartEditor::keyPressEvent(QKeyEvent *event)
{
    // Reached only when no window action took the keys (e.g. the editor on its own).
    if (m_document && event->matches(QKeySequence::Undo)) {
        m_document->undoStack()->undo();
        return;
    }
    if (m_document && event->matches(QKeySequence::Redo)) {
        m_document->undoStack()->redo();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace Juesuan
