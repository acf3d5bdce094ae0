#pragma once

#include <QDialog>

class QComboBox;

namespace Juesuan {

// Application preferences: the user-interface language (QSettings "language"; applies from
// the next start). uiLanguage() is what the application loads: $JUESUAN_LANG, else the
// setting, else Chinese.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    static QString uiLanguage();                   // "zh_CN" or "en"
    static QString storedLanguage();               // the setting alone
    static QList<QPair<QString, QString>> languages(); // code, name in that language

    void accept() override;

private:
    QComboBox *m_language;
};

} // namespace Juesuan
