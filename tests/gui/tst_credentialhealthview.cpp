// The "Check stored passwords" view: nothing is read until the owner asks; then the table shows each
// stored secret's strength in words (and colour), what it shares a password with and its age, the
// findings say why and what to do, and no secret shows anywhere. Without a keychain it says so.
#include "../secrets/SecretStoreTestSupport.h"
#include "CredentialHealthView.h"
#include "GuiTestHome.h"
#include "NoticeBanner.h"
#include "PlanSession.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/NoSecretStore.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

// Everything the view shows as text: labels, table cells and tooltips, the findings.
QString everythingShown(QWidget *view)
{
    QStringList texts;
    for (const QLabel *label : view->findChildren<QLabel *>())
        texts << label->text() << label->toolTip();
    for (const QTextBrowser *browser : view->findChildren<QTextBrowser *>())
        texts << browser->toPlainText() << browser->toHtml();
    for (const QTableWidget *table : view->findChildren<QTableWidget *>()) {
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 0; c < table->columnCount(); ++c) {
                if (const QTableWidgetItem *item = table->item(r, c))
                    texts << item->text() << item->toolTip();
            }
        }
    }
    for (const NoticeBanner *banner : view->findChildren<NoticeBanner *>())
        texts << banner->text() << banner->toolTip();
    return texts.join(u'\n');
}

} // namespace

class TestCredentialHealthView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase() { Clock::setClock(nullptr); }

    void noKeychainIsSaidPlainly();
    void keychainTableAfterTheButton();

private:
    qint64 addProvider(const QString &name);
    bool storeSecret(SecretStore &store, qint64 providerId, const QByteArray &secret);

    GuiTestHome m_home;
    FixedClock m_clock { QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC) };
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanSession> m_session;
    std::unique_ptr<CredentialHealthView> m_view;
    QList<SecretRef> m_stored;
};

void TestCredentialHealthView::initTestCase()
{
    QVERIFY(m_home.start());
    Clock::setClock(&m_clock);
}

void TestCredentialHealthView::init()
{
    m_home.reset();
    m_clock.setTime(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    m_path = m_dir.filePath(u"%1.storefort"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_session = std::make_unique<PlanSession>();
    QVERIFY(m_session->create(m_path, u"Tiny Tea"_s));
}

void TestCredentialHealthView::cleanup()
{
    for (const SecretRef &ref : std::as_const(m_stored))
        (void)removeSecret(*m_session->secrets(), ref);
    m_stored.clear();
    m_view.reset();
    m_session.reset();
}

qint64 TestCredentialHealthView::addProvider(const QString &name)
{
    Provider p;
    p.name = name;
    p.credentialUser = u"owner@tinytea.example"_s;
    const auto id = m_session->plan()->addProvider(p);
    return id ? id.value() : 0;
}

bool TestCredentialHealthView::storeSecret(SecretStore &store, qint64 providerId, const QByteArray &secret)
{
    const SecretRef ref(m_session->plan()->planId(), u"provider"_s, QString::number(providerId), u"portal"_s);
    const auto written = writeSecret(store, ref, secret);
    if (!written || !written->ok()) {
        qWarning("could not store a secret: %s", describeResult(written).constData());
        return false;
    }
    m_stored.append(ref);
    Provider p = *m_session->plan()->provider(providerId);
    p.credentialRef = ref.key();
    return bool(m_session->plan()->updateProvider(p));
}

void TestCredentialHealthView::noKeychainIsSaidPlainly()
{
    m_session->setSecretStore(new NoSecretStore);
    const qint64 id = addProvider(u"Example Host"_s);
    Provider p = *m_session->plan()->provider(id);
    p.credentialRef
        = SecretRef(m_session->plan()->planId(), u"provider"_s, QString::number(id), u"portal"_s).key();
    QVERIFY(m_session->plan()->updateProvider(p));

    m_view = std::make_unique<CredentialHealthView>(*m_session, nullptr);
    m_view->resize(900, 600);
    m_view->show();
    auto *table = child<QTableWidget>(m_view.get(), u"credentialHealthTable"_s);
    auto *notice = child<NoticeBanner>(m_view.get(), u"credentialHealthNotice"_s);
    QVERIFY(table && notice);
    QVERIFY(table->isHidden());
    QVERIFY(notice->isHidden());

    QSignalSpy finished(m_view.get(), &CredentialHealthView::checkFinished);
    child<QPushButton>(m_view.get(), u"credentialHealthCheck"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, keychainTimeoutMs);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!notice->isHidden());
    QVERIFY2(notice->text().contains(u"could not be checked"_s), qPrintable(notice->text()));
    QVERIFY(notice->text().size() > 40); // and why, in the store's words
    QVERIFY(table->isHidden());
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(child<QTextBrowser>(m_view.get(), u"credentialHealthFindings"_s)->isHidden());
    QVERIFY(child<QPushButton>(m_view.get(), u"credentialHealthCheck"_s)->isEnabled());
}

void TestCredentialHealthView::keychainTableAfterTheButton()
{
    auto *store = new KeychainSecretStore;
    const auto probed = probeStore(*store);
    if (!probed || !probed->ok()) {
        const bool required = qEnvironmentVariableIsSet("STOREFORT_PRIVATE_KEYRING");
        delete store;
        if (required)
            QFAIL(QByteArray("the private keyring is not available: " + describeResult(probed)).constData());
        QSKIP("No Secret Service here; run with tests/secrets/run-with-private-keyring.sh");
    }
    m_session->setSecretStore(store);

    // Stored 500 days ago: a strong secret that the CDN shares.
    const QByteArray shared = "Kx7#pQ2mZ9";
    const QByteArray weak = "qwertyuiop";
    const QByteArray strong = "n4Tq8vWz3KpY7rHs2mXc";
    const QByteArray fair = "mW9vQzP2rT";
    m_clock.setTime(m_clock.currentUtc().addDays(-500));
    const qint64 host = addProvider(u"Example Host"_s);
    QVERIFY(storeSecret(*store, host, shared));
    m_clock.setTime(QDateTime(QDate(2026, 2, 20), QTime(9, 0), Qt::UTC));
    const qint64 cdn = addProvider(u"Fast CDN"_s);
    QVERIFY(storeSecret(*store, cdn, shared));
    const qint64 mail = addProvider(u"Mail Co"_s);
    QVERIFY(storeSecret(*store, mail, weak));
    const qint64 bank = addProvider(u"Pay Ltd"_s);
    QVERIFY(storeSecret(*store, bank, strong));
    const qint64 registrar = addProvider(u"Name Registrar"_s);
    QVERIFY(storeSecret(*store, registrar, fair));
    m_clock.setTime(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));

    m_view = std::make_unique<CredentialHealthView>(*m_session, nullptr);
    m_view->resize(1000, 720);
    m_view->show();
    auto *table = child<QTableWidget>(m_view.get(), u"credentialHealthTable"_s);
    QVERIFY(table);
    // Nothing is read when the view opens.
    QTest::qWait(200);
    QVERIFY(table->isHidden());
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!child<QLabel>(m_view.get(), u"credentialHealthPrivacy"_s)->text().contains(u"Checked"_s));

    QSignalSpy finished(m_view.get(), &CredentialHealthView::checkFinished);
    child<QPushButton>(m_view.get(), u"credentialHealthCheck"_s)->click();
    QVERIFY(m_view->isBusy());
    QVERIFY(!child<QPushButton>(m_view.get(), u"credentialHealthCheck"_s)->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 4 * keychainTimeoutMs);
    QVERIFY(finished.first().at(0).toBool());
    QVERIFY(!m_view->isBusy());

    QVERIFY(!table->isHidden());
    QCOMPARE(table->rowCount(), 5);
    auto cell = [table](int row, int column) { return table->item(row, column)->text(); };
    const QStringList expected[] = {
        { u"Portal of Example Host"_s, u"strong"_s, u"Portal of Fast CDN"_s, u"500 day"_s },
        { u"Portal of Fast CDN"_s, u"strong"_s, u"Portal of Example Host"_s, u"10 day"_s },
        { u"Portal of Mail Co"_s, u"very weak"_s, u"Used only here"_s, u"10 day"_s },
        { u"Portal of Pay Ltd"_s, u"very strong"_s, u"Used only here"_s, u"10 day"_s },
        { u"Portal of Name Registrar"_s, u"fair"_s, u"Used only here"_s, u"10 day"_s },
    };
    for (int row = 0; row < 5; ++row) {
        for (int column = 0; column < CredentialHealthView::AgeColumn; ++column)
            QCOMPARE(cell(row, column), expected[row].at(column));
        // "%n day(s)": the English plural comes from the catalogue, which a test does not load.
        QVERIFY2(cell(row, CredentialHealthView::AgeColumn)
                     .startsWith(expected[row].at(CredentialHealthView::AgeColumn)),
                 qPrintable(cell(row, CredentialHealthView::AgeColumn)));
    }
    // Strength in words and in colour, with an icon: never the colour alone.
    QCOMPARE(table->item(2, CredentialHealthView::StrengthColumn)->foreground().color(),
             CredentialHealthView::strengthColour(0));
    QVERIFY(CredentialHealthView::strengthColour(0) != CredentialHealthView::strengthColour(4));
    QVERIFY(!table->item(2, CredentialHealthView::StrengthColumn)->icon().isNull());

    auto *findings = child<QTextBrowser>(m_view.get(), u"credentialHealthFindings"_s);
    QVERIFY(!findings->isHidden());
    const QString found = findings->toPlainText();
    QVERIFY2(found.contains(u"The same password is used in 2 place"_s), qPrintable(found));
    QVERIFY(found.contains(u"The password for Portal of Mail Co is very weak"_s));
    QVERIFY(found.contains(u"The password for Portal of Name Registrar could be stronger"_s));
    QVERIFY(found.contains(u"The password for Portal of Example Host has not been changed for 500 day"_s));
    QVERIFY(found.contains(u"What to do:"_s));
    QVERIFY(!found.contains(u"Pay Ltd"_s));
    const QString summary = child<QLabel>(m_view.get(), u"credentialHealthSummary"_s)->text();
    QVERIFY2(summary.contains(u"3 thing"_s), qPrintable(summary));
    const QString privacy = child<QLabel>(m_view.get(), u"credentialHealthPrivacy"_s)->text();
    QVERIFY2(privacy.contains(u"on this computer"_s) && privacy.contains(u"Nothing was saved"_s),
             qPrintable(privacy));

    // No secret anywhere on screen, nor in the plan file.
    const QString shown = everythingShown(m_view.get());
    for (const QByteArray &secret : { shared, weak, strong, fair }) {
        QVERIFY(!shown.contains(QString::fromUtf8(secret)));
        QVERIFY(!shown.contains(QString::fromUtf8(secret.left(6))));
    }
    QFile plan(m_path);
    QVERIFY(plan.open(QIODevice::ReadOnly));
    const QByteArray bytes = plan.readAll();
    for (const QByteArray &secret : { shared, weak, strong, fair })
        QVERIFY(!bytes.contains(secret));

    if (const QString shot = qEnvironmentVariable("STOREFORT_SCREENSHOT"); !shot.isEmpty()) {
        QDir().mkpath(QFileInfo(shot).absolutePath());
        QVERIFY(m_view->grab().save(shot));
    }

    // A change to the providers makes the result stale, and says so.
    Provider renamed = *m_session->plan()->provider(bank);
    renamed.name = u"Pay Limited"_s;
    QVERIFY(m_session->plan()->updateProvider(renamed));
    QVERIFY(child<QLabel>(m_view.get(), u"credentialHealthSummary"_s)->text().contains(u"Check again"_s));
}

QTEST_MAIN(TestCredentialHealthView)
#include "tst_credentialhealthview.moc"
