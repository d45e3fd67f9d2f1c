<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
