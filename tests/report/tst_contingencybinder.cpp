// The contingency binder made from real plan files, written as PDF and read back with pdftotext
// and pdfinfo: every section present, the contents' page numbers where the sections really start,
// the plan's people, providers and items in it, the paper size from the locale, and no secret.
#include "common/Clock.h"
#include "plan/Plan.h"
#include "report/ContingencyBinder.h"
#include "review/PlanFindings.h"

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

// The PDF's pages as pdftotext sees them (split at form feeds).
QStringList pages(const QString &pdf)
{
    QStringList list = run(u"pdftotext"_s, { u"-layout"_s, pdf, u"-"_s }).split(u'\f');
    if (!list.isEmpty() && list.last().trimmed().isEmpty())
        list.removeLast();
    return list;
}

// The whole text in the order it was drawn (a table cell's lines together), spaces collapsed, so
// words wrapped inside a narrow cell still read as one phrase.
QString flowText(const QString &pdf)
{
    return run(u"pdftotext"_s, { u"-raw"_s, pdf, u"-"_s }).simplified();
}

int pdfPageCount(const QString &pdf)
{
    const QRegularExpressionMatch m
        = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(run(u"pdfinfo"_s, { pdf }));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pageSize(const QString &pdf)
{
    const QRegularExpressionMatch m
        = QRegularExpression(u"Page size:\\s+([0-9.]+ x [0-9.]+) pts"_s).match(run(u"pdfinfo"_s, { pdf }));
    return m.captured(1);
}

const QStringList sectionTitles {
    u"How to use this binder"_s,
    u"Emergency contacts"_s,
    u"First hour: what to do"_s,
    u"Recovery items"_s,
    u"DDoS plan and call tree"_s,
    u"Encryption (TLS)"_s,
    u"Accounts and access"_s,
    u"Providers' answers on file"_s,
    u"Open findings and accepted risks"_s,
    u"Change log of the website"_s,
    u"Sign-off"_s,
};

} // namespace

class TestContingencyBinder : public QObject
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

    // Checks the PDF's structure and returns its pages.
    QStringList checkedPages(const PagedDocument &binder, const QString &pdf)
    {
        [&] { QCOMPARE(pdfPageCount(pdf), binder.pageCount()); }();
        const QStringList list = pages(pdf);
        [&] {
            QCOMPARE(list.size(), binder.pageCount());
            QCOMPARE(binder.sectionPages().size(), sectionTitles.size());
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

    void anEmptyPlanMakesACompleteBinder()
    {
        auto plan = newPlan(u"empty"_s);
        const PagedDocument binder = ContingencyBinder::build(*plan, { .locale = QLocale(u"en_GB"_s) });
        const QString pdf = m_dir->filePath(u"empty.pdf"_s);
        auto written = binder.writePdf(pdf);
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(written.value(), binder.pageCount());
        QVERIFY(binder.pageCount() >= sectionTitles.size());
        const QStringList list = checkedPages(binder, pdf);
        QVERIFY(!QTest::currentTestFailed());

        // The cover names the shop and says it is confidential.
        QVERIFY(list.first().contains(u"Tiny Tea"_s));
        QVERIFY(list.first().contains(u"CONFIDENTIAL"_s));
        QVERIFY(list.first().contains(u"Contingency binder"_s));
        // Every section starts on the page the contents give, and the contents list it.
        const QString contents = list.at(1);
        QVERIFY(contents.contains(u"Contents"_s));
        for (qsizetype i = 0; i < sectionTitles.size(); ++i) {
            const int page = binder.sectionPages().at(i);
            QVERIFY2(page >= 3 && page <= list.size(), qPrintable(sectionTitles.at(i)));
            QVERIFY2(list.at(page - 1).contains(sectionTitles.at(i)),
                     qPrintable(u"%1 not on page %2"_s.arg(sectionTitles.at(i)).arg(page)));
            const QRegularExpression line(QRegularExpression::escape(sectionTitles.at(i)) + u"[ .]+"_s
                                              + QString::number(page) + u"\\s*$"_s,
                                          QRegularExpression::MultilineOption);
            QVERIFY2(line.match(contents).hasMatch(), qPrintable(sectionTitles.at(i)));
        }
        // The built-in recovery items and the empty parts say so in words.
        const QString all = list.join(u'\n');
        QVERIFY(all.contains(u"Never checked"_s));
        QVERIFY(all.contains(u"No providers are in the plan yet"_s));
        QVERIFY(all.contains(u"has not been probed yet"_s));
        QVERIFY(all.contains(u"No call tree yet"_s));
        // Every page but the cover carries "Page k of n".
        for (qsizetype k = 1; k < list.size(); ++k)
            QVERIFY2(list.at(k).contains(u"Page %1 of %2"_s.arg(k + 1).arg(list.size())),
                     qPrintable(QString::number(k)));
        QVERIFY(!list.first().contains(u"Page 1 of"_s));
    }

    void thePlanIsInTheBinderAndNoSecret()
    {
        auto plan = newPlan(u"full"_s);
        Person lena;
        lena.name = u"Lena Berg"_s;
        lena.phone = u"+49 30 555 0101"_s;
        const auto lenaId = plan->addPerson(lena);
        QVERIFY(lenaId);
        Provider host;
        host.name = u"Example Host"_s;
        host.kind = ProviderKind::WebHost;
        host.supportPhone = u"+49 30 999 0000"_s;
        host.accountId = u"K-4711"_s;
        host.support24x7 = true;
        // A planted secret reference: the binder may say where a secret is, never the reference key.
        host.credentialRef = u"plan-1/providers/1/PLANTED-REF-7f3a"_s;
        const auto hostId = plan->addProvider(host);
        QVERIFY2(hostId, qPrintable(hostId.error()));

        RecoveryItem root = plan->recoveryItems().last();
        QCOMPARE(root.builtIn, u"root_account"_s);
        root.holderPersonId = lenaId.value();
        root.location = u"Server panel at the host"_s;
        root.secretRef = u"plan-1/contingency/7/PLANTED-ROOT-REF-91c2"_s;
        root.secretUser = u"root"_s;
        QVERIFY(plan->updateRecoveryItem(root));
        RecoveryItem backup = plan->recoveryItems().first();
        backup.holderProviderId = hostId.value();
        backup.location = u"/mnt/backups/tinytea"_s;
        backup.howToReach = u"Nightly copies, 30 days kept; ask support for older ones"_s;
        QVERIFY(plan->updateRecoveryItem(backup));
        Verification v;
        v.at = m_clock.currentUtc().addSecs(-3600);
        v.add(u"backup.newest.age"_s, CheckOutcome::Failed, u"The newest backup is 3 days old."_s);
        QVERIFY(plan->recordVerification(backup.id, v));

        DdosPlan ddos = plan->ddosPlan();
        ddos.callTree.append({ .task = u"Call the host's emergency line"_s,
                               .callerPersonId = lenaId.value(),
                               .calleeProviderId = hostId.value(),
                               .channel = u"Phone"_s,
                               .contact = u"+49 30 999 0000"_s });
        ddos.callTree.append(
            { .task = u"Tell customers on the status page"_s, .callerPersonId = lenaId.value() });
        ddos.steps[0].prepared = true;
        ddos.steps[0].preparedOn = QDate(2026, 10, 1);
        const Status ddosSet = plan->setDdosPlan(ddos);
        QVERIFY2(ddosSet, qPrintable(ddosSet.error()));

        // An accepted finding stays visible, with its reason.
        QVERIFY(plan->acceptFinding({ .ruleId = u"DDOS-DRILL-OLD"_s,
                                      .subject = u"ddos/drill"_s,
                                      .reason = u"Drill planned with the new host in spring"_s,
                                      .acceptedOn = QDate(2026, 11, 20),
                                      .expiresOn = QDate(2027, 3, 31) }));
        // One accepted until the owner withdraws it: the binder says so, not just "withdrawn".
        const QList<PlanFinding> findings = PlanFindings::compute(*plan);
        const auto other = std::find_if(findings.cbegin(), findings.cend(), [](const PlanFinding &f) {
            return f.finding.severity != Severity::Info && f.area != PlanArea::ShopTeam
                && f.finding.id != u"DDOS-DRILL-OLD"_s;
        });
        QVERIFY(other != findings.cend());
        QVERIFY(plan->acceptFinding({ .ruleId = other->finding.id,
                                      .subject = other->finding.subject,
                                      .reason = u"Carried for good by the owner"_s,
                                      .acceptedOn = QDate(2026, 11, 21) }));

        const PagedDocument binder = ContingencyBinder::build(*plan, { .locale = QLocale(u"en_GB"_s) });
        const QString pdf = m_dir->filePath(u"full.pdf"_s);
        QVERIFY(binder.writePdf(pdf));
        const QStringList list = checkedPages(binder, pdf);
        QVERIFY(!QTest::currentTestFailed());
        const QString all = flowText(pdf);
        for (const QString &expected :
             { u"Lena Berg"_s, u"+49 30 555 0101"_s, u"Example Host"_s, u"+49 30 999 0000"_s, u"K-4711"_s,
               u"/mnt/backups/tinytea"_s, u"The newest backup is 3 days old."_s,
               u"Call the host's emergency line"_s, u"Tell customers on the status page"_s,
               u"Drill planned with the new host in spring"_s, u"Carried for good by the owner"_s,
               u"until withdrawn"_s, u"in the keychain of the user"_s, u"User name: root"_s })
            QVERIFY2(all.contains(expected), qPrintable(expected));
        // The runbooks name the host to call.
        const int runbooks = binder.sectionPages().at(2);
        QVERIFY(list.at(runbooks - 1).contains(u"Example Host"_s));
        // No secret reference anywhere.
        QVERIFY(!all.contains(u"PLANTED"_s));
        const QByteArray bytes = [&] {
            QFile f(pdf);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains("PLANTED"));
    }

    void paperFollowsTheLocale()
    {
        auto plan = newPlan(u"paper"_s);
        const QString a4 = m_dir->filePath(u"a4.pdf"_s);
        const QString letter = m_dir->filePath(u"letter.pdf"_s);
        QVERIFY(ContingencyBinder::build(*plan, { .locale = QLocale(u"de_DE"_s) }).writePdf(a4));
        QVERIFY(ContingencyBinder::build(*plan, { .locale = QLocale(u"en_US"_s) }).writePdf(letter));
        QCOMPARE(pageSize(letter), u"612 x 792"_s);
        QVERIFY2(pageSize(a4).startsWith(u"595"_s), qPrintable(pageSize(a4)));
    }
};

QTEST_MAIN(TestContingencyBinder)
#include "tst_contingencybinder.moc"
