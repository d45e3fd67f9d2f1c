<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessMatrixView</name>
    <message numerus="yes">
        <source>You went through who can reach what and took away what was not needed. The next review is due %n days later.</source>
        <translation>
            <numerusform>You went through who can reach what and took away what was not needed. The next review is due %n day later.</numerusform>
            <numerusform>You went through who can reach what and took away what was not needed. The next review is due %n days later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused</source>
        <translation>
            <numerusform>%n row refused</numerusform>
            <numerusform>%n rows refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n account(s) added, </source>
        <translation>
            <numerusform>Imported: %n account added, </numerusform>
            <numerusform>Imported: %n accounts added, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed, </source>
        <translation>
            <numerusform>%n changed, </numerusform>
            <numerusform>%n changed, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked removed.</source>
        <translation>
            <numerusform>%n marked removed.</numerusform>
            <numerusform>%n marked removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the letter to %1 about %n account(s); recorded as letter %2.</source>
        <translation>
            <numerusform>Wrote the letter to %1 about %n account; recorded as letter %2.</numerusform>
            <numerusform>Wrote the letter to %1 about %n accounts; recorded as letter %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the letter to %1 about %n account(s).</source>
        <translation>
            <numerusform>Wrote the letter to %1 about %n account.</numerusform>
            <numerusform>Wrote the letter to %1 about %n accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountFindings</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) on %1 belong to nobody named</source>
        <translation>
            <numerusform>%n account on %1 belongs to nobody named</numerusform>
            <numerusform>%n accounts on %1 belong to nobody named</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) on %1 are used by several people</source>
        <translation>
            <numerusform>%n account on %1 is used by several people</numerusform>
            <numerusform>%n accounts on %1 are used by several people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared or generic account(s) on %1</source>
        <translation>
            <numerusform>%n shared or generic account on %1</numerusform>
            <numerusform>%n shared or generic accounts on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n administrator account(s) on %1 without a second factor</source>
        <translation>
            <numerusform>%n administrator account on %1 without a second factor</numerusform>
            <numerusform>%n administrator accounts on %1 without a second factor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) on %1 not changed for too long</source>
        <translation>
            <numerusform>%n password on %1 not changed for too long</numerusform>
            <numerusform>%n passwords on %1 not changed for too long</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change these passwords (every %n day(s) at most; every %1 where the password is the only factor), or better, add a second factor.</source>
        <translation>
            <numerusform>Change these passwords (every %n day at most; every %1 where the password is the only factor), or better, add a second factor.</numerusform>
            <numerusform>Change these passwords (every %n days at most; every %1 where the password is the only factor), or better, add a second factor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) on %1 not used for %2 days</source>
        <translation>
            <numerusform>%n account on %1 not used for %2 days</numerusform>
            <numerusform>%n accounts on %1 not used for %2 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n administrator(s) on %1</source>
        <translation>
            <numerusform>%n administrator on %1</numerusform>
            <numerusform>%n administrators on %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You allow at most %n.</source>
        <translation>
            <numerusform>You allow at most %n.</numerusform>
            <numerusform>You allow at most %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has left but %n account(s) still work</source>
        <translation>
            <numerusform>%1 has left but %n account still works</numerusform>
            <numerusform>%1 has left but %n accounts still work</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Left on %1, %n day ago.</numerusform>
            <numerusform>Left on %1, %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) of %1 not confirmed since the project ended</source>
        <translation>
            <numerusform>%n account of %1 not confirmed since the project ended</numerusform>
            <numerusform>%n accounts of %1 not confirmed since the project ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) %1 no longer needs are still active</source>
        <translation>
            <numerusform>%n account %1 no longer needs is still active</numerusform>
            <numerusform>%n accounts %1 no longer needs are still active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has not answered about %n account(s)</source>
        <translation>
            <numerusform>%1 has not answered about %n account</numerusform>
            <numerusform>%1 has not answered about %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Letter of %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Letter of %1, %n day ago.</numerusform>
            <numerusform>Letter of %1, %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last review on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Last review on %1, %n day ago.</numerusform>
            <numerusform>Last review on %1, %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Go through the access picture: for each person, is every account and every kind of data still needed? Then record the review (every %n day(s)).</source>
        <translation>
            <numerusform>Go through the access picture: for each person, is every account and every kind of data still needed? Then record the review (every %n day).</numerusform>
            <numerusform>Go through the access picture: for each person, is every account and every kind of data still needed? Then record the review (every %n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept for %n day(s); at least %1 are needed.</source>
        <translation>
            <numerusform>Kept for %n day; at least %1 are needed.</numerusform>
            <numerusform>Kept for %n days; at least %1 are needed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raise the log&apos;s retention to %n day(s) or more, or export it regularly to a place that keeps it.</source>
        <translation>
            <numerusform>Raise the log&apos;s retention to %n day or more, or export it regularly to a place that keeps it.</numerusform>
            <numerusform>Raise the log&apos;s retention to %n days or more, or export it regularly to a place that keeps it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last reviewed on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Last reviewed on %1, %n day ago.</numerusform>
            <numerusform>Last reviewed on %1, %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the log&apos;s last weeks for anything you do not recognise, then record the date of the review on the system. Repeat at least every %n day(s).</source>
        <translation>
            <numerusform>Read the log&apos;s last weeks for anything you do not recognise, then record the date of the review on the system. Repeat at least every %n day.</numerusform>
            <numerusform>Read the log&apos;s last weeks for anything you do not recognise, then record the date of the review on the system. Repeat at least every %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The shortest allowed password has %n character(s).</source>
        <translation>
            <numerusform>The shortest allowed password has %n character.</numerusform>
            <numerusform>The shortest allowed password has %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Require at least %n characters (a second factor is enforced here).</source>
        <translation>
            <numerusform>Require at least %n character (a second factor is enforced here).</numerusform>
            <numerusform>Require at least %n characters (a second factor is enforced here).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Require at least %n characters, or enforce a second factor and at least %1.</source>
        <translation>
            <numerusform>Require at least %n character, or enforce a second factor and at least %1.</numerusform>
            <numerusform>Require at least %n characters, or enforce a second factor and at least %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message numerus="yes">
        <source>%n account(s) (%1 shown)</source>
        <translation>
            <numerusform>%n account (%1 shown)</numerusform>
            <numerusform>%n accounts (%1 shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n account(s) on file go with it, with the replies and leavers&apos; steps recorded for them. This cannot be undone; the History keeps a record.</source>
        <translation>
            <numerusform>Its %n account on file goes with it, with the replies and leavers&apos; steps recorded for it. This cannot be undone; the History keeps a record.</numerusform>
            <numerusform>Its %n accounts on file go with it, with the replies and leavers&apos; steps recorded for them. This cannot be undone; the History keeps a record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message numerus="yes">
        <source>The history is intact: %n change(s), each linked to the one before.</source>
        <translation>
            <numerusform>The history is intact: %n change.</numerusform>
            <numerusform>The history is intact: %n changes, each linked to the one before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message numerus="yes">
        <source>The newest backup, %1, is %n hour(s) old (made %2).</source>
        <translation>
            <numerusform>The newest backup, %1, is %n hour old (made %2).</numerusform>
            <numerusform>The newest backup, %1, is %n hours old (made %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An older backup to go back to is there: %1, %n day(s) old (made %2).</source>
        <translation>
            <numerusform>An older backup to go back to is there: %1, %n day old (made %2).</numerusform>
            <numerusform>An older backup to go back to is there: %1, %n days old (made %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There is only one backup, so there is no older one to go back to. Keep at least one backup that is %n day(s) old or older.</source>
        <translation>
            <numerusform>There is only one backup, so there is no older one to go back to. Keep at least one backup that is %n day old or older.</numerusform>
            <numerusform>There is only one backup, so there is no older one to go back to. Keep at least one backup that is %n days old or older.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No backup is at least %n day(s) old, so there is no older one to go back to if the damage was done a while ago. The oldest, %1, was made %2.</source>
        <translation>
            <numerusform>No backup is at least %n day old, so there is no older one to go back to if the damage was done a while ago. The oldest, %1, was made %2.</numerusform>
            <numerusform>No backup is at least %n days old, so there is no older one to go back to if the damage was done a while ago. The oldest, %1, was made %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the newest backup, the folder %1, cannot be read.</source>
        <translation>
            <numerusform>%n file in the newest backup, the folder %1, cannot be read.</numerusform>
            <numerusform>%n files in the newest backup, the folder %1, cannot be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup is the folder %1; all %n file(s) in it can be read.</source>
        <translation>
            <numerusform>The newest backup is the folder %1; the %n file in it can be read.</numerusform>
            <numerusform>The newest backup is the folder %1; all %n files in it can be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, opens: all %n file(s) in it can be read.</source>
        <translation>
            <numerusform>The newest backup, %1, opens: the %n file in it can be read.</numerusform>
            <numerusform>The newest backup, %1, opens: all %n files in it can be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, is very large: its first %2 were read, and the %n file(s) in that part are whole.</source>
        <translation>
            <numerusform>The newest backup, %1, is very large: its first %2 were read, and the %n file in that part is whole.</numerusform>
            <numerusform>The newest backup, %1, is very large: its first %2 were read, and the %n files in that part are whole.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, is damaged: it ends before its last file (read %n file(s)). It was probably cut short while it was made or copied.</source>
        <translation>
            <numerusform>The newest backup, %1, is damaged: it ends before its last file (read %n file). It was probably cut short while it was made or copied.</numerusform>
            <numerusform>The newest backup, %1, is damaged: it ends before its last file (read %n files). It was probably cut short while it was made or copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, is damaged: part of it cannot be read (read %n file(s) before the damage).</source>
        <translation>
            <numerusform>The newest backup, %1, is damaged: part of it cannot be read (read %n file before the damage).</numerusform>
            <numerusform>The newest backup, %1, is damaged: part of it cannot be read (read %n files before the damage).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 holds %n backup(s).</source>
        <translation>
            <numerusform>The folder %1 holds %n backup.</numerusform>
            <numerusform>The folder %1 holds %n backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, is %n hour(s) old (made %2). It should be at most %3 old: check that the backups still run.</source>
        <translation>
            <numerusform>The newest backup, %1, is %n hour old (made %2). It should be at most %3 old: check that the backups still run.</numerusform>
            <numerusform>The newest backup, %1, is %n hours old (made %2). It should be at most %3 old: check that the backups still run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, is %n day(s) old (made %2). It should be at most %3 old: check that the backups still run.</source>
        <translation>
            <numerusform>The newest backup, %1, is %n day old (made %2). It should be at most %3 old: check that the backups still run.</numerusform>
            <numerusform>The newest backup, %1, is %n days old (made %2). It should be at most %3 old: check that the backups still run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BinderSections</name>
    <message numerus="yes">
        <source>Valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>Valid until %1 (%n day left)</numerusform>
            <numerusform>Valid until %1 (%n days left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) in the plan</source>
        <translation>
            <numerusform>%n system in the plan</numerusform>
            <numerusform>%n systems in the plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active account(s).</source>
        <translation>
            <numerusform>%n active account.</numerusform>
            <numerusform>%n active accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open finding(s) about accounts; see the findings section.</source>
        <translation>
            <numerusform>%n open finding about accounts; see the findings section.</numerusform>
            <numerusform>%n open findings about accounts; see the findings section.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) — ask again</source>
        <translation>
            <numerusform>%n day — ask again</numerusform>
            <numerusform>%n days — ask again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BinderView</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The binder (%n page(s)) is saved as %1.</source>
        <translation>
            <numerusform>The binder (%n page) is saved as %1.</numerusform>
            <numerusform>The binder (%n pages) is saved as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) saved as %1. Open the file with your calendar program to add them.</source>
        <translation>
            <numerusform>%n reminder saved as %1. Open the file with your calendar program to add it.</numerusform>
            <numerusform>%n reminders saved as %1. Open the file with your calendar program to add them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateVerifier</name>
    <message numerus="yes">
        <source>The certificate %1 ran out on %2 (%n day(s) ago). Browsers refuse it: keep the renewed certificate here.</source>
        <translation>
            <numerusform>The certificate %1 ran out on %2 (%n day ago). Browsers refuse it: keep the renewed certificate here.</numerusform>
            <numerusform>The certificate %1 ran out on %2 (%n days ago). Browsers refuse it: keep the renewed certificate here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate %1 runs out on %2, in %n day(s). Renew it soon.</source>
        <translation>
            <numerusform>The certificate %1 runs out on %2, in %n day. Renew it soon.</numerusform>
            <numerusform>The certificate %1 runs out on %2, in %n days. Renew it soon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate %1 is valid until %2 (%n day(s) left).</source>
        <translation>
            <numerusform>The certificate %1 is valid until %2 (%n day left).</numerusform>
            <numerusform>The certificate %1 is valid until %2 (%n days left).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificationsEditor</name>
    <message numerus="yes">
        <source>Expires in %Ln days</source>
        <translation>
            <numerusform>Expires in %Ln day</numerusform>
            <numerusform>Expires in %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContingencyBinder</name>
    <message numerus="yes">
        <source>On the day it was printed, the plan had %n open finding(s); they are listed near the end.</source>
        <translation>
            <numerusform>On the day it was printed, the plan had %n open finding; it is listed near the end.</numerusform>
            <numerusform>On the day it was printed, the plan had %n open findings; they are listed near the end.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContingencyCommands</name>
    <message numerus="yes">
        <source>Wrote %1 (%n reminder(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n reminder).</numerusform>
            <numerusform>Wrote %1 (%n reminders).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialBox</name>
    <message numerus="yes">
        <source>The password is on the clipboard for %Ln seconds.</source>
        <translation>
            <numerusform>The password is on the clipboard for %Ln second.</numerusform>
            <numerusform>The password is on the clipboard for %Ln seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialHealth</name>
    <message numerus="yes">
        <source>The same password is used in %n places</source>
        <translation>
            <numerusform>The same password is used in %n place</numerusform>
            <numerusform>The same password is used in %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password for %1 has not been changed for %n day(s)</source>
        <translation>
            <numerusform>The password for %1 has not been changed for %n day</numerusform>
            <numerusform>The password for %1 has not been changed for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored on %1. Passwords older than %n day(s) are flagged.</source>
        <translation>
            <numerusform>Stored on %1. Passwords older than %n day are flagged.</numerusform>
            <numerusform>Stored on %1. Passwords older than %n days are flagged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialHealthView</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n stored password(s) look healthy: strong, each used only once, and changed recently enough.</source>
        <translation>
            <numerusform>The %n stored password looks healthy: strong, used only once, and changed recently enough.</numerusform>
            <numerusform>All %n stored passwords look healthy: strong, each used only once, and changed recently enough.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to sort out, listed below with what to do.</source>
        <translation>
            <numerusform>%n thing to sort out, listed below with what to do.</numerusform>
            <numerusform>%n things to sort out, listed below with what to do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%1 of %n step(s) done.</source>
        <translation>
            <numerusform>%1 of %n step done.</numerusform>
            <numerusform>%1 of %n steps done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing falls due in the next %n day(s).</source>
        <translation>
            <numerusform>Nothing falls due in the next %n day.</numerusform>
            <numerusform>Nothing falls due in the next %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DdosDrillView</name>
    <message numerus="yes">
        <source>The last drill was %n day(s) ago.</source>
        <translation>
            <numerusform>The last drill was %n day ago.</numerusform>
            <numerusform>The last drill was %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DdosFindings</name>
    <message numerus="yes">
        <source>%n step(s) against attacks not prepared</source>
        <translation>
            <numerusform>%n step against attacks not prepared</numerusform>
            <numerusform>%n steps against attacks not prepared</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DdosFindingsView</name>
    <message numerus="yes">
        <source>%n urgent thing(s) to sort out. Choose a finding to see why it matters and what to do.</source>
        <translation>
            <numerusform>%n urgent thing to sort out. Choose a finding to see why it matters and what to do.</numerusform>
            <numerusform>%n urgent things to sort out. Choose a finding to see why it matters and what to do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EarlierCopiesDialog</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message numerus="yes">
        <source>%n file(s) kept inside the plan. The SHA-256 shows a file has not changed since.</source>
        <translation>
            <numerusform>%n file kept inside the plan. The SHA-256 shows it has not changed since.</numerusform>
            <numerusform>%n files kept inside the plan. The SHA-256 shows a file has not changed since.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportVerifier</name>
    <message numerus="yes">
        <source>The export %1 is %n day(s) old (made %2). Make a new one: it should be at most %3 days old.</source>
        <translation>
            <numerusform>The export %1 is %n day old (made %2). Make a new one: it should be at most %3 days old.</numerusform>
            <numerusform>The export %1 is %n days old (made %2). Make a new one: it should be at most %3 days old.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The export %1 reads as a CSV file with %n column(s).</source>
        <translation>
            <numerusform>The export %1 reads as a CSV file with %n column.</numerusform>
            <numerusform>The export %1 reads as a CSV file with %n columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The export %1 holds %n row(s) of data.</source>
        <translation>
            <numerusform>The export %1 holds %n row of data.</numerusform>
            <numerusform>The export %1 holds %n rows of data.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message numerus="yes">
        <source>%n finding(s) open.</source>
        <translation>
            <numerusform>%n finding open.</numerusform>
            <numerusform>%n findings open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them serious: start there.</source>
        <translation>
            <numerusform>%n of them serious: start there.</numerusform>
            <numerusform>%n of them serious: start there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted as a risk.</source>
        <translation>
            <numerusform>%n accepted as a risk.</numerusform>
            <numerusform>%n accepted as a risk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n</source>
        <translation>
            <numerusform>Showing %1 of %n</numerusform>
            <numerusform>Showing %1 of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitVerifier</name>
    <message numerus="yes">
        <source>The last change to the code is &quot;%1&quot; by %2, made %3 (%n day(s) ago).</source>
        <translation>
            <numerusform>The last change to the code is &quot;%1&quot; by %2, made %3 (%n day ago).</numerusform>
            <numerusform>The last change to the code is &quot;%1&quot; by %2, made %3 (%n days ago).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have changes that are not committed: they are not kept in the repository&apos;s history yet.</source>
        <translation>
            <numerusform>%n file has changes that are not committed: it is not kept in the repository&apos;s history yet.</numerusform>
            <numerusform>%n files have changes that are not committed: they are not kept in the repository&apos;s history yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The code exists only on this machine: the repository has no remote copy (on GitHub, GitLab, your host, ...) to push its %n commit(s) to.</source>
        <translation>
            <numerusform>The code exists only on this machine: the repository has no remote copy (on GitHub, GitLab, your host, ...) to push its %n commit to.</numerusform>
            <numerusform>The code exists only on this machine: the repository has no remote copy (on GitHub, GitLab, your host, ...) to push its %n commits to.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) exist only on this machine: they are not pushed to the remote copy (%1) yet.</source>
        <translation>
            <numerusform>%n commit exists only on this machine: it is not pushed to the remote copy (%1) yet.</numerusform>
            <numerusform>%n commits exist only on this machine: they are not pushed to the remote copy (%1) yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>%Ln entries, each linked to the one before.</source>
        <translation>
            <numerusform>%Ln entry, linked to the one before.</numerusform>
            <numerusform>%Ln entries, each linked to the one before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportAccountsDialog</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read. Correct the file and import it again, or tick the box above to import the rest without them.</source>
        <translation>
            <numerusform>%n row could not be read. Correct the file and import it again, or tick the box above to import the rest without it.</numerusform>
            <numerusform>%n rows could not be read. Correct the file and import it again, or tick the box above to import the rest without them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportAnswersDialog</name>
    <message numerus="yes">
        <source>“%1” holds %n answer(s).</source>
        <translation>
            <numerusform>“%1” holds %n answer.</numerusform>
            <numerusform>“%1” holds %n answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without an answer are skipped.</source>
        <translation>
            <numerusform>%n row without an answer is skipped.</numerusform>
            <numerusform>%n rows without an answer are skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are the same as on file already.</source>
        <translation>
            <numerusform>%n answer is the same as on file already.</numerusform>
            <numerusform>%n answers are the same as on file already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were found; rows with a problem are not recorded.</source>
        <translation>
            <numerusform>%n problem was found; rows with a problem are not recorded.</numerusform>
            <numerusform>%n problems were found; rows with a problem are not recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Record %n Answer(s)</source>
        <translation>
            <numerusform>&amp;Record %n Answer</numerusform>
            <numerusform>&amp;Record %n Answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record the %n &amp;Valid Answer(s), Skip the Errors</source>
        <translation>
            <numerusform>Record the %n &amp;Valid Answer, Skip the Errors</numerusform>
            <numerusform>Record the %n &amp;Valid Answers, Skip the Errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfCommand</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message numerus="yes">
        <source>%n row(s) of the file could not be read. Correct the file, or choose to skip those rows, before the import is applied.</source>
        <translation>
            <numerusform>%n row of the file could not be read. Correct the file, or choose to skip that row, before the import is applied.</numerusform>
            <numerusform>%n rows of the file could not be read. Correct the file, or choose to skip those rows, before the import is applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message numerus="yes">
        <source>Ask %1 again: %n answer(s) due</source>
        <translation>
            <numerusform>Ask %1 again: %n answer due</numerusform>
            <numerusform>Ask %1 again: %n answers due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the answers %1 gave are due to be asked again by %2. Send them the questions again, so that what is on file is still true.</source>
        <translation>
            <numerusform>%n answer %1 gave is due to be asked again by %2. Send them the question again, so that what is on file is still true.</numerusform>
            <numerusform>%n of the answers %1 gave are due to be asked again by %2. Send them the questions again, so that what is on file is still true.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message numerus="yes">
        <source>%n change(s), intact</source>
        <translation>
            <numerusform>%n change, intact</numerusform>
            <numerusform>%n changes, intact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message numerus="yes">
        <source>%n open finding(s).</source>
        <translation>
            <numerusform>%n open finding.</numerusform>
            <numerusform>%n open findings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanReportSections</name>
    <message numerus="yes">
        <source>kept %n day(s)</source>
        <translation>
            <numerusform>kept %n day</numerusform>
            <numerusform>kept %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s)</source>
        <translation>
            <numerusform>%n cookie</numerusform>
            <numerusform>%n cookies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without both flags</source>
        <translation>
            <numerusform>%n without both flags</numerusform>
            <numerusform>%n without both flags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n question(s) answered</source>
        <translation>
            <numerusform>%1 of %n question answered</numerusform>
            <numerusform>%1 of %n questions answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to ask (again).</source>
        <translation>
            <numerusform>%n to ask (again).</numerusform>
            <numerusform>%n to ask (again).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>locks after %n failed try(s)</source>
        <translation>
            <numerusform>locks after %n failed try</numerusform>
            <numerusform>locks after %n failed tries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admin(s)</source>
        <translation>
            <numerusform>%n admin</numerusform>
            <numerusform>%n admins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active account(s) belong to nobody named in the team.</source>
        <translation>
            <numerusform>%n active account belongs to nobody named in the team.</numerusform>
            <numerusform>%n active accounts belong to nobody named in the team.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to keep</source>
        <translation>
            <numerusform>%n to keep</numerusform>
            <numerusform>%n to keep</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to remove</source>
        <translation>
            <numerusform>%n to remove</numerusform>
            <numerusform>%n to remove</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not answered</source>
        <translation>
            <numerusform>%n not answered</numerusform>
            <numerusform>%n not answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each provider with what the plan knows of them, the answers on file and the questions still open. Answers are asked again after %n month(s).</source>
        <translation>
            <numerusform>Each provider with what the plan knows of them, the answers on file and the questions still open. Answers are asked again after %n month.</numerusform>
            <numerusform>Each provider with what the plan knows of them, the answers on file and the questions still open. Answers are asked again after %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in all</source>
        <translation>
            <numerusform>%n finding in all</numerusform>
            <numerusform>%n findings in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted as a risk</source>
        <translation>
            <numerusform>%n accepted as a risk</numerusform>
            <numerusform>%n accepted as a risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s).</source>
        <translation>
            <numerusform>%n note.</numerusform>
            <numerusform>%n notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) on file</source>
        <translation>
            <numerusform>%n date on file</numerusform>
            <numerusform>%n dates on file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them overdue.</source>
        <translation>
            <numerusform>%n of them overdue.</numerusform>
            <numerusform>%n of them overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history of changes was checked when this report was made: all %n entry(s) are intact; none was changed, removed or reordered.</source>
        <translation>
            <numerusform>The history of changes was checked when this report was made: the %n entry is intact; none was changed, removed or reordered.</numerusform>
            <numerusform>The history of changes was checked when this report was made: all %n entries are intact; none was changed, removed or reordered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since %1, %n change(s) were recorded.</source>
        <translation>
            <numerusform>Since %1, %n change was recorded.</numerusform>
            <numerusform>Since %1, %n changes were recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message numerus="yes">
        <source>valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>valid until %1 (%n day left)</numerusform>
            <numerusform>valid until %1 (%n days left)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderCommands</name>
    <message numerus="yes">
        <source>oldest answer %n month(s) old</source>
        <translation>
            <numerusform>oldest answer %n month old</numerusform>
            <numerusform>oldest answer %n months old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest answer %n day(s) old</source>
        <translation>
            <numerusform>oldest answer %n day old</numerusform>
            <numerusform>oldest answer %n days old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderFindings</name>
    <message numerus="yes">
        <source>%1 has not answered %n %2 question(s)</source>
        <translation>
            <numerusform>%1 has not answered %n %2-severity question</numerusform>
            <numerusform>%1 has not answered %n %2-severity questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not answer %n question(s)</source>
        <translation>
            <numerusform>%1 could not answer %n question</numerusform>
            <numerusform>%1 could not answer %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) from %1 are due to be asked again</source>
        <translation>
            <numerusform>%n answer from %1 is due to be asked again</numerusform>
            <numerusform>%n answers from %1 are due to be asked again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answers are due after %n month(s), or when the question changed.</source>
        <translation>
            <numerusform>Answers are due after %n month, or when the question changed.</numerusform>
            <numerusform>Answers are due after %n months, or when the question changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago.</source>
        <translation>
            <numerusform>Expired %n day ago.</numerusform>
            <numerusform>Expired %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left.</source>
        <translation>
            <numerusform>%n day left.</numerusform>
            <numerusform>%n days left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProviderFindingsView</name>
    <message numerus="yes">
        <source>%Ln things to sort out with this provider. Choose a finding to see why and what to do.</source>
        <translation>
            <numerusform>%Ln thing to sort out with this provider. Choose the finding to see why and what to do.</numerusform>
            <numerusform>%Ln things to sort out with this provider. Choose a finding to see why and what to do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvidersModel</name>
    <message numerus="yes">
        <source>%Ln findings; the most serious is %1</source>
        <translation>
            <numerusform>%Ln finding: %1</numerusform>
            <numerusform>%Ln findings; the most serious is %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln weeks</source>
        <translation>
            <numerusform>%Ln week</numerusform>
            <numerusform>%Ln weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln months</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln year</numerusform>
            <numerusform>%Ln years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message numerus="yes">
        <source>Their %Ln answers on file and the evidence go too.</source>
        <translation>
            <numerusform>Their %Ln answer on file and the evidence go too.</numerusform>
            <numerusform>Their %Ln answers on file and the evidence go too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionBank</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnaireCommands</name>
    <message numerus="yes">
        <source>Wrote %n question(s) for %1 to %2</source>
        <translation>
            <numerusform>Wrote %n question for %1 to %2</numerusform>
            <numerusform>Wrote %n questions for %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid answer(s)</source>
        <translation>
            <numerusform>%n valid answer</numerusform>
            <numerusform>%n valid answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left blank</source>
        <translation>
            <numerusform>%n left blank</numerusform>
            <numerusform>%n left blank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: would record %n answer(s) for %1; the plan is unchanged.</source>
        <translation>
            <numerusform>Dry run: would record %n answer for %1; the plan is unchanged.</numerusform>
            <numerusform>Dry run: would record %n answers for %1; the plan is unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n answer(s) for %1.</source>
        <translation>
            <numerusform>Recorded %n answer for %1.</numerusform>
            <numerusform>Recorded %n answers for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnaireLetter</name>
    <message numerus="yes">
        <source>%1 keeps a security plan for its online shop, and part of it is knowing how the providers we rely on protect it. Please answer the %n question(s) below about what you run for us.</source>
        <translation>
            <numerusform>%1 keeps a security plan for its online shop, and part of it is knowing how the providers we rely on protect it. Please answer the %n question below about what you run for us.</numerusform>
            <numerusform>%1 keeps a security plan for its online shop, and part of it is knowing how the providers we rely on protect it. Please answer the %n questions below about what you run for us.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 keeps a security plan for its online shop, and part of it is knowing how the providers we rely on protect it. Please answer the %n question(s) below about what you run for us (our account: %2).</source>
        <translation>
            <numerusform>%1 keeps a security plan for its online shop, and part of it is knowing how the providers we rely on protect it. Please answer the %n question below about what you run for us (our account: %2).</numerusform>
            <numerusform>%1 keeps a security plan for its online shop, and part of it is knowing how the providers we rely on protect it. Please answer the %n questions below about what you run for us (our account: %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more question(s): please see the attached letter.</source>
        <translation>
            <numerusform>… and %n more question: please see the attached letter.</numerusform>
            <numerusform>… and %n more questions: please see the attached letter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We keep a security plan for our online shop, and part of it is knowing how the providers we rely on protect it. Please answer the %n question(s) below about what you run for us.</source>
        <translation>
            <numerusform>We keep a security plan for our online shop, and part of it is knowing how the providers we rely on protect it. Please answer the %n question below about what you run for us.</numerusform>
            <numerusform>We keep a security plan for our online shop, and part of it is knowing how the providers we rely on protect it. Please answer the %n questions below about what you run for us.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnaireModel</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outstanding</source>
        <translation>
            <numerusform>%n outstanding</numerusform>
            <numerusform>%n outstanding</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnaireView</name>
    <message numerus="yes">
        <source>%n outstanding</source>
        <translation>
            <numerusform>%n outstanding</numerusform>
            <numerusform>%n outstanding</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fall(s) short</source>
        <translation>
            <numerusform>%n falls short</numerusform>
            <numerusform>%n fall short</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) recorded.</source>
        <translation>
            <numerusform>%n answer recorded.</numerusform>
            <numerusform>%n answers recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the answer to “%1” with its %n evidence file(s)? The files are deleted from the plan, and this cannot be undone.</source>
        <translation>
            <numerusform>Remove the answer to “%1” with its %n evidence file? The file is deleted from the plan, and this cannot be undone.</numerusform>
            <numerusform>Remove the answer to “%1” with its %n evidence files? The files are deleted from the plan, and this cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) for %1</source>
        <translation>
            <numerusform>%n question for %1</numerusform>
            <numerusform>%n questions for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message numerus="yes">
        <source>%n critical finding(s) are open.</source>
        <translation>
            <numerusform>%n critical finding is open.</numerusform>
            <numerusform>%n critical findings are open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serious finding(s) are open.</source>
        <translation>
            <numerusform>%n serious finding is open.</numerusform>
            <numerusform>%n serious findings are open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of medium weight are open.</source>
        <translation>
            <numerusform>%n finding of medium weight is open.</numerusform>
            <numerusform>%n findings of medium weight are open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minor finding(s) are open.</source>
        <translation>
            <numerusform>%n minor finding is open.</numerusform>
            <numerusform>%n minor findings are open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) with accounts are on file.</source>
        <translation>
            <numerusform>%n system with accounts is on file.</numerusform>
            <numerusform>%n systems with accounts are on file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) are on file.</source>
        <translation>
            <numerusform>%n account is on file.</numerusform>
            <numerusform>%n accounts are on file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access review is %n day(s) overdue.</source>
        <translation>
            <numerusform>The access review is %n day overdue.</numerusform>
            <numerusform>The access review is %n days overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Who can get in was reviewed %n day(s) ago.</source>
        <translation>
            <numerusform>Who can get in was reviewed %n day ago.</numerusform>
            <numerusform>Who can get in was reviewed %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admin account(s) sign in with a password alone, or nobody knows whether they use 2-step login.</source>
        <translation>
            <numerusform>%n admin account signs in with a password alone, or nobody knows whether it uses 2-step login.</numerusform>
            <numerusform>%n admin accounts sign in with a password alone, or nobody knows whether they use 2-step login.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the standard steps against attacks are prepared.</source>
        <translation>
            <numerusform>%n of the standard steps against attacks is prepared.</numerusform>
            <numerusform>%n of the standard steps against attacks are prepared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n standard step(s) against attacks are not prepared yet.</source>
        <translation>
            <numerusform>%n standard step against attacks is not prepared yet.</numerusform>
            <numerusform>%n standard steps against attacks are not prepared yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team practised the attack plan %n day(s) ago.</source>
        <translation>
            <numerusform>The team practised the attack plan %n day ago.</numerusform>
            <numerusform>The team practised the attack plan %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovery item(s) have someone who holds them and a place on record.</source>
        <translation>
            <numerusform>%n recovery item has someone who holds it and a place on record.</numerusform>
            <numerusform>%n recovery items have someone who holds them and a place on record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovery item(s) have been checked recently.</source>
        <translation>
            <numerusform>%n recovery item has been checked recently.</numerusform>
            <numerusform>%n recovery items have been checked recently.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovery item(s) have nobody named who holds them.</source>
        <translation>
            <numerusform>%n recovery item has nobody named who holds it.</numerusform>
            <numerusform>%n recovery items have nobody named who holds them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovery item(s) have no place on record.</source>
        <translation>
            <numerusform>%n recovery item has no place on record.</numerusform>
            <numerusform>%n recovery items have no place on record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovery item(s) are due to be checked again.</source>
        <translation>
            <numerusform>%n recovery item is due to be checked again.</numerusform>
            <numerusform>%n recovery items are due to be checked again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more team member(s) know the plan.</source>
        <translation>
            <numerusform>%n more team member knows the plan.</numerusform>
            <numerusform>%n more team members know the plan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest probe of %1 is %n day(s) old: probe it again.</source>
        <translation>
            <numerusform>The newest probe of %1 is %n day old: probe it again.</numerusform>
            <numerusform>The newest probe of %1 is %n days old: probe it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was probed %n day(s) ago: grade %2.</source>
        <translation>
            <numerusform>%1 was probed %n day ago: grade %2.</numerusform>
            <numerusform>%1 was probed %n days ago: grade %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has answered %2 of %n question(s).</source>
        <translation>
            <numerusform>%1 has answered %2 of %n question.</numerusform>
            <numerusform>%1 has answered %2 of %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) have answered every question.</source>
        <translation>
            <numerusform>%n provider has answered every question.</numerusform>
            <numerusform>%n providers have answered every question.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) still have questions to answer.</source>
        <translation>
            <numerusform>%n provider still has questions to answer.</numerusform>
            <numerusform>%n providers still have questions to answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are due to be asked again.</source>
        <translation>
            <numerusform>%n answer is due to be asked again.</numerusform>
            <numerusform>%n answers are due to be asked again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryCheck</name>
    <message numerus="yes">
        <source>It was stored on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>It was stored on %1, %n day ago.</numerusform>
            <numerusform>It was stored on %1, %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryFindings</name>
    <message numerus="yes">
        <source>%1: last checked %n days ago</source>
        <translation>
            <numerusform>%1: last checked %n day ago</numerusform>
            <numerusform>%1: last checked %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryFindingsView</name>
    <message numerus="yes">
        <source>%n urgent thing(s) to sort out before a bad day comes. Choose a finding to see why it matters and what to do; “Show Item” takes you to the item.</source>
        <translation>
            <numerusform>%n urgent thing to sort out before a bad day comes. Choose a finding to see why it matters and what to do; “Show Item” takes you to the item.</numerusform>
            <numerusform>%n urgent things to sort out before a bad day comes. Choose a finding to see why it matters and what to do; “Show Item” takes you to the item.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryItemsModel</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryItemsView</name>
    <message numerus="yes">
        <source>Checking %n item(s)…</source>
        <translation>
            <numerusform>Checking %n item…</numerusform>
            <numerusform>Checking %n items…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message numerus="yes">
        <source>Wrote %1 (%n finding(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n finding).</numerusform>
            <numerusform>Wrote %1 (%n findings).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message numerus="yes">
        <source>All %n step(s) are done. Readiness score: %1 of 100.</source>
        <translation>
            <numerusform>All %n step is done. Readiness score: %1 of 100.</numerusform>
            <numerusform>All %n steps are done. Readiness score: %1 of 100.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done; readiness score %2 of 100. Double-click a step to go back to it; the documents can be printed at any time and show what is still open.</source>
        <translation>
            <numerusform>%1 of %n step done; readiness score %2 of 100. Double-click a step to go back to it; the documents can be printed at any time and show what is still open.</numerusform>
            <numerusform>%1 of %n steps done; readiness score %2 of 100. Double-click a step to go back to it; the documents can be printed at any time and show what is still open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The plan report (%n page(s)) is saved as %1.</source>
        <translation>
            <numerusform>The plan report (%n page) is saved as %1.</numerusform>
            <numerusform>The plan report (%n pages) is saved as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The binder (%n page(s)) is saved as %1.</source>
        <translation>
            <numerusform>The binder (%n page) is saved as %1.</numerusform>
            <numerusform>The binder (%n pages) is saved as %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) saved as %1. Open the file with your calendar program to add them.</source>
        <translation>
            <numerusform>%n reminder saved as %1. Open the file with your calendar program to add it.</numerusform>
            <numerusform>%n reminders saved as %1. Open the file with your calendar program to add them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreHistoryChart</name>
    <message numerus="yes">
        <source>From %1 on %2 to %3 on %4; the score changed %n time(s).</source>
        <translation>
            <numerusform>From %1 on %2 to %3 on %4; the score changed %n time.</numerusform>
            <numerusform>From %1 on %2 to %3 on %4; the score changed %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetAnswersCommand</name>
    <message numerus="yes">
        <source>Record %n answer(s) from %1</source>
        <translation>
            <numerusform>Record %n answer from %1</numerusform>
            <numerusform>Record %n answers from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShopFindings</name>
    <message numerus="yes">
        <source>The team has %n active member(s).</source>
        <translation>
            <numerusform>The team has %n active member.</numerusform>
            <numerusform>The team has %n active members.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartReminders</name>
    <message numerus="yes">
        <source>And %n more on the dashboard.</source>
        <translation>
            <numerusform>And %n more on the dashboard.</numerusform>
            <numerusform>And %n more on the dashboard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) fell due since you last opened this plan.</source>
        <translation>
            <numerusform>%n thing fell due since you last opened this plan.</numerusform>
            <numerusform>%n things fell due since you last opened this plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TlsCertificateView</name>
    <message numerus="yes">
        <source>%Ln days left</source>
        <translation>
            <numerusform>%Ln day left</numerusform>
            <numerusform>%Ln days left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TlsChanges</name>
    <message numerus="yes">
        <source>%1: %n cipher suite(s) added (%2)</source>
        <translation>
            <numerusform>%1: %n cipher suite added (%2)</numerusform>
            <numerusform>%1: %n cipher suites added (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cipher suite(s) removed (%2)</source>
        <translation>
            <numerusform>%1: %n cipher suite removed (%2)</numerusform>
            <numerusform>%1: %n cipher suites removed (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificate renewed: %n day(s) left</source>
        <translation>
            <numerusform>Certificate renewed: %n day left</numerusform>
            <numerusform>Certificate renewed: %n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificate replaced: %n day(s) left</source>
        <translation>
            <numerusform>Certificate replaced: %n day left</numerusform>
            <numerusform>Certificate replaced: %n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s)</source>
        <translation>
            <numerusform>The certificate expires in %n day</numerusform>
            <numerusform>The certificate expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TlsFindings</name>
    <message numerus="yes">
        <source>Valid until %1: %n day(s) left.</source>
        <translation>
            <numerusform>Valid until %1: %n day left.</numerusform>
            <numerusform>Valid until %1: %n days left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Strict-Transport-Security: max-age=%1 (%n day(s)).</source>
        <translation>
            <numerusform>Strict-Transport-Security: max-age=%1 (%n day).</numerusform>
            <numerusform>Strict-Transport-Security: max-age=%1 (%n days).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TlsFindingsView</name>
    <message numerus="yes">
        <source>%Ln things to fix. Choose a finding to see why and what to ask your host to do.</source>
        <translation>
            <numerusform>%Ln thing to fix. Choose it to see why and what to ask your host to do.</numerusform>
            <numerusform>%Ln things to fix. Choose a finding to see why and what to ask your host to do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TlsHttpView</name>
    <message numerus="yes">
        <source>Yes, for %Ln days</source>
        <translation>
            <numerusform>Yes, for %Ln day</numerusform>
            <numerusform>Yes, for %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TlsProbe</name>
    <message numerus="yes">
        <source>The probe did not finish within %n second(s) and was stopped. The server answers very slowly, or holds connections open without answering.</source>
        <translation>
            <numerusform>The probe did not finish within %n second and was stopped. The server answers very slowly, or holds connections open without answering.</numerusform>
            <numerusform>The probe did not finish within %n seconds and was stopped. The server answers very slowly, or holds connections open without answering.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TlsProtocolTable</name>
    <message numerus="yes">
        <source>%Ln cipher suites</source>
        <translation>
            <numerusform>%Ln cipher suite</numerusform>
            <numerusform>%Ln cipher suites</numerusform>
        </translation>
    </message>
</context>
</TS>
