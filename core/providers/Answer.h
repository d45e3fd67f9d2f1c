#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// A file kept inside the plan as evidence for an answer (a provider's certificate, a screenshot,
// their reply as PDF). The plan stores the bytes; these are the facts about them.
struct Attachment
{
    qint64 id = 0;
    qint64 answerId = 0;
    QString fileName; // the name it had, without any folder
    QString sha256; // lowercase hex of the bytes
    qint64 size = 0;
    QDateTime addedAt; // UTC

    bool operator==(const Attachment &other) const = default;

    static constexpr qint64 maxSize = qint64(20) * 1024 * 1024;
};

// A provider's answer to one question of the bank, as it is on file. One per provider and
// question: asking again replaces it (the audit trail keeps what it said before).
struct Answer
{
    qint64 id = 0;
    qint64 providerId = 0;
    QString questionId;
    int questionVersion = 1; // the question's version when it was answered
    QString value; // stored form, see Question
    QString answeredBy; // who gave it: a name at the provider, an email, a document
    QDate givenOn; // when the provider gave it (effective date)
    QDateTime enteredAt; // UTC, when it was entered into the plan
    QString notes;
    QList<Attachment> attachments; // facts only; the bytes through Plan::attachmentData()

    bool operator==(const Answer &other) const = default;
};
