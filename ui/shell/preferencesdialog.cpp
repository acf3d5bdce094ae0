#include "preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

namespace Juesuan {

namespace {
QString languageKey()
{
    return QStringLiteral("language");
}
} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("language"));
    for (const auto &l : languages())
        m_language->addItem(l.second, l.first);
    m_language->setCurrentIndex(qMax(0, m_language->findData(storedLanguage())));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *note = new QLabel(tr("The language changes the next time Juesuan starts."), this);
    note->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QList<QPair<QString, QString>> PreferencesDialog::languages()
{
    // Each language is named in itself, so it can be found whatever the current one is.
    return {{QStringLiteral("zh_CN"), QStringLiteral("中文（简体）")},
            {QStringLiteral("en"), QStringLiteral("English")}};
}

QString PreferencesDialog::storedLanguage()
{
    const QString stored = QSettings().value(languageKey()).toString();
    for (const auto &l : languages())
        if (l.first == stored)
            return stored;
    return QStringLiteral("zh_CN");
}

QString PreferencesDialog::uiLanguage()
{
    const QString env = qEnvironmentVariable("JUESUAN_LANG");
    if (env.startsWith(QLatin1String("en")))
        return QStringLiteral("en");
    if (env.startsWith(QLatin1String("zh")))
        return QStringLiteral("zh_CN");
    return storedLanguage();
}

void PreferencesDialog::accept()
{
    QSettings().setValue(languageKey(), m_language->currentData().toString());
    QDialog::accept();
}

} // namespace Juesuan
