#pragma once

#include "tls/CipherSuiteCatalog.h"
#include "tls/TlsProbeResult.h"

#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>

// What sslscan 2.0 (`sslscan --no-colour --xml=- HOST:PORT`, Debian's package) said about a server,
// and every way it differs from our probe's result: the independent cross-check of
// tst_sslscan_crosscheck and bench_probe.
class SslscanReport
{
public:
    QMap<TlsVersion, bool> protocols; // one entry per <protocol> element sslscan printed
    QMap<TlsVersion, QSet<quint16>> suites; // <cipher id="0xC02F" sslversion="TLSv1.2"> by version
    QString error; // why there is no report (sslscan missing, failed, or unreadable output)

    // The sslscan binary: $SSLSCAN, else `sslscan` on the PATH; empty when there is none.
    static QString findProgram()
    {
        const QString fromEnv = qEnvironmentVariable("SSLSCAN");
        return QStandardPaths::findExecutable(fromEnv.isEmpty() ? QStringLiteral("sslscan") : fromEnv);
    }

    // Runs sslscan once against host:port (an IPv6 literal is bracketed) and reads its XML.
    // `elapsedMs` gets the wall time of the whole sslscan run.
    static SslscanReport scan(const QString &program, const QString &host, quint16 port,
                              double *elapsedMs = nullptr)
    {
        const QString target = host.contains(u':') ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                                   : QStringLiteral("%1:%2").arg(host).arg(port);
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(program, { QStringLiteral("--no-colour"), QStringLiteral("--xml=-"), target });
        const bool finished = process.waitForFinished(120000);
        if (elapsedMs)
            *elapsedMs = double(timer.nsecsElapsed()) / 1e6;
        SslscanReport report;
        if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            process.kill();
            process.waitForFinished(5000);
            report.error = QStringLiteral("%1 %2 failed: %3")
                               .arg(program, target, QString::fromLocal8Bit(process.readAllStandardError()));
            return report;
        }
        return parse(process.readAllStandardOutput());
    }

    static SslscanReport parse(const QByteArray &xml)
    {
        SslscanReport report;
        QXmlStreamReader reader(xml);
        while (!reader.atEnd()) {
            if (reader.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto name = reader.name();
            const QXmlStreamAttributes attributes = reader.attributes();
            if (name == QStringLiteral("protocol")) {
                // <protocol type="ssl" version="3" enabled="0" />, <protocol type="tls" version="1.2" .../>
                const QString type = attributes.value(QStringLiteral("type")).toString();
                const QString version = attributes.value(QStringLiteral("version")).toString();
                // A QString, not auto: with QStringBuilder, auto keeps references to temporaries.
                const QString key = type == QStringLiteral("ssl") ? QStringLiteral("SSLv") + version
                                                                  : QStringLiteral("TLSv") + version;
                if (const auto v = TlsVersions::fromKey(key))
                    report.protocols.insert(
                        *v, attributes.value(QStringLiteral("enabled")) == QStringLiteral("1"));
                else
                    report.error = QStringLiteral("sslscan named an unknown protocol %1").arg(key);
            } else if (name == QStringLiteral("cipher")) {
                // sslscan names suites the OpenSSL way but also gives the IANA code point: compare by it.
                const QString key = attributes.value(QStringLiteral("sslversion")).toString();
                const QString id = attributes.value(QStringLiteral("id")).toString();
                bool ok = false;
                const uint code = id.startsWith(QStringLiteral("0x")) ? id.mid(2).toUInt(&ok, 16) : 0;
                const auto v = TlsVersions::fromKey(key);
                if (v && ok && code <= 0xFFFF)
                    report.suites[*v].insert(quint16(code));
                else
                    report.error = QStringLiteral("sslscan listed a cipher this check cannot read: %1 %2 %3")
                                       .arg(key, id, attributes.value(QStringLiteral("cipher")));
            } else if (name == QStringLiteral("error")) {
                report.error = reader.readElementText();
            }
        }
        if (reader.hasError())
            report.error = QStringLiteral("sslscan's XML is unreadable: %1").arg(reader.errorString());
        else if (report.protocols.isEmpty() && report.error.isEmpty())
            report.error = QStringLiteral("sslscan reported no protocol at all");
        return report;
    }

    // "TLSv1.0 TLSv1.2": the versions accepted, oldest first.
    QStringList acceptedProtocols() const
    {
        QStringList out;
        for (auto it = protocols.cbegin(); it != protocols.cend(); ++it)
            if (it.value())
                out.append(TlsVersions::key(it.key()));
        return out;
    }

    static QStringList acceptedProtocols(const TlsProbeResult &ours)
    {
        QStringList out;
        for (const TlsVersion v : TlsVersions::all())
            if (ours.accepted(v))
                out.append(TlsVersions::key(v));
        return out;
    }

    // "0xC02F TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256": how a suite is named in a disagreement.
    static QString describe(quint16 id)
    {
        return CipherSuiteCatalog::idString(id) + u' ' + CipherSuiteCatalog::name(id);
    }

    // Every difference between sslscan and our probe in protocols accepted and, per protocol, the
    // set of suites accepted; empty when they agree. One plain line per difference.
    //
    // The one principled difference: Debian builds OpenSSL without SSLv2 and SSLv3, so sslscan
    // detects those two protocols with a raw hello of its own but cannot enumerate their suites.
    // For SSLv2 and SSLv3, when sslscan lists no suite at all, only the protocol is compared;
    // when it does list suites (an sslscan built on an OpenSSL with SSLv3), they are compared too.
    // Our SSLv2 suites are 3-byte CIPHER-KINDs (id 0), which no 16-bit id of sslscan's can match:
    // SSLv2 is always compared by protocol only.
    QStringList disagreements(const TlsProbeResult &ours) const
    {
        QStringList out;
        for (const TlsVersion v : TlsVersions::all()) {
            const QString key = TlsVersions::key(v);
            const bool oursAccepted = ours.accepted(v);
            if (!protocols.contains(v)) {
                if (oursAccepted)
                    out.append(QStringLiteral("%1: storefort accepts it, sslscan did not test it").arg(key));
                continue;
            }
            if (protocols.value(v) != oursAccepted) {
                out.append(
                    QStringLiteral("%1: storefort says %2, sslscan says %3")
                        .arg(key, oursAccepted ? QStringLiteral("accepted") : QStringLiteral("refused"),
                             protocols.value(v) ? QStringLiteral("accepted") : QStringLiteral("refused")));
                continue;
            }
            const QSet<quint16> theirs = suites.value(v);
            const bool suitesUntestable
                = v == TlsVersion::SSLv2 || (v == TlsVersion::SSLv3 && theirs.isEmpty());
            if (!oursAccepted || suitesUntestable)
                continue;
            QSet<quint16> mine;
            if (const ProtocolResult *p = ours.protocol(v))
                for (const OfferedSuite &s : p->suites)
                    mine.insert(s.id);
            QList<quint16> onlyOurs(mine.cbegin(), mine.cend());
            onlyOurs.removeIf([&](quint16 id) { return theirs.contains(id); });
            QList<quint16> onlyTheirs(theirs.cbegin(), theirs.cend());
            onlyTheirs.removeIf([&](quint16 id) { return mine.contains(id); });
            std::sort(onlyOurs.begin(), onlyOurs.end());
            std::sort(onlyTheirs.begin(), onlyTheirs.end());
            for (const quint16 id : std::as_const(onlyOurs))
                out.append(QStringLiteral("%1: only storefort lists %2").arg(key, describe(id)));
            for (const quint16 id : std::as_const(onlyTheirs))
                out.append(QStringLiteral("%1: only sslscan lists %2").arg(key, describe(id)));
        }
        // Suites sslscan lists under a protocol it says is off would be its own inconsistency: show it.
        for (auto it = suites.cbegin(); it != suites.cend(); ++it)
            if (!protocols.value(it.key()) && !it.value().isEmpty())
                out.append(QStringLiteral("%1: sslscan lists %2 suites under a protocol it reports off")
                               .arg(TlsVersions::key(it.key()))
                               .arg(it.value().size()));
        return out;
    }
};
