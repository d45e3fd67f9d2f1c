// The full plan report made from real plan files, written as PDF and read back page by page with
// pdftotext and pdfinfo: every section on the page the contents give, the shop's people, providers,
// answers, accounts and findings in it, an accepted finding listed apart with its reason, the audit
// trail's check, the paper from the locale, no secret, and a plain message when the file cannot be
// written.
#include "PlanFixture.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "report/PlanReport.h"
#include "review/PlanFindings.h"
#include "review/Readiness.h"
#include "tls/TlsProbeJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF's pages as pdftotext lays them out (split at form feeds).
QStringList pages(const QString &pdf)
{
    QStringList list = run(u"pdftotext"_s, { u"-layout"_s, pdf, u"-"_s }).split(u'\f');
    if (!list.isEmpty() && list.last().trimmed().isEmpty())
        list.removeLast();
    return list;
}

// Pages first..last (1-based) in the order they were drawn (a table cell's lines together), spaces
// collapsed, so words wrapped inside a narrow cell still read as one phrase.
QString flowText(const QString &pdf, int first = 0, int last = 0)
{
    QStringList arguments { u"-raw"_s };
    if (first > 0)
        arguments += { u"-f"_s, QString::number(first), u"-l"_s, QString::number(last) };
    return run(u"pdftotext"_s, arguments + QStringList { pdf, u"-"_s }).simplified();
}

QString pdfInfo(const QString &pdf, const QString &field)
{
    const QRegularExpressionMatch m = QRegularExpression(QRegularExpression::escape(field) + u":\\s+(.+)$"_s,
                                                         QRegularExpression::MultilineOption)
                                          .match(run(u"pdfinfo"_s, { pdf }));
    return m.captured(1).trimmed();
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QStringList sectionTitles {
    u"Where the shop stands"_s, u"Shop & team"_s,        u"Encryption (TLS)"_s,   u"Providers"_s,
    u"Accounts & access"_s,     u"DDoS readiness"_s,     u"Contingency binder"_s, u"All findings"_s,
    u"What is due"_s,           u"History of changes"_s,
};
constexpr int findingsSection = 7;

// A probe of the shop's site as the plan keeps it: TLS 1.2 and 1.3, a certificate 60 days from its
// end, HSTS sent, no frame options.
TlsProbeRecord probeRecord(const QDateTime &at)
{
    TlsProbeResult r;
    r.host = u"tinytea.example"_s;
    r.ip = u"192.0.2.10"_s;
    r.finishedAt = at;
    for (TlsVersion v : TlsVersions::all()) {
        ProtocolResult p;
        p.version = v;
        p.accepted = v == TlsVersion::TLS12 || v == TlsVersion::TLS13 || v == TlsVersion::TLS10;
        r.protocols.append(p);
    }
    r.certificate.present = true;
    r.certificate.subject = u"CN=tinytea.example"_s;
    r.certificate.issuer = u"CN=Example CA"_s;
    r.certificate.notBefore = at.addDays(-30);
    r.certificate.notAfter = at.addDays(60);
    r.certificate.daysLeft = 60;
    r.certificate.trusted = true;
    r.certificate.hostnameMatch = true;
    r.certificate.keyType = u"EC"_s;
    r.certificate.keyBits = 256;
    r.http.reached = true;
    r.http.statusCode = 200;
    r.http.hstsMaxAge = 31536000;
    r.http.redirectsToHttps = true;
    r.http.contentTypeNosniff = true;
    TlsProbeRecord record;
    record.at = at;
    record.host = r.host;
    record.ip = r.ip;
    record.grade = u"B"_s;
    record.json = QJsonDocument(TlsProbeJson::toJson(r)).toJson(QJsonDocument::Compact);
    return record;
}

} // namespace

class TestPlanReport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC) };

    std::unique_ptr<Plan> newPlan(const QString &name)
    {
        auto plan
            = Plan::create(m_dir->filePath(name + u".storefort"_s), ShopProfile { .name = u"Tiny Tea"_s });
        if (!plan)
            qFatal("plan: %s", qPrintable(plan.error()));
        return std::move(plan.value());
    }

    // Writes the report, checks its structure (pages, contents, page numbers, "Page k of n") and
    // returns its pages.
    QStringList written(const PagedDocument &report, const QString &pdf)
    {
        const Result<int> result = report.writePdf(pdf);
        [&] {
            QVERIFY2(result, qPrintable(result.error()));
            QCOMPARE(result.value(), report.pageCount());
            QCOMPARE(pdfInfo(pdf, u"Pages"_s).toInt(), report.pageCount());
            QCOMPARE(report.sectionPages().size(), sectionTitles.size());
        }();
        const QStringList list = pages(pdf);
        [&] {
            QCOMPARE(list.size(), report.pageCount());
            const QString contents = list.value(1);
            QVERIFY(contents.contains(u"Contents"_s));
            for (qsizetype i = 0; i < sectionTitles.size(); ++i) {
                const int page = report.sectionPages().at(i);
                QVERIFY2(page >= 3 && page <= list.size(), qPrintable(sectionTitles.at(i)));
                QVERIFY2(list.at(page - 1).contains(sectionTitles.at(i)),
                         qPrintable(u"%1 not on page %2"_s.arg(sectionTitles.at(i)).arg(page)));
                const QRegularExpression line(QRegularExpression::escape(sectionTitles.at(i)) + u"[ .]+"_s
                                                  + QString::number(page) + u"\\s*$"_s,
                                              QRegularExpression::MultilineOption);
                QVERIFY2(line.match(contents).hasMatch(), qPrintable(sectionTitles.at(i)));
            }
            for (qsizetype k = 1; k < list.size(); ++k)
                QVERIFY2(list.at(k).contains(u"Page %1 of %2"_s.arg(k + 1).arg(list.size())),
                         qPrintable(QString::number(k)));
            QVERIFY(!list.first().contains(u"Page 1 of"_s));
        }();
        return list;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Clock::setClock(&m_clock);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void cleanup()
    {
        Clock::setClock(nullptr);
        QLocale::setDefault(QLocale::c());
    }

    void anEmptyPlanMakesACompleteReport()
    {
        auto plan = newPlan(u"empty"_s);
        const PagedDocument report = PlanReport::build(*plan, { .locale = QLocale(u"en_GB"_s) });
        const QString pdf = m_dir->filePath(u"empty.pdf"_s);
        const QStringList list = written(report, pdf);
        QVERIFY(!QTest::currentTestFailed());

        QVERIFY(list.first().contains(u"Tiny Tea"_s));
        QVERIFY(list.first().contains(u"Security plan report"_s));
        QVERIFY(list.first().contains(u"Readiness score"_s));
        // The empty parts say so in words, not with an empty table.
        const QString all = flowText(pdf);
        for (const QString &expected :
             { u"No team members are in the plan yet."_s, u"The site's encryption has not been probed yet"_s,
               u"No providers are in the plan yet."_s, u"No systems are in the plan yet."_s,
               u"No accounts are on file yet"_s, u"Nobody has left the team."_s,
               u"No confirmation letters have been written."_s, u"No call tree yet"_s, u"Never checked"_s,
               u"No risks have been accepted."_s, u"all 1 entry"_s })
            QVERIFY2(all.contains(expected), qPrintable(expected));
    }

    void thePlanIsInTheReportAndNoSecret()
    {
        auto plan = newPlan(u"full"_s);
        QVERIFY(plan->setSiteUrls({ u"https://tinytea.example"_s }));
        Person lena { .name = u"Lena Berg"_s, .role = u"Owner"_s, .phone = u"+49 30 555 0101"_s };
        const auto lenaId = plan->addPerson(lena);
        QVERIFY(lenaId);
        QVERIFY(plan->setOwner(lenaId.value()));
        Person tom { .name = u"Tom Weber"_s, .role = u"Former developer"_s, .kind = Person::Kind::Developer };
        const auto tomId = plan->addPerson(tom);
        QVERIFY(tomId);

        Provider host;
        host.name = u"Example Host"_s;
        host.kind = ProviderKind::WebHost;
        host.supportPhone = u"+49 30 999 0000"_s;
        host.accountId = u"K-4711"_s;
        host.contractStart = QDate(2024, 1, 1);
        host.credentialUser = u"tinytea-admin"_s;
        // Planted keychain references: the report may say a secret is in the keychain, never the key.
        host.credentialRef = u"plan-1/providers/1/PLANTED-REF-7f3a"_s;
        const auto hostId = plan->addProvider(host);
        QVERIFY2(hostId, qPrintable(hostId.error()));
        Answer tls { .providerId = hostId.value(),
                     .questionId = u"host.hsts"_s,
                     .value = u"yes"_s,
                     .answeredBy = u"Jana Fox, support"_s,
                     .givenOn = QDate(2026, 10, 2) };
        QVERIFY(plan->setAnswer(tls));
        Answer old { .providerId = hostId.value(),
                     .questionId = u"host.ddos.protection"_s,
                     .value = u"no"_s,
                     .answeredBy = u"Sales desk"_s,
                     .givenOn = QDate(2024, 3, 1) };
        QVERIFY(plan->setAnswer(old));
        QVERIFY(plan->addTlsProbe(probeRecord(m_clock.currentUtc().addDays(-2))));

        const auto systemId
            = plan->addSystem(System { .name = u"Shop admin"_s, .mfaEnforced = YesNoUnknown::No });
        QVERIFY(systemId);
        Account admin;
        admin.systemId = systemId.value();
        admin.userName = u"lena.berg"_s;
        admin.role = AccountRole::Admin;
        admin.mfa = YesNoUnknown::Yes;
        admin.personIds = { lenaId.value() };
        QVERIFY(plan->addAccount(admin));
        Account dev = admin;
        dev.userName = u"tom-dev"_s;
        dev.mfa = YesNoUnknown::No;
        dev.personIds = { tomId.value() };
        const auto devId = plan->addAccount(dev);
        QVERIFY(devId);
        QVERIFY(plan->addConfirmationLetter(
            { .personId = tomId.value(), .writtenOn = QDate(2026, 11, 1), .accountIds = { devId.value() } }));
        tom.id = tomId.value();
        tom.status = Person::Status::Left;
        tom.leftOn = QDate(2026, 11, 15);
        QVERIFY(plan->updatePerson(tom));

        RecoveryItem root = plan->recoveryItems().last();
        QCOMPARE(root.builtIn, u"root_account"_s);
        root.holderPersonId = lenaId.value();
        root.location = u"Server panel at the host"_s;
        root.secretRef = u"plan-1/contingency/7/PLANTED-ROOT-REF-91c2"_s;
        root.secretUser = u"root"_s;
        QVERIFY(plan->updateRecoveryItem(root));

        DdosPlan ddos = plan->ddosPlan();
        ddos.callTree.append({ .task = u"Call the host's emergency line"_s,
                               .callerPersonId = lenaId.value(),
                               .calleeProviderId = hostId.value(),
                               .channel = u"Phone"_s });
        QVERIFY(plan->setDdosPlan(ddos));
        const QString reason = u"Drill planned with the new host in spring"_s;
        QVERIFY(plan->acceptFinding({ .ruleId = u"DDOS-DRILL-OLD"_s,
                                      .subject = u"ddos/drill"_s,
                                      .reason = reason,
                                      .acceptedBy = u"Lena Berg"_s,
                                      .acceptedOn = QDate(2026, 11, 20),
                                      .expiresOn = QDate(2027, 3, 31) }));

        const PagedDocument report = PlanReport::build(*plan, { .locale = QLocale(u"en_GB"_s) });
        const QString pdf = m_dir->filePath(u"full.pdf"_s);
        const QStringList list = written(report, pdf);
        QVERIFY(!QTest::currentTestFailed());

        // The cover gives the score the plan has.
        const QList<PlanFinding> findings = PlanFindings::compute(*plan);
        const Readiness readiness = ReadinessScore::compute(*plan, findings);
        QVERIFY2(
            QRegularExpression(u"\\b%1\\s*/\\s*100"_s.arg(readiness.score)).match(list.first()).hasMatch(),
            qPrintable(list.first()));
        QVERIFY(list.first().contains(u"Lena Berg"_s));
        QVERIFY(list.first().contains(u"https://tinytea.example"_s));

        const QString all = flowText(pdf);
        for (const QString &expected : { u"Lena Berg"_s,
                                         u"+49 30 555 0101"_s,
                                         u"Tom Weber"_s,
                                         u"Left on"_s,
                                         u"Example Host"_s,
                                         u"K-4711"_s,
                                         u"Jana Fox, support"_s,
                                         u"Sales desk"_s,
                                         u"now: ask again"_s,
                                         u"Not answered yet"_s,
                                         u"user name tinytea-admin; the password is kept in the keychain"_s,
                                         u"lena.berg"_s,
                                         u"tom-dev"_s,
                                         u"Shop admin"_s,
                                         u"192.0.2.10"_s,
                                         u"Strict-Transport-Security (HSTS)"_s,
                                         u"Call the host's emergency line"_s,
                                         u"in the keychain of the user"_s,
                                         u"User name: root"_s,
                                         u"are intact"_s })
            QVERIFY2(all.contains(expected), qPrintable(expected));
        // Every finding of the plan is in it.
        QVERIFY(!findings.isEmpty());
        for (const PlanFinding &f : findings)
            QVERIFY2(all.contains(f.finding.title.simplified()), qPrintable(f.finding.title));

        // The accepted finding is listed apart, after the open ones, with its reason, by and until.
        const int from = report.sectionPages().at(findingsSection);
        const int to = report.sectionPages().at(findingsSection + 1) - 1;
        const QString section = flowText(pdf, from, to);
        const auto accepted = std::find_if(findings.cbegin(), findings.cend(), [](const PlanFinding &f) {
            return f.finding.id == u"DDOS-DRILL-OLD"_s;
        });
        QVERIFY(accepted != findings.cend() && accepted->isAccepted());
        const qsizetype apart = section.indexOf(u"Risks accepted"_s);
        QVERIFY(apart > 0);
        QVERIFY2(section.indexOf(accepted->finding.title.simplified()) > apart, qPrintable(section));
        QVERIFY(section.indexOf(reason) > apart);
        QVERIFY(section.indexOf(u"31/03/2027"_s) > apart);
        QVERIFY(section.indexOf(u"Lena Berg"_s, apart) > apart);

        // No keychain reference anywhere, in the text or the file.
        QVERIFY(!all.contains(u"PLANTED"_s));
        const QByteArray bytes = bytesOf(pdf);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains("PLANTED"));
    }

    void aTamperedHistoryIsReported()
    {
        const QString path = m_dir->filePath(u"tampered.storefort"_s);
        newPlan(u"tampered"_s).reset();
        {
            auto plan = Plan::open(path);
            QVERIFY(plan);
            QVERIFY(plan.value()->setShopName(u"Tiny Tea and Cake"_s));
        }
        QVERIFY(PlanFixture::execRaw(path, u"UPDATE audit SET new_value = 'x' WHERE id = 2"_s));
        auto plan = Plan::open(path, { .readOnly = true });
        QVERIFY(plan);
        const QString pdf = m_dir->filePath(u"tampered.pdf"_s);
        QVERIFY(PlanReport::build(*plan.value(), { .locale = QLocale(u"en_GB"_s) }).writePdf(pdf));
        QVERIFY2(flowText(pdf).contains(u"The history of changes does not verify"_s),
                 qPrintable(flowText(pdf)));
    }

    void paperFollowsTheLocale()
    {
        auto plan = newPlan(u"paper"_s);
        const QString a4 = m_dir->filePath(u"a4.pdf"_s);
        const QString letter = m_dir->filePath(u"letter.pdf"_s);
        const QString asked = m_dir->filePath(u"asked.pdf"_s);
        QVERIFY(PlanReport::build(*plan, { .locale = QLocale(u"de_DE"_s) }).writePdf(a4));
        QVERIFY(PlanReport::build(*plan, { .locale = QLocale(u"en_US"_s) }).writePdf(letter));
        QVERIFY(PlanReport::build(*plan, { .locale = QLocale(u"de_DE"_s), .paper = QPageSize::Letter })
                    .writePdf(asked));
        QCOMPARE(pdfInfo(letter, u"Page size"_s).section(u" pts"_s, 0, 0), u"612 x 792"_s);
        QCOMPARE(pdfInfo(asked, u"Page size"_s).section(u" pts"_s, 0, 0), u"612 x 792"_s);
        QVERIFY2(pdfInfo(a4, u"Page size"_s).startsWith(u"595"_s), qPrintable(pdfInfo(a4, u"Page size"_s)));
        // The locale's dates: German on the A4 cover.
        QVERIFY2(pages(a4).first().contains(u"29. November 2026"_s), qPrintable(pages(a4).first()));
    }

    void anUnwritablePathFailsPlainly()
    {
        auto plan = newPlan(u"unwritable"_s);
        // A folder that is a file: no one can write below it, root included.
        const QString blocker = m_dir->filePath(u"blocker"_s);
        QVERIFY(PlanFixture::writeAll(blocker, "not a folder"));
        const QString pdf = blocker + u"/report.pdf"_s;
        const Result<int> result = PlanReport::build(*plan, { .locale = QLocale(u"en_GB"_s) }).writePdf(pdf);
        QVERIFY(!result);
        QVERIFY2(result.error().startsWith(u"Could not save the PDF to "_s), qPrintable(result.error()));
        QVERIFY(result.error().contains(pdf));
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(PlanFixture::readAll(blocker), QByteArray("not a folder"));
    }
};

QTEST_MAIN(TestPlanReport)
#include "tst_planreport.moc"
