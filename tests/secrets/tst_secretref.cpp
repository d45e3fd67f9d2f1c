#include "secrets/SecretStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

// SecretRef is what the plan file stores; SecretResult is what every store hands back.
class tst_SecretRef : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyJoinsTheFourParts()
    {
        const SecretRef ref(u"plan-1"_s, u"providers"_s, u"host"_s, u"portal-password"_s);
        QVERIFY(ref.isValid());
        QCOMPARE(ref.key(), u"plan-1/providers/host/portal-password"_s);
    }

    void fromKeyRoundTrips()
    {
        const SecretRef ref(u"5f0c"_s, u"contingency"_s, u"certificate"_s, u"passphrase ü"_s);
        const std::optional<SecretRef> parsed = SecretRef::fromKey(ref.key());
        QVERIFY(parsed);
        QVERIFY(*parsed == ref);
        QCOMPARE(parsed->planId(), u"5f0c"_s);
        QCOMPARE(parsed->area(), u"contingency"_s);
        QCOMPARE(parsed->itemId(), u"certificate"_s);
        QCOMPARE(parsed->label(), u"passphrase ü"_s);
    }

    void fromKeyRejectsMalformedKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("empty") << QString();
        QTest::newRow("three parts") << u"plan/area/item"_s;
        QTest::newRow("five parts") << u"plan/area/item/label/extra"_s;
        QTest::newRow("empty plan") << u"/area/item/label"_s;
        QTest::newRow("empty area") << u"plan//item/label"_s;
        QTest::newRow("empty item") << u"plan/area//label"_s;
        QTest::newRow("empty label") << u"plan/area/item/"_s;
        QTest::newRow("leading slash") << u"/plan/area/item/label"_s;
        QTest::newRow("probe key") << u"storefort-availability-probe"_s;
    }

    void fromKeyRejectsMalformedKeys()
    {
        QFETCH(QString, key);
        QVERIFY(!SecretRef::fromKey(key));
    }

    void partsWithSlashOrEmptyAreInvalid_data()
    {
        QTest::addColumn<QString>("planId");
        QTest::addColumn<QString>("area");
        QTest::addColumn<QString>("itemId");
        QTest::addColumn<QString>("label");
        QTest::newRow("all empty") << QString() << QString() << QString() << QString();
        QTest::newRow("slash in plan") << u"a/b"_s << u"area"_s << u"item"_s << u"label"_s;
        QTest::newRow("slash in area") << u"plan"_s << u"a/b"_s << u"item"_s << u"label"_s;
        QTest::newRow("slash in item") << u"plan"_s << u"area"_s << u"a/b"_s << u"label"_s;
        QTest::newRow("slash in label") << u"plan"_s << u"area"_s << u"item"_s << u"a/b"_s;
        QTest::newRow("empty plan") << QString() << u"area"_s << u"item"_s << u"label"_s;
        QTest::newRow("empty label") << u"plan"_s << u"area"_s << u"item"_s << QString();
    }

    void partsWithSlashOrEmptyAreInvalid()
    {
        QFETCH(QString, planId);
        QFETCH(QString, area);
        QFETCH(QString, itemId);
        QFETCH(QString, label);
        const SecretRef ref(planId, area, itemId, label);
        QVERIFY(!ref.isValid());
        QVERIFY(ref.key().isEmpty());
    }

    void defaultRefIsInvalid() { QVERIFY(!SecretRef().isValid()); }

    void failureCarriesMessageAndDetail()
    {
        const SecretResult result
            = SecretResult::failure(SecretResult::Outcome::Locked, u"locked"_s, u"backend text"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.outcome(), SecretResult::Outcome::Locked);
        QCOMPARE(result.message(), u"locked"_s);
        QCOMPARE(result.detail(), u"backend text"_s);
        QVERIFY(result.secret().isEmpty());
        const Status status = result.toStatus();
        QVERIFY(!status.ok());
        QCOMPARE(status.error(), u"locked"_s);
    }

    void successCarriesTheSecret()
    {
        const SecretResult result = SecretResult::success(QByteArrayLiteral("s3cret"));
        QVERIFY(result.ok());
        QVERIFY(result.message().isEmpty());
        QVERIFY(result.secret() == QByteArrayLiteral("s3cret"));
        QVERIFY(result.toStatus().ok());
    }

    void copiesKeptByTheCallerSurviveTheResult()
    {
        QByteArray kept;
        {
            const SecretResult result = SecretResult::success(QByteArray("kept secret"));
            kept = result.secret();
        }
        QVERIFY(kept == QByteArrayLiteral("kept secret"));
    }

    void wipeSecretLeavesSharedBuffersAlone()
    {
        QByteArray mine("shared secret");
        QByteArray theirs = mine;
        wipeSecret(mine);
        QVERIFY(mine.isEmpty());
        QVERIFY(theirs == QByteArrayLiteral("shared secret"));
    }
};

QTEST_GUILESS_MAIN(tst_SecretRef)
#include "tst_secretref.moc"
