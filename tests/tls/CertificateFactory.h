#pragma once

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

// Test certificates made with the `openssl` command line (never with the code under test): keys,
// a root CA, an intermediate and leaves with exact dates, signed through `openssl ca`, plus
// independent fingerprints and OCSP responses. Everything lives in one temporary folder.
class CertificateFactory
{
public:
    struct Leaf
    {
        QString name; // files: <name>.key, <name>.pem, <name>.der
        QString subject = QStringLiteral("/CN=shop.test");
        QString key = QStringLiteral("rsa:2048"); // "rsa:<bits>" or "ec:<curve>"
        QString extensions = QStringLiteral("subjectAltName = DNS:shop.test, DNS:www.shop.test");
        QString issuer = QStringLiteral("inter"); // a CA made here, or empty for self-signed
        QString start = QStringLiteral("20250101000000Z");
        QString end = QStringLiteral("20260101000000Z");
        QString digest = QStringLiteral("sha256");
    };

    // Finds openssl and sets up the CA database; returns what went wrong, or an empty string.
    QString setUp()
    {
        m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (m_openssl.isEmpty())
            return QStringLiteral("openssl is not installed (./dev.sh deps installs it)");
        if (!m_dir.isValid() || !QDir(m_dir.path()).mkpath(QStringLiteral("newcerts")))
            return QStringLiteral("no temporary folder");
        QFile index(path(QStringLiteral("index.txt")));
        QFile config(path(QStringLiteral("ca.cnf")));
        if (!index.open(QIODevice::WriteOnly) || !config.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write the CA files");
        config.write("[ca]\ndefault_ca = test_ca\n[test_ca]\ndir = " + m_dir.path().toUtf8()
                     + "\ndatabase = $dir/index.txt\nnew_certs_dir = $dir/newcerts\nserial = $dir/serial\n"
                       "default_md = sha256\npolicy = any\nunique_subject = no\nemail_in_dn = no\n"
                       "[any]\norganizationName = optional\ncommonName = supplied\n");
        return {};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The root ("root", 2024-01-01..2034-01-01) and the intermediate it signs ("inter").
    bool makeCaChain()
    {
        const QString ca = QStringLiteral(
            "basicConstraints = critical, CA:TRUE\nkeyUsage = critical, keyCertSign, cRLSign\n"
            "subjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid:always\n");
        Leaf root { QStringLiteral("root"), QStringLiteral("/O=Storefort Test/CN=Storefort Test Root") };
        root.extensions = ca;
        root.issuer.clear();
        root.start = QStringLiteral("20240101000000Z");
        root.end = QStringLiteral("20340101000000Z");
        Leaf inter { QStringLiteral("inter"),
                     QStringLiteral("/O=Storefort Test/CN=Storefort Test Intermediate") };
        inter.extensions = ca;
        inter.issuer = QStringLiteral("root");
        inter.start = QStringLiteral("20240601000000Z");
        inter.end = QStringLiteral("20300101000000Z");
        return make(root) && make(inter);
    }

    bool make(const Leaf &leaf)
    {
        const QString key = path(leaf.name + QStringLiteral(".key"));
        const QStringList keyArgs = leaf.key.startsWith(QStringLiteral("ec:"))
            ? QStringList { QStringLiteral("-algorithm"), QStringLiteral("EC"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:") + leaf.key.mid(3) }
            : QStringList { QStringLiteral("-algorithm"), QStringLiteral("RSA"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("rsa_keygen_bits:") + leaf.key.mid(4) };
        const QString extFile = path(leaf.name + QStringLiteral(".ext"));
        QFile ext(extFile);
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write("[v3]\n" + leaf.extensions.toUtf8() + "\n");
        ext.close();
        if (!run(QStringList { QStringLiteral("genpkey") } + keyArgs
                 + QStringList { QStringLiteral("-out"), key })
            || !run({ QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), key,
                      QStringLiteral("-subj"), leaf.subject, QStringLiteral("-out"),
                      path(leaf.name + QStringLiteral(".csr")) }))
            return false;
        QStringList args { QStringLiteral("ca"),           QStringLiteral("-config"),
                           path(QStringLiteral("ca.cnf")), QStringLiteral("-batch"),
                           QStringLiteral("-notext"),      QStringLiteral("-rand_serial"),
                           QStringLiteral("-in"),          path(leaf.name + QStringLiteral(".csr")),
                           QStringLiteral("-out"),         path(leaf.name + QStringLiteral(".pem")),
                           QStringLiteral("-startdate"),   leaf.start,
                           QStringLiteral("-enddate"),     leaf.end,
                           QStringLiteral("-md"),          leaf.digest,
                           QStringLiteral("-extfile"),     extFile,
                           QStringLiteral("-extensions"),  QStringLiteral("v3") };
        if (leaf.issuer.isEmpty())
            args += { QStringLiteral("-selfsign"), QStringLiteral("-keyfile"), key };
        else
            args += { QStringLiteral("-cert"), path(leaf.issuer + QStringLiteral(".pem")),
                      QStringLiteral("-keyfile"), path(leaf.issuer + QStringLiteral(".key")) };
        return run(args)
            && run({ QStringLiteral("x509"), QStringLiteral("-in"), path(leaf.name + QStringLiteral(".pem")),
                     QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                     path(leaf.name + QStringLiteral(".der")) });
    }

    QByteArray der(const QString &name) const { return read(path(name + QStringLiteral(".der"))); }

    // Concatenates PEM files (e.g. a CA bundle for extraCaFile, or a chain for s_server).
    QString bundle(const QString &file, const QStringList &names) const
    {
        QFile out(path(file));
        if (!out.open(QIODevice::WriteOnly))
            return {};
        for (const QString &name : names)
            out.write(read(path(name + QStringLiteral(".pem"))));
        return out.fileName();
    }

    // SHA-256 of the certificate's DER, by `openssl dgst`.
    QString certificateSha256(const QString &name) const
    {
        return digest(path(name + QStringLiteral(".der")));
    }

    // SHA-256 of the DER SubjectPublicKeyInfo, by `openssl pkey -pubout` and `openssl dgst`.
    QString spkiSha256(const QString &name) const
    {
        const QString spki = path(name + QStringLiteral(".spki"));
        if (!run({ QStringLiteral("pkey"), QStringLiteral("-in"), path(name + QStringLiteral(".key")),
                   QStringLiteral("-pubout"), QStringLiteral("-outform"), QStringLiteral("DER"),
                   QStringLiteral("-out"), spki }))
            return {};
        return digest(spki);
    }

    // An OCSP response for `name` signed by its issuer, from the CA database (`openssl ocsp`).
    QString ocspResponse(const QString &name, const QString &issuer) const
    {
        const QString request = path(name + QStringLiteral(".ocspreq"));
        const QString response = path(name + QStringLiteral(".ocsp"));
        const QString issuerPem = path(issuer + QStringLiteral(".pem"));
        if (!run({ QStringLiteral("ocsp"), QStringLiteral("-issuer"), issuerPem, QStringLiteral("-cert"),
                   path(name + QStringLiteral(".pem")), QStringLiteral("-no_nonce"),
                   QStringLiteral("-reqout"), request })
            || !run({ QStringLiteral("ocsp"), QStringLiteral("-index"), path(QStringLiteral("index.txt")),
                      QStringLiteral("-CA"), issuerPem, QStringLiteral("-rsigner"), issuerPem,
                      QStringLiteral("-rkey"), path(issuer + QStringLiteral(".key")),
                      QStringLiteral("-reqin"), request, QStringLiteral("-respout"), response,
                      QStringLiteral("-ndays"), QStringLiteral("3650") }))
            return {};
        return response;
    }

    bool revoke(const QString &name, const QString &issuer) const
    {
        return run({ QStringLiteral("ca"), QStringLiteral("-config"), path(QStringLiteral("ca.cnf")),
                     QStringLiteral("-revoke"), path(name + QStringLiteral(".pem")), QStringLiteral("-cert"),
                     path(issuer + QStringLiteral(".pem")), QStringLiteral("-keyfile"),
                     path(issuer + QStringLiteral(".key")) });
    }

    bool run(const QStringList &args) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(m_openssl, args);
        const bool ok = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
        if (!ok)
            qWarning("openssl %s failed: %s", qPrintable(args.join(u' ')), process.readAll().constData());
        return ok;
    }

    static QByteArray read(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    QString digest(const QString &file) const
    {
        QProcess process;
        process.start(m_openssl,
                      { QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-r"), file });
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return {};
        // "<hex> *<file>"
        return QString::fromLatin1(process.readAllStandardOutput().split(' ').value(0)).trimmed();
    }

    QTemporaryDir m_dir;
    QString m_openssl;
};
