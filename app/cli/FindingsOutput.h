#pragma once

#include "findings/Finding.h"

#include <QJsonObject>
#include <QTextStream>

#include <functional>

// How the CLI's checks (providers check, accounts check) print their findings: a JSON object per
// finding, or an indented list with severity, id, title, what was seen, why and the fix.
namespace FindingsOutput {
QJsonObject json(const Finding &finding);
// `about` may add a few words after the title (e.g. the provider's name).
void print(QTextStream &out, const QList<Finding> &findings,
           const std::function<QString(const Finding &)> &about = {}, bool withWhy = false);
} // namespace FindingsOutput
