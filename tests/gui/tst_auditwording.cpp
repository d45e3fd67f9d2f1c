// The History page's words for account entries: an import's entry (which may hold 100,000 user
// names) becomes one short line of counts and the first names, never the whole record. And every
// kind of change a real plan records reads in plain words: no keys, no records, no secrets.
#include "AuditWording.h"
#include "plan/Plan.h"
#include "providers/QuestionBank.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAuditWording : public QObject
{
    Q_OBJECT

private slots:
    void importEntryIsSummarised()
    {
        QString json
            = u"{\"source_file\":\"users.csv\",\"added\":7,\"changed\":1,\"removed\":1,\"added_users\":["_s;
        for (int i = 0; i < 7; ++i)
            json += (i ? u","_s : QString()) % u"\"user%1\""_s.arg(i);
        json += u"],\"changed_users\":[{\"user_name\":\"jana\",\"before\":{\"role\":\"manager\"},\"after\":"
                u"{\"role\":\"editor\"}}],\"removed_users\":[\"cust1\"]}"_s;
        AuditEntry entry;
        entry.area = u"accounts"_s;
        entry.entity = u"system"_s;
        entry.entityId = u"3"_s;
        entry.field = u"accounts_imported"_s;
        entry.newValue = json;
        const QList<HistoryRow> rows = AuditWording::describe({ entry }, {});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).area, u"Accounts"_s);
        QVERIFY2(rows.at(0).what.contains(u"imported"_s), qPrintable(rows.at(0).what));
        const QString to = rows.at(0).to;
        QVERIFY2(to.contains(u"users.csv"_s) && to.contains(u"7 new"_s) && to.contains(u"1 changed"_s)
                     && to.contains(u"1 removed"_s),
                 qPrintable(to));
        QVERIFY(to.contains(u"user4"_s));
        QVERIFY(!to.contains(u"user5"_s)); // the first five names only
        QVERIFY(to.contains(u"jana"_s));
        QVERIFY(to.contains(u"cust1"_s));
        QVERIFY(!to.contains(u"before"_s));
    }

    void longValuesAreCut()
    {
        AuditEntry entry;
        entry.area = u"accounts"_s;
        entry.entity = u"system"_s;
        entry.entityId = u"3"_s;
        entry.field = u"column_mapping"_s;
        entry.newValue = QString(5000, u'x');
        const QList<HistoryRow> rows = AuditWording::describe({ entry }, {});
        QVERIFY(rows.at(0).to.size() <= 401);
    }

    // One change of every kind the plan audits, made through the Plan API on a real plan file:
    // every row of the history reads in words.
    void everyKindOfChangeReadsInWords()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto created
            = Plan::create(dir.filePath(u"words.storefort"_s), ShopProfile { .name = u"Corner Bakery"_s });
        QVERIFY2(created, qPrintable(created ? QString() : created.error()));
        Plan &plan = *created.value();
        const QDate today = QDate::currentDate();
        const auto ok = [](const Status &status) { return status ? QString() : status.error(); };

        // Shop and team.
        QCOMPARE(ok(plan.setShopName(u"Corner Bakery Ltd"_s)), QString());
        QCOMPARE(ok(plan.setSiteUrls({ u"https://shop.example"_s })), QString());
        Person alice;
        alice.name = u"Alice"_s;
        alice.email = u"alice@bakery.example"_s;
        const auto aliceId = plan.addPerson(alice);
        QVERIFY(aliceId);
        Person dev;
        dev.name = u"Dana Dev"_s;
        dev.kind = Person::Kind::Developer;
        const auto devId = plan.addPerson(dev);
        QVERIFY(devId);
        QCOMPARE(ok(plan.setOwner(aliceId.value())), QString());
        QCOMPARE(ok(plan.setMe(aliceId.value())), QString());

        // Providers, an answer, an evidence file.
        Provider host;
        host.name = u"Hostico"_s;
        host.kind = ProviderKind::WebHost;
        host.supportPhone = u"+41 44 000 00 00"_s;
        host.credentialRef = u"storefort/provider/secret-ref"_s;
        const auto hostId = plan.addProvider(host);
        QVERIFY2(hostId, qPrintable(hostId ? QString() : hostId.error()));
        host = *plan.provider(hostId.value());
        host.support24x7 = true;
        host.contractEnd = today.addYears(1);
        host.credentialRef.clear();
        QCOMPARE(ok(plan.updateProvider(host)), QString());
        Provider cdn;
        cdn.name = u"FastEdge"_s;
        cdn.kind = ProviderKind::CdnDns;
        const auto cdnId = plan.addProvider(cdn);
        QVERIFY(cdnId);
        Answer answer;
        answer.providerId = hostId.value();
        answer.questionId = u"host.hsts"_s;
        answer.value = u"yes"_s;
        answer.answeredBy = u"Support desk"_s;
        answer.givenOn = today.addDays(-2);
        const auto answerId = plan.setAnswer(answer);
        QVERIFY2(answerId, qPrintable(answerId ? QString() : answerId.error()));
        answer.value = u"no"_s;
        answer.notes = u"Only on the main domain"_s;
        QVERIFY(plan.setAnswer(answer));
        const auto fileId = plan.addAttachment(answerId.value(), u"hsts-proof.pdf"_s, QByteArray(2048, 'x'));
        QVERIFY(fileId);
        QCOMPARE(ok(plan.removeAttachment(fileId.value())), QString());
        QCOMPARE(ok(plan.setAnswerMaxAgeMonths(6)), QString());

        // The DDoS plan: the CDN, a call and an own step added, changed, removed; a drill.
        DdosPlan ddos = plan.ddosPlan();
        QVERIFY(!ddos.steps.isEmpty());
        ddos.cdnProviderId = cdnId.value();
        ddos.cdnNotes = u"In front of the shop since spring"_s;
        ddos.lastDrill = today.addDays(-10);
        ddos.drillNotes = u"Took twenty minutes"_s;
        CallTreeEntry call;
        call.task = u"Call the host's emergency line"_s;
        call.callerPersonId = aliceId.value();
        call.calleeProviderId = hostId.value();
        call.channel = u"Phone"_s;
        ddos.callTree.append(call);
        CallTreeEntry second;
        second.task = u"Tell customers"_s;
        second.calleePersonId = devId.value();
        ddos.callTree.append(second);
        DdosStep own;
        own.title = u"Keep a static holding page ready"_s;
        ddos.steps.append(own);
        QCOMPARE(ok(plan.setDdosPlan(ddos)), QString());
        ddos = plan.ddosPlan();
        ddos.callTree[0].contact = u"+41 44 111 11 11"_s;
        std::swap(ddos.callTree[0], ddos.callTree[1]);
        ddos.steps[0].prepared = true;
        ddos.steps[0].preparedOn = today;
        ddos.steps.last().notes = u"On the spare server"_s;
        QCOMPARE(ok(plan.setDdosPlan(ddos)), QString());
        ddos = plan.ddosPlan();
        ddos.callTree.removeLast();
        ddos.steps.removeLast();
        ddos.cdnProviderId = 0;
        QCOMPARE(ok(plan.setDdosPlan(ddos)), QString());

        // The contingency binder: an own item added, changed, checked, its secret replaced, removed;
        // a built-in item changed; the settings.
        RecoveryItem item;
        item.kind = RecoveryKind::RootAccount;
        item.title = u"Nightly backups"_s;
        item.holderProviderId = hostId.value();
        item.location = u"Hostico control panel"_s;
        item.secretRef = u"storefort/recovery/secret-ref"_s;
        item.secretUser = u"root"_s;
        const auto itemId = plan.addRecoveryItem(item);
        QVERIFY2(itemId, qPrintable(itemId ? QString() : itemId.error()));
        item = *plan.recoveryItem(itemId.value());
        item.holderProviderId = 0;
        item.holderPersonId = aliceId.value();
        item.howToReach = u"Ask Alice"_s;
        item.secretRef = u"storefort/recovery/other-ref"_s;
        QCOMPARE(ok(plan.updateRecoveryItem(item)), QString());
        Verification check;
        check.at = QDateTime::currentDateTimeUtc();
        check.byHand = true;
        check.add(u"hand.confirmed"_s, CheckOutcome::Passed, u"Seen in the drawer"_s);
        QVERIFY(plan.recordVerification(itemId.value(), check));
        QCOMPARE(ok(plan.noteSecretChanged(itemId.value())), QString());
        RecoveryItem builtIn = plan.recoveryItems().first();
        builtIn.location = u"/srv/backups"_s;
        QCOMPARE(ok(plan.updateRecoveryItem(builtIn)), QString());
        QCOMPARE(ok(plan.removeRecoveryItem(itemId.value())), QString());
        QCOMPARE(ok(plan.setBackupMaxAgeHours(48)), QString());
        QCOMPARE(ok(plan.setRecheckDays(14)), QString());

        // Findings accepted and withdrawn.
        FindingAcceptance acceptance;
        acceptance.ruleId = u"TLS-PROTO-TLS10"_s;
        acceptance.subject = u"shop.example"_s;
        acceptance.reason = u"The old till needs it until June"_s;
        acceptance.acceptedOn = today;
        acceptance.expiresOn = today.addMonths(3);
        QCOMPARE(ok(plan.acceptFinding(acceptance)), QString());
        acceptance.reason = u"The old till still needs it"_s;
        QCOMPARE(ok(plan.acceptFinding(acceptance)), QString());
        QCOMPARE(ok(plan.withdrawAcceptance(acceptance.ruleId, acceptance.subject)), QString());

        // An encryption check.
        TlsProbeRecord probe;
        probe.host = u"shop.example"_s;
        probe.ip = u"192.0.2.7"_s;
        probe.grade = u"B"_s;
        probe.json = "{\"host\":\"shop.example\"}";
        QVERIFY(plan.addTlsProbe(probe));

        // Accounts: a system, an account by hand, the rules, the review, a person's access, a letter,
        // a reply, a leaver's step.
        System system;
        system.name = u"Shop admin"_s;
        system.kind = SystemKind::ShopAdmin;
        system.providerId = hostId.value();
        const auto systemId = plan.addSystem(system);
        QVERIFY2(systemId, qPrintable(systemId ? QString() : systemId.error()));
        system = *plan.system(systemId.value());
        system.mfaEnforced = YesNoUnknown::Yes;
        system.auditRetentionDays = 90;
        system.auditLogReviewedOn = today;
        QCOMPARE(ok(plan.updateSystem(system)), QString());
        Account account;
        account.systemId = systemId.value();
        account.userName = u"dana"_s;
        account.displayName = u"Dana Dev"_s;
        account.personIds = { devId.value() };
        account.role = AccountRole::Admin;
        account.reach = DataKind::CustomerData | DataKind::CodeAndDeployment;
        const auto accountId = plan.addAccount(account);
        QVERIFY2(accountId, qPrintable(accountId ? QString() : accountId.error()));
        account = *plan.account(accountId.value());
        account.role = AccountRole::Editor;
        account.mfa = YesNoUnknown::No;
        account.shared = true;
        account.lastLogin = QDateTime::currentDateTimeUtc().addDays(-1);
        QCOMPARE(ok(plan.updateAccount(account)), QString());
        AccountRules rules = plan.accountRules();
        rules.inactiveDays = 60;
        QCOMPARE(ok(plan.setAccountRules(rules)), QString());
        QCOMPARE(ok(plan.recordAccessReview(today)), QString());
        PersonAccess access;
        access.personId = devId.value();
        access.needs = DataReach(DataKind::CodeAndDeployment);
        access.projectEndedOn = today.addDays(-5);
        QCOMPARE(ok(plan.setPersonAccess(access)), QString());
        ConfirmationLetter letter;
        letter.personId = devId.value();
        letter.writtenOn = today.addDays(-4);
        letter.accountIds = { accountId.value() };
        const auto letterId = plan.addConfirmationLetter(letter);
        QVERIFY2(letterId, qPrintable(letterId ? QString() : letterId.error()));
        AccountConfirmation reply;
        reply.accountId = accountId.value();
        reply.personId = devId.value();
        reply.letterId = letterId.value();
        reply.decision = AccountConfirmation::Decision::Remove;
        reply.repliedOn = today.addDays(-1);
        const auto replyId = plan.recordConfirmation(reply);
        QVERIFY2(replyId, qPrintable(replyId ? QString() : replyId.error()));
        QCOMPARE(ok(plan.removeConfirmation(replyId.value())), QString());
        QCOMPARE(ok(plan.removeConfirmationLetter(letterId.value())), QString());
        dev = *plan.person(devId.value());
        dev.status = Person::Status::Left;
        dev.leftOn = today.addDays(-1);
        QCOMPARE(ok(plan.updatePerson(dev)), QString());
        LeaverStep step;
        step.accountId = accountId.value();
        step.personId = devId.value();
        step.action = LeaverStep::Action::HandedOver;
        step.handedToPersonId = aliceId.value();
        step.doneOn = today;
        QCOMPARE(ok(plan.completeLeaverStep(step)), QString());
        QCOMPARE(ok(plan.undoLeaverStep(accountId.value(), devId.value())), QString());
        QCOMPARE(ok(plan.removeSystem(systemId.value())), QString());
        QCOMPARE(ok(plan.removeProvider(hostId.value())), QString());

        const auto entries = plan.auditEntries();
        QVERIFY(entries);
        const QList<HistoryRow> rows = AuditWording::describe(entries.value(), AuditNames::of(plan));
        QCOMPARE(rows.size(), entries.value().size());

        // Every kind of record in core/plan was written at least once.
        QSet<QString> kinds;
        for (const AuditEntry &entry : entries.value())
            kinds.insert(entry.area % u'/' % entry.entity % u'/' % entry.field);
        for (const auto &kind : { u"providers/provider/created"_s,
                                  u"providers/provider/support_24x7"_s,
                                  u"providers/provider/credential"_s,
                                  u"providers/answer/value"_s,
                                  u"providers/answer/notes"_s,
                                  u"providers/attachment/added"_s,
                                  u"providers/attachment/removed"_s,
                                  u"providers/answer/removed"_s,
                                  u"providers/provider/removed"_s,
                                  u"providers/settings/answer_max_age_months"_s,
                                  u"ddos/plan/cdn_provider"_s,
                                  u"ddos/plan/last_drill"_s,
                                  u"ddos/call/created"_s,
                                  u"ddos/call/changed"_s,
                                  u"ddos/call/removed"_s,
                                  u"ddos/plan/call_order"_s,
                                  u"ddos/step/created"_s,
                                  u"ddos/step/changed"_s,
                                  u"ddos/step/removed"_s,
                                  u"contingency/recovery_item/created"_s,
                                  u"contingency/recovery_item/holder_person"_s,
                                  u"contingency/recovery_item/secret_ref"_s,
                                  u"contingency/recovery_item/confirmed"_s,
                                  u"contingency/recovery_item/secret_changed"_s,
                                  u"contingency/recovery_item/removed"_s,
                                  u"contingency/settings/backup_max_age_hours"_s,
                                  u"contingency/settings/recheck_days"_s,
                                  u"findings/acceptance/accepted"_s,
                                  u"findings/acceptance/withdrawn"_s,
                                  u"tls/probe/grade"_s,
                                  u"accounts/system/created"_s,
                                  u"accounts/system/mfa_enforced"_s,
                                  u"accounts/account/created"_s,
                                  u"accounts/account/role"_s,
                                  u"accounts/settings/rules"_s,
                                  u"accounts/settings/access_reviewed_on"_s,
                                  u"accounts/person/needs"_s,
                                  u"accounts/person/project_ended_on"_s,
                                  u"accounts/letter/written"_s,
                                  u"accounts/account/confirmation"_s,
                                  u"accounts/account/leaver_step"_s,
                                  u"accounts/system/removed"_s })
            QVERIFY2(kinds.contains(kind), qPrintable(kind));

        static const QRegularExpression rawKey(u"\\b[a-z]+_[a-z_]+\\b"_s);
        for (const HistoryRow &row : rows) {
            const QString where = u"entry %1 (%2): "_s.arg(row.id).arg(row.areaKey);
            QVERIFY2(row.area != row.areaKey, qPrintable(where % row.area));
            for (const QString &text : { row.what, row.from, row.to }) {
                const QString shown = where % row.what % u" | "_s % row.from % u" | "_s % row.to;
                QVERIFY2(!text.contains(u'{') && !text.contains(u'['), qPrintable(shown));
                QVERIFY2(!rawKey.match(text).hasMatch(), qPrintable(shown));
                QVERIFY2(!text.contains(u"secret-ref"_s) && !text.contains(u"other-ref"_s),
                         qPrintable(shown));
                QVERIFY2(!text.contains(u'\n') || row.what.contains(u"imported"_s), qPrintable(shown));
            }
        }

        const auto find = [&rows](const QString &what) -> const HistoryRow * {
            for (const HistoryRow &row : rows) {
                if (row.what == what)
                    return &row;
            }
            return nullptr;
        };
        const auto has = [&find](const QString &what) { return find(what) != nullptr; };
        const QString hsts = QuestionBank::builtIn().find(u"host.hsts"_s)->translatedText();
        QVERIFY(has(u"Provider added: Hostico"_s));
        QVERIFY(has(u"Answer to “%1” (Hostico)"_s.arg(hsts)));
        QCOMPARE(find(u"Answer to “%1” (Hostico)"_s.arg(hsts))->to, u"Yes"_s);
        QVERIFY(has(u"Evidence file added to the answer to “%1” (Hostico)"_s.arg(hsts)));
        QCOMPARE(find(u"Provider Hostico: support day and night"_s)->to, u"Yes"_s);
        QCOMPARE(find(u"Provider Hostico: portal password"_s)->from, u"Kept in the keychain"_s);
        QCOMPARE(find(u"DDoS plan: CDN"_s)->to, u"FastEdge"_s);
        QCOMPARE(find(u"DDoS plan: last drill"_s)->to,
                 QLocale().toString(today.addDays(-10), QLocale::ShortFormat));
        const HistoryRow *callAdded = find(u"Call tree: call added"_s);
        QVERIFY(callAdded);
        QCOMPARE(callAdded->to, u"Call the host's emergency line, by Alice, to Hostico, Phone"_s);
        QCOMPARE(find(u"Call tree: order of the calls"_s)->to,
                 u"Tell customers, Call the host's emergency line"_s);
        QVERIFY(has(u"DDoS plan: step added: Keep a static holding page ready"_s));
        QCOMPARE(find(u"Recovery item added: Nightly backups"_s)->to.left(15), u"Nightly backups"_s);
        QCOMPARE(find(u"Recovery item Nightly backups: secret in the keychain"_s)->to,
                 u"Kept in the keychain"_s);
        QCOMPARE(find(u"Recovery item Nightly backups: team member who holds it"_s)->to, u"Alice"_s);
        QVERIFY(has(u"Recovery item confirmed by hand: Nightly backups"_s));
        QVERIFY(has(u"Finding accepted as a risk: TLS-PROTO-TLS10 (shop.example)"_s));
        QVERIFY(has(u"Accepted risk withdrawn: TLS-PROTO-TLS10 (shop.example)"_s));
        const HistoryRow *probeRow = find(u"Encryption checked: shop.example (192.0.2.7)"_s);
        QVERIFY(probeRow);
        QCOMPARE(probeRow->area, u"Encryption"_s);
        QCOMPARE(probeRow->to, u"Grade B"_s);
        QCOMPARE(find(u"Setting: limits of the account rules"_s)->to,
                 u"Days without sign-in before an account counts as unused: 60"_s);
        QCOMPARE(find(u"Access review recorded"_s)->to, QLocale().toString(today, QLocale::ShortFormat));
        QCOMPARE(find(u"Account dana: shared by several people"_s)->to, u"Yes"_s);
        QCOMPARE(find(u"System Shop admin: second sign-in step required"_s)->to, u"Yes"_s);
        QCOMPARE(find(u"Account added by hand: dana"_s)->to, u"dana, Dana Dev, Administrator, Active"_s);
        QCOMPARE(
            find(u"Account dana: leaver's checklist"_s)->to,
            u"Handed over (Dana Dev → Alice, %1)"_s.arg(QLocale().toString(today, QLocale::ShortFormat)));
        QCOMPARE(AuditWording::areaName(u"ddos"_s), u"DDoS readiness"_s);
        QCOMPARE(AuditWording::areaName(u"contingency"_s), u"Contingency binder"_s);
        QCOMPARE(AuditWording::areaName(u"findings"_s), u"Findings"_s);

        // Named by the plan's findings when their title is known.
        AuditNames names = AuditNames::of(plan);
        names.findingTitles.insert(u"TLS-PROTO-TLS10@shop.example"_s, u"The site still speaks TLS 1.0"_s);
        bool titled = false;
        for (const HistoryRow &row : AuditWording::describe(entries.value(), names))
            titled |= row.what == u"Finding accepted as a risk: The site still speaks TLS 1.0"_s;
        QVERIFY(titled);
    }

    void unknownRecordsStayReadable()
    {
        AuditEntry entry;
        entry.area = u"someday"_s;
        entry.entity = u"new_thing"_s;
        entry.entityId = u"1"_s;
        entry.field = u"odd_field"_s;
        entry.oldValue = u"{\"some_key\":\"Blue\",\"other_key\":true}"_s;
        entry.newValue = u"{not json\nsecond line"_s;
        const HistoryRow row = AuditWording::describe({ entry }, {}).at(0);
        QCOMPARE(row.area, u"Someday"_s);
        QCOMPARE(row.what, u"New thing: odd field"_s);
        QCOMPARE(row.from, u"Yes, Blue"_s); // the record's values in its keys' order
        QCOMPARE(row.to, u"{not json…"_s);
    }
};

QTEST_GUILESS_MAIN(TestAuditWording)
#include "tst_auditwording.moc"
