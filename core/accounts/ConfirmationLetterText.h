#pragma once

#include "Confirmation.h"
#include "common/Result.h"

#include <QString>

class Plan;

// The letter the owner sends a developer or an agency at the end of a project: the accounts
// attributed to them on each system, asking them to confirm each user name and say why they
// still need it (or that it can go). Plain text for an e-mail, HTML for the preview, A4 PDF.
namespace ConfirmationLetterText {
// The accounts such a letter asks about: the person's active accounts.
QList<qint64> accountsToAsk(const Plan &plan, qint64 personId);
QString subject(const Plan &plan, const ConfirmationLetter &letter);
QString plainText(const Plan &plan, const ConfirmationLetter &letter);
QString html(const Plan &plan, const ConfirmationLetter &letter);
// Needs a QGuiApplication (fonts).
Status writePdf(const Plan &plan, const ConfirmationLetter &letter, const QString &path);
} // namespace ConfirmationLetterText
