#include "reportgrid.h"

#include "document.h"
#include "evaluationforms.h"
#include "richtext.h"
#include "sheetlayout.h"

namespace Juesuan {

const QString &ReportGrid::checkedBox()
{
    static const QString s = QStringLiteral("\u2611");
    return s;
}

const QString &ReportGrid::uncheckedBox()
{
    static const QString s = QStringLiteral("\u2610");
    return s;
}

QString ReportGrid::amount(const Money &value)
{
    return value.toWanyuan(true, 2);
}

ReportGrid ReportGrid::sheet(const Document &document, const TableTemplate &t)
{
    ReportGrid g;
    const SheetLayout layout(document, t.id());
    g.headerRows = t.headerRowCount();
    g.columns = t.columnCount();
    for (const GridCell &h : t.header())
        g.cells.append({h.row, h.col, h.rowSpan, h.colSpan, h.text, Qt::AlignHCenter, false, true});
    int skipped = 0; // rows left out above the current one
    for (int r = 0; r < layout.rowCount(); ++r) {
        if (!document.isPrintedRow(t.id(), layout.row(r).key)) {
            ++skipped; // an added 项 row left empty, and the 类/款 above nothing but such rows
            continue;
        }
        const bool bold = layout.row(r).bold;
        for (const GridCell &b : layout.rowCells(r)) {
            Cell cell{g.headerRows + b.row - skipped, b.col, b.rowSpan, b.colSpan, QString(), Qt::AlignLeft, bold, false};
            switch (b.kind) {
            case GridCell::Kind::Amount:
                cell.text = amount(document.printed().printedValue(b.cell));
                cell.align = Qt::AlignRight;
                break;
            case GridCell::Kind::LineNo:
            case GridCell::Kind::Text:
                cell.text = layout.text(b);
                cell.align = Qt::AlignHCenter;
                break;
            case GridCell::Kind::Code:
            case GridCell::Kind::Name:
                cell.text = layout.text(b);
                break;
            case GridCell::Kind::Empty:
                break;
            }
            g.cells.append(cell);
        }
    }
    g.rows = g.headerRows + layout.rowCount() - skipped;
    return g;
}

ReportGrid ReportGrid::keyWork(const Document &document)
{
    ReportGrid g;
    const QList<KeyWorkItem> &items = document.keyWork();
    g.columns = 4;
    g.headerRows = 1;
    g.rows = int(items.size()) + 1;
    g.widths = {8, 20, 32, 40};
    const QStringList captions = {QStringLiteral("序号"), QStringLiteral("重要事项"),
                                  QStringLiteral("工作内容及目标"), QStringLiteral("完成情况")};
    for (int i = 0; i < captions.size(); ++i)
        g.cells.append({0, i, 1, 1, captions.at(i), Qt::AlignHCenter, false, true});
    for (int i = 0; i < items.size(); ++i) {
        const KeyWorkItem &k = items.at(i);
        g.cells.append({i + 1, 0, 1, 1, QString::number(i + 1), Qt::AlignHCenter, false, false});
        g.cells.append({i + 1, 1, 1, 1, k.item, Qt::AlignLeft, false, false});
        g.cells.append({i + 1, 2, 1, 1, k.content, Qt::AlignLeft, false, false});
        g.cells.append({i + 1, 3, 1, 1, k.result, Qt::AlignLeft, false, false});
    }
    return g;
}


// Laid out as the published forms: six columns (caption, 一级, 二级, 三级指标, 年初目标值,
// 实际完成值), labels and amounts as EvaluationForms prints them, the 一级 and 二级 names of
// neighbouring indicators merged.
ReportGrid ReportGrid::form(const EvaluationForm &f)
{
    using L = EvaluationForms::Label;
    const auto text = [](L l) { return EvaluationForms::label(l); };
    const auto money = [](const Money &m) { return EvaluationForms::printedAmount(m); };
    ReportGrid g;
    g.columns = 6;
    g.widths = {15, 12, 15, 28, 15, 15};
    const bool overall = f.kind == EvaluationForm::Kind::Overall;
    QList<Cell> &cells = g.cells;
    int r = 0;
    const auto label = [&](int row, int col, const QString &t, int rs = 1, int cs = 1) {
        cells.append({row, col, rs, cs, t, Qt::AlignHCenter, false, true});
    };
    const auto value = [&](int row, int col, const QString &t, int cs = 1, Qt::Alignment align = Qt::AlignLeft) {
        cells.append({row, col, 1, cs, t, align, false, false});
    };
    if (overall) {
        label(r, 0, text(L::UnitName));
        value(r++, 1, f.name, 5);
        label(r, 0, text(L::BasicTotal));
        value(r, 1, money(f.basicTotal), 2, Qt::AlignRight);
        label(r, 3, text(L::ProjectTotal));
        value(r++, 4, money(f.projectTotal), 2, Qt::AlignRight);
    } else {
        label(r, 0, text(L::ProjectName));
        value(r++, 1, f.name, 5);
        label(r, 0, text(L::Department));
        value(r, 1, f.department, 2);
        label(r, 3, text(L::Implementer));
        value(r++, 4, f.implementer, 2);
        label(r, 0, text(L::ProjectType));
        const EvaluationForm::ProjectType types[] = {EvaluationForm::ProjectType::Recurring,
                                                     EvaluationForm::ProjectType::Continuing,
                                                     EvaluationForm::ProjectType::OneOff};
        QStringList parts;
        for (int i = 0; i < 3; ++i)
            parts.append(QString::number(i + 1) + QStringLiteral("、") + EvaluationForms::projectTypeLabel(types[i])
                         + QLatin1Char(' ') + (f.projectType == types[i] ? checkedBox() : uncheckedBox()));
        value(r++, 1, parts.join(QStringLiteral("  ")), 5);
        label(r, 0, text(L::Sources));
        QStringList lines;
        for (int i = 0; i < EvaluationForms::sourceCount; ++i)
            lines.append(QString::number(i + 1) + QStringLiteral("、") + EvaluationForms::sourceLabel(i)
                         + QLatin1Char(' ') + (f.sources[i].checked ? checkedBox() : uncheckedBox()) + QStringLiteral("  ")
                         + text(L::SourceAmount) + money(f.sources[i].amount));
        value(r++, 1, lines.join(QLatin1Char('\n')), 5);
    }
    label(r, 0, text(L::Execution), 2);
    value(r, 1, QString(), 2);
    label(r, 3, text(L::Budget));
    label(r, 4, text(L::Executed));
    label(r++, 5, text(L::Rate));
    value(r, 1, EvaluationForms::fundsLabel(f.kind), 2, Qt::AlignHCenter);
    value(r, 3, money(f.budget), 1, Qt::AlignRight);
    value(r, 4, money(f.executed), 1, Qt::AlignRight);
    value(r++, 5, f.executionRate(), 1, Qt::AlignRight);
    if (overall) {
        label(r, 0, text(L::Goal) + QStringLiteral("1："));
        value(r++, 1, RichText::plainText(f.goal), 5);
    }
    const int n = int(f.indicators.size());
    label(r, 0, EvaluationForms::indicatorsLabel(f.kind), n + 1);
    label(r, 1, text(L::Level1));
    label(r, 2, text(L::Level2));
    label(r, 3, text(L::Level3));
    label(r, 4, text(L::Target));
    label(r++, 5, text(L::Actual));
    for (const EvaluationForms::Span &s : EvaluationForms::spans(f.indicators, 1))
        cells.append({r + s.first, 1, s.count, 1, f.indicators.at(s.first).level1, Qt::AlignHCenter, false, false});
    for (const EvaluationForms::Span &s : EvaluationForms::spans(f.indicators, 2))
        cells.append({r + s.first, 2, s.count, 1, f.indicators.at(s.first).level2, Qt::AlignHCenter, false, false});
    for (int i = 0; i < n; ++i) {
        const Indicator &ind = f.indicators.at(i);
        value(r + i, 3, ind.level3);
        value(r + i, 4, ind.target, 1, Qt::AlignHCenter);
        value(r + i, 5, ind.actual, 1, Qt::AlignHCenter);
    }
    r += n;
    label(r, 0, text(L::Deviation));
    value(r++, 1, RichText::plainText(f.deviation), 5);
    label(r, 0, text(L::Improvement));
    value(r++, 1, RichText::plainText(f.improvement), 5);
    g.rows = r;
    return g;
}

} // namespace Juesuan
