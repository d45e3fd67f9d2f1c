#pragma once

#include "contingency/Verification.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// Checks the site's certificate files with OpenSSL: a folder (or one PEM file) holding the private
// key (.key / .pem), the signing request (.csr) and the certificate (.crt / .cer / .pem). Each file
// parses; the key matches the CSR and the certificate; an encrypted key opens with the passphrase;
// the key matches the certificate the live site serves (the SPKI SHA-256 of the newest probe); and
// how many days the certificate has left.
//
// Check codes: cert.path, cert.key (missing / unreadable / Failed to open: encrypted without or
// with a wrong passphrase), cert.csr, cert.certificate, cert.key.csr (mismatch: Failed),
// cert.key.certificate (mismatch: Failed), cert.key.live (mismatch: Failed; no probe yet: Info),
// cert.expiry (expired: Failed; under 30 days: Warning).
// Facts: keyFile, csrFile, certificateFile, subject, notAfter, spkiSha256 (hex, of the key), encrypted.
// Never puts the passphrase or any part of the key in a check's text or the facts.
namespace CertificateVerifier {
struct Input
{
    QString path; // a folder or a PEM file
    QByteArray passphrase; // empty: none known; wiped by the caller after verify()
    QString liveSpkiSha256; // hex, from the newest probe of the shop's site; empty: no probe
    QString liveHost; // for the check's text ("the certificate shop.example serves")
};
Verification verify(const Input &input, const QDateTime &now);
} // namespace CertificateVerifier
