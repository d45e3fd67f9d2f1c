// The plan's providers, their answers and evidence files: kept, audited, checked against the
// question bank, refused whole when anything is wrong, and a version 2 plan gains the tables.
#include "PlanFixture.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "plan/PlanSchema.h"
#include "providers/QuestionBank.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Provider fullProvider()
{
    Provider p;
    p.name = u"  Acme Hosting  "_s;
    p.kind = ProviderKind::WebHost;
    p.services = u"Web server and database"_s;
    p.contractStart = QDate(2025, 1, 1);
    p.contractEnd = QDate(2027, 12, 31);
    p.supportPhone = u"+49 30 1234567"_s;
    p.supportEmail = u"support@acme.example"_s;
    p.portalUrl = u"https://portal.acme.example"_s;
    p.supportHours = u"Mon–Fri 8–18"_s;
    p.support24x7 = true;
    p.accountId = u"C-10442"_s;
    p.escalationContact = u"Jana Berg, +49 30 7654321"_s;
    p.certifications = { { Certification::Kind::Iso27001, {}, QDate(2027, 3, 1) },
                         { Certification::Kind::Other, u"BSI C5"_s, {} } };
    p.credentialUser = u"tinytea-admin"_s;
    p.credentialRef = u"plan-1/provider/1/portal"_s;
    p.notes = u"Ticket system is faster than the phone."_s;
    return p;
}

Answer answer(qint64 providerId, const QString &questionId, const QString &value)
{
    Answer a;
    a.providerId = providerId;
    a.questionId = questionId;
    a.value = value;
    a.answeredBy = u"Jana Berg"_s;
    a.givenOn = QDate(2026, 11, 20);
    a.notes = u"By email"_s;
    return a;
}

} // namespace

class TestPlanProviders : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC) };

    std::unique_ptr<Plan> newPlan()
    {
        auto plan = Plan::create(m_path, ShopProfile { .name = u"Tiny Tea"_s });
        if (!plan)
            qFatal("plan: %s", qPrintable(plan.error()));
        return std::move(plan.value());
    }

    QString count(const QString &table)
    {
        return PlanFixture::queryRaw(m_path, u"SELECT count(*) FROM "_s + table);
    }

private slots:
    void init()
    {
        Clock::setClock(&m_clock);
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(u"plan.storefort"_s);
    }
    void cleanup() { Clock::setClock(nullptr); }

    void providerRoundTripsEveryField()
    {
        qint64 id = 0;
        {
            auto plan = newPlan();
            QSignalSpy changed(plan.get(), &Plan::providersChanged);
            auto added = plan->addProvider(fullProvider());
            QVERIFY2(added, qPrintable(added.error()));
            id = added.value();
            QCOMPARE(changed.count(), 1);
        }
        auto plan = Plan::open(m_path);
        QVERIFY(plan);
        QCOMPARE(plan.value()->providers().size(), 1);
        Provider expected = fullProvider();
        expected.id = id;
        expected.name = u"Acme Hosting"_s;
        QCOMPARE(plan.value()->providers().constFirst(), expected);
        QCOMPARE(plan.value()->provider(id)->certifications.at(1).displayName(), u"BSI C5"_s);
        QVERIFY(plan.value()->verifyAudit().intact);
    }

    void updateRecordsEachChangedFieldAndRemoveTakesAnswers()
    {
        auto plan = newPlan();
        const qint64 id = plan->addProvider(fullProvider()).value();
        Provider changed = *plan->provider(id);
        changed.supportPhone = u"+49 30 999"_s;
        changed.support24x7 = false;
        QVERIFY(plan->updateProvider(changed));
        QCOMPARE(PlanFixture::queryRaw(m_path,
                                       u"SELECT count(*) FROM audit WHERE entity = 'provider' AND "
                                       u"field IN ('support_phone', 'support_24x7')"_s),
                 u"2"_s);
        QCOMPARE(plan->provider(id)->supportPhone, u"+49 30 999"_s);

        auto answered = plan->setAnswer(answer(id, u"host.hsts"_s, u"yes"_s));
        QVERIFY2(answered, qPrintable(answered.error()));
        QVERIFY(plan->addAttachment(answered.value(), u"/tmp/reply.pdf"_s, "%PDF-1.4 reply"));
        QCOMPARE(count(u"answer_attachment"_s), u"1"_s);

        QSignalSpy answersChanged(plan.get(), &Plan::answersChanged);
        QVERIFY(plan->removeProvider(id));
        QCOMPARE(answersChanged.count(), 1);
        QVERIFY(plan->providers().isEmpty());
        QVERIFY(plan->answers().isEmpty());
        QCOMPARE(count(u"provider_answer"_s), u"0"_s);
        QCOMPARE(count(u"answer_attachment"_s), u"0"_s);
        QVERIFY(plan->verifyAudit().intact);
    }

    void refusesBadProvidersAndChangesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << u"name"_s << u"needs a name"_s;
        QTest::newRow("bad email") << u"email"_s << u"not an email address"_s;
        QTest::newRow("bad portal") << u"portal"_s << u"not a web address"_s;
        QTest::newRow("contract backwards") << u"contract"_s << u"cannot end before"_s;
    }

    void refusesBadProvidersAndChangesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, message);
        auto plan = newPlan();
        Provider p = fullProvider();
        if (field == u"name"_s)
            p.name = u"  "_s;
        else if (field == u"email"_s)
            p.supportEmail = u"support-at-acme"_s;
        else if (field == u"portal"_s)
            p.portalUrl = u"javascript:alert(1)"_s;
        else
            p.contractEnd = p.contractStart.addDays(-1);
        const QString auditBefore = count(u"audit"_s);
        auto added = plan->addProvider(p);
        QVERIFY(!added);
        QVERIFY2(added.error().contains(message), qPrintable(added.error()));
        QCOMPARE(count(u"provider"_s), u"0"_s);
        QCOMPARE(count(u"audit"_s), auditBefore);
    }

    void answersAreKeptWithWhoAndWhen()
    {
        qint64 id = 0;
        {
            auto plan = newPlan();
            id = plan->addProvider(fullProvider()).value();
            // Stored in canonical form: choices in the bank's order, yes/no lower case.
            QVERIFY(plan->setAnswer(answer(id, u"host.tls.versions"_s, u"tls13; tls12"_s)));
            QVERIFY(plan->setAnswer(answer(id, u"host.hsts"_s, u"YES"_s)));
        }
        auto plan = Plan::open(m_path);
        QVERIFY(plan);
        const auto versions = plan.value()->answer(id, u"host.tls.versions"_s);
        QVERIFY(versions);
        QCOMPARE(versions->value, u"tls12;tls13"_s);
        QCOMPARE(versions->answeredBy, u"Jana Berg"_s);
        QCOMPARE(versions->givenOn, QDate(2026, 11, 20));
        QCOMPARE(versions->enteredAt, m_clock.currentUtc());
        QCOMPARE(versions->questionVersion, QuestionBank::builtIn().find(u"host.tls.versions"_s)->version);
        QCOMPARE(versions->notes, u"By email"_s);
        QCOMPARE(plan.value()->answer(id, u"host.hsts"_s)->value, u"yes"_s);
        QCOMPARE(plan.value()->answersOf(id).size(), 2);
    }

    void answeringAgainReplacesAndAuditsTheOldAnswer()
    {
        auto plan = newPlan();
        const qint64 id = plan->addProvider(fullProvider()).value();
        const qint64 first = plan->setAnswer(answer(id, u"host.hsts"_s, u"no"_s)).value();
        QVERIFY(plan->addAttachment(first, u"screenshot.png"_s, QByteArray(1000, 'x')));
        Answer again = answer(id, u"host.hsts"_s, u"yes"_s);
        again.answeredBy = u"Tom at Acme"_s;
        const qint64 second = plan->setAnswer(again).value();
        QCOMPARE(second, first);
        QCOMPARE(plan->answersOf(id).size(), 1);
        QCOMPARE(plan->answer(id, u"host.hsts"_s)->attachments.size(), 1);
        QCOMPARE(PlanFixture::queryRaw(m_path,
                                       u"SELECT old_value || '>' || new_value FROM audit WHERE entity = "
                                       u"'answer' AND field = 'value' ORDER BY id DESC LIMIT 1"_s),
                 u"no>yes"_s);
        QVERIFY(plan->verifyAudit().intact);
    }

    void refusesAnswersTheBankDoesNotAllow_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("answeredBy");
        QTest::addColumn<QDate>("givenOn");
        QTest::addColumn<QString>("message");
        const QDate ok(2026, 11, 1);
        QTest::newRow("unknown question")
            << u"host.no-such-thing"_s << u"yes"_s << u"Jana"_s << ok << u"no question"_s;
        QTest::newRow("other kind's question")
            << u"payment.pci.attested"_s << u"yes"_s << u"Jana"_s << ok << u"not asked of"_s;
        QTest::newRow("wrong type") << u"host.hsts"_s << u"maybe"_s << u"Jana"_s << ok << u"maybe"_s;
        QTest::newRow("unknown choice")
            << u"host.tls.versions"_s << u"tls14"_s << u"Jana"_s << ok << u"tls14"_s;
        QTest::newRow("nobody gave it") << u"host.hsts"_s << u"yes"_s << u" "_s << ok << u"who gave"_s;
        QTest::newRow("future") << u"host.hsts"_s << u"yes"_s << u"Jana"_s << QDate(2027, 1, 1)
                                << u"future"_s;
        QTest::newRow("no date") << u"host.hsts"_s << u"yes"_s << u"Jana"_s << QDate() << u"date"_s;
    }

    void refusesAnswersTheBankDoesNotAllow()
    {
        QFETCH(QString, question);
        QFETCH(QString, value);
        QFETCH(QString, answeredBy);
        QFETCH(QDate, givenOn);
        QFETCH(QString, message);
        if (question == u"payment.pci.attested"_s) {
            const Question *q = QuestionBank::builtIn().find(question);
            QVERIFY2(q && !q->appliesTo(ProviderKind::WebHost),
                     "the bank should ask payment providers alone");
        }
        auto plan = newPlan();
        const qint64 id = plan->addProvider(fullProvider()).value();
        const QString auditBefore = count(u"audit"_s);
        Answer a = answer(id, question, value);
        a.answeredBy = answeredBy;
        a.givenOn = givenOn;
        auto set = plan->setAnswer(a);
        QVERIFY(!set);
        QVERIFY2(set.error().contains(message, Qt::CaseInsensitive), qPrintable(set.error()));
        QCOMPARE(count(u"provider_answer"_s), u"0"_s);
        QCOMPARE(count(u"audit"_s), auditBefore);
    }

    void severalAnswersGoInWholeOrNotAtAll()
    {
        auto plan = newPlan();
        const qint64 id = plan->addProvider(fullProvider()).value();
        const QList<Answer> bad { answer(id, u"host.hsts"_s, u"yes"_s),
                                  answer(id, u"host.tls.versions"_s, u"tls99"_s) };
        QVERIFY(!plan->setAnswers(bad));
        QCOMPARE(count(u"provider_answer"_s), u"0"_s);
        const QList<Answer> twice { answer(id, u"host.hsts"_s, u"yes"_s),
                                    answer(id, u"host.hsts"_s, u"no"_s) };
        QVERIFY(!plan->setAnswers(twice));
        QCOMPARE(count(u"provider_answer"_s), u"0"_s);
        const QList<Answer> good { answer(id, u"host.hsts"_s, u"yes"_s),
                                   answer(id, u"host.tls.versions"_s, u"tls12;tls13"_s) };
        QSignalSpy changed(plan.get(), &Plan::answersChanged);
        QVERIFY(plan->setAnswers(good));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(count(u"provider_answer"_s), u"2"_s);
    }

    void evidenceFilesKeepTheirBytesAndHash()
    {
        auto plan = newPlan();
        const qint64 id = plan->addProvider(fullProvider()).value();
        const qint64 answerId = plan->setAnswer(answer(id, u"host.hsts"_s, u"yes"_s)).value();
        QByteArray bytes;
        for (int i = 0; i < 300000; ++i)
            bytes.append(char(i * 7));
        auto added = plan->addAttachment(answerId, u"/home/owner/Downloads/acme-hsts.png"_s, bytes);
        QVERIFY2(added, qPrintable(added.error()));
        const Attachment file = plan->answer(id, u"host.hsts"_s)->attachments.constFirst();
        QCOMPARE(file.fileName, u"acme-hsts.png"_s);
        QCOMPARE(file.size, bytes.size());
        QCOMPARE(file.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(plan->attachmentData(added.value()).value(), bytes);

        // A file over the limit, or an empty one, is refused and nothing is kept.
        auto tooBig = plan->addAttachment(answerId, u"huge.zip"_s, QByteArray(Attachment::maxSize + 1, 'z'));
        QVERIFY(!tooBig);
        QVERIFY2(tooBig.error().contains(u"at most"_s), qPrintable(tooBig.error()));
        QVERIFY(!plan->addAttachment(answerId, u"empty.txt"_s, {}));
        QCOMPARE(count(u"answer_attachment"_s), u"1"_s);

        // Bytes changed behind the plan's back are noticed, not handed out.
        QVERIFY(PlanFixture::execRaw(m_path, u"UPDATE answer_attachment SET data = x'00'"_s));
        auto damaged = plan->attachmentData(added.value());
        QVERIFY(!damaged);
        QVERIFY2(damaged.error().contains(u"damaged"_s), qPrintable(damaged.error()));

        QVERIFY(plan->removeAttachment(added.value()));
        QCOMPARE(count(u"answer_attachment"_s), u"0"_s);
        QVERIFY(plan->verifyAudit().intact);
    }

    void answerAgeSettingIsKept()
    {
        {
            auto plan = newPlan();
            QCOMPARE(plan->answerMaxAgeMonths(), 12);
            QVERIFY(!plan->setAnswerMaxAgeMonths(0));
            QVERIFY(plan->setAnswerMaxAgeMonths(6));
        }
        auto plan = Plan::open(m_path);
        QVERIFY(plan);
        QCOMPARE(plan.value()->answerMaxAgeMonths(), 6);
    }

    void versionTwoPlanGainsTheProviderTables()
    {
        newPlan();
        // The tables of later versions go too: a version 2 plan has none of them.
        QVERIFY(PlanFixture::makeVersion(m_path, 2));
        auto plan = Plan::open(m_path);
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(PlanFixture::queryRaw(m_path, u"PRAGMA user_version"_s),
                 QString::number(PlanSchema::currentVersion()));
        QVERIFY(plan.value()->addProvider(fullProvider()));
        QCOMPARE(plan.value()->shop().name, u"Tiny Tea"_s);
    }
};

QTEST_GUILESS_MAIN(TestPlanProviders)
#include "tst_planproviders.moc"
