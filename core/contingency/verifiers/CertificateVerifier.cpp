#include "contingency/verifiers/CertificateVerifier.h"

#include "CertificateFiles.h"
#include "common/IsoTime.h"
#include "tls/OpensslHandles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <memory>
#include <openssl/err.h>
#include <openssl/x509.h>

using namespace Qt::StringLiterals;

namespace {

using namespace CertificateFiles;

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::LongFormat);
}

QString normalisedHex(const QString &hex)
{
    QString out;
    for (const QChar c : hex) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

void checkKey(Verification &v, const KeyFound *key, const QString &shownPath)
{
    if (!key) {
        v.add(u"cert.key"_s, CheckOutcome::Failed,
              QCoreApplication::translate("CertificateVerifier",
                                          "No private key (.key file) was found in %1. Without it, the "
                                          "certificate cannot be put on a new server.")
                  .arg(shownPath));
        return;
    }
    switch (key->problem) {
    case KeyProblem::None:
        v.add(u"cert.key"_s, CheckOutcome::Passed,
              key->encrypted ? QCoreApplication::translate("CertificateVerifier",
                                                           "The private key %1 opens: it is locked with a "
                                                           "passphrase, and the passphrase on file opens it.")
                                   .arg(key->file)
                             : QCoreApplication::translate("CertificateVerifier",
                                                           "The private key %1 opens (it is not locked with "
                                                           "a passphrase).")
                                   .arg(key->file));
        return;
    case KeyProblem::NoPassphrase:
        v.add(u"cert.key"_s, CheckOutcome::Failed,
              QCoreApplication::translate("CertificateVerifier",
                                          "The private key %1 is locked with a passphrase, and no passphrase "
                                          "is on file for it. Keep the passphrase in Storefort, or the key "
                                          "cannot be used on a bad day.")
                  .arg(key->file));
        return;
    case KeyProblem::WrongPassphrase:
        v.add(
            u"cert.key"_s, CheckOutcome::Failed,
            QCoreApplication::translate("CertificateVerifier",
                                        "The private key %1 is locked with a passphrase, and the passphrase "
                                        "on file does not open it.")
                .arg(key->file));
        return;
    case KeyProblem::Damaged:
        v.add(u"cert.key"_s, CheckOutcome::Failed,
              QCoreApplication::translate("CertificateVerifier",
                                          "The private key %1 cannot be read: it is damaged, or not a key.")
                  .arg(key->file));
        return;
    }
}

void checkRequest(Verification &v, const CsrFound *request, const EVP_PKEY *key, const QString &keyFile)
{
    if (!request) {
        v.add(u"cert.csr"_s, CheckOutcome::Warning,
              QCoreApplication::translate("CertificateVerifier",
                                          "No signing request (.csr file) was found. Keep it with the key: "
                                          "it is what the certificate authority needs to issue the "
                                          "certificate again."));
        return;
    }
    if (!request->request) {
        v.add(u"cert.csr"_s, CheckOutcome::Failed,
              QCoreApplication::translate("CertificateVerifier",
                                          "The signing request %1 cannot be read: it is damaged.")
                  .arg(request->file));
        return;
    }
    v.add(u"cert.csr"_s, CheckOutcome::Passed,
          QCoreApplication::translate("CertificateVerifier", "The signing request %1 reads correctly.")
              .arg(request->file));
    if (!key)
        return;
    if (sameKey(key, X509_REQ_get0_pubkey(request->request.get())))
        v.add(u"cert.key.csr"_s, CheckOutcome::Passed,
              QCoreApplication::translate("CertificateVerifier",
                                          "The private key %1 belongs to the signing request %2.")
                  .arg(keyFile, request->file));
    else
        v.add(u"cert.key.csr"_s, CheckOutcome::Failed,
              QCoreApplication::translate("CertificateVerifier",
                                          "The private key %1 does not belong to the signing request %2: the "
                                          "request was made with another key.")
                  .arg(keyFile, request->file));
}

void checkCertificate(Verification &v, const CertificateFound *certificate, const EVP_PKEY *key,
                      const QString &keyFile, const QDateTime &now)
{
    if (!certificate) {
        v.add(u"cert.certificate"_s, CheckOutcome::Warning,
              QCoreApplication::translate("CertificateVerifier",
                                          "No certificate (.crt file) was found. Keep it with the key, so "
                                          "that the site can be set up again without asking for it."));
        return;
    }
    if (!certificate->certificate) {
        v.add(u"cert.certificate"_s, CheckOutcome::Failed,
              QCoreApplication::translate("CertificateVerifier",
                                          "The certificate %1 cannot be read: it is damaged.")
                  .arg(certificate->file));
        return;
    }
    X509 *x509 = certificate->certificate.get();
    const X509_NAME *subject = X509_get_subject_name(x509);
    const QString name = commonName(subject);
    const QString subjectText = nameText(subject);
    const QDateTime notAfter = asnTime(X509_get0_notAfter(x509));
    v.facts.insert(u"subject"_s, subjectText);
    v.facts.insert(u"notAfter"_s, IsoTime::text(notAfter));
    v.add(u"cert.certificate"_s, CheckOutcome::Passed,
          QCoreApplication::translate("CertificateVerifier",
                                      "The certificate %1 reads correctly: it is for %2.")
              .arg(certificate->file, name.isEmpty() ? subjectText : name));

    if (key) {
        if (sameKey(key, X509_get0_pubkey(x509)))
            v.add(u"cert.key.certificate"_s, CheckOutcome::Passed,
                  QCoreApplication::translate("CertificateVerifier",
                                              "The private key %1 belongs to the certificate %2.")
                      .arg(keyFile, certificate->file));
        else
            v.add(u"cert.key.certificate"_s, CheckOutcome::Failed,
                  QCoreApplication::translate("CertificateVerifier",
                                              "The private key %1 does not belong to the certificate %2: the "
                                              "certificate was issued for another key, and cannot be used "
                                              "with this one.")
                      .arg(keyFile, certificate->file));
    }

    if (!notAfter.isValid())
        return;
    const qint64 left = now.secsTo(notAfter);
    // Whole days, counted before translate(): lupdate (Qt 6.4) hangs on a division among its arguments.
    const int daysLeft = int(left / 86400);
    if (left <= 0) {
        v.add(u"cert.expiry"_s, CheckOutcome::Failed,
              QCoreApplication::translate("CertificateVerifier",
                                          "The certificate %1 ran out on %2 (%n day(s) ago). Browsers refuse "
                                          "it: keep the renewed certificate here.",
                                          nullptr, -daysLeft)
                  .arg(certificate->file, when(notAfter)));
    } else if (left < 86400) {
        v.add(u"cert.expiry"_s, CheckOutcome::Warning,
              QCoreApplication::translate("CertificateVerifier",
                                          "The certificate %1 runs out on %2, in less than a day. Renew it "
                                          "now.")
                  .arg(certificate->file, when(notAfter)));
    } else if (left < qint64(30) * 86400) {
        v.add(u"cert.expiry"_s, CheckOutcome::Warning,
              QCoreApplication::translate("CertificateVerifier",
                                          "The certificate %1 runs out on %2, in %n day(s). Renew it soon.",
                                          nullptr, daysLeft)
                  .arg(certificate->file, when(notAfter)));
    } else {
        v.add(u"cert.expiry"_s, CheckOutcome::Passed,
              QCoreApplication::translate("CertificateVerifier",
                                          "The certificate %1 is valid until %2 (%n day(s) left).", nullptr,
                                          daysLeft)
                  .arg(certificate->file, when(notAfter)));
    }
}

void checkLive(Verification &v, const QString &keyFile, const QString &keySpki,
               const CertificateVerifier::Input &input)
{
    const QString host = input.liveHost.isEmpty()
        ? QCoreApplication::translate("CertificateVerifier", "the shop's site")
        : input.liveHost;
    const QString live = normalisedHex(input.liveSpkiSha256);
    if (live.isEmpty()) {
        v.add(u"cert.key.live"_s, CheckOutcome::Info,
              QCoreApplication::translate("CertificateVerifier",
                                          "Storefort has not probed %1 yet, so it cannot tell whether the "
                                          "private key %2 is the one the site uses.")
                  .arg(host, keyFile));
        return;
    }
    if (live == keySpki)
        v.add(u"cert.key.live"_s, CheckOutcome::Passed,
              QCoreApplication::translate("CertificateVerifier",
                                          "The private key %1 matches the certificate that %2 serves.")
                  .arg(keyFile, host));
    else
        v.add(u"cert.key.live"_s, CheckOutcome::Failed,
              QCoreApplication::translate("CertificateVerifier",
                                          "The private key %1 does not match the certificate that %2 serves "
                                          "now. If the certificate was renewed with a new key, keep that "
                                          "key here instead.")
                  .arg(keyFile, host));
}

} // namespace

Verification CertificateVerifier::verify(const Input &input, const QDateTime &now)
{
    Verification v;
    v.at = now.toUTC();
    const QString shownPath = QDir::toNativeSeparators(input.path);
    const QFileInfo info(input.path);
    if (input.path.trimmed().isEmpty()) {
        v.add(u"cert.path"_s, CheckOutcome::Failed,
              QCoreApplication::translate("CertificateVerifier",
                                          "No folder or file of the certificate is given."));
        return v;
    }
    if (!info.exists()) {
        v.add(u"cert.path"_s, CheckOutcome::Failed,
              QCoreApplication::translate("CertificateVerifier",
                                          "The certificate's place, %1, does not exist on this computer (or "
                                          "the drive or share it is on is not connected).")
                  .arg(shownPath));
        return v;
    }
    if (!info.isReadable() || (info.isDir() && !info.isExecutable())) {
        v.add(u"cert.path"_s, CheckOutcome::Failed,
              QCoreApplication::translate("CertificateVerifier",
                                          "Storefort is not allowed to read the certificate's place, %1.")
                  .arg(shownPath));
        return v;
    }

    Findings found;
    if (info.isDir()) {
        const QFileInfoList files = QDir(info.absoluteFilePath()).entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &file : files)
            readFile(found, file, input.passphrase, false);
    } else {
        readFile(found, info, input.passphrase, true);
    }
    // Failed decryptions and parses leave their reasons in this thread's queue; nobody reads them.
    ERR_clear_error();

    if (found.keys.empty() && found.requests.empty() && found.certificates.empty()) {
        v.add(u"cert.path"_s, CheckOutcome::Failed,
              info.isDir() ? QCoreApplication::translate("CertificateVerifier",
                                                         "The folder %1 holds no private key, signing "
                                                         "request or certificate.")
                                 .arg(shownPath)
                           : QCoreApplication::translate("CertificateVerifier",
                                                         "The file %1 holds no private key, signing request "
                                                         "or certificate.")
                                 .arg(shownPath));
        return v;
    }

    const KeyFound *key = chooseKey(found);
    EVP_PKEY *pkey = key ? key->key.get() : nullptr;
    const QString keyFile = key ? key->file : QString();
    if (key) {
        v.facts.insert(u"keyFile"_s, key->file);
        v.facts.insert(u"encrypted"_s, key->encrypted);
    }
    QString keySpki;
    if (pkey) {
        keySpki = spkiSha256(pkey);
        v.facts.insert(u"spkiSha256"_s, keySpki);
    }
    const CsrFound *request = chooseRequest(found, pkey);
    const CertificateFound *certificate = chooseCertificate(found, pkey);
    if (request)
        v.facts.insert(u"csrFile"_s, request->file);
    if (certificate)
        v.facts.insert(u"certificateFile"_s, certificate->file);

    checkKey(v, key, shownPath);
    checkRequest(v, request, pkey, keyFile);
    checkCertificate(v, certificate, pkey, keyFile, now);
    if (pkey && !keySpki.isEmpty())
        checkLive(v, keyFile, keySpki, input);
    ERR_clear_error();
    return v;
}
