#include "EarlierCopiesDialog.h"

#include "AuditWording.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "NoticeBanner.h"
#include "PlanSession.h"
#include "plan/Plan.h"
#include "plan/PlanBackups.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// What a copy holds, read the way `plan show` reads a plan: read-only, nothing written.
struct CopyContent
{
    QString problem; // why it cannot be opened; the rest is empty then
    QString shopName;
    qsizetype entries = 0;
    QString historyProblem;
};

CopyContent readCopy(const QString &path)
{
    auto plan = Plan::open(path, { .readOnly = true });
    if (!plan)
        return { .problem = plan.error() };
    CopyContent content;
    content.shopName = plan.value()->shop().name;
    const auto entries = plan.value()->auditEntries();
    if (entries)
        content.entries = entries->size();
    else
        content.historyProblem = entries.error();
    if (const AuditTrail::Verification &check = plan.value()->auditCheckOnOpen(); !check.intact)
        content.historyProblem = AuditWording::verificationMessage(check);
    return content;
}

bool isSameFile(const QString &a, const QString &b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.absoluteFilePath() == second.absoluteFilePath())
        return true;
    // Through a link or another spelling of the same folder.
    return first.exists() && second.exists() && first.canonicalFilePath() == second.canonicalFilePath();
}
} // namespace

EarlierCopiesDialog::EarlierCopiesDialog(PlanSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new QTreeWidget(this))
    , m_none(new QLabel(this))
    , m_problem(new NoticeBanner(this))
    , m_openButton(new QPushButton(tr("&Open a Copy…"), this))
    , m_folderButton(new QPushButton(tr("Show in &Folder"), this))
{
    setObjectName(u"earlierCopiesDialog"_s);
    setWindowTitle(tr("Earlier Copies"));
    const int em = fontMetrics().height();
    if (const Plan *plan = m_session.plan())
        m_planPath = plan->path();

    auto *intro = new QLabel(tr("Storefort keeps a copy of this plan each time it is opened, the last %L1; a "
                                "copy you open becomes a new plan, and this one stays as it is.")
                                 .arg(PlanSession::fileOptions().backupsKept),
                             this);
    intro->setObjectName(u"earlierCopiesIntro"_s);
    intro->setWordWrap(true);

    auto *listLabel = new QLabel(tr("Copies, &newest first:"), this);
    listLabel->setBuddy(m_list);
    m_list->setObjectName(u"earlierCopiesList"_s);
    m_list->setAccessibleName(tr("Earlier copies of the plan"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({ tr("Taken"), tr("Shop"), tr("History"), tr("Size") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Shop, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_none->setObjectName(u"earlierCopiesNone"_s);
    m_none->setWordWrap(true);
    m_none->setText(tr("No copies of this plan have been kept yet. Storefort keeps one each time the plan is "
                       "opened for changes."));
    m_none->hide();
    m_problem->setObjectName(u"earlierCopyProblem"_s);
    m_problem->hide();

    m_openButton->setObjectName(u"openCopyButton"_s);
    m_folderButton->setObjectName(u"showCopiesFolderButton"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_openButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_folderButton, QDialogButtonBox::ActionRole);
    m_openButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(em * 3 / 4);
    layout->addWidget(intro);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_none);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openButton, &QPushButton::clicked, this, &EarlierCopiesDialog::openCopy);
    connect(m_folderButton, &QPushButton::clicked, this, &EarlierCopiesDialog::showFolder);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &EarlierCopiesDialog::updateSelection);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, ProblemRole).toString().isEmpty())
            openCopy();
    });
    // The copies belong to the open plan: when it closes other than through this dialog, so does the list.
    connect(&m_session, &PlanSession::aboutToClose, this, [this] {
        if (!m_openingCopy)
            reject();
    });

    fill();
    listLabel->setHidden(m_list->isHidden());
    resize(QSize(em * 46, em * 24));
}

void EarlierCopiesDialog::fill()
{
    m_list->clear();
    const Plan *plan = m_session.plan();
    const QList<PlanBackups::Copy> copies = plan
        ? PlanBackups::copies(plan->planId(), PlanSession::fileOptions().backupDir)
        : QList<PlanBackups::Copy>();
    m_folder = copies.isEmpty() ? QString() : QFileInfo(copies.first().path).absolutePath();

    const QLocale locale;
    QStringList shortTimes;
    for (const PlanBackups::Copy &copy : copies)
        shortTimes << locale.toString(copy.takenAt.toLocalTime(), QLocale::ShortFormat);

    for (qsizetype i = 0; i < copies.size(); ++i) {
        const PlanBackups::Copy &copy = copies.at(i);
        const QDateTime local = copy.takenAt.toLocalTime();
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, PathRole, copy.path);
        item->setData(0, TakenAtRole, copy.takenAt);

        // Two copies in one minute would read the same: those show their seconds too.
        const QString taken = shortTimes.count(shortTimes.at(i)) > 1
            ? tr("%1 %2").arg(locale.toString(local.date(), QLocale::ShortFormat),
                              locale.toString(local.time(), QLocale::LongFormat))
            : shortTimes.at(i);
        item->setText(TakenAt, taken);
        item->setToolTip(TakenAt, locale.toString(local, QLocale::LongFormat));
        // "28 KB", "1.4 MB": no more digits than the owner needs to tell copies apart.
        item->setText(Size,
                      locale.formattedDataSize(copy.size, copy.size < 1024 * 1024 ? 0 : 1,
                                               QLocale::DataSizeTraditionalFormat));
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);

        const CopyContent content = readCopy(copy.path);
        item->setData(0, ProblemRole, content.problem);
        if (!content.problem.isEmpty()) {
            // Listed with what is wrong, not hidden: the owner may still want to look at the file.
            item->setIcon(Shop, QIcon(NoticeBanner::iconPath(NoticeBanner::Kind::Error)));
            item->setText(Shop, tr("Cannot be opened: %1").arg(content.problem));
            item->setToolTip(Shop, content.problem);
            continue;
        }
        item->setText(Shop, content.shopName);
        item->setToolTip(Shop, QDir::toNativeSeparators(copy.path));
        // English has no plural catalogue: the one-entry case has its own words.
        item->setText(
            History, content.entries == 1 ? tr("1 entry") : tr("%Ln entries", nullptr, int(content.entries)));
        if (!content.historyProblem.isEmpty()) {
            item->setIcon(History, QIcon(NoticeBanner::iconPath(NoticeBanner::Kind::Warning)));
            item->setToolTip(History, content.historyProblem);
        }
    }

    m_list->setVisible(!copies.isEmpty());
    m_none->setVisible(copies.isEmpty());
    if (!copies.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateSelection();
}

void EarlierCopiesDialog::updateSelection()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const QString problem = item ? item->data(0, ProblemRole).toString() : QString();
    const QString historyProblem = item ? item->toolTip(History) : QString();
    if (!problem.isEmpty()) {
        m_problem->setMessage(NoticeBanner::Kind::Error, tr("This copy cannot be opened."), problem);
    } else if (!historyProblem.isEmpty()) {
        m_problem->setMessage(NoticeBanner::Kind::Warning, tr("This copy's history has been tampered with."),
                              historyProblem);
    }
    m_problem->setVisible(!problem.isEmpty() || !historyProblem.isEmpty());
    m_openButton->setEnabled(item && problem.isEmpty());
    m_folderButton->setEnabled(!m_folder.isEmpty());
}

void EarlierCopiesDialog::openCopy()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !item->data(0, ProblemRole).toString().isEmpty() || m_planPath.isEmpty())
        return;
    const QString copyPath = item->data(0, PathRole).toString();
    const QFileInfo plan(m_planPath);
    // A name that says which copy it is, in a form every file system accepts.
    const QString stamp
        = item->data(0, TakenAtRole).toDateTime().toLocalTime().toString(u"yyyy-MM-dd HH.mm"_s);
    const QString suggested
        = plan.dir().filePath(tr("%1 as of %2").arg(plan.completeBaseName(), stamp) + u".storefort"_s);

    const QString title = tr("Open a Copy as a New Plan");
    const QString chosen = FileDialog::savePlanName(this, title, suggested, FileDialog::Existing::Refuse);
    if (chosen.isEmpty())
        return;
    const QString target = QFileInfo(chosen).absoluteFilePath();
    if (isSameFile(target, m_planPath)) {
        MessageBox::warning(this, title,
                            tr("That is the plan that is open now. Choose another name: a copy never "
                               "replaces the open plan."));
        return;
    }
    if (QFileInfo::exists(target)) {
        MessageBox::warning(this, title,
                            tr("\"%1\" already exists. Choose another name: opening a copy never replaces "
                               "a file.")
                                .arg(QDir::toNativeSeparators(target)));
        return;
    }
    QFile source(copyPath);
    if (!source.copy(target)) {
        MessageBox::critical(this, title,
                             tr("The copy could not be saved as \"%1\": %2")
                                 .arg(QDir::toNativeSeparators(target), source.errorString()));
        return;
    }
    // The new plan is the owner's to change, whatever the copy's own permissions were.
    QFile::setPermissions(target, QFile::permissions(target) | QFile::ReadOwner | QFile::WriteOwner);

    m_openingCopy = true;
    const Status opened = m_session.open(target);
    m_openingCopy = false;
    if (!opened) {
        // Nothing of the owner's is in it yet: the file this dialog just made goes again.
        QFile::remove(target);
        MessageBox::critical(this, title, opened.error());
        return;
    }
    accept();
}

void EarlierCopiesDialog::showFolder()
{
    if (m_folder.isEmpty() || QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder)))
        return;
    MessageBox::warning(this, tr("Show in Folder"),
                        tr("The folder could not be shown. The copies are in \"%1\".")
                            .arg(QDir::toNativeSeparators(m_folder)));
}
