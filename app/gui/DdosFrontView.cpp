#include "DdosFrontView.h"

#include "DdosPlanCommand.h"
#include "PlanSession.h"
#include "contingency/ContingencyFindings.h"
#include "plan/Plan.h"
#include "providers/ProviderFindings.h"
#include "providers/QuestionBank.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The questions about attacks, in the order they read best, with the question in a few words.
struct DdosQuestion
{
    const char16_t *id;
    const char *shortText;
};

const DdosQuestion ddosQuestions[] {
    { u"host.ddos.protection", QT_TRANSLATE_NOOP("DdosFrontView", "Absorbs or filters attacks") },
    { u"host.ddos.action", QT_TRANSLATE_NOOP("DdosFrontView", "What they do in an attack") },
    { u"host.ddos.contact-minutes", QT_TRANSLATE_NOOP("DdosFrontView", "Tells you within") },
    { u"host.ddos.channel", QT_TRANSLATE_NOOP("DdosFrontView", "How they tell you") },
    { u"host.ddos.contact", QT_TRANSLATE_NOOP("DdosFrontView", "Whom to contact in an attack") },
    { u"host.cdn.fronted", QT_TRANSLATE_NOOP("DdosFrontView", "A CDN is in front of the shop") },
    { u"host.cdn.name", QT_TRANSLATE_NOOP("DdosFrontView", "Which CDN") },
};

bool answersAboutAttacks(ProviderKind kind)
{
    return kind == ProviderKind::WebHost || kind == ProviderKind::Platform || kind == ProviderKind::CdnDns;
}

} // namespace

DdosFrontView::DdosFrontView(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_probeIcon(new QLabel(this))
    , m_probe(new QLabel(this))
    , m_cdn(new QComboBox(this))
    , m_notes(new QLineEdit(this))
    , m_answers(new QTreeWidget(this))
{
    setObjectName(u"ddosFrontView"_s);

    // What the probe saw: facts, not editable.
    auto *seenBox = new QGroupBox(tr("What the latest probe saw"), this);
    m_probe->setObjectName(u"ddosProbeSeen"_s);
    m_probe->setWordWrap(true);
    m_probe->setTextFormat(Qt::PlainText);
    m_probe->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_probe->setFocusPolicy(Qt::NoFocus);
    auto *seen = new QHBoxLayout(seenBox);
    seen->addWidget(m_probeIcon, 0, Qt::AlignTop);
    seen->addWidget(m_probe, 1);

    // The CDN the owner knows of, whether or not the probe sees it.
    auto *recordBox = new QGroupBox(tr("The CDN you record"), this);
    m_cdn->setObjectName(u"ddosCdnProvider"_s);
    m_cdn->setAccessibleName(tr("CDN in front of the shop"));
    m_cdn->setToolTip(tr("The provider whose network stands in front of the shop. Add it in the Providers "
                         "step if it is not listed."));
    m_cdn->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_notes->setObjectName(u"ddosCdnNotes"_s);
    m_notes->setAccessibleName(tr("Notes about the CDN"));
    m_notes->setPlaceholderText(tr("For example: in front of the shop since 2024; mail goes around it"));
    auto *recordHint = new QLabel(tr("Record the CDN here when the probe cannot see it, for example one that "
                                     "only filters attacks, or when the shop has several addresses."),
                                  recordBox);
    recordHint->setWordWrap(true);
    auto *record = new QFormLayout(recordBox);
    record->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    record->addRow(recordHint);
    auto *cdnLabel = new QLabel(tr("&CDN in front:"), recordBox);
    cdnLabel->setBuddy(m_cdn);
    auto *cdnRow = new QHBoxLayout;
    cdnRow->addWidget(m_cdn);
    cdnRow->addStretch();
    record->addRow(cdnLabel, cdnRow);
    auto *notesLabel = new QLabel(tr("&Notes:"), recordBox);
    notesLabel->setBuddy(m_notes);
    record->addRow(notesLabel, m_notes);

    // What the host and the CDN said they do in an attack.
    auto *answersBox = new QGroupBox(tr("What your host and CDN said about attacks"), this);
    m_answers->setObjectName(u"ddosHostAnswers"_s);
    m_answers->setAccessibleName(tr("What your host and CDN said about attacks"));
    m_answers->setHeaderLabels({ tr("Question"), tr("Answer"), tr("Given on") });
    m_answers->setRootIsDecorated(false);
    m_answers->setItemsExpandable(false);
    m_answers->setSelectionMode(QAbstractItemView::NoSelection);
    m_answers->setWordWrap(true);
    m_answers->header()->setStretchLastSection(false);
    m_answers->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_answers->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_answers->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    auto *answers = new QVBoxLayout(answersBox);
    answers->addWidget(m_answers);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(seenBox);
    layout->addWidget(recordBox);
    layout->addWidget(answersBox, 1);

    connect(m_cdn, &QComboBox::currentIndexChanged, this, &DdosFrontView::cdnChosen);
    connect(m_notes, &QLineEdit::editingFinished, this, &DdosFrontView::notesEdited);
    Plan *plan = session.plan();
    for (auto signal : { &Plan::ddosPlanChanged, &Plan::providersChanged, &Plan::answersChanged,
                         &Plan::tlsProbesChanged, &Plan::shopChanged })
        connect(plan, signal, this, &DdosFrontView::refresh);
    refresh();
}

void DdosFrontView::refresh()
{
    const Plan &plan = *m_session.plan();
    const DdosPlan &ddos = plan.ddosPlan();
    const bool writable = !plan.isReadOnly();
    m_filling = true;
    {
        const QSignalBlocker blocker(m_cdn);
        m_cdn->clear();
        m_cdn->addItem(tr("None recorded"), qint64(0));
        // CDNs first: they are what belongs here; any other provider may run one too.
        for (bool cdnKind : { true, false }) {
            for (const Provider &p : plan.providers()) {
                if ((p.kind == ProviderKind::CdnDns) == cdnKind)
                    m_cdn->addItem(tr("%1 (%2)").arg(p.name, ProviderKinds::name(p.kind)), p.id);
            }
        }
        if (ddos.cdnProviderId != 0 && m_cdn->findData(ddos.cdnProviderId) < 0)
            m_cdn->addItem(tr("A provider no longer in the plan"), ddos.cdnProviderId);
        m_cdn->setCurrentIndex(std::max(0, m_cdn->findData(ddos.cdnProviderId)));
    }
    m_cdn->setEnabled(writable);
    // What the owner is typing stays until they finish; what the plan holds shows otherwise.
    if (!(m_notes->hasFocus() && m_notes->isModified()))
        m_notes->setText(ddos.cdnNotes);
    m_notes->setReadOnly(!writable);
    m_filling = false;
    showProbe();
    showAnswers();
}

void DdosFrontView::showProbe()
{
    const QList<TlsProbeResult> probes = ProviderFindings::latestProbes(*m_session.plan());
    const QString cdn = DdosFindings::cdnSeen(probes);
    QString text;
    QString icon;
    if (probes.isEmpty()) {
        text = tr("Not probed yet. Probe the site in the Encryption (TLS) step to see whether a CDN stands "
                  "in front of it.");
        icon = u":/icons/status-info.svg"_s;
    } else {
        QDateTime newest;
        QString host;
        for (const TlsProbeResult &p : probes) {
            if (!newest.isValid() || p.finishedAt > newest) {
                newest = p.finishedAt;
                host = p.host;
            }
        }
        const QString when = QLocale().toString(newest.toLocalTime().date(), QLocale::ShortFormat);
        if (cdn.isEmpty()) {
            text = tr("No CDN seen: the probe of %1 on %2 found no known CDN in front of the site.")
                       .arg(host, when);
            icon = u":/icons/status-warning.svg"_s;
        } else {
            text = tr("%1 stands in front of the site (seen by the probe of %2 on %3).").arg(cdn, host, when);
            icon = u":/icons/status-ok.svg"_s;
        }
    }
    m_probe->setText(text);
    m_probe->setAccessibleName(text);
    const int size = fontMetrics().height();
    m_probeIcon->setPixmap(QIcon(icon).pixmap(QSize(size, size), devicePixelRatioF()));
}

void DdosFrontView::showAnswers()
{
    const Plan &plan = *m_session.plan();
    const QuestionBank &bank = QuestionBank::builtIn();
    const QLocale locale;
    m_answers->clear();
    bool any = false;
    for (const Provider &p : plan.providers()) {
        if (!answersAboutAttacks(p.kind))
            continue;
        any = true;
        auto *top
            = new QTreeWidgetItem(m_answers, { tr("%1 (%2)").arg(p.name, ProviderKinds::name(p.kind)) });
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setFirstColumnSpanned(true);
        int shown = 0;
        for (const DdosQuestion &q : ddosQuestions) {
            const QString id = QString::fromUtf16(q.id);
            const auto answer = plan.answer(p.id, id);
            const Question *question = bank.find(id);
            if (!answer || !question)
                continue;
            auto *row = new QTreeWidgetItem(top,
                                            { tr(q.shortText), question->displayAnswer(answer->value),
                                              answer->givenOn.isValid()
                                                  ? locale.toString(answer->givenOn, QLocale::ShortFormat)
                                                  : QString() });
            row->setToolTip(0, question->translatedText());
            row->setToolTip(1, question->displayAnswer(answer->value));
            ++shown;
        }
        if (shown == 0) {
            auto *none = new QTreeWidgetItem(top, { tr("No answer on file — ask in the Providers step.") });
            none->setFirstColumnSpanned(true);
        }
    }
    if (!any) {
        auto *none = new QTreeWidgetItem(
            m_answers,
            { tr("No host, platform or CDN is in the plan yet. Add them in the Providers step, "
                 "then ask them the questions about attacks.") });
        none->setFirstColumnSpanned(true);
    }
    m_answers->expandAll();
}

void DdosFrontView::cdnChosen()
{
    if (m_filling)
        return;
    const Plan &plan = *m_session.plan();
    DdosPlan after = plan.ddosPlan();
    after.cdnProviderId = m_cdn->currentData().toLongLong();
    const auto provider = plan.provider(after.cdnProviderId);
    const QString text = provider ? tr("Record %1 as the CDN").arg(provider->name) : tr("Record no CDN");
    if (!DdosPlanCommand::push(m_session, after, text))
        refresh(); // refused: show what the plan holds
}

void DdosFrontView::notesEdited()
{
    if (m_filling)
        return;
    m_notes->setModified(false);
    DdosPlan after = m_session.plan()->ddosPlan();
    after.cdnNotes = m_notes->text().trimmed();
    if (!DdosPlanCommand::push(m_session, after, tr("Edit the CDN notes")))
        refresh();
}
