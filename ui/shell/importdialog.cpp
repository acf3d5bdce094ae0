#include "importdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Juesuan {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;  // "TT!row@col" of a difference
constexpr int NameRole = Qt::UserRole + 2; // the section's name
} // namespace

ImportDialog::ImportDialog(const ImportSummary &summary, QWidget *parent)
    : QDialog(parent), m_headline(new QLabel(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Workbook"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QString file = QFileInfo(summary.source).fileName();
    if (!summary.imported)
        m_headline->setText(tr("Nothing was imported; the document is unchanged.\n%1").arg(summary.error));
    else if (summary.differences.isEmpty())
        m_headline->setText(tr("Imported %1 tables from %2 (%3 amounts). Every total in the workbook equals "
                               "what Juesuan computes. Undo reverses the whole import.")
                                    .arg(summary.tables.size()).arg(file).arg(summary.cellsRead));
    else
        m_headline->setText(tr("Imported %1 tables from %2 (%3 amounts). %4 totals in the workbook differ from "
                               "what Juesuan computes from its figures: double-click one to see its cell. "
                               "Undo reverses the whole import.")
                                    .arg(summary.tables.size()).arg(file).arg(summary.cellsRead)
                                    .arg(summary.differences.size()));

    m_list->setObjectName(QStringLiteral("importList"));
    m_list->setHeaderHidden(true);
    m_list->setColumnCount(1);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const auto addSection = [this](const QString &name, const QString &title, int count) {
        auto *item = new QTreeWidgetItem(m_list, {title.arg(count)});
        item->setData(0, NameRole, name);
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        item->setExpanded(true);
        return item;
    };
    if (!summary.differences.isEmpty()) {
        QTreeWidgetItem *s = addSection(QStringLiteral("differences"), tr("Differences (%1)"), int(summary.differences.size()));
        for (const ImportDifference &d : summary.differences) {
            auto *item = new QTreeWidgetItem(s, {d.message});
            item->setData(0, KeyRole, d.key.toString());
            item->setToolTip(0, tr("Double-click to show this cell in its table"));
        }
    }
    if (!summary.tables.isEmpty()) {
        QTreeWidgetItem *s = addSection(QStringLiteral("tables"), tr("Tables found (%1)"), int(summary.tables.size()));
        for (const ImportSummary::Table &t : summary.tables)
            new QTreeWidgetItem(s, {tr("%1 %2: sheet “%3” %4, %5%6, %7 amounts")
                                            .arg(t.code, t.title, t.sheet, t.range, t.unit,
                                                 t.unitFound ? QString() : tr(" (assumed)"))
                                            .arg(t.cells)});
    }
    if (!summary.skipped.isEmpty()) {
        QTreeWidgetItem *s = addSection(QStringLiteral("skipped"), tr("Skipped (%1)"), int(summary.skipped.size()));
        for (const ImportIssue &i : summary.skipped)
            new QTreeWidgetItem(s, {i.place + QStringLiteral(": ") + i.reason});
    }
    if (!summary.notes.isEmpty()) {
        QTreeWidgetItem *s = addSection(QStringLiteral("notes"), tr("Notes (%1)"), int(summary.notes.size()));
        for (const QString &n : summary.notes)
            new QTreeWidgetItem(s, {n});
    }
    m_list->setVisible(m_list->topLevelItemCount() > 0);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(760, 480);
}

QTreeWidgetItem *ImportDialog::section(const QString &name) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, NameRole).toString() == name)
            return m_list->topLevelItem(i);
    return nullptr;
}

void ImportDialog::activate(QTreeWidgetItem *item)
{
    const CellKey key = CellKey::fromString(item ? item->data(0, KeyRole).toString() : QString());
    if (key.isValid())
        emit cellRequested(key.table, key);
}

} // namespace Juesuan
