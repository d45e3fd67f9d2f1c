#pragma once

#include <QDate>
#include <QList>
#include <QString>

// Who makes one call when the site is attacked: the task, who does it, whom they reach and how.
struct CallTreeEntry
{
    qint64 id = 0;
    QString task; // e.g. "Call the host's emergency line", "Tell customers"
    qint64 callerPersonId = 0; // who makes the call (a team member; 0: not decided)
    qint64 calleeProviderId = 0; // the provider they reach (0: none)
    qint64 calleePersonId = 0; // or a person they reach (0: none)
    QString channel; // phone, e-mail, status page, social media, ... (free text)
    QString contact; // the number, address or page to use
    int position = 0; // order in the tree

    bool operator==(const CallTreeEntry &other) const = default;
};

// One thing prepared in advance for an attack: the CDN's attack mode, rate limiting, ...
struct DdosStep
{
    qint64 id = 0;
    QString builtIn; // the standard list's key ("cdn_attack_mode", ...); empty for the owner's own
    QString title; // the owner's own title; empty for built-in steps means the standard title
    bool prepared = false;
    QDate preparedOn; // invalid: not said
    QString notes;
    int position = 0;

    QString displayTitle() const;
    QString why() const; // plain words, built-in steps only
    bool operator==(const DdosStep &other) const = default;
};

// How the shop answers a DDoS: whether a CDN fronts the site (seen by the probe, or recorded by
// the owner when it does not show), who calls whom, what is prepared, and when it was last drilled.
struct DdosPlan
{
    qint64 cdnProviderId = 0; // the CDN the owner recorded (0: none recorded)
    QString cdnNotes; // e.g. "Cloudflare in front of shop.example since 2024; DNS only for mail"
    QDate lastDrill; // invalid: never
    QString drillNotes;
    QList<CallTreeEntry> callTree;
    QList<DdosStep> steps;

    bool operator==(const DdosPlan &other) const = default;

    // The standard steps every plan starts with.
    static QList<DdosStep> standardSteps();
};
