#pragma once

// The certificate verifier's reading of files (internal to core/contingency/verifiers): keys,
// signing requests and certificates found in PEM or DER files, and the OpenSSL facts about them.

#include "tls/OpensslHandles.h"

#include <QDateTime>
#include <QFileInfo>
#include <QString>

#include <memory>
#include <openssl/x509.h>
#include <vector>

namespace CertificateFiles {

using Openssl::BioPtr;
using Openssl::X509Ptr;
using PkeyPtr = std::unique_ptr<EVP_PKEY, Openssl::Deleter<EVP_PKEY_free>>;
using X509ReqPtr = std::unique_ptr<X509_REQ, Openssl::Deleter<X509_REQ_free>>;

enum class KeyProblem
{
    None,
    NoPassphrase,
    WrongPassphrase,
    Damaged,
};

struct KeyFound
{
    QString file;
    bool encrypted = false;
    PkeyPtr key; // null when it did not open
    KeyProblem problem = KeyProblem::None;
};

struct CsrFound
{
    QString file;
    X509ReqPtr request; // null: damaged
};

struct CertificateFound
{
    QString file;
    X509Ptr certificate; // null: damaged
};

struct Findings
{
    std::vector<KeyFound> keys;
    std::vector<CsrFound> requests;
    std::vector<CertificateFound> certificates;
};

// Reads what `info` holds into `found`: every PEM block (an encrypted key opened with
// `passphrase`, never a prompt), else DER when the name says it is a key, request or certificate
// (or `named`: the owner pointed at this very file). Larger files than 1 MiB are left alone.
void readFile(Findings &found, const QFileInfo &info, const QByteArray &passphrase, bool named);

bool sameKey(const EVP_PKEY *a, const EVP_PKEY *b);
// Lowercase hex SHA-256 of the key's DER SubjectPublicKeyInfo, as the probe computes it.
QString spkiSha256(EVP_PKEY *key);
QString nameText(const X509_NAME *name); // RFC 2253
QString commonName(const X509_NAME *name);
QDateTime asnTime(const ASN1_TIME *time); // UTC

// The key to judge: one that opened, preferring the one the certificate (or else the request) holds.
const KeyFound *chooseKey(const Findings &found);
// The site's own certificate: the key's, else the first that is not a CA's, else the first.
const CertificateFound *chooseCertificate(const Findings &found, const EVP_PKEY *key);
const CsrFound *chooseRequest(const Findings &found, const EVP_PKEY *key);

} // namespace CertificateFiles
