#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace Juesuan {

// Asks what a new report is for: 部门, 年度 and the template edition.
class NewDocumentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewDocumentDialog(QWidget *parent = nullptr);

    QString department() const;
    int year() const;
    QString edition() const;
    void setDepartment(const QString &department);
    void setYear(int year);
    // Edits an existing report's details: the template cannot change any more.
    void setDetailsMode();

private:
    void updateOk();

    QLineEdit *m_department;
    QSpinBox *m_year;
    QComboBox *m_edition;
    QDialogButtonBox *m_buttons;
    QFormLayout *m_form;
};

} // namespace Juesuan
