#pragma once

#include "tls/TlsProbeResult.h"

#include <QWidget>

class QFormLayout;
class QLabel;

// The site's certificate as the probe saw it: who it is for and from, how long it is valid,
// whether browsers trust it and it matches the name, its key and signature, OCSP stapling and the
// fingerprints the owner can compare with what the host sends.
class TlsCertificateView final : public QWidget
{
    Q_OBJECT

public:
    explicit TlsCertificateView(QWidget *parent = nullptr);

    void setCertificate(const CertificateResult &certificate);
    void clear();

private:
    QLabel *addRow(const QString &label, const QString &objectName);
    static QString yesNo(bool value, const QString &yes, const QString &no);

    QFormLayout *m_form;
    QLabel *m_missing;
    QLabel *m_subject;
    QLabel *m_issuer;
    QLabel *m_sans;
    QLabel *m_validity;
    QLabel *m_trusted;
    QLabel *m_hostname;
    QLabel *m_chain;
    QLabel *m_key;
    QLabel *m_signature;
    QLabel *m_ocsp;
    QLabel *m_sha256;
    QLabel *m_spki;
    QLabel *m_chainList;
};
