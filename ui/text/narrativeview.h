#pragma once

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QTextBrowser;

namespace Juesuan {

class Document;

// The 第三部分 page: the explanations as they will print, regenerated from the document at
// every change, above the fields for the only words the accountant writes — the reasons
// (主要原因) and descriptive clauses each explanation quotes. Typing a reason is one undo step.
// A style bar above the text sets the department's house style (NarrativeStyle): each
// change is one undo step of the document.
class NarrativeView : public QWidget
{
    Q_OBJECT
public:
    explicit NarrativeView(Document *document, QWidget *parent = nullptr);

    QTextBrowser *textView() const { return m_text; }
    QString plainText() const;                      // what the text view shows
    QLineEdit *reasonEdit(const QString &key) const; // nullptr when that reason is not asked for
    QStringList reasonKeys() const { return m_keys; }
    // The style bar's controls, by name: "shareDecimals", "changeDecimals", "rateDecimals",
    // "formRateDecimals", "amounts", "performanceFunds", "projectOrder" (combo boxes),
    // "rateOverBudget", "overallRate" (check boxes).
    QWidget *styleControl(const QString &name) const;

public slots:
    void regenerate();

private:
    QWidget *buildStyleBar();
    void showStyle();   // the document's style in the controls
    void commitStyle(); // the controls' style to the document (one undo step)
    void rebuildReasons(const QStringList &keys, const QHash<QString, QString> &headings);
    QString reasonLabel(const QString &key) const;
    void onTextChanged(const QString &key);

    QPointer<Document> m_document;
    QTextBrowser *m_text;
    QWidget *m_reasons;
    QFormLayout *m_form;
    QStringList m_keys;
    QHash<QString, QLineEdit *> m_edits;
    QHash<QString, QComboBox *> m_styleCombos;
    QHash<QString, QCheckBox *> m_styleChecks;
    bool m_showingStyle = false;
};

} // namespace Juesuan
