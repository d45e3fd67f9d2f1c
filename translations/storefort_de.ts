<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AcceptFindingCommand</name>
    <message>
        <source>Accept “%1” as a risk</source>
        <translation>„%1“ als Risiko akzeptieren</translation>
    </message>
    <message>
        <source>No plan is open.</source>
        <translation>Es ist kein Plan geöffnet.</translation>
    </message>
</context>
<context>
    <name>AcceptFindingDialog</name>
    <message>
        <source>&amp;No expiry</source>
        <translation>&amp;Kein Ablaufdatum</translation>
    </message>
    <message>
        <source>Accept as a Risk</source>
        <translation>Als Risiko akzeptieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Accepting this finding says the shop knowingly carries the risk for now. It stays in the list and in the binder, marked as accepted with your reason, and counts again when the acceptance runs out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Wenn Sie diesen Befund akzeptieren, erklären Sie, dass der Shop das Risiko vorerst bewusst trägt. Der Befund bleibt in der Liste und im Notfallordner, als akzeptiert markiert und mit Ihrer Begründung, und zählt wieder, sobald die Akzeptanz abläuft.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Why the shop accepts this risk</source>
        <translation>Warum der Shop dieses Risiko akzeptiert</translation>
    </message>
    <message>
        <source>For example: the old payment page is switched off at the end of the month; until then the host watches it.</source>
        <translation>Zum Beispiel: Die alte Zahlungsseite wird am Monatsende abgeschaltet; bis dahin überwacht der Hoster sie.</translation>
    </message>
    <message>
        <source>Accepted until</source>
        <translation>Akzeptiert bis</translation>
    </message>
    <message>
        <source>The finding stays accepted until you withdraw the acceptance</source>
        <translation>Der Befund bleibt akzeptiert, bis Sie die Akzeptanz zurückziehen</translation>
    </message>
    <message>
        <source>%1, today (%2)</source>
        <translation>%1, heute (%2)</translation>
    </message>
    <message>
        <source>&amp;Why the shop accepts it:</source>
        <translation>&amp;Warum der Shop es akzeptiert:</translation>
    </message>
    <message>
        <source>Accepted &amp;until:</source>
        <translation>Akzeptiert &amp;bis:</translation>
    </message>
    <message>
        <source>Accepted by:</source>
        <translation>Akzeptiert von:</translation>
    </message>
    <message>
        <source>&amp;Accept Risk</source>
        <translation>Risiko &amp;akzeptieren</translation>
    </message>
    <message>
        <source>That day has passed. Choose a day from today on, or no expiry.</source>
        <translation>Dieser Tag ist schon vorbei. Wählen Sie einen Tag ab heute oder kein Ablaufdatum.</translation>
    </message>
    <message>
        <source>Say why first: the reason is what a later review reads.</source>
        <translation>Geben Sie zuerst die Begründung an: Bei einer späteren Überprüfung wird genau diese Begründung gelesen.</translation>
    </message>
</context>
<context>
    <name>AccessMatrixModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role in the business</source>
        <translation>Rolle im Unternehmen</translation>
    </message>
    <message>
        <source>The highest role each person has on %1</source>
        <translation>Die höchste Rolle jeder Person in %1</translation>
    </message>
    <message>
        <source>Who can see or change: %1</source>
        <translation>Wer sehen oder ändern kann: %1</translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>Keiner Person zugeordnet</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (ausgeschieden)</translation>
    </message>
    <message>
        <source>Accounts that belong to no one in the team: say whose they are on the Accounts tab.</source>
        <translation>Konten, die niemandem im Team gehören: Geben Sie auf dem Reiter „Konten“ an, wem sie gehören.</translation>
    </message>
    <message>
        <source>%1 left on %2. Double-click to say what their work needed.</source>
        <translation>%1 ist am %2 ausgeschieden. Doppelklicken Sie, um anzugeben, was die Arbeit dieser Person erforderte.</translation>
    </message>
    <message>
        <source>Double-click to say what %1’s work needs.</source>
        <translation>Doppelklicken Sie, um anzugeben, was %1 für die Arbeit braucht.</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>⚠ beyond need</source>
        <translation>⚠ mehr als nötig</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>Their accounts reach %1, but their work does not need it.</source>
        <translation>Die Konten dieser Person haben Zugriff auf %1, ihre Arbeit erfordert das aber nicht.</translation>
    </message>
    <message>
        <source>Their accounts reach %1.</source>
        <translation>Die Konten dieser Person haben Zugriff auf %1.</translation>
    </message>
    <message>
        <source>reaches, beyond what their work needs</source>
        <translation>hat Zugriff, mehr als die Arbeit erfordert</translation>
    </message>
    <message>
        <source>reaches</source>
        <translation>hat Zugriff</translation>
    </message>
    <message>
        <source>does not reach</source>
        <translation>hat keinen Zugriff</translation>
    </message>
</context>
<context>
    <name>AccessMatrixView</name>
    <message>
        <source>&amp;Record Access Review…</source>
        <translation>Zugriffsprüfung &amp;erfassen…</translation>
    </message>
    <message>
        <source>Once you have gone through the table and taken away what is not needed</source>
        <translation>Sobald Sie die Tabelle durchgegangen sind und entfernt haben, was nicht nötig ist</translation>
    </message>
    <message>
        <source>Each row is a person, each column a system or a kind of data. “⚠ beyond need” marks data a person’s accounts reach although their work does not need it. Double-click a person to say what their work needs.</source>
        <translation>Jede Zeile ist eine Person, jede Spalte ein System oder eine Art von Daten. „⚠ mehr als nötig“ kennzeichnet Daten, auf die die Konten einer Person zugreifen können, obwohl ihre Arbeit sie nicht braucht. Doppelklicken Sie auf eine Person, um anzugeben, was ihre Arbeit erfordert.</translation>
    </message>
    <message>
        <source>Who can reach which system and which data</source>
        <translation>Wer auf welches System und welche Daten zugreifen kann</translation>
    </message>
    <message>
        <source>1 person can</source>
        <translation>1 Person kann</translation>
    </message>
    <message>
        <source>%1 people can</source>
        <translation>%1 Personen können</translation>
    </message>
    <message>
        <source>%1 see customers’ buying habits, %2 product lists, %3 purchase costs and prices.</source>
        <translation>%1 die Kaufgewohnheiten der Kunden sehen, %2 die Produktlisten, %3 die Einkaufskosten und Preise.</translation>
    </message>
    <message>
        <source>Last access review: %1</source>
        <translation>Letzte Zugriffsprüfung: %1</translation>
    </message>
    <message>
        <source>Last access review: never</source>
        <translation>Letzte Zugriffsprüfung: noch nie</translation>
    </message>
    <message>
        <source>⚠ beyond need</source>
        <translation>⚠ mehr als nötig</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Record Access Review</source>
        <translation>Zugriffsprüfung erfassen</translation>
    </message>
    <message numerus="yes">
        <source>You went through who can reach what and took away what was not needed. The next review is due %n days later.</source>
        <translation>
            <numerusform>Sie haben durchgesehen, wer worauf zugreifen kann, und entfernt, was nicht nötig war. Die nächste Prüfung ist %n Tag später fällig.</numerusform>
            <numerusform>Sie haben durchgesehen, wer worauf zugreifen kann, und entfernt, was nicht nötig war. Die nächste Prüfung ist %n Tage später fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <source>Review Not Recorded</source>
        <translation>Zugriffsprüfung nicht erfasst</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>%1 admin</source>
        <translation>%1-Adminbereich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id; ids are whole numbers.</source>
        <translation>„%1“ ist keine ID; IDs sind ganze Zahlen.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer Eintrag</numerusform>
            <numerusform>… und %n weitere Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>New accounts:</source>
        <translation>Neue Konten:</translation>
    </message>
    <message>
        <source>Changed accounts:</source>
        <translation>Geänderte Konten:</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Removed accounts (kept on file as removed):</source>
        <translation>Entfernte Konten (bleiben als entfernt erfasst):</translation>
    </message>
    <message>
        <source>What the file was exported from.</source>
        <translation>Woraus die Datei exportiert wurde.</translation>
    </message>
    <message>
        <source>The system the accounts are on.</source>
        <translation>Das System, auf dem die Konten liegen.</translation>
    </message>
    <message>
        <source>Which column holds which field (JSON), for csv.</source>
        <translation>Welche Spalte welches Feld enthält (JSON), für csv.</translation>
    </message>
    <message>
        <source>Show what would change; change nothing.</source>
        <translation>Zeigen, was sich ändern würde; nichts ändern.</translation>
    </message>
    <message>
        <source>Import the readable rows even when others are refused.</source>
        <translation>Die lesbaren Zeilen importieren, auch wenn andere abgelehnt werden.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli accounts import PLAN --format wordpress|magento|prestashop|cpanel|google|m365|csv FILE
       [--system ID] [--map MAPPING.json] [--dry-run] [--skip-errors]</source>
        <translation>Aufruf: storefort-cli accounts import PLAN --format wordpress|magento|prestashop|cpanel|google|m365|csv FILE
        [--system ID] [--map MAPPING.json] [--dry-run] [--skip-errors]</translation>
    </message>
    <message>
        <source>give what the file was exported from with --format: %1</source>
        <translation>geben Sie mit --format an, woraus die Datei exportiert wurde: %1</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;. Choose one of: %2</source>
        <translation>unbekanntes Format „%1“. Wählen Sie einen dieser Werte: %2</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a column mapping: write a JSON object such as {&quot;user_name&quot;: &quot;Login&quot;, &quot;email&quot;: &quot;E-mail&quot;}.</source>
        <translation>%1 ist keine Spaltenzuordnung: Schreiben Sie ein JSON-Objekt wie {&quot;user_name&quot;: &quot;Login&quot;, &quot;email&quot;: &quot;E-mail&quot;}.</translation>
    </message>
    <message>
        <source>%1 does not say which column holds the user name (&quot;user_name&quot;).</source>
        <translation>%1 gibt nicht an, welche Spalte den Benutzernamen enthält (&quot;user_name&quot;).</translation>
    </message>
    <message>
        <source>the plan has no system %1 (see: storefort-cli accounts systems).</source>
        <translation>der Plan hat kein System %1 (siehe: storefort-cli accounts systems).</translation>
    </message>
    <message>
        <source>the plan has several systems of the kind &quot;%1&quot;; choose one with --system ID:
%2</source>
        <translation>der Plan hat mehrere Systeme der Art „%1“; wählen Sie eines mit --system ID:
%2</translation>
    </message>
    <message>
        <source>say which system the accounts are on with --system ID (add one with: storefort-cli accounts add-system).%1</source>
        <translation>geben Sie mit --system ID an, auf welchem System die Konten liegen (eines hinzufügen mit: storefort-cli accounts add-system).%1</translation>
    </message>
    <message>
        <source>say which column holds which field with --map MAPPING.json (the plan remembers it afterwards).</source>
        <translation>geben Sie mit --map MAPPING.json an, welche Spalte welches Feld enthält (der Plan merkt es sich danach).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 compared with the accounts on %2 (system %3):</source>
        <translation>%1 verglichen mit den Konten in %2 (System %3):</translation>
    </message>
    <message>
        <source>%1 compared with a new system &quot;%2&quot;:</source>
        <translation>%1 verglichen mit einem neuen System „%2“:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused</source>
        <translation>
            <numerusform>%n Zeile abgelehnt</numerusform>
            <numerusform>%n Zeilen abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was changed: correct the file and import it again, or use --skip-errors to import the other rows.</source>
        <translation>es wurde nichts geändert: Korrigieren Sie die Datei und importieren Sie sie erneut, oder verwenden Sie --skip-errors, um die übrigen Zeilen zu importieren.</translation>
    </message>
    <message>
        <source>Dry run: the plan is unchanged.</source>
        <translation>Probelauf: Der Plan bleibt unverändert.</translation>
    </message>
    <message>
        <source>Added the system &quot;%1&quot; (%2).</source>
        <translation>System „%1“ (%2) hinzugefügt.</translation>
    </message>
    <message>
        <source>Nothing to change: the accounts on file are up to date.</source>
        <translation>Nichts zu ändern: Die erfassten Konten sind aktuell.</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n account(s) added, </source>
        <translation>
            <numerusform>Importiert: %n Konto hinzugefügt, </numerusform>
            <numerusform>Importiert: %n Konten hinzugefügt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed, </source>
        <translation>
            <numerusform>%n geändert, </numerusform>
            <numerusform>%n geändert, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked removed.</source>
        <translation>
            <numerusform>%n als entfernt markiert.</numerusform>
            <numerusform>%n als entfernt markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the accounts on this system.</source>
        <translation>Nur die Konten auf diesem System.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli accounts list PLAN [--system ID] [--json]</source>
        <translation>Aufruf: storefort-cli accounts list PLAN [--system ID] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>MFA: %1</source>
        <translation>MFA: %1</translation>
    </message>
    <message>
        <source>last login %1</source>
        <translation>letzte Anmeldung %1</translation>
    </message>
    <message>
        <source>No accounts yet. Import some with: storefort-cli accounts import PLAN --format FORMAT FILE</source>
        <translation>Noch keine Konten. Importieren Sie welche mit: storefort-cli accounts import PLAN --format FORMAT FILE</translation>
    </message>
    <message>
        <source>Usage: storefort-cli accounts systems PLAN [--json]</source>
        <translation>Aufruf: storefort-cli accounts systems PLAN [--json]</translation>
    </message>
    <message>
        <source>No systems yet. Add one with: storefort-cli accounts add-system PLAN --kind KIND --name NAME</source>
        <translation>Noch keine Systeme. Fügen Sie eines hinzu mit: storefort-cli accounts add-system PLAN --kind KIND --name NAME</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>run by %1</source>
        <translation>betrieben von %1</translation>
    </message>
    <message>
        <source>What sort of system it is.</source>
        <translation>Um welche Art von System es sich handelt.</translation>
    </message>
    <message>
        <source>The system&apos;s name.</source>
        <translation>Der Name des Systems.</translation>
    </message>
    <message>
        <source>The provider that runs it.</source>
        <translation>Der Dienstleister, der es betreibt.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli accounts add-system PLAN --kind KIND --name NAME [--provider ID]
Kinds: %1</source>
        <translation>Aufruf: storefort-cli accounts add-system PLAN --kind KIND --name NAME [--provider ID]
Arten: %1</translation>
    </message>
    <message>
        <source>give what sort of system it is with --kind KIND: %1</source>
        <translation>geben Sie mit --kind KIND an, um welche Art von System es sich handelt: %1</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;. Choose one of: %2</source>
        <translation>unbekannte Art „%1“. Wählen Sie einen dieser Werte: %2</translation>
    </message>
    <message>
        <source>give the system&apos;s name with --name NAME.</source>
        <translation>geben Sie den Namen des Systems mit --name NAME an.</translation>
    </message>
    <message>
        <source>the plan has no provider %1 (see: storefort-cli providers list).</source>
        <translation>der Plan hat keinen Dienstleister %1 (siehe: storefort-cli providers list).</translation>
    </message>
    <message>
        <source>usage: storefort-cli accounts import|list|systems|add-system|check|letter ...</source>
        <translation>Aufruf: storefort-cli accounts import|list|systems|add-system|check|letter ...</translation>
    </message>
    <message>
        <source>Usage: storefort-cli accounts check PLAN [--json]</source>
        <translation>Aufruf: storefort-cli accounts check PLAN [--json]</translation>
    </message>
    <message>
        <source>The developer or agency (team member id).</source>
        <translation>Der Entwickler oder die Agentur (ID des Teammitglieds).</translation>
    </message>
    <message>
        <source>Where to write the letter.</source>
        <translation>Wohin der Brief geschrieben wird.</translation>
    </message>
    <message>
        <source>text or pdf (default: from the file&apos;s extension).</source>
        <translation>text oder pdf (Standard: nach der Dateiendung).</translation>
    </message>
    <message>
        <source>Do not record the letter as written in the plan.</source>
        <translation>Den Brief im Plan nicht als geschrieben vermerken.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli accounts letter PLAN --person ID -o FILE [--format text|pdf] [--no-record]</source>
        <translation>Aufruf: storefort-cli accounts letter PLAN --person ID -o FILE [--format text|pdf] [--no-record]</translation>
    </message>
    <message>
        <source>There is no team member with the id %1.</source>
        <translation>Es gibt kein Teammitglied mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 holds no active account in the plan: there is nothing to confirm.</source>
        <translation>%1 hat im Plan kein aktives Konto: Es gibt nichts zu bestätigen.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the letter to %1 about %n account(s); recorded as letter %2.</source>
        <translation>
            <numerusform>Brief zu %n Konto nach %1 geschrieben; als Brief %2 vermerkt.</numerusform>
            <numerusform>Brief zu %n Konten nach %1 geschrieben; als Brief %2 vermerkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the letter to %1 about %n account(s).</source>
        <translation>
            <numerusform>Brief zu %n Konto nach %1 geschrieben.</numerusform>
            <numerusform>Brief zu %n Konten nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>&amp;Shared: several people sign in with it</source>
        <translation>&amp;Gemeinsam genutzt: Mehrere Personen melden sich damit an</translation>
    </message>
    <message>
        <source>Used by a &amp;program, not a person (a service account)</source>
        <translation>Von einem &amp;Programm genutzt, nicht von einer Person (ein Dienstkonto)</translation>
    </message>
    <message>
        <source>Add an Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>An account the exports do not list, such as one on a system you cannot export from. Say whom it belongs to and what it can reach.</source>
        <translation>Ein Konto, das in den Exporten nicht vorkommt, etwa auf einem System, aus dem Sie nicht exportieren können. Geben Sie an, wem es gehört und worauf es zugreifen kann.</translation>
    </message>
    <message>
        <source>Say whom this account belongs to and what it can reach. The next import keeps what you set here.</source>
        <translation>Geben Sie an, wem dieses Konto gehört und worauf es zugreifen kann. Der nächste Import behält bei, was Sie hier festlegen.</translation>
    </message>
    <message>
        <source>The name used to sign in</source>
        <translation>Der Name, mit dem man sich anmeldet</translation>
    </message>
    <message>
        <source>Team members who use this account</source>
        <translation>Teammitglieder, die dieses Konto nutzen</translation>
    </message>
    <message>
        <source>Tick everyone who signs in with this account. An account of its own for each person is safest.</source>
        <translation>Haken Sie alle an, die sich mit diesem Konto anmelden. Am sichersten ist ein eigenes Konto für jede Person.</translation>
    </message>
    <message>
        <source>Nobody in the team yet: add people in the Shop and team step.</source>
        <translation>Noch niemand im Team: Fügen Sie Personen im Schritt „Shop und Team“ hinzu.</translation>
    </message>
    <message>
        <source>What the account may do, in plain terms. Give each account the least it needs for its work.</source>
        <translation>Was das Konto tun darf, in einfachen Worten. Geben Sie jedem Konto nur so viel, wie es für seine Arbeit braucht.</translation>
    </message>
    <message>
        <source>Data it can reach</source>
        <translation>Daten, auf die es zugreifen kann</translation>
    </message>
    <message>
        <source>Does this account need a second step (an app or a code) to sign in?</source>
        <translation>Braucht dieses Konto für die Anmeldung einen zweiten Schritt (eine App oder einen Code)?</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystem:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Name s&amp;hown:</source>
        <translation>&amp;Angezeigter Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Belongs to:</source>
        <translation>Gehört &amp;zu:</translation>
    </message>
    <message>
        <source>called &quot;%1&quot; on the system</source>
        <translation>im System „%1“ genannt</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Two-step sign-in:</source>
        <translation>Anmeldung in z&amp;wei Schritten:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>AccountFindings</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres Konto</numerusform>
            <numerusform>und %n weitere Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) on %1 belong to nobody named</source>
        <translation>
            <numerusform>%n Konto in %1 ist keiner Person zugeordnet</numerusform>
            <numerusform>%n Konten in %1 sind keiner Person zugeordnet</numerusform>
        </translation>
    </message>
    <message>
        <source>An account nobody answers for is the one nobody notices when it is misused, and the one that stays open when people leave.</source>
        <translation>Ein Konto, für das niemand verantwortlich ist, fällt niemandem auf, wenn es missbraucht wird – und es bleibt offen, wenn Leute gehen.</translation>
    </message>
    <message>
        <source>Say whose each account is (edit the account), mark machine accounts as service accounts, and disable the ones nobody claims.</source>
        <translation>Geben Sie für jedes Konto an, wem es gehört (Konto bearbeiten), kennzeichnen Sie Konten von Programmen als Dienstkonten und deaktivieren Sie die Konten, die niemand für sich beansprucht.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) on %1 are used by several people</source>
        <translation>
            <numerusform>%n Konto in %1 wird von mehreren Personen genutzt</numerusform>
            <numerusform>%n Konten in %1 werden von mehreren Personen genutzt</numerusform>
        </translation>
    </message>
    <message>
        <source>When several people sign in with one user name, the log cannot say who did what, and the password cannot be changed when one of them leaves without stopping the others.</source>
        <translation>Wenn sich mehrere Personen mit einem Benutzernamen anmelden, kann das Protokoll nicht zeigen, wer was getan hat, und wenn eine von ihnen geht, lässt sich das Passwort nicht ändern, ohne auch die anderen auszusperren.</translation>
    </message>
    <message>
        <source>Give each person their own account with their own password, then disable the shared one.</source>
        <translation>Geben Sie jeder Person ein eigenes Konto mit eigenem Passwort und deaktivieren Sie dann das gemeinsam genutzte Konto.</translation>
    </message>
    <message numerus="yes">
        <source>%n shared or generic account(s) on %1</source>
        <translation>
            <numerusform>%n gemeinsam genutztes oder allgemeines Konto in %1</numerusform>
            <numerusform>%n gemeinsam genutzte oder allgemeine Konten in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts named after a team or a mailbox (info, office, shop, support...) or marked shared are usually used by several people with one password: nobody can tell who did what.</source>
        <translation>Konten, die nach einem Team oder einem Postfach benannt sind (info, office, shop, support …) oder als gemeinsam genutzt markiert sind, werden meist von mehreren Personen mit einem Passwort genutzt: Niemand kann sagen, wer was getan hat.</translation>
    </message>
    <message>
        <source>Replace each with personal accounts; if one must stay (a mailbox), make sure nobody signs in to the shop with it.</source>
        <translation>Ersetzen Sie jedes davon durch persönliche Konten; wenn eines bleiben muss (ein Postfach), stellen Sie sicher, dass sich niemand damit im Shop anmeldet.</translation>
    </message>
    <message numerus="yes">
        <source>%n administrator account(s) on %1 without a second factor</source>
        <translation>
            <numerusform>%n Administratorkonto in %1 ohne zweiten Faktor</numerusform>
            <numerusform>%n Administratorkonten in %1 ohne zweiten Faktor</numerusform>
        </translation>
    </message>
    <message>
        <source>An administrator can change everything, including other accounts. With a password alone, one leaked or guessed password hands the whole system over.</source>
        <translation>Ein Administrator kann alles ändern, auch andere Konten. Mit einem Passwort allein liefert ein einziges durchgesickertes oder erratenes Passwort das ganze System aus.</translation>
    </message>
    <message>
        <source>Turn on two-step sign-in (an app or a security key) for every administrator, and enforce it on the system if it can.</source>
        <translation>Schalten Sie für jeden Administrator die Anmeldung in zwei Schritten ein (eine App oder ein Sicherheitsschlüssel) und erzwingen Sie sie im System, wenn es das kann.</translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) on %1 not changed for too long</source>
        <translation>
            <numerusform>%n Passwort in %1 zu lange nicht geändert</numerusform>
            <numerusform>%n Passwörter in %1 zu lange nicht geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Old passwords have had years to leak: through a reused password elsewhere, an old laptop or a former colleague.</source>
        <translation>Alte Passwörter hatten Jahre Zeit, um durchzusickern: über ein anderswo wiederverwendetes Passwort, einen alten Laptop oder ehemalige Kollegen.</translation>
    </message>
    <message>
        <source>The oldest was last changed on %1.</source>
        <translation>Das älteste wurde zuletzt am %1 geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Change these passwords (every %n day(s) at most; every %1 where the password is the only factor), or better, add a second factor.</source>
        <translation>
            <numerusform>Ändern Sie diese Passwörter (spätestens nach %n Tag; nach %1 Tagen, wo das Passwort der einzige Faktor ist), oder besser: Fügen Sie einen zweiten Faktor hinzu.</numerusform>
            <numerusform>Ändern Sie diese Passwörter (spätestens nach %n Tagen; nach %1 Tagen, wo das Passwort der einzige Faktor ist), oder besser: Fügen Sie einen zweiten Faktor hinzu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) on %1 not used for %2 days</source>
        <translation>
            <numerusform>%n Konto in %1 seit %2 Tagen nicht benutzt</numerusform>
            <numerusform>%n Konten in %1 seit %2 Tagen nicht benutzt</numerusform>
        </translation>
    </message>
    <message>
        <source>An account nobody uses is still a way in, and nobody would notice if someone else started using it.</source>
        <translation>Ein Konto, das niemand nutzt, ist trotzdem ein Zugang, und niemand würde bemerken, wenn jemand anderes es zu nutzen begänne.</translation>
    </message>
    <message>
        <source>Disable the accounts nobody needs any more; they can be turned back on if someone asks.</source>
        <translation>Deaktivieren Sie die Konten, die niemand mehr braucht; sie lassen sich wieder einschalten, wenn jemand danach fragt.</translation>
    </message>
    <message>
        <source>The built-in &quot;%1&quot; account of %2 is in use</source>
        <translation>Das vorinstallierte Konto „%1“ von %2 wird benutzt</translation>
    </message>
    <message>
        <source>Everyone knows the built-in administrator&apos;s name, so attackers try it first; and when several people use it, nobody can tell who did what.</source>
        <translation>Jeder kennt den Namen des vorinstallierten Administrators, deshalb probieren Angreifer ihn zuerst; und wenn mehrere Personen ihn nutzen, kann niemand sagen, wer was getan hat.</translation>
    </message>
    <message>
        <source>Last signed in on %1.</source>
        <translation>Zuletzt angemeldet am %1.</translation>
    </message>
    <message>
        <source>Give each person who administers %1 a personal administrator account, and stop signing in as &quot;%2&quot;.</source>
        <translation>Geben Sie jeder Person, die %1 verwaltet, ein persönliches Administratorkonto, und melden Sie sich nicht mehr als „%2“ an.</translation>
    </message>
    <message>
        <source>%1 still has an account named &quot;%2&quot;</source>
        <translation>%1 hat noch ein Konto namens „%2“</translation>
    </message>
    <message>
        <source>With the default name known, an attacker only has to guess the password.</source>
        <translation>Wenn der Standardname bekannt ist, muss ein Angreifer nur noch das Passwort erraten.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is active.</source>
        <translation>Das Konto „%1“ ist aktiv.</translation>
    </message>
    <message>
        <source>Rename it or replace it with a personal account; where it cannot be renamed (root on a server), forbid signing in with it directly.</source>
        <translation>Benennen Sie es um oder ersetzen Sie es durch ein persönliches Konto; wo es sich nicht umbenennen lässt (root auf einem Server), verbieten Sie die direkte Anmeldung damit.</translation>
    </message>
    <message numerus="yes">
        <source>%n administrator(s) on %1</source>
        <translation>
            <numerusform>%n Administrator in %1</numerusform>
            <numerusform>%n Administratoren in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Each administrator is a key to everything. Most people need to manage orders or products, not accounts and settings.</source>
        <translation>Jeder Administrator ist ein Schlüssel zu allem. Die meisten Leute müssen Bestellungen oder Produkte verwalten, nicht Konten und Einstellungen.</translation>
    </message>
    <message numerus="yes">
        <source>You allow at most %n.</source>
        <translation>
            <numerusform>Sie erlauben höchstens %n.</numerusform>
            <numerusform>Sie erlauben höchstens %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give those who do not change settings or accounts a smaller role (manager, editor).</source>
        <translation>Geben Sie denen, die keine Einstellungen oder Konten ändern, eine kleinere Rolle (Manager, Redakteur).</translation>
    </message>
    <message numerus="yes">
        <source>%1 has left but %n account(s) still work</source>
        <translation>
            <numerusform>%1 ist ausgeschieden, aber %n Konto funktioniert noch</numerusform>
            <numerusform>%1 ist ausgeschieden, aber %n Konten funktionieren noch</numerusform>
        </translation>
    </message>
    <message>
        <source>A former colleague&apos;s account is a door nobody watches: their password may be on an old phone, in a browser, or with their new employer.</source>
        <translation>Das Konto eines ehemaligen Teammitglieds ist eine Tür, die niemand bewacht: Das Passwort steckt vielleicht auf einem alten Handy, in einem Browser oder beim neuen Arbeitgeber.</translation>
    </message>
    <message numerus="yes">
        <source>Left on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Ausgeschieden am %1, vor %n Tag.</numerusform>
            <numerusform>Ausgeschieden am %1, vor %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked as left.</source>
        <translation>Als ausgeschieden markiert.</translation>
    </message>
    <message>
        <source>Work through %1&apos;s leaver checklist: disable each account, or hand it over to a colleague, and tick it off.</source>
        <translation>Gehen Sie die Checkliste zum Ausscheiden von %1 durch: Deaktivieren Sie jedes Konto oder übergeben Sie es an jemanden im Team, und haken Sie es ab.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) of %1 not confirmed since the project ended</source>
        <translation>
            <numerusform>%n Konto von %1 seit Projektende nicht bestätigt</numerusform>
            <numerusform>%n Konten von %1 seit Projektende nicht bestätigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Developers keep accounts long after their work is done. Each one they no longer need is a way in through their laptop, their passwords and their staff.</source>
        <translation>Entwickler behalten Konten noch lange, nachdem ihre Arbeit erledigt ist. Jedes Konto, das sie nicht mehr brauchen, ist ein Zugang – über ihren Laptop, ihre Passwörter und ihre Mitarbeiter.</translation>
    </message>
    <message>
        <source>Project ended on %1.</source>
        <translation>Projekt beendet am %1.</translation>
    </message>
    <message>
        <source>Write them the confirmation letter, record their answer for each account, and disable the ones they do not need.</source>
        <translation>Schreiben Sie ihnen das Bestätigungsschreiben, erfassen Sie ihre Antwort für jedes Konto und deaktivieren Sie die Konten, die sie nicht brauchen.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) %1 no longer needs are still active</source>
        <translation>
            <numerusform>%n Konto, das %1 nicht mehr braucht, ist noch aktiv</numerusform>
            <numerusform>%n Konten, die %1 nicht mehr braucht, sind noch aktiv</numerusform>
        </translation>
    </message>
    <message>
        <source>They told you these accounts can go; until they are disabled they are still a way in.</source>
        <translation>Laut Antwort können diese Konten weg; solange sie nicht deaktiviert sind, bleiben sie ein Zugang.</translation>
    </message>
    <message>
        <source>Disable or delete these accounts on their systems, then mark them disabled here.</source>
        <translation>Deaktivieren oder löschen Sie diese Konten auf ihren Systemen und markieren Sie sie dann hier als deaktiviert.</translation>
    </message>
    <message>
        <source>%1 can reach more than their work needs</source>
        <translation>%1 kann auf mehr zugreifen, als die Arbeit erfordert</translation>
    </message>
    <message>
        <source>Everyone who can see customers&apos; data, buying habits or purchase prices is one more person whose account can leak them. Access should follow the work, not convenience.</source>
        <translation>Jede Person, die Kundendaten, Kaufgewohnheiten oder Einkaufspreise sehen kann, ist eine Person mehr, über deren Konto diese Daten abfließen können. Der Zugriff sollte sich nach der Arbeit richten, nicht nach der Bequemlichkeit.</translation>
    </message>
    <message>
        <source>Beyond their work: %1. Through: %2.</source>
        <translation>Mehr als für die Arbeit nötig: %1. Über die Konten: %2.</translation>
    </message>
    <message>
        <source>Give these accounts a smaller role, or, if their work does need it, say so in the access review.</source>
        <translation>Geben Sie diesen Konten eine kleinere Rolle, oder vermerken Sie in der Zugriffsprüfung, dass die Arbeit es tatsächlich erfordert.</translation>
    </message>
    <message>
        <source>These accounts reach more than their role usually does. Narrow them, or record what %1&apos;s work needs in the access review.</source>
        <translation>Diese Konten reichen weiter, als es ihre Rolle üblicherweise tut. Schränken Sie sie ein, oder erfassen Sie in der Zugriffsprüfung, was %1 für die Arbeit braucht.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has not answered about %n account(s)</source>
        <translation>
            <numerusform>%1 hat zu %n Konto nicht geantwortet</numerusform>
            <numerusform>%1 hat zu %n Konten nicht geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>Without their answer you cannot tell which accounts are still needed, so none of them can safely be closed or kept.</source>
        <translation>Ohne diese Antwort können Sie nicht sagen, welche Konten noch gebraucht werden, also lässt sich keines davon sicher schließen oder behalten.</translation>
    </message>
    <message numerus="yes">
        <source>Letter of %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Brief vom %1, vor %n Tag.</numerusform>
            <numerusform>Brief vom %1, vor %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remind them, or call; record each answer as it comes. Accounts still unanswered after a reminder are best disabled.</source>
        <translation>Erinnern Sie nach oder rufen Sie an; erfassen Sie jede Antwort, sobald sie kommt. Konten, zu denen auch nach einer Erinnerung keine Antwort vorliegt, deaktivieren Sie am besten.</translation>
    </message>
    <message>
        <source>The access review is due</source>
        <translation>Die Zugriffsprüfung ist fällig</translation>
    </message>
    <message>
        <source>People change jobs and projects end, but access stays. A regular look at who can reach what is how it shrinks back.</source>
        <translation>Menschen wechseln ihre Aufgaben, und Projekte enden, aber der Zugriff bleibt. Ein regelmäßiger Blick darauf, wer worauf zugreifen kann, sorgt dafür, dass er wieder schrumpft.</translation>
    </message>
    <message numerus="yes">
        <source>Last review on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Letzte Prüfung am %1, vor %n Tag.</numerusform>
            <numerusform>Letzte Prüfung am %1, vor %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No access review is on record.</source>
        <translation>Es ist keine Zugriffsprüfung erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>Go through the access picture: for each person, is every account and every kind of data still needed? Then record the review (every %n day(s)).</source>
        <translation>
            <numerusform>Gehen Sie die Zugriffsübersicht durch: Braucht jede Person noch jedes Konto und jede Art von Daten? Erfassen Sie dann die Prüfung (jeweils spätestens nach %n Tag).</numerusform>
            <numerusform>Gehen Sie die Zugriffsübersicht durch: Braucht jede Person noch jedes Konto und jede Art von Daten? Erfassen Sie dann die Prüfung (jeweils spätestens nach %n Tagen).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 keeps no audit log</source>
        <translation>%1 führt kein Protokoll</translation>
    </message>
    <message>
        <source>Without a log of who signed in and what they changed, nobody can tell after a break-in what was done, from which account, or when.</source>
        <translation>Ohne ein Protokoll darüber, wer sich angemeldet und was geändert hat, kann nach einem Einbruch niemand sagen, was getan wurde, von welchem Konto aus und wann.</translation>
    </message>
    <message>
        <source>You recorded that %1 has no audit log.</source>
        <translation>Sie haben erfasst, dass %1 kein Protokoll (Audit-Log) führt.</translation>
    </message>
    <message>
        <source>Turn the audit or activity log on (your provider or developer can help), then record it here.</source>
        <translation>Schalten Sie das Audit- oder Aktivitätsprotokoll ein (Ihr Dienstleister oder Entwickler kann helfen) und erfassen Sie das dann hier.</translation>
    </message>
    <message>
        <source>Not known whether %1 keeps an audit log</source>
        <translation>Unbekannt, ob %1 ein Protokoll führt</translation>
    </message>
    <message>
        <source>An audit log is the evidence trail of every account&apos;s actions. If you do not know whether there is one, you cannot count on it on the day you need it.</source>
        <translation>Ein Protokoll (Audit-Log) ist die Beweisspur aller Aktionen jedes Kontos. Wenn Sie nicht wissen, ob es eines gibt, können Sie sich an dem Tag, an dem Sie es brauchen, nicht darauf verlassen.</translation>
    </message>
    <message>
        <source>The audit log of %1 is marked &quot;not known&quot;.</source>
        <translation>Das Protokoll von %1 ist als „Unbekannt“ markiert.</translation>
    </message>
    <message>
        <source>Ask whoever runs %1 whether it logs sign-ins and changes, and for how long; record the answer on the system.</source>
        <translation>Fragen Sie, wer %1 betreibt, ob Anmeldungen und Änderungen protokolliert werden und wie lange; erfassen Sie die Antwort beim System.</translation>
    </message>
    <message>
        <source>%1 keeps its audit log too briefly</source>
        <translation>%1 bewahrt sein Protokoll zu kurz auf</translation>
    </message>
    <message>
        <source>Break-ins are often found months after they began. A log that is already deleted by then cannot show how the intruder got in.</source>
        <translation>Einbrüche werden oft erst Monate nach ihrem Beginn entdeckt. Ein Protokoll, das bis dahin schon gelöscht ist, kann nicht zeigen, wie der Eindringling hineingekommen ist.</translation>
    </message>
    <message numerus="yes">
        <source>Kept for %n day(s); at least %1 are needed.</source>
        <translation>
            <numerusform>Wird %n Tag aufbewahrt; nötig sind mindestens %1.</numerusform>
            <numerusform>Wird %n Tage aufbewahrt; nötig sind mindestens %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raise the log&apos;s retention to %n day(s) or more, or export it regularly to a place that keeps it.</source>
        <translation>
            <numerusform>Erhöhen Sie die Aufbewahrungsdauer des Protokolls auf %n Tag oder mehr, oder exportieren Sie es regelmäßig an einen Ort, der es aufbewahrt.</numerusform>
            <numerusform>Erhöhen Sie die Aufbewahrungsdauer des Protokolls auf %n Tage oder mehr, oder exportieren Sie es regelmäßig an einen Ort, der es aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has looked at the audit log of %1 lately</source>
        <translation>Niemand hat sich das Protokoll von %1 in letzter Zeit angesehen</translation>
    </message>
    <message>
        <source>A log helps only if someone reads it: a look every few months catches sign-ins at odd hours, unknown accounts and changes nobody made on purpose.</source>
        <translation>Ein Protokoll hilft nur, wenn es jemand liest: Ein Blick alle paar Monate deckt Anmeldungen zu ungewöhnlichen Zeiten, unbekannte Konten und Änderungen auf, die niemand absichtlich vorgenommen hat.</translation>
    </message>
    <message>
        <source>No review of the log is on record.</source>
        <translation>Es ist keine Durchsicht des Protokolls erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>Last reviewed on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Zuletzt durchgesehen am %1, vor %n Tag.</numerusform>
            <numerusform>Zuletzt durchgesehen am %1, vor %n Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the log&apos;s last weeks for anything you do not recognise, then record the date of the review on the system. Repeat at least every %n day(s).</source>
        <translation>
            <numerusform>Sehen Sie die letzten Wochen des Protokolls nach allem durch, was Ihnen unbekannt vorkommt, und erfassen Sie dann das Datum der Durchsicht beim System. Wiederholen Sie das jeweils spätestens nach %n Tag.</numerusform>
            <numerusform>Sehen Sie die letzten Wochen des Protokolls nach allem durch, was Ihnen unbekannt vorkommt, und erfassen Sie dann das Datum der Durchsicht beim System. Wiederholen Sie das jeweils spätestens nach %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No minimum password length is known for %1</source>
        <translation>Für %1 ist keine Mindestlänge für Passwörter bekannt</translation>
    </message>
    <message>
        <source>%1 accepts short passwords</source>
        <translation>%1 akzeptiert kurze Passwörter</translation>
    </message>
    <message>
        <source>Short passwords are guessed by programs that try millions of combinations. Length is what makes a password hard to guess.</source>
        <translation>Kurze Passwörter werden von Programmen erraten, die Millionen von Kombinationen durchprobieren. Erst die Länge macht ein Passwort schwer zu erraten.</translation>
    </message>
    <message>
        <source>The system&apos;s shortest allowed password is not recorded.</source>
        <translation>Das kürzeste zulässige Passwort des Systems ist nicht erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>The shortest allowed password has %n character(s).</source>
        <translation>
            <numerusform>Das kürzeste zulässige Passwort hat %n Zeichen.</numerusform>
            <numerusform>Das kürzeste zulässige Passwort hat %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Require at least %n characters (a second factor is enforced here).</source>
        <translation>
            <numerusform>Verlangen Sie mindestens %n Zeichen (hier ist ein zweiter Faktor vorgeschrieben).</numerusform>
            <numerusform>Verlangen Sie mindestens %n Zeichen (hier ist ein zweiter Faktor vorgeschrieben).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Require at least %n characters, or enforce a second factor and at least %1.</source>
        <translation>
            <numerusform>Verlangen Sie mindestens %n Zeichen, oder erzwingen Sie einen zweiten Faktor und mindestens %1 Zeichen.</numerusform>
            <numerusform>Verlangen Sie mindestens %n Zeichen, oder erzwingen Sie einen zweiten Faktor und mindestens %1 Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 never locks out password guessing</source>
        <translation>%1 sperrt Konten bei Passwort-Rateversuchen nie</translation>
    </message>
    <message>
        <source>If an account never locks after wrong passwords, a program can keep guessing until it is in.</source>
        <translation>Wenn ein Konto nach falschen Passwörtern nie gesperrt wird, kann ein Programm so lange raten, bis es drin ist.</translation>
    </message>
    <message>
        <source>No lockout after failed sign-ins is recorded for this system.</source>
        <translation>Für dieses System ist keine Sperre nach fehlgeschlagenen Anmeldungen erfasst.</translation>
    </message>
    <message>
        <source>Have the system lock an account (or slow it down) after a handful of failed attempts, for example ten; a security plugin or the provider&apos;s settings do this.</source>
        <translation>Lassen Sie das System ein Konto nach einer Handvoll Fehlversuchen sperren (oder bremsen), zum Beispiel nach zehn; das erledigt ein Sicherheits-Plugin oder die Einstellungen des Dienstleisters.</translation>
    </message>
</context>
<context>
    <name>AccountFindingsView</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>When the checks raise a finding: password ages, inactive accounts, reviews…</source>
        <translation>Wann die Prüfungen einen Befund melden: Passwortalter, ungenutzte Konten, Durchsichten…</translation>
    </message>
    <message>
        <source>What the account checks found</source>
        <translation>Was die Kontenprüfung gefunden hat</translation>
    </message>
    <message>
        <source>About the chosen finding</source>
        <translation>Zum ausgewählten Befund</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>No accounts on file yet. Import them on the Accounts tab; the checks run on their own.</source>
        <translation>Noch keine Konten erfasst. Importieren Sie sie auf dem Reiter „Konten“; die Prüfungen laufen von selbst.</translation>
    </message>
    <message>
        <source>Nothing found: the accounts on file look well kept.</source>
        <translation>Nichts gefunden: Die erfassten Konten sehen gut gepflegt aus.</translation>
    </message>
    <message>
        <source>Nothing urgent. Choose a finding to see why it matters and what to do.</source>
        <translation>Nichts Dringendes. Wählen Sie einen Befund aus, um zu sehen, warum er wichtig ist und was zu tun ist.</translation>
    </message>
    <message>
        <source>1 urgent thing to sort out. Choose a finding to see why it matters and what to do.</source>
        <translation>1 dringender Punkt zu klären. Wählen Sie einen Befund aus, um zu sehen, warum er wichtig ist und was zu tun ist.</translation>
    </message>
    <message>
        <source>%1 urgent things to sort out. Choose a finding to see why they matter and what to do.</source>
        <translation>%1 dringende Punkte zu klären. Wählen Sie einen Befund aus, um zu sehen, warum sie wichtig sind und was zu tun ist.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>letter to %1</source>
        <translation>Brief an %1</translation>
    </message>
    <message>
        <source>someone removed</source>
        <translation>eine entfernte Person</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Betrifft:</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Was festgestellt wurde</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
</context>
<context>
    <name>AccountRulesDialog</name>
    <message>
        <source>Account Rules Settings</source>
        <translation>Einstellungen der Kontenregeln</translation>
    </message>
    <message>
        <source>When the account checks raise a finding. Each limit is still fine: a password exactly as old as the limit is not flagged, one day older is.</source>
        <translation>Wann die Kontenprüfungen einen Befund melden. Jede Grenze selbst ist noch in Ordnung: Ein Passwort, das genau so alt ist wie die Grenze, wird nicht gemeldet, eines, das einen Tag älter ist, schon.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>An account is unused after no sign-in for</source>
        <translation>Als ungenutzt gilt ein Konto ohne Anmeldung seit</translation>
    </message>
    <message>
        <source>Most admin accounts on one system</source>
        <translation>Höchstzahl an Administratorkonten pro System</translation>
    </message>
    <message>
        <source> accounts</source>
        <translation> Konten</translation>
    </message>
    <message>
        <source>The built-in admin is in daily use when it signed in within</source>
        <translation>Das vorinstallierte Administratorkonto gilt als regelmäßig genutzt bei einer Anmeldung innerhalb von</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Passwörter</translation>
    </message>
    <message>
        <source>Shortest password a system may allow</source>
        <translation>Kürzestes Passwort, das ein System zulassen darf</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>… where a second sign-in step is required</source>
        <translation>… wo ein zweiter Anmeldeschritt Pflicht ist</translation>
    </message>
    <message>
        <source>Change each password at least every</source>
        <translation>Jedes Passwort ändern spätestens nach</translation>
    </message>
    <message>
        <source>… where the password is the only sign-in step</source>
        <translation>… wo das Passwort der einzige Anmeldeschritt ist</translation>
    </message>
    <message>
        <source>Audit logs (the record of who did what)</source>
        <translation>Protokolle (Audit-Logs: wer was getan hat)</translation>
    </message>
    <message>
        <source>Keep audit logs for at least</source>
        <translation>Protokolle aufbewahren für einen Zeitraum von mindestens</translation>
    </message>
    <message>
        <source>Look through each audit log at least every</source>
        <translation>Jedes Protokoll durchsehen spätestens nach</translation>
    </message>
    <message>
        <source>Reviews and letters</source>
        <translation>Prüfungen und Briefe</translation>
    </message>
    <message>
        <source>Review who has access at least every</source>
        <translation>Prüfen, wer Zugriff hat, spätestens nach</translation>
    </message>
    <message>
        <source>Expect a developer’s reply to a letter within</source>
        <translation>Antwort eines Entwicklers auf einen Brief erwarten innerhalb von</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Two-step sign-in</source>
        <translation>Anmeldung in zwei Schritten</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Password last changed</source>
        <translation>Passwort zuletzt geändert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redakteur</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Nur Lesen</translation>
    </message>
    <message>
        <source>Custom role</source>
        <translation>Eigene Rolle</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; must be between %2 and %3.</source>
        <translation>Die Einstellung „%1“ muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Write the date of the reply.</source>
        <translation>Geben Sie das Datum der Antwort an.</translation>
    </message>
    <message>
        <source>The reply&apos;s date is in the future.</source>
        <translation>Das Datum der Antwort liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Write why they still need the account, in their words: a kept account needs a reason.</source>
        <translation>Schreiben Sie mit den Worten der Person auf, warum sie das Konto noch braucht: Ein behaltenes Konto braucht einen Grund.</translation>
    </message>
    <message>
        <source>Customer data</source>
        <translation>Kundendaten</translation>
    </message>
    <message>
        <source>Orders and buying habits</source>
        <translation>Bestellungen und Kaufgewohnheiten</translation>
    </message>
    <message>
        <source>Product lists</source>
        <translation>Produktlisten</translation>
    </message>
    <message>
        <source>Purchase costs and prices</source>
        <translation>Einkaufskosten und Preise</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Code and deployment</source>
        <translation>Code und Deployment</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Every system needs a name, such as &quot;Shop admin&quot;.</source>
        <translation>Jedes System braucht einen Namen, etwa „Shop-Adminbereich“.</translation>
    </message>
    <message>
        <source>Write how many days the audit log is kept, from 0 (not known) to 36500.</source>
        <translation>Geben Sie an, wie viele Tage das Protokoll aufbewahrt wird, von 0 (unbekannt) bis 36500.</translation>
    </message>
    <message>
        <source>The shortest password allowed must be between 0 and 1024 characters.</source>
        <translation>Das kürzeste zulässige Passwort muss zwischen 0 und 1024 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The longest a password may be kept must be between 0 (changed only when it leaks) and 36500 days.</source>
        <translation>Die längste Zeit, die ein Passwort gelten darf, muss zwischen 0 (nur bei einem Leck geändert) und 36500 Tagen liegen.</translation>
    </message>
    <message>
        <source>Write after how many failed attempts the account locks, from 0 (never) to 1000.</source>
        <translation>Geben Sie an, nach wie vielen Fehlversuchen das Konto gesperrt wird, von 0 (nie) bis 1000.</translation>
    </message>
    <message>
        <source>Shop admin</source>
        <translation>Shop-Adminbereich</translation>
    </message>
    <message>
        <source>Hosting panel</source>
        <translation>Hosting-Panel</translation>
    </message>
    <message>
        <source>Server (SSH, root)</source>
        <translation>Server (SSH, root)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>DNS and domain registrar</source>
        <translation>DNS und Domain-Registrar</translation>
    </message>
    <message>
        <source>CDN</source>
        <translation>CDN</translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation>Zahlungsdienstleister</translation>
    </message>
    <message>
        <source>Code repository</source>
        <translation>Code-Repository</translation>
    </message>
    <message>
        <source>Backup storage</source>
        <translation>Backup-Speicher</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Webanalyse</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>This row has no user name.</source>
        <translation>Diese Zeile hat keinen Benutzernamen.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already on line %2; each account can be in the file only once.</source>
        <translation>Der Benutzername „%1“ steht schon in Zeile %2; jedes Konto darf nur einmal in der Datei vorkommen.</translation>
    </message>
    <message>
        <source>Other CSV file</source>
        <translation>Andere CSV-Datei</translation>
    </message>
    <message>
        <source>The file lists no accounts.</source>
        <translation>Die Datei enthält keine Konten.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Choose the column that holds the user names.</source>
        <translation>Wählen Sie die Spalte, die die Benutzernamen enthält.</translation>
    </message>
    <message>
        <source>The file has no column named %1. Check the columns chosen for each field.</source>
        <translation>Die Datei hat keine Spalte namens %1. Prüfen Sie die für jedes Feld gewählten Spalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the column &quot;%2&quot; is neither active nor disabled.</source>
        <translation>„%1“ in der Spalte „%2“ ist weder active noch disabled (aktiv oder deaktiviert).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the column &quot;Status&quot; is not Active, Suspended or Archived.</source>
        <translation>„%1“ in der Spalte „Status“ ist weder Active noch Suspended noch Archived.</translation>
    </message>
    <message>
        <source>This file does not look like a %1 export: it has no column named %2.</source>
        <translation>Diese Datei sieht nicht nach einem Export aus %1 aus: Sie hat keine Spalte namens %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the column &quot;%2&quot; is not a date Storefort can read. Write it like 2024-01-31 or 2024-01-31 10:20:30.</source>
        <translation>„%1“ in der Spalte „%2“ ist kein Datum, das Storefort lesen kann. Schreiben Sie es etwa als 2024-01-31 oder 2024-01-31 10:20:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the column &quot;%2&quot; is neither yes nor no. Write yes or no, true or false, or 1 or 0.</source>
        <translation>„%1“ in der Spalte „%2“ ist weder yes noch no. Schreiben Sie yes oder no, true oder false oder 1 oder 0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the column &quot;id_profile&quot; is not a profile number.</source>
        <translation>„%1“ in der Spalte „id_profile“ ist keine Profilnummer.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Von Hand erfasst</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>In the future</source>
        <translation>In der Zukunft</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>Vor %n Tag</numerusform>
            <numerusform>Vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>Vor %n Woche</numerusform>
            <numerusform>Vor %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>Vor %n Monat</numerusform>
            <numerusform>Vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>Vor %n Jahr</numerusform>
            <numerusform>Vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Last signed in on %1</source>
        <translation>Zuletzt angemeldet am %1</translation>
    </message>
    <message>
        <source>The system&apos;s export does not say when this account last signed in, or it never has.</source>
        <translation>Der Export des Systems gibt nicht an, wann sich dieses Konto zuletzt angemeldet hat, oder es hat sich noch nie angemeldet.</translation>
    </message>
    <message>
        <source>Password last changed on %1</source>
        <translation>Passwort zuletzt geändert am %1</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Nobody in the team is linked to this account yet.</source>
        <translation>Diesem Konto ist noch niemand aus dem Team zugeordnet.</translation>
    </message>
    <message>
        <source>Imported on %1</source>
        <translation>Importiert am %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Angezeigter Name</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Gehört zu</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Data it reaches</source>
        <translation>Zugriff auf Daten</translation>
    </message>
    <message>
        <source>Two-step sign-in</source>
        <translation>Anmeldung in zwei Schritten</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>The team members who use this account. More than one means it is shared.</source>
        <translation>Die Teammitglieder, die dieses Konto nutzen. Mehr als eines bedeutet, dass es gemeinsam genutzt wird.</translation>
    </message>
    <message>
        <source>The kinds of the shop&apos;s data this account can see or change</source>
        <translation>Die Arten von Shop-Daten, die dieses Konto sehen oder ändern kann</translation>
    </message>
    <message>
        <source>Whether the account needs a second step (an app or a code) to sign in</source>
        <translation>Ob das Konto für die Anmeldung einen zweiten Schritt braucht (eine App oder einen Code)</translation>
    </message>
    <message>
        <source>The file the account was last imported from</source>
        <translation>Die Datei, aus der das Konto zuletzt importiert wurde</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts &amp; access</source>
        <translation>Konten und Zugriff</translation>
    </message>
    <message>
        <source>Every account on your shop&apos;s systems is a way in, for the person it belongs to and for anyone who steals its password. Give each person an account of their own with only the access their work needs, and close accounts nobody uses.</source>
        <translation>Jedes Konto auf den Systemen Ihres Shops ist ein Zugang – für die Person, der es gehört, und für jeden, der sein Passwort stiehlt. Geben Sie jeder Person ein eigenes Konto mit genau dem Zugriff, den ihre Arbeit erfordert, und schließen Sie Konten, die niemand nutzt.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Who Can See What</source>
        <translation>Wer was sehen kann</translation>
    </message>
    <message>
        <source>Developer Letters</source>
        <translation>Briefe an Entwickler</translation>
    </message>
    <message>
        <source>Leavers</source>
        <translation>Ausgeschiedene Personen</translation>
    </message>
    <message>
        <source>Stored Passwords</source>
        <translation>Gespeicherte Passwörter</translation>
    </message>
    <message>
        <source>Accounts &amp; access sections</source>
        <translation>Abschnitte zu Konten und Zugriff</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Add S&amp;ystem…</source>
        <translation>S&amp;ystem hinzufügen…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Import Accounts…</source>
        <translation>Konten &amp;importieren…</translation>
    </message>
    <message>
        <source>Add Acc&amp;ount…</source>
        <translation>&amp;Konto hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>Konto &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start with your shop&apos;s admin.&lt;/b&gt;&lt;br&gt;Add each system people sign in to for the shop — the shop admin, the hosting panel, email — then import its list of users, exported as a CSV file.</source>
        <translation>&lt;b&gt;Beginnen Sie mit dem Adminbereich Ihres Shops.&lt;/b&gt;&lt;br&gt;Fügen Sie jedes System hinzu, bei dem sich Leute für den Shop anmelden – den Shop-Adminbereich, das Hosting-Panel, E-Mail –, und importieren Sie dann jeweils die Liste seiner Benutzer, als CSV-Datei exportiert.</translation>
    </message>
    <message>
        <source>Add the &amp;Shop&apos;s Admin…</source>
        <translation>&amp;Shop-Adminbereich hinzufügen…</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>The systems where the shop&apos;s accounts live. Choose one to see its accounts.</source>
        <translation>Die Systeme, auf denen die Konten des Shops liegen. Wählen Sie eines aus, um seine Konten zu sehen.</translation>
    </message>
    <message>
        <source>Add a system people sign in to for the shop</source>
        <translation>Ein System hinzufügen, bei dem sich Leute für den Shop anmelden</translation>
    </message>
    <message>
        <source>Change the chosen system&apos;s details: its audit log and password rules</source>
        <translation>Die Angaben des gewählten Systems ändern: sein Protokoll und seine Passwortregeln</translation>
    </message>
    <message>
        <source>Take the chosen system and its accounts off the plan</source>
        <translation>Das ausgewählte System und seine Konten aus dem Plan entfernen</translation>
    </message>
    <message>
        <source>S&amp;ystems</source>
        <translation>S&amp;ysteme</translation>
    </message>
    <message>
        <source>Search user names, names and emails</source>
        <translation>Benutzernamen, Namen und E-Mail-Adressen durchsuchen</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Konten durchsuchen</translation>
    </message>
    <message>
        <source>Show accounts that are</source>
        <translation>Anzuzeigende Konten</translation>
    </message>
    <message>
        <source>Active and disabled</source>
        <translation>Aktive und deaktivierte</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <source>Disabled only</source>
        <translation>Nur deaktivierte</translation>
    </message>
    <message>
        <source>Removed only</source>
        <translation>Nur entfernte</translation>
    </message>
    <message>
        <source>All, removed ones too</source>
        <translation>Alle, auch entfernte</translation>
    </message>
    <message>
        <source>Removed accounts are those the latest import no longer listed; they stay on file as history.</source>
        <translation>Entfernte Konten sind Konten, die der letzte Import nicht mehr aufgeführt hat; sie bleiben als Verlauf erfasst.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Read the accounts from a file exported from the system, and see what would change before anything does</source>
        <translation>Die Konten aus einer Datei lesen, die aus dem System exportiert wurde, und sehen, was sich ändern würde, bevor sich etwas ändert</translation>
    </message>
    <message>
        <source>Enter an account that no export lists</source>
        <translation>Ein Konto eingeben, das in keinem Export steht</translation>
    </message>
    <message>
        <source>Say whom the chosen account belongs to and what it can reach</source>
        <translation>Angeben, wem das ausgewählte Konto gehört und worauf es zugreifen kann</translation>
    </message>
    <message>
        <source>All systems (%1)</source>
        <translation>Alle Systeme (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, run by %2</source>
        <translation>%1, betrieben von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) (%1 shown)</source>
        <translation>
            <numerusform>%n Konto (%1 angezeigt)</numerusform>
            <numerusform>%n Konten (%1 angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from the plan?</source>
        <translation>%1 aus dem Plan entfernen?</translation>
    </message>
    <message>
        <source>Remove System</source>
        <translation>System entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Account Not Added</source>
        <translation>Konto nicht hinzugefügt</translation>
    </message>
    <message>
        <source>It has no accounts on file. You can undo the removal with Edit &gt; Undo.</source>
        <translation>Es sind keine Konten erfasst. Sie können das Entfernen mit Bearbeiten &gt; Rückgängig zurücknehmen.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n account(s) on file go with it, with the replies and leavers&apos; steps recorded for them. This cannot be undone; the History keeps a record.</source>
        <translation>
            <numerusform>Sein %n erfasstes Konto wird mit entfernt, samt den dazu erfassten Antworten und Schritten für ausgeschiedene Personen. Das lässt sich nicht rückgängig machen; der Verlauf behält einen Eintrag.</numerusform>
            <numerusform>Seine %n erfassten Konten werden mit entfernt, samt den dazu erfassten Antworten und Schritten für ausgeschiedene Personen. Das lässt sich nicht rückgängig machen; der Verlauf behält einen Eintrag.</numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts of %1 on file yet. Export its list of users as a CSV file and choose Import Accounts, or drop the file here.</source>
        <translation>Noch keine Konten von %1 erfasst. Exportieren Sie die Benutzerliste des Systems als CSV-Datei und wählen Sie „Konten importieren“, oder legen Sie die Datei hier ab.</translation>
    </message>
    <message>
        <source>No accounts on file yet. Export each system&apos;s list of users as a CSV file and choose Import Accounts, or drop the file here.</source>
        <translation>Noch keine Konten erfasst. Exportieren Sie die Benutzerliste jedes Systems als CSV-Datei und wählen Sie „Konten importieren“, oder legen Sie die Datei hier ab.</translation>
    </message>
    <message>
        <source>Drop one file at a time.</source>
        <translation>Legen Sie jeweils nur eine Datei ab.</translation>
    </message>
    <message>
        <source>Each import reads one system&apos;s list of users: drop the CSV file exported from it.</source>
        <translation>Jeder Import liest die Benutzerliste eines Systems: Legen Sie die daraus exportierte CSV-Datei ab.</translation>
    </message>
    <message>
        <source>Only a file on this computer can be imported.</source>
        <translation>Nur eine Datei auf diesem Computer kann importiert werden.</translation>
    </message>
    <message>
        <source>Save the export to this computer first, then drop the saved file here.</source>
        <translation>Speichern Sie den Export zuerst auf diesem Computer und legen Sie dann die gespeicherte Datei hier ab.</translation>
    </message>
    <message>
        <source>A folder cannot be imported.</source>
        <translation>Ein Ordner kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>Open the folder and drop the CSV file with the list of users instead.</source>
        <translation>Öffnen Sie den Ordner und legen Sie stattdessen die CSV-Datei mit der Benutzerliste ab.</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>It may have been moved or deleted. Drop the file again from where it is now.</source>
        <translation>Die Datei wurde möglicherweise verschoben oder gelöscht. Legen Sie sie erneut ab, von dort, wo sie jetzt liegt.</translation>
    </message>
    <message>
        <source>%1 is not a CSV file.</source>
        <translation>%1 ist keine CSV-Datei.</translation>
    </message>
    <message>
        <source>Export the list of users from the system as a CSV file, then drop that file here.</source>
        <translation>Exportieren Sie die Benutzerliste aus dem System als CSV-Datei und legen Sie diese Datei dann hier ab.</translation>
    </message>
    <message>
        <source>This plan is open read-only: nothing can be imported.</source>
        <translation>Dieser Plan ist schreibgeschützt geöffnet: Es kann nichts importiert werden.</translation>
    </message>
    <message>
        <source>Add the system first.</source>
        <translation>Fügen Sie zuerst das System hinzu.</translation>
    </message>
    <message>
        <source>Say which system the accounts are on with Add System, then drop the file again.</source>
        <translation>Geben Sie mit „System hinzufügen“ an, auf welchem System die Konten liegen, und legen Sie die Datei dann erneut ab.</translation>
    </message>
</context>
<context>
    <name>AddPersonCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddProviderCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddRecoveryItemCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddSystemCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>%1 holds accounts now, so adding it cannot be undone. Remove the system if it must go.</source>
        <translation>%1 enthält inzwischen Konten, daher lässt sich das Hinzufügen nicht rückgängig machen. Entfernen Sie das System, wenn es weg soll.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Change the Answer</source>
        <translation>Antwort ändern</translation>
    </message>
    <message>
        <source>Record an Answer</source>
        <translation>Antwort erfassen</translation>
    </message>
    <message>
        <source>What good looks like: %1</source>
        <translation>So sollte es sein: %1</translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation>Wer geantwortet hat</translation>
    </message>
    <message>
        <source>A name at the provider, their email, or the document</source>
        <translation>Ein Name beim Dienstleister, dessen E-Mail-Adresse oder das Dokument</translation>
    </message>
    <message>
        <source>Date the answer was given</source>
        <translation>Datum der Antwort</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Their answer:</source>
        <translation>&amp;Antwort:</translation>
    </message>
    <message>
        <source>&amp;Who answered:</source>
        <translation>Antwort &amp;von:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Datum der Antwort:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>&amp;Save Answer</source>
        <translation>Antwort &amp;speichern</translation>
    </message>
    <message>
        <source>Choose or enter their answer.</source>
        <translation>Wählen Sie die Antwort aus oder geben Sie sie ein.</translation>
    </message>
    <message>
        <source>Say who gave the answer: a name, an email or a document.</source>
        <translation>Geben Sie an, wer geantwortet hat: einen Namen, eine E-Mail-Adresse oder ein Dokument.</translation>
    </message>
    <message>
        <source>The date lies in the future. Use the day they gave the answer, today (%1) at the latest.</source>
        <translation>Das Datum liegt in der Zukunft. Geben Sie den Tag an, an dem die Antwort gegeben wurde – spätestens heute (%1).</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>They do&amp;n’t know</source>
        <translation>&amp;Weiß es nicht</translation>
    </message>
    <message>
        <source>Choose their answer…</source>
        <translation>Antwort auswählen…</translation>
    </message>
    <message>
        <source>They don’t know</source>
        <translation>Weiß es nicht</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Keines davon</translation>
    </message>
    <message>
        <source>Answer in %1</source>
        <translation>Antwort in %1</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>usage: storefort-cli audit log|verify PATH</source>
        <translation>Aufruf: storefort-cli audit log|verify PATH</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Only this area (plan, shop, team, ...).</source>
        <translation>Nur dieser Bereich (plan, shop, team, ...).</translation>
    </message>
    <message>
        <source>Only changes by this person or user.</source>
        <translation>Nur Änderungen dieser Person oder dieses Benutzers.</translation>
    </message>
    <message>
        <source>From this date (YYYY-MM-DD).</source>
        <translation>Ab diesem Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Up to this date (YYYY-MM-DD).</source>
        <translation>Bis zu diesem Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Usage: storefort-cli audit log PATH [--json] [--area AREA] [--person NAME] [--since DATE] [--until DATE]</source>
        <translation>Aufruf: storefort-cli audit log PATH [--json] [--area AREA] [--person NAME] [--since DATE] [--until DATE]</translation>
    </message>
    <message>
        <source>Usage: storefort-cli audit verify PATH</source>
        <translation>Aufruf: storefort-cli audit verify PATH</translation>
    </message>
    <message>
        <source>First broken entry: %1</source>
        <translation>Erster fehlerhafter Eintrag: %1</translation>
    </message>
    <message numerus="yes">
        <source>The history is intact: %n change(s), each linked to the one before.</source>
        <translation>
            <numerusform>Der Verlauf ist intakt: %n Änderung.</numerusform>
            <numerusform>Der Verlauf ist intakt: %n Änderungen, jede mit der vorherigen verknüpft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>entry %1 is missing</source>
        <translation>Eintrag %1 fehlt</translation>
    </message>
    <message>
        <source>it does not follow the entry before it</source>
        <translation>er schließt nicht an den vorherigen Eintrag an</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>sein Inhalt wurde nachträglich geändert</translation>
    </message>
    <message>
        <source>The history was tampered with at entry %1 (%2): %3.</source>
        <translation>Der Verlauf wurde bei Eintrag %1 (%2) manipuliert: %3.</translation>
    </message>
    <message>
        <source>The history was tampered with: it ends at entry %1, but the plan recorded %2 entries.</source>
        <translation>Der Verlauf wurde manipuliert: Er endet bei Eintrag %1, aber im Plan sind %2 Einträge vermerkt.</translation>
    </message>
    <message>
        <source>it could not be read (%1)</source>
        <translation>der Verlauf konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>it ends at entry %1, but the plan recorded %2 entries</source>
        <translation>der Verlauf endet bei Eintrag %1, aber im Plan sind %2 Einträge vermerkt</translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Plan created</source>
        <translation>Plan angelegt</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Name des Shops</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Webadressen</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Plan owner</source>
        <translation>Verantwortlich für den Plan</translation>
    </message>
    <message>
        <source>“I am” on this computer</source>
        <translation>„Ich bin“ auf diesem Computer</translation>
    </message>
    <message>
        <source>Team member %1 added</source>
        <translation>Teammitglied %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Team member %1 removed</source>
        <translation>Teammitglied %1 entfernt</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>date left</source>
        <translation>Austrittsdatum</translation>
    </message>
    <message>
        <source>Team member %1: %2</source>
        <translation>Teammitglied %1: %2</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>ausgeschieden am %1</translation>
    </message>
    <message>
        <source>The check fails at entry %1, written %2: %3.</source>
        <translation>Die Prüfung schlägt bei Eintrag %1 vom %2 fehl: %3.</translation>
    </message>
    <message>
        <source>The check fails at entry %1: %2.</source>
        <translation>Die Prüfung schlägt bei Eintrag %1 fehl: %2.</translation>
    </message>
    <message>
        <source>The check fails: %1.</source>
        <translation>Die Prüfung schlägt fehl: %1.</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>System %1: %2</source>
        <translation>System %1: %2</translation>
    </message>
    <message>
        <source>Account %1: reply to the confirmation letter</source>
        <translation>Konto %1: Antwort auf das Bestätigungsschreiben</translation>
    </message>
    <message>
        <source>Account %1: leaver&apos;s checklist</source>
        <translation>Konto %1: Checkliste für ausgeschiedene Personen</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Konto %1: %2</translation>
    </message>
    <message>
        <source>Confirmation letter removed</source>
        <translation>Bestätigungsschreiben entfernt</translation>
    </message>
    <message>
        <source>Confirmation letter written</source>
        <translation>Bestätigungsschreiben verfasst</translation>
    </message>
    <message>
        <source>Access of team member %1: %2</source>
        <translation>Zugriffe von Teammitglied %1: %2</translation>
    </message>
    <message>
        <source>Access review recorded</source>
        <translation>Zugriffsprüfung erfasst</translation>
    </message>
    <message>
        <source>From %1: %2 new, %3 changed, %4 removed</source>
        <translation>Aus %1: %2 neu, %3 geändert, %4 entfernt</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Entfernt: %1</translation>
    </message>
    <message>
        <source>Setting: months before answers are asked again</source>
        <translation>Einstellung: Monate, bis Antworten erneut erfragt werden</translation>
    </message>
    <message>
        <source>Setting: hours a backup may be old</source>
        <translation>Einstellung: Stunden, die ein Backup alt sein darf</translation>
    </message>
    <message>
        <source>Setting: days between checks of the recovery items</source>
        <translation>Einstellung: Tage zwischen den Prüfungen der Notfall-Elemente</translation>
    </message>
    <message>
        <source>DDoS readiness</source>
        <translation>DDoS-Vorsorge</translation>
    </message>
    <message>
        <source>Contingency binder</source>
        <translation>Notfallordner</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Encryption checked: %1</source>
        <translation>Verschlüsselung geprüft: %1</translation>
    </message>
    <message>
        <source>Setting: %1</source>
        <translation>Einstellung: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>Keine Bewertung</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Accounts imported into %1</source>
        <translation>Konten in %1 importiert</translation>
    </message>
    <message>
        <source>System added: %1</source>
        <translation>System hinzugefügt: %1</translation>
    </message>
    <message>
        <source>System removed: %1</source>
        <translation>System entfernt: %1</translation>
    </message>
    <message>
        <source>columns of its account list</source>
        <translation>Spalten der Kontenliste</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>keeps a log of who did what</source>
        <translation>führt ein Protokoll, wer was getan hat</translation>
    </message>
    <message>
        <source>days the log is kept</source>
        <translation>Tage, die das Protokoll aufbewahrt wird</translation>
    </message>
    <message>
        <source>log last looked at</source>
        <translation>Protokoll zuletzt durchgesehen</translation>
    </message>
    <message>
        <source>second sign-in step required</source>
        <translation>zweiter Anmeldeschritt vorgeschrieben</translation>
    </message>
    <message>
        <source>shortest password allowed</source>
        <translation>kürzestes zulässiges Passwort</translation>
    </message>
    <message>
        <source>days before a password must change</source>
        <translation>Tage, bis ein Passwort geändert werden muss</translation>
    </message>
    <message>
        <source>wrong passwords before it locks</source>
        <translation>Fehlversuche bis zur Sperre</translation>
    </message>
    <message>
        <source>built-in admin account</source>
        <translation>eingebautes Admin-Konto</translation>
    </message>
    <message>
        <source>Account added by hand: %1</source>
        <translation>Konto von Hand hinzugefügt: %1</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>vollständiger Name</translation>
    </message>
    <message>
        <source>whose it is</source>
        <translation>wem es gehört</translation>
    </message>
    <message>
        <source>role as the system names it</source>
        <translation>Rolle, wie das System sie nennt</translation>
    </message>
    <message>
        <source>data it reaches</source>
        <translation>Zugriff auf Daten</translation>
    </message>
    <message>
        <source>second sign-in step</source>
        <translation>zweiter Anmeldeschritt</translation>
    </message>
    <message>
        <source>last sign-in</source>
        <translation>letzte Anmeldung</translation>
    </message>
    <message>
        <source>last password change</source>
        <translation>letzte Passwortänderung</translation>
    </message>
    <message>
        <source>created on</source>
        <translation>erstellt am</translation>
    </message>
    <message>
        <source>shared by several people</source>
        <translation>von mehreren Personen genutzt</translation>
    </message>
    <message>
        <source>used by a program</source>
        <translation>von einem Programm genutzt</translation>
    </message>
    <message>
        <source>data their work needs</source>
        <translation>Daten, die ihre Arbeit erfordert</translation>
    </message>
    <message>
        <source>project ended on</source>
        <translation>Projekt beendet am</translation>
    </message>
    <message>
        <source>Setting: limits of the account rules</source>
        <translation>Einstellung: Schwellenwerte der Kontenregeln</translation>
    </message>
    <message>
        <source>Accounts removed with it: %1</source>
        <translation>Mit dem System entfernte Konten: %1</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Spalten: %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>Days the built-in admin may have signed in</source>
        <translation>Tage, innerhalb derer sich das eingebaute Admin-Konto angemeldet haben darf</translation>
    </message>
    <message>
        <source>Fewest days a log must be kept</source>
        <translation>Tage, die ein Protokoll mindestens aufbewahrt werden muss</translation>
    </message>
    <message>
        <source>Days before a log must be looked at</source>
        <translation>Tage, bis ein Protokoll durchgesehen werden muss</translation>
    </message>
    <message>
        <source>Shortest password</source>
        <translation>Kürzestes Passwort</translation>
    </message>
    <message>
        <source>Shortest password with a second sign-in step</source>
        <translation>Kürzestes Passwort mit zweitem Anmeldeschritt</translation>
    </message>
    <message>
        <source>Days before a password must change</source>
        <translation>Tage, bis ein Passwort geändert werden muss</translation>
    </message>
    <message>
        <source>Days before a password must change without a second step</source>
        <translation>Tage, bis ein Passwort ohne zweiten Anmeldeschritt geändert werden muss</translation>
    </message>
    <message>
        <source>Days without sign-in before an account counts as unused</source>
        <translation>Tage ohne Anmeldung, bis ein Konto als ungenutzt gilt</translation>
    </message>
    <message>
        <source>Most admins on one system</source>
        <translation>Höchstzahl an Administratorkonten pro System</translation>
    </message>
    <message>
        <source>Days between access reviews</source>
        <translation>Tage zwischen Zugriffsprüfungen</translation>
    </message>
    <message>
        <source>Days to answer a confirmation letter</source>
        <translation>Tage für die Antwort auf ein Bestätigungsschreiben</translation>
    </message>
    <message>
        <source>Recovery item added: %1</source>
        <translation>Notfall-Element hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Recovery item removed: %1</source>
        <translation>Notfall-Element entfernt: %1</translation>
    </message>
    <message>
        <source>Recovery item checked: %1</source>
        <translation>Notfall-Element geprüft: %1</translation>
    </message>
    <message>
        <source>Recovery item confirmed by hand: %1</source>
        <translation>Notfall-Element von Hand bestätigt: %1</translation>
    </message>
    <message>
        <source>Recovery item %1: secret replaced in the keychain</source>
        <translation>Notfall-Element %1: Geheimnis im Schlüsselbund ersetzt</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>team member who holds it</source>
        <translation>Teammitglied, das es verwahrt</translation>
    </message>
    <message>
        <source>provider who holds it</source>
        <translation>Dienstleister, der es verwahrt</translation>
    </message>
    <message>
        <source>where it is</source>
        <translation>wo es liegt</translation>
    </message>
    <message>
        <source>how to get at it</source>
        <translation>wie man herankommt</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>secret in the keychain</source>
        <translation>Geheimnis im Schlüsselbund</translation>
    </message>
    <message>
        <source>Recovery item %1: %2</source>
        <translation>Notfall-Element %1: %2</translation>
    </message>
    <message>
        <source>Kept in the keychain</source>
        <translation>Im Schlüsselbund hinterlegt</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>verwahrt von %1</translation>
    </message>
    <message>
        <source>secret kept in the keychain</source>
        <translation>Geheimnis im Schlüsselbund hinterlegt</translation>
    </message>
    <message>
        <source>DDoS plan: CDN</source>
        <translation>DDoS-Plan: CDN</translation>
    </message>
    <message>
        <source>DDoS plan: notes on the CDN</source>
        <translation>DDoS-Plan: Notizen zum CDN</translation>
    </message>
    <message>
        <source>DDoS plan: last drill</source>
        <translation>DDoS-Plan: letzte Übung</translation>
    </message>
    <message>
        <source>DDoS plan: notes on the drill</source>
        <translation>DDoS-Plan: Notizen zur Übung</translation>
    </message>
    <message>
        <source>Call tree: order of the calls</source>
        <translation>Alarmierungskette: Reihenfolge der Anrufe</translation>
    </message>
    <message>
        <source>DDoS plan: order of the steps</source>
        <translation>DDoS-Plan: Reihenfolge der Schritte</translation>
    </message>
    <message>
        <source>DDoS plan: %1</source>
        <translation>DDoS-Plan: %1</translation>
    </message>
    <message>
        <source>Call tree: call added</source>
        <translation>Alarmierungskette: Anruf hinzugefügt</translation>
    </message>
    <message>
        <source>Call tree: call removed</source>
        <translation>Alarmierungskette: Anruf entfernt</translation>
    </message>
    <message>
        <source>Call tree: call changed</source>
        <translation>Alarmierungskette: Anruf geändert</translation>
    </message>
    <message>
        <source>DDoS plan: step added: %1</source>
        <translation>DDoS-Plan: Schritt hinzugefügt: %1</translation>
    </message>
    <message>
        <source>DDoS plan: step removed: %1</source>
        <translation>DDoS-Plan: Schritt entfernt: %1</translation>
    </message>
    <message>
        <source>DDoS plan: step changed: %1</source>
        <translation>DDoS-Plan: Schritt geändert: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>not prepared</source>
        <translation>nicht vorbereitet</translation>
    </message>
    <message>
        <source>prepared on %1</source>
        <translation>vorbereitet am %1</translation>
    </message>
    <message>
        <source>prepared</source>
        <translation>vorbereitet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Finding accepted as a risk: %1</source>
        <translation>Befund als Risiko akzeptiert: %1</translation>
    </message>
    <message>
        <source>Accepted risk renewed: %1</source>
        <translation>Akzeptiertes Risiko erneuert: %1</translation>
    </message>
    <message>
        <source>Accepted risk withdrawn: %1</source>
        <translation>Risikoakzeptanz zurückgezogen: %1</translation>
    </message>
    <message>
        <source>Accepted risk %1: %2</source>
        <translation>Akzeptiertes Risiko %1: %2</translation>
    </message>
    <message>
        <source>accepted on %1</source>
        <translation>akzeptiert am %1</translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>bis auf Widerruf</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>Provider added: %1</source>
        <translation>Dienstleister hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Provider removed: %1</source>
        <translation>Dienstleister entfernt: %1</translation>
    </message>
    <message>
        <source>what they do</source>
        <translation>Art der Dienstleistung</translation>
    </message>
    <message>
        <source>what they run for the shop</source>
        <translation>was der Dienstleister für den Shop betreibt</translation>
    </message>
    <message>
        <source>contract start</source>
        <translation>Vertragsbeginn</translation>
    </message>
    <message>
        <source>contract end</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <source>support phone</source>
        <translation>Support-Telefon</translation>
    </message>
    <message>
        <source>support email</source>
        <translation>Support-E-Mail</translation>
    </message>
    <message>
        <source>customer portal</source>
        <translation>Kundenportal</translation>
    </message>
    <message>
        <source>support hours</source>
        <translation>Support-Zeiten</translation>
    </message>
    <message>
        <source>support day and night</source>
        <translation>Support rund um die Uhr</translation>
    </message>
    <message>
        <source>the shop&apos;s customer number</source>
        <translation>Kundennummer des Shops</translation>
    </message>
    <message>
        <source>whom to call when support does not help</source>
        <translation>wen man anruft, wenn der Support nicht weiterhilft</translation>
    </message>
    <message>
        <source>certifications</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message>
        <source>portal password</source>
        <translation>Portal-Passwort</translation>
    </message>
    <message>
        <source>portal user name</source>
        <translation>Benutzername im Portal</translation>
    </message>
    <message>
        <source>Provider %1: %2</source>
        <translation>Dienstleister %1: %2</translation>
    </message>
    <message>
        <source>Answer to %1</source>
        <translation>Antwort auf %1</translation>
    </message>
    <message>
        <source>Answer removed: %1</source>
        <translation>Antwort entfernt: %1</translation>
    </message>
    <message>
        <source>Answer to %1: who gave it</source>
        <translation>Antwort auf %1: wer geantwortet hat</translation>
    </message>
    <message>
        <source>Answer to %1: date given</source>
        <translation>Antwort auf %1: Datum der Antwort</translation>
    </message>
    <message>
        <source>Answer to %1: version of the question</source>
        <translation>Antwort auf %1: Version der Frage</translation>
    </message>
    <message>
        <source>Answer to %1: notes</source>
        <translation>Antwort auf %1: Notizen</translation>
    </message>
    <message>
        <source>Answer to %1: %2</source>
        <translation>Antwort auf %1: %2</translation>
    </message>
    <message>
        <source>Evidence file added to the answer to %1</source>
        <translation>Nachweisdatei zur Antwort auf %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Evidence file removed</source>
        <translation>Nachweisdatei entfernt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, bis %2</translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>The newest backup, %1, is less than an hour old (made %2).</source>
        <translation>Das neueste Backup, %1, ist weniger als eine Stunde alt (erstellt am %2).</translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, is %n hour(s) old (made %2).</source>
        <translation>
            <numerusform>Das neueste Backup, %1, ist %n Stunde alt (erstellt am %2).</numerusform>
            <numerusform>Das neueste Backup, %1, ist %n Stunden alt (erstellt am %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An older backup to go back to is there: %1, %n day(s) old (made %2).</source>
        <translation>
            <numerusform>Es gibt ein älteres Backup, auf das Sie zurückgreifen können: %1, %n Tag alt (erstellt am %2).</numerusform>
            <numerusform>Es gibt ein älteres Backup, auf das Sie zurückgreifen können: %1, %n Tage alt (erstellt am %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There is only one backup, so there is no older one to go back to. Keep at least one backup that is %n day(s) old or older.</source>
        <translation>
            <numerusform>Es gibt nur ein Backup, also kein älteres, auf das Sie zurückgreifen können. Bewahren Sie mindestens ein Backup auf, das %n Tag alt oder älter ist.</numerusform>
            <numerusform>Es gibt nur ein Backup, also kein älteres, auf das Sie zurückgreifen können. Bewahren Sie mindestens ein Backup auf, das %n Tage alt oder älter ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No backup is at least %n day(s) old, so there is no older one to go back to if the damage was done a while ago. The oldest, %1, was made %2.</source>
        <translation>
            <numerusform>Kein Backup ist mindestens %n Tag alt. Wurde der Schaden schon vor einiger Zeit angerichtet, gibt es also kein älteres, auf das Sie zurückgreifen können. Das älteste, %1, wurde am %2 erstellt.</numerusform>
            <numerusform>Kein Backup ist mindestens %n Tage alt. Wurde der Schaden schon vor einiger Zeit angerichtet, gibt es also kein älteres, auf das Sie zurückgreifen können. Das älteste, %1, wurde am %2 erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest backup, the folder %1, is empty.</source>
        <translation>Das neueste Backup, der Ordner %1, ist leer.</translation>
    </message>
    <message>
        <source>The newest backup, %1, is empty (0 bytes).</source>
        <translation>Das neueste Backup, %1, ist leer (0 Byte).</translation>
    </message>
    <message>
        <source>The newest backup, %1, is %2.</source>
        <translation>Das neueste Backup, %1, ist %2 groß.</translation>
    </message>
    <message>
        <source>The newest backup, %1, is %2: less than half the one before it (%3, %4). Check that nothing was left out of it.</source>
        <translation>Das neueste Backup, %1, ist %2 groß: weniger als halb so groß wie das vorherige (%3, %4). Prüfen Sie, ob darin nichts fehlt.</translation>
    </message>
    <message>
        <source>The newest backup, %1, is %2 (the one before it, %3, is %4).</source>
        <translation>Das neueste Backup, %1, ist %2 groß (das vorherige, %3, ist %4 groß).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the newest backup, the folder %1, cannot be read.</source>
        <translation>
            <numerusform>%n Datei im neuesten Backup, dem Ordner %1, kann nicht gelesen werden.</numerusform>
            <numerusform>%n Dateien im neuesten Backup, dem Ordner %1, können nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup is the folder %1; all %n file(s) in it can be read.</source>
        <translation>
            <numerusform>Das neueste Backup ist der Ordner %1; die %n Datei darin kann gelesen werden.</numerusform>
            <numerusform>Das neueste Backup ist der Ordner %1; alle %n Dateien darin können gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest backup, %1, cannot be read.</source>
        <translation>Das neueste Backup, %1, kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The newest backup, %1, can be read. It is not an archive Storefort can open, so what is inside was not checked.</source>
        <translation>Das neueste Backup, %1, kann gelesen werden. Es ist kein Archiv, das Storefort öffnen kann, daher wurde sein Inhalt nicht geprüft.</translation>
    </message>
    <message>
        <source>The newest backup, %1, opens: it unpacks to the end without errors.</source>
        <translation>Das neueste Backup, %1, lässt sich öffnen: Es wird ohne Fehler bis zum Ende entpackt.</translation>
    </message>
    <message>
        <source>The newest backup, %1, is very large: its first %2 were read, and they unpack without errors.</source>
        <translation>Das neueste Backup, %1, ist sehr groß: Die ersten %2 wurden gelesen und lassen sich ohne Fehler entpacken.</translation>
    </message>
    <message>
        <source>The newest backup, %1, is damaged: it ends before its packed contents do. It was probably cut short while it was made or copied.</source>
        <translation>Das neueste Backup, %1, ist beschädigt: Es endet, bevor sein gepackter Inhalt zu Ende ist. Vermutlich wurde es beim Erstellen oder Kopieren abgeschnitten.</translation>
    </message>
    <message>
        <source>The newest backup, %1, is damaged: part of it cannot be unpacked.</source>
        <translation>Das neueste Backup, %1, ist beschädigt: Ein Teil davon lässt sich nicht entpacken.</translation>
    </message>
    <message>
        <source>The newest backup, %1, is not the kind of file its name says: it is not packed (compressed) as its name claims.</source>
        <translation>Das neueste Backup, %1, ist nicht die Art von Datei, die der Name angibt: Es ist nicht gepackt (komprimiert), wie sein Name behauptet.</translation>
    </message>
    <message>
        <source>The newest backup, %1, opens, but there are no files in it.</source>
        <translation>Das neueste Backup, %1, lässt sich öffnen, enthält aber keine Dateien.</translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, opens: all %n file(s) in it can be read.</source>
        <translation>
            <numerusform>Das neueste Backup, %1, lässt sich öffnen: Die %n Datei darin kann gelesen werden.</numerusform>
            <numerusform>Das neueste Backup, %1, lässt sich öffnen: Alle %n Dateien darin können gelesen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, is very large: its first %2 were read, and the %n file(s) in that part are whole.</source>
        <translation>
            <numerusform>Das neueste Backup, %1, ist sehr groß: Die ersten %2 wurden gelesen, und die %n Datei in diesem Teil ist vollständig.</numerusform>
            <numerusform>Das neueste Backup, %1, ist sehr groß: Die ersten %2 wurden gelesen, und die %n Dateien in diesem Teil sind vollständig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, is damaged: it ends before its last file (read %n file(s)). It was probably cut short while it was made or copied.</source>
        <translation>
            <numerusform>Das neueste Backup, %1, ist beschädigt: Es endet vor seiner letzten Datei (%n Datei gelesen). Vermutlich wurde es beim Erstellen oder Kopieren abgeschnitten.</numerusform>
            <numerusform>Das neueste Backup, %1, ist beschädigt: Es endet vor seiner letzten Datei (%n Dateien gelesen). Vermutlich wurde es beim Erstellen oder Kopieren abgeschnitten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, is damaged: part of it cannot be read (read %n file(s) before the damage).</source>
        <translation>
            <numerusform>Das neueste Backup, %1, ist beschädigt: Ein Teil davon kann nicht gelesen werden (%n Datei vor der beschädigten Stelle gelesen).</numerusform>
            <numerusform>Das neueste Backup, %1, ist beschädigt: Ein Teil davon kann nicht gelesen werden (%n Dateien vor der beschädigten Stelle gelesen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest backup, %1, is not the kind of file its name says: Storefort cannot open it as an archive.</source>
        <translation>Das neueste Backup, %1, ist nicht die Art von Datei, die der Name angibt: Storefort kann es nicht als Archiv öffnen.</translation>
    </message>
    <message>
        <source>No folder or file of backups is given.</source>
        <translation>Es ist kein Ordner und keine Datei mit Backups angegeben.</translation>
    </message>
    <message>
        <source>The backups&apos; place, %1, does not exist on this computer (or the drive or share it is on is not connected).</source>
        <translation>Der Speicherort der Backups, %1, existiert auf diesem Computer nicht (oder das Laufwerk bzw. die Netzwerkfreigabe, auf dem er liegt, ist nicht verbunden).</translation>
    </message>
    <message>
        <source>Storefort is not allowed to read the backups&apos; place, %1.</source>
        <translation>Storefort darf den Speicherort der Backups, %1, nicht lesen.</translation>
    </message>
    <message>
        <source>The folder %1 holds no backups: it is empty.</source>
        <translation>Der Ordner %1 enthält keine Backups: Er ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 holds %n backup(s).</source>
        <translation>
            <numerusform>Der Ordner %1 enthält %n Backup.</numerusform>
            <numerusform>Der Ordner %1 enthält %n Backups.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup file %1 is there.</source>
        <translation>Die Backup-Datei %1 ist vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, is %n hour(s) old (made %2). It should be at most %3 old: check that the backups still run.</source>
        <translation>
            <numerusform>Das neueste Backup, %1, ist %n Stunde alt (erstellt am %2). Es sollte höchstens %3 alt sein: Prüfen Sie, ob die Backups noch laufen.</numerusform>
            <numerusform>Das neueste Backup, %1, ist %n Stunden alt (erstellt am %2). Es sollte höchstens %3 alt sein: Prüfen Sie, ob die Backups noch laufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, is %n day(s) old (made %2). It should be at most %3 old: check that the backups still run.</source>
        <translation>
            <numerusform>Das neueste Backup, %1, ist %n Tag alt (erstellt am %2). Es sollte höchstens %3 alt sein: Prüfen Sie, ob die Backups noch laufen.</numerusform>
            <numerusform>Das neueste Backup, %1, ist %n Tage alt (erstellt am %2). Es sollte höchstens %3 alt sein: Prüfen Sie, ob die Backups noch laufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BinderSections</name>
    <message>
        <source>The site&apos;s encryption has not been probed yet. Probe it in the Encryption step and print the binder again.</source>
        <translation>Die Verschlüsselung der Website wurde noch nicht geprüft. Prüfen Sie sie im Schritt „Verschlüsselung“ und drucken Sie den Notfallordner erneut.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Protocols accepted</source>
        <translation>Akzeptierte Protokolle</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Probed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message numerus="yes">
        <source>Valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>Gültig bis %1 (noch %n Tag)</numerusform>
            <numerusform>Gültig bis %1 (noch %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>None seen</source>
        <translation>Keines gesehen</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) in the plan</source>
        <translation>
            <numerusform>%n System im Plan</numerusform>
            <numerusform>%n Systeme im Plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active account(s).</source>
        <translation>
            <numerusform>%n aktives Konto.</numerusform>
            <numerusform>%n aktive Konten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who holds admin rights</source>
        <translation>Wer Administratorrechte hat</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Gehört zu</translation>
    </message>
    <message>
        <source>Two-step login</source>
        <translation>Anmeldung in zwei Schritten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>niemand benannt</translation>
    </message>
    <message>
        <source>No admin accounts are on file.</source>
        <translation>Es sind keine Administratorkonten erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n open finding(s) about accounts; see the findings section.</source>
        <translation>
            <numerusform>%n offener Befund zu Konten; siehe den Abschnitt mit den Befunden.</numerusform>
            <numerusform>%n offene Befunde zu Konten; siehe den Abschnitt mit den Befunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers on file.</source>
        <translation>Keine Antworten erfasst.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Antwort von</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) — ask again</source>
        <translation>
            <numerusform>%n Tag – erneut fragen</numerusform>
            <numerusform>%n Tage – erneut fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>No providers are in the plan yet.</source>
        <translation>Es sind noch keine Dienstleister im Plan.</translation>
    </message>
    <message>
        <source>No open findings on the day this was printed.</source>
        <translation>Am Tag des Ausdrucks gab es keine offenen Befunde.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Risks accepted</source>
        <translation>Akzeptierte Risiken</translation>
    </message>
    <message>
        <source>No risks have been accepted.</source>
        <translation>Es wurden keine Risiken akzeptiert.</translation>
    </message>
    <message>
        <source>Why it is accepted</source>
        <translation>Warum es akzeptiert wird</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>The last changes to the site&apos;s code, newest first, as read from %1 on %2.</source>
        <translation>Die letzten Änderungen am Code der Website, neueste zuerst, gelesen aus %1 am %2.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>No change log yet: record where the site&apos;s code is kept (a git repository) under “Recovery items” and verify it.</source>
        <translation>Noch kein Änderungsprotokoll: Erfassen Sie unter „Notfall-Elemente“, wo der Code der Website liegt (ein git-Repository), und prüfen Sie ihn.</translation>
    </message>
    <message>
        <source>We have read this binder, checked that the people and numbers in it are right, and know where it is kept.</source>
        <translation>Wir haben diesen Notfallordner gelesen, geprüft, dass die Personen und Nummern darin stimmen, und wissen, wo er aufbewahrt wird.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation>Nächste Überprüfung: %1</translation>
    </message>
    <message>
        <source>At the review, open the plan in Storefort, verify the recovery items, go through the open findings, and print a new binder.</source>
        <translation>Öffnen Sie bei der Überprüfung den Plan in Storefort, prüfen Sie die Notfall-Elemente, gehen Sie die offenen Befunde durch und drucken Sie einen neuen Notfallordner.</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>your account: %1</source>
        <translation>Ihr Konto: %1</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Supportzeiten</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>When support does not help</source>
        <translation>Wenn der Support nicht weiterhilft</translation>
    </message>
    <message>
        <source>Around the clock</source>
        <translation>Rund um die Uhr</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>No providers are in the plan yet. Write your host&apos;s support number here by hand: ______________________</source>
        <translation>Es sind noch keine Dienstleister im Plan. Tragen Sie die Support-Nummer Ihres Hosters hier von Hand ein: ______________________</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Das Team</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>verantwortlich für den Plan</translation>
    </message>
    <message>
        <source>No team members are in the plan yet.</source>
        <translation>Es sind noch keine Teammitglieder im Plan.</translation>
    </message>
    <message>
        <source>Others to know</source>
        <translation>Weitere wichtige Stellen</translation>
    </message>
    <message>
        <source>Police (for a report after a crime) and, for personal data, your data protection authority. Write their numbers here:</source>
        <translation>Die Polizei (für eine Anzeige nach einer Straftat) und, bei personenbezogenen Daten, Ihre Datenschutzbehörde. Tragen Sie deren Nummern hier ein:</translation>
    </message>
    <message>
        <source>Call the host: %1.</source>
        <translation>Rufen Sie den Hoster an: %1.</translation>
    </message>
    <message>
        <source>Call your host&apos;s support.</source>
        <translation>Rufen Sie den Support Ihres Hosters an.</translation>
    </message>
    <message>
        <source>Find your situation and work down its list. Write the time beside each box you tick; it helps the people you call, and the review afterwards.</source>
        <translation>Suchen Sie Ihre Situation und arbeiten Sie die zugehörige Liste von oben nach unten ab. Notieren Sie neben jedem abgehakten Kästchen die Uhrzeit; das hilft den Menschen, die Sie anrufen, und der Nachbesprechung.</translation>
    </message>
    <message>
        <source>The shop is down or under attack (DDoS)</source>
        <translation>Der Shop ist ausgefallen oder wird angegriffen (DDoS)</translation>
    </message>
    <message>
        <source>The site does not load, or is very slow, for everyone.</source>
        <translation>Die Website lädt nicht oder ist sehr langsam, und zwar für alle.</translation>
    </message>
    <message>
        <source>Check from a phone on mobile data, not the office network: is it down for everyone?</source>
        <translation>Prüfen Sie es mit einem Handy über mobile Daten, nicht über das Büronetz: Ist die Website für alle ausgefallen?</translation>
    </message>
    <message>
        <source>Switch on the CDN&apos;s attack mode, or ask %1 to.</source>
        <translation>Schalten Sie den Angriffsmodus des CDN ein, oder bitten Sie %1 darum.</translation>
    </message>
    <message>
        <source>Ask the host whether it can filter the attack or put a CDN in front of the shop.</source>
        <translation>Fragen Sie den Hoster, ob er den Angriff filtern oder ein CDN vor den Shop schalten kann.</translation>
    </message>
    <message>
        <source>Work through the call tree in “DDoS plan and call tree”.</source>
        <translation>Arbeiten Sie die Alarmierungskette unter „DDoS-Plan und Alarmierungskette“ ab.</translation>
    </message>
    <message>
        <source>Tell customers the shop is having trouble and when you expect it back.</source>
        <translation>Sagen Sie den Kunden, dass der Shop Probleme hat und wann Sie ihn wieder erwarten.</translation>
    </message>
    <message>
        <source>Keep notes: when it started, what you saw, whom you called, what they said.</source>
        <translation>Machen Sie sich Notizen: wann es anfing, was Sie gesehen haben, wen Sie angerufen haben, was man Ihnen gesagt hat.</translation>
    </message>
    <message>
        <source>Suspected break-in or data leak</source>
        <translation>Verdacht auf Einbruch oder Datenleck</translation>
    </message>
    <message>
        <source>Unknown admin accounts, strange orders or changes, a warning from a provider, or customer data seen where it should not be.</source>
        <translation>Unbekannte Administratorkonten, merkwürdige Bestellungen oder Änderungen, eine Warnung von einem Dienstleister oder Kundendaten an einer Stelle, wo sie nicht hingehören.</translation>
    </message>
    <message>
        <source>Do not delete or tidy anything yet: it is the evidence. Write down what you saw and when.</source>
        <translation>Löschen oder bereinigen Sie noch nichts: Das sind die Beweise. Notieren Sie, was Sie gesehen haben und wann.</translation>
    </message>
    <message>
        <source>Call the developers: %1.</source>
        <translation>Rufen Sie die Entwickler an: %1.</translation>
    </message>
    <message>
        <source>Call whoever looks after the shop&apos;s code.</source>
        <translation>Rufen Sie die Person oder Firma an, die den Code des Shops betreut.</translation>
    </message>
    <message>
        <source>From a computer you trust, change the admin passwords and sign every session out. Check the admin accounts for ones you do not know.</source>
        <translation>Ändern Sie von einem Computer aus, dem Sie vertrauen, die Admin-Passwörter und melden Sie alle Sitzungen ab. Suchen Sie bei den Administratorkonten nach solchen, die Sie nicht kennen.</translation>
    </message>
    <message>
        <source>If card or payment data may be involved, call the payment provider: %1.</source>
        <translation>Wenn Karten- oder Zahlungsdaten betroffen sein könnten, rufen Sie den Zahlungsdienstleister an: %1.</translation>
    </message>
    <message>
        <source>If card or payment data may be involved, call the payment provider.</source>
        <translation>Wenn Karten- oder Zahlungsdaten betroffen sein könnten, rufen Sie den Zahlungsdienstleister an.</translation>
    </message>
    <message>
        <source>If personal data leaked, the data protection authority may have to be told quickly (in the EU within 72 hours). Note the time you found out.</source>
        <translation>Wenn personenbezogene Daten abgeflossen sind, muss womöglich schnell die Datenschutzbehörde informiert werden (in der EU innerhalb von 72 Stunden). Notieren Sie, wann Sie davon erfahren haben.</translation>
    </message>
    <message>
        <source>Tell the customers affected what happened and what they should do.</source>
        <translation>Sagen Sie den betroffenen Kunden, was passiert ist und was sie tun sollten.</translation>
    </message>
    <message>
        <source>The site has been defaced</source>
        <translation>Die Website wurde verunstaltet</translation>
    </message>
    <message>
        <source>Pages show something you did not put there.</source>
        <translation>Seiten zeigen etwas, das Sie nicht dort hingestellt haben.</translation>
    </message>
    <message>
        <source>Take screenshots, with the date and the address visible.</source>
        <translation>Machen Sie Bildschirmfotos, auf denen Datum und Adresse zu sehen sind.</translation>
    </message>
    <message>
        <source>Ask the host to put the shop into maintenance mode: %1.</source>
        <translation>Bitten Sie den Hoster, den Shop in den Wartungsmodus zu versetzen: %1.</translation>
    </message>
    <message>
        <source>Ask the host to put the shop into maintenance mode.</source>
        <translation>Bitten Sie den Hoster, den Shop in den Wartungsmodus zu versetzen.</translation>
    </message>
    <message>
        <source>Restore from a backup made before the change (see “Recovery items”; held by %1).</source>
        <translation>Stellen Sie den Shop aus einem Backup wieder her, das vor der Änderung erstellt wurde (siehe „Notfall-Elemente“; Verwahrer: %1).</translation>
    </message>
    <message>
        <source>Change the admin passwords, then find out how they got in (the change log and missing updates are the usual places).</source>
        <translation>Ändern Sie die Admin-Passwörter und finden Sie dann heraus, wie die Angreifer hineingekommen sind (meist zeigen das das Änderungsprotokoll und fehlende Updates).</translation>
    </message>
    <message>
        <source>Nobody can log in to the admin</source>
        <translation>Niemand kommt mehr in den Adminbereich</translation>
    </message>
    <message>
        <source>Passwords are refused, or the admin e-mail was changed.</source>
        <translation>Passwörter werden abgelehnt, oder die Admin-E-Mail-Adresse wurde geändert.</translation>
    </message>
    <message>
        <source>Try the password reset once; do not guess repeatedly.</source>
        <translation>Versuchen Sie einmal, das Passwort zurückzusetzen; raten Sie nicht wiederholt.</translation>
    </message>
    <message>
        <source>Ask the holder of the root account: %1.</source>
        <translation>Wenden Sie sich an den Verwahrer des Root-Kontos: %1.</translation>
    </message>
    <message>
        <source>Call the host or platform: %1.</source>
        <translation>Rufen Sie den Hoster oder die Plattform an: %1.</translation>
    </message>
    <message>
        <source>Call the host or platform&apos;s support.</source>
        <translation>Rufen Sie den Support des Hosters oder der Plattform an.</translation>
    </message>
    <message>
        <source>If someone changed the password or e-mail, treat it as a break-in and follow that list too.</source>
        <translation>Wenn jemand das Passwort oder die E-Mail-Adresse geändert hat, behandeln Sie das als Einbruch und arbeiten Sie auch diese Liste ab.</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>Das Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>Browsers warn visitors that the connection is not private.</source>
        <translation>Browser warnen Besucher, dass die Verbindung nicht privat ist.</translation>
    </message>
    <message>
        <source>Check the date in the browser&apos;s warning: expired, or another problem?</source>
        <translation>Prüfen Sie das Datum in der Warnung des Browsers: abgelaufen oder ein anderes Problem?</translation>
    </message>
    <message>
        <source>Ask whoever manages the certificate to renew it: %1.</source>
        <translation>Bitten Sie die Person oder Firma, die das Zertifikat verwaltet, es zu erneuern: %1.</translation>
    </message>
    <message>
        <source>Ask whoever manages the certificate to renew it.</source>
        <translation>Bitten Sie die Person oder Firma, die das Zertifikat verwaltet, es zu erneuern.</translation>
    </message>
    <message>
        <source>If it is renewed from the key on hand, the key, its request and passphrase are under “Recovery items”.</source>
        <translation>Wenn es mit dem vorhandenen Schlüssel erneuert wird: Den Schlüssel, seinen Zertifikatsantrag und die Passphrase finden Sie unter „Notfall-Elemente“.</translation>
    </message>
    <message>
        <source>Probe the site again in Storefort to see the new certificate served.</source>
        <translation>Prüfen Sie die Website in Storefort erneut, um zu sehen, dass das neue Zertifikat ausgeliefert wird.</translation>
    </message>
    <message>
        <source>A provider has an outage</source>
        <translation>Ein Dienstleister hat eine Störung</translation>
    </message>
    <message>
        <source>The host, the platform, payments or e-mail stop working.</source>
        <translation>Der Hoster, die Plattform, die Zahlungen oder die E-Mail funktionieren nicht mehr.</translation>
    </message>
    <message>
        <source>Check the provider&apos;s status page and support (see “Emergency contacts”).</source>
        <translation>Sehen Sie auf der Statusseite des Dienstleisters nach und wenden Sie sich an seinen Support (siehe „Notfallkontakte“).</translation>
    </message>
    <message>
        <source>Ask when they expect it fixed, and write down the answer and the time.</source>
        <translation>Fragen Sie, wann die Störung voraussichtlich behoben ist, und notieren Sie die Antwort und die Uhrzeit.</translation>
    </message>
    <message>
        <source>Tell customers what does not work and for how long.</source>
        <translation>Sagen Sie den Kunden, was nicht funktioniert und wie lange.</translation>
    </message>
    <message>
        <source>If it will last days: the backup, exports, certificate and code under “Recovery items” are what a new provider needs.</source>
        <translation>Wenn es Tage dauern wird: Das Backup, die Exporte, das Zertifikat und der Code unter „Notfall-Elemente“ sind das, was ein neuer Dienstleister braucht.</translation>
    </message>
    <message>
        <source>Ransomware, or the server is lost</source>
        <translation>Ransomware, oder der Server ist verloren</translation>
    </message>
    <message>
        <source>Files are locked with a ransom note, or the server is gone or cannot be trusted.</source>
        <translation>Dateien sind gesperrt und mit einer Lösegeldforderung versehen, oder der Server ist weg bzw. nicht mehr vertrauenswürdig.</translation>
    </message>
    <message>
        <source>Disconnect the affected computers from the network. Do not pay, and do not delete anything.</source>
        <translation>Trennen Sie die betroffenen Computer vom Netzwerk. Zahlen Sie nicht, und löschen Sie nichts.</translation>
    </message>
    <message>
        <source>Rebuild on a clean server from the older reference backup (made before the trouble), with the certificate, its key and the code.</source>
        <translation>Bauen Sie den Shop auf einem sauberen Server aus dem älteren Referenz-Backup (erstellt vor den Problemen) neu auf, mit dem Zertifikat, seinem Schlüssel und dem Code.</translation>
    </message>
    <message>
        <source>Use the root account (held by %1) to take the server back.</source>
        <translation>Holen Sie sich den Server mit dem Root-Konto (Verwahrer: %1) zurück.</translation>
    </message>
    <message>
        <source>Change every password, and report the crime to the police.</source>
        <translation>Ändern Sie alle Passwörter und zeigen Sie die Straftat bei der Polizei an.</translation>
    </message>
    <message>
        <source>What the shop has at hand to rebuild, who holds it, how to reach it, and what Storefort found when it was last checked.</source>
        <translation>Was der Shop für einen Neuaufbau zur Hand hat, wer es verwahrt, wie man herankommt und was Storefort bei der letzten Prüfung festgestellt hat.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Verwahrt von</translation>
    </message>
    <message>
        <source>Where, and how to reach it</source>
        <translation>Wo, und wie man herankommt</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>%1: not stored in Storefort.</source>
        <translation>%1: nicht in Storefort gespeichert.</translation>
    </message>
    <message>
        <source>%1: in the keychain of the user “%2” on the computer “%3”; they can open it, and %4 holds it.</source>
        <translation>%1: im Schlüsselbund des Benutzers „%2“ auf dem Computer „%3“; dieser Benutzer kann ihn öffnen, Verwahrer ist %4.</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Benutzername: %1</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>Nie geprüft</translation>
    </message>
    <message>
        <source>In front of the shop</source>
        <translation>Vor dem Shop</translation>
    </message>
    <message>
        <source>The latest probe saw %1 in front of the site.</source>
        <translation>Die letzte Prüfung hat %1 vor der Website gesehen.</translation>
    </message>
    <message>
        <source>CDN recorded: %1.</source>
        <translation>Erfasstes CDN: %1.</translation>
    </message>
    <message>
        <source>No CDN is in front of the shop as far as the plan knows.</source>
        <translation>Soweit der Plan weiß, ist dem Shop kein CDN vorgeschaltet.</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Angegeben am</translation>
    </message>
    <message>
        <source>What the providers said they do</source>
        <translation>Was die Dienstleister nach eigener Aussage tun</translation>
    </message>
    <message>
        <source>No provider has answered the questions about attacks yet.</source>
        <translation>Noch kein Dienstleister hat die Fragen zu Angriffen beantwortet.</translation>
    </message>
    <message>
        <source>Call tree</source>
        <translation>Alarmierungskette</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Who calls</source>
        <translation>Wer anruft</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>Wen</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>No call tree yet. Decide who calls the host, the CDN, the developers and the payment provider, and who tells customers.</source>
        <translation>Noch keine Alarmierungskette. Legen Sie fest, wer den Hoster, das CDN, die Entwickler und den Zahlungsdienstleister anruft und wer die Kunden informiert.</translation>
    </message>
    <message>
        <source>Prepared in advance</source>
        <translation>Vorab vorbereitet</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Last drill: %1.</source>
        <translation>Letzte Übung: %1.</translation>
    </message>
    <message>
        <source>The plan has never been drilled.</source>
        <translation>Der Plan wurde noch nie in einer Übung durchgespielt.</translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>bis auf Widerruf</translation>
    </message>
</context>
<context>
    <name>BinderView</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save &amp;Calendar…</source>
        <translation>Als &amp;Kalender speichern…</translation>
    </message>
    <message>
        <source>&amp;Whole Page</source>
        <translation>&amp;Ganze Seite</translation>
    </message>
    <message>
        <source>Fi&amp;t Width</source>
        <translation>Seiten&amp;breite</translation>
    </message>
    <message>
        <source>Preview of the contingency binder</source>
        <translation>Vorschau des Notfallordners</translation>
    </message>
    <message>
        <source>Show one whole page at a time</source>
        <translation>Jeweils eine ganze Seite anzeigen</translation>
    </message>
    <message>
        <source>Show the pages as wide as the window, to read them</source>
        <translation>Die Seiten so breit wie das Fenster anzeigen, um sie zu lesen</translation>
    </message>
    <message>
        <source>Print the binder and keep it in a drawer, away from the computer: on a bad day the computer may be the thing that is down. Print it again after changes, and look through it at least twice a year.</source>
        <translation>Drucken Sie den Notfallordner aus und bewahren Sie ihn in einer Schublade auf, getrennt vom Computer: Im Ernstfall ist womöglich gerade der Computer ausgefallen. Drucken Sie ihn nach Änderungen erneut und sehen Sie ihn mindestens zweimal im Jahr durch.</translation>
    </message>
    <message>
        <source>Print the binder</source>
        <translation>Den Notfallordner drucken</translation>
    </message>
    <message>
        <source>Save the binder as a PDF file, to print elsewhere or keep on a USB stick</source>
        <translation>Den Notfallordner als PDF-Datei speichern, um ihn woanders zu drucken oder auf einem USB-Stick aufzubewahren</translation>
    </message>
    <message>
        <source>Save the dates to check and renew things as reminders for your calendar program (.ics)</source>
        <translation>Die Termine zum Prüfen und Erneuern als Erinnerungen für Ihr Kalenderprogramm speichern (.ics)</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contingency binder</source>
        <translation>Notfallordner %1</translation>
    </message>
    <message>
        <source>Print the Contingency Binder</source>
        <translation>Notfallordner drucken</translation>
    </message>
    <message>
        <source>Printing the binder…</source>
        <translation>Der Notfallordner wird gedruckt…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n Seite an den Drucker gesendet.</numerusform>
            <numerusform>%n Seiten an den Drucker gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Binder Not Printed</source>
        <translation>Notfallordner nicht gedruckt</translation>
    </message>
    <message>
        <source>Save the Binder as PDF</source>
        <translation>Notfallordner als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the binder…</source>
        <translation>Der Notfallordner wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>The binder (%n page(s)) is saved as %1.</source>
        <translation>
            <numerusform>Der Notfallordner (%n Seite) ist als %1 gespeichert.</numerusform>
            <numerusform>Der Notfallordner (%n Seiten) ist als %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Binder Not Saved</source>
        <translation>Notfallordner nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) saved as %1. Open the file with your calendar program to add them.</source>
        <translation>
            <numerusform>%n Erinnerung als %1 gespeichert. Öffnen Sie die Datei mit Ihrem Kalenderprogramm, um sie hinzuzufügen.</numerusform>
            <numerusform>%n Erinnerungen als %1 gespeichert. Öffnen Sie die Datei mit Ihrem Kalenderprogramm, um sie hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Binder preview</source>
        <translation>Vorschau des Notfallordners</translation>
    </message>
</context>
<context>
    <name>CertificateInspector</name>
    <message>
        <source>A certificate of the chain has expired.</source>
        <translation>Ein Zertifikat der Kette ist abgelaufen.</translation>
    </message>
    <message>
        <source>A certificate of the chain is not valid yet.</source>
        <translation>Ein Zertifikat der Kette ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>The certificate is self-signed: browsers do not trust it.</source>
        <translation>Das Zertifikat ist selbst signiert: Browser vertrauen ihm nicht.</translation>
    </message>
    <message>
        <source>The chain ends at a root certificate that browsers do not trust.</source>
        <translation>Die Kette endet bei einem Stammzertifikat, dem Browser nicht vertrauen.</translation>
    </message>
    <message>
        <source>The chain does not lead to a trusted root: an intermediate certificate is missing or the issuer is not trusted.</source>
        <translation>Die Kette führt nicht zu einem vertrauenswürdigen Stammzertifikat: Ein Zwischenzertifikat fehlt, oder dem Aussteller wird nicht vertraut.</translation>
    </message>
    <message>
        <source>A key of the chain is too small for browsers to trust it.</source>
        <translation>Ein Schlüssel der Kette ist zu kurz, als dass Browser ihm vertrauen würden.</translation>
    </message>
    <message>
        <source>A certificate of the chain is signed with an algorithm too weak for browsers (such as SHA-1).</source>
        <translation>Ein Zertifikat der Kette ist mit einem Verfahren signiert, das für Browser zu schwach ist (etwa SHA-1).</translation>
    </message>
    <message>
        <source>The certificate is not meant for web servers.</source>
        <translation>Das Zertifikat ist nicht für Webserver bestimmt.</translation>
    </message>
    <message>
        <source>The certificate chain could not be verified: %1</source>
        <translation>Die Zertifikatskette konnte nicht überprüft werden: %1</translation>
    </message>
    <message>
        <source>The extra CA file %1 could not be read.</source>
        <translation>Die zusätzliche CA-Datei %1 konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>CertificateVerifier</name>
    <message>
        <source>No private key (.key file) was found in %1. Without it, the certificate cannot be put on a new server.</source>
        <translation>In %1 wurde kein privater Schlüssel (.key-Datei) gefunden. Ohne ihn lässt sich das Zertifikat nicht auf einem neuen Server einrichten.</translation>
    </message>
    <message>
        <source>The private key %1 opens: it is locked with a passphrase, and the passphrase on file opens it.</source>
        <translation>Der private Schlüssel %1 lässt sich öffnen: Er ist mit einer Passphrase geschützt, und die hinterlegte Passphrase öffnet ihn.</translation>
    </message>
    <message>
        <source>The private key %1 opens (it is not locked with a passphrase).</source>
        <translation>Der private Schlüssel %1 lässt sich öffnen (er ist nicht mit einer Passphrase geschützt).</translation>
    </message>
    <message>
        <source>The private key %1 is locked with a passphrase, and no passphrase is on file for it. Keep the passphrase in Storefort, or the key cannot be used on a bad day.</source>
        <translation>Der private Schlüssel %1 ist mit einer Passphrase geschützt, aber dafür ist keine Passphrase hinterlegt. Hinterlegen Sie die Passphrase in Storefort, sonst lässt sich der Schlüssel im Ernstfall nicht verwenden.</translation>
    </message>
    <message>
        <source>The private key %1 is locked with a passphrase, and the passphrase on file does not open it.</source>
        <translation>Der private Schlüssel %1 ist mit einer Passphrase geschützt, und die hinterlegte Passphrase öffnet ihn nicht.</translation>
    </message>
    <message>
        <source>The private key %1 cannot be read: it is damaged, or not a key.</source>
        <translation>Der private Schlüssel %1 kann nicht gelesen werden: Er ist beschädigt oder kein Schlüssel.</translation>
    </message>
    <message>
        <source>No signing request (.csr file) was found. Keep it with the key: it is what the certificate authority needs to issue the certificate again.</source>
        <translation>Es wurde kein Zertifikatsantrag (.csr-Datei) gefunden. Bewahren Sie ihn beim Schlüssel auf: Die Zertifizierungsstelle braucht ihn, um das Zertifikat erneut auszustellen.</translation>
    </message>
    <message>
        <source>The signing request %1 cannot be read: it is damaged.</source>
        <translation>Der Zertifikatsantrag %1 kann nicht gelesen werden: Er ist beschädigt.</translation>
    </message>
    <message>
        <source>The signing request %1 reads correctly.</source>
        <translation>Der Zertifikatsantrag %1 lässt sich korrekt lesen.</translation>
    </message>
    <message>
        <source>The private key %1 belongs to the signing request %2.</source>
        <translation>Der private Schlüssel %1 gehört zum Zertifikatsantrag %2.</translation>
    </message>
    <message>
        <source>The private key %1 does not belong to the signing request %2: the request was made with another key.</source>
        <translation>Der private Schlüssel %1 gehört nicht zum Zertifikatsantrag %2: Der Antrag wurde mit einem anderen Schlüssel erstellt.</translation>
    </message>
    <message>
        <source>No certificate (.crt file) was found. Keep it with the key, so that the site can be set up again without asking for it.</source>
        <translation>Es wurde kein Zertifikat (.crt-Datei) gefunden. Bewahren Sie es beim Schlüssel auf, damit die Website wieder eingerichtet werden kann, ohne dass Sie es anfordern müssen.</translation>
    </message>
    <message>
        <source>The certificate %1 cannot be read: it is damaged.</source>
        <translation>Das Zertifikat %1 kann nicht gelesen werden: Es ist beschädigt.</translation>
    </message>
    <message>
        <source>The certificate %1 reads correctly: it is for %2.</source>
        <translation>Das Zertifikat %1 lässt sich korrekt lesen: Es gilt für %2.</translation>
    </message>
    <message>
        <source>The private key %1 belongs to the certificate %2.</source>
        <translation>Der private Schlüssel %1 gehört zum Zertifikat %2.</translation>
    </message>
    <message>
        <source>The private key %1 does not belong to the certificate %2: the certificate was issued for another key, and cannot be used with this one.</source>
        <translation>Der private Schlüssel %1 gehört nicht zum Zertifikat %2: Das Zertifikat wurde für einen anderen Schlüssel ausgestellt und kann mit diesem nicht verwendet werden.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate %1 ran out on %2 (%n day(s) ago). Browsers refuse it: keep the renewed certificate here.</source>
        <translation>
            <numerusform>Das Zertifikat %1 ist am %2 abgelaufen (vor %n Tag). Browser lehnen es ab: Bewahren Sie hier das erneuerte Zertifikat auf.</numerusform>
            <numerusform>Das Zertifikat %1 ist am %2 abgelaufen (vor %n Tagen). Browser lehnen es ab: Bewahren Sie hier das erneuerte Zertifikat auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate %1 runs out on %2, in less than a day. Renew it now.</source>
        <translation>Das Zertifikat %1 läuft am %2 ab, in weniger als einem Tag. Erneuern Sie es jetzt.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate %1 runs out on %2, in %n day(s). Renew it soon.</source>
        <translation>
            <numerusform>Das Zertifikat %1 läuft am %2 ab, in %n Tag. Erneuern Sie es bald.</numerusform>
            <numerusform>Das Zertifikat %1 läuft am %2 ab, in %n Tagen. Erneuern Sie es bald.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate %1 is valid until %2 (%n day(s) left).</source>
        <translation>
            <numerusform>Das Zertifikat %1 ist gültig bis %2 (noch %n Tag).</numerusform>
            <numerusform>Das Zertifikat %1 ist gültig bis %2 (noch %n Tage).</numerusform>
        </translation>
    </message>
    <message>
        <source>the shop&apos;s site</source>
        <translation>die Website des Shops</translation>
    </message>
    <message>
        <source>Storefort has not probed %1 yet, so it cannot tell whether the private key %2 is the one the site uses.</source>
        <translation>Storefort hat %1 noch nicht geprüft und kann daher nicht sagen, ob der private Schlüssel %2 der ist, den die Website verwendet.</translation>
    </message>
    <message>
        <source>The private key %1 matches the certificate that %2 serves.</source>
        <translation>Der private Schlüssel %1 passt zu dem Zertifikat, das %2 ausliefert.</translation>
    </message>
    <message>
        <source>The private key %1 does not match the certificate that %2 serves now. If the certificate was renewed with a new key, keep that key here instead.</source>
        <translation>Der private Schlüssel %1 passt nicht zu dem Zertifikat, das %2 jetzt ausliefert. Wenn das Zertifikat mit einem neuen Schlüssel erneuert wurde, bewahren Sie stattdessen diesen Schlüssel hier auf.</translation>
    </message>
    <message>
        <source>No folder or file of the certificate is given.</source>
        <translation>Es ist kein Ordner und keine Datei des Zertifikats angegeben.</translation>
    </message>
    <message>
        <source>The certificate&apos;s place, %1, does not exist on this computer (or the drive or share it is on is not connected).</source>
        <translation>Der Speicherort des Zertifikats, %1, existiert auf diesem Computer nicht (oder das Laufwerk bzw. die Netzwerkfreigabe, auf dem er liegt, ist nicht verbunden).</translation>
    </message>
    <message>
        <source>Storefort is not allowed to read the certificate&apos;s place, %1.</source>
        <translation>Storefort darf den Speicherort des Zertifikats, %1, nicht lesen.</translation>
    </message>
    <message>
        <source>The folder %1 holds no private key, signing request or certificate.</source>
        <translation>Der Ordner %1 enthält keinen privaten Schlüssel, keinen Zertifikatsantrag und kein Zertifikat.</translation>
    </message>
    <message>
        <source>The file %1 holds no private key, signing request or certificate.</source>
        <translation>Die Datei %1 enthält keinen privaten Schlüssel, keinen Zertifikatsantrag und kein Zertifikat.</translation>
    </message>
</context>
<context>
    <name>Certification</name>
    <message>
        <source>PCI DSS attestation of compliance</source>
        <translation>Konformitätsbescheinigung nach PCI DSS</translation>
    </message>
    <message>
        <source>SOC 2 report</source>
        <translation>Bericht nach SOC 2</translation>
    </message>
    <message>
        <source>ISO/IEC 27001 certificate</source>
        <translation>Zertifikat nach ISO/IEC 27001</translation>
    </message>
    <message>
        <source>Other certification</source>
        <translation>Andere Zertifizierung</translation>
    </message>
</context>
<context>
    <name>CertificationsEditor</name>
    <message>
        <source>Add &amp;Certification…</source>
        <translation>&amp;Zertifizierung hinzufügen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Certificates show that an auditor checked the provider. A payment provider should have a PCI DSS attestation; hosts often have ISO 27001 or a SOC 2 report. Ask for a copy and note when it runs out.</source>
        <translation>Zertifikate belegen, dass ein Prüfer den Dienstleister kontrolliert hat. Ein Zahlungsdienstleister sollte eine Bescheinigung nach PCI DSS haben; Hoster haben oft ISO 27001 oder einen Bericht nach SOC 2. Bitten Sie um eine Kopie und notieren Sie, wann sie abläuft.</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>No expiry date on file</source>
        <translation>Kein Ablaufdatum hinterlegt</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Läuft heute ab</translation>
    </message>
    <message>
        <source>Expires tomorrow</source>
        <translation>Läuft morgen ab</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %Ln days</source>
        <translation>
            <numerusform>Läuft in %Ln Tag ab</numerusform>
            <numerusform>Läuft in %Ln Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind of certification</source>
        <translation>Art der Zertifizierung</translation>
    </message>
    <message>
        <source>Name or scope</source>
        <translation>Name oder Geltungsbereich</translation>
    </message>
    <message>
        <source>For Other: its name; otherwise an optional note on its scope</source>
        <translation>Bei „Andere Zertifizierung“: deren Name; sonst optional ein Hinweis zum Geltungsbereich</translation>
    </message>
    <message>
        <source>&amp;Runs out on</source>
        <translation>&amp;Gültig bis</translation>
    </message>
    <message>
        <source>Date it runs out</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>Add a Certification</source>
        <translation>Zertifizierung hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 of %2</source>
        <translation>%1 von %2 hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%1 von %2 bearbeiten</translation>
    </message>
    <message>
        <source>Remove %1 of %2</source>
        <translation>%1 von %2 entfernen</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
</context>
<context>
    <name>CheckOutcome</name>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>storefort-cli: %1</source>
        <translation>storefort-cli: %1</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ClientHelloBuilder</name>
    <message>
        <source>“%1” is not a valid host name.</source>
        <translation>„%1“ ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>The host name is longer than 255 characters.</source>
        <translation>Der Hostname ist länger als 255 Zeichen.</translation>
    </message>
    <message>
        <source>An ALPN protocol name must be 1 to 255 bytes long.</source>
        <translation>Ein ALPN-Protokollname muss 1 bis 255 Byte lang sein.</translation>
    </message>
    <message>
        <source>The ClientHello&apos;s extensions are too long.</source>
        <translation>Die Erweiterungen des ClientHello sind zu lang.</translation>
    </message>
    <message>
        <source>A ClientHello can only be built for SSLv3 up to TLS 1.3.</source>
        <translation>Ein ClientHello lässt sich nur für SSLv3 bis TLS 1.3 erstellen.</translation>
    </message>
    <message>
        <source>A ClientHello needs between 1 and 32767 cipher suites.</source>
        <translation>Ein ClientHello braucht zwischen 1 und 32767 Cipher-Suites.</translation>
    </message>
    <message>
        <source>An SSLv2 hello can offer at most 1000 cipher kinds.</source>
        <translation>Ein SSLv2-Hello kann höchstens 1000 Verschlüsselungsarten anbieten.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Der Zufallszahlengenerator des Systems hat versagt.</translation>
    </message>
    <message>
        <source>A key share for group %1 cannot be made.</source>
        <translation>Für die Gruppe %1 lässt sich kein Key-Share erzeugen.</translation>
    </message>
    <message>
        <source>OpenSSL could not make a key for %1.</source>
        <translation>OpenSSL konnte keinen Schlüssel für %1 erzeugen.</translation>
    </message>
    <message>
        <source>OpenSSL could not encode the key for %1.</source>
        <translation>OpenSSL konnte den Schlüssel für %1 nicht kodieren.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>bar (|)</source>
        <translation>senkrechter Strich (|)</translation>
    </message>
    <message>
        <source>Match the Columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Storefort does not know this kind of file. Say which column holds what; only the user name is needed. Storefort remembers your choice for this system.</source>
        <translation>Storefort kennt diese Art von Datei nicht. Geben Sie an, welche Spalte was enthält; nur der Benutzername ist erforderlich. Storefort merkt sich Ihre Auswahl für dieses System.</translation>
    </message>
    <message>
        <source>Columns are separated by a %1; the text is read as %2.</source>
        <translation>Trennzeichen der Spalten: %1; der Text wird als %2 gelesen.</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>&amp;User name (needed):</source>
        <translation>&amp;Benutzername (erforderlich):</translation>
    </message>
    <message>
        <source>The name used to sign in</source>
        <translation>Der Name, mit dem man sich anmeldet</translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation>Angezeigter &amp;Name:</translation>
    </message>
    <message>
        <source>The person&apos;s full name</source>
        <translation>Der vollständige Name der Person</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>Used with the last name when the file has no full name</source>
        <translation>Wird mit dem Nachnamen kombiniert, wenn die Datei keinen vollständigen Namen enthält</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Nac&amp;hname:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Words such as administrator, manager, editor or viewer</source>
        <translation>Wörter wie administrator, manager, editor oder viewer</translation>
    </message>
    <message>
        <source>&amp;Two-step sign-in:</source>
        <translation>Anmeldung in &amp;zwei Schritten:</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes oder no</translation>
    </message>
    <message>
        <source>Last &amp;sign-in:</source>
        <translation>Letzte &amp;Anmeldung:</translation>
    </message>
    <message>
        <source>A date</source>
        <translation>Ein Datum</translation>
    </message>
    <message>
        <source>&amp;Password changed:</source>
        <translation>&amp;Passwort geändert:</translation>
    </message>
    <message>
        <source>&amp;Created:</source>
        <translation>Er&amp;stellt:</translation>
    </message>
    <message>
        <source>&amp;Active:</source>
        <translation>A&amp;ktiv:</translation>
    </message>
    <message>
        <source>yes or no, or words such as active, disabled, suspended or blocked</source>
        <translation>yes oder no oder Wörter wie active, disabled, suspended oder blocked</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Welche Spalte was enthält</translation>
    </message>
    <message>
        <source>Choose the column that holds the user names.</source>
        <translation>Wählen Sie die Spalte, die die Benutzernamen enthält.</translation>
    </message>
</context>
<context>
    <name>ConfirmationLetter</name>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Now that our project ended on %1, we are checking who can still get into %2.</source>
        <translation>Nachdem unser gemeinsames Projekt am %1 geendet hat, prüfen wir, wer noch Zugang zu %2 hat.</translation>
    </message>
    <message>
        <source>We are checking who can get into %1.</source>
        <translation>Wir prüfen, wer Zugang zu %1 hat.</translation>
    </message>
    <message>
        <source>Our records show the accounts below as held by you or your team. For each one, please confirm the user name and tell us whether you still need it, and if so, why. We will close the accounts you no longer need, and those we have not heard about by %1.</source>
        <translation>Laut unseren Unterlagen gehören die unten aufgeführten Konten Ihnen oder Ihrem Team. Bitte bestätigen Sie für jedes Konto den Benutzernamen und teilen Sie uns mit, ob Sie es noch benötigen und, falls ja, wozu. Konten, die Sie nicht mehr benötigen, und Konten, zu denen wir bis zum %1 nichts von Ihnen gehört haben, werden wir schließen.</translation>
    </message>
    <message>
        <source>Your accounts with %1: which do you still need?</source>
        <translation>Ihre Konten bei %1: Welche benötigen Sie noch?</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Guten Tag %1,</translation>
    </message>
    <message>
        <source>User name: %1 · role: %2 · last signed in: %3</source>
        <translation>Benutzername: %1 · Rolle: %2 · zuletzt angemeldet: %3</translation>
    </message>
    <message>
        <source>[ ] Keep it, because: ________________   [ ] Remove it</source>
        <translation>[ ] Behalten, weil: ________________   [ ] Entfernen</translation>
    </message>
    <message>
        <source>If you hold an account with us that is not on this list, please tell us about it too.</source>
        <translation>Falls Sie ein Konto bei uns haben, das nicht in dieser Liste steht, teilen Sie uns bitte auch das mit.</translation>
    </message>
    <message>
        <source>Thank you, and kind regards,</source>
        <translation>Vielen Dank und freundliche Grüße</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation>Zuletzt angemeldet</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>☐ Keep it, because:</source>
        <translation>☐ Behalten, weil:</translation>
    </message>
    <message>
        <source>☐ Remove it</source>
        <translation>☐ Entfernen</translation>
    </message>
    <message>
        <source>Could not write the letter to %1: %2</source>
        <translation>Der Brief konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ConfirmationLetterDialog</name>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;Email Program</source>
        <translation>Im &amp;E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Vorschau des Briefs</translation>
    </message>
    <message>
        <source>Write a Confirmation Letter</source>
        <translation>Bestätigungsschreiben verfassen</translation>
    </message>
    <message>
        <source>At the end of a project, ask the developer or agency to confirm each account they have and say why they still need it, or that it can go. Record their replies on the Letters tab.</source>
        <translation>Bitten Sie am Ende eines Projekts den Entwickler oder die Agentur, jedes Konto zu bestätigen, das sie haben, und anzugeben, wozu sie es noch brauchen oder ob es entfernt werden kann. Erfassen Sie die Antworten auf dem Reiter „Briefe an Entwickler“.</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (ausgeschieden)</translation>
    </message>
    <message>
        <source>Letter &amp;to</source>
        <translation>Brief &amp;an</translation>
    </message>
    <message>
        <source>Letter to %1 of %2</source>
        <translation>Brief an %1 vom %2</translation>
    </message>
    <message>
        <source>&amp;Record as Written</source>
        <translation>Als verfasst &amp;vermerken</translation>
    </message>
    <message>
        <source>Keeps the letter on file, so their replies can be recorded against it</source>
        <translation>Bewahrt den Brief im Plan auf, damit die Antworten dazu erfasst werden können</translation>
    </message>
    <message>
        <source>Opens a new email to %1 in your email program</source>
        <translation>Öffnet in Ihrem E-Mail-Programm eine neue E-Mail an %1</translation>
    </message>
    <message>
        <source>Add their email address on the Team page first</source>
        <translation>Tragen Sie zuerst die E-Mail-Adresse auf der Seite „Shop und Team“ ein</translation>
    </message>
    <message>
        <source>No developers or agencies in the team. Add them on the Team page first.</source>
        <translation>Im Team gibt es keine Entwickler oder Agenturen. Fügen Sie sie zuerst auf der Seite „Shop und Team“ hinzu.</translation>
    </message>
    <message>
        <source>%1 has no active accounts on file: there is nothing to ask.</source>
        <translation>Für %1 sind keine aktiven Konten erfasst: Es gibt nichts zu fragen.</translation>
    </message>
    <message>
        <source>Accounts letter to %1 %2.pdf</source>
        <translation>Kontenbrief an %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save Letter as PDF</source>
        <translation>Brief als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Letter Not Saved</source>
        <translation>Brief nicht gespeichert</translation>
    </message>
    <message>
        <source>The letter is saved as %1.</source>
        <translation>Der Brief wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>The text is copied. A subject to use: “%1”.</source>
        <translation>Der Text wurde kopiert. Als Betreff eignet sich: „%1“.</translation>
    </message>
    <message>
        <source>No Email Program</source>
        <translation>Kein E-Mail-Programm</translation>
    </message>
    <message>
        <source>No email program opened. Use “Copy Text” and paste it into a new email.</source>
        <translation>Es hat sich kein E-Mail-Programm geöffnet. Verwenden Sie „Text kopieren“ und fügen Sie den Text in eine neue E-Mail ein.</translation>
    </message>
    <message>
        <source>Letter Not Recorded</source>
        <translation>Brief nicht erfasst</translation>
    </message>
</context>
<context>
    <name>ConfirmationLettersView</name>
    <message>
        <source>&amp;Write Letter…</source>
        <translation>Brief &amp;schreiben…</translation>
    </message>
    <message>
        <source>&amp;Show Letter…</source>
        <translation>Brief &amp;anzeigen…</translation>
    </message>
    <message>
        <source>Remove Letter</source>
        <translation>Brief entfernen</translation>
    </message>
    <message>
        <source>Record &amp;Reply…</source>
        <translation>Antwort &amp;erfassen…</translation>
    </message>
    <message>
        <source>Letters written</source>
        <translation>Geschriebene Briefe</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Geschrieben am</translation>
    </message>
    <message>
        <source>Accounts asked</source>
        <translation>Erfragte Konten</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>The accounts the letter asked about, with their replies</source>
        <translation>Die im Brief erfragten Konten mit ihren Antworten</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Their reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Why they need it</source>
        <translation>Wozu es gebraucht wird</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>Geantwortet am</translation>
    </message>
    <message>
        <source>No developers or agencies in the team. When someone builds or looks after the shop for you, add them on the Team page; at the end of their project, write them a letter here asking which accounts they still need.</source>
        <translation>Im Team gibt es keine Entwickler oder Agenturen. Wenn jemand den Shop für Sie aufbaut oder betreut, fügen Sie die Person oder Agentur auf der Seite „Shop und Team“ hinzu; schreiben Sie ihr am Ende des Projekts hier einen Brief und fragen Sie, welche Konten sie noch braucht.</translation>
    </message>
    <message>
        <source>At the end of a project, write the developer or agency a letter asking which of their accounts they still need and why. Record each reply here: accounts they no longer need should be disabled.</source>
        <translation>Schreiben Sie dem Entwickler oder der Agentur am Ende eines Projekts einen Brief und fragen Sie, welche ihrer Konten sie noch brauchen und wozu. Erfassen Sie hier jede Antwort: Konten, die nicht mehr gebraucht werden, sollten deaktiviert werden.</translation>
    </message>
    <message>
        <source>%1 (project ended %2)</source>
        <translation>%1 (Projekt beendet am %2)</translation>
    </message>
    <message>
        <source>Letters to write: %1.</source>
        <translation>Noch zu schreibende Briefe: %1.</translation>
    </message>
    <message>
        <source>(removed from the team)</source>
        <translation>(aus dem Team entfernt)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No letters written yet.</source>
        <translation>Noch keine Briefe geschrieben.</translation>
    </message>
    <message>
        <source>Choose a letter to see its accounts and replies.</source>
        <translation>Wählen Sie einen Brief, um seine Konten und Antworten zu sehen.</translation>
    </message>
    <message>
        <source>Accounts asked about in the letter to %1 of %2:</source>
        <translation>Im Brief an %1 vom %2 erfragte Konten:</translation>
    </message>
    <message>
        <source>(no longer on file)</source>
        <translation>(nicht mehr erfasst)</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <source>Remove the letter to %1 of %2 and the replies recorded against it?</source>
        <translation>Den Brief an %1 vom %2 und die dazu erfassten Antworten entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Letter Not Removed</source>
        <translation>Brief nicht entfernt</translation>
    </message>
    <message>
        <source>Record Reply</source>
        <translation>Antwort erfassen</translation>
    </message>
    <message>
        <source>What did %1 say about the account “%2” on %3?</source>
        <translation>Was hat %1 zum Konto „%2“ auf %3 gesagt?</translation>
    </message>
    <message>
        <source>they</source>
        <translation>die Person</translation>
    </message>
    <message>
        <source>&amp;Keep it: they still need it</source>
        <translation>&amp;Behalten: wird noch gebraucht</translation>
    </message>
    <message>
        <source>Why, in their words (required)</source>
        <translation>Warum, in ihren eigenen Worten (erforderlich)</translation>
    </message>
    <message>
        <source>Why they still need it</source>
        <translation>Warum es noch gebraucht wird</translation>
    </message>
    <message>
        <source>&amp;Remove it: they no longer need it</source>
        <translation>&amp;Entfernen: wird nicht mehr gebraucht</translation>
    </message>
    <message>
        <source>Say why they still need it: “keep” needs a reason.</source>
        <translation>Geben Sie an, warum es noch gebraucht wird: „Behalten“ braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Reply Not Recorded</source>
        <translation>Antwort nicht erfasst</translation>
    </message>
</context>
<context>
    <name>ContingencyBinder</name>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>VERTRAULICH</translation>
    </message>
    <message>
        <source>Contingency binder</source>
        <translation>Notfallordner</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Gedruckt am %1</translation>
    </message>
    <message>
        <source>Plan as of %1 (change no. %2)</source>
        <translation>Stand des Plans: %1 (Änderung Nr. %2)</translation>
    </message>
    <message>
        <source>If something has gone wrong right now:</source>
        <translation>Wenn gerade etwas schiefgegangen ist:</translation>
    </message>
    <message>
        <source>Stay calm and do not delete anything. Turn to “First hour”, find what is happening, and work through it from the top, ticking each box. The people and companies to call are under “Emergency contacts”.</source>
        <translation>Bleiben Sie ruhig und löschen Sie nichts. Schlagen Sie „Erste Stunde“ auf, suchen Sie, was gerade passiert, und arbeiten Sie es von oben nach unten ab; haken Sie dabei jedes Kästchen ab. Die Personen und Firmen, die Sie anrufen sollten, stehen unter „Notfallkontakte“.</translation>
    </message>
    <message>
        <source>This binder holds names, phone numbers and where the shop&apos;s keys are kept. Keep it locked away, and give a copy only to the people it names. It holds no passwords: they stay in the keychain.</source>
        <translation>Dieser Notfallordner enthält Namen, Telefonnummern und Angaben dazu, wo die Schlüssel des Shops aufbewahrt werden. Halten Sie ihn unter Verschluss und geben Sie eine Kopie nur den Personen, die darin genannt sind. Er enthält keine Passwörter: Diese bleiben im Schlüsselbund.</translation>
    </message>
    <message>
        <source>This binder is for the day things go wrong: the shop is down, someone has broken in, or a provider has let you down. It was printed from the shop&apos;s security plan in Storefort, so it says what the plan knew on the day it was printed.</source>
        <translation>Dieser Notfallordner ist für den Tag, an dem etwas schiefgeht: Der Shop ist ausgefallen, jemand ist eingebrochen, oder ein Dienstleister hat Sie im Stich gelassen. Er wurde aus dem Sicherheitsplan des Shops in Storefort gedruckt und gibt daher den Stand des Plans am Tag des Ausdrucks wieder.</translation>
    </message>
    <message>
        <source>Keep one copy where you work and one away from it (at home, or with someone you trust). A binder that burns with the office helps nobody.</source>
        <translation>Bewahren Sie eine Kopie an Ihrem Arbeitsplatz auf und eine woanders (zu Hause oder bei jemandem, dem Sie vertrauen). Ein Notfallordner, der mit dem Büro verbrennt, hilft niemandem.</translation>
    </message>
    <message>
        <source>When something happens, open “First hour” and follow the list for your situation. Write the time beside each box you tick.</source>
        <translation>Wenn etwas passiert, schlagen Sie „Erste Stunde“ auf und folgen Sie der Liste für Ihre Situation. Notieren Sie neben jedem abgehakten Kästchen die Uhrzeit.</translation>
    </message>
    <message>
        <source>“Recovery items” says what you have at hand to rebuild the shop, who holds it, and when it was last checked.</source>
        <translation>„Notfall-Elemente“ zeigt, was Sie zur Hand haben, um den Shop neu aufzubauen, wer es verwahrt und wann es zuletzt geprüft wurde.</translation>
    </message>
    <message>
        <source>Passwords are not printed. Where one is needed, the binder says whose keychain holds it and who can open it.</source>
        <translation>Passwörter werden nicht gedruckt. Wo eines gebraucht wird, steht im Notfallordner, in wessen Schlüsselbund es liegt und wer es öffnen kann.</translation>
    </message>
    <message>
        <source>Print a new binder after every review, and shred the old one: phone numbers and people change.</source>
        <translation>Drucken Sie nach jeder Überprüfung einen neuen Notfallordner und vernichten Sie den alten: Telefonnummern und Personen ändern sich.</translation>
    </message>
    <message>
        <source>On the day it was printed, the plan had no open findings.</source>
        <translation>Am Tag des Ausdrucks hatte der Plan keine offenen Befunde.</translation>
    </message>
    <message numerus="yes">
        <source>On the day it was printed, the plan had %n open finding(s); they are listed near the end.</source>
        <translation>
            <numerusform>Am Tag des Ausdrucks hatte der Plan %n offenen Befund; er ist gegen Ende aufgeführt.</numerusform>
            <numerusform>Am Tag des Ausdrucks hatte der Plan %n offene Befunde; sie sind gegen Ende aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — contingency binder</source>
        <translation>%1 – Notfallordner</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt am %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>How to use this binder</source>
        <translation>So verwenden Sie diesen Notfallordner</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Notfallkontakte</translation>
    </message>
    <message>
        <source>First hour: what to do</source>
        <translation>Erste Stunde: was zu tun ist</translation>
    </message>
    <message>
        <source>Recovery items</source>
        <translation>Notfall-Elemente</translation>
    </message>
    <message>
        <source>DDoS plan and call tree</source>
        <translation>DDoS-Plan und Alarmierungskette</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Verschlüsselung (TLS)</translation>
    </message>
    <message>
        <source>Accounts and access</source>
        <translation>Konten und Zugänge</translation>
    </message>
    <message>
        <source>Providers&apos; answers on file</source>
        <translation>Erfasste Antworten der Dienstleister</translation>
    </message>
    <message>
        <source>Open findings and accepted risks</source>
        <translation>Offene Befunde und akzeptierte Risiken</translation>
    </message>
    <message>
        <source>Change log of the website</source>
        <translation>Änderungsprotokoll der Website</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Bestätigung</translation>
    </message>
</context>
<context>
    <name>ContingencyCommands</name>
    <message>
        <source>Usage: storefort-cli binder PLAN -o FILE.pdf [--paper a4|letter]</source>
        <translation>Aufruf: storefort-cli binder PLAN -o FILE.pdf [--paper a4|letter]</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Verify only this recovery item.</source>
        <translation>Nur dieses Notfall-Element prüfen.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli verify PLAN [--json] [--item ID]</source>
        <translation>Aufruf: storefort-cli verify PLAN [--json] [--item ID]</translation>
    </message>
    <message>
        <source>Nothing was verified, because the results could not be recorded: %1</source>
        <translation>Es wurde nichts geprüft, weil die Ergebnisse nicht erfasst werden konnten: %1</translation>
    </message>
    <message>
        <source>There is no recovery item with the id %1.</source>
        <translation>Es gibt kein Notfall-Element mit der ID %1.</translation>
    </message>
    <message>
        <source>Storefort cannot check “%1” by itself: look at it and confirm it by hand in the app.</source>
        <translation>Storefort kann „%1“ nicht selbst prüfen: Sehen Sie es sich an und bestätigen Sie es in der App von Hand.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The plan has no recovery item Storefort can check.</source>
        <translation>Der Plan enthält kein Notfall-Element, das Storefort prüfen kann.</translation>
    </message>
    <message>
        <source>“%1” was not recorded: %2</source>
        <translation>„%1“ wurde nicht erfasst: %2</translation>
    </message>
    <message>
        <source>Where to write the calendar (.ics).</source>
        <translation>Wohin der Kalender (.ics) geschrieben wird.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli calendar PLAN -o FILE.ics</source>
        <translation>Aufruf: storefort-cli calendar PLAN -o FILE.ics</translation>
    </message>
    <message>
        <source>%1: security reminders</source>
        <translation>%1: Sicherheitserinnerungen</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n reminder(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Erinnerung).</numerusform>
            <numerusform>%1 geschrieben (%n Erinnerungen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContingencyPage</name>
    <message>
        <source>Contingency binder</source>
        <translation>Notfallordner</translation>
    </message>
    <message>
        <source>On a bad day you need a recent backup, the keys and the people to call at hand. Note who holds each thing and where it is; Storefort checks what it can from the real files, and prints a binder to keep in a drawer.</source>
        <translation>Im Ernstfall brauchen Sie ein aktuelles Backup, die Schlüssel und die Menschen, die Sie anrufen können, griffbereit. Notieren Sie, wer was verwahrt und wo es liegt; Storefort prüft anhand der echten Dateien, was es prüfen kann, und druckt einen Notfallordner für die Schublade.</translation>
    </message>
    <message>
        <source>Recovery Items</source>
        <translation>Notfall-Elemente</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Binder</source>
        <translation>Notfallordner</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <source>Contingency binder sections</source>
        <translation>Abschnitte des Notfallordners</translation>
    </message>
</context>
<context>
    <name>CredentialBox</name>
    <message>
        <source>&amp;Store Password or Token…</source>
        <translation>Passwort oder Token &amp;speichern…</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Keep the sign-in for the provider&apos;s customer portal here, so you can get in quickly when something goes wrong. The password or token is kept in your computer&apos;s keychain, never in the plan file.</source>
        <translation>Hinterlegen Sie hier die Anmeldedaten für das Kundenportal des Dienstleisters, damit Sie schnell hineinkommen, wenn etwas schiefgeht. Das Passwort oder Token wird im Schlüsselbund Ihres Computers aufbewahrt, nie in der Plandatei.</translation>
    </message>
    <message>
        <source>Portal user name</source>
        <translation>Benutzername im Portal</translation>
    </message>
    <message>
        <source>The name or email you sign in with</source>
        <translation>Der Name oder die E-Mail-Adresse, mit der Sie sich anmelden</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Revealed password or token</source>
        <translation>Angezeigtes Passwort oder Token</translation>
    </message>
    <message>
        <source>Put the password or API token into the keychain</source>
        <translation>Das Passwort oder API-Token im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Show the password for a short while</source>
        <translation>Das Passwort kurz anzeigen</translation>
    </message>
    <message>
        <source>Copy the password; the clipboard is cleared again after a short while</source>
        <translation>Das Passwort kopieren; die Zwischenablage wird nach kurzer Zeit wieder geleert</translation>
    </message>
    <message>
        <source>Delete the password from the keychain</source>
        <translation>Das Passwort aus dem Schlüsselbund löschen</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>The password cannot be stored on this computer.</source>
        <translation>Auf diesem Computer kann das Passwort nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>A password or token is stored in the keychain.</source>
        <translation>Im Schlüsselbund ist ein Passwort oder Token gespeichert.</translation>
    </message>
    <message>
        <source>No password stored yet.</source>
        <translation>Noch kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>No password stored. Keep it in your own password manager for now.</source>
        <translation>Kein Passwort gespeichert. Bewahren Sie es vorerst in Ihrem eigenen Passwort-Manager auf.</translation>
    </message>
    <message>
        <source>Re&amp;place Password or Token…</source>
        <translation>Passwort oder Token &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Change the portal user name of %1</source>
        <translation>Benutzernamen im Portal von %1 ändern</translation>
    </message>
    <message>
        <source>Store the Password for %1</source>
        <translation>Passwort für %1 speichern</translation>
    </message>
    <message>
        <source>The password or API token goes into your computer&apos;s keychain. Storefort keeps only a note that it is there.</source>
        <translation>Das Passwort oder API-Token kommt in den Schlüsselbund Ihres Computers. Storefort vermerkt nur, dass es dort liegt.</translation>
    </message>
    <message>
        <source>Password or API token</source>
        <translation>Passwort oder API-Token</translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation>&amp;Passwort oder Token:</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>The password is in the keychain, but the plan could not note it.</source>
        <translation>Das Passwort ist im Schlüsselbund, aber der Plan konnte das nicht vermerken.</translation>
    </message>
    <message>
        <source>The password is stored in the keychain.</source>
        <translation>Das Passwort ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>The password is on the clipboard for %Ln seconds.</source>
        <translation>
            <numerusform>Das Passwort bleibt %Ln Sekunde in der Zwischenablage.</numerusform>
            <numerusform>Das Passwort bleibt %Ln Sekunden in der Zwischenablage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the password for %1 from the keychain?

This cannot be undone: to get it back you will need to store it again.</source>
        <translation>Das Passwort für %1 aus dem Schlüsselbund löschen?

Das lässt sich nicht rückgängig machen: Um es zurückzubekommen, müssen Sie es erneut speichern.</translation>
    </message>
    <message>
        <source>Delete Password</source>
        <translation>Passwort löschen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
</context>
<context>
    <name>CredentialHealth</name>
    <message>
        <source>The password for %1 is very weak</source>
        <translation>Das Passwort für %1 ist sehr schwach</translation>
    </message>
    <message>
        <source>The password for %1 is weak</source>
        <translation>Das Passwort für %1 ist schwach</translation>
    </message>
    <message>
        <source>The password for %1 could be stronger</source>
        <translation>Das Passwort für %1 könnte stärker sein</translation>
    </message>
    <message>
        <source>Attackers do not guess passwords one letter at a time: they try common passwords, words, names and dates first, by the million. A password like this one can be found that way, and whoever finds it can get into %1 and often from there into your shop.</source>
        <translation>Angreifer erraten Passwörter nicht Buchstabe für Buchstabe: Sie probieren zuerst gängige Passwörter, Wörter, Namen und Daten aus, millionenfach. Ein Passwort wie dieses lässt sich so finden, und wer es findet, hat Zugang zu %1 und von dort oft auch zu Ihrem Shop.</translation>
    </message>
    <message>
        <source>Strength: %1 (%2 of 4; 3 or more is good enough).</source>
        <translation>Stärke: %1 (%2 von 4; ab 3 ist es gut genug).</translation>
    </message>
    <message>
        <source>Sign in to %1 and change the password to a new one of at least 16 characters, best made up by a password manager. Then store the new one in Storefort with &quot;Replace Password or Token&quot; on the provider&apos;s page.</source>
        <translation>Melden Sie sich bei %1 an und ändern Sie das Passwort in ein neues mit mindestens 16 Zeichen, am besten von einem Passwort-Manager erzeugt. Speichern Sie das neue Passwort dann in Storefort mit „Passwort oder Token ersetzen“ auf der Seite des Dienstleisters.</translation>
    </message>
    <message numerus="yes">
        <source>The same password is used in %n places</source>
        <translation>
            <numerusform>Dasselbe Passwort wird an %n Stelle verwendet</numerusform>
            <numerusform>Dasselbe Passwort wird an %n Stellen verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>When one of these places is broken into or leaks its passwords, attackers try the same password everywhere else. One leak then opens all of them.</source>
        <translation>Wenn bei einer dieser Stellen eingebrochen wird oder dort Passwörter nach außen gelangen, probieren Angreifer dasselbe Passwort überall sonst aus. Ein einziges Leck öffnet dann alle.</translation>
    </message>
    <message>
        <source>The same password is stored for:</source>
        <translation>Dasselbe Passwort ist gespeichert für:</translation>
    </message>
    <message>
        <source>Give each of them a password of its own: change the password in each of %1, then store each new one in Storefort.</source>
        <translation>Geben Sie jeder Stelle ein eigenes Passwort: Ändern Sie das Passwort jeweils bei %1 und speichern Sie dann jedes neue Passwort in Storefort.</translation>
    </message>
    <message numerus="yes">
        <source>The password for %1 has not been changed for %n day(s)</source>
        <translation>
            <numerusform>Das Passwort für %1 wurde seit %n Tag nicht geändert</numerusform>
            <numerusform>Das Passwort für %1 wurde seit %n Tagen nicht geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>The longer a password stays the same, the more chances it has had to leak: a former helper, an old note, a breach somewhere else. Changing it now and then shuts out anyone who got hold of it without you noticing.</source>
        <translation>Je länger ein Passwort gleich bleibt, desto mehr Gelegenheiten hatte es, nach außen zu gelangen: über eine frühere Hilfskraft, einen alten Notizzettel, ein Datenleck anderswo. Wenn Sie es ab und zu ändern, sperren Sie alle aus, die unbemerkt daran gekommen sind.</translation>
    </message>
    <message numerus="yes">
        <source>Stored on %1. Passwords older than %n day(s) are flagged.</source>
        <translation>
            <numerusform>Gespeichert am %1. Passwörter, die älter als %n Tag sind, werden markiert.</numerusform>
            <numerusform>Gespeichert am %1. Passwörter, die älter als %n Tage sind, werden markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to %1, change the password, and store the new one in Storefort with &quot;Replace Password or Token&quot; on the provider&apos;s page.</source>
        <translation>Melden Sie sich bei %1 an, ändern Sie das Passwort und speichern Sie das neue Passwort in Storefort mit „Passwort oder Token ersetzen“ auf der Seite des Dienstleisters.</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>sehr schwach</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>sehr stark</translation>
    </message>
    <message>
        <source>Portal of %1</source>
        <translation>%1 (Kundenportal)</translation>
    </message>
</context>
<context>
    <name>CredentialHealthView</name>
    <message>
        <source>&amp;Check stored passwords</source>
        <translation>&amp;Gespeicherte Passwörter prüfen</translation>
    </message>
    <message>
        <source>How strong are the passwords and tokens Storefort keeps in your keychain, is any of them used in more than one place, and how long since each was changed? The check reads them only when you ask.</source>
        <translation>Wie stark sind die Passwörter und Tokens, die Storefort in Ihrem Schlüsselbund aufbewahrt? Wird eines davon an mehr als einer Stelle verwendet, und wie lange ist es her, dass jedes geändert wurde? Die Prüfung liest sie nur, wenn Sie es verlangen.</translation>
    </message>
    <message>
        <source>Read the stored passwords from the keychain and check them on this computer</source>
        <translation>Die gespeicherten Passwörter aus dem Schlüsselbund lesen und auf diesem Computer prüfen</translation>
    </message>
    <message>
        <source>Stored passwords and how healthy they are</source>
        <translation>Gespeicherte Passwörter und wie es um sie steht</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Same password as</source>
        <translation>Gleiches Passwort wie</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Was die Prüfung gefunden hat</translation>
    </message>
    <message>
        <source>The providers changed since the check. Check again to see where they stand now.</source>
        <translation>Die Dienstleister haben sich seit der Prüfung geändert. Prüfen Sie erneut, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>The check runs on this computer only and saves nothing.</source>
        <translation>Die Prüfung läuft nur auf diesem Computer und speichert nichts.</translation>
    </message>
    <message>
        <source>Reading the stored passwords from the keychain…</source>
        <translation>Die gespeicherten Passwörter werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The stored passwords could not be checked.</source>
        <translation>Die gespeicherten Passwörter konnten nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Score %1 of 4</source>
        <translation>Wert %1 von 4</translation>
    </message>
    <message>
        <source>Used only here</source>
        <translation>Nur hier verwendet</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>The plan does not say when this password was stored.</source>
        <translation>Der Plan verzeichnet nicht, wann dieses Passwort gespeichert wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored on %1</source>
        <translation>Gespeichert am %1</translation>
    </message>
    <message>
        <source>No passwords are stored in Storefort yet, so there is nothing to check.</source>
        <translation>In Storefort sind noch keine Passwörter gespeichert, es gibt also nichts zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>All %n stored password(s) look healthy: strong, each used only once, and changed recently enough.</source>
        <translation>
            <numerusform>Das %n gespeicherte Passwort sieht gut aus: stark, nur einmal verwendet und vor nicht allzu langer Zeit geändert.</numerusform>
            <numerusform>Alle %n gespeicherten Passwörter sehen gut aus: stark, jedes nur einmal verwendet und vor nicht allzu langer Zeit geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing serious: only small improvements, listed below.</source>
        <translation>Nichts Ernstes: nur kleine Verbesserungen, unten aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to sort out, listed below with what to do.</source>
        <translation>
            <numerusform>%n Punkt zu erledigen, unten mit dem aufgeführt, was zu tun ist.</numerusform>
            <numerusform>%n Punkte zu erledigen, unten mit dem aufgeführt, was zu tun ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan says a password is stored for %1, but the keychain no longer has it. Store it again on the provider&apos;s page.</source>
        <translation>Laut Plan ist für %1 ein Passwort gespeichert, aber der Schlüsselbund enthält es nicht mehr. Speichern Sie es auf der Seite des Dienstleisters erneut.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Checked at %1 on this computer. Nothing was saved: not the passwords and not these results.</source>
        <translation>Geprüft um %1 auf diesem Computer. Nichts wurde gespeichert: weder die Passwörter noch diese Ergebnisse.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>This does not look like a CSV file: it contains binary data.</source>
        <translation>Das sieht nicht nach einer CSV-Datei aus: Sie enthält Binärdaten.</translation>
    </message>
    <message>
        <source>The file is marked as Unicode (UTF-16) text, but parts of it are damaged.</source>
        <translation>Die Datei ist als Unicode-Text (UTF-16) gekennzeichnet, aber Teile davon sind beschädigt.</translation>
    </message>
    <message>
        <source>The value in column %1 has a quote mark in the middle of it. A value with quote marks must be put in quote marks itself, with each quote mark inside doubled.</source>
        <translation>Der Wert in Spalte %1 enthält mittendrin ein Anführungszeichen. Ein Wert mit Anführungszeichen muss selbst in Anführungszeichen stehen, und jedes Anführungszeichen darin muss verdoppelt werden.</translation>
    </message>
    <message>
        <source>The quote mark that opens the value in column %1 on this line is never closed. The file may be cut short, or a closing quote mark is missing.</source>
        <translation>Das Anführungszeichen, mit dem der Wert in Spalte %1 in dieser Zeile beginnt, wird nie geschlossen. Die Datei ist vielleicht abgeschnitten, oder ein schließendes Anführungszeichen fehlt.</translation>
    </message>
    <message>
        <source>The value in column %1 has more text after its closing quote mark.</source>
        <translation>Der Wert in Spalte %1 hat nach dem schließenden Anführungszeichen noch weiteren Text.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Column %1 of the first row (the column names) has no name.</source>
        <translation>Spalte %1 der ersten Zeile (die Spaltennamen) hat keinen Namen.</translation>
    </message>
    <message>
        <source>The first row (the column names) names the column &quot;%1&quot; twice.</source>
        <translation>Die erste Zeile (die Spaltennamen) nennt die Spalte „%1“ zweimal.</translation>
    </message>
    <message>
        <source>The file is too large (%1). Storefort reads files of up to %2.</source>
        <translation>Die Datei ist zu groß (%1). Storefort liest Dateien bis %2.</translation>
    </message>
    <message>
        <source>A quote mark or a line break cannot separate the values.</source>
        <translation>Ein Anführungszeichen oder ein Zeilenumbruch kann nicht als Trennzeichen zwischen den Werten dienen.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This row has %1 values, but the first row (the column names) has %2.</source>
        <translation>Diese Zeile hat %1 Werte, die erste Zeile (die Spaltennamen) aber %2.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Where you stand</source>
        <translation>Ihr Stand</translation>
    </message>
    <message>
        <source>Most serious open findings</source>
        <translation>Die schwerwiegendsten offenen Befunde</translation>
    </message>
    <message>
        <source>Due and overdue</source>
        <translation>Fällig und überfällig</translation>
    </message>
    <message>
        <source>The readiness score sums up how far your security plan has come: each step counts for a part, and open problems hold it down. Below you see what to do first and what falls due soon. Click any line to go where it is handled.</source>
        <translation>Der Bereitschaftswert fasst zusammen, wie weit Ihr Sicherheitsplan gediehen ist: Jeder Schritt trägt einen Teil bei, und offene Probleme drücken den Wert. Unten sehen Sie, was Sie zuerst tun sollten und was bald fällig wird. Klicken Sie auf eine Zeile, um dorthin zu gelangen, wo sie bearbeitet wird.</translation>
    </message>
    <message>
        <source>The score over time</source>
        <translation>Der Wert im Zeitverlauf</translation>
    </message>
    <message>
        <source>Each step&apos;s part</source>
        <translation>Der Anteil jedes Schritts</translation>
    </message>
    <message>
        <source>Fix these first</source>
        <translation>Zuerst beheben</translation>
    </message>
    <message>
        <source>In good shape</source>
        <translation>Gut aufgestellt</translation>
    </message>
    <message>
        <source>Getting there</source>
        <translation>Auf gutem Weg</translation>
    </message>
    <message>
        <source>Off to a start</source>
        <translation>Der Anfang ist gemacht</translation>
    </message>
    <message>
        <source>Just beginning</source>
        <translation>Ganz am Anfang</translation>
    </message>
    <message>
        <source>%1: %2 of 100</source>
        <translation>%1: %2 von 100</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done.</source>
        <translation>
            <numerusform>%1 von %n Schritt erledigt.</numerusform>
            <numerusform>%1 von %n Schritten erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <translation>Weiter mit %1</translation>
    </message>
    <message>
        <source>%1 needs your attention first.</source>
        <translation>%1 braucht zuerst Ihre Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Next up: %1.</source>
        <translation>Als Nächstes: %1.</translation>
    </message>
    <message>
        <source>Review and Print</source>
        <translation>Prüfen und drucken</translation>
    </message>
    <message>
        <source>Every step is done: print the binder and keep the dates in your calendar.</source>
        <translation>Alle Schritte sind erledigt: Drucken Sie den Notfallordner und tragen Sie die Termine in Ihren Kalender ein.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>The last probe of %1 (%2) could not give a grade.</source>
        <translation>Die letzte Prüfung von %1 (%2) konnte keine Bewertung ergeben.</translation>
    </message>
    <message>
        <source>Encryption grade of %1: %2 (probed %3).</source>
        <translation>Bewertung der Verschlüsselung von %1: %2 (geprüft %3).</translation>
    </message>
    <message>
        <source>Your site has not been probed yet: the Encryption (TLS) step does it in a minute.</source>
        <translation>Ihre Website wurde noch nicht geprüft: Im Schritt „Verschlüsselung (TLS)“ geht das in einer Minute.</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>No open problems. Well done.</source>
        <translation>Keine offenen Probleme. Gut gemacht.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag überfällig</numerusform>
            <numerusform>Seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n Tag</numerusform>
            <numerusform>In %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing falls due in the next %n day(s).</source>
        <translation>
            <numerusform>Innerhalb von %n Tag wird nichts fällig.</numerusform>
            <numerusform>Innerhalb von %n Tagen wird nichts fällig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DdosCallDialog</name>
    <message>
        <source>Add a Call</source>
        <translation>Anruf hinzufügen</translation>
    </message>
    <message>
        <source>Edit a Call</source>
        <translation>Anruf bearbeiten</translation>
    </message>
    <message>
        <source>One call to make when the shop is under attack: what it is for, who makes it, whom they reach and how. Decide it now, while there is time.</source>
        <translation>Ein Anruf, der zu erledigen ist, wenn der Shop angegriffen wird: wofür er ist, wer anruft, wer erreicht wird und wie. Legen Sie das jetzt fest, solange Zeit dafür ist.</translation>
    </message>
    <message>
        <source>Call the host&apos;s emergency line</source>
        <translation>Notfallnummer des Hosters anrufen</translation>
    </message>
    <message>
        <source>Call the CDN</source>
        <translation>CDN anrufen</translation>
    </message>
    <message>
        <source>Call the developers</source>
        <translation>Entwickler anrufen</translation>
    </message>
    <message>
        <source>Call the payment provider</source>
        <translation>Zahlungsdienstleister anrufen</translation>
    </message>
    <message>
        <source>Tell customers on the status page</source>
        <translation>Kunden über die Statusseite informieren</translation>
    </message>
    <message>
        <source>Tell customers by e-mail</source>
        <translation>Kunden per E-Mail informieren</translation>
    </message>
    <message>
        <source>Tell customers on social media</source>
        <translation>Kunden über soziale Medien informieren</translation>
    </message>
    <message>
        <source>Pick a suggestion or write your own</source>
        <translation>Wählen Sie einen Vorschlag oder schreiben Sie einen eigenen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>What the call is for, in a few words</source>
        <translation>Wofür der Anruf ist, in wenigen Worten</translation>
    </message>
    <message>
        <source>Who makes the call</source>
        <translation>Wer anruft</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Noch nicht festgelegt</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (ausgeschieden)</translation>
    </message>
    <message>
        <source>The team member who makes this call. Add people in the Shop &amp; team step.</source>
        <translation>Das Teammitglied, das diesen Anruf erledigt. Personen fügen Sie im Schritt „Shop und Team“ hinzu.</translation>
    </message>
    <message>
        <source>Whom they reach</source>
        <translation>Wer erreicht wird</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A provider, a team member, or the shop&apos;s customers</source>
        <translation>Ein Dienstleister, ein Teammitglied oder die Kunden des Shops</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Support portal</source>
        <translation>Support-Portal</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Status page</source>
        <translation>Statusseite</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>For example: phone</source>
        <translation>Zum Beispiel: Telefon</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>The number, address or page to use</source>
        <translation>Die Nummer, Adresse oder Seite, die zu verwenden ist</translation>
    </message>
    <message>
        <source>Filled in from the provider&apos;s or person&apos;s details when you choose them; check it is the line that answers at night.</source>
        <translation>Wird aus den Angaben des Dienstleisters oder der Person übernommen, wenn Sie sie auswählen; prüfen Sie, ob unter dieser Nummer auch nachts jemand erreichbar ist.</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Aufgabe:</translation>
    </message>
    <message>
        <source>&amp;Who makes the call:</source>
        <translation>&amp;Wer anruft:</translation>
    </message>
    <message>
        <source>Whom they &amp;reach:</source>
        <translation>Wer e&amp;rreicht wird:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ka&amp;nal:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Kontakt:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Say what the call is for, e.g. “Call the host&apos;s emergency line”.</source>
        <translation>Geben Sie an, wofür der Anruf ist, z. B. „Notfallnummer des Hosters anrufen“.</translation>
    </message>
</context>
<context>
    <name>DdosCallTreeView</name>
    <message>
        <source>&amp;Add Call…</source>
        <translation>Anruf &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Decide now who makes each call when the shop is under attack, in the order they are made: the host&apos;s emergency line first, then the CDN, the developers, the payment provider, and the customers.</source>
        <translation>Legen Sie jetzt fest, wer bei einem Angriff auf den Shop welchen Anruf erledigt, in der Reihenfolge der Anrufe: zuerst die Notfallnummer des Hosters, dann das CDN, die Entwickler, der Zahlungsdienstleister und die Kunden.</translation>
    </message>
    <message>
        <source>Who calls whom in an attack</source>
        <translation>Wer bei einem Angriff wen anruft</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Who makes the call</source>
        <translation>Wer anruft</translation>
    </message>
    <message>
        <source>Whom they reach</source>
        <translation>Wer erreicht wird</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Add a call to make in an attack</source>
        <translation>Einen Anruf hinzufügen, der bei einem Angriff zu erledigen ist</translation>
    </message>
    <message>
        <source>Change the chosen call</source>
        <translation>Den ausgewählten Anruf ändern</translation>
    </message>
    <message>
        <source>Take the chosen call out of the tree (Edit &gt; Undo brings it back)</source>
        <translation>Den ausgewählten Anruf aus der Alarmierungskette nehmen (Bearbeiten &gt; Rückgängig holt ihn zurück)</translation>
    </message>
    <message>
        <source>Make the chosen call earlier</source>
        <translation>Den ausgewählten Anruf weiter nach vorn setzen</translation>
    </message>
    <message>
        <source>Make the chosen call later</source>
        <translation>Den ausgewählten Anruf weiter nach hinten setzen</translation>
    </message>
    <message>
        <source>Move the call up</source>
        <translation>Den Anruf nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the call down</source>
        <translation>Den Anruf nach unten verschieben</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (ausgeschieden)</translation>
    </message>
    <message>
        <source>A provider no longer in the plan</source>
        <translation>Ein Dienstleister, der nicht mehr im Plan ist</translation>
    </message>
    <message>
        <source>Someone no longer in the plan</source>
        <translation>Jemand, der nicht mehr im Plan ist</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Noch nicht festgelegt</translation>
    </message>
    <message>
        <source>Add the call “%1”</source>
        <translation>Anruf „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit the call “%1”</source>
        <translation>Anruf „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Remove the call “%1”</source>
        <translation>Anruf „%1“ entfernen</translation>
    </message>
    <message>
        <source>Move the call “%1” up</source>
        <translation>Anruf „%1“ nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the call “%1” down</source>
        <translation>Anruf „%1“ nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>DdosDrillView</name>
    <message>
        <source>We Ran a Drill &amp;Today</source>
        <translation>Übung &amp;heute durchgeführt</translation>
    </message>
    <message>
        <source>A plan nobody has tried has gaps: numbers that changed, logins nobody has, switches nobody can find. Once a year, sit down with the team for an hour, read the plan aloud, make the first calls for real (ask the host how they would act), and note what you found.</source>
        <translation>Ein Plan, den niemand ausprobiert hat, hat Lücken: geänderte Nummern, Zugänge, die niemand hat, Schalter, die niemand findet. Setzen Sie sich einmal im Jahr eine Stunde mit dem Team zusammen, lesen Sie den Plan laut vor, führen Sie die ersten Anrufe wirklich durch (fragen Sie den Hoster, wie er handeln würde) und notieren Sie, was Ihnen aufgefallen ist.</translation>
    </message>
    <message>
        <source>Date of the last drill</source>
        <translation>Datum der letzten Übung</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>When the team last walked through the plan. Set it back to the lowest date for “never”.</source>
        <translation>Wann das Team den Plan zuletzt durchgespielt hat. Setzen Sie das Datum ganz auf den frühesten Wert zurück, um „nie“ anzugeben.</translation>
    </message>
    <message>
        <source>Notes on the last drill</source>
        <translation>Notizen zur letzten Übung</translation>
    </message>
    <message>
        <source>What the drill found and what was fixed</source>
        <translation>Was bei der Übung aufgefallen ist und was behoben wurde</translation>
    </message>
    <message>
        <source>Record today as the date of the last drill</source>
        <translation>Heute als Datum der letzten Übung erfassen</translation>
    </message>
    <message>
        <source>Last &amp;drill:</source>
        <translation>Letzte Ü&amp;bung:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>No drill is recorded yet.</source>
        <translation>Es ist noch keine Übung erfasst.</translation>
    </message>
    <message>
        <source>The last drill was over a year ago: time for another.</source>
        <translation>Die letzte Übung ist über ein Jahr her: Zeit für eine neue.</translation>
    </message>
    <message>
        <source>The last drill was today.</source>
        <translation>Die letzte Übung war heute.</translation>
    </message>
    <message numerus="yes">
        <source>The last drill was %n day(s) ago.</source>
        <translation>
            <numerusform>Die letzte Übung war vor %n Tag.</numerusform>
            <numerusform>Die letzte Übung war vor %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record a drill today</source>
        <translation>Eine Übung für heute erfassen</translation>
    </message>
    <message>
        <source>Set the last drill to %1</source>
        <translation>Letzte Übung auf %1 setzen</translation>
    </message>
    <message>
        <source>Record no drill</source>
        <translation>Keine Übung erfassen</translation>
    </message>
    <message>
        <source>Edit the drill notes</source>
        <translation>Notizen zur Übung bearbeiten</translation>
    </message>
</context>
<context>
    <name>DdosFindings</name>
    <message>
        <source>No CDN stands in front of the shop</source>
        <translation>Dem Shop ist kein CDN vorgeschaltet</translation>
    </message>
    <message>
        <source>A content delivery network (CDN) takes the brunt of a flood of traffic before it reaches your server. Without one, a modest attack can take the shop offline, and setting one up during an attack takes hours.</source>
        <translation>Ein Content Delivery Network (CDN) fängt den Großteil einer Datenflut ab, bevor sie Ihren Server erreicht. Ohne CDN kann schon ein mäßiger Angriff den Shop lahmlegen, und ein CDN während eines Angriffs einzurichten dauert Stunden.</translation>
    </message>
    <message>
        <source>The site has not been probed yet, and no CDN is recorded.</source>
        <translation>Die Website wurde noch nicht geprüft, und es ist kein CDN erfasst.</translation>
    </message>
    <message>
        <source>The latest probe saw no known CDN, and no CDN is recorded.</source>
        <translation>Die letzte Prüfung hat kein bekanntes CDN gesehen, und es ist kein CDN erfasst.</translation>
    </message>
    <message>
        <source>Ask your host which CDN it recommends (many offer one), put it in front of the shop, and record it here. If a CDN fronts the site but does not show itself, record it.</source>
        <translation>Fragen Sie Ihren Hoster, welches CDN er empfiehlt (viele bieten eines an), schalten Sie es dem Shop vor und erfassen Sie es hier. Wenn der Website ein CDN vorgeschaltet ist, das sich nicht zu erkennen gibt, erfassen Sie es ebenfalls.</translation>
    </message>
    <message>
        <source>Your host has not said what it does in an attack</source>
        <translation>Ihr Hoster hat nicht gesagt, was er bei einem Angriff tut</translation>
    </message>
    <message>
        <source>Whether the host filters an attack, or simply switches the shop off to protect its other customers, decides how long you are down.</source>
        <translation>Ob der Hoster einen Angriff herausfiltert oder den Shop einfach abschaltet, um seine anderen Kunden zu schützen, entscheidet darüber, wie lange Ihr Shop ausfällt.</translation>
    </message>
    <message>
        <source>No host or platform is in the plan yet.</source>
        <translation>Im Plan gibt es noch keinen Hoster und keine Plattform.</translation>
    </message>
    <message>
        <source>No yes-or-no answer on file from: %1.</source>
        <translation>Keine Ja-oder-Nein-Antwort erfasst von: %1.</translation>
    </message>
    <message>
        <source>Send your host the questionnaire&apos;s DDoS questions (Providers step) and enter its answers.</source>
        <translation>Senden Sie Ihrem Hoster die DDoS-Fragen des Fragebogens (Schritt „Dienstleister“) und tragen Sie seine Antworten ein.</translation>
    </message>
    <message>
        <source>Nothing filters an attack on the shop</source>
        <translation>Nichts filtert einen Angriff auf den Shop heraus</translation>
    </message>
    <message>
        <source>Your host says it cannot absorb an attack, and no CDN is in front. The shop is down for as long as an attack lasts.</source>
        <translation>Ihr Hoster gibt an, dass er einen Angriff nicht abfangen kann, und es ist kein CDN vorgeschaltet. Der Shop ist so lange ausgefallen, wie ein Angriff dauert.</translation>
    </message>
    <message>
        <source>%1 answered “no” to whether it can absorb or filter an attack.</source>
        <translation>%1 hat die Frage, ob ein Angriff abgefangen oder herausgefiltert werden kann, mit „Nein“ beantwortet.</translation>
    </message>
    <message>
        <source>Put a CDN with attack filtering in front of the shop, or move to a host that filters attacks.</source>
        <translation>Schalten Sie dem Shop ein CDN mit Angriffsfilterung vor, oder wechseln Sie zu einem Hoster, der Angriffe herausfiltert.</translation>
    </message>
    <message>
        <source>Nobody knows whom to call in an attack</source>
        <translation>Niemand weiß, wen er bei einem Angriff anrufen soll</translation>
    </message>
    <message>
        <source>In an attack, the first hour is lost to “who calls the host?” unless it was decided before: who calls the host, the CDN, the developers and the payment provider, and who tells customers.</source>
        <translation>Bei einem Angriff geht die erste Stunde mit der Frage „Wer ruft den Hoster an?“ verloren, wenn das nicht vorher festgelegt wurde: wer den Hoster, das CDN, die Entwickler und den Zahlungsdienstleister anruft und wer die Kunden informiert.</translation>
    </message>
    <message>
        <source>The call tree is empty.</source>
        <translation>Die Alarmierungskette ist leer.</translation>
    </message>
    <message>
        <source>Fill in the call tree: for each call, who makes it, whom they reach and through which channel.</source>
        <translation>Füllen Sie die Alarmierungskette aus: für jeden Anruf, wer ihn erledigt, wer erreicht wird und über welchen Kanal.</translation>
    </message>
    <message>
        <source>Nobody is set to tell customers</source>
        <translation>Niemand ist dafür eingeteilt, die Kunden zu informieren</translation>
    </message>
    <message>
        <source>Customers who hear nothing while the shop is down assume the worst, and some do not come back.</source>
        <translation>Kunden, die nichts hören, während der Shop ausgefallen ist, befürchten das Schlimmste, und manche kommen nicht wieder.</translation>
    </message>
    <message>
        <source>Every call in the tree reaches a provider or a team member; none goes to customers.</source>
        <translation>Jeder Anruf in der Alarmierungskette erreicht einen Dienstleister oder ein Teammitglied; keiner geht an die Kunden.</translation>
    </message>
    <message>
        <source>Add a call with no provider or person to reach, such as “Tell customers on the status page and social media”.</source>
        <translation>Fügen Sie einen Anruf ohne Dienstleister oder Person hinzu, etwa „Kunden über die Statusseite und soziale Medien informieren“.</translation>
    </message>
    <message>
        <source>The last attack drill was over a year ago</source>
        <translation>Die letzte Übung für den Angriffsfall ist über ein Jahr her</translation>
    </message>
    <message>
        <source>The attack plan has never been tried</source>
        <translation>Der Plan für den Angriffsfall wurde noch nie ausprobiert</translation>
    </message>
    <message>
        <source>A plan nobody has walked through has gaps: numbers that changed, logins nobody has, switches nobody can find. An hour&apos;s drill once a year finds them.</source>
        <translation>Ein Plan, den niemand durchgespielt hat, hat Lücken: geänderte Nummern, Zugänge, die niemand hat, Schalter, die niemand findet. Eine einstündige Übung einmal im Jahr deckt sie auf.</translation>
    </message>
    <message>
        <source>Last drill: %1.</source>
        <translation>Letzte Übung: %1.</translation>
    </message>
    <message>
        <source>No drill is recorded.</source>
        <translation>Es ist keine Übung erfasst.</translation>
    </message>
    <message>
        <source>Sit down with the team, read the plan aloud, make the first calls for real (ask the host how they would act), and record the date.</source>
        <translation>Setzen Sie sich mit dem Team zusammen, lesen Sie den Plan laut vor, führen Sie die ersten Anrufe wirklich durch (fragen Sie den Hoster, wie er handeln würde) und erfassen Sie das Datum.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) against attacks not prepared</source>
        <translation>
            <numerusform>%n Schritt gegen Angriffe nicht vorbereitet</numerusform>
            <numerusform>%n Schritte gegen Angriffe nicht vorbereitet</numerusform>
        </translation>
    </message>
    <message>
        <source>What is set up before an attack works in minutes; what must be set up during one takes hours.</source>
        <translation>Was vor einem Angriff eingerichtet ist, wirkt in Minuten; was erst während eines Angriffs eingerichtet werden muss, dauert Stunden.</translation>
    </message>
    <message>
        <source>Go through the steps with your host or CDN and tick each one that is in place.</source>
        <translation>Gehen Sie die Schritte mit Ihrem Hoster oder CDN durch und haken Sie jeden ab, der umgesetzt ist.</translation>
    </message>
</context>
<context>
    <name>DdosFindingsView</name>
    <message>
        <source>What the DDoS checks found</source>
        <translation>Was die DDoS-Prüfungen ergeben haben</translation>
    </message>
    <message>
        <source>About the chosen finding</source>
        <translation>Zum ausgewählten Befund</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to fix: the shop is as ready for an attack as this plan can tell.</source>
        <translation>Nichts zu beheben: Der Shop ist so gut auf einen Angriff vorbereitet, wie dieser Plan es beurteilen kann.</translation>
    </message>
    <message>
        <source>Nothing urgent. Choose a finding to see why it matters and what to do.</source>
        <translation>Nichts Dringendes. Wählen Sie einen Befund aus, um zu sehen, warum er wichtig ist und was zu tun ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n urgent thing(s) to sort out. Choose a finding to see why it matters and what to do.</source>
        <translation>
            <numerusform>%n dringender Punkt zu klären. Wählen Sie einen Befund aus, um zu sehen, warum er wichtig ist und was zu tun ist.</numerusform>
            <numerusform>%n dringende Punkte zu klären. Wählen Sie einen Befund aus, um zu sehen, warum sie wichtig sind und was zu tun ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Was festgestellt wurde</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
</context>
<context>
    <name>DdosFrontView</name>
    <message>
        <source>Absorbs or filters attacks</source>
        <translation>Fängt Angriffe ab oder filtert sie heraus</translation>
    </message>
    <message>
        <source>What they do in an attack</source>
        <translation>Vorgehen bei einem Angriff</translation>
    </message>
    <message>
        <source>Tells you within</source>
        <translation>Benachrichtigt Sie innerhalb von</translation>
    </message>
    <message>
        <source>How they tell you</source>
        <translation>Wie Sie benachrichtigt werden</translation>
    </message>
    <message>
        <source>Whom to contact in an attack</source>
        <translation>Ansprechpartner bei einem Angriff</translation>
    </message>
    <message>
        <source>A CDN is in front of the shop</source>
        <translation>Dem Shop ist ein CDN vorgeschaltet</translation>
    </message>
    <message>
        <source>Which CDN</source>
        <translation>Welches CDN</translation>
    </message>
    <message>
        <source>What the latest probe saw</source>
        <translation>Was die letzte Prüfung festgestellt hat</translation>
    </message>
    <message>
        <source>The CDN you record</source>
        <translation>Das von Ihnen erfasste CDN</translation>
    </message>
    <message>
        <source>CDN in front of the shop</source>
        <translation>CDN vor dem Shop</translation>
    </message>
    <message>
        <source>The provider whose network stands in front of the shop. Add it in the Providers step if it is not listed.</source>
        <translation>Der Dienstleister, dessen Netzwerk dem Shop vorgeschaltet ist. Falls er nicht aufgeführt ist, fügen Sie ihn im Schritt „Dienstleister“ hinzu.</translation>
    </message>
    <message>
        <source>Notes about the CDN</source>
        <translation>Notizen zum CDN</translation>
    </message>
    <message>
        <source>For example: in front of the shop since 2024; mail goes around it</source>
        <translation>Zum Beispiel: seit 2024 vor dem Shop; E-Mail läuft daran vorbei</translation>
    </message>
    <message>
        <source>Record the CDN here when the probe cannot see it, for example one that only filters attacks, or when the shop has several addresses.</source>
        <translation>Erfassen Sie das CDN hier, wenn die Prüfung es nicht erkennen kann, zum Beispiel eines, das nur Angriffe filtert, oder wenn der Shop mehrere Adressen hat.</translation>
    </message>
    <message>
        <source>&amp;CDN in front:</source>
        <translation>Vorgeschaltetes &amp;CDN:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>What your host and CDN said about attacks</source>
        <translation>Was Ihr Hoster und Ihr CDN zu Angriffen gesagt haben</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Keine erfasst</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A provider no longer in the plan</source>
        <translation>Ein Dienstleister, der nicht mehr im Plan ist</translation>
    </message>
    <message>
        <source>Not probed yet. Probe the site in the Encryption (TLS) step to see whether a CDN stands in front of it.</source>
        <translation>Noch nicht geprüft. Prüfen Sie die Website im Schritt „Verschlüsselung (TLS)“, um zu sehen, ob ihr ein CDN vorgeschaltet ist.</translation>
    </message>
    <message>
        <source>No CDN seen: the probe of %1 on %2 found no known CDN in front of the site.</source>
        <translation>Kein CDN erkannt: Die Prüfung von %1 am %2 hat kein bekanntes CDN vor der Website gefunden.</translation>
    </message>
    <message>
        <source>%1 stands in front of the site (seen by the probe of %2 on %3).</source>
        <translation>%1 ist der Website vorgeschaltet (erkannt bei der Prüfung von %2 am %3).</translation>
    </message>
    <message>
        <source>No answer on file — ask in the Providers step.</source>
        <translation>Keine Antwort erfasst – fragen Sie im Schritt „Dienstleister“ nach.</translation>
    </message>
    <message>
        <source>No host, platform or CDN is in the plan yet. Add them in the Providers step, then ask them the questions about attacks.</source>
        <translation>Im Plan ist noch kein Hoster, keine Plattform und kein CDN. Fügen Sie sie im Schritt „Dienstleister“ hinzu und stellen Sie ihnen dann die Fragen zu Angriffen.</translation>
    </message>
    <message>
        <source>Record %1 as the CDN</source>
        <translation>%1 als CDN erfassen</translation>
    </message>
    <message>
        <source>Record no CDN</source>
        <translation>Kein CDN erfassen</translation>
    </message>
    <message>
        <source>Edit the CDN notes</source>
        <translation>Notizen zum CDN bearbeiten</translation>
    </message>
</context>
<context>
    <name>DdosPage</name>
    <message>
        <source>DDoS readiness</source>
        <translation>DDoS-Vorsorge</translation>
    </message>
    <message>
        <source>In a DDoS attack, a flood of traffic makes your shop unreachable for customers, for hours or days. What you prepare before an attack works in minutes; what you have to arrange during one takes hours. Decide now who stands in front of the shop, who calls whom, and what is switched on in advance.</source>
        <translation>Bei einem DDoS-Angriff macht eine Flut von Datenverkehr Ihren Shop für Kunden unerreichbar, stunden- oder tagelang. Was Sie vor einem Angriff vorbereiten, wirkt in Minuten; was Sie währenddessen erst organisieren müssen, dauert Stunden. Legen Sie jetzt fest, was dem Shop vorgeschaltet ist, wer wen anruft und was vorab eingeschaltet wird.</translation>
    </message>
    <message>
        <source>In Front of the Shop</source>
        <translation>Vor dem Shop</translation>
    </message>
    <message>
        <source>Who Calls Whom</source>
        <translation>Wer ruft wen an</translation>
    </message>
    <message>
        <source>Prepared in Advance</source>
        <translation>Vorab vorbereitet</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>What to Fix</source>
        <translation>Was zu beheben ist</translation>
    </message>
    <message>
        <source>What to Fix (%1)</source>
        <translation>Was zu beheben ist (%1)</translation>
    </message>
    <message>
        <source>DDoS readiness sections</source>
        <translation>Abschnitte der DDoS-Vorsorge</translation>
    </message>
</context>
<context>
    <name>DdosPlanCommand</name>
    <message>
        <source>No plan is open.</source>
        <translation>Es ist kein Plan geöffnet.</translation>
    </message>
</context>
<context>
    <name>DdosStep</name>
    <message>
        <source>Know how to switch on the CDN&apos;s attack mode</source>
        <translation>Wissen, wie man den Angriffsmodus des CDN einschaltet</translation>
    </message>
    <message>
        <source>Limit how often one visitor may log in, search and check out</source>
        <translation>Begrenzen, wie oft ein Besucher sich anmelden, suchen und zur Kasse gehen darf</translation>
    </message>
    <message>
        <source>The shop&apos;s server answers only the CDN</source>
        <translation>Der Server des Shops antwortet nur dem CDN</translation>
    </message>
    <message>
        <source>Pages and images are cached by the CDN</source>
        <translation>Seiten und Bilder werden vom CDN zwischengespeichert</translation>
    </message>
    <message>
        <source>Access to the domain&apos;s DNS settings is at hand</source>
        <translation>Der Zugang zu den DNS-Einstellungen der Domain ist griffbereit</translation>
    </message>
    <message>
        <source>A message to customers is written in advance</source>
        <translation>Eine Nachricht an die Kunden ist vorab geschrieben</translation>
    </message>
    <message>
        <source>Most CDNs have a switch that checks every visitor before letting them through. In an attack minutes count: know where the switch is and who may use it.</source>
        <translation>Die meisten CDNs haben einen Schalter, der jeden Besucher prüft, bevor er durchgelassen wird. Bei einem Angriff zählen Minuten: Sie sollten wissen, wo der Schalter ist und wer ihn betätigen darf.</translation>
    </message>
    <message>
        <source>Floods often aim at the pages that cost the server most work. A limit per visitor keeps them from tying up the whole shop.</source>
        <translation>Fluten zielen oft auf die Seiten, die dem Server die meiste Arbeit machen. Ein Limit pro Besucher verhindert, dass sie den ganzen Shop lahmlegen.</translation>
    </message>
    <message>
        <source>If the server also answers the open internet, an attacker can go around the CDN. Allow only the CDN&apos;s addresses through the firewall.</source>
        <translation>Wenn der Server auch dem offenen Internet antwortet, kann ein Angreifer das CDN umgehen. Lassen Sie in der Firewall nur die Adressen des CDN durch.</translation>
    </message>
    <message>
        <source>What the CDN serves from its cache never reaches your server, so the shop stays up for browsing even when the server is busy.</source>
        <translation>Was das CDN aus seinem Cache ausliefert, erreicht Ihren Server nie; so bleibt der Shop zum Stöbern erreichbar, auch wenn der Server ausgelastet ist.</translation>
    </message>
    <message>
        <source>Putting a CDN in front in a hurry, or moving the site, means changing DNS. Know who has the login and keep the records&apos; lifetime short.</source>
        <translation>Wer in Eile ein CDN vorschaltet oder die Website umzieht, muss DNS-Einträge ändern. Sie sollten wissen, wer die Zugangsdaten hat, und die Gültigkeitsdauer (TTL) der Einträge kurz halten.</translation>
    </message>
    <message>
        <source>Customers who see a dead shop and hear nothing stop trusting it. A short message ready for the status page, e-mail and social media saves time when everyone is busy.</source>
        <translation>Kunden, die einen toten Shop sehen und nichts hören, verlieren das Vertrauen. Eine kurze, vorbereitete Nachricht für Statusseite, E-Mail und soziale Medien spart Zeit, wenn alle beschäftigt sind.</translation>
    </message>
</context>
<context>
    <name>DdosStepsView</name>
    <message>
        <source>Add &amp;Step</source>
        <translation>&amp;Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Your own step</source>
        <translation>Eigener Schritt</translation>
    </message>
    <message>
        <source>For example: a second DNS provider is set up</source>
        <translation>Zum Beispiel: Ein zweiter DNS-Dienstleister ist eingerichtet</translation>
    </message>
    <message>
        <source>Add a step of your own to prepare</source>
        <translation>Einen eigenen Schritt zur Vorbereitung hinzufügen</translation>
    </message>
    <message>
        <source>Your &amp;own step:</source>
        <translation>&amp;Eigener Schritt:</translation>
    </message>
    <message>
        <source>What is set up before an attack works in minutes; what must be set up during one takes hours. %1 of %2 standard steps prepared.</source>
        <translation>Was vor einem Angriff eingerichtet ist, wirkt in Minuten; was erst währenddessen eingerichtet werden muss, dauert Stunden. %1 von %2 Standardschritten vorbereitet.</translation>
    </message>
    <message>
        <source>Prepared on:</source>
        <translation>Vorbereitet am:</translation>
    </message>
    <message>
        <source>Date “%1” was prepared</source>
        <translation>Datum, an dem „%1“ vorbereitet wurde</translation>
    </message>
    <message>
        <source>Notes on “%1”</source>
        <translation>Notizen zu „%1“</translation>
    </message>
    <message>
        <source>Notes: who did it, where the switch is, why it is not done</source>
        <translation>Notizen: wer es erledigt hat, wo der Schalter ist, warum es nicht erledigt ist</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the step “%1”</source>
        <translation>Schritt „%1“ entfernen</translation>
    </message>
    <message>
        <source>Take your own step off the list (Edit &gt; Undo brings it back)</source>
        <translation>Den eigenen Schritt von der Liste nehmen (Bearbeiten &gt; Rückgängig holt ihn zurück)</translation>
    </message>
    <message>
        <source>Mark “%1” as prepared</source>
        <translation>„%1“ als vorbereitet markieren</translation>
    </message>
    <message>
        <source>Mark “%1” as not prepared</source>
        <translation>„%1“ als nicht vorbereitet markieren</translation>
    </message>
    <message>
        <source>Change when “%1” was prepared</source>
        <translation>Ändern, wann „%1“ vorbereitet wurde</translation>
    </message>
    <message>
        <source>Edit the notes on “%1”</source>
        <translation>Notizen zu „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add the step “%1”</source>
        <translation>Schritt „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>EarlierCopiesDialog</name>
    <message>
        <source>&amp;Open a Copy…</source>
        <translation>Kopie &amp;öffnen…</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Earlier Copies</source>
        <translation>Frühere Kopien</translation>
    </message>
    <message>
        <source>Storefort keeps a copy of this plan each time it is opened, the last %L1; a copy you open becomes a new plan, and this one stays as it is.</source>
        <translation>Storefort legt bei jedem Öffnen eine Kopie dieses Plans an und behält die letzten %L1; eine Kopie, die Sie öffnen, wird zu einem neuen Plan, und dieser hier bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>Earlier copies of the plan</source>
        <translation>Frühere Kopien des Plans</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>No copies of this plan have been kept yet. Storefort keeps one each time the plan is opened for changes.</source>
        <translation>Von diesem Plan wurden noch keine Kopien aufbewahrt. Storefort legt jedes Mal eine an, wenn der Plan zum Bearbeiten geöffnet wird.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cannot be opened: %1</source>
        <translation>Kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>This copy cannot be opened.</source>
        <translation>Diese Kopie kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>This copy&apos;s history has been tampered with.</source>
        <translation>Der Verlauf dieser Kopie wurde manipuliert.</translation>
    </message>
    <message>
        <source>%1 as of %2</source>
        <translation>%1 vom %2</translation>
    </message>
    <message>
        <source>Open a Copy as a New Plan</source>
        <translation>Kopie als neuen Plan öffnen</translation>
    </message>
    <message>
        <source>That is the plan that is open now. Choose another name: a copy never replaces the open plan.</source>
        <translation>Das ist der Plan, der gerade geöffnet ist. Wählen Sie einen anderen Namen: Eine Kopie ersetzt nie den geöffneten Plan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Choose another name: opening a copy never replaces a file.</source>
        <translation>„%1“ gibt es schon. Wählen Sie einen anderen Namen: Beim Öffnen einer Kopie wird nie eine Datei ersetzt.</translation>
    </message>
    <message>
        <source>The copy could not be saved as &quot;%1&quot;: %2</source>
        <translation>Die Kopie konnte nicht als „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>The folder could not be shown. The copies are in &quot;%1&quot;.</source>
        <translation>Der Ordner konnte nicht angezeigt werden. Die Kopien liegen in „%1“.</translation>
    </message>
    <message>
        <source>Copies, &amp;newest first:</source>
        <translation>&amp;Kopien, neueste zuerst:</translation>
    </message>
</context>
<context>
    <name>EditAccountCommand</name>
    <message>
        <source>Edit account %1</source>
        <translation>Konto %1 bearbeiten</translation>
    </message>
    <message>
        <source>The account %1 has changed since this edit (by an import or another step), so the edit cannot be undone. Edit the account again instead.</source>
        <translation>Das Konto %1 hat sich seit dieser Änderung geändert (durch einen Import oder einen anderen Schritt), daher lässt sich die Änderung nicht rückgängig machen. Bearbeiten Sie das Konto stattdessen erneut.</translation>
    </message>
</context>
<context>
    <name>EditPersonCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditProviderCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditRecoveryItemCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>EditSystemCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>“%1” is %2. An evidence file can be at most %3: keep a smaller copy (a PDF of the pages that matter, for example).</source>
        <translation>„%1“ ist %2 groß. Eine Nachweisdatei darf höchstens %3 groß sein: Bewahren Sie eine kleinere Kopie auf (zum Beispiel ein PDF der wichtigen Seiten).</translation>
    </message>
    <message>
        <source>&amp;Add Evidence…</source>
        <translation>Nachweis &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Keep a file inside the plan as evidence for this answer (at most %1)</source>
        <translation>Eine Datei als Nachweis für diese Antwort im Plan aufbewahren (höchstens %1)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Record their answer first; then you can keep evidence with it.</source>
        <translation>Erfassen Sie zuerst die Antwort; dann können Sie Nachweise dazu aufbewahren.</translation>
    </message>
    <message>
        <source>No evidence kept yet. Add what backs the answer up: their certificate, a page of the contract, their reply as PDF.</source>
        <translation>Noch keine Nachweise aufbewahrt. Fügen Sie hinzu, was die Antwort belegt: das Zertifikat des Dienstleisters, eine Seite aus dem Vertrag, seine Antwort als PDF.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) kept inside the plan. The SHA-256 shows a file has not changed since.</source>
        <translation>
            <numerusform>%n Datei im Plan aufbewahrt. Der SHA-256-Wert zeigt, dass sie seitdem nicht verändert wurde.</numerusform>
            <numerusform>%n Dateien im Plan aufbewahrt. Der SHA-256-Wert zeigt, dass eine Datei seitdem nicht verändert wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>Nachweis hinzufügen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>File Too Big</source>
        <translation>Datei zu groß</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Evidence Not Added</source>
        <translation>Nachweis nicht hinzugefügt</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to keep.</source>
        <translation>„%1“ ist leer: Es gibt nichts aufzubewahren.</translation>
    </message>
    <message>
        <source>Evidence Not Opened</source>
        <translation>Nachweis nicht geöffnet</translation>
    </message>
    <message>
        <source>A copy to open could not be written: %1</source>
        <translation>Eine Kopie zum Öffnen konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>No program to open “%1” was found. Use Save As to keep a copy.</source>
        <translation>Es wurde kein Programm gefunden, das „%1“ öffnen kann. Speichern Sie mit „Speichern unter“ eine Kopie.</translation>
    </message>
    <message>
        <source>Save Evidence As</source>
        <translation>Nachweis speichern unter</translation>
    </message>
    <message>
        <source>Evidence Not Saved</source>
        <translation>Nachweis nicht gespeichert</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Nachweis entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from the plan? The plan keeps no other copy, and this cannot be undone.</source>
        <translation>„%1“ aus dem Plan entfernen? Der Plan hat keine weitere Kopie davon, und das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Evidence Not Removed</source>
        <translation>Nachweis nicht entfernt</translation>
    </message>
</context>
<context>
    <name>ExportVerifier</name>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer (SKU)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>No export file or folder is given.</source>
        <translation>Es ist keine Exportdatei und kein Ordner angegeben.</translation>
    </message>
    <message>
        <source>The export %1 does not exist on this computer (or the drive or share it is on is not connected).</source>
        <translation>Der Export %1 ist auf diesem Computer nicht vorhanden (oder das Laufwerk bzw. die Netzwerkfreigabe, auf der er liegt, ist nicht verbunden).</translation>
    </message>
    <message>
        <source>The folder %1 holds no CSV file.</source>
        <translation>Der Ordner %1 enthält keine CSV-Datei.</translation>
    </message>
    <message>
        <source>Storefort is not allowed to read the export %1.</source>
        <translation>Storefort darf den Export %1 nicht lesen.</translation>
    </message>
    <message>
        <source>The export %1 is there.</source>
        <translation>Der Export %1 ist vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>The export %1 is %n day(s) old (made %2). Make a new one: it should be at most %3 days old.</source>
        <translation>
            <numerusform>Der Export %1 ist %n Tag alt (erstellt am %2). Erstellen Sie einen neuen: Er sollte höchstens %3 Tage alt sein.</numerusform>
            <numerusform>Der Export %1 ist %n Tage alt (erstellt am %2). Erstellen Sie einen neuen: Er sollte höchstens %3 Tage alt sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export %1 was made %2.</source>
        <translation>Der Export %1 wurde am %2 erstellt.</translation>
    </message>
    <message>
        <source>The export %1 is empty: there is nothing in it.</source>
        <translation>Der Export %1 ist leer: Er enthält nichts.</translation>
    </message>
    <message>
        <source>The export %1 cannot be read as a CSV file (a spreadsheet&apos;s text form). %2</source>
        <translation>Der Export %1 lässt sich nicht als CSV-Datei (die Textform einer Tabelle) lesen. %2</translation>
    </message>
    <message numerus="yes">
        <source>The export %1 reads as a CSV file with %n column(s).</source>
        <translation>
            <numerusform>Der Export %1 lässt sich als CSV-Datei mit %n Spalte lesen.</numerusform>
            <numerusform>Der Export %1 lässt sich als CSV-Datei mit %n Spalten lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export %1 has only its column names: there are no rows of data in it.</source>
        <translation>Der Export %1 enthält nur die Spaltennamen: Es sind keine Datenzeilen darin.</translation>
    </message>
    <message numerus="yes">
        <source>The export %1 holds %n row(s) of data.</source>
        <translation>
            <numerusform>Der Export %1 enthält %n Datenzeile.</numerusform>
            <numerusform>Der Export %1 enthält %n Datenzeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export %1 has the columns it needs: %2.</source>
        <translation>Der Export %1 hat die nötigen Spalten: %2.</translation>
    </message>
    <message>
        <source>The export %1 has no column for %2. Check that the export includes it; its columns are: %3.</source>
        <translation>Der Export %1 hat keine Spalte für %2. Prüfen Sie, ob der Export sie enthält; seine Spalten sind: %3.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Storefort plans (*.storefort);;All files (*)</source>
        <translation>Storefort-Pläne (*.storefort);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>FindingDetail</name>
    <message>
        <source>&amp;Accept as a Risk…</source>
        <translation>Als Risiko &amp;akzeptieren…</translation>
    </message>
    <message>
        <source>&amp;Withdraw Acceptance</source>
        <translation>Akzeptanz &amp;zurückziehen</translation>
    </message>
    <message>
        <source>About the chosen finding</source>
        <translation>Zum ausgewählten Befund</translation>
    </message>
    <message>
        <source>Open the step of the plan where this finding is fixed</source>
        <translation>Den Schritt des Plans öffnen, in dem dieser Befund behoben wird</translation>
    </message>
    <message>
        <source>Say why the shop carries this risk for now, and until when</source>
        <translation>Angeben, warum der Shop dieses Risiko vorerst trägt und bis wann</translation>
    </message>
    <message>
        <source>The finding counts again as open</source>
        <translation>Der Befund zählt wieder als offen</translation>
    </message>
    <message>
        <source>Accepted as a risk by %1 on %2, with no expiry.</source>
        <translation>Von %1 am %2 als Risiko akzeptiert, ohne Ablaufdatum.</translation>
    </message>
    <message>
        <source>Accepted as a risk until %1 by %2 on %3.</source>
        <translation>Bis %1 als Risiko akzeptiert, von %2 am %3.</translation>
    </message>
    <message>
        <source>Choose a finding to see why it matters, what was seen and how to fix it.</source>
        <translation>Wählen Sie einen Befund, um zu sehen, warum er wichtig ist, was festgestellt wurde und wie er sich beheben lässt.</translation>
    </message>
    <message>
        <source>G&amp;o to %1</source>
        <translation>Zu „%1“ &amp;wechseln</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu „%1“ wechseln</translation>
    </message>
    <message>
        <source>&amp;Change Acceptance…</source>
        <translation>Akzeptanz ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Betrifft: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Was festgestellt wurde</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>So beheben Sie es</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
</context>
<context>
    <name>FindingsCsv</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Was festgestellt wurde</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>So beheben Sie es</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Akzeptiert von</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Akzeptiert am</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Accepted until</source>
        <translation>Akzeptiert bis</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>akzeptiert</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>&amp;Accept as a Risk…</source>
        <translation>Als Risiko &amp;akzeptieren…</translation>
    </message>
    <message>
        <source>&amp;Withdraw Acceptance</source>
        <translation>Akzeptanz &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Accept as a Risk…</source>
        <translation>Als Risiko akzeptieren…</translation>
    </message>
    <message>
        <source>Withdraw Acceptance</source>
        <translation>Akzeptanz zurückziehen</translation>
    </message>
    <message>
        <source>Say why the shop carries this risk for now, and until when</source>
        <translation>Angeben, warum der Shop dieses Risiko vorerst trägt und bis wann</translation>
    </message>
    <message>
        <source>The finding counts again as open</source>
        <translation>Der Befund zählt wieder als offen</translation>
    </message>
    <message>
        <source>%1 — accepted until %2</source>
        <translation>%1 — akzeptiert bis %2</translation>
    </message>
    <message>
        <source>%1 — accepted, no expiry</source>
        <translation>%1 — akzeptiert, ohne Ablaufdatum</translation>
    </message>
    <message>
        <source>&amp;Change Acceptance…</source>
        <translation>Akzeptanz ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Change Acceptance…</source>
        <translation>Akzeptanz ändern…</translation>
    </message>
</context>
<context>
    <name>FindingsOutput</name>
    <message>
        <source>Findings (%1):</source>
        <translation>Befunde (%1):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>All findings</source>
        <translation>Alle Befunde</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>Als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Everything the checks found, from every step, most serious first. Choose a finding to see why it matters and how to fix it, then go to the step where it is fixed. A risk the shop chooses to carry can be accepted with a reason and an end date: it stays in the list, marked as accepted.</source>
        <translation>Alles, was die Prüfungen gefunden haben, aus allen Schritten, das Schwerwiegendste zuerst. Wählen Sie einen Befund, um zu sehen, warum er wichtig ist und wie er sich beheben lässt, und wechseln Sie dann zu dem Schritt, in dem er behoben wird. Ein Risiko, das der Shop bewusst tragen will, kann mit einer Begründung und einem Enddatum akzeptiert werden: Es bleibt in der Liste, als akzeptiert markiert.</translation>
    </message>
    <message>
        <source>Show findings of step</source>
        <translation>Befunde dieses Schritts anzeigen</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Alle Schritte</translation>
    </message>
    <message>
        <source>Show findings of severity</source>
        <translation>Befunde mit diesem Schweregrad anzeigen</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Show open or accepted findings</source>
        <translation>Offene oder akzeptierte Befunde anzeigen</translation>
    </message>
    <message>
        <source>Open and accepted</source>
        <translation>Offen und akzeptiert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Search the findings</source>
        <translation>Befunde durchsuchen</translation>
    </message>
    <message>
        <source>Words in the title, what was seen, the reason…</source>
        <translation>Wörter aus Titel, Feststellung, Begründung…</translation>
    </message>
    <message>
        <source>Save the findings the list shows as a file for a spreadsheet</source>
        <translation>Die in der Liste angezeigten Befunde als Datei für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Schritt:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Sch&amp;weregrad:</translation>
    </message>
    <message>
        <source>Sta&amp;te:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Go to the Step</source>
        <translation>Zum Schritt wechseln</translation>
    </message>
    <message>
        <source>Accept as a Risk…</source>
        <translation>Als Risiko akzeptieren…</translation>
    </message>
    <message>
        <source>Withdraw Acceptance</source>
        <translation>Akzeptanz zurückziehen</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu „%1“ wechseln</translation>
    </message>
    <message>
        <source>Change Acceptance…</source>
        <translation>Akzeptanz ändern…</translation>
    </message>
    <message>
        <source>Nothing found: no step of the plan has anything to fix right now.</source>
        <translation>Nichts gefunden: In keinem Schritt des Plans gibt es derzeit etwas zu beheben.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) open.</source>
        <translation>
            <numerusform>%n offener Befund.</numerusform>
            <numerusform>%n offene Befunde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them serious: start there.</source>
        <translation>
            <numerusform>%n davon schwerwiegend: Beginnen Sie dort.</numerusform>
            <numerusform>%n davon schwerwiegend: Beginnen Sie dort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted as a risk.</source>
        <translation>
            <numerusform>%n als Risiko akzeptiert.</numerusform>
            <numerusform>%n als Risiko akzeptiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n</source>
        <translation>
            <numerusform>%1 von %n angezeigt</numerusform>
            <numerusform>%1 von %n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 findings %2</source>
        <translation>Befunde %1 %2</translation>
    </message>
    <message>
        <source>Export the Findings</source>
        <translation>Befunde exportieren</translation>
    </message>
    <message>
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation>CSV-Dateien für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>Findings Not Exported</source>
        <translation>Befunde nicht exportiert</translation>
    </message>
    <message>
        <source>The findings could not be written to “%1”: %2. Choose another folder, for example your Documents folder.</source>
        <translation>Die Befunde konnten nicht in „%1“ geschrieben werden: %2. Wählen Sie einen anderen Ordner, zum Beispiel Ihren Dokumente-Ordner.</translation>
    </message>
</context>
<context>
    <name>FindingsRegisterModel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Accepted, no expiry</source>
        <translation>Akzeptiert, ohne Ablaufdatum</translation>
    </message>
    <message>
        <source>Accepted until %1</source>
        <translation>Akzeptiert bis %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Letter to %1</source>
        <translation>Brief an %1</translation>
    </message>
    <message>
        <source>someone removed</source>
        <translation>eine entfernte Person</translation>
    </message>
    <message>
        <source>The account register</source>
        <translation>Das Kontenverzeichnis</translation>
    </message>
    <message>
        <source>The DDoS plan</source>
        <translation>Der DDoS-Plan</translation>
    </message>
</context>
<context>
    <name>GitVerifier</name>
    <message>
        <source>Storefort could not start git (%1), the program it checks the code with. Install git, or check the code by hand.</source>
        <translation>Storefort konnte git (%1) nicht starten, das Programm, mit dem es den Code prüft. Installieren Sie git, oder prüfen Sie den Code von Hand.</translation>
    </message>
    <message>
        <source>git stopped unexpectedly while checking %1.</source>
        <translation>git wurde beim Prüfen von %1 unerwartet beendet.</translation>
    </message>
    <message>
        <source>No folder of the code is given.</source>
        <translation>Es ist kein Ordner mit dem Code angegeben.</translation>
    </message>
    <message>
        <source>The code&apos;s folder, %1, does not exist on this computer (or the drive or share it is on is not connected).</source>
        <translation>Der Ordner des Codes, %1, ist auf diesem Computer nicht vorhanden (oder das Laufwerk bzw. die Netzwerkfreigabe, auf der er liegt, ist nicht verbunden).</translation>
    </message>
    <message>
        <source>The folder %1 is not a git repository (a folder whose history git keeps), so Storefort cannot check the code in it.</source>
        <translation>Der Ordner %1 ist kein git-Repository (ein Ordner, dessen Verlauf git aufzeichnet), deshalb kann Storefort den Code darin nicht prüfen.</translation>
    </message>
    <message>
        <source>The folder %1 is a git repository.</source>
        <translation>Der Ordner %1 ist ein git-Repository.</translation>
    </message>
    <message>
        <source>The repository %1 has no commits yet: no version of the code is kept in it.</source>
        <translation>Das Repository %1 hat noch keine Commits: Es ist noch keine Version des Codes darin gespeichert.</translation>
    </message>
    <message>
        <source>The last change to the code is &quot;%1&quot; by %2, made %3 (less than a day ago).</source>
        <translation>Die letzte Änderung am Code ist „%1“ von %2, vorgenommen am %3 (vor weniger als einem Tag).</translation>
    </message>
    <message numerus="yes">
        <source>The last change to the code is &quot;%1&quot; by %2, made %3 (%n day(s) ago).</source>
        <translation>
            <numerusform>Die letzte Änderung am Code ist „%1“ von %2, vorgenommen am %3 (vor %n Tag).</numerusform>
            <numerusform>Die letzte Änderung am Code ist „%1“ von %2, vorgenommen am %3 (vor %n Tagen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change to the code is committed.</source>
        <translation>Jede Änderung am Code ist committet.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have changes that are not committed: they are not kept in the repository&apos;s history yet.</source>
        <translation>
            <numerusform>%n Datei hat Änderungen, die nicht committet sind: Sie sind noch nicht im Verlauf des Repositorys gespeichert.</numerusform>
            <numerusform>%n Dateien haben Änderungen, die nicht committet sind: Sie sind noch nicht im Verlauf des Repositorys gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>git could not tell which files have changes that are not committed.</source>
        <translation>git konnte nicht feststellen, welche Dateien Änderungen haben, die nicht committet sind.</translation>
    </message>
    <message>
        <source>The code exists only on this machine: the repository has no remote copy (on GitHub, GitLab, your host, ...).</source>
        <translation>Der Code existiert nur auf diesem Rechner: Das Repository hat keine entfernte Kopie (bei GitHub, GitLab, Ihrem Hoster …).</translation>
    </message>
    <message numerus="yes">
        <source>The code exists only on this machine: the repository has no remote copy (on GitHub, GitLab, your host, ...) to push its %n commit(s) to.</source>
        <translation>
            <numerusform>Der Code existiert nur auf diesem Rechner: Das Repository hat keine entfernte Kopie (bei GitHub, GitLab, Ihrem Hoster …), in die sich sein %n Commit pushen ließe.</numerusform>
            <numerusform>Der Code existiert nur auf diesem Rechner: Das Repository hat keine entfernte Kopie (bei GitHub, GitLab, Ihrem Hoster …), in die sich seine %n Commits pushen ließen.</numerusform>
        </translation>
    </message>
    <message>
        <source>git could not tell whether every commit is pushed to a remote copy.</source>
        <translation>git konnte nicht feststellen, ob jeder Commit in eine entfernte Kopie gepusht ist.</translation>
    </message>
    <message>
        <source>Every commit is pushed to the remote copy (%1).</source>
        <translation>Jeder Commit ist in die entfernte Kopie (%1) gepusht.</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) exist only on this machine: they are not pushed to the remote copy (%1) yet.</source>
        <translation>
            <numerusform>%n Commit existiert nur auf diesem Rechner: Er ist noch nicht in die entfernte Kopie (%1) gepusht.</numerusform>
            <numerusform>%n Commits existieren nur auf diesem Rechner: Sie sind noch nicht in die entfernte Kopie (%1) gepusht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelloExchange</name>
    <message>
        <source>The connection was refused.</source>
        <translation>Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The server could not be reached within %1 s.</source>
        <translation>Der Server war innerhalb von %1 s nicht erreichbar.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation>Der Server hat innerhalb von %1 s nicht geantwortet.</translation>
    </message>
    <message>
        <source>The server sent more than %1 KiB without finishing its answer.</source>
        <translation>Der Server hat mehr als %1 KiB gesendet, ohne seine Antwort abzuschließen.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>The history breaks at this entry: it was changed, removed or reordered outside Storefort.</source>
        <translation>Hier ist der Verlauf unterbrochen: Dieser Eintrag wurde außerhalb von Storefort geändert, entfernt oder umsortiert.</translation>
    </message>
    <message>
        <source>Team member %1</source>
        <translation>Teammitglied %1</translation>
    </message>
    <message>
        <source>Computer account %1</source>
        <translation>Benutzerkonto %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was geändert wurde</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Only &amp;between</source>
        <translation>Nur &amp;zwischen</translation>
    </message>
    <message>
        <source>Every change to the plan is written here: what changed, from what to what, who made the change and when. Each entry is sealed together with the one before it, so an entry changed or deleted outside Storefort shows up as a break.</source>
        <translation>Hier wird jede Änderung am Plan festgehalten: was sich geändert hat, von welchem Wert zu welchem, wer die Änderung gemacht hat und wann. Jeder Eintrag ist zusammen mit dem vorherigen versiegelt, sodass ein Eintrag, der außerhalb von Storefort geändert oder gelöscht wurde, als Bruch sichtbar wird.</translation>
    </message>
    <message>
        <source>Show changes in area</source>
        <translation>Änderungen im Bereich anzeigen</translation>
    </message>
    <message>
        <source>Show changes by</source>
        <translation>Änderungen anzeigen von</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Be&amp;reich:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Verlauf der Änderungen</translation>
    </message>
    <message>
        <source>It has 1 entry.</source>
        <translation>Er enthält 1 Eintrag.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries, each linked to the one before.</source>
        <translation>
            <numerusform>%Ln Eintrag, mit dem vorherigen verknüpft.</numerusform>
            <numerusform>%Ln Einträge, jeder mit dem vorherigen verknüpft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history is intact.</source>
        <translation>Der Verlauf ist intakt.</translation>
    </message>
    <message>
        <source>The history has been tampered with.</source>
        <translation>Der Verlauf wurde manipuliert.</translation>
    </message>
    <message>
        <source> Storefort has not repaired anything. If you did not expect this, compare the plan with an earlier copy.</source>
        <translation> Storefort hat nichts repariert. Wenn Sie das nicht erwartet haben, vergleichen Sie den Plan mit einer früheren Kopie.</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>Der Verlauf konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle Bereiche</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>HttpResponse</name>
    <message>
        <source>The server&apos;s answer has more than %1 KiB of headers.</source>
        <translation>Die Antwort des Servers hat mehr als %1 KiB an Headern.</translation>
    </message>
    <message>
        <source>The server did not answer with HTTP.</source>
        <translation>Der Server hat nicht mit HTTP geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has a malformed header.</source>
        <translation>Die Antwort des Servers enthält einen fehlerhaften Header.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has more than %1 headers.</source>
        <translation>Die Antwort des Servers hat mehr als %1 Header.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was empty.</source>
        <translation>Die Antwort des Servers war leer.</translation>
    </message>
</context>
<context>
    <name>IcsCalendar</name>
    <message>
        <source>Could not save the calendar to %1: %2</source>
        <translation>Der Kalender konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportAccountsDialog</name>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer Eintrag</numerusform>
            <numerusform>… und %n weitere Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New System…</source>
        <translation>&amp;Neues System…</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Match Columns…</source>
        <translation>Spalten &amp;zuordnen…</translation>
    </message>
    <message>
        <source>&amp;Skip the rows that could not be read</source>
        <translation>Nicht lesbare Zeilen ü&amp;berspringen</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Zu&amp;rück</translation>
    </message>
    <message>
        <source>&amp;Compare with the Plan</source>
        <translation>Mit dem Plan &amp;vergleichen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Konten importieren</translation>
    </message>
    <message>
        <source>Export the list of users from the system (most shop platforms, hosting panels and email services can save it as a CSV file), then choose that file here. Nothing changes until you have seen what the import would do.</source>
        <translation>Exportieren Sie die Benutzerliste aus dem System (die meisten Shop-Plattformen, Hosting-Panels und E-Mail-Dienste können sie als CSV-Datei speichern) und wählen Sie diese Datei hier aus. Es ändert sich nichts, bevor Sie gesehen haben, was der Import bewirken würde.</translation>
    </message>
    <message>
        <source>The system the file&apos;s accounts are on</source>
        <translation>Das System, auf dem sich die Konten der Datei befinden</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>Storefort recognises the file by its columns; change this if it guessed wrong.</source>
        <translation>Storefort erkennt die Datei an ihren Spalten; ändern Sie dies, falls falsch geraten wurde.</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystem:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Accounts on file that the export no longer lists. They are marked removed, not deleted, so their history stays.</source>
        <translation>Erfasste Konten, die der Export nicht mehr aufführt. Sie werden als entfernt markiert, nicht gelöscht, damit ihr Verlauf erhalten bleibt.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Why it could not be read</source>
        <translation>Warum sie nicht gelesen werden konnte</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Nicht gelesen</translation>
    </message>
    <message>
        <source>Apply the rows that could be read and leave the others out. The accounts on the rows left out stay as they are on file.</source>
        <translation>Die lesbaren Zeilen übernehmen und die anderen auslassen. Die Konten in den ausgelassenen Zeilen bleiben so, wie sie erfasst sind.</translation>
    </message>
    <message>
        <source>Choose the Exported Accounts</source>
        <translation>Exportierte Konten auswählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>This does not look like a CSV file: %1</source>
        <translation>Das sieht nicht nach einer CSV-Datei aus: %1</translation>
    </message>
    <message>
        <source>Storefort does not know this export; match its columns below.</source>
        <translation>Storefort kennt diesen Export nicht; ordnen Sie seine Spalten unten zu.</translation>
    </message>
    <message>
        <source>This looks like an export from %1.</source>
        <translation>Das sieht nach einem Export aus %1 aus.</translation>
    </message>
    <message>
        <source>Say which column holds the user names with Match Columns.</source>
        <translation>Geben Sie mit „Spalten zuordnen“ an, welche Spalte die Benutzernamen enthält.</translation>
    </message>
    <message>
        <source>User names are read from the column &quot;%1&quot;.</source>
        <translation>Die Benutzernamen werden aus der Spalte „%1“ gelesen.</translation>
    </message>
    <message>
        <source>Reading %1 and comparing it with the accounts on file…</source>
        <translation>%1 wird gelesen und mit den erfassten Konten verglichen…</translation>
    </message>
    <message>
        <source>File Not Read</source>
        <translation>Datei nicht gelesen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Nothing to change: the plan already has the accounts of %1 as this file lists them.</source>
        <translation>Nichts zu ändern: Der Plan enthält die Konten von %1 bereits so, wie diese Datei sie aufführt.</translation>
    </message>
    <message>
        <source>This is what importing %1 would change on %2. Nothing is changed until you choose Apply.</source>
        <translation>Das würde sich durch den Import von %1 auf %2 ändern. Geändert wird erst, wenn Sie „Übernehmen“ wählen.</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>ganze Datei</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Neu (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Geändert (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Entfernt (%1)</translation>
    </message>
    <message>
        <source>Not read (%1)</source>
        <translation>Nicht gelesen (%1)</translation>
    </message>
    <message>
        <source>Applying the import…</source>
        <translation>Der Import wird übernommen…</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Import Not Applied</source>
        <translation>Import nicht übernommen</translation>
    </message>
    <message>
        <source>Columns Not Remembered</source>
        <translation>Spalten nicht gemerkt</translation>
    </message>
    <message>
        <source>The accounts were imported, but the columns you matched could not be remembered for next time.</source>
        <translation>Die Konten wurden importiert, aber die zugeordneten Spalten konnten nicht für das nächste Mal gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read. Correct the file and import it again, or tick the box above to import the rest without them.</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gelesen werden. Korrigieren Sie die Datei und importieren Sie sie erneut, oder setzen Sie oben das Häkchen, um den Rest ohne diese Zeile zu importieren.</numerusform>
            <numerusform>%n Zeilen konnten nicht gelesen werden. Korrigieren Sie die Datei und importieren Sie sie erneut, oder setzen Sie oben das Häkchen, um den Rest ohne diese Zeilen zu importieren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportAnswersDialog</name>
    <message>
        <source>Import Answers from %1</source>
        <translation>Antworten aus %1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n answer(s).</source>
        <translation>
            <numerusform>„%1“ enthält %n Antwort.</numerusform>
            <numerusform>„%1“ enthält %n Antworten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without an answer are skipped.</source>
        <translation>
            <numerusform>%n Zeile ohne Antwort wird übersprungen.</numerusform>
            <numerusform>%n Zeilen ohne Antwort werden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are the same as on file already.</source>
        <translation>
            <numerusform>%n Antwort stimmt mit der bereits erfassten überein.</numerusform>
            <numerusform>%n Antworten stimmen mit den bereits erfassten überein.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be read as a fill-in file.</source>
        <translation>„%1“ konnte nicht als Ausfülldatei gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were found; rows with a problem are not recorded.</source>
        <translation>
            <numerusform>%n Problem gefunden; Zeilen mit einem Problem werden nicht erfasst.</numerusform>
            <numerusform>%n Probleme gefunden; Zeilen mit einem Problem werden nicht erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems were found.</source>
        <translation>Es wurden keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Nothing is recorded until you choose.</source>
        <translation>Erst wenn Sie sich entscheiden, wird etwas erfasst.</translation>
    </message>
    <message>
        <source>&amp;Answers to record:</source>
        <translation>Zu erfassende &amp;Antworten:</translation>
    </message>
    <message>
        <source>Answers to record</source>
        <translation>Zu erfassende Antworten</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Antwort von</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>replaces “%1” (%2)</source>
        <translation>ersetzt „%1“ (%2)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>&amp;Problems in the file:</source>
        <translation>&amp;Probleme in der Datei:</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Probleme in der Datei</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Record %n Answer(s)</source>
        <translation>
            <numerusform>%n Antwort &amp;erfassen</numerusform>
            <numerusform>%n Antworten &amp;erfassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the problems in the file first, or record only the valid answers</source>
        <translation>Beheben Sie zuerst die Probleme in der Datei, oder erfassen Sie nur die gültigen Antworten</translation>
    </message>
    <message numerus="yes">
        <source>Record the %n &amp;Valid Answer(s), Skip the Errors</source>
        <translation>
            <numerusform>Die %n &amp;gültige Antwort erfassen, Fehler überspringen</numerusform>
            <numerusform>Die %n &amp;gültigen Antworten erfassen, Fehler überspringen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain&apos;s message was withheld because it contained the password.</source>
        <translation>Die Meldung des Schlüsselbunds wird nicht angezeigt, weil sie das Passwort enthielt.</translation>
    </message>
    <message>
        <source>There is no password to save.</source>
        <translation>Es gibt kein Passwort zum Speichern.</translation>
    </message>
</context>
<context>
    <name>LeaversView</name>
    <message>
        <source>&amp;Mark as Left…</source>
        <translation>Als &amp;ausgeschieden markieren…</translation>
    </message>
    <message>
        <source>When someone leaves, every account they had must be disabled or handed over to a colleague. Tick each one off as it is done.</source>
        <translation>Wenn jemand geht, muss jedes Konto dieser Person deaktiviert oder an eine Kollegin oder einen Kollegen übergeben werden. Haken Sie jedes Konto ab, sobald das erledigt ist.</translation>
    </message>
    <message>
        <source>People who left</source>
        <translation>Ausgeschiedene Personen</translation>
    </message>
    <message>
        <source>The leaver’s accounts</source>
        <translation>Konten der ausgeschiedenen Person</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Was getan wurde</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Kollege/Kollegin</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>ausgeschieden am %1</translation>
    </message>
    <message>
        <source>left</source>
        <translation>ausgeschieden</translation>
    </message>
    <message>
        <source>no accounts</source>
        <translation>keine Konten</translation>
    </message>
    <message>
        <source>all done</source>
        <translation>alles erledigt</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>Nobody has left. When someone does, mark them as left: their accounts then show here to be closed one by one.</source>
        <translation>Niemand ist ausgeschieden. Wenn jemand geht, markieren Sie die Person als ausgeschieden: Die Konten der Person erscheinen dann hier und können eines nach dem anderen geschlossen werden.</translation>
    </message>
    <message>
        <source>Choose a person to see their accounts.</source>
        <translation>Wählen Sie eine Person, um ihre Konten zu sehen.</translation>
    </message>
    <message>
        <source>%1 had no accounts on file.</source>
        <translation>Für %1 waren keine Konten erfasst.</translation>
    </message>
    <message>
        <source>%1’s accounts</source>
        <translation>Konten von %1</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed on the system</source>
        <translation>Auf dem System geschlossen</translation>
    </message>
    <message>
        <source>The account is %1 on %2 itself: nothing left to do.</source>
        <translation>Das Konto ist auf %2 selbst bereits %1: Hier ist nichts mehr zu tun.</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>Übergeben an</translation>
    </message>
    <message>
        <source>someone removed</source>
        <translation>eine entfernte Person</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Mark as Left</source>
        <translation>Als ausgeschieden markieren</translation>
    </message>
    <message>
        <source>Their accounts then show here as a checklist to disable or hand over.</source>
        <translation>Die Konten der Person erscheinen dann hier als Checkliste zum Deaktivieren oder Übergeben.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Who left</source>
        <translation>&amp;Wer ist ausgeschieden</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Letzter Tag</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>&amp;Every question that applies</source>
        <translation>&amp;Alle zutreffenden Fragen</translation>
    </message>
    <message>
        <source>Only the &amp;outstanding ones (not answered, or due again)</source>
        <translation>Nur die &amp;offenen (unbeantwortet oder wieder fällig)</translation>
    </message>
    <message>
        <source>Save Letter as &amp;PDF…</source>
        <translation>Brief als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save &amp;Fill-in File (CSV)…</source>
        <translation>Aus&amp;fülldatei speichern (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Copy Email Text</source>
        <translation>E-Mail-Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;Email Program</source>
        <translation>Im &amp;E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Ask %1</source>
        <translation>Fragen an %1</translation>
    </message>
    <message>
        <source>Send them the letter (as PDF or email) with the fill-in file. When they send the file back, import it with “Import Returned File…”.</source>
        <translation>Schicken Sie dem Dienstleister den Brief (als PDF oder E-Mail) zusammen mit der Ausfülldatei. Wenn die Datei zurückkommt, importieren Sie sie mit „Zurückgeschickte Datei importieren…“.</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Vorschau des Briefs</translation>
    </message>
    <message>
        <source>Opens a new email to %1 in your email program</source>
        <translation>Öffnet in Ihrem E-Mail-Programm eine neue E-Mail an %1</translation>
    </message>
    <message>
        <source>Add the provider’s support email first (on the Contact tab)</source>
        <translation>Tragen Sie zuerst die Support-E-Mail-Adresse des Dienstleisters ein (auf dem Reiter „Kontakt“)</translation>
    </message>
    <message>
        <source>Nothing to ask: every question has a current answer. Choose “Every question” to ask them all again.</source>
        <translation>Nichts zu fragen: Zu jeder Frage gibt es eine aktuelle Antwort. Wählen Sie „Alle zutreffenden Fragen“, um alle noch einmal zu stellen.</translation>
    </message>
    <message>
        <source>Save Letter as PDF</source>
        <translation>Brief als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the letter…</source>
        <translation>Brief wird erstellt…</translation>
    </message>
    <message>
        <source>The letter is saved as %1.</source>
        <translation>Der Brief wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Letter Not Saved</source>
        <translation>Brief nicht gespeichert</translation>
    </message>
    <message>
        <source>Save Fill-in File</source>
        <translation>Ausfülldatei speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Fill-in File Not Saved</source>
        <translation>Ausfülldatei nicht gespeichert</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The fill-in file is saved as %1. They can fill it in with any spreadsheet program.</source>
        <translation>Die Ausfülldatei wurde als %1 gespeichert. Der Dienstleister kann sie mit jedem Tabellenkalkulationsprogramm ausfüllen.</translation>
    </message>
    <message>
        <source>The email text is copied. A subject to use: “%1”.</source>
        <translation>Der E-Mail-Text wurde kopiert. Als Betreff eignet sich: „%1“.</translation>
    </message>
    <message>
        <source>No Email Program</source>
        <translation>Kein E-Mail-Programm</translation>
    </message>
    <message>
        <source>No email program opened. Use “Copy Email Text” and paste it into a new email.</source>
        <translation>Es hat sich kein E-Mail-Programm geöffnet. Verwenden Sie „E-Mail-Text kopieren“ und fügen Sie den Text in eine neue E-Mail ein.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Show &amp;History</source>
        <translation>Verlauf an&amp;sehen</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>My shop</source>
        <translation>Mein Shop</translation>
    </message>
    <message>
        <source>Open My &amp;Default Plan</source>
        <translation>&amp;Meinen Standardplan öffnen</translation>
    </message>
    <message>
        <source>Start a &amp;Fresh Plan</source>
        <translation>Mit einem &amp;leeren Plan beginnen</translation>
    </message>
    <message>
        <source>It was taken off the list of recent plans.</source>
        <translation>Er wurde aus der Liste der zuletzt geöffneten Pläne entfernt.</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Plan öffnen</translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>&amp;Neuer Plan…</translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation>Plan &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Close Plan</source>
        <translation>Plan &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig:</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen:</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Storefort</source>
        <translation>&amp;Über Storefort</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Keine zuletzt geöffneten Pläne</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Storefort</source>
        <translation>Storefort</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Changes cannot be made to it here.</source>
        <translation>Er kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>This plan is read-only.</source>
        <translation>Dieser Plan ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The plan&apos;s history has been tampered with.</source>
        <translation>Der Verlauf des Plans wurde manipuliert.</translation>
    </message>
    <message>
        <source> Storefort has not repaired or hidden anything.</source>
        <translation> Storefort hat nichts repariert oder verborgen.</translation>
    </message>
    <message>
        <source>No plan open</source>
        <translation>Kein Plan geöffnet</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be made</source>
        <translation>Schreibgeschützt: Änderungen sind nicht möglich</translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation>Jede Änderung wird sofort gespeichert</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>Neuer Shop</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>A copy of the plan was saved as %1.</source>
        <translation>Eine Kopie des Plans wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>About Storefort</source>
        <translation>Über Storefort</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Storefort %1&lt;/h3&gt;&lt;p&gt;Storefort walks the owner of a small online shop through a security plan for the shop, step by step and in plain words.&lt;/p&gt;&lt;p&gt;It works offline. Passwords are kept only in your system&apos;s keychain.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://storefort.org&quot;&gt;storefort.org&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Storefort %1&lt;/h3&gt;&lt;p&gt;Storefort begleitet Sie als Inhaberin oder Inhaber eines kleinen Onlineshops Schritt für Schritt und in verständlichen Worten durch einen Sicherheitsplan für Ihren Shop.&lt;/p&gt;&lt;p&gt;Es funktioniert offline. Passwörter werden nur im Schlüsselbund Ihres Systems aufbewahrt.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://storefort.org&quot;&gt;storefort.org&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Earlier Copies…</source>
        <translation>&amp;Frühere Kopien…</translation>
    </message>
    <message>
        <source>Go back to the plan as it was when it was opened before</source>
        <translation>Zum Plan zurückkehren, wie er bei einem früheren Öffnen war</translation>
    </message>
    <message>
        <source>&amp;Set Up the Shop Again…</source>
        <translation>Shop neu &amp;einrichten…</translation>
    </message>
    <message>
        <source>Go through the shop&apos;s name, site, team and providers again</source>
        <translation>Name, Website, Team und Dienstleister des Shops noch einmal durchgehen</translation>
    </message>
</context>
<context>
    <name>MozillaIntermediate</name>
    <message>
        <source>The site accepted no protocol at all, so it cannot match the profile.</source>
        <translation>Die Website hat überhaupt kein Protokoll angenommen und kann daher nicht zum Profil passen.</translation>
    </message>
    <message>
        <source>%1 is accepted; the profile allows only TLS 1.2 and TLS 1.3.</source>
        <translation>%1 wird akzeptiert; das Profil erlaubt nur TLS 1.2 und TLS 1.3.</translation>
    </message>
    <message>
        <source>TLS 1.2 is not accepted; the profile needs it for older browsers.</source>
        <translation>TLS 1.2 wird nicht akzeptiert; das Profil braucht es für ältere Browser.</translation>
    </message>
    <message>
        <source>TLS 1.3 is not accepted; the profile turns it on.</source>
        <translation>TLS 1.3 wird nicht akzeptiert; das Profil schaltet es ein.</translation>
    </message>
    <message>
        <source>TLS 1.2 accepts cipher suites outside the profile: %1.</source>
        <translation>TLS 1.2 akzeptiert Cipher-Suites außerhalb des Profils: %1.</translation>
    </message>
    <message>
        <source>TLS 1.3 accepts cipher suites outside the profile: %1.</source>
        <translation>TLS 1.3 akzeptiert Cipher-Suites außerhalb des Profils: %1.</translation>
    </message>
    <message>
        <source>The server accepts key exchange groups outside the profile: %1.</source>
        <translation>Der Server akzeptiert Gruppen für den Schlüsselaustausch außerhalb des Profils: %1.</translation>
    </message>
    <message>
        <source>The DH parameters are %1 bits; the profile needs at least 2048 (ffdhe2048).</source>
        <translation>Die DH-Parameter haben %1 Bit; das Profil verlangt mindestens 2048 (ffdhe2048).</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is %1 %2 bits; the profile wants RSA of 2048 bits or ECDSA P-256.</source>
        <translation>Der Schlüssel des Zertifikats ist %1 mit %2 Bit; das Profil verlangt RSA mit 2048 Bit oder ECDSA P-256.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The certificate is signed with %1; the profile signs with SHA-256.</source>
        <translation>Das Zertifikat ist mit %1 signiert; das Profil signiert mit SHA-256.</translation>
    </message>
    <message>
        <source>The certificate is valid for %1 days; the profile recommends at most 366.</source>
        <translation>Das Zertifikat ist %1 Tage gültig; das Profil empfiehlt höchstens 366.</translation>
    </message>
    <message>
        <source>The probe saw no certificate to check.</source>
        <translation>Die Prüfung hat kein Zertifikat zum Prüfen gesehen.</translation>
    </message>
    <message>
        <source>The profile also offers these groups, which the server does not: %1.</source>
        <translation>Das Profil bietet außerdem diese Gruppen an, der Server aber nicht: %1.</translation>
    </message>
    <message>
        <source>HSTS lasts %1 seconds; the profile recommends two years (63072000).</source>
        <translation>HSTS gilt %1 Sekunden; das Profil empfiehlt zwei Jahre (63072000).</translation>
    </message>
    <message>
        <source>No HSTS; the profile recommends HSTS for two years (max-age=63072000).</source>
        <translation>Kein HSTS; das Profil empfiehlt HSTS für zwei Jahre (max-age=63072000).</translation>
    </message>
    <message>
        <source>The server does not staple OCSP; the profile recommends it.</source>
        <translation>Der Server liefert keine OCSP-Antwort mit (Stapling); das Profil empfiehlt es.</translation>
    </message>
    <message>
        <source>The server imposes its own cipher order; the profile lets the browser choose.</source>
        <translation>Der Server erzwingt seine eigene Reihenfolge der Verschlüsselungsverfahren; das Profil lässt den Browser wählen.</translation>
    </message>
</context>
<context>
    <name>NoPlanPage</name>
    <message>
        <source>No plan is open</source>
        <translation>Es ist kein Plan geöffnet</translation>
    </message>
    <message>
        <source>A plan holds everything Storefort knows about one shop&apos;s security: the team, what your providers promised, who can get in, and how to recover. Open your plan, or start a new one for another shop.</source>
        <translation>Ein Plan enthält alles, was Storefort über die Sicherheit eines Shops weiß: das Team, was Ihre Dienstleister zugesagt haben, wer Zugang hat und wie Sie nach einem Vorfall wieder auf die Beine kommen. Öffnen Sie Ihren Plan oder beginnen Sie einen neuen für einen anderen Shop.</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>&amp;Neuer Plan…</translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation>Plan &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Recent plans:</source>
        <translation>&amp;Zuletzt geöffnete Pläne:</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Zuletzt geöffnete Pläne</translation>
    </message>
    <message>
        <source>The plan could not be opened.</source>
        <translation>Der Plan konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 — in %2</source>
        <translation>%1 — in %2</translation>
    </message>
    <message>
        <source>%1 — not found in %2</source>
        <translation>%1 — nicht gefunden in %2</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>There is nothing to print on.</source>
        <translation>Es gibt nichts, worauf gedruckt werden könnte.</translation>
    </message>
    <message>
        <source>Could not start printing: the printer or file is not ready.</source>
        <translation>Der Druck konnte nicht gestartet werden: Der Drucker oder die Datei ist nicht bereit.</translation>
    </message>
    <message>
        <source>Could not print page %1: the printer or file stopped accepting pages.</source>
        <translation>Seite %1 konnte nicht gedruckt werden: Der Drucker oder die Datei nimmt keine Seiten mehr an.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Could not finish printing: the printer or file is not ready.</source>
        <translation>Der Druck konnte nicht abgeschlossen werden: Der Drucker oder die Datei ist nicht bereit.</translation>
    </message>
    <message>
        <source>Could not save the PDF to %1: %2</source>
        <translation>Das PDF konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>PdfCommand</name>
    <message>
        <source>Where to write the PDF.</source>
        <translation>Wohin das PDF geschrieben wird.</translation>
    </message>
    <message>
        <source>a4 or letter (default: the usual paper here).</source>
        <translation>a4 oder letter (Standard: das hier übliche Papierformat).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite).</numerusform>
            <numerusform>%1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Entwickler/in</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <source>Provider contact</source>
        <translation>Kontakt bei einem Dienstleister</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Write it like name@shop.example.</source>
        <translation>„%1“ ist keine E-Mail-Adresse. Schreiben Sie sie wie name@shop.example.</translation>
    </message>
    <message>
        <source>Every team member needs a name.</source>
        <translation>Jedes Teammitglied braucht einen Namen.</translation>
    </message>
    <message>
        <source>Enter the date %1 left, so their access can be checked.</source>
        <translation>Geben Sie an, wann %1 ausgeschieden ist, damit die Zugänge geprüft werden können.</translation>
    </message>
</context>
<context>
    <name>PersonAccessDialog</name>
    <message>
        <source>Say what their work needs</source>
        <translation>Angeben, was die Arbeit erfordert</translation>
    </message>
    <message>
        <source>What %1’s Work Needs</source>
        <translation>Was %1 für die Arbeit braucht</translation>
    </message>
    <message>
        <source>Tick the data %1 needs to do their work. The access review then shows where their accounts reach more than that. Left unsaid, the usual reach of their accounts’ roles counts as needed.</source>
        <translation>Kreuzen Sie die Daten an, die %1 für die Arbeit braucht. Die Zugriffsprüfung zeigt dann, wo die Konten dieser Person weiter reichen. Ist nichts angegeben, gilt als benötigt, worauf die Rollen der Konten üblicherweise zugreifen können.</translation>
    </message>
    <message>
        <source>Their project has &amp;ended, on</source>
        <translation>Projekt &amp;beendet am</translation>
    </message>
    <message>
        <source>After the project ends, write them a letter asking which accounts they still need (on the Letters tab).</source>
        <translation>Schreiben Sie nach Projektende einen Brief und fragen Sie, welche Konten noch gebraucht werden (auf dem Reiter „Briefe an Entwickler“).</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>&amp;Works on the shop</source>
        <translation>Ar&amp;beitet für den Shop</translation>
    </message>
    <message>
        <source>&amp;Has left, on</source>
        <translation>Aus&amp;geschieden am</translation>
    </message>
    <message>
        <source>Add a Team Member</source>
        <translation>Teammitglied hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Everyone who works on or for the shop: staff, developers, the agency, and your contacts at the host or other providers.</source>
        <translation>Alle, die im oder für den Shop arbeiten: Personal, Entwickler, die Agentur und Ihre Ansprechpartner beim Hoster oder bei anderen Dienstleistern.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role in the business</source>
        <translation>Rolle im Unternehmen</translation>
    </message>
    <message>
        <source>For example: Owner, Bookkeeper, Web developer</source>
        <translation>Zum Beispiel: Inhaber, Buchhaltung, Webentwicklung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name@shop.example</source>
        <translation>name@shop.example</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Date they left</source>
        <translation>Austrittsdatum</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role in the business:</source>
        <translation>&amp;Rolle im Unternehmen:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ar&amp;t:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>The plan has no shop profile; the file is damaged.</source>
        <translation>Der Plan hat kein Shop-Profil; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>This plan is open read-only, so it cannot be changed here. %1</source>
        <translation>Dieser Plan ist schreibgeschützt geöffnet und kann hier nicht geändert werden. %1</translation>
    </message>
    <message>
        <source>The plan could not be changed: %1</source>
        <translation>Der Plan konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>The change could not be written to the plan: %1</source>
        <translation>Die Änderung konnte nicht in den Plan geschrieben werden: %1</translation>
    </message>
    <message>
        <source>That person is not on the team.</source>
        <translation>Diese Person gehört nicht zum Team.</translation>
    </message>
    <message>
        <source>That person is no longer on the team.</source>
        <translation>Diese Person gehört nicht mehr zum Team.</translation>
    </message>
    <message>
        <source>A probe without a host or a result cannot be kept.</source>
        <translation>Eine Prüfung ohne Host oder Ergebnis kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The probe history could not be read: %1</source>
        <translation>Die bisherigen Prüfungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The providers&apos; answers could not be read: %1</source>
        <translation>Die Antworten der Dienstleister konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The evidence files could not be read: %1</source>
        <translation>Die Nachweisdateien konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>That provider is no longer in the plan.</source>
        <translation>Dieser Dienstleister ist nicht mehr im Plan.</translation>
    </message>
    <message>
        <source>There is no question &quot;%1&quot; in this version of Storefort.</source>
        <translation>In dieser Version von Storefort gibt es keine Frage „%1“.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is not asked of a %2.</source>
        <translation>Die Frage „%1“ wird einem Dienstleister der Art „%2“ nicht gestellt.</translation>
    </message>
    <message>
        <source>Say who gave the answer: a name at %1, an email address or a document.</source>
        <translation>Geben Sie an, wer geantwortet hat: einen Namen bei %1, eine E-Mail-Adresse oder ein Dokument.</translation>
    </message>
    <message>
        <source>Enter the date the answer was given.</source>
        <translation>Geben Sie das Datum der Antwort ein.</translation>
    </message>
    <message>
        <source>The answer cannot have been given in the future (%1).</source>
        <translation>Die Antwort kann nicht in der Zukunft gegeben worden sein (%1).</translation>
    </message>
    <message>
        <source>The answer was given to version %1 of the question, but this Storefort knows only version %2.</source>
        <translation>Die Antwort bezieht sich auf Version %1 der Frage, diese Storefort-Version kennt aber nur Version %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is answered twice.</source>
        <translation>Die Frage „%1“ ist zweimal beantwortet.</translation>
    </message>
    <message>
        <source>That answer is no longer on file.</source>
        <translation>Diese Antwort ist nicht mehr erfasst.</translation>
    </message>
    <message>
        <source>An evidence file needs a name.</source>
        <translation>Eine Nachweisdatei braucht einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty, so it cannot serve as evidence.</source>
        <translation>„%1“ ist leer und kann daher nicht als Nachweis dienen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; evidence files can be at most %3. Keep a smaller extract, or note where the full document is kept.</source>
        <translation>„%1“ ist %2 groß; Nachweisdateien dürfen höchstens %3 groß sein. Bewahren Sie einen kleineren Auszug auf, oder notieren Sie, wo das vollständige Dokument liegt.</translation>
    </message>
    <message>
        <source>The evidence file could not be read: %1</source>
        <translation>Die Nachweisdatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>That evidence file is no longer in the plan.</source>
        <translation>Diese Nachweisdatei ist nicht mehr im Plan.</translation>
    </message>
    <message>
        <source>The evidence file in the plan is damaged: its contents no longer match the SHA-256 recorded when it was added.</source>
        <translation>Die Nachweisdatei im Plan ist beschädigt: Ihr Inhalt passt nicht mehr zu dem SHA-256-Wert, der beim Hinzufügen festgehalten wurde.</translation>
    </message>
    <message>
        <source>The providers could not be read: %1</source>
        <translation>Die Dienstleister konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Answers can be kept between 1 and 120 months before they are asked again.</source>
        <translation>Antworten können 1 bis 120 Monate gelten, bevor sie erneut erfragt werden.</translation>
    </message>
    <message>
        <source>Every account needs its user name.</source>
        <translation>Jedes Konto braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>That system is no longer in the plan.</source>
        <translation>Dieses System ist nicht mehr im Plan.</translation>
    </message>
    <message>
        <source>One of the account&apos;s people is no longer on the team.</source>
        <translation>Eine der Personen dieses Kontos gehört nicht mehr zum Team.</translation>
    </message>
    <message>
        <source>The system already has an account named &quot;%1&quot;.</source>
        <translation>Das System hat bereits ein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>That account is no longer in the plan.</source>
        <translation>Dieses Konto ist nicht mehr im Plan.</translation>
    </message>
    <message>
        <source>A mapping needs the column that holds the user names.</source>
        <translation>Eine Zuordnung braucht die Spalte mit den Benutzernamen.</translation>
    </message>
    <message>
        <source>Write the date of the access review.</source>
        <translation>Geben Sie das Datum der Zugriffsprüfung ein.</translation>
    </message>
    <message>
        <source>The access review&apos;s date is in the future.</source>
        <translation>Das Datum der Zugriffsprüfung liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>Die Konten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The accounts changed since this import was compared with them. Compare the file again before applying it.</source>
        <translation>Die Konten haben sich geändert, seit dieser Import mit ihnen verglichen wurde. Vergleichen Sie die Datei erneut, bevor Sie sie übernehmen.</translation>
    </message>
    <message>
        <source>This import was compared with the accounts of another system.</source>
        <translation>Dieser Import wurde mit den Konten eines anderen Systems verglichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file could not be read. Correct the file, or choose to skip those rows, before the import is applied.</source>
        <translation>
            <numerusform>%n Zeile der Datei konnte nicht gelesen werden. Korrigieren Sie die Datei oder lassen Sie diese Zeile überspringen, bevor der Import übernommen wird.</numerusform>
            <numerusform>%n Zeilen der Datei konnten nicht gelesen werden. Korrigieren Sie die Datei oder lassen Sie diese Zeilen überspringen, bevor der Import übernommen wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; no account was changed.</source>
        <translation>Der Import wurde abgebrochen; kein Konto wurde geändert.</translation>
    </message>
    <message>
        <source>Write the date of the letter.</source>
        <translation>Geben Sie das Datum des Briefs ein.</translation>
    </message>
    <message>
        <source>The letter asks about no account: attribute accounts to this person first.</source>
        <translation>Der Brief fragt nach keinem Konto: Ordnen Sie dieser Person zuerst Konten zu.</translation>
    </message>
    <message>
        <source>One of the letter&apos;s accounts is no longer in the plan.</source>
        <translation>Eines der Konten im Brief ist nicht mehr im Plan.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>That letter is no longer in the plan.</source>
        <translation>Dieser Brief ist nicht mehr im Plan.</translation>
    </message>
    <message>
        <source>That reply is no longer in the plan.</source>
        <translation>Diese Antwort ist nicht mehr im Plan.</translation>
    </message>
    <message>
        <source>%1 has not left: mark them as left first.</source>
        <translation>%1 ist nicht ausgeschieden: Markieren Sie die Person zuerst als ausgeschieden.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is not %2&apos;s.</source>
        <translation>Das Konto „%1“ gehört nicht zu %2.</translation>
    </message>
    <message>
        <source>Write the date it was done.</source>
        <translation>Geben Sie das Datum ein, an dem es erledigt wurde.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>Das Datum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Choose the colleague who takes the account over.</source>
        <translation>Wählen Sie aus, wer aus dem Team das Konto übernimmt.</translation>
    </message>
    <message>
        <source>%1 has left too: choose a colleague who is still on the team.</source>
        <translation>%1 ist ebenfalls ausgeschieden: Wählen Sie jemanden, der noch zum Team gehört.</translation>
    </message>
    <message>
        <source>That step is not ticked.</source>
        <translation>Dieser Schritt ist nicht abgehakt.</translation>
    </message>
    <message>
        <source>The systems could not be read: %1</source>
        <translation>Die Systeme konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Another change is still being written to the plan (an import, for example). Try again when it has finished.</source>
        <translation>Eine andere Änderung wird gerade in den Plan geschrieben (zum Beispiel ein Import). Versuchen Sie es erneut, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>This account is ticked off already; untick it first to change what was done.</source>
        <translation>Dieses Konto ist bereits abgehakt; nehmen Sie den Haken zuerst heraus, um zu ändern, was getan wurde.</translation>
    </message>
    <message>
        <source>The accepted findings could not be read: %1</source>
        <translation>Die akzeptierten Befunde konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Which finding is accepted is missing.</source>
        <translation>Es fehlt die Angabe, welcher Befund akzeptiert wird.</translation>
    </message>
    <message>
        <source>Say why the shop accepts this risk: the reason is what a later review reads.</source>
        <translation>Geben Sie an, warum der Shop dieses Risiko akzeptiert: Bei einer späteren Überprüfung wird genau diese Begründung gelesen.</translation>
    </message>
    <message>
        <source>The date the risk was accepted is missing.</source>
        <translation>Das Datum, an dem das Risiko akzeptiert wurde, fehlt.</translation>
    </message>
    <message>
        <source>The acceptance would end before it starts. Choose a later date.</source>
        <translation>Die Akzeptanz würde enden, bevor sie beginnt. Wählen Sie ein späteres Datum.</translation>
    </message>
    <message>
        <source>That finding is not accepted.</source>
        <translation>Dieser Befund ist nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The DDoS plan could not be read: %1</source>
        <translation>Der DDoS-Plan konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Every call in the call tree needs a task, e.g. “Call the host&apos;s emergency line”.</source>
        <translation>Jeder Anruf in der Alarmierungskette braucht eine Aufgabe, z. B. „Notfallnummer des Hosters anrufen“.</translation>
    </message>
    <message>
        <source>That team member is no longer in the plan.</source>
        <translation>Dieses Teammitglied ist nicht mehr im Plan.</translation>
    </message>
    <message>
        <source>Give each prepared step a name.</source>
        <translation>Geben Sie jedem vorbereiteten Schritt einen Namen.</translation>
    </message>
    <message>
        <source>The standard steps come with the plan and cannot be added again.</source>
        <translation>Die Standardschritte gehören zum Plan und können nicht noch einmal hinzugefügt werden.</translation>
    </message>
    <message>
        <source>“%1” is one of the standard steps and cannot be removed. Leave it unticked, with a note why.</source>
        <translation>„%1“ ist einer der Standardschritte und kann nicht entfernt werden. Lassen Sie ihn ohne Haken und vermerken Sie, warum.</translation>
    </message>
    <message>
        <source>The recovery items could not be read: %1</source>
        <translation>Die Notfall-Elemente konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>That recovery item is no longer in the plan.</source>
        <translation>Dieses Notfall-Element ist nicht mehr im Plan.</translation>
    </message>
    <message>
        <source>“%1” is on every plan&apos;s list and cannot be removed. Clear its fields, or note in it why the shop does without.</source>
        <translation>„%1“ steht auf der Liste jedes Plans und kann nicht entfernt werden. Leeren Sie seine Felder, oder vermerken Sie darin, warum der Shop darauf verzichtet.</translation>
    </message>
    <message>
        <source>A verification needs the time it was made.</source>
        <translation>Eine Prüfung braucht den Zeitpunkt, zu dem sie durchgeführt wurde.</translation>
    </message>
    <message>
        <source>The verifications could not be read: %1</source>
        <translation>Die Prüfungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The newest backup may be between %1 and %2 hours old; %3 is outside that.</source>
        <translation>Das neueste Backup darf zwischen %1 und %2 Stunden alt sein; %3 liegt außerhalb davon.</translation>
    </message>
    <message>
        <source>Recovery items can be checked again every %1 to %2 days; %3 is outside that.</source>
        <translation>Notfall-Elemente können alle %1 bis %2 Tage erneut geprüft werden; %3 liegt außerhalb davon.</translation>
    </message>
    <message>
        <source>The history of the readiness score could not be read: %1</source>
        <translation>Der Verlauf des Bereitschaftswerts konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A readiness score lies between 0 and 100.</source>
        <translation>Ein Bereitschaftswert liegt zwischen 0 und 100.</translation>
    </message>
    <message>
        <source>The readiness score could not be kept in the plan: %1</source>
        <translation>Der Bereitschaftswert konnte nicht im Plan gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>PlanArea</name>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Verschlüsselung (TLS)</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Accounts &amp; access</source>
        <translation>Konten und Zugriff</translation>
    </message>
    <message>
        <source>DDoS readiness</source>
        <translation>DDoS-Vorsorge</translation>
    </message>
    <message>
        <source>Contingency binder</source>
        <translation>Notfallordner</translation>
    </message>
    <message>
        <source>Shop &amp; team</source>
        <translation>Shop und Team</translation>
    </message>
</context>
<context>
    <name>PlanBackups</name>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The copy &quot;%1&quot; could not be written: %2</source>
        <translation>Die Kopie „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <source>Renew the certificate of %1: it has run out</source>
        <translation>Zertifikat von %1 erneuern: Es ist abgelaufen</translation>
    </message>
    <message>
        <source>Renew the certificate of %1</source>
        <translation>Zertifikat von %1 erneuern</translation>
    </message>
    <message>
        <source>The certificate %1 serves ran out on %2. Visitors see a warning instead of the shop. Ask your host or developer to renew it today.</source>
        <translation>Das Zertifikat, das %1 ausliefert, ist am %2 abgelaufen. Besucher sehen statt des Shops eine Warnung. Bitten Sie Ihren Hoster oder Entwickler, es noch heute zu erneuern.</translation>
    </message>
    <message>
        <source>The certificate %1 serves runs out on %2. Renew it before then, or visitors will see a warning instead of the shop. If it renews by itself, check that it did.</source>
        <translation>Das Zertifikat, das %1 ausliefert, läuft am %2 ab. Erneuern Sie es vorher, sonst sehen Besucher statt des Shops eine Warnung. Wenn es sich von selbst erneuert, prüfen Sie, ob das geklappt hat.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Renew the certificate kept in “%1”</source>
        <translation>Das in „%1“ aufbewahrte Zertifikat erneuern</translation>
    </message>
    <message>
        <source>The certificate kept as a recovery item runs out on %1. Renew it and keep the new certificate, its key and signing request in the same place.</source>
        <translation>Das als Notfall-Element aufbewahrte Zertifikat läuft am %1 ab. Erneuern Sie es und bewahren Sie das neue Zertifikat, seinen Schlüssel und die Zertifikatsanfrage am selben Ort auf.</translation>
    </message>
    <message numerus="yes">
        <source>Ask %1 again: %n answer(s) due</source>
        <translation>
            <numerusform>%1 erneut fragen: %n Antwort fällig</numerusform>
            <numerusform>%1 erneut fragen: %n Antworten fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the answers %1 gave are due to be asked again by %2. Send them the questions again, so that what is on file is still true.</source>
        <translation>
            <numerusform>%n der Antworten von %1 muss bis zum %2 erneut erfragt werden. Schicken Sie dem Dienstleister die Fragen noch einmal, damit das Erfasste weiterhin stimmt.</numerusform>
            <numerusform>%n der Antworten von %1 müssen bis zum %2 erneut erfragt werden. Schicken Sie dem Dienstleister die Fragen noch einmal, damit das Erfasste weiterhin stimmt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Review who can get into the shop</source>
        <translation>Überprüfen, wer Zugang zum Shop hat</translation>
    </message>
    <message>
        <source>The accounts were last reviewed on %1. Go through them again: remove leavers, check that each person&apos;s access still fits their work.</source>
        <translation>Die Konten wurden zuletzt am %1 durchgesehen. Gehen Sie sie erneut durch: Entfernen Sie ausgeschiedene Personen und prüfen Sie, ob die Zugänge jeder Person noch zu ihrer Arbeit passen.</translation>
    </message>
    <message>
        <source>The accounts have never been reviewed. Go through them: remove leavers, check that each person&apos;s access fits their work.</source>
        <translation>Die Konten wurden noch nie durchgesehen. Gehen Sie sie durch: Entfernen Sie ausgeschiedene Personen und prüfen Sie, ob die Zugänge jeder Person zu ihrer Arbeit passen.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Change the root password</source>
        <translation>Root-Passwort ändern</translation>
    </message>
    <message>
        <source>The password of “%1” was stored on %2. Change it, put the new one in the keychain, and tell whoever holds it.</source>
        <translation>Das Passwort von „%1“ wurde am %2 gespeichert. Ändern Sie es, legen Sie das neue in den Schlüsselbund und informieren Sie den Verwahrer.</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Passwörter</translation>
    </message>
    <message>
        <source>Check the backups</source>
        <translation>Backups prüfen</translation>
    </message>
    <message>
        <source>“%1” was last checked on %2. Check again that a backup under a day old and an older one are there and open.</source>
        <translation>„%1“ wurde zuletzt am %2 geprüft. Prüfen Sie erneut, ob ein Backup, das weniger als einen Tag alt ist, und ein älteres vorhanden sind und sich öffnen lassen.</translation>
    </message>
    <message>
        <source>“%1” has never been checked. Check that a backup under a day old and an older one are there and open.</source>
        <translation>„%1“ wurde noch nie geprüft. Prüfen Sie, ob ein Backup, das weniger als einen Tag alt ist, und ein älteres vorhanden sind und sich öffnen lassen.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Practise what to do when the shop is attacked</source>
        <translation>Üben, was bei einem Angriff auf den Shop zu tun ist</translation>
    </message>
    <message>
        <source>The last drill was on %1. Walk through the DDoS plan again with everyone in the call tree: who calls whom, and what is switched on first.</source>
        <translation>Die letzte Übung war am %1. Gehen Sie den DDoS-Plan noch einmal mit allen aus der Alarmierungskette durch: wer wen anruft und was zuerst eingeschaltet wird.</translation>
    </message>
    <message>
        <source>The DDoS plan has never been practised. Walk through it with everyone in the call tree: who calls whom, and what is switched on first.</source>
        <translation>Der DDoS-Plan wurde noch nie geübt. Gehen Sie ihn mit allen aus der Alarmierungskette durch: wer wen anruft und was zuerst eingeschaltet wird.</translation>
    </message>
    <message>
        <source>DDoS</source>
        <translation>DDoS</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>usage: storefort-cli plan new|show ...</source>
        <translation>Aufruf: storefort-cli plan new|show ...</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>Shop:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>Websites:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>Plan owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(noch nicht gewählt)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Plan id:</source>
        <translation>Plan-ID:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), intact</source>
        <translation>
            <numerusform>%n Änderung, intakt</numerusform>
            <numerusform>%n Änderungen, intakt</numerusform>
        </translation>
    </message>
    <message>
        <source>Team (%1):</source>
        <translation>Team (%1):</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(noch niemand)</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>ausgeschieden am %1</translation>
    </message>
    <message>
        <source>The shop&apos;s name.</source>
        <translation>Der Name des Shops.</translation>
    </message>
    <message>
        <source>A web address of the shop (repeatable).</source>
        <translation>Eine Webadresse des Shops (mehrfach möglich).</translation>
    </message>
    <message>
        <source>The shop platform.</source>
        <translation>Die Shop-Plattform.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli plan new PATH --shop NAME [--url URL]... [--platform KEY]
Platforms: %1</source>
        <translation>Aufruf: storefort-cli plan new PATH --shop NAME [--url URL]... [--platform KEY]
Plattformen: %1</translation>
    </message>
    <message>
        <source>give the shop&apos;s name with --shop NAME.</source>
        <translation>geben Sie den Namen des Shops mit --shop NAME an.</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;. Choose one of: %2</source>
        <translation>unbekannte Plattform „%1“. Wählen Sie eine davon: %2</translation>
    </message>
    <message>
        <source>Created the plan for %1 in %2</source>
        <translation>Plan für %1 angelegt in %2</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli plan show PATH [--json]</source>
        <translation>Aufruf: storefort-cli plan show PATH [--json]</translation>
    </message>
</context>
<context>
    <name>PlanExports</name>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>%1 contingency binder %2</source>
        <translation>Notfallordner %1 %2</translation>
    </message>
    <message>
        <source>%1 security plan %2</source>
        <translation>Sicherheitsplan %1 %2</translation>
    </message>
    <message>
        <source>Save the Review Dates as a Calendar</source>
        <translation>Prüftermine als Kalender speichern</translation>
    </message>
    <message>
        <source>%1 review dates</source>
        <translation>Prüftermine %1</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>%1 security reviews</source>
        <translation>Sicherheitsprüfungen %1</translation>
    </message>
    <message>
        <source>Calendar Not Saved</source>
        <translation>Kalender nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>&quot;%1&quot; already exists. Choose another name for the new plan.</source>
        <translation>„%1“ gibt es schon. Wählen Sie einen anderen Namen für den neuen Plan.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The plan cannot be created in &quot;%1&quot;: %2</source>
        <translation>Der Plan kann in „%1“ nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The plan could not be created: %1</source>
        <translation>Der Plan konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written.</source>
        <translation>„%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>This plan is already open in another Storefort window (process %1 on %2), so it was opened read-only here. Close it there to make changes.</source>
        <translation>Dieser Plan ist schon in einem anderen Storefort-Fenster geöffnet (Prozess %1 auf %2), deshalb wurde er hier schreibgeschützt geöffnet. Schließen Sie ihn dort, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <source>This plan is already open in another Storefort window, so it was opened read-only here. Close it there to make changes.</source>
        <translation>Dieser Plan ist schon in einem anderen Storefort-Fenster geöffnet, deshalb wurde er hier schreibgeschützt geöffnet. Schließen Sie ihn dort, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <source>Storefort cannot write in the plan&apos;s folder, so the plan was opened read-only.</source>
        <translation>Storefort kann im Ordner des Plans nicht schreiben, deshalb wurde der Plan schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>The plan file is write-protected, so it was opened read-only.</source>
        <translation>Die Plandatei ist gegen Änderungen geschützt, deshalb wurde der Plan schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Storefort keeps a copy of the plan before opening it, and could not: %1 The plan was not opened, to keep it safe.</source>
        <translation>Storefort legt vor dem Öffnen eine Kopie des Plans an, und das hat nicht geklappt: %1 Zu seinem Schutz wurde der Plan nicht geöffnet.</translation>
    </message>
    <message>
        <source>The plan could not be opened: %1</source>
        <translation>Der Plan konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>This plan was saved by an older version of Storefort and must be updated before it can be read, which cannot happen while it is read-only.</source>
        <translation>Dieser Plan wurde mit einer älteren Version von Storefort gespeichert und muss aktualisiert werden, bevor er gelesen werden kann. Das geht nicht, solange er schreibgeschützt ist.</translation>
    </message>
    <message>
        <source>Choose another file than the open plan for the copy.</source>
        <translation>Wählen Sie für die Kopie eine andere Datei als den geöffneten Plan.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>Die Kopie konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The copy could not be written to &quot;%1&quot;.</source>
        <translation>Die Kopie konnte nicht unter „%1“ gespeichert werden.</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; does not exist (it may have been moved or deleted).</source>
        <translation>Den Plan „%1“ gibt es nicht (vielleicht wurde er verschoben oder gelöscht).</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; cannot be read: %2</source>
        <translation>Der Plan „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Storefort plan. Nothing was changed in it.</source>
        <translation>„%1“ ist kein Storefort-Plan. Darin wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database, but not a Storefort plan. Nothing was changed in it.</source>
        <translation>„%1“ ist eine Datenbank, aber kein Storefort-Plan. Darin wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was interrupted while saving and could not be recovered: %2</source>
        <translation>Das Speichern von „%1“ wurde unterbrochen, und die Datei konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened: %2. Nothing was changed in it.</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2. Darin wurde nichts geändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (%2) and was not opened. Nothing was changed in it. Earlier copies of your plans are kept in Storefort&apos;s copies folder.</source>
        <translation>„%1“ ist beschädigt (%2) und wurde nicht geöffnet. Darin wurde nichts geändert. Frühere Kopien Ihrer Pläne liegen im Kopien-Ordner von Storefort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by a newer version of Storefort (plan format %2; this version reads up to format %3). Update Storefort to open it. Nothing was changed in it.</source>
        <translation>„%1“ wurde mit einer neueren Version von Storefort gespeichert (Planformat %2; diese Version liest bis Format %3). Aktualisieren Sie Storefort, um den Plan zu öffnen. Darin wurde nichts geändert.</translation>
    </message>
    <message>
        <source>it has no plan id</source>
        <translation>die Plan-ID fehlt</translation>
    </message>
</context>
<context>
    <name>PlanLock</name>
    <message>
        <source>the lock file keeps changing</source>
        <translation>die Sperrdatei ändert sich ständig</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>VERTRAULICH</translation>
    </message>
    <message>
        <source>Security plan report</source>
        <translation>Planbericht</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Readiness score</source>
        <translation>Bereitschaftswert</translation>
    </message>
    <message>
        <source>No open findings.</source>
        <translation>Keine offenen Befunde.</translation>
    </message>
    <message numerus="yes">
        <source>%n open finding(s).</source>
        <translation>
            <numerusform>%n offener Befund.</numerusform>
            <numerusform>%n offene Befunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>noch nicht festgelegt</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Webadressen</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Owner of the plan</source>
        <translation>Verantwortlich für den Plan</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>This report is the complete record of the shop&apos;s security plan on the day it was made, as Storefort keeps it: each step, every finding, what is due, and the history of changes. It names people and how to reach them: share it only with those who need it. It holds no passwords: they stay in the keychain.</source>
        <translation>Dieser Bericht ist die vollständige Aufzeichnung des Sicherheitsplans des Shops am Tag seiner Erstellung, so wie Storefort ihn führt: jeder Schritt, jeder Befund, was fällig ist, und der Verlauf der Änderungen. Er nennt Personen und wie sie erreichbar sind: Geben Sie ihn nur an diejenigen weiter, die ihn brauchen. Er enthält keine Passwörter: Diese bleiben im Schlüsselbund.</translation>
    </message>
    <message>
        <source>%1 — security plan report</source>
        <translation>%1 – Planbericht</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Where the shop stands</source>
        <translation>Stand des Shops</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Alle Befunde</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Was fällig ist</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Verlauf der Änderungen</translation>
    </message>
</context>
<context>
    <name>PlanReportSections</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The probe could not read the site&apos;s page.</source>
        <translation>Die Prüfung konnte die Seite der Website nicht lesen.</translation>
    </message>
    <message>
        <source>The probe could not read the site&apos;s page: %1</source>
        <translation>Die Prüfung konnte die Seite der Website nicht lesen: %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Wozu er dient</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Festgestellt</translation>
    </message>
    <message numerus="yes">
        <source>kept %n day(s)</source>
        <translation>
            <numerusform>%n Tag aufbewahrt</numerusform>
            <numerusform>%n Tage aufbewahrt</numerusform>
        </translation>
    </message>
    <message>
        <source>with subdomains</source>
        <translation>einschließlich Subdomains</translation>
    </message>
    <message>
        <source>preload</source>
        <translation>Preload</translation>
    </message>
    <message>
        <source>Strict-Transport-Security (HSTS)</source>
        <translation>Strict-Transport-Security (HSTS)</translation>
    </message>
    <message>
        <source>Browsers use only the encrypted connection, even when a link says http.</source>
        <translation>Browser verwenden nur die verschlüsselte Verbindung, auch wenn ein Link http angibt.</translation>
    </message>
    <message>
        <source>Redirect from http to https</source>
        <translation>Umleitung von http auf https</translation>
    </message>
    <message>
        <source>Visitors who type the address alone land on the encrypted site.</source>
        <translation>Besucher, die nur die Adresse eintippen, landen auf der verschlüsselten Website.</translation>
    </message>
    <message>
        <source>Content-Security-Policy</source>
        <translation>Content-Security-Policy</translation>
    </message>
    <message>
        <source>Limits where the page may load scripts from, against injected code.</source>
        <translation>Legt fest, woher die Seite Skripte laden darf, als Schutz vor eingeschleustem Code.</translation>
    </message>
    <message>
        <source>sent, with frame-ancestors</source>
        <translation>gesendet, mit frame-ancestors</translation>
    </message>
    <message>
        <source>X-Frame-Options</source>
        <translation>X-Frame-Options</translation>
    </message>
    <message>
        <source>Stops other sites from showing the shop inside their own page.</source>
        <translation>Verhindert, dass andere Websites den Shop in ihrer eigenen Seite anzeigen.</translation>
    </message>
    <message>
        <source>X-Content-Type-Options</source>
        <translation>X-Content-Type-Options</translation>
    </message>
    <message>
        <source>Stops browsers from guessing what a file is.</source>
        <translation>Verhindert, dass Browser den Dateityp erraten.</translation>
    </message>
    <message>
        <source>Referrer-Policy</source>
        <translation>Referrer-Policy</translation>
    </message>
    <message>
        <source>Keeps the shop&apos;s addresses from leaking to other sites.</source>
        <translation>Verhindert, dass die Adressen des Shops an andere Websites gelangen.</translation>
    </message>
    <message>
        <source>Permissions-Policy</source>
        <translation>Permissions-Policy</translation>
    </message>
    <message>
        <source>Turns off the camera, microphone and the like for the page.</source>
        <translation>Schaltet Kamera, Mikrofon und Ähnliches für die Seite ab.</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Marked Secure and HttpOnly, they travel only encrypted and stay out of scripts&apos; reach.</source>
        <translation>Mit Secure und HttpOnly markiert, werden sie nur verschlüsselt übertragen und bleiben für Skripte unerreichbar.</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s)</source>
        <translation>
            <numerusform>%n Cookie</numerusform>
            <numerusform>%n Cookies</numerusform>
        </translation>
    </message>
    <message>
        <source>all protected</source>
        <translation>alle geschützt</translation>
    </message>
    <message numerus="yes">
        <source>%n without both flags</source>
        <translation>
            <numerusform>%n ohne beide Flags</numerusform>
            <numerusform>%n ohne beide Flags</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>akzeptiert</translation>
    </message>
    <message>
        <source>The probe found nothing to fix.</source>
        <translation>Die Prüfung hat nichts gefunden, was zu beheben wäre.</translation>
    </message>
    <message>
        <source>Readiness score: %1 of 100.</source>
        <translation>Bereitschaftswert: %1 von 100.</translation>
    </message>
    <message>
        <source>Each step gives its part: how much of it is filled in, held down by its open findings. Findings the owner accepted as risks do not hold it down; they are listed apart.</source>
        <translation>Jeder Schritt trägt seinen Teil bei: wie viel davon ausgefüllt ist, gemindert durch seine offenen Befunde. Befunde, die als Risiko akzeptiert wurden, mindern den Wert nicht; sie werden gesondert aufgeführt.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What counts</source>
        <translation>Was zählt</translation>
    </message>
    <message>
        <source>What holds it down</source>
        <translation>Was den Wert mindert</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>filled in: %1 %</source>
        <translation>ausgefüllt: %1 %</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Offene Befunde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Risks accepted</source>
        <translation>Akzeptierte Risiken</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>In den nächsten 30 Tagen fällig</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>noch nicht festgelegt</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Webadressen</translation>
    </message>
    <message>
        <source>none recorded yet</source>
        <translation>noch keine erfasst</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Owner of the plan</source>
        <translation>Verantwortlich für den Plan</translation>
    </message>
    <message>
        <source>People and roles</source>
        <translation>Personen und Rollen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Works as</source>
        <translation>Tätig als</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Erreichbar über</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>owner of the plan</source>
        <translation>verantwortlich für den Plan</translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation>Ausgeschieden am %1</translation>
    </message>
    <message>
        <source>No team members are in the plan yet.</source>
        <translation>Es sind noch keine Teammitglieder im Plan.</translation>
    </message>
    <message>
        <source>The site&apos;s encryption has not been probed yet: probe it in the Encryption step, and its grade, certificate and findings will be here.</source>
        <translation>Die Verschlüsselung der Website wurde noch nicht geprüft: Prüfen Sie sie im Schritt „Verschlüsselung“, dann erscheinen hier ihre Bewertung, ihr Zertifikat und ihre Befunde.</translation>
    </message>
    <message>
        <source>None seen</source>
        <translation>Keines gesehen</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>ausgestellt von %1</translation>
    </message>
    <message>
        <source>trusted by browsers</source>
        <translation>von Browsern als vertrauenswürdig anerkannt</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Probed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Security headers</source>
        <translation>Sicherheits-Header</translation>
    </message>
    <message>
        <source>What the probe found</source>
        <translation>Was die Prüfung festgestellt hat</translation>
    </message>
    <message>
        <source>What the probe could not learn:</source>
        <translation>Was die Prüfung nicht ermitteln konnte:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>around the clock</source>
        <translation>rund um die Uhr</translation>
    </message>
    <message>
        <source>%1, runs out %2</source>
        <translation>%1, gültig bis %2</translation>
    </message>
    <message>
        <source>What they run</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>When support does not help</source>
        <translation>Wenn der Support nicht weiterhilft</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Zertifizierungen</translation>
    </message>
    <message>
        <source>user name %1</source>
        <translation>Benutzername %1</translation>
    </message>
    <message>
        <source>the password is not kept in Storefort</source>
        <translation>das Passwort wird nicht in Storefort aufbewahrt</translation>
    </message>
    <message>
        <source>the password is kept in the keychain</source>
        <translation>das Passwort liegt im Schlüsselbund</translation>
    </message>
    <message>
        <source>Portal login</source>
        <translation>Anmeldung im Portal</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n question(s) answered</source>
        <translation>
            <numerusform>%1 von %n Frage beantwortet</numerusform>
            <numerusform>%1 von %n Fragen beantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to ask (again).</source>
        <translation>
            <numerusform>%n ist (erneut) zu erfragen.</numerusform>
            <numerusform>%n sind (erneut) zu erfragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Angegeben am</translation>
    </message>
    <message>
        <source>Due again</source>
        <translation>Wieder fällig</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>Nachweis: %1</translation>
    </message>
    <message>
        <source>now: ask again</source>
        <translation>jetzt: erneut fragen</translation>
    </message>
    <message>
        <source>now: the question changed</source>
        <translation>jetzt: Die Frage hat sich geändert</translation>
    </message>
    <message>
        <source>No answers on file yet.</source>
        <translation>Noch keine Antworten erfasst.</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Noch nicht beantwortet</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Two-step login required</source>
        <translation>Anmeldung in zwei Schritten vorgeschrieben</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Protokoll (Audit-Log)</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Passwortregeln</translation>
    </message>
    <message>
        <source>run by %1</source>
        <translation>betrieben von %1</translation>
    </message>
    <message>
        <source>read on %1</source>
        <translation>gelesen am %1</translation>
    </message>
    <message>
        <source>never read</source>
        <translation>nie gelesen</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>mindestens %n Zeichen</numerusform>
            <numerusform>mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>locks after %n failed try(s)</source>
        <translation>
            <numerusform>Sperre nach %n Fehlversuch</numerusform>
            <numerusform>Sperre nach %n Fehlversuchen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admin(s)</source>
        <translation>
            <numerusform>%n Administrator</numerusform>
            <numerusform>%n Administratoren</numerusform>
        </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>No systems are in the plan yet.</source>
        <translation>Es sind noch keine Systeme im Plan.</translation>
    </message>
    <message>
        <source>Last access review: %1.</source>
        <translation>Letzte Zugriffsprüfung: %1.</translation>
    </message>
    <message>
        <source>The access has never been reviewed.</source>
        <translation>Die Zugriffe wurden noch nie geprüft.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>People who reach it</source>
        <translation>Personen mit Zugriff</translation>
    </message>
    <message>
        <source>More than their work needs</source>
        <translation>Mehr als für die Arbeit nötig</translation>
    </message>
    <message numerus="yes">
        <source>%n active account(s) belong to nobody named in the team.</source>
        <translation>
            <numerusform>%n aktives Konto gehört keiner Person aus dem Team.</numerusform>
            <numerusform>%n aktive Konten gehören keiner Person aus dem Team.</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Ausgeschieden am</translation>
    </message>
    <message>
        <source>Accounts closed</source>
        <translation>Geschlossene Konten</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres Konto</numerusform>
            <numerusform>und %n weitere Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Nobody has left the team.</source>
        <translation>Niemand ist aus dem Team ausgeschieden.</translation>
    </message>
    <message>
        <source>Developer or agency</source>
        <translation>Entwickler oder Agentur</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Verfasst am</translation>
    </message>
    <message>
        <source>Accounts asked about</source>
        <translation>Erfragte Konten</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message numerus="yes">
        <source>%n to keep</source>
        <translation>
            <numerusform>%n behalten</numerusform>
            <numerusform>%n behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to remove</source>
        <translation>
            <numerusform>%n entfernen</numerusform>
            <numerusform>%n entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not answered</source>
        <translation>
            <numerusform>%n unbeantwortet</numerusform>
            <numerusform>%n unbeantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>No confirmation letters have been written.</source>
        <translation>Es wurden keine Bestätigungsschreiben verfasst.</translation>
    </message>
    <message>
        <source>No providers are in the plan yet.</source>
        <translation>Es sind noch keine Dienstleister im Plan.</translation>
    </message>
    <message numerus="yes">
        <source>Each provider with what the plan knows of them, the answers on file and the questions still open. Answers are asked again after %n month(s).</source>
        <translation>
            <numerusform>Jeder Dienstleister mit dem, was der Plan über ihn weiß, den erfassten Antworten und den noch offenen Fragen. Antworten werden nach %n Monat erneut erfragt.</numerusform>
            <numerusform>Jeder Dienstleister mit dem, was der Plan über ihn weiß, den erfassten Antworten und den noch offenen Fragen. Antworten werden nach %n Monaten erneut erfragt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>No accounts are on file yet: import them from the shop admin, the hosting panel or the e-mail service, or enter them by hand.</source>
        <translation>Es sind noch keine Konten erfasst: Importieren Sie sie aus dem Shop-Adminbereich, dem Hosting-Panel oder dem E-Mail-Dienst, oder geben Sie sie von Hand ein.</translation>
    </message>
    <message>
        <source>Who can reach what</source>
        <translation>Wer worauf zugreifen kann</translation>
    </message>
    <message>
        <source>Leavers</source>
        <translation>Ausgeschiedene Personen</translation>
    </message>
    <message>
        <source>Confirmation letters</source>
        <translation>Bestätigungsschreiben</translation>
    </message>
    <message>
        <source>Why it matters, what was seen, what to do</source>
        <translation>Warum das wichtig ist, was festgestellt wurde, was zu tun ist</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Seen:</source>
        <translation>Festgestellt:</translation>
    </message>
    <message>
        <source>To do:</source>
        <translation>Zu tun:</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Verschlüsselung (TLS)</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>DDoS readiness</source>
        <translation>DDoS-Vorsorge</translation>
    </message>
    <message>
        <source>Recovery items</source>
        <translation>Notfall-Elemente</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in all</source>
        <translation>
            <numerusform>%n Befund insgesamt</numerusform>
            <numerusform>%n Befunde insgesamt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted as a risk</source>
        <translation>
            <numerusform>%n als Risiko akzeptiert</numerusform>
            <numerusform>%n als Risiko akzeptiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s).</source>
        <translation>
            <numerusform>%n Notiz.</numerusform>
            <numerusform>%n Notizen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open findings on the day of this report.</source>
        <translation>Am Tag dieses Berichts gab es keine offenen Befunde.</translation>
    </message>
    <message>
        <source>No risks have been accepted.</source>
        <translation>Es wurden keine Risiken akzeptiert.</translation>
    </message>
    <message>
        <source>Why it is accepted</source>
        <translation>Warum es akzeptiert wird</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Akzeptiert von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>bis auf Widerruf</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
    </message>
    <message>
        <source>Nothing is due: the plan holds no date that calls for action yet.</source>
        <translation>Nichts ist fällig: Der Plan enthält noch kein Datum, das ein Handeln erfordert.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>never done so far</source>
        <translation>bisher nie erledigt</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) on file</source>
        <translation>
            <numerusform>%n Termin erfasst</numerusform>
            <numerusform>%n Termine erfasst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them overdue.</source>
        <translation>
            <numerusform>%n davon überfällig.</numerusform>
            <numerusform>%n davon überfällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history of changes was checked when this report was made: all %n entry(s) are intact; none was changed, removed or reordered.</source>
        <translation>
            <numerusform>Der Verlauf der Änderungen wurde bei der Erstellung dieses Berichts geprüft: Der %n Eintrag ist intakt; er wurde nicht geändert, entfernt oder umsortiert.</numerusform>
            <numerusform>Der Verlauf der Änderungen wurde bei der Erstellung dieses Berichts geprüft: Alle %n Einträge sind intakt; keiner wurde geändert, entfernt oder umsortiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history of changes does not verify: it was altered outside Storefort.</source>
        <translation>Der Verlauf der Änderungen lässt sich nicht bestätigen: Er wurde außerhalb von Storefort verändert.</translation>
    </message>
    <message>
        <source>The last 90 days</source>
        <translation>Die letzten 90 Tage</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Since %1, %n change(s) were recorded.</source>
        <translation>
            <numerusform>Seit %1 wurde %n Änderung erfasst.</numerusform>
            <numerusform>Seit %1 wurden %n Änderungen erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Vorgenommen von</translation>
    </message>
</context>
<context>
    <name>PlanSchema</name>
    <message>
        <source>The plan could not be brought up to date (step %1): %2</source>
        <translation>Der Plan konnte nicht auf den neuesten Stand gebracht werden (Schritt %1): %2</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Steps of the plan</source>
        <translation>Schritte des Plans</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <comment>step state · completion</comment>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>Score %1 of 100</source>
        <translation>Bereitschaftswert %1 von 100</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>step: state</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ProbeCommands</name>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>the probe ran, but could not be kept in the plan: %1</source>
        <translation>die Prüfung lief, konnte aber nicht im Plan gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1 lists no sites.</source>
        <translation>%1 enthält keine Websites.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Probe the IPv4 address only.</source>
        <translation>Nur die IPv4-Adresse prüfen.</translation>
    </message>
    <message>
        <source>Probe the IPv6 address only.</source>
        <translation>Nur die IPv6-Adresse prüfen.</translation>
    </message>
    <message>
        <source>Probe every address of the name.</source>
        <translation>Jede Adresse des Namens prüfen.</translation>
    </message>
    <message>
        <source>Seconds to wait for a connection or an answer.</source>
        <translation>Sekunden, die auf eine Verbindung oder Antwort gewartet wird.</translation>
    </message>
    <message>
        <source>Seconds the whole probe may take.</source>
        <translation>Sekunden, die die gesamte Prüfung dauern darf.</translation>
    </message>
    <message>
        <source>Connections at once to one server.</source>
        <translation>Gleichzeitige Verbindungen zu einem Server.</translation>
    </message>
    <message>
        <source>Keep the result in this plan.</source>
        <translation>Das Ergebnis in diesem Plan speichern.</translation>
    </message>
    <message>
        <source>Probe every site listed in FILE.</source>
        <translation>Jede in FILE aufgeführte Website prüfen.</translation>
    </message>
    <message>
        <source>Sites probed at once with --hosts.</source>
        <translation>Gleichzeitig geprüfte Websites bei --hosts.</translation>
    </message>
    <message>
        <source>Also trust the certificates in this PEM file.</source>
        <translation>Auch den Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Port of plain HTTP, checked for a redirect (0: skip).</source>
        <translation>Port für einfaches HTTP, auf eine Umleitung geprüft (0: überspringen).</translation>
    </message>
    <message>
        <source>Probe this IP address under the site&apos;s name (a new server).</source>
        <translation>Diese IP-Adresse unter dem Namen der Website prüfen (ein neuer Server).</translation>
    </message>
    <message>
        <source>Usage: storefort-cli probe HOST[:PORT] [--json] [--ipv4|--ipv6|--all-addresses] [--timeout S]
                           [--budget S] [--parallel N] [--plan PLAN] [--ca-file PEM] [--http-port PORT]
                           [--connect-to IP]
       storefort-cli probe --hosts FILE [--jobs N] [options]   one JSON line per site
Exit codes: 0 the probe ran, 1 it could not (the message says why), 2 wrong usage.</source>
        <translation>Aufruf: storefort-cli probe HOST[:PORT] [--json] [--ipv4|--ipv6|--all-addresses] [--timeout S]
                            [--budget S] [--parallel N] [--plan PLAN] [--ca-file PEM] [--http-port PORT]
                            [--connect-to IP]
        storefort-cli probe --hosts FILE [--jobs N] [options]   eine JSON-Zeile pro Website
Exit-Codes: 0 die Prüfung lief, 1 sie war nicht möglich (die Meldung sagt, warum), 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>--timeout (1-600), --budget (1-3600), --parallel (1-16), --jobs (1-64) and --http-port (0-65535) take whole numbers.</source>
        <translation>--timeout (1-600), --budget (1-3600), --parallel (1-16), --jobs (1-64) und --http-port (0-65535) erwarten ganze Zahlen.</translation>
    </message>
    <message>
        <source>choose one of --ipv4, --ipv6 and --all-addresses.</source>
        <translation>wählen Sie nur eine der Optionen --ipv4, --ipv6 und --all-addresses.</translation>
    </message>
    <message>
        <source>--hosts takes no HOST, no --plan and no --connect-to.</source>
        <translation>--hosts geht nicht zusammen mit HOST, --plan oder --connect-to.</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1 port %2 (%3), probed in %4 s</source>
        <translation>%1 Port %2 (%3), geprüft in %4 s</translation>
    </message>
    <message>
        <source>Grade: %1 (score %2)</source>
        <translation>Bewertung: %1 (Punktzahl %2)</translation>
    </message>
    <message>
        <source>%1 once the certificate is trusted</source>
        <translation>%1, sobald dem Zertifikat vertraut wird</translation>
    </message>
    <message>
        <source>Grade: none (too little was learned)</source>
        <translation>Bewertung: keine (zu wenig ermittelt)</translation>
    </message>
    <message>
        <source>Protocols: %1</source>
        <translation>Protokolle: %1</translation>
    </message>
    <message>
        <source>(server&apos;s order)</source>
        <translation>(Reihenfolge des Servers)</translation>
    </message>
    <message>
        <source>Key exchange: %1</source>
        <translation>Schlüsselaustausch: %1</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>ausgestellt von %1</translation>
    </message>
    <message numerus="yes">
        <source>valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>gültig bis %1 (noch %n Tag)</numerusform>
            <numerusform>gültig bis %1 (noch %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>trusted: %1 · name matches: %2 · key: %3 %4 bits · %5</source>
        <translation>vertrauenswürdig: %1 · Name passt: %2 · Schlüssel: %3 %4 Bit · %5</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>HSTS: %1 · HTTP sends visitors to HTTPS: %2 · CDN: %3</source>
        <translation>HSTS: %1 · HTTP leitet Besucher zu HTTPS um: %2 · CDN: %3</translation>
    </message>
    <message>
        <source>none seen</source>
        <translation>keins erkannt</translation>
    </message>
    <message>
        <source>Mozilla intermediate: %1</source>
        <translation>Mozilla-Profil „Intermediate“: %1</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>not compliant</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>Findings (%1):</source>
        <translation>Befunde (%1):</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Kept in the plan. Nothing important changed since the last probe.</source>
        <translation>Im Plan gespeichert. Seit der letzten Prüfung hat sich nichts Wichtiges geändert.</translation>
    </message>
    <message>
        <source>Kept in the plan. Since the last probe:</source>
        <translation>Im Plan gespeichert. Seit der letzten Prüfung:</translation>
    </message>
</context>
<context>
    <name>ProtocolEnumerator</name>
    <message>
        <source>Checking %1</source>
        <translation>Prüfe %1</translation>
    </message>
    <message>
        <source>Checking the %1 cipher suites</source>
        <translation>Prüfe die Cipher-Suites von %1</translation>
    </message>
    <message>
        <source>Checking the key exchange groups</source>
        <translation>Prüfe die Gruppen für den Schlüsselaustausch</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>Every provider needs a name.</source>
        <translation>Jeder Dienstleister braucht einen Namen.</translation>
    </message>
    <message>
        <source>The contract cannot end before it starts.</source>
        <translation>Der Vertrag kann nicht enden, bevor er beginnt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Write it like https://portal.example.</source>
        <translation>„%1“ ist keine Webadresse. Schreiben Sie sie wie https://portal.example.</translation>
    </message>
    <message>
        <source>Name the certification the provider holds.</source>
        <translation>Geben Sie an, welche Zertifizierung der Dienstleister hat.</translation>
    </message>
</context>
<context>
    <name>ProviderCommands</name>
    <message>
        <source>no answers yet</source>
        <translation>noch keine Antworten</translation>
    </message>
    <message numerus="yes">
        <source>oldest answer %n month(s) old</source>
        <translation>
            <numerusform>älteste Antwort %n Monat alt</numerusform>
            <numerusform>älteste Antwort %n Monate alt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest answer %n day(s) old</source>
        <translation>
            <numerusform>älteste Antwort %n Tag alt</numerusform>
            <numerusform>älteste Antwort %n Tage alt</numerusform>
        </translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli providers list PLAN [--json]</source>
        <translation>Aufruf: storefort-cli providers list PLAN [--json]</translation>
    </message>
    <message>
        <source>No providers yet. Add one with: storefort-cli providers add PLAN --name NAME --kind KIND</source>
        <translation>Noch keine Dienstleister. Fügen Sie einen hinzu mit: storefort-cli providers add PLAN --name NAME --kind KIND</translation>
    </message>
    <message>
        <source>%1 of %2 answered, %3 outstanding</source>
        <translation>%1 von %2 beantwortet, %3 offen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certification; write it as KIND:YYYY-MM-DD with KIND one of: %2</source>
        <translation>„%1“ ist keine Zertifizierung; schreiben Sie sie als KIND:JJJJ-MM-TT, wobei KIND einer dieser Werte ist: %2</translation>
    </message>
    <message>
        <source>The provider&apos;s name.</source>
        <translation>Der Name des Dienstleisters.</translation>
    </message>
    <message>
        <source>What they do for the shop.</source>
        <translation>Was der Dienstleister für den Shop tut.</translation>
    </message>
    <message>
        <source>What they run for the shop.</source>
        <translation>Was der Dienstleister für den Shop betreibt.</translation>
    </message>
    <message>
        <source>The support phone number.</source>
        <translation>Die Telefonnummer des Supports.</translation>
    </message>
    <message>
        <source>The support email address.</source>
        <translation>Die E-Mail-Adresse des Supports.</translation>
    </message>
    <message>
        <source>The support portal&apos;s web address.</source>
        <translation>Die Webadresse des Support-Portals.</translation>
    </message>
    <message>
        <source>When support answers.</source>
        <translation>Wann der Support erreichbar ist.</translation>
    </message>
    <message>
        <source>Support answers day and night.</source>
        <translation>Der Support ist rund um die Uhr erreichbar.</translation>
    </message>
    <message>
        <source>The shop&apos;s account id with them.</source>
        <translation>Die Kundennummer des Shops beim Dienstleister.</translation>
    </message>
    <message>
        <source>Whom to call when support does not help.</source>
        <translation>Wen Sie anrufen, wenn der Support nicht weiterhilft.</translation>
    </message>
    <message>
        <source>When the contract started.</source>
        <translation>Wann der Vertrag begonnen hat.</translation>
    </message>
    <message>
        <source>When the contract ends.</source>
        <translation>Wann der Vertrag endet.</translation>
    </message>
    <message>
        <source>A certification and its expiry (repeatable).</source>
        <translation>Eine Zertifizierung und ihr Ablaufdatum (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Usage: storefort-cli providers add PLAN --name NAME --kind KIND [--services TEXT] [--phone PHONE]
       [--email EMAIL] [--portal URL] [--hours HOURS] [--24x7] [--account ID]
       [--escalation CONTACT] [--contract-start DATE] [--contract-end DATE] [--cert KIND:DATE]...
Kinds: %1
Certifications: %2</source>
        <translation>Aufruf: storefort-cli providers add PLAN --name NAME --kind KIND [--services TEXT] [--phone PHONE]
        [--email EMAIL] [--portal URL] [--hours HOURS] [--24x7] [--account ID]
        [--escalation CONTACT] [--contract-start DATE] [--contract-end DATE] [--cert KIND:DATE]...
Arten: %1
Zertifizierungen: %2</translation>
    </message>
    <message>
        <source>give the provider&apos;s name with --name NAME.</source>
        <translation>geben Sie den Namen des Dienstleisters mit --name NAME an.</translation>
    </message>
    <message>
        <source>give what the provider does with --kind KIND: %1</source>
        <translation>geben Sie mit --kind KIND an, was der Dienstleister tut: %1</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;. Choose one of: %2</source>
        <translation>unbekannte Art „%1“. Wählen Sie einen dieser Werte: %2</translation>
    </message>
    <message>
        <source>Usage: storefort-cli providers check PLAN [--json]</source>
        <translation>Aufruf: storefort-cli providers check PLAN [--json]</translation>
    </message>
    <message>
        <source>usage: storefort-cli providers list|add|show|check ...</source>
        <translation>Aufruf: storefort-cli providers list|add|show|check ...</translation>
    </message>
</context>
<context>
    <name>ProviderDetail</name>
    <message>
        <source>Change how to reach this provider</source>
        <translation>Ändern, wie dieser Dienstleister erreichbar ist</translation>
    </message>
    <message>
        <source>About the provider</source>
        <translation>Über den Dienstleister</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Fragebogen</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>F&amp;indings (%1)</source>
        <translation>&amp;Befunde (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Answers 24 hours a day, 7 days a week</source>
        <translation>Rund um die Uhr erreichbar, 7 Tage die Woche</translation>
    </message>
    <message>
        <source>Hours not on file</source>
        <translation>Erreichbarkeit nicht hinterlegt</translation>
    </message>
    <message>
        <source>Answers %1</source>
        <translation>Erreichbar: %1</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>Support:</translation>
    </message>
    <message>
        <source>no phone or email on file yet</source>
        <translation>noch kein Telefon und keine E-Mail hinterlegt</translation>
    </message>
    <message>
        <source>Portal:</source>
        <translation>Portal:</translation>
    </message>
    <message>
        <source>Your account number:</source>
        <translation>Ihre Kundennummer:</translation>
    </message>
    <message>
        <source>Escalation:</source>
        <translation>Eskalation:</translation>
    </message>
    <message>
        <source>Nobody on file: ask whom to call when support does not help</source>
        <translation>Niemand hinterlegt: Fragen Sie, wen Sie anrufen können, wenn der Support nicht weiterhilft</translation>
    </message>
    <message>
        <source>What they run:</source>
        <translation>Leistungen:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Vertrag:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Edit Deta&amp;ils…</source>
        <translation>Angaben bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Sig&amp;n-in</source>
        <translation>&amp;Anmeldung</translation>
    </message>
    <message>
        <source>Ce&amp;rtifications</source>
        <translation>&amp;Zertifizierungen</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Contract s&amp;tarted on</source>
        <translation>Vertrags&amp;beginn am</translation>
    </message>
    <message>
        <source>Contract en&amp;ds on</source>
        <translation>Vertragsen&amp;de am</translation>
    </message>
    <message>
        <source>Support answers &amp;24 hours a day, 7 days a week</source>
        <translation>Support ist rund um die Uhr erreichbar (&amp;24/7)</translation>
    </message>
    <message>
        <source>Add a Provider</source>
        <translation>Dienstleister hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>A company or person the shop relies on: the web host, the shop platform, the payment provider, the developer. Write down how to reach them before you need them in a hurry.</source>
        <translation>Ein Unternehmen oder eine Person, auf die der Shop angewiesen ist: der Webhoster, die Shop-Plattform, der Zahlungsdienstleister, der Entwickler. Notieren Sie, wie Sie sie erreichen, bevor Sie sie dringend brauchen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>For example: Hostinga GmbH</source>
        <translation>Zum Beispiel: Hostinga GmbH</translation>
    </message>
    <message>
        <source>Kind of provider</source>
        <translation>Art des Dienstleisters</translation>
    </message>
    <message>
        <source>What they run for the shop</source>
        <translation>Was der Dienstleister für den Shop betreibt</translation>
    </message>
    <message>
        <source>For example: the web server, the database and email</source>
        <translation>Zum Beispiel: Webserver, Datenbank und E-Mail</translation>
    </message>
    <message>
        <source>Date the contract started</source>
        <translation>Datum des Vertragsbeginns</translation>
    </message>
    <message>
        <source>Date the contract ends</source>
        <translation>Datum des Vertragsendes</translation>
    </message>
    <message>
        <source>Support phone</source>
        <translation>Support-Telefon</translation>
    </message>
    <message>
        <source>Support email</source>
        <translation>Support-E-Mail</translation>
    </message>
    <message>
        <source>support@provider.example</source>
        <translation>support@provider.example</translation>
    </message>
    <message>
        <source>Customer portal address</source>
        <translation>Adresse des Kundenportals</translation>
    </message>
    <message>
        <source>https://portal.provider.example</source>
        <translation>https://portal.provider.example</translation>
    </message>
    <message>
        <source>Support hours</source>
        <translation>Support-Zeiten</translation>
    </message>
    <message>
        <source>For example: Mon–Fri 8:00–18:00</source>
        <translation>Zum Beispiel: Mo–Fr 8:00–18:00</translation>
    </message>
    <message>
        <source>Your account or customer number with them</source>
        <translation>Ihre Konto- oder Kundennummer beim Dienstleister</translation>
    </message>
    <message>
        <source>Escalation contact</source>
        <translation>Eskalationskontakt</translation>
    </message>
    <message>
        <source>Whom to call when support does not help: name, phone or email</source>
        <translation>Wen Sie anrufen, wenn der Support nicht weiterhilft: Name, Telefon oder E-Mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Wer der Dienstleister ist</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;What they run:</source>
        <translation>&amp;Leistungen:</translation>
    </message>
    <message>
        <source>A&amp;ccount number:</source>
        <translation>&amp;Kundennummer:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Vertrag:</translation>
    </message>
    <message>
        <source>How to reach their support</source>
        <translation>So erreichen Sie den Support</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Zeiten:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Po&amp;rtal:</source>
        <translation>&amp;Portal:</translation>
    </message>
    <message>
        <source>Esca&amp;lation:</source>
        <translation>Eskalat&amp;ion:</translation>
    </message>
</context>
<context>
    <name>ProviderFindings</name>
    <message numerus="yes">
        <source>%1 has not answered %n %2 question(s)</source>
        <translation>
            <numerusform>%1 hat %n Frage (Schweregrad: %2) nicht beantwortet</numerusform>
            <numerusform>%1 hat %n Fragen (Schweregrad: %2) nicht beantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>Until the provider answers, you do not know whether they protect the part of the shop they run. A question you never asked cannot warn you.</source>
        <translation>Solange der Dienstleister nicht antwortet, wissen Sie nicht, ob er den Teil des Shops schützt, den er betreibt. Eine Frage, die Sie nie gestellt haben, kann Sie nicht warnen.</translation>
    </message>
    <message>
        <source>Send the provider the questionnaire (letter, email or fill-in file) and record their answers with the date and who gave them.</source>
        <translation>Schicken Sie dem Dienstleister den Fragebogen (Brief, E-Mail oder Ausfülldatei), und erfassen Sie die Antworten mit Datum und der Person, die sie gegeben hat.</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not answer %n question(s)</source>
        <translation>
            <numerusform>%1 konnte %n Frage nicht beantworten</numerusform>
            <numerusform>%1 konnte %n Fragen nicht beantworten</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; from a provider usually means nobody there owns the question. That is worth knowing before something goes wrong.</source>
        <translation>„Unbekannt“ als Antwort eines Dienstleisters bedeutet meist, dass dort niemand für die Frage zuständig ist. Das sollten Sie wissen, bevor etwas schiefgeht.</translation>
    </message>
    <message>
        <source>Ask for the person who can answer, or ask them to say when they will know.</source>
        <translation>Fragen Sie nach der Person, die antworten kann, oder bitten Sie den Dienstleister, Ihnen zu sagen, wann er es wissen wird.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) from %1 are due to be asked again</source>
        <translation>
            <numerusform>%n Antwort von %1 muss erneut erfragt werden</numerusform>
            <numerusform>%n Antworten von %1 müssen erneut erfragt werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Providers change their services, staff and promises. An old answer may no longer be true, and a reworded question may ask for more than the old answer covered.</source>
        <translation>Dienstleister ändern ihre Leistungen, ihr Personal und ihre Zusagen. Eine alte Antwort stimmt vielleicht nicht mehr, und eine neu formulierte Frage verlangt womöglich mehr, als die alte Antwort abdeckt.</translation>
    </message>
    <message numerus="yes">
        <source>Answers are due after %n month(s), or when the question changed.</source>
        <translation>
            <numerusform>Antworten werden nach %n Monat fällig oder wenn sich die Frage geändert hat.</numerusform>
            <numerusform>Antworten werden nach %n Monaten fällig oder wenn sich die Frage geändert hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 answered &quot;%2&quot; (given by %3 on %4).</source>
        <translation>%1 hat „%2“ geantwortet (von %3 am %4).</translation>
    </message>
    <message>
        <source>What good looks like: %1 Ask %2 what it would take to get there, or plan how the shop makes up for it.</source>
        <translation>So sollte es sein: %1 Fragen Sie %2, was nötig wäre, um dorthin zu kommen, oder planen Sie, wie der Shop das ausgleicht.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 ran out on %3</source>
        <translation>%1: %2 ist am %3 abgelaufen</translation>
    </message>
    <message>
        <source>A certification is only evidence for the period it covers. Once it runs out, you have nothing on file that shows the provider still meets it.</source>
        <translation>Eine Zertifizierung ist nur für den Zeitraum ein Nachweis, den sie abdeckt. Sobald sie abgelaufen ist, haben Sie nichts in der Hand, das zeigt, dass der Dienstleister die Anforderungen noch erfüllt.</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago.</source>
        <translation>
            <numerusform>Vor %n Tag abgelaufen.</numerusform>
            <numerusform>Vor %n Tagen abgelaufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s %2 runs out on %3</source>
        <translation>%1: %2 läuft am %3 ab</translation>
    </message>
    <message>
        <source>Asking for the renewed document before the old one runs out keeps your records without a gap.</source>
        <translation>Wenn Sie das erneuerte Dokument anfordern, bevor das alte abläuft, bleiben Ihre Unterlagen lückenlos.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left.</source>
        <translation>
            <numerusform>Noch %n Tag.</numerusform>
            <numerusform>Noch %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contract with %1 ended on %2</source>
        <translation>Der Vertrag mit %1 ist am %2 ausgelaufen</translation>
    </message>
    <message>
        <source>A provider without a contract may stop supporting the shop at the worst moment, and may still hold its data and access.</source>
        <translation>Ein Dienstleister ohne Vertrag stellt die Betreuung des Shops womöglich im ungünstigsten Moment ein – und hat vielleicht trotzdem noch dessen Daten und Zugänge.</translation>
    </message>
    <message>
        <source>Contract end recorded: %1.</source>
        <translation>Erfasstes Vertragsende: %1.</translation>
    </message>
    <message>
        <source>Renew the contract and record the new end date, or remove the provider&apos;s access and data and then the provider from the plan.</source>
        <translation>Verlängern Sie den Vertrag und erfassen Sie das neue Enddatum, oder entziehen Sie dem Dienstleister Zugänge und Daten und entfernen Sie ihn dann aus dem Plan.</translation>
    </message>
    <message>
        <source>No way to reach %1 is on file</source>
        <translation>Für %1 ist kein Kontaktweg hinterlegt</translation>
    </message>
    <message>
        <source>When the shop is down or under attack, looking for a support number costs the time you do not have.</source>
        <translation>Wenn der Shop ausgefallen ist oder angegriffen wird, kostet die Suche nach einer Support-Nummer Zeit, die Sie nicht haben.</translation>
    </message>
    <message>
        <source>No support phone, email, portal or escalation contact is recorded.</source>
        <translation>Es ist weder ein Support-Telefon noch eine E-Mail-Adresse, ein Portal oder ein Eskalationskontakt erfasst.</translation>
    </message>
    <message>
        <source>Add the provider&apos;s support line, email or portal, and whom to call when support does not help.</source>
        <translation>Tragen Sie die Support-Telefonnummer, die E-Mail-Adresse oder das Portal des Dienstleisters ein und wen Sie anrufen, wenn der Support nicht weiterhilft.</translation>
    </message>
    <message>
        <source>%1 says the shop uses only %2, but the site accepts %3</source>
        <translation>%1 gibt an, dass der Shop nur %2 verwendet, aber die Website akzeptiert %3</translation>
    </message>
    <message>
        <source>Old protocol versions have known weaknesses. The provider&apos;s answer and the live site disagree, so either the answer is wrong or a setting was missed.</source>
        <translation>Alte Protokollversionen haben bekannte Schwachstellen. Die Antwort des Dienstleisters und die Live-Website widersprechen sich: Entweder ist die Antwort falsch, oder eine Einstellung wurde übersehen.</translation>
    </message>
    <message>
        <source>Answer given by %1 on %2. The probe of %3 saw %4 accepted.</source>
        <translation>Antwort von %1 am %2. Die Prüfung von %3 hat ergeben, dass %4 akzeptiert wird.</translation>
    </message>
    <message>
        <source>Send the provider the probe&apos;s result and ask them to turn off the old versions; probe again once they say it is done.</source>
        <translation>Schicken Sie dem Dienstleister das Ergebnis der Prüfung und bitten Sie ihn, die alten Versionen abzuschalten; prüfen Sie erneut, sobald er meldet, dass es erledigt ist.</translation>
    </message>
    <message>
        <source>%1 says the shop offers %2, but the site does not</source>
        <translation>%1 gibt an, dass der Shop %2 anbietet, aber die Website tut das nicht</translation>
    </message>
    <message>
        <source>The provider&apos;s answer and the live site disagree. Either the answer is wrong, or the setting is not in place for your shop.</source>
        <translation>Die Antwort des Dienstleisters und die Live-Website widersprechen sich. Entweder ist die Antwort falsch, oder die Einstellung ist für Ihren Shop nicht aktiv.</translation>
    </message>
    <message>
        <source>Answer given by %1 on %2. The probe of %3 saw no %4.</source>
        <translation>Antwort von %1 am %2. Die Prüfung von %3 hat %4 nicht festgestellt.</translation>
    </message>
    <message>
        <source>Ask the provider to check the setting for your shop and probe again.</source>
        <translation>Bitten Sie den Dienstleister, die Einstellung für Ihren Shop zu überprüfen, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 says HSTS is on, but the site does not send it</source>
        <translation>%1 gibt an, dass HSTS aktiv ist, aber die Website sendet es nicht</translation>
    </message>
    <message>
        <source>HSTS tells browsers to use only the encrypted site, so nobody can quietly downgrade your visitors. The provider believes it is on; the site shows it is not.</source>
        <translation>HSTS weist Browser an, nur die verschlüsselte Website zu verwenden, damit niemand Ihre Besucher unbemerkt auf eine unverschlüsselte Verbindung herabstufen kann. Der Dienstleister glaubt, dass es aktiv ist; die Website zeigt, dass es das nicht ist.</translation>
    </message>
    <message>
        <source>Answer given by %1 on %2. No Strict-Transport-Security header came from %3.</source>
        <translation>Antwort von %1 am %2. Von %3 kam kein Strict-Transport-Security-Header.</translation>
    </message>
    <message>
        <source>Ask the provider to add the HSTS header for your shop&apos;s domain and probe again.</source>
        <translation>Bitten Sie den Dienstleister, den HSTS-Header für die Domain Ihres Shops hinzuzufügen, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 says a CDN fronts the shop, but none shows in the site&apos;s answers</source>
        <translation>%1 gibt an, dass ein CDN vor dem Shop steht, aber in den Antworten der Website ist keins zu sehen</translation>
    </message>
    <message>
        <source>A CDN absorbs floods of traffic before they reach the shop. If it is not really in front, a DDoS goes straight to your server.</source>
        <translation>Ein CDN fängt Datenfluten ab, bevor sie den Shop erreichen. Wenn es nicht wirklich vorgeschaltet ist, trifft ein DDoS-Angriff direkt Ihren Server.</translation>
    </message>
    <message>
        <source>Answer given by %1 on %2. The probe recognised no CDN in the answers of %3 (it knows the common ones by their headers).</source>
        <translation>Antwort von %1 am %2. Die Prüfung hat in den Antworten von %3 kein CDN erkannt (sie erkennt die gängigen an ihren Headern).</translation>
    </message>
    <message>
        <source>Ask the provider which CDN serves the shop and how to check it. If the CDN does not show itself in headers, note that with the answer.</source>
        <translation>Fragen Sie den Dienstleister, welches CDN den Shop ausliefert und wie sich das überprüfen lässt. Wenn sich das CDN nicht in den Headern zeigt, vermerken Sie das bei der Antwort.</translation>
    </message>
    <message>
        <source>Send the provider the outstanding questions again and record the new answers.</source>
        <translation>Schicken Sie dem Dienstleister die offenen Fragen erneut und erfassen Sie die neuen Antworten.</translation>
    </message>
    <message>
        <source>Ask the provider for the current certificate or attestation and record its new expiry date.</source>
        <translation>Bitten Sie den Dienstleister um das aktuelle Zertifikat oder die aktuelle Bescheinigung und erfassen Sie das neue Ablaufdatum.</translation>
    </message>
    <message>
        <source>Ask the provider when the renewed certificate or attestation will be available.</source>
        <translation>Fragen Sie den Dienstleister, wann das erneuerte Zertifikat oder die erneuerte Bescheinigung verfügbar ist.</translation>
    </message>
</context>
<context>
    <name>ProviderFindingsView</name>
    <message>
        <source>Findings about this provider</source>
        <translation>Befunde zu diesem Dienstleister</translation>
    </message>
    <message>
        <source>About the chosen finding</source>
        <translation>Zum ausgewählten Befund</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing found: what is on file about this provider looks right.</source>
        <translation>Nichts gefunden: Was zu diesem Dienstleister erfasst ist, sieht stimmig aus.</translation>
    </message>
    <message>
        <source>Nothing serious: only small improvements. Choose one to read more.</source>
        <translation>Nichts Ernstes: nur kleine Verbesserungen. Wählen Sie eine aus, um mehr zu erfahren.</translation>
    </message>
    <message>
        <source>1 thing to sort out with this provider. Choose a finding to see why and what to do.</source>
        <translation>1 Punkt, den Sie mit diesem Dienstleister klären sollten. Wählen Sie einen Befund aus, um zu sehen, warum und was zu tun ist.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln things to sort out with this provider. Choose a finding to see why and what to do.</source>
        <translation>
            <numerusform>%Ln Punkt, den Sie mit diesem Dienstleister klären sollten. Wählen Sie einen Befund aus, um zu sehen, warum und was zu tun ist.</numerusform>
            <numerusform>%Ln Punkte, die Sie mit diesem Dienstleister klären sollten. Wählen Sie einen Befund aus, um zu sehen, warum und was zu tun ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <source>What is on file</source>
        <translation>Was erfasst ist</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
</context>
<context>
    <name>ProviderKind</name>
    <message>
        <source>Web host</source>
        <translation>Webhoster</translation>
    </message>
    <message>
        <source>CDN / DNS</source>
        <translation>CDN / DNS</translation>
    </message>
    <message>
        <source>Shop platform</source>
        <translation>Shop-Plattform</translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation>Zahlungsdienstleister</translation>
    </message>
    <message>
        <source>Developer / agency</source>
        <translation>Entwickler / Agentur</translation>
    </message>
    <message>
        <source>Domain registrar</source>
        <translation>Domain-Registrar</translation>
    </message>
    <message>
        <source>Email provider</source>
        <translation>E-Mail-Dienstleister</translation>
    </message>
    <message>
        <source>Backup service</source>
        <translation>Backup-Dienst</translation>
    </message>
    <message>
        <source>Other provider</source>
        <translation>Anderer Dienstleister</translation>
    </message>
</context>
<context>
    <name>ProviderShow</name>
    <message>
        <source>meets what good looks like</source>
        <translation>entspricht dem, was gut ist</translation>
    </message>
    <message>
        <source>falls short</source>
        <translation>unzureichend</translation>
    </message>
    <message>
        <source>they could not say</source>
        <translation>konnte nicht beantwortet werden</translation>
    </message>
    <message>
        <source>for the record</source>
        <translation>zur Kenntnis</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>The provider&apos;s id.</source>
        <translation>Die Nummer (ID) des Dienstleisters.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli providers show PLAN --provider ID [--json]</source>
        <translation>Aufruf: storefort-cli providers show PLAN --provider ID [--json]</translation>
    </message>
    <message>
        <source>Say which provider with --provider ID (the ids are in &quot;providers list&quot;).</source>
        <translation>Geben Sie den Dienstleister mit --provider ID an (die IDs zeigt „providers list“).</translation>
    </message>
    <message>
        <source>the plan has no provider %1.</source>
        <translation>Der Plan hat keinen Dienstleister %1.</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered, %3 to ask</source>
        <translation>%1 von %2 Fragen beantwortet, %3 zu fragen</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>due to be asked again</source>
        <translation>erneut zu erfragen</translation>
    </message>
    <message>
        <source>Given by %1 on %2 · entered %3</source>
        <translation>Angegeben von %1, %2 · erfasst am %3</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Evidence: %1 (%2, SHA-256 %3)</source>
        <translation>Nachweis: %1 (%2, SHA-256 %3)</translation>
    </message>
</context>
<context>
    <name>ProvidersModel</name>
    <message>
        <source>No answers yet</source>
        <translation>Noch keine Antworten</translation>
    </message>
    <message>
        <source>The oldest answer on file was given on %1</source>
        <translation>Die älteste erfasste Antwort stammt vom %1</translation>
    </message>
    <message>
        <source>No answers on file yet</source>
        <translation>Noch keine Antworten erfasst</translation>
    </message>
    <message>
        <source>Nothing found about this provider</source>
        <translation>Zu diesem Dienstleister wurde nichts gefunden</translation>
    </message>
    <message>
        <source>1 finding; it is %1</source>
        <translation>1 Befund, Schweregrad: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings; the most serious is %1</source>
        <translation>
            <numerusform>%Ln Befund, höchster Schweregrad: %1</numerusform>
            <numerusform>%Ln Befunde, höchster Schweregrad: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>To ask</source>
        <translation>Zu fragen</translation>
    </message>
    <message>
        <source>Oldest answer</source>
        <translation>Älteste Antwort</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln weeks</source>
        <translation>
            <numerusform>%Ln Woche</numerusform>
            <numerusform>%Ln Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message numerus="yes">
        <source>%Ln months</source>
        <translation>
            <numerusform>%Ln Monat</numerusform>
            <numerusform>%Ln Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln Jahr</numerusform>
            <numerusform>%Ln Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions they have answered, with the answer on file</source>
        <translation>Fragen, die der Dienstleister beantwortet hat und deren Antwort erfasst ist</translation>
    </message>
    <message>
        <source>Questions to ask them: never answered, or due to be asked again</source>
        <translation>Fragen, die Sie noch stellen sollten: nie beantwortet oder wieder fällig</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Providers</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>&amp;Add Provider…</source>
        <translation>Dienstleister &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Your shop relies on companies for security you cannot set up yourself: the host, the shop platform, the payment provider, your developers. Ask each of them how they protect your shop, keep their answers on file with the date they gave them, and let Storefort check what they say against your live site.</source>
        <translation>Bei Sicherheitsmaßnahmen, die Sie nicht selbst einrichten können, ist Ihr Shop auf Unternehmen angewiesen: den Hoster, die Shop-Plattform, den Zahlungsdienstleister, Ihre Entwickler. Fragen Sie jeden von ihnen, wie er Ihren Shop schützt, halten Sie die Antworten mit dem Datum fest, an dem sie gegeben wurden, und lassen Sie Storefort die Angaben mit Ihrer Live-Website abgleichen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add your web host first.&lt;/b&gt;&lt;br&gt;It runs the server your shop lives on, so it holds most of your shop&apos;s security in its hands. Then add the shop platform, the payment provider, and whoever develops the shop.</source>
        <translation>&lt;b&gt;Fügen Sie zuerst Ihren Webhoster hinzu.&lt;/b&gt;&lt;br&gt;Er betreibt den Server, auf dem Ihr Shop läuft, und hat damit den größten Teil der Sicherheit Ihres Shops in der Hand. Fügen Sie danach die Shop-Plattform, den Zahlungsdienstleister und alle hinzu, die den Shop entwickeln.</translation>
    </message>
    <message>
        <source>Add Your &amp;Web Host…</source>
        <translation>Ihren &amp;Webhoster hinzufügen…</translation>
    </message>
    <message>
        <source>Add a company or person the shop relies on</source>
        <translation>Ein Unternehmen oder eine Person hinzufügen, auf die der Shop angewiesen ist</translation>
    </message>
    <message>
        <source>Change the selected provider&apos;s details</source>
        <translation>Angaben des ausgewählten Dienstleisters ändern</translation>
    </message>
    <message>
        <source>Take the selected provider, their answers and evidence off the plan</source>
        <translation>Den ausgewählten Dienstleister mit seinen Antworten und Nachweisen aus dem Plan entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the plan?</source>
        <translation>%1 aus dem Plan entfernen?</translation>
    </message>
    <message>
        <source>Any evidence kept for them goes too.</source>
        <translation>Alle dafür aufbewahrten Nachweise werden ebenfalls entfernt.</translation>
    </message>
    <message>
        <source>Their answer on file and its evidence go too.</source>
        <translation>Die erfasste Antwort und ihre Nachweise werden ebenfalls entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Their %Ln answers on file and the evidence go too.</source>
        <translation>
            <numerusform>Die %Ln erfasste Antwort und die Nachweise werden ebenfalls entfernt.</numerusform>
            <numerusform>Die %Ln erfassten Antworten und die Nachweise werden ebenfalls entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their portal password is deleted from the keychain.</source>
        <translation>Das Passwort für das Portal wird aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>You can undo the removal with Edit &gt; Undo.</source>
        <translation>Sie können das Entfernen mit Bearbeiten &gt; Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings the provider and their answers back, but not the password.</source>
        <translation>Bearbeiten &gt; Rückgängig holt den Dienstleister und seine Antworten zurück, aber nicht das Passwort.</translation>
    </message>
    <message>
        <source>Remove Provider</source>
        <translation>Dienstleister entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>%1 was not removed: their evidence could not be read to keep for undo.</source>
        <translation>%1 wurde nicht entfernt: Die Nachweise konnten nicht gelesen werden, um sie für das Rückgängigmachen aufzubewahren.</translation>
    </message>
    <message>
        <source>%1 is removed from the plan, but their password could not be deleted from the keychain. You can delete it with your system&apos;s password manager.</source>
        <translation>%1 wurde aus dem Plan entfernt, aber das Passwort konnte nicht aus dem Schlüsselbund gelöscht werden. Sie können es mit der Passwortverwaltung Ihres Systems löschen.</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Ans&amp;wers are due again after:</source>
        <translation>Ant&amp;worten sind wieder fällig nach:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monaten</translation>
    </message>
    <message>
        <source>Months after which an answer is due again</source>
        <translation>Monate, nach denen eine Antwort wieder fällig ist</translation>
    </message>
    <message>
        <source>Providers change their services and staff: ask again once an answer is this old.</source>
        <translation>Dienstleister ändern ihre Leistungen und ihr Personal: Fragen Sie erneut, sobald eine Antwort so alt ist.</translation>
    </message>
    <message>
        <source>Setting Not Changed</source>
        <translation>Einstellung nicht geändert</translation>
    </message>
</context>
<context>
    <name>ProvidersWizardPage</name>
    <message>
        <source>Your Providers</source>
        <translation>Ihre Dienstleister</translation>
    </message>
    <message>
        <source>The companies your shop relies on. Storefort keeps what each of them promised you, and reminds you to ask again when their answers grow old. Leave a line empty when you have no such provider.</source>
        <translation>Die Unternehmen, auf die Ihr Shop angewiesen ist. Storefort hält fest, was jedes davon Ihnen zugesagt hat, und erinnert Sie daran, erneut nachzufragen, wenn die Antworten veralten. Lassen Sie eine Zeile leer, wenn Sie keinen solchen Dienstleister haben.</translation>
    </message>
    <message>
        <source>&amp;Web host:</source>
        <translation>Web&amp;hoster:</translation>
    </message>
    <message>
        <source>Who runs the server your shop is on</source>
        <translation>Wer den Server betreibt, auf dem Ihr Shop läuft</translation>
    </message>
    <message>
        <source>&amp;CDN / DNS:</source>
        <translation>&amp;CDN / DNS:</translation>
    </message>
    <message>
        <source>Who speeds up or shields your site, if anyone</source>
        <translation>Wer Ihre Website beschleunigt oder abschirmt, falls es jemanden gibt</translation>
    </message>
    <message>
        <source>Shop &amp;platform:</source>
        <translation>Shop-&amp;Plattform:</translation>
    </message>
    <message>
        <source>Who makes your shop&apos;s software or service</source>
        <translation>Wer die Software oder den Dienst für Ihren Shop anbietet</translation>
    </message>
    <message>
        <source>Pa&amp;yments:</source>
        <translation>Zahlun&amp;gen:</translation>
    </message>
    <message>
        <source>Who takes your customers&apos; payments</source>
        <translation>Wer die Zahlungen Ihrer Kunden abwickelt</translation>
    </message>
    <message>
        <source>&amp;Developer or agency:</source>
        <translation>&amp;Entwickler oder Agentur:</translation>
    </message>
    <message>
        <source>Who builds or looks after the shop for you</source>
        <translation>Wer den Shop für Sie baut oder betreut</translation>
    </message>
    <message>
        <source>Already in the plan: %1.</source>
        <translation>Bereits im Plan: %1.</translation>
    </message>
    <message>
        <source>Their contact details, contracts and answers come later, in the Providers step. Storefort never asks for a provider&apos;s password here.</source>
        <translation>Kontaktdaten, Verträge und Antworten folgen später im Schritt „Dienstleister“. Storefort fragt hier nie nach dem Passwort eines Dienstleisters.</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 is not one of the choices: %2.</source>
        <translation>%1 ist keine der Auswahlmöglichkeiten: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be combined with other choices.</source>
        <translation>%1 kann nicht mit anderen Auswahlmöglichkeiten kombiniert werden.</translation>
    </message>
    <message>
        <source>%1 is not a number. Write it with digits only, and a point before any decimals, for example 14 or 0.5.</source>
        <translation>%1 ist keine Zahl. Schreiben Sie sie nur mit Ziffern und mit einem Punkt vor Nachkommastellen, zum Beispiel 14 oder 0.5.</translation>
    </message>
    <message>
        <source>%1 is not a date. Write it as year-month-day, for example 2024-03-31.</source>
        <translation>%1 ist kein Datum. Schreiben Sie es als Jahr-Monat-Tag, zum Beispiel 2024-03-31.</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>einer dieser Werte: %1</translation>
    </message>
    <message>
        <source>one or more of: %1, separated by “;” (or: none, unknown)</source>
        <translation>einer oder mehrere dieser Werte: %1, getrennt durch „;“ (oder: none, unknown)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a number of %1</source>
        <translation>eine Anzahl %1</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>ein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>Freitext</translation>
    </message>
    <message>
        <source>There is no answer yet.</source>
        <translation>Es gibt noch keine Antwort.</translation>
    </message>
</context>
<context>
    <name>QuestionBank</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Keine davon</translation>
    </message>
    <message>
        <source>The question bank is not valid JSON: %1 (at character %2).</source>
        <translation>Der Fragenkatalog ist kein gültiges JSON: %1 (bei Zeichen %2).</translation>
    </message>
    <message>
        <source>The question bank has no version, or one that is not a whole number of at least 1.</source>
        <translation>Der Fragenkatalog hat keine Version oder eine, die keine ganze Zahl von mindestens 1 ist.</translation>
    </message>
    <message>
        <source>The question bank holds no questions.</source>
        <translation>Der Fragenkatalog enthält keine Fragen.</translation>
    </message>
    <message>
        <source>Question number %1 of the bank has no id.</source>
        <translation>Frage Nr. %1 des Katalogs hat keine ID.</translation>
    </message>
    <message>
        <source>Question “%1” has an id that is not lowercase words joined by dots.</source>
        <translation>Die Frage „%1“ hat eine ID, die nicht aus kleingeschriebenen, durch Punkte verbundenen Wörtern besteht.</translation>
    </message>
    <message>
        <source>Question “%1” is in the bank twice.</source>
        <translation>Die Frage „%1“ steht zweimal im Katalog.</translation>
    </message>
    <message>
        <source>Which protocol versions does the shop&apos;s site accept for encrypted connections (SSL or TLS, and which versions)?</source>
        <comment>host.tls.versions</comment>
        <translation>Welche Protokollversionen akzeptiert die Website des Shops für verschlüsselte Verbindungen (SSL oder TLS, und welche Versionen)?</translation>
    </message>
    <message>
        <source>Old SSL and early TLS versions have known weaknesses that let attackers read or change what customers send, such as passwords and addresses.</source>
        <comment>host.tls.versions:why</comment>
        <translation>Alte SSL- und frühe TLS-Versionen haben bekannte Schwachstellen, durch die Angreifer mitlesen oder verändern können, was Kunden senden, etwa Passwörter und Adressen.</translation>
    </message>
    <message>
        <source>Only TLS 1.2 and TLS 1.3 are accepted; SSL 2.0, SSL 3.0, TLS 1.0 and TLS 1.1 are turned off.</source>
        <comment>host.tls.versions:good</comment>
        <translation>Es werden nur TLS 1.2 und TLS 1.3 akzeptiert; SSL 2.0, SSL 3.0, TLS 1.0 und TLS 1.1 sind abgeschaltet.</translation>
    </message>
    <message>
        <source>SSL 2.0</source>
        <comment>host.tls.versions:choice:ssl2</comment>
        <translation>SSL 2.0</translation>
    </message>
    <message>
        <source>SSL 3.0</source>
        <comment>host.tls.versions:choice:ssl3</comment>
        <translation>SSL 3.0</translation>
    </message>
    <message>
        <source>TLS 1.0</source>
        <comment>host.tls.versions:choice:tls10</comment>
        <translation>TLS 1.0</translation>
    </message>
    <message>
        <source>TLS 1.1</source>
        <comment>host.tls.versions:choice:tls11</comment>
        <translation>TLS 1.1</translation>
    </message>
    <message>
        <source>TLS 1.2</source>
        <comment>host.tls.versions:choice:tls12</comment>
        <translation>TLS 1.2</translation>
    </message>
    <message>
        <source>TLS 1.3</source>
        <comment>host.tls.versions:choice:tls13</comment>
        <translation>TLS 1.3</translation>
    </message>
    <message>
        <source>Does the shop&apos;s domain send the HSTS header (Strict-Transport-Security), so browsers only ever connect over HTTPS?</source>
        <comment>host.hsts</comment>
        <translation>Sendet die Domain des Shops den HSTS-Header (Strict-Transport-Security), sodass Browser sich immer nur über HTTPS verbinden?</translation>
    </message>
    <message>
        <source>Without it, a visitor on a hostile network can be quietly kept on an unencrypted connection before the shop&apos;s page even loads.</source>
        <comment>host.hsts:why</comment>
        <translation>Ohne ihn kann ein Besucher in einem feindlichen Netzwerk unbemerkt auf einer unverschlüsselten Verbindung festgehalten werden, noch bevor die Seite des Shops überhaupt lädt.</translation>
    </message>
    <message>
        <source>Yes: every HTTPS answer carries the header, with a lifetime of at least six months.</source>
        <comment>host.hsts:good</comment>
        <translation>Ja: Jede HTTPS-Antwort enthält den Header, mit einer Gültigkeitsdauer von mindestens sechs Monaten.</translation>
    </message>
    <message>
        <source>Is the shop&apos;s certificate renewed automatically?</source>
        <comment>host.cert.auto-renew</comment>
        <translation>Wird das Zertifikat des Shops automatisch erneuert?</translation>
    </message>
    <message>
        <source>A certificate that runs out makes browsers warn every customer away from the shop until someone notices and fixes it.</source>
        <comment>host.cert.auto-renew:why</comment>
        <translation>Bei einem abgelaufenen Zertifikat warnen Browser jeden Kunden vor dem Shop, bis jemand es bemerkt und behebt.</translation>
    </message>
    <message>
        <source>Yes: renewal happens on its own, and someone is alerted if it fails.</source>
        <comment>host.cert.auto-renew:good</comment>
        <translation>Ja: Die Erneuerung läuft von selbst, und wenn sie fehlschlägt, wird jemand alarmiert.</translation>
    </message>
    <message>
        <source>How many days before the certificate expires is it renewed?</source>
        <comment>host.cert.renew-days</comment>
        <translation>Wie viele Tage vor dem Ablauf des Zertifikats wird es erneuert?</translation>
    </message>
    <message>
        <source>Renewing well ahead leaves time to notice and fix a failed renewal before customers see a warning.</source>
        <comment>host.cert.renew-days:why</comment>
        <translation>Wer frühzeitig erneuert, hat Zeit, eine fehlgeschlagene Erneuerung zu bemerken und zu beheben, bevor Kunden eine Warnung sehen.</translation>
    </message>
    <message>
        <source>At least 14 days before it expires; 30 days is common.</source>
        <comment>host.cert.renew-days:good</comment>
        <translation>Mindestens 14 Tage vor dem Ablauf; üblich sind 30 Tage.</translation>
    </message>
    <message>
        <source>days</source>
        <comment>unit</comment>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Who holds the private key of the shop&apos;s certificate?</source>
        <comment>host.cert.key-holder</comment>
        <translation>Wer hat den privaten Schlüssel zum Zertifikat des Shops?</translation>
    </message>
    <message>
        <source>Whoever holds the key can pretend to be the shop; the shop also needs to know where it is to move to another provider in a hurry.</source>
        <comment>host.cert.key-holder:why</comment>
        <translation>Wer den Schlüssel hat, kann sich als der Shop ausgeben; außerdem muss der Shop wissen, wo er liegt, um notfalls schnell zu einem anderen Dienstleister wechseln zu können.</translation>
    </message>
    <message>
        <source>The answer is clear, and the holders are people or systems the shop trusts and knows about.</source>
        <comment>host.cert.key-holder:good</comment>
        <translation>Die Antwort ist eindeutig, und die Inhaber des Schlüssels sind Personen oder Systeme, die der Shop kennt und denen er vertraut.</translation>
    </message>
    <message>
        <source>Only you, the provider</source>
        <comment>host.cert.key-holder:choice:provider</comment>
        <translation>Nur Sie als Dienstleister</translation>
    </message>
    <message>
        <source>The shop holds it and gave you a copy</source>
        <comment>host.cert.key-holder:choice:shop</comment>
        <translation>Der Shop hat ihn und hat Ihnen eine Kopie gegeben</translation>
    </message>
    <message>
        <source>Both you and the shop</source>
        <comment>host.cert.key-holder:choice:both</comment>
        <translation>Sowohl Sie als auch der Shop</translation>
    </message>
    <message>
        <source>Someone else, for example the shop&apos;s developer</source>
        <comment>host.cert.key-holder:choice:third-party</comment>
        <translation>Jemand anderes, zum Beispiel der Entwickler des Shops</translation>
    </message>
    <message>
        <source>Where is the certificate&apos;s private key stored, who can read it, and is it protected by a passphrase?</source>
        <comment>host.cert.key-storage</comment>
        <translation>Wo ist der private Schlüssel des Zertifikats gespeichert, wer kann ihn lesen, und ist er durch eine Passphrase geschützt?</translation>
    </message>
    <message>
        <source>A key lying in an open folder or an email can be copied without anyone noticing.</source>
        <comment>host.cert.key-storage:why</comment>
        <translation>Ein Schlüssel, der in einem offenen Ordner oder in einer E-Mail liegt, kann kopiert werden, ohne dass es jemand bemerkt.</translation>
    </message>
    <message>
        <source>The key sits in a protected store or an encrypted file, only a few named people can reach it, and any passphrase is kept apart from the key.</source>
        <comment>host.cert.key-storage:good</comment>
        <translation>Der Schlüssel liegt in einem geschützten Speicher oder einer verschlüsselten Datei, nur wenige namentlich bekannte Personen kommen an ihn heran, und eine etwaige Passphrase wird getrennt vom Schlüssel aufbewahrt.</translation>
    </message>
    <message>
        <source>Is the traffic between your network and the shop&apos;s own server encrypted as well, with the server&apos;s certificate checked?</source>
        <comment>cdn.origin-tls</comment>
        <translation>Ist auch der Datenverkehr zwischen Ihrem Netzwerk und dem eigenen Server des Shops verschlüsselt, und wird dabei das Zertifikat des Servers geprüft?</translation>
    </message>
    <message>
        <source>If only the half between the customer and you is encrypted, the other half can still be read or changed on its way to the shop.</source>
        <comment>cdn.origin-tls:why</comment>
        <translation>Wenn nur der Abschnitt zwischen dem Kunden und Ihnen verschlüsselt ist, kann der Datenverkehr auf dem restlichen Weg zum Shop weiterhin mitgelesen oder verändert werden.</translation>
    </message>
    <message>
        <source>Yes: the connection to the shop&apos;s server uses TLS and a valid certificate is required (often called full or strict mode).</source>
        <comment>cdn.origin-tls:good</comment>
        <translation>Ja: Die Verbindung zum Server des Shops verwendet TLS, und ein gültiges Zertifikat ist Pflicht (oft „Full“- oder „Strict“-Modus genannt).</translation>
    </message>
    <message>
        <source>Is mail sent to and from the shop&apos;s addresses encrypted between mail servers whenever the other side supports it?</source>
        <comment>email.tls</comment>
        <translation>Werden E-Mails an die und von den Adressen des Shops zwischen den Mailservern verschlüsselt übertragen, wann immer die Gegenseite das unterstützt?</translation>
    </message>
    <message>
        <source>Order confirmations and password resets travel by email; unencrypted, they can be read on the way.</source>
        <comment>email.tls:why</comment>
        <translation>Bestellbestätigungen und Links zum Zurücksetzen von Passwörtern werden per E-Mail verschickt; unverschlüsselt können sie unterwegs mitgelesen werden.</translation>
    </message>
    <message>
        <source>Yes: you use STARTTLS for every server that offers it, and ideally MTA-STS for the shop&apos;s domain.</source>
        <comment>email.tls:good</comment>
        <translation>Ja: Sie verwenden STARTTLS bei jedem Server, der es anbietet, und idealerweise MTA-STS für die Domain des Shops.</translation>
    </message>
    <message>
        <source>Is the shop served through a content delivery network (CDN) or a network that filters out attacks?</source>
        <comment>host.cdn.fronted</comment>
        <translation>Wird der Shop über ein Content Delivery Network (CDN) oder ein Netzwerk ausgeliefert, das Angriffe herausfiltert?</translation>
    </message>
    <message>
        <source>Such a network spreads the load and soaks up floods of fake traffic, so the shop stays open during an attack.</source>
        <comment>host.cdn.fronted:why</comment>
        <translation>Ein solches Netzwerk verteilt die Last und fängt Fluten von gefälschtem Datenverkehr ab, sodass der Shop auch während eines Angriffs geöffnet bleibt.</translation>
    </message>
    <message>
        <source>Yes: all traffic to the shop passes through the CDN or filtering network first.</source>
        <comment>host.cdn.fronted:good</comment>
        <translation>Ja: Der gesamte Datenverkehr zum Shop läuft zuerst durch das CDN oder das Filternetzwerk.</translation>
    </message>
    <message>
        <source>Which CDN or filtering network is it, and who manages its settings?</source>
        <comment>host.cdn.name</comment>
        <translation>Um welches CDN oder Filternetzwerk handelt es sich, und wer verwaltet seine Einstellungen?</translation>
    </message>
    <message>
        <source>The shop needs to know whom to turn to when that network has to be adjusted during an attack.</source>
        <comment>host.cdn.name:why</comment>
        <translation>Der Shop muss wissen, an wen er sich wenden kann, wenn dieses Netzwerk während eines Angriffs angepasst werden muss.</translation>
    </message>
    <message>
        <source>The name of the service and of the person or team who manages it.</source>
        <comment>host.cdn.name:good</comment>
        <translation>Der Name des Dienstes und der Person oder des Teams, die ihn verwaltet.</translation>
    </message>
    <message>
        <source>Do you offer a CDN or attack-filtering service that the shop can turn on?</source>
        <comment>cdn.offered</comment>
        <translation>Bieten Sie ein CDN oder einen Dienst zum Herausfiltern von Angriffen an, den der Shop einschalten kann?</translation>
    </message>
    <message>
        <source>It is far easier to set up such protection calmly beforehand than in the middle of an attack.</source>
        <comment>cdn.offered:why</comment>
        <translation>Es ist weit einfacher, einen solchen Schutz vorher in Ruhe einzurichten als mitten in einem Angriff.</translation>
    </message>
    <message>
        <source>Yes, and it can be turned on without moving the shop elsewhere.</source>
        <comment>cdn.offered:good</comment>
        <translation>Ja, und er lässt sich einschalten, ohne dass der Shop umziehen muss.</translation>
    </message>
    <message>
        <source>Can your network absorb or filter a flood of traffic aimed at the shop (a DDoS attack)?</source>
        <comment>host.ddos.protection</comment>
        <translation>Kann Ihr Netzwerk eine Flut von Datenverkehr, die auf den Shop zielt (einen DDoS-Angriff), abfangen oder herausfiltern?</translation>
    </message>
    <message>
        <source>Such attacks are cheap to launch and can keep customers away from the shop for hours or days.</source>
        <comment>host.ddos.protection:why</comment>
        <translation>Solche Angriffe lassen sich billig starten und können Kunden stunden- oder tagelang vom Shop fernhalten.</translation>
    </message>
    <message>
        <source>Yes: you have the capacity and the tools to filter attacks, and they cover the shop.</source>
        <comment>host.ddos.protection:good</comment>
        <translation>Ja: Sie haben die Kapazität und die Werkzeuge, um Angriffe herauszufiltern, und diese decken den Shop ab.</translation>
    </message>
    <message>
        <source>What do you do with the shop when you detect an attack on it?</source>
        <comment>host.ddos.action</comment>
        <translation>Was tun Sie mit dem Shop, wenn Sie einen Angriff auf ihn feststellen?</translation>
    </message>
    <message>
        <source>Some providers protect their other customers by cutting the attacked shop off, which finishes the attacker&apos;s job for them.</source>
        <comment>host.ddos.action:why</comment>
        <translation>Manche Dienstleister schützen ihre anderen Kunden, indem sie den angegriffenen Shop vom Netz trennen – und erledigen damit die Arbeit des Angreifers für ihn.</translation>
    </message>
    <message>
        <source>You filter out the attack and keep the shop online.</source>
        <comment>host.ddos.action:good</comment>
        <translation>Sie filtern den Angriff heraus und halten den Shop online.</translation>
    </message>
    <message>
        <source>We filter out the attack and keep the shop online</source>
        <comment>host.ddos.action:choice:filter</comment>
        <translation>Wir filtern den Angriff heraus und halten den Shop online</translation>
    </message>
    <message>
        <source>We block all traffic to the shop&apos;s address until the attack is over</source>
        <comment>host.ddos.action:choice:null-route</comment>
        <translation>Wir sperren den gesamten Datenverkehr zur Adresse des Shops, bis der Angriff vorbei ist</translation>
    </message>
    <message>
        <source>We take the shop offline or suspend its account</source>
        <comment>host.ddos.action:choice:suspend</comment>
        <translation>Wir nehmen den Shop vom Netz oder sperren sein Konto</translation>
    </message>
    <message>
        <source>It depends; we decide each time</source>
        <comment>host.ddos.action:choice:case-by-case</comment>
        <translation>Das kommt darauf an; wir entscheiden jedes Mal neu</translation>
    </message>
    <message>
        <source>Within how many minutes of detecting an attack on the shop do you contact us?</source>
        <comment>host.ddos.contact-minutes</comment>
        <translation>Innerhalb wie vieler Minuten, nachdem Sie einen Angriff auf den Shop bemerkt haben, nehmen Sie Kontakt mit uns auf?</translation>
    </message>
    <message>
        <source>The shop may need to tell customers, pause advertising or call in its developer; every minute of silence costs sales.</source>
        <comment>host.ddos.contact-minutes:why</comment>
        <translation>Der Shop muss vielleicht Kunden informieren, Werbung pausieren oder seinen Entwickler hinzuziehen; jede Minute Funkstille kostet Umsatz.</translation>
    </message>
    <message>
        <source>Within 60 minutes at most; sooner is better.</source>
        <comment>host.ddos.contact-minutes:good</comment>
        <translation>Innerhalb von höchstens 60 Minuten; früher ist besser.</translation>
    </message>
    <message>
        <source>minutes</source>
        <comment>unit</comment>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>How do you tell us that the shop is under attack?</source>
        <comment>host.ddos.channel</comment>
        <translation>Wie teilen Sie uns mit, dass der Shop angegriffen wird?</translation>
    </message>
    <message>
        <source>A message sent only to an inbox nobody watches at night may arrive far too late.</source>
        <comment>host.ddos.channel:why</comment>
        <translation>Eine Nachricht, die nur in einem Postfach landet, das nachts niemand liest, kommt womöglich viel zu spät an.</translation>
    </message>
    <message>
        <source>A channel that reaches a person quickly, such as a phone call or a text message, besides any email or status page.</source>
        <comment>host.ddos.channel:good</comment>
        <translation>Ein Kanal, der schnell einen Menschen erreicht, etwa ein Anruf oder eine SMS, zusätzlich zu E-Mail oder Statusseite.</translation>
    </message>
    <message>
        <source>Phone call</source>
        <comment>host.ddos.channel:choice:phone</comment>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Text message</source>
        <comment>host.ddos.channel:choice:sms</comment>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>host.ddos.channel:choice:email</comment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Support ticket</source>
        <comment>host.ddos.channel:choice:ticket</comment>
        <translation>Support-Ticket</translation>
    </message>
    <message>
        <source>Status page</source>
        <comment>host.ddos.channel:choice:status-page</comment>
        <translation>Statusseite</translation>
    </message>
    <message>
        <source>Whom should we contact when the shop seems to be under attack, how, and at what hours?</source>
        <comment>host.ddos.contact</comment>
        <translation>An wen sollen wir uns wenden, wenn der Shop angegriffen zu werden scheint, auf welchem Weg und zu welchen Zeiten?</translation>
    </message>
    <message>
        <source>During an attack there is no time to search for a phone number or wait for office hours.</source>
        <comment>host.ddos.contact:why</comment>
        <translation>Während eines Angriffs bleibt keine Zeit, eine Telefonnummer zu suchen oder auf die Geschäftszeiten zu warten.</translation>
    </message>
    <message>
        <source>A named team with a phone number or address that is staffed at all hours.</source>
        <comment>host.ddos.contact:good</comment>
        <translation>Ein namentlich benanntes Team mit einer Telefonnummer oder Adresse, die rund um die Uhr besetzt ist.</translation>
    </message>
    <message>
        <source>Do you filter out malicious requests (with a web application firewall) before they reach the shop?</source>
        <comment>cdn.waf</comment>
        <translation>Filtern Sie schädliche Anfragen (mit einer Web Application Firewall) heraus, bevor sie den Shop erreichen?</translation>
    </message>
    <message>
        <source>A filter in front of the shop can block common break-in attempts, and buys time until a weakness in the shop&apos;s software is fixed.</source>
        <comment>cdn.waf:why</comment>
        <translation>Ein Filter vor dem Shop kann gängige Einbruchsversuche abwehren und verschafft Zeit, bis eine Schwachstelle in der Software des Shops behoben ist.</translation>
    </message>
    <message>
        <source>Yes: a web application firewall protects the shop, and its rules are kept up to date.</source>
        <comment>cdn.waf:good</comment>
        <translation>Ja: Eine Web Application Firewall schützt den Shop, und ihre Regeln werden aktuell gehalten.</translation>
    </message>
    <message>
        <source>Do you back up the shop, both its files and its database?</source>
        <comment>backup.offered</comment>
        <translation>Erstellen Sie Backups des Shops, und zwar sowohl von seinen Dateien als auch von seiner Datenbank?</translation>
    </message>
    <message>
        <source>A backup is the way back after an attack, a failed update or a simple mistake; without one, the shop may have to start from scratch.</source>
        <comment>backup.offered:why</comment>
        <translation>Ein Backup ist der Weg zurück nach einem Angriff, einem fehlgeschlagenen Update oder einem einfachen Versehen; ohne Backup muss der Shop womöglich bei null anfangen.</translation>
    </message>
    <message>
        <source>Yes: files and database are both backed up automatically.</source>
        <comment>backup.offered:good</comment>
        <translation>Ja: Dateien und Datenbank werden beide automatisch gesichert.</translation>
    </message>
    <message>
        <source>How often is the shop backed up?</source>
        <comment>backup.frequency</comment>
        <translation>Wie oft wird der Shop gesichert?</translation>
    </message>
    <message>
        <source>Every order placed since the last backup is lost when the shop has to be restored.</source>
        <comment>backup.frequency:why</comment>
        <translation>Jede Bestellung seit dem letzten Backup geht verloren, wenn der Shop wiederhergestellt werden muss.</translation>
    </message>
    <message>
        <source>At least once a day, so a backup is never more than 24 hours old.</source>
        <comment>backup.frequency:good</comment>
        <translation>Mindestens einmal täglich, sodass ein Backup nie älter als 24 Stunden ist.</translation>
    </message>
    <message>
        <source>Every hour or more often</source>
        <comment>backup.frequency:choice:hourly</comment>
        <translation>Stündlich oder öfter</translation>
    </message>
    <message>
        <source>Every day</source>
        <comment>backup.frequency:choice:daily</comment>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Every week</source>
        <comment>backup.frequency:choice:weekly</comment>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Every month or less often</source>
        <comment>backup.frequency:choice:monthly</comment>
        <translation>Monatlich oder seltener</translation>
    </message>
    <message>
        <source>For how many days are the shop&apos;s backups kept?</source>
        <comment>backup.retention-days</comment>
        <translation>Wie viele Tage werden die Backups des Shops aufbewahrt?</translation>
    </message>
    <message>
        <source>Break-ins and damaged data are often found weeks later; by then, short-lived backups already hold the damage.</source>
        <comment>backup.retention-days:why</comment>
        <translation>Einbrüche und beschädigte Daten werden oft erst Wochen später entdeckt; bis dahin enthalten kurzlebige Backups den Schaden bereits.</translation>
    </message>
    <message>
        <source>At least 30 days.</source>
        <comment>backup.retention-days:good</comment>
        <translation>Mindestens 30 Tage.</translation>
    </message>
    <message>
        <source>Besides the recent backups, do you keep an older one as a reference point, for example from a month ago?</source>
        <comment>backup.older-point</comment>
        <translation>Bewahren Sie neben den aktuellen Backups auch ein älteres als Referenzpunkt auf, zum Beispiel eines von vor einem Monat?</translation>
    </message>
    <message>
        <source>If the recent backups all contain the same problem, an older copy is the only clean way back.</source>
        <comment>backup.older-point:why</comment>
        <translation>Wenn alle aktuellen Backups dasselbe Problem enthalten, ist eine ältere Kopie der einzige saubere Weg zurück.</translation>
    </message>
    <message>
        <source>Yes: at least one older backup is kept alongside the recent ones.</source>
        <comment>backup.older-point:good</comment>
        <translation>Ja: Neben den aktuellen Backups wird mindestens ein älteres aufbewahrt.</translation>
    </message>
    <message>
        <source>Is a copy of the backups kept at another site, away from the servers that run the shop?</source>
        <comment>backup.offsite</comment>
        <translation>Wird eine Kopie der Backups an einem anderen Standort aufbewahrt, getrennt von den Servern, auf denen der Shop läuft?</translation>
    </message>
    <message>
        <source>A fire, a flood or an attacker that takes out the servers can take out backups stored next to them too.</source>
        <comment>backup.offsite:why</comment>
        <translation>Ein Brand, eine Überschwemmung oder ein Angreifer, der die Server lahmlegt, kann auch die daneben gespeicherten Backups vernichten.</translation>
    </message>
    <message>
        <source>Yes: a copy is kept at a separate site or with a separate service.</source>
        <comment>backup.offsite:good</comment>
        <translation>Ja: Eine Kopie wird an einem getrennten Standort oder bei einem separaten Dienst aufbewahrt.</translation>
    </message>
    <message>
        <source>Are the backups encrypted?</source>
        <comment>backup.encrypted</comment>
        <translation>Sind die Backups verschlüsselt?</translation>
    </message>
    <message>
        <source>A backup holds every customer&apos;s details; a lost or stolen copy must be of no use to whoever finds it.</source>
        <comment>backup.encrypted:why</comment>
        <translation>Ein Backup enthält die Daten aller Kunden; eine verlorene oder gestohlene Kopie muss für jeden, der sie findet, nutzlos sein.</translation>
    </message>
    <message>
        <source>Yes: backups are encrypted, and the keys are kept apart from them.</source>
        <comment>backup.encrypted:good</comment>
        <translation>Ja: Die Backups sind verschlüsselt, und die Schlüssel werden getrennt davon aufbewahrt.</translation>
    </message>
    <message>
        <source>Are the backups protected so that nobody can change or delete them before they are due to expire, not even someone who gets into our account?</source>
        <comment>backup.immutable</comment>
        <translation>Sind die Backups so geschützt, dass niemand sie vor Ablauf ihrer Aufbewahrungsfrist ändern oder löschen kann, nicht einmal jemand, der in unser Konto eindringt?</translation>
    </message>
    <message>
        <source>Attackers who hold a shop to ransom try to destroy its backups first.</source>
        <comment>backup.immutable:why</comment>
        <translation>Angreifer, die einen Shop erpressen wollen, versuchen zuerst, seine Backups zu zerstören.</translation>
    </message>
    <message>
        <source>Yes: backups are locked against changes or kept in several versions that cannot be deleted early.</source>
        <comment>backup.immutable:good</comment>
        <translation>Ja: Die Backups sind gegen Änderungen gesperrt oder werden in mehreren Versionen aufbewahrt, die sich nicht vorzeitig löschen lassen.</translation>
    </message>
    <message>
        <source>When did you last test restoring the shop from a backup?</source>
        <comment>backup.restore-tested</comment>
        <translation>Wann haben Sie zuletzt getestet, ob sich der Shop aus einem Backup wiederherstellen lässt?</translation>
    </message>
    <message>
        <source>A backup that has never been restored may turn out to be incomplete or unreadable on the day it is needed.</source>
        <comment>backup.restore-tested:why</comment>
        <translation>Ein Backup, das nie wiederhergestellt wurde, kann sich an dem Tag, an dem man es braucht, als unvollständig oder unlesbar herausstellen.</translation>
    </message>
    <message>
        <source>A restore was tested within the past 12 months.</source>
        <comment>backup.restore-tested:good</comment>
        <translation>Eine Wiederherstellung wurde innerhalb der letzten 12 Monate getestet.</translation>
    </message>
    <message>
        <source>How many hours does it take to restore the shop from a backup?</source>
        <comment>backup.restore-hours</comment>
        <translation>Wie viele Stunden dauert es, den Shop aus einem Backup wiederherzustellen?</translation>
    </message>
    <message>
        <source>The shop takes no orders while it is being restored.</source>
        <comment>backup.restore-hours:why</comment>
        <translation>Während der Wiederherstellung nimmt der Shop keine Bestellungen an.</translation>
    </message>
    <message>
        <source>No more than 24 hours.</source>
        <comment>backup.restore-hours:good</comment>
        <translation>Höchstens 24 Stunden.</translation>
    </message>
    <message>
        <source>hours</source>
        <comment>unit</comment>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Can you give us, on request, an export of our customer accounts, orders and payments, and products?</source>
        <comment>data.export</comment>
        <translation>Können Sie uns auf Anfrage einen Export unserer Kundenkonten, Bestellungen und Zahlungen sowie unserer Produkte geben?</translation>
    </message>
    <message>
        <source>With its own data in hand, the shop can move to another provider or rebuild after a disaster.</source>
        <comment>data.export:why</comment>
        <translation>Mit den eigenen Daten in der Hand kann der Shop zu einem anderen Dienstleister wechseln oder sich nach einer Katastrophe neu aufbauen.</translation>
    </message>
    <message>
        <source>Yes: the shop can get a complete export in a common format such as CSV.</source>
        <comment>data.export:good</comment>
        <translation>Ja: Der Shop kann einen vollständigen Export in einem gängigen Format wie CSV erhalten.</translation>
    </message>
    <message>
        <source>How many days after we ask do we receive that export?</source>
        <comment>data.export-days</comment>
        <translation>Wie viele Tage nach unserer Anfrage erhalten wir diesen Export?</translation>
    </message>
    <message>
        <source>In an emergency the shop cannot wait weeks for its own data.</source>
        <comment>data.export-days:why</comment>
        <translation>Im Notfall kann der Shop nicht wochenlang auf seine eigenen Daten warten.</translation>
    </message>
    <message>
        <source>Within 2 days; better still, the shop can download it itself at any time.</source>
        <comment>data.export-days:good</comment>
        <translation>Innerhalb von 2 Tagen; noch besser ist es, wenn der Shop ihn jederzeit selbst herunterladen kann.</translation>
    </message>
    <message>
        <source>Where is the shop&apos;s data stored?</source>
        <comment>data.location</comment>
        <translation>Wo werden die Daten des Shops gespeichert?</translation>
    </message>
    <message>
        <source>Data protection law sets rules for where customers&apos; personal data may be kept and who may reach it.</source>
        <comment>data.location:why</comment>
        <translation>Das Datenschutzrecht regelt, wo personenbezogene Daten von Kunden gespeichert werden dürfen und wer darauf zugreifen darf.</translation>
    </message>
    <message>
        <source>The shop knows the place, and it fits the law that applies to the shop and to its customers.</source>
        <comment>data.location:good</comment>
        <translation>Der Shop kennt den Ort, und er entspricht dem Recht, das für den Shop und seine Kunden gilt.</translation>
    </message>
    <message>
        <source>In the EU or EEA</source>
        <comment>data.location:choice:eu</comment>
        <translation>In der EU oder im EWR</translation>
    </message>
    <message>
        <source>In the United Kingdom</source>
        <comment>data.location:choice:uk</comment>
        <translation>Im Vereinigten Königreich</translation>
    </message>
    <message>
        <source>In the United States</source>
        <comment>data.location:choice:us</comment>
        <translation>In den Vereinigten Staaten</translation>
    </message>
    <message>
        <source>Elsewhere, or in several regions</source>
        <comment>data.location:choice:other</comment>
        <translation>Anderswo oder in mehreren Regionen</translation>
    </message>
    <message>
        <source>Which other companies (sub-processors) handle the shop&apos;s data on your behalf?</source>
        <comment>data.subprocessors</comment>
        <translation>Welche anderen Unternehmen (Unterauftragsverarbeiter) verarbeiten die Daten des Shops in Ihrem Auftrag?</translation>
    </message>
    <message>
        <source>The shop answers to its customers for everyone who touches their data, not only for its direct providers.</source>
        <comment>data.subprocessors:why</comment>
        <translation>Der Shop steht gegenüber seinen Kunden für alle ein, die mit deren Daten in Berührung kommen, nicht nur für seine direkten Dienstleister.</translation>
    </message>
    <message>
        <source>A complete list, with what each company does and where.</source>
        <comment>data.subprocessors:good</comment>
        <translation>Eine vollständige Liste mit der Angabe, was jedes Unternehmen tut und wo.</translation>
    </message>
    <message>
        <source>Do you tell us before you add a new sub-processor?</source>
        <comment>data.subprocessors-notice</comment>
        <translation>Informieren Sie uns, bevor Sie einen neuen Unterauftragsverarbeiter hinzunehmen?</translation>
    </message>
    <message>
        <source>The shop needs a chance to object, or to update its privacy notice, before its data goes somewhere new.</source>
        <comment>data.subprocessors-notice:why</comment>
        <translation>Der Shop muss die Möglichkeit haben, Einspruch zu erheben oder seine Datenschutzerklärung anzupassen, bevor seine Daten an eine neue Stelle gehen.</translation>
    </message>
    <message>
        <source>Yes: the shop is told in advance and can object.</source>
        <comment>data.subprocessors-notice:good</comment>
        <translation>Ja: Der Shop wird vorab informiert und kann widersprechen.</translation>
    </message>
    <message>
        <source>Will you sign a data processing agreement with us?</source>
        <comment>data.dpa</comment>
        <translation>Schließen Sie mit uns einen Vertrag zur Auftragsverarbeitung (AVV) ab?</translation>
    </message>
    <message>
        <source>Data protection law expects a written agreement with anyone who handles customers&apos; personal data for the shop.</source>
        <comment>data.dpa:why</comment>
        <translation>Das Datenschutzrecht verlangt einen schriftlichen Vertrag mit allen, die personenbezogene Daten von Kunden im Auftrag des Shops verarbeiten.</translation>
    </message>
    <message>
        <source>Yes: an agreement is signed, or is part of the terms the shop accepted.</source>
        <comment>data.dpa:good</comment>
        <translation>Ja: Ein Vertrag ist unterzeichnet oder Teil der Bedingungen, die der Shop akzeptiert hat.</translation>
    </message>
    <message>
        <source>Must your own staff use two-step login (multi-factor authentication) to reach the systems that hold the shop&apos;s data?</source>
        <comment>access.staff-mfa</comment>
        <translation>Müssen Ihre eigenen Mitarbeiter die Zwei-Faktor-Anmeldung (MFA) verwenden, um auf die Systeme zuzugreifen, in denen die Daten des Shops liegen?</translation>
    </message>
    <message>
        <source>A stolen password alone should never be enough to get into the systems behind the shop.</source>
        <comment>access.staff-mfa:why</comment>
        <translation>Ein gestohlenes Passwort allein sollte nie ausreichen, um in die Systeme hinter dem Shop zu gelangen.</translation>
    </message>
    <message>
        <source>Yes: two-step login is required for every administrator, with no exceptions.</source>
        <comment>access.staff-mfa:good</comment>
        <translation>Ja: Die Zwei-Faktor-Anmeldung ist für jeden Administrator ausnahmslos Pflicht.</translation>
    </message>
    <message>
        <source>Can we require two-step login (multi-factor authentication) for every one of our users on our account with you?</source>
        <comment>access.customer-mfa</comment>
        <translation>Können wir für jeden unserer Benutzer in unserem Konto bei Ihnen die Zwei-Faktor-Anmeldung (MFA) vorschreiben?</translation>
    </message>
    <message>
        <source>The shop&apos;s own account with you is a way in for attackers too, and most break-ins start with a guessed or stolen password.</source>
        <comment>access.customer-mfa:why</comment>
        <translation>Auch das eigene Konto des Shops bei Ihnen ist ein Einfallstor für Angreifer, und die meisten Einbrüche beginnen mit einem erratenen oder gestohlenen Passwort.</translation>
    </message>
    <message>
        <source>Yes: the shop can make two-step login compulsory for all of its users.</source>
        <comment>access.customer-mfa:good</comment>
        <translation>Ja: Der Shop kann die Zwei-Faktor-Anmeldung für alle seine Benutzer verpflichtend machen.</translation>
    </message>
    <message>
        <source>Does every person who administers the shop&apos;s systems have a personal account, with no shared logins?</source>
        <comment>access.personal-accounts</comment>
        <translation>Hat jede Person, die die Systeme des Shops verwaltet, ein persönliches Konto, ohne gemeinsam genutzte Zugänge?</translation>
    </message>
    <message>
        <source>With shared logins nobody can tell who did what, and a leaver keeps access until the password changes.</source>
        <comment>access.personal-accounts:why</comment>
        <translation>Bei gemeinsam genutzten Zugängen kann niemand feststellen, wer was getan hat, und wer ausscheidet, behält den Zugang, bis das Passwort geändert wird.</translation>
    </message>
    <message>
        <source>Yes: every person has their own account, and shared logins are not used.</source>
        <comment>access.personal-accounts:good</comment>
        <translation>Ja: Jede Person hat ihr eigenes Konto, und gemeinsam genutzte Zugänge werden nicht verwendet.</translation>
    </message>
    <message>
        <source>Can we give each of our users only the rights they need, instead of full access for everyone?</source>
        <comment>access.roles</comment>
        <translation>Können wir jedem unserer Benutzer nur die Rechte geben, die er braucht, statt allen vollen Zugriff?</translation>
    </message>
    <message>
        <source>Not everyone who works for the shop needs to see customers&apos; details or change prices; fewer rights mean less harm from a stolen account.</source>
        <comment>access.roles:why</comment>
        <translation>Nicht jeder, der für den Shop arbeitet, muss Kundendaten sehen oder Preise ändern können; weniger Rechte bedeuten weniger Schaden durch ein gestohlenes Konto.</translation>
    </message>
    <message>
        <source>Yes: there are roles or permissions fine enough for the shop to limit each user.</source>
        <comment>access.roles:good</comment>
        <translation>Ja: Es gibt Rollen oder Berechtigungen, die fein genug sind, damit der Shop jeden Benutzer einschränken kann.</translation>
    </message>
    <message>
        <source>How do you remove access to the shop&apos;s systems when someone leaves your team?</source>
        <comment>access.leavers</comment>
        <translation>Wie entziehen Sie den Zugang zu den Systemen des Shops, wenn jemand Ihr Team verlässt?</translation>
    </message>
    <message>
        <source>Former staff who can still log in are a risk the shop cannot see.</source>
        <comment>access.leavers:why</comment>
        <translation>Ehemalige Mitarbeiter, die sich noch anmelden können, sind ein Risiko, das der Shop nicht sieht.</translation>
    </message>
    <message>
        <source>A written routine that removes every account and access key, and that someone checks.</source>
        <comment>access.leavers:good</comment>
        <translation>Ein schriftlich festgelegter Ablauf, der jedes Konto und jeden Zugangsschlüssel entfernt und von jemandem kontrolliert wird.</translation>
    </message>
    <message>
        <source>Within how many days of someone leaving your team is their access to the shop&apos;s systems removed?</source>
        <comment>access.leavers-days</comment>
        <translation>Innerhalb wie vieler Tage, nachdem jemand Ihr Team verlassen hat, wird sein Zugang zu den Systemen des Shops entfernt?</translation>
    </message>
    <message>
        <source>Every day a former colleague can still get in is a day of needless risk.</source>
        <comment>access.leavers-days:why</comment>
        <translation>Jeder Tag, an dem ein ehemaliger Kollege noch hineinkommt, ist ein Tag unnötigen Risikos.</translation>
    </message>
    <message>
        <source>On the day they leave, or the next day at the latest.</source>
        <comment>access.leavers-days:good</comment>
        <translation>Am Tag des Ausscheidens oder spätestens am Tag danach.</translation>
    </message>
    <message>
        <source>Is the transfer lock turned on for the shop&apos;s domain?</source>
        <comment>registrar.transfer-lock</comment>
        <translation>Ist die Transfersperre (Transfer Lock) für die Domain des Shops eingeschaltet?</translation>
    </message>
    <message>
        <source>Without it, someone who gets into the account can move the domain to another registrar and take the shop&apos;s address.</source>
        <comment>registrar.transfer-lock:why</comment>
        <translation>Ohne sie kann jemand, der in das Konto eindringt, die Domain zu einem anderen Registrar umziehen und dem Shop seine Adresse wegnehmen.</translation>
    </message>
    <message>
        <source>Yes: the domain is locked against transfers, and unlocking it needs the shop&apos;s approval.</source>
        <comment>registrar.transfer-lock:good</comment>
        <translation>Ja: Die Domain ist gegen Transfers gesperrt, und zum Entsperren ist die Zustimmung des Shops nötig.</translation>
    </message>
    <message>
        <source>Is the shop&apos;s domain renewed automatically?</source>
        <comment>registrar.auto-renew</comment>
        <translation>Wird die Domain des Shops automatisch verlängert?</translation>
    </message>
    <message>
        <source>A domain that lapses takes the shop and its email offline, and someone else may register it.</source>
        <comment>registrar.auto-renew:why</comment>
        <translation>Eine abgelaufene Domain nimmt den Shop und seine E-Mail vom Netz, und jemand anderes kann sie registrieren.</translation>
    </message>
    <message>
        <source>Yes: it renews automatically, and the shop is warned well before if payment fails.</source>
        <comment>registrar.auto-renew:good</comment>
        <translation>Ja: Sie verlängert sich automatisch, und der Shop wird rechtzeitig gewarnt, wenn die Zahlung fehlschlägt.</translation>
    </message>
    <message>
        <source>On what date does the shop&apos;s domain registration expire?</source>
        <comment>registrar.expiry</comment>
        <translation>An welchem Datum läuft die Registrierung der Domain des Shops ab?</translation>
    </message>
    <message>
        <source>The shop should know the date, so a failed renewal does not come as a surprise.</source>
        <comment>registrar.expiry:why</comment>
        <translation>Der Shop sollte das Datum kennen, damit eine fehlgeschlagene Verlängerung nicht überraschend kommt.</translation>
    </message>
    <message>
        <source>A date that is still ahead, ideally more than a few months away.</source>
        <comment>registrar.expiry:good</comment>
        <translation>Ein Datum, das noch in der Zukunft liegt, am besten mehr als ein paar Monate entfernt.</translation>
    </message>
    <message>
        <source>Can the shop&apos;s domain publish an SPF record that covers every server you send its mail from?</source>
        <comment>email.spf</comment>
        <translation>Kann für die Domain des Shops ein SPF-Eintrag veröffentlicht werden, der jeden Server abdeckt, von dem aus Sie seine E-Mails versenden?</translation>
    </message>
    <message>
        <source>SPF tells other mail servers which servers may send as the shop, which makes fake shop emails easier to catch.</source>
        <comment>email.spf:why</comment>
        <translation>SPF teilt anderen Mailservern mit, welche Server im Namen des Shops senden dürfen; dadurch lassen sich gefälschte Shop-E-Mails leichter erkennen.</translation>
    </message>
    <message>
        <source>Yes: you give the record to publish, and it covers all of your sending servers.</source>
        <comment>email.spf:good</comment>
        <translation>Ja: Sie nennen den zu veröffentlichenden Eintrag, und er deckt alle Ihre sendenden Server ab.</translation>
    </message>
    <message>
        <source>Do you sign the mail you send for the shop with DKIM, using the shop&apos;s own domain?</source>
        <comment>email.dkim</comment>
        <translation>Signieren Sie die E-Mails, die Sie für den Shop versenden, mit DKIM unter der eigenen Domain des Shops?</translation>
    </message>
    <message>
        <source>The signature proves a message really came from the shop and was not changed on the way.</source>
        <comment>email.dkim:why</comment>
        <translation>Die Signatur beweist, dass eine Nachricht wirklich vom Shop stammt und unterwegs nicht verändert wurde.</translation>
    </message>
    <message>
        <source>Yes: every message is signed with a key for the shop&apos;s domain.</source>
        <comment>email.dkim:good</comment>
        <translation>Ja: Jede Nachricht wird mit einem Schlüssel für die Domain des Shops signiert.</translation>
    </message>
    <message>
        <source>Does the mail you send for the shop pass DMARC checks, so that we can publish a strict DMARC policy?</source>
        <comment>email.dmarc</comment>
        <translation>Bestehen die E-Mails, die Sie für den Shop versenden, die DMARC-Prüfung, sodass wir eine strenge DMARC-Richtlinie veröffentlichen können?</translation>
    </message>
    <message>
        <source>A strict DMARC policy tells other mail servers to reject fake messages sent in the shop&apos;s name, for example fake invoices to customers.</source>
        <comment>email.dmarc:why</comment>
        <translation>Eine strenge DMARC-Richtlinie weist andere Mailserver an, gefälschte Nachrichten im Namen des Shops abzulehnen, zum Beispiel gefälschte Rechnungen an Kunden.</translation>
    </message>
    <message>
        <source>Yes: SPF or DKIM match the shop&apos;s domain, so a policy that rejects fakes can be published.</source>
        <comment>email.dmarc:good</comment>
        <translation>Ja: SPF oder DKIM passen zur Domain des Shops, sodass eine Richtlinie veröffentlicht werden kann, die Fälschungen ablehnt.</translation>
    </message>
    <message>
        <source>Is every administrator action on the shop&apos;s systems recorded in an audit log?</source>
        <comment>logging.admin-actions</comment>
        <translation>Wird jede Administratoraktion auf den Systemen des Shops in einem Protokoll (Audit-Log) festgehalten?</translation>
    </message>
    <message>
        <source>An audit log shows who changed what and when; without it, nobody can tell what an intruder did.</source>
        <comment>logging.admin-actions:why</comment>
        <translation>Ein solches Protokoll zeigt, wer wann was geändert hat; ohne es kann niemand sagen, was ein Eindringling getan hat.</translation>
    </message>
    <message>
        <source>Yes: all administrator actions, yours and ours, are logged with the person, the time and the change.</source>
        <comment>logging.admin-actions:good</comment>
        <translation>Ja: Alle Administratoraktionen, Ihre wie unsere, werden mit Person, Zeitpunkt und Änderung protokolliert.</translation>
    </message>
    <message>
        <source>For how many days is that audit log kept?</source>
        <comment>logging.retention-days</comment>
        <translation>Wie viele Tage wird dieses Protokoll aufbewahrt?</translation>
    </message>
    <message>
        <source>Break-ins are often found months later, and the log must still reach back to the start.</source>
        <comment>logging.retention-days:why</comment>
        <translation>Einbrüche werden oft erst Monate später entdeckt, und das Protokoll muss dann noch bis zum Anfang zurückreichen.</translation>
    </message>
    <message>
        <source>At least 180 days; a year is better.</source>
        <comment>logging.retention-days:good</comment>
        <translation>Mindestens 180 Tage; ein Jahr ist besser.</translation>
    </message>
    <message>
        <source>Can we see or export the audit log of our own account?</source>
        <comment>logging.customer-view</comment>
        <translation>Können wir das Protokoll unseres eigenen Kontos einsehen oder exportieren?</translation>
    </message>
    <message>
        <source>The shop should be able to check for itself who did what, without having to open a support ticket.</source>
        <comment>logging.customer-view:why</comment>
        <translation>Der Shop sollte selbst prüfen können, wer was getan hat, ohne dafür ein Support-Ticket eröffnen zu müssen.</translation>
    </message>
    <message>
        <source>Yes: the shop can view or download its audit log at any time.</source>
        <comment>logging.customer-view:good</comment>
        <translation>Ja: Der Shop kann sein Protokoll jederzeit einsehen oder herunterladen.</translation>
    </message>
    <message>
        <source>Within how many days of a critical security fix being published do you install it on the systems that run the shop?</source>
        <comment>patch.critical-days</comment>
        <translation>Innerhalb wie vieler Tage nach Veröffentlichung eines kritischen Sicherheitsupdates installieren Sie es auf den Systemen, auf denen der Shop läuft?</translation>
    </message>
    <message>
        <source>Attackers start using published weaknesses within days, sometimes hours.</source>
        <comment>patch.critical-days:why</comment>
        <translation>Angreifer nutzen veröffentlichte Schwachstellen innerhalb weniger Tage aus, manchmal schon nach Stunden.</translation>
    </message>
    <message>
        <source>Within 14 days at most; within a few days for weaknesses that are already being used in attacks.</source>
        <comment>patch.critical-days:good</comment>
        <translation>Innerhalb von höchstens 14 Tagen; innerhalb weniger Tage bei Schwachstellen, die bereits für Angriffe ausgenutzt werden.</translation>
    </message>
    <message>
        <source>Is all the software you run for the shop still supported by its makers, with no versions past their end of life?</source>
        <comment>patch.supported</comment>
        <translation>Wird die gesamte Software, die Sie für den Shop betreiben, noch von ihren Herstellern unterstützt, ohne Versionen, deren Support ausgelaufen ist?</translation>
    </message>
    <message>
        <source>Software past its end of life gets no more security fixes, however long it keeps running.</source>
        <comment>patch.supported:why</comment>
        <translation>Software, deren Support ausgelaufen ist, bekommt keine Sicherheitsupdates mehr, egal wie lange sie noch läuft.</translation>
    </message>
    <message>
        <source>Yes: every part, from the operating system to the shop software, still receives security updates.</source>
        <comment>patch.supported:good</comment>
        <translation>Ja: Jeder Teil, vom Betriebssystem bis zur Shop-Software, erhält noch Sicherheitsupdates.</translation>
    </message>
    <message>
        <source>Within how many hours of discovering a security incident that affects the shop&apos;s data do you tell us?</source>
        <comment>incident.notify-hours</comment>
        <translation>Innerhalb wie vieler Stunden, nachdem Sie einen Sicherheitsvorfall entdeckt haben, der die Daten des Shops betrifft, informieren Sie uns?</translation>
    </message>
    <message>
        <source>The shop may itself have to inform the data protection authority within 72 hours, and its customers soon after; it cannot do that without being told.</source>
        <comment>incident.notify-hours:why</comment>
        <translation>Der Shop muss womöglich selbst innerhalb von 72 Stunden die Datenschutzbehörde informieren und kurz darauf seine Kunden; das kann er nicht, wenn ihm niemand Bescheid gibt.</translation>
    </message>
    <message>
        <source>Within 24 hours at most.</source>
        <comment>incident.notify-hours:good</comment>
        <translation>Innerhalb von höchstens 24 Stunden.</translation>
    </message>
    <message>
        <source>Whom can we reach at any hour if we think the shop has been broken into, and how?</source>
        <comment>incident.contact</comment>
        <translation>Wen können wir rund um die Uhr erreichen, wenn wir glauben, dass in den Shop eingebrochen wurde, und auf welchem Weg?</translation>
    </message>
    <message>
        <source>In an emergency, knowing whom to call saves hours.</source>
        <comment>incident.contact:why</comment>
        <translation>Im Notfall spart es Stunden, wenn man weiß, wen man anrufen muss.</translation>
    </message>
    <message>
        <source>A named team or person with a phone number or address that answers at all hours.</source>
        <comment>incident.contact:good</comment>
        <translation>Ein namentlich benanntes Team oder eine Person mit einer Telefonnummer oder Adresse, die rund um die Uhr antwortet.</translation>
    </message>
    <message>
        <source>Do you have a written plan for handling security incidents, and have you practised it in the past year?</source>
        <comment>incident.plan</comment>
        <translation>Haben Sie einen schriftlichen Plan für den Umgang mit Sicherheitsvorfällen, und haben Sie ihn im vergangenen Jahr geübt?</translation>
    </message>
    <message>
        <source>A plan that has been rehearsed turns a panic into a routine, and shortens the time the shop is at risk.</source>
        <comment>incident.plan:why</comment>
        <translation>Ein eingeübter Plan macht aus Panik Routine und verkürzt die Zeit, in der der Shop gefährdet ist.</translation>
    </message>
    <message>
        <source>Yes: there is a written plan, and it was practised within the past 12 months.</source>
        <comment>incident.plan:good</comment>
        <translation>Ja: Es gibt einen schriftlichen Plan, und er wurde innerhalb der letzten 12 Monate geübt.</translation>
    </message>
    <message>
        <source>Are you certified as compliant with the card industry&apos;s security standard (PCI DSS), with a current attestation of compliance?</source>
        <comment>payment.pci.attested</comment>
        <translation>Sind Sie nach dem Sicherheitsstandard der Kartenbranche (PCI DSS) zertifiziert, mit einer aktuellen Konformitätsbescheinigung (Attestation of Compliance)?</translation>
    </message>
    <message>
        <source>Card payments may only be handled by a provider that meets this standard; otherwise the shop carries the risk of card fraud and fines.</source>
        <comment>payment.pci.attested:why</comment>
        <translation>Kartenzahlungen darf nur ein Dienstleister abwickeln, der diesen Standard erfüllt; andernfalls trägt der Shop das Risiko von Kartenbetrug und Strafzahlungen.</translation>
    </message>
    <message>
        <source>Yes: you hold a current attestation of compliance and can send the shop a copy.</source>
        <comment>payment.pci.attested:good</comment>
        <translation>Ja: Sie haben eine aktuelle Konformitätsbescheinigung und können dem Shop eine Kopie schicken.</translation>
    </message>
    <message>
        <source>On what date was your current PCI DSS attestation of compliance signed?</source>
        <comment>payment.pci.aoc-date</comment>
        <translation>An welchem Datum wurde Ihre aktuelle PCI-DSS-Konformitätsbescheinigung unterzeichnet?</translation>
    </message>
    <message>
        <source>The attestation must be renewed every year; an old one says nothing about today.</source>
        <comment>payment.pci.aoc-date:why</comment>
        <translation>Die Bescheinigung muss jedes Jahr erneuert werden; eine alte sagt nichts über heute aus.</translation>
    </message>
    <message>
        <source>A date within the past 12 months.</source>
        <comment>payment.pci.aoc-date:good</comment>
        <translation>Ein Datum innerhalb der letzten 12 Monate.</translation>
    </message>
    <message>
        <source>How do card details travel from the customer to you when they pay in the shop?</source>
        <comment>payment.integration</comment>
        <translation>Wie gelangen die Kartendaten vom Kunden zu Ihnen, wenn er im Shop bezahlt?</translation>
    </message>
    <message>
        <source>The less the shop&apos;s own pages and servers handle card details, the smaller the shop&apos;s share of the card security rules, and the less an intruder can steal.</source>
        <comment>payment.integration:why</comment>
        <translation>Je weniger die eigenen Seiten und Server des Shops mit Kartendaten zu tun haben, desto weniger der Sicherheitsregeln für Karten betreffen den Shop, und desto weniger kann ein Eindringling stehlen.</translation>
    </message>
    <message>
        <source>The customer types the card details on your payment page or in your embedded payment field, never on the shop&apos;s own page.</source>
        <comment>payment.integration:good</comment>
        <translation>Der Kunde gibt die Kartendaten auf Ihrer Zahlungsseite oder in Ihrem eingebetteten Zahlungsfeld ein, nie auf der eigenen Seite des Shops.</translation>
    </message>
    <message>
        <source>The customer is sent to your payment page</source>
        <comment>payment.integration:choice:hosted-page</comment>
        <translation>Der Kunde wird auf Ihre Zahlungsseite weitergeleitet</translation>
    </message>
    <message>
        <source>Your payment field is embedded in the shop&apos;s page</source>
        <comment>payment.integration:choice:iframe</comment>
        <translation>Ihr Zahlungsfeld ist in die Seite des Shops eingebettet</translation>
    </message>
    <message>
        <source>Your script on the shop&apos;s page sends the card details straight to you</source>
        <comment>payment.integration:choice:script</comment>
        <translation>Ihr Skript auf der Seite des Shops sendet die Kartendaten direkt an Sie</translation>
    </message>
    <message>
        <source>Card details pass through the shop&apos;s own server</source>
        <comment>payment.integration:choice:direct</comment>
        <translation>Die Kartendaten laufen über den eigenen Server des Shops</translation>
    </message>
    <message>
        <source>Do full card numbers ever reach or get stored on the shop&apos;s own servers?</source>
        <comment>payment.card-data-stored</comment>
        <translation>Gelangen vollständige Kartennummern jemals auf die eigenen Server des Shops oder werden dort gespeichert?</translation>
    </message>
    <message>
        <source>Card numbers on the shop&apos;s servers make it a prize for attackers and bring the strictest security rules with them.</source>
        <comment>payment.card-data-stored:why</comment>
        <translation>Kartennummern auf den Servern des Shops machen ihn zu einer lohnenden Beute für Angreifer und bringen die strengsten Sicherheitsregeln mit sich.</translation>
    </message>
    <message>
        <source>No: card numbers stay with you; the shop only keeps a reference to each payment.</source>
        <comment>payment.card-data-stored:good</comment>
        <translation>Nein: Die Kartennummern bleiben bei Ihnen; der Shop speichert zu jeder Zahlung nur eine Referenz.</translation>
    </message>
    <message>
        <source>Do you screen the shop&apos;s payments for fraud and support strong customer authentication (such as 3-D Secure)?</source>
        <comment>payment.fraud-checks</comment>
        <translation>Prüfen Sie die Zahlungen des Shops auf Betrug, und unterstützen Sie die starke Kundenauthentifizierung (etwa 3-D Secure)?</translation>
    </message>
    <message>
        <source>Fraudulent orders cost the shop the goods, the money and a fee for every charge-back.</source>
        <comment>payment.fraud-checks:why</comment>
        <translation>Betrügerische Bestellungen kosten den Shop die Ware, das Geld und für jede Rückbuchung eine Gebühr.</translation>
    </message>
    <message>
        <source>Yes: payments are screened, and strong customer authentication is used where it applies.</source>
        <comment>payment.fraud-checks:good</comment>
        <translation>Ja: Zahlungen werden geprüft, und die starke Kundenauthentifizierung wird eingesetzt, wo sie vorgeschrieben ist.</translation>
    </message>
    <message>
        <source>When did an independent firm last test your systems for weaknesses (a penetration test)?</source>
        <comment>testing.pentest-date</comment>
        <translation>Wann hat zuletzt eine unabhängige Firma Ihre Systeme auf Schwachstellen getestet (ein Penetrationstest)?</translation>
    </message>
    <message>
        <source>An outside test finds the weaknesses that attackers would find, before they do.</source>
        <comment>testing.pentest-date:why</comment>
        <translation>Ein Test von außen findet die Schwachstellen, die Angreifer finden würden – bevor sie es tun.</translation>
    </message>
    <message>
        <source>A test within the past 12 months, with the serious findings fixed.</source>
        <comment>testing.pentest-date:good</comment>
        <translation>Ein Test innerhalb der letzten 12 Monate, bei dem die schwerwiegenden Befunde behoben wurden.</translation>
    </message>
    <message>
        <source>Which accounts do you hold on the shop&apos;s systems (system, user name, rights), and why do you need each of them?</source>
        <comment>dev.accounts</comment>
        <translation>Welche Konten haben Sie auf den Systemen des Shops (System, Benutzername, Rechte), und wofür brauchen Sie jedes davon?</translation>
    </message>
    <message>
        <source>Every account is a door into the shop; the shop should know each one and the reason it exists.</source>
        <comment>dev.accounts:why</comment>
        <translation>Jedes Konto ist eine Tür in den Shop; der Shop sollte jedes einzelne kennen und wissen, warum es existiert.</translation>
    </message>
    <message>
        <source>A complete list in which every account has a named user and a clear purpose, and nothing more than needed.</source>
        <comment>dev.accounts:good</comment>
        <translation>Eine vollständige Liste, in der jedes Konto einen namentlich bekannten Benutzer und einen klaren Zweck hat, und nicht mehr als nötig.</translation>
    </message>
    <message>
        <source>Where do you keep the passwords and keys for the shop&apos;s systems?</source>
        <comment>dev.credentials</comment>
        <translation>Wo bewahren Sie die Passwörter und Schlüssel für die Systeme des Shops auf?</translation>
    </message>
    <message>
        <source>Passwords in emails, chats or loose files are easy to steal and hard to account for.</source>
        <comment>dev.credentials:why</comment>
        <translation>Passwörter in E-Mails, Chats oder losen Dateien sind leicht zu stehlen und schwer nachzuverfolgen.</translation>
    </message>
    <message>
        <source>In a password manager or secrets vault that only the people who need them can open.</source>
        <comment>dev.credentials:good</comment>
        <translation>In einem Passwort-Manager oder Tresor für Zugangsdaten, den nur die Personen öffnen können, die sie brauchen.</translation>
    </message>
    <message>
        <source>In a password manager or secrets vault</source>
        <comment>dev.credentials:choice:vault</comment>
        <translation>In einem Passwort-Manager oder Tresor für Zugangsdaten</translation>
    </message>
    <message>
        <source>In documents or files</source>
        <comment>dev.credentials:choice:files</comment>
        <translation>In Dokumenten oder Dateien</translation>
    </message>
    <message>
        <source>In emails or chat messages</source>
        <comment>dev.credentials:choice:messages</comment>
        <translation>In E-Mails oder Chatnachrichten</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <comment>dev.credentials:choice:other</comment>
        <translation>Anderswo</translation>
    </message>
    <message>
        <source>Do you use two-step login (multi-factor authentication) on every account you hold for the shop, wherever it is available?</source>
        <comment>dev.mfa</comment>
        <translation>Verwenden Sie bei jedem Konto, das Sie für den Shop haben, die Zwei-Faktor-Anmeldung (MFA), wo immer sie verfügbar ist?</translation>
    </message>
    <message>
        <source>Developers&apos; accounts usually have the most rights, which makes them the most attractive to attackers.</source>
        <comment>dev.mfa:why</comment>
        <translation>Die Konten von Entwicklern haben meist die meisten Rechte und sind deshalb für Angreifer am attraktivsten.</translation>
    </message>
    <message>
        <source>Yes: two-step login is on for every account that offers it.</source>
        <comment>dev.mfa:good</comment>
        <translation>Ja: Die Zwei-Faktor-Anmeldung ist bei jedem Konto eingeschaltet, das sie anbietet.</translation>
    </message>
    <message>
        <source>Is the shop&apos;s code kept in a version control system such as git?</source>
        <comment>dev.git</comment>
        <translation>Wird der Code des Shops in einem Versionsverwaltungssystem wie git verwaltet?</translation>
    </message>
    <message>
        <source>Version control keeps every earlier state of the code, so a bad change can be undone and a copy of the code always exists.</source>
        <comment>dev.git:why</comment>
        <translation>Die Versionsverwaltung bewahrt jeden früheren Stand des Codes auf, sodass sich eine schlechte Änderung rückgängig machen lässt und immer eine Kopie des Codes existiert.</translation>
    </message>
    <message>
        <source>Yes: all of the shop&apos;s own code and settings are in version control.</source>
        <comment>dev.git:good</comment>
        <translation>Ja: Der gesamte eigene Code und alle Einstellungen des Shops liegen in der Versionsverwaltung.</translation>
    </message>
    <message>
        <source>Is every change to the shop recorded there, with what changed, who made it and when?</source>
        <comment>dev.changelog</comment>
        <translation>Wird dort jede Änderung am Shop festgehalten: was sich geändert hat, wer sie gemacht hat und wann?</translation>
    </message>
    <message>
        <source>After an incident, the first question is what changed last, by whom and when.</source>
        <comment>dev.changelog:why</comment>
        <translation>Nach einem Vorfall lautet die erste Frage: Was wurde zuletzt geändert, von wem und wann?</translation>
    </message>
    <message>
        <source>Yes: every change is recorded with its author, its date and a short reason.</source>
        <comment>dev.changelog:good</comment>
        <translation>Ja: Jede Änderung wird mit Urheber, Datum und einer kurzen Begründung festgehalten.</translation>
    </message>
    <message>
        <source>Do we have our own access to the code repository, so we can get the latest code without your help?</source>
        <comment>dev.repo-access</comment>
        <translation>Haben wir einen eigenen Zugang zum Code-Repository, sodass wir den aktuellen Code ohne Ihre Hilfe bekommen können?</translation>
    </message>
    <message>
        <source>If the developer is unavailable, the shop must still be able to get its own code.</source>
        <comment>dev.repo-access:why</comment>
        <translation>Wenn der Entwickler nicht erreichbar ist, muss der Shop trotzdem an seinen eigenen Code kommen.</translation>
    </message>
    <message>
        <source>Yes: the shop has its own account on the repository, or receives a regular copy of it.</source>
        <comment>dev.repo-access:good</comment>
        <translation>Ja: Der Shop hat ein eigenes Konto im Repository oder erhält regelmäßig eine Kopie davon.</translation>
    </message>
    <message>
        <source>Do you try out changes on a separate copy of the shop before they go live?</source>
        <comment>dev.staging</comment>
        <translation>Probieren Sie Änderungen an einer separaten Kopie des Shops aus, bevor sie live gehen?</translation>
    </message>
    <message>
        <source>Changes tried directly on the live shop can break checkout in front of customers.</source>
        <comment>dev.staging:why</comment>
        <translation>Änderungen, die direkt im Live-Shop ausprobiert werden, können vor den Augen der Kunden den Bestellvorgang lahmlegen.</translation>
    </message>
    <message>
        <source>Yes: every change is tested on a separate copy first.</source>
        <comment>dev.staging:good</comment>
        <translation>Ja: Jede Änderung wird zuerst an einer separaten Kopie getestet.</translation>
    </message>
    <message>
        <source>Are you in charge of installing security updates for the shop&apos;s software, themes and plugins?</source>
        <comment>dev.updates</comment>
        <translation>Sind Sie dafür zuständig, Sicherheitsupdates für die Software, Themes und Plugins des Shops zu installieren?</translation>
    </message>
    <message>
        <source>Someone must be clearly responsible for updates, or they fall between two chairs.</source>
        <comment>dev.updates:why</comment>
        <translation>Jemand muss eindeutig für Updates verantwortlich sein, sonst bleiben sie auf der Strecke.</translation>
    </message>
    <message>
        <source>A clear yes or no, so the shop knows whether it must arrange updates elsewhere.</source>
        <comment>dev.updates:good</comment>
        <translation>Ein klares Ja oder Nein, damit der Shop weiß, ob er Updates anderweitig organisieren muss.</translation>
    </message>
    <message>
        <source>Within how many days of a critical security update being published do you install it on the shop?</source>
        <comment>dev.update-days</comment>
        <translation>Innerhalb wie vieler Tage nach Veröffentlichung eines kritischen Sicherheitsupdates installieren Sie es im Shop?</translation>
    </message>
    <message>
        <source>Attackers scan for shops running software with published weaknesses within days.</source>
        <comment>dev.update-days:why</comment>
        <translation>Angreifer suchen innerhalb weniger Tage nach Shops, deren Software veröffentlichte Schwachstellen hat.</translation>
    </message>
    <message>
        <source>Within 14 days at most; within a few days for weaknesses that are already being used in attacks.</source>
        <comment>dev.update-days:good</comment>
        <translation>Innerhalb von höchstens 14 Tagen; innerhalb weniger Tage bei Schwachstellen, die bereits für Angriffe ausgenutzt werden.</translation>
    </message>
    <message>
        <source>At the end of a project, will you remove or hand back your accounts, and hand over the code and all the passwords and keys you hold?</source>
        <comment>dev.handover</comment>
        <translation>Werden Sie am Ende eines Projekts Ihre Konten entfernen oder zurückgeben und den Code sowie alle Passwörter und Schlüssel übergeben, die Sie haben?</translation>
    </message>
    <message>
        <source>When the work ends, the shop should hold everything it needs and no former supplier should still have a way in.</source>
        <comment>dev.handover:why</comment>
        <translation>Wenn die Arbeit endet, sollte der Shop alles haben, was er braucht, und kein früherer Auftragnehmer sollte noch einen Zugang haben.</translation>
    </message>
    <message>
        <source>Yes: you confirm in writing which accounts were removed or handed over, and deliver the code and credentials.</source>
        <comment>dev.handover:good</comment>
        <translation>Ja: Sie bestätigen schriftlich, welche Konten entfernt oder übergeben wurden, und übergeben den Code und die Zugangsdaten.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Only if you answered %1 with %2.</source>
        <translation>Nur wenn Sie Frage %1 mit %2 beantwortet haben.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>QuestionnaireCommands</name>
    <message>
        <source>give the provider&apos;s id with --provider ID (see: storefort-cli providers list).</source>
        <translation>geben Sie die ID des Dienstleisters mit --provider ID an (siehe: storefort-cli providers list).</translation>
    </message>
    <message>
        <source>The provider&apos;s id.</source>
        <translation>Die ID des Dienstleisters.</translation>
    </message>
    <message>
        <source>text (the email), pdf (the letter) or csv (the fill-in file).</source>
        <translation>text (die E-Mail), pdf (der Brief) oder csv (die Ausfülldatei).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Only the questions not answered yet or due to be asked again.</source>
        <translation>Nur die Fragen, die noch nicht beantwortet sind oder erneut gestellt werden müssen.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli questionnaire export PLAN --provider ID --format text|pdf|csv -o FILE [--outstanding]</source>
        <translation>Aufruf: storefort-cli questionnaire export PLAN --provider ID --format text|pdf|csv -o FILE [--outstanding]</translation>
    </message>
    <message>
        <source>give the format with --format text, pdf or csv.</source>
        <translation>geben Sie das Format mit --format text, pdf oder csv an.</translation>
    </message>
    <message>
        <source>give the file to write with -o FILE.</source>
        <translation>geben Sie die zu schreibende Datei mit -o FILE an.</translation>
    </message>
    <message>
        <source>the plan has no provider %1.</source>
        <translation>der Plan hat keinen Dienstleister mit der ID %1.</translation>
    </message>
    <message>
        <source>Nothing to ask %1: every answer on file is up to date.</source>
        <translation>Keine Fragen an %1: Alle erfassten Antworten sind aktuell.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n question(s) for %1 to %2</source>
        <translation>
            <numerusform>%n Frage an %1 in %2 geschrieben</numerusform>
            <numerusform>%n Fragen an %1 in %2 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the file and show what would be recorded; change nothing.</source>
        <translation>Die Datei prüfen und zeigen, was erfasst würde; nichts ändern.</translation>
    </message>
    <message>
        <source>Record the valid answers even when other rows have errors.</source>
        <translation>Die gültigen Antworten erfassen, auch wenn andere Zeilen Fehler enthalten.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli questionnaire import PLAN --provider ID FILE [--dry-run] [--take-valid]</source>
        <translation>Aufruf: storefort-cli questionnaire import PLAN --provider ID FILE [--dry-run] [--take-valid]</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>nothing was recorded.</source>
        <translation>es wurde nichts erfasst.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>was: %1</source>
        <translation>vorher: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n Zeile gelesen</numerusform>
            <numerusform>%n Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid answer(s)</source>
        <translation>
            <numerusform>%n gültige Antwort</numerusform>
            <numerusform>%n gültige Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left blank</source>
        <translation>
            <numerusform>%n leer gelassen</numerusform>
            <numerusform>%n leer gelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was recorded: fix the problems and import again, or use --take-valid to record only the valid answers.</source>
        <translation>es wurde nichts erfasst: Beheben Sie die Probleme und importieren Sie erneut, oder verwenden Sie --take-valid, um nur die gültigen Antworten zu erfassen.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: would record %n answer(s) for %1; the plan is unchanged.</source>
        <translation>
            <numerusform>Probelauf: %n Antwort für %1 würde erfasst; der Plan bleibt unverändert.</numerusform>
            <numerusform>Probelauf: %n Antworten für %1 würden erfasst; der Plan bleibt unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to record for %1.</source>
        <translation>Für %1 gibt es nichts Neues zu erfassen.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n answer(s) for %1.</source>
        <translation>
            <numerusform>%n Antwort für %1 erfasst.</numerusform>
            <numerusform>%n Antworten für %1 erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: storefort-cli questionnaire export|import ...</source>
        <translation>Aufruf: storefort-cli questionnaire export|import ...</translation>
    </message>
    <message>
        <source>%1 is %2, too big to be a returned fill-in file.</source>
        <translation>%1 ist %2 groß, zu groß für eine zurückgeschickte Ausfülldatei.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireImport</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation>Die Spalte „%1“ fehlt.</translation>
    </message>
    <message>
        <source>This is not a filled-in questionnaire. %1 The first line must name the columns: %2.</source>
        <translation>Dies ist kein ausgefüllter Fragebogen. %1 Die erste Zeile muss die Spalten benennen: %2.</translation>
    </message>
    <message>
        <source>The file has no questions below its first line.</source>
        <translation>Die Datei enthält unter der ersten Zeile keine Fragen.</translation>
    </message>
    <message>
        <source>The answer has no question id.</source>
        <translation>Die Antwort hat keine Frage-ID.</translation>
    </message>
    <message>
        <source>There is no question &quot;%1&quot; (the question id may have been changed).</source>
        <translation>Es gibt keine Frage „%1“ (vielleicht wurde die Frage-ID geändert).</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; is not asked of a %2.</source>
        <translation>Die Frage „%1“ wird Dienstleistern der Art „%2“ nicht gestellt.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; is answered twice (also on line %2): neither answer is taken.</source>
        <translation>Die Frage „%1“ ist zweimal beantwortet (auch in Zeile %2): Keine der beiden Antworten wird übernommen.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: %2</source>
        <translation>Frage „%1“: %2</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: the question version &quot;%2&quot; is not a number.</source>
        <translation>Frage „%1“: Die Fragenversion „%2“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: the file was made for version %2 of the question, but this program knows only version %3. Update Storefort or send the provider a new file.</source>
        <translation>Frage „%1“: Die Datei wurde für Version %2 der Frage erstellt, aber dieses Programm kennt nur Version %3. Aktualisieren Sie Storefort oder schicken Sie dem Dienstleister eine neue Datei.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: &quot;%2&quot; is not a date; write it as YYYY-MM-DD, e.g. %3.</source>
        <translation>Frage „%1“: „%2“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT, z. B. %3.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: the answer is dated %2, which is in the future.</source>
        <translation>Frage „%1“: Die Antwort ist auf den %2 datiert, also in der Zukunft.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireLetter</name>
    <message>
        <source>Security questions from %1 for %2</source>
        <translation>Sicherheitsfragen von %1 an %2</translation>
    </message>
    <message>
        <source>Hello %1 team,</source>
        <translation>Sehr geehrtes Team von %1,</translation>
    </message>
    <message numerus="yes">
        <source>%1 keeps a security plan for its online shop, and part of it is knowing how the providers we rely on protect it. Please answer the %n question(s) below about what you run for us.</source>
        <translation>
            <numerusform>%1 führt einen Sicherheitsplan für den eigenen Onlineshop, und dazu gehört zu wissen, wie die Dienstleister, auf die wir uns verlassen, ihn schützen. Unten finden Sie %n Frage zu dem, was Sie für uns betreiben; bitte beantworten Sie sie.</numerusform>
            <numerusform>%1 führt einen Sicherheitsplan für den eigenen Onlineshop, und dazu gehört zu wissen, wie die Dienstleister, auf die wir uns verlassen, ihn schützen. Unten finden Sie %n Fragen zu dem, was Sie für uns betreiben; bitte beantworten Sie sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 keeps a security plan for its online shop, and part of it is knowing how the providers we rely on protect it. Please answer the %n question(s) below about what you run for us (our account: %2).</source>
        <translation>
            <numerusform>%1 führt einen Sicherheitsplan für den eigenen Onlineshop, und dazu gehört zu wissen, wie die Dienstleister, auf die wir uns verlassen, ihn schützen. Unten finden Sie %n Frage zu dem, was Sie für uns betreiben (unser Konto: %2); bitte beantworten Sie sie.</numerusform>
            <numerusform>%1 führt einen Sicherheitsplan für den eigenen Onlineshop, und dazu gehört zu wissen, wie die Dienstleister, auf die wir uns verlassen, ihn schützen. Unten finden Sie %n Fragen zu dem, was Sie für uns betreiben (unser Konto: %2); bitte beantworten Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The easiest way is to fill in the &quot;answer&quot; column of the attached file (CSV: it opens in any spreadsheet) and send it back to us. You may also answer in your reply, by question number. If a question does not apply to you, please say so.</source>
        <translation>Am einfachsten ist es, wenn Sie die Spalte „answer“ in der angehängten Datei ausfüllen (CSV: Sie lässt sich mit jeder Tabellenkalkulation öffnen) und uns die Datei zurückschicken. Sie können auch direkt in Ihrer Antwort-E-Mail antworten, jeweils mit der Nummer der Frage. Wenn eine Frage auf Sie nicht zutrifft, teilen Sie uns das bitte mit.</translation>
    </message>
    <message>
        <source>The full list, with why each question matters, is in the attached letter.</source>
        <translation>Die vollständige Liste, zu jeder Frage mit einer Erklärung, warum sie wichtig ist, finden Sie im angehängten Brief.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Why we ask: %1</source>
        <translation>Warum wir fragen: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more question(s): please see the attached letter.</source>
        <translation>
            <numerusform>… und %n weitere Frage: Bitte sehen Sie dazu in den angehängten Brief.</numerusform>
            <numerusform>… und %n weitere Fragen: Bitte sehen Sie dazu in den angehängten Brief.</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you for your help.</source>
        <translation>Vielen Dank für Ihre Hilfe.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <source>Security questions</source>
        <translation>Sicherheitsfragen</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Our account with you: %1</source>
        <translation>Unser Konto bei Ihnen: %1</translation>
    </message>
    <message>
        <source>Security questions from %1</source>
        <translation>Sicherheitsfragen von %1</translation>
    </message>
    <message numerus="yes">
        <source>We keep a security plan for our online shop, and part of it is knowing how the providers we rely on protect it. Please answer the %n question(s) below about what you run for us.</source>
        <translation>
            <numerusform>Wir führen einen Sicherheitsplan für unseren Onlineshop, und dazu gehört zu wissen, wie die Dienstleister, auf die wir uns verlassen, ihn schützen. Unten finden Sie %n Frage zu dem, was Sie für uns betreiben; bitte beantworten Sie sie.</numerusform>
            <numerusform>Wir führen einen Sicherheitsplan für unseren Onlineshop, und dazu gehört zu wissen, wie die Dienstleister, auf die wir uns verlassen, ihn schützen. Unten finden Sie %n Fragen zu dem, was Sie für uns betreiben; bitte beantworten Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can write your answers on this letter, or fill in the &quot;answer&quot; column of the CSV file we sent with it and send it back. If a question does not apply to you, please say so. Thank you for your help.</source>
        <translation>Sie können Ihre Antworten direkt in diesen Brief schreiben oder die Spalte „answer“ der CSV-Datei ausfüllen, die wir mitgeschickt haben, und sie uns zurückschicken. Wenn eine Frage auf Sie nicht zutrifft, teilen Sie uns das bitte mit. Vielen Dank für Ihre Hilfe.</translation>
    </message>
    <message>
        <source>There are no questions to answer at the moment.</source>
        <translation>Derzeit gibt es keine Fragen zu beantworten.</translation>
    </message>
    <message>
        <source>Answer format: %1</source>
        <translation>Antwortformat: %1</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Warum das wichtig ist: %1</translation>
    </message>
    <message>
        <source>Answered by (name, role):</source>
        <translation>Beantwortet von (Name, Funktion):</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Could not write the letter to %1: %2</source>
        <translation>Der Brief konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>QuestionnaireModel</name>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message numerus="yes">
        <source>%n outstanding</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>all answered</source>
        <translation>alle beantwortet</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Attacks and outages (DDoS)</source>
        <translation>Angriffe und Ausfälle (DDoS)</translation>
    </message>
    <message>
        <source>Backups and exports</source>
        <translation>Backups und Exporte</translation>
    </message>
    <message>
        <source>Who can get in</source>
        <translation>Wer Zugang hat</translation>
    </message>
    <message>
        <source>Audit logs</source>
        <translation>Protokolle (Audit-Logs)</translation>
    </message>
    <message>
        <source>Updates and fixes</source>
        <translation>Updates und Korrekturen</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Sicherheitsvorfälle</translation>
    </message>
    <message>
        <source>Where the data is</source>
        <translation>Wo die Daten liegen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Security testing</source>
        <translation>Sicherheitstests</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Falls short</source>
        <translation>Unzureichend</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Given by %1 on %2</source>
        <translation>Angegeben von %1, %2</translation>
    </message>
    <message>
        <source>Given by %1 at %2 on %3</source>
        <translation>Angegeben von %1 bei %2, %3</translation>
    </message>
    <message>
        <source>%1 · entered %2</source>
        <translation>%1 · erfasst am %2</translation>
    </message>
    <message>
        <source>Due to be asked again</source>
        <translation>Erneut zu erfragen</translation>
    </message>
    <message>
        <source>Due to be asked again (the question changed)</source>
        <translation>Erneut zu erfragen (die Frage hat sich geändert)</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Due again · %1</source>
        <translation>Wieder fällig · %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>QuestionnaireView</name>
    <message>
        <source>As&amp;k This Provider…</source>
        <translation>Diesen Dienstleister &amp;fragen…</translation>
    </message>
    <message>
        <source>&amp;Import Returned File…</source>
        <translation>Zurückgeschickte Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Antwort erfassen…</translation>
    </message>
    <message>
        <source>&amp;Remove Answer</source>
        <translation>Antwort &amp;entfernen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alle Fragen</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <source>Falling short</source>
        <translation>Unzureichende Antworten</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>A letter, an email and a fill-in file with the questions for this provider</source>
        <translation>Ein Brief, eine E-Mail und eine Ausfülldatei mit den Fragen an diesen Dienstleister</translation>
    </message>
    <message>
        <source>Record the answers from a fill-in file the provider sent back</source>
        <translation>Die Antworten aus einer Ausfülldatei erfassen, die der Dienstleister zurückgeschickt hat</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message numerus="yes">
        <source>%n outstanding</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>All answered and current</source>
        <translation>Alle beantwortet und aktuell</translation>
    </message>
    <message numerus="yes">
        <source>%n fall(s) short</source>
        <translation>
            <numerusform>%n unzureichend</numerusform>
            <numerusform>%n unzureichend</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a provider to see the questions for them.</source>
        <translation>Wählen Sie einen Dienstleister, um die Fragen an ihn zu sehen.</translation>
    </message>
    <message>
        <source>Nothing outstanding: every question has a current answer.</source>
        <translation>Nichts offen: Jede Frage hat eine aktuelle Antwort.</translation>
    </message>
    <message>
        <source>No answer falls short.</source>
        <translation>Keine Antwort ist unzureichend.</translation>
    </message>
    <message>
        <source>No questions apply to this provider.</source>
        <translation>Für diesen Dienstleister gelten keine Fragen.</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Warum das wichtig ist: %1</translation>
    </message>
    <message>
        <source>What good looks like: %1</source>
        <translation>So sieht eine gute Antwort aus: %1</translation>
    </message>
    <message>
        <source>Their answer: %1</source>
        <translation>Antwort des Dienstleisters: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Not answered yet. Ask them, or record their answer by hand.</source>
        <translation>Noch nicht beantwortet. Fragen Sie nach, oder erfassen Sie die Antwort von Hand.</translation>
    </message>
    <message>
        <source>Change &amp;Answer…</source>
        <translation>&amp;Antwort ändern…</translation>
    </message>
    <message>
        <source>Answer Not Recorded</source>
        <translation>Antwort nicht erfasst</translation>
    </message>
    <message>
        <source>Answers Not Recorded</source>
        <translation>Antworten nicht erfasst</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) recorded.</source>
        <translation>
            <numerusform>%n Antwort erfasst.</numerusform>
            <numerusform>%n Antworten erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo takes them all back at once.</source>
        <translation>Mit „Rückgängig“ nehmen Sie alle auf einmal zurück.</translation>
    </message>
    <message>
        <source>Answer Not Removed</source>
        <translation>Antwort nicht entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Remove the answer to “%1” with its %n evidence file(s)? The files are deleted from the plan, and this cannot be undone.</source>
        <translation>
            <numerusform>Die Antwort auf „%1“ samt %n Nachweisdatei entfernen? Die Datei wird aus dem Plan gelöscht, und das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Die Antwort auf „%1“ samt %n Nachweisdateien entfernen? Die Dateien werden aus dem Plan gelöscht, und das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Answer and Evidence</source>
        <translation>Antwort und Nachweise entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Import Returned File</source>
        <translation>Zurückgeschickte Datei importieren</translation>
    </message>
    <message>
        <source>Fill-in files (*.csv *.txt);;All files (*)</source>
        <translation>Ausfülldateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>File Not Imported</source>
        <translation>Datei nicht importiert</translation>
    </message>
    <message>
        <source>“%1” is %2, too big to be a fill-in file (they are a few kilobytes). Choose the file the provider filled in.</source>
        <translation>„%1“ ist %2 groß und damit zu groß für eine Ausfülldatei (diese sind nur wenige Kilobyte groß). Wählen Sie die Datei, die der Dienstleister ausgefüllt hat.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) for %1</source>
        <translation>
            <numerusform>%n Frage an %1</numerusform>
            <numerusform>%n Fragen an %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message numerus="yes">
        <source>%n critical finding(s) are open.</source>
        <translation>
            <numerusform>%n kritischer Befund ist offen.</numerusform>
            <numerusform>%n kritische Befunde sind offen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serious finding(s) are open.</source>
        <translation>
            <numerusform>%n schwerwiegender Befund ist offen.</numerusform>
            <numerusform>%n schwerwiegende Befunde sind offen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of medium weight are open.</source>
        <translation>
            <numerusform>%n Befund mittlerer Schwere ist offen.</numerusform>
            <numerusform>%n Befunde mittlerer Schwere sind offen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minor finding(s) are open.</source>
        <translation>
            <numerusform>%n geringfügiger Befund ist offen.</numerusform>
            <numerusform>%n geringfügige Befunde sind offen.</numerusform>
        </translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>“%1” has been due since %2.</source>
        <translation>„%1“ ist seit %2 fällig.</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) with accounts are on file.</source>
        <translation>
            <numerusform>%n System mit Konten ist erfasst.</numerusform>
            <numerusform>%n Systeme mit Konten sind erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>No system is on file yet: add where the shop&apos;s accounts live (the shop&apos;s admin, the hosting panel, email).</source>
        <translation>Noch ist kein System erfasst: Fügen Sie hinzu, wo die Konten des Shops liegen (Admin-Bereich des Shops, Hosting-Panel, E-Mail).</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) are on file.</source>
        <translation>
            <numerusform>%n Konto ist erfasst.</numerusform>
            <numerusform>%n Konten sind erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts are on file yet: import them or enter them.</source>
        <translation>Noch sind keine Konten erfasst: Importieren Sie sie oder geben Sie sie ein.</translation>
    </message>
    <message>
        <source>Nobody has reviewed who can get in yet.</source>
        <translation>Noch hat niemand geprüft, wer Zugang hat.</translation>
    </message>
    <message numerus="yes">
        <source>The access review is %n day(s) overdue.</source>
        <translation>
            <numerusform>Die Zugriffsprüfung ist seit %n Tag überfällig.</numerusform>
            <numerusform>Die Zugriffsprüfung ist seit %n Tagen überfällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who can get in was reviewed today.</source>
        <translation>Heute wurde geprüft, wer Zugang hat.</translation>
    </message>
    <message numerus="yes">
        <source>Who can get in was reviewed %n day(s) ago.</source>
        <translation>
            <numerusform>Vor %n Tag wurde geprüft, wer Zugang hat.</numerusform>
            <numerusform>Vor %n Tagen wurde geprüft, wer Zugang hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every admin account signs in with a second step (2-step login).</source>
        <translation>Jedes Administratorkonto braucht zur Anmeldung einen zweiten Schritt (Anmeldung in zwei Schritten).</translation>
    </message>
    <message numerus="yes">
        <source>%n admin account(s) sign in with a password alone, or nobody knows whether they use 2-step login.</source>
        <translation>
            <numerusform>%n Administratorkonto meldet sich nur mit einem Passwort an, oder niemand weiß, ob es die Anmeldung in zwei Schritten nutzt.</numerusform>
            <numerusform>%n Administratorkonten melden sich nur mit einem Passwort an, oder niemand weiß, ob sie die Anmeldung in zwei Schritten nutzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A CDN</source>
        <translation>Ein CDN</translation>
    </message>
    <message>
        <source>No CDN is known to stand in front of the shop.</source>
        <translation>Es ist kein CDN bekannt, das dem Shop vorgeschaltet ist.</translation>
    </message>
    <message>
        <source>%1 stands in front of the shop.</source>
        <translation>%1 ist dem Shop vorgeschaltet.</translation>
    </message>
    <message>
        <source>Your host has said what it does in an attack.</source>
        <translation>Ihr Hoster hat angegeben, was er bei einem Angriff tut.</translation>
    </message>
    <message>
        <source>Your host has not said yet what it does in an attack.</source>
        <translation>Ihr Hoster hat noch nicht angegeben, was er bei einem Angriff tut.</translation>
    </message>
    <message>
        <source>Nobody knows whom to call in an attack: the call tree is empty.</source>
        <translation>Niemand weiß, wen er bei einem Angriff anrufen soll: Die Alarmierungskette ist leer.</translation>
    </message>
    <message>
        <source>The call tree does not say who tells customers.</source>
        <translation>Die Alarmierungskette legt nicht fest, wer die Kunden informiert.</translation>
    </message>
    <message>
        <source>The call tree says who calls whom, and who tells customers.</source>
        <translation>Die Alarmierungskette legt fest, wer wen anruft und wer die Kunden informiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the standard steps against attacks are prepared.</source>
        <translation>
            <numerusform>%n Standardschritt gegen Angriffe ist vorbereitet.</numerusform>
            <numerusform>%n Standardschritte gegen Angriffe sind vorbereitet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n standard step(s) against attacks are not prepared yet.</source>
        <translation>
            <numerusform>%n Standardschritt gegen Angriffe ist noch nicht vorbereitet.</numerusform>
            <numerusform>%n Standardschritte gegen Angriffe sind noch nicht vorbereitet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The attack plan has never been practised.</source>
        <translation>Der Plan für den Angriffsfall wurde noch nie geübt.</translation>
    </message>
    <message>
        <source>The last drill was over a year ago.</source>
        <translation>Die letzte Übung ist über ein Jahr her.</translation>
    </message>
    <message>
        <source>The team practised the attack plan today.</source>
        <translation>Das Team hat den Plan für den Angriffsfall heute geübt.</translation>
    </message>
    <message numerus="yes">
        <source>The team practised the attack plan %n day(s) ago.</source>
        <translation>
            <numerusform>Das Team hat den Plan für den Angriffsfall vor %n Tag geübt.</numerusform>
            <numerusform>Das Team hat den Plan für den Angriffsfall vor %n Tagen geübt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovery item(s) have someone who holds them and a place on record.</source>
        <translation>
            <numerusform>%n Notfall-Element hat einen Verwahrer und einen erfassten Ort.</numerusform>
            <numerusform>%n Notfall-Elemente haben einen Verwahrer und einen erfassten Ort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovery item(s) have been checked recently.</source>
        <translation>
            <numerusform>%n Notfall-Element wurde kürzlich geprüft.</numerusform>
            <numerusform>%n Notfall-Elemente wurden kürzlich geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovery item(s) have nobody named who holds them.</source>
        <translation>
            <numerusform>Für %n Notfall-Element ist kein Verwahrer benannt.</numerusform>
            <numerusform>Für %n Notfall-Elemente ist kein Verwahrer benannt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovery item(s) have no place on record.</source>
        <translation>
            <numerusform>Für %n Notfall-Element ist kein Ort erfasst.</numerusform>
            <numerusform>Für %n Notfall-Elemente ist kein Ort erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovery item(s) are due to be checked again.</source>
        <translation>
            <numerusform>%n Notfall-Element muss erneut geprüft werden.</numerusform>
            <numerusform>%n Notfall-Elemente müssen erneut geprüft werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop&apos;s web address is missing.</source>
        <translation>Die Webadresse des Shops fehlt.</translation>
    </message>
    <message>
        <source>The shop&apos;s web address is on file: %1.</source>
        <translation>Die Webadresse des Shops ist erfasst: %1.</translation>
    </message>
    <message>
        <source>The shop runs on %1.</source>
        <translation>Der Shop läuft auf %1.</translation>
    </message>
    <message>
        <source>The platform the shop runs on is not chosen yet.</source>
        <translation>Die Plattform, auf der der Shop läuft, ist noch nicht gewählt.</translation>
    </message>
    <message>
        <source>%1 owns the plan.</source>
        <translation>%1 ist für den Plan verantwortlich.</translation>
    </message>
    <message>
        <source>Nobody is named as the plan&apos;s owner.</source>
        <translation>Für den Plan ist niemand als verantwortlich benannt.</translation>
    </message>
    <message numerus="yes">
        <source>%n more team member(s) know the plan.</source>
        <translation>
            <numerusform>%n weiteres Teammitglied kennt den Plan.</numerusform>
            <numerusform>%n weitere Teammitglieder kennen den Plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody else on the team is on file yet.</source>
        <translation>Noch ist niemand sonst aus dem Team erfasst.</translation>
    </message>
    <message>
        <source>There is no web address to probe yet.</source>
        <translation>Es gibt noch keine Webadresse, die geprüft werden kann.</translation>
    </message>
    <message>
        <source>%1 has not been probed yet.</source>
        <translation>%1 wurde noch nicht geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>The newest probe of %1 is %n day(s) old: probe it again.</source>
        <translation>
            <numerusform>Die neueste Prüfung von %1 ist %n Tag alt: Prüfen Sie erneut.</numerusform>
            <numerusform>Die neueste Prüfung von %1 ist %n Tage alt: Prüfen Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was probed; it could not be graded.</source>
        <translation>%1 wurde geprüft, konnte aber nicht bewertet werden.</translation>
    </message>
    <message>
        <source>%1 was probed today: grade %2.</source>
        <translation>%1 wurde heute geprüft: Bewertung %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was probed %n day(s) ago: grade %2.</source>
        <translation>
            <numerusform>%1 wurde vor %n Tag geprüft: Bewertung %2.</numerusform>
            <numerusform>%1 wurde vor %n Tagen geprüft: Bewertung %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No providers are on file yet: start with the company that hosts the shop.</source>
        <translation>Noch sind keine Dienstleister erfasst: Beginnen Sie mit dem Unternehmen, das den Shop hostet.</translation>
    </message>
    <message>
        <source>No host is on file yet.</source>
        <translation>Noch ist kein Hoster erfasst.</translation>
    </message>
    <message>
        <source>Your host is on file: %1.</source>
        <translation>Ihr Hoster ist erfasst: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has answered %2 of %n question(s).</source>
        <translation>
            <numerusform>%1 hat %2 von %n Frage beantwortet.</numerusform>
            <numerusform>%1 hat %2 von %n Fragen beantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) have answered every question.</source>
        <translation>
            <numerusform>%n Dienstleister hat alle Fragen beantwortet.</numerusform>
            <numerusform>%n Dienstleister haben alle Fragen beantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) still have questions to answer.</source>
        <translation>
            <numerusform>%n Dienstleister muss noch Fragen beantworten.</numerusform>
            <numerusform>%n Dienstleister müssen noch Fragen beantworten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are due to be asked again.</source>
        <translation>
            <numerusform>%n Antwort muss erneut erfragt werden.</numerusform>
            <numerusform>%n Antworten müssen erneut erfragt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer on file is due to be asked again.</source>
        <translation>Keine erfasste Antwort muss erneut erfragt werden.</translation>
    </message>
</context>
<context>
    <name>ReadinessPartsView</name>
    <message>
        <source>Each step&apos;s part of the score</source>
        <translation>Der Anteil jedes Schritts am Bereitschaftswert</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Ausgefüllt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Double-click to go to this step</source>
        <translation>Doppelklicken, um zu diesem Schritt zu gehen</translation>
    </message>
    <message>
        <source>Counts for the shop: %1</source>
        <translation>Zählt für den Shop: %1</translation>
    </message>
    <message>
        <source>Holds the score down: %1</source>
        <translation>Drückt den Wert: %1</translation>
    </message>
</context>
<context>
    <name>ReadyWizardPage</name>
    <message>
        <source>&amp;Check my site&apos;s encryption now</source>
        <translation>Die Verschlüsselung meiner Website jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>Ready to Write the Plan</source>
        <translation>Bereit, den Plan zu schreiben</translation>
    </message>
    <message>
        <source>When you press Finish, Storefort writes your answers into the plan. Nothing is written before.</source>
        <extracomment>&quot;Finish&quot; is the button below, named by the next string</extracomment>
        <translation>Wenn Sie auf „Fertigstellen“ klicken, schreibt Storefort Ihre Antworten in den Plan. Vorher wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>Then the plan&apos;s steps are listed on the left, from Shop &amp; team to Review &amp; export. Each step says why it matters and what to do, and ends with the way to the next one. Take them in order, at your own pace: every change is saved as you make it.</source>
        <translation>Danach stehen die Schritte des Plans links, von „Shop und Team“ bis „Prüfen &amp; exportieren“. Jeder Schritt erklärt, warum er wichtig ist und was zu tun ist, und endet mit dem Weg zum nächsten. Gehen Sie sie der Reihe nach durch, in Ihrem eigenen Tempo: Jede Änderung wird sofort gespeichert.</translation>
    </message>
    <message>
        <source>What goes into the plan</source>
        <translation>Was in den Plan kommt</translation>
    </message>
    <message>
        <source>The first check</source>
        <translation>Die erste Prüfung</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>Shop:</translation>
    </message>
    <message>
        <source>Web addresses:</source>
        <translation>Webadressen:</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Webadresse:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>nobody added now</source>
        <translation>jetzt niemand hinzugefügt</translation>
    </message>
    <message>
        <source>Providers:</source>
        <translation>Dienstleister:</translation>
    </message>
    <message>
        <source>none added now</source>
        <translation>jetzt keine hinzugefügt</translation>
    </message>
    <message>
        <source>Storefort connects to %1 the way a browser does, and to nothing else. It takes a minute or two; the result is kept in the plan.</source>
        <translation>Storefort verbindet sich mit %1 so, wie es ein Browser tut, und mit nichts anderem. Das dauert ein, zwei Minuten; das Ergebnis wird im Plan gespeichert.</translation>
    </message>
    <message>
        <source>Add the shop&apos;s web address on the first page to check its encryption; you can also do it later in the Encryption (TLS) step.</source>
        <translation>Geben Sie auf der ersten Seite die Webadresse des Shops ein, um seine Verschlüsselung zu prüfen; Sie können das auch später im Schritt „Verschlüsselung (TLS)“ tun.</translation>
    </message>
    <message>
        <source>Not everything could be written.</source>
        <translation>Nicht alles konnte geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>RecoveryCheck</name>
    <message>
        <source>Nobody is named as holding the root account.</source>
        <translation>Niemand ist als Verwahrer des Root-Kontos angegeben.</translation>
    </message>
    <message>
        <source>%1 holds the root account.</source>
        <translation>%1 verwahrt das Root-Konto.</translation>
    </message>
    <message>
        <source>the root account</source>
        <translation>das Root-Konto</translation>
    </message>
    <message>
        <source>No password for %1 is stored in the keychain.</source>
        <translation>Für %1 ist kein Passwort im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The plan expects the password for %1 in the keychain, but the keychain has no such entry.</source>
        <translation>Der Plan erwartet das Passwort für %1 im Schlüsselbund, aber der Schlüsselbund hat keinen solchen Eintrag.</translation>
    </message>
    <message>
        <source>The keychain could not be asked: %1</source>
        <translation>Der Schlüsselbund konnte nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <source>The password for %1 is in the keychain.</source>
        <translation>Das Passwort für %1 ist im Schlüsselbund.</translation>
    </message>
    <message numerus="yes">
        <source>It was stored on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Es wurde am %1 gespeichert, vor %n Tag.</numerusform>
            <numerusform>Es wurde am %1 gespeichert, vor %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Storefort cannot check this item by itself. Look at it and confirm it is there and usable.</source>
        <translation>Storefort kann dieses Element nicht selbst prüfen. Sehen Sie es sich an und bestätigen Sie, dass es vorhanden und brauchbar ist.</translation>
    </message>
    <message>
        <source>No location is recorded, so there is nothing to check.</source>
        <translation>Es ist kein Ort erfasst, daher gibt es nichts zu prüfen.</translation>
    </message>
    <message>
        <source>It is kept at “%1”, which Storefort cannot open. Look at it there and confirm it by hand, or copy it to a folder on this computer.</source>
        <translation>Es wird unter „%1“ aufbewahrt, was Storefort nicht öffnen kann. Sehen Sie es sich dort an und bestätigen Sie es von Hand, oder kopieren Sie es in einen Ordner auf diesem Computer.</translation>
    </message>
    <message>
        <source>The key&apos;s passphrase could not be read from the keychain: %1</source>
        <translation>Die Passphrase des Schlüssels konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>The plan expects the key&apos;s passphrase in the keychain, but the keychain has no such entry.</source>
        <translation>Der Plan erwartet die Passphrase des Schlüssels im Schlüsselbund, aber der Schlüsselbund hat keinen solchen Eintrag.</translation>
    </message>
    <message>
        <source>Looked at and confirmed by hand.</source>
        <translation>Angesehen und von Hand bestätigt.</translation>
    </message>
    <message>
        <source>Looked at and confirmed by hand: %1</source>
        <translation>Angesehen und von Hand bestätigt: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryFindings</name>
    <message>
        <source>%1: no backup found where the plan says</source>
        <translation>%1: kein Backup dort gefunden, wo der Plan es angibt</translation>
    </message>
    <message>
        <source>A backup nobody can find on the bad day is no backup. The plan must point at where the backups really are.</source>
        <translation>Ein Backup, das im Ernstfall niemand findet, ist kein Backup. Der Plan muss auf den Ort verweisen, an dem die Backups wirklich liegen.</translation>
    </message>
    <message>
        <source>Check the folder or share, mount it if needed, and correct the item&apos;s location. Then verify again.</source>
        <translation>Sehen Sie im Ordner oder in der Netzwerkfreigabe nach, binden Sie sie bei Bedarf ein und korrigieren Sie den Ort des Elements. Prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Everything since the newest backup — orders, customers, changes — is lost if the shop has to be restored today.</source>
        <translation>Alles seit dem neuesten Backup – Bestellungen, Kunden, Änderungen – geht verloren, wenn der Shop heute wiederhergestellt werden muss.</translation>
    </message>
    <message>
        <source>Find out why the daily backup stopped (ask the host or check the backup job), run one now, and verify again.</source>
        <translation>Finden Sie heraus, warum das tägliche Backup nicht mehr läuft (fragen Sie den Hoster oder prüfen Sie den Backup-Auftrag), erstellen Sie jetzt eines und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>%1: no older backup kept as a reference point</source>
        <translation>%1: kein älteres Backup als Referenzpunkt aufbewahrt</translation>
    </message>
    <message>
        <source>Break-ins are often found days later. If only the newest backups are kept, they may all contain the intruder.</source>
        <translation>Einbrüche werden oft erst Tage später entdeckt. Wenn nur die neuesten Backups aufbewahrt werden, enthalten womöglich alle den Eindringling.</translation>
    </message>
    <message>
        <source>Keep at least one backup that is a week or more old (many keep one per week and one per month).</source>
        <translation>Bewahren Sie mindestens ein Backup auf, das eine Woche oder älter ist (viele behalten eines pro Woche und eines pro Monat).</translation>
    </message>
    <message>
        <source>%1: the newest backup does not open</source>
        <translation>%1: das neueste Backup lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>A damaged backup fails exactly when it is needed. The shop would have to fall back to an older one and lose more.</source>
        <translation>Ein beschädigtes Backup versagt genau dann, wenn es gebraucht wird. Der Shop müsste auf ein älteres zurückgreifen und würde mehr verlieren.</translation>
    </message>
    <message>
        <source>Make a new backup, check that it opens, and find out why the last one was cut short (full disk, interrupted copy).</source>
        <translation>Erstellen Sie ein neues Backup, prüfen Sie, ob es sich öffnen lässt, und finden Sie heraus, warum das letzte abgebrochen ist (volle Festplatte, unterbrochener Kopiervorgang).</translation>
    </message>
    <message>
        <source>%1: the newest backup is empty or much smaller</source>
        <translation>%1: das neueste Backup ist leer oder viel kleiner</translation>
    </message>
    <message>
        <source>A backup that suddenly shrinks has often left something out — the database, or the uploaded images.</source>
        <translation>Ein Backup, das plötzlich schrumpft, hat oft etwas ausgelassen – die Datenbank oder die hochgeladenen Bilder.</translation>
    </message>
    <message>
        <source>Open the backup and compare it with the one before. Ask whoever runs the backup what changed.</source>
        <translation>Öffnen Sie das Backup und vergleichen Sie es mit dem vorherigen. Fragen Sie die Person oder den Dienstleister, der die Backups betreibt, was sich geändert hat.</translation>
    </message>
    <message>
        <source>%1: the export is not where the plan says</source>
        <translation>%1: der Export ist nicht dort, wo der Plan es angibt</translation>
    </message>
    <message>
        <source>On the bad day the shop itself may be down, so the export must already exist somewhere you can open it.</source>
        <translation>Im Ernstfall ist der Shop selbst womöglich nicht erreichbar, deshalb muss der Export schon irgendwo liegen, wo Sie ihn öffnen können.</translation>
    </message>
    <message>
        <source>Export the data from the shop&apos;s admin, save it where the item points, and verify again.</source>
        <translation>Exportieren Sie die Daten im Adminbereich des Shops, speichern Sie sie dort, wohin das Element verweist, und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>%1: the export is out of date</source>
        <translation>%1: der Export ist veraltet</translation>
    </message>
    <message>
        <source>An old export misses the newest customers, orders or products.</source>
        <translation>Einem alten Export fehlen die neuesten Kunden, Bestellungen oder Produkte.</translation>
    </message>
    <message>
        <source>Export again, or have the shop send the export on a schedule.</source>
        <translation>Exportieren Sie erneut, oder lassen Sie den Shop den Export regelmäßig automatisch verschicken.</translation>
    </message>
    <message>
        <source>%1: the export cannot be read</source>
        <translation>%1: der Export lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>A file that does not open, or holds no rows, will not help rebuild anything.</source>
        <translation>Eine Datei, die sich nicht öffnen lässt oder keine Zeilen enthält, hilft beim Wiederaufbau nicht.</translation>
    </message>
    <message>
        <source>Export again as CSV and check it opens in a spreadsheet.</source>
        <translation>Exportieren Sie erneut als CSV und prüfen Sie, ob sich die Datei in einer Tabellenkalkulation öffnen lässt.</translation>
    </message>
    <message>
        <source>%1: the export lacks columns it needs</source>
        <translation>%1: dem Export fehlen nötige Spalten</translation>
    </message>
    <message>
        <source>Without them the file cannot be loaded into a rebuilt shop (products without prices, customers without e-mail addresses).</source>
        <translation>Ohne sie lässt sich die Datei nicht in einen wiederaufgebauten Shop laden (Produkte ohne Preise, Kunden ohne E-Mail-Adressen).</translation>
    </message>
    <message>
        <source>Choose the full export in the shop&apos;s admin, with every column.</source>
        <translation>Wählen Sie im Adminbereich des Shops den vollständigen Export mit allen Spalten.</translation>
    </message>
    <message>
        <source>%1: a certificate file is missing or unreadable</source>
        <translation>%1: eine Zertifikatsdatei fehlt oder ist nicht lesbar</translation>
    </message>
    <message>
        <source>Moving the site to a new server quickly needs the certificate, its key and the signing request together.</source>
        <translation>Um die Website schnell auf einen neuen Server umzuziehen, braucht man das Zertifikat, seinen Schlüssel und die Zertifikatsanfrage zusammen.</translation>
    </message>
    <message>
        <source>Ask whoever set up the certificate (often the host) for the files, and keep them in the recorded place.</source>
        <translation>Bitten Sie die Person oder den Dienstleister, der das Zertifikat eingerichtet hat (oft der Hoster), um die Dateien, und bewahren Sie sie am erfassten Ort auf.</translation>
    </message>
    <message>
        <source>%1: the private key is missing or will not open</source>
        <translation>%1: der private Schlüssel fehlt oder lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>A certificate is useless without its private key, and an encrypted key is useless without its passphrase.</source>
        <translation>Ein Zertifikat ist ohne seinen privaten Schlüssel nutzlos, und ein verschlüsselter Schlüssel ist ohne seine Passphrase nutzlos.</translation>
    </message>
    <message>
        <source>Find the key the site uses and store its passphrase in the keychain with this item.</source>
        <translation>Suchen Sie den Schlüssel, den die Website verwendet, und speichern Sie seine Passphrase bei diesem Element im Schlüsselbund.</translation>
    </message>
    <message>
        <source>%1: the key does not belong to the other files</source>
        <translation>%1: der Schlüssel gehört nicht zu den anderen Dateien</translation>
    </message>
    <message>
        <source>A key that does not match its certificate cannot serve the site: the files on hand are from different certificates.</source>
        <translation>Ein Schlüssel, der nicht zu seinem Zertifikat passt, kann die Website nicht ausliefern: Die vorhandenen Dateien stammen von verschiedenen Zertifikaten.</translation>
    </message>
    <message>
        <source>Keep the key together with the certificate and request made from it; remove the stray files.</source>
        <translation>Bewahren Sie den Schlüssel zusammen mit dem Zertifikat und der damit erstellten Zertifikatsanfrage auf; entfernen Sie die Dateien, die nicht dazugehören.</translation>
    </message>
    <message>
        <source>%1: the key on hand is not the one the live site uses</source>
        <translation>%1: der vorhandene Schlüssel ist nicht der, den die laufende Website verwendet</translation>
    </message>
    <message>
        <source>If the site has to move today, this key will not work with the certificate it serves: the key you keep is out of date.</source>
        <translation>Wenn die Website heute umziehen muss, funktioniert dieser Schlüssel nicht mit dem Zertifikat, das sie ausliefert: Der Schlüssel, den Sie aufbewahren, ist veraltet.</translation>
    </message>
    <message>
        <source>Get the current key from whoever renewed the certificate last, and keep it here instead of the old one.</source>
        <translation>Holen Sie sich den aktuellen Schlüssel von der Person oder dem Dienstleister, der das Zertifikat zuletzt erneuert hat, und bewahren Sie ihn hier anstelle des alten auf.</translation>
    </message>
    <message>
        <source>%1: the certificate has run out or soon will</source>
        <translation>%1: das Zertifikat ist abgelaufen oder läuft bald ab</translation>
    </message>
    <message>
        <source>A certificate past its date makes browsers warn every visitor away.</source>
        <translation>Bei einem abgelaufenen Zertifikat warnen Browser jeden Besucher vor der Website.</translation>
    </message>
    <message>
        <source>Renew it in time and keep the new files here.</source>
        <translation>Erneuern Sie es rechtzeitig und bewahren Sie die neuen Dateien hier auf.</translation>
    </message>
    <message>
        <source>%1: no copy of the code could be checked</source>
        <translation>%1: es konnte keine Kopie des Codes geprüft werden</translation>
    </message>
    <message>
        <source>Without a copy of the latest code, a damaged site must be rebuilt from memory.</source>
        <translation>Ohne eine Kopie des aktuellen Codes muss eine beschädigte Website aus dem Gedächtnis neu aufgebaut werden.</translation>
    </message>
    <message>
        <source>Ask the developers where the code is kept and for a copy (a git repository) on a machine you control.</source>
        <translation>Fragen Sie die Entwickler, wo der Code aufbewahrt wird, und bitten Sie um eine Kopie (ein git-Repository) auf einem Rechner, über den Sie verfügen.</translation>
    </message>
    <message>
        <source>%1: changes not yet saved in the history</source>
        <translation>%1: Änderungen noch nicht im Verlauf gespeichert</translation>
    </message>
    <message>
        <source>Changes outside the history are not in the change log and are lost with the machine.</source>
        <translation>Änderungen außerhalb des Verlaufs stehen nicht im Änderungsprotokoll und gehen mit dem Rechner verloren.</translation>
    </message>
    <message>
        <source>Ask the developer to commit or discard them.</source>
        <translation>Bitten Sie den Entwickler, sie zu committen oder zu verwerfen.</translation>
    </message>
    <message>
        <source>%1: the newest code exists only on this machine</source>
        <translation>%1: der neueste Code existiert nur auf diesem Rechner</translation>
    </message>
    <message>
        <source>If this machine breaks or is stolen, the newest changes are gone with it.</source>
        <translation>Wenn dieser Rechner kaputtgeht oder gestohlen wird, sind die neuesten Änderungen mit ihm verloren.</translation>
    </message>
    <message>
        <source>Push the commits to the shared repository (or set one up).</source>
        <translation>Pushen Sie die Commits in das gemeinsame Repository (oder richten Sie eines ein).</translation>
    </message>
    <message>
        <source>%1: nobody holds the root password safely</source>
        <translation>%1: niemand verwahrt das Root-Passwort sicher</translation>
    </message>
    <message>
        <source>When every other way in fails, the root account is the way back. If nobody has its password, the server may be lost.</source>
        <translation>Wenn jeder andere Zugang versagt, ist das Root-Konto der Weg zurück. Wenn niemand sein Passwort hat, ist der Server womöglich verloren.</translation>
    </message>
    <message>
        <source>Name who holds it and store the password in the keychain with this item.</source>
        <translation>Legen Sie fest, wer es verwahrt, und speichern Sie das Passwort bei diesem Element im Schlüsselbund.</translation>
    </message>
    <message>
        <source>%1: the root password has not changed in a year</source>
        <translation>%1: das Root-Passwort wurde seit einem Jahr nicht geändert</translation>
    </message>
    <message>
        <source>Over time more people have seen an old password, and it may sit in old notes or leaked lists.</source>
        <translation>Mit der Zeit haben immer mehr Leute ein altes Passwort gesehen, und es steht womöglich in alten Notizen oder in Listen gestohlener Passwörter.</translation>
    </message>
    <message>
        <source>Change the root password and store the new one here.</source>
        <translation>Ändern Sie das Root-Passwort und speichern Sie das neue hier.</translation>
    </message>
    <message>
        <source>%1: a check did not pass</source>
        <translation>%1: eine Prüfung ist nicht bestanden</translation>
    </message>
    <message>
        <source>Something on hand for a bad day would not work as it is.</source>
        <translation>Etwas, das für den Ernstfall bereitliegt, würde so nicht funktionieren.</translation>
    </message>
    <message>
        <source>Read the evidence, put it right, and verify again.</source>
        <translation>Lesen Sie, was festgestellt wurde, bringen Sie es in Ordnung und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>%1: not recorded yet</source>
        <translation>%1: noch nicht erfasst</translation>
    </message>
    <message>
        <source>On a bad day you need to know at once who has it and where it is.</source>
        <translation>Im Ernstfall müssen Sie sofort wissen, wer es hat und wo es ist.</translation>
    </message>
    <message>
        <source>Nobody is named as holding it, where it is kept is not recorded, and it was never checked.</source>
        <translation>Niemand ist als Verwahrer angegeben, der Aufbewahrungsort ist nicht erfasst, und es wurde nie geprüft.</translation>
    </message>
    <message>
        <source>Record who holds it and where it is kept, then verify it.</source>
        <translation>Erfassen Sie, wer es verwahrt und wo es aufbewahrt wird, und prüfen Sie es dann.</translation>
    </message>
    <message>
        <source>%1: nobody is named as holding it</source>
        <translation>%1: kein Verwahrer angegeben</translation>
    </message>
    <message>
        <source>On a bad day you need to know at once whom to ask. An item nobody holds is usually an item nobody has.</source>
        <translation>Im Ernstfall müssen Sie sofort wissen, wen Sie fragen können. Ein Element, das niemand verwahrt, hat meist auch niemand.</translation>
    </message>
    <message>
        <source>No team member or provider is recorded as its holder.</source>
        <translation>Kein Teammitglied und kein Dienstleister ist als Verwahrer erfasst.</translation>
    </message>
    <message>
        <source>Choose who holds it — a team member or a provider — and how to reach them.</source>
        <translation>Wählen Sie den Verwahrer – ein Teammitglied oder einen Dienstleister – und geben Sie an, wie er zu erreichen ist.</translation>
    </message>
    <message>
        <source>%1: where it is kept is not recorded</source>
        <translation>%1: Aufbewahrungsort nicht erfasst</translation>
    </message>
    <message>
        <source>Searching for a backup or a key while the shop is down costs hours.</source>
        <translation>Wer nach einem Backup oder einem Schlüssel sucht, während der Shop ausgefallen ist, verliert Stunden.</translation>
    </message>
    <message>
        <source>The item has no path, address or place.</source>
        <translation>Das Element hat keinen Pfad, keine Adresse und keinen Ort.</translation>
    </message>
    <message>
        <source>Record where it is: a folder, a web address, or a physical place such as “the safe in the office”.</source>
        <translation>Erfassen Sie, wo es ist: ein Ordner, eine Webadresse oder ein physischer Ort wie „der Tresor im Büro“.</translation>
    </message>
    <message>
        <source>%1: never checked</source>
        <translation>%1: nie geprüft</translation>
    </message>
    <message>
        <source>Backups and copies that were never tried often turn out not to work when they are needed.</source>
        <translation>Backups und Kopien, die nie ausprobiert wurden, funktionieren oft nicht, wenn man sie braucht.</translation>
    </message>
    <message>
        <source>There is no verification on file.</source>
        <translation>Es ist keine Prüfung erfasst.</translation>
    </message>
    <message>
        <source>Record where it is and press Verify: Storefort checks the files for you.</source>
        <translation>Erfassen Sie, wo es ist, und klicken Sie auf „Prüfen“: Storefort prüft die Dateien für Sie.</translation>
    </message>
    <message>
        <source>Look at it yourself and confirm it is there and usable.</source>
        <translation>Sehen Sie es sich selbst an und bestätigen Sie, dass es vorhanden und brauchbar ist.</translation>
    </message>
    <message numerus="yes">
        <source>%1: last checked %n days ago</source>
        <translation>
            <numerusform>%1: zuletzt vor %n Tag geprüft</numerusform>
            <numerusform>%1: zuletzt vor %n Tagen geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Last verified on %1 by %2.</source>
        <translation>Zuletzt geprüft am %1 von %2.</translation>
    </message>
    <message>
        <source>Verify it again (Storefort does so by itself for items not checked in a week when the plan opens).</source>
        <translation>Prüfen Sie es erneut (Storefort tut das beim Öffnen des Plans von selbst für Elemente, die seit einer Woche nicht geprüft wurden).</translation>
    </message>
    <message>
        <source>%1: the newest backup is too old</source>
        <translation>%1: das neueste Backup ist zu alt</translation>
    </message>
    <message>
        <source>Things change: backups stop, keys are renewed, exports age. A check made long ago says little about today.</source>
        <translation>Die Dinge ändern sich: Backups laufen nicht mehr, Schlüssel werden erneuert, Exporte veralten. Eine Prüfung von vor langer Zeit sagt wenig über heute aus.</translation>
    </message>
</context>
<context>
    <name>RecoveryFindingsView</name>
    <message>
        <source>&amp;Show Item</source>
        <translation>Element &amp;anzeigen</translation>
    </message>
    <message>
        <source>What is missing or doubtful about the recovery items</source>
        <translation>Was bei den Notfall-Elementen fehlt oder zweifelhaft ist</translation>
    </message>
    <message>
        <source>About the chosen finding</source>
        <translation>Zum ausgewählten Befund</translation>
    </message>
    <message>
        <source>Go to the item this finding is about</source>
        <translation>Zum Element wechseln, das dieser Befund betrifft</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing found: every recovery item has a holder and a place, and its last check went well.</source>
        <translation>Nichts gefunden: Jedes Notfall-Element hat einen Verwahrer und einen Ort, und seine letzte Prüfung verlief gut.</translation>
    </message>
    <message>
        <source>Nothing urgent. Choose a finding to see why it matters and what to do; “Show Item” takes you to the item.</source>
        <translation>Nichts Dringendes. Wählen Sie einen Befund aus, um zu sehen, warum er wichtig ist und was zu tun ist; „Element anzeigen“ bringt Sie zum Element.</translation>
    </message>
    <message numerus="yes">
        <source>%n urgent thing(s) to sort out before a bad day comes. Choose a finding to see why it matters and what to do; “Show Item” takes you to the item.</source>
        <translation>
            <numerusform>%n dringender Punkt, den Sie vor dem Ernstfall klären sollten. Wählen Sie einen Befund aus, um zu sehen, warum er wichtig ist und was zu tun ist; „Element anzeigen“ bringt Sie zum Element.</numerusform>
            <numerusform>%n dringende Punkte, die Sie vor dem Ernstfall klären sollten. Wählen Sie einen Befund aus, um zu sehen, warum er wichtig ist und was zu tun ist; „Element anzeigen“ bringt Sie zum Element.</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Betrifft:</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Was festgestellt wurde</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
</context>
<context>
    <name>RecoveryItem</name>
    <message>
        <source>Complete backup (under 24 hours old) and an older one</source>
        <translation>Vollständiges Backup (jünger als 24 Stunden) und ein älteres</translation>
    </message>
    <message>
        <source>Export of the customer accounts</source>
        <translation>Export der Kundenkonten</translation>
    </message>
    <message>
        <source>Export of orders and payments</source>
        <translation>Export der Bestellungen und Zahlungen</translation>
    </message>
    <message>
        <source>Product data as a CSV file</source>
        <translation>Produktdaten als CSV-Datei</translation>
    </message>
    <message>
        <source>Site certificate, private key (.key), signing request (.csr) and the key&apos;s passphrase</source>
        <translation>Zertifikat der Website, privater Schlüssel (.key), Zertifikatsanfrage (.csr) und die Passphrase des Schlüssels</translation>
    </message>
    <message>
        <source>Latest code of the site and its change log</source>
        <translation>Aktueller Code der Website und sein Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Root account of the server and its password</source>
        <translation>Root-Konto des Servers und sein Passwort</translation>
    </message>
    <message>
        <source>After a break-in or a failed update, a backup from the last day is what lets the shop open again with little lost. An older copy matters too: an attack may sit unnoticed for days, and then every recent backup holds it.</source>
        <translation>Nach einem Einbruch oder einem fehlgeschlagenen Update kann der Shop dank eines Backups vom letzten Tag mit wenig Verlust wieder öffnen. Auch eine ältere Kopie ist wichtig: Ein Angriff kann tagelang unbemerkt bleiben, und dann steckt er in jedem neueren Backup.</translation>
    </message>
    <message>
        <source>If the shop is down or its data is damaged, you still need to reach your customers and know who they are. A recent export lets you write to them and rebuild their accounts.</source>
        <translation>Wenn der Shop ausgefallen ist oder seine Daten beschädigt sind, müssen Sie Ihre Kunden trotzdem erreichen und wissen, wer sie sind. Mit einem aktuellen Export können Sie ihnen schreiben und ihre Konten wiederherstellen.</translation>
    </message>
    <message>
        <source>Open orders must still be shipped and refunds paid while the shop is down. An export of orders and payments tells you who paid for what.</source>
        <translation>Offene Bestellungen müssen weiterhin versandt und Erstattungen ausgezahlt werden, während der Shop ausgefallen ist. Ein Export der Bestellungen und Zahlungen zeigt Ihnen, wer was bezahlt hat.</translation>
    </message>
    <message>
        <source>With the product list as a CSV file you can fill a rebuilt or temporary shop in minutes instead of typing every product again.</source>
        <translation>Mit der Produktliste als CSV-Datei füllen Sie einen wiederaufgebauten oder vorübergehenden Shop in Minuten, statt jedes Produkt neu einzutippen.</translation>
    </message>
    <message>
        <source>Without the certificate and its key, a rebuilt site shows browsers&apos; warnings and customers leave. The key must match the certificate the site serves, and its passphrase must be at hand.</source>
        <translation>Ohne das Zertifikat und seinen Schlüssel zeigt eine wiederaufgebaute Website Browserwarnungen, und die Kunden gehen. Der Schlüssel muss zu dem Zertifikat passen, das die Website ausliefert, und seine Passphrase muss griffbereit sein.</translation>
    </message>
    <message>
        <source>A copy of the latest code lets a developer put the site back as it was. The change log shows what changed last, when and by whom — often where trouble started.</source>
        <translation>Mit einer Kopie des aktuellen Codes kann ein Entwickler die Website so wiederherstellen, wie sie war. Das Änderungsprotokoll zeigt, was sich zuletzt geändert hat, wann und durch wen – oft der Punkt, an dem der Ärger begann.</translation>
    </message>
    <message>
        <source>When every other way in fails, the root account is how the server is taken back. Someone you trust must hold it, and its password must be in a safe place.</source>
        <translation>Wenn jeder andere Zugang versagt, holt man sich über das Root-Konto den Server zurück. Jemand, dem Sie vertrauen, muss es verwahren, und sein Passwort muss an einem sicheren Ort liegen.</translation>
    </message>
    <message>
        <source>Give the item a name.</source>
        <translation>Geben Sie dem Element einen Namen.</translation>
    </message>
    <message>
        <source>An item is held by one team member or one provider, not both.</source>
        <translation>Ein Element wird von einem Teammitglied oder einem Dienstleister verwahrt, nicht von beiden.</translation>
    </message>
    <message>
        <source>This kind of item keeps no password.</source>
        <translation>Zu dieser Art von Element wird kein Passwort gespeichert.</translation>
    </message>
</context>
<context>
    <name>RecoveryItemChecksView</name>
    <message>
        <source>What the last verification found</source>
        <translation>Was die letzte Prüfung ergeben hat</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>Show earlier verifications</source>
        <translation>Frühere Prüfungen anzeigen</translation>
    </message>
    <message>
        <source>Earlier verifications</source>
        <translation>Frühere Prüfungen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Was festgestellt wurde</translation>
    </message>
    <message>
        <source>Checking it now…</source>
        <translation>Wird gerade geprüft…</translation>
    </message>
    <message>
        <source>Not checked yet. Fill in where it is, then press Verify.</source>
        <translation>Noch nicht geprüft. Geben Sie an, wo es liegt, und klicken Sie dann auf „Prüfen“.</translation>
    </message>
    <message>
        <source>Not checked yet. Storefort cannot check this by itself: look at it and press Confirm by Hand.</source>
        <translation>Noch nicht geprüft. Storefort kann dies nicht selbst prüfen: Sehen Sie es sich an und klicken Sie auf „Von Hand bestätigen“.</translation>
    </message>
    <message>
        <source>%1 — confirmed by hand by %2 on %3 (%4).</source>
        <translation>%1 – von %2 am %3 von Hand bestätigt (%4).</translation>
    </message>
    <message>
        <source>%1 — verified by %2 on %3 (%4).</source>
        <translation>%1 – von %2 am %3 geprüft (%4).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (by hand)</source>
        <translation>%1 (von Hand)</translation>
    </message>
    <message>
        <source>No earlier verifications.</source>
        <translation>Keine früheren Prüfungen.</translation>
    </message>
</context>
<context>
    <name>RecoveryItemDialog</name>
    <message>
        <source>Add Recovery Item</source>
        <translation>Notfall-Element hinzufügen</translation>
    </message>
    <message>
        <source>Add anything else the shop would need on a bad day: a second backup, the domain&apos;s transfer code, a paper list of suppliers, a spare key.</source>
        <translation>Fügen Sie alles hinzu, was der Shop im Ernstfall sonst noch bräuchte: ein zweites Backup, den Transfercode (Auth-Code) der Domain, eine Lieferantenliste auf Papier, einen Ersatzschlüssel.</translation>
    </message>
    <message>
        <source>Name of the item</source>
        <translation>Name des Elements</translation>
    </message>
    <message>
        <source>For example: Backup on the office NAS</source>
        <translation>Zum Beispiel: Backup auf dem NAS im Büro</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>Art des Elements</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Storefort checks this kind of item from the files where you keep it.</source>
        <translation>Storefort prüft diese Art von Element anhand der Dateien an dem Ort, an dem Sie es aufbewahren.</translation>
    </message>
    <message>
        <source>Storefort cannot check this by itself: you confirm it by hand.</source>
        <translation>Storefort kann dies nicht selbst prüfen: Sie bestätigen es von Hand.</translation>
    </message>
</context>
<context>
    <name>RecoveryItemEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Verify A&amp;ll</source>
        <translation>&amp;Alle prüfen</translation>
    </message>
    <message>
        <source>&amp;Confirm by Hand…</source>
        <translation>Von &amp;Hand bestätigen…</translation>
    </message>
    <message>
        <source>Title of the item</source>
        <translation>Titel des Elements</translation>
    </message>
    <message>
        <source>Who holds it</source>
        <translation>Wer es verwahrt</translation>
    </message>
    <message>
        <source>The team member or provider who has it, or can get at it, on a bad day</source>
        <translation>Das Teammitglied oder der Dienstleister, der es im Ernstfall hat oder darauf zugreifen kann</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>Wo es liegt</translation>
    </message>
    <message>
        <source>A folder on this computer or a share, a web address, or a place</source>
        <translation>Ein Ordner auf diesem Computer oder einer Netzwerkfreigabe, eine Webadresse oder ein Ort</translation>
    </message>
    <message>
        <source>Choose where it is</source>
        <translation>Auswählen, wo es liegt</translation>
    </message>
    <message>
        <source>How to reach it</source>
        <translation>Wie man herankommt</translation>
    </message>
    <message>
        <source>Who to call, which portal, which drawer</source>
        <translation>Wen man anruft, welches Portal, welche Schublade</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Check this item now from its files</source>
        <translation>Dieses Element jetzt anhand seiner Dateien prüfen</translation>
    </message>
    <message>
        <source>Check every item Storefort can check, one after another</source>
        <translation>Alle Elemente, die Storefort prüfen kann, nacheinander prüfen</translation>
    </message>
    <message>
        <source>Record that you looked at the item yourself and it is there and usable</source>
        <translation>Festhalten, dass Sie sich das Element selbst angesehen haben und es vorhanden und brauchbar ist</translation>
    </message>
    <message>
        <source>Hol&amp;der:</source>
        <translation>&amp;Verwahrer:</translation>
    </message>
    <message>
        <source>&amp;Where it is:</source>
        <translation>&amp;Wo es liegt:</translation>
    </message>
    <message>
        <source>How to &amp;reach it:</source>
        <translation>Wie man he&amp;rankommt:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>A &amp;File…</source>
        <translation>Eine &amp;Datei…</translation>
    </message>
    <message>
        <source>A F&amp;older…</source>
        <translation>Einen &amp;Ordner…</translation>
    </message>
    <message>
        <source>Choose an item on the left.</source>
        <translation>Wählen Sie links ein Element aus.</translation>
    </message>
    <message>
        <source>Your own item · %1</source>
        <translation>Eigenes Element · %1</translation>
    </message>
    <message>
        <source>Note who holds it, where it is and how to reach it on a bad day.</source>
        <translation>Notieren Sie, wer es verwahrt, wo es liegt und wie man im Ernstfall herankommt.</translation>
    </message>
    <message>
        <source>Choose the folder it is kept in</source>
        <translation>Den Ordner auswählen, in dem es aufbewahrt wird</translation>
    </message>
    <message>
        <source>Choose the file or the folder it is in</source>
        <translation>Die Datei oder den Ordner auswählen, in dem es liegt</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>%1 (has left)</source>
        <translation>%1 (ausgeschieden)</translation>
    </message>
    <message>
        <source>%1 (provider)</source>
        <translation>%1 (Dienstleister)</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Change who holds %1</source>
        <translation>Verwahrer von %1 ändern</translation>
    </message>
    <message>
        <source>Change where %1 is</source>
        <translation>Ändern, wo %1 liegt</translation>
    </message>
    <message>
        <source>Change how to reach %1</source>
        <translation>Ändern, wie man an %1 herankommt</translation>
    </message>
    <message>
        <source>Change the notes on %1</source>
        <translation>Notizen zu %1 ändern</translation>
    </message>
    <message>
        <source>Where Is It Kept?</source>
        <translation>Wo wird es aufbewahrt?</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Confirm by Hand</source>
        <translation>Von Hand bestätigen</translation>
    </message>
    <message>
        <source>You looked at “%1” yourself and it is there and usable. Say in a few words what you saw, for the binder and the history.</source>
        <translation>Sie haben sich „%1“ selbst angesehen, und es ist vorhanden und brauchbar. Beschreiben Sie in wenigen Worten, was Sie gesehen haben – für den Notfallordner und den Verlauf.</translation>
    </message>
    <message>
        <source>What you saw</source>
        <translation>Was Sie gesehen haben</translation>
    </message>
    <message>
        <source>For example: opened the envelope in the office safe</source>
        <translation>Zum Beispiel: Umschlag im Bürotresor geöffnet</translation>
    </message>
    <message>
        <source>&amp;What you saw:</source>
        <translation>&amp;Was Sie gesehen haben:</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Not Recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
</context>
<context>
    <name>RecoveryItemSecretBox</name>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Store in Keychain…</source>
        <translation>Im Schlüsselbund &amp;speichern…</translation>
    </message>
    <message>
        <source>Remove from &amp;Keychain…</source>
        <translation>Aus dem Schlüsselbund &amp;entfernen…</translation>
    </message>
    <message>
        <source>User name of the root account</source>
        <translation>Benutzername des Root-Kontos</translation>
    </message>
    <message>
        <source>For example: root</source>
        <translation>Zum Beispiel: root</translation>
    </message>
    <message>
        <source>Delete it from this computer&apos;s keychain</source>
        <translation>Aus dem Schlüsselbund dieses Computers löschen</translation>
    </message>
    <message>
        <source>It cannot be stored on this computer.</source>
        <translation>Auf diesem Computer kann der Eintrag nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The password is stored in the keychain of %1 on this computer.</source>
        <translation>Das Passwort ist im Schlüsselbund von %1 auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>The passphrase is stored in the keychain of %1 on this computer.</source>
        <translation>Die Passphrase ist im Schlüsselbund von %1 auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>No password stored yet. Store it here, so Storefort can check it is at hand; it goes into this computer&apos;s keychain, never into the plan.</source>
        <translation>Noch kein Passwort gespeichert. Speichern Sie es hier, damit Storefort prüfen kann, ob es griffbereit ist; es kommt in den Schlüsselbund dieses Computers, nie in den Plan.</translation>
    </message>
    <message>
        <source>No passphrase stored yet. Store it here, so Storefort can check that it opens the key; it goes into this computer&apos;s keychain, never into the plan.</source>
        <translation>Noch keine Passphrase gespeichert. Speichern Sie sie hier, damit Storefort prüfen kann, ob sie den Schlüssel öffnet; sie kommt in den Schlüsselbund dieses Computers, nie in den Plan.</translation>
    </message>
    <message>
        <source>Nothing stored. Keep it in your own password manager for now.</source>
        <translation>Nichts gespeichert. Nutzen Sie vorerst Ihren eigenen Passwort-Manager.</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>Erse&amp;tzen…</translation>
    </message>
    <message>
        <source>Put the root password into this computer&apos;s keychain</source>
        <translation>Das Root-Passwort im Schlüsselbund dieses Computers speichern</translation>
    </message>
    <message>
        <source>Put the key&apos;s passphrase into this computer&apos;s keychain</source>
        <translation>Die Passphrase des Schlüssels im Schlüsselbund dieses Computers speichern</translation>
    </message>
    <message>
        <source>Replace the root password</source>
        <translation>Root-Passwort ersetzen</translation>
    </message>
    <message>
        <source>Replace the passphrase</source>
        <translation>Passphrase ersetzen</translation>
    </message>
    <message>
        <source>Store the root password in the keychain</source>
        <translation>Root-Passwort im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Store the passphrase in the keychain</source>
        <translation>Passphrase im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Remove the root password from the keychain</source>
        <translation>Root-Passwort aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Remove the passphrase from the keychain</source>
        <translation>Passphrase aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Change the root account&apos;s user name</source>
        <translation>Benutzernamen des Root-Kontos ändern</translation>
    </message>
    <message>
        <source>Store the Root Password</source>
        <translation>Root-Passwort speichern</translation>
    </message>
    <message>
        <source>Store the Key&apos;s Passphrase</source>
        <translation>Passphrase des Schlüssels speichern</translation>
    </message>
    <message>
        <source>It goes into the keychain of this computer. Storefort keeps only a note that it is there, and never shows it or prints it.</source>
        <translation>Der Eintrag kommt in den Schlüsselbund dieses Computers. Storefort vermerkt nur, dass er dort liegt, und zeigt oder druckt ihn nie.</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Noch einmal dasselbe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The two do not match yet.</source>
        <translation>Die beiden Eingaben stimmen noch nicht überein.</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>It is in the keychain, but the plan could not note it.</source>
        <translation>Der Eintrag ist im Schlüsselbund, aber der Plan konnte das nicht vermerken.</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Delete the root password from this computer&apos;s keychain?</source>
        <translation>Root-Passwort aus dem Schlüsselbund dieses Computers löschen?</translation>
    </message>
    <message>
        <source>Delete the key&apos;s passphrase from this computer&apos;s keychain?</source>
        <translation>Passphrase des Schlüssels aus dem Schlüsselbund dieses Computers löschen?</translation>
    </message>
    <message>
        <source>This cannot be undone: to get it back you will need to store it again.</source>
        <translation>Das lässt sich nicht rückgängig machen: Um den Eintrag zurückzubekommen, müssen Sie ihn erneut speichern.</translation>
    </message>
    <message>
        <source>Remove from Keychain</source>
        <translation>Aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>RecoveryItemsModel</name>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>Vor %n Tag</numerusform>
            <numerusform>Vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>Vor %n Woche</numerusform>
            <numerusform>Vor %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>Vor %n Monat</numerusform>
            <numerusform>Vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>Vor %n Jahr</numerusform>
            <numerusform>Vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Not verified yet: choose the item and press Verify, or confirm it by hand.</source>
        <translation>Noch nicht geprüft: Wählen Sie das Element aus und klicken Sie auf „Prüfen“, oder bestätigen Sie es von Hand.</translation>
    </message>
    <message>
        <source>Confirmed by hand on %1 by %2</source>
        <translation>Am %1 von %2 von Hand bestätigt</translation>
    </message>
    <message>
        <source>Verified on %1 by %2</source>
        <translation>Am %1 von %2 geprüft</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Nie geprüft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Verwahrt von</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Zuletzt geprüft</translation>
    </message>
</context>
<context>
    <name>RecoveryItemsView</name>
    <message>
        <source>&amp;Add Item…</source>
        <translation>Element &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;move Item…</source>
        <translation>Element &amp;entfernen…</translation>
    </message>
    <message>
        <source>St&amp;op Checking</source>
        <translation>Prüfung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop after the item being checked now</source>
        <translation>Nach dem Element aufhören, das gerade geprüft wird</translation>
    </message>
    <message>
        <source>Recovery items</source>
        <translation>Notfall-Elemente</translation>
    </message>
    <message>
        <source>Add something else the shop would need on a bad day</source>
        <translation>Etwas anderes hinzufügen, das der Shop im Ernstfall bräuchte</translation>
    </message>
    <message>
        <source>Take the selected item off the list (only items you added)</source>
        <translation>Das ausgewählte Element von der Liste nehmen (nur selbst hinzugefügte Elemente)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n item(s)…</source>
        <translation>
            <numerusform>%n Element wird geprüft…</numerusform>
            <numerusform>%n Elemente werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1. You can keep working meanwhile.</source>
        <translation>Gerade: %1. Sie können währenddessen weiterarbeiten.</translation>
    </message>
    <message>
        <source>You can keep working meanwhile.</source>
        <translation>Sie können währenddessen weiterarbeiten.</translation>
    </message>
    <message>
        <source>Some checks could not be recorded.</source>
        <translation>Einige Prüfungen konnten nicht erfasst werden.</translation>
    </message>
    <message>
        <source>Items on every plan&apos;s list stay; clear their fields, or say in the notes why the shop does without.</source>
        <translation>Elemente, die auf der Liste jedes Plans stehen, bleiben; leeren Sie ihre Felder, oder geben Sie in den Notizen an, warum der Shop darauf verzichtet.</translation>
    </message>
    <message>
        <source>Remove “%1” from the list?</source>
        <translation>„%1“ von der Liste entfernen?</translation>
    </message>
    <message>
        <source>Its verifications go with it. You can undo the removal with Edit &gt; Undo.</source>
        <translation>Seine Prüfungen werden mit entfernt. Sie können das Entfernen mit Bearbeiten &gt; Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Its verifications go with it, and what it keeps in the keychain is deleted. Edit &gt; Undo brings the item and its verifications back, but not what was in the keychain.</source>
        <translation>Seine Prüfungen werden mit entfernt, und was es im Schlüsselbund hinterlegt hat, wird gelöscht. Bearbeiten &gt; Rückgängig holt das Element und seine Prüfungen zurück, aber nicht das, was im Schlüsselbund war.</translation>
    </message>
    <message>
        <source>Remove Item</source>
        <translation>Element entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>“%1” was not removed: its verifications could not be read to keep for undo.</source>
        <translation>„%1“ wurde nicht entfernt: Seine Prüfungen konnten nicht gelesen werden, um sie für das Rückgängigmachen aufzubewahren.</translation>
    </message>
    <message>
        <source>“%1” is removed from the plan, but what it kept in the keychain could not be deleted. You can delete it with your system&apos;s password manager.</source>
        <translation>„%1“ wurde aus dem Plan entfernt, aber was es im Schlüsselbund hinterlegt hat, konnte nicht gelöscht werden. Sie können es mit der Passwortverwaltung Ihres Systems löschen.</translation>
    </message>
    <message>
        <source>Drop one file or folder on an item.</source>
        <translation>Legen Sie jeweils nur eine Datei oder einen Ordner auf einem Element ab.</translation>
    </message>
    <message>
        <source>Each item is kept in one place: drop the folder that holds it, or the one file.</source>
        <translation>Jedes Element wird an einem Ort aufbewahrt: Legen Sie den Ordner ab, in dem es liegt, oder die eine Datei.</translation>
    </message>
    <message>
        <source>Only a file or folder on this computer can be checked.</source>
        <translation>Nur eine Datei oder ein Ordner auf diesem Computer kann geprüft werden.</translation>
    </message>
    <message>
        <source>Type a web address into “Where it is” instead; Storefort cannot check it from here.</source>
        <translation>Geben Sie stattdessen eine Webadresse unter „Wo es liegt“ ein; Storefort kann sie von hier aus nicht prüfen.</translation>
    </message>
    <message>
        <source>%1 does not fit “%2”.</source>
        <translation>%1 passt nicht zu „%2“.</translation>
    </message>
    <message>
        <source>This plan is open read-only: nothing can be changed.</source>
        <translation>Dieser Plan ist schreibgeschützt geöffnet: Es kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>It is not there any more: it may have been moved or deleted.</source>
        <translation>Es ist nicht mehr da: Vielleicht wurde es verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>A backup is the folder the backups are saved in, or one archive (.tar.gz, .zip, .7z …).</source>
        <translation>Ein Backup ist der Ordner, in dem die Backups gespeichert werden, oder ein einzelnes Archiv (.tar.gz, .zip, .7z …).</translation>
    </message>
    <message>
        <source>The certificate is checked from the folder with its key, or from a .key, .pem, .crt or .csr file.</source>
        <translation>Das Zertifikat wird anhand des Ordners mit seinem Schlüssel geprüft oder anhand einer .key-, .pem-, .crt- oder .csr-Datei.</translation>
    </message>
    <message>
        <source>An export is a CSV file (or the folder the exports are saved in).</source>
        <translation>Ein Export ist eine CSV-Datei (oder der Ordner, in dem die Exporte gespeichert werden).</translation>
    </message>
    <message>
        <source>The code is checked from its folder (a git repository): drop the folder, not a file.</source>
        <translation>Der Code wird anhand seines Ordners (eines git-Repositorys) geprüft: Legen Sie den Ordner ab, nicht eine Datei.</translation>
    </message>
    <message>
        <source>The root account is not kept in a file: its password belongs in the keychain. Note who holds it instead.</source>
        <translation>Das Root-Konto wird nicht in einer Datei aufbewahrt: Sein Passwort gehört in den Schlüsselbund. Notieren Sie stattdessen, wer es verwahrt.</translation>
    </message>
</context>
<context>
    <name>RecoveryKind</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Customer export</source>
        <translation>Kundenexport</translation>
    </message>
    <message>
        <source>Orders export</source>
        <translation>Bestellexport</translation>
    </message>
    <message>
        <source>Product data</source>
        <translation>Produktdaten</translation>
    </message>
    <message>
        <source>Certificate and key</source>
        <translation>Zertifikat und Schlüssel</translation>
    </message>
    <message>
        <source>Code and change log</source>
        <translation>Code und Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Root account</source>
        <translation>Root-Konto</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Passphrase of the private key</source>
        <translation>Passphrase des privaten Schlüssels</translation>
    </message>
    <message>
        <source>Root password</source>
        <translation>Root-Passwort</translation>
    </message>
</context>
<context>
    <name>RecoveryVerifier</name>
    <message>
        <source>That recovery item is no longer in the plan.</source>
        <translation>Dieses Notfall-Element ist nicht mehr im Plan.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar.</translation>
    </message>
</context>
<context>
    <name>RemoveAnswerCommand</name>
    <message>
        <source>Remove the answer to “%1”</source>
        <translation>Antwort auf „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>RemovePersonCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>RemoveProviderCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>RemoveRecoveryItemCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>RemoveSystemCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>%1 holds accounts: removing it cannot be undone, so it is not done here.</source>
        <translation>%1 enthält Konten: Das Entfernen ließe sich nicht rückgängig machen, daher geschieht es hier nicht.</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Usage: storefort-cli report PLAN -o FILE.pdf [--paper a4|letter]</source>
        <translation>Aufruf: storefort-cli report PLAN -o FILE.pdf [--paper a4|letter]</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Write the findings to a spreadsheet file (CSV).</source>
        <translation>Die Befunde in eine Tabellendatei (CSV) schreiben.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Only this step: shop-team, tls, providers, accounts, ddos or binder.</source>
        <translation>Nur dieser Schritt: shop-team, tls, providers, accounts, ddos oder binder.</translation>
    </message>
    <message>
        <source>Leave out accepted findings.</source>
        <translation>Akzeptierte Befunde weglassen.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli findings PLAN [--csv FILE] [--json] [--step KEY] [--open]</source>
        <translation>Aufruf: storefort-cli findings PLAN [--csv FILE] [--json] [--step KEY] [--open]</translation>
    </message>
    <message>
        <source>There is no step “%1”.
%2</source>
        <translation>Es gibt keinen Schritt „%1“.
%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n finding(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Befund).</numerusform>
            <numerusform>%1 geschrieben (%n Befunde).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; accepted: %2</source>
        <translation>%1; akzeptiert: %2</translation>
    </message>
    <message>
        <source>Usage: storefort-cli score PLAN [--json]</source>
        <translation>Aufruf: storefort-cli score PLAN [--json]</translation>
    </message>
    <message>
        <source>Readiness: %1 of 100</source>
        <translation>Bereitschaftswert: %1 von 100</translation>
    </message>
    <message>
        <source>%1: %2 of 100 (%3% filled in, counts %4×) — %5</source>
        <translation>%1: %2 von 100 (%3 % ausgefüllt, zählt %4×) — %5</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review &amp; export</source>
        <translation>Prüfen &amp; exportieren</translation>
    </message>
    <message>
        <source>Save the Plan &amp;Report…</source>
        <translation>&amp;Planbericht speichern…</translation>
    </message>
    <message>
        <source>Save the &amp;Binder…</source>
        <translation>&amp;Notfallordner speichern…</translation>
    </message>
    <message>
        <source>&amp;Preview and Print the Binder</source>
        <translation>Notfallordner &amp;ansehen und drucken</translation>
    </message>
    <message>
        <source>Save the &amp;Calendar…</source>
        <translation>&amp;Kalender speichern…</translation>
    </message>
    <message>
        <source>Look over each step once more, then take the plan out of the computer: the plan report is the complete record of where the shop stands, the binder is what you reach for on a bad day. Print the binder and keep it where you can find it without the shop&apos;s computers, and add the review dates to your calendar.</source>
        <translation>Sehen Sie sich jeden Schritt noch einmal an und holen Sie den Plan dann aus dem Computer heraus: Der Planbericht hält vollständig fest, wo der Shop steht; der Notfallordner ist das, wonach Sie im Ernstfall greifen. Drucken Sie den Notfallordner aus, bewahren Sie ihn dort auf, wo Sie ihn auch ohne die Computer des Shops finden, und tragen Sie die Prüftermine in Ihren Kalender ein.</translation>
    </message>
    <message>
        <source>Each step</source>
        <translation>Jeder Schritt</translation>
    </message>
    <message>
        <source>Save the plan report as PDF</source>
        <translation>Den Planbericht als PDF speichern</translation>
    </message>
    <message>
        <source>Save the contingency binder as PDF</source>
        <translation>Den Notfallordner als PDF speichern</translation>
    </message>
    <message>
        <source>Preview and print the contingency binder</source>
        <translation>Den Notfallordner in der Vorschau ansehen und drucken</translation>
    </message>
    <message>
        <source>Save the review dates as a calendar file</source>
        <translation>Die Prüftermine als Kalenderdatei speichern</translation>
    </message>
    <message>
        <source>Take the plan with you</source>
        <translation>Nehmen Sie den Plan mit</translation>
    </message>
    <message>
        <source>The plan report: every step in full — the shop and its team, the encryption probe, the providers&apos; answers, the accounts, the DDoS plan, the recovery items, every finding with what to do, and what falls due. For you, your agency or an auditor.</source>
        <translation>Der Planbericht: jeder Schritt vollständig — der Shop und sein Team, die Prüfung der Verschlüsselung, die Antworten der Dienstleister, die Konten, der DDoS-Plan, die Notfall-Elemente, jeder Befund mit dem, was zu tun ist, und was fällig wird. Für Sie, Ihre Agentur oder einen Prüfer.</translation>
    </message>
    <message>
        <source>The contingency binder: whom to call, the first hour of each kind of bad day, and where every backup, key and password is kept. Print it and keep it away from the shop&apos;s computers.</source>
        <translation>Der Notfallordner: wen Sie anrufen, die erste Stunde jeder Art von Ernstfall und wo jedes Backup, jeder Schlüssel und jedes Passwort aufbewahrt wird. Drucken Sie ihn aus und bewahren Sie ihn getrennt von den Computern des Shops auf.</translation>
    </message>
    <message>
        <source>The review dates — certificate expiry, answers to ask again, the access review, backup checks, the drill — as a calendar file for your calendar program.</source>
        <translation>Die Prüftermine — Ablauf der Zertifikate, erneut zu stellende Fragen, die Zugriffsprüfung, die Prüfung der Backups, die Übung — als Kalenderdatei für Ihr Kalenderprogramm.</translation>
    </message>
    <message numerus="yes">
        <source>All %n step(s) are done. Readiness score: %1 of 100.</source>
        <translation>
            <numerusform>Der %n Schritt ist erledigt. Bereitschaftswert: %1 von 100.</numerusform>
            <numerusform>Alle %n Schritte sind erledigt. Bereitschaftswert: %1 von 100.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done; readiness score %2 of 100. Double-click a step to go back to it; the documents can be printed at any time and show what is still open.</source>
        <translation>
            <numerusform>%1 von %n Schritt erledigt; Bereitschaftswert %2 von 100. Doppelklicken Sie auf einen Schritt, um zu ihm zurückzukehren; die Dokumente können jederzeit gedruckt werden und zeigen, was noch offen ist.</numerusform>
            <numerusform>%1 von %n Schritten erledigt; Bereitschaftswert %2 von 100. Doppelklicken Sie auf einen Schritt, um zu ihm zurückzukehren; die Dokumente können jederzeit gedruckt werden und zeigen, was noch offen ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Plan Report as PDF</source>
        <translation>Planbericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Save the Binder as PDF</source>
        <translation>Notfallordner als PDF speichern</translation>
    </message>
    <message>
        <source>Writing the plan report…</source>
        <translation>Der Planbericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Writing the binder…</source>
        <translation>Der Notfallordner wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>The plan report (%n page(s)) is saved as %1.</source>
        <translation>
            <numerusform>Der Planbericht (%n Seite) ist als %1 gespeichert.</numerusform>
            <numerusform>Der Planbericht (%n Seiten) ist als %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The binder (%n page(s)) is saved as %1.</source>
        <translation>
            <numerusform>Der Notfallordner (%n Seite) ist als %1 gespeichert.</numerusform>
            <numerusform>Der Notfallordner (%n Seiten) ist als %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan Report Not Saved</source>
        <translation>Planbericht nicht gespeichert</translation>
    </message>
    <message>
        <source>Binder Not Saved</source>
        <translation>Notfallordner nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) saved as %1. Open the file with your calendar program to add them.</source>
        <translation>
            <numerusform>%n Erinnerung als %1 gespeichert. Öffnen Sie die Datei mit Ihrem Kalenderprogramm, um sie hinzuzufügen.</numerusform>
            <numerusform>%n Erinnerungen als %1 gespeichert. Öffnen Sie die Datei mit Ihrem Kalenderprogramm, um sie hinzuzufügen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreGauge</name>
    <message>
        <source>Readiness score</source>
        <translation>Bereitschaftswert</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 von 100</translation>
    </message>
    <message>
        <source>of 100</source>
        <translation>von 100</translation>
    </message>
</context>
<context>
    <name>ScoreHistoryChart</name>
    <message>
        <source>Readiness score over time</source>
        <translation>Bereitschaftswert im Zeitverlauf</translation>
    </message>
    <message>
        <source>No score has been kept yet.</source>
        <translation>Es wurde noch kein Wert festgehalten.</translation>
    </message>
    <message>
        <source>%1 since %2.</source>
        <translation>%1 seit %2.</translation>
    </message>
    <message numerus="yes">
        <source>From %1 on %2 to %3 on %4; the score changed %n time(s).</source>
        <translation>
            <numerusform>Von %1 am %2 auf %3 am %4; der Wert hat sich %n-mal geändert.</numerusform>
            <numerusform>Von %1 am %2 auf %3 am %4; der Wert hat sich %n-mal geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keychain is available on this computer, so Storefort cannot keep passwords. Everything else still works.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, deshalb kann Storefort keine Passwörter aufbewahren. Alles andere funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>The keychain is locked, so Storefort cannot reach the passwords in it. Unlock it (often by logging in again) and try once more.</source>
        <translation>Der Schlüsselbund ist gesperrt, deshalb kommt Storefort nicht an die Passwörter darin. Entsperren Sie ihn (oft durch erneutes Anmelden) und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The keychain did not let Storefort in, so Storefort cannot keep passwords. Allow Storefort when the keychain asks, or check the keychain&apos;s settings.</source>
        <translation>Der Schlüsselbund hat Storefort keinen Zugriff gewährt, deshalb kann Storefort keine Passwörter aufbewahren. Erlauben Sie Storefort den Zugriff, wenn der Schlüsselbund nachfragt, oder prüfen Sie die Einstellungen des Schlüsselbunds.</translation>
    </message>
    <message>
        <source>No password is kept in the keychain for this item yet.</source>
        <translation>Für dieses Element ist noch kein Passwort im Schlüsselbund hinterlegt.</translation>
    </message>
    <message>
        <source>Storefort could not read the password from the keychain.</source>
        <translation>Storefort konnte das Passwort nicht aus dem Schlüsselbund lesen.</translation>
    </message>
    <message>
        <source>Storefort could not save the password in the keychain.</source>
        <translation>Storefort konnte das Passwort nicht im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <source>Storefort could not remove the password from the keychain.</source>
        <translation>Storefort konnte das Passwort nicht aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>Storefort could not check the keychain.</source>
        <translation>Storefort konnte den Schlüsselbund nicht prüfen.</translation>
    </message>
    <message>
        <source>This item&apos;s password reference is damaged, so Storefort cannot look the password up. Enter the password again to repair it.</source>
        <translation>Der Verweis auf das Passwort dieses Elements ist beschädigt, deshalb kann Storefort das Passwort nicht finden. Geben Sie das Passwort erneut ein, um ihn zu reparieren.</translation>
    </message>
</context>
<context>
    <name>ServerResponseParser</name>
    <message>
        <source>The server sent far more data than a handshake needs.</source>
        <translation>Der Server hat weit mehr Daten gesendet, als ein Handshake braucht.</translation>
    </message>
    <message>
        <source>The server answered in plain HTTP, not TLS.</source>
        <translation>Der Server hat mit einfachem HTTP geantwortet, nicht mit TLS.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not TLS.</source>
        <translation>Die Antwort des Servers ist kein TLS.</translation>
    </message>
    <message>
        <source>The server sent a record of unknown type %1.</source>
        <translation>Der Server hat einen Record unbekannten Typs %1 gesendet.</translation>
    </message>
    <message>
        <source>The server sent a record with version %1.</source>
        <translation>Der Server hat einen Record mit Version %1 gesendet.</translation>
    </message>
    <message>
        <source>The server sent a record of %1 bytes, more than TLS allows.</source>
        <translation>Der Server hat einen Record mit %1 Byte gesendet, mehr als TLS erlaubt.</translation>
    </message>
    <message>
        <source>The server sent an empty record.</source>
        <translation>Der Server hat einen leeren Record gesendet.</translation>
    </message>
    <message>
        <source>The server sent an alert of unknown level %1.</source>
        <translation>Der Server hat einen Alert mit unbekannter Stufe %1 gesendet.</translation>
    </message>
    <message>
        <source>The server sent encrypted data before any handshake.</source>
        <translation>Der Server hat vor jedem Handshake verschlüsselte Daten gesendet.</translation>
    </message>
    <message>
        <source>The server sent a handshake message of %1 bytes, far more than needed.</source>
        <translation>Der Server hat eine Handshake-Nachricht mit %1 Byte gesendet, weit mehr als nötig.</translation>
    </message>
    <message>
        <source>The server sent two ServerHello messages.</source>
        <translation>Der Server hat zwei ServerHello-Nachrichten gesendet.</translation>
    </message>
    <message>
        <source>The server sent handshake message %1 before its ServerHello.</source>
        <translation>Der Server hat die Handshake-Nachricht %1 vor seinem ServerHello gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s ServerHelloDone is not empty.</source>
        <translation>Das ServerHelloDone des Servers ist nicht leer.</translation>
    </message>
    <message>
        <source>The server&apos;s ServerHello is malformed.</source>
        <translation>Das ServerHello des Servers ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The server&apos;s ServerHello has a malformed extension.</source>
        <translation>Das ServerHello des Servers enthält eine fehlerhafte Erweiterung.</translation>
    </message>
    <message>
        <source>The server&apos;s ServerHello repeats extension %1.</source>
        <translation>Das ServerHello des Servers wiederholt die Erweiterung %1.</translation>
    </message>
    <message>
        <source>The server&apos;s Certificate message is malformed.</source>
        <translation>Die Certificate-Nachricht des Servers ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The server sent more than %1 certificates.</source>
        <translation>Der Server hat mehr als %1 Zertifikate gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s key exchange message is malformed.</source>
        <translation>Die Schlüsselaustausch-Nachricht des Servers ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The server&apos;s SSLv2 hello is malformed.</source>
        <translation>Das SSLv2-Hello des Servers ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The server refused the SSLv2 hello (error %1).</source>
        <translation>Der Server hat das SSLv2-Hello abgelehnt (Fehler %1).</translation>
    </message>
    <message>
        <source>The server answered with the alert “%1”.</source>
        <translation>Der Server hat mit dem Alert „%1“ geantwortet.</translation>
    </message>
    <message>
        <source>The server closed the connection in the middle of a message.</source>
        <translation>Der Server hat die Verbindung mitten in einer Nachricht geschlossen.</translation>
    </message>
    <message>
        <source>The server closed the connection without an answer.</source>
        <translation>Der Server hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
</context>
<context>
    <name>SetAnswerCommand</name>
    <message>
        <source>The answer to “%1” has evidence files now, so it is not taken back. Remove the answer itself if it should go.</source>
        <translation>Die Antwort auf „%1“ hat inzwischen Nachweisdateien und wird deshalb nicht zurückgenommen. Entfernen Sie die Antwort selbst, wenn sie weg soll.</translation>
    </message>
    <message>
        <source>Answer “%1”</source>
        <translation>„%1“ beantworten</translation>
    </message>
</context>
<context>
    <name>SetAnswersCommand</name>
    <message numerus="yes">
        <source>Record %n answer(s) from %1</source>
        <translation>
            <numerusform>%n Antwort von %1 erfassen</numerusform>
            <numerusform>%n Antworten von %1 erfassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetPlatformCommand</name>
    <message>
        <source>Change Platform</source>
        <translation>Plattform ändern</translation>
    </message>
</context>
<context>
    <name>SetShopNameCommand</name>
    <message>
        <source>Rename Shop</source>
        <translation>Shop umbenennen</translation>
    </message>
</context>
<context>
    <name>SetShopPersonCommand</name>
    <message>
        <source>Change Plan Owner</source>
        <translation>Verantwortliche Person ändern</translation>
    </message>
    <message>
        <source>Change Who I Am</source>
        <translation>„Ich bin“ ändern</translation>
    </message>
</context>
<context>
    <name>SetSiteUrlsCommand</name>
    <message>
        <source>Change Website Addresses</source>
        <translation>Webadressen ändern</translation>
    </message>
</context>
<context>
    <name>SettingsAppearanceTab</name>
    <message>
        <source>How Storefort looks. Text size always follows your system&apos;s font settings.</source>
        <translation>Wie Storefort aussieht. Die Textgröße richtet sich immer nach den Schrifteinstellungen Ihres Systems.</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>The colours and style of your desktop, light or dark as it is set.</source>
        <translation>Die Farben und der Stil Ihres Desktops, hell oder dunkel, je nach Einstellung.</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds, whatever the desktop uses.</source>
        <translation>Dunkler Text auf hellem Hintergrund, ganz gleich, was der Desktop verwendet.</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>Dun&amp;kel</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds, easier on the eyes in a dim room.</source>
        <translation>Heller Text auf dunklem Hintergrund, angenehmer für die Augen in einem dunklen Raum.</translation>
    </message>
    <message>
        <source>A choice shows at once; Cancel puts back the one before.</source>
        <translation>Eine Auswahl wirkt sofort; „Abbrechen“ stellt die vorherige wieder her.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>Pro&amp;be</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>The rules were not all saved.</source>
        <translation>Nicht alle Regeln wurden gespeichert.</translation>
    </message>
</context>
<context>
    <name>SettingsGeneralTab</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Storefort uses the new language the next time it starts.</source>
        <translation>Storefort verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>SettingsProbeTab</name>
    <message>
        <source>The probe looks at your site the way a visitor&apos;s browser would, many times over. These settings make it gentler on a small server or a slow connection. They are used from the next probe.</source>
        <translation>Die Prüfung sieht sich Ihre Website so an, wie es der Browser eines Besuchers tun würde, nur viele Male hintereinander. Mit diesen Einstellungen wird sie schonender für einen kleinen Server oder eine langsame Verbindung. Sie gelten ab der nächsten Prüfung.</translation>
    </message>
    <message>
        <source> at once</source>
        <translation> gleichzeitig</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>&amp;Connections to your site:</source>
        <translation>&amp;Verbindungen zu Ihrer Website:</translation>
    </message>
    <message>
        <source>How many connections the probe opens at the same time. Fewer is gentler on a small server; more finishes sooner.</source>
        <translation>Wie viele Verbindungen die Prüfung gleichzeitig öffnet. Weniger schont einen kleinen Server; mehr ist schneller fertig.</translation>
    </message>
    <message>
        <source>&amp;Wait for an answer:</source>
        <translation>Auf Antwort &amp;warten:</translation>
    </message>
    <message>
        <source>How long to wait for your site to connect or answer before that step counts as failed. Raise it for a slow server or connection.</source>
        <translation>Wie lange gewartet wird, bis Ihre Website die Verbindung annimmt oder antwortet, bevor dieser Schritt als fehlgeschlagen gilt. Erhöhen Sie den Wert bei einem langsamen Server oder einer langsamen Verbindung.</translation>
    </message>
    <message>
        <source>&amp;Stop a probe after:</source>
        <translation>Prüfung &amp;beenden nach:</translation>
    </message>
    <message>
        <source>A probe that takes longer stops and says so, instead of running on.</source>
        <translation>Eine Prüfung, die länger dauert, wird beendet und meldet das, statt weiterzulaufen.</translation>
    </message>
    <message>
        <source>Use the &amp;Defaults</source>
        <translation>&amp;Standardwerte verwenden</translation>
    </message>
    <message>
        <source>The command line&apos;s probe takes the same as --parallel, --timeout and --budget.</source>
        <translation>Die Prüfung über die Befehlszeile nimmt dieselben Werte über --parallel, --timeout und --budget entgegen.</translation>
    </message>
</context>
<context>
    <name>SettingsRulesTab</name>
    <message>
        <source>These limits decide when the plan&apos;s checks raise a finding or say that something is due. They are kept in the plan, so everyone who opens it — and the command line — judges by the same rules.</source>
        <translation>Diese Schwellenwerte legen fest, wann die Prüfungen des Plans einen Befund melden oder anzeigen, dass etwas fällig ist. Sie werden im Plan gespeichert, sodass alle, die ihn öffnen – und auch die Befehlszeile –, nach denselben Regeln urteilen.</translation>
    </message>
    <message>
        <source>Accounts and passwords</source>
        <translation>Konten und Passwörter</translation>
    </message>
    <message>
        <source>Change &amp;passwords at least every:</source>
        <translation>Passwörter ä&amp;ndern spätestens nach:</translation>
    </message>
    <message>
        <source>A password unchanged for longer becomes a finding in Accounts &amp; access.</source>
        <translation>Ein Passwort, das länger nicht geändert wurde, wird zu einem Befund in „Konten und Zugriff“.</translation>
    </message>
    <message>
        <source>… with &amp;no second sign-in step:</source>
        <translation>… &amp;ohne zweiten Anmeldeschritt:</translation>
    </message>
    <message>
        <source>Where a password alone lets someone in (no code or key as well), it should change sooner.</source>
        <translation>Wo ein Passwort allein jemanden hineinlässt (ohne zusätzlichen Code oder Schlüssel), sollte es früher geändert werden.</translation>
    </message>
    <message>
        <source>An account is &amp;unused after:</source>
        <translation>Ein Konto gilt als &amp;ungenutzt nach:</translation>
    </message>
    <message>
        <source>An account nobody signed in to for this long becomes a finding: close it, or say why it stays.</source>
        <translation>Ein Konto, bei dem sich so lange niemand angemeldet hat, wird zu einem Befund: Schließen Sie es oder geben Sie an, warum es bleibt.</translation>
    </message>
    <message>
        <source>Review a&amp;ccess every:</source>
        <translation>&amp;Zugriffe prüfen spätestens nach:</translation>
    </message>
    <message>
        <source>How long after the last access review the next one falls due.</source>
        <translation>Wie lange nach der letzten Zugriffsprüfung die nächste fällig wird.</translation>
    </message>
    <message>
        <source>&amp;More Account Rules…</source>
        <translation>&amp;Weitere Kontenregeln…</translation>
    </message>
    <message>
        <source>Admin accounts, password length, audit logs and developers&apos; letters.</source>
        <translation>Administratorkonten, Passwortlänge, Protokolle (Audit-Logs) und Briefe an Entwickler.</translation>
    </message>
    <message>
        <source>Providers&apos; answers</source>
        <translation>Antworten der Dienstleister</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monaten</translation>
    </message>
    <message>
        <source>Ask providers aga&amp;in after:</source>
        <translation>Dienstleister erneut fra&amp;gen nach:</translation>
    </message>
    <message>
        <source>An answer older than this is due to be asked again; the Providers step marks it.</source>
        <translation>Eine Antwort, die älter ist, muss erneut erfragt werden; der Schritt „Dienstleister“ markiert sie.</translation>
    </message>
    <message>
        <source>Backups and recovery</source>
        <translation>Backups und Wiederherstellung</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Newest bac&amp;kup at most:</source>
        <translation>Neuestes Bac&amp;kup nicht älter als:</translation>
    </message>
    <message>
        <source>A backup folder whose newest backup is older fails its check. Used from the next check of the backups.</source>
        <translation>Ein Backup-Ordner, dessen neuestes Backup älter ist, besteht seine Prüfung nicht. Gilt ab der nächsten Prüfung der Backups.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Check recovery items &amp;every:</source>
        <translation>Notfall-&amp;Elemente prüfen spätestens nach:</translation>
    </message>
    <message>
        <source>An item not checked for longer becomes a finding in the Contingency binder.</source>
        <translation>Ein Element, das länger nicht geprüft wurde, wird zu einem Befund im „Notfallordner“.</translation>
    </message>
    <message>
        <source>This plan is open read-only, so its rules cannot be changed here.</source>
        <translation>Dieser Plan ist schreibgeschützt geöffnet, daher können seine Regeln hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>The plan was closed, so its rules were not changed.</source>
        <translation>Der Plan wurde geschlossen, daher wurden seine Regeln nicht geändert.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>ShopFindings</name>
    <message>
        <source>The shop&apos;s web address is not in the plan</source>
        <translation>Die Webadresse des Shops fehlt im Plan</translation>
    </message>
    <message>
        <source>Storefort checks the site&apos;s encryption, and what stands in front of it, at this address. Without it those checks cannot run, and the binder cannot name the site.</source>
        <translation>Storefort prüft unter dieser Adresse die Verschlüsselung der Website und was ihr vorgeschaltet ist. Ohne sie können diese Prüfungen nicht laufen, und der Notfallordner kann die Website nicht nennen.</translation>
    </message>
    <message>
        <source>No web address is recorded.</source>
        <translation>Es ist keine Webadresse erfasst.</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s address (for example shop.example) in Shop &amp; team.</source>
        <translation>Geben Sie die Adresse des Shops (zum Beispiel shop.example) im Schritt „Shop und Team“ ein.</translation>
    </message>
    <message>
        <source>Nobody is named as the plan&apos;s owner</source>
        <translation>Für den Plan ist niemand als verantwortlich benannt</translation>
    </message>
    <message>
        <source>Someone must keep the plan up to date and decide about the risks it finds. When nobody is named, everyone assumes someone else does it.</source>
        <translation>Jemand muss den Plan aktuell halten und über die Risiken entscheiden, die er aufdeckt. Wenn niemand benannt ist, verlässt sich jeder darauf, dass es ein anderer tut.</translation>
    </message>
    <message>
        <source>No owner is chosen.</source>
        <translation>Es ist niemand als verantwortlich gewählt.</translation>
    </message>
    <message>
        <source>Choose the plan&apos;s owner in Shop &amp; team.</source>
        <translation>Wählen Sie im Schritt „Shop und Team“, wer für den Plan verantwortlich ist.</translation>
    </message>
    <message>
        <source>The plan&apos;s owner has left</source>
        <translation>Die für den Plan verantwortliche Person ist ausgeschieden</translation>
    </message>
    <message>
        <source>The person who keeps the plan and decides about its risks is no longer there, so nobody does.</source>
        <translation>Die Person, die den Plan pflegt und über seine Risiken entscheidet, ist nicht mehr da, also tut es niemand.</translation>
    </message>
    <message>
        <source>%1 is named as the owner, but has left the team.</source>
        <translation>%1 ist als verantwortlich benannt, ist aber aus dem Team ausgeschieden.</translation>
    </message>
    <message>
        <source>Choose who owns the plan now in Shop &amp; team.</source>
        <translation>Wählen Sie im Schritt „Shop und Team“, wer jetzt für den Plan verantwortlich ist.</translation>
    </message>
    <message>
        <source>Only one person knows the plan</source>
        <translation>Nur eine Person kennt den Plan</translation>
    </message>
    <message>
        <source>If that person is ill, on holiday or leaves, nobody else knows whom to call or where the backups are.</source>
        <translation>Wenn diese Person krank oder im Urlaub ist oder ausscheidet, weiß niemand sonst, wen man anrufen muss oder wo die Backups liegen.</translation>
    </message>
    <message>
        <source>Nobody is on the team yet.</source>
        <translation>Noch ist niemand im Team.</translation>
    </message>
    <message numerus="yes">
        <source>The team has %n active member(s).</source>
        <translation>
            <numerusform>Das Team hat %n aktives Mitglied.</numerusform>
            <numerusform>Das Team hat %n aktive Mitglieder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one more person (a colleague, your developer or your agency) in Shop &amp; team.</source>
        <translation>Fügen Sie im Schritt „Shop und Team“ mindestens eine weitere Person hinzu (eine Kollegin oder einen Kollegen, Ihren Entwickler oder Ihre Agentur).</translation>
    </message>
</context>
<context>
    <name>ShopPlatform</name>
    <message>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
    <message>
        <source>Magento / Adobe Commerce</source>
        <translation>Magento / Adobe Commerce</translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <source>PrestaShop</source>
        <translation>PrestaShop</translation>
    </message>
    <message>
        <source>Shopware</source>
        <translation>Shopware</translation>
    </message>
    <message>
        <source>Drupal Commerce</source>
        <translation>Drupal Commerce</translation>
    </message>
    <message>
        <source>BigCommerce</source>
        <translation>BigCommerce</translation>
    </message>
    <message>
        <source>Another platform</source>
        <translation>Andere Plattform</translation>
    </message>
</context>
<context>
    <name>ShopProfile</name>
    <message>
        <source>Give the shop a name, as your customers know it.</source>
        <translation>Geben Sie dem Shop einen Namen, so wie Ihre Kundschaft ihn kennt.</translation>
    </message>
    <message>
        <source>The shop&apos;s name is too long (at most 200 characters).</source>
        <translation>Der Name des Shops ist zu lang (höchstens 200 Zeichen).</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s web address, for example https://shop.example.</source>
        <translation>Geben Sie die Webadresse des Shops ein, zum Beispiel https://shop.example.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Write it like https://shop.example.</source>
        <translation>„%1“ ist keine Webadresse. Schreiben Sie sie wie https://shop.example.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address: it should start with https://.</source>
        <translation>„%1“ ist keine Webadresse: Sie sollte mit https:// beginnen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no domain ending such as .com. Write it like https://shop.example.</source>
        <translation>„%1“ hat keine Domain-Endung wie .de. Schreiben Sie sie wie https://shop.example.</translation>
    </message>
    <message>
        <source>A web address cannot contain spaces.</source>
        <translation>Eine Webadresse darf keine Leerzeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>ShopProfileForm</name>
    <message>
        <source>Shop name</source>
        <translation>Name des Shops</translation>
    </message>
    <message>
        <source>The name your customers know</source>
        <translation>Der Name, den Ihre Kundschaft kennt</translation>
    </message>
    <message>
        <source>Shop platform</source>
        <translation>Shop-Plattform</translation>
    </message>
    <message>
        <source>Plan owner</source>
        <translation>Verantwortlich für den Plan</translation>
    </message>
    <message>
        <source>The person who answers for this plan and keeps it up to date</source>
        <translation>Die Person, die für diesen Plan verantwortlich ist und ihn aktuell hält</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Ich bin</translation>
    </message>
    <message>
        <source>The history records your changes under this name</source>
        <translation>Der Verlauf hält Ihre Änderungen unter diesem Namen fest</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>Shop-&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Web addresses:</source>
        <translation>&amp;Webadressen:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>Plan &amp;owner:</source>
        <translation>&amp;Verantwortlich für den Plan:</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Ich bin:</translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation>Noch niemand gewählt</translation>
    </message>
    <message>
        <source>Not chosen (changes are recorded under your computer account)</source>
        <translation>Nicht gewählt (Änderungen werden unter Ihrem Benutzerkonto am Computer festgehalten)</translation>
    </message>
    <message>
        <source>Add the team below, then choose who owns the plan and which of them you are.</source>
        <translation>Fügen Sie unten das Team hinzu und wählen Sie dann, wer für den Plan verantwortlich ist und wer davon Sie sind.</translation>
    </message>
    <message>
        <source>%1 (has left)</source>
        <translation>%1 (ausgeschieden)</translation>
    </message>
</context>
<context>
    <name>ShopTeamPage</name>
    <message>
        <source>Shop &amp; team</source>
        <translation>Shop und Team</translation>
    </message>
    <message>
        <source>Your security plan starts with the shop it protects and the people who work on it. Later steps use this to say who holds each backup and key, and whose access to remove when someone leaves. Fill in your shop&apos;s details, then add everyone on the team, including developers and agencies.</source>
        <translation>Ihr Sicherheitsplan beginnt mit dem Shop, den er schützt, und den Menschen, die daran arbeiten. Spätere Schritte zeigen damit, wer welches Backup und welchen Schlüssel hat und wessen Zugänge entfernt werden müssen, wenn jemand geht. Tragen Sie die Angaben zu Ihrem Shop ein und fügen Sie dann alle aus dem Team hinzu, auch Entwickler und Agenturen.</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Ihr Shop</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Das Team</translation>
    </message>
</context>
<context>
    <name>ShopWizardPage</name>
    <message>
        <source>Your Shop</source>
        <translation>Ihr Shop</translation>
    </message>
    <message>
        <source>Its name, where your customers find it, and what it runs on.</source>
        <translation>Sein Name, wo Ihre Kunden ihn finden und worauf er läuft.</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Name des Shops</translation>
    </message>
    <message>
        <source>The name your customers know</source>
        <translation>Der Name, den Ihre Kundschaft kennt</translation>
    </message>
    <message>
        <source>Where your customers find the shop, like https://shop.example. Leave it empty if the shop is not online yet.</source>
        <translation>Wo Ihre Kunden den Shop finden, zum Beispiel https://shop.example. Lassen Sie das Feld leer, wenn der Shop noch nicht online ist.</translation>
    </message>
    <message>
        <source>Shop platform</source>
        <translation>Shop-Plattform</translation>
    </message>
    <message>
        <source>The software or service your shop runs on</source>
        <translation>Die Software oder der Dienst, auf dem Ihr Shop läuft</translation>
    </message>
    <message>
        <source>&amp;Shop name:</source>
        <extracomment>Mnemonics on the wizard&apos;s pages must differ from those of its Back and Next buttons</extracomment>
        <translation>Shop-&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>W&amp;ebadresse:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
</context>
<context>
    <name>SiteUrlsEditor</name>
    <message>
        <source>Add Ano&amp;ther Address</source>
        <translation>Weitere &amp;Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Add another web address where the shop can be reached</source>
        <translation>Eine weitere Webadresse hinzufügen, unter der der Shop erreichbar ist</translation>
    </message>
    <message>
        <source>https://shop.example</source>
        <translation>https://shop.example</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Web address %1</source>
        <translation>Webadresse %1</translation>
    </message>
    <message>
        <source>Remove web address %1</source>
        <translation>Webadresse %1 entfernen</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Diese Adresse entfernen</translation>
    </message>
</context>
<context>
    <name>Ssl2Probe</name>
    <message>
        <source>The SSL 2 check was cancelled.</source>
        <translation>Die Prüfung auf SSL 2 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>StartReminders</name>
    <message>
        <source>Show &amp;Where You Stand</source>
        <translation>&amp;Ihren Stand anzeigen</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (fällig: %2)</translation>
    </message>
    <message numerus="yes">
        <source>And %n more on the dashboard.</source>
        <translation>
            <numerusform>Und %n weiterer Punkt unter „Ihr Stand“.</numerusform>
            <numerusform>Und %n weitere Punkte unter „Ihr Stand“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) fell due since you last opened this plan.</source>
        <translation>
            <numerusform>%n Punkt ist fällig geworden, seit Sie diesen Plan zuletzt geöffnet haben.</numerusform>
            <numerusform>%n Punkte sind fällig geworden, seit Sie diesen Plan zuletzt geöffnet haben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPageFrame</name>
    <message>
        <source>Back: %1</source>
        <translation>Zurück: %1</translation>
    </message>
    <message>
        <source>Back to the step before: %1</source>
        <translation>Zurück zum vorherigen Schritt: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Weiter: %1</translation>
    </message>
    <message>
        <source>On to the next step: %1</source>
        <translation>Weiter zum nächsten Schritt: %1</translation>
    </message>
</context>
<context>
    <name>SystemDialog</name>
    <message>
        <source>Last looked through on</source>
        <translation>Zuletzt durchgesehen am</translation>
    </message>
    <message>
        <source>Add a System</source>
        <translation>System hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>A place where people sign in to work on the shop: the shop&apos;s admin, the hosting panel, email, the payment provider&apos;s dashboard. You can import its accounts once it is added.</source>
        <translation>Ein Ort, an dem sich Leute anmelden, um am Shop zu arbeiten: der Admin-Bereich des Shops, das Hosting-Panel, die E-Mail, das Dashboard des Zahlungsdienstleisters. Sobald das System hinzugefügt ist, können Sie seine Konten importieren.</translation>
    </message>
    <message>
        <source>What kind of system this is</source>
        <translation>Um welche Art von System es sich handelt</translation>
    </message>
    <message>
        <source>For example: WordPress admin</source>
        <translation>Zum Beispiel: WordPress-Admin</translation>
    </message>
    <message>
        <source>A name you will recognise, such as &quot;Shop admin&quot; or &quot;Google Workspace&quot;</source>
        <translation>Ein Name, den Sie wiedererkennen, etwa „Shop-Admin“ oder „Google Workspace“</translation>
    </message>
    <message>
        <source>Nobody: the shop runs it itself</source>
        <translation>Niemand: Der Shop betreibt es selbst</translation>
    </message>
    <message>
        <source>The provider that runs this system for the shop. Add providers in the Providers step.</source>
        <translation>Der Dienstleister, der dieses System für den Shop betreibt. Dienstleister fügen Sie im Schritt „Dienstleister“ hinzu.</translation>
    </message>
    <message>
        <source>Does the system write down who signed in and what they changed? Without such a log you cannot find out what happened after a break-in.</source>
        <translation>Zeichnet das System auf, wer sich angemeldet und was geändert hat? Ohne ein solches Protokoll können Sie nach einem Einbruch nicht herausfinden, was passiert ist.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>How long the log keeps its entries. A break-in is often found weeks later: 90 days or more is good.</source>
        <translation>Wie lange das Protokoll seine Einträge aufbewahrt. Ein Einbruch wird oft erst Wochen später entdeckt: 90 Tage oder mehr sind gut.</translation>
    </message>
    <message>
        <source>Leave this off if nobody has ever looked through the log.</source>
        <translation>Lassen Sie dies ausgeschaltet, wenn noch nie jemand das Protokoll durchgesehen hat.</translation>
    </message>
    <message>
        <source>Date the audit log was last looked through</source>
        <translation>Datum, an dem das Protokoll (Audit-Log) zuletzt durchgesehen wurde</translation>
    </message>
    <message>
        <source>Does the system make every account use a second step to sign in (an app or a code), so that a stolen password alone is not enough?</source>
        <translation>Verlangt das System für jedes Konto einen zweiten Schritt bei der Anmeldung (eine App oder einen Code), sodass ein gestohlenes Passwort allein nicht genügt?</translation>
    </message>
    <message>
        <source>No rule</source>
        <translation>Keine Vorgabe</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>The shortest password the system accepts. 12 characters or more is good.</source>
        <translation>Das kürzeste Passwort, das das System akzeptiert. 12 Zeichen oder mehr sind gut.</translation>
    </message>
    <message>
        <source>Only when it may have leaked</source>
        <translation>Nur bei Verdacht auf ein Leck</translation>
    </message>
    <message>
        <source>After how many days a password must be changed. Changing passwords only when they may have leaked is today&apos;s advice.</source>
        <translation>Nach wie vielen Tagen ein Passwort geändert werden muss. Heute rät man, Passwörter nur zu ändern, wenn sie nach außen gelangt sein könnten.</translation>
    </message>
    <message>
        <source>Never locks</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> failed attempts</source>
        <translation> Fehlversuchen</translation>
    </message>
    <message>
        <source>After how many wrong passwords in a row the account is locked, which stops someone from guessing.</source>
        <translation>Nach wie vielen falschen Passwörtern in Folge das Konto gesperrt wird; das hindert andere daran, Passwörter zu erraten.</translation>
    </message>
    <message>
        <source>For example: admin or root</source>
        <translation>Zum Beispiel: admin oder root</translation>
    </message>
    <message>
        <source>The user name of the account the system came with. It should not be used for daily work.</source>
        <translation>Der Benutzername des Kontos, das das System von Haus aus mitbringt. Es sollte nicht für die tägliche Arbeit verwendet werden.</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Run &amp;by:</source>
        <translation>&amp;Betrieben von:</translation>
    </message>
    <message>
        <source>Built-in &amp;admin:</source>
        <translation>Eingebautes Ad&amp;min-Konto:</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Protokoll (Audit-Log)</translation>
    </message>
    <message>
        <source>It keeps a &amp;log:</source>
        <translation>Führt ein &amp;Protokoll:</translation>
    </message>
    <message>
        <source>Kept &amp;for:</source>
        <translation>Aufbewahrungs&amp;dauer:</translation>
    </message>
    <message>
        <source>Looked through:</source>
        <translation>Durchgesehen:</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Two-step sign-in &amp;required:</source>
        <translation>Anmeldung in zwei Schritten &amp;vorgeschrieben:</translation>
    </message>
    <message>
        <source>Shortest &amp;password:</source>
        <translation>&amp;Kürzestes Passwort:</translation>
    </message>
    <message>
        <source>Password must be &amp;changed after:</source>
        <translation>Passwort&amp;wechsel alle:</translation>
    </message>
    <message>
        <source>Account &amp;locks after:</source>
        <translation>Konto wird gesper&amp;rt nach:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>TcpStream</name>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The address %1 is not an IP address.</source>
        <translation>Die Adresse %1 ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Could not open a connection: %1</source>
        <translation>Es konnte keine Verbindung geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The connection was refused.</source>
        <translation>Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>The server could not be reached within %1 s.</source>
        <translation>Der Server war innerhalb von %1 s nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>Could not send to the server: %1</source>
        <translation>Senden an den Server nicht möglich: %1</translation>
    </message>
    <message>
        <source>The server reset the connection.</source>
        <translation>Der Server hat die Verbindung zurückgesetzt.</translation>
    </message>
    <message>
        <source>Could not read from the server: %1</source>
        <translation>Lesen vom Server nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <source>&amp;Add Person…</source>
        <translation>Person hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>No one is on the team yet. Start with yourself, then add everyone who works on the shop: staff, developers, the agency, and your contacts at the host.</source>
        <translation>Noch ist niemand im Team. Beginnen Sie mit sich selbst und fügen Sie dann alle hinzu, die am Shop arbeiten: Personal, Entwickler, die Agentur und Ihre Ansprechpartner beim Hoster.</translation>
    </message>
    <message>
        <source>Add someone who works on or for the shop</source>
        <translation>Jemanden hinzufügen, der im oder für den Shop arbeitet</translation>
    </message>
    <message>
        <source>Change the selected person&apos;s details</source>
        <translation>Angaben der ausgewählten Person ändern</translation>
    </message>
    <message>
        <source>Take the selected person off the team</source>
        <translation>Die ausgewählte Person aus dem Team entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the team?

If they have left, you can instead keep them on the team marked as left, so the plan can check their access was removed. You can undo the removal with Edit &gt; Undo.</source>
        <translation>%1 aus dem Team entfernen?

Wenn die Person ausgeschieden ist, können Sie sie stattdessen als ausgeschieden im Team behalten, damit der Plan prüfen kann, ob ihre Zugänge entfernt wurden. Sie können das Entfernen mit Bearbeiten &gt; Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Remove Team Member</source>
        <translation>Teammitglied entfernen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Owns the plan</source>
        <translation>Verantwortlich für den Plan</translation>
    </message>
    <message>
        <source>Uses Storefort on this computer</source>
        <translation>Nutzt Storefort auf diesem Computer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role in the business</source>
        <translation>Rolle im Unternehmen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Ausgeschieden am</translation>
    </message>
</context>
<context>
    <name>TeamWizardPage</name>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Works as</source>
        <translation>&amp;Tätig als</translation>
    </message>
    <message>
        <source>Add Another &amp;Person</source>
        <translation>Weitere &amp;Person hinzufügen</translation>
    </message>
    <message>
        <source>Your Team</source>
        <translation>Ihr Team</translation>
    </message>
    <message>
        <source>Who works on the shop: you, your staff, and the developers or agency who build it. A few names are enough for now; you can add more later.</source>
        <translation>Wer am Shop arbeitet: Sie, Ihr Personal und die Entwickler oder die Agentur, die ihn bauen. Ein paar Namen genügen fürs Erste; Sie können später weitere hinzufügen.</translation>
    </message>
    <message>
        <source>Plan owner</source>
        <translation>Verantwortlich für den Plan</translation>
    </message>
    <message>
        <source>Which one is you</source>
        <translation>Wer davon Sie sind</translation>
    </message>
    <message>
        <source>Already on the team: %1. Add anyone else below; a name already on the team is not added twice.</source>
        <translation>Bereits im Team: %1. Fügen Sie unten weitere Personen hinzu; ein Name, der schon im Team ist, wird nicht doppelt hinzugefügt.</translation>
    </message>
    <message>
        <source>Plan &amp;owner:</source>
        <translation>&amp;Verantwortlich für den Plan:</translation>
    </message>
    <message>
        <source>The person who answers for the plan and keeps it up to date.</source>
        <translation>Die Person, die für den Plan verantwortlich ist und ihn aktuell hält.</translation>
    </message>
    <message>
        <source>Which one is &amp;you?</source>
        <translation>Wer davon sind &amp;Sie?</translation>
    </message>
    <message>
        <source>The plan&apos;s history records your changes under this name.</source>
        <translation>Der Verlauf des Plans hält Ihre Änderungen unter diesem Namen fest.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Diese Zeile entfernen</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>you@shop.example</source>
        <translation>you@shop.example</translation>
    </message>
    <message>
        <source>e.g. Bookkeeper</source>
        <translation>z. B. Buchhaltung</translation>
    </message>
    <message>
        <source>name@shop.example</source>
        <translation>name@shop.example</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Name von Person %1</translation>
    </message>
    <message>
        <source>Role of person %1</source>
        <translation>Rolle von Person %1</translation>
    </message>
    <message>
        <source>E-mail of person %1</source>
        <translation>E-Mail von Person %1</translation>
    </message>
    <message>
        <source>What person %1 works as</source>
        <translation>Als was Person %1 tätig ist</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Person %1 entfernen</translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation>Noch niemand gewählt</translation>
    </message>
    <message>
        <source>None of them (changes are recorded under your computer account)</source>
        <translation>Keine davon (Änderungen werden unter Ihrem Benutzerkonto am Computer festgehalten)</translation>
    </message>
</context>
<context>
    <name>TlsCertificateView</name>
    <message>
        <source>The site showed no certificate.</source>
        <translation>Die Website hat kein Zertifikat vorgezeigt.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <source>Names it covers:</source>
        <translation>Gilt für die Namen:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Trusted by browsers:</source>
        <translation>Browser vertrauen ihm:</translation>
    </message>
    <message>
        <source>Matches the site&apos;s name:</source>
        <translation>Passt zum Namen der Website:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Kette:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <source>OCSP stapling:</source>
        <translation>OCSP-Stapling:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Public key (SPKI) SHA-256:</source>
        <translation>Öffentlicher Schlüssel (SPKI) SHA-256:</translation>
    </message>
    <message>
        <source>Certificates sent:</source>
        <translation>Gesendete Zertifikate:</translation>
    </message>
    <message>
        <source>(none listed)</source>
        <translation>(keine aufgeführt)</translation>
    </message>
    <message>
        <source>%1 (itself: self-signed)</source>
        <translation>%1 (es selbst: selbst signiert)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not valid yet (from %1)</source>
        <translation>noch nicht gültig (ab %1)</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>noch 1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days left</source>
        <translation>
            <numerusform>noch %Ln Tag</numerusform>
            <numerusform>noch %Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Nein. %1</translation>
    </message>
    <message>
        <source>No: it is self-signed, so no browser trusts it</source>
        <translation>Nein: Es ist selbst signiert, deshalb vertraut ihm kein Browser</translation>
    </message>
    <message>
        <source>No: browsers do not trust its issuer</source>
        <translation>Nein: Browser vertrauen seinem Aussteller nicht</translation>
    </message>
    <message>
        <source>No: the certificate lists no names, and browsers no longer read the name in &quot;Issued to&quot;</source>
        <translation>Nein: Das Zertifikat führt keine Namen auf, und Browser lesen den Namen unter „Ausgestellt für“ nicht mehr</translation>
    </message>
    <message>
        <source>No: visitors see a warning</source>
        <translation>Nein: Besucher sehen eine Warnung</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>incomplete: some browsers cannot check it</source>
        <translation>unvollständig: Manche Browser können sie nicht prüfen</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>in falscher Reihenfolge</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 Bit</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1, the issuer says: %2</source>
        <translation>%1, laut Aussteller: %2</translation>
    </message>
    <message>
        <source>%1 (the certificate requires it)</source>
        <translation>%1 (das Zertifikat verlangt es)</translation>
    </message>
    <message>
        <source>%1. %2 — from %3, %4 %5 bits, until %6</source>
        <extracomment>One certificate of the chain: &quot;1. CN=shop.example — from CN=R11, RSA 2048 bits, until 1 March 2025&quot;</extracomment>
        <translation>%1. %2 — von %3, %4 %5 Bit, bis %6</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
</context>
<context>
    <name>TlsChanges</name>
    <message>
        <source>%1: the site is now open to this flaw</source>
        <translation>%1: Die Website ist jetzt für diese Schwachstelle anfällig</translation>
    </message>
    <message>
        <source>%1: fixed</source>
        <translation>%1: behoben</translation>
    </message>
    <message>
        <source>%1 newly accepted</source>
        <translation>%1 wird jetzt akzeptiert</translation>
    </message>
    <message>
        <source>%1 no longer accepted</source>
        <translation>%1 wird nicht mehr akzeptiert</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cipher suite(s) added (%2)</source>
        <translation>
            <numerusform>%1: %n Cipher-Suite hinzugekommen (%2)</numerusform>
            <numerusform>%1: %n Cipher-Suites hinzugekommen (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cipher suite(s) removed (%2)</source>
        <translation>
            <numerusform>%1: %n Cipher-Suite entfernt (%2)</numerusform>
            <numerusform>%1: %n Cipher-Suites entfernt (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificate renewed: %n day(s) left</source>
        <translation>
            <numerusform>Zertifikat erneuert: noch %n Tag gültig</numerusform>
            <numerusform>Zertifikat erneuert: noch %n Tage gültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificate replaced: %n day(s) left</source>
        <translation>
            <numerusform>Zertifikat ersetzt: noch %n Tag gültig</numerusform>
            <numerusform>Zertifikat ersetzt: noch %n Tage gültig</numerusform>
        </translation>
    </message>
    <message>
        <source>The new certificate kept the old key</source>
        <translation>Das neue Zertifikat verwendet weiterhin den alten Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s)</source>
        <translation>
            <numerusform>Das Zertifikat läuft in %n Tag ab</numerusform>
            <numerusform>Das Zertifikat läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate is now trusted</source>
        <translation>Dem Zertifikat wird jetzt vertraut</translation>
    </message>
    <message>
        <source>The certificate is no longer trusted</source>
        <translation>Dem Zertifikat wird nicht mehr vertraut</translation>
    </message>
    <message>
        <source>The certificate now matches the name</source>
        <translation>Das Zertifikat passt jetzt zum Namen</translation>
    </message>
    <message>
        <source>The certificate no longer matches the name</source>
        <translation>Das Zertifikat passt nicht mehr zum Namen</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>Das Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>HSTS switched on</source>
        <translation>HSTS eingeschaltet</translation>
    </message>
    <message>
        <source>HSTS switched off</source>
        <translation>HSTS ausgeschaltet</translation>
    </message>
    <message>
        <source>Plain HTTP now sends visitors to HTTPS</source>
        <translation>Einfaches HTTP leitet Besucher jetzt zu HTTPS um</translation>
    </message>
    <message>
        <source>Plain HTTP no longer sends visitors to HTTPS</source>
        <translation>Einfaches HTTP leitet Besucher nicht mehr zu HTTPS um</translation>
    </message>
    <message>
        <source>No longer behind %1</source>
        <translation>Läuft nicht mehr über %1</translation>
    </message>
    <message>
        <source>Now behind %1</source>
        <translation>Läuft jetzt über %1</translation>
    </message>
    <message>
        <source>Grade went from %1 to %2</source>
        <translation>Bewertung von %1 auf %2 geändert</translation>
    </message>
    <message>
        <source>The site now answers from %1 (was %2)</source>
        <translation>Die Website antwortet jetzt von %1 (vorher %2)</translation>
    </message>
</context>
<context>
    <name>TlsChangesView</name>
    <message>
        <source>What changed since the last probe</source>
        <translation>Was sich seit der letzten Prüfung geändert hat</translation>
    </message>
    <message>
        <source>This is the first probe of this address in the plan: the next one will say what changed.</source>
        <translation>Dies ist die erste Prüfung dieser Adresse im Plan: Die nächste zeigt, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Nothing important changed since the probe of %1.</source>
        <translation>Seit der Prüfung vom %1 hat sich nichts Wichtiges geändert.</translation>
    </message>
    <message>
        <source>Since the probe of %1:</source>
        <translation>Seit der Prüfung vom %1:</translation>
    </message>
    <message>
        <source>▲ Better: %1</source>
        <translation>▲ Besser: %1</translation>
    </message>
    <message>
        <source>▼ Worse: %1</source>
        <translation>▼ Schlechter: %1</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
</context>
<context>
    <name>TlsConnection</name>
    <message>
        <source>The TLS handshake failed.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The TLS handshake failed (%1).</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The server did not answer with TLS (%1).</source>
        <translation>Der Server hat nicht mit TLS geantwortet (%1).</translation>
    </message>
    <message>
        <source>The server sent more handshake data than any real server needs (%1).</source>
        <translation>Der Server hat mehr Handshake-Daten gesendet, als ein echter Server je braucht (%1).</translation>
    </message>
    <message>
        <source>The server and the check have no TLS version in common (%1).</source>
        <translation>Der Server und die Prüfung haben keine gemeinsame TLS-Version (%1).</translation>
    </message>
    <message>
        <source>The server refused the TLS handshake (%1).</source>
        <translation>Der Server hat den TLS-Handshake abgelehnt (%1).</translation>
    </message>
    <message>
        <source>OpenSSL could not start a TLS client.</source>
        <translation>OpenSSL konnte keinen TLS-Client starten.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake.</source>
        <translation>Der Server hat die Verbindung während des TLS-Handshakes geschlossen.</translation>
    </message>
    <message>
        <source>The server did not complete the TLS handshake in time.</source>
        <translation>Der Server hat den TLS-Handshake nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The TLS connection failed (%1).</source>
        <translation>Die TLS-Verbindung ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The TLS connection failed.</source>
        <translation>Die TLS-Verbindung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>TlsFindings</name>
    <message>
        <source>The site still accepts SSL 2</source>
        <translation>Die Website akzeptiert noch SSL 2</translation>
    </message>
    <message>
        <source>SSL 2 has been broken since the 1990s; its presence lets attackers decrypt even modern connections (DROWN).</source>
        <translation>SSL 2 ist seit den 1990ern geknackt; solange es angeboten wird, können Angreifer sogar moderne Verbindungen entschlüsseln (DROWN).</translation>
    </message>
    <message>
        <source>Ask your host to turn off SSL 2 on the web server and on every other service that uses the same certificate.</source>
        <translation>Bitten Sie Ihren Hoster, SSL 2 auf dem Webserver und auf jedem anderen Dienst mit demselben Zertifikat abzuschalten.</translation>
    </message>
    <message>
        <source>The site still accepts SSL 3</source>
        <translation>Die Website akzeptiert noch SSL 3</translation>
    </message>
    <message>
        <source>SSL 3 is broken (POODLE): an attacker on the same network can read parts of the traffic, such as login cookies.</source>
        <translation>SSL 3 ist geknackt (POODLE): Ein Angreifer im selben Netzwerk kann Teile des Datenverkehrs mitlesen, etwa Login-Cookies.</translation>
    </message>
    <message>
        <source>Ask your host to allow only TLS 1.2 and TLS 1.3.</source>
        <translation>Bitten Sie Ihren Hoster, nur TLS 1.2 und TLS 1.3 zuzulassen.</translation>
    </message>
    <message>
        <source>The site still accepts TLS 1.0</source>
        <translation>Die Website akzeptiert noch TLS 1.0</translation>
    </message>
    <message>
        <source>TLS 1.0 is outdated, browsers stopped using it in 2020, and card payment rules (PCI DSS) forbid it.</source>
        <translation>TLS 1.0 ist veraltet, Browser verwenden es seit 2020 nicht mehr, und die Regeln für Kartenzahlungen (PCI DSS) verbieten es.</translation>
    </message>
    <message>
        <source>The site still accepts TLS 1.1</source>
        <translation>Die Website akzeptiert noch TLS 1.1</translation>
    </message>
    <message>
        <source>TLS 1.1 is outdated, browsers stopped using it in 2020, and card payment rules (PCI DSS) forbid it.</source>
        <translation>TLS 1.1 ist veraltet, Browser verwenden es seit 2020 nicht mehr, und die Regeln für Kartenzahlungen (PCI DSS) verbieten es.</translation>
    </message>
    <message>
        <source>The site speaks neither TLS 1.2 nor TLS 1.3</source>
        <translation>Die Website beherrscht weder TLS 1.2 noch TLS 1.3</translation>
    </message>
    <message>
        <source>Modern browsers need TLS 1.2 or newer; without it visitors see errors or weak encryption.</source>
        <translation>Moderne Browser brauchen TLS 1.2 oder neuer; ohne das sehen Besucher Fehler oder bekommen nur schwache Verschlüsselung.</translation>
    </message>
    <message>
        <source>Ask your host to turn on TLS 1.2 and TLS 1.3; an up-to-date server software has both.</source>
        <translation>Bitten Sie Ihren Hoster, TLS 1.2 und TLS 1.3 einzuschalten; aktuelle Serversoftware kann beides.</translation>
    </message>
    <message>
        <source>The site does not speak TLS 1.3 yet</source>
        <translation>Die Website beherrscht TLS 1.3 noch nicht</translation>
    </message>
    <message>
        <source>TLS 1.3 is faster and drops every old, weak option; all current browsers use it.</source>
        <translation>TLS 1.3 ist schneller und verzichtet auf alle alten, schwachen Optionen; alle aktuellen Browser verwenden es.</translation>
    </message>
    <message>
        <source>Ask your host to turn on TLS 1.3 (OpenSSL 1.1.1 or newer).</source>
        <translation>Bitten Sie Ihren Hoster, TLS 1.3 einzuschalten (OpenSSL 1.1.1 oder neuer).</translation>
    </message>
    <message>
        <source>The site accepts &quot;export&quot; encryption</source>
        <translation>Die Website akzeptiert „Export“-Verschlüsselung</translation>
    </message>
    <message>
        <source>Export ciphers were deliberately weakened in the 1990s and can be broken in hours (FREAK, Logjam).</source>
        <translation>Export-Verschlüsselung wurde in den 1990ern absichtlich geschwächt und lässt sich in Stunden knacken (FREAK, Logjam).</translation>
    </message>
    <message>
        <source>Ask your host to remove all EXPORT cipher suites.</source>
        <translation>Bitten Sie Ihren Hoster, alle EXPORT-Cipher-Suites zu entfernen.</translation>
    </message>
    <message>
        <source>The site accepts connections without encryption</source>
        <translation>Die Website akzeptiert Verbindungen ohne Verschlüsselung</translation>
    </message>
    <message>
        <source>NULL cipher suites send everything, passwords and card data included, in the clear.</source>
        <translation>NULL-Cipher-Suites senden alles im Klartext, auch Passwörter und Kartendaten.</translation>
    </message>
    <message>
        <source>Ask your host to remove all NULL cipher suites.</source>
        <translation>Bitten Sie Ihren Hoster, alle NULL-Cipher-Suites zu entfernen.</translation>
    </message>
    <message>
        <source>The site accepts anonymous encryption</source>
        <translation>Die Website akzeptiert anonyme Verschlüsselung</translation>
    </message>
    <message>
        <source>Anonymous cipher suites skip the certificate, so anyone in the middle can pose as your shop.</source>
        <translation>Anonyme Cipher-Suites lassen das Zertifikat weg, sodass sich jeder, der sich dazwischenschaltet, als Ihr Shop ausgeben kann.</translation>
    </message>
    <message>
        <source>Ask your host to remove all anonymous (ADH/AECDH) cipher suites.</source>
        <translation>Bitten Sie Ihren Hoster, alle anonymen Cipher-Suites (ADH/AECDH) zu entfernen.</translation>
    </message>
    <message>
        <source>The site accepts weak encryption (under 112 bits)</source>
        <translation>Die Website akzeptiert schwache Verschlüsselung (unter 112 Bit)</translation>
    </message>
    <message>
        <source>Ciphers such as DES can be broken with ordinary hardware.</source>
        <translation>Verfahren wie DES lassen sich mit gewöhnlicher Hardware knacken.</translation>
    </message>
    <message>
        <source>Ask your host to remove DES and every other cipher suite under 128 bits.</source>
        <translation>Bitten Sie Ihren Hoster, DES und alle anderen Cipher-Suites unter 128 Bit zu entfernen.</translation>
    </message>
    <message>
        <source>The site accepts the RC4 cipher</source>
        <translation>Die Website akzeptiert die RC4-Verschlüsselung</translation>
    </message>
    <message>
        <source>RC4 is broken: with enough traffic attackers can recover cookies and passwords.</source>
        <translation>RC4 ist geknackt: Mit genug Datenverkehr können Angreifer Cookies und Passwörter herausfinden.</translation>
    </message>
    <message>
        <source>Ask your host to remove all RC4 cipher suites.</source>
        <translation>Bitten Sie Ihren Hoster, alle RC4-Cipher-Suites zu entfernen.</translation>
    </message>
    <message>
        <source>The site accepts 3DES or another 64-bit block cipher (SWEET32)</source>
        <translation>Die Website akzeptiert 3DES oder eine andere 64-Bit-Blockverschlüsselung (SWEET32)</translation>
    </message>
    <message>
        <source>After a long connection, attackers can recover secrets such as cookies from 64-bit block ciphers.</source>
        <translation>Nach einer langen Verbindung können Angreifer aus 64-Bit-Blockverschlüsselung Geheimnisse wie Cookies herausholen.</translation>
    </message>
    <message>
        <source>Ask your host to remove 3DES (DES-CBC3) and other 64-bit block cipher suites.</source>
        <translation>Bitten Sie Ihren Hoster, 3DES (DES-CBC3) und andere Cipher-Suites mit 64-Bit-Blöcken zu entfernen.</translation>
    </message>
    <message>
        <source>Some connections have no forward secrecy</source>
        <translation>Manche Verbindungen haben keine Forward Secrecy</translation>
    </message>
    <message>
        <source>Without forward secrecy, anyone who later steals the server&apos;s key can decrypt recorded traffic.</source>
        <translation>Ohne Forward Secrecy kann jeder, der später den Schlüssel des Servers stiehlt, mitgeschnittenen Datenverkehr entschlüsseln.</translation>
    </message>
    <message>
        <source>Ask your host to prefer ECDHE (and DHE) cipher suites and to remove static RSA key exchange.</source>
        <translation>Bitten Sie Ihren Hoster, ECDHE- (und DHE-)Cipher-Suites zu bevorzugen und den statischen RSA-Schlüsselaustausch zu entfernen.</translation>
    </message>
    <message>
        <source>The site offers no modern (AEAD) encryption</source>
        <translation>Die Website bietet keine moderne (AEAD-)Verschlüsselung</translation>
    </message>
    <message>
        <source>Only older CBC cipher suites are offered; they have a long history of attacks.</source>
        <translation>Es werden nur ältere CBC-Cipher-Suites angeboten; gegen sie gab es schon viele Angriffe.</translation>
    </message>
    <message>
        <source>Ask your host to offer AES-GCM and ChaCha20-Poly1305 cipher suites.</source>
        <translation>Bitten Sie Ihren Hoster, Cipher-Suites mit AES-GCM und ChaCha20-Poly1305 anzubieten.</translation>
    </message>
    <message>
        <source>The key exchange uses weak DH parameters</source>
        <translation>Der Schlüsselaustausch verwendet schwache DH-Parameter</translation>
    </message>
    <message>
        <source>DH parameters under 2048 bits can be broken by a well-funded attacker (Logjam).</source>
        <translation>DH-Parameter unter 2048 Bit kann ein gut ausgestatteter Angreifer knacken (Logjam).</translation>
    </message>
    <message>
        <source>Ask your host to use DH parameters of at least 2048 bits (ffdhe2048), or drop DHE suites.</source>
        <translation>Bitten Sie Ihren Hoster, DH-Parameter mit mindestens 2048 Bit (ffdhe2048) zu verwenden oder auf DHE-Suites zu verzichten.</translation>
    </message>
    <message>
        <source>The site showed no certificate</source>
        <translation>Die Website hat kein Zertifikat vorgezeigt</translation>
    </message>
    <message>
        <source>Without a certificate, browsers cannot tell your shop from an impostor.</source>
        <translation>Ohne Zertifikat können Browser Ihren Shop nicht von einer Fälschung unterscheiden.</translation>
    </message>
    <message>
        <source>Ask your host to install a certificate for the site, for example a free one from Let&apos;s Encrypt.</source>
        <translation>Bitten Sie Ihren Hoster, ein Zertifikat für die Website einzurichten, zum Beispiel ein kostenloses von Let&apos;s Encrypt.</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>Das Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>Browsers show a full-page warning and most visitors will leave.</source>
        <translation>Browser zeigen eine ganzseitige Warnung, und die meisten Besucher gehen wieder.</translation>
    </message>
    <message>
        <source>Renew the certificate now and ask your host to set up automatic renewal.</source>
        <translation>Erneuern Sie das Zertifikat jetzt und bitten Sie Ihren Hoster, die automatische Verlängerung einzurichten.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet</source>
        <translation>Das Zertifikat ist noch nicht gültig</translation>
    </message>
    <message>
        <source>Browsers reject a certificate before its start date; the server clock may also be wrong.</source>
        <translation>Browser lehnen ein Zertifikat vor seinem Gültigkeitsbeginn ab; vielleicht geht auch die Uhr des Servers falsch.</translation>
    </message>
    <message>
        <source>Ask your host to check the server&apos;s clock and the certificate installed.</source>
        <translation>Bitten Sie Ihren Hoster, die Uhr des Servers und das eingerichtete Zertifikat zu prüfen.</translation>
    </message>
    <message>
        <source>The certificate expires soon</source>
        <translation>Das Zertifikat läuft bald ab</translation>
    </message>
    <message>
        <source>When it expires, browsers will warn every visitor away from the shop.</source>
        <translation>Wenn es abläuft, warnen Browser jeden Besucher vor dem Shop.</translation>
    </message>
    <message>
        <source>Renew the certificate before it expires, and ask your host whether renewal is automatic.</source>
        <translation>Erneuern Sie das Zertifikat, bevor es abläuft, und fragen Sie Ihren Hoster, ob die Verlängerung automatisch geschieht.</translation>
    </message>
    <message>
        <source>The certificate is self-signed</source>
        <translation>Das Zertifikat ist selbst signiert</translation>
    </message>
    <message>
        <source>No browser trusts a certificate that the server signed itself; visitors see a warning.</source>
        <translation>Kein Browser vertraut einem Zertifikat, das der Server selbst signiert hat; Besucher sehen eine Warnung.</translation>
    </message>
    <message>
        <source>Ask your host to install a certificate from a public authority, for example Let&apos;s Encrypt.</source>
        <translation>Bitten Sie Ihren Hoster, ein Zertifikat einer öffentlichen Zertifizierungsstelle einzurichten, zum Beispiel von Let&apos;s Encrypt.</translation>
    </message>
    <message>
        <source>Browsers do not trust the certificate</source>
        <translation>Browser vertrauen dem Zertifikat nicht</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer is not one browsers trust, so visitors see a warning.</source>
        <translation>Browser vertrauen dem Aussteller des Zertifikats nicht, deshalb sehen Besucher eine Warnung.</translation>
    </message>
    <message>
        <source>Ask your host to install a certificate from a public authority and the full chain.</source>
        <translation>Bitten Sie Ihren Hoster, ein Zertifikat einer öffentlichen Zertifizierungsstelle samt vollständiger Kette einzurichten.</translation>
    </message>
    <message>
        <source>The certificate is for another name</source>
        <translation>Das Zertifikat gilt für einen anderen Namen</translation>
    </message>
    <message>
        <source>The certificate does not cover this site&apos;s address, so browsers warn visitors.</source>
        <translation>Das Zertifikat deckt die Adresse dieser Website nicht ab, deshalb warnen Browser die Besucher.</translation>
    </message>
    <message>
        <source>Ask your host for a certificate that lists this exact name (and the www name if you use it).</source>
        <translation>Bitten Sie Ihren Hoster um ein Zertifikat, das genau diesen Namen enthält (und den Namen mit www, falls Sie ihn nutzen).</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is too weak</source>
        <translation>Der Schlüssel des Zertifikats ist zu schwach</translation>
    </message>
    <message>
        <source>A short key can be broken, and browsers reject RSA keys under 2048 bits.</source>
        <translation>Ein kurzer Schlüssel lässt sich knacken, und Browser lehnen RSA-Schlüssel unter 2048 Bit ab.</translation>
    </message>
    <message>
        <source>Ask your host for a new certificate with an RSA 2048-bit or ECDSA P-256 key.</source>
        <translation>Bitten Sie Ihren Hoster um ein neues Zertifikat mit einem RSA-Schlüssel mit 2048 Bit oder einem ECDSA-P-256-Schlüssel.</translation>
    </message>
    <message>
        <source>The certificate uses a weak signature</source>
        <translation>Das Zertifikat verwendet eine schwache Signatur</translation>
    </message>
    <message>
        <source>MD5 and SHA-1 signatures can be forged, and browsers no longer accept them.</source>
        <translation>MD5- und SHA-1-Signaturen lassen sich fälschen, und Browser akzeptieren sie nicht mehr.</translation>
    </message>
    <message>
        <source>Ask your host for a new certificate signed with SHA-256.</source>
        <translation>Bitten Sie Ihren Hoster um ein neues, mit SHA-256 signiertes Zertifikat.</translation>
    </message>
    <message>
        <source>The server does not send the full certificate chain</source>
        <translation>Der Server sendet nicht die vollständige Zertifikatskette</translation>
    </message>
    <message>
        <source>Some browsers and apps cannot complete the chain and show an error.</source>
        <translation>Manche Browser und Apps können die Kette nicht vervollständigen und zeigen einen Fehler.</translation>
    </message>
    <message>
        <source>Ask your host to install the intermediate certificate(s) with the site&apos;s certificate (&quot;full chain&quot;).</source>
        <translation>Bitten Sie Ihren Hoster, die Zwischenzertifikate zusammen mit dem Zertifikat der Website einzurichten („full chain“).</translation>
    </message>
    <message>
        <source>The certificate chain is sent in the wrong order</source>
        <translation>Die Zertifikatskette wird in der falschen Reihenfolge gesendet</translation>
    </message>
    <message>
        <source>Some clients reject a chain whose certificates are out of order.</source>
        <translation>Manche Clients lehnen eine Kette ab, deren Zertifikate nicht in der richtigen Reihenfolge sind.</translation>
    </message>
    <message>
        <source>Ask your host to send the site&apos;s certificate first, then each intermediate in order.</source>
        <translation>Bitten Sie Ihren Hoster, zuerst das Zertifikat der Website und danach jedes Zwischenzertifikat der Reihe nach zu senden.</translation>
    </message>
    <message>
        <source>The server does not staple revocation status (OCSP)</source>
        <translation>Der Server liefert den Sperrstatus nicht mit (OCSP)</translation>
    </message>
    <message>
        <source>With stapling, browsers check the certificate faster and more privately.</source>
        <translation>Mit Stapling prüfen Browser das Zertifikat schneller und diskreter.</translation>
    </message>
    <message>
        <source>Ask your host to turn on OCSP stapling.</source>
        <translation>Bitten Sie Ihren Hoster, OCSP-Stapling einzuschalten.</translation>
    </message>
    <message>
        <source>The site does not ask browsers to always use HTTPS (HSTS)</source>
        <translation>Die Website fordert Browser nicht auf, immer HTTPS zu verwenden (HSTS)</translation>
    </message>
    <message>
        <source>Without HSTS, a visitor who types the address can be sent to a fake, unencrypted copy first.</source>
        <translation>Ohne HSTS kann ein Besucher, der die Adresse eintippt, zuerst auf eine gefälschte, unverschlüsselte Kopie umgeleitet werden.</translation>
    </message>
    <message>
        <source>Ask your host to send the header Strict-Transport-Security: max-age=31536000 (one year or more).</source>
        <translation>Bitten Sie Ihren Hoster, den Header Strict-Transport-Security: max-age=31536000 zu senden (ein Jahr oder mehr).</translation>
    </message>
    <message>
        <source>HSTS is on, but for too short a time</source>
        <translation>HSTS ist eingeschaltet, aber für zu kurze Zeit</translation>
    </message>
    <message>
        <source>Browsers forget the HTTPS-only rule quickly, so the protection lapses between visits.</source>
        <translation>Browser vergessen die Nur-HTTPS-Regel schnell, sodass der Schutz zwischen zwei Besuchen verfällt.</translation>
    </message>
    <message>
        <source>Ask your host to raise HSTS max-age to at least 180 days (one year is common).</source>
        <translation>Bitten Sie Ihren Hoster, max-age von HSTS auf mindestens 180 Tage zu erhöhen (üblich ist ein Jahr).</translation>
    </message>
    <message>
        <source>Plain HTTP does not redirect to HTTPS</source>
        <translation>Einfaches HTTP leitet nicht auf HTTPS um</translation>
    </message>
    <message>
        <source>Visitors who type the address without https:// stay on an unencrypted page.</source>
        <translation>Besucher, die die Adresse ohne https:// eintippen, bleiben auf einer unverschlüsselten Seite.</translation>
    </message>
    <message>
        <source>Ask your host to redirect every http:// request to the same https:// address (301).</source>
        <translation>Bitten Sie Ihren Hoster, jede http://-Anfrage auf dieselbe https://-Adresse umzuleiten (301).</translation>
    </message>
    <message>
        <source>The server is vulnerable to Heartbleed</source>
        <translation>Der Server ist für Heartbleed anfällig</translation>
    </message>
    <message>
        <source>Attackers can read the server&apos;s memory: passwords, customer data and the private key.</source>
        <translation>Angreifer können den Speicher des Servers auslesen: Passwörter, Kundendaten und den privaten Schlüssel.</translation>
    </message>
    <message>
        <source>Ask your host to update OpenSSL today, then replace the certificate and key and change passwords.</source>
        <translation>Bitten Sie Ihren Hoster, OpenSSL noch heute zu aktualisieren; ersetzen Sie danach Zertifikat und Schlüssel und ändern Sie die Passwörter.</translation>
    </message>
    <message>
        <source>The server is vulnerable to CCS injection</source>
        <translation>Der Server ist für CCS-Injection anfällig</translation>
    </message>
    <message>
        <source>An attacker in the middle can decrypt and change traffic.</source>
        <translation>Ein Angreifer, der sich dazwischenschaltet, kann den Datenverkehr entschlüsseln und verändern.</translation>
    </message>
    <message>
        <source>Ask your host to update OpenSSL.</source>
        <translation>Bitten Sie Ihren Hoster, OpenSSL zu aktualisieren.</translation>
    </message>
    <message>
        <source>The server compresses encrypted traffic (CRIME)</source>
        <translation>Der Server komprimiert verschlüsselten Datenverkehr (CRIME)</translation>
    </message>
    <message>
        <source>Compression lets attackers guess secrets such as login cookies.</source>
        <translation>Durch die Komprimierung können Angreifer Geheimnisse wie Login-Cookies erraten.</translation>
    </message>
    <message>
        <source>Ask your host to turn off TLS compression.</source>
        <translation>Bitten Sie Ihren Hoster, die TLS-Komprimierung abzuschalten.</translation>
    </message>
    <message>
        <source>The server is vulnerable to POODLE</source>
        <translation>Der Server ist für POODLE anfällig</translation>
    </message>
    <message>
        <source>Attackers can decrypt parts of the traffic, such as cookies.</source>
        <translation>Angreifer können Teile des Datenverkehrs entschlüsseln, etwa Cookies.</translation>
    </message>
    <message>
        <source>Ask your host to turn off SSL 3 and update the server software.</source>
        <translation>Bitten Sie Ihren Hoster, SSL 3 abzuschalten und die Serversoftware zu aktualisieren.</translation>
    </message>
    <message>
        <source>The server is vulnerable to DROWN</source>
        <translation>Der Server ist für DROWN anfällig</translation>
    </message>
    <message>
        <source>SSL 2 on this host lets attackers decrypt modern TLS connections that share the key.</source>
        <translation>SSL 2 auf diesem Host erlaubt Angreifern, moderne TLS-Verbindungen mit demselben Schlüssel zu entschlüsseln.</translation>
    </message>
    <message>
        <source>Ask your host to turn off SSL 2 everywhere the certificate&apos;s key is used.</source>
        <translation>Bitten Sie Ihren Hoster, SSL 2 überall abzuschalten, wo der Schlüssel des Zertifikats verwendet wird.</translation>
    </message>
    <message>
        <source>The server is vulnerable to FREAK</source>
        <translation>Der Server ist für FREAK anfällig</translation>
    </message>
    <message>
        <source>Attackers can force weak export RSA keys and then decrypt traffic.</source>
        <translation>Angreifer können schwache Export-RSA-Schlüssel erzwingen und dann den Datenverkehr entschlüsseln.</translation>
    </message>
    <message>
        <source>Ask your host to remove EXPORT cipher suites and update the server software.</source>
        <translation>Bitten Sie Ihren Hoster, die EXPORT-Cipher-Suites zu entfernen und die Serversoftware zu aktualisieren.</translation>
    </message>
    <message>
        <source>The server is vulnerable to Logjam</source>
        <translation>Der Server ist für Logjam anfällig</translation>
    </message>
    <message>
        <source>Attackers can force weak DH key exchange and then decrypt traffic.</source>
        <translation>Angreifer können einen schwachen DH-Schlüsselaustausch erzwingen und dann den Datenverkehr entschlüsseln.</translation>
    </message>
    <message>
        <source>Ask your host to remove DHE EXPORT suites and use DH parameters of 2048 bits or more.</source>
        <translation>Bitten Sie Ihren Hoster, die DHE-EXPORT-Suites zu entfernen und DH-Parameter mit 2048 Bit oder mehr zu verwenden.</translation>
    </message>
    <message>
        <source>The server does not support secure renegotiation</source>
        <translation>Der Server unterstützt keine sichere Neuverhandlung</translation>
    </message>
    <message>
        <source>Without it an attacker can inject requests into a visitor&apos;s connection.</source>
        <translation>Ohne sie kann ein Angreifer Anfragen in die Verbindung eines Besuchers einschleusen.</translation>
    </message>
    <message>
        <source>Ask your host to update the server software (RFC 5746 support).</source>
        <translation>Bitten Sie Ihren Hoster, die Serversoftware zu aktualisieren (Unterstützung für RFC 5746).</translation>
    </message>
    <message>
        <source>The server does not prevent downgrade attacks (TLS_FALLBACK_SCSV)</source>
        <translation>Der Server verhindert keine Downgrade-Angriffe (TLS_FALLBACK_SCSV)</translation>
    </message>
    <message>
        <source>An attacker can push browsers down to an older protocol the server still accepts.</source>
        <translation>Ein Angreifer kann Browser auf ein älteres Protokoll zurückdrängen, das der Server noch akzeptiert.</translation>
    </message>
    <message>
        <source>Ask your host to update the server software, or to turn off protocols older than TLS 1.2.</source>
        <translation>Bitten Sie Ihren Hoster, die Serversoftware zu aktualisieren oder Protokolle älter als TLS 1.2 abzuschalten.</translation>
    </message>
    <message>
        <source>The server accepted a %1 connection.</source>
        <translation>Der Server hat eine %1-Verbindung angenommen.</translation>
    </message>
    <message>
        <source>The newest protocol the server accepted is %1.</source>
        <translation>Das neueste Protokoll, das der Server angenommen hat, ist %1.</translation>
    </message>
    <message>
        <source>The server refused TLS 1.3.</source>
        <translation>Der Server hat TLS 1.3 abgelehnt.</translation>
    </message>
    <message>
        <source>Accepted: %1.</source>
        <translation>Akzeptiert: %1.</translation>
    </message>
    <message>
        <source>Accepted without forward secrecy: %1.</source>
        <translation>Ohne Forward Secrecy akzeptiert: %1.</translation>
    </message>
    <message>
        <source>None of the accepted cipher suites is AES-GCM, ChaCha20-Poly1305 or CCM.</source>
        <translation>Keine der akzeptierten Cipher-Suites ist AES-GCM, ChaCha20-Poly1305 oder CCM.</translation>
    </message>
    <message>
        <source>The server&apos;s DH parameters are %1 bits.</source>
        <translation>Die DH-Parameter des Servers haben %1 Bit.</translation>
    </message>
    <message>
        <source>No certificate came back from a full handshake.</source>
        <translation>Bei einem vollständigen Handshake kam kein Zertifikat zurück.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Gültig bis: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Valid until %1: %n day(s) left.</source>
        <translation>
            <numerusform>Gültig bis: %1, noch %n Tag.</numerusform>
            <numerusform>Gültig bis: %1, noch %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid from %1.</source>
        <translation>Gültig ab: %1.</translation>
    </message>
    <message>
        <source>Issued by itself: %1.</source>
        <translation>Von sich selbst ausgestellt: %1.</translation>
    </message>
    <message>
        <source>Issuer: %1.</source>
        <translation>Aussteller: %1.</translation>
    </message>
    <message>
        <source>Site: %1; the certificate covers: %2.</source>
        <translation>Website: %1; das Zertifikat gilt für: %2.</translation>
    </message>
    <message>
        <source>%1 key of %2 bits.</source>
        <translation>%1-Schlüssel mit %2 Bit.</translation>
    </message>
    <message>
        <source>Signature algorithm: %1.</source>
        <translation>Signaturverfahren: %1.</translation>
    </message>
    <message>
        <source>The chain sent does not reach a trusted root.</source>
        <translation>Die gesendete Kette reicht nicht bis zu einem vertrauenswürdigen Stammzertifikat.</translation>
    </message>
    <message>
        <source>The certificates were sent out of order.</source>
        <translation>Die Zertifikate wurden in falscher Reihenfolge gesendet.</translation>
    </message>
    <message>
        <source>The certificate demands stapling (must-staple), but none was sent.</source>
        <translation>Das Zertifikat verlangt Stapling (must-staple), aber es wurde keine OCSP-Antwort mitgeliefert.</translation>
    </message>
    <message>
        <source>No OCSP response came with the handshake.</source>
        <translation>Mit dem Handshake kam keine OCSP-Antwort.</translation>
    </message>
    <message>
        <source>Strict-Transport-Security: max-age=0 switches HSTS off.</source>
        <translation>Strict-Transport-Security: max-age=0 schaltet HSTS aus.</translation>
    </message>
    <message>
        <source>No Strict-Transport-Security header in the response.</source>
        <translation>Kein Strict-Transport-Security-Header in der Antwort.</translation>
    </message>
    <message numerus="yes">
        <source>Strict-Transport-Security: max-age=%1 (%n day(s)).</source>
        <translation>
            <numerusform>Strict-Transport-Security: max-age=%1 (%n Tag).</numerusform>
            <numerusform>Strict-Transport-Security: max-age=%1 (%n Tage).</numerusform>
        </translation>
    </message>
    <message>
        <source>http://%1/ did not redirect to https://%1/.</source>
        <translation>http://%1/ hat nicht auf https://%1/ umgeleitet.</translation>
    </message>
    <message>
        <source>The server answered a malformed heartbeat with its own memory.</source>
        <translation>Der Server hat auf einen fehlerhaften Heartbeat mit Inhalten aus seinem Speicher geantwortet.</translation>
    </message>
    <message>
        <source>The server accepted an early ChangeCipherSpec message.</source>
        <translation>Der Server hat eine verfrühte ChangeCipherSpec-Nachricht angenommen.</translation>
    </message>
    <message>
        <source>The server agreed to TLS compression.</source>
        <translation>Der Server hat der TLS-Komprimierung zugestimmt.</translation>
    </message>
    <message>
        <source>The server accepts SSL 3 with CBC ciphers.</source>
        <translation>Der Server akzeptiert SSL 3 mit CBC-Verschlüsselung.</translation>
    </message>
    <message>
        <source>SSL 2 is accepted on this host.</source>
        <translation>SSL 2 wird auf diesem Host akzeptiert.</translation>
    </message>
    <message>
        <source>The server accepts RSA EXPORT cipher suites.</source>
        <translation>Der Server akzeptiert RSA-EXPORT-Cipher-Suites.</translation>
    </message>
    <message>
        <source>The server accepts DHE EXPORT suites or weak DH parameters.</source>
        <translation>Der Server akzeptiert DHE-EXPORT-Suites oder schwache DH-Parameter.</translation>
    </message>
    <message>
        <source>The server did not signal RFC 5746 renegotiation support.</source>
        <translation>Der Server hat keine Unterstützung für die Neuverhandlung nach RFC 5746 signalisiert.</translation>
    </message>
    <message>
        <source>A downgraded handshake with TLS_FALLBACK_SCSV was not refused.</source>
        <translation>Ein herabgestufter Handshake mit TLS_FALLBACK_SCSV wurde nicht abgelehnt.</translation>
    </message>
</context>
<context>
    <name>TlsFindingsView</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>About the chosen finding</source>
        <translation>Zum ausgewählten Befund</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to fix: the probe found no problems.</source>
        <translation>Nichts zu beheben: Die Prüfung hat keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Nothing serious: only small improvements. Choose one to read more.</source>
        <translation>Nichts Ernstes: nur kleine Verbesserungen. Wählen Sie eine aus, um mehr zu erfahren.</translation>
    </message>
    <message>
        <source>1 thing to fix. Choose a finding to see why and what to ask your host to do.</source>
        <translation>1 Punkt zu beheben. Wählen Sie einen Befund aus, um zu sehen, warum und worum Sie Ihren Hoster bitten sollten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln things to fix. Choose a finding to see why and what to ask your host to do.</source>
        <translation>
            <numerusform>%Ln Punkt zu beheben. Wählen Sie einen Befund aus, um zu sehen, warum und worum Sie Ihren Hoster bitten sollten.</numerusform>
            <numerusform>%Ln Punkte zu beheben. Wählen Sie einen Befund aus, um zu sehen, warum und worum Sie Ihren Hoster bitten sollten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum das wichtig ist</translation>
    </message>
    <message>
        <source>What the probe saw</source>
        <translation>Was die Prüfung festgestellt hat</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
</context>
<context>
    <name>TlsGrade</name>
    <message>
        <source>The site still accepts SSL 2, which has been broken for decades.</source>
        <translation>Die Website akzeptiert noch SSL 2, das seit Jahrzehnten geknackt ist.</translation>
    </message>
    <message>
        <source>SSL 3 is the newest protocol the site speaks; it is broken (POODLE).</source>
        <translation>SSL 3 ist das neueste Protokoll, das die Website beherrscht; es ist geknackt (POODLE).</translation>
    </message>
    <message>
        <source>The site accepts 1990s &quot;export&quot; ciphers that can be broken in hours (FREAK, Logjam).</source>
        <translation>Die Website akzeptiert „Export“-Verschlüsselung aus den 1990ern, die sich in Stunden knacken lässt (FREAK, Logjam).</translation>
    </message>
    <message>
        <source>The site accepts anonymous ciphers: anyone in the middle can read and change the traffic.</source>
        <translation>Die Website akzeptiert anonyme Verschlüsselung: Wer sich dazwischenschaltet, kann den Datenverkehr mitlesen und verändern.</translation>
    </message>
    <message>
        <source>The site accepts ciphers weaker than 112 bits (or no encryption at all).</source>
        <translation>Die Website akzeptiert Verschlüsselung mit weniger als 112 Bit (oder gar keine Verschlüsselung).</translation>
    </message>
    <message>
        <source>The server is vulnerable to Heartbleed: attackers can read its memory, keys included.</source>
        <translation>Der Server ist für Heartbleed anfällig: Angreifer können seinen Speicher auslesen, samt Schlüsseln.</translation>
    </message>
    <message>
        <source>The server is vulnerable to CCS injection: attackers can decrypt its traffic.</source>
        <translation>Der Server ist für CCS-Injection anfällig: Angreifer können seinen Datenverkehr entschlüsseln.</translation>
    </message>
    <message>
        <source>The certificate is signed with MD5, which can be forged.</source>
        <translation>Das Zertifikat ist mit MD5 signiert, das sich fälschen lässt.</translation>
    </message>
    <message>
        <source>The certificate is signed with MD2, which can be forged.</source>
        <translation>Das Zertifikat ist mit MD2 signiert, das sich fälschen lässt.</translation>
    </message>
    <message>
        <source>The site speaks neither TLS 1.2 nor TLS 1.3.</source>
        <translation>Die Website beherrscht weder TLS 1.2 noch TLS 1.3.</translation>
    </message>
    <message>
        <source>The site uses the broken RC4 cipher even with TLS 1.1 or newer.</source>
        <translation>Die Website verwendet die geknackte RC4-Verschlüsselung sogar mit TLS 1.1 oder neuer.</translation>
    </message>
    <message>
        <source>The site uses 64-bit block ciphers such as 3DES even with TLS 1.1 or newer (SWEET32).</source>
        <translation>Die Website verwendet 64-Bit-Blockverschlüsselung wie 3DES sogar mit TLS 1.1 oder neuer (SWEET32).</translation>
    </message>
    <message>
        <source>The server compresses TLS traffic, which leaks secrets such as cookies (CRIME).</source>
        <translation>Der Server komprimiert den TLS-Datenverkehr, wodurch Geheimnisse wie Cookies nach außen dringen (CRIME).</translation>
    </message>
    <message>
        <source>The server is vulnerable to POODLE.</source>
        <translation>Der Server ist für POODLE anfällig.</translation>
    </message>
    <message>
        <source>The site still accepts SSL 3.</source>
        <translation>Die Website akzeptiert noch SSL 3.</translation>
    </message>
    <message>
        <source>The site still accepts TLS 1.0, which browsers dropped in 2020.</source>
        <translation>Die Website akzeptiert noch TLS 1.0, das die Browser 2020 aufgegeben haben.</translation>
    </message>
    <message>
        <source>The site still accepts TLS 1.1, which browsers dropped in 2020.</source>
        <translation>Die Website akzeptiert noch TLS 1.1, das die Browser 2020 aufgegeben haben.</translation>
    </message>
    <message>
        <source>Modern browsers get no forward secrecy: a key stolen later unlocks recorded traffic.</source>
        <translation>Moderne Browser bekommen keine Forward Secrecy: Ein später gestohlener Schlüssel entschlüsselt mitgeschnittenen Datenverkehr.</translation>
    </message>
    <message>
        <source>The site offers no modern (AEAD) cipher such as AES-GCM or ChaCha20.</source>
        <translation>Die Website bietet keine moderne (AEAD-)Verschlüsselung wie AES-GCM oder ChaCha20.</translation>
    </message>
    <message>
        <source>The site still accepts the broken RC4 cipher.</source>
        <translation>Die Website akzeptiert noch die geknackte RC4-Verschlüsselung.</translation>
    </message>
    <message>
        <source>The server does not send the full certificate chain; some visitors will see errors.</source>
        <translation>Der Server sendet nicht die vollständige Zertifikatskette; manche Besucher werden Fehler sehen.</translation>
    </message>
    <message>
        <source>The site does not speak TLS 1.3 yet.</source>
        <translation>Die Website beherrscht TLS 1.3 noch nicht.</translation>
    </message>
    <message>
        <source>The server does not support secure renegotiation (RFC 5746).</source>
        <translation>Der Server unterstützt keine sichere Neuverhandlung (RFC 5746).</translation>
    </message>
    <message>
        <source>HSTS is on but for less than 180 days, so browsers forget it too soon.</source>
        <translation>HSTS ist eingeschaltet, aber für weniger als 180 Tage, sodass Browser es zu früh vergessen.</translation>
    </message>
    <message>
        <source>The site accepted no SSL or TLS protocol, so there is nothing to grade.</source>
        <translation>Die Website hat kein SSL- oder TLS-Protokoll angenommen, es gibt also nichts zu bewerten.</translation>
    </message>
    <message>
        <source>The probe could not learn which ciphers the site accepts, so it cannot grade it.</source>
        <translation>Die Prüfung konnte nicht ermitteln, welche Verschlüsselungsverfahren die Website akzeptiert, und kann sie daher nicht bewerten.</translation>
    </message>
    <message>
        <source>The key exchange strength was not measured; the certificate&apos;s key stands in for it.</source>
        <translation>Die Stärke des Schlüsselaustauschs wurde nicht gemessen; stattdessen zählt der Schlüssel des Zertifikats.</translation>
    </message>
    <message>
        <source>An A+ needs HSTS of at least 180 days, which tells browsers to always use HTTPS.</source>
        <translation>Für ein A+ braucht es HSTS von mindestens 180 Tagen; damit verwenden Browser immer HTTPS.</translation>
    </message>
    <message>
        <source>The certificate is not for this site&apos;s name.</source>
        <translation>Das Zertifikat gilt nicht für den Namen dieser Website.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet.</source>
        <translation>Das Zertifikat ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>Das Zertifikat ist abgelaufen.</translation>
    </message>
    <message>
        <source>The certificate is self-signed: no browser trusts it.</source>
        <translation>Das Zertifikat ist selbst signiert: Kein Browser vertraut ihm.</translation>
    </message>
    <message>
        <source>Browsers do not trust the certificate&apos;s issuer.</source>
        <translation>Browser vertrauen dem Aussteller des Zertifikats nicht.</translation>
    </message>
    <message>
        <source>The site showed no certificate.</source>
        <translation>Die Website hat kein Zertifikat vorgezeigt.</translation>
    </message>
</context>
<context>
    <name>TlsGradeView</name>
    <message>
        <source>No grade yet</source>
        <translation>Noch keine Bewertung</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <source>Once browsers trust the certificate, the site would get %1.</source>
        <translation>Sobald Browser dem Zertifikat vertrauen, bekäme die Website %1.</translation>
    </message>
    <message>
        <source>First look — the grade follows when the probe is done.</source>
        <translation>Erster Eindruck — die Bewertung folgt, wenn die Prüfung fertig ist.</translation>
    </message>
    <message>
        <source>Excellent: your site&apos;s encryption is as good as it gets.</source>
        <translation>Ausgezeichnet: Die Verschlüsselung Ihrer Website ist so gut, wie es nur geht.</translation>
    </message>
    <message>
        <source>Good: your site&apos;s encryption protects your visitors well.</source>
        <translation>Gut: Die Verschlüsselung Ihrer Website schützt Ihre Besucher gut.</translation>
    </message>
    <message>
        <source>Good, with a few things to tidy up.</source>
        <translation>Gut, mit ein paar Kleinigkeiten zum Nachbessern.</translation>
    </message>
    <message>
        <source>Fair: visitors are protected, but some settings are out of date.</source>
        <translation>Befriedigend: Ihre Besucher sind geschützt, aber einige Einstellungen sind veraltet.</translation>
    </message>
    <message>
        <source>Weak: some settings put your visitors&apos; data at risk.</source>
        <translation>Schwach: Einige Einstellungen gefährden die Daten Ihrer Besucher.</translation>
    </message>
    <message>
        <source>Failing: attackers may be able to read or change what visitors send to your shop.</source>
        <translation>Ungenügend: Angreifer können womöglich mitlesen oder verändern, was Besucher an Ihren Shop senden.</translation>
    </message>
    <message>
        <source>Browsers warn your visitors: they do not trust the site&apos;s certificate.</source>
        <translation>Browser warnen Ihre Besucher: Sie vertrauen dem Zertifikat der Website nicht.</translation>
    </message>
    <message>
        <source>Browsers warn your visitors: the certificate is for a different name.</source>
        <translation>Browser warnen Ihre Besucher: Das Zertifikat gilt für einen anderen Namen.</translation>
    </message>
    <message>
        <source>The probe learned too little to give a grade.</source>
        <translation>Die Prüfung hat zu wenig ermittelt, um eine Bewertung abzugeben.</translation>
    </message>
</context>
<context>
    <name>TlsHandshake</name>
    <message>
        <source>The host name %1 is not valid.</source>
        <translation>Der Hostname %1 ist nicht gültig.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>Der Server hat die Verbindung geschlossen, ohne zu antworten.</translation>
    </message>
    <message>
        <source>The server closed the connection in the middle of its answer.</source>
        <translation>Der Server hat die Verbindung mitten in seiner Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The site redirects in a loop: %1 leads back to a page already visited.</source>
        <translation>Die Website leitet im Kreis um: %1 führt zu einer schon besuchten Seite zurück.</translation>
    </message>
    <message>
        <source>The site redirects more than %1 times; the check stopped following it.</source>
        <translation>Die Website leitet mehr als %1-mal um; die Prüfung ist den Umleitungen nicht weiter gefolgt.</translation>
    </message>
    <message>
        <source>Following the redirect to %1 failed: %2</source>
        <translation>Die Umleitung nach %1 ließ sich nicht verfolgen: %2</translation>
    </message>
</context>
<context>
    <name>TlsHistoryView</name>
    <message>
        <source>Earlier probes</source>
        <translation>Frühere Prüfungen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>TlsHttpView</name>
    <message>
        <source>Web server</source>
        <translation>Webserver</translation>
    </message>
    <message>
        <source>The probe could not fetch the shop&apos;s home page over HTTPS, so these were not checked.</source>
        <translation>Die Prüfung konnte die Startseite des Shops nicht über HTTPS abrufen, deshalb wurden diese Punkte nicht geprüft.</translation>
    </message>
    <message>
        <source>HSTS (always use HTTPS):</source>
        <translation>HSTS (immer HTTPS verwenden):</translation>
    </message>
    <message>
        <source>http:// sends visitors to https://:</source>
        <translation>http:// leitet Besucher zu https:// um:</translation>
    </message>
    <message>
        <source>Server software:</source>
        <translation>Serversoftware:</translation>
    </message>
    <message>
        <source>CDN in front of the shop:</source>
        <translation>CDN vor dem Shop:</translation>
    </message>
    <message>
        <source>Security headers</source>
        <translation>Sicherheits-Header</translation>
    </message>
    <message>
        <source>Security header</source>
        <translation>Sicherheits-Header</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Secure</translation>
    </message>
    <message>
        <source>HttpOnly</source>
        <translation>HttpOnly</translation>
    </message>
    <message>
        <source>SameSite</source>
        <translation>SameSite</translation>
    </message>
    <message>
        <source>No: browsers may still try plain http:// first</source>
        <translation>Nein: Browser versuchen es womöglich zuerst noch mit einfachem http://</translation>
    </message>
    <message>
        <source>Switched off (max-age=0)</source>
        <translation>Ausgeschaltet (max-age=0)</translation>
    </message>
    <message>
        <source>Yes, for 1 day</source>
        <translation>Ja, für 1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>Yes, for %Ln days</source>
        <translation>
            <numerusform>Ja, für %Ln Tag</numerusform>
            <numerusform>Ja, für %Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>including subdomains</source>
        <translation>einschließlich Subdomains</translation>
    </message>
    <message>
        <source>ready for the preload list</source>
        <translation>bereit für die Preload-Liste</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>No: visitors who type the address without https:// are not moved to the encrypted site</source>
        <translation>Nein: Besucher, die die Adresse ohne https:// eintippen, werden nicht zur verschlüsselten Website weitergeleitet</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>None recognised</source>
        <translation>Keins erkannt</translation>
    </message>
    <message>
        <source>limits where scripts may come from</source>
        <translation>legt fest, woher Skripte kommen dürfen</translation>
    </message>
    <message>
        <source>stops other sites framing your pages (clickjacking)</source>
        <translation>verhindert, dass andere Websites Ihre Seiten einbetten (Clickjacking)</translation>
    </message>
    <message>
        <source>stops browsers guessing file types</source>
        <translation>verhindert, dass Browser Dateitypen erraten</translation>
    </message>
    <message>
        <source>keeps your addresses out of other sites&apos; logs</source>
        <translation>hält Ihre Adressen aus den Protokollen anderer Websites heraus</translation>
    </message>
    <message>
        <source>turns off camera, microphone and such</source>
        <translation>schaltet Kamera, Mikrofon und Ähnliches ab</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
</context>
<context>
    <name>TlsMozillaView</name>
    <message>
        <source>Differences from Mozilla&apos;s intermediate profile</source>
        <translation>Abweichungen vom Mozilla-Profil „Intermediate“</translation>
    </message>
    <message>
        <source>Mozilla&apos;s &quot;intermediate&quot; profile is the setup most hosts promise: TLS 1.2 and 1.3 only, modern ciphers, sound keys.</source>
        <translation>Das Mozilla-Profil „Intermediate“ ist die Einrichtung, die die meisten Hoster versprechen: nur TLS 1.2 und 1.3, moderne Verschlüsselungsverfahren, solide Schlüssel.</translation>
    </message>
    <message>
        <source>The site meets Mozilla&apos;s intermediate profile.</source>
        <translation>Die Website erfüllt das Mozilla-Profil „Intermediate“.</translation>
    </message>
    <message>
        <source>The site meets Mozilla&apos;s intermediate profile; a few recommendations remain.</source>
        <translation>Die Website erfüllt das Mozilla-Profil „Intermediate“; einige Empfehlungen bleiben offen.</translation>
    </message>
    <message>
        <source>The site does not meet Mozilla&apos;s intermediate profile.</source>
        <translation>Die Website erfüllt das Mozilla-Profil „Intermediate“ nicht.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TlsPage</name>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Verschlüsselung (TLS)</translation>
    </message>
    <message>
        <source>&amp;Probe</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>E&amp;xport as JSON…</source>
        <translation>Als JSON e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Earlier pro&amp;bes</source>
        <translation>&amp;Frühere Prüfungen</translation>
    </message>
    <message>
        <source>Encryption keeps your customers&apos; passwords, addresses and card details private on their way to your shop, and browsers warn visitors away from a shop whose encryption is broken. Here Storefort checks your site the way a browser would and tells you what to ask your host to fix. Probe your site now, and again after every change your host makes.</source>
        <translation>Die Verschlüsselung schützt die Passwörter, Adressen und Kartendaten Ihrer Kunden auf dem Weg zu Ihrem Shop, und Browser warnen Besucher vor einem Shop, dessen Verschlüsselung fehlerhaft ist. Hier prüft Storefort Ihre Website so, wie es ein Browser tun würde, und sagt Ihnen, worum Sie Ihren Hoster bitten sollten. Prüfen Sie Ihre Website jetzt und erneut nach jeder Änderung, die Ihr Hoster vornimmt.</translation>
    </message>
    <message>
        <source>Site to probe</source>
        <translation>Zu prüfende Website</translation>
    </message>
    <message>
        <source>shop.example</source>
        <translation>shop.example</translation>
    </message>
    <message>
        <source>The shop&apos;s address, from the shop profile; you may type another name or address</source>
        <translation>Die Adresse des Shops aus dem Shop-Profil; Sie können auch einen anderen Namen oder eine andere Adresse eingeben</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Check the site&apos;s encryption now (it takes up to a minute or two)</source>
        <translation>Die Verschlüsselung der Website jetzt prüfen (das dauert bis zu ein, zwei Minuten)</translation>
    </message>
    <message>
        <source>Cancel the probe</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Probe progress</source>
        <translation>Fortschritt der Prüfung</translation>
    </message>
    <message>
        <source>No probe yet. Check the site above and press Probe: the result appears here and is kept in the plan, so the next probe can say what changed.</source>
        <translation>Noch keine Prüfung. Kontrollieren Sie oben die Website und klicken Sie auf „Prüfen“: Das Ergebnis erscheint hier und wird im Plan gespeichert, damit die nächste Prüfung zeigen kann, was sich geändert hat.</translation>
    </message>
    <message>
        <source>Save the probe shown as a JSON file, e.g. to send it to your host</source>
        <translation>Die angezeigte Prüfung als JSON-Datei speichern, z. B. um sie Ihrem Hoster zu schicken</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Details of the probe</source>
        <translation>Details der Prüfung</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>Bef&amp;unde</translation>
    </message>
    <message>
        <source>P&amp;rotocols and ciphers</source>
        <translation>P&amp;rotokolle und Verschlüsselung</translation>
    </message>
    <message>
        <source>Cer&amp;tificate</source>
        <translation>&amp;Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Web server</source>
        <translation>W&amp;ebserver</translation>
    </message>
    <message>
        <source>&amp;Mozilla profile</source>
        <translation>&amp;Mozilla-Profil</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This is not an address Storefort can probe.</source>
        <translation>Diese Adresse kann Storefort nicht prüfen.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Suche %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Step %1 of %2 — %3</source>
        <extracomment>&quot;Step 3 of 12 — Checking TLS 1.2 cipher suites&quot;</extracomment>
        <translation>Schritt %1 von %2 — %3</translation>
    </message>
    <message>
        <source>First look at %1 — the probe goes on</source>
        <translation>Erster Eindruck von %1 — die Prüfung läuft weiter</translation>
    </message>
    <message>
        <source>• No protocol accepted so far.</source>
        <translation>• Bisher wurde kein Protokoll akzeptiert.</translation>
    </message>
    <message>
        <source>• Accepts %1.</source>
        <translation>• Akzeptiert %1.</translation>
    </message>
    <message>
        <source>• No certificate seen yet.</source>
        <translation>• Noch kein Zertifikat gesehen.</translation>
    </message>
    <message>
        <source>• The certificate is self-signed: browsers do not trust it.</source>
        <translation>• Das Zertifikat ist selbst signiert: Browser vertrauen ihm nicht.</translation>
    </message>
    <message>
        <source>• Browsers do not trust the certificate.</source>
        <translation>• Browser vertrauen dem Zertifikat nicht.</translation>
    </message>
    <message>
        <source>• The certificate is for a different name.</source>
        <translation>• Das Zertifikat gilt für einen anderen Namen.</translation>
    </message>
    <message>
        <source>• The certificate is trusted and matches the name.</source>
        <translation>• Das Zertifikat ist vertrauenswürdig und passt zum Namen.</translation>
    </message>
    <message>
        <source>The findings follow when the probe is done.</source>
        <translation>Die Befunde folgen, wenn die Prüfung fertig ist.</translation>
    </message>
    <message>
        <source>The probe learned nothing about the site.</source>
        <translation>Die Prüfung hat nichts über die Website ermittelt.</translation>
    </message>
    <message>
        <source>The plan is read-only.</source>
        <translation>Der Plan ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The probe was not kept in the plan.</source>
        <translation>Die Prüfung wurde nicht im Plan gespeichert.</translation>
    </message>
    <message>
        <source>Probe of %1 just now (not kept)</source>
        <translation>Prüfung von %1 gerade eben (nicht gespeichert)</translation>
    </message>
    <message>
        <source>The probe could not be kept in the plan.</source>
        <translation>Die Prüfung konnte nicht im Plan gespeichert werden.</translation>
    </message>
    <message>
        <source>The probe is done and kept in the plan (%1 seconds).</source>
        <translation>Die Prüfung ist fertig und im Plan gespeichert (%1 Sekunden).</translation>
    </message>
    <message>
        <source>The site has %1 addresses; each has its own entry under Earlier probes.</source>
        <translation>Die Website hat %1 Adressen; jede hat einen eigenen Eintrag unter „Frühere Prüfungen“.</translation>
    </message>
    <message>
        <source>The probe was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing was kept in the plan.</source>
        <translation>Im Plan wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The probe could not finish.</source>
        <translation>Die Prüfung konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>The earlier probes could not be read.</source>
        <translation>Die früheren Prüfungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Earlier pro&amp;bes (%1)</source>
        <translation>&amp;Frühere Prüfungen (%1)</translation>
    </message>
    <message>
        <source>It is no longer in the plan.</source>
        <translation>Sie ist nicht mehr im Plan.</translation>
    </message>
    <message>
        <source>This probe could not be read from the plan.</source>
        <translation>Diese Prüfung konnte nicht aus dem Plan gelesen werden.</translation>
    </message>
    <message>
        <source>Probe of %1 on %2</source>
        <translation>Prüfung von %1 am %2</translation>
    </message>
    <message>
        <source>The probe could not learn everything.</source>
        <translation>Die Prüfung konnte nicht alles ermitteln.</translation>
    </message>
    <message>
        <source>Export the Probe as JSON</source>
        <translation>Prüfung als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>The probe could not be saved as %1: %2</source>
        <translation>Die Prüfung konnte nicht als %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The probe was saved.</source>
        <translation>Die Prüfung wurde gespeichert.</translation>
    </message>
    <message>
        <source>It is in %1.</source>
        <translation>Sie liegt unter %1.</translation>
    </message>
</context>
<context>
    <name>TlsProbe</name>
    <message>
        <source>%1 is not an IP address.</source>
        <translation>%1 ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>The name %1 could not be found (DNS): check the spelling, or whether this computer is online.</source>
        <translation>Der Name %1 wurde nicht gefunden (DNS): Prüfen Sie die Schreibweise und ob dieser Computer online ist.</translation>
    </message>
    <message>
        <source>%1 has no IPv6 address.</source>
        <translation>%1 hat keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>%1 has no IPv4 address.</source>
        <translation>%1 hat keine IPv4-Adresse.</translation>
    </message>
    <message>
        <source>%1 stopped accepting connections: %2</source>
        <translation>%1 nimmt keine Verbindungen mehr an: %2</translation>
    </message>
    <message>
        <source>The probe was stopped.</source>
        <translation>Die Prüfung wurde angehalten.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Prüfe %1</translation>
    </message>
    <message>
        <source>Reading the certificate and the web server&apos;s answer</source>
        <translation>Lese das Zertifikat und die Antwort des Webservers</translation>
    </message>
    <message>
        <source>Checking the %1 cipher suites</source>
        <translation>Prüfe die Cipher-Suites von %1</translation>
    </message>
    <message>
        <source>Checking the key exchange groups</source>
        <translation>Prüfe die Gruppen für den Schlüsselaustausch</translation>
    </message>
    <message>
        <source>Checking for known flaws</source>
        <translation>Prüfe auf bekannte Schwachstellen</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <source>%1 closed every connection without a word. It may not speak TLS on this port, or it may be blocking this computer.</source>
        <translation>%1 hat jede Verbindung kommentarlos geschlossen. Vielleicht spricht der Server auf diesem Port kein TLS, oder er blockiert diesen Computer.</translation>
    </message>
    <message>
        <source>%1 refused every SSL and TLS version.</source>
        <translation>%1 hat jede SSL- und TLS-Version abgelehnt.</translation>
    </message>
    <message>
        <source>%1 does not speak SSL or TLS: %2</source>
        <translation>%1 spricht weder SSL noch TLS: %2</translation>
    </message>
    <message>
        <source>The certificate could not be read: %1</source>
        <translation>Das Zertifikat konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The checks for known flaws could not run: %1</source>
        <translation>Die Prüfungen auf bekannte Schwachstellen konnten nicht laufen: %1</translation>
    </message>
    <message>
        <source>The probe was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The address %1 could not be probed: %2</source>
        <translation>Die Adresse %1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a site address. Write it like shop.example, shop.example:8443 or https://shop.example/.</source>
        <translation>„%1“ ist keine Website-Adresse. Schreiben Sie sie etwa als shop.example, shop.example:8443 oder https://shop.example/.</translation>
    </message>
    <message>
        <source>Enter the address of the site to probe.</source>
        <translation>Geben Sie die Adresse der zu prüfenden Website ein.</translation>
    </message>
    <message numerus="yes">
        <source>The probe did not finish within %n second(s) and was stopped. The server answers very slowly, or holds connections open without answering.</source>
        <translation>
            <numerusform>Die Prüfung wurde nach %n Sekunde nicht abgeschlossen und angehalten. Der Server antwortet sehr langsam oder hält Verbindungen offen, ohne zu antworten.</numerusform>
            <numerusform>Die Prüfung wurde nach %n Sekunden nicht abgeschlossen und angehalten. Der Server antwortet sehr langsam oder hält Verbindungen offen, ohne zu antworten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 began an answer but never completed one, so it is counted as not accepted.</source>
        <translation>%1 hat eine Antwort begonnen, aber nie abgeschlossen; es zählt daher als nicht akzeptiert.</translation>
    </message>
</context>
<context>
    <name>TlsProbeJson</name>
    <message>
        <source>This is not a probe result Storefort can read.</source>
        <translation>Das ist kein Prüfergebnis, das Storefort lesen kann.</translation>
    </message>
    <message>
        <source>This kept probe is damaged: %1</source>
        <translation>Diese gespeicherte Prüfung ist beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>TlsProtocolTable</name>
    <message>
        <source>Protocols and cipher suites</source>
        <translation>Protokolle und Cipher-Suites</translation>
    </message>
    <message>
        <source>Protocol or cipher suite</source>
        <translation>Protokoll oder Cipher-Suite</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Forward secrecy</source>
        <translation>Forward Secrecy</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>1 cipher suite</source>
        <translation>1 Cipher-Suite</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cipher suites</source>
        <translation>
            <numerusform>%Ln Cipher-Suite</numerusform>
            <numerusform>%Ln Cipher-Suites</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken: turn it off</source>
        <translation>Geknackt: abschalten</translation>
    </message>
    <message>
        <source>Good: off</source>
        <translation>Gut: aus</translation>
    </message>
    <message>
        <source>Outdated: turn it off</source>
        <translation>Veraltet: abschalten</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Off: some older browsers cannot connect</source>
        <translation>Aus: Manche älteren Browser können keine Verbindung aufbauen</translation>
    </message>
    <message>
        <source>Missing: turn it on</source>
        <translation>Fehlt: einschalten</translation>
    </message>
    <message>
        <source>Missing: worth turning on</source>
        <translation>Fehlt: Einschalten lohnt sich</translation>
    </message>
    <message>
        <source>%1 (the server&apos;s choice)</source>
        <translation>%1 (Wahl des Servers)</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>Insecure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Akzeptabel</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>VulnerabilityChecks</name>
    <message>
        <source>The server no longer answers a %1 hello: %2</source>
        <translation>Der Server antwortet nicht mehr auf ein %1-Hello: %2</translation>
    </message>
    <message>
        <source>no ServerHello came back</source>
        <translation>es kam kein ServerHello zurück</translation>
    </message>
    <message>
        <source>The server no longer accepts the %1 hello it accepted before: %2</source>
        <translation>Der Server nimmt das %1-Hello, das er vorher angenommen hat, nicht mehr an: %2</translation>
    </message>
    <message>
        <source>The server accepted no SSL 3 or TLS version, so there is nothing to check.</source>
        <translation>Der Server hat weder SSL 3 noch eine TLS-Version angenommen, es gibt also nichts zu prüfen.</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <source>Welcome to Storefort</source>
        <translation>Willkommen bei Storefort</translation>
    </message>
    <message>
        <source>Set Up the Shop</source>
        <translation>Shop einrichten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The plan is no longer open.</source>
        <translation>Der Plan ist nicht mehr geöffnet.</translation>
    </message>
</context>
<context>
    <name>WelcomeWizardPage</name>
    <message>
        <source>Welcome to Storefort</source>
        <translation>Willkommen bei Storefort</translation>
    </message>
    <message>
        <source>Storefort helps you plan your shop&apos;s security, one step at a time and in plain words.</source>
        <translation>Storefort hilft Ihnen, die Sicherheit Ihres Shops zu planen – Schritt für Schritt und in verständlichen Worten.</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <extracomment>The welcome&apos;s Cancel button: dismisses the welcome for this plan</extracomment>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>&amp;Set Up My Shop</source>
        <extracomment>The welcome&apos;s Next button</extracomment>
        <translation>Meinen Shop &amp;einrichten</translation>
    </message>
    <message>
        <source>Walk you through the plan step by step, and show how far along your shop is.</source>
        <translation>Sie Schritt für Schritt durch den Plan führen und zeigen, wie weit Ihr Shop schon ist.</translation>
    </message>
    <message>
        <source>Check your site&apos;s encryption, the way a visitor&apos;s browser sees it.</source>
        <translation>Die Verschlüsselung Ihrer Website prüfen, so wie der Browser eines Besuchers sie sieht.</translation>
    </message>
    <message>
        <source>Keep on file what your host, CDN and developers promised you, and ask again when their answers grow old.</source>
        <translation>Festhalten, was Ihr Hoster, Ihr CDN und Ihre Entwickler Ihnen zugesagt haben, und erneut nachfragen, wenn die Antworten veralten.</translation>
    </message>
    <message>
        <source>Check who can get into your shop&apos;s accounts, and whether they still should.</source>
        <translation>Prüfen, wer in die Konten Ihres Shops hineinkommt und ob das noch so sein sollte.</translation>
    </message>
    <message>
        <source>Plan what to do when your site is flooded by an attack (DDoS).</source>
        <translation>Planen, was zu tun ist, wenn Ihre Website durch einen Angriff überflutet wird (DDoS).</translation>
    </message>
    <message>
        <source>Print a binder with everything you need at hand on a bad day.</source>
        <translation>Einen Notfallordner drucken – mit allem, was Sie im Ernstfall zur Hand haben müssen.</translation>
    </message>
    <message>
        <source>Send anything anywhere but to your own site, and only to check it when you ask.</source>
        <translation>Etwas irgendwohin senden außer an Ihre eigene Website – und dorthin nur, um sie zu prüfen, wenn Sie es verlangen.</translation>
    </message>
    <message>
        <source>Store a password or any other secret anywhere but your system&apos;s keychain.</source>
        <translation>Ein Passwort oder ein anderes Geheimnis irgendwo anders speichern als im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>What Storefort will do</source>
        <translation>Was Storefort tun wird</translation>
    </message>
    <message>
        <source>What Storefort will never do</source>
        <translation>Was Storefort niemals tun wird</translation>
    </message>
    <message>
        <source>First, a few questions about your shop: its name and address, who works on it, and which companies it relies on. It takes about five minutes, and you can change every answer later.</source>
        <translation>Zuerst ein paar Fragen zu Ihrem Shop: sein Name und seine Adresse, wer daran arbeitet und auf welche Unternehmen er angewiesen ist. Das dauert etwa fünf Minuten, und Sie können jede Antwort später ändern.</translation>
    </message>
</context>
<context>
    <name>WithdrawAcceptanceCommand</name>
    <message>
        <source>Withdraw the acceptance of “%1”</source>
        <translation>Akzeptanz von „%1“ zurückziehen</translation>
    </message>
    <message>
        <source>No plan is open.</source>
        <translation>Es ist kein Plan geöffnet.</translation>
    </message>
    <message>
        <source>That finding is not accepted.</source>
        <translation>Dieser Befund ist nicht akzeptiert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan and keep the security of your online shop.</source>
        <translation>Die Sicherheit Ihres Onlineshops planen und im Blick behalten.</translation>
    </message>
    <message>
        <source>The plan to open (a .storefort file).</source>
        <translation>Der zu öffnende Plan (eine .storefort-Datei).</translation>
    </message>
</context>
<context>
    <name>storefort-cli</name>
    <message>
        <source>unknown command &quot;%1&quot;.
%2</source>
        <translation>unbekannter Befehl „%1“.
%2</translation>
    </message>
    <message>
        <source>Usage: storefort-cli COMMAND ...

Commands:
  plan new PATH --shop NAME [--url URL]... [--platform KEY]   create a plan
  plan show PATH [--json]                                      show the shop and the team
  audit log PATH [--json] [--area AREA] [--person NAME] [--since DATE] [--until DATE]
                                                               list the history of changes
  audit verify PATH                                            check the history is intact
  probe HOST[:PORT] [--json] [--plan PATH] [...]               probe the site&apos;s TLS (see probe --help)
  probe --hosts FILE [--jobs N]                                probe many sites, one JSON line each
  providers list PLAN [--json]                                 list the providers and their answers
  providers add PLAN --name NAME --kind KIND [...]             add a provider (see providers add --help)
  providers show PLAN --provider ID [--json]                   one provider: every answer, who gave it and when
  providers check PLAN [--json]                                what the providers&apos; answers leave open
  questionnaire export PLAN --provider ID --format text|pdf|csv -o FILE [--outstanding]
                                                               write the email, letter or fill-in file
  questionnaire import PLAN --provider ID FILE [--dry-run] [--take-valid]
                                                               record a returned fill-in file
  accounts import PLAN --format FORMAT FILE [--system ID] [--map MAPPING.json] [--dry-run]
                  [--skip-errors]                              import accounts from an export
  accounts list PLAN [--system ID] [--json]                    list the accounts on file
  accounts systems PLAN [--json]                               list the systems accounts live on
  accounts add-system PLAN --kind KIND --name NAME [--provider ID]
                                                               add a system
  accounts check PLAN [--json]                                 who can get in: the accounts&apos; findings
  accounts letter PLAN --person ID -o FILE [--format text|pdf] [--no-record]
                                                               write a developer&apos;s confirmation letter
  binder PLAN -o FILE.pdf [--paper a4|letter]                  write the contingency binder
  report PLAN -o FILE.pdf [--paper a4|letter]                  write the full plan report
  verify PLAN [--json] [--item ID]                             check the recovery items, record what was found
  calendar PLAN -o FILE.ics                                    write the review dates as reminders
  findings PLAN [--csv FILE] [--json] [--step KEY] [--open]    every step&apos;s findings in one list
  score PLAN [--json]                                          the readiness score and what makes it

Options:
  --version   print the version
  --help      show this help

Exit codes: 0 success, 1 error, 2 wrong usage, 3 the history was tampered with (audit verify) or a check failed (verify).</source>
        <translation>Aufruf: storefort-cli COMMAND ...

Befehle:
  plan new PATH --shop NAME [--url URL]... [--platform KEY]   einen Plan anlegen
  plan show PATH [--json]                                      Shop und Team anzeigen
  audit log PATH [--json] [--area AREA] [--person NAME] [--since DATE] [--until DATE]
                                                               den Verlauf der Änderungen auflisten
  audit verify PATH                                            prüfen, ob der Verlauf intakt ist
  probe HOST[:PORT] [--json] [--plan PATH] [...]               das TLS der Website prüfen (siehe probe --help)
  probe --hosts FILE [--jobs N]                                viele Websites prüfen, je eine JSON-Zeile
  providers list PLAN [--json]                                 die Dienstleister und ihre Antworten auflisten
  providers add PLAN --name NAME --kind KIND [...]             einen Dienstleister hinzufügen (siehe providers add --help)
  providers show PLAN --provider ID [--json]                   ein Dienstleister: jede Antwort, wer sie wann gegeben hat
  providers check PLAN [--json]                                was die Antworten der Dienstleister offenlassen
  questionnaire export PLAN --provider ID --format text|pdf|csv -o FILE [--outstanding]
                                                               die E-Mail, den Brief oder die Ausfülldatei schreiben
  questionnaire import PLAN --provider ID FILE [--dry-run] [--take-valid]
                                                               eine zurückgeschickte Ausfülldatei erfassen
  accounts import PLAN --format FORMAT FILE [--system ID] [--map MAPPING.json] [--dry-run]
                  [--skip-errors]                              Konten aus einem Export importieren
  accounts list PLAN [--system ID] [--json]                    die erfassten Konten auflisten
  accounts systems PLAN [--json]                               die Systeme auflisten, auf denen die Konten liegen
  accounts add-system PLAN --kind KIND --name NAME [--provider ID]
                                                               ein System hinzufügen
  accounts check PLAN [--json]                                 wer hineinkommt: die Befunde zu den Konten
  accounts letter PLAN --person ID -o FILE [--format text|pdf] [--no-record]
                                                               das Bestätigungsschreiben an einen Entwickler schreiben
  binder PLAN -o FILE.pdf [--paper a4|letter]                  den Notfallordner als PDF erstellen
  report PLAN -o FILE.pdf [--paper a4|letter]                  den vollständigen Planbericht als PDF erstellen
  verify PLAN [--json] [--item ID]                             die Notfall-Elemente prüfen und das Ergebnis festhalten
  calendar PLAN -o FILE.ics                                    die Prüftermine als Erinnerungen speichern
  findings PLAN [--csv FILE] [--json] [--step KEY] [--open]    die Befunde aller Schritte in einer Liste ausgeben
  score PLAN [--json]                                          den Bereitschaftswert anzeigen und woraus er sich ergibt

Optionen:
  --version   die Version ausgeben
  --help      diese Hilfe anzeigen

Exit-Codes: 0 Erfolg, 1 Fehler, 2 falscher Aufruf, 3 der Verlauf wurde manipuliert (audit verify) oder eine Prüfung ist fehlgeschlagen (verify).</translation>
    </message>
</context>
</TS>
