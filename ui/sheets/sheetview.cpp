#include "sheetview.h"

#include "addrowwidget.h"
#include "amountdelegate.h"
#include "bandedheaderview.h"
#include "cellmessage.h"
#include "document.h"
#include "fonts.h"
#include "printedvalues.h"
#include "sheetmodel.h"
#include "sheettableview.h"
#include "yearlabel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Juesuan {

namespace {

// Rows measured for column widths: enough for any published table, cheap for huge ones.
constexpr int measuredRows = 400;

// Average of `count` amounts in 0.01 万元, rounded once, half away from zero.
Money average(qint64 sumFen, qint64 count)
{
    const qint64 unit = Money::fenPerWanyuan / 100;
    const qint64 den = count * unit;
    const qint64 magnitude = sumFen < 0 ? -sumFen : sumFen;
    qint64 q = magnitude / den;
    if (2 * (magnitude % den) >= den)
        ++q;
    return Money::fromFen((sumFen < 0 ? -q : q) * unit);
}

} // namespace

SheetView::SheetView(Document *document, const QString &tableId, QWidget *parent)
    : QWidget(parent), m_document(document), m_tableId(tableId),
      m_model(new SheetModel(document, tableId, this)), m_table(new SheetTableView(this)),
      m_header(new BandedHeaderView(m_table)), m_title(new QLabel(this)), m_code(new QLabel(this)),
      m_department(new QLabel(this)), m_unit(new QLabel(this)), m_notes(new QLabel(this))
{
    const TableTemplate &t = m_model->tableTemplate();
    auto *layout = new QVBoxLayout(this);

    m_title->setAlignment(Qt::AlignCenter);
    m_title->setFont(Fonts::heading(14));
    m_title->setWordWrap(true);
    m_code->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_title);
    layout->addWidget(m_code);
    auto *meta = new QHBoxLayout;
    meta->addWidget(m_department, 1);
    m_unit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    meta->addWidget(m_unit);
    layout->addLayout(meta);

    if (t.isCodeList()) {
        m_addRow = new AddRowWidget(document, tableId, this);
        layout->addWidget(m_addRow);
        connect(m_addRow, &AddRowWidget::statusMessage, this, &SheetView::statusMessage);
        connect(m_addRow, &AddRowWidget::removeRequested, this, &SheetView::removeCurrentItemRow);
        connect(m_addRow, &AddRowWidget::itemAdded, this, [this](const QString &code) {
            const QStringList cols = m_model->tableTemplate().amountColumns();
            if (!cols.isEmpty())
                selectCell(CellKey{m_tableId, code, cols.size() > 1 ? cols.at(1) : cols.first()});
        });
    }

    m_table->setModel(m_model);
    m_table->setHorizontalHeader(m_header);
    m_header->setBands(t.header(), t.headerRowCount());
    m_table->setItemDelegate(new AmountDelegate(m_table));
    m_table->verticalHeader()->hide(); // the grid has its own 行次 and code columns
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setWordWrap(false);
    m_table->setFont(Fonts::body(10.5));
    m_table->verticalHeader()->setMinimumSectionSize(1);
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(m_table->font()).height() + 8);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_table, 1);
    m_cellMessage = new CellMessage(m_table);

    if (t.isCodeList() && !t.emptyNote().isEmpty()) {
        m_emptyNote = new QLabel(t.emptyNote(), this);
        m_emptyNote->setWordWrap(true);
        layout->addWidget(m_emptyNote);
    }
    // The computed cells the last paste found different from the block, each a way to its cell.
    m_pastePanel = new QWidget(this);
    auto *panel = new QVBoxLayout(m_pastePanel);
    panel->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_pasteTitle = new QLabel(m_pastePanel);
    m_pasteTitle->setWordWrap(true);
    bar->addWidget(m_pasteTitle, 1);
    auto *close = new QToolButton(m_pastePanel);
    close->setText(tr("Close"));
    close->setToolTip(tr("Close the list of differences"));
    bar->addWidget(close);
    panel->addLayout(bar);
    m_pasteReport = new QListWidget(m_pastePanel);
    m_pasteReport->setObjectName(QStringLiteral("pasteReport"));
    m_pasteReport->setMaximumHeight(QFontMetrics(m_pasteReport->font()).height() * 7);
    panel->addWidget(m_pasteReport);
    m_pastePanel->hide();
    layout->addWidget(m_pastePanel);
    connect(close, &QToolButton::clicked, m_pastePanel, &QWidget::hide);
    connect(m_pasteReport, &QListWidget::itemActivated, this, &SheetView::goToReported);
    connect(m_pasteReport, &QListWidget::itemClicked, this, &SheetView::goToReported);

    // The notes as the report prints them: the 尾数误差 sentence goes when the printed values
    // balance (PrintedValues::notes). Balancing may solve again after an edit, so the notes
    // follow once the edits settle, not per keystroke.
    m_notes->setObjectName(QStringLiteral("tableNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_notes);
    m_notesTimer = new QTimer(this);
    m_notesTimer->setSingleShot(true);
    m_notesTimer->setInterval(300);
    connect(m_notesTimer, &QTimer::timeout, this, &SheetView::updateNotes);
    for (auto signal : {&Document::metadataChanged, &Document::documentReset, &Document::editionChanged})
        connect(document, signal, m_notesTimer, qOverload<>(&QTimer::start));
    connect(document, &Document::cellsChanged, m_notesTimer, qOverload<>(&QTimer::start));
    connect(document, &Document::rowsChanged, m_notesTimer, qOverload<>(&QTimer::start));
    updateNotes();

    applySpans(0, m_model->rowCount() - 1);
    resizeColumns();
    updateHeading();

    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { applySpans(first, last); updateHeading(); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { updateHeading(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->clearSpans();
        applySpans(0, m_model->rowCount() - 1);
        resizeColumns();
        updateHeading();
    });
    connect(m_model, &SheetModel::editRefused, this, &SheetView::showRefusal);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SheetView::scheduleSummary);
    connect(document, &Document::metadataChanged, this, &SheetView::updateHeading);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SheetView::updateSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &SheetView::updateRemoveAction);
    connect(m_table, &SheetTableView::copyRequested, this, &SheetView::copy);
    connect(m_table, &SheetTableView::cutRequested, this, &SheetView::cut);
    connect(m_table, &SheetTableView::pasteRequested, this, &SheetView::paste);
    connect(m_table, &SheetTableView::clearRequested, this, &SheetView::clearSelectedCells);
    connect(m_table, &SheetTableView::typingRefused, this, [this](const QModelIndex &index, const QString &text) {
        m_model->setData(index, text); // refused by the model, which says why (editRefused)
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &SheetView::showContextMenu);
    setFocusProxy(m_table);
}

QString SheetView::tableId() const
{
    return m_tableId;
}

QTableView *SheetView::tableView() const
{
    return m_table;
}

bool SheetView::selectCell(const CellKey &key)
{
    const QModelIndex index = m_model->indexOf(key);
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->setFocus();
    return true;
}

void SheetView::applySpans(int firstRow, int lastRow)
{
    if (lastRow < firstRow)
        return;
    for (const QRect &s : m_model->spans(firstRow, lastRow))
        m_table->setSpan(s.y(), s.x(), s.height(), s.width());
}

void SheetView::resizeColumns()
{
    // Widths from what the columns hold: names wide, 行次 narrow, amounts room for
    // "000,000.00"; spanned captions and codes share their columns.
    const QFontMetrics body(m_table->font());
    const QFontMetrics head(m_header->font());
    const int pad = 2 * body.horizontalAdvance(QLatin1Char(' ')) + 8;
    const int amountWidth = body.horizontalAdvance(QStringLiteral("0,000,000.00")) + pad;
    const int maxWidth = body.horizontalAdvance(QString(18, QChar(0x4E00))) + pad;
    const int columns = m_model->columnCount();
    QList<int> widths(columns, body.horizontalAdvance(QStringLiteral("000")) + pad);
    for (const GridCell &g : m_model->tableTemplate().header())
        if (g.colSpan == 1 && g.col < columns) {
            // Up to four characters on a line; longer captions wrap.
            const QString text = g.text.trimmed();
            widths[g.col] = qMax(widths[g.col], head.horizontalAdvance(text.left(4)) + pad);
        }
    const int rows = qMin(m_model->rowCount(), measuredRows);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            const GridCell *g = m_model->cellAt(r, c);
            if (!g || g->colSpan != 1)
                continue;
            int w = 0;
            if (g->kind == GridCell::Kind::Amount)
                w = qMax(amountWidth, body.horizontalAdvance(m_model->index(r, c).data().toString()) + pad);
            else
                w = body.horizontalAdvance(m_model->index(r, c).data().toString()) + pad;
            widths[c] = qMax(widths[c], qMin(w, maxWidth));
        }
    if (m_model->tableTemplate().isCodeList())
        for (const QString &col : m_model->tableTemplate().amountColumns())
            widths[m_model->tableTemplate().amountGridColumn(col)] =
                    qMax(widths[m_model->tableTemplate().amountGridColumn(col)], amountWidth);
    for (int c = 0; c < columns; ++c)
        m_table->setColumnWidth(c, widths.at(c));
}

void SheetView::updateHeading()
{
    const TableTemplate &t = m_model->tableTemplate();
    const Metadata &m = m_document->metadata();
    // The heading reproduces the published table's own text (report content, not UI text).
    m_title->setText(m.year > 0 ? yearLabel(m.year) + t.title() : t.title());
    m_code->setText(t.code());
    m_department->setText(QStringLiteral("部门：") + m.department);
    m_unit->setText(QStringLiteral("金额单位：") + m.amountUnit);
    if (m_emptyNote)
        m_emptyNote->setVisible(m_document->itemRows(m_tableId).isEmpty());
}

void SheetView::updateNotes()
{
    const QStringList notes = m_document->printed().notes(m_model->tableTemplate());
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
}

void SheetView::scheduleSummary()
{
    // Values under the selection changed: recount once after the edit's signals settle.
    if (m_summaryPending || !m_table->selectionModel()->hasSelection())
        return;
    m_summaryPending = true;
    QTimer::singleShot(0, this, &SheetView::updateSummary);
}

void SheetView::updateSummary()
{
    m_summaryPending = false;
    qint64 sum = 0;
    qint64 count = 0;
    for (const QModelIndex &i : m_table->selectionModel()->selectedIndexes()) {
        const CellKey key = m_model->cellKey(i);
        if (!key.isValid())
            continue;
        const Money v = m_document->value(key);
        if (v.isBlank())
            continue; // like a spreadsheet, blank cells are not counted
        sum += v.fen();
        ++count;
    }
    QString summary;
    if (count > 0)
        summary = tr("Sum: %1  Count: %2  Average: %3")
                          .arg(Money::fromFen(sum).toWanyuan(), QString::number(count),
                               average(sum, count).toWanyuan());
    if (summary != m_summary) {
        m_summary = summary;
        emit selectionSummaryChanged(summary);
    }
}

void SheetView::updateRemoveAction()
{
    if (!m_addRow)
        return;
    const QModelIndex current = m_table->currentIndex();
    m_addRow->setRemoveEnabled(current.isValid() && m_model->rowLevel(current.row()) == 3);
}

void SheetView::showRefusal(const QModelIndex &index, const QString &reason)
{
    m_table->noteRefusedCommit();
    emit statusMessage(reason);
    // Also at the cell, where the user is looking; the old value stays.
    if (index.isValid()) {
        m_table->scrollTo(index);
        m_cellMessage->showAt(index, reason);
    }
}

QString SheetView::clipboardFormat()
{
    return QStringLiteral("application/x-juesuan-cells");
}

QRect SheetView::selectedRect() const
{
    const QItemSelection selection = m_table->selectionModel()->selection();
    QRect rect;
    for (const QItemSelectionRange &range : selection)
        rect |= QRect(QPoint(range.left(), range.top()), QPoint(range.right(), range.bottom()));
    if (rect.isNull() && m_table->currentIndex().isValid())
        rect = QRect(m_table->currentIndex().column(), m_table->currentIndex().row(), 1, 1);
    return rect;
}

void SheetView::copy()
{
    const QRect rect = selectedRect();
    if (rect.isNull())
        return;
    QString text;
    for (int r = rect.top(); r <= rect.bottom(); ++r) {
        QStringList cells;
        for (int c = rect.left(); c <= rect.right(); ++c) {
            const QModelIndex i = m_model->index(r, c);
            // Amounts exact and without separators, so a paste brings back the same values.
            cells.append(m_model->cellAt(r, c) ? i.data(Qt::EditRole).toString() : QString());
        }
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    // The marker says the amounts are in 万元, whatever the paste unit is set to.
    auto *mime = new QMimeData;
    mime->setText(text);
    mime->setData(clipboardFormat(), QByteArrayLiteral("万元"));
    QApplication::clipboard()->setMimeData(mime);
}

void SheetView::cut()
{
    copy();
    const QString message = clearCells(tr("Cut"));
    if (!message.isEmpty())
        emit statusMessage(message);
}

bool SheetView::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    const bool ours = mime && mime->hasFormat(clipboardFormat());
    return pasteText(QApplication::clipboard()->text(), ours ? Money::Unit::Wanyuan : m_pasteUnit);
}

bool SheetView::pasteText(const QString &text, Money::Unit unit)
{
    const QRect selection = selectedRect();
    if (selection.isNull()) {
        emit statusMessage(tr("Paste: select the cell where the block should start"));
        return false;
    }
    m_cellMessage->hide(); // a refusal from before is no longer the news
    const BlockPaste::Result result = BlockPaste::paste(m_document, m_tableId, selection, text, unit, tr("Paste"));
    if (!result.ok) {
        const QModelIndex where = result.errorRow >= 0 ? m_model->index(result.errorRow, result.errorColumn)
                                                       : m_model->index(selection.top(), selection.left());
        showRefusal(where, tr("Paste refused at %1").arg(result.error));
        return false;
    }
    const QRect area = result.area;
    m_table->selectionModel()->select(QItemSelection(m_model->index(area.top(), area.left()),
                                                     m_model->index(area.bottom(), area.right())),
                                      QItemSelectionModel::ClearAndSelect);
    showPasteReport(result);
    QString message = result.summary();
    if (unit == Money::Unit::Yuan)
        message += tr(" (amounts read in 元)");
    emit statusMessage(message);
    return true;
}

void SheetView::showPasteReport(const BlockPaste::Result &result)
{
    m_pasteReport->clear();
    if (result.differences.isEmpty()) {
        m_pastePanel->hide(); // all agree: nothing is said
        return;
    }
    m_pasteTitle->setText(tr("The block pasted does not agree with %n computed cells; "
                             "click one (or press Enter) to go to it:",
                             nullptr, int(result.differences.size())));
    for (const BlockPaste::Difference &d : result.differences) {
        auto *item = new QListWidgetItem(d.message, m_pasteReport);
        item->setData(Qt::UserRole, QVariant::fromValue(d.key));
    }
    m_pasteReport->setCurrentRow(0);
    m_pastePanel->show();
}

void SheetView::goToReported(QListWidgetItem *item)
{
    if (item)
        selectCell(item->data(Qt::UserRole).value<CellKey>());
}

QString SheetView::clearCells(const QString &actionText)
{
    QList<QPair<CellKey, Money>> changes;
    int computed = 0;
    for (const QModelIndex &i : m_table->selectionModel()->selectedIndexes()) {
        const CellKey key = m_model->cellKey(i);
        if (!key.isValid())
            continue;
        if (m_document->isComputed(key))
            ++computed;
        else
            changes.append({key, Money()});
    }
    if (changes.isEmpty())
        return computed > 0 ? tr("Nothing cleared: the %n selected amount cells are computed", nullptr, computed)
                            : QString();
    QString error;
    if (!m_document->setCells(changes, actionText, &error))
        return error;
    if (computed > 0)
        return tr("Cleared %1 input cells; %n computed cells were left as they are", nullptr, computed)
                .arg(changes.size());
    return QString();
}

void SheetView::clearSelectedCells()
{
    const QString message = clearCells(tr("Clear"));
    if (!message.isEmpty())
        emit statusMessage(message);
}

bool SheetView::removeCurrentItemRow()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_model->tableTemplate().isCodeList() || m_model->rowLevel(current.row()) != 3) {
        emit statusMessage(tr("Select an item (项) row to remove; 类 and 款 rows go with their last item"));
        return false;
    }
    const QString code = m_model->rowKey(current.row());
    const int column = current.column();
    QString error;
    if (!m_document->removeItemRow(m_tableId, code, &error)) {
        emit statusMessage(error);
        return false;
    }
    // Stay near where the row was.
    const int row = qMin(current.row(), m_model->rowCount() - 1);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, column));
    emit statusMessage(tr("Removed %1 %2").arg(code, m_document->rowName(m_tableId, code)));
    return true;
}

void SheetView::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    const auto add = [&menu](const QString &text, const QKeySequence &keys) {
        QAction *a = menu.addAction(text);
        a->setShortcut(keys);
        return a;
    };
    connect(add(tr("Copy"), QKeySequence::Copy), &QAction::triggered, this, &SheetView::copy);
    connect(add(tr("Cut"), QKeySequence::Cut), &QAction::triggered, this, &SheetView::cut);
    connect(add(tr("Paste"), QKeySequence::Paste), &QAction::triggered, this, &SheetView::paste);
    connect(add(tr("Clear"), QKeySequence::Delete), &QAction::triggered, this, &SheetView::clearSelectedCells);
    if (m_addRow) {
        menu.addSeparator();
        QAction *remove = add(tr("Remove item row"), QKeySequence());
        connect(remove, &QAction::triggered, this, &SheetView::removeCurrentItemRow);
        const QModelIndex current = m_table->currentIndex();
        remove->setEnabled(current.isValid() && m_model->rowLevel(current.row()) == 3);
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace Juesuan
