#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace Juesuan {

class Document;

// The figures 第三部分 and 图1–4 need besides the tables: 上年 figures, the 年初预算 of each
// 05表 and 07表 项 (an added 项 shows its field at once), the 三公 budgets (09表 预算数 cells), and the document's facts (政府采购, 国有资产,
// 机关运行经费, 三公 details): all as the edition's figure table and quantities name them. Each field commits on Enter or leaving it, through the
// document's undoable setters; a bad entry is refused with the reason and the old value stays.
class FiguresEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FiguresEditor(Document *document, QWidget *parent = nullptr);
    ~FiguresEditor() override;

    // Field ids: "prior/<key>", "budget/<code>", "cell/09!1@2", "fact/<key>".
    QLineEdit *field(const QString &id) const;
    QString lastError() const;

public slots:
    void refresh(); // shows the document's current values in every field not being edited

private:
    struct Field {
        QString id;
        QLineEdit *edit = nullptr;
        std::function<QString()> current;
        std::function<bool(const QString &, QString *)> commit;
    };
    void build();
    void rebuildBudgets();
    QString budgetTable() const;     // 05表: 年初预算 of the 一般公共预算 项
    QString fundBudgetTable() const; // 07表: 年初预算 of the 政府性基金 项
    void addField(QFormLayout *form, const QString &label, Field field);
    void commit(const QString &id);
    QGroupBox *group(const QString &title, QFormLayout **form);

    QPointer<Document> m_document;
    QVBoxLayout *m_groups;
    QGroupBox *m_priorGroup = nullptr;
    QFormLayout *m_budgetForm = nullptr;
    QFormLayout *m_fundBudgetForm = nullptr;
    QLabel *m_status;
    QList<Field> m_fields;
};

} // namespace Juesuan
