#pragma once

#include "documentdata.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Juesuan {

class Document;
class FittedTableView;
class IndicatorModel;

// Edits one performance self-evaluation form laid out as it prints: the 部门整体 form
// (基本支出总额, 项目支出总额, 年度目标) or a 项目 form (项目类型 and 预算来源 checkboxes
// with 资金量), 预算数(A)/执行数(B) with the 执行率 computed live, the indicator tree with
// merged 一级/二级 cells, and the analysis texts. Every change is an undoable command.
class EvaluationFormEditor : public QWidget
{
    Q_OBJECT
public:
    explicit EvaluationFormEditor(Document *document, QWidget *parent = nullptr);

    int formIndex() const { return m_formIndex; }
    void setFormIndex(int index);

    // The last refusal (a bad amount, an empty name); empty when the last entry was taken.
    QString message() const;

signals:
    void messageChanged(const QString &message);

protected:
    // Ctrl+Z/Ctrl+Y in a field undo the document, not the field's own history.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Field { Name, Department, Implementer, Goal, Deviation, Improvement };
    enum class AmountField { Budget, Executed, BasicTotal, ProjectTotal, Source0, Source1, Source2 };

    void rebuild();
    void refresh();
    void updateSpans();
    void updateRate();
    void updateButtons();
    void setMessage(const QString &message);

    bool hasForm() const;
    const EvaluationForm &form() const;
    void change(const std::function<void(EvaluationForm &)> &edit, const QString &actionText,
                const QString &mergeKey = QString());

    QLabel *label(const QString &text, bool bold = false);
    QWidget *cell(QWidget *content);
    QLineEdit *textField(Field field);
    QPlainTextEdit *textArea(Field field);
    QLineEdit *amountField(AmountField field);
    static Money amountOf(const EvaluationForm &form, AmountField field);
    static void setAmount(EvaluationForm &form, AmountField field, const Money &value);
    static QString textOf(const EvaluationForm &form, Field field);
    static void setText(EvaluationForm &form, Field field, const QString &text);
    void commitAmount(AmountField field, QLineEdit *edit);
    QWidget *indicatorPanel();
    void editIndicators(const std::function<bool(QList<Indicator> &, int current, int *select)> &edit,
                        const QString &actionText);

    Document *m_document;
    int m_formIndex = -1;
    bool m_builtOverall = false;
    bool m_built = false;
    bool m_updating = false;

    QWidget *m_sheet = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_rate = nullptr;
    QList<QPair<Field, QLineEdit *>> m_lineEdits;
    QList<QPair<Field, QPlainTextEdit *>> m_textAreas;
    QList<QPair<AmountField, QLineEdit *>> m_amounts;
    QList<QPair<EvaluationForm::ProjectType, QCheckBox *>> m_typeBoxes;
    QList<QCheckBox *> m_sourceBoxes;

    IndicatorModel *m_indicators;
    FittedTableView *m_indicatorView = nullptr;
    QPushButton *m_addRow = nullptr;
    QPushButton *m_addGroup2 = nullptr;
    QPushButton *m_addGroup1 = nullptr;
    QPushButton *m_removeRow = nullptr;
    QPushButton *m_rowUp = nullptr;
    QPushButton *m_rowDown = nullptr;
};

} // namespace Juesuan
