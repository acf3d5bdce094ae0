#pragma once

#include "subjectcatalogue.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Juesuan {

// The small override formats of an edition that inherits another (edition.json "base"):
// changes to the subject catalogue and to the audit rules, applied to the base's JSON.
// Each refuses a change that names something the base does not have, naming the file,
// the entry and the reason. See docs/file-format.md, "Editions".
namespace EditionOverlay {

struct CodeMove {
    SubjectCatalogue::Scheme scheme;
    QString from;
    QString to;
};

// `changes`: {"functional"|"economic": {"added": [{code, name, description?}],
// "renamed": [{code, name}], "moved": [{from, to, name?}], "retired": [code]}}. A retired
// 类 or 款 takes the codes under it along. Moves are appended to `moves`.
bool applyCatalogueChanges(QJsonObject *catalogue, const QJsonObject &changes, const QString &file,
                           QList<CodeMove> *moves, QString *error);

// `changes`: {"add": [rule], "replace": [rule], "remove": [id], "scope"?: {id: scope},
// "roundingNote"?: {zh, en}};
// rules are matched by "id".
bool applyAuditChanges(QJsonObject *audit, const QJsonObject &changes, const QString &file, QString *error);

} // namespace EditionOverlay

} // namespace Juesuan
