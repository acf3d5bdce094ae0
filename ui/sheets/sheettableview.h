#pragma once

#include <QTableView>

namespace Juesuan {

// The grid of a SheetView with spreadsheet keys: typing starts an edit, Enter commits and
// moves down, Tab moves right (Shift reverses), and copy, cut, paste and clear are handed
// to the owner as requests even when the window has the same shortcuts.
class SheetTableView : public QTableView
{
    Q_OBJECT
public:
    explicit SheetTableView(QWidget *parent = nullptr);

    // Called when the model refused the value being committed: the cursor stays put.
    void noteRefusedCommit() { m_commitRefused = true; }

signals:
    void copyRequested();
    void cutRequested();
    void pasteRequested();
    void clearRequested();
    // Typing on a cell that cannot be edited (computed, or a label): the owner says why.
    void typingRefused(const QModelIndex &index, const QString &text);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyboardSearch(const QString &search) override;
    void commitData(QWidget *editor) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    enum class Request { None, Copy, Cut, Paste, Clear };
    static Request requestFor(const QKeyEvent *event);
    void step(CursorAction action);

    bool m_commitRefused = false;
};

} // namespace Juesuan
