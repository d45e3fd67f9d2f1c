#pragma once

#include "plan/TlsProbeRecord.h"

#include <QWidget>

class QTreeWidget;

// The probes kept in the plan, newest first (when, which address, grade); choosing one shows it.
class TlsHistoryView final : public QWidget
{
    Q_OBJECT

public:
    explicit TlsHistoryView(QWidget *parent = nullptr);

    void setRecords(const QList<TlsProbeRecord> &records);
    const QList<TlsProbeRecord> &records() const { return m_records; }
    // Selects the record without announcing it; false when it is not listed.
    bool select(qint64 id);
    int count() const { return int(m_records.size()); }

    static QString address(const TlsProbeRecord &record);

signals:
    void recordChosen(qint64 id);

private:
    QList<TlsProbeRecord> m_records;
    QTreeWidget *m_list;
};
