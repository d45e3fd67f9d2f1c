#pragma once

#include "tls/TlsGrade.h"

#include <QWidget>

class QLabel;

// The probe's verdict at a glance: the grade letter on a badge, one plain sentence on what it means
// for the shop's visitors, the reasons behind it, and the grade the site would get once the
// certificate is trusted.
class TlsGradeView final : public QWidget
{
    Q_OBJECT

public:
    explicit TlsGradeView(QWidget *parent = nullptr);

    void setGrade(const TlsGrade::Grade &grade);
    // While the probe still runs: what the first look showed, and no letter yet.
    void setFirstLook(const QString &summary);
    void clear();

    QString letter() const;
    // What the badge means, in words ("Browsers will warn your visitors ..."), for each letter.
    static QString meaning(const QString &letter);

private:
    void paintBadge(const QString &letter);

    QLabel *m_badge;
    QLabel *m_sentence;
    QLabel *m_reasons;
    QLabel *m_ignoringTrust;
};
