#pragma once

// What the end-to-end walk needs besides the window: the real parts it walks against (a backup
// folder, a git repository with a remote copy, the CSV export), the plan's bytes and the binder's
// text to search, and the window's navigator and "Next" buttons used the way a person uses them.

#include "DialogDriver.h"
#include "PlanView.h"
#include "StepNavigatorDelegate.h"
#include "StepPageFrame.h"

#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFile>
#include <QListWidget>
#include <QMimeData>
#include <QProcess>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTest>
#include <QUrl>

namespace EndToEnd {

using namespace Qt::StringLiterals;

// Runs a program to its end in `folder`; its output, or a null string when it failed.
inline QString run(const QString &folder, const QString &program, const QStringList &args)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning("%s %s failed: %s", qPrintable(program), qPrintable(args.join(u' ')),
                 process.readAll().constData());
        return {};
    }
    const QString out = QString::fromUtf8(process.readAll());
    return out.isNull() ? u""_s : out;
}

inline bool git(const QString &folder, const QStringList &args)
{
    // Who commits is given here: the test's home has no git configuration.
    return !run(folder, u"git"_s,
                QStringList { u"-c"_s, u"user.name=Bob Coder"_s, u"-c"_s, u"user.email=bob@agency.example"_s,
                              u"-c"_s, u"init.defaultBranch=main"_s }
                    + args)
                .isNull();
}

// The shop's code: a repository with one commit, pushed to a remote copy (a bare repository on this
// machine, so nothing leaves it) that it tracks.
inline bool makeCodeRepository(const QString &code, const QString &remote, const QString &subject)
{
    if (!QDir().mkpath(code) || !QDir().mkpath(remote))
        return false;
    QFile page(code + u"/index.php"_s);
    if (!page.open(QIODevice::WriteOnly) || page.write("<?php echo 'Corner Bakery';\n") < 0)
        return false;
    page.close();
    return git(remote, { u"init"_s, u"--bare"_s, u"-q"_s }) && git(code, { u"init"_s, u"-q"_s })
        && git(code, { u"add"_s, u"index.php"_s }) && git(code, { u"commit"_s, u"-q"_s, u"-m"_s, subject })
        && git(code, { u"remote"_s, u"add"_s, u"origin"_s, remote })
        && git(code, { u"push"_s, u"-q"_s, u"-u"_s, u"origin"_s, u"main"_s });
}

// A backup folder as a backup job leaves it: a dump made half an hour ago and an older one to go
// back to, made ten days ago.
inline bool makeBackupFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const struct
    {
        QString name;
        QDateTime made;
    } dumps[] = { { u"corner-bakery-new.sql"_s, now.addSecs(-1800) },
                  { u"corner-bakery-old.sql"_s, now.addDays(-10) } };
    for (const auto &dump : dumps) {
        QFile file(folder + u'/' + dump.name);
        // Flushed before the time is set: a write left in the buffer would change it again.
        if (!file.open(QIODevice::ReadWrite) || file.write(QByteArray(64 * 1024, 'x')) != 64 * 1024
            || !file.flush() || !file.setFileTime(dump.made, QFileDevice::FileModificationTime))
            return false;
    }
    return true;
}

// Everything in the plan's folder that SQLite may have written to.
inline QByteArray planBytes(const QString &path)
{
    QByteArray all;
    for (const QString &suffix : { QString(), u"-wal"_s, u"-journal"_s, u"-shm"_s }) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

// The secret as it could be written: its bytes, base64, or UTF-16.
inline bool holdsSecret(const QByteArray &haystack, const QByteArray &secret)
{
    const QString text = QString::fromUtf8(secret);
    return haystack.contains(secret) || haystack.contains(secret.toBase64())
        || haystack.contains(QByteArray(reinterpret_cast<const char *>(text.utf16()),
                                        text.size() * qsizetype(sizeof(char16_t))));
}

// The text of a PDF as `pdftotext -layout` lays it out.
inline QString pdfText(const QString &path)
{
    return run(QDir::tempPath(), u"pdftotext"_s, { u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s });
}

// About three lines of a page: how far apart the parts of a wrapped table cell may be printed.
constexpr qsizetype closeTogether = 300;

struct Printed
{
    qsizetype begin = -1; // -1: not printed
    qsizetype end = -1;
};

// The first place from `from` on where `word` is printed in `text`: whole, or broken at a line's end
// (a word too long for its table column goes on on the next line, after the other columns' words).
inline Printed printedWord(const QString &text, const QString &word, qsizetype from)
{
    Printed found;
    if (const qsizetype whole = text.indexOf(word, from); whole >= 0)
        found = { whole, whole + word.size() };
    for (qsizetype split = 1; split < word.size(); ++split) {
        const QString head = word.left(split) + u'\n';
        for (qsizetype at = text.indexOf(head, from); at >= 0 && (found.begin < 0 || at < found.begin);
             at = text.indexOf(head, at + 1)) {
            const qsizetype rest = text.indexOf(word.mid(split), at + head.size());
            if (rest >= 0 && rest - at <= closeTogether) {
                found = { at, rest + word.size() - split };
                break;
            }
        }
    }
    return found;
}

// Whether `phrase` is printed in `text` as pdftotext lays out a table: a cell's words (and a path's
// folders) may wrap onto the next lines, with the other columns' words between them, but they come
// in order and close together.
inline bool printed(const QString &text, const QString &phrase)
{
    static const QRegularExpression breaks(u"\\s+|(?<=/)"_s);
    const QStringList words = phrase.split(breaks, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    for (Printed first = printedWord(text, words.first(), 0); first.begin >= 0;
         first = printedWord(text, words.first(), first.begin + 1)) {
        qsizetype at = first.end;
        for (qsizetype i = 1; at >= 0 && i < words.size(); ++i) {
            const Printed next = printedWord(text, words.at(i), at);
            at = next.begin >= 0 && next.begin - at <= closeTogether ? next.end : -1;
        }
        if (at >= 0)
            return true;
    }
    return false;
}

// A file dragged from a file manager and let go over `target`: copy, move or link offered.
inline bool dropFile(QWidget *target, const QString &path)
{
    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(path) });
    const QPoint pos = target->rect().center();
    const Qt::DropActions offered = Qt::CopyAction | Qt::MoveAction | Qt::LinkAction;
    QDragEnterEvent enter(pos, offered, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, offered, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(pos), offered, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return move.isAccepted() && drop.isAccepted();
}

// The window's plan view: the navigator and the step shown beside it.
class Walk
{
public:
    explicit Walk(QWidget *window)
        : m_view(window->findChild<PlanView *>())
    { }

    PlanView *view() const { return m_view; }
    QListWidget *navigator() const { return child<QListWidget>(m_view, u"stepNavigator"_s); }

    QListWidgetItem *item(const QString &id) const
    {
        QListWidget *list = navigator();
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(Qt::UserRole).toString() == id)
                return list->item(row);
        }
        qWarning("no step %s in the navigator", qPrintable(id));
        return nullptr;
    }

    // The navigator's state of a step: 0 for none, else StepState + 1.
    int state(const QString &id) const { return item(id)->data(StepNavigatorDelegate::StateRole).toInt(); }
    QString status(const QString &id) const
    {
        return item(id)->data(StepNavigatorDelegate::StatusTextRole).toString();
    }

    // The step in front, inside its frame when it is one of the walk's.
    QWidget *current() const { return child<QStackedWidget>(m_view, u"stepPages"_s)->currentWidget(); }
    StepPageFrame *frame() const { return qobject_cast<StepPageFrame *>(current()); }
    template<typename T> T *page() const
    {
        if (StepPageFrame *f = frame())
            return qobject_cast<T *>(f->page());
        return qobject_cast<T *>(current());
    }

    // Clicks a step in the navigator, as a person does.
    void click(const QString &id) const
    {
        QListWidget *list = navigator();
        const QRect rect = list->visualItemRect(item(id));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    }

    // Clicks "Next: <title>" at the foot of the step in front; false when it is not there.
    bool next(const QString &title) const
    {
        StepPageFrame *f = frame();
        if (!f || !f->nextButton() || !f->nextButton()->isVisible() || !f->nextButton()->isEnabled()) {
            qWarning("no way on from the step in front");
            return false;
        }
        // A title's own "&" is doubled on the button, so that it shows rather than marks a key.
        if (f->nextButton()->text() != u"Next: "_s + QString(title).replace(u'&', u"&&"_s)) {
            qWarning("the way on says %s", qPrintable(f->nextButton()->text()));
            return false;
        }
        QTest::mouseClick(f->nextButton(), Qt::LeftButton);
        return true;
    }

private:
    PlanView *m_view;
};

} // namespace EndToEnd
