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
