#include "../tls/OpensslServers.h"
#include "../tls/TlsResultFixture.h"
#include "FileDialog.h"
#include "GuiTestHome.h"
#include "MessageBox.h"
#include "NoticeBanner.h"
#include "PlanSession.h"
#include "TlsPage.h"
#include "TlsProbeRunner.h"
#include "TlsProtocolTable.h"
#include "plan/Plan.h"
#include "tls/TlsGrade.h"
#include "tls/TlsProbeJson.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

// The "Encryption (TLS)" page against a real `openssl s_server` on 127.0.0.1, and against a server
// that accepts connections and never answers (for cancelling).
class TestTlsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase() { m_servers.stopAll(); }

    void probeShowsVerdictKeepsItAndComparesTheNext();
    void firstVerdictShowsWhileTheProbeGoesOn();
    void cancelEndsCleanly();
    void closingDuringProbeCancelsAndJoins();
    void readOnlyPlanProbesWithoutKeeping();
    void historyEntryShowsThatProbe();
    void exportWritesJsonThatReadsBack();
    void exportFailureIsSaidPlainly();
    void badAddressIsSaidPlainly();
    void pictures();

private:
    struct View
    {
        QComboBox *site;
        QPushButton *probe;
        QPushButton *cancel;
        QLabel *grade;
        QLabel *reasons;
        QLabel *changes;
        QTreeWidget *protocols;
        QTreeWidget *history;
        NoticeBanner *status;
        QPushButton *exportButton;
        QLabel *progressText;
    };
    static View view(TlsPage &page);
    static QString accepted(QTreeWidget *protocols, TlsVersion version);
    QString createPlan(const QStringList &sites);
    TlsProbeOptions quickOptions() const;
    // Clicks Probe and waits for the end, counting how often a 20 ms timer fired meanwhile.
    int probeAndWait(TlsPage &page, int timeoutMs = 120000);
    static void keepFixture(Plan &plan, const TlsProbeResult &result, const QDateTime &at);

    GuiTestHome m_home;
    OpensslServers m_servers;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    int m_planNumber = 0;
};

void TestTlsPage::initTestCase()
{
    QVERIFY(m_home.start());
    const QString problem = m_servers.setUp();
    if (!problem.isEmpty())
        QSKIP(qPrintable(problem));
    // TLS 1.2 and 1.3 only, the self-signed CN=localhost certificate: not trusted, so the grade is T.
    const OpensslServers::Server server = m_servers.start(
        u"127.0.0.1"_s, { u"-www"_s, u"-min_protocol"_s, u"TLSv1.2"_s, u"-max_protocol"_s, u"TLSv1.3"_s });
    QVERIFY(server.port != 0);
    m_port = server.port;
}

void TestTlsPage::init()
{
    m_home.reset();
    MessageBox::clearLastText();
}

TestTlsPage::View TestTlsPage::view(TlsPage &page)
{
    return { page.findChild<QComboBox *>(u"tlsSite"_s),
             page.findChild<QPushButton *>(u"tlsProbe"_s),
             page.findChild<QPushButton *>(u"tlsCancel"_s),
             page.findChild<QLabel *>(u"tlsGradeLetter"_s),
             page.findChild<QLabel *>(u"tlsGradeReasons"_s),
             page.findChild<QLabel *>(u"tlsChanges"_s),
             page.findChild<QTreeWidget *>(u"tlsProtocolTable"_s),
             page.findChild<QTreeWidget *>(u"tlsHistoryList"_s),
             page.findChild<NoticeBanner *>(u"tlsStatus"_s),
             page.findChild<QPushButton *>(u"tlsExport"_s),
             page.findChild<QLabel *>(u"tlsProgressText"_s) };
}

QString TestTlsPage::accepted(QTreeWidget *protocols, TlsVersion version)
{
    for (int row = 0; row < protocols->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = protocols->topLevelItem(row);
        if (item->data(TlsProtocolTable::Name, Qt::UserRole).toString() == TlsVersions::key(version))
            return item->text(TlsProtocolTable::Accepted);
    }
    return u"(no row)"_s;
}

QString TestTlsPage::createPlan(const QStringList &sites)
{
    const QString path = m_dir.filePath(u"plan%1.storefort"_s.arg(++m_planNumber));
    auto plan = Plan::create(path, ShopProfile { .name = u"Corner Bakery"_s, .siteUrls = sites });
    return plan ? path : QString();
}

TlsProbeOptions TestTlsPage::quickOptions() const
{
    TlsProbeOptions options;
    options.addresses = TlsProbeOptions::Addresses::IPv4Only; // s_server listens on 127.0.0.1 only
    options.connectTimeoutMs = 3000;
    options.readTimeoutMs = 3000;
    options.httpPort = 0; // port 80 of this machine is none of the test's business
    return options;
}

int TestTlsPage::probeAndWait(TlsPage &page, int timeoutMs)
{
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(20);
    connect(&ticker, &QTimer::timeout, &page, [&ticks] { ++ticks; });
    ticker.start();
    QTest::mouseClick(view(page).probe, Qt::LeftButton);
    if (!page.isProbing())
        return -1;
    QElapsedTimer clock;
    clock.start();
    while (page.isProbing() && clock.elapsed() < timeoutMs)
        QTest::qWait(20);
    return page.isProbing() ? -1 : ticks;
}

void TestTlsPage::keepFixture(Plan &plan, const TlsProbeResult &result, const QDateTime &at)
{
    TlsProbeRecord record;
    record.at = at;
    record.host = result.host;
    record.port = result.port;
    record.ip = result.ip;
    record.grade = TlsGrade::compute(result).letter;
    record.json = QJsonDocument(TlsProbeJson::toJson(result)).toJson(QJsonDocument::Compact);
    QVERIFY(plan.addTlsProbe(record));
}

void TestTlsPage::probeShowsVerdictKeepsItAndComparesTheNext()
{
    const QString path = createPlan({ u"https://localhost:%1"_s.arg(m_port) });
    QVERIFY(!path.isEmpty());
    {
        PlanSession session;
        QVERIFY(session.open(path));
        TlsPage page(session);
        page.setProbeOptions(quickOptions());
        page.resize(1100, 1000);
        page.show();
        const View v = view(page);
        QCOMPARE(v.site->currentText(), u"https://localhost:%1"_s.arg(m_port));
        QVERIFY(v.cancel && !v.cancel->isEnabled());

        auto *runner = page.findChild<TlsProbeRunner *>();
        QVERIFY(runner);
        QSignalSpy firstVerdict(runner, &TlsProbeRunner::firstVerdict);
        QSignalSpy progress(runner, &TlsProbeRunner::progress);
        QElapsedTimer clock;
        clock.start();
        const int ticks = probeAndWait(page);
        QVERIFY2(ticks >= 0, "the probe did not end");
        // The GUI thread kept going: the 20 ms timer fired all along the probe.
        QVERIFY2(ticks >= clock.elapsed() / 20 / 3,
                 qPrintable(u"%1 ticks in %2 ms"_s.arg(ticks).arg(clock.elapsed())));
        QVERIFY(progress.count() > 0);
        QVERIFY(firstVerdict.count() >= 1);
        QVERIFY2(v.status->kind() != NoticeBanner::Kind::Error, qPrintable(v.status->text()));

        QCOMPARE(accepted(v.protocols, TlsVersion::TLS13), u"Yes"_s);
        QCOMPARE(accepted(v.protocols, TlsVersion::TLS12), u"Yes"_s);
        QCOMPARE(accepted(v.protocols, TlsVersion::TLS10), u"No"_s);
        QCOMPARE(accepted(v.protocols, TlsVersion::SSLv3), u"No"_s);
        QCOMPARE(v.grade->text(), u"T"_s);
        QVERIFY2(v.reasons->text().contains(u"self-signed"_s), qPrintable(v.reasons->text()));
        QVERIFY2(v.changes->text().contains(u"first probe"_s), qPrintable(v.changes->text()));
        QVERIFY(v.probe->isEnabled());
        QVERIFY(v.exportButton->isEnabled());

        auto kept = session.plan()->tlsProbes(u"localhost"_s);
        QVERIFY2(kept, qPrintable(kept.error()));
        QCOMPARE(kept->size(), 1);
        QCOMPARE(kept->first().grade, u"T"_s);
        QCOMPARE(kept->first().port, int(m_port));
        QCOMPARE(kept->first().ip, u"127.0.0.1"_s);
        QCOMPARE(v.history->topLevelItemCount(), 1);

        // STOREFORT_TLS_SHOT=/tmp/tls.png: a picture of the page and of each tab, to look at.
        if (const QString shot = qEnvironmentVariable("STOREFORT_TLS_SHOT"); !shot.isEmpty()) {
            auto *tabs = page.findChild<QTabWidget *>(u"tlsDetails"_s);
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                QTest::qWait(50); // let the layouts settle before the picture
                page.grab().save(tab == 0 ? shot : QString(shot).replace(u".png"_s, u"-%1.png"_s.arg(tab)));
            }
            tabs->setCurrentIndex(0);
        }

        // Again: nothing that matters changed, and the history has both.
        QVERIFY(probeAndWait(page) >= 0);
        QVERIFY2(v.changes->text().contains(u"Nothing important changed"_s), qPrintable(v.changes->text()));
        QCOMPARE(v.history->topLevelItemCount(), 2);
        QCOMPARE(v.grade->text(), u"T"_s);
    }
    // The probes are in the file itself.
    auto reopened = Plan::open(path);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    auto kept = reopened.value()->tlsProbes();
    QVERIFY(kept);
    QCOMPARE(kept->size(), 2);
    const auto json = QJsonDocument::fromJson(kept->first().json);
    QVERIFY(json.isObject());
    auto back = TlsProbeJson::fromJson(json.object());
    QVERIFY2(back, qPrintable(back.error()));
    QVERIFY(back->accepted(TlsVersion::TLS13));
}

void TestTlsPage::firstVerdictShowsWhileTheProbeGoesOn()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const QString path = createPlan({ u"https://127.0.0.1:%1"_s.arg(silent.serverPort()) });
    PlanSession session;
    QVERIFY(session.open(path));
    TlsPage page(session);
    page.setProbeOptions(quickOptions());
    page.resize(1100, 800);
    page.show();
    const View v = view(page);
    QVERIFY(!page.findChild<QWidget *>(u"tlsEmpty"_s)->isHidden());
    QTest::mouseClick(v.probe, Qt::LeftButton);
    QVERIFY(page.isProbing());

    // What the probe delivers once the protocols and the certificate of an address are known.
    TlsProbeResult partial = TlsResultFixture::modern();
    partial.certificate.trusted = false;
    partial.certificate.selfSigned = true;
    emit page.findChild<TlsProbeRunner *>()->firstVerdict(partial);
    QCOMPARE(accepted(v.protocols, TlsVersion::TLS13), u"Yes"_s);
    QCOMPARE(accepted(v.protocols, TlsVersion::TLS10), u"No"_s);
    QCOMPARE(v.grade->text(), u"…"_s);
    QVERIFY2(v.reasons->text().contains(u"self-signed"_s), qPrintable(v.reasons->text()));
    QVERIFY(page.findChild<QLabel *>(u"tlsCaption"_s)->text().contains(u"First look"_s));
    QCOMPARE(page.findChild<QLabel *>(u"tlsCertSubject"_s)->text(), u"CN=shop.example"_s);
    QVERIFY(!v.exportButton->isEnabled()); // only a finished probe is exported
    if (const QString shot = qEnvironmentVariable("STOREFORT_TLS_SHOT"); !shot.isEmpty()) {
        QTest::qWait(50);
        page.grab().save(QString(shot).replace(u".png"_s, u"-firstlook.png"_s));
    }

    // Cancelled: nothing was shown before, so nothing is shown after.
    QTest::mouseClick(v.cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isProbing(), 15000);
    QVERIFY(!page.findChild<QWidget *>(u"tlsEmpty"_s)->isHidden());
    QCOMPARE(session.plan()->tlsProbes()->size(), 0);
}

void TestTlsPage::cancelEndsCleanly()
{
    // Accepts every connection and never says a word.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const QString path = createPlan({ u"https://127.0.0.1:%1"_s.arg(silent.serverPort()) });
    PlanSession session;
    QVERIFY(session.open(path));
    TlsPage page(session);
    // Long timeouts: only the cancel can end this probe soon.
    TlsProbeOptions options = quickOptions();
    options.connectTimeoutMs = 20000;
    options.readTimeoutMs = 20000;
    page.setProbeOptions(options);
    page.show();
    const View v = view(page);

    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, &page, [&ticks] { ++ticks; });
    ticker.start(20);
    QTest::mouseClick(v.probe, Qt::LeftButton);
    QVERIFY(page.isProbing());
    QVERIFY(!v.probe->isEnabled());
    QVERIFY(v.cancel->isEnabled());
    QTest::qWait(500);
    QVERIFY(page.isProbing());
    QVERIFY(ticks >= 8);

    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(v.cancel, Qt::LeftButton);
    QVERIFY(v.progressText->text().contains(u"Cancelling"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isProbing(), 15000);
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(v.status->kind(), NoticeBanner::Kind::Information);
    QVERIFY2(v.status->text().contains(u"cancelled"_s), qPrintable(v.status->text()));
    QVERIFY(v.probe->isEnabled());
    QVERIFY(v.site->isEnabled());
    QVERIFY(!v.cancel->isEnabled());
    QCOMPARE(session.plan()->tlsProbes()->size(), 0);

    // Usable again: the next probe starts.
    QTest::mouseClick(v.probe, Qt::LeftButton);
    QVERIFY(page.isProbing());
    QTest::mouseClick(v.cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isProbing(), 15000);
}

void TestTlsPage::closingDuringProbeCancelsAndJoins()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const QString path = createPlan({ u"https://127.0.0.1:%1"_s.arg(silent.serverPort()) });
    PlanSession session;
    QVERIFY(session.open(path));
    auto *page = new TlsPage(session);
    // Long timeouts: only the cancel can end this probe soon.
    TlsProbeOptions options = quickOptions();
    options.connectTimeoutMs = 20000;
    options.readTimeoutMs = 20000;
    page->setProbeOptions(options);
    page->show();
    QTest::mouseClick(view(*page).probe, Qt::LeftButton);
    QVERIFY(page->isProbing());
    QTest::qWait(300);

    QElapsedTimer clock;
    clock.start();
    delete page; // what closing the plan or the window does
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QTest::qWait(100); // nothing queued by the worker may arrive now
    QCOMPARE(session.plan()->tlsProbes()->size(), 0);
}

void TestTlsPage::readOnlyPlanProbesWithoutKeeping()
{
    const QString path = createPlan({ u"https://localhost:%1"_s.arg(m_port) });
    PlanSession holder; // holds the plan's lock: the page's session gets it read-only
    QVERIFY(holder.open(path));
    PlanSession session;
    QVERIFY(session.open(path));
    if (!session.plan()->isReadOnly())
        QSKIP("a second open in the same process is not read-only here");
    TlsPage page(session);
    page.setProbeOptions(quickOptions());
    page.show();
    const View v = view(page);
    QVERIFY(probeAndWait(page) >= 0);
    QCOMPARE(v.grade->text(), u"T"_s);
    QVERIFY2(v.status->text().contains(u"not kept"_s), qPrintable(v.status->text()));
    QCOMPARE(holder.plan()->tlsProbes()->size(), 0);
    QCOMPARE(v.history->topLevelItemCount(), 0);
    QVERIFY(v.exportButton->isEnabled());
}

void TestTlsPage::historyEntryShowsThatProbe()
{
    const QString path = createPlan({ u"https://shop.example"_s });
    PlanSession session;
    QVERIFY(session.open(path));
    TlsProbeResult older = TlsResultFixture::modern();
    TlsResultFixture::accept(older, TlsVersion::TLS10, { TlsResultFixture::rsaAes128Cbc() });
    const TlsProbeResult newer = TlsResultFixture::modern();
    keepFixture(*session.plan(), older, TlsResultFixture::at(2024, 1, 10));
    keepFixture(*session.plan(), newer, TlsResultFixture::at(2024, 2, 10));

    TlsPage page(session);
    const View v = view(page);
    // The newest is shown at first, compared with the one before.
    QCOMPARE(v.history->topLevelItemCount(), 2);
    QCOMPARE(accepted(v.protocols, TlsVersion::TLS10), u"No"_s);
    const QString newerGrade = v.grade->text();
    QVERIFY(!newerGrade.isEmpty());
    QVERIFY2(v.changes->text().contains(u"Since the probe of"_s), qPrintable(v.changes->text()));

    v.history->setCurrentItem(v.history->topLevelItem(1));
    QCOMPARE(accepted(v.protocols, TlsVersion::TLS10), u"Yes"_s);
    QCOMPARE(v.grade->text(), TlsGrade::compute(older).letter);
    QVERIFY2(v.changes->text().contains(u"first probe"_s), qPrintable(v.changes->text()));
    QVERIFY(v.grade->text() != newerGrade);
}

void TestTlsPage::exportWritesJsonThatReadsBack()
{
    const QString path = createPlan({ u"https://shop.example"_s });
    PlanSession session;
    QVERIFY(session.open(path));
    keepFixture(*session.plan(), TlsResultFixture::modern(), TlsResultFixture::at(2024, 2, 10));
    TlsPage page(session);
    const View v = view(page);
    QVERIFY(v.exportButton->isEnabled());

    const QString target = m_dir.filePath(u"export"_s); // the suffix is added
    FileDialog::setNextFileName(target);
    QTest::mouseClick(v.exportButton, Qt::LeftButton);
    QFile file(target + u".json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains('\n')); // pretty, for people to read
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    QVERIFY(document.isObject());
    auto back = TlsProbeJson::fromJson(document.object());
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(back->host, u"shop.example"_s);
    QVERIFY(back->accepted(TlsVersion::TLS13));
    QVERIFY(!back->accepted(TlsVersion::TLS10));
    QCOMPARE(back->certificate.sha256, QString(64, u'a'));
    QCOMPARE(v.status->kind(), NoticeBanner::Kind::Positive);
}

void TestTlsPage::exportFailureIsSaidPlainly()
{
    const QString path = createPlan({ u"https://shop.example"_s });
    PlanSession session;
    QVERIFY(session.open(path));
    keepFixture(*session.plan(), TlsResultFixture::modern(), TlsResultFixture::at(2024, 2, 10));
    TlsPage page(session);
    FileDialog::setNextFileName(m_dir.filePath(u"no-such-folder/export.json"_s));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(view(page).exportButton, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(u"could not be saved"_s), qPrintable(MessageBox::lastText()));
}

void TestTlsPage::badAddressIsSaidPlainly()
{
    const QString path = createPlan({});
    PlanSession session;
    QVERIFY(session.open(path));
    TlsPage page(session);
    const View v = view(page);
    v.site->setEditText(u"https://"_s);
    QTest::mouseClick(v.probe, Qt::LeftButton);
    QVERIFY(!page.isProbing());
    QCOMPARE(v.status->kind(), NoticeBanner::Kind::Error);
    QVERIFY(!v.status->isHidden());
    QCOMPARE(session.plan()->tlsProbes()->size(), 0);
}

// STOREFORT_TLS_SHOT=/tmp/tls.png: pictures to look at — a probe running, and a result in a dark palette.
void TestTlsPage::pictures()
{
    const QString shot = qEnvironmentVariable("STOREFORT_TLS_SHOT");
    if (shot.isEmpty())
        QSKIP("set STOREFORT_TLS_SHOT to a .png path to take pictures");
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    const QString path
        = createPlan({ u"https://127.0.0.1:%1"_s.arg(silent.serverPort()), u"https://shop.example"_s });
    PlanSession session;
    QVERIFY(session.open(path));
    TlsProbeResult older = TlsResultFixture::modern();
    TlsResultFixture::accept(older, TlsVersion::TLS10, { TlsResultFixture::rsaAes128Cbc() });
    older.http.hstsMaxAge.reset();
    keepFixture(*session.plan(), older, TlsResultFixture::at(2024, 1, 10));
    keepFixture(*session.plan(), TlsResultFixture::modern(), TlsResultFixture::at(2024, 2, 10));

    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::HighlightedText, Qt::black);
    dark.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::ToolTipText, QColor(0xee, 0xee, 0xee));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
    {
        TlsPage page(session);
        page.resize(1100, 900);
        page.show();
        QTest::qWait(50);
        auto *tabs = page.findChild<QTabWidget *>(u"tlsDetails"_s);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(50);
            page.grab().save(QString(shot).replace(u".png"_s, u"-dark%1.png"_s.arg(tab)));
        }
    }
    QApplication::setPalette(light);

    TlsPage page(session);
    page.resize(1100, 700);
    page.show();
    page.setProbeOptions(quickOptions());
    QTest::mouseClick(view(page).probe, Qt::LeftButton);
    QTest::qWait(400);
    page.grab().save(QString(shot).replace(u".png"_s, u"-probing.png"_s));
    QTest::mouseClick(view(page).cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isProbing(), 15000);
    QTest::qWait(50);
    page.grab().save(QString(shot).replace(u".png"_s, u"-cancelled.png"_s));
}

QTEST_MAIN(TestTlsPage)
#include "tst_tlspage.moc"
