#pragma once

#include "documentdata.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPlainTextEdit;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace Juesuan {

// Asks what a new report is for: 部门, 年度 and the template edition; in details mode it
// edits an open report's metadata (部门, 年度, 公开日期, 咨询电话, description) instead.
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
    // Edits an existing report's details: the template cannot change any more, and the
    // publishing date, contact telephone and description can be set.
    void setDetailsMode(const Metadata &metadata);
    // `base` with what the dialog edits replaced.
    Metadata details(const Metadata &base) const;

private:
    void updateOk();

    QLineEdit *m_department;
    QSpinBox *m_year;
    QComboBox *m_edition;
    QCheckBox *m_published = nullptr;
    QDateEdit *m_publishDate = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QCheckBox *m_keepRoundingNote = nullptr;
    QDialogButtonBox *m_buttons;
    QFormLayout *m_form;
};

} // namespace Juesuan
