<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AcceptFindingCommand</name>
    <message>
        <source>Accept “%1” as a risk</source>
        <translation>Aceptar «%1» como riesgo</translation>
    </message>
    <message>
        <source>No plan is open.</source>
        <translation>No hay ningún plan abierto.</translation>
    </message>
</context>
<context>
    <name>AcceptFindingDialog</name>
    <message>
        <source>&amp;No expiry</source>
        <translation>&amp;Sin caducidad</translation>
    </message>
    <message>
        <source>Accept as a Risk</source>
        <translation>Aceptar como riesgo</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Accepting this finding says the shop knowingly carries the risk for now. It stays in the list and in the binder, marked as accepted with your reason, and counts again when the acceptance runs out.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Aceptar este hallazgo significa que la tienda asume el riesgo a sabiendas por ahora. Sigue en la lista y en la carpeta, marcado como aceptado con tu motivo, y vuelve a contar cuando termine la aceptación.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Why the shop accepts this risk</source>
        <translation>Por qué la tienda acepta este riesgo</translation>
    </message>
    <message>
        <source>For example: the old payment page is switched off at the end of the month; until then the host watches it.</source>
        <translation>Por ejemplo: la antigua página de pago se desactiva a final de mes; hasta entonces, el proveedor de alojamiento la vigila.</translation>
    </message>
    <message>
        <source>Accepted until</source>
        <translation>Aceptado hasta</translation>
    </message>
    <message>
        <source>The finding stays accepted until you withdraw the acceptance</source>
        <translation>El hallazgo sigue aceptado hasta que retires la aceptación</translation>
    </message>
    <message>
        <source>%1, today (%2)</source>
        <translation>%1, hoy (%2)</translation>
    </message>
    <message>
        <source>&amp;Why the shop accepts it:</source>
        <translation>&amp;Por qué lo acepta la tienda:</translation>
    </message>
    <message>
        <source>Accepted &amp;until:</source>
        <translation>Aceptado &amp;hasta:</translation>
    </message>
    <message>
        <source>Accepted by:</source>
        <translation>Aceptado por:</translation>
    </message>
    <message>
        <source>&amp;Accept Risk</source>
        <translation>&amp;Aceptar el riesgo</translation>
    </message>
    <message>
        <source>That day has passed. Choose a day from today on, or no expiry.</source>
        <translation>Ese día ya ha pasado. Elige un día a partir de hoy, o sin caducidad.</translation>
    </message>
    <message>
        <source>Say why first: the reason is what a later review reads.</source>
        <translation>Indica primero el motivo: es lo que se leerá en una revisión posterior.</translation>
    </message>
</context>
<context>
    <name>AccessMatrixModel</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Role in the business</source>
        <translation>Función en el negocio</translation>
    </message>
    <message>
        <source>The highest role each person has on %1</source>
        <translation>El rol más alto que tiene cada persona en %1</translation>
    </message>
    <message>
        <source>Who can see or change: %1</source>
        <translation>Quién puede ver o cambiar: %1</translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>Sin persona asignada</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (se ha ido)</translation>
    </message>
    <message>
        <source>Accounts that belong to no one in the team: say whose they are on the Accounts tab.</source>
        <translation>Cuentas que no pertenecen a nadie del equipo: indica de quién son en la pestaña Cuentas.</translation>
    </message>
    <message>
        <source>%1 left on %2. Double-click to say what their work needed.</source>
        <translation>%1 se fue el %2. Haz doble clic para indicar lo que necesitaba para su trabajo.</translation>
    </message>
    <message>
        <source>Double-click to say what %1’s work needs.</source>
        <translation>Haz doble clic para indicar lo que necesita %1 para su trabajo.</translation>
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
        <translation>⚠ más de lo necesario</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>Their accounts reach %1, but their work does not need it.</source>
        <translation>Sus cuentas tienen acceso a %1, pero su trabajo no lo necesita.</translation>
    </message>
    <message>
        <source>Their accounts reach %1.</source>
        <translation>Sus cuentas tienen acceso a %1.</translation>
    </message>
    <message>
        <source>reaches, beyond what their work needs</source>
        <translation>tiene acceso, más allá de lo que necesita su trabajo</translation>
    </message>
    <message>
        <source>reaches</source>
        <translation>tiene acceso</translation>
    </message>
    <message>
        <source>does not reach</source>
        <translation>no tiene acceso</translation>
    </message>
</context>
<context>
    <name>AccessMatrixView</name>
    <message>
        <source>&amp;Record Access Review…</source>
        <translation>&amp;Registrar revisión de accesos…</translation>
    </message>
    <message>
        <source>Once you have gone through the table and taken away what is not needed</source>
        <translation>Cuando hayas repasado la tabla y retirado lo que no hace falta</translation>
    </message>
    <message>
        <source>Each row is a person, each column a system or a kind of data. “⚠ beyond need” marks data a person’s accounts reach although their work does not need it. Double-click a person to say what their work needs.</source>
        <translation>Cada fila es una persona y cada columna, un sistema o un tipo de datos. «⚠ más de lo necesario» marca los datos a los que tienen acceso las cuentas de una persona aunque su trabajo no los necesite. Haz doble clic en una persona para indicar lo que necesita para su trabajo.</translation>
    </message>
    <message>
        <source>Who can reach which system and which data</source>
        <translation>Quién tiene acceso a qué sistema y a qué datos</translation>
    </message>
    <message>
        <source>1 person can</source>
        <translation>1 persona puede</translation>
    </message>
    <message>
        <source>%1 people can</source>
        <translation>%1 personas pueden</translation>
    </message>
    <message>
        <source>%1 see customers’ buying habits, %2 product lists, %3 purchase costs and prices.</source>
        <translation>%1 ver los hábitos de compra de los clientes; %2, las listas de productos, y %3, los costes de compra y los precios.</translation>
    </message>
    <message>
        <source>Last access review: %1</source>
        <translation>Última revisión de accesos: %1</translation>
    </message>
    <message>
        <source>Last access review: never</source>
        <translation>Última revisión de accesos: nunca</translation>
    </message>
    <message>
        <source>⚠ beyond need</source>
        <translation>⚠ más de lo necesario</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Record Access Review</source>
        <translation>Registrar revisión de accesos</translation>
    </message>
    <message numerus="yes">
        <source>You went through who can reach what and took away what was not needed. The next review is due %n days later.</source>
        <translation>
            <numerusform>Has repasado quién tiene acceso a qué y has retirado lo que no hacía falta. La próxima revisión tocará %n día después.</numerusform>
            <numerusform>Has repasado quién tiene acceso a qué y has retirado lo que no hacía falta. La próxima revisión tocará %n días después.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Revisado el</translation>
    </message>
    <message>
        <source>Review Not Recorded</source>
        <translation>Revisión no registrada</translation>
    </message>
</context>
<context>
    <name>AccountCommands</name>
    <message>
        <source>%1 admin</source>
        <translation>Administración de %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id; ids are whole numbers.</source>
        <translation>«%1» no es un id; los id son números enteros.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nueva</numerusform>
            <numerusform>%n nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modificada</numerusform>
            <numerusform>%n modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n eliminada</numerusform>
            <numerusform>%n eliminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>New accounts:</source>
        <translation>Cuentas nuevas:</translation>
    </message>
    <message>
        <source>Changed accounts:</source>
        <translation>Cuentas modificadas:</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Removed accounts (kept on file as removed):</source>
        <translation>Cuentas eliminadas (se conservan en el registro como eliminadas):</translation>
    </message>
    <message>
        <source>What the file was exported from.</source>
        <translation>De dónde se exportó el archivo.</translation>
    </message>
    <message>
        <source>The system the accounts are on.</source>
        <translation>El sistema en el que están las cuentas.</translation>
    </message>
    <message>
        <source>Which column holds which field (JSON), for csv.</source>
        <translation>Qué columna contiene cada campo (JSON), para csv.</translation>
    </message>
    <message>
        <source>Show what would change; change nothing.</source>
        <translation>Mostrar lo que cambiaría, sin cambiar nada.</translation>
    </message>
    <message>
        <source>Import the readable rows even when others are refused.</source>
        <translation>Importar las filas legibles aunque otras se rechacen.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli accounts import PLAN --format wordpress|magento|prestashop|cpanel|google|m365|csv FILE
       [--system ID] [--map MAPPING.json] [--dry-run] [--skip-errors]</source>
        <translation>Uso: storefort-cli accounts import PLAN --format wordpress|magento|prestashop|cpanel|google|m365|csv FILE
       [--system ID] [--map MAPPING.json] [--dry-run] [--skip-errors]</translation>
    </message>
    <message>
        <source>give what the file was exported from with --format: %1</source>
        <translation>indica de dónde se exportó el archivo con --format: %1</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;. Choose one of: %2</source>
        <translation>formato desconocido «%1». Elige uno de estos: %2</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>no se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a column mapping: write a JSON object such as {&quot;user_name&quot;: &quot;Login&quot;, &quot;email&quot;: &quot;E-mail&quot;}.</source>
        <translation>%1 no es una asignación de columnas: escribe un objeto JSON como {&quot;user_name&quot;: &quot;Login&quot;, &quot;email&quot;: &quot;E-mail&quot;}.</translation>
    </message>
    <message>
        <source>%1 does not say which column holds the user name (&quot;user_name&quot;).</source>
        <translation>%1 no indica qué columna contiene el nombre de usuario («user_name»).</translation>
    </message>
    <message>
        <source>the plan has no system %1 (see: storefort-cli accounts systems).</source>
        <translation>el plan no tiene ningún sistema %1 (consulta: storefort-cli accounts systems).</translation>
    </message>
    <message>
        <source>the plan has several systems of the kind &quot;%1&quot;; choose one with --system ID:
%2</source>
        <translation>el plan tiene varios sistemas del tipo «%1»; elige uno con --system ID:
%2</translation>
    </message>
    <message>
        <source>say which system the accounts are on with --system ID (add one with: storefort-cli accounts add-system).%1</source>
        <translation>indica en qué sistema están las cuentas con --system ID (añade uno con: storefort-cli accounts add-system).%1</translation>
    </message>
    <message>
        <source>say which column holds which field with --map MAPPING.json (the plan remembers it afterwards).</source>
        <translation>indica qué columna contiene cada campo con --map MAPPING.json (el plan lo recuerda después).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 compared with the accounts on %2 (system %3):</source>
        <translation>%1 comparado con las cuentas de %2 (sistema %3):</translation>
    </message>
    <message>
        <source>%1 compared with a new system &quot;%2&quot;:</source>
        <translation>%1 comparado con un sistema nuevo «%2»:</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused</source>
        <translation>
            <numerusform>%n fila rechazada</numerusform>
            <numerusform>%n filas rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was changed: correct the file and import it again, or use --skip-errors to import the other rows.</source>
        <translation>no se ha cambiado nada: corrige el archivo y vuelve a importarlo, o usa --skip-errors para importar las demás filas.</translation>
    </message>
    <message>
        <source>Dry run: the plan is unchanged.</source>
        <translation>Simulación: el plan no cambia.</translation>
    </message>
    <message>
        <source>Added the system &quot;%1&quot; (%2).</source>
        <translation>Se ha añadido el sistema «%1» (%2).</translation>
    </message>
    <message>
        <source>Nothing to change: the accounts on file are up to date.</source>
        <translation>No hay nada que cambiar: las cuentas registradas están al día.</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n account(s) added, </source>
        <translation>
            <numerusform>Importado: %n cuenta añadida, </numerusform>
            <numerusform>Importado: %n cuentas añadidas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed, </source>
        <translation>
            <numerusform>%n modificada, </numerusform>
            <numerusform>%n modificadas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked removed.</source>
        <translation>
            <numerusform>%n marcada como eliminada.</numerusform>
            <numerusform>%n marcadas como eliminadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the accounts on this system.</source>
        <translation>Solo las cuentas de este sistema.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar en JSON.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli accounts list PLAN [--system ID] [--json]</source>
        <translation>Uso: storefort-cli accounts list PLAN [--system ID] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>MFA: %1</source>
        <translation>MFA: %1</translation>
    </message>
    <message>
        <source>last login %1</source>
        <translation>último inicio de sesión %1</translation>
    </message>
    <message>
        <source>No accounts yet. Import some with: storefort-cli accounts import PLAN --format FORMAT FILE</source>
        <translation>Todavía no hay cuentas. Impórtalas con: storefort-cli accounts import PLAN --format FORMAT FILE</translation>
    </message>
    <message>
        <source>Usage: storefort-cli accounts systems PLAN [--json]</source>
        <translation>Uso: storefort-cli accounts systems PLAN [--json]</translation>
    </message>
    <message>
        <source>No systems yet. Add one with: storefort-cli accounts add-system PLAN --kind KIND --name NAME</source>
        <translation>Todavía no hay sistemas. Añade uno con: storefort-cli accounts add-system PLAN --kind KIND --name NAME</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n activa</numerusform>
            <numerusform>%n activas</numerusform>
        </translation>
    </message>
    <message>
        <source>run by %1</source>
        <translation>gestionado por %1</translation>
    </message>
    <message>
        <source>What sort of system it is.</source>
        <translation>Qué tipo de sistema es.</translation>
    </message>
    <message>
        <source>The system&apos;s name.</source>
        <translation>El nombre del sistema.</translation>
    </message>
    <message>
        <source>The provider that runs it.</source>
        <translation>El proveedor que lo gestiona.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli accounts add-system PLAN --kind KIND --name NAME [--provider ID]
Kinds: %1</source>
        <translation>Uso: storefort-cli accounts add-system PLAN --kind KIND --name NAME [--provider ID]
Tipos: %1</translation>
    </message>
    <message>
        <source>give what sort of system it is with --kind KIND: %1</source>
        <translation>indica qué tipo de sistema es con --kind KIND: %1</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;. Choose one of: %2</source>
        <translation>tipo desconocido «%1». Elige uno de estos: %2</translation>
    </message>
    <message>
        <source>give the system&apos;s name with --name NAME.</source>
        <translation>indica el nombre del sistema con --name NAME.</translation>
    </message>
    <message>
        <source>the plan has no provider %1 (see: storefort-cli providers list).</source>
        <translation>el plan no tiene ningún proveedor %1 (consulta: storefort-cli providers list).</translation>
    </message>
    <message>
        <source>usage: storefort-cli accounts import|list|systems|add-system|check|letter ...</source>
        <translation>uso: storefort-cli accounts import|list|systems|add-system|check|letter ...</translation>
    </message>
    <message>
        <source>Usage: storefort-cli accounts check PLAN [--json]</source>
        <translation>Uso: storefort-cli accounts check PLAN [--json]</translation>
    </message>
    <message>
        <source>The developer or agency (team member id).</source>
        <translation>El desarrollador o la agencia (id de miembro del equipo).</translation>
    </message>
    <message>
        <source>Where to write the letter.</source>
        <translation>Dónde escribir la carta.</translation>
    </message>
    <message>
        <source>text or pdf (default: from the file&apos;s extension).</source>
        <translation>text o pdf (por defecto: según la extensión del archivo).</translation>
    </message>
    <message>
        <source>Do not record the letter as written in the plan.</source>
        <translation>No registrar en el plan que se ha escrito la carta.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli accounts letter PLAN --person ID -o FILE [--format text|pdf] [--no-record]</source>
        <translation>Uso: storefort-cli accounts letter PLAN --person ID -o FILE [--format text|pdf] [--no-record]</translation>
    </message>
    <message>
        <source>There is no team member with the id %1.</source>
        <translation>No hay ningún miembro del equipo con el id %1.</translation>
    </message>
    <message>
        <source>%1 holds no active account in the plan: there is nothing to confirm.</source>
        <translation>%1 no tiene ninguna cuenta activa en el plan: no hay nada que confirmar.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the letter to %1 about %n account(s); recorded as letter %2.</source>
        <translation>
            <numerusform>Se ha escrito en %1 la carta sobre %n cuenta; registrada como carta %2.</numerusform>
            <numerusform>Se ha escrito en %1 la carta sobre %n cuentas; registrada como carta %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the letter to %1 about %n account(s).</source>
        <translation>
            <numerusform>Se ha escrito en %1 la carta sobre %n cuenta.</numerusform>
            <numerusform>Se ha escrito en %1 la carta sobre %n cuentas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>&amp;Shared: several people sign in with it</source>
        <translation>Compar&amp;tida: varias personas inician sesión con ella</translation>
    </message>
    <message>
        <source>Used by a &amp;program, not a person (a service account)</source>
        <translation>La usa un programa, no una persona (una cuenta de ser&amp;vicio)</translation>
    </message>
    <message>
        <source>Add an Account</source>
        <translation>Añadir una cuenta</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Cuenta %1</translation>
    </message>
    <message>
        <source>An account the exports do not list, such as one on a system you cannot export from. Say whom it belongs to and what it can reach.</source>
        <translation>Una cuenta que no aparece en las exportaciones, por ejemplo de un sistema del que no puedes exportar. Indica a quién pertenece y a qué tiene acceso.</translation>
    </message>
    <message>
        <source>Say whom this account belongs to and what it can reach. The next import keeps what you set here.</source>
        <translation>Indica a quién pertenece esta cuenta y a qué tiene acceso. La próxima importación conserva lo que indiques aquí.</translation>
    </message>
    <message>
        <source>The name used to sign in</source>
        <translation>El nombre con el que se inicia sesión</translation>
    </message>
    <message>
        <source>Team members who use this account</source>
        <translation>Miembros del equipo que usan esta cuenta</translation>
    </message>
    <message>
        <source>Tick everyone who signs in with this account. An account of its own for each person is safest.</source>
        <translation>Marca a todas las personas que inician sesión con esta cuenta. Lo más seguro es que cada persona tenga su propia cuenta.</translation>
    </message>
    <message>
        <source>Nobody in the team yet: add people in the Shop and team step.</source>
        <translation>Todavía no hay nadie en el equipo: añade personas en el paso Tienda y equipo.</translation>
    </message>
    <message>
        <source>What the account may do, in plain terms. Give each account the least it needs for its work.</source>
        <translation>Lo que puede hacer la cuenta, en pocas palabras. Da a cada cuenta lo mínimo que necesita para su trabajo.</translation>
    </message>
    <message>
        <source>Data it can reach</source>
        <translation>Datos a los que tiene acceso</translation>
    </message>
    <message>
        <source>Does this account need a second step (an app or a code) to sign in?</source>
        <translation>¿Necesita esta cuenta un segundo paso (una app o un código) para iniciar sesión?</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>&amp;Sistema:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Name s&amp;hown:</source>
        <translation>Nombre m&amp;ostrado:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Belongs to:</source>
        <translation>&amp;Pertenece a:</translation>
    </message>
    <message>
        <source>called &quot;%1&quot; on the system</source>
        <translation>se llama «%1» en el sistema</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Two-step sign-in:</source>
        <translation>Inicio de sesión en &amp;dos pasos:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>AccountFindings</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) on %1 belong to nobody named</source>
        <translation>
            <numerusform>%n cuenta en %1 sin persona asignada</numerusform>
            <numerusform>%n cuentas en %1 sin persona asignada</numerusform>
        </translation>
    </message>
    <message>
        <source>An account nobody answers for is the one nobody notices when it is misused, and the one that stays open when people leave.</source>
        <translation>Una cuenta de la que nadie responde es la que nadie nota cuando se usa mal, y la que sigue abierta cuando alguien se va.</translation>
    </message>
    <message>
        <source>Say whose each account is (edit the account), mark machine accounts as service accounts, and disable the ones nobody claims.</source>
        <translation>Indica de quién es cada cuenta (edita la cuenta), marca las cuentas de máquinas como cuentas de servicio y desactiva las que nadie reclame.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) on %1 are used by several people</source>
        <translation>
            <numerusform>%n cuenta en %1 la usan varias personas</numerusform>
            <numerusform>%n cuentas en %1 las usan varias personas</numerusform>
        </translation>
    </message>
    <message>
        <source>When several people sign in with one user name, the log cannot say who did what, and the password cannot be changed when one of them leaves without stopping the others.</source>
        <translation>Cuando varias personas inician sesión con un mismo nombre de usuario, el registro no puede decir quién hizo qué, y cuando una de ellas se va no se puede cambiar la contraseña sin dejar fuera a las demás.</translation>
    </message>
    <message>
        <source>Give each person their own account with their own password, then disable the shared one.</source>
        <translation>Da a cada persona su propia cuenta con su propia contraseña y luego desactiva la cuenta compartida.</translation>
    </message>
    <message numerus="yes">
        <source>%n shared or generic account(s) on %1</source>
        <translation>
            <numerusform>%n cuenta compartida o genérica en %1</numerusform>
            <numerusform>%n cuentas compartidas o genéricas en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts named after a team or a mailbox (info, office, shop, support...) or marked shared are usually used by several people with one password: nobody can tell who did what.</source>
        <translation>Las cuentas con el nombre de un equipo o de un buzón (info, office, shop, support...) o marcadas como compartidas suelen usarlas varias personas con una sola contraseña: nadie puede saber quién hizo qué.</translation>
    </message>
    <message>
        <source>Replace each with personal accounts; if one must stay (a mailbox), make sure nobody signs in to the shop with it.</source>
        <translation>Sustituye cada una por cuentas personales; si alguna tiene que quedarse (un buzón), asegúrate de que nadie la use para iniciar sesión en la tienda.</translation>
    </message>
    <message numerus="yes">
        <source>%n administrator account(s) on %1 without a second factor</source>
        <translation>
            <numerusform>%n cuenta de administrador en %1 sin segundo factor</numerusform>
            <numerusform>%n cuentas de administrador en %1 sin segundo factor</numerusform>
        </translation>
    </message>
    <message>
        <source>An administrator can change everything, including other accounts. With a password alone, one leaked or guessed password hands the whole system over.</source>
        <translation>Un administrador puede cambiarlo todo, incluidas otras cuentas. Si solo hay contraseña, basta con que se filtre o se adivine una para entregar todo el sistema.</translation>
    </message>
    <message>
        <source>Turn on two-step sign-in (an app or a security key) for every administrator, and enforce it on the system if it can.</source>
        <translation>Activa el inicio de sesión en dos pasos (con una app o una llave de seguridad) para todos los administradores, y hazlo obligatorio en el sistema si lo permite.</translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) on %1 not changed for too long</source>
        <translation>
            <numerusform>%n contraseña en %1 sin cambiar desde hace demasiado tiempo</numerusform>
            <numerusform>%n contraseñas en %1 sin cambiar desde hace demasiado tiempo</numerusform>
        </translation>
    </message>
    <message>
        <source>Old passwords have had years to leak: through a reused password elsewhere, an old laptop or a former colleague.</source>
        <translation>Las contraseñas antiguas han tenido años para filtrarse: por una contraseña reutilizada en otro sitio, un portátil viejo o un antiguo compañero.</translation>
    </message>
    <message>
        <source>The oldest was last changed on %1.</source>
        <translation>La más antigua se cambió por última vez el %1.</translation>
    </message>
    <message numerus="yes">
        <source>Change these passwords (every %n day(s) at most; every %1 where the password is the only factor), or better, add a second factor.</source>
        <translation>
            <numerusform>Cambia estas contraseñas (como máximo cada %n día; cada %1 si la contraseña es el único factor) o, mejor aún, añade un segundo factor.</numerusform>
            <numerusform>Cambia estas contraseñas (como máximo cada %n días; cada %1 si la contraseña es el único factor) o, mejor aún, añade un segundo factor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) on %1 not used for %2 days</source>
        <translation>
            <numerusform>%n cuenta en %1 sin usar desde hace %2 días</numerusform>
            <numerusform>%n cuentas en %1 sin usar desde hace %2 días</numerusform>
        </translation>
    </message>
    <message>
        <source>An account nobody uses is still a way in, and nobody would notice if someone else started using it.</source>
        <translation>Una cuenta que nadie usa sigue siendo una puerta de entrada, y nadie notaría si otra persona empezara a usarla.</translation>
    </message>
    <message>
        <source>Disable the accounts nobody needs any more; they can be turned back on if someone asks.</source>
        <translation>Desactiva las cuentas que ya nadie necesita; se pueden volver a activar si alguien las pide.</translation>
    </message>
    <message>
        <source>The built-in &quot;%1&quot; account of %2 is in use</source>
        <translation>Se está usando la cuenta integrada «%1» de %2</translation>
    </message>
    <message>
        <source>Everyone knows the built-in administrator&apos;s name, so attackers try it first; and when several people use it, nobody can tell who did what.</source>
        <translation>Todo el mundo conoce el nombre del administrador integrado, así que los atacantes lo prueban primero; y cuando lo usan varias personas, nadie puede saber quién hizo qué.</translation>
    </message>
    <message>
        <source>Last signed in on %1.</source>
        <translation>Último inicio de sesión el %1.</translation>
    </message>
    <message>
        <source>Give each person who administers %1 a personal administrator account, and stop signing in as &quot;%2&quot;.</source>
        <translation>Da a cada persona que administra %1 una cuenta de administrador personal y deja de iniciar sesión como «%2».</translation>
    </message>
    <message>
        <source>%1 still has an account named &quot;%2&quot;</source>
        <translation>%1 todavía tiene una cuenta llamada «%2»</translation>
    </message>
    <message>
        <source>With the default name known, an attacker only has to guess the password.</source>
        <translation>Como el nombre predeterminado es conocido, a un atacante solo le queda adivinar la contraseña.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is active.</source>
        <translation>La cuenta «%1» está activa.</translation>
    </message>
    <message>
        <source>Rename it or replace it with a personal account; where it cannot be renamed (root on a server), forbid signing in with it directly.</source>
        <translation>Cámbiale el nombre o sustitúyela por una cuenta personal; si no se puede cambiar el nombre (root en un servidor), prohíbe iniciar sesión directamente con ella.</translation>
    </message>
    <message numerus="yes">
        <source>%n administrator(s) on %1</source>
        <translation>
            <numerusform>%n administrador en %1</numerusform>
            <numerusform>%n administradores en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Each administrator is a key to everything. Most people need to manage orders or products, not accounts and settings.</source>
        <translation>Cada administrador es una llave que lo abre todo. La mayoría de las personas necesitan gestionar pedidos o productos, no cuentas ni configuración.</translation>
    </message>
    <message numerus="yes">
        <source>You allow at most %n.</source>
        <translation>
            <numerusform>Permites como máximo %n.</numerusform>
            <numerusform>Permites como máximo %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give those who do not change settings or accounts a smaller role (manager, editor).</source>
        <translation>Da un rol más limitado (gestor, editor) a quienes no cambian la configuración ni las cuentas.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has left but %n account(s) still work</source>
        <translation>
            <numerusform>%1 se ha ido, pero %n cuenta sigue funcionando</numerusform>
            <numerusform>%1 se ha ido, pero %n cuentas siguen funcionando</numerusform>
        </translation>
    </message>
    <message>
        <source>A former colleague&apos;s account is a door nobody watches: their password may be on an old phone, in a browser, or with their new employer.</source>
        <translation>La cuenta de un antiguo compañero es una puerta que nadie vigila: su contraseña puede estar en un teléfono viejo, en un navegador o en manos de su nueva empresa.</translation>
    </message>
    <message numerus="yes">
        <source>Left on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Dejó el equipo el %1, hace %n día.</numerusform>
            <numerusform>Dejó el equipo el %1, hace %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked as left.</source>
        <translation>Consta que ha dejado el equipo.</translation>
    </message>
    <message>
        <source>Work through %1&apos;s leaver checklist: disable each account, or hand it over to a colleague, and tick it off.</source>
        <translation>Sigue la lista de salida de %1: desactiva cada cuenta o traspásala a un compañero, y márcala como hecha.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) of %1 not confirmed since the project ended</source>
        <translation>
            <numerusform>%n cuenta de %1 sin confirmar desde que terminó el proyecto</numerusform>
            <numerusform>%n cuentas de %1 sin confirmar desde que terminó el proyecto</numerusform>
        </translation>
    </message>
    <message>
        <source>Developers keep accounts long after their work is done. Each one they no longer need is a way in through their laptop, their passwords and their staff.</source>
        <translation>Los desarrolladores conservan cuentas mucho después de terminar su trabajo. Cada una que ya no necesitan es una puerta de entrada a través de su portátil, sus contraseñas y su personal.</translation>
    </message>
    <message>
        <source>Project ended on %1.</source>
        <translation>El proyecto terminó el %1.</translation>
    </message>
    <message>
        <source>Write them the confirmation letter, record their answer for each account, and disable the ones they do not need.</source>
        <translation>Escríbeles la carta de confirmación, registra su respuesta para cada cuenta y desactiva las que no necesiten.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) %1 no longer needs are still active</source>
        <translation>
            <numerusform>%n cuenta que %1 ya no necesita sigue activa</numerusform>
            <numerusform>%n cuentas que %1 ya no necesita siguen activas</numerusform>
        </translation>
    </message>
    <message>
        <source>They told you these accounts can go; until they are disabled they are still a way in.</source>
        <translation>Te han dicho que estas cuentas se pueden quitar; mientras no se desactiven, siguen siendo una puerta de entrada.</translation>
    </message>
    <message>
        <source>Disable or delete these accounts on their systems, then mark them disabled here.</source>
        <translation>Desactiva o elimina estas cuentas en sus sistemas y después márcalas aquí como desactivadas.</translation>
    </message>
    <message>
        <source>%1 can reach more than their work needs</source>
        <translation>%1 tiene acceso a más de lo que necesita para su trabajo</translation>
    </message>
    <message>
        <source>Everyone who can see customers&apos; data, buying habits or purchase prices is one more person whose account can leak them. Access should follow the work, not convenience.</source>
        <translation>Cada persona que puede ver los datos de los clientes, sus hábitos de compra o los precios de compra es una persona más cuya cuenta puede filtrarlos. El acceso debe depender del trabajo, no de la comodidad.</translation>
    </message>
    <message>
        <source>Beyond their work: %1. Through: %2.</source>
        <translation>Más allá de su trabajo: %1. A través de: %2.</translation>
    </message>
    <message>
        <source>Give these accounts a smaller role, or, if their work does need it, say so in the access review.</source>
        <translation>Da a estas cuentas un rol más limitado o, si su trabajo de verdad lo necesita, indícalo en la revisión de accesos.</translation>
    </message>
    <message>
        <source>These accounts reach more than their role usually does. Narrow them, or record what %1&apos;s work needs in the access review.</source>
        <translation>Estas cuentas tienen acceso a más de lo que suele tener su rol. Limítalas o anota en la revisión de accesos lo que necesita %1 para su trabajo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has not answered about %n account(s)</source>
        <translation>
            <numerusform>%1 no ha respondido sobre %n cuenta</numerusform>
            <numerusform>%1 no ha respondido sobre %n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>Without their answer you cannot tell which accounts are still needed, so none of them can safely be closed or kept.</source>
        <translation>Sin su respuesta no puedes saber qué cuentas siguen haciendo falta, así que no es seguro cerrar ni conservar ninguna.</translation>
    </message>
    <message numerus="yes">
        <source>Letter of %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Carta del %1, hace %n día.</numerusform>
            <numerusform>Carta del %1, hace %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remind them, or call; record each answer as it comes. Accounts still unanswered after a reminder are best disabled.</source>
        <translation>Recuérdaselo o llámales; registra cada respuesta a medida que llegue. Lo mejor es desactivar las cuentas que sigan sin respuesta después de un recordatorio.</translation>
    </message>
    <message>
        <source>The access review is due</source>
        <translation>Toca hacer la revisión de accesos</translation>
    </message>
    <message>
        <source>People change jobs and projects end, but access stays. A regular look at who can reach what is how it shrinks back.</source>
        <translation>La gente cambia de puesto y los proyectos terminan, pero los accesos se quedan. Revisar con regularidad quién tiene acceso a qué es la forma de volver a reducirlos.</translation>
    </message>
    <message numerus="yes">
        <source>Last review on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Última revisión el %1, hace %n día.</numerusform>
            <numerusform>Última revisión el %1, hace %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>No access review is on record.</source>
        <translation>No consta ninguna revisión de accesos.</translation>
    </message>
    <message numerus="yes">
        <source>Go through the access picture: for each person, is every account and every kind of data still needed? Then record the review (every %n day(s)).</source>
        <translation>
            <numerusform>Repasa el panorama de accesos: para cada persona, ¿sigue haciendo falta cada cuenta y cada tipo de datos? Después registra la revisión (cada %n día).</numerusform>
            <numerusform>Repasa el panorama de accesos: para cada persona, ¿sigue haciendo falta cada cuenta y cada tipo de datos? Después registra la revisión (cada %n días).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 keeps no audit log</source>
        <translation>%1 no tiene registro de auditoría</translation>
    </message>
    <message>
        <source>Without a log of who signed in and what they changed, nobody can tell after a break-in what was done, from which account, or when.</source>
        <translation>Sin un registro de quién inició sesión y qué cambió, después de una intrusión nadie puede saber qué se hizo, desde qué cuenta ni cuándo.</translation>
    </message>
    <message>
        <source>You recorded that %1 has no audit log.</source>
        <translation>Registraste que %1 no tiene registro de auditoría.</translation>
    </message>
    <message>
        <source>Turn the audit or activity log on (your provider or developer can help), then record it here.</source>
        <translation>Activa el registro de auditoría o de actividad (tu proveedor o tu desarrollador pueden ayudarte) y después anótalo aquí.</translation>
    </message>
    <message>
        <source>Not known whether %1 keeps an audit log</source>
        <translation>No se sabe si %1 tiene registro de auditoría</translation>
    </message>
    <message>
        <source>An audit log is the evidence trail of every account&apos;s actions. If you do not know whether there is one, you cannot count on it on the day you need it.</source>
        <translation>Un registro de auditoría es el rastro de pruebas de lo que hace cada cuenta. Si no sabes si existe, no puedes contar con él el día que lo necesites.</translation>
    </message>
    <message>
        <source>The audit log of %1 is marked &quot;not known&quot;.</source>
        <translation>El registro de auditoría de %1 está marcado como «No se sabe».</translation>
    </message>
    <message>
        <source>Ask whoever runs %1 whether it logs sign-ins and changes, and for how long; record the answer on the system.</source>
        <translation>Pregunta a quien gestione %1 si registra los inicios de sesión y los cambios, y durante cuánto tiempo; anota la respuesta en el sistema.</translation>
    </message>
    <message>
        <source>%1 keeps its audit log too briefly</source>
        <translation>%1 conserva su registro de auditoría durante muy poco tiempo</translation>
    </message>
    <message>
        <source>Break-ins are often found months after they began. A log that is already deleted by then cannot show how the intruder got in.</source>
        <translation>Las intrusiones se suelen descubrir meses después de empezar. Un registro que para entonces ya se ha borrado no puede mostrar cómo entró el intruso.</translation>
    </message>
    <message numerus="yes">
        <source>Kept for %n day(s); at least %1 are needed.</source>
        <translation>
            <numerusform>Se conserva durante %n día; hacen falta al menos %1.</numerusform>
            <numerusform>Se conserva durante %n días; hacen falta al menos %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Raise the log&apos;s retention to %n day(s) or more, or export it regularly to a place that keeps it.</source>
        <translation>
            <numerusform>Aumenta la conservación del registro a %n día o más, o expórtalo con regularidad a un lugar que lo conserve.</numerusform>
            <numerusform>Aumenta la conservación del registro a %n días o más, o expórtalo con regularidad a un lugar que lo conserve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has looked at the audit log of %1 lately</source>
        <translation>Hace tiempo que nadie mira el registro de auditoría de %1</translation>
    </message>
    <message>
        <source>A log helps only if someone reads it: a look every few months catches sign-ins at odd hours, unknown accounts and changes nobody made on purpose.</source>
        <translation>Un registro solo sirve si alguien lo lee: echarle un vistazo cada pocos meses permite detectar inicios de sesión a horas raras, cuentas desconocidas y cambios que nadie hizo a propósito.</translation>
    </message>
    <message>
        <source>No review of the log is on record.</source>
        <translation>No consta ninguna revisión del registro.</translation>
    </message>
    <message numerus="yes">
        <source>Last reviewed on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Última revisión el %1, hace %n día.</numerusform>
            <numerusform>Última revisión el %1, hace %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the log&apos;s last weeks for anything you do not recognise, then record the date of the review on the system. Repeat at least every %n day(s).</source>
        <translation>
            <numerusform>Lee las últimas semanas del registro buscando cualquier cosa que no reconozcas y después anota la fecha de la revisión en el sistema. Repítelo al menos cada %n día.</numerusform>
            <numerusform>Lee las últimas semanas del registro buscando cualquier cosa que no reconozcas y después anota la fecha de la revisión en el sistema. Repítelo al menos cada %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>No minimum password length is known for %1</source>
        <translation>No se sabe qué longitud mínima de contraseña exige %1</translation>
    </message>
    <message>
        <source>%1 accepts short passwords</source>
        <translation>%1 acepta contraseñas cortas</translation>
    </message>
    <message>
        <source>Short passwords are guessed by programs that try millions of combinations. Length is what makes a password hard to guess.</source>
        <translation>Las contraseñas cortas las adivinan programas que prueban millones de combinaciones. Lo que hace difícil de adivinar una contraseña es su longitud.</translation>
    </message>
    <message>
        <source>The system&apos;s shortest allowed password is not recorded.</source>
        <translation>No consta la contraseña más corta que permite el sistema.</translation>
    </message>
    <message numerus="yes">
        <source>The shortest allowed password has %n character(s).</source>
        <translation>
            <numerusform>La contraseña más corta permitida tiene %n carácter.</numerusform>
            <numerusform>La contraseña más corta permitida tiene %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Require at least %n characters (a second factor is enforced here).</source>
        <translation>
            <numerusform>Exige al menos %n carácter (aquí el segundo factor es obligatorio).</numerusform>
            <numerusform>Exige al menos %n caracteres (aquí el segundo factor es obligatorio).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Require at least %n characters, or enforce a second factor and at least %1.</source>
        <translation>
            <numerusform>Exige al menos %n carácter, o haz obligatorio un segundo factor y exige al menos %1.</numerusform>
            <numerusform>Exige al menos %n caracteres, o haz obligatorio un segundo factor y exige al menos %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 never locks out password guessing</source>
        <translation>%1 nunca bloquea los intentos de adivinar contraseñas</translation>
    </message>
    <message>
        <source>If an account never locks after wrong passwords, a program can keep guessing until it is in.</source>
        <translation>Si una cuenta nunca se bloquea tras varias contraseñas incorrectas, un programa puede seguir probando hasta entrar.</translation>
    </message>
    <message>
        <source>No lockout after failed sign-ins is recorded for this system.</source>
        <translation>No consta ningún bloqueo tras inicios de sesión fallidos en este sistema.</translation>
    </message>
    <message>
        <source>Have the system lock an account (or slow it down) after a handful of failed attempts, for example ten; a security plugin or the provider&apos;s settings do this.</source>
        <translation>Haz que el sistema bloquee una cuenta (o la ralentice) tras unos pocos intentos fallidos, por ejemplo diez; esto lo hacen un plugin de seguridad o la configuración del proveedor.</translation>
    </message>
</context>
<context>
    <name>AccountFindingsView</name>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>When the checks raise a finding: password ages, inactive accounts, reviews…</source>
        <translation>Cuándo generan las comprobaciones un hallazgo: antigüedad de las contraseñas, cuentas inactivas, revisiones…</translation>
    </message>
    <message>
        <source>What the account checks found</source>
        <translation>Lo que han encontrado las comprobaciones de cuentas</translation>
    </message>
    <message>
        <source>About the chosen finding</source>
        <translation>Sobre el hallazgo elegido</translation>
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
        <translation>Todavía no hay cuentas registradas. Impórtalas en la pestaña Cuentas; las comprobaciones se hacen solas.</translation>
    </message>
    <message>
        <source>Nothing found: the accounts on file look well kept.</source>
        <translation>No se ha encontrado nada: las cuentas registradas parecen bien cuidadas.</translation>
    </message>
    <message>
        <source>Nothing urgent. Choose a finding to see why it matters and what to do.</source>
        <translation>Nada urgente. Elige un hallazgo para ver por qué importa y qué hacer.</translation>
    </message>
    <message>
        <source>1 urgent thing to sort out. Choose a finding to see why it matters and what to do.</source>
        <translation>1 asunto urgente que resolver. Elige un hallazgo para ver por qué importa y qué hacer.</translation>
    </message>
    <message>
        <source>%1 urgent things to sort out. Choose a finding to see why they matter and what to do.</source>
        <translation>%1 asuntos urgentes que resolver. Elige un hallazgo para ver por qué importan y qué hacer.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>letter to %1</source>
        <translation>carta a %1</translation>
    </message>
    <message>
        <source>someone removed</source>
        <translation>una persona quitada del plan</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Gravedad: %1</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Sobre:</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Lo que se ha visto</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regla %1</translation>
    </message>
</context>
<context>
    <name>AccountRulesDialog</name>
    <message>
        <source>Account Rules Settings</source>
        <translation>Configuración de las reglas de cuentas</translation>
    </message>
    <message>
        <source>When the account checks raise a finding. Each limit is still fine: a password exactly as old as the limit is not flagged, one day older is.</source>
        <translation>Cuándo generan las comprobaciones de cuentas un hallazgo. Llegar justo al límite todavía está bien: una contraseña con la antigüedad exacta del límite no se marca; una con un día más, sí.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>An account is unused after no sign-in for</source>
        <translation>Una cuenta se considera sin uso si no inicia sesión durante</translation>
    </message>
    <message>
        <source>Most admin accounts on one system</source>
        <translation>Máximo de cuentas de administrador en un sistema</translation>
    </message>
    <message>
        <source> accounts</source>
        <translation> cuentas</translation>
    </message>
    <message>
        <source>The built-in admin is in daily use when it signed in within</source>
        <translation>El administrador integrado se considera en uso diario si ha iniciado sesión en los últimos</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Contraseñas</translation>
    </message>
    <message>
        <source>Shortest password a system may allow</source>
        <translation>Contraseña más corta que puede permitir un sistema</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>… where a second sign-in step is required</source>
        <translation>… si se exige un segundo paso para iniciar sesión</translation>
    </message>
    <message>
        <source>Change each password at least every</source>
        <translation>Cambiar cada contraseña como mínimo cada</translation>
    </message>
    <message>
        <source>… where the password is the only sign-in step</source>
        <translation>… si la contraseña es el único paso para iniciar sesión</translation>
    </message>
    <message>
        <source>Audit logs (the record of who did what)</source>
        <translation>Registros de auditoría (lo que queda anotado de quién hizo qué)</translation>
    </message>
    <message>
        <source>Keep audit logs for at least</source>
        <translation>Conservar los registros de auditoría durante al menos</translation>
    </message>
    <message>
        <source>Look through each audit log at least every</source>
        <translation>Revisar cada registro de auditoría como mínimo cada</translation>
    </message>
    <message>
        <source>Reviews and letters</source>
        <translation>Revisiones y cartas</translation>
    </message>
    <message>
        <source>Review who has access at least every</source>
        <translation>Revisar quién tiene acceso como mínimo cada</translation>
    </message>
    <message>
        <source>Expect a developer’s reply to a letter within</source>
        <translation>Esperar la respuesta de un desarrollador a una carta en un plazo de</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Two-step sign-in</source>
        <translation>Inicio de sesión en dos pasos</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Password last changed</source>
        <translation>Último cambio de contraseña</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestor</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Custom role</source>
        <translation>Rol personalizado</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; must be between %2 and %3.</source>
        <translation>El ajuste «%1» tiene que estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>Eliminarla</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Write the date of the reply.</source>
        <translation>Indica la fecha de la respuesta.</translation>
    </message>
    <message>
        <source>The reply&apos;s date is in the future.</source>
        <translation>La fecha de la respuesta está en el futuro.</translation>
    </message>
    <message>
        <source>Write why they still need the account, in their words: a kept account needs a reason.</source>
        <translation>Escribe por qué siguen necesitando la cuenta, con sus propias palabras: para conservar una cuenta hace falta un motivo.</translation>
    </message>
    <message>
        <source>Customer data</source>
        <translation>Datos de clientes</translation>
    </message>
    <message>
        <source>Orders and buying habits</source>
        <translation>Pedidos y hábitos de compra</translation>
    </message>
    <message>
        <source>Product lists</source>
        <translation>Listas de productos</translation>
    </message>
    <message>
        <source>Purchase costs and prices</source>
        <translation>Costes de compra y precios</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Code and deployment</source>
        <translation>Código y despliegue</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Traspasada</translation>
    </message>
    <message>
        <source>Every system needs a name, such as &quot;Shop admin&quot;.</source>
        <translation>Cada sistema necesita un nombre, por ejemplo «Administración de la tienda».</translation>
    </message>
    <message>
        <source>Write how many days the audit log is kept, from 0 (not known) to 36500.</source>
        <translation>Indica cuántos días se conserva el registro de auditoría, de 0 (no se sabe) a 36500.</translation>
    </message>
    <message>
        <source>The shortest password allowed must be between 0 and 1024 characters.</source>
        <translation>La contraseña más corta permitida tiene que tener entre 0 y 1024 caracteres.</translation>
    </message>
    <message>
        <source>The longest a password may be kept must be between 0 (changed only when it leaks) and 36500 days.</source>
        <translation>El tiempo máximo que se puede mantener una contraseña tiene que estar entre 0 (solo se cambia si se filtra) y 36500 días.</translation>
    </message>
    <message>
        <source>Write after how many failed attempts the account locks, from 0 (never) to 1000.</source>
        <translation>Indica tras cuántos intentos fallidos se bloquea la cuenta, de 0 (nunca) a 1000.</translation>
    </message>
    <message>
        <source>Shop admin</source>
        <translation>Administración de la tienda</translation>
    </message>
    <message>
        <source>Hosting panel</source>
        <translation>Panel de alojamiento</translation>
    </message>
    <message>
        <source>Server (SSH, root)</source>
        <translation>Servidor (SSH, root)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>DNS and domain registrar</source>
        <translation>DNS y registrador de dominios</translation>
    </message>
    <message>
        <source>CDN</source>
        <translation>CDN</translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation>Proveedor de pagos</translation>
    </message>
    <message>
        <source>Code repository</source>
        <translation>Repositorio de código</translation>
    </message>
    <message>
        <source>Backup storage</source>
        <translation>Almacenamiento de copias de seguridad</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analítica</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>This row has no user name.</source>
        <translation>Esta fila no tiene nombre de usuario.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already on line %2; each account can be in the file only once.</source>
        <translation>El nombre de usuario «%1» ya está en la línea %2; cada cuenta solo puede aparecer una vez en el archivo.</translation>
    </message>
    <message>
        <source>Other CSV file</source>
        <translation>Otro archivo CSV</translation>
    </message>
    <message>
        <source>The file lists no accounts.</source>
        <translation>El archivo no contiene ninguna cuenta.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Choose the column that holds the user names.</source>
        <translation>Elige la columna que contiene los nombres de usuario.</translation>
    </message>
    <message>
        <source>The file has no column named %1. Check the columns chosen for each field.</source>
        <translation>El archivo no tiene ninguna columna llamada %1. Revisa las columnas elegidas para cada campo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the column &quot;%2&quot; is neither active nor disabled.</source>
        <translation>«%1» en la columna «%2» no indica ni activa ni desactivada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the column &quot;Status&quot; is not Active, Suspended or Archived.</source>
        <translation>«%1» en la columna «Status» no es Active, Suspended ni Archived.</translation>
    </message>
    <message>
        <source>This file does not look like a %1 export: it has no column named %2.</source>
        <translation>Este archivo no parece una exportación de %1: no tiene ninguna columna llamada %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the column &quot;%2&quot; is not a date Storefort can read. Write it like 2024-01-31 or 2024-01-31 10:20:30.</source>
        <translation>«%1» en la columna «%2» no es una fecha que Storefort pueda leer. Escríbela así: 2024-01-31 o 2024-01-31 10:20:30.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the column &quot;%2&quot; is neither yes nor no. Write yes or no, true or false, or 1 or 0.</source>
        <translation>«%1» en la columna «%2» no es ni yes ni no. Escribe yes o no, true o false, o 1 o 0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the column &quot;id_profile&quot; is not a profile number.</source>
        <translation>«%1» en la columna «id_profile» no es un número de perfil.</translation>
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
        <translation>Nada</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Introducida a mano</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>In the future</source>
        <translation>En el futuro</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>Hace %n día</numerusform>
            <numerusform>Hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>Hace %n semana</numerusform>
            <numerusform>Hace %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>Hace %n mes</numerusform>
            <numerusform>Hace %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>Hace %n año</numerusform>
            <numerusform>Hace %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Correo electrónico: %1</translation>
    </message>
    <message>
        <source>Last signed in on %1</source>
        <translation>Último inicio de sesión el %1</translation>
    </message>
    <message>
        <source>The system&apos;s export does not say when this account last signed in, or it never has.</source>
        <translation>La exportación del sistema no indica cuándo inició sesión esta cuenta por última vez, o nunca lo ha hecho.</translation>
    </message>
    <message>
        <source>Password last changed on %1</source>
        <translation>Último cambio de contraseña el %1</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Nobody in the team is linked to this account yet.</source>
        <translation>Todavía no hay nadie del equipo vinculado a esta cuenta.</translation>
    </message>
    <message>
        <source>Imported on %1</source>
        <translation>Importada el %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nombre mostrado</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Pertenece a</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Data it reaches</source>
        <translation>Datos a los que tiene acceso</translation>
    </message>
    <message>
        <source>Two-step sign-in</source>
        <translation>Inicio de sesión en dos pasos</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Cambio de contraseña</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>The team members who use this account. More than one means it is shared.</source>
        <translation>Los miembros del equipo que usan esta cuenta. Si son varios, la cuenta es compartida.</translation>
    </message>
    <message>
        <source>The kinds of the shop&apos;s data this account can see or change</source>
        <translation>Los tipos de datos de la tienda que esta cuenta puede ver o cambiar</translation>
    </message>
    <message>
        <source>Whether the account needs a second step (an app or a code) to sign in</source>
        <translation>Si la cuenta necesita un segundo paso (una app o un código) para iniciar sesión</translation>
    </message>
    <message>
        <source>The file the account was last imported from</source>
        <translation>El archivo desde el que se importó la cuenta por última vez</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts &amp; access</source>
        <translation>Cuentas y accesos</translation>
    </message>
    <message>
        <source>Every account on your shop&apos;s systems is a way in, for the person it belongs to and for anyone who steals its password. Give each person an account of their own with only the access their work needs, and close accounts nobody uses.</source>
        <translation>Cada cuenta en los sistemas de tu tienda es una puerta de entrada, para la persona a la que pertenece y para cualquiera que le robe la contraseña. Da a cada persona su propia cuenta, solo con el acceso que necesita para su trabajo, y cierra las cuentas que nadie usa.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Who Can See What</source>
        <translation>Quién ve qué</translation>
    </message>
    <message>
        <source>Developer Letters</source>
        <translation>Cartas a desarrolladores</translation>
    </message>
    <message>
        <source>Leavers</source>
        <translation>Personas que se han ido</translation>
    </message>
    <message>
        <source>Stored Passwords</source>
        <translation>Contraseñas guardadas</translation>
    </message>
    <message>
        <source>Accounts &amp; access sections</source>
        <translation>Secciones de Cuentas y accesos</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>Add S&amp;ystem…</source>
        <translation>Añadir &amp;sistema…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>&amp;Import Accounts…</source>
        <translation>I&amp;mportar cuentas…</translation>
    </message>
    <message>
        <source>Add Acc&amp;ount…</source>
        <translation>Añadir &amp;cuenta…</translation>
    </message>
    <message>
        <source>&amp;Edit Account…</source>
        <translation>&amp;Editar cuenta…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start with your shop&apos;s admin.&lt;/b&gt;&lt;br&gt;Add each system people sign in to for the shop — the shop admin, the hosting panel, email — then import its list of users, exported as a CSV file.</source>
        <translation>&lt;b&gt;Empieza por la administración de tu tienda.&lt;/b&gt;&lt;br&gt;Añade cada sistema en el que se inicia sesión para la tienda (la administración de la tienda, el panel de alojamiento, el correo electrónico) y luego importa su lista de usuarios, exportada como archivo CSV.</translation>
    </message>
    <message>
        <source>Add the &amp;Shop&apos;s Admin…</source>
        <translation>Añadir la administración de la &amp;tienda…</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Sistemas</translation>
    </message>
    <message>
        <source>The systems where the shop&apos;s accounts live. Choose one to see its accounts.</source>
        <translation>Los sistemas en los que están las cuentas de la tienda. Elige uno para ver sus cuentas.</translation>
    </message>
    <message>
        <source>Add a system people sign in to for the shop</source>
        <translation>Añadir un sistema en el que se inicia sesión para la tienda</translation>
    </message>
    <message>
        <source>Change the chosen system&apos;s details: its audit log and password rules</source>
        <translation>Cambiar los datos del sistema elegido: su registro de auditoría y sus reglas de contraseñas</translation>
    </message>
    <message>
        <source>Take the chosen system and its accounts off the plan</source>
        <translation>Quitar del plan el sistema elegido y sus cuentas</translation>
    </message>
    <message>
        <source>S&amp;ystems</source>
        <translation>S&amp;istemas</translation>
    </message>
    <message>
        <source>Search user names, names and emails</source>
        <translation>Buscar nombres de usuario, nombres y correos electrónicos</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Buscar cuentas</translation>
    </message>
    <message>
        <source>Show accounts that are</source>
        <translation>Mostrar las cuentas que están</translation>
    </message>
    <message>
        <source>Active and disabled</source>
        <translation>Activas y desactivadas</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Solo activas</translation>
    </message>
    <message>
        <source>Disabled only</source>
        <translation>Solo desactivadas</translation>
    </message>
    <message>
        <source>Removed only</source>
        <translation>Solo eliminadas</translation>
    </message>
    <message>
        <source>All, removed ones too</source>
        <translation>Todas, también las eliminadas</translation>
    </message>
    <message>
        <source>Removed accounts are those the latest import no longer listed; they stay on file as history.</source>
        <translation>Las cuentas eliminadas son las que la última importación ya no incluía; se conservan registradas como historial.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Read the accounts from a file exported from the system, and see what would change before anything does</source>
        <translation>Leer las cuentas de un archivo exportado del sistema y ver qué cambiaría antes de cambiar nada</translation>
    </message>
    <message>
        <source>Enter an account that no export lists</source>
        <translation>Añadir una cuenta que no aparece en ninguna exportación</translation>
    </message>
    <message>
        <source>Say whom the chosen account belongs to and what it can reach</source>
        <translation>Indicar a quién pertenece la cuenta elegida y a qué puede acceder</translation>
    </message>
    <message>
        <source>All systems (%1)</source>
        <translation>Todos los sistemas (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, run by %2</source>
        <translation>%1, gestionado por %2</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) (%1 shown)</source>
        <translation>
            <numerusform>%n cuenta (se muestran %1)</numerusform>
            <numerusform>%n cuentas (se muestran %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from the plan?</source>
        <translation>¿Quitar %1 del plan?</translation>
    </message>
    <message>
        <source>Remove System</source>
        <translation>Quitar sistema</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Account Not Added</source>
        <translation>Cuenta no añadida</translation>
    </message>
    <message>
        <source>It has no accounts on file. You can undo the removal with Edit &gt; Undo.</source>
        <translation>No tiene cuentas registradas. Puedes deshacer la eliminación con Editar &gt; Deshacer.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n account(s) on file go with it, with the replies and leavers&apos; steps recorded for them. This cannot be undone; the History keeps a record.</source>
        <translation>
            <numerusform>Su %n cuenta registrada se va con él, junto con las respuestas y los pasos de salida anotados. No se puede deshacer; el historial guarda un registro.</numerusform>
            <numerusform>Sus %n cuentas registradas se van con él, junto con las respuestas y los pasos de salida anotados. No se puede deshacer; el historial guarda un registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts of %1 on file yet. Export its list of users as a CSV file and choose Import Accounts, or drop the file here.</source>
        <translation>Todavía no hay cuentas de %1 registradas. Exporta su lista de usuarios como archivo CSV y elige «Importar cuentas», o suelta el archivo aquí.</translation>
    </message>
    <message>
        <source>No accounts on file yet. Export each system&apos;s list of users as a CSV file and choose Import Accounts, or drop the file here.</source>
        <translation>Todavía no hay cuentas registradas. Exporta la lista de usuarios de cada sistema como archivo CSV y elige «Importar cuentas», o suelta el archivo aquí.</translation>
    </message>
    <message>
        <source>Drop one file at a time.</source>
        <translation>Suelta los archivos de uno en uno.</translation>
    </message>
    <message>
        <source>Each import reads one system&apos;s list of users: drop the CSV file exported from it.</source>
        <translation>Cada importación lee la lista de usuarios de un solo sistema: suelta el archivo CSV exportado de él.</translation>
    </message>
    <message>
        <source>Only a file on this computer can be imported.</source>
        <translation>Solo se puede importar un archivo que esté en este ordenador.</translation>
    </message>
    <message>
        <source>Save the export to this computer first, then drop the saved file here.</source>
        <translation>Primero guarda la exportación en este ordenador y después suelta aquí el archivo guardado.</translation>
    </message>
    <message>
        <source>A folder cannot be imported.</source>
        <translation>No se puede importar una carpeta.</translation>
    </message>
    <message>
        <source>Open the folder and drop the CSV file with the list of users instead.</source>
        <translation>Abre la carpeta y suelta en su lugar el archivo CSV con la lista de usuarios.</translation>
    </message>
    <message>
        <source>%1 was not found.</source>
        <translation>No se ha encontrado %1.</translation>
    </message>
    <message>
        <source>It may have been moved or deleted. Drop the file again from where it is now.</source>
        <translation>Puede que se haya movido o borrado. Vuelve a soltar el archivo desde donde esté ahora.</translation>
    </message>
    <message>
        <source>%1 is not a CSV file.</source>
        <translation>%1 no es un archivo CSV.</translation>
    </message>
    <message>
        <source>Export the list of users from the system as a CSV file, then drop that file here.</source>
        <translation>Exporta la lista de usuarios del sistema como archivo CSV y después suelta ese archivo aquí.</translation>
    </message>
    <message>
        <source>This plan is open read-only: nothing can be imported.</source>
        <translation>Este plan está abierto en solo lectura: no se puede importar nada.</translation>
    </message>
    <message>
        <source>Add the system first.</source>
        <translation>Primero añade el sistema.</translation>
    </message>
    <message>
        <source>Say which system the accounts are on with Add System, then drop the file again.</source>
        <translation>Indica en qué sistema están las cuentas con «Añadir sistema» y después vuelve a soltar el archivo.</translation>
    </message>
</context>
<context>
    <name>AddPersonCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir a %1</translation>
    </message>
</context>
<context>
    <name>AddProviderCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
</context>
<context>
    <name>AddRecoveryItemCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
</context>
<context>
    <name>AddSystemCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>%1 holds accounts now, so adding it cannot be undone. Remove the system if it must go.</source>
        <translation>%1 ya tiene cuentas, así que no se puede deshacer su incorporación. Quita el sistema si debe desaparecer.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Change the Answer</source>
        <translation>Cambiar la respuesta</translation>
    </message>
    <message>
        <source>Record an Answer</source>
        <translation>Registrar una respuesta</translation>
    </message>
    <message>
        <source>What good looks like: %1</source>
        <translation>Lo ideal: %1</translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation>Quién respondió</translation>
    </message>
    <message>
        <source>A name at the provider, their email, or the document</source>
        <translation>Una persona del proveedor, su correo electrónico o el documento</translation>
    </message>
    <message>
        <source>Date the answer was given</source>
        <translation>Fecha de la respuesta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Their answer:</source>
        <translation>&amp;Su respuesta:</translation>
    </message>
    <message>
        <source>&amp;Who answered:</source>
        <translation>&amp;Quién respondió:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>&amp;Fecha de la respuesta:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>&amp;Save Answer</source>
        <translation>&amp;Guardar respuesta</translation>
    </message>
    <message>
        <source>Choose or enter their answer.</source>
        <translation>Elige o escribe su respuesta.</translation>
    </message>
    <message>
        <source>Say who gave the answer: a name, an email or a document.</source>
        <translation>Indica quién dio la respuesta: un nombre, un correo electrónico o un documento.</translation>
    </message>
    <message>
        <source>The date lies in the future. Use the day they gave the answer, today (%1) at the latest.</source>
        <translation>La fecha está en el futuro. Indica el día en que respondieron; como muy tarde, hoy (%1).</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>N&amp;o</translation>
    </message>
    <message>
        <source>They do&amp;n’t know</source>
        <translation>No lo sabe&amp;n</translation>
    </message>
    <message>
        <source>Choose their answer…</source>
        <translation>Elige su respuesta…</translation>
    </message>
    <message>
        <source>They don’t know</source>
        <translation>No lo saben</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Ninguna de estas</translation>
    </message>
    <message>
        <source>Answer in %1</source>
        <translation>Respuesta en %1</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>usage: storefort-cli audit log|verify PATH</source>
        <translation>uso: storefort-cli audit log|verify PATH</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha; escríbela como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar en JSON.</translation>
    </message>
    <message>
        <source>Only this area (plan, shop, team, ...).</source>
        <translation>Solo esta área (plan, shop, team, ...).</translation>
    </message>
    <message>
        <source>Only changes by this person or user.</source>
        <translation>Solo los cambios de esta persona o de este usuario.</translation>
    </message>
    <message>
        <source>From this date (YYYY-MM-DD).</source>
        <translation>Desde esta fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Up to this date (YYYY-MM-DD).</source>
        <translation>Hasta esta fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Usage: storefort-cli audit log PATH [--json] [--area AREA] [--person NAME] [--since DATE] [--until DATE]</source>
        <translation>Uso: storefort-cli audit log PATH [--json] [--area AREA] [--person NAME] [--since DATE] [--until DATE]</translation>
    </message>
    <message>
        <source>Usage: storefort-cli audit verify PATH</source>
        <translation>Uso: storefort-cli audit verify PATH</translation>
    </message>
    <message>
        <source>First broken entry: %1</source>
        <translation>Primera entrada con fallo: %1</translation>
    </message>
    <message numerus="yes">
        <source>The history is intact: %n change(s), each linked to the one before.</source>
        <translation>
            <numerusform>El historial está intacto: %n cambio.</numerusform>
            <numerusform>El historial está intacto: %n cambios, cada uno enlazado con el anterior.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>entry %1 is missing</source>
        <translation>falta la entrada %1</translation>
    </message>
    <message>
        <source>it does not follow the entry before it</source>
        <translation>no sigue a la entrada anterior</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>su contenido se cambió después de escribirse</translation>
    </message>
    <message>
        <source>The history was tampered with at entry %1 (%2): %3.</source>
        <translation>El historial se ha manipulado en la entrada %1 (%2): %3.</translation>
    </message>
    <message>
        <source>The history was tampered with: it ends at entry %1, but the plan recorded %2 entries.</source>
        <translation>El historial se ha manipulado: termina en la entrada %1, pero el plan tiene registradas %2 entradas.</translation>
    </message>
    <message>
        <source>it could not be read (%1)</source>
        <translation>no se pudo leer el historial (%1)</translation>
    </message>
    <message>
        <source>it ends at entry %1, but the plan recorded %2 entries</source>
        <translation>el historial termina en la entrada %1, pero el plan tiene registradas %2 entradas</translation>
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
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Plan created</source>
        <translation>Plan creado</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nombre de la tienda</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Direcciones web</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Plan owner</source>
        <translation>Responsable del plan</translation>
    </message>
    <message>
        <source>“I am” on this computer</source>
        <translation>«Yo soy» en este ordenador</translation>
    </message>
    <message>
        <source>Team member %1 added</source>
        <translation>Se añadió a %1 al equipo</translation>
    </message>
    <message>
        <source>Team member %1 removed</source>
        <translation>Se quitó a %1 del equipo</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>date left</source>
        <translation>fecha de salida</translation>
    </message>
    <message>
        <source>Team member %1: %2</source>
        <translation>Miembro del equipo %1: %2</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>dejó el equipo el %1</translation>
    </message>
    <message>
        <source>The check fails at entry %1, written %2: %3.</source>
        <translation>La comprobación falla en la entrada %1, escrita el %2: %3.</translation>
    </message>
    <message>
        <source>The check fails at entry %1: %2.</source>
        <translation>La comprobación falla en la entrada %1: %2.</translation>
    </message>
    <message>
        <source>The check fails: %1.</source>
        <translation>La comprobación falla: %1.</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>System %1: %2</source>
        <translation>Sistema %1: %2</translation>
    </message>
    <message>
        <source>Account %1: reply to the confirmation letter</source>
        <translation>Cuenta %1: respuesta a la carta de confirmación</translation>
    </message>
    <message>
        <source>Account %1: leaver&apos;s checklist</source>
        <translation>Cuenta %1: lista de tareas de la persona que se ha ido</translation>
    </message>
    <message>
        <source>Account %1: %2</source>
        <translation>Cuenta %1: %2</translation>
    </message>
    <message>
        <source>Confirmation letter removed</source>
        <translation>Carta de confirmación quitada</translation>
    </message>
    <message>
        <source>Confirmation letter written</source>
        <translation>Carta de confirmación escrita</translation>
    </message>
    <message>
        <source>Access of team member %1: %2</source>
        <translation>Accesos del miembro del equipo %1: %2</translation>
    </message>
    <message>
        <source>Access review recorded</source>
        <translation>Revisión de accesos registrada</translation>
    </message>
    <message>
        <source>From %1: %2 new, %3 changed, %4 removed</source>
        <translation>De %1: %2 nuevas, %3 cambiadas, %4 eliminadas</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nuevas: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Cambiadas: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Eliminadas: %1</translation>
    </message>
    <message>
        <source>Setting: months before answers are asked again</source>
        <translation>Configuración: meses antes de volver a pedir las respuestas</translation>
    </message>
    <message>
        <source>Setting: hours a backup may be old</source>
        <translation>Configuración: horas de antigüedad máxima de una copia de seguridad</translation>
    </message>
    <message>
        <source>Setting: days between checks of the recovery items</source>
        <translation>Configuración: días entre comprobaciones de los elementos de recuperación</translation>
    </message>
    <message>
        <source>DDoS readiness</source>
        <translation>Preparación ante DDoS</translation>
    </message>
    <message>
        <source>Contingency binder</source>
        <translation>Carpeta de contingencia</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Encryption checked: %1</source>
        <translation>Cifrado comprobado: %1</translation>
    </message>
    <message>
        <source>Setting: %1</source>
        <translation>Configuración: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>Sin calificación</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Calificación %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Accounts imported into %1</source>
        <translation>Cuentas importadas en %1</translation>
    </message>
    <message>
        <source>System added: %1</source>
        <translation>Sistema añadido: %1</translation>
    </message>
    <message>
        <source>System removed: %1</source>
        <translation>Sistema quitado: %1</translation>
    </message>
    <message>
        <source>columns of its account list</source>
        <translation>columnas de su lista de cuentas</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>proveedor</translation>
    </message>
    <message>
        <source>keeps a log of who did what</source>
        <translation>guarda un registro de quién hizo qué</translation>
    </message>
    <message>
        <source>days the log is kept</source>
        <translation>días que se conserva el registro</translation>
    </message>
    <message>
        <source>log last looked at</source>
        <translation>última revisión del registro</translation>
    </message>
    <message>
        <source>second sign-in step required</source>
        <translation>inicio de sesión en dos pasos obligatorio</translation>
    </message>
    <message>
        <source>shortest password allowed</source>
        <translation>contraseña más corta permitida</translation>
    </message>
    <message>
        <source>days before a password must change</source>
        <translation>días antes de que haya que cambiar la contraseña</translation>
    </message>
    <message>
        <source>wrong passwords before it locks</source>
        <translation>contraseñas incorrectas antes del bloqueo</translation>
    </message>
    <message>
        <source>built-in admin account</source>
        <translation>cuenta de administrador integrada</translation>
    </message>
    <message>
        <source>Account added by hand: %1</source>
        <translation>Cuenta añadida a mano: %1</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nombre completo</translation>
    </message>
    <message>
        <source>whose it is</source>
        <translation>de quién es</translation>
    </message>
    <message>
        <source>role as the system names it</source>
        <translation>rol según lo llama el sistema</translation>
    </message>
    <message>
        <source>data it reaches</source>
        <translation>datos a los que tiene acceso</translation>
    </message>
    <message>
        <source>second sign-in step</source>
        <translation>segundo paso para iniciar sesión</translation>
    </message>
    <message>
        <source>last sign-in</source>
        <translation>último inicio de sesión</translation>
    </message>
    <message>
        <source>last password change</source>
        <translation>último cambio de contraseña</translation>
    </message>
    <message>
        <source>created on</source>
        <translation>fecha de creación</translation>
    </message>
    <message>
        <source>shared by several people</source>
        <translation>compartida por varias personas</translation>
    </message>
    <message>
        <source>used by a program</source>
        <translation>usada por un programa</translation>
    </message>
    <message>
        <source>data their work needs</source>
        <translation>datos que necesita para su trabajo</translation>
    </message>
    <message>
        <source>project ended on</source>
        <translation>fecha de fin del proyecto</translation>
    </message>
    <message>
        <source>Setting: limits of the account rules</source>
        <translation>Configuración: límites de las reglas de cuentas</translation>
    </message>
    <message>
        <source>Accounts removed with it: %1</source>
        <translation>Cuentas eliminadas con él: %1</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Columnas: %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Days the built-in admin may have signed in</source>
        <translation>Días en los que el administrador integrado puede haber iniciado sesión</translation>
    </message>
    <message>
        <source>Fewest days a log must be kept</source>
        <translation>Mínimo de días que se debe conservar un registro</translation>
    </message>
    <message>
        <source>Days before a log must be looked at</source>
        <translation>Días antes de que haya que revisar un registro</translation>
    </message>
    <message>
        <source>Shortest password</source>
        <translation>Contraseña más corta</translation>
    </message>
    <message>
        <source>Shortest password with a second sign-in step</source>
        <translation>Contraseña más corta con segundo paso para iniciar sesión</translation>
    </message>
    <message>
        <source>Days before a password must change</source>
        <translation>Días antes de que haya que cambiar una contraseña</translation>
    </message>
    <message>
        <source>Days before a password must change without a second step</source>
        <translation>Días antes de que haya que cambiar una contraseña sin segundo paso</translation>
    </message>
    <message>
        <source>Days without sign-in before an account counts as unused</source>
        <translation>Días sin iniciar sesión para que una cuenta se considere sin uso</translation>
    </message>
    <message>
        <source>Most admins on one system</source>
        <translation>Máximo de administradores en un sistema</translation>
    </message>
    <message>
        <source>Days between access reviews</source>
        <translation>Días entre revisiones de accesos</translation>
    </message>
    <message>
        <source>Days to answer a confirmation letter</source>
        <translation>Días para responder a una carta de confirmación</translation>
    </message>
    <message>
        <source>Recovery item added: %1</source>
        <translation>Elemento de recuperación añadido: %1</translation>
    </message>
    <message>
        <source>Recovery item removed: %1</source>
        <translation>Elemento de recuperación quitado: %1</translation>
    </message>
    <message>
        <source>Recovery item checked: %1</source>
        <translation>Elemento de recuperación comprobado: %1</translation>
    </message>
    <message>
        <source>Recovery item confirmed by hand: %1</source>
        <translation>Elemento de recuperación confirmado a mano: %1</translation>
    </message>
    <message>
        <source>Recovery item %1: secret replaced in the keychain</source>
        <translation>Elemento de recuperación %1: secreto sustituido en el llavero</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>team member who holds it</source>
        <translation>miembro del equipo que lo custodia</translation>
    </message>
    <message>
        <source>provider who holds it</source>
        <translation>proveedor que lo custodia</translation>
    </message>
    <message>
        <source>where it is</source>
        <translation>dónde está</translation>
    </message>
    <message>
        <source>how to get at it</source>
        <translation>cómo acceder a él</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>secret in the keychain</source>
        <translation>secreto en el llavero</translation>
    </message>
    <message>
        <source>Recovery item %1: %2</source>
        <translation>Elemento de recuperación %1: %2</translation>
    </message>
    <message>
        <source>Kept in the keychain</source>
        <translation>En el llavero</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Sustituido</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>custodiado por %1</translation>
    </message>
    <message>
        <source>secret kept in the keychain</source>
        <translation>secreto guardado en el llavero</translation>
    </message>
    <message>
        <source>DDoS plan: CDN</source>
        <translation>Plan DDoS: CDN</translation>
    </message>
    <message>
        <source>DDoS plan: notes on the CDN</source>
        <translation>Plan DDoS: notas sobre la CDN</translation>
    </message>
    <message>
        <source>DDoS plan: last drill</source>
        <translation>Plan DDoS: último simulacro</translation>
    </message>
    <message>
        <source>DDoS plan: notes on the drill</source>
        <translation>Plan DDoS: notas sobre el simulacro</translation>
    </message>
    <message>
        <source>Call tree: order of the calls</source>
        <translation>Cadena de llamadas: orden de las llamadas</translation>
    </message>
    <message>
        <source>DDoS plan: order of the steps</source>
        <translation>Plan DDoS: orden de los pasos</translation>
    </message>
    <message>
        <source>DDoS plan: %1</source>
        <translation>Plan DDoS: %1</translation>
    </message>
    <message>
        <source>Call tree: call added</source>
        <translation>Cadena de llamadas: llamada añadida</translation>
    </message>
    <message>
        <source>Call tree: call removed</source>
        <translation>Cadena de llamadas: llamada quitada</translation>
    </message>
    <message>
        <source>Call tree: call changed</source>
        <translation>Cadena de llamadas: llamada cambiada</translation>
    </message>
    <message>
        <source>DDoS plan: step added: %1</source>
        <translation>Plan DDoS: paso añadido: %1</translation>
    </message>
    <message>
        <source>DDoS plan: step removed: %1</source>
        <translation>Plan DDoS: paso quitado: %1</translation>
    </message>
    <message>
        <source>DDoS plan: step changed: %1</source>
        <translation>Plan DDoS: paso cambiado: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>not prepared</source>
        <translation>no preparado</translation>
    </message>
    <message>
        <source>prepared on %1</source>
        <translation>preparado el %1</translation>
    </message>
    <message>
        <source>prepared</source>
        <translation>preparado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Finding accepted as a risk: %1</source>
        <translation>Hallazgo aceptado como riesgo: %1</translation>
    </message>
    <message>
        <source>Accepted risk renewed: %1</source>
        <translation>Aceptación del riesgo renovada: %1</translation>
    </message>
    <message>
        <source>Accepted risk withdrawn: %1</source>
        <translation>Aceptación del riesgo retirada: %1</translation>
    </message>
    <message>
        <source>Accepted risk %1: %2</source>
        <translation>Riesgo aceptado %1: %2</translation>
    </message>
    <message>
        <source>accepted on %1</source>
        <translation>aceptado el %1</translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>hasta que se retire</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>Provider added: %1</source>
        <translation>Proveedor añadido: %1</translation>
    </message>
    <message>
        <source>Provider removed: %1</source>
        <translation>Proveedor quitado: %1</translation>
    </message>
    <message>
        <source>what they do</source>
        <translation>qué hace</translation>
    </message>
    <message>
        <source>what they run for the shop</source>
        <translation>qué gestiona para la tienda</translation>
    </message>
    <message>
        <source>contract start</source>
        <translation>inicio del contrato</translation>
    </message>
    <message>
        <source>contract end</source>
        <translation>fin del contrato</translation>
    </message>
    <message>
        <source>support phone</source>
        <translation>teléfono de soporte</translation>
    </message>
    <message>
        <source>support email</source>
        <translation>correo electrónico de soporte</translation>
    </message>
    <message>
        <source>customer portal</source>
        <translation>portal de clientes</translation>
    </message>
    <message>
        <source>support hours</source>
        <translation>horario de soporte</translation>
    </message>
    <message>
        <source>support day and night</source>
        <translation>soporte las 24 horas</translation>
    </message>
    <message>
        <source>the shop&apos;s customer number</source>
        <translation>número de cliente de la tienda</translation>
    </message>
    <message>
        <source>whom to call when support does not help</source>
        <translation>a quién llamar si el soporte no ayuda</translation>
    </message>
    <message>
        <source>certifications</source>
        <translation>certificaciones</translation>
    </message>
    <message>
        <source>portal password</source>
        <translation>contraseña del portal</translation>
    </message>
    <message>
        <source>portal user name</source>
        <translation>nombre de usuario del portal</translation>
    </message>
    <message>
        <source>Provider %1: %2</source>
        <translation>Proveedor %1: %2</translation>
    </message>
    <message>
        <source>Answer to %1</source>
        <translation>Respuesta a %1</translation>
    </message>
    <message>
        <source>Answer removed: %1</source>
        <translation>Respuesta quitada: %1</translation>
    </message>
    <message>
        <source>Answer to %1: who gave it</source>
        <translation>Respuesta a %1: quién la dio</translation>
    </message>
    <message>
        <source>Answer to %1: date given</source>
        <translation>Respuesta a %1: fecha de la respuesta</translation>
    </message>
    <message>
        <source>Answer to %1: version of the question</source>
        <translation>Respuesta a %1: versión de la pregunta</translation>
    </message>
    <message>
        <source>Answer to %1: notes</source>
        <translation>Respuesta a %1: notas</translation>
    </message>
    <message>
        <source>Answer to %1: %2</source>
        <translation>Respuesta a %1: %2</translation>
    </message>
    <message>
        <source>Evidence file added to the answer to %1</source>
        <translation>Archivo de prueba añadido a la respuesta a %1</translation>
    </message>
    <message>
        <source>Evidence file removed</source>
        <translation>Archivo de prueba quitado</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, hasta el %2</translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>The newest backup, %1, is less than an hour old (made %2).</source>
        <translation>La copia de seguridad más reciente, %1, tiene menos de una hora (se hizo el %2).</translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, is %n hour(s) old (made %2).</source>
        <translation>
            <numerusform>La copia de seguridad más reciente, %1, tiene %n hora (se hizo el %2).</numerusform>
            <numerusform>La copia de seguridad más reciente, %1, tiene %n horas (se hizo el %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An older backup to go back to is there: %1, %n day(s) old (made %2).</source>
        <translation>
            <numerusform>Hay una copia de seguridad más antigua a la que volver: %1, de hace %n día (se hizo el %2).</numerusform>
            <numerusform>Hay una copia de seguridad más antigua a la que volver: %1, de hace %n días (se hizo el %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There is only one backup, so there is no older one to go back to. Keep at least one backup that is %n day(s) old or older.</source>
        <translation>
            <numerusform>Solo hay una copia de seguridad, así que no hay ninguna más antigua a la que volver. Conserva al menos una copia de seguridad que tenga %n día o más.</numerusform>
            <numerusform>Solo hay una copia de seguridad, así que no hay ninguna más antigua a la que volver. Conserva al menos una copia de seguridad que tenga %n días o más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No backup is at least %n day(s) old, so there is no older one to go back to if the damage was done a while ago. The oldest, %1, was made %2.</source>
        <translation>
            <numerusform>Ninguna copia de seguridad tiene al menos %n día, así que no hay ninguna más antigua a la que volver si el daño se hizo hace tiempo. La más antigua, %1, se hizo el %2.</numerusform>
            <numerusform>Ninguna copia de seguridad tiene al menos %n días, así que no hay ninguna más antigua a la que volver si el daño se hizo hace tiempo. La más antigua, %1, se hizo el %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest backup, the folder %1, is empty.</source>
        <translation>La copia de seguridad más reciente, la carpeta %1, está vacía.</translation>
    </message>
    <message>
        <source>The newest backup, %1, is empty (0 bytes).</source>
        <translation>La copia de seguridad más reciente, %1, está vacía (0 bytes).</translation>
    </message>
    <message>
        <source>The newest backup, %1, is %2.</source>
        <translation>La copia de seguridad más reciente, %1, ocupa %2.</translation>
    </message>
    <message>
        <source>The newest backup, %1, is %2: less than half the one before it (%3, %4). Check that nothing was left out of it.</source>
        <translation>La copia de seguridad más reciente, %1, ocupa %2: menos de la mitad que la anterior (%3, %4). Comprueba que no le falte nada.</translation>
    </message>
    <message>
        <source>The newest backup, %1, is %2 (the one before it, %3, is %4).</source>
        <translation>La copia de seguridad más reciente, %1, ocupa %2 (la anterior, %3, ocupa %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the newest backup, the folder %1, cannot be read.</source>
        <translation>
            <numerusform>No se puede leer %n archivo de la copia de seguridad más reciente, la carpeta %1.</numerusform>
            <numerusform>No se pueden leer %n archivos de la copia de seguridad más reciente, la carpeta %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup is the folder %1; all %n file(s) in it can be read.</source>
        <translation>
            <numerusform>La copia de seguridad más reciente es la carpeta %1; se puede leer todo su contenido: %n archivo.</numerusform>
            <numerusform>La copia de seguridad más reciente es la carpeta %1; se puede leer todo su contenido: %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest backup, %1, cannot be read.</source>
        <translation>No se puede leer la copia de seguridad más reciente, %1.</translation>
    </message>
    <message>
        <source>The newest backup, %1, can be read. It is not an archive Storefort can open, so what is inside was not checked.</source>
        <translation>La copia de seguridad más reciente, %1, se puede leer. No es un archivo comprimido que Storefort sepa abrir, así que no se ha comprobado su contenido.</translation>
    </message>
    <message>
        <source>The newest backup, %1, opens: it unpacks to the end without errors.</source>
        <translation>La copia de seguridad más reciente, %1, se abre: se descomprime hasta el final sin errores.</translation>
    </message>
    <message>
        <source>The newest backup, %1, is very large: its first %2 were read, and they unpack without errors.</source>
        <translation>La copia de seguridad más reciente, %1, es muy grande: se han leído sus primeros %2, y se descomprimen sin errores.</translation>
    </message>
    <message>
        <source>The newest backup, %1, is damaged: it ends before its packed contents do. It was probably cut short while it was made or copied.</source>
        <translation>La copia de seguridad más reciente, %1, está dañada: termina antes que su contenido comprimido. Probablemente se cortó mientras se hacía o se copiaba.</translation>
    </message>
    <message>
        <source>The newest backup, %1, is damaged: part of it cannot be unpacked.</source>
        <translation>La copia de seguridad más reciente, %1, está dañada: una parte no se puede descomprimir.</translation>
    </message>
    <message>
        <source>The newest backup, %1, is not the kind of file its name says: it is not packed (compressed) as its name claims.</source>
        <translation>La copia de seguridad más reciente, %1, no es el tipo de archivo que indica su nombre: no está comprimida como dice su nombre.</translation>
    </message>
    <message>
        <source>The newest backup, %1, opens, but there are no files in it.</source>
        <translation>La copia de seguridad más reciente, %1, se abre, pero no contiene ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, opens: all %n file(s) in it can be read.</source>
        <translation>
            <numerusform>La copia de seguridad más reciente, %1, se abre y se puede leer todo su contenido: %n archivo.</numerusform>
            <numerusform>La copia de seguridad más reciente, %1, se abre y se puede leer todo su contenido: %n archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, is very large: its first %2 were read, and the %n file(s) in that part are whole.</source>
        <translation>
            <numerusform>La copia de seguridad más reciente, %1, es muy grande: se han leído sus primeros %2, y esa parte contiene %n archivo completo.</numerusform>
            <numerusform>La copia de seguridad más reciente, %1, es muy grande: se han leído sus primeros %2, y esa parte contiene %n archivos, todos completos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, is damaged: it ends before its last file (read %n file(s)). It was probably cut short while it was made or copied.</source>
        <translation>
            <numerusform>La copia de seguridad más reciente, %1, está dañada: termina antes de su último archivo (se leyó %n archivo). Probablemente se cortó mientras se hacía o se copiaba.</numerusform>
            <numerusform>La copia de seguridad más reciente, %1, está dañada: termina antes de su último archivo (se leyeron %n archivos). Probablemente se cortó mientras se hacía o se copiaba.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, is damaged: part of it cannot be read (read %n file(s) before the damage).</source>
        <translation>
            <numerusform>La copia de seguridad más reciente, %1, está dañada: una parte no se puede leer (se leyó %n archivo antes del daño).</numerusform>
            <numerusform>La copia de seguridad más reciente, %1, está dañada: una parte no se puede leer (se leyeron %n archivos antes del daño).</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest backup, %1, is not the kind of file its name says: Storefort cannot open it as an archive.</source>
        <translation>La copia de seguridad más reciente, %1, no es el tipo de archivo que indica su nombre: Storefort no puede abrirla como archivo comprimido.</translation>
    </message>
    <message>
        <source>No folder or file of backups is given.</source>
        <translation>No se ha indicado ninguna carpeta ni ningún archivo de copias de seguridad.</translation>
    </message>
    <message>
        <source>The backups&apos; place, %1, does not exist on this computer (or the drive or share it is on is not connected).</source>
        <translation>El lugar de las copias de seguridad, %1, no existe en este ordenador (o no está conectada la unidad o la carpeta compartida en la que se encuentra).</translation>
    </message>
    <message>
        <source>Storefort is not allowed to read the backups&apos; place, %1.</source>
        <translation>Storefort no tiene permiso para leer el lugar de las copias de seguridad, %1.</translation>
    </message>
    <message>
        <source>The folder %1 holds no backups: it is empty.</source>
        <translation>La carpeta %1 no contiene copias de seguridad: está vacía.</translation>
    </message>
    <message numerus="yes">
        <source>The folder %1 holds %n backup(s).</source>
        <translation>
            <numerusform>La carpeta %1 contiene %n copia de seguridad.</numerusform>
            <numerusform>La carpeta %1 contiene %n copias de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup file %1 is there.</source>
        <translation>El archivo de copia de seguridad %1 está ahí.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, is %n hour(s) old (made %2). It should be at most %3 old: check that the backups still run.</source>
        <translation>
            <numerusform>La copia de seguridad más reciente, %1, tiene %n hora (se hizo el %2). No debería tener más de %3: comprueba que las copias de seguridad se siguen haciendo.</numerusform>
            <numerusform>La copia de seguridad más reciente, %1, tiene %n horas (se hizo el %2). No debería tener más de %3: comprueba que las copias de seguridad se siguen haciendo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The newest backup, %1, is %n day(s) old (made %2). It should be at most %3 old: check that the backups still run.</source>
        <translation>
            <numerusform>La copia de seguridad más reciente, %1, tiene %n día (se hizo el %2). No debería tener más de %3: comprueba que las copias de seguridad se siguen haciendo.</numerusform>
            <numerusform>La copia de seguridad más reciente, %1, tiene %n días (se hizo el %2). No debería tener más de %3: comprueba que las copias de seguridad se siguen haciendo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BinderSections</name>
    <message>
        <source>The site&apos;s encryption has not been probed yet. Probe it in the Encryption step and print the binder again.</source>
        <translation>Todavía no se ha probado el cifrado del sitio. Pruébalo en el paso Cifrado y vuelve a imprimir la carpeta.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Protocols accepted</source>
        <translation>Protocolos aceptados</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Probed</source>
        <translation>Probado</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Caducó el %1</translation>
    </message>
    <message numerus="yes">
        <source>Valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>Válido hasta el %1 (queda %n día)</numerusform>
            <numerusform>Válido hasta el %1 (quedan %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>None seen</source>
        <translation>No se ha visto ninguno</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) in the plan</source>
        <translation>
            <numerusform>%n sistema en el plan</numerusform>
            <numerusform>%n sistemas en el plan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active account(s).</source>
        <translation>
            <numerusform>%n cuenta activa.</numerusform>
            <numerusform>%n cuentas activas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who holds admin rights</source>
        <translation>Quién tiene derechos de administrador</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Pertenece a</translation>
    </message>
    <message>
        <source>Two-step login</source>
        <translation>Inicio de sesión en dos pasos</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>nadie asignado</translation>
    </message>
    <message>
        <source>No admin accounts are on file.</source>
        <translation>No hay cuentas de administrador registradas.</translation>
    </message>
    <message numerus="yes">
        <source>%n open finding(s) about accounts; see the findings section.</source>
        <translation>
            <numerusform>%n hallazgo abierto sobre las cuentas; consulta la sección de hallazgos.</numerusform>
            <numerusform>%n hallazgos abiertos sobre las cuentas; consulta la sección de hallazgos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers on file.</source>
        <translation>No hay respuestas registradas.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Respondida por</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) — ask again</source>
        <translation>
            <numerusform>%n día — vuelve a preguntar</numerusform>
            <numerusform>%n días — vuelve a preguntar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>No providers are in the plan yet.</source>
        <translation>Todavía no hay proveedores en el plan.</translation>
    </message>
    <message>
        <source>No open findings on the day this was printed.</source>
        <translation>No había hallazgos abiertos el día en que se imprimió.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Risks accepted</source>
        <translation>Riesgos aceptados</translation>
    </message>
    <message>
        <source>No risks have been accepted.</source>
        <translation>No se ha aceptado ningún riesgo.</translation>
    </message>
    <message>
        <source>Why it is accepted</source>
        <translation>Por qué se acepta</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>The last changes to the site&apos;s code, newest first, as read from %1 on %2.</source>
        <translation>Los últimos cambios en el código del sitio, del más reciente al más antiguo, según se leyeron en %1 el %2.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>No change log yet: record where the site&apos;s code is kept (a git repository) under “Recovery items” and verify it.</source>
        <translation>Todavía no hay registro de cambios: anota dónde se guarda el código del sitio (un repositorio git) en «Elementos de recuperación» y compruébalo.</translation>
    </message>
    <message>
        <source>We have read this binder, checked that the people and numbers in it are right, and know where it is kept.</source>
        <translation>Hemos leído esta carpeta, hemos comprobado que las personas y los números que contiene son correctos y sabemos dónde se guarda.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation>Próxima revisión: %1</translation>
    </message>
    <message>
        <source>At the review, open the plan in Storefort, verify the recovery items, go through the open findings, and print a new binder.</source>
        <translation>En la revisión, abre el plan en Storefort, comprueba los elementos de recuperación, repasa los hallazgos abiertos e imprime una carpeta nueva.</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>your account: %1</source>
        <translation>tu cuenta: %1</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Tu cuenta</translation>
    </message>
    <message>
        <source>When support does not help</source>
        <translation>Si el soporte no ayuda</translation>
    </message>
    <message>
        <source>Around the clock</source>
        <translation>Las 24 horas</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no anotado</translation>
    </message>
    <message>
        <source>No providers are in the plan yet. Write your host&apos;s support number here by hand: ______________________</source>
        <translation>Todavía no hay proveedores en el plan. Escribe aquí a mano el número de soporte de tu proveedor de alojamiento: ______________________</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>El equipo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>No team members are in the plan yet.</source>
        <translation>Todavía no hay miembros del equipo en el plan.</translation>
    </message>
    <message>
        <source>Others to know</source>
        <translation>Otros contactos</translation>
    </message>
    <message>
        <source>Police (for a report after a crime) and, for personal data, your data protection authority. Write their numbers here:</source>
        <translation>La policía (para denunciar un delito) y, si hay datos personales de por medio, tu autoridad de protección de datos. Escribe aquí sus números:</translation>
    </message>
    <message>
        <source>Call the host: %1.</source>
        <translation>Llama al proveedor de alojamiento: %1.</translation>
    </message>
    <message>
        <source>Call your host&apos;s support.</source>
        <translation>Llama al soporte de tu proveedor de alojamiento.</translation>
    </message>
    <message>
        <source>Find your situation and work down its list. Write the time beside each box you tick; it helps the people you call, and the review afterwards.</source>
        <translation>Busca tu situación y sigue su lista de arriba abajo. Escribe la hora junto a cada casilla que marques; ayuda a las personas a las que llames y a la revisión posterior.</translation>
    </message>
    <message>
        <source>The shop is down or under attack (DDoS)</source>
        <translation>La tienda está caída o sufre un ataque (DDoS)</translation>
    </message>
    <message>
        <source>The site does not load, or is very slow, for everyone.</source>
        <translation>El sitio no carga, o va muy lento, para todo el mundo.</translation>
    </message>
    <message>
        <source>Check from a phone on mobile data, not the office network: is it down for everyone?</source>
        <translation>Compruébalo desde un teléfono con datos móviles, no desde la red de la oficina: ¿está caído para todo el mundo?</translation>
    </message>
    <message>
        <source>Switch on the CDN&apos;s attack mode, or ask %1 to.</source>
        <translation>Activa el modo de ataque de la CDN, o pide a %1 que lo active.</translation>
    </message>
    <message>
        <source>Ask the host whether it can filter the attack or put a CDN in front of the shop.</source>
        <translation>Pregunta al proveedor de alojamiento si puede filtrar el ataque o poner una CDN delante de la tienda.</translation>
    </message>
    <message>
        <source>Work through the call tree in “DDoS plan and call tree”.</source>
        <translation>Sigue la cadena de llamadas de «Plan DDoS y cadena de llamadas».</translation>
    </message>
    <message>
        <source>Tell customers the shop is having trouble and when you expect it back.</source>
        <translation>Avisa a los clientes de que la tienda tiene problemas y de cuándo esperas que vuelva a funcionar.</translation>
    </message>
    <message>
        <source>Keep notes: when it started, what you saw, whom you called, what they said.</source>
        <translation>Toma notas: cuándo empezó, qué viste, a quién llamaste y qué te dijeron.</translation>
    </message>
    <message>
        <source>Suspected break-in or data leak</source>
        <translation>Sospecha de intrusión o de fuga de datos</translation>
    </message>
    <message>
        <source>Unknown admin accounts, strange orders or changes, a warning from a provider, or customer data seen where it should not be.</source>
        <translation>Cuentas de administrador desconocidas, pedidos o cambios extraños, un aviso de un proveedor, o datos de clientes que aparecen donde no deberían.</translation>
    </message>
    <message>
        <source>Do not delete or tidy anything yet: it is the evidence. Write down what you saw and when.</source>
        <translation>No borres ni ordenes nada todavía: son las pruebas. Anota qué viste y cuándo.</translation>
    </message>
    <message>
        <source>Call the developers: %1.</source>
        <translation>Llama a los desarrolladores: %1.</translation>
    </message>
    <message>
        <source>Call whoever looks after the shop&apos;s code.</source>
        <translation>Llama a quien se ocupe del código de la tienda.</translation>
    </message>
    <message>
        <source>From a computer you trust, change the admin passwords and sign every session out. Check the admin accounts for ones you do not know.</source>
        <translation>Desde un ordenador de confianza, cambia las contraseñas de administrador y cierra todas las sesiones. Revisa si hay cuentas de administrador que no conozcas.</translation>
    </message>
    <message>
        <source>If card or payment data may be involved, call the payment provider: %1.</source>
        <translation>Si pueden estar afectados datos de tarjetas o de pagos, llama al proveedor de pagos: %1.</translation>
    </message>
    <message>
        <source>If card or payment data may be involved, call the payment provider.</source>
        <translation>Si pueden estar afectados datos de tarjetas o de pagos, llama al proveedor de pagos.</translation>
    </message>
    <message>
        <source>If personal data leaked, the data protection authority may have to be told quickly (in the EU within 72 hours). Note the time you found out.</source>
        <translation>Si se han filtrado datos personales, puede que haya que informar rápidamente a la autoridad de protección de datos (en la UE, en un plazo de 72 horas). Anota la hora en que te enteraste.</translation>
    </message>
    <message>
        <source>Tell the customers affected what happened and what they should do.</source>
        <translation>Cuenta a los clientes afectados qué ha pasado y qué deben hacer.</translation>
    </message>
    <message>
        <source>The site has been defaced</source>
        <translation>Han alterado el contenido del sitio</translation>
    </message>
    <message>
        <source>Pages show something you did not put there.</source>
        <translation>Las páginas muestran algo que tú no pusiste.</translation>
    </message>
    <message>
        <source>Take screenshots, with the date and the address visible.</source>
        <translation>Haz capturas de pantalla en las que se vean la fecha y la dirección.</translation>
    </message>
    <message>
        <source>Ask the host to put the shop into maintenance mode: %1.</source>
        <translation>Pide al proveedor de alojamiento que ponga la tienda en modo de mantenimiento: %1.</translation>
    </message>
    <message>
        <source>Ask the host to put the shop into maintenance mode.</source>
        <translation>Pide al proveedor de alojamiento que ponga la tienda en modo de mantenimiento.</translation>
    </message>
    <message>
        <source>Restore from a backup made before the change (see “Recovery items”; held by %1).</source>
        <translation>Restaura una copia de seguridad hecha antes del cambio (consulta «Elementos de recuperación»; custodio: %1).</translation>
    </message>
    <message>
        <source>Change the admin passwords, then find out how they got in (the change log and missing updates are the usual places).</source>
        <translation>Cambia las contraseñas de administrador y después averigua cómo entraron (lo habitual es mirar el registro de cambios y las actualizaciones pendientes).</translation>
    </message>
    <message>
        <source>Nobody can log in to the admin</source>
        <translation>Nadie puede entrar en la administración</translation>
    </message>
    <message>
        <source>Passwords are refused, or the admin e-mail was changed.</source>
        <translation>Las contraseñas se rechazan, o se ha cambiado el correo electrónico de administración.</translation>
    </message>
    <message>
        <source>Try the password reset once; do not guess repeatedly.</source>
        <translation>Prueba a restablecer la contraseña una vez; no intentes adivinarla una y otra vez.</translation>
    </message>
    <message>
        <source>Ask the holder of the root account: %1.</source>
        <translation>Pide ayuda al custodio de la cuenta root: %1.</translation>
    </message>
    <message>
        <source>Call the host or platform: %1.</source>
        <translation>Llama al proveedor de alojamiento o a la plataforma: %1.</translation>
    </message>
    <message>
        <source>Call the host or platform&apos;s support.</source>
        <translation>Llama al soporte del proveedor de alojamiento o de la plataforma.</translation>
    </message>
    <message>
        <source>If someone changed the password or e-mail, treat it as a break-in and follow that list too.</source>
        <translation>Si alguien ha cambiado la contraseña o el correo electrónico, trátalo como una intrusión y sigue también esa lista.</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>El certificado ha caducado</translation>
    </message>
    <message>
        <source>Browsers warn visitors that the connection is not private.</source>
        <translation>Los navegadores avisan a los visitantes de que la conexión no es privada.</translation>
    </message>
    <message>
        <source>Check the date in the browser&apos;s warning: expired, or another problem?</source>
        <translation>Mira la fecha en el aviso del navegador: ¿ha caducado o es otro problema?</translation>
    </message>
    <message>
        <source>Ask whoever manages the certificate to renew it: %1.</source>
        <translation>Pide a quien gestione el certificado que lo renueve: %1.</translation>
    </message>
    <message>
        <source>Ask whoever manages the certificate to renew it.</source>
        <translation>Pide a quien gestione el certificado que lo renueve.</translation>
    </message>
    <message>
        <source>If it is renewed from the key on hand, the key, its request and passphrase are under “Recovery items”.</source>
        <translation>Si se renueva con la clave que tienes a mano, la clave, su solicitud y su frase de contraseña están en «Elementos de recuperación».</translation>
    </message>
    <message>
        <source>Probe the site again in Storefort to see the new certificate served.</source>
        <translation>Vuelve a probar el sitio en Storefort para ver que sirve el certificado nuevo.</translation>
    </message>
    <message>
        <source>A provider has an outage</source>
        <translation>Un proveedor tiene una caída</translation>
    </message>
    <message>
        <source>The host, the platform, payments or e-mail stop working.</source>
        <translation>El alojamiento, la plataforma, los pagos o el correo electrónico dejan de funcionar.</translation>
    </message>
    <message>
        <source>Check the provider&apos;s status page and support (see “Emergency contacts”).</source>
        <translation>Consulta la página de estado y el soporte del proveedor (mira «Contactos de emergencia»).</translation>
    </message>
    <message>
        <source>Ask when they expect it fixed, and write down the answer and the time.</source>
        <translation>Pregunta cuándo esperan haberlo resuelto, y anota la respuesta y la hora.</translation>
    </message>
    <message>
        <source>Tell customers what does not work and for how long.</source>
        <translation>Cuenta a los clientes qué no funciona y durante cuánto tiempo.</translation>
    </message>
    <message>
        <source>If it will last days: the backup, exports, certificate and code under “Recovery items” are what a new provider needs.</source>
        <translation>Si va a durar días: la copia de seguridad, las exportaciones, el certificado y el código de «Elementos de recuperación» son lo que necesita un proveedor nuevo.</translation>
    </message>
    <message>
        <source>Ransomware, or the server is lost</source>
        <translation>Ransomware (secuestro de datos), o se ha perdido el servidor</translation>
    </message>
    <message>
        <source>Files are locked with a ransom note, or the server is gone or cannot be trusted.</source>
        <translation>Los archivos están bloqueados con una nota de rescate, o el servidor ha desaparecido o ya no es de fiar.</translation>
    </message>
    <message>
        <source>Disconnect the affected computers from the network. Do not pay, and do not delete anything.</source>
        <translation>Desconecta de la red los ordenadores afectados. No pagues y no borres nada.</translation>
    </message>
    <message>
        <source>Rebuild on a clean server from the older reference backup (made before the trouble), with the certificate, its key and the code.</source>
        <translation>Reconstruye en un servidor limpio a partir de la copia de seguridad de referencia más antigua (hecha antes del problema), con el certificado, su clave y el código.</translation>
    </message>
    <message>
        <source>Use the root account (held by %1) to take the server back.</source>
        <translation>Usa la cuenta root (su custodio es %1) para recuperar el control del servidor.</translation>
    </message>
    <message>
        <source>Change every password, and report the crime to the police.</source>
        <translation>Cambia todas las contraseñas y denuncia el delito a la policía.</translation>
    </message>
    <message>
        <source>What the shop has at hand to rebuild, who holds it, how to reach it, and what Storefort found when it was last checked.</source>
        <translation>Lo que la tienda tiene a mano para reconstruirse, quién es su custodio, cómo acceder a ello y qué encontró Storefort la última vez que lo comprobó.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Custodio</translation>
    </message>
    <message>
        <source>Where, and how to reach it</source>
        <translation>Dónde está y cómo acceder</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <source>%1: not stored in Storefort.</source>
        <translation>%1: no guardada en Storefort.</translation>
    </message>
    <message>
        <source>%1: in the keychain of the user “%2” on the computer “%3”; they can open it, and %4 holds it.</source>
        <translation>%1: en el llavero del usuario «%2» en el ordenador «%3»; ese usuario puede abrirlo, y el custodio es %4.</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Nombre de usuario: %1</translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation>Nunca comprobado</translation>
    </message>
    <message>
        <source>In front of the shop</source>
        <translation>Delante de la tienda</translation>
    </message>
    <message>
        <source>The latest probe saw %1 in front of the site.</source>
        <translation>La última prueba vio %1 delante del sitio.</translation>
    </message>
    <message>
        <source>CDN recorded: %1.</source>
        <translation>CDN registrada: %1.</translation>
    </message>
    <message>
        <source>No CDN is in front of the shop as far as the plan knows.</source>
        <translation>Por lo que sabe el plan, no hay ninguna CDN delante de la tienda.</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What the providers said they do</source>
        <translation>Lo que los proveedores dicen que hacen</translation>
    </message>
    <message>
        <source>No provider has answered the questions about attacks yet.</source>
        <translation>Todavía no hay ningún proveedor que haya respondido a las preguntas sobre ataques.</translation>
    </message>
    <message>
        <source>Call tree</source>
        <translation>Cadena de llamadas</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Who calls</source>
        <translation>Quién llama</translation>
    </message>
    <message>
        <source>Whom</source>
        <translation>A quién</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>No call tree yet. Decide who calls the host, the CDN, the developers and the payment provider, and who tells customers.</source>
        <translation>Todavía no hay cadena de llamadas. Decide quién llama al proveedor de alojamiento, a la CDN, a los desarrolladores y al proveedor de pagos, y quién avisa a los clientes.</translation>
    </message>
    <message>
        <source>Prepared in advance</source>
        <translation>Preparado de antemano</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Last drill: %1.</source>
        <translation>Último simulacro: %1.</translation>
    </message>
    <message>
        <source>The plan has never been drilled.</source>
        <translation>Nunca se ha hecho un simulacro del plan.</translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>hasta que se retire</translation>
    </message>
</context>
<context>
    <name>BinderView</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save &amp;Calendar…</source>
        <translation>Guardar &amp;calendario…</translation>
    </message>
    <message>
        <source>&amp;Whole Page</source>
        <translation>Página &amp;entera</translation>
    </message>
    <message>
        <source>Fi&amp;t Width</source>
        <translation>&amp;Ajustar al ancho</translation>
    </message>
    <message>
        <source>Preview of the contingency binder</source>
        <translation>Vista previa de la carpeta de contingencia</translation>
    </message>
    <message>
        <source>Show one whole page at a time</source>
        <translation>Mostrar una página entera cada vez</translation>
    </message>
    <message>
        <source>Show the pages as wide as the window, to read them</source>
        <translation>Mostrar las páginas tan anchas como la ventana, para leerlas</translation>
    </message>
    <message>
        <source>Print the binder and keep it in a drawer, away from the computer: on a bad day the computer may be the thing that is down. Print it again after changes, and look through it at least twice a year.</source>
        <translation>Imprime la carpeta y guárdala en un cajón, lejos del ordenador: en un mal día, lo que puede fallar es precisamente el ordenador. Vuelve a imprimirla después de los cambios y repásala al menos dos veces al año.</translation>
    </message>
    <message>
        <source>Print the binder</source>
        <translation>Imprimir la carpeta</translation>
    </message>
    <message>
        <source>Save the binder as a PDF file, to print elsewhere or keep on a USB stick</source>
        <translation>Guardar la carpeta como archivo PDF, para imprimirla en otro sitio o guardarla en una memoria USB</translation>
    </message>
    <message>
        <source>Save the dates to check and renew things as reminders for your calendar program (.ics)</source>
        <translation>Guardar las fechas para comprobar y renovar cosas como recordatorios para tu programa de calendario (.ics)</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contingency binder</source>
        <translation>Carpeta de contingencia de %1</translation>
    </message>
    <message>
        <source>Print the Contingency Binder</source>
        <translation>Imprimir la carpeta de contingencia</translation>
    </message>
    <message>
        <source>Printing the binder…</source>
        <translation>Imprimiendo la carpeta…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n página enviada a la impresora.</numerusform>
            <numerusform>%n páginas enviadas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Binder Not Printed</source>
        <translation>No se ha impreso la carpeta</translation>
    </message>
    <message>
        <source>Save the Binder as PDF</source>
        <translation>Guardar la carpeta como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the binder…</source>
        <translation>Escribiendo la carpeta…</translation>
    </message>
    <message numerus="yes">
        <source>The binder (%n page(s)) is saved as %1.</source>
        <translation>
            <numerusform>La carpeta (%n página) se ha guardado como %1.</numerusform>
            <numerusform>La carpeta (%n páginas) se ha guardado como %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Binder Not Saved</source>
        <translation>No se ha guardado la carpeta</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) saved as %1. Open the file with your calendar program to add them.</source>
        <translation>
            <numerusform>%n recordatorio guardado como %1. Abre el archivo con tu programa de calendario para añadirlo.</numerusform>
            <numerusform>%n recordatorios guardados como %1. Abre el archivo con tu programa de calendario para añadirlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Binder preview</source>
        <translation>Vista previa de la carpeta</translation>
    </message>
</context>
<context>
    <name>CertificateInspector</name>
    <message>
        <source>A certificate of the chain has expired.</source>
        <translation>Un certificado de la cadena ha caducado.</translation>
    </message>
    <message>
        <source>A certificate of the chain is not valid yet.</source>
        <translation>Un certificado de la cadena todavía no es válido.</translation>
    </message>
    <message>
        <source>The certificate is self-signed: browsers do not trust it.</source>
        <translation>El certificado está autofirmado: los navegadores no confían en él.</translation>
    </message>
    <message>
        <source>The chain ends at a root certificate that browsers do not trust.</source>
        <translation>La cadena termina en un certificado raíz en el que los navegadores no confían.</translation>
    </message>
    <message>
        <source>The chain does not lead to a trusted root: an intermediate certificate is missing or the issuer is not trusted.</source>
        <translation>La cadena no llega a una raíz de confianza: falta un certificado intermedio o el emisor no es de confianza.</translation>
    </message>
    <message>
        <source>A key of the chain is too small for browsers to trust it.</source>
        <translation>Una clave de la cadena es demasiado pequeña para que los navegadores confíen en ella.</translation>
    </message>
    <message>
        <source>A certificate of the chain is signed with an algorithm too weak for browsers (such as SHA-1).</source>
        <translation>Un certificado de la cadena está firmado con un algoritmo demasiado débil para los navegadores (como SHA-1).</translation>
    </message>
    <message>
        <source>The certificate is not meant for web servers.</source>
        <translation>El certificado no está pensado para servidores web.</translation>
    </message>
    <message>
        <source>The certificate chain could not be verified: %1</source>
        <translation>No se pudo verificar la cadena de certificados: %1</translation>
    </message>
    <message>
        <source>The extra CA file %1 could not be read.</source>
        <translation>No se pudo leer el archivo de CA adicional %1.</translation>
    </message>
</context>
<context>
    <name>CertificateVerifier</name>
    <message>
        <source>No private key (.key file) was found in %1. Without it, the certificate cannot be put on a new server.</source>
        <translation>No se ha encontrado ninguna clave privada (archivo .key) en %1. Sin ella, el certificado no se puede instalar en un servidor nuevo.</translation>
    </message>
    <message>
        <source>The private key %1 opens: it is locked with a passphrase, and the passphrase on file opens it.</source>
        <translation>La clave privada %1 se abre: está protegida con una frase de contraseña, y la frase de contraseña registrada la abre.</translation>
    </message>
    <message>
        <source>The private key %1 opens (it is not locked with a passphrase).</source>
        <translation>La clave privada %1 se abre (no está protegida con una frase de contraseña).</translation>
    </message>
    <message>
        <source>The private key %1 is locked with a passphrase, and no passphrase is on file for it. Keep the passphrase in Storefort, or the key cannot be used on a bad day.</source>
        <translation>La clave privada %1 está protegida con una frase de contraseña, y no hay ninguna frase de contraseña registrada para ella. Guarda la frase de contraseña en Storefort; si no, en un mal día no se podrá usar la clave.</translation>
    </message>
    <message>
        <source>The private key %1 is locked with a passphrase, and the passphrase on file does not open it.</source>
        <translation>La clave privada %1 está protegida con una frase de contraseña, y la frase de contraseña registrada no la abre.</translation>
    </message>
    <message>
        <source>The private key %1 cannot be read: it is damaged, or not a key.</source>
        <translation>No se puede leer la clave privada %1: está dañada o no es una clave.</translation>
    </message>
    <message>
        <source>No signing request (.csr file) was found. Keep it with the key: it is what the certificate authority needs to issue the certificate again.</source>
        <translation>No se ha encontrado ninguna solicitud de firma (archivo .csr). Guárdala con la clave: es lo que necesita la autoridad de certificación para volver a emitir el certificado.</translation>
    </message>
    <message>
        <source>The signing request %1 cannot be read: it is damaged.</source>
        <translation>No se puede leer la solicitud de firma %1: está dañada.</translation>
    </message>
    <message>
        <source>The signing request %1 reads correctly.</source>
        <translation>La solicitud de firma %1 se lee correctamente.</translation>
    </message>
    <message>
        <source>The private key %1 belongs to the signing request %2.</source>
        <translation>La clave privada %1 corresponde a la solicitud de firma %2.</translation>
    </message>
    <message>
        <source>The private key %1 does not belong to the signing request %2: the request was made with another key.</source>
        <translation>La clave privada %1 no corresponde a la solicitud de firma %2: la solicitud se hizo con otra clave.</translation>
    </message>
    <message>
        <source>No certificate (.crt file) was found. Keep it with the key, so that the site can be set up again without asking for it.</source>
        <translation>No se ha encontrado ningún certificado (archivo .crt). Guárdalo con la clave, para poder volver a configurar el sitio sin tener que pedirlo.</translation>
    </message>
    <message>
        <source>The certificate %1 cannot be read: it is damaged.</source>
        <translation>No se puede leer el certificado %1: está dañado.</translation>
    </message>
    <message>
        <source>The certificate %1 reads correctly: it is for %2.</source>
        <translation>El certificado %1 se lee correctamente: es para %2.</translation>
    </message>
    <message>
        <source>The private key %1 belongs to the certificate %2.</source>
        <translation>La clave privada %1 corresponde al certificado %2.</translation>
    </message>
    <message>
        <source>The private key %1 does not belong to the certificate %2: the certificate was issued for another key, and cannot be used with this one.</source>
        <translation>La clave privada %1 no corresponde al certificado %2: el certificado se emitió para otra clave y no se puede usar con esta.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate %1 ran out on %2 (%n day(s) ago). Browsers refuse it: keep the renewed certificate here.</source>
        <translation>
            <numerusform>El certificado %1 caducó el %2 (hace %n día). Los navegadores lo rechazan: guarda aquí el certificado renovado.</numerusform>
            <numerusform>El certificado %1 caducó el %2 (hace %n días). Los navegadores lo rechazan: guarda aquí el certificado renovado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate %1 runs out on %2, in less than a day. Renew it now.</source>
        <translation>El certificado %1 caduca el %2, en menos de un día. Renuévalo ahora.</translation>
    </message>
    <message numerus="yes">
        <source>The certificate %1 runs out on %2, in %n day(s). Renew it soon.</source>
        <translation>
            <numerusform>El certificado %1 caduca el %2, dentro de %n día. Renuévalo pronto.</numerusform>
            <numerusform>El certificado %1 caduca el %2, dentro de %n días. Renuévalo pronto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate %1 is valid until %2 (%n day(s) left).</source>
        <translation>
            <numerusform>El certificado %1 es válido hasta el %2 (queda %n día).</numerusform>
            <numerusform>El certificado %1 es válido hasta el %2 (quedan %n días).</numerusform>
        </translation>
    </message>
    <message>
        <source>the shop&apos;s site</source>
        <translation>el sitio de la tienda</translation>
    </message>
    <message>
        <source>Storefort has not probed %1 yet, so it cannot tell whether the private key %2 is the one the site uses.</source>
        <translation>Storefort todavía no ha probado %1, así que no puede saber si la clave privada %2 es la que usa el sitio.</translation>
    </message>
    <message>
        <source>The private key %1 matches the certificate that %2 serves.</source>
        <translation>La clave privada %1 corresponde al certificado que sirve %2.</translation>
    </message>
    <message>
        <source>The private key %1 does not match the certificate that %2 serves now. If the certificate was renewed with a new key, keep that key here instead.</source>
        <translation>La clave privada %1 no corresponde al certificado que sirve ahora %2. Si el certificado se renovó con una clave nueva, guarda aquí esa clave en su lugar.</translation>
    </message>
    <message>
        <source>No folder or file of the certificate is given.</source>
        <translation>No se ha indicado ninguna carpeta ni ningún archivo del certificado.</translation>
    </message>
    <message>
        <source>The certificate&apos;s place, %1, does not exist on this computer (or the drive or share it is on is not connected).</source>
        <translation>El lugar del certificado, %1, no existe en este ordenador (o no está conectada la unidad o la carpeta compartida en la que se encuentra).</translation>
    </message>
    <message>
        <source>Storefort is not allowed to read the certificate&apos;s place, %1.</source>
        <translation>Storefort no tiene permiso para leer el lugar del certificado, %1.</translation>
    </message>
    <message>
        <source>The folder %1 holds no private key, signing request or certificate.</source>
        <translation>La carpeta %1 no contiene ninguna clave privada, solicitud de firma ni certificado.</translation>
    </message>
    <message>
        <source>The file %1 holds no private key, signing request or certificate.</source>
        <translation>El archivo %1 no contiene ninguna clave privada, solicitud de firma ni certificado.</translation>
    </message>
</context>
<context>
    <name>Certification</name>
    <message>
        <source>PCI DSS attestation of compliance</source>
        <translation>Atestación de cumplimiento PCI DSS</translation>
    </message>
    <message>
        <source>SOC 2 report</source>
        <translation>Informe SOC 2</translation>
    </message>
    <message>
        <source>ISO/IEC 27001 certificate</source>
        <translation>Certificado ISO/IEC 27001</translation>
    </message>
    <message>
        <source>Other certification</source>
        <translation>Otra certificación</translation>
    </message>
</context>
<context>
    <name>CertificationsEditor</name>
    <message>
        <source>Add &amp;Certification…</source>
        <translation>Añadir &amp;certificación…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Certificates show that an auditor checked the provider. A payment provider should have a PCI DSS attestation; hosts often have ISO 27001 or a SOC 2 report. Ask for a copy and note when it runs out.</source>
        <translation>Las certificaciones demuestran que un auditor ha revisado al proveedor. Un proveedor de pagos debería tener una atestación PCI DSS; los proveedores de alojamiento suelen tener la ISO 27001 o un informe SOC 2. Pide una copia y anota cuándo caduca.</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Runs out</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>No expiry date on file</source>
        <translation>Sin fecha de caducidad registrada</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Caducó el %1</translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Caduca hoy</translation>
    </message>
    <message>
        <source>Expires tomorrow</source>
        <translation>Caduca mañana</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %Ln days</source>
        <translation>
            <numerusform>Caduca dentro de %Ln día</numerusform>
            <numerusform>Caduca dentro de %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind of certification</source>
        <translation>Tipo de certificación</translation>
    </message>
    <message>
        <source>Name or scope</source>
        <translation>Nombre o alcance</translation>
    </message>
    <message>
        <source>For Other: its name; otherwise an optional note on its scope</source>
        <translation>Para «Otra certificación»: su nombre; si no, una nota opcional sobre su alcance</translation>
    </message>
    <message>
        <source>&amp;Runs out on</source>
        <translation>&amp;Caduca el</translation>
    </message>
    <message>
        <source>Date it runs out</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Caducidad:</translation>
    </message>
    <message>
        <source>Add a Certification</source>
        <translation>Añadir una certificación</translation>
    </message>
    <message>
        <source>Add %1 of %2</source>
        <translation>Añadir %1 de %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Editar %1 de %2</translation>
    </message>
    <message>
        <source>Remove %1 of %2</source>
        <translation>Quitar %1 de %2</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
</context>
<context>
    <name>CheckOutcome</name>
    <message>
        <source>Passed</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallo</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>storefort-cli: %1</source>
        <translation>storefort-cli: %1</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ClientHelloBuilder</name>
    <message>
        <source>“%1” is not a valid host name.</source>
        <translation>«%1» no es un nombre de host válido.</translation>
    </message>
    <message>
        <source>The host name is longer than 255 characters.</source>
        <translation>El nombre de host tiene más de 255 caracteres.</translation>
    </message>
    <message>
        <source>An ALPN protocol name must be 1 to 255 bytes long.</source>
        <translation>Un nombre de protocolo ALPN debe tener entre 1 y 255 bytes.</translation>
    </message>
    <message>
        <source>The ClientHello&apos;s extensions are too long.</source>
        <translation>Las extensiones del ClientHello son demasiado largas.</translation>
    </message>
    <message>
        <source>A ClientHello can only be built for SSLv3 up to TLS 1.3.</source>
        <translation>Solo se puede construir un ClientHello para SSLv3 hasta TLS 1.3.</translation>
    </message>
    <message>
        <source>A ClientHello needs between 1 and 32767 cipher suites.</source>
        <translation>Un ClientHello necesita entre 1 y 32767 suites de cifrado.</translation>
    </message>
    <message>
        <source>An SSLv2 hello can offer at most 1000 cipher kinds.</source>
        <translation>Un hello SSLv2 puede ofrecer como máximo 1000 tipos de cifrado.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>El generador de números aleatorios del sistema ha fallado.</translation>
    </message>
    <message>
        <source>A key share for group %1 cannot be made.</source>
        <translation>No se puede crear un key share para el grupo %1.</translation>
    </message>
    <message>
        <source>OpenSSL could not make a key for %1.</source>
        <translation>OpenSSL no pudo crear una clave para %1.</translation>
    </message>
    <message>
        <source>OpenSSL could not encode the key for %1.</source>
        <translation>OpenSSL no pudo codificar la clave para %1.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>comma (,)</source>
        <translation>coma (,)</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>punto y coma (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>bar (|)</source>
        <translation>barra vertical (|)</translation>
    </message>
    <message>
        <source>Match the Columns</source>
        <translation>Asignar las columnas</translation>
    </message>
    <message>
        <source>Storefort does not know this kind of file. Say which column holds what; only the user name is needed. Storefort remembers your choice for this system.</source>
        <translation>Storefort no conoce este tipo de archivo. Indica qué contiene cada columna; solo hace falta el nombre de usuario. Storefort recordará tu elección para este sistema.</translation>
    </message>
    <message>
        <source>Columns are separated by a %1; the text is read as %2.</source>
        <translation>Separador de columnas: %1. El texto se lee como %2.</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Las primeras filas del archivo</translation>
    </message>
    <message>
        <source>&amp;User name (needed):</source>
        <translation>Nombre de &amp;usuario (obligatorio):</translation>
    </message>
    <message>
        <source>The name used to sign in</source>
        <translation>El nombre con el que se inicia sesión</translation>
    </message>
    <message>
        <source>&amp;Name shown:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
    <message>
        <source>The person&apos;s full name</source>
        <translation>El nombre completo de la persona</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>Nombre de p&amp;ila:</translation>
    </message>
    <message>
        <source>Used with the last name when the file has no full name</source>
        <translation>Se usa junto con los apellidos cuando el archivo no tiene el nombre completo</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Words such as administrator, manager, editor or viewer</source>
        <translation>Palabras como administrador, gestor, editor o lector</translation>
    </message>
    <message>
        <source>&amp;Two-step sign-in:</source>
        <translation>Inicio de sesión en &amp;dos pasos:</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>sí o no</translation>
    </message>
    <message>
        <source>Last &amp;sign-in:</source>
        <translation>Ú&amp;ltimo inicio de sesión:</translation>
    </message>
    <message>
        <source>A date</source>
        <translation>Una fecha</translation>
    </message>
    <message>
        <source>&amp;Password changed:</source>
        <translation>&amp;Contraseña cambiada:</translation>
    </message>
    <message>
        <source>&amp;Created:</source>
        <translation>Cr&amp;eada:</translation>
    </message>
    <message>
        <source>&amp;Active:</source>
        <translation>Ac&amp;tiva:</translation>
    </message>
    <message>
        <source>yes or no, or words such as active, disabled, suspended or blocked</source>
        <translation>sí o no, o palabras como activa, desactivada, suspendida o bloqueada</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Qué contiene cada columna</translation>
    </message>
    <message>
        <source>Choose the column that holds the user names.</source>
        <translation>Elige la columna que contiene los nombres de usuario.</translation>
    </message>
</context>
<context>
    <name>ConfirmationLetter</name>
    <message>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <source>Now that our project ended on %1, we are checking who can still get into %2.</source>
        <translation>Ahora que nuestro proyecto terminó el %1, estamos comprobando quién puede entrar todavía en %2.</translation>
    </message>
    <message>
        <source>We are checking who can get into %1.</source>
        <translation>Estamos comprobando quién puede entrar en %1.</translation>
    </message>
    <message>
        <source>Our records show the accounts below as held by you or your team. For each one, please confirm the user name and tell us whether you still need it, and if so, why. We will close the accounts you no longer need, and those we have not heard about by %1.</source>
        <translation>Según nuestros registros, las cuentas de abajo las tienes tú o tu equipo. Para cada una, confirma el nombre de usuario y dinos si todavía la necesitas y, en ese caso, para qué. Cerraremos las cuentas que ya no necesites y las que no nos hayas confirmado para el %1.</translation>
    </message>
    <message>
        <source>Your accounts with %1: which do you still need?</source>
        <translation>Tus cuentas en %1: ¿cuáles necesitas todavía?</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hola, %1:</translation>
    </message>
    <message>
        <source>User name: %1 · role: %2 · last signed in: %3</source>
        <translation>Nombre de usuario: %1 · rol: %2 · último inicio de sesión: %3</translation>
    </message>
    <message>
        <source>[ ] Keep it, because: ________________   [ ] Remove it</source>
        <translation>[ ] Conservarla, porque: ________________   [ ] Eliminarla</translation>
    </message>
    <message>
        <source>If you hold an account with us that is not on this list, please tell us about it too.</source>
        <translation>Si tienes alguna cuenta con nosotros que no está en esta lista, dínoslo también, por favor.</translation>
    </message>
    <message>
        <source>Thank you, and kind regards,</source>
        <translation>Gracias y un cordial saludo,</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>☐ Keep it, because:</source>
        <translation>☐ Conservarla, porque:</translation>
    </message>
    <message>
        <source>☐ Remove it</source>
        <translation>☐ Eliminarla</translation>
    </message>
    <message>
        <source>Could not write the letter to %1: %2</source>
        <translation>No se pudo escribir la carta en %1: %2</translation>
    </message>
</context>
<context>
    <name>ConfirmationLetterDialog</name>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Copy Text</source>
        <translation>&amp;Copiar texto</translation>
    </message>
    <message>
        <source>Open in &amp;Email Program</source>
        <translation>Abrir en el programa de corr&amp;eo</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Vista previa de la carta</translation>
    </message>
    <message>
        <source>Write a Confirmation Letter</source>
        <translation>Escribir una carta de confirmación</translation>
    </message>
    <message>
        <source>At the end of a project, ask the developer or agency to confirm each account they have and say why they still need it, or that it can go. Record their replies on the Letters tab.</source>
        <translation>Al final de un proyecto, pide al desarrollador o a la agencia que confirme cada cuenta que tiene y que diga para qué la necesita todavía o si se puede eliminar. Registra sus respuestas en la pestaña de cartas.</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (se ha ido)</translation>
    </message>
    <message>
        <source>Letter &amp;to</source>
        <translation>Carta &amp;dirigida a</translation>
    </message>
    <message>
        <source>Letter to %1 of %2</source>
        <translation>Carta a %1 del %2</translation>
    </message>
    <message>
        <source>&amp;Record as Written</source>
        <translation>&amp;Registrar como escrita</translation>
    </message>
    <message>
        <source>Keeps the letter on file, so their replies can be recorded against it</source>
        <translation>Guarda la carta en el plan para poder registrar sus respuestas en ella</translation>
    </message>
    <message>
        <source>Opens a new email to %1 in your email program</source>
        <translation>Abre un correo nuevo para %1 en tu programa de correo</translation>
    </message>
    <message>
        <source>Add their email address on the Team page first</source>
        <translation>Añade primero su dirección de correo electrónico en la página del equipo</translation>
    </message>
    <message>
        <source>No developers or agencies in the team. Add them on the Team page first.</source>
        <translation>No hay desarrolladores ni agencias en el equipo. Añádelos primero en la página del equipo.</translation>
    </message>
    <message>
        <source>%1 has no active accounts on file: there is nothing to ask.</source>
        <translation>%1 no tiene cuentas activas registradas: no hay nada que preguntar.</translation>
    </message>
    <message>
        <source>Accounts letter to %1 %2.pdf</source>
        <translation>Carta de cuentas a %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save Letter as PDF</source>
        <translation>Guardar la carta como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letter Not Saved</source>
        <translation>Carta no guardada</translation>
    </message>
    <message>
        <source>The letter is saved as %1.</source>
        <translation>La carta se ha guardado como %1.</translation>
    </message>
    <message>
        <source>The text is copied. A subject to use: “%1”.</source>
        <translation>Se ha copiado el texto. Un asunto que puedes usar: «%1».</translation>
    </message>
    <message>
        <source>No Email Program</source>
        <translation>No hay programa de correo</translation>
    </message>
    <message>
        <source>No email program opened. Use “Copy Text” and paste it into a new email.</source>
        <translation>No se abrió ningún programa de correo. Usa «Copiar texto» y pégalo en un correo nuevo.</translation>
    </message>
    <message>
        <source>Letter Not Recorded</source>
        <translation>Carta no registrada</translation>
    </message>
</context>
<context>
    <name>ConfirmationLettersView</name>
    <message>
        <source>&amp;Write Letter…</source>
        <translation>&amp;Escribir carta…</translation>
    </message>
    <message>
        <source>&amp;Show Letter…</source>
        <translation>&amp;Ver carta…</translation>
    </message>
    <message>
        <source>Remove Letter</source>
        <translation>Quitar carta</translation>
    </message>
    <message>
        <source>Record &amp;Reply…</source>
        <translation>Registrar &amp;respuesta…</translation>
    </message>
    <message>
        <source>Letters written</source>
        <translation>Cartas escritas</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Escrita el</translation>
    </message>
    <message>
        <source>Accounts asked</source>
        <translation>Cuentas consultadas</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>The accounts the letter asked about, with their replies</source>
        <translation>Las cuentas por las que pregunta la carta, con sus respuestas</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Their reply</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Why they need it</source>
        <translation>Para qué la necesita</translation>
    </message>
    <message>
        <source>Replied on</source>
        <translation>Fecha de respuesta</translation>
    </message>
    <message>
        <source>No developers or agencies in the team. When someone builds or looks after the shop for you, add them on the Team page; at the end of their project, write them a letter here asking which accounts they still need.</source>
        <translation>No hay desarrolladores ni agencias en el equipo. Cuando alguien desarrolle o mantenga la tienda por ti, añádelo en la página del equipo; al final de su proyecto, escríbele aquí una carta para preguntarle qué cuentas necesita todavía.</translation>
    </message>
    <message>
        <source>At the end of a project, write the developer or agency a letter asking which of their accounts they still need and why. Record each reply here: accounts they no longer need should be disabled.</source>
        <translation>Al final de un proyecto, escribe al desarrollador o a la agencia una carta para preguntarle cuáles de sus cuentas necesita todavía y para qué. Registra aquí cada respuesta: las cuentas que ya no necesite deberían desactivarse.</translation>
    </message>
    <message>
        <source>%1 (project ended %2)</source>
        <translation>%1 (proyecto terminado el %2)</translation>
    </message>
    <message>
        <source>Letters to write: %1.</source>
        <translation>Cartas por escribir: %1.</translation>
    </message>
    <message>
        <source>(removed from the team)</source>
        <translation>(ya no está en el equipo)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>No letters written yet.</source>
        <translation>Todavía no se ha escrito ninguna carta.</translation>
    </message>
    <message>
        <source>Choose a letter to see its accounts and replies.</source>
        <translation>Elige una carta para ver sus cuentas y respuestas.</translation>
    </message>
    <message>
        <source>Accounts asked about in the letter to %1 of %2:</source>
        <translation>Cuentas por las que pregunta la carta a %1 del %2:</translation>
    </message>
    <message>
        <source>(no longer on file)</source>
        <translation>(ya no está registrada)</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>Todavía sin respuesta</translation>
    </message>
    <message>
        <source>Remove the letter to %1 of %2 and the replies recorded against it?</source>
        <translation>¿Quitar la carta a %1 del %2 y las respuestas registradas en ella?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Letter Not Removed</source>
        <translation>Carta no quitada</translation>
    </message>
    <message>
        <source>Record Reply</source>
        <translation>Registrar respuesta</translation>
    </message>
    <message>
        <source>What did %1 say about the account “%2” on %3?</source>
        <translation>¿Qué dijo %1 sobre la cuenta «%2» de %3?</translation>
    </message>
    <message>
        <source>they</source>
        <translation>esa persona</translation>
    </message>
    <message>
        <source>&amp;Keep it: they still need it</source>
        <translation>&amp;Conservarla: todavía la necesita</translation>
    </message>
    <message>
        <source>Why, in their words (required)</source>
        <translation>Para qué, con sus propias palabras (obligatorio)</translation>
    </message>
    <message>
        <source>Why they still need it</source>
        <translation>Para qué la necesita todavía</translation>
    </message>
    <message>
        <source>&amp;Remove it: they no longer need it</source>
        <translation>&amp;Eliminarla: ya no la necesita</translation>
    </message>
    <message>
        <source>Say why they still need it: “keep” needs a reason.</source>
        <translation>Indica para qué la necesita todavía: para conservarla hace falta un motivo.</translation>
    </message>
    <message>
        <source>Reply Not Recorded</source>
        <translation>Respuesta no registrada</translation>
    </message>
</context>
<context>
    <name>ContingencyBinder</name>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENCIAL</translation>
    </message>
    <message>
        <source>Contingency binder</source>
        <translation>Carpeta de contingencia</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Impresa el %1</translation>
    </message>
    <message>
        <source>Plan as of %1 (change no. %2)</source>
        <translation>Plan a fecha de %1 (cambio n.º %2)</translation>
    </message>
    <message>
        <source>If something has gone wrong right now:</source>
        <translation>Si algo ha ido mal ahora mismo:</translation>
    </message>
    <message>
        <source>Stay calm and do not delete anything. Turn to “First hour”, find what is happening, and work through it from the top, ticking each box. The people and companies to call are under “Emergency contacts”.</source>
        <translation>Mantén la calma y no borres nada. Ve a «Primera hora», busca lo que está pasando y síguelo desde el principio, marcando cada casilla. Las personas y empresas a las que llamar están en «Contactos de emergencia».</translation>
    </message>
    <message>
        <source>This binder holds names, phone numbers and where the shop&apos;s keys are kept. Keep it locked away, and give a copy only to the people it names. It holds no passwords: they stay in the keychain.</source>
        <translation>Esta carpeta contiene nombres, números de teléfono y el lugar donde se guardan las claves de la tienda. Guárdala bajo llave y da una copia solo a las personas que aparecen en ella. No contiene contraseñas: esas se quedan en el llavero.</translation>
    </message>
    <message>
        <source>This binder is for the day things go wrong: the shop is down, someone has broken in, or a provider has let you down. It was printed from the shop&apos;s security plan in Storefort, so it says what the plan knew on the day it was printed.</source>
        <translation>Esta carpeta es para el día en que las cosas salgan mal: la tienda está caída, alguien ha entrado sin permiso o un proveedor te ha fallado. Se imprimió a partir del plan de seguridad de la tienda en Storefort, así que recoge lo que el plan sabía el día en que se imprimió.</translation>
    </message>
    <message>
        <source>Keep one copy where you work and one away from it (at home, or with someone you trust). A binder that burns with the office helps nobody.</source>
        <translation>Guarda una copia donde trabajas y otra en otro lugar (en casa, o con alguien de confianza). Una carpeta que se quema con la oficina no ayuda a nadie.</translation>
    </message>
    <message>
        <source>When something happens, open “First hour” and follow the list for your situation. Write the time beside each box you tick.</source>
        <translation>Cuando pase algo, abre «Primera hora» y sigue la lista de tu situación. Escribe la hora junto a cada casilla que marques.</translation>
    </message>
    <message>
        <source>“Recovery items” says what you have at hand to rebuild the shop, who holds it, and when it was last checked.</source>
        <translation>«Elementos de recuperación» indica lo que tienes a mano para reconstruir la tienda, quién es su custodio y cuándo se comprobó por última vez.</translation>
    </message>
    <message>
        <source>Passwords are not printed. Where one is needed, the binder says whose keychain holds it and who can open it.</source>
        <translation>Las contraseñas no se imprimen. Donde haga falta una, la carpeta indica en qué llavero está y quién puede abrirlo.</translation>
    </message>
    <message>
        <source>Print a new binder after every review, and shred the old one: phone numbers and people change.</source>
        <translation>Imprime una carpeta nueva después de cada revisión y destruye la antigua: los números de teléfono y las personas cambian.</translation>
    </message>
    <message>
        <source>On the day it was printed, the plan had no open findings.</source>
        <translation>El día en que se imprimió, el plan no tenía hallazgos abiertos.</translation>
    </message>
    <message numerus="yes">
        <source>On the day it was printed, the plan had %n open finding(s); they are listed near the end.</source>
        <translation>
            <numerusform>El día en que se imprimió, el plan tenía %n hallazgo abierto; aparece hacia el final.</numerusform>
            <numerusform>El día en que se imprimió, el plan tenía %n hallazgos abiertos; aparecen hacia el final.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — contingency binder</source>
        <translation>%1 — carpeta de contingencia</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Impresa el %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>How to use this binder</source>
        <translation>Cómo usar esta carpeta</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contactos de emergencia</translation>
    </message>
    <message>
        <source>First hour: what to do</source>
        <translation>Primera hora: qué hacer</translation>
    </message>
    <message>
        <source>Recovery items</source>
        <translation>Elementos de recuperación</translation>
    </message>
    <message>
        <source>DDoS plan and call tree</source>
        <translation>Plan DDoS y cadena de llamadas</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Cifrado (TLS)</translation>
    </message>
    <message>
        <source>Accounts and access</source>
        <translation>Cuentas y accesos</translation>
    </message>
    <message>
        <source>Providers&apos; answers on file</source>
        <translation>Respuestas registradas de los proveedores</translation>
    </message>
    <message>
        <source>Open findings and accepted risks</source>
        <translation>Hallazgos abiertos y riesgos aceptados</translation>
    </message>
    <message>
        <source>Change log of the website</source>
        <translation>Registro de cambios del sitio web</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Firma de conformidad</translation>
    </message>
</context>
<context>
    <name>ContingencyCommands</name>
    <message>
        <source>Usage: storefort-cli binder PLAN -o FILE.pdf [--paper a4|letter]</source>
        <translation>Uso: storefort-cli binder PLAN -o FILE.pdf [--paper a4|letter]</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar en JSON.</translation>
    </message>
    <message>
        <source>Verify only this recovery item.</source>
        <translation>Comprobar solo este elemento de recuperación.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli verify PLAN [--json] [--item ID]</source>
        <translation>Uso: storefort-cli verify PLAN [--json] [--item ID]</translation>
    </message>
    <message>
        <source>Nothing was verified, because the results could not be recorded: %1</source>
        <translation>No se ha comprobado nada, porque no se podían registrar los resultados: %1</translation>
    </message>
    <message>
        <source>There is no recovery item with the id %1.</source>
        <translation>No hay ningún elemento de recuperación con el id %1.</translation>
    </message>
    <message>
        <source>Storefort cannot check “%1” by itself: look at it and confirm it by hand in the app.</source>
        <translation>Storefort no puede comprobar «%1» por sí solo: revísalo y confírmalo a mano en la aplicación.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The plan has no recovery item Storefort can check.</source>
        <translation>El plan no tiene ningún elemento de recuperación que Storefort pueda comprobar.</translation>
    </message>
    <message>
        <source>“%1” was not recorded: %2</source>
        <translation>No se ha registrado «%1»: %2</translation>
    </message>
    <message>
        <source>Where to write the calendar (.ics).</source>
        <translation>Dónde escribir el calendario (.ics).</translation>
    </message>
    <message>
        <source>Usage: storefort-cli calendar PLAN -o FILE.ics</source>
        <translation>Uso: storefort-cli calendar PLAN -o FILE.ics</translation>
    </message>
    <message>
        <source>%1: security reminders</source>
        <translation>%1: recordatorios de seguridad</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n reminder(s)).</source>
        <translation>
            <numerusform>Se ha escrito %1 (%n recordatorio).</numerusform>
            <numerusform>Se ha escrito %1 (%n recordatorios).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContingencyPage</name>
    <message>
        <source>Contingency binder</source>
        <translation>Carpeta de contingencia</translation>
    </message>
    <message>
        <source>On a bad day you need a recent backup, the keys and the people to call at hand. Note who holds each thing and where it is; Storefort checks what it can from the real files, and prints a binder to keep in a drawer.</source>
        <translation>En un mal día necesitas tener a mano una copia de seguridad reciente, las claves y las personas a las que llamar. Anota quién es el custodio de cada cosa y dónde está; Storefort comprueba lo que puede a partir de los archivos reales e imprime una carpeta para guardar en un cajón.</translation>
    </message>
    <message>
        <source>Recovery Items</source>
        <translation>Elementos de recuperación</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Binder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Hallazgos (%1)</translation>
    </message>
    <message>
        <source>Contingency binder sections</source>
        <translation>Secciones de la carpeta de contingencia</translation>
    </message>
</context>
<context>
    <name>CredentialBox</name>
    <message>
        <source>&amp;Store Password or Token…</source>
        <translation>&amp;Guardar contraseña o token…</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Keep the sign-in for the provider&apos;s customer portal here, so you can get in quickly when something goes wrong. The password or token is kept in your computer&apos;s keychain, never in the plan file.</source>
        <translation>Guarda aquí los datos de acceso al portal de clientes del proveedor, para poder entrar rápido cuando algo vaya mal. La contraseña o el token se guarda en el llavero de tu ordenador, nunca en el archivo del plan.</translation>
    </message>
    <message>
        <source>Portal user name</source>
        <translation>Nombre de usuario del portal</translation>
    </message>
    <message>
        <source>The name or email you sign in with</source>
        <translation>El nombre o el correo electrónico con el que inicias sesión</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Revealed password or token</source>
        <translation>Contraseña o token visible</translation>
    </message>
    <message>
        <source>Put the password or API token into the keychain</source>
        <translation>Guardar la contraseña o el token de API en el llavero</translation>
    </message>
    <message>
        <source>Show the password for a short while</source>
        <translation>Mostrar la contraseña durante un momento</translation>
    </message>
    <message>
        <source>Copy the password; the clipboard is cleared again after a short while</source>
        <translation>Copiar la contraseña; el portapapeles se vacía de nuevo al cabo de un momento</translation>
    </message>
    <message>
        <source>Delete the password from the keychain</source>
        <translation>Borrar la contraseña del llavero</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>The password cannot be stored on this computer.</source>
        <translation>La contraseña no se puede guardar en este ordenador.</translation>
    </message>
    <message>
        <source>A password or token is stored in the keychain.</source>
        <translation>Hay una contraseña o un token guardado en el llavero.</translation>
    </message>
    <message>
        <source>No password stored yet.</source>
        <translation>Todavía no hay ninguna contraseña guardada.</translation>
    </message>
    <message>
        <source>No password stored. Keep it in your own password manager for now.</source>
        <translation>No hay ninguna contraseña guardada. De momento, guárdala en tu propio gestor de contraseñas.</translation>
    </message>
    <message>
        <source>Re&amp;place Password or Token…</source>
        <translation>&amp;Sustituir contraseña o token…</translation>
    </message>
    <message>
        <source>Change the portal user name of %1</source>
        <translation>Cambiar el nombre de usuario del portal de %1</translation>
    </message>
    <message>
        <source>Store the Password for %1</source>
        <translation>Guardar la contraseña de %1</translation>
    </message>
    <message>
        <source>The password or API token goes into your computer&apos;s keychain. Storefort keeps only a note that it is there.</source>
        <translation>La contraseña o el token de API se guarda en el llavero de tu ordenador. Storefort solo anota que está ahí.</translation>
    </message>
    <message>
        <source>Password or API token</source>
        <translation>Contraseña o token de API</translation>
    </message>
    <message>
        <source>&amp;Password or token:</source>
        <translation>&amp;Contraseña o token:</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>The password is in the keychain, but the plan could not note it.</source>
        <translation>La contraseña está en el llavero, pero el plan no pudo anotarlo.</translation>
    </message>
    <message>
        <source>The password is stored in the keychain.</source>
        <translation>La contraseña se ha guardado en el llavero.</translation>
    </message>
    <message numerus="yes">
        <source>The password is on the clipboard for %Ln seconds.</source>
        <translation>
            <numerusform>La contraseña estará en el portapapeles durante %Ln segundo.</numerusform>
            <numerusform>La contraseña estará en el portapapeles durante %Ln segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the password for %1 from the keychain?

This cannot be undone: to get it back you will need to store it again.</source>
        <translation>¿Borrar del llavero la contraseña de %1?

Esto no se puede deshacer: para recuperarla tendrás que volver a guardarla.</translation>
    </message>
    <message>
        <source>Delete Password</source>
        <translation>Borrar contraseña</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Borrar…</translation>
    </message>
</context>
<context>
    <name>CredentialHealth</name>
    <message>
        <source>The password for %1 is very weak</source>
        <translation>La contraseña de %1 es muy débil</translation>
    </message>
    <message>
        <source>The password for %1 is weak</source>
        <translation>La contraseña de %1 es débil</translation>
    </message>
    <message>
        <source>The password for %1 could be stronger</source>
        <translation>La contraseña de %1 podría ser más sólida</translation>
    </message>
    <message>
        <source>Attackers do not guess passwords one letter at a time: they try common passwords, words, names and dates first, by the million. A password like this one can be found that way, and whoever finds it can get into %1 and often from there into your shop.</source>
        <translation>Los atacantes no adivinan las contraseñas letra a letra: primero prueban contraseñas habituales, palabras, nombres y fechas, por millones. Una contraseña como esta se puede descubrir así, y quien la descubra puede entrar en %1 y, a menudo, desde ahí en tu tienda.</translation>
    </message>
    <message>
        <source>Strength: %1 (%2 of 4; 3 or more is good enough).</source>
        <translation>Solidez: %1 (%2 de 4; con 3 o más es suficiente).</translation>
    </message>
    <message>
        <source>Sign in to %1 and change the password to a new one of at least 16 characters, best made up by a password manager. Then store the new one in Storefort with &quot;Replace Password or Token&quot; on the provider&apos;s page.</source>
        <translation>Inicia sesión en %1 y cambia la contraseña por una nueva de al menos 16 caracteres, mejor si la crea un gestor de contraseñas. Después guarda la nueva en Storefort con «Sustituir contraseña o token» en la página del proveedor.</translation>
    </message>
    <message numerus="yes">
        <source>The same password is used in %n places</source>
        <translation>
            <numerusform>La misma contraseña se usa en %n sitio</numerusform>
            <numerusform>La misma contraseña se usa en %n sitios</numerusform>
        </translation>
    </message>
    <message>
        <source>When one of these places is broken into or leaks its passwords, attackers try the same password everywhere else. One leak then opens all of them.</source>
        <translation>Cuando alguien entra en uno de estos sitios o se filtran sus contraseñas, los atacantes prueban la misma contraseña en todos los demás. Así, una sola filtración los abre todos.</translation>
    </message>
    <message>
        <source>The same password is stored for:</source>
        <translation>Se ha guardado la misma contraseña para:</translation>
    </message>
    <message>
        <source>Give each of them a password of its own: change the password in each of %1, then store each new one in Storefort.</source>
        <translation>Dale a cada uno su propia contraseña: cambia la contraseña en cada uno de ellos (%1) y luego guarda cada contraseña nueva en Storefort.</translation>
    </message>
    <message numerus="yes">
        <source>The password for %1 has not been changed for %n day(s)</source>
        <translation>
            <numerusform>La contraseña de %1 no se ha cambiado desde hace %n día</numerusform>
            <numerusform>La contraseña de %1 no se ha cambiado desde hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>The longer a password stays the same, the more chances it has had to leak: a former helper, an old note, a breach somewhere else. Changing it now and then shuts out anyone who got hold of it without you noticing.</source>
        <translation>Cuanto más tiempo sigue igual una contraseña, más oportunidades ha tenido de filtrarse: alguien que te ayudó en el pasado, una nota antigua, una brecha en otro sitio. Cambiarla de vez en cuando deja fuera a cualquiera que se hiciera con ella sin que te dieras cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>Stored on %1. Passwords older than %n day(s) are flagged.</source>
        <translation>
            <numerusform>Guardada el %1. Se marcan las contraseñas de más de %n día.</numerusform>
            <numerusform>Guardada el %1. Se marcan las contraseñas de más de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to %1, change the password, and store the new one in Storefort with &quot;Replace Password or Token&quot; on the provider&apos;s page.</source>
        <translation>Inicia sesión en %1, cambia la contraseña y guarda la nueva en Storefort con «Sustituir contraseña o token» en la página del proveedor.</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>muy débil</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>sólida</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>muy sólida</translation>
    </message>
    <message>
        <source>Portal of %1</source>
        <translation>Portal de %1</translation>
    </message>
</context>
<context>
    <name>CredentialHealthView</name>
    <message>
        <source>&amp;Check stored passwords</source>
        <translation>&amp;Comprobar las contraseñas guardadas</translation>
    </message>
    <message>
        <source>How strong are the passwords and tokens Storefort keeps in your keychain, is any of them used in more than one place, and how long since each was changed? The check reads them only when you ask.</source>
        <translation>¿Qué solidez tienen las contraseñas y los tokens que Storefort guarda en tu llavero? ¿Se usa alguno en más de un sitio? ¿Cuánto hace que se cambió cada uno? La comprobación solo los lee cuando tú lo pides.</translation>
    </message>
    <message>
        <source>Read the stored passwords from the keychain and check them on this computer</source>
        <translation>Leer del llavero las contraseñas guardadas y comprobarlas en este ordenador</translation>
    </message>
    <message>
        <source>Stored passwords and how healthy they are</source>
        <translation>Las contraseñas guardadas y su estado</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Solidez</translation>
    </message>
    <message>
        <source>Same password as</source>
        <translation>Misma contraseña que</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Lo que ha encontrado la comprobación</translation>
    </message>
    <message>
        <source>The providers changed since the check. Check again to see where they stand now.</source>
        <translation>Los proveedores han cambiado desde la comprobación. Vuelve a comprobarlas para ver cómo están ahora.</translation>
    </message>
    <message>
        <source>The check runs on this computer only and saves nothing.</source>
        <translation>La comprobación se hace solo en este ordenador y no guarda nada.</translation>
    </message>
    <message>
        <source>Reading the stored passwords from the keychain…</source>
        <translation>Leyendo del llavero las contraseñas guardadas…</translation>
    </message>
    <message>
        <source>The stored passwords could not be checked.</source>
        <translation>No se pudieron comprobar las contraseñas guardadas.</translation>
    </message>
    <message>
        <source>Score %1 of 4</source>
        <translation>Puntuación: %1 de 4</translation>
    </message>
    <message>
        <source>Used only here</source>
        <translation>Solo se usa aquí</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>The plan does not say when this password was stored.</source>
        <translation>El plan no indica cuándo se guardó esta contraseña.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored on %1</source>
        <translation>Guardada el %1</translation>
    </message>
    <message>
        <source>No passwords are stored in Storefort yet, so there is nothing to check.</source>
        <translation>Todavía no hay contraseñas guardadas en Storefort, así que no hay nada que comprobar.</translation>
    </message>
    <message numerus="yes">
        <source>All %n stored password(s) look healthy: strong, each used only once, and changed recently enough.</source>
        <translation>
            <numerusform>Hay %n contraseña guardada y parece estar en buen estado: es sólida, se usa solo en un sitio y no lleva demasiado tiempo sin cambiarse.</numerusform>
            <numerusform>Las %n contraseñas guardadas parecen estar en buen estado: son sólidas, cada una se usa solo en un sitio y no llevan demasiado tiempo sin cambiarse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing serious: only small improvements, listed below.</source>
        <translation>Nada grave: solo pequeñas mejoras, que se indican abajo.</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to sort out, listed below with what to do.</source>
        <translation>
            <numerusform>Hay %n asunto que resolver; abajo se indica cuál es y qué hacer.</numerusform>
            <numerusform>Hay %n asuntos que resolver; abajo se indican, con lo que hay que hacer en cada caso.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan says a password is stored for %1, but the keychain no longer has it. Store it again on the provider&apos;s page.</source>
        <translation>Según el plan, hay una contraseña guardada para %1, pero ya no está en el llavero. Vuelve a guardarla en la página del proveedor.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Checked at %1 on this computer. Nothing was saved: not the passwords and not these results.</source>
        <translation>Comprobado a las %1 en este ordenador. No se ha guardado nada: ni las contraseñas ni estos resultados.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>This does not look like a CSV file: it contains binary data.</source>
        <translation>Esto no parece un archivo CSV: contiene datos binarios.</translation>
    </message>
    <message>
        <source>The file is marked as Unicode (UTF-16) text, but parts of it are damaged.</source>
        <translation>El archivo está marcado como texto Unicode (UTF-16), pero algunas partes están dañadas.</translation>
    </message>
    <message>
        <source>The value in column %1 has a quote mark in the middle of it. A value with quote marks must be put in quote marks itself, with each quote mark inside doubled.</source>
        <translation>El valor de la columna %1 tiene unas comillas en medio. Un valor con comillas debe ir a su vez entre comillas, y cada comilla de dentro debe ir duplicada.</translation>
    </message>
    <message>
        <source>The quote mark that opens the value in column %1 on this line is never closed. The file may be cut short, or a closing quote mark is missing.</source>
        <translation>Las comillas que abren el valor de la columna %1 en esta línea nunca se cierran. Puede que el archivo esté cortado o que falten las comillas de cierre.</translation>
    </message>
    <message>
        <source>The value in column %1 has more text after its closing quote mark.</source>
        <translation>El valor de la columna %1 tiene más texto después de las comillas de cierre.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Column %1 of the first row (the column names) has no name.</source>
        <translation>La columna %1 de la primera fila (los nombres de las columnas) no tiene nombre.</translation>
    </message>
    <message>
        <source>The first row (the column names) names the column &quot;%1&quot; twice.</source>
        <translation>La primera fila (los nombres de las columnas) incluye dos veces la columna «%1».</translation>
    </message>
    <message>
        <source>The file is too large (%1). Storefort reads files of up to %2.</source>
        <translation>El archivo es demasiado grande (%1). Storefort lee archivos de hasta %2.</translation>
    </message>
    <message>
        <source>A quote mark or a line break cannot separate the values.</source>
        <translation>Ni unas comillas ni un salto de línea pueden servir para separar los valores.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>This row has %1 values, but the first row (the column names) has %2.</source>
        <translation>Esta fila tiene %1 valores, pero la primera fila (los nombres de las columnas) tiene %2.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Where you stand</source>
        <translation>Dónde está</translation>
    </message>
    <message>
        <source>Most serious open findings</source>
        <translation>Hallazgos abiertos más graves</translation>
    </message>
    <message>
        <source>Due and overdue</source>
        <translation>Lo que vence y lo ya vencido</translation>
    </message>
    <message>
        <source>The readiness score sums up how far your security plan has come: each step counts for a part, and open problems hold it down. Below you see what to do first and what falls due soon. Click any line to go where it is handled.</source>
        <translation>La puntuación de preparación resume cuánto ha avanzado tu plan de seguridad: cada paso cuenta una parte, y los problemas abiertos la bajan. Abajo ves qué hacer primero y qué vence pronto. Haz clic en cualquier línea para ir adonde se gestiona.</translation>
    </message>
    <message>
        <source>The score over time</source>
        <translation>La puntuación a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Each step&apos;s part</source>
        <translation>La parte de cada paso</translation>
    </message>
    <message>
        <source>Fix these first</source>
        <translation>Arregla esto primero</translation>
    </message>
    <message>
        <source>In good shape</source>
        <translation>En buena forma</translation>
    </message>
    <message>
        <source>Getting there</source>
        <translation>Vas por buen camino</translation>
    </message>
    <message>
        <source>Off to a start</source>
        <translation>Ya has empezado</translation>
    </message>
    <message>
        <source>Just beginning</source>
        <translation>Acabas de empezar</translation>
    </message>
    <message>
        <source>%1: %2 of 100</source>
        <translation>%1: %2 de 100</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done.</source>
        <translation>
            <numerusform>%1 de %n paso hecho.</numerusform>
            <numerusform>%1 de %n pasos hechos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <translation>Seguir con %1</translation>
    </message>
    <message>
        <source>%1 needs your attention first.</source>
        <translation>%1 requiere tu atención primero.</translation>
    </message>
    <message>
        <source>Next up: %1.</source>
        <translation>Siguiente: %1.</translation>
    </message>
    <message>
        <source>Review and Print</source>
        <translation>Revisar e imprimir</translation>
    </message>
    <message>
        <source>Every step is done: print the binder and keep the dates in your calendar.</source>
        <translation>Todos los pasos están hechos: imprime la carpeta y anota las fechas en tu calendario.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>The last probe of %1 (%2) could not give a grade.</source>
        <translation>La última prueba de %1 (%2) no pudo dar una calificación.</translation>
    </message>
    <message>
        <source>Encryption grade of %1: %2 (probed %3).</source>
        <translation>Calificación del cifrado de %1: %2 (probado %3).</translation>
    </message>
    <message>
        <source>Your site has not been probed yet: the Encryption (TLS) step does it in a minute.</source>
        <translation>Tu sitio todavía no se ha probado: el paso Cifrado (TLS) lo hace en un minuto.</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>No open problems. Well done.</source>
        <translation>No hay problemas abiertos. ¡Bien hecho!</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Vencido hace %n día</numerusform>
            <numerusform>Vencido hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>Dentro de %n día</numerusform>
            <numerusform>Dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing falls due in the next %n day(s).</source>
        <translation>
            <numerusform>No vence nada en el próximo %n día.</numerusform>
            <numerusform>No vence nada en los próximos %n días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DdosCallDialog</name>
    <message>
        <source>Add a Call</source>
        <translation>Añadir una llamada</translation>
    </message>
    <message>
        <source>Edit a Call</source>
        <translation>Editar una llamada</translation>
    </message>
    <message>
        <source>One call to make when the shop is under attack: what it is for, who makes it, whom they reach and how. Decide it now, while there is time.</source>
        <translation>Una llamada que hacer cuando la tienda sufre un ataque: para qué es, quién la hace, a quién contacta y cómo. Decídelo ahora, mientras hay tiempo.</translation>
    </message>
    <message>
        <source>Call the host&apos;s emergency line</source>
        <translation>Llamar a la línea de emergencias del proveedor de alojamiento</translation>
    </message>
    <message>
        <source>Call the CDN</source>
        <translation>Llamar a la CDN</translation>
    </message>
    <message>
        <source>Call the developers</source>
        <translation>Llamar a los desarrolladores</translation>
    </message>
    <message>
        <source>Call the payment provider</source>
        <translation>Llamar al proveedor de pagos</translation>
    </message>
    <message>
        <source>Tell customers on the status page</source>
        <translation>Avisar a los clientes en la página de estado</translation>
    </message>
    <message>
        <source>Tell customers by e-mail</source>
        <translation>Avisar a los clientes por correo electrónico</translation>
    </message>
    <message>
        <source>Tell customers on social media</source>
        <translation>Avisar a los clientes en las redes sociales</translation>
    </message>
    <message>
        <source>Pick a suggestion or write your own</source>
        <translation>Elige una sugerencia o escribe la tuya</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>What the call is for, in a few words</source>
        <translation>Para qué es la llamada, en pocas palabras</translation>
    </message>
    <message>
        <source>Who makes the call</source>
        <translation>Quién hace la llamada</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Sin decidir todavía</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (se ha ido)</translation>
    </message>
    <message>
        <source>The team member who makes this call. Add people in the Shop &amp; team step.</source>
        <translation>El miembro del equipo que hace esta llamada. Añade personas en el paso Tienda y equipo.</translation>
    </message>
    <message>
        <source>Whom they reach</source>
        <translation>A quién contacta</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A provider, a team member, or the shop&apos;s customers</source>
        <translation>Un proveedor, un miembro del equipo o los clientes de la tienda</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Support portal</source>
        <translation>Portal de soporte</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Status page</source>
        <translation>Página de estado</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>For example: phone</source>
        <translation>Por ejemplo: teléfono</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>The number, address or page to use</source>
        <translation>El número, la dirección o la página que hay que usar</translation>
    </message>
    <message>
        <source>Filled in from the provider&apos;s or person&apos;s details when you choose them; check it is the line that answers at night.</source>
        <translation>Se rellena con los datos del proveedor o de la persona cuando los eliges; comprueba que sea la línea que atiende por la noche.</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Tarea:</translation>
    </message>
    <message>
        <source>&amp;Who makes the call:</source>
        <translation>&amp;Quién hace la llamada:</translation>
    </message>
    <message>
        <source>Whom they &amp;reach:</source>
        <translation>A quién &amp;contacta:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>C&amp;ontacto:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Say what the call is for, e.g. “Call the host&apos;s emergency line”.</source>
        <translation>Indica para qué es la llamada, p. ej., «Llamar a la línea de emergencias del proveedor de alojamiento».</translation>
    </message>
</context>
<context>
    <name>DdosCallTreeView</name>
    <message>
        <source>&amp;Add Call…</source>
        <translation>&amp;Añadir llamada…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Decide now who makes each call when the shop is under attack, in the order they are made: the host&apos;s emergency line first, then the CDN, the developers, the payment provider, and the customers.</source>
        <translation>Decide ahora quién hace cada llamada cuando la tienda sufre un ataque, en el orden en que se hacen: primero la línea de emergencias del proveedor de alojamiento, después la CDN, los desarrolladores, el proveedor de pagos y los clientes.</translation>
    </message>
    <message>
        <source>Who calls whom in an attack</source>
        <translation>Quién llama a quién en un ataque</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Who makes the call</source>
        <translation>Quién hace la llamada</translation>
    </message>
    <message>
        <source>Whom they reach</source>
        <translation>A quién contacta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Add a call to make in an attack</source>
        <translation>Añadir una llamada que hacer en un ataque</translation>
    </message>
    <message>
        <source>Change the chosen call</source>
        <translation>Cambiar la llamada elegida</translation>
    </message>
    <message>
        <source>Take the chosen call out of the tree (Edit &gt; Undo brings it back)</source>
        <translation>Quitar la llamada elegida de la cadena (Editar &gt; Deshacer la recupera)</translation>
    </message>
    <message>
        <source>Make the chosen call earlier</source>
        <translation>Hacer antes la llamada elegida</translation>
    </message>
    <message>
        <source>Make the chosen call later</source>
        <translation>Hacer después la llamada elegida</translation>
    </message>
    <message>
        <source>Move the call up</source>
        <translation>Subir la llamada</translation>
    </message>
    <message>
        <source>Move the call down</source>
        <translation>Bajar la llamada</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (se ha ido)</translation>
    </message>
    <message>
        <source>A provider no longer in the plan</source>
        <translation>Un proveedor que ya no está en el plan</translation>
    </message>
    <message>
        <source>Someone no longer in the plan</source>
        <translation>Alguien que ya no está en el plan</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Sin decidir todavía</translation>
    </message>
    <message>
        <source>Add the call “%1”</source>
        <translation>Añadir la llamada «%1»</translation>
    </message>
    <message>
        <source>Edit the call “%1”</source>
        <translation>Editar la llamada «%1»</translation>
    </message>
    <message>
        <source>Remove the call “%1”</source>
        <translation>Quitar la llamada «%1»</translation>
    </message>
    <message>
        <source>Move the call “%1” up</source>
        <translation>Subir la llamada «%1»</translation>
    </message>
    <message>
        <source>Move the call “%1” down</source>
        <translation>Bajar la llamada «%1»</translation>
    </message>
</context>
<context>
    <name>DdosDrillView</name>
    <message>
        <source>We Ran a Drill &amp;Today</source>
        <translation>Hoy &amp;hicimos un simulacro</translation>
    </message>
    <message>
        <source>A plan nobody has tried has gaps: numbers that changed, logins nobody has, switches nobody can find. Once a year, sit down with the team for an hour, read the plan aloud, make the first calls for real (ask the host how they would act), and note what you found.</source>
        <translation>Un plan que nadie ha probado tiene huecos: números que han cambiado, accesos que nadie tiene, interruptores que nadie encuentra. Una vez al año, reúnete una hora con el equipo, lee el plan en voz alta, haz las primeras llamadas de verdad (pregunta al proveedor de alojamiento cómo actuaría) y anota lo que descubras.</translation>
    </message>
    <message>
        <source>Date of the last drill</source>
        <translation>Fecha del último simulacro</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>When the team last walked through the plan. Set it back to the lowest date for “never”.</source>
        <translation>Cuándo repasó el equipo el plan por última vez. Para indicar «nunca», vuelve a poner la fecha más baja posible.</translation>
    </message>
    <message>
        <source>Notes on the last drill</source>
        <translation>Notas sobre el último simulacro</translation>
    </message>
    <message>
        <source>What the drill found and what was fixed</source>
        <translation>Lo que encontró el simulacro y lo que se corrigió</translation>
    </message>
    <message>
        <source>Record today as the date of the last drill</source>
        <translation>Registrar hoy como fecha del último simulacro</translation>
    </message>
    <message>
        <source>Last &amp;drill:</source>
        <translation>Último &amp;simulacro:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>No drill is recorded yet.</source>
        <translation>Todavía no hay ningún simulacro registrado.</translation>
    </message>
    <message>
        <source>The last drill was over a year ago: time for another.</source>
        <translation>El último simulacro fue hace más de un año: toca hacer otro.</translation>
    </message>
    <message>
        <source>The last drill was today.</source>
        <translation>El último simulacro fue hoy.</translation>
    </message>
    <message numerus="yes">
        <source>The last drill was %n day(s) ago.</source>
        <translation>
            <numerusform>El último simulacro fue hace %n día.</numerusform>
            <numerusform>El último simulacro fue hace %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record a drill today</source>
        <translation>Registrar un simulacro hoy</translation>
    </message>
    <message>
        <source>Set the last drill to %1</source>
        <translation>Poner la fecha del último simulacro en %1</translation>
    </message>
    <message>
        <source>Record no drill</source>
        <translation>No registrar ningún simulacro</translation>
    </message>
    <message>
        <source>Edit the drill notes</source>
        <translation>Editar las notas del simulacro</translation>
    </message>
</context>
<context>
    <name>DdosFindings</name>
    <message>
        <source>No CDN stands in front of the shop</source>
        <translation>No hay ninguna CDN delante de la tienda</translation>
    </message>
    <message>
        <source>A content delivery network (CDN) takes the brunt of a flood of traffic before it reaches your server. Without one, a modest attack can take the shop offline, and setting one up during an attack takes hours.</source>
        <translation>Una red de distribución de contenidos (CDN) recibe el golpe de una avalancha de tráfico antes de que llegue a tu servidor. Sin ella, un ataque modesto puede dejar la tienda fuera de servicio, y montar una durante un ataque lleva horas.</translation>
    </message>
    <message>
        <source>The site has not been probed yet, and no CDN is recorded.</source>
        <translation>Todavía no se ha probado el sitio y no hay ninguna CDN registrada.</translation>
    </message>
    <message>
        <source>The latest probe saw no known CDN, and no CDN is recorded.</source>
        <translation>La última prueba no vio ninguna CDN conocida y no hay ninguna CDN registrada.</translation>
    </message>
    <message>
        <source>Ask your host which CDN it recommends (many offer one), put it in front of the shop, and record it here. If a CDN fronts the site but does not show itself, record it.</source>
        <translation>Pregunta a tu proveedor de alojamiento qué CDN recomienda (muchos ofrecen una), ponla delante de la tienda y regístrala aquí. Si hay una CDN delante del sitio pero no se identifica, regístrala.</translation>
    </message>
    <message>
        <source>Your host has not said what it does in an attack</source>
        <translation>Tu proveedor de alojamiento no ha dicho qué hace en caso de ataque</translation>
    </message>
    <message>
        <source>Whether the host filters an attack, or simply switches the shop off to protect its other customers, decides how long you are down.</source>
        <translation>Cuánto tiempo estés sin servicio depende de si el proveedor de alojamiento filtra el ataque o simplemente desconecta la tienda para proteger a sus otros clientes.</translation>
    </message>
    <message>
        <source>No host or platform is in the plan yet.</source>
        <translation>Todavía no hay ningún proveedor de alojamiento ni ninguna plataforma en el plan.</translation>
    </message>
    <message>
        <source>No yes-or-no answer on file from: %1.</source>
        <translation>No hay ninguna respuesta de sí o no registrada de: %1.</translation>
    </message>
    <message>
        <source>Send your host the questionnaire&apos;s DDoS questions (Providers step) and enter its answers.</source>
        <translation>Envía a tu proveedor de alojamiento las preguntas sobre DDoS del cuestionario (paso Proveedores) e introduce sus respuestas.</translation>
    </message>
    <message>
        <source>Nothing filters an attack on the shop</source>
        <translation>Nada filtra un ataque contra la tienda</translation>
    </message>
    <message>
        <source>Your host says it cannot absorb an attack, and no CDN is in front. The shop is down for as long as an attack lasts.</source>
        <translation>Tu proveedor de alojamiento dice que no puede absorber un ataque, y no hay ninguna CDN delante. La tienda estará caída mientras dure el ataque.</translation>
    </message>
    <message>
        <source>%1 answered “no” to whether it can absorb or filter an attack.</source>
        <translation>%1 respondió «no» a si puede absorber o filtrar un ataque.</translation>
    </message>
    <message>
        <source>Put a CDN with attack filtering in front of the shop, or move to a host that filters attacks.</source>
        <translation>Pon delante de la tienda una CDN que filtre ataques, o cámbiate a un proveedor de alojamiento que los filtre.</translation>
    </message>
    <message>
        <source>Nobody knows whom to call in an attack</source>
        <translation>Nadie sabe a quién llamar en un ataque</translation>
    </message>
    <message>
        <source>In an attack, the first hour is lost to “who calls the host?” unless it was decided before: who calls the host, the CDN, the developers and the payment provider, and who tells customers.</source>
        <translation>En un ataque, la primera hora se pierde en «¿quién llama al proveedor de alojamiento?», a menos que se haya decidido antes: quién llama al proveedor de alojamiento, a la CDN, a los desarrolladores y al proveedor de pagos, y quién avisa a los clientes.</translation>
    </message>
    <message>
        <source>The call tree is empty.</source>
        <translation>La cadena de llamadas está vacía.</translation>
    </message>
    <message>
        <source>Fill in the call tree: for each call, who makes it, whom they reach and through which channel.</source>
        <translation>Completa la cadena de llamadas: para cada llamada, quién la hace, a quién contacta y por qué canal.</translation>
    </message>
    <message>
        <source>Nobody is set to tell customers</source>
        <translation>No hay nadie encargado de avisar a los clientes</translation>
    </message>
    <message>
        <source>Customers who hear nothing while the shop is down assume the worst, and some do not come back.</source>
        <translation>Los clientes que no reciben noticias mientras la tienda está caída se temen lo peor, y algunos no vuelven.</translation>
    </message>
    <message>
        <source>Every call in the tree reaches a provider or a team member; none goes to customers.</source>
        <translation>Todas las llamadas de la cadena contactan con un proveedor o con un miembro del equipo; ninguna va dirigida a los clientes.</translation>
    </message>
    <message>
        <source>Add a call with no provider or person to reach, such as “Tell customers on the status page and social media”.</source>
        <translation>Añade una llamada sin proveedor ni persona a quien contactar, como «Avisar a los clientes en la página de estado y en las redes sociales».</translation>
    </message>
    <message>
        <source>The last attack drill was over a year ago</source>
        <translation>El último simulacro de ataque fue hace más de un año</translation>
    </message>
    <message>
        <source>The attack plan has never been tried</source>
        <translation>El plan contra ataques nunca se ha probado</translation>
    </message>
    <message>
        <source>A plan nobody has walked through has gaps: numbers that changed, logins nobody has, switches nobody can find. An hour&apos;s drill once a year finds them.</source>
        <translation>Un plan que nadie ha repasado tiene huecos: números que han cambiado, accesos que nadie tiene, interruptores que nadie encuentra. Un simulacro de una hora una vez al año los descubre.</translation>
    </message>
    <message>
        <source>Last drill: %1.</source>
        <translation>Último simulacro: %1.</translation>
    </message>
    <message>
        <source>No drill is recorded.</source>
        <translation>No hay ningún simulacro registrado.</translation>
    </message>
    <message>
        <source>Sit down with the team, read the plan aloud, make the first calls for real (ask the host how they would act), and record the date.</source>
        <translation>Reúnete con el equipo, lee el plan en voz alta, haz las primeras llamadas de verdad (pregunta al proveedor de alojamiento cómo actuaría) y registra la fecha.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) against attacks not prepared</source>
        <translation>
            <numerusform>%n paso contra ataques sin preparar</numerusform>
            <numerusform>%n pasos contra ataques sin preparar</numerusform>
        </translation>
    </message>
    <message>
        <source>What is set up before an attack works in minutes; what must be set up during one takes hours.</source>
        <translation>Lo que está preparado antes de un ataque funciona en minutos; lo que hay que preparar durante el ataque lleva horas.</translation>
    </message>
    <message>
        <source>Go through the steps with your host or CDN and tick each one that is in place.</source>
        <translation>Repasa los pasos con tu proveedor de alojamiento o tu CDN y marca los que ya estén listos.</translation>
    </message>
</context>
<context>
    <name>DdosFindingsView</name>
    <message>
        <source>What the DDoS checks found</source>
        <translation>Lo que encontraron las comprobaciones de DDoS</translation>
    </message>
    <message>
        <source>About the chosen finding</source>
        <translation>Sobre el hallazgo elegido</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to fix: the shop is as ready for an attack as this plan can tell.</source>
        <translation>Nada que corregir: por lo que este plan puede saber, la tienda está preparada para un ataque.</translation>
    </message>
    <message>
        <source>Nothing urgent. Choose a finding to see why it matters and what to do.</source>
        <translation>Nada urgente. Elige un hallazgo para ver por qué importa y qué hacer.</translation>
    </message>
    <message numerus="yes">
        <source>%n urgent thing(s) to sort out. Choose a finding to see why it matters and what to do.</source>
        <translation>
            <numerusform>%n asunto urgente que resolver. Elige un hallazgo para ver por qué importa y qué hacer.</numerusform>
            <numerusform>%n asuntos urgentes que resolver. Elige un hallazgo para ver por qué importan y qué hacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Gravedad: %1</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Lo que se ha visto</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regla %1</translation>
    </message>
</context>
<context>
    <name>DdosFrontView</name>
    <message>
        <source>Absorbs or filters attacks</source>
        <translation>Absorbe o filtra ataques</translation>
    </message>
    <message>
        <source>What they do in an attack</source>
        <translation>Qué hace en un ataque</translation>
    </message>
    <message>
        <source>Tells you within</source>
        <translation>Te avisa en un plazo de</translation>
    </message>
    <message>
        <source>How they tell you</source>
        <translation>Cómo te avisa</translation>
    </message>
    <message>
        <source>Whom to contact in an attack</source>
        <translation>A quién contactar en un ataque</translation>
    </message>
    <message>
        <source>A CDN is in front of the shop</source>
        <translation>Hay una CDN delante de la tienda</translation>
    </message>
    <message>
        <source>Which CDN</source>
        <translation>Qué CDN</translation>
    </message>
    <message>
        <source>What the latest probe saw</source>
        <translation>Lo que vio la última prueba</translation>
    </message>
    <message>
        <source>The CDN you record</source>
        <translation>La CDN que registras</translation>
    </message>
    <message>
        <source>CDN in front of the shop</source>
        <translation>CDN delante de la tienda</translation>
    </message>
    <message>
        <source>The provider whose network stands in front of the shop. Add it in the Providers step if it is not listed.</source>
        <translation>El proveedor cuya red está delante de la tienda. Añádelo en el paso Proveedores si no aparece en la lista.</translation>
    </message>
    <message>
        <source>Notes about the CDN</source>
        <translation>Notas sobre la CDN</translation>
    </message>
    <message>
        <source>For example: in front of the shop since 2024; mail goes around it</source>
        <translation>Por ejemplo: delante de la tienda desde 2024; el correo no pasa por ella</translation>
    </message>
    <message>
        <source>Record the CDN here when the probe cannot see it, for example one that only filters attacks, or when the shop has several addresses.</source>
        <translation>Registra aquí la CDN cuando la prueba no pueda verla, por ejemplo si solo filtra ataques, o cuando la tienda tenga varias direcciones.</translation>
    </message>
    <message>
        <source>&amp;CDN in front:</source>
        <translation>&amp;CDN delante:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>What your host and CDN said about attacks</source>
        <translation>Lo que han dicho tu proveedor de alojamiento y tu CDN sobre los ataques</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Ninguna registrada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A provider no longer in the plan</source>
        <translation>Un proveedor que ya no está en el plan</translation>
    </message>
    <message>
        <source>Not probed yet. Probe the site in the Encryption (TLS) step to see whether a CDN stands in front of it.</source>
        <translation>Todavía no se ha probado. Prueba el sitio en el paso Cifrado (TLS) para ver si hay una CDN delante.</translation>
    </message>
    <message>
        <source>No CDN seen: the probe of %1 on %2 found no known CDN in front of the site.</source>
        <translation>No se ha visto ninguna CDN: la prueba de %1 del %2 no encontró ninguna CDN conocida delante del sitio.</translation>
    </message>
    <message>
        <source>%1 stands in front of the site (seen by the probe of %2 on %3).</source>
        <translation>%1 está delante del sitio (lo vio la prueba de %2 del %3).</translation>
    </message>
    <message>
        <source>No answer on file — ask in the Providers step.</source>
        <translation>No hay ninguna respuesta registrada — pregunta en el paso Proveedores.</translation>
    </message>
    <message>
        <source>No host, platform or CDN is in the plan yet. Add them in the Providers step, then ask them the questions about attacks.</source>
        <translation>Todavía no hay en el plan ningún proveedor de alojamiento, plataforma ni CDN. Añádelos en el paso Proveedores y después hazles las preguntas sobre ataques.</translation>
    </message>
    <message>
        <source>Record %1 as the CDN</source>
        <translation>Registrar %1 como la CDN</translation>
    </message>
    <message>
        <source>Record no CDN</source>
        <translation>Registrar que no hay CDN</translation>
    </message>
    <message>
        <source>Edit the CDN notes</source>
        <translation>Cambiar las notas sobre la CDN</translation>
    </message>
</context>
<context>
    <name>DdosPage</name>
    <message>
        <source>DDoS readiness</source>
        <translation>Preparación ante DDoS</translation>
    </message>
    <message>
        <source>In a DDoS attack, a flood of traffic makes your shop unreachable for customers, for hours or days. What you prepare before an attack works in minutes; what you have to arrange during one takes hours. Decide now who stands in front of the shop, who calls whom, and what is switched on in advance.</source>
        <translation>En un ataque DDoS, una avalancha de tráfico hace que los clientes no puedan acceder a tu tienda durante horas o días. Lo que preparas antes de un ataque funciona en minutos; lo que tienes que organizar durante el ataque lleva horas. Decide ahora quién está delante de la tienda, quién llama a quién y qué se activa de antemano.</translation>
    </message>
    <message>
        <source>In Front of the Shop</source>
        <translation>Delante de la tienda</translation>
    </message>
    <message>
        <source>Who Calls Whom</source>
        <translation>Quién llama a quién</translation>
    </message>
    <message>
        <source>Prepared in Advance</source>
        <translation>Preparado de antemano</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Simulacro</translation>
    </message>
    <message>
        <source>What to Fix</source>
        <translation>Qué arreglar</translation>
    </message>
    <message>
        <source>What to Fix (%1)</source>
        <translation>Qué arreglar (%1)</translation>
    </message>
    <message>
        <source>DDoS readiness sections</source>
        <translation>Secciones de Preparación ante DDoS</translation>
    </message>
</context>
<context>
    <name>DdosPlanCommand</name>
    <message>
        <source>No plan is open.</source>
        <translation>No hay ningún plan abierto.</translation>
    </message>
</context>
<context>
    <name>DdosStep</name>
    <message>
        <source>Know how to switch on the CDN&apos;s attack mode</source>
        <translation>Saber cómo activar el modo de ataque de la CDN</translation>
    </message>
    <message>
        <source>Limit how often one visitor may log in, search and check out</source>
        <translation>Limitar cuántas veces puede un visitante iniciar sesión, buscar y pagar</translation>
    </message>
    <message>
        <source>The shop&apos;s server answers only the CDN</source>
        <translation>El servidor de la tienda solo responde a la CDN</translation>
    </message>
    <message>
        <source>Pages and images are cached by the CDN</source>
        <translation>La CDN guarda en caché las páginas y las imágenes</translation>
    </message>
    <message>
        <source>Access to the domain&apos;s DNS settings is at hand</source>
        <translation>El acceso a la configuración DNS del dominio está a mano</translation>
    </message>
    <message>
        <source>A message to customers is written in advance</source>
        <translation>Hay un mensaje para los clientes escrito de antemano</translation>
    </message>
    <message>
        <source>Most CDNs have a switch that checks every visitor before letting them through. In an attack minutes count: know where the switch is and who may use it.</source>
        <translation>La mayoría de las CDN tienen un interruptor que comprueba a cada visitante antes de dejarlo pasar. En un ataque cuentan los minutos: debes saber dónde está el interruptor y quién puede usarlo.</translation>
    </message>
    <message>
        <source>Floods often aim at the pages that cost the server most work. A limit per visitor keeps them from tying up the whole shop.</source>
        <translation>Las avalanchas suelen apuntar a las páginas que más trabajo le dan al servidor. Un límite por visitante impide que bloqueen toda la tienda.</translation>
    </message>
    <message>
        <source>If the server also answers the open internet, an attacker can go around the CDN. Allow only the CDN&apos;s addresses through the firewall.</source>
        <translation>Si el servidor también responde a cualquiera en internet, un atacante puede saltarse la CDN. Deja pasar por el firewall solo las direcciones de la CDN.</translation>
    </message>
    <message>
        <source>What the CDN serves from its cache never reaches your server, so the shop stays up for browsing even when the server is busy.</source>
        <translation>Lo que la CDN sirve desde su caché nunca llega a tu servidor, así que la tienda se puede seguir visitando aunque el servidor esté saturado.</translation>
    </message>
    <message>
        <source>Putting a CDN in front in a hurry, or moving the site, means changing DNS. Know who has the login and keep the records&apos; lifetime short.</source>
        <translation>Poner deprisa una CDN delante, o trasladar el sitio, implica cambiar el DNS. Debes saber quién tiene el acceso y mantener corta la duración (TTL) de los registros.</translation>
    </message>
    <message>
        <source>Customers who see a dead shop and hear nothing stop trusting it. A short message ready for the status page, e-mail and social media saves time when everyone is busy.</source>
        <translation>Los clientes que ven la tienda caída y no reciben ninguna explicación dejan de confiar en ella. Un mensaje breve preparado para la página de estado, el correo electrónico y las redes sociales ahorra tiempo cuando todo el mundo está ocupado.</translation>
    </message>
</context>
<context>
    <name>DdosStepsView</name>
    <message>
        <source>Add &amp;Step</source>
        <translation>Añadir &amp;paso</translation>
    </message>
    <message>
        <source>Your own step</source>
        <translation>Tu propio paso</translation>
    </message>
    <message>
        <source>For example: a second DNS provider is set up</source>
        <translation>Por ejemplo: hay un segundo proveedor de DNS configurado</translation>
    </message>
    <message>
        <source>Add a step of your own to prepare</source>
        <translation>Añadir un paso propio que preparar</translation>
    </message>
    <message>
        <source>Your &amp;own step:</source>
        <translation>Tu p&amp;ropio paso:</translation>
    </message>
    <message>
        <source>What is set up before an attack works in minutes; what must be set up during one takes hours. %1 of %2 standard steps prepared.</source>
        <translation>Lo que se configura antes de un ataque funciona en minutos; lo que hay que configurar durante el ataque lleva horas. %1 de %2 pasos estándar preparados.</translation>
    </message>
    <message>
        <source>Prepared on:</source>
        <translation>Preparado el:</translation>
    </message>
    <message>
        <source>Date “%1” was prepared</source>
        <translation>Fecha en que se preparó «%1»</translation>
    </message>
    <message>
        <source>Notes on “%1”</source>
        <translation>Notas sobre «%1»</translation>
    </message>
    <message>
        <source>Notes: who did it, where the switch is, why it is not done</source>
        <translation>Notas: quién lo hizo, dónde está el interruptor, por qué no está hecho</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the step “%1”</source>
        <translation>Quitar el paso «%1»</translation>
    </message>
    <message>
        <source>Take your own step off the list (Edit &gt; Undo brings it back)</source>
        <translation>Quitar tu propio paso de la lista (Editar &gt; Deshacer lo recupera)</translation>
    </message>
    <message>
        <source>Mark “%1” as prepared</source>
        <translation>Marcar «%1» como preparado</translation>
    </message>
    <message>
        <source>Mark “%1” as not prepared</source>
        <translation>Marcar «%1» como no preparado</translation>
    </message>
    <message>
        <source>Change when “%1” was prepared</source>
        <translation>Cambiar cuándo se preparó «%1»</translation>
    </message>
    <message>
        <source>Edit the notes on “%1”</source>
        <translation>Cambiar las notas sobre «%1»</translation>
    </message>
    <message>
        <source>Add the step “%1”</source>
        <translation>Añadir el paso «%1»</translation>
    </message>
</context>
<context>
    <name>EarlierCopiesDialog</name>
    <message>
        <source>&amp;Open a Copy…</source>
        <translation>&amp;Abrir una copia…</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Mostrar en la car&amp;peta</translation>
    </message>
    <message>
        <source>Earlier Copies</source>
        <translation>Copias anteriores</translation>
    </message>
    <message>
        <source>Storefort keeps a copy of this plan each time it is opened, the last %L1; a copy you open becomes a new plan, and this one stays as it is.</source>
        <translation>Storefort guarda una copia de este plan cada vez que se abre y conserva las últimas %L1; una copia que abras se convierte en un plan nuevo, y este se queda como está.</translation>
    </message>
    <message>
        <source>Earlier copies of the plan</source>
        <translation>Copias anteriores del plan</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>No copies of this plan have been kept yet. Storefort keeps one each time the plan is opened for changes.</source>
        <translation>Todavía no se ha guardado ninguna copia de este plan. Storefort guarda una cada vez que el plan se abre para hacer cambios.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cannot be opened: %1</source>
        <translation>No se puede abrir: %1</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>This copy cannot be opened.</source>
        <translation>Esta copia no se puede abrir.</translation>
    </message>
    <message>
        <source>This copy&apos;s history has been tampered with.</source>
        <translation>El historial de esta copia se ha manipulado.</translation>
    </message>
    <message>
        <source>%1 as of %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>Open a Copy as a New Plan</source>
        <translation>Abrir una copia como plan nuevo</translation>
    </message>
    <message>
        <source>That is the plan that is open now. Choose another name: a copy never replaces the open plan.</source>
        <translation>Ese es el plan que está abierto ahora. Elige otro nombre: una copia nunca sustituye al plan abierto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists. Choose another name: opening a copy never replaces a file.</source>
        <translation>«%1» ya existe. Elige otro nombre: abrir una copia nunca sustituye a un archivo.</translation>
    </message>
    <message>
        <source>The copy could not be saved as &quot;%1&quot;: %2</source>
        <translation>No se pudo guardar la copia como «%1»: %2</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>The folder could not be shown. The copies are in &quot;%1&quot;.</source>
        <translation>No se pudo mostrar la carpeta. Las copias están en «%1».</translation>
    </message>
    <message>
        <source>Copies, &amp;newest first:</source>
        <translation>Copias, de la más &amp;reciente a la más antigua:</translation>
    </message>
</context>
<context>
    <name>EditAccountCommand</name>
    <message>
        <source>Edit account %1</source>
        <translation>Cambiar los datos de la cuenta %1</translation>
    </message>
    <message>
        <source>The account %1 has changed since this edit (by an import or another step), so the edit cannot be undone. Edit the account again instead.</source>
        <translation>La cuenta %1 ha cambiado desde esta edición (por una importación u otro paso), así que no se puede deshacer. Edita la cuenta de nuevo.</translation>
    </message>
</context>
<context>
    <name>EditPersonCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Cambiar los datos de %1</translation>
    </message>
</context>
<context>
    <name>EditProviderCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Cambiar los datos de %1</translation>
    </message>
</context>
<context>
    <name>EditRecoveryItemCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Cambiar los datos de %1</translation>
    </message>
</context>
<context>
    <name>EditSystemCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Cambiar los datos de %1</translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <source>“%1” is %2. An evidence file can be at most %3: keep a smaller copy (a PDF of the pages that matter, for example).</source>
        <translation>«%1» ocupa %2. Un archivo de prueba puede ocupar como máximo %3: guarda una copia más pequeña (por ejemplo, un PDF de las páginas que importan).</translation>
    </message>
    <message>
        <source>&amp;Add Evidence…</source>
        <translation>&amp;Añadir archivo de prueba…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Archivos de prueba</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Keep a file inside the plan as evidence for this answer (at most %1)</source>
        <translation>Guardar un archivo dentro del plan como prueba de esta respuesta (%1 como máximo)</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Record their answer first; then you can keep evidence with it.</source>
        <translation>Registra primero su respuesta; después podrás guardar pruebas con ella.</translation>
    </message>
    <message>
        <source>No evidence kept yet. Add what backs the answer up: their certificate, a page of the contract, their reply as PDF.</source>
        <translation>Todavía no hay ninguna prueba guardada. Añade lo que respalde la respuesta: su certificado, una página del contrato, su respuesta en PDF.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) kept inside the plan. The SHA-256 shows a file has not changed since.</source>
        <translation>
            <numerusform>%n archivo guardado dentro del plan. El SHA-256 demuestra que el archivo no ha cambiado desde entonces.</numerusform>
            <numerusform>%n archivos guardados dentro del plan. El SHA-256 demuestra que un archivo no ha cambiado desde entonces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>Añadir archivo de prueba</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>File Too Big</source>
        <translation>Archivo demasiado grande</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Leyendo «%1»…</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>No se pudo leer «%1»: %2</translation>
    </message>
    <message>
        <source>Evidence Not Added</source>
        <translation>Archivo de prueba no añadido</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to keep.</source>
        <translation>«%1» está vacío: no hay nada que guardar.</translation>
    </message>
    <message>
        <source>Evidence Not Opened</source>
        <translation>Archivo de prueba no abierto</translation>
    </message>
    <message>
        <source>A copy to open could not be written: %1</source>
        <translation>No se pudo crear una copia para abrirla: %1</translation>
    </message>
    <message>
        <source>No program to open “%1” was found. Use Save As to keep a copy.</source>
        <translation>No se encontró ningún programa para abrir «%1». Usa Guardar como para guardar una copia.</translation>
    </message>
    <message>
        <source>Save Evidence As</source>
        <translation>Guardar archivo de prueba como</translation>
    </message>
    <message>
        <source>Evidence Not Saved</source>
        <translation>Archivo de prueba no guardado</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Quitar archivo de prueba</translation>
    </message>
    <message>
        <source>Remove “%1” from the plan? The plan keeps no other copy, and this cannot be undone.</source>
        <translation>¿Quitar «%1» del plan? El plan no guarda ninguna otra copia y esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Evidence Not Removed</source>
        <translation>Archivo de prueba no quitado</translation>
    </message>
</context>
<context>
    <name>ExportVerifier</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>price</source>
        <translation>precio</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>número de pedido</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>No export file or folder is given.</source>
        <translation>No se ha indicado ningún archivo ni carpeta de exportación.</translation>
    </message>
    <message>
        <source>The export %1 does not exist on this computer (or the drive or share it is on is not connected).</source>
        <translation>La exportación %1 no existe en este ordenador (o la unidad o la carpeta compartida en la que está no está conectada).</translation>
    </message>
    <message>
        <source>The folder %1 holds no CSV file.</source>
        <translation>La carpeta %1 no contiene ningún archivo CSV.</translation>
    </message>
    <message>
        <source>Storefort is not allowed to read the export %1.</source>
        <translation>Storefort no tiene permiso para leer la exportación %1.</translation>
    </message>
    <message>
        <source>The export %1 is there.</source>
        <translation>La exportación %1 está ahí.</translation>
    </message>
    <message numerus="yes">
        <source>The export %1 is %n day(s) old (made %2). Make a new one: it should be at most %3 days old.</source>
        <translation>
            <numerusform>La exportación %1 tiene %n día de antigüedad (se hizo el %2). Haz una nueva: no debería tener más de %3 días.</numerusform>
            <numerusform>La exportación %1 tiene %n días de antigüedad (se hizo el %2). Haz una nueva: no debería tener más de %3 días.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export %1 was made %2.</source>
        <translation>La exportación %1 se hizo el %2.</translation>
    </message>
    <message>
        <source>The export %1 is empty: there is nothing in it.</source>
        <translation>La exportación %1 está vacía: no contiene nada.</translation>
    </message>
    <message>
        <source>The export %1 cannot be read as a CSV file (a spreadsheet&apos;s text form). %2</source>
        <translation>La exportación %1 no se puede leer como archivo CSV (la forma de texto de una hoja de cálculo). %2</translation>
    </message>
    <message numerus="yes">
        <source>The export %1 reads as a CSV file with %n column(s).</source>
        <translation>
            <numerusform>La exportación %1 se lee como un archivo CSV con %n columna.</numerusform>
            <numerusform>La exportación %1 se lee como un archivo CSV con %n columnas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export %1 has only its column names: there are no rows of data in it.</source>
        <translation>La exportación %1 solo tiene los nombres de las columnas: no contiene ninguna fila de datos.</translation>
    </message>
    <message numerus="yes">
        <source>The export %1 holds %n row(s) of data.</source>
        <translation>
            <numerusform>La exportación %1 contiene %n fila de datos.</numerusform>
            <numerusform>La exportación %1 contiene %n filas de datos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export %1 has the columns it needs: %2.</source>
        <translation>La exportación %1 tiene las columnas que necesita: %2.</translation>
    </message>
    <message>
        <source>The export %1 has no column for %2. Check that the export includes it; its columns are: %3.</source>
        <translation>La exportación %1 no tiene ninguna columna de %2. Comprueba que la exportación la incluya; sus columnas son: %3.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Storefort plans (*.storefort);;All files (*)</source>
        <translation>Planes de Storefort (*.storefort);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>FindingDetail</name>
    <message>
        <source>&amp;Accept as a Risk…</source>
        <translation>&amp;Aceptar como riesgo…</translation>
    </message>
    <message>
        <source>&amp;Withdraw Acceptance</source>
        <translation>&amp;Retirar la aceptación</translation>
    </message>
    <message>
        <source>About the chosen finding</source>
        <translation>Sobre el hallazgo elegido</translation>
    </message>
    <message>
        <source>Open the step of the plan where this finding is fixed</source>
        <translation>Abrir el paso del plan en el que se soluciona este hallazgo</translation>
    </message>
    <message>
        <source>Say why the shop carries this risk for now, and until when</source>
        <translation>Indica por qué la tienda asume este riesgo por ahora, y hasta cuándo</translation>
    </message>
    <message>
        <source>The finding counts again as open</source>
        <translation>El hallazgo vuelve a contar como abierto</translation>
    </message>
    <message>
        <source>Accepted as a risk by %1 on %2, with no expiry.</source>
        <translation>Aceptado como riesgo por %1 el %2, sin caducidad.</translation>
    </message>
    <message>
        <source>Accepted as a risk until %1 by %2 on %3.</source>
        <translation>Aceptado como riesgo hasta el %1 por %2 el %3.</translation>
    </message>
    <message>
        <source>Choose a finding to see why it matters, what was seen and how to fix it.</source>
        <translation>Elige un hallazgo para ver por qué importa, lo que se ha visto y cómo solucionarlo.</translation>
    </message>
    <message>
        <source>G&amp;o to %1</source>
        <translation>&amp;Ir a %1</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <source>&amp;Change Acceptance…</source>
        <translation>&amp;Cambiar la aceptación…</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Gravedad: %1</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Paso: %1</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Afecta a: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Lo que se ha visto</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regla %1</translation>
    </message>
</context>
<context>
    <name>FindingsCsv</name>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Afecta a</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Lo que se ha visto</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Aceptado por</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Aceptado el</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Accepted until</source>
        <translation>Aceptado hasta</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>&amp;Accept as a Risk…</source>
        <translation>&amp;Aceptar como riesgo…</translation>
    </message>
    <message>
        <source>&amp;Withdraw Acceptance</source>
        <translation>&amp;Retirar la aceptación</translation>
    </message>
    <message>
        <source>Accept as a Risk…</source>
        <translation>Aceptar como riesgo…</translation>
    </message>
    <message>
        <source>Withdraw Acceptance</source>
        <translation>Retirar la aceptación</translation>
    </message>
    <message>
        <source>Say why the shop carries this risk for now, and until when</source>
        <translation>Indica por qué la tienda asume este riesgo por ahora, y hasta cuándo</translation>
    </message>
    <message>
        <source>The finding counts again as open</source>
        <translation>El hallazgo vuelve a contar como abierto</translation>
    </message>
    <message>
        <source>%1 — accepted until %2</source>
        <translation>%1 — aceptado hasta el %2</translation>
    </message>
    <message>
        <source>%1 — accepted, no expiry</source>
        <translation>%1 — aceptado, sin caducidad</translation>
    </message>
    <message>
        <source>&amp;Change Acceptance…</source>
        <translation>&amp;Cambiar la aceptación…</translation>
    </message>
    <message>
        <source>Change Acceptance…</source>
        <translation>Cambiar la aceptación…</translation>
    </message>
</context>
<context>
    <name>FindingsOutput</name>
    <message>
        <source>Findings (%1):</source>
        <translation>Hallazgos (%1):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Solución: %1</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <source>All findings</source>
        <translation>Todos los hallazgos</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xportar como CSV…</translation>
    </message>
    <message>
        <source>Everything the checks found, from every step, most serious first. Choose a finding to see why it matters and how to fix it, then go to the step where it is fixed. A risk the shop chooses to carry can be accepted with a reason and an end date: it stays in the list, marked as accepted.</source>
        <translation>Todo lo que han encontrado las comprobaciones, de todos los pasos, empezando por lo más grave. Elige un hallazgo para ver por qué importa y cómo solucionarlo, y luego ve al paso en el que se soluciona. Un riesgo que la tienda decide asumir se puede aceptar con un motivo y una fecha de fin: sigue en la lista, marcado como aceptado.</translation>
    </message>
    <message>
        <source>Show findings of step</source>
        <translation>Mostrar los hallazgos del paso</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Todos los pasos</translation>
    </message>
    <message>
        <source>Show findings of severity</source>
        <translation>Mostrar los hallazgos de la gravedad</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Todas las gravedades</translation>
    </message>
    <message>
        <source>Show open or accepted findings</source>
        <translation>Mostrar los hallazgos abiertos o aceptados</translation>
    </message>
    <message>
        <source>Open and accepted</source>
        <translation>Abiertos y aceptados</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptados</translation>
    </message>
    <message>
        <source>Search the findings</source>
        <translation>Buscar en los hallazgos</translation>
    </message>
    <message>
        <source>Words in the title, what was seen, the reason…</source>
        <translation>Palabras del título, de lo que se ha visto, del motivo…</translation>
    </message>
    <message>
        <source>Save the findings the list shows as a file for a spreadsheet</source>
        <translation>Guardar los hallazgos que muestra la lista como archivo para una hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Paso:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <source>Sta&amp;te:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Go to the Step</source>
        <translation>Ir al paso</translation>
    </message>
    <message>
        <source>Accept as a Risk…</source>
        <translation>Aceptar como riesgo…</translation>
    </message>
    <message>
        <source>Withdraw Acceptance</source>
        <translation>Retirar la aceptación</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <source>Change Acceptance…</source>
        <translation>Cambiar la aceptación…</translation>
    </message>
    <message>
        <source>Nothing found: no step of the plan has anything to fix right now.</source>
        <translation>No se ha encontrado nada: ahora mismo ningún paso del plan tiene nada que arreglar.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) open.</source>
        <translation>
            <numerusform>%n hallazgo abierto.</numerusform>
            <numerusform>%n hallazgos abiertos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them serious: start there.</source>
        <translation>
            <numerusform>%n de ellos es grave: empieza por ahí.</numerusform>
            <numerusform>%n de ellos son graves: empieza por ahí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted as a risk.</source>
        <translation>
            <numerusform>%n aceptado como riesgo.</numerusform>
            <numerusform>%n aceptados como riesgo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n</source>
        <translation>
            <numerusform>Se muestra %1 de %n</numerusform>
            <numerusform>Se muestran %1 de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 findings %2</source>
        <translation>Hallazgos de %1 %2</translation>
    </message>
    <message>
        <source>Export the Findings</source>
        <translation>Exportar los hallazgos</translation>
    </message>
    <message>
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation>Archivos CSV para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>Findings Not Exported</source>
        <translation>Hallazgos no exportados</translation>
    </message>
    <message>
        <source>The findings could not be written to “%1”: %2. Choose another folder, for example your Documents folder.</source>
        <translation>No se pudieron escribir los hallazgos en «%1»: %2. Elige otra carpeta, por ejemplo tu carpeta Documentos.</translation>
    </message>
</context>
<context>
    <name>FindingsRegisterModel</name>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Accepted, no expiry</source>
        <translation>Aceptado, sin caducidad</translation>
    </message>
    <message>
        <source>Accepted until %1</source>
        <translation>Aceptado hasta el %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Afecta a</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Letter to %1</source>
        <translation>Carta a %1</translation>
    </message>
    <message>
        <source>someone removed</source>
        <translation>una persona quitada del plan</translation>
    </message>
    <message>
        <source>The account register</source>
        <translation>El registro de cuentas</translation>
    </message>
    <message>
        <source>The DDoS plan</source>
        <translation>El plan DDoS</translation>
    </message>
</context>
<context>
    <name>GitVerifier</name>
    <message>
        <source>Storefort could not start git (%1), the program it checks the code with. Install git, or check the code by hand.</source>
        <translation>Storefort no pudo iniciar git (%1), el programa con el que comprueba el código. Instala git o comprueba el código a mano.</translation>
    </message>
    <message>
        <source>git stopped unexpectedly while checking %1.</source>
        <translation>git se detuvo de forma inesperada al comprobar %1.</translation>
    </message>
    <message>
        <source>No folder of the code is given.</source>
        <translation>No se ha indicado ninguna carpeta del código.</translation>
    </message>
    <message>
        <source>The code&apos;s folder, %1, does not exist on this computer (or the drive or share it is on is not connected).</source>
        <translation>La carpeta del código, %1, no existe en este ordenador (o la unidad o la carpeta compartida en la que está no está conectada).</translation>
    </message>
    <message>
        <source>The folder %1 is not a git repository (a folder whose history git keeps), so Storefort cannot check the code in it.</source>
        <translation>La carpeta %1 no es un repositorio git (una carpeta cuyo historial guarda git), así que Storefort no puede comprobar el código que contiene.</translation>
    </message>
    <message>
        <source>The folder %1 is a git repository.</source>
        <translation>La carpeta %1 es un repositorio git.</translation>
    </message>
    <message>
        <source>The repository %1 has no commits yet: no version of the code is kept in it.</source>
        <translation>El repositorio %1 todavía no tiene ningún commit: no guarda ninguna versión del código.</translation>
    </message>
    <message>
        <source>The last change to the code is &quot;%1&quot; by %2, made %3 (less than a day ago).</source>
        <translation>El último cambio del código es «%1», de %2, hecho el %3 (hace menos de un día).</translation>
    </message>
    <message numerus="yes">
        <source>The last change to the code is &quot;%1&quot; by %2, made %3 (%n day(s) ago).</source>
        <translation>
            <numerusform>El último cambio del código es «%1», de %2, hecho el %3 (hace %n día).</numerusform>
            <numerusform>El último cambio del código es «%1», de %2, hecho el %3 (hace %n días).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change to the code is committed.</source>
        <translation>Todos los cambios del código están confirmados (commit).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have changes that are not committed: they are not kept in the repository&apos;s history yet.</source>
        <translation>
            <numerusform>%n archivo tiene cambios sin confirmar (commit): todavía no están guardados en el historial del repositorio.</numerusform>
            <numerusform>%n archivos tienen cambios sin confirmar (commit): todavía no están guardados en el historial del repositorio.</numerusform>
        </translation>
    </message>
    <message>
        <source>git could not tell which files have changes that are not committed.</source>
        <translation>git no pudo determinar qué archivos tienen cambios sin confirmar.</translation>
    </message>
    <message>
        <source>The code exists only on this machine: the repository has no remote copy (on GitHub, GitLab, your host, ...).</source>
        <translation>El código solo existe en este equipo: el repositorio no tiene ninguna copia remota (en GitHub, GitLab, tu proveedor de alojamiento...).</translation>
    </message>
    <message numerus="yes">
        <source>The code exists only on this machine: the repository has no remote copy (on GitHub, GitLab, your host, ...) to push its %n commit(s) to.</source>
        <translation>
            <numerusform>El código solo existe en este equipo: el repositorio no tiene ninguna copia remota (en GitHub, GitLab, tu proveedor de alojamiento...) a la que subir su %n commit.</numerusform>
            <numerusform>El código solo existe en este equipo: el repositorio no tiene ninguna copia remota (en GitHub, GitLab, tu proveedor de alojamiento...) a la que subir sus %n commits.</numerusform>
        </translation>
    </message>
    <message>
        <source>git could not tell whether every commit is pushed to a remote copy.</source>
        <translation>git no pudo determinar si todos los commits se han subido a una copia remota.</translation>
    </message>
    <message>
        <source>Every commit is pushed to the remote copy (%1).</source>
        <translation>Todos los commits se han subido a la copia remota (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) exist only on this machine: they are not pushed to the remote copy (%1) yet.</source>
        <translation>
            <numerusform>%n commit solo existe en este equipo: todavía no se ha subido a la copia remota (%1).</numerusform>
            <numerusform>%n commits solo existen en este equipo: todavía no se han subido a la copia remota (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelloExchange</name>
    <message>
        <source>The connection was refused.</source>
        <translation>La conexión fue rechazada.</translation>
    </message>
    <message>
        <source>The server could not be reached within %1 s.</source>
        <translation>No se pudo contactar con el servidor en %1 s.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>No se pudo conectar: %1</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation>El servidor no respondió en %1 s.</translation>
    </message>
    <message>
        <source>The server sent more than %1 KiB without finishing its answer.</source>
        <translation>El servidor envió más de %1 KiB sin terminar su respuesta.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Se canceló la comprobación.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>The history breaks at this entry: it was changed, removed or reordered outside Storefort.</source>
        <translation>El historial se rompe en esta entrada: se cambió, se eliminó o se reordenó fuera de Storefort.</translation>
    </message>
    <message>
        <source>Team member %1</source>
        <translation>Miembro del equipo %1</translation>
    </message>
    <message>
        <source>Computer account %1</source>
        <translation>Cuenta de usuario %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Only &amp;between</source>
        <translation>Solo e&amp;ntre</translation>
    </message>
    <message>
        <source>Every change to the plan is written here: what changed, from what to what, who made the change and when. Each entry is sealed together with the one before it, so an entry changed or deleted outside Storefort shows up as a break.</source>
        <translation>Aquí se anota cada cambio del plan: qué cambió, de qué a qué, quién hizo el cambio y cuándo. Cada entrada se sella junto con la anterior, así que una entrada cambiada o borrada fuera de Storefort aparece como una ruptura.</translation>
    </message>
    <message>
        <source>Show changes in area</source>
        <translation>Mostrar los cambios del área</translation>
    </message>
    <message>
        <source>Show changes by</source>
        <translation>Mostrar los cambios de</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>Á&amp;rea:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>It has 1 entry.</source>
        <translation>Contiene 1 entrada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries, each linked to the one before.</source>
        <translation>
            <numerusform>%Ln entrada, enlazada con la anterior.</numerusform>
            <numerusform>%Ln entradas, cada una enlazada con la anterior.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history is intact.</source>
        <translation>El historial está intacto.</translation>
    </message>
    <message>
        <source>The history has been tampered with.</source>
        <translation>El historial se ha manipulado.</translation>
    </message>
    <message>
        <source> Storefort has not repaired anything. If you did not expect this, compare the plan with an earlier copy.</source>
        <translation> Storefort no ha reparado nada. Si no te lo esperabas, compara el plan con una copia anterior.</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>No se pudo leer el historial.</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Todas las áreas</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Mostrando %1 de %2</translation>
    </message>
</context>
<context>
    <name>HttpResponse</name>
    <message>
        <source>The server&apos;s answer has more than %1 KiB of headers.</source>
        <translation>La respuesta del servidor tiene más de %1 KiB de cabeceras.</translation>
    </message>
    <message>
        <source>The server did not answer with HTTP.</source>
        <translation>El servidor no respondió con HTTP.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has a malformed header.</source>
        <translation>La respuesta del servidor tiene una cabecera mal formada.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has more than %1 headers.</source>
        <translation>La respuesta del servidor tiene más de %1 cabeceras.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was empty.</source>
        <translation>La respuesta del servidor estaba vacía.</translation>
    </message>
</context>
<context>
    <name>IcsCalendar</name>
    <message>
        <source>Could not save the calendar to %1: %2</source>
        <translation>No se pudo guardar el calendario en %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportAccountsDialog</name>
    <message>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New System…</source>
        <translation>Sistema &amp;nuevo…</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>&amp;Match Columns…</source>
        <translation>Asignar &amp;columnas…</translation>
    </message>
    <message>
        <source>&amp;Skip the rows that could not be read</source>
        <translation>&amp;Omitir las filas que no se pudieron leer</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Compare with the Plan</source>
        <translation>Com&amp;parar con el plan</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Apl&amp;icar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import Accounts</source>
        <translation>Importar cuentas</translation>
    </message>
    <message>
        <source>Export the list of users from the system (most shop platforms, hosting panels and email services can save it as a CSV file), then choose that file here. Nothing changes until you have seen what the import would do.</source>
        <translation>Exporta la lista de usuarios del sistema (la mayoría de las plataformas de tiendas, paneles de alojamiento y servicios de correo electrónico pueden guardarla como archivo CSV) y elige ese archivo aquí. No cambia nada hasta que hayas visto qué haría la importación.</translation>
    </message>
    <message>
        <source>The system the file&apos;s accounts are on</source>
        <translation>El sistema en el que están las cuentas del archivo</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No se ha elegido ningún archivo</translation>
    </message>
    <message>
        <source>Storefort recognises the file by its columns; change this if it guessed wrong.</source>
        <translation>Storefort reconoce el archivo por sus columnas; cámbialo si no ha acertado.</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>&amp;Sistema:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Accounts on file that the export no longer lists. They are marked removed, not deleted, so their history stays.</source>
        <translation>Cuentas registradas que ya no aparecen en la exportación. Se marcan como eliminadas, pero no se borran, así que se conserva su historial.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Why it could not be read</source>
        <translation>Por qué no se pudo leer</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevas</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiadas</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminadas</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>No leídas</translation>
    </message>
    <message>
        <source>Apply the rows that could be read and leave the others out. The accounts on the rows left out stay as they are on file.</source>
        <translation>Aplicar las filas que se pudieron leer y dejar fuera las demás. Las cuentas de las filas que se dejan fuera se quedan como están registradas.</translation>
    </message>
    <message>
        <source>Choose the Exported Accounts</source>
        <translation>Elegir las cuentas exportadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>No se pudo abrir el archivo: %1</translation>
    </message>
    <message>
        <source>This does not look like a CSV file: %1</source>
        <translation>Esto no parece un archivo CSV: %1</translation>
    </message>
    <message>
        <source>Storefort does not know this export; match its columns below.</source>
        <translation>Storefort no conoce esta exportación; asigna sus columnas más abajo.</translation>
    </message>
    <message>
        <source>This looks like an export from %1.</source>
        <translation>Parece una exportación de %1.</translation>
    </message>
    <message>
        <source>Say which column holds the user names with Match Columns.</source>
        <translation>Indica con «Asignar columnas» qué columna contiene los nombres de usuario.</translation>
    </message>
    <message>
        <source>User names are read from the column &quot;%1&quot;.</source>
        <translation>Los nombres de usuario se leen de la columna «%1».</translation>
    </message>
    <message>
        <source>Reading %1 and comparing it with the accounts on file…</source>
        <translation>Leyendo %1 y comparándolo con las cuentas registradas…</translation>
    </message>
    <message>
        <source>File Not Read</source>
        <translation>Archivo no leído</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiada</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Nothing to change: the plan already has the accounts of %1 as this file lists them.</source>
        <translation>No hay nada que cambiar: el plan ya tiene las cuentas de %1 tal como aparecen en este archivo.</translation>
    </message>
    <message>
        <source>This is what importing %1 would change on %2. Nothing is changed until you choose Apply.</source>
        <translation>Esto es lo que cambiaría en %2 al importar %1. No se cambia nada hasta que elijas «Aplicar».</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>todo el archivo</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>Nuevas (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Cambiadas (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Eliminadas (%1)</translation>
    </message>
    <message>
        <source>Not read (%1)</source>
        <translation>No leídas (%1)</translation>
    </message>
    <message>
        <source>Applying the import…</source>
        <translation>Aplicando la importación…</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>Cancelar la i&amp;mportación</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Se ha cancelado la importación. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Import Not Applied</source>
        <translation>Importación no aplicada</translation>
    </message>
    <message>
        <source>Columns Not Remembered</source>
        <translation>Columnas no recordadas</translation>
    </message>
    <message>
        <source>The accounts were imported, but the columns you matched could not be remembered for next time.</source>
        <translation>Se importaron las cuentas, pero no se pudieron recordar para la próxima vez las columnas que asignaste.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read. Correct the file and import it again, or tick the box above to import the rest without them.</source>
        <translation>
            <numerusform>No se pudo leer %n fila. Corrige el archivo y vuelve a importarlo, o marca la casilla de arriba para importar el resto sin ella.</numerusform>
            <numerusform>No se pudieron leer %n filas. Corrige el archivo y vuelve a importarlo, o marca la casilla de arriba para importar el resto sin ellas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportAnswersDialog</name>
    <message>
        <source>Import Answers from %1</source>
        <translation>Importar respuestas de %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n answer(s).</source>
        <translation>
            <numerusform>«%1» contiene %n respuesta.</numerusform>
            <numerusform>«%1» contiene %n respuestas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without an answer are skipped.</source>
        <translation>
            <numerusform>Se omite %n fila sin respuesta.</numerusform>
            <numerusform>Se omiten %n filas sin respuesta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are the same as on file already.</source>
        <translation>
            <numerusform>%n respuesta coincide con la que ya consta.</numerusform>
            <numerusform>%n respuestas coinciden con las que ya constan.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be read as a fill-in file.</source>
        <translation>No se pudo leer «%1» como archivo para rellenar.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were found; rows with a problem are not recorded.</source>
        <translation>
            <numerusform>Se ha encontrado %n problema; las filas con problemas no se registran.</numerusform>
            <numerusform>Se han encontrado %n problemas; las filas con problemas no se registran.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems were found.</source>
        <translation>No se ha encontrado ningún problema.</translation>
    </message>
    <message>
        <source>Nothing is recorded until you choose.</source>
        <translation>No se registra nada hasta que tú lo decidas.</translation>
    </message>
    <message>
        <source>&amp;Answers to record:</source>
        <translation>Respuestas &amp;que se registrarán:</translation>
    </message>
    <message>
        <source>Answers to record</source>
        <translation>Respuestas que se registrarán</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Respondida por</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>replaces “%1” (%2)</source>
        <translation>sustituye a «%1» (%2)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>&amp;Problems in the file:</source>
        <translation>&amp;Problemas en el archivo:</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemas en el archivo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Record %n Answer(s)</source>
        <translation>
            <numerusform>&amp;Registrar %n respuesta</numerusform>
            <numerusform>&amp;Registrar %n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the problems in the file first, or record only the valid answers</source>
        <translation>Corrige primero los problemas del archivo o registra solo las respuestas válidas</translation>
    </message>
    <message numerus="yes">
        <source>Record the %n &amp;Valid Answer(s), Skip the Errors</source>
        <translation>
            <numerusform>Registrar la %n respuesta &amp;válida y omitir los errores</numerusform>
            <numerusform>Registrar las %n respuestas &amp;válidas y omitir los errores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain&apos;s message was withheld because it contained the password.</source>
        <translation>El mensaje del llavero no se muestra porque contenía la contraseña.</translation>
    </message>
    <message>
        <source>There is no password to save.</source>
        <translation>No hay ninguna contraseña que guardar.</translation>
    </message>
</context>
<context>
    <name>LeaversView</name>
    <message>
        <source>&amp;Mark as Left…</source>
        <translation>&amp;Marcar que se ha ido…</translation>
    </message>
    <message>
        <source>When someone leaves, every account they had must be disabled or handed over to a colleague. Tick each one off as it is done.</source>
        <translation>Cuando alguien se va, hay que desactivar o traspasar a un compañero cada una de las cuentas que tenía. Marca cada una cuando esté hecha.</translation>
    </message>
    <message>
        <source>People who left</source>
        <translation>Personas que se han ido</translation>
    </message>
    <message>
        <source>The leaver’s accounts</source>
        <translation>Cuentas de la persona que se ha ido</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Qué se hizo</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Compañero</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>se fue el %1</translation>
    </message>
    <message>
        <source>left</source>
        <translation>se ha ido</translation>
    </message>
    <message>
        <source>no accounts</source>
        <translation>sin cuentas</translation>
    </message>
    <message>
        <source>all done</source>
        <translation>todo hecho</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 hechas</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>Nobody has left. When someone does, mark them as left: their accounts then show here to be closed one by one.</source>
        <translation>Nadie se ha ido. Cuando alguien se vaya, marca que se ha ido: entonces sus cuentas aparecerán aquí para cerrarlas una a una.</translation>
    </message>
    <message>
        <source>Choose a person to see their accounts.</source>
        <translation>Elige una persona para ver sus cuentas.</translation>
    </message>
    <message>
        <source>%1 had no accounts on file.</source>
        <translation>%1 no tenía cuentas registradas.</translation>
    </message>
    <message>
        <source>%1’s accounts</source>
        <translation>Cuentas de %1</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Closed on the system</source>
        <translation>Cerrada en el sistema</translation>
    </message>
    <message>
        <source>The account is %1 on %2 itself: nothing left to do.</source>
        <translation>La cuenta ya está %1 en el propio sistema %2: no queda nada por hacer.</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>Traspasada a</translation>
    </message>
    <message>
        <source>someone removed</source>
        <translation>alguien que ya no está en el equipo</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Mark as Left</source>
        <translation>Marcar que se ha ido</translation>
    </message>
    <message>
        <source>Their accounts then show here as a checklist to disable or hand over.</source>
        <translation>Entonces sus cuentas aparecerán aquí como una lista de tareas para desactivarlas o traspasarlas.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Who left</source>
        <translation>&amp;Quién se ha ido</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>Ú&amp;ltimo día</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>&amp;Every question that applies</source>
        <translation>&amp;Todas las preguntas que corresponden</translation>
    </message>
    <message>
        <source>Only the &amp;outstanding ones (not answered, or due again)</source>
        <translation>Solo las pe&amp;ndientes (sin responder o que toca volver a preguntar)</translation>
    </message>
    <message>
        <source>Save Letter as &amp;PDF…</source>
        <translation>Guardar la carta como &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;Fill-in File (CSV)…</source>
        <translation>Guardar el &amp;archivo para rellenar (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Copy Email Text</source>
        <translation>&amp;Copiar el texto del correo</translation>
    </message>
    <message>
        <source>Open in &amp;Email Program</source>
        <translation>Abrir en el programa de corr&amp;eo</translation>
    </message>
    <message>
        <source>Ask %1</source>
        <translation>Preguntar a %1</translation>
    </message>
    <message>
        <source>Send them the letter (as PDF or email) with the fill-in file. When they send the file back, import it with “Import Returned File…”.</source>
        <translation>Envíales la carta (en PDF o por correo electrónico) junto con el archivo para rellenar. Cuando te devuelvan el archivo, impórtalo con «Importar archivo devuelto…».</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Vista previa de la carta</translation>
    </message>
    <message>
        <source>Opens a new email to %1 in your email program</source>
        <translation>Abre un correo nuevo para %1 en tu programa de correo</translation>
    </message>
    <message>
        <source>Add the provider’s support email first (on the Contact tab)</source>
        <translation>Añade primero el correo electrónico de soporte del proveedor (en la pestaña Contacto)</translation>
    </message>
    <message>
        <source>Nothing to ask: every question has a current answer. Choose “Every question” to ask them all again.</source>
        <translation>No hay nada que preguntar: todas las preguntas tienen una respuesta vigente. Elige «Todas las preguntas» para volver a hacerlas todas.</translation>
    </message>
    <message>
        <source>Save Letter as PDF</source>
        <translation>Guardar la carta como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the letter…</source>
        <translation>Creando la carta…</translation>
    </message>
    <message>
        <source>The letter is saved as %1.</source>
        <translation>La carta se ha guardado como %1.</translation>
    </message>
    <message>
        <source>Letter Not Saved</source>
        <translation>Carta no guardada</translation>
    </message>
    <message>
        <source>Save Fill-in File</source>
        <translation>Guardar el archivo para rellenar</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Fill-in File Not Saved</source>
        <translation>Archivo para rellenar no guardado</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
    <message>
        <source>The fill-in file is saved as %1. They can fill it in with any spreadsheet program.</source>
        <translation>El archivo para rellenar se ha guardado como %1. Pueden rellenarlo con cualquier programa de hojas de cálculo.</translation>
    </message>
    <message>
        <source>The email text is copied. A subject to use: “%1”.</source>
        <translation>Se ha copiado el texto del correo. Un asunto que puedes usar: «%1».</translation>
    </message>
    <message>
        <source>No Email Program</source>
        <translation>No hay programa de correo</translation>
    </message>
    <message>
        <source>No email program opened. Use “Copy Email Text” and paste it into a new email.</source>
        <translation>No se abrió ningún programa de correo. Usa «Copiar el texto del correo» y pégalo en un correo nuevo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Show &amp;History</source>
        <translation>Ver el &amp;historial</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Cambio no guardado</translation>
    </message>
    <message>
        <source>My shop</source>
        <translation>Mi tienda</translation>
    </message>
    <message>
        <source>Open My &amp;Default Plan</source>
        <translation>Abrir mi plan &amp;predeterminado</translation>
    </message>
    <message>
        <source>Start a &amp;Fresh Plan</source>
        <translation>Empezar un plan &amp;vacío</translation>
    </message>
    <message>
        <source>It was taken off the list of recent plans.</source>
        <translation>Se ha quitado de la lista de planes recientes.</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Abrir plan</translation>
    </message>
    <message>
        <source>New Plan</source>
        <translation>Nuevo plan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>&amp;Nuevo plan…</translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation>&amp;Abrir plan…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Guardar una &amp;copia como…</translation>
    </message>
    <message>
        <source>&amp;Close Plan</source>
        <translation>C&amp;errar plan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer:</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer:</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Storefort</source>
        <translation>&amp;Acerca de Storefort</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>No hay planes recientes</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar la lista</translation>
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
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>Changes cannot be made to it here.</source>
        <translation>Aquí no se puede cambiar.</translation>
    </message>
    <message>
        <source>This plan is read-only.</source>
        <translation>Este plan es de solo lectura.</translation>
    </message>
    <message>
        <source>The plan&apos;s history has been tampered with.</source>
        <translation>El historial del plan se ha manipulado.</translation>
    </message>
    <message>
        <source> Storefort has not repaired or hidden anything.</source>
        <translation> Storefort no ha reparado ni ocultado nada.</translation>
    </message>
    <message>
        <source>No plan open</source>
        <translation>Ningún plan abierto</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be made</source>
        <translation>Solo lectura: no se pueden hacer cambios</translation>
    </message>
    <message>
        <source>Every change is saved as you make it</source>
        <translation>Cada cambio se guarda al momento</translation>
    </message>
    <message>
        <source>New shop</source>
        <translation>Nueva tienda</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>A copy of the plan was saved as %1.</source>
        <translation>Se ha guardado una copia del plan como %1.</translation>
    </message>
    <message>
        <source>About Storefort</source>
        <translation>Acerca de Storefort</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Storefort %1&lt;/h3&gt;&lt;p&gt;Storefort walks the owner of a small online shop through a security plan for the shop, step by step and in plain words.&lt;/p&gt;&lt;p&gt;It works offline. Passwords are kept only in your system&apos;s keychain.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://storefort.org&quot;&gt;storefort.org&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Storefort %1&lt;/h3&gt;&lt;p&gt;Storefort guía a quien tiene una pequeña tienda en línea por un plan de seguridad para su tienda, paso a paso y con palabras sencillas.&lt;/p&gt;&lt;p&gt;Funciona sin conexión. Las contraseñas se guardan solo en el llavero de tu sistema.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;https://storefort.org&quot;&gt;storefort.org&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Earlier Copies…</source>
        <translation>Co&amp;pias anteriores…</translation>
    </message>
    <message>
        <source>Go back to the plan as it was when it was opened before</source>
        <translation>Volver al plan tal como estaba cuando se abrió antes</translation>
    </message>
    <message>
        <source>&amp;Set Up the Shop Again…</source>
        <translation>&amp;Volver a configurar la tienda…</translation>
    </message>
    <message>
        <source>Go through the shop&apos;s name, site, team and providers again</source>
        <translation>Repasar de nuevo el nombre, el sitio, el equipo y los proveedores de la tienda</translation>
    </message>
</context>
<context>
    <name>MozillaIntermediate</name>
    <message>
        <source>The site accepted no protocol at all, so it cannot match the profile.</source>
        <translation>El sitio no aceptó ningún protocolo, así que no puede ajustarse al perfil.</translation>
    </message>
    <message>
        <source>%1 is accepted; the profile allows only TLS 1.2 and TLS 1.3.</source>
        <translation>Se acepta %1; el perfil solo permite TLS 1.2 y TLS 1.3.</translation>
    </message>
    <message>
        <source>TLS 1.2 is not accepted; the profile needs it for older browsers.</source>
        <translation>No se acepta TLS 1.2; el perfil lo necesita para los navegadores más antiguos.</translation>
    </message>
    <message>
        <source>TLS 1.3 is not accepted; the profile turns it on.</source>
        <translation>No se acepta TLS 1.3; el perfil lo activa.</translation>
    </message>
    <message>
        <source>TLS 1.2 accepts cipher suites outside the profile: %1.</source>
        <translation>TLS 1.2 acepta suites de cifrado fuera del perfil: %1.</translation>
    </message>
    <message>
        <source>TLS 1.3 accepts cipher suites outside the profile: %1.</source>
        <translation>TLS 1.3 acepta suites de cifrado fuera del perfil: %1.</translation>
    </message>
    <message>
        <source>The server accepts key exchange groups outside the profile: %1.</source>
        <translation>El servidor acepta grupos de intercambio de claves fuera del perfil: %1.</translation>
    </message>
    <message>
        <source>The DH parameters are %1 bits; the profile needs at least 2048 (ffdhe2048).</source>
        <translation>Los parámetros DH tienen %1 bits; el perfil pide al menos 2048 (ffdhe2048).</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is %1 %2 bits; the profile wants RSA of 2048 bits or ECDSA P-256.</source>
        <translation>La clave del certificado es de tipo %1 con %2 bits; el perfil pide RSA de 2048 bits o ECDSA P-256.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The certificate is signed with %1; the profile signs with SHA-256.</source>
        <translation>El certificado está firmado con %1; el perfil firma con SHA-256.</translation>
    </message>
    <message>
        <source>The certificate is valid for %1 days; the profile recommends at most 366.</source>
        <translation>El certificado es válido durante %1 días; el perfil recomienda 366 como máximo.</translation>
    </message>
    <message>
        <source>The probe saw no certificate to check.</source>
        <translation>La prueba no vio ningún certificado que comprobar.</translation>
    </message>
    <message>
        <source>The profile also offers these groups, which the server does not: %1.</source>
        <translation>El perfil ofrece también estos grupos, que el servidor no ofrece: %1.</translation>
    </message>
    <message>
        <source>HSTS lasts %1 seconds; the profile recommends two years (63072000).</source>
        <translation>HSTS dura %1 segundos; el perfil recomienda dos años (63072000).</translation>
    </message>
    <message>
        <source>No HSTS; the profile recommends HSTS for two years (max-age=63072000).</source>
        <translation>Sin HSTS; el perfil recomienda HSTS durante dos años (max-age=63072000).</translation>
    </message>
    <message>
        <source>The server does not staple OCSP; the profile recommends it.</source>
        <translation>El servidor no adjunta la respuesta OCSP (OCSP stapling); el perfil lo recomienda.</translation>
    </message>
    <message>
        <source>The server imposes its own cipher order; the profile lets the browser choose.</source>
        <translation>El servidor impone su propio orden de cifrados; el perfil deja elegir al navegador.</translation>
    </message>
</context>
<context>
    <name>NoPlanPage</name>
    <message>
        <source>No plan is open</source>
        <translation>No hay ningún plan abierto</translation>
    </message>
    <message>
        <source>A plan holds everything Storefort knows about one shop&apos;s security: the team, what your providers promised, who can get in, and how to recover. Open your plan, or start a new one for another shop.</source>
        <translation>Un plan reúne todo lo que Storefort sabe sobre la seguridad de una tienda: el equipo, lo que te han prometido tus proveedores, quién puede entrar y cómo recuperarte. Abre tu plan o empieza uno nuevo para otra tienda.</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>&amp;Nuevo plan…</translation>
    </message>
    <message>
        <source>&amp;Open Plan…</source>
        <translation>A&amp;brir plan…</translation>
    </message>
    <message>
        <source>&amp;Recent plans:</source>
        <translation>Planes &amp;recientes:</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Planes recientes</translation>
    </message>
    <message>
        <source>The plan could not be opened.</source>
        <translation>No se pudo abrir el plan.</translation>
    </message>
    <message>
        <source>%1 — in %2</source>
        <translation>%1 — en %2</translation>
    </message>
    <message>
        <source>%1 — not found in %2</source>
        <translation>%1 — no se encuentra en %2</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>There is nothing to print on.</source>
        <translation>No hay nada en lo que imprimir.</translation>
    </message>
    <message>
        <source>Could not start printing: the printer or file is not ready.</source>
        <translation>No se pudo empezar a imprimir: la impresora o el archivo no están listos.</translation>
    </message>
    <message>
        <source>Could not print page %1: the printer or file stopped accepting pages.</source>
        <translation>No se pudo imprimir la página %1: la impresora o el archivo dejaron de aceptar páginas.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Could not finish printing: the printer or file is not ready.</source>
        <translation>No se pudo terminar de imprimir: la impresora o el archivo no están listos.</translation>
    </message>
    <message>
        <source>Could not save the PDF to %1: %2</source>
        <translation>No se pudo guardar el PDF en %1: %2</translation>
    </message>
</context>
<context>
    <name>PdfCommand</name>
    <message>
        <source>Where to write the PDF.</source>
        <translation>Dónde escribir el PDF.</translation>
    </message>
    <message>
        <source>a4 or letter (default: the usual paper here).</source>
        <translation>a4 o letter (por defecto: el papel habitual aquí).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Se ha escrito %1 (%n página).</numerusform>
            <numerusform>Se ha escrito %1 (%n páginas).</numerusform>
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
        <translation>Desarrollador</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Provider contact</source>
        <translation>Contacto en un proveedor</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ha dejado el equipo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En activo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Write it like name@shop.example.</source>
        <translation>«%1» no es una dirección de correo electrónico. Escríbela como nombre@tienda.example.</translation>
    </message>
    <message>
        <source>Every team member needs a name.</source>
        <translation>Cada miembro del equipo necesita un nombre.</translation>
    </message>
    <message>
        <source>Enter the date %1 left, so their access can be checked.</source>
        <translation>Indica la fecha en que %1 dejó el equipo, para poder comprobar sus accesos.</translation>
    </message>
</context>
<context>
    <name>PersonAccessDialog</name>
    <message>
        <source>Say what their work needs</source>
        <translation>Indicar qué necesita para su trabajo</translation>
    </message>
    <message>
        <source>What %1’s Work Needs</source>
        <translation>Qué necesita %1 para su trabajo</translation>
    </message>
    <message>
        <source>Tick the data %1 needs to do their work. The access review then shows where their accounts reach more than that. Left unsaid, the usual reach of their accounts’ roles counts as needed.</source>
        <translation>Marca los datos que %1 necesita para hacer su trabajo. Así, la revisión de accesos mostrará dónde sus cuentas llegan más allá. Si no lo indicas, se considera necesario el alcance habitual de los roles de sus cuentas.</translation>
    </message>
    <message>
        <source>Their project has &amp;ended, on</source>
        <translation>Su proyecto &amp;terminó el</translation>
    </message>
    <message>
        <source>After the project ends, write them a letter asking which accounts they still need (on the Letters tab).</source>
        <translation>Cuando termine el proyecto, escríbele una carta para preguntarle qué cuentas necesita todavía (en la pestaña de cartas).</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>&amp;Works on the shop</source>
        <translation>Tra&amp;baja para la tienda</translation>
    </message>
    <message>
        <source>&amp;Has left, on</source>
        <translation>&amp;Dejó el equipo el</translation>
    </message>
    <message>
        <source>Add a Team Member</source>
        <translation>Añadir un miembro al equipo</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Cambiar los datos de %1</translation>
    </message>
    <message>
        <source>Everyone who works on or for the shop: staff, developers, the agency, and your contacts at the host or other providers.</source>
        <translation>Todas las personas que trabajan en la tienda o para ella: el personal, los desarrolladores, la agencia y tus contactos en el proveedor de alojamiento u otros proveedores.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role in the business</source>
        <translation>Función en el negocio</translation>
    </message>
    <message>
        <source>For example: Owner, Bookkeeper, Web developer</source>
        <translation>Por ejemplo: dueño, contable, desarrollador web</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@shop.example</source>
        <translation>nombre@tienda.example</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date they left</source>
        <translation>Fecha de salida</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role in the business:</source>
        <translation>&amp;Función en el negocio:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>The plan has no shop profile; the file is damaged.</source>
        <translation>El plan no tiene perfil de tienda; el archivo está dañado.</translation>
    </message>
    <message>
        <source>This plan is open read-only, so it cannot be changed here. %1</source>
        <translation>Este plan está abierto en solo lectura, así que aquí no se puede cambiar. %1</translation>
    </message>
    <message>
        <source>The plan could not be changed: %1</source>
        <translation>No se pudo cambiar el plan: %1</translation>
    </message>
    <message>
        <source>The change could not be written to the plan: %1</source>
        <translation>No se pudo guardar el cambio en el plan: %1</translation>
    </message>
    <message>
        <source>That person is not on the team.</source>
        <translation>Esa persona no está en el equipo.</translation>
    </message>
    <message>
        <source>That person is no longer on the team.</source>
        <translation>Esa persona ya no está en el equipo.</translation>
    </message>
    <message>
        <source>A probe without a host or a result cannot be kept.</source>
        <translation>No se puede guardar una prueba sin host o sin resultado.</translation>
    </message>
    <message>
        <source>The probe history could not be read: %1</source>
        <translation>No se pudo leer el historial de pruebas: %1</translation>
    </message>
    <message>
        <source>The providers&apos; answers could not be read: %1</source>
        <translation>No se pudieron leer las respuestas de los proveedores: %1</translation>
    </message>
    <message>
        <source>The evidence files could not be read: %1</source>
        <translation>No se pudieron leer los archivos de prueba: %1</translation>
    </message>
    <message>
        <source>That provider is no longer in the plan.</source>
        <translation>Ese proveedor ya no está en el plan.</translation>
    </message>
    <message>
        <source>There is no question &quot;%1&quot; in this version of Storefort.</source>
        <translation>En esta versión de Storefort no existe la pregunta «%1».</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is not asked of a %2.</source>
        <translation>La pregunta «%1» no se aplica a este tipo de proveedor (%2).</translation>
    </message>
    <message>
        <source>Say who gave the answer: a name at %1, an email address or a document.</source>
        <translation>Indica quién dio la respuesta: una persona de %1, una dirección de correo electrónico o un documento.</translation>
    </message>
    <message>
        <source>Enter the date the answer was given.</source>
        <translation>Indica la fecha de la respuesta.</translation>
    </message>
    <message>
        <source>The answer cannot have been given in the future (%1).</source>
        <translation>La respuesta no puede tener una fecha futura (%1).</translation>
    </message>
    <message>
        <source>The answer was given to version %1 of the question, but this Storefort knows only version %2.</source>
        <translation>La respuesta se dio a la versión %1 de la pregunta, pero esta versión de Storefort solo conoce la versión %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is answered twice.</source>
        <translation>La pregunta «%1» tiene dos respuestas.</translation>
    </message>
    <message>
        <source>That answer is no longer on file.</source>
        <translation>Esa respuesta ya no consta en el plan.</translation>
    </message>
    <message>
        <source>An evidence file needs a name.</source>
        <translation>Un archivo de prueba necesita un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty, so it cannot serve as evidence.</source>
        <translation>«%1» está vacío, así que no puede servir de prueba.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; evidence files can be at most %3. Keep a smaller extract, or note where the full document is kept.</source>
        <translation>«%1» ocupa %2; los archivos de prueba pueden ocupar como máximo %3. Guarda un extracto más pequeño o anota dónde se guarda el documento completo.</translation>
    </message>
    <message>
        <source>The evidence file could not be read: %1</source>
        <translation>No se pudo leer el archivo de prueba: %1</translation>
    </message>
    <message>
        <source>That evidence file is no longer in the plan.</source>
        <translation>Ese archivo de prueba ya no está en el plan.</translation>
    </message>
    <message>
        <source>The evidence file in the plan is damaged: its contents no longer match the SHA-256 recorded when it was added.</source>
        <translation>El archivo de prueba del plan está dañado: su contenido ya no coincide con el SHA-256 registrado al añadirlo.</translation>
    </message>
    <message>
        <source>The providers could not be read: %1</source>
        <translation>No se pudieron leer los proveedores: %1</translation>
    </message>
    <message>
        <source>Answers can be kept between 1 and 120 months before they are asked again.</source>
        <translation>Las respuestas pueden conservarse entre 1 y 120 meses antes de volver a preguntarlas.</translation>
    </message>
    <message>
        <source>Every account needs its user name.</source>
        <translation>Cada cuenta necesita su nombre de usuario.</translation>
    </message>
    <message>
        <source>That system is no longer in the plan.</source>
        <translation>Ese sistema ya no está en el plan.</translation>
    </message>
    <message>
        <source>One of the account&apos;s people is no longer on the team.</source>
        <translation>Una de las personas de la cuenta ya no está en el equipo.</translation>
    </message>
    <message>
        <source>The system already has an account named &quot;%1&quot;.</source>
        <translation>El sistema ya tiene una cuenta llamada «%1».</translation>
    </message>
    <message>
        <source>That account is no longer in the plan.</source>
        <translation>Esa cuenta ya no está en el plan.</translation>
    </message>
    <message>
        <source>A mapping needs the column that holds the user names.</source>
        <translation>Una asignación de columnas necesita la columna que contiene los nombres de usuario.</translation>
    </message>
    <message>
        <source>Write the date of the access review.</source>
        <translation>Escribe la fecha de la revisión de accesos.</translation>
    </message>
    <message>
        <source>The access review&apos;s date is in the future.</source>
        <translation>La fecha de la revisión de accesos es futura.</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>No se pudieron leer las cuentas: %1</translation>
    </message>
    <message>
        <source>The accounts changed since this import was compared with them. Compare the file again before applying it.</source>
        <translation>Las cuentas han cambiado desde que se comparó esta importación con ellas. Vuelve a comparar el archivo antes de aplicarla.</translation>
    </message>
    <message>
        <source>This import was compared with the accounts of another system.</source>
        <translation>Esta importación se comparó con las cuentas de otro sistema.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file could not be read. Correct the file, or choose to skip those rows, before the import is applied.</source>
        <translation>
            <numerusform>No se pudo leer %n fila del archivo. Corrige el archivo o elige omitir esa fila antes de aplicar la importación.</numerusform>
            <numerusform>No se pudieron leer %n filas del archivo. Corrige el archivo o elige omitir esas filas antes de aplicar la importación.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was cancelled; no account was changed.</source>
        <translation>Se canceló la importación; no se cambió ninguna cuenta.</translation>
    </message>
    <message>
        <source>Write the date of the letter.</source>
        <translation>Escribe la fecha de la carta.</translation>
    </message>
    <message>
        <source>The letter asks about no account: attribute accounts to this person first.</source>
        <translation>La carta no pregunta por ninguna cuenta: primero asigna cuentas a esta persona.</translation>
    </message>
    <message>
        <source>One of the letter&apos;s accounts is no longer in the plan.</source>
        <translation>Una de las cuentas de la carta ya no está en el plan.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>That letter is no longer in the plan.</source>
        <translation>Esa carta ya no está en el plan.</translation>
    </message>
    <message>
        <source>That reply is no longer in the plan.</source>
        <translation>Esa respuesta ya no está en el plan.</translation>
    </message>
    <message>
        <source>%1 has not left: mark them as left first.</source>
        <translation>%1 no se ha ido: primero marca que se ha ido.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is not %2&apos;s.</source>
        <translation>La cuenta «%1» no es de %2.</translation>
    </message>
    <message>
        <source>Write the date it was done.</source>
        <translation>Escribe la fecha en que se hizo.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>La fecha es futura.</translation>
    </message>
    <message>
        <source>Choose the colleague who takes the account over.</source>
        <translation>Elige al compañero que se queda con la cuenta.</translation>
    </message>
    <message>
        <source>%1 has left too: choose a colleague who is still on the team.</source>
        <translation>%1 también se ha ido: elige a un compañero que siga en el equipo.</translation>
    </message>
    <message>
        <source>That step is not ticked.</source>
        <translation>Ese paso no está marcado.</translation>
    </message>
    <message>
        <source>The systems could not be read: %1</source>
        <translation>No se pudieron leer los sistemas: %1</translation>
    </message>
    <message>
        <source>Another change is still being written to the plan (an import, for example). Try again when it has finished.</source>
        <translation>Otro cambio se está escribiendo en el plan (una importación, por ejemplo). Vuelve a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>This account is ticked off already; untick it first to change what was done.</source>
        <translation>Esta cuenta ya está marcada; desmárcala primero para cambiar lo que se hizo.</translation>
    </message>
    <message>
        <source>The accepted findings could not be read: %1</source>
        <translation>No se pudieron leer los hallazgos aceptados: %1</translation>
    </message>
    <message>
        <source>Which finding is accepted is missing.</source>
        <translation>Falta indicar qué hallazgo se acepta.</translation>
    </message>
    <message>
        <source>Say why the shop accepts this risk: the reason is what a later review reads.</source>
        <translation>Indica por qué la tienda acepta este riesgo: el motivo es lo que se leerá en una revisión posterior.</translation>
    </message>
    <message>
        <source>The date the risk was accepted is missing.</source>
        <translation>Falta la fecha en que se aceptó el riesgo.</translation>
    </message>
    <message>
        <source>The acceptance would end before it starts. Choose a later date.</source>
        <translation>La aceptación terminaría antes de empezar. Elige una fecha posterior.</translation>
    </message>
    <message>
        <source>That finding is not accepted.</source>
        <translation>Ese hallazgo no está aceptado.</translation>
    </message>
    <message>
        <source>The DDoS plan could not be read: %1</source>
        <translation>No se pudo leer el plan contra DDoS: %1</translation>
    </message>
    <message>
        <source>Every call in the call tree needs a task, e.g. “Call the host&apos;s emergency line”.</source>
        <translation>Cada llamada de la cadena de llamadas necesita una tarea, p. ej. «Llamar a la línea de emergencias del proveedor de alojamiento».</translation>
    </message>
    <message>
        <source>That team member is no longer in the plan.</source>
        <translation>Ese miembro del equipo ya no está en el plan.</translation>
    </message>
    <message>
        <source>Give each prepared step a name.</source>
        <translation>Ponle un nombre a cada paso preparado.</translation>
    </message>
    <message>
        <source>The standard steps come with the plan and cannot be added again.</source>
        <translation>Los pasos estándar vienen con el plan y no se pueden volver a añadir.</translation>
    </message>
    <message>
        <source>“%1” is one of the standard steps and cannot be removed. Leave it unticked, with a note why.</source>
        <translation>«%1» es uno de los pasos estándar y no se puede quitar. Déjalo sin marcar, con una nota que explique por qué.</translation>
    </message>
    <message>
        <source>The recovery items could not be read: %1</source>
        <translation>No se pudieron leer los elementos de recuperación: %1</translation>
    </message>
    <message>
        <source>That recovery item is no longer in the plan.</source>
        <translation>Ese elemento de recuperación ya no está en el plan.</translation>
    </message>
    <message>
        <source>“%1” is on every plan&apos;s list and cannot be removed. Clear its fields, or note in it why the shop does without.</source>
        <translation>«%1» está en la lista de todos los planes y no se puede quitar. Vacía sus campos o anota en él por qué la tienda puede prescindir de él.</translation>
    </message>
    <message>
        <source>A verification needs the time it was made.</source>
        <translation>Una comprobación necesita la hora en que se hizo.</translation>
    </message>
    <message>
        <source>The verifications could not be read: %1</source>
        <translation>No se pudieron leer las comprobaciones: %1</translation>
    </message>
    <message>
        <source>The newest backup may be between %1 and %2 hours old; %3 is outside that.</source>
        <translation>La copia de seguridad más reciente puede tener entre %1 y %2 horas de antigüedad; %3 está fuera de ese rango.</translation>
    </message>
    <message>
        <source>Recovery items can be checked again every %1 to %2 days; %3 is outside that.</source>
        <translation>Los elementos de recuperación se pueden volver a comprobar cada %1 a %2 días; %3 está fuera de ese rango.</translation>
    </message>
    <message>
        <source>The history of the readiness score could not be read: %1</source>
        <translation>No se pudo leer el historial de la puntuación de preparación: %1</translation>
    </message>
    <message>
        <source>A readiness score lies between 0 and 100.</source>
        <translation>Una puntuación de preparación está entre 0 y 100.</translation>
    </message>
    <message>
        <source>The readiness score could not be kept in the plan: %1</source>
        <translation>No se pudo guardar la puntuación de preparación en el plan: %1</translation>
    </message>
</context>
<context>
    <name>PlanArea</name>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Cifrado (TLS)</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Accounts &amp; access</source>
        <translation>Cuentas y accesos</translation>
    </message>
    <message>
        <source>DDoS readiness</source>
        <translation>Preparación ante DDoS</translation>
    </message>
    <message>
        <source>Contingency binder</source>
        <translation>Carpeta de contingencia</translation>
    </message>
    <message>
        <source>Shop &amp; team</source>
        <translation>Tienda y equipo</translation>
    </message>
</context>
<context>
    <name>PlanBackups</name>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>The copy &quot;%1&quot; could not be written: %2</source>
        <translation>No se pudo guardar la copia «%1»: %2</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <source>Renew the certificate of %1: it has run out</source>
        <translation>Renueva el certificado de %1: ha caducado</translation>
    </message>
    <message>
        <source>Renew the certificate of %1</source>
        <translation>Renueva el certificado de %1</translation>
    </message>
    <message>
        <source>The certificate %1 serves ran out on %2. Visitors see a warning instead of the shop. Ask your host or developer to renew it today.</source>
        <translation>El certificado que usa %1 caducó el %2. Los visitantes ven un aviso en lugar de la tienda. Pide hoy mismo a tu proveedor de alojamiento o a tu desarrollador que lo renueve.</translation>
    </message>
    <message>
        <source>The certificate %1 serves runs out on %2. Renew it before then, or visitors will see a warning instead of the shop. If it renews by itself, check that it did.</source>
        <translation>El certificado que usa %1 caduca el %2. Renuévalo antes de esa fecha o los visitantes verán un aviso en lugar de la tienda. Si se renueva solo, comprueba que lo ha hecho.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Renew the certificate kept in “%1”</source>
        <translation>Renueva el certificado guardado en «%1»</translation>
    </message>
    <message>
        <source>The certificate kept as a recovery item runs out on %1. Renew it and keep the new certificate, its key and signing request in the same place.</source>
        <translation>El certificado guardado como elemento de recuperación caduca el %1. Renuévalo y guarda el nuevo certificado, su clave y su solicitud de firma en el mismo sitio.</translation>
    </message>
    <message numerus="yes">
        <source>Ask %1 again: %n answer(s) due</source>
        <translation>
            <numerusform>Vuelve a preguntar a %1: %n respuesta pendiente</numerusform>
            <numerusform>Vuelve a preguntar a %1: %n respuestas pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the answers %1 gave are due to be asked again by %2. Send them the questions again, so that what is on file is still true.</source>
        <translation>
            <numerusform>Antes del %2 toca volver a preguntar %n de las respuestas que dio %1. Envíale de nuevo las preguntas, para que lo registrado siga siendo cierto.</numerusform>
            <numerusform>Antes del %2 toca volver a preguntar %n de las respuestas que dio %1. Envíale de nuevo las preguntas, para que lo registrado siga siendo cierto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Review who can get into the shop</source>
        <translation>Revisa quién puede entrar en la tienda</translation>
    </message>
    <message>
        <source>The accounts were last reviewed on %1. Go through them again: remove leavers, check that each person&apos;s access still fits their work.</source>
        <translation>Las cuentas se revisaron por última vez el %1. Vuelve a repasarlas: quita a quienes se han ido y comprueba que el acceso de cada persona sigue correspondiendo a su trabajo.</translation>
    </message>
    <message>
        <source>The accounts have never been reviewed. Go through them: remove leavers, check that each person&apos;s access fits their work.</source>
        <translation>Las cuentas nunca se han revisado. Repásalas: quita a quienes se han ido y comprueba que el acceso de cada persona corresponde a su trabajo.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Change the root password</source>
        <translation>Cambia la contraseña de root</translation>
    </message>
    <message>
        <source>The password of “%1” was stored on %2. Change it, put the new one in the keychain, and tell whoever holds it.</source>
        <translation>La contraseña de «%1» se guardó el %2. Cámbiala, guarda la nueva en el llavero y comunícasela a su custodio.</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Contraseñas</translation>
    </message>
    <message>
        <source>Check the backups</source>
        <translation>Comprueba las copias de seguridad</translation>
    </message>
    <message>
        <source>“%1” was last checked on %2. Check again that a backup under a day old and an older one are there and open.</source>
        <translation>«%1» se comprobó por última vez el %2. Vuelve a comprobar que hay una copia de seguridad de menos de un día y otra más antigua, y que se abren.</translation>
    </message>
    <message>
        <source>“%1” has never been checked. Check that a backup under a day old and an older one are there and open.</source>
        <translation>«%1» nunca se ha comprobado. Comprueba que hay una copia de seguridad de menos de un día y otra más antigua, y que se abren.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Practise what to do when the shop is attacked</source>
        <translation>Practica qué hacer cuando ataquen la tienda</translation>
    </message>
    <message>
        <source>The last drill was on %1. Walk through the DDoS plan again with everyone in the call tree: who calls whom, and what is switched on first.</source>
        <translation>El último simulacro fue el %1. Repasa de nuevo el plan contra DDoS con todas las personas de la cadena de llamadas: quién llama a quién y qué se activa primero.</translation>
    </message>
    <message>
        <source>The DDoS plan has never been practised. Walk through it with everyone in the call tree: who calls whom, and what is switched on first.</source>
        <translation>El plan contra DDoS nunca se ha practicado. Repásalo con todas las personas de la cadena de llamadas: quién llama a quién y qué se activa primero.</translation>
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
        <translation>uso: storefort-cli plan new|show ...</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>Tienda:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plataforma:</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>Sitios:</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <source>Plan owner:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(sin elegir)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Plan id:</source>
        <translation>ID del plan:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), intact</source>
        <translation>
            <numerusform>%n cambio, intacto</numerusform>
            <numerusform>%n cambios, intacto</numerusform>
        </translation>
    </message>
    <message>
        <source>Team (%1):</source>
        <translation>Equipo (%1):</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nadie todavía)</translation>
    </message>
    <message>
        <source>left on %1</source>
        <translation>dejó el equipo el %1</translation>
    </message>
    <message>
        <source>The shop&apos;s name.</source>
        <translation>El nombre de la tienda.</translation>
    </message>
    <message>
        <source>A web address of the shop (repeatable).</source>
        <translation>Una dirección web de la tienda (se puede repetir).</translation>
    </message>
    <message>
        <source>The shop platform.</source>
        <translation>La plataforma de la tienda.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli plan new PATH --shop NAME [--url URL]... [--platform KEY]
Platforms: %1</source>
        <translation>Uso: storefort-cli plan new PATH --shop NAME [--url URL]... [--platform KEY]
Plataformas: %1</translation>
    </message>
    <message>
        <source>give the shop&apos;s name with --shop NAME.</source>
        <translation>indica el nombre de la tienda con --shop NAME.</translation>
    </message>
    <message>
        <source>unknown platform &quot;%1&quot;. Choose one of: %2</source>
        <translation>plataforma desconocida «%1». Elige una de estas: %2</translation>
    </message>
    <message>
        <source>Created the plan for %1 in %2</source>
        <translation>Plan de %1 creado en %2</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar en JSON.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli plan show PATH [--json]</source>
        <translation>Uso: storefort-cli plan show PATH [--json]</translation>
    </message>
</context>
<context>
    <name>PlanExports</name>
    <message>
        <source>Shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>%1 contingency binder %2</source>
        <translation>Carpeta de contingencia de %1 %2</translation>
    </message>
    <message>
        <source>%1 security plan %2</source>
        <translation>Plan de seguridad de %1 %2</translation>
    </message>
    <message>
        <source>Save the Review Dates as a Calendar</source>
        <translation>Guardar las fechas de revisión como calendario</translation>
    </message>
    <message>
        <source>%1 review dates</source>
        <translation>Fechas de revisión de %1</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>%1 security reviews</source>
        <translation>Revisiones de seguridad de %1</translation>
    </message>
    <message>
        <source>Calendar Not Saved</source>
        <translation>Calendario no guardado</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>&quot;%1&quot; already exists. Choose another name for the new plan.</source>
        <translation>«%1» ya existe. Elige otro nombre para el plan nuevo.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>The plan cannot be created in &quot;%1&quot;: %2</source>
        <translation>No se puede crear el plan en «%1»: %2</translation>
    </message>
    <message>
        <source>The plan could not be created: %1</source>
        <translation>No se pudo crear el plan: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written.</source>
        <translation>No se pudo escribir «%1».</translation>
    </message>
    <message>
        <source>This plan is already open in another Storefort window (process %1 on %2), so it was opened read-only here. Close it there to make changes.</source>
        <translation>Este plan ya está abierto en otra ventana de Storefort (proceso %1 en %2), así que aquí se ha abierto en solo lectura. Ciérralo allí para poder hacer cambios.</translation>
    </message>
    <message>
        <source>This plan is already open in another Storefort window, so it was opened read-only here. Close it there to make changes.</source>
        <translation>Este plan ya está abierto en otra ventana de Storefort, así que aquí se ha abierto en solo lectura. Ciérralo allí para poder hacer cambios.</translation>
    </message>
    <message>
        <source>Storefort cannot write in the plan&apos;s folder, so the plan was opened read-only.</source>
        <translation>Storefort no puede escribir en la carpeta del plan, así que el plan se ha abierto en solo lectura.</translation>
    </message>
    <message>
        <source>The plan file is write-protected, so it was opened read-only.</source>
        <translation>El archivo del plan está protegido contra escritura, así que se ha abierto en solo lectura.</translation>
    </message>
    <message>
        <source>Storefort keeps a copy of the plan before opening it, and could not: %1 The plan was not opened, to keep it safe.</source>
        <translation>Storefort guarda una copia del plan antes de abrirlo, y no ha podido hacerlo: %1 El plan no se ha abierto, para protegerlo.</translation>
    </message>
    <message>
        <source>The plan could not be opened: %1</source>
        <translation>No se pudo abrir el plan: %1</translation>
    </message>
    <message>
        <source>This plan was saved by an older version of Storefort and must be updated before it can be read, which cannot happen while it is read-only.</source>
        <translation>Este plan se guardó con una versión anterior de Storefort y hay que actualizarlo antes de poder leerlo, algo que no es posible mientras esté en solo lectura.</translation>
    </message>
    <message>
        <source>Choose another file than the open plan for the copy.</source>
        <translation>Para la copia, elige un archivo distinto del plan abierto.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>No se pudo guardar la copia: %1</translation>
    </message>
    <message>
        <source>The copy could not be written to &quot;%1&quot;.</source>
        <translation>No se pudo guardar la copia en «%1».</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; does not exist (it may have been moved or deleted).</source>
        <translation>El plan «%1» no existe (puede que se haya movido o borrado).</translation>
    </message>
    <message>
        <source>The plan &quot;%1&quot; cannot be read: %2</source>
        <translation>No se puede leer el plan «%1»: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Storefort plan. Nothing was changed in it.</source>
        <translation>«%1» no es un plan de Storefort. No se ha cambiado nada en él.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a database, but not a Storefort plan. Nothing was changed in it.</source>
        <translation>«%1» es una base de datos, pero no un plan de Storefort. No se ha cambiado nada en él.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was interrupted while saving and could not be recovered: %2</source>
        <translation>Se interrumpió el guardado de «%1» y no se pudo recuperar: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be opened: %2. Nothing was changed in it.</source>
        <translation>No se pudo abrir «%1»: %2. No se ha cambiado nada en él.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged (%2) and was not opened. Nothing was changed in it. Earlier copies of your plans are kept in Storefort&apos;s copies folder.</source>
        <translation>«%1» está dañado (%2) y no se ha abierto. No se ha cambiado nada en él. Las copias anteriores de tus planes se guardan en la carpeta de copias de Storefort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was saved by a newer version of Storefort (plan format %2; this version reads up to format %3). Update Storefort to open it. Nothing was changed in it.</source>
        <translation>«%1» se guardó con una versión más reciente de Storefort (formato de plan %2; esta versión lee hasta el formato %3). Actualiza Storefort para abrirlo. No se ha cambiado nada en él.</translation>
    </message>
    <message>
        <source>it has no plan id</source>
        <translation>no tiene ID de plan</translation>
    </message>
</context>
<context>
    <name>PlanLock</name>
    <message>
        <source>the lock file keeps changing</source>
        <translation>el archivo de bloqueo no deja de cambiar</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENCIAL</translation>
    </message>
    <message>
        <source>Security plan report</source>
        <translation>Informe del plan de seguridad</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>A fecha de %1</translation>
    </message>
    <message>
        <source>Readiness score</source>
        <translation>Puntuación de preparación</translation>
    </message>
    <message>
        <source>No open findings.</source>
        <translation>No hay hallazgos abiertos.</translation>
    </message>
    <message numerus="yes">
        <source>%n open finding(s).</source>
        <translation>
            <numerusform>%n hallazgo abierto.</numerusform>
            <numerusform>%n hallazgos abiertos.</numerusform>
        </translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>sin elegir todavía</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Direcciones web</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Owner of the plan</source>
        <translation>Responsable del plan</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Fecha del informe</translation>
    </message>
    <message>
        <source>This report is the complete record of the shop&apos;s security plan on the day it was made, as Storefort keeps it: each step, every finding, what is due, and the history of changes. It names people and how to reach them: share it only with those who need it. It holds no passwords: they stay in the keychain.</source>
        <translation>Este informe es el registro completo del plan de seguridad de la tienda el día en que se hizo, tal como lo guarda Storefort: cada paso, todos los hallazgos, lo que vence y el historial de cambios. Contiene nombres de personas y cómo contactar con ellas: compártelo solo con quien lo necesite. No contiene contraseñas: se quedan en el llavero.</translation>
    </message>
    <message>
        <source>%1 — security plan report</source>
        <translation>%1 — informe del plan de seguridad</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Where the shop stands</source>
        <translation>Dónde está la tienda</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>Todos los hallazgos</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Lo que vence</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historial de cambios</translation>
    </message>
</context>
<context>
    <name>PlanReportSections</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>The probe could not read the site&apos;s page.</source>
        <translation>La prueba no pudo leer la página del sitio.</translation>
    </message>
    <message>
        <source>The probe could not read the site&apos;s page: %1</source>
        <translation>La prueba no pudo leer la página del sitio: %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviada</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Visto</translation>
    </message>
    <message numerus="yes">
        <source>kept %n day(s)</source>
        <translation>
            <numerusform>durante %n día</numerusform>
            <numerusform>durante %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>with subdomains</source>
        <translation>con subdominios</translation>
    </message>
    <message>
        <source>preload</source>
        <translation>precarga (preload)</translation>
    </message>
    <message>
        <source>Strict-Transport-Security (HSTS)</source>
        <translation>Strict-Transport-Security (HSTS)</translation>
    </message>
    <message>
        <source>Browsers use only the encrypted connection, even when a link says http.</source>
        <translation>Los navegadores usan solo la conexión cifrada, aunque un enlace diga http.</translation>
    </message>
    <message>
        <source>Redirect from http to https</source>
        <translation>Redirección de http a https</translation>
    </message>
    <message>
        <source>Visitors who type the address alone land on the encrypted site.</source>
        <translation>Los visitantes que escriben solo la dirección llegan al sitio cifrado.</translation>
    </message>
    <message>
        <source>Content-Security-Policy</source>
        <translation>Content-Security-Policy</translation>
    </message>
    <message>
        <source>Limits where the page may load scripts from, against injected code.</source>
        <translation>Limita de dónde puede cargar scripts la página, contra el código inyectado.</translation>
    </message>
    <message>
        <source>sent, with frame-ancestors</source>
        <translation>enviada, con frame-ancestors</translation>
    </message>
    <message>
        <source>X-Frame-Options</source>
        <translation>X-Frame-Options</translation>
    </message>
    <message>
        <source>Stops other sites from showing the shop inside their own page.</source>
        <translation>Impide que otros sitios muestren la tienda dentro de su propia página.</translation>
    </message>
    <message>
        <source>X-Content-Type-Options</source>
        <translation>X-Content-Type-Options</translation>
    </message>
    <message>
        <source>Stops browsers from guessing what a file is.</source>
        <translation>Impide que los navegadores adivinen qué es un archivo.</translation>
    </message>
    <message>
        <source>Referrer-Policy</source>
        <translation>Referrer-Policy</translation>
    </message>
    <message>
        <source>Keeps the shop&apos;s addresses from leaking to other sites.</source>
        <translation>Evita que las direcciones de la tienda se filtren a otros sitios.</translation>
    </message>
    <message>
        <source>Permissions-Policy</source>
        <translation>Permissions-Policy</translation>
    </message>
    <message>
        <source>Turns off the camera, microphone and the like for the page.</source>
        <translation>Desactiva la cámara, el micrófono y similares para la página.</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Marked Secure and HttpOnly, they travel only encrypted and stay out of scripts&apos; reach.</source>
        <translation>Marcadas como Secure y HttpOnly, solo viajan cifradas y quedan fuera del alcance de los scripts.</translation>
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
        <translation>todas protegidas</translation>
    </message>
    <message numerus="yes">
        <source>%n without both flags</source>
        <translation>
            <numerusform>%n sin los dos atributos</numerusform>
            <numerusform>%n sin los dos atributos</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>The probe found nothing to fix.</source>
        <translation>La prueba no encontró nada que arreglar.</translation>
    </message>
    <message>
        <source>Readiness score: %1 of 100.</source>
        <translation>Puntuación de preparación: %1 de 100.</translation>
    </message>
    <message>
        <source>Each step gives its part: how much of it is filled in, held down by its open findings. Findings the owner accepted as risks do not hold it down; they are listed apart.</source>
        <translation>Cada paso aporta su parte: cuánto de él está completado, rebajado por sus hallazgos abiertos. Los hallazgos que el responsable aceptó como riesgos no la rebajan; aparecen aparte.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>What counts</source>
        <translation>Qué cuenta</translation>
    </message>
    <message>
        <source>What holds it down</source>
        <translation>Qué la rebaja</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>filled in: %1 %</source>
        <translation>completado: %1 %</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Hallazgos abiertos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Risks accepted</source>
        <translation>Riesgos aceptados</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>Vence en los próximos 30 días</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>sin elegir todavía</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Web addresses</source>
        <translation>Direcciones web</translation>
    </message>
    <message>
        <source>none recorded yet</source>
        <translation>todavía no hay ninguna registrada</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Owner of the plan</source>
        <translation>Responsable del plan</translation>
    </message>
    <message>
        <source>People and roles</source>
        <translation>Personas y funciones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Works as</source>
        <translation>Trabaja como</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Cómo contactar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>owner of the plan</source>
        <translation>responsable del plan</translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation>Dejó el equipo el %1</translation>
    </message>
    <message>
        <source>No team members are in the plan yet.</source>
        <translation>Todavía no hay miembros del equipo en el plan.</translation>
    </message>
    <message>
        <source>The site&apos;s encryption has not been probed yet: probe it in the Encryption step, and its grade, certificate and findings will be here.</source>
        <translation>Todavía no se ha probado el cifrado del sitio: pruébalo en el paso Cifrado, y aquí aparecerán su calificación, su certificado y sus hallazgos.</translation>
    </message>
    <message>
        <source>None seen</source>
        <translation>No se ha visto ninguno</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>emitido por %1</translation>
    </message>
    <message>
        <source>trusted by browsers</source>
        <translation>de confianza para los navegadores</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>no es de confianza</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Probed</source>
        <translation>Probado</translation>
    </message>
    <message>
        <source>Security headers</source>
        <translation>Cabeceras de seguridad</translation>
    </message>
    <message>
        <source>What the probe found</source>
        <translation>Lo que encontró la prueba</translation>
    </message>
    <message>
        <source>What the probe could not learn:</source>
        <translation>Lo que la prueba no pudo averiguar:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no anotado</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>around the clock</source>
        <translation>las 24 horas</translation>
    </message>
    <message>
        <source>%1, runs out %2</source>
        <translation>%1, caduca el %2</translation>
    </message>
    <message>
        <source>What they run</source>
        <translation>Qué gestionan</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Tu cuenta</translation>
    </message>
    <message>
        <source>When support does not help</source>
        <translation>Si el soporte no ayuda</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>user name %1</source>
        <translation>nombre de usuario %1</translation>
    </message>
    <message>
        <source>the password is not kept in Storefort</source>
        <translation>la contraseña no se guarda en Storefort</translation>
    </message>
    <message>
        <source>the password is kept in the keychain</source>
        <translation>la contraseña se guarda en el llavero</translation>
    </message>
    <message>
        <source>Portal login</source>
        <translation>Acceso al portal</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n question(s) answered</source>
        <translation>
            <numerusform>%1 de %n pregunta respondida</numerusform>
            <numerusform>%1 de %n preguntas respondidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to ask (again).</source>
        <translation>
            <numerusform>%n por preguntar (de nuevo).</numerusform>
            <numerusform>%n por preguntar (de nuevo).</numerusform>
        </translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Due again</source>
        <translation>Volver a preguntar</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>archivo de prueba: %1</translation>
    </message>
    <message>
        <source>now: ask again</source>
        <translation>ahora: vuelve a preguntar</translation>
    </message>
    <message>
        <source>now: the question changed</source>
        <translation>ahora: la pregunta ha cambiado</translation>
    </message>
    <message>
        <source>No answers on file yet.</source>
        <translation>Todavía no hay respuestas registradas.</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Sin responder todavía</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Two-step login required</source>
        <translation>Inicio de sesión en dos pasos obligatorio</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Password rules</source>
        <translation>Reglas de contraseñas</translation>
    </message>
    <message>
        <source>run by %1</source>
        <translation>gestionado por %1</translation>
    </message>
    <message>
        <source>read on %1</source>
        <translation>leído el %1</translation>
    </message>
    <message>
        <source>never read</source>
        <translation>nunca leído</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>al menos %n carácter</numerusform>
            <numerusform>al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>locks after %n failed try(s)</source>
        <translation>
            <numerusform>se bloquea tras %n intento fallido</numerusform>
            <numerusform>se bloquea tras %n intentos fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n activa</numerusform>
            <numerusform>%n activas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admin(s)</source>
        <translation>
            <numerusform>%n administrador</numerusform>
            <numerusform>%n administradores</numerusform>
        </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguna registrada</translation>
    </message>
    <message>
        <source>No systems are in the plan yet.</source>
        <translation>Todavía no hay sistemas en el plan.</translation>
    </message>
    <message>
        <source>Last access review: %1.</source>
        <translation>Última revisión de accesos: %1.</translation>
    </message>
    <message>
        <source>The access has never been reviewed.</source>
        <translation>Los accesos nunca se han revisado.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>People who reach it</source>
        <translation>Personas con acceso</translation>
    </message>
    <message>
        <source>More than their work needs</source>
        <translation>Más de lo que necesita su trabajo</translation>
    </message>
    <message numerus="yes">
        <source>%n active account(s) belong to nobody named in the team.</source>
        <translation>
            <numerusform>%n cuenta activa no pertenece a nadie del equipo.</numerusform>
            <numerusform>%n cuentas activas no pertenecen a nadie del equipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Fecha de salida</translation>
    </message>
    <message>
        <source>Accounts closed</source>
        <translation>Cuentas cerradas</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Aún abiertas</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Nobody has left the team.</source>
        <translation>Nadie ha dejado el equipo.</translation>
    </message>
    <message>
        <source>Developer or agency</source>
        <translation>Desarrollador o agencia</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <source>Accounts asked about</source>
        <translation>Cuentas consultadas</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message numerus="yes">
        <source>%n to keep</source>
        <translation>
            <numerusform>%n que conservar</numerusform>
            <numerusform>%n que conservar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to remove</source>
        <translation>
            <numerusform>%n que quitar</numerusform>
            <numerusform>%n que quitar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not answered</source>
        <translation>
            <numerusform>%n sin responder</numerusform>
            <numerusform>%n sin responder</numerusform>
        </translation>
    </message>
    <message>
        <source>No confirmation letters have been written.</source>
        <translation>No se ha escrito ninguna carta de confirmación.</translation>
    </message>
    <message>
        <source>No providers are in the plan yet.</source>
        <translation>Todavía no hay proveedores en el plan.</translation>
    </message>
    <message numerus="yes">
        <source>Each provider with what the plan knows of them, the answers on file and the questions still open. Answers are asked again after %n month(s).</source>
        <translation>
            <numerusform>Cada proveedor con lo que el plan sabe de él, las respuestas registradas y las preguntas aún pendientes. Las respuestas se vuelven a pedir al cabo de %n mes.</numerusform>
            <numerusform>Cada proveedor con lo que el plan sabe de él, las respuestas registradas y las preguntas aún pendientes. Las respuestas se vuelven a pedir al cabo de %n meses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Sistemas</translation>
    </message>
    <message>
        <source>No accounts are on file yet: import them from the shop admin, the hosting panel or the e-mail service, or enter them by hand.</source>
        <translation>Todavía no hay cuentas registradas: impórtalas desde la administración de la tienda, el panel de alojamiento o el servicio de correo electrónico, o añádelas a mano.</translation>
    </message>
    <message>
        <source>Who can reach what</source>
        <translation>Quién tiene acceso a qué</translation>
    </message>
    <message>
        <source>Leavers</source>
        <translation>Personas que se han ido</translation>
    </message>
    <message>
        <source>Confirmation letters</source>
        <translation>Cartas de confirmación</translation>
    </message>
    <message>
        <source>Why it matters, what was seen, what to do</source>
        <translation>Por qué importa, lo que se ha visto, qué hacer</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Seen:</source>
        <translation>Visto:</translation>
    </message>
    <message>
        <source>To do:</source>
        <translation>Por hacer:</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>El plan</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Cifrado (TLS)</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>DDoS readiness</source>
        <translation>Preparación ante DDoS</translation>
    </message>
    <message>
        <source>Recovery items</source>
        <translation>Elementos de recuperación</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in all</source>
        <translation>
            <numerusform>%n hallazgo en total</numerusform>
            <numerusform>%n hallazgos en total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n abierto</numerusform>
            <numerusform>%n abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted as a risk</source>
        <translation>
            <numerusform>%n aceptado como riesgo</numerusform>
            <numerusform>%n aceptados como riesgo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s).</source>
        <translation>
            <numerusform>%n nota.</numerusform>
            <numerusform>%n notas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open findings on the day of this report.</source>
        <translation>No hay hallazgos abiertos en la fecha de este informe.</translation>
    </message>
    <message>
        <source>No risks have been accepted.</source>
        <translation>No se ha aceptado ningún riesgo.</translation>
    </message>
    <message>
        <source>Why it is accepted</source>
        <translation>Por qué se acepta</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Aceptado por</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>hasta que se retire</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>No hay notas.</translation>
    </message>
    <message>
        <source>Nothing is due: the plan holds no date that calls for action yet.</source>
        <translation>No hay nada pendiente: el plan todavía no tiene ninguna fecha que exija hacer algo.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>never done so far</source>
        <translation>nunca se ha hecho hasta ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) on file</source>
        <translation>
            <numerusform>%n fecha registrada</numerusform>
            <numerusform>%n fechas registradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them overdue.</source>
        <translation>
            <numerusform>%n de ellas ya ha vencido.</numerusform>
            <numerusform>%n de ellas ya han vencido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The history of changes was checked when this report was made: all %n entry(s) are intact; none was changed, removed or reordered.</source>
        <translation>
            <numerusform>Se comprobó el historial de cambios al hacer este informe: su %n entrada está intacta; no se ha cambiado, eliminado ni reordenado.</numerusform>
            <numerusform>Se comprobó el historial de cambios al hacer este informe: las %n entradas están intactas; ninguna se ha cambiado, eliminado ni reordenado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history of changes does not verify: it was altered outside Storefort.</source>
        <translation>El historial de cambios no supera la comprobación: se ha modificado fuera de Storefort.</translation>
    </message>
    <message>
        <source>The last 90 days</source>
        <translation>Los últimos 90 días</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message numerus="yes">
        <source>Since %1, %n change(s) were recorded.</source>
        <translation>
            <numerusform>Desde el %1 se ha registrado %n cambio.</numerusform>
            <numerusform>Desde el %1 se han registrado %n cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Hecho por</translation>
    </message>
</context>
<context>
    <name>PlanSchema</name>
    <message>
        <source>The plan could not be brought up to date (step %1): %2</source>
        <translation>No se pudo actualizar el plan (paso %1): %2</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Steps of the plan</source>
        <translation>Pasos del plan</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <comment>step state · completion</comment>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>Score %1 of 100</source>
        <translation>Puntuación: %1 de 100</translation>
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
        <translation>la prueba se hizo, pero no se pudo guardar en el plan: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>%1 lists no sites.</source>
        <translation>%1 no contiene ningún sitio.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar en JSON.</translation>
    </message>
    <message>
        <source>Probe the IPv4 address only.</source>
        <translation>Probar solo la dirección IPv4.</translation>
    </message>
    <message>
        <source>Probe the IPv6 address only.</source>
        <translation>Probar solo la dirección IPv6.</translation>
    </message>
    <message>
        <source>Probe every address of the name.</source>
        <translation>Probar todas las direcciones del nombre.</translation>
    </message>
    <message>
        <source>Seconds to wait for a connection or an answer.</source>
        <translation>Segundos de espera para una conexión o una respuesta.</translation>
    </message>
    <message>
        <source>Seconds the whole probe may take.</source>
        <translation>Segundos que puede durar la prueba completa.</translation>
    </message>
    <message>
        <source>Connections at once to one server.</source>
        <translation>Conexiones simultáneas a un mismo servidor.</translation>
    </message>
    <message>
        <source>Keep the result in this plan.</source>
        <translation>Guardar el resultado en este plan.</translation>
    </message>
    <message>
        <source>Probe every site listed in FILE.</source>
        <translation>Probar todos los sitios que aparecen en FILE.</translation>
    </message>
    <message>
        <source>Sites probed at once with --hosts.</source>
        <translation>Sitios que se prueban a la vez con --hosts.</translation>
    </message>
    <message>
        <source>Also trust the certificates in this PEM file.</source>
        <translation>Confiar también en los certificados de este archivo PEM.</translation>
    </message>
    <message>
        <source>Port of plain HTTP, checked for a redirect (0: skip).</source>
        <translation>Puerto del HTTP sin cifrar, en el que se comprueba la redirección (0: omitir).</translation>
    </message>
    <message>
        <source>Probe this IP address under the site&apos;s name (a new server).</source>
        <translation>Probar esta dirección IP con el nombre del sitio (un servidor nuevo).</translation>
    </message>
    <message>
        <source>Usage: storefort-cli probe HOST[:PORT] [--json] [--ipv4|--ipv6|--all-addresses] [--timeout S]
                           [--budget S] [--parallel N] [--plan PLAN] [--ca-file PEM] [--http-port PORT]
                           [--connect-to IP]
       storefort-cli probe --hosts FILE [--jobs N] [options]   one JSON line per site
Exit codes: 0 the probe ran, 1 it could not (the message says why), 2 wrong usage.</source>
        <translation>Uso: storefort-cli probe HOST[:PORT] [--json] [--ipv4|--ipv6|--all-addresses] [--timeout S]
                         [--budget S] [--parallel N] [--plan PLAN] [--ca-file PEM] [--http-port PORT]
                         [--connect-to IP]
     storefort-cli probe --hosts FILE [--jobs N] [options]   una línea JSON por sitio
Códigos de salida: 0 la prueba se hizo, 1 no se pudo hacer (el mensaje explica por qué), 2 uso incorrecto.</translation>
    </message>
    <message>
        <source>--timeout (1-600), --budget (1-3600), --parallel (1-16), --jobs (1-64) and --http-port (0-65535) take whole numbers.</source>
        <translation>--timeout (1-600), --budget (1-3600), --parallel (1-16), --jobs (1-64) y --http-port (0-65535) solo admiten números enteros.</translation>
    </message>
    <message>
        <source>choose one of --ipv4, --ipv6 and --all-addresses.</source>
        <translation>elige solo una de estas opciones: --ipv4, --ipv6 o --all-addresses.</translation>
    </message>
    <message>
        <source>--hosts takes no HOST, no --plan and no --connect-to.</source>
        <translation>--hosts no admite HOST, ni --plan ni --connect-to.</translation>
    </message>
</context>
<context>
    <name>ProbeReport</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítica</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>%1 port %2 (%3), probed in %4 s</source>
        <translation>%1, puerto %2 (%3), probado en %4 s</translation>
    </message>
    <message>
        <source>Grade: %1 (score %2)</source>
        <translation>Calificación: %1 (puntuación %2)</translation>
    </message>
    <message>
        <source>%1 once the certificate is trusted</source>
        <translation>%1 cuando el certificado sea de confianza</translation>
    </message>
    <message>
        <source>Grade: none (too little was learned)</source>
        <translation>Calificación: ninguna (se averiguó demasiado poco)</translation>
    </message>
    <message>
        <source>Protocols: %1</source>
        <translation>Protocolos: %1</translation>
    </message>
    <message>
        <source>(server&apos;s order)</source>
        <translation>(orden del servidor)</translation>
    </message>
    <message>
        <source>Key exchange: %1</source>
        <translation>Intercambio de claves: %1</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificado: %1</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>emitido por %1</translation>
    </message>
    <message numerus="yes">
        <source>valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>válido hasta el %1 (queda %n día)</numerusform>
            <numerusform>válido hasta el %1 (quedan %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>trusted: %1 · name matches: %2 · key: %3 %4 bits · %5</source>
        <translation>de confianza: %1 · el nombre coincide: %2 · clave: %3 de %4 bits · %5</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>HSTS: %1 · HTTP sends visitors to HTTPS: %2 · CDN: %3</source>
        <translation>HSTS: %1 · HTTP envía a los visitantes a HTTPS: %2 · CDN: %3</translation>
    </message>
    <message>
        <source>none seen</source>
        <translation>no se detectó ninguna</translation>
    </message>
    <message>
        <source>Mozilla intermediate: %1</source>
        <translation>Perfil intermedio de Mozilla: %1</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>se cumple</translation>
    </message>
    <message>
        <source>not compliant</source>
        <translation>no se cumple</translation>
    </message>
    <message>
        <source>Findings (%1):</source>
        <translation>Hallazgos (%1):</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Kept in the plan. Nothing important changed since the last probe.</source>
        <translation>Guardado en el plan. No ha cambiado nada importante desde la última prueba.</translation>
    </message>
    <message>
        <source>Kept in the plan. Since the last probe:</source>
        <translation>Guardado en el plan. Desde la última prueba:</translation>
    </message>
</context>
<context>
    <name>ProtocolEnumerator</name>
    <message>
        <source>Checking %1</source>
        <translation>Comprobando %1</translation>
    </message>
    <message>
        <source>Checking the %1 cipher suites</source>
        <translation>Comprobando las suites de cifrado de %1</translation>
    </message>
    <message>
        <source>Checking the key exchange groups</source>
        <translation>Comprobando los grupos de intercambio de claves</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Se canceló la comprobación.</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>Every provider needs a name.</source>
        <translation>Cada proveedor necesita un nombre.</translation>
    </message>
    <message>
        <source>The contract cannot end before it starts.</source>
        <translation>El contrato no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Write it like https://portal.example.</source>
        <translation>«%1» no es una dirección web. Escríbela como https://portal.example.</translation>
    </message>
    <message>
        <source>Name the certification the provider holds.</source>
        <translation>Indica el nombre de la certificación que tiene el proveedor.</translation>
    </message>
</context>
<context>
    <name>ProviderCommands</name>
    <message>
        <source>no answers yet</source>
        <translation>todavía no hay respuestas</translation>
    </message>
    <message numerus="yes">
        <source>oldest answer %n month(s) old</source>
        <translation>
            <numerusform>la respuesta más antigua tiene %n mes</numerusform>
            <numerusform>la respuesta más antigua tiene %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>oldest answer %n day(s) old</source>
        <translation>
            <numerusform>la respuesta más antigua tiene %n día</numerusform>
            <numerusform>la respuesta más antigua tiene %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar en JSON.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli providers list PLAN [--json]</source>
        <translation>Uso: storefort-cli providers list PLAN [--json]</translation>
    </message>
    <message>
        <source>No providers yet. Add one with: storefort-cli providers add PLAN --name NAME --kind KIND</source>
        <translation>Todavía no hay proveedores. Añade uno con: storefort-cli providers add PLAN --name NAME --kind KIND</translation>
    </message>
    <message>
        <source>%1 of %2 answered, %3 outstanding</source>
        <translation>%1 de %2 respondidas, %3 pendientes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha; escríbela como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certification; write it as KIND:YYYY-MM-DD with KIND one of: %2</source>
        <translation>«%1» no es una certificación; escríbela como KIND:AAAA-MM-DD, donde KIND es uno de estos: %2</translation>
    </message>
    <message>
        <source>The provider&apos;s name.</source>
        <translation>El nombre del proveedor.</translation>
    </message>
    <message>
        <source>What they do for the shop.</source>
        <translation>Qué hace el proveedor para la tienda.</translation>
    </message>
    <message>
        <source>What they run for the shop.</source>
        <translation>Qué gestiona el proveedor para la tienda.</translation>
    </message>
    <message>
        <source>The support phone number.</source>
        <translation>El número de teléfono de soporte.</translation>
    </message>
    <message>
        <source>The support email address.</source>
        <translation>La dirección de correo electrónico de soporte.</translation>
    </message>
    <message>
        <source>The support portal&apos;s web address.</source>
        <translation>La dirección web del portal de soporte.</translation>
    </message>
    <message>
        <source>When support answers.</source>
        <translation>Cuándo atiende el soporte.</translation>
    </message>
    <message>
        <source>Support answers day and night.</source>
        <translation>El soporte atiende día y noche.</translation>
    </message>
    <message>
        <source>The shop&apos;s account id with them.</source>
        <translation>El número de cuenta de la tienda con el proveedor.</translation>
    </message>
    <message>
        <source>Whom to call when support does not help.</source>
        <translation>A quién llamar cuando el soporte no ayuda.</translation>
    </message>
    <message>
        <source>When the contract started.</source>
        <translation>Cuándo empezó el contrato.</translation>
    </message>
    <message>
        <source>When the contract ends.</source>
        <translation>Cuándo termina el contrato.</translation>
    </message>
    <message>
        <source>A certification and its expiry (repeatable).</source>
        <translation>Una certificación y su fecha de caducidad (se puede repetir).</translation>
    </message>
    <message>
        <source>Usage: storefort-cli providers add PLAN --name NAME --kind KIND [--services TEXT] [--phone PHONE]
       [--email EMAIL] [--portal URL] [--hours HOURS] [--24x7] [--account ID]
       [--escalation CONTACT] [--contract-start DATE] [--contract-end DATE] [--cert KIND:DATE]...
Kinds: %1
Certifications: %2</source>
        <translation>Uso: storefort-cli providers add PLAN --name NAME --kind KIND [--services TEXT] [--phone PHONE]
     [--email EMAIL] [--portal URL] [--hours HOURS] [--24x7] [--account ID]
     [--escalation CONTACT] [--contract-start DATE] [--contract-end DATE] [--cert KIND:DATE]...
Tipos: %1
Certificaciones: %2</translation>
    </message>
    <message>
        <source>give the provider&apos;s name with --name NAME.</source>
        <translation>indica el nombre del proveedor con --name NAME.</translation>
    </message>
    <message>
        <source>give what the provider does with --kind KIND: %1</source>
        <translation>indica qué hace el proveedor con --kind KIND: %1</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;. Choose one of: %2</source>
        <translation>tipo desconocido «%1». Elige uno de estos: %2</translation>
    </message>
    <message>
        <source>Usage: storefort-cli providers check PLAN [--json]</source>
        <translation>Uso: storefort-cli providers check PLAN [--json]</translation>
    </message>
    <message>
        <source>usage: storefort-cli providers list|add|show|check ...</source>
        <translation>uso: storefort-cli providers list|add|show|check ...</translation>
    </message>
</context>
<context>
    <name>ProviderDetail</name>
    <message>
        <source>Change how to reach this provider</source>
        <translation>Cambiar cómo contactar con este proveedor</translation>
    </message>
    <message>
        <source>About the provider</source>
        <translation>Sobre el proveedor</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontacto</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>C&amp;uestionario</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>&amp;Hallazgos</translation>
    </message>
    <message>
        <source>F&amp;indings (%1)</source>
        <translation>&amp;Hallazgos (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Answers 24 hours a day, 7 days a week</source>
        <translation>Atiende las 24 horas del día, los 7 días de la semana</translation>
    </message>
    <message>
        <source>Hours not on file</source>
        <translation>Horario no registrado</translation>
    </message>
    <message>
        <source>Answers %1</source>
        <translation>Atiende: %1</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>Soporte:</translation>
    </message>
    <message>
        <source>no phone or email on file yet</source>
        <translation>todavía no hay teléfono ni correo electrónico registrados</translation>
    </message>
    <message>
        <source>Portal:</source>
        <translation>Portal:</translation>
    </message>
    <message>
        <source>Your account number:</source>
        <translation>Tu número de cuenta:</translation>
    </message>
    <message>
        <source>Escalation:</source>
        <translation>Escalado:</translation>
    </message>
    <message>
        <source>Nobody on file: ask whom to call when support does not help</source>
        <translation>No consta nadie: pregunta a quién llamar cuando el soporte no ayude</translation>
    </message>
    <message>
        <source>What they run:</source>
        <translation>Qué gestionan:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Contrato:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Edit Deta&amp;ils…</source>
        <translation>&amp;Editar datos…</translation>
    </message>
    <message>
        <source>Sig&amp;n-in</source>
        <translation>I&amp;nicio de sesión</translation>
    </message>
    <message>
        <source>Ce&amp;rtifications</source>
        <translation>Ce&amp;rtificaciones</translation>
    </message>
</context>
<context>
    <name>ProviderDialog</name>
    <message>
        <source>Contract s&amp;tarted on</source>
        <translation>Contrato &amp;desde el</translation>
    </message>
    <message>
        <source>Contract en&amp;ds on</source>
        <translation>Contrato ha&amp;sta el</translation>
    </message>
    <message>
        <source>Support answers &amp;24 hours a day, 7 days a week</source>
        <translation>El soporte atiende las &amp;24 horas del día, los 7 días de la semana</translation>
    </message>
    <message>
        <source>Add a Provider</source>
        <translation>Añadir un proveedor</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Cambiar los datos de %1</translation>
    </message>
    <message>
        <source>A company or person the shop relies on: the web host, the shop platform, the payment provider, the developer. Write down how to reach them before you need them in a hurry.</source>
        <translation>Una empresa o persona de la que depende la tienda: el proveedor de alojamiento web, la plataforma de la tienda, el proveedor de pagos, el desarrollador. Anota cómo contactar con ellos antes de necesitarlos con urgencia.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>For example: Hostinga GmbH</source>
        <translation>Por ejemplo: Hostinga S.L.</translation>
    </message>
    <message>
        <source>Kind of provider</source>
        <translation>Tipo de proveedor</translation>
    </message>
    <message>
        <source>What they run for the shop</source>
        <translation>Qué gestionan para la tienda</translation>
    </message>
    <message>
        <source>For example: the web server, the database and email</source>
        <translation>Por ejemplo: el servidor web, la base de datos y el correo electrónico</translation>
    </message>
    <message>
        <source>Date the contract started</source>
        <translation>Fecha de inicio del contrato</translation>
    </message>
    <message>
        <source>Date the contract ends</source>
        <translation>Fecha de fin del contrato</translation>
    </message>
    <message>
        <source>Support phone</source>
        <translation>Teléfono de soporte</translation>
    </message>
    <message>
        <source>Support email</source>
        <translation>Correo electrónico de soporte</translation>
    </message>
    <message>
        <source>support@provider.example</source>
        <translation>soporte@proveedor.example</translation>
    </message>
    <message>
        <source>Customer portal address</source>
        <translation>Dirección del portal de clientes</translation>
    </message>
    <message>
        <source>https://portal.provider.example</source>
        <translation>https://portal.proveedor.example</translation>
    </message>
    <message>
        <source>Support hours</source>
        <translation>Horario de soporte</translation>
    </message>
    <message>
        <source>For example: Mon–Fri 8:00–18:00</source>
        <translation>Por ejemplo: lun–vie 8:00–18:00</translation>
    </message>
    <message>
        <source>Your account or customer number with them</source>
        <translation>Tu número de cuenta o de cliente con ellos</translation>
    </message>
    <message>
        <source>Escalation contact</source>
        <translation>Contacto de escalado</translation>
    </message>
    <message>
        <source>Whom to call when support does not help: name, phone or email</source>
        <translation>A quién llamar cuando el soporte no ayuda: nombre, teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Quiénes son</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;What they run:</source>
        <translation>&amp;Qué gestionan:</translation>
    </message>
    <message>
        <source>A&amp;ccount number:</source>
        <translation>Número de c&amp;uenta:</translation>
    </message>
    <message>
        <source>Contract:</source>
        <translation>Contrato:</translation>
    </message>
    <message>
        <source>How to reach their support</source>
        <translation>Cómo contactar con su soporte</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Co&amp;rreo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horario:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Po&amp;rtal:</source>
        <translation>&amp;Portal:</translation>
    </message>
    <message>
        <source>Esca&amp;lation:</source>
        <translation>&amp;Escalado:</translation>
    </message>
</context>
<context>
    <name>ProviderFindings</name>
    <message numerus="yes">
        <source>%1 has not answered %n %2 question(s)</source>
        <translation>
            <numerusform>%1 no ha respondido a %n pregunta de gravedad %2</numerusform>
            <numerusform>%1 no ha respondido a %n preguntas de gravedad %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Until the provider answers, you do not know whether they protect the part of the shop they run. A question you never asked cannot warn you.</source>
        <translation>Mientras el proveedor no responda, no sabes si protege la parte de la tienda que gestiona. Una pregunta que nunca hiciste no puede avisarte.</translation>
    </message>
    <message>
        <source>Send the provider the questionnaire (letter, email or fill-in file) and record their answers with the date and who gave them.</source>
        <translation>Envía al proveedor el cuestionario (carta, correo electrónico o archivo para rellenar) y registra sus respuestas con la fecha y quién las dio.</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not answer %n question(s)</source>
        <translation>
            <numerusform>%1 no ha sabido responder a %n pregunta</numerusform>
            <numerusform>%1 no ha sabido responder a %n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;Unknown&quot; from a provider usually means nobody there owns the question. That is worth knowing before something goes wrong.</source>
        <translation>Que un proveedor responda «no lo sabemos» suele significar que allí nadie se ocupa de esa cuestión. Conviene saberlo antes de que algo salga mal.</translation>
    </message>
    <message>
        <source>Ask for the person who can answer, or ask them to say when they will know.</source>
        <translation>Pide hablar con la persona que pueda responder, o pídeles que te digan cuándo lo sabrán.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) from %1 are due to be asked again</source>
        <translation>
            <numerusform>Hay que volver a pedir %n respuesta a %1</numerusform>
            <numerusform>Hay que volver a pedir %n respuestas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Providers change their services, staff and promises. An old answer may no longer be true, and a reworded question may ask for more than the old answer covered.</source>
        <translation>Los proveedores cambian sus servicios, su personal y sus promesas. Una respuesta antigua puede haber dejado de ser cierta, y una pregunta reformulada puede pedir más de lo que cubría la respuesta antigua.</translation>
    </message>
    <message numerus="yes">
        <source>Answers are due after %n month(s), or when the question changed.</source>
        <translation>
            <numerusform>Las respuestas se vuelven a pedir al cabo de %n mes o cuando cambia la pregunta.</numerusform>
            <numerusform>Las respuestas se vuelven a pedir al cabo de %n meses o cuando cambia la pregunta.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 answered &quot;%2&quot; (given by %3 on %4).</source>
        <translation>%1 respondió «%2» (respuesta dada por %3 el %4).</translation>
    </message>
    <message>
        <source>What good looks like: %1 Ask %2 what it would take to get there, or plan how the shop makes up for it.</source>
        <translation>Lo ideal: %1 Pregunta a %2 qué haría falta para llegar ahí, o planifica cómo lo compensa la tienda.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 ran out on %3</source>
        <translation>%2 de %1: caducó el %3</translation>
    </message>
    <message>
        <source>A certification is only evidence for the period it covers. Once it runs out, you have nothing on file that shows the provider still meets it.</source>
        <translation>Una certificación solo sirve de prueba para el periodo que cubre. Cuando caduca, no tienes nada registrado que demuestre que el proveedor la sigue cumpliendo.</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago.</source>
        <translation>
            <numerusform>Caducó hace %n día.</numerusform>
            <numerusform>Caducó hace %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s %2 runs out on %3</source>
        <translation>%2 de %1: caduca el %3</translation>
    </message>
    <message>
        <source>Asking for the renewed document before the old one runs out keeps your records without a gap.</source>
        <translation>Si pides el documento renovado antes de que caduque el anterior, tus registros no tendrán huecos.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left.</source>
        <translation>
            <numerusform>Queda %n día.</numerusform>
            <numerusform>Quedan %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contract with %1 ended on %2</source>
        <translation>El contrato con %1 terminó el %2</translation>
    </message>
    <message>
        <source>A provider without a contract may stop supporting the shop at the worst moment, and may still hold its data and access.</source>
        <translation>Un proveedor sin contrato puede dejar de dar soporte a la tienda en el peor momento, y puede que todavía conserve sus datos y accesos.</translation>
    </message>
    <message>
        <source>Contract end recorded: %1.</source>
        <translation>Fin del contrato registrado: %1.</translation>
    </message>
    <message>
        <source>Renew the contract and record the new end date, or remove the provider&apos;s access and data and then the provider from the plan.</source>
        <translation>Renueva el contrato y registra la nueva fecha de fin, o retira al proveedor sus accesos y los datos, y después quítalo del plan.</translation>
    </message>
    <message>
        <source>No way to reach %1 is on file</source>
        <translation>No consta ninguna forma de contactar con %1</translation>
    </message>
    <message>
        <source>When the shop is down or under attack, looking for a support number costs the time you do not have.</source>
        <translation>Cuando la tienda está caída o sufriendo un ataque, buscar un número de soporte te hace perder un tiempo que no tienes.</translation>
    </message>
    <message>
        <source>No support phone, email, portal or escalation contact is recorded.</source>
        <translation>No hay registrado ningún teléfono, correo electrónico, portal de soporte ni contacto de escalado.</translation>
    </message>
    <message>
        <source>Add the provider&apos;s support line, email or portal, and whom to call when support does not help.</source>
        <translation>Añade la línea de soporte, el correo electrónico o el portal del proveedor, y a quién llamar cuando el soporte no ayude.</translation>
    </message>
    <message>
        <source>%1 says the shop uses only %2, but the site accepts %3</source>
        <translation>%1 dice que la tienda solo usa %2, pero el sitio acepta %3</translation>
    </message>
    <message>
        <source>Old protocol versions have known weaknesses. The provider&apos;s answer and the live site disagree, so either the answer is wrong or a setting was missed.</source>
        <translation>Las versiones antiguas del protocolo tienen debilidades conocidas. La respuesta del proveedor y el sitio real no coinciden, así que o la respuesta es incorrecta o se pasó por alto algún ajuste.</translation>
    </message>
    <message>
        <source>Answer given by %1 on %2. The probe of %3 saw %4 accepted.</source>
        <translation>Respuesta dada por %1 el %2. La prueba de %3 detectó que se acepta %4.</translation>
    </message>
    <message>
        <source>Send the provider the probe&apos;s result and ask them to turn off the old versions; probe again once they say it is done.</source>
        <translation>Envía al proveedor el resultado de la prueba y pídele que desactive las versiones antiguas; vuelve a probar cuando te diga que está hecho.</translation>
    </message>
    <message>
        <source>%1 says the shop offers %2, but the site does not</source>
        <translation>%1 dice que la tienda ofrece %2, pero el sitio no</translation>
    </message>
    <message>
        <source>The provider&apos;s answer and the live site disagree. Either the answer is wrong, or the setting is not in place for your shop.</source>
        <translation>La respuesta del proveedor y el sitio real no coinciden. O la respuesta es incorrecta, o el ajuste no está aplicado en tu tienda.</translation>
    </message>
    <message>
        <source>Answer given by %1 on %2. The probe of %3 saw no %4.</source>
        <translation>Respuesta dada por %1 el %2. La prueba de %3 no detectó %4.</translation>
    </message>
    <message>
        <source>Ask the provider to check the setting for your shop and probe again.</source>
        <translation>Pide al proveedor que revise el ajuste para tu tienda y vuelve a probar.</translation>
    </message>
    <message>
        <source>%1 says HSTS is on, but the site does not send it</source>
        <translation>%1 dice que HSTS está activado, pero el sitio no lo envía</translation>
    </message>
    <message>
        <source>HSTS tells browsers to use only the encrypted site, so nobody can quietly downgrade your visitors. The provider believes it is on; the site shows it is not.</source>
        <translation>HSTS indica a los navegadores que usen solo el sitio cifrado, para que nadie pueda rebajar en silencio la seguridad de la conexión de tus visitantes. El proveedor cree que está activado; el sitio demuestra que no.</translation>
    </message>
    <message>
        <source>Answer given by %1 on %2. No Strict-Transport-Security header came from %3.</source>
        <translation>Respuesta dada por %1 el %2. %3 no envió ninguna cabecera Strict-Transport-Security.</translation>
    </message>
    <message>
        <source>Ask the provider to add the HSTS header for your shop&apos;s domain and probe again.</source>
        <translation>Pide al proveedor que añada la cabecera HSTS para el dominio de tu tienda y vuelve a probar.</translation>
    </message>
    <message>
        <source>%1 says a CDN fronts the shop, but none shows in the site&apos;s answers</source>
        <translation>%1 dice que hay una CDN delante de la tienda, pero no aparece ninguna en las respuestas del sitio</translation>
    </message>
    <message>
        <source>A CDN absorbs floods of traffic before they reach the shop. If it is not really in front, a DDoS goes straight to your server.</source>
        <translation>Una CDN absorbe avalanchas de tráfico antes de que lleguen a la tienda. Si en realidad no está delante, un ataque DDoS va directo a tu servidor.</translation>
    </message>
    <message>
        <source>Answer given by %1 on %2. The probe recognised no CDN in the answers of %3 (it knows the common ones by their headers).</source>
        <translation>Respuesta dada por %1 el %2. La prueba no reconoció ninguna CDN en las respuestas de %3 (reconoce las más habituales por sus cabeceras).</translation>
    </message>
    <message>
        <source>Ask the provider which CDN serves the shop and how to check it. If the CDN does not show itself in headers, note that with the answer.</source>
        <translation>Pregunta al proveedor qué CDN sirve la tienda y cómo comprobarlo. Si la CDN no se identifica en las cabeceras, anótalo junto con la respuesta.</translation>
    </message>
    <message>
        <source>Send the provider the outstanding questions again and record the new answers.</source>
        <translation>Vuelve a enviar al proveedor las preguntas pendientes y registra las nuevas respuestas.</translation>
    </message>
    <message>
        <source>Ask the provider for the current certificate or attestation and record its new expiry date.</source>
        <translation>Pide al proveedor el certificado o la atestación vigente y registra su nueva fecha de caducidad.</translation>
    </message>
    <message>
        <source>Ask the provider when the renewed certificate or attestation will be available.</source>
        <translation>Pregunta al proveedor cuándo estará disponible el certificado o la atestación renovados.</translation>
    </message>
</context>
<context>
    <name>ProviderFindingsView</name>
    <message>
        <source>Findings about this provider</source>
        <translation>Hallazgos sobre este proveedor</translation>
    </message>
    <message>
        <source>About the chosen finding</source>
        <translation>Sobre el hallazgo elegido</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing found: what is on file about this provider looks right.</source>
        <translation>No se ha encontrado nada: lo que consta sobre este proveedor parece correcto.</translation>
    </message>
    <message>
        <source>Nothing serious: only small improvements. Choose one to read more.</source>
        <translation>Nada grave: solo pequeñas mejoras. Elige una para leer más.</translation>
    </message>
    <message>
        <source>1 thing to sort out with this provider. Choose a finding to see why and what to do.</source>
        <translation>1 asunto que resolver con este proveedor. Elige un hallazgo para ver por qué y qué hacer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln things to sort out with this provider. Choose a finding to see why and what to do.</source>
        <translation>
            <numerusform>%Ln asunto que resolver con este proveedor. Elige un hallazgo para ver por qué y qué hacer.</numerusform>
            <numerusform>%Ln asuntos que resolver con este proveedor. Elige un hallazgo para ver por qué y qué hacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Gravedad: %1</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>What is on file</source>
        <translation>Lo que consta</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regla %1</translation>
    </message>
</context>
<context>
    <name>ProviderKind</name>
    <message>
        <source>Web host</source>
        <translation>Proveedor de alojamiento web</translation>
    </message>
    <message>
        <source>CDN / DNS</source>
        <translation>CDN / DNS</translation>
    </message>
    <message>
        <source>Shop platform</source>
        <translation>Plataforma de la tienda</translation>
    </message>
    <message>
        <source>Payment provider</source>
        <translation>Proveedor de pagos</translation>
    </message>
    <message>
        <source>Developer / agency</source>
        <translation>Desarrollador / agencia</translation>
    </message>
    <message>
        <source>Domain registrar</source>
        <translation>Registrador de dominios</translation>
    </message>
    <message>
        <source>Email provider</source>
        <translation>Proveedor de correo electrónico</translation>
    </message>
    <message>
        <source>Backup service</source>
        <translation>Servicio de copias de seguridad</translation>
    </message>
    <message>
        <source>Other provider</source>
        <translation>Otro proveedor</translation>
    </message>
</context>
<context>
    <name>ProviderShow</name>
    <message>
        <source>meets what good looks like</source>
        <translation>cumple lo esperado</translation>
    </message>
    <message>
        <source>falls short</source>
        <translation>insuficiente</translation>
    </message>
    <message>
        <source>they could not say</source>
        <translation>no supo responder</translation>
    </message>
    <message>
        <source>for the record</source>
        <translation>para constancia</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar en JSON.</translation>
    </message>
    <message>
        <source>The provider&apos;s id.</source>
        <translation>El identificador del proveedor.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli providers show PLAN --provider ID [--json]</source>
        <translation>Uso: storefort-cli providers show PLAN --provider ID [--json]</translation>
    </message>
    <message>
        <source>Say which provider with --provider ID (the ids are in &quot;providers list&quot;).</source>
        <translation>Indica el proveedor con --provider ID (los identificadores están en «providers list»).</translation>
    </message>
    <message>
        <source>the plan has no provider %1.</source>
        <translation>el plan no tiene el proveedor %1.</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered, %3 to ask</source>
        <translation>%1 de %2 preguntas respondidas, %3 por preguntar</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>due to be asked again</source>
        <translation>toca volver a preguntar</translation>
    </message>
    <message>
        <source>Given by %1 on %2 · entered %3</source>
        <translation>Respondida por %1 con fecha %2 · registrada el %3</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>Evidence: %1 (%2, SHA-256 %3)</source>
        <translation>Archivo de prueba: %1 (%2, SHA-256 %3)</translation>
    </message>
</context>
<context>
    <name>ProvidersModel</name>
    <message>
        <source>No answers yet</source>
        <translation>Todavía no hay respuestas</translation>
    </message>
    <message>
        <source>The oldest answer on file was given on %1</source>
        <translation>La respuesta más antigua registrada es del %1</translation>
    </message>
    <message>
        <source>No answers on file yet</source>
        <translation>Todavía no hay respuestas registradas</translation>
    </message>
    <message>
        <source>Nothing found about this provider</source>
        <translation>No se ha encontrado nada sobre este proveedor</translation>
    </message>
    <message>
        <source>1 finding; it is %1</source>
        <translation>1 hallazgo; gravedad: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings; the most serious is %1</source>
        <translation>
            <numerusform>%Ln hallazgo; gravedad máxima: %1</numerusform>
            <numerusform>%Ln hallazgos; gravedad máxima: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>To ask</source>
        <translation>Por preguntar</translation>
    </message>
    <message>
        <source>Oldest answer</source>
        <translation>Respuesta más antigua</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln weeks</source>
        <translation>
            <numerusform>%Ln semana</numerusform>
            <numerusform>%Ln semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln months</source>
        <translation>
            <numerusform>%Ln mes</numerusform>
            <numerusform>%Ln meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln año</numerusform>
            <numerusform>%Ln años</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions they have answered, with the answer on file</source>
        <translation>Preguntas que han respondido y cuya respuesta consta en el plan</translation>
    </message>
    <message>
        <source>Questions to ask them: never answered, or due to be asked again</source>
        <translation>Preguntas que hay que hacerles: nunca respondidas o que toca volver a preguntar</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>&amp;Add Provider…</source>
        <translation>&amp;Añadir proveedor…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Your shop relies on companies for security you cannot set up yourself: the host, the shop platform, the payment provider, your developers. Ask each of them how they protect your shop, keep their answers on file with the date they gave them, and let Storefort check what they say against your live site.</source>
        <translation>Tu tienda depende de empresas para la parte de la seguridad que no puedes configurar tú: el proveedor de alojamiento, la plataforma de la tienda, el proveedor de pagos, tus desarrolladores. Pregunta a cada uno cómo protege tu tienda, guarda sus respuestas con la fecha en que las dieron y deja que Storefort compare lo que dicen con tu sitio real.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add your web host first.&lt;/b&gt;&lt;br&gt;It runs the server your shop lives on, so it holds most of your shop&apos;s security in its hands. Then add the shop platform, the payment provider, and whoever develops the shop.</source>
        <translation>&lt;b&gt;Añade primero tu proveedor de alojamiento web.&lt;/b&gt;&lt;br&gt;Gestiona el servidor en el que funciona tu tienda, así que tiene en sus manos la mayor parte de su seguridad. Después añade la plataforma de la tienda, el proveedor de pagos y a quien desarrolle la tienda.</translation>
    </message>
    <message>
        <source>Add Your &amp;Web Host…</source>
        <translation>Añadir tu proveedor de alojamiento &amp;web…</translation>
    </message>
    <message>
        <source>Add a company or person the shop relies on</source>
        <translation>Añadir una empresa o persona de la que depende la tienda</translation>
    </message>
    <message>
        <source>Change the selected provider&apos;s details</source>
        <translation>Cambiar los datos del proveedor seleccionado</translation>
    </message>
    <message>
        <source>Take the selected provider, their answers and evidence off the plan</source>
        <translation>Quitar del plan el proveedor seleccionado, sus respuestas y sus archivos de prueba</translation>
    </message>
    <message>
        <source>Remove %1 from the plan?</source>
        <translation>¿Quitar %1 del plan?</translation>
    </message>
    <message>
        <source>Any evidence kept for them goes too.</source>
        <translation>También se eliminan los archivos de prueba guardados para este proveedor.</translation>
    </message>
    <message>
        <source>Their answer on file and its evidence go too.</source>
        <translation>También se eliminan su respuesta registrada y sus archivos de prueba.</translation>
    </message>
    <message numerus="yes">
        <source>Their %Ln answers on file and the evidence go too.</source>
        <translation>
            <numerusform>También se eliminan su %Ln respuesta registrada y los archivos de prueba.</numerusform>
            <numerusform>También se eliminan sus %Ln respuestas registradas y los archivos de prueba.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their portal password is deleted from the keychain.</source>
        <translation>Su contraseña del portal se borra del llavero.</translation>
    </message>
    <message>
        <source>You can undo the removal with Edit &gt; Undo.</source>
        <translation>Puedes deshacerlo con Editar &gt; Deshacer.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings the provider and their answers back, but not the password.</source>
        <translation>Editar &gt; Deshacer recupera el proveedor y sus respuestas, pero no la contraseña.</translation>
    </message>
    <message>
        <source>Remove Provider</source>
        <translation>Quitar proveedor</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>%1 was not removed: their evidence could not be read to keep for undo.</source>
        <translation>No se ha quitado %1: no se pudieron leer sus archivos de prueba para guardarlos por si quieres deshacer la acción.</translation>
    </message>
    <message>
        <source>%1 is removed from the plan, but their password could not be deleted from the keychain. You can delete it with your system&apos;s password manager.</source>
        <translation>Se ha quitado %1 del plan, pero no se pudo borrar su contraseña del llavero. Puedes borrarla con el gestor de contraseñas de tu sistema.</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>Ans&amp;wers are due again after:</source>
        <translation>Las respue&amp;stas vuelven a tocar tras:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Months after which an answer is due again</source>
        <translation>Meses tras los que una respuesta vuelve a tocar</translation>
    </message>
    <message>
        <source>Providers change their services and staff: ask again once an answer is this old.</source>
        <translation>Los proveedores cambian sus servicios y su personal: vuelve a preguntar cuando una respuesta tenga esta antigüedad.</translation>
    </message>
    <message>
        <source>Setting Not Changed</source>
        <translation>Ajuste sin cambiar</translation>
    </message>
</context>
<context>
    <name>ProvidersWizardPage</name>
    <message>
        <source>Your Providers</source>
        <translation>Tus proveedores</translation>
    </message>
    <message>
        <source>The companies your shop relies on. Storefort keeps what each of them promised you, and reminds you to ask again when their answers grow old. Leave a line empty when you have no such provider.</source>
        <translation>Las empresas de las que depende tu tienda. Storefort guarda lo que cada una te ha prometido y te recuerda que vuelvas a preguntar cuando sus respuestas se queden antiguas. Deja una línea vacía si no tienes ese tipo de proveedor.</translation>
    </message>
    <message>
        <source>&amp;Web host:</source>
        <translation>Proveedor de alojamiento &amp;web:</translation>
    </message>
    <message>
        <source>Who runs the server your shop is on</source>
        <translation>Quién gestiona el servidor en el que está tu tienda</translation>
    </message>
    <message>
        <source>&amp;CDN / DNS:</source>
        <translation>&amp;CDN / DNS:</translation>
    </message>
    <message>
        <source>Who speeds up or shields your site, if anyone</source>
        <translation>Quién acelera o protege tu sitio, si hay alguien</translation>
    </message>
    <message>
        <source>Shop &amp;platform:</source>
        <translation>&amp;Plataforma de la tienda:</translation>
    </message>
    <message>
        <source>Who makes your shop&apos;s software or service</source>
        <translation>Quién hace el software o el servicio de tu tienda</translation>
    </message>
    <message>
        <source>Pa&amp;yments:</source>
        <translation>Pa&amp;gos:</translation>
    </message>
    <message>
        <source>Who takes your customers&apos; payments</source>
        <translation>Quién cobra los pagos de tus clientes</translation>
    </message>
    <message>
        <source>&amp;Developer or agency:</source>
        <translation>&amp;Desarrollador o agencia:</translation>
    </message>
    <message>
        <source>Who builds or looks after the shop for you</source>
        <translation>Quién crea la tienda o se ocupa de ella por ti</translation>
    </message>
    <message>
        <source>Already in the plan: %1.</source>
        <translation>Ya en el plan: %1.</translation>
    </message>
    <message>
        <source>Their contact details, contracts and answers come later, in the Providers step. Storefort never asks for a provider&apos;s password here.</source>
        <translation>Sus datos de contacto, contratos y respuestas vienen después, en el paso Proveedores. Storefort nunca pide aquí la contraseña de un proveedor.</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 is not one of the choices: %2.</source>
        <translation>%1 no es una de las opciones: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be combined with other choices.</source>
        <translation>%1 no se puede combinar con otras opciones.</translation>
    </message>
    <message>
        <source>%1 is not a number. Write it with digits only, and a point before any decimals, for example 14 or 0.5.</source>
        <translation>%1 no es un número. Escríbelo solo con cifras y, si tiene decimales, con un punto antes de ellos, por ejemplo 14 o 0.5.</translation>
    </message>
    <message>
        <source>%1 is not a date. Write it as year-month-day, for example 2024-03-31.</source>
        <translation>%1 no es una fecha. Escríbela como año-mes-día, por ejemplo 2024-03-31.</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>uno de estos valores: %1</translation>
    </message>
    <message>
        <source>one or more of: %1, separated by “;” (or: none, unknown)</source>
        <translation>uno o varios de estos valores: %1, separados por «;» (o bien: none, unknown)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a number of %1</source>
        <translation>un número de %1</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>free text</source>
        <translation>texto libre</translation>
    </message>
    <message>
        <source>There is no answer yet.</source>
        <translation>Todavía no hay respuesta.</translation>
    </message>
</context>
<context>
    <name>QuestionBank</name>
    <message>
        <source>Unknown</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Ninguna de estas</translation>
    </message>
    <message>
        <source>The question bank is not valid JSON: %1 (at character %2).</source>
        <translation>El banco de preguntas no es un JSON válido: %1 (en el carácter %2).</translation>
    </message>
    <message>
        <source>The question bank has no version, or one that is not a whole number of at least 1.</source>
        <translation>El banco de preguntas no tiene versión, o tiene una que no es un número entero igual o mayor que 1.</translation>
    </message>
    <message>
        <source>The question bank holds no questions.</source>
        <translation>El banco de preguntas no contiene ninguna pregunta.</translation>
    </message>
    <message>
        <source>Question number %1 of the bank has no id.</source>
        <translation>La pregunta número %1 del banco no tiene ID.</translation>
    </message>
    <message>
        <source>Question “%1” has an id that is not lowercase words joined by dots.</source>
        <translation>La pregunta «%1» tiene un ID que no está formado por palabras en minúsculas unidas por puntos.</translation>
    </message>
    <message>
        <source>Question “%1” is in the bank twice.</source>
        <translation>La pregunta «%1» aparece dos veces en el banco.</translation>
    </message>
    <message>
        <source>Which protocol versions does the shop&apos;s site accept for encrypted connections (SSL or TLS, and which versions)?</source>
        <comment>host.tls.versions</comment>
        <translation>¿Qué versiones de protocolo acepta el sitio de la tienda para las conexiones cifradas (SSL o TLS, y qué versiones)?</translation>
    </message>
    <message>
        <source>Old SSL and early TLS versions have known weaknesses that let attackers read or change what customers send, such as passwords and addresses.</source>
        <comment>host.tls.versions:why</comment>
        <translation>Las versiones antiguas de SSL y las primeras de TLS tienen debilidades conocidas que permiten a un atacante leer o cambiar lo que envían los clientes, como contraseñas y direcciones.</translation>
    </message>
    <message>
        <source>Only TLS 1.2 and TLS 1.3 are accepted; SSL 2.0, SSL 3.0, TLS 1.0 and TLS 1.1 are turned off.</source>
        <comment>host.tls.versions:good</comment>
        <translation>Solo se aceptan TLS 1.2 y TLS 1.3; SSL 2.0, SSL 3.0, TLS 1.0 y TLS 1.1 están desactivados.</translation>
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
        <translation>¿Envía el dominio de la tienda la cabecera HSTS (Strict-Transport-Security), para que los navegadores se conecten siempre por HTTPS?</translation>
    </message>
    <message>
        <source>Without it, a visitor on a hostile network can be quietly kept on an unencrypted connection before the shop&apos;s page even loads.</source>
        <comment>host.hsts:why</comment>
        <translation>Sin ella, en una red hostil se puede retener discretamente a un visitante en una conexión sin cifrar antes incluso de que cargue la página de la tienda.</translation>
    </message>
    <message>
        <source>Yes: every HTTPS answer carries the header, with a lifetime of at least six months.</source>
        <comment>host.hsts:good</comment>
        <translation>Sí: todas las respuestas HTTPS llevan la cabecera, con una duración de al menos seis meses.</translation>
    </message>
    <message>
        <source>Is the shop&apos;s certificate renewed automatically?</source>
        <comment>host.cert.auto-renew</comment>
        <translation>¿Se renueva automáticamente el certificado de la tienda?</translation>
    </message>
    <message>
        <source>A certificate that runs out makes browsers warn every customer away from the shop until someone notices and fixes it.</source>
        <comment>host.cert.auto-renew:why</comment>
        <translation>Cuando un certificado caduca, los navegadores advierten a todos los clientes para que no entren en la tienda, hasta que alguien se da cuenta y lo arregla.</translation>
    </message>
    <message>
        <source>Yes: renewal happens on its own, and someone is alerted if it fails.</source>
        <comment>host.cert.auto-renew:good</comment>
        <translation>Sí: la renovación se hace sola, y se avisa a alguien si falla.</translation>
    </message>
    <message>
        <source>How many days before the certificate expires is it renewed?</source>
        <comment>host.cert.renew-days</comment>
        <translation>¿Cuántos días antes de que caduque el certificado se renueva?</translation>
    </message>
    <message>
        <source>Renewing well ahead leaves time to notice and fix a failed renewal before customers see a warning.</source>
        <comment>host.cert.renew-days:why</comment>
        <translation>Renovar con bastante antelación deja tiempo para detectar y arreglar una renovación fallida antes de que los clientes vean un aviso.</translation>
    </message>
    <message>
        <source>At least 14 days before it expires; 30 days is common.</source>
        <comment>host.cert.renew-days:good</comment>
        <translation>Al menos 14 días antes de que caduque; lo habitual son 30 días.</translation>
    </message>
    <message>
        <source>days</source>
        <comment>unit</comment>
        <translation>días</translation>
    </message>
    <message>
        <source>Who holds the private key of the shop&apos;s certificate?</source>
        <comment>host.cert.key-holder</comment>
        <translation>¿Quién tiene la clave privada del certificado de la tienda?</translation>
    </message>
    <message>
        <source>Whoever holds the key can pretend to be the shop; the shop also needs to know where it is to move to another provider in a hurry.</source>
        <comment>host.cert.key-holder:why</comment>
        <translation>Quien tiene la clave puede hacerse pasar por la tienda; además, la tienda necesita saber dónde está para poder cambiar de proveedor deprisa si hace falta.</translation>
    </message>
    <message>
        <source>The answer is clear, and the holders are people or systems the shop trusts and knows about.</source>
        <comment>host.cert.key-holder:good</comment>
        <translation>La respuesta es clara, y quienes la tienen son personas o sistemas que la tienda conoce y en los que confía.</translation>
    </message>
    <message>
        <source>Only you, the provider</source>
        <comment>host.cert.key-holder:choice:provider</comment>
        <translation>Solo tú, el proveedor</translation>
    </message>
    <message>
        <source>The shop holds it and gave you a copy</source>
        <comment>host.cert.key-holder:choice:shop</comment>
        <translation>La tienda la tiene y te dio una copia</translation>
    </message>
    <message>
        <source>Both you and the shop</source>
        <comment>host.cert.key-holder:choice:both</comment>
        <translation>Tanto tú como la tienda</translation>
    </message>
    <message>
        <source>Someone else, for example the shop&apos;s developer</source>
        <comment>host.cert.key-holder:choice:third-party</comment>
        <translation>Otra persona, por ejemplo el desarrollador de la tienda</translation>
    </message>
    <message>
        <source>Where is the certificate&apos;s private key stored, who can read it, and is it protected by a passphrase?</source>
        <comment>host.cert.key-storage</comment>
        <translation>¿Dónde se guarda la clave privada del certificado, quién puede leerla y está protegida con una frase de contraseña?</translation>
    </message>
    <message>
        <source>A key lying in an open folder or an email can be copied without anyone noticing.</source>
        <comment>host.cert.key-storage:why</comment>
        <translation>Una clave que está en una carpeta abierta o en un correo electrónico se puede copiar sin que nadie se dé cuenta.</translation>
    </message>
    <message>
        <source>The key sits in a protected store or an encrypted file, only a few named people can reach it, and any passphrase is kept apart from the key.</source>
        <comment>host.cert.key-storage:good</comment>
        <translation>La clave está en un almacén protegido o en un archivo cifrado, solo pueden acceder a ella unas pocas personas concretas, y la frase de contraseña, si la hay, se guarda aparte de la clave.</translation>
    </message>
    <message>
        <source>Is the traffic between your network and the shop&apos;s own server encrypted as well, with the server&apos;s certificate checked?</source>
        <comment>cdn.origin-tls</comment>
        <translation>¿El tráfico entre tu red y el servidor propio de la tienda también está cifrado, con comprobación del certificado del servidor?</translation>
    </message>
    <message>
        <source>If only the half between the customer and you is encrypted, the other half can still be read or changed on its way to the shop.</source>
        <comment>cdn.origin-tls:why</comment>
        <translation>Si solo está cifrado el tramo entre el cliente y tú, el otro tramo todavía se puede leer o cambiar de camino a la tienda.</translation>
    </message>
    <message>
        <source>Yes: the connection to the shop&apos;s server uses TLS and a valid certificate is required (often called full or strict mode).</source>
        <comment>cdn.origin-tls:good</comment>
        <translation>Sí: la conexión al servidor de la tienda usa TLS y se exige un certificado válido (lo que a menudo se llama modo «full» o «strict»).</translation>
    </message>
    <message>
        <source>Is mail sent to and from the shop&apos;s addresses encrypted between mail servers whenever the other side supports it?</source>
        <comment>email.tls</comment>
        <translation>¿El correo que se envía a las direcciones de la tienda y desde ellas se cifra entre servidores de correo siempre que el otro lado lo admite?</translation>
    </message>
    <message>
        <source>Order confirmations and password resets travel by email; unencrypted, they can be read on the way.</source>
        <comment>email.tls:why</comment>
        <translation>Las confirmaciones de pedido y los restablecimientos de contraseña viajan por correo electrónico; sin cifrar, se pueden leer por el camino.</translation>
    </message>
    <message>
        <source>Yes: you use STARTTLS for every server that offers it, and ideally MTA-STS for the shop&apos;s domain.</source>
        <comment>email.tls:good</comment>
        <translation>Sí: usas STARTTLS con todos los servidores que lo ofrecen y, idealmente, MTA-STS para el dominio de la tienda.</translation>
    </message>
    <message>
        <source>Is the shop served through a content delivery network (CDN) or a network that filters out attacks?</source>
        <comment>host.cdn.fronted</comment>
        <translation>¿La tienda se sirve a través de una red de distribución de contenidos (CDN) o de una red que filtra los ataques?</translation>
    </message>
    <message>
        <source>Such a network spreads the load and soaks up floods of fake traffic, so the shop stays open during an attack.</source>
        <comment>host.cdn.fronted:why</comment>
        <translation>Una red así reparte la carga y absorbe las avalanchas de tráfico falso, para que la tienda siga abierta durante un ataque.</translation>
    </message>
    <message>
        <source>Yes: all traffic to the shop passes through the CDN or filtering network first.</source>
        <comment>host.cdn.fronted:good</comment>
        <translation>Sí: todo el tráfico hacia la tienda pasa primero por la CDN o la red de filtrado.</translation>
    </message>
    <message>
        <source>Which CDN or filtering network is it, and who manages its settings?</source>
        <comment>host.cdn.name</comment>
        <translation>¿Qué CDN o red de filtrado es, y quién gestiona su configuración?</translation>
    </message>
    <message>
        <source>The shop needs to know whom to turn to when that network has to be adjusted during an attack.</source>
        <comment>host.cdn.name:why</comment>
        <translation>La tienda necesita saber a quién dirigirse cuando haya que ajustar esa red durante un ataque.</translation>
    </message>
    <message>
        <source>The name of the service and of the person or team who manages it.</source>
        <comment>host.cdn.name:good</comment>
        <translation>El nombre del servicio y de la persona o el equipo que lo gestiona.</translation>
    </message>
    <message>
        <source>Do you offer a CDN or attack-filtering service that the shop can turn on?</source>
        <comment>cdn.offered</comment>
        <translation>¿Ofreces una CDN o un servicio de filtrado de ataques que la tienda pueda activar?</translation>
    </message>
    <message>
        <source>It is far easier to set up such protection calmly beforehand than in the middle of an attack.</source>
        <comment>cdn.offered:why</comment>
        <translation>Es mucho más fácil configurar esa protección con calma de antemano que en pleno ataque.</translation>
    </message>
    <message>
        <source>Yes, and it can be turned on without moving the shop elsewhere.</source>
        <comment>cdn.offered:good</comment>
        <translation>Sí, y se puede activar sin trasladar la tienda a otro sitio.</translation>
    </message>
    <message>
        <source>Can your network absorb or filter a flood of traffic aimed at the shop (a DDoS attack)?</source>
        <comment>host.ddos.protection</comment>
        <translation>¿Puede tu red absorber o filtrar una avalancha de tráfico dirigida a la tienda (un ataque DDoS)?</translation>
    </message>
    <message>
        <source>Such attacks are cheap to launch and can keep customers away from the shop for hours or days.</source>
        <comment>host.ddos.protection:why</comment>
        <translation>Estos ataques son baratos de lanzar y pueden mantener a los clientes alejados de la tienda durante horas o días.</translation>
    </message>
    <message>
        <source>Yes: you have the capacity and the tools to filter attacks, and they cover the shop.</source>
        <comment>host.ddos.protection:good</comment>
        <translation>Sí: tienes la capacidad y las herramientas para filtrar ataques, y cubren la tienda.</translation>
    </message>
    <message>
        <source>What do you do with the shop when you detect an attack on it?</source>
        <comment>host.ddos.action</comment>
        <translation>¿Qué haces con la tienda cuando detectas un ataque contra ella?</translation>
    </message>
    <message>
        <source>Some providers protect their other customers by cutting the attacked shop off, which finishes the attacker&apos;s job for them.</source>
        <comment>host.ddos.action:why</comment>
        <translation>Algunos proveedores protegen a sus demás clientes desconectando la tienda atacada, con lo que le terminan el trabajo al atacante.</translation>
    </message>
    <message>
        <source>You filter out the attack and keep the shop online.</source>
        <comment>host.ddos.action:good</comment>
        <translation>Filtras el ataque y mantienes la tienda en línea.</translation>
    </message>
    <message>
        <source>We filter out the attack and keep the shop online</source>
        <comment>host.ddos.action:choice:filter</comment>
        <translation>Filtramos el ataque y mantenemos la tienda en línea</translation>
    </message>
    <message>
        <source>We block all traffic to the shop&apos;s address until the attack is over</source>
        <comment>host.ddos.action:choice:null-route</comment>
        <translation>Bloqueamos todo el tráfico hacia la dirección de la tienda hasta que termina el ataque</translation>
    </message>
    <message>
        <source>We take the shop offline or suspend its account</source>
        <comment>host.ddos.action:choice:suspend</comment>
        <translation>Desconectamos la tienda o suspendemos su cuenta</translation>
    </message>
    <message>
        <source>It depends; we decide each time</source>
        <comment>host.ddos.action:choice:case-by-case</comment>
        <translation>Depende; lo decidimos cada vez</translation>
    </message>
    <message>
        <source>Within how many minutes of detecting an attack on the shop do you contact us?</source>
        <comment>host.ddos.contact-minutes</comment>
        <translation>¿Cuántos minutos pasan como máximo desde que detectas un ataque contra la tienda hasta que te pones en contacto con nosotros?</translation>
    </message>
    <message>
        <source>The shop may need to tell customers, pause advertising or call in its developer; every minute of silence costs sales.</source>
        <comment>host.ddos.contact-minutes:why</comment>
        <translation>Puede que la tienda tenga que avisar a los clientes, pausar la publicidad o llamar a su desarrollador; cada minuto de silencio cuesta ventas.</translation>
    </message>
    <message>
        <source>Within 60 minutes at most; sooner is better.</source>
        <comment>host.ddos.contact-minutes:good</comment>
        <translation>En 60 minutos como máximo; cuanto antes, mejor.</translation>
    </message>
    <message>
        <source>minutes</source>
        <comment>unit</comment>
        <translation>minutos</translation>
    </message>
    <message>
        <source>How do you tell us that the shop is under attack?</source>
        <comment>host.ddos.channel</comment>
        <translation>¿Cómo nos avisas de que la tienda está sufriendo un ataque?</translation>
    </message>
    <message>
        <source>A message sent only to an inbox nobody watches at night may arrive far too late.</source>
        <comment>host.ddos.channel:why</comment>
        <translation>Un mensaje enviado solo a un buzón que nadie mira por la noche puede llegar demasiado tarde.</translation>
    </message>
    <message>
        <source>A channel that reaches a person quickly, such as a phone call or a text message, besides any email or status page.</source>
        <comment>host.ddos.channel:good</comment>
        <translation>Un canal que llegue rápido a una persona, como una llamada o un SMS, además del correo electrónico o la página de estado que haya.</translation>
    </message>
    <message>
        <source>Phone call</source>
        <comment>host.ddos.channel:choice:phone</comment>
        <translation>Llamada telefónica</translation>
    </message>
    <message>
        <source>Text message</source>
        <comment>host.ddos.channel:choice:sms</comment>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>host.ddos.channel:choice:email</comment>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Support ticket</source>
        <comment>host.ddos.channel:choice:ticket</comment>
        <translation>Ticket de soporte</translation>
    </message>
    <message>
        <source>Status page</source>
        <comment>host.ddos.channel:choice:status-page</comment>
        <translation>Página de estado</translation>
    </message>
    <message>
        <source>Whom should we contact when the shop seems to be under attack, how, and at what hours?</source>
        <comment>host.ddos.contact</comment>
        <translation>¿Con quién debemos ponernos en contacto cuando parezca que la tienda está sufriendo un ataque, cómo y en qué horario?</translation>
    </message>
    <message>
        <source>During an attack there is no time to search for a phone number or wait for office hours.</source>
        <comment>host.ddos.contact:why</comment>
        <translation>Durante un ataque no hay tiempo para buscar un número de teléfono ni para esperar al horario de oficina.</translation>
    </message>
    <message>
        <source>A named team with a phone number or address that is staffed at all hours.</source>
        <comment>host.ddos.contact:good</comment>
        <translation>Un equipo concreto con un número de teléfono o una dirección que esté atendido a todas horas.</translation>
    </message>
    <message>
        <source>Do you filter out malicious requests (with a web application firewall) before they reach the shop?</source>
        <comment>cdn.waf</comment>
        <translation>¿Filtras las peticiones maliciosas (con un firewall de aplicaciones web) antes de que lleguen a la tienda?</translation>
    </message>
    <message>
        <source>A filter in front of the shop can block common break-in attempts, and buys time until a weakness in the shop&apos;s software is fixed.</source>
        <comment>cdn.waf:why</comment>
        <translation>Un filtro delante de la tienda puede bloquear los intentos de intrusión habituales, y da tiempo hasta que se corrija una debilidad del software de la tienda.</translation>
    </message>
    <message>
        <source>Yes: a web application firewall protects the shop, and its rules are kept up to date.</source>
        <comment>cdn.waf:good</comment>
        <translation>Sí: un firewall de aplicaciones web protege la tienda, y sus reglas se mantienen al día.</translation>
    </message>
    <message>
        <source>Do you back up the shop, both its files and its database?</source>
        <comment>backup.offered</comment>
        <translation>¿Haces copias de seguridad de la tienda, tanto de sus archivos como de su base de datos?</translation>
    </message>
    <message>
        <source>A backup is the way back after an attack, a failed update or a simple mistake; without one, the shop may have to start from scratch.</source>
        <comment>backup.offered:why</comment>
        <translation>Una copia de seguridad es el camino de vuelta tras un ataque, una actualización fallida o un simple error; sin ella, puede que la tienda tenga que empezar de cero.</translation>
    </message>
    <message>
        <source>Yes: files and database are both backed up automatically.</source>
        <comment>backup.offered:good</comment>
        <translation>Sí: se hacen copias de seguridad automáticas tanto de los archivos como de la base de datos.</translation>
    </message>
    <message>
        <source>How often is the shop backed up?</source>
        <comment>backup.frequency</comment>
        <translation>¿Con qué frecuencia se hace una copia de seguridad de la tienda?</translation>
    </message>
    <message>
        <source>Every order placed since the last backup is lost when the shop has to be restored.</source>
        <comment>backup.frequency:why</comment>
        <translation>Cuando hay que restaurar la tienda, se pierden todos los pedidos hechos desde la última copia de seguridad.</translation>
    </message>
    <message>
        <source>At least once a day, so a backup is never more than 24 hours old.</source>
        <comment>backup.frequency:good</comment>
        <translation>Al menos una vez al día, para que una copia de seguridad nunca tenga más de 24 horas.</translation>
    </message>
    <message>
        <source>Every hour or more often</source>
        <comment>backup.frequency:choice:hourly</comment>
        <translation>Cada hora o con más frecuencia</translation>
    </message>
    <message>
        <source>Every day</source>
        <comment>backup.frequency:choice:daily</comment>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Every week</source>
        <comment>backup.frequency:choice:weekly</comment>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every month or less often</source>
        <comment>backup.frequency:choice:monthly</comment>
        <translation>Cada mes o con menos frecuencia</translation>
    </message>
    <message>
        <source>For how many days are the shop&apos;s backups kept?</source>
        <comment>backup.retention-days</comment>
        <translation>¿Durante cuántos días se conservan las copias de seguridad de la tienda?</translation>
    </message>
    <message>
        <source>Break-ins and damaged data are often found weeks later; by then, short-lived backups already hold the damage.</source>
        <comment>backup.retention-days:why</comment>
        <translation>Las intrusiones y los datos dañados a menudo se descubren semanas después; para entonces, las copias de corta duración ya contienen el daño.</translation>
    </message>
    <message>
        <source>At least 30 days.</source>
        <comment>backup.retention-days:good</comment>
        <translation>Al menos 30 días.</translation>
    </message>
    <message>
        <source>Besides the recent backups, do you keep an older one as a reference point, for example from a month ago?</source>
        <comment>backup.older-point</comment>
        <translation>Además de las copias recientes, ¿conservas una más antigua como punto de referencia, por ejemplo de hace un mes?</translation>
    </message>
    <message>
        <source>If the recent backups all contain the same problem, an older copy is the only clean way back.</source>
        <comment>backup.older-point:why</comment>
        <translation>Si todas las copias recientes tienen el mismo problema, una copia más antigua es la única forma limpia de volver atrás.</translation>
    </message>
    <message>
        <source>Yes: at least one older backup is kept alongside the recent ones.</source>
        <comment>backup.older-point:good</comment>
        <translation>Sí: se conserva al menos una copia más antigua junto a las recientes.</translation>
    </message>
    <message>
        <source>Is a copy of the backups kept at another site, away from the servers that run the shop?</source>
        <comment>backup.offsite</comment>
        <translation>¿Se guarda una copia de las copias de seguridad en otro lugar, lejos de los servidores en los que funciona la tienda?</translation>
    </message>
    <message>
        <source>A fire, a flood or an attacker that takes out the servers can take out backups stored next to them too.</source>
        <comment>backup.offsite:why</comment>
        <translation>Un incendio, una inundación o un atacante que acabe con los servidores puede acabar también con las copias guardadas junto a ellos.</translation>
    </message>
    <message>
        <source>Yes: a copy is kept at a separate site or with a separate service.</source>
        <comment>backup.offsite:good</comment>
        <translation>Sí: se guarda una copia en otro lugar o en un servicio independiente.</translation>
    </message>
    <message>
        <source>Are the backups encrypted?</source>
        <comment>backup.encrypted</comment>
        <translation>¿Están cifradas las copias de seguridad?</translation>
    </message>
    <message>
        <source>A backup holds every customer&apos;s details; a lost or stolen copy must be of no use to whoever finds it.</source>
        <comment>backup.encrypted:why</comment>
        <translation>Una copia de seguridad contiene los datos de todos los clientes; una copia perdida o robada no debe servirle de nada a quien la encuentre.</translation>
    </message>
    <message>
        <source>Yes: backups are encrypted, and the keys are kept apart from them.</source>
        <comment>backup.encrypted:good</comment>
        <translation>Sí: las copias están cifradas y las claves se guardan aparte.</translation>
    </message>
    <message>
        <source>Are the backups protected so that nobody can change or delete them before they are due to expire, not even someone who gets into our account?</source>
        <comment>backup.immutable</comment>
        <translation>¿Están protegidas las copias de seguridad para que nadie pueda cambiarlas ni borrarlas antes de que caduquen, ni siquiera alguien que entre en nuestra cuenta?</translation>
    </message>
    <message>
        <source>Attackers who hold a shop to ransom try to destroy its backups first.</source>
        <comment>backup.immutable:why</comment>
        <translation>Los atacantes que secuestran una tienda para pedir un rescate intentan destruir primero sus copias de seguridad.</translation>
    </message>
    <message>
        <source>Yes: backups are locked against changes or kept in several versions that cannot be deleted early.</source>
        <comment>backup.immutable:good</comment>
        <translation>Sí: las copias están bloqueadas contra cambios o se guardan en varias versiones que no se pueden borrar antes de tiempo.</translation>
    </message>
    <message>
        <source>When did you last test restoring the shop from a backup?</source>
        <comment>backup.restore-tested</comment>
        <translation>¿Cuándo probaste por última vez a restaurar la tienda a partir de una copia de seguridad?</translation>
    </message>
    <message>
        <source>A backup that has never been restored may turn out to be incomplete or unreadable on the day it is needed.</source>
        <comment>backup.restore-tested:why</comment>
        <translation>Una copia de seguridad que nunca se ha restaurado puede resultar incompleta o ilegible el día que se necesite.</translation>
    </message>
    <message>
        <source>A restore was tested within the past 12 months.</source>
        <comment>backup.restore-tested:good</comment>
        <translation>Se probó una restauración en los últimos 12 meses.</translation>
    </message>
    <message>
        <source>How many hours does it take to restore the shop from a backup?</source>
        <comment>backup.restore-hours</comment>
        <translation>¿Cuántas horas se tarda en restaurar la tienda a partir de una copia de seguridad?</translation>
    </message>
    <message>
        <source>The shop takes no orders while it is being restored.</source>
        <comment>backup.restore-hours:why</comment>
        <translation>Mientras se restaura, la tienda no recibe pedidos.</translation>
    </message>
    <message>
        <source>No more than 24 hours.</source>
        <comment>backup.restore-hours:good</comment>
        <translation>No más de 24 horas.</translation>
    </message>
    <message>
        <source>hours</source>
        <comment>unit</comment>
        <translation>horas</translation>
    </message>
    <message>
        <source>Can you give us, on request, an export of our customer accounts, orders and payments, and products?</source>
        <comment>data.export</comment>
        <translation>¿Puedes darnos, si te lo pedimos, una exportación de nuestras cuentas de clientes, pedidos y pagos, y productos?</translation>
    </message>
    <message>
        <source>With its own data in hand, the shop can move to another provider or rebuild after a disaster.</source>
        <comment>data.export:why</comment>
        <translation>Con sus propios datos en la mano, la tienda puede cambiar de proveedor o reconstruirse tras un desastre.</translation>
    </message>
    <message>
        <source>Yes: the shop can get a complete export in a common format such as CSV.</source>
        <comment>data.export:good</comment>
        <translation>Sí: la tienda puede obtener una exportación completa en un formato habitual como CSV.</translation>
    </message>
    <message>
        <source>How many days after we ask do we receive that export?</source>
        <comment>data.export-days</comment>
        <translation>¿Cuántos días después de pedirla recibimos esa exportación?</translation>
    </message>
    <message>
        <source>In an emergency the shop cannot wait weeks for its own data.</source>
        <comment>data.export-days:why</comment>
        <translation>En una emergencia, la tienda no puede esperar semanas para tener sus propios datos.</translation>
    </message>
    <message>
        <source>Within 2 days; better still, the shop can download it itself at any time.</source>
        <comment>data.export-days:good</comment>
        <translation>En 2 días como máximo; mejor aún si la tienda puede descargarla ella misma en cualquier momento.</translation>
    </message>
    <message>
        <source>Where is the shop&apos;s data stored?</source>
        <comment>data.location</comment>
        <translation>¿Dónde se guardan los datos de la tienda?</translation>
    </message>
    <message>
        <source>Data protection law sets rules for where customers&apos; personal data may be kept and who may reach it.</source>
        <comment>data.location:why</comment>
        <translation>La ley de protección de datos establece dónde se pueden guardar los datos personales de los clientes y quién puede acceder a ellos.</translation>
    </message>
    <message>
        <source>The shop knows the place, and it fits the law that applies to the shop and to its customers.</source>
        <comment>data.location:good</comment>
        <translation>La tienda sabe dónde es, y el lugar cumple la ley que se aplica a la tienda y a sus clientes.</translation>
    </message>
    <message>
        <source>In the EU or EEA</source>
        <comment>data.location:choice:eu</comment>
        <translation>En la UE o el EEE</translation>
    </message>
    <message>
        <source>In the United Kingdom</source>
        <comment>data.location:choice:uk</comment>
        <translation>En el Reino Unido</translation>
    </message>
    <message>
        <source>In the United States</source>
        <comment>data.location:choice:us</comment>
        <translation>En Estados Unidos</translation>
    </message>
    <message>
        <source>Elsewhere, or in several regions</source>
        <comment>data.location:choice:other</comment>
        <translation>En otro lugar o en varias regiones</translation>
    </message>
    <message>
        <source>Which other companies (sub-processors) handle the shop&apos;s data on your behalf?</source>
        <comment>data.subprocessors</comment>
        <translation>¿Qué otras empresas (subencargados del tratamiento) tratan los datos de la tienda en tu nombre?</translation>
    </message>
    <message>
        <source>The shop answers to its customers for everyone who touches their data, not only for its direct providers.</source>
        <comment>data.subprocessors:why</comment>
        <translation>La tienda responde ante sus clientes por todos los que tocan sus datos, no solo por sus proveedores directos.</translation>
    </message>
    <message>
        <source>A complete list, with what each company does and where.</source>
        <comment>data.subprocessors:good</comment>
        <translation>Una lista completa, con lo que hace cada empresa y dónde.</translation>
    </message>
    <message>
        <source>Do you tell us before you add a new sub-processor?</source>
        <comment>data.subprocessors-notice</comment>
        <translation>¿Nos avisas antes de añadir un nuevo subencargado del tratamiento?</translation>
    </message>
    <message>
        <source>The shop needs a chance to object, or to update its privacy notice, before its data goes somewhere new.</source>
        <comment>data.subprocessors-notice:why</comment>
        <translation>La tienda necesita poder oponerse, o actualizar su aviso de privacidad, antes de que sus datos vayan a un sitio nuevo.</translation>
    </message>
    <message>
        <source>Yes: the shop is told in advance and can object.</source>
        <comment>data.subprocessors-notice:good</comment>
        <translation>Sí: se avisa a la tienda con antelación y puede oponerse.</translation>
    </message>
    <message>
        <source>Will you sign a data processing agreement with us?</source>
        <comment>data.dpa</comment>
        <translation>¿Firmarás con nosotros un contrato de encargado del tratamiento?</translation>
    </message>
    <message>
        <source>Data protection law expects a written agreement with anyone who handles customers&apos; personal data for the shop.</source>
        <comment>data.dpa:why</comment>
        <translation>La ley de protección de datos exige un acuerdo por escrito con cualquiera que trate los datos personales de los clientes por cuenta de la tienda.</translation>
    </message>
    <message>
        <source>Yes: an agreement is signed, or is part of the terms the shop accepted.</source>
        <comment>data.dpa:good</comment>
        <translation>Sí: hay un contrato firmado, o forma parte de las condiciones que aceptó la tienda.</translation>
    </message>
    <message>
        <source>Must your own staff use two-step login (multi-factor authentication) to reach the systems that hold the shop&apos;s data?</source>
        <comment>access.staff-mfa</comment>
        <translation>¿Tu propio personal tiene que usar el inicio de sesión en dos pasos (autenticación multifactor) para acceder a los sistemas que contienen los datos de la tienda?</translation>
    </message>
    <message>
        <source>A stolen password alone should never be enough to get into the systems behind the shop.</source>
        <comment>access.staff-mfa:why</comment>
        <translation>Una contraseña robada nunca debería bastar por sí sola para entrar en los sistemas que hay detrás de la tienda.</translation>
    </message>
    <message>
        <source>Yes: two-step login is required for every administrator, with no exceptions.</source>
        <comment>access.staff-mfa:good</comment>
        <translation>Sí: el inicio de sesión en dos pasos es obligatorio para todos los administradores, sin excepciones.</translation>
    </message>
    <message>
        <source>Can we require two-step login (multi-factor authentication) for every one of our users on our account with you?</source>
        <comment>access.customer-mfa</comment>
        <translation>¿Podemos exigir el inicio de sesión en dos pasos (autenticación multifactor) a todos nuestros usuarios de la cuenta que tenemos contigo?</translation>
    </message>
    <message>
        <source>The shop&apos;s own account with you is a way in for attackers too, and most break-ins start with a guessed or stolen password.</source>
        <comment>access.customer-mfa:why</comment>
        <translation>La propia cuenta de la tienda contigo también es una puerta de entrada para los atacantes, y la mayoría de las intrusiones empiezan con una contraseña adivinada o robada.</translation>
    </message>
    <message>
        <source>Yes: the shop can make two-step login compulsory for all of its users.</source>
        <comment>access.customer-mfa:good</comment>
        <translation>Sí: la tienda puede hacer obligatorio el inicio de sesión en dos pasos para todos sus usuarios.</translation>
    </message>
    <message>
        <source>Does every person who administers the shop&apos;s systems have a personal account, with no shared logins?</source>
        <comment>access.personal-accounts</comment>
        <translation>¿Tiene cada persona que administra los sistemas de la tienda una cuenta personal, sin accesos compartidos?</translation>
    </message>
    <message>
        <source>With shared logins nobody can tell who did what, and a leaver keeps access until the password changes.</source>
        <comment>access.personal-accounts:why</comment>
        <translation>Con accesos compartidos nadie puede saber quién hizo qué, y quien se va conserva el acceso hasta que se cambia la contraseña.</translation>
    </message>
    <message>
        <source>Yes: every person has their own account, and shared logins are not used.</source>
        <comment>access.personal-accounts:good</comment>
        <translation>Sí: cada persona tiene su propia cuenta y no se usan accesos compartidos.</translation>
    </message>
    <message>
        <source>Can we give each of our users only the rights they need, instead of full access for everyone?</source>
        <comment>access.roles</comment>
        <translation>¿Podemos dar a cada uno de nuestros usuarios solo los permisos que necesita, en lugar de acceso total para todos?</translation>
    </message>
    <message>
        <source>Not everyone who works for the shop needs to see customers&apos; details or change prices; fewer rights mean less harm from a stolen account.</source>
        <comment>access.roles:why</comment>
        <translation>No todos los que trabajan para la tienda necesitan ver los datos de los clientes o cambiar precios; menos permisos significan menos daño si roban una cuenta.</translation>
    </message>
    <message>
        <source>Yes: there are roles or permissions fine enough for the shop to limit each user.</source>
        <comment>access.roles:good</comment>
        <translation>Sí: hay roles o permisos lo bastante detallados para que la tienda pueda limitar a cada usuario.</translation>
    </message>
    <message>
        <source>How do you remove access to the shop&apos;s systems when someone leaves your team?</source>
        <comment>access.leavers</comment>
        <translation>¿Cómo retiras el acceso a los sistemas de la tienda cuando alguien deja tu equipo?</translation>
    </message>
    <message>
        <source>Former staff who can still log in are a risk the shop cannot see.</source>
        <comment>access.leavers:why</comment>
        <translation>Los antiguos empleados que todavía pueden iniciar sesión son un riesgo que la tienda no ve.</translation>
    </message>
    <message>
        <source>A written routine that removes every account and access key, and that someone checks.</source>
        <comment>access.leavers:good</comment>
        <translation>Un procedimiento por escrito que elimine todas las cuentas y claves de acceso, y que alguien compruebe.</translation>
    </message>
    <message>
        <source>Within how many days of someone leaving your team is their access to the shop&apos;s systems removed?</source>
        <comment>access.leavers-days</comment>
        <translation>¿En cuántos días, como máximo, desde que alguien deja tu equipo se le retira el acceso a los sistemas de la tienda?</translation>
    </message>
    <message>
        <source>Every day a former colleague can still get in is a day of needless risk.</source>
        <comment>access.leavers-days:why</comment>
        <translation>Cada día que un antiguo compañero todavía puede entrar es un día de riesgo innecesario.</translation>
    </message>
    <message>
        <source>On the day they leave, or the next day at the latest.</source>
        <comment>access.leavers-days:good</comment>
        <translation>El mismo día en que se va o, como muy tarde, al día siguiente.</translation>
    </message>
    <message>
        <source>Is the transfer lock turned on for the shop&apos;s domain?</source>
        <comment>registrar.transfer-lock</comment>
        <translation>¿Está activado el bloqueo de transferencia del dominio de la tienda?</translation>
    </message>
    <message>
        <source>Without it, someone who gets into the account can move the domain to another registrar and take the shop&apos;s address.</source>
        <comment>registrar.transfer-lock:why</comment>
        <translation>Sin él, alguien que entre en la cuenta puede trasladar el dominio a otro registrador y quedarse con la dirección de la tienda.</translation>
    </message>
    <message>
        <source>Yes: the domain is locked against transfers, and unlocking it needs the shop&apos;s approval.</source>
        <comment>registrar.transfer-lock:good</comment>
        <translation>Sí: el dominio está bloqueado contra transferencias, y desbloquearlo requiere la aprobación de la tienda.</translation>
    </message>
    <message>
        <source>Is the shop&apos;s domain renewed automatically?</source>
        <comment>registrar.auto-renew</comment>
        <translation>¿Se renueva automáticamente el dominio de la tienda?</translation>
    </message>
    <message>
        <source>A domain that lapses takes the shop and its email offline, and someone else may register it.</source>
        <comment>registrar.auto-renew:why</comment>
        <translation>Si un dominio caduca, la tienda y su correo electrónico dejan de funcionar, y otra persona podría registrarlo.</translation>
    </message>
    <message>
        <source>Yes: it renews automatically, and the shop is warned well before if payment fails.</source>
        <comment>registrar.auto-renew:good</comment>
        <translation>Sí: se renueva automáticamente, y se avisa a la tienda con mucha antelación si falla el pago.</translation>
    </message>
    <message>
        <source>On what date does the shop&apos;s domain registration expire?</source>
        <comment>registrar.expiry</comment>
        <translation>¿En qué fecha caduca el registro del dominio de la tienda?</translation>
    </message>
    <message>
        <source>The shop should know the date, so a failed renewal does not come as a surprise.</source>
        <comment>registrar.expiry:why</comment>
        <translation>La tienda debería conocer la fecha, para que una renovación fallida no la pille por sorpresa.</translation>
    </message>
    <message>
        <source>A date that is still ahead, ideally more than a few months away.</source>
        <comment>registrar.expiry:good</comment>
        <translation>Una fecha que todavía no ha llegado, idealmente dentro de más de unos meses.</translation>
    </message>
    <message>
        <source>Can the shop&apos;s domain publish an SPF record that covers every server you send its mail from?</source>
        <comment>email.spf</comment>
        <translation>¿Puede el dominio de la tienda publicar un registro SPF que incluya todos los servidores desde los que envías su correo?</translation>
    </message>
    <message>
        <source>SPF tells other mail servers which servers may send as the shop, which makes fake shop emails easier to catch.</source>
        <comment>email.spf:why</comment>
        <translation>SPF indica a otros servidores de correo qué servidores pueden enviar correo en nombre de la tienda, lo que facilita detectar correos falsos de la tienda.</translation>
    </message>
    <message>
        <source>Yes: you give the record to publish, and it covers all of your sending servers.</source>
        <comment>email.spf:good</comment>
        <translation>Sí: facilitas el registro que hay que publicar, y cubre todos tus servidores de envío.</translation>
    </message>
    <message>
        <source>Do you sign the mail you send for the shop with DKIM, using the shop&apos;s own domain?</source>
        <comment>email.dkim</comment>
        <translation>¿Firmas con DKIM el correo que envías para la tienda, usando el propio dominio de la tienda?</translation>
    </message>
    <message>
        <source>The signature proves a message really came from the shop and was not changed on the way.</source>
        <comment>email.dkim:why</comment>
        <translation>La firma demuestra que un mensaje viene realmente de la tienda y que no se cambió por el camino.</translation>
    </message>
    <message>
        <source>Yes: every message is signed with a key for the shop&apos;s domain.</source>
        <comment>email.dkim:good</comment>
        <translation>Sí: cada mensaje se firma con una clave del dominio de la tienda.</translation>
    </message>
    <message>
        <source>Does the mail you send for the shop pass DMARC checks, so that we can publish a strict DMARC policy?</source>
        <comment>email.dmarc</comment>
        <translation>¿El correo que envías para la tienda supera las comprobaciones DMARC, para que podamos publicar una política DMARC estricta?</translation>
    </message>
    <message>
        <source>A strict DMARC policy tells other mail servers to reject fake messages sent in the shop&apos;s name, for example fake invoices to customers.</source>
        <comment>email.dmarc:why</comment>
        <translation>Una política DMARC estricta indica a otros servidores de correo que rechacen los mensajes falsos enviados en nombre de la tienda, por ejemplo facturas falsas a clientes.</translation>
    </message>
    <message>
        <source>Yes: SPF or DKIM match the shop&apos;s domain, so a policy that rejects fakes can be published.</source>
        <comment>email.dmarc:good</comment>
        <translation>Sí: SPF o DKIM coinciden con el dominio de la tienda, así que se puede publicar una política que rechace los mensajes falsos.</translation>
    </message>
    <message>
        <source>Is every administrator action on the shop&apos;s systems recorded in an audit log?</source>
        <comment>logging.admin-actions</comment>
        <translation>¿Queda anotada en un registro de auditoría cada acción de un administrador en los sistemas de la tienda?</translation>
    </message>
    <message>
        <source>An audit log shows who changed what and when; without it, nobody can tell what an intruder did.</source>
        <comment>logging.admin-actions:why</comment>
        <translation>Un registro de auditoría muestra quién cambió qué y cuándo; sin él, nadie puede saber qué hizo un intruso.</translation>
    </message>
    <message>
        <source>Yes: all administrator actions, yours and ours, are logged with the person, the time and the change.</source>
        <comment>logging.admin-actions:good</comment>
        <translation>Sí: todas las acciones de los administradores, tuyas y nuestras, quedan registradas con la persona, la hora y el cambio.</translation>
    </message>
    <message>
        <source>For how many days is that audit log kept?</source>
        <comment>logging.retention-days</comment>
        <translation>¿Durante cuántos días se conserva ese registro de auditoría?</translation>
    </message>
    <message>
        <source>Break-ins are often found months later, and the log must still reach back to the start.</source>
        <comment>logging.retention-days:why</comment>
        <translation>Las intrusiones a menudo se descubren meses después, y el registro tiene que llegar todavía hasta el principio.</translation>
    </message>
    <message>
        <source>At least 180 days; a year is better.</source>
        <comment>logging.retention-days:good</comment>
        <translation>Al menos 180 días; mejor un año.</translation>
    </message>
    <message>
        <source>Can we see or export the audit log of our own account?</source>
        <comment>logging.customer-view</comment>
        <translation>¿Podemos ver o exportar el registro de auditoría de nuestra propia cuenta?</translation>
    </message>
    <message>
        <source>The shop should be able to check for itself who did what, without having to open a support ticket.</source>
        <comment>logging.customer-view:why</comment>
        <translation>La tienda debería poder comprobar por sí misma quién hizo qué, sin tener que abrir un ticket de soporte.</translation>
    </message>
    <message>
        <source>Yes: the shop can view or download its audit log at any time.</source>
        <comment>logging.customer-view:good</comment>
        <translation>Sí: la tienda puede ver o descargar su registro de auditoría en cualquier momento.</translation>
    </message>
    <message>
        <source>Within how many days of a critical security fix being published do you install it on the systems that run the shop?</source>
        <comment>patch.critical-days</comment>
        <translation>¿En cuántos días desde que se publica una corrección de seguridad crítica la instalas en los sistemas en los que funciona la tienda?</translation>
    </message>
    <message>
        <source>Attackers start using published weaknesses within days, sometimes hours.</source>
        <comment>patch.critical-days:why</comment>
        <translation>Los atacantes empiezan a aprovechar las debilidades publicadas en cuestión de días, a veces de horas.</translation>
    </message>
    <message>
        <source>Within 14 days at most; within a few days for weaknesses that are already being used in attacks.</source>
        <comment>patch.critical-days:good</comment>
        <translation>En 14 días como máximo; en pocos días si la debilidad ya se está aprovechando en ataques.</translation>
    </message>
    <message>
        <source>Is all the software you run for the shop still supported by its makers, with no versions past their end of life?</source>
        <comment>patch.supported</comment>
        <translation>¿Todo el software que gestionas para la tienda sigue teniendo soporte de sus fabricantes, sin versiones que hayan llegado al final de su vida útil?</translation>
    </message>
    <message>
        <source>Software past its end of life gets no more security fixes, however long it keeps running.</source>
        <comment>patch.supported:why</comment>
        <translation>El software que ha llegado al final de su vida útil ya no recibe correcciones de seguridad, por mucho que siga funcionando.</translation>
    </message>
    <message>
        <source>Yes: every part, from the operating system to the shop software, still receives security updates.</source>
        <comment>patch.supported:good</comment>
        <translation>Sí: todas las piezas, desde el sistema operativo hasta el software de la tienda, siguen recibiendo actualizaciones de seguridad.</translation>
    </message>
    <message>
        <source>Within how many hours of discovering a security incident that affects the shop&apos;s data do you tell us?</source>
        <comment>incident.notify-hours</comment>
        <translation>¿En cuántas horas desde que descubres un incidente de seguridad que afecta a los datos de la tienda nos avisas?</translation>
    </message>
    <message>
        <source>The shop may itself have to inform the data protection authority within 72 hours, and its customers soon after; it cannot do that without being told.</source>
        <comment>incident.notify-hours:why</comment>
        <translation>Puede que la propia tienda tenga que informar a la autoridad de protección de datos en un plazo de 72 horas, y a sus clientes poco después; no puede hacerlo si nadie le avisa.</translation>
    </message>
    <message>
        <source>Within 24 hours at most.</source>
        <comment>incident.notify-hours:good</comment>
        <translation>En 24 horas como máximo.</translation>
    </message>
    <message>
        <source>Whom can we reach at any hour if we think the shop has been broken into, and how?</source>
        <comment>incident.contact</comment>
        <translation>¿Con quién podemos contactar a cualquier hora si creemos que alguien ha entrado en la tienda, y cómo?</translation>
    </message>
    <message>
        <source>In an emergency, knowing whom to call saves hours.</source>
        <comment>incident.contact:why</comment>
        <translation>En una emergencia, saber a quién llamar ahorra horas.</translation>
    </message>
    <message>
        <source>A named team or person with a phone number or address that answers at all hours.</source>
        <comment>incident.contact:good</comment>
        <translation>Un equipo o una persona concretos, con un número de teléfono o una dirección que respondan a todas horas.</translation>
    </message>
    <message>
        <source>Do you have a written plan for handling security incidents, and have you practised it in the past year?</source>
        <comment>incident.plan</comment>
        <translation>¿Tienes un plan por escrito para gestionar incidentes de seguridad, y lo has ensayado en el último año?</translation>
    </message>
    <message>
        <source>A plan that has been rehearsed turns a panic into a routine, and shortens the time the shop is at risk.</source>
        <comment>incident.plan:why</comment>
        <translation>Un plan ensayado convierte el pánico en rutina y acorta el tiempo que la tienda está en riesgo.</translation>
    </message>
    <message>
        <source>Yes: there is a written plan, and it was practised within the past 12 months.</source>
        <comment>incident.plan:good</comment>
        <translation>Sí: hay un plan por escrito, y se ensayó en los últimos 12 meses.</translation>
    </message>
    <message>
        <source>Are you certified as compliant with the card industry&apos;s security standard (PCI DSS), with a current attestation of compliance?</source>
        <comment>payment.pci.attested</comment>
        <translation>¿Tienes la certificación de cumplimiento de la norma de seguridad del sector de las tarjetas (PCI DSS), con una declaración de cumplimiento vigente?</translation>
    </message>
    <message>
        <source>Card payments may only be handled by a provider that meets this standard; otherwise the shop carries the risk of card fraud and fines.</source>
        <comment>payment.pci.attested:why</comment>
        <translation>Solo un proveedor que cumpla esta norma puede gestionar pagos con tarjeta; si no, la tienda asume el riesgo de fraude con tarjetas y de multas.</translation>
    </message>
    <message>
        <source>Yes: you hold a current attestation of compliance and can send the shop a copy.</source>
        <comment>payment.pci.attested:good</comment>
        <translation>Sí: tienes una declaración de cumplimiento vigente y puedes enviar una copia a la tienda.</translation>
    </message>
    <message>
        <source>On what date was your current PCI DSS attestation of compliance signed?</source>
        <comment>payment.pci.aoc-date</comment>
        <translation>¿En qué fecha se firmó tu declaración de cumplimiento de PCI DSS vigente?</translation>
    </message>
    <message>
        <source>The attestation must be renewed every year; an old one says nothing about today.</source>
        <comment>payment.pci.aoc-date:why</comment>
        <translation>La declaración debe renovarse cada año; una antigua no dice nada sobre la situación actual.</translation>
    </message>
    <message>
        <source>A date within the past 12 months.</source>
        <comment>payment.pci.aoc-date:good</comment>
        <translation>Una fecha de los últimos 12 meses.</translation>
    </message>
    <message>
        <source>How do card details travel from the customer to you when they pay in the shop?</source>
        <comment>payment.integration</comment>
        <translation>¿Cómo llegan los datos de la tarjeta desde el cliente hasta ti cuando paga en la tienda?</translation>
    </message>
    <message>
        <source>The less the shop&apos;s own pages and servers handle card details, the smaller the shop&apos;s share of the card security rules, and the less an intruder can steal.</source>
        <comment>payment.integration:why</comment>
        <translation>Cuanto menos manejen los datos de tarjetas las páginas y los servidores propios de la tienda, menor es la parte de las normas de seguridad de tarjetas que le toca a la tienda, y menos puede robar un intruso.</translation>
    </message>
    <message>
        <source>The customer types the card details on your payment page or in your embedded payment field, never on the shop&apos;s own page.</source>
        <comment>payment.integration:good</comment>
        <translation>El cliente escribe los datos de la tarjeta en tu página de pago o en tu campo de pago integrado, nunca en una página propia de la tienda.</translation>
    </message>
    <message>
        <source>The customer is sent to your payment page</source>
        <comment>payment.integration:choice:hosted-page</comment>
        <translation>Se envía al cliente a tu página de pago</translation>
    </message>
    <message>
        <source>Your payment field is embedded in the shop&apos;s page</source>
        <comment>payment.integration:choice:iframe</comment>
        <translation>Tu campo de pago está integrado en la página de la tienda</translation>
    </message>
    <message>
        <source>Your script on the shop&apos;s page sends the card details straight to you</source>
        <comment>payment.integration:choice:script</comment>
        <translation>Tu script en la página de la tienda te envía los datos de la tarjeta directamente</translation>
    </message>
    <message>
        <source>Card details pass through the shop&apos;s own server</source>
        <comment>payment.integration:choice:direct</comment>
        <translation>Los datos de la tarjeta pasan por el servidor propio de la tienda</translation>
    </message>
    <message>
        <source>Do full card numbers ever reach or get stored on the shop&apos;s own servers?</source>
        <comment>payment.card-data-stored</comment>
        <translation>¿Llegan alguna vez números de tarjeta completos a los servidores propios de la tienda, o se guardan en ellos?</translation>
    </message>
    <message>
        <source>Card numbers on the shop&apos;s servers make it a prize for attackers and bring the strictest security rules with them.</source>
        <comment>payment.card-data-stored:why</comment>
        <translation>Los números de tarjeta en los servidores de la tienda la convierten en un botín para los atacantes y traen consigo las normas de seguridad más estrictas.</translation>
    </message>
    <message>
        <source>No: card numbers stay with you; the shop only keeps a reference to each payment.</source>
        <comment>payment.card-data-stored:good</comment>
        <translation>No: los números de tarjeta se quedan contigo; la tienda solo guarda una referencia de cada pago.</translation>
    </message>
    <message>
        <source>Do you screen the shop&apos;s payments for fraud and support strong customer authentication (such as 3-D Secure)?</source>
        <comment>payment.fraud-checks</comment>
        <translation>¿Revisas los pagos de la tienda para detectar fraudes y admites la autenticación reforzada de clientes (como 3-D Secure)?</translation>
    </message>
    <message>
        <source>Fraudulent orders cost the shop the goods, the money and a fee for every charge-back.</source>
        <comment>payment.fraud-checks:why</comment>
        <translation>Los pedidos fraudulentos le cuestan a la tienda la mercancía, el dinero y una comisión por cada devolución de cargo.</translation>
    </message>
    <message>
        <source>Yes: payments are screened, and strong customer authentication is used where it applies.</source>
        <comment>payment.fraud-checks:good</comment>
        <translation>Sí: los pagos se revisan, y se usa la autenticación reforzada de clientes cuando corresponde.</translation>
    </message>
    <message>
        <source>When did an independent firm last test your systems for weaknesses (a penetration test)?</source>
        <comment>testing.pentest-date</comment>
        <translation>¿Cuándo fue la última vez que una empresa independiente buscó debilidades en tus sistemas (una prueba de penetración)?</translation>
    </message>
    <message>
        <source>An outside test finds the weaknesses that attackers would find, before they do.</source>
        <comment>testing.pentest-date:why</comment>
        <translation>Una prueba externa encuentra las debilidades que encontrarían los atacantes, antes que ellos.</translation>
    </message>
    <message>
        <source>A test within the past 12 months, with the serious findings fixed.</source>
        <comment>testing.pentest-date:good</comment>
        <translation>Una prueba en los últimos 12 meses, con los hallazgos graves corregidos.</translation>
    </message>
    <message>
        <source>Which accounts do you hold on the shop&apos;s systems (system, user name, rights), and why do you need each of them?</source>
        <comment>dev.accounts</comment>
        <translation>¿Qué cuentas tienes en los sistemas de la tienda (sistema, nombre de usuario, permisos) y para qué necesitas cada una?</translation>
    </message>
    <message>
        <source>Every account is a door into the shop; the shop should know each one and the reason it exists.</source>
        <comment>dev.accounts:why</comment>
        <translation>Cada cuenta es una puerta de entrada a la tienda; la tienda debería conocerlas todas y saber por qué existe cada una.</translation>
    </message>
    <message>
        <source>A complete list in which every account has a named user and a clear purpose, and nothing more than needed.</source>
        <comment>dev.accounts:good</comment>
        <translation>Una lista completa en la que cada cuenta tiene un usuario identificado y un propósito claro, sin nada más de lo necesario.</translation>
    </message>
    <message>
        <source>Where do you keep the passwords and keys for the shop&apos;s systems?</source>
        <comment>dev.credentials</comment>
        <translation>¿Dónde guardas las contraseñas y las claves de los sistemas de la tienda?</translation>
    </message>
    <message>
        <source>Passwords in emails, chats or loose files are easy to steal and hard to account for.</source>
        <comment>dev.credentials:why</comment>
        <translation>Las contraseñas en correos, chats o archivos sueltos son fáciles de robar y difíciles de controlar.</translation>
    </message>
    <message>
        <source>In a password manager or secrets vault that only the people who need them can open.</source>
        <comment>dev.credentials:good</comment>
        <translation>En un gestor de contraseñas o un almacén de secretos que solo puedan abrir las personas que las necesitan.</translation>
    </message>
    <message>
        <source>In a password manager or secrets vault</source>
        <comment>dev.credentials:choice:vault</comment>
        <translation>En un gestor de contraseñas o un almacén de secretos</translation>
    </message>
    <message>
        <source>In documents or files</source>
        <comment>dev.credentials:choice:files</comment>
        <translation>En documentos o archivos</translation>
    </message>
    <message>
        <source>In emails or chat messages</source>
        <comment>dev.credentials:choice:messages</comment>
        <translation>En correos electrónicos o mensajes de chat</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <comment>dev.credentials:choice:other</comment>
        <translation>En otro sitio</translation>
    </message>
    <message>
        <source>Do you use two-step login (multi-factor authentication) on every account you hold for the shop, wherever it is available?</source>
        <comment>dev.mfa</comment>
        <translation>¿Usas el inicio de sesión en dos pasos (autenticación multifactor) en todas las cuentas que tienes para la tienda, siempre que esté disponible?</translation>
    </message>
    <message>
        <source>Developers&apos; accounts usually have the most rights, which makes them the most attractive to attackers.</source>
        <comment>dev.mfa:why</comment>
        <translation>Las cuentas de los desarrolladores suelen ser las que más permisos tienen, y eso las hace las más atractivas para los atacantes.</translation>
    </message>
    <message>
        <source>Yes: two-step login is on for every account that offers it.</source>
        <comment>dev.mfa:good</comment>
        <translation>Sí: el inicio de sesión en dos pasos está activado en todas las cuentas que lo ofrecen.</translation>
    </message>
    <message>
        <source>Is the shop&apos;s code kept in a version control system such as git?</source>
        <comment>dev.git</comment>
        <translation>¿Se guarda el código de la tienda en un sistema de control de versiones como git?</translation>
    </message>
    <message>
        <source>Version control keeps every earlier state of the code, so a bad change can be undone and a copy of the code always exists.</source>
        <comment>dev.git:why</comment>
        <translation>El control de versiones conserva cada estado anterior del código, así que un cambio erróneo se puede deshacer y siempre existe una copia del código.</translation>
    </message>
    <message>
        <source>Yes: all of the shop&apos;s own code and settings are in version control.</source>
        <comment>dev.git:good</comment>
        <translation>Sí: todo el código y la configuración propios de la tienda están en el control de versiones.</translation>
    </message>
    <message>
        <source>Is every change to the shop recorded there, with what changed, who made it and when?</source>
        <comment>dev.changelog</comment>
        <translation>¿Queda registrado ahí cada cambio en la tienda, con qué cambió, quién lo hizo y cuándo?</translation>
    </message>
    <message>
        <source>After an incident, the first question is what changed last, by whom and when.</source>
        <comment>dev.changelog:why</comment>
        <translation>Tras un incidente, la primera pregunta es qué fue lo último que cambió, quién lo cambió y cuándo.</translation>
    </message>
    <message>
        <source>Yes: every change is recorded with its author, its date and a short reason.</source>
        <comment>dev.changelog:good</comment>
        <translation>Sí: cada cambio queda registrado con su autor, su fecha y un breve motivo.</translation>
    </message>
    <message>
        <source>Do we have our own access to the code repository, so we can get the latest code without your help?</source>
        <comment>dev.repo-access</comment>
        <translation>¿Tenemos acceso propio al repositorio del código, para poder obtener el código más reciente sin tu ayuda?</translation>
    </message>
    <message>
        <source>If the developer is unavailable, the shop must still be able to get its own code.</source>
        <comment>dev.repo-access:why</comment>
        <translation>Si el desarrollador no está disponible, la tienda tiene que poder obtener su propio código igualmente.</translation>
    </message>
    <message>
        <source>Yes: the shop has its own account on the repository, or receives a regular copy of it.</source>
        <comment>dev.repo-access:good</comment>
        <translation>Sí: la tienda tiene su propia cuenta en el repositorio o recibe una copia de él con regularidad.</translation>
    </message>
    <message>
        <source>Do you try out changes on a separate copy of the shop before they go live?</source>
        <comment>dev.staging</comment>
        <translation>¿Pruebas los cambios en una copia aparte de la tienda antes de publicarlos?</translation>
    </message>
    <message>
        <source>Changes tried directly on the live shop can break checkout in front of customers.</source>
        <comment>dev.staging:why</comment>
        <translation>Los cambios probados directamente en la tienda publicada pueden romper el proceso de pago delante de los clientes.</translation>
    </message>
    <message>
        <source>Yes: every change is tested on a separate copy first.</source>
        <comment>dev.staging:good</comment>
        <translation>Sí: cada cambio se prueba antes en una copia aparte.</translation>
    </message>
    <message>
        <source>Are you in charge of installing security updates for the shop&apos;s software, themes and plugins?</source>
        <comment>dev.updates</comment>
        <translation>¿Te encargas tú de instalar las actualizaciones de seguridad del software, los temas y los plugins de la tienda?</translation>
    </message>
    <message>
        <source>Someone must be clearly responsible for updates, or they fall between two chairs.</source>
        <comment>dev.updates:why</comment>
        <translation>Alguien tiene que ser claramente responsable de las actualizaciones; si no, cada uno cree que se ocupa el otro y nadie las hace.</translation>
    </message>
    <message>
        <source>A clear yes or no, so the shop knows whether it must arrange updates elsewhere.</source>
        <comment>dev.updates:good</comment>
        <translation>Un sí o un no claro, para que la tienda sepa si tiene que organizar las actualizaciones por otra vía.</translation>
    </message>
    <message>
        <source>Within how many days of a critical security update being published do you install it on the shop?</source>
        <comment>dev.update-days</comment>
        <translation>¿En cuántos días desde que se publica una actualización de seguridad crítica la instalas en la tienda?</translation>
    </message>
    <message>
        <source>Attackers scan for shops running software with published weaknesses within days.</source>
        <comment>dev.update-days:why</comment>
        <translation>En pocos días, los atacantes ya buscan tiendas con software que tenga debilidades publicadas.</translation>
    </message>
    <message>
        <source>Within 14 days at most; within a few days for weaknesses that are already being used in attacks.</source>
        <comment>dev.update-days:good</comment>
        <translation>En 14 días como máximo; en pocos días si la debilidad ya se está aprovechando en ataques.</translation>
    </message>
    <message>
        <source>At the end of a project, will you remove or hand back your accounts, and hand over the code and all the passwords and keys you hold?</source>
        <comment>dev.handover</comment>
        <translation>Al terminar un proyecto, ¿eliminarás o devolverás tus cuentas, y entregarás el código y todas las contraseñas y claves que tengas?</translation>
    </message>
    <message>
        <source>When the work ends, the shop should hold everything it needs and no former supplier should still have a way in.</source>
        <comment>dev.handover:why</comment>
        <translation>Cuando termina el trabajo, la tienda debería tener todo lo que necesita, y ningún antiguo proveedor debería conservar una forma de entrar.</translation>
    </message>
    <message>
        <source>Yes: you confirm in writing which accounts were removed or handed over, and deliver the code and credentials.</source>
        <comment>dev.handover:good</comment>
        <translation>Sí: confirmas por escrito qué cuentas se eliminaron o se entregaron, y entregas el código y las credenciales.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Only if you answered %1 with %2.</source>
        <translation>Solo si respondiste %2 a la pregunta %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>QuestionnaireCommands</name>
    <message>
        <source>give the provider&apos;s id with --provider ID (see: storefort-cli providers list).</source>
        <translation>indica el ID del proveedor con --provider ID (consulta: storefort-cli providers list).</translation>
    </message>
    <message>
        <source>The provider&apos;s id.</source>
        <translation>El ID del proveedor.</translation>
    </message>
    <message>
        <source>text (the email), pdf (the letter) or csv (the fill-in file).</source>
        <translation>text (el correo electrónico), pdf (la carta) o csv (el archivo para rellenar).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se va a escribir.</translation>
    </message>
    <message>
        <source>Only the questions not answered yet or due to be asked again.</source>
        <translation>Solo las preguntas que aún no tienen respuesta o que toca volver a hacer.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli questionnaire export PLAN --provider ID --format text|pdf|csv -o FILE [--outstanding]</source>
        <translation>Uso: storefort-cli questionnaire export PLAN --provider ID --format text|pdf|csv -o FILE [--outstanding]</translation>
    </message>
    <message>
        <source>give the format with --format text, pdf or csv.</source>
        <translation>indica el formato con --format text, pdf o csv.</translation>
    </message>
    <message>
        <source>give the file to write with -o FILE.</source>
        <translation>indica con -o FILE el archivo que se va a escribir.</translation>
    </message>
    <message>
        <source>the plan has no provider %1.</source>
        <translation>el plan no tiene ningún proveedor %1.</translation>
    </message>
    <message>
        <source>Nothing to ask %1: every answer on file is up to date.</source>
        <translation>No hay nada que preguntar a %1: todas las respuestas registradas están al día.</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n question(s) for %1 to %2</source>
        <translation>
            <numerusform>Se ha escrito %n pregunta para %1 en %2</numerusform>
            <numerusform>Se han escrito %n preguntas para %1 en %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the file and show what would be recorded; change nothing.</source>
        <translation>Comprobar el archivo y mostrar lo que se registraría, sin cambiar nada.</translation>
    </message>
    <message>
        <source>Record the valid answers even when other rows have errors.</source>
        <translation>Registrar las respuestas válidas aunque otras filas tengan errores.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli questionnaire import PLAN --provider ID FILE [--dry-run] [--take-valid]</source>
        <translation>Uso: storefort-cli questionnaire import PLAN --provider ID FILE [--dry-run] [--take-valid]</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>no se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>nothing was recorded.</source>
        <translation>no se registró nada.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>was: %1</source>
        <translation>antes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n fila leída</numerusform>
            <numerusform>%n filas leídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid answer(s)</source>
        <translation>
            <numerusform>%n respuesta válida</numerusform>
            <numerusform>%n respuestas válidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left blank</source>
        <translation>
            <numerusform>%n en blanco</numerusform>
            <numerusform>%n en blanco</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was recorded: fix the problems and import again, or use --take-valid to record only the valid answers.</source>
        <translation>no se registró nada: corrige los problemas y vuelve a importar, o usa --take-valid para registrar solo las respuestas válidas.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: would record %n answer(s) for %1; the plan is unchanged.</source>
        <translation>
            <numerusform>Simulación: se registraría %n respuesta para %1; el plan no cambia.</numerusform>
            <numerusform>Simulación: se registrarían %n respuestas para %1; el plan no cambia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to record for %1.</source>
        <translation>No hay nada nuevo que registrar para %1.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n answer(s) for %1.</source>
        <translation>
            <numerusform>Se ha registrado %n respuesta para %1.</numerusform>
            <numerusform>Se han registrado %n respuestas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: storefort-cli questionnaire export|import ...</source>
        <translation>uso: storefort-cli questionnaire export|import ...</translation>
    </message>
    <message>
        <source>%1 is %2, too big to be a returned fill-in file.</source>
        <translation>%1 ocupa %2, demasiado para un archivo para rellenar devuelto.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireImport</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation>Falta la columna «%1».</translation>
    </message>
    <message>
        <source>This is not a filled-in questionnaire. %1 The first line must name the columns: %2.</source>
        <translation>Esto no es un cuestionario rellenado. %1 La primera línea debe indicar los nombres de las columnas: %2.</translation>
    </message>
    <message>
        <source>The file has no questions below its first line.</source>
        <translation>El archivo no tiene preguntas debajo de la primera línea.</translation>
    </message>
    <message>
        <source>The answer has no question id.</source>
        <translation>La respuesta no tiene ID de pregunta.</translation>
    </message>
    <message>
        <source>There is no question &quot;%1&quot; (the question id may have been changed).</source>
        <translation>No existe la pregunta «%1» (puede que se haya cambiado el ID de la pregunta).</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; is not asked of a %2.</source>
        <translation>La pregunta «%1» no se hace a proveedores de tipo «%2».</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot; is answered twice (also on line %2): neither answer is taken.</source>
        <translation>La pregunta «%1» tiene dos respuestas (la otra en la línea %2): no se acepta ninguna de las dos.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: %2</source>
        <translation>Pregunta «%1»: %2</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: the question version &quot;%2&quot; is not a number.</source>
        <translation>Pregunta «%1»: la versión de la pregunta «%2» no es un número.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: the file was made for version %2 of the question, but this program knows only version %3. Update Storefort or send the provider a new file.</source>
        <translation>Pregunta «%1»: el archivo se hizo para la versión %2 de la pregunta, pero este programa solo conoce la versión %3. Actualiza Storefort o envía al proveedor un archivo nuevo.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: &quot;%2&quot; is not a date; write it as YYYY-MM-DD, e.g. %3.</source>
        <translation>Pregunta «%1»: «%2» no es una fecha; escríbela como AAAA-MM-DD, por ejemplo %3.</translation>
    </message>
    <message>
        <source>Question &quot;%1&quot;: the answer is dated %2, which is in the future.</source>
        <translation>Pregunta «%1»: la respuesta tiene fecha del %2, que es una fecha futura.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireLetter</name>
    <message>
        <source>Security questions from %1 for %2</source>
        <translation>Preguntas de seguridad de %1 para %2</translation>
    </message>
    <message>
        <source>Hello %1 team,</source>
        <translation>Hola, equipo de %1:</translation>
    </message>
    <message numerus="yes">
        <source>%1 keeps a security plan for its online shop, and part of it is knowing how the providers we rely on protect it. Please answer the %n question(s) below about what you run for us.</source>
        <translation>
            <numerusform>%1 tiene un plan de seguridad para su tienda en línea, y parte de ese plan es saber cómo la protegen los proveedores en los que confiamos. Por favor, responde abajo a %n pregunta sobre los servicios que nos prestas.</numerusform>
            <numerusform>%1 tiene un plan de seguridad para su tienda en línea, y parte de ese plan es saber cómo la protegen los proveedores en los que confiamos. Por favor, responde abajo a %n preguntas sobre los servicios que nos prestas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 keeps a security plan for its online shop, and part of it is knowing how the providers we rely on protect it. Please answer the %n question(s) below about what you run for us (our account: %2).</source>
        <translation>
            <numerusform>%1 tiene un plan de seguridad para su tienda en línea, y parte de ese plan es saber cómo la protegen los proveedores en los que confiamos. Por favor, responde abajo a %n pregunta sobre los servicios que nos prestas (nuestra cuenta: %2).</numerusform>
            <numerusform>%1 tiene un plan de seguridad para su tienda en línea, y parte de ese plan es saber cómo la protegen los proveedores en los que confiamos. Por favor, responde abajo a %n preguntas sobre los servicios que nos prestas (nuestra cuenta: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The easiest way is to fill in the &quot;answer&quot; column of the attached file (CSV: it opens in any spreadsheet) and send it back to us. You may also answer in your reply, by question number. If a question does not apply to you, please say so.</source>
        <translation>Lo más fácil es rellenar la columna «answer» del archivo adjunto (CSV: se abre con cualquier hoja de cálculo) y devolvérnoslo. También puedes contestar en tu respuesta a este correo, indicando el número de cada pregunta. Si alguna pregunta no se aplica a tu caso, dínoslo, por favor.</translation>
    </message>
    <message>
        <source>The full list, with why each question matters, is in the attached letter.</source>
        <translation>La lista completa, con el motivo de cada pregunta, está en la carta adjunta.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>Why we ask: %1</source>
        <translation>Por qué lo preguntamos: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more question(s): please see the attached letter.</source>
        <translation>
            <numerusform>… y %n pregunta más: consulta la carta adjunta.</numerusform>
            <numerusform>… y %n preguntas más: consulta la carta adjunta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you for your help.</source>
        <translation>Gracias por tu ayuda.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Un cordial saludo,</translation>
    </message>
    <message>
        <source>Security questions</source>
        <translation>Preguntas de seguridad</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Our account with you: %1</source>
        <translation>Nuestra cuenta contigo: %1</translation>
    </message>
    <message>
        <source>Security questions from %1</source>
        <translation>Preguntas de seguridad de %1</translation>
    </message>
    <message numerus="yes">
        <source>We keep a security plan for our online shop, and part of it is knowing how the providers we rely on protect it. Please answer the %n question(s) below about what you run for us.</source>
        <translation>
            <numerusform>Tenemos un plan de seguridad para nuestra tienda en línea, y parte de ese plan es saber cómo la protegen los proveedores en los que confiamos. Por favor, responde abajo a %n pregunta sobre los servicios que nos prestas.</numerusform>
            <numerusform>Tenemos un plan de seguridad para nuestra tienda en línea, y parte de ese plan es saber cómo la protegen los proveedores en los que confiamos. Por favor, responde abajo a %n preguntas sobre los servicios que nos prestas.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can write your answers on this letter, or fill in the &quot;answer&quot; column of the CSV file we sent with it and send it back. If a question does not apply to you, please say so. Thank you for your help.</source>
        <translation>Puedes escribir tus respuestas en esta carta o rellenar la columna «answer» del archivo CSV que te enviamos con ella y devolvérnoslo. Si alguna pregunta no se aplica a tu caso, dínoslo, por favor. Gracias por tu ayuda.</translation>
    </message>
    <message>
        <source>There are no questions to answer at the moment.</source>
        <translation>Por ahora no hay preguntas que responder.</translation>
    </message>
    <message>
        <source>Answer format: %1</source>
        <translation>Formato de la respuesta: %1</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Por qué importa: %1</translation>
    </message>
    <message>
        <source>Answered by (name, role):</source>
        <translation>Respondido por (nombre, función):</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Could not write the letter to %1: %2</source>
        <translation>No se pudo escribir la carta en %1: %2</translation>
    </message>
</context>
<context>
    <name>QuestionnaireModel</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message numerus="yes">
        <source>%n outstanding</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>all answered</source>
        <translation>todas respondidas</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Attacks and outages (DDoS)</source>
        <translation>Ataques y caídas (DDoS)</translation>
    </message>
    <message>
        <source>Backups and exports</source>
        <translation>Copias de seguridad y exportaciones</translation>
    </message>
    <message>
        <source>Who can get in</source>
        <translation>Quién puede entrar</translation>
    </message>
    <message>
        <source>Audit logs</source>
        <translation>Registros de auditoría</translation>
    </message>
    <message>
        <source>Updates and fixes</source>
        <translation>Actualizaciones y correcciones</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Where the data is</source>
        <translation>Dónde están los datos</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Security testing</source>
        <translation>Pruebas de seguridad</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Cumple</translation>
    </message>
    <message>
        <source>Falls short</source>
        <translation>Insuficiente</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>Given by %1 on %2</source>
        <translation>Respondida por %1 con fecha %2</translation>
    </message>
    <message>
        <source>Given by %1 at %2 on %3</source>
        <translation>Respondida por %1, de %2, con fecha %3</translation>
    </message>
    <message>
        <source>%1 · entered %2</source>
        <translation>%1 · registrada con fecha %2</translation>
    </message>
    <message>
        <source>Due to be asked again</source>
        <translation>Toca volver a preguntar</translation>
    </message>
    <message>
        <source>Due to be asked again (the question changed)</source>
        <translation>Toca volver a preguntar (la pregunta ha cambiado)</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Due again · %1</source>
        <translation>Volver a preguntar · %1</translation>
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
        <translation>&amp;Preguntar a este proveedor…</translation>
    </message>
    <message>
        <source>&amp;Import Returned File…</source>
        <translation>Importar archivo &amp;devuelto…</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Responder…</translation>
    </message>
    <message>
        <source>&amp;Remove Answer</source>
        <translation>&amp;Quitar la respuesta</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Todas las preguntas</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Falling short</source>
        <translation>Insuficientes</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>A letter, an email and a fill-in file with the questions for this provider</source>
        <translation>Una carta, un correo electrónico y un archivo para rellenar con las preguntas para este proveedor</translation>
    </message>
    <message>
        <source>Record the answers from a fill-in file the provider sent back</source>
        <translation>Registrar las respuestas de un archivo para rellenar que te ha devuelto el proveedor</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message numerus="yes">
        <source>%n outstanding</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>All answered and current</source>
        <translation>Todas respondidas y al día</translation>
    </message>
    <message numerus="yes">
        <source>%n fall(s) short</source>
        <translation>
            <numerusform>%n insuficiente</numerusform>
            <numerusform>%n insuficientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a provider to see the questions for them.</source>
        <translation>Elige un proveedor para ver sus preguntas.</translation>
    </message>
    <message>
        <source>Nothing outstanding: every question has a current answer.</source>
        <translation>Nada pendiente: todas las preguntas tienen una respuesta al día.</translation>
    </message>
    <message>
        <source>No answer falls short.</source>
        <translation>Ninguna respuesta es insuficiente.</translation>
    </message>
    <message>
        <source>No questions apply to this provider.</source>
        <translation>A este proveedor no se le aplica ninguna pregunta.</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Por qué importa: %1</translation>
    </message>
    <message>
        <source>What good looks like: %1</source>
        <translation>Una buena respuesta: %1</translation>
    </message>
    <message>
        <source>Their answer: %1</source>
        <translation>Su respuesta: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>Not answered yet. Ask them, or record their answer by hand.</source>
        <translation>Todavía sin respuesta. Pregúntales o anota su respuesta a mano.</translation>
    </message>
    <message>
        <source>Change &amp;Answer…</source>
        <translation>Cambiar la &amp;respuesta…</translation>
    </message>
    <message>
        <source>Answer Not Recorded</source>
        <translation>Respuesta no registrada</translation>
    </message>
    <message>
        <source>Answers Not Recorded</source>
        <translation>Respuestas no registradas</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) recorded.</source>
        <translation>
            <numerusform>Se ha registrado %n respuesta.</numerusform>
            <numerusform>Se han registrado %n respuestas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo takes them all back at once.</source>
        <translation>Con Deshacer se anulan todas a la vez.</translation>
    </message>
    <message>
        <source>Answer Not Removed</source>
        <translation>Respuesta no quitada</translation>
    </message>
    <message numerus="yes">
        <source>Remove the answer to “%1” with its %n evidence file(s)? The files are deleted from the plan, and this cannot be undone.</source>
        <translation>
            <numerusform>¿Quitar la respuesta a «%1» junto con su %n archivo de prueba? El archivo se borra del plan, y esto no se puede deshacer.</numerusform>
            <numerusform>¿Quitar la respuesta a «%1» junto con sus %n archivos de prueba? Los archivos se borran del plan, y esto no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Answer and Evidence</source>
        <translation>Quitar la respuesta y las pruebas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Import Returned File</source>
        <translation>Importar archivo devuelto</translation>
    </message>
    <message>
        <source>Fill-in files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos para rellenar (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>File Not Imported</source>
        <translation>Archivo no importado</translation>
    </message>
    <message>
        <source>“%1” is %2, too big to be a fill-in file (they are a few kilobytes). Choose the file the provider filled in.</source>
        <translation>«%1» ocupa %2, demasiado para ser un archivo para rellenar (suelen ocupar unos pocos kilobytes). Elige el archivo que rellenó el proveedor.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Leyendo «%1»…</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>No se pudo leer «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) for %1</source>
        <translation>
            <numerusform>%n pregunta para %1</numerusform>
            <numerusform>%n preguntas para %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message numerus="yes">
        <source>%n critical finding(s) are open.</source>
        <translation>
            <numerusform>Hay %n hallazgo crítico abierto.</numerusform>
            <numerusform>Hay %n hallazgos críticos abiertos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serious finding(s) are open.</source>
        <translation>
            <numerusform>Hay %n hallazgo grave abierto.</numerusform>
            <numerusform>Hay %n hallazgos graves abiertos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of medium weight are open.</source>
        <translation>
            <numerusform>Hay %n hallazgo de gravedad media abierto.</numerusform>
            <numerusform>Hay %n hallazgos de gravedad media abiertos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minor finding(s) are open.</source>
        <translation>
            <numerusform>Hay %n hallazgo leve abierto.</numerusform>
            <numerusform>Hay %n hallazgos leves abiertos.</numerusform>
        </translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>“%1” has been due since %2.</source>
        <translation>«%1» está pendiente desde el %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) with accounts are on file.</source>
        <translation>
            <numerusform>Hay %n sistema con cuentas registrado.</numerusform>
            <numerusform>Hay %n sistemas con cuentas registrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>No system is on file yet: add where the shop&apos;s accounts live (the shop&apos;s admin, the hosting panel, email).</source>
        <translation>Todavía no hay ningún sistema registrado: añade dónde están las cuentas de la tienda (la administración de la tienda, el panel de alojamiento, el correo electrónico).</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) are on file.</source>
        <translation>
            <numerusform>Hay %n cuenta registrada.</numerusform>
            <numerusform>Hay %n cuentas registradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No accounts are on file yet: import them or enter them.</source>
        <translation>Todavía no hay cuentas registradas: impórtalas o introdúcelas.</translation>
    </message>
    <message>
        <source>Nobody has reviewed who can get in yet.</source>
        <translation>Nadie ha revisado todavía quién puede entrar.</translation>
    </message>
    <message numerus="yes">
        <source>The access review is %n day(s) overdue.</source>
        <translation>
            <numerusform>La revisión de accesos lleva %n día de retraso.</numerusform>
            <numerusform>La revisión de accesos lleva %n días de retraso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who can get in was reviewed today.</source>
        <translation>Hoy se ha revisado quién puede entrar.</translation>
    </message>
    <message numerus="yes">
        <source>Who can get in was reviewed %n day(s) ago.</source>
        <translation>
            <numerusform>Se revisó quién puede entrar hace %n día.</numerusform>
            <numerusform>Se revisó quién puede entrar hace %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every admin account signs in with a second step (2-step login).</source>
        <translation>Todas las cuentas de administrador inician sesión con un segundo paso (inicio de sesión en dos pasos).</translation>
    </message>
    <message numerus="yes">
        <source>%n admin account(s) sign in with a password alone, or nobody knows whether they use 2-step login.</source>
        <translation>
            <numerusform>%n cuenta de administrador inicia sesión solo con contraseña, o nadie sabe si usa el inicio de sesión en dos pasos.</numerusform>
            <numerusform>%n cuentas de administrador inician sesión solo con contraseña, o nadie sabe si usan el inicio de sesión en dos pasos.</numerusform>
        </translation>
    </message>
    <message>
        <source>A CDN</source>
        <translation>Una CDN</translation>
    </message>
    <message>
        <source>No CDN is known to stand in front of the shop.</source>
        <translation>No se sabe de ninguna CDN que esté delante de la tienda.</translation>
    </message>
    <message>
        <source>%1 stands in front of the shop.</source>
        <translation>%1 está delante de la tienda.</translation>
    </message>
    <message>
        <source>Your host has said what it does in an attack.</source>
        <translation>Tu proveedor de alojamiento ha dicho qué hace en caso de ataque.</translation>
    </message>
    <message>
        <source>Your host has not said yet what it does in an attack.</source>
        <translation>Tu proveedor de alojamiento todavía no ha dicho qué hace en caso de ataque.</translation>
    </message>
    <message>
        <source>Nobody knows whom to call in an attack: the call tree is empty.</source>
        <translation>Nadie sabe a quién llamar en caso de ataque: la cadena de llamadas está vacía.</translation>
    </message>
    <message>
        <source>The call tree does not say who tells customers.</source>
        <translation>La cadena de llamadas no indica quién avisa a los clientes.</translation>
    </message>
    <message>
        <source>The call tree says who calls whom, and who tells customers.</source>
        <translation>La cadena de llamadas indica quién llama a quién y quién avisa a los clientes.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the standard steps against attacks are prepared.</source>
        <translation>
            <numerusform>%n de los pasos estándar contra ataques está preparado.</numerusform>
            <numerusform>%n de los pasos estándar contra ataques están preparados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n standard step(s) against attacks are not prepared yet.</source>
        <translation>
            <numerusform>%n paso estándar contra ataques todavía no está preparado.</numerusform>
            <numerusform>%n pasos estándar contra ataques todavía no están preparados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The attack plan has never been practised.</source>
        <translation>El plan contra ataques nunca se ha practicado.</translation>
    </message>
    <message>
        <source>The last drill was over a year ago.</source>
        <translation>El último simulacro fue hace más de un año.</translation>
    </message>
    <message>
        <source>The team practised the attack plan today.</source>
        <translation>Hoy el equipo ha practicado el plan contra ataques.</translation>
    </message>
    <message numerus="yes">
        <source>The team practised the attack plan %n day(s) ago.</source>
        <translation>
            <numerusform>El equipo practicó el plan contra ataques hace %n día.</numerusform>
            <numerusform>El equipo practicó el plan contra ataques hace %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovery item(s) have someone who holds them and a place on record.</source>
        <translation>
            <numerusform>%n elemento de recuperación tiene custodio y un lugar registrado.</numerusform>
            <numerusform>%n elementos de recuperación tienen custodio y un lugar registrado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovery item(s) have been checked recently.</source>
        <translation>
            <numerusform>%n elemento de recuperación se ha comprobado recientemente.</numerusform>
            <numerusform>%n elementos de recuperación se han comprobado recientemente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovery item(s) have nobody named who holds them.</source>
        <translation>
            <numerusform>%n elemento de recuperación no tiene ningún custodio indicado.</numerusform>
            <numerusform>%n elementos de recuperación no tienen ningún custodio indicado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovery item(s) have no place on record.</source>
        <translation>
            <numerusform>%n elemento de recuperación no tiene ningún lugar registrado.</numerusform>
            <numerusform>%n elementos de recuperación no tienen ningún lugar registrado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recovery item(s) are due to be checked again.</source>
        <translation>
            <numerusform>Toca volver a comprobar %n elemento de recuperación.</numerusform>
            <numerusform>Toca volver a comprobar %n elementos de recuperación.</numerusform>
        </translation>
    </message>
    <message>
        <source>The shop&apos;s web address is missing.</source>
        <translation>Falta la dirección web de la tienda.</translation>
    </message>
    <message>
        <source>The shop&apos;s web address is on file: %1.</source>
        <translation>La dirección web de la tienda está registrada: %1.</translation>
    </message>
    <message>
        <source>The shop runs on %1.</source>
        <translation>La tienda funciona con %1.</translation>
    </message>
    <message>
        <source>The platform the shop runs on is not chosen yet.</source>
        <translation>Todavía no se ha elegido la plataforma de la tienda.</translation>
    </message>
    <message>
        <source>%1 owns the plan.</source>
        <translation>%1 es responsable del plan.</translation>
    </message>
    <message>
        <source>Nobody is named as the plan&apos;s owner.</source>
        <translation>No se ha indicado ningún responsable del plan.</translation>
    </message>
    <message numerus="yes">
        <source>%n more team member(s) know the plan.</source>
        <translation>
            <numerusform>%n miembro más del equipo conoce el plan.</numerusform>
            <numerusform>%n miembros más del equipo conocen el plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody else on the team is on file yet.</source>
        <translation>Todavía no hay nadie más del equipo registrado.</translation>
    </message>
    <message>
        <source>There is no web address to probe yet.</source>
        <translation>Todavía no hay ninguna dirección web que probar.</translation>
    </message>
    <message>
        <source>%1 has not been probed yet.</source>
        <translation>Todavía no se ha probado %1.</translation>
    </message>
    <message numerus="yes">
        <source>The newest probe of %1 is %n day(s) old: probe it again.</source>
        <translation>
            <numerusform>La prueba más reciente de %1 tiene %n día: vuelve a probarlo.</numerusform>
            <numerusform>La prueba más reciente de %1 tiene %n días: vuelve a probarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was probed; it could not be graded.</source>
        <translation>Se probó %1, pero no se pudo calificar.</translation>
    </message>
    <message>
        <source>%1 was probed today: grade %2.</source>
        <translation>Hoy se ha probado %1: calificación %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was probed %n day(s) ago: grade %2.</source>
        <translation>
            <numerusform>Se probó %1 hace %n día: calificación %2.</numerusform>
            <numerusform>Se probó %1 hace %n días: calificación %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No providers are on file yet: start with the company that hosts the shop.</source>
        <translation>Todavía no hay proveedores registrados: empieza por la empresa que aloja la tienda.</translation>
    </message>
    <message>
        <source>No host is on file yet.</source>
        <translation>Todavía no hay ningún proveedor de alojamiento registrado.</translation>
    </message>
    <message>
        <source>Your host is on file: %1.</source>
        <translation>Tu proveedor de alojamiento está registrado: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has answered %2 of %n question(s).</source>
        <translation>
            <numerusform>%1 ha respondido %2 de %n pregunta.</numerusform>
            <numerusform>%1 ha respondido %2 de %n preguntas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) have answered every question.</source>
        <translation>
            <numerusform>%n proveedor ha respondido todas las preguntas.</numerusform>
            <numerusform>%n proveedores han respondido todas las preguntas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) still have questions to answer.</source>
        <translation>
            <numerusform>%n proveedor todavía tiene preguntas por responder.</numerusform>
            <numerusform>%n proveedores todavía tienen preguntas por responder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are due to be asked again.</source>
        <translation>
            <numerusform>Toca volver a pedir %n respuesta.</numerusform>
            <numerusform>Toca volver a pedir %n respuestas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer on file is due to be asked again.</source>
        <translation>No toca volver a pedir ninguna de las respuestas registradas.</translation>
    </message>
</context>
<context>
    <name>ReadinessPartsView</name>
    <message>
        <source>Each step&apos;s part of the score</source>
        <translation>Lo que aporta cada paso a la puntuación</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Double-click to go to this step</source>
        <translation>Haz doble clic para ir a este paso</translation>
    </message>
    <message>
        <source>Counts for the shop: %1</source>
        <translation>A favor de la tienda: %1</translation>
    </message>
    <message>
        <source>Holds the score down: %1</source>
        <translation>Baja la puntuación: %1</translation>
    </message>
</context>
<context>
    <name>ReadyWizardPage</name>
    <message>
        <source>&amp;Check my site&apos;s encryption now</source>
        <translation>&amp;Comprobar ahora el cifrado de mi sitio</translation>
    </message>
    <message>
        <source>Ready to Write the Plan</source>
        <translation>Listo para escribir el plan</translation>
    </message>
    <message>
        <source>When you press Finish, Storefort writes your answers into the plan. Nothing is written before.</source>
        <extracomment>&quot;Finish&quot; is the button below, named by the next string</extracomment>
        <translation>Cuando pulses Finalizar, Storefort escribirá tus respuestas en el plan. Antes no se escribe nada.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Then the plan&apos;s steps are listed on the left, from Shop &amp; team to Review &amp; export. Each step says why it matters and what to do, and ends with the way to the next one. Take them in order, at your own pace: every change is saved as you make it.</source>
        <translation>Después, los pasos del plan aparecen a la izquierda, de Tienda y equipo a Revisar y exportar. Cada paso explica por qué importa y qué hacer, y termina con el camino al siguiente. Síguelos en orden, a tu ritmo: cada cambio se guarda al momento.</translation>
    </message>
    <message>
        <source>What goes into the plan</source>
        <translation>Lo que entra en el plan</translation>
    </message>
    <message>
        <source>The first check</source>
        <translation>La primera comprobación</translation>
    </message>
    <message>
        <source>What comes next</source>
        <translation>Lo que viene después</translation>
    </message>
    <message>
        <source>Shop:</source>
        <translation>Tienda:</translation>
    </message>
    <message>
        <source>Web addresses:</source>
        <translation>Direcciones web:</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>Dirección web:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plataforma:</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Equipo:</translation>
    </message>
    <message>
        <source>nobody added now</source>
        <translation>no se ha añadido a nadie ahora</translation>
    </message>
    <message>
        <source>Providers:</source>
        <translation>Proveedores:</translation>
    </message>
    <message>
        <source>none added now</source>
        <translation>no se ha añadido ninguno ahora</translation>
    </message>
    <message>
        <source>Storefort connects to %1 the way a browser does, and to nothing else. It takes a minute or two; the result is kept in the plan.</source>
        <translation>Storefort se conecta a %1 como lo hace un navegador, y a nada más. Tarda uno o dos minutos; el resultado se guarda en el plan.</translation>
    </message>
    <message>
        <source>Add the shop&apos;s web address on the first page to check its encryption; you can also do it later in the Encryption (TLS) step.</source>
        <translation>Añade la dirección web de la tienda en la primera página para comprobar su cifrado; también puedes hacerlo más tarde en el paso Cifrado (TLS).</translation>
    </message>
    <message>
        <source>Not everything could be written.</source>
        <translation>No se ha podido escribir todo.</translation>
    </message>
</context>
<context>
    <name>RecoveryCheck</name>
    <message>
        <source>Nobody is named as holding the root account.</source>
        <translation>No se ha indicado ningún custodio de la cuenta root.</translation>
    </message>
    <message>
        <source>%1 holds the root account.</source>
        <translation>%1 custodia la cuenta root.</translation>
    </message>
    <message>
        <source>the root account</source>
        <translation>la cuenta root</translation>
    </message>
    <message>
        <source>No password for %1 is stored in the keychain.</source>
        <translation>No hay ninguna contraseña de %1 guardada en el llavero.</translation>
    </message>
    <message>
        <source>The plan expects the password for %1 in the keychain, but the keychain has no such entry.</source>
        <translation>El plan espera la contraseña de %1 en el llavero, pero el llavero no tiene esa entrada.</translation>
    </message>
    <message>
        <source>The keychain could not be asked: %1</source>
        <translation>No se pudo consultar el llavero: %1</translation>
    </message>
    <message>
        <source>The password for %1 is in the keychain.</source>
        <translation>La contraseña de %1 está en el llavero.</translation>
    </message>
    <message numerus="yes">
        <source>It was stored on %1, %n day(s) ago.</source>
        <translation>
            <numerusform>Se guardó el %1, hace %n día.</numerusform>
            <numerusform>Se guardó el %1, hace %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Storefort cannot check this item by itself. Look at it and confirm it is there and usable.</source>
        <translation>Storefort no puede comprobar este elemento por sí solo. Míralo y confirma que está ahí y que se puede usar.</translation>
    </message>
    <message>
        <source>No location is recorded, so there is nothing to check.</source>
        <translation>No se ha registrado ninguna ubicación, así que no hay nada que comprobar.</translation>
    </message>
    <message>
        <source>It is kept at “%1”, which Storefort cannot open. Look at it there and confirm it by hand, or copy it to a folder on this computer.</source>
        <translation>Se guarda en «%1», que Storefort no puede abrir. Míralo allí y confírmalo a mano, o cópialo a una carpeta de este ordenador.</translation>
    </message>
    <message>
        <source>The key&apos;s passphrase could not be read from the keychain: %1</source>
        <translation>No se pudo leer del llavero la frase de contraseña de la clave: %1</translation>
    </message>
    <message>
        <source>The plan expects the key&apos;s passphrase in the keychain, but the keychain has no such entry.</source>
        <translation>El plan espera la frase de contraseña de la clave en el llavero, pero el llavero no tiene esa entrada.</translation>
    </message>
    <message>
        <source>Looked at and confirmed by hand.</source>
        <translation>Revisado y confirmado a mano.</translation>
    </message>
    <message>
        <source>Looked at and confirmed by hand: %1</source>
        <translation>Revisado y confirmado a mano: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryFindings</name>
    <message>
        <source>%1: no backup found where the plan says</source>
        <translation>%1: no hay ninguna copia de seguridad donde indica el plan</translation>
    </message>
    <message>
        <source>A backup nobody can find on the bad day is no backup. The plan must point at where the backups really are.</source>
        <translation>Una copia de seguridad que nadie encuentra en un mal día no sirve de nada. El plan tiene que indicar dónde están de verdad las copias de seguridad.</translation>
    </message>
    <message>
        <source>Check the folder or share, mount it if needed, and correct the item&apos;s location. Then verify again.</source>
        <translation>Revisa la carpeta o la carpeta compartida, conéctala si hace falta y corrige la ubicación del elemento. Después vuelve a comprobarlo.</translation>
    </message>
    <message>
        <source>Everything since the newest backup — orders, customers, changes — is lost if the shop has to be restored today.</source>
        <translation>Si hoy hubiera que restaurar la tienda, se perdería todo lo posterior a la copia de seguridad más reciente: pedidos, clientes, cambios.</translation>
    </message>
    <message>
        <source>Find out why the daily backup stopped (ask the host or check the backup job), run one now, and verify again.</source>
        <translation>Averigua por qué se dejó de hacer la copia de seguridad diaria (pregunta al proveedor de alojamiento o revisa la tarea de copia), haz una ahora y vuelve a comprobarlo.</translation>
    </message>
    <message>
        <source>%1: no older backup kept as a reference point</source>
        <translation>%1: no se conserva ninguna copia de seguridad antigua como punto de referencia</translation>
    </message>
    <message>
        <source>Break-ins are often found days later. If only the newest backups are kept, they may all contain the intruder.</source>
        <translation>Las intrusiones se descubren a menudo días después. Si solo se conservan las copias de seguridad más recientes, puede que todas contengan al intruso.</translation>
    </message>
    <message>
        <source>Keep at least one backup that is a week or more old (many keep one per week and one per month).</source>
        <translation>Conserva al menos una copia de seguridad de una semana o más de antigüedad (muchas tiendas guardan una por semana y una por mes).</translation>
    </message>
    <message>
        <source>%1: the newest backup does not open</source>
        <translation>%1: la copia de seguridad más reciente no se abre</translation>
    </message>
    <message>
        <source>A damaged backup fails exactly when it is needed. The shop would have to fall back to an older one and lose more.</source>
        <translation>Una copia de seguridad dañada falla justo cuando se necesita. La tienda tendría que recurrir a una más antigua y perdería más.</translation>
    </message>
    <message>
        <source>Make a new backup, check that it opens, and find out why the last one was cut short (full disk, interrupted copy).</source>
        <translation>Haz una copia de seguridad nueva, comprueba que se abre y averigua por qué la última quedó incompleta (disco lleno, copia interrumpida).</translation>
    </message>
    <message>
        <source>%1: the newest backup is empty or much smaller</source>
        <translation>%1: la copia de seguridad más reciente está vacía o es mucho más pequeña</translation>
    </message>
    <message>
        <source>A backup that suddenly shrinks has often left something out — the database, or the uploaded images.</source>
        <translation>Una copia de seguridad que de repente se reduce a menudo ha dejado algo fuera: la base de datos o las imágenes subidas.</translation>
    </message>
    <message>
        <source>Open the backup and compare it with the one before. Ask whoever runs the backup what changed.</source>
        <translation>Abre la copia de seguridad y compárala con la anterior. Pregunta a quien se encarga de las copias qué ha cambiado.</translation>
    </message>
    <message>
        <source>%1: the export is not where the plan says</source>
        <translation>%1: la exportación no está donde indica el plan</translation>
    </message>
    <message>
        <source>On the bad day the shop itself may be down, so the export must already exist somewhere you can open it.</source>
        <translation>En un mal día puede que la propia tienda esté caída, así que la exportación ya tiene que estar en algún sitio donde puedas abrirla.</translation>
    </message>
    <message>
        <source>Export the data from the shop&apos;s admin, save it where the item points, and verify again.</source>
        <translation>Exporta los datos desde la administración de la tienda, guárdalos donde indica el elemento y vuelve a comprobarlo.</translation>
    </message>
    <message>
        <source>%1: the export is out of date</source>
        <translation>%1: la exportación está desactualizada</translation>
    </message>
    <message>
        <source>An old export misses the newest customers, orders or products.</source>
        <translation>A una exportación antigua le faltan los clientes, pedidos o productos más recientes.</translation>
    </message>
    <message>
        <source>Export again, or have the shop send the export on a schedule.</source>
        <translation>Vuelve a exportar, o haz que la tienda envíe la exportación de forma programada.</translation>
    </message>
    <message>
        <source>%1: the export cannot be read</source>
        <translation>%1: la exportación no se puede leer</translation>
    </message>
    <message>
        <source>A file that does not open, or holds no rows, will not help rebuild anything.</source>
        <translation>Un archivo que no se abre, o que no contiene filas, no ayudará a reconstruir nada.</translation>
    </message>
    <message>
        <source>Export again as CSV and check it opens in a spreadsheet.</source>
        <translation>Vuelve a exportar como CSV y comprueba que se abre en una hoja de cálculo.</translation>
    </message>
    <message>
        <source>%1: the export lacks columns it needs</source>
        <translation>%1: a la exportación le faltan columnas necesarias</translation>
    </message>
    <message>
        <source>Without them the file cannot be loaded into a rebuilt shop (products without prices, customers without e-mail addresses).</source>
        <translation>Sin ellas, el archivo no se puede cargar en una tienda reconstruida (productos sin precio, clientes sin dirección de correo electrónico).</translation>
    </message>
    <message>
        <source>Choose the full export in the shop&apos;s admin, with every column.</source>
        <translation>Elige la exportación completa en la administración de la tienda, con todas las columnas.</translation>
    </message>
    <message>
        <source>%1: a certificate file is missing or unreadable</source>
        <translation>%1: falta un archivo del certificado o no se puede leer</translation>
    </message>
    <message>
        <source>Moving the site to a new server quickly needs the certificate, its key and the signing request together.</source>
        <translation>Para trasladar rápido el sitio a un servidor nuevo hacen falta el certificado, su clave y la solicitud de firma, juntos.</translation>
    </message>
    <message>
        <source>Ask whoever set up the certificate (often the host) for the files, and keep them in the recorded place.</source>
        <translation>Pide los archivos a quien configuró el certificado (a menudo, el proveedor de alojamiento) y guárdalos en el sitio registrado.</translation>
    </message>
    <message>
        <source>%1: the private key is missing or will not open</source>
        <translation>%1: falta la clave privada o no se abre</translation>
    </message>
    <message>
        <source>A certificate is useless without its private key, and an encrypted key is useless without its passphrase.</source>
        <translation>Un certificado no sirve de nada sin su clave privada, y una clave cifrada no sirve de nada sin su frase de contraseña.</translation>
    </message>
    <message>
        <source>Find the key the site uses and store its passphrase in the keychain with this item.</source>
        <translation>Busca la clave que usa el sitio y guarda su frase de contraseña en el llavero con este elemento.</translation>
    </message>
    <message>
        <source>%1: the key does not belong to the other files</source>
        <translation>%1: la clave no corresponde a los demás archivos</translation>
    </message>
    <message>
        <source>A key that does not match its certificate cannot serve the site: the files on hand are from different certificates.</source>
        <translation>Una clave que no corresponde a su certificado no puede servir el sitio: los archivos que tienes son de certificados distintos.</translation>
    </message>
    <message>
        <source>Keep the key together with the certificate and request made from it; remove the stray files.</source>
        <translation>Guarda la clave junto con el certificado y la solicitud creados a partir de ella; quita los archivos que sobran.</translation>
    </message>
    <message>
        <source>%1: the key on hand is not the one the live site uses</source>
        <translation>%1: la clave que tienes no es la que usa el sitio en producción</translation>
    </message>
    <message>
        <source>If the site has to move today, this key will not work with the certificate it serves: the key you keep is out of date.</source>
        <translation>Si hoy hubiera que trasladar el sitio, esta clave no funcionaría con el certificado que usa: la clave que guardas está desactualizada.</translation>
    </message>
    <message>
        <source>Get the current key from whoever renewed the certificate last, and keep it here instead of the old one.</source>
        <translation>Pide la clave actual a quien renovó el certificado por última vez y guárdala aquí en lugar de la antigua.</translation>
    </message>
    <message>
        <source>%1: the certificate has run out or soon will</source>
        <translation>%1: el certificado ha caducado o caducará pronto</translation>
    </message>
    <message>
        <source>A certificate past its date makes browsers warn every visitor away.</source>
        <translation>Con un certificado caducado, los navegadores muestran un aviso que ahuyenta a todos los visitantes.</translation>
    </message>
    <message>
        <source>Renew it in time and keep the new files here.</source>
        <translation>Renuévalo a tiempo y guarda aquí los archivos nuevos.</translation>
    </message>
    <message>
        <source>%1: no copy of the code could be checked</source>
        <translation>%1: no se pudo comprobar ninguna copia del código</translation>
    </message>
    <message>
        <source>Without a copy of the latest code, a damaged site must be rebuilt from memory.</source>
        <translation>Sin una copia del código más reciente, un sitio dañado hay que reconstruirlo de memoria.</translation>
    </message>
    <message>
        <source>Ask the developers where the code is kept and for a copy (a git repository) on a machine you control.</source>
        <translation>Pregunta a los desarrolladores dónde se guarda el código y pídeles una copia (un repositorio git) en un equipo que controles tú.</translation>
    </message>
    <message>
        <source>%1: changes not yet saved in the history</source>
        <translation>%1: hay cambios que todavía no están guardados en el historial</translation>
    </message>
    <message>
        <source>Changes outside the history are not in the change log and are lost with the machine.</source>
        <translation>Los cambios que están fuera del historial no aparecen en el historial de cambios y se pierden con el equipo.</translation>
    </message>
    <message>
        <source>Ask the developer to commit or discard them.</source>
        <translation>Pide al desarrollador que los confirme (commit) o que los descarte.</translation>
    </message>
    <message>
        <source>%1: the newest code exists only on this machine</source>
        <translation>%1: el código más reciente solo existe en este equipo</translation>
    </message>
    <message>
        <source>If this machine breaks or is stolen, the newest changes are gone with it.</source>
        <translation>Si este equipo se estropea o lo roban, los cambios más recientes desaparecen con él.</translation>
    </message>
    <message>
        <source>Push the commits to the shared repository (or set one up).</source>
        <translation>Sube los commits al repositorio compartido (o crea uno).</translation>
    </message>
    <message>
        <source>%1: nobody holds the root password safely</source>
        <translation>%1: nadie custodia de forma segura la contraseña de root</translation>
    </message>
    <message>
        <source>When every other way in fails, the root account is the way back. If nobody has its password, the server may be lost.</source>
        <translation>Cuando fallan todas las demás formas de entrar, la cuenta root es el camino de vuelta. Si nadie tiene su contraseña, puede que se pierda el servidor.</translation>
    </message>
    <message>
        <source>Name who holds it and store the password in the keychain with this item.</source>
        <translation>Indica quién es su custodio y guarda la contraseña en el llavero con este elemento.</translation>
    </message>
    <message>
        <source>%1: the root password has not changed in a year</source>
        <translation>%1: la contraseña de root no ha cambiado en un año</translation>
    </message>
    <message>
        <source>Over time more people have seen an old password, and it may sit in old notes or leaked lists.</source>
        <translation>Con el tiempo, más personas han visto una contraseña antigua, y puede estar en notas viejas o en listas filtradas.</translation>
    </message>
    <message>
        <source>Change the root password and store the new one here.</source>
        <translation>Cambia la contraseña de root y guarda aquí la nueva.</translation>
    </message>
    <message>
        <source>%1: a check did not pass</source>
        <translation>%1: una comprobación no se ha superado</translation>
    </message>
    <message>
        <source>Something on hand for a bad day would not work as it is.</source>
        <translation>Algo que tienes preparado para un mal día no funcionaría tal como está.</translation>
    </message>
    <message>
        <source>Read the evidence, put it right, and verify again.</source>
        <translation>Lee las pruebas, corrígelo y vuelve a comprobarlo.</translation>
    </message>
    <message>
        <source>%1: not recorded yet</source>
        <translation>%1: todavía no se ha registrado</translation>
    </message>
    <message>
        <source>On a bad day you need to know at once who has it and where it is.</source>
        <translation>En un mal día necesitas saber al momento quién lo tiene y dónde está.</translation>
    </message>
    <message>
        <source>Nobody is named as holding it, where it is kept is not recorded, and it was never checked.</source>
        <translation>No se ha indicado ningún custodio, no se ha registrado dónde se guarda y nunca se ha comprobado.</translation>
    </message>
    <message>
        <source>Record who holds it and where it is kept, then verify it.</source>
        <translation>Registra quién es su custodio y dónde se guarda, y después compruébalo.</translation>
    </message>
    <message>
        <source>%1: nobody is named as holding it</source>
        <translation>%1: no se ha indicado ningún custodio</translation>
    </message>
    <message>
        <source>On a bad day you need to know at once whom to ask. An item nobody holds is usually an item nobody has.</source>
        <translation>En un mal día necesitas saber al momento a quién preguntar. Un elemento que nadie custodia suele ser un elemento que nadie tiene.</translation>
    </message>
    <message>
        <source>No team member or provider is recorded as its holder.</source>
        <translation>No hay ningún miembro del equipo ni proveedor registrado como su custodio.</translation>
    </message>
    <message>
        <source>Choose who holds it — a team member or a provider — and how to reach them.</source>
        <translation>Elige quién es su custodio (un miembro del equipo o un proveedor) y cómo contactar con él.</translation>
    </message>
    <message>
        <source>%1: where it is kept is not recorded</source>
        <translation>%1: no se ha registrado dónde se guarda</translation>
    </message>
    <message>
        <source>Searching for a backup or a key while the shop is down costs hours.</source>
        <translation>Buscar una copia de seguridad o una clave mientras la tienda está caída cuesta horas.</translation>
    </message>
    <message>
        <source>The item has no path, address or place.</source>
        <translation>El elemento no tiene ninguna ruta, dirección ni lugar.</translation>
    </message>
    <message>
        <source>Record where it is: a folder, a web address, or a physical place such as “the safe in the office”.</source>
        <translation>Registra dónde está: una carpeta, una dirección web o un lugar físico, como «la caja fuerte de la oficina».</translation>
    </message>
    <message>
        <source>%1: never checked</source>
        <translation>%1: nunca se ha comprobado</translation>
    </message>
    <message>
        <source>Backups and copies that were never tried often turn out not to work when they are needed.</source>
        <translation>Las copias de seguridad y demás copias que nunca se han probado a menudo no funcionan cuando se necesitan.</translation>
    </message>
    <message>
        <source>There is no verification on file.</source>
        <translation>No hay ninguna comprobación registrada.</translation>
    </message>
    <message>
        <source>Record where it is and press Verify: Storefort checks the files for you.</source>
        <translation>Registra dónde está y pulsa Comprobar: Storefort comprueba los archivos por ti.</translation>
    </message>
    <message>
        <source>Look at it yourself and confirm it is there and usable.</source>
        <translation>Míralo tú y confirma que está ahí y que se puede usar.</translation>
    </message>
    <message numerus="yes">
        <source>%1: last checked %n days ago</source>
        <translation>
            <numerusform>%1: última comprobación hace %n día</numerusform>
            <numerusform>%1: última comprobación hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Last verified on %1 by %2.</source>
        <translation>Última comprobación el %1, por %2.</translation>
    </message>
    <message>
        <source>Verify it again (Storefort does so by itself for items not checked in a week when the plan opens).</source>
        <translation>Vuelve a comprobarlo (Storefort lo hace por sí solo al abrir el plan con los elementos que llevan una semana sin comprobarse).</translation>
    </message>
    <message>
        <source>%1: the newest backup is too old</source>
        <translation>%1: la copia de seguridad más reciente es demasiado antigua</translation>
    </message>
    <message>
        <source>Things change: backups stop, keys are renewed, exports age. A check made long ago says little about today.</source>
        <translation>Las cosas cambian: las copias de seguridad dejan de hacerse, las claves se renuevan, las exportaciones se quedan antiguas. Una comprobación hecha hace mucho dice poco sobre hoy.</translation>
    </message>
</context>
<context>
    <name>RecoveryFindingsView</name>
    <message>
        <source>&amp;Show Item</source>
        <translation>&amp;Mostrar elemento</translation>
    </message>
    <message>
        <source>What is missing or doubtful about the recovery items</source>
        <translation>Lo que falta o es dudoso en los elementos de recuperación</translation>
    </message>
    <message>
        <source>About the chosen finding</source>
        <translation>Sobre el hallazgo elegido</translation>
    </message>
    <message>
        <source>Go to the item this finding is about</source>
        <translation>Ir al elemento al que se refiere este hallazgo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing found: every recovery item has a holder and a place, and its last check went well.</source>
        <translation>No se ha encontrado nada: cada elemento de recuperación tiene custodio y lugar, y su última comprobación salió bien.</translation>
    </message>
    <message>
        <source>Nothing urgent. Choose a finding to see why it matters and what to do; “Show Item” takes you to the item.</source>
        <translation>Nada urgente. Elige un hallazgo para ver por qué importa y qué hacer; «Mostrar elemento» te lleva al elemento.</translation>
    </message>
    <message numerus="yes">
        <source>%n urgent thing(s) to sort out before a bad day comes. Choose a finding to see why it matters and what to do; “Show Item” takes you to the item.</source>
        <translation>
            <numerusform>%n asunto urgente que resolver antes de que llegue un mal día. Elige un hallazgo para ver por qué importa y qué hacer; «Mostrar elemento» te lleva al elemento.</numerusform>
            <numerusform>%n asuntos urgentes que resolver antes de que llegue un mal día. Elige un hallazgo para ver por qué importa y qué hacer; «Mostrar elemento» te lleva al elemento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Gravedad: %1</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Sobre:</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Lo que se ha visto</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regla %1</translation>
    </message>
</context>
<context>
    <name>RecoveryItem</name>
    <message>
        <source>Complete backup (under 24 hours old) and an older one</source>
        <translation>Copia de seguridad completa (de menos de 24 horas) y otra más antigua</translation>
    </message>
    <message>
        <source>Export of the customer accounts</source>
        <translation>Exportación de las cuentas de clientes</translation>
    </message>
    <message>
        <source>Export of orders and payments</source>
        <translation>Exportación de pedidos y pagos</translation>
    </message>
    <message>
        <source>Product data as a CSV file</source>
        <translation>Datos de productos como archivo CSV</translation>
    </message>
    <message>
        <source>Site certificate, private key (.key), signing request (.csr) and the key&apos;s passphrase</source>
        <translation>Certificado del sitio, clave privada (.key), solicitud de firma (.csr) y la frase de contraseña de la clave</translation>
    </message>
    <message>
        <source>Latest code of the site and its change log</source>
        <translation>Código más reciente del sitio y su historial de cambios</translation>
    </message>
    <message>
        <source>Root account of the server and its password</source>
        <translation>Cuenta root del servidor y su contraseña</translation>
    </message>
    <message>
        <source>After a break-in or a failed update, a backup from the last day is what lets the shop open again with little lost. An older copy matters too: an attack may sit unnoticed for days, and then every recent backup holds it.</source>
        <translation>Tras una intrusión o una actualización fallida, una copia de seguridad del último día es lo que permite que la tienda vuelva a abrir perdiendo poco. También importa una copia más antigua: un ataque puede pasar desapercibido durante días, y entonces todas las copias recientes lo contienen.</translation>
    </message>
    <message>
        <source>If the shop is down or its data is damaged, you still need to reach your customers and know who they are. A recent export lets you write to them and rebuild their accounts.</source>
        <translation>Si la tienda está caída o sus datos están dañados, sigues necesitando llegar a tus clientes y saber quiénes son. Una exportación reciente te permite escribirles y reconstruir sus cuentas.</translation>
    </message>
    <message>
        <source>Open orders must still be shipped and refunds paid while the shop is down. An export of orders and payments tells you who paid for what.</source>
        <translation>Aunque la tienda esté caída, hay que seguir enviando los pedidos abiertos y pagando los reembolsos. Una exportación de pedidos y pagos te dice quién ha pagado qué.</translation>
    </message>
    <message>
        <source>With the product list as a CSV file you can fill a rebuilt or temporary shop in minutes instead of typing every product again.</source>
        <translation>Con la lista de productos como archivo CSV puedes llenar una tienda reconstruida o provisional en minutos, en lugar de volver a escribir cada producto.</translation>
    </message>
    <message>
        <source>Without the certificate and its key, a rebuilt site shows browsers&apos; warnings and customers leave. The key must match the certificate the site serves, and its passphrase must be at hand.</source>
        <translation>Sin el certificado y su clave, un sitio reconstruido muestra avisos del navegador y los clientes se van. La clave tiene que corresponder al certificado que usa el sitio, y su frase de contraseña tiene que estar a mano.</translation>
    </message>
    <message>
        <source>A copy of the latest code lets a developer put the site back as it was. The change log shows what changed last, when and by whom — often where trouble started.</source>
        <translation>Una copia del código más reciente permite a un desarrollador dejar el sitio como estaba. El historial de cambios muestra qué cambió por última vez, cuándo y quién lo hizo: a menudo, donde empezó el problema.</translation>
    </message>
    <message>
        <source>When every other way in fails, the root account is how the server is taken back. Someone you trust must hold it, and its password must be in a safe place.</source>
        <translation>Cuando fallan todas las demás formas de entrar, la cuenta root es la forma de recuperar el servidor. Tiene que custodiarla alguien de confianza, y su contraseña tiene que estar en un lugar seguro.</translation>
    </message>
    <message>
        <source>Give the item a name.</source>
        <translation>Ponle un nombre al elemento.</translation>
    </message>
    <message>
        <source>An item is held by one team member or one provider, not both.</source>
        <translation>Un elemento lo custodia un miembro del equipo o un proveedor, no los dos.</translation>
    </message>
    <message>
        <source>This kind of item keeps no password.</source>
        <translation>Este tipo de elemento no guarda ninguna contraseña.</translation>
    </message>
</context>
<context>
    <name>RecoveryItemChecksView</name>
    <message>
        <source>What the last verification found</source>
        <translation>Lo que encontró la última comprobación</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Show earlier verifications</source>
        <translation>Mostrar las comprobaciones anteriores</translation>
    </message>
    <message>
        <source>Earlier verifications</source>
        <translation>Comprobaciones anteriores</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Lo que se ha visto</translation>
    </message>
    <message>
        <source>Checking it now…</source>
        <translation>Comprobándolo ahora…</translation>
    </message>
    <message>
        <source>Not checked yet. Fill in where it is, then press Verify.</source>
        <translation>Todavía no se ha comprobado. Indica dónde está y pulsa Comprobar.</translation>
    </message>
    <message>
        <source>Not checked yet. Storefort cannot check this by itself: look at it and press Confirm by Hand.</source>
        <translation>Todavía no se ha comprobado. Storefort no puede comprobarlo por sí solo: míralo y pulsa Confirmar a mano.</translation>
    </message>
    <message>
        <source>%1 — confirmed by hand by %2 on %3 (%4).</source>
        <translation>%1 — confirmado a mano por %2 el %3 (%4).</translation>
    </message>
    <message>
        <source>%1 — verified by %2 on %3 (%4).</source>
        <translation>%1 — comprobado por %2 el %3 (%4).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (by hand)</source>
        <translation>%1 (a mano)</translation>
    </message>
    <message>
        <source>No earlier verifications.</source>
        <translation>No hay comprobaciones anteriores.</translation>
    </message>
</context>
<context>
    <name>RecoveryItemDialog</name>
    <message>
        <source>Add Recovery Item</source>
        <translation>Añadir elemento de recuperación</translation>
    </message>
    <message>
        <source>Add anything else the shop would need on a bad day: a second backup, the domain&apos;s transfer code, a paper list of suppliers, a spare key.</source>
        <translation>Añade cualquier otra cosa que la tienda necesitaría en un mal día: una segunda copia de seguridad, el código de transferencia del dominio, una lista de proveedores en papel, una llave de repuesto.</translation>
    </message>
    <message>
        <source>Name of the item</source>
        <translation>Nombre del elemento</translation>
    </message>
    <message>
        <source>For example: Backup on the office NAS</source>
        <translation>Por ejemplo: copia de seguridad en el NAS de la oficina</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>Tipo de elemento</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Storefort checks this kind of item from the files where you keep it.</source>
        <translation>Storefort comprueba este tipo de elemento a partir de los archivos donde lo guardas.</translation>
    </message>
    <message>
        <source>Storefort cannot check this by itself: you confirm it by hand.</source>
        <translation>Storefort no puede comprobarlo por sí solo: lo confirmas tú a mano.</translation>
    </message>
</context>
<context>
    <name>RecoveryItemEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>Verify A&amp;ll</source>
        <translation>Comprobar t&amp;odos</translation>
    </message>
    <message>
        <source>&amp;Confirm by Hand…</source>
        <translation>Confirmar a &amp;mano…</translation>
    </message>
    <message>
        <source>Title of the item</source>
        <translation>Título del elemento</translation>
    </message>
    <message>
        <source>Who holds it</source>
        <translation>Quién lo custodia</translation>
    </message>
    <message>
        <source>The team member or provider who has it, or can get at it, on a bad day</source>
        <translation>El miembro del equipo o el proveedor que lo tiene, o puede conseguirlo, en un mal día</translation>
    </message>
    <message>
        <source>Where it is</source>
        <translation>Dónde está</translation>
    </message>
    <message>
        <source>A folder on this computer or a share, a web address, or a place</source>
        <translation>Una carpeta en este ordenador o en una unidad compartida, una dirección web o un lugar</translation>
    </message>
    <message>
        <source>Choose where it is</source>
        <translation>Elegir dónde está</translation>
    </message>
    <message>
        <source>How to reach it</source>
        <translation>Cómo acceder a él</translation>
    </message>
    <message>
        <source>Who to call, which portal, which drawer</source>
        <translation>A quién llamar, qué portal, qué cajón</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Check this item now from its files</source>
        <translation>Comprobar ahora este elemento a partir de sus archivos</translation>
    </message>
    <message>
        <source>Check every item Storefort can check, one after another</source>
        <translation>Comprobar, uno tras otro, todos los elementos que Storefort puede comprobar</translation>
    </message>
    <message>
        <source>Record that you looked at the item yourself and it is there and usable</source>
        <translation>Registrar que has revisado personalmente el elemento y que está ahí y se puede usar</translation>
    </message>
    <message>
        <source>Hol&amp;der:</source>
        <translation>C&amp;ustodio:</translation>
    </message>
    <message>
        <source>&amp;Where it is:</source>
        <translation>&amp;Dónde está:</translation>
    </message>
    <message>
        <source>How to &amp;reach it:</source>
        <translation>Cómo &amp;acceder a él:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>A &amp;File…</source>
        <translation>Un &amp;archivo…</translation>
    </message>
    <message>
        <source>A F&amp;older…</source>
        <translation>Una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Choose an item on the left.</source>
        <translation>Elige un elemento a la izquierda.</translation>
    </message>
    <message>
        <source>Your own item · %1</source>
        <translation>Elemento propio · %1</translation>
    </message>
    <message>
        <source>Note who holds it, where it is and how to reach it on a bad day.</source>
        <translation>Anota quién lo custodia, dónde está y cómo acceder a él en un mal día.</translation>
    </message>
    <message>
        <source>Choose the folder it is kept in</source>
        <translation>Elegir la carpeta en la que se guarda</translation>
    </message>
    <message>
        <source>Choose the file or the folder it is in</source>
        <translation>Elegir el archivo o la carpeta en la que está</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <source>%1 (has left)</source>
        <translation>%1 (ha dejado el equipo)</translation>
    </message>
    <message>
        <source>%1 (provider)</source>
        <translation>%1 (proveedor)</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Cambiar el nombre de %1</translation>
    </message>
    <message>
        <source>Change who holds %1</source>
        <translation>Cambiar quién custodia %1</translation>
    </message>
    <message>
        <source>Change where %1 is</source>
        <translation>Cambiar dónde está %1</translation>
    </message>
    <message>
        <source>Change how to reach %1</source>
        <translation>Cambiar cómo acceder a %1</translation>
    </message>
    <message>
        <source>Change the notes on %1</source>
        <translation>Cambiar las notas sobre %1</translation>
    </message>
    <message>
        <source>Where Is It Kept?</source>
        <translation>¿Dónde se guarda?</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Confirm by Hand</source>
        <translation>Confirmar a mano</translation>
    </message>
    <message>
        <source>You looked at “%1” yourself and it is there and usable. Say in a few words what you saw, for the binder and the history.</source>
        <translation>Has revisado «%1» personalmente y está ahí y se puede usar. Describe en pocas palabras lo que viste, para la carpeta de contingencia y el historial.</translation>
    </message>
    <message>
        <source>What you saw</source>
        <translation>Lo que viste</translation>
    </message>
    <message>
        <source>For example: opened the envelope in the office safe</source>
        <translation>Por ejemplo: abrí el sobre de la caja fuerte de la oficina</translation>
    </message>
    <message>
        <source>&amp;What you saw:</source>
        <translation>&amp;Lo que viste:</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>Not Recorded</source>
        <translation>Sin registrar</translation>
    </message>
</context>
<context>
    <name>RecoveryItemSecretBox</name>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Store in Keychain…</source>
        <translation>&amp;Guardar en el llavero…</translation>
    </message>
    <message>
        <source>Remove from &amp;Keychain…</source>
        <translation>&amp;Quitar del llavero…</translation>
    </message>
    <message>
        <source>User name of the root account</source>
        <translation>Nombre de usuario de la cuenta root</translation>
    </message>
    <message>
        <source>For example: root</source>
        <translation>Por ejemplo: root</translation>
    </message>
    <message>
        <source>Delete it from this computer&apos;s keychain</source>
        <translation>Borrarla del llavero de este ordenador</translation>
    </message>
    <message>
        <source>It cannot be stored on this computer.</source>
        <translation>No se puede guardar en este ordenador.</translation>
    </message>
    <message>
        <source>The password is stored in the keychain of %1 on this computer.</source>
        <translation>La contraseña está guardada en el llavero de %1 en este ordenador.</translation>
    </message>
    <message>
        <source>The passphrase is stored in the keychain of %1 on this computer.</source>
        <translation>La frase de contraseña está guardada en el llavero de %1 en este ordenador.</translation>
    </message>
    <message>
        <source>No password stored yet. Store it here, so Storefort can check it is at hand; it goes into this computer&apos;s keychain, never into the plan.</source>
        <translation>Todavía no hay ninguna contraseña guardada. Guárdala aquí para que Storefort pueda comprobar que está a mano; se guarda en el llavero de este ordenador, nunca en el plan.</translation>
    </message>
    <message>
        <source>No passphrase stored yet. Store it here, so Storefort can check that it opens the key; it goes into this computer&apos;s keychain, never into the plan.</source>
        <translation>Todavía no hay ninguna frase de contraseña guardada. Guárdala aquí para que Storefort pueda comprobar que abre la clave; se guarda en el llavero de este ordenador, nunca en el plan.</translation>
    </message>
    <message>
        <source>Nothing stored. Keep it in your own password manager for now.</source>
        <translation>No hay nada guardado. De momento, guárdala en tu propio gestor de contraseñas.</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>&amp;Sustituir…</translation>
    </message>
    <message>
        <source>Put the root password into this computer&apos;s keychain</source>
        <translation>Guardar la contraseña de root en el llavero de este ordenador</translation>
    </message>
    <message>
        <source>Put the key&apos;s passphrase into this computer&apos;s keychain</source>
        <translation>Guardar la frase de contraseña de la clave en el llavero de este ordenador</translation>
    </message>
    <message>
        <source>Replace the root password</source>
        <translation>Sustituir la contraseña de root</translation>
    </message>
    <message>
        <source>Replace the passphrase</source>
        <translation>Sustituir la frase de contraseña</translation>
    </message>
    <message>
        <source>Store the root password in the keychain</source>
        <translation>Guardar la contraseña de root en el llavero</translation>
    </message>
    <message>
        <source>Store the passphrase in the keychain</source>
        <translation>Guardar la frase de contraseña en el llavero</translation>
    </message>
    <message>
        <source>Remove the root password from the keychain</source>
        <translation>Quitar la contraseña de root del llavero</translation>
    </message>
    <message>
        <source>Remove the passphrase from the keychain</source>
        <translation>Quitar la frase de contraseña del llavero</translation>
    </message>
    <message>
        <source>Change the root account&apos;s user name</source>
        <translation>Cambiar el nombre de usuario de la cuenta root</translation>
    </message>
    <message>
        <source>Store the Root Password</source>
        <translation>Guardar la contraseña de root</translation>
    </message>
    <message>
        <source>Store the Key&apos;s Passphrase</source>
        <translation>Guardar la frase de contraseña de la clave</translation>
    </message>
    <message>
        <source>It goes into the keychain of this computer. Storefort keeps only a note that it is there, and never shows it or prints it.</source>
        <translation>Se guarda en el llavero de este ordenador. Storefort solo anota que está ahí, y nunca la muestra ni la imprime.</translation>
    </message>
    <message>
        <source>The same again</source>
        <translation>Lo mismo otra vez</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítela:</translation>
    </message>
    <message>
        <source>The two do not match yet.</source>
        <translation>Las dos todavía no coinciden.</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>It is in the keychain, but the plan could not note it.</source>
        <translation>Está en el llavero, pero el plan no pudo anotarlo.</translation>
    </message>
    <message>
        <source>Stored in the keychain.</source>
        <translation>Guardada en el llavero.</translation>
    </message>
    <message>
        <source>Delete the root password from this computer&apos;s keychain?</source>
        <translation>¿Borrar la contraseña de root del llavero de este ordenador?</translation>
    </message>
    <message>
        <source>Delete the key&apos;s passphrase from this computer&apos;s keychain?</source>
        <translation>¿Borrar la frase de contraseña de la clave del llavero de este ordenador?</translation>
    </message>
    <message>
        <source>This cannot be undone: to get it back you will need to store it again.</source>
        <translation>Esto no se puede deshacer: para recuperarla tendrás que volver a guardarla.</translation>
    </message>
    <message>
        <source>Remove from Keychain</source>
        <translation>Quitar del llavero</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
</context>
<context>
    <name>RecoveryItemsModel</name>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>Hace %n día</numerusform>
            <numerusform>Hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>Hace %n semana</numerusform>
            <numerusform>Hace %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>Hace %n mes</numerusform>
            <numerusform>Hace %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>Hace %n año</numerusform>
            <numerusform>Hace %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Not verified yet: choose the item and press Verify, or confirm it by hand.</source>
        <translation>Todavía sin comprobar: elige el elemento y pulsa Comprobar, o confírmalo a mano.</translation>
    </message>
    <message>
        <source>Confirmed by hand on %1 by %2</source>
        <translation>Confirmado a mano el %1 por %2</translation>
    </message>
    <message>
        <source>Verified on %1 by %2</source>
        <translation>Comprobado el %1 por %2</translation>
    </message>
    <message>
        <source>Never verified</source>
        <translation>Nunca comprobado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Custodio</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Última comprobación</translation>
    </message>
</context>
<context>
    <name>RecoveryItemsView</name>
    <message>
        <source>&amp;Add Item…</source>
        <translation>&amp;Añadir elemento…</translation>
    </message>
    <message>
        <source>Re&amp;move Item…</source>
        <translation>&amp;Quitar elemento…</translation>
    </message>
    <message>
        <source>St&amp;op Checking</source>
        <translation>&amp;Detener la comprobación</translation>
    </message>
    <message>
        <source>Stop after the item being checked now</source>
        <translation>Detenerse después del elemento que se está comprobando ahora</translation>
    </message>
    <message>
        <source>Recovery items</source>
        <translation>Elementos de recuperación</translation>
    </message>
    <message>
        <source>Add something else the shop would need on a bad day</source>
        <translation>Añadir otra cosa que la tienda necesitaría en un mal día</translation>
    </message>
    <message>
        <source>Take the selected item off the list (only items you added)</source>
        <translation>Quitar de la lista el elemento seleccionado (solo los elementos que has añadido tú)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n item(s)…</source>
        <translation>
            <numerusform>Comprobando %n elemento…</numerusform>
            <numerusform>Comprobando %n elementos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Now: %1. You can keep working meanwhile.</source>
        <translation>Ahora: %1. Mientras tanto, puedes seguir trabajando.</translation>
    </message>
    <message>
        <source>You can keep working meanwhile.</source>
        <translation>Mientras tanto, puedes seguir trabajando.</translation>
    </message>
    <message>
        <source>Some checks could not be recorded.</source>
        <translation>Algunas comprobaciones no se pudieron registrar.</translation>
    </message>
    <message>
        <source>Items on every plan&apos;s list stay; clear their fields, or say in the notes why the shop does without.</source>
        <translation>Los elementos que están en la lista de todos los planes se quedan; vacía sus campos o indica en las notas por qué la tienda puede prescindir de ellos.</translation>
    </message>
    <message>
        <source>Remove “%1” from the list?</source>
        <translation>¿Quitar «%1» de la lista?</translation>
    </message>
    <message>
        <source>Its verifications go with it. You can undo the removal with Edit &gt; Undo.</source>
        <translation>Sus comprobaciones se eliminan con él. Puedes deshacerlo con Editar &gt; Deshacer.</translation>
    </message>
    <message>
        <source>Its verifications go with it, and what it keeps in the keychain is deleted. Edit &gt; Undo brings the item and its verifications back, but not what was in the keychain.</source>
        <translation>Sus comprobaciones se eliminan con él, y lo que guarda en el llavero se borra. Editar &gt; Deshacer recupera el elemento y sus comprobaciones, pero no lo que había en el llavero.</translation>
    </message>
    <message>
        <source>Remove Item</source>
        <translation>Quitar elemento</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>“%1” was not removed: its verifications could not be read to keep for undo.</source>
        <translation>No se ha quitado «%1»: no se pudieron leer sus comprobaciones para guardarlas por si quieres deshacer la acción.</translation>
    </message>
    <message>
        <source>“%1” is removed from the plan, but what it kept in the keychain could not be deleted. You can delete it with your system&apos;s password manager.</source>
        <translation>Se ha quitado «%1» del plan, pero no se pudo borrar lo que guardaba en el llavero. Puedes borrarlo con el gestor de contraseñas de tu sistema.</translation>
    </message>
    <message>
        <source>Drop one file or folder on an item.</source>
        <translation>Suelta un solo archivo o una sola carpeta sobre un elemento.</translation>
    </message>
    <message>
        <source>Each item is kept in one place: drop the folder that holds it, or the one file.</source>
        <translation>Cada elemento se guarda en un solo lugar: suelta la carpeta que lo contiene, o el archivo.</translation>
    </message>
    <message>
        <source>Only a file or folder on this computer can be checked.</source>
        <translation>Solo se puede comprobar un archivo o una carpeta de este ordenador.</translation>
    </message>
    <message>
        <source>Type a web address into “Where it is” instead; Storefort cannot check it from here.</source>
        <translation>Escribe en su lugar una dirección web en «Dónde está»; Storefort no puede comprobarla desde aquí.</translation>
    </message>
    <message>
        <source>%1 does not fit “%2”.</source>
        <translation>%1 no encaja con «%2».</translation>
    </message>
    <message>
        <source>This plan is open read-only: nothing can be changed.</source>
        <translation>Este plan está abierto en solo lectura: no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>It is not there any more: it may have been moved or deleted.</source>
        <translation>Ya no está ahí: puede que se haya movido o eliminado.</translation>
    </message>
    <message>
        <source>A backup is the folder the backups are saved in, or one archive (.tar.gz, .zip, .7z …).</source>
        <translation>Una copia de seguridad es la carpeta en la que se guardan las copias, o un archivo comprimido (.tar.gz, .zip, .7z …).</translation>
    </message>
    <message>
        <source>The certificate is checked from the folder with its key, or from a .key, .pem, .crt or .csr file.</source>
        <translation>El certificado se comprueba desde la carpeta que contiene su clave, o desde un archivo .key, .pem, .crt o .csr.</translation>
    </message>
    <message>
        <source>An export is a CSV file (or the folder the exports are saved in).</source>
        <translation>Una exportación es un archivo CSV (o la carpeta en la que se guardan las exportaciones).</translation>
    </message>
    <message>
        <source>The code is checked from its folder (a git repository): drop the folder, not a file.</source>
        <translation>El código se comprueba desde su carpeta (un repositorio git): suelta la carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>The root account is not kept in a file: its password belongs in the keychain. Note who holds it instead.</source>
        <translation>La cuenta root no se guarda en un archivo: su contraseña va en el llavero. Indica en su lugar quién es su custodio.</translation>
    </message>
</context>
<context>
    <name>RecoveryKind</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Customer export</source>
        <translation>Exportación de clientes</translation>
    </message>
    <message>
        <source>Orders export</source>
        <translation>Exportación de pedidos</translation>
    </message>
    <message>
        <source>Product data</source>
        <translation>Datos de productos</translation>
    </message>
    <message>
        <source>Certificate and key</source>
        <translation>Certificado y clave</translation>
    </message>
    <message>
        <source>Code and change log</source>
        <translation>Código e historial de cambios</translation>
    </message>
    <message>
        <source>Root account</source>
        <translation>Cuenta root</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Passphrase of the private key</source>
        <translation>Frase de contraseña de la clave privada</translation>
    </message>
    <message>
        <source>Root password</source>
        <translation>Contraseña de root</translation>
    </message>
</context>
<context>
    <name>RecoveryVerifier</name>
    <message>
        <source>That recovery item is no longer in the plan.</source>
        <translation>Ese elemento de recuperación ya no está en el plan.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation>No hay ningún llavero disponible en este ordenador.</translation>
    </message>
</context>
<context>
    <name>RemoveAnswerCommand</name>
    <message>
        <source>Remove the answer to “%1”</source>
        <translation>Quitar la respuesta a «%1»</translation>
    </message>
</context>
<context>
    <name>RemovePersonCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>Quitar a %1</translation>
    </message>
</context>
<context>
    <name>RemoveProviderCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>RemoveRecoveryItemCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>RemoveSystemCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>%1 holds accounts: removing it cannot be undone, so it is not done here.</source>
        <translation>%1 tiene cuentas: quitarlo no se podría deshacer, así que no se hace aquí.</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Usage: storefort-cli report PLAN -o FILE.pdf [--paper a4|letter]</source>
        <translation>Uso: storefort-cli report PLAN -o FILE.pdf [--paper a4|letter]</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Write the findings to a spreadsheet file (CSV).</source>
        <translation>Escribir los hallazgos en un archivo de hoja de cálculo (CSV).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar en JSON.</translation>
    </message>
    <message>
        <source>Only this step: shop-team, tls, providers, accounts, ddos or binder.</source>
        <translation>Solo este paso: shop-team, tls, providers, accounts, ddos o binder.</translation>
    </message>
    <message>
        <source>Leave out accepted findings.</source>
        <translation>Omitir los hallazgos aceptados.</translation>
    </message>
    <message>
        <source>Usage: storefort-cli findings PLAN [--csv FILE] [--json] [--step KEY] [--open]</source>
        <translation>Uso: storefort-cli findings PLAN [--csv FILE] [--json] [--step KEY] [--open]</translation>
    </message>
    <message>
        <source>There is no step “%1”.
%2</source>
        <translation>No hay ningún paso «%1».
%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n finding(s)).</source>
        <translation>
            <numerusform>Se ha escrito %1 (%n hallazgo).</numerusform>
            <numerusform>Se ha escrito %1 (%n hallazgos).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; accepted: %2</source>
        <translation>%1; aceptado: %2</translation>
    </message>
    <message>
        <source>Usage: storefort-cli score PLAN [--json]</source>
        <translation>Uso: storefort-cli score PLAN [--json]</translation>
    </message>
    <message>
        <source>Readiness: %1 of 100</source>
        <translation>Preparación: %1 de 100</translation>
    </message>
    <message>
        <source>%1: %2 of 100 (%3% filled in, counts %4×) — %5</source>
        <translation>%1: %2 de 100 (%3% completado, cuenta %4×) — %5</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review &amp; export</source>
        <translation>Revisar y exportar</translation>
    </message>
    <message>
        <source>Save the Plan &amp;Report…</source>
        <translation>Guardar el &amp;informe del plan…</translation>
    </message>
    <message>
        <source>Save the &amp;Binder…</source>
        <translation>Guardar la &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Preview and Print the Binder</source>
        <translation>&amp;Previsualizar e imprimir la carpeta</translation>
    </message>
    <message>
        <source>Save the &amp;Calendar…</source>
        <translation>Guardar el ca&amp;lendario…</translation>
    </message>
    <message>
        <source>Look over each step once more, then take the plan out of the computer: the plan report is the complete record of where the shop stands, the binder is what you reach for on a bad day. Print the binder and keep it where you can find it without the shop&apos;s computers, and add the review dates to your calendar.</source>
        <translation>Repasa cada paso una vez más y después saca el plan del ordenador: el informe del plan es el registro completo de la situación de la tienda, y la carpeta es lo que tendrás a mano en un mal día. Imprime la carpeta y guárdala donde puedas encontrarla sin los ordenadores de la tienda, y añade las fechas de revisión a tu calendario.</translation>
    </message>
    <message>
        <source>Each step</source>
        <translation>Cada paso</translation>
    </message>
    <message>
        <source>Save the plan report as PDF</source>
        <translation>Guardar el informe del plan como PDF</translation>
    </message>
    <message>
        <source>Save the contingency binder as PDF</source>
        <translation>Guardar la carpeta de contingencia como PDF</translation>
    </message>
    <message>
        <source>Preview and print the contingency binder</source>
        <translation>Previsualizar e imprimir la carpeta de contingencia</translation>
    </message>
    <message>
        <source>Save the review dates as a calendar file</source>
        <translation>Guardar las fechas de revisión como archivo de calendario</translation>
    </message>
    <message>
        <source>Take the plan with you</source>
        <translation>Llévate el plan</translation>
    </message>
    <message>
        <source>The plan report: every step in full — the shop and its team, the encryption probe, the providers&apos; answers, the accounts, the DDoS plan, the recovery items, every finding with what to do, and what falls due. For you, your agency or an auditor.</source>
        <translation>El informe del plan: cada paso completo — la tienda y su equipo, la prueba del cifrado, las respuestas de los proveedores, las cuentas, el plan contra DDoS, los elementos de recuperación, cada hallazgo con lo que hay que hacer, y lo que vence. Para ti, tu agencia o un auditor.</translation>
    </message>
    <message>
        <source>The contingency binder: whom to call, the first hour of each kind of bad day, and where every backup, key and password is kept. Print it and keep it away from the shop&apos;s computers.</source>
        <translation>La carpeta de contingencia: a quién llamar, la primera hora de cada tipo de mal día y dónde se guarda cada copia de seguridad, clave y contraseña. Imprímela y guárdala lejos de los ordenadores de la tienda.</translation>
    </message>
    <message>
        <source>The review dates — certificate expiry, answers to ask again, the access review, backup checks, the drill — as a calendar file for your calendar program.</source>
        <translation>Las fechas de revisión — caducidad del certificado, respuestas que volver a pedir, la revisión de accesos, las comprobaciones de las copias de seguridad, el simulacro — como archivo de calendario para tu programa de calendario.</translation>
    </message>
    <message numerus="yes">
        <source>All %n step(s) are done. Readiness score: %1 of 100.</source>
        <translation>
            <numerusform>Todos los pasos están hechos (%n). Puntuación de preparación: %1 de 100.</numerusform>
            <numerusform>Los %n pasos están hechos. Puntuación de preparación: %1 de 100.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done; readiness score %2 of 100. Double-click a step to go back to it; the documents can be printed at any time and show what is still open.</source>
        <translation>
            <numerusform>%1 de %n paso hecho; puntuación de preparación: %2 de 100. Haz doble clic en un paso para volver a él; los documentos se pueden imprimir en cualquier momento y muestran lo que sigue pendiente.</numerusform>
            <numerusform>%1 de %n pasos hechos; puntuación de preparación: %2 de 100. Haz doble clic en un paso para volver a él; los documentos se pueden imprimir en cualquier momento y muestran lo que sigue pendiente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Plan Report as PDF</source>
        <translation>Guardar el informe del plan como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the Binder as PDF</source>
        <translation>Guardar la carpeta como PDF</translation>
    </message>
    <message>
        <source>Writing the plan report…</source>
        <translation>Escribiendo el informe del plan…</translation>
    </message>
    <message>
        <source>Writing the binder…</source>
        <translation>Escribiendo la carpeta…</translation>
    </message>
    <message numerus="yes">
        <source>The plan report (%n page(s)) is saved as %1.</source>
        <translation>
            <numerusform>El informe del plan (%n página) se ha guardado como %1.</numerusform>
            <numerusform>El informe del plan (%n páginas) se ha guardado como %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The binder (%n page(s)) is saved as %1.</source>
        <translation>
            <numerusform>La carpeta (%n página) se ha guardado como %1.</numerusform>
            <numerusform>La carpeta (%n páginas) se ha guardado como %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan Report Not Saved</source>
        <translation>No se ha guardado el informe del plan</translation>
    </message>
    <message>
        <source>Binder Not Saved</source>
        <translation>No se ha guardado la carpeta</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) saved as %1. Open the file with your calendar program to add them.</source>
        <translation>
            <numerusform>%n recordatorio guardado como %1. Abre el archivo con tu programa de calendario para añadirlo.</numerusform>
            <numerusform>%n recordatorios guardados como %1. Abre el archivo con tu programa de calendario para añadirlos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreGauge</name>
    <message>
        <source>Readiness score</source>
        <translation>Puntuación de preparación</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 de 100</translation>
    </message>
    <message>
        <source>of 100</source>
        <translation>de 100</translation>
    </message>
</context>
<context>
    <name>ScoreHistoryChart</name>
    <message>
        <source>Readiness score over time</source>
        <translation>Puntuación de preparación a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No score has been kept yet.</source>
        <translation>Todavía no se ha guardado ninguna puntuación.</translation>
    </message>
    <message>
        <source>%1 since %2.</source>
        <translation>%1 desde %2.</translation>
    </message>
    <message numerus="yes">
        <source>From %1 on %2 to %3 on %4; the score changed %n time(s).</source>
        <translation>
            <numerusform>De %1 (%2) a %3 (%4); la puntuación cambió %n vez.</numerusform>
            <numerusform>De %1 (%2) a %3 (%4); la puntuación cambió %n veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keychain is available on this computer, so Storefort cannot keep passwords. Everything else still works.</source>
        <translation>No hay ningún llavero disponible en este ordenador, así que Storefort no puede guardar contraseñas. Todo lo demás sigue funcionando.</translation>
    </message>
    <message>
        <source>The keychain is locked, so Storefort cannot reach the passwords in it. Unlock it (often by logging in again) and try once more.</source>
        <translation>El llavero está bloqueado, así que Storefort no puede acceder a las contraseñas que contiene. Desbloquéalo (a menudo basta con volver a iniciar sesión) e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The keychain did not let Storefort in, so Storefort cannot keep passwords. Allow Storefort when the keychain asks, or check the keychain&apos;s settings.</source>
        <translation>El llavero no ha dejado entrar a Storefort, así que Storefort no puede guardar contraseñas. Permite el acceso a Storefort cuando el llavero lo pida o revisa la configuración del llavero.</translation>
    </message>
    <message>
        <source>No password is kept in the keychain for this item yet.</source>
        <translation>Todavía no hay ninguna contraseña guardada en el llavero para este elemento.</translation>
    </message>
    <message>
        <source>Storefort could not read the password from the keychain.</source>
        <translation>Storefort no pudo leer la contraseña del llavero.</translation>
    </message>
    <message>
        <source>Storefort could not save the password in the keychain.</source>
        <translation>Storefort no pudo guardar la contraseña en el llavero.</translation>
    </message>
    <message>
        <source>Storefort could not remove the password from the keychain.</source>
        <translation>Storefort no pudo quitar la contraseña del llavero.</translation>
    </message>
    <message>
        <source>Storefort could not check the keychain.</source>
        <translation>Storefort no pudo comprobar el llavero.</translation>
    </message>
    <message>
        <source>This item&apos;s password reference is damaged, so Storefort cannot look the password up. Enter the password again to repair it.</source>
        <translation>La referencia a la contraseña de este elemento está dañada, así que Storefort no puede encontrar la contraseña. Vuelve a introducir la contraseña para repararla.</translation>
    </message>
</context>
<context>
    <name>ServerResponseParser</name>
    <message>
        <source>The server sent far more data than a handshake needs.</source>
        <translation>El servidor envió muchos más datos de los que necesita un handshake.</translation>
    </message>
    <message>
        <source>The server answered in plain HTTP, not TLS.</source>
        <translation>El servidor respondió en HTTP sin cifrar, no en TLS.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not TLS.</source>
        <translation>La respuesta del servidor no es TLS.</translation>
    </message>
    <message>
        <source>The server sent a record of unknown type %1.</source>
        <translation>El servidor envió un registro de tipo desconocido %1.</translation>
    </message>
    <message>
        <source>The server sent a record with version %1.</source>
        <translation>El servidor envió un registro con la versión %1.</translation>
    </message>
    <message>
        <source>The server sent a record of %1 bytes, more than TLS allows.</source>
        <translation>El servidor envió un registro de %1 bytes, más de lo que permite TLS.</translation>
    </message>
    <message>
        <source>The server sent an empty record.</source>
        <translation>El servidor envió un registro vacío.</translation>
    </message>
    <message>
        <source>The server sent an alert of unknown level %1.</source>
        <translation>El servidor envió una alerta de nivel desconocido %1.</translation>
    </message>
    <message>
        <source>The server sent encrypted data before any handshake.</source>
        <translation>El servidor envió datos cifrados antes de cualquier handshake.</translation>
    </message>
    <message>
        <source>The server sent a handshake message of %1 bytes, far more than needed.</source>
        <translation>El servidor envió un mensaje de handshake de %1 bytes, mucho más de lo necesario.</translation>
    </message>
    <message>
        <source>The server sent two ServerHello messages.</source>
        <translation>El servidor envió dos mensajes ServerHello.</translation>
    </message>
    <message>
        <source>The server sent handshake message %1 before its ServerHello.</source>
        <translation>El servidor envió el mensaje de handshake %1 antes de su ServerHello.</translation>
    </message>
    <message>
        <source>The server&apos;s ServerHelloDone is not empty.</source>
        <translation>El ServerHelloDone del servidor no está vacío.</translation>
    </message>
    <message>
        <source>The server&apos;s ServerHello is malformed.</source>
        <translation>El ServerHello del servidor está mal formado.</translation>
    </message>
    <message>
        <source>The server&apos;s ServerHello has a malformed extension.</source>
        <translation>El ServerHello del servidor tiene una extensión mal formada.</translation>
    </message>
    <message>
        <source>The server&apos;s ServerHello repeats extension %1.</source>
        <translation>El ServerHello del servidor repite la extensión %1.</translation>
    </message>
    <message>
        <source>The server&apos;s Certificate message is malformed.</source>
        <translation>El mensaje Certificate del servidor está mal formado.</translation>
    </message>
    <message>
        <source>The server sent more than %1 certificates.</source>
        <translation>El servidor envió más de %1 certificados.</translation>
    </message>
    <message>
        <source>The server&apos;s key exchange message is malformed.</source>
        <translation>El mensaje de intercambio de claves del servidor está mal formado.</translation>
    </message>
    <message>
        <source>The server&apos;s SSLv2 hello is malformed.</source>
        <translation>El hello SSLv2 del servidor está mal formado.</translation>
    </message>
    <message>
        <source>The server refused the SSLv2 hello (error %1).</source>
        <translation>El servidor rechazó el hello SSLv2 (error %1).</translation>
    </message>
    <message>
        <source>The server answered with the alert “%1”.</source>
        <translation>El servidor respondió con la alerta «%1».</translation>
    </message>
    <message>
        <source>The server closed the connection in the middle of a message.</source>
        <translation>El servidor cerró la conexión en mitad de un mensaje.</translation>
    </message>
    <message>
        <source>The server closed the connection without an answer.</source>
        <translation>El servidor cerró la conexión sin responder.</translation>
    </message>
</context>
<context>
    <name>SetAnswerCommand</name>
    <message>
        <source>The answer to “%1” has evidence files now, so it is not taken back. Remove the answer itself if it should go.</source>
        <translation>La respuesta a «%1» ya tiene archivos de prueba, así que no se deshace. Quita la propia respuesta si debe desaparecer.</translation>
    </message>
    <message>
        <source>Answer “%1”</source>
        <translation>Responder a «%1»</translation>
    </message>
</context>
<context>
    <name>SetAnswersCommand</name>
    <message numerus="yes">
        <source>Record %n answer(s) from %1</source>
        <translation>
            <numerusform>Registrar %n respuesta de %1</numerusform>
            <numerusform>Registrar %n respuestas de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetPlatformCommand</name>
    <message>
        <source>Change Platform</source>
        <translation>Cambiar la plataforma</translation>
    </message>
</context>
<context>
    <name>SetShopNameCommand</name>
    <message>
        <source>Rename Shop</source>
        <translation>Cambiar el nombre de la tienda</translation>
    </message>
</context>
<context>
    <name>SetShopPersonCommand</name>
    <message>
        <source>Change Plan Owner</source>
        <translation>Cambiar el responsable del plan</translation>
    </message>
    <message>
        <source>Change Who I Am</source>
        <translation>Cambiar «Yo soy»</translation>
    </message>
</context>
<context>
    <name>SetSiteUrlsCommand</name>
    <message>
        <source>Change Website Addresses</source>
        <translation>Cambiar las direcciones web</translation>
    </message>
</context>
<context>
    <name>SettingsAppearanceTab</name>
    <message>
        <source>How Storefort looks. Text size always follows your system&apos;s font settings.</source>
        <translation>El aspecto de Storefort. El tamaño del texto siempre sigue la configuración de fuentes de tu sistema.</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir el &amp;sistema</translation>
    </message>
    <message>
        <source>The colours and style of your desktop, light or dark as it is set.</source>
        <translation>Los colores y el estilo de tu escritorio, claro u oscuro según esté configurado.</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds, whatever the desktop uses.</source>
        <translation>Texto oscuro sobre fondo claro, use lo que use el escritorio.</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds, easier on the eyes in a dim room.</source>
        <translation>Texto claro sobre fondo oscuro, más cómodo para la vista en una habitación con poca luz.</translation>
    </message>
    <message>
        <source>A choice shows at once; Cancel puts back the one before.</source>
        <translation>Cada opción se ve al momento; Cancelar vuelve a la anterior.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Reglas</translation>
    </message>
    <message>
        <source>Pro&amp;be</source>
        <translation>&amp;Prueba</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>The rules were not all saved.</source>
        <translation>No se guardaron todas las reglas.</translation>
    </message>
</context>
<context>
    <name>SettingsGeneralTab</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Storefort uses the new language the next time it starts.</source>
        <translation>Storefort usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>SettingsProbeTab</name>
    <message>
        <source>The probe looks at your site the way a visitor&apos;s browser would, many times over. These settings make it gentler on a small server or a slow connection. They are used from the next probe.</source>
        <translation>La prueba mira tu sitio como lo haría el navegador de un visitante, muchas veces seguidas. Estos ajustes la hacen más suave con un servidor pequeño o una conexión lenta. Se aplican a partir de la próxima prueba.</translation>
    </message>
    <message>
        <source> at once</source>
        <translation> a la vez</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>&amp;Connections to your site:</source>
        <translation>&amp;Conexiones a tu sitio:</translation>
    </message>
    <message>
        <source>How many connections the probe opens at the same time. Fewer is gentler on a small server; more finishes sooner.</source>
        <translation>Cuántas conexiones abre la prueba al mismo tiempo. Menos es más suave con un servidor pequeño; más termina antes.</translation>
    </message>
    <message>
        <source>&amp;Wait for an answer:</source>
        <translation>&amp;Esperar respuesta durante:</translation>
    </message>
    <message>
        <source>How long to wait for your site to connect or answer before that step counts as failed. Raise it for a slow server or connection.</source>
        <translation>Cuánto esperar a que tu sitio se conecte o responda antes de dar ese paso por fallido. Auméntalo si el servidor o la conexión son lentos.</translation>
    </message>
    <message>
        <source>&amp;Stop a probe after:</source>
        <translation>&amp;Detener una prueba tras:</translation>
    </message>
    <message>
        <source>A probe that takes longer stops and says so, instead of running on.</source>
        <translation>Una prueba que tarde más se detiene y lo indica, en lugar de seguir.</translation>
    </message>
    <message>
        <source>Use the &amp;Defaults</source>
        <translation>Usar los valores &amp;predeterminados</translation>
    </message>
    <message>
        <source>The command line&apos;s probe takes the same as --parallel, --timeout and --budget.</source>
        <translation>La prueba de la línea de comandos acepta lo mismo con --parallel, --timeout y --budget.</translation>
    </message>
</context>
<context>
    <name>SettingsRulesTab</name>
    <message>
        <source>These limits decide when the plan&apos;s checks raise a finding or say that something is due. They are kept in the plan, so everyone who opens it — and the command line — judges by the same rules.</source>
        <translation>Estos límites deciden cuándo las comprobaciones del plan generan un hallazgo o indican que toca hacer algo. Se guardan en el plan, así que todos los que lo abren — y la línea de comandos — juzgan con las mismas reglas.</translation>
    </message>
    <message>
        <source>Accounts and passwords</source>
        <translation>Cuentas y contraseñas</translation>
    </message>
    <message>
        <source>Change &amp;passwords at least every:</source>
        <translation>Cambiar las &amp;contraseñas como mínimo cada:</translation>
    </message>
    <message>
        <source>A password unchanged for longer becomes a finding in Accounts &amp; access.</source>
        <translation>Una contraseña que lleve más tiempo sin cambiarse se convierte en un hallazgo en Cuentas y accesos.</translation>
    </message>
    <message>
        <source>… with &amp;no second sign-in step:</source>
        <translation>… &amp;sin segundo paso para iniciar sesión:</translation>
    </message>
    <message>
        <source>Where a password alone lets someone in (no code or key as well), it should change sooner.</source>
        <translation>Si basta una contraseña para entrar (sin un código o una llave además), debería cambiarse antes.</translation>
    </message>
    <message>
        <source>An account is &amp;unused after:</source>
        <translation>Una cuenta queda sin &amp;uso tras:</translation>
    </message>
    <message>
        <source>An account nobody signed in to for this long becomes a finding: close it, or say why it stays.</source>
        <translation>Una cuenta en la que nadie ha iniciado sesión durante este tiempo se convierte en un hallazgo: ciérrala o indica por qué se mantiene.</translation>
    </message>
    <message>
        <source>Review a&amp;ccess every:</source>
        <translation>Re&amp;visar los accesos cada:</translation>
    </message>
    <message>
        <source>How long after the last access review the next one falls due.</source>
        <translation>Cuánto tiempo después de la última revisión de accesos toca la siguiente.</translation>
    </message>
    <message>
        <source>&amp;More Account Rules…</source>
        <translation>&amp;Más reglas de cuentas…</translation>
    </message>
    <message>
        <source>Admin accounts, password length, audit logs and developers&apos; letters.</source>
        <translation>Cuentas de administrador, longitud de las contraseñas, registros de auditoría y cartas a desarrolladores.</translation>
    </message>
    <message>
        <source>Providers&apos; answers</source>
        <translation>Respuestas de los proveedores</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Ask providers aga&amp;in after:</source>
        <translation>Volver a pre&amp;guntar a los proveedores tras:</translation>
    </message>
    <message>
        <source>An answer older than this is due to be asked again; the Providers step marks it.</source>
        <translation>Cuando una respuesta tiene más antigüedad, toca volver a pedirla; el paso Proveedores la marca.</translation>
    </message>
    <message>
        <source>Backups and recovery</source>
        <translation>Copias de seguridad y recuperación</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>Newest bac&amp;kup at most:</source>
        <translation>Antigüedad máxima de la copia más &amp;reciente:</translation>
    </message>
    <message>
        <source>A backup folder whose newest backup is older fails its check. Used from the next check of the backups.</source>
        <translation>Una carpeta de copias de seguridad cuya copia más reciente sea más antigua no supera su comprobación. Se aplica a partir de la próxima comprobación de las copias.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Check recovery items &amp;every:</source>
        <translation>Comprobar los elementos de recuperación ca&amp;da:</translation>
    </message>
    <message>
        <source>An item not checked for longer becomes a finding in the Contingency binder.</source>
        <translation>Un elemento que lleve más tiempo sin comprobarse se convierte en un hallazgo en Carpeta de contingencia.</translation>
    </message>
    <message>
        <source>This plan is open read-only, so its rules cannot be changed here.</source>
        <translation>Este plan está abierto en solo lectura, así que sus reglas no se pueden cambiar aquí.</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>The plan was closed, so its rules were not changed.</source>
        <translation>El plan se cerró, así que sus reglas no se cambiaron.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
</context>
<context>
    <name>ShopFindings</name>
    <message>
        <source>The shop&apos;s web address is not in the plan</source>
        <translation>La dirección web de la tienda no está en el plan</translation>
    </message>
    <message>
        <source>Storefort checks the site&apos;s encryption, and what stands in front of it, at this address. Without it those checks cannot run, and the binder cannot name the site.</source>
        <translation>Storefort comprueba en esta dirección el cifrado del sitio y lo que hay delante de él. Sin ella, esas comprobaciones no se pueden hacer y la carpeta no puede nombrar el sitio.</translation>
    </message>
    <message>
        <source>No web address is recorded.</source>
        <translation>No hay ninguna dirección web registrada.</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s address (for example shop.example) in Shop &amp; team.</source>
        <translation>Escribe la dirección de la tienda (por ejemplo tienda.example) en Tienda y equipo.</translation>
    </message>
    <message>
        <source>Nobody is named as the plan&apos;s owner</source>
        <translation>No se ha indicado ningún responsable del plan</translation>
    </message>
    <message>
        <source>Someone must keep the plan up to date and decide about the risks it finds. When nobody is named, everyone assumes someone else does it.</source>
        <translation>Alguien tiene que mantener el plan al día y decidir sobre los riesgos que encuentra. Cuando no se indica a nadie, todos dan por hecho que lo hace otro.</translation>
    </message>
    <message>
        <source>No owner is chosen.</source>
        <translation>No se ha elegido ningún responsable.</translation>
    </message>
    <message>
        <source>Choose the plan&apos;s owner in Shop &amp; team.</source>
        <translation>Elige al responsable del plan en Tienda y equipo.</translation>
    </message>
    <message>
        <source>The plan&apos;s owner has left</source>
        <translation>El responsable del plan se ha ido</translation>
    </message>
    <message>
        <source>The person who keeps the plan and decides about its risks is no longer there, so nobody does.</source>
        <translation>La persona que mantiene el plan y decide sobre sus riesgos ya no está, así que nadie lo hace.</translation>
    </message>
    <message>
        <source>%1 is named as the owner, but has left the team.</source>
        <translation>%1 figura como responsable, pero ha dejado el equipo.</translation>
    </message>
    <message>
        <source>Choose who owns the plan now in Shop &amp; team.</source>
        <translation>Elige en Tienda y equipo quién es ahora responsable del plan.</translation>
    </message>
    <message>
        <source>Only one person knows the plan</source>
        <translation>Solo una persona conoce el plan</translation>
    </message>
    <message>
        <source>If that person is ill, on holiday or leaves, nobody else knows whom to call or where the backups are.</source>
        <translation>Si esa persona se pone enferma, se va de vacaciones o se marcha, nadie más sabe a quién llamar ni dónde están las copias de seguridad.</translation>
    </message>
    <message>
        <source>Nobody is on the team yet.</source>
        <translation>Todavía no hay nadie en el equipo.</translation>
    </message>
    <message numerus="yes">
        <source>The team has %n active member(s).</source>
        <translation>
            <numerusform>El equipo tiene %n miembro activo.</numerusform>
            <numerusform>El equipo tiene %n miembros activos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one more person (a colleague, your developer or your agency) in Shop &amp; team.</source>
        <translation>Añade al menos a una persona más (un compañero, tu desarrollador o tu agencia) en Tienda y equipo.</translation>
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
        <translation>Otra plataforma</translation>
    </message>
</context>
<context>
    <name>ShopProfile</name>
    <message>
        <source>Give the shop a name, as your customers know it.</source>
        <translation>Ponle un nombre a la tienda, el que conocen tus clientes.</translation>
    </message>
    <message>
        <source>The shop&apos;s name is too long (at most 200 characters).</source>
        <translation>El nombre de la tienda es demasiado largo (200 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s web address, for example https://shop.example.</source>
        <translation>Escribe la dirección web de la tienda, por ejemplo https://tienda.example.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address. Write it like https://shop.example.</source>
        <translation>«%1» no es una dirección web. Escríbela como https://tienda.example.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address: it should start with https://.</source>
        <translation>«%1» no es una dirección web: debe empezar por https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no domain ending such as .com. Write it like https://shop.example.</source>
        <translation>«%1» no tiene una terminación de dominio como .es. Escríbela como https://tienda.example.</translation>
    </message>
    <message>
        <source>A web address cannot contain spaces.</source>
        <translation>Una dirección web no puede contener espacios.</translation>
    </message>
</context>
<context>
    <name>ShopProfileForm</name>
    <message>
        <source>Shop name</source>
        <translation>Nombre de la tienda</translation>
    </message>
    <message>
        <source>The name your customers know</source>
        <translation>El nombre que conocen tus clientes</translation>
    </message>
    <message>
        <source>Shop platform</source>
        <translation>Plataforma de la tienda</translation>
    </message>
    <message>
        <source>Plan owner</source>
        <translation>Responsable del plan</translation>
    </message>
    <message>
        <source>The person who answers for this plan and keeps it up to date</source>
        <translation>La persona que responde de este plan y lo mantiene al día</translation>
    </message>
    <message>
        <source>I am</source>
        <translation>Yo soy</translation>
    </message>
    <message>
        <source>The history records your changes under this name</source>
        <translation>El historial registra tus cambios con este nombre</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>&amp;Nombre de la tienda:</translation>
    </message>
    <message>
        <source>&amp;Web addresses:</source>
        <translation>Direcciones &amp;web:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plataforma:</translation>
    </message>
    <message>
        <source>Plan &amp;owner:</source>
        <translation>&amp;Responsable del plan:</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Yo soy:</translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation>Todavía no se ha elegido a nadie</translation>
    </message>
    <message>
        <source>Not chosen (changes are recorded under your computer account)</source>
        <translation>Sin elegir (los cambios se registran con tu cuenta de usuario del ordenador)</translation>
    </message>
    <message>
        <source>Add the team below, then choose who owns the plan and which of them you are.</source>
        <translation>Añade el equipo abajo y luego elige quién es responsable del plan y quién de ellos eres tú.</translation>
    </message>
    <message>
        <source>%1 (has left)</source>
        <translation>%1 (ha dejado el equipo)</translation>
    </message>
</context>
<context>
    <name>ShopTeamPage</name>
    <message>
        <source>Shop &amp; team</source>
        <translation>Tienda y equipo</translation>
    </message>
    <message>
        <source>Your security plan starts with the shop it protects and the people who work on it. Later steps use this to say who holds each backup and key, and whose access to remove when someone leaves. Fill in your shop&apos;s details, then add everyone on the team, including developers and agencies.</source>
        <translation>Tu plan de seguridad empieza por la tienda que protege y las personas que trabajan en ella. Los pasos siguientes lo usan para indicar quién tiene cada copia de seguridad y cada clave, y a quién hay que retirar el acceso cuando alguien se va. Rellena los datos de tu tienda y luego añade a todo el equipo, incluidos desarrolladores y agencias.</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Tu tienda</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>El equipo</translation>
    </message>
</context>
<context>
    <name>ShopWizardPage</name>
    <message>
        <source>Your Shop</source>
        <translation>Tu tienda</translation>
    </message>
    <message>
        <source>Its name, where your customers find it, and what it runs on.</source>
        <translation>Su nombre, dónde la encuentran tus clientes y con qué funciona.</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Nombre de la tienda</translation>
    </message>
    <message>
        <source>The name your customers know</source>
        <translation>El nombre que conocen tus clientes</translation>
    </message>
    <message>
        <source>Where your customers find the shop, like https://shop.example. Leave it empty if the shop is not online yet.</source>
        <translation>Dónde encuentran la tienda tus clientes, como https://tienda.example. Déjalo vacío si la tienda todavía no está en línea.</translation>
    </message>
    <message>
        <source>Shop platform</source>
        <translation>Plataforma de la tienda</translation>
    </message>
    <message>
        <source>The software or service your shop runs on</source>
        <translation>El software o servicio con el que funciona tu tienda</translation>
    </message>
    <message>
        <source>&amp;Shop name:</source>
        <extracomment>Mnemonics on the wizard&apos;s pages must differ from those of its Back and Next buttons</extracomment>
        <translation>&amp;Nombre de la tienda:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Dirección &amp;web:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plataforma:</translation>
    </message>
</context>
<context>
    <name>SiteUrlsEditor</name>
    <message>
        <source>Add Ano&amp;ther Address</source>
        <translation>Añadir &amp;otra dirección</translation>
    </message>
    <message>
        <source>Add another web address where the shop can be reached</source>
        <translation>Añadir otra dirección web en la que se puede acceder a la tienda</translation>
    </message>
    <message>
        <source>https://shop.example</source>
        <translation>https://tienda.example</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Web address %1</source>
        <translation>Dirección web %1</translation>
    </message>
    <message>
        <source>Remove web address %1</source>
        <translation>Quitar la dirección web %1</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Quitar esta dirección</translation>
    </message>
</context>
<context>
    <name>Ssl2Probe</name>
    <message>
        <source>The SSL 2 check was cancelled.</source>
        <translation>Se canceló la comprobación de SSL 2.</translation>
    </message>
</context>
<context>
    <name>StartReminders</name>
    <message>
        <source>Show &amp;Where You Stand</source>
        <translation>&amp;Ver dónde está</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (vence el %2)</translation>
    </message>
    <message numerus="yes">
        <source>And %n more on the dashboard.</source>
        <translation>
            <numerusform>Y %n más en el panel.</numerusform>
            <numerusform>Y %n más en el panel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) fell due since you last opened this plan.</source>
        <translation>
            <numerusform>%n cosa ha vencido desde la última vez que abriste este plan.</numerusform>
            <numerusform>%n cosas han vencido desde la última vez que abriste este plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPageFrame</name>
    <message>
        <source>Back: %1</source>
        <translation>Atrás: %1</translation>
    </message>
    <message>
        <source>Back to the step before: %1</source>
        <translation>Volver al paso anterior: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>On to the next step: %1</source>
        <translation>Ir al paso siguiente: %1</translation>
    </message>
</context>
<context>
    <name>SystemDialog</name>
    <message>
        <source>Last looked through on</source>
        <translation>Revisado por última vez el</translation>
    </message>
    <message>
        <source>Add a System</source>
        <translation>Añadir un sistema</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Cambiar los datos de %1</translation>
    </message>
    <message>
        <source>A place where people sign in to work on the shop: the shop&apos;s admin, the hosting panel, email, the payment provider&apos;s dashboard. You can import its accounts once it is added.</source>
        <translation>Un sitio en el que se inicia sesión para trabajar en la tienda: la administración de la tienda, el panel de alojamiento, el correo electrónico, el panel del proveedor de pagos. Cuando lo hayas añadido, podrás importar sus cuentas.</translation>
    </message>
    <message>
        <source>What kind of system this is</source>
        <translation>Qué tipo de sistema es</translation>
    </message>
    <message>
        <source>For example: WordPress admin</source>
        <translation>Por ejemplo: administración de WordPress</translation>
    </message>
    <message>
        <source>A name you will recognise, such as &quot;Shop admin&quot; or &quot;Google Workspace&quot;</source>
        <translation>Un nombre que reconozcas, como «Administración de la tienda» o «Google Workspace»</translation>
    </message>
    <message>
        <source>Nobody: the shop runs it itself</source>
        <translation>Nadie: lo gestiona la propia tienda</translation>
    </message>
    <message>
        <source>The provider that runs this system for the shop. Add providers in the Providers step.</source>
        <translation>El proveedor que gestiona este sistema para la tienda. Añade proveedores en el paso Proveedores.</translation>
    </message>
    <message>
        <source>Does the system write down who signed in and what they changed? Without such a log you cannot find out what happened after a break-in.</source>
        <translation>¿Anota el sistema quién ha iniciado sesión y qué ha cambiado? Sin un registro así, no puedes averiguar qué pasó tras una intrusión.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>No se sabe</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>How long the log keeps its entries. A break-in is often found weeks later: 90 days or more is good.</source>
        <translation>Cuánto tiempo conserva el registro sus entradas. Una intrusión se descubre a menudo semanas después: lo bueno es 90 días o más.</translation>
    </message>
    <message>
        <source>Leave this off if nobody has ever looked through the log.</source>
        <translation>Déjalo sin marcar si nadie ha revisado nunca el registro.</translation>
    </message>
    <message>
        <source>Date the audit log was last looked through</source>
        <translation>Fecha en que se revisó por última vez el registro de auditoría</translation>
    </message>
    <message>
        <source>Does the system make every account use a second step to sign in (an app or a code), so that a stolen password alone is not enough?</source>
        <translation>¿Obliga el sistema a todas las cuentas a usar un segundo paso para iniciar sesión (una app o un código), de modo que una contraseña robada no baste por sí sola?</translation>
    </message>
    <message>
        <source>No rule</source>
        <translation>Sin norma</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>The shortest password the system accepts. 12 characters or more is good.</source>
        <translation>La contraseña más corta que acepta el sistema. Lo bueno es 12 caracteres o más.</translation>
    </message>
    <message>
        <source>Only when it may have leaked</source>
        <translation>Solo si puede haberse filtrado</translation>
    </message>
    <message>
        <source>After how many days a password must be changed. Changing passwords only when they may have leaked is today&apos;s advice.</source>
        <translation>Tras cuántos días hay que cambiar una contraseña. Lo que se recomienda hoy es cambiar las contraseñas solo cuando puedan haberse filtrado.</translation>
    </message>
    <message>
        <source>Never locks</source>
        <translation>No se bloquea nunca</translation>
    </message>
    <message>
        <source> failed attempts</source>
        <translation> intentos fallidos</translation>
    </message>
    <message>
        <source>After how many wrong passwords in a row the account is locked, which stops someone from guessing.</source>
        <translation>Tras cuántas contraseñas incorrectas seguidas se bloquea la cuenta, lo que impide que alguien la adivine probando.</translation>
    </message>
    <message>
        <source>For example: admin or root</source>
        <translation>Por ejemplo: admin o root</translation>
    </message>
    <message>
        <source>The user name of the account the system came with. It should not be used for daily work.</source>
        <translation>El nombre de usuario de la cuenta que traía el sistema. No debería usarse para el trabajo diario.</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Run &amp;by:</source>
        <translation>Gestionado &amp;por:</translation>
    </message>
    <message>
        <source>Built-in &amp;admin:</source>
        <translation>Ad&amp;ministrador integrado:</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>It keeps a &amp;log:</source>
        <translation>Guarda un &amp;registro:</translation>
    </message>
    <message>
        <source>Kept &amp;for:</source>
        <translation>Se conser&amp;va durante:</translation>
    </message>
    <message>
        <source>Looked through:</source>
        <translation>Revisado:</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Two-step sign-in &amp;required:</source>
        <translation>Inicio de sesión en dos pasos &amp;obligatorio:</translation>
    </message>
    <message>
        <source>Shortest &amp;password:</source>
        <translation>Contraseña más &amp;corta:</translation>
    </message>
    <message>
        <source>Password must be &amp;changed after:</source>
        <translation>La contraseña &amp;debe cambiarse tras:</translation>
    </message>
    <message>
        <source>Account &amp;locks after:</source>
        <translation>La cuenta se &amp;bloquea tras:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>TcpStream</name>
    <message>
        <source>The check was cancelled.</source>
        <translation>Se canceló la comprobación.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The address %1 is not an IP address.</source>
        <translation>La dirección %1 no es una dirección IP.</translation>
    </message>
    <message>
        <source>Could not open a connection: %1</source>
        <translation>No se pudo abrir una conexión: %1</translation>
    </message>
    <message>
        <source>The connection was refused.</source>
        <translation>La conexión fue rechazada.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>No se pudo conectar: %1</translation>
    </message>
    <message>
        <source>The server could not be reached within %1 s.</source>
        <translation>No se pudo contactar con el servidor en %1 s.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>El servidor cerró la conexión.</translation>
    </message>
    <message>
        <source>Could not send to the server: %1</source>
        <translation>No se pudieron enviar datos al servidor: %1</translation>
    </message>
    <message>
        <source>The server reset the connection.</source>
        <translation>El servidor restableció la conexión.</translation>
    </message>
    <message>
        <source>Could not read from the server: %1</source>
        <translation>No se pudieron leer datos del servidor: %1</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <source>&amp;Add Person…</source>
        <translation>Aña&amp;dir persona…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>No one is on the team yet. Start with yourself, then add everyone who works on the shop: staff, developers, the agency, and your contacts at the host.</source>
        <translation>Todavía no hay nadie en el equipo. Empieza por ti y luego añade a todas las personas que trabajan en la tienda: el personal, los desarrolladores, la agencia y tus contactos en el proveedor de alojamiento.</translation>
    </message>
    <message>
        <source>Add someone who works on or for the shop</source>
        <translation>Añadir a alguien que trabaja en la tienda o para ella</translation>
    </message>
    <message>
        <source>Change the selected person&apos;s details</source>
        <translation>Cambiar los datos de la persona seleccionada</translation>
    </message>
    <message>
        <source>Take the selected person off the team</source>
        <translation>Quitar a la persona seleccionada del equipo</translation>
    </message>
    <message>
        <source>Remove %1 from the team?

If they have left, you can instead keep them on the team marked as left, so the plan can check their access was removed. You can undo the removal with Edit &gt; Undo.</source>
        <translation>¿Quitar a %1 del equipo?

Si esa persona ha dejado el equipo, puedes mantenerla en él marcada como que lo ha dejado, para que el plan pueda comprobar que se le retiraron los accesos. Puedes deshacerlo con Editar &gt; Deshacer.</translation>
    </message>
    <message>
        <source>Remove Team Member</source>
        <translation>Quitar a un miembro del equipo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>Owns the plan</source>
        <translation>Responsable del plan</translation>
    </message>
    <message>
        <source>Uses Storefort on this computer</source>
        <translation>Usa Storefort en este ordenador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role in the business</source>
        <translation>Función en el negocio</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Fecha de salida</translation>
    </message>
</context>
<context>
    <name>TeamWizardPage</name>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;mbre</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Función</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Works as</source>
        <translation>Tra&amp;baja como</translation>
    </message>
    <message>
        <source>Add Another &amp;Person</source>
        <translation>Añadir otra &amp;persona</translation>
    </message>
    <message>
        <source>Your Team</source>
        <translation>Tu equipo</translation>
    </message>
    <message>
        <source>Who works on the shop: you, your staff, and the developers or agency who build it. A few names are enough for now; you can add more later.</source>
        <translation>Quién trabaja en la tienda: tú, tu personal y los desarrolladores o la agencia que la crean. Por ahora bastan unos pocos nombres; puedes añadir más después.</translation>
    </message>
    <message>
        <source>Plan owner</source>
        <translation>Responsable del plan</translation>
    </message>
    <message>
        <source>Which one is you</source>
        <translation>Quién eres tú</translation>
    </message>
    <message>
        <source>Already on the team: %1. Add anyone else below; a name already on the team is not added twice.</source>
        <translation>Ya en el equipo: %1. Añade abajo a cualquier otra persona; un nombre que ya esté en el equipo no se añade dos veces.</translation>
    </message>
    <message>
        <source>Plan &amp;owner:</source>
        <translation>&amp;Responsable del plan:</translation>
    </message>
    <message>
        <source>The person who answers for the plan and keeps it up to date.</source>
        <translation>La persona que responde del plan y lo mantiene al día.</translation>
    </message>
    <message>
        <source>Which one is &amp;you?</source>
        <translation>¿Quién eres &amp;tú?</translation>
    </message>
    <message>
        <source>The plan&apos;s history records your changes under this name.</source>
        <translation>El historial del plan registra tus cambios con este nombre.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>Quitar esta línea</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Dueño</translation>
    </message>
    <message>
        <source>you@shop.example</source>
        <translation>tu@tienda.example</translation>
    </message>
    <message>
        <source>e.g. Bookkeeper</source>
        <translation>p. ej. contable</translation>
    </message>
    <message>
        <source>name@shop.example</source>
        <translation>nombre@tienda.example</translation>
    </message>
    <message>
        <source>Name of person %1</source>
        <translation>Nombre de la persona %1</translation>
    </message>
    <message>
        <source>Role of person %1</source>
        <translation>Función de la persona %1</translation>
    </message>
    <message>
        <source>E-mail of person %1</source>
        <translation>Correo electrónico de la persona %1</translation>
    </message>
    <message>
        <source>What person %1 works as</source>
        <translation>Como qué trabaja la persona %1</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Quitar a la persona %1</translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation>Todavía no se ha elegido a nadie</translation>
    </message>
    <message>
        <source>None of them (changes are recorded under your computer account)</source>
        <translation>Ninguno de ellos (los cambios se registran con tu cuenta de usuario del ordenador)</translation>
    </message>
</context>
<context>
    <name>TlsCertificateView</name>
    <message>
        <source>The site showed no certificate.</source>
        <translation>El sitio no presentó ningún certificado.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <source>Names it covers:</source>
        <translation>Nombres que cubre:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Válido hasta:</translation>
    </message>
    <message>
        <source>Trusted by browsers:</source>
        <translation>De confianza para los navegadores:</translation>
    </message>
    <message>
        <source>Matches the site&apos;s name:</source>
        <translation>Coincide con el nombre del sitio:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Cadena:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>OCSP stapling:</source>
        <translation>OCSP stapling:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella digital SHA-256:</translation>
    </message>
    <message>
        <source>Public key (SPKI) SHA-256:</source>
        <translation>Clave pública (SPKI) SHA-256:</translation>
    </message>
    <message>
        <source>Certificates sent:</source>
        <translation>Certificados enviados:</translation>
    </message>
    <message>
        <source>(none listed)</source>
        <translation>(no figura ninguno)</translation>
    </message>
    <message>
        <source>%1 (itself: self-signed)</source>
        <translation>%1 (él mismo: autofirmado)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>not valid yet (from %1)</source>
        <translation>todavía no es válido (desde el %1)</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>queda 1 día</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days left</source>
        <translation>
            <numerusform>queda %Ln día</numerusform>
            <numerusform>quedan %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>No: it is self-signed, so no browser trusts it</source>
        <translation>No: está autofirmado, así que ningún navegador confía en él</translation>
    </message>
    <message>
        <source>No: browsers do not trust its issuer</source>
        <translation>No: los navegadores no confían en su emisor</translation>
    </message>
    <message>
        <source>No: the certificate lists no names, and browsers no longer read the name in &quot;Issued to&quot;</source>
        <translation>No: el certificado no incluye ningún nombre, y los navegadores ya no leen el nombre de «Emitido para»</translation>
    </message>
    <message>
        <source>No: visitors see a warning</source>
        <translation>No: los visitantes ven un aviso</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>incomplete: some browsers cannot check it</source>
        <translation>incompleta: algunos navegadores no pueden comprobarla</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>desordenada</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 bits</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1, the issuer says: %2</source>
        <translation>%1, el emisor dice: %2</translation>
    </message>
    <message>
        <source>%1 (the certificate requires it)</source>
        <translation>%1 (el certificado lo exige)</translation>
    </message>
    <message>
        <source>%1. %2 — from %3, %4 %5 bits, until %6</source>
        <extracomment>One certificate of the chain: &quot;1. CN=shop.example — from CN=R11, RSA 2048 bits, until 1 March 2025&quot;</extracomment>
        <translation>%1. %2 — emitido por %3, %4 de %5 bits, hasta el %6</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
</context>
<context>
    <name>TlsChanges</name>
    <message>
        <source>%1: the site is now open to this flaw</source>
        <translation>%1: el sitio ahora es vulnerable a este fallo</translation>
    </message>
    <message>
        <source>%1: fixed</source>
        <translation>%1: corregido</translation>
    </message>
    <message>
        <source>%1 newly accepted</source>
        <translation>%1 ahora se acepta</translation>
    </message>
    <message>
        <source>%1 no longer accepted</source>
        <translation>%1 ya no se acepta</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cipher suite(s) added (%2)</source>
        <translation>
            <numerusform>%1: se ha añadido %n suite de cifrado (%2)</numerusform>
            <numerusform>%1: se han añadido %n suites de cifrado (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cipher suite(s) removed (%2)</source>
        <translation>
            <numerusform>%1: se ha quitado %n suite de cifrado (%2)</numerusform>
            <numerusform>%1: se han quitado %n suites de cifrado (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificate renewed: %n day(s) left</source>
        <translation>
            <numerusform>Certificado renovado: queda %n día</numerusform>
            <numerusform>Certificado renovado: quedan %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Certificate replaced: %n day(s) left</source>
        <translation>
            <numerusform>Certificado sustituido: queda %n día</numerusform>
            <numerusform>Certificado sustituido: quedan %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>The new certificate kept the old key</source>
        <translation>El certificado nuevo conserva la clave antigua</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expires in %n day(s)</source>
        <translation>
            <numerusform>El certificado caduca dentro de %n día</numerusform>
            <numerusform>El certificado caduca dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate is now trusted</source>
        <translation>Ahora el certificado es de confianza</translation>
    </message>
    <message>
        <source>The certificate is no longer trusted</source>
        <translation>El certificado ya no es de confianza</translation>
    </message>
    <message>
        <source>The certificate now matches the name</source>
        <translation>Ahora el certificado coincide con el nombre</translation>
    </message>
    <message>
        <source>The certificate no longer matches the name</source>
        <translation>El certificado ya no coincide con el nombre</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>El certificado ha caducado</translation>
    </message>
    <message>
        <source>HSTS switched on</source>
        <translation>HSTS activado</translation>
    </message>
    <message>
        <source>HSTS switched off</source>
        <translation>HSTS desactivado</translation>
    </message>
    <message>
        <source>Plain HTTP now sends visitors to HTTPS</source>
        <translation>El HTTP sin cifrar ahora envía a los visitantes a HTTPS</translation>
    </message>
    <message>
        <source>Plain HTTP no longer sends visitors to HTTPS</source>
        <translation>El HTTP sin cifrar ya no envía a los visitantes a HTTPS</translation>
    </message>
    <message>
        <source>No longer behind %1</source>
        <translation>Ya no está detrás de %1</translation>
    </message>
    <message>
        <source>Now behind %1</source>
        <translation>Ahora está detrás de %1</translation>
    </message>
    <message>
        <source>Grade went from %1 to %2</source>
        <translation>La calificación pasó de %1 a %2</translation>
    </message>
    <message>
        <source>The site now answers from %1 (was %2)</source>
        <translation>Ahora el sitio responde desde %1 (antes, desde %2)</translation>
    </message>
</context>
<context>
    <name>TlsChangesView</name>
    <message>
        <source>What changed since the last probe</source>
        <translation>Qué ha cambiado desde la última prueba</translation>
    </message>
    <message>
        <source>This is the first probe of this address in the plan: the next one will say what changed.</source>
        <translation>Esta es la primera prueba de esta dirección en el plan: la siguiente dirá qué ha cambiado.</translation>
    </message>
    <message>
        <source>Nothing important changed since the probe of %1.</source>
        <translation>No ha cambiado nada importante desde la prueba del %1.</translation>
    </message>
    <message>
        <source>Since the probe of %1:</source>
        <translation>Desde la prueba del %1:</translation>
    </message>
    <message>
        <source>▲ Better: %1</source>
        <translation>▲ Mejor: %1</translation>
    </message>
    <message>
        <source>▼ Worse: %1</source>
        <translation>▼ Peor: %1</translation>
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
        <translation>El handshake TLS falló.</translation>
    </message>
    <message>
        <source>The TLS handshake failed (%1).</source>
        <translation>El handshake TLS falló (%1).</translation>
    </message>
    <message>
        <source>The server did not answer with TLS (%1).</source>
        <translation>El servidor no respondió con TLS (%1).</translation>
    </message>
    <message>
        <source>The server sent more handshake data than any real server needs (%1).</source>
        <translation>El servidor envió más datos de handshake de los que necesita cualquier servidor real (%1).</translation>
    </message>
    <message>
        <source>The server and the check have no TLS version in common (%1).</source>
        <translation>El servidor y la comprobación no tienen ninguna versión de TLS en común (%1).</translation>
    </message>
    <message>
        <source>The server refused the TLS handshake (%1).</source>
        <translation>El servidor rechazó el handshake TLS (%1).</translation>
    </message>
    <message>
        <source>OpenSSL could not start a TLS client.</source>
        <translation>OpenSSL no pudo iniciar un cliente TLS.</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake.</source>
        <translation>El servidor cerró la conexión durante el handshake TLS.</translation>
    </message>
    <message>
        <source>The server did not complete the TLS handshake in time.</source>
        <translation>El servidor no completó el handshake TLS a tiempo.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>El servidor cerró la conexión.</translation>
    </message>
    <message>
        <source>The TLS connection failed (%1).</source>
        <translation>La conexión TLS falló (%1).</translation>
    </message>
    <message>
        <source>The TLS connection failed.</source>
        <translation>La conexión TLS falló.</translation>
    </message>
</context>
<context>
    <name>TlsFindings</name>
    <message>
        <source>The site still accepts SSL 2</source>
        <translation>El sitio todavía acepta SSL 2</translation>
    </message>
    <message>
        <source>SSL 2 has been broken since the 1990s; its presence lets attackers decrypt even modern connections (DROWN).</source>
        <translation>SSL 2 está roto desde los años noventa; su presencia permite a un atacante descifrar incluso conexiones modernas (DROWN).</translation>
    </message>
    <message>
        <source>Ask your host to turn off SSL 2 on the web server and on every other service that uses the same certificate.</source>
        <translation>Pide a tu proveedor de alojamiento que desactive SSL 2 en el servidor web y en cualquier otro servicio que use el mismo certificado.</translation>
    </message>
    <message>
        <source>The site still accepts SSL 3</source>
        <translation>El sitio todavía acepta SSL 3</translation>
    </message>
    <message>
        <source>SSL 3 is broken (POODLE): an attacker on the same network can read parts of the traffic, such as login cookies.</source>
        <translation>SSL 3 está roto (POODLE): un atacante en la misma red puede leer partes del tráfico, como las cookies de inicio de sesión.</translation>
    </message>
    <message>
        <source>Ask your host to allow only TLS 1.2 and TLS 1.3.</source>
        <translation>Pide a tu proveedor de alojamiento que permita solo TLS 1.2 y TLS 1.3.</translation>
    </message>
    <message>
        <source>The site still accepts TLS 1.0</source>
        <translation>El sitio todavía acepta TLS 1.0</translation>
    </message>
    <message>
        <source>TLS 1.0 is outdated, browsers stopped using it in 2020, and card payment rules (PCI DSS) forbid it.</source>
        <translation>TLS 1.0 está obsoleto, los navegadores dejaron de usarlo en 2020 y las normas de pago con tarjeta (PCI DSS) lo prohíben.</translation>
    </message>
    <message>
        <source>The site still accepts TLS 1.1</source>
        <translation>El sitio todavía acepta TLS 1.1</translation>
    </message>
    <message>
        <source>TLS 1.1 is outdated, browsers stopped using it in 2020, and card payment rules (PCI DSS) forbid it.</source>
        <translation>TLS 1.1 está obsoleto, los navegadores dejaron de usarlo en 2020 y las normas de pago con tarjeta (PCI DSS) lo prohíben.</translation>
    </message>
    <message>
        <source>The site speaks neither TLS 1.2 nor TLS 1.3</source>
        <translation>El sitio no habla ni TLS 1.2 ni TLS 1.3</translation>
    </message>
    <message>
        <source>Modern browsers need TLS 1.2 or newer; without it visitors see errors or weak encryption.</source>
        <translation>Los navegadores modernos necesitan TLS 1.2 o posterior; sin él, los visitantes ven errores o un cifrado débil.</translation>
    </message>
    <message>
        <source>Ask your host to turn on TLS 1.2 and TLS 1.3; an up-to-date server software has both.</source>
        <translation>Pide a tu proveedor de alojamiento que active TLS 1.2 y TLS 1.3; un software de servidor actualizado admite ambos.</translation>
    </message>
    <message>
        <source>The site does not speak TLS 1.3 yet</source>
        <translation>El sitio todavía no habla TLS 1.3</translation>
    </message>
    <message>
        <source>TLS 1.3 is faster and drops every old, weak option; all current browsers use it.</source>
        <translation>TLS 1.3 es más rápido y elimina todas las opciones antiguas y débiles; todos los navegadores actuales lo usan.</translation>
    </message>
    <message>
        <source>Ask your host to turn on TLS 1.3 (OpenSSL 1.1.1 or newer).</source>
        <translation>Pide a tu proveedor de alojamiento que active TLS 1.3 (OpenSSL 1.1.1 o posterior).</translation>
    </message>
    <message>
        <source>The site accepts &quot;export&quot; encryption</source>
        <translation>El sitio acepta cifrado «de exportación»</translation>
    </message>
    <message>
        <source>Export ciphers were deliberately weakened in the 1990s and can be broken in hours (FREAK, Logjam).</source>
        <translation>Los cifrados de exportación se debilitaron a propósito en los años noventa y se pueden romper en horas (FREAK, Logjam).</translation>
    </message>
    <message>
        <source>Ask your host to remove all EXPORT cipher suites.</source>
        <translation>Pide a tu proveedor de alojamiento que quite todas las suites de cifrado EXPORT.</translation>
    </message>
    <message>
        <source>The site accepts connections without encryption</source>
        <translation>El sitio acepta conexiones sin cifrado</translation>
    </message>
    <message>
        <source>NULL cipher suites send everything, passwords and card data included, in the clear.</source>
        <translation>Las suites de cifrado NULL lo envían todo sin cifrar, incluidas contraseñas y datos de tarjetas.</translation>
    </message>
    <message>
        <source>Ask your host to remove all NULL cipher suites.</source>
        <translation>Pide a tu proveedor de alojamiento que quite todas las suites de cifrado NULL.</translation>
    </message>
    <message>
        <source>The site accepts anonymous encryption</source>
        <translation>El sitio acepta cifrado anónimo</translation>
    </message>
    <message>
        <source>Anonymous cipher suites skip the certificate, so anyone in the middle can pose as your shop.</source>
        <translation>Las suites de cifrado anónimas se saltan el certificado, así que cualquiera que se interponga puede hacerse pasar por tu tienda.</translation>
    </message>
    <message>
        <source>Ask your host to remove all anonymous (ADH/AECDH) cipher suites.</source>
        <translation>Pide a tu proveedor de alojamiento que quite todas las suites de cifrado anónimas (ADH/AECDH).</translation>
    </message>
    <message>
        <source>The site accepts weak encryption (under 112 bits)</source>
        <translation>El sitio acepta cifrado débil (menos de 112 bits)</translation>
    </message>
    <message>
        <source>Ciphers such as DES can be broken with ordinary hardware.</source>
        <translation>Cifrados como DES se pueden romper con hardware corriente.</translation>
    </message>
    <message>
        <source>Ask your host to remove DES and every other cipher suite under 128 bits.</source>
        <translation>Pide a tu proveedor de alojamiento que quite DES y cualquier otra suite de cifrado de menos de 128 bits.</translation>
    </message>
    <message>
        <source>The site accepts the RC4 cipher</source>
        <translation>El sitio acepta el cifrado RC4</translation>
    </message>
    <message>
        <source>RC4 is broken: with enough traffic attackers can recover cookies and passwords.</source>
        <translation>RC4 está roto: con suficiente tráfico, un atacante puede recuperar cookies y contraseñas.</translation>
    </message>
    <message>
        <source>Ask your host to remove all RC4 cipher suites.</source>
        <translation>Pide a tu proveedor de alojamiento que quite todas las suites de cifrado RC4.</translation>
    </message>
    <message>
        <source>The site accepts 3DES or another 64-bit block cipher (SWEET32)</source>
        <translation>El sitio acepta 3DES u otro cifrado de bloque de 64 bits (SWEET32)</translation>
    </message>
    <message>
        <source>After a long connection, attackers can recover secrets such as cookies from 64-bit block ciphers.</source>
        <translation>Tras una conexión larga, un atacante puede recuperar secretos como las cookies de los cifrados de bloque de 64 bits.</translation>
    </message>
    <message>
        <source>Ask your host to remove 3DES (DES-CBC3) and other 64-bit block cipher suites.</source>
        <translation>Pide a tu proveedor de alojamiento que quite 3DES (DES-CBC3) y las demás suites de cifrado de bloque de 64 bits.</translation>
    </message>
    <message>
        <source>Some connections have no forward secrecy</source>
        <translation>Algunas conexiones no tienen confidencialidad directa (forward secrecy)</translation>
    </message>
    <message>
        <source>Without forward secrecy, anyone who later steals the server&apos;s key can decrypt recorded traffic.</source>
        <translation>Sin confidencialidad directa, cualquiera que robe más adelante la clave del servidor puede descifrar el tráfico grabado.</translation>
    </message>
    <message>
        <source>Ask your host to prefer ECDHE (and DHE) cipher suites and to remove static RSA key exchange.</source>
        <translation>Pide a tu proveedor de alojamiento que dé preferencia a las suites de cifrado ECDHE (y DHE) y que quite el intercambio de claves RSA estático.</translation>
    </message>
    <message>
        <source>The site offers no modern (AEAD) encryption</source>
        <translation>El sitio no ofrece cifrado moderno (AEAD)</translation>
    </message>
    <message>
        <source>Only older CBC cipher suites are offered; they have a long history of attacks.</source>
        <translation>Solo se ofrecen suites de cifrado CBC antiguas, que acumulan una larga historia de ataques.</translation>
    </message>
    <message>
        <source>Ask your host to offer AES-GCM and ChaCha20-Poly1305 cipher suites.</source>
        <translation>Pide a tu proveedor de alojamiento que ofrezca suites de cifrado AES-GCM y ChaCha20-Poly1305.</translation>
    </message>
    <message>
        <source>The key exchange uses weak DH parameters</source>
        <translation>El intercambio de claves usa parámetros DH débiles</translation>
    </message>
    <message>
        <source>DH parameters under 2048 bits can be broken by a well-funded attacker (Logjam).</source>
        <translation>Un atacante con recursos puede romper parámetros DH de menos de 2048 bits (Logjam).</translation>
    </message>
    <message>
        <source>Ask your host to use DH parameters of at least 2048 bits (ffdhe2048), or drop DHE suites.</source>
        <translation>Pide a tu proveedor de alojamiento que use parámetros DH de al menos 2048 bits (ffdhe2048) o que prescinda de las suites DHE.</translation>
    </message>
    <message>
        <source>The site showed no certificate</source>
        <translation>El sitio no presentó ningún certificado</translation>
    </message>
    <message>
        <source>Without a certificate, browsers cannot tell your shop from an impostor.</source>
        <translation>Sin certificado, los navegadores no pueden distinguir tu tienda de una suplantación.</translation>
    </message>
    <message>
        <source>Ask your host to install a certificate for the site, for example a free one from Let&apos;s Encrypt.</source>
        <translation>Pide a tu proveedor de alojamiento que instale un certificado para el sitio, por ejemplo uno gratuito de Let&apos;s Encrypt.</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>El certificado ha caducado</translation>
    </message>
    <message>
        <source>Browsers show a full-page warning and most visitors will leave.</source>
        <translation>Los navegadores muestran un aviso a toda página y la mayoría de los visitantes se irán.</translation>
    </message>
    <message>
        <source>Renew the certificate now and ask your host to set up automatic renewal.</source>
        <translation>Renueva el certificado ahora y pide a tu proveedor de alojamiento que configure la renovación automática.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet</source>
        <translation>El certificado todavía no es válido</translation>
    </message>
    <message>
        <source>Browsers reject a certificate before its start date; the server clock may also be wrong.</source>
        <translation>Los navegadores rechazan un certificado antes de su fecha de inicio; puede que además el reloj del servidor esté mal.</translation>
    </message>
    <message>
        <source>Ask your host to check the server&apos;s clock and the certificate installed.</source>
        <translation>Pide a tu proveedor de alojamiento que revise el reloj del servidor y el certificado instalado.</translation>
    </message>
    <message>
        <source>The certificate expires soon</source>
        <translation>El certificado caduca pronto</translation>
    </message>
    <message>
        <source>When it expires, browsers will warn every visitor away from the shop.</source>
        <translation>Cuando caduque, los navegadores avisarán a cada visitante para que no entre en la tienda.</translation>
    </message>
    <message>
        <source>Renew the certificate before it expires, and ask your host whether renewal is automatic.</source>
        <translation>Renueva el certificado antes de que caduque y pregunta a tu proveedor de alojamiento si la renovación es automática.</translation>
    </message>
    <message>
        <source>The certificate is self-signed</source>
        <translation>El certificado está autofirmado</translation>
    </message>
    <message>
        <source>No browser trusts a certificate that the server signed itself; visitors see a warning.</source>
        <translation>Ningún navegador confía en un certificado que el propio servidor ha firmado; los visitantes ven un aviso.</translation>
    </message>
    <message>
        <source>Ask your host to install a certificate from a public authority, for example Let&apos;s Encrypt.</source>
        <translation>Pide a tu proveedor de alojamiento que instale un certificado de una autoridad pública, por ejemplo Let&apos;s Encrypt.</translation>
    </message>
    <message>
        <source>Browsers do not trust the certificate</source>
        <translation>Los navegadores no confían en el certificado</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer is not one browsers trust, so visitors see a warning.</source>
        <translation>Los navegadores no confían en el emisor del certificado, así que los visitantes ven un aviso.</translation>
    </message>
    <message>
        <source>Ask your host to install a certificate from a public authority and the full chain.</source>
        <translation>Pide a tu proveedor de alojamiento que instale un certificado de una autoridad pública con la cadena completa.</translation>
    </message>
    <message>
        <source>The certificate is for another name</source>
        <translation>El certificado es para otro nombre</translation>
    </message>
    <message>
        <source>The certificate does not cover this site&apos;s address, so browsers warn visitors.</source>
        <translation>El certificado no cubre la dirección de este sitio, así que los navegadores avisan a los visitantes.</translation>
    </message>
    <message>
        <source>Ask your host for a certificate that lists this exact name (and the www name if you use it).</source>
        <translation>Pide a tu proveedor de alojamiento un certificado que incluya exactamente este nombre (y el nombre con www si lo usas).</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is too weak</source>
        <translation>La clave del certificado es demasiado débil</translation>
    </message>
    <message>
        <source>A short key can be broken, and browsers reject RSA keys under 2048 bits.</source>
        <translation>Una clave corta se puede romper, y los navegadores rechazan las claves RSA de menos de 2048 bits.</translation>
    </message>
    <message>
        <source>Ask your host for a new certificate with an RSA 2048-bit or ECDSA P-256 key.</source>
        <translation>Pide a tu proveedor de alojamiento un certificado nuevo con una clave RSA de 2048 bits o ECDSA P-256.</translation>
    </message>
    <message>
        <source>The certificate uses a weak signature</source>
        <translation>El certificado usa una firma débil</translation>
    </message>
    <message>
        <source>MD5 and SHA-1 signatures can be forged, and browsers no longer accept them.</source>
        <translation>Las firmas MD5 y SHA-1 se pueden falsificar, y los navegadores ya no las aceptan.</translation>
    </message>
    <message>
        <source>Ask your host for a new certificate signed with SHA-256.</source>
        <translation>Pide a tu proveedor de alojamiento un certificado nuevo firmado con SHA-256.</translation>
    </message>
    <message>
        <source>The server does not send the full certificate chain</source>
        <translation>El servidor no envía la cadena de certificados completa</translation>
    </message>
    <message>
        <source>Some browsers and apps cannot complete the chain and show an error.</source>
        <translation>Algunos navegadores y aplicaciones no pueden completar la cadena y muestran un error.</translation>
    </message>
    <message>
        <source>Ask your host to install the intermediate certificate(s) with the site&apos;s certificate (&quot;full chain&quot;).</source>
        <translation>Pide a tu proveedor de alojamiento que instale los certificados intermedios junto con el certificado del sitio («full chain»).</translation>
    </message>
    <message>
        <source>The certificate chain is sent in the wrong order</source>
        <translation>La cadena de certificados se envía en el orden incorrecto</translation>
    </message>
    <message>
        <source>Some clients reject a chain whose certificates are out of order.</source>
        <translation>Algunos clientes rechazan una cadena cuyos certificados no están en orden.</translation>
    </message>
    <message>
        <source>Ask your host to send the site&apos;s certificate first, then each intermediate in order.</source>
        <translation>Pide a tu proveedor de alojamiento que envíe primero el certificado del sitio y después cada certificado intermedio en orden.</translation>
    </message>
    <message>
        <source>The server does not staple revocation status (OCSP)</source>
        <translation>El servidor no adjunta el estado de revocación (OCSP)</translation>
    </message>
    <message>
        <source>With stapling, browsers check the certificate faster and more privately.</source>
        <translation>Con el stapling, los navegadores comprueban el certificado más rápido y con más privacidad.</translation>
    </message>
    <message>
        <source>Ask your host to turn on OCSP stapling.</source>
        <translation>Pide a tu proveedor de alojamiento que active el OCSP stapling.</translation>
    </message>
    <message>
        <source>The site does not ask browsers to always use HTTPS (HSTS)</source>
        <translation>El sitio no pide a los navegadores que usen siempre HTTPS (HSTS)</translation>
    </message>
    <message>
        <source>Without HSTS, a visitor who types the address can be sent to a fake, unencrypted copy first.</source>
        <translation>Sin HSTS, un visitante que escribe la dirección puede acabar primero en una copia falsa y sin cifrar.</translation>
    </message>
    <message>
        <source>Ask your host to send the header Strict-Transport-Security: max-age=31536000 (one year or more).</source>
        <translation>Pide a tu proveedor de alojamiento que envíe la cabecera Strict-Transport-Security: max-age=31536000 (un año o más).</translation>
    </message>
    <message>
        <source>HSTS is on, but for too short a time</source>
        <translation>HSTS está activado, pero durante muy poco tiempo</translation>
    </message>
    <message>
        <source>Browsers forget the HTTPS-only rule quickly, so the protection lapses between visits.</source>
        <translation>Los navegadores olvidan pronto la regla de «solo HTTPS», así que la protección se pierde entre visitas.</translation>
    </message>
    <message>
        <source>Ask your host to raise HSTS max-age to at least 180 days (one year is common).</source>
        <translation>Pide a tu proveedor de alojamiento que suba el max-age de HSTS a 180 días como mínimo (lo habitual es un año).</translation>
    </message>
    <message>
        <source>Plain HTTP does not redirect to HTTPS</source>
        <translation>El HTTP sin cifrar no redirige a HTTPS</translation>
    </message>
    <message>
        <source>Visitors who type the address without https:// stay on an unencrypted page.</source>
        <translation>Los visitantes que escriben la dirección sin https:// se quedan en una página sin cifrar.</translation>
    </message>
    <message>
        <source>Ask your host to redirect every http:// request to the same https:// address (301).</source>
        <translation>Pide a tu proveedor de alojamiento que redirija cada petición http:// a la misma dirección https:// (301).</translation>
    </message>
    <message>
        <source>The server is vulnerable to Heartbleed</source>
        <translation>El servidor es vulnerable a Heartbleed</translation>
    </message>
    <message>
        <source>Attackers can read the server&apos;s memory: passwords, customer data and the private key.</source>
        <translation>Un atacante puede leer la memoria del servidor: contraseñas, datos de clientes y la clave privada.</translation>
    </message>
    <message>
        <source>Ask your host to update OpenSSL today, then replace the certificate and key and change passwords.</source>
        <translation>Pide a tu proveedor de alojamiento que actualice OpenSSL hoy mismo; después sustituye el certificado y la clave y cambia las contraseñas.</translation>
    </message>
    <message>
        <source>The server is vulnerable to CCS injection</source>
        <translation>El servidor es vulnerable a la inyección CCS</translation>
    </message>
    <message>
        <source>An attacker in the middle can decrypt and change traffic.</source>
        <translation>Un atacante que se interponga puede descifrar y cambiar el tráfico.</translation>
    </message>
    <message>
        <source>Ask your host to update OpenSSL.</source>
        <translation>Pide a tu proveedor de alojamiento que actualice OpenSSL.</translation>
    </message>
    <message>
        <source>The server compresses encrypted traffic (CRIME)</source>
        <translation>El servidor comprime el tráfico cifrado (CRIME)</translation>
    </message>
    <message>
        <source>Compression lets attackers guess secrets such as login cookies.</source>
        <translation>La compresión permite a un atacante adivinar secretos como las cookies de inicio de sesión.</translation>
    </message>
    <message>
        <source>Ask your host to turn off TLS compression.</source>
        <translation>Pide a tu proveedor de alojamiento que desactive la compresión TLS.</translation>
    </message>
    <message>
        <source>The server is vulnerable to POODLE</source>
        <translation>El servidor es vulnerable a POODLE</translation>
    </message>
    <message>
        <source>Attackers can decrypt parts of the traffic, such as cookies.</source>
        <translation>Un atacante puede descifrar partes del tráfico, como las cookies.</translation>
    </message>
    <message>
        <source>Ask your host to turn off SSL 3 and update the server software.</source>
        <translation>Pide a tu proveedor de alojamiento que desactive SSL 3 y actualice el software del servidor.</translation>
    </message>
    <message>
        <source>The server is vulnerable to DROWN</source>
        <translation>El servidor es vulnerable a DROWN</translation>
    </message>
    <message>
        <source>SSL 2 on this host lets attackers decrypt modern TLS connections that share the key.</source>
        <translation>SSL 2 en este host permite a un atacante descifrar conexiones TLS modernas que comparten la clave.</translation>
    </message>
    <message>
        <source>Ask your host to turn off SSL 2 everywhere the certificate&apos;s key is used.</source>
        <translation>Pide a tu proveedor de alojamiento que desactive SSL 2 en todos los sitios donde se use la clave del certificado.</translation>
    </message>
    <message>
        <source>The server is vulnerable to FREAK</source>
        <translation>El servidor es vulnerable a FREAK</translation>
    </message>
    <message>
        <source>Attackers can force weak export RSA keys and then decrypt traffic.</source>
        <translation>Un atacante puede forzar claves RSA de exportación débiles y luego descifrar el tráfico.</translation>
    </message>
    <message>
        <source>Ask your host to remove EXPORT cipher suites and update the server software.</source>
        <translation>Pide a tu proveedor de alojamiento que quite las suites de cifrado EXPORT y actualice el software del servidor.</translation>
    </message>
    <message>
        <source>The server is vulnerable to Logjam</source>
        <translation>El servidor es vulnerable a Logjam</translation>
    </message>
    <message>
        <source>Attackers can force weak DH key exchange and then decrypt traffic.</source>
        <translation>Un atacante puede forzar un intercambio de claves DH débil y luego descifrar el tráfico.</translation>
    </message>
    <message>
        <source>Ask your host to remove DHE EXPORT suites and use DH parameters of 2048 bits or more.</source>
        <translation>Pide a tu proveedor de alojamiento que quite las suites DHE EXPORT y use parámetros DH de 2048 bits o más.</translation>
    </message>
    <message>
        <source>The server does not support secure renegotiation</source>
        <translation>El servidor no admite la renegociación segura</translation>
    </message>
    <message>
        <source>Without it an attacker can inject requests into a visitor&apos;s connection.</source>
        <translation>Sin ella, un atacante puede inyectar peticiones en la conexión de un visitante.</translation>
    </message>
    <message>
        <source>Ask your host to update the server software (RFC 5746 support).</source>
        <translation>Pide a tu proveedor de alojamiento que actualice el software del servidor (compatibilidad con RFC 5746).</translation>
    </message>
    <message>
        <source>The server does not prevent downgrade attacks (TLS_FALLBACK_SCSV)</source>
        <translation>El servidor no evita los ataques de degradación de versión (TLS_FALLBACK_SCSV)</translation>
    </message>
    <message>
        <source>An attacker can push browsers down to an older protocol the server still accepts.</source>
        <translation>Un atacante puede forzar a los navegadores a bajar a un protocolo más antiguo que el servidor todavía acepta.</translation>
    </message>
    <message>
        <source>Ask your host to update the server software, or to turn off protocols older than TLS 1.2.</source>
        <translation>Pide a tu proveedor de alojamiento que actualice el software del servidor o que desactive los protocolos anteriores a TLS 1.2.</translation>
    </message>
    <message>
        <source>The server accepted a %1 connection.</source>
        <translation>El servidor aceptó una conexión %1.</translation>
    </message>
    <message>
        <source>The newest protocol the server accepted is %1.</source>
        <translation>El protocolo más reciente que aceptó el servidor es %1.</translation>
    </message>
    <message>
        <source>The server refused TLS 1.3.</source>
        <translation>El servidor rechazó TLS 1.3.</translation>
    </message>
    <message>
        <source>Accepted: %1.</source>
        <translation>Aceptado: %1.</translation>
    </message>
    <message>
        <source>Accepted without forward secrecy: %1.</source>
        <translation>Aceptado sin confidencialidad directa: %1.</translation>
    </message>
    <message>
        <source>None of the accepted cipher suites is AES-GCM, ChaCha20-Poly1305 or CCM.</source>
        <translation>Ninguna de las suites de cifrado aceptadas es AES-GCM, ChaCha20-Poly1305 o CCM.</translation>
    </message>
    <message>
        <source>The server&apos;s DH parameters are %1 bits.</source>
        <translation>Los parámetros DH del servidor tienen %1 bits.</translation>
    </message>
    <message>
        <source>No certificate came back from a full handshake.</source>
        <translation>Un handshake completo no devolvió ningún certificado.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Fecha de caducidad: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Valid until %1: %n day(s) left.</source>
        <translation>
            <numerusform>Fecha de caducidad: %1, queda %n día.</numerusform>
            <numerusform>Fecha de caducidad: %1, quedan %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid from %1.</source>
        <translation>Fecha de inicio de validez: %1.</translation>
    </message>
    <message>
        <source>Issued by itself: %1.</source>
        <translation>Emitido por sí mismo: %1.</translation>
    </message>
    <message>
        <source>Issuer: %1.</source>
        <translation>Emisor: %1.</translation>
    </message>
    <message>
        <source>Site: %1; the certificate covers: %2.</source>
        <translation>Sitio: %1; el certificado cubre: %2.</translation>
    </message>
    <message>
        <source>%1 key of %2 bits.</source>
        <translation>Clave %1 de %2 bits.</translation>
    </message>
    <message>
        <source>Signature algorithm: %1.</source>
        <translation>Algoritmo de firma: %1.</translation>
    </message>
    <message>
        <source>The chain sent does not reach a trusted root.</source>
        <translation>La cadena enviada no llega a una raíz de confianza.</translation>
    </message>
    <message>
        <source>The certificates were sent out of order.</source>
        <translation>Los certificados se enviaron desordenados.</translation>
    </message>
    <message>
        <source>The certificate demands stapling (must-staple), but none was sent.</source>
        <translation>El certificado exige stapling (must-staple), pero no se envió ninguna respuesta OCSP.</translation>
    </message>
    <message>
        <source>No OCSP response came with the handshake.</source>
        <translation>No llegó ninguna respuesta OCSP con el handshake.</translation>
    </message>
    <message>
        <source>Strict-Transport-Security: max-age=0 switches HSTS off.</source>
        <translation>Strict-Transport-Security: max-age=0 desactiva HSTS.</translation>
    </message>
    <message>
        <source>No Strict-Transport-Security header in the response.</source>
        <translation>No hay cabecera Strict-Transport-Security en la respuesta.</translation>
    </message>
    <message numerus="yes">
        <source>Strict-Transport-Security: max-age=%1 (%n day(s)).</source>
        <translation>
            <numerusform>Strict-Transport-Security: max-age=%1 (%n día).</numerusform>
            <numerusform>Strict-Transport-Security: max-age=%1 (%n días).</numerusform>
        </translation>
    </message>
    <message>
        <source>http://%1/ did not redirect to https://%1/.</source>
        <translation>http://%1/ no redirigió a https://%1/.</translation>
    </message>
    <message>
        <source>The server answered a malformed heartbeat with its own memory.</source>
        <translation>El servidor respondió a un heartbeat mal formado con contenido de su memoria.</translation>
    </message>
    <message>
        <source>The server accepted an early ChangeCipherSpec message.</source>
        <translation>El servidor aceptó un mensaje ChangeCipherSpec prematuro.</translation>
    </message>
    <message>
        <source>The server agreed to TLS compression.</source>
        <translation>El servidor aceptó la compresión TLS.</translation>
    </message>
    <message>
        <source>The server accepts SSL 3 with CBC ciphers.</source>
        <translation>El servidor acepta SSL 3 con cifrados CBC.</translation>
    </message>
    <message>
        <source>SSL 2 is accepted on this host.</source>
        <translation>Este host acepta SSL 2.</translation>
    </message>
    <message>
        <source>The server accepts RSA EXPORT cipher suites.</source>
        <translation>El servidor acepta suites de cifrado RSA EXPORT.</translation>
    </message>
    <message>
        <source>The server accepts DHE EXPORT suites or weak DH parameters.</source>
        <translation>El servidor acepta suites DHE EXPORT o parámetros DH débiles.</translation>
    </message>
    <message>
        <source>The server did not signal RFC 5746 renegotiation support.</source>
        <translation>El servidor no indicó que admita la renegociación RFC 5746.</translation>
    </message>
    <message>
        <source>A downgraded handshake with TLS_FALLBACK_SCSV was not refused.</source>
        <translation>No se rechazó un handshake degradado con TLS_FALLBACK_SCSV.</translation>
    </message>
</context>
<context>
    <name>TlsFindingsView</name>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>About the chosen finding</source>
        <translation>Sobre el hallazgo elegido</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to fix: the probe found no problems.</source>
        <translation>Nada que arreglar: la prueba no encontró ningún problema.</translation>
    </message>
    <message>
        <source>Nothing serious: only small improvements. Choose one to read more.</source>
        <translation>Nada grave: solo pequeñas mejoras. Elige una para leer más.</translation>
    </message>
    <message>
        <source>1 thing to fix. Choose a finding to see why and what to ask your host to do.</source>
        <translation>Hay 1 cosa que arreglar. Elige un hallazgo para ver por qué y qué pedir a tu proveedor de alojamiento.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln things to fix. Choose a finding to see why and what to ask your host to do.</source>
        <translation>
            <numerusform>Hay %Ln cosa que arreglar. Elige un hallazgo para ver por qué y qué pedir a tu proveedor de alojamiento.</numerusform>
            <numerusform>Hay %Ln cosas que arreglar. Elige un hallazgo para ver por qué y qué pedir a tu proveedor de alojamiento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Gravedad: %1</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué importa</translation>
    </message>
    <message>
        <source>What the probe saw</source>
        <translation>Qué vio la prueba</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regla %1</translation>
    </message>
</context>
<context>
    <name>TlsGrade</name>
    <message>
        <source>The site still accepts SSL 2, which has been broken for decades.</source>
        <translation>El sitio todavía acepta SSL 2, que lleva décadas roto.</translation>
    </message>
    <message>
        <source>SSL 3 is the newest protocol the site speaks; it is broken (POODLE).</source>
        <translation>SSL 3 es el protocolo más reciente que habla el sitio; está roto (POODLE).</translation>
    </message>
    <message>
        <source>The site accepts 1990s &quot;export&quot; ciphers that can be broken in hours (FREAK, Logjam).</source>
        <translation>El sitio acepta cifrados «de exportación» de los años noventa, que se pueden romper en horas (FREAK, Logjam).</translation>
    </message>
    <message>
        <source>The site accepts anonymous ciphers: anyone in the middle can read and change the traffic.</source>
        <translation>El sitio acepta cifrados anónimos: cualquiera que se interponga puede leer y cambiar el tráfico.</translation>
    </message>
    <message>
        <source>The site accepts ciphers weaker than 112 bits (or no encryption at all).</source>
        <translation>El sitio acepta cifrados de menos de 112 bits (o ningún cifrado).</translation>
    </message>
    <message>
        <source>The server is vulnerable to Heartbleed: attackers can read its memory, keys included.</source>
        <translation>El servidor es vulnerable a Heartbleed: un atacante puede leer su memoria, claves incluidas.</translation>
    </message>
    <message>
        <source>The server is vulnerable to CCS injection: attackers can decrypt its traffic.</source>
        <translation>El servidor es vulnerable a la inyección CCS: un atacante puede descifrar su tráfico.</translation>
    </message>
    <message>
        <source>The certificate is signed with MD5, which can be forged.</source>
        <translation>El certificado está firmado con MD5, que se puede falsificar.</translation>
    </message>
    <message>
        <source>The certificate is signed with MD2, which can be forged.</source>
        <translation>El certificado está firmado con MD2, que se puede falsificar.</translation>
    </message>
    <message>
        <source>The site speaks neither TLS 1.2 nor TLS 1.3.</source>
        <translation>El sitio no habla ni TLS 1.2 ni TLS 1.3.</translation>
    </message>
    <message>
        <source>The site uses the broken RC4 cipher even with TLS 1.1 or newer.</source>
        <translation>El sitio usa el cifrado RC4, que está roto, incluso con TLS 1.1 o posterior.</translation>
    </message>
    <message>
        <source>The site uses 64-bit block ciphers such as 3DES even with TLS 1.1 or newer (SWEET32).</source>
        <translation>El sitio usa cifrados de bloque de 64 bits como 3DES incluso con TLS 1.1 o posterior (SWEET32).</translation>
    </message>
    <message>
        <source>The server compresses TLS traffic, which leaks secrets such as cookies (CRIME).</source>
        <translation>El servidor comprime el tráfico TLS, lo que filtra secretos como las cookies (CRIME).</translation>
    </message>
    <message>
        <source>The server is vulnerable to POODLE.</source>
        <translation>El servidor es vulnerable a POODLE.</translation>
    </message>
    <message>
        <source>The site still accepts SSL 3.</source>
        <translation>El sitio todavía acepta SSL 3.</translation>
    </message>
    <message>
        <source>The site still accepts TLS 1.0, which browsers dropped in 2020.</source>
        <translation>El sitio todavía acepta TLS 1.0, que los navegadores abandonaron en 2020.</translation>
    </message>
    <message>
        <source>The site still accepts TLS 1.1, which browsers dropped in 2020.</source>
        <translation>El sitio todavía acepta TLS 1.1, que los navegadores abandonaron en 2020.</translation>
    </message>
    <message>
        <source>Modern browsers get no forward secrecy: a key stolen later unlocks recorded traffic.</source>
        <translation>Los navegadores modernos no obtienen confidencialidad directa (forward secrecy): una clave robada más adelante desbloquea el tráfico grabado.</translation>
    </message>
    <message>
        <source>The site offers no modern (AEAD) cipher such as AES-GCM or ChaCha20.</source>
        <translation>El sitio no ofrece ningún cifrado moderno (AEAD) como AES-GCM o ChaCha20.</translation>
    </message>
    <message>
        <source>The site still accepts the broken RC4 cipher.</source>
        <translation>El sitio todavía acepta el cifrado RC4, que está roto.</translation>
    </message>
    <message>
        <source>The server does not send the full certificate chain; some visitors will see errors.</source>
        <translation>El servidor no envía la cadena de certificados completa; algunos visitantes verán errores.</translation>
    </message>
    <message>
        <source>The site does not speak TLS 1.3 yet.</source>
        <translation>El sitio todavía no habla TLS 1.3.</translation>
    </message>
    <message>
        <source>The server does not support secure renegotiation (RFC 5746).</source>
        <translation>El servidor no admite la renegociación segura (RFC 5746).</translation>
    </message>
    <message>
        <source>HSTS is on but for less than 180 days, so browsers forget it too soon.</source>
        <translation>HSTS está activado, pero durante menos de 180 días, así que los navegadores lo olvidan demasiado pronto.</translation>
    </message>
    <message>
        <source>The site accepted no SSL or TLS protocol, so there is nothing to grade.</source>
        <translation>El sitio no aceptó ningún protocolo SSL ni TLS, así que no hay nada que calificar.</translation>
    </message>
    <message>
        <source>The probe could not learn which ciphers the site accepts, so it cannot grade it.</source>
        <translation>La prueba no pudo averiguar qué cifrados acepta el sitio, así que no puede calificarlo.</translation>
    </message>
    <message>
        <source>The key exchange strength was not measured; the certificate&apos;s key stands in for it.</source>
        <translation>No se midió la solidez del intercambio de claves; en su lugar cuenta la clave del certificado.</translation>
    </message>
    <message>
        <source>An A+ needs HSTS of at least 180 days, which tells browsers to always use HTTPS.</source>
        <translation>Una A+ requiere HSTS de al menos 180 días, que indica a los navegadores que usen siempre HTTPS.</translation>
    </message>
    <message>
        <source>The certificate is not for this site&apos;s name.</source>
        <translation>El certificado no es para el nombre de este sitio.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet.</source>
        <translation>El certificado todavía no es válido.</translation>
    </message>
    <message>
        <source>The certificate has expired.</source>
        <translation>El certificado ha caducado.</translation>
    </message>
    <message>
        <source>The certificate is self-signed: no browser trusts it.</source>
        <translation>El certificado está autofirmado: ningún navegador confía en él.</translation>
    </message>
    <message>
        <source>Browsers do not trust the certificate&apos;s issuer.</source>
        <translation>Los navegadores no confían en el emisor del certificado.</translation>
    </message>
    <message>
        <source>The site showed no certificate.</source>
        <translation>El sitio no presentó ningún certificado.</translation>
    </message>
</context>
<context>
    <name>TlsGradeView</name>
    <message>
        <source>No grade yet</source>
        <translation>Todavía no hay calificación</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Calificación %1</translation>
    </message>
    <message>
        <source>Once browsers trust the certificate, the site would get %1.</source>
        <translation>Cuando los navegadores confíen en el certificado, el sitio obtendrá una %1.</translation>
    </message>
    <message>
        <source>First look — the grade follows when the probe is done.</source>
        <translation>Primer vistazo — la calificación llegará cuando termine la prueba.</translation>
    </message>
    <message>
        <source>Excellent: your site&apos;s encryption is as good as it gets.</source>
        <translation>Excelente: el cifrado de tu sitio es inmejorable.</translation>
    </message>
    <message>
        <source>Good: your site&apos;s encryption protects your visitors well.</source>
        <translation>Bueno: el cifrado de tu sitio protege bien a tus visitantes.</translation>
    </message>
    <message>
        <source>Good, with a few things to tidy up.</source>
        <translation>Bueno, con algunas cosas que pulir.</translation>
    </message>
    <message>
        <source>Fair: visitors are protected, but some settings are out of date.</source>
        <translation>Aceptable: tus visitantes están protegidos, pero algunos ajustes están anticuados.</translation>
    </message>
    <message>
        <source>Weak: some settings put your visitors&apos; data at risk.</source>
        <translation>Débil: algunos ajustes ponen en riesgo los datos de tus visitantes.</translation>
    </message>
    <message>
        <source>Failing: attackers may be able to read or change what visitors send to your shop.</source>
        <translation>Suspenso: un atacante podría leer o cambiar lo que tus visitantes envían a tu tienda.</translation>
    </message>
    <message>
        <source>Browsers warn your visitors: they do not trust the site&apos;s certificate.</source>
        <translation>Los navegadores avisan a tus visitantes: no confían en el certificado del sitio.</translation>
    </message>
    <message>
        <source>Browsers warn your visitors: the certificate is for a different name.</source>
        <translation>Los navegadores avisan a tus visitantes: el certificado es para otro nombre.</translation>
    </message>
    <message>
        <source>The probe learned too little to give a grade.</source>
        <translation>La prueba averiguó demasiado poco para dar una calificación.</translation>
    </message>
</context>
<context>
    <name>TlsHandshake</name>
    <message>
        <source>The host name %1 is not valid.</source>
        <translation>El nombre de host %1 no es válido.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering.</source>
        <translation>El servidor cerró la conexión sin responder.</translation>
    </message>
    <message>
        <source>The server closed the connection in the middle of its answer.</source>
        <translation>El servidor cerró la conexión en mitad de su respuesta.</translation>
    </message>
    <message>
        <source>The site redirects in a loop: %1 leads back to a page already visited.</source>
        <translation>El sitio redirige en bucle: %1 lleva de vuelta a una página ya visitada.</translation>
    </message>
    <message>
        <source>The site redirects more than %1 times; the check stopped following it.</source>
        <translation>El sitio redirige más de %1 veces; la comprobación dejó de seguir las redirecciones.</translation>
    </message>
    <message>
        <source>Following the redirect to %1 failed: %2</source>
        <translation>No se pudo seguir la redirección a %1: %2</translation>
    </message>
</context>
<context>
    <name>TlsHistoryView</name>
    <message>
        <source>Earlier probes</source>
        <translation>Pruebas anteriores</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>TlsHttpView</name>
    <message>
        <source>Web server</source>
        <translation>Servidor web</translation>
    </message>
    <message>
        <source>The probe could not fetch the shop&apos;s home page over HTTPS, so these were not checked.</source>
        <translation>La prueba no pudo obtener la página de inicio de la tienda por HTTPS, así que esto no se comprobó.</translation>
    </message>
    <message>
        <source>HSTS (always use HTTPS):</source>
        <translation>HSTS (usar siempre HTTPS):</translation>
    </message>
    <message>
        <source>http:// sends visitors to https://:</source>
        <translation>http:// envía a los visitantes a https://:</translation>
    </message>
    <message>
        <source>Server software:</source>
        <translation>Software del servidor:</translation>
    </message>
    <message>
        <source>CDN in front of the shop:</source>
        <translation>CDN delante de la tienda:</translation>
    </message>
    <message>
        <source>Security headers</source>
        <translation>Cabeceras de seguridad</translation>
    </message>
    <message>
        <source>Security header</source>
        <translation>Cabecera de seguridad</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
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
        <translation>No: los navegadores aún pueden intentar primero http:// sin cifrar</translation>
    </message>
    <message>
        <source>Switched off (max-age=0)</source>
        <translation>Desactivado (max-age=0)</translation>
    </message>
    <message>
        <source>Yes, for 1 day</source>
        <translation>Sí, durante 1 día</translation>
    </message>
    <message numerus="yes">
        <source>Yes, for %Ln days</source>
        <translation>
            <numerusform>Sí, durante %Ln día</numerusform>
            <numerusform>Sí, durante %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>including subdomains</source>
        <translation>incluidos los subdominios</translation>
    </message>
    <message>
        <source>ready for the preload list</source>
        <translation>apto para la lista de precarga (preload)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>No comprobado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>No comprobado: %1</translation>
    </message>
    <message>
        <source>No: visitors who type the address without https:// are not moved to the encrypted site</source>
        <translation>No: los visitantes que escriben la dirección sin https:// no pasan al sitio cifrado</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(no se indica)</translation>
    </message>
    <message>
        <source>None recognised</source>
        <translation>No se reconoce ninguna</translation>
    </message>
    <message>
        <source>limits where scripts may come from</source>
        <translation>limita de dónde pueden venir los scripts</translation>
    </message>
    <message>
        <source>stops other sites framing your pages (clickjacking)</source>
        <translation>impide que otros sitios incrusten tus páginas (clickjacking)</translation>
    </message>
    <message>
        <source>stops browsers guessing file types</source>
        <translation>impide que los navegadores adivinen los tipos de archivo</translation>
    </message>
    <message>
        <source>keeps your addresses out of other sites&apos; logs</source>
        <translation>evita que tus direcciones aparezcan en los registros de otros sitios</translation>
    </message>
    <message>
        <source>turns off camera, microphone and such</source>
        <translation>desactiva la cámara, el micrófono y similares</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
</context>
<context>
    <name>TlsMozillaView</name>
    <message>
        <source>Differences from Mozilla&apos;s intermediate profile</source>
        <translation>Diferencias con el perfil intermedio de Mozilla</translation>
    </message>
    <message>
        <source>Mozilla&apos;s &quot;intermediate&quot; profile is the setup most hosts promise: TLS 1.2 and 1.3 only, modern ciphers, sound keys.</source>
        <translation>El perfil «intermedio» de Mozilla es la configuración que prometen la mayoría de los proveedores de alojamiento: solo TLS 1.2 y 1.3, cifrados modernos y claves sólidas.</translation>
    </message>
    <message>
        <source>The site meets Mozilla&apos;s intermediate profile.</source>
        <translation>El sitio cumple el perfil intermedio de Mozilla.</translation>
    </message>
    <message>
        <source>The site meets Mozilla&apos;s intermediate profile; a few recommendations remain.</source>
        <translation>El sitio cumple el perfil intermedio de Mozilla; quedan algunas recomendaciones.</translation>
    </message>
    <message>
        <source>The site does not meet Mozilla&apos;s intermediate profile.</source>
        <translation>El sitio no cumple el perfil intermedio de Mozilla.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendado</translation>
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
        <translation>Cifrado (TLS)</translation>
    </message>
    <message>
        <source>&amp;Probe</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>E&amp;xport as JSON…</source>
        <translation>E&amp;xportar como JSON…</translation>
    </message>
    <message>
        <source>Earlier pro&amp;bes</source>
        <translation>Pruebas a&amp;nteriores</translation>
    </message>
    <message>
        <source>Encryption keeps your customers&apos; passwords, addresses and card details private on their way to your shop, and browsers warn visitors away from a shop whose encryption is broken. Here Storefort checks your site the way a browser would and tells you what to ask your host to fix. Probe your site now, and again after every change your host makes.</source>
        <translation>El cifrado mantiene en privado las contraseñas, las direcciones y los datos de tarjeta de tus clientes mientras viajan hasta tu tienda, y los navegadores alejan a los visitantes de una tienda cuyo cifrado está roto. Aquí Storefort comprueba tu sitio como lo haría un navegador y te dice qué pedir a tu proveedor de alojamiento que arregle. Prueba tu sitio ahora, y otra vez después de cada cambio que haga tu proveedor de alojamiento.</translation>
    </message>
    <message>
        <source>Site to probe</source>
        <translation>Sitio que se va a probar</translation>
    </message>
    <message>
        <source>shop.example</source>
        <translation>tienda.example</translation>
    </message>
    <message>
        <source>The shop&apos;s address, from the shop profile; you may type another name or address</source>
        <translation>La dirección de la tienda, tomada del perfil de la tienda; puedes escribir otro nombre u otra dirección</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Sitio:</translation>
    </message>
    <message>
        <source>Check the site&apos;s encryption now (it takes up to a minute or two)</source>
        <translation>Comprobar ahora el cifrado del sitio (tarda hasta uno o dos minutos)</translation>
    </message>
    <message>
        <source>Cancel the probe</source>
        <translation>Cancelar la prueba</translation>
    </message>
    <message>
        <source>Probe progress</source>
        <translation>Progreso de la prueba</translation>
    </message>
    <message>
        <source>No probe yet. Check the site above and press Probe: the result appears here and is kept in the plan, so the next probe can say what changed.</source>
        <translation>Todavía no hay ninguna prueba. Revisa el sitio de arriba y pulsa Probar: el resultado aparece aquí y se guarda en el plan, para que la próxima prueba pueda decir qué ha cambiado.</translation>
    </message>
    <message>
        <source>Save the probe shown as a JSON file, e.g. to send it to your host</source>
        <translation>Guardar la prueba que se muestra como archivo JSON, por ejemplo para enviarla a tu proveedor de alojamiento</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Details of the probe</source>
        <translation>Detalles de la prueba</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>&amp;Hallazgos</translation>
    </message>
    <message>
        <source>P&amp;rotocols and ciphers</source>
        <translation>P&amp;rotocolos y cifrados</translation>
    </message>
    <message>
        <source>Cer&amp;tificate</source>
        <translation>Cer&amp;tificado</translation>
    </message>
    <message>
        <source>&amp;Web server</source>
        <translation>Servidor &amp;web</translation>
    </message>
    <message>
        <source>&amp;Mozilla profile</source>
        <translation>Perfil de &amp;Mozilla</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This is not an address Storefort can probe.</source>
        <translation>Storefort no puede probar esta dirección.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Buscando %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Step %1 of %2 — %3</source>
        <extracomment>&quot;Step 3 of 12 — Checking TLS 1.2 cipher suites&quot;</extracomment>
        <translation>Paso %1 de %2 — %3</translation>
    </message>
    <message>
        <source>First look at %1 — the probe goes on</source>
        <translation>Primer vistazo a %1 — la prueba continúa</translation>
    </message>
    <message>
        <source>• No protocol accepted so far.</source>
        <translation>• Por ahora no se ha aceptado ningún protocolo.</translation>
    </message>
    <message>
        <source>• Accepts %1.</source>
        <translation>• Acepta %1.</translation>
    </message>
    <message>
        <source>• No certificate seen yet.</source>
        <translation>• Todavía no se ha visto ningún certificado.</translation>
    </message>
    <message>
        <source>• The certificate is self-signed: browsers do not trust it.</source>
        <translation>• El certificado está autofirmado: los navegadores no confían en él.</translation>
    </message>
    <message>
        <source>• Browsers do not trust the certificate.</source>
        <translation>• Los navegadores no confían en el certificado.</translation>
    </message>
    <message>
        <source>• The certificate is for a different name.</source>
        <translation>• El certificado es para otro nombre.</translation>
    </message>
    <message>
        <source>• The certificate is trusted and matches the name.</source>
        <translation>• El certificado es de confianza y coincide con el nombre.</translation>
    </message>
    <message>
        <source>The findings follow when the probe is done.</source>
        <translation>Los hallazgos aparecerán cuando termine la prueba.</translation>
    </message>
    <message>
        <source>The probe learned nothing about the site.</source>
        <translation>La prueba no averiguó nada sobre el sitio.</translation>
    </message>
    <message>
        <source>The plan is read-only.</source>
        <translation>El plan es de solo lectura.</translation>
    </message>
    <message>
        <source>The probe was not kept in the plan.</source>
        <translation>La prueba no se guardó en el plan.</translation>
    </message>
    <message>
        <source>Probe of %1 just now (not kept)</source>
        <translation>Prueba de %1 hace un momento (sin guardar)</translation>
    </message>
    <message>
        <source>The probe could not be kept in the plan.</source>
        <translation>No se pudo guardar la prueba en el plan.</translation>
    </message>
    <message>
        <source>The probe is done and kept in the plan (%1 seconds).</source>
        <translation>La prueba ha terminado y se ha guardado en el plan (%1 segundos).</translation>
    </message>
    <message>
        <source>The site has %1 addresses; each has its own entry under Earlier probes.</source>
        <translation>El sitio tiene %1 direcciones; cada una tiene su propia entrada en Pruebas anteriores.</translation>
    </message>
    <message>
        <source>The probe was cancelled.</source>
        <translation>Se canceló la prueba.</translation>
    </message>
    <message>
        <source>Nothing was kept in the plan.</source>
        <translation>No se guardó nada en el plan.</translation>
    </message>
    <message>
        <source>The probe could not finish.</source>
        <translation>La prueba no pudo terminar.</translation>
    </message>
    <message>
        <source>The earlier probes could not be read.</source>
        <translation>No se pudieron leer las pruebas anteriores.</translation>
    </message>
    <message>
        <source>Earlier pro&amp;bes (%1)</source>
        <translation>Pruebas a&amp;nteriores (%1)</translation>
    </message>
    <message>
        <source>It is no longer in the plan.</source>
        <translation>Ya no está en el plan.</translation>
    </message>
    <message>
        <source>This probe could not be read from the plan.</source>
        <translation>No se pudo leer esta prueba del plan.</translation>
    </message>
    <message>
        <source>Probe of %1 on %2</source>
        <translation>Prueba de %1 del %2</translation>
    </message>
    <message>
        <source>The probe could not learn everything.</source>
        <translation>La prueba no pudo averiguarlo todo.</translation>
    </message>
    <message>
        <source>Export the Probe as JSON</source>
        <translation>Exportar la prueba como JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>The probe could not be saved as %1: %2</source>
        <translation>No se pudo guardar la prueba como %1: %2</translation>
    </message>
    <message>
        <source>The probe was saved.</source>
        <translation>Se ha guardado la prueba.</translation>
    </message>
    <message>
        <source>It is in %1.</source>
        <translation>Está en %1.</translation>
    </message>
</context>
<context>
    <name>TlsProbe</name>
    <message>
        <source>%1 is not an IP address.</source>
        <translation>%1 no es una dirección IP.</translation>
    </message>
    <message>
        <source>The name %1 could not be found (DNS): check the spelling, or whether this computer is online.</source>
        <translation>No se encontró el nombre %1 (DNS): revisa cómo está escrito o si este ordenador tiene conexión a internet.</translation>
    </message>
    <message>
        <source>%1 has no IPv6 address.</source>
        <translation>%1 no tiene dirección IPv6.</translation>
    </message>
    <message>
        <source>%1 has no IPv4 address.</source>
        <translation>%1 no tiene dirección IPv4.</translation>
    </message>
    <message>
        <source>%1 stopped accepting connections: %2</source>
        <translation>%1 dejó de aceptar conexiones: %2</translation>
    </message>
    <message>
        <source>The probe was stopped.</source>
        <translation>Se detuvo la prueba.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Comprobando %1</translation>
    </message>
    <message>
        <source>Reading the certificate and the web server&apos;s answer</source>
        <translation>Leyendo el certificado y la respuesta del servidor web</translation>
    </message>
    <message>
        <source>Checking the %1 cipher suites</source>
        <translation>Comprobando las suites de cifrado de %1</translation>
    </message>
    <message>
        <source>Checking the key exchange groups</source>
        <translation>Comprobando los grupos de intercambio de claves</translation>
    </message>
    <message>
        <source>Checking for known flaws</source>
        <translation>Buscando fallos conocidos</translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 no respondió: %2</translation>
    </message>
    <message>
        <source>%1 closed every connection without a word. It may not speak TLS on this port, or it may be blocking this computer.</source>
        <translation>%1 cerró todas las conexiones sin decir nada. Puede que no hable TLS en este puerto o que esté bloqueando este ordenador.</translation>
    </message>
    <message>
        <source>%1 refused every SSL and TLS version.</source>
        <translation>%1 rechazó todas las versiones de SSL y TLS.</translation>
    </message>
    <message>
        <source>%1 does not speak SSL or TLS: %2</source>
        <translation>%1 no habla SSL ni TLS: %2</translation>
    </message>
    <message>
        <source>The certificate could not be read: %1</source>
        <translation>No se pudo leer el certificado: %1</translation>
    </message>
    <message>
        <source>The checks for known flaws could not run: %1</source>
        <translation>No se pudieron hacer las comprobaciones de fallos conocidos: %1</translation>
    </message>
    <message>
        <source>The probe was cancelled.</source>
        <translation>Se canceló la prueba.</translation>
    </message>
    <message>
        <source>The address %1 could not be probed: %2</source>
        <translation>No se pudo probar la dirección %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a site address. Write it like shop.example, shop.example:8443 or https://shop.example/.</source>
        <translation>«%1» no es una dirección de sitio. Escríbela como tienda.example, tienda.example:8443 o https://tienda.example/.</translation>
    </message>
    <message>
        <source>Enter the address of the site to probe.</source>
        <translation>Escribe la dirección del sitio que quieres probar.</translation>
    </message>
    <message numerus="yes">
        <source>The probe did not finish within %n second(s) and was stopped. The server answers very slowly, or holds connections open without answering.</source>
        <translation>
            <numerusform>La prueba no terminó en %n segundo y se detuvo. El servidor responde muy despacio o mantiene conexiones abiertas sin responder.</numerusform>
            <numerusform>La prueba no terminó en %n segundos y se detuvo. El servidor responde muy despacio o mantiene conexiones abiertas sin responder.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 began an answer but never completed one, so it is counted as not accepted.</source>
        <translation>%1 empezó una respuesta pero nunca la terminó, así que cuenta como no aceptado.</translation>
    </message>
</context>
<context>
    <name>TlsProbeJson</name>
    <message>
        <source>This is not a probe result Storefort can read.</source>
        <translation>Esto no es un resultado de prueba que Storefort pueda leer.</translation>
    </message>
    <message>
        <source>This kept probe is damaged: %1</source>
        <translation>Esta prueba guardada está dañada: %1</translation>
    </message>
</context>
<context>
    <name>TlsProtocolTable</name>
    <message>
        <source>Protocols and cipher suites</source>
        <translation>Protocolos y suites de cifrado</translation>
    </message>
    <message>
        <source>Protocol or cipher suite</source>
        <translation>Protocolo o suite de cifrado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Solidez</translation>
    </message>
    <message>
        <source>Forward secrecy</source>
        <translation>Confidencialidad directa</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>No comprobado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>1 cipher suite</source>
        <translation>1 suite de cifrado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cipher suites</source>
        <translation>
            <numerusform>%Ln suite de cifrado</numerusform>
            <numerusform>%Ln suites de cifrado</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken: turn it off</source>
        <translation>Roto: desactívalo</translation>
    </message>
    <message>
        <source>Good: off</source>
        <translation>Bien: desactivado</translation>
    </message>
    <message>
        <source>Outdated: turn it off</source>
        <translation>Obsoleto: desactívalo</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Off: some older browsers cannot connect</source>
        <translation>Desactivado: algunos navegadores antiguos no pueden conectarse</translation>
    </message>
    <message>
        <source>Missing: turn it on</source>
        <translation>Falta: actívalo</translation>
    </message>
    <message>
        <source>Missing: worth turning on</source>
        <translation>Falta: conviene activarlo</translation>
    </message>
    <message>
        <source>%1 (the server&apos;s choice)</source>
        <translation>%1 (la elección del servidor)</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>Insecure</source>
        <translation>Inseguro</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>VulnerabilityChecks</name>
    <message>
        <source>The server no longer answers a %1 hello: %2</source>
        <translation>El servidor ya no responde a un hello %1: %2</translation>
    </message>
    <message>
        <source>no ServerHello came back</source>
        <translation>no llegó ningún ServerHello</translation>
    </message>
    <message>
        <source>The server no longer accepts the %1 hello it accepted before: %2</source>
        <translation>El servidor ya no acepta el hello %1 que aceptaba antes: %2</translation>
    </message>
    <message>
        <source>The server accepted no SSL 3 or TLS version, so there is nothing to check.</source>
        <translation>El servidor no aceptó ninguna versión de SSL 3 ni de TLS, así que no hay nada que comprobar.</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <source>Welcome to Storefort</source>
        <translation>Te damos la bienvenida a Storefort</translation>
    </message>
    <message>
        <source>Set Up the Shop</source>
        <translation>Configurar la tienda</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The plan is no longer open.</source>
        <translation>El plan ya no está abierto.</translation>
    </message>
</context>
<context>
    <name>WelcomeWizardPage</name>
    <message>
        <source>Welcome to Storefort</source>
        <translation>Te damos la bienvenida a Storefort</translation>
    </message>
    <message>
        <source>Storefort helps you plan your shop&apos;s security, one step at a time and in plain words.</source>
        <translation>Storefort te ayuda a planificar la seguridad de tu tienda, paso a paso y con palabras sencillas.</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <extracomment>The welcome&apos;s Cancel button: dismisses the welcome for this plan</extracomment>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>&amp;Set Up My Shop</source>
        <extracomment>The welcome&apos;s Next button</extracomment>
        <translation>&amp;Configurar mi tienda</translation>
    </message>
    <message>
        <source>Walk you through the plan step by step, and show how far along your shop is.</source>
        <translation>Guiarte por el plan paso a paso y mostrarte cuánto ha avanzado tu tienda.</translation>
    </message>
    <message>
        <source>Check your site&apos;s encryption, the way a visitor&apos;s browser sees it.</source>
        <translation>Comprobar el cifrado de tu sitio, tal como lo ve el navegador de un visitante.</translation>
    </message>
    <message>
        <source>Keep on file what your host, CDN and developers promised you, and ask again when their answers grow old.</source>
        <translation>Guardar lo que te prometieron tu proveedor de alojamiento, tu CDN y tus desarrolladores, y volver a preguntar cuando sus respuestas se queden antiguas.</translation>
    </message>
    <message>
        <source>Check who can get into your shop&apos;s accounts, and whether they still should.</source>
        <translation>Comprobar quién puede entrar en las cuentas de tu tienda y si todavía debería poder hacerlo.</translation>
    </message>
    <message>
        <source>Plan what to do when your site is flooded by an attack (DDoS).</source>
        <translation>Planificar qué hacer cuando un ataque inunde tu sitio (DDoS).</translation>
    </message>
    <message>
        <source>Print a binder with everything you need at hand on a bad day.</source>
        <translation>Imprimir una carpeta con todo lo que necesitas tener a mano en un mal día.</translation>
    </message>
    <message>
        <source>Send anything anywhere but to your own site, and only to check it when you ask.</source>
        <translation>Enviar nada a ningún sitio salvo a tu propio sitio web, y solo para comprobarlo cuando tú lo pidas.</translation>
    </message>
    <message>
        <source>Store a password or any other secret anywhere but your system&apos;s keychain.</source>
        <translation>Guardar una contraseña u otro secreto en cualquier lugar que no sea el llavero de tu sistema.</translation>
    </message>
    <message>
        <source>What Storefort will do</source>
        <translation>Lo que hará Storefort</translation>
    </message>
    <message>
        <source>What Storefort will never do</source>
        <translation>Lo que Storefort nunca hará</translation>
    </message>
    <message>
        <source>First, a few questions about your shop: its name and address, who works on it, and which companies it relies on. It takes about five minutes, and you can change every answer later.</source>
        <translation>Primero, unas preguntas sobre tu tienda: su nombre y dirección, quién trabaja en ella y de qué empresas depende. Se tarda unos cinco minutos y puedes cambiar cualquier respuesta más adelante.</translation>
    </message>
</context>
<context>
    <name>WithdrawAcceptanceCommand</name>
    <message>
        <source>Withdraw the acceptance of “%1”</source>
        <translation>Retirar la aceptación de «%1»</translation>
    </message>
    <message>
        <source>No plan is open.</source>
        <translation>No hay ningún plan abierto.</translation>
    </message>
    <message>
        <source>That finding is not accepted.</source>
        <translation>Ese hallazgo no está aceptado.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan and keep the security of your online shop.</source>
        <translation>Planifica y mantén la seguridad de tu tienda en línea.</translation>
    </message>
    <message>
        <source>The plan to open (a .storefort file).</source>
        <translation>El plan que se abrirá (un archivo .storefort).</translation>
    </message>
</context>
<context>
    <name>storefort-cli</name>
    <message>
        <source>unknown command &quot;%1&quot;.
%2</source>
        <translation>comando desconocido «%1».
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
        <translation>Uso: storefort-cli COMMAND ...

Comandos:
  plan new PATH --shop NAME [--url URL]... [--platform KEY]   crear un plan
  plan show PATH [--json]                                      mostrar la tienda y el equipo
  audit log PATH [--json] [--area AREA] [--person NAME] [--since DATE] [--until DATE]
                                                               listar el historial de cambios
  audit verify PATH                                            comprobar que el historial está intacto
  probe HOST[:PORT] [--json] [--plan PATH] [...]               probar el TLS del sitio (ver probe --help)
  probe --hosts FILE [--jobs N]                                probar muchos sitios, una línea JSON por sitio
  providers list PLAN [--json]                                 listar los proveedores y sus respuestas
  providers add PLAN --name NAME --kind KIND [...]             añadir un proveedor (ver providers add --help)
  providers show PLAN --provider ID [--json]                   un proveedor: cada respuesta, quién la dio y cuándo
  providers check PLAN [--json]                                lo que dejan pendiente las respuestas de los proveedores
  questionnaire export PLAN --provider ID --format text|pdf|csv -o FILE [--outstanding]
                                                               escribir el correo, la carta o el archivo para rellenar
  questionnaire import PLAN --provider ID FILE [--dry-run] [--take-valid]
                                                               registrar un archivo para rellenar devuelto
  accounts import PLAN --format FORMAT FILE [--system ID] [--map MAPPING.json] [--dry-run]
                  [--skip-errors]                              importar cuentas de una exportación
  accounts list PLAN [--system ID] [--json]                    listar las cuentas registradas
  accounts systems PLAN [--json]                               listar los sistemas en los que están las cuentas
  accounts add-system PLAN --kind KIND --name NAME [--provider ID]
                                                               añadir un sistema
  accounts check PLAN [--json]                                 quién puede entrar: los hallazgos de las cuentas
  accounts letter PLAN --person ID -o FILE [--format text|pdf] [--no-record]
                                                               escribir la carta de confirmación para un desarrollador
  binder PLAN -o FILE.pdf [--paper a4|letter]                  escribir la carpeta de contingencia
  report PLAN -o FILE.pdf [--paper a4|letter]                  escribir el informe completo del plan
  verify PLAN [--json] [--item ID]                             comprobar los elementos de recuperación y registrar el resultado
  calendar PLAN -o FILE.ics                                    escribir las fechas de revisión como recordatorios
  findings PLAN [--csv FILE] [--json] [--step KEY] [--open]    los hallazgos de todos los pasos en una lista
  score PLAN [--json]                                          la puntuación de preparación y de qué se compone

Opciones:
  --version   mostrar la versión
  --help      mostrar esta ayuda

Códigos de salida: 0 éxito, 1 error, 2 uso incorrecto, 3 el historial se ha manipulado (audit verify) o una comprobación ha fallado (verify).</translation>
    </message>
</context>
</TS>
