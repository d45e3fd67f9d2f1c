#pragma once

#include "findings/FindingAcceptance.h"

#include <QDate>
#include <QDialog>

#include <optional>

class FieldMessage;
class PlanSession;
class QCheckBox;
class QDateEdit;
class QPlainTextEdit;
class QPushButton;

// Asks why the shop accepts a finding as a risk and until when (six months unless the owner says
// otherwise, or no expiry). The reason is required and the end may not lie in the past: OK stays
// disabled, with the reason why under the date.
class AcceptFindingDialog final : public QDialog
{
    Q_OBJECT

public:
    // `current`: the acceptance on file, whose reason and expiry the dialog starts from.
    AcceptFindingDialog(const Finding &finding, const std::optional<FindingAcceptance> &current,
                        const QString &acceptedBy, QDate today, QWidget *parent = nullptr);

    QString reason() const;
    QDate expiresOn() const; // invalid: no expiry

    // Asks, then accepts the finding through the session's undo stack. True when it was accepted.
    static bool acceptFinding(PlanSession &session, const Finding &finding, QWidget *parent);

private:
    void check();

    QDate m_today;
    QPlainTextEdit *m_reason;
    QDateEdit *m_until;
    QCheckBox *m_noExpiry;
    FieldMessage *m_untilMessage;
    QPushButton *m_ok = nullptr;
};
