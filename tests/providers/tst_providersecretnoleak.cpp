// A provider's portal secret goes to the keychain (a real gnome-keyring) and nowhere else: not
// into the plan file, its journal or its copies, not into the audit trail, not into any export
// (text, CSV, PDF, JSON) and not onto the terminal of any CLI command, even with every debug log on.
#include "../secrets/SecretStoreTestSupport.h"
#include "CliProcess.h"
#include "plan/Plan.h"
#include "secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The secret in every form it could leak in.
QList<QByteArray> forms(const QByteArray &secret)
{
    const QString text = QString::fromLatin1(secret);
    return { secret, QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2),
             secret.toBase64(), secret.toHex(), leakCanary() };
}

QString leakIn(const QByteArray &bytes, const QByteArray &secret)
{
    for (const QByteArray &form : forms(secret)) {
        if (bytes.contains(form))
            return QString::fromLatin1(form.left(4)) + u"…"_s;
    }
    return {};
}

} // namespace

class TestProviderSecretNoLeak : public QObject
{
    Q_OBJECT

private slots:
    void secretStaysInTheKeychain()
    {
        QTemporaryDir dir;
        const QString home = dir.filePath(u"home"_s);
        QVERIFY(QDir().mkpath(home));
        const QString path = dir.filePath(u"shop.storefort"_s);
        const QByteArray secret
            = leakCanary() + QByteArray::number(QRandomGenerator::global()->generate64(), 36);

        qint64 providerId = 0;
        {
            auto plan = Plan::create(path, ShopProfile { .name = u"Tiny Tea"_s });
            QVERIFY2(plan, qPrintable(plan.error()));
            Provider p;
            p.name = u"Acme Hosting"_s;
            p.kind = ProviderKind::WebHost;
            p.supportEmail = u"support@acme.example"_s;
            providerId = plan.value()->addProvider(p).value();

            KeychainSecretStore store;
            const SecretRef ref(plan.value()->planId(), u"provider"_s, QString::number(providerId),
                                u"portal"_s);
            const auto written = writeSecret(store, ref, secret);
            QVERIFY2(written && written->ok(), describeResult(written).constData());
            Provider withCredential = *plan.value()->provider(providerId);
            withCredential.credentialRef = ref.key();
            withCredential.credentialUser = u"tinytea-admin"_s;
            QVERIFY(plan.value()->updateProvider(withCredential));

            Answer a;
            a.providerId = providerId;
            a.questionId = u"host.hsts"_s;
            a.value = u"yes"_s;
            a.answeredBy = u"Jana"_s;
            a.givenOn = QDate::currentDate();
            const qint64 answerId = plan.value()->setAnswer(a).value();
            QVERIFY(plan.value()->addAttachment(answerId, u"reply.txt"_s, "HSTS is on."));

            // The keychain really holds it: the scan below could have found it, had it leaked.
            const auto read = readSecret(store, ref);
            QVERIFY2(read && read->ok(), describeResult(read).constData());
            QCOMPARE(read->secret(), secret);
        }

        const QString id = QString::number(providerId);
        const QList<QStringList> commands {
            { u"plan"_s, u"show"_s, path },
            { u"plan"_s, u"show"_s, path, u"--json"_s },
            { u"audit"_s, u"log"_s, path, u"--json"_s },
            { u"providers"_s, u"list"_s, path },
            { u"providers"_s, u"list"_s, path, u"--json"_s },
            { u"providers"_s, u"check"_s, path, u"--json"_s },
            { u"questionnaire"_s, u"export"_s, path, u"--provider"_s, id, u"--format"_s, u"text"_s, u"-o"_s,
              dir.filePath(u"request.txt"_s) },
            { u"questionnaire"_s, u"export"_s, path, u"--provider"_s, id, u"--format"_s, u"csv"_s, u"-o"_s,
              dir.filePath(u"request.csv"_s) },
            { u"questionnaire"_s, u"export"_s, path, u"--provider"_s, id, u"--format"_s, u"pdf"_s, u"-o"_s,
              dir.filePath(u"request.pdf"_s) },
        };
        qputenv("QT_LOGGING_RULES", "*.debug=true");
        for (const QStringList &args : commands) {
            const CliRun run = runCli(home, args);
            QVERIFY2(run.exitCode == 0, qPrintable(args.join(u' ') + u": "_s + QString::fromUtf8(run.err)));
            const QString leak = leakIn(run.out + run.err, secret);
            QVERIFY2(leak.isEmpty(), qPrintable(args.join(u' ') + u" printed the secret: "_s + leak));
        }

        // The PDF's text too, as a reader would copy it out.
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, { dir.filePath(u"request.pdf"_s), u"-"_s });
        QVERIFY2(pdftotext.waitForFinished(60000) && pdftotext.exitCode() == 0,
                 "pdftotext is needed (poppler-utils)");
        const QByteArray pdfText = pdftotext.readAllStandardOutput();
        QVERIFY(pdfText.contains("Acme Hosting"));
        QVERIFY(leakIn(pdfText, secret).isEmpty());

        // Every file the plan, the CLI and the exports left behind: plan, journal, copies, settings.
        int scanned = 0;
        QDirIterator files(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString leak = leakIn(f.readAll(), secret);
            QVERIFY2(leak.isEmpty(), qPrintable(file + u" holds the secret: "_s + leak));
            ++scanned;
        }
        QVERIFY2(scanned >= 4, "the plan and the exports should have been scanned");
        QVERIFY(QFileInfo::exists(dir.filePath(u"request.csv"_s)));
    }
};

QTEST_GUILESS_MAIN(TestProviderSecretNoLeak)
#include "tst_providersecretnoleak.moc"
