#include "AccountsPage.h"
#include "AccountsTab.h"
#include "ContingencyPageFixture.h"
#include "ImportAccountsDialog.h"
#include "NoticeBanner.h"
#include "RecoveryItemsModel.h"
#include "contingency/RecoveryVerifier.h"

#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// What the target made of one drag, from entering to letting go, as a file manager would send it:
// copy, move or link offered, the file manager's own default being a move.
struct Drag
{
    bool enterAccepted = false;
    bool moveAccepted = false;
    bool dropAccepted = false;
    Qt::DropAction dropAction = Qt::IgnoreAction;
};

Drag dragAndDrop(QWidget *target, const QPoint &pos, QMimeData *data, bool letGo = true)
{
    const Qt::DropActions offered = Qt::CopyAction | Qt::MoveAction | Qt::LinkAction;
    Drag drag;
    QDragEnterEvent enter(pos, offered, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    drag.enterAccepted = enter.isAccepted();
    if (!drag.enterAccepted)
        return drag; // no moves and no drop follow an ignored enter
    QDragMoveEvent move(pos, offered, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    drag.moveAccepted = move.isAccepted();
    if (!letGo)
        return drag;
    QDropEvent drop(QPointF(pos), offered, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    drag.dropAccepted = drop.isAccepted();
    drag.dropAction = drop.dropAction();
    return drag;
}

Drag dropUrls(QWidget *target, const QPoint &pos, const QList<QUrl> &urls)
{
    QMimeData data;
    data.setUrls(urls);
    return dragAndDrop(target, pos, &data);
}

QUrl fileUrl(const QString &path)
{
    return QUrl::fromLocalFile(path);
}

bool writeText(const QString &path, const QByteArray &bytes)
{
    return writeFile(path, bytes, Clock::now());
}

// Calls `look` with the next modal dialog, then closes it if it is still open; false when none
// came within about four seconds (the test then fails instead of hanging).
class NextDialog
{
public:
    explicit NextDialog(std::function<void(QDialog *)> look)
    {
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this, look] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                if (--m_ticks <= 0)
                    m_timer.stop();
                return;
            }
            m_timer.stop();
            const auto closeAfter = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            m_seen = true;
            look(dialog);
        });
        m_timer.start(20);
    }
    bool seen() const { return m_seen; }
    bool waiting() const { return m_timer.isActive(); }

private:
    QTimer m_timer;
    int m_ticks = 200;
    bool m_seen = false;
};

const QByteArray wordpressCsv
    = "ID,user_login,display_name,user_email,user_registered,roles\r\n"
      "1,admin,Sara Owner,sara@kraeuter.example,2021-03-02 09:14:55,administrator\r\n"
      "2,jana,Jana Berg,jana@kraeuter.example,2022-05-10 12:00:00,shop_manager\r\n"
      "3,tom.d,Tom Dev,tom@agency.example,2023-01-15 08:30:00,editor\r\n";

} // namespace

// Files dragged from a file manager: a CSV file dropped on the accounts table opens the import with
// it; a folder or a file dropped on a recovery item becomes where the item is kept and is checked.
// What does not fit is refused in a notice and changes nothing.
class TestDragDrop : public QObject, public ContingencyPageFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(start()); }
    void init() { QVERIFY(createPlan()); }
    void cleanup()
    {
        m_accounts.reset();
        closePage();
    }
    void cleanupTestCase() { Clock::setClock(nullptr); }

    void csvDroppedOnTheAccountsOpensTheImportWithIt();
    void otherDropsOnTheAccountsAreRefusedInTheNotice();
    void backupFolderDroppedOnItsItemIsSetCheckedAndUndone();
    void recoveryDropsFollowTheKindOfItem();
    void dropsThatDoNotFitAnItemAreRefused();
    void screenshots();

private:
    void openAccounts();
    AccountsTab *accountsTab() const { return m_accounts->accountsTab(); }
    qsizetype auditCount() const;
    QTableView *recoveryTable() const;
    QPoint rowCentre(qint64 itemId) const;

    std::unique_ptr<AccountsPage> m_accounts;
};

void TestDragDrop::openAccounts()
{
    m_accounts = std::make_unique<AccountsPage>(*m_session);
    m_accounts->resize(1200, 750);
    m_accounts->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_accounts.get()));
}

qsizetype TestDragDrop::auditCount() const
{
    const auto entries = m_session->plan()->auditEntries();
    return entries ? entries->size() : -1;
}

QTableView *TestDragDrop::recoveryTable() const
{
    return child<QTableView>(m_page.get(), u"recoveryItemsTable"_s);
}

QPoint TestDragDrop::rowCentre(qint64 itemId) const
{
    auto *model = qobject_cast<RecoveryItemsModel *>(recoveryTable()->model());
    return recoveryTable()
        ->visualRect(model->index(model->rowOf(itemId), RecoveryItemsModel::Title))
        .center();
}

void TestDragDrop::csvDroppedOnTheAccountsOpensTheImportWithIt()
{
    System shop;
    shop.kind = SystemKind::ShopAdmin;
    shop.name = u"WordPress admin"_s;
    const auto shopId = m_session->plan()->addSystem(shop);
    System mail;
    mail.kind = SystemKind::Email;
    mail.name = u"Google Workspace"_s;
    const auto mailId = m_session->plan()->addSystem(mail);
    QVERIFY(shopId && mailId);
    const QString csv = m_dir.filePath(u"users.csv"_s);
    QVERIFY(writeText(csv, wordpressCsv));
    openAccounts();
    accountsTab()->selectSystem(mailId.value());

    // No accounts yet: the note standing in for the table takes the drop.
    auto *note = child<QLabel>(accountsTab(), u"noAccounts"_s);
    QVERIFY(note->isVisible());
    QMimeData offered;
    offered.setUrls({ fileUrl(csv) });
    const Drag hovering = dragAndDrop(note, note->rect().center(), &offered, false);
    QVERIFY(hovering.enterAccepted);
    QVERIFY(hovering.moveAccepted);

    bool compared = false;
    NextDialog importing([&](QDialog *dialog) {
        auto *import = qobject_cast<ImportAccountsDialog *>(dialog);
        QVERIFY(import);
        // As if the file had been chosen in the file chooser, on the system the table shows.
        QCOMPARE(import->systemId(), mailId.value());
        QCOMPARE(child<QLineEdit>(import, u"importFile"_s)->text(), u"users.csv"_s);
        QCOMPARE(child<QLineEdit>(import, u"importFile"_s)->toolTip(), QDir::toNativeSeparators(csv));
        QCOMPARE(import->format(), AccountImportFormat::WordPress);
        QSignalSpy done(import, &ImportAccountsDialog::comparisonFinished);
        child<QPushButton>(import, u"importCompare"_s)->click();
        QVERIFY(done.wait(30000));
        QVERIFY(done.first().first().toBool());
        QCOMPARE(import->sync().added.size(), 3);
        compared = true;
        child<QPushButton>(import, u"importApply"_s)->click();
    });
    const Drag dropped = dropUrls(note, note->rect().center(), { fileUrl(csv) });
    QVERIFY(dropped.dropAccepted);
    QCOMPARE(dropped.dropAction, Qt::CopyAction); // never a move: the file manager keeps the file
    // The window opens once the drop is over, not inside it.
    QVERIFY(!importing.seen());
    QTRY_VERIFY(importing.seen());
    QVERIFY(compared);
    QCOMPARE(m_session->plan()->accountsOf(mailId.value()).size(), 3);
    QCOMPARE(accountsTab()->selectedSystemId(), mailId.value());
    QVERIFY(accountsTab()->notice()->isHidden());

    // With accounts on file the table itself takes the drop. All systems shown: the import starts on
    // the first system, as the Import button's does.
    QVERIFY(writeText(m_dir.filePath(u"mail.CSV"_s), wordpressCsv));
    accountsTab()->selectSystem(0);
    QVERIFY(accountsTab()->table()->isVisible());
    QWidget *viewport = accountsTab()->table()->viewport();
    qint64 offeredSystem = 0;
    QString chosen;
    NextDialog again([&](QDialog *dialog) {
        auto *import = qobject_cast<ImportAccountsDialog *>(dialog);
        QVERIFY(import);
        offeredSystem = import->systemId();
        chosen = child<QLineEdit>(import, u"importFile"_s)->text();
        import->reject();
    });
    QVERIFY(dropUrls(viewport, viewport->rect().center(), { fileUrl(m_dir.filePath(u"mail.CSV"_s)) })
                .dropAccepted);
    QTRY_VERIFY(again.seen());
    QCOMPARE(offeredSystem, shopId.value());
    QCOMPARE(chosen, u"mail.CSV"_s);
    QCOMPARE(m_session->plan()->accountsOf(shopId.value()).size(), 0); // cancelled: nothing changed
}

void TestDragDrop::otherDropsOnTheAccountsAreRefusedInTheNotice()
{
    System shop;
    shop.kind = SystemKind::ShopAdmin;
    shop.name = u"WordPress admin"_s;
    QVERIFY(m_session->plan()->addSystem(shop));
    const QString csv = m_dir.filePath(u"first.csv"_s);
    const QString second = m_dir.filePath(u"second.csv"_s);
    const QString sheet = m_dir.filePath(u"users.xlsx"_s);
    const QString folder = m_dir.filePath(u"exports"_s);
    QVERIFY(writeText(csv, wordpressCsv));
    QVERIFY(writeText(second, wordpressCsv));
    QVERIFY(writeText(sheet, "PK\x03\x04 not a csv"));
    QVERIFY(QDir().mkpath(folder));
    openAccounts();
    auto *note = child<QLabel>(accountsTab(), u"noAccounts"_s);
    NoticeBanner *notice = accountsTab()->notice();
    QVERIFY(notice->isHidden());
    const qsizetype audited = auditCount();
    QVERIFY(audited > 0);

    // Text that is not a file is not taken in at all.
    QMimeData text;
    text.setText(u"admin,Sara Owner"_s);
    QVERIFY(!dragAndDrop(note, note->rect().center(), &text).enterAccepted);

    const struct
    {
        const char *what;
        QList<QUrl> urls;
        QString says;
    } refused[] = {
        { "two files", { fileUrl(csv), fileUrl(second) }, u"Drop one file at a time."_s },
        { "a folder", { fileUrl(folder) }, u"A folder cannot be imported."_s },
        { "a web address",
          { QUrl(u"https://shop.example/export/users.csv"_s) },
          u"Only a file on this computer can be imported."_s },
        { "a spreadsheet", { fileUrl(sheet) }, u"users.xlsx is not a CSV file."_s },
        { "a file gone", { fileUrl(m_dir.filePath(u"gone.csv"_s)) }, u"was not found"_s },
    };
    for (const auto &drop : refused) {
        notice->hide();
        NextDialog unexpected([](QDialog *dialog) { dialog->reject(); });
        const Drag drag = dropUrls(note, note->rect().center(), drop.urls);
        QVERIFY2(drag.dropAccepted, drop.what); // taken in, so that it can be explained
        QCoreApplication::processEvents();
        QVERIFY2(!unexpected.seen(), drop.what);
        QVERIFY2(notice->isVisible(), drop.what);
        QCOMPARE(notice->kind(), NoticeBanner::Kind::Warning);
        QVERIFY2(notice->text().contains(drop.says), qPrintable(notice->text()));
        // Nothing changed: no account, no edit, nothing in the audit trail.
        QVERIFY(m_session->plan()->accounts().isEmpty());
        QCOMPARE(m_session->undoStack()->count(), 0);
        QCOMPARE(auditCount(), audited);
    }
    child<QPushButton>(notice, u"accountsNoticeDismiss"_s)->click();
    QVERIFY(notice->isHidden());

    // A read-only plan takes no import either, and says why. A second session finds the plan locked
    // by the first and opens it read-only.
    PlanSession other;
    QVERIFY(other.open(m_path));
    QVERIFY(other.plan()->isReadOnly());
    AccountsPage page(other);
    page.show();
    NextDialog unexpected([](QDialog *dialog) { dialog->reject(); });
    auto *readOnlyNote = child<QLabel>(page.accountsTab(), u"noAccounts"_s);
    QVERIFY(dropUrls(readOnlyNote, readOnlyNote->rect().center(), { fileUrl(csv) }).dropAccepted);
    QCoreApplication::processEvents();
    QVERIFY(!unexpected.seen());
    QVERIFY2(page.accountsTab()->notice()->text().contains(u"read-only"_s),
             qPrintable(page.accountsTab()->notice()->text()));
    QVERIFY(other.plan()->accounts().isEmpty());
}

void TestDragDrop::backupFolderDroppedOnItsItemIsSetCheckedAndUndone()
{
    const QString folder = m_dir.filePath(u"nightly backups"_s);
    QVERIFY(QDir().mkpath(folder));
    const QByteArray dump(64 * 1024, 'x');
    QVERIFY(writeFile(folder + u"/shop-2025-06-16.sql"_s, dump, Clock::now().addSecs(-600)));
    QVERIFY(writeFile(folder + u"/shop-2025-06-06.sql"_s, dump, Clock::now().addDays(-10)));
    const qint64 backup = itemIdOf(u"backup"_s);
    const qint64 code = itemIdOf(u"code"_s);
    RecoveryItem item = *m_session->plan()->recoveryItem(backup);
    item.location = u"/srv/old-backups"_s;
    QVERIFY(m_session->plan()->updateRecoveryItem(item));

    openPage();
    m_page->resize(1400, 1000);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    itemsView()->selectItem(code); // the drop goes to the row it lands on, not the chosen one
    QWidget *viewport = recoveryTable()->viewport();
    RecoveryVerifier *verifier = m_session->recoveryVerifier();
    QVERIFY(verifier);
    QVERIFY(!verifier->isBusy());
    QSignalSpy finished(verifier, &RecoveryVerifier::finished);

    const Drag drag = dropUrls(viewport, rowCentre(backup), { fileUrl(folder) });
    QVERIFY(drag.enterAccepted && drag.moveAccepted && drag.dropAccepted);
    QCOMPARE(drag.dropAction, Qt::CopyAction);
    // The same edit as typing the place: undoable, named in the Edit menu.
    QCOMPARE(m_session->plan()->recoveryItem(backup)->location, QDir::toNativeSeparators(folder));
    QCOMPARE(m_session->undoStack()->count(), 1);
    QCOMPARE(m_session->undoStack()->undoText(), u"Change where %1 is"_s.arg(item.displayTitle()));
    QCOMPARE(itemsView()->selectedItemId(), backup);
    QCOMPARE(child<QLineEdit>(m_page.get(), u"recoveryLocation"_s)->text(), QDir::toNativeSeparators(folder));
    QVERIFY(itemsView()->dropNote()->isHidden());

    // Checked in the background, the same way as with Verify, and recorded.
    QVERIFY(finished.wait(30000));
    const auto checked = m_session->plan()->recoveryItem(backup)->lastVerification;
    QVERIFY(checked);
    QVERIFY(!checked->byHand);
    QCOMPARE(checked->at, Clock::now());
    QCOMPARE(checked->outcome(), CheckOutcome::Passed);
    QVERIFY(checked->check(u"backup.newest.age"_s));
    QCOMPARE(cell(0, RecoveryItemsModel::Status), u"Passed"_s);
    QVERIFY(!m_session->plan()->recoveryItem(code)->lastVerification); // only the item dropped on

    // Undo puts the old place back; the check stays on record.
    m_session->undoStack()->undo();
    QCOMPARE(m_session->plan()->recoveryItem(backup)->location, u"/srv/old-backups"_s);
    QCOMPARE(child<QLineEdit>(m_page.get(), u"recoveryLocation"_s)->text(), u"/srv/old-backups"_s);
    m_session->undoStack()->redo();
    QCOMPARE(m_session->plan()->recoveryItem(backup)->location, QDir::toNativeSeparators(folder));

    // In the file: reopened, the plan has the place and the check.
    closePage();
    auto reopened = Plan::open(m_path);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    const auto saved = reopened.value()->recoveryItem(backup);
    QVERIFY(saved);
    QCOMPARE(saved->location, QDir::toNativeSeparators(folder));
    QVERIFY(saved->lastVerification);
    QCOMPARE(saved->lastVerification->outcome(), CheckOutcome::Passed);
}

void TestDragDrop::recoveryDropsFollowTheKindOfItem()
{
    const QString certificates = m_dir.filePath(u"tls"_s);
    QVERIFY(QDir().mkpath(certificates));
    const QString key = certificates + u"/shop.key"_s;
    QVERIFY(writeText(key, "-----BEGIN PRIVATE KEY-----\nnot really a key\n-----END PRIVATE KEY-----\n"));
    const QString customers = m_dir.filePath(u"customers.csv"_s);
    QVERIFY(writeText(customers, "email,name\r\nsara@kraeuter.example,Sara Owner\r\n"));
    const QString code = m_dir.filePath(u"shop-code"_s);
    QVERIFY(QDir().mkpath(code));
    const QString archive = m_dir.filePath(u"site.tar.gz"_s);
    QVERIFY(writeText(archive, "not gzip at all"));
    openPage();
    m_page->resize(1400, 1000);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QWidget *viewport = recoveryTable()->viewport();
    QSignalSpy finished(m_session->recoveryVerifier(), &RecoveryVerifier::finished);

    const struct
    {
        const char16_t *item;
        QString place;
    } fits[] = {
        { u"certificate", key }, // a key file
        { u"customer_export", customers }, // a CSV export
        { u"code", code + u'/' }, // the code's folder, as some file managers name it
        { u"backup", archive }, // one archive (it is checked, and found damaged)
    };
    int checks = 0;
    for (const auto &fit : fits) {
        const qint64 id = itemIdOf(QString::fromUtf16(fit.item));
        QVERIFY(id != 0);
        QVERIFY(dropUrls(viewport, rowCentre(id), { fileUrl(fit.place) }).dropAccepted);
        QCOMPARE(m_session->plan()->recoveryItem(id)->location,
                 QDir::toNativeSeparators(QDir::cleanPath(fit.place)));
        ++checks;
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), checks, 30000);
        QVERIFY2(m_session->plan()->recoveryItem(id)->lastVerification, qPrintable(fit.place));
    }
    QCOMPARE(m_session->undoStack()->count(), 4);
    QVERIFY(itemsView()->dropNote()->isHidden());
}

void TestDragDrop::dropsThatDoNotFitAnItemAreRefused()
{
    const QString notes = m_dir.filePath(u"notes.txt"_s);
    QVERIFY(writeText(notes, "call Jonas"));
    const QString folder = m_dir.filePath(u"misc"_s);
    QVERIFY(QDir().mkpath(folder));
    openPage();
    m_page->resize(1400, 1000);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QWidget *viewport = recoveryTable()->viewport();
    NoticeBanner *note = itemsView()->dropNote();
    const qint64 backup = itemIdOf(u"backup"_s);
    const qsizetype audited = auditCount();
    const QList<RecoveryItem> before = m_session->plan()->recoveryItems();

    // While dragging: taken in over a row, not over the empty space below the rows.
    auto *model = recoveryTable()->model();
    const QRect last = recoveryTable()->visualRect(model->index(model->rowCount() - 1, 0));
    const QPoint below(last.left() + 4, last.bottom() + 8);
    QVERIFY2(below.y() < viewport->height(), "no empty space below the rows");
    QMimeData offered;
    offered.setUrls({ fileUrl(folder) });
    Drag hovering = dragAndDrop(viewport, rowCentre(backup), &offered, false);
    QVERIFY(hovering.enterAccepted && hovering.moveAccepted);
    hovering = dragAndDrop(viewport, below, &offered, false);
    QVERIFY(hovering.enterAccepted);
    QVERIFY(!hovering.moveAccepted);
    QMimeData text;
    text.setText(u"/srv/backups"_s);
    QVERIFY(!dragAndDrop(viewport, rowCentre(backup), &text).enterAccepted);

    // Dropped on empty space: nothing at all.
    const Drag nowhere = dropUrls(viewport, below, { fileUrl(folder) });
    QVERIFY(!nowhere.dropAccepted);
    QVERIFY(note->isHidden());

    const struct
    {
        const char16_t *item;
        QList<QUrl> urls;
        QString says;
    } refused[] = {
        { u"backup", { fileUrl(notes) }, u"notes.txt does not fit"_s },
        { u"certificate", { fileUrl(notes) }, u".key, .pem, .crt or .csr"_s },
        { u"customer_export", { fileUrl(notes) }, u"CSV file"_s },
        { u"code", { fileUrl(notes) }, u"drop the folder, not a file"_s },
        { u"root_account", { fileUrl(folder) }, u"keychain"_s },
        { u"code", { QUrl(fileUrl(notes).toString() + u'/') }, u"notes.txt does not fit"_s },
        { u"backup", { fileUrl(folder), fileUrl(notes) }, u"Drop one file or folder"_s },
        { u"backup", { QUrl(u"sftp://backup.example/shop/"_s) }, u"on this computer"_s },
        { u"backup", { fileUrl(m_dir.filePath(u"gone"_s)) }, u"not there any more"_s },
    };
    for (const auto &drop : refused) {
        note->hide();
        const Drag drag = dropUrls(viewport, rowCentre(itemIdOf(QString::fromUtf16(drop.item))), drop.urls);
        QVERIFY(drag.dropAccepted); // taken in, so that it can be explained
        QVERIFY2(note->isVisible(), qPrintable(drop.says));
        QVERIFY2(note->text().contains(drop.says), qPrintable(note->text()));
        QCOMPARE(note->kind(), NoticeBanner::Kind::Warning);
    }
    // Nothing changed and nothing is being checked.
    QVERIFY(m_session->plan()->recoveryItems() == before);
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(auditCount(), audited);
    QVERIFY(!itemsView()->isChecking());
    child<QPushButton>(note, u"recoveryDropNoteDismiss"_s)->click();
    QVERIFY(note->isHidden());
}

// Not a check: with STOREFORT_SHOTS set to a folder, writes the accounts page and the recovery items
// with a drop refused.
void TestDragDrop::screenshots()
{
    const QString folder = qEnvironmentVariable("STOREFORT_SHOTS");
    if (folder.isEmpty())
        QSKIP("STOREFORT_SHOTS is not set");
    QVERIFY(QDir().mkpath(folder));
    System shop;
    shop.kind = SystemKind::ShopAdmin;
    shop.name = u"WordPress admin"_s;
    QVERIFY(m_session->plan()->addSystem(shop));
    const QString sheet = m_dir.filePath(u"users.xlsx"_s);
    QVERIFY(writeText(sheet, "PK\x03\x04"));
    openAccounts();
    auto *note = child<QLabel>(accountsTab(), u"noAccounts"_s);
    QVERIFY(dropUrls(note, note->rect().center(), { fileUrl(sheet) }).dropAccepted);
    QVERIFY(accountsTab()->notice()->isVisible());
    QCoreApplication::processEvents();
    QVERIFY(m_accounts->grab().save(QDir(folder).filePath(u"drop-refused-accounts.png"_s)));

    // And a recovery item refusing a file that is not a backup.
    openPage();
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(dropUrls(recoveryTable()->viewport(), rowCentre(itemIdOf(u"backup"_s)), { fileUrl(sheet) })
                .dropAccepted);
    QVERIFY(itemsView()->dropNote()->isVisible());
    QCoreApplication::processEvents();
    QVERIFY(m_page->grab().save(QDir(folder).filePath(u"drop-refused-recovery.png"_s)));
}

QTEST_MAIN(TestDragDrop)
#include "tst_dragdrop.moc"
