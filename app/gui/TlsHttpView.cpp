#include "TlsHttpView.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TlsHttpView::TlsHttpView(QWidget *parent)
    : QWidget(parent)
    , m_notReached(new QLabel(this))
    , m_hsts(new QLabel(this))
    , m_redirect(new QLabel(this))
    , m_server(new QLabel(this))
    , m_cdn(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_headers(new QTreeWidget(this))
    , m_cookies(new QTreeWidget(this))
{
    setObjectName(u"tlsHttpView"_s);
    setAccessibleName(tr("Web server"));
    m_notReached->setWordWrap(true);
    m_notReached->setText(tr("The probe could not fetch the shop's home page over HTTPS, so these were not "
                             "checked."));
    m_hsts->setObjectName(u"tlsHttpHsts"_s);
    m_redirect->setObjectName(u"tlsHttpRedirect"_s);
    m_server->setObjectName(u"tlsHttpServer"_s);
    m_cdn->setObjectName(u"tlsHttpCdn"_s);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto addRow = [this, form](const QString &text, QLabel *value) {
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setAccessibleName(text);
        auto *label = new QLabel(text, this);
        label->setBuddy(value);
        form->addRow(label, value);
    };
    addRow(tr("HSTS (always use HTTPS):"), m_hsts);
    addRow(tr("http:// sends visitors to https://:"), m_redirect);
    addRow(tr("Server software:"), m_server);
    addRow(tr("CDN in front of the shop:"), m_cdn);

    m_headers->setObjectName(u"tlsHttpHeaders"_s);
    m_headers->setAccessibleName(tr("Security headers"));
    m_headers->setColumnCount(3);
    m_headers->setHeaderLabels({ tr("Security header"), tr("Sent"), tr("Value") });
    m_headers->setRootIsDecorated(false);
    m_headers->setAlternatingRowColors(true);
    m_headers->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_headers->header()->setStretchLastSection(true);
    m_headers->setMinimumHeight(fontMetrics().height() * 8);

    m_problem->setObjectName(u"tlsHttpProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_cookies->setObjectName(u"tlsHttpCookies"_s);
    m_cookies->setAccessibleName(tr("Cookies"));
    m_cookies->setColumnCount(4);
    m_cookies->setHeaderLabels({ tr("Cookie"), tr("Secure"), tr("HttpOnly"), tr("SameSite") });
    m_cookies->setRootIsDecorated(false);
    m_cookies->setAlternatingRowColors(true);
    m_cookies->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cookies->header()->setStretchLastSection(true);
    m_cookies->setMinimumHeight(fontMetrics().height() * 6);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notReached);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_headers, 1);
    layout->addWidget(m_cookies, 1);
    clear();
}

void TlsHttpView::clear()
{
    m_notReached->hide();
    for (QLabel *label : { m_hsts, m_redirect, m_server, m_cdn })
        label->clear();
    m_problem->clear();
    m_problem->hide();
    m_headers->clear();
    m_cookies->clear();
    m_cookies->hide();
}

QString TlsHttpView::hstsText(const HttpResult &http) const
{
    if (!http.hstsMaxAge)
        return tr("No: browsers may still try plain http:// first");
    const qint64 seconds = *http.hstsMaxAge;
    if (seconds <= 0)
        return tr("Switched off (max-age=0)");
    const qint64 days = seconds / 86400;
    QString text = days == 1 ? tr("Yes, for 1 day") : tr("Yes, for %Ln days", nullptr, int(days));
    QStringList extras;
    if (http.hstsIncludeSubDomains)
        extras.append(tr("including subdomains"));
    if (http.hstsPreload)
        extras.append(tr("ready for the preload list"));
    if (!extras.isEmpty())
        text = tr("%1 (%2)").arg(text, extras.join(u", "_s));
    return text;
}

void TlsHttpView::setHttp(const HttpResult &http)
{
    clear();
    m_notReached->setVisible(!http.reached);
    m_hsts->setText(http.reached ? hstsText(http) : tr("Not checked"));
    if (http.redirectsToHttps)
        m_redirect->setText(tr("Yes"));
    else if (!http.plainProblem.isEmpty())
        m_redirect->setText(tr("Not checked: %1").arg(http.plainProblem));
    else if (http.plainStatusCode == 0)
        m_redirect->setText(tr("Not checked"));
    else
        m_redirect->setText(tr("No: visitors who type the address without https:// are not moved to the "
                               "encrypted site"));
    m_problem->setText(http.problem);
    m_problem->setVisible(!http.problem.isEmpty());
    m_server->setText(http.server.isEmpty() ? tr("(not named)") : http.server);
    m_cdn->setText(http.cdn.isEmpty() ? tr("None recognised") : http.cdn);
    if (!http.reached)
        return;

    struct Header
    {
        QString name;
        bool sent;
        QString purpose;
    };
    const auto has = [&http](const QString &name, bool flag) { return flag || http.headers.contains(name); };
    const QList<Header> wanted = {
        { u"content-security-policy"_s, has(u"content-security-policy"_s, http.csp),
          tr("limits where scripts may come from") },
        { u"x-frame-options"_s, has(u"x-frame-options"_s, http.xFrameOptions || http.cspFrameAncestors),
          tr("stops other sites framing your pages (clickjacking)") },
        { u"x-content-type-options"_s, has(u"x-content-type-options"_s, http.contentTypeNosniff),
          tr("stops browsers guessing file types") },
        { u"referrer-policy"_s, has(u"referrer-policy"_s, http.referrerPolicy),
          tr("keeps your addresses out of other sites' logs") },
        { u"permissions-policy"_s, has(u"permissions-policy"_s, http.permissionsPolicy),
          tr("turns off camera, microphone and such") },
    };
    for (const Header &header : wanted) {
        auto *item = new QTreeWidgetItem(m_headers);
        item->setText(0, header.name);
        item->setToolTip(0, header.purpose);
        const bool sent = header.sent;
        item->setText(1, sent ? tr("Yes") : tr("No"));
        item->setIcon(1, QIcon(sent ? u":/icons/status-ok.svg"_s : u":/icons/status-info.svg"_s));
        item->setText(
            2, sent && http.headers.contains(header.name) ? http.headers.value(header.name) : header.purpose);
        item->setToolTip(2, item->text(2));
    }
    for (const HttpCookie &cookie : http.cookies) {
        auto *item = new QTreeWidgetItem(m_cookies);
        item->setText(0, cookie.name);
        item->setText(1, cookie.secure ? tr("Yes") : tr("No"));
        item->setIcon(1, QIcon(cookie.secure ? u":/icons/status-ok.svg"_s : u":/icons/status-warning.svg"_s));
        item->setText(2, cookie.httpOnly ? tr("Yes") : tr("No"));
        item->setText(3, cookie.sameSite.isEmpty() ? tr("(not set)") : cookie.sameSite);
    }
    m_cookies->setVisible(!http.cookies.isEmpty());
}
