#include "ProviderFindings.h"

#include "QuestionBank.h"
#include "Questionnaire.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <map>

using namespace Qt::StringLiterals;

namespace {

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

// The answers of one provider, by question id.
QHash<QString, const Answer *> answersById(const QList<Answer> &answers, qint64 providerId)
{
    QHash<QString, const Answer *> out;
    for (const Answer &a : answers) {
        if (a.providerId == providerId)
            out.insert(a.questionId, &a);
    }
    return out;
}

QString bulletList(const QStringList &items)
{
    QStringList lines;
    for (const QString &item : items)
        lines.append(u"• "_s + item);
    return lines.join(u'\n');
}

QString versionKey(TlsVersion version)
{
    switch (version) {
    case TlsVersion::SSLv2:
        return u"ssl2"_s;
    case TlsVersion::SSLv3:
        return u"ssl3"_s;
    case TlsVersion::TLS10:
        return u"tls10"_s;
    case TlsVersion::TLS11:
        return u"tls11"_s;
    case TlsVersion::TLS12:
        return u"tls12"_s;
    case TlsVersion::TLS13:
        break;
    }
    return u"tls13"_s;
}

class Collector
{
public:
    Collector(const QList<Provider> &providers, const QList<Answer> &answers,
              const QList<TlsProbeResult> &probes, const ProviderFindings::Options &options)
        : m_answers(answers)
        , m_probes(probes)
        , m_options(options)
    {
        for (const Provider &p : providers)
            collect(p);
        Severities::sort(m_findings);
    }

    QList<Finding> findings() const { return m_findings; }

private:
    void add(const char *id, Severity severity, const QString &title, const QString &why,
             const QString &evidence, const QString &fix, const QString &subject)
    {
        m_findings.append({ QString::fromLatin1(id), severity, title, why, evidence, fix, subject });
    }

    void collect(const Provider &p)
    {
        const QHash<QString, const Answer *> answers = answersById(m_answers, p.id);
        QHash<QString, QString> values;
        for (auto it = answers.cbegin(); it != answers.cend(); ++it)
            values.insert(it.key(), it.value()->value);
        const QList<const Question *> applicable = QuestionBank::builtIn().applicable(p.kind, values);

        std::map<Severity, QStringList> unanswered;
        QStringList unknown;
        QStringList stale;
        for (const Question *q : applicable) {
            const Answer *a = answers.value(q->id);
            if (!a) {
                if (q->severity != Severity::Info)
                    unanswered[q->severity].append(q->translatedText());
                continue;
            }
            if (Questionnaire::stateOf(*q, *a, m_options.answerMaxAgeMonths, m_options.today)
                != Questionnaire::State::Current)
                stale.append(q->translatedText());
            switch (q->judge(a->value, m_options.today)) {
            case Question::Verdict::FallsShort:
                addShortfall(p, *q, *a);
                break;
            case Question::Verdict::Unknown:
                unknown.append(q->translatedText());
                break;
            case Question::Verdict::Meets:
            case Question::Verdict::NotJudged:
                break;
            }
        }
        for (const auto &[severity, texts] : unanswered) {
            add("PROV-UNANSWERED", severity,
                QCoreApplication::translate("ProviderFindings", "%1 has not answered %n %2 question(s)",
                                            nullptr, int(texts.size()))
                    .arg(p.name, Severities::name(severity).toLower()),
                QCoreApplication::translate(
                    "ProviderFindings",
                    "Until the provider answers, you do not know whether they protect the part of the shop "
                    "they "
                    "run. A question you never asked cannot warn you."),
                bulletList(texts),
                QCoreApplication::translate(
                    "ProviderFindings",
                    "Send the provider the questionnaire (letter, email or fill-in file) and record their "
                    "answers "
                    "with the date and who gave them."),
                ProviderFindings::subjectFor(p.id, u"unanswered/"_s + Severities::key(severity)));
        }
        if (!unknown.isEmpty())
            add("PROV-ANSWER-UNKNOWN", Severity::Low,
                QCoreApplication::translate("ProviderFindings", "%1 could not answer %n question(s)", nullptr,
                                            int(unknown.size()))
                    .arg(p.name),
                QCoreApplication::translate(
                    "ProviderFindings",
                    "\"Unknown\" from a provider usually means nobody there owns the question. That is worth "
                    "knowing before something goes wrong."),
                bulletList(unknown),
                QCoreApplication::translate(
                    "ProviderFindings",
                    "Ask for the person who can answer, or ask them to say when they will know."),
                ProviderFindings::subjectFor(p.id, u"unknown"_s));
        if (!stale.isEmpty())
            add("PROV-ANSWER-STALE", Severity::Low,
                QCoreApplication::translate("ProviderFindings",
                                            "%n answer(s) from %1 are due to be asked again", nullptr,
                                            int(stale.size()))
                    .arg(p.name),
                QCoreApplication::translate(
                    "ProviderFindings",
                    "Providers change their services, staff and promises. An old answer may no longer be "
                    "true, and a "
                    "reworded question may ask for more than the old answer covered."),
                bulletList(stale) + u"\n\n"_s
                    + QCoreApplication::translate(
                        "ProviderFindings",
                        "Answers are due after %n month(s), or when the question changed.", nullptr,
                        m_options.answerMaxAgeMonths),
                QCoreApplication::translate(
                    "ProviderFindings",
                    "Send the provider the outstanding questions again and record the new answers."),
                ProviderFindings::subjectFor(p.id, u"stale"_s));

        collectCertifications(p);
        collectContract(p);
        checkClaims(p, answers);
    }

    void addShortfall(const Provider &p, const Question &q, const Answer &a)
    {
        add("PROV-ANSWER-SHORT", q.severity,
            QCoreApplication::translate("ProviderFindings", "%1: %2").arg(p.name, q.translatedText()),
            q.translatedWhy(),
            QCoreApplication::translate("ProviderFindings", "%1 answered \"%2\" (given by %3 on %4).")
                .arg(p.name, q.displayAnswer(a.value), a.answeredBy, shortDate(a.givenOn)),
            QCoreApplication::translate(
                "ProviderFindings",
                "What good looks like: %1 Ask %2 what it would take to get there, or plan how the shop makes "
                "up "
                "for it.")
                .arg(q.translatedGood(), p.name),
            ProviderFindings::subjectFor(p.id, q.id));
    }

    void collectCertifications(const Provider &p)
    {
        for (qsizetype i = 0; i < p.certifications.size(); ++i) {
            const Certification &c = p.certifications.at(i);
            if (!c.expires.isValid())
                continue;
            const qint64 daysLeft = m_options.today.daysTo(c.expires);
            const bool paymentCritical = c.kind == Certification::Kind::PciDssAoc
                && (p.kind == ProviderKind::Payment || p.kind == ProviderKind::Platform);
            const QString subject = ProviderFindings::subjectFor(p.id, u"cert/"_s + QString::number(i));
            if (daysLeft < 0) {
                add("PROV-CERT-EXPIRED", paymentCritical ? Severity::High : Severity::Medium,
                    QCoreApplication::translate("ProviderFindings", "%1's %2 ran out on %3")
                        .arg(p.name, c.displayName(), shortDate(c.expires)),
                    QCoreApplication::translate(
                        "ProviderFindings",
                        "A certification is only evidence for the period it covers. Once it runs out, you "
                        "have "
                        "nothing on file that shows the provider still meets it."),
                    QCoreApplication::translate("ProviderFindings", "Expired %n day(s) ago.", nullptr,
                                                int(-daysLeft)),
                    QCoreApplication::translate(
                        "ProviderFindings",
                        "Ask the provider for the current certificate or attestation and record its new "
                        "expiry "
                        "date."),
                    subject);
            } else if (daysLeft <= m_options.certificationWarningDays) {
                add("PROV-CERT-EXPIRING", Severity::Low,
                    QCoreApplication::translate("ProviderFindings", "%1's %2 runs out on %3")
                        .arg(p.name, c.displayName(), shortDate(c.expires)),
                    QCoreApplication::translate(
                        "ProviderFindings",
                        "Asking for the renewed document before the old one runs out keeps your records "
                        "without a "
                        "gap."),
                    QCoreApplication::translate("ProviderFindings", "%n day(s) left.", nullptr,
                                                int(daysLeft)),
                    QCoreApplication::translate(
                        "ProviderFindings",
                        "Ask the provider when the renewed certificate or attestation will be available."),
                    subject);
            }
        }
    }

    void collectContract(const Provider &p)
    {
        if (p.contractEnd.isValid() && p.contractEnd < m_options.today)
            add("PROV-CONTRACT-ENDED", Severity::Low,
                QCoreApplication::translate("ProviderFindings", "The contract with %1 ended on %2")
                    .arg(p.name, shortDate(p.contractEnd)),
                QCoreApplication::translate(
                    "ProviderFindings",
                    "A provider without a contract may stop supporting the shop at the worst moment, and may "
                    "still "
                    "hold its data and access."),
                QCoreApplication::translate("ProviderFindings", "Contract end recorded: %1.")
                    .arg(shortDate(p.contractEnd)),
                QCoreApplication::translate("ProviderFindings",
                                            "Renew the contract and record the new end date, or remove the "
                                            "provider's access and data "
                                            "and "
                                            "then the provider from the plan."),
                ProviderFindings::subjectFor(p.id, u"contract"_s));
        if (p.supportPhone.isEmpty() && p.supportEmail.isEmpty() && p.portalUrl.isEmpty()
            && p.escalationContact.isEmpty())
            add("PROV-NO-CONTACT", Severity::Medium,
                QCoreApplication::translate("ProviderFindings", "No way to reach %1 is on file").arg(p.name),
                QCoreApplication::translate(
                    "ProviderFindings",
                    "When the shop is down or under attack, looking for a support number costs the time you "
                    "do not "
                    "have."),
                QCoreApplication::translate(
                    "ProviderFindings", "No support phone, email, portal or escalation contact is recorded."),
                QCoreApplication::translate("ProviderFindings",
                                            "Add the provider's support line, email or portal, and whom to "
                                            "call when support does not "
                                            "help."),
                ProviderFindings::subjectFor(p.id, u"contact"_s));
    }

    void checkClaims(const Provider &p, const QHash<QString, const Answer *> &answers)
    {
        if (m_probes.isEmpty())
            return;
        if (const Answer *a = answers.value(u"host.tls.versions"_s)) {
            const QStringList claimedKeys = a->value.split(u';', Qt::SkipEmptyParts);
            const QSet<QString> claimed(claimedKeys.cbegin(), claimedKeys.cend());
            QStringList oldSeen;
            QStringList missing;
            QStringList where;
            for (const TlsProbeResult &probe : m_probes) {
                for (TlsVersion v : TlsVersions::all()) {
                    const QString key = versionKey(v);
                    if (probe.accepted(v) && !claimed.contains(key) && v < TlsVersion::TLS12
                        && !oldSeen.contains(TlsVersions::displayName(v)))
                        oldSeen.append(TlsVersions::displayName(v));
                    if (!probe.accepted(v) && claimed.contains(key) && v >= TlsVersion::TLS12
                        && probe.protocol(v) && !missing.contains(TlsVersions::displayName(v)))
                        missing.append(TlsVersions::displayName(v));
                }
                where.append(probeName(probe));
            }
            if (!oldSeen.isEmpty())
                add("PROV-CLAIM-TLS-OLD", Severity::High,
                    QCoreApplication::translate("ProviderFindings",
                                                "%1 says the shop uses only %2, but the site accepts %3")
                        .arg(p.name, claimedText(a->value), oldSeen.join(u", "_s)),
                    QCoreApplication::translate(
                        "ProviderFindings",
                        "Old protocol versions have known weaknesses. The provider's answer and the live "
                        "site "
                        "disagree, so either the answer is wrong or a setting was missed."),
                    QCoreApplication::translate("ProviderFindings",
                                                "Answer given by %1 on %2. The probe of %3 saw %4 accepted.")
                        .arg(a->answeredBy, shortDate(a->givenOn), where.join(u", "_s),
                             oldSeen.join(u", "_s)),
                    QCoreApplication::translate(
                        "ProviderFindings",
                        "Send the provider the probe's result and ask them to turn off the old versions; "
                        "probe again "
                        "once they say it is done."),
                    ProviderFindings::subjectFor(p.id, a->questionId));
            if (!missing.isEmpty())
                add("PROV-CLAIM-TLS-MISSING", Severity::Medium,
                    QCoreApplication::translate("ProviderFindings",
                                                "%1 says the shop offers %2, but the site does not")
                        .arg(p.name, missing.join(u", "_s)),
                    QCoreApplication::translate("ProviderFindings",
                                                "The provider's answer and the live site disagree. Either "
                                                "the answer is wrong, or the "
                                                "setting is not in place for your shop."),
                    QCoreApplication::translate("ProviderFindings",
                                                "Answer given by %1 on %2. The probe of %3 saw no %4.")
                        .arg(a->answeredBy, shortDate(a->givenOn), where.join(u", "_s),
                             missing.join(u", "_s)),
                    QCoreApplication::translate(
                        "ProviderFindings",
                        "Ask the provider to check the setting for your shop and probe again."),
                    ProviderFindings::subjectFor(p.id, a->questionId));
        }
        if (const Answer *a = answers.value(u"host.hsts"_s); a && a->value == u"yes"_s) {
            QStringList without;
            for (const TlsProbeResult &probe : m_probes) {
                if (probe.http.reached && !probe.http.hstsMaxAge)
                    without.append(probeName(probe));
            }
            if (!without.isEmpty())
                add("PROV-CLAIM-HSTS", Severity::Medium,
                    QCoreApplication::translate("ProviderFindings",
                                                "%1 says HSTS is on, but the site does not send it")
                        .arg(p.name),
                    QCoreApplication::translate(
                        "ProviderFindings",
                        "HSTS tells browsers to use only the encrypted site, so nobody can quietly downgrade "
                        "your "
                        "visitors. The provider believes it is on; the site shows it is not."),
                    QCoreApplication::translate(
                        "ProviderFindings",
                        "Answer given by %1 on %2. No Strict-Transport-Security header came from %3.")
                        .arg(a->answeredBy, shortDate(a->givenOn), without.join(u", "_s)),
                    QCoreApplication::translate(
                        "ProviderFindings",
                        "Ask the provider to add the HSTS header for your shop's domain and probe again."),
                    ProviderFindings::subjectFor(p.id, a->questionId));
        }
        if (const Answer *a = answers.value(u"host.cdn.fronted"_s); a && a->value == u"yes"_s) {
            QStringList without;
            bool anyReached = false;
            for (const TlsProbeResult &probe : m_probes) {
                if (!probe.http.reached)
                    continue;
                anyReached = true;
                if (probe.http.cdn.isEmpty())
                    without.append(probeName(probe));
            }
            if (anyReached && !without.isEmpty())
                add("PROV-CLAIM-CDN", Severity::Medium,
                    QCoreApplication::translate(
                        "ProviderFindings",
                        "%1 says a CDN fronts the shop, but none shows in the site's answers")
                        .arg(p.name),
                    QCoreApplication::translate(
                        "ProviderFindings",
                        "A CDN absorbs floods of traffic before they reach the shop. If it is not really in "
                        "front, "
                        "a DDoS goes straight to your server."),
                    QCoreApplication::translate("ProviderFindings",
                                                "Answer given by %1 on %2. The probe recognised no CDN in "
                                                "the answers of %3 (it knows "
                                                "the "
                                                "common ones by their headers).")
                        .arg(a->answeredBy, shortDate(a->givenOn), without.join(u", "_s)),
                    QCoreApplication::translate(
                        "ProviderFindings",
                        "Ask the provider which CDN serves the shop and how to check it. If the CDN does not "
                        "show "
                        "itself in headers, note that with the answer."),
                    ProviderFindings::subjectFor(p.id, a->questionId));
        }
    }

    static QString probeName(const TlsProbeResult &probe)
    {
        return probe.ip.isEmpty() ? probe.host : u"%1 (%2)"_s.arg(probe.host, probe.ip);
    }

    static QString claimedText(const QString &value)
    {
        if (const Question *q = QuestionBank::builtIn().find(u"host.tls.versions"_s))
            return q->displayAnswer(value);
        return value;
    }

    const QList<Answer> &m_answers;
    const QList<TlsProbeResult> &m_probes;
    const ProviderFindings::Options &m_options;
    QList<Finding> m_findings;
};

} // namespace

QList<Finding> ProviderFindings::compute(const QList<Provider> &providers, const QList<Answer> &answers,
                                         const QList<TlsProbeResult> &probes, const Options &options)
{
    Options o = options;
    if (!o.today.isValid())
        o.today = Clock::now().toLocalTime().date();
    return Collector(providers, answers, probes, o).findings();
}

QList<Finding> ProviderFindings::compute(const Plan &plan, QDate today)
{
    Options options;
    options.today = today;
    options.answerMaxAgeMonths = plan.answerMaxAgeMonths();
    return compute(plan.providers(), plan.answers(), plan.latestProbes(), options);
}

QList<TlsProbeResult> ProviderFindings::latestProbes(const Plan &plan)
{
    return plan.latestProbes();
}

QString ProviderFindings::subjectFor(qint64 providerId, const QString &rest)
{
    const QString base = u"provider/"_s + QString::number(providerId);
    return rest.isEmpty() ? base : base + u'/' + rest;
}

qint64 ProviderFindings::providerOf(const Finding &finding)
{
    if (!finding.subject.startsWith(u"provider/"_s))
        return 0;
    return QStringView(finding.subject).mid(9).split(u'/').value(0).toLongLong();
}
