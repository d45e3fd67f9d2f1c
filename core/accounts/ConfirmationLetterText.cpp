#include "ConfirmationLetterText.h"

#include "plan/Plan.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <map>

using namespace Qt::StringLiterals;

namespace {

struct LetterAccount
{
    Account account;
    QString systemName;
};

QString longDate(QDate date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

QString shortDate(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat)
                          : QCoreApplication::translate("ConfirmationLetter", "not known");
}

// The letter's accounts by system, in the order of the plan's systems.
QList<std::pair<QString, QList<Account>>> bySystem(const Plan &plan, const ConfirmationLetter &letter)
{
    QList<std::pair<QString, QList<Account>>> out;
    for (const System &s : plan.systems()) {
        QList<Account> accounts;
        for (qint64 id : letter.accountIds) {
            if (const std::optional<Account> a = plan.account(id); a && a->systemId == s.id)
                accounts.append(*a);
        }
        if (!accounts.isEmpty())
            out.append({ s.name, accounts });
    }
    return out;
}

QString signer(const Plan &plan)
{
    for (qint64 id : { plan.shop().mePersonId, plan.shop().ownerPersonId }) {
        if (const std::optional<Person> p = plan.person(id))
            return p->name;
    }
    return plan.shop().name;
}

QString roleText(const Account &a)
{
    return a.platformRole.isEmpty() ? AccountRoles::name(a.role)
                                    : AccountRoles::name(a.role) % u" (" % a.platformRole % u')';
}

QString recipient(const Plan &plan, const ConfirmationLetter &letter)
{
    const std::optional<Person> p = plan.person(letter.personId);
    return p ? p->name : QString();
}

QString intro(const Plan &plan, const ConfirmationLetter &letter)
{
    const PersonAccess access = plan.personAccess(letter.personId);
    const QString reply = longDate(letter.writtenOn.addDays(plan.accountRules().letterReplyDays));
    QString text = access.projectEndedOn.isValid()
        ? QCoreApplication::translate("ConfirmationLetter",
                                      "Now that our project ended on %1, we are checking who can still get "
                                      "into %2.")
              .arg(longDate(access.projectEndedOn), plan.shop().name)
        : QCoreApplication::translate("ConfirmationLetter", "We are checking who can get into %1.")
              .arg(plan.shop().name);
    text += u' '
        % QCoreApplication::translate(
              "ConfirmationLetter",
              "Our records show the accounts below as held by you or your team. For "
              "each one, please confirm the user name and tell us whether you still need "
              "it, and if so, why. We will close the accounts you no longer need, and "
              "those we have not heard about by %1.")
              .arg(reply);
    return text;
}

} // namespace

QList<qint64> ConfirmationLetterText::accountsToAsk(const Plan &plan, qint64 personId)
{
    QList<qint64> ids;
    for (const Account &a : plan.accounts()) {
        if (a.status == AccountStatus::Active && a.personIds.contains(personId))
            ids.append(a.id);
    }
    return ids;
}

QString ConfirmationLetterText::subject(const Plan &plan, const ConfirmationLetter &)
{
    return QCoreApplication::translate("ConfirmationLetter",
                                       "Your accounts with %1: which do you still need?")
        .arg(plan.shop().name);
}

QString ConfirmationLetterText::plainText(const Plan &plan, const ConfirmationLetter &letter)
{
    QStringList lines;
    lines << QCoreApplication::translate("ConfirmationLetter", "Hello %1,").arg(recipient(plan, letter))
          << QString() << intro(plan, letter) << QString();
    for (const auto &[system, accounts] : bySystem(plan, letter)) {
        lines << system;
        for (const Account &a : accounts) {
            lines << u"  - "_s
                    % QCoreApplication::translate("ConfirmationLetter",
                                                  "User name: %1 · role: %2 · last signed in: %3")
                          .arg(a.userName, roleText(a), shortDate(a.lastLogin));
            lines << u"    "_s
                    % QCoreApplication::translate("ConfirmationLetter",
                                                  "[ ] Keep it, because: ________________   [ ] Remove it");
        }
        lines << QString();
    }
    lines << QCoreApplication::translate(
        "ConfirmationLetter",
        "If you hold an account with us that is not on this list, please tell us "
        "about it too.")
          << QString() << QCoreApplication::translate("ConfirmationLetter", "Thank you, and kind regards,")
          << signer(plan) << plan.shop().name;
    return lines.join(u'\n');
}

QString ConfirmationLetterText::html(const Plan &plan, const ConfirmationLetter &letter)
{
    QString out = u"<html><body style=\"font-family: sans-serif;\">"_s;
    out += u"<p align=\"right\">"_s % plan.shop().name.toHtmlEscaped() % u"<br/>"_s
        % longDate(letter.writtenOn).toHtmlEscaped() % u"</p>"_s;
    out += u"<h2>"_s % subject(plan, letter).toHtmlEscaped() % u"</h2>"_s;
    out += u"<p>"_s
        % QCoreApplication::translate("ConfirmationLetter", "Hello %1,")
              .arg(recipient(plan, letter))
              .toHtmlEscaped()
        % u"</p><p>"_s % intro(plan, letter).toHtmlEscaped() % u"</p>"_s;
    for (const auto &[system, accounts] : bySystem(plan, letter)) {
        out += u"<h3>"_s % system.toHtmlEscaped() % u"</h3>"_s;
        out += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr><th>"_s
            % QCoreApplication::translate("ConfirmationLetter", "User name").toHtmlEscaped() % u"</th><th>"_s
            % QCoreApplication::translate("ConfirmationLetter", "Role").toHtmlEscaped() % u"</th><th>"_s
            % QCoreApplication::translate("ConfirmationLetter", "Last signed in").toHtmlEscaped()
            % u"</th><th>"_s
            % QCoreApplication::translate("ConfirmationLetter", "Your answer").toHtmlEscaped()
            % u"</th></tr>"_s;
        for (const Account &a : accounts) {
            out += u"<tr><td><b>"_s % a.userName.toHtmlEscaped() % u"</b></td><td>"_s
                % roleText(a).toHtmlEscaped() % u"</td><td>"_s % shortDate(a.lastLogin).toHtmlEscaped()
                % u"</td><td>"_s
                % QCoreApplication::translate("ConfirmationLetter", "☐ Keep it, because:").toHtmlEscaped()
                % u"<br/><br/>"_s
                % QCoreApplication::translate("ConfirmationLetter", "☐ Remove it").toHtmlEscaped()
                % u"</td></tr>"_s;
        }
        out += u"</table>"_s;
    }
    out += u"<p>"_s
        % QCoreApplication::translate(
              "ConfirmationLetter",
              "If you hold an account with us that is not on this list, please tell us "
              "about it too.")
              .toHtmlEscaped()
        % u"</p><p>"_s
        % QCoreApplication::translate("ConfirmationLetter", "Thank you, and kind regards,").toHtmlEscaped()
        % u"<br/>"_s % signer(plan).toHtmlEscaped() % u"<br/>"_s % plan.shop().name.toHtmlEscaped()
        % u"</p>"_s;
    out += u"</body></html>"_s;
    return out;
}

Status ConfirmationLetterText::writePdf(const Plan &plan, const ConfirmationLetter &letter,
                                        const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { QCoreApplication::translate("ConfirmationLetter",
                                                   "Could not write the letter to %1: %2")
                           .arg(path, file.errorString()) };
    {
        QPdfWriter writer(&file);
        writer.setTitle(subject(plan, letter));
        writer.setCreator(u"Storefort"_s);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setResolution(300);
        QTextDocument document;
        document.setHtml(html(plan, letter));
        document.print(&writer);
    }
    if (!file.commit())
        return Error { QCoreApplication::translate("ConfirmationLetter",
                                                   "Could not write the letter to %1: %2")
                           .arg(path, file.errorString()) };
    return Status::success();
}
