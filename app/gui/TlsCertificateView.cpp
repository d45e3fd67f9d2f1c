#include "TlsCertificateView.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// "AB:CD:..." in groups, so a long fingerprint wraps at a colon and reads aloud in pieces.
QString fingerprint(const QString &hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs.append(hex.mid(i, 2).toUpper());
    return pairs.join(u':');
}
} // namespace

TlsCertificateView::TlsCertificateView(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_missing(new QLabel(tr("The site showed no certificate."), this))
{
    setObjectName(u"tlsCertificateView"_s);
    setAccessibleName(tr("Certificate"));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_subject = addRow(tr("Issued to:"), u"tlsCertSubject"_s);
    m_sans = addRow(tr("Names it covers:"), u"tlsCertNames"_s);
    m_issuer = addRow(tr("Issued by:"), u"tlsCertIssuer"_s);
    m_validity = addRow(tr("Valid until:"), u"tlsCertValidUntil"_s);
    m_trusted = addRow(tr("Trusted by browsers:"), u"tlsCertTrusted"_s);
    m_hostname = addRow(tr("Matches the site's name:"), u"tlsCertHostname"_s);
    m_chain = addRow(tr("Chain:"), u"tlsCertChain"_s);
    m_key = addRow(tr("Key:"), u"tlsCertKey"_s);
    m_signature = addRow(tr("Signature:"), u"tlsCertSignature"_s);
    m_ocsp = addRow(tr("OCSP stapling:"), u"tlsCertOcsp"_s);
    m_sha256 = addRow(tr("SHA-256 fingerprint:"), u"tlsCertSha256"_s);
    m_spki = addRow(tr("Public key (SPKI) SHA-256:"), u"tlsCertSpki"_s);
    m_chainList = addRow(tr("Certificates sent:"), u"tlsCertChainList"_s);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_sha256->setFont(fixed);
    m_spki->setFont(fixed);

    m_missing->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_missing);
    layout->addLayout(m_form);
    layout->addStretch();
    clear();
}

QLabel *TlsCertificateView::addRow(const QString &label, const QString &objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    value->setMinimumWidth(fontMetrics().averageCharWidth() * 20);
    auto *name = new QLabel(label, this);
    name->setBuddy(value);
    value->setAccessibleName(label);
    m_form->addRow(name, value);
    return value;
}

QString TlsCertificateView::yesNo(bool value, const QString &yes, const QString &no)
{
    return value ? yes : no;
}

void TlsCertificateView::clear()
{
    for (QLabel *label : findChildren<QLabel *>()) {
        if (label->objectName().startsWith(u"tlsCert"_s))
            label->clear();
    }
    m_missing->hide();
}

void TlsCertificateView::setCertificate(const CertificateResult &c)
{
    clear();
    m_missing->setVisible(!c.present);
    if (!c.present)
        return;
    const QLocale locale;
    m_subject->setText(c.subject);
    m_sans->setText(c.sans.isEmpty() ? tr("(none listed)") : c.sans.join(u", "_s));
    m_issuer->setText(c.selfSigned ? tr("%1 (itself: self-signed)").arg(c.issuer) : c.issuer);

    const QString until = c.notAfter.isValid()
        ? locale.toString(c.notAfter.toLocalTime(), QLocale::LongFormat)
        : tr("unknown");
    QString left;
    if (c.expired)
        left = tr("expired");
    else if (c.notYetValid)
        left = tr("not valid yet (from %1)")
                   .arg(locale.toString(c.notBefore.toLocalTime(), QLocale::ShortFormat));
    else if (c.daysLeft == 1)
        left = tr("1 day left");
    else
        left = tr("%Ln days left", nullptr, c.daysLeft);
    m_validity->setText(tr("%1 — %2").arg(until, left));

    if (c.trusted)
        m_trusted->setText(tr("Yes"));
    else if (!c.trustProblem.isEmpty())
        m_trusted->setText(tr("No. %1").arg(c.trustProblem));
    else
        m_trusted->setText(c.selfSigned ? tr("No: it is self-signed, so no browser trusts it")
                                        : tr("No: browsers do not trust its issuer"));
    if (c.hostnameMatch)
        m_hostname->setText(tr("Yes"));
    else if (c.sans.isEmpty())
        m_hostname->setText(tr("No: the certificate lists no names, and browsers no longer read the name in "
                               "\"Issued to\""));
    else
        m_hostname->setText(tr("No: visitors see a warning"));
    QStringList chain;
    chain.append(c.chainComplete ? tr("complete") : tr("incomplete: some browsers cannot check it"));
    if (c.chainComplete && !c.chainInOrder)
        chain.append(tr("out of order"));
    m_chain->setText(chain.join(u", "_s));
    m_key->setText(c.keyBits > 0 ? tr("%1, %2 bits").arg(c.keyType, locale.toString(c.keyBits)) : c.keyType);
    m_signature->setText(c.signatureAlgorithm);
    QString ocsp = yesNo(c.ocspStapled, tr("Yes"), tr("No"));
    if (!c.ocspStatus.isEmpty())
        ocsp = tr("%1, the issuer says: %2").arg(ocsp, c.ocspStatus);
    if (c.mustStaple)
        ocsp = tr("%1 (the certificate requires it)").arg(ocsp);
    m_ocsp->setText(ocsp);
    m_sha256->setText(fingerprint(c.sha256));
    m_spki->setText(fingerprint(c.spkiSha256));
    QStringList chainLines;
    for (qsizetype i = 0; i < c.chain.size(); ++i) {
        const ChainEntry &entry = c.chain.at(i);
        //: One certificate of the chain: "1. CN=shop.example — from CN=R11, RSA 2048 bits, until 1 March
        //: 2025"
        chainLines.append(
            tr("%1. %2 — from %3, %4 %5 bits, until %6")
                .arg(QString::number(i + 1), entry.subject, entry.issuer, entry.keyType,
                     locale.toString(entry.keyBits),
                     locale.toString(entry.notAfter.toLocalTime().date(), QLocale::ShortFormat)));
    }
    m_chainList->setText(chainLines.isEmpty() ? tr("(not recorded)") : chainLines.join(u'\n'));
}
