#include "CertificateInspector.h"

#include "OpensslHandles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QTimeZone>
#include <QUrl>
#include <QtEndian>

#include <openssl/err.h>
#include <openssl/x509v3.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Openssl;

namespace {

constexpr long TlsFeatureStatusRequest = 5; // RFC 7633: the status_request extension's number

// At least 112-bit security, as browsers and Debian's default OpenSSL policy demand.
constexpr int BrowserAuthLevel = 2;

QString hexSha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString nameText(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || !name)
        return {};
    // RFC 2253, most specific first, with UTF-8 kept readable instead of escaped.
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, qsizetype(size));
}

QDateTime timeValue(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), QTimeZone::utc());
}

QString keyType(const EVP_PKEY *key)
{
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        return u"RSA"_s;
    case EVP_PKEY_EC:
        return u"EC"_s;
    case EVP_PKEY_ED25519:
        return u"Ed25519"_s;
    case EVP_PKEY_ED448:
        return u"Ed448"_s;
    case EVP_PKEY_DSA:
        return u"DSA"_s;
    default:
        return QString::fromLatin1(OBJ_nid2sn(EVP_PKEY_get_base_id(key)));
    }
}

ChainEntry chainEntry(X509 *cert)
{
    ChainEntry entry;
    entry.subject = nameText(X509_get_subject_name(cert));
    entry.issuer = nameText(X509_get_issuer_name(cert));
    entry.notAfter = timeValue(X509_get0_notAfter(cert));
    if (const EVP_PKEY *key = X509_get0_pubkey(cert)) {
        entry.keyType = keyType(key);
        entry.keyBits = EVP_PKEY_get_bits(key);
    }
    entry.signatureAlgorithm = QString::fromLatin1(OBJ_nid2ln(X509_get_signature_nid(cert)));
    return entry;
}

QStringList subjectAltNames(X509 *cert)
{
    QStringList names;
    auto *general
        = static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr));
    if (!general)
        return names;
    for (int i = 0; i < sk_GENERAL_NAME_num(general); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(general, i);
        if (name->type == GEN_DNS) {
            const ASN1_IA5STRING *dns = name->d.dNSName;
            names.append(QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(dns)),
                                             ASN1_STRING_length(dns)));
        } else if (name->type == GEN_IPADD) {
            const ASN1_OCTET_STRING *ip = name->d.iPAddress;
            const auto *bytes = ASN1_STRING_get0_data(ip);
            if (ASN1_STRING_length(ip) == 4)
                names.append(QHostAddress(qFromBigEndian<quint32>(bytes)).toString());
            else if (ASN1_STRING_length(ip) == 16)
                names.append(QHostAddress(bytes).toString());
        }
    }
    GENERAL_NAMES_free(general);
    return names;
}

bool hasMustStaple(X509 *cert)
{
    auto *features = static_cast<TLS_FEATURE *>(X509_get_ext_d2i(cert, NID_tlsfeature, nullptr, nullptr));
    if (!features)
        return false;
    bool statusRequest = false;
    for (int i = 0; i < sk_ASN1_INTEGER_num(features); ++i)
        statusRequest = statusRequest
            || ASN1_INTEGER_get(sk_ASN1_INTEGER_value(features, i)) == TlsFeatureStatusRequest;
    TLS_FEATURE_free(features);
    return statusRequest;
}

bool hostnameMatches(X509 *leaf, const QString &host)
{
    QString name = host.trimmed();
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    const QHostAddress ip(name);
    if (!ip.isNull()) {
        const QByteArray text = ip.toString().toLatin1();
        return X509_check_ip_asc(leaf, text.constData(), 0) == 1;
    }
    const QByteArray ace = QUrl::toAce(name);
    if (ace.isEmpty())
        return false;
    return X509_check_host(leaf, ace.constData(), size_t(ace.size()),
                           X509_CHECK_FLAG_NEVER_CHECK_SUBJECT | X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS,
                           nullptr)
        == 1;
}

QString trustProblem(int error)
{
    switch (error) {
    case X509_V_OK:
        return {};
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return QCoreApplication::translate("CertificateInspector", "A certificate of the chain has expired.");
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return QCoreApplication::translate("CertificateInspector",
                                           "A certificate of the chain is not valid yet.");
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        return QCoreApplication::translate("CertificateInspector",
                                           "The certificate is self-signed: browsers do not trust it.");
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return QCoreApplication::translate(
            "CertificateInspector", "The chain ends at a root certificate that browsers do not trust.");
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        return QCoreApplication::translate(
            "CertificateInspector",
            "The chain does not lead to a trusted root: an intermediate certificate is missing or "
            "the issuer is not trusted.");
    case X509_V_ERR_EE_KEY_TOO_SMALL:
    case X509_V_ERR_CA_KEY_TOO_SMALL:
        return QCoreApplication::translate("CertificateInspector",
                                           "A key of the chain is too small for browsers to trust it.");
    case X509_V_ERR_CA_MD_TOO_WEAK:
        return QCoreApplication::translate(
            "CertificateInspector",
            "A certificate of the chain is signed with an algorithm too weak for browsers (such as "
            "SHA-1).");
    case X509_V_ERR_INVALID_PURPOSE:
        return QCoreApplication::translate("CertificateInspector",
                                           "The certificate is not meant for web servers.");
    default:
        return QCoreApplication::translate("CertificateInspector",
                                           "The certificate chain could not be verified: %1")
            .arg(QString::fromLatin1(X509_verify_cert_error_string(error)));
    }
}

// The chain search for chainComplete: only a missing issuer may stop it; every other fault
// (dates, an untrusted root, weak keys) belongs to `trusted`.
int onlyMissingIssuerFails(int ok, X509_STORE_CTX *ctx)
{
    if (ok)
        return 1;
    const int error = X509_STORE_CTX_get_error(ctx);
    return error == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT
            || error == X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY
        ? 0
        : 1;
}

bool sentByServer(X509 *cert, const std::vector<X509Ptr> &sent)
{
    for (const X509Ptr &candidate : sent)
        if (X509_cmp(cert, candidate.get()) == 0)
            return true;
    return false;
}

class Verification
{
public:
    Verification(const std::vector<X509Ptr> &sent, const QString &extraCaFile)
        : m_store(X509_STORE_new())
        , m_untrusted(sk_X509_new_null())
    {
        if (!m_store || !m_untrusted)
            return;
        X509_STORE_set_default_paths(m_store.get());
        if (!extraCaFile.isEmpty()) {
            const QByteArray file = extraCaFile.toLocal8Bit();
            m_extraCaLoaded = X509_STORE_load_file(m_store.get(), file.constData()) == 1;
        }
        for (const X509Ptr &cert : sent) {
            X509_up_ref(cert.get());
            if (!sk_X509_push(m_untrusted.get(), cert.get()))
                X509_free(cert.get());
        }
    }

    bool extraCaLoaded() const { return m_extraCaLoaded; }

    // Verifies like a browser at `now`; returns the X509_V_* error and, on success, the chain.
    int verifyForBrowser(X509 *leaf, const QDateTime &now, X509StackPtr *chain) const
    {
        X509StoreCtxPtr ctx = start(leaf);
        if (!ctx)
            return X509_V_ERR_OUT_OF_MEM;
        X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
        X509_VERIFY_PARAM_set_time(param, time_t(now.toSecsSinceEpoch()));
        X509_VERIFY_PARAM_set_auth_level(param, BrowserAuthLevel);
        if (X509_verify_cert(ctx.get()) == 1) {
            chain->reset(X509_STORE_CTX_get1_chain(ctx.get()));
            return X509_V_OK;
        }
        const int error = X509_STORE_CTX_get_error(ctx.get());
        return error == X509_V_OK ? X509_V_ERR_UNSPECIFIED : error;
    }

    // A path to a self-signed certificate or a trust anchor exists using only what was sent.
    bool completeAsSent(X509 *leaf, const std::vector<X509Ptr> &sent) const
    {
        X509StoreCtxPtr ctx = start(leaf);
        if (!ctx)
            return false;
        X509_VERIFY_PARAM_set_flags(X509_STORE_CTX_get0_param(ctx.get()), X509_V_FLAG_NO_CHECK_TIME);
        X509_STORE_CTX_set_verify_cb(ctx.get(), onlyMissingIssuerFails);
        if (X509_verify_cert(ctx.get()) != 1)
            return false;
        const STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(ctx.get());
        const int count = sk_X509_num(chain);
        // The last certificate may be a trust anchor from the store; everything below it must
        // have come from the server.
        for (int i = 0; i < count - 1; ++i)
            if (!sentByServer(sk_X509_value(chain, i), sent))
                return false;
        return count > 0;
    }

private:
    X509StoreCtxPtr start(X509 *leaf) const
    {
        X509StoreCtxPtr ctx(X509_STORE_CTX_new());
        if (!ctx || !m_store || !m_untrusted
            || X509_STORE_CTX_init(ctx.get(), m_store.get(), leaf, m_untrusted.get()) != 1)
            return {};
        X509_STORE_CTX_set_default(ctx.get(), "ssl_server");
        return ctx;
    }

    X509StorePtr m_store;
    X509StackPtr m_untrusted;
    bool m_extraCaLoaded = true;
};

X509 *findIssuer(X509 *leaf, const std::vector<X509Ptr> &sent, const STACK_OF(X509) * verified)
{
    for (std::size_t i = 1; i < sent.size(); ++i)
        if (X509_check_issued(sent[i].get(), leaf) == X509_V_OK)
            return sent[i].get();
    if (verified && sk_X509_num(verified) > 1)
        return sk_X509_value(verified, 1);
    return nullptr;
}

// Reads the stapled response: whether it is a real answer, the leaf's status and embedded SCTs.
void readOcsp(const QByteArray &der, X509 *leaf, X509 *issuer, CertificateResult *result, bool *sct)
{
    if (der.isEmpty())
        return;
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    OcspResponsePtr response(d2i_OCSP_RESPONSE(nullptr, &bytes, long(der.size())));
    if (!response || OCSP_response_status(response.get()) != OCSP_RESPONSE_STATUS_SUCCESSFUL)
        return;
    OcspBasicPtr basic(OCSP_response_get1_basic(response.get()));
    if (!basic)
        return;
    result->ocspStapled = true;
    if (!issuer)
        return;
    OcspCertIdPtr id(OCSP_cert_to_id(nullptr, leaf, issuer));
    const int index = id ? OCSP_resp_find(basic.get(), id.get(), -1) : -1;
    if (index < 0)
        return;
    OCSP_SINGLERESP *single = OCSP_resp_get0(basic.get(), index);
    switch (OCSP_single_get0_status(single, nullptr, nullptr, nullptr, nullptr)) {
    case V_OCSP_CERTSTATUS_GOOD:
        result->ocspStatus = u"good"_s;
        break;
    case V_OCSP_CERTSTATUS_REVOKED:
        result->ocspStatus = u"revoked"_s;
        break;
    default:
        result->ocspStatus = u"unknown"_s;
        break;
    }
    *sct = OCSP_SINGLERESP_get_ext_by_NID(single, NID_ct_cert_scts, -1) >= 0;
}

} // namespace

CertificateResult CertificateInspector::inspect(const CertificateEvidence &evidence)
{
    CertificateResult result;
    std::vector<X509Ptr> sent;
    for (const QByteArray &der : evidence.chain) {
        const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
        X509Ptr cert(d2i_X509(nullptr, &bytes, long(der.size())));
        if (!cert)
            break; // what follows an unreadable certificate cannot be placed in the chain
        sent.push_back(std::move(cert));
    }
    if (sent.empty()) {
        ERR_clear_error();
        return result;
    }
    X509 *leaf = sent.front().get();
    result.present = true;

    for (const X509Ptr &cert : sent)
        result.chain.append(chainEntry(cert.get()));
    const ChainEntry &leafEntry = result.chain.front();
    result.subject = leafEntry.subject;
    result.issuer = leafEntry.issuer;
    result.keyType = leafEntry.keyType;
    result.keyBits = leafEntry.keyBits;
    result.signatureAlgorithm = leafEntry.signatureAlgorithm;
    result.notAfter = leafEntry.notAfter;
    result.notBefore = timeValue(X509_get0_notBefore(leaf));
    result.sans = subjectAltNames(leaf);

    const qint64 now = evidence.now.toSecsSinceEpoch();
    if (result.notAfter.isValid()) {
        const qint64 secondsLeft = result.notAfter.toSecsSinceEpoch() - now;
        // Floor, also below zero: one second past expiry is day -1, not day 0.
        result.daysLeft = int(secondsLeft >= 0 ? secondsLeft / 86400 : -((-secondsLeft + 86399) / 86400));
        result.expired = now > result.notAfter.toSecsSinceEpoch();
    }
    result.notYetValid = result.notBefore.isValid() && now < result.notBefore.toSecsSinceEpoch();
    result.hostnameMatch = hostnameMatches(leaf, evidence.host);
    result.selfSigned = X509_self_signed(leaf, 1) == 1;
    result.mustStaple = hasMustStaple(leaf);

    result.chainInOrder = std::size_t(evidence.chain.size()) == sent.size();
    for (std::size_t i = 0; result.chainInOrder && i + 1 < sent.size(); ++i)
        result.chainInOrder = X509_check_issued(sent[i + 1].get(), sent[i].get()) == X509_V_OK;

    const Verification verification(sent, evidence.extraCaFile);
    X509StackPtr verified;
    const int error = verification.verifyForBrowser(leaf, evidence.now, &verified);
    result.trusted = error == X509_V_OK;
    result.trustProblem = trustProblem(error);
    if (!verification.extraCaLoaded() && !result.trusted)
        result.trustProblem
            = QCoreApplication::translate("CertificateInspector", "The extra CA file %1 could not be read.")
                  .arg(evidence.extraCaFile)
            + u' ' + result.trustProblem;
    result.chainComplete = verification.completeAsSent(leaf, sent);

    bool sctInOcsp = false;
    readOcsp(evidence.ocspResponse, leaf, findIssuer(leaf, sent, verified.get()), &result, &sctInOcsp);
    result.sctPresent
        = evidence.sctInTlsExtension || sctInOcsp || X509_get_ext_by_NID(leaf, NID_ct_precert_scts, -1) >= 0;

    result.sha256 = hexSha256(evidence.chain.front());
    unsigned char *spki = nullptr;
    const int spkiSize = i2d_X509_PUBKEY(X509_get_X509_PUBKEY(leaf), &spki);
    if (spkiSize > 0) {
        result.spkiSha256 = hexSha256(QByteArray(reinterpret_cast<const char *>(spki), spkiSize));
        OPENSSL_free(spki);
    }
    // Loading the system store and failed searches leave entries in this thread's error queue,
    // which would confuse the next SSL_get_error of the handshake running on the same thread.
    ERR_clear_error();
    return result;
}
