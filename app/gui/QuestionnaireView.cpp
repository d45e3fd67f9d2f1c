#include "QuestionnaireView.h"

#include "AnswerCommands.h"
#include "AnswerDialog.h"
#include "EvidenceList.h"
#include "FileDialog.h"
#include "ImportAnswersDialog.h"
#include "LetterDialog.h"
#include "MessageBox.h"
#include "NoticeBanner.h"
#include "PlanSession.h"
#include "QuestionnaireModel.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "providers/QuestionBank.h"
#include "providers/QuestionnaireImport.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QThread>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// A fill-in file for even the longest questionnaire is a few dozen kilobytes.
constexpr qint64 maxImportSize = QuestionnaireImport::maxFileSize;

QLabel *wrappingLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

QuestionnaireView::QuestionnaireView(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new QuestionnaireModel(*session.plan(), this))
    , m_summary(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_ask(new QPushButton(tr("As&k This Provider…"), this))
    , m_import(new QPushButton(tr("&Import Returned File…"), this))
    , m_notice(new NoticeBanner(this))
    , m_tree(new QTreeView(this))
    , m_empty(new QLabel(this))
    , m_details(new QWidget(this))
    , m_question(wrappingLabel(m_details, u"questionText"_s))
    , m_why(wrappingLabel(m_details, u"questionWhy"_s))
    , m_good(wrappingLabel(m_details, u"questionGood"_s))
    , m_onFile(wrappingLabel(m_details, u"questionOnFile"_s))
    , m_answer(new QPushButton(tr("&Answer…"), m_details))
    , m_remove(new QPushButton(tr("&Remove Answer"), m_details))
    , m_evidence(new EvidenceList(session, m_details))
{
    setObjectName(u"questionnaireView"_s);

    m_summary->setObjectName(u"questionnaireSummary"_s);
    m_summary->setWordWrap(true);
    m_filter->setObjectName(u"questionnaireFilter"_s);
    m_filter->setAccessibleName(tr("Show"));
    m_filter->addItem(tr("All questions"), int(QuestionnaireModel::Filter::All));
    m_filter->addItem(tr("Outstanding"), int(QuestionnaireModel::Filter::Outstanding));
    m_filter->addItem(tr("Falling short"), int(QuestionnaireModel::Filter::FallingShort));
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);
    m_ask->setObjectName(u"questionnaireAsk"_s);
    m_ask->setToolTip(tr("A letter, an email and a fill-in file with the questions for this provider"));
    m_import->setObjectName(u"questionnaireImport"_s);
    m_import->setToolTip(tr("Record the answers from a fill-in file the provider sent back"));
    m_notice->setObjectName(u"questionnaireNotice"_s);
    m_notice->hide();

    m_tree->setObjectName(u"questionnaireTree"_s);
    m_tree->setAccessibleName(tr("Questions"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(false);
    // The question takes the room the other columns leave; the pane is never narrower than a
    // readable question plus its answer and verdict.
    m_tree->header()->setSectionResizeMode(QuestionnaireModel::QuestionColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(QuestionnaireModel::AnswerColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(QuestionnaireModel::VerdictColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(QuestionnaireModel::OnFileColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(QuestionnaireModel::EvidenceColumn, QHeaderView::ResizeToContents);
    const int charWidth = fontMetrics().averageCharWidth();
    m_tree->setMinimumWidth(charWidth * 100);
    m_tree->header()->resizeSection(QuestionnaireModel::AnswerColumn, charWidth * 20);
    m_tree->header()->resizeSection(QuestionnaireModel::OnFileColumn, charWidth * 22);
    m_empty->setObjectName(u"questionnaireEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();

    m_answer->setObjectName(u"questionAnswer"_s);
    m_remove->setObjectName(u"questionRemoveAnswer"_s);
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);

    auto *answerButtons = new QHBoxLayout;
    answerButtons->addWidget(m_answer);
    answerButtons->addWidget(m_remove);
    answerButtons->addStretch();
    auto *evidenceHeading = new QLabel(tr("Evidence"), m_details);
    evidenceHeading->setFont(bold);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_question);
    detailsLayout->addWidget(m_why);
    detailsLayout->addWidget(m_good);
    detailsLayout->addWidget(m_onFile);
    detailsLayout->addLayout(answerButtons);
    detailsLayout->addSpacing(fontMetrics().height() / 2);
    detailsLayout->addWidget(evidenceHeading);
    detailsLayout->addWidget(m_evidence);
    detailsLayout->addStretch();
    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);

    auto *listBox = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_tree);
    listLayout->addWidget(m_empty);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listBox);
    splitter->addWidget(detailsScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    // Two short rows rather than one long one: the view often sits in a narrow pane.
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_ask);
    actions->addWidget(m_import);
    actions->addStretch();
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(actions);
    layout->addLayout(filterRow);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);

    setTabOrder(m_filter, m_ask);
    setTabOrder(m_ask, m_import);
    setTabOrder(m_import, m_tree);
    setTabOrder(m_tree, m_answer);
    setTabOrder(m_answer, m_remove);

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setFilter(QuestionnaireModel::Filter(m_filter->currentData().toInt())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A topic's name and count read across the whole row.
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_tree->setFirstColumnSpanned(row, QModelIndex(), true);
        m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QuestionnaireView::showDetails);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.data(QuestionnaireModel::QuestionIdRole).isValid())
            answerSelected();
    });
    connect(m_answer, &QPushButton::clicked, this, &QuestionnaireView::answerSelected);
    connect(m_remove, &QPushButton::clicked, this, &QuestionnaireView::removeSelectedAnswer);
    connect(m_ask, &QPushButton::clicked, this, &QuestionnaireView::askProvider);
    connect(m_import, &QPushButton::clicked, this, &QuestionnaireView::importReturnedFile);
    connect(session.plan(), &Plan::answersChanged, this, &QuestionnaireView::reload);
    connect(session.plan(), &Plan::providersChanged, this, &QuestionnaireView::reload);
    reload();
}

QuestionnaireView::~QuestionnaireView()
{
    if (m_importer)
        m_importer->wait();
}

void QuestionnaireView::setProvider(qint64 providerId)
{
    if (m_providerId == providerId)
        return;
    m_providerId = providerId;
    m_notice->hide();
    reload();
    // Start on the first question, so the details below are never blank.
    const QModelIndex firstTopic = m_model->index(0, 0);
    if (firstTopic.isValid())
        m_tree->setCurrentIndex(m_model->index(0, 0, firstTopic));
}

QString QuestionnaireView::selectedQuestionId() const
{
    return m_tree->currentIndex().siblingAtColumn(0).data(QuestionnaireModel::QuestionIdRole).toString();
}

void QuestionnaireView::selectQuestion(const QString &questionId)
{
    const QModelIndex index = m_model->indexOf(questionId);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void QuestionnaireView::reload()
{
    const QString selected = selectedQuestionId();
    m_model->setProvider(m_providerId);
    const std::optional<Provider> provider = m_session.plan()->provider(m_providerId);
    const int total = int(m_model->rows().size());
    const int outstanding = m_model->outstandingCount();
    const int short_ = m_model->fallingShortCount();
    if (!provider) {
        m_summary->clear();
    } else {
        QStringList parts { tr("%n question(s) for %1", nullptr, total).arg(provider->name) };
        parts << (outstanding > 0 ? tr("%n outstanding", nullptr, outstanding)
                                  : tr("All answered and current"));
        if (short_ > 0)
            parts << tr("%n fall(s) short", nullptr, short_);
        m_summary->setText(parts.join(u" · "_s));
    }
    const bool empty = m_model->rowCount() == 0;
    if (!provider)
        m_empty->setText(tr("Choose a provider to see the questions for them."));
    else if (m_model->filter() == QuestionnaireModel::Filter::Outstanding)
        m_empty->setText(tr("Nothing outstanding: every question has a current answer."));
    else if (m_model->filter() == QuestionnaireModel::Filter::FallingShort)
        m_empty->setText(tr("No answer falls short."));
    else
        m_empty->setText(tr("No questions apply to this provider."));
    m_empty->setVisible(empty);
    m_tree->setVisible(!empty);
    if (!selected.isEmpty())
        selectQuestion(selected);
    showDetails();
}

void QuestionnaireView::showDetails()
{
    const QString questionId = selectedQuestionId();
    const QuestionnaireModel::Row *row = m_model->row(questionId);
    const std::optional<Provider> provider = m_session.plan()->provider(m_providerId);
    m_details->setVisible(row && provider);
    m_evidence->setAnswer(m_providerId, row ? questionId : QString());
    if (row && provider) {
        const Question &q = *row->question;
        m_question->setText(q.translatedText());
        m_why->setText(tr("Why it matters: %1").arg(q.translatedWhy()));
        m_good->setText(tr("What good looks like: %1").arg(q.translatedGood()));
        if (row->answer) {
            QStringList lines;
            QString answerLine = tr("Their answer: %1").arg(q.displayAnswer(row->answer->value));
            if (row->verdict)
                answerLine += u" — "_s + QuestionnaireModel::verdictText(*row->verdict);
            lines << answerLine << QuestionnaireModel::provenance(*row->answer, provider->name);
            if (const QString due = QuestionnaireModel::stateText(row->state); !due.isEmpty())
                lines << due;
            if (!row->answer->notes.isEmpty())
                lines << tr("Notes: %1").arg(row->answer->notes);
            m_onFile->setText(lines.join(u'\n'));
        } else {
            m_onFile->setText(tr("Not answered yet. Ask them, or record their answer by hand."));
        }
        m_answer->setText(row->answer ? tr("Change &Answer…") : tr("&Answer…"));
    }
    updateActions();
}

void QuestionnaireView::updateActions()
{
    const bool writable = !m_session.plan()->isReadOnly();
    const bool hasProvider = m_session.plan()->provider(m_providerId).has_value();
    const QuestionnaireModel::Row *row = m_model->row(selectedQuestionId());
    m_answer->setEnabled(writable && row);
    m_remove->setEnabled(writable && row && row->answer);
    m_ask->setEnabled(hasProvider && !m_model->rows().isEmpty());
    m_import->setEnabled(writable && hasProvider && !isImporting());
    m_filter->setEnabled(hasProvider);
}

QString QuestionnaireView::suggestedAnsweredBy() const
{
    // Who answered last for this provider is most likely who answers next.
    std::optional<Answer> latest;
    for (const Answer &answer : m_session.plan()->answersOf(m_providerId)) {
        if (!latest || answer.enteredAt > latest->enteredAt)
            latest = answer;
    }
    if (latest && !latest->answeredBy.isEmpty())
        return latest->answeredBy;
    const std::optional<Provider> provider = m_session.plan()->provider(m_providerId);
    return provider ? provider->name : QString();
}

void QuestionnaireView::answerSelected()
{
    const QuestionnaireModel::Row *row = m_model->row(selectedQuestionId());
    if (!row || m_session.plan()->isReadOnly())
        return;
    auto *dialog = new AnswerDialog(*row->question, m_providerId, row->answer, suggestedAnsweredBy(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { recordAnswer(dialog->answer()); });
    dialog->open();
}

bool QuestionnaireView::recordAnswer(const Answer &answer)
{
    const std::optional<Answer> before = m_session.plan()->answer(answer.providerId, answer.questionId);
    Status status = m_session.pushEdit(std::make_unique<SetAnswerCommand>(*m_session.plan(), answer, before));
    if (!status)
        MessageBox::warning(this, tr("Answer Not Recorded"), status.error());
    return status.ok();
}

bool QuestionnaireView::recordAnswers(const QList<Answer> &answers)
{
    if (answers.isEmpty())
        return true;
    const std::optional<Provider> provider = m_session.plan()->provider(m_providerId);
    Status status = m_session.pushEdit(std::make_unique<SetAnswersCommand>(
        *m_session.plan(), provider ? provider->name : QString(), answers));
    if (!status) {
        MessageBox::warning(this, tr("Answers Not Recorded"), status.error());
        return false;
    }
    m_notice->setMessage(NoticeBanner::Kind::Positive,
                         tr("%n answer(s) recorded.", nullptr, int(answers.size())),
                         tr("Undo takes them all back at once."));
    m_notice->show();
    return true;
}

void QuestionnaireView::removeSelectedAnswer()
{
    const QuestionnaireModel::Row *row = m_model->row(selectedQuestionId());
    if (!row || !row->answer || m_session.plan()->isReadOnly())
        return;
    const Answer answer = *row->answer;
    const QString question = row->question->translatedText();
    if (answer.attachments.isEmpty()) {
        Status status = m_session.pushEdit(std::make_unique<RemoveAnswerCommand>(*m_session.plan(), answer));
        if (!status)
            MessageBox::warning(this, tr("Answer Not Removed"), status.error());
        return;
    }
    const QString text
        = tr("Remove the answer to “%1” with its %n evidence file(s)? The files are deleted from the "
             "plan, and this cannot be undone.",
             nullptr, int(answer.attachments.size()))
              .arg(question);
    if (MessageBox::question(this, tr("Remove Answer and Evidence"), text, tr("Remove")) != QMessageBox::Yes)
        return;
    if (Status status = m_session.plan()->removeAnswer(answer.id); !status)
        MessageBox::warning(this, tr("Answer Not Removed"), status.error());
}

void QuestionnaireView::askProvider()
{
    if (!m_session.plan()->provider(m_providerId))
        return;
    auto *dialog = new LetterDialog(m_session, m_providerId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void QuestionnaireView::importReturnedFile()
{
    if (isImporting())
        return;
    const QString path = FileDialog::openFileName(
        this, tr("Import Returned File"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Fill-in files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void QuestionnaireView::importFile(const QString &path)
{
    const std::optional<Provider> provider = m_session.plan()->provider(m_providerId);
    if (!provider || isImporting() || m_session.plan()->isReadOnly())
        return;
    const QFileInfo info(path);
    if (info.size() > maxImportSize) {
        MessageBox::warning(
            this, tr("File Not Imported"),
            tr("“%1” is %2, too big to be a fill-in file (they are a few kilobytes). Choose the "
               "file the provider filled in.")
                .arg(info.fileName(), QLocale().formattedDataSize(info.size())));
        emit importChecked();
        return;
    }
    m_notice->setMessage(NoticeBanner::Kind::Information, tr("Reading “%1”…").arg(info.fileName()));
    m_notice->show();

    struct Outcome
    {
        std::optional<QuestionnaireImport> import;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    QThread *importer = QThread::create([path, provider = *provider,
                                         onFile = m_session.plan()->answersOf(m_providerId),
                                         today = Clock::now().toLocalTime().date(), outcome] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            outcome->error = QCoreApplication::translate("QuestionnaireView", "“%1” could not be read: %2")
                                 .arg(QFileInfo(path).fileName(), file.errorString());
            return;
        }
        outcome->import = QuestionnaireImport::parse(file.read(maxImportSize + 1), provider, onFile, today);
    });
    m_importer = importer;
    const qint64 providerId = m_providerId;
    connect(importer, &QThread::finished, this, [this, outcome, path, providerId, name = provider->name] {
        m_importer.clear();
        m_notice->hide();
        updateActions();
        if (providerId != m_providerId) { // another provider was chosen meanwhile
            emit importChecked();
            return;
        }
        if (!outcome->import) {
            MessageBox::warning(this, tr("File Not Imported"), outcome->error);
            emit importChecked();
            return;
        }
        auto *dialog = new ImportAnswersDialog(*outcome->import, path, name, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, providerId] {
            if (providerId == m_providerId)
                recordAnswers(dialog->answersToRecord());
        });
        dialog->open();
        emit importChecked();
    });
    connect(importer, &QThread::finished, importer, &QObject::deleteLater);
    importer->start();
    updateActions();
}
