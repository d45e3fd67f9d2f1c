<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddPersonCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
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
    <name>CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>storefort-cli: %1</source>
        <translation>storefort-cli: %1</translation>
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
    <name>EditPersonCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
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
        <translation>Ein Plan enthält alles, was Storefort über die Sicherheit eines Shops weiß: das Team, was Ihre Anbieter zugesagt haben, wer Zugang hat und wie Sie nach einem Vorfall wieder auf die Beine kommen. Öffnen Sie Ihren Plan oder beginnen Sie einen neuen für einen anderen Shop.</translation>
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
        <translation>Kontakt bei einem Anbieter</translation>
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
        <translation>Alle, die im oder für den Shop arbeiten: Personal, Entwickler, die Agentur und Ihre Ansprechpartner beim Hoster oder bei anderen Anbietern.</translation>
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
    <name>RemovePersonCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
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
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
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
        <translation>Storefort verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Colours and text size follow your system&apos;s settings.</source>
        <translation>Farben und Schriftgröße richten sich nach den Einstellungen Ihres Systems.</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Darstellung:</translation>
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

Options:
  --version   print the version
  --help      show this help

Exit codes: 0 success, 1 error, 2 wrong usage, 3 the history was tampered with.</source>
        <translation>Aufruf: storefort-cli BEFEHL ...

Befehle:
  plan new PATH --shop NAME [--url URL]... [--platform KEY]   einen Plan anlegen
  plan show PATH [--json]                                      Shop und Team anzeigen
  audit log PATH [--json] [--area AREA] [--person NAME] [--since DATE] [--until DATE]
                                                               den Verlauf der Änderungen auflisten
  audit verify PATH                                            prüfen, ob der Verlauf intakt ist
  probe HOST[:PORT] [--json] [--plan PATH] [...]               die TLS-Verschlüsselung der Website prüfen (siehe probe --help)
  probe --hosts FILE [--jobs N]                                viele Websites prüfen, je eine JSON-Zeile

Optionen:
  --version   die Version ausgeben
  --help      diese Hilfe anzeigen

Exit-Codes: 0 Erfolg, 1 Fehler, 2 falscher Aufruf, 3 der Verlauf wurde manipuliert.</translation>
    </message>
</context>
</TS>
