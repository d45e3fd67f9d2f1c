#pragma once

#include "tls/TlsChanges.h"

#include <QDateTime>
#include <QWidget>

class QLabel;

// "What changed since the last probe" of the same address, better and worse marked in words.
class TlsChangesView final : public QWidget
{
    Q_OBJECT

public:
    explicit TlsChangesView(QWidget *parent = nullptr);

    void setChanges(const QList<TlsChanges::Change> &changes, const QDateTime &previousAt);
    void setFirstProbe(); // nothing earlier to compare with
    void clear();
    QString text() const;

private:
    QLabel *m_title;
    QLabel *m_text;
};
