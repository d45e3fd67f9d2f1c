#pragma once

#include "tls/TlsProbeResult.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

// What the site's web server says over HTTPS: HSTS, whether plain http:// sends visitors to
// https://, the security headers that harden the shop's pages, and the CDN in front of it.
class TlsHttpView final : public QWidget
{
    Q_OBJECT

public:
    explicit TlsHttpView(QWidget *parent = nullptr);

    void setHttp(const HttpResult &http);
    void clear();

private:
    QString hstsText(const HttpResult &http) const;

    QLabel *m_notReached;
    QLabel *m_hsts;
    QLabel *m_redirect;
    QLabel *m_server;
    QLabel *m_cdn;
    QLabel *m_problem;
    QTreeWidget *m_headers;
    QTreeWidget *m_cookies;
};
