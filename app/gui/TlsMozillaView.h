#pragma once

#include "tls/MozillaIntermediate.h"

#include <QWidget>

class QLabel;

// Whether the site meets Mozilla's "intermediate" profile, the configuration most hosts promise,
// and each way it differs: required changes first, then recommendations.
class TlsMozillaView final : public QWidget
{
    Q_OBJECT

public:
    explicit TlsMozillaView(QWidget *parent = nullptr);

    void setVerdict(const MozillaIntermediate::Verdict &verdict);
    void clear();

private:
    QLabel *m_summary;
    QLabel *m_deviations; // rich text: an icon and a word for each kind, so colour is never alone
};
