#include "narrativeview.h"

#include "chartseries.h"
#include "document.h"
#include "fonts.h"
#include "narrative.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Juesuan {

NarrativeView::NarrativeView(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("narrativeView"));
    m_text = new QTextBrowser;
    m_text->setObjectName(QStringLiteral("narrativeText"));
    m_text->setOpenLinks(false);
    m_text->document()->setDefaultFont(Fonts::body(11));

    m_reasons = new QWidget;
    m_form = new QFormLayout(m_reasons);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_reasons);

    auto *reasonsPane = new QWidget;
    auto *reasonsLayout = new QVBoxLayout(reasonsPane);
    reasonsLayout->setContentsMargins(0, 0, 0, 0);
    auto *caption = new QLabel(tr("Reasons and descriptions (the figures around them are computed from the tables)"));
    caption->setWordWrap(true);
    reasonsLayout->addWidget(caption);
    reasonsLayout->addWidget(scroll);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_text);
    splitter->addWidget(reasonsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildStyleBar());
    layout->addWidget(splitter);

    // Generating all of part 3 takes well under a millisecond (bench_narrative), so every
    // change simply regenerates it.
    connect(document, &Document::cellsChanged, this, &NarrativeView::regenerate);
    connect(document, &Document::rowsChanged, this, &NarrativeView::regenerate);
    connect(document, &Document::figuresChanged, this, &NarrativeView::regenerate);
    connect(document, &Document::metadataChanged, this, &NarrativeView::regenerate);
    connect(document, &Document::evaluationsChanged, this, &NarrativeView::regenerate);
    connect(document, &Document::documentReset, this, &NarrativeView::regenerate);
    connect(document, &Document::textChanged, this, &NarrativeView::onTextChanged);
    connect(document, &Document::narrativeStyleChanged, this, [this] {
        showStyle();
        regenerate();
    });
    showStyle();
    regenerate();
}

QWidget *NarrativeView::buildStyleBar()
{
    auto *bar = new QWidget;
    bar->setObjectName(QStringLiteral("narrativeStyleBar"));
    auto *grid = new QGridLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList decimals = {tr("0 decimals"), tr("1 decimal"), tr("2 decimals")};
    int column = 0, row = 0;
    const auto addCombo = [&](const QString &name, const QString &label, const QStringList &items, const QString &tip) {
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("style.") + name);
        combo->addItems(items);
        combo->setToolTip(tip);
        auto *caption = new QLabel(label);
        caption->setBuddy(combo);
        grid->addWidget(caption, row, column);
        grid->addWidget(combo, row, column + 1);
        column += 2;
        if (column >= 8) {
            column = 0;
            ++row;
        }
        connect(combo, &QComboBox::currentIndexChanged, this, &NarrativeView::commitStyle);
        m_styleCombos.insert(name, combo);
    };
    addCombo(QStringLiteral("shareDecimals"), tr("&Shares:"), decimals, tr("占…的 x%: shares of a total"));
    addCombo(QStringLiteral("changeDecimals"), tr("C&hanges:"), decimals, tr("增长/下降 x%: changes against the prior year"));
    addCombo(QStringLiteral("rateDecimals"), tr("&Budget rates:"), decimals,
             tr("完成（年初）预算的 x%: actual against the initial budget (parts 5 and 9)"));
    addCombo(QStringLiteral("formRateDecimals"), tr("E&xecution rates:"), decimals,
             tr("执行率 of the self-evaluation forms quoted in part 13"));
    addCombo(QStringLiteral("amounts"), tr("A&mounts:"), {tr("Trimmed (1274.1)"), tr("Two decimals (1274.10)")},
             tr("How amounts in 万元 print in the explanations"));
    addCombo(QStringLiteral("performanceFunds"), tr("&Evaluated funds:"), {tr("Sum of budgets"), tr("Sum of executed")},
             tr("What 资金 means in 13 (一): the projects' budgets or what they executed"));
    addCombo(QStringLiteral("projectOrder"), tr("&Projects:"), {tr("As entered"), tr("By amount")},
             tr("The order of the projects in 5 (三) and 13 (三)"));
    const auto addCheck = [&](const QString &name, const QString &label, const QString &tip) {
        auto *check = new QCheckBox(label);
        check->setObjectName(QStringLiteral("style.") + name);
        check->setToolTip(tip);
        grid->addWidget(check, row, column, 1, 2);
        column += 2;
        if (column >= 8) {
            column = 0;
            ++row;
        }
        connect(check, &QCheckBox::toggled, this, &NarrativeView::commitStyle);
        m_styleChecks.insert(name, check);
    };
    addCheck(QStringLiteral("rateOverBudget"), tr("&Rate over 100%"),
             tr("Print 完成年初预算的 x% also for an item whose actual exceeds its budget"));
    addCheck(QStringLiteral("overallRate"), tr("&Overall execution rate"),
             tr("Print the 执行率 of the overall (部门整体) self-evaluation in 13 (二)"));
    return bar;
}

QWidget *NarrativeView::styleControl(const QString &name) const
{
    if (QComboBox *c = m_styleCombos.value(name))
        return c;
    return m_styleChecks.value(name);
}

void NarrativeView::showStyle()
{
    if (!m_document)
        return;
    const NarrativeStyle &s = m_document->narrativeStyle();
    m_showingStyle = true;
    m_styleCombos.value(QStringLiteral("shareDecimals"))->setCurrentIndex(s.shareDecimals);
    m_styleCombos.value(QStringLiteral("changeDecimals"))->setCurrentIndex(s.changeDecimals);
    m_styleCombos.value(QStringLiteral("rateDecimals"))->setCurrentIndex(s.rateDecimals);
    m_styleCombos.value(QStringLiteral("formRateDecimals"))->setCurrentIndex(s.formRateDecimals);
    m_styleCombos.value(QStringLiteral("amounts"))->setCurrentIndex(int(s.amounts));
    m_styleCombos.value(QStringLiteral("performanceFunds"))->setCurrentIndex(int(s.performanceFunds));
    m_styleCombos.value(QStringLiteral("projectOrder"))->setCurrentIndex(int(s.projectOrder));
    m_styleChecks.value(QStringLiteral("rateOverBudget"))->setChecked(s.rateOverBudget);
    m_styleChecks.value(QStringLiteral("overallRate"))->setChecked(s.overallRate);
    m_showingStyle = false;
}

void NarrativeView::commitStyle()
{
    if (!m_document || m_showingStyle)
        return;
    NarrativeStyle s;
    s.shareDecimals = m_styleCombos.value(QStringLiteral("shareDecimals"))->currentIndex();
    s.changeDecimals = m_styleCombos.value(QStringLiteral("changeDecimals"))->currentIndex();
    s.rateDecimals = m_styleCombos.value(QStringLiteral("rateDecimals"))->currentIndex();
    s.formRateDecimals = m_styleCombos.value(QStringLiteral("formRateDecimals"))->currentIndex();
    s.amounts = NarrativeStyle::Amounts(m_styleCombos.value(QStringLiteral("amounts"))->currentIndex());
    s.performanceFunds =
            NarrativeStyle::PerformanceFunds(m_styleCombos.value(QStringLiteral("performanceFunds"))->currentIndex());
    s.projectOrder = NarrativeStyle::ProjectOrder(m_styleCombos.value(QStringLiteral("projectOrder"))->currentIndex());
    s.rateOverBudget = m_styleChecks.value(QStringLiteral("rateOverBudget"))->isChecked();
    s.overallRate = m_styleChecks.value(QStringLiteral("overallRate"))->isChecked();
    m_document->setNarrativeStyle(s);
}

QString NarrativeView::plainText() const
{
    return m_text->toPlainText();
}

QLineEdit *NarrativeView::reasonEdit(const QString &key) const
{
    return m_edits.value(key);
}

void NarrativeView::onTextChanged(const QString &key)
{
    if (!key.startsWith(QLatin1String("reason.")) && !key.startsWith(QLatin1String("detached."))) // own wording
        return;
    regenerate();
}

void NarrativeView::regenerate()
{
    if (!m_document)
        return;
    const QList<NarrativeSection> sections = Narrative::generate(*m_document);
    QString html = QStringLiteral("<h2 style=\"text-align:center\">") + Narrative::title(*m_document).toHtmlEscaped()
            + QStringLiteral("</h2>");
    QStringList keys;
    QHash<QString, QString> headings;
    for (const NarrativeSection &s : sections) {
        html += (s.level == 1 ? QStringLiteral("<h3>") : QStringLiteral("<h4>")) + s.heading.toHtmlEscaped()
                + (s.level == 1 ? QStringLiteral("</h3>") : QStringLiteral("</h4>"));
        // The accountant's words are marked, so it is clear what is typed and what is computed.
        QStringList reasons;
        for (const QString &key : s.reasonKeys) {
            const QString r = m_document->text(key).trimmed();
            if (!r.isEmpty())
                reasons << r.toHtmlEscaped();
            if (!keys.contains(key)) {
                keys << key;
                headings.insert(key, s.heading);
            }
        }
        for (const QString &p : s.paragraphs) {
            QString escaped = p.toHtmlEscaped();
            for (const QString &r : reasons)
                escaped.replace(r, QStringLiteral("<span style=\"background-color:#fff2c0\">") + r
                                        + QStringLiteral("</span>"));
            html += QStringLiteral("<p style=\"text-indent:2em\">") + escaped + QStringLiteral("</p>");
        }
        if (s.figure)
            html += QStringLiteral("<p style=\"text-align:center;color:#555\">")
                    + ChartSeries::titleOf(s.figure).toHtmlEscaped() + QStringLiteral("</p>");
    }
    const int scroll = m_text->verticalScrollBar()->value();
    m_text->setHtml(html);
    m_text->verticalScrollBar()->setValue(scroll);
    if (keys != m_keys)
        rebuildReasons(keys, headings);
    for (auto it = m_edits.begin(); it != m_edits.end(); ++it)
        if (it.value()->text() != m_document->text(it.key()) && !it.value()->hasFocus())
            it.value()->setText(m_document->text(it.key()));
}

QString NarrativeView::reasonLabel(const QString &key) const
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("reason.total"), QT_TR_NOOP("1. Change in total revenue and expenditure: main reason")},
        {QStringLiteral("reason.income"), QT_TR_NOOP("2. Change in revenue for the year: main reason")},
        {QStringLiteral("reason.expense"), QT_TR_NOOP("3. Change in expenditure for the year: main reason")},
        {QStringLiteral("reason.fiscal"), QT_TR_NOOP("4. Change in total fiscal appropriations: main reason")},
        {QStringLiteral("reason.fiscalIncomeGpb"), QT_TR_NOOP("4. Change in general-budget appropriation revenue: main reason")},
        {QStringLiteral("reason.gpbExpense"), QT_TR_NOOP("5. Change in general-budget appropriation expenditure: main reason")},
        {QStringLiteral("reason.fund"), QT_TR_NOOP("7. Change in government fund revenue and expenditure: main reason")},
        {QStringLiteral("reason.capital"), QT_TR_NOOP("8. Change in state capital operation expenditure: main reason")},
        {QStringLiteral("reason.operating"), QT_TR_NOOP("10. Change in agency operating costs: main reason")},
        {QStringLiteral("reason.threePublic"), QT_TR_NOOP("9. “Three public” spending against budget: main reason")},
        {QStringLiteral("reason.abroad"), QT_TR_NOOP("9. Official travel abroad against budget: main reason")},
        {QStringLiteral("reason.vehiclePurchase"), QT_TR_NOOP("9. Official vehicle purchase against budget: main reason")},
        {QStringLiteral("reason.vehicleRunning"), QT_TR_NOOP("9. Official vehicle running costs against budget: main reason")},
        {QStringLiteral("reason.reception"), QT_TR_NOOP("9. Official reception against budget: main reason")},
        {QStringLiteral("reason.receptionPurpose"), QT_TR_NOOP("9. Official reception: guests and purpose")},
        {QStringLiteral("reason.otherVehicles"), QT_TR_NOOP("12. Other vehicles: what they are")},
        {QStringLiteral("reason.performance"), QT_TR_NOOP("13. Conclusion of the project self-evaluations")},
        {QStringLiteral("reason.overallEvaluation"), QT_TR_NOOP("13. Result of the overall self-evaluation")},
        {QStringLiteral("reason.performanceUse"), QT_TR_NOOP("13. How the results are used (whole paragraph)")},
    };
    if (const char *s = labels.value(key))
        return tr(s);
    if (key.startsWith(QLatin1String("reason.item."))) {
        const QString code = key.mid(12);
        const QString table = m_document->reportTemplate().quantityCell(QStringLiteral("gpb_expense")).table;
        return tr("5. Item %1 %2 against its initial budget: main reason").arg(code, m_document->rowName(table, code));
    }
    if (key.startsWith(QLatin1String("reason.fundItem."))) {
        const QString code = key.mid(16);
        const QString table = m_document->reportTemplate().quantityCell(QStringLiteral("fund_expense")).table;
        return tr("7. Item %1 %2 against its initial budget: main reason").arg(code, m_document->rowName(table, code));
    }
    for (const EvaluationForm &f : m_document->evaluations()) {
        if (key == Narrative::projectKey(QStringLiteral("reason.effect."), f.name))
            return tr("5. Project %1: main effect").arg(f.name);
        if (key == Narrative::projectKey(QStringLiteral("reason.outcome."), f.name))
            return tr("13. Project %1: main outputs and benefits").arg(f.name);
    }
    return key;
}

void NarrativeView::rebuildReasons(const QStringList &keys, const QHash<QString, QString> &headings)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_edits.clear();
    m_keys = keys;
    for (const QString &key : keys) {
        auto *edit = new QLineEdit(m_document->text(key));
        edit->setObjectName(key);
        edit->setPlaceholderText(tr("(no reason given: the sentence ends without one)"));
        edit->setToolTip(headings.value(key));
        connect(edit, &QLineEdit::textEdited, this, [this, key](const QString &text) {
            if (m_document)
                m_document->setText(key, text); // successive edits of one field merge into one step
        });
        auto *label = new QLabel(reasonLabel(key));
        label->setWordWrap(true);
        m_form->addRow(label, edit);
        m_edits.insert(key, edit);
    }
}

} // namespace Juesuan
