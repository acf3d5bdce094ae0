#include "sheetview.h"

#include "addrowwidget.h"
#include "amountdelegate.h"
#include "bandedheaderview.h"
#include "document.h"
#include "fonts.h"
#include "sheetmodel.h"
#include "sheettableview.h"
#include "yearlabel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTimer>
#include <QToolTip>
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

QStringList splitClipboardLines(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1); // spreadsheets end a copied block with a line break
    return text.split(QLatin1Char('\n'));
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

    if (t.isCodeList() && !t.emptyNote().isEmpty()) {
        m_emptyNote = new QLabel(t.emptyNote(), this);
        m_emptyNote->setWordWrap(true);
        layout->addWidget(m_emptyNote);
    }
    m_notes->setText(t.notes().join(QLatin1Char('\n')));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setVisible(!t.notes().isEmpty());
    layout->addWidget(m_notes);

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
    if (m_table->isVisible() && index.isValid()) {
        const QRect rect = m_table->visualRect(index);
        QToolTip::showText(m_table->viewport()->mapToGlobal(rect.bottomLeft()), reason, m_table->viewport(), rect);
    }
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
    QApplication::clipboard()->setText(text);
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
    return pasteText(QApplication::clipboard()->text());
}

bool SheetView::pasteText(const QString &text)
{
    const QRect selection = selectedRect();
    if (selection.isNull()) {
        emit statusMessage(tr("Paste: select the cell where the block should start"));
        return false;
    }
    const QModelIndex anchor = m_model->index(selection.top(), selection.left());
    const QStringList lines = splitClipboardLines(text);
    QList<QPair<CellKey, Money>> changes;
    QString reason;
    QModelIndex where = anchor;
    int width = 0;
    for (const QString &line : lines)
        width = qMax(width, int(line.split(QLatin1Char('\t')).size()));
    if (anchor.row() + lines.size() > m_model->rowCount() || anchor.column() + width > m_model->columnCount()) {
        reason = tr("a block of %1 × %2 cells does not fit: it would go past the edge of the table")
                         .arg(lines.size())
                         .arg(width);
    }
    for (int r = 0; reason.isEmpty() && r < lines.size(); ++r) {
        const QStringList cells = lines.at(r).split(QLatin1Char('\t'));
        for (int c = 0; reason.isEmpty() && c < cells.size(); ++c) {
            const QString value = cells.at(c).trimmed();
            where = m_model->index(anchor.row() + r, anchor.column() + c);
            const CellKey key = m_model->cellKey(where);
            if (!key.isValid()) {
                // A label, a code or the inside of a span: fine if the block brings nothing
                // or the same text (a copied block with its row names pasted back).
                if (!value.isEmpty() && value != where.data(Qt::DisplayRole).toString().trimmed())
                    reason = tr("it is not an amount cell and cannot take “%1”").arg(value);
                continue;
            }
            if (m_document->isComputed(key)) {
                if (!value.isEmpty())
                    reason = tr("it is computed from other cells and cannot take “%1”").arg(value);
                continue;
            }
            const Money::ParseResult parsed = Money::parse(value);
            if (!parsed.ok) {
                reason = tr("“%1” is not an amount: %2").arg(value, parsed.error);
                continue;
            }
            changes.append({key, parsed.value});
        }
    }
    QString error;
    if (reason.isEmpty() && !changes.isEmpty() && !m_document->setCells(changes, tr("Paste"), &error))
        reason = error;
    if (!reason.isEmpty()) {
        const QString message = tr("Paste refused at %1: %2").arg(m_model->describe(where), reason);
        showRefusal(where, message);
        return false;
    }
    const QModelIndex last = m_model->index(qMin(anchor.row() + int(lines.size()), m_model->rowCount()) - 1,
                                            qMin(anchor.column() + width, m_model->columnCount()) - 1);
    m_table->selectionModel()->select(QItemSelection(anchor, last), QItemSelectionModel::ClearAndSelect);
    emit statusMessage(tr("Pasted %n cells", nullptr, int(changes.size())));
    return true;
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
