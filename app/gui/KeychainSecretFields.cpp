#include "KeychainSecretFields.h"

#include "FormDialogLayout.h"
#include "NoticeBanner.h"
#include "PlanSession.h"
#include "common/Result.h"

#include <QDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

KeychainSecretFields::KeychainSecretFields(PlanSession &session, NoticeBanner *storeNotice,
                                           NoticeBanner *result, QWidget *owner)
    : QObject(owner)
    , m_session(session)
    , m_storeNotice(storeNotice)
    , m_result(result)
{ }

void KeychainSecretFields::probeIfUnknown()
{
    if (m_session.secrets()->state() == SecretStore::State::Unknown)
        m_session.secrets()->probe(this, [](const SecretResult &) {});
}

void KeychainSecretFields::showStoreState(const QString &cannotStore)
{
    const SecretStore::State state = m_session.secrets()->state();
    const QString why = SecretStore::describe(state);
    if (why.isEmpty()) {
        m_storeNotice->hide();
        return;
    }
    m_storeNotice->setMessage(state == SecretStore::State::Unavailable ? NoticeBanner::Kind::Warning
                                                                       : NoticeBanner::Kind::Information,
                              cannotStore, why);
    m_storeNotice->show();
}

QByteArray KeychainSecretFields::askSecret(QWidget *parent, const SecretDialogTexts &texts)
{
    QDialog dialog(parent);
    dialog.setObjectName(u"secretDialog"_s);
    dialog.setWindowTitle(texts.title);
    auto *intro = new QLabel(texts.intro, &dialog);
    intro->setWordWrap(true);
    auto *field = new QLineEdit(&dialog);
    field->setObjectName(u"secretField"_s);
    field->setAccessibleName(texts.accessibleName);
    field->setEchoMode(QLineEdit::Password);
    QLineEdit *repeat = nullptr;
    if (!texts.repeatLabel.isEmpty()) {
        repeat = new QLineEdit(&dialog);
        repeat->setObjectName(u"secretRepeat"_s);
        repeat->setAccessibleName(texts.repeatAccessibleName);
        repeat->setEchoMode(QLineEdit::Password);
    }
    auto *label = new QLabel(texts.label, &dialog);
    label->setBuddy(field);
    auto *form = new QFormLayout;
    form->addRow(label, field);
    QLabel *mismatch = nullptr;
    if (repeat) {
        auto *repeatLabel = new QLabel(texts.repeatLabel, &dialog);
        repeatLabel->setBuddy(repeat);
        mismatch = new QLabel(texts.mismatch, &dialog);
        mismatch->setObjectName(u"secretMismatch"_s);
        mismatch->hide();
        form->addRow(repeatLabel, repeat);
        form->addRow(QString(), mismatch);
    }
    QPushButton *ok = layOutFormDialog(dialog, intro, form, texts.store, u"secretOk"_s,
                                       parent->fontMetrics().averageCharWidth() * 60);
    ok->setEnabled(false);
    auto check = [field, repeat, ok, mismatch] {
        const bool same = !repeat || field->text() == repeat->text();
        ok->setEnabled(!field->text().isEmpty() && same);
        if (mismatch)
            mismatch->setVisible(!repeat->text().isEmpty() && !same);
    };
    QObject::connect(field, &QLineEdit::textChanged, &dialog, check);
    if (repeat)
        QObject::connect(repeat, &QLineEdit::textChanged, &dialog, check);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    QString text = field->text();
    // Unlike clear(), leaves nothing in the fields' undo history.
    field->setText(QString());
    if (repeat)
        repeat->setText(QString());
    QByteArray secret;
    if (accepted && !text.isEmpty())
        secret = text.toUtf8();
    wipeText(text);
    return secret;
}

void KeychainSecretFields::read(const SecretRef &ref, std::function<void(const QByteArray &)> got)
{
    setBusy(true);
    m_result->hide();
    m_session.secrets()->read(ref, this, [this, got = std::move(got)](const SecretResult &result) {
        setBusy(false);
        if (!result.ok()) {
            reportFailure(result);
            return;
        }
        got(result.secret());
    });
}

void KeychainSecretFields::write(const SecretRef &ref, QByteArray secret, std::function<void()> written)
{
    setBusy(true);
    m_result->hide();
    // The store takes the buffer over and wipes it.
    m_session.secrets()->write(ref, std::move(secret), this,
                               [this, written = std::move(written)](const SecretResult &result) {
                                   setBusy(false);
                                   if (!result.ok()) {
                                       reportFailure(result);
                                       return;
                                   }
                                   written();
                               });
}

void KeychainSecretFields::remove(const QString &key, std::function<void()> forget)
{
    const auto ref = SecretRef::fromKey(key);
    if (!ref) {
        forget(); // a reference that points nowhere is simply dropped
        return;
    }
    setBusy(true);
    m_result->hide();
    m_session.secrets()->remove(*ref, this, [this, forget = std::move(forget)](const SecretResult &result) {
        setBusy(false);
        if (!result.ok()) {
            reportFailure(result);
            return;
        }
        forget();
    });
}

void KeychainSecretFields::reportFailure(const SecretResult &result)
{
    m_result->setMessage(NoticeBanner::Kind::Error, result.message());
    m_result->setToolTip(result.detail());
    m_result->show();
    emit finished(false, result.message());
}

void KeychainSecretFields::reportPlanFailure(const Status &status, const QString &headline)
{
    if (headline.isEmpty())
        m_result->setMessage(NoticeBanner::Kind::Error, status.error());
    else
        m_result->setMessage(NoticeBanner::Kind::Error, headline, status.error());
    m_result->show();
    emit finished(false, status.error());
}

void KeychainSecretFields::reportSuccess(const QString &message)
{
    m_result->setMessage(NoticeBanner::Kind::Positive, message);
    m_result->show();
    emit finished(true, {});
}

void KeychainSecretFields::reportDone()
{
    emit finished(true, {});
}

void KeychainSecretFields::wipeText(QString &text)
{
    for (QChar &c : text) // non-const iteration detaches first
        c = QChar();
    text.clear();
}

void KeychainSecretFields::setBusy(bool busy)
{
    m_busy = busy;
    emit busyChanged();
}
