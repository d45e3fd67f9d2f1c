<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AcceptFindingCommand</name>
    <message>
        <source>Accept “%1” as a risk</source>
        <translation>Accepter «&#xa0;%1&#xa0;» comme risque</translation>
    </message>
    <message>
        <source>No plan is open.</source>
        <translation>Aucun plan n&apos;est ouvert.</translation>
    </message>
</context>
<context>
    <name>AcceptFindingDialog</name>
    <message>
        <source>&amp;No expiry</source>
        <translation>&amp;Sans échéance</translation>
    </message>
    <message>
        <source>Accept as a Risk</source>
        <translation>Accepter comme risque</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Accepting this finding says the shop knowingly carries the risk for now. It stays in the list and in the binder, marked as accepted with your reason, and counts again when the acceptance runs out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Accepter ce constat signifie que la boutique assume sciemment ce risque pour le moment. Il reste dans la liste et dans le classeur, marqué comme accepté avec votre raison, et compte de nouveau lorsque l&apos;acceptation arrive à échéance.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Why the shop accepts this risk</source>
        <translation>Pourquoi la boutique accepte ce risque</translation>
    </message>
    <message>
        <source>For example: the old payment page is switched off at the end of the month; until then the host watches it.</source>
        <translation>Par exemple&#xa0;: l&apos;ancienne page de paiement sera désactivée à la fin du mois&#xa0;; d&apos;ici là, l&apos;hébergeur la surveille.</translation>
    </message>
    <message>
        <source>Accepted until</source>
        <translation>Accepté jusqu&apos;au</translation>
    </message>
    <message>
        <source>The finding stays accepted until you withdraw the acceptance</source>
        <translation>Le constat reste accepté jusqu&apos;à ce que vous retiriez l&apos;acceptation</translation>
    </message>
    <message>
        <source>%1, today (%2)</source>
        <translation>%1, aujourd&apos;hui (%2)</translation>
    </message>
    <message>
        <source>&amp;Why the shop accepts it:</source>
        <translation>&amp;Pourquoi la boutique l&apos;accepte&#xa0;:</translation>
    </message>
    <message>
        <source>Accepted &amp;until:</source>
        <translation>Accepté &amp;jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>Accepted by:</source>
        <translation>Accepté par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Accept Risk</source>
        <translation>&amp;Accepter le risque</translation>
    </message>
    <message>
        <source>That day has passed. Choose a day from today on, or no expiry.</source>
        <translation>Cette date est passée. Choisissez une date à partir d&apos;aujourd&apos;hui, ou «&#xa0;Sans échéance&#xa0;».</translation>
    </message>
    <message>
        <source>Say why first: the reason is what a later review reads.</source>
        <translation>Indiquez d&apos;abord pourquoi&#xa0;: c&apos;est cette raison que lira une revue ultérieure.</translation>
    </message>
</context>
<context>
    <name>AccessMatrixModel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role in the business</source>
        <translation>Rôle dans l&apos;entreprise</translation>
    </message>
    <message>
        <source>The highest role each person has on %1</source>
        <translation>Le rôle le plus élevé de chaque personne sur %1</translation>
    </message>
    <message>
        <source>Who can see or change: %1</source>
        <translation>Qui peut voir ou modifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>Aucune personne désignée</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (a quitté l&apos;équipe)</translation>
    </message>
    <message>
        <source>Accounts that belong to no one in the team: say whose they are on the Accounts tab.</source>
        <translation>Comptes qui n&apos;appartiennent à personne dans l&apos;équipe&#xa0;: indiquez à qui ils sont dans l&apos;onglet Comptes.</translation>
    </message>
    <message>
        <source>%1 left on %2. Double-click to say what their work needed.</source>
        <translation>%1 a quitté l&apos;équipe le %2. Double-cliquez pour indiquer ce dont son travail avait besoin.</translation>
    </message>
    <message>
        <source>Double-click to say what %1’s work needs.</source>
        <translation>Double-cliquez pour indiquer ce dont le travail de %1 a besoin.</translation>
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
        <translation>⚠ au-delà des besoins</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>Their accounts reach %1, but their work does not need it.</source>
        <translation>Ses comptes donnent accès à «&#xa0;%1&#xa0;», mais son travail n&apos;en a pas besoin.</translation>
    </message>
    <message>
        <source>Their accounts reach %1.</source>
        <translation>Ses comptes donnent accès à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>reaches, beyond what their work needs</source>
        <translation>accès, au-delà de ce dont son travail a besoin</translation>
    </message>
    <message>
        <source>reaches</source>
        <translation>accès</translation>
    </message>
    <message>
        <source>does not reach</source>
        <translation>pas d&apos;accès</translation>
    </message>
</context>
<context>
    <name>AccessMatrixView</name>
    <message>
        <source>&amp;Record Access Review…</source>
        <translation>&amp;Enregistrer la revue des accès…</translation>
    </message>
    <message>
        <source>Once you have gone through the table and taken away what is not needed</source>
        <translation>Une fois que vous avez parcouru le tableau et retiré ce qui n&apos;est pas nécessaire</translation>
    </message>
    <message>
        <source>Each row is a person, each column a system or a kind of data. “⚠ beyond need” marks data a person’s accounts reach although their work does not need it. Double-click a person to say what their work needs.</source>
        <translation>Chaque ligne est une personne, chaque colonne un système ou une catégorie de données. «&#xa0;⚠ au-delà des besoins&#xa0;» signale des données auxquelles les comptes d&apos;une personne donnent accès alors que son travail n&apos;en a pas besoin. Double-cliquez sur une personne pour indiquer ce dont son travail a besoin.</translation>
    </message>
    <message>
        <source>Who can reach which system and which data</source>
        <translation>Qui peut accéder à quel système et à quelles données</translation>
    </message>
    <message>
        <source>1 person can</source>
        <translation>1 personne peut</translation>
    </message>
    <message>
        <source>%1 people can</source>
        <translation>%1 personnes peuvent</translation>
    </message>
    <message>
        <source>%1 see customers’ buying habits, %2 product lists, %3 purchase costs and prices.</source>
        <translation>%1 voir les habitudes d&apos;achat des clients, %2 les listes de produits, %3 les coûts d&apos;achat et les prix.</translation>
    </message>
    <message>
        <source>Last access review: %1</source>
        <translation>Dernière revue des accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last access review: never</source>
        <translation>Dernière revue des accès&#xa0;: jamais</translation>
    </message>
    <message>
        <source>⚠ beyond need</source>
        <translation>⚠ au-delà des besoins</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Record Access Review</source>
        <translation>Enregistrer la revue des accès</translation>
    </message>
    <message numerus="yes">
        <source>You went through who can reach what and took away what was not needed. The next review is due %n days later.</source>
        <translation>
            <numerusform>Vous avez vérifié qui peut accéder à quoi et retiré ce qui n&apos;était pas nécessaire. La prochaine revue est prévue %n jour plus tard.</numerusform>
            <numerusform>Vous avez vérifié qui peut accéder à quoi et retiré ce qui n&apos;était pas nécessaire. La prochaine revue est prévue %n jours plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Revue effectuée le</translation>
    </message>
    <message>
        <source>Review Not Recorded</source>
        <translation>Revue non enregistrée</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>%1 admin</source>
        <translation>Administration %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id; ids are whole numbers.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant&#xa0;; les identifiants sont des nombres entiers.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message>
        <source>New accounts:</source>
        <translation>Nouveaux comptes&#xa0;:</translation>
    </message>
    <message>
        <source>Changed accounts:</source>
        <translation>Comptes modifiés&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1&#xa0;: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Removed accounts (kept on file as removed):</source>
        <translation>Comptes supprimés (conservés dans le plan avec le statut supprimé)&#xa0;:</translation>
    </message>
    <message>
        <source>What the file was exported from.</source>
        <translation>D&apos;où le fichier a été exporté.</translation>
    </message>
    <message>
        <source>The system the accounts are on.</source>
        <translation>Le système sur lequel se trouvent les comptes.</translation>
    </message>
    <message>
        <source>Which column holds which field (JSON), for csv.</source>
        <translation>Quelle colonne contient quel champ (JSON), pour csv.</translation>
    </message>
    <message>
        <source>Show what would change; change nothing.</source>
        <translation>Montrer ce qui changerait, sans rien modifier.</translation>
    </message>
    <message>
        <source>Import the readable rows even when others are refused.</source>
        <translation>Importer les lignes lisibles même si d&apos;autres sont refusées.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli accounts import PLAN --format wordpress|magento|prestashop|cpanel|google|m365|csv FILE
       [--system ID] [--map MAPPING.json] [--dry-run] [--skip-errors]</source>
        <translation>Utilisation&#xa0;: storefort-cli accounts import PLAN --format wordpress|magento|prestashop|cpanel|google|m365|csv FILE
              [--system ID] [--map MAPPING.json] [--dry-run] [--skip-errors]</translation>
    </message>
    <message>
        <source>give what the file was exported from with --format: %1</source>
        <translation>indiquez d&apos;où le fichier a été exporté avec --format&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;. Choose one of: %2</source>
        <translation>format inconnu «&#xa0;%1&#xa0;». Choisissez parmi&#xa0;: %2</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a column mapping: write a JSON object such as {&quot;user_name&quot;: &quot;Login&quot;, &quot;email&quot;: &quot;E-mail&quot;}.</source>
        <translation>%1 n&apos;est pas une correspondance de colonnes&#xa0;: écrivez un objet JSON tel que {&quot;user_name&quot;: &quot;Login&quot;, &quot;email&quot;: &quot;E-mail&quot;}.</translation>
    </message>
    <message>
        <source>%1 does not say which column holds the user name (&quot;user_name&quot;).</source>
        <translation>%1 n&apos;indique pas quelle colonne contient le nom d&apos;utilisateur («&#xa0;user_name&#xa0;»).</translation>
    </message>
    <message>
        <source>the plan has no system %1 (see: storefort-cli accounts systems).</source>
        <translation>le plan n&apos;a pas de système %1 (voir&#xa0;: storefort-cli accounts systems).</translation>
    </message>
    <message>
        <source>the plan has several systems of the kind &quot;%1&quot;; choose one with --system ID:
%2</source>
        <translation>le plan contient plusieurs systèmes de la catégorie «&#xa0;%1&#xa0;»&#xa0;; choisissez-en un avec --system ID&#xa0;:
%2</translation>
    </message>
    <message>
        <source>say which system the accounts are on with --system ID (add one with: storefort-cli accounts add-system).%1</source>
        <translation>indiquez avec --system ID sur quel système se trouvent les comptes (pour en ajouter un&#xa0;: storefort-cli accounts add-system).%1</translation>
    </message>
    <message>
        <source>say which column holds which field with --map MAPPING.json (the plan remembers it afterwards).</source>
        <translation>indiquez avec --map MAPPING.json quelle colonne contient quel champ (le plan s&apos;en souvient ensuite).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 compared with the accounts on %2 (system %3):</source>
        <translation>%1 comparé aux comptes de %2 (système %3)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 compared with a new system &quot;%2&quot;:</source>
        <translation>%1 comparé à un nouveau système «&#xa0;%2&#xa0;»&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused</source>
        <translation>
            <numerusform>%n ligne refusée</numerusform>
            <numerusform>%n lignes refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was changed: correct the file and import it again, or use --skip-errors to import the other rows.</source>
        <translation>rien n&apos;a été modifié&#xa0;: corrigez le fichier et importez-le à nouveau, ou utilisez --skip-errors pour importer les autres lignes.</translation>
    </message>
    <message>
        <source>Dry run: the plan is unchanged.</source>
        <translation>Simulation&#xa0;: le plan n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Added the system &quot;%1&quot; (%2).</source>
        <translation>Système «&#xa0;%1&#xa0;» ajouté (%2).</translation>
    </message>
    <message>
        <source>Nothing to change: the accounts on file are up to date.</source>
        <translation>Rien à modifier&#xa0;: les comptes enregistrés sont à jour.</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n account(s) added, </source>
        <translation>
            <numerusform>Importation&#xa0;: %n compte ajouté, </numerusform>
            <numerusform>Importation&#xa0;: %n comptes ajoutés, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed, </source>
        <translation>
            <numerusform>%n modifié, </numerusform>
            <numerusform>%n modifiés, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked removed.</source>
        <translation>
            <numerusform>%n marqué comme supprimé.</numerusform>
            <numerusform>%n marqués comme supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the accounts on this system.</source>
        <translation>Seulement les comptes de ce système.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli accounts list PLAN [--system ID] [--json]</source>
        <translation>Utilisation&#xa0;: storefort-cli accounts list PLAN [--system ID] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>MFA: %1</source>
        <translation>MFA&#xa0;: %1</translation>
    </message>
    <message>
        <source>last login %1</source>
        <translation>dernière connexion le %1</translation>
    </message>
    <message>
        <source>No accounts yet. Import some with: storefort-cli accounts import PLAN --format FORMAT FILE</source>
        <translation>Aucun compte pour l&apos;instant. Importez-en avec&#xa0;: storefort-cli accounts import PLAN --format FORMAT FILE</translation>
    </message>
    <message>
        <source>Usage: storefort-cli accounts systems PLAN [--json]</source>
        <translation>Utilisation&#xa0;: storefort-cli accounts systems PLAN [--json]</translation>
    </message>
    <message>
        <source>No systems yet. Add one with: storefort-cli accounts add-system PLAN --kind KIND --name NAME</source>
        <translation>Aucun système pour l&apos;instant. Ajoutez-en un avec&#xa0;: storefort-cli accounts add-system PLAN --kind KIND --name NAME</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n actif</numerusform>
            <numerusform>%n actifs</numerusform>
        </translation>
    </message>
    <message>
        <source>run by %1</source>
        <translation>géré par %1</translation>
    </message>
    <message>
        <source>What sort of system it is.</source>
        <translation>La catégorie du système.</translation>
    </message>
    <message>
        <source>The system&apos;s name.</source>
        <translation>Le nom du système.</translation>
    </message>
    <message>
        <source>The provider that runs it.</source>
        <translation>Le prestataire qui le gère.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli accounts add-system PLAN --kind KIND --name NAME [--provider ID]
Kinds: %1</source>
        <translation>Utilisation&#xa0;: storefort-cli accounts add-system PLAN --kind KIND --name NAME [--provider ID]
Catégories&#xa0;: %1</translation>
    </message>
    <message>
        <source>give what sort of system it is with --kind KIND: %1</source>
        <translation>indiquez la catégorie du système avec --kind KIND&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;. Choose one of: %2</source>
        <translation>catégorie inconnue «&#xa0;%1&#xa0;». Choisissez parmi&#xa0;: %2</translation>
    </message>
    <message>
        <source>give the system&apos;s name with --name NAME.</source>
        <translation>indiquez le nom du système avec --name NAME.</translation>
    </message>
    <message>
        <source>the plan has no provider %1 (see: storefort-cli providers list).</source>
        <translation>le plan n&apos;a pas de prestataire %1 (voir&#xa0;: storefort-cli providers list).</translation>
    </message>
    <message>
        <source>usage: storefort-cli accounts import|list|systems|add-system|check|letter ...</source>
        <translation>utilisation&#xa0;: storefort-cli accounts import|list|systems|add-system|check|letter ...</translation>
    </message>
    <message>
        <source>Usage: storefort-cli accounts check PLAN [--json]</source>
        <translation>Utilisation&#xa0;: storefort-cli accounts check PLAN [--json]</translation>
    </message>
    <message>
        <source>The developer or agency (team member id).</source>
        <translation>Le développeur ou l&apos;agence (identifiant du membre de l&apos;équipe).</translation>
    </message>
    <message>
        <source>Where to write the letter.</source>
        <translation>Le fichier dans lequel écrire la lettre.</translation>
    </message>
    <message>
        <source>text or pdf (default: from the file&apos;s extension).</source>
        <translation>text ou pdf (par défaut&#xa0;: selon l&apos;extension du fichier).</translation>
    </message>
    <message>
        <source>Do not record the letter as written in the plan.</source>
        <translation>Ne pas enregistrer dans le plan que la lettre a été écrite.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli accounts letter PLAN --person ID -o FILE [--format text|pdf] [--no-record]</source>
        <translation>Utilisation&#xa0;: storefort-cli accounts letter PLAN --person ID -o FILE [--format text|pdf] [--no-record]</translation>
    </message>
    <message>
        <source>There is no team member with the id %1.</source>
        <translation>Il n&apos;y a aucun membre de l&apos;équipe avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>%1 holds no active account in the plan: there is nothing to confirm.</source>
        <translation>%1 n&apos;a aucun compte actif dans le plan&#xa0;: il n&apos;y a rien à confirmer.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the letter to %1 about %n account(s); recorded as letter %2.</source>
        <translation>
            <numerusform>Lettre concernant %n compte écrite dans %1&#xa0;; enregistrée comme lettre %2.</numerusform>
            <numerusform>Lettre concernant %n comptes écrite dans %1&#xa0;; enregistrée comme lettre %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the letter to %1 about %n account(s).</source>
        <translation>
            <numerusform>Lettre concernant %n compte écrite dans %1.</numerusform>
            <numerusform>Lettre concernant %n comptes écrite dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>&amp;Shared: several people sign in with it</source>
        <translation>&amp;Compte partagé&#xa0;: plusieurs personnes s&apos;y connectent</translation>
    </message>
    <message>
        <source>Used by a &amp;program, not a person (a service account)</source>
        <translation>Utilisé par un &amp;programme, pas par une personne (compte de service)</translation>
    </message>
    <message>
        <source>Add an Account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <source>An account the exports do not list, such as one on a system you cannot export from. Say whom it belongs to and what it can reach.</source>
        <translation>Un compte qui ne figure dans aucun export, par exemple sur un système dont vous ne pouvez rien exporter. Indiquez à qui il appartient et à quoi il donne accès.</translation>
    </message>
    <message>
        <source>Say whom this account belongs to and what it can reach. The next import keeps what you set here.</source>
        <translation>Indiquez à qui appartient ce compte et à quoi il donne accès. La prochaine importation conserve ce que vous indiquez ici.</translation>
    </message>
    <message>
        <source>The name used to sign in</source>
        <translation>Le nom utilisé pour se connecter</translation>
    </message>
    <message>
        <source>Team members who use this account</source>
        <translation>Membres de l&apos;équipe qui utilisent ce compte</translation>
    </message>
    <message>
        <source>Tick everyone who signs in with this account. An account of its own for each person is safest.</source>
        <translation>Cochez toutes les personnes qui se connectent avec ce compte. Le plus sûr est que chaque personne ait son propre compte.</translation>
    </message>
    <message>
        <source>Nobody in the team yet: add people in the Shop and team step.</source>
        <translation>Personne dans l&apos;équipe pour l&apos;instant&#xa0;: ajoutez des personnes à l&apos;étape Boutique et équipe.</translation>
    </message>
    <message>
        <source>What the account may do, in plain terms. Give each account the least it needs for its work.</source>
        <translation>Ce que le compte peut faire, en termes simples. Donnez à chaque compte le strict nécessaire pour son travail.</translation>
    </message>
    <message>
        <source>Data it can reach</source>
        <translation>Données accessibles</translation>
    </message>
    <message>
        <source>Does this account need a second step (an app or a code) to sign in?</source>
        <translation>Ce compte demande-t-il une deuxième étape (une application ou un code) pour se connecter&#xa0;?</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>&amp;Système&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Name s&amp;hown:</source>
        <translation>Nom affic&amp;hé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Belongs to:</source>
        <translation>&amp;Appartient à&#xa0;:</translation>
    </message>
    <message>
        <source>called &quot;%1&quot; on the system</source>
        <translation>appelé «&#xa0;%1&#xa0;» sur le système</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Two-step sign-in:</source>
        <translation>Connexion en &amp;deux étapes&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>AccountFindings</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) on %1 belong to nobody named</source>
        <translation>
            <numerusform>%n compte sur %1 n&apos;appartient à aucune personne désignée</numerusform>
            <numerusform>%n comptes sur %1 n&apos;appartiennent à aucune personne désignée</numerusform>
        </translation>
    </message>
    <message>
        <source>An account nobody answers for is the one nobody notices when it is misused, and the one that stays open when people leave.</source>
        <translation>Un compte dont personne ne répond est celui que personne ne remarque quand il est détourné, et celui qui reste ouvert quand des gens s&apos;en vont.</translation>
    </message>
    <message>
        <source>Say whose each account is (edit the account), mark machine accounts as service accounts, and disable the ones nobody claims.</source>
        <translation>Indiquez à qui appartient chaque compte (modifiez le compte), marquez les comptes utilisés par des machines comme comptes de service, et désactivez ceux que personne ne revendique.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) on %1 are used by several people</source>
        <translation>
            <numerusform>%n compte sur %1 est utilisé par plusieurs personnes</numerusform>
            <numerusform>%n comptes sur %1 sont utilisés par plusieurs personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>When several people sign in with one user name, the log cannot say who did what, and the password cannot be changed when one of them leaves without stopping the others.</source>
        <translation>Quand plusieurs personnes se connectent avec le même nom d&apos;utilisateur, le journal ne peut pas dire qui a fait quoi, et le mot de passe ne peut pas être changé au départ de l&apos;une d&apos;elles sans bloquer les autres.</translation>
    </message>
    <message>
        <source>Give each person their own account with their own password, then disable the shared one.</source>
        <translation>Donnez à chaque personne son propre compte avec son propre mot de passe, puis désactivez le compte partagé.</translation>
    </message>
    <message numerus="yes">
        <source>%n shared or generic account(s) on %1</source>
        <translation>
            <numerusform>%n compte partagé ou générique sur %1</numerusform>
            <numerusform>%n comptes partagés ou génériques sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts named after a team or a mailbox (info, office, shop, support...) or marked shared are usually used by several people with one password: nobody can tell who did what.</source>
        <translation>Les comptes qui portent le nom d&apos;une équipe ou d&apos;une boîte mail (info, office, shop, support...) ou qui sont marqués comme partagés sont généralement utilisés par plusieurs personnes avec un seul mot de passe&#xa0;: personne ne peut savoir qui a fait quoi.</translation>
    </message>
    <message>
        <source>Replace each with personal accounts; if one must stay (a mailbox), make sure nobody signs in to the shop with it.</source>
        <translation>Remplacez chacun d&apos;eux par des comptes personnels&#xa0;; si l&apos;un doit rester (une boîte mail), assurez-vous que personne ne s&apos;en sert pour se connecter à la boutique.</translation>
    </message>
    <message numerus="yes">
        <source>%n administrator account(s) on %1 without a second factor</source>
        <translation>
            <numerusform>%n compte administrateur sur %1 sans second facteur</numerusform>
            <numerusform>%n comptes administrateurs sur %1 sans second facteur</numerusform>
        </translation>
    </message>
    <message>
        <source>An administrator can change everything, including other accounts. With a password alone, one leaked or guessed password hands the whole system over.</source>
        <translation>Un administrateur peut tout modifier, y compris les autres comptes. Avec un simple mot de passe, il suffit qu&apos;il soit divulgué ou deviné pour livrer tout le système.</translation>
    </message>
    <message>
        <source>Turn on two-step sign-in (an app or a security key) for every administrator, and enforce it on the system if it can.</source>
        <translation>Activez la connexion en deux étapes (une application ou une clé de sécurité) pour chaque administrateur, et rendez-la obligatoire sur le système si c&apos;est possible.</translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) on %1 not changed for too long</source>
        <translation>
            <numerusform>%n mot de passe sur %1 n&apos;a pas été changé depuis trop longtemps</numerusform>
            <numerusform>%n mots de passe sur %1 n&apos;ont pas été changés depuis trop longtemps</numerusform>
        </translation>
    </message>
    <message>
        <source>Old passwords have had years to leak: through a reused password elsewhere, an old laptop or a former colleague.</source>
        <translation>Les anciens mots de passe ont eu des années pour fuiter&#xa0;: par un mot de passe réutilisé ailleurs, un vieil ordinateur portable ou un ancien collègue.</translation>
    </message>
    <message>
        <source>The oldest was last changed on %1.</source>
        <translation>Le plus ancien a été changé pour la dernière fois le %1.</translation>
    </message>
    <message numerus="yes">
        <source>Change these passwords (every %n day(s) at most; every %1 where the password is the only factor), or better, add a second factor.</source>
        <translation>
            <numerusform>Changez ces mots de passe (au plus tard après %n jour&#xa0;; après %1 jours lorsque le mot de passe est le seul facteur), ou mieux, ajoutez un second facteur.</numerusform>
            <numerusform>Changez ces mots de passe (au moins tous les %n jours&#xa0;; tous les %1 jours lorsque le mot de passe est le seul facteur), ou mieux, ajoutez un second facteur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) on %1 not used for %2 days</source>
        <translation>
            <numerusform>%n compte sur %1 inutilisé depuis %2 jours</numerusform>
            <numerusform>%n comptes sur %1 inutilisés depuis %2 jours</numerusform>
        </translation>
    </message>
    <message>
        <source>An account nobody uses is still a way in, and nobody would notice if someone else started using it.</source>
        <translation>Un compte que personne n&apos;utilise reste une porte d&apos;entrée, et personne ne remarquerait si quelqu&apos;un d&apos;autre commençait à s&apos;en servir.</translation>
    </message>
    <message>
        <source>Disable the accounts nobody needs any more; they can be turned back on if someone asks.</source>
        <translation>Désactivez les comptes dont plus personne n&apos;a besoin&#xa0;; ils peuvent être réactivés si quelqu&apos;un le demande.</translation>
    </message>
    <message>
        <source>The built-in &quot;%1&quot; account of %2 is in use</source>
        <translation>Le compte intégré «&#xa0;%1&#xa0;» de %2 est utilisé</translation>
    </message>
    <message>
        <source>Everyone knows the built-in administrator&apos;s name, so attackers try it first; and when several people use it, nobody can tell who did what.</source>
        <translation>Tout le monde connaît le nom de l&apos;administrateur intégré, donc les attaquants l&apos;essaient en premier&#xa0;; et quand plusieurs personnes l&apos;utilisent, personne ne peut savoir qui a fait quoi.</translation>
    </message>
    <message>
        <source>Last signed in on %1.</source>
        <translation>Dernière connexion le %1.</translation>
    </message>
    <message>
        <source>Give each person who administers %1 a personal administrator account, and stop signing in as &quot;%2&quot;.</source>
        <translation>Donnez à chaque personne qui administre %1 un compte administrateur personnel, et cessez de vous connecter en tant que «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 still has an account named &quot;%2&quot;</source>
        <translation>%1 a encore un compte nommé «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>With the default name known, an attacker only has to guess the password.</source>
        <translation>Comme le nom par défaut est connu, un attaquant n&apos;a plus qu&apos;à deviner le mot de passe.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is active.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est actif.</translation>
    </message>
    <message>
        <source>Rename it or replace it with a personal account; where it cannot be renamed (root on a server), forbid signing in with it directly.</source>
        <translation>Renommez-le ou remplacez-le par un compte personnel&#xa0;; s&apos;il ne peut pas être renommé (root sur un serveur), interdisez de s&apos;y connecter directement.</translation>
    </message>
    <message numerus="yes">
        <source>%n administrator(s) on %1</source>
        <translation>
            <numerusform>%n administrateur sur %1</numerusform>
            <numerusform>%n administrateurs sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Each administrator is a key to everything. Most people need to manage orders or products, not accounts and settings.</source>
        <translation>Chaque administrateur est une clé qui ouvre tout. La plupart des gens ont besoin de gérer des commandes ou des produits, pas des comptes et des réglages.</translation>
    </message>
    <message numerus="yes">
        <source>You allow at most %n.</source>
        <translation>
            <numerusform>Vous en autorisez %n au maximum.</numerusform>
            <numerusform>Vous en autorisez %n au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give those who do not change settings or accounts a smaller role (manager, editor).</source>
        <translation>Donnez à ceux qui ne modifient ni les réglages ni les comptes un rôle plus restreint (gestionnaire, éditeur).</translation>
    </message>
    <message numerus="yes">
        <source>%1 has left but %n account(s) still work</source>
        <translation>
            <numerusform>%1 a quitté l&apos;équipe, mais %n compte fonctionne encore</numerusform>
            <numerusform>%1 a quitté l&apos;équipe, mais %n comptes fonctionnent encore</numerusform>
        </translation>
    </message>
    <message>
        <source>A former colleague&apos;s account is a door nobody watches: their password may be on an old phone, in a browser, or with their new employer.</source>
        <translation>Le compte d&apos;un ancien collègue est une porte que personne ne surveille&#xa0;: son mot de passe peut se trouver sur un vieux téléphone, dans un navigateur ou chez son nouvel employeur.</translation>
    </message>
    <message numerus="yes">
        <source>Left on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Départ le %1, il y a %n jour.</numerusform>
            <numerusform>Départ le %1, il y a %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked as left.</source>
        <translation>Indiqué comme ayant quitté l&apos;équipe.</translation>
    </message>
    <message>
        <source>Work through %1&apos;s leaver checklist: disable each account, or hand it over to a colleague, and tick it off.</source>
        <translation>Suivez la liste de contrôle de départ de %1&#xa0;: désactivez chaque compte, ou confiez-le à un collègue, puis cochez-le.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) of %1 not confirmed since the project ended</source>
        <translation>
            <numerusform>%n compte de %1 non confirmé depuis la fin du projet</numerusform>
            <numerusform>%n comptes de %1 non confirmés depuis la fin du projet</numerusform>
        </translation>
    </message>
    <message>
        <source>Developers keep accounts long after their work is done. Each one they no longer need is a way in through their laptop, their passwords and their staff.</source>
        <translation>Les développeurs gardent des comptes longtemps après la fin de leur travail. Chaque compte dont ils n&apos;ont plus besoin est une porte d&apos;entrée, par leur ordinateur portable, leurs mots de passe et leurs employés.</translation>
    </message>
    <message>
        <source>Project ended on %1.</source>
        <translation>Projet terminé le %1.</translation>
    </message>
    <message>
        <source>Write them the confirmation letter, record their answer for each account, and disable the ones they do not need.</source>
        <translation>Envoyez la lettre de confirmation, enregistrez la réponse reçue pour chaque compte, et désactivez les comptes qui ne sont plus nécessaires.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) %1 no longer needs are still active</source>
        <translation>
            <numerusform>%n compte dont %1 n&apos;a plus besoin est encore actif</numerusform>
            <numerusform>%n comptes dont %1 n&apos;a plus besoin sont encore actifs</numerusform>
        </translation>
    </message>
    <message>
        <source>They told you these accounts can go; until they are disabled they are still a way in.</source>
        <translation>On vous a indiqué que ces comptes peuvent disparaître&#xa0;; tant qu&apos;ils ne sont pas désactivés, ils restent une porte d&apos;entrée.</translation>
    </message>
    <message>
        <source>Disable or delete these accounts on their systems, then mark them disabled here.</source>
        <translation>Désactivez ou supprimez ces comptes sur leurs systèmes, puis indiquez ici qu&apos;ils sont désactivés.</translation>
    </message>
    <message>
        <source>%1 can reach more than their work needs</source>
        <translation>%1 a accès à plus que ce dont son travail a besoin</translation>
    </message>
    <message>
        <source>Everyone who can see customers&apos; data, buying habits or purchase prices is one more person whose account can leak them. Access should follow the work, not convenience.</source>
        <translation>Chaque personne qui peut voir les données des clients, leurs habitudes d&apos;achat ou les prix d&apos;achat est une personne de plus dont le compte peut les laisser fuiter. Les accès doivent suivre le travail, pas la facilité.</translation>
    </message>
    <message>
        <source>Beyond their work: %1. Through: %2.</source>
        <translation>Au-delà de son travail&#xa0;: %1. Comptes concernés&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Give these accounts a smaller role, or, if their work does need it, say so in the access review.</source>
        <translation>Donnez à ces comptes un rôle plus restreint, ou, si le travail de cette personne l&apos;exige vraiment, indiquez-le dans la revue des accès.</translation>
    </message>
    <message>
        <source>These accounts reach more than their role usually does. Narrow them, or record what %1&apos;s work needs in the access review.</source>
        <translation>Ces comptes donnent accès à plus que ce que leur rôle permet habituellement. Restreignez-les, ou indiquez dans la revue des accès ce dont le travail de %1 a besoin.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has not answered about %n account(s)</source>
        <translation>
            <numerusform>%1 n&apos;a pas répondu au sujet de %n compte</numerusform>
            <numerusform>%1 n&apos;a pas répondu au sujet de %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>Without their answer you cannot tell which accounts are still needed, so none of them can safely be closed or kept.</source>
        <translation>Sans sa réponse, vous ne pouvez pas savoir quels comptes sont encore nécessaires&#xa0;: aucun ne peut donc être fermé ou conservé en toute sécurité.</translation>
    </message>
    <message numerus="yes">
        <source>Letter of %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Lettre du %1, il y a %n jour.</numerusform>
            <numerusform>Lettre du %1, il y a %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remind them, or call; record each answer as it comes. Accounts still unanswered after a reminder are best disabled.</source>
        <translation>Relancez, ou appelez&#xa0;; enregistrez chaque réponse dès qu&apos;elle arrive. Mieux vaut désactiver les comptes toujours sans réponse après une relance.</translation>
    </message>
    <message>
        <source>The access review is due</source>
        <translation>La revue des accès est à faire</translation>
    </message>
    <message>
        <source>People change jobs and projects end, but access stays. A regular look at who can reach what is how it shrinks back.</source>
        <translation>Les gens changent de poste et les projets se terminent, mais les accès restent. Un examen régulier de qui peut accéder à quoi permet de les réduire à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Last review on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Dernière revue le %1, il y a %n jour.</numerusform>
            <numerusform>Dernière revue le %1, il y a %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>No access review is on record.</source>
        <translation>Aucune revue des accès n&apos;est enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>Go through the access picture: for each person, is every account and every kind of data still needed? Then record the review (every %n day(s)).</source>
        <translation>
            <numerusform>Passez en revue la situation des accès&#xa0;: pour chaque personne, chaque compte et chaque catégorie de données sont-ils encore nécessaires&#xa0;? Enregistrez ensuite la revue (à refaire après %n jour).</numerusform>
            <numerusform>Passez en revue la situation des accès&#xa0;: pour chaque personne, chaque compte et chaque catégorie de données sont-ils encore nécessaires&#xa0;? Enregistrez ensuite la revue (à refaire tous les %n jours).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 keeps no audit log</source>
        <translation>%1 ne tient aucun journal d&apos;audit</translation>
    </message>
    <message>
        <source>Without a log of who signed in and what they changed, nobody can tell after a break-in what was done, from which account, or when.</source>
        <translation>Sans journal indiquant qui s&apos;est connecté et ce qui a été modifié, personne ne peut savoir, après une intrusion, ce qui a été fait, depuis quel compte, ni quand.</translation>
    </message>
    <message>
        <source>You recorded that %1 has no audit log.</source>
        <translation>Vous avez indiqué que %1 n&apos;a pas de journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Turn the audit or activity log on (your provider or developer can help), then record it here.</source>
        <translation>Activez le journal d&apos;audit ou d&apos;activité (votre prestataire ou votre développeur peut vous aider), puis indiquez-le ici.</translation>
    </message>
    <message>
        <source>Not known whether %1 keeps an audit log</source>
        <translation>On ne sait pas si %1 tient un journal d&apos;audit</translation>
    </message>
    <message>
        <source>An audit log is the evidence trail of every account&apos;s actions. If you do not know whether there is one, you cannot count on it on the day you need it.</source>
        <translation>Un journal d&apos;audit est la trace de toutes les actions de chaque compte. Si vous ne savez pas s&apos;il existe, vous ne pouvez pas compter dessus le jour où vous en aurez besoin.</translation>
    </message>
    <message>
        <source>The audit log of %1 is marked &quot;not known&quot;.</source>
        <translation>Le journal d&apos;audit de %1 est indiqué comme «&#xa0;inconnu&#xa0;».</translation>
    </message>
    <message>
        <source>Ask whoever runs %1 whether it logs sign-ins and changes, and for how long; record the answer on the system.</source>
        <translation>Demandez à qui gère %1 s&apos;il enregistre les connexions et les modifications, et pendant combien de temps&#xa0;; notez la réponse dans la fiche du système.</translation>
    </message>
    <message>
        <source>%1 keeps its audit log too briefly</source>
        <translation>%1 conserve son journal d&apos;audit trop peu de temps</translation>
    </message>
    <message>
        <source>Break-ins are often found months after they began. A log that is already deleted by then cannot show how the intruder got in.</source>
        <translation>Les intrusions sont souvent découvertes des mois après leur début. Un journal déjà effacé à ce moment-là ne peut pas montrer comment l&apos;intrus est entré.</translation>
    </message>
    <message numerus="yes">
        <source>Kept for %n day(s); at least %1 are needed.</source>
        <translation>
            <numerusform>Conservé %n jour&#xa0;; il en faut au moins %1.</numerusform>
            <numerusform>Conservé %n jours&#xa0;; il en faut au moins %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raise the log&apos;s retention to %n day(s) or more, or export it regularly to a place that keeps it.</source>
        <translation>
            <numerusform>Portez la durée de conservation du journal à %n jour ou plus, ou exportez-le régulièrement vers un endroit qui le conserve.</numerusform>
            <numerusform>Portez la durée de conservation du journal à %n jours ou plus, ou exportez-le régulièrement vers un endroit qui le conserve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has looked at the audit log of %1 lately</source>
        <translation>Personne n&apos;a consulté le journal d&apos;audit de %1 récemment</translation>
    </message>
    <message>
        <source>A log helps only if someone reads it: a look every few months catches sign-ins at odd hours, unknown accounts and changes nobody made on purpose.</source>
        <translation>Un journal n&apos;est utile que si quelqu&apos;un le lit&#xa0;: un coup d&apos;œil régulier, tous les quelques mois, repère les connexions à des heures inhabituelles, les comptes inconnus et les modifications que personne n&apos;a faites volontairement.</translation>
    </message>
    <message>
        <source>No review of the log is on record.</source>
        <translation>Aucune consultation du journal n&apos;est enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>Last reviewed on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Dernière consultation le %1, il y a %n jour.</numerusform>
            <numerusform>Dernière consultation le %1, il y a %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the log&apos;s last weeks for anything you do not recognise, then record the date of the review on the system. Repeat at least every %n day(s).</source>
        <translation>
            <numerusform>Lisez les dernières semaines du journal à la recherche de tout ce que vous ne reconnaissez pas, puis notez la date de la consultation dans la fiche du système. Recommencez au plus tard après %n jour.</numerusform>
            <numerusform>Lisez les dernières semaines du journal à la recherche de tout ce que vous ne reconnaissez pas, puis notez la date de la consultation dans la fiche du système. Recommencez au moins tous les %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>No minimum password length is known for %1</source>
        <translation>Aucune longueur minimale de mot de passe n&apos;est connue pour %1</translation>
    </message>
    <message>
        <source>%1 accepts short passwords</source>
        <translation>%1 accepte des mots de passe courts</translation>
    </message>
    <message>
        <source>Short passwords are guessed by programs that try millions of combinations. Length is what makes a password hard to guess.</source>
        <translation>Les mots de passe courts sont devinés par des programmes qui essaient des millions de combinaisons. C&apos;est la longueur qui rend un mot de passe difficile à deviner.</translation>
    </message>
    <message>
        <source>The system&apos;s shortest allowed password is not recorded.</source>
        <translation>Le mot de passe le plus court autorisé par le système n&apos;est pas enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>The shortest allowed password has %n character(s).</source>
        <translation>
            <numerusform>Le mot de passe le plus court autorisé compte %n caractère.</numerusform>
            <numerusform>Le mot de passe le plus court autorisé compte %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Require at least %n characters (a second factor is enforced here).</source>
        <translation>
            <numerusform>Exigez au moins %n caractère (un second facteur est imposé ici).</numerusform>
            <numerusform>Exigez au moins %n caractères (un second facteur est imposé ici).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Require at least %n characters, or enforce a second factor and at least %1.</source>
        <translation>
            <numerusform>Exigez au moins %n caractère, ou imposez un second facteur et au moins %1.</numerusform>
            <numerusform>Exigez au moins %n caractères, ou imposez un second facteur et au moins %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 never locks out password guessing</source>
        <translation>%1 ne bloque jamais les tentatives pour deviner les mots de passe</translation>
    </message>
    <message>
        <source>If an account never locks after wrong passwords, a program can keep guessing until it is in.</source>
        <translation>Si un compte ne se verrouille jamais après des mots de passe erronés, un programme peut continuer à deviner jusqu&apos;à ce qu&apos;il entre.</translation>
    </message>
    <message>
        <source>No lockout after failed sign-ins is recorded for this system.</source>
        <translation>Aucun verrouillage après des échecs de connexion n&apos;est enregistré pour ce système.</translation>
    </message>
    <message>
        <source>Have the system lock an account (or slow it down) after a handful of failed attempts, for example ten; a security plugin or the provider&apos;s settings do this.</source>
        <translation>Faites en sorte que le système verrouille un compte (ou le ralentisse) après quelques tentatives échouées, par exemple dix&#xa0;; une extension de sécurité ou les réglages du prestataire le permettent.</translation>
    </message>
</context>
<context>
    <name>AccountFindingsView</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>When the checks raise a finding: password ages, inactive accounts, reviews…</source>
        <translation>Quand les vérifications génèrent un constat&#xa0;: âge des mots de passe, comptes inactifs, revues…</translation>
    </message>
    <message>
        <source>What the account checks found</source>
        <translation>Ce qu&apos;ont trouvé les vérifications des comptes</translation>
    </message>
    <message>
        <source>About the chosen finding</source>
        <translation>À propos du constat choisi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>No accounts on file yet. Import them on the Accounts tab; the checks run on their own.</source>
        <translation>Aucun compte enregistré pour l&apos;instant. Importez-les dans l&apos;onglet Comptes&#xa0;; les vérifications se lancent d&apos;elles-mêmes.</translation>
    </message>
    <message>
        <source>Nothing found: the accounts on file look well kept.</source>
        <translation>Aucun constat&#xa0;: les comptes enregistrés semblent bien tenus.</translation>
    </message>
    <message>
        <source>Nothing urgent. Choose a finding to see why it matters and what to do.</source>
        <translation>Rien d&apos;urgent. Choisissez un constat pour voir pourquoi c&apos;est important et que faire.</translation>
    </message>
    <message>
        <source>1 urgent thing to sort out. Choose a finding to see why it matters and what to do.</source>
        <translation>1 point urgent à régler. Choisissez un constat pour voir pourquoi c&apos;est important et que faire.</translation>
    </message>
    <message>
        <source>%1 urgent things to sort out. Choose a finding to see why they matter and what to do.</source>
        <translation>%1 points urgents à régler. Choisissez un constat pour voir pourquoi c&apos;est important et que faire.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>letter to %1</source>
        <translation>lettre à %1</translation>
    </message>
    <message>
        <source>someone removed</source>
        <translation>une personne retirée</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Gravité&#xa0;: %1</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Concerne&#xa0;:</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Ce qui a été constaté</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
</context>
<context>
    <name>AccountRulesDialog</name>
    <message>
        <source>Account Rules Settings</source>
        <translation>Paramètres des règles sur les comptes</translation>
    </message>
    <message>
        <source>When the account checks raise a finding. Each limit is still fine: a password exactly as old as the limit is not flagged, one day older is.</source>
        <translation>Quand les vérifications des comptes génèrent un constat. Chaque limite reste acceptable&#xa0;: un mot de passe qui a exactement l&apos;âge de la limite n&apos;est pas signalé, un mot de passe plus vieux d&apos;un jour l&apos;est.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>An account is unused after no sign-in for</source>
        <translation>Un compte est considéré comme inutilisé sans connexion depuis</translation>
    </message>
    <message>
        <source>Most admin accounts on one system</source>
        <translation>Nombre maximal de comptes administrateurs par système</translation>
    </message>
    <message>
        <source> accounts</source>
        <translation> comptes</translation>
    </message>
    <message>
        <source>The built-in admin is in daily use when it signed in within</source>
        <translation>L&apos;administrateur intégré est considéré comme utilisé au quotidien s&apos;il s&apos;est connecté au cours des derniers</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Mots de passe</translation>
    </message>
    <message>
        <source>Shortest password a system may allow</source>
        <translation>Mot de passe le plus court qu&apos;un système peut accepter</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>… where a second sign-in step is required</source>
        <translation>… lorsqu&apos;une deuxième étape de connexion est obligatoire</translation>
    </message>
    <message>
        <source>Change each password at least every</source>
        <translation>Changer chaque mot de passe au moins tous les</translation>
    </message>
    <message>
        <source>… where the password is the only sign-in step</source>
        <translation>… lorsque le mot de passe est la seule étape de connexion</translation>
    </message>
    <message>
        <source>Audit logs (the record of who did what)</source>
        <translation>Journaux d&apos;audit (la trace de qui a fait quoi)</translation>
    </message>
    <message>
        <source>Keep audit logs for at least</source>
        <translation>Conserver les journaux d&apos;audit pendant au moins</translation>
    </message>
    <message>
        <source>Look through each audit log at least every</source>
        <translation>Consulter chaque journal d&apos;audit au moins tous les</translation>
    </message>
    <message>
        <source>Reviews and letters</source>
        <translation>Revues et lettres</translation>
    </message>
    <message>
        <source>Review who has access at least every</source>
        <translation>Vérifier qui a accès au moins tous les</translation>
    </message>
    <message>
        <source>Expect a developer’s reply to a letter within</source>
        <translation>Attendre la réponse d&apos;un développeur à une lettre dans un délai de</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Two-step sign-in</source>
        <translation>Connexion en deux étapes</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Password last changed</source>
        <translation>Dernier changement de mot de passe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Custom role</source>
        <translation>Rôle personnalisé</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; must be between %2 and %3.</source>
        <translation>Le réglage «&#xa0;%1&#xa0;» doit être compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Le supprimer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le conserver</translation>
    </message>
    <message>
        <source>Write the date of the reply.</source>
        <translation>Indiquez la date de la réponse.</translation>
    </message>
    <message>
        <source>The reply&apos;s date is in the future.</source>
        <translation>La date de la réponse est dans le futur.</translation>
    </message>
    <message>
        <source>Write why they still need the account, in their words: a kept account needs a reason.</source>
        <translation>Indiquez pourquoi le compte est encore nécessaire, avec les mots de la personne&#xa0;: un compte conservé doit avoir une raison.</translation>
    </message>
    <message>
        <source>Customer data</source>
        <translation>Données clients</translation>
    </message>
    <message>
        <source>Orders and buying habits</source>
        <translation>Commandes et habitudes d&apos;achat</translation>
    </message>
    <message>
        <source>Product lists</source>
        <translation>Listes de produits</translation>
    </message>
    <message>
        <source>Purchase costs and prices</source>
        <translation>Coûts d&apos;achat et prix</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Code and deployment</source>
        <translation>Code et déploiement</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <source>Every system needs a name, such as &quot;Shop admin&quot;.</source>
        <translation>Chaque système doit avoir un nom, par exemple «&#xa0;Administration de la boutique&#xa0;».</translation>
    </message>
    <message>
        <source>Write how many days the audit log is kept, from 0 (not known) to 36500.</source>
        <translation>Indiquez pendant combien de jours le journal d&apos;audit est conservé, de 0 (inconnu) à 36500.</translation>
    </message>
    <message>
        <source>The shortest password allowed must be between 0 and 1024 characters.</source>
        <translation>La longueur minimale autorisée pour un mot de passe doit être comprise entre 0 et 1024 caractères.</translation>
    </message>
    <message>
        <source>The longest a password may be kept must be between 0 (changed only when it leaks) and 36500 days.</source>
        <translation>La durée maximale d&apos;utilisation d&apos;un mot de passe doit être comprise entre 0 (changé seulement en cas de fuite) et 36500 jours.</translation>
    </message>
    <message>
        <source>Write after how many failed attempts the account locks, from 0 (never) to 1000.</source>
        <translation>Indiquez après combien de tentatives échouées le compte se verrouille, de 0 (jamais) à 1000.</translation>
    </message>
    <message>
        <source>Shop admin</source>
        <translation>Administration de la boutique</translation>
    </message>
    <message>
        <source>Hosting panel</source>
        <translation>Panneau d&apos;hébergement</translation>
    </message>
    <message>
        <source>Server (SSH, root)</source>
        <translation>Serveur (SSH, root)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>DNS and domain registrar</source>
        <translation>DNS et bureau d&apos;enregistrement de domaines</translation>
    </message>
    <message>
        <source>CDN</source>
        <translation>CDN</translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation>Prestataire de paiement</translation>
    </message>
    <message>
        <source>Code repository</source>
        <translation>Dépôt de code</translation>
    </message>
    <message>
        <source>Backup storage</source>
        <translation>Stockage des sauvegardes</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Statistiques d&apos;audience</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>This row has no user name.</source>
        <translation>Cette ligne n&apos;a pas de nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already on line %2; each account can be in the file only once.</source>
        <translation>Le nom d&apos;utilisateur «&#xa0;%1&#xa0;» figure déjà à la ligne %2&#xa0;; chaque compte ne peut apparaître qu&apos;une seule fois dans le fichier.</translation>
    </message>
    <message>
        <source>Other CSV file</source>
        <translation>Autre fichier CSV</translation>
    </message>
    <message>
        <source>The file lists no accounts.</source>
        <translation>Le fichier ne contient aucun compte.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n&apos;a pas pu être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose the column that holds the user names.</source>
        <translation>Choisissez la colonne qui contient les noms d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The file has no column named %1. Check the columns chosen for each field.</source>
        <translation>Le fichier n&apos;a pas de colonne nommée %1. Vérifiez les colonnes choisies pour chaque champ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the column &quot;%2&quot; is neither active nor disabled.</source>
        <translation>«&#xa0;%1&#xa0;» dans la colonne «&#xa0;%2&#xa0;» n&apos;indique ni un compte actif ni un compte désactivé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the column &quot;Status&quot; is not Active, Suspended or Archived.</source>
        <translation>«&#xa0;%1&#xa0;» dans la colonne «&#xa0;Status&#xa0;» n&apos;est ni Active, ni Suspended, ni Archived.</translation>
    </message>
    <message>
        <source>This file does not look like a %1 export: it has no column named %2.</source>
        <translation>Ce fichier ne ressemble pas à un export %1&#xa0;: il n&apos;a pas de colonne nommée %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the column &quot;%2&quot; is not a date Storefort can read. Write it like 2024-01-31 or 2024-01-31 10:20:30.</source>
        <translation>«&#xa0;%1&#xa0;» dans la colonne «&#xa0;%2&#xa0;» n&apos;est pas une date que Storefort sait lire. Écrivez-la comme 2024-01-31 ou 2024-01-31 10:20:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the column &quot;%2&quot; is neither yes nor no. Write yes or no, true or false, or 1 or 0.</source>
        <translation>«&#xa0;%1&#xa0;» dans la colonne «&#xa0;%2&#xa0;» n&apos;est ni yes ni no. Écrivez yes ou no, true ou false, ou 1 ou 0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the column &quot;id_profile&quot; is not a profile number.</source>
        <translation>«&#xa0;%1&#xa0;» dans la colonne «&#xa0;id_profile&#xa0;» n&apos;est pas un numéro de profil.</translation>
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
        <translation>Rien</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Saisi à la main</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>In the future</source>
        <translation>Dans le futur</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>Il y a %n jour</numerusform>
            <numerusform>Il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>Il y a %n semaine</numerusform>
            <numerusform>Il y a %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>Il y a %n mois</numerusform>
            <numerusform>Il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>Il y a %n an</numerusform>
            <numerusform>Il y a %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-mail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last signed in on %1</source>
        <translation>Dernière connexion le %1</translation>
    </message>
    <message>
        <source>The system&apos;s export does not say when this account last signed in, or it never has.</source>
        <translation>L&apos;export du système n&apos;indique pas quand ce compte s&apos;est connecté pour la dernière fois, ou bien il ne s&apos;est jamais connecté.</translation>
    </message>
    <message>
        <source>Password last changed on %1</source>
        <translation>Mot de passe changé pour la dernière fois le %1</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Nobody in the team is linked to this account yet.</source>
        <translation>Aucun membre de l&apos;équipe n&apos;est encore associé à ce compte.</translation>
    </message>
    <message>
        <source>Imported on %1</source>
        <translation>Importé le %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Appartient à</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Data it reaches</source>
        <translation>Données accessibles</translation>
    </message>
    <message>
        <source>Two-step sign-in</source>
        <translation>Connexion en deux étapes</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The team members who use this account. More than one means it is shared.</source>
        <translation>Les membres de l&apos;équipe qui utilisent ce compte. S&apos;il y en a plus d&apos;un, le compte est partagé.</translation>
    </message>
    <message>
        <source>The kinds of the shop&apos;s data this account can see or change</source>
        <translation>Les catégories de données de la boutique que ce compte peut voir ou modifier</translation>
    </message>
    <message>
        <source>Whether the account needs a second step (an app or a code) to sign in</source>
        <translation>Si le compte demande une deuxième étape (une application ou un code) pour se connecter</translation>
    </message>
    <message>
        <source>The file the account was last imported from</source>
        <translation>Le fichier d&apos;où le compte a été importé la dernière fois</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts &amp; access</source>
        <translation>Comptes et accès</translation>
    </message>
    <message>
        <source>Every account on your shop&apos;s systems is a way in, for the person it belongs to and for anyone who steals its password. Give each person an account of their own with only the access their work needs, and close accounts nobody uses.</source>
        <translation>Chaque compte sur les systèmes de votre boutique est une porte d&apos;entrée, pour la personne à qui il appartient comme pour quiconque vole son mot de passe. Donnez à chaque personne son propre compte, avec uniquement les accès dont son travail a besoin, et fermez les comptes que personne n&apos;utilise.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Who Can See What</source>
        <translation>Qui voit quoi</translation>
    </message>
    <message>
        <source>Developer Letters</source>
        <translation>Lettres aux développeurs</translation>
    </message>
    <message>
        <source>Leavers</source>
        <translation>Personnes parties</translation>
    </message>
    <message>
        <source>Stored Passwords</source>
        <translation>Mots de passe enregistrés</translation>
    </message>
    <message>
        <source>Accounts &amp; access sections</source>
        <translation>Sections de l&apos;étape Comptes et accès</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Add S&amp;ystem…</source>
        <translation>Ajouter un &amp;système…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>&amp;Import Accounts…</source>
        <translation>&amp;Importer des comptes…</translation>
    </message>
    <message>
        <source>Add Acc&amp;ount…</source>
        <translation>Ajouter un &amp;compte…</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>Modi&amp;fier le compte…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start with your shop&apos;s admin.&lt;/b&gt;&lt;br&gt;Add each system people sign in to for the shop — the shop admin, the hosting panel, email — then import its list of users, exported as a CSV file.</source>
        <translation>&lt;b&gt;Commencez par l&apos;administration de votre boutique.&lt;/b&gt;&lt;br&gt;Ajoutez chaque système auquel des personnes se connectent pour la boutique — l&apos;administration de la boutique, le panneau d&apos;hébergement, la messagerie —, puis importez sa liste d&apos;utilisateurs, exportée sous forme de fichier CSV.</translation>
    </message>
    <message>
        <source>Add the &amp;Shop&apos;s Admin…</source>
        <translation>Ajouter l&apos;&amp;administration de la boutique…</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>The systems where the shop&apos;s accounts live. Choose one to see its accounts.</source>
        <translation>Les systèmes où se trouvent les comptes de la boutique. Choisissez-en un pour voir ses comptes.</translation>
    </message>
    <message>
        <source>Add a system people sign in to for the shop</source>
        <translation>Ajouter un système auquel des personnes se connectent pour la boutique</translation>
    </message>
    <message>
        <source>Change the chosen system&apos;s details: its audit log and password rules</source>
        <translation>Modifier les informations du système choisi&#xa0;: son journal d&apos;audit et ses règles de mot de passe</translation>
    </message>
    <message>
        <source>Take the chosen system and its accounts off the plan</source>
        <translation>Retirer du plan le système sélectionné et ses comptes</translation>
    </message>
    <message>
        <source>S&amp;ystems</source>
        <translation>S&amp;ystèmes</translation>
    </message>
    <message>
        <source>Search user names, names and emails</source>
        <translation>Rechercher des noms d&apos;utilisateur, des noms et des adresses e-mail</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Rechercher des comptes</translation>
    </message>
    <message>
        <source>Show accounts that are</source>
        <translation>Afficher les comptes</translation>
    </message>
    <message>
        <source>Active and disabled</source>
        <translation>Actifs et désactivés</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Actifs seulement</translation>
    </message>
    <message>
        <source>Disabled only</source>
        <translation>Désactivés seulement</translation>
    </message>
    <message>
        <source>Removed only</source>
        <translation>Retirés seulement</translation>
    </message>
    <message>
        <source>All, removed ones too</source>
        <translation>Tous, retirés compris</translation>
    </message>
    <message>
        <source>Removed accounts are those the latest import no longer listed; they stay on file as history.</source>
        <translation>Les comptes retirés sont ceux que la dernière importation ne listait plus&#xa0;; ils restent enregistrés pour l&apos;historique.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>A&amp;fficher&#xa0;:</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Read the accounts from a file exported from the system, and see what would change before anything does</source>
        <translation>Lire les comptes dans un fichier exporté du système, et voir ce qui changerait avant toute modification</translation>
    </message>
    <message>
        <source>Enter an account that no export lists</source>
        <translation>Saisir un compte qui ne figure dans aucun export</translation>
    </message>
    <message>
        <source>Say whom the chosen account belongs to and what it can reach</source>
        <translation>Indiquer à qui appartient le compte sélectionné et à quoi il donne accès</translation>
    </message>
    <message>
        <source>All systems (%1)</source>
        <translation>Tous les systèmes (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, run by %2</source>
        <translation>%1, géré par %2</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) (%1 shown)</source>
        <translation>
            <numerusform>%n compte (%1 affiché)</numerusform>
            <numerusform>%n comptes (%1 affichés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from the plan?</source>
        <translation>Retirer %1 du plan&#xa0;?</translation>
    </message>
    <message>
        <source>Remove System</source>
        <translation>Retirer le système</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Account Not Added</source>
        <translation>Compte non ajouté</translation>
    </message>
    <message>
        <source>It has no accounts on file. You can undo the removal with Edit &gt; Undo.</source>
        <translation>Aucun compte n&apos;est enregistré. Vous pouvez annuler le retrait avec Édition &gt; Annuler.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n account(s) on file go with it, with the replies and leavers&apos; steps recorded for them. This cannot be undone; the History keeps a record.</source>
        <translation>
            <numerusform>Son %n compte enregistré part avec lui, avec les réponses et les étapes de départ notées pour lui. Cela ne peut pas être annulé&#xa0;; l&apos;historique en garde une trace.</numerusform>
            <numerusform>Ses %n comptes enregistrés partent avec lui, avec les réponses et les étapes de départ notées pour eux. Cela ne peut pas être annulé&#xa0;; l&apos;historique en garde une trace.</numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts of %1 on file yet. Export its list of users as a CSV file and choose Import Accounts, or drop the file here.</source>
        <translation>Aucun compte de %1 n&apos;est encore enregistré. Exportez sa liste d&apos;utilisateurs sous forme de fichier CSV et choisissez Importer des comptes, ou déposez le fichier ici.</translation>
    </message>
    <message>
        <source>No accounts on file yet. Export each system&apos;s list of users as a CSV file and choose Import Accounts, or drop the file here.</source>
        <translation>Aucun compte n&apos;est encore enregistré. Exportez la liste d&apos;utilisateurs de chaque système sous forme de fichier CSV et choisissez Importer des comptes, ou déposez le fichier ici.</translation>
    </message>
    <message>
        <source>Drop one file at a time.</source>
        <translation>Déposez un seul fichier à la fois.</translation>
    </message>
    <message>
        <source>Each import reads one system&apos;s list of users: drop the CSV file exported from it.</source>
        <translation>Chaque importation lit la liste d&apos;utilisateurs d&apos;un seul système&#xa0;: déposez le fichier CSV exporté depuis ce système.</translation>
    </message>
    <message>
        <source>Only a file on this computer can be imported.</source>
        <translation>Seul un fichier présent sur cet ordinateur peut être importé.</translation>
    </message>
    <message>
        <source>Save the export to this computer first, then drop the saved file here.</source>
        <translation>Enregistrez d&apos;abord l&apos;export sur cet ordinateur, puis déposez ici le fichier enregistré.</translation>
    </message>
    <message>
        <source>A folder cannot be imported.</source>
        <translation>Un dossier ne peut pas être importé.</translation>
    </message>
    <message>
        <source>Open the folder and drop the CSV file with the list of users instead.</source>
        <translation>Ouvrez plutôt le dossier et déposez le fichier CSV contenant la liste des utilisateurs.</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>%1 est introuvable.</translation>
    </message>
    <message>
        <source>It may have been moved or deleted. Drop the file again from where it is now.</source>
        <translation>Il a peut-être été déplacé ou supprimé. Déposez de nouveau le fichier depuis son emplacement actuel.</translation>
    </message>
    <message>
        <source>%1 is not a CSV file.</source>
        <translation>%1 n&apos;est pas un fichier CSV.</translation>
    </message>
    <message>
        <source>Export the list of users from the system as a CSV file, then drop that file here.</source>
        <translation>Exportez la liste des utilisateurs du système sous forme de fichier CSV, puis déposez ce fichier ici.</translation>
    </message>
    <message>
        <source>This plan is open read-only: nothing can be imported.</source>
        <translation>Ce plan est ouvert en lecture seule&#xa0;: rien ne peut être importé.</translation>
    </message>
    <message>
        <source>Add the system first.</source>
        <translation>Ajoutez d&apos;abord le système.</translation>
    </message>
    <message>
        <source>Say which system the accounts are on with Add System, then drop the file again.</source>
        <translation>Indiquez sur quel système se trouvent les comptes avec Ajouter un système, puis déposez de nouveau le fichier.</translation>
    </message>
</context>
<context>
    <name>AddPersonCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>AddProviderCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>AddRecoveryItemCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>AddSystemCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>%1 holds accounts now, so adding it cannot be undone. Remove the system if it must go.</source>
        <translation>%1 contient désormais des comptes&#xa0;: son ajout ne peut donc pas être annulé. Retirez le système s&apos;il doit disparaître.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Change the Answer</source>
        <translation>Modifier la réponse</translation>
    </message>
    <message>
        <source>Record an Answer</source>
        <translation>Enregistrer une réponse</translation>
    </message>
    <message>
        <source>What good looks like: %1</source>
        <translation>Ce qui est attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation>Qui a répondu</translation>
    </message>
    <message>
        <source>A name at the provider, their email, or the document</source>
        <translation>Un nom chez le prestataire, son adresse e-mail, ou le document</translation>
    </message>
    <message>
        <source>Date the answer was given</source>
        <translation>Date à laquelle la réponse a été donnée</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Their answer:</source>
        <translation>&amp;Réponse du prestataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Who answered:</source>
        <translation>&amp;Qui a répondu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Date de la réponse&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>No&amp;tes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save Answer</source>
        <translation>&amp;Enregistrer la réponse</translation>
    </message>
    <message>
        <source>Choose or enter their answer.</source>
        <translation>Choisissez ou saisissez la réponse du prestataire.</translation>
    </message>
    <message>
        <source>Say who gave the answer: a name, an email or a document.</source>
        <translation>Indiquez qui a donné la réponse&#xa0;: un nom, une adresse e-mail ou un document.</translation>
    </message>
    <message>
        <source>The date lies in the future. Use the day they gave the answer, today (%1) at the latest.</source>
        <translation>La date est dans le futur. Indiquez le jour où la réponse a été donnée, au plus tard aujourd&apos;hui (%1).</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>They do&amp;n’t know</source>
        <translation>Ne sait &amp;pas</translation>
    </message>
    <message>
        <source>Choose their answer…</source>
        <translation>Choisissez la réponse…</translation>
    </message>
    <message>
        <source>They don’t know</source>
        <translation>Ne sait pas</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Aucune de ces réponses</translation>
    </message>
    <message>
        <source>Answer in %1</source>
        <translation>Réponse en %1</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>usage: storefort-cli audit log|verify PATH</source>
        <translation>utilisation&#xa0;: storefort-cli audit log|verify PATH</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>Only this area (plan, shop, team, ...).</source>
        <translation>Seulement ce domaine (plan, shop, team, ...).</translation>
    </message>
    <message>
        <source>Only changes by this person or user.</source>
        <translation>Seulement les modifications de cette personne ou de cet utilisateur.</translation>
    </message>
    <message>
        <source>From this date (YYYY-MM-DD).</source>
        <translation>À partir de cette date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Up to this date (YYYY-MM-DD).</source>
        <translation>Jusqu&apos;à cette date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Usage: storefort-cli audit log PATH [--json] [--area AREA] [--person NAME] [--since DATE] [--until DATE]</source>
        <translation>Utilisation&#xa0;: storefort-cli audit log PATH [--json] [--area AREA] [--person NAME] [--since DATE] [--until DATE]</translation>
    </message>
    <message>
        <source>Usage: storefort-cli audit verify PATH</source>
        <translation>Utilisation&#xa0;: storefort-cli audit verify PATH</translation>
    </message>
    <message>
        <source>First broken entry: %1</source>
        <translation>Première entrée en défaut&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The history is intact: %n change(s), each linked to the one before.</source>
        <translation>
            <numerusform>L&apos;historique est intact&#xa0;: %n modification.</numerusform>
            <numerusform>L&apos;historique est intact&#xa0;: %n modifications, chacune reliée à la précédente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The history could not be read: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>entry %1 is missing</source>
        <translation>l&apos;entrée %1 manque</translation>
    </message>
    <message>
        <source>it does not follow the entry before it</source>
        <translation>elle ne suit pas l&apos;entrée précédente</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>son contenu a été modifié après son écriture</translation>
    </message>
    <message>
        <source>The history was tampered with at entry %1 (%2): %3.</source>
        <translation>L&apos;historique a été falsifié à l&apos;entrée %1 (%2)&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The history was tampered with: it ends at entry %1, but the plan recorded %2 entries.</source>
        <translation>L&apos;historique a été falsifié&#xa0;: il s&apos;arrête à l&apos;entrée %1, alors que le plan en a enregistré %2.</translation>
    </message>
    <message>
        <source>it could not be read (%1)</source>
        <translation>l&apos;historique n&apos;a pas pu être lu (%1)</translation>
    </message>
    <message>
        <source>it ends at entry %1, but the plan recorded %2 entries</source>
        <translation>l&apos;historique s&apos;arrête à l&apos;entrée %1, alors que le plan en a enregistré %2</translation>
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
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Plan created</source>
        <translation>Plan créé</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nom de la boutique</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Adresses web</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Plan owner</source>
        <translation>Responsable du plan</translation>
    </message>
    <message>
        <source>“I am” on this computer</source>
        <translation>«&#xa0;Je suis&#xa0;» sur cet ordinateur</translation>
    </message>
    <message>
        <source>Team member %1 added</source>
        <translation>Ajout de %1 à l&apos;équipe</translation>
    </message>
    <message>
        <source>Team member %1 removed</source>
        <translation>Retrait de %1 de l&apos;équipe</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>date left</source>
        <translation>date de départ</translation>
    </message>
    <message>
        <source>Team member %1: %2</source>
        <translation>Membre de l&apos;équipe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>a quitté l&apos;équipe le %1</translation>
    </message>
    <message>
        <source>The check fails at entry %1, written %2: %3.</source>
        <translation>La vérification échoue à l&apos;entrée %1, écrite le %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The check fails at entry %1: %2.</source>
        <translation>La vérification échoue à l&apos;entrée %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The check fails: %1.</source>
        <translation>La vérification échoue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Prestataires</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>System %1: %2</source>
        <translation>Système %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Account %1: reply to the confirmation letter</source>
        <translation>Compte %1&#xa0;: réponse à la lettre de confirmation</translation>
    </message>
    <message>
        <source>Account %1: leaver&apos;s checklist</source>
        <translation>Compte %1&#xa0;: liste de contrôle de la personne partie</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Compte %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Confirmation letter removed</source>
        <translation>Lettre de confirmation retirée</translation>
    </message>
    <message>
        <source>Confirmation letter written</source>
        <translation>Lettre de confirmation rédigée</translation>
    </message>
    <message>
        <source>Access of team member %1: %2</source>
        <translation>Accès du membre de l&apos;équipe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Access review recorded</source>
        <translation>Revue des accès enregistrée</translation>
    </message>
    <message>
        <source>From %1: %2 new, %3 changed, %4 removed</source>
        <translation>Depuis %1&#xa0;: %2 nouveau(x), %3 modifié(s), %4 retiré(s)</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nouveaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modifiés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Retirés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Setting: months before answers are asked again</source>
        <translation>Réglage&#xa0;: nombre de mois avant de redemander les réponses</translation>
    </message>
    <message>
        <source>Setting: hours a backup may be old</source>
        <translation>Réglage&#xa0;: âge maximal d&apos;une sauvegarde, en heures</translation>
    </message>
    <message>
        <source>Setting: days between checks of the recovery items</source>
        <translation>Réglage&#xa0;: nombre de jours entre deux vérifications des éléments de secours</translation>
    </message>
    <message>
        <source>DDoS readiness</source>
        <translation>Préparation aux attaques DDoS</translation>
    </message>
    <message>
        <source>Contingency binder</source>
        <translation>Classeur d&apos;urgence</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Encryption checked: %1</source>
        <translation>Chiffrement testé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Setting: %1</source>
        <translation>Réglage&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>Aucune note</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Accounts imported into %1</source>
        <translation>Comptes importés dans %1</translation>
    </message>
    <message>
        <source>System added: %1</source>
        <translation>Système ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>System removed: %1</source>
        <translation>Système retiré&#xa0;: %1</translation>
    </message>
    <message>
        <source>columns of its account list</source>
        <translation>colonnes de sa liste de comptes</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>prestataire</translation>
    </message>
    <message>
        <source>keeps a log of who did what</source>
        <translation>tient un journal de qui a fait quoi</translation>
    </message>
    <message>
        <source>days the log is kept</source>
        <translation>jours de conservation du journal</translation>
    </message>
    <message>
        <source>log last looked at</source>
        <translation>dernier examen du journal</translation>
    </message>
    <message>
        <source>second sign-in step required</source>
        <translation>deuxième étape de connexion obligatoire</translation>
    </message>
    <message>
        <source>shortest password allowed</source>
        <translation>longueur minimale du mot de passe</translation>
    </message>
    <message>
        <source>days before a password must change</source>
        <translation>jours avant le changement obligatoire du mot de passe</translation>
    </message>
    <message>
        <source>wrong passwords before it locks</source>
        <translation>mauvais mots de passe avant blocage</translation>
    </message>
    <message>
        <source>built-in admin account</source>
        <translation>compte administrateur intégré</translation>
    </message>
    <message>
        <source>Account added by hand: %1</source>
        <translation>Compte ajouté manuellement&#xa0;: %1</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nom complet</translation>
    </message>
    <message>
        <source>whose it is</source>
        <translation>à qui il appartient</translation>
    </message>
    <message>
        <source>role as the system names it</source>
        <translation>rôle tel que le système le nomme</translation>
    </message>
    <message>
        <source>data it reaches</source>
        <translation>données accessibles</translation>
    </message>
    <message>
        <source>second sign-in step</source>
        <translation>deuxième étape de connexion</translation>
    </message>
    <message>
        <source>last sign-in</source>
        <translation>dernière connexion</translation>
    </message>
    <message>
        <source>last password change</source>
        <translation>dernier changement de mot de passe</translation>
    </message>
    <message>
        <source>created on</source>
        <translation>créé le</translation>
    </message>
    <message>
        <source>shared by several people</source>
        <translation>partagé par plusieurs personnes</translation>
    </message>
    <message>
        <source>used by a program</source>
        <translation>utilisé par un programme</translation>
    </message>
    <message>
        <source>data their work needs</source>
        <translation>données nécessaires à son travail</translation>
    </message>
    <message>
        <source>project ended on</source>
        <translation>fin du projet le</translation>
    </message>
    <message>
        <source>Setting: limits of the account rules</source>
        <translation>Réglage&#xa0;: limites des règles sur les comptes</translation>
    </message>
    <message>
        <source>Accounts removed with it: %1</source>
        <translation>Comptes retirés avec le système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Colonnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>chez %1</translation>
    </message>
    <message>
        <source>Days the built-in admin may have signed in</source>
        <translation>Jours pendant lesquels l&apos;administrateur intégré peut s&apos;être connecté</translation>
    </message>
    <message>
        <source>Fewest days a log must be kept</source>
        <translation>Nombre minimal de jours de conservation d&apos;un journal</translation>
    </message>
    <message>
        <source>Days before a log must be looked at</source>
        <translation>Jours avant l&apos;examen obligatoire d&apos;un journal</translation>
    </message>
    <message>
        <source>Shortest password</source>
        <translation>Longueur minimale du mot de passe</translation>
    </message>
    <message>
        <source>Shortest password with a second sign-in step</source>
        <translation>Longueur minimale du mot de passe avec une deuxième étape de connexion</translation>
    </message>
    <message>
        <source>Days before a password must change</source>
        <translation>Jours avant le changement obligatoire du mot de passe</translation>
    </message>
    <message>
        <source>Days before a password must change without a second step</source>
        <translation>Jours avant le changement obligatoire du mot de passe sans deuxième étape</translation>
    </message>
    <message>
        <source>Days without sign-in before an account counts as unused</source>
        <translation>Jours sans connexion avant qu&apos;un compte soit considéré comme inutilisé</translation>
    </message>
    <message>
        <source>Most admins on one system</source>
        <translation>Nombre maximal d&apos;administrateurs par système</translation>
    </message>
    <message>
        <source>Days between access reviews</source>
        <translation>Jours entre deux revues des accès</translation>
    </message>
    <message>
        <source>Days to answer a confirmation letter</source>
        <translation>Jours pour répondre à une lettre de confirmation</translation>
    </message>
    <message>
        <source>Recovery item added: %1</source>
        <translation>Élément de secours ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recovery item removed: %1</source>
        <translation>Élément de secours retiré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recovery item checked: %1</source>
        <translation>Élément de secours vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recovery item confirmed by hand: %1</source>
        <translation>Élément de secours confirmé manuellement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recovery item %1: secret replaced in the keychain</source>
        <translation>Élément de secours %1&#xa0;: secret remplacé dans le trousseau</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>team member who holds it</source>
        <translation>membre de l&apos;équipe qui le détient</translation>
    </message>
    <message>
        <source>provider who holds it</source>
        <translation>prestataire qui le détient</translation>
    </message>
    <message>
        <source>where it is</source>
        <translation>où il se trouve</translation>
    </message>
    <message>
        <source>how to get at it</source>
        <translation>comment y accéder</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>secret in the keychain</source>
        <translation>secret dans le trousseau</translation>
    </message>
    <message>
        <source>Recovery item %1: %2</source>
        <translation>Élément de secours %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Kept in the keychain</source>
        <translation>Conservé dans le trousseau</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>détenu par %1</translation>
    </message>
    <message>
        <source>secret kept in the keychain</source>
        <translation>secret conservé dans le trousseau</translation>
    </message>
    <message>
        <source>DDoS plan: CDN</source>
        <translation>Plan DDoS&#xa0;: CDN</translation>
    </message>
    <message>
        <source>DDoS plan: notes on the CDN</source>
        <translation>Plan DDoS&#xa0;: notes sur le CDN</translation>
    </message>
    <message>
        <source>DDoS plan: last drill</source>
        <translation>Plan DDoS&#xa0;: dernier exercice</translation>
    </message>
    <message>
        <source>DDoS plan: notes on the drill</source>
        <translation>Plan DDoS&#xa0;: notes sur l&apos;exercice</translation>
    </message>
    <message>
        <source>Call tree: order of the calls</source>
        <translation>Chaîne d&apos;appels&#xa0;: ordre des appels</translation>
    </message>
    <message>
        <source>DDoS plan: order of the steps</source>
        <translation>Plan DDoS&#xa0;: ordre des étapes</translation>
    </message>
    <message>
        <source>DDoS plan: %1</source>
        <translation>Plan DDoS&#xa0;: %1</translation>
    </message>
    <message>
        <source>Call tree: call added</source>
        <translation>Chaîne d&apos;appels&#xa0;: appel ajouté</translation>
    </message>
    <message>
        <source>Call tree: call removed</source>
        <translation>Chaîne d&apos;appels&#xa0;: appel retiré</translation>
    </message>
    <message>
        <source>Call tree: call changed</source>
        <translation>Chaîne d&apos;appels&#xa0;: appel modifié</translation>
    </message>
    <message>
        <source>DDoS plan: step added: %1</source>
        <translation>Plan DDoS&#xa0;: étape ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>DDoS plan: step removed: %1</source>
        <translation>Plan DDoS&#xa0;: étape retirée&#xa0;: %1</translation>
    </message>
    <message>
        <source>DDoS plan: step changed: %1</source>
        <translation>Plan DDoS&#xa0;: étape modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>not prepared</source>
        <translation>non préparée</translation>
    </message>
    <message>
        <source>prepared on %1</source>
        <translation>préparée le %1</translation>
    </message>
    <message>
        <source>prepared</source>
        <translation>préparée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Finding accepted as a risk: %1</source>
        <translation>Constat accepté comme risque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Accepted risk renewed: %1</source>
        <translation>Risque accepté renouvelé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Accepted risk withdrawn: %1</source>
        <translation>Risque accepté retiré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Accepted risk %1: %2</source>
        <translation>Risque accepté %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>accepted on %1</source>
        <translation>accepté le %1</translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>jusqu&apos;au retrait</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Provider added: %1</source>
        <translation>Prestataire ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Provider removed: %1</source>
        <translation>Prestataire retiré&#xa0;: %1</translation>
    </message>
    <message>
        <source>what they do</source>
        <translation>activité</translation>
    </message>
    <message>
        <source>what they run for the shop</source>
        <translation>ce qu&apos;il gère pour la boutique</translation>
    </message>
    <message>
        <source>contract start</source>
        <translation>début du contrat</translation>
    </message>
    <message>
        <source>contract end</source>
        <translation>fin du contrat</translation>
    </message>
    <message>
        <source>support phone</source>
        <translation>téléphone du support</translation>
    </message>
    <message>
        <source>support email</source>
        <translation>e-mail du support</translation>
    </message>
    <message>
        <source>customer portal</source>
        <translation>espace client</translation>
    </message>
    <message>
        <source>support hours</source>
        <translation>horaires du support</translation>
    </message>
    <message>
        <source>support day and night</source>
        <translation>support 24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>the shop&apos;s customer number</source>
        <translation>numéro de client de la boutique</translation>
    </message>
    <message>
        <source>whom to call when support does not help</source>
        <translation>qui appeler si le support ne résout pas le problème</translation>
    </message>
    <message>
        <source>certifications</source>
        <translation>certifications</translation>
    </message>
    <message>
        <source>portal password</source>
        <translation>mot de passe de l&apos;espace client</translation>
    </message>
    <message>
        <source>portal user name</source>
        <translation>nom d&apos;utilisateur de l&apos;espace client</translation>
    </message>
    <message>
        <source>Provider %1: %2</source>
        <translation>Prestataire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Answer to %1</source>
        <translation>Réponse à %1</translation>
    </message>
    <message>
        <source>Answer removed: %1</source>
        <translation>Réponse retirée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answer to %1: who gave it</source>
        <translation>Réponse à %1&#xa0;: qui l&apos;a donnée</translation>
    </message>
    <message>
        <source>Answer to %1: date given</source>
        <translation>Réponse à %1&#xa0;: date de la réponse</translation>
    </message>
    <message>
        <source>Answer to %1: version of the question</source>
        <translation>Réponse à %1&#xa0;: version de la question</translation>
    </message>
    <message>
        <source>Answer to %1: notes</source>
        <translation>Réponse à %1&#xa0;: notes</translation>
    </message>
    <message>
        <source>Answer to %1: %2</source>
        <translation>Réponse à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Evidence file added to the answer to %1</source>
        <translation>Pièce justificative ajoutée à la réponse à %1</translation>
    </message>
    <message>
        <source>Evidence file removed</source>
        <translation>Pièce justificative retirée</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, jusqu&apos;au %2</translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>The newest backup, %1, is less than an hour old (made %2).</source>
        <translation>La sauvegarde la plus récente, %1, a moins d&apos;une heure (créée le %2).</translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, is %n hour(s) old (made %2).</source>
        <translation>
            <numerusform>La sauvegarde la plus récente, %1, a %n heure (créée le %2).</numerusform>
            <numerusform>La sauvegarde la plus récente, %1, a %n heures (créée le %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An older backup to go back to is there: %1, %n day(s) old (made %2).</source>
        <translation>
            <numerusform>Il existe une sauvegarde plus ancienne sur laquelle revenir&#xa0;: %1, qui a %n jour (créée le %2).</numerusform>
            <numerusform>Il existe une sauvegarde plus ancienne sur laquelle revenir&#xa0;: %1, qui a %n jours (créée le %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There is only one backup, so there is no older one to go back to. Keep at least one backup that is %n day(s) old or older.</source>
        <translation>
            <numerusform>Il n&apos;y a qu&apos;une seule sauvegarde&#xa0;: il n&apos;y en a donc aucune plus ancienne sur laquelle revenir. Gardez au moins une sauvegarde qui a %n jour ou plus.</numerusform>
            <numerusform>Il n&apos;y a qu&apos;une seule sauvegarde&#xa0;: il n&apos;y en a donc aucune plus ancienne sur laquelle revenir. Gardez au moins une sauvegarde qui a %n jours ou plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No backup is at least %n day(s) old, so there is no older one to go back to if the damage was done a while ago. The oldest, %1, was made %2.</source>
        <translation>
            <numerusform>Aucune sauvegarde n&apos;a au moins %n jour&#xa0;: il n&apos;y en a donc aucune plus ancienne sur laquelle revenir si les dégâts remontent à quelque temps. La plus ancienne, %1, a été créée le %2.</numerusform>
            <numerusform>Aucune sauvegarde n&apos;a au moins %n jours&#xa0;: il n&apos;y en a donc aucune plus ancienne sur laquelle revenir si les dégâts remontent à quelque temps. La plus ancienne, %1, a été créée le %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest backup, the folder %1, is empty.</source>
        <translation>La sauvegarde la plus récente, le dossier %1, est vide.</translation>
    </message>
    <message>
        <source>The newest backup, %1, is empty (0 bytes).</source>
        <translation>La sauvegarde la plus récente, %1, est vide (0 octet).</translation>
    </message>
    <message>
        <source>The newest backup, %1, is %2.</source>
        <translation>La sauvegarde la plus récente, %1, fait %2.</translation>
    </message>
    <message>
        <source>The newest backup, %1, is %2: less than half the one before it (%3, %4). Check that nothing was left out of it.</source>
        <translation>La sauvegarde la plus récente, %1, fait %2&#xa0;: moins de la moitié de la précédente (%3, %4). Vérifiez que rien n&apos;y manque.</translation>
    </message>
    <message>
        <source>The newest backup, %1, is %2 (the one before it, %3, is %4).</source>
        <translation>La sauvegarde la plus récente, %1, fait %2 (la précédente, %3, fait %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the newest backup, the folder %1, cannot be read.</source>
        <translation>
            <numerusform>%n fichier de la sauvegarde la plus récente, le dossier %1, ne peut pas être lu.</numerusform>
            <numerusform>%n fichiers de la sauvegarde la plus récente, le dossier %1, ne peuvent pas être lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup is the folder %1; all %n file(s) in it can be read.</source>
        <translation>
            <numerusform>La sauvegarde la plus récente est le dossier %1&#xa0;; %n fichier s&apos;y trouve, et il peut être lu.</numerusform>
            <numerusform>La sauvegarde la plus récente est le dossier %1&#xa0;; les %n fichiers qu&apos;il contient peuvent tous être lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest backup, %1, cannot be read.</source>
        <translation>La sauvegarde la plus récente, %1, ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The newest backup, %1, can be read. It is not an archive Storefort can open, so what is inside was not checked.</source>
        <translation>La sauvegarde la plus récente, %1, peut être lue. Ce n&apos;est pas une archive que Storefort sait ouvrir&#xa0;: son contenu n&apos;a donc pas été vérifié.</translation>
    </message>
    <message>
        <source>The newest backup, %1, opens: it unpacks to the end without errors.</source>
        <translation>La sauvegarde la plus récente, %1, s&apos;ouvre&#xa0;: elle se décompresse jusqu&apos;au bout sans erreur.</translation>
    </message>
    <message>
        <source>The newest backup, %1, is very large: its first %2 were read, and they unpack without errors.</source>
        <translation>La sauvegarde la plus récente, %1, est très volumineuse&#xa0;: ses premiers %2 ont été lus, et ils se décompressent sans erreur.</translation>
    </message>
    <message>
        <source>The newest backup, %1, is damaged: it ends before its packed contents do. It was probably cut short while it was made or copied.</source>
        <translation>La sauvegarde la plus récente, %1, est endommagée&#xa0;: elle s&apos;arrête avant la fin de son contenu compressé. Elle a probablement été interrompue pendant sa création ou sa copie.</translation>
    </message>
    <message>
        <source>The newest backup, %1, is damaged: part of it cannot be unpacked.</source>
        <translation>La sauvegarde la plus récente, %1, est endommagée&#xa0;: une partie ne peut pas être décompressée.</translation>
    </message>
    <message>
        <source>The newest backup, %1, is not the kind of file its name says: it is not packed (compressed) as its name claims.</source>
        <translation>La sauvegarde la plus récente, %1, n&apos;est pas le type de fichier qu&apos;indique son nom&#xa0;: elle n&apos;est pas compressée comme son nom le prétend.</translation>
    </message>
    <message>
        <source>The newest backup, %1, opens, but there are no files in it.</source>
        <translation>La sauvegarde la plus récente, %1, s&apos;ouvre, mais elle ne contient aucun fichier.</translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, opens: all %n file(s) in it can be read.</source>
        <translation>
            <numerusform>La sauvegarde la plus récente, %1, s&apos;ouvre&#xa0;: %n fichier s&apos;y trouve, et il peut être lu.</numerusform>
            <numerusform>La sauvegarde la plus récente, %1, s&apos;ouvre&#xa0;: les %n fichiers qu&apos;elle contient peuvent tous être lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, is very large: its first %2 were read, and the %n file(s) in that part are whole.</source>
        <translation>
            <numerusform>La sauvegarde la plus récente, %1, est très volumineuse&#xa0;: ses premiers %2 ont été lus, et %n fichier de cette partie est intact.</numerusform>
            <numerusform>La sauvegarde la plus récente, %1, est très volumineuse&#xa0;: ses premiers %2 ont été lus, et les %n fichiers de cette partie sont intacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, is damaged: it ends before its last file (read %n file(s)). It was probably cut short while it was made or copied.</source>
        <translation>
            <numerusform>La sauvegarde la plus récente, %1, est endommagée&#xa0;: elle s&apos;arrête avant son dernier fichier (%n fichier lu). Elle a probablement été interrompue pendant sa création ou sa copie.</numerusform>
            <numerusform>La sauvegarde la plus récente, %1, est endommagée&#xa0;: elle s&apos;arrête avant son dernier fichier (%n fichiers lus). Elle a probablement été interrompue pendant sa création ou sa copie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, is damaged: part of it cannot be read (read %n file(s) before the damage).</source>
        <translation>
            <numerusform>La sauvegarde la plus récente, %1, est endommagée&#xa0;: une partie ne peut pas être lue (%n fichier lu avant les dégâts).</numerusform>
            <numerusform>La sauvegarde la plus récente, %1, est endommagée&#xa0;: une partie ne peut pas être lue (%n fichiers lus avant les dégâts).</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest backup, %1, is not the kind of file its name says: Storefort cannot open it as an archive.</source>
        <translation>La sauvegarde la plus récente, %1, n&apos;est pas le type de fichier qu&apos;indique son nom&#xa0;: Storefort ne peut pas l&apos;ouvrir comme une archive.</translation>
    </message>
    <message>
        <source>No folder or file of backups is given.</source>
        <translation>Aucun dossier ni fichier de sauvegardes n&apos;est indiqué.</translation>
    </message>
    <message>
        <source>The backups&apos; place, %1, does not exist on this computer (or the drive or share it is on is not connected).</source>
        <translation>L&apos;emplacement des sauvegardes, %1, n&apos;existe pas sur cet ordinateur (ou le disque ou le partage réseau sur lequel il se trouve n&apos;est pas connecté).</translation>
    </message>
    <message>
        <source>Storefort is not allowed to read the backups&apos; place, %1.</source>
        <translation>Storefort n&apos;a pas le droit de lire l&apos;emplacement des sauvegardes, %1.</translation>
    </message>
    <message>
        <source>The folder %1 holds no backups: it is empty.</source>
        <translation>Le dossier %1 ne contient aucune sauvegarde&#xa0;: il est vide.</translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 holds %n backup(s).</source>
        <translation>
            <numerusform>Le dossier %1 contient %n sauvegarde.</numerusform>
            <numerusform>Le dossier %1 contient %n sauvegardes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup file %1 is there.</source>
        <translation>Le fichier de sauvegarde %1 est bien là.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, is %n hour(s) old (made %2). It should be at most %3 old: check that the backups still run.</source>
        <translation>
            <numerusform>La sauvegarde la plus récente, %1, a %n heure (créée le %2). Elle ne devrait pas avoir plus de %3&#xa0;: vérifiez que les sauvegardes se font toujours.</numerusform>
            <numerusform>La sauvegarde la plus récente, %1, a %n heures (créée le %2). Elle ne devrait pas avoir plus de %3&#xa0;: vérifiez que les sauvegardes se font toujours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, is %n day(s) old (made %2). It should be at most %3 old: check that the backups still run.</source>
        <translation>
            <numerusform>La sauvegarde la plus récente, %1, a %n jour (créée le %2). Elle ne devrait pas avoir plus de %3&#xa0;: vérifiez que les sauvegardes se font toujours.</numerusform>
            <numerusform>La sauvegarde la plus récente, %1, a %n jours (créée le %2). Elle ne devrait pas avoir plus de %3&#xa0;: vérifiez que les sauvegardes se font toujours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BinderSections</name>
    <message>
        <source>The site&apos;s encryption has not been probed yet. Probe it in the Encryption step and print the binder again.</source>
        <translation>Le chiffrement du site n&apos;a pas encore été testé. Testez-le à l&apos;étape Chiffrement (TLS), puis imprimez de nouveau le classeur.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Protocols accepted</source>
        <translation>Protocoles acceptés</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Probed</source>
        <translation>Testé le</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>A expiré le %1</translation>
    </message>
    <message numerus="yes">
        <source>Valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>Valable jusqu&apos;au %1 (encore %n jour)</numerusform>
            <numerusform>Valable jusqu&apos;au %1 (encore %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>None seen</source>
        <translation>Aucun détecté</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) in the plan</source>
        <translation>
            <numerusform>%n système dans le plan</numerusform>
            <numerusform>%n systèmes dans le plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active account(s).</source>
        <translation>
            <numerusform>%n compte actif.</numerusform>
            <numerusform>%n comptes actifs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who holds admin rights</source>
        <translation>Qui a les droits d&apos;administrateur</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Appartient à</translation>
    </message>
    <message>
        <source>Two-step login</source>
        <translation>Connexion en deux étapes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>aucune personne indiquée</translation>
    </message>
    <message>
        <source>No admin accounts are on file.</source>
        <translation>Aucun compte administrateur n&apos;est enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n open finding(s) about accounts; see the findings section.</source>
        <translation>
            <numerusform>%n constat ouvert concerne les comptes&#xa0;; voir la section des constats.</numerusform>
            <numerusform>%n constats ouverts concernent les comptes&#xa0;; voir la section des constats.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers on file.</source>
        <translation>Aucune réponse enregistrée.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Donnée par</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) — ask again</source>
        <translation>
            <numerusform>%n jour — à redemander</numerusform>
            <numerusform>%n jours — à redemander</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No providers are in the plan yet.</source>
        <translation>Aucun prestataire n&apos;est encore dans le plan.</translation>
    </message>
    <message>
        <source>No open findings on the day this was printed.</source>
        <translation>Aucun constat ouvert le jour de l&apos;impression.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Risks accepted</source>
        <translation>Risques acceptés</translation>
    </message>
    <message>
        <source>No risks have been accepted.</source>
        <translation>Aucun risque n&apos;a été accepté.</translation>
    </message>
    <message>
        <source>Why it is accepted</source>
        <translation>Pourquoi il est accepté</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>The last changes to the site&apos;s code, newest first, as read from %1 on %2.</source>
        <translation>Les dernières modifications du code du site, de la plus récente à la plus ancienne, lues depuis %1 le %2.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>No change log yet: record where the site&apos;s code is kept (a git repository) under “Recovery items” and verify it.</source>
        <translation>Pas encore d&apos;historique des modifications&#xa0;: indiquez sous «&#xa0;Éléments de secours&#xa0;» où est conservé le code du site (un dépôt git), puis vérifiez-le.</translation>
    </message>
    <message>
        <source>We have read this binder, checked that the people and numbers in it are right, and know where it is kept.</source>
        <translation>Nous avons lu ce classeur, vérifié que les personnes et les numéros qu&apos;il contient sont exacts, et nous savons où il est rangé.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation>Prochaine revue&#xa0;: %1</translation>
    </message>
    <message>
        <source>At the review, open the plan in Storefort, verify the recovery items, go through the open findings, and print a new binder.</source>
        <translation>Lors de la revue, ouvrez le plan dans Storefort, vérifiez les éléments de secours, passez en revue les constats ouverts et imprimez un nouveau classeur.</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>your account: %1</source>
        <translation>votre compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Prestataires</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>When support does not help</source>
        <translation>Si le support ne résout pas le problème</translation>
    </message>
    <message>
        <source>Around the clock</source>
        <translation>Jour et nuit</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>No providers are in the plan yet. Write your host&apos;s support number here by hand: ______________________</source>
        <translation>Aucun prestataire n&apos;est encore dans le plan. Notez ici à la main le numéro du support de votre hébergeur&#xa0;: ______________________</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>L&apos;équipe</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>No team members are in the plan yet.</source>
        <translation>Aucun membre de l&apos;équipe n&apos;est encore dans le plan.</translation>
    </message>
    <message>
        <source>Others to know</source>
        <translation>Autres contacts utiles</translation>
    </message>
    <message>
        <source>Police (for a report after a crime) and, for personal data, your data protection authority. Write their numbers here:</source>
        <translation>La police (pour un dépôt de plainte après une infraction) et, pour les données personnelles, votre autorité de protection des données. Notez leurs numéros ici&#xa0;:</translation>
    </message>
    <message>
        <source>Call the host: %1.</source>
        <translation>Appelez l&apos;hébergeur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Call your host&apos;s support.</source>
        <translation>Appelez le support de votre hébergeur.</translation>
    </message>
    <message>
        <source>Find your situation and work down its list. Write the time beside each box you tick; it helps the people you call, and the review afterwards.</source>
        <translation>Trouvez votre situation et suivez sa liste de haut en bas. Notez l&apos;heure à côté de chaque case que vous cochez&#xa0;: cela aide les personnes que vous appelez, et le bilan qui suivra.</translation>
    </message>
    <message>
        <source>The shop is down or under attack (DDoS)</source>
        <translation>La boutique est en panne ou attaquée (DDoS)</translation>
    </message>
    <message>
        <source>The site does not load, or is very slow, for everyone.</source>
        <translation>Le site ne se charge pas, ou très lentement, pour tout le monde.</translation>
    </message>
    <message>
        <source>Check from a phone on mobile data, not the office network: is it down for everyone?</source>
        <translation>Vérifiez depuis un téléphone en données mobiles, pas depuis le réseau du bureau&#xa0;: le site est-il en panne pour tout le monde&#xa0;?</translation>
    </message>
    <message>
        <source>Switch on the CDN&apos;s attack mode, or ask %1 to.</source>
        <translation>Activez le mode attaque du CDN, ou demandez à %1 de le faire.</translation>
    </message>
    <message>
        <source>Ask the host whether it can filter the attack or put a CDN in front of the shop.</source>
        <translation>Demandez à l&apos;hébergeur s&apos;il peut filtrer l&apos;attaque ou placer un CDN devant la boutique.</translation>
    </message>
    <message>
        <source>Work through the call tree in “DDoS plan and call tree”.</source>
        <translation>Suivez la chaîne d&apos;appels de la section «&#xa0;Plan DDoS et chaîne d&apos;appels&#xa0;».</translation>
    </message>
    <message>
        <source>Tell customers the shop is having trouble and when you expect it back.</source>
        <translation>Prévenez les clients que la boutique rencontre des difficultés et indiquez quand vous pensez qu&apos;elle sera rétablie.</translation>
    </message>
    <message>
        <source>Keep notes: when it started, what you saw, whom you called, what they said.</source>
        <translation>Prenez des notes&#xa0;: quand cela a commencé, ce que vous avez vu, qui vous avez appelé, ce qu&apos;on vous a répondu.</translation>
    </message>
    <message>
        <source>Suspected break-in or data leak</source>
        <translation>Suspicion d&apos;intrusion ou de fuite de données</translation>
    </message>
    <message>
        <source>Unknown admin accounts, strange orders or changes, a warning from a provider, or customer data seen where it should not be.</source>
        <translation>Des comptes administrateur inconnus, des commandes ou des modifications étranges, un avertissement d&apos;un prestataire, ou des données clients visibles là où elles ne devraient pas l&apos;être.</translation>
    </message>
    <message>
        <source>Do not delete or tidy anything yet: it is the evidence. Write down what you saw and when.</source>
        <translation>Ne supprimez et ne rangez rien pour l&apos;instant&#xa0;: ce sont des preuves. Notez ce que vous avez vu et à quelle heure.</translation>
    </message>
    <message>
        <source>Call the developers: %1.</source>
        <translation>Appelez les développeurs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Call whoever looks after the shop&apos;s code.</source>
        <translation>Appelez la personne qui s&apos;occupe du code de la boutique.</translation>
    </message>
    <message>
        <source>From a computer you trust, change the admin passwords and sign every session out. Check the admin accounts for ones you do not know.</source>
        <translation>Depuis un ordinateur de confiance, changez les mots de passe administrateur et fermez toutes les sessions. Vérifiez qu&apos;il n&apos;y a pas de comptes administrateur que vous ne connaissez pas.</translation>
    </message>
    <message>
        <source>If card or payment data may be involved, call the payment provider: %1.</source>
        <translation>Si des données de carte ou de paiement peuvent être concernées, appelez le prestataire de paiement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>If card or payment data may be involved, call the payment provider.</source>
        <translation>Si des données de carte ou de paiement peuvent être concernées, appelez le prestataire de paiement.</translation>
    </message>
    <message>
        <source>If personal data leaked, the data protection authority may have to be told quickly (in the EU within 72 hours). Note the time you found out.</source>
        <translation>Si des données personnelles ont fuité, il faudra peut-être prévenir rapidement l&apos;autorité de protection des données (dans l&apos;UE, sous 72 heures). Notez l&apos;heure à laquelle vous l&apos;avez découvert.</translation>
    </message>
    <message>
        <source>Tell the customers affected what happened and what they should do.</source>
        <translation>Dites aux clients concernés ce qui s&apos;est passé et ce qu&apos;ils doivent faire.</translation>
    </message>
    <message>
        <source>The site has been defaced</source>
        <translation>Le site a été défiguré</translation>
    </message>
    <message>
        <source>Pages show something you did not put there.</source>
        <translation>Des pages affichent quelque chose que vous n&apos;y avez pas mis.</translation>
    </message>
    <message>
        <source>Take screenshots, with the date and the address visible.</source>
        <translation>Faites des captures d&apos;écran sur lesquelles la date et l&apos;adresse sont visibles.</translation>
    </message>
    <message>
        <source>Ask the host to put the shop into maintenance mode: %1.</source>
        <translation>Demandez à l&apos;hébergeur de mettre la boutique en mode maintenance&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Ask the host to put the shop into maintenance mode.</source>
        <translation>Demandez à l&apos;hébergeur de mettre la boutique en mode maintenance.</translation>
    </message>
    <message>
        <source>Restore from a backup made before the change (see “Recovery items”; held by %1).</source>
        <translation>Restaurez une sauvegarde faite avant la modification (voir «&#xa0;Éléments de secours&#xa0;»&#xa0;; détenteur&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Change the admin passwords, then find out how they got in (the change log and missing updates are the usual places).</source>
        <translation>Changez les mots de passe administrateur, puis cherchez comment l&apos;intrus est entré (l&apos;historique des modifications et les mises à jour manquantes sont les pistes habituelles).</translation>
    </message>
    <message>
        <source>Nobody can log in to the admin</source>
        <translation>Plus personne ne peut se connecter à l&apos;administration</translation>
    </message>
    <message>
        <source>Passwords are refused, or the admin e-mail was changed.</source>
        <translation>Les mots de passe sont refusés, ou l&apos;adresse e-mail de l&apos;administrateur a été changée.</translation>
    </message>
    <message>
        <source>Try the password reset once; do not guess repeatedly.</source>
        <translation>Essayez une seule fois la réinitialisation du mot de passe&#xa0;; n&apos;essayez pas de deviner à répétition.</translation>
    </message>
    <message>
        <source>Ask the holder of the root account: %1.</source>
        <translation>Demandez au détenteur du compte root&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Call the host or platform: %1.</source>
        <translation>Appelez l&apos;hébergeur ou la plateforme&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Call the host or platform&apos;s support.</source>
        <translation>Appelez le support de l&apos;hébergeur ou de la plateforme.</translation>
    </message>
    <message>
        <source>If someone changed the password or e-mail, treat it as a break-in and follow that list too.</source>
        <translation>Si quelqu&apos;un a changé le mot de passe ou l&apos;adresse e-mail, traitez-le comme une intrusion et suivez aussi cette liste.</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>Le certificat a expiré</translation>
    </message>
    <message>
        <source>Browsers warn visitors that the connection is not private.</source>
        <translation>Les navigateurs avertissent les visiteurs que la connexion n&apos;est pas privée.</translation>
    </message>
    <message>
        <source>Check the date in the browser&apos;s warning: expired, or another problem?</source>
        <translation>Regardez la date dans l&apos;avertissement du navigateur&#xa0;: certificat expiré, ou autre problème&#xa0;?</translation>
    </message>
    <message>
        <source>Ask whoever manages the certificate to renew it: %1.</source>
        <translation>Demandez à la personne qui gère le certificat de le renouveler&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Ask whoever manages the certificate to renew it.</source>
        <translation>Demandez à la personne qui gère le certificat de le renouveler.</translation>
    </message>
    <message>
        <source>If it is renewed from the key on hand, the key, its request and passphrase are under “Recovery items”.</source>
        <translation>S&apos;il est renouvelé à partir de la clé dont vous disposez, la clé, sa demande de signature et sa phrase secrète se trouvent sous «&#xa0;Éléments de secours&#xa0;».</translation>
    </message>
    <message>
        <source>Probe the site again in Storefort to see the new certificate served.</source>
        <translation>Testez de nouveau le site dans Storefort pour voir le nouveau certificat en service.</translation>
    </message>
    <message>
        <source>A provider has an outage</source>
        <translation>Un prestataire subit une panne</translation>
    </message>
    <message>
        <source>The host, the platform, payments or e-mail stop working.</source>
        <translation>L&apos;hébergeur, la plateforme, les paiements ou la messagerie ne fonctionnent plus.</translation>
    </message>
    <message>
        <source>Check the provider&apos;s status page and support (see “Emergency contacts”).</source>
        <translation>Consultez la page d&apos;état et le support du prestataire (voir «&#xa0;Contacts d&apos;urgence&#xa0;»).</translation>
    </message>
    <message>
        <source>Ask when they expect it fixed, and write down the answer and the time.</source>
        <translation>Demandez quand ils pensent avoir réparé, et notez la réponse et l&apos;heure.</translation>
    </message>
    <message>
        <source>Tell customers what does not work and for how long.</source>
        <translation>Dites aux clients ce qui ne fonctionne pas, et pour combien de temps.</translation>
    </message>
    <message>
        <source>If it will last days: the backup, exports, certificate and code under “Recovery items” are what a new provider needs.</source>
        <translation>Si cela doit durer plusieurs jours&#xa0;: la sauvegarde, les exports, le certificat et le code rangés sous «&#xa0;Éléments de secours&#xa0;» sont ce dont un nouveau prestataire a besoin.</translation>
    </message>
    <message>
        <source>Ransomware, or the server is lost</source>
        <translation>Rançongiciel, ou serveur perdu</translation>
    </message>
    <message>
        <source>Files are locked with a ransom note, or the server is gone or cannot be trusted.</source>
        <translation>Des fichiers sont verrouillés avec une demande de rançon, ou le serveur a disparu ou n&apos;est plus digne de confiance.</translation>
    </message>
    <message>
        <source>Disconnect the affected computers from the network. Do not pay, and do not delete anything.</source>
        <translation>Débranchez du réseau les ordinateurs touchés. Ne payez pas, et ne supprimez rien.</translation>
    </message>
    <message>
        <source>Rebuild on a clean server from the older reference backup (made before the trouble), with the certificate, its key and the code.</source>
        <translation>Reconstruisez la boutique sur un serveur sain à partir de l&apos;ancienne sauvegarde de référence (faite avant les problèmes), avec le certificat, sa clé et le code.</translation>
    </message>
    <message>
        <source>Use the root account (held by %1) to take the server back.</source>
        <translation>Servez-vous du compte root (détenteur&#xa0;: %1) pour reprendre la main sur le serveur.</translation>
    </message>
    <message>
        <source>Change every password, and report the crime to the police.</source>
        <translation>Changez tous les mots de passe, et portez plainte auprès de la police.</translation>
    </message>
    <message>
        <source>What the shop has at hand to rebuild, who holds it, how to reach it, and what Storefort found when it was last checked.</source>
        <translation>Ce dont la boutique dispose pour se reconstruire, qui le détient, comment y accéder, et ce que Storefort a constaté lors de la dernière vérification.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Détenteur</translation>
    </message>
    <message>
        <source>Where, and how to reach it</source>
        <translation>Où, et comment y accéder</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>%1: not stored in Storefort.</source>
        <translation>%1&#xa0;: aucune copie dans Storefort.</translation>
    </message>
    <message>
        <source>%1: in the keychain of the user “%2” on the computer “%3”; they can open it, and %4 holds it.</source>
        <translation>%1&#xa0;: dans le trousseau de l&apos;utilisateur «&#xa0;%2&#xa0;» sur l&apos;ordinateur «&#xa0;%3&#xa0;»&#xa0;; cet utilisateur peut l&apos;ouvrir, et le détenteur est %4.</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Nom d&apos;utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>Jamais vérifié</translation>
    </message>
    <message>
        <source>In front of the shop</source>
        <translation>Devant la boutique</translation>
    </message>
    <message>
        <source>The latest probe saw %1 in front of the site.</source>
        <translation>Le dernier test a détecté %1 devant le site.</translation>
    </message>
    <message>
        <source>CDN recorded: %1.</source>
        <translation>CDN enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No CDN is in front of the shop as far as the plan knows.</source>
        <translation>D&apos;après le plan, aucun CDN n&apos;est placé devant la boutique.</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donnée le</translation>
    </message>
    <message>
        <source>What the providers said they do</source>
        <translation>Ce que les prestataires disent faire</translation>
    </message>
    <message>
        <source>No provider has answered the questions about attacks yet.</source>
        <translation>Aucun prestataire n&apos;a encore répondu aux questions sur les attaques.</translation>
    </message>
    <message>
        <source>Call tree</source>
        <translation>Chaîne d&apos;appels</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Who calls</source>
        <translation>Qui appelle</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>No call tree yet. Decide who calls the host, the CDN, the developers and the payment provider, and who tells customers.</source>
        <translation>Pas encore de chaîne d&apos;appels. Décidez qui appelle l&apos;hébergeur, le CDN, les développeurs et le prestataire de paiement, et qui prévient les clients.</translation>
    </message>
    <message>
        <source>Prepared in advance</source>
        <translation>Préparé à l&apos;avance</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Last drill: %1.</source>
        <translation>Dernier exercice&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The plan has never been drilled.</source>
        <translation>Le plan n&apos;a jamais fait l&apos;objet d&apos;un exercice.</translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>jusqu&apos;à son retrait</translation>
    </message>
</context>
<context>
    <name>BinderView</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save &amp;Calendar…</source>
        <translation>Enregistrer le &amp;calendrier…</translation>
    </message>
    <message>
        <source>&amp;Whole Page</source>
        <translation>Page &amp;entière</translation>
    </message>
    <message>
        <source>Fi&amp;t Width</source>
        <translation>Pleine &amp;largeur</translation>
    </message>
    <message>
        <source>Preview of the contingency binder</source>
        <translation>Aperçu du classeur d&apos;urgence</translation>
    </message>
    <message>
        <source>Show one whole page at a time</source>
        <translation>Afficher une page entière à la fois</translation>
    </message>
    <message>
        <source>Show the pages as wide as the window, to read them</source>
        <translation>Afficher les pages sur toute la largeur de la fenêtre, pour les lire</translation>
    </message>
    <message>
        <source>Print the binder and keep it in a drawer, away from the computer: on a bad day the computer may be the thing that is down. Print it again after changes, and look through it at least twice a year.</source>
        <translation>Imprimez le classeur et rangez-le dans un tiroir, loin de l&apos;ordinateur&#xa0;: un jour de crise, c&apos;est peut-être justement l&apos;ordinateur qui ne fonctionne plus. Réimprimez-le après chaque changement, et relisez-le au moins deux fois par an.</translation>
    </message>
    <message>
        <source>Print the binder</source>
        <translation>Imprimer le classeur</translation>
    </message>
    <message>
        <source>Save the binder as a PDF file, to print elsewhere or keep on a USB stick</source>
        <translation>Enregistrer le classeur en fichier PDF, pour l&apos;imprimer ailleurs ou le garder sur une clé USB</translation>
    </message>
    <message>
        <source>Save the dates to check and renew things as reminders for your calendar program (.ics)</source>
        <translation>Enregistrer les dates de vérification et de renouvellement sous forme de rappels pour votre agenda (.ics)</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contingency binder</source>
        <translation>Classeur d&apos;urgence %1</translation>
    </message>
    <message>
        <source>Print the Contingency Binder</source>
        <translation>Imprimer le classeur d&apos;urgence</translation>
    </message>
    <message>
        <source>Printing the binder…</source>
        <translation>Impression du classeur…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n pages envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Binder Not Printed</source>
        <translation>Classeur non imprimé</translation>
    </message>
    <message>
        <source>Save the Binder as PDF</source>
        <translation>Enregistrer le classeur en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the binder…</source>
        <translation>Écriture du classeur…</translation>
    </message>
    <message numerus="yes">
        <source>The binder (%n page(s)) is saved as %1.</source>
        <translation>
            <numerusform>Le classeur (%n page) est enregistré sous %1.</numerusform>
            <numerusform>Le classeur (%n pages) est enregistré sous %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Binder Not Saved</source>
        <translation>Classeur non enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) saved as %1. Open the file with your calendar program to add them.</source>
        <translation>
            <numerusform>%n rappel enregistré sous %1. Ouvrez le fichier avec votre agenda pour l&apos;ajouter.</numerusform>
            <numerusform>%n rappels enregistrés sous %1. Ouvrez le fichier avec votre agenda pour les ajouter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Binder preview</source>
        <translation>Aperçu du classeur</translation>
    </message>
</context>
<context>
    <name>CertificateInspector</name>
    <message>
        <source>A certificate of the chain has expired.</source>
        <translation>Un certificat de la chaîne a expiré.</translation>
    </message>
    <message>
        <source>A certificate of the chain is not valid yet.</source>
        <translation>Un certificat de la chaîne n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <source>The certificate is self-signed: browsers do not trust it.</source>
        <translation>Le certificat est auto-signé&#xa0;: les navigateurs ne lui font pas confiance.</translation>
    </message>
    <message>
        <source>The chain ends at a root certificate that browsers do not trust.</source>
        <translation>La chaîne aboutit à un certificat racine auquel les navigateurs ne font pas confiance.</translation>
    </message>
    <message>
        <source>The chain does not lead to a trusted root: an intermediate certificate is missing or the issuer is not trusted.</source>
        <translation>La chaîne ne mène pas à une racine de confiance&#xa0;: un certificat intermédiaire manque ou l&apos;émetteur n&apos;est pas reconnu.</translation>
    </message>
    <message>
        <source>A key of the chain is too small for browsers to trust it.</source>
        <translation>Une clé de la chaîne est trop courte pour que les navigateurs lui fassent confiance.</translation>
    </message>
    <message>
        <source>A certificate of the chain is signed with an algorithm too weak for browsers (such as SHA-1).</source>
        <translation>Un certificat de la chaîne est signé avec un algorithme trop faible pour les navigateurs (comme SHA-1).</translation>
    </message>
    <message>
        <source>The certificate is not meant for web servers.</source>
        <translation>Le certificat n&apos;est pas destiné aux serveurs web.</translation>
    </message>
    <message>
        <source>The certificate chain could not be verified: %1</source>
        <translation>La chaîne de certificats n&apos;a pas pu être vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The extra CA file %1 could not be read.</source>
        <translation>Le fichier d&apos;autorités de certification (CA) supplémentaire %1 n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>CertificateVerifier</name>
    <message>
        <source>No private key (.key file) was found in %1. Without it, the certificate cannot be put on a new server.</source>
        <translation>Aucune clé privée (fichier .key) n&apos;a été trouvée dans %1. Sans elle, le certificat ne peut pas être installé sur un nouveau serveur.</translation>
    </message>
    <message>
        <source>The private key %1 opens: it is locked with a passphrase, and the passphrase on file opens it.</source>
        <translation>La clé privée %1 s&apos;ouvre&#xa0;: elle est protégée par une phrase secrète, et la phrase secrète enregistrée l&apos;ouvre bien.</translation>
    </message>
    <message>
        <source>The private key %1 opens (it is not locked with a passphrase).</source>
        <translation>La clé privée %1 s&apos;ouvre (elle n&apos;est pas protégée par une phrase secrète).</translation>
    </message>
    <message>
        <source>The private key %1 is locked with a passphrase, and no passphrase is on file for it. Keep the passphrase in Storefort, or the key cannot be used on a bad day.</source>
        <translation>La clé privée %1 est protégée par une phrase secrète, et aucune phrase secrète n&apos;est enregistrée pour elle. Conservez la phrase secrète dans Storefort, sinon la clé sera inutilisable un jour de crise.</translation>
    </message>
    <message>
        <source>The private key %1 is locked with a passphrase, and the passphrase on file does not open it.</source>
        <translation>La clé privée %1 est protégée par une phrase secrète, et la phrase secrète enregistrée ne l&apos;ouvre pas.</translation>
    </message>
    <message>
        <source>The private key %1 cannot be read: it is damaged, or not a key.</source>
        <translation>La clé privée %1 ne peut pas être lue&#xa0;: elle est endommagée, ou ce n&apos;est pas une clé.</translation>
    </message>
    <message>
        <source>No signing request (.csr file) was found. Keep it with the key: it is what the certificate authority needs to issue the certificate again.</source>
        <translation>Aucune demande de signature (fichier .csr) n&apos;a été trouvée. Conservez-la avec la clé&#xa0;: c&apos;est ce dont l&apos;autorité de certification a besoin pour délivrer à nouveau le certificat.</translation>
    </message>
    <message>
        <source>The signing request %1 cannot be read: it is damaged.</source>
        <translation>La demande de signature %1 ne peut pas être lue&#xa0;: elle est endommagée.</translation>
    </message>
    <message>
        <source>The signing request %1 reads correctly.</source>
        <translation>La demande de signature %1 se lit correctement.</translation>
    </message>
    <message>
        <source>The private key %1 belongs to the signing request %2.</source>
        <translation>La clé privée %1 correspond à la demande de signature %2.</translation>
    </message>
    <message>
        <source>The private key %1 does not belong to the signing request %2: the request was made with another key.</source>
        <translation>La clé privée %1 ne correspond pas à la demande de signature %2&#xa0;: la demande a été faite avec une autre clé.</translation>
    </message>
    <message>
        <source>No certificate (.crt file) was found. Keep it with the key, so that the site can be set up again without asking for it.</source>
        <translation>Aucun certificat (fichier .crt) n&apos;a été trouvé. Conservez-le avec la clé, pour pouvoir réinstaller le site sans avoir à le redemander.</translation>
    </message>
    <message>
        <source>The certificate %1 cannot be read: it is damaged.</source>
        <translation>Le certificat %1 ne peut pas être lu&#xa0;: il est endommagé.</translation>
    </message>
    <message>
        <source>The certificate %1 reads correctly: it is for %2.</source>
        <translation>Le certificat %1 se lit correctement&#xa0;: il est délivré pour %2.</translation>
    </message>
    <message>
        <source>The private key %1 belongs to the certificate %2.</source>
        <translation>La clé privée %1 correspond au certificat %2.</translation>
    </message>
    <message>
        <source>The private key %1 does not belong to the certificate %2: the certificate was issued for another key, and cannot be used with this one.</source>
        <translation>La clé privée %1 ne correspond pas au certificat %2&#xa0;: le certificat a été délivré pour une autre clé et ne peut pas être utilisé avec celle-ci.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate %1 ran out on %2 (%n day(s) ago). Browsers refuse it: keep the renewed certificate here.</source>
        <translation>
            <numerusform>Le certificat %1 a expiré le %2 (il y a %n jour). Les navigateurs le refusent&#xa0;: conservez ici le certificat renouvelé.</numerusform>
            <numerusform>Le certificat %1 a expiré le %2 (il y a %n jours). Les navigateurs le refusent&#xa0;: conservez ici le certificat renouvelé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate %1 runs out on %2, in less than a day. Renew it now.</source>
        <translation>Le certificat %1 expire le %2, dans moins d&apos;un jour. Renouvelez-le maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate %1 runs out on %2, in %n day(s). Renew it soon.</source>
        <translation>
            <numerusform>Le certificat %1 expire le %2, dans %n jour. Renouvelez-le bientôt.</numerusform>
            <numerusform>Le certificat %1 expire le %2, dans %n jours. Renouvelez-le bientôt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate %1 is valid until %2 (%n day(s) left).</source>
        <translation>
            <numerusform>Le certificat %1 est valable jusqu&apos;au %2 (encore %n jour).</numerusform>
            <numerusform>Le certificat %1 est valable jusqu&apos;au %2 (encore %n jours).</numerusform>
        </translation>
    </message>
    <message>
        <source>the shop&apos;s site</source>
        <translation>le site de la boutique</translation>
    </message>
    <message>
        <source>Storefort has not probed %1 yet, so it cannot tell whether the private key %2 is the one the site uses.</source>
        <translation>Storefort n&apos;a pas encore testé %1&#xa0;: il ne peut donc pas dire si la clé privée %2 est celle qu&apos;utilise le site.</translation>
    </message>
    <message>
        <source>The private key %1 matches the certificate that %2 serves.</source>
        <translation>La clé privée %1 correspond au certificat que présente %2.</translation>
    </message>
    <message>
        <source>The private key %1 does not match the certificate that %2 serves now. If the certificate was renewed with a new key, keep that key here instead.</source>
        <translation>La clé privée %1 ne correspond pas au certificat que présente actuellement %2. Si le certificat a été renouvelé avec une nouvelle clé, conservez plutôt cette nouvelle clé ici.</translation>
    </message>
    <message>
        <source>No folder or file of the certificate is given.</source>
        <translation>Aucun dossier ni fichier de certificat n&apos;est indiqué.</translation>
    </message>
    <message>
        <source>The certificate&apos;s place, %1, does not exist on this computer (or the drive or share it is on is not connected).</source>
        <translation>L&apos;emplacement du certificat, %1, n&apos;existe pas sur cet ordinateur (ou le disque ou le partage réseau sur lequel il se trouve n&apos;est pas connecté).</translation>
    </message>
    <message>
        <source>Storefort is not allowed to read the certificate&apos;s place, %1.</source>
        <translation>Storefort n&apos;a pas le droit de lire l&apos;emplacement du certificat, %1.</translation>
    </message>
    <message>
        <source>The folder %1 holds no private key, signing request or certificate.</source>
        <translation>Le dossier %1 ne contient ni clé privée, ni demande de signature, ni certificat.</translation>
    </message>
    <message>
        <source>The file %1 holds no private key, signing request or certificate.</source>
        <translation>Le fichier %1 ne contient ni clé privée, ni demande de signature, ni certificat.</translation>
    </message>
</context>
<context>
    <name>Certification</name>
    <message>
        <source>PCI DSS attestation of compliance</source>
        <translation>Attestation de conformité PCI DSS</translation>
    </message>
    <message>
        <source>SOC 2 report</source>
        <translation>Rapport SOC 2</translation>
    </message>
    <message>
        <source>ISO/IEC 27001 certificate</source>
        <translation>Certificat ISO/IEC 27001</translation>
    </message>
    <message>
        <source>Other certification</source>
        <translation>Autre certification</translation>
    </message>
</context>
<context>
    <name>CertificationsEditor</name>
    <message>
        <source>Add &amp;Certification…</source>
        <translation>Ajouter une &amp;certification…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Certificates show that an auditor checked the provider. A payment provider should have a PCI DSS attestation; hosts often have ISO 27001 or a SOC 2 report. Ask for a copy and note when it runs out.</source>
        <translation>Les certifications montrent qu&apos;un auditeur a contrôlé le prestataire. Un prestataire de paiement devrait avoir une attestation PCI DSS&#xa0;; les hébergeurs ont souvent une certification ISO 27001 ou un rapport SOC 2. Demandez-en une copie et notez sa date d&apos;expiration.</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>No expiry date on file</source>
        <translation>Aucune date d&apos;expiration enregistrée</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>A expiré le %1</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Expire aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Expires tomorrow</source>
        <translation>Expire demain</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %Ln days</source>
        <translation>
            <numerusform>Expire dans %Ln jour</numerusform>
            <numerusform>Expire dans %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind of certification</source>
        <translation>Catégorie de certification</translation>
    </message>
    <message>
        <source>Name or scope</source>
        <translation>Nom ou périmètre</translation>
    </message>
    <message>
        <source>For Other: its name; otherwise an optional note on its scope</source>
        <translation>Pour «&#xa0;Autre certification&#xa0;»&#xa0;: son nom&#xa0;; sinon, une remarque facultative sur son périmètre</translation>
    </message>
    <message>
        <source>&amp;Runs out on</source>
        <translation>Valable &amp;jusqu&apos;au</translation>
    </message>
    <message>
        <source>Date it runs out</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Expiration&#xa0;:</translation>
    </message>
    <message>
        <source>Add a Certification</source>
        <translation>Ajouter une certification</translation>
    </message>
    <message>
        <source>Add %1 of %2</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» pour %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Modifier «&#xa0;%1&#xa0;» pour %2</translation>
    </message>
    <message>
        <source>Remove %1 of %2</source>
        <translation>Retirer «&#xa0;%1&#xa0;» pour %2</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>&amp;Modifier…</translation>
    </message>
</context>
<context>
    <name>CheckOutcome</name>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>storefort-cli: %1</source>
        <translation>storefort-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ClientHelloBuilder</name>
    <message>
        <source>“%1” is not a valid host name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte valide.</translation>
    </message>
    <message>
        <source>The host name is longer than 255 characters.</source>
        <translation>Le nom d&apos;hôte dépasse 255 caractères.</translation>
    </message>
    <message>
        <source>An ALPN protocol name must be 1 to 255 bytes long.</source>
        <translation>Un nom de protocole ALPN doit faire de 1 à 255 octets.</translation>
    </message>
    <message>
        <source>The ClientHello&apos;s extensions are too long.</source>
        <translation>Les extensions du ClientHello sont trop longues.</translation>
    </message>
    <message>
        <source>A ClientHello can only be built for SSLv3 up to TLS 1.3.</source>
        <translation>Un ClientHello ne peut être construit que pour SSLv3 à TLS 1.3.</translation>
    </message>
    <message>
        <source>A ClientHello needs between 1 and 32767 cipher suites.</source>
        <translation>Un ClientHello doit contenir entre 1 et 32767 suites de chiffrement.</translation>
    </message>
    <message>
        <source>An SSLv2 hello can offer at most 1000 cipher kinds.</source>
        <translation>Un hello SSLv2 peut proposer au plus 1000 types de chiffrement.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Le générateur de nombres aléatoires du système a échoué.</translation>
    </message>
    <message>
        <source>A key share for group %1 cannot be made.</source>
        <translation>Impossible de créer un partage de clé (key share) pour le groupe %1.</translation>
    </message>
    <message>
        <source>OpenSSL could not make a key for %1.</source>
        <translation>OpenSSL n&apos;a pas pu créer de clé pour %1.</translation>
    </message>
    <message>
        <source>OpenSSL could not encode the key for %1.</source>
        <translation>OpenSSL n&apos;a pas pu encoder la clé pour %1.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>comma (,)</source>
        <translation>une virgule (,)</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>un point-virgule (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>une tabulation</translation>
    </message>
    <message>
        <source>bar (|)</source>
        <translation>une barre verticale (|)</translation>
    </message>
    <message>
        <source>Match the Columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Storefort does not know this kind of file. Say which column holds what; only the user name is needed. Storefort remembers your choice for this system.</source>
        <translation>Storefort ne connaît pas ce type de fichier. Indiquez ce que contient chaque colonne&#xa0;; seul le nom d&apos;utilisateur est indispensable. Storefort retient votre choix pour ce système.</translation>
    </message>
    <message>
        <source>Columns are separated by a %1; the text is read as %2.</source>
        <translation>Les colonnes sont séparées par %1&#xa0;; le texte est lu en %2.</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Les premières lignes du fichier</translation>
    </message>
    <message>
        <source>&amp;User name (needed):</source>
        <translation>Nom d&apos;&amp;utilisateur (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>The name used to sign in</source>
        <translation>Le nom utilisé pour se connecter</translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation>Nom &amp;affiché&#xa0;:</translation>
    </message>
    <message>
        <source>The person&apos;s full name</source>
        <translation>Le nom complet de la personne</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>Used with the last name when the file has no full name</source>
        <translation>Utilisé avec le nom de famille quand le fichier ne contient pas de nom complet</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom de famille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Words such as administrator, manager, editor or viewer</source>
        <translation>Des mots comme administrateur, gestionnaire, éditeur ou lecteur</translation>
    </message>
    <message>
        <source>&amp;Two-step sign-in:</source>
        <translation>Connexion en deux é&amp;tapes&#xa0;:</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>oui ou non</translation>
    </message>
    <message>
        <source>Last &amp;sign-in:</source>
        <translation>&amp;Dernière connexion&#xa0;:</translation>
    </message>
    <message>
        <source>A date</source>
        <translation>Une date</translation>
    </message>
    <message>
        <source>&amp;Password changed:</source>
        <translation>&amp;Mot de passe modifié&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Created:</source>
        <translation>&amp;Créé le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Active:</source>
        <translation>Act&amp;if&#xa0;:</translation>
    </message>
    <message>
        <source>yes or no, or words such as active, disabled, suspended or blocked</source>
        <translation>oui ou non, ou des mots comme actif, désactivé, suspendu ou bloqué</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Ce que contient chaque colonne</translation>
    </message>
    <message>
        <source>Choose the column that holds the user names.</source>
        <translation>Choisissez la colonne qui contient les noms d&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>ConfirmationLetter</name>
    <message>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Now that our project ended on %1, we are checking who can still get into %2.</source>
        <translation>Maintenant que notre projet s&apos;est terminé le %1, nous vérifions qui peut encore accéder à %2.</translation>
    </message>
    <message>
        <source>We are checking who can get into %1.</source>
        <translation>Nous vérifions qui peut accéder à %1.</translation>
    </message>
    <message>
        <source>Our records show the accounts below as held by you or your team. For each one, please confirm the user name and tell us whether you still need it, and if so, why. We will close the accounts you no longer need, and those we have not heard about by %1.</source>
        <translation>D&apos;après nos registres, les comptes ci-dessous sont détenus par vous ou votre équipe. Pour chacun d&apos;eux, veuillez confirmer le nom d&apos;utilisateur et nous dire si vous en avez encore besoin et, si oui, pourquoi. Nous fermerons les comptes dont vous n&apos;avez plus besoin, ainsi que ceux pour lesquels nous n&apos;aurons pas reçu de réponse d&apos;ici le %1.</translation>
    </message>
    <message>
        <source>Your accounts with %1: which do you still need?</source>
        <translation>Vos comptes chez %1&#xa0;: lesquels vous sont encore nécessaires&#xa0;?</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>User name: %1 · role: %2 · last signed in: %3</source>
        <translation>Nom d&apos;utilisateur&#xa0;: %1 · rôle&#xa0;: %2 · dernière connexion&#xa0;: %3</translation>
    </message>
    <message>
        <source>[ ] Keep it, because: ________________   [ ] Remove it</source>
        <translation>[ ] À conserver, car&#xa0;: ________________   [ ] À supprimer</translation>
    </message>
    <message>
        <source>If you hold an account with us that is not on this list, please tell us about it too.</source>
        <translation>Si vous détenez chez nous un compte qui ne figure pas dans cette liste, merci de nous le signaler également.</translation>
    </message>
    <message>
        <source>Thank you, and kind regards,</source>
        <translation>Merci, et bien cordialement,</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>☐ Keep it, because:</source>
        <translation>☐ À conserver, car&#xa0;:</translation>
    </message>
    <message>
        <source>☐ Remove it</source>
        <translation>☐ À supprimer</translation>
    </message>
    <message>
        <source>Could not write the letter to %1: %2</source>
        <translation>Impossible d&apos;écrire la lettre dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ConfirmationLetterDialog</name>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <source>Open in &amp;Email Program</source>
        <translation>Ouvrir dans le logiciel de &amp;messagerie</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Aperçu de la lettre</translation>
    </message>
    <message>
        <source>Write a Confirmation Letter</source>
        <translation>Rédiger une lettre de confirmation</translation>
    </message>
    <message>
        <source>At the end of a project, ask the developer or agency to confirm each account they have and say why they still need it, or that it can go. Record their replies on the Letters tab.</source>
        <translation>À la fin d&apos;un projet, demandez au développeur ou à l&apos;agence de confirmer chacun de ses comptes et d&apos;indiquer pourquoi il en a encore besoin, ou s&apos;il peut être supprimé. Enregistrez ses réponses dans l&apos;onglet Lettres aux développeurs.</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (a quitté l&apos;équipe)</translation>
    </message>
    <message>
        <source>Letter &amp;to</source>
        <translation>&amp;Destinataire</translation>
    </message>
    <message>
        <source>Letter to %1 of %2</source>
        <translation>Lettre à %1 du %2</translation>
    </message>
    <message>
        <source>&amp;Record as Written</source>
        <translation>&amp;Noter la lettre comme rédigée</translation>
    </message>
    <message>
        <source>Keeps the letter on file, so their replies can be recorded against it</source>
        <translation>Conserve la lettre dans le plan, pour pouvoir y rattacher les réponses</translation>
    </message>
    <message>
        <source>Opens a new email to %1 in your email program</source>
        <translation>Ouvre un nouvel e-mail à %1 dans votre logiciel de messagerie</translation>
    </message>
    <message>
        <source>Add their email address on the Team page first</source>
        <translation>Ajoutez d&apos;abord son adresse e-mail à l&apos;étape Boutique et équipe</translation>
    </message>
    <message>
        <source>No developers or agencies in the team. Add them on the Team page first.</source>
        <translation>Aucun développeur ni aucune agence dans l&apos;équipe. Ajoutez-les d&apos;abord à l&apos;étape Boutique et équipe.</translation>
    </message>
    <message>
        <source>%1 has no active accounts on file: there is nothing to ask.</source>
        <translation>%1 n&apos;a aucun compte actif enregistré&#xa0;: il n&apos;y a rien à demander.</translation>
    </message>
    <message>
        <source>Accounts letter to %1 %2.pdf</source>
        <translation>Lettre sur les comptes à %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save Letter as PDF</source>
        <translation>Enregistrer la lettre en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letter Not Saved</source>
        <translation>Lettre non enregistrée</translation>
    </message>
    <message>
        <source>The letter is saved as %1.</source>
        <translation>La lettre est enregistrée sous %1.</translation>
    </message>
    <message>
        <source>The text is copied. A subject to use: “%1”.</source>
        <translation>Le texte est copié. Objet à utiliser&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No Email Program</source>
        <translation>Aucun logiciel de messagerie</translation>
    </message>
    <message>
        <source>No email program opened. Use “Copy Text” and paste it into a new email.</source>
        <translation>Aucun logiciel de messagerie ne s&apos;est ouvert. Utilisez «&#xa0;Copier le texte&#xa0;» et collez-le dans un nouvel e-mail.</translation>
    </message>
    <message>
        <source>Letter Not Recorded</source>
        <translation>Lettre non consignée</translation>
    </message>
</context>
<context>
    <name>ConfirmationLettersView</name>
    <message>
        <source>&amp;Write Letter…</source>
        <translation>&amp;Rédiger une lettre…</translation>
    </message>
    <message>
        <source>&amp;Show Letter…</source>
        <translation>&amp;Afficher la lettre…</translation>
    </message>
    <message>
        <source>Remove Letter</source>
        <translation>Retirer la lettre</translation>
    </message>
    <message>
        <source>Record &amp;Reply…</source>
        <translation>Enregistrer la ré&amp;ponse…</translation>
    </message>
    <message>
        <source>Letters written</source>
        <translation>Lettres rédigées</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Rédigée le</translation>
    </message>
    <message>
        <source>Accounts asked</source>
        <translation>Comptes concernés</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>The accounts the letter asked about, with their replies</source>
        <translation>Les comptes sur lesquels porte la lettre, avec les réponses</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Their reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Why they need it</source>
        <translation>Pourquoi le garder</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>Date de réponse</translation>
    </message>
    <message>
        <source>No developers or agencies in the team. When someone builds or looks after the shop for you, add them on the Team page; at the end of their project, write them a letter here asking which accounts they still need.</source>
        <translation>Aucun développeur ni aucune agence dans l&apos;équipe. Quand quelqu&apos;un crée ou entretient la boutique pour vous, ajoutez cette personne à l&apos;étape Boutique et équipe&#xa0;; à la fin de son projet, rédigez-lui ici une lettre pour lui demander de quels comptes elle a encore besoin.</translation>
    </message>
    <message>
        <source>At the end of a project, write the developer or agency a letter asking which of their accounts they still need and why. Record each reply here: accounts they no longer need should be disabled.</source>
        <translation>À la fin d&apos;un projet, écrivez au développeur ou à l&apos;agence pour lui demander de quels comptes il a encore besoin, et pourquoi. Enregistrez ici chaque réponse&#xa0;: les comptes dont il n&apos;a plus besoin doivent être désactivés.</translation>
    </message>
    <message>
        <source>%1 (project ended %2)</source>
        <translation>%1 (projet terminé le %2)</translation>
    </message>
    <message>
        <source>Letters to write: %1.</source>
        <translation>Lettres à rédiger&#xa0;: %1.</translation>
    </message>
    <message>
        <source>(removed from the team)</source>
        <translation>(retiré de l&apos;équipe)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No letters written yet.</source>
        <translation>Aucune lettre rédigée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Choose a letter to see its accounts and replies.</source>
        <translation>Choisissez une lettre pour voir ses comptes et les réponses.</translation>
    </message>
    <message>
        <source>Accounts asked about in the letter to %1 of %2:</source>
        <translation>Comptes concernés par la lettre à %1 du %2&#xa0;:</translation>
    </message>
    <message>
        <source>(no longer on file)</source>
        <translation>(n&apos;est plus enregistré)</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>Remove the letter to %1 of %2 and the replies recorded against it?</source>
        <translation>Retirer la lettre à %1 du %2 et les réponses qui y sont rattachées&#xa0;?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Letter Not Removed</source>
        <translation>Lettre non retirée</translation>
    </message>
    <message>
        <source>Record Reply</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <source>What did %1 say about the account “%2” on %3?</source>
        <translation>Qu&apos;a répondu %1 au sujet du compte «&#xa0;%2&#xa0;» sur %3&#xa0;?</translation>
    </message>
    <message>
        <source>they</source>
        <translation>cette personne</translation>
    </message>
    <message>
        <source>&amp;Keep it: they still need it</source>
        <translation>&amp;Conserver&#xa0;: encore nécessaire</translation>
    </message>
    <message>
        <source>Why, in their words (required)</source>
        <translation>Pourquoi, selon ses propres termes (obligatoire)</translation>
    </message>
    <message>
        <source>Why they still need it</source>
        <translation>Pourquoi le compte reste nécessaire</translation>
    </message>
    <message>
        <source>&amp;Remove it: they no longer need it</source>
        <translation>&amp;Supprimer&#xa0;: plus nécessaire</translation>
    </message>
    <message>
        <source>Say why they still need it: “keep” needs a reason.</source>
        <translation>Indiquez pourquoi le compte reste nécessaire&#xa0;: «&#xa0;Conserver&#xa0;» exige une raison.</translation>
    </message>
    <message>
        <source>Reply Not Recorded</source>
        <translation>Réponse non enregistrée</translation>
    </message>
</context>
<context>
    <name>ContingencyBinder</name>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENTIEL</translation>
    </message>
    <message>
        <source>Contingency binder</source>
        <translation>Classeur d&apos;urgence</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Plan as of %1 (change no. %2)</source>
        <translation>Plan à la date du %1 (modification n° %2)</translation>
    </message>
    <message>
        <source>If something has gone wrong right now:</source>
        <translation>Si quelque chose ne va pas en ce moment même&#xa0;:</translation>
    </message>
    <message>
        <source>Stay calm and do not delete anything. Turn to “First hour”, find what is happening, and work through it from the top, ticking each box. The people and companies to call are under “Emergency contacts”.</source>
        <translation>Gardez votre calme et ne supprimez rien. Allez à la section «&#xa0;Première heure&#xa0;», trouvez ce qui se passe et suivez la liste depuis le début, en cochant chaque case. Les personnes et les entreprises à appeler se trouvent sous «&#xa0;Contacts d&apos;urgence&#xa0;».</translation>
    </message>
    <message>
        <source>This binder holds names, phone numbers and where the shop&apos;s keys are kept. Keep it locked away, and give a copy only to the people it names. It holds no passwords: they stay in the keychain.</source>
        <translation>Ce classeur contient des noms, des numéros de téléphone et l&apos;endroit où sont rangées les clés de la boutique. Gardez-le sous clé, et n&apos;en donnez une copie qu&apos;aux personnes qui y sont nommées. Il ne contient aucun mot de passe&#xa0;: ils restent dans le trousseau.</translation>
    </message>
    <message>
        <source>This binder is for the day things go wrong: the shop is down, someone has broken in, or a provider has let you down. It was printed from the shop&apos;s security plan in Storefort, so it says what the plan knew on the day it was printed.</source>
        <translation>Ce classeur sert le jour où les choses tournent mal&#xa0;: la boutique est en panne, quelqu&apos;un s&apos;y est introduit, ou un prestataire vous a fait défaut. Il a été imprimé à partir du plan de sécurité de la boutique dans Storefort&#xa0;: il reflète donc ce que le plan savait le jour de l&apos;impression.</translation>
    </message>
    <message>
        <source>Keep one copy where you work and one away from it (at home, or with someone you trust). A binder that burns with the office helps nobody.</source>
        <translation>Gardez un exemplaire sur votre lieu de travail et un autre ailleurs (chez vous, ou chez une personne de confiance). Un classeur qui brûle avec le bureau n&apos;aide personne.</translation>
    </message>
    <message>
        <source>When something happens, open “First hour” and follow the list for your situation. Write the time beside each box you tick.</source>
        <translation>Quand un incident survient, ouvrez la section «&#xa0;Première heure&#xa0;» et suivez la liste qui correspond à votre situation. Notez l&apos;heure à côté de chaque case que vous cochez.</translation>
    </message>
    <message>
        <source>“Recovery items” says what you have at hand to rebuild the shop, who holds it, and when it was last checked.</source>
        <translation>La section «&#xa0;Éléments de secours&#xa0;» indique ce dont vous disposez pour reconstruire la boutique, qui le détient, et quand cela a été vérifié pour la dernière fois.</translation>
    </message>
    <message>
        <source>Passwords are not printed. Where one is needed, the binder says whose keychain holds it and who can open it.</source>
        <translation>Les mots de passe ne sont pas imprimés. Quand il en faut un, le classeur indique dans quel trousseau il se trouve et qui peut l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Print a new binder after every review, and shred the old one: phone numbers and people change.</source>
        <translation>Imprimez un nouveau classeur après chaque revue, et détruisez l&apos;ancien&#xa0;: les numéros de téléphone et les personnes changent.</translation>
    </message>
    <message>
        <source>On the day it was printed, the plan had no open findings.</source>
        <translation>Le jour de l&apos;impression, le plan n&apos;avait aucun constat ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>On the day it was printed, the plan had %n open finding(s); they are listed near the end.</source>
        <translation>
            <numerusform>Le jour de l&apos;impression, le plan avait %n constat ouvert&#xa0;; il figure vers la fin.</numerusform>
            <numerusform>Le jour de l&apos;impression, le plan avait %n constats ouverts&#xa0;; ils figurent vers la fin.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — contingency binder</source>
        <translation>%1 — classeur d&apos;urgence</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>How to use this binder</source>
        <translation>Comment utiliser ce classeur</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contacts d&apos;urgence</translation>
    </message>
    <message>
        <source>First hour: what to do</source>
        <translation>Première heure&#xa0;: que faire</translation>
    </message>
    <message>
        <source>Recovery items</source>
        <translation>Éléments de secours</translation>
    </message>
    <message>
        <source>DDoS plan and call tree</source>
        <translation>Plan DDoS et chaîne d&apos;appels</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Chiffrement (TLS)</translation>
    </message>
    <message>
        <source>Accounts and access</source>
        <translation>Comptes et accès</translation>
    </message>
    <message>
        <source>Providers&apos; answers on file</source>
        <translation>Réponses des prestataires enregistrées</translation>
    </message>
    <message>
        <source>Open findings and accepted risks</source>
        <translation>Constats ouverts et risques acceptés</translation>
    </message>
    <message>
        <source>Change log of the website</source>
        <translation>Historique des modifications du site</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
</context>
<context>
    <name>ContingencyCommands</name>
    <message>
        <source>Usage: storefort-cli binder PLAN -o FILE.pdf [--paper a4|letter]</source>
        <translation>Utilisation&#xa0;: storefort-cli binder PLAN -o FILE.pdf [--paper a4|letter]</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>Verify only this recovery item.</source>
        <translation>Vérifier uniquement cet élément de secours.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli verify PLAN [--json] [--item ID]</source>
        <translation>Utilisation&#xa0;: storefort-cli verify PLAN [--json] [--item ID]</translation>
    </message>
    <message>
        <source>Nothing was verified, because the results could not be recorded: %1</source>
        <translation>Rien n&apos;a été vérifié, car les résultats n&apos;ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no recovery item with the id %1.</source>
        <translation>Il n&apos;y a aucun élément de secours avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Storefort cannot check “%1” by itself: look at it and confirm it by hand in the app.</source>
        <translation>Storefort ne peut pas vérifier «&#xa0;%1&#xa0;» par lui-même&#xa0;: examinez-le et confirmez-le à la main dans l&apos;application.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The plan has no recovery item Storefort can check.</source>
        <translation>Le plan ne contient aucun élément de secours que Storefort puisse vérifier.</translation>
    </message>
    <message>
        <source>“%1” was not recorded: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Where to write the calendar (.ics).</source>
        <translation>Où écrire le calendrier (.ics).</translation>
    </message>
    <message>
        <source>Usage: storefort-cli calendar PLAN -o FILE.ics</source>
        <translation>Utilisation&#xa0;: storefort-cli calendar PLAN -o FILE.ics</translation>
    </message>
    <message>
        <source>%1: security reminders</source>
        <translation>%1&#xa0;: rappels de sécurité</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n reminder(s)).</source>
        <translation>
            <numerusform>%1 écrit (%n rappel).</numerusform>
            <numerusform>%1 écrit (%n rappels).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContingencyPage</name>
    <message>
        <source>Contingency binder</source>
        <translation>Classeur d&apos;urgence</translation>
    </message>
    <message>
        <source>On a bad day you need a recent backup, the keys and the people to call at hand. Note who holds each thing and where it is; Storefort checks what it can from the real files, and prints a binder to keep in a drawer.</source>
        <translation>Un jour de crise, il vous faut sous la main une sauvegarde récente, les clés et les personnes à appeler. Notez qui détient chaque élément et où il se trouve&#xa0;; Storefort vérifie ce qu&apos;il peut à partir des vrais fichiers, et imprime un classeur à ranger dans un tiroir.</translation>
    </message>
    <message>
        <source>Recovery Items</source>
        <translation>Éléments de secours</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Binder</source>
        <translation>Classeur</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Constats (%1)</translation>
    </message>
    <message>
        <source>Contingency binder sections</source>
        <translation>Sections de l&apos;étape Classeur d&apos;urgence</translation>
    </message>
</context>
<context>
    <name>CredentialBox</name>
    <message>
        <source>&amp;Store Password or Token…</source>
        <translation>&amp;Enregistrer le mot de passe ou le jeton…</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Keep the sign-in for the provider&apos;s customer portal here, so you can get in quickly when something goes wrong. The password or token is kept in your computer&apos;s keychain, never in the plan file.</source>
        <translation>Conservez ici les identifiants de l&apos;espace client du prestataire, pour pouvoir vous connecter rapidement en cas de problème. Le mot de passe ou le jeton est conservé dans le trousseau de votre ordinateur, jamais dans le fichier du plan.</translation>
    </message>
    <message>
        <source>Portal user name</source>
        <translation>Nom d&apos;utilisateur de l&apos;espace client</translation>
    </message>
    <message>
        <source>The name or email you sign in with</source>
        <translation>Le nom ou l&apos;adresse e-mail avec lequel vous vous connectez</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Revealed password or token</source>
        <translation>Mot de passe ou jeton affiché</translation>
    </message>
    <message>
        <source>Put the password or API token into the keychain</source>
        <translation>Placer le mot de passe ou le jeton d&apos;API dans le trousseau</translation>
    </message>
    <message>
        <source>Show the password for a short while</source>
        <translation>Afficher le mot de passe pendant un court instant</translation>
    </message>
    <message>
        <source>Copy the password; the clipboard is cleared again after a short while</source>
        <translation>Copier le mot de passe&#xa0;; le presse-papiers est vidé peu après</translation>
    </message>
    <message>
        <source>Delete the password from the keychain</source>
        <translation>Supprimer le mot de passe du trousseau</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The password cannot be stored on this computer.</source>
        <translation>Le mot de passe ne peut pas être conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>A password or token is stored in the keychain.</source>
        <translation>Un mot de passe ou un jeton est conservé dans le trousseau.</translation>
    </message>
    <message>
        <source>No password stored yet.</source>
        <translation>Aucun mot de passe n&apos;est encore conservé.</translation>
    </message>
    <message>
        <source>No password stored. Keep it in your own password manager for now.</source>
        <translation>Aucun mot de passe conservé. Pour l&apos;instant, gardez-le dans votre propre gestionnaire de mots de passe.</translation>
    </message>
    <message>
        <source>Re&amp;place Password or Token…</source>
        <translation>&amp;Remplacer le mot de passe ou le jeton…</translation>
    </message>
    <message>
        <source>Change the portal user name of %1</source>
        <translation>Modifier le nom d&apos;utilisateur de l&apos;espace client de %1</translation>
    </message>
    <message>
        <source>Store the Password for %1</source>
        <translation>Enregistrer le mot de passe de %1</translation>
    </message>
    <message>
        <source>The password or API token goes into your computer&apos;s keychain. Storefort keeps only a note that it is there.</source>
        <translation>Le mot de passe ou le jeton d&apos;API va dans le trousseau de votre ordinateur. Storefort note seulement qu&apos;il s&apos;y trouve.</translation>
    </message>
    <message>
        <source>Password or API token</source>
        <translation>Mot de passe ou jeton d&apos;API</translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation>&amp;Mot de passe ou jeton&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>The password is in the keychain, but the plan could not note it.</source>
        <translation>Le mot de passe est dans le trousseau, mais le plan n&apos;a pas pu en prendre note.</translation>
    </message>
    <message>
        <source>The password is stored in the keychain.</source>
        <translation>Le mot de passe est conservé dans le trousseau.</translation>
    </message>
    <message numerus="yes">
        <source>The password is on the clipboard for %Ln seconds.</source>
        <translation>
            <numerusform>Le mot de passe reste dans le presse-papiers pendant %Ln seconde.</numerusform>
            <numerusform>Le mot de passe reste dans le presse-papiers pendant %Ln secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the password for %1 from the keychain?

This cannot be undone: to get it back you will need to store it again.</source>
        <translation>Supprimer le mot de passe de %1 du trousseau&#xa0;?

Cette action est irréversible&#xa0;: pour le récupérer, vous devrez l&apos;enregistrer à nouveau.</translation>
    </message>
    <message>
        <source>Delete Password</source>
        <translation>Supprimer le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
</context>
<context>
    <name>CredentialHealth</name>
    <message>
        <source>The password for %1 is very weak</source>
        <translation>Le mot de passe de %1 est très faible</translation>
    </message>
    <message>
        <source>The password for %1 is weak</source>
        <translation>Le mot de passe de %1 est faible</translation>
    </message>
    <message>
        <source>The password for %1 could be stronger</source>
        <translation>Le mot de passe de %1 pourrait être plus robuste</translation>
    </message>
    <message>
        <source>Attackers do not guess passwords one letter at a time: they try common passwords, words, names and dates first, by the million. A password like this one can be found that way, and whoever finds it can get into %1 and often from there into your shop.</source>
        <translation>Les attaquants ne devinent pas les mots de passe lettre par lettre&#xa0;: ils essaient d&apos;abord les mots de passe courants, des mots, des noms et des dates, par millions. Un mot de passe comme celui-ci peut être trouvé de cette façon, et quiconque le trouve peut entrer dans %1, et souvent de là dans votre boutique.</translation>
    </message>
    <message>
        <source>Strength: %1 (%2 of 4; 3 or more is good enough).</source>
        <translation>Robustesse&#xa0;: %1 (%2 sur 4&#xa0;; 3 ou plus suffit).</translation>
    </message>
    <message>
        <source>Sign in to %1 and change the password to a new one of at least 16 characters, best made up by a password manager. Then store the new one in Storefort with &quot;Replace Password or Token&quot; on the provider&apos;s page.</source>
        <translation>Connectez-vous à %1 et remplacez le mot de passe par un nouveau d&apos;au moins 16 caractères, de préférence créé par un gestionnaire de mots de passe. Enregistrez ensuite le nouveau dans Storefort avec «&#xa0;Remplacer le mot de passe ou le jeton&#xa0;» sur la page du prestataire.</translation>
    </message>
    <message numerus="yes">
        <source>The same password is used in %n places</source>
        <translation>
            <numerusform>Le même mot de passe est utilisé à %n endroit</numerusform>
            <numerusform>Le même mot de passe est utilisé à %n endroits</numerusform>
        </translation>
    </message>
    <message>
        <source>When one of these places is broken into or leaks its passwords, attackers try the same password everywhere else. One leak then opens all of them.</source>
        <translation>Quand l&apos;un de ces endroits est piraté ou laisse fuiter ses mots de passe, les attaquants essaient le même mot de passe partout ailleurs. Une seule fuite les ouvre alors tous.</translation>
    </message>
    <message>
        <source>The same password is stored for:</source>
        <translation>Le même mot de passe est enregistré pour&#xa0;:</translation>
    </message>
    <message>
        <source>Give each of them a password of its own: change the password in each of %1, then store each new one in Storefort.</source>
        <translation>Donnez à chacun son propre mot de passe&#xa0;: changez le mot de passe dans chacun de ces endroits (%1), puis enregistrez chaque nouveau mot de passe dans Storefort.</translation>
    </message>
    <message numerus="yes">
        <source>The password for %1 has not been changed for %n day(s)</source>
        <translation>
            <numerusform>Le mot de passe de %1 n&apos;a pas été changé depuis %n jour</numerusform>
            <numerusform>Le mot de passe de %1 n&apos;a pas été changé depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>The longer a password stays the same, the more chances it has had to leak: a former helper, an old note, a breach somewhere else. Changing it now and then shuts out anyone who got hold of it without you noticing.</source>
        <translation>Plus un mot de passe reste le même longtemps, plus il a eu d&apos;occasions de fuiter&#xa0;: un ancien collaborateur, une vieille note, une fuite ailleurs. Le changer de temps en temps bloque quiconque l&apos;aurait obtenu sans que vous le remarquiez.</translation>
    </message>
    <message numerus="yes">
        <source>Stored on %1. Passwords older than %n day(s) are flagged.</source>
        <translation>
            <numerusform>Enregistré le %1. Les mots de passe de plus de %n jour sont signalés.</numerusform>
            <numerusform>Enregistré le %1. Les mots de passe de plus de %n jours sont signalés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to %1, change the password, and store the new one in Storefort with &quot;Replace Password or Token&quot; on the provider&apos;s page.</source>
        <translation>Connectez-vous à %1, changez le mot de passe et enregistrez le nouveau dans Storefort avec «&#xa0;Remplacer le mot de passe ou le jeton&#xa0;» sur la page du prestataire.</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>très faible</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>bonne</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>très bonne</translation>
    </message>
    <message>
        <source>Portal of %1</source>
        <translation>Espace client de %1</translation>
    </message>
</context>
<context>
    <name>CredentialHealthView</name>
    <message>
        <source>&amp;Check stored passwords</source>
        <translation>&amp;Vérifier les mots de passe enregistrés</translation>
    </message>
    <message>
        <source>How strong are the passwords and tokens Storefort keeps in your keychain, is any of them used in more than one place, and how long since each was changed? The check reads them only when you ask.</source>
        <translation>Quelle est la robustesse des mots de passe et des jetons que Storefort conserve dans votre trousseau, l&apos;un d&apos;eux est-il utilisé à plusieurs endroits, et depuis combien de temps chacun n&apos;a-t-il pas été changé&#xa0;? La vérification ne les lit que lorsque vous le demandez.</translation>
    </message>
    <message>
        <source>Read the stored passwords from the keychain and check them on this computer</source>
        <translation>Lire les mots de passe enregistrés dans le trousseau et les vérifier sur cet ordinateur</translation>
    </message>
    <message>
        <source>Stored passwords and how healthy they are</source>
        <translation>Les mots de passe enregistrés et leur état</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Robustesse</translation>
    </message>
    <message>
        <source>Same password as</source>
        <translation>Même mot de passe que</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>The providers changed since the check. Check again to see where they stand now.</source>
        <translation>Les prestataires ont changé depuis la vérification. Vérifiez à nouveau pour voir où ils en sont maintenant.</translation>
    </message>
    <message>
        <source>The check runs on this computer only and saves nothing.</source>
        <translation>La vérification s&apos;effectue uniquement sur cet ordinateur et n&apos;enregistre rien.</translation>
    </message>
    <message>
        <source>Reading the stored passwords from the keychain…</source>
        <translation>Lecture des mots de passe enregistrés dans le trousseau…</translation>
    </message>
    <message>
        <source>The stored passwords could not be checked.</source>
        <translation>Les mots de passe enregistrés n&apos;ont pas pu être vérifiés.</translation>
    </message>
    <message>
        <source>Score %1 of 4</source>
        <translation>Score de %1 sur 4</translation>
    </message>
    <message>
        <source>Used only here</source>
        <translation>Utilisé uniquement ici</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>The plan does not say when this password was stored.</source>
        <translation>Le plan n&apos;indique pas quand ce mot de passe a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored on %1</source>
        <translation>Enregistré le %1</translation>
    </message>
    <message>
        <source>No passwords are stored in Storefort yet, so there is nothing to check.</source>
        <translation>Aucun mot de passe n&apos;est encore enregistré dans Storefort&#xa0;: il n&apos;y a donc rien à vérifier.</translation>
    </message>
    <message numerus="yes">
        <source>All %n stored password(s) look healthy: strong, each used only once, and changed recently enough.</source>
        <translation>
            <numerusform>%n mot de passe enregistré, en bon état&#xa0;: robuste, utilisé une seule fois et changé assez récemment.</numerusform>
            <numerusform>%n mots de passe enregistrés, tous en bon état&#xa0;: robustes, chacun utilisé une seule fois, et changés assez récemment.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing serious: only small improvements, listed below.</source>
        <translation>Rien de grave&#xa0;: seulement de petites améliorations, listées ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to sort out, listed below with what to do.</source>
        <translation>
            <numerusform>%n point à régler, présenté ci-dessous avec la marche à suivre.</numerusform>
            <numerusform>%n points à régler, présentés ci-dessous avec la marche à suivre.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan says a password is stored for %1, but the keychain no longer has it. Store it again on the provider&apos;s page.</source>
        <translation>Le plan indique qu&apos;un mot de passe est enregistré pour %1, mais le trousseau ne le contient plus. Enregistrez-le à nouveau sur la page du prestataire.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>Checked at %1 on this computer. Nothing was saved: not the passwords and not these results.</source>
        <translation>Vérifié à %1 sur cet ordinateur. Rien n&apos;a été enregistré&#xa0;: ni les mots de passe, ni ces résultats.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>This does not look like a CSV file: it contains binary data.</source>
        <translation>Ce fichier ne ressemble pas à un fichier CSV&#xa0;: il contient des données binaires.</translation>
    </message>
    <message>
        <source>The file is marked as Unicode (UTF-16) text, but parts of it are damaged.</source>
        <translation>Le fichier est indiqué comme du texte Unicode (UTF-16), mais certaines parties sont endommagées.</translation>
    </message>
    <message>
        <source>The value in column %1 has a quote mark in the middle of it. A value with quote marks must be put in quote marks itself, with each quote mark inside doubled.</source>
        <translation>La valeur de la colonne %1 contient un guillemet en son milieu. Une valeur qui contient des guillemets doit elle-même être placée entre guillemets, et chaque guillemet qu&apos;elle contient doit être doublé.</translation>
    </message>
    <message>
        <source>The quote mark that opens the value in column %1 on this line is never closed. The file may be cut short, or a closing quote mark is missing.</source>
        <translation>Le guillemet qui ouvre la valeur de la colonne %1 sur cette ligne n&apos;est jamais fermé. Le fichier est peut-être tronqué, ou il manque un guillemet fermant.</translation>
    </message>
    <message>
        <source>The value in column %1 has more text after its closing quote mark.</source>
        <translation>La valeur de la colonne %1 contient encore du texte après son guillemet fermant.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Column %1 of the first row (the column names) has no name.</source>
        <translation>La colonne %1 de la première ligne (les noms des colonnes) n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The first row (the column names) names the column &quot;%1&quot; twice.</source>
        <translation>La première ligne (les noms des colonnes) contient deux fois la colonne «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The file is too large (%1). Storefort reads files of up to %2.</source>
        <translation>Le fichier est trop volumineux (%1). Storefort lit les fichiers jusqu&apos;à %2.</translation>
    </message>
    <message>
        <source>A quote mark or a line break cannot separate the values.</source>
        <translation>Un guillemet ou un saut de ligne ne peut pas servir de séparateur entre les valeurs.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>This row has %1 values, but the first row (the column names) has %2.</source>
        <translation>Cette ligne contient %1 valeurs, mais la première ligne (les noms des colonnes) en contient %2.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Where you stand</source>
        <translation>Où vous en êtes</translation>
    </message>
    <message>
        <source>Most serious open findings</source>
        <translation>Constats ouverts les plus graves</translation>
    </message>
    <message>
        <source>Due and overdue</source>
        <translation>À faire et en retard</translation>
    </message>
    <message>
        <source>The readiness score sums up how far your security plan has come: each step counts for a part, and open problems hold it down. Below you see what to do first and what falls due soon. Click any line to go where it is handled.</source>
        <translation>Le score de préparation résume l&apos;avancement de votre plan de sécurité&#xa0;: chaque étape y contribue pour une part, et les problèmes non résolus le font baisser. Ci-dessous, vous voyez ce qu&apos;il faut faire en premier et ce qui arrive bientôt à échéance. Cliquez sur une ligne pour aller à l&apos;endroit où elle se traite.</translation>
    </message>
    <message>
        <source>The score over time</source>
        <translation>Évolution du score</translation>
    </message>
    <message>
        <source>Each step&apos;s part</source>
        <translation>La part de chaque étape</translation>
    </message>
    <message>
        <source>Fix these first</source>
        <translation>À corriger en premier</translation>
    </message>
    <message>
        <source>In good shape</source>
        <translation>En bonne forme</translation>
    </message>
    <message>
        <source>Getting there</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>Off to a start</source>
        <translation>C&apos;est parti</translation>
    </message>
    <message>
        <source>Just beginning</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>%1: %2 of 100</source>
        <translation>%1&#xa0;: %2 sur 100</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done.</source>
        <translation>
            <numerusform>Étapes terminées&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Étapes terminées&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <translation>Continuer&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 needs your attention first.</source>
        <translation>%1 demande d&apos;abord votre attention.</translation>
    </message>
    <message>
        <source>Next up: %1.</source>
        <translation>Prochaine étape&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Review and Print</source>
        <translation>Relire et imprimer</translation>
    </message>
    <message>
        <source>Every step is done: print the binder and keep the dates in your calendar.</source>
        <translation>Toutes les étapes sont terminées&#xa0;: imprimez le classeur et gardez les dates dans votre agenda.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>The last probe of %1 (%2) could not give a grade.</source>
        <translation>Le dernier test de %1 (%2) n&apos;a pas pu attribuer de note.</translation>
    </message>
    <message>
        <source>Encryption grade of %1: %2 (probed %3).</source>
        <translation>Note de chiffrement de %1&#xa0;: %2 (testé %3).</translation>
    </message>
    <message>
        <source>Your site has not been probed yet: the Encryption (TLS) step does it in a minute.</source>
        <translation>Votre site n&apos;a pas encore été testé&#xa0;: l&apos;étape Chiffrement (TLS) le fait en une minute.</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>No open problems. Well done.</source>
        <translation>Aucun problème en suspens. Bravo.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À faire aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Dans %n jour</numerusform>
            <numerusform>Dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing falls due in the next %n day(s).</source>
        <translation>
            <numerusform>Rien n&apos;arrive à échéance d&apos;ici %n jour.</numerusform>
            <numerusform>Rien n&apos;arrive à échéance d&apos;ici %n jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DdosCallDialog</name>
    <message>
        <source>Add a Call</source>
        <translation>Ajouter un appel</translation>
    </message>
    <message>
        <source>Edit a Call</source>
        <translation>Modifier un appel</translation>
    </message>
    <message>
        <source>One call to make when the shop is under attack: what it is for, who makes it, whom they reach and how. Decide it now, while there is time.</source>
        <translation>Un appel à passer quand la boutique est attaquée&#xa0;: à quoi il sert, qui le passe, qui est joint et comment. Décidez-le maintenant, pendant que vous en avez le temps.</translation>
    </message>
    <message>
        <source>Call the host&apos;s emergency line</source>
        <translation>Appeler la ligne d&apos;urgence de l&apos;hébergeur</translation>
    </message>
    <message>
        <source>Call the CDN</source>
        <translation>Appeler le CDN</translation>
    </message>
    <message>
        <source>Call the developers</source>
        <translation>Appeler les développeurs</translation>
    </message>
    <message>
        <source>Call the payment provider</source>
        <translation>Appeler le prestataire de paiement</translation>
    </message>
    <message>
        <source>Tell customers on the status page</source>
        <translation>Prévenir les clients sur la page d&apos;état</translation>
    </message>
    <message>
        <source>Tell customers by e-mail</source>
        <translation>Prévenir les clients par e-mail</translation>
    </message>
    <message>
        <source>Tell customers on social media</source>
        <translation>Prévenir les clients sur les réseaux sociaux</translation>
    </message>
    <message>
        <source>Pick a suggestion or write your own</source>
        <translation>Choisissez une suggestion ou écrivez la vôtre</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>What the call is for, in a few words</source>
        <translation>À quoi sert l&apos;appel, en quelques mots</translation>
    </message>
    <message>
        <source>Who makes the call</source>
        <translation>Qui passe l&apos;appel</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (a quitté l&apos;équipe)</translation>
    </message>
    <message>
        <source>The team member who makes this call. Add people in the Shop &amp; team step.</source>
        <translation>Le membre de l&apos;équipe qui passe cet appel. Ajoutez des personnes à l&apos;étape Boutique et équipe.</translation>
    </message>
    <message>
        <source>Whom they reach</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A provider, a team member, or the shop&apos;s customers</source>
        <translation>Un prestataire, un membre de l&apos;équipe, ou les clients de la boutique</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Support portal</source>
        <translation>Espace client</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Status page</source>
        <translation>Page d&apos;état</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>For example: phone</source>
        <translation>Par exemple&#xa0;: téléphone</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>The number, address or page to use</source>
        <translation>Le numéro, l&apos;adresse ou la page à utiliser</translation>
    </message>
    <message>
        <source>Filled in from the provider&apos;s or person&apos;s details when you choose them; check it is the line that answers at night.</source>
        <translation>Rempli à partir des coordonnées du prestataire ou de la personne quand vous les choisissez&#xa0;; vérifiez que c&apos;est bien la ligne qui répond la nuit.</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tâche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Who makes the call:</source>
        <translation>&amp;Qui passe l&apos;appel&#xa0;:</translation>
    </message>
    <message>
        <source>Whom they &amp;reach:</source>
        <translation>&amp;Destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Say what the call is for, e.g. “Call the host&apos;s emergency line”.</source>
        <translation>Indiquez à quoi sert l&apos;appel, par exemple «&#xa0;Appeler la ligne d&apos;urgence de l&apos;hébergeur&#xa0;».</translation>
    </message>
</context>
<context>
    <name>DdosCallTreeView</name>
    <message>
        <source>&amp;Add Call…</source>
        <translation>&amp;Ajouter un appel…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Vers le &amp;bas</translation>
    </message>
    <message>
        <source>Decide now who makes each call when the shop is under attack, in the order they are made: the host&apos;s emergency line first, then the CDN, the developers, the payment provider, and the customers.</source>
        <translation>Décidez maintenant qui passe chaque appel quand la boutique est attaquée, dans l&apos;ordre où ils sont passés&#xa0;: d&apos;abord la ligne d&apos;urgence de l&apos;hébergeur, puis le CDN, les développeurs, le prestataire de paiement et les clients.</translation>
    </message>
    <message>
        <source>Who calls whom in an attack</source>
        <translation>Qui appelle qui en cas d&apos;attaque</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Who makes the call</source>
        <translation>Qui passe l&apos;appel</translation>
    </message>
    <message>
        <source>Whom they reach</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Add a call to make in an attack</source>
        <translation>Ajouter un appel à passer en cas d&apos;attaque</translation>
    </message>
    <message>
        <source>Change the chosen call</source>
        <translation>Modifier l&apos;appel choisi</translation>
    </message>
    <message>
        <source>Take the chosen call out of the tree (Edit &gt; Undo brings it back)</source>
        <translation>Retirer l&apos;appel choisi de la chaîne (Édition &gt; Annuler le rétablit)</translation>
    </message>
    <message>
        <source>Make the chosen call earlier</source>
        <translation>Placer l&apos;appel choisi plus tôt</translation>
    </message>
    <message>
        <source>Make the chosen call later</source>
        <translation>Placer l&apos;appel choisi plus tard</translation>
    </message>
    <message>
        <source>Move the call up</source>
        <translation>Monter l&apos;appel</translation>
    </message>
    <message>
        <source>Move the call down</source>
        <translation>Descendre l&apos;appel</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (a quitté l&apos;équipe)</translation>
    </message>
    <message>
        <source>A provider no longer in the plan</source>
        <translation>Un prestataire qui n&apos;est plus dans le plan</translation>
    </message>
    <message>
        <source>Someone no longer in the plan</source>
        <translation>Une personne qui n&apos;est plus dans le plan</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>Add the call “%1”</source>
        <translation>Ajouter l&apos;appel «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit the call “%1”</source>
        <translation>Modifier l&apos;appel «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove the call “%1”</source>
        <translation>Retirer l&apos;appel «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move the call “%1” up</source>
        <translation>Monter l&apos;appel «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Move the call “%1” down</source>
        <translation>Descendre l&apos;appel «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>DdosDrillView</name>
    <message>
        <source>We Ran a Drill &amp;Today</source>
        <translation>Exercice fait &amp;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>A plan nobody has tried has gaps: numbers that changed, logins nobody has, switches nobody can find. Once a year, sit down with the team for an hour, read the plan aloud, make the first calls for real (ask the host how they would act), and note what you found.</source>
        <translation>Un plan que personne n&apos;a essayé a des failles&#xa0;: des numéros qui ont changé, des identifiants que personne n&apos;a, des réglages que personne ne trouve. Une fois par an, réunissez l&apos;équipe pendant une heure, lisez le plan à voix haute, passez réellement les premiers appels (demandez à l&apos;hébergeur comment il réagirait) et notez ce que vous avez découvert.</translation>
    </message>
    <message>
        <source>Date of the last drill</source>
        <translation>Date du dernier exercice</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>When the team last walked through the plan. Set it back to the lowest date for “never”.</source>
        <translation>La dernière fois que l&apos;équipe a parcouru le plan. Ramenez-la à la date la plus ancienne pour indiquer «&#xa0;jamais&#xa0;».</translation>
    </message>
    <message>
        <source>Notes on the last drill</source>
        <translation>Notes sur le dernier exercice</translation>
    </message>
    <message>
        <source>What the drill found and what was fixed</source>
        <translation>Ce que l&apos;exercice a révélé et ce qui a été corrigé</translation>
    </message>
    <message>
        <source>Record today as the date of the last drill</source>
        <translation>Enregistrer aujourd&apos;hui comme date du dernier exercice</translation>
    </message>
    <message>
        <source>Last &amp;drill:</source>
        <translation>&amp;Dernier exercice&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>No drill is recorded yet.</source>
        <translation>Aucun exercice n&apos;est encore enregistré.</translation>
    </message>
    <message>
        <source>The last drill was over a year ago: time for another.</source>
        <translation>Le dernier exercice remonte à plus d&apos;un an&#xa0;: il est temps d&apos;en refaire un.</translation>
    </message>
    <message>
        <source>The last drill was today.</source>
        <translation>Le dernier exercice a eu lieu aujourd&apos;hui.</translation>
    </message>
    <message numerus="yes">
        <source>The last drill was %n day(s) ago.</source>
        <translation>
            <numerusform>Le dernier exercice a eu lieu il y a %n jour.</numerusform>
            <numerusform>Le dernier exercice a eu lieu il y a %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record a drill today</source>
        <translation>Enregistrer un exercice aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Set the last drill to %1</source>
        <translation>Fixer le dernier exercice au %1</translation>
    </message>
    <message>
        <source>Record no drill</source>
        <translation>N&apos;enregistrer aucun exercice</translation>
    </message>
    <message>
        <source>Edit the drill notes</source>
        <translation>Modifier les notes de l&apos;exercice</translation>
    </message>
</context>
<context>
    <name>DdosFindings</name>
    <message>
        <source>No CDN stands in front of the shop</source>
        <translation>Aucun CDN n&apos;est placé devant la boutique</translation>
    </message>
    <message>
        <source>A content delivery network (CDN) takes the brunt of a flood of traffic before it reaches your server. Without one, a modest attack can take the shop offline, and setting one up during an attack takes hours.</source>
        <translation>Un réseau de diffusion de contenu (CDN) encaisse l&apos;essentiel d&apos;un déferlement de trafic avant qu&apos;il n&apos;atteigne votre serveur. Sans CDN, une attaque même modeste peut mettre la boutique hors ligne, et en mettre un en place pendant une attaque prend des heures.</translation>
    </message>
    <message>
        <source>The site has not been probed yet, and no CDN is recorded.</source>
        <translation>Le site n&apos;a pas encore été testé, et aucun CDN n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>The latest probe saw no known CDN, and no CDN is recorded.</source>
        <translation>Le dernier test n&apos;a détecté aucun CDN connu, et aucun CDN n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Ask your host which CDN it recommends (many offer one), put it in front of the shop, and record it here. If a CDN fronts the site but does not show itself, record it.</source>
        <translation>Demandez à votre hébergeur quel CDN il recommande (beaucoup en proposent un), placez-le devant la boutique, et enregistrez-le ici. Si un CDN est placé devant le site sans se signaler, enregistrez-le.</translation>
    </message>
    <message>
        <source>Your host has not said what it does in an attack</source>
        <translation>Votre hébergeur n&apos;a pas dit ce qu&apos;il fait en cas d&apos;attaque</translation>
    </message>
    <message>
        <source>Whether the host filters an attack, or simply switches the shop off to protect its other customers, decides how long you are down.</source>
        <translation>Que l&apos;hébergeur filtre l&apos;attaque ou qu&apos;il coupe simplement la boutique pour protéger ses autres clients, c&apos;est ce qui détermine combien de temps vous restez hors ligne.</translation>
    </message>
    <message>
        <source>No host or platform is in the plan yet.</source>
        <translation>Aucun hébergeur ni aucune plateforme n&apos;est encore dans le plan.</translation>
    </message>
    <message>
        <source>No yes-or-no answer on file from: %1.</source>
        <translation>Aucune réponse par oui ou par non enregistrée de la part de&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Send your host the questionnaire&apos;s DDoS questions (Providers step) and enter its answers.</source>
        <translation>Envoyez à votre hébergeur les questions DDoS du questionnaire (étape Prestataires) et saisissez ses réponses.</translation>
    </message>
    <message>
        <source>Nothing filters an attack on the shop</source>
        <translation>Rien ne filtre les attaques contre la boutique</translation>
    </message>
    <message>
        <source>Your host says it cannot absorb an attack, and no CDN is in front. The shop is down for as long as an attack lasts.</source>
        <translation>Votre hébergeur indique qu&apos;il ne peut pas absorber une attaque, et aucun CDN n&apos;est placé devant. La boutique reste hors ligne aussi longtemps que dure l&apos;attaque.</translation>
    </message>
    <message>
        <source>%1 answered “no” to whether it can absorb or filter an attack.</source>
        <translation>%1 a répondu «&#xa0;non&#xa0;» à la question de savoir s&apos;il peut absorber ou filtrer une attaque.</translation>
    </message>
    <message>
        <source>Put a CDN with attack filtering in front of the shop, or move to a host that filters attacks.</source>
        <translation>Placez devant la boutique un CDN qui filtre les attaques, ou passez chez un hébergeur qui les filtre.</translation>
    </message>
    <message>
        <source>Nobody knows whom to call in an attack</source>
        <translation>Personne ne sait qui appeler en cas d&apos;attaque</translation>
    </message>
    <message>
        <source>In an attack, the first hour is lost to “who calls the host?” unless it was decided before: who calls the host, the CDN, the developers and the payment provider, and who tells customers.</source>
        <translation>Lors d&apos;une attaque, la première heure se perd à se demander «&#xa0;qui appelle l&apos;hébergeur&#xa0;?&#xa0;», sauf si cela a été décidé à l&apos;avance&#xa0;: qui appelle l&apos;hébergeur, le CDN, les développeurs et le prestataire de paiement, et qui prévient les clients.</translation>
    </message>
    <message>
        <source>The call tree is empty.</source>
        <translation>La chaîne d&apos;appels est vide.</translation>
    </message>
    <message>
        <source>Fill in the call tree: for each call, who makes it, whom they reach and through which channel.</source>
        <translation>Remplissez la chaîne d&apos;appels&#xa0;: pour chaque appel, qui le passe, qui est joint et par quel canal.</translation>
    </message>
    <message>
        <source>Nobody is set to tell customers</source>
        <translation>Personne n&apos;est chargé de prévenir les clients</translation>
    </message>
    <message>
        <source>Customers who hear nothing while the shop is down assume the worst, and some do not come back.</source>
        <translation>Les clients qui n&apos;ont aucune nouvelle pendant que la boutique est hors ligne imaginent le pire, et certains ne reviennent pas.</translation>
    </message>
    <message>
        <source>Every call in the tree reaches a provider or a team member; none goes to customers.</source>
        <translation>Chaque appel de la chaîne joint un prestataire ou un membre de l&apos;équipe&#xa0;; aucun ne s&apos;adresse aux clients.</translation>
    </message>
    <message>
        <source>Add a call with no provider or person to reach, such as “Tell customers on the status page and social media”.</source>
        <translation>Ajoutez un appel sans prestataire ni personne à joindre, par exemple «&#xa0;Prévenir les clients sur la page d&apos;état et les réseaux sociaux&#xa0;».</translation>
    </message>
    <message>
        <source>The last attack drill was over a year ago</source>
        <translation>Le dernier exercice d&apos;attaque remonte à plus d&apos;un an</translation>
    </message>
    <message>
        <source>The attack plan has never been tried</source>
        <translation>Le plan contre les attaques n&apos;a jamais été essayé</translation>
    </message>
    <message>
        <source>A plan nobody has walked through has gaps: numbers that changed, logins nobody has, switches nobody can find. An hour&apos;s drill once a year finds them.</source>
        <translation>Un plan que personne n&apos;a parcouru a des failles&#xa0;: des numéros qui ont changé, des identifiants que personne n&apos;a, des réglages que personne ne trouve. Un exercice d&apos;une heure une fois par an permet de les trouver.</translation>
    </message>
    <message>
        <source>Last drill: %1.</source>
        <translation>Dernier exercice&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No drill is recorded.</source>
        <translation>Aucun exercice n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Sit down with the team, read the plan aloud, make the first calls for real (ask the host how they would act), and record the date.</source>
        <translation>Réunissez l&apos;équipe, lisez le plan à voix haute, passez réellement les premiers appels (demandez à l&apos;hébergeur comment il réagirait), et enregistrez la date.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) against attacks not prepared</source>
        <translation>
            <numerusform>%n mesure contre les attaques n&apos;est pas préparée</numerusform>
            <numerusform>%n mesures contre les attaques ne sont pas préparées</numerusform>
        </translation>
    </message>
    <message>
        <source>What is set up before an attack works in minutes; what must be set up during one takes hours.</source>
        <translation>Ce qui est mis en place avant une attaque fonctionne en quelques minutes&#xa0;; ce qu&apos;il faut mettre en place pendant l&apos;attaque prend des heures.</translation>
    </message>
    <message>
        <source>Go through the steps with your host or CDN and tick each one that is in place.</source>
        <translation>Passez en revue les mesures avec votre hébergeur ou votre CDN, et cochez chacune de celles qui sont en place.</translation>
    </message>
</context>
<context>
    <name>DdosFindingsView</name>
    <message>
        <source>What the DDoS checks found</source>
        <translation>Ce que les vérifications DDoS ont constaté</translation>
    </message>
    <message>
        <source>About the chosen finding</source>
        <translation>À propos du constat choisi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing to fix: the shop is as ready for an attack as this plan can tell.</source>
        <translation>Rien à corriger&#xa0;: la boutique est aussi prête à faire face à une attaque que ce plan permet d&apos;en juger.</translation>
    </message>
    <message>
        <source>Nothing urgent. Choose a finding to see why it matters and what to do.</source>
        <translation>Rien d&apos;urgent. Choisissez un constat pour voir pourquoi c&apos;est important et que faire.</translation>
    </message>
    <message numerus="yes">
        <source>%n urgent thing(s) to sort out. Choose a finding to see why it matters and what to do.</source>
        <translation>
            <numerusform>%n point urgent à régler. Choisissez un constat pour voir pourquoi c&apos;est important et que faire.</numerusform>
            <numerusform>%n points urgents à régler. Choisissez un constat pour voir pourquoi c&apos;est important et que faire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Gravité&#xa0;: %1</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Ce qui a été constaté</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
</context>
<context>
    <name>DdosFrontView</name>
    <message>
        <source>Absorbs or filters attacks</source>
        <translation>Absorbe ou filtre les attaques</translation>
    </message>
    <message>
        <source>What they do in an attack</source>
        <translation>Ce qu&apos;ils font en cas d&apos;attaque</translation>
    </message>
    <message>
        <source>Tells you within</source>
        <translation>Vous prévient sous</translation>
    </message>
    <message>
        <source>How they tell you</source>
        <translation>Comment ils vous préviennent</translation>
    </message>
    <message>
        <source>Whom to contact in an attack</source>
        <translation>Qui contacter en cas d&apos;attaque</translation>
    </message>
    <message>
        <source>A CDN is in front of the shop</source>
        <translation>Un CDN est placé devant la boutique</translation>
    </message>
    <message>
        <source>Which CDN</source>
        <translation>Quel CDN</translation>
    </message>
    <message>
        <source>What the latest probe saw</source>
        <translation>Ce que le dernier test a constaté</translation>
    </message>
    <message>
        <source>The CDN you record</source>
        <translation>Le CDN que vous indiquez</translation>
    </message>
    <message>
        <source>CDN in front of the shop</source>
        <translation>CDN devant la boutique</translation>
    </message>
    <message>
        <source>The provider whose network stands in front of the shop. Add it in the Providers step if it is not listed.</source>
        <translation>Le prestataire dont le réseau se trouve devant la boutique. Ajoutez-le à l&apos;étape Prestataires s&apos;il ne figure pas dans la liste.</translation>
    </message>
    <message>
        <source>Notes about the CDN</source>
        <translation>Notes sur le CDN</translation>
    </message>
    <message>
        <source>For example: in front of the shop since 2024; mail goes around it</source>
        <translation>Par exemple&#xa0;: devant la boutique depuis 2024&#xa0;; les e-mails ne passent pas par lui</translation>
    </message>
    <message>
        <source>Record the CDN here when the probe cannot see it, for example one that only filters attacks, or when the shop has several addresses.</source>
        <translation>Indiquez le CDN ici quand le test ne peut pas le voir, par exemple un CDN qui se contente de filtrer les attaques, ou quand la boutique a plusieurs adresses.</translation>
    </message>
    <message>
        <source>&amp;CDN in front:</source>
        <translation>&amp;CDN devant la boutique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>What your host and CDN said about attacks</source>
        <translation>Ce que votre hébergeur et votre CDN ont répondu au sujet des attaques</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donnée le</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Rien d&apos;enregistré</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A provider no longer in the plan</source>
        <translation>Un prestataire qui ne figure plus dans le plan</translation>
    </message>
    <message>
        <source>Not probed yet. Probe the site in the Encryption (TLS) step to see whether a CDN stands in front of it.</source>
        <translation>Pas encore testé. Testez le site à l&apos;étape Chiffrement (TLS) pour savoir si un CDN est placé devant.</translation>
    </message>
    <message>
        <source>No CDN seen: the probe of %1 on %2 found no known CDN in front of the site.</source>
        <translation>Aucun CDN vu&#xa0;: le test de %1 effectué le %2 n&apos;a trouvé aucun CDN connu devant le site.</translation>
    </message>
    <message>
        <source>%1 stands in front of the site (seen by the probe of %2 on %3).</source>
        <translation>%1 est placé devant le site (vu par le test de %2 effectué le %3).</translation>
    </message>
    <message>
        <source>No answer on file — ask in the Providers step.</source>
        <translation>Aucune réponse enregistrée — posez la question à l&apos;étape Prestataires.</translation>
    </message>
    <message>
        <source>No host, platform or CDN is in the plan yet. Add them in the Providers step, then ask them the questions about attacks.</source>
        <translation>Aucun hébergeur, aucune plateforme ni aucun CDN ne figure encore dans le plan. Ajoutez-les à l&apos;étape Prestataires, puis posez-leur les questions sur les attaques.</translation>
    </message>
    <message>
        <source>Record %1 as the CDN</source>
        <translation>Indiquer %1 comme CDN</translation>
    </message>
    <message>
        <source>Record no CDN</source>
        <translation>Indiquer qu&apos;il n&apos;y a pas de CDN</translation>
    </message>
    <message>
        <source>Edit the CDN notes</source>
        <translation>Modifier les notes sur le CDN</translation>
    </message>
</context>
<context>
    <name>DdosPage</name>
    <message>
        <source>DDoS readiness</source>
        <translation>Préparation aux attaques DDoS</translation>
    </message>
    <message>
        <source>In a DDoS attack, a flood of traffic makes your shop unreachable for customers, for hours or days. What you prepare before an attack works in minutes; what you have to arrange during one takes hours. Decide now who stands in front of the shop, who calls whom, and what is switched on in advance.</source>
        <translation>Lors d&apos;une attaque DDoS, un déferlement de trafic rend votre boutique inaccessible aux clients, pendant des heures, voire des jours. Ce que vous préparez avant une attaque fonctionne en quelques minutes&#xa0;; ce que vous devez organiser pendant l&apos;attaque prend des heures. Décidez dès maintenant qui se trouve devant la boutique, qui appelle qui, et ce qui est activé à l&apos;avance.</translation>
    </message>
    <message>
        <source>In Front of the Shop</source>
        <translation>Devant la boutique</translation>
    </message>
    <message>
        <source>Who Calls Whom</source>
        <translation>Qui appelle qui</translation>
    </message>
    <message>
        <source>Prepared in Advance</source>
        <translation>Préparé à l&apos;avance</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>What to Fix</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>What to Fix (%1)</source>
        <translation>À corriger (%1)</translation>
    </message>
    <message>
        <source>DDoS readiness sections</source>
        <translation>Sections de l&apos;étape Préparation aux attaques DDoS</translation>
    </message>
</context>
<context>
    <name>DdosPlanCommand</name>
    <message>
        <source>No plan is open.</source>
        <translation>Aucun plan n&apos;est ouvert.</translation>
    </message>
</context>
<context>
    <name>DdosStep</name>
    <message>
        <source>Know how to switch on the CDN&apos;s attack mode</source>
        <translation>Savoir activer le mode «&#xa0;sous attaque&#xa0;» du CDN</translation>
    </message>
    <message>
        <source>Limit how often one visitor may log in, search and check out</source>
        <translation>Limiter la fréquence à laquelle un même visiteur peut se connecter, faire une recherche et passer commande</translation>
    </message>
    <message>
        <source>The shop&apos;s server answers only the CDN</source>
        <translation>Le serveur de la boutique ne répond qu&apos;au CDN</translation>
    </message>
    <message>
        <source>Pages and images are cached by the CDN</source>
        <translation>Les pages et les images sont mises en cache par le CDN</translation>
    </message>
    <message>
        <source>Access to the domain&apos;s DNS settings is at hand</source>
        <translation>L&apos;accès aux réglages DNS du domaine est à portée de main</translation>
    </message>
    <message>
        <source>A message to customers is written in advance</source>
        <translation>Un message aux clients est rédigé à l&apos;avance</translation>
    </message>
    <message>
        <source>Most CDNs have a switch that checks every visitor before letting them through. In an attack minutes count: know where the switch is and who may use it.</source>
        <translation>La plupart des CDN ont un interrupteur qui contrôle chaque visiteur avant de le laisser passer. Lors d&apos;une attaque, chaque minute compte&#xa0;: sachez où se trouve cet interrupteur et qui a le droit de l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Floods often aim at the pages that cost the server most work. A limit per visitor keeps them from tying up the whole shop.</source>
        <translation>Les déferlements de trafic visent souvent les pages qui demandent le plus de travail au serveur. Une limite par visiteur les empêche de paralyser toute la boutique.</translation>
    </message>
    <message>
        <source>If the server also answers the open internet, an attacker can go around the CDN. Allow only the CDN&apos;s addresses through the firewall.</source>
        <translation>Si le serveur répond aussi au reste d&apos;internet, un attaquant peut contourner le CDN. N&apos;autorisez que les adresses du CDN à passer le pare-feu.</translation>
    </message>
    <message>
        <source>What the CDN serves from its cache never reaches your server, so the shop stays up for browsing even when the server is busy.</source>
        <translation>Ce que le CDN sert depuis son cache n&apos;atteint jamais votre serveur&#xa0;: la boutique reste consultable même quand le serveur est débordé.</translation>
    </message>
    <message>
        <source>Putting a CDN in front in a hurry, or moving the site, means changing DNS. Know who has the login and keep the records&apos; lifetime short.</source>
        <translation>Placer un CDN devant la boutique dans l&apos;urgence, ou déménager le site, implique de modifier le DNS. Sachez qui a les identifiants, et gardez une durée de vie (TTL) courte pour les enregistrements DNS.</translation>
    </message>
    <message>
        <source>Customers who see a dead shop and hear nothing stop trusting it. A short message ready for the status page, e-mail and social media saves time when everyone is busy.</source>
        <translation>Les clients qui trouvent une boutique hors service sans aucune nouvelle perdent confiance. Un court message prêt pour la page d&apos;état, l&apos;e-mail et les réseaux sociaux fait gagner du temps quand tout le monde est occupé.</translation>
    </message>
</context>
<context>
    <name>DdosStepsView</name>
    <message>
        <source>Add &amp;Step</source>
        <translation>Ajouter une &amp;étape</translation>
    </message>
    <message>
        <source>Your own step</source>
        <translation>Votre propre étape</translation>
    </message>
    <message>
        <source>For example: a second DNS provider is set up</source>
        <translation>Par exemple&#xa0;: un second prestataire DNS est en place</translation>
    </message>
    <message>
        <source>Add a step of your own to prepare</source>
        <translation>Ajouter votre propre étape de préparation</translation>
    </message>
    <message>
        <source>Your &amp;own step:</source>
        <translation>&amp;Votre propre étape&#xa0;:</translation>
    </message>
    <message>
        <source>What is set up before an attack works in minutes; what must be set up during one takes hours. %1 of %2 standard steps prepared.</source>
        <translation>Ce qui est mis en place avant une attaque fonctionne en quelques minutes&#xa0;; ce qui doit être mis en place pendant l&apos;attaque prend des heures. Étapes standard préparées&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>Prepared on:</source>
        <translation>Date de préparation&#xa0;:</translation>
    </message>
    <message>
        <source>Date “%1” was prepared</source>
        <translation>Date de préparation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Notes on “%1”</source>
        <translation>Notes sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Notes: who did it, where the switch is, why it is not done</source>
        <translation>Notes&#xa0;: qui s&apos;en est chargé, où se trouve l&apos;interrupteur, pourquoi ce n&apos;est pas fait</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the step “%1”</source>
        <translation>Retirer l&apos;étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Take your own step off the list (Edit &gt; Undo brings it back)</source>
        <translation>Retirer votre propre étape de la liste (Édition &gt; Annuler la rétablit)</translation>
    </message>
    <message>
        <source>Mark “%1” as prepared</source>
        <translation>Marquer l&apos;étape «&#xa0;%1&#xa0;» comme préparée</translation>
    </message>
    <message>
        <source>Mark “%1” as not prepared</source>
        <translation>Marquer l&apos;étape «&#xa0;%1&#xa0;» comme non préparée</translation>
    </message>
    <message>
        <source>Change when “%1” was prepared</source>
        <translation>Modifier la date de préparation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit the notes on “%1”</source>
        <translation>Modifier les notes sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add the step “%1”</source>
        <translation>Ajouter l&apos;étape «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EarlierCopiesDialog</name>
    <message>
        <source>&amp;Open a Copy…</source>
        <translation>&amp;Ouvrir une copie…</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Earlier Copies</source>
        <translation>Copies antérieures</translation>
    </message>
    <message>
        <source>Storefort keeps a copy of this plan each time it is opened, the last %L1; a copy you open becomes a new plan, and this one stays as it is.</source>
        <translation>Storefort fait une copie de ce plan à chaque ouverture et garde les %L1 dernières&#xa0;; une copie que vous ouvrez devient un nouveau plan, et celui-ci reste tel quel.</translation>
    </message>
    <message>
        <source>Earlier copies of the plan</source>
        <translation>Copies antérieures du plan</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>No copies of this plan have been kept yet. Storefort keeps one each time the plan is opened for changes.</source>
        <translation>Aucune copie de ce plan n&apos;a encore été conservée. Storefort en fait une chaque fois que le plan est ouvert pour être modifié.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cannot be opened: %1</source>
        <translation>Impossible à ouvrir&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>This copy cannot be opened.</source>
        <translation>Cette copie ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>This copy&apos;s history has been tampered with.</source>
        <translation>L&apos;historique de cette copie a été falsifié.</translation>
    </message>
    <message>
        <source>%1 as of %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <source>Open a Copy as a New Plan</source>
        <translation>Ouvrir une copie comme nouveau plan</translation>
    </message>
    <message>
        <source>That is the plan that is open now. Choose another name: a copy never replaces the open plan.</source>
        <translation>C&apos;est le plan ouvert en ce moment. Choisissez un autre nom&#xa0;: une copie ne remplace jamais le plan ouvert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Choose another name: opening a copy never replaces a file.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom&#xa0;: ouvrir une copie ne remplace jamais un fichier.</translation>
    </message>
    <message>
        <source>The copy could not be saved as &quot;%1&quot;: %2</source>
        <translation>La copie n&apos;a pas pu être enregistrée sous «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>The folder could not be shown. The copies are in &quot;%1&quot;.</source>
        <translation>Le dossier n&apos;a pas pu être affiché. Les copies se trouvent dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Copies, &amp;newest first:</source>
        <translation>&amp;Copies, de la plus récente à la plus ancienne&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EditAccountCommand</name>
    <message>
        <source>Edit account %1</source>
        <translation>Modifier le compte %1</translation>
    </message>
    <message>
        <source>The account %1 has changed since this edit (by an import or another step), so the edit cannot be undone. Edit the account again instead.</source>
        <translation>Le compte %1 a changé depuis cette modification (par une importation ou une autre étape)&#xa0;: la modification ne peut donc pas être annulée. Modifiez plutôt le compte à nouveau.</translation>
    </message>
</context>
<context>
    <name>EditPersonCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>EditProviderCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>EditRecoveryItemCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>EditSystemCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>“%1” is %2. An evidence file can be at most %3: keep a smaller copy (a PDF of the pages that matter, for example).</source>
        <translation>«&#xa0;%1&#xa0;» fait %2. Une pièce justificative peut faire au maximum %3&#xa0;: conservez une copie plus petite (par exemple un PDF des seules pages importantes).</translation>
    </message>
    <message>
        <source>&amp;Add Evidence…</source>
        <translation>&amp;Ajouter une pièce justificative…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation>En&amp;registrer sous…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Keep a file inside the plan as evidence for this answer (at most %1)</source>
        <translation>Conserver un fichier dans le plan comme pièce justificative de cette réponse (%1 au maximum)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record their answer first; then you can keep evidence with it.</source>
        <translation>Enregistrez d&apos;abord la réponse du prestataire&#xa0;; vous pourrez ensuite y joindre des pièces justificatives.</translation>
    </message>
    <message>
        <source>No evidence kept yet. Add what backs the answer up: their certificate, a page of the contract, their reply as PDF.</source>
        <translation>Aucune pièce justificative pour l&apos;instant. Ajoutez ce qui étaye la réponse&#xa0;: le certificat du prestataire, une page du contrat, sa réponse en PDF.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) kept inside the plan. The SHA-256 shows a file has not changed since.</source>
        <translation>
            <numerusform>%n fichier conservé dans le plan. L&apos;empreinte SHA-256 permet de vérifier qu&apos;un fichier n&apos;a pas changé depuis.</numerusform>
            <numerusform>%n fichiers conservés dans le plan. L&apos;empreinte SHA-256 permet de vérifier qu&apos;un fichier n&apos;a pas changé depuis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>Ajouter une pièce justificative</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>File Too Big</source>
        <translation>Fichier trop volumineux</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lecture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Evidence Not Added</source>
        <translation>Pièce justificative non ajoutée</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to keep.</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#xa0;: il n&apos;y a rien à conserver.</translation>
    </message>
    <message>
        <source>Evidence Not Opened</source>
        <translation>Pièce justificative non ouverte</translation>
    </message>
    <message>
        <source>A copy to open could not be written: %1</source>
        <translation>Impossible d&apos;écrire une copie à ouvrir&#xa0;: %1</translation>
    </message>
    <message>
        <source>No program to open “%1” was found. Use Save As to keep a copy.</source>
        <translation>Aucun programme permettant d&apos;ouvrir «&#xa0;%1&#xa0;» n&apos;a été trouvé. Utilisez Enregistrer sous pour en conserver une copie.</translation>
    </message>
    <message>
        <source>Save Evidence As</source>
        <translation>Enregistrer la pièce justificative sous</translation>
    </message>
    <message>
        <source>Evidence Not Saved</source>
        <translation>Pièce justificative non enregistrée</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Retirer la pièce justificative</translation>
    </message>
    <message>
        <source>Remove “%1” from the plan? The plan keeps no other copy, and this cannot be undone.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» du plan&#xa0;? Le plan n&apos;en garde aucune autre copie, et cette action est irréversible.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Evidence Not Removed</source>
        <translation>Pièce justificative non retirée</translation>
    </message>
</context>
<context>
    <name>ExportVerifier</name>
    <message>
        <source>SKU</source>
        <translation>référence (SKU)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>numéro de commande</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>No export file or folder is given.</source>
        <translation>Aucun fichier ou dossier d&apos;export n&apos;est indiqué.</translation>
    </message>
    <message>
        <source>The export %1 does not exist on this computer (or the drive or share it is on is not connected).</source>
        <translation>L&apos;export %1 n&apos;existe pas sur cet ordinateur (ou le disque ou le partage réseau où il se trouve n&apos;est pas connecté).</translation>
    </message>
    <message>
        <source>The folder %1 holds no CSV file.</source>
        <translation>Le dossier %1 ne contient aucun fichier CSV.</translation>
    </message>
    <message>
        <source>Storefort is not allowed to read the export %1.</source>
        <translation>Storefort n&apos;a pas l&apos;autorisation de lire l&apos;export %1.</translation>
    </message>
    <message>
        <source>The export %1 is there.</source>
        <translation>L&apos;export %1 est bien présent.</translation>
    </message>
    <message numerus="yes">
        <source>The export %1 is %n day(s) old (made %2). Make a new one: it should be at most %3 days old.</source>
        <translation>
            <numerusform>L&apos;export %1 a %n jour (créé le %2). Faites-en un nouveau&#xa0;: il ne devrait pas avoir plus de %3 jours.</numerusform>
            <numerusform>L&apos;export %1 a %n jours (créé le %2). Faites-en un nouveau&#xa0;: il ne devrait pas avoir plus de %3 jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export %1 was made %2.</source>
        <translation>L&apos;export %1 a été créé le %2.</translation>
    </message>
    <message>
        <source>The export %1 is empty: there is nothing in it.</source>
        <translation>L&apos;export %1 est vide&#xa0;: il ne contient rien.</translation>
    </message>
    <message>
        <source>The export %1 cannot be read as a CSV file (a spreadsheet&apos;s text form). %2</source>
        <translation>L&apos;export %1 ne peut pas être lu comme un fichier CSV (la forme texte d&apos;un tableur). %2</translation>
    </message>
    <message numerus="yes">
        <source>The export %1 reads as a CSV file with %n column(s).</source>
        <translation>
            <numerusform>L&apos;export %1 se lit comme un fichier CSV à %n colonne.</numerusform>
            <numerusform>L&apos;export %1 se lit comme un fichier CSV à %n colonnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export %1 has only its column names: there are no rows of data in it.</source>
        <translation>L&apos;export %1 ne contient que les noms de ses colonnes&#xa0;: il ne contient aucune ligne de données.</translation>
    </message>
    <message numerus="yes">
        <source>The export %1 holds %n row(s) of data.</source>
        <translation>
            <numerusform>L&apos;export %1 contient %n ligne de données.</numerusform>
            <numerusform>L&apos;export %1 contient %n lignes de données.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export %1 has the columns it needs: %2.</source>
        <translation>L&apos;export %1 contient les colonnes nécessaires&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The export %1 has no column for %2. Check that the export includes it; its columns are: %3.</source>
        <translation>L&apos;export %1 n&apos;a pas de colonne pour l&apos;information suivante&#xa0;: %2. Vérifiez que l&apos;export l&apos;inclut&#xa0;; ses colonnes sont&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Storefort plans (*.storefort);;All files (*)</source>
        <translation>Plans Storefort (*.storefort);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>FindingDetail</name>
    <message>
        <source>&amp;Accept as a Risk…</source>
        <translation>&amp;Accepter comme risque…</translation>
    </message>
    <message>
        <source>&amp;Withdraw Acceptance</source>
        <translation>&amp;Retirer l&apos;acceptation</translation>
    </message>
    <message>
        <source>About the chosen finding</source>
        <translation>À propos du constat choisi</translation>
    </message>
    <message>
        <source>Open the step of the plan where this finding is fixed</source>
        <translation>Ouvrir l&apos;étape du plan où ce constat se corrige</translation>
    </message>
    <message>
        <source>Say why the shop carries this risk for now, and until when</source>
        <translation>Indiquer pourquoi la boutique assume ce risque pour le moment, et jusqu&apos;à quand</translation>
    </message>
    <message>
        <source>The finding counts again as open</source>
        <translation>Le constat compte de nouveau comme ouvert</translation>
    </message>
    <message>
        <source>Accepted as a risk by %1 on %2, with no expiry.</source>
        <translation>Accepté comme risque par %1 le %2, sans échéance.</translation>
    </message>
    <message>
        <source>Accepted as a risk until %1 by %2 on %3.</source>
        <translation>Accepté comme risque jusqu&apos;au %1 par %2 le %3.</translation>
    </message>
    <message>
        <source>Choose a finding to see why it matters, what was seen and how to fix it.</source>
        <translation>Choisissez un constat pour voir pourquoi c&apos;est important, ce qui a été constaté et comment le corriger.</translation>
    </message>
    <message>
        <source>G&amp;o to %1</source>
        <translation>A&amp;ller à %1</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
    <message>
        <source>&amp;Change Acceptance…</source>
        <translation>&amp;Modifier l&apos;acceptation…</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Gravité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Concerne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Ce qui a été constaté</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Comment le corriger</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
</context>
<context>
    <name>FindingsCsv</name>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Ce qui a été constaté</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Comment le corriger</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepté par</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Accepted until</source>
        <translation>Accepté jusqu&apos;au</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>&amp;Accept as a Risk…</source>
        <translation>&amp;Accepter comme risque…</translation>
    </message>
    <message>
        <source>&amp;Withdraw Acceptance</source>
        <translation>&amp;Retirer l&apos;acceptation</translation>
    </message>
    <message>
        <source>Accept as a Risk…</source>
        <translation>Accepter comme risque…</translation>
    </message>
    <message>
        <source>Withdraw Acceptance</source>
        <translation>Retirer l&apos;acceptation</translation>
    </message>
    <message>
        <source>Say why the shop carries this risk for now, and until when</source>
        <translation>Indiquer pourquoi la boutique assume ce risque pour le moment, et jusqu&apos;à quand</translation>
    </message>
    <message>
        <source>The finding counts again as open</source>
        <translation>Le constat compte de nouveau comme ouvert</translation>
    </message>
    <message>
        <source>%1 — accepted until %2</source>
        <translation>%1 — accepté jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>%1 — accepted, no expiry</source>
        <translation>%1 — accepté, sans échéance</translation>
    </message>
    <message>
        <source>&amp;Change Acceptance…</source>
        <translation>&amp;Modifier l&apos;acceptation…</translation>
    </message>
    <message>
        <source>Change Acceptance…</source>
        <translation>Modifier l&apos;acceptation…</translation>
    </message>
</context>
<context>
    <name>FindingsOutput</name>
    <message>
        <source>Findings (%1):</source>
        <translation>Constats (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>À faire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>All findings</source>
        <translation>Tous les constats</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Everything the checks found, from every step, most serious first. Choose a finding to see why it matters and how to fix it, then go to the step where it is fixed. A risk the shop chooses to carry can be accepted with a reason and an end date: it stays in the list, marked as accepted.</source>
        <translation>Tout ce que les vérifications ont trouvé, dans toutes les étapes, du plus grave au moins grave. Choisissez un constat pour voir pourquoi c&apos;est important et comment le corriger, puis allez à l&apos;étape où il se corrige. Un risque que la boutique choisit d&apos;assumer peut être accepté avec une raison et une date de fin&#xa0;: il reste dans la liste, marqué comme accepté.</translation>
    </message>
    <message>
        <source>Show findings of step</source>
        <translation>Afficher les constats de l&apos;étape</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Show findings of severity</source>
        <translation>Afficher les constats de gravité</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>Show open or accepted findings</source>
        <translation>Afficher les constats ouverts ou acceptés</translation>
    </message>
    <message>
        <source>Open and accepted</source>
        <translation>Ouverts et acceptés</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Search the findings</source>
        <translation>Rechercher dans les constats</translation>
    </message>
    <message>
        <source>Words in the title, what was seen, the reason…</source>
        <translation>Mots du titre, de ce qui a été constaté, de la raison…</translation>
    </message>
    <message>
        <source>Save the findings the list shows as a file for a spreadsheet</source>
        <translation>Enregistrer les constats affichés dans la liste dans un fichier pour tableur</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Étape&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>Sta&amp;te:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Go to the Step</source>
        <translation>Aller à l&apos;étape</translation>
    </message>
    <message>
        <source>Accept as a Risk…</source>
        <translation>Accepter comme risque…</translation>
    </message>
    <message>
        <source>Withdraw Acceptance</source>
        <translation>Retirer l&apos;acceptation</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
    <message>
        <source>Change Acceptance…</source>
        <translation>Modifier l&apos;acceptation…</translation>
    </message>
    <message>
        <source>Nothing found: no step of the plan has anything to fix right now.</source>
        <translation>Rien n&apos;a été trouvé&#xa0;: aucune étape du plan n&apos;a quoi que ce soit à corriger pour le moment.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) open.</source>
        <translation>
            <numerusform>%n constat ouvert.</numerusform>
            <numerusform>%n constats ouverts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them serious: start there.</source>
        <translation>
            <numerusform>%n d&apos;entre eux est grave&#xa0;: commencez par là.</numerusform>
            <numerusform>%n d&apos;entre eux sont graves&#xa0;: commencez par là.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted as a risk.</source>
        <translation>
            <numerusform>%n accepté comme risque.</numerusform>
            <numerusform>%n acceptés comme risques.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n</source>
        <translation>
            <numerusform>Affichage&#xa0;: %1 sur %n</numerusform>
            <numerusform>Affichage&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 findings %2</source>
        <translation>Constats %1 %2</translation>
    </message>
    <message>
        <source>Export the Findings</source>
        <translation>Exporter les constats</translation>
    </message>
    <message>
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation>Fichiers CSV pour tableur (*.csv)</translation>
    </message>
    <message>
        <source>Findings Not Exported</source>
        <translation>Constats non exportés</translation>
    </message>
    <message>
        <source>The findings could not be written to “%1”: %2. Choose another folder, for example your Documents folder.</source>
        <translation>Les constats n&apos;ont pas pu être écrits dans «&#xa0;%1&#xa0;»&#xa0;: %2. Choisissez un autre dossier, par exemple votre dossier Documents.</translation>
    </message>
</context>
<context>
    <name>FindingsRegisterModel</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Accepted, no expiry</source>
        <translation>Accepté, sans échéance</translation>
    </message>
    <message>
        <source>Accepted until %1</source>
        <translation>Accepté jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Letter to %1</source>
        <translation>Lettre à %1</translation>
    </message>
    <message>
        <source>someone removed</source>
        <translation>une personne retirée</translation>
    </message>
    <message>
        <source>The account register</source>
        <translation>Le registre des comptes</translation>
    </message>
    <message>
        <source>The DDoS plan</source>
        <translation>Le plan DDoS</translation>
    </message>
</context>
<context>
    <name>GitVerifier</name>
    <message>
        <source>Storefort could not start git (%1), the program it checks the code with. Install git, or check the code by hand.</source>
        <translation>Storefort n&apos;a pas pu lancer git (%1), le programme avec lequel il vérifie le code. Installez git, ou vérifiez le code vous-même.</translation>
    </message>
    <message>
        <source>git stopped unexpectedly while checking %1.</source>
        <translation>git s&apos;est arrêté de façon inattendue pendant la vérification de %1.</translation>
    </message>
    <message>
        <source>No folder of the code is given.</source>
        <translation>Aucun dossier de code n&apos;est indiqué.</translation>
    </message>
    <message>
        <source>The code&apos;s folder, %1, does not exist on this computer (or the drive or share it is on is not connected).</source>
        <translation>Le dossier du code, %1, n&apos;existe pas sur cet ordinateur (ou le disque ou le partage réseau où il se trouve n&apos;est pas connecté).</translation>
    </message>
    <message>
        <source>The folder %1 is not a git repository (a folder whose history git keeps), so Storefort cannot check the code in it.</source>
        <translation>Le dossier %1 n&apos;est pas un dépôt git (un dossier dont git conserve l&apos;historique)&#xa0;: Storefort ne peut donc pas y vérifier le code.</translation>
    </message>
    <message>
        <source>The folder %1 is a git repository.</source>
        <translation>Le dossier %1 est un dépôt git.</translation>
    </message>
    <message>
        <source>The repository %1 has no commits yet: no version of the code is kept in it.</source>
        <translation>Le dépôt %1 n&apos;a encore aucun commit&#xa0;: aucune version du code n&apos;y est conservée.</translation>
    </message>
    <message>
        <source>The last change to the code is &quot;%1&quot; by %2, made %3 (less than a day ago).</source>
        <translation>La dernière modification du code est «&#xa0;%1&#xa0;», par %2, le %3 (il y a moins d&apos;un jour).</translation>
    </message>
    <message numerus="yes">
        <source>The last change to the code is &quot;%1&quot; by %2, made %3 (%n day(s) ago).</source>
        <translation>
            <numerusform>La dernière modification du code est «&#xa0;%1&#xa0;», par %2, le %3 (il y a %n jour).</numerusform>
            <numerusform>La dernière modification du code est «&#xa0;%1&#xa0;», par %2, le %3 (il y a %n jours).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change to the code is committed.</source>
        <translation>Toutes les modifications du code sont validées (commit).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have changes that are not committed: they are not kept in the repository&apos;s history yet.</source>
        <translation>
            <numerusform>%n fichier contient des modifications non validées (commit)&#xa0;: elles ne figurent pas encore dans l&apos;historique du dépôt.</numerusform>
            <numerusform>%n fichiers contiennent des modifications non validées (commit)&#xa0;: elles ne figurent pas encore dans l&apos;historique du dépôt.</numerusform>
        </translation>
    </message>
    <message>
        <source>git could not tell which files have changes that are not committed.</source>
        <translation>git n&apos;a pas pu déterminer quels fichiers contiennent des modifications non validées.</translation>
    </message>
    <message>
        <source>The code exists only on this machine: the repository has no remote copy (on GitHub, GitLab, your host, ...).</source>
        <translation>Le code n&apos;existe que sur cette machine&#xa0;: le dépôt n&apos;a aucune copie distante (sur GitHub, GitLab, chez votre hébergeur...).</translation>
    </message>
    <message numerus="yes">
        <source>The code exists only on this machine: the repository has no remote copy (on GitHub, GitLab, your host, ...) to push its %n commit(s) to.</source>
        <translation>
            <numerusform>Le code n&apos;existe que sur cette machine&#xa0;: le dépôt n&apos;a aucune copie distante (sur GitHub, GitLab, chez votre hébergeur...) vers laquelle envoyer son %n commit.</numerusform>
            <numerusform>Le code n&apos;existe que sur cette machine&#xa0;: le dépôt n&apos;a aucune copie distante (sur GitHub, GitLab, chez votre hébergeur...) vers laquelle envoyer ses %n commits.</numerusform>
        </translation>
    </message>
    <message>
        <source>git could not tell whether every commit is pushed to a remote copy.</source>
        <translation>git n&apos;a pas pu déterminer si chaque commit a bien été envoyé vers une copie distante.</translation>
    </message>
    <message>
        <source>Every commit is pushed to the remote copy (%1).</source>
        <translation>Tous les commits ont été envoyés vers la copie distante (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) exist only on this machine: they are not pushed to the remote copy (%1) yet.</source>
        <translation>
            <numerusform>%n commit n&apos;existe que sur cette machine&#xa0;: il n&apos;a pas encore été envoyé (push) vers la copie distante (%1).</numerusform>
            <numerusform>%n commits n&apos;existent que sur cette machine&#xa0;: ils n&apos;ont pas encore été envoyés (push) vers la copie distante (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelloExchange</name>
    <message>
        <source>The connection was refused.</source>
        <translation>La connexion a été refusée.</translation>
    </message>
    <message>
        <source>The server could not be reached within %1 s.</source>
        <translation>Le serveur n’a pas pu être joint en %1 s.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation>Le serveur n’a pas répondu en %1 s.</translation>
    </message>
    <message>
        <source>The server sent more than %1 KiB without finishing its answer.</source>
        <translation>Le serveur a envoyé plus de %1 Kio sans terminer sa réponse.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>The history breaks at this entry: it was changed, removed or reordered outside Storefort.</source>
        <translation>L&apos;historique est rompu à cette entrée&#xa0;: elle a été modifiée, supprimée ou déplacée en dehors de Storefort.</translation>
    </message>
    <message>
        <source>Team member %1</source>
        <translation>Membre de l&apos;équipe %1</translation>
    </message>
    <message>
        <source>Computer account %1</source>
        <translation>Compte utilisateur %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Only &amp;between</source>
        <translation>Seulement e&amp;ntre</translation>
    </message>
    <message>
        <source>Every change to the plan is written here: what changed, from what to what, who made the change and when. Each entry is sealed together with the one before it, so an entry changed or deleted outside Storefort shows up as a break.</source>
        <translation>Chaque modification du plan est notée ici&#xa0;: ce qui a changé, de quoi à quoi, qui l&apos;a faite et quand. Chaque entrée est scellée avec la précédente&#xa0;: une entrée modifiée ou supprimée en dehors de Storefort apparaît donc comme une rupture.</translation>
    </message>
    <message>
        <source>Show changes in area</source>
        <translation>Afficher les modifications du domaine</translation>
    </message>
    <message>
        <source>Show changes by</source>
        <translation>Afficher les modifications de</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Do&amp;maine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne&#xa0;:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>It has 1 entry.</source>
        <translation>Il contient 1 entrée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries, each linked to the one before.</source>
        <translation>
            <numerusform>%Ln entrée, reliée à la précédente.</numerusform>
            <numerusform>%Ln entrées, chacune reliée à la précédente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history is intact.</source>
        <translation>L&apos;historique est intact.</translation>
    </message>
    <message>
        <source>The history has been tampered with.</source>
        <translation>L&apos;historique a été falsifié.</translation>
    </message>
    <message>
        <source> Storefort has not repaired anything. If you did not expect this, compare the plan with an earlier copy.</source>
        <translation> Storefort n&apos;a rien réparé. Si vous ne vous y attendiez pas, comparez le plan avec une copie antérieure.</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>L&apos;historique n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tous les domaines</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 sur %2 affichées</translation>
    </message>
</context>
<context>
    <name>HttpResponse</name>
    <message>
        <source>The server&apos;s answer has more than %1 KiB of headers.</source>
        <translation>La réponse du serveur contient plus de %1 Kio d&apos;en-têtes.</translation>
    </message>
    <message>
        <source>The server did not answer with HTTP.</source>
        <translation>Le serveur n&apos;a pas répondu en HTTP.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has a malformed header.</source>
        <translation>La réponse du serveur contient un en-tête mal formé.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has more than %1 headers.</source>
        <translation>La réponse du serveur contient plus de %1 en-têtes.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was empty.</source>
        <translation>La réponse du serveur était vide.</translation>
    </message>
</context>
<context>
    <name>IcsCalendar</name>
    <message>
        <source>Could not save the calendar to %1: %2</source>
        <translation>Le calendrier n&apos;a pas pu être enregistré sous %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ImportAccountsDialog</name>
    <message>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New System…</source>
        <translation>&amp;Nouveau système…</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>C&amp;hoisir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Match Columns…</source>
        <translation>&amp;Associer les colonnes…</translation>
    </message>
    <message>
        <source>&amp;Skip the rows that could not be read</source>
        <translation>&amp;Ignorer les lignes qui n&apos;ont pas pu être lues</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Compare with the Plan</source>
        <translation>Co&amp;mparer avec le plan</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Importer des comptes</translation>
    </message>
    <message>
        <source>Export the list of users from the system (most shop platforms, hosting panels and email services can save it as a CSV file), then choose that file here. Nothing changes until you have seen what the import would do.</source>
        <translation>Exportez la liste des utilisateurs du système (la plupart des plateformes de boutique, panneaux d&apos;hébergement et services de messagerie savent l&apos;enregistrer en fichier CSV), puis choisissez ce fichier ici. Rien ne change tant que vous n&apos;avez pas vu ce que ferait l&apos;importation.</translation>
    </message>
    <message>
        <source>The system the file&apos;s accounts are on</source>
        <translation>Le système sur lequel se trouvent les comptes du fichier</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Storefort recognises the file by its columns; change this if it guessed wrong.</source>
        <translation>Storefort reconnaît le fichier à ses colonnes&#xa0;; modifiez ce choix s&apos;il s&apos;est trompé.</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Accounts on file that the export no longer lists. They are marked removed, not deleted, so their history stays.</source>
        <translation>Comptes enregistrés que l&apos;export ne liste plus. Ils sont marqués comme retirés, pas supprimés, pour que leur historique soit conservé.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Why it could not be read</source>
        <translation>Pourquoi elle n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirés</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Non lues</translation>
    </message>
    <message>
        <source>Apply the rows that could be read and leave the others out. The accounts on the rows left out stay as they are on file.</source>
        <translation>Appliquer les lignes qui ont pu être lues et laisser les autres de côté. Les comptes des lignes laissées de côté restent tels qu&apos;ils sont enregistrés.</translation>
    </message>
    <message>
        <source>Choose the Exported Accounts</source>
        <translation>Choisir les comptes exportés</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Le fichier n&apos;a pas pu être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>This does not look like a CSV file: %1</source>
        <translation>Ce fichier ne ressemble pas à un fichier CSV&#xa0;: %1</translation>
    </message>
    <message>
        <source>Storefort does not know this export; match its columns below.</source>
        <translation>Storefort ne connaît pas cet export&#xa0;; associez ses colonnes ci-dessous.</translation>
    </message>
    <message>
        <source>This looks like an export from %1.</source>
        <translation>Ce fichier semble être un export de %1.</translation>
    </message>
    <message>
        <source>Say which column holds the user names with Match Columns.</source>
        <translation>Indiquez la colonne qui contient les noms d&apos;utilisateur avec «&#xa0;Associer les colonnes&#xa0;».</translation>
    </message>
    <message>
        <source>User names are read from the column &quot;%1&quot;.</source>
        <translation>Les noms d&apos;utilisateur sont lus dans la colonne «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Reading %1 and comparing it with the accounts on file…</source>
        <translation>Lecture de %1 et comparaison avec les comptes enregistrés…</translation>
    </message>
    <message>
        <source>File Not Read</source>
        <translation>Fichier non lu</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveaux</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiés</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirés</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangés</translation>
    </message>
    <message>
        <source>Nothing to change: the plan already has the accounts of %1 as this file lists them.</source>
        <translation>Rien à changer&#xa0;: le plan contient déjà les comptes de %1 tels que ce fichier les liste.</translation>
    </message>
    <message>
        <source>This is what importing %1 would change on %2. Nothing is changed until you choose Apply.</source>
        <translation>Voici ce que l&apos;importation de %1 changerait sur %2. Rien n&apos;est modifié tant que vous n&apos;avez pas choisi «&#xa0;Appliquer&#xa0;».</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>fichier entier</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Nouveaux (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Modifiés (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Retirés (%1)</translation>
    </message>
    <message>
        <source>Not read (%1)</source>
        <translation>Non lues (%1)</translation>
    </message>
    <message>
        <source>Applying the import…</source>
        <translation>Application de l&apos;importation…</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>Ann&amp;uler l&apos;importation</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>L&apos;importation a été annulée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Import Not Applied</source>
        <translation>Importation non appliquée</translation>
    </message>
    <message>
        <source>Columns Not Remembered</source>
        <translation>Colonnes non mémorisées</translation>
    </message>
    <message>
        <source>The accounts were imported, but the columns you matched could not be remembered for next time.</source>
        <translation>Les comptes ont été importés, mais les colonnes que vous avez associées n&apos;ont pas pu être mémorisées pour la prochaine fois.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read. Correct the file and import it again, or tick the box above to import the rest without them.</source>
        <translation>
            <numerusform>%n ligne n&apos;a pas pu être lue. Corrigez le fichier et importez-le à nouveau, ou cochez la case ci-dessus pour importer le reste sans elle.</numerusform>
            <numerusform>%n lignes n&apos;ont pas pu être lues. Corrigez le fichier et importez-le à nouveau, ou cochez la case ci-dessus pour importer le reste sans elles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportAnswersDialog</name>
    <message>
        <source>Import Answers from %1</source>
        <translation>Importer les réponses de %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n answer(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» contient %n réponse.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» contient %n réponses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without an answer are skipped.</source>
        <translation>
            <numerusform>%n ligne sans réponse est ignorée.</numerusform>
            <numerusform>%n lignes sans réponse sont ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are the same as on file already.</source>
        <translation>
            <numerusform>%n réponse est identique à celle déjà enregistrée.</numerusform>
            <numerusform>%n réponses sont identiques à celles déjà enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be read as a fill-in file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu comme fichier à remplir.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were found; rows with a problem are not recorded.</source>
        <translation>
            <numerusform>%n problème a été trouvé&#xa0;; les lignes qui posent problème ne sont pas enregistrées.</numerusform>
            <numerusform>%n problèmes ont été trouvés&#xa0;; les lignes qui posent problème ne sont pas enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems were found.</source>
        <translation>Aucun problème n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>Nothing is recorded until you choose.</source>
        <translation>Rien n&apos;est enregistré tant que vous n&apos;avez pas choisi.</translation>
    </message>
    <message>
        <source>&amp;Answers to record:</source>
        <translation>&amp;Réponses à enregistrer&#xa0;:</translation>
    </message>
    <message>
        <source>Answers to record</source>
        <translation>Réponses à enregistrer</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Donnée par</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donnée le</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>replaces “%1” (%2)</source>
        <translation>remplace «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>&amp;Problems in the file:</source>
        <translation>&amp;Problèmes dans le fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problèmes dans le fichier</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Record %n Answer(s)</source>
        <translation>
            <numerusform>&amp;Enregistrer %n réponse</numerusform>
            <numerusform>&amp;Enregistrer %n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the problems in the file first, or record only the valid answers</source>
        <translation>Corrigez d&apos;abord les problèmes dans le fichier, ou n&apos;enregistrez que les réponses valides</translation>
    </message>
    <message numerus="yes">
        <source>Record the %n &amp;Valid Answer(s), Skip the Errors</source>
        <translation>
            <numerusform>Enregistrer %n réponse &amp;valide, ignorer les erreurs</numerusform>
            <numerusform>Enregistrer les %n réponses &amp;valides, ignorer les erreurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain&apos;s message was withheld because it contained the password.</source>
        <translation>Le message du trousseau n&apos;est pas affiché, car il contenait le mot de passe.</translation>
    </message>
    <message>
        <source>There is no password to save.</source>
        <translation>Il n&apos;y a aucun mot de passe à enregistrer.</translation>
    </message>
</context>
<context>
    <name>LeaversView</name>
    <message>
        <source>&amp;Mark as Left…</source>
        <translation>&amp;Indiquer un départ…</translation>
    </message>
    <message>
        <source>When someone leaves, every account they had must be disabled or handed over to a colleague. Tick each one off as it is done.</source>
        <translation>Quand quelqu&apos;un s&apos;en va, chacun de ses comptes doit être désactivé ou transmis à un collègue. Cochez chaque compte une fois que c&apos;est fait.</translation>
    </message>
    <message>
        <source>People who left</source>
        <translation>Personnes parties</translation>
    </message>
    <message>
        <source>The leaver’s accounts</source>
        <translation>Comptes de la personne partie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Action effectuée</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>a quitté l&apos;équipe le %1</translation>
    </message>
    <message>
        <source>left</source>
        <translation>a quitté l&apos;équipe</translation>
    </message>
    <message>
        <source>no accounts</source>
        <translation>aucun compte</translation>
    </message>
    <message>
        <source>all done</source>
        <translation>tout est fait</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 traités</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>Nobody has left. When someone does, mark them as left: their accounts then show here to be closed one by one.</source>
        <translation>Personne n&apos;est parti. Quand quelqu&apos;un s&apos;en va, indiquez son départ&#xa0;: ses comptes apparaissent alors ici, pour être fermés un par un.</translation>
    </message>
    <message>
        <source>Choose a person to see their accounts.</source>
        <translation>Choisissez une personne pour voir ses comptes.</translation>
    </message>
    <message>
        <source>%1 had no accounts on file.</source>
        <translation>%1 n&apos;avait aucun compte enregistré.</translation>
    </message>
    <message>
        <source>%1’s accounts</source>
        <translation>Comptes de %1</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Closed on the system</source>
        <translation>Fermé sur le système</translation>
    </message>
    <message>
        <source>The account is %1 on %2 itself: nothing left to do.</source>
        <translation>Le compte est %1 directement sur %2&#xa0;: il n&apos;y a plus rien à faire.</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>Transmis à</translation>
    </message>
    <message>
        <source>someone removed</source>
        <translation>une personne retirée</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Mark as Left</source>
        <translation>Indiquer un départ</translation>
    </message>
    <message>
        <source>Their accounts then show here as a checklist to disable or hand over.</source>
        <translation>Ses comptes apparaissent alors ici sous forme de liste à cocher, pour être désactivés ou transmis.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Who left</source>
        <translation>&amp;Personne partie</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Dernier jour</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>&amp;Every question that applies</source>
        <translation>&amp;Toutes les questions applicables</translation>
    </message>
    <message>
        <source>Only the &amp;outstanding ones (not answered, or due again)</source>
        <translation>Seulement les questions en &amp;suspens (sans réponse, ou à reposer)</translation>
    </message>
    <message>
        <source>Save Letter as &amp;PDF…</source>
        <translation>Enregistrer la lettre en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;Fill-in File (CSV)…</source>
        <translation>Enregistrer le &amp;fichier à remplir (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Copy Email Text</source>
        <translation>&amp;Copier le texte de l&apos;e-mail</translation>
    </message>
    <message>
        <source>Open in &amp;Email Program</source>
        <translation>Ouvrir dans le logiciel de &amp;messagerie</translation>
    </message>
    <message>
        <source>Ask %1</source>
        <translation>Interroger %1</translation>
    </message>
    <message>
        <source>Send them the letter (as PDF or email) with the fill-in file. When they send the file back, import it with “Import Returned File…”.</source>
        <translation>Envoyez au prestataire la lettre (en PDF ou par e-mail) avec le fichier à remplir. Quand il vous renvoie le fichier, importez-le avec «&#xa0;Importer le fichier renvoyé…&#xa0;».</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Aperçu de la lettre</translation>
    </message>
    <message>
        <source>Opens a new email to %1 in your email program</source>
        <translation>Ouvre un nouvel e-mail à %1 dans votre logiciel de messagerie</translation>
    </message>
    <message>
        <source>Add the provider’s support email first (on the Contact tab)</source>
        <translation>Ajoutez d&apos;abord l&apos;adresse e-mail du support du prestataire (onglet Contact)</translation>
    </message>
    <message>
        <source>Nothing to ask: every question has a current answer. Choose “Every question” to ask them all again.</source>
        <translation>Rien à demander&#xa0;: chaque question a une réponse à jour. Choisissez «&#xa0;Toutes les questions&#xa0;» pour les reposer toutes.</translation>
    </message>
    <message>
        <source>Save Letter as PDF</source>
        <translation>Enregistrer la lettre en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the letter…</source>
        <translation>Rédaction de la lettre…</translation>
    </message>
    <message>
        <source>The letter is saved as %1.</source>
        <translation>La lettre est enregistrée sous %1.</translation>
    </message>
    <message>
        <source>Letter Not Saved</source>
        <translation>Lettre non enregistrée</translation>
    </message>
    <message>
        <source>Save Fill-in File</source>
        <translation>Enregistrer le fichier à remplir</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Fill-in File Not Saved</source>
        <translation>Fichier à remplir non enregistré</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>The fill-in file is saved as %1. They can fill it in with any spreadsheet program.</source>
        <translation>Le fichier à remplir est enregistré sous %1. Le prestataire peut le remplir avec n&apos;importe quel tableur.</translation>
    </message>
    <message>
        <source>The email text is copied. A subject to use: “%1”.</source>
        <translation>Le texte de l&apos;e-mail est copié. Objet à utiliser&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No Email Program</source>
        <translation>Aucun logiciel de messagerie</translation>
    </message>
    <message>
        <source>No email program opened. Use “Copy Email Text” and paste it into a new email.</source>
        <translation>Aucun logiciel de messagerie ne s&apos;est ouvert. Utilisez «&#xa0;Copier le texte de l&apos;e-mail&#xa0;» et collez-le dans un nouvel e-mail.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Show &amp;History</source>
        <translation>Afficher l&apos;&amp;historique</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>My shop</source>
        <translation>Ma boutique</translation>
    </message>
    <message>
        <source>Open My &amp;Default Plan</source>
        <translation>Ouvrir mon &amp;plan par défaut</translation>
    </message>
    <message>
        <source>Start a &amp;Fresh Plan</source>
        <translation>Commencer un plan &amp;vierge</translation>
    </message>
    <message>
        <source>It was taken off the list of recent plans.</source>
        <translation>Il a été retiré de la liste des plans récents.</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation>Nouveau plan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation>&amp;Ouvrir un plan…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Plans &amp;récents</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>&amp;Close Plan</source>
        <translation>&amp;Fermer le plan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Storefort</source>
        <translation>À &amp;propos de Storefort</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Aucun plan récent</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
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
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <source>Changes cannot be made to it here.</source>
        <translation>Il ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>This plan is read-only.</source>
        <translation>Ce plan est en lecture seule.</translation>
    </message>
    <message>
        <source>The plan&apos;s history has been tampered with.</source>
        <translation>L&apos;historique du plan a été falsifié.</translation>
    </message>
    <message>
        <source> Storefort has not repaired or hidden anything.</source>
        <translation> Storefort n&apos;a rien réparé ni caché.</translation>
    </message>
    <message>
        <source>No plan open</source>
        <translation>Aucun plan ouvert</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be made</source>
        <translation>Lecture seule&#xa0;: aucune modification possible</translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation>Chaque modification est enregistrée aussitôt</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>Nouvelle boutique</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>A copy of the plan was saved as %1.</source>
        <translation>Une copie du plan a été enregistrée sous %1.</translation>
    </message>
    <message>
        <source>About Storefort</source>
        <translation>À propos de Storefort</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Storefort %1&lt;/h3&gt;&lt;p&gt;Storefort walks the owner of a small online shop through a security plan for the shop, step by step and in plain words.&lt;/p&gt;&lt;p&gt;It works offline. Passwords are kept only in your system&apos;s keychain.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://storefort.org&quot;&gt;storefort.org&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Storefort %1&lt;/h3&gt;&lt;p&gt;Storefort accompagne le propriétaire d&apos;une petite boutique en ligne, étape par étape et avec des mots simples, dans l&apos;élaboration d&apos;un plan de sécurité pour sa boutique.&lt;/p&gt;&lt;p&gt;Il fonctionne hors ligne. Les mots de passe sont conservés uniquement dans le trousseau de votre système.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://storefort.org&quot;&gt;storefort.org&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Earlier Copies…</source>
        <translation>Copies &amp;antérieures…</translation>
    </message>
    <message>
        <source>Go back to the plan as it was when it was opened before</source>
        <translation>Revenir au plan tel qu&apos;il était lors d&apos;une ouverture précédente</translation>
    </message>
    <message>
        <source>&amp;Set Up the Shop Again…</source>
        <translation>Reconfigurer la &amp;boutique…</translation>
    </message>
    <message>
        <source>Go through the shop&apos;s name, site, team and providers again</source>
        <translation>Reprendre le nom de la boutique, son site, son équipe et ses prestataires</translation>
    </message>
</context>
<context>
    <name>MozillaIntermediate</name>
    <message>
        <source>The site accepted no protocol at all, so it cannot match the profile.</source>
        <translation>Le site n&apos;a accepté aucun protocole&#xa0;; il ne peut donc pas correspondre au profil.</translation>
    </message>
    <message>
        <source>%1 is accepted; the profile allows only TLS 1.2 and TLS 1.3.</source>
        <translation>%1 est accepté&#xa0;; le profil n&apos;autorise que TLS 1.2 et TLS 1.3.</translation>
    </message>
    <message>
        <source>TLS 1.2 is not accepted; the profile needs it for older browsers.</source>
        <translation>TLS 1.2 n&apos;est pas accepté&#xa0;; le profil en a besoin pour les navigateurs plus anciens.</translation>
    </message>
    <message>
        <source>TLS 1.3 is not accepted; the profile turns it on.</source>
        <translation>TLS 1.3 n&apos;est pas accepté&#xa0;; le profil l&apos;active.</translation>
    </message>
    <message>
        <source>TLS 1.2 accepts cipher suites outside the profile: %1.</source>
        <translation>TLS 1.2 accepte des suites de chiffrement hors du profil&#xa0;: %1.</translation>
    </message>
    <message>
        <source>TLS 1.3 accepts cipher suites outside the profile: %1.</source>
        <translation>TLS 1.3 accepte des suites de chiffrement hors du profil&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The server accepts key exchange groups outside the profile: %1.</source>
        <translation>Le serveur accepte des groupes d&apos;échange de clés hors du profil&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The DH parameters are %1 bits; the profile needs at least 2048 (ffdhe2048).</source>
        <translation>Les paramètres DH font %1 bits&#xa0;; le profil en demande au moins 2048 (ffdhe2048).</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is %1 %2 bits; the profile wants RSA of 2048 bits or ECDSA P-256.</source>
        <translation>La clé du certificat est de type %1 et fait %2 bits&#xa0;; le profil demande RSA 2048 bits ou ECDSA P-256.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The certificate is signed with %1; the profile signs with SHA-256.</source>
        <translation>Le certificat est signé avec %1&#xa0;; le profil signe avec SHA-256.</translation>
    </message>
    <message>
        <source>The certificate is valid for %1 days; the profile recommends at most 366.</source>
        <translation>Le certificat est valide %1 jours&#xa0;; le profil recommande 366 au maximum.</translation>
    </message>
    <message>
        <source>The probe saw no certificate to check.</source>
        <translation>Le test n&apos;a vu aucun certificat à vérifier.</translation>
    </message>
    <message>
        <source>The profile also offers these groups, which the server does not: %1.</source>
        <translation>Le profil propose aussi ces groupes, que le serveur ne propose pas&#xa0;: %1.</translation>
    </message>
    <message>
        <source>HSTS lasts %1 seconds; the profile recommends two years (63072000).</source>
        <translation>HSTS dure %1 secondes&#xa0;; le profil recommande deux ans (63072000).</translation>
    </message>
    <message>
        <source>No HSTS; the profile recommends HSTS for two years (max-age=63072000).</source>
        <translation>Pas de HSTS&#xa0;; le profil recommande HSTS pour deux ans (max-age=63072000).</translation>
    </message>
    <message>
        <source>The server does not staple OCSP; the profile recommends it.</source>
        <translation>Le serveur ne fait pas d&apos;agrafage OCSP (OCSP stapling)&#xa0;; le profil le recommande.</translation>
    </message>
    <message>
        <source>The server imposes its own cipher order; the profile lets the browser choose.</source>
        <translation>Le serveur impose son propre ordre de chiffrements&#xa0;; le profil laisse le navigateur choisir.</translation>
    </message>
</context>
<context>
    <name>NoPlanPage</name>
    <message>
        <source>No plan is open</source>
        <translation>Aucun plan n&apos;est ouvert</translation>
    </message>
    <message>
        <source>A plan holds everything Storefort knows about one shop&apos;s security: the team, what your providers promised, who can get in, and how to recover. Open your plan, or start a new one for another shop.</source>
        <translation>Un plan réunit tout ce que Storefort sait de la sécurité d&apos;une boutique&#xa0;: l&apos;équipe, ce que vos prestataires ont promis, qui peut y accéder et comment tout remettre en état. Ouvrez votre plan, ou commencez-en un nouveau pour une autre boutique.</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>&amp;Nouveau plan…</translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation>&amp;Ouvrir un plan…</translation>
    </message>
    <message>
        <source>&amp;Recent plans:</source>
        <translation>Plans &amp;récents&#xa0;:</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Plans récents</translation>
    </message>
    <message>
        <source>The plan could not be opened.</source>
        <translation>Le plan n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>%1 — in %2</source>
        <translation>%1 — dans %2</translation>
    </message>
    <message>
        <source>%1 — not found in %2</source>
        <translation>%1 — introuvable dans %2</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>There is nothing to print on.</source>
        <translation>Il n&apos;y a rien sur quoi imprimer.</translation>
    </message>
    <message>
        <source>Could not start printing: the printer or file is not ready.</source>
        <translation>Impossible de lancer l&apos;impression&#xa0;: l&apos;imprimante ou le fichier n&apos;est pas prêt.</translation>
    </message>
    <message>
        <source>Could not print page %1: the printer or file stopped accepting pages.</source>
        <translation>Impossible d&apos;imprimer la page %1&#xa0;: l&apos;imprimante ou le fichier n&apos;accepte plus de pages.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Could not finish printing: the printer or file is not ready.</source>
        <translation>Impossible de terminer l&apos;impression&#xa0;: l&apos;imprimante ou le fichier n&apos;est pas prêt.</translation>
    </message>
    <message>
        <source>Could not save the PDF to %1: %2</source>
        <translation>Le PDF n&apos;a pas pu être enregistré sous %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PdfCommand</name>
    <message>
        <source>Where to write the PDF.</source>
        <translation>Où écrire le PDF.</translation>
    </message>
    <message>
        <source>a4 or letter (default: the usual paper here).</source>
        <translation>a4 ou letter (par défaut&#xa0;: le format de papier habituel ici).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 écrit (%n page).</numerusform>
            <numerusform>%1 écrit (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Développeur</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Provider contact</source>
        <translation>Contact chez un prestataire</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>A quitté l&apos;équipe</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En activité</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Write it like name@shop.example.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail. Écrivez-la comme nom@boutique.example.</translation>
    </message>
    <message>
        <source>Every team member needs a name.</source>
        <translation>Chaque membre de l&apos;équipe doit avoir un nom.</translation>
    </message>
    <message>
        <source>Enter the date %1 left, so their access can be checked.</source>
        <translation>Indiquez la date à laquelle %1 a quitté l&apos;équipe, pour que ses accès puissent être vérifiés.</translation>
    </message>
</context>
<context>
    <name>PersonAccessDialog</name>
    <message>
        <source>Say what their work needs</source>
        <translation>Indiquer ce dont son travail a besoin</translation>
    </message>
    <message>
        <source>What %1’s Work Needs</source>
        <translation>Ce dont %1 a besoin pour son travail</translation>
    </message>
    <message>
        <source>Tick the data %1 needs to do their work. The access review then shows where their accounts reach more than that. Left unsaid, the usual reach of their accounts’ roles counts as needed.</source>
        <translation>Cochez les données dont %1 a besoin pour son travail. La revue des accès montre alors où ses comptes donnent accès à davantage. Si rien n&apos;est indiqué, l&apos;accès habituel des rôles de ses comptes est considéré comme nécessaire.</translation>
    </message>
    <message>
        <source>Their project has &amp;ended, on</source>
        <translation>Son projet s&apos;est &amp;terminé le</translation>
    </message>
    <message>
        <source>After the project ends, write them a letter asking which accounts they still need (on the Letters tab).</source>
        <translation>Une fois le projet terminé, écrivez-lui une lettre pour lui demander de quels comptes il a encore besoin (dans l&apos;onglet Lettres aux développeurs).</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>&amp;Works on the shop</source>
        <translation>Travaille &amp;pour la boutique</translation>
    </message>
    <message>
        <source>&amp;Has left, on</source>
        <translation>A &amp;quitté l&apos;équipe le</translation>
    </message>
    <message>
        <source>Add a Team Member</source>
        <translation>Ajouter un membre à l&apos;équipe</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Everyone who works on or for the shop: staff, developers, the agency, and your contacts at the host or other providers.</source>
        <translation>Toutes les personnes qui travaillent dans ou pour la boutique&#xa0;: le personnel, les développeurs, l&apos;agence et vos contacts chez l&apos;hébergeur ou d&apos;autres prestataires.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role in the business</source>
        <translation>Rôle dans l&apos;entreprise</translation>
    </message>
    <message>
        <source>For example: Owner, Bookkeeper, Web developer</source>
        <translation>Par exemple&#xa0;: gérant, comptable, développeur web</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@shop.example</source>
        <translation>nom@boutique.example</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Date they left</source>
        <translation>Date de départ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role in the business:</source>
        <translation>&amp;Rôle dans l&apos;entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>The plan has no shop profile; the file is damaged.</source>
        <translation>Le plan n&apos;a pas de profil de boutique&#xa0;; le fichier est endommagé.</translation>
    </message>
    <message>
        <source>This plan is open read-only, so it cannot be changed here. %1</source>
        <translation>Ce plan est ouvert en lecture seule&#xa0;; il ne peut donc pas être modifié ici. %1</translation>
    </message>
    <message>
        <source>The plan could not be changed: %1</source>
        <translation>Le plan n&apos;a pas pu être modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>The change could not be written to the plan: %1</source>
        <translation>La modification n&apos;a pas pu être enregistrée dans le plan&#xa0;: %1</translation>
    </message>
    <message>
        <source>That person is not on the team.</source>
        <translation>Cette personne ne fait pas partie de l&apos;équipe.</translation>
    </message>
    <message>
        <source>That person is no longer on the team.</source>
        <translation>Cette personne ne fait plus partie de l&apos;équipe.</translation>
    </message>
    <message>
        <source>A probe without a host or a result cannot be kept.</source>
        <translation>Un test sans hôte ou sans résultat ne peut pas être conservé.</translation>
    </message>
    <message>
        <source>The probe history could not be read: %1</source>
        <translation>L&apos;historique des tests n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The providers&apos; answers could not be read: %1</source>
        <translation>Les réponses des prestataires n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>The evidence files could not be read: %1</source>
        <translation>Les pièces justificatives n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>That provider is no longer in the plan.</source>
        <translation>Ce prestataire ne figure plus dans le plan.</translation>
    </message>
    <message>
        <source>There is no question &quot;%1&quot; in this version of Storefort.</source>
        <translation>Il n&apos;y a pas de question «&#xa0;%1&#xa0;» dans cette version de Storefort.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is not asked of a %2.</source>
        <translation>La question «&#xa0;%1&#xa0;» n&apos;est pas posée à un prestataire de type «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Say who gave the answer: a name at %1, an email address or a document.</source>
        <translation>Indiquez qui a donné la réponse&#xa0;: un nom chez %1, une adresse e-mail ou un document.</translation>
    </message>
    <message>
        <source>Enter the date the answer was given.</source>
        <translation>Saisissez la date à laquelle la réponse a été donnée.</translation>
    </message>
    <message>
        <source>The answer cannot have been given in the future (%1).</source>
        <translation>La réponse ne peut pas avoir été donnée dans le futur (%1).</translation>
    </message>
    <message>
        <source>The answer was given to version %1 of the question, but this Storefort knows only version %2.</source>
        <translation>La réponse a été donnée à la version %1 de la question, mais cette version de Storefort ne connaît que la version %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is answered twice.</source>
        <translation>La question «&#xa0;%1&#xa0;» a deux réponses.</translation>
    </message>
    <message>
        <source>That answer is no longer on file.</source>
        <translation>Cette réponse n&apos;est plus enregistrée.</translation>
    </message>
    <message>
        <source>An evidence file needs a name.</source>
        <translation>Une pièce justificative doit avoir un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty, so it cannot serve as evidence.</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#xa0;; il ne peut donc pas servir de pièce justificative.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; evidence files can be at most %3. Keep a smaller extract, or note where the full document is kept.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2&#xa0;; une pièce justificative peut faire au maximum %3. Conservez un extrait plus petit, ou notez où se trouve le document complet.</translation>
    </message>
    <message>
        <source>The evidence file could not be read: %1</source>
        <translation>La pièce justificative n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>That evidence file is no longer in the plan.</source>
        <translation>Cette pièce justificative ne figure plus dans le plan.</translation>
    </message>
    <message>
        <source>The evidence file in the plan is damaged: its contents no longer match the SHA-256 recorded when it was added.</source>
        <translation>La pièce justificative enregistrée dans le plan est endommagée&#xa0;: son contenu ne correspond plus à l&apos;empreinte SHA-256 enregistrée lors de son ajout.</translation>
    </message>
    <message>
        <source>The providers could not be read: %1</source>
        <translation>Les prestataires n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answers can be kept between 1 and 120 months before they are asked again.</source>
        <translation>Les réponses peuvent être conservées de 1 à 120 mois avant que les questions soient reposées.</translation>
    </message>
    <message>
        <source>Every account needs its user name.</source>
        <translation>Chaque compte doit avoir un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>That system is no longer in the plan.</source>
        <translation>Ce système ne figure plus dans le plan.</translation>
    </message>
    <message>
        <source>One of the account&apos;s people is no longer on the team.</source>
        <translation>L&apos;une des personnes liées au compte ne fait plus partie de l&apos;équipe.</translation>
    </message>
    <message>
        <source>The system already has an account named &quot;%1&quot;.</source>
        <translation>Le système a déjà un compte nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>That account is no longer in the plan.</source>
        <translation>Ce compte ne figure plus dans le plan.</translation>
    </message>
    <message>
        <source>A mapping needs the column that holds the user names.</source>
        <translation>Une association de colonnes doit indiquer la colonne qui contient les noms d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Write the date of the access review.</source>
        <translation>Indiquez la date de la revue des accès.</translation>
    </message>
    <message>
        <source>The access review&apos;s date is in the future.</source>
        <translation>La date de la revue des accès est dans le futur.</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>Les comptes n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The accounts changed since this import was compared with them. Compare the file again before applying it.</source>
        <translation>Les comptes ont changé depuis que cette importation a été comparée avec eux. Comparez à nouveau le fichier avant de l&apos;appliquer.</translation>
    </message>
    <message>
        <source>This import was compared with the accounts of another system.</source>
        <translation>Cette importation a été comparée avec les comptes d&apos;un autre système.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file could not be read. Correct the file, or choose to skip those rows, before the import is applied.</source>
        <translation>
            <numerusform>%n ligne du fichier n&apos;a pas pu être lue. Corrigez le fichier, ou choisissez d&apos;ignorer cette ligne, avant d&apos;appliquer l&apos;importation.</numerusform>
            <numerusform>%n lignes du fichier n&apos;ont pas pu être lues. Corrigez le fichier, ou choisissez d&apos;ignorer ces lignes, avant d&apos;appliquer l&apos;importation.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; no account was changed.</source>
        <translation>L&apos;importation a été annulée&#xa0;; aucun compte n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Write the date of the letter.</source>
        <translation>Indiquez la date de la lettre.</translation>
    </message>
    <message>
        <source>The letter asks about no account: attribute accounts to this person first.</source>
        <translation>La lettre ne porte sur aucun compte&#xa0;: attribuez d&apos;abord des comptes à cette personne.</translation>
    </message>
    <message>
        <source>One of the letter&apos;s accounts is no longer in the plan.</source>
        <translation>L&apos;un des comptes de la lettre ne figure plus dans le plan.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>That letter is no longer in the plan.</source>
        <translation>Cette lettre ne figure plus dans le plan.</translation>
    </message>
    <message>
        <source>That reply is no longer in the plan.</source>
        <translation>Cette réponse ne figure plus dans le plan.</translation>
    </message>
    <message>
        <source>%1 has not left: mark them as left first.</source>
        <translation>%1 n&apos;a pas quitté l&apos;équipe&#xa0;: indiquez d&apos;abord son départ.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is not %2&apos;s.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n&apos;appartient pas à %2.</translation>
    </message>
    <message>
        <source>Write the date it was done.</source>
        <translation>Indiquez la date à laquelle c&apos;est fait.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>La date est dans le futur.</translation>
    </message>
    <message>
        <source>Choose the colleague who takes the account over.</source>
        <translation>Choisissez le collègue qui reprend le compte.</translation>
    </message>
    <message>
        <source>%1 has left too: choose a colleague who is still on the team.</source>
        <translation>%1 a également quitté l&apos;équipe&#xa0;: choisissez un collègue qui en fait encore partie.</translation>
    </message>
    <message>
        <source>That step is not ticked.</source>
        <translation>Cette étape n&apos;est pas cochée.</translation>
    </message>
    <message>
        <source>The systems could not be read: %1</source>
        <translation>Les systèmes n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Another change is still being written to the plan (an import, for example). Try again when it has finished.</source>
        <translation>Une autre modification est en cours d&apos;écriture dans le plan (une importation, par exemple). Réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>This account is ticked off already; untick it first to change what was done.</source>
        <translation>Ce compte est déjà coché&#xa0;; décochez-le d&apos;abord pour changer ce qui a été fait.</translation>
    </message>
    <message>
        <source>The accepted findings could not be read: %1</source>
        <translation>Les constats acceptés n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Which finding is accepted is missing.</source>
        <translation>Le constat accepté n&apos;est pas indiqué.</translation>
    </message>
    <message>
        <source>Say why the shop accepts this risk: the reason is what a later review reads.</source>
        <translation>Indiquez pourquoi la boutique accepte ce risque&#xa0;: c&apos;est cette raison que lira toute revue ultérieure.</translation>
    </message>
    <message>
        <source>The date the risk was accepted is missing.</source>
        <translation>La date d&apos;acceptation du risque n&apos;est pas indiquée.</translation>
    </message>
    <message>
        <source>The acceptance would end before it starts. Choose a later date.</source>
        <translation>L&apos;acceptation prendrait fin avant même de commencer. Choisissez une date plus tardive.</translation>
    </message>
    <message>
        <source>That finding is not accepted.</source>
        <translation>Ce constat n&apos;est pas accepté.</translation>
    </message>
    <message>
        <source>The DDoS plan could not be read: %1</source>
        <translation>Le plan DDoS n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every call in the call tree needs a task, e.g. “Call the host&apos;s emergency line”.</source>
        <translation>Chaque appel de la chaîne d&apos;appels doit avoir une tâche, par exemple «&#xa0;Appeler la ligne d&apos;urgence de l&apos;hébergeur&#xa0;».</translation>
    </message>
    <message>
        <source>That team member is no longer in the plan.</source>
        <translation>Ce membre de l&apos;équipe ne figure plus dans le plan.</translation>
    </message>
    <message>
        <source>Give each prepared step a name.</source>
        <translation>Donnez un nom à chaque étape préparée.</translation>
    </message>
    <message>
        <source>The standard steps come with the plan and cannot be added again.</source>
        <translation>Les étapes standard font partie du plan et ne peuvent pas être ajoutées une seconde fois.</translation>
    </message>
    <message>
        <source>“%1” is one of the standard steps and cannot be removed. Leave it unticked, with a note why.</source>
        <translation>«&#xa0;%1&#xa0;» fait partie des étapes standard et ne peut pas être retirée. Laissez-la non cochée, avec une note expliquant pourquoi.</translation>
    </message>
    <message>
        <source>The recovery items could not be read: %1</source>
        <translation>Les éléments de secours n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>That recovery item is no longer in the plan.</source>
        <translation>Cet élément de secours ne figure plus dans le plan.</translation>
    </message>
    <message>
        <source>“%1” is on every plan&apos;s list and cannot be removed. Clear its fields, or note in it why the shop does without.</source>
        <translation>«&#xa0;%1&#xa0;» figure dans la liste de tous les plans et ne peut pas être retiré. Videz ses champs, ou indiquez-y pourquoi la boutique s&apos;en passe.</translation>
    </message>
    <message>
        <source>A verification needs the time it was made.</source>
        <translation>Une vérification doit indiquer le moment où elle a été faite.</translation>
    </message>
    <message>
        <source>The verifications could not be read: %1</source>
        <translation>Les vérifications n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>The newest backup may be between %1 and %2 hours old; %3 is outside that.</source>
        <translation>La sauvegarde la plus récente peut avoir entre %1 et %2 heures&#xa0;; %3 est en dehors de cette plage.</translation>
    </message>
    <message>
        <source>Recovery items can be checked again every %1 to %2 days; %3 is outside that.</source>
        <translation>Les éléments de secours peuvent être revérifiés tous les %1 à %2 jours&#xa0;; %3 est en dehors de cette plage.</translation>
    </message>
    <message>
        <source>The history of the readiness score could not be read: %1</source>
        <translation>L&apos;historique du score de préparation n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>A readiness score lies between 0 and 100.</source>
        <translation>Un score de préparation est compris entre 0 et 100.</translation>
    </message>
    <message>
        <source>The readiness score could not be kept in the plan: %1</source>
        <translation>Le score de préparation n&apos;a pas pu être conservé dans le plan&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PlanArea</name>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Chiffrement (TLS)</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Prestataires</translation>
    </message>
    <message>
        <source>Accounts &amp; access</source>
        <translation>Comptes et accès</translation>
    </message>
    <message>
        <source>DDoS readiness</source>
        <translation>Préparation aux attaques DDoS</translation>
    </message>
    <message>
        <source>Contingency binder</source>
        <translation>Classeur d&apos;urgence</translation>
    </message>
    <message>
        <source>Shop &amp; team</source>
        <translation>Boutique et équipe</translation>
    </message>
</context>
<context>
    <name>PlanBackups</name>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The copy &quot;%1&quot; could not be written: %2</source>
        <translation>La copie «&#xa0;%1&#xa0;» n&apos;a pas pu être enregistrée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <source>Renew the certificate of %1: it has run out</source>
        <translation>Renouveler le certificat de %1&#xa0;: il a expiré</translation>
    </message>
    <message>
        <source>Renew the certificate of %1</source>
        <translation>Renouveler le certificat de %1</translation>
    </message>
    <message>
        <source>The certificate %1 serves ran out on %2. Visitors see a warning instead of the shop. Ask your host or developer to renew it today.</source>
        <translation>Le certificat servi par %1 a expiré le %2. Les visiteurs voient un avertissement au lieu de la boutique. Demandez à votre hébergeur ou à votre développeur de le renouveler aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The certificate %1 serves runs out on %2. Renew it before then, or visitors will see a warning instead of the shop. If it renews by itself, check that it did.</source>
        <translation>Le certificat servi par %1 expire le %2. Renouvelez-le d&apos;ici là, sinon les visiteurs verront un avertissement au lieu de la boutique. S&apos;il se renouvelle automatiquement, vérifiez que c&apos;est bien le cas.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Renew the certificate kept in “%1”</source>
        <translation>Renouveler le certificat conservé dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The certificate kept as a recovery item runs out on %1. Renew it and keep the new certificate, its key and signing request in the same place.</source>
        <translation>Le certificat conservé comme élément de secours expire le %1. Renouvelez-le et conservez le nouveau certificat, sa clé et sa demande de signature au même endroit.</translation>
    </message>
    <message numerus="yes">
        <source>Ask %1 again: %n answer(s) due</source>
        <translation>
            <numerusform>Redemander à %1&#xa0;: %n réponse à renouveler</numerusform>
            <numerusform>Redemander à %1&#xa0;: %n réponses à renouveler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the answers %1 gave are due to be asked again by %2. Send them the questions again, so that what is on file is still true.</source>
        <translation>
            <numerusform>%n des réponses données par %1 doit être redemandée d&apos;ici le %2. Renvoyez-lui les questions, pour que les informations enregistrées restent exactes.</numerusform>
            <numerusform>%n des réponses données par %1 doivent être redemandées d&apos;ici le %2. Renvoyez-lui les questions, pour que les informations enregistrées restent exactes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Prestataires</translation>
    </message>
    <message>
        <source>Review who can get into the shop</source>
        <translation>Passer en revue qui peut entrer dans la boutique</translation>
    </message>
    <message>
        <source>The accounts were last reviewed on %1. Go through them again: remove leavers, check that each person&apos;s access still fits their work.</source>
        <translation>Les comptes ont été passés en revue pour la dernière fois le %1. Passez-les de nouveau en revue&#xa0;: retirez les personnes parties, vérifiez que les accès de chacun correspondent toujours à son travail.</translation>
    </message>
    <message>
        <source>The accounts have never been reviewed. Go through them: remove leavers, check that each person&apos;s access fits their work.</source>
        <translation>Les comptes n&apos;ont jamais été passés en revue. Passez-les en revue&#xa0;: retirez les personnes parties, vérifiez que les accès de chacun correspondent à son travail.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Change the root password</source>
        <translation>Changer le mot de passe root</translation>
    </message>
    <message>
        <source>The password of “%1” was stored on %2. Change it, put the new one in the keychain, and tell whoever holds it.</source>
        <translation>Le mot de passe de «&#xa0;%1&#xa0;» a été enregistré le %2. Changez-le, placez le nouveau dans le trousseau, et prévenez la personne qui le détient.</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Mots de passe</translation>
    </message>
    <message>
        <source>Check the backups</source>
        <translation>Vérifier les sauvegardes</translation>
    </message>
    <message>
        <source>“%1” was last checked on %2. Check again that a backup under a day old and an older one are there and open.</source>
        <translation>«&#xa0;%1&#xa0;» a été vérifié pour la dernière fois le %2. Vérifiez de nouveau qu&apos;une sauvegarde de moins d&apos;un jour et une sauvegarde plus ancienne sont présentes et s&apos;ouvrent.</translation>
    </message>
    <message>
        <source>“%1” has never been checked. Check that a backup under a day old and an older one are there and open.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a jamais été vérifié. Vérifiez qu&apos;une sauvegarde de moins d&apos;un jour et une sauvegarde plus ancienne sont présentes et s&apos;ouvrent.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Practise what to do when the shop is attacked</source>
        <translation>S&apos;exercer à réagir quand la boutique est attaquée</translation>
    </message>
    <message>
        <source>The last drill was on %1. Walk through the DDoS plan again with everyone in the call tree: who calls whom, and what is switched on first.</source>
        <translation>Le dernier exercice a eu lieu le %1. Reprenez le plan DDoS avec toutes les personnes de la chaîne d&apos;appels&#xa0;: qui appelle qui, et ce qui est activé en premier.</translation>
    </message>
    <message>
        <source>The DDoS plan has never been practised. Walk through it with everyone in the call tree: who calls whom, and what is switched on first.</source>
        <translation>Le plan DDoS n&apos;a jamais fait l&apos;objet d&apos;un exercice. Parcourez-le avec toutes les personnes de la chaîne d&apos;appels&#xa0;: qui appelle qui, et ce qui est activé en premier.</translation>
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
        <translation>utilisation&#xa0;: storefort-cli plan new|show ...</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>Boutique&#xa0;:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>Sites&#xa0;:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Plan owner:</source>
        <translation>Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(pas encore choisi)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Plan id:</source>
        <translation>ID du plan&#xa0;:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), intact</source>
        <translation>
            <numerusform>%n modification, intact</numerusform>
            <numerusform>%n modifications, intact</numerusform>
        </translation>
    </message>
    <message>
        <source>Team (%1):</source>
        <translation>Équipe (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(personne pour l&apos;instant)</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>a quitté l&apos;équipe le %1</translation>
    </message>
    <message>
        <source>The shop&apos;s name.</source>
        <translation>Le nom de la boutique.</translation>
    </message>
    <message>
        <source>A web address of the shop (repeatable).</source>
        <translation>Une adresse web de la boutique (peut être répétée).</translation>
    </message>
    <message>
        <source>The shop platform.</source>
        <translation>La plateforme de la boutique.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli plan new PATH --shop NAME [--url URL]... [--platform KEY]
Platforms: %1</source>
        <translation>Utilisation&#xa0;: storefort-cli plan new PATH --shop NAME [--url URL]... [--platform KEY]
Plateformes&#xa0;: %1</translation>
    </message>
    <message>
        <source>give the shop&apos;s name with --shop NAME.</source>
        <translation>indiquez le nom de la boutique avec --shop NAME.</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;. Choose one of: %2</source>
        <translation>plateforme inconnue «&#xa0;%1&#xa0;». Choisissez parmi&#xa0;: %2</translation>
    </message>
    <message>
        <source>Created the plan for %1 in %2</source>
        <translation>Plan de %1 créé dans %2</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli plan show PATH [--json]</source>
        <translation>Utilisation&#xa0;: storefort-cli plan show PATH [--json]</translation>
    </message>
</context>
<context>
    <name>PlanExports</name>
    <message>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>%1 contingency binder %2</source>
        <translation>Classeur d&apos;urgence %1 %2</translation>
    </message>
    <message>
        <source>%1 security plan %2</source>
        <translation>Plan de sécurité %1 %2</translation>
    </message>
    <message>
        <source>Save the Review Dates as a Calendar</source>
        <translation>Enregistrer les dates de revue dans un calendrier</translation>
    </message>
    <message>
        <source>%1 review dates</source>
        <translation>Dates de revue %1</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
        <source>%1 security reviews</source>
        <translation>Revues de sécurité %1</translation>
    </message>
    <message>
        <source>Calendar Not Saved</source>
        <translation>Calendrier non enregistré</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>&quot;%1&quot; already exists. Choose another name for the new plan.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom pour le nouveau plan.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The plan cannot be created in &quot;%1&quot;: %2</source>
        <translation>Le plan ne peut pas être créé dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The plan could not be created: %1</source>
        <translation>Le plan n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>This plan is already open in another Storefort window (process %1 on %2), so it was opened read-only here. Close it there to make changes.</source>
        <translation>Ce plan est déjà ouvert dans une autre fenêtre de Storefort (processus %1 sur %2)&#xa0;; il a donc été ouvert ici en lecture seule. Fermez-le là-bas pour pouvoir le modifier.</translation>
    </message>
    <message>
        <source>This plan is already open in another Storefort window, so it was opened read-only here. Close it there to make changes.</source>
        <translation>Ce plan est déjà ouvert dans une autre fenêtre de Storefort&#xa0;; il a donc été ouvert ici en lecture seule. Fermez-le là-bas pour pouvoir le modifier.</translation>
    </message>
    <message>
        <source>Storefort cannot write in the plan&apos;s folder, so the plan was opened read-only.</source>
        <translation>Storefort ne peut pas écrire dans le dossier du plan&#xa0;; le plan a donc été ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The plan file is write-protected, so it was opened read-only.</source>
        <translation>Le fichier du plan est protégé en écriture&#xa0;; il a donc été ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Storefort keeps a copy of the plan before opening it, and could not: %1 The plan was not opened, to keep it safe.</source>
        <translation>Storefort fait une copie du plan avant de l&apos;ouvrir, et n&apos;a pas pu la faire&#xa0;: %1 Le plan n&apos;a pas été ouvert, pour le protéger.</translation>
    </message>
    <message>
        <source>The plan could not be opened: %1</source>
        <translation>Le plan n&apos;a pas pu être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>This plan was saved by an older version of Storefort and must be updated before it can be read, which cannot happen while it is read-only.</source>
        <translation>Ce plan a été enregistré par une version plus ancienne de Storefort et doit être mis à jour avant de pouvoir être lu, ce qui est impossible tant qu&apos;il est en lecture seule.</translation>
    </message>
    <message>
        <source>Choose another file than the open plan for the copy.</source>
        <translation>Pour la copie, choisissez un autre fichier que le plan ouvert.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>La copie n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The copy could not be written to &quot;%1&quot;.</source>
        <translation>La copie n&apos;a pas pu être enregistrée dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; does not exist (it may have been moved or deleted).</source>
        <translation>Le plan «&#xa0;%1&#xa0;» n&apos;existe pas (il a peut-être été déplacé ou supprimé).</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; cannot be read: %2</source>
        <translation>Le plan «&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Storefort plan. Nothing was changed in it.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un plan Storefort. Rien n&apos;y a été modifié.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database, but not a Storefort plan. Nothing was changed in it.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données, mais pas un plan Storefort. Rien n&apos;y a été modifié.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was interrupted while saving and could not be recovered: %2</source>
        <translation>L&apos;enregistrement de «&#xa0;%1&#xa0;» a été interrompu et le fichier n&apos;a pas pu être récupéré&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened: %2. Nothing was changed in it.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être ouvert&#xa0;: %2. Rien n&apos;y a été modifié.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (%2) and was not opened. Nothing was changed in it. Earlier copies of your plans are kept in Storefort&apos;s copies folder.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé (%2) et n&apos;a pas été ouvert. Rien n&apos;y a été modifié. Des copies antérieures de vos plans sont conservées dans le dossier des copies de Storefort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by a newer version of Storefort (plan format %2; this version reads up to format %3). Update Storefort to open it. Nothing was changed in it.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré par une version plus récente de Storefort (format de plan %2&#xa0;; cette version lit jusqu&apos;au format %3). Mettez Storefort à jour pour l&apos;ouvrir. Rien n&apos;y a été modifié.</translation>
    </message>
    <message>
        <source>it has no plan id</source>
        <translation>il n&apos;a pas d&apos;identifiant de plan</translation>
    </message>
</context>
<context>
    <name>PlanLock</name>
    <message>
        <source>the lock file keeps changing</source>
        <translation>le fichier de verrouillage change sans cesse</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENTIEL</translation>
    </message>
    <message>
        <source>Security plan report</source>
        <translation>Rapport du plan de sécurité</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>État au %1</translation>
    </message>
    <message>
        <source>Readiness score</source>
        <translation>Score de préparation</translation>
    </message>
    <message>
        <source>No open findings.</source>
        <translation>Aucun constat ouvert.</translation>
    </message>
    <message numerus="yes">
        <source>%n open finding(s).</source>
        <translation>
            <numerusform>%n constat ouvert.</numerusform>
            <numerusform>%n constats ouverts.</numerusform>
        </translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>pas encore choisi</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Adresses web</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucune enregistrée</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Owner of the plan</source>
        <translation>Responsable du plan</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Rapport établi le</translation>
    </message>
    <message>
        <source>This report is the complete record of the shop&apos;s security plan on the day it was made, as Storefort keeps it: each step, every finding, what is due, and the history of changes. It names people and how to reach them: share it only with those who need it. It holds no passwords: they stay in the keychain.</source>
        <translation>Ce rapport est l&apos;état complet du plan de sécurité de la boutique le jour où il a été établi, tel que Storefort le conserve&#xa0;: chaque étape, chaque constat, ce qui arrive à échéance, et l&apos;historique des modifications. Il nomme des personnes et indique comment les joindre&#xa0;: ne le communiquez qu&apos;à ceux qui en ont besoin. Il ne contient aucun mot de passe&#xa0;: ils restent dans le trousseau.</translation>
    </message>
    <message>
        <source>%1 — security plan report</source>
        <translation>%1 — rapport du plan de sécurité</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Where the shop stands</source>
        <translation>Où en est la boutique</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Tous les constats</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Ce qui arrive à échéance</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historique des modifications</translation>
    </message>
</context>
<context>
    <name>PlanReportSections</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The probe could not read the site&apos;s page.</source>
        <translation>Le test n&apos;a pas pu lire la page du site.</translation>
    </message>
    <message>
        <source>The probe could not read the site&apos;s page: %1</source>
        <translation>Le test n&apos;a pas pu lire la page du site&#xa0;: %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>À quoi il sert</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Constaté</translation>
    </message>
    <message numerus="yes">
        <source>kept %n day(s)</source>
        <translation>
            <numerusform>conservé %n jour</numerusform>
            <numerusform>conservé %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>with subdomains</source>
        <translation>sous-domaines compris</translation>
    </message>
    <message>
        <source>preload</source>
        <translation>preload</translation>
    </message>
    <message>
        <source>Strict-Transport-Security (HSTS)</source>
        <translation>Strict-Transport-Security (HSTS)</translation>
    </message>
    <message>
        <source>Browsers use only the encrypted connection, even when a link says http.</source>
        <translation>Les navigateurs n&apos;utilisent que la connexion chiffrée, même quand un lien indique http.</translation>
    </message>
    <message>
        <source>Redirect from http to https</source>
        <translation>Redirection de http vers https</translation>
    </message>
    <message>
        <source>Visitors who type the address alone land on the encrypted site.</source>
        <translation>Les visiteurs qui tapent seulement l&apos;adresse arrivent sur le site chiffré.</translation>
    </message>
    <message>
        <source>Content-Security-Policy</source>
        <translation>Content-Security-Policy</translation>
    </message>
    <message>
        <source>Limits where the page may load scripts from, against injected code.</source>
        <translation>Limite les sources d&apos;où la page peut charger des scripts, contre l&apos;injection de code.</translation>
    </message>
    <message>
        <source>sent, with frame-ancestors</source>
        <translation>envoyé, avec frame-ancestors</translation>
    </message>
    <message>
        <source>X-Frame-Options</source>
        <translation>X-Frame-Options</translation>
    </message>
    <message>
        <source>Stops other sites from showing the shop inside their own page.</source>
        <translation>Empêche d&apos;autres sites d&apos;afficher la boutique à l&apos;intérieur de leur propre page.</translation>
    </message>
    <message>
        <source>X-Content-Type-Options</source>
        <translation>X-Content-Type-Options</translation>
    </message>
    <message>
        <source>Stops browsers from guessing what a file is.</source>
        <translation>Empêche les navigateurs de deviner le type d&apos;un fichier.</translation>
    </message>
    <message>
        <source>Referrer-Policy</source>
        <translation>Referrer-Policy</translation>
    </message>
    <message>
        <source>Keeps the shop&apos;s addresses from leaking to other sites.</source>
        <translation>Empêche les adresses de la boutique de fuiter vers d&apos;autres sites.</translation>
    </message>
    <message>
        <source>Permissions-Policy</source>
        <translation>Permissions-Policy</translation>
    </message>
    <message>
        <source>Turns off the camera, microphone and the like for the page.</source>
        <translation>Désactive la caméra, le micro, etc. pour la page.</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Marked Secure and HttpOnly, they travel only encrypted and stay out of scripts&apos; reach.</source>
        <translation>Marqués Secure et HttpOnly, ils ne circulent que chiffrés et restent hors de portée des scripts.</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s)</source>
        <translation>
            <numerusform>%n cookie</numerusform>
            <numerusform>%n cookies</numerusform>
        </translation>
    </message>
    <message>
        <source>all protected</source>
        <translation>tous protégés</translation>
    </message>
    <message numerus="yes">
        <source>%n without both flags</source>
        <translation>
            <numerusform>%n sans les deux attributs</numerusform>
            <numerusform>%n sans les deux attributs</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>The probe found nothing to fix.</source>
        <translation>Le test n&apos;a rien trouvé à corriger.</translation>
    </message>
    <message>
        <source>Readiness score: %1 of 100.</source>
        <translation>Score de préparation&#xa0;: %1 sur 100.</translation>
    </message>
    <message>
        <source>Each step gives its part: how much of it is filled in, held down by its open findings. Findings the owner accepted as risks do not hold it down; they are listed apart.</source>
        <translation>Chaque étape apporte sa part&#xa0;: selon la mesure dans laquelle elle est remplie, diminuée par ses constats ouverts. Les constats que le responsable du plan a acceptés comme risques ne la font pas baisser&#xa0;; ils sont listés à part.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>What counts</source>
        <translation>Ce qui compte</translation>
    </message>
    <message>
        <source>What holds it down</source>
        <translation>Ce qui le fait baisser</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>filled in: %1 %</source>
        <translation>rempli&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>En bref</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Constats ouverts</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Risks accepted</source>
        <translation>Risques acceptés</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>À faire dans les 30 prochains jours</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>pas encore choisi</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Boutique</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Adresses web</translation>
    </message>
    <message>
        <source>none recorded yet</source>
        <translation>aucune enregistrée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Owner of the plan</source>
        <translation>Responsable du plan</translation>
    </message>
    <message>
        <source>People and roles</source>
        <translation>Personnes et rôles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Works as</source>
        <translation>Intervient comme</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Comment les joindre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>owner of the plan</source>
        <translation>responsable du plan</translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation>A quitté l&apos;équipe le %1</translation>
    </message>
    <message>
        <source>No team members are in the plan yet.</source>
        <translation>Aucun membre de l&apos;équipe n&apos;est encore dans le plan.</translation>
    </message>
    <message>
        <source>The site&apos;s encryption has not been probed yet: probe it in the Encryption step, and its grade, certificate and findings will be here.</source>
        <translation>Le chiffrement du site n&apos;a pas encore été testé&#xa0;: testez-le à l&apos;étape Chiffrement (TLS), et sa note, son certificat et ses constats figureront ici.</translation>
    </message>
    <message>
        <source>None seen</source>
        <translation>Aucun détecté</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>émis par %1</translation>
    </message>
    <message>
        <source>trusted by browsers</source>
        <translation>reconnu par les navigateurs</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>non reconnu</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Probed</source>
        <translation>Testé le</translation>
    </message>
    <message>
        <source>Security headers</source>
        <translation>En-têtes de sécurité</translation>
    </message>
    <message>
        <source>What the probe found</source>
        <translation>Ce que le test a trouvé</translation>
    </message>
    <message>
        <source>What the probe could not learn:</source>
        <translation>Ce que le test n&apos;a pas pu savoir&#xa0;:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <source>around the clock</source>
        <translation>jour et nuit</translation>
    </message>
    <message>
        <source>%1, runs out %2</source>
        <translation>%1, expire le %2</translation>
    </message>
    <message>
        <source>What they run</source>
        <translation>Services gérés</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>When support does not help</source>
        <translation>Si le support ne résout pas le problème</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>user name %1</source>
        <translation>nom d&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>the password is not kept in Storefort</source>
        <translation>le mot de passe n&apos;est pas conservé dans Storefort</translation>
    </message>
    <message>
        <source>the password is kept in the keychain</source>
        <translation>le mot de passe est conservé dans le trousseau</translation>
    </message>
    <message>
        <source>Portal login</source>
        <translation>Connexion à l&apos;espace client</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n question(s) answered</source>
        <translation>
            <numerusform>%1 sur %n question avec réponse</numerusform>
            <numerusform>%1 sur %n questions avec réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to ask (again).</source>
        <translation>
            <numerusform>%n à (re)demander.</numerusform>
            <numerusform>%n à (re)demander.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donnée le</translation>
    </message>
    <message>
        <source>Due again</source>
        <translation>À redemander le</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>pièce justificative&#xa0;: %1</translation>
    </message>
    <message>
        <source>now: ask again</source>
        <translation>maintenant&#xa0;: à redemander</translation>
    </message>
    <message>
        <source>now: the question changed</source>
        <translation>maintenant&#xa0;: la question a changé</translation>
    </message>
    <message>
        <source>No answers on file yet.</source>
        <translation>Aucune réponse enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Two-step login required</source>
        <translation>Connexion en deux étapes obligatoire</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Règles de mot de passe</translation>
    </message>
    <message>
        <source>run by %1</source>
        <translation>géré par %1</translation>
    </message>
    <message>
        <source>read on %1</source>
        <translation>consulté le %1</translation>
    </message>
    <message>
        <source>never read</source>
        <translation>jamais consulté</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>au moins %n caractère</numerusform>
            <numerusform>au moins %n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>locks after %n failed try(s)</source>
        <translation>
            <numerusform>blocage après %n tentative échouée</numerusform>
            <numerusform>blocage après %n tentatives échouées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n actif</numerusform>
            <numerusform>%n actifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admin(s)</source>
        <translation>
            <numerusform>%n administrateur</numerusform>
            <numerusform>%n administrateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucune enregistrée</translation>
    </message>
    <message>
        <source>No systems are in the plan yet.</source>
        <translation>Aucun système n&apos;est encore dans le plan.</translation>
    </message>
    <message>
        <source>Last access review: %1.</source>
        <translation>Dernière revue des accès&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The access has never been reviewed.</source>
        <translation>Les accès n&apos;ont jamais été passés en revue.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>People who reach it</source>
        <translation>Personnes qui y ont accès</translation>
    </message>
    <message>
        <source>More than their work needs</source>
        <translation>Plus que ce dont leur travail a besoin</translation>
    </message>
    <message numerus="yes">
        <source>%n active account(s) belong to nobody named in the team.</source>
        <translation>
            <numerusform>%n compte actif n&apos;appartient à aucune personne nommée dans l&apos;équipe.</numerusform>
            <numerusform>%n comptes actifs n&apos;appartiennent à aucune personne nommée dans l&apos;équipe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Date de départ</translation>
    </message>
    <message>
        <source>Accounts closed</source>
        <translation>Comptes fermés</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Encore ouverts</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Nobody has left the team.</source>
        <translation>Personne n&apos;a quitté l&apos;équipe.</translation>
    </message>
    <message>
        <source>Developer or agency</source>
        <translation>Développeur ou agence</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Rédigée le</translation>
    </message>
    <message>
        <source>Accounts asked about</source>
        <translation>Comptes concernés</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message numerus="yes">
        <source>%n to keep</source>
        <translation>
            <numerusform>%n à conserver</numerusform>
            <numerusform>%n à conserver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to remove</source>
        <translation>
            <numerusform>%n à supprimer</numerusform>
            <numerusform>%n à supprimer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not answered</source>
        <translation>
            <numerusform>%n sans réponse</numerusform>
            <numerusform>%n sans réponse</numerusform>
        </translation>
    </message>
    <message>
        <source>No confirmation letters have been written.</source>
        <translation>Aucune lettre de confirmation n&apos;a été rédigée.</translation>
    </message>
    <message>
        <source>No providers are in the plan yet.</source>
        <translation>Aucun prestataire n&apos;est encore dans le plan.</translation>
    </message>
    <message numerus="yes">
        <source>Each provider with what the plan knows of them, the answers on file and the questions still open. Answers are asked again after %n month(s).</source>
        <translation>
            <numerusform>Chaque prestataire, avec ce que le plan sait de lui, les réponses enregistrées et les questions encore en suspens. Les réponses sont redemandées au bout de %n mois.</numerusform>
            <numerusform>Chaque prestataire, avec ce que le plan sait de lui, les réponses enregistrées et les questions encore en suspens. Les réponses sont redemandées au bout de %n mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>No accounts are on file yet: import them from the shop admin, the hosting panel or the e-mail service, or enter them by hand.</source>
        <translation>Aucun compte n&apos;est encore enregistré&#xa0;: importez-les depuis l&apos;administration de la boutique, le panneau d&apos;hébergement ou le service de messagerie, ou saisissez-les à la main.</translation>
    </message>
    <message>
        <source>Who can reach what</source>
        <translation>Qui peut accéder à quoi</translation>
    </message>
    <message>
        <source>Leavers</source>
        <translation>Personnes parties</translation>
    </message>
    <message>
        <source>Confirmation letters</source>
        <translation>Lettres de confirmation</translation>
    </message>
    <message>
        <source>Why it matters, what was seen, what to do</source>
        <translation>Pourquoi c&apos;est important, ce qui a été constaté, que faire</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Seen:</source>
        <translation>Constaté&#xa0;:</translation>
    </message>
    <message>
        <source>To do:</source>
        <translation>À faire&#xa0;:</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Le plan</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Chiffrement (TLS)</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Prestataires</translation>
    </message>
    <message>
        <source>DDoS readiness</source>
        <translation>Préparation aux attaques DDoS</translation>
    </message>
    <message>
        <source>Recovery items</source>
        <translation>Éléments de secours</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in all</source>
        <translation>
            <numerusform>%n constat au total</numerusform>
            <numerusform>%n constats au total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n ouvert</numerusform>
            <numerusform>%n ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted as a risk</source>
        <translation>
            <numerusform>%n accepté comme risque</numerusform>
            <numerusform>%n acceptés comme risque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s).</source>
        <translation>
            <numerusform>%n note.</numerusform>
            <numerusform>%n notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open findings on the day of this report.</source>
        <translation>Aucun constat ouvert à la date de ce rapport.</translation>
    </message>
    <message>
        <source>No risks have been accepted.</source>
        <translation>Aucun risque n&apos;a été accepté.</translation>
    </message>
    <message>
        <source>Why it is accepted</source>
        <translation>Pourquoi il est accepté</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepté par</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>jusqu&apos;à son retrait</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Aucune note.</translation>
    </message>
    <message>
        <source>Nothing is due: the plan holds no date that calls for action yet.</source>
        <translation>Rien n&apos;est à faire pour l&apos;instant&#xa0;: le plan ne contient encore aucune date qui demande une action.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>never done so far</source>
        <translation>jamais fait jusqu&apos;ici</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) on file</source>
        <translation>
            <numerusform>%n date enregistrée</numerusform>
            <numerusform>%n dates enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them overdue.</source>
        <translation>
            <numerusform>Dont %n en retard.</numerusform>
            <numerusform>Dont %n en retard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history of changes was checked when this report was made: all %n entry(s) are intact; none was changed, removed or reordered.</source>
        <translation>
            <numerusform>L&apos;historique des modifications a été vérifié lors de la création de ce rapport&#xa0;: %n entrée, intacte&#xa0;; rien n&apos;a été modifié, supprimé ni déplacé.</numerusform>
            <numerusform>L&apos;historique des modifications a été vérifié lors de la création de ce rapport&#xa0;: les %n entrées sont intactes&#xa0;; aucune n&apos;a été modifiée, supprimée ni déplacée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history of changes does not verify: it was altered outside Storefort.</source>
        <translation>L&apos;historique des modifications ne passe pas la vérification&#xa0;: il a été modifié en dehors de Storefort.</translation>
    </message>
    <message>
        <source>The last 90 days</source>
        <translation>Les 90 derniers jours</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Since %1, %n change(s) were recorded.</source>
        <translation>
            <numerusform>Depuis le %1, %n modification a été enregistrée.</numerusform>
            <numerusform>Depuis le %1, %n modifications ont été enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Auteur</translation>
    </message>
</context>
<context>
    <name>PlanSchema</name>
    <message>
        <source>The plan could not be brought up to date (step %1): %2</source>
        <translation>Le plan n&apos;a pas pu être mis à jour (étape %1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Steps of the plan</source>
        <translation>Étapes du plan</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <comment>step state · completion</comment>
        <translation>%1 · %2&#xa0;%</translation>
    </message>
    <message>
        <source>Score %1 of 100</source>
        <translation>Score&#xa0;: %1 sur 100</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>step: state</comment>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>le test a été effectué, mais n&apos;a pas pu être conservé dans le plan&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 lists no sites.</source>
        <translation>%1 ne contient aucun site.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>Probe the IPv4 address only.</source>
        <translation>Tester uniquement l&apos;adresse IPv4.</translation>
    </message>
    <message>
        <source>Probe the IPv6 address only.</source>
        <translation>Tester uniquement l&apos;adresse IPv6.</translation>
    </message>
    <message>
        <source>Probe every address of the name.</source>
        <translation>Tester toutes les adresses du nom.</translation>
    </message>
    <message>
        <source>Seconds to wait for a connection or an answer.</source>
        <translation>Secondes d&apos;attente pour une connexion ou une réponse.</translation>
    </message>
    <message>
        <source>Seconds the whole probe may take.</source>
        <translation>Durée maximale du test entier, en secondes.</translation>
    </message>
    <message>
        <source>Connections at once to one server.</source>
        <translation>Connexions simultanées vers un même serveur.</translation>
    </message>
    <message>
        <source>Keep the result in this plan.</source>
        <translation>Conserver le résultat dans ce plan.</translation>
    </message>
    <message>
        <source>Probe every site listed in FILE.</source>
        <translation>Tester chaque site listé dans FILE.</translation>
    </message>
    <message>
        <source>Sites probed at once with --hosts.</source>
        <translation>Sites testés simultanément avec --hosts.</translation>
    </message>
    <message>
        <source>Also trust the certificates in this PEM file.</source>
        <translation>Faire aussi confiance aux certificats de ce fichier PEM.</translation>
    </message>
    <message>
        <source>Port of plain HTTP, checked for a redirect (0: skip).</source>
        <translation>Port du HTTP simple, vérifié pour la redirection (0&#xa0;: ignorer).</translation>
    </message>
    <message>
        <source>Probe this IP address under the site&apos;s name (a new server).</source>
        <translation>Tester cette adresse IP sous le nom du site (un nouveau serveur).</translation>
    </message>
    <message>
        <source>Usage: storefort-cli probe HOST[:PORT] [--json] [--ipv4|--ipv6|--all-addresses] [--timeout S]
                           [--budget S] [--parallel N] [--plan PLAN] [--ca-file PEM] [--http-port PORT]
                           [--connect-to IP]
       storefort-cli probe --hosts FILE [--jobs N] [options]   one JSON line per site
Exit codes: 0 the probe ran, 1 it could not (the message says why), 2 wrong usage.</source>
        <translation>Utilisation&#xa0;: storefort-cli probe HOST[:PORT] [--json] [--ipv4|--ipv6|--all-addresses] [--timeout S]
                                  [--budget S] [--parallel N] [--plan PLAN] [--ca-file PEM] [--http-port PORT]
                                  [--connect-to IP]
              storefort-cli probe --hosts FILE [--jobs N] [options]   une ligne JSON par site
Codes de sortie&#xa0;: 0 le test a été effectué, 1 il n&apos;a pas pu l&apos;être (le message explique pourquoi), 2 mauvaise utilisation.</translation>
    </message>
    <message>
        <source>--timeout (1-600), --budget (1-3600), --parallel (1-16), --jobs (1-64) and --http-port (0-65535) take whole numbers.</source>
        <translation>--timeout (1-600), --budget (1-3600), --parallel (1-16), --jobs (1-64) et --http-port (0-65535) prennent des nombres entiers.</translation>
    </message>
    <message>
        <source>choose one of --ipv4, --ipv6 and --all-addresses.</source>
        <translation>choisissez une seule option parmi --ipv4, --ipv6 et --all-addresses.</translation>
    </message>
    <message>
        <source>--hosts takes no HOST, no --plan and no --connect-to.</source>
        <translation>--hosts ne prend ni HOST, ni --plan, ni --connect-to.</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>%1 port %2 (%3), probed in %4 s</source>
        <translation>%1 port %2 (%3), testé en %4 s</translation>
    </message>
    <message>
        <source>Grade: %1 (score %2)</source>
        <translation>Note&#xa0;: %1 (score %2)</translation>
    </message>
    <message>
        <source>%1 once the certificate is trusted</source>
        <translation>%1 une fois le certificat reconnu par les navigateurs</translation>
    </message>
    <message>
        <source>Grade: none (too little was learned)</source>
        <translation>Note&#xa0;: aucune (trop peu d&apos;informations recueillies)</translation>
    </message>
    <message>
        <source>Protocols: %1</source>
        <translation>Protocoles&#xa0;: %1</translation>
    </message>
    <message>
        <source>(server&apos;s order)</source>
        <translation>(ordre du serveur)</translation>
    </message>
    <message>
        <source>Key exchange: %1</source>
        <translation>Échange de clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>émis par %1</translation>
    </message>
    <message numerus="yes">
        <source>valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>valable jusqu&apos;au %1 (encore %n jour)</numerusform>
            <numerusform>valable jusqu&apos;au %1 (encore %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>trusted: %1 · name matches: %2 · key: %3 %4 bits · %5</source>
        <translation>de confiance&#xa0;: %1 · nom conforme&#xa0;: %2 · clé&#xa0;: %3 %4 bits · %5</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>HSTS: %1 · HTTP sends visitors to HTTPS: %2 · CDN: %3</source>
        <translation>HSTS&#xa0;: %1 · HTTP renvoie les visiteurs vers HTTPS&#xa0;: %2 · CDN&#xa0;: %3</translation>
    </message>
    <message>
        <source>none seen</source>
        <translation>aucun détecté</translation>
    </message>
    <message>
        <source>Mozilla intermediate: %1</source>
        <translation>Profil «&#xa0;intermediate&#xa0;» de Mozilla&#xa0;: %1</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>not compliant</source>
        <translation>non conforme</translation>
    </message>
    <message>
        <source>Findings (%1):</source>
        <translation>Constats (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>À faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kept in the plan. Nothing important changed since the last probe.</source>
        <translation>Conservé dans le plan. Rien d&apos;important n&apos;a changé depuis le dernier test.</translation>
    </message>
    <message>
        <source>Kept in the plan. Since the last probe:</source>
        <translation>Conservé dans le plan. Depuis le dernier test&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ProtocolEnumerator</name>
    <message>
        <source>Checking %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <source>Checking the %1 cipher suites</source>
        <translation>Vérification des suites de chiffrement %1</translation>
    </message>
    <message>
        <source>Checking the key exchange groups</source>
        <translation>Vérification des groupes d’échange de clés</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>Every provider needs a name.</source>
        <translation>Chaque prestataire doit avoir un nom.</translation>
    </message>
    <message>
        <source>The contract cannot end before it starts.</source>
        <translation>Le contrat ne peut pas se terminer avant de commencer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Write it like https://portal.example.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web. Écrivez-la comme https://espace-client.example.</translation>
    </message>
    <message>
        <source>Name the certification the provider holds.</source>
        <translation>Indiquez le nom de la certification que détient le prestataire.</translation>
    </message>
</context>
<context>
    <name>ProviderCommands</name>
    <message>
        <source>no answers yet</source>
        <translation>aucune réponse pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>oldest answer %n month(s) old</source>
        <translation>
            <numerusform>la plus ancienne réponse date de %n mois</numerusform>
            <numerusform>la plus ancienne réponse date de %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest answer %n day(s) old</source>
        <translation>
            <numerusform>la plus ancienne réponse date de %n jour</numerusform>
            <numerusform>la plus ancienne réponse date de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli providers list PLAN [--json]</source>
        <translation>Utilisation&#xa0;: storefort-cli providers list PLAN [--json]</translation>
    </message>
    <message>
        <source>No providers yet. Add one with: storefort-cli providers add PLAN --name NAME --kind KIND</source>
        <translation>Aucun prestataire pour l&apos;instant. Ajoutez-en un avec&#xa0;: storefort-cli providers add PLAN --name NAME --kind KIND</translation>
    </message>
    <message>
        <source>%1 of %2 answered, %3 outstanding</source>
        <translation>%1 sur %2 avec réponse, %3 en suspens</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certification; write it as KIND:YYYY-MM-DD with KIND one of: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une certification&#xa0;; écrivez-la sous la forme KIND:AAAA-MM-JJ, où KIND est l&apos;une des valeurs suivantes&#xa0;: %2</translation>
    </message>
    <message>
        <source>The provider&apos;s name.</source>
        <translation>Le nom du prestataire.</translation>
    </message>
    <message>
        <source>What they do for the shop.</source>
        <translation>Ce que le prestataire fait pour la boutique.</translation>
    </message>
    <message>
        <source>What they run for the shop.</source>
        <translation>Ce que le prestataire gère pour la boutique.</translation>
    </message>
    <message>
        <source>The support phone number.</source>
        <translation>Le numéro de téléphone du support.</translation>
    </message>
    <message>
        <source>The support email address.</source>
        <translation>L&apos;adresse e-mail du support.</translation>
    </message>
    <message>
        <source>The support portal&apos;s web address.</source>
        <translation>L&apos;adresse web de l&apos;espace client.</translation>
    </message>
    <message>
        <source>When support answers.</source>
        <translation>Les horaires du support.</translation>
    </message>
    <message>
        <source>Support answers day and night.</source>
        <translation>Le support répond jour et nuit.</translation>
    </message>
    <message>
        <source>The shop&apos;s account id with them.</source>
        <translation>Le numéro de compte de la boutique chez le prestataire.</translation>
    </message>
    <message>
        <source>Whom to call when support does not help.</source>
        <translation>Qui appeler si le support ne résout pas le problème.</translation>
    </message>
    <message>
        <source>When the contract started.</source>
        <translation>Date de début du contrat.</translation>
    </message>
    <message>
        <source>When the contract ends.</source>
        <translation>Date de fin du contrat.</translation>
    </message>
    <message>
        <source>A certification and its expiry (repeatable).</source>
        <translation>Une certification et sa date d&apos;expiration (peut être répétée).</translation>
    </message>
    <message>
        <source>Usage: storefort-cli providers add PLAN --name NAME --kind KIND [--services TEXT] [--phone PHONE]
       [--email EMAIL] [--portal URL] [--hours HOURS] [--24x7] [--account ID]
       [--escalation CONTACT] [--contract-start DATE] [--contract-end DATE] [--cert KIND:DATE]...
Kinds: %1
Certifications: %2</source>
        <translation>Utilisation&#xa0;: storefort-cli providers add PLAN --name NAME --kind KIND [--services TEXT] [--phone PHONE]
              [--email EMAIL] [--portal URL] [--hours HOURS] [--24x7] [--account ID]
              [--escalation CONTACT] [--contract-start DATE] [--contract-end DATE] [--cert KIND:DATE]...
Catégories&#xa0;: %1
Certifications&#xa0;: %2</translation>
    </message>
    <message>
        <source>give the provider&apos;s name with --name NAME.</source>
        <translation>indiquez le nom du prestataire avec --name NAME.</translation>
    </message>
    <message>
        <source>give what the provider does with --kind KIND: %1</source>
        <translation>indiquez ce que fait le prestataire avec --kind KIND&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;. Choose one of: %2</source>
        <translation>catégorie inconnue «&#xa0;%1&#xa0;». Choisissez parmi&#xa0;: %2</translation>
    </message>
    <message>
        <source>Usage: storefort-cli providers check PLAN [--json]</source>
        <translation>Utilisation&#xa0;: storefort-cli providers check PLAN [--json]</translation>
    </message>
    <message>
        <source>usage: storefort-cli providers list|add|show|check ...</source>
        <translation>utilisation&#xa0;: storefort-cli providers list|add|show|check ...</translation>
    </message>
</context>
<context>
    <name>ProviderDetail</name>
    <message>
        <source>Change how to reach this provider</source>
        <translation>Modifier les coordonnées de ce prestataire</translation>
    </message>
    <message>
        <source>About the provider</source>
        <translation>À propos du prestataire</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionnaire</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>&amp;Constats</translation>
    </message>
    <message>
        <source>F&amp;indings (%1)</source>
        <translation>&amp;Constats (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Answers 24 hours a day, 7 days a week</source>
        <translation>Joignable 24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>Hours not on file</source>
        <translation>Horaires non renseignés</translation>
    </message>
    <message>
        <source>Answers %1</source>
        <translation>Joignable %1</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>Support&#xa0;:</translation>
    </message>
    <message>
        <source>no phone or email on file yet</source>
        <translation>aucun téléphone ni e-mail enregistré pour l&apos;instant</translation>
    </message>
    <message>
        <source>Portal:</source>
        <translation>Espace client&#xa0;:</translation>
    </message>
    <message>
        <source>Your account number:</source>
        <translation>Votre numéro de compte&#xa0;:</translation>
    </message>
    <message>
        <source>Escalation:</source>
        <translation>Escalade&#xa0;:</translation>
    </message>
    <message>
        <source>Nobody on file: ask whom to call when support does not help</source>
        <translation>Personne n&apos;est enregistré&#xa0;: demandez qui appeler si le support ne résout pas le problème</translation>
    </message>
    <message>
        <source>What they run:</source>
        <translation>Services gérés&#xa0;:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Contrat&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Edit Deta&amp;ils…</source>
        <translation>Modifier les &amp;informations…</translation>
    </message>
    <message>
        <source>Sig&amp;n-in</source>
        <translation>Co&amp;nnexion</translation>
    </message>
    <message>
        <source>Ce&amp;rtifications</source>
        <translation>Ce&amp;rtifications</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Contract s&amp;tarted on</source>
        <translation>Contrat &amp;depuis le</translation>
    </message>
    <message>
        <source>Contract en&amp;ds on</source>
        <translation>Contrat jus&amp;qu&apos;au</translation>
    </message>
    <message>
        <source>Support answers &amp;24 hours a day, 7 days a week</source>
        <translation>Support joignable &amp;24 h/24, 7 j/7</translation>
    </message>
    <message>
        <source>Add a Provider</source>
        <translation>Ajouter un prestataire</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>A company or person the shop relies on: the web host, the shop platform, the payment provider, the developer. Write down how to reach them before you need them in a hurry.</source>
        <translation>Une entreprise ou une personne dont dépend la boutique&#xa0;: l&apos;hébergeur web, la plateforme de la boutique, le prestataire de paiement, le développeur. Notez comment la joindre avant d&apos;en avoir besoin en urgence.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>For example: Hostinga GmbH</source>
        <translation>Par exemple&#xa0;: Hostinga SAS</translation>
    </message>
    <message>
        <source>Kind of provider</source>
        <translation>Catégorie de prestataire</translation>
    </message>
    <message>
        <source>What they run for the shop</source>
        <translation>Ce que le prestataire gère pour la boutique</translation>
    </message>
    <message>
        <source>For example: the web server, the database and email</source>
        <translation>Par exemple&#xa0;: le serveur web, la base de données et la messagerie</translation>
    </message>
    <message>
        <source>Date the contract started</source>
        <translation>Date de début du contrat</translation>
    </message>
    <message>
        <source>Date the contract ends</source>
        <translation>Date de fin du contrat</translation>
    </message>
    <message>
        <source>Support phone</source>
        <translation>Téléphone du support</translation>
    </message>
    <message>
        <source>Support email</source>
        <translation>E-mail du support</translation>
    </message>
    <message>
        <source>support@provider.example</source>
        <translation>support@prestataire.example</translation>
    </message>
    <message>
        <source>Customer portal address</source>
        <translation>Adresse de l&apos;espace client</translation>
    </message>
    <message>
        <source>https://portal.provider.example</source>
        <translation>https://client.prestataire.example</translation>
    </message>
    <message>
        <source>Support hours</source>
        <translation>Horaires du support</translation>
    </message>
    <message>
        <source>For example: Mon–Fri 8:00–18:00</source>
        <translation>Par exemple&#xa0;: lun.–ven. 8h–18h</translation>
    </message>
    <message>
        <source>Your account or customer number with them</source>
        <translation>Votre numéro de compte ou de client chez ce prestataire</translation>
    </message>
    <message>
        <source>Escalation contact</source>
        <translation>Contact d&apos;escalade</translation>
    </message>
    <message>
        <source>Whom to call when support does not help: name, phone or email</source>
        <translation>Qui appeler si le support ne résout pas le problème&#xa0;: nom, téléphone ou e-mail</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What they run:</source>
        <translation>&amp;Services gérés&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ccount number:</source>
        <translation>N&amp;uméro de compte&#xa0;:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Contrat&#xa0;:</translation>
    </message>
    <message>
        <source>How to reach their support</source>
        <translation>Comment joindre le support</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horaires&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Po&amp;rtal:</source>
        <translation>Espace cl&amp;ient&#xa0;:</translation>
    </message>
    <message>
        <source>Esca&amp;lation:</source>
        <translation>Esca&amp;lade&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ProviderFindings</name>
    <message numerus="yes">
        <source>%1 has not answered %n %2 question(s)</source>
        <translation>
            <numerusform>%1 n&apos;a pas répondu à %n question de gravité %2</numerusform>
            <numerusform>%1 n&apos;a pas répondu à %n questions de gravité %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Until the provider answers, you do not know whether they protect the part of the shop they run. A question you never asked cannot warn you.</source>
        <translation>Tant que le prestataire n&apos;a pas répondu, vous ne savez pas s&apos;il protège la partie de la boutique qu&apos;il gère. Une question jamais posée ne peut pas vous alerter.</translation>
    </message>
    <message>
        <source>Send the provider the questionnaire (letter, email or fill-in file) and record their answers with the date and who gave them.</source>
        <translation>Envoyez le questionnaire au prestataire (lettre, e-mail ou fichier à remplir) et enregistrez ses réponses avec leur date et le nom de la personne qui les a données.</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not answer %n question(s)</source>
        <translation>
            <numerusform>%1 n&apos;a pas su répondre à %n question</numerusform>
            <numerusform>%1 n&apos;a pas su répondre à %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; from a provider usually means nobody there owns the question. That is worth knowing before something goes wrong.</source>
        <translation>La réponse «&#xa0;Ne sait pas&#xa0;» d&apos;un prestataire signifie en général que personne chez lui n&apos;est responsable de la question. Mieux vaut le savoir avant qu&apos;un problème survienne.</translation>
    </message>
    <message>
        <source>Ask for the person who can answer, or ask them to say when they will know.</source>
        <translation>Demandez à parler à la personne qui peut répondre, ou demandez au prestataire quand il aura la réponse.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) from %1 are due to be asked again</source>
        <translation>
            <numerusform>%n réponse de %1 est à redemander</numerusform>
            <numerusform>%n réponses de %1 sont à redemander</numerusform>
        </translation>
    </message>
    <message>
        <source>Providers change their services, staff and promises. An old answer may no longer be true, and a reworded question may ask for more than the old answer covered.</source>
        <translation>Les prestataires changent de services, de personnel et d&apos;engagements. Une ancienne réponse n&apos;est peut-être plus vraie, et une question reformulée peut demander plus que ce que couvrait l&apos;ancienne réponse.</translation>
    </message>
    <message numerus="yes">
        <source>Answers are due after %n month(s), or when the question changed.</source>
        <translation>
            <numerusform>Les réponses sont à redemander au bout de %n mois, ou quand la question a changé.</numerusform>
            <numerusform>Les réponses sont à redemander au bout de %n mois, ou quand la question a changé.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered &quot;%2&quot; (given by %3 on %4).</source>
        <translation>%1 a répondu «&#xa0;%2&#xa0;» (réponse donnée par %3 le %4).</translation>
    </message>
    <message>
        <source>What good looks like: %1 Ask %2 what it would take to get there, or plan how the shop makes up for it.</source>
        <translation>Ce qui est attendu&#xa0;: %1 Demandez à %2 ce qu&apos;il faudrait pour y parvenir, ou prévoyez comment la boutique peut compenser.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 ran out on %3</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» a expiré le %3</translation>
    </message>
    <message>
        <source>A certification is only evidence for the period it covers. Once it runs out, you have nothing on file that shows the provider still meets it.</source>
        <translation>Une certification ne fait foi que pour la période qu&apos;elle couvre. Une fois qu&apos;elle a expiré, vous n&apos;avez plus rien qui montre que le prestataire en respecte toujours les exigences.</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago.</source>
        <translation>
            <numerusform>A expiré il y a %n jour.</numerusform>
            <numerusform>A expiré il y a %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s %2 runs out on %3</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» expire le %3</translation>
    </message>
    <message>
        <source>Asking for the renewed document before the old one runs out keeps your records without a gap.</source>
        <translation>Demander le document renouvelé avant que l&apos;ancien n&apos;expire évite toute interruption dans vos justificatifs.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left.</source>
        <translation>
            <numerusform>Encore %n jour.</numerusform>
            <numerusform>Encore %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contract with %1 ended on %2</source>
        <translation>Le contrat avec %1 a pris fin le %2</translation>
    </message>
    <message>
        <source>A provider without a contract may stop supporting the shop at the worst moment, and may still hold its data and access.</source>
        <translation>Un prestataire sans contrat peut cesser de s&apos;occuper de la boutique au pire moment, tout en détenant encore ses données et ses accès.</translation>
    </message>
    <message>
        <source>Contract end recorded: %1.</source>
        <translation>Fin de contrat enregistrée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Renew the contract and record the new end date, or remove the provider&apos;s access and data and then the provider from the plan.</source>
        <translation>Renouvelez le contrat et enregistrez la nouvelle date de fin, ou retirez au prestataire ses accès et les données qu&apos;il détient, puis retirez-le du plan.</translation>
    </message>
    <message>
        <source>No way to reach %1 is on file</source>
        <translation>Aucun moyen de joindre %1 n&apos;est enregistré</translation>
    </message>
    <message>
        <source>When the shop is down or under attack, looking for a support number costs the time you do not have.</source>
        <translation>Quand la boutique est en panne ou attaquée, chercher un numéro de support vous fait perdre un temps que vous n&apos;avez pas.</translation>
    </message>
    <message>
        <source>No support phone, email, portal or escalation contact is recorded.</source>
        <translation>Aucun téléphone, e-mail ou espace client du support, ni aucun contact d&apos;escalade n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Add the provider&apos;s support line, email or portal, and whom to call when support does not help.</source>
        <translation>Ajoutez le téléphone, l&apos;e-mail ou l&apos;espace client du support du prestataire, et qui appeler si le support ne résout pas le problème.</translation>
    </message>
    <message>
        <source>%1 says the shop uses only %2, but the site accepts %3</source>
        <translation>%1 affirme que la boutique n&apos;utilise que %2, mais le site accepte %3</translation>
    </message>
    <message>
        <source>Old protocol versions have known weaknesses. The provider&apos;s answer and the live site disagree, so either the answer is wrong or a setting was missed.</source>
        <translation>Les anciennes versions de protocole ont des faiblesses connues. La réponse du prestataire et le site en ligne ne concordent pas&#xa0;: soit la réponse est fausse, soit un réglage a été oublié.</translation>
    </message>
    <message>
        <source>Answer given by %1 on %2. The probe of %3 saw %4 accepted.</source>
        <translation>Réponse donnée par %1 le %2. Le test de %3 a constaté que le site accepte&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Send the provider the probe&apos;s result and ask them to turn off the old versions; probe again once they say it is done.</source>
        <translation>Envoyez le résultat du test au prestataire et demandez-lui de désactiver les anciennes versions&#xa0;; testez à nouveau quand il vous confirme que c&apos;est fait.</translation>
    </message>
    <message>
        <source>%1 says the shop offers %2, but the site does not</source>
        <translation>%1 affirme que la boutique propose %2, mais ce n&apos;est pas le cas du site</translation>
    </message>
    <message>
        <source>The provider&apos;s answer and the live site disagree. Either the answer is wrong, or the setting is not in place for your shop.</source>
        <translation>La réponse du prestataire et le site en ligne ne concordent pas. Soit la réponse est fausse, soit le réglage n&apos;est pas en place pour votre boutique.</translation>
    </message>
    <message>
        <source>Answer given by %1 on %2. The probe of %3 saw no %4.</source>
        <translation>Réponse donnée par %1 le %2. Le test de %3 n&apos;a pas trouvé&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Ask the provider to check the setting for your shop and probe again.</source>
        <translation>Demandez au prestataire de vérifier le réglage pour votre boutique, puis testez à nouveau.</translation>
    </message>
    <message>
        <source>%1 says HSTS is on, but the site does not send it</source>
        <translation>%1 affirme que HSTS est activé, mais le site ne l&apos;envoie pas</translation>
    </message>
    <message>
        <source>HSTS tells browsers to use only the encrypted site, so nobody can quietly downgrade your visitors. The provider believes it is on; the site shows it is not.</source>
        <translation>HSTS indique aux navigateurs de n&apos;utiliser que le site chiffré, pour que personne ne puisse discrètement faire basculer vos visiteurs vers une connexion non chiffrée. Le prestataire pense qu&apos;il est activé&#xa0;; le site montre que non.</translation>
    </message>
    <message>
        <source>Answer given by %1 on %2. No Strict-Transport-Security header came from %3.</source>
        <translation>Réponse donnée par %1 le %2. Aucun en-tête Strict-Transport-Security n&apos;a été reçu de %3.</translation>
    </message>
    <message>
        <source>Ask the provider to add the HSTS header for your shop&apos;s domain and probe again.</source>
        <translation>Demandez au prestataire d&apos;ajouter l&apos;en-tête HSTS pour le domaine de votre boutique, puis testez à nouveau.</translation>
    </message>
    <message>
        <source>%1 says a CDN fronts the shop, but none shows in the site&apos;s answers</source>
        <translation>%1 affirme qu&apos;un CDN est placé devant la boutique, mais aucun n&apos;apparaît dans les réponses du site</translation>
    </message>
    <message>
        <source>A CDN absorbs floods of traffic before they reach the shop. If it is not really in front, a DDoS goes straight to your server.</source>
        <translation>Un CDN absorbe les afflux massifs de trafic avant qu&apos;ils n&apos;atteignent la boutique. S&apos;il n&apos;est pas réellement placé devant, une attaque DDoS frappe directement votre serveur.</translation>
    </message>
    <message>
        <source>Answer given by %1 on %2. The probe recognised no CDN in the answers of %3 (it knows the common ones by their headers).</source>
        <translation>Réponse donnée par %1 le %2. Le test n&apos;a reconnu aucun CDN dans les réponses de %3 (il reconnaît les plus courants à leurs en-têtes).</translation>
    </message>
    <message>
        <source>Ask the provider which CDN serves the shop and how to check it. If the CDN does not show itself in headers, note that with the answer.</source>
        <translation>Demandez au prestataire quel CDN sert la boutique et comment le vérifier. Si le CDN n&apos;apparaît pas dans les en-têtes, notez-le avec la réponse.</translation>
    </message>
    <message>
        <source>Send the provider the outstanding questions again and record the new answers.</source>
        <translation>Renvoyez au prestataire les questions en suspens et enregistrez les nouvelles réponses.</translation>
    </message>
    <message>
        <source>Ask the provider for the current certificate or attestation and record its new expiry date.</source>
        <translation>Demandez au prestataire le certificat ou l&apos;attestation en cours de validité et enregistrez sa nouvelle date d&apos;expiration.</translation>
    </message>
    <message>
        <source>Ask the provider when the renewed certificate or attestation will be available.</source>
        <translation>Demandez au prestataire quand le nouveau certificat ou la nouvelle attestation sera disponible.</translation>
    </message>
</context>
<context>
    <name>ProviderFindingsView</name>
    <message>
        <source>Findings about this provider</source>
        <translation>Constats sur ce prestataire</translation>
    </message>
    <message>
        <source>About the chosen finding</source>
        <translation>À propos du constat choisi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing found: what is on file about this provider looks right.</source>
        <translation>Aucun constat&#xa0;: les informations enregistrées sur ce prestataire semblent correctes.</translation>
    </message>
    <message>
        <source>Nothing serious: only small improvements. Choose one to read more.</source>
        <translation>Rien de grave&#xa0;: seulement de petites améliorations. Choisissez-en une pour en savoir plus.</translation>
    </message>
    <message>
        <source>1 thing to sort out with this provider. Choose a finding to see why and what to do.</source>
        <translation>1 point à régler avec ce prestataire. Choisissez un constat pour voir pourquoi et que faire.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln things to sort out with this provider. Choose a finding to see why and what to do.</source>
        <translation>
            <numerusform>%Ln point à régler avec ce prestataire. Choisissez un constat pour voir pourquoi et que faire.</numerusform>
            <numerusform>%Ln points à régler avec ce prestataire. Choisissez un constat pour voir pourquoi et que faire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Gravité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>What is on file</source>
        <translation>Ce qui est enregistré</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
</context>
<context>
    <name>ProviderKind</name>
    <message>
        <source>Web host</source>
        <translation>Hébergeur web</translation>
    </message>
    <message>
        <source>CDN / DNS</source>
        <translation>CDN / DNS</translation>
    </message>
    <message>
        <source>Shop platform</source>
        <translation>Plateforme de la boutique</translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation>Prestataire de paiement</translation>
    </message>
    <message>
        <source>Developer / agency</source>
        <translation>Développeur / agence</translation>
    </message>
    <message>
        <source>Domain registrar</source>
        <translation>Bureau d&apos;enregistrement de domaines</translation>
    </message>
    <message>
        <source>Email provider</source>
        <translation>Fournisseur de messagerie</translation>
    </message>
    <message>
        <source>Backup service</source>
        <translation>Service de sauvegarde</translation>
    </message>
    <message>
        <source>Other provider</source>
        <translation>Autre prestataire</translation>
    </message>
</context>
<context>
    <name>ProviderShow</name>
    <message>
        <source>meets what good looks like</source>
        <translation>conforme à ce qui est attendu</translation>
    </message>
    <message>
        <source>falls short</source>
        <translation>insuffisant</translation>
    </message>
    <message>
        <source>they could not say</source>
        <translation>le prestataire n’a pas pu répondre</translation>
    </message>
    <message>
        <source>for the record</source>
        <translation>pour information</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>The provider&apos;s id.</source>
        <translation>L’identifiant du prestataire.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli providers show PLAN --provider ID [--json]</source>
        <translation>Utilisation&#xa0;: storefort-cli providers show PLAN --provider ID [--json]</translation>
    </message>
    <message>
        <source>Say which provider with --provider ID (the ids are in &quot;providers list&quot;).</source>
        <translation>Indiquez le prestataire avec --provider ID (les identifiants figurent dans «&#xa0;providers list&#xa0;»).</translation>
    </message>
    <message>
        <source>the plan has no provider %1.</source>
        <translation>le plan n’a pas de prestataire %1.</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered, %3 to ask</source>
        <translation>%1 question(s) sur %2 ont une réponse, %3 à poser</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>due to be asked again</source>
        <translation>à redemander</translation>
    </message>
    <message>
        <source>Given by %1 on %2 · entered %3</source>
        <translation>Donnée par %1 (%2) · saisie le %3</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Evidence: %1 (%2, SHA-256 %3)</source>
        <translation>Pièce justificative&#xa0;: %1 (%2, SHA-256 %3)</translation>
    </message>
</context>
<context>
    <name>ProvidersModel</name>
    <message>
        <source>No answers yet</source>
        <translation>Aucune réponse pour l&apos;instant</translation>
    </message>
    <message>
        <source>The oldest answer on file was given on %1</source>
        <translation>La plus ancienne réponse enregistrée a été donnée le %1</translation>
    </message>
    <message>
        <source>No answers on file yet</source>
        <translation>Aucune réponse enregistrée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Nothing found about this provider</source>
        <translation>Aucun constat sur ce prestataire</translation>
    </message>
    <message>
        <source>1 finding; it is %1</source>
        <translation>1 constat&#xa0;; gravité&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings; the most serious is %1</source>
        <translation>
            <numerusform>%Ln constat&#xa0;; gravité maximale&#xa0;: %1</numerusform>
            <numerusform>%Ln constats&#xa0;; gravité maximale&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>To ask</source>
        <translation>À poser</translation>
    </message>
    <message>
        <source>Oldest answer</source>
        <translation>Réponse la plus ancienne</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln weeks</source>
        <translation>
            <numerusform>%Ln semaine</numerusform>
            <numerusform>%Ln semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message numerus="yes">
        <source>%Ln months</source>
        <translation>
            <numerusform>%Ln mois</numerusform>
            <numerusform>%Ln mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln an</numerusform>
            <numerusform>%Ln ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions they have answered, with the answer on file</source>
        <translation>Questions auxquelles le prestataire a répondu, avec une réponse enregistrée</translation>
    </message>
    <message>
        <source>Questions to ask them: never answered, or due to be asked again</source>
        <translation>Questions à lui poser&#xa0;: restées sans réponse, ou à reposer</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Providers</source>
        <translation>Prestataires</translation>
    </message>
    <message>
        <source>&amp;Add Provider…</source>
        <translation>&amp;Ajouter un prestataire…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>Your shop relies on companies for security you cannot set up yourself: the host, the shop platform, the payment provider, your developers. Ask each of them how they protect your shop, keep their answers on file with the date they gave them, and let Storefort check what they say against your live site.</source>
        <translation>Votre boutique dépend d&apos;entreprises pour la part de sécurité que vous ne pouvez pas mettre en place vous-même&#xa0;: l&apos;hébergeur, la plateforme de la boutique, le prestataire de paiement, vos développeurs. Demandez à chacun comment il protège votre boutique, enregistrez ses réponses avec la date à laquelle il les a données, et laissez Storefort comparer ses affirmations avec votre site en ligne.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add your web host first.&lt;/b&gt;&lt;br&gt;It runs the server your shop lives on, so it holds most of your shop&apos;s security in its hands. Then add the shop platform, the payment provider, and whoever develops the shop.</source>
        <translation>&lt;b&gt;Ajoutez d&apos;abord votre hébergeur web.&lt;/b&gt;&lt;br&gt;Il gère le serveur sur lequel tourne votre boutique&#xa0;: il a donc entre ses mains l&apos;essentiel de sa sécurité. Ajoutez ensuite la plateforme de la boutique, le prestataire de paiement et la personne qui développe la boutique.</translation>
    </message>
    <message>
        <source>Add Your &amp;Web Host…</source>
        <translation>Ajouter votre &amp;hébergeur web…</translation>
    </message>
    <message>
        <source>Add a company or person the shop relies on</source>
        <translation>Ajouter une entreprise ou une personne dont dépend la boutique</translation>
    </message>
    <message>
        <source>Change the selected provider&apos;s details</source>
        <translation>Modifier les informations du prestataire sélectionné</translation>
    </message>
    <message>
        <source>Take the selected provider, their answers and evidence off the plan</source>
        <translation>Retirer du plan le prestataire sélectionné, ses réponses et ses pièces justificatives</translation>
    </message>
    <message>
        <source>Remove %1 from the plan?</source>
        <translation>Retirer %1 du plan&#xa0;?</translation>
    </message>
    <message>
        <source>Any evidence kept for them goes too.</source>
        <translation>Les pièces justificatives conservées pour ce prestataire sont également supprimées.</translation>
    </message>
    <message>
        <source>Their answer on file and its evidence go too.</source>
        <translation>Sa réponse enregistrée et ses pièces justificatives sont également supprimées.</translation>
    </message>
    <message numerus="yes">
        <source>Their %Ln answers on file and the evidence go too.</source>
        <translation>
            <numerusform>Sa %Ln réponse enregistrée et les pièces justificatives sont également supprimées.</numerusform>
            <numerusform>Ses %Ln réponses enregistrées et les pièces justificatives sont également supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their portal password is deleted from the keychain.</source>
        <translation>Le mot de passe de son espace client est supprimé du trousseau.</translation>
    </message>
    <message>
        <source>You can undo the removal with Edit &gt; Undo.</source>
        <translation>Vous pouvez annuler le retrait avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings the provider and their answers back, but not the password.</source>
        <translation>Édition &gt; Annuler rétablit le prestataire et ses réponses, mais pas le mot de passe.</translation>
    </message>
    <message>
        <source>Remove Provider</source>
        <translation>Retirer le prestataire</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>%1 was not removed: their evidence could not be read to keep for undo.</source>
        <translation>%1 n&apos;a pas été retiré&#xa0;: ses pièces justificatives n&apos;ont pas pu être lues pour permettre l&apos;annulation.</translation>
    </message>
    <message>
        <source>%1 is removed from the plan, but their password could not be deleted from the keychain. You can delete it with your system&apos;s password manager.</source>
        <translation>%1 a été retiré du plan, mais son mot de passe n&apos;a pas pu être supprimé du trousseau. Vous pouvez le supprimer avec le gestionnaire de mots de passe de votre système.</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Ans&amp;wers are due again after:</source>
        <translation>Les ré&amp;ponses sont à redemander après&#xa0;:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Months after which an answer is due again</source>
        <translation>Nombre de mois après lequel une réponse est à redemander</translation>
    </message>
    <message>
        <source>Providers change their services and staff: ask again once an answer is this old.</source>
        <translation>Les prestataires changent de services et de personnel&#xa0;: redemandez dès qu’une réponse a cet âge.</translation>
    </message>
    <message>
        <source>Setting Not Changed</source>
        <translation>Réglage non modifié</translation>
    </message>
</context>
<context>
    <name>ProvidersWizardPage</name>
    <message>
        <source>Your Providers</source>
        <translation>Vos prestataires</translation>
    </message>
    <message>
        <source>The companies your shop relies on. Storefort keeps what each of them promised you, and reminds you to ask again when their answers grow old. Leave a line empty when you have no such provider.</source>
        <translation>Les entreprises dont dépend votre boutique. Storefort conserve ce que chacune vous a promis, et vous rappelle de leur redemander quand leurs réponses vieillissent. Laissez une ligne vide si vous n&apos;avez pas ce type de prestataire.</translation>
    </message>
    <message>
        <source>&amp;Web host:</source>
        <translation>&amp;Hébergeur web&#xa0;:</translation>
    </message>
    <message>
        <source>Who runs the server your shop is on</source>
        <translation>Qui gère le serveur sur lequel se trouve votre boutique</translation>
    </message>
    <message>
        <source>&amp;CDN / DNS:</source>
        <translation>&amp;CDN / DNS&#xa0;:</translation>
    </message>
    <message>
        <source>Who speeds up or shields your site, if anyone</source>
        <translation>Qui accélère ou protège votre site, s&apos;il y en a un</translation>
    </message>
    <message>
        <source>Shop &amp;platform:</source>
        <translation>&amp;Plateforme de la boutique&#xa0;:</translation>
    </message>
    <message>
        <source>Who makes your shop&apos;s software or service</source>
        <translation>Qui fournit le logiciel ou le service de votre boutique</translation>
    </message>
    <message>
        <source>Pa&amp;yments:</source>
        <translation>P&amp;aiements&#xa0;:</translation>
    </message>
    <message>
        <source>Who takes your customers&apos; payments</source>
        <translation>Qui encaisse les paiements de vos clients</translation>
    </message>
    <message>
        <source>&amp;Developer or agency:</source>
        <translation>&amp;Développeur ou agence&#xa0;:</translation>
    </message>
    <message>
        <source>Who builds or looks after the shop for you</source>
        <translation>Qui construit ou entretient la boutique pour vous</translation>
    </message>
    <message>
        <source>Already in the plan: %1.</source>
        <translation>Déjà dans le plan&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Their contact details, contracts and answers come later, in the Providers step. Storefort never asks for a provider&apos;s password here.</source>
        <translation>Leurs coordonnées, contrats et réponses viendront plus tard, à l&apos;étape Prestataires. Storefort ne demande jamais ici le mot de passe d&apos;un prestataire.</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is not one of the choices: %2.</source>
        <translation>%1 ne fait pas partie des choix possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be combined with other choices.</source>
        <translation>%1 ne peut pas être combiné avec d&apos;autres choix.</translation>
    </message>
    <message>
        <source>%1 is not a number. Write it with digits only, and a point before any decimals, for example 14 or 0.5.</source>
        <translation>%1 n&apos;est pas un nombre. Écrivez-le uniquement avec des chiffres, et un point avant les décimales, par exemple 14 ou 0.5.</translation>
    </message>
    <message>
        <source>%1 is not a date. Write it as year-month-day, for example 2024-03-31.</source>
        <translation>%1 n&apos;est pas une date. Écrivez-la sous la forme année-mois-jour, par exemple 2024-03-31.</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>une valeur parmi&#xa0;: %1</translation>
    </message>
    <message>
        <source>one or more of: %1, separated by “;” (or: none, unknown)</source>
        <translation>une ou plusieurs valeurs parmi&#xa0;: %1, séparées par «&#xa0;;&#xa0;» (ou&#xa0;: none, unknown)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a number of %1</source>
        <translation>un nombre, en %1</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>texte libre</translation>
    </message>
    <message>
        <source>There is no answer yet.</source>
        <translation>Il n’y a pas encore de réponse.</translation>
    </message>
</context>
<context>
    <name>QuestionBank</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Aucune de ces réponses</translation>
    </message>
    <message>
        <source>The question bank is not valid JSON: %1 (at character %2).</source>
        <translation>La banque de questions n&apos;est pas un JSON valide&#xa0;: %1 (au caractère %2).</translation>
    </message>
    <message>
        <source>The question bank has no version, or one that is not a whole number of at least 1.</source>
        <translation>La banque de questions n&apos;a pas de version, ou sa version n&apos;est pas un nombre entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>The question bank holds no questions.</source>
        <translation>La banque de questions ne contient aucune question.</translation>
    </message>
    <message>
        <source>Question number %1 of the bank has no id.</source>
        <translation>La question n° %1 de la banque n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <source>Question “%1” has an id that is not lowercase words joined by dots.</source>
        <translation>La question «&#xa0;%1&#xa0;» a un identifiant qui n&apos;est pas composé de mots en minuscules reliés par des points.</translation>
    </message>
    <message>
        <source>Question “%1” is in the bank twice.</source>
        <translation>La question «&#xa0;%1&#xa0;» figure deux fois dans la banque.</translation>
    </message>
    <message>
        <source>Which protocol versions does the shop&apos;s site accept for encrypted connections (SSL or TLS, and which versions)?</source>
        <comment>host.tls.versions</comment>
        <translation>Quelles versions de protocole le site de la boutique accepte-t-il pour les connexions chiffrées (SSL ou TLS, et quelles versions)&#xa0;?</translation>
    </message>
    <message>
        <source>Old SSL and early TLS versions have known weaknesses that let attackers read or change what customers send, such as passwords and addresses.</source>
        <comment>host.tls.versions:why</comment>
        <translation>Les anciennes versions de SSL et les premières versions de TLS ont des faiblesses connues qui permettent à des attaquants de lire ou de modifier ce que les clients envoient, comme les mots de passe et les adresses.</translation>
    </message>
    <message>
        <source>Only TLS 1.2 and TLS 1.3 are accepted; SSL 2.0, SSL 3.0, TLS 1.0 and TLS 1.1 are turned off.</source>
        <comment>host.tls.versions:good</comment>
        <translation>Seuls TLS 1.2 et TLS 1.3 sont acceptés&#xa0;; SSL 2.0, SSL 3.0, TLS 1.0 et TLS 1.1 sont désactivés.</translation>
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
        <translation>Le domaine de la boutique envoie-t-il l&apos;en-tête HSTS (Strict-Transport-Security), pour que les navigateurs se connectent toujours en HTTPS&#xa0;?</translation>
    </message>
    <message>
        <source>Without it, a visitor on a hostile network can be quietly kept on an unencrypted connection before the shop&apos;s page even loads.</source>
        <comment>host.hsts:why</comment>
        <translation>Sans lui, un visiteur sur un réseau hostile peut être discrètement maintenu sur une connexion non chiffrée avant même que la page de la boutique ne se charge.</translation>
    </message>
    <message>
        <source>Yes: every HTTPS answer carries the header, with a lifetime of at least six months.</source>
        <comment>host.hsts:good</comment>
        <translation>Oui&#xa0;: chaque réponse HTTPS contient l&apos;en-tête, avec une durée de validité d&apos;au moins six mois.</translation>
    </message>
    <message>
        <source>Is the shop&apos;s certificate renewed automatically?</source>
        <comment>host.cert.auto-renew</comment>
        <translation>Le certificat de la boutique est-il renouvelé automatiquement&#xa0;?</translation>
    </message>
    <message>
        <source>A certificate that runs out makes browsers warn every customer away from the shop until someone notices and fixes it.</source>
        <comment>host.cert.auto-renew:why</comment>
        <translation>Un certificat expiré amène les navigateurs à dissuader tous les clients d&apos;entrer dans la boutique, jusqu&apos;à ce que quelqu&apos;un s&apos;en aperçoive et corrige le problème.</translation>
    </message>
    <message>
        <source>Yes: renewal happens on its own, and someone is alerted if it fails.</source>
        <comment>host.cert.auto-renew:good</comment>
        <translation>Oui&#xa0;: le renouvellement se fait tout seul, et quelqu&apos;un est alerté en cas d&apos;échec.</translation>
    </message>
    <message>
        <source>How many days before the certificate expires is it renewed?</source>
        <comment>host.cert.renew-days</comment>
        <translation>Combien de jours avant son expiration le certificat est-il renouvelé&#xa0;?</translation>
    </message>
    <message>
        <source>Renewing well ahead leaves time to notice and fix a failed renewal before customers see a warning.</source>
        <comment>host.cert.renew-days:why</comment>
        <translation>Renouveler bien à l&apos;avance laisse le temps de repérer et de corriger un renouvellement raté avant que les clients ne voient un avertissement.</translation>
    </message>
    <message>
        <source>At least 14 days before it expires; 30 days is common.</source>
        <comment>host.cert.renew-days:good</comment>
        <translation>Au moins 14 jours avant l&apos;expiration&#xa0;; 30 jours est une valeur courante.</translation>
    </message>
    <message>
        <source>days</source>
        <comment>unit</comment>
        <translation>jours</translation>
    </message>
    <message>
        <source>Who holds the private key of the shop&apos;s certificate?</source>
        <comment>host.cert.key-holder</comment>
        <translation>Qui détient la clé privée du certificat de la boutique&#xa0;?</translation>
    </message>
    <message>
        <source>Whoever holds the key can pretend to be the shop; the shop also needs to know where it is to move to another provider in a hurry.</source>
        <comment>host.cert.key-holder:why</comment>
        <translation>Quiconque détient la clé peut se faire passer pour la boutique&#xa0;; la boutique doit aussi savoir où elle se trouve pour pouvoir changer de prestataire en urgence.</translation>
    </message>
    <message>
        <source>The answer is clear, and the holders are people or systems the shop trusts and knows about.</source>
        <comment>host.cert.key-holder:good</comment>
        <translation>La réponse est claire, et les détenteurs sont des personnes ou des systèmes que la boutique connaît et auxquels elle fait confiance.</translation>
    </message>
    <message>
        <source>Only you, the provider</source>
        <comment>host.cert.key-holder:choice:provider</comment>
        <translation>Vous seul, le prestataire</translation>
    </message>
    <message>
        <source>The shop holds it and gave you a copy</source>
        <comment>host.cert.key-holder:choice:shop</comment>
        <translation>La boutique la détient et vous en a donné une copie</translation>
    </message>
    <message>
        <source>Both you and the shop</source>
        <comment>host.cert.key-holder:choice:both</comment>
        <translation>Vous et la boutique</translation>
    </message>
    <message>
        <source>Someone else, for example the shop&apos;s developer</source>
        <comment>host.cert.key-holder:choice:third-party</comment>
        <translation>Quelqu&apos;un d&apos;autre, par exemple le développeur de la boutique</translation>
    </message>
    <message>
        <source>Where is the certificate&apos;s private key stored, who can read it, and is it protected by a passphrase?</source>
        <comment>host.cert.key-storage</comment>
        <translation>Où la clé privée du certificat est-elle stockée, qui peut la lire, et est-elle protégée par une phrase secrète&#xa0;?</translation>
    </message>
    <message>
        <source>A key lying in an open folder or an email can be copied without anyone noticing.</source>
        <comment>host.cert.key-storage:why</comment>
        <translation>Une clé qui traîne dans un dossier ouvert ou dans un e-mail peut être copiée sans que personne ne s&apos;en aperçoive.</translation>
    </message>
    <message>
        <source>The key sits in a protected store or an encrypted file, only a few named people can reach it, and any passphrase is kept apart from the key.</source>
        <comment>host.cert.key-storage:good</comment>
        <translation>La clé se trouve dans un stockage protégé ou un fichier chiffré, seules quelques personnes nommément désignées peuvent y accéder, et l&apos;éventuelle phrase secrète est conservée à part de la clé.</translation>
    </message>
    <message>
        <source>Is the traffic between your network and the shop&apos;s own server encrypted as well, with the server&apos;s certificate checked?</source>
        <comment>cdn.origin-tls</comment>
        <translation>Le trafic entre votre réseau et le serveur de la boutique est-il lui aussi chiffré, avec vérification du certificat du serveur&#xa0;?</translation>
    </message>
    <message>
        <source>If only the half between the customer and you is encrypted, the other half can still be read or changed on its way to the shop.</source>
        <comment>cdn.origin-tls:why</comment>
        <translation>Si seule la moitié du trajet entre le client et vous est chiffrée, l&apos;autre moitié peut encore être lue ou modifiée en chemin vers la boutique.</translation>
    </message>
    <message>
        <source>Yes: the connection to the shop&apos;s server uses TLS and a valid certificate is required (often called full or strict mode).</source>
        <comment>cdn.origin-tls:good</comment>
        <translation>Oui&#xa0;: la connexion au serveur de la boutique utilise TLS et un certificat valide est exigé (mode souvent appelé «&#xa0;full&#xa0;» ou «&#xa0;strict&#xa0;»).</translation>
    </message>
    <message>
        <source>Is mail sent to and from the shop&apos;s addresses encrypted between mail servers whenever the other side supports it?</source>
        <comment>email.tls</comment>
        <translation>Le courrier envoyé depuis et vers les adresses de la boutique est-il chiffré entre les serveurs de messagerie chaque fois que l&apos;autre côté le permet&#xa0;?</translation>
    </message>
    <message>
        <source>Order confirmations and password resets travel by email; unencrypted, they can be read on the way.</source>
        <comment>email.tls:why</comment>
        <translation>Les confirmations de commande et les réinitialisations de mot de passe passent par e-mail&#xa0;; non chiffrées, elles peuvent être lues en chemin.</translation>
    </message>
    <message>
        <source>Yes: you use STARTTLS for every server that offers it, and ideally MTA-STS for the shop&apos;s domain.</source>
        <comment>email.tls:good</comment>
        <translation>Oui&#xa0;: vous utilisez STARTTLS avec chaque serveur qui le propose, et idéalement MTA-STS pour le domaine de la boutique.</translation>
    </message>
    <message>
        <source>Is the shop served through a content delivery network (CDN) or a network that filters out attacks?</source>
        <comment>host.cdn.fronted</comment>
        <translation>La boutique est-elle servie par un réseau de diffusion de contenu (CDN) ou par un réseau qui filtre les attaques&#xa0;?</translation>
    </message>
    <message>
        <source>Such a network spreads the load and soaks up floods of fake traffic, so the shop stays open during an attack.</source>
        <comment>host.cdn.fronted:why</comment>
        <translation>Un tel réseau répartit la charge et absorbe les déferlements de faux trafic, pour que la boutique reste ouverte pendant une attaque.</translation>
    </message>
    <message>
        <source>Yes: all traffic to the shop passes through the CDN or filtering network first.</source>
        <comment>host.cdn.fronted:good</comment>
        <translation>Oui&#xa0;: tout le trafic vers la boutique passe d&apos;abord par le CDN ou le réseau de filtrage.</translation>
    </message>
    <message>
        <source>Which CDN or filtering network is it, and who manages its settings?</source>
        <comment>host.cdn.name</comment>
        <translation>De quel CDN ou réseau de filtrage s&apos;agit-il, et qui gère ses réglages&#xa0;?</translation>
    </message>
    <message>
        <source>The shop needs to know whom to turn to when that network has to be adjusted during an attack.</source>
        <comment>host.cdn.name:why</comment>
        <translation>La boutique doit savoir à qui s&apos;adresser quand ce réseau doit être ajusté pendant une attaque.</translation>
    </message>
    <message>
        <source>The name of the service and of the person or team who manages it.</source>
        <comment>host.cdn.name:good</comment>
        <translation>Le nom du service et celui de la personne ou de l&apos;équipe qui le gère.</translation>
    </message>
    <message>
        <source>Do you offer a CDN or attack-filtering service that the shop can turn on?</source>
        <comment>cdn.offered</comment>
        <translation>Proposez-vous un CDN ou un service de filtrage des attaques que la boutique peut activer&#xa0;?</translation>
    </message>
    <message>
        <source>It is far easier to set up such protection calmly beforehand than in the middle of an attack.</source>
        <comment>cdn.offered:why</comment>
        <translation>Il est bien plus facile de mettre en place une telle protection à l&apos;avance, au calme, qu&apos;en pleine attaque.</translation>
    </message>
    <message>
        <source>Yes, and it can be turned on without moving the shop elsewhere.</source>
        <comment>cdn.offered:good</comment>
        <translation>Oui, et il peut être activé sans déplacer la boutique ailleurs.</translation>
    </message>
    <message>
        <source>Can your network absorb or filter a flood of traffic aimed at the shop (a DDoS attack)?</source>
        <comment>host.ddos.protection</comment>
        <translation>Votre réseau peut-il absorber ou filtrer un déferlement de trafic visant la boutique (une attaque DDoS)&#xa0;?</translation>
    </message>
    <message>
        <source>Such attacks are cheap to launch and can keep customers away from the shop for hours or days.</source>
        <comment>host.ddos.protection:why</comment>
        <translation>Ces attaques coûtent peu à lancer et peuvent tenir les clients à l&apos;écart de la boutique pendant des heures, voire des jours.</translation>
    </message>
    <message>
        <source>Yes: you have the capacity and the tools to filter attacks, and they cover the shop.</source>
        <comment>host.ddos.protection:good</comment>
        <translation>Oui&#xa0;: vous avez la capacité et les outils pour filtrer les attaques, et ils couvrent la boutique.</translation>
    </message>
    <message>
        <source>What do you do with the shop when you detect an attack on it?</source>
        <comment>host.ddos.action</comment>
        <translation>Que faites-vous de la boutique lorsque vous détectez une attaque contre elle&#xa0;?</translation>
    </message>
    <message>
        <source>Some providers protect their other customers by cutting the attacked shop off, which finishes the attacker&apos;s job for them.</source>
        <comment>host.ddos.action:why</comment>
        <translation>Certains prestataires protègent leurs autres clients en coupant la boutique attaquée, ce qui achève le travail de l&apos;attaquant à sa place.</translation>
    </message>
    <message>
        <source>You filter out the attack and keep the shop online.</source>
        <comment>host.ddos.action:good</comment>
        <translation>Vous filtrez l&apos;attaque et gardez la boutique en ligne.</translation>
    </message>
    <message>
        <source>We filter out the attack and keep the shop online</source>
        <comment>host.ddos.action:choice:filter</comment>
        <translation>Nous filtrons l&apos;attaque et gardons la boutique en ligne</translation>
    </message>
    <message>
        <source>We block all traffic to the shop&apos;s address until the attack is over</source>
        <comment>host.ddos.action:choice:null-route</comment>
        <translation>Nous bloquons tout le trafic vers l&apos;adresse de la boutique jusqu&apos;à la fin de l&apos;attaque</translation>
    </message>
    <message>
        <source>We take the shop offline or suspend its account</source>
        <comment>host.ddos.action:choice:suspend</comment>
        <translation>Nous mettons la boutique hors ligne ou suspendons son compte</translation>
    </message>
    <message>
        <source>It depends; we decide each time</source>
        <comment>host.ddos.action:choice:case-by-case</comment>
        <translation>Cela dépend&#xa0;; nous décidons au cas par cas</translation>
    </message>
    <message>
        <source>Within how many minutes of detecting an attack on the shop do you contact us?</source>
        <comment>host.ddos.contact-minutes</comment>
        <translation>Dans un délai de combien de minutes après la détection d&apos;une attaque contre la boutique nous contactez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>The shop may need to tell customers, pause advertising or call in its developer; every minute of silence costs sales.</source>
        <comment>host.ddos.contact-minutes:why</comment>
        <translation>La boutique peut avoir besoin de prévenir ses clients, de suspendre ses publicités ou de faire appel à son développeur&#xa0;; chaque minute de silence coûte des ventes.</translation>
    </message>
    <message>
        <source>Within 60 minutes at most; sooner is better.</source>
        <comment>host.ddos.contact-minutes:good</comment>
        <translation>Dans un délai de 60 minutes au plus&#xa0;; le plus tôt est le mieux.</translation>
    </message>
    <message>
        <source>minutes</source>
        <comment>unit</comment>
        <translation>minutes</translation>
    </message>
    <message>
        <source>How do you tell us that the shop is under attack?</source>
        <comment>host.ddos.channel</comment>
        <translation>Comment nous prévenez-vous que la boutique est attaquée&#xa0;?</translation>
    </message>
    <message>
        <source>A message sent only to an inbox nobody watches at night may arrive far too late.</source>
        <comment>host.ddos.channel:why</comment>
        <translation>Un message envoyé uniquement dans une boîte de réception que personne ne consulte la nuit risque d&apos;arriver bien trop tard.</translation>
    </message>
    <message>
        <source>A channel that reaches a person quickly, such as a phone call or a text message, besides any email or status page.</source>
        <comment>host.ddos.channel:good</comment>
        <translation>Un canal qui joint rapidement une personne, comme un appel téléphonique ou un SMS, en plus d&apos;un éventuel e-mail ou d&apos;une page d&apos;état.</translation>
    </message>
    <message>
        <source>Phone call</source>
        <comment>host.ddos.channel:choice:phone</comment>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Text message</source>
        <comment>host.ddos.channel:choice:sms</comment>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>host.ddos.channel:choice:email</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Support ticket</source>
        <comment>host.ddos.channel:choice:ticket</comment>
        <translation>Ticket d&apos;assistance</translation>
    </message>
    <message>
        <source>Status page</source>
        <comment>host.ddos.channel:choice:status-page</comment>
        <translation>Page d&apos;état</translation>
    </message>
    <message>
        <source>Whom should we contact when the shop seems to be under attack, how, and at what hours?</source>
        <comment>host.ddos.contact</comment>
        <translation>Qui devons-nous contacter lorsque la boutique semble attaquée, comment, et à quelles heures&#xa0;?</translation>
    </message>
    <message>
        <source>During an attack there is no time to search for a phone number or wait for office hours.</source>
        <comment>host.ddos.contact:why</comment>
        <translation>Pendant une attaque, on n&apos;a pas le temps de chercher un numéro de téléphone ni d&apos;attendre les heures de bureau.</translation>
    </message>
    <message>
        <source>A named team with a phone number or address that is staffed at all hours.</source>
        <comment>host.ddos.contact:good</comment>
        <translation>Une équipe nommément désignée, avec un numéro de téléphone ou une adresse où quelqu&apos;un répond à toute heure.</translation>
    </message>
    <message>
        <source>Do you filter out malicious requests (with a web application firewall) before they reach the shop?</source>
        <comment>cdn.waf</comment>
        <translation>Filtrez-vous les requêtes malveillantes (avec un pare-feu applicatif web) avant qu&apos;elles n&apos;atteignent la boutique&#xa0;?</translation>
    </message>
    <message>
        <source>A filter in front of the shop can block common break-in attempts, and buys time until a weakness in the shop&apos;s software is fixed.</source>
        <comment>cdn.waf:why</comment>
        <translation>Un filtre placé devant la boutique peut bloquer les tentatives d&apos;intrusion courantes, et fait gagner du temps jusqu&apos;à ce qu&apos;une faille du logiciel de la boutique soit corrigée.</translation>
    </message>
    <message>
        <source>Yes: a web application firewall protects the shop, and its rules are kept up to date.</source>
        <comment>cdn.waf:good</comment>
        <translation>Oui&#xa0;: un pare-feu applicatif web protège la boutique, et ses règles sont tenues à jour.</translation>
    </message>
    <message>
        <source>Do you back up the shop, both its files and its database?</source>
        <comment>backup.offered</comment>
        <translation>Sauvegardez-vous la boutique, à la fois ses fichiers et sa base de données&#xa0;?</translation>
    </message>
    <message>
        <source>A backup is the way back after an attack, a failed update or a simple mistake; without one, the shop may have to start from scratch.</source>
        <comment>backup.offered:why</comment>
        <translation>Une sauvegarde est le moyen de revenir en arrière après une attaque, une mise à jour ratée ou une simple erreur&#xa0;; sans elle, la boutique devra peut-être repartir de zéro.</translation>
    </message>
    <message>
        <source>Yes: files and database are both backed up automatically.</source>
        <comment>backup.offered:good</comment>
        <translation>Oui&#xa0;: les fichiers et la base de données sont tous deux sauvegardés automatiquement.</translation>
    </message>
    <message>
        <source>How often is the shop backed up?</source>
        <comment>backup.frequency</comment>
        <translation>À quelle fréquence la boutique est-elle sauvegardée&#xa0;?</translation>
    </message>
    <message>
        <source>Every order placed since the last backup is lost when the shop has to be restored.</source>
        <comment>backup.frequency:why</comment>
        <translation>Toutes les commandes passées depuis la dernière sauvegarde sont perdues quand la boutique doit être restaurée.</translation>
    </message>
    <message>
        <source>At least once a day, so a backup is never more than 24 hours old.</source>
        <comment>backup.frequency:good</comment>
        <translation>Au moins une fois par jour, pour qu&apos;une sauvegarde n&apos;ait jamais plus de 24 heures.</translation>
    </message>
    <message>
        <source>Every hour or more often</source>
        <comment>backup.frequency:choice:hourly</comment>
        <translation>Toutes les heures ou plus souvent</translation>
    </message>
    <message>
        <source>Every day</source>
        <comment>backup.frequency:choice:daily</comment>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Every week</source>
        <comment>backup.frequency:choice:weekly</comment>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>Every month or less often</source>
        <comment>backup.frequency:choice:monthly</comment>
        <translation>Tous les mois ou moins souvent</translation>
    </message>
    <message>
        <source>For how many days are the shop&apos;s backups kept?</source>
        <comment>backup.retention-days</comment>
        <translation>Pendant combien de jours les sauvegardes de la boutique sont-elles conservées&#xa0;?</translation>
    </message>
    <message>
        <source>Break-ins and damaged data are often found weeks later; by then, short-lived backups already hold the damage.</source>
        <comment>backup.retention-days:why</comment>
        <translation>Les intrusions et les données endommagées sont souvent découvertes des semaines plus tard&#xa0;; à ce moment-là, des sauvegardes conservées peu de temps contiennent déjà les dégâts.</translation>
    </message>
    <message>
        <source>At least 30 days.</source>
        <comment>backup.retention-days:good</comment>
        <translation>Au moins 30 jours.</translation>
    </message>
    <message>
        <source>Besides the recent backups, do you keep an older one as a reference point, for example from a month ago?</source>
        <comment>backup.older-point</comment>
        <translation>En plus des sauvegardes récentes, en conservez-vous une plus ancienne comme point de référence, par exemple datant d&apos;un mois&#xa0;?</translation>
    </message>
    <message>
        <source>If the recent backups all contain the same problem, an older copy is the only clean way back.</source>
        <comment>backup.older-point:why</comment>
        <translation>Si toutes les sauvegardes récentes contiennent le même problème, une copie plus ancienne est le seul moyen sain de revenir en arrière.</translation>
    </message>
    <message>
        <source>Yes: at least one older backup is kept alongside the recent ones.</source>
        <comment>backup.older-point:good</comment>
        <translation>Oui&#xa0;: au moins une sauvegarde plus ancienne est conservée en plus des sauvegardes récentes.</translation>
    </message>
    <message>
        <source>Is a copy of the backups kept at another site, away from the servers that run the shop?</source>
        <comment>backup.offsite</comment>
        <translation>Une copie des sauvegardes est-elle conservée sur un autre site, à l&apos;écart des serveurs qui font tourner la boutique&#xa0;?</translation>
    </message>
    <message>
        <source>A fire, a flood or an attacker that takes out the servers can take out backups stored next to them too.</source>
        <comment>backup.offsite:why</comment>
        <translation>Un incendie, une inondation ou un attaquant qui met les serveurs hors service peut aussi détruire les sauvegardes stockées à côté.</translation>
    </message>
    <message>
        <source>Yes: a copy is kept at a separate site or with a separate service.</source>
        <comment>backup.offsite:good</comment>
        <translation>Oui&#xa0;: une copie est conservée sur un site distinct ou auprès d&apos;un service distinct.</translation>
    </message>
    <message>
        <source>Are the backups encrypted?</source>
        <comment>backup.encrypted</comment>
        <translation>Les sauvegardes sont-elles chiffrées&#xa0;?</translation>
    </message>
    <message>
        <source>A backup holds every customer&apos;s details; a lost or stolen copy must be of no use to whoever finds it.</source>
        <comment>backup.encrypted:why</comment>
        <translation>Une sauvegarde contient les données de tous les clients&#xa0;; une copie perdue ou volée ne doit être d&apos;aucune utilité à qui la trouve.</translation>
    </message>
    <message>
        <source>Yes: backups are encrypted, and the keys are kept apart from them.</source>
        <comment>backup.encrypted:good</comment>
        <translation>Oui&#xa0;: les sauvegardes sont chiffrées, et les clés sont conservées à part.</translation>
    </message>
    <message>
        <source>Are the backups protected so that nobody can change or delete them before they are due to expire, not even someone who gets into our account?</source>
        <comment>backup.immutable</comment>
        <translation>Les sauvegardes sont-elles protégées de sorte que personne ne puisse les modifier ou les supprimer avant leur date d&apos;expiration, pas même quelqu&apos;un qui s&apos;introduit dans notre compte&#xa0;?</translation>
    </message>
    <message>
        <source>Attackers who hold a shop to ransom try to destroy its backups first.</source>
        <comment>backup.immutable:why</comment>
        <translation>Les attaquants qui rançonnent une boutique commencent par essayer de détruire ses sauvegardes.</translation>
    </message>
    <message>
        <source>Yes: backups are locked against changes or kept in several versions that cannot be deleted early.</source>
        <comment>backup.immutable:good</comment>
        <translation>Oui&#xa0;: les sauvegardes sont verrouillées contre toute modification, ou conservées en plusieurs versions qui ne peuvent pas être supprimées avant terme.</translation>
    </message>
    <message>
        <source>When did you last test restoring the shop from a backup?</source>
        <comment>backup.restore-tested</comment>
        <translation>Quand avez-vous testé pour la dernière fois la restauration de la boutique à partir d&apos;une sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <source>A backup that has never been restored may turn out to be incomplete or unreadable on the day it is needed.</source>
        <comment>backup.restore-tested:why</comment>
        <translation>Une sauvegarde qui n&apos;a jamais été restaurée peut se révéler incomplète ou illisible le jour où l&apos;on en a besoin.</translation>
    </message>
    <message>
        <source>A restore was tested within the past 12 months.</source>
        <comment>backup.restore-tested:good</comment>
        <translation>Une restauration a été testée au cours des 12 derniers mois.</translation>
    </message>
    <message>
        <source>How many hours does it take to restore the shop from a backup?</source>
        <comment>backup.restore-hours</comment>
        <translation>Combien d&apos;heures faut-il pour restaurer la boutique à partir d&apos;une sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <source>The shop takes no orders while it is being restored.</source>
        <comment>backup.restore-hours:why</comment>
        <translation>La boutique ne prend aucune commande pendant sa restauration.</translation>
    </message>
    <message>
        <source>No more than 24 hours.</source>
        <comment>backup.restore-hours:good</comment>
        <translation>Pas plus de 24 heures.</translation>
    </message>
    <message>
        <source>hours</source>
        <comment>unit</comment>
        <translation>heures</translation>
    </message>
    <message>
        <source>Can you give us, on request, an export of our customer accounts, orders and payments, and products?</source>
        <comment>data.export</comment>
        <translation>Pouvez-vous nous fournir, sur demande, un export de nos comptes clients, de nos commandes et paiements, et de nos produits&#xa0;?</translation>
    </message>
    <message>
        <source>With its own data in hand, the shop can move to another provider or rebuild after a disaster.</source>
        <comment>data.export:why</comment>
        <translation>Avec ses propres données en main, la boutique peut changer de prestataire ou se reconstruire après un sinistre.</translation>
    </message>
    <message>
        <source>Yes: the shop can get a complete export in a common format such as CSV.</source>
        <comment>data.export:good</comment>
        <translation>Oui&#xa0;: la boutique peut obtenir un export complet dans un format courant comme CSV.</translation>
    </message>
    <message>
        <source>How many days after we ask do we receive that export?</source>
        <comment>data.export-days</comment>
        <translation>Combien de jours après notre demande recevons-nous cet export&#xa0;?</translation>
    </message>
    <message>
        <source>In an emergency the shop cannot wait weeks for its own data.</source>
        <comment>data.export-days:why</comment>
        <translation>En cas d&apos;urgence, la boutique ne peut pas attendre des semaines pour obtenir ses propres données.</translation>
    </message>
    <message>
        <source>Within 2 days; better still, the shop can download it itself at any time.</source>
        <comment>data.export-days:good</comment>
        <translation>Sous 2 jours&#xa0;; mieux encore, la boutique peut le télécharger elle-même à tout moment.</translation>
    </message>
    <message>
        <source>Where is the shop&apos;s data stored?</source>
        <comment>data.location</comment>
        <translation>Où les données de la boutique sont-elles stockées&#xa0;?</translation>
    </message>
    <message>
        <source>Data protection law sets rules for where customers&apos; personal data may be kept and who may reach it.</source>
        <comment>data.location:why</comment>
        <translation>La législation sur la protection des données fixe des règles sur l&apos;endroit où les données personnelles des clients peuvent être conservées et sur qui peut y accéder.</translation>
    </message>
    <message>
        <source>The shop knows the place, and it fits the law that applies to the shop and to its customers.</source>
        <comment>data.location:good</comment>
        <translation>La boutique connaît l&apos;endroit, et il est conforme à la loi qui s&apos;applique à la boutique et à ses clients.</translation>
    </message>
    <message>
        <source>In the EU or EEA</source>
        <comment>data.location:choice:eu</comment>
        <translation>Dans l&apos;UE ou l&apos;EEE</translation>
    </message>
    <message>
        <source>In the United Kingdom</source>
        <comment>data.location:choice:uk</comment>
        <translation>Au Royaume-Uni</translation>
    </message>
    <message>
        <source>In the United States</source>
        <comment>data.location:choice:us</comment>
        <translation>Aux États-Unis</translation>
    </message>
    <message>
        <source>Elsewhere, or in several regions</source>
        <comment>data.location:choice:other</comment>
        <translation>Ailleurs, ou dans plusieurs régions</translation>
    </message>
    <message>
        <source>Which other companies (sub-processors) handle the shop&apos;s data on your behalf?</source>
        <comment>data.subprocessors</comment>
        <translation>Quelles autres entreprises (sous-traitants) traitent les données de la boutique pour votre compte&#xa0;?</translation>
    </message>
    <message>
        <source>The shop answers to its customers for everyone who touches their data, not only for its direct providers.</source>
        <comment>data.subprocessors:why</comment>
        <translation>La boutique répond devant ses clients de tous ceux qui touchent à leurs données, pas seulement de ses prestataires directs.</translation>
    </message>
    <message>
        <source>A complete list, with what each company does and where.</source>
        <comment>data.subprocessors:good</comment>
        <translation>Une liste complète, indiquant ce que fait chaque entreprise et où.</translation>
    </message>
    <message>
        <source>Do you tell us before you add a new sub-processor?</source>
        <comment>data.subprocessors-notice</comment>
        <translation>Nous prévenez-vous avant d&apos;ajouter un nouveau sous-traitant&#xa0;?</translation>
    </message>
    <message>
        <source>The shop needs a chance to object, or to update its privacy notice, before its data goes somewhere new.</source>
        <comment>data.subprocessors-notice:why</comment>
        <translation>La boutique doit avoir la possibilité de s&apos;y opposer, ou de mettre à jour sa politique de confidentialité, avant que ses données ne partent vers un nouvel endroit.</translation>
    </message>
    <message>
        <source>Yes: the shop is told in advance and can object.</source>
        <comment>data.subprocessors-notice:good</comment>
        <translation>Oui&#xa0;: la boutique est prévenue à l&apos;avance et peut s&apos;y opposer.</translation>
    </message>
    <message>
        <source>Will you sign a data processing agreement with us?</source>
        <comment>data.dpa</comment>
        <translation>Signerez-vous avec nous un accord de traitement des données&#xa0;?</translation>
    </message>
    <message>
        <source>Data protection law expects a written agreement with anyone who handles customers&apos; personal data for the shop.</source>
        <comment>data.dpa:why</comment>
        <translation>La législation sur la protection des données exige un accord écrit avec quiconque traite les données personnelles des clients pour le compte de la boutique.</translation>
    </message>
    <message>
        <source>Yes: an agreement is signed, or is part of the terms the shop accepted.</source>
        <comment>data.dpa:good</comment>
        <translation>Oui&#xa0;: un accord est signé, ou fait partie des conditions acceptées par la boutique.</translation>
    </message>
    <message>
        <source>Must your own staff use two-step login (multi-factor authentication) to reach the systems that hold the shop&apos;s data?</source>
        <comment>access.staff-mfa</comment>
        <translation>Votre propre personnel doit-il utiliser la connexion en deux étapes (authentification multifacteur) pour accéder aux systèmes qui contiennent les données de la boutique&#xa0;?</translation>
    </message>
    <message>
        <source>A stolen password alone should never be enough to get into the systems behind the shop.</source>
        <comment>access.staff-mfa:why</comment>
        <translation>Un mot de passe volé ne devrait jamais suffire, à lui seul, pour entrer dans les systèmes qui font tourner la boutique.</translation>
    </message>
    <message>
        <source>Yes: two-step login is required for every administrator, with no exceptions.</source>
        <comment>access.staff-mfa:good</comment>
        <translation>Oui&#xa0;: la connexion en deux étapes est obligatoire pour chaque administrateur, sans exception.</translation>
    </message>
    <message>
        <source>Can we require two-step login (multi-factor authentication) for every one of our users on our account with you?</source>
        <comment>access.customer-mfa</comment>
        <translation>Pouvons-nous exiger la connexion en deux étapes (authentification multifacteur) pour chacun de nos utilisateurs sur notre compte chez vous&#xa0;?</translation>
    </message>
    <message>
        <source>The shop&apos;s own account with you is a way in for attackers too, and most break-ins start with a guessed or stolen password.</source>
        <comment>access.customer-mfa:why</comment>
        <translation>Le compte de la boutique chez vous est lui aussi une porte d&apos;entrée pour les attaquants, et la plupart des intrusions commencent par un mot de passe deviné ou volé.</translation>
    </message>
    <message>
        <source>Yes: the shop can make two-step login compulsory for all of its users.</source>
        <comment>access.customer-mfa:good</comment>
        <translation>Oui&#xa0;: la boutique peut rendre la connexion en deux étapes obligatoire pour tous ses utilisateurs.</translation>
    </message>
    <message>
        <source>Does every person who administers the shop&apos;s systems have a personal account, with no shared logins?</source>
        <comment>access.personal-accounts</comment>
        <translation>Chaque personne qui administre les systèmes de la boutique a-t-elle un compte personnel, sans identifiants partagés&#xa0;?</translation>
    </message>
    <message>
        <source>With shared logins nobody can tell who did what, and a leaver keeps access until the password changes.</source>
        <comment>access.personal-accounts:why</comment>
        <translation>Avec des identifiants partagés, personne ne peut dire qui a fait quoi, et une personne qui s&apos;en va garde l&apos;accès jusqu&apos;au changement du mot de passe.</translation>
    </message>
    <message>
        <source>Yes: every person has their own account, and shared logins are not used.</source>
        <comment>access.personal-accounts:good</comment>
        <translation>Oui&#xa0;: chaque personne a son propre compte, et aucun identifiant partagé n&apos;est utilisé.</translation>
    </message>
    <message>
        <source>Can we give each of our users only the rights they need, instead of full access for everyone?</source>
        <comment>access.roles</comment>
        <translation>Pouvons-nous donner à chacun de nos utilisateurs uniquement les droits dont il a besoin, au lieu d&apos;un accès complet pour tout le monde&#xa0;?</translation>
    </message>
    <message>
        <source>Not everyone who works for the shop needs to see customers&apos; details or change prices; fewer rights mean less harm from a stolen account.</source>
        <comment>access.roles:why</comment>
        <translation>Tous ceux qui travaillent pour la boutique n&apos;ont pas besoin de voir les données des clients ni de modifier les prix&#xa0;; moins de droits, c&apos;est moins de dégâts si un compte est volé.</translation>
    </message>
    <message>
        <source>Yes: there are roles or permissions fine enough for the shop to limit each user.</source>
        <comment>access.roles:good</comment>
        <translation>Oui&#xa0;: il existe des rôles ou des autorisations assez fins pour que la boutique puisse limiter chaque utilisateur.</translation>
    </message>
    <message>
        <source>How do you remove access to the shop&apos;s systems when someone leaves your team?</source>
        <comment>access.leavers</comment>
        <translation>Comment retirez-vous l&apos;accès aux systèmes de la boutique quand quelqu&apos;un quitte votre équipe&#xa0;?</translation>
    </message>
    <message>
        <source>Former staff who can still log in are a risk the shop cannot see.</source>
        <comment>access.leavers:why</comment>
        <translation>D&apos;anciens employés qui peuvent encore se connecter sont un risque que la boutique ne voit pas.</translation>
    </message>
    <message>
        <source>A written routine that removes every account and access key, and that someone checks.</source>
        <comment>access.leavers:good</comment>
        <translation>Une procédure écrite qui supprime chaque compte et chaque clé d&apos;accès, et que quelqu&apos;un vérifie.</translation>
    </message>
    <message>
        <source>Within how many days of someone leaving your team is their access to the shop&apos;s systems removed?</source>
        <comment>access.leavers-days</comment>
        <translation>Dans un délai de combien de jours après le départ d&apos;un membre de votre équipe ses accès aux systèmes de la boutique sont-ils retirés&#xa0;?</translation>
    </message>
    <message>
        <source>Every day a former colleague can still get in is a day of needless risk.</source>
        <comment>access.leavers-days:why</comment>
        <translation>Chaque jour où un ancien collègue peut encore entrer est un jour de risque inutile.</translation>
    </message>
    <message>
        <source>On the day they leave, or the next day at the latest.</source>
        <comment>access.leavers-days:good</comment>
        <translation>Le jour de son départ, ou le lendemain au plus tard.</translation>
    </message>
    <message>
        <source>Is the transfer lock turned on for the shop&apos;s domain?</source>
        <comment>registrar.transfer-lock</comment>
        <translation>Le verrou de transfert est-il activé pour le domaine de la boutique&#xa0;?</translation>
    </message>
    <message>
        <source>Without it, someone who gets into the account can move the domain to another registrar and take the shop&apos;s address.</source>
        <comment>registrar.transfer-lock:why</comment>
        <translation>Sans lui, quelqu&apos;un qui s&apos;introduit dans le compte peut transférer le domaine vers un autre bureau d&apos;enregistrement et s&apos;emparer de l&apos;adresse de la boutique.</translation>
    </message>
    <message>
        <source>Yes: the domain is locked against transfers, and unlocking it needs the shop&apos;s approval.</source>
        <comment>registrar.transfer-lock:good</comment>
        <translation>Oui&#xa0;: le domaine est verrouillé contre les transferts, et son déverrouillage nécessite l&apos;accord de la boutique.</translation>
    </message>
    <message>
        <source>Is the shop&apos;s domain renewed automatically?</source>
        <comment>registrar.auto-renew</comment>
        <translation>Le domaine de la boutique est-il renouvelé automatiquement&#xa0;?</translation>
    </message>
    <message>
        <source>A domain that lapses takes the shop and its email offline, and someone else may register it.</source>
        <comment>registrar.auto-renew:why</comment>
        <translation>Un domaine qui expire met la boutique et sa messagerie hors ligne, et quelqu&apos;un d&apos;autre peut l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Yes: it renews automatically, and the shop is warned well before if payment fails.</source>
        <comment>registrar.auto-renew:good</comment>
        <translation>Oui&#xa0;: il se renouvelle automatiquement, et la boutique est prévenue bien à l&apos;avance si le paiement échoue.</translation>
    </message>
    <message>
        <source>On what date does the shop&apos;s domain registration expire?</source>
        <comment>registrar.expiry</comment>
        <translation>À quelle date l&apos;enregistrement du domaine de la boutique expire-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>The shop should know the date, so a failed renewal does not come as a surprise.</source>
        <comment>registrar.expiry:why</comment>
        <translation>La boutique doit connaître cette date, pour qu&apos;un renouvellement raté ne la prenne pas par surprise.</translation>
    </message>
    <message>
        <source>A date that is still ahead, ideally more than a few months away.</source>
        <comment>registrar.expiry:good</comment>
        <translation>Une date encore à venir, idéalement dans plus de quelques mois.</translation>
    </message>
    <message>
        <source>Can the shop&apos;s domain publish an SPF record that covers every server you send its mail from?</source>
        <comment>email.spf</comment>
        <translation>Le domaine de la boutique peut-il publier un enregistrement SPF qui couvre tous les serveurs depuis lesquels vous envoyez son courrier&#xa0;?</translation>
    </message>
    <message>
        <source>SPF tells other mail servers which servers may send as the shop, which makes fake shop emails easier to catch.</source>
        <comment>email.spf:why</comment>
        <translation>SPF indique aux autres serveurs de messagerie quels serveurs peuvent envoyer au nom de la boutique, ce qui permet de repérer plus facilement les faux e-mails de la boutique.</translation>
    </message>
    <message>
        <source>Yes: you give the record to publish, and it covers all of your sending servers.</source>
        <comment>email.spf:good</comment>
        <translation>Oui&#xa0;: vous fournissez l&apos;enregistrement à publier, et il couvre tous vos serveurs d&apos;envoi.</translation>
    </message>
    <message>
        <source>Do you sign the mail you send for the shop with DKIM, using the shop&apos;s own domain?</source>
        <comment>email.dkim</comment>
        <translation>Signez-vous avec DKIM le courrier que vous envoyez pour la boutique, en utilisant le propre domaine de la boutique&#xa0;?</translation>
    </message>
    <message>
        <source>The signature proves a message really came from the shop and was not changed on the way.</source>
        <comment>email.dkim:why</comment>
        <translation>La signature prouve qu&apos;un message vient vraiment de la boutique et n&apos;a pas été modifié en chemin.</translation>
    </message>
    <message>
        <source>Yes: every message is signed with a key for the shop&apos;s domain.</source>
        <comment>email.dkim:good</comment>
        <translation>Oui&#xa0;: chaque message est signé avec une clé du domaine de la boutique.</translation>
    </message>
    <message>
        <source>Does the mail you send for the shop pass DMARC checks, so that we can publish a strict DMARC policy?</source>
        <comment>email.dmarc</comment>
        <translation>Le courrier que vous envoyez pour la boutique passe-t-il les contrôles DMARC, afin que nous puissions publier une politique DMARC stricte&#xa0;?</translation>
    </message>
    <message>
        <source>A strict DMARC policy tells other mail servers to reject fake messages sent in the shop&apos;s name, for example fake invoices to customers.</source>
        <comment>email.dmarc:why</comment>
        <translation>Une politique DMARC stricte demande aux autres serveurs de messagerie de rejeter les faux messages envoyés au nom de la boutique, par exemple de fausses factures adressées aux clients.</translation>
    </message>
    <message>
        <source>Yes: SPF or DKIM match the shop&apos;s domain, so a policy that rejects fakes can be published.</source>
        <comment>email.dmarc:good</comment>
        <translation>Oui&#xa0;: SPF ou DKIM correspondent au domaine de la boutique&#xa0;; une politique qui rejette les faux messages peut donc être publiée.</translation>
    </message>
    <message>
        <source>Is every administrator action on the shop&apos;s systems recorded in an audit log?</source>
        <comment>logging.admin-actions</comment>
        <translation>Chaque action d&apos;administration sur les systèmes de la boutique est-elle enregistrée dans un journal d&apos;audit&#xa0;?</translation>
    </message>
    <message>
        <source>An audit log shows who changed what and when; without it, nobody can tell what an intruder did.</source>
        <comment>logging.admin-actions:why</comment>
        <translation>Un journal d&apos;audit montre qui a modifié quoi et quand&#xa0;; sans lui, personne ne peut savoir ce qu&apos;un intrus a fait.</translation>
    </message>
    <message>
        <source>Yes: all administrator actions, yours and ours, are logged with the person, the time and the change.</source>
        <comment>logging.admin-actions:good</comment>
        <translation>Oui&#xa0;: toutes les actions d&apos;administration, les vôtres comme les nôtres, sont journalisées avec la personne, l&apos;heure et la modification.</translation>
    </message>
    <message>
        <source>For how many days is that audit log kept?</source>
        <comment>logging.retention-days</comment>
        <translation>Pendant combien de jours ce journal d&apos;audit est-il conservé&#xa0;?</translation>
    </message>
    <message>
        <source>Break-ins are often found months later, and the log must still reach back to the start.</source>
        <comment>logging.retention-days:why</comment>
        <translation>Les intrusions sont souvent découvertes des mois plus tard, et le journal doit encore remonter jusqu&apos;au début.</translation>
    </message>
    <message>
        <source>At least 180 days; a year is better.</source>
        <comment>logging.retention-days:good</comment>
        <translation>Au moins 180 jours&#xa0;; un an, c&apos;est mieux.</translation>
    </message>
    <message>
        <source>Can we see or export the audit log of our own account?</source>
        <comment>logging.customer-view</comment>
        <translation>Pouvons-nous consulter ou exporter le journal d&apos;audit de notre propre compte&#xa0;?</translation>
    </message>
    <message>
        <source>The shop should be able to check for itself who did what, without having to open a support ticket.</source>
        <comment>logging.customer-view:why</comment>
        <translation>La boutique doit pouvoir vérifier elle-même qui a fait quoi, sans devoir ouvrir un ticket d&apos;assistance.</translation>
    </message>
    <message>
        <source>Yes: the shop can view or download its audit log at any time.</source>
        <comment>logging.customer-view:good</comment>
        <translation>Oui&#xa0;: la boutique peut consulter ou télécharger son journal d&apos;audit à tout moment.</translation>
    </message>
    <message>
        <source>Within how many days of a critical security fix being published do you install it on the systems that run the shop?</source>
        <comment>patch.critical-days</comment>
        <translation>Dans un délai de combien de jours après la publication d&apos;un correctif de sécurité critique l&apos;installez-vous sur les systèmes qui font tourner la boutique&#xa0;?</translation>
    </message>
    <message>
        <source>Attackers start using published weaknesses within days, sometimes hours.</source>
        <comment>patch.critical-days:why</comment>
        <translation>Les attaquants commencent à exploiter les failles publiées en quelques jours, parfois en quelques heures.</translation>
    </message>
    <message>
        <source>Within 14 days at most; within a few days for weaknesses that are already being used in attacks.</source>
        <comment>patch.critical-days:good</comment>
        <translation>Sous 14 jours au plus&#xa0;; sous quelques jours pour les failles déjà exploitées dans des attaques.</translation>
    </message>
    <message>
        <source>Is all the software you run for the shop still supported by its makers, with no versions past their end of life?</source>
        <comment>patch.supported</comment>
        <translation>Tous les logiciels que vous faites tourner pour la boutique sont-ils encore pris en charge par leurs éditeurs, sans aucune version en fin de vie&#xa0;?</translation>
    </message>
    <message>
        <source>Software past its end of life gets no more security fixes, however long it keeps running.</source>
        <comment>patch.supported:why</comment>
        <translation>Un logiciel en fin de vie ne reçoit plus de correctifs de sécurité, aussi longtemps qu&apos;il continue de fonctionner.</translation>
    </message>
    <message>
        <source>Yes: every part, from the operating system to the shop software, still receives security updates.</source>
        <comment>patch.supported:good</comment>
        <translation>Oui&#xa0;: chaque composant, du système d&apos;exploitation au logiciel de la boutique, reçoit encore des mises à jour de sécurité.</translation>
    </message>
    <message>
        <source>Within how many hours of discovering a security incident that affects the shop&apos;s data do you tell us?</source>
        <comment>incident.notify-hours</comment>
        <translation>Dans un délai de combien d&apos;heures après la découverte d&apos;un incident de sécurité touchant les données de la boutique nous prévenez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>The shop may itself have to inform the data protection authority within 72 hours, and its customers soon after; it cannot do that without being told.</source>
        <comment>incident.notify-hours:why</comment>
        <translation>La boutique peut elle-même devoir informer l&apos;autorité de protection des données dans les 72 heures, puis ses clients peu après&#xa0;; elle ne peut pas le faire si personne ne la prévient.</translation>
    </message>
    <message>
        <source>Within 24 hours at most.</source>
        <comment>incident.notify-hours:good</comment>
        <translation>Sous 24 heures au plus.</translation>
    </message>
    <message>
        <source>Whom can we reach at any hour if we think the shop has been broken into, and how?</source>
        <comment>incident.contact</comment>
        <translation>Qui pouvons-nous joindre à toute heure si nous pensons que la boutique a été piratée, et comment&#xa0;?</translation>
    </message>
    <message>
        <source>In an emergency, knowing whom to call saves hours.</source>
        <comment>incident.contact:why</comment>
        <translation>En cas d&apos;urgence, savoir qui appeler fait gagner des heures.</translation>
    </message>
    <message>
        <source>A named team or person with a phone number or address that answers at all hours.</source>
        <comment>incident.contact:good</comment>
        <translation>Une équipe ou une personne nommément désignée, avec un numéro de téléphone ou une adresse où quelqu&apos;un répond à toute heure.</translation>
    </message>
    <message>
        <source>Do you have a written plan for handling security incidents, and have you practised it in the past year?</source>
        <comment>incident.plan</comment>
        <translation>Avez-vous un plan écrit de gestion des incidents de sécurité, et l&apos;avez-vous mis en pratique au cours de l&apos;année écoulée&#xa0;?</translation>
    </message>
    <message>
        <source>A plan that has been rehearsed turns a panic into a routine, and shortens the time the shop is at risk.</source>
        <comment>incident.plan:why</comment>
        <translation>Un plan déjà répété transforme la panique en routine, et réduit le temps pendant lequel la boutique est exposée.</translation>
    </message>
    <message>
        <source>Yes: there is a written plan, and it was practised within the past 12 months.</source>
        <comment>incident.plan:good</comment>
        <translation>Oui&#xa0;: il existe un plan écrit, et il a été mis en pratique au cours des 12 derniers mois.</translation>
    </message>
    <message>
        <source>Are you certified as compliant with the card industry&apos;s security standard (PCI DSS), with a current attestation of compliance?</source>
        <comment>payment.pci.attested</comment>
        <translation>Votre entreprise est-elle certifiée conforme à la norme de sécurité du secteur des cartes de paiement (PCI DSS), avec une attestation de conformité en cours de validité&#xa0;?</translation>
    </message>
    <message>
        <source>Card payments may only be handled by a provider that meets this standard; otherwise the shop carries the risk of card fraud and fines.</source>
        <comment>payment.pci.attested:why</comment>
        <translation>Les paiements par carte ne peuvent être traités que par un prestataire conforme à cette norme&#xa0;; sinon, la boutique supporte le risque de fraude à la carte et d&apos;amendes.</translation>
    </message>
    <message>
        <source>Yes: you hold a current attestation of compliance and can send the shop a copy.</source>
        <comment>payment.pci.attested:good</comment>
        <translation>Oui&#xa0;: vous détenez une attestation de conformité en cours de validité et pouvez en envoyer une copie à la boutique.</translation>
    </message>
    <message>
        <source>On what date was your current PCI DSS attestation of compliance signed?</source>
        <comment>payment.pci.aoc-date</comment>
        <translation>À quelle date votre attestation de conformité PCI DSS actuelle a-t-elle été signée&#xa0;?</translation>
    </message>
    <message>
        <source>The attestation must be renewed every year; an old one says nothing about today.</source>
        <comment>payment.pci.aoc-date:why</comment>
        <translation>L&apos;attestation doit être renouvelée chaque année&#xa0;; une attestation ancienne ne dit rien de la situation actuelle.</translation>
    </message>
    <message>
        <source>A date within the past 12 months.</source>
        <comment>payment.pci.aoc-date:good</comment>
        <translation>Une date au cours des 12 derniers mois.</translation>
    </message>
    <message>
        <source>How do card details travel from the customer to you when they pay in the shop?</source>
        <comment>payment.integration</comment>
        <translation>Comment les données de carte vont-elles du client jusqu&apos;à vous lorsqu&apos;il paie dans la boutique&#xa0;?</translation>
    </message>
    <message>
        <source>The less the shop&apos;s own pages and servers handle card details, the smaller the shop&apos;s share of the card security rules, and the less an intruder can steal.</source>
        <comment>payment.integration:why</comment>
        <translation>Moins les pages et les serveurs de la boutique manipulent de données de carte, plus la part des règles de sécurité des cartes qui incombe à la boutique est réduite, et moins un intrus peut en voler.</translation>
    </message>
    <message>
        <source>The customer types the card details on your payment page or in your embedded payment field, never on the shop&apos;s own page.</source>
        <comment>payment.integration:good</comment>
        <translation>Le client saisit ses données de carte sur votre page de paiement ou dans votre champ de paiement intégré, jamais sur une page propre à la boutique.</translation>
    </message>
    <message>
        <source>The customer is sent to your payment page</source>
        <comment>payment.integration:choice:hosted-page</comment>
        <translation>Le client est redirigé vers votre page de paiement</translation>
    </message>
    <message>
        <source>Your payment field is embedded in the shop&apos;s page</source>
        <comment>payment.integration:choice:iframe</comment>
        <translation>Votre champ de paiement est intégré à la page de la boutique</translation>
    </message>
    <message>
        <source>Your script on the shop&apos;s page sends the card details straight to you</source>
        <comment>payment.integration:choice:script</comment>
        <translation>Votre script sur la page de la boutique vous envoie directement les données de carte</translation>
    </message>
    <message>
        <source>Card details pass through the shop&apos;s own server</source>
        <comment>payment.integration:choice:direct</comment>
        <translation>Les données de carte passent par le serveur de la boutique</translation>
    </message>
    <message>
        <source>Do full card numbers ever reach or get stored on the shop&apos;s own servers?</source>
        <comment>payment.card-data-stored</comment>
        <translation>Des numéros de carte complets arrivent-ils sur les serveurs de la boutique, ou y sont-ils stockés, ne serait-ce qu&apos;une fois&#xa0;?</translation>
    </message>
    <message>
        <source>Card numbers on the shop&apos;s servers make it a prize for attackers and bring the strictest security rules with them.</source>
        <comment>payment.card-data-stored:why</comment>
        <translation>Des numéros de carte sur les serveurs de la boutique en font une cible de choix pour les attaquants, et entraînent les règles de sécurité les plus strictes.</translation>
    </message>
    <message>
        <source>No: card numbers stay with you; the shop only keeps a reference to each payment.</source>
        <comment>payment.card-data-stored:good</comment>
        <translation>Non&#xa0;: les numéros de carte restent chez vous&#xa0;; la boutique ne conserve qu&apos;une référence pour chaque paiement.</translation>
    </message>
    <message>
        <source>Do you screen the shop&apos;s payments for fraud and support strong customer authentication (such as 3-D Secure)?</source>
        <comment>payment.fraud-checks</comment>
        <translation>Contrôlez-vous les paiements de la boutique pour détecter la fraude, et prenez-vous en charge l&apos;authentification forte du client (comme 3-D Secure)&#xa0;?</translation>
    </message>
    <message>
        <source>Fraudulent orders cost the shop the goods, the money and a fee for every charge-back.</source>
        <comment>payment.fraud-checks:why</comment>
        <translation>Les commandes frauduleuses coûtent à la boutique la marchandise, l&apos;argent et des frais pour chaque rétrofacturation (charge-back).</translation>
    </message>
    <message>
        <source>Yes: payments are screened, and strong customer authentication is used where it applies.</source>
        <comment>payment.fraud-checks:good</comment>
        <translation>Oui&#xa0;: les paiements sont contrôlés, et l&apos;authentification forte du client est utilisée lorsqu&apos;elle s&apos;applique.</translation>
    </message>
    <message>
        <source>When did an independent firm last test your systems for weaknesses (a penetration test)?</source>
        <comment>testing.pentest-date</comment>
        <translation>Quand une entreprise indépendante a-t-elle testé vos systèmes pour la dernière fois à la recherche de failles (test d&apos;intrusion)&#xa0;?</translation>
    </message>
    <message>
        <source>An outside test finds the weaknesses that attackers would find, before they do.</source>
        <comment>testing.pentest-date:why</comment>
        <translation>Un test externe trouve les failles que les attaquants trouveraient, avant eux.</translation>
    </message>
    <message>
        <source>A test within the past 12 months, with the serious findings fixed.</source>
        <comment>testing.pentest-date:good</comment>
        <translation>Un test au cours des 12 derniers mois, dont les constats graves ont été corrigés.</translation>
    </message>
    <message>
        <source>Which accounts do you hold on the shop&apos;s systems (system, user name, rights), and why do you need each of them?</source>
        <comment>dev.accounts</comment>
        <translation>Quels comptes détenez-vous sur les systèmes de la boutique (système, nom d&apos;utilisateur, droits), et pourquoi avez-vous besoin de chacun d&apos;eux&#xa0;?</translation>
    </message>
    <message>
        <source>Every account is a door into the shop; the shop should know each one and the reason it exists.</source>
        <comment>dev.accounts:why</comment>
        <translation>Chaque compte est une porte d&apos;entrée dans la boutique&#xa0;; la boutique doit connaître chacun d&apos;eux et la raison de son existence.</translation>
    </message>
    <message>
        <source>A complete list in which every account has a named user and a clear purpose, and nothing more than needed.</source>
        <comment>dev.accounts:good</comment>
        <translation>Une liste complète où chaque compte a un utilisateur nommément désigné et un objectif clair, et rien de plus que le nécessaire.</translation>
    </message>
    <message>
        <source>Where do you keep the passwords and keys for the shop&apos;s systems?</source>
        <comment>dev.credentials</comment>
        <translation>Où conservez-vous les mots de passe et les clés des systèmes de la boutique&#xa0;?</translation>
    </message>
    <message>
        <source>Passwords in emails, chats or loose files are easy to steal and hard to account for.</source>
        <comment>dev.credentials:why</comment>
        <translation>Des mots de passe dans des e-mails, des messageries ou des fichiers épars sont faciles à voler et difficiles à suivre.</translation>
    </message>
    <message>
        <source>In a password manager or secrets vault that only the people who need them can open.</source>
        <comment>dev.credentials:good</comment>
        <translation>Dans un gestionnaire de mots de passe ou un coffre-fort de secrets que seules les personnes qui en ont besoin peuvent ouvrir.</translation>
    </message>
    <message>
        <source>In a password manager or secrets vault</source>
        <comment>dev.credentials:choice:vault</comment>
        <translation>Dans un gestionnaire de mots de passe ou un coffre-fort de secrets</translation>
    </message>
    <message>
        <source>In documents or files</source>
        <comment>dev.credentials:choice:files</comment>
        <translation>Dans des documents ou des fichiers</translation>
    </message>
    <message>
        <source>In emails or chat messages</source>
        <comment>dev.credentials:choice:messages</comment>
        <translation>Dans des e-mails ou des messages instantanés</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <comment>dev.credentials:choice:other</comment>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <source>Do you use two-step login (multi-factor authentication) on every account you hold for the shop, wherever it is available?</source>
        <comment>dev.mfa</comment>
        <translation>Utilisez-vous la connexion en deux étapes (authentification multifacteur) sur chaque compte que vous détenez pour la boutique, partout où elle est disponible&#xa0;?</translation>
    </message>
    <message>
        <source>Developers&apos; accounts usually have the most rights, which makes them the most attractive to attackers.</source>
        <comment>dev.mfa:why</comment>
        <translation>Les comptes des développeurs ont généralement le plus de droits, ce qui en fait les plus attrayants pour les attaquants.</translation>
    </message>
    <message>
        <source>Yes: two-step login is on for every account that offers it.</source>
        <comment>dev.mfa:good</comment>
        <translation>Oui&#xa0;: la connexion en deux étapes est activée sur chaque compte qui la propose.</translation>
    </message>
    <message>
        <source>Is the shop&apos;s code kept in a version control system such as git?</source>
        <comment>dev.git</comment>
        <translation>Le code de la boutique est-il conservé dans un système de gestion de versions comme git&#xa0;?</translation>
    </message>
    <message>
        <source>Version control keeps every earlier state of the code, so a bad change can be undone and a copy of the code always exists.</source>
        <comment>dev.git:why</comment>
        <translation>La gestion de versions conserve chaque état antérieur du code&#xa0;: une mauvaise modification peut être annulée, et une copie du code existe toujours.</translation>
    </message>
    <message>
        <source>Yes: all of the shop&apos;s own code and settings are in version control.</source>
        <comment>dev.git:good</comment>
        <translation>Oui&#xa0;: tout le code et tous les réglages propres à la boutique sont sous gestion de versions.</translation>
    </message>
    <message>
        <source>Is every change to the shop recorded there, with what changed, who made it and when?</source>
        <comment>dev.changelog</comment>
        <translation>Chaque modification de la boutique y est-elle enregistrée, avec ce qui a changé, qui l&apos;a faite et quand&#xa0;?</translation>
    </message>
    <message>
        <source>After an incident, the first question is what changed last, by whom and when.</source>
        <comment>dev.changelog:why</comment>
        <translation>Après un incident, la première question est&#xa0;: qu&apos;est-ce qui a changé en dernier, par qui et quand&#xa0;?</translation>
    </message>
    <message>
        <source>Yes: every change is recorded with its author, its date and a short reason.</source>
        <comment>dev.changelog:good</comment>
        <translation>Oui&#xa0;: chaque modification est enregistrée avec son auteur, sa date et une brève justification.</translation>
    </message>
    <message>
        <source>Do we have our own access to the code repository, so we can get the latest code without your help?</source>
        <comment>dev.repo-access</comment>
        <translation>Avons-nous notre propre accès au dépôt de code, pour pouvoir récupérer la dernière version du code sans votre aide&#xa0;?</translation>
    </message>
    <message>
        <source>If the developer is unavailable, the shop must still be able to get its own code.</source>
        <comment>dev.repo-access:why</comment>
        <translation>Si le développeur n&apos;est pas disponible, la boutique doit quand même pouvoir récupérer son propre code.</translation>
    </message>
    <message>
        <source>Yes: the shop has its own account on the repository, or receives a regular copy of it.</source>
        <comment>dev.repo-access:good</comment>
        <translation>Oui&#xa0;: la boutique a son propre compte sur le dépôt, ou en reçoit régulièrement une copie.</translation>
    </message>
    <message>
        <source>Do you try out changes on a separate copy of the shop before they go live?</source>
        <comment>dev.staging</comment>
        <translation>Essayez-vous les modifications sur une copie séparée de la boutique avant leur mise en ligne&#xa0;?</translation>
    </message>
    <message>
        <source>Changes tried directly on the live shop can break checkout in front of customers.</source>
        <comment>dev.staging:why</comment>
        <translation>Des modifications essayées directement sur la boutique en ligne peuvent casser le passage de commande sous les yeux des clients.</translation>
    </message>
    <message>
        <source>Yes: every change is tested on a separate copy first.</source>
        <comment>dev.staging:good</comment>
        <translation>Oui&#xa0;: chaque modification est d&apos;abord testée sur une copie séparée.</translation>
    </message>
    <message>
        <source>Are you in charge of installing security updates for the shop&apos;s software, themes and plugins?</source>
        <comment>dev.updates</comment>
        <translation>Est-ce vous qui installez les mises à jour de sécurité du logiciel, des thèmes et des extensions de la boutique&#xa0;?</translation>
    </message>
    <message>
        <source>Someone must be clearly responsible for updates, or they fall between two chairs.</source>
        <comment>dev.updates:why</comment>
        <translation>Quelqu&apos;un doit être clairement responsable des mises à jour, sinon elles passent entre les mailles du filet.</translation>
    </message>
    <message>
        <source>A clear yes or no, so the shop knows whether it must arrange updates elsewhere.</source>
        <comment>dev.updates:good</comment>
        <translation>Un oui ou un non clair, pour que la boutique sache si elle doit organiser les mises à jour autrement.</translation>
    </message>
    <message>
        <source>Within how many days of a critical security update being published do you install it on the shop?</source>
        <comment>dev.update-days</comment>
        <translation>Dans un délai de combien de jours après la publication d&apos;une mise à jour de sécurité critique l&apos;installez-vous sur la boutique&#xa0;?</translation>
    </message>
    <message>
        <source>Attackers scan for shops running software with published weaknesses within days.</source>
        <comment>dev.update-days:why</comment>
        <translation>En quelques jours, les attaquants recherchent les boutiques dont les logiciels ont des failles publiées.</translation>
    </message>
    <message>
        <source>Within 14 days at most; within a few days for weaknesses that are already being used in attacks.</source>
        <comment>dev.update-days:good</comment>
        <translation>Sous 14 jours au plus&#xa0;; sous quelques jours pour les failles déjà exploitées dans des attaques.</translation>
    </message>
    <message>
        <source>At the end of a project, will you remove or hand back your accounts, and hand over the code and all the passwords and keys you hold?</source>
        <comment>dev.handover</comment>
        <translation>À la fin d&apos;un projet, supprimerez-vous ou rendrez-vous vos comptes, et nous remettrez-vous le code ainsi que tous les mots de passe et toutes les clés que vous détenez&#xa0;?</translation>
    </message>
    <message>
        <source>When the work ends, the shop should hold everything it needs and no former supplier should still have a way in.</source>
        <comment>dev.handover:why</comment>
        <translation>À la fin du travail, la boutique doit détenir tout ce dont elle a besoin, et aucun ancien fournisseur ne doit encore avoir un moyen d&apos;entrer.</translation>
    </message>
    <message>
        <source>Yes: you confirm in writing which accounts were removed or handed over, and deliver the code and credentials.</source>
        <comment>dev.handover:good</comment>
        <translation>Oui&#xa0;: vous confirmez par écrit quels comptes ont été supprimés ou remis, et vous livrez le code et les identifiants.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
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
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Only if you answered %1 with %2.</source>
        <translation>Seulement si vous avez répondu %2 à la question %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>QuestionnaireCommands</name>
    <message>
        <source>give the provider&apos;s id with --provider ID (see: storefort-cli providers list).</source>
        <translation>indiquez l&apos;identifiant du prestataire avec --provider ID (voir&#xa0;: storefort-cli providers list).</translation>
    </message>
    <message>
        <source>The provider&apos;s id.</source>
        <translation>L&apos;identifiant du prestataire.</translation>
    </message>
    <message>
        <source>text (the email), pdf (the letter) or csv (the fill-in file).</source>
        <translation>text (l&apos;e-mail), pdf (la lettre) ou csv (le fichier à remplir).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>Only the questions not answered yet or due to be asked again.</source>
        <translation>Seulement les questions encore sans réponse ou à redemander.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli questionnaire export PLAN --provider ID --format text|pdf|csv -o FILE [--outstanding]</source>
        <translation>Utilisation&#xa0;: storefort-cli questionnaire export PLAN --provider ID --format text|pdf|csv -o FILE [--outstanding]</translation>
    </message>
    <message>
        <source>give the format with --format text, pdf or csv.</source>
        <translation>indiquez le format avec --format text, pdf ou csv.</translation>
    </message>
    <message>
        <source>give the file to write with -o FILE.</source>
        <translation>indiquez le fichier à écrire avec -o FILE.</translation>
    </message>
    <message>
        <source>the plan has no provider %1.</source>
        <translation>le plan n&apos;a pas de prestataire %1.</translation>
    </message>
    <message>
        <source>Nothing to ask %1: every answer on file is up to date.</source>
        <translation>Rien à demander à %1&#xa0;: toutes les réponses enregistrées sont à jour.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n question(s) for %1 to %2</source>
        <translation>
            <numerusform>%n question pour %1 écrite dans %2</numerusform>
            <numerusform>%n questions pour %1 écrites dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the file and show what would be recorded; change nothing.</source>
        <translation>Vérifier le fichier et afficher ce qui serait enregistré, sans rien modifier.</translation>
    </message>
    <message>
        <source>Record the valid answers even when other rows have errors.</source>
        <translation>Enregistrer les réponses valides même si d&apos;autres lignes contiennent des erreurs.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli questionnaire import PLAN --provider ID FILE [--dry-run] [--take-valid]</source>
        <translation>Utilisation&#xa0;: storefort-cli questionnaire import PLAN --provider ID FILE [--dry-run] [--take-valid]</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>nothing was recorded.</source>
        <translation>rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>was: %1</source>
        <translation>auparavant&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n ligne lue</numerusform>
            <numerusform>%n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid answer(s)</source>
        <translation>
            <numerusform>%n réponse valide</numerusform>
            <numerusform>%n réponses valides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left blank</source>
        <translation>
            <numerusform>%n laissée vide</numerusform>
            <numerusform>%n laissées vides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was recorded: fix the problems and import again, or use --take-valid to record only the valid answers.</source>
        <translation>rien n&apos;a été enregistré&#xa0;: corrigez les problèmes et importez à nouveau, ou utilisez --take-valid pour n&apos;enregistrer que les réponses valides.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: would record %n answer(s) for %1; the plan is unchanged.</source>
        <translation>
            <numerusform>Simulation&#xa0;: %n réponse serait enregistrée pour %1&#xa0;; le plan n&apos;est pas modifié.</numerusform>
            <numerusform>Simulation&#xa0;: %n réponses seraient enregistrées pour %1&#xa0;; le plan n&apos;est pas modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to record for %1.</source>
        <translation>Rien de nouveau à enregistrer pour %1.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n answer(s) for %1.</source>
        <translation>
            <numerusform>%n réponse enregistrée pour %1.</numerusform>
            <numerusform>%n réponses enregistrées pour %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: storefort-cli questionnaire export|import ...</source>
        <translation>utilisation&#xa0;: storefort-cli questionnaire export|import ...</translation>
    </message>
    <message>
        <source>%1 is %2, too big to be a returned fill-in file.</source>
        <translation>%1 fait %2, c’est trop pour un fichier à remplir renvoyé.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireImport</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» manque.</translation>
    </message>
    <message>
        <source>This is not a filled-in questionnaire. %1 The first line must name the columns: %2.</source>
        <translation>Ce n&apos;est pas un questionnaire rempli. %1 La première ligne doit nommer les colonnes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file has no questions below its first line.</source>
        <translation>Le fichier ne contient aucune question sous sa première ligne.</translation>
    </message>
    <message>
        <source>The answer has no question id.</source>
        <translation>La réponse n&apos;a pas d&apos;identifiant de question.</translation>
    </message>
    <message>
        <source>There is no question &quot;%1&quot; (the question id may have been changed).</source>
        <translation>Il n&apos;existe pas de question «&#xa0;%1&#xa0;» (l&apos;identifiant de la question a peut-être été modifié).</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; is not asked of a %2.</source>
        <translation>La question «&#xa0;%1&#xa0;» n&apos;est pas posée aux prestataires de type «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; is answered twice (also on line %2): neither answer is taken.</source>
        <translation>La question «&#xa0;%1&#xa0;» a reçu deux réponses (l&apos;autre à la ligne %2)&#xa0;: aucune des deux n&apos;est retenue.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: %2</source>
        <translation>Question «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: the question version &quot;%2&quot; is not a number.</source>
        <translation>Question «&#xa0;%1&#xa0;»&#xa0;: la version de question «&#xa0;%2&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: the file was made for version %2 of the question, but this program knows only version %3. Update Storefort or send the provider a new file.</source>
        <translation>Question «&#xa0;%1&#xa0;»&#xa0;: le fichier a été établi pour la version %2 de la question, mais ce programme ne connaît que la version %3. Mettez Storefort à jour ou envoyez un nouveau fichier au prestataire.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: &quot;%2&quot; is not a date; write it as YYYY-MM-DD, e.g. %3.</source>
        <translation>Question «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date&#xa0;; écrivez-la sous la forme AAAA-MM-JJ, par exemple %3.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: the answer is dated %2, which is in the future.</source>
        <translation>Question «&#xa0;%1&#xa0;»&#xa0;: la réponse est datée du %2, c&apos;est-à-dire dans le futur.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireLetter</name>
    <message>
        <source>Security questions from %1 for %2</source>
        <translation>Questions de sécurité de %1 pour %2</translation>
    </message>
    <message>
        <source>Hello %1 team,</source>
        <translation>Bonjour à l&apos;équipe de %1,</translation>
    </message>
    <message numerus="yes">
        <source>%1 keeps a security plan for its online shop, and part of it is knowing how the providers we rely on protect it. Please answer the %n question(s) below about what you run for us.</source>
        <translation>
            <numerusform>%1 tient un plan de sécurité pour sa boutique en ligne&#xa0;; il s&apos;agit notamment de savoir comment les prestataires sur lesquels nous nous appuyons la protègent. Voici %n question sur ce que vous gérez pour nous&#xa0;; merci d&apos;y répondre.</numerusform>
            <numerusform>%1 tient un plan de sécurité pour sa boutique en ligne&#xa0;; il s&apos;agit notamment de savoir comment les prestataires sur lesquels nous nous appuyons la protègent. Voici %n questions sur ce que vous gérez pour nous&#xa0;; merci d&apos;y répondre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 keeps a security plan for its online shop, and part of it is knowing how the providers we rely on protect it. Please answer the %n question(s) below about what you run for us (our account: %2).</source>
        <translation>
            <numerusform>%1 tient un plan de sécurité pour sa boutique en ligne&#xa0;; il s&apos;agit notamment de savoir comment les prestataires sur lesquels nous nous appuyons la protègent. Voici %n question sur ce que vous gérez pour nous (notre compte&#xa0;: %2)&#xa0;; merci d&apos;y répondre.</numerusform>
            <numerusform>%1 tient un plan de sécurité pour sa boutique en ligne&#xa0;; il s&apos;agit notamment de savoir comment les prestataires sur lesquels nous nous appuyons la protègent. Voici %n questions sur ce que vous gérez pour nous (notre compte&#xa0;: %2)&#xa0;; merci d&apos;y répondre.</numerusform>
        </translation>
    </message>
    <message>
        <source>The easiest way is to fill in the &quot;answer&quot; column of the attached file (CSV: it opens in any spreadsheet) and send it back to us. You may also answer in your reply, by question number. If a question does not apply to you, please say so.</source>
        <translation>Le plus simple est de remplir la colonne «&#xa0;answer&#xa0;» du fichier joint (CSV&#xa0;: il s&apos;ouvre dans n&apos;importe quel tableur) et de nous le renvoyer. Vous pouvez aussi répondre directement dans votre e-mail, en indiquant le numéro de chaque question. Si une question ne vous concerne pas, veuillez le préciser.</translation>
    </message>
    <message>
        <source>The full list, with why each question matters, is in the attached letter.</source>
        <translation>La liste complète, avec la raison de chaque question, se trouve dans la lettre jointe.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why we ask: %1</source>
        <translation>Pourquoi nous posons cette question&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more question(s): please see the attached letter.</source>
        <translation>
            <numerusform>… et %n autre question&#xa0;: veuillez consulter la lettre jointe.</numerusform>
            <numerusform>… et %n autres questions&#xa0;: veuillez consulter la lettre jointe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you for your help.</source>
        <translation>Merci de votre aide.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Cordialement,</translation>
    </message>
    <message>
        <source>Security questions</source>
        <translation>Questions de sécurité</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>Our account with you: %1</source>
        <translation>Notre compte chez vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>Security questions from %1</source>
        <translation>Questions de sécurité de %1</translation>
    </message>
    <message numerus="yes">
        <source>We keep a security plan for our online shop, and part of it is knowing how the providers we rely on protect it. Please answer the %n question(s) below about what you run for us.</source>
        <translation>
            <numerusform>Nous tenons un plan de sécurité pour notre boutique en ligne&#xa0;; il s&apos;agit notamment de savoir comment les prestataires sur lesquels nous nous appuyons la protègent. Voici %n question sur ce que vous gérez pour nous&#xa0;; merci d&apos;y répondre.</numerusform>
            <numerusform>Nous tenons un plan de sécurité pour notre boutique en ligne&#xa0;; il s&apos;agit notamment de savoir comment les prestataires sur lesquels nous nous appuyons la protègent. Voici %n questions sur ce que vous gérez pour nous&#xa0;; merci d&apos;y répondre.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can write your answers on this letter, or fill in the &quot;answer&quot; column of the CSV file we sent with it and send it back. If a question does not apply to you, please say so. Thank you for your help.</source>
        <translation>Vous pouvez écrire vos réponses sur cette lettre, ou remplir la colonne «&#xa0;answer&#xa0;» du fichier CSV que nous avons envoyé avec elle et nous le renvoyer. Si une question ne vous concerne pas, veuillez le préciser. Merci de votre aide.</translation>
    </message>
    <message>
        <source>There are no questions to answer at the moment.</source>
        <translation>Il n&apos;y a aucune question à traiter pour le moment.</translation>
    </message>
    <message>
        <source>Answer format: %1</source>
        <translation>Format de réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Pourquoi c&apos;est important&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answered by (name, role):</source>
        <translation>Réponse donnée par (nom, fonction)&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Could not write the letter to %1: %2</source>
        <translation>Impossible d&apos;écrire la lettre dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>QuestionnaireModel</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>Leur réponse</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>Au dossier</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message numerus="yes">
        <source>%n outstanding</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>all answered</source>
        <translation>réponses complètes</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Attacks and outages (DDoS)</source>
        <translation>Attaques et pannes (DDoS)</translation>
    </message>
    <message>
        <source>Backups and exports</source>
        <translation>Sauvegardes et exports</translation>
    </message>
    <message>
        <source>Who can get in</source>
        <translation>Qui peut accéder</translation>
    </message>
    <message>
        <source>Audit logs</source>
        <translation>Journaux d&apos;audit</translation>
    </message>
    <message>
        <source>Updates and fixes</source>
        <translation>Mises à jour et correctifs</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Where the data is</source>
        <translation>Où sont les données</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Security testing</source>
        <translation>Tests de sécurité</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Falls short</source>
        <translation>Insuffisant</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Given by %1 on %2</source>
        <translation>Donnée par %1 (%2)</translation>
    </message>
    <message>
        <source>Given by %1 at %2 on %3</source>
        <translation>Donnée par %1 chez %2 (%3)</translation>
    </message>
    <message>
        <source>%1 · entered %2</source>
        <translation>%1 · saisie le %2</translation>
    </message>
    <message>
        <source>Due to be asked again</source>
        <translation>À redemander</translation>
    </message>
    <message>
        <source>Due to be asked again (the question changed)</source>
        <translation>À redemander (la question a changé)</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Due again · %1</source>
        <translation>À redemander · %1</translation>
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
        <translation>&amp;Interroger ce prestataire…</translation>
    </message>
    <message>
        <source>&amp;Import Returned File…</source>
        <translation>Im&amp;porter un fichier renvoyé…</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>Saisir la &amp;réponse…</translation>
    </message>
    <message>
        <source>&amp;Remove Answer</source>
        <translation>&amp;Supprimer la réponse</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Toutes les questions</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Falling short</source>
        <translation>Réponses insuffisantes</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>A letter, an email and a fill-in file with the questions for this provider</source>
        <translation>Une lettre, un e-mail et un fichier à remplir avec les questions pour ce prestataire</translation>
    </message>
    <message>
        <source>Record the answers from a fill-in file the provider sent back</source>
        <translation>Enregistrer les réponses d&apos;un fichier à remplir renvoyé par le prestataire</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message numerus="yes">
        <source>%n outstanding</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>All answered and current</source>
        <translation>Toutes les questions ont une réponse à jour</translation>
    </message>
    <message numerus="yes">
        <source>%n fall(s) short</source>
        <translation>
            <numerusform>%n insuffisante</numerusform>
            <numerusform>%n insuffisantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a provider to see the questions for them.</source>
        <translation>Choisissez un prestataire pour voir les questions qui le concernent.</translation>
    </message>
    <message>
        <source>Nothing outstanding: every question has a current answer.</source>
        <translation>Rien en attente&#xa0;: chaque question a une réponse à jour.</translation>
    </message>
    <message>
        <source>No answer falls short.</source>
        <translation>Aucune réponse n&apos;est insuffisante.</translation>
    </message>
    <message>
        <source>No questions apply to this provider.</source>
        <translation>Aucune question ne s&apos;applique à ce prestataire.</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Pourquoi c&apos;est important&#xa0;: %1</translation>
    </message>
    <message>
        <source>What good looks like: %1</source>
        <translation>Ce qui est attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Their answer: %1</source>
        <translation>Leur réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Remarques&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not answered yet. Ask them, or record their answer by hand.</source>
        <translation>Pas encore de réponse. Interrogez le prestataire, ou saisissez sa réponse à la main.</translation>
    </message>
    <message>
        <source>Change &amp;Answer…</source>
        <translation>Modifier la &amp;réponse…</translation>
    </message>
    <message>
        <source>Answer Not Recorded</source>
        <translation>Réponse non enregistrée</translation>
    </message>
    <message>
        <source>Answers Not Recorded</source>
        <translation>Réponses non enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) recorded.</source>
        <translation>
            <numerusform>%n réponse enregistrée.</numerusform>
            <numerusform>%n réponses enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo takes them all back at once.</source>
        <translation>Une seule annulation les retire toutes.</translation>
    </message>
    <message>
        <source>Answer Not Removed</source>
        <translation>Réponse non supprimée</translation>
    </message>
    <message numerus="yes">
        <source>Remove the answer to “%1” with its %n evidence file(s)? The files are deleted from the plan, and this cannot be undone.</source>
        <translation>
            <numerusform>Supprimer la réponse à «&#xa0;%1&#xa0;» avec %n pièce justificative&#xa0;? Le fichier est supprimé du plan, et cette action est irréversible.</numerusform>
            <numerusform>Supprimer la réponse à «&#xa0;%1&#xa0;» avec ses %n pièces justificatives&#xa0;? Les fichiers sont supprimés du plan, et cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Answer and Evidence</source>
        <translation>Supprimer la réponse et les pièces justificatives</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import Returned File</source>
        <translation>Importer un fichier renvoyé</translation>
    </message>
    <message>
        <source>Fill-in files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers à remplir (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>File Not Imported</source>
        <translation>Fichier non importé</translation>
    </message>
    <message>
        <source>“%1” is %2, too big to be a fill-in file (they are a few kilobytes). Choose the file the provider filled in.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2, c&apos;est trop gros pour un fichier à remplir (ces fichiers font quelques kilo-octets). Choisissez le fichier rempli par le prestataire.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lecture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) for %1</source>
        <translation>
            <numerusform>%n question pour %1</numerusform>
            <numerusform>%n questions pour %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message numerus="yes">
        <source>%n critical finding(s) are open.</source>
        <translation>
            <numerusform>%n constat critique est ouvert.</numerusform>
            <numerusform>%n constats critiques sont ouverts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serious finding(s) are open.</source>
        <translation>
            <numerusform>%n constat grave est ouvert.</numerusform>
            <numerusform>%n constats graves sont ouverts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of medium weight are open.</source>
        <translation>
            <numerusform>%n constat de gravité moyenne est ouvert.</numerusform>
            <numerusform>%n constats de gravité moyenne sont ouverts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minor finding(s) are open.</source>
        <translation>
            <numerusform>%n constat mineur est ouvert.</numerusform>
            <numerusform>%n constats mineurs sont ouverts.</numerusform>
        </translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>“%1” has been due since %2.</source>
        <translation>«&#xa0;%1&#xa0;» est à faire depuis le %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) with accounts are on file.</source>
        <translation>
            <numerusform>%n système avec des comptes est enregistré.</numerusform>
            <numerusform>%n systèmes avec des comptes sont enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No system is on file yet: add where the shop&apos;s accounts live (the shop&apos;s admin, the hosting panel, email).</source>
        <translation>Aucun système n&apos;est encore enregistré&#xa0;: ajoutez les endroits où se trouvent les comptes de la boutique (l&apos;administration de la boutique, le panneau d&apos;hébergement, la messagerie).</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) are on file.</source>
        <translation>
            <numerusform>%n compte est enregistré.</numerusform>
            <numerusform>%n comptes sont enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts are on file yet: import them or enter them.</source>
        <translation>Aucun compte n&apos;est encore enregistré&#xa0;: importez-les ou saisissez-les.</translation>
    </message>
    <message>
        <source>Nobody has reviewed who can get in yet.</source>
        <translation>Personne n&apos;a encore vérifié qui peut entrer.</translation>
    </message>
    <message numerus="yes">
        <source>The access review is %n day(s) overdue.</source>
        <translation>
            <numerusform>La revue des accès a %n jour de retard.</numerusform>
            <numerusform>La revue des accès a %n jours de retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who can get in was reviewed today.</source>
        <translation>La liste de qui peut entrer a été vérifiée aujourd&apos;hui.</translation>
    </message>
    <message numerus="yes">
        <source>Who can get in was reviewed %n day(s) ago.</source>
        <translation>
            <numerusform>La liste de qui peut entrer a été vérifiée il y a %n jour.</numerusform>
            <numerusform>La liste de qui peut entrer a été vérifiée il y a %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every admin account signs in with a second step (2-step login).</source>
        <translation>Chaque compte administrateur se connecte avec une deuxième étape (connexion en deux étapes).</translation>
    </message>
    <message numerus="yes">
        <source>%n admin account(s) sign in with a password alone, or nobody knows whether they use 2-step login.</source>
        <translation>
            <numerusform>%n compte administrateur se connecte avec un simple mot de passe, ou personne ne sait s&apos;il utilise la connexion en deux étapes.</numerusform>
            <numerusform>%n comptes administrateur se connectent avec un simple mot de passe, ou personne ne sait s&apos;ils utilisent la connexion en deux étapes.</numerusform>
        </translation>
    </message>
    <message>
        <source>A CDN</source>
        <translation>Un CDN</translation>
    </message>
    <message>
        <source>No CDN is known to stand in front of the shop.</source>
        <translation>Aucun CDN connu n&apos;est placé devant la boutique.</translation>
    </message>
    <message>
        <source>%1 stands in front of the shop.</source>
        <translation>%1 est placé devant la boutique.</translation>
    </message>
    <message>
        <source>Your host has said what it does in an attack.</source>
        <translation>Votre hébergeur a indiqué ce qu&apos;il fait en cas d&apos;attaque.</translation>
    </message>
    <message>
        <source>Your host has not said yet what it does in an attack.</source>
        <translation>Votre hébergeur n&apos;a pas encore indiqué ce qu&apos;il fait en cas d&apos;attaque.</translation>
    </message>
    <message>
        <source>Nobody knows whom to call in an attack: the call tree is empty.</source>
        <translation>Personne ne sait qui appeler en cas d&apos;attaque&#xa0;: la chaîne d&apos;appels est vide.</translation>
    </message>
    <message>
        <source>The call tree does not say who tells customers.</source>
        <translation>La chaîne d&apos;appels n&apos;indique pas qui prévient les clients.</translation>
    </message>
    <message>
        <source>The call tree says who calls whom, and who tells customers.</source>
        <translation>La chaîne d&apos;appels indique qui appelle qui, et qui prévient les clients.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the standard steps against attacks are prepared.</source>
        <translation>
            <numerusform>%n étape standard contre les attaques est préparée.</numerusform>
            <numerusform>%n des étapes standard contre les attaques sont préparées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n standard step(s) against attacks are not prepared yet.</source>
        <translation>
            <numerusform>%n étape standard contre les attaques n&apos;est pas encore préparée.</numerusform>
            <numerusform>%n étapes standard contre les attaques ne sont pas encore préparées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The attack plan has never been practised.</source>
        <translation>Le plan contre les attaques n&apos;a jamais fait l&apos;objet d&apos;un exercice.</translation>
    </message>
    <message>
        <source>The last drill was over a year ago.</source>
        <translation>Le dernier exercice remonte à plus d&apos;un an.</translation>
    </message>
    <message>
        <source>The team practised the attack plan today.</source>
        <translation>L&apos;équipe s&apos;est exercée au plan contre les attaques aujourd&apos;hui.</translation>
    </message>
    <message numerus="yes">
        <source>The team practised the attack plan %n day(s) ago.</source>
        <translation>
            <numerusform>L&apos;équipe s&apos;est exercée au plan contre les attaques il y a %n jour.</numerusform>
            <numerusform>L&apos;équipe s&apos;est exercée au plan contre les attaques il y a %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovery item(s) have someone who holds them and a place on record.</source>
        <translation>
            <numerusform>%n élément de secours a un détenteur désigné et un emplacement enregistré.</numerusform>
            <numerusform>%n éléments de secours ont un détenteur désigné et un emplacement enregistré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovery item(s) have been checked recently.</source>
        <translation>
            <numerusform>%n élément de secours a été vérifié récemment.</numerusform>
            <numerusform>%n éléments de secours ont été vérifiés récemment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovery item(s) have nobody named who holds them.</source>
        <translation>
            <numerusform>%n élément de secours n&apos;a pas de détenteur désigné.</numerusform>
            <numerusform>%n éléments de secours n&apos;ont pas de détenteur désigné.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovery item(s) have no place on record.</source>
        <translation>
            <numerusform>%n élément de secours n&apos;a pas d&apos;emplacement enregistré.</numerusform>
            <numerusform>%n éléments de secours n&apos;ont pas d&apos;emplacement enregistré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovery item(s) are due to be checked again.</source>
        <translation>
            <numerusform>%n élément de secours est à vérifier de nouveau.</numerusform>
            <numerusform>%n éléments de secours sont à vérifier de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop&apos;s web address is missing.</source>
        <translation>L&apos;adresse web de la boutique manque.</translation>
    </message>
    <message>
        <source>The shop&apos;s web address is on file: %1.</source>
        <translation>L&apos;adresse web de la boutique est enregistrée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The shop runs on %1.</source>
        <translation>La boutique repose sur %1.</translation>
    </message>
    <message>
        <source>The platform the shop runs on is not chosen yet.</source>
        <translation>La plateforme de la boutique n&apos;est pas encore choisie.</translation>
    </message>
    <message>
        <source>%1 owns the plan.</source>
        <translation>%1 est responsable du plan.</translation>
    </message>
    <message>
        <source>Nobody is named as the plan&apos;s owner.</source>
        <translation>Personne n&apos;est désigné comme responsable du plan.</translation>
    </message>
    <message numerus="yes">
        <source>%n more team member(s) know the plan.</source>
        <translation>
            <numerusform>%n autre membre de l&apos;équipe connaît le plan.</numerusform>
            <numerusform>%n autres membres de l&apos;équipe connaissent le plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody else on the team is on file yet.</source>
        <translation>Aucun autre membre de l&apos;équipe n&apos;est encore enregistré.</translation>
    </message>
    <message>
        <source>There is no web address to probe yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;adresse web à tester.</translation>
    </message>
    <message>
        <source>%1 has not been probed yet.</source>
        <translation>%1 n&apos;a pas encore été testé.</translation>
    </message>
    <message numerus="yes">
        <source>The newest probe of %1 is %n day(s) old: probe it again.</source>
        <translation>
            <numerusform>Le dernier test de %1 date de %n jour&#xa0;: testez-le de nouveau.</numerusform>
            <numerusform>Le dernier test de %1 date de %n jours&#xa0;: testez-le de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was probed; it could not be graded.</source>
        <translation>%1 a été testé, mais n&apos;a pas pu être noté.</translation>
    </message>
    <message>
        <source>%1 was probed today: grade %2.</source>
        <translation>%1 a été testé aujourd&apos;hui&#xa0;: note %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was probed %n day(s) ago: grade %2.</source>
        <translation>
            <numerusform>%1 a été testé il y a %n jour&#xa0;: note %2.</numerusform>
            <numerusform>%1 a été testé il y a %n jours&#xa0;: note %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No providers are on file yet: start with the company that hosts the shop.</source>
        <translation>Aucun prestataire n&apos;est encore enregistré&#xa0;: commencez par l&apos;entreprise qui héberge la boutique.</translation>
    </message>
    <message>
        <source>No host is on file yet.</source>
        <translation>Aucun hébergeur n&apos;est encore enregistré.</translation>
    </message>
    <message>
        <source>Your host is on file: %1.</source>
        <translation>Votre hébergeur est enregistré&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has answered %2 of %n question(s).</source>
        <translation>
            <numerusform>%1 a répondu à %2 question sur %n.</numerusform>
            <numerusform>%1 a répondu à %2 des %n questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) have answered every question.</source>
        <translation>
            <numerusform>%n prestataire a répondu à toutes les questions.</numerusform>
            <numerusform>%n prestataires ont répondu à toutes les questions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) still have questions to answer.</source>
        <translation>
            <numerusform>%n prestataire a encore des questions sans réponse.</numerusform>
            <numerusform>%n prestataires ont encore des questions sans réponse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are due to be asked again.</source>
        <translation>
            <numerusform>%n réponse est à redemander.</numerusform>
            <numerusform>%n réponses sont à redemander.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer on file is due to be asked again.</source>
        <translation>Aucune réponse enregistrée n&apos;est à redemander.</translation>
    </message>
</context>
<context>
    <name>ReadinessPartsView</name>
    <message>
        <source>Each step&apos;s part of the score</source>
        <translation>La part de chaque étape dans le score</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Complété</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Double-click to go to this step</source>
        <translation>Double-cliquez pour aller à cette étape</translation>
    </message>
    <message>
        <source>Counts for the shop: %1</source>
        <translation>Poids pour la boutique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Holds the score down: %1</source>
        <translation>Tire le score vers le bas&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReadyWizardPage</name>
    <message>
        <source>&amp;Check my site&apos;s encryption now</source>
        <translation>&amp;Vérifier maintenant le chiffrement de mon site</translation>
    </message>
    <message>
        <source>Ready to Write the Plan</source>
        <translation>Prêt à rédiger le plan</translation>
    </message>
    <message>
        <source>When you press Finish, Storefort writes your answers into the plan. Nothing is written before.</source>
        <extracomment>&quot;Finish&quot; is the button below, named by the next string</extracomment>
        <translation>Quand vous appuyez sur Terminer, Storefort inscrit vos réponses dans le plan. Rien n&apos;est écrit avant.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Then the plan&apos;s steps are listed on the left, from Shop &amp; team to Review &amp; export. Each step says why it matters and what to do, and ends with the way to the next one. Take them in order, at your own pace: every change is saved as you make it.</source>
        <translation>Les étapes du plan s&apos;affichent ensuite sur la gauche, de Boutique et équipe à Relire et exporter. Chaque étape explique pourquoi elle compte et ce qu&apos;il faut faire, et se termine par le chemin vers la suivante. Suivez-les dans l&apos;ordre, à votre rythme&#xa0;: chaque modification est enregistrée aussitôt.</translation>
    </message>
    <message>
        <source>What goes into the plan</source>
        <translation>Ce qui entre dans le plan</translation>
    </message>
    <message>
        <source>The first check</source>
        <translation>La première vérification</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Et ensuite</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>Boutique&#xa0;:</translation>
    </message>
    <message>
        <source>Web addresses:</source>
        <translation>Adresses web&#xa0;:</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Adresse web&#xa0;:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Équipe&#xa0;:</translation>
    </message>
    <message>
        <source>nobody added now</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>Providers:</source>
        <translation>Prestataires&#xa0;:</translation>
    </message>
    <message>
        <source>none added now</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>Storefort connects to %1 the way a browser does, and to nothing else. It takes a minute or two; the result is kept in the plan.</source>
        <translation>Storefort se connecte à %1 comme le fait un navigateur, et à rien d&apos;autre. Cela prend une minute ou deux&#xa0;; le résultat est conservé dans le plan.</translation>
    </message>
    <message>
        <source>Add the shop&apos;s web address on the first page to check its encryption; you can also do it later in the Encryption (TLS) step.</source>
        <translation>Ajoutez l&apos;adresse web de la boutique sur la première page pour vérifier son chiffrement&#xa0;; vous pouvez aussi le faire plus tard à l&apos;étape Chiffrement (TLS).</translation>
    </message>
    <message>
        <source>Not everything could be written.</source>
        <translation>Tout n&apos;a pas pu être enregistré.</translation>
    </message>
</context>
<context>
    <name>RecoveryCheck</name>
    <message>
        <source>Nobody is named as holding the root account.</source>
        <translation>Personne n&apos;est désigné comme détenteur du compte root.</translation>
    </message>
    <message>
        <source>%1 holds the root account.</source>
        <translation>%1 détient le compte root.</translation>
    </message>
    <message>
        <source>the root account</source>
        <translation>le compte root</translation>
    </message>
    <message>
        <source>No password for %1 is stored in the keychain.</source>
        <translation>Aucun mot de passe pour %1 n&apos;est conservé dans le trousseau.</translation>
    </message>
    <message>
        <source>The plan expects the password for %1 in the keychain, but the keychain has no such entry.</source>
        <translation>Le plan attend le mot de passe de %1 dans le trousseau, mais le trousseau ne contient pas cette entrée.</translation>
    </message>
    <message>
        <source>The keychain could not be asked: %1</source>
        <translation>Le trousseau n&apos;a pas pu être interrogé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The password for %1 is in the keychain.</source>
        <translation>Le mot de passe de %1 se trouve dans le trousseau.</translation>
    </message>
    <message numerus="yes">
        <source>It was stored on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Il y a été enregistré le %1, il y a %n jour.</numerusform>
            <numerusform>Il y a été enregistré le %1, il y a %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Storefort cannot check this item by itself. Look at it and confirm it is there and usable.</source>
        <translation>Storefort ne peut pas vérifier cet élément lui-même. Examinez-le et confirmez qu&apos;il est présent et utilisable.</translation>
    </message>
    <message>
        <source>No location is recorded, so there is nothing to check.</source>
        <translation>Aucun emplacement n&apos;est indiqué&#xa0;: il n&apos;y a donc rien à vérifier.</translation>
    </message>
    <message>
        <source>It is kept at “%1”, which Storefort cannot open. Look at it there and confirm it by hand, or copy it to a folder on this computer.</source>
        <translation>Il est conservé à l&apos;emplacement «&#xa0;%1&#xa0;», que Storefort ne peut pas ouvrir. Examinez-le sur place et confirmez-le manuellement, ou copiez-le dans un dossier de cet ordinateur.</translation>
    </message>
    <message>
        <source>The key&apos;s passphrase could not be read from the keychain: %1</source>
        <translation>La phrase secrète de la clé n&apos;a pas pu être lue dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The plan expects the key&apos;s passphrase in the keychain, but the keychain has no such entry.</source>
        <translation>Le plan attend la phrase secrète de la clé dans le trousseau, mais le trousseau ne contient pas cette entrée.</translation>
    </message>
    <message>
        <source>Looked at and confirmed by hand.</source>
        <translation>Examiné et confirmé manuellement.</translation>
    </message>
    <message>
        <source>Looked at and confirmed by hand: %1</source>
        <translation>Examiné et confirmé manuellement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryFindings</name>
    <message>
        <source>%1: no backup found where the plan says</source>
        <translation>%1&#xa0;: aucune sauvegarde trouvée à l&apos;emplacement indiqué dans le plan</translation>
    </message>
    <message>
        <source>A backup nobody can find on the bad day is no backup. The plan must point at where the backups really are.</source>
        <translation>Une sauvegarde que personne ne retrouve le jour du coup dur n&apos;en est pas une. Le plan doit indiquer l&apos;endroit où se trouvent réellement les sauvegardes.</translation>
    </message>
    <message>
        <source>Check the folder or share, mount it if needed, and correct the item&apos;s location. Then verify again.</source>
        <translation>Contrôlez le dossier ou le partage réseau, connectez-le si nécessaire, et corrigez l&apos;emplacement de l&apos;élément. Puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>Everything since the newest backup — orders, customers, changes — is lost if the shop has to be restored today.</source>
        <translation>Tout ce qui s&apos;est passé depuis la sauvegarde la plus récente — commandes, clients, modifications — est perdu si la boutique doit être restaurée aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Find out why the daily backup stopped (ask the host or check the backup job), run one now, and verify again.</source>
        <translation>Découvrez pourquoi la sauvegarde quotidienne s&apos;est arrêtée (demandez à l&apos;hébergeur ou contrôlez la tâche de sauvegarde), lancez-en une maintenant, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>%1: no older backup kept as a reference point</source>
        <translation>%1&#xa0;: aucune sauvegarde plus ancienne conservée comme point de référence</translation>
    </message>
    <message>
        <source>Break-ins are often found days later. If only the newest backups are kept, they may all contain the intruder.</source>
        <translation>Les intrusions sont souvent découvertes des jours plus tard. Si seules les sauvegardes les plus récentes sont conservées, elles contiennent peut-être toutes l&apos;intrus.</translation>
    </message>
    <message>
        <source>Keep at least one backup that is a week or more old (many keep one per week and one per month).</source>
        <translation>Conservez au moins une sauvegarde datant d&apos;une semaine ou plus (beaucoup en gardent une par semaine et une par mois).</translation>
    </message>
    <message>
        <source>%1: the newest backup does not open</source>
        <translation>%1&#xa0;: la sauvegarde la plus récente ne s&apos;ouvre pas</translation>
    </message>
    <message>
        <source>A damaged backup fails exactly when it is needed. The shop would have to fall back to an older one and lose more.</source>
        <translation>Une sauvegarde endommagée fait défaut précisément le jour où l&apos;on en a besoin. La boutique devrait alors se rabattre sur une sauvegarde plus ancienne et perdrait davantage.</translation>
    </message>
    <message>
        <source>Make a new backup, check that it opens, and find out why the last one was cut short (full disk, interrupted copy).</source>
        <translation>Faites une nouvelle sauvegarde, vérifiez qu&apos;elle s&apos;ouvre, et découvrez pourquoi la précédente est incomplète (disque plein, copie interrompue).</translation>
    </message>
    <message>
        <source>%1: the newest backup is empty or much smaller</source>
        <translation>%1&#xa0;: la sauvegarde la plus récente est vide ou beaucoup plus petite</translation>
    </message>
    <message>
        <source>A backup that suddenly shrinks has often left something out — the database, or the uploaded images.</source>
        <translation>Une sauvegarde qui rétrécit soudain a souvent laissé quelque chose de côté — la base de données, ou les images téléversées.</translation>
    </message>
    <message>
        <source>Open the backup and compare it with the one before. Ask whoever runs the backup what changed.</source>
        <translation>Ouvrez la sauvegarde et comparez-la à la précédente. Demandez à la personne qui gère la sauvegarde ce qui a changé.</translation>
    </message>
    <message>
        <source>%1: the export is not where the plan says</source>
        <translation>%1&#xa0;: l&apos;export n&apos;est pas à l&apos;emplacement indiqué dans le plan</translation>
    </message>
    <message>
        <source>On the bad day the shop itself may be down, so the export must already exist somewhere you can open it.</source>
        <translation>Le jour du coup dur, la boutique elle-même peut être hors service&#xa0;: l&apos;export doit donc déjà exister à un endroit où vous pouvez l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Export the data from the shop&apos;s admin, save it where the item points, and verify again.</source>
        <translation>Exportez les données depuis l&apos;administration de la boutique, enregistrez-les à l&apos;emplacement indiqué par l&apos;élément, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>%1: the export is out of date</source>
        <translation>%1&#xa0;: l&apos;export n&apos;est pas à jour</translation>
    </message>
    <message>
        <source>An old export misses the newest customers, orders or products.</source>
        <translation>Un export ancien ne contient pas les clients, commandes ou produits les plus récents.</translation>
    </message>
    <message>
        <source>Export again, or have the shop send the export on a schedule.</source>
        <translation>Exportez de nouveau, ou programmez l&apos;envoi régulier de l&apos;export par la boutique.</translation>
    </message>
    <message>
        <source>%1: the export cannot be read</source>
        <translation>%1&#xa0;: l&apos;export ne peut pas être lu</translation>
    </message>
    <message>
        <source>A file that does not open, or holds no rows, will not help rebuild anything.</source>
        <translation>Un fichier qui ne s&apos;ouvre pas, ou qui ne contient aucune ligne, n&apos;aidera à rien reconstruire.</translation>
    </message>
    <message>
        <source>Export again as CSV and check it opens in a spreadsheet.</source>
        <translation>Exportez de nouveau au format CSV et vérifiez que le fichier s&apos;ouvre dans un tableur.</translation>
    </message>
    <message>
        <source>%1: the export lacks columns it needs</source>
        <translation>%1&#xa0;: il manque à l&apos;export des colonnes nécessaires</translation>
    </message>
    <message>
        <source>Without them the file cannot be loaded into a rebuilt shop (products without prices, customers without e-mail addresses).</source>
        <translation>Sans elles, le fichier ne peut pas être chargé dans une boutique reconstruite (des produits sans prix, des clients sans adresse e-mail).</translation>
    </message>
    <message>
        <source>Choose the full export in the shop&apos;s admin, with every column.</source>
        <translation>Choisissez l&apos;export complet dans l&apos;administration de la boutique, avec toutes les colonnes.</translation>
    </message>
    <message>
        <source>%1: a certificate file is missing or unreadable</source>
        <translation>%1&#xa0;: un fichier du certificat est manquant ou illisible</translation>
    </message>
    <message>
        <source>Moving the site to a new server quickly needs the certificate, its key and the signing request together.</source>
        <translation>Pour déménager rapidement le site sur un nouveau serveur, il faut avoir ensemble le certificat, sa clé et la demande de signature.</translation>
    </message>
    <message>
        <source>Ask whoever set up the certificate (often the host) for the files, and keep them in the recorded place.</source>
        <translation>Demandez les fichiers à la personne qui a mis en place le certificat (souvent l&apos;hébergeur), et conservez-les à l&apos;emplacement indiqué.</translation>
    </message>
    <message>
        <source>%1: the private key is missing or will not open</source>
        <translation>%1&#xa0;: la clé privée est manquante ou ne s&apos;ouvre pas</translation>
    </message>
    <message>
        <source>A certificate is useless without its private key, and an encrypted key is useless without its passphrase.</source>
        <translation>Un certificat est inutile sans sa clé privée, et une clé chiffrée est inutile sans sa phrase secrète.</translation>
    </message>
    <message>
        <source>Find the key the site uses and store its passphrase in the keychain with this item.</source>
        <translation>Trouvez la clé qu&apos;utilise le site et enregistrez sa phrase secrète dans le trousseau avec cet élément.</translation>
    </message>
    <message>
        <source>%1: the key does not belong to the other files</source>
        <translation>%1&#xa0;: la clé ne correspond pas aux autres fichiers</translation>
    </message>
    <message>
        <source>A key that does not match its certificate cannot serve the site: the files on hand are from different certificates.</source>
        <translation>Une clé qui ne correspond pas à son certificat ne peut pas servir le site&#xa0;: les fichiers dont vous disposez proviennent de certificats différents.</translation>
    </message>
    <message>
        <source>Keep the key together with the certificate and request made from it; remove the stray files.</source>
        <translation>Conservez la clé avec le certificat et la demande créés à partir d&apos;elle&#xa0;; supprimez les fichiers en trop.</translation>
    </message>
    <message>
        <source>%1: the key on hand is not the one the live site uses</source>
        <translation>%1&#xa0;: la clé dont vous disposez n&apos;est pas celle qu&apos;utilise le site en ligne</translation>
    </message>
    <message>
        <source>If the site has to move today, this key will not work with the certificate it serves: the key you keep is out of date.</source>
        <translation>Si le site doit déménager aujourd&apos;hui, cette clé ne fonctionnera pas avec le certificat qu&apos;il sert&#xa0;: la clé que vous conservez n&apos;est plus à jour.</translation>
    </message>
    <message>
        <source>Get the current key from whoever renewed the certificate last, and keep it here instead of the old one.</source>
        <translation>Demandez la clé actuelle à la personne qui a renouvelé le certificat en dernier, et conservez-la ici à la place de l&apos;ancienne.</translation>
    </message>
    <message>
        <source>%1: the certificate has run out or soon will</source>
        <translation>%1&#xa0;: le certificat a expiré ou va bientôt expirer</translation>
    </message>
    <message>
        <source>A certificate past its date makes browsers warn every visitor away.</source>
        <translation>Avec un certificat expiré, les navigateurs affichent à chaque visiteur un avertissement qui le fait fuir.</translation>
    </message>
    <message>
        <source>Renew it in time and keep the new files here.</source>
        <translation>Renouvelez-le à temps et conservez les nouveaux fichiers ici.</translation>
    </message>
    <message>
        <source>%1: no copy of the code could be checked</source>
        <translation>%1&#xa0;: aucune copie du code n&apos;a pu être vérifiée</translation>
    </message>
    <message>
        <source>Without a copy of the latest code, a damaged site must be rebuilt from memory.</source>
        <translation>Sans copie de la dernière version du code, un site endommagé doit être reconstruit de mémoire.</translation>
    </message>
    <message>
        <source>Ask the developers where the code is kept and for a copy (a git repository) on a machine you control.</source>
        <translation>Demandez aux développeurs où le code est conservé, et demandez-leur une copie (un dépôt git) sur une machine que vous contrôlez.</translation>
    </message>
    <message>
        <source>%1: changes not yet saved in the history</source>
        <translation>%1&#xa0;: des modifications ne sont pas encore enregistrées dans l&apos;historique</translation>
    </message>
    <message>
        <source>Changes outside the history are not in the change log and are lost with the machine.</source>
        <translation>Les modifications qui ne sont pas dans l&apos;historique n&apos;apparaissent pas dans le journal des modifications et disparaissent avec la machine.</translation>
    </message>
    <message>
        <source>Ask the developer to commit or discard them.</source>
        <translation>Demandez au développeur de les valider (commit) ou de les abandonner.</translation>
    </message>
    <message>
        <source>%1: the newest code exists only on this machine</source>
        <translation>%1&#xa0;: la dernière version du code n&apos;existe que sur cette machine</translation>
    </message>
    <message>
        <source>If this machine breaks or is stolen, the newest changes are gone with it.</source>
        <translation>Si cette machine tombe en panne ou est volée, les dernières modifications disparaissent avec elle.</translation>
    </message>
    <message>
        <source>Push the commits to the shared repository (or set one up).</source>
        <translation>Envoyez (push) les commits vers le dépôt partagé (ou créez-en un).</translation>
    </message>
    <message>
        <source>%1: nobody holds the root password safely</source>
        <translation>%1&#xa0;: personne ne détient le mot de passe root en lieu sûr</translation>
    </message>
    <message>
        <source>When every other way in fails, the root account is the way back. If nobody has its password, the server may be lost.</source>
        <translation>Quand tous les autres accès échouent, le compte root est le moyen de reprendre la main. Si personne n&apos;a son mot de passe, le serveur risque d&apos;être perdu.</translation>
    </message>
    <message>
        <source>Name who holds it and store the password in the keychain with this item.</source>
        <translation>Désignez qui le détient et enregistrez le mot de passe dans le trousseau avec cet élément.</translation>
    </message>
    <message>
        <source>%1: the root password has not changed in a year</source>
        <translation>%1&#xa0;: le mot de passe root n&apos;a pas été changé depuis un an</translation>
    </message>
    <message>
        <source>Over time more people have seen an old password, and it may sit in old notes or leaked lists.</source>
        <translation>Avec le temps, un vieux mot de passe a été vu par davantage de personnes, et il peut traîner dans de vieilles notes ou dans des listes divulguées.</translation>
    </message>
    <message>
        <source>Change the root password and store the new one here.</source>
        <translation>Changez le mot de passe root et enregistrez le nouveau ici.</translation>
    </message>
    <message>
        <source>%1: a check did not pass</source>
        <translation>%1&#xa0;: une vérification a échoué</translation>
    </message>
    <message>
        <source>Something on hand for a bad day would not work as it is.</source>
        <translation>Un élément prévu pour un coup dur ne fonctionnerait pas en l&apos;état.</translation>
    </message>
    <message>
        <source>Read the evidence, put it right, and verify again.</source>
        <translation>Lisez le détail de la vérification, corrigez le problème, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>%1: not recorded yet</source>
        <translation>%1&#xa0;: pas encore renseigné</translation>
    </message>
    <message>
        <source>On a bad day you need to know at once who has it and where it is.</source>
        <translation>En cas de coup dur, vous devez savoir immédiatement qui l&apos;a et où il se trouve.</translation>
    </message>
    <message>
        <source>Nobody is named as holding it, where it is kept is not recorded, and it was never checked.</source>
        <translation>Personne n&apos;est désigné comme détenteur, son emplacement n&apos;est pas indiqué, et il n&apos;a jamais été vérifié.</translation>
    </message>
    <message>
        <source>Record who holds it and where it is kept, then verify it.</source>
        <translation>Indiquez qui le détient et où il est conservé, puis vérifiez-le.</translation>
    </message>
    <message>
        <source>%1: nobody is named as holding it</source>
        <translation>%1&#xa0;: aucun détenteur désigné</translation>
    </message>
    <message>
        <source>On a bad day you need to know at once whom to ask. An item nobody holds is usually an item nobody has.</source>
        <translation>En cas de coup dur, vous devez savoir immédiatement à qui vous adresser. Un élément que personne ne détient est généralement un élément que personne n&apos;a.</translation>
    </message>
    <message>
        <source>No team member or provider is recorded as its holder.</source>
        <translation>Aucun membre de l&apos;équipe ni aucun prestataire n&apos;est indiqué comme détenteur.</translation>
    </message>
    <message>
        <source>Choose who holds it — a team member or a provider — and how to reach them.</source>
        <translation>Choisissez qui le détient — un membre de l&apos;équipe ou un prestataire — et indiquez comment le joindre.</translation>
    </message>
    <message>
        <source>%1: where it is kept is not recorded</source>
        <translation>%1&#xa0;: son emplacement n&apos;est pas indiqué</translation>
    </message>
    <message>
        <source>Searching for a backup or a key while the shop is down costs hours.</source>
        <translation>Chercher une sauvegarde ou une clé pendant que la boutique est hors service fait perdre des heures.</translation>
    </message>
    <message>
        <source>The item has no path, address or place.</source>
        <translation>L&apos;élément n&apos;a ni chemin, ni adresse, ni lieu.</translation>
    </message>
    <message>
        <source>Record where it is: a folder, a web address, or a physical place such as “the safe in the office”.</source>
        <translation>Indiquez où il se trouve&#xa0;: un dossier, une adresse web, ou un lieu physique comme «&#xa0;le coffre-fort du bureau&#xa0;».</translation>
    </message>
    <message>
        <source>%1: never checked</source>
        <translation>%1&#xa0;: jamais vérifié</translation>
    </message>
    <message>
        <source>Backups and copies that were never tried often turn out not to work when they are needed.</source>
        <translation>Les sauvegardes et les copies jamais testées se révèlent souvent inutilisables le jour où l&apos;on en a besoin.</translation>
    </message>
    <message>
        <source>There is no verification on file.</source>
        <translation>Aucune vérification n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>Record where it is and press Verify: Storefort checks the files for you.</source>
        <translation>Indiquez où il se trouve et appuyez sur Vérifier&#xa0;: Storefort vérifie les fichiers pour vous.</translation>
    </message>
    <message>
        <source>Look at it yourself and confirm it is there and usable.</source>
        <translation>Examinez-le vous-même et confirmez qu&apos;il est présent et utilisable.</translation>
    </message>
    <message numerus="yes">
        <source>%1: last checked %n days ago</source>
        <translation>
            <numerusform>%1&#xa0;: dernière vérification il y a %n jour</numerusform>
            <numerusform>%1&#xa0;: dernière vérification il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Last verified on %1 by %2.</source>
        <translation>Dernière vérification le %1 par %2.</translation>
    </message>
    <message>
        <source>Verify it again (Storefort does so by itself for items not checked in a week when the plan opens).</source>
        <translation>Vérifiez-le de nouveau (à l&apos;ouverture du plan, Storefort le fait de lui-même pour les éléments qui n&apos;ont pas été vérifiés depuis une semaine).</translation>
    </message>
    <message>
        <source>%1: the newest backup is too old</source>
        <translation>%1&#xa0;: la dernière sauvegarde est trop ancienne</translation>
    </message>
    <message>
        <source>Things change: backups stop, keys are renewed, exports age. A check made long ago says little about today.</source>
        <translation>Les choses changent&#xa0;: les sauvegardes s&apos;arrêtent, les clés sont renouvelées, les exports vieillissent. Une vérification faite il y a longtemps ne dit pas grand-chose de la situation actuelle.</translation>
    </message>
</context>
<context>
    <name>RecoveryFindingsView</name>
    <message>
        <source>&amp;Show Item</source>
        <translation>&amp;Afficher l&apos;élément</translation>
    </message>
    <message>
        <source>What is missing or doubtful about the recovery items</source>
        <translation>Ce qui manque ou est douteux dans les éléments de secours</translation>
    </message>
    <message>
        <source>About the chosen finding</source>
        <translation>À propos du constat choisi</translation>
    </message>
    <message>
        <source>Go to the item this finding is about</source>
        <translation>Aller à l&apos;élément concerné par ce constat</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing found: every recovery item has a holder and a place, and its last check went well.</source>
        <translation>Aucun constat&#xa0;: chaque élément de secours a un détenteur et un emplacement, et sa dernière vérification s&apos;est bien passée.</translation>
    </message>
    <message>
        <source>Nothing urgent. Choose a finding to see why it matters and what to do; “Show Item” takes you to the item.</source>
        <translation>Rien d&apos;urgent. Choisissez un constat pour voir pourquoi c&apos;est important et que faire&#xa0;; «&#xa0;Afficher l&apos;élément&#xa0;» vous amène à l&apos;élément concerné.</translation>
    </message>
    <message numerus="yes">
        <source>%n urgent thing(s) to sort out before a bad day comes. Choose a finding to see why it matters and what to do; “Show Item” takes you to the item.</source>
        <translation>
            <numerusform>%n point urgent à régler avant qu&apos;un coup dur n&apos;arrive. Choisissez un constat pour voir pourquoi c&apos;est important et que faire&#xa0;; «&#xa0;Afficher l&apos;élément&#xa0;» vous amène à l&apos;élément concerné.</numerusform>
            <numerusform>%n points urgents à régler avant qu&apos;un coup dur n&apos;arrive. Choisissez un constat pour voir pourquoi c&apos;est important et que faire&#xa0;; «&#xa0;Afficher l&apos;élément&#xa0;» vous amène à l&apos;élément concerné.</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Gravité&#xa0;: %1</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Concerne&#xa0;:</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Ce qui a été constaté</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
</context>
<context>
    <name>RecoveryItem</name>
    <message>
        <source>Complete backup (under 24 hours old) and an older one</source>
        <translation>Sauvegarde complète (de moins de 24 heures) et une sauvegarde plus ancienne</translation>
    </message>
    <message>
        <source>Export of the customer accounts</source>
        <translation>Export des comptes clients</translation>
    </message>
    <message>
        <source>Export of orders and payments</source>
        <translation>Export des commandes et des paiements</translation>
    </message>
    <message>
        <source>Product data as a CSV file</source>
        <translation>Données produits au format CSV</translation>
    </message>
    <message>
        <source>Site certificate, private key (.key), signing request (.csr) and the key&apos;s passphrase</source>
        <translation>Certificat du site, clé privée (.key), demande de signature (.csr) et phrase secrète de la clé</translation>
    </message>
    <message>
        <source>Latest code of the site and its change log</source>
        <translation>Dernière version du code du site et son journal des modifications</translation>
    </message>
    <message>
        <source>Root account of the server and its password</source>
        <translation>Compte root du serveur et son mot de passe</translation>
    </message>
    <message>
        <source>After a break-in or a failed update, a backup from the last day is what lets the shop open again with little lost. An older copy matters too: an attack may sit unnoticed for days, and then every recent backup holds it.</source>
        <translation>Après une intrusion ou une mise à jour ratée, c&apos;est une sauvegarde de moins d&apos;un jour qui permet à la boutique de rouvrir en perdant peu. Une copie plus ancienne compte aussi&#xa0;: une attaque peut passer inaperçue pendant des jours, et alors toutes les sauvegardes récentes la contiennent.</translation>
    </message>
    <message>
        <source>If the shop is down or its data is damaged, you still need to reach your customers and know who they are. A recent export lets you write to them and rebuild their accounts.</source>
        <translation>Si la boutique est hors service ou si ses données sont endommagées, vous devez quand même pouvoir joindre vos clients et savoir qui ils sont. Un export récent vous permet de leur écrire et de reconstruire leurs comptes.</translation>
    </message>
    <message>
        <source>Open orders must still be shipped and refunds paid while the shop is down. An export of orders and payments tells you who paid for what.</source>
        <translation>Pendant que la boutique est hors service, les commandes en cours doivent quand même être expédiées et les remboursements versés. Un export des commandes et des paiements vous indique qui a payé quoi.</translation>
    </message>
    <message>
        <source>With the product list as a CSV file you can fill a rebuilt or temporary shop in minutes instead of typing every product again.</source>
        <translation>Avec la liste des produits au format CSV, vous pouvez remplir une boutique reconstruite ou provisoire en quelques minutes au lieu de ressaisir chaque produit.</translation>
    </message>
    <message>
        <source>Without the certificate and its key, a rebuilt site shows browsers&apos; warnings and customers leave. The key must match the certificate the site serves, and its passphrase must be at hand.</source>
        <translation>Sans le certificat et sa clé, un site reconstruit déclenche les avertissements des navigateurs, et les clients s&apos;en vont. La clé doit correspondre au certificat que sert le site, et sa phrase secrète doit être à portée de main.</translation>
    </message>
    <message>
        <source>A copy of the latest code lets a developer put the site back as it was. The change log shows what changed last, when and by whom — often where trouble started.</source>
        <translation>Une copie de la dernière version du code permet à un développeur de remettre le site tel qu&apos;il était. Le journal des modifications montre ce qui a changé en dernier, quand et par qui — souvent là où les problèmes ont commencé.</translation>
    </message>
    <message>
        <source>When every other way in fails, the root account is how the server is taken back. Someone you trust must hold it, and its password must be in a safe place.</source>
        <translation>Quand tous les autres accès échouent, c&apos;est par le compte root que l&apos;on reprend la main sur le serveur. Une personne de confiance doit le détenir, et son mot de passe doit être en lieu sûr.</translation>
    </message>
    <message>
        <source>Give the item a name.</source>
        <translation>Donnez un nom à l&apos;élément.</translation>
    </message>
    <message>
        <source>An item is held by one team member or one provider, not both.</source>
        <translation>Un élément est détenu par un membre de l&apos;équipe ou par un prestataire, pas par les deux.</translation>
    </message>
    <message>
        <source>This kind of item keeps no password.</source>
        <translation>Cette catégorie d&apos;élément ne contient aucun mot de passe.</translation>
    </message>
</context>
<context>
    <name>RecoveryItemChecksView</name>
    <message>
        <source>What the last verification found</source>
        <translation>Ce qu&apos;a constaté la dernière vérification</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Show earlier verifications</source>
        <translation>Afficher les vérifications précédentes</translation>
    </message>
    <message>
        <source>Earlier verifications</source>
        <translation>Vérifications précédentes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Ce qui a été constaté</translation>
    </message>
    <message>
        <source>Checking it now…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>Not checked yet. Fill in where it is, then press Verify.</source>
        <translation>Pas encore vérifié. Indiquez où il se trouve, puis appuyez sur Vérifier.</translation>
    </message>
    <message>
        <source>Not checked yet. Storefort cannot check this by itself: look at it and press Confirm by Hand.</source>
        <translation>Pas encore vérifié. Storefort ne peut pas le vérifier lui-même&#xa0;: examinez-le et appuyez sur Confirmer manuellement.</translation>
    </message>
    <message>
        <source>%1 — confirmed by hand by %2 on %3 (%4).</source>
        <translation>%1 — confirmé manuellement par %2 le %3 (%4).</translation>
    </message>
    <message>
        <source>%1 — verified by %2 on %3 (%4).</source>
        <translation>%1 — vérifié par %2 le %3 (%4).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (by hand)</source>
        <translation>%1 (manuellement)</translation>
    </message>
    <message>
        <source>No earlier verifications.</source>
        <translation>Aucune vérification précédente.</translation>
    </message>
</context>
<context>
    <name>RecoveryItemDialog</name>
    <message>
        <source>Add Recovery Item</source>
        <translation>Ajouter un élément de secours</translation>
    </message>
    <message>
        <source>Add anything else the shop would need on a bad day: a second backup, the domain&apos;s transfer code, a paper list of suppliers, a spare key.</source>
        <translation>Ajoutez tout autre élément dont la boutique aurait besoin en cas de coup dur&#xa0;: une deuxième sauvegarde, le code de transfert du domaine, une liste papier des fournisseurs, un double des clés.</translation>
    </message>
    <message>
        <source>Name of the item</source>
        <translation>Nom de l&apos;élément</translation>
    </message>
    <message>
        <source>For example: Backup on the office NAS</source>
        <translation>Par exemple&#xa0;: Sauvegarde sur le NAS du bureau</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>Catégorie d&apos;élément</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Storefort checks this kind of item from the files where you keep it.</source>
        <translation>Storefort vérifie cette catégorie d&apos;élément à partir des fichiers où vous le conservez.</translation>
    </message>
    <message>
        <source>Storefort cannot check this by itself: you confirm it by hand.</source>
        <translation>Storefort ne peut pas le vérifier lui-même&#xa0;: vous le confirmez manuellement.</translation>
    </message>
</context>
<context>
    <name>RecoveryItemEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Verify A&amp;ll</source>
        <translation>To&amp;ut vérifier</translation>
    </message>
    <message>
        <source>&amp;Confirm by Hand…</source>
        <translation>&amp;Confirmer manuellement…</translation>
    </message>
    <message>
        <source>Title of the item</source>
        <translation>Titre de l&apos;élément</translation>
    </message>
    <message>
        <source>Who holds it</source>
        <translation>Qui le détient</translation>
    </message>
    <message>
        <source>The team member or provider who has it, or can get at it, on a bad day</source>
        <translation>Le membre de l&apos;équipe ou le prestataire qui l&apos;a, ou qui peut y accéder, en cas de coup dur</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>Où il se trouve</translation>
    </message>
    <message>
        <source>A folder on this computer or a share, a web address, or a place</source>
        <translation>Un dossier sur cet ordinateur ou sur un partage réseau, une adresse web, ou un lieu</translation>
    </message>
    <message>
        <source>Choose where it is</source>
        <translation>Choisir où il se trouve</translation>
    </message>
    <message>
        <source>How to reach it</source>
        <translation>Comment y accéder</translation>
    </message>
    <message>
        <source>Who to call, which portal, which drawer</source>
        <translation>Qui appeler, quel portail, quel tiroir</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Check this item now from its files</source>
        <translation>Vérifier cet élément maintenant à partir de ses fichiers</translation>
    </message>
    <message>
        <source>Check every item Storefort can check, one after another</source>
        <translation>Vérifier, l&apos;un après l&apos;autre, tous les éléments que Storefort peut vérifier</translation>
    </message>
    <message>
        <source>Record that you looked at the item yourself and it is there and usable</source>
        <translation>Indiquer que vous avez examiné l&apos;élément vous-même et qu&apos;il est présent et utilisable</translation>
    </message>
    <message>
        <source>Hol&amp;der:</source>
        <translation>&amp;Détenteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Where it is:</source>
        <translation>&amp;Où il se trouve&#xa0;:</translation>
    </message>
    <message>
        <source>How to &amp;reach it:</source>
        <translation>Comment y &amp;accéder&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>A &amp;File…</source>
        <translation>Un &amp;fichier…</translation>
    </message>
    <message>
        <source>A F&amp;older…</source>
        <translation>Un &amp;dossier…</translation>
    </message>
    <message>
        <source>Choose an item on the left.</source>
        <translation>Choisissez un élément à gauche.</translation>
    </message>
    <message>
        <source>Your own item · %1</source>
        <translation>Votre propre élément · %1</translation>
    </message>
    <message>
        <source>Note who holds it, where it is and how to reach it on a bad day.</source>
        <translation>Indiquez qui le détient, où il se trouve et comment y accéder en cas de coup dur.</translation>
    </message>
    <message>
        <source>Choose the folder it is kept in</source>
        <translation>Choisir le dossier où il est conservé</translation>
    </message>
    <message>
        <source>Choose the file or the folder it is in</source>
        <translation>Choisir le fichier, ou le dossier où il se trouve</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 (has left)</source>
        <translation>%1 (a quitté l&apos;équipe)</translation>
    </message>
    <message>
        <source>%1 (provider)</source>
        <translation>%1 (prestataire)</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <source>Change who holds %1</source>
        <translation>Modifier le détenteur de %1</translation>
    </message>
    <message>
        <source>Change where %1 is</source>
        <translation>Modifier l&apos;emplacement de %1</translation>
    </message>
    <message>
        <source>Change how to reach %1</source>
        <translation>Modifier la façon d&apos;accéder à %1</translation>
    </message>
    <message>
        <source>Change the notes on %1</source>
        <translation>Modifier les notes sur %1</translation>
    </message>
    <message>
        <source>Where Is It Kept?</source>
        <translation>Où est-il conservé&#xa0;?</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Confirm by Hand</source>
        <translation>Confirmer manuellement</translation>
    </message>
    <message>
        <source>You looked at “%1” yourself and it is there and usable. Say in a few words what you saw, for the binder and the history.</source>
        <translation>Vous avez examiné «&#xa0;%1&#xa0;» vous-même, et il est présent et utilisable. Décrivez en quelques mots ce que vous avez vu, pour le classeur d&apos;urgence et l&apos;historique.</translation>
    </message>
    <message>
        <source>What you saw</source>
        <translation>Ce que vous avez vu</translation>
    </message>
    <message>
        <source>For example: opened the envelope in the office safe</source>
        <translation>Par exemple&#xa0;: enveloppe ouverte dans le coffre-fort du bureau</translation>
    </message>
    <message>
        <source>&amp;What you saw:</source>
        <translation>Ce que vous avez &amp;vu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>Not Recorded</source>
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>RecoveryItemSecretBox</name>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Store in Keychain…</source>
        <translation>&amp;Enregistrer dans le trousseau…</translation>
    </message>
    <message>
        <source>Remove from &amp;Keychain…</source>
        <translation>Retirer du &amp;trousseau…</translation>
    </message>
    <message>
        <source>User name of the root account</source>
        <translation>Nom d&apos;utilisateur du compte root</translation>
    </message>
    <message>
        <source>For example: root</source>
        <translation>Par exemple&#xa0;: root</translation>
    </message>
    <message>
        <source>Delete it from this computer&apos;s keychain</source>
        <translation>Supprimer du trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>It cannot be stored on this computer.</source>
        <translation>Ce secret ne peut pas être conservé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The password is stored in the keychain of %1 on this computer.</source>
        <translation>Le mot de passe est conservé dans le trousseau de %1 sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The passphrase is stored in the keychain of %1 on this computer.</source>
        <translation>La phrase secrète est conservée dans le trousseau de %1 sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No password stored yet. Store it here, so Storefort can check it is at hand; it goes into this computer&apos;s keychain, never into the plan.</source>
        <translation>Aucun mot de passe n&apos;est encore conservé. Enregistrez-le ici pour que Storefort puisse vérifier qu&apos;il est à portée de main&#xa0;; il va dans le trousseau de cet ordinateur, jamais dans le plan.</translation>
    </message>
    <message>
        <source>No passphrase stored yet. Store it here, so Storefort can check that it opens the key; it goes into this computer&apos;s keychain, never into the plan.</source>
        <translation>Aucune phrase secrète n&apos;est encore conservée. Enregistrez-la ici pour que Storefort puisse vérifier qu&apos;elle ouvre la clé&#xa0;; elle va dans le trousseau de cet ordinateur, jamais dans le plan.</translation>
    </message>
    <message>
        <source>Nothing stored. Keep it in your own password manager for now.</source>
        <translation>Rien n&apos;est conservé. Pour l&apos;instant, utilisez votre propre gestionnaire de mots de passe.</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>&amp;Remplacer…</translation>
    </message>
    <message>
        <source>Put the root password into this computer&apos;s keychain</source>
        <translation>Placer le mot de passe root dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Put the key&apos;s passphrase into this computer&apos;s keychain</source>
        <translation>Placer la phrase secrète de la clé dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Replace the root password</source>
        <translation>Remplacer le mot de passe root</translation>
    </message>
    <message>
        <source>Replace the passphrase</source>
        <translation>Remplacer la phrase secrète</translation>
    </message>
    <message>
        <source>Store the root password in the keychain</source>
        <translation>Enregistrer le mot de passe root dans le trousseau</translation>
    </message>
    <message>
        <source>Store the passphrase in the keychain</source>
        <translation>Enregistrer la phrase secrète dans le trousseau</translation>
    </message>
    <message>
        <source>Remove the root password from the keychain</source>
        <translation>Retirer le mot de passe root du trousseau</translation>
    </message>
    <message>
        <source>Remove the passphrase from the keychain</source>
        <translation>Retirer la phrase secrète du trousseau</translation>
    </message>
    <message>
        <source>Change the root account&apos;s user name</source>
        <translation>Modifier le nom d&apos;utilisateur du compte root</translation>
    </message>
    <message>
        <source>Store the Root Password</source>
        <translation>Enregistrer le mot de passe root</translation>
    </message>
    <message>
        <source>Store the Key&apos;s Passphrase</source>
        <translation>Enregistrer la phrase secrète de la clé</translation>
    </message>
    <message>
        <source>It goes into the keychain of this computer. Storefort keeps only a note that it is there, and never shows it or prints it.</source>
        <translation>Le secret va dans le trousseau de cet ordinateur. Storefort note seulement qu&apos;il s&apos;y trouve, et ne l&apos;affiche ni ne l&apos;imprime jamais.</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>À saisir une seconde fois</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répéter&#xa0;:</translation>
    </message>
    <message>
        <source>The two do not match yet.</source>
        <translation>Les deux saisies ne correspondent pas encore.</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>It is in the keychain, but the plan could not note it.</source>
        <translation>L&apos;enregistrement dans le trousseau a réussi, mais le plan n&apos;a pas pu en prendre note.</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Enregistrement effectué dans le trousseau.</translation>
    </message>
    <message>
        <source>Delete the root password from this computer&apos;s keychain?</source>
        <translation>Supprimer le mot de passe root du trousseau de cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the key&apos;s passphrase from this computer&apos;s keychain?</source>
        <translation>Supprimer la phrase secrète de la clé du trousseau de cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>This cannot be undone: to get it back you will need to store it again.</source>
        <translation>Cette action est irréversible&#xa0;: pour en disposer de nouveau, vous devrez l&apos;enregistrer une nouvelle fois.</translation>
    </message>
    <message>
        <source>Remove from Keychain</source>
        <translation>Retirer du trousseau</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>RecoveryItemsModel</name>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>Il y a %n jour</numerusform>
            <numerusform>Il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>Il y a %n semaine</numerusform>
            <numerusform>Il y a %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>Il y a %n mois</numerusform>
            <numerusform>Il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>Il y a %n an</numerusform>
            <numerusform>Il y a %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>Not verified yet: choose the item and press Verify, or confirm it by hand.</source>
        <translation>Pas encore vérifié&#xa0;: choisissez l&apos;élément et appuyez sur Vérifier, ou confirmez-le manuellement.</translation>
    </message>
    <message>
        <source>Confirmed by hand on %1 by %2</source>
        <translation>Confirmé manuellement le %1 par %2</translation>
    </message>
    <message>
        <source>Verified on %1 by %2</source>
        <translation>Vérifié le %1 par %2</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Jamais vérifié</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Détenu par</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
</context>
<context>
    <name>RecoveryItemsView</name>
    <message>
        <source>&amp;Add Item…</source>
        <translation>&amp;Ajouter un élément…</translation>
    </message>
    <message>
        <source>Re&amp;move Item…</source>
        <translation>&amp;Retirer l&apos;élément…</translation>
    </message>
    <message>
        <source>St&amp;op Checking</source>
        <translation>Arrêter la &amp;vérification</translation>
    </message>
    <message>
        <source>Stop after the item being checked now</source>
        <translation>S&apos;arrêter après l&apos;élément en cours de vérification</translation>
    </message>
    <message>
        <source>Recovery items</source>
        <translation>Éléments de secours</translation>
    </message>
    <message>
        <source>Add something else the shop would need on a bad day</source>
        <translation>Ajouter autre chose dont la boutique aurait besoin en cas de coup dur</translation>
    </message>
    <message>
        <source>Take the selected item off the list (only items you added)</source>
        <translation>Retirer l&apos;élément sélectionné de la liste (uniquement les éléments que vous avez ajoutés)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n item(s)…</source>
        <translation>
            <numerusform>Vérification de %n élément…</numerusform>
            <numerusform>Vérification de %n éléments…</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1. You can keep working meanwhile.</source>
        <translation>En cours&#xa0;: %1. Vous pouvez continuer à travailler pendant ce temps.</translation>
    </message>
    <message>
        <source>You can keep working meanwhile.</source>
        <translation>Vous pouvez continuer à travailler pendant ce temps.</translation>
    </message>
    <message>
        <source>Some checks could not be recorded.</source>
        <translation>Certaines vérifications n&apos;ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>Items on every plan&apos;s list stay; clear their fields, or say in the notes why the shop does without.</source>
        <translation>Les éléments qui figurent dans la liste de tous les plans restent&#xa0;; videz leurs champs, ou indiquez dans les notes pourquoi la boutique s&apos;en passe.</translation>
    </message>
    <message>
        <source>Remove “%1” from the list?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de la liste&#xa0;?</translation>
    </message>
    <message>
        <source>Its verifications go with it. You can undo the removal with Edit &gt; Undo.</source>
        <translation>Ses vérifications sont retirées avec lui. Vous pouvez annuler le retrait avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Its verifications go with it, and what it keeps in the keychain is deleted. Edit &gt; Undo brings the item and its verifications back, but not what was in the keychain.</source>
        <translation>Ses vérifications sont retirées avec lui, et ce qu&apos;il conserve dans le trousseau est supprimé. Édition &gt; Annuler rétablit l&apos;élément et ses vérifications, mais pas le contenu du trousseau.</translation>
    </message>
    <message>
        <source>Remove Item</source>
        <translation>Retirer l&apos;élément</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>“%1” was not removed: its verifications could not be read to keep for undo.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été retiré&#xa0;: ses vérifications n&apos;ont pas pu être lues pour permettre l&apos;annulation.</translation>
    </message>
    <message>
        <source>“%1” is removed from the plan, but what it kept in the keychain could not be deleted. You can delete it with your system&apos;s password manager.</source>
        <translation>«&#xa0;%1&#xa0;» a été retiré du plan, mais ce qu&apos;il conservait dans le trousseau n&apos;a pas pu être supprimé. Vous pouvez le supprimer avec le gestionnaire de mots de passe de votre système.</translation>
    </message>
    <message>
        <source>Drop one file or folder on an item.</source>
        <translation>Déposez un seul fichier ou dossier sur un élément.</translation>
    </message>
    <message>
        <source>Each item is kept in one place: drop the folder that holds it, or the one file.</source>
        <translation>Chaque élément est conservé à un seul endroit&#xa0;: déposez le dossier qui le contient, ou le fichier lui-même.</translation>
    </message>
    <message>
        <source>Only a file or folder on this computer can be checked.</source>
        <translation>Seul un fichier ou un dossier de cet ordinateur peut être vérifié.</translation>
    </message>
    <message>
        <source>Type a web address into “Where it is” instead; Storefort cannot check it from here.</source>
        <translation>Saisissez plutôt une adresse web dans «&#xa0;Où il se trouve&#xa0;»&#xa0;; Storefort ne peut pas la vérifier d&apos;ici.</translation>
    </message>
    <message>
        <source>%1 does not fit “%2”.</source>
        <translation>%1 ne correspond pas à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>This plan is open read-only: nothing can be changed.</source>
        <translation>Ce plan est ouvert en lecture seule&#xa0;: rien ne peut être modifié.</translation>
    </message>
    <message>
        <source>It is not there any more: it may have been moved or deleted.</source>
        <translation>Il n&apos;est plus là&#xa0;: il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>A backup is the folder the backups are saved in, or one archive (.tar.gz, .zip, .7z …).</source>
        <translation>Une sauvegarde, c&apos;est le dossier où sont enregistrées les sauvegardes, ou une archive (.tar.gz, .zip, .7z …).</translation>
    </message>
    <message>
        <source>The certificate is checked from the folder with its key, or from a .key, .pem, .crt or .csr file.</source>
        <translation>Le certificat est vérifié à partir du dossier qui contient sa clé, ou d&apos;un fichier .key, .pem, .crt ou .csr.</translation>
    </message>
    <message>
        <source>An export is a CSV file (or the folder the exports are saved in).</source>
        <translation>Un export est un fichier CSV (ou le dossier où sont enregistrés les exports).</translation>
    </message>
    <message>
        <source>The code is checked from its folder (a git repository): drop the folder, not a file.</source>
        <translation>Le code est vérifié à partir de son dossier (un dépôt git)&#xa0;: déposez le dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The root account is not kept in a file: its password belongs in the keychain. Note who holds it instead.</source>
        <translation>Le compte root n&apos;est pas conservé dans un fichier&#xa0;: son mot de passe a sa place dans le trousseau. Indiquez plutôt qui le détient.</translation>
    </message>
</context>
<context>
    <name>RecoveryKind</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Customer export</source>
        <translation>Export des clients</translation>
    </message>
    <message>
        <source>Orders export</source>
        <translation>Export des commandes</translation>
    </message>
    <message>
        <source>Product data</source>
        <translation>Données produits</translation>
    </message>
    <message>
        <source>Certificate and key</source>
        <translation>Certificat et clé</translation>
    </message>
    <message>
        <source>Code and change log</source>
        <translation>Code et journal des modifications</translation>
    </message>
    <message>
        <source>Root account</source>
        <translation>Compte root</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Passphrase of the private key</source>
        <translation>Phrase secrète de la clé privée</translation>
    </message>
    <message>
        <source>Root password</source>
        <translation>Mot de passe root</translation>
    </message>
</context>
<context>
    <name>RecoveryVerifier</name>
    <message>
        <source>That recovery item is no longer in the plan.</source>
        <translation>Cet élément de secours ne figure plus dans le plan.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>RemoveAnswerCommand</name>
    <message>
        <source>Remove the answer to “%1”</source>
        <translation>Supprimer la réponse à «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RemovePersonCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>RemoveProviderCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>RemoveRecoveryItemCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>RemoveSystemCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>%1 holds accounts: removing it cannot be undone, so it is not done here.</source>
        <translation>%1 contient des comptes&#xa0;: son retrait ne pourrait pas être annulé, il n&apos;est donc pas fait ici.</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Usage: storefort-cli report PLAN -o FILE.pdf [--paper a4|letter]</source>
        <translation>Utilisation&#xa0;: storefort-cli report PLAN -o FILE.pdf [--paper a4|letter]</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Write the findings to a spreadsheet file (CSV).</source>
        <translation>Écrire les constats dans un fichier de tableur (CSV).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>Only this step: shop-team, tls, providers, accounts, ddos or binder.</source>
        <translation>Uniquement cette étape&#xa0;: shop-team, tls, providers, accounts, ddos ou binder.</translation>
    </message>
    <message>
        <source>Leave out accepted findings.</source>
        <translation>Laisser de côté les constats acceptés.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli findings PLAN [--csv FILE] [--json] [--step KEY] [--open]</source>
        <translation>Utilisation&#xa0;: storefort-cli findings PLAN [--csv FILE] [--json] [--step KEY] [--open]</translation>
    </message>
    <message>
        <source>There is no step “%1”.
%2</source>
        <translation>Il n&apos;y a pas d&apos;étape «&#xa0;%1&#xa0;».
%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n finding(s)).</source>
        <translation>
            <numerusform>%1 écrit (%n constat).</numerusform>
            <numerusform>%1 écrit (%n constats).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; accepted: %2</source>
        <translation>%1&#xa0;; accepté&#xa0;: %2</translation>
    </message>
    <message>
        <source>Usage: storefort-cli score PLAN [--json]</source>
        <translation>Utilisation&#xa0;: storefort-cli score PLAN [--json]</translation>
    </message>
    <message>
        <source>Readiness: %1 of 100</source>
        <translation>Score de préparation&#xa0;: %1 sur 100</translation>
    </message>
    <message>
        <source>%1: %2 of 100 (%3% filled in, counts %4×) — %5</source>
        <translation>%1&#xa0;: %2 sur 100 (%3&#xa0;% complété, poids %4×) — %5</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review &amp; export</source>
        <translation>Relire et exporter</translation>
    </message>
    <message>
        <source>Save the Plan &amp;Report…</source>
        <translation>Enregistrer le &amp;rapport du plan…</translation>
    </message>
    <message>
        <source>Save the &amp;Binder…</source>
        <translation>Enregistrer le &amp;classeur…</translation>
    </message>
    <message>
        <source>&amp;Preview and Print the Binder</source>
        <translation>&amp;Aperçu et impression du classeur</translation>
    </message>
    <message>
        <source>Save the &amp;Calendar…</source>
        <translation>Enregistrer le calen&amp;drier…</translation>
    </message>
    <message>
        <source>Look over each step once more, then take the plan out of the computer: the plan report is the complete record of where the shop stands, the binder is what you reach for on a bad day. Print the binder and keep it where you can find it without the shop&apos;s computers, and add the review dates to your calendar.</source>
        <translation>Relisez chaque étape une dernière fois, puis sortez le plan de l&apos;ordinateur&#xa0;: le rapport du plan est le document complet qui montre où en est la boutique, le classeur est ce que vous prenez en main un jour de crise. Imprimez le classeur et rangez-le là où vous pourrez le trouver sans les ordinateurs de la boutique, et ajoutez les dates de revue à votre agenda.</translation>
    </message>
    <message>
        <source>Each step</source>
        <translation>Chaque étape</translation>
    </message>
    <message>
        <source>Save the plan report as PDF</source>
        <translation>Enregistrer le rapport du plan en PDF</translation>
    </message>
    <message>
        <source>Save the contingency binder as PDF</source>
        <translation>Enregistrer le classeur d&apos;urgence en PDF</translation>
    </message>
    <message>
        <source>Preview and print the contingency binder</source>
        <translation>Afficher l&apos;aperçu du classeur d&apos;urgence et l&apos;imprimer</translation>
    </message>
    <message>
        <source>Save the review dates as a calendar file</source>
        <translation>Enregistrer les dates de revue dans un fichier de calendrier</translation>
    </message>
    <message>
        <source>Take the plan with you</source>
        <translation>Emportez le plan avec vous</translation>
    </message>
    <message>
        <source>The plan report: every step in full — the shop and its team, the encryption probe, the providers&apos; answers, the accounts, the DDoS plan, the recovery items, every finding with what to do, and what falls due. For you, your agency or an auditor.</source>
        <translation>Le rapport du plan&#xa0;: chaque étape en détail — la boutique et son équipe, le test du chiffrement, les réponses des prestataires, les comptes, le plan DDoS, les éléments de secours, chaque constat avec ce qu&apos;il faut faire, et ce qui arrive à échéance. Pour vous, votre agence ou un auditeur.</translation>
    </message>
    <message>
        <source>The contingency binder: whom to call, the first hour of each kind of bad day, and where every backup, key and password is kept. Print it and keep it away from the shop&apos;s computers.</source>
        <translation>Le classeur d&apos;urgence&#xa0;: qui appeler, la première heure de chaque type de coup dur, et où sont conservés chaque sauvegarde, chaque clé et chaque mot de passe. Imprimez-le et rangez-le loin des ordinateurs de la boutique.</translation>
    </message>
    <message>
        <source>The review dates — certificate expiry, answers to ask again, the access review, backup checks, the drill — as a calendar file for your calendar program.</source>
        <translation>Les dates de revue — expiration du certificat, réponses à redemander, revue des accès, vérification des sauvegardes, exercice — dans un fichier de calendrier pour votre agenda.</translation>
    </message>
    <message numerus="yes">
        <source>All %n step(s) are done. Readiness score: %1 of 100.</source>
        <translation>
            <numerusform>Toutes les étapes sont terminées (%n). Score de préparation&#xa0;: %1 sur 100.</numerusform>
            <numerusform>Les %n étapes sont toutes terminées. Score de préparation&#xa0;: %1 sur 100.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done; readiness score %2 of 100. Double-click a step to go back to it; the documents can be printed at any time and show what is still open.</source>
        <translation>
            <numerusform>Étapes terminées&#xa0;: %1 sur %n&#xa0;; score de préparation&#xa0;: %2 sur 100. Double-cliquez sur une étape pour y revenir&#xa0;; les documents peuvent être imprimés à tout moment et montrent ce qui reste ouvert.</numerusform>
            <numerusform>Étapes terminées&#xa0;: %1 sur %n&#xa0;; score de préparation&#xa0;: %2 sur 100. Double-cliquez sur une étape pour y revenir&#xa0;; les documents peuvent être imprimés à tout moment et montrent ce qui reste ouvert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Plan Report as PDF</source>
        <translation>Enregistrer le rapport du plan en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the Binder as PDF</source>
        <translation>Enregistrer le classeur en PDF</translation>
    </message>
    <message>
        <source>Writing the plan report…</source>
        <translation>Écriture du rapport du plan…</translation>
    </message>
    <message>
        <source>Writing the binder…</source>
        <translation>Écriture du classeur…</translation>
    </message>
    <message numerus="yes">
        <source>The plan report (%n page(s)) is saved as %1.</source>
        <translation>
            <numerusform>Le rapport du plan (%n page) est enregistré sous %1.</numerusform>
            <numerusform>Le rapport du plan (%n pages) est enregistré sous %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The binder (%n page(s)) is saved as %1.</source>
        <translation>
            <numerusform>Le classeur (%n page) est enregistré sous %1.</numerusform>
            <numerusform>Le classeur (%n pages) est enregistré sous %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan Report Not Saved</source>
        <translation>Rapport du plan non enregistré</translation>
    </message>
    <message>
        <source>Binder Not Saved</source>
        <translation>Classeur non enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) saved as %1. Open the file with your calendar program to add them.</source>
        <translation>
            <numerusform>%n rappel enregistré sous %1. Ouvrez le fichier avec votre agenda pour l&apos;ajouter.</numerusform>
            <numerusform>%n rappels enregistrés sous %1. Ouvrez le fichier avec votre agenda pour les ajouter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreGauge</name>
    <message>
        <source>Readiness score</source>
        <translation>Score de préparation</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 sur 100</translation>
    </message>
    <message>
        <source>of 100</source>
        <translation>sur 100</translation>
    </message>
</context>
<context>
    <name>ScoreHistoryChart</name>
    <message>
        <source>Readiness score over time</source>
        <translation>Évolution du score de préparation</translation>
    </message>
    <message>
        <source>No score has been kept yet.</source>
        <translation>Aucun score n&apos;a encore été conservé.</translation>
    </message>
    <message>
        <source>%1 since %2.</source>
        <translation>%1 depuis %2.</translation>
    </message>
    <message numerus="yes">
        <source>From %1 on %2 to %3 on %4; the score changed %n time(s).</source>
        <translation>
            <numerusform>De %1 (%2) à %3 (%4)&#xa0;; le score a changé %n fois.</numerusform>
            <numerusform>De %1 (%2) à %3 (%4)&#xa0;; le score a changé %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keychain is available on this computer, so Storefort cannot keep passwords. Everything else still works.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur&#xa0;; Storefort ne peut donc pas conserver de mots de passe. Tout le reste fonctionne normalement.</translation>
    </message>
    <message>
        <source>The keychain is locked, so Storefort cannot reach the passwords in it. Unlock it (often by logging in again) and try once more.</source>
        <translation>Le trousseau est verrouillé&#xa0;; Storefort ne peut donc pas accéder aux mots de passe qu&apos;il contient. Déverrouillez-le (souvent en vous reconnectant) et réessayez.</translation>
    </message>
    <message>
        <source>The keychain did not let Storefort in, so Storefort cannot keep passwords. Allow Storefort when the keychain asks, or check the keychain&apos;s settings.</source>
        <translation>Le trousseau a refusé l&apos;accès à Storefort&#xa0;; Storefort ne peut donc pas conserver de mots de passe. Autorisez Storefort quand le trousseau le demande, ou vérifiez les réglages du trousseau.</translation>
    </message>
    <message>
        <source>No password is kept in the keychain for this item yet.</source>
        <translation>Aucun mot de passe n&apos;est encore conservé dans le trousseau pour cet élément.</translation>
    </message>
    <message>
        <source>Storefort could not read the password from the keychain.</source>
        <translation>Storefort n&apos;a pas pu lire le mot de passe dans le trousseau.</translation>
    </message>
    <message>
        <source>Storefort could not save the password in the keychain.</source>
        <translation>Storefort n&apos;a pas pu enregistrer le mot de passe dans le trousseau.</translation>
    </message>
    <message>
        <source>Storefort could not remove the password from the keychain.</source>
        <translation>Storefort n&apos;a pas pu supprimer le mot de passe du trousseau.</translation>
    </message>
    <message>
        <source>Storefort could not check the keychain.</source>
        <translation>Storefort n&apos;a pas pu vérifier le trousseau.</translation>
    </message>
    <message>
        <source>This item&apos;s password reference is damaged, so Storefort cannot look the password up. Enter the password again to repair it.</source>
        <translation>La référence au mot de passe de cet élément est endommagée&#xa0;; Storefort ne peut donc pas retrouver le mot de passe. Saisissez à nouveau le mot de passe pour la réparer.</translation>
    </message>
</context>
<context>
    <name>ServerResponseParser</name>
    <message>
        <source>The server sent far more data than a handshake needs.</source>
        <translation>Le serveur a envoyé bien plus de données qu&apos;un handshake n&apos;en demande.</translation>
    </message>
    <message>
        <source>The server answered in plain HTTP, not TLS.</source>
        <translation>Le serveur a répondu en HTTP simple, pas en TLS.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not TLS.</source>
        <translation>La réponse du serveur n&apos;est pas du TLS.</translation>
    </message>
    <message>
        <source>The server sent a record of unknown type %1.</source>
        <translation>Le serveur a envoyé un enregistrement de type inconnu %1.</translation>
    </message>
    <message>
        <source>The server sent a record with version %1.</source>
        <translation>Le serveur a envoyé un enregistrement de version %1.</translation>
    </message>
    <message>
        <source>The server sent a record of %1 bytes, more than TLS allows.</source>
        <translation>Le serveur a envoyé un enregistrement de %1 octets, plus que TLS ne le permet.</translation>
    </message>
    <message>
        <source>The server sent an empty record.</source>
        <translation>Le serveur a envoyé un enregistrement vide.</translation>
    </message>
    <message>
        <source>The server sent an alert of unknown level %1.</source>
        <translation>Le serveur a envoyé une alerte de niveau inconnu %1.</translation>
    </message>
    <message>
        <source>The server sent encrypted data before any handshake.</source>
        <translation>Le serveur a envoyé des données chiffrées avant tout handshake.</translation>
    </message>
    <message>
        <source>The server sent a handshake message of %1 bytes, far more than needed.</source>
        <translation>Le serveur a envoyé un message de handshake de %1 octets, bien plus que nécessaire.</translation>
    </message>
    <message>
        <source>The server sent two ServerHello messages.</source>
        <translation>Le serveur a envoyé deux messages ServerHello.</translation>
    </message>
    <message>
        <source>The server sent handshake message %1 before its ServerHello.</source>
        <translation>Le serveur a envoyé le message de handshake %1 avant son ServerHello.</translation>
    </message>
    <message>
        <source>The server&apos;s ServerHelloDone is not empty.</source>
        <translation>Le ServerHelloDone du serveur n&apos;est pas vide.</translation>
    </message>
    <message>
        <source>The server&apos;s ServerHello is malformed.</source>
        <translation>Le ServerHello du serveur est mal formé.</translation>
    </message>
    <message>
        <source>The server&apos;s ServerHello has a malformed extension.</source>
        <translation>Le ServerHello du serveur contient une extension mal formée.</translation>
    </message>
    <message>
        <source>The server&apos;s ServerHello repeats extension %1.</source>
        <translation>Le ServerHello du serveur répète l&apos;extension %1.</translation>
    </message>
    <message>
        <source>The server&apos;s Certificate message is malformed.</source>
        <translation>Le message Certificate du serveur est mal formé.</translation>
    </message>
    <message>
        <source>The server sent more than %1 certificates.</source>
        <translation>Le serveur a envoyé plus de %1 certificats.</translation>
    </message>
    <message>
        <source>The server&apos;s key exchange message is malformed.</source>
        <translation>Le message d&apos;échange de clés du serveur est mal formé.</translation>
    </message>
    <message>
        <source>The server&apos;s SSLv2 hello is malformed.</source>
        <translation>Le hello SSLv2 du serveur est mal formé.</translation>
    </message>
    <message>
        <source>The server refused the SSLv2 hello (error %1).</source>
        <translation>Le serveur a refusé le hello SSLv2 (erreur %1).</translation>
    </message>
    <message>
        <source>The server answered with the alert “%1”.</source>
        <translation>Le serveur a répondu par l&apos;alerte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The server closed the connection in the middle of a message.</source>
        <translation>Le serveur a fermé la connexion au milieu d&apos;un message.</translation>
    </message>
    <message>
        <source>The server closed the connection without an answer.</source>
        <translation>Le serveur a fermé la connexion sans répondre.</translation>
    </message>
</context>
<context>
    <name>SetAnswerCommand</name>
    <message>
        <source>The answer to “%1” has evidence files now, so it is not taken back. Remove the answer itself if it should go.</source>
        <translation>La réponse à «&#xa0;%1&#xa0;» a maintenant des pièces justificatives&#xa0;; elle n&apos;est donc pas annulée. Supprimez la réponse elle-même si elle doit disparaître.</translation>
    </message>
    <message>
        <source>Answer “%1”</source>
        <translation>Répondre à «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SetAnswersCommand</name>
    <message numerus="yes">
        <source>Record %n answer(s) from %1</source>
        <translation>
            <numerusform>Enregistrer %n réponse de %1</numerusform>
            <numerusform>Enregistrer %n réponses de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetPlatformCommand</name>
    <message>
        <source>Change Platform</source>
        <translation>Changer de plateforme</translation>
    </message>
</context>
<context>
    <name>SetShopNameCommand</name>
    <message>
        <source>Rename Shop</source>
        <translation>Renommer la boutique</translation>
    </message>
</context>
<context>
    <name>SetShopPersonCommand</name>
    <message>
        <source>Change Plan Owner</source>
        <translation>Changer de responsable du plan</translation>
    </message>
    <message>
        <source>Change Who I Am</source>
        <translation>Changer «&#xa0;Je suis&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SetSiteUrlsCommand</name>
    <message>
        <source>Change Website Addresses</source>
        <translation>Modifier les adresses web</translation>
    </message>
</context>
<context>
    <name>SettingsAppearanceTab</name>
    <message>
        <source>How Storefort looks. Text size always follows your system&apos;s font settings.</source>
        <translation>L&apos;apparence de Storefort. La taille du texte suit toujours les réglages de police de votre système.</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>&amp;Suivre le système</translation>
    </message>
    <message>
        <source>The colours and style of your desktop, light or dark as it is set.</source>
        <translation>Les couleurs et le style de votre bureau, clair ou sombre selon son réglage.</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds, whatever the desktop uses.</source>
        <translation>Texte sombre sur fond clair, quel que soit le réglage du bureau.</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds, easier on the eyes in a dim room.</source>
        <translation>Texte clair sur fond sombre, plus reposant pour les yeux dans une pièce peu éclairée.</translation>
    </message>
    <message>
        <source>A choice shows at once; Cancel puts back the one before.</source>
        <translation>Un choix s&apos;applique aussitôt&#xa0;; Annuler rétablit le précédent.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Règles</translation>
    </message>
    <message>
        <source>Pro&amp;be</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>The rules were not all saved.</source>
        <translation>Les règles n&apos;ont pas toutes été enregistrées.</translation>
    </message>
</context>
<context>
    <name>SettingsGeneralTab</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Storefort uses the new language the next time it starts.</source>
        <translation>Storefort utilisera la nouvelle langue au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>SettingsProbeTab</name>
    <message>
        <source>The probe looks at your site the way a visitor&apos;s browser would, many times over. These settings make it gentler on a small server or a slow connection. They are used from the next probe.</source>
        <translation>Le test examine votre site comme le ferait le navigateur d&apos;un visiteur, de nombreuses fois de suite. Ces réglages le rendent plus léger pour un petit serveur ou une connexion lente. Ils s&apos;appliquent à partir du prochain test.</translation>
    </message>
    <message>
        <source> at once</source>
        <translation> à la fois</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> secondes</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>&amp;Connections to your site:</source>
        <translation>&amp;Connexions à votre site&#xa0;:</translation>
    </message>
    <message>
        <source>How many connections the probe opens at the same time. Fewer is gentler on a small server; more finishes sooner.</source>
        <translation>Nombre de connexions que le test ouvre en même temps. Moins, c&apos;est plus léger pour un petit serveur&#xa0;; plus, c&apos;est plus rapide.</translation>
    </message>
    <message>
        <source>&amp;Wait for an answer:</source>
        <translation>&amp;Délai d&apos;attente d&apos;une réponse&#xa0;:</translation>
    </message>
    <message>
        <source>How long to wait for your site to connect or answer before that step counts as failed. Raise it for a slow server or connection.</source>
        <translation>Combien de temps attendre que votre site se connecte ou réponde avant que cette étape soit considérée comme échouée. Augmentez-le pour un serveur ou une connexion lents.</translation>
    </message>
    <message>
        <source>&amp;Stop a probe after:</source>
        <translation>&amp;Arrêter un test après&#xa0;:</translation>
    </message>
    <message>
        <source>A probe that takes longer stops and says so, instead of running on.</source>
        <translation>Un test qui dure plus longtemps s&apos;arrête et le signale, au lieu de continuer.</translation>
    </message>
    <message>
        <source>Use the &amp;Defaults</source>
        <translation>Utiliser les valeurs par dé&amp;faut</translation>
    </message>
    <message>
        <source>The command line&apos;s probe takes the same as --parallel, --timeout and --budget.</source>
        <translation>Le test en ligne de commande prend les mêmes réglages via --parallel, --timeout et --budget.</translation>
    </message>
</context>
<context>
    <name>SettingsRulesTab</name>
    <message>
        <source>These limits decide when the plan&apos;s checks raise a finding or say that something is due. They are kept in the plan, so everyone who opens it — and the command line — judges by the same rules.</source>
        <translation>Ces limites déterminent quand les vérifications du plan génèrent un constat ou signalent qu&apos;une chose est à faire. Elles sont conservées dans le plan, si bien que toute personne qui l&apos;ouvre — et la ligne de commande — juge selon les mêmes règles.</translation>
    </message>
    <message>
        <source>Accounts and passwords</source>
        <translation>Comptes et mots de passe</translation>
    </message>
    <message>
        <source>Change &amp;passwords at least every:</source>
        <translation>Changer les mots de &amp;passe au moins tous les&#xa0;:</translation>
    </message>
    <message>
        <source>A password unchanged for longer becomes a finding in Accounts &amp; access.</source>
        <translation>Un mot de passe inchangé depuis plus longtemps devient un constat dans Comptes et accès.</translation>
    </message>
    <message>
        <source>… with &amp;no second sign-in step:</source>
        <translation>… &amp;sans deuxième étape de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Where a password alone lets someone in (no code or key as well), it should change sooner.</source>
        <translation>Quand un mot de passe suffit à lui seul pour entrer (sans code ni clé en plus), il doit changer plus souvent.</translation>
    </message>
    <message>
        <source>An account is &amp;unused after:</source>
        <translation>Un compte est &amp;inutilisé après&#xa0;:</translation>
    </message>
    <message>
        <source>An account nobody signed in to for this long becomes a finding: close it, or say why it stays.</source>
        <translation>Un compte auquel personne ne s&apos;est connecté depuis ce délai devient un constat&#xa0;: fermez-le, ou indiquez pourquoi il reste.</translation>
    </message>
    <message>
        <source>Review a&amp;ccess every:</source>
        <translation>Revoir les a&amp;ccès tous les&#xa0;:</translation>
    </message>
    <message>
        <source>How long after the last access review the next one falls due.</source>
        <translation>Délai après la dernière revue des accès au bout duquel la suivante est à faire.</translation>
    </message>
    <message>
        <source>&amp;More Account Rules…</source>
        <translation>&amp;Autres règles sur les comptes…</translation>
    </message>
    <message>
        <source>Admin accounts, password length, audit logs and developers&apos; letters.</source>
        <translation>Comptes administrateur, longueur des mots de passe, journaux d&apos;audit et lettres aux développeurs.</translation>
    </message>
    <message>
        <source>Providers&apos; answers</source>
        <translation>Réponses des prestataires</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Ask providers aga&amp;in after:</source>
        <translation>&amp;Redemander aux prestataires après&#xa0;:</translation>
    </message>
    <message>
        <source>An answer older than this is due to be asked again; the Providers step marks it.</source>
        <translation>Une réponse plus ancienne est à redemander&#xa0;; l&apos;étape Prestataires la signale.</translation>
    </message>
    <message>
        <source>Backups and recovery</source>
        <translation>Sauvegardes et restauration</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>Newest bac&amp;kup at most:</source>
        <translation>Âge maximal de la dernière sau&amp;vegarde&#xa0;:</translation>
    </message>
    <message>
        <source>A backup folder whose newest backup is older fails its check. Used from the next check of the backups.</source>
        <translation>Un dossier de sauvegarde dont la sauvegarde la plus récente est plus ancienne échoue à sa vérification. S&apos;applique à partir de la prochaine vérification des sauvegardes.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Check recovery items &amp;every:</source>
        <translation>Vérifier les éléments de secours &amp;tous les&#xa0;:</translation>
    </message>
    <message>
        <source>An item not checked for longer becomes a finding in the Contingency binder.</source>
        <translation>Un élément non vérifié depuis plus longtemps devient un constat dans l&apos;étape Classeur d&apos;urgence.</translation>
    </message>
    <message>
        <source>This plan is open read-only, so its rules cannot be changed here.</source>
        <translation>Ce plan est ouvert en lecture seule&#xa0;: ses règles ne peuvent donc pas être modifiées ici.</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>The plan was closed, so its rules were not changed.</source>
        <translation>Le plan a été fermé&#xa0;; ses règles n&apos;ont donc pas été modifiées.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
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
        <translation>L&apos;adresse web de la boutique ne figure pas dans le plan</translation>
    </message>
    <message>
        <source>Storefort checks the site&apos;s encryption, and what stands in front of it, at this address. Without it those checks cannot run, and the binder cannot name the site.</source>
        <translation>Storefort vérifie à cette adresse le chiffrement du site et ce qui est placé devant. Sans elle, ces vérifications ne peuvent pas avoir lieu, et le classeur ne peut pas nommer le site.</translation>
    </message>
    <message>
        <source>No web address is recorded.</source>
        <translation>Aucune adresse web n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s address (for example shop.example) in Shop &amp; team.</source>
        <translation>Indiquez l&apos;adresse de la boutique (par exemple boutique.example) dans Boutique et équipe.</translation>
    </message>
    <message>
        <source>Nobody is named as the plan&apos;s owner</source>
        <translation>Personne n&apos;est désigné comme responsable du plan</translation>
    </message>
    <message>
        <source>Someone must keep the plan up to date and decide about the risks it finds. When nobody is named, everyone assumes someone else does it.</source>
        <translation>Quelqu&apos;un doit tenir le plan à jour et décider des risques qu&apos;il révèle. Quand personne n&apos;est désigné, chacun suppose qu&apos;un autre s&apos;en charge.</translation>
    </message>
    <message>
        <source>No owner is chosen.</source>
        <translation>Aucun responsable n&apos;est choisi.</translation>
    </message>
    <message>
        <source>Choose the plan&apos;s owner in Shop &amp; team.</source>
        <translation>Choisissez le responsable du plan dans Boutique et équipe.</translation>
    </message>
    <message>
        <source>The plan&apos;s owner has left</source>
        <translation>Le responsable du plan est parti</translation>
    </message>
    <message>
        <source>The person who keeps the plan and decides about its risks is no longer there, so nobody does.</source>
        <translation>La personne qui tient le plan à jour et décide de ses risques n&apos;est plus là&#xa0;: plus personne ne le fait.</translation>
    </message>
    <message>
        <source>%1 is named as the owner, but has left the team.</source>
        <translation>%1 est désigné comme responsable, mais a quitté l&apos;équipe.</translation>
    </message>
    <message>
        <source>Choose who owns the plan now in Shop &amp; team.</source>
        <translation>Choisissez qui est désormais responsable du plan dans Boutique et équipe.</translation>
    </message>
    <message>
        <source>Only one person knows the plan</source>
        <translation>Une seule personne connaît le plan</translation>
    </message>
    <message>
        <source>If that person is ill, on holiday or leaves, nobody else knows whom to call or where the backups are.</source>
        <translation>Si cette personne est malade, en vacances ou s&apos;en va, personne d&apos;autre ne sait qui appeler ni où sont les sauvegardes.</translation>
    </message>
    <message>
        <source>Nobody is on the team yet.</source>
        <translation>Personne ne fait encore partie de l&apos;équipe.</translation>
    </message>
    <message numerus="yes">
        <source>The team has %n active member(s).</source>
        <translation>
            <numerusform>L&apos;équipe compte %n membre actif.</numerusform>
            <numerusform>L&apos;équipe compte %n membres actifs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one more person (a colleague, your developer or your agency) in Shop &amp; team.</source>
        <translation>Ajoutez au moins une autre personne (un collègue, votre développeur ou votre agence) dans Boutique et équipe.</translation>
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
        <translation>Autre plateforme</translation>
    </message>
</context>
<context>
    <name>ShopProfile</name>
    <message>
        <source>Give the shop a name, as your customers know it.</source>
        <translation>Donnez un nom à la boutique, celui que vos clients connaissent.</translation>
    </message>
    <message>
        <source>The shop&apos;s name is too long (at most 200 characters).</source>
        <translation>Le nom de la boutique est trop long (200 caractères au maximum).</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s web address, for example https://shop.example.</source>
        <translation>Saisissez l&apos;adresse web de la boutique, par exemple https://boutique.example.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Write it like https://shop.example.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web. Écrivez-la comme https://boutique.example.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address: it should start with https://.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web&#xa0;: elle doit commencer par https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no domain ending such as .com. Write it like https://shop.example.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas d&apos;extension de domaine comme .fr. Écrivez-la comme https://boutique.example.</translation>
    </message>
    <message>
        <source>A web address cannot contain spaces.</source>
        <translation>Une adresse web ne peut pas contenir d&apos;espaces.</translation>
    </message>
</context>
<context>
    <name>ShopProfileForm</name>
    <message>
        <source>Shop name</source>
        <translation>Nom de la boutique</translation>
    </message>
    <message>
        <source>The name your customers know</source>
        <translation>Le nom que vos clients connaissent</translation>
    </message>
    <message>
        <source>Shop platform</source>
        <translation>Plateforme de la boutique</translation>
    </message>
    <message>
        <source>Plan owner</source>
        <translation>Responsable du plan</translation>
    </message>
    <message>
        <source>The person who answers for this plan and keeps it up to date</source>
        <translation>La personne qui répond de ce plan et le tient à jour</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Je suis</translation>
    </message>
    <message>
        <source>The history records your changes under this name</source>
        <translation>L&apos;historique enregistre vos modifications sous ce nom</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>&amp;Nom de la boutique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Web addresses:</source>
        <translation>Adresses &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme&#xa0;:</translation>
    </message>
    <message>
        <source>Plan &amp;owner:</source>
        <translation>&amp;Responsable du plan&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>Je s&amp;uis&#xa0;:</translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation>Personne n&apos;a encore été choisi</translation>
    </message>
    <message>
        <source>Not chosen (changes are recorded under your computer account)</source>
        <translation>Non choisi (les modifications sont enregistrées sous votre compte utilisateur)</translation>
    </message>
    <message>
        <source>Add the team below, then choose who owns the plan and which of them you are.</source>
        <translation>Ajoutez l&apos;équipe ci-dessous, puis choisissez qui est responsable du plan et lequel de ses membres vous êtes.</translation>
    </message>
    <message>
        <source>%1 (has left)</source>
        <translation>%1 (a quitté l&apos;équipe)</translation>
    </message>
</context>
<context>
    <name>ShopTeamPage</name>
    <message>
        <source>Shop &amp; team</source>
        <translation>Boutique et équipe</translation>
    </message>
    <message>
        <source>Your security plan starts with the shop it protects and the people who work on it. Later steps use this to say who holds each backup and key, and whose access to remove when someone leaves. Fill in your shop&apos;s details, then add everyone on the team, including developers and agencies.</source>
        <translation>Votre plan de sécurité commence par la boutique qu&apos;il protège et les personnes qui y travaillent. Les étapes suivantes s&apos;en servent pour indiquer qui détient chaque sauvegarde et chaque clé, et quels accès retirer quand quelqu&apos;un s&apos;en va. Remplissez les informations de votre boutique, puis ajoutez toute l&apos;équipe, y compris les développeurs et les agences.</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Votre boutique</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>L&apos;équipe</translation>
    </message>
</context>
<context>
    <name>ShopWizardPage</name>
    <message>
        <source>Your Shop</source>
        <translation>Votre boutique</translation>
    </message>
    <message>
        <source>Its name, where your customers find it, and what it runs on.</source>
        <translation>Son nom, l&apos;adresse où vos clients la trouvent, et ce sur quoi elle repose.</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nom de la boutique</translation>
    </message>
    <message>
        <source>The name your customers know</source>
        <translation>Le nom que vos clients connaissent</translation>
    </message>
    <message>
        <source>Where your customers find the shop, like https://shop.example. Leave it empty if the shop is not online yet.</source>
        <translation>L&apos;adresse où vos clients trouvent la boutique, par exemple https://boutique.example. Laissez vide si la boutique n&apos;est pas encore en ligne.</translation>
    </message>
    <message>
        <source>Shop platform</source>
        <translation>Plateforme de la boutique</translation>
    </message>
    <message>
        <source>The software or service your shop runs on</source>
        <translation>Le logiciel ou le service sur lequel repose votre boutique</translation>
    </message>
    <message>
        <source>&amp;Shop name:</source>
        <extracomment>Mnemonics on the wizard&apos;s pages must differ from those of its Back and Next buttons</extracomment>
        <translation>&amp;Nom de la boutique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Adresse &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SiteUrlsEditor</name>
    <message>
        <source>Add Ano&amp;ther Address</source>
        <translation>A&amp;jouter une autre adresse</translation>
    </message>
    <message>
        <source>Add another web address where the shop can be reached</source>
        <translation>Ajouter une autre adresse web où la boutique est accessible</translation>
    </message>
    <message>
        <source>https://shop.example</source>
        <translation>https://boutique.example</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Web address %1</source>
        <translation>Adresse web %1</translation>
    </message>
    <message>
        <source>Remove web address %1</source>
        <translation>Retirer l&apos;adresse web %1</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Retirer cette adresse</translation>
    </message>
</context>
<context>
    <name>Ssl2Probe</name>
    <message>
        <source>The SSL 2 check was cancelled.</source>
        <translation>La vérification SSL 2 a été annulée.</translation>
    </message>
</context>
<context>
    <name>StartReminders</name>
    <message>
        <source>Show &amp;Where You Stand</source>
        <translation>Voir &amp;où vous en êtes</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (échéance&#xa0;: %2)</translation>
    </message>
    <message numerus="yes">
        <source>And %n more on the dashboard.</source>
        <translation>
            <numerusform>Et %n autre dans «&#xa0;Où vous en êtes&#xa0;».</numerusform>
            <numerusform>Et %n autres dans «&#xa0;Où vous en êtes&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) fell due since you last opened this plan.</source>
        <translation>
            <numerusform>%n point est arrivé à échéance depuis la dernière fois que vous avez ouvert ce plan.</numerusform>
            <numerusform>%n points sont arrivés à échéance depuis la dernière fois que vous avez ouvert ce plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPageFrame</name>
    <message>
        <source>Back: %1</source>
        <translation>Retour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Back to the step before: %1</source>
        <translation>Retour à l&apos;étape précédente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Suivant&#xa0;: %1</translation>
    </message>
    <message>
        <source>On to the next step: %1</source>
        <translation>Passer à l&apos;étape suivante&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SystemDialog</name>
    <message>
        <source>Last looked through on</source>
        <translation>Dernier examen le</translation>
    </message>
    <message>
        <source>Add a System</source>
        <translation>Ajouter un système</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>A place where people sign in to work on the shop: the shop&apos;s admin, the hosting panel, email, the payment provider&apos;s dashboard. You can import its accounts once it is added.</source>
        <translation>Un endroit où des personnes se connectent pour travailler sur la boutique&#xa0;: l&apos;administration de la boutique, le panneau d&apos;hébergement, la messagerie, le tableau de bord du prestataire de paiement. Une fois le système ajouté, vous pouvez importer ses comptes.</translation>
    </message>
    <message>
        <source>What kind of system this is</source>
        <translation>Le type de système</translation>
    </message>
    <message>
        <source>For example: WordPress admin</source>
        <translation>Par exemple&#xa0;: administration WordPress</translation>
    </message>
    <message>
        <source>A name you will recognise, such as &quot;Shop admin&quot; or &quot;Google Workspace&quot;</source>
        <translation>Un nom que vous reconnaîtrez, comme «&#xa0;Administration de la boutique&#xa0;» ou «&#xa0;Google Workspace&#xa0;»</translation>
    </message>
    <message>
        <source>Nobody: the shop runs it itself</source>
        <translation>Personne&#xa0;: la boutique le gère elle-même</translation>
    </message>
    <message>
        <source>The provider that runs this system for the shop. Add providers in the Providers step.</source>
        <translation>Le prestataire qui gère ce système pour la boutique. Ajoutez des prestataires à l&apos;étape Prestataires.</translation>
    </message>
    <message>
        <source>Does the system write down who signed in and what they changed? Without such a log you cannot find out what happened after a break-in.</source>
        <translation>Le système enregistre-t-il qui s&apos;est connecté et ce qui a été modifié&#xa0;? Sans un tel journal, impossible de savoir ce qui s&apos;est passé après une intrusion.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>How long the log keeps its entries. A break-in is often found weeks later: 90 days or more is good.</source>
        <translation>Durée pendant laquelle le journal conserve ses entrées. Une intrusion est souvent découverte des semaines plus tard&#xa0;: 90 jours ou plus, c&apos;est bien.</translation>
    </message>
    <message>
        <source>Leave this off if nobody has ever looked through the log.</source>
        <translation>Laissez cette case décochée si personne n&apos;a jamais examiné le journal.</translation>
    </message>
    <message>
        <source>Date the audit log was last looked through</source>
        <translation>Date du dernier examen du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Does the system make every account use a second step to sign in (an app or a code), so that a stolen password alone is not enough?</source>
        <translation>Le système oblige-t-il chaque compte à utiliser une seconde étape pour se connecter (une application ou un code), pour qu&apos;un mot de passe volé ne suffise pas à lui seul&#xa0;?</translation>
    </message>
    <message>
        <source>No rule</source>
        <translation>Aucune règle</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>The shortest password the system accepts. 12 characters or more is good.</source>
        <translation>Le mot de passe le plus court accepté par le système. 12 caractères ou plus, c&apos;est bien.</translation>
    </message>
    <message>
        <source>Only when it may have leaked</source>
        <translation>Seulement en cas de fuite possible</translation>
    </message>
    <message>
        <source>After how many days a password must be changed. Changing passwords only when they may have leaked is today&apos;s advice.</source>
        <translation>Nombre de jours après lequel un mot de passe doit être changé. Aujourd&apos;hui, on conseille de ne changer les mots de passe que lorsqu&apos;ils ont pu fuiter.</translation>
    </message>
    <message>
        <source>Never locks</source>
        <translation>Jamais de blocage</translation>
    </message>
    <message>
        <source> failed attempts</source>
        <translation> tentatives échouées</translation>
    </message>
    <message>
        <source>After how many wrong passwords in a row the account is locked, which stops someone from guessing.</source>
        <translation>Nombre de mauvais mots de passe à la suite après lequel le compte est bloqué, ce qui empêche de deviner le mot de passe.</translation>
    </message>
    <message>
        <source>For example: admin or root</source>
        <translation>Par exemple&#xa0;: admin ou root</translation>
    </message>
    <message>
        <source>The user name of the account the system came with. It should not be used for daily work.</source>
        <translation>Le nom d&apos;utilisateur du compte fourni avec le système. Il ne doit pas servir au travail quotidien.</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Run &amp;by:</source>
        <translation>&amp;Géré par&#xa0;:</translation>
    </message>
    <message>
        <source>Built-in &amp;admin:</source>
        <translation>Administrateur &amp;intégré&#xa0;:</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>It keeps a &amp;log:</source>
        <translation>Tient un journa&amp;l&#xa0;:</translation>
    </message>
    <message>
        <source>Kept &amp;for:</source>
        <translation>Conser&amp;vé pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Looked through:</source>
        <translation>Examiné&#xa0;:</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Two-step sign-in &amp;required:</source>
        <translation>Connexion en deux étapes &amp;obligatoire&#xa0;:</translation>
    </message>
    <message>
        <source>Shortest &amp;password:</source>
        <translation>Longueur &amp;minimale du mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password must be &amp;changed after:</source>
        <translation>Mot de &amp;passe à changer après&#xa0;:</translation>
    </message>
    <message>
        <source>Account &amp;locks after:</source>
        <translation>Compte &amp;bloqué après&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>TcpStream</name>
    <message>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The address %1 is not an IP address.</source>
        <translation>L&apos;adresse %1 n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <source>Could not open a connection: %1</source>
        <translation>Impossible d&apos;ouvrir une connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection was refused.</source>
        <translation>La connexion a été refusée.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server could not be reached within %1 s.</source>
        <translation>Le serveur n&apos;a pas pu être joint en %1 s.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <source>Could not send to the server: %1</source>
        <translation>Impossible d&apos;envoyer des données au serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server reset the connection.</source>
        <translation>Le serveur a réinitialisé la connexion.</translation>
    </message>
    <message>
        <source>Could not read from the server: %1</source>
        <translation>Impossible de lire la réponse du serveur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <source>&amp;Add Person…</source>
        <translation>Ajouter une per&amp;sonne…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>No one is on the team yet. Start with yourself, then add everyone who works on the shop: staff, developers, the agency, and your contacts at the host.</source>
        <translation>Personne ne fait encore partie de l&apos;équipe. Commencez par vous-même, puis ajoutez toutes les personnes qui travaillent sur la boutique&#xa0;: le personnel, les développeurs, l&apos;agence et vos contacts chez l&apos;hébergeur.</translation>
    </message>
    <message>
        <source>Add someone who works on or for the shop</source>
        <translation>Ajouter une personne qui travaille dans ou pour la boutique</translation>
    </message>
    <message>
        <source>Change the selected person&apos;s details</source>
        <translation>Modifier les informations de la personne sélectionnée</translation>
    </message>
    <message>
        <source>Take the selected person off the team</source>
        <translation>Retirer la personne sélectionnée de l&apos;équipe</translation>
    </message>
    <message>
        <source>Remove %1 from the team?

If they have left, you can instead keep them on the team marked as left, so the plan can check their access was removed. You can undo the removal with Edit &gt; Undo.</source>
        <translation>Retirer %1 de l&apos;équipe&#xa0;?

Si cette personne est partie, vous pouvez plutôt la garder dans l&apos;équipe en indiquant qu&apos;elle l&apos;a quittée, pour que le plan puisse vérifier que ses accès ont bien été retirés. Vous pouvez annuler le retrait avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Remove Team Member</source>
        <translation>Retirer un membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Owns the plan</source>
        <translation>Responsable du plan</translation>
    </message>
    <message>
        <source>Uses Storefort on this computer</source>
        <translation>Utilise Storefort sur cet ordinateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role in the business</source>
        <translation>Rôle dans l&apos;entreprise</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Date de départ</translation>
    </message>
</context>
<context>
    <name>TeamWizardPage</name>
    <message>
        <source>Na&amp;me</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>Rô&amp;le</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Works as</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>Add Another &amp;Person</source>
        <translation>Ajouter une autre &amp;personne</translation>
    </message>
    <message>
        <source>Your Team</source>
        <translation>Votre équipe</translation>
    </message>
    <message>
        <source>Who works on the shop: you, your staff, and the developers or agency who build it. A few names are enough for now; you can add more later.</source>
        <translation>Qui travaille sur la boutique&#xa0;: vous, votre personnel, et les développeurs ou l&apos;agence qui la construisent. Quelques noms suffisent pour l&apos;instant&#xa0;; vous pourrez en ajouter d&apos;autres plus tard.</translation>
    </message>
    <message>
        <source>Plan owner</source>
        <translation>Responsable du plan</translation>
    </message>
    <message>
        <source>Which one is you</source>
        <translation>Qui êtes-vous</translation>
    </message>
    <message>
        <source>Already on the team: %1. Add anyone else below; a name already on the team is not added twice.</source>
        <translation>Déjà dans l&apos;équipe&#xa0;: %1. Ajoutez les autres personnes ci-dessous&#xa0;; un nom qui figure déjà dans l&apos;équipe n&apos;est pas ajouté deux fois.</translation>
    </message>
    <message>
        <source>Plan &amp;owner:</source>
        <translation>&amp;Responsable du plan&#xa0;:</translation>
    </message>
    <message>
        <source>The person who answers for the plan and keeps it up to date.</source>
        <translation>La personne qui répond du plan et le tient à jour.</translation>
    </message>
    <message>
        <source>Which one is &amp;you?</source>
        <translation>Qui êtes-&amp;vous&#xa0;?</translation>
    </message>
    <message>
        <source>The plan&apos;s history records your changes under this name.</source>
        <translation>L&apos;historique du plan enregistre vos modifications sous ce nom.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Retirer cette ligne</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Gérant</translation>
    </message>
    <message>
        <source>you@shop.example</source>
        <translation>vous@boutique.example</translation>
    </message>
    <message>
        <source>e.g. Bookkeeper</source>
        <translation>par ex. comptable</translation>
    </message>
    <message>
        <source>name@shop.example</source>
        <translation>nom@boutique.example</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Nom de la personne %1</translation>
    </message>
    <message>
        <source>Role of person %1</source>
        <translation>Rôle de la personne %1</translation>
    </message>
    <message>
        <source>E-mail of person %1</source>
        <translation>E-mail de la personne %1</translation>
    </message>
    <message>
        <source>What person %1 works as</source>
        <translation>Catégorie de la personne %1</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Retirer la personne %1</translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation>Personne n&apos;a encore été choisi</translation>
    </message>
    <message>
        <source>None of them (changes are recorded under your computer account)</source>
        <translation>Aucune d&apos;elles (les modifications sont enregistrées sous votre compte utilisateur)</translation>
    </message>
</context>
<context>
    <name>TlsCertificateView</name>
    <message>
        <source>The site showed no certificate.</source>
        <translation>Le site n&apos;a présenté aucun certificat.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Délivré à&#xa0;:</translation>
    </message>
    <message>
        <source>Names it covers:</source>
        <translation>Noms couverts&#xa0;:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Émis par&#xa0;:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Fin de validité&#xa0;:</translation>
    </message>
    <message>
        <source>Trusted by browsers:</source>
        <translation>Reconnu par les navigateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Matches the site&apos;s name:</source>
        <translation>Correspond au nom du site&#xa0;:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Chaîne&#xa0;:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature&#xa0;:</translation>
    </message>
    <message>
        <source>OCSP stapling:</source>
        <translation>Agrafage OCSP&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Public key (SPKI) SHA-256:</source>
        <translation>Clé publique (SPKI) SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Certificates sent:</source>
        <translation>Certificats envoyés&#xa0;:</translation>
    </message>
    <message>
        <source>(none listed)</source>
        <translation>(aucun nom indiqué)</translation>
    </message>
    <message>
        <source>%1 (itself: self-signed)</source>
        <translation>%1 (lui-même&#xa0;: auto-signé)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>not valid yet (from %1)</source>
        <translation>pas encore valide (à partir du %1)</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>encore 1 jour</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days left</source>
        <translation>
            <numerusform>encore %Ln jour</numerusform>
            <numerusform>encore %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Non. %1</translation>
    </message>
    <message>
        <source>No: it is self-signed, so no browser trusts it</source>
        <translation>Non&#xa0;: il est auto-signé, donc aucun navigateur ne lui fait confiance</translation>
    </message>
    <message>
        <source>No: browsers do not trust its issuer</source>
        <translation>Non&#xa0;: les navigateurs ne font pas confiance à son émetteur</translation>
    </message>
    <message>
        <source>No: the certificate lists no names, and browsers no longer read the name in &quot;Issued to&quot;</source>
        <translation>Non&#xa0;: le certificat ne contient aucun nom, et les navigateurs ne lisent plus le nom indiqué dans «&#xa0;Délivré à&#xa0;»</translation>
    </message>
    <message>
        <source>No: visitors see a warning</source>
        <translation>Non&#xa0;: les visiteurs voient un avertissement</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>incomplete: some browsers cannot check it</source>
        <translation>incomplète&#xa0;: certains navigateurs ne peuvent pas la vérifier</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>dans le désordre</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bits</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1, the issuer says: %2</source>
        <translation>%1, l&apos;émetteur indique&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (the certificate requires it)</source>
        <translation>%1 (le certificat l&apos;exige)</translation>
    </message>
    <message>
        <source>%1. %2 — from %3, %4 %5 bits, until %6</source>
        <extracomment>One certificate of the chain: &quot;1. CN=shop.example — from CN=R11, RSA 2048 bits, until 1 March 2025&quot;</extracomment>
        <translation>%1. %2 — émis par %3, %4 %5 bits, jusqu&apos;au %6</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(non enregistrée)</translation>
    </message>
</context>
<context>
    <name>TlsChanges</name>
    <message>
        <source>%1: the site is now open to this flaw</source>
        <translation>%1&#xa0;: le site est désormais exposé à cette faille</translation>
    </message>
    <message>
        <source>%1: fixed</source>
        <translation>%1&#xa0;: corrigé</translation>
    </message>
    <message>
        <source>%1 newly accepted</source>
        <translation>%1 désormais accepté</translation>
    </message>
    <message>
        <source>%1 no longer accepted</source>
        <translation>%1 n&apos;est plus accepté</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cipher suite(s) added (%2)</source>
        <translation>
            <numerusform>%1&#xa0;: %n suite de chiffrement ajoutée (%2)</numerusform>
            <numerusform>%1&#xa0;: %n suites de chiffrement ajoutées (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cipher suite(s) removed (%2)</source>
        <translation>
            <numerusform>%1&#xa0;: %n suite de chiffrement retirée (%2)</numerusform>
            <numerusform>%1&#xa0;: %n suites de chiffrement retirées (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificate renewed: %n day(s) left</source>
        <translation>
            <numerusform>Certificat renouvelé&#xa0;: encore %n jour</numerusform>
            <numerusform>Certificat renouvelé&#xa0;: encore %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificate replaced: %n day(s) left</source>
        <translation>
            <numerusform>Certificat remplacé&#xa0;: encore %n jour</numerusform>
            <numerusform>Certificat remplacé&#xa0;: encore %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>The new certificate kept the old key</source>
        <translation>Le nouveau certificat a gardé l&apos;ancienne clé</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s)</source>
        <translation>
            <numerusform>Le certificat expire dans %n jour</numerusform>
            <numerusform>Le certificat expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate is now trusted</source>
        <translation>Les navigateurs font désormais confiance au certificat</translation>
    </message>
    <message>
        <source>The certificate is no longer trusted</source>
        <translation>Les navigateurs ne font plus confiance au certificat</translation>
    </message>
    <message>
        <source>The certificate now matches the name</source>
        <translation>Le certificat correspond désormais au nom</translation>
    </message>
    <message>
        <source>The certificate no longer matches the name</source>
        <translation>Le certificat ne correspond plus au nom</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>Le certificat a expiré</translation>
    </message>
    <message>
        <source>HSTS switched on</source>
        <translation>HSTS activé</translation>
    </message>
    <message>
        <source>HSTS switched off</source>
        <translation>HSTS désactivé</translation>
    </message>
    <message>
        <source>Plain HTTP now sends visitors to HTTPS</source>
        <translation>Le HTTP simple renvoie désormais les visiteurs vers HTTPS</translation>
    </message>
    <message>
        <source>Plain HTTP no longer sends visitors to HTTPS</source>
        <translation>Le HTTP simple ne renvoie plus les visiteurs vers HTTPS</translation>
    </message>
    <message>
        <source>No longer behind %1</source>
        <translation>N&apos;est plus derrière %1</translation>
    </message>
    <message>
        <source>Now behind %1</source>
        <translation>Désormais derrière %1</translation>
    </message>
    <message>
        <source>Grade went from %1 to %2</source>
        <translation>La note est passée de %1 à %2</translation>
    </message>
    <message>
        <source>The site now answers from %1 (was %2)</source>
        <translation>Le site répond désormais depuis %1 (auparavant %2)</translation>
    </message>
</context>
<context>
    <name>TlsChangesView</name>
    <message>
        <source>What changed since the last probe</source>
        <translation>Ce qui a changé depuis le dernier test</translation>
    </message>
    <message>
        <source>This is the first probe of this address in the plan: the next one will say what changed.</source>
        <translation>C&apos;est le premier test de cette adresse dans le plan&#xa0;: le prochain indiquera ce qui a changé.</translation>
    </message>
    <message>
        <source>Nothing important changed since the probe of %1.</source>
        <translation>Rien d&apos;important n&apos;a changé depuis le test du %1.</translation>
    </message>
    <message>
        <source>Since the probe of %1:</source>
        <translation>Depuis le test du %1&#xa0;:</translation>
    </message>
    <message>
        <source>▲ Better: %1</source>
        <translation>▲ Mieux&#xa0;: %1</translation>
    </message>
    <message>
        <source>▼ Worse: %1</source>
        <translation>▼ Moins bien&#xa0;: %1</translation>
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
        <translation>Le handshake TLS a échoué.</translation>
    </message>
    <message>
        <source>The TLS handshake failed (%1).</source>
        <translation>Le handshake TLS a échoué (%1).</translation>
    </message>
    <message>
        <source>The server did not answer with TLS (%1).</source>
        <translation>Le serveur n&apos;a pas répondu en TLS (%1).</translation>
    </message>
    <message>
        <source>The server sent more handshake data than any real server needs (%1).</source>
        <translation>Le serveur a envoyé plus de données de handshake qu&apos;un vrai serveur n&apos;en a jamais besoin (%1).</translation>
    </message>
    <message>
        <source>The server and the check have no TLS version in common (%1).</source>
        <translation>Le serveur et la vérification n&apos;ont aucune version de TLS en commun (%1).</translation>
    </message>
    <message>
        <source>The server refused the TLS handshake (%1).</source>
        <translation>Le serveur a refusé le handshake TLS (%1).</translation>
    </message>
    <message>
        <source>OpenSSL could not start a TLS client.</source>
        <translation>OpenSSL n&apos;a pas pu démarrer de client TLS.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake.</source>
        <translation>Le serveur a fermé la connexion pendant le handshake TLS.</translation>
    </message>
    <message>
        <source>The server did not complete the TLS handshake in time.</source>
        <translation>Le serveur n&apos;a pas terminé le handshake TLS à temps.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <source>The TLS connection failed (%1).</source>
        <translation>La connexion TLS a échoué (%1).</translation>
    </message>
    <message>
        <source>The TLS connection failed.</source>
        <translation>La connexion TLS a échoué.</translation>
    </message>
</context>
<context>
    <name>TlsFindings</name>
    <message>
        <source>The site still accepts SSL 2</source>
        <translation>Le site accepte encore SSL 2</translation>
    </message>
    <message>
        <source>SSL 2 has been broken since the 1990s; its presence lets attackers decrypt even modern connections (DROWN).</source>
        <translation>SSL 2 est cassé depuis les années 1990&#xa0;; sa présence permet à des attaquants de déchiffrer même des connexions modernes (DROWN).</translation>
    </message>
    <message>
        <source>Ask your host to turn off SSL 2 on the web server and on every other service that uses the same certificate.</source>
        <translation>Demandez à votre hébergeur de désactiver SSL 2 sur le serveur web et sur tout autre service qui utilise le même certificat.</translation>
    </message>
    <message>
        <source>The site still accepts SSL 3</source>
        <translation>Le site accepte encore SSL 3</translation>
    </message>
    <message>
        <source>SSL 3 is broken (POODLE): an attacker on the same network can read parts of the traffic, such as login cookies.</source>
        <translation>SSL 3 est cassé (POODLE)&#xa0;: un attaquant sur le même réseau peut lire une partie du trafic, comme les cookies de connexion.</translation>
    </message>
    <message>
        <source>Ask your host to allow only TLS 1.2 and TLS 1.3.</source>
        <translation>Demandez à votre hébergeur de n&apos;autoriser que TLS 1.2 et TLS 1.3.</translation>
    </message>
    <message>
        <source>The site still accepts TLS 1.0</source>
        <translation>Le site accepte encore TLS 1.0</translation>
    </message>
    <message>
        <source>TLS 1.0 is outdated, browsers stopped using it in 2020, and card payment rules (PCI DSS) forbid it.</source>
        <translation>TLS 1.0 est dépassé, les navigateurs ont cessé de l&apos;utiliser en 2020, et les règles des paiements par carte (PCI DSS) l&apos;interdisent.</translation>
    </message>
    <message>
        <source>The site still accepts TLS 1.1</source>
        <translation>Le site accepte encore TLS 1.1</translation>
    </message>
    <message>
        <source>TLS 1.1 is outdated, browsers stopped using it in 2020, and card payment rules (PCI DSS) forbid it.</source>
        <translation>TLS 1.1 est dépassé, les navigateurs ont cessé de l&apos;utiliser en 2020, et les règles des paiements par carte (PCI DSS) l&apos;interdisent.</translation>
    </message>
    <message>
        <source>The site speaks neither TLS 1.2 nor TLS 1.3</source>
        <translation>Le site ne parle ni TLS 1.2 ni TLS 1.3</translation>
    </message>
    <message>
        <source>Modern browsers need TLS 1.2 or newer; without it visitors see errors or weak encryption.</source>
        <translation>Les navigateurs modernes ont besoin de TLS 1.2 ou plus récent&#xa0;; sans cela, les visiteurs voient des erreurs ou un chiffrement faible.</translation>
    </message>
    <message>
        <source>Ask your host to turn on TLS 1.2 and TLS 1.3; an up-to-date server software has both.</source>
        <translation>Demandez à votre hébergeur d&apos;activer TLS 1.2 et TLS 1.3&#xa0;; un logiciel serveur à jour prend en charge les deux.</translation>
    </message>
    <message>
        <source>The site does not speak TLS 1.3 yet</source>
        <translation>Le site ne parle pas encore TLS 1.3</translation>
    </message>
    <message>
        <source>TLS 1.3 is faster and drops every old, weak option; all current browsers use it.</source>
        <translation>TLS 1.3 est plus rapide et abandonne toutes les vieilles options faibles&#xa0;; tous les navigateurs actuels l&apos;utilisent.</translation>
    </message>
    <message>
        <source>Ask your host to turn on TLS 1.3 (OpenSSL 1.1.1 or newer).</source>
        <translation>Demandez à votre hébergeur d&apos;activer TLS 1.3 (OpenSSL 1.1.1 ou plus récent).</translation>
    </message>
    <message>
        <source>The site accepts &quot;export&quot; encryption</source>
        <translation>Le site accepte le chiffrement «&#xa0;export&#xa0;»</translation>
    </message>
    <message>
        <source>Export ciphers were deliberately weakened in the 1990s and can be broken in hours (FREAK, Logjam).</source>
        <translation>Les chiffrements «&#xa0;export&#xa0;» ont été affaiblis exprès dans les années 1990 et se cassent en quelques heures (FREAK, Logjam).</translation>
    </message>
    <message>
        <source>Ask your host to remove all EXPORT cipher suites.</source>
        <translation>Demandez à votre hébergeur de retirer toutes les suites de chiffrement EXPORT.</translation>
    </message>
    <message>
        <source>The site accepts connections without encryption</source>
        <translation>Le site accepte des connexions sans chiffrement</translation>
    </message>
    <message>
        <source>NULL cipher suites send everything, passwords and card data included, in the clear.</source>
        <translation>Les suites de chiffrement NULL envoient tout en clair, mots de passe et données de carte compris.</translation>
    </message>
    <message>
        <source>Ask your host to remove all NULL cipher suites.</source>
        <translation>Demandez à votre hébergeur de retirer toutes les suites de chiffrement NULL.</translation>
    </message>
    <message>
        <source>The site accepts anonymous encryption</source>
        <translation>Le site accepte le chiffrement anonyme</translation>
    </message>
    <message>
        <source>Anonymous cipher suites skip the certificate, so anyone in the middle can pose as your shop.</source>
        <translation>Les suites de chiffrement anonymes se passent du certificat&#xa0;: quiconque s&apos;intercale peut se faire passer pour votre boutique.</translation>
    </message>
    <message>
        <source>Ask your host to remove all anonymous (ADH/AECDH) cipher suites.</source>
        <translation>Demandez à votre hébergeur de retirer toutes les suites de chiffrement anonymes (ADH/AECDH).</translation>
    </message>
    <message>
        <source>The site accepts weak encryption (under 112 bits)</source>
        <translation>Le site accepte un chiffrement faible (moins de 112 bits)</translation>
    </message>
    <message>
        <source>Ciphers such as DES can be broken with ordinary hardware.</source>
        <translation>Des chiffrements comme DES se cassent avec du matériel ordinaire.</translation>
    </message>
    <message>
        <source>Ask your host to remove DES and every other cipher suite under 128 bits.</source>
        <translation>Demandez à votre hébergeur de retirer DES et toute autre suite de chiffrement de moins de 128 bits.</translation>
    </message>
    <message>
        <source>The site accepts the RC4 cipher</source>
        <translation>Le site accepte le chiffrement RC4</translation>
    </message>
    <message>
        <source>RC4 is broken: with enough traffic attackers can recover cookies and passwords.</source>
        <translation>RC4 est cassé&#xa0;: avec assez de trafic, des attaquants peuvent retrouver des cookies et des mots de passe.</translation>
    </message>
    <message>
        <source>Ask your host to remove all RC4 cipher suites.</source>
        <translation>Demandez à votre hébergeur de retirer toutes les suites de chiffrement RC4.</translation>
    </message>
    <message>
        <source>The site accepts 3DES or another 64-bit block cipher (SWEET32)</source>
        <translation>Le site accepte 3DES ou un autre chiffrement par blocs de 64 bits (SWEET32)</translation>
    </message>
    <message>
        <source>After a long connection, attackers can recover secrets such as cookies from 64-bit block ciphers.</source>
        <translation>Après une longue connexion, des attaquants peuvent retrouver des secrets comme les cookies à partir des chiffrements par blocs de 64 bits.</translation>
    </message>
    <message>
        <source>Ask your host to remove 3DES (DES-CBC3) and other 64-bit block cipher suites.</source>
        <translation>Demandez à votre hébergeur de retirer 3DES (DES-CBC3) et les autres suites de chiffrement par blocs de 64 bits.</translation>
    </message>
    <message>
        <source>Some connections have no forward secrecy</source>
        <translation>Certaines connexions n&apos;ont pas de confidentialité persistante</translation>
    </message>
    <message>
        <source>Without forward secrecy, anyone who later steals the server&apos;s key can decrypt recorded traffic.</source>
        <translation>Sans confidentialité persistante, quiconque vole plus tard la clé du serveur peut déchiffrer le trafic enregistré.</translation>
    </message>
    <message>
        <source>Ask your host to prefer ECDHE (and DHE) cipher suites and to remove static RSA key exchange.</source>
        <translation>Demandez à votre hébergeur de préférer les suites de chiffrement ECDHE (et DHE) et de retirer l&apos;échange de clés RSA statique.</translation>
    </message>
    <message>
        <source>The site offers no modern (AEAD) encryption</source>
        <translation>Le site ne propose aucun chiffrement moderne (AEAD)</translation>
    </message>
    <message>
        <source>Only older CBC cipher suites are offered; they have a long history of attacks.</source>
        <translation>Seules d&apos;anciennes suites de chiffrement CBC sont proposées&#xa0;; elles ont un long passé d&apos;attaques.</translation>
    </message>
    <message>
        <source>Ask your host to offer AES-GCM and ChaCha20-Poly1305 cipher suites.</source>
        <translation>Demandez à votre hébergeur de proposer les suites de chiffrement AES-GCM et ChaCha20-Poly1305.</translation>
    </message>
    <message>
        <source>The key exchange uses weak DH parameters</source>
        <translation>L&apos;échange de clés utilise des paramètres DH faibles</translation>
    </message>
    <message>
        <source>DH parameters under 2048 bits can be broken by a well-funded attacker (Logjam).</source>
        <translation>Des paramètres DH de moins de 2048 bits peuvent être cassés par un attaquant disposant de moyens (Logjam).</translation>
    </message>
    <message>
        <source>Ask your host to use DH parameters of at least 2048 bits (ffdhe2048), or drop DHE suites.</source>
        <translation>Demandez à votre hébergeur d&apos;utiliser des paramètres DH d&apos;au moins 2048 bits (ffdhe2048), ou de renoncer aux suites DHE.</translation>
    </message>
    <message>
        <source>The site showed no certificate</source>
        <translation>Le site n&apos;a présenté aucun certificat</translation>
    </message>
    <message>
        <source>Without a certificate, browsers cannot tell your shop from an impostor.</source>
        <translation>Sans certificat, les navigateurs ne peuvent pas distinguer votre boutique d&apos;un imposteur.</translation>
    </message>
    <message>
        <source>Ask your host to install a certificate for the site, for example a free one from Let&apos;s Encrypt.</source>
        <translation>Demandez à votre hébergeur d&apos;installer un certificat pour le site, par exemple un certificat gratuit de Let&apos;s Encrypt.</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>Le certificat a expiré</translation>
    </message>
    <message>
        <source>Browsers show a full-page warning and most visitors will leave.</source>
        <translation>Les navigateurs affichent un avertissement en pleine page et la plupart des visiteurs s&apos;en vont.</translation>
    </message>
    <message>
        <source>Renew the certificate now and ask your host to set up automatic renewal.</source>
        <translation>Renouvelez le certificat dès maintenant et demandez à votre hébergeur de mettre en place le renouvellement automatique.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet</source>
        <translation>Le certificat n&apos;est pas encore valide</translation>
    </message>
    <message>
        <source>Browsers reject a certificate before its start date; the server clock may also be wrong.</source>
        <translation>Les navigateurs refusent un certificat avant sa date de début&#xa0;; l&apos;horloge du serveur est peut-être aussi fausse.</translation>
    </message>
    <message>
        <source>Ask your host to check the server&apos;s clock and the certificate installed.</source>
        <translation>Demandez à votre hébergeur de vérifier l&apos;horloge du serveur et le certificat installé.</translation>
    </message>
    <message>
        <source>The certificate expires soon</source>
        <translation>Le certificat expire bientôt</translation>
    </message>
    <message>
        <source>When it expires, browsers will warn every visitor away from the shop.</source>
        <translation>À son expiration, les navigateurs dissuaderont chaque visiteur d&apos;entrer dans la boutique.</translation>
    </message>
    <message>
        <source>Renew the certificate before it expires, and ask your host whether renewal is automatic.</source>
        <translation>Renouvelez le certificat avant son expiration, et demandez à votre hébergeur si le renouvellement est automatique.</translation>
    </message>
    <message>
        <source>The certificate is self-signed</source>
        <translation>Le certificat est auto-signé</translation>
    </message>
    <message>
        <source>No browser trusts a certificate that the server signed itself; visitors see a warning.</source>
        <translation>Aucun navigateur ne fait confiance à un certificat signé par le serveur lui-même&#xa0;; les visiteurs voient un avertissement.</translation>
    </message>
    <message>
        <source>Ask your host to install a certificate from a public authority, for example Let&apos;s Encrypt.</source>
        <translation>Demandez à votre hébergeur d&apos;installer un certificat d&apos;une autorité publique, par exemple Let&apos;s Encrypt.</translation>
    </message>
    <message>
        <source>Browsers do not trust the certificate</source>
        <translation>Les navigateurs ne font pas confiance au certificat</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer is not one browsers trust, so visitors see a warning.</source>
        <translation>Les navigateurs ne font pas confiance à l&apos;émetteur du certificat&#xa0;: les visiteurs voient un avertissement.</translation>
    </message>
    <message>
        <source>Ask your host to install a certificate from a public authority and the full chain.</source>
        <translation>Demandez à votre hébergeur d&apos;installer un certificat d&apos;une autorité publique, avec la chaîne complète.</translation>
    </message>
    <message>
        <source>The certificate is for another name</source>
        <translation>Le certificat est à un autre nom</translation>
    </message>
    <message>
        <source>The certificate does not cover this site&apos;s address, so browsers warn visitors.</source>
        <translation>Le certificat ne couvre pas l&apos;adresse de ce site&#xa0;: les navigateurs avertissent donc les visiteurs.</translation>
    </message>
    <message>
        <source>Ask your host for a certificate that lists this exact name (and the www name if you use it).</source>
        <translation>Demandez à votre hébergeur un certificat qui contient exactement ce nom (et le nom en www si vous l&apos;utilisez).</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is too weak</source>
        <translation>La clé du certificat est trop faible</translation>
    </message>
    <message>
        <source>A short key can be broken, and browsers reject RSA keys under 2048 bits.</source>
        <translation>Une clé courte peut être cassée, et les navigateurs refusent les clés RSA de moins de 2048 bits.</translation>
    </message>
    <message>
        <source>Ask your host for a new certificate with an RSA 2048-bit or ECDSA P-256 key.</source>
        <translation>Demandez à votre hébergeur un nouveau certificat avec une clé RSA 2048 bits ou ECDSA P-256.</translation>
    </message>
    <message>
        <source>The certificate uses a weak signature</source>
        <translation>Le certificat utilise une signature faible</translation>
    </message>
    <message>
        <source>MD5 and SHA-1 signatures can be forged, and browsers no longer accept them.</source>
        <translation>Les signatures MD5 et SHA-1 peuvent être falsifiées, et les navigateurs ne les acceptent plus.</translation>
    </message>
    <message>
        <source>Ask your host for a new certificate signed with SHA-256.</source>
        <translation>Demandez à votre hébergeur un nouveau certificat signé avec SHA-256.</translation>
    </message>
    <message>
        <source>The server does not send the full certificate chain</source>
        <translation>Le serveur n&apos;envoie pas la chaîne de certificats complète</translation>
    </message>
    <message>
        <source>Some browsers and apps cannot complete the chain and show an error.</source>
        <translation>Certains navigateurs et applications ne peuvent pas compléter la chaîne et affichent une erreur.</translation>
    </message>
    <message>
        <source>Ask your host to install the intermediate certificate(s) with the site&apos;s certificate (&quot;full chain&quot;).</source>
        <translation>Demandez à votre hébergeur d&apos;installer le ou les certificats intermédiaires avec le certificat du site («&#xa0;full chain&#xa0;»).</translation>
    </message>
    <message>
        <source>The certificate chain is sent in the wrong order</source>
        <translation>La chaîne de certificats est envoyée dans le mauvais ordre</translation>
    </message>
    <message>
        <source>Some clients reject a chain whose certificates are out of order.</source>
        <translation>Certains clients refusent une chaîne dont les certificats ne sont pas dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>Ask your host to send the site&apos;s certificate first, then each intermediate in order.</source>
        <translation>Demandez à votre hébergeur d&apos;envoyer d&apos;abord le certificat du site, puis chaque certificat intermédiaire dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>The server does not staple revocation status (OCSP)</source>
        <translation>Le serveur n&apos;agrafe pas l&apos;état de révocation (OCSP)</translation>
    </message>
    <message>
        <source>With stapling, browsers check the certificate faster and more privately.</source>
        <translation>Avec l&apos;agrafage, les navigateurs vérifient le certificat plus vite et plus discrètement.</translation>
    </message>
    <message>
        <source>Ask your host to turn on OCSP stapling.</source>
        <translation>Demandez à votre hébergeur d&apos;activer l&apos;agrafage OCSP (OCSP stapling).</translation>
    </message>
    <message>
        <source>The site does not ask browsers to always use HTTPS (HSTS)</source>
        <translation>Le site ne demande pas aux navigateurs de toujours utiliser HTTPS (HSTS)</translation>
    </message>
    <message>
        <source>Without HSTS, a visitor who types the address can be sent to a fake, unencrypted copy first.</source>
        <translation>Sans HSTS, un visiteur qui tape l&apos;adresse peut d&apos;abord être envoyé vers une fausse copie non chiffrée.</translation>
    </message>
    <message>
        <source>Ask your host to send the header Strict-Transport-Security: max-age=31536000 (one year or more).</source>
        <translation>Demandez à votre hébergeur d&apos;envoyer l&apos;en-tête Strict-Transport-Security: max-age=31536000 (un an ou plus).</translation>
    </message>
    <message>
        <source>HSTS is on, but for too short a time</source>
        <translation>HSTS est activé, mais pour trop peu de temps</translation>
    </message>
    <message>
        <source>Browsers forget the HTTPS-only rule quickly, so the protection lapses between visits.</source>
        <translation>Les navigateurs oublient vite la règle «&#xa0;HTTPS uniquement&#xa0;»&#xa0;: la protection s&apos;interrompt entre deux visites.</translation>
    </message>
    <message>
        <source>Ask your host to raise HSTS max-age to at least 180 days (one year is common).</source>
        <translation>Demandez à votre hébergeur de porter le max-age de HSTS à au moins 180 jours (un an est courant).</translation>
    </message>
    <message>
        <source>Plain HTTP does not redirect to HTTPS</source>
        <translation>Le HTTP simple ne redirige pas vers HTTPS</translation>
    </message>
    <message>
        <source>Visitors who type the address without https:// stay on an unencrypted page.</source>
        <translation>Les visiteurs qui tapent l&apos;adresse sans https:// restent sur une page non chiffrée.</translation>
    </message>
    <message>
        <source>Ask your host to redirect every http:// request to the same https:// address (301).</source>
        <translation>Demandez à votre hébergeur de rediriger chaque requête http:// vers la même adresse en https:// (301).</translation>
    </message>
    <message>
        <source>The server is vulnerable to Heartbleed</source>
        <translation>Le serveur est vulnérable à Heartbleed</translation>
    </message>
    <message>
        <source>Attackers can read the server&apos;s memory: passwords, customer data and the private key.</source>
        <translation>Des attaquants peuvent lire la mémoire du serveur&#xa0;: mots de passe, données clients et clé privée.</translation>
    </message>
    <message>
        <source>Ask your host to update OpenSSL today, then replace the certificate and key and change passwords.</source>
        <translation>Demandez à votre hébergeur de mettre à jour OpenSSL aujourd&apos;hui même, puis remplacez le certificat et la clé et changez les mots de passe.</translation>
    </message>
    <message>
        <source>The server is vulnerable to CCS injection</source>
        <translation>Le serveur est vulnérable à l&apos;injection CCS</translation>
    </message>
    <message>
        <source>An attacker in the middle can decrypt and change traffic.</source>
        <translation>Un attaquant qui s&apos;intercale peut déchiffrer et modifier le trafic.</translation>
    </message>
    <message>
        <source>Ask your host to update OpenSSL.</source>
        <translation>Demandez à votre hébergeur de mettre à jour OpenSSL.</translation>
    </message>
    <message>
        <source>The server compresses encrypted traffic (CRIME)</source>
        <translation>Le serveur compresse le trafic chiffré (CRIME)</translation>
    </message>
    <message>
        <source>Compression lets attackers guess secrets such as login cookies.</source>
        <translation>La compression permet à des attaquants de deviner des secrets comme les cookies de connexion.</translation>
    </message>
    <message>
        <source>Ask your host to turn off TLS compression.</source>
        <translation>Demandez à votre hébergeur de désactiver la compression TLS.</translation>
    </message>
    <message>
        <source>The server is vulnerable to POODLE</source>
        <translation>Le serveur est vulnérable à POODLE</translation>
    </message>
    <message>
        <source>Attackers can decrypt parts of the traffic, such as cookies.</source>
        <translation>Des attaquants peuvent déchiffrer une partie du trafic, comme les cookies.</translation>
    </message>
    <message>
        <source>Ask your host to turn off SSL 3 and update the server software.</source>
        <translation>Demandez à votre hébergeur de désactiver SSL 3 et de mettre à jour le logiciel serveur.</translation>
    </message>
    <message>
        <source>The server is vulnerable to DROWN</source>
        <translation>Le serveur est vulnérable à DROWN</translation>
    </message>
    <message>
        <source>SSL 2 on this host lets attackers decrypt modern TLS connections that share the key.</source>
        <translation>SSL 2 sur cet hôte permet à des attaquants de déchiffrer les connexions TLS modernes qui partagent la clé.</translation>
    </message>
    <message>
        <source>Ask your host to turn off SSL 2 everywhere the certificate&apos;s key is used.</source>
        <translation>Demandez à votre hébergeur de désactiver SSL 2 partout où la clé du certificat est utilisée.</translation>
    </message>
    <message>
        <source>The server is vulnerable to FREAK</source>
        <translation>Le serveur est vulnérable à FREAK</translation>
    </message>
    <message>
        <source>Attackers can force weak export RSA keys and then decrypt traffic.</source>
        <translation>Des attaquants peuvent imposer des clés RSA «&#xa0;export&#xa0;» faibles, puis déchiffrer le trafic.</translation>
    </message>
    <message>
        <source>Ask your host to remove EXPORT cipher suites and update the server software.</source>
        <translation>Demandez à votre hébergeur de retirer les suites de chiffrement EXPORT et de mettre à jour le logiciel serveur.</translation>
    </message>
    <message>
        <source>The server is vulnerable to Logjam</source>
        <translation>Le serveur est vulnérable à Logjam</translation>
    </message>
    <message>
        <source>Attackers can force weak DH key exchange and then decrypt traffic.</source>
        <translation>Des attaquants peuvent imposer un échange de clés DH faible, puis déchiffrer le trafic.</translation>
    </message>
    <message>
        <source>Ask your host to remove DHE EXPORT suites and use DH parameters of 2048 bits or more.</source>
        <translation>Demandez à votre hébergeur de retirer les suites DHE EXPORT et d&apos;utiliser des paramètres DH de 2048 bits ou plus.</translation>
    </message>
    <message>
        <source>The server does not support secure renegotiation</source>
        <translation>Le serveur ne prend pas en charge la renégociation sécurisée</translation>
    </message>
    <message>
        <source>Without it an attacker can inject requests into a visitor&apos;s connection.</source>
        <translation>Sans elle, un attaquant peut injecter des requêtes dans la connexion d&apos;un visiteur.</translation>
    </message>
    <message>
        <source>Ask your host to update the server software (RFC 5746 support).</source>
        <translation>Demandez à votre hébergeur de mettre à jour le logiciel serveur (prise en charge de la RFC 5746).</translation>
    </message>
    <message>
        <source>The server does not prevent downgrade attacks (TLS_FALLBACK_SCSV)</source>
        <translation>Le serveur n&apos;empêche pas les attaques par repli de version (TLS_FALLBACK_SCSV)</translation>
    </message>
    <message>
        <source>An attacker can push browsers down to an older protocol the server still accepts.</source>
        <translation>Un attaquant peut faire redescendre les navigateurs vers un protocole plus ancien que le serveur accepte encore.</translation>
    </message>
    <message>
        <source>Ask your host to update the server software, or to turn off protocols older than TLS 1.2.</source>
        <translation>Demandez à votre hébergeur de mettre à jour le logiciel serveur, ou de désactiver les protocoles antérieurs à TLS 1.2.</translation>
    </message>
    <message>
        <source>The server accepted a %1 connection.</source>
        <translation>Le serveur a accepté une connexion %1.</translation>
    </message>
    <message>
        <source>The newest protocol the server accepted is %1.</source>
        <translation>Le protocole le plus récent accepté par le serveur est %1.</translation>
    </message>
    <message>
        <source>The server refused TLS 1.3.</source>
        <translation>Le serveur a refusé TLS 1.3.</translation>
    </message>
    <message>
        <source>Accepted: %1.</source>
        <translation>Accepté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Accepted without forward secrecy: %1.</source>
        <translation>Accepté sans confidentialité persistante&#xa0;: %1.</translation>
    </message>
    <message>
        <source>None of the accepted cipher suites is AES-GCM, ChaCha20-Poly1305 or CCM.</source>
        <translation>Aucune des suites de chiffrement acceptées n&apos;est AES-GCM, ChaCha20-Poly1305 ou CCM.</translation>
    </message>
    <message>
        <source>The server&apos;s DH parameters are %1 bits.</source>
        <translation>Les paramètres DH du serveur font %1 bits.</translation>
    </message>
    <message>
        <source>No certificate came back from a full handshake.</source>
        <translation>Aucun certificat n&apos;a été renvoyé lors d&apos;un handshake complet.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Fin de validité&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Valid until %1: %n day(s) left.</source>
        <translation>
            <numerusform>Fin de validité&#xa0;: %1, encore %n jour.</numerusform>
            <numerusform>Fin de validité&#xa0;: %1, encore %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid from %1.</source>
        <translation>Début de validité&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Issued by itself: %1.</source>
        <translation>Émis par lui-même&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Issuer: %1.</source>
        <translation>Émetteur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Site: %1; the certificate covers: %2.</source>
        <translation>Site&#xa0;: %1&#xa0;; le certificat couvre&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 key of %2 bits.</source>
        <translation>Clé %1 de %2 bits.</translation>
    </message>
    <message>
        <source>Signature algorithm: %1.</source>
        <translation>Algorithme de signature&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The chain sent does not reach a trusted root.</source>
        <translation>La chaîne envoyée ne remonte pas jusqu&apos;à une racine de confiance.</translation>
    </message>
    <message>
        <source>The certificates were sent out of order.</source>
        <translation>Les certificats ont été envoyés dans le désordre.</translation>
    </message>
    <message>
        <source>The certificate demands stapling (must-staple), but none was sent.</source>
        <translation>Le certificat exige l&apos;agrafage (must-staple), mais aucune réponse OCSP n&apos;a été envoyée.</translation>
    </message>
    <message>
        <source>No OCSP response came with the handshake.</source>
        <translation>Aucune réponse OCSP n&apos;est venue avec le handshake.</translation>
    </message>
    <message>
        <source>Strict-Transport-Security: max-age=0 switches HSTS off.</source>
        <translation>Strict-Transport-Security: max-age=0 désactive HSTS.</translation>
    </message>
    <message>
        <source>No Strict-Transport-Security header in the response.</source>
        <translation>Pas d&apos;en-tête Strict-Transport-Security dans la réponse.</translation>
    </message>
    <message numerus="yes">
        <source>Strict-Transport-Security: max-age=%1 (%n day(s)).</source>
        <translation>
            <numerusform>Strict-Transport-Security: max-age=%1 (%n jour).</numerusform>
            <numerusform>Strict-Transport-Security: max-age=%1 (%n jours).</numerusform>
        </translation>
    </message>
    <message>
        <source>http://%1/ did not redirect to https://%1/.</source>
        <translation>http://%1/ n&apos;a pas redirigé vers https://%1/.</translation>
    </message>
    <message>
        <source>The server answered a malformed heartbeat with its own memory.</source>
        <translation>Le serveur a répondu à un heartbeat mal formé avec le contenu de sa mémoire.</translation>
    </message>
    <message>
        <source>The server accepted an early ChangeCipherSpec message.</source>
        <translation>Le serveur a accepté un message ChangeCipherSpec prématuré.</translation>
    </message>
    <message>
        <source>The server agreed to TLS compression.</source>
        <translation>Le serveur a accepté la compression TLS.</translation>
    </message>
    <message>
        <source>The server accepts SSL 3 with CBC ciphers.</source>
        <translation>Le serveur accepte SSL 3 avec des chiffrements CBC.</translation>
    </message>
    <message>
        <source>SSL 2 is accepted on this host.</source>
        <translation>SSL 2 est accepté sur cet hôte.</translation>
    </message>
    <message>
        <source>The server accepts RSA EXPORT cipher suites.</source>
        <translation>Le serveur accepte des suites de chiffrement RSA EXPORT.</translation>
    </message>
    <message>
        <source>The server accepts DHE EXPORT suites or weak DH parameters.</source>
        <translation>Le serveur accepte des suites DHE EXPORT ou des paramètres DH faibles.</translation>
    </message>
    <message>
        <source>The server did not signal RFC 5746 renegotiation support.</source>
        <translation>Le serveur n&apos;a pas signalé la prise en charge de la renégociation RFC 5746.</translation>
    </message>
    <message>
        <source>A downgraded handshake with TLS_FALLBACK_SCSV was not refused.</source>
        <translation>Un handshake rétrogradé avec TLS_FALLBACK_SCSV n&apos;a pas été refusé.</translation>
    </message>
</context>
<context>
    <name>TlsFindingsView</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>About the chosen finding</source>
        <translation>À propos du constat choisi</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing to fix: the probe found no problems.</source>
        <translation>Rien à corriger&#xa0;: le test n&apos;a trouvé aucun problème.</translation>
    </message>
    <message>
        <source>Nothing serious: only small improvements. Choose one to read more.</source>
        <translation>Rien de grave&#xa0;: seulement de petites améliorations. Choisissez-en une pour en savoir plus.</translation>
    </message>
    <message>
        <source>1 thing to fix. Choose a finding to see why and what to ask your host to do.</source>
        <translation>1 point à corriger. Choisissez un constat pour voir pourquoi et ce qu&apos;il faut demander à votre hébergeur.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln things to fix. Choose a finding to see why and what to ask your host to do.</source>
        <translation>
            <numerusform>%Ln point à corriger. Choisissez un constat pour voir pourquoi et ce qu&apos;il faut demander à votre hébergeur.</numerusform>
            <numerusform>%Ln points à corriger. Choisissez un constat pour voir pourquoi et ce qu&apos;il faut demander à votre hébergeur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Gravité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pourquoi c&apos;est important</translation>
    </message>
    <message>
        <source>What the probe saw</source>
        <translation>Ce que le test a constaté</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
</context>
<context>
    <name>TlsGrade</name>
    <message>
        <source>The site still accepts SSL 2, which has been broken for decades.</source>
        <translation>Le site accepte encore SSL 2, cassé depuis des décennies.</translation>
    </message>
    <message>
        <source>SSL 3 is the newest protocol the site speaks; it is broken (POODLE).</source>
        <translation>SSL 3 est le protocole le plus récent que parle le site&#xa0;; il est cassé (POODLE).</translation>
    </message>
    <message>
        <source>The site accepts 1990s &quot;export&quot; ciphers that can be broken in hours (FREAK, Logjam).</source>
        <translation>Le site accepte des chiffrements «&#xa0;export&#xa0;» des années 1990, qui se cassent en quelques heures (FREAK, Logjam).</translation>
    </message>
    <message>
        <source>The site accepts anonymous ciphers: anyone in the middle can read and change the traffic.</source>
        <translation>Le site accepte des chiffrements anonymes&#xa0;: quiconque s&apos;intercale peut lire et modifier le trafic.</translation>
    </message>
    <message>
        <source>The site accepts ciphers weaker than 112 bits (or no encryption at all).</source>
        <translation>Le site accepte des chiffrements de moins de 112 bits (ou aucun chiffrement).</translation>
    </message>
    <message>
        <source>The server is vulnerable to Heartbleed: attackers can read its memory, keys included.</source>
        <translation>Le serveur est vulnérable à Heartbleed&#xa0;: des attaquants peuvent lire sa mémoire, clés comprises.</translation>
    </message>
    <message>
        <source>The server is vulnerable to CCS injection: attackers can decrypt its traffic.</source>
        <translation>Le serveur est vulnérable à l&apos;injection CCS&#xa0;: des attaquants peuvent déchiffrer son trafic.</translation>
    </message>
    <message>
        <source>The certificate is signed with MD5, which can be forged.</source>
        <translation>Le certificat est signé avec MD5, qui peut être falsifié.</translation>
    </message>
    <message>
        <source>The certificate is signed with MD2, which can be forged.</source>
        <translation>Le certificat est signé avec MD2, qui peut être falsifié.</translation>
    </message>
    <message>
        <source>The site speaks neither TLS 1.2 nor TLS 1.3.</source>
        <translation>Le site ne parle ni TLS 1.2 ni TLS 1.3.</translation>
    </message>
    <message>
        <source>The site uses the broken RC4 cipher even with TLS 1.1 or newer.</source>
        <translation>Le site utilise le chiffrement RC4, qui est cassé, même avec TLS 1.1 ou plus récent.</translation>
    </message>
    <message>
        <source>The site uses 64-bit block ciphers such as 3DES even with TLS 1.1 or newer (SWEET32).</source>
        <translation>Le site utilise des chiffrements par blocs de 64 bits comme 3DES, même avec TLS 1.1 ou plus récent (SWEET32).</translation>
    </message>
    <message>
        <source>The server compresses TLS traffic, which leaks secrets such as cookies (CRIME).</source>
        <translation>Le serveur compresse le trafic TLS, ce qui laisse fuiter des secrets comme les cookies (CRIME).</translation>
    </message>
    <message>
        <source>The server is vulnerable to POODLE.</source>
        <translation>Le serveur est vulnérable à POODLE.</translation>
    </message>
    <message>
        <source>The site still accepts SSL 3.</source>
        <translation>Le site accepte encore SSL 3.</translation>
    </message>
    <message>
        <source>The site still accepts TLS 1.0, which browsers dropped in 2020.</source>
        <translation>Le site accepte encore TLS 1.0, abandonné par les navigateurs en 2020.</translation>
    </message>
    <message>
        <source>The site still accepts TLS 1.1, which browsers dropped in 2020.</source>
        <translation>Le site accepte encore TLS 1.1, abandonné par les navigateurs en 2020.</translation>
    </message>
    <message>
        <source>Modern browsers get no forward secrecy: a key stolen later unlocks recorded traffic.</source>
        <translation>Les navigateurs modernes n&apos;ont pas de confidentialité persistante&#xa0;: une clé volée plus tard déverrouille le trafic enregistré.</translation>
    </message>
    <message>
        <source>The site offers no modern (AEAD) cipher such as AES-GCM or ChaCha20.</source>
        <translation>Le site ne propose aucun chiffrement moderne (AEAD) comme AES-GCM ou ChaCha20.</translation>
    </message>
    <message>
        <source>The site still accepts the broken RC4 cipher.</source>
        <translation>Le site accepte encore le chiffrement RC4, qui est cassé.</translation>
    </message>
    <message>
        <source>The server does not send the full certificate chain; some visitors will see errors.</source>
        <translation>Le serveur n&apos;envoie pas la chaîne de certificats complète&#xa0;; certains visiteurs verront des erreurs.</translation>
    </message>
    <message>
        <source>The site does not speak TLS 1.3 yet.</source>
        <translation>Le site ne parle pas encore TLS 1.3.</translation>
    </message>
    <message>
        <source>The server does not support secure renegotiation (RFC 5746).</source>
        <translation>Le serveur ne prend pas en charge la renégociation sécurisée (RFC 5746).</translation>
    </message>
    <message>
        <source>HSTS is on but for less than 180 days, so browsers forget it too soon.</source>
        <translation>HSTS est activé, mais pour moins de 180 jours&#xa0;: les navigateurs l&apos;oublient trop tôt.</translation>
    </message>
    <message>
        <source>The site accepted no SSL or TLS protocol, so there is nothing to grade.</source>
        <translation>Le site n&apos;a accepté aucun protocole SSL ou TLS&#xa0;: il n&apos;y a rien à noter.</translation>
    </message>
    <message>
        <source>The probe could not learn which ciphers the site accepts, so it cannot grade it.</source>
        <translation>Le test n&apos;a pas pu savoir quels chiffrements le site accepte&#xa0;; il ne peut donc pas le noter.</translation>
    </message>
    <message>
        <source>The key exchange strength was not measured; the certificate&apos;s key stands in for it.</source>
        <translation>La robustesse de l&apos;échange de clés n&apos;a pas été mesurée&#xa0;; la clé du certificat en tient lieu.</translation>
    </message>
    <message>
        <source>An A+ needs HSTS of at least 180 days, which tells browsers to always use HTTPS.</source>
        <translation>Un A+ demande un HSTS d&apos;au moins 180 jours, qui indique aux navigateurs de toujours utiliser HTTPS.</translation>
    </message>
    <message>
        <source>The certificate is not for this site&apos;s name.</source>
        <translation>Le certificat n&apos;est pas au nom de ce site.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet.</source>
        <translation>Le certificat n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>Le certificat a expiré.</translation>
    </message>
    <message>
        <source>The certificate is self-signed: no browser trusts it.</source>
        <translation>Le certificat est auto-signé&#xa0;: aucun navigateur ne lui fait confiance.</translation>
    </message>
    <message>
        <source>Browsers do not trust the certificate&apos;s issuer.</source>
        <translation>Les navigateurs ne font pas confiance à l&apos;émetteur du certificat.</translation>
    </message>
    <message>
        <source>The site showed no certificate.</source>
        <translation>Le site n&apos;a présenté aucun certificat.</translation>
    </message>
</context>
<context>
    <name>TlsGradeView</name>
    <message>
        <source>No grade yet</source>
        <translation>Pas encore de note</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <source>Once browsers trust the certificate, the site would get %1.</source>
        <translation>Dès que les navigateurs feront confiance au certificat, le site obtiendra %1.</translation>
    </message>
    <message>
        <source>First look — the grade follows when the probe is done.</source>
        <translation>Premier aperçu — la note suivra quand le test sera terminé.</translation>
    </message>
    <message>
        <source>Excellent: your site&apos;s encryption is as good as it gets.</source>
        <translation>Excellent&#xa0;: le chiffrement de votre site est au meilleur niveau.</translation>
    </message>
    <message>
        <source>Good: your site&apos;s encryption protects your visitors well.</source>
        <translation>Bon&#xa0;: le chiffrement de votre site protège bien vos visiteurs.</translation>
    </message>
    <message>
        <source>Good, with a few things to tidy up.</source>
        <translation>Bon, avec quelques points à mettre en ordre.</translation>
    </message>
    <message>
        <source>Fair: visitors are protected, but some settings are out of date.</source>
        <translation>Passable&#xa0;: vos visiteurs sont protégés, mais certains réglages sont dépassés.</translation>
    </message>
    <message>
        <source>Weak: some settings put your visitors&apos; data at risk.</source>
        <translation>Faible&#xa0;: certains réglages mettent en danger les données de vos visiteurs.</translation>
    </message>
    <message>
        <source>Failing: attackers may be able to read or change what visitors send to your shop.</source>
        <translation>Insuffisant&#xa0;: des attaquants pourraient lire ou modifier ce que les visiteurs envoient à votre boutique.</translation>
    </message>
    <message>
        <source>Browsers warn your visitors: they do not trust the site&apos;s certificate.</source>
        <translation>Les navigateurs avertissent vos visiteurs&#xa0;: ils ne font pas confiance au certificat du site.</translation>
    </message>
    <message>
        <source>Browsers warn your visitors: the certificate is for a different name.</source>
        <translation>Les navigateurs avertissent vos visiteurs&#xa0;: le certificat est à un autre nom.</translation>
    </message>
    <message>
        <source>The probe learned too little to give a grade.</source>
        <translation>Le test en a appris trop peu pour attribuer une note.</translation>
    </message>
</context>
<context>
    <name>TlsHandshake</name>
    <message>
        <source>The host name %1 is not valid.</source>
        <translation>Le nom d&apos;hôte %1 n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>Le serveur a fermé la connexion sans répondre.</translation>
    </message>
    <message>
        <source>The server closed the connection in the middle of its answer.</source>
        <translation>Le serveur a fermé la connexion au milieu de sa réponse.</translation>
    </message>
    <message>
        <source>The site redirects in a loop: %1 leads back to a page already visited.</source>
        <translation>Le site redirige en boucle&#xa0;: %1 ramène à une page déjà visitée.</translation>
    </message>
    <message>
        <source>The site redirects more than %1 times; the check stopped following it.</source>
        <translation>Le site redirige plus de %1 fois&#xa0;; la vérification a cessé de suivre les redirections.</translation>
    </message>
    <message>
        <source>Following the redirect to %1 failed: %2</source>
        <translation>Le suivi de la redirection vers %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TlsHistoryView</name>
    <message>
        <source>Earlier probes</source>
        <translation>Tests précédents</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>TlsHttpView</name>
    <message>
        <source>Web server</source>
        <translation>Serveur web</translation>
    </message>
    <message>
        <source>The probe could not fetch the shop&apos;s home page over HTTPS, so these were not checked.</source>
        <translation>Le test n&apos;a pas pu récupérer la page d&apos;accueil de la boutique en HTTPS&#xa0;; ces points n&apos;ont donc pas été vérifiés.</translation>
    </message>
    <message>
        <source>HSTS (always use HTTPS):</source>
        <translation>HSTS (toujours utiliser HTTPS)&#xa0;:</translation>
    </message>
    <message>
        <source>http:// sends visitors to https://:</source>
        <translation>http:// renvoie les visiteurs vers https://&#xa0;:</translation>
    </message>
    <message>
        <source>Server software:</source>
        <translation>Logiciel serveur&#xa0;:</translation>
    </message>
    <message>
        <source>CDN in front of the shop:</source>
        <translation>CDN devant la boutique&#xa0;:</translation>
    </message>
    <message>
        <source>Security headers</source>
        <translation>En-têtes de sécurité</translation>
    </message>
    <message>
        <source>Security header</source>
        <translation>En-tête de sécurité</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
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
        <translation>Non&#xa0;: les navigateurs peuvent encore essayer d&apos;abord le http:// simple</translation>
    </message>
    <message>
        <source>Switched off (max-age=0)</source>
        <translation>Désactivé (max-age=0)</translation>
    </message>
    <message>
        <source>Yes, for 1 day</source>
        <translation>Oui, pour 1 jour</translation>
    </message>
    <message numerus="yes">
        <source>Yes, for %Ln days</source>
        <translation>
            <numerusform>Oui, pour %Ln jour</numerusform>
            <numerusform>Oui, pour %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>including subdomains</source>
        <translation>sous-domaines compris</translation>
    </message>
    <message>
        <source>ready for the preload list</source>
        <translation>prêt pour la liste de préchargement (preload)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Non vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>No: visitors who type the address without https:// are not moved to the encrypted site</source>
        <translation>Non&#xa0;: les visiteurs qui tapent l&apos;adresse sans https:// ne sont pas redirigés vers le site chiffré</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>None recognised</source>
        <translation>Aucun reconnu</translation>
    </message>
    <message>
        <source>limits where scripts may come from</source>
        <translation>limite les sources d&apos;où peuvent venir les scripts</translation>
    </message>
    <message>
        <source>stops other sites framing your pages (clickjacking)</source>
        <translation>empêche d&apos;autres sites d&apos;afficher vos pages dans un cadre (clickjacking)</translation>
    </message>
    <message>
        <source>stops browsers guessing file types</source>
        <translation>empêche les navigateurs de deviner les types de fichiers</translation>
    </message>
    <message>
        <source>keeps your addresses out of other sites&apos; logs</source>
        <translation>garde vos adresses hors des journaux d&apos;autres sites</translation>
    </message>
    <message>
        <source>turns off camera, microphone and such</source>
        <translation>désactive la caméra, le micro, etc.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
</context>
<context>
    <name>TlsMozillaView</name>
    <message>
        <source>Differences from Mozilla&apos;s intermediate profile</source>
        <translation>Écarts par rapport au profil «&#xa0;intermediate&#xa0;» de Mozilla</translation>
    </message>
    <message>
        <source>Mozilla&apos;s &quot;intermediate&quot; profile is the setup most hosts promise: TLS 1.2 and 1.3 only, modern ciphers, sound keys.</source>
        <translation>Le profil «&#xa0;intermediate&#xa0;» de Mozilla est la configuration que promettent la plupart des hébergeurs&#xa0;: TLS 1.2 et 1.3 uniquement, des chiffrements modernes, des clés solides.</translation>
    </message>
    <message>
        <source>The site meets Mozilla&apos;s intermediate profile.</source>
        <translation>Le site respecte le profil «&#xa0;intermediate&#xa0;» de Mozilla.</translation>
    </message>
    <message>
        <source>The site meets Mozilla&apos;s intermediate profile; a few recommendations remain.</source>
        <translation>Le site respecte le profil «&#xa0;intermediate&#xa0;» de Mozilla&#xa0;; quelques recommandations restent à suivre.</translation>
    </message>
    <message>
        <source>The site does not meet Mozilla&apos;s intermediate profile.</source>
        <translation>Le site ne respecte pas le profil «&#xa0;intermediate&#xa0;» de Mozilla.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TlsPage</name>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Chiffrement (TLS)</translation>
    </message>
    <message>
        <source>&amp;Probe</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>E&amp;xport as JSON…</source>
        <translation>E&amp;xporter en JSON…</translation>
    </message>
    <message>
        <source>Earlier pro&amp;bes</source>
        <translation>Tests &amp;précédents</translation>
    </message>
    <message>
        <source>Encryption keeps your customers&apos; passwords, addresses and card details private on their way to your shop, and browsers warn visitors away from a shop whose encryption is broken. Here Storefort checks your site the way a browser would and tells you what to ask your host to fix. Probe your site now, and again after every change your host makes.</source>
        <translation>Le chiffrement protège les mots de passe, adresses et données de carte de vos clients sur le chemin vers votre boutique, et les navigateurs dissuadent les visiteurs d&apos;entrer dans une boutique dont le chiffrement est défaillant. Ici, Storefort vérifie votre site comme le ferait un navigateur et vous indique ce qu&apos;il faut demander à votre hébergeur de corriger. Testez votre site maintenant, puis à nouveau après chaque modification faite par votre hébergeur.</translation>
    </message>
    <message>
        <source>Site to probe</source>
        <translation>Site à tester</translation>
    </message>
    <message>
        <source>shop.example</source>
        <translation>boutique.example</translation>
    </message>
    <message>
        <source>The shop&apos;s address, from the shop profile; you may type another name or address</source>
        <translation>L&apos;adresse de la boutique, tirée du profil de la boutique&#xa0;; vous pouvez saisir un autre nom ou une autre adresse</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>Check the site&apos;s encryption now (it takes up to a minute or two)</source>
        <translation>Vérifier maintenant le chiffrement du site (cela prend jusqu&apos;à une minute ou deux)</translation>
    </message>
    <message>
        <source>Cancel the probe</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>Probe progress</source>
        <translation>Progression du test</translation>
    </message>
    <message>
        <source>No probe yet. Check the site above and press Probe: the result appears here and is kept in the plan, so the next probe can say what changed.</source>
        <translation>Pas encore de test. Vérifiez le site ci-dessus et appuyez sur Tester&#xa0;: le résultat s&apos;affiche ici et est conservé dans le plan, pour que le prochain test puisse indiquer ce qui a changé.</translation>
    </message>
    <message>
        <source>Save the probe shown as a JSON file, e.g. to send it to your host</source>
        <translation>Enregistrer le test affiché dans un fichier JSON, par exemple pour l&apos;envoyer à votre hébergeur</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Details of the probe</source>
        <translation>Détails du test</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>&amp;Constats</translation>
    </message>
    <message>
        <source>P&amp;rotocols and ciphers</source>
        <translation>Pr&amp;otocoles et chiffrements</translation>
    </message>
    <message>
        <source>Cer&amp;tificate</source>
        <translation>Ce&amp;rtificat</translation>
    </message>
    <message>
        <source>&amp;Web server</source>
        <translation>Serveur &amp;web</translation>
    </message>
    <message>
        <source>&amp;Mozilla profile</source>
        <translation>Profil &amp;Mozilla</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This is not an address Storefort can probe.</source>
        <translation>Storefort ne peut pas tester cette adresse.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Step %1 of %2 — %3</source>
        <extracomment>&quot;Step 3 of 12 — Checking TLS 1.2 cipher suites&quot;</extracomment>
        <translation>Étape %1 sur %2 — %3</translation>
    </message>
    <message>
        <source>First look at %1 — the probe goes on</source>
        <translation>Premier aperçu de %1 — le test continue</translation>
    </message>
    <message>
        <source>• No protocol accepted so far.</source>
        <translation>• Aucun protocole accepté pour l&apos;instant.</translation>
    </message>
    <message>
        <source>• Accepts %1.</source>
        <translation>• Accepte %1.</translation>
    </message>
    <message>
        <source>• No certificate seen yet.</source>
        <translation>• Aucun certificat vu pour l&apos;instant.</translation>
    </message>
    <message>
        <source>• The certificate is self-signed: browsers do not trust it.</source>
        <translation>• Le certificat est auto-signé&#xa0;: les navigateurs ne lui font pas confiance.</translation>
    </message>
    <message>
        <source>• Browsers do not trust the certificate.</source>
        <translation>• Les navigateurs ne font pas confiance au certificat.</translation>
    </message>
    <message>
        <source>• The certificate is for a different name.</source>
        <translation>• Le certificat est à un autre nom.</translation>
    </message>
    <message>
        <source>• The certificate is trusted and matches the name.</source>
        <translation>• Les navigateurs font confiance au certificat, et il correspond au nom.</translation>
    </message>
    <message>
        <source>The findings follow when the probe is done.</source>
        <translation>Les constats suivront quand le test sera terminé.</translation>
    </message>
    <message>
        <source>The probe learned nothing about the site.</source>
        <translation>Le test n&apos;a rien appris sur le site.</translation>
    </message>
    <message>
        <source>The plan is read-only.</source>
        <translation>Le plan est en lecture seule.</translation>
    </message>
    <message>
        <source>The probe was not kept in the plan.</source>
        <translation>Le test n&apos;a pas été conservé dans le plan.</translation>
    </message>
    <message>
        <source>Probe of %1 just now (not kept)</source>
        <translation>Test de %1 à l&apos;instant (non conservé)</translation>
    </message>
    <message>
        <source>The probe could not be kept in the plan.</source>
        <translation>Le test n&apos;a pas pu être conservé dans le plan.</translation>
    </message>
    <message>
        <source>The probe is done and kept in the plan (%1 seconds).</source>
        <translation>Le test est terminé et conservé dans le plan (%1 secondes).</translation>
    </message>
    <message>
        <source>The site has %1 addresses; each has its own entry under Earlier probes.</source>
        <translation>Le site a %1 adresses&#xa0;; chacune a sa propre entrée sous Tests précédents.</translation>
    </message>
    <message>
        <source>The probe was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message>
        <source>Nothing was kept in the plan.</source>
        <translation>Rien n&apos;a été conservé dans le plan.</translation>
    </message>
    <message>
        <source>The probe could not finish.</source>
        <translation>Le test n&apos;a pas pu aller jusqu&apos;au bout.</translation>
    </message>
    <message>
        <source>The earlier probes could not be read.</source>
        <translation>Les tests précédents n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>Earlier pro&amp;bes (%1)</source>
        <translation>Tests &amp;précédents (%1)</translation>
    </message>
    <message>
        <source>It is no longer in the plan.</source>
        <translation>Il ne figure plus dans le plan.</translation>
    </message>
    <message>
        <source>This probe could not be read from the plan.</source>
        <translation>Ce test n&apos;a pas pu être lu depuis le plan.</translation>
    </message>
    <message>
        <source>Probe of %1 on %2</source>
        <translation>Test de %1, le %2</translation>
    </message>
    <message>
        <source>The probe could not learn everything.</source>
        <translation>Le test n&apos;a pas pu tout vérifier.</translation>
    </message>
    <message>
        <source>Export the Probe as JSON</source>
        <translation>Exporter le test en JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The probe could not be saved as %1: %2</source>
        <translation>Le test n&apos;a pas pu être enregistré sous %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The probe was saved.</source>
        <translation>Le test a été enregistré.</translation>
    </message>
    <message>
        <source>It is in %1.</source>
        <translation>Il se trouve dans %1.</translation>
    </message>
</context>
<context>
    <name>TlsProbe</name>
    <message>
        <source>%1 is not an IP address.</source>
        <translation>%1 n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <source>The name %1 could not be found (DNS): check the spelling, or whether this computer is online.</source>
        <translation>Le nom %1 est introuvable (DNS)&#xa0;: vérifiez l&apos;orthographe, ou que cet ordinateur est bien connecté à Internet.</translation>
    </message>
    <message>
        <source>%1 has no IPv6 address.</source>
        <translation>%1 n&apos;a pas d&apos;adresse IPv6.</translation>
    </message>
    <message>
        <source>%1 has no IPv4 address.</source>
        <translation>%1 n&apos;a pas d&apos;adresse IPv4.</translation>
    </message>
    <message>
        <source>%1 stopped accepting connections: %2</source>
        <translation>%1 a cessé d&apos;accepter les connexions&#xa0;: %2</translation>
    </message>
    <message>
        <source>The probe was stopped.</source>
        <translation>Le test a été arrêté.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <source>Reading the certificate and the web server&apos;s answer</source>
        <translation>Lecture du certificat et de la réponse du serveur web</translation>
    </message>
    <message>
        <source>Checking the %1 cipher suites</source>
        <translation>Vérification des suites de chiffrement %1</translation>
    </message>
    <message>
        <source>Checking the key exchange groups</source>
        <translation>Vérification des groupes d&apos;échange de clés</translation>
    </message>
    <message>
        <source>Checking for known flaws</source>
        <translation>Recherche de failles connues</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 n&apos;a pas répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 closed every connection without a word. It may not speak TLS on this port, or it may be blocking this computer.</source>
        <translation>%1 a fermé chaque connexion sans un mot. Il ne parle peut-être pas TLS sur ce port, ou il bloque peut-être cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 refused every SSL and TLS version.</source>
        <translation>%1 a refusé toutes les versions de SSL et de TLS.</translation>
    </message>
    <message>
        <source>%1 does not speak SSL or TLS: %2</source>
        <translation>%1 ne parle ni SSL ni TLS&#xa0;: %2</translation>
    </message>
    <message>
        <source>The certificate could not be read: %1</source>
        <translation>Le certificat n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The checks for known flaws could not run: %1</source>
        <translation>La recherche de failles connues n&apos;a pas pu être effectuée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The probe was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message>
        <source>The address %1 could not be probed: %2</source>
        <translation>L&apos;adresse %1 n&apos;a pas pu être testée&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a site address. Write it like shop.example, shop.example:8443 or https://shop.example/.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de site. Écrivez-la comme boutique.example, boutique.example:8443 ou https://boutique.example/.</translation>
    </message>
    <message>
        <source>Enter the address of the site to probe.</source>
        <translation>Saisissez l&apos;adresse du site à tester.</translation>
    </message>
    <message numerus="yes">
        <source>The probe did not finish within %n second(s) and was stopped. The server answers very slowly, or holds connections open without answering.</source>
        <translation>
            <numerusform>Le test ne s&apos;est pas terminé en %n seconde et a été arrêté. Le serveur répond très lentement, ou garde des connexions ouvertes sans répondre.</numerusform>
            <numerusform>Le test ne s&apos;est pas terminé en %n secondes et a été arrêté. Le serveur répond très lentement, ou garde des connexions ouvertes sans répondre.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 began an answer but never completed one, so it is counted as not accepted.</source>
        <translation>%1 a commencé une réponse sans jamais l&apos;achever&#xa0;; il est donc compté comme non accepté.</translation>
    </message>
</context>
<context>
    <name>TlsProbeJson</name>
    <message>
        <source>This is not a probe result Storefort can read.</source>
        <translation>Ce n&apos;est pas un résultat de test que Storefort peut lire.</translation>
    </message>
    <message>
        <source>This kept probe is damaged: %1</source>
        <translation>Ce test conservé est endommagé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TlsProtocolTable</name>
    <message>
        <source>Protocols and cipher suites</source>
        <translation>Protocoles et suites de chiffrement</translation>
    </message>
    <message>
        <source>Protocol or cipher suite</source>
        <translation>Protocole ou suite de chiffrement</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Robustesse</translation>
    </message>
    <message>
        <source>Forward secrecy</source>
        <translation>Confidentialité persistante</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>1 cipher suite</source>
        <translation>1 suite de chiffrement</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cipher suites</source>
        <translation>
            <numerusform>%Ln suite de chiffrement</numerusform>
            <numerusform>%Ln suites de chiffrement</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken: turn it off</source>
        <translation>Cassé&#xa0;: à désactiver</translation>
    </message>
    <message>
        <source>Good: off</source>
        <translation>Bien&#xa0;: désactivé</translation>
    </message>
    <message>
        <source>Outdated: turn it off</source>
        <translation>Dépassé&#xa0;: à désactiver</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Off: some older browsers cannot connect</source>
        <translation>Désactivé&#xa0;: certains navigateurs anciens ne peuvent pas se connecter</translation>
    </message>
    <message>
        <source>Missing: turn it on</source>
        <translation>Manquant&#xa0;: à activer</translation>
    </message>
    <message>
        <source>Missing: worth turning on</source>
        <translation>Manquant&#xa0;: mérite d&apos;être activé</translation>
    </message>
    <message>
        <source>%1 (the server&apos;s choice)</source>
        <translation>%1 (le choix du serveur)</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>Insecure</source>
        <translation>Non sûr</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fort</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>VulnerabilityChecks</name>
    <message>
        <source>The server no longer answers a %1 hello: %2</source>
        <translation>Le serveur ne répond plus à un hello %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no ServerHello came back</source>
        <translation>aucun ServerHello n&apos;est revenu</translation>
    </message>
    <message>
        <source>The server no longer accepts the %1 hello it accepted before: %2</source>
        <translation>Le serveur n&apos;accepte plus le hello %1 qu&apos;il acceptait auparavant&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server accepted no SSL 3 or TLS version, so there is nothing to check.</source>
        <translation>Le serveur n&apos;a accepté aucune version de SSL 3 ou de TLS&#xa0;: il n&apos;y a rien à vérifier.</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <source>Welcome to Storefort</source>
        <translation>Bienvenue dans Storefort</translation>
    </message>
    <message>
        <source>Set Up the Shop</source>
        <translation>Configurer la boutique</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The plan is no longer open.</source>
        <translation>Le plan n&apos;est plus ouvert.</translation>
    </message>
</context>
<context>
    <name>WelcomeWizardPage</name>
    <message>
        <source>Welcome to Storefort</source>
        <translation>Bienvenue dans Storefort</translation>
    </message>
    <message>
        <source>Storefort helps you plan your shop&apos;s security, one step at a time and in plain words.</source>
        <translation>Storefort vous aide à planifier la sécurité de votre boutique, étape par étape et avec des mots simples.</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <extracomment>The welcome&apos;s Cancel button: dismisses the welcome for this plan</extracomment>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>&amp;Set Up My Shop</source>
        <extracomment>The welcome&apos;s Next button</extracomment>
        <translation>&amp;Configurer ma boutique</translation>
    </message>
    <message>
        <source>Walk you through the plan step by step, and show how far along your shop is.</source>
        <translation>Vous guider dans le plan étape par étape, et montrer où en est votre boutique.</translation>
    </message>
    <message>
        <source>Check your site&apos;s encryption, the way a visitor&apos;s browser sees it.</source>
        <translation>Vérifier le chiffrement de votre site, tel que le voit le navigateur d&apos;un visiteur.</translation>
    </message>
    <message>
        <source>Keep on file what your host, CDN and developers promised you, and ask again when their answers grow old.</source>
        <translation>Conserver ce que votre hébergeur, votre CDN et vos développeurs vous ont promis, et leur redemander quand leurs réponses vieillissent.</translation>
    </message>
    <message>
        <source>Check who can get into your shop&apos;s accounts, and whether they still should.</source>
        <translation>Vérifier qui peut accéder aux comptes de votre boutique, et si ces personnes doivent toujours y avoir accès.</translation>
    </message>
    <message>
        <source>Plan what to do when your site is flooded by an attack (DDoS).</source>
        <translation>Prévoir quoi faire quand votre site est submergé par une attaque (DDoS).</translation>
    </message>
    <message>
        <source>Print a binder with everything you need at hand on a bad day.</source>
        <translation>Imprimer un classeur avec tout ce dont vous avez besoin sous la main en cas de coup dur.</translation>
    </message>
    <message>
        <source>Send anything anywhere but to your own site, and only to check it when you ask.</source>
        <translation>Envoyer quoi que ce soit ailleurs qu&apos;à votre propre site — et à celui-ci uniquement pour le vérifier, quand vous le demandez.</translation>
    </message>
    <message>
        <source>Store a password or any other secret anywhere but your system&apos;s keychain.</source>
        <translation>Conserver un mot de passe ou tout autre secret ailleurs que dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>What Storefort will do</source>
        <translation>Ce que Storefort fera</translation>
    </message>
    <message>
        <source>What Storefort will never do</source>
        <translation>Ce que Storefort ne fera jamais</translation>
    </message>
    <message>
        <source>First, a few questions about your shop: its name and address, who works on it, and which companies it relies on. It takes about five minutes, and you can change every answer later.</source>
        <translation>D&apos;abord, quelques questions sur votre boutique&#xa0;: son nom et son adresse, qui y travaille, et de quelles entreprises elle dépend. Cela prend environ cinq minutes, et vous pourrez modifier chaque réponse plus tard.</translation>
    </message>
</context>
<context>
    <name>WithdrawAcceptanceCommand</name>
    <message>
        <source>Withdraw the acceptance of “%1”</source>
        <translation>Retirer l&apos;acceptation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No plan is open.</source>
        <translation>Aucun plan n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>That finding is not accepted.</source>
        <translation>Ce constat n&apos;est pas accepté.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan and keep the security of your online shop.</source>
        <translation>Planifiez et maintenez la sécurité de votre boutique en ligne.</translation>
    </message>
    <message>
        <source>The plan to open (a .storefort file).</source>
        <translation>Le plan à ouvrir (un fichier .storefort).</translation>
    </message>
</context>
<context>
    <name>storefort-cli</name>
    <message>
        <source>unknown command &quot;%1&quot;.
%2</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;».
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
        <translation>Utilisation&#xa0;: storefort-cli COMMAND ...

Commandes&#xa0;:
  plan new PATH --shop NAME [--url URL]... [--platform KEY]   créer un plan
  plan show PATH [--json]                                      afficher la boutique et l&apos;équipe
  audit log PATH [--json] [--area AREA] [--person NAME] [--since DATE] [--until DATE]
                                                               lister l&apos;historique des modifications
  audit verify PATH                                            vérifier que l&apos;historique est intact
  probe HOST[:PORT] [--json] [--plan PATH] [...]               tester le TLS du site (voir probe --help)
  probe --hosts FILE [--jobs N]                                tester plusieurs sites, une ligne JSON par site
  providers list PLAN [--json]                                 lister les prestataires et leurs réponses
  providers add PLAN --name NAME --kind KIND [...]             ajouter un prestataire (voir providers add --help)
  providers show PLAN --provider ID [--json]                   un prestataire&#xa0;: chaque réponse, qui l’a donnée et quand
  providers check PLAN [--json]                                ce que les réponses des prestataires laissent en suspens
  questionnaire export PLAN --provider ID --format text|pdf|csv -o FILE [--outstanding]
                                                               écrire l&apos;e-mail, la lettre ou le fichier à remplir
  questionnaire import PLAN --provider ID FILE [--dry-run] [--take-valid]
                                                               enregistrer un fichier à remplir renvoyé
  accounts import PLAN --format FORMAT FILE [--system ID] [--map MAPPING.json] [--dry-run]
                  [--skip-errors]                              importer des comptes depuis un export
  accounts list PLAN [--system ID] [--json]                    lister les comptes enregistrés
  accounts systems PLAN [--json]                               lister les systèmes où se trouvent les comptes
  accounts add-system PLAN --kind KIND --name NAME [--provider ID]
                                                               ajouter un système
  accounts check PLAN [--json]                                 qui peut entrer&#xa0;: les constats sur les comptes
  accounts letter PLAN --person ID -o FILE [--format text|pdf] [--no-record]
                                                               rédiger la lettre de confirmation d&apos;un développeur
  binder PLAN -o FILE.pdf [--paper a4|letter]                  générer le classeur d&apos;urgence
  report PLAN -o FILE.pdf [--paper a4|letter]                  générer le rapport complet du plan
  verify PLAN [--json] [--item ID]                             vérifier les éléments de secours, enregistrer les résultats
  calendar PLAN -o FILE.ics                                    écrire les dates de revue sous forme de rappels
  findings PLAN [--csv FILE] [--json] [--step KEY] [--open]    les constats de toutes les étapes en une seule liste
  score PLAN [--json]                                          le score de préparation et ce qui le compose

Options&#xa0;:
  --version   afficher la version
  --help      afficher cette aide

Codes de sortie&#xa0;: 0 succès, 1 erreur, 2 mauvaise utilisation, 3 l&apos;historique a été falsifié (audit verify) ou une vérification a échoué (verify).</translation>
    </message>
</context>
</TS>
