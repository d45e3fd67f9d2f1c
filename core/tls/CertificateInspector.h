#pragma once

#include "TlsProbeResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// What a full handshake handed over about the site's certificate, as plain bytes.
struct CertificateEvidence
{
    QList<QByteArray> chain; // DER, exactly as the server sent them, leaf first
    QString host; // the name the owner typed (IDN or ACE), or an IP literal
    QDateTime now; // the injectable clock: expiry and trust are judged at this moment
    QByteArray ocspResponse; // DER of the stapled OCSP response; empty when none was stapled
    QString extraCaFile; // PEM file of CAs trusted on top of the system store (a private CA); may be empty
    bool sctInTlsExtension = false; // the server sent SCTs in the signed_certificate_timestamp extension
};

// Judges a certificate chain without touching the network: names, dates, key, signature, trust,
// chain shape, OCSP stapling, Certificate Transparency and fingerprints.
//
// Decisions worth knowing:
// - `trusted` is what a current browser would say: the chain must reach a root of the system
//   store (or extraCaFile) at `now`, for TLS server use, with at least 112-bit security (RSA 2048,
//   no SHA-1 or MD5 below the root). The host name is NOT part of it: see hostnameMatch.
// - `hostnameMatch` follows RFC 6125 as browsers do: only subjectAltName counts (no fall-back to
//   the subject CN), and a wildcard must be the whole left-most label.
// - `chainComplete` says the server sent every intermediate: a path from the leaf to a
//   self-signed certificate or to a trust anchor uses only certificates it sent. A lone
//   self-signed leaf counts as complete (nothing is missing; selfSigned and trusted say the rest),
//   and so does a chain ending at a private root nobody trusts.
// - `chainInOrder` is true when every certificate sent is issued by the next one (a lone
//   certificate is in order).
class CertificateInspector
{
public:
    // present is false when the chain is empty or its leaf cannot be read.
    static CertificateResult inspect(const CertificateEvidence &evidence);
};
