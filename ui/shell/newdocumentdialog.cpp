#include "newdocumentdialog.h"

#include "reporttemplate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace Juesuan {

NewDocumentDialog::NewDocumentDialog(QWidget *parent)
    : QDialog(parent), m_department(new QLineEdit(this)), m_year(new QSpinBox(this)),
      m_edition(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Report"));
    m_department->setObjectName(QStringLiteral("department"));
    m_department->setPlaceholderText(tr("e.g. the department's full name"));
    m_department->setMinimumWidth(320);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(2000, 2100); // what the file format accepts
    m_year->setValue(QDate::currentDate().year() - 1); // final accounts report last year
    m_edition->setObjectName(QStringLiteral("edition"));
    for (const QString &e : ReportTemplate::builtinEditions()) {
        const auto t = ReportTemplate::builtin(e);
        m_edition->addItem(t ? t->name() : e, e);
        if (t)
            m_edition->setItemData(m_edition->count() - 1, t->description(), Qt::ToolTipRole);
    }
    m_edition->setCurrentIndex(m_edition->count() - 1); // the newest edition

    auto *form = m_form = new QFormLayout(this);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Template:"), m_edition);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_department, &QLineEdit::textChanged, this, &NewDocumentDialog::updateOk);
    updateOk();
}

QString NewDocumentDialog::department() const
{
    return m_department->text().trimmed();
}

int NewDocumentDialog::year() const
{
    return m_year->value();
}

QString NewDocumentDialog::edition() const
{
    return m_edition->currentData().toString();
}

void NewDocumentDialog::setDepartment(const QString &department)
{
    m_department->setText(department);
}

void NewDocumentDialog::setYear(int year)
{
    m_year->setValue(year);
}

void NewDocumentDialog::setDetailsMode(const Metadata &metadata)
{
    m_form->setRowVisible(m_edition, false);
    setDepartment(metadata.department);
    if (metadata.year)
        setYear(metadata.year);
    // 公开日期 may still be unknown while the report is being filled: a check box says so.
    m_published = new QCheckBox(tr("Published on"), this);
    m_published->setObjectName(QStringLiteral("published"));
    m_publishDate = new QDateEdit(this);
    m_publishDate->setObjectName(QStringLiteral("publishDate"));
    m_publishDate->setCalendarPopup(true);
    m_publishDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_published->setChecked(metadata.publishDate.isValid());
    m_publishDate->setDate(metadata.publishDate.isValid() ? metadata.publishDate : QDate::currentDate());
    m_publishDate->setEnabled(m_published->isChecked());
    connect(m_published, &QCheckBox::toggled, m_publishDate, &QWidget::setEnabled);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_published);
    dateRow->addWidget(m_publishDate, 1);
    m_phone = new QLineEdit(metadata.contactPhone, this);
    m_phone->setObjectName(QStringLiteral("contactPhone"));
    m_description = new QPlainTextEdit(metadata.description, this);
    m_description->setObjectName(QStringLiteral("description"));
    // House style: some departments print the 尾数误差 sentence under every table even when
    // the printed figures (舍位平衡) add up; by default it goes when they do.
    m_keepRoundingNote = new QCheckBox(tr("&Keep the 尾数误差 note under the tables even when the printed figures add up"), this);
    m_keepRoundingNote->setObjectName(QStringLiteral("keepRoundingNote"));
    m_keepRoundingNote->setChecked(metadata.keepRoundingNote);
    const int buttonsRow = m_form->rowCount() - 1;
    m_form->insertRow(buttonsRow, tr("Publishing date:"), dateRow);
    m_form->insertRow(buttonsRow + 1, tr("Contact &telephone:"), m_phone);
    m_form->insertRow(buttonsRow + 2, tr("Descri&ption:"), m_description);
    m_form->insertRow(buttonsRow + 3, tr("Table notes:"), m_keepRoundingNote);
}

Metadata NewDocumentDialog::details(const Metadata &base) const
{
    Metadata m = base;
    m.department = department();
    m.year = year();
    if (m_published) {
        m.publishDate = m_published->isChecked() ? m_publishDate->date() : QDate();
        m.contactPhone = m_phone->text().trimmed();
        m.description = m_description->toPlainText();
        m.keepRoundingNote = m_keepRoundingNote->isChecked();
    }
    return m;
}

void NewDocumentDialog::updateOk()
{
    // A report without a department could not be saved (the file format requires one).
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!department().isEmpty() && m_edition->count() > 0);
}

} // namespace Juesuan
