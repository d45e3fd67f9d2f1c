#include "CertificateFiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTimeZone>

#include <cstring>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/pem.h>

using namespace Qt::StringLiterals;
using Openssl::BioPtr;

namespace CertificateFiles {

namespace {

// Larger files are not certificate files; they are not read at all.
constexpr qint64 maxFileBytes = 1024 * 1024;

// A file's bytes, wiped when done with: a key file's bytes are the key itself.
class WipedBytes
{
public:
    explicit WipedBytes(QByteArray bytes)
        : m_bytes(std::move(bytes))
    { }
    WipedBytes(const WipedBytes &) = delete;
    WipedBytes &operator=(const WipedBytes &) = delete;
    ~WipedBytes()
    {
        // readAll() gave this object the only reference, so the wipe reaches the only copy.
        if (!m_bytes.isEmpty())
            OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
    }
    QByteArrayView view() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

struct PassphraseSource
{
    const QByteArray *passphrase = nullptr;
};

// Hands OpenSSL the passphrase on file, never a prompt: without one, an encrypted key fails.
int passphraseCallback(char *buffer, int size, int /*rwflag*/, void *userdata)
{
    const auto *source = static_cast<const PassphraseSource *>(userdata);
    if (!source || !source->passphrase || source->passphrase->isEmpty()
        || source->passphrase->size() > qsizetype(size))
        return -1;
    const int length = int(source->passphrase->size());
    memcpy(buffer, source->passphrase->constData(), size_t(length));
    return length;
}

BioPtr memoryBio(QByteArrayView bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.data(), int(bytes.size())));
}

bool isKeyLabel(QByteArrayView label)
{
    return label == "PRIVATE KEY" || label == "ENCRYPTED PRIVATE KEY" || label == "RSA PRIVATE KEY"
        || label == "EC PRIVATE KEY" || label == "DSA PRIVATE KEY";
}

bool isRequestLabel(QByteArrayView label)
{
    return label == "CERTIFICATE REQUEST" || label == "NEW CERTIFICATE REQUEST";
}

bool isCertificateLabel(QByteArrayView label)
{
    return label == "CERTIFICATE" || label == "X509 CERTIFICATE" || label == "TRUSTED CERTIFICATE";
}

void addKey(Findings &found, const QString &file, QByteArrayView label, QByteArrayView pem,
            const QByteArray &passphrase)
{
    KeyFound key;
    key.file = file;
    // PKCS #8 says so in its label; the older OpenSSL form in a header line.
    key.encrypted = label == "ENCRYPTED PRIVATE KEY" || pem.contains("Proc-Type: 4,ENCRYPTED");
    PassphraseSource source { &passphrase };
    const BioPtr bio = memoryBio(pem);
    key.key.reset(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &source) : nullptr);
    if (!key.key) {
        key.problem = !key.encrypted ? KeyProblem::Damaged
            : passphrase.isEmpty()   ? KeyProblem::NoPassphrase
                                     : KeyProblem::WrongPassphrase;
    }
    found.keys.push_back(std::move(key));
}

void addRequest(Findings &found, const QString &file, QByteArrayView pem)
{
    const BioPtr bio = memoryBio(pem);
    found.requests.push_back(
        { file, X509ReqPtr(bio ? PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr) : nullptr) });
}

void addCertificate(Findings &found, const QString &file, QByteArrayView pem, bool trusted)
{
    const BioPtr bio = memoryBio(pem);
    X509 *certificate = nullptr;
    if (bio)
        certificate = trusted ? PEM_read_bio_X509_AUX(bio.get(), nullptr, nullptr, nullptr)
                              : PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
    found.certificates.push_back({ file, X509Ptr(certificate) });
}

// Every PEM block of a file (one file may hold the key, the certificate and its chain).
bool readPemBlocks(Findings &found, const QString &file, QByteArrayView bytes, const QByteArray &passphrase)
{
    bool any = false;
    qsizetype from = 0;
    for (;;) {
        const qsizetype begin = bytes.indexOf("-----BEGIN ", from);
        if (begin < 0)
            break;
        const qsizetype labelStart = begin + 11;
        const qsizetype labelEnd = bytes.indexOf("-----", labelStart);
        if (labelEnd < 0)
            break;
        const QByteArrayView label = bytes.sliced(labelStart, labelEnd - labelStart);
        QByteArray endMarker = "-----END ";
        endMarker.append(label.data(), label.size()).append("-----");
        const qsizetype end = bytes.indexOf(endMarker, labelEnd);
        if (end < 0) {
            // A block without its end is cut short: count it as damaged of its kind.
            const QByteArrayView rest = bytes.sliced(begin);
            if (isKeyLabel(label))
                addKey(found, file, label, rest, passphrase);
            else if (isRequestLabel(label))
                addRequest(found, file, rest);
            else if (isCertificateLabel(label))
                addCertificate(found, file, rest, false);
            return true;
        }
        const QByteArrayView block = bytes.sliced(begin, end + endMarker.size() - begin);
        if (isKeyLabel(label)) {
            addKey(found, file, label, block, passphrase);
            any = true;
        } else if (isRequestLabel(label)) {
            addRequest(found, file, block);
            any = true;
        } else if (isCertificateLabel(label)) {
            addCertificate(found, file, block, label == "TRUSTED CERTIFICATE");
            any = true;
        }
        from = end + endMarker.size();
    }
    return any;
}

// A file in binary (DER) form, told apart by its name.
void readDer(Findings &found, const QString &file, QByteArrayView bytes)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    if (suffix == u"crt"_s || suffix == u"cer"_s || suffix == u"der"_s) {
        const unsigned char *p = data;
        X509Ptr certificate(d2i_X509(nullptr, &p, long(bytes.size())));
        if (certificate || suffix != u"der"_s) {
            found.certificates.push_back({ file, std::move(certificate) });
            return;
        }
    }
    if (suffix == u"csr"_s || suffix == u"req"_s || suffix == u"der"_s) {
        const unsigned char *p = data;
        X509ReqPtr request(d2i_X509_REQ(nullptr, &p, long(bytes.size())));
        if (request || suffix != u"der"_s) {
            found.requests.push_back({ file, std::move(request) });
            return;
        }
    }
    if (suffix == u"key"_s || suffix == u"der"_s) {
        const unsigned char *p = data;
        KeyFound key;
        key.file = file;
        key.key.reset(d2i_AutoPrivateKey(nullptr, &p, long(bytes.size())));
        if (!key.key)
            key.problem = KeyProblem::Damaged;
        if (key.key || suffix == u"key"_s)
            found.keys.push_back(std::move(key));
    }
}

} // namespace

void readFile(Findings &found, const QFileInfo &info, const QByteArray &passphrase, bool named)
{
    static const QStringList suffixes {
        u"key"_s, u"pem"_s, u"csr"_s, u"req"_s, u"crt"_s, u"cer"_s, u"der"_s
    };
    const bool known = named || suffixes.contains(info.suffix().toLower());
    if (info.size() > maxFileBytes || (info.size() == 0 && !known))
        return;
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return;
    const WipedBytes bytes(file.readAll());
    if (readPemBlocks(found, info.fileName(), bytes.view(), passphrase))
        return;
    if (known)
        readDer(found, info.fileName(), bytes.view());
}

bool sameKey(const EVP_PKEY *a, const EVP_PKEY *b)
{
    return a && b && EVP_PKEY_eq(a, b) == 1;
}

QString spkiSha256(EVP_PKEY *key)
{
    // The DER SubjectPublicKeyInfo, as the probe hashes the certificate's (CertificateInspector).
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(key, &der);
    if (length <= 0)
        return {};
    const QByteArray hash = QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char *>(der), length), QCryptographicHash::Sha256);
    OPENSSL_free(der);
    return QString::fromLatin1(hash.toHex());
}

QString nameText(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || !name)
        return {};
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return size > 0 ? QString::fromUtf8(data, size) : QString();
}

QString commonName(const X509_NAME *name)
{
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QDateTime asnTime(const ASN1_TIME *time)
{
    tm parts {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), QTimeZone::utc());
}

// The key to judge: one that opened, preferring the one the certificate (or else the request) holds.
const KeyFound *chooseKey(const Findings &found)
{
    const KeyFound *chosen = nullptr;
    for (const KeyFound &key : found.keys) {
        if (!key.key)
            continue;
        for (const CertificateFound &c : found.certificates) {
            if (c.certificate && sameKey(key.key.get(), X509_get0_pubkey(c.certificate.get())))
                return &key;
        }
        for (const CsrFound &r : found.requests) {
            if (!chosen && r.request && sameKey(key.key.get(), X509_REQ_get0_pubkey(r.request.get())))
                chosen = &key;
        }
        if (!chosen)
            chosen = &key;
    }
    if (chosen)
        return chosen;
    return found.keys.empty() ? nullptr : &found.keys.front();
}

// The site's own certificate: the one of the key, else the first that is not a CA's (a chain file
// holds the intermediates too), else the first.
const CertificateFound *chooseCertificate(const Findings &found, const EVP_PKEY *key)
{
    const CertificateFound *leaf = nullptr;
    for (const CertificateFound &c : found.certificates) {
        if (!c.certificate)
            continue;
        if (sameKey(key, X509_get0_pubkey(c.certificate.get())))
            return &c;
        if (!leaf && X509_check_ca(c.certificate.get()) == 0)
            leaf = &c;
    }
    for (const CertificateFound &c : found.certificates) {
        if (!leaf && c.certificate)
            leaf = &c;
    }
    return leaf ? leaf : (found.certificates.empty() ? nullptr : &found.certificates.front());
}

const CsrFound *chooseRequest(const Findings &found, const EVP_PKEY *key)
{
    const CsrFound *first = nullptr;
    for (const CsrFound &r : found.requests) {
        if (!r.request)
            continue;
        if (sameKey(key, X509_REQ_get0_pubkey(r.request.get())))
            return &r;
        if (!first)
            first = &r;
    }
    return first ? first : (found.requests.empty() ? nullptr : &found.requests.front());
}

} // namespace CertificateFiles
