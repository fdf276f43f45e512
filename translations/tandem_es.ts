<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>DemoDatabase</name>
    <message>
        <source>the file already exists</source>
        <translation>el archivo ya existe</translation>
    </message>
    <message>
        <source>cannot create the folder for the demo database</source>
        <translation>no se puede crear la carpeta para la base de datos de demostración</translation>
    </message>
    <message>
        <source>Demo Task Force</source>
        <translation>Grupo de trabajo conjunto de demostración</translation>
    </message>
    <message>
        <source>Making the demo database of invented operations…</source>
        <translation>Creando la base de datos de demostración con operaciones ficticias…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Base de datos de demostración</translation>
    </message>
    <message>
        <source>the demo is open in another Tandem window; close it there first</source>
        <translation>la demostración está abierta en otra ventana de Tandem; ciérrela allí primero</translation>
    </message>
    <message>
        <source>cannot put the fresh demo database in place of the old one</source>
        <translation>no se puede poner la nueva base de datos de demostración en lugar de la anterior</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Joint operations and survivor assistance for anti-trafficking task forces.</source>
        <translation>Operaciones conjuntas y asistencia a supervivientes para grupos de trabajo conjuntos contra la trata de personas.</translation>
    </message>
    <message>
        <source>Open the demo database of invented operations (made on first use).</source>
        <translation>Abrir la base de datos de demostración con operaciones ficticias (se crea la primera vez que se usa).</translation>
    </message>
    <message>
        <source>The Tandem file to open. Without one, the file opened last, or else the welcome screen.</source>
        <translation>El archivo de Tandem que se abrirá. Si no se indica ninguno, el último archivo abierto o, en su defecto, la pantalla de bienvenida.</translation>
    </message>
    <message>
        <source>Try &apos;tandem --help&apos;.</source>
        <translation>Pruebe &apos;tandem --help&apos;.</translation>
    </message>
    <message>
        <source>give one FILE at most</source>
        <translation>indique un FILE como máximo</translation>
    </message>
    <message>
        <source>give either a FILE or --demo, not both</source>
        <translation>indique un FILE o --demo, no ambos</translation>
    </message>
</context>
<context>
    <name>tandem::Actions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Make a new Tandem file for your office</source>
        <translation>Crear un archivo de Tandem nuevo para su oficina</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a Tandem file</source>
        <translation>Abrir un archivo de Tandem</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>Abrir la &amp;demostración</translation>
    </message>
    <message>
        <source>Open the demo database of invented operations, making it on first use</source>
        <translation>Abrir la base de datos de demostración con operaciones ficticias, creándola la primera vez que se usa</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the open file</source>
        <translation>Cerrar el archivo abierto</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
    <message>
        <source>Forget the recently opened files</source>
        <translation>Olvidar los archivos abiertos recientemente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Tandem</source>
        <translation>Salir de Tandem</translation>
    </message>
    <message>
        <source>&amp;About Tandem</source>
        <translation>&amp;Acerca de Tandem</translation>
    </message>
    <message>
        <source>The version and licence of Tandem</source>
        <translation>La versión y la licencia de Tandem</translation>
    </message>
    <message>
        <source>Tandem &amp;Guide</source>
        <translation>&amp;Guía de Tandem</translation>
    </message>
    <message>
        <source>How to plan operations, follow survivors&apos; checklists and exchange with partners</source>
        <translation>Cómo planificar operaciones, seguir las listas de control de los supervivientes e intercambiar datos con las oficinas asociadas</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>This Office&apos;s &amp;Key Card…</source>
        <translation>&amp;Tarjeta de clave de esta oficina…</translation>
    </message>
    <message>
        <source>Show this office&apos;s fingerprint and save its key card for partners</source>
        <translation>Mostrar la huella de esta oficina y guardar su tarjeta de clave para las oficinas asociadas</translation>
    </message>
    <message>
        <source>&amp;Trust a Partner Office…</source>
        <translation>&amp;Confiar en una oficina asociada…</translation>
    </message>
    <message>
        <source>Trust a partner office from its key card</source>
        <translation>Confiar en una oficina asociada a partir de su tarjeta de clave</translation>
    </message>
    <message>
        <source>&amp;Export for Partners…</source>
        <translation>&amp;Exportar para las oficinas asociadas…</translation>
    </message>
    <message>
        <source>Write a signed, encrypted bundle for partner offices</source>
        <translation>Escribir un paquete firmado y cifrado para las oficinas asociadas</translation>
    </message>
    <message>
        <source>&amp;Merge a Bundle…</source>
        <translation>&amp;Fusionar un paquete…</translation>
    </message>
    <message>
        <source>Merge a bundle from a partner office</source>
        <translation>Fusionar un paquete de una oficina asociada</translation>
    </message>
    <message>
        <source>&amp;Lock the Office Keys</source>
        <translation>&amp;Bloquear las claves de la oficina</translation>
    </message>
    <message>
        <source>Forget the unlocked office keys: the passphrase is asked again</source>
        <translation>Olvidar las claves de la oficina desbloqueadas: se volverá a pedir la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>Inter&amp;cambio</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Operation Order / Briefing Pack…</source>
        <translation>&amp;Orden de operaciones / documentación de la reunión informativa…</translation>
    </message>
    <message>
        <source>Write, preview or print the operation order of the selected operation</source>
        <translation>Generar, previsualizar o imprimir la orden de operaciones de la operación seleccionada</translation>
    </message>
    <message>
        <source>&amp;After-Action Report…</source>
        <translation>&amp;Informe posterior a la acción…</translation>
    </message>
    <message>
        <source>Write, preview or print the after-action report of the selected operation</source>
        <translation>Generar, previsualizar o imprimir el informe posterior a la acción de la operación seleccionada</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>Figures of the task force&apos;s joint work over a period</source>
        <translation>Cifras de la labor conjunta del grupo de trabajo conjunto durante un periodo</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open file to a new file</source>
        <translation>Escribir una copia coherente del archivo abierto en un archivo nuevo</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Res&amp;taurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Put one of the file&apos;s automatic backups in its place</source>
        <translation>Poner en su lugar una de las copias de seguridad automáticas del archivo</translation>
    </message>
    <message>
        <source>&amp;Unlock Survivors&apos; Identities…</source>
        <translation>&amp;Desbloquear las identidades de los supervivientes…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>I&amp;nforme</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Seguridad</translation>
    </message>
    <message>
        <source>Back &amp;Up Now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Back the open file up now, beside it, with its other backups</source>
        <translation>Hace ahora una copia de seguridad del archivo abierto, junto a él, con sus otras copias</translation>
    </message>
    <message>
        <source>The language, how long the office keys stay unlocked when unused, and backups</source>
        <translation>El idioma, cuánto tiempo siguen desbloqueadas las claves de la oficina sin usarse, y las copias de seguridad</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y As…</source>
        <translation>Guardar una c&amp;opia como…</translation>
    </message>
    <message>
        <source>&amp;Reset the Demo…</source>
        <translation>&amp;Restablecer la demostración…</translation>
    </message>
    <message>
        <source>Replace the demo database with a fresh one, made for today</source>
        <translation>Sustituir la base de datos de demostración por una nueva, hecha para hoy</translation>
    </message>
    <message>
        <source>P&amp;eople…</source>
        <translation>&amp;Personas…</translation>
    </message>
    <message>
        <source>The people of this office, their roles and passphrases</source>
        <translation>Las personas de esta oficina, sus funciones y frases de contraseña</translation>
    </message>
    <message>
        <source>Enter your passphrase to read survivors&apos; identifying details</source>
        <translation>Introduzca su frase de contraseña para leer los datos identificativos de los supervivientes</translation>
    </message>
    <message>
        <source>Change Your &amp;Passphrase…</source>
        <translation>Cambiar su &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>Wrap your key slot with a new passphrase; no record changes</source>
        <translation>Proteger su ranura de claves con una nueva frase de contraseña; ningún registro cambia</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>Exportar &amp;calendario…</translation>
    </message>
    <message>
        <source>Write briefings, meetings and open action items as an iCalendar file for a desktop or phone calendar (code names and times only)</source>
        <translation>Escribir las reuniones informativas, las reuniones y las acciones pendientes como un archivo iCalendar para un calendario de escritorio o de teléfono (solo nombres en clave y horas)</translation>
    </message>
    <message>
        <source>Exchange &amp;Folder…</source>
        <translation>Carpeta de &amp;intercambio…</translation>
    </message>
    <message>
        <source>Exchange with partners on its own through a folder kept in step by a sync engine</source>
        <translation>Intercambiar con los socios por sí solo a través de una carpeta que mantiene sincronizada un motor de sincronización</translation>
    </message>
    <message>
        <source>&amp;Machines of This Office…</source>
        <translation>&amp;Equipos de esta oficina…</translation>
    </message>
    <message>
        <source>The computers that keep this office&apos;s file and exchange everything of it</source>
        <translation>Los ordenadores que guardan el archivo de esta oficina e intercambian todo su contenido</translation>
    </message>
    <message>
        <source>&amp;Invite a Machine…</source>
        <translation>&amp;Invitar a un equipo…</translation>
    </message>
    <message>
        <source>Write an invitation that makes another computer a machine of this office</source>
        <translation>Escribir una invitación que convierte otro ordenador en un equipo de esta oficina</translation>
    </message>
    <message>
        <source>&amp;Join an Office as Another Machine…</source>
        <translation>&amp;Unirse a una oficina como otro equipo…</translation>
    </message>
    <message>
        <source>Make this computer a machine of an office, from an invitation a lead of it wrote</source>
        <translation>Convertir este ordenador en un equipo de una oficina, a partir de una invitación escrita por uno de sus responsables</translation>
    </message>
</context>
<context>
    <name>tandem::AddPersonDialog</name>
    <message>
        <source>Add a Person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>Ninguna agencia</translation>
    </message>
    <message>
        <source>Only a lead or a liaison can open survivors&apos; identities: their passphrase unlocks the identity key, anyone else&apos;s does not.</source>
        <translation>Solo un responsable o un enlace puede abrir las identidades de los sobrevivientes: su frase de contraseña desbloquea la clave de identidad, la de cualquier otra persona no.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Funciones:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gencia:</translation>
    </message>
    <message>
        <source>Their own passphrase (they type it, twice):</source>
        <translation>Su propia frase de contraseña (la escribe la persona, dos veces):</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Añadir</translation>
    </message>
</context>
<context>
    <name>tandem::AgencyActionItems</name>
    <message>
        <source>Action item</source>
        <translation>Tarea acordada</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Acordada en</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Open action items of this agency</source>
        <translation>Tareas acordadas pendientes de este organismo</translation>
    </message>
    <message>
        <source>The agency&apos;s action items could not be read.</source>
        <translation>No se han podido leer las tareas acordadas del organismo.</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin fecha de vencimiento</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (vencida)</translation>
    </message>
    <message>
        <source>No open action items</source>
        <translation>No hay tareas acordadas pendientes</translation>
    </message>
    <message>
        <source>Open action items (the first %L1)</source>
        <translation>Tareas acordadas pendientes (las primeras %L1)</translation>
    </message>
    <message>
        <source>Open action items (%L1)</source>
        <translation>Tareas acordadas pendientes (%L1)</translation>
    </message>
</context>
<context>
    <name>tandem::AgencyFieldEditor</name>
    <message>
        <source>Type to find an agency, or a new name</source>
        <translation>Escriba para buscar un organismo o un nombre nuevo</translation>
    </message>
    <message>
        <source>(deleted agency)</source>
        <translation>(organismo eliminado)</translation>
    </message>
    <message>
        <source>New Agency</source>
        <translation>Nuevo organismo</translation>
    </message>
    <message>
        <source>“%1” is not in the directory. To add it, choose what kind of agency it is:</source>
        <translation>“%1” no está en el directorio. Para añadirlo, elija qué tipo de organismo es:</translation>
    </message>
    <message>
        <source>Add agency %1</source>
        <translation>Añadir organismo %1</translation>
    </message>
</context>
<context>
    <name>tandem::AttachmentPreview</name>
    <message>
        <source>The image is %1 × %2 pixels, too large to show here. Save a copy to open it elsewhere.</source>
        <translation>La imagen mide %1 × %2 píxeles, es demasiado grande para mostrarla aquí. Guarde una copia para abrirla con otra aplicación.</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1.</source>
        <translation>No se puede mostrar la imagen: %1.</translation>
    </message>
    <message>
        <source>%1 — Preview</source>
        <translation>%1 — Vista previa</translation>
    </message>
    <message>
        <source>The PDF cannot be shown (it is damaged, protected or not a PDF). Save a copy to open it elsewhere.</source>
        <translation>No se puede mostrar el PDF (está dañado, protegido o no es un PDF). Guarde una copia para abrirlo con otra aplicación.</translation>
    </message>
</context>
<context>
    <name>tandem::Attachments</name>
    <message>
        <source>a survivor&apos;s attachments are locked: a lead&apos;s or liaison&apos;s passphrase opens them</source>
        <translation>los archivos adjuntos de un superviviente están bloqueados: los abre la frase de contraseña de un responsable o de un enlace</translation>
    </message>
    <message>
        <source>a part of the file does not open with this office&apos;s key</source>
        <translation>una parte del archivo no se abre con la clave de esta oficina</translation>
    </message>
    <message>
        <source>a file name is needed</source>
        <translation>se necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name</source>
        <translation>«%1» no es un nombre de archivo</translation>
    </message>
    <message>
        <source>a file name has no folders in it (no / or \)</source>
        <translation>un nombre de archivo no contiene carpetas (ni / ni \)</translation>
    </message>
    <message>
        <source>a file name has no control characters</source>
        <translation>un nombre de archivo no contiene caracteres de control</translation>
    </message>
    <message>
        <source>the content is a JSON array of chunk names</source>
        <translation>el contenido es una matriz JSON de nombres de fragmentos</translation>
    </message>
    <message>
        <source>the content is a JSON array of chunk names (64 hexadecimal digits each)</source>
        <translation>el contenido es una matriz JSON de nombres de fragmentos (de 64 dígitos hexadecimales cada uno)</translation>
    </message>
    <message>
        <source>the size does not match the content&apos;s chunks</source>
        <translation>el tamaño no coincide con los fragmentos del contenido</translation>
    </message>
    <message>
        <source>the largest attachment is between 1 MB and %1</source>
        <translation>el tamaño máximo de un archivo adjunto está entre 1 MB y %1</translation>
    </message>
    <message>
        <source>files attach to an operation, a target, a warrant, a survivor, a meeting or a tip, not to &quot;%1&quot;</source>
        <translation>los archivos se adjuntan a una operación, un objetivo, una orden judicial, un superviviente, una reunión o un aviso, no a «%1»</translation>
    </message>
    <message>
        <source>the file is %1, larger than the %2 this office attaches (Preferences)</source>
        <translation>el archivo ocupa %1, más que los %2 que adjunta esta oficina (Preferencias)</translation>
    </message>
    <message>
        <source>files can only be attached once this office has its keys: set the office passphrase first</source>
        <translation>solo se pueden adjuntar archivos cuando esta oficina tiene sus claves: establezca primero la frase de contraseña de la oficina</translation>
    </message>
    <message>
        <source>the file ended before its %1 were read: it changed while it was attached</source>
        <translation>el archivo terminó antes de que se leyeran sus %1: cambió mientras se adjuntaba</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>no se ha podido leer el archivo: %1</translation>
    </message>
    <message>
        <source>attaching cancelled; nothing was kept</source>
        <translation>se ha cancelado la acción de adjuntar; no se ha guardado nada</translation>
    </message>
    <message>
        <source>the file changed while it was attached; nothing was kept</source>
        <translation>el archivo cambió mientras se adjuntaba; no se ha guardado nada</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <source>there is no attachment with this id</source>
        <translation>no hay ningún archivo adjunto con este identificador</translation>
    </message>
    <message>
        <source>a part of the file is missing from this file (chunk %1)</source>
        <translation>falta en este archivo una parte del archivo adjunto (fragmento %1)</translation>
    </message>
    <message>
        <source>a part of the file was altered (chunk %1)</source>
        <translation>una parte del archivo se ha alterado (fragmento %1)</translation>
    </message>
    <message>
        <source>the file could not be written: %1</source>
        <translation>no se ha podido escribir el archivo: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the file&apos;s parts add up to %1, not the %2 it had</source>
        <translation>las partes del archivo suman %1, no los %2 que tenía</translation>
    </message>
    <message>
        <source>the file is %1, too large to show here (at most %2)</source>
        <translation>el archivo ocupa %1, demasiado para mostrarlo aquí (como máximo %2)</translation>
    </message>
    <message>
        <source>a part of an attached file is missing (chunk %1)</source>
        <translation>falta una parte de un archivo adjunto (fragmento %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the name of a part of an attached file</source>
        <translation>«%1» no es el nombre de una parte de un archivo adjunto</translation>
    </message>
    <message>
        <source>files can only be kept once this office has its keys: set the office passphrase first</source>
        <translation>solo se pueden guardar archivos cuando esta oficina tiene sus claves: establezca primero la frase de contraseña de la oficina</translation>
    </message>
    <message>
        <source>only a lead sets the largest attached file: %1</source>
        <translation>solo un responsable fija el tamaño máximo de los archivos adjuntos: %1</translation>
    </message>
</context>
<context>
    <name>tandem::AttachmentsPanel</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Image (%1)</source>
        <translation>Imagen (%1)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Otro archivo</translation>
    </message>
    <message>
        <source>Attach File…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Attached by</source>
        <translation>Adjuntado por</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Adjuntado</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Attach a file to this record (Ctrl+Shift+F); you can also drop files on the list</source>
        <translation>Adjuntar un archivo a este registro (Ctrl+Shift+F); también puede soltar archivos en la lista</translation>
    </message>
    <message>
        <source>Show the selected file (Return or double-click)</source>
        <translation>Mostrar el archivo seleccionado (Return o doble clic)</translation>
    </message>
    <message>
        <source>Write a copy of the selected file to a folder you choose</source>
        <translation>Escribir una copia del archivo seleccionado en la carpeta que elija</translation>
    </message>
    <message>
        <source>Remove the selected file from this record (Delete); Undo brings it back</source>
        <translation>Quitar el archivo seleccionado de este registro (Delete); Deshacer lo recupera</translation>
    </message>
    <message>
        <source>Attach a File</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>(locked: unlock identities to see it)</source>
        <translation>(bloqueado: desbloquee las identidades para verlo)</translation>
    </message>
    <message>
        <source>“%1” could not be attached</source>
        <translation>No se ha podido adjuntar “%1”</translation>
    </message>
    <message>
        <source>this is not a file</source>
        <translation>esto no es un archivo</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <source>the file is %1, larger than the %2 this office attaches (Edit ▸ Preferences)</source>
        <translation>el archivo ocupa %1, más que los %2 que adjunta esta oficina (Editar ▸ Preferencias)</translation>
    </message>
    <message>
        <source>the office&apos;s keys are not at hand</source>
        <translation>las claves de la oficina no están disponibles</translation>
    </message>
    <message>
        <source>Attaching a file needs the office&apos;s keys: it is kept encrypted, named by a keyed hash.</source>
        <translation>Para adjuntar un archivo se necesitan las claves de la oficina: se guarda cifrado y se nombra con un hash con clave.</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>no se ha podido leer el archivo: %1</translation>
    </message>
    <message>
        <source>Attaching “%1”…</source>
        <translation>Adjuntando “%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Attach “%1”</source>
        <translation>Adjuntar “%1”</translation>
    </message>
    <message>
        <source>the survivor&apos;s file</source>
        <translation>el archivo del superviviente</translation>
    </message>
    <message>
        <source>“%1” could not be opened</source>
        <translation>No se ha podido abrir “%1”</translation>
    </message>
    <message>
        <source>Opening an attached file needs the office&apos;s keys.</source>
        <translation>Para abrir un archivo adjunto se necesitan las claves de la oficina.</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>A survivor&apos;s files are not handed to other applications.</source>
        <translation>Los archivos de un superviviente no se entregan a otras aplicaciones.</translation>
    </message>
    <message>
        <source>Tandem shows images and PDFs itself. To open another kind of file, save a copy with Save As… where you choose, and delete it when you are done.</source>
        <translation>Tandem muestra por sí mismo las imágenes y los PDF. Para abrir otro tipo de archivo, guarde una copia con Guardar como… donde elija y elimínela cuando termine.</translation>
    </message>
    <message>
        <source>Open “%1” with the application your desktop uses for this kind of file?</source>
        <translation>¿Abrir “%1” con la aplicación que su escritorio usa para este tipo de archivo?</translation>
    </message>
    <message>
        <source>Tandem writes a copy to a private temporary folder for that application and deletes it when Tandem closes. A file from a partner may be harmful: open only what you expect.</source>
        <translation>Tandem escribe una copia en una carpeta temporal privada para esa aplicación y la elimina cuando Tandem se cierra. Un archivo de una oficina asociada puede ser dañino: abra solo lo que espera.</translation>
    </message>
    <message>
        <source>no private temporary folder could be made</source>
        <translation>no se ha podido crear ninguna carpeta temporal privada</translation>
    </message>
    <message>
        <source>The file could not be saved</source>
        <translation>No se ha podido guardar el archivo</translation>
    </message>
    <message>
        <source>Saving a copy of an attached file needs the office&apos;s keys.</source>
        <translation>Para guardar una copia de un archivo adjunto se necesitan las claves de la oficina.</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>%1 attachment %2</source>
        <translation>%1, archivo adjunto %2</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Quitar “%1”</translation>
    </message>
    <message>
        <source>“%1” could not be removed</source>
        <translation>No se ha podido quitar “%1”</translation>
    </message>
    <message>
        <source>Drop files here, or attach them with Attach File… (Ctrl+Shift+F); F2 changes the selected file&apos;s title. Files are kept in the office file, encrypted, and go where this record goes.</source>
        <translation>Suelte aquí los archivos o adjúntelos con Adjuntar archivo… (Ctrl+Shift+F); F2 cambia el título del archivo seleccionado. Los archivos se guardan cifrados en el archivo de la oficina y van adonde va este registro.</translation>
    </message>
    <message>
        <source>a file keeps a title: type one, or press Escape to keep “%1”</source>
        <translation>un archivo conserva un título: escriba uno o pulse Escape para conservar «%1»</translation>
    </message>
    <message>
        <source>Retitle “%1”</source>
        <translation>Cambiar el título de «%1»</translation>
    </message>
    <message>
        <source>The title of “%1” was not changed</source>
        <translation>No se ha cambiado el título de «%1»</translation>
    </message>
</context>
<context>
    <name>tandem::Audit</name>
    <message>
        <source>the audit chain&apos;s key is missing from the file</source>
        <translation>falta en el archivo la clave de la cadena de auditoría</translation>
    </message>
    <message>
        <source>the hash chain is broken here: this entry, or one before it, was changed or removed</source>
        <translation>la cadena de hashes se rompe aquí: esta entrada, o una anterior, se cambió o se eliminó</translation>
    </message>
    <message>
        <source>this entry has no key mark (MAC) although the chain was keyed before it: it was written around Tandem</source>
        <translation>esta entrada no tiene marca con clave (MAC) aunque la cadena ya tenía clave antes: se escribió sin pasar por Tandem</translation>
    </message>
    <message>
        <source>this entry&apos;s key mark (MAC) does not fit: the entry, or one before it, was rewritten</source>
        <translation>la marca con clave (MAC) de esta entrada no coincide: la entrada, o una anterior, se reescribió</translation>
    </message>
    <message>
        <source>the log ends here but its key has moved on to entry %1: entries after this one were removed</source>
        <translation>el registro termina aquí pero su clave ya va por la entrada %1: se eliminaron entradas posteriores a esta</translation>
    </message>
    <message>
        <source>the chain&apos;s key stands at entry %1, before the end of the log</source>
        <translation>la clave de la cadena está en la entrada %1, antes del final del registro</translation>
    </message>
    <message>
        <source>the chain&apos;s key does not follow from its entries: entries after this one were removed, or the key replaced</source>
        <translation>la clave de la cadena no se deriva de sus entradas: se eliminaron entradas posteriores a esta, o se sustituyó la clave</translation>
    </message>
</context>
<context>
    <name>tandem::AuditModel</name>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusión</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloqueo</translation>
    </message>
    <message>
        <source>Keys made</source>
        <translation>Claves creadas</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauración</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>Copia guardada</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Report with identities</source>
        <translation>Informe con identidades</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>No se ha podido leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Entry %L1: this entry does not follow from the ones before it. It was changed, or entries before it were removed.</source>
        <translation>Entrada %L1: esta entrada no se deriva de las anteriores. Se modificó, o se eliminaron entradas anteriores a ella.</translation>
    </message>
    <message>
        <source>Entry %L1, %2</source>
        <translation>Entrada %L1, %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Partner trusted</source>
        <translation>Oficina asociada de confianza</translation>
    </message>
    <message>
        <source>Partner&apos;s key replaced</source>
        <translation>Clave de la oficina asociada reemplazada</translation>
    </message>
    <message>
        <source>Partner untrusted</source>
        <translation>Confianza retirada a la oficina asociada</translation>
    </message>
    <message>
        <source>Identity shown</source>
        <translation>Identidad mostrada</translation>
    </message>
    <message>
        <source>Status moved</source>
        <translation>Estado cambiado</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Persona añadida</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>Persona retirada</translation>
    </message>
    <message>
        <source>Clock repaired</source>
        <translation>Reloj reparado</translation>
    </message>
    <message>
        <source>Attached file saved out</source>
        <translation>Copia de un archivo adjunto guardada</translation>
    </message>
</context>
<context>
    <name>tandem::AuditView</name>
    <message>
        <source>Show entries of the action</source>
        <translation>Mostrar las entradas de la acción</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Buscar en el registro de auditoría</translation>
    </message>
    <message>
        <source>Search who, subject, details…</source>
        <translation>Buscar quién, asunto, detalles…</translation>
    </message>
    <message>
        <source>Audit trail, newest first</source>
        <translation>Registro de auditoría, lo más reciente primero</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>The audit trail could not be checked: %1</source>
        <translation>No se ha podido comprobar el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail is whole.&lt;/b&gt; Each of its %L1 entries carries the hash of the one before it, and all of them check out: none has been changed or taken out.</source>
        <translation>&lt;b&gt;El registro de auditoría está íntegro.&lt;/b&gt; Cada una de sus %L1 entradas lleva el hash de la anterior y todas se verifican: ninguna se ha modificado ni eliminado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No entries yet.&lt;/b&gt; Exports, merges, restores and every unlock of the office keys are written here, each chained to the one before it.</source>
        <translation>&lt;b&gt;Aún no hay entradas.&lt;/b&gt; Aquí se anotan las exportaciones, las fusiones, las restauraciones y cada desbloqueo de las claves de la oficina, cada uno encadenado al anterior.</translation>
    </message>
    <message>
        <source>entry %L1</source>
        <translation>entrada %L1</translation>
    </message>
    <message>
        <source>entry %L1 (%2, %3, by %4)</source>
        <translation>entrada %L1 (%2, %3, por %4)</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <source>No entry matches the filter.</source>
        <translation>Ninguna entrada coincide con el filtro.</translation>
    </message>
    <message>
        <source>The audit trail is empty.</source>
        <translation>El registro de auditoría está vacío.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Show entries of the person</source>
        <translation>Mostrar las entradas de la persona</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail has been tampered with:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;El registro de auditoría ha sido manipulado:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail has been tampered with.&lt;/b&gt; At %1: %2. Entries from there on cannot be trusted. &lt;a href=&quot;#broken&quot;&gt;Show the entry&lt;/a&gt;</source>
        <translation>&lt;b&gt;El registro de auditoría ha sido manipulado.&lt;/b&gt; En la %1: %2. Las entradas a partir de ahí no son fiables. &lt;a href=&quot;#broken&quot;&gt;Mostrar la entrada&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>tandem::Backup</name>
    <message>
        <source>cannot write the copy: %1</source>
        <translation>no se puede escribir la copia: %1</translation>
    </message>
    <message>
        <source>the copy was stopped before it was finished</source>
        <translation>la copia se detuvo antes de terminar</translation>
    </message>
    <message>
        <source>the copy failed: %1</source>
        <translation>la copia ha fallado: %1</translation>
    </message>
    <message>
        <source>the file already exists; choose another name</source>
        <translation>el archivo ya existe; elija otro nombre</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>la base de datos no está abierta</translation>
    </message>
    <message>
        <source>cannot move the finished copy into place</source>
        <translation>no se puede mover a su sitio la copia terminada</translation>
    </message>
    <message>
        <source>this backup cannot be restored: %1</source>
        <translation>esta copia de seguridad no se puede restaurar: %1</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>antes de restaurar</translation>
    </message>
    <message>
        <source>the current file could not be backed up, so nothing was restored: %1</source>
        <translation>no se ha podido hacer una copia de seguridad del archivo actual, así que no se ha restaurado nada: %1</translation>
    </message>
    <message>
        <source>cannot put the backup in place; the file is unchanged</source>
        <translation>no se puede poner la copia de seguridad en su sitio; el archivo no ha cambiado</translation>
    </message>
    <message>
        <source>cannot make the backup folder: %1</source>
        <translation>no se puede crear la carpeta de copias de seguridad: %1</translation>
    </message>
    <message>
        <source>cannot make the copy readable by its owner only</source>
        <translation>no se puede hacer que la copia sea legible solo por su propietario</translation>
    </message>
    <message>
        <source>this is a copy of another office&apos;s file (&quot;%1&quot;, site %2), not a backup of this one (site %3): a restore takes only a backup of this office&apos;s own file</source>
        <translation>esta es una copia del archivo de otra oficina («%1», sitio %2), no una copia de seguridad de este (sitio %3): solo se restaura una copia de seguridad del propio archivo de esta oficina</translation>
    </message>
    <message>
        <source>the backup could not be prepared, the file is unchanged: %1</source>
        <translation>no se pudo preparar la copia de seguridad; el archivo no ha cambiado: %1</translation>
    </message>
</context>
<context>
    <name>tandem::ChangeCommands</name>
    <message>
        <source>%1 made since refers to it, so it can no longer be taken back</source>
        <translation>%1, realizado después, depende de ello, así que ya no se puede deshacer</translation>
    </message>
</context>
<context>
    <name>tandem::Check</name>
    <message>
        <source>(no id)</source>
        <translation>(sin id)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; no es uno de estos valores: %2</translation>
    </message>
    <message>
        <source>%1 characters, at most %2 are allowed</source>
        <translation>%1 caracteres; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>several lines in a one-line field</source>
        <translation>varias líneas en un campo de una sola línea</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 está fuera del intervalo de %2 a %3</translation>
    </message>
    <message>
        <source>%1 is neither 0 (false) nor 1 (true)</source>
        <translation>%1 no es ni 0 (falso) ni 1 (verdadero)</translation>
    </message>
    <message>
        <source>%1 seconds is not a time between the years 1900 and 2200</source>
        <translation>%1 segundos no corresponde a un momento entre los años 1900 y 2200</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date as yyyy-mm-dd</source>
        <translation>&quot;%1&quot; no es una fecha con el formato aaaa-mm-dd</translation>
    </message>
    <message>
        <source>the id is %1 bytes, not 16</source>
        <translation>el id ocupa %1 bytes, no 16</translation>
    </message>
    <message>
        <source>not a JSON array of strings</source>
        <translation>no es una matriz JSON de cadenas</translation>
    </message>
    <message>
        <source>rowid %1</source>
        <translation>rowid %1</translation>
    </message>
    <message>
        <source>breaks a foreign key to %1</source>
        <translation>rompe una clave externa hacia %1</translation>
    </message>
    <message>
        <source>the site id is not 16 bytes</source>
        <translation>el id de sitio no tiene 16 bytes</translation>
    </message>
    <message>
        <source>the clock is missing</source>
        <translation>falta el reloj</translation>
    </message>
    <message>
        <source>the sequence is missing</source>
        <translation>falta la secuencia</translation>
    </message>
    <message>
        <source>this office&apos;s own record is missing</source>
        <translation>falta el registro de esta misma oficina</translation>
    </message>
    <message>
        <source>this office&apos;s own record is deleted</source>
        <translation>el registro de esta misma oficina está eliminado</translation>
    </message>
    <message>
        <source>the table cannot be read: %1</source>
        <translation>no se puede leer la tabla: %1</translation>
    </message>
    <message>
        <source>the id is not 16 bytes</source>
        <translation>el id no tiene 16 bytes</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>no es un número entero</translation>
    </message>
    <message>
        <source>%1 is beyond the file&apos;s sequence %2</source>
        <translation>%1 supera la secuencia %2 del archivo</translation>
    </message>
    <message>
        <source>a required field is empty</source>
        <translation>un campo obligatorio está vacío</translation>
    </message>
    <message>
        <source>the row is deleted but still holds a value here</source>
        <translation>la fila está eliminada pero todavía contiene un valor aquí</translation>
    </message>
    <message>
        <source>an identifying detail is stored unsealed (as %1)</source>
        <translation>un dato identificativo está almacenado sin sellar (como %1)</translation>
    </message>
    <message>
        <source>a sealed value is too short to be one</source>
        <translation>un valor sellado es demasiado corto para serlo</translation>
    </message>
    <message>
        <source>stored as %1, expected %2</source>
        <translation>almacenado como %1; se esperaba %2</translation>
    </message>
    <message>
        <source>the version is not 24 bytes</source>
        <translation>la versión no tiene 24 bytes</translation>
    </message>
    <message>
        <source>a version made by this office is ahead of its clock</source>
        <translation>una versión creada por esta oficina va por delante de su reloj</translation>
    </message>
    <message>
        <source>the row is deleted but its delete has no version, so partners never learn of it</source>
        <translation>la fila está eliminada pero su eliminación no tiene versión, así que las oficinas asociadas nunca se enteran de ella</translation>
    </message>
    <message>
        <source>%1 (concurrent edits by two offices can do this)</source>
        <translation>%1 (esto puede deberse a ediciones simultáneas de dos oficinas)</translation>
    </message>
    <message>
        <source>the references cannot be followed: %1</source>
        <translation>no se pueden seguir las referencias: %1</translation>
    </message>
    <message>
        <source>refers to %1 %2, which this file does not hold</source>
        <translation>hace referencia a %1 %2, que este archivo no contiene</translation>
    </message>
    <message>
        <source>its owner, %1 %2, was deleted but this row was not</source>
        <translation>su propietario, %1 %2, se eliminó, pero esta fila no</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <source>empty text, which is stored as no value</source>
        <translation>texto vacío, que se guarda como ningún valor</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contiene caracteres de control</translation>
    </message>
    <message>
        <source>has spaces at its start or end</source>
        <translation>tiene espacios al principio o al final</translation>
    </message>
    <message>
        <source>an empty list, which is stored as no value</source>
        <translation>una lista vacía, que se guarda como ningún valor</translation>
    </message>
    <message>
        <source>%1 entries, at most %2 are allowed</source>
        <translation>%1 elementos; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>«%1» aparece dos veces</translation>
    </message>
    <message>
        <source>the id is all zeros</source>
        <translation>el identificador es todo ceros</translation>
    </message>
</context>
<context>
    <name>tandem::Checklist</name>
    <message>
        <source>this survivor was deleted</source>
        <translation>el registro de este superviviente se ha eliminado</translation>
    </message>
    <message>
        <source>the rescue time (T0) is not set; the checklist is made from it</source>
        <translation>la hora del rescate (T0) no está establecida; la lista de control se crea a partir de ella</translation>
    </message>
    <message>
        <source>there is no active protocol to make a checklist from; install the default protocols or import one</source>
        <translation>no hay ningún protocolo activo con el que crear una lista de control; instale los protocolos predeterminados o importe uno</translation>
    </message>
    <message>
        <source>step &quot;%1&quot;: %2</source>
        <translation>paso &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>this survivor already has a checklist (1 step)</source>
        <translation>este superviviente ya tiene una lista de comprobación (1 paso)</translation>
    </message>
    <message numerus="yes">
        <source>this survivor already has a checklist (%n steps)</source>
        <translation>
            <numerusform>este superviviente ya tiene una lista de comprobación (%n paso)</numerusform>
            <numerusform>este superviviente ya tiene una lista de comprobación (%n pasos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ChecklistModel</name>
    <message>
        <source>The checklist could not be read.</source>
        <translation>No se ha podido leer la lista de control.</translation>
    </message>
    <message>
        <source>(step not received from its office)</source>
        <translation>(paso no recibido de su oficina)</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (opcional)</translation>
    </message>
    <message>
        <source>Before first interview</source>
        <translation>Antes de la primera entrevista</translation>
    </message>
    <message>
        <source>%1 (%2 late)</source>
        <translation>%1 (%2 de retraso)</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>The step could not be ticked.</source>
        <translation>No se ha podido marcar el paso.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Derivado a</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>(deleted service)</source>
        <translation>(servicio eliminado)</translation>
    </message>
    <message>
        <source>%1 — accepted</source>
        <translation>%1 — aceptada</translation>
    </message>
    <message>
        <source>%1 — refused</source>
        <translation>%1 — rechazada</translation>
    </message>
    <message>
        <source>%1 — awaiting answer</source>
        <translation>%1 — en espera de respuesta</translation>
    </message>
    <message>
        <source>Answered %1</source>
        <translation>Respondida el %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>tandem::ChecklistPanel</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>The step was done (D, or Space to toggle)</source>
        <translation>El paso se ha realizado (D, o Space para alternar)</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Someone is on it (P)</source>
        <translation>Alguien se está ocupando (P)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>The step does not apply to this survivor (N)</source>
        <translation>El paso no se aplica a este superviviente (N)</translation>
    </message>
    <message>
        <source>Declined by survivor</source>
        <translation>Rechazado por el superviviente</translation>
    </message>
    <message>
        <source>The survivor chose not to have this: recorded as their choice, not as a step missed (X)</source>
        <translation>El superviviente decidió no recibir esto: se registra como su decisión, no como un paso omitido (X)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Open the step again (O)</source>
        <translation>Volver a abrir el paso (O)</translation>
    </message>
    <message>
        <source>Save Step</source>
        <translation>Guardar paso</translation>
    </message>
    <message>
        <source>What was done, by whom, and anything the next person must know</source>
        <translation>Qué se hizo, quién lo hizo y todo lo que deba saber la siguiente persona</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>aún no realizado</translation>
    </message>
    <message>
        <source>Name of the person who did it</source>
        <translation>Nombre de la persona que lo hizo</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>Paso seleccionado</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Referred to:</source>
        <translation>Derivado a:</translation>
    </message>
    <message>
        <source>at</source>
        <translation>el</translation>
    </message>
    <message>
        <source>Done by:</source>
        <translation>Realizado por:</translation>
    </message>
    <message>
        <source>The step could not be changed.</source>
        <translation>No se ha podido cambiar el paso.</translation>
    </message>
    <message>
        <source>No checklist yet: it is made when the rescue time (T0) is set.</source>
        <translation>Todavía no hay lista de control: se crea cuando se establece la hora del rescate (T0).</translation>
    </message>
    <message>
        <source>The step could not be saved.</source>
        <translation>No se ha podido guardar el paso.</translation>
    </message>
    <message>
        <source>%1 overdue · %2 of %3 settled</source>
        <translation>%1 vencidos · %2 de %3 resueltos</translation>
    </message>
    <message>
        <source>%1 of %2 settled</source>
        <translation>%1 de %2 resueltos</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Why declined:</source>
        <translation>Motivo del rechazo:</translation>
    </message>
    <message>
        <source>Why not applicable:</source>
        <translation>Por qué no es aplicable:</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Realizado por</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Realizado el</translation>
    </message>
</context>
<context>
    <name>tandem::ChildRecordTexts</name>
    <message>
        <source>&amp;Add target</source>
        <translation>A&amp;ñadir objetivo</translation>
    </message>
    <message>
        <source>Add a target (Insert or Ctrl+Shift+N)</source>
        <translation>Añadir un objetivo (Insert o Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create target</source>
        <translation>Crear objetivo</translation>
    </message>
    <message>
        <source>Make the target from the form (Return, or Ctrl+Return)</source>
        <translation>Crear el objetivo con los datos del formulario (Intro, o Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Remove the selected target (Delete); Undo brings it back</source>
        <translation>Quitar el objetivo seleccionado (Supr); Deshacer lo recupera</translation>
    </message>
    <message>
        <source>Select a target to edit it, or add one.</source>
        <translation>Seleccione un objetivo para editarlo, o añada uno.</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Quitar objetivo</translation>
    </message>
    <message>
        <source>&amp;Add assignment</source>
        <translation>A&amp;ñadir asignación</translation>
    </message>
    <message>
        <source>Add an assignment (Insert or Ctrl+Shift+N)</source>
        <translation>Añadir una asignación (Insert o Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create assignment</source>
        <translation>Crear asignación</translation>
    </message>
    <message>
        <source>Make the assignment from the form (Return, or Ctrl+Return)</source>
        <translation>Crear la asignación con los datos del formulario (Intro, o Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Remove the selected assignment (Delete); Undo brings it back</source>
        <translation>Quitar la asignación seleccionada (Supr); Deshacer la recupera</translation>
    </message>
    <message>
        <source>Select an assignment to edit it, or add one.</source>
        <translation>Seleccione una asignación para editarla, o añada una.</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Nueva asignación</translation>
    </message>
    <message>
        <source>Add assignment</source>
        <translation>Añadir asignación</translation>
    </message>
    <message>
        <source>Remove assignment</source>
        <translation>Quitar asignación</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>A&amp;ñadir tarea</translation>
    </message>
    <message>
        <source>Add a task (Insert or Ctrl+Shift+N)</source>
        <translation>Añadir una tarea (Insert o Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>Crear tarea</translation>
    </message>
    <message>
        <source>Make the task from the form (Return, or Ctrl+Return)</source>
        <translation>Crear la tarea con los datos del formulario (Intro, o Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Remove the selected task (Delete); Undo brings it back</source>
        <translation>Quitar la tarea seleccionada (Supr); Deshacer la recupera</translation>
    </message>
    <message>
        <source>Select a task to edit it, or add one.</source>
        <translation>Seleccione una tarea para editarla, o añada una.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Añadir tarea</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Quitar tarea</translation>
    </message>
    <message>
        <source>&amp;Add attendance</source>
        <translation>A&amp;ñadir asistencia</translation>
    </message>
    <message>
        <source>Record an agency&apos;s attendance (Insert or Ctrl+Shift+N)</source>
        <translation>Registrar la asistencia de un organismo (Insert o Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create attendance</source>
        <translation>Registrar asistencia</translation>
    </message>
    <message>
        <source>Record the attendance from the form (Return, or Ctrl+Return)</source>
        <translation>Registrar la asistencia con los datos del formulario (Intro, o Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Remove the selected attendance (Delete); Undo brings it back</source>
        <translation>Quitar la asistencia seleccionada (Supr); Deshacer la recupera</translation>
    </message>
    <message>
        <source>Select an agency&apos;s attendance to edit it, or add one.</source>
        <translation>Seleccione la asistencia de un organismo para editarla, o añada una.</translation>
    </message>
    <message>
        <source>New attendance</source>
        <translation>Nueva asistencia</translation>
    </message>
    <message>
        <source>Add attendance</source>
        <translation>Añadir asistencia</translation>
    </message>
    <message>
        <source>Remove attendance</source>
        <translation>Quitar asistencia</translation>
    </message>
    <message>
        <source>&amp;Add action item</source>
        <translation>A&amp;ñadir tarea acordada</translation>
    </message>
    <message>
        <source>Add an action item (Insert or Ctrl+Shift+N)</source>
        <translation>Añadir una tarea acordada (Insert o Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create action item</source>
        <translation>Crear tarea acordada</translation>
    </message>
    <message>
        <source>Make the action item from the form (Return, or Ctrl+Return)</source>
        <translation>Crear la tarea acordada con los datos del formulario (Intro, o Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Remove the selected action item (Delete); Undo brings it back</source>
        <translation>Quitar la tarea acordada seleccionada (Supr); Deshacer la recupera</translation>
    </message>
    <message>
        <source>Select an action item to edit it, or add one.</source>
        <translation>Seleccione una tarea acordada para editarla, o añada una.</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Nueva tarea acordada</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Añadir tarea acordada</translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation>Quitar tarea acordada</translation>
    </message>
    <message>
        <source>&amp;Add feedback</source>
        <translation>A&amp;ñadir valoración</translation>
    </message>
    <message>
        <source>Add an agency&apos;s feedback (Insert or Ctrl+Shift+N)</source>
        <translation>Añadir la valoración de un organismo (Insert o Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create feedback</source>
        <translation>Registrar valoración</translation>
    </message>
    <message>
        <source>Record the feedback from the form (Return, or Ctrl+Return)</source>
        <translation>Registrar la valoración con los datos del formulario (Intro, o Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Remove the selected feedback (Delete); Undo brings it back</source>
        <translation>Quitar la valoración seleccionada (Supr); Deshacer la recupera</translation>
    </message>
    <message>
        <source>Select an agency&apos;s feedback to edit it, or add one.</source>
        <translation>Seleccione la valoración de un organismo para editarla, o añada una.</translation>
    </message>
    <message>
        <source>New feedback</source>
        <translation>Nueva valoración</translation>
    </message>
    <message>
        <source>Add feedback</source>
        <translation>Añadir valoración</translation>
    </message>
    <message>
        <source>Remove feedback</source>
        <translation>Quitar valoración</translation>
    </message>
    <message>
        <source>&amp;Add: %1</source>
        <translation>&amp;Añadir: %1</translation>
    </message>
    <message>
        <source>%1: add one (Insert or Ctrl+Shift+N)</source>
        <translation>%1: añadir (Insert o Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create: %1</source>
        <translation>Crear: %1</translation>
    </message>
    <message>
        <source>%1: make it from the form (Return, or Ctrl+Return)</source>
        <translation>%1: crear con los datos del formulario (Intro, o Ctrl+Intro)</translation>
    </message>
    <message>
        <source>%1: remove the selected one (Delete); Undo brings it back</source>
        <translation>%1: quitar el seleccionado (Supr); Deshacer lo recupera</translation>
    </message>
    <message>
        <source>%1: select one to edit it, or add one.</source>
        <translation>%1: seleccione uno para editarlo, o añada uno.</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nuevo)</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Añadir: %1</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>Quitar: %1</translation>
    </message>
    <message>
        <source>No targets yet</source>
        <translation>Ningún objetivo todavía</translation>
    </message>
    <message>
        <source>1 target</source>
        <translation>1 objetivo</translation>
    </message>
    <message numerus="yes">
        <source>%n targets</source>
        <translation>
            <numerusform>%n objetivo</numerusform>
            <numerusform>%n objetivos</numerusform>
        </translation>
    </message>
    <message>
        <source>No assignments yet</source>
        <translation>Ninguna asignación todavía</translation>
    </message>
    <message>
        <source>1 assignment</source>
        <translation>1 asignación</translation>
    </message>
    <message numerus="yes">
        <source>%n assignments</source>
        <translation>
            <numerusform>%n asignación</numerusform>
            <numerusform>%n asignaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>No tasks yet</source>
        <translation>Ninguna tarea todavía</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 tarea</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n tarea</numerusform>
            <numerusform>%n tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>No agency recorded yet</source>
        <translation>Ningún organismo registrado todavía</translation>
    </message>
    <message>
        <source>1 agency attended</source>
        <translation>Asistió 1 organismo</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies attended</source>
        <translation>
            <numerusform>Asistió %n organismo</numerusform>
            <numerusform>Asistieron %n organismos</numerusform>
        </translation>
    </message>
    <message>
        <source>No action items yet</source>
        <translation>Ninguna tarea acordada todavía</translation>
    </message>
    <message>
        <source>1 action item</source>
        <translation>1 tarea acordada</translation>
    </message>
    <message numerus="yes">
        <source>%n action items</source>
        <translation>
            <numerusform>%n tarea acordada</numerusform>
            <numerusform>%n tareas acordadas</numerusform>
        </translation>
    </message>
    <message>
        <source>No feedback yet</source>
        <translation>Ninguna valoración todavía</translation>
    </message>
    <message>
        <source>1 agency gave feedback</source>
        <translation>1 organismo dio su valoración</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies gave feedback</source>
        <translation>
            <numerusform>%n organismo dio su valoración</numerusform>
            <numerusform>%n organismos dieron su valoración</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: none yet</source>
        <translation>%1: ninguno todavía</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>&amp;Add warrant</source>
        <translation>A&amp;ñadir orden judicial</translation>
    </message>
    <message>
        <source>Add a warrant (Insert or Ctrl+Shift+N)</source>
        <translation>Añadir una orden judicial (Insert o Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create warrant</source>
        <translation>Crear orden judicial</translation>
    </message>
    <message>
        <source>Make the warrant from the form (Return, or Ctrl+Return)</source>
        <translation>Crear la orden judicial con los datos del formulario (Intro, o Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Remove the selected warrant (Delete); Undo brings it back</source>
        <translation>Quitar la orden judicial seleccionada (Supr); Deshacer la recupera</translation>
    </message>
    <message>
        <source>Select a warrant to edit it, or add one.</source>
        <translation>Seleccione una orden judicial para editarla, o añada una.</translation>
    </message>
    <message>
        <source>New warrant</source>
        <translation>Nueva orden judicial</translation>
    </message>
    <message>
        <source>Add warrant</source>
        <translation>Añadir orden judicial</translation>
    </message>
    <message>
        <source>Remove warrant</source>
        <translation>Quitar orden judicial</translation>
    </message>
    <message>
        <source>No warrants yet</source>
        <translation>Ninguna orden judicial todavía</translation>
    </message>
    <message>
        <source>1 warrant</source>
        <translation>1 orden judicial</translation>
    </message>
    <message numerus="yes">
        <source>%n warrants</source>
        <translation>
            <numerusform>%n orden judicial</numerusform>
            <numerusform>%n órdenes judiciales</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ChildRecordsPage</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>tandem::ChildTableModel</name>
    <message>
        <source>The %1 could not be read: %2</source>
        <translation>No se han podido leer los datos de %1: %2</translation>
    </message>
    <message>
        <source>(deleted agency)</source>
        <translation>(organismo eliminado)</translation>
    </message>
    <message>
        <source>Tick %1</source>
        <translation>Marcar %1</translation>
    </message>
    <message>
        <source>Untick %1</source>
        <translation>Desmarcar %1</translation>
    </message>
    <message>
        <source>(deleted %1)</source>
        <translation>(%1 eliminado)</translation>
    </message>
</context>
<context>
    <name>tandem::ConfirmNameDialog</name>
    <message>
        <source>To delete it, type its name, %1:</source>
        <translation>Para eliminarla, escriba su nombre, %1:</translation>
    </message>
    <message>
        <source>Name of what is deleted</source>
        <translation>Nombre de lo que se elimina</translation>
    </message>
</context>
<context>
    <name>tandem::ConflictModel</name>
    <message>
        <source>(identifying detail, hidden)</source>
        <translation>(dato identificativo, oculto)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>No se han podido leer los conflictos: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>El registro completo</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Not deleted, with its edits (%1)</source>
        <translation>No eliminado, con sus ediciones (%1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Valor conservado</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Otro valor</translation>
    </message>
    <message>
        <source>Added under a deleted %1</source>
        <translation>Añadido a un(a) %1 eliminado(a)</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 eliminado(a)</translation>
    </message>
    <message>
        <source>%1 “%2” deleted</source>
        <translation>%1 «%2» eliminado(a)</translation>
    </message>
    <message>
        <source>Added to it (%1)</source>
        <translation>Añadido (%1)</translation>
    </message>
    <message>
        <source>Survivors: %1</source>
        <translation>Supervivientes: %1</translation>
    </message>
    <message>
        <source>Same code, two survivors</source>
        <translation>Mismo código, dos supervivientes</translation>
    </message>
    <message>
        <source>no operation</source>
        <translation>sin operación</translation>
    </message>
    <message>
        <source>operation %1</source>
        <translation>operación %1</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>registrado %1</translation>
    </message>
</context>
<context>
    <name>tandem::ConflictPane</name>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>Keep the value the record holds now; the conflict leaves the list.</source>
        <translation>Conservar el valor que tiene ahora el registro; el conflicto sale de la lista.</translation>
    </message>
    <message>
        <source>&amp;Take the Other Value</source>
        <translation>&amp;Tomar el otro valor</translation>
    </message>
    <message>
        <source>Write the other value into the record, as an edit of this office that partners receive with the next export. Edit ▸ Undo takes it back.</source>
        <translation>Escribir el otro valor en el registro, como una edición de esta oficina que las oficinas asociadas recibirán con la próxima exportación. Editar ▸ Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>Value kept:</source>
        <translation>Valor conservado:</translation>
    </message>
    <message>
        <source>Other value:</source>
        <translation>Otro valor:</translation>
    </message>
    <message>
        <source>Select a conflict to see both values.</source>
        <translation>Seleccione un conflicto para ver ambos valores.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>written by %1</source>
        <translation>escrito por %1</translation>
    </message>
    <message>
        <source>&amp;Restore the Record</source>
        <translation>&amp;Restaurar el registro</translation>
    </message>
    <message>
        <source>&amp;Delete It Too</source>
        <translation>&amp;Eliminarlo también</translation>
    </message>
    <message>
        <source>Delete this record as its owner was deleted; the conflict leaves the list.</source>
        <translation>Eliminar este registro como se eliminó su propietario; el conflicto sale de la lista.</translation>
    </message>
    <message>
        <source>&amp;Restore Its Owner</source>
        <translation>&amp;Restaurar su propietario</translation>
    </message>
    <message>
        <source>The owner&apos;s details never reached this office: restore it where they are kept, or delete this record.</source>
        <translation>Los datos del propietario nunca llegaron a esta oficina: restáurelo donde se conservan, o elimine este registro.</translation>
    </message>
    <message>
        <source>Bring the deleted owner back as it was, as an edit of this office that partners receive with the next export. Edit ▸ Undo takes it back.</source>
        <translation>Recuperar el propietario eliminado tal como estaba, como una modificación de esta oficina que los socios reciben con la próxima exportación. Editar ▸ Deshacer la revierte.</translation>
    </message>
    <message>
        <source>First survivor:</source>
        <translation>Primer superviviente:</translation>
    </message>
    <message>
        <source>Second survivor:</source>
        <translation>Segundo superviviente:</translation>
    </message>
    <message>
        <source>code given by %1</source>
        <translation>código dado por %1</translation>
    </message>
    <message>
        <source>New Code for the &amp;First</source>
        <translation>Nuevo código para el &amp;primero</translation>
    </message>
    <message>
        <source>Give the first survivor the next code of this office; partners receive it with the next export. Edit ▸ Undo takes it back.</source>
        <translation>Dar al primer superviviente el siguiente código de esta oficina; los socios lo reciben con la próxima exportación. Edición ▸ Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>New Code for the &amp;Second</source>
        <translation>Nuevo código para el &amp;segundo</translation>
    </message>
    <message>
        <source>Give the second survivor the next code of this office; partners receive it with the next export. Edit ▸ Undo takes it back.</source>
        <translation>Dar al segundo superviviente el siguiente código de esta oficina; los socios lo reciben con la próxima exportación. Edición ▸ Deshacer lo revierte.</translation>
    </message>
</context>
<context>
    <name>tandem::Conflicts</name>
    <message>
        <source>there is no such conflict</source>
        <translation>no existe ese conflicto</translation>
    </message>
    <message>
        <source>this conflict was already resolved</source>
        <translation>este conflicto ya se resolvió</translation>
    </message>
    <message>
        <source>the row is no longer deleted; edit it instead</source>
        <translation>la fila ya no está eliminada; edítela en su lugar</translation>
    </message>
    <message>
        <source>the %1 was deleted since; restore it before taking this value</source>
        <translation>el registro de %1 se ha eliminado desde entonces; restáurelo antes de aceptar este valor</translation>
    </message>
    <message>
        <source>this conflict is still open</source>
        <translation>este conflicto sigue abierto</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot;: %3 %4 was deleted</source>
        <translation>%1 campo «%2»: %3 %4 fue eliminado</translation>
    </message>
    <message>
        <source>the office that stopped sharing this %1 withdrew it; it cannot be brought back here</source>
        <translation>la oficina que dejó de compartir este(a) %1 lo retiró; no se puede recuperar aquí</translation>
    </message>
    <message>
        <source>the %1&apos;s details were deleted before they reached this office; restore it where they are kept, or delete this %2</source>
        <translation>los datos de %1 se eliminaron antes de llegar a esta oficina; restáurelo donde se conservan, o elimine este(a) %2</translation>
    </message>
</context>
<context>
    <name>tandem::Consent</name>
    <message>
        <source>a consent is given to one recipient: an office or an agency</source>
        <translation>un consentimiento se da a un único destinatario: una oficina o un organismo</translation>
    </message>
    <message>
        <source>say when the consent was given</source>
        <translation>indique cuándo se dio el consentimiento</translation>
    </message>
    <message>
        <source>the consent is dated %1, more than a day in the future (it is now %2)</source>
        <translation>el consentimiento tiene fecha %1, más de un día en el futuro (ahora es %2)</translation>
    </message>
    <message>
        <source>the consent expires (%1) before it is given (%2)</source>
        <translation>el consentimiento caduca (%1) antes de haberse dado (%2)</translation>
    </message>
    <message>
        <source>this consent was deleted</source>
        <translation>este consentimiento se ha eliminado</translation>
    </message>
    <message>
        <source>this consent was already withdrawn on %1</source>
        <translation>este consentimiento ya se retiró el %1</translation>
    </message>
    <message>
        <source>the withdrawal (%1) cannot be before the consent was given (%2)</source>
        <translation>la retirada (%1) no puede ser anterior a la fecha en que se dio el consentimiento (%2)</translation>
    </message>
    <message>
        <source>the withdrawal is dated %1, more than a day in the future (it is now %2)</source>
        <translation>la retirada tiene fecha %1, más de un día en el futuro (ahora es %2)</translation>
    </message>
</context>
<context>
    <name>tandem::ConsentModel</name>
    <message>
        <source>(an office not known here)</source>
        <translation>(una oficina desconocida aquí)</translation>
    </message>
    <message>
        <source>(an agency not known here)</source>
        <translation>(un organismo desconocido aquí)</translation>
    </message>
    <message>
        <source>(deleted office)</source>
        <translation>(oficina eliminada)</translation>
    </message>
    <message>
        <source>(deleted agency)</source>
        <translation>(organismo eliminado)</translation>
    </message>
    <message>
        <source>%1 (office)</source>
        <translation>%1 (oficina)</translation>
    </message>
    <message>
        <source>The consents could not be read: %1</source>
        <translation>No se han podido leer los consentimientos: %1</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>Aún no en vigor</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>A quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Retirado el %1</translation>
    </message>
    <message>
        <source>Withdrawn on %1: %2</source>
        <translation>Retirado el %1: %2</translation>
    </message>
</context>
<context>
    <name>tandem::ConsentPanel</name>
    <message>
        <source>Withdraw Consent</source>
        <translation>Retirar consentimiento</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Record Consent</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <source>How the consent was given (in writing, with an interpreter, ...)</source>
        <translation>Cómo se dio el consentimiento (por escrito, con intérprete, ...)</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Registrar un consentimiento</translation>
    </message>
    <message>
        <source>To whom:</source>
        <translation>A quién:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Qué:</translation>
    </message>
    <message>
        <source>Given:</source>
        <translation>Otorgado:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>%1 (office)</source>
        <translation>%1 (oficina)</translation>
    </message>
    <message>
        <source>The consent could not be withdrawn.</source>
        <translation>No se ha podido retirar el consentimiento.</translation>
    </message>
    <message>
        <source>The consent could not be recorded.</source>
        <translation>No se ha podido registrar el consentimiento.</translation>
    </message>
    <message>
        <source>Withdraw Consent…</source>
        <translation>Retirar consentimiento…</translation>
    </message>
    <message>
        <source>Record that the survivor withdrew this consent, now, and why. Nothing it covered may be shared from now on.</source>
        <translation>Registra que el superviviente retiró este consentimiento, ahora, y por qué. A partir de ahora no se puede compartir nada de lo que cubría.</translation>
    </message>
    <message>
        <source>Record that the survivor withdrew their consent to share “%1” with %2?</source>
        <translation>¿Registrar que el superviviente retiró su consentimiento para compartir “%1” con %2?</translation>
    </message>
    <message>
        <source>From now on nothing it covered is shared with them. The withdrawal is dated now and recorded with its reason.</source>
        <translation>A partir de ahora no se comparte con ellos nada de lo que cubría. La retirada lleva la fecha de ahora y se registra con su motivo.</translation>
    </message>
    <message>
        <source>&amp;Why it is withdrawn:</source>
        <translation>&amp;Motivo de la retirada:</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Caduca el</translation>
    </message>
</context>
<context>
    <name>tandem::DashboardView</name>
    <message>
        <source>All trafficking types</source>
        <translation>Todos los tipos de trata</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Todos los organismos</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>&amp;Organismo</translation>
    </message>
    <message>
        <source>Operations count by the month they start, survivors by their rescue (T0), steps by their survivor&apos;s T0. Tips are counted by period only.</source>
        <translation>Las operaciones se cuentan por el mes en que empiezan, los supervivientes por su rescate (T0) y los pasos por el T0 de su superviviente. Los avisos solo se cuentan por periodo.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>No figures: %1.</source>
        <translation>Sin cifras: %1.</translation>
    </message>
    <message>
        <source>%1 to %2 · computed in %3 ms</source>
        <translation>De %1 a %2 · calculado en %3 ms</translation>
    </message>
    <message>
        <source>Figures computed</source>
        <translation>Figuras calculadas</translation>
    </message>
    <message>
        <source>%v of %m figures</source>
        <translation>%v de %m figuras</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Calculando las figuras…</translation>
    </message>
    <message>
        <source>%1 to %2 · %3 · %4</source>
        <translation>%1 a %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Trafficking type</source>
        <translation>Tipo de trata</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
</context>
<context>
    <name>tandem::DeferredIndexes</name>
    <message>
        <source>indexes are only put off inside a transaction</source>
        <translation>los índices solo se posponen dentro de una transacción</translation>
    </message>
</context>
<context>
    <name>tandem::DetailSection</name>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
</context>
<context>
    <name>tandem::DirectoryView</name>
    <message>
        <source>&amp;New</source>
        <translation>Nue&amp;vo</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Search %1… (Ctrl+F)</source>
        <translation>Buscar en %1… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Buscar en %1</translation>
    </message>
    <message>
        <source>A new entry (Ctrl+Shift+N or Insert)</source>
        <translation>Una entrada nueva (Ctrl+Shift+N o Insert)</translation>
    </message>
    <message>
        <source>Delete the selected entry (Delete)</source>
        <translation>Eliminar la entrada seleccionada (Delete)</translation>
    </message>
    <message>
        <source>Add the entry to the directory (Ctrl+Return)</source>
        <translation>Añadir la entrada al directorio (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Select an entry to see and edit it, or make a new one.</source>
        <translation>Seleccione una entrada para verla y editarla, o cree una nueva.</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it back.</source>
        <translation>Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Delete “%1” from the directory?</source>
        <translation>¿Eliminar “%1” del directorio?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Eliminar “%1”</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 de %L2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Ninguno todavía</translation>
    </message>
    <message>
        <source>%L1 in the directory</source>
        <translation>%L1 en el directorio</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Organismos</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>It takes part in 1 operation, which will show it as a deleted agency. </source>
        <translation>Participa en 1 operación, que lo mostrará como organismo eliminado. </translation>
    </message>
    <message numerus="yes">
        <source>It takes part in %n operations; they will show it as a deleted agency. </source>
        <translation>
            <numerusform>Participa en %n operación, que lo mostrará como organismo eliminado. </numerusform>
            <numerusform>Participa en %n operaciones, que lo mostrarán como organismo eliminado. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::Entity</name>
    <message>
        <source>the operation ends before it starts</source>
        <translation>la operación termina antes de empezar</translation>
    </message>
    <message>
        <source>more minors are expected than survivors in all</source>
        <translation>se esperan más menores que supervivientes en total</translation>
    </message>
    <message>
        <source>a consent needs a recipient office or agency</source>
        <translation>un consentimiento necesita una oficina o un organismo destinatario</translation>
    </message>
    <message>
        <source>consent is withdrawn before it was given</source>
        <translation>el consentimiento se retira antes de haberse dado</translation>
    </message>
    <message>
        <source>consent expires before it was given</source>
        <translation>el consentimiento caduca antes de haberse dado</translation>
    </message>
    <message>
        <source>the meeting ends before it starts</source>
        <translation>la reunión termina antes de empezar</translation>
    </message>
    <message>
        <source>feedback is about exactly one operation or one meeting</source>
        <translation>una valoración se refiere exactamente a una operación o a una reunión</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Organismos</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Asignaciones</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>Superviviente</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>Supervivientes</translation>
    </message>
    <message>
        <source>Survivor identity</source>
        <translation>Identidad del superviviente</translation>
    </message>
    <message>
        <source>Survivor identities</source>
        <translation>Identidades de supervivientes</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocolos</translation>
    </message>
    <message>
        <source>Protocol step</source>
        <translation>Paso del protocolo</translation>
    </message>
    <message>
        <source>Protocol steps</source>
        <translation>Pasos del protocolo</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Paso de la lista de control</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Pasos de la lista de control</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Tarea acordada</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas acordadas</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>a referral&apos;s answer needs the service the survivor was referred to</source>
        <translation>la respuesta a una derivación necesita el servicio al que se derivó a la persona superviviente</translation>
    </message>
    <message>
        <source>a refused referral needs the reason the service gave</source>
        <translation>una derivación rechazada necesita el motivo que dio el servicio</translation>
    </message>
    <message>
        <source>a reason is recorded only for a refused referral</source>
        <translation>solo se registra un motivo para una derivación rechazada</translation>
    </message>
    <message>
        <source>a referral has a time of answer but no answer</source>
        <translation>una derivación tiene hora de respuesta pero ninguna respuesta</translation>
    </message>
    <message>
        <source>the age band %1 and the minor box disagree</source>
        <translation>la franja de edad %1 y la casilla de menor no coinciden</translation>
    </message>
    <message>
        <source>the age band %1 makes the survivor a minor; to record an adult, change the age band</source>
        <translation>la franja de edad %1 hace del superviviente un menor; para registrar a un adulto, cambie la franja de edad</translation>
    </message>
    <message>
        <source>the age band %1 is an adult&apos;s; when the age is in doubt, choose the age band Unknown to record a presumed minor</source>
        <translation>la franja de edad %1 es la de un adulto; si la edad es dudosa, elija la franja Desconocida para registrar a un presunto menor</translation>
    </message>
    <message>
        <source>a reason for withdrawal goes only with the date of withdrawal (withdrawn_at)</source>
        <translation>un motivo de retirada solo va con la fecha de retirada (withdrawn_at)</translation>
    </message>
    <message>
        <source>say why the consent is withdrawn (withdrawn_reason)</source>
        <translation>indique por qué se retira el consentimiento (withdrawn_reason)</translation>
    </message>
    <message>
        <source>a reason for retiring goes only with a retired version</source>
        <translation>un motivo de retirada solo va con una versión retirada</translation>
    </message>
    <message>
        <source>say why this version is retired (retired_reason)</source>
        <translation>indique por qué se retira esta versión (retired_reason)</translation>
    </message>
    <message>
        <source>a reason is recorded only for a step declined by the survivor or not applicable</source>
        <translation>solo se registra un motivo para un paso rechazado por el superviviente o no aplicable</translation>
    </message>
    <message>
        <source>say why the survivor declined this step (reason)</source>
        <translation>indique por qué el superviviente rechazó este paso (reason)</translation>
    </message>
    <message>
        <source>say why this step does not apply to the survivor (reason)</source>
        <translation>indique por qué este paso no es aplicable al superviviente (reason)</translation>
    </message>
    <message>
        <source>its action item &quot;%1&quot; is due (%2) before the new start (%3); move the action item first</source>
        <translation>su tarea acordada “%1” vence (%2) antes del nuevo inicio (%3); mueva primero la tarea</translation>
    </message>
    <message>
        <source>the action item is due (%1) before its meeting starts (%2)</source>
        <translation>la tarea acordada vence (%1) antes de que empiece su reunión (%2)</translation>
    </message>
    <message>
        <source>a tip needs what was reported: a place, an indicator or a description</source>
        <translation>un aviso necesita lo que se comunicó: un lugar, un indicador o una descripción</translation>
    </message>
    <message>
        <source>Change since approval</source>
        <translation>Cambio desde la aprobación</translation>
    </message>
    <message>
        <source>Changes since approval</source>
        <translation>Cambios desde la aprobación</translation>
    </message>
    <message>
        <source>the offices an office trusts follow from trusting partners (Exchange); they are not written by hand</source>
        <translation>las oficinas en las que confía una oficina se derivan de confiar en oficinas asociadas (Intercambio); no se escriben a mano</translation>
    </message>
    <message>
        <source>Sharing group</source>
        <translation>Grupo de uso compartido</translation>
    </message>
    <message>
        <source>Sharing groups</source>
        <translation>Grupos de uso compartido</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>Retiradas</translation>
    </message>
    <message>
        <source>a recall is not changed once it is made</source>
        <translation>una retirada no se cambia una vez hecha</translation>
    </message>
    <message>
        <source>a recall stays: it is what keeps an erased identity erased</source>
        <translation>una retirada se conserva: es lo que mantiene borrada una identidad borrada</translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation>Orden judicial</translation>
    </message>
    <message>
        <source>Warrants</source>
        <translation>Órdenes judiciales</translation>
    </message>
    <message>
        <source>a warrant expires after it is issued</source>
        <translation>una orden judicial caduca después de emitirse</translation>
    </message>
    <message>
        <source>Operation attachment</source>
        <translation>Archivo adjunto de operación</translation>
    </message>
    <message>
        <source>Operation attachments</source>
        <translation>Archivos adjuntos de operaciones</translation>
    </message>
    <message>
        <source>Target attachment</source>
        <translation>Archivo adjunto de objetivo</translation>
    </message>
    <message>
        <source>Target attachments</source>
        <translation>Archivos adjuntos de objetivos</translation>
    </message>
    <message>
        <source>Warrant scan</source>
        <translation>Copia escaneada de orden judicial</translation>
    </message>
    <message>
        <source>Warrant scans</source>
        <translation>Copias escaneadas de órdenes judiciales</translation>
    </message>
    <message>
        <source>Survivor attachment</source>
        <translation>Archivo adjunto de superviviente</translation>
    </message>
    <message>
        <source>Survivor attachments</source>
        <translation>Archivos adjuntos de supervivientes</translation>
    </message>
    <message>
        <source>Meeting attachment</source>
        <translation>Archivo adjunto de reunión</translation>
    </message>
    <message>
        <source>Meeting attachments</source>
        <translation>Archivos adjuntos de reuniones</translation>
    </message>
    <message>
        <source>Tip attachment</source>
        <translation>Archivo adjunto de aviso</translation>
    </message>
    <message>
        <source>Tip attachments</source>
        <translation>Archivos adjuntos de avisos</translation>
    </message>
</context>
<context>
    <name>tandem::Erasure</name>
    <message>
        <source>say which survivor (an id or a code)</source>
        <translation>indique qué superviviente (un id o un código)</translation>
    </message>
    <message>
        <source>no survivor %1 in this file</source>
        <translation>no hay ningún superviviente %1 en este archivo</translation>
    </message>
    <message>
        <source>two survivors have the code %1 (a clash for review): give the survivor&apos;s id</source>
        <translation>dos supervivientes tienen el código %1 (un conflicto por revisar): indique el id del superviviente</translation>
    </message>
    <message>
        <source>say why the identity is erased: a reason is kept with the erasure</source>
        <translation>indique por qué se borra la identidad: el motivo se guarda con el borrado</translation>
    </message>
    <message>
        <source>the reason is too long (%1 characters; at most 500)</source>
        <translation>el motivo es demasiado largo (%1 caracteres; 500 como máximo)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of erasure</source>
        <translation>«%1» no es un tipo de borrado</translation>
    </message>
    <message>
        <source>survivor %1 has no identity recorded here: there is nothing to erase</source>
        <translation>el superviviente %1 no tiene identidad registrada aquí: no hay nada que borrar</translation>
    </message>
    <message>
        <source>the identity of survivor %1 was already erased here (%2)</source>
        <translation>la identidad del superviviente %1 ya se borró aquí (%2)</translation>
    </message>
</context>
<context>
    <name>tandem::Errors</name>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
</context>
<context>
    <name>tandem::Exchange</name>
    <message>
        <source>choose at least one partner office to export for</source>
        <translation>elija al menos una oficina asociada para la que exportar</translation>
    </message>
    <message>
        <source>not a trusted partner office</source>
        <translation>no es una oficina asociada de confianza</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>exportación cancelada</translation>
    </message>
    <message>
        <source>cannot count identities</source>
        <translation>no se pueden contar las identidades</translation>
    </message>
    <message>
        <source>%1 rows (%2) to %3</source>
        <translation>%1 filas (%2) para %3</translation>
    </message>
    <message>
        <source>full</source>
        <translation>paquete completo</translation>
    </message>
    <message>
        <source>changes after %1</source>
        <translation>cambios posteriores a %1</translation>
    </message>
    <message>
        <source>cannot count conflicts</source>
        <translation>no se pueden contar los conflictos</translation>
    </message>
    <message>
        <source>cannot count changes</source>
        <translation>no se pueden contar los cambios</translation>
    </message>
    <message>
        <source>bundle payload has no readable manifest: %1</source>
        <translation>el contenido del paquete no tiene un manifiesto legible: %1</translation>
    </message>
    <message>
        <source>bundle payload manifest lacks &quot;%1&quot;</source>
        <translation>al manifiesto del contenido del paquete le falta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot check the payload</source>
        <translation>no se puede comprobar el contenido</translation>
    </message>
    <message>
        <source>bundle payload is damaged: table &quot;%1&quot; has malformed rows</source>
        <translation>el contenido del paquete está dañado: la tabla &quot;%1&quot; tiene filas mal formadas</translation>
    </message>
    <message>
        <source>bundle payload format %1 is not known to this version of Tandem</source>
        <translation>el formato %1 del contenido del paquete es desconocido para esta versión de Tandem</translation>
    </message>
    <message>
        <source>bundle was made by a newer version of Tandem (schema %1; this version reads up to %2)</source>
        <translation>el paquete se creó con una versión más reciente de Tandem (esquema %1; esta versión lee hasta el %2)</translation>
    </message>
    <message>
        <source>bundle payload names another sender than its envelope</source>
        <translation>el contenido del paquete indica un remitente distinto del de su sobre</translation>
    </message>
    <message>
        <source>bundle carries changes dated %1, more than a day ahead of this computer&apos;s clock (%2): the sender&apos;s clock is wrong; ask them to correct it and export again</source>
        <translation>el paquete contiene cambios con fecha %1, más de un día por delante del reloj de este ordenador (%2): el reloj del remitente está mal; pídale que lo corrija y vuelva a exportar</translation>
    </message>
    <message>
        <source>before merge from %1</source>
        <translation>antes de la fusión desde %1</translation>
    </message>
    <message>
        <source>cannot read the payload</source>
        <translation>no se puede leer el contenido</translation>
    </message>
    <message>
        <source>merge cancelled</source>
        <translation>fusión cancelada</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 deleted, %4 conflicts from %5</source>
        <translation>%1 nuevos, %2 actualizados, %3 eliminados, %4 conflictos desde %5</translation>
    </message>
    <message>
        <source>this office&apos;s changes are dated up to %1, more than a day ahead of this computer&apos;s clock (%2): partners would refuse the bundle. If the clock is right now, repair this office&apos;s clock first (tandem-cli repair-clock)</source>
        <translation>los cambios de esta oficina tienen fecha de hasta %1, más de un día por delante del reloj de este equipo (%2): los socios rechazarían el paquete. Si el reloj ya es correcto, repare primero el reloj de esta oficina (tandem-cli repair-clock)</translation>
    </message>
    <message>
        <source>a required field is empty</source>
        <translation>un campo obligatorio está vacío</translation>
    </message>
    <message>
        <source>bundle refused: %1, field &quot;%2&quot;: %3</source>
        <translation>paquete rechazado: %1, campo «%2»: %3</translation>
    </message>
    <message>
        <source>bundle refused: %1: %2</source>
        <translation>paquete rechazado: %1: %2</translation>
    </message>
    <message>
        <source>bundle refused: it claims to have seen changes of this office dated %1, later than any change this office made</source>
        <translation>paquete rechazado: afirma haber visto cambios de esta oficina con fecha %1, posteriores a cualquier cambio que esta oficina hizo</translation>
    </message>
    <message>
        <source>bundle refused: it would change this office&apos;s own record (field &quot;%1&quot;), which only this office writes</source>
        <translation>paquete rechazado: cambiaría el registro propio de esta oficina (campo «%1»), que solo esta oficina escribe</translation>
    </message>
    <message>
        <source>bundle refused: %1, field &quot;%2&quot; carries a change in this office&apos;s name that this office never made</source>
        <translation>paquete rechazado: %1, el campo «%2» lleva un cambio a nombre de esta oficina que esta oficina nunca hizo</translation>
    </message>
    <message>
        <source>bundle refused: its acknowledgement of this office&apos;s changes is not a number</source>
        <translation>paquete rechazado: su acuse de los cambios de esta oficina no es un número</translation>
    </message>
    <message>
        <source>bundle refused: %1 acknowledges this office&apos;s changes up to number %2, but only changes up to number %3 were ever sent to it</source>
        <translation>paquete rechazado: %1 acusa recibo de los cambios de esta oficina hasta el número %2, pero solo se le enviaron cambios hasta el número %3</translation>
    </message>
    <message>
        <source>%1 records renewed: the clock had run ahead to %2</source>
        <translation>%1 registros renovados: el reloj se había adelantado hasta %2</translation>
    </message>
    <message>
        <source>a survivor&apos;s identity is due to go with this bundle, and only a lead&apos;s or liaison&apos;s passphrase opens it: ask a lead or liaison to export it</source>
        <translation>la identidad de un superviviente debe ir en este paquete y solo la frase de contraseña de un responsable o de un enlace la abre: pida a un responsable o a un enlace que lo exporte</translation>
    </message>
    <message numerus="yes">
        <source>%n survivors&apos; identities are due to go with this bundle, and only a lead&apos;s or liaison&apos;s passphrase opens them: ask a lead or liaison to export it</source>
        <translation>
            <numerusform>%n identidad de superviviente debe ir en este paquete y solo la frase de contraseña de un responsable o de un enlace la abre: pida a un responsable o a un enlace que lo exporte</numerusform>
            <numerusform>%n identidades de supervivientes deben ir en este paquete y solo la frase de contraseña de un responsable o de un enlace las abre: pida a un responsable o a un enlace que lo exporte</numerusform>
        </translation>
    </message>
    <message>
        <source>this bundle carries a survivor&apos;s identity, and only a lead&apos;s or liaison&apos;s passphrase opens it to compare and keep it: ask a lead or liaison to merge it</source>
        <translation>este paquete lleva la identidad de un superviviente y solo la frase de contraseña de un responsable o de un enlace la abre para compararla y guardarla: pida a un responsable o a un enlace que lo fusione</translation>
    </message>
    <message numerus="yes">
        <source>this bundle carries %n survivors&apos; identities, and only a lead&apos;s or liaison&apos;s passphrase opens them to compare and keep them: ask a lead or liaison to merge it</source>
        <translation>
            <numerusform>este paquete lleva %n identidad de superviviente y solo la frase de contraseña de un responsable o de un enlace la abre para compararla y guardarla: pida a un responsable o a un enlace que lo fusione</numerusform>
            <numerusform>este paquete lleva %n identidades de supervivientes y solo la frase de contraseña de un responsable o de un enlace las abre para compararlas y guardarlas: pida a un responsable o a un enlace que lo fusione</numerusform>
        </translation>
    </message>
    <message>
        <source>the merge could not be recorded for an undo, so nothing was merged: %1</source>
        <translation>la fusión no se pudo registrar para deshacerla, así que no se fusionó nada: %1</translation>
    </message>
    <message>
        <source>a bundle for this office&apos;s other machines is made for them alone, not with partner offices</source>
        <translation>un paquete para los demás equipos de esta oficina se hace solo para ellos, no junto con las oficinas asociadas</translation>
    </message>
    <message>
        <source>cannot read the partner offices</source>
        <translation>no se pueden leer las oficinas asociadas</translation>
    </message>
    <message>
        <source>bundle payload manifest names no valid office for its sender</source>
        <translation>el manifiesto del contenido del paquete no indica ninguna oficina válida para su remitente</translation>
    </message>
    <message>
        <source>bundle refused: %1 says this office issued it, and no machine of this office did</source>
        <translation>paquete rechazado: %1 indica que lo emitió esta oficina, y ningún equipo de esta oficina lo hizo</translation>
    </message>
    <message>
        <source>bundle carries a part of an attached file that is malformed (&quot;%1&quot;)</source>
        <translation>el paquete lleva una parte de un archivo adjunto mal formada («%1»)</translation>
    </message>
    <message>
        <source>%1 %2: a part of its file is neither in the bundle nor in this file (chunk %3); nothing was merged</source>
        <translation>%1 %2: una parte de su archivo no está ni en el paquete ni en este archivo (fragmento %3); no se ha fusionado nada</translation>
    </message>
    <message>
        <source>a part of an attached file is missing from this file (chunk %1): run tandem-cli check</source>
        <translation>falta en este archivo una parte de un archivo adjunto (fragmento %1): ejecute tandem-cli check</translation>
    </message>
    <message>
        <source>bundle carries a part of an attached file it does not list (chunk %1); nothing was merged</source>
        <translation>el paquete trae una parte de un archivo adjunto que no figura en su lista (fragmento %1); no se ha fusionado nada</translation>
    </message>
    <message>
        <source>bundle lists a part of an attached file it does not carry (chunk %1); nothing was merged</source>
        <translation>el paquete enumera una parte de un archivo adjunto que no trae (fragmento %1); no se ha fusionado nada</translation>
    </message>
</context>
<context>
    <name>tandem::ExchangeController</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The office keys are unlocked.</source>
        <translation>Las claves de la oficina están desbloqueadas.</translation>
    </message>
    <message>
        <source>The office keys are locked.</source>
        <translation>Las claves de la oficina están bloqueadas.</translation>
    </message>
    <message>
        <source>The key card carries this office&apos;s public keys.</source>
        <translation>La tarjeta de clave contiene las claves públicas de esta oficina.</translation>
    </message>
    <message>
        <source>The office keys could not be made.</source>
        <translation>No se han podido crear las claves de la oficina.</translation>
    </message>
    <message>
        <source>The key card could not be made.</source>
        <translation>No se ha podido crear la tarjeta de clave.</translation>
    </message>
    <message>
        <source>Trust a Partner Office</source>
        <translation>Confiar en una oficina asociada</translation>
    </message>
    <message>
        <source>Tandem office cards (*.card);;All files (*)</source>
        <translation>Tarjetas de oficina de Tandem (*.card);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The partner office was not trusted.</source>
        <translation>No se ha añadido la oficina asociada como de confianza.</translation>
    </message>
    <message>
        <source>%1 is already trusted, with this same key card.</source>
        <translation>%1 ya es de confianza, con esta misma tarjeta de clave.</translation>
    </message>
    <message>
        <source>%1 is now a trusted partner office.</source>
        <translation>%1 es ahora una oficina asociada de confianza.</translation>
    </message>
    <message>
        <source>The partner offices could not be read.</source>
        <translation>No se han podido leer las oficinas asociadas.</translation>
    </message>
    <message>
        <source>Export for Partners</source>
        <translation>Exportar para las oficinas asociadas</translation>
    </message>
    <message>
        <source>This office trusts no partner office yet.</source>
        <translation>Esta oficina todavía no confía en ninguna oficina asociada.</translation>
    </message>
    <message>
        <source>Ask a partner office for its key card and trust it with Exchange ▸ Trust a Partner Office, then export for it.</source>
        <translation>Pida a una oficina asociada su tarjeta de clave, confíe en ella con Intercambio ▸ Confiar en una oficina asociada y después exporte para ella.</translation>
    </message>
    <message>
        <source>The bundle is signed with this office&apos;s key.</source>
        <translation>El paquete se firma con la clave de esta oficina.</translation>
    </message>
    <message>
        <source>The bundle was not written.</source>
        <translation>No se ha escrito el paquete.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
        <source>The export was cancelled; no bundle was written.</source>
        <translation>Se ha cancelado la exportación; no se ha escrito ningún paquete.</translation>
    </message>
    <message>
        <source>%L1 records for %2 written to the bundle.</source>
        <translation>%L1 registros para %2 escritos en el paquete.</translation>
    </message>
    <message>
        <source>%1 (%2). Give it to them on a USB stick, by e-mail or on a shared drive: only they can open it.</source>
        <translation>%1 (%2). Entrégueselo en una memoria USB, por correo electrónico o en una unidad compartida: solo ellas pueden abrirlo.</translation>
    </message>
    <message>
        <source>Merge a Bundle</source>
        <translation>Fusionar un paquete</translation>
    </message>
    <message>
        <source>Tandem bundles (*.bundle);;All files (*)</source>
        <translation>Paquetes de Tandem (*.bundle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The bundle was not merged; nothing was changed.</source>
        <translation>No se ha fusionado el paquete; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The bundle opens with this office&apos;s key.</source>
        <translation>El paquete se abre con la clave de esta oficina.</translation>
    </message>
    <message>
        <source>Checking and merging the bundle…</source>
        <translation>Comprobando y fusionando el paquete…</translation>
    </message>
    <message>
        <source>The merge was cancelled; nothing was changed.</source>
        <translation>Se ha cancelado la fusión; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1&apos;s new key is trusted; bundles signed with its old key are refused from now on.</source>
        <translation>Se confía en la nueva clave de %1; los paquetes firmados con su clave anterior se rechazan a partir de ahora.</translation>
    </message>
    <message>
        <source>The partner office&apos;s trust was not revoked.</source>
        <translation>No se revocó la confianza en la oficina asociada.</translation>
    </message>
    <message>
        <source>it is no longer a trusted partner office</source>
        <translation>ya no es una oficina asociada de confianza</translation>
    </message>
    <message>
        <source>Untrust a Partner Office</source>
        <translation>Dejar de confiar en una oficina asociada</translation>
    </message>
    <message>
        <source>Stop trusting %1?</source>
        <translation>¿Dejar de confiar en %1?</translation>
    </message>
    <message>
        <source>Bundles from %1 will be refused and no bundle will be made for it. Its records stay in this file. To exchange with it again, trust its key card again.</source>
        <translation>Los paquetes de %1 se rechazarán y no se hará ningún paquete para esta oficina. Sus registros permanecen en este archivo. Para volver a intercambiar con ella, confíe de nuevo en su tarjeta de clave.</translation>
    </message>
    <message>
        <source>&amp;Untrust</source>
        <translation>&amp;Dejar de confiar</translation>
    </message>
    <message>
        <source>%1 is no longer trusted.</source>
        <translation>Ya no se confía en %1.</translation>
    </message>
    <message>
        <source>The machines of this office could not be read.</source>
        <translation>No se pudieron leer los equipos de esta oficina.</translation>
    </message>
    <message>
        <source>%1 (a machine of this office)</source>
        <translation>%1 (un equipo de esta oficina)</translation>
    </message>
</context>
<context>
    <name>tandem::ExchangeFolder</name>
    <message>
        <source>the exchange folder does not exist (is the share or the stick there?)</source>
        <translation>la carpeta de intercambio no existe (¿está el recurso compartido o la memoria USB?)</translation>
    </message>
    <message>
        <source>this is a file, not a folder</source>
        <translation>esto es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>the exchange folder cannot be written (read only, or the disk is full): %1</source>
        <translation>no se puede escribir en la carpeta de intercambio (solo lectura o disco lleno): %1</translation>
    </message>
    <message>
        <source>no bundle could be written for %1: %2</source>
        <translation>no se pudo escribir ningún paquete para %1: %2</translation>
    </message>
    <message>
        <source>the bundle for %1 could not be put in the folder</source>
        <translation>el paquete para %1 no se pudo poner en la carpeta</translation>
    </message>
    <message>
        <source>the exchange was cancelled: the bundles merged before stay merged, and the one being merged was left as it was for the next exchange</source>
        <translation>se canceló el intercambio: los paquetes fusionados antes siguen fusionados, y el que se estaba fusionando quedó como estaba para el próximo intercambio</translation>
    </message>
    <message>
        <source>cannot read the partner offices</source>
        <translation>no se pueden leer las oficinas asociadas</translation>
    </message>
</context>
<context>
    <name>tandem::ExchangeView</name>
    <message>
        <source>Partner offices</source>
        <translation>Oficinas asociadas</translation>
    </message>
    <message>
        <source>No partner office yet. Ask a partner for its key card, then trust it to exchange bundles with it.</source>
        <translation>Todavía no hay ninguna oficina asociada. Pida a una oficina asociada su tarjeta de clave y después confíe en ella para intercambiar paquetes.</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflictos por revisar</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Keep the value of %1 (%2)</source>
        <translation>Conservar el valor de %1 (%2)</translation>
    </message>
    <message>
        <source>Take the other value of %1 (%2)</source>
        <translation>Tomar el otro valor de %1 (%2)</translation>
    </message>
    <message>
        <source>The conflict could not be resolved.</source>
        <translation>No se ha podido resolver el conflicto.</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Nada que revisar</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflicto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts</source>
        <translation>
            <numerusform>%Ln conflicto</numerusform>
            <numerusform>%Ln conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Untrust…</source>
        <translation>&amp;Dejar de confiar…</translation>
    </message>
    <message>
        <source>Stop trusting the selected partner office: its bundles are refused</source>
        <translation>Dejar de confiar en la oficina asociada seleccionada: sus paquetes se rechazan</translation>
    </message>
    <message>
        <source>Delete %1 with its owner</source>
        <translation>Eliminar %1 con su propietario</translation>
    </message>
    <message>
        <source>Restore the owner of %1</source>
        <translation>Restaurar el propietario de %1</translation>
    </message>
    <message>
        <source>The survivor could not be given a new code.</source>
        <translation>No se pudo dar un nuevo código al superviviente.</translation>
    </message>
    <message>
        <source>New code %1 for survivor %2</source>
        <translation>Nuevo código %1 para el superviviente %2</translation>
    </message>
</context>
<context>
    <name>tandem::ExportDialog</name>
    <message>
        <source>Only what is &amp;new to them (incremental)</source>
        <translation>Solo lo que es &amp;nuevo para ellas (incremental)</translation>
    </message>
    <message>
        <source>&amp;Everything (full)</source>
        <translation>&amp;Todo (completo)</translation>
    </message>
    <message>
        <source>Export for Partners</source>
        <translation>Exportar para las oficinas asociadas</translation>
    </message>
    <message>
        <source>For which partner offices</source>
        <translation>Para qué oficinas asociadas</translation>
    </message>
    <message>
        <source>Partner offices to export for</source>
        <translation>Oficinas asociadas para las que exportar</translation>
    </message>
    <message>
        <source>Fingerprint %1
Last export: %2</source>
        <translation>Huella %1
Última exportación: %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>A bundle for several offices holds only what all of them may see.</source>
        <translation>Un paquete para varias oficinas solo contiene lo que todas ellas pueden ver.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Everything this office shares, also what they already have: for a partner that lost its file or missed a bundle.</source>
        <translation>Todo lo que comparte esta oficina, también lo que ya tienen: para una oficina asociada que perdió su archivo o no recibió un paquete.</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Bundle File</source>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <source>Tandem bundles (*.bundle)</source>
        <translation>Paquetes de Tandem (*.bundle)</translation>
    </message>
    <message>
        <source>for-%1-%2.bundle</source>
        <translation>para-%1-%2.bundle</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 ya existe. Elija otro nombre.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
</context>
<context>
    <name>tandem::Field</name>
    <message>
        <source>Sharing</source>
        <translation>Uso compartido</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>Clave de cifrado</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
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
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Code name</source>
        <translation>Nombre en clave</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Trafficking type</source>
        <translation>Tipo de trata</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Organismo principal</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Briefing time</source>
        <translation>Hora de la reunión informativa</translation>
    </message>
    <message>
        <source>Briefing place</source>
        <translation>Lugar de la reunión informativa</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Legal authority (warrants)</source>
        <translation>Base legal (órdenes judiciales)</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Nivel de riesgo</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Peligros</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Medidas de mitigación</translation>
    </message>
    <message>
        <source>Communications plan</source>
        <translation>Plan de comunicaciones</translation>
    </message>
    <message>
        <source>Contingency plan</source>
        <translation>Plan de contingencia</translation>
    </message>
    <message>
        <source>Medical plan</source>
        <translation>Plan médico</translation>
    </message>
    <message>
        <source>Nearest hospital</source>
        <translation>Hospital más cercano</translation>
    </message>
    <message>
        <source>Expected survivors</source>
        <translation>Supervivientes previstos</translation>
    </message>
    <message>
        <source>Expected minors</source>
        <translation>Menores previstos</translation>
    </message>
    <message>
        <source>Expected languages</source>
        <translation>Idiomas previstos</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>Necesidades especiales</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Entry points</source>
        <translation>Puntos de entrada</translation>
    </message>
    <message>
        <source>Occupants expected</source>
        <translation>Ocupantes previstos</translation>
    </message>
    <message>
        <source>Assigned team</source>
        <translation>Equipo asignado</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Responsable de equipo</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Efectivos</translation>
    </message>
    <message>
        <source>Reporting location</source>
        <translation>Lugar de presentación</translation>
    </message>
    <message>
        <source>Reporting time</source>
        <translation>Hora de presentación</translation>
    </message>
    <message>
        <source>Radio channel</source>
        <translation>Canal de radio</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Owner agency</source>
        <translation>Organismo responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Recovered at</source>
        <translation>Lugar del rescate</translation>
    </message>
    <message>
        <source>Rescue time (T0)</source>
        <translation>Hora del rescate (T0)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Franja de edad</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Foreign national</source>
        <translation>Extranjero</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Sexual violence reported</source>
        <translation>Violencia sexual declarada</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>Superviviente</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Recipient office</source>
        <translation>Oficina destinataria</translation>
    </message>
    <message>
        <source>Recipient agency</source>
        <translation>Organismo destinatario</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Otorgado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Revisado por</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Rol responsable</translation>
    </message>
    <message>
        <source>Due relative to</source>
        <translation>Referencia del vencimiento</translation>
    </message>
    <message>
        <source>Due offset (minutes)</source>
        <translation>Plazo (minutos)</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Protocol step</source>
        <translation>Paso del protocolo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Realizado por</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Hora de realización</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Derivado a</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Accepts minors</source>
        <translation>Acepta menores</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Acta</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Source (protected)</source>
        <translation>Fuente (protegida)</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Credibilidad</translation>
    </message>
    <message>
        <source>Linked operation</source>
        <translation>Operación vinculada</translation>
    </message>
    <message>
        <source>Planning (1–5)</source>
        <translation>Planificación (1–5)</translation>
    </message>
    <message>
        <source>Communication (1–5)</source>
        <translation>Comunicación (1–5)</translation>
    </message>
    <message>
        <source>Victim care (1–5)</source>
        <translation>Atención a víctimas (1–5)</translation>
    </message>
    <message>
        <source>Safety (1–5)</source>
        <translation>Seguridad (1–5)</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Qué funcionó</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Qué cambiar</translation>
    </message>
    <message>
        <source>Referral answer</source>
        <translation>Respuesta a la derivación</translation>
    </message>
    <message>
        <source>Reason refused</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Referral outcome</source>
        <translation>Resultado de la derivación</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Lección aprendida</translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation>Motivo de la retirada</translation>
    </message>
    <message>
        <source>Reason for retiring</source>
        <translation>Motivo de la retirada</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Aprobado el</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Cambiado por</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Fecha del cambio</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Sharing group</source>
        <translation>Grupo de uso compartido</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Compartido por</translation>
    </message>
    <message>
        <source>Trusts</source>
        <translation>Confía en</translation>
    </message>
    <message>
        <source>Member offices</source>
        <translation>Oficinas miembro</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Código de la oficina</translation>
    </message>
    <message>
        <source>Code words</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Need-to-know roles</source>
        <translation>Funciones con necesidad de conocer</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitida por</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Tipo de archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Attached by</source>
        <translation>Adjuntado por</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Adjuntado</translation>
    </message>
    <message>
        <source>Needs a warrant</source>
        <translation>Requiere orden judicial</translation>
    </message>
    <message>
        <source>Warrant number</source>
        <translation>Número de la orden</translation>
    </message>
    <message>
        <source>Issuing court</source>
        <translation>Órgano judicial emisor</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juez</translation>
    </message>
    <message>
        <source>Targets covered</source>
        <translation>Objetivos cubiertos</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation>Orden judicial</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>tandem::FieldEditor</name>
    <message>
        <source>%1 takes at most %L2 characters; the text would have had %L3, so it was not taken.</source>
        <translation>%1 admite como máximo %L2 caracteres; el texto habría tenido %L3, así que no se ha aceptado.</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separados por comas</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 is a whole number from %L2 to %L3; “%4” was not taken.</source>
        <translation>%1 es un número entero de %L2 a %L3; no se ha aceptado “%4”.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin establecer</translation>
    </message>
    <message>
        <source>One of this office&apos;s people</source>
        <translation>Una de las personas de esta oficina</translation>
    </message>
    <message>
        <source>A group of another office</source>
        <translation>Un grupo de otra oficina</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Grupo: %1</translation>
    </message>
    <message>
        <source>Never leaves this office</source>
        <translation>Nunca sale de esta oficina</translation>
    </message>
    <message>
        <source>Goes to the offices that the office it comes from trusts</source>
        <translation>Va a las oficinas en las que confía la oficina de la que procede</translation>
    </message>
    <message>
        <source>Goes to every office, relayed onward</source>
        <translation>Va a todas las oficinas, reenviado de una a otra</translation>
    </message>
    <message>
        <source>Goes to the group&apos;s member offices only</source>
        <translation>Va solo a las oficinas miembro del grupo</translation>
    </message>
    <message>
        <source>(deleted %1)</source>
        <translation>(%1 eliminado)</translation>
    </message>
</context>
<context>
    <name>tandem::FieldMessage</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>tandem::FieldsPage</name>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
</context>
<context>
    <name>tandem::FigureModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>tandem::FigurePanel</name>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Guardar gráfico como PNG…</translation>
    </message>
    <message>
        <source>Save Table as CSV…</source>
        <translation>Guardar tabla como CSV…</translation>
    </message>
    <message>
        <source>The chart could not be saved.</source>
        <translation>No se ha podido guardar el gráfico.</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>no se ha podido escribir la imagen</translation>
    </message>
    <message>
        <source>The table could not be saved.</source>
        <translation>No se ha podido guardar la tabla.</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Guardar gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Save Table as CSV</source>
        <translation>Guardar tabla como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>tandem::FileSafetyController</name>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>%1 cannot be opened for changes.</source>
        <translation>%1 no se puede abrir para hacer cambios.</translation>
    </message>
    <message>
        <source>%1

%2

You can open it read-only: you can read it and save a copy of it, but not change it.</source>
        <translation>%1

%2

Puede abrirlo en modo de solo lectura: podrá leerlo y guardar una copia, pero no modificarlo.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Abrir en &amp;solo lectura</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <source>Tandem files (*.tandem)</source>
        <translation>Archivos de Tandem (*.tandem)</translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation>No se ha guardado la copia.</translation>
    </message>
    <message>
        <source>this is the open file itself; choose another name</source>
        <translation>este es el propio archivo abierto; elija otro nombre</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>Copiando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The copy was cancelled; no file was written.</source>
        <translation>Se ha cancelado la copia; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>saved a copy to %1</source>
        <translation>se guardó una copia en %1</translation>
    </message>
    <message>
        <source>Saved a copy as %1 (%2).</source>
        <translation>Se ha guardado una copia como %1 (%2).</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>No se ha restaurado la copia de seguridad.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>There is no backup of %1 yet.</source>
        <translation>Todavía no hay ninguna copia de seguridad de %1.</translation>
    </message>
    <message>
        <source>Everything written to %1 since %2 is lost from it: %L3 changes to records (edits made here and records merged from partners), %L4 entries of the audit trail, and the undo history.</source>
        <translation>Todo lo escrito en %1 desde %2 se perderá: %L3 cambios en registros (ediciones hechas aquí y registros fusionados de oficinas asociadas), %L4 entradas del registro de auditoría y el historial de deshacer.</translation>
    </message>
    <message>
        <source>Nothing was written to %1 since %2: the file will be as it is now.</source>
        <translation>No se ha escrito nada en %1 desde %2: el archivo quedará como está ahora.</translation>
    </message>
    <message>
        <source>Restore %1 as it was on %2?</source>
        <translation>¿Restaurar %1 tal como estaba el %2?</translation>
    </message>
    <message>
        <source>The file as it is now is kept as a backup first (“before restore”), so you can go back to it from this same list.</source>
        <translation>Primero se conserva el archivo tal como está ahora como copia de seguridad (“antes de restaurar”), para que pueda volver a él desde esta misma lista.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>restored the backup of %1 (%2)</source>
        <translation>se restauró la copia de seguridad de %1 (%2)</translation>
    </message>
    <message>
        <source>Restored %1 as it was on %2. The file as it was before is kept as a backup.</source>
        <translation>Se ha restaurado %1 tal como estaba el %2. El archivo tal como estaba antes se conserva como copia de seguridad.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Copia de seguridad hecha en %1.</translation>
    </message>
    <message>
        <source>The routine backup was not made: %1</source>
        <translation>No se hizo la copia de seguridad periódica: %1</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>al cerrar</translation>
    </message>
    <message>
        <source>on opening</source>
        <translation>al abrir</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>Haciendo copia de seguridad de %1…</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <source>The backup was cancelled; none was made.</source>
        <translation>Se canceló la copia de seguridad; no se hizo ninguna.</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>No se hizo la copia de seguridad.</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2). Restore from Backup lists it.</source>
        <translation>Copia de seguridad hecha en %1 (%2). Restaurar desde una copia de seguridad la muestra.</translation>
    </message>
    <message>
        <source>The records it changed go back to how they were before it, and the records it added are removed; the other records keep what was done to them since. Partners send what it merged again at the next exchange.</source>
        <translation>Los registros que cambió vuelven a como estaban antes y los registros que añadió se eliminan; los demás registros conservan lo que se les hizo desde entonces. Los socios vuelven a enviar lo que fusionó en el próximo intercambio.</translation>
    </message>
    <message>
        <source>Undo the change of %1 (“%2”)?</source>
        <translation>¿Deshacer el cambio del %1 («%2»)?</translation>
    </message>
    <message>
        <source>The undo is itself kept in this list, so you can bring the change back.</source>
        <translation>Lo deshecho también se guarda en esta lista, así que puede recuperar el cambio.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Nothing was undone.</source>
        <translation>No se deshizo nada.</translation>
    </message>
    <message>
        <source>Undone: %1 records put back as they were, %2 removed.</source>
        <translation>Deshecho: %1 registros vueltos a como estaban, %2 eliminados.</translation>
    </message>
    <message>
        <source>Tandem keeps an undo of every merge of a bundle, and copies the file when it is opened (once a day) and closed after changes, and with File ▸ Back Up Now, in the folder %1.</source>
        <translation>Tandem guarda cómo deshacer cada fusión de un paquete y copia el archivo al abrirlo (una vez al día), al cerrarlo tras cambios y con Archivo ▸ Hacer copia de seguridad ahora, en la carpeta %1.</translation>
    </message>
    <message>
        <source>The later change kept in this list is undone first.</source>
        <translation>Antes se deshace el cambio posterior guardado en esta lista.</translation>
    </message>
    <message numerus="yes">
        <source>%n later changes kept in this list are undone first.</source>
        <translation>
            <numerusform>Antes se deshace %n cambio posterior guardado en esta lista.</numerusform>
            <numerusform>Antes se deshacen %n cambios posteriores guardados en esta lista.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::FingerprintLabel</name>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
</context>
<context>
    <name>tandem::FolderExchange</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>1 bundle merged</source>
        <translation>1 paquete fusionado</translation>
    </message>
    <message numerus="yes">
        <source>%n bundles merged</source>
        <translation>
            <numerusform>%n paquete fusionado</numerusform>
            <numerusform>%n paquetes fusionados</numerusform>
        </translation>
    </message>
    <message>
        <source>1 bundle written</source>
        <translation>1 paquete escrito</translation>
    </message>
    <message numerus="yes">
        <source>%n bundles written</source>
        <translation>
            <numerusform>%n paquete escrito</numerusform>
            <numerusform>%n paquetes escritos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 bundle set aside</source>
        <translation>1 paquete apartado</translation>
    </message>
    <message numerus="yes">
        <source>%n bundles set aside</source>
        <translation>
            <numerusform>%n paquete apartado</numerusform>
            <numerusform>%n paquetes apartados</numerusform>
        </translation>
    </message>
    <message>
        <source>1 bundle still arriving</source>
        <translation>1 paquete aún llegando</translation>
    </message>
    <message numerus="yes">
        <source>%n bundles still arriving</source>
        <translation>
            <numerusform>%n paquete aún llegando</numerusform>
            <numerusform>%n paquetes aún llegando</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <source>Exchange Folder</source>
        <translation>Carpeta de intercambio</translation>
    </message>
    <message>
        <source>Point Tandem at a folder that a sync engine keeps in step with your partners (Syncthing, a Nextcloud or network share, or a USB stick carried by hand). Tandem writes each trusted partner&apos;s changes there as sealed bundles and merges the ones addressed to this office, on its own while the office keys are unlocked.</source>
        <translation>Indique a Tandem una carpeta que un motor de sincronización mantiene igual con sus socios (Syncthing, un recurso compartido de Nextcloud o de red, o una memoria USB llevada a mano). Tandem escribe allí los cambios de cada socio de confianza como paquetes sellados y fusiona los dirigidos a esta oficina, por sí solo mientras las claves de la oficina están desbloqueadas.</translation>
    </message>
    <message>
        <source>Exchange folder</source>
        <translation>Carpeta de intercambio</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Stop Using It</source>
        <translation>&amp;Dejar de usarla</translation>
    </message>
    <message>
        <source>&amp;Exchange Now</source>
        <translation>&amp;Intercambiar ahora</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Last written for it</source>
        <translation>Último escrito para él</translation>
    </message>
    <message>
        <source>Last merged from it</source>
        <translation>Último fusionado de él</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Dónde está</translation>
    </message>
    <message>
        <source>Set aside (bundles that could not be merged)</source>
        <translation>Apartados (paquetes que no se pudieron fusionar)</translation>
    </message>
    <message>
        <source>Bundles set aside</source>
        <translation>Paquetes apartados</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Apartado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Choose the Exchange Folder</source>
        <translation>Elegir la carpeta de intercambio</translation>
    </message>
    <message>
        <source>The folder was not chosen.</source>
        <translation>No se eligió la carpeta.</translation>
    </message>
    <message>
        <source>The folder is still in use.</source>
        <translation>La carpeta sigue en uso.</translation>
    </message>
    <message>
        <source>None: bundles are exchanged by hand</source>
        <translation>Ninguna: los paquetes se intercambian a mano</translation>
    </message>
    <message>
        <source>Choose a folder to exchange through it.</source>
        <translation>Elija una carpeta para intercambiar a través de ella.</translation>
    </message>
    <message>
        <source>The last exchange failed (%1): %2</source>
        <translation>El último intercambio falló (%1): %2</translation>
    </message>
    <message>
        <source>Last exchange %1: %2.</source>
        <translation>Último intercambio %1: %2.</translation>
    </message>
    <message>
        <source>No exchange yet in this session: it starts once the office keys are unlocked (Exchange Now).</source>
        <translation>Aún no hubo intercambio en esta sesión: empieza cuando se desbloquean las claves de la oficina (Intercambiar ahora).</translation>
    </message>
    <message>
        <source>A bundle waits for it in the folder</source>
        <translation>Un paquete le espera en la carpeta</translation>
    </message>
    <message>
        <source>It has merged everything written for it</source>
        <translation>Ha fusionado todo lo escrito para él</translation>
    </message>
    <message>
        <source>Nothing written for it yet</source>
        <translation>Aún no se ha escrito nada para él</translation>
    </message>
    <message>
        <source>changes here since the last bundle</source>
        <translation>cambios aquí desde el último paquete</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>An office not trusted</source>
        <translation>Una oficina que no es de confianza</translation>
    </message>
    <message>
        <source>this is not a folder</source>
        <translation>esto no es una carpeta</translation>
    </message>
    <message>
        <source>Exchanging through the folder needs this office&apos;s key.</source>
        <translation>Intercambiar a través de la carpeta necesita la clave de esta oficina.</translation>
    </message>
    <message>
        <source>Nothing was exchanged.</source>
        <translation>No se intercambió nada.</translation>
    </message>
    <message>
        <source>The exchange folder could not be used: %1</source>
        <translation>No se pudo usar la carpeta de intercambio: %1</translation>
    </message>
    <message>
        <source>Exchange folder: %1.</source>
        <translation>Carpeta de intercambio: %1.</translation>
    </message>
    <message>
        <source>Exchanging through the folder…</source>
        <translation>Intercambiando a través de la carpeta…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Warning: the folder holds bundles under this office&apos;s name that this file did not write (%1). Is a copy of this file exchanging through the same folder? Another machine of the office needs a seat of its own.</source>
        <translation>Atención: la carpeta tiene paquetes con el nombre de esta oficina que este archivo no escribió (%1). ¿Hay una copia de este archivo intercambiando por la misma carpeta? Otra máquina de la oficina necesita un puesto propio.</translation>
    </message>
    <message>
        <source>Exchange folder: bundles under this office&apos;s name that this file did not write are in the folder (Exchange ▸ Exchange Folder… says which).</source>
        <translation>Carpeta de intercambio: en la carpeta hay paquetes con el nombre de esta oficina que este archivo no escribió (Intercambio ▸ Carpeta de intercambio… dice cuáles).</translation>
    </message>
    <message>
        <source>1 bundle left for a lead or a liaison (it carries identities)</source>
        <translation>1 paquete dejado para un responsable o un enlace (lleva identidades)</translation>
    </message>
    <message numerus="yes">
        <source>%n bundles left for a lead or a liaison (they carry identities)</source>
        <translation>
            <numerusform>%n paquete dejado para un responsable o un enlace (lleva identidades)</numerusform>
            <numerusform>%n paquetes dejados para un responsable o un enlace (llevan identidades)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (a machine of this office)</source>
        <translation>%1 (un equipo de esta oficina)</translation>
    </message>
</context>
<context>
    <name>tandem::FollowUpModel</name>
    <message>
        <source>Meeting: %1</source>
        <translation>Reunión: %1</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Operación: %1</translation>
    </message>
    <message>
        <source>Review “%1”</source>
        <translation>Revisar “%1”</translation>
    </message>
    <message>
        <source>Protocol, version %1</source>
        <translation>Protocolo, versión %1</translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation>última: %1</translation>
    </message>
    <message>
        <source>What is owed between operations could not be read: %1</source>
        <translation>No se han podido leer los compromisos pendientes entre operaciones: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <source>“%1” could not be marked done: %2</source>
        <translation>No se ha podido marcar “%1” como hecho: %2</translation>
    </message>
    <message>
        <source>Action item: tick it when it is done</source>
        <translation>Tarea acordada: márquela cuando esté hecha</translation>
    </message>
    <message>
        <source>Operation task: tick it when it is done</source>
        <translation>Tarea de la operación: márquela cuando esté hecha</translation>
    </message>
    <message>
        <source>Protocol review: open the protocol (double-click) and save the review</source>
        <translation>Revisión del protocolo: abra el protocolo (doble clic) y guarde la revisión</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 de retraso</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dentro de %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>How late / in</source>
        <translation>Retraso / plazo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Erase the identity of %1</source>
        <translation>Borrar la identidad de %1</translation>
    </message>
    <message>
        <source>Kept past the retention period: open the survivor (double-click) and erase the identity</source>
        <translation>Conservada más allá del plazo de conservación: abra el superviviente (doble clic) y borre la identidad</translation>
    </message>
    <message>
        <source>Action item, task, review or erasure</source>
        <translation>Acción, tarea, revisión o borrado</translation>
    </message>
    <message>
        <source>%1, closed %2</source>
        <translation>%1, cerrada el %2</translation>
    </message>
    <message>
        <source>Warrant %1 is issued after the operation starts</source>
        <translation>La orden judicial %1 se emite después del inicio de la operación</translation>
    </message>
    <message>
        <source>Warrant %1 expires before the operation starts</source>
        <translation>La orden judicial %1 caduca antes del inicio de la operación</translation>
    </message>
    <message>
        <source>Due when the operation starts: open the operation (double-click) and add a warrant valid then</source>
        <translation>Vence al inicio de la operación: abra la operación (doble clic) y añada una orden judicial válida en ese momento</translation>
    </message>
</context>
<context>
    <name>tandem::FormMessage</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>tandem::Groups</name>
    <message>
        <source>a sharing group needs a name</source>
        <translation>un grupo de uso compartido necesita un nombre</translation>
    </message>
    <message>
        <source>there is already a sharing group named &quot;%1&quot;</source>
        <translation>ya existe un grupo de uso compartido llamado «%1»</translation>
    </message>
    <message>
        <source>there is no office with id %1 in the directory</source>
        <translation>no hay ninguna oficina con el id %1 en el directorio</translation>
    </message>
    <message>
        <source>there is no office named &quot;%1&quot; in the directory</source>
        <translation>no hay ninguna oficina llamada «%1» en el directorio</translation>
    </message>
    <message>
        <source>%1 offices are named &quot;%2&quot;: give the office&apos;s id</source>
        <translation>%1 oficinas se llaman «%2»: indique el id de la oficina</translation>
    </message>
</context>
<context>
    <name>tandem::HelpWindow</name>
    <message>
        <source>Tandem Guide</source>
        <translation>Guía de Tandem</translation>
    </message>
</context>
<context>
    <name>tandem::IdentityController</name>
    <message>
        <source>Survivors&apos; identifying details can be read while the office keys are unlocked. Click to lock them now.</source>
        <translation>Los datos identificativos de los supervivientes se pueden leer mientras las claves de la oficina estén desbloqueadas. Haga clic para bloquearlas ahora.</translation>
    </message>
    <message>
        <source>Office keys unlocked; click to lock</source>
        <translation>Claves de la oficina desbloqueadas; haga clic para bloquearlas</translation>
    </message>
    <message>
        <source>Survivors&apos; identities are unlocked until the keys go unused for %1 minutes.</source>
        <translation>Las identidades de los supervivientes permanecen desbloqueadas hasta que las claves pasen %1 minutos sin usarse.</translation>
    </message>
    <message>
        <source>Survivors&apos; identities were not unlocked.</source>
        <translation>No se han desbloqueado las identidades de los supervivientes.</translation>
    </message>
    <message>
        <source>the file is open read-only, and every unlock of the office keys is written to its audit log; open it for changes to read identifying details</source>
        <translation>el archivo está abierto en modo de solo lectura, y cada desbloqueo de las claves de la oficina se anota en su registro de auditoría; ábralo para hacer cambios si quiere leer los datos identificativos</translation>
    </message>
    <message>
        <source>To read survivors&apos; identifying details, sealed in the file.</source>
        <translation>Para leer los datos identificativos de los supervivientes, sellados en el archivo.</translation>
    </message>
    <message>
        <source>the file is open read-only: nothing can be changed</source>
        <translation>el archivo está abierto en modo de solo lectura: no se puede cambiar nada</translation>
    </message>
    <message>
        <source>this file has no office keys yet; Tandem makes them, with the passphrase you choose then, at the first export, merge or unlock</source>
        <translation>este archivo aún no tiene claves de oficina; Tandem las crea, con la frase de contraseña que usted elija en ese momento, en la primera exportación, fusión o desbloqueo</translation>
    </message>
    <message>
        <source>wrapped with a new passphrase</source>
        <translation>protegidas con una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Identities unlocked — locks in under a minute</source>
        <translation>Identidades desbloqueadas — se bloquean en menos de un minuto</translation>
    </message>
    <message>
        <source>Identities unlocked — locks in %1 min</source>
        <translation>Identidades desbloqueadas — se bloquean en %1 min</translation>
    </message>
    <message>
        <source>Not in a file open read-only: every unlock is written to the file&apos;s audit log</source>
        <translation>No disponible en un archivo abierto en modo de solo lectura: cada desbloqueo se anota en el registro de auditoría del archivo</translation>
    </message>
    <message>
        <source>%1 may not read survivors&apos; identities: only a lead or a liaison can</source>
        <translation>%1 no puede leer las identidades de los sobrevivientes: solo un responsable o un enlace puede</translation>
    </message>
    <message>
        <source>Your passphrase was not changed.</source>
        <translation>Su frase de contraseña no se ha cambiado.</translation>
    </message>
    <message>
        <source>Change Your Passphrase</source>
        <translation>Cambiar su frase de contraseña</translation>
    </message>
    <message>
        <source>Enter your current passphrase first.</source>
        <translation>Introduzca primero su frase de contraseña actual.</translation>
    </message>
    <message>
        <source>Choose your new passphrase. Your key slot is wrapped again with it; no record changes, the other people of the office keep theirs, and partners need not be told (the key card stays the same).</source>
        <translation>Elija su nueva frase de contraseña. Su ranura de claves se vuelve a proteger con ella; ningún registro cambia, las demás personas de la oficina conservan la suya y no hace falta avisar a los socios (la tarjeta de claves no cambia).</translation>
    </message>
    <message>
        <source>key slot</source>
        <translation>ranura de claves</translation>
    </message>
    <message>
        <source>Your passphrase was changed; the old one no longer opens the keys.</source>
        <translation>Su frase de contraseña se ha cambiado; la anterior ya no abre las claves.</translation>
    </message>
    <message>
        <source>Enter your passphrase to read survivors&apos; identifying details</source>
        <translation>Introduzca su frase de contraseña para leer los datos identificativos de los supervivientes</translation>
    </message>
    <message>
        <source>the file is open read-only</source>
        <translation>el archivo está abierto solo para lectura</translation>
    </message>
    <message>
        <source>Where new records go was not changed.</source>
        <translation>No se cambió adónde van los registros nuevos.</translation>
    </message>
    <message>
        <source>How long identities are kept was not changed.</source>
        <translation>No se cambió cuánto tiempo se conservan las identidades.</translation>
    </message>
    <message>
        <source>The largest attached file was not changed.</source>
        <translation>No se ha cambiado el tamaño máximo de los archivos adjuntos.</translation>
    </message>
</context>
<context>
    <name>tandem::IdentityPanel</name>
    <message>
        <source>Reveal Identity</source>
        <translation>Mostrar identidad</translation>
    </message>
    <message>
        <source>Save Identity</source>
        <translation>Guardar identidad</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Identifying details: office only</source>
        <translation>Datos identificativos: solo esta oficina</translation>
    </message>
    <message>
        <source>These details stay in this office. They are shared with a partner office only while the survivor&apos;s consent for their identity covers it, and never appear in lists, reports or the Today view. Reveal them only when you need them; they are hidden again when you move on.</source>
        <translation>Estos datos permanecen en esta oficina. Solo se comparten con una oficina asociada mientras el consentimiento del superviviente sobre su identidad lo permita, y nunca aparecen en listas, informes ni en la vista Hoy. Muéstrelos solo cuando los necesite; se vuelven a ocultar cuando pasa a otra cosa.</translation>
    </message>
    <message>
        <source>Hidden.</source>
        <translation>Oculto.</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-dd</translation>
    </message>
    <message>
        <source>The identity could not be read.</source>
        <translation>No se ha podido leer la identidad.</translation>
    </message>
    <message>
        <source>Add identity</source>
        <translation>Añadir identidad</translation>
    </message>
    <message>
        <source>Edit identity</source>
        <translation>Editar identidad</translation>
    </message>
    <message>
        <source>The identity could not be saved.</source>
        <translation>No se ha podido guardar la identidad.</translation>
    </message>
    <message>
        <source>shown in the survivor&apos;s pane</source>
        <translation>mostrada en el panel de la persona sobreviviente</translation>
    </message>
    <message>
        <source>The identity is not shown: its showing could not be written to the audit trail.</source>
        <translation>La identidad no se muestra: no se pudo anotar en el registro de auditoría que se mostraba.</translation>
    </message>
    <message>
        <source>Erase Identity…</source>
        <translation>Borrar identidad…</translation>
    </message>
    <message>
        <source>Erase these details for good, here and at partners holding a copy; the case stays</source>
        <translation>Borrar estos datos para siempre, aquí y en las oficinas asociadas que tengan una copia; el caso se conserva</translation>
    </message>
    <message>
        <source>Erase Identity</source>
        <translation>Borrar identidad</translation>
    </message>
    <message>
        <source>Erase the identity of %1 for good?</source>
        <translation>¿Borrar para siempre la identidad de %1?</translation>
    </message>
    <message>
        <source>The name, date of birth, contact and notes are erased from this file and from its backups. Partner offices holding a copy erase theirs when they merge the recall sent with the next exchange. The case stays: its code, checklist and consents. This cannot be undone.</source>
        <translation>El nombre, la fecha de nacimiento, el contacto y las notas se borran de este archivo y de sus copias de seguridad. Las oficinas asociadas que tengan una copia borran la suya al fusionar la retirada enviada con el próximo intercambio. El caso se conserva: su código, su lista de pasos y sus consentimientos. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Reason for erasing:</source>
        <translation>Motivo del borrado:</translation>
    </message>
    <message>
        <source>Rewriting the file and its backups without the identity…</source>
        <translation>Reescribiendo el archivo y sus copias de seguridad sin la identidad…</translation>
    </message>
    <message>
        <source>The identity was not erased.</source>
        <translation>La identidad no se borró.</translation>
    </message>
    <message>
        <source>Partner offices holding a copy erase theirs when they merge your next bundle.</source>
        <translation>Las oficinas asociadas que tengan una copia borran la suya al fusionar su próximo paquete.</translation>
    </message>
    <message>
        <source>Another office recorded it: only this office&apos;s copy was erased.</source>
        <translation>La registró otra oficina: solo se borró la copia de esta oficina.</translation>
    </message>
    <message>
        <source>The identity of %1 was erased, but the file or a backup could not be rewritten yet. Tandem tries again at the next exchange.</source>
        <translation>La identidad de %1 se borró, pero el archivo o una copia de seguridad aún no se pudo reescribir. Tandem lo intentará de nuevo en el próximo intercambio.</translation>
    </message>
    <message>
        <source>The identity of %1 was erased from this file and its backup.</source>
        <translation>La identidad de %1 se borró de este archivo y de su copia de seguridad.</translation>
    </message>
    <message numerus="yes">
        <source>The identity of %1 was erased from this file and %n backups.</source>
        <translation>
            <numerusform>La identidad de %1 se borró de este archivo y de %n copia de seguridad.</numerusform>
            <numerusform>La identidad de %1 se borró de este archivo y de %n copias de seguridad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::Input</name>
    <message>
        <source>line %1 is not valid UTF-8 text (byte %2); save the file as UTF-8</source>
        <translation>la línea %1 no es texto UTF-8 válido (byte %2); guarde el archivo como UTF-8</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1, more than Tandem reads from a file of this kind</source>
        <translation>el archivo ocupa más de %1, más de lo que Tandem lee de un archivo de este tipo</translation>
    </message>
</context>
<context>
    <name>tandem::Invariants</name>
    <message>
        <source>closed with mandatory checklist steps open: %1</source>
        <translation>cerrada con pasos obligatorios de la lista abiertos: %1</translation>
    </message>
    <message>
        <source>version %1 of &quot;%2&quot; is active beside a later active version; retire one</source>
        <translation>la versión %1 de «%2» está activa junto a una versión posterior activa; retire una</translation>
    </message>
    <message>
        <source>%1 has a rescue time but no checklist; set the rescue time again to make it</source>
        <translation>%1 tiene hora de rescate pero no tiene lista de comprobación; vuelva a fijar la hora de rescate para crearla</translation>
    </message>
    <message>
        <source>%1 is %2 but its plan has no approver recorded</source>
        <translation>%1 está en %2, pero su plan no tiene registrado quién lo aprobó</translation>
    </message>
    <message>
        <source>the code %1 is also survivor %2&apos;s; give one of them a new code</source>
        <translation>el código %1 también es del superviviente %2; dé a uno de ellos un código nuevo</translation>
    </message>
</context>
<context>
    <name>tandem::InviteMachineDialog</name>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Invitar</translation>
    </message>
    <message>
        <source>Invite a Machine</source>
        <translation>Invitar a un equipo</translation>
    </message>
    <message>
        <source>Another computer of this office gets a file of its own that exchanges everything of the office with this one, rows kept to the office included. The invitation holds the office&apos;s keys, locked with a one-time passphrase shown after it is written.</source>
        <translation>Otro ordenador de esta oficina recibe un archivo propio que intercambia con este todo lo de la oficina, incluidos los registros reservados a la oficina. La invitación contiene las claves de la oficina, bloqueadas con una frase de contraseña de un solo uso que se muestra una vez escrita la invitación.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>e.g. Field laptop</source>
        <translation>p. ej., Portátil de campo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Survivors&apos; identities reach the machine only when this person&apos;s roles may read them (a lead or a liaison).</source>
        <translation>Las identidades de los supervivientes solo llegan al equipo cuando las funciones de esta persona permiten leerlas (un responsable o un enlace).</translation>
    </message>
    <message>
        <source>Machine &amp;name:</source>
        <translation>&amp;Nombre del equipo:</translation>
    </message>
    <message>
        <source>The invitation&apos;s one-time passphrase:</source>
        <translation>La frase de contraseña de un solo uso de la invitación:</translation>
    </message>
    <message>
        <source>One-time passphrase</source>
        <translation>Frase de contraseña de un solo uso</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Write the Invitation</source>
        <translation>Escribir la invitación</translation>
    </message>
    <message>
        <source>Tandem invitations (*.invitation)</source>
        <translation>Invitaciones de Tandem (*.invitation)</translation>
    </message>
    <message>
        <source>The invitation for &lt;b&gt;%1&lt;/b&gt; (%2) is in %3. On that computer, choose &lt;i&gt;Join an Office as Another Machine…&lt;/i&gt; and give this passphrase. Hand it over apart from the file (read it out, or on paper): whoever has both holds the office&apos;s keys. It works until %4 and is not shown again.</source>
        <translation>La invitación para &lt;b&gt;%1&lt;/b&gt; (%2) está en %3. En ese ordenador, elija &lt;i&gt;Unirse a una oficina como otro equipo…&lt;/i&gt; e indique esta frase de contraseña. Entréguela aparte del archivo (léala en voz alta o en papel): quien tenga ambos tiene las claves de la oficina. Sirve hasta el %4 y no se vuelve a mostrar.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <source>Invitation fi&amp;le:</source>
        <translation>&amp;Archivo de la invitación:</translation>
    </message>
</context>
<context>
    <name>tandem::JoinOfficeDialog</name>
    <message>
        <source>Join an Office as Another Machine</source>
        <translation>Unirse a una oficina como otro equipo</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; invites this computer to keep a file of an office, beside its other machines. The lead who made it gave you its one-time passphrase apart from the file.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; invita a este ordenador a guardar un archivo de una oficina, junto a sus demás equipos. El responsable que creó la invitación le dio su frase de contraseña de un solo uso aparte del archivo.</translation>
    </message>
    <message>
        <source>One-time passphrase</source>
        <translation>Frase de contraseña de un solo uso</translation>
    </message>
    <message>
        <source>e.g. abcd-efgh-…</source>
        <translation>p. ej., abcd-efgh-…</translation>
    </message>
    <message>
        <source>Your passphrase on this machine</source>
        <translation>Su frase de contraseña en este equipo</translation>
    </message>
    <message>
        <source>It opens the office&apos;s keys on this computer, for you. It need not be the one you use elsewhere.</source>
        <translation>Abre las claves de la oficina en este ordenador, para usted. No tiene por qué ser la que usa en otros lugares.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <source>&amp;One-time passphrase:</source>
        <translation>Frase de &amp;contraseña de un solo uso:</translation>
    </message>
</context>
<context>
    <name>tandem::KeyCard</name>
    <message>
        <source>not a Tandem office card: the file is larger than a card can be</source>
        <translation>no es una tarjeta de oficina de Tandem: el archivo es más grande de lo que puede ser una tarjeta</translation>
    </message>
    <message>
        <source>not a Tandem office card: the first line must be &quot;%1&quot;</source>
        <translation>no es una tarjeta de oficina de Tandem: la primera línea debe ser &quot;%1&quot;</translation>
    </message>
    <message>
        <source>line %1: expected &quot;name: value&quot;</source>
        <translation>línea %1: se esperaba &quot;nombre: valor&quot;</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; appears twice</source>
        <translation>línea %1: &quot;%2&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>the card has no &quot;%1&quot; line</source>
        <translation>la tarjeta no tiene ninguna línea &quot;%1&quot;</translation>
    </message>
    <message>
        <source>line %1: unknown card format &quot;%2&quot; (this Tandem reads %3)</source>
        <translation>línea %1: formato de tarjeta desconocido &quot;%2&quot; (esta versión de Tandem lee %3)</translation>
    </message>
    <message>
        <source>line %1: the office name must have 1 to 200 characters</source>
        <translation>línea %1: el nombre de la oficina debe tener entre 1 y 200 caracteres</translation>
    </message>
    <message>
        <source>line %1: &quot;site&quot; is not a site id</source>
        <translation>línea %1: &quot;site&quot; no es un id de sitio</translation>
    </message>
    <message>
        <source>line %1: the fingerprint does not match the keys on the card: the card was changed or damaged</source>
        <translation>línea %1: la huella no coincide con las claves de la tarjeta: la tarjeta se ha modificado o está dañada</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a 32-byte key in base64</source>
        <translation>línea %1: &quot;%2&quot; no es una clave de 32 bytes en base64</translation>
    </message>
    <message>
        <source>not a Tandem office card: %1</source>
        <translation>no es una tarjeta de oficina de Tandem: %1</translation>
    </message>
</context>
<context>
    <name>tandem::KeyCardDialog</name>
    <message>
        <source>This Office&apos;s Key Card</source>
        <translation>Tarjeta de clave de esta oficina</translation>
    </message>
    <message>
        <source>Give the key card to each partner office, on a USB stick or by e-mail. Before they trust it, read this fingerprint out to them over the phone: it must match the one their Tandem shows.</source>
        <translation>Entregue la tarjeta de clave a cada oficina asociada, en una memoria USB o por correo electrónico. Antes de que confíen en ella, léales esta huella por teléfono: debe coincidir con la que muestra su Tandem.</translation>
    </message>
    <message>
        <source>&amp;Save the Card…</source>
        <translation>&amp;Guardar la tarjeta…</translation>
    </message>
    <message>
        <source>Save the Key Card</source>
        <translation>Guardar la tarjeta de clave</translation>
    </message>
    <message>
        <source>Tandem office cards (*.card)</source>
        <translation>Tarjetas de oficina de Tandem (*.card)</translation>
    </message>
    <message>
        <source>The key card was not saved.</source>
        <translation>No se ha guardado la tarjeta de clave.</translation>
    </message>
    <message>
        <source>the file already exists; choose another name</source>
        <translation>el archivo ya existe; elija otro nombre</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
</context>
<context>
    <name>tandem::KeyRing</name>
    <message>
        <source>the passphrase was not given</source>
        <translation>no se ha indicado la frase de contraseña</translation>
    </message>
    <message>
        <source>no file is open</source>
        <translation>no hay ningún archivo abierto</translation>
    </message>
    <message>
        <source>office keys</source>
        <translation>claves de la oficina</translation>
    </message>
    <message>
        <source>Choose the Office Passphrase</source>
        <translation>Elija la frase de contraseña de la oficina</translation>
    </message>
    <message>
        <source>%1 This file has no office keys yet: Tandem makes them now, protected by a passphrase you choose. You will need it for every export and merge.</source>
        <translation>%1 Este archivo aún no tiene claves de oficina: Tandem las crea ahora, protegidas con una frase de contraseña que usted elija. La necesitará para cada exportación y fusión.</translation>
    </message>
    <message>
        <source>made with a new passphrase</source>
        <translation>creadas con una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Your Passphrase</source>
        <translation>Su frase de contraseña</translation>
    </message>
    <message>
        <source>%1 Enter your passphrase.</source>
        <translation>%1 Introduzca su frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>tandem::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The System&apos;s Language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Tandem will use %1 the next time it starts.</source>
        <translation>Tandem usará %1 la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Quit Tandem and start it again to see the change.</source>
        <translation>Salga de Tandem y vuelva a iniciarlo para ver el cambio.</translation>
    </message>
</context>
<context>
    <name>tandem::LinkedTipsPage</name>
    <message>
        <source>&amp;Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Link one of the open tips to this operation (Ctrl+Shift+L)</source>
        <translation>Vincular uno de los avisos abiertos a esta operación (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>The selected tip goes back to “assessed”; Undo links it again</source>
        <translation>El aviso seleccionado vuelve a “evaluado”; Deshacer lo vuelve a vincular</translation>
    </message>
    <message>
        <source>Tips stay in this office unless a tip is marked to share with partners: where a tip came from is protected.</source>
        <translation>Los avisos permanecen en esta oficina salvo que se marquen para compartirlos con las oficinas asociadas: la procedencia de un aviso está protegida.</translation>
    </message>
    <message>
        <source>Linked tips</source>
        <translation>Avisos vinculados</translation>
    </message>
    <message>
        <source>The tip could not be linked.</source>
        <translation>No se ha podido vincular el aviso.</translation>
    </message>
    <message>
        <source>The tip could not be unlinked.</source>
        <translation>No se ha podido desvincular el aviso.</translation>
    </message>
    <message>
        <source>Lin&amp;k a tip…</source>
        <translation>Vincu&amp;lar un aviso…</translation>
    </message>
</context>
<context>
    <name>tandem::LogPage</name>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>What happened? Type and press Enter; the note is stamped with the time.</source>
        <translation>¿Qué ha pasado? Escriba y pulse Enter; la nota queda registrada con la hora.</translation>
    </message>
    <message>
        <source>New log note</source>
        <translation>Nueva nota del diario</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the note (Enter)</source>
        <translation>Añadir la nota (Enter)</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>Diario de la operación</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>A note takes at most %L1 characters; the text would have had %L2, so it was not taken.</source>
        <translation>Una nota admite como máximo %L1 caracteres; el texto habría tenido %L2, así que no se ha aceptado.</translation>
    </message>
    <message>
        <source>Add log note</source>
        <translation>Añadir nota al diario</translation>
    </message>
    <message>
        <source>Remove log note</source>
        <translation>Quitar nota del diario</translation>
    </message>
    <message>
        <source>Enter the note as a lesson learned: it stays in the log and is listed with the lessons of the after-action report. A note in the list is marked in its own box.</source>
        <translation>Registrar la nota como lección aprendida: se queda en el registro y aparece entre las lecciones del informe posterior a la acción. Una nota de la lista se marca en su propia casilla.</translation>
    </message>
    <message>
        <source>Written as a lesson: always among the lessons of the after-action report.</source>
        <translation>Escrita como lección: siempre entre las lecciones del informe posterior a la acción.</translation>
    </message>
    <message>
        <source>Lesson Learned</source>
        <translation>Lección aprendida</translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation>Quitar nota</translation>
    </message>
    <message>
        <source>B&amp;y:</source>
        <translation>&amp;Por:</translation>
    </message>
    <message>
        <source>Lesson le&amp;arned</source>
        <translation>&amp;Lección aprendida</translation>
    </message>
    <message>
        <source>Notes are written in your name</source>
        <translation>Las notas se escriben a su nombre</translation>
    </message>
</context>
<context>
    <name>tandem::MachinesDialog</name>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Invitar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>Machines of This Office</source>
        <translation>Equipos de esta oficina</translation>
    </message>
    <message>
        <source>The computers that keep this office&apos;s file. They exchange everything of the office with one another, through bundles or the exchange folder; partner offices see one office.</source>
        <translation>Los ordenadores que guardan el archivo de esta oficina. Intercambian entre sí todo lo de la oficina, mediante paquetes o la carpeta de intercambio; las oficinas asociadas ven una sola oficina.</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Survivors&apos; identities</source>
        <translation>Identidades de los supervivientes</translation>
    </message>
    <message>
        <source>Last merged here</source>
        <translation>Última fusión aquí</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The invitation carries the office keys.</source>
        <translation>La invitación lleva las claves de la oficina.</translation>
    </message>
    <message>
        <source>The machines could not be read.</source>
        <translation>No se han podido leer los equipos.</translation>
    </message>
    <message>
        <source>%1 (this machine)</source>
        <translation>%1 (este equipo)</translation>
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
        <source>Nothing yet</source>
        <translation>Nada todavía</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Retirado el %1</translation>
    </message>
    <message>
        <source>Exchanging</source>
        <translation>Intercambiando</translation>
    </message>
    <message>
        <source>Remove a Machine</source>
        <translation>Retirar un equipo</translation>
    </message>
    <message>
        <source>Remove %1 from this office?</source>
        <translation>¿Retirar %1 de esta oficina?</translation>
    </message>
    <message>
        <source>No bundle is made for it or taken from it any more, here and on the office&apos;s other machines once they have exchanged with this one. It keeps what it had and the office&apos;s keys: to cut it off from what partners send later, the office needs new keys.</source>
        <translation>Ya no se hace ningún paquete para él ni se acepta ninguno suyo, aquí y en los demás equipos de la oficina una vez que hayan intercambiado con este. Conserva lo que tenía y las claves de la oficina: para dejarlo fuera de lo que las oficinas asociadas envíen más adelante, la oficina necesita claves nuevas.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>The machine could not be removed.</source>
        <translation>No se ha podido retirar el equipo.</translation>
    </message>
</context>
<context>
    <name>tandem::MainWindow</name>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>1 step overdue</source>
        <translation>1 paso vencido</translation>
    </message>
    <message>
        <source>No step overdue</source>
        <translation>Ningún paso vencido</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>No se ha podido abrir el archivo.</translation>
    </message>
    <message>
        <source>The new file could not be made.</source>
        <translation>No se ha podido crear el archivo nuevo.</translation>
    </message>
    <message>
        <source>The demo database could not be made.</source>
        <translation>No se ha podido crear la base de datos de demostración.</translation>
    </message>
    <message>
        <source>Making the demo database was cancelled.</source>
        <translation>Se ha cancelado la creación de la base de datos de demostración.</translation>
    </message>
    <message>
        <source>%1 — Tandem</source>
        <translation>%1 — Tandem</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>Oficina: %1</translation>
    </message>
    <message>
        <source>%1 was not possible.</source>
        <translation>%1 no ha sido posible.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se ha abierto %1</translation>
    </message>
    <message>
        <source>New Tandem File</source>
        <translation>Nuevo archivo de Tandem</translation>
    </message>
    <message>
        <source>Tandem files (*.tandem)</source>
        <translation>Archivos de Tandem (*.tandem)</translation>
    </message>
    <message>
        <source>the file already exists; choose another name, or open it</source>
        <translation>el archivo ya existe; elija otro nombre o ábralo</translation>
    </message>
    <message>
        <source>Open Tandem File</source>
        <translation>Abrir archivo de Tandem</translation>
    </message>
    <message>
        <source>Tandem files (*.tandem);;All files (*)</source>
        <translation>Archivos de Tandem (*.tandem);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Removed from Open Recent, as they no longer exist: %1</source>
        <translation>Se han quitado de Abrir reciente porque ya no existen: %1</translation>
    </message>
    <message>
        <source>About Tandem</source>
        <translation>Acerca de Tandem</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;Joint operations and survivor assistance for anti-trafficking task forces.&lt;/p&gt;&lt;p&gt;Tandem is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;Operaciones conjuntas y asistencia a supervivientes para grupos de trabajo conjuntos contra la trata de personas.&lt;/p&gt;&lt;p&gt;Tandem es software libre: puede redistribuirlo y modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior (GPL-3.0-or-later). Se ofrece sin ninguna garantía.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (read-only) — Tandem</source>
        <translation>%1 (solo lectura) — Tandem</translation>
    </message>
    <message>
        <source>Office: %1 (read-only)</source>
        <translation>Oficina: %1 (solo lectura)</translation>
    </message>
    <message>
        <source>%1 is already open in this window.</source>
        <translation>%1 ya está abierto en esta ventana.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln steps overdue</source>
        <translation>
            <numerusform>%Ln paso vencido</numerusform>
            <numerusform>%Ln pasos vencidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset the Demo</source>
        <translation>Restablecer la demostración</translation>
    </message>
    <message>
        <source>Replace the demo database with a fresh one, made for today?</source>
        <translation>¿Sustituir la base de datos de demostración por una nueva, hecha para hoy?</translation>
    </message>
    <message>
        <source>Everything changed in the demo since it was made is lost. Your own files are not touched.</source>
        <translation>Se pierde todo lo cambiado en la demostración desde que se creó. Sus propios archivos no se tocan.</translation>
    </message>
    <message>
        <source>The demo database could not be reset.</source>
        <translation>No se pudo restablecer la base de datos de demostración.</translation>
    </message>
    <message>
        <source>Resetting the demo was cancelled; it is as it was.</source>
        <translation>Se canceló el restablecimiento de la demostración; sigue como estaba.</translation>
    </message>
    <message>
        <source>The demo was made afresh for today.</source>
        <translation>La demostración se ha creado de nuevo para hoy.</translation>
    </message>
    <message>
        <source>Open an Invitation</source>
        <translation>Abrir una invitación</translation>
    </message>
    <message>
        <source>Tandem invitations (*.invitation);;All files (*)</source>
        <translation>Invitaciones de Tandem (*.invitation);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Where to Keep This Machine&apos;s File</source>
        <translation>Dónde guardar el archivo de este equipo</translation>
    </message>
    <message>
        <source>This computer is now %1, a machine of %2. Exchange with another machine of the office (Exchange ▸ Exchange Folder…) to bring the office&apos;s records.</source>
        <translation>Este ordenador es ahora %1, un equipo de %2. Intercambie con otro equipo de la oficina (Intercambio ▸ Carpeta de intercambio…) para traer los registros de la oficina.</translation>
    </message>
</context>
<context>
    <name>tandem::MeetingListModel</name>
    <message>
        <source>Overdue follow-up</source>
        <translation>Seguimiento vencido</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Próximos 7 días</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Anteriores</translation>
    </message>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation>No se han podido leer las reuniones: %1</translation>
    </message>
    <message>
        <source>%1 (latest %L2 of %L3)</source>
        <translation>%1 (las últimas %L2 de %L3)</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%L1 open, %L2 overdue</source>
        <translation>%L1 pendientes, %L2 vencidas</translation>
    </message>
    <message>
        <source>%L1 open</source>
        <translation>%L1 pendientes</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where · organiser</source>
        <translation>Lugar · organizador</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas acordadas</translation>
    </message>
</context>
<context>
    <name>tandem::MeetingsView</name>
    <message>
        <source>&amp;New meeting</source>
        <translation>Nueva &amp;reunión</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Meetings and trainings</source>
        <translation>Reuniones y formaciones</translation>
    </message>
    <message>
        <source>Schedule a meeting, training or outreach event (Ctrl+Shift+N or Insert)</source>
        <translation>Programar una reunión, formación o actividad de divulgación (Ctrl+Shift+N o Insert)</translation>
    </message>
    <message>
        <source>Delete the selected meeting with its attendance and action items (Delete)</source>
        <translation>Eliminar la reunión seleccionada con su asistencia y sus tareas acordadas (Delete)</translation>
    </message>
    <message>
        <source>Add the meeting to the calendar (Ctrl+Return)</source>
        <translation>Añadir la reunión al calendario (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas acordadas</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Valoración</translation>
    </message>
    <message numerus="yes">
        <source>%n coming this week, %1 with overdue follow-up</source>
        <translation>
            <numerusform>%n reunión esta semana, %1 con seguimiento vencido</numerusform>
            <numerusform>%n reuniones esta semana, %1 con seguimiento vencido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coming this week</source>
        <translation>
            <numerusform>%n reunión esta semana</numerusform>
            <numerusform>%n reuniones esta semana</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a meeting to see and edit it, or schedule a new one.</source>
        <translation>Seleccione una reunión para verla y editarla, o programe una nueva.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Schedule meeting</source>
        <translation>Programar reunión</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Eliminar reunión</translation>
    </message>
    <message>
        <source>Delete “%1” with its attendance?</source>
        <translation>¿Eliminar “%1” con su asistencia?</translation>
    </message>
    <message>
        <source>Its action items and feedback stay, without the meeting. Undo (Ctrl+Z) brings it back.</source>
        <translation>Sus tareas acordadas y valoraciones se conservan, sin la reunión. Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Eliminar “%1”</translation>
    </message>
    <message>
        <source>1 agency</source>
        <translation>1 organismo</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <source>Create meeting</source>
        <translation>Crear reunión</translation>
    </message>
    <message>
        <source>Attendan&amp;ce</source>
        <translation>As&amp;istencia</translation>
    </message>
    <message>
        <source>Attendan&amp;ce (%1, %2)</source>
        <translation>As&amp;istencia (%1, %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agencies</source>
        <translation>
            <numerusform>%Ln organismo</numerusform>
            <numerusform>%Ln organismos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Act&amp;ion items</source>
        <translation>&amp;Tareas acordadas</translation>
    </message>
    <message>
        <source>Act&amp;ion items (%1 open)</source>
        <translation>&amp;Tareas acordadas (%1 abiertas)</translation>
    </message>
    <message>
        <source>Feed&amp;back</source>
        <translation>&amp;Valoración</translation>
    </message>
    <message>
        <source>Feed&amp;back (%1)</source>
        <translation>&amp;Valoración (%1)</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
</context>
<context>
    <name>tandem::Merge</name>
    <message>
        <source>%1&apos;s audit log went back from entry %2 to entry %3 since its last bundle: entries were removed</source>
        <translation>el registro de auditoría de %1 retrocedió de la entrada %2 a la %3 desde su último paquete: se eliminaron entradas</translation>
    </message>
    <message>
        <source>%1&apos;s audit entry %2 changed since its last bundle: the log was rewritten</source>
        <translation>la entrada de auditoría %2 de %1 cambió desde su último paquete: se reescribió el registro</translation>
    </message>
</context>
<context>
    <name>tandem::MergeSummaryDialog</name>
    <message>
        <source>Bundle Merged</source>
        <translation>Paquete fusionado</translation>
    </message>
    <message>
        <source>Merged the bundle from %1</source>
        <translation>Se ha fusionado el paquete de %1</translation>
    </message>
    <message>
        <source>Changes merged per kind of record</source>
        <translation>Cambios fusionados por tipo de registro</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No edit conflicted with an edit made here.</source>
        <translation>Ninguna edición entró en conflicto con una edición hecha aquí.</translation>
    </message>
    <message>
        <source>&lt;b&gt;One edit conflicted&lt;/b&gt; with an edit made here. The field now holds the later edit; review it to keep it or take the other value.</source>
        <translation>&lt;b&gt;Una edición entró en conflicto&lt;/b&gt; con una edición hecha aquí. El campo contiene ahora la edición más reciente; revísela para conservarla o tomar el otro valor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%L1 edits conflicted&lt;/b&gt; with edits made here. Each field now holds the later edit; review them to keep it or take the other value.</source>
        <translation>&lt;b&gt;%L1 ediciones entraron en conflicto&lt;/b&gt; con ediciones hechas aquí. Cada campo contiene ahora la edición más reciente; revíselas para conservarla o tomar el otro valor.</translation>
    </message>
    <message>
        <source>The bundle held nothing this office did not have already.</source>
        <translation>El paquete no contenía nada que esta oficina no tuviera ya.</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts</source>
        <translation>&amp;Revisar conflictos</translation>
    </message>
    <message>
        <source>One survivor&apos;s identity was erased here on a recall from a partner office.</source>
        <translation>Se borró aquí la identidad de un superviviente por una retirada de una oficina asociada.</translation>
    </message>
    <message>
        <source>%L1 survivors&apos; identities were erased here on recalls from partner offices.</source>
        <translation>Se borraron aquí las identidades de %L1 supervivientes por retiradas de oficinas asociadas.</translation>
    </message>
    <message>
        <source>The file or a backup could not be rewritten without them yet (Tandem tries again at the next merge): %1</source>
        <translation>El archivo o una copia de seguridad aún no se pudo reescribir sin ellas (Tandem lo intentará de nuevo en la próxima fusión): %1</translation>
    </message>
</context>
<context>
    <name>tandem::NeedToKnow</name>
    <message>
        <source>no such operation</source>
        <translation>no existe esa operación</translation>
    </message>
    <message>
        <source>no agency of this database&apos;s directory has this id</source>
        <translation>ningún organismo del directorio de esta base de datos tiene este id</translation>
    </message>
    <message>
        <source>%1 was deleted from the directory</source>
        <translation>%1 se eliminó del directorio</translation>
    </message>
    <message>
        <source>%1 has no assignment in %2</source>
        <translation>%1 no tiene ninguna asignación en %2</translation>
    </message>
    <message>
        <source>no agency is named: give an agency&apos;s id or name</source>
        <translation>no se nombra ningún organismo: indique el id o el nombre de un organismo</translation>
    </message>
    <message>
        <source>no agency of this database&apos;s directory is named &quot;%1&quot;</source>
        <translation>ningún organismo del directorio de esta base de datos se llama «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies are named &quot;%1&quot;; give the id of the one you mean</source>
        <translation>
            <numerusform>%n organismo se llama «%1»; indique el id del que quiere decir</numerusform>
            <numerusform>%n organismos se llaman «%1»; indique el id del que quiere decir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::NewOfficeDialog</name>
    <message>
        <source>New Tandem File</source>
        <translation>Nuevo archivo de Tandem</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be your office&apos;s Tandem file.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; será el archivo de Tandem de su oficina.</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nombre de la oficina</translation>
    </message>
    <message>
        <source>e.g. Riverside Task Force</source>
        <translation>p. ej., Grupo de trabajo conjunto de Riverside</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Nombre de la oficina:</translation>
    </message>
    <message>
        <source>Partner offices see this name on your key card and your bundles.</source>
        <translation>Las oficinas asociadas ven este nombre en su tarjeta de clave y en sus paquetes.</translation>
    </message>
    <message>
        <source>Office passphrase</source>
        <translation>Frase de contraseña de la oficina</translation>
    </message>
    <message>
        <source>The passphrase protects the keys that sign and open the bundles exchanged with partner offices. Tandem asks for it when you export or merge.</source>
        <translation>La frase de contraseña protege las claves que firman y abren los paquetes intercambiados con las oficinas asociadas. Tandem la pide cuando usted exporta o fusiona.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>Office co&amp;de:</source>
        <translation>Có&amp;digo de la oficina:</translation>
    </message>
</context>
<context>
    <name>tandem::NoFileView</name>
    <message>
        <source>Create Your Office&apos;s File…</source>
        <translation>Crear el archivo de su oficina…</translation>
    </message>
    <message>
        <source>Choose where to keep it, give your office&apos;s name as partners will see it, and a passphrase that protects its keys.</source>
        <translation>Elija dónde guardarlo, indique el nombre de su oficina tal como lo verán las oficinas asociadas y una frase de contraseña que proteja sus claves.</translation>
    </message>
    <message>
        <source>Open an Existing File…</source>
        <translation>Abrir un archivo existente…</translation>
    </message>
    <message>
        <source>A .tandem file your office already keeps, on this computer or on a shared disk.</source>
        <translation>Un archivo .tandem que su oficina ya tiene, en este equipo o en un disco compartido.</translation>
    </message>
    <message>
        <source>Explore the Demo</source>
        <translation>Explorar la demostración</translation>
    </message>
    <message>
        <source>Invented operations, agencies and survivors to try everything without fear. Its passphrase is “%1”.</source>
        <translation>Operaciones, organismos y supervivientes inventados para probarlo todo sin miedo. Su frase de contraseña es “%1”.</translation>
    </message>
    <message>
        <source>Welcome to Tandem</source>
        <translation>Le damos la bienvenida a Tandem</translation>
    </message>
    <message>
        <source>Tandem keeps your office&apos;s operations and survivors&apos; checklists in one file on this computer. To begin:</source>
        <translation>Tandem guarda las operaciones de su oficina y las listas de control de los supervivientes en un solo archivo en este equipo. Para empezar:</translation>
    </message>
    <message>
        <source>No file is open</source>
        <translation>No hay ningún archivo abierto</translation>
    </message>
    <message>
        <source>Open your office&apos;s file, make a new one, or explore the demo.</source>
        <translation>Abra el archivo de su oficina, cree uno nuevo o explore la demostración.</translation>
    </message>
    <message>
        <source>Join an office as another machine, from an invitation…</source>
        <translation>Unirse a una oficina como otro equipo, a partir de una invitación…</translation>
    </message>
</context>
<context>
    <name>tandem::Notifier</name>
    <message>
        <source>Notification</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Dismiss the notification</source>
        <translation>Descartar la notificación</translation>
    </message>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>&amp;Show Tandem</source>
        <translation>&amp;Mostrar Tandem</translation>
    </message>
    <message>
        <source>&amp;Keep Running Here When the Window Is Closed</source>
        <translation>&amp;Seguir ejecutándose aquí al cerrar la ventana</translation>
    </message>
    <message>
        <source>&amp;Quit Tandem</source>
        <translation>&amp;Salir de Tandem</translation>
    </message>
    <message>
        <source>A checklist step is overdue</source>
        <translation>Un paso de la lista está vencido</translation>
    </message>
    <message>
        <source>%1: “%2” is now overdue.</source>
        <translation>%1: «%2» está vencido.</translation>
    </message>
    <message>
        <source>Checklist steps are overdue</source>
        <translation>Hay pasos de la lista vencidos</translation>
    </message>
    <message numerus="yes">
        <source>%n steps are now overdue, the first for %1: “%2”.</source>
        <translation>
            <numerusform>%n paso está vencido, el primero de %1: «%2».</numerusform>
            <numerusform>%n pasos están vencidos, el primero de %1: «%2».</numerusform>
        </translation>
    </message>
    <message>
        <source>An action item is due</source>
        <translation>Vence una acción pendiente</translation>
    </message>
    <message>
        <source>“%1” is due now.</source>
        <translation>«%1» vence ahora.</translation>
    </message>
    <message>
        <source>Action items are due</source>
        <translation>Vencen acciones pendientes</translation>
    </message>
    <message numerus="yes">
        <source>%n action items are due now, the first “%1”.</source>
        <translation>
            <numerusform>%n acción pendiente vence ahora, la primera «%1».</numerusform>
            <numerusform>%n acciones pendientes vencen ahora, la primera «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflictos por revisar</translation>
    </message>
    <message>
        <source>A bundle from %1 left a conflicting edit to review.</source>
        <translation>Un paquete de %1 dejó una edición en conflicto por revisar.</translation>
    </message>
    <message numerus="yes">
        <source>Bundles from %1 left %n conflicting edits to review.</source>
        <translation>
            <numerusform>Los paquetes de %1 dejaron %n edición en conflicto por revisar.</numerusform>
            <numerusform>Los paquetes de %1 dejaron %n ediciones en conflicto por revisar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::OfficeCode</name>
    <message>
        <source>an office code is required: 2 to 5 capital letters or digits, such as NB</source>
        <translation>se necesita un código de oficina: de 2 a 5 letras mayúsculas o cifras, como NB</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an office code: use 2 to 5 capital letters (A to Z) or digits, such as NB</source>
        <translation>«%1» no es un código de oficina: use de 2 a 5 letras mayúsculas (de la A a la Z) o cifras, como NB</translation>
    </message>
    <message>
        <source>only a lead sets the office&apos;s code: %1</source>
        <translation>solo un responsable fija el código de la oficina: %1</translation>
    </message>
    <message>
        <source>set to %1</source>
        <translation>fijado en %1</translation>
    </message>
    <message>
        <source>changed from %1 to %2</source>
        <translation>cambiado de %1 a %2</translation>
    </message>
</context>
<context>
    <name>tandem::OfficeCodeController</name>
    <message>
        <source>Office &amp;Code…</source>
        <translation>&amp;Código de la oficina…</translation>
    </message>
    <message>
        <source>The office&apos;s short code, with which new survivor codes begin</source>
        <translation>El código corto de la oficina, con el que empiezan los nuevos códigos de superviviente</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>El archivo está abierto en solo lectura.</translation>
    </message>
    <message>
        <source>The office code could not be read.</source>
        <translation>No se pudo leer el código de la oficina.</translation>
    </message>
    <message>
        <source>The office code could not be set.</source>
        <translation>No se pudo fijar el código de la oficina.</translation>
    </message>
</context>
<context>
    <name>tandem::OfficeCodeDialog</name>
    <message>
        <source>Choose the Office Code</source>
        <translation>Elegir el código de la oficina</translation>
    </message>
    <message>
        <source>Office Code</source>
        <translation>Código de la oficina</translation>
    </message>
    <message>
        <source>Survivor codes now begin with a short code of the office, such as NB-2026-0042, so that two offices never give the same code. %1 has none yet: choose one of 2 to 5 capital letters or digits. Codes already given stay as they are.</source>
        <translation>Los códigos de superviviente empiezan ahora con un código corto de la oficina, como NB-2026-0042, para que dos oficinas nunca den el mismo código. %1 aún no tiene ninguno: elija uno de 2 a 5 letras mayúsculas o cifras. Los códigos ya dados se quedan como están.</translation>
    </message>
    <message>
        <source>New survivor codes of %1 begin with this code. Codes already given stay as they are; partners see the code in the office directory.</source>
        <translation>Los nuevos códigos de superviviente de %1 empiezan con este código. Los códigos ya dados se quedan como están; los socios ven el código en el directorio de oficinas.</translation>
    </message>
    <message>
        <source>Office &amp;code:</source>
        <translation>&amp;Código de la oficina:</translation>
    </message>
    <message>
        <source>&amp;Use This Code</source>
        <translation>&amp;Usar este código</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Go on without a code: new survivor codes use %1 until one is chosen. Tandem asks again the next time the file is opened.</source>
        <translation>Seguir sin código: los nuevos códigos de superviviente usan %1 hasta que se elija uno. Tandem vuelve a preguntar la próxima vez que se abra el archivo.</translation>
    </message>
</context>
<context>
    <name>tandem::OfficeCodeField</name>
    <message>
        <source>Office code</source>
        <translation>Código de la oficina</translation>
    </message>
    <message>
        <source>New survivor codes: %1-%2-0001, %1-%2-0002, …</source>
        <translation>Nuevos códigos de superviviente: %1-%2-0001, %1-%2-0002, …</translation>
    </message>
</context>
<context>
    <name>tandem::OfficeKeys</name>
    <message>
        <source>the stored office keys are damaged</source>
        <translation>las claves guardadas de la oficina están dañadas</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>frase de contraseña incorrecta</translation>
    </message>
    <message>
        <source>the stored office keys do not match this office&apos;s public keys</source>
        <translation>las claves guardadas de la oficina no coinciden con las claves públicas de esta oficina</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation>la frase de contraseña está vacía</translation>
    </message>
    <message>
        <source>the passphrase is too short: use at least 10 characters, for example four unrelated words</source>
        <translation>la frase de contraseña es demasiado corta: use al menos 10 caracteres, por ejemplo cuatro palabras sin relación entre sí</translation>
    </message>
    <message>
        <source>this office has no keys yet: set a passphrase first</source>
        <translation>esta oficina aún no tiene claves: establezca primero una frase de contraseña</translation>
    </message>
    <message>
        <source>this office already has its keys</source>
        <translation>esta oficina ya tiene sus claves</translation>
    </message>
    <message>
        <source>new passphrase: %1</source>
        <translation>nueva frase de contraseña: %1</translation>
    </message>
    <message>
        <source>the stored key parameters are damaged</source>
        <translation>los parámetros de clave almacenados están dañados</translation>
    </message>
    <message>
        <source>not enough memory to derive the key from the passphrase</source>
        <translation>no hay memoria suficiente para derivar la clave de la frase de contraseña</translation>
    </message>
    <message>
        <source>this person has no key slot: their passphrase opens nothing</source>
        <translation>esta persona no tiene ranura de clave: su frase de contraseña no abre nada</translation>
    </message>
    <message>
        <source>Office lead</source>
        <translation>Responsable de la oficina</translation>
    </message>
    <message>
        <source>an identifying detail does not open with this office&apos;s key</source>
        <translation>un dato identificativo no se abre con la clave de esta oficina</translation>
    </message>
    <message>
        <source>only a person who may read identities can give that right</source>
        <translation>solo una persona que puede leer identidades puede dar ese derecho</translation>
    </message>
    <message>
        <source>this file is from before people: open it with the office passphrase first</source>
        <translation>este archivo es anterior a las personas: ábralo primero con la frase de contraseña de la oficina</translation>
    </message>
    <message>
        <source>this file has its people already</source>
        <translation>este archivo ya tiene sus personas</translation>
    </message>
    <message>
        <source>the invitation names no person</source>
        <translation>la invitación no indica ninguna persona</translation>
    </message>
</context>
<context>
    <name>tandem::OperationDetail</name>
    <message>
        <source>Not scheduled</source>
        <translation>Sin programar</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Hasta %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>No targets yet</source>
        <translation>Aún no hay objetivos</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Asignaciones</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Responsable de equipo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>No agencies assigned yet</source>
        <translation>Aún no hay organismos asignados</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>Supervivientes</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Franja de edad</translation>
    </message>
    <message>
        <source>Rescued (T0)</source>
        <translation>Rescate (T0)</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Pasos completados</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>No survivors recorded for this operation</source>
        <translation>No hay supervivientes registrados para esta operación</translation>
    </message>
    <message>
        <source>Select an operation to see its targets, the agencies taking part and its survivors.</source>
        <translation>Seleccione una operación para ver sus objetivos, los organismos que participan y sus supervivientes.</translation>
    </message>
    <message>
        <source>This operation could not be read: %1</source>
        <translation>No se ha podido leer esta operación: %1</translation>
    </message>
    <message>
        <source>This operation has been deleted.</source>
        <translation>Esta operación se ha eliminado.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin establecer</translation>
    </message>
    <message>
        <source>No lead agency yet</source>
        <translation>Aún no hay organismo principal</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>The targets could not be read: %1</source>
        <translation>No se han podido leer los objetivos: %1</translation>
    </message>
    <message>
        <source>The assignments could not be read: %1</source>
        <translation>No se han podido leer las asignaciones: %1</translation>
    </message>
    <message>
        <source>(deleted agency)</source>
        <translation>(organismo eliminado)</translation>
    </message>
    <message>
        <source>The survivors could not be read: %1</source>
        <translation>No se han podido leer los supervivientes: %1</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>Sin lista de control</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Sin aprobar</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>approved by someone on a date</comment>
        <translation>%1 el %2</translation>
    </message>
</context>
<context>
    <name>tandem::OperationEditor</name>
    <message>
        <source>Mark as planned</source>
        <translation>Marcar como planificada</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Mark as briefed</source>
        <translation>Marcar la reunión informativa como celebrada</translation>
    </message>
    <message>
        <source>Start the operation</source>
        <translation>Iniciar la operación</translation>
    </message>
    <message>
        <source>Mark as completed</source>
        <translation>Marcar como completada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel the operation</source>
        <translation>Cancelar la operación</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Volver a %1</translation>
    </message>
    <message>
        <source>◀ Operations</source>
        <translation>◀ Operaciones</translation>
    </message>
    <message>
        <source>Back to the list of operations (Esc or Alt+Left)</source>
        <translation>Volver a la lista de operaciones (Esc o Alt+Left)</translation>
    </message>
    <message>
        <source>The next step of the workflow (Ctrl+Shift+Right)</source>
        <translation>El siguiente paso del flujo de trabajo (Ctrl+Shift+Right)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Other moves of the workflow</source>
        <translation>Otras transiciones del flujo de trabajo</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <source>This operation has been deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Esta operación se ha eliminado. Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>O&amp;bjectives</source>
        <translation>&amp;Metas</translation>
    </message>
    <message>
        <source>R&amp;isk</source>
        <translation>Ries&amp;go</translation>
    </message>
    <message>
        <source>&amp;Comms &amp;&amp; contingency</source>
        <translation>C&amp;omunicaciones y contingencias</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>Ob&amp;jetivos</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Deleted operation</source>
        <translation>Operación eliminada</translation>
    </message>
    <message>
        <source>&amp;Targets (%1)</source>
        <translation>Ob&amp;jetivos (%1)</translation>
    </message>
    <message>
        <source>The operation cannot move to %1 yet</source>
        <translation>La operación aún no puede pasar a %1</translation>
    </message>
    <message>
        <source>Status Not Changed</source>
        <translation>El estado no ha cambiado</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Pasar %1 a %2</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>Ti&amp;ps</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Ti&amp;ps (%1)</source>
        <translation>Avisos (%1)</translation>
    </message>
    <message>
        <source>Survi&amp;vors packet</source>
        <translation>&amp;Dosier de supervivientes</translation>
    </message>
    <message>
        <source>Assi&amp;gnments</source>
        <translation>As&amp;ignaciones</translation>
    </message>
    <message>
        <source>Follo&amp;w-up</source>
        <translation>Seguimien&amp;to</translation>
    </message>
    <message>
        <source>Fee&amp;dback</source>
        <translation>&amp;Valoración</translation>
    </message>
    <message>
        <source>Assi&amp;gnments (%1)</source>
        <translation>As&amp;ignaciones (%1)</translation>
    </message>
    <message>
        <source>Fee&amp;dback (%1)</source>
        <translation>&amp;Valoración (%1)</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Aprobado por %1 el %2</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Aprobado por %1</translation>
    </message>
    <message>
        <source>Reason for the Move</source>
        <translation>Motivo del cambio de estado</translation>
    </message>
    <message>
        <source>Move %1 to %2?</source>
        <translation>¿Pasar %1 a %2?</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>The agencies with these roles get the entry points, hazards and code words in their copies of the operation order and assignment sheets; the lead always does. None ticked: Lead, Entry and Perimeter.</source>
        <translation>Los organismos con estas funciones reciben los puntos de entrada, los peligros y las palabras clave en sus copias de la orden de operación y de las hojas de asignación; el organismo principal siempre los recibe. Sin ninguna marcada: Principal, Entrada y Perímetro.</translation>
    </message>
    <message>
        <source>Files of this target: floor plans, photos of the entrances</source>
        <translation>Archivos de este objetivo: planos, fotos de los accesos</translation>
    </message>
    <message>
        <source>The warrant&apos;s scan</source>
        <translation>Copia escaneada de la orden judicial</translation>
    </message>
    <message>
        <source>Warrants</source>
        <translation>Órdenes del juzgado</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Warrants (%1)</source>
        <translation>Órdenes del juzgado (%1)</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Archivos (%1)</translation>
    </message>
</context>
<context>
    <name>tandem::OperationFilterBar</name>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Starts from</source>
        <translation>Inicio desde</translation>
    </message>
    <message>
        <source>Starts until</source>
        <translation>Inicio hasta</translation>
    </message>
    <message>
        <source>Search code names, targets, agencies, notes… (Ctrl+F)</source>
        <translation>Buscar nombres en clave, objetivos, organismos, notas… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search operations</source>
        <translation>Buscar operaciones</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;hasta:</translation>
    </message>
    <message>
        <source>A search takes at most %L1 characters (that would have been %L2).</source>
        <translation>Una búsqueda admite como máximo %L1 caracteres (esta habría tenido %L2).</translation>
    </message>
    <message>
        <source>The range of dates ends before it starts: the list keeps the last range that made sense.</source>
        <translation>El intervalo de fechas termina antes de empezar: la lista mantiene el último intervalo válido.</translation>
    </message>
    <message>
        <source>Only the first %1 words are searched for.</source>
        <translation>Solo se buscan las primeras %1 palabras.</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
</context>
<context>
    <name>tandem::OperationListModel</name>
    <message>
        <source>Code name</source>
        <translation>Nombre en clave</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Trafficking type</source>
        <translation>Tipo de trata</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Organismo principal</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>Supervivientes</translation>
    </message>
    <message>
        <source>The operations could not be read: %1</source>
        <translation>No se han podido leer las operaciones: %1</translation>
    </message>
</context>
<context>
    <name>tandem::Operations</name>
    <message>
        <source>this operation was deleted</source>
        <translation>esta operación se ha eliminado</translation>
    </message>
    <message>
        <source>No lead agency is chosen.</source>
        <translation>No se ha elegido ningún organismo principal.</translation>
    </message>
    <message>
        <source>The start time is not set.</source>
        <translation>No se ha establecido la hora de inicio.</translation>
    </message>
    <message>
        <source>The risk level is not assessed.</source>
        <translation>No se ha evaluado el nivel de riesgo.</translation>
    </message>
    <message>
        <source>There is no target.</source>
        <translation>No hay ningún objetivo.</translation>
    </message>
    <message>
        <source>No agency is assigned to victim services.</source>
        <translation>Ningún organismo tiene asignados los servicios de atención a víctimas.</translation>
    </message>
    <message>
        <source>Survivor %1: the mandatory step “%2” is still open.</source>
        <translation>Superviviente %1: el paso obligatorio “%2” sigue abierto.</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; the statuses are: %2</source>
        <translation>estado desconocido &quot;%1&quot;; los estados son: %2</translation>
    </message>
    <message>
        <source>The operation is already %1.</source>
        <translation>El estado de la operación ya es %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>cannot move to %1: %2</source>
        <translation>no puede pasar a %1: %2</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copia)</translation>
    </message>
    <message>
        <source>… and 1 more open mandatory step.</source>
        <translation>… y 1 paso obligatorio abierto más.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more open mandatory steps.</source>
        <translation>
            <numerusform>… y %n paso obligatorio abierto más.</numerusform>
            <numerusform>… y %n pasos obligatorios abiertos más.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a status named in a sentence</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>An operation in “%1” cannot change its status.</source>
        <translation>Una operación en «%1» no puede cambiar de estado.</translation>
    </message>
    <message>
        <source>An operation in “%1” can move to %2, not to “%3”.</source>
        <translation>Una operación en «%1» puede pasar a %2, no a «%3».</translation>
    </message>
    <message>
        <source>Status moved from %1 to %2: %3</source>
        <translation>Estado cambiado de %1 a %2: %3</translation>
    </message>
    <message>
        <source>Only a lead approves a plan.</source>
        <translation>Solo un responsable aprueba un plan.</translation>
    </message>
    <message>
        <source>Only a lead closes an operation.</source>
        <translation>Solo un responsable cierra una operación.</translation>
    </message>
    <message>
        <source>Only a lead reopens a closed operation.</source>
        <translation>Solo un responsable reabre una operación cerrada.</translation>
    </message>
    <message>
        <source>The plan changed after it was approved (1 change); approve it again.</source>
        <translation>El plan cambió después de aprobarse (1 cambio); apruébelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>The plan changed after it was approved (%n changes); approve it again.</source>
        <translation>
            <numerusform>El plan cambió después de aprobarse (%n cambio); apruébelo de nuevo.</numerusform>
            <numerusform>El plan cambió después de aprobarse (%n cambios); apruébelo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopening a closed operation needs a reason.</source>
        <translation>Reabrir una operación cerrada requiere un motivo.</translation>
    </message>
    <message>
        <source>The operation is planned to start on %1, more than a day from now.</source>
        <translation>El inicio de la operación está previsto para el %1, dentro de más de un día.</translation>
    </message>
    <message>
        <source>1 task of the timeline up to the execution is still open.</source>
        <translation>Una tarea del cronograma hasta la ejecución sigue abierta.</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks of the timeline up to the execution are still open.</source>
        <translation>
            <numerusform>%n tarea del cronograma hasta la ejecución sigue abierta.</numerusform>
            <numerusform>%n tareas del cronograma hasta la ejecución siguen abiertas.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot move to %1 without a reason: %2</source>
        <translation>no se puede pasar a %1 sin un motivo: %2</translation>
    </message>
    <message>
        <source>Status moved from %1 to %2.</source>
        <translation>Estado cambiado de %1 a %2.</translation>
    </message>
    <message>
        <source>the operation is %1 now, no longer %2: the move to %2 cannot be taken back</source>
        <translation>la operación está ahora en %1, ya no en %2: el paso a %2 no se puede deshacer</translation>
    </message>
    <message>
        <source>Only a lead takes back an approval or its withdrawal.</source>
        <translation>Solo un responsable deshace una aprobación o su retirada.</translation>
    </message>
    <message>
        <source>Only a lead takes back a closing or a reopening.</source>
        <translation>Solo un responsable deshace un cierre o una reapertura.</translation>
    </message>
    <message>
        <source>Move from %1 to %2 taken back (undo).</source>
        <translation>Paso de %1 a %2 deshecho (deshacer).</translation>
    </message>
    <message>
        <source>taken back (undo)</source>
        <translation>deshecho (deshacer)</translation>
    </message>
</context>
<context>
    <name>tandem::OperationsView</name>
    <message>
        <source>&amp;New</source>
        <translation>Nue&amp;vo</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Du&amp;plicar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;Open the plan</source>
        <translation>A&amp;brir el plan</translation>
    </message>
    <message>
        <source>A new operation, as a draft (Ctrl+Shift+N or Insert)</source>
        <translation>Una nueva operación, como borrador (Ctrl+Shift+N o Insert)</translation>
    </message>
    <message>
        <source>A new draft with the plan, targets, assignments and timeline of the selected operation, a week or more later (Ctrl+D)</source>
        <translation>Un nuevo borrador con el plan, los objetivos, las asignaciones y el cronograma de la operación seleccionada, una semana o más después (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete the selected operation, with its targets, assignments, timeline and log (Delete)</source>
        <translation>Eliminar la operación seleccionada, con sus objetivos, asignaciones, cronograma y diario (Delete)</translation>
    </message>
    <message>
        <source>Open the plan of the selected operation (Enter or double-click)</source>
        <translation>Abrir el plan de la operación seleccionada (Enter o doble clic)</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>None of %L1 operations match</source>
        <translation>Ninguna de las %L1 operaciones coincide</translation>
    </message>
    <message>
        <source>%L1 of %L2 operations</source>
        <translation>%L1 de %L2 operaciones</translation>
    </message>
    <message>
        <source>No operations yet</source>
        <translation>Aún no hay operaciones</translation>
    </message>
    <message>
        <source>1 operation</source>
        <translation>1 operación</translation>
    </message>
    <message>
        <source>%L1 operations</source>
        <translation>%L1 operaciones</translation>
    </message>
    <message>
        <source>New operation</source>
        <translation>Nueva operación</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Duplicar “%1”</translation>
    </message>
    <message>
        <source>Duplicate Operation</source>
        <translation>Duplicar operación</translation>
    </message>
    <message>
        <source>The operation could not be duplicated.</source>
        <translation>No se ha podido duplicar la operación.</translation>
    </message>
    <message>
        <source>Delete Operation</source>
        <translation>Eliminar operación</translation>
    </message>
    <message>
        <source>Delete the operation “%1”?</source>
        <translation>¿Eliminar la operación “%1”?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Eliminar “%1”</translation>
    </message>
    <message>
        <source>The operation could not be deleted.</source>
        <translation>No se ha podido eliminar la operación.</translation>
    </message>
    <message>
        <source>Targets: %L1</source>
        <translation>Objetivos: %L1</translation>
    </message>
    <message>
        <source>Agency assignments: %L1</source>
        <translation>Asignaciones de organismos: %L1</translation>
    </message>
    <message>
        <source>Timeline tasks: %L1</source>
        <translation>Tareas del cronograma: %L1</translation>
    </message>
    <message>
        <source>Log notes: %L1</source>
        <translation>Notas del registro: %L1</translation>
    </message>
    <message>
        <source>Follow-up action items: %L1</source>
        <translation>Tareas acordadas de seguimiento: %L1</translation>
    </message>
    <message>
        <source>Agencies&apos; feedback: %L1</source>
        <translation>Valoraciones de los organismos: %L1</translation>
    </message>
    <message>
        <source>Survivors recorded under it: %L1 (they stay, with their checklists, without the operation)</source>
        <translation>Supervivientes registrados en ella: %L1 (se quedan, con sus listas de control, sin la operación)</translation>
    </message>
    <message>
        <source>Tips linked to it: %L1 (they stay, unlinked)</source>
        <translation>Avisos vinculados a ella: %L1 (se quedan, sin vínculo)</translation>
    </message>
    <message>
        <source>It holds nothing yet. Undo (Ctrl+Z) brings it back.</source>
        <translation>Todavía no contiene nada. Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <source>Delete the operation “%1” (%2) and everything recorded in it?</source>
        <translation>¿Eliminar la operación “%1” (%2) y todo lo registrado en ella?</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it all back while this file stays open.</source>
        <translation>Deshacer (Ctrl+Z) lo recupera todo mientras este archivo siga abierto.</translation>
    </message>
</context>
<context>
    <name>tandem::PartnerModel</name>
    <message>
        <source>The partner offices could not be read: %1</source>
        <translation>No se han podido leer las oficinas asociadas: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nada todavía</translation>
    </message>
    <message>
        <source>%1 has merged this office&apos;s changes up to change number %2; an incremental export sends what came after.</source>
        <translation>%1 ha fusionado los cambios de esta oficina hasta el cambio número %2; una exportación incremental envía lo posterior.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>De confianza desde</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Última exportación</translation>
    </message>
    <message>
        <source>Last merge</source>
        <translation>Última fusión</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmado</translation>
    </message>
</context>
<context>
    <name>tandem::Partners</name>
    <message>
        <source>this is this office&apos;s own card; give it to your partners and import theirs</source>
        <translation>esta es la tarjeta de esta misma oficina; entréguela a sus oficinas asociadas e importe las de ellas</translation>
    </message>
    <message>
        <source>the fingerprint given (%1) is not the one of this card (%2): the card was not trusted. Ask the office to read out the fingerprint of its new card again.</source>
        <translation>la huella indicada (%1) no es la de esta tarjeta (%2): no se confió en la tarjeta. Pida a la oficina que vuelva a leer la huella de su nueva tarjeta.</translation>
    </message>
    <message>
        <source>office &quot;%1&quot; (site %2) is already trusted with other keys (fingerprint %3); this card has fingerprint %4. Compare both with the office over the phone: a card with the same site and new keys may be forged. If the office has made new keys, replace its key by confirming the new fingerprint.</source>
        <translation>la oficina «%1» (sitio %2) ya es de confianza con otras claves (huella %3); esta tarjeta tiene la huella %4. Compare ambas con la oficina por teléfono: una tarjeta con el mismo sitio y claves nuevas puede ser falsa. Si la oficina ha creado claves nuevas, sustituya su clave confirmando la nueva huella.</translation>
    </message>
    <message>
        <source>office &quot;%1&quot; is known with other keys (fingerprint %2) than this card (fingerprint %3). Compare fingerprints with the office over the phone; if it has made new keys, confirm the new fingerprint to replace its key.</source>
        <translation>la oficina «%1» se conoce con otras claves (huella %2) distintas de las de esta tarjeta (huella %3). Compare las huellas con la oficina por teléfono; si ha creado claves nuevas, confirme la nueva huella para sustituir su clave.</translation>
    </message>
    <message>
        <source>new key, fingerprint %1, replaces fingerprint %2</source>
        <translation>clave nueva, huella %1, sustituye a la huella %2</translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation>huella %1</translation>
    </message>
    <message>
        <source>this is this office itself, not a partner</source>
        <translation>esta es la propia oficina, no una oficina asociada</translation>
    </message>
    <message>
        <source>not a trusted partner office</source>
        <translation>no es una oficina asociada de confianza</translation>
    </message>
    <message>
        <source>fingerprint %1 no longer trusted</source>
        <translation>ya no se confía en la huella %1</translation>
    </message>
    <message>
        <source>only a lead trusts or untrusts partner offices: %1</source>
        <translation>solo un responsable da o retira la confianza a oficinas socias: %1</translation>
    </message>
    <message>
        <source>this bundle was written by this very file, not for it</source>
        <translation>este paquete lo escribió este mismo archivo, no es para él</translation>
    </message>
    <message>
        <source>the bundle comes from &quot;%1&quot;, a machine removed from this office on %2: a removed machine&apos;s changes are not taken any more</source>
        <translation>el paquete viene de «%1», un equipo retirado de esta oficina el %2: ya no se aceptan los cambios de un equipo retirado</translation>
    </message>
    <message>
        <source>bundle sender is no longer trusted</source>
        <translation>el remitente del paquete ya no es de confianza</translation>
    </message>
    <message>
        <source>bundle names another office for its sender than the one this file knows it by</source>
        <translation>el paquete indica para su remitente una oficina distinta de aquella por la que este archivo lo conoce</translation>
    </message>
    <message>
        <source>Machine %1</source>
        <translation>Equipo %1</translation>
    </message>
    <message>
        <source>cannot read the partner offices</source>
        <translation>no se pueden leer las oficinas asociadas</translation>
    </message>
    <message>
        <source>this is another machine of this office, not a partner: remove it from the office&apos;s machines instead</source>
        <translation>este es otro equipo de esta oficina, no una oficina asociada: retírelo de los equipos de la oficina</translation>
    </message>
</context>
<context>
    <name>tandem::PassphraseDialog</name>
    <message>
        <source>Office passphrase</source>
        <translation>Frase de contraseña de la oficina</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
</context>
<context>
    <name>tandem::PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Repetir la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Solidez:</translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation>Demasiado débil</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>A few unrelated words make a passphrase that is long and easy to remember. Nobody can recover a forgotten passphrase: keep it somewhere safe.</source>
        <translation>Unas cuantas palabras sin relación entre sí forman una frase de contraseña larga y fácil de recordar. Nadie puede recuperar una frase de contraseña olvidada: guárdela en un lugar seguro.</translation>
    </message>
</context>
<context>
    <name>tandem::People</name>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planificador</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analista</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Lector</translation>
    </message>
    <message>
        <source>only a lead manages people: say who you are first</source>
        <translation>solo un responsable gestiona a las personas: diga primero quién es</translation>
    </message>
    <message>
        <source>%1 (%2) may not manage people: that is a lead&apos;s</source>
        <translation>%1 (%2) no puede gestionar personas: eso corresponde a un responsable</translation>
    </message>
    <message>
        <source>no person has the id %1</source>
        <translation>ninguna persona tiene el id %1</translation>
    </message>
    <message>
        <source>%1 was removed from this office</source>
        <translation>%1 fue retirado/a de esta oficina</translation>
    </message>
    <message>
        <source>no person of this office is called &quot;%1&quot;</source>
        <translation>ninguna persona de esta oficina se llama «%1»</translation>
    </message>
    <message>
        <source>this office has no people yet</source>
        <translation>esta oficina aún no tiene personas</translation>
    </message>
    <message numerus="yes">
        <source>%n people use this file: say who you are (--as NAME or TANDEM_USER)</source>
        <translation>
            <numerusform>%n persona usa este archivo: diga quién es (--as NOMBRE o TANDEM_USER)</numerusform>
            <numerusform>%n personas usan este archivo: diga quién es (--as NOMBRE o TANDEM_USER)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was removed from this office: their passphrase opens nothing</source>
        <translation>%1 fue retirado/a de esta oficina: su frase de contraseña no abre nada</translation>
    </message>
    <message>
        <source>wrong passphrase for %1</source>
        <translation>frase de contraseña incorrecta para %1</translation>
    </message>
    <message>
        <source>%1 (%2) may not change %3</source>
        <translation>%1 (%2) no puede modificar %3</translation>
    </message>
    <message>
        <source>a person needs a name</source>
        <translation>una persona necesita un nombre</translation>
    </message>
    <message>
        <source>a person needs at least one role: %1</source>
        <translation>una persona necesita al menos una función: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; the roles are: %2</source>
        <translation>«%1» no es una función; las funciones son: %2</translation>
    </message>
    <message>
        <source>this office already has a person called &quot;%1&quot;</source>
        <translation>esta oficina ya tiene una persona llamada «%1»</translation>
    </message>
    <message>
        <source>no agency has the id %1</source>
        <translation>ninguna agencia tiene el id %1</translation>
    </message>
    <message>
        <source>only a person who may read identities can give that right</source>
        <translation>solo una persona que puede leer identidades puede dar ese derecho</translation>
    </message>
    <message>
        <source>%1 was removed already</source>
        <translation>%1 ya fue retirado/a</translation>
    </message>
    <message>
        <source>you cannot remove yourself: another lead can</source>
        <translation>no puede retirarse a sí mismo: otro responsable puede hacerlo</translation>
    </message>
    <message>
        <source>%1 is the last lead of this office</source>
        <translation>%1 es el último responsable de esta oficina</translation>
    </message>
</context>
<context>
    <name>tandem::PeopleDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>The people of this office. Each has a passphrase of their own; what they change is recorded in their name.</source>
        <translation>Las personas de esta oficina. Cada una tiene su propia frase de contraseña; lo que cambia queda registrado a su nombre.</translation>
    </message>
    <message>
        <source>The people of this office. Only a lead adds or removes people.</source>
        <translation>Las personas de esta oficina. Solo un responsable añade o retira personas.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Opens identities</source>
        <translation>Abre identidades</translation>
    </message>
    <message>
        <source>The people could not be read.</source>
        <translation>No se pudieron leer las personas.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (usted)</translation>
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
        <source>Adding a person wraps the office keys for them.</source>
        <translation>Añadir una persona cifra las claves de la oficina para ella.</translation>
    </message>
    <message>
        <source>The person could not be removed.</source>
        <translation>No se pudo retirar a la persona.</translation>
    </message>
    <message>
        <source>Remove a Person</source>
        <translation>Retirar a una persona</translation>
    </message>
    <message>
        <source>Remove %1 from this office?</source>
        <translation>¿Retirar a %1 de esta oficina?</translation>
    </message>
    <message>
        <source>Their passphrase will open nothing from now on. What they did stays recorded in their name.</source>
        <translation>Su frase de contraseña no abrirá nada a partir de ahora. Lo que hizo sigue registrado a su nombre.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirar</translation>
    </message>
</context>
<context>
    <name>tandem::PickerSources</name>
    <message>
        <source>The only open operation does not match</source>
        <translation>La única operación abierta no coincide</translation>
    </message>
    <message>
        <source>The only open operation</source>
        <translation>La única operación abierta</translation>
    </message>
    <message>
        <source>%L1 open operations</source>
        <translation>%L1 operaciones abiertas</translation>
    </message>
    <message>
        <source>None of the %L1 open operations match</source>
        <translation>Ninguna de las %L1 operaciones abiertas coincide</translation>
    </message>
    <message>
        <source>%L1 of %L2 open operations</source>
        <translation>%L1 de %L2 operaciones abiertas</translation>
    </message>
    <message>
        <source>no place given</source>
        <translation>no se ha indicado ningún lugar</translation>
    </message>
    <message>
        <source>The only open tip does not match</source>
        <translation>El único aviso abierto no coincide</translation>
    </message>
    <message>
        <source>The only open tip</source>
        <translation>El único aviso abierto</translation>
    </message>
    <message>
        <source>%L1 open tips</source>
        <translation>%L1 avisos abiertos</translation>
    </message>
    <message>
        <source>None of the %L1 open tips match</source>
        <translation>Ninguno de los %L1 avisos abiertos coincide</translation>
    </message>
    <message>
        <source>%L1 of %L2 open tips</source>
        <translation>%L1 de %L2 avisos abiertos</translation>
    </message>
    <message>
        <source>The only service does not match</source>
        <translation>El único servicio no coincide</translation>
    </message>
    <message>
        <source>The only service</source>
        <translation>El único servicio</translation>
    </message>
    <message>
        <source>All %L1 services</source>
        <translation>Los %L1 servicios</translation>
    </message>
    <message>
        <source>None of the %L1 services match</source>
        <translation>Ninguno de los %L1 servicios coincide</translation>
    </message>
    <message>
        <source>%L1 of %L2 services</source>
        <translation>%L1 de %L2 servicios</translation>
    </message>
    <message>
        <source>capacity %L1</source>
        <translation>capacidad %L1</translation>
    </message>
    <message>
        <source>accepts minors</source>
        <translation>acepta menores</translation>
    </message>
    <message>
        <source>adults only</source>
        <translation>solo personas adultas</translation>
    </message>
</context>
<context>
    <name>tandem::PlanBanners</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Approve Again</source>
        <translation>Aprobar de nuevo</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reabrir…</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Changes since approval</source>
        <translation>Cambios desde la aprobación</translation>
    </message>
    <message>
        <source>Approve the plan as it is now, so that it can be briefed and started</source>
        <translation>Aprobar el plan tal como está ahora, para que pueda darse la sesión informativa e iniciarse</translation>
    </message>
    <message>
        <source>Reopen the operation to change it; a lead does, with a reason</source>
        <translation>Reabrir la operación para modificarla; lo hace un responsable, con un motivo</translation>
    </message>
    <message>
        <source>Closed — reopen to change. The plan, its targets, assignments, timeline and log are read only.</source>
        <translation>Cerrada: reábrala para modificarla. El plan, sus objetivos, asignaciones, cronograma y registro son de solo lectura.</translation>
    </message>
    <message>
        <source>Changed since approval.</source>
        <translation>Modificado desde la aprobación.</translation>
    </message>
    <message>
        <source>Changed since approval by %1 on %2.</source>
        <translation>Modificado desde la aprobación de %1 el %2.</translation>
    </message>
    <message>
        <source>Changed since approval by %1.</source>
        <translation>Modificado desde la aprobación de %1.</translation>
    </message>
    <message>
        <source>The plan must be approved again before it is briefed or started (1 change).</source>
        <translation>El plan debe aprobarse de nuevo antes de la sesión informativa o del inicio (1 cambio).</translation>
    </message>
    <message numerus="yes">
        <source>The plan must be approved again before it is briefed or started (%n changes).</source>
        <translation>
            <numerusform>El plan debe aprobarse de nuevo antes de la sesión informativa o del inicio (%n cambio).</numerusform>
            <numerusform>El plan debe aprobarse de nuevo antes de la sesión informativa o del inicio (%n cambios).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::PlanGate</name>
    <message>
        <source>operation %1 is closed; a lead reopens it (tandem-cli move DB %2 completed --reason T)</source>
        <translation>la operación %1 está cerrada; la reabre un responsable (tandem-cli move DB %2 completed --reason T)</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <comment>a record type and its name</comment>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>%1 added</source>
        <comment>a record added to a plan</comment>
        <translation>%1: añadido</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <comment>a record deleted from a plan</comment>
        <translation>%1: eliminado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a record and one of its fields</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the changes to an approved plan are recorded by Tandem as they are made, never added by hand</source>
        <translation>Tandem registra los cambios de un plan aprobado a medida que se hacen; nunca se añaden a mano</translation>
    </message>
    <message>
        <source>a recorded change to an approved plan is kept as it was written</source>
        <translation>un cambio registrado de un plan aprobado se conserva tal como se escribió</translation>
    </message>
    <message>
        <source>a recorded change to an approved plan is deleted only with its operation</source>
        <translation>un cambio registrado de un plan aprobado solo se elimina junto con su operación</translation>
    </message>
</context>
<context>
    <name>tandem::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Lock the office keys after</source>
        <translation>Bloquear las claves de la oficina tras</translation>
    </message>
    <message>
        <source>%1 minutes unused</source>
        <translation>%1 minutos sin uso</translation>
    </message>
    <message>
        <source>While the office keys are unlocked, survivors&apos; identifying details can be read and bundles signed without the passphrase. Tandem locks them again when they have not been used for this long, and whenever you choose Security ▸ Lock.</source>
        <translation>Mientras las claves de la oficina están desbloqueadas, se pueden leer los datos identificativos de los supervivientes y firmar paquetes sin la frase de contraseña. Tandem vuelve a bloquearlas cuando no se han usado durante este tiempo y siempre que elija Seguridad ▸ Bloquear las claves de la oficina.</translation>
    </message>
    <message>
        <source>Office keys</source>
        <translation>Claves de la oficina</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Bloquear tras:</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>Idioma de la &amp;ventana:</translation>
    </message>
    <message>
        <source>&amp;Back up routinely: when a file is opened (once a day) and when it is closed after changes</source>
        <translation>Hacer copias de seguridad &amp;periódicas: al abrir un archivo (una vez al día) y al cerrarlo tras cambios</translation>
    </message>
    <message>
        <source>Backups kept per file</source>
        <translation>Copias de seguridad conservadas por archivo</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Conservar las más recientes:</translation>
    </message>
    <message>
        <source>backups of each file</source>
        <translation>copias de seguridad de cada archivo</translation>
    </message>
    <message>
        <source>Backups go to a folder beside the file, readable by you only. Tandem also backs up before every merge and every restore; File ▸ Back Up Now makes one at any time, File ▸ Restore from Backup goes back to one.</source>
        <translation>Las copias de seguridad van a una carpeta junto al archivo, legible solo por usted. Tandem también hace una antes de cada fusión y cada restauración; Archivo ▸ Hacer copia de seguridad ahora hace una en cualquier momento, Archivo ▸ Restaurar desde una copia de seguridad vuelve a una.</translation>
    </message>
    <message>
        <source>Language and dates</source>
        <translation>Idioma y fechas</translation>
    </message>
    <message>
        <source>Numbers and the names of months follow it. It applies the next time Tandem starts.</source>
        <translation>Los números y los nombres de los meses lo siguen. Se aplica la próxima vez que se inicie Tandem.</translation>
    </message>
    <message>
        <source>Day month year: %1</source>
        <translation>Día mes año: %1</translation>
    </message>
    <message>
        <source>ISO 8601: %1</source>
        <translation>ISO 8601: %1</translation>
    </message>
    <message>
        <source>As the system writes them: %1</source>
        <translation>Como las escribe el sistema: %1</translation>
    </message>
    <message>
        <source>&amp;Dates and times:</source>
        <translation>&amp;Fechas y horas:</translation>
    </message>
    <message>
        <source>In every list, form, report and export. It applies at once.</source>
        <translation>En todas las listas, formularios, informes y exportaciones. Se aplica al momento.</translation>
    </message>
    <message>
        <source>Where new records of this file go</source>
        <translation>Adónde van los registros nuevos de este archivo</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>New %1 go to</source>
        <translation>Los nuevos registros de %1 van a</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>For this file: what a new record is shared with unless you choose otherwise on the record. A sharing group is chosen on each record.</source>
        <translation>Para este archivo: con quién se comparte un registro nuevo, salvo que elija otra cosa en el registro. Un grupo de uso compartido se elige en cada registro.</translation>
    </message>
    <message>
        <source>Only a lead of the office changes these: %1</source>
        <translation>Solo un responsable de la oficina los cambia: %1</translation>
    </message>
    <message>
        <source>&amp;Sharing</source>
        <translation>&amp;Uso compartido</translation>
    </message>
    <message>
        <source>How long survivors&apos; identities are kept</source>
        <translation>Cuánto tiempo se conservan las identidades de los supervivientes</translation>
    </message>
    <message>
        <source>Until erased by hand</source>
        <translation>Hasta que se borren a mano</translation>
    </message>
    <message>
        <source> months after the case closed</source>
        <translation> meses tras el cierre del caso</translation>
    </message>
    <message>
        <source>Erase identities</source>
        <translation>Borrar identidades</translation>
    </message>
    <message>
        <source>&amp;Erase identities:</source>
        <translation>&amp;Borrar identidades:</translation>
    </message>
    <message>
        <source>When the operation of a survivor closed longer ago than this, and no consent of theirs is active and no step of their checklist is open, Today lists their identity as due for erasure.</source>
        <translation>Cuando la operación de un superviviente se cerró hace más tiempo que esto, y no tiene ningún consentimiento vigente ni ningún paso abierto, Hoy muestra su identidad como pendiente de borrado.</translation>
    </message>
    <message>
        <source>Only a lead of the office changes this: %1</source>
        <translation>Solo un responsable de la oficina cambia esto: %1</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Largest file</source>
        <translation>Archivo máximo</translation>
    </message>
    <message>
        <source>Largest &amp;file:</source>
        <translation>Archivo &amp;máximo:</translation>
    </message>
    <message>
        <source>A larger file is refused when it is attached. Every file goes into the office&apos;s file and into the bundles of each partner its record goes to.</source>
        <translation>Un archivo más grande se rechaza al adjuntarlo. Cada archivo va dentro del archivo de la oficina y en los paquetes de cada oficina asociada a la que va su registro.</translation>
    </message>
</context>
<context>
    <name>tandem::ProtocolEditor</name>
    <message>
        <source>Add Step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Or drag the step to its place (Ctrl+Up)</source>
        <translation>O arrastre el paso a su lugar (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Or drag the step to its place (Ctrl+Down)</source>
        <translation>O arrastre el paso a su lugar (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-dd</translation>
    </message>
    <message>
        <source>What changed in this version, and why</source>
        <translation>Qué cambió en esta versión y por qué</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation>Jurisdicción:</translation>
    </message>
    <message>
        <source>by</source>
        <translation>a cargo de</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Próxima revisión:</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>Qué cambió:</translation>
    </message>
    <message>
        <source>The protocol could not be read.</source>
        <translation>No se ha podido leer el protocolo.</translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation>Nuevo protocolo</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Primer paso</translation>
    </message>
    <message>
        <source>The protocol could not be saved.</source>
        <translation>No se ha podido guardar el protocolo.</translation>
    </message>
    <message>
        <source>the next review must be a date written yyyy-mm-dd, not &quot;%1&quot;</source>
        <translation>la próxima revisión debe ser una fecha con el formato aaaa-mm-dd, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Select a protocol to edit it, or start a new one.</source>
        <translation>Seleccione un protocolo para editarlo o cree uno nuevo.</translation>
    </message>
    <message>
        <source>A new protocol. Once saved, it is in force: survivors whose rescue time is set after that get its steps.</source>
        <translation>Un protocolo nuevo. Una vez guardado, está vigente: los supervivientes cuya hora de rescate se establezca después recibirán sus pasos.</translation>
    </message>
    <message>
        <source>This protocol could not be read.</source>
        <translation>No se ha podido leer este protocolo.</translation>
    </message>
    <message>
        <source>Version %1 · in force.</source>
        <translation>Versión %1 · vigente.</translation>
    </message>
    <message>
        <source>Version %1 · retired: no new checklist follows it.</source>
        <translation>Versión %1 · retirada: ninguna lista de control nueva la sigue.</translation>
    </message>
    <message>
        <source>1 survivor follows this version.</source>
        <translation>1 superviviente sigue esta versión.</translation>
    </message>
    <message>
        <source>Saving a change makes a new version; they keep this one.</source>
        <translation>Guardar un cambio crea una versión nueva; quienes siguen esta la conservan.</translation>
    </message>
    <message>
        <source>It ships with Tandem and partner offices may follow it, so saving a change makes a new version.</source>
        <translation>Se distribuye con Tandem y las oficinas asociadas pueden seguirlo, así que guardar un cambio crea una versión nueva.</translation>
    </message>
    <message>
        <source>No survivor follows it yet: saving changes this version.</source>
        <translation>Aún no lo sigue ningún superviviente: guardar los cambios modifica esta versión.</translation>
    </message>
    <message>
        <source> and %L1 more</source>
        <translation> y %L1 más</translation>
    </message>
    <message>
        <source>Followed by: %1</source>
        <translation>Seguido por: %1</translation>
    </message>
    <message>
        <source>New step %1</source>
        <translation>Nuevo paso %1</translation>
    </message>
    <message>
        <source>Version %1 · retired (%2): no new checklist follows it.</source>
        <translation>Versión %1 · retirada (%2): ninguna lista de control nueva la sigue.</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <source>Next review by</source>
        <translation>Próxima revisión a cargo de</translation>
    </message>
    <message numerus="yes">
        <source>%Ln survivors follow this version.</source>
        <translation>
            <numerusform>%Ln superviviente sigue esta versión.</numerusform>
            <numerusform>%Ln supervivientes siguen esta versión.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ProtocolFile</name>
    <message>
        <source>unknown field &quot;%1&quot;; the fields are: %2</source>
        <translation>campo desconocido &quot;%1&quot;; los campos son: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>falta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>&quot;%1&quot; debe ser texto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single line</source>
        <translation>&quot;%1&quot; debe ser una sola línea</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; está vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; debe ser true o false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>&quot;%1&quot; debe ser un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>step %1: a step must be a JSON object</source>
        <translation>paso %1: un paso debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>step %1: </source>
        <translation>paso %1: </translation>
    </message>
    <message>
        <source>step %1 (&quot;%2&quot;): </source>
        <translation>paso %1 (&quot;%2&quot;): </translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must be lower-case letters, digits and underscores, starting with a letter (at most 64)</source>
        <translation>la clave &quot;%1&quot; debe constar de letras minúsculas, dígitos y guiones bajos, y empezar por una letra (64 como máximo)</translation>
    </message>
    <message>
        <source>the title is longer than 1,000 characters</source>
        <translation>el título supera los 1000 caracteres</translation>
    </message>
    <message>
        <source>unknown owner role &quot;%1&quot;; the roles are: %2</source>
        <translation>rol de responsable desconocido &quot;%1&quot;; los roles son: %2</translation>
    </message>
    <message>
        <source>unknown applies_to &quot;%1&quot;; it is one of: %2</source>
        <translation>valor de applies_to desconocido &quot;%1&quot;; debe ser uno de: %2</translation>
    </message>
    <message>
        <source>due &quot;%1&quot; is not an offset; write +&lt;number&gt; then m, h or d (e.g. +90m, +24h, +30d), or before_first_interview</source>
        <translation>due &quot;%1&quot; no es un plazo; escriba +&lt;number&gt; (un número entero) seguido de m, h o d (p. ej., +90m, +24h, +30d), o before_first_interview</translation>
    </message>
    <message>
        <source>due &quot;%1&quot; is negative; a step is due after the rescue (T0), not before it</source>
        <translation>due &quot;%1&quot; es negativo; un paso vence después del rescate (T0), no antes</translation>
    </message>
    <message>
        <source>due &quot;%1&quot; is more than 366 days after the rescue</source>
        <translation>due &quot;%1&quot; cae más de 366 días después del rescate</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3 (byte offset %4)</source>
        <translation>no es JSON válido: %1 en la línea %2, columna %3 (posición en bytes %4)</translation>
    </message>
    <message>
        <source>not a protocol: the file must hold one JSON object</source>
        <translation>no es un protocolo: el archivo debe contener un único objeto JSON</translation>
    </message>
    <message>
        <source>&quot;format&quot; is missing; a protocol file starts with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>falta &quot;format&quot;; un archivo de protocolo empieza por &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; this version of Tandem reads &quot;%2&quot;</source>
        <translation>formato desconocido &quot;%1&quot;; esta versión de Tandem lee &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;family&quot; is not an id: &quot;%1&quot;</source>
        <translation>&quot;family&quot; no es un id: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;next_review&quot; must be a date as yyyy-mm-dd, got &quot;%1&quot;</source>
        <translation>&quot;next_review&quot; debe ser una fecha con el formato aaaa-mm-dd; se ha recibido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;steps&quot; is missing</source>
        <translation>falta &quot;steps&quot;</translation>
    </message>
    <message>
        <source>&quot;steps&quot; must be a list</source>
        <translation>&quot;steps&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>the protocol has no steps</source>
        <translation>el protocolo no tiene pasos</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used by an earlier step</source>
        <translation>la clave &quot;%1&quot; ya la usa un paso anterior</translation>
    </message>
    <message>
        <source>the same title as step %1</source>
        <translation>el mismo título que el paso %1</translation>
    </message>
    <message>
        <source>the file is larger than a protocol file can be (%1 KiB at most)</source>
        <translation>el archivo es más grande de lo que puede ser un archivo de protocolo (%1 KiB como máximo)</translation>
    </message>
</context>
<context>
    <name>tandem::ProtocolListModel</name>
    <message>
        <source>The protocols could not be read: %1</source>
        <translation>No se han podido leer los protocolos: %1</translation>
    </message>
    <message>
        <source>1 survivor follows this version</source>
        <translation>1 superviviente sigue esta versión</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>Seguido por</translation>
    </message>
    <message numerus="yes">
        <source>%Ln survivors follow this version</source>
        <translation>
            <numerusform>%Ln superviviente sigue esta versión</numerusform>
            <numerusform>%Ln supervivientes siguen esta versión</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ProtocolStepForm</name>
    <message>
        <source>Selected step</source>
        <translation>Paso seleccionado</translation>
    </message>
    <message>
        <source>Mandatory: an operation cannot be closed while it is open</source>
        <translation>Obligatorio: no se puede cerrar una operación mientras este paso esté abierto</translation>
    </message>
    <message>
        <source>What to do and how, in plain words, and the source (law, convention, guideline)</source>
        <translation>Qué hacer y cómo, con palabras sencillas, y la fuente (ley, convenio, directriz)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Guidance:</source>
        <translation>Orientación:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Vence:</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>Se aplica a:</translation>
    </message>
    <message>
        <source>Due, how many</source>
        <translation>Plazo, cuánto</translation>
    </message>
    <message>
        <source>Due, in hours or days</source>
        <translation>Plazo, en horas o días</translation>
    </message>
    <message>
        <source>Due, counted from</source>
        <translation>Plazo, contado desde</translation>
    </message>
</context>
<context>
    <name>tandem::ProtocolStepModel</name>
    <message>
        <source>Before the first interview</source>
        <translation>Antes de la primera entrevista</translation>
    </message>
    <message>
        <source>%1 d after T0</source>
        <translation>%1 d tras T0</translation>
    </message>
    <message>
        <source>%1 h after T0</source>
        <translation>%1 h tras T0</translation>
    </message>
    <message>
        <source>%1 min after T0</source>
        <translation>%1 min tras T0</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
</context>
<context>
    <name>tandem::Protocols</name>
    <message>
        <source>the protocol has no steps</source>
        <translation>el protocolo no tiene pasos</translation>
    </message>
    <message>
        <source>version %1 of this protocol was deleted from this database; give the file a higher version to import it again</source>
        <translation>la versión %1 de este protocolo se eliminó de esta base de datos; asigne al archivo una versión superior para volver a importarlo</translation>
    </message>
    <message>
        <source>version %1 of this protocol is already in this database (&quot;%2&quot;)</source>
        <translation>la versión %1 de este protocolo ya está en esta base de datos (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>step %1 (&quot;%2&quot;): %3</source>
        <translation>paso %1 (&quot;%2&quot;): %3</translation>
    </message>
    <message>
        <source>this protocol was deleted</source>
        <translation>este protocolo se ha eliminado</translation>
    </message>
    <message>
        <source>step &quot;%1&quot;: the due offset is negative; a step is due after the rescue (T0), not before it</source>
        <translation>paso &quot;%1&quot;: el plazo es negativo; un paso vence después del rescate (T0), no antes</translation>
    </message>
    <message>
        <source>step %1 (&quot;%2&quot;): </source>
        <translation>paso %1 (&quot;%2&quot;): </translation>
    </message>
    <message>
        <source>new protocol</source>
        <translation>nuevo protocolo</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; a protocol is active or retired</source>
        <translation>estado desconocido &quot;%1&quot;; un protocolo puede estar activo (active) o retirado (retired)</translation>
    </message>
    <message>
        <source>version %1 is in force</source>
        <translation>la versión %1 está en vigor</translation>
    </message>
    <message>
        <source>replaced by version %1</source>
        <translation>sustituida por la versión %1</translation>
    </message>
    <message>
        <source>version %1 was made active instead</source>
        <translation>se activó la versión %1 en su lugar</translation>
    </message>
</context>
<context>
    <name>tandem::ProtocolsView</name>
    <message>
        <source>New Protocol</source>
        <translation>Nuevo protocolo</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Add a protocol from a protocol file (JSON)</source>
        <translation>Añadir un protocolo desde un archivo de protocolo (JSON)</translation>
    </message>
    <message>
        <source>Write the selected version as a protocol file (JSON) to share or keep</source>
        <translation>Escribir la versión seleccionada como archivo de protocolo (JSON) para compartirla o conservarla</translation>
    </message>
    <message>
        <source>1 version</source>
        <translation>1 versión</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocolos</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>¿Guardar los cambios en &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Si no guarda los cambios, se perderán.</translation>
    </message>
    <message>
        <source>Make Active</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>No new checklist follows this version; existing ones keep it</source>
        <translation>Ninguna lista de control nueva sigue esta versión; las existentes la conservan</translation>
    </message>
    <message>
        <source>New checklists follow this version again (other versions are retired)</source>
        <translation>Las nuevas listas de control vuelven a seguir esta versión (las demás versiones quedan retiradas)</translation>
    </message>
    <message>
        <source>Import Protocol</source>
        <translation>Importar protocolo</translation>
    </message>
    <message>
        <source>Protocol files (*.json);;All files (*)</source>
        <translation>Archivos de protocolo (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The protocol could not be imported.</source>
        <translation>No se ha podido importar el protocolo.</translation>
    </message>
    <message>
        <source>The protocol could not be exported.</source>
        <translation>No se ha podido exportar el protocolo.</translation>
    </message>
    <message>
        <source>Export Protocol</source>
        <translation>Exportar protocolo</translation>
    </message>
    <message>
        <source>Protocol files (*.json)</source>
        <translation>Archivos de protocolo (*.json)</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; was written to %3.</source>
        <translation>La versión %1 de &quot;%2&quot; se escribió en %3.</translation>
    </message>
    <message>
        <source>The protocol&apos;s status could not be changed.</source>
        <translation>No se ha podido cambiar el estado del protocolo.</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is now in force.</source>
        <translation>La versión %1 de “%2” está ahora en vigor.</translation>
    </message>
    <message>
        <source>Retired, as replaced by it: version %1. Survivors whose checklists were made from it keep their steps.</source>
        <translation>Retirada, por ser sustituida por ella: versión %1. Los supervivientes cuyas listas de control se hicieron con ella conservan sus pasos.</translation>
    </message>
    <message>
        <source>No new checklist follows it.</source>
        <translation>Ninguna lista de control nueva la seguirá.</translation>
    </message>
    <message>
        <source>The survivor whose checklist was made from it keeps its steps.</source>
        <translation>El superviviente cuya lista de control se hizo con ella conserva sus pasos.</translation>
    </message>
    <message>
        <source>The %L1 survivors whose checklists were made from it keep their steps.</source>
        <translation>Los %L1 supervivientes cuyas listas de control se hicieron con ella conservan sus pasos.</translation>
    </message>
    <message>
        <source>Retire Protocol</source>
        <translation>Retirar protocolo</translation>
    </message>
    <message>
        <source>Retire version %1 of “%2”?</source>
        <translation>¿Retirar la versión %1 de “%2”?</translation>
    </message>
    <message>
        <source>&amp;Why it is retired:</source>
        <translation>&amp;Motivo de la retirada:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln versions</source>
        <translation>
            <numerusform>%Ln versión</numerusform>
            <numerusform>%Ln versiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::RangeSpinBox</name>
    <message>
        <source>Not set</source>
        <translation>Sin establecer</translation>
    </message>
</context>
<context>
    <name>tandem::ReasonDialog</name>
    <message>
        <source>Required: it is recorded with it and shown</source>
        <translation>Obligatorio: se registra con ello y se muestra</translation>
    </message>
    <message>
        <source>Declined by the Survivor</source>
        <translation>Rechazado por el superviviente</translation>
    </message>
    <message>
        <source>Record that %1 declined “%2”?</source>
        <translation>¿Registrar que %1 rechazó “%2”?</translation>
    </message>
    <message>
        <source>It is recorded as their choice, not as a step missed, and is no longer owed. Reopen brings it back.</source>
        <translation>Se registra como su decisión, no como un paso omitido, y deja de deberse. Reabrir lo recupera.</translation>
    </message>
    <message>
        <source>&amp;Why they declined:</source>
        <translation>&amp;Motivo del rechazo:</translation>
    </message>
    <message>
        <source>Record the Decline</source>
        <translation>Registrar el rechazo</translation>
    </message>
    <message>
        <source>Not Applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Mark “%1” as not applicable to %2?</source>
        <translation>¿Marcar “%1” como no aplicable a %2?</translation>
    </message>
    <message>
        <source>The step is no longer owed to them. Reopen brings it back.</source>
        <translation>El paso deja de debérsele. Reabrir lo recupera.</translation>
    </message>
    <message>
        <source>&amp;Why it does not apply:</source>
        <translation>&amp;Por qué no es aplicable:</translation>
    </message>
    <message>
        <source>Mark Not Applicable</source>
        <translation>Marcar como no aplicable</translation>
    </message>
</context>
<context>
    <name>tandem::Recalls</name>
    <message>
        <source>another program is reading the file, so its journal could not be rewritten; close the other window and erase again</source>
        <translation>otro programa está leyendo el archivo, así que su diario no se pudo reescribir; cierre la otra ventana y vuelva a borrar</translation>
    </message>
    <message>
        <source>a backup could not be rewritten without the erased identity, so the erasure stays pending: %1</source>
        <translation>una copia de seguridad no se pudo reescribir sin la identidad borrada, así que el borrado queda pendiente: %1</translation>
    </message>
    <message>
        <source>this office</source>
        <translation>esta oficina</translation>
    </message>
    <message>
        <source>identity erased on a recall by %1 (%2): %3</source>
        <translation>identidad borrada por una retirada de %1 (%2): %3</translation>
    </message>
    <message>
        <source>the file is rewritten after the erasure is saved, not during it</source>
        <translation>el archivo se reescribe después de guardar el borrado, no durante</translation>
    </message>
    <message>
        <source>the file could not be rewritten without the erased identity, so the erasure stays pending: %1</source>
        <translation>el archivo no se pudo reescribir sin la identidad borrada, así que el borrado queda pendiente: %1</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>consentimiento retirado</translation>
    </message>
    <message>
        <source>the consent was deleted</source>
        <translation>se eliminó el consentimiento</translation>
    </message>
</context>
<context>
    <name>tandem::RecordCommands</name>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>unknown record type</source>
        <translation>tipo de registro desconocido</translation>
    </message>
    <message>
        <source>the edit has already ended</source>
        <translation>la edición ya ha terminado</translation>
    </message>
</context>
<context>
    <name>tandem::RecordForm</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>%1: choose an agency of the directory, or add “%2” to it.</source>
        <translation>%1: elija un organismo del directorio o añada “%2” a él.</translation>
    </message>
    <message>
        <source>%1 is required; it was put back as it was.</source>
        <translation>%1 es obligatorio; se ha restablecido el valor anterior.</translation>
    </message>
    <message>
        <source>no file is open</source>
        <translation>no hay ningún archivo abierto</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>%1 was put back as it is stored: %2</source>
        <translation>%1 se ha restablecido tal como está guardado: %2</translation>
    </message>
    <message>
        <source>%1 is %2; “%3” was not taken.</source>
        <translation>%1 debe ser %2; no se aceptó «%3».</translation>
    </message>
    <message>
        <source>%1 takes at most %2 characters; the text had %3.</source>
        <translation>%1 admite como máximo %2 caracteres; el texto tenía %3.</translation>
    </message>
    <message>
        <source>%1 takes at most %2 entries; there were %3.</source>
        <translation>%1 admite como máximo %2 entradas; había %3.</translation>
    </message>
    <message>
        <source>%1: what was chosen is not in this file; choose again.</source>
        <translation>%1: lo elegido no está en este archivo; vuelva a elegir.</translation>
    </message>
    <message>
        <source>%1: what was chosen was deleted meanwhile; choose again.</source>
        <translation>%1: lo elegido se eliminó mientras tanto; vuelva a elegir.</translation>
    </message>
</context>
<context>
    <name>tandem::RecordListModel</name>
    <message>
        <source>The %1 could not be read: %2</source>
        <translation>No se han podido leer los datos de %1: %2</translation>
    </message>
</context>
<context>
    <name>tandem::RecordPicker</name>
    <message>
        <source>A search takes at most %L1 characters (that would have been %L2).</source>
        <translation>Una búsqueda admite como máximo %L1 caracteres (esta habría tenido %L2).</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>No se ha podido leer la lista: %1</translation>
    </message>
    <message>
        <source>Only the first %1 words are searched for.</source>
        <translation>Solo se buscan las primeras %1 palabras.</translation>
    </message>
</context>
<context>
    <name>tandem::Records</name>
    <message>
        <source>the field &quot;%1&quot; changes only through tandem-cli %2, which keeps its rules</source>
        <translation>el campo «%1» solo cambia con tandem-cli %2, que respeta sus reglas</translation>
    </message>
    <message>
        <source>a new %1 starts with %2 &quot;%3&quot;; tandem-cli %4 changes it afterwards</source>
        <translation>un registro nuevo de %1 empieza con %2 «%3»; tandem-cli %4 lo cambia después</translation>
    </message>
</context>
<context>
    <name>tandem::ReferralAnswerDialog</name>
    <message>
        <source>&amp;Awaiting an answer</source>
        <translation>&amp;En espera de respuesta</translation>
    </message>
    <message>
        <source>A&amp;ccepted</source>
        <translation>A&amp;ceptada</translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation>&amp;Rechazada</translation>
    </message>
    <message>
        <source>Answer to the Referral</source>
        <translation>Respuesta a la derivación</translation>
    </message>
    <message>
        <source>As the service gave it, e.g. &quot;no bed free until Monday&quot;</source>
        <translation>Tal como lo dio el servicio, p. ej. «no hay cama libre hasta el lunes»</translation>
    </message>
    <message>
        <source>Reason refused</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <source>What came of the referral, e.g. &quot;placed on 12 May; moved on to housing&quot;</source>
        <translation>Qué resultó de la derivación, p. ej. «acogida el 12 de mayo; pasó a una vivienda»</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>The answer of %1:</source>
        <translation>La respuesta de %1:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>A refusal is recorded with the reason the service gave.</source>
        <translation>Un rechazo se registra con el motivo que dio el servicio.</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Mo&amp;tivo:</translation>
    </message>
</context>
<context>
    <name>tandem::ReferralBox</name>
    <message>
        <source>Accepts &amp;minors</source>
        <translation>Acepta &amp;menores</translation>
    </message>
    <message>
        <source>Only services that take minors</source>
        <translation>Solo servicios que aceptan menores</translation>
    </message>
    <message>
        <source>Speaks the survivor&apos;s &amp;language</source>
        <translation>Habla el &amp;idioma de la persona</translation>
    </message>
    <message>
        <source>No language is recorded for this survivor</source>
        <translation>No hay ningún idioma registrado para esta persona</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Habla %1</translation>
    </message>
    <message>
        <source>Only services that speak one of the survivor&apos;s languages</source>
        <translation>Solo servicios que hablan alguno de los idiomas de la persona</translation>
    </message>
    <message>
        <source>Has &amp;capacity</source>
        <translation>Tiene &amp;capacidad</translation>
    </message>
    <message>
        <source>Leaves out the services whose capacity is recorded as 0</source>
        <translation>Deja fuera los servicios cuya capacidad consta como 0</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>Derivar…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Respuesta…</translation>
    </message>
    <message>
        <source>Refer the survivor to a service of the directory, chosen by capacity, languages and whether it takes minors</source>
        <translation>Derivar a la persona superviviente a un servicio del directorio, elegido por capacidad, idiomas y si acepta menores</translation>
    </message>
    <message>
        <source>Record the service&apos;s answer (accepted, or refused and why) and the outcome</source>
        <translation>Registrar la respuesta del servicio (aceptada, o rechazada y por qué) y el resultado</translation>
    </message>
    <message>
        <source>Remove the referral</source>
        <translation>Quitar la derivación</translation>
    </message>
    <message>
        <source>Not referred</source>
        <translation>Sin derivar</translation>
    </message>
    <message>
        <source>(deleted service)</source>
        <translation>(servicio eliminado)</translation>
    </message>
    <message>
        <source>%1 — accepted %2</source>
        <translation>%1 — aceptada el %2</translation>
    </message>
    <message>
        <source>%1 — refused %2: %3</source>
        <translation>%1 — rechazada el %2: %3</translation>
    </message>
    <message>
        <source>%1 — awaiting an answer</source>
        <translation>%1 — en espera de respuesta</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultado: %1</translation>
    </message>
    <message>
        <source>The services could not be read.</source>
        <translation>No se pudieron leer los servicios.</translation>
    </message>
    <message>
        <source>Refer to a service</source>
        <translation>Derivar a un servicio</translation>
    </message>
    <message>
        <source>The directory has no services yet.</source>
        <translation>El directorio aún no tiene servicios.</translation>
    </message>
    <message>
        <source>Add the shelters, legal aid, counselling and other services in the Directory view first.</source>
        <translation>Añada primero los albergues, la asistencia jurídica, el apoyo psicológico y los demás servicios en la vista Directorio.</translation>
    </message>
    <message>
        <source>&amp;Service to refer the survivor to:</source>
        <translation>&amp;Servicio al que derivar a la persona:</translation>
    </message>
    <message>
        <source>Search names, kinds, notes…</source>
        <translation>Buscar nombres, tipos, notas…</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Buscar servicios</translation>
    </message>
    <message>
        <source>Services, by name, with capacity, languages and whether they take minors</source>
        <translation>Servicios, por nombre, con capacidad, idiomas y si aceptan menores</translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation>&amp;Derivar</translation>
    </message>
    <message>
        <source>The referral could not be recorded.</source>
        <translation>No se pudo registrar la derivación.</translation>
    </message>
    <message>
        <source>The answer could not be recorded.</source>
        <translation>No se pudo registrar la respuesta.</translation>
    </message>
    <message>
        <source>The referral could not be removed.</source>
        <translation>No se pudo quitar la derivación.</translation>
    </message>
</context>
<context>
    <name>tandem::Referrals</name>
    <message>
        <source>this checklist step was deleted</source>
        <translation>este paso de la lista fue eliminado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of service</source>
        <translation>«%1» no es un tipo de servicio</translation>
    </message>
    <message>
        <source>there is no service with this id in the directory</source>
        <translation>no hay ningún servicio con este identificador en el directorio</translation>
    </message>
    <message>
        <source>this service was deleted from the directory</source>
        <translation>este servicio fue eliminado del directorio</translation>
    </message>
    <message>
        <source>this step has no referral to answer; refer the survivor to a service first</source>
        <translation>este paso no tiene derivación que responder; derive primero a la persona a un servicio</translation>
    </message>
    <message>
        <source>a reason and a time go with an answer</source>
        <translation>un motivo y una hora van con una respuesta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer; the answers are accepted and refused</source>
        <translation>«%1» no es una respuesta; las respuestas son accepted y refused</translation>
    </message>
    <message>
        <source>a refused referral needs the reason the service gave</source>
        <translation>una derivación rechazada necesita el motivo que dio el servicio</translation>
    </message>
    <message>
        <source>a reason is recorded only for a refused referral</source>
        <translation>solo se registra un motivo para una derivación rechazada</translation>
    </message>
    <message>
        <source>the time of the answer %1 is more than a day in the future (it is now %2)</source>
        <translation>la hora de la respuesta %1 es más de un día en el futuro (ahora son las %2)</translation>
    </message>
</context>
<context>
    <name>tandem::Report</name>
    <message>
        <source>Copy %1</source>
        <translation>Copia %1</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Para %1</translation>
    </message>
    <message>
        <source>the protective marking is empty</source>
        <translation>la marca de protección está vacía</translation>
    </message>
    <message>
        <source>the protective marking has %1 characters; at most %2 fit on a page&apos;s running header</source>
        <translation>la marca de protección tiene %1 caracteres; en el encabezado de página caben como máximo %2</translation>
    </message>
    <message>
        <source>the protective marking must be one line of text</source>
        <translation>la marca de protección debe ser una sola línea de texto</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>this %1 was deleted</source>
        <translation>este registro de tipo %1 se ha eliminado</translation>
    </message>
    <message>
        <source>no survivors are recorded for this operation</source>
        <translation>no hay supervivientes registrados para esta operación</translation>
    </message>
    <message>
        <source>no survivor of this operation has a consent in force to share their identity with %1</source>
        <translation>ningún superviviente de esta operación tiene un consentimiento vigente para compartir su identidad con %1</translation>
    </message>
    <message>
        <source>%1 of %2 survivors agreed to share their identity with %3; the others appear by code only</source>
        <translation>%1 de %2 supervivientes aceptaron compartir su identidad con %3; los demás aparecen solo por su código</translation>
    </message>
    <message>
        <source>marking</source>
        <translation>marca</translation>
    </message>
    <message>
        <source>the copy number %1 is not from 1 to %2</source>
        <translation>el número de copia %1 no está entre 1 y %2</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copia</translation>
    </message>
    <message>
        <source>survivors&apos; identities cannot be included: %1</source>
        <translation>no se pueden incluir las identidades de los supervivientes: %1</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>(deleted agency)</source>
        <translation>(organismo eliminado)</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Trafficking type</source>
        <translation>Tipo de trata</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Organismo principal</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>local time, %1</source>
        <translation>hora local, %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Rescued (T0)</source>
        <translation>Rescate (T0)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Franja de edad</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Menor</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Pasos completados</translation>
    </message>
    <message>
        <source>No survivors are recorded for this operation.</source>
        <translation>No hay supervivientes registrados para esta operación.</translation>
    </message>
    <message>
        <source>withheld: no consent for this recipient</source>
        <translation>omitido: sin consentimiento para este destinatario</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>No registrado.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>No targets are recorded.</source>
        <translation>No hay objetivos registrados.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Assignments (ICS-204)</source>
        <translation>Asignaciones (ICS-204)</translation>
    </message>
    <message>
        <source>No agency has an assignment yet.</source>
        <translation>Ningún organismo tiene todavía una asignación.</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <source>Assignments of %1</source>
        <translation>Asignaciones de %1</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Efectivos</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Owner agency</source>
        <translation>Organismo responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>No tasks are planned.</source>
        <translation>No hay tareas planificadas.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>Survivors&apos; packet (for victim services)</source>
        <translation>Dosier de supervivientes (para los servicios de atención a víctimas)</translation>
    </message>
    <message>
        <source>Care agencies assigned</source>
        <translation>Organismos de atención asignados</translation>
    </message>
    <message>
        <source>None assigned yet.</source>
        <translation>Todavía no hay ninguno asignado.</translation>
    </message>
    <message>
        <source>Survivors recorded so far</source>
        <translation>Supervivientes registrados hasta ahora</translation>
    </message>
    <message>
        <source>Names and dates of birth appear only for survivors who agreed to share their identity with the recipient of this copy.</source>
        <translation>Los nombres y las fechas de nacimiento solo aparecen para los supervivientes que aceptaron compartir su identidad con el destinatario de esta copia.</translation>
    </message>
    <message>
        <source>Survivors are named by their codes only.</source>
        <translation>Los supervivientes figuran solo por su código.</translation>
    </message>
    <message>
        <source>Operation order</source>
        <translation>Orden de operaciones</translation>
    </message>
    <message>
        <source>Situation and objectives</source>
        <translation>Situación y metas</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Evaluación de riesgos</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Comunicaciones</translation>
    </message>
    <message>
        <source>Contingency and medical plan</source>
        <translation>Plan de contingencia y plan médico</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>Frente a lo previsto</translation>
    </message>
    <message>
        <source>No tasks were planned.</source>
        <translation>No se planificó ninguna tarea.</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 de retraso</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <source>not done, overdue</source>
        <translation>sin hacer, vencida</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>sin hacer</translation>
    </message>
    <message>
        <source>Planned and actual timeline</source>
        <translation>Cronograma previsto y real</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>en un plazo de %1</translation>
    </message>
    <message>
        <source>before first interview</source>
        <translation>antes de la primera entrevista</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Debidos</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Dentro del plazo</translation>
    </message>
    <message>
        <source>Median T0 to done</source>
        <translation>Mediana de T0 a hecho</translation>
    </message>
    <message>
        <source>Slowest</source>
        <translation>Más lento</translation>
    </message>
    <message>
        <source>No survivor of this operation has a checklist.</source>
        <translation>Ningún superviviente de esta operación tiene lista de control.</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>Superviviente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No step is overdue and none was declined.</source>
        <translation>Ningún paso está vencido y ninguno fue rechazado.</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>con %1 de retraso</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Asignaciones</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Tareas hechas</translation>
    </message>
    <message>
        <source>No agency had an assignment.</source>
        <translation>Ningún organismo tuvo una asignación.</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Victim care</source>
        <translation>Atención a víctimas</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Qué funcionó</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Qué cambiar</translation>
    </message>
    <message>
        <source>No agency has given feedback on this operation.</source>
        <translation>Ningún organismo ha dado su valoración de esta operación.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>%1 of 5 (1 agency)</source>
        <translation>%1 de 5 (1 organismo)</translation>
    </message>
    <message>
        <source>%1 of 5 (%2 agencies)</source>
        <translation>%1 de 5 (%2 organismos)</translation>
    </message>
    <message>
        <source>Survivors assisted</source>
        <translation>Supervivientes atendidos</translation>
    </message>
    <message>
        <source>Assistance steps</source>
        <translation>Pasos de asistencia</translation>
    </message>
    <message>
        <source>%1 owed, %2 done (%3 within their target), %4 overdue, %5 declined by the survivor</source>
        <translation>%1 debidos, %2 hechos (%3 dentro de su plazo), %4 vencidos, %5 rechazados por el superviviente</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Organismos</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>Diario de la operación</translation>
    </message>
    <message>
        <source>After-action report</source>
        <translation>Informe posterior a la acción</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>The operation log is empty.</source>
        <translation>El diario de la operación está vacío.</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>No lessons are noted.</source>
        <translation>No hay lecciones anotadas.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Assistance steps against their targets</source>
        <translation>Pasos de asistencia frente a sus plazos</translation>
    </message>
    <message>
        <source>Overdue and declined steps</source>
        <translation>Pasos vencidos y rechazados</translation>
    </message>
    <message>
        <source>Agencies&apos; participation</source>
        <translation>Participación de los organismos</translation>
    </message>
    <message>
        <source>Lessons noted</source>
        <translation>Lecciones anotadas</translation>
    </message>
    <message>
        <source>Agencies&apos; feedback</source>
        <translation>Valoración de los organismos</translation>
    </message>
    <message>
        <source>Lessons from the operation log</source>
        <translation>Lecciones del diario de la operación</translation>
    </message>
    <message>
        <source>Made on %1 with Tandem</source>
        <translation>Elaborado el %1 con Tandem</translation>
    </message>
    <message>
        <source>Issued by %1 on %2 with Tandem</source>
        <translation>Emitido por %1 el %2 con Tandem</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation>Marca de protección</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>End of document.</source>
        <translation>Fin del documento.</translation>
    </message>
    <message>
        <source>cannot paint the report&apos;s pages</source>
        <translation>no se pueden dibujar las páginas del informe</translation>
    </message>
    <message>
        <source>cannot set the page size</source>
        <translation>no se puede establecer el tamaño de página</translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation>error de escritura: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation>panel</translation>
    </message>
    <message>
        <source>the period needs a first and a last day</source>
        <translation>el periodo necesita un primer y un último día</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>el periodo termina (%1) antes de empezar (%2)</translation>
    </message>
    <message>
        <source>the period is longer than %1 months</source>
        <translation>el periodo dura más de %1 meses</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a trafficking type</source>
        <translation>&quot;%1&quot; no es un tipo de trata</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin establecer</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Operations per month by status</source>
        <translation>Operaciones por mes y estado</translation>
    </message>
    <message>
        <source>Operations per month by trafficking type</source>
        <translation>Operaciones por mes y tipo de trata</translation>
    </message>
    <message>
        <source>Survivors assisted per month</source>
        <translation>Supervivientes atendidos por mes</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Menores</translation>
    </message>
    <message>
        <source>Time from T0 to each protocol step</source>
        <translation>Tiempo desde T0 hasta cada paso del protocolo</translation>
    </message>
    <message>
        <source>Target (hours)</source>
        <translation>Plazo (horas)</translation>
    </message>
    <message>
        <source>Median (hours)</source>
        <translation>Mediana (horas)</translation>
    </message>
    <message>
        <source>90th percentile (hours)</source>
        <translation>Percentil 90 (horas)</translation>
    </message>
    <message>
        <source>Within target (%)</source>
        <translation>Dentro del plazo (%)</translation>
    </message>
    <message>
        <source>Overdue and late steps by owner role</source>
        <translation>Pasos vencidos y tardíos por rol responsable</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Rol responsable</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Vencidos ahora</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Hechos con retraso</translation>
    </message>
    <message>
        <source>Overdue and late steps by answerable agency</source>
        <translation>Pasos vencidos y tardíos por organismo responsable</translation>
    </message>
    <message>
        <source>No victim-services agency assigned</source>
        <translation>Ningún organismo de servicios de atención a víctimas asignado</translation>
    </message>
    <message>
        <source>Agency participation</source>
        <translation>Participación de organismos</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>People deployed</source>
        <translation>Personas desplegadas</translation>
    </message>
    <message>
        <source>Community tips per month by indicator</source>
        <translation>Avisos de la comunidad por mes e indicador</translation>
    </message>
    <message>
        <source>Community tips by place</source>
        <translation>Avisos de la comunidad por lugar</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Medium or high credibility</source>
        <translation>Credibilidad media o alta</translation>
    </message>
    <message>
        <source>Linked to an operation</source>
        <translation>Vinculados a una operación</translation>
    </message>
    <message>
        <source>Months with tips</source>
        <translation>Meses con avisos</translation>
    </message>
    <message>
        <source>No place given</source>
        <translation>Sin lugar indicado</translation>
    </message>
    <message>
        <source>marking %1</source>
        <translation>marca %1</translation>
    </message>
    <message>
        <source>copy %1</source>
        <translation>copia %1</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>formato desconocido</translation>
    </message>
    <message>
        <source>no output file is named</source>
        <translation>no se ha indicado ningún archivo de salida</translation>
    </message>
    <message>
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <source>this is a folder; name a file to write the report to</source>
        <translation>es una carpeta; indique un archivo en el que escribir el informe</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>not written: %1</source>
        <translation>no escrito: %1</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>impresora</translation>
    </message>
    <message>
        <source>the computation was cancelled</source>
        <translation>el cálculo se ha cancelado</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>Average (1–5)</source>
        <translation>Media (1–5)</translation>
    </message>
    <message>
        <source>Rated 1–2</source>
        <translation>Valorado 1–2</translation>
    </message>
    <message>
        <source>Rated 4–5</source>
        <translation>Valorado 4–5</translation>
    </message>
    <message>
        <source>the recipient is not an office known to this database</source>
        <translation>el destinatario no es una oficina conocida en esta base de datos</translation>
    </message>
    <message>
        <source>the recipient is not an agency of this database&apos;s directory</source>
        <translation>el destinatario no es un organismo del directorio de esta base de datos</translation>
    </message>
    <message>
        <source>the recipient office was deleted; name another recipient</source>
        <translation>la oficina destinataria fue eliminada; indique otro destinatario</translation>
    </message>
    <message>
        <source>the recipient agency was deleted from the directory; name another recipient</source>
        <translation>el organismo destinatario fue eliminado del directorio; indique otro destinatario</translation>
    </message>
    <message>
        <source>no office or agency of this database has this id</source>
        <translation>ninguna oficina ni organismo de esta base de datos tiene este identificador</translation>
    </message>
    <message>
        <source>identities are shared only with a named recipient, an office or an agency that survivors agreed to share them with; no recipient is named</source>
        <translation>las identidades solo se comparten con un destinatario indicado, una oficina o un organismo con el que los supervivientes aceptaron compartirlas; no se ha indicado ningún destinatario</translation>
    </message>
    <message>
        <source>for the office %1 (%2)</source>
        <translation>para la oficina %1 (%2)</translation>
    </message>
    <message>
        <source>for the agency %1 (%2)</source>
        <translation>para el organismo %1 (%2)</translation>
    </message>
    <message>
        <source>not printed: %1</source>
        <translation>no impreso: %1</translation>
    </message>
    <message>
        <source>%1 planned, %2 done, %3 of them on time</source>
        <translation>previstas: %1, hechas: %2, a tiempo: %3</translation>
    </message>
    <message>
        <source>%1 (minors: %2)</source>
        <translation>%1 (menores: %2)</translation>
    </message>
    <message>
        <source>%1 (assignments acknowledged: %2 of %3)</source>
        <translation>%1 (asignaciones confirmadas: %2 de %3)</translation>
    </message>
    <message>
        <source>%1 (lessons noted: %2)</source>
        <translation>%1 (lecciones anotadas: %2)</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordenadas</translation>
    </message>
    <message>
        <source>Nothing is logged yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>No follow-up action is recorded for this operation.</source>
        <translation>No hay ninguna acción de seguimiento registrada para esta operación.</translation>
    </message>
    <message>
        <source>done</source>
        <comment>a follow-up action</comment>
        <translation>hecha</translation>
    </message>
    <message>
        <source>overdue</source>
        <comment>a follow-up action</comment>
        <translation>vencida</translation>
    </message>
    <message>
        <source>open</source>
        <comment>a follow-up action not done yet</comment>
        <translation>abierta</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Acciones de seguimiento</translation>
    </message>
    <message>
        <source>%1 (done: %2, overdue: %3)</source>
        <translation>%1 (hechas: %2, vencidas: %3)</translation>
    </message>
    <message>
        <source>This copy names 1 survivor by their identity, as they consented to share it with %1. Keep it under that consent: do not copy or pass it on.</source>
        <translation>Esta copia nombra a 1 superviviente por su identidad, porque consintió compartirla con %1. Consérvela conforme a ese consentimiento: no la copie ni la transmita.</translation>
    </message>
    <message numerus="yes">
        <source>This copy names %n survivors by their identity, as they consented to share it with %1. Keep it under that consent: do not copy or pass it on.</source>
        <translation>
            <numerusform>Esta copia nombra a %n superviviente por su identidad, porque consintió compartirla con %1. Consérvela conforme a ese consentimiento: no la copie ni la transmita.</numerusform>
            <numerusform>Esta copia nombra a %n supervivientes por su identidad, porque consintieron compartirla con %1. Consérvela conforme a ese consentimiento: no la copie ni la transmita.</numerusform>
        </translation>
    </message>
    <message>
        <source>with the identity of 1 survivor</source>
        <translation>con la identidad de 1 superviviente</translation>
    </message>
    <message numerus="yes">
        <source>with the identities of %n survivors</source>
        <translation>
            <numerusform>con la identidad de %n superviviente</numerusform>
            <numerusform>con las identidades de %n supervivientes</numerusform>
        </translation>
    </message>
    <message>
        <source>survivors&apos; identities are sealed and locked; unlock them with your passphrase to include them</source>
        <translation>las identidades de los supervivientes están selladas y bloqueadas; desbloquéelas con su frase de contraseña para incluirlas</translation>
    </message>
    <message>
        <source>Copy for: %1</source>
        <translation>Copia para: %1</translation>
    </message>
    <message>
        <source>an assignment sheet is one agency&apos;s: name the agency taking part in the operation that it is for</source>
        <translation>una hoja de asignación es de un solo organismo: indique el organismo que participa en la operación para el que es</translation>
    </message>
    <message>
        <source>unknown kind of report</source>
        <translation>tipo de informe desconocido</translation>
    </message>
    <message>
        <source>Its roles</source>
        <translation>Sus funciones</translation>
    </message>
    <message>
        <source>Need to know</source>
        <translation>Necesidad de conocer</translation>
    </message>
    <message>
        <source>Included (given to %1)</source>
        <translation>Incluido (se da a %1)</translation>
    </message>
    <message>
        <source>Not in this copy: entry points, hazards, intelligence and code words go only to %1</source>
        <translation>No en esta copia: los puntos de entrada, los peligros, la información de inteligencia y las palabras clave solo se dan a %1</translation>
    </message>
    <message>
        <source>No tasks are given to this agency.</source>
        <translation>No se asignan tareas a este organismo.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>For %1 only: do not pass on.</source>
        <translation>Solo para %1: no lo transmita.</translation>
    </message>
    <message>
        <source>an assignment sheet is one agency&apos;s: name the agency it is for</source>
        <translation>una hoja de asignación es de un solo organismo: indique el organismo para el que es</translation>
    </message>
    <message>
        <source>Assignment sheet (ICS-204)</source>
        <translation>Hoja de asignación (ICS-204)</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Special instructions</source>
        <translation>Instrucciones especiales</translation>
    </message>
    <message>
        <source>Your radio channel</source>
        <translation>Su canal de radio</translation>
    </message>
    <message>
        <source>Other agencies taking part</source>
        <translation>Otros organismos participantes</translation>
    </message>
    <message>
        <source>The tasks of %1 and those of no agency in particular.</source>
        <translation>Las tareas de %1 y las que no son de ningún organismo en particular.</translation>
    </message>
    <message>
        <source>Copy for</source>
        <translation>Copia para</translation>
    </message>
    <message>
        <source>the agency&apos;s copy, with the need-to-know items</source>
        <translation>la copia del organismo, con los elementos de necesidad de conocer</translation>
    </message>
    <message>
        <source>the agency&apos;s copy, without the need-to-know items</source>
        <translation>la copia del organismo, sin los elementos de necesidad de conocer</translation>
    </message>
    <message>
        <source>the calendar&apos;s period is empty: it must end after it starts</source>
        <translation>el periodo del calendario está vacío: debe terminar después de empezar</translation>
    </message>
    <message>
        <source>Briefing: %1</source>
        <translation>Reunión informativa: %1</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Reunión informativa</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Vence: %1</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>the dashboard cannot read the file</source>
        <translation>el panel no puede leer el archivo</translation>
    </message>
    <message>
        <source>%1, %2, valid %3 to %4</source>
        <translation>%1, %2, válida del %3 al %4</translation>
    </message>
    <message>
        <source>Needed; none is recorded.</source>
        <translation>Necesaria; no hay ninguna registrada.</translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation>Orden judicial</translation>
    </message>
    <message>
        <source>Floor plan: “%1” (not printed: the office&apos;s keys were not unlocked for this report).</source>
        <translation>Plano: «%1» (no impreso: las claves de la oficina no se desbloquearon para este informe).</translation>
    </message>
    <message>
        <source>Floor plan: “%1” (not printed: %2).</source>
        <translation>Plano: «%1» (no impreso: %2).</translation>
    </message>
    <message>
        <source>Floor plan: %1</source>
        <translation>Plano: %1</translation>
    </message>
    <message>
        <source>the PDF cannot be read (damaged or protected)</source>
        <translation>no se puede leer el PDF (dañado o protegido)</translation>
    </message>
    <message>
        <source>the PDF&apos;s first page has no size</source>
        <translation>la primera página del PDF no tiene tamaño</translation>
    </message>
    <message>
        <source>the PDF&apos;s first page cannot be drawn</source>
        <translation>no se puede dibujar la primera página del PDF</translation>
    </message>
    <message>
        <source>the image is %1 × %2 pixels, too large to print</source>
        <translation>la imagen mide %1 × %2 píxeles, demasiado grande para imprimirla</translation>
    </message>
    <message>
        <source>the image cannot be read: %1</source>
        <translation>no se puede leer la imagen: %1</translation>
    </message>
</context>
<context>
    <name>tandem::ReportController</name>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Choose the operation to report on.</source>
        <translation>Elija la operación sobre la que informar.</translation>
    </message>
    <message>
        <source>Select it in the Operations list, then choose the report again.</source>
        <translation>Selecciónela en la lista de Operaciones y vuelva a elegir el informe.</translation>
    </message>
    <message>
        <source>The identities could not be unlocked.</source>
        <translation>No se han podido desbloquear las identidades.</translation>
    </message>
    <message>
        <source>Survivors&apos; identities are sealed in the file. Enter your passphrase to include them in the report.</source>
        <translation>Las identidades de los supervivientes están selladas en el archivo. Introduzca su frase de contraseña para incluirlas en el informe.</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <source>Tandem never writes over a file: choose another name, or delete the old calendar first.</source>
        <translation>Tandem nunca sobrescribe un archivo: elija otro nombre o borre antes el calendario anterior.</translation>
    </message>
    <message>
        <source>The calendar could not be written.</source>
        <translation>No se pudo escribir el calendario.</translation>
    </message>
    <message>
        <source>1 event written to %1</source>
        <translation>1 evento escrito en %1</translation>
    </message>
    <message numerus="yes">
        <source>%n events written to %1</source>
        <translation>
            <numerusform>%n evento escrito en %1</numerusform>
            <numerusform>%n eventos escritos en %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The targets&apos; floor plans are kept encrypted in the file. Enter your passphrase to print them in the order.</source>
        <translation>Los planos de los objetivos se guardan cifrados en el archivo. Introduzca su frase de contraseña para imprimirlos en la orden.</translation>
    </message>
</context>
<context>
    <name>tandem::ReportDialog</name>
    <message>
        <source>Include survivors&apos; &amp;identities (names and dates of birth)</source>
        <translation>Incluir las iden&amp;tidades de los supervivientes (nombres y fechas de nacimiento)</translation>
    </message>
    <message>
        <source>Begin with a &amp;byte order mark (for spreadsheets)</source>
        <translation>Empezar con una marca de orden de &amp;bytes (para hojas de cálculo)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Report on %1</source>
        <translation>Informe sobre %1</translation>
    </message>
    <message>
        <source>Operation order (briefing pack)</source>
        <translation>Orden de operaciones (dosier para la reunión informativa)</translation>
    </message>
    <message>
        <source>After-action report</source>
        <translation>Informe posterior a la acción</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Not numbered</source>
        <translation>Sin numerar</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>I&amp;nforme</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>P&amp;apel</translation>
    </message>
    <message>
        <source>Protective &amp;marking</source>
        <translation>&amp;Marca de protección</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>Número de &amp;copia</translation>
    </message>
    <message>
        <source>Every page carries the marking, the copy number and the recipient. Survivors appear by their codes. The export is recorded in the audit log.</source>
        <translation>Todas las páginas llevan la marca, el número de copia y el destinatario. Los supervivientes aparecen por su código. La exportación queda anotada en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Not available: %1.</source>
        <translation>No disponible: %1.</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>No se ha podido elaborar el informe.</translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation>Marca de protección</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Elaborando el informe…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>No se ha podido escribir el informe.</translation>
    </message>
    <message>
        <source>Written to %1 (%2).</source>
        <translation>Escrito en %1 (%2).</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vista previa: %1</translation>
    </message>
    <message>
        <source>The report could not be laid out.</source>
        <translation>No se ha podido maquetar el informe.</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>No se ha podido imprimir el informe.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Enviado a %1.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>la impresora</translation>
    </message>
    <message>
        <source>%1 (office)</source>
        <translation>%1 (oficina)</translation>
    </message>
    <message>
        <source>%1 (agency)</source>
        <translation>%1 (organismo)</translation>
    </message>
    <message>
        <source>Assignment sheet (ICS-204, one agency)</source>
        <translation>Hoja de asignación (ICS-204, un organismo)</translation>
    </message>
    <message>
        <source>C&amp;opy for</source>
        <translation>Copia pa&amp;ra</translation>
    </message>
    <message>
        <source>Everyone (no recipient named)</source>
        <translation>Todos (sin destinatario nombrado)</translation>
    </message>
    <message>
        <source>No agency takes part in this operation yet: an assignment sheet is one agency&apos;s.</source>
        <translation>Ningún organismo participa aún en esta operación: una hoja de asignación es de un solo organismo.</translation>
    </message>
    <message>
        <source>This copy holds the part of %1, the parts every agency shares, and the need-to-know items (entry points, hazards, code words) given to %2.</source>
        <translation>Esta copia contiene la parte de %1, las partes que comparten todos los organismos y los elementos de necesidad de conocer (puntos de entrada, peligros, palabras clave) que se dan a %2.</translation>
    </message>
    <message>
        <source>This copy holds the part of %1 and the parts every agency shares, but not the need-to-know items (entry points, hazards, code words), given only to %2.</source>
        <translation>Esta copia contiene la parte de %1 y las partes que comparten todos los organismos, pero no los elementos de necesidad de conocer (puntos de entrada, peligros, palabras clave), que solo se dan a %2.</translation>
    </message>
    <message>
        <source>The whole document, every agency&apos;s part and the need-to-know items, with no recipient named.</source>
        <translation>El documento completo, la parte de cada organismo y los elementos de necesidad de conocer, sin destinatario nombrado.</translation>
    </message>
</context>
<context>
    <name>tandem::ReportPreview</name>
    <message>
        <source>&amp;Previous Page</source>
        <translation>Página &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Ajustar al &amp;ancho</translation>
    </message>
    <message>
        <source>Whole P&amp;age</source>
        <translation>&amp;Página completa</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>A&amp;umentar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>tandem::RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Backups of %1</source>
        <translation>Copias de seguridad de %1</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Tandem copies the file before every restore, when it is opened (once a day) and closed after changes, and with File ▸ Back Up Now. Every merge of a bundle keeps an undo instead: what the merge changed, as it was before. The newest ones are kept (Preferences says how many). Choose the state to go back to; you are asked to confirm before anything changes.</source>
        <translation>Tandem copia el archivo antes de cada restauración, al abrirlo (una vez al día), al cerrarlo tras cambios y con Archivo ▸ Hacer copia de seguridad ahora. Cada fusión de un paquete guarda en cambio cómo deshacerla: lo que la fusión cambió, tal como estaba antes. Se conservan las más recientes (Preferencias dice cuántas). Elija el estado al que volver; se le pedirá confirmación antes de cambiar nada.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Archivo completo</translation>
    </message>
    <message>
        <source>What one change (a merge) altered, as it was before: undoing it keeps what was done since to the other records</source>
        <translation>Lo que un cambio (una fusión) alteró, tal como estaba antes: deshacerlo conserva lo que se hizo después a los demás registros</translation>
    </message>
    <message>
        <source>A copy of the whole file: restoring it takes the file back as it was</source>
        <translation>Una copia del archivo completo: restaurarla devuelve el archivo a como estaba</translation>
    </message>
</context>
<context>
    <name>tandem::Retention</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>a retention period is a whole number of months from 1 to %1, not %2</source>
        <translation>un plazo de conservación es un número entero de meses de 1 a %1, no %2</translation>
    </message>
    <message>
        <source>only a lead sets how long identities are kept: %1</source>
        <translation>solo un responsable fija cuánto tiempo se conservan las identidades: %1</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Plazo de conservación</translation>
    </message>
    <message>
        <source>identities kept after their case closed: %1 (was %2)</source>
        <translation>identidades conservadas tras cerrarse su caso: %1 (antes %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>retention period of %1 after %2 closed</source>
        <translation>plazo de conservación de %1 tras el cierre de %2</translation>
    </message>
</context>
<context>
    <name>tandem::SafeFile</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>no se puede escribir el archivo: %1</translation>
    </message>
    <message>
        <source>no file is named</source>
        <translation>no se ha indicado ningún archivo</translation>
    </message>
    <message>
        <source>this is a folder; name a file to write</source>
        <translation>es una carpeta; indique un archivo en el que escribir</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>cannot write in the folder %1: %2</source>
        <translation>no se puede escribir en la carpeta %1: %2</translation>
    </message>
    <message>
        <source>the data could not be saved to the disk</source>
        <translation>los datos no se pudieron guardar en el disco</translation>
    </message>
    <message>
        <source>the finished file could not be put in place</source>
        <translation>el archivo terminado no se pudo colocar en su sitio</translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation>el archivo no se abrió</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>no se puede crear el archivo: %1</translation>
    </message>
    <message>
        <source>cannot make the file private: %1</source>
        <translation>no se puede hacer privado el archivo: %1</translation>
    </message>
    <message>
        <source>this is a file, not a folder</source>
        <translation>es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>cannot make the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>cannot make the folder private</source>
        <translation>no se puede hacer privada la carpeta</translation>
    </message>
</context>
<context>
    <name>tandem::Seats</name>
    <message>
        <source>only a lead %1: say who you are first</source>
        <translation>solo un responsable %1: diga primero quién es</translation>
    </message>
    <message>
        <source>%1 (%2) may not do this: only a lead %3</source>
        <translation>%1 (%2) no puede hacer esto: solo un responsable %3</translation>
    </message>
    <message>
        <source>First machine</source>
        <translation>Primer equipo</translation>
    </message>
    <message>
        <source>bundle payload lists the office&apos;s machines in a form this Tandem does not read</source>
        <translation>el contenido del paquete enumera los equipos de la oficina en una forma que este Tandem no lee</translation>
    </message>
    <message>
        <source>bundle payload lists a machine of the office without a valid id or name</source>
        <translation>el contenido del paquete enumera un equipo de la oficina sin id ni nombre válidos</translation>
    </message>
    <message>
        <source>bundle payload lists the office&apos;s partners in a form this Tandem does not read</source>
        <translation>el contenido del paquete enumera las oficinas asociadas de la oficina en una forma que este Tandem no lee</translation>
    </message>
    <message>
        <source>bundle payload lists a partner of the office without a valid id, name or keys</source>
        <translation>el contenido del paquete enumera una oficina asociada de la oficina sin id, nombre o claves válidos</translation>
    </message>
    <message>
        <source>as another machine of this office decided (fingerprint %1)</source>
        <translation>según decidió otro equipo de esta oficina (huella %1)</translation>
    </message>
    <message>
        <source>invites a machine</source>
        <translation>invita a un equipo</translation>
    </message>
    <message>
        <source>the file already exists; choose another name</source>
        <translation>el archivo ya existe; elija otro nombre</translation>
    </message>
    <message>
        <source>%1 was removed from this office</source>
        <translation>%1 fue retirado/a de esta oficina</translation>
    </message>
    <message>
        <source>only a person who may read identities can give that right</source>
        <translation>solo una persona que puede leer identidades puede dar ese derecho</translation>
    </message>
    <message>
        <source>these keys are not this office&apos;s</source>
        <translation>estas claves no son de esta oficina</translation>
    </message>
    <message>
        <source>%1&apos;s machine</source>
        <translation>Equipo de %1</translation>
    </message>
    <message>
        <source>for %1%2, invitation valid until %3</source>
        <translation>para %1%2, invitación válida hasta el %3</translation>
    </message>
    <message>
        <source> (with the key to survivors&apos; identities)</source>
        <translation> (con la clave de las identidades de los supervivientes)</translation>
    </message>
    <message>
        <source>cannot read the invitation: %1</source>
        <translation>no se puede leer la invitación: %1</translation>
    </message>
    <message>
        <source>not a Tandem invitation (too large)</source>
        <translation>no es una invitación de Tandem (demasiado grande)</translation>
    </message>
    <message>
        <source>not a Tandem invitation</source>
        <translation>no es una invitación de Tandem</translation>
    </message>
    <message>
        <source>the invitation is damaged</source>
        <translation>la invitación está dañada</translation>
    </message>
    <message>
        <source>the invitation was made by another version of Tandem</source>
        <translation>la invitación se creó con otra versión de Tandem</translation>
    </message>
    <message>
        <source>wrong passphrase for this invitation (or the file was changed)</source>
        <translation>frase de contraseña incorrecta para esta invitación (o el archivo se ha modificado)</translation>
    </message>
    <message>
        <source>the invitation expired on %1: ask a lead of the office for a new one</source>
        <translation>la invitación caducó el %1: pida una nueva a un responsable de la oficina</translation>
    </message>
    <message>
        <source>the invitation holds no keys</source>
        <translation>la invitación no contiene claves</translation>
    </message>
    <message>
        <source>this machine joined %1 for %2, from an invitation %3 made on %4</source>
        <translation>este equipo se unió a %1 para %2, con una invitación que %3 creó el %4</translation>
    </message>
    <message>
        <source>removes a machine</source>
        <translation>retira un equipo</translation>
    </message>
    <message>
        <source>this is this machine: remove it from another machine of the office</source>
        <translation>este es este mismo equipo: retírelo desde otro equipo de la oficina</translation>
    </message>
    <message>
        <source>not a machine of this office, or removed already</source>
        <translation>no es un equipo de esta oficina, o ya se retiró</translation>
    </message>
    <message>
        <source>no bundle is made for it or taken from it any more</source>
        <translation>ya no se hace ningún paquete para él ni se acepta ninguno suyo</translation>
    </message>
    <message>
        <source>no machine of this office is called &quot;%1&quot;</source>
        <translation>ningún equipo de esta oficina se llama «%1»</translation>
    </message>
</context>
<context>
    <name>tandem::Sharing</name>
    <message>
        <source>sharing with a group needs the group: choose one of the sharing groups</source>
        <translation>compartir con un grupo necesita el grupo: elija uno de los grupos de uso compartido</translation>
    </message>
    <message>
        <source>a sharing group is only chosen when the record is shared with a group</source>
        <translation>un grupo de uso compartido solo se elige cuando el registro se comparte con un grupo</translation>
    </message>
    <message>
        <source>there is no sharing group with id %1</source>
        <translation>no hay ningún grupo de uso compartido con el id %1</translation>
    </message>
    <message>
        <source>the office a record comes from never changes</source>
        <translation>la oficina de la que procede un registro nunca cambia</translation>
    </message>
    <message>
        <source>where this record goes was decided by %1: only that office changes it. This office may keep it to itself (This office only)</source>
        <translation>adónde va este registro lo decidió %1: solo esa oficina lo cambia. Esta oficina puede guardarlo para sí (Solo esta oficina)</translation>
    </message>
    <message>
        <source>a new sharing group includes this office</source>
        <translation>un grupo de uso compartido nuevo incluye esta oficina</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an office id</source>
        <translation>«%1» no es un id de oficina</translation>
    </message>
    <message>
        <source>there is no office with id %1 in the directory</source>
        <translation>no hay ninguna oficina con el id %1 en el directorio</translation>
    </message>
    <message>
        <source>%1 is not a trusted partner office: trust it before adding it to a group</source>
        <translation>%1 no es una oficina asociada de confianza: confíe en ella antes de añadirla a un grupo</translation>
    </message>
</context>
<context>
    <name>tandem::SharingDefaults</name>
    <message>
        <source>%1 go where the record they belong to goes; they have no default of their own</source>
        <translation>%1 van adonde va el registro al que pertenecen; no tienen un valor predeterminado propio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a default for new records; the defaults are: office, partners, network</source>
        <translation>«%1» no es un valor predeterminado para registros nuevos; los valores son: office, partners, network</translation>
    </message>
    <message>
        <source>only a lead sets where new records go: %1</source>
        <translation>solo un responsable decide adónde van los registros nuevos: %1</translation>
    </message>
    <message>
        <source>new records shared: %1 (was %2)</source>
        <translation>registros nuevos compartidos: %1 (antes %2)</translation>
    </message>
</context>
<context>
    <name>tandem::SqlError</name>
    <message>
        <source>a record with the same id or key is there already</source>
        <translation>ya existe un registro con el mismo identificador o clave</translation>
    </message>
    <message>
        <source>a record it refers to is not there</source>
        <translation>no existe un registro al que hace referencia</translation>
    </message>
    <message>
        <source>a required value is missing</source>
        <translation>falta un valor obligatorio</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>no hay memoria suficiente</translation>
    </message>
    <message>
        <source>the file is busy: another program is writing to it; try again in a moment</source>
        <translation>el archivo está ocupado: otro programa está escribiendo en él; vuelva a intentarlo en un momento</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk could not be read or written (it may be full, removed or failing)</source>
        <translation>no se pudo leer ni escribir en el disco (puede estar lleno, extraído o fallando)</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
    <message>
        <source>not a Tandem database (not an SQLite file at all)</source>
        <translation>no es una base de datos de Tandem (ni siquiera es un archivo SQLite)</translation>
    </message>
    <message>
        <source>the file is read-only: nothing can be changed</source>
        <translation>el archivo es de solo lectura: no se puede cambiar nada</translation>
    </message>
    <message>
        <source>the file cannot be opened: it or its folder is missing, or may not be read or written</source>
        <translation>no se puede abrir el archivo: el archivo o su carpeta no existen, o no se pueden leer o escribir</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>a value is too large</source>
        <translation>un valor es demasiado grande</translation>
    </message>
    <message>
        <source>the work was stopped before it was finished</source>
        <translation>el trabajo se detuvo antes de terminar</translation>
    </message>
    <message>
        <source>a value breaks a rule of the database</source>
        <translation>un valor incumple una regla de la base de datos</translation>
    </message>
    <message>
        <source>a value has the wrong type</source>
        <translation>un valor tiene un tipo incorrecto</translation>
    </message>
    <message>
        <source>the file is locked in a way Tandem cannot follow (a network folder?)</source>
        <translation>el archivo está bloqueado de una forma que Tandem no puede seguir (¿una carpeta de red?)</translation>
    </message>
    <message>
        <source>the database could not do this</source>
        <translation>la base de datos no pudo hacer esto</translation>
    </message>
    <message>
        <source>the database could not do this (%1)</source>
        <translation>la base de datos no pudo hacer esto (%1)</translation>
    </message>
</context>
<context>
    <name>tandem::Store</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>this file was made by a newer version of Tandem (schema %1; this version reads up to schema %2). It was left untouched; open it with a newer Tandem.</source>
        <translation>este archivo se creó con una versión más reciente de Tandem (esquema %1; esta versión lee hasta el esquema %2). No se ha modificado; ábralo con una versión más reciente de Tandem.</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>no se puede abrir la base de datos: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <source>the file is empty: it is not a Tandem database</source>
        <translation>el archivo está vacío: no es una base de datos de Tandem</translation>
    </message>
    <message>
        <source>not a Tandem database (not an SQLite file at all)</source>
        <translation>no es una base de datos de Tandem (ni siquiera es un archivo SQLite)</translation>
    </message>
    <message>
        <source>not a Tandem database (an SQLite file of another application)</source>
        <translation>no es una base de datos de Tandem (es un archivo SQLite de otra aplicación)</translation>
    </message>
    <message>
        <source>the file is open in another Tandem (process %1 on %2); close it there, or open it read-only</source>
        <translation>el archivo está abierto en otro Tandem (proceso %1 en %2); ciérrelo allí o ábralo en solo lectura</translation>
    </message>
    <message>
        <source>cannot lock the file for writing: its folder may be read-only; copy the file somewhere you can write, or open it read-only</source>
        <translation>no se puede bloquear el archivo para escribir: puede que su carpeta sea de solo lectura; copie el archivo a un lugar donde pueda escribir o ábralo en solo lectura</translation>
    </message>
    <message>
        <source>this file was made by an older Tandem and needs an upgrade, which needs writing: open it for writing once</source>
        <translation>este archivo se creó con un Tandem más antiguo y necesita una actualización, para la que hay que escribir en él: ábralo una vez con permiso de escritura</translation>
    </message>
    <message>
        <source>upgrading to schema %1 failed, the file is unchanged: %2</source>
        <translation>la actualización al esquema %1 falló; el archivo no ha cambiado: %2</translation>
    </message>
    <message>
        <source>the file already exists; choose another name or open it</source>
        <translation>el archivo ya existe; elija otro nombre o ábralo</translation>
    </message>
    <message>
        <source>an office name is required</source>
        <translation>se necesita un nombre de oficina</translation>
    </message>
    <message>
        <source>not a Tandem database, or a damaged one: it has no site id</source>
        <translation>no es una base de datos de Tandem o está dañada: no tiene identificador de sitio</translation>
    </message>
    <message>
        <source>the database connection is closed</source>
        <translation>la conexión con la base de datos está cerrada</translation>
    </message>
    <message>
        <source>the file is open read-only: nothing can be changed</source>
        <translation>el archivo está abierto en modo de solo lectura: no se puede cambiar nada</translation>
    </message>
    <message>
        <source>cannot start writing: %1</source>
        <translation>no se puede empezar a escribir: %1</translation>
    </message>
    <message>
        <source>internal error: transactions ended out of order</source>
        <translation>error interno: las transacciones terminaron en un orden incorrecto</translation>
    </message>
    <message>
        <source>saving failed, nothing was changed: %1</source>
        <translation>no se ha podido guardar; no se ha cambiado nada: %1</translation>
    </message>
    <message>
        <source>unknown record type; the types are: %1</source>
        <translation>tipo de registro desconocido; los tipos son: %1</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;; its fields are: %3</source>
        <translation>%1 no tiene el campo &quot;%2&quot;; sus campos son: %3</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot; is required</source>
        <translation>el campo &quot;%2&quot; de %1 es obligatorio</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot;: there is no %3 with id %4</source>
        <translation>campo &quot;%2&quot; de %1: no existe ningún registro de tipo %3 con el id %4</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot;: %3 %4 was deleted</source>
        <translation>campo &quot;%2&quot; de %1: el registro de tipo %3 %4 se ha eliminado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>this %1 was deleted; it can no longer be changed</source>
        <translation>este registro de tipo %1 se ha eliminado; ya no se puede modificar</translation>
    </message>
    <message>
        <source>this office&apos;s own record cannot be deleted</source>
        <translation>no se puede eliminar el registro de esta misma oficina</translation>
    </message>
    <message>
        <source>this %1 was already deleted</source>
        <translation>este registro de tipo %1 ya estaba eliminado</translation>
    </message>
    <message>
        <source>this %1 is not deleted</source>
        <translation>este registro de tipo %1 no está eliminado</translation>
    </message>
    <message>
        <source>there is no %1 with this id</source>
        <translation>no existe ningún registro de tipo %1 con este id</translation>
    </message>
    <message>
        <source>identifying details can only be kept once this office has its keys: set the office passphrase first</source>
        <translation>los datos identificativos solo se pueden guardar cuando esta oficina tenga sus claves: establezca primero la frase de contraseña de la oficina</translation>
    </message>
    <message>
        <source>internal error: the transaction has already ended</source>
        <translation>error interno: la transacción ya ha terminado</translation>
    </message>
    <message>
        <source>the file&apos;s folder is read-only, so the file cannot be changed here: copy it to a folder you can write, or open it read-only</source>
        <translation>la carpeta del archivo es de solo lectura, así que el archivo no se puede cambiar aquí: cópielo a una carpeta en la que pueda escribir, o ábralo en modo de solo lectura</translation>
    </message>
    <message>
        <source>the file is read-only, so it cannot be changed: open it read-only, or allow writing to it</source>
        <translation>el archivo es de solo lectura, así que no se puede cambiar: ábralo en modo de solo lectura, o permita escribir en él</translation>
    </message>
    <message>
        <source>the file has changes not yet folded into it (in its &quot;-wal&quot; file) and its folder is read-only: copy the file with its &quot;-wal&quot; file to a folder you can write, and open it there</source>
        <translation>el archivo tiene cambios que aún no se han incorporado (en su archivo &quot;-wal&quot;) y su carpeta es de solo lectura: copie el archivo con su archivo &quot;-wal&quot; a una carpeta en la que pueda escribir, y ábralo allí</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>this file was never finished: Tandem was stopped while making it, and it holds nothing. Delete it and make the file again</source>
        <translation>este archivo nunca se terminó: Tandem se detuvo mientras lo creaba, y no contiene nada. Elimínelo y vuelva a crear el archivo</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>the folder %1 is read-only: choose a folder you can write</source>
        <translation>la carpeta %1 es de solo lectura: elija una carpeta en la que pueda escribir</translation>
    </message>
    <message>
        <source>cannot write in the folder %1</source>
        <translation>no se puede escribir en la carpeta %1</translation>
    </message>
    <message>
        <source>the new file could not be finished</source>
        <translation>no se pudo terminar el archivo nuevo</translation>
    </message>
    <message>
        <source>the finished file could not be put in place</source>
        <translation>el archivo terminado no se pudo colocar en su sitio</translation>
    </message>
    <message>
        <source>a record with this id already exists</source>
        <translation>ya existe un registro con este id</translation>
    </message>
    <message>
        <source>a key card gives another office&apos;s record</source>
        <translation>una tarjeta de clave da el registro de otra oficina</translation>
    </message>
    <message>
        <source>only that office changes its record; it reaches this office with its bundles</source>
        <translation>solo esa oficina cambia su registro; llega a esta oficina con sus paquetes</translation>
    </message>
    <message>
        <source>a partner office&apos;s record is kept by that office; to stop exchanging with it, revoke its trust</source>
        <translation>el registro de una oficina asociada lo mantiene esa oficina; para dejar de intercambiar con ella, revoque su confianza</translation>
    </message>
    <message>
        <source>cannot read the record&apos;s owner</source>
        <translation>no se puede leer el propietario del registro</translation>
    </message>
    <message>
        <source>%1 names a person of this office, and &quot;%2&quot; is none of them (%3)</source>
        <translation>%1 nombra a una persona de esta oficina, y «%2» no es ninguna de ellas (%3)</translation>
    </message>
    <message>
        <source>the search index cannot be brought up to date: %1</source>
        <translation>el índice de búsqueda no se puede poner al día: %1</translation>
    </message>
    <message>
        <source>a seat needs a site id of its own and its office&apos;s id</source>
        <translation>un equipo necesita su propio id de sitio y el id de su oficina</translation>
    </message>
</context>
<context>
    <name>tandem::SurvivorCommands</name>
    <message>
        <source>Tick step done</source>
        <translation>Marcar paso como realizado</translation>
    </message>
    <message>
        <source>Mark step %1</source>
        <translation>Marcar paso %1</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Editar paso</translation>
    </message>
    <message>
        <source>Set rescue time</source>
        <translation>Establecer hora del rescate</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Add survivor %1</source>
        <translation>Añadir superviviente %1</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirar consentimiento</translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation>Nuevo protocolo</translation>
    </message>
    <message>
        <source>Save protocol</source>
        <translation>Guardar protocolo</translation>
    </message>
    <message>
        <source>Import protocol</source>
        <translation>Importar protocolo</translation>
    </message>
    <message>
        <source>Retire protocol</source>
        <translation>Retirar protocolo</translation>
    </message>
    <message>
        <source>Make protocol active</source>
        <translation>Activar protocolo</translation>
    </message>
    <message>
        <source>Remove referral</source>
        <translation>Quitar derivación</translation>
    </message>
    <message>
        <source>Refer to service</source>
        <translation>Derivar a servicio</translation>
    </message>
    <message>
        <source>Record referral answer</source>
        <translation>Registrar respuesta a la derivación</translation>
    </message>
</context>
<context>
    <name>tandem::SurvivorDetail</name>
    <message>
        <source>Set T0</source>
        <translation>Establecer T0</translation>
    </message>
    <message>
        <source>Record when the survivor was recovered. The first time, this makes their checklist; later, it moves the open steps&apos; due times with it.</source>
        <translation>Anote cuándo se rescató al superviviente. La primera vez, esto crea su lista de control; las siguientes, desplaza en la misma medida los vencimientos de los pasos abiertos.</translation>
    </message>
    <message>
        <source>Rescue time (T0):</source>
        <translation>Hora del rescate (T0):</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de control</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Identity (protected)</source>
        <translation>Identidad (protegida)</translation>
    </message>
    <message>
        <source>Identifying details: hidden until you ask to see them</source>
        <translation>Datos identificativos: ocultos hasta que pida verlos</translation>
    </message>
    <message>
        <source>A step that now applies was added to the checklist, due from T0.</source>
        <translation>Se añadió a la lista de control un paso que ahora corresponde, con vencimiento contado desde T0.</translation>
    </message>
    <message>
        <source>%L1 steps that now apply were added to the checklist, each due from T0.</source>
        <translation>Se añadieron a la lista de control %L1 pasos que ahora corresponden, cada uno con vencimiento contado desde T0.</translation>
    </message>
    <message>
        <source>Select a survivor to see their checklist, what they consented to share and the steps still owed to them.</source>
        <translation>Seleccione un superviviente para ver su lista de control, lo que consintió compartir y los pasos que aún se le deben.</translation>
    </message>
    <message>
        <source>This survivor&apos;s record has been deleted.</source>
        <translation>El registro de este superviviente se ha eliminado.</translation>
    </message>
    <message>
        <source>This survivor could not be read: %1</source>
        <translation>No se ha podido leer este superviviente: %1</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>menor</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>Not set yet: setting it makes the checklist.</source>
        <translation>Aún sin establecer: al establecerla se crea la lista de control.</translation>
    </message>
    <message>
        <source>Change T0</source>
        <translation>Cambiar T0</translation>
    </message>
    <message>
        <source>Checklist (%1 overdue)</source>
        <translation>Lista de control (%1 vencidos)</translation>
    </message>
    <message>
        <source>Consents (%1 in force)</source>
        <translation>Consentimientos (%1 vigentes)</translation>
    </message>
    <message>
        <source>The rescue time could not be set.</source>
        <translation>No se ha podido establecer la hora del rescate.</translation>
    </message>
    <message>
        <source>Rescue time set. No protocol is in force, so no checklist was made: make a protocol active or import one in Protocols, then set T0 again.</source>
        <translation>Hora del rescate establecida. No hay ningún protocolo vigente, así que no se creó ninguna lista de control: active un protocolo o importe uno en Protocolos y vuelva a establecer T0.</translation>
    </message>
    <message>
        <source>Rescue time set. The checklist was made: %L1 steps from the protocols in force, each due from T0.</source>
        <translation>Hora del rescate establecida. Se creó la lista de control: %L1 pasos de los protocolos vigentes, cada uno con vencimiento contado desde T0.</translation>
    </message>
    <message>
        <source>Rescue time moved %1 later. No open step had a due time to move.</source>
        <translation>La hora del rescate se retrasó %1. Ningún paso abierto tenía un vencimiento que desplazar.</translation>
    </message>
    <message>
        <source>Rescue time moved %1 earlier. No open step had a due time to move.</source>
        <translation>La hora del rescate se adelantó %1. Ningún paso abierto tenía un vencimiento que desplazar.</translation>
    </message>
    <message>
        <source>Rescue time moved %1 later: the open step is now due %1 later.</source>
        <translation>La hora del rescate se retrasó %1: el paso abierto vence ahora %1 más tarde.</translation>
    </message>
    <message>
        <source>Rescue time moved %1 earlier: the open step is now due %1 earlier.</source>
        <translation>La hora del rescate se adelantó %1: el paso abierto vence ahora %1 antes.</translation>
    </message>
    <message>
        <source>Rescue time moved %1 later: %L2 open steps are now due %1 later.</source>
        <translation>La hora del rescate se retrasó %1: %L2 pasos abiertos vencen ahora %1 más tarde.</translation>
    </message>
    <message>
        <source>Rescue time moved %1 earlier: %L2 open steps are now due %1 earlier.</source>
        <translation>La hora del rescate se adelantó %1: %L2 pasos abiertos vencen ahora %1 antes.</translation>
    </message>
    <message>
        <source>Files (protected)</source>
        <translation>Archivos (protegidos)</translation>
    </message>
</context>
<context>
    <name>tandem::SurvivorFields</name>
    <message>
        <source>Not known yet</source>
        <translation>Aún no se sabe</translation>
    </message>
    <message>
        <source>Language codes, separated by commas (e.g. ro, en)</source>
        <translation>Códigos de idioma separados por comas (p. ej., ro, en)</translation>
    </message>
    <message>
        <source>Minor, foreign national and sexual violence decide which protocol steps apply: steps that come to apply are added to the checklist, due from T0. Nothing here identifies the survivor: names and contacts belong in the identity panel.</source>
        <translation>Los campos menor, extranjero y violencia sexual determinan qué pasos del protocolo se aplican: los pasos que pasan a aplicarse se añaden a la lista de control, con vencimiento contado desde T0. Nada de lo que figura aquí identifica al superviviente: los nombres y los datos de contacto van en el panel de identidad.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>The survivor could not be changed.</source>
        <translation>No se ha podido modificar el superviviente.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Follows the age band: under 18 is a minor. Choose the age band Unknown to record a presumed minor whose age is in doubt.</source>
        <translation>Sigue a la franja de edad: menos de 18 es un menor. Elija la franja Desconocida para registrar a un presunto menor cuya edad es dudosa.</translation>
    </message>
    <message>
        <source>Record a presumed minor while the age is in doubt</source>
        <translation>Registrar a un presunto menor mientras la edad sea dudosa</translation>
    </message>
</context>
<context>
    <name>tandem::SurvivorListModel</name>
    <message>
        <source>%1 of %2 steps settled (done, not applicable or declined by the survivor)</source>
        <translation>%1 de %2 pasos resueltos (hechos, no aplicables o rechazados por el superviviente)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin establecer</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>Sin lista de control</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Rescued (T0)</source>
        <translation>Rescate (T0)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Franja de edad</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>The survivors could not be read: %1</source>
        <translation>No se han podido leer los supervivientes: %1</translation>
    </message>
</context>
<context>
    <name>tandem::Survivors</name>
    <message>
        <source>give the rescue time (T0) as a date and time</source>
        <translation>indique la hora del rescate (T0) como fecha y hora</translation>
    </message>
    <message>
        <source>this survivor was deleted</source>
        <translation>el registro de este superviviente se ha eliminado</translation>
    </message>
    <message>
        <source>the rescue time %1 is more than a day in the future (it is now %2); check the date and its offset</source>
        <translation>la hora del rescate %1 está más de un día en el futuro (ahora es %2); compruebe la fecha y su desfase horario</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; is recorded as done at %2, before this rescue time (%3); correct that step&apos;s time first</source>
        <translation>el paso &quot;%1&quot; consta como realizado el %2, antes de esta hora de rescate (%3); corrija primero la hora de ese paso</translation>
    </message>
</context>
<context>
    <name>tandem::SurvivorsView</name>
    <message>
        <source>New Survivor</source>
        <translation>Nuevo superviviente</translation>
    </message>
    <message>
        <source>Find by code or operation</source>
        <translation>Buscar por código u operación</translation>
    </message>
    <message>
        <source>Record a survivor under a new pseudonymous code (V-year-number)</source>
        <translation>Registrar un superviviente con un nuevo código seudónimo (V-año-número)</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>Supervivientes</translation>
    </message>
    <message>
        <source>No survivors recorded</source>
        <translation>No hay supervivientes registrados</translation>
    </message>
    <message>
        <source>None found</source>
        <translation>No se encontró ninguno</translation>
    </message>
    <message>
        <source>1 survivor</source>
        <translation>1 superviviente</translation>
    </message>
    <message>
        <source>The survivor could not be added.</source>
        <translation>No se ha podido añadir el superviviente.</translation>
    </message>
    <message>
        <source>Find survivors</source>
        <translation>Buscar supervivientes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln survivors</source>
        <translation>
            <numerusform>%Ln superviviente</numerusform>
            <numerusform>%Ln supervivientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::Tick</name>
    <message>
        <source>the done time %1 is more than a day in the future (it is now %2); check the date and its offset</source>
        <translation>la hora de realización %1 está más de un día en el futuro (ahora es %2); compruebe la fecha y su desfase horario</translation>
    </message>
    <message>
        <source>the done time %1 is before survivor %2 was recovered (T0, %3)</source>
        <translation>la hora de realización %1 es anterior al rescate del superviviente %2 (T0, %3)</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;; the states are: %2</source>
        <translation>estado desconocido &quot;%1&quot;; los estados son: %2</translation>
    </message>
    <message>
        <source>a done time and who did it are recorded only for the states done, not_applicable and declined, not for %1</source>
        <translation>la hora de realización y quién lo hizo solo se registran para los estados done, not_applicable y declined, no para %1</translation>
    </message>
    <message>
        <source>this checklist step was deleted; it can no longer be ticked</source>
        <translation>este paso de la lista de control se ha eliminado; ya no se puede marcar</translation>
    </message>
    <message>
        <source>say who did it: a step marked %1 records who did it (done_by)</source>
        <translation>indique quién lo hizo: un paso marcado como %1 registra quién lo hizo (done_by)</translation>
    </message>
</context>
<context>
    <name>tandem::TimeField</name>
    <message>
        <source>Not set</source>
        <translation>Sin establecer</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Establecer</translation>
    </message>
    <message>
        <source>Set a time</source>
        <translation>Establecer una hora</translation>
    </message>
    <message>
        <source>Clear the time</source>
        <translation>Borrar la hora</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Establecer %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Borrar %1</translation>
    </message>
</context>
<context>
    <name>tandem::TimeText</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
</context>
<context>
    <name>tandem::TimelineChart</name>
    <message>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>(deleted agency)</source>
        <translation>(organismo eliminado)</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>Sin organismo</translation>
    </message>
    <message>
        <source>Move task “%1”</source>
        <translation>Mover la tarea “%1”</translation>
    </message>
    <message>
        <source>%1, %2, due %3%4. Alt+Left and Alt+Right move it by 15 minutes.</source>
        <translation>%1, %2, vence %3%4. Alt+Left y Alt+Right la mueven 15 minutos.</translation>
    </message>
    <message>
        <source>no agency</source>
        <translation>sin organismo</translation>
    </message>
    <message>
        <source>, overdue</source>
        <translation>, vencida</translation>
    </message>
    <message>
        <source>%1: due %2</source>
        <translation>%1: vence %2</translation>
    </message>
    <message>
        <source>%1
%2 · %3
Due %4%5</source>
        <translation>%1
%2 · %3
Vencimiento: %4%5</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation> (hecha)</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (vencida)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>No tasks with a due time yet</source>
        <translation>Aún no hay tareas con hora de vencimiento</translation>
    </message>
    <message>
        <source>1 task on the time scale. Left and Right select a task.</source>
        <translation>1 tarea en la escala de tiempo. Izquierda y Derecha seleccionan una tarea.</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks on the time scale. Left and Right select a task.</source>
        <translation>
            <numerusform>%n tarea en la escala de tiempo. Izquierda y Derecha seleccionan una tarea.</numerusform>
            <numerusform>%n tareas en la escala de tiempo. Izquierda y Derecha seleccionan una tarea.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TimelinePage</name>
    <message>
        <source>Zoom in (+ or Ctrl+wheel)</source>
        <translation>Acercar (+ o Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out (- or Ctrl+wheel)</source>
        <translation>Alejar (- o Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole timeline</source>
        <translation>Mostrar todo el cronograma</translation>
    </message>
    <message>
        <source>Drag a task to give it a new time, or select it and press Alt+Left or Alt+Right. Red: past due and not done.</source>
        <translation>Arrastre una tarea para darle una nueva hora, o selecciónela y pulse Alt+Left o Alt+Right. Rojo: vencida y sin hacer.</translation>
    </message>
    <message>
        <source>Overdue: past due and not done</source>
        <translation>Vencida: pasada la hora prevista y sin hacer</translation>
    </message>
</context>
<context>
    <name>tandem::TipLinking</name>
    <message>
        <source>Link to an operation</source>
        <translation>Vincular a una operación</translation>
    </message>
    <message>
        <source>The operations could not be read.</source>
        <translation>No se han podido leer las operaciones.</translation>
    </message>
    <message>
        <source>There is no open operation to link the tip to.</source>
        <translation>No hay ninguna operación abierta a la que vincular el aviso.</translation>
    </message>
    <message>
        <source>Plan the operation first (Operations, New), then link the tip from it or from here.</source>
        <translation>Planifique primero la operación (Operaciones, Nuevo) y después vincule el aviso desde ella o desde aquí.</translation>
    </message>
    <message>
        <source>The operation this tip led to:</source>
        <translation>La operación a la que dio lugar este aviso:</translation>
    </message>
    <message>
        <source>Link a tip</source>
        <translation>Vincular un aviso</translation>
    </message>
    <message>
        <source>The tips could not be read.</source>
        <translation>No se han podido leer los avisos.</translation>
    </message>
    <message>
        <source>There is no open tip to link.</source>
        <translation>No hay ningún aviso abierto que vincular.</translation>
    </message>
    <message>
        <source>Only new and assessed tips can be linked; log a tip in the Tips view.</source>
        <translation>Solo se pueden vincular los avisos nuevos y evaluados; registre un aviso en la vista Avisos.</translation>
    </message>
    <message>
        <source>The tip that led to this operation:</source>
        <translation>El aviso que dio lugar a esta operación:</translation>
    </message>
    <message>
        <source>Link tip to operation</source>
        <translation>Vincular aviso a operación</translation>
    </message>
    <message>
        <source>Unlink tip</source>
        <translation>Desvincular aviso</translation>
    </message>
    <message>
        <source>Search code names, targets, agencies, notes…</source>
        <translation>Buscar nombres en clave, objetivos, organismos, notas…</translation>
    </message>
    <message>
        <source>Search open operations</source>
        <translation>Buscar operaciones abiertas</translation>
    </message>
    <message>
        <source>Open operations, latest first</source>
        <translation>Operaciones abiertas, las más recientes primero</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Vincular</translation>
    </message>
    <message>
        <source>Search places, channels, descriptions…</source>
        <translation>Buscar lugares, canales, descripciones…</translation>
    </message>
    <message>
        <source>Search open tips</source>
        <translation>Buscar avisos abiertos</translation>
    </message>
    <message>
        <source>Open tips, latest first</source>
        <translation>Avisos abiertos, los más recientes primero</translation>
    </message>
</context>
<context>
    <name>tandem::TipListModel</name>
    <message>
        <source>(deleted operation)</source>
        <translation>(operación eliminada)</translation>
    </message>
    <message>
        <source>The tips could not be read: %1</source>
        <translation>No se han podido leer los avisos: %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Credibilidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>1 indicator</source>
        <translation>1 indicador</translation>
    </message>
    <message numerus="yes">
        <source>%n indicators</source>
        <translation>
            <numerusform>%n indicador</numerusform>
            <numerusform>%n indicadores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TipsView</name>
    <message>
        <source>&amp;New tip</source>
        <translation>Nuev&amp;o aviso</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Assessed</source>
        <translation>Evalua&amp;do</translation>
    </message>
    <message>
        <source>&amp;Link to operation…</source>
        <translation>&amp;Vincular a una operación…</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Open (new and assessed)</source>
        <translation>Abiertos (nuevos y evaluados)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Evaluados</translation>
    </message>
    <message>
        <source>Linked to an operation</source>
        <translation>Vinculados a una operación</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrados</translation>
    </message>
    <message>
        <source>All tips</source>
        <translation>Todos los avisos</translation>
    </message>
    <message>
        <source>Show tips</source>
        <translation>Mostrar avisos</translation>
    </message>
    <message>
        <source>Log a tip from the hotline, a walk-in, online or a partner (Ctrl+Shift+N or Insert)</source>
        <translation>Registrar un aviso recibido por la línea de atención, en persona, por internet o de una organización asociada (Ctrl+Shift+N o Insert)</translation>
    </message>
    <message>
        <source>Delete the selected tip (Delete)</source>
        <translation>Eliminar el aviso seleccionado (Delete)</translation>
    </message>
    <message>
        <source>Log the tip (Ctrl+Return)</source>
        <translation>Registrar el aviso (Ctrl+Return)</translation>
    </message>
    <message>
        <source>The tip has been assessed (its credibility set)</source>
        <translation>El aviso se ha evaluado (se ha fijado su credibilidad)</translation>
    </message>
    <message>
        <source>Link the tip to the operation it led to (Ctrl+Shift+L)</source>
        <translation>Vincular el aviso a la operación a la que dio lugar (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Nothing more to do with this tip</source>
        <translation>No queda nada más por hacer con este aviso</translation>
    </message>
    <message>
        <source>The indicators are common signs of trafficking, in our own words, after the UNODC&apos;s “Human trafficking indicators” and the ILO&apos;s “Indicators of forced labour” (2012). One sign alone proves nothing; several together are worth a closer look.</source>
        <translation>Los indicadores son señales habituales de trata, en nuestras propias palabras, basadas en los “Indicadores de trata de personas” de la UNODC y los “Indicadores de trabajo forzoso” de la OIT (2012). Una sola señal no prueba nada; varias juntas merecen un examen más detenido.</translation>
    </message>
    <message>
        <source>Select a tip to see and triage it, or log a new one.</source>
        <translation>Seleccione un aviso para verlo y clasificarlo, o registre uno nuevo.</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Tip: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>Vinculado a %1</translation>
    </message>
    <message>
        <source>a deleted operation</source>
        <translation>una operación eliminada</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>New tip</source>
        <translation>Nuevo aviso</translation>
    </message>
    <message>
        <source>Log tip</source>
        <translation>Registrar aviso</translation>
    </message>
    <message>
        <source>Delete tip</source>
        <translation>Eliminar aviso</translation>
    </message>
    <message>
        <source>Delete this tip?</source>
        <translation>¿Eliminar este aviso?</translation>
    </message>
    <message>
        <source>A tip that led nowhere is better closed, so that it still counts. Undo (Ctrl+Z) brings it back.</source>
        <translation>Es mejor cerrar un aviso que no llevó a nada, para que siga contando. Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%L1 shown</source>
        <translation>%L1 mostrados</translation>
    </message>
</context>
<context>
    <name>tandem::TodayModel</name>
    <message>
        <source>The steps due could not be read.</source>
        <translation>No se han podido leer los pasos que vencen.</translation>
    </message>
    <message>
        <source>Overdue (%L1)</source>
        <translation>Vencidos (%L1)</translation>
    </message>
    <message>
        <source>Due in the next 24 hours (%L1)</source>
        <translation>Vencen en las próximas 24 horas (%L1)</translation>
    </message>
    <message>
        <source>Before the first interview, rescued in the last two weeks (%L1)</source>
        <translation>Antes de la primera entrevista, rescatados en las dos últimas semanas (%L1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 paso</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (opcional)</translation>
    </message>
    <message>
        <source>Before first interview</source>
        <translation>Antes de la primera entrevista</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 de retraso</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dentro de %1</translation>
    </message>
    <message>
        <source>rescued %1 ago</source>
        <translation>rescate hace %1</translation>
    </message>
    <message>
        <source>The step could not be ticked.</source>
        <translation>No se ha podido marcar el paso.</translation>
    </message>
    <message>
        <source>Survivor and step</source>
        <translation>Superviviente y paso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>How late / in</source>
        <translation>Retraso / plazo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln steps</source>
        <translation>
            <numerusform>%Ln paso</numerusform>
            <numerusform>%Ln pasos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TodayView</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Declined by Survivor</source>
        <translation>Rechazado por el superviviente</translation>
    </message>
    <message>
        <source>Not Applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Open Survivor</source>
        <translation>Abrir superviviente</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <source>The selected step was done (or click its box, or press Space)</source>
        <translation>El paso seleccionado está hecho (o marque su casilla, o pulse Space)</translation>
    </message>
    <message>
        <source>The survivor chose not to have this: recorded as their choice</source>
        <translation>El superviviente decidió no recibirlo: se registra como decisión suya</translation>
    </message>
    <message>
        <source>The step does not apply to this survivor</source>
        <translation>El paso no se aplica a este superviviente</translation>
    </message>
    <message>
        <source>Show the selected survivor&apos;s whole checklist</source>
        <translation>Mostrar la lista de control completa del superviviente seleccionado</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>Operación:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Todas las operaciones</translation>
    </message>
    <message>
        <source>%L1 overdue · %L2 due in the next 24 hours · %L3 before a first interview</source>
        <translation>%L1 vencidos · %L2 vencen en las próximas 24 horas · %L3 antes de una primera entrevista</translation>
    </message>
    <message>
        <source>Nothing owed now for this owner and operation.</source>
        <translation>No hay nada pendiente ahora para este responsable y esta operación.</translation>
    </message>
    <message>
        <source>Nothing is overdue, due in the next 24 hours or owed before a first interview. Steps owed to survivors appear here as their time comes.</source>
        <translation>No hay nada vencido, que venza en las próximas 24 horas ni pendiente antes de una primera entrevista. Los pasos que se deben a los supervivientes aparecen aquí cuando llega su momento.</translation>
    </message>
    <message>
        <source>The step could not be changed.</source>
        <translation>No se ha podido cambiar el paso.</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>Marcar como hecho</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Between operations</source>
        <translation>Entre operaciones</translation>
    </message>
    <message>
        <source>The selected action item or task is done (or click its box, or press Space)</source>
        <translation>La tarea acordada o la tarea seleccionada está hecha (o marque su casilla, o pulse Space)</translation>
    </message>
    <message>
        <source>%L1 overdue · %L2 action items (7 days) · %L3 operation tasks (24 hours) · %L4 protocol reviews</source>
        <translation>%L1 vencidos · %L2 tareas acordadas (7 días) · %L3 tareas de operaciones (24 horas) · %L4 revisiones de protocolos</translation>
    </message>
    <message>
        <source>Show the steps of</source>
        <translation>Mostrar los pasos de</translation>
    </message>
    <message>
        <source>Show the steps of the operation</source>
        <translation>Mostrar los pasos de la operación</translation>
    </message>
    <message>
        <source>Open the meeting, operation, protocol or survivor it comes from (Return or double-click)</source>
        <translation>Abrir la reunión, operación, protocolo o superviviente de donde viene (Intro o doble clic)</translation>
    </message>
    <message>
        <source>Action items, operation tasks, protocol reviews and identities due for erasure</source>
        <translation>Acciones, tareas de operaciones, revisiones de protocolos e identidades pendientes de borrado</translation>
    </message>
    <message>
        <source> · 1 identity due for erasure</source>
        <translation> · 1 identidad pendiente de borrado</translation>
    </message>
    <message numerus="yes">
        <source> · %n identities due for erasure</source>
        <translation>
            <numerusform> · %n identidad pendiente de borrado</numerusform>
            <numerusform> · %n identidades pendientes de borrado</numerusform>
        </translation>
    </message>
    <message>
        <source> · 1 warrant lapses before its operation</source>
        <translation> · 1 orden judicial caduca antes de su operación</translation>
    </message>
    <message numerus="yes">
        <source> · %n warrants lapse before their operations</source>
        <translation>
            <numerusform> · %n orden judicial caduca antes de su operación</numerusform>
            <numerusform> · %n órdenes judiciales caducan antes de sus operaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TrustDialog</name>
    <message>
        <source>I have &amp;compared the fingerprint with the office</source>
        <translation>He &amp;comparado la huella con la oficina</translation>
    </message>
    <message>
        <source>Trust a Partner Office</source>
        <translation>Confiar en una oficina asociada</translation>
    </message>
    <message>
        <source>Key card from %1</source>
        <translation>Tarjeta de clave de %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Call &lt;b&gt;%1&lt;/b&gt; on a telephone number you already know for them (not one that came with the card) and ask them to read out the fingerprint of their key card (Exchange ▸ This Office&apos;s Key Card). Every digit must be the same.&lt;/p&gt;&lt;p&gt;If any digit differs, do not trust this card: someone else may have made it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Llame a &lt;b&gt;%1&lt;/b&gt; a un número de teléfono que ya conozca de esa oficina (no uno que venga con la tarjeta) y pídale que lea en voz alta la huella de su tarjeta de clave (Intercambio ▸ Tarjeta de clave de esta oficina). Todos los dígitos deben coincidir.&lt;/p&gt;&lt;p&gt;Si algún dígito es distinto, no confíe en esta tarjeta: puede que la haya creado otra persona.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Name of the partner office in this file</source>
        <translation>Nombre de la oficina asociada en este archivo</translation>
    </message>
    <message>
        <source>&amp;Known here as:</source>
        <translation>Co&amp;nocida aquí como:</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>Con&amp;fiar</translation>
    </message>
    <message>
        <source>Replace a Partner Office&apos;s Key</source>
        <translation>Sustituir la clave de una oficina asociada</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 is known here with another key&lt;/b&gt; (fingerprint %2).&lt;/p&gt;&lt;p&gt;Trust this card only if %1 tells you it has made new keys, and every digit of the new fingerprint above matches what they read out. From then on, bundles signed with the old key are refused.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 se conoce aquí con otra clave&lt;/b&gt; (huella %2).&lt;/p&gt;&lt;p&gt;Confíe en esta tarjeta solo si %1 le dice que ha creado claves nuevas y cada dígito de la nueva huella de arriba coincide con lo que le leyeron. A partir de entonces, los paquetes firmados con la clave anterior se rechazan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>I have &amp;compared the new fingerprint with the office</source>
        <translation>He &amp;comparado la nueva huella con la oficina</translation>
    </message>
    <message>
        <source>&amp;Replace the Key</source>
        <translation>&amp;Sustituir la clave</translation>
    </message>
</context>
<context>
    <name>tandem::UndoFile</name>
    <message>
        <source>the table %1 has no key, so its changes cannot be recorded for an undo</source>
        <translation>la tabla %1 no tiene clave, así que sus cambios no se pueden registrar para deshacerlos</translation>
    </message>
    <message>
        <source>an undo is recorded from before the transaction it records</source>
        <translation>lo que se puede deshacer se registra desde antes de la transacción que registra</translation>
    </message>
    <message>
        <source>cannot make the undo file: %1</source>
        <translation>no se puede crear el archivo para deshacer: %1</translation>
    </message>
    <message>
        <source>the undo file could not be closed</source>
        <translation>no se pudo cerrar el archivo para deshacer</translation>
    </message>
    <message>
        <source>this is not an undo file of Tandem: %1</source>
        <translation>esto no es un archivo para deshacer de Tandem: %1</translation>
    </message>
    <message>
        <source>it was made for another file</source>
        <translation>se hizo para otro archivo</translation>
    </message>
    <message>
        <source>what it recorded was never saved (Tandem stopped during the merge)</source>
        <translation>lo que registró nunca se guardó (Tandem se detuvo durante la fusión)</translation>
    </message>
    <message>
        <source>the file was restored to a state before it, or it was undone already</source>
        <translation>el archivo se restauró a un estado anterior, o ya se deshizo</translation>
    </message>
    <message>
        <source>the undo of %1 could not be applied to %2: %3</source>
        <translation>no se pudo deshacer %1 en %2: %3</translation>
    </message>
    <message>
        <source>cannot read the undo file: %1</source>
        <translation>no se puede leer el archivo para deshacer: %1</translation>
    </message>
    <message>
        <source>this undo file is not in the backup folder of %1</source>
        <translation>este archivo para deshacer no está en la carpeta de copias de %1</translation>
    </message>
    <message>
        <source>this undo no longer applies: %1</source>
        <translation>esto ya no se puede deshacer: %1</translation>
    </message>
    <message>
        <source>%1 later merges would have to be undone first; undo some of them on their own first</source>
        <translation>habría que deshacer antes %1 fusiones posteriores; deshaga antes algunas de ellas por separado</translation>
    </message>
    <message>
        <source>before undoing %1</source>
        <translation>antes de deshacer %1</translation>
    </message>
    <message>
        <source>%1 rows put back as they were, %2 rows removed; %3 of them had changed since</source>
        <translation>%1 filas vueltas a como estaban, %2 filas eliminadas; %3 de ellas habían cambiado desde entonces</translation>
    </message>
</context>
<context>
    <name>tandem::Value</name>
    <message>
        <source>This office only</source>
        <translation>Solo esta oficina</translation>
    </message>
    <message>
        <source>Partner offices</source>
        <translation>Oficinas asociadas</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Policía</translation>
    </message>
    <message>
        <source>Federal agency</source>
        <translation>Organismo federal</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Fiscalía</translation>
    </message>
    <message>
        <source>Labour inspection</source>
        <translation>Inspección de trabajo</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Inmigración</translation>
    </message>
    <message>
        <source>NGO victim services</source>
        <translation>ONG de servicios de atención a víctimas</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Centro de acogida</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Sanitario</translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation>Protección de menores</translation>
    </message>
    <message>
        <source>Community organisation</source>
        <translation>Organización comunitaria</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <translation>Explotación sexual</translation>
    </message>
    <message>
        <source>Labour exploitation</source>
        <translation>Explotación laboral</translation>
    </message>
    <message>
        <source>Domestic servitude</source>
        <translation>Servidumbre doméstica</translation>
    </message>
    <message>
        <source>Forced criminality</source>
        <translation>Criminalidad forzada</translation>
    </message>
    <message>
        <source>Forced begging</source>
        <translation>Mendicidad forzada</translation>
    </message>
    <message>
        <source>Forced marriage</source>
        <translation>Matrimonio forzado</translation>
    </message>
    <message>
        <source>Organ removal</source>
        <translation>Extracción de órganos</translation>
    </message>
    <message>
        <source>Mixed or unclear</source>
        <translation>Mixto o sin determinar</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Briefed</source>
        <translation>Reunión informativa celebrada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Perimeter</source>
        <translation>Perímetro</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Victim services</source>
        <translation>Servicios de atención a víctimas</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Reunión informativa</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Post-rescue</source>
        <translation>Tras el rescate</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Evaluación posterior</translation>
    </message>
    <message>
        <source>Under 12</source>
        <translation>Menos de 12</translation>
    </message>
    <message>
        <source>12–15</source>
        <translation>12–15</translation>
    </message>
    <message>
        <source>16–17</source>
        <translation>16–17</translation>
    </message>
    <message>
        <source>18–24</source>
        <translation>18–24</translation>
    </message>
    <message>
        <source>25–34</source>
        <translation>25–34</translation>
    </message>
    <message>
        <source>35–49</source>
        <translation>35–49</translation>
    </message>
    <message>
        <source>50 and over</source>
        <translation>50 o más</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>No binario</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Identity (name, date of birth)</source>
        <translation>Identidad (nombre, fecha de nacimiento)</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Datos del caso</translation>
    </message>
    <message>
        <source>Medical information</source>
        <translation>Información médica</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Task-force lead</source>
        <translation>Responsable del grupo de trabajo conjunto</translation>
    </message>
    <message>
        <source>NGO advocate</source>
        <translation>Acompañante de ONG</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Asesoría jurídica</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Gestor de casos</translation>
    </message>
    <message>
        <source>After the rescue (T0)</source>
        <translation>Después del rescate (T0)</translation>
    </message>
    <message>
        <source>Before the first interview</source>
        <translation>Antes de la primera entrevista</translation>
    </message>
    <message>
        <source>All survivors</source>
        <translation>Todos los supervivientes</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Menores</translation>
    </message>
    <message>
        <source>Foreign nationals</source>
        <translation>Extranjeros</translation>
    </message>
    <message>
        <source>After sexual violence</source>
        <translation>Tras violencia sexual</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Declined by survivor</source>
        <translation>Rechazado por el superviviente</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Asistencia jurídica</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>Apoyo psicológico</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Línea de atención</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Atención médica</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Interpretación</translation>
    </message>
    <message>
        <source>Child services</source>
        <translation>Servicios de infancia</translation>
    </message>
    <message>
        <source>Employment and training</source>
        <translation>Empleo y formación</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>Diario de la operación</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Lección aprendida</translation>
    </message>
    <message>
        <source>Coordination meeting</source>
        <translation>Reunión de coordinación</translation>
    </message>
    <message>
        <source>Joint training</source>
        <translation>Formación conjunta</translation>
    </message>
    <message>
        <source>Community outreach</source>
        <translation>Divulgación comunitaria</translation>
    </message>
    <message>
        <source>After-action review</source>
        <translation>Revisión posterior a la acción</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Por internet</translation>
    </message>
    <message>
        <source>Partner referral</source>
        <translation>Derivación de una organización asociada</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Aún sin evaluar</translation>
    </message>
    <message>
        <source>Identity documents held by someone else</source>
        <translation>Otra persona retiene sus documentos de identidad</translation>
    </message>
    <message>
        <source>Debt that cannot be paid off</source>
        <translation>Deuda imposible de saldar</translation>
    </message>
    <message>
        <source>Not free to come and go</source>
        <translation>No puede entrar y salir libremente</translation>
    </message>
    <message>
        <source>Lives where they work</source>
        <translation>Vive en su lugar de trabajo</translation>
    </message>
    <message>
        <source>Excessive working hours</source>
        <translation>Jornadas laborales excesivas</translation>
    </message>
    <message>
        <source>Unpaid or paid far below the norm</source>
        <translation>Sin salario o con un salario muy inferior al habitual</translation>
    </message>
    <message>
        <source>Signs of physical abuse</source>
        <translation>Señales de maltrato físico</translation>
    </message>
    <message>
        <source>Fearful, or answers seem coached</source>
        <translation>Temor, o respuestas que parecen aleccionadas</translation>
    </message>
    <message>
        <source>A minor in commercial sex</source>
        <translation>Menor en el comercio sexual</translation>
    </message>
    <message>
        <source>Someone else speaks or decides for them</source>
        <translation>Otra persona habla o decide en su nombre</translation>
    </message>
    <message>
        <source>Threats against them or their family</source>
        <translation>Amenazas contra la persona o su familia</translation>
    </message>
    <message>
        <source>Isolated, no contact with family or community</source>
        <translation>Aislamiento, sin contacto con la familia ni la comunidad</translation>
    </message>
    <message>
        <source>Recruited with false promises</source>
        <translation>Captación con falsas promesas</translation>
    </message>
    <message>
        <source>Many people housed at one address</source>
        <translation>Muchas personas alojadas en una misma dirección</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>a tip&apos;s credibility</comment>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>a tip&apos;s credibility</comment>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <comment>a tip&apos;s credibility</comment>
        <translation>Alta</translation>
    </message>
    <message>
        <source>New</source>
        <comment>a tip&apos;s status</comment>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Assessed</source>
        <comment>a tip&apos;s status</comment>
        <translation>Evaluado</translation>
    </message>
    <message>
        <source>Linked to an operation</source>
        <comment>a tip&apos;s status</comment>
        <translation>Vinculado a una operación</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>a tip&apos;s status</comment>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>All offices of the network</source>
        <translation>Todas las oficinas de la red</translation>
    </message>
    <message>
        <source>A sharing group</source>
        <translation>Un grupo de uso compartido</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentimiento retirado</translation>
    </message>
    <message>
        <source>Identity erased</source>
        <translation>Identidad borrada</translation>
    </message>
    <message>
        <source>Retention period over</source>
        <translation>Plazo de conservación vencido</translation>
    </message>
</context>
<context>
    <name>tandem::Warrants</name>
    <message>
        <source>warrant %1 is issued on %2, after the operation starts</source>
        <translation>la orden judicial %1 se emite el %2, después del inicio de la operación</translation>
    </message>
    <message>
        <source>warrant %1 expires on %2, before the operation starts</source>
        <translation>la orden judicial %1 caduca el %2, antes del inicio de la operación</translation>
    </message>
    <message>
        <source>Target “%1” needs a warrant, and no warrant of the operation covers it.</source>
        <translation>El objetivo “%1” requiere una orden judicial y ninguna orden judicial de la operación lo cubre.</translation>
    </message>
    <message>
        <source>Target “%1” needs a warrant valid when the operation starts: %2.</source>
        <translation>El objetivo “%1” requiere una orden judicial válida al inicio de la operación: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a target id</source>
        <translation>«%1» no es un identificador de objetivo</translation>
    </message>
    <message>
        <source>there is no target with id %1</source>
        <translation>no hay ningún objetivo con el identificador %1</translation>
    </message>
    <message>
        <source>target “%1” belongs to another operation: a warrant covers targets of its own operation</source>
        <translation>el objetivo “%1” pertenece a otra operación: una orden judicial cubre objetivos de su propia operación</translation>
    </message>
    <message>
        <source>Warrant %1 is issued on %2, after %3 starts on %4.</source>
        <translation>La orden judicial %1 se emite el %2, después de que %3 empiece el %4.</translation>
    </message>
    <message>
        <source>Warrant %1 expires on %2, before %3 starts on %4.</source>
        <translation>La orden judicial %1 caduca el %2, antes de que %3 empiece el %4.</translation>
    </message>
</context>
<context>
    <name>tandem::WhoAreYouDialog</name>
    <message>
        <source>Who Are You?</source>
        <translation>¿Quién es usted?</translation>
    </message>
    <message>
        <source>Several people use %1. Choose who you are and enter your own passphrase: what you change is recorded in your name.</source>
        <translation>Varias personas usan %1. Elija quién es y escriba su propia frase de contraseña: lo que cambie queda registrado a su nombre.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Office Passphrase</source>
        <translation>Frase de contraseña de la oficina</translation>
    </message>
    <message>
        <source>This file is from before Tandem knew its people. Enter the office passphrase once: it becomes your own passphrase, as the office&apos;s first lead, and you can then add the others in Security &gt; People.</source>
        <translation>Este archivo es de antes de que Tandem conociera a sus personas. Escriba una vez la frase de contraseña de la oficina: pasa a ser su propia frase de contraseña, como primer responsable de la oficina, y después puede añadir a los demás en Seguridad &gt; Personas.</translation>
    </message>
    <message>
        <source>nobody can open this file: it has no people with a passphrase</source>
        <translation>nadie puede abrir este archivo: no tiene personas con frase de contraseña</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>&amp;Persona:</translation>
    </message>
</context>
<context>
    <name>tandem::bundle</name>
    <message>
        <source>not a Tandem bundle</source>
        <translation>no es un paquete de Tandem</translation>
    </message>
    <message>
        <source>bundle is truncated</source>
        <translation>el paquete está truncado</translation>
    </message>
    <message>
        <source>bundle format %1 is not known to this version of Tandem (it reads format %2)</source>
        <translation>esta versión de Tandem no reconoce el formato de paquete %1 (lee el formato %2)</translation>
    </message>
    <message>
        <source>bundle is damaged: its header is too large</source>
        <translation>el paquete está dañado: su cabecera es demasiado grande</translation>
    </message>
    <message>
        <source>bundle is damaged: its header is not readable</source>
        <translation>el paquete está dañado: su cabecera no es legible</translation>
    </message>
    <message>
        <source>bundle is damaged: a block has an impossible length</source>
        <translation>el paquete está dañado: un bloque tiene una longitud imposible</translation>
    </message>
    <message>
        <source>cannot read the payload: %1</source>
        <translation>no se puede leer la carga útil: %1</translation>
    </message>
    <message>
        <source>the key of recipient %1 is not usable</source>
        <translation>la clave del destinatario %1 no se puede usar</translation>
    </message>
    <message>
        <source>cannot write the bundle: %1</source>
        <translation>no se puede escribir el paquete: %1</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>exportación cancelada</translation>
    </message>
    <message>
        <source>cannot read the bundle: %1</source>
        <translation>no se puede leer el paquete: %1</translation>
    </message>
    <message>
        <source>bundle was signed by an office you do not trust (fingerprint %1)</source>
        <translation>el paquete lo firmó una oficina en la que no confía (huella %1)</translation>
    </message>
    <message>
        <source>bundle was changed after it was signed, or damaged: its signature does not match the sender&apos;s key</source>
        <translation>el paquete se modificó después de firmarse, o está dañado: su firma no coincide con la clave del remitente</translation>
    </message>
    <message>
        <source>bundle is not for this office (it is for %1)</source>
        <translation>el paquete no es para esta oficina (es para %1)</translation>
    </message>
    <message>
        <source>bundle cannot be opened with this office&apos;s key</source>
        <translation>el paquete no se puede abrir con la clave de esta oficina</translation>
    </message>
    <message>
        <source>bundle is damaged: unknown compression</source>
        <translation>el paquete está dañado: compresión desconocida</translation>
    </message>
    <message>
        <source>bundle is damaged: its stream header is not valid</source>
        <translation>el paquete está dañado: la cabecera de su flujo no es válida</translation>
    </message>
    <message>
        <source>cannot write the decrypted payload: %1</source>
        <translation>no se puede escribir la carga útil descifrada: %1</translation>
    </message>
    <message>
        <source>bundle is damaged: data follows its final block</source>
        <translation>el paquete está dañado: hay datos después de su bloque final</translation>
    </message>
    <message>
        <source>bundle is damaged: a block does not decrypt</source>
        <translation>el paquete está dañado: un bloque no se puede descifrar</translation>
    </message>
    <message>
        <source>bundle is damaged: a block has an impossible size</source>
        <translation>el paquete está dañado: un bloque tiene un tamaño imposible</translation>
    </message>
    <message>
        <source>bundle is damaged: a block does not decompress</source>
        <translation>el paquete está dañado: un bloque no se puede descomprimir</translation>
    </message>
    <message>
        <source>merge cancelled</source>
        <translation>fusión cancelada</translation>
    </message>
    <message>
        <source>bundle is larger than Tandem reads (%1 GiB at most)</source>
        <translation>el paquete es más grande de lo que Tandem lee (%1 GiB como máximo)</translation>
    </message>
    <message>
        <source>not a Tandem bundle (not a file)</source>
        <translation>no es un paquete de Tandem (no es un archivo)</translation>
    </message>
    <message>
        <source>there is not enough memory to open the bundle</source>
        <translation>no hay memoria suficiente para abrir el paquete</translation>
    </message>
    <message>
        <source>bundle is damaged: a part of an attached file has an impossible size</source>
        <translation>el paquete está dañado: una parte de un archivo adjunto tiene un tamaño imposible</translation>
    </message>
    <message>
        <source>bundle is truncated: a part of an attached file is cut short</source>
        <translation>el paquete está truncado: una parte de un archivo adjunto está cortada</translation>
    </message>
    <message>
        <source>a part of an attached file cannot go into a bundle</source>
        <translation>una parte de un archivo adjunto no puede ir en un paquete</translation>
    </message>
    <message>
        <source>bundle is damaged: its header counts blocks it does not have</source>
        <translation>el paquete está dañado: su cabecera cuenta bloques que no tiene</translation>
    </message>
    <message>
        <source>bundle is damaged: a part of an attached file has no valid name</source>
        <translation>el paquete está dañado: una parte de un archivo adjunto no tiene un nombre válido</translation>
    </message>
</context>
<context>
    <name>tandem::demo</name>
    <message>
        <source>the number of operations must be from 0 to 1,000,000, not %1</source>
        <translation>el número de operaciones debe estar entre 0 y 1.000.000, no %1</translation>
    </message>
    <message>
        <source>making the demo failed, nothing was written: %1</source>
        <translation>la creación de la demostración falló; no se escribió nada: %1</translation>
    </message>
    <message>
        <source>the demo was cancelled; nothing was written</source>
        <translation>la demostración se canceló; no se escribió nada</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>no se puede leer el archivo</translation>
    </message>
</context>
<context>
    <name>tandem::payload</name>
    <message>
        <source>bundle payload is not readable: %1</source>
        <translation>la carga útil del paquete no es legible: %1</translation>
    </message>
    <message>
        <source>bundle payload has an unexpected table &quot;%1&quot;</source>
        <translation>la carga útil del paquete tiene una tabla inesperada &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bundle payload lacks the table &quot;%1&quot;</source>
        <translation>a la carga útil del paquete le falta la tabla &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bundle payload table &quot;%1&quot; has an unexpected column &quot;%2&quot;</source>
        <translation>la tabla &quot;%1&quot; de la carga útil del paquete tiene una columna inesperada &quot;%2&quot;</translation>
    </message>
    <message>
        <source>bundle payload table &quot;%1&quot; lacks the column &quot;%2&quot;</source>
        <translation>a la tabla &quot;%1&quot; de la carga útil del paquete le falta la columna &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>la base de datos no está abierta</translation>
    </message>
    <message>
        <source>there is not enough memory to make the bundle</source>
        <translation>no hay memoria suficiente para crear el paquete</translation>
    </message>
    <message>
        <source>bundle payload is empty</source>
        <translation>la carga útil del paquete está vacía</translation>
    </message>
    <message>
        <source>bundle payload cannot be opened: %1</source>
        <translation>no se puede abrir la carga útil del paquete: %1</translation>
    </message>
    <message>
        <source>bundle payload cannot be opened</source>
        <translation>no se puede abrir la carga útil del paquete</translation>
    </message>
</context>
<context>
    <name>tandem::report::Format</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (one file)</source>
        <translation>HTML (un solo archivo)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>Texto OpenDocument (ODT)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texto OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>CSV (tables for spreadsheets)</source>
        <translation>CSV (tablas para hojas de cálculo)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>tandem::value</name>
    <message>
        <source>%1 field &quot;%2&quot;: expected %3, got &quot;%4&quot;</source>
        <translation>campo &quot;%2&quot; de %1: se esperaba %3, se recibió &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot;: at most %3 characters are allowed, got %4</source>
        <translation>campo &quot;%2&quot; de %1: se permiten como máximo %3 caracteres, hay %4</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno de estos valores: %1</translation>
    </message>
    <message>
        <source>a single line of text</source>
        <translation>una sola línea de texto</translation>
    </message>
    <message>
        <source>text without control characters</source>
        <translation>texto sin caracteres de control</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>un número de %1 a %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a date and time in ISO 8601 with an offset, e.g. 2026-05-01T06:00:00+02:00</source>
        <translation>una fecha y hora en ISO 8601 con desfase horario, p. ej. 2026-05-01T06:00:00+02:00</translation>
    </message>
    <message>
        <source>a date as yyyy-mm-dd</source>
        <translation>una fecha con el formato aaaa-mm-dd</translation>
    </message>
    <message>
        <source>an id such as 0192f0c4-5e6a-7b3c-9d2e-1f0a2b3c4d5e</source>
        <translation>un identificador como 0192f0c4-5e6a-7b3c-9d2e-1f0a2b3c4d5e</translation>
    </message>
    <message>
        <source>a JSON array of strings or a comma-separated list</source>
        <translation>una matriz JSON de cadenas o una lista separada por comas</translation>
    </message>
    <message>
        <source>a JSON array of strings</source>
        <translation>una matriz JSON de cadenas</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot;: at most %3 entries are allowed, got %4</source>
        <translation>campo &quot;%2&quot; de %1: se permiten como máximo %3 entradas, hay %4</translation>
    </message>
    <message>
        <source>a plain value</source>
        <translation>un valor simple</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(bloqueado)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
</TS>
