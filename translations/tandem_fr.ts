<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DemoDatabase</name>
    <message>
        <source>the file already exists</source>
        <translation>le fichier existe déjà</translation>
    </message>
    <message>
        <source>cannot create the folder for the demo database</source>
        <translation>impossible de créer le dossier de la base de démonstration</translation>
    </message>
    <message>
        <source>Demo Task Force</source>
        <translation>Groupe de travail conjoint de démonstration</translation>
    </message>
    <message>
        <source>Making the demo database of invented operations…</source>
        <translation>Création de la base de démonstration d&apos;opérations fictives…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Base de démonstration</translation>
    </message>
    <message>
        <source>the demo is open in another Tandem window; close it there first</source>
        <translation>la démonstration est ouverte dans une autre fenêtre de Tandem ; fermez-la d&apos;abord</translation>
    </message>
    <message>
        <source>cannot put the fresh demo database in place of the old one</source>
        <translation>impossible de mettre la nouvelle base de démonstration à la place de l&apos;ancienne</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Joint operations and survivor assistance for anti-trafficking task forces.</source>
        <translation>Opérations conjointes et assistance aux survivants pour les groupes de travail conjoints de lutte contre la traite des êtres humains.</translation>
    </message>
    <message>
        <source>Open the demo database of invented operations (made on first use).</source>
        <translation>Ouvrir la base de démonstration d&apos;opérations fictives (créée à la première utilisation).</translation>
    </message>
    <message>
        <source>The Tandem file to open. Without one, the file opened last, or else the welcome screen.</source>
        <translation>Le fichier Tandem à ouvrir. À défaut, le dernier fichier ouvert, ou sinon l&apos;écran d&apos;accueil.</translation>
    </message>
    <message>
        <source>Try &apos;tandem --help&apos;.</source>
        <translation>Essayez «&#xa0;tandem --help&#xa0;».</translation>
    </message>
    <message>
        <source>give one FILE at most</source>
        <translation>indiquez un seul FILE au plus</translation>
    </message>
    <message>
        <source>give either a FILE or --demo, not both</source>
        <translation>indiquez soit un FILE, soit --demo, mais pas les deux</translation>
    </message>
</context>
<context>
    <name>tandem::Actions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Make a new Tandem file for your office</source>
        <translation>Créer un nouveau fichier Tandem pour votre bureau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a Tandem file</source>
        <translation>Ouvrir un fichier Tandem</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>Ouvrir la &amp;démonstration</translation>
    </message>
    <message>
        <source>Open the demo database of invented operations, making it on first use</source>
        <translation>Ouvrir la base de démonstration d&apos;opérations fictives, en la créant à la première utilisation</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the open file</source>
        <translation>Fermer le fichier ouvert</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Forget the recently opened files</source>
        <translation>Oublier les fichiers récemment ouverts</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Tandem</source>
        <translation>Quitter Tandem</translation>
    </message>
    <message>
        <source>&amp;About Tandem</source>
        <translation>À &amp;propos de Tandem</translation>
    </message>
    <message>
        <source>The version and licence of Tandem</source>
        <translation>La version et la licence de Tandem</translation>
    </message>
    <message>
        <source>Tandem &amp;Guide</source>
        <translation>&amp;Guide de Tandem</translation>
    </message>
    <message>
        <source>How to plan operations, follow survivors&apos; checklists and exchange with partners</source>
        <translation>Comment planifier des opérations, suivre les listes de contrôle des survivants et échanger avec les partenaires</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>This Office&apos;s &amp;Key Card…</source>
        <translation>&amp;Carte de clé de ce bureau…</translation>
    </message>
    <message>
        <source>Show this office&apos;s fingerprint and save its key card for partners</source>
        <translation>Afficher l&apos;empreinte de ce bureau et enregistrer sa carte de clé pour les partenaires</translation>
    </message>
    <message>
        <source>&amp;Trust a Partner Office…</source>
        <translation>&amp;Faire confiance à un bureau partenaire…</translation>
    </message>
    <message>
        <source>Trust a partner office from its key card</source>
        <translation>Faire confiance à un bureau partenaire à partir de sa carte de clé</translation>
    </message>
    <message>
        <source>&amp;Export for Partners…</source>
        <translation>&amp;Exporter pour les partenaires…</translation>
    </message>
    <message>
        <source>Write a signed, encrypted bundle for partner offices</source>
        <translation>Écrire un lot signé et chiffré pour des bureaux partenaires</translation>
    </message>
    <message>
        <source>&amp;Merge a Bundle…</source>
        <translation>F&amp;usionner un lot…</translation>
    </message>
    <message>
        <source>Merge a bundle from a partner office</source>
        <translation>Fusionner un lot provenant d&apos;un bureau partenaire</translation>
    </message>
    <message>
        <source>&amp;Lock the Office Keys</source>
        <translation>&amp;Verrouiller les clés du bureau</translation>
    </message>
    <message>
        <source>Forget the unlocked office keys: the passphrase is asked again</source>
        <translation>Oublier les clés du bureau déverrouillées&#xa0;: la phrase secrète sera demandée à nouveau</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>É&amp;change</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Operation Order / Briefing Pack…</source>
        <translation>&amp;Ordre d&apos;opération / dossier de briefing…</translation>
    </message>
    <message>
        <source>Write, preview or print the operation order of the selected operation</source>
        <translation>Rédiger, prévisualiser ou imprimer l&apos;ordre d&apos;opération de l&apos;opération sélectionnée</translation>
    </message>
    <message>
        <source>&amp;After-Action Report…</source>
        <translation>&amp;Rapport après action…</translation>
    </message>
    <message>
        <source>Write, preview or print the after-action report of the selected operation</source>
        <translation>Rédiger, prévisualiser ou imprimer le rapport après action de l&apos;opération sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Figures of the task force&apos;s joint work over a period</source>
        <translation>Chiffres du travail conjoint du groupe de travail sur une période</translation>
    </message>
    <message>
        <source>Write a consistent copy of the open file to a new file</source>
        <translation>Écrire une copie cohérente du fichier ouvert dans un nouveau fichier</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurer depuis une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Put one of the file&apos;s automatic backups in its place</source>
        <translation>Remplacer le fichier par l&apos;une de ses sauvegardes automatiques</translation>
    </message>
    <message>
        <source>&amp;Unlock Survivors&apos; Identities…</source>
        <translation>&amp;Déverrouiller les identités des survivants…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>Back &amp;Up Now</source>
        <translation>Sa&amp;uvegarder maintenant</translation>
    </message>
    <message>
        <source>Back the open file up now, beside it, with its other backups</source>
        <translation>Sauvegarde maintenant le fichier ouvert, à côté de lui, avec ses autres sauvegardes</translation>
    </message>
    <message>
        <source>The language, how long the office keys stay unlocked when unused, and backups</source>
        <translation>La langue, la durée pendant laquelle les clés du bureau restent déverrouillées sans usage, et les sauvegardes</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>&amp;Reset the Demo…</source>
        <translation>&amp;Réinitialiser la démonstration…</translation>
    </message>
    <message>
        <source>Replace the demo database with a fresh one, made for today</source>
        <translation>Remplacer la base de démonstration par une nouvelle, faite pour aujourd&apos;hui</translation>
    </message>
    <message>
        <source>P&amp;eople…</source>
        <translation>P&amp;ersonnes…</translation>
    </message>
    <message>
        <source>The people of this office, their roles and passphrases</source>
        <translation>Les personnes de ce bureau, leurs rôles et leurs phrases secrètes</translation>
    </message>
    <message>
        <source>Enter your passphrase to read survivors&apos; identifying details</source>
        <translation>Saisir votre phrase secrète pour lire les données d’identification des survivants</translation>
    </message>
    <message>
        <source>Change Your &amp;Passphrase…</source>
        <translation>Changer votre &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>Wrap your key slot with a new passphrase; no record changes</source>
        <translation>Protéger votre emplacement de clés par une nouvelle phrase secrète ; aucun enregistrement ne change</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>Exporter le &amp;calendrier…</translation>
    </message>
    <message>
        <source>Write briefings, meetings and open action items as an iCalendar file for a desktop or phone calendar (code names and times only)</source>
        <translation>Écrire les briefings, les réunions et les actions en cours dans un fichier iCalendar pour un agenda de bureau ou de téléphone (noms de code et heures seulement)</translation>
    </message>
    <message>
        <source>Exchange &amp;Folder…</source>
        <translation>&amp;Dossier d’échange…</translation>
    </message>
    <message>
        <source>Exchange with partners on its own through a folder kept in step by a sync engine</source>
        <translation>Échanger de lui-même avec les partenaires par un dossier tenu à jour par un moteur de synchronisation</translation>
    </message>
    <message>
        <source>&amp;Machines of This Office…</source>
        <translation>P&amp;ostes de ce bureau…</translation>
    </message>
    <message>
        <source>The computers that keep this office&apos;s file and exchange everything of it</source>
        <translation>Les ordinateurs qui tiennent le fichier de ce bureau et en échangent tout le contenu</translation>
    </message>
    <message>
        <source>&amp;Invite a Machine…</source>
        <translation>&amp;Inviter un poste…</translation>
    </message>
    <message>
        <source>Write an invitation that makes another computer a machine of this office</source>
        <translation>Écrire une invitation qui fait d&apos;un autre ordinateur un poste de ce bureau</translation>
    </message>
    <message>
        <source>&amp;Join an Office as Another Machine…</source>
        <translation>Re&amp;joindre un bureau comme autre poste…</translation>
    </message>
    <message>
        <source>Make this computer a machine of an office, from an invitation a lead of it wrote</source>
        <translation>Faire de cet ordinateur un poste d&apos;un bureau, à partir d&apos;une invitation écrite par l&apos;un de ses responsables</translation>
    </message>
</context>
<context>
    <name>tandem::AddPersonDialog</name>
    <message>
        <source>Add a Person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>Aucune agence</translation>
    </message>
    <message>
        <source>Only a lead or a liaison can open survivors&apos; identities: their passphrase unlocks the identity key, anyone else&apos;s does not.</source>
        <translation>Seul un responsable ou un agent de liaison peut ouvrir les identités des survivants : sa phrase secrète déverrouille la clé d&apos;identité, celle de toute autre personne non.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gence :</translation>
    </message>
    <message>
        <source>Their own passphrase (they type it, twice):</source>
        <translation>Sa propre phrase secrète (la personne la saisit, deux fois) :</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Ajouter</translation>
    </message>
</context>
<context>
    <name>tandem::AgencyActionItems</name>
    <message>
        <source>Action item</source>
        <translation>Action à mener</translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation>Décidée lors de</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Open action items of this agency</source>
        <translation>Actions à mener en cours de cet organisme</translation>
    </message>
    <message>
        <source>The agency&apos;s action items could not be read.</source>
        <translation>Les actions à mener de l&apos;organisme n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Pas d&apos;échéance</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>No open action items</source>
        <translation>Aucune action à mener en cours</translation>
    </message>
    <message>
        <source>Open action items (the first %L1)</source>
        <translation>Actions à mener en cours (les %L1 premières)</translation>
    </message>
    <message>
        <source>Open action items (%L1)</source>
        <translation>Actions à mener en cours (%L1)</translation>
    </message>
</context>
<context>
    <name>tandem::AgencyFieldEditor</name>
    <message>
        <source>Type to find an agency, or a new name</source>
        <translation>Tapez pour trouver un organisme, ou un nouveau nom</translation>
    </message>
    <message>
        <source>(deleted agency)</source>
        <translation>(organisme supprimé)</translation>
    </message>
    <message>
        <source>New Agency</source>
        <translation>Nouvel organisme</translation>
    </message>
    <message>
        <source>“%1” is not in the directory. To add it, choose what kind of agency it is:</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas dans l&apos;annuaire. Pour l&apos;ajouter, choisissez de quel type d&apos;organisme il s&apos;agit&#xa0;:</translation>
    </message>
    <message>
        <source>Add agency %1</source>
        <translation>Ajouter l&apos;organisme %1</translation>
    </message>
</context>
<context>
    <name>tandem::AttachmentPreview</name>
    <message>
        <source>The image is %1 × %2 pixels, too large to show here. Save a copy to open it elsewhere.</source>
        <translation>L&apos;image fait %1 × %2 pixels, elle est trop grande pour être affichée ici. Enregistrez-en une copie pour l&apos;ouvrir ailleurs.</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1.</source>
        <translation>L&apos;image ne peut pas être affichée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 — Preview</source>
        <translation>%1 — Aperçu</translation>
    </message>
    <message>
        <source>The PDF cannot be shown (it is damaged, protected or not a PDF). Save a copy to open it elsewhere.</source>
        <translation>Le PDF ne peut pas être affiché (il est endommagé, protégé ou ce n&apos;est pas un PDF). Enregistrez-en une copie pour l&apos;ouvrir ailleurs.</translation>
    </message>
</context>
<context>
    <name>tandem::Attachments</name>
    <message>
        <source>a survivor&apos;s attachments are locked: a lead&apos;s or liaison&apos;s passphrase opens them</source>
        <translation>les pièces jointes d&apos;un survivant sont verrouillées&#xa0;: la phrase secrète d&apos;un responsable ou d&apos;un agent de liaison les ouvre</translation>
    </message>
    <message>
        <source>a part of the file does not open with this office&apos;s key</source>
        <translation>une partie du fichier ne s&apos;ouvre pas avec la clé de ce bureau</translation>
    </message>
    <message>
        <source>a file name is needed</source>
        <translation>un nom de fichier est nécessaire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de fichier</translation>
    </message>
    <message>
        <source>a file name has no folders in it (no / or \)</source>
        <translation>un nom de fichier ne contient pas de dossiers (ni / ni \)</translation>
    </message>
    <message>
        <source>a file name has no control characters</source>
        <translation>un nom de fichier ne contient pas de caractères de contrôle</translation>
    </message>
    <message>
        <source>the content is a JSON array of chunk names</source>
        <translation>le contenu est un tableau JSON de noms de fragments</translation>
    </message>
    <message>
        <source>the content is a JSON array of chunk names (64 hexadecimal digits each)</source>
        <translation>le contenu est un tableau JSON de noms de fragments (de 64 chiffres hexadécimaux chacun)</translation>
    </message>
    <message>
        <source>the size does not match the content&apos;s chunks</source>
        <translation>la taille ne correspond pas aux fragments du contenu</translation>
    </message>
    <message>
        <source>the largest attachment is between 1 MB and %1</source>
        <translation>la taille maximale d&apos;une pièce jointe est comprise entre 1 Mo et %1</translation>
    </message>
    <message>
        <source>files attach to an operation, a target, a warrant, a survivor, a meeting or a tip, not to &quot;%1&quot;</source>
        <translation>les fichiers se joignent à une opération, une cible, un mandat, un survivant, une réunion ou un signalement, pas à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the file is %1, larger than the %2 this office attaches (Preferences)</source>
        <translation>le fichier fait %1, plus que les %2 que ce bureau accepte en pièce jointe (Préférences)</translation>
    </message>
    <message>
        <source>files can only be attached once this office has its keys: set the office passphrase first</source>
        <translation>on ne peut joindre des fichiers qu&apos;une fois que ce bureau a ses clés&#xa0;: définissez d&apos;abord la phrase secrète du bureau</translation>
    </message>
    <message>
        <source>the file ended before its %1 were read: it changed while it was attached</source>
        <translation>le fichier s&apos;est terminé avant que ses %1 soient lus&#xa0;: il a changé pendant qu&apos;il était joint</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>le fichier n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>attaching cancelled; nothing was kept</source>
        <translation>ajout de la pièce jointe annulé&#xa0;; rien n&apos;a été conservé</translation>
    </message>
    <message>
        <source>the file changed while it was attached; nothing was kept</source>
        <translation>le fichier a changé pendant qu&apos;il était joint&#xa0;; rien n&apos;a été conservé</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>there is no attachment with this id</source>
        <translation>il n&apos;y a aucune pièce jointe avec cet identifiant</translation>
    </message>
    <message>
        <source>a part of the file is missing from this file (chunk %1)</source>
        <translation>une partie de la pièce jointe manque dans ce fichier (fragment %1)</translation>
    </message>
    <message>
        <source>a part of the file was altered (chunk %1)</source>
        <translation>une partie du fichier a été altérée (fragment %1)</translation>
    </message>
    <message>
        <source>the file could not be written: %1</source>
        <translation>le fichier n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the file&apos;s parts add up to %1, not the %2 it had</source>
        <translation>les parties du fichier totalisent %1, et non les %2 qu&apos;il faisait</translation>
    </message>
    <message>
        <source>the file is %1, too large to show here (at most %2)</source>
        <translation>le fichier fait %1, trop pour être affiché ici (%2 au plus)</translation>
    </message>
    <message>
        <source>a part of an attached file is missing (chunk %1)</source>
        <translation>une partie d&apos;une pièce jointe manque (fragment %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the name of a part of an attached file</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas le nom d&apos;une partie d&apos;une pièce jointe</translation>
    </message>
    <message>
        <source>files can only be kept once this office has its keys: set the office passphrase first</source>
        <translation>on ne peut conserver des fichiers qu&apos;une fois que ce bureau a ses clés&#xa0;: définissez d&apos;abord la phrase secrète du bureau</translation>
    </message>
    <message>
        <source>only a lead sets the largest attached file: %1</source>
        <translation>seul un responsable fixe la taille maximale des pièces jointes : %1</translation>
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
        <translation>Image (%1)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Autre fichier</translation>
    </message>
    <message>
        <source>Attach File…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Attached by</source>
        <translation>Joint par</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Joint le</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Attach a file to this record (Ctrl+Shift+F); you can also drop files on the list</source>
        <translation>Joindre un fichier à cette fiche (Ctrl+Shift+F)&#xa0;; vous pouvez aussi déposer des fichiers sur la liste</translation>
    </message>
    <message>
        <source>Show the selected file (Return or double-click)</source>
        <translation>Afficher le fichier sélectionné (Return ou double-clic)</translation>
    </message>
    <message>
        <source>Write a copy of the selected file to a folder you choose</source>
        <translation>Écrire une copie du fichier sélectionné dans un dossier de votre choix</translation>
    </message>
    <message>
        <source>Remove the selected file from this record (Delete); Undo brings it back</source>
        <translation>Retirer le fichier sélectionné de cette fiche (Delete)&#xa0;; Annuler le rétablit</translation>
    </message>
    <message>
        <source>Attach a File</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>(locked: unlock identities to see it)</source>
        <translation>(verrouillé&#xa0;: déverrouillez les identités pour le voir)</translation>
    </message>
    <message>
        <source>“%1” could not be attached</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être joint</translation>
    </message>
    <message>
        <source>this is not a file</source>
        <translation>ce n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>the file is %1, larger than the %2 this office attaches (Edit ▸ Preferences)</source>
        <translation>le fichier fait %1, plus que les %2 que ce bureau accepte en pièce jointe (Édition ▸ Préférences)</translation>
    </message>
    <message>
        <source>the office&apos;s keys are not at hand</source>
        <translation>les clés du bureau ne sont pas disponibles</translation>
    </message>
    <message>
        <source>Attaching a file needs the office&apos;s keys: it is kept encrypted, named by a keyed hash.</source>
        <translation>Joindre un fichier nécessite les clés du bureau&#xa0;: il est conservé chiffré et nommé par un hachage à clé.</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>le fichier n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attaching “%1”…</source>
        <translation>Ajout de «&#xa0;%1&#xa0;» en pièce jointe…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Attach “%1”</source>
        <translation>Joindre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the survivor&apos;s file</source>
        <translation>le fichier du survivant</translation>
    </message>
    <message>
        <source>“%1” could not be opened</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>Opening an attached file needs the office&apos;s keys.</source>
        <translation>Ouvrir une pièce jointe nécessite les clés du bureau.</translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>A survivor&apos;s files are not handed to other applications.</source>
        <translation>Les fichiers d&apos;un survivant ne sont pas confiés à d&apos;autres applications.</translation>
    </message>
    <message>
        <source>Tandem shows images and PDFs itself. To open another kind of file, save a copy with Save As… where you choose, and delete it when you are done.</source>
        <translation>Tandem affiche lui-même les images et les PDF. Pour ouvrir un autre type de fichier, enregistrez-en une copie avec Enregistrer sous… à l&apos;endroit de votre choix, et supprimez-la quand vous avez terminé.</translation>
    </message>
    <message>
        <source>Open “%1” with the application your desktop uses for this kind of file?</source>
        <translation>Ouvrir «&#xa0;%1&#xa0;» avec l&apos;application que votre environnement de bureau utilise pour ce type de fichier&#xa0;?</translation>
    </message>
    <message>
        <source>Tandem writes a copy to a private temporary folder for that application and deletes it when Tandem closes. A file from a partner may be harmful: open only what you expect.</source>
        <translation>Tandem écrit une copie dans un dossier temporaire privé pour cette application et la supprime à la fermeture de Tandem. Un fichier venant d&apos;un partenaire peut être malveillant&#xa0;: n&apos;ouvrez que ce que vous attendez.</translation>
    </message>
    <message>
        <source>no private temporary folder could be made</source>
        <translation>aucun dossier temporaire privé n&apos;a pu être créé</translation>
    </message>
    <message>
        <source>The file could not be saved</source>
        <translation>Le fichier n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>Saving a copy of an attached file needs the office&apos;s keys.</source>
        <translation>Enregistrer une copie d&apos;une pièce jointe nécessite les clés du bureau.</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>%1 attachment %2</source>
        <translation>%1, pièce jointe %2</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Retirer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” could not be removed</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être retiré</translation>
    </message>
    <message>
        <source>Drop files here, or attach them with Attach File… (Ctrl+Shift+F); F2 changes the selected file&apos;s title. Files are kept in the office file, encrypted, and go where this record goes.</source>
        <translation>Déposez des fichiers ici ou joignez-les avec Joindre un fichier… (Ctrl+Shift+F) ; F2 change le titre du fichier sélectionné. Les fichiers sont conservés chiffrés dans le fichier du bureau et vont là où va cette fiche.</translation>
    </message>
    <message>
        <source>a file keeps a title: type one, or press Escape to keep “%1”</source>
        <translation>un fichier garde un titre : tapez-en un, ou appuyez sur Échap pour garder « %1 »</translation>
    </message>
    <message>
        <source>Retitle “%1”</source>
        <translation>Renommer « %1 »</translation>
    </message>
    <message>
        <source>The title of “%1” was not changed</source>
        <translation>Le titre de « %1 » n&apos;a pas été modifié</translation>
    </message>
</context>
<context>
    <name>tandem::Audit</name>
    <message>
        <source>the audit chain&apos;s key is missing from the file</source>
        <translation>la clé de la chaîne d&apos;audit manque dans le fichier</translation>
    </message>
    <message>
        <source>the hash chain is broken here: this entry, or one before it, was changed or removed</source>
        <translation>la chaîne de hachages est rompue ici : cette entrée, ou une entrée précédente, a été modifiée ou supprimée</translation>
    </message>
    <message>
        <source>this entry has no key mark (MAC) although the chain was keyed before it: it was written around Tandem</source>
        <translation>cette entrée n&apos;a pas de marque à clé (MAC) alors que la chaîne avait déjà une clé : elle a été écrite en contournant Tandem</translation>
    </message>
    <message>
        <source>this entry&apos;s key mark (MAC) does not fit: the entry, or one before it, was rewritten</source>
        <translation>la marque à clé (MAC) de cette entrée ne correspond pas : l&apos;entrée, ou une entrée précédente, a été réécrite</translation>
    </message>
    <message>
        <source>the log ends here but its key has moved on to entry %1: entries after this one were removed</source>
        <translation>le journal s&apos;arrête ici mais sa clé en est à l&apos;entrée %1 : des entrées postérieures à celle-ci ont été supprimées</translation>
    </message>
    <message>
        <source>the chain&apos;s key stands at entry %1, before the end of the log</source>
        <translation>la clé de la chaîne en est à l&apos;entrée %1, avant la fin du journal</translation>
    </message>
    <message>
        <source>the chain&apos;s key does not follow from its entries: entries after this one were removed, or the key replaced</source>
        <translation>la clé de la chaîne ne découle pas de ses entrées : des entrées postérieures à celle-ci ont été supprimées, ou la clé remplacée</translation>
    </message>
</context>
<context>
    <name>tandem::AuditModel</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>Keys made</source>
        <translation>Clés créées</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Phrase secrète changée</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>Copie enregistrée</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Report with identities</source>
        <translation>Rapport avec identités</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Entry %L1: this entry does not follow from the ones before it. It was changed, or entries before it were removed.</source>
        <translation>Entrée %L1&#xa0;: cette entrée ne découle pas des précédentes. Elle a été modifiée, ou des entrées précédentes ont été supprimées.</translation>
    </message>
    <message>
        <source>Entry %L1, %2</source>
        <translation>Entrée %L1, %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Partner trusted</source>
        <translation>Partenaire approuvé</translation>
    </message>
    <message>
        <source>Partner&apos;s key replaced</source>
        <translation>Clé du partenaire remplacée</translation>
    </message>
    <message>
        <source>Partner untrusted</source>
        <translation>Confiance retirée au partenaire</translation>
    </message>
    <message>
        <source>Identity shown</source>
        <translation>Identité affichée</translation>
    </message>
    <message>
        <source>Status moved</source>
        <translation>Statut changé</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Personne ajoutée</translation>
    </message>
    <message>
        <source>Person removed</source>
        <translation>Personne retirée</translation>
    </message>
    <message>
        <source>Clock repaired</source>
        <translation>Horloge réparée</translation>
    </message>
    <message>
        <source>Attached file saved out</source>
        <translation>Copie d&apos;une pièce jointe enregistrée</translation>
    </message>
</context>
<context>
    <name>tandem::AuditView</name>
    <message>
        <source>Show entries of the action</source>
        <translation>Afficher les entrées de l&apos;action</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Rechercher dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Search who, subject, details…</source>
        <translation>Rechercher par qui, objet, détails…</translation>
    </message>
    <message>
        <source>Audit trail, newest first</source>
        <translation>Journal d&apos;audit, les plus récentes en premier</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>The audit trail could not be checked: %1</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail is whole.&lt;/b&gt; Each of its %L1 entries carries the hash of the one before it, and all of them check out: none has been changed or taken out.</source>
        <translation>&lt;b&gt;Le journal d&apos;audit est intact.&lt;/b&gt; Chacune de ses %L1 entrées porte le hachage de la précédente, et toutes sont vérifiées&#xa0;: aucune n&apos;a été modifiée ni retirée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No entries yet.&lt;/b&gt; Exports, merges, restores and every unlock of the office keys are written here, each chained to the one before it.</source>
        <translation>&lt;b&gt;Aucune entrée pour l&apos;instant.&lt;/b&gt; Les exports, les fusions, les restaurations et chaque déverrouillage des clés du bureau sont inscrits ici, chacun chaîné au précédent.</translation>
    </message>
    <message>
        <source>entry %L1</source>
        <translation>entrée %L1</translation>
    </message>
    <message>
        <source>entry %L1 (%2, %3, by %4)</source>
        <translation>entrée %L1 (%2, %3, par %4)</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <source>No entry matches the filter.</source>
        <translation>Aucune entrée ne correspond au filtre.</translation>
    </message>
    <message>
        <source>The audit trail is empty.</source>
        <translation>Le journal d&apos;audit est vide.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Show entries of the person</source>
        <translation>Afficher les entrées de la personne</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail has been tampered with:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Le journal d&apos;audit a été falsifié :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail has been tampered with.&lt;/b&gt; At %1: %2. Entries from there on cannot be trusted. &lt;a href=&quot;#broken&quot;&gt;Show the entry&lt;/a&gt;</source>
        <translation>&lt;b&gt;Le journal d&apos;audit a été falsifié.&lt;/b&gt; À l&apos;%1 : %2. Les entrées à partir de là ne sont pas fiables. &lt;a href=&quot;#broken&quot;&gt;Afficher l&apos;entrée&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
</context>
<context>
    <name>tandem::Backup</name>
    <message>
        <source>cannot write the copy: %1</source>
        <translation>impossible d&apos;écrire la copie&#xa0;: %1</translation>
    </message>
    <message>
        <source>the copy was stopped before it was finished</source>
        <translation>la copie a été arrêtée avant d&apos;être terminée</translation>
    </message>
    <message>
        <source>the copy failed: %1</source>
        <translation>la copie a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file already exists; choose another name</source>
        <translation>le fichier existe déjà&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>la base de données n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>cannot move the finished copy into place</source>
        <translation>impossible de mettre en place la copie terminée</translation>
    </message>
    <message>
        <source>this backup cannot be restored: %1</source>
        <translation>cette sauvegarde ne peut pas être restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>avant restauration</translation>
    </message>
    <message>
        <source>the current file could not be backed up, so nothing was restored: %1</source>
        <translation>le fichier actuel n&apos;a pas pu être sauvegardé, donc rien n&apos;a été restauré&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot put the backup in place; the file is unchanged</source>
        <translation>impossible de mettre la sauvegarde en place&#xa0;; le fichier est inchangé</translation>
    </message>
    <message>
        <source>cannot make the backup folder: %1</source>
        <translation>impossible de créer le dossier des sauvegardes&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot make the copy readable by its owner only</source>
        <translation>impossible de rendre la copie lisible par son seul propriétaire</translation>
    </message>
    <message>
        <source>this is a copy of another office&apos;s file (&quot;%1&quot;, site %2), not a backup of this one (site %3): a restore takes only a backup of this office&apos;s own file</source>
        <translation>ceci est une copie du fichier d’un autre bureau (« %1 », site %2), pas une sauvegarde de celui-ci (site %3) : seule une sauvegarde du propre fichier de ce bureau peut être restaurée</translation>
    </message>
    <message>
        <source>the backup could not be prepared, the file is unchanged: %1</source>
        <translation>la sauvegarde n’a pas pu être préparée ; le fichier est inchangé : %1</translation>
    </message>
</context>
<context>
    <name>tandem::ChangeCommands</name>
    <message>
        <source>%1 made since refers to it, so it can no longer be taken back</source>
        <translation>la modification «&#xa0;%1&#xa0;», faite depuis, s&apos;y rapporte&#xa0;; cette action ne peut donc plus être annulée</translation>
    </message>
</context>
<context>
    <name>tandem::Check</name>
    <message>
        <source>(no id)</source>
        <translation>(sans identifiant)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas parmi %2</translation>
    </message>
    <message>
        <source>%1 characters, at most %2 are allowed</source>
        <translation>%1 caractères, %2 au plus sont autorisés</translation>
    </message>
    <message>
        <source>several lines in a one-line field</source>
        <translation>plusieurs lignes dans un champ d&apos;une seule ligne</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 est en dehors de l&apos;intervalle %2 à %3</translation>
    </message>
    <message>
        <source>%1 is neither 0 (false) nor 1 (true)</source>
        <translation>%1 n&apos;est ni 0 (faux) ni 1 (vrai)</translation>
    </message>
    <message>
        <source>%1 seconds is not a time between the years 1900 and 2200</source>
        <translation>%1 secondes ne correspond pas à une date entre les années 1900 et 2200</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date as yyyy-mm-dd</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date au format aaaa-mm-jj</translation>
    </message>
    <message>
        <source>the id is %1 bytes, not 16</source>
        <translation>l&apos;identifiant fait %1 octets, et non 16</translation>
    </message>
    <message>
        <source>not a JSON array of strings</source>
        <translation>n&apos;est pas un tableau JSON de chaînes</translation>
    </message>
    <message>
        <source>rowid %1</source>
        <translation>rowid %1</translation>
    </message>
    <message>
        <source>breaks a foreign key to %1</source>
        <translation>rompt une clé étrangère vers %1</translation>
    </message>
    <message>
        <source>the site id is not 16 bytes</source>
        <translation>l&apos;identifiant de site ne fait pas 16 octets</translation>
    </message>
    <message>
        <source>the clock is missing</source>
        <translation>l&apos;horloge est absente</translation>
    </message>
    <message>
        <source>the sequence is missing</source>
        <translation>la séquence est absente</translation>
    </message>
    <message>
        <source>this office&apos;s own record is missing</source>
        <translation>la fiche de ce bureau est absente</translation>
    </message>
    <message>
        <source>this office&apos;s own record is deleted</source>
        <translation>la fiche de ce bureau est supprimée</translation>
    </message>
    <message>
        <source>the table cannot be read: %1</source>
        <translation>la table ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>the id is not 16 bytes</source>
        <translation>l&apos;identifiant ne fait pas 16 octets</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1 is beyond the file&apos;s sequence %2</source>
        <translation>%1 dépasse la séquence du fichier (%2)</translation>
    </message>
    <message>
        <source>a required field is empty</source>
        <translation>un champ obligatoire est vide</translation>
    </message>
    <message>
        <source>the row is deleted but still holds a value here</source>
        <translation>la ligne est supprimée mais contient encore une valeur ici</translation>
    </message>
    <message>
        <source>an identifying detail is stored unsealed (as %1)</source>
        <translation>une donnée d&apos;identification est stockée non scellée (en tant que %1)</translation>
    </message>
    <message>
        <source>a sealed value is too short to be one</source>
        <translation>une valeur scellée est trop courte pour en être une</translation>
    </message>
    <message>
        <source>stored as %1, expected %2</source>
        <translation>stocké en tant que %1, %2 attendu</translation>
    </message>
    <message>
        <source>the version is not 24 bytes</source>
        <translation>la version ne fait pas 24 octets</translation>
    </message>
    <message>
        <source>a version made by this office is ahead of its clock</source>
        <translation>une version créée par ce bureau est en avance sur son horloge</translation>
    </message>
    <message>
        <source>the row is deleted but its delete has no version, so partners never learn of it</source>
        <translation>la ligne est supprimée mais sa suppression n&apos;a pas de version, donc les partenaires n&apos;en sont jamais informés</translation>
    </message>
    <message>
        <source>%1 (concurrent edits by two offices can do this)</source>
        <translation>%1 (des modifications simultanées par deux bureaux peuvent provoquer cela)</translation>
    </message>
    <message>
        <source>the references cannot be followed: %1</source>
        <translation>les références ne peuvent pas être suivies&#xa0;: %1</translation>
    </message>
    <message>
        <source>refers to %1 %2, which this file does not hold</source>
        <translation>fait référence à %1 %2, absent de ce fichier</translation>
    </message>
    <message>
        <source>its owner, %1 %2, was deleted but this row was not</source>
        <translation>sa fiche parente, %1 %2, a été supprimée, mais pas cette ligne</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>empty text, which is stored as no value</source>
        <translation>texte vide, qui est enregistré comme aucune valeur</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>has spaces at its start or end</source>
        <translation>comporte des espaces au début ou à la fin</translation>
    </message>
    <message>
        <source>an empty list, which is stored as no value</source>
        <translation>une liste vide, qui est enregistrée comme aucune valeur</translation>
    </message>
    <message>
        <source>%1 entries, at most %2 are allowed</source>
        <translation>%1 éléments ; %2 au plus sont autorisés</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>« %1 » figure deux fois</translation>
    </message>
    <message>
        <source>the id is all zeros</source>
        <translation>l’identifiant n’est fait que de zéros</translation>
    </message>
</context>
<context>
    <name>tandem::Checklist</name>
    <message>
        <source>this survivor was deleted</source>
        <translation>ce survivant a été supprimé</translation>
    </message>
    <message>
        <source>the rescue time (T0) is not set; the checklist is made from it</source>
        <translation>l&apos;heure du sauvetage (T0) n&apos;est pas définie&#xa0;; la liste de contrôle est établie à partir de celle-ci</translation>
    </message>
    <message>
        <source>there is no active protocol to make a checklist from; install the default protocols or import one</source>
        <translation>il n&apos;y a aucun protocole actif à partir duquel établir une liste de contrôle&#xa0;; installez les protocoles par défaut ou importez-en un</translation>
    </message>
    <message>
        <source>step &quot;%1&quot;: %2</source>
        <translation>étape «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>this survivor already has a checklist (1 step)</source>
        <translation>ce survivant a déjà une liste de contrôle (1 étape)</translation>
    </message>
    <message numerus="yes">
        <source>this survivor already has a checklist (%n steps)</source>
        <translation>
            <numerusform>ce survivant a déjà une liste de contrôle (%n étape)</numerusform>
            <numerusform>ce survivant a déjà une liste de contrôle (%n étapes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ChecklistModel</name>
    <message>
        <source>The checklist could not be read.</source>
        <translation>La liste de contrôle n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>(step not received from its office)</source>
        <translation>(étape non reçue de son bureau)</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (facultative)</translation>
    </message>
    <message>
        <source>Before first interview</source>
        <translation>Avant le premier entretien</translation>
    </message>
    <message>
        <source>%1 (%2 late)</source>
        <translation>%1 (%2 de retard)</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <source>The step could not be ticked.</source>
        <translation>L&apos;étape n&apos;a pas pu être cochée.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Orienté vers</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>(deleted service)</source>
        <translation>(service supprimé)</translation>
    </message>
    <message>
        <source>%1 — accepted</source>
        <translation>%1 — acceptée</translation>
    </message>
    <message>
        <source>%1 — refused</source>
        <translation>%1 — refusée</translation>
    </message>
    <message>
        <source>%1 — awaiting answer</source>
        <translation>%1 — en attente de réponse</translation>
    </message>
    <message>
        <source>Answered %1</source>
        <translation>Réponse le %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Résultat : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tandem::ChecklistPanel</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>The step was done (D, or Space to toggle)</source>
        <translation>L&apos;étape a été réalisée (D, ou Space pour basculer)</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Someone is on it (P)</source>
        <translation>Quelqu&apos;un s&apos;en occupe (P)</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>The step does not apply to this survivor (N)</source>
        <translation>L&apos;étape ne s&apos;applique pas à ce survivant (N)</translation>
    </message>
    <message>
        <source>Declined by survivor</source>
        <translation>Refusée par le survivant</translation>
    </message>
    <message>
        <source>The survivor chose not to have this: recorded as their choice, not as a step missed (X)</source>
        <translation>Le survivant a choisi de ne pas en bénéficier&#xa0;: c&apos;est enregistré comme son choix, non comme une étape manquée (X)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Open the step again (O)</source>
        <translation>Rouvrir l&apos;étape (O)</translation>
    </message>
    <message>
        <source>Save Step</source>
        <translation>Enregistrer l&apos;étape</translation>
    </message>
    <message>
        <source>What was done, by whom, and anything the next person must know</source>
        <translation>Ce qui a été fait, par qui, et tout ce que la personne suivante doit savoir</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>pas encore réalisée</translation>
    </message>
    <message>
        <source>Name of the person who did it</source>
        <translation>Nom de la personne qui l&apos;a réalisée</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>Étape sélectionnée</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Referred to:</source>
        <translation>Orienté vers&#xa0;:</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Done by:</source>
        <translation>Réalisée par&#xa0;:</translation>
    </message>
    <message>
        <source>The step could not be changed.</source>
        <translation>L&apos;étape n&apos;a pas pu être modifiée.</translation>
    </message>
    <message>
        <source>No checklist yet: it is made when the rescue time (T0) is set.</source>
        <translation>Pas encore de liste de contrôle&#xa0;: elle est établie lorsque l&apos;heure du sauvetage (T0) est définie.</translation>
    </message>
    <message>
        <source>The step could not be saved.</source>
        <translation>L&apos;étape n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>%1 overdue · %2 of %3 settled</source>
        <translation>%1 en retard · %2 sur %3 traitées</translation>
    </message>
    <message>
        <source>%1 of %2 settled</source>
        <translation>%1 sur %2 traitées</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Why declined:</source>
        <translation>Motif du refus&#xa0;:</translation>
    </message>
    <message>
        <source>Why not applicable:</source>
        <translation>Pourquoi sans objet&#xa0;:</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Réalisée par</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Réalisée le</translation>
    </message>
</context>
<context>
    <name>tandem::ChildRecordTexts</name>
    <message>
        <source>&amp;Add target</source>
        <translation>Ajouter une cib&amp;le</translation>
    </message>
    <message>
        <source>Add a target (Insert or Ctrl+Shift+N)</source>
        <translation>Ajouter une cible (Insert ou Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create target</source>
        <translation>Créer la cible</translation>
    </message>
    <message>
        <source>Make the target from the form (Return, or Ctrl+Return)</source>
        <translation>Créer la cible à partir du formulaire (Entrée, ou Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Remove the selected target (Delete); Undo brings it back</source>
        <translation>Retirer la cible sélectionnée (Suppr) ; Annuler la rétablit</translation>
    </message>
    <message>
        <source>Select a target to edit it, or add one.</source>
        <translation>Sélectionnez une cible pour la modifier, ou ajoutez-en une.</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Nouvelle cible</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Ajouter une cible</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Retirer la cible</translation>
    </message>
    <message>
        <source>&amp;Add assignment</source>
        <translation>Ajouter une affectatio&amp;n</translation>
    </message>
    <message>
        <source>Add an assignment (Insert or Ctrl+Shift+N)</source>
        <translation>Ajouter une affectation (Insert ou Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create assignment</source>
        <translation>Créer l&apos;affectation</translation>
    </message>
    <message>
        <source>Make the assignment from the form (Return, or Ctrl+Return)</source>
        <translation>Créer l&apos;affectation à partir du formulaire (Entrée, ou Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Remove the selected assignment (Delete); Undo brings it back</source>
        <translation>Retirer l&apos;affectation sélectionnée (Suppr) ; Annuler la rétablit</translation>
    </message>
    <message>
        <source>Select an assignment to edit it, or add one.</source>
        <translation>Sélectionnez une affectation pour la modifier, ou ajoutez-en une.</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Nouvelle affectation</translation>
    </message>
    <message>
        <source>Add assignment</source>
        <translation>Ajouter une affectation</translation>
    </message>
    <message>
        <source>Remove assignment</source>
        <translation>Retirer l&apos;affectation</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>Ajouter une t&amp;âche</translation>
    </message>
    <message>
        <source>Add a task (Insert or Ctrl+Shift+N)</source>
        <translation>Ajouter une tâche (Insert ou Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create task</source>
        <translation>Créer la tâche</translation>
    </message>
    <message>
        <source>Make the task from the form (Return, or Ctrl+Return)</source>
        <translation>Créer la tâche à partir du formulaire (Entrée, ou Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Remove the selected task (Delete); Undo brings it back</source>
        <translation>Retirer la tâche sélectionnée (Suppr) ; Annuler la rétablit</translation>
    </message>
    <message>
        <source>Select a task to edit it, or add one.</source>
        <translation>Sélectionnez une tâche pour la modifier, ou ajoutez-en une.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Retirer la tâche</translation>
    </message>
    <message>
        <source>&amp;Add attendance</source>
        <translation>A&amp;jouter une présence</translation>
    </message>
    <message>
        <source>Record an agency&apos;s attendance (Insert or Ctrl+Shift+N)</source>
        <translation>Enregistrer la présence d&apos;un organisme (Insert ou Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create attendance</source>
        <translation>Enregistrer la présence</translation>
    </message>
    <message>
        <source>Record the attendance from the form (Return, or Ctrl+Return)</source>
        <translation>Enregistrer la présence à partir du formulaire (Entrée, ou Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Remove the selected attendance (Delete); Undo brings it back</source>
        <translation>Retirer la présence sélectionnée (Suppr) ; Annuler la rétablit</translation>
    </message>
    <message>
        <source>Select an agency&apos;s attendance to edit it, or add one.</source>
        <translation>Sélectionnez la présence d&apos;un organisme pour la modifier, ou ajoutez-en une.</translation>
    </message>
    <message>
        <source>New attendance</source>
        <translation>Nouvelle présence</translation>
    </message>
    <message>
        <source>Add attendance</source>
        <translation>Ajouter une présence</translation>
    </message>
    <message>
        <source>Remove attendance</source>
        <translation>Retirer la présence</translation>
    </message>
    <message>
        <source>&amp;Add action item</source>
        <translation>Ajouter une action à &amp;mener</translation>
    </message>
    <message>
        <source>Add an action item (Insert or Ctrl+Shift+N)</source>
        <translation>Ajouter une action à mener (Insert ou Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create action item</source>
        <translation>Créer l&apos;action à mener</translation>
    </message>
    <message>
        <source>Make the action item from the form (Return, or Ctrl+Return)</source>
        <translation>Créer l&apos;action à mener à partir du formulaire (Entrée, ou Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Remove the selected action item (Delete); Undo brings it back</source>
        <translation>Retirer l&apos;action à mener sélectionnée (Suppr) ; Annuler la rétablit</translation>
    </message>
    <message>
        <source>Select an action item to edit it, or add one.</source>
        <translation>Sélectionnez une action à mener pour la modifier, ou ajoutez-en une.</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Nouvelle action à mener</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Ajouter une action à mener</translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation>Retirer l&apos;action à mener</translation>
    </message>
    <message>
        <source>&amp;Add feedback</source>
        <translation>Ajouter u&amp;n retour</translation>
    </message>
    <message>
        <source>Add an agency&apos;s feedback (Insert or Ctrl+Shift+N)</source>
        <translation>Ajouter le retour d&apos;un organisme (Insert ou Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create feedback</source>
        <translation>Enregistrer le retour</translation>
    </message>
    <message>
        <source>Record the feedback from the form (Return, or Ctrl+Return)</source>
        <translation>Enregistrer le retour à partir du formulaire (Entrée, ou Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Remove the selected feedback (Delete); Undo brings it back</source>
        <translation>Retirer le retour sélectionné (Suppr) ; Annuler le rétablit</translation>
    </message>
    <message>
        <source>Select an agency&apos;s feedback to edit it, or add one.</source>
        <translation>Sélectionnez le retour d&apos;un organisme pour le modifier, ou ajoutez-en un.</translation>
    </message>
    <message>
        <source>New feedback</source>
        <translation>Nouveau retour</translation>
    </message>
    <message>
        <source>Add feedback</source>
        <translation>Ajouter un retour</translation>
    </message>
    <message>
        <source>Remove feedback</source>
        <translation>Retirer le retour</translation>
    </message>
    <message>
        <source>&amp;Add: %1</source>
        <translation>&amp;Ajouter : %1</translation>
    </message>
    <message>
        <source>%1: add one (Insert or Ctrl+Shift+N)</source>
        <translation>%1 : ajouter (Insert ou Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create: %1</source>
        <translation>Créer : %1</translation>
    </message>
    <message>
        <source>%1: make it from the form (Return, or Ctrl+Return)</source>
        <translation>%1 : créer à partir du formulaire (Entrée, ou Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>%1: remove the selected one (Delete); Undo brings it back</source>
        <translation>%1 : retirer la sélection (Suppr) ; Annuler la rétablit</translation>
    </message>
    <message>
        <source>%1: select one to edit it, or add one.</source>
        <translation>%1 : sélectionnez-en un pour le modifier, ou ajoutez-en un.</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nouveau)</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Ajouter : %1</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>Retirer : %1</translation>
    </message>
    <message>
        <source>No targets yet</source>
        <translation>Aucune cible pour l&apos;instant</translation>
    </message>
    <message>
        <source>1 target</source>
        <translation>1 cible</translation>
    </message>
    <message numerus="yes">
        <source>%n targets</source>
        <translation>
            <numerusform>%n cible</numerusform>
            <numerusform>%n cibles</numerusform>
        </translation>
    </message>
    <message>
        <source>No assignments yet</source>
        <translation>Aucune affectation pour l&apos;instant</translation>
    </message>
    <message>
        <source>1 assignment</source>
        <translation>1 affectation</translation>
    </message>
    <message numerus="yes">
        <source>%n assignments</source>
        <translation>
            <numerusform>%n affectation</numerusform>
            <numerusform>%n affectations</numerusform>
        </translation>
    </message>
    <message>
        <source>No tasks yet</source>
        <translation>Aucune tâche pour l&apos;instant</translation>
    </message>
    <message>
        <source>1 task</source>
        <translation>1 tâche</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message>
        <source>No agency recorded yet</source>
        <translation>Aucun organisme enregistré pour l&apos;instant</translation>
    </message>
    <message>
        <source>1 agency attended</source>
        <translation>1 organisme présent</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies attended</source>
        <translation>
            <numerusform>%n organisme présent</numerusform>
            <numerusform>%n organismes présents</numerusform>
        </translation>
    </message>
    <message>
        <source>No action items yet</source>
        <translation>Aucune action à mener pour l&apos;instant</translation>
    </message>
    <message>
        <source>1 action item</source>
        <translation>1 action à mener</translation>
    </message>
    <message numerus="yes">
        <source>%n action items</source>
        <translation>
            <numerusform>%n action à mener</numerusform>
            <numerusform>%n actions à mener</numerusform>
        </translation>
    </message>
    <message>
        <source>No feedback yet</source>
        <translation>Aucun retour pour l&apos;instant</translation>
    </message>
    <message>
        <source>1 agency gave feedback</source>
        <translation>1 organisme a fait un retour</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies gave feedback</source>
        <translation>
            <numerusform>%n organisme a fait un retour</numerusform>
            <numerusform>%n organismes ont fait un retour</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: none yet</source>
        <translation>%1 : aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1 : %L2</translation>
    </message>
    <message>
        <source>&amp;Add warrant</source>
        <translation>Ajouter un &amp;mandat</translation>
    </message>
    <message>
        <source>Add a warrant (Insert or Ctrl+Shift+N)</source>
        <translation>Ajouter un mandat (Insert ou Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Create warrant</source>
        <translation>Créer le mandat</translation>
    </message>
    <message>
        <source>Make the warrant from the form (Return, or Ctrl+Return)</source>
        <translation>Créer le mandat à partir du formulaire (Entrée, ou Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Remove the selected warrant (Delete); Undo brings it back</source>
        <translation>Retirer le mandat sélectionné (Suppr) ; Annuler le rétablit</translation>
    </message>
    <message>
        <source>Select a warrant to edit it, or add one.</source>
        <translation>Sélectionnez un mandat pour le modifier, ou ajoutez-en un.</translation>
    </message>
    <message>
        <source>New warrant</source>
        <translation>Nouveau mandat</translation>
    </message>
    <message>
        <source>Add warrant</source>
        <translation>Ajouter un mandat</translation>
    </message>
    <message>
        <source>Remove warrant</source>
        <translation>Retirer le mandat</translation>
    </message>
    <message>
        <source>No warrants yet</source>
        <translation>Aucun mandat pour l&apos;instant</translation>
    </message>
    <message>
        <source>1 warrant</source>
        <translation>1 mandat</translation>
    </message>
    <message numerus="yes">
        <source>%n warrants</source>
        <translation>
            <numerusform>%n mandat</numerusform>
            <numerusform>%n mandats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ChildRecordsPage</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>tandem::ChildTableModel</name>
    <message>
        <source>The %1 could not be read: %2</source>
        <translation>%1&#xa0;: lecture impossible (%2)</translation>
    </message>
    <message>
        <source>(deleted agency)</source>
        <translation>(organisme supprimé)</translation>
    </message>
    <message>
        <source>Tick %1</source>
        <translation>Cocher %1</translation>
    </message>
    <message>
        <source>Untick %1</source>
        <translation>Décocher %1</translation>
    </message>
    <message>
        <source>(deleted %1)</source>
        <translation>(%1 supprimée)</translation>
    </message>
</context>
<context>
    <name>tandem::ConfirmNameDialog</name>
    <message>
        <source>To delete it, type its name, %1:</source>
        <translation>Pour la supprimer, tapez son nom, %1&#xa0;:</translation>
    </message>
    <message>
        <source>Name of what is deleted</source>
        <translation>Nom de ce qui est supprimé</translation>
    </message>
</context>
<context>
    <name>tandem::ConflictModel</name>
    <message>
        <source>(identifying detail, hidden)</source>
        <translation>(donnée d&apos;identification, masquée)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>Les conflits n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>La fiche entière</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Not deleted, with its edits (%1)</source>
        <translation>Non supprimée, avec ses modifications (%1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation>Valeur conservée</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Écrite par</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <source>Added under a deleted %1</source>
        <translation>Ajouté sous un(e) %1 supprimé(e)</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 supprimé(e)</translation>
    </message>
    <message>
        <source>%1 “%2” deleted</source>
        <translation>%1 « %2 » supprimé(e)</translation>
    </message>
    <message>
        <source>Added to it (%1)</source>
        <translation>Ajouté (%1)</translation>
    </message>
    <message>
        <source>Survivors: %1</source>
        <translation>Survivants : %1</translation>
    </message>
    <message>
        <source>Same code, two survivors</source>
        <translation>Même code, deux survivants</translation>
    </message>
    <message>
        <source>no operation</source>
        <translation>aucune opération</translation>
    </message>
    <message>
        <source>operation %1</source>
        <translation>opération %1</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>enregistré %1</translation>
    </message>
</context>
<context>
    <name>tandem::ConflictPane</name>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>Keep the value the record holds now; the conflict leaves the list.</source>
        <translation>Conserver la valeur que la fiche contient actuellement&#xa0;; le conflit quitte la liste.</translation>
    </message>
    <message>
        <source>&amp;Take the Other Value</source>
        <translation>&amp;Prendre l&apos;autre valeur</translation>
    </message>
    <message>
        <source>Write the other value into the record, as an edit of this office that partners receive with the next export. Edit ▸ Undo takes it back.</source>
        <translation>Écrire l&apos;autre valeur dans la fiche, comme une modification de ce bureau que les partenaires reçoivent avec le prochain export. Édition ▸ Annuler permet de revenir en arrière.</translation>
    </message>
    <message>
        <source>Value kept:</source>
        <translation>Valeur conservée&#xa0;:</translation>
    </message>
    <message>
        <source>Other value:</source>
        <translation>Autre valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Select a conflict to see both values.</source>
        <translation>Sélectionnez un conflit pour voir les deux valeurs.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>written by %1</source>
        <translation>écrite par %1</translation>
    </message>
    <message>
        <source>&amp;Restore the Record</source>
        <translation>&amp;Restaurer la fiche</translation>
    </message>
    <message>
        <source>&amp;Delete It Too</source>
        <translation>&amp;Le supprimer aussi</translation>
    </message>
    <message>
        <source>Delete this record as its owner was deleted; the conflict leaves the list.</source>
        <translation>Supprimer cet enregistrement comme son propriétaire l’a été ; le conflit quitte la liste.</translation>
    </message>
    <message>
        <source>&amp;Restore Its Owner</source>
        <translation>&amp;Restaurer son propriétaire</translation>
    </message>
    <message>
        <source>The owner&apos;s details never reached this office: restore it where they are kept, or delete this record.</source>
        <translation>Les détails du propriétaire ne sont jamais parvenus à ce bureau : restaurez-le là où ils sont conservés, ou supprimez cet enregistrement.</translation>
    </message>
    <message>
        <source>Bring the deleted owner back as it was, as an edit of this office that partners receive with the next export. Edit ▸ Undo takes it back.</source>
        <translation>Ramener le propriétaire supprimé tel qu’il était, comme une modification de ce bureau que les partenaires reçoivent avec la prochaine exportation. Édition ▸ Annuler la reprend.</translation>
    </message>
    <message>
        <source>First survivor:</source>
        <translation>Premier survivant :</translation>
    </message>
    <message>
        <source>Second survivor:</source>
        <translation>Second survivant :</translation>
    </message>
    <message>
        <source>code given by %1</source>
        <translation>code donné par %1</translation>
    </message>
    <message>
        <source>New Code for the &amp;First</source>
        <translation>Nouveau code pour le &amp;premier</translation>
    </message>
    <message>
        <source>Give the first survivor the next code of this office; partners receive it with the next export. Edit ▸ Undo takes it back.</source>
        <translation>Donner au premier survivant le prochain code de ce bureau ; les partenaires le reçoivent avec la prochaine exportation. Édition ▸ Annuler le reprend.</translation>
    </message>
    <message>
        <source>New Code for the &amp;Second</source>
        <translation>Nouveau code pour le &amp;second</translation>
    </message>
    <message>
        <source>Give the second survivor the next code of this office; partners receive it with the next export. Edit ▸ Undo takes it back.</source>
        <translation>Donner au second survivant le prochain code de ce bureau ; les partenaires le reçoivent avec la prochaine exportation. Édition ▸ Annuler le reprend.</translation>
    </message>
</context>
<context>
    <name>tandem::Conflicts</name>
    <message>
        <source>there is no such conflict</source>
        <translation>ce conflit n&apos;existe pas</translation>
    </message>
    <message>
        <source>this conflict was already resolved</source>
        <translation>ce conflit a déjà été résolu</translation>
    </message>
    <message>
        <source>the row is no longer deleted; edit it instead</source>
        <translation>la ligne n&apos;est plus supprimée&#xa0;; modifiez-la plutôt</translation>
    </message>
    <message>
        <source>the %1 was deleted since; restore it before taking this value</source>
        <translation>la fiche (%1) a été supprimée depuis&#xa0;; restaurez-la avant de prendre cette valeur</translation>
    </message>
    <message>
        <source>this conflict is still open</source>
        <translation>ce conflit est toujours ouvert</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot;: %3 %4 was deleted</source>
        <translation>%1 champ « %2 » : %3 %4 a été supprimé</translation>
    </message>
    <message>
        <source>the office that stopped sharing this %1 withdrew it; it cannot be brought back here</source>
        <translation>le bureau qui a cessé de partager ce(tte) %1 l’a retiré(e) ; il ne peut pas être ramené ici</translation>
    </message>
    <message>
        <source>the %1&apos;s details were deleted before they reached this office; restore it where they are kept, or delete this %2</source>
        <translation>les détails de %1 ont été supprimés avant de parvenir à ce bureau ; restaurez-le là où ils sont conservés, ou supprimez ce(tte) %2</translation>
    </message>
</context>
<context>
    <name>tandem::Consent</name>
    <message>
        <source>a consent is given to one recipient: an office or an agency</source>
        <translation>un consentement est donné à un seul destinataire&#xa0;: un bureau ou un organisme</translation>
    </message>
    <message>
        <source>say when the consent was given</source>
        <translation>indiquez quand le consentement a été donné</translation>
    </message>
    <message>
        <source>the consent is dated %1, more than a day in the future (it is now %2)</source>
        <translation>le consentement est daté du %1, plus d&apos;un jour dans le futur (il est maintenant %2)</translation>
    </message>
    <message>
        <source>the consent expires (%1) before it is given (%2)</source>
        <translation>le consentement expire (%1) avant d&apos;être donné (%2)</translation>
    </message>
    <message>
        <source>this consent was deleted</source>
        <translation>ce consentement a été supprimé</translation>
    </message>
    <message>
        <source>this consent was already withdrawn on %1</source>
        <translation>ce consentement a déjà été retiré le %1</translation>
    </message>
    <message>
        <source>the withdrawal (%1) cannot be before the consent was given (%2)</source>
        <translation>le retrait (%1) ne peut pas précéder le moment où le consentement a été donné (%2)</translation>
    </message>
    <message>
        <source>the withdrawal is dated %1, more than a day in the future (it is now %2)</source>
        <translation>le retrait est daté du %1, plus d&apos;un jour dans le futur (il est maintenant %2)</translation>
    </message>
</context>
<context>
    <name>tandem::ConsentModel</name>
    <message>
        <source>(an office not known here)</source>
        <translation>(un bureau inconnu ici)</translation>
    </message>
    <message>
        <source>(an agency not known here)</source>
        <translation>(un organisme inconnu ici)</translation>
    </message>
    <message>
        <source>(deleted office)</source>
        <translation>(bureau supprimé)</translation>
    </message>
    <message>
        <source>(deleted agency)</source>
        <translation>(organisme supprimé)</translation>
    </message>
    <message>
        <source>%1 (office)</source>
        <translation>%1 (bureau)</translation>
    </message>
    <message>
        <source>The consents could not be read: %1</source>
        <translation>Les consentements n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>Pas encore en vigueur</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>À qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Retiré le %1</translation>
    </message>
    <message>
        <source>Withdrawn on %1: %2</source>
        <translation>Retiré le %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tandem::ConsentPanel</name>
    <message>
        <source>Withdraw Consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Record Consent</source>
        <translation>Enregistrer le consentement</translation>
    </message>
    <message>
        <source>How the consent was given (in writing, with an interpreter, ...)</source>
        <translation>Comment le consentement a été donné (par écrit, avec un interprète, ...)</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <source>To whom:</source>
        <translation>À qui&#xa0;:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Quoi&#xa0;:</translation>
    </message>
    <message>
        <source>Given:</source>
        <translation>Donné le&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (office)</source>
        <translation>%1 (bureau)</translation>
    </message>
    <message>
        <source>The consent could not be withdrawn.</source>
        <translation>Le consentement n&apos;a pas pu être retiré.</translation>
    </message>
    <message>
        <source>The consent could not be recorded.</source>
        <translation>Le consentement n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Withdraw Consent…</source>
        <translation>Retirer le consentement…</translation>
    </message>
    <message>
        <source>Record that the survivor withdrew this consent, now, and why. Nothing it covered may be shared from now on.</source>
        <translation>Enregistre que le survivant a retiré ce consentement, maintenant, et pourquoi. Rien de ce qu&apos;il couvrait ne peut plus être partagé.</translation>
    </message>
    <message>
        <source>Record that the survivor withdrew their consent to share “%1” with %2?</source>
        <translation>Enregistrer que le survivant a retiré son consentement au partage de «&#xa0;%1&#xa0;» avec %2&#xa0;?</translation>
    </message>
    <message>
        <source>From now on nothing it covered is shared with them. The withdrawal is dated now and recorded with its reason.</source>
        <translation>Désormais, rien de ce qu&apos;il couvrait ne leur est partagé. Le retrait est daté de maintenant et enregistré avec son motif.</translation>
    </message>
    <message>
        <source>&amp;Why it is withdrawn:</source>
        <translation>&amp;Motif du retrait&#xa0;:</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
</context>
<context>
    <name>tandem::DashboardView</name>
    <message>
        <source>All trafficking types</source>
        <translation>Tous les types de traite</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Tous les organismes</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>&amp;Organisme</translation>
    </message>
    <message>
        <source>Operations count by the month they start, survivors by their rescue (T0), steps by their survivor&apos;s T0. Tips are counted by period only.</source>
        <translation>Les opérations sont comptées selon le mois où elles commencent, les survivants selon leur sauvetage (T0), les étapes selon le T0 de leur survivant. Les signalements sont comptés par période seulement.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>No figures: %1.</source>
        <translation>Aucun chiffre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 to %2 · computed in %3 ms</source>
        <translation>Du %1 au %2 · calculé en %3 ms</translation>
    </message>
    <message>
        <source>Figures computed</source>
        <translation>Figures calculées</translation>
    </message>
    <message>
        <source>%v of %m figures</source>
        <translation>%v figures sur %m</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Calcul des figures…</translation>
    </message>
    <message>
        <source>%1 to %2 · %3 · %4</source>
        <translation>du %1 au %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Trafficking type</source>
        <translation>Type de traite</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>D&amp;u</translation>
    </message>
</context>
<context>
    <name>tandem::DeferredIndexes</name>
    <message>
        <source>indexes are only put off inside a transaction</source>
        <translation>les index ne sont différés qu’à l’intérieur d’une transaction</translation>
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
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>S&amp;upprimer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Search %1… (Ctrl+F)</source>
        <translation>Rechercher dans %1… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>Rechercher dans %1</translation>
    </message>
    <message>
        <source>A new entry (Ctrl+Shift+N or Insert)</source>
        <translation>Nouvelle entrée (Ctrl+Shift+N ou Insert)</translation>
    </message>
    <message>
        <source>Delete the selected entry (Delete)</source>
        <translation>Supprimer l&apos;entrée sélectionnée (Delete)</translation>
    </message>
    <message>
        <source>Add the entry to the directory (Ctrl+Return)</source>
        <translation>Ajouter l&apos;entrée à l&apos;annuaire (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Select an entry to see and edit it, or make a new one.</source>
        <translation>Sélectionnez une entrée pour la voir et la modifier, ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it back.</source>
        <translation>Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Delete “%1” from the directory?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» de l&apos;annuaire&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 sur %L2</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>%L1 in the directory</source>
        <translation>%L1 dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>It takes part in 1 operation, which will show it as a deleted agency. </source>
        <translation>Il participe à 1 opération, qui le montrera comme organisme supprimé. </translation>
    </message>
    <message numerus="yes">
        <source>It takes part in %n operations; they will show it as a deleted agency. </source>
        <translation>
            <numerusform>Il participe à %n opération, qui le montrera comme organisme supprimé. </numerusform>
            <numerusform>Il participe à %n opérations, qui le montreront comme organisme supprimé. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::Entity</name>
    <message>
        <source>the operation ends before it starts</source>
        <translation>l&apos;opération se termine avant de commencer</translation>
    </message>
    <message>
        <source>more minors are expected than survivors in all</source>
        <translation>plus de mineurs sont attendus que de survivants au total</translation>
    </message>
    <message>
        <source>a consent needs a recipient office or agency</source>
        <translation>un consentement nécessite un bureau ou un organisme destinataire</translation>
    </message>
    <message>
        <source>consent is withdrawn before it was given</source>
        <translation>le consentement est retiré avant d&apos;avoir été donné</translation>
    </message>
    <message>
        <source>consent expires before it was given</source>
        <translation>le consentement expire avant d&apos;avoir été donné</translation>
    </message>
    <message>
        <source>the meeting ends before it starts</source>
        <translation>la réunion se termine avant de commencer</translation>
    </message>
    <message>
        <source>feedback is about exactly one operation or one meeting</source>
        <translation>un retour d&apos;expérience porte sur exactement une opération ou une réunion</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Affectations</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>Survivant</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>Survivants</translation>
    </message>
    <message>
        <source>Survivor identity</source>
        <translation>Identité du survivant</translation>
    </message>
    <message>
        <source>Survivor identities</source>
        <translation>Identités des survivants</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocoles</translation>
    </message>
    <message>
        <source>Protocol step</source>
        <translation>Étape du protocole</translation>
    </message>
    <message>
        <source>Protocol steps</source>
        <translation>Étapes du protocole</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Étape de la liste de contrôle</translation>
    </message>
    <message>
        <source>Checklist steps</source>
        <translation>Étapes de la liste de contrôle</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action à mener</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions à mener</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retour d&apos;expérience</translation>
    </message>
    <message>
        <source>a referral&apos;s answer needs the service the survivor was referred to</source>
        <translation>la réponse à une orientation demande le service vers lequel la personne survivante a été orientée</translation>
    </message>
    <message>
        <source>a refused referral needs the reason the service gave</source>
        <translation>une orientation refusée demande le motif donné par le service</translation>
    </message>
    <message>
        <source>a reason is recorded only for a refused referral</source>
        <translation>un motif n’est enregistré que pour une orientation refusée</translation>
    </message>
    <message>
        <source>a referral has a time of answer but no answer</source>
        <translation>une orientation a une heure de réponse mais aucune réponse</translation>
    </message>
    <message>
        <source>the age band %1 and the minor box disagree</source>
        <translation>la tranche d&apos;âge %1 et la case «&#xa0;mineur&#xa0;» ne concordent pas</translation>
    </message>
    <message>
        <source>the age band %1 makes the survivor a minor; to record an adult, change the age band</source>
        <translation>la tranche d&apos;âge %1 fait du survivant un mineur&#xa0;; pour enregistrer un adulte, changez la tranche d&apos;âge</translation>
    </message>
    <message>
        <source>the age band %1 is an adult&apos;s; when the age is in doubt, choose the age band Unknown to record a presumed minor</source>
        <translation>la tranche d&apos;âge %1 est celle d&apos;un adulte&#xa0;; en cas de doute sur l&apos;âge, choisissez la tranche Inconnue pour enregistrer un mineur présumé</translation>
    </message>
    <message>
        <source>a reason for withdrawal goes only with the date of withdrawal (withdrawn_at)</source>
        <translation>un motif de retrait ne va qu&apos;avec la date du retrait (withdrawn_at)</translation>
    </message>
    <message>
        <source>say why the consent is withdrawn (withdrawn_reason)</source>
        <translation>indiquez pourquoi le consentement est retiré (withdrawn_reason)</translation>
    </message>
    <message>
        <source>a reason for retiring goes only with a retired version</source>
        <translation>un motif de retrait ne va qu&apos;avec une version retirée</translation>
    </message>
    <message>
        <source>say why this version is retired (retired_reason)</source>
        <translation>indiquez pourquoi cette version est retirée (retired_reason)</translation>
    </message>
    <message>
        <source>a reason is recorded only for a step declined by the survivor or not applicable</source>
        <translation>un motif n&apos;est enregistré que pour une étape refusée par le survivant ou sans objet</translation>
    </message>
    <message>
        <source>say why the survivor declined this step (reason)</source>
        <translation>indiquez pourquoi le survivant a refusé cette étape (reason)</translation>
    </message>
    <message>
        <source>say why this step does not apply to the survivor (reason)</source>
        <translation>indiquez pourquoi cette étape est sans objet pour le survivant (reason)</translation>
    </message>
    <message>
        <source>its action item &quot;%1&quot; is due (%2) before the new start (%3); move the action item first</source>
        <translation>son action «&#xa0;%1&#xa0;» est due (%2) avant le nouveau début (%3)&#xa0;; déplacez d&apos;abord l&apos;action</translation>
    </message>
    <message>
        <source>the action item is due (%1) before its meeting starts (%2)</source>
        <translation>l&apos;action est due (%1) avant le début de sa réunion (%2)</translation>
    </message>
    <message>
        <source>a tip needs what was reported: a place, an indicator or a description</source>
        <translation>un signalement doit dire ce qui a été signalé&#xa0;: un lieu, un indicateur ou une description</translation>
    </message>
    <message>
        <source>Change since approval</source>
        <translation>Changement depuis l’approbation</translation>
    </message>
    <message>
        <source>Changes since approval</source>
        <translation>Changements depuis l’approbation</translation>
    </message>
    <message>
        <source>the offices an office trusts follow from trusting partners (Exchange); they are not written by hand</source>
        <translation>les bureaux auxquels un bureau fait confiance découlent de la confiance accordée aux partenaires (Échange) ; ils ne s’écrivent pas à la main</translation>
    </message>
    <message>
        <source>Sharing group</source>
        <translation>Groupe de partage</translation>
    </message>
    <message>
        <source>Sharing groups</source>
        <translation>Groupes de partage</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>a recall is not changed once it is made</source>
        <translation>un rappel ne se modifie plus une fois émis</translation>
    </message>
    <message>
        <source>a recall stays: it is what keeps an erased identity erased</source>
        <translation>un rappel reste : c&apos;est lui qui garde effacée une identité effacée</translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Warrants</source>
        <translation>Mandats</translation>
    </message>
    <message>
        <source>a warrant expires after it is issued</source>
        <translation>un mandat expire après sa délivrance</translation>
    </message>
    <message>
        <source>Operation attachment</source>
        <translation>Pièce jointe d&apos;opération</translation>
    </message>
    <message>
        <source>Operation attachments</source>
        <translation>Pièces jointes d&apos;opérations</translation>
    </message>
    <message>
        <source>Target attachment</source>
        <translation>Pièce jointe de cible</translation>
    </message>
    <message>
        <source>Target attachments</source>
        <translation>Pièces jointes de cibles</translation>
    </message>
    <message>
        <source>Warrant scan</source>
        <translation>Copie numérisée de mandat</translation>
    </message>
    <message>
        <source>Warrant scans</source>
        <translation>Copies numérisées de mandats</translation>
    </message>
    <message>
        <source>Survivor attachment</source>
        <translation>Pièce jointe de survivant</translation>
    </message>
    <message>
        <source>Survivor attachments</source>
        <translation>Pièces jointes de survivants</translation>
    </message>
    <message>
        <source>Meeting attachment</source>
        <translation>Pièce jointe de réunion</translation>
    </message>
    <message>
        <source>Meeting attachments</source>
        <translation>Pièces jointes de réunions</translation>
    </message>
    <message>
        <source>Tip attachment</source>
        <translation>Pièce jointe de signalement</translation>
    </message>
    <message>
        <source>Tip attachments</source>
        <translation>Pièces jointes de signalements</translation>
    </message>
</context>
<context>
    <name>tandem::Erasure</name>
    <message>
        <source>say which survivor (an id or a code)</source>
        <translation>indiquez quelle personne survivante (un identifiant ou un code)</translation>
    </message>
    <message>
        <source>no survivor %1 in this file</source>
        <translation>aucune personne survivante %1 dans ce fichier</translation>
    </message>
    <message>
        <source>two survivors have the code %1 (a clash for review): give the survivor&apos;s id</source>
        <translation>deux personnes survivantes ont le code %1 (un conflit à examiner) : donnez l&apos;identifiant de la personne</translation>
    </message>
    <message>
        <source>say why the identity is erased: a reason is kept with the erasure</source>
        <translation>dites pourquoi l&apos;identité est effacée : le motif est conservé avec l&apos;effacement</translation>
    </message>
    <message>
        <source>the reason is too long (%1 characters; at most 500)</source>
        <translation>le motif est trop long (%1 caractères ; 500 au plus)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of erasure</source>
        <translation>« %1 » n&apos;est pas un type d&apos;effacement</translation>
    </message>
    <message>
        <source>survivor %1 has no identity recorded here: there is nothing to erase</source>
        <translation>la personne survivante %1 n&apos;a pas d&apos;identité enregistrée ici : il n&apos;y a rien à effacer</translation>
    </message>
    <message>
        <source>the identity of survivor %1 was already erased here (%2)</source>
        <translation>l&apos;identité de la personne survivante %1 a déjà été effacée ici (%2)</translation>
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
        <translation>choisissez au moins un bureau partenaire pour lequel exporter</translation>
    </message>
    <message>
        <source>not a trusted partner office</source>
        <translation>n&apos;est pas un bureau partenaire de confiance</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>export annulé</translation>
    </message>
    <message>
        <source>cannot count identities</source>
        <translation>impossible de compter les identités</translation>
    </message>
    <message>
        <source>%1 rows (%2) to %3</source>
        <translation>%1 lignes (%2) pour %3</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>changes after %1</source>
        <translation>modifications après %1</translation>
    </message>
    <message>
        <source>cannot count conflicts</source>
        <translation>impossible de compter les conflits</translation>
    </message>
    <message>
        <source>cannot count changes</source>
        <translation>impossible de compter les modifications</translation>
    </message>
    <message>
        <source>bundle payload has no readable manifest: %1</source>
        <translation>la charge utile du lot n&apos;a pas de manifeste lisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>bundle payload manifest lacks &quot;%1&quot;</source>
        <translation>il manque «&#xa0;%1&#xa0;» dans le manifeste de la charge utile du lot</translation>
    </message>
    <message>
        <source>cannot check the payload</source>
        <translation>impossible de vérifier la charge utile</translation>
    </message>
    <message>
        <source>bundle payload is damaged: table &quot;%1&quot; has malformed rows</source>
        <translation>la charge utile du lot est endommagée&#xa0;: la table «&#xa0;%1&#xa0;» contient des lignes mal formées</translation>
    </message>
    <message>
        <source>bundle payload format %1 is not known to this version of Tandem</source>
        <translation>le format de charge utile %1 n&apos;est pas connu de cette version de Tandem</translation>
    </message>
    <message>
        <source>bundle was made by a newer version of Tandem (schema %1; this version reads up to %2)</source>
        <translation>le lot a été créé par une version plus récente de Tandem (schéma %1&#xa0;; cette version lit jusqu&apos;au schéma %2)</translation>
    </message>
    <message>
        <source>bundle payload names another sender than its envelope</source>
        <translation>la charge utile du lot indique un autre expéditeur que son enveloppe</translation>
    </message>
    <message>
        <source>bundle carries changes dated %1, more than a day ahead of this computer&apos;s clock (%2): the sender&apos;s clock is wrong; ask them to correct it and export again</source>
        <translation>le lot contient des modifications datées du %1, plus d&apos;un jour en avance sur l&apos;horloge de cet ordinateur (%2)&#xa0;: l&apos;horloge de l&apos;expéditeur est fausse&#xa0;; demandez-lui de la corriger et d&apos;exporter à nouveau</translation>
    </message>
    <message>
        <source>before merge from %1</source>
        <translation>avant fusion du lot de %1</translation>
    </message>
    <message>
        <source>cannot read the payload</source>
        <translation>impossible de lire la charge utile</translation>
    </message>
    <message>
        <source>merge cancelled</source>
        <translation>fusion annulée</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 deleted, %4 conflicts from %5</source>
        <translation>%1 nouvelles fiches, %2 mises à jour, %3 supprimées, %4 conflits, provenant de %5</translation>
    </message>
    <message>
        <source>this office&apos;s changes are dated up to %1, more than a day ahead of this computer&apos;s clock (%2): partners would refuse the bundle. If the clock is right now, repair this office&apos;s clock first (tandem-cli repair-clock)</source>
        <translation>les modifications de ce bureau sont datées jusqu’au %1, plus d’un jour en avance sur l’horloge de cet ordinateur (%2) : les partenaires refuseraient le lot. Si l’horloge est juste désormais, réparez d’abord l’horloge de ce bureau (tandem-cli repair-clock)</translation>
    </message>
    <message>
        <source>a required field is empty</source>
        <translation>un champ obligatoire est vide</translation>
    </message>
    <message>
        <source>bundle refused: %1, field &quot;%2&quot;: %3</source>
        <translation>lot refusé : %1, champ « %2 » : %3</translation>
    </message>
    <message>
        <source>bundle refused: %1: %2</source>
        <translation>lot refusé : %1 : %2</translation>
    </message>
    <message>
        <source>bundle refused: it claims to have seen changes of this office dated %1, later than any change this office made</source>
        <translation>lot refusé : il affirme avoir vu des modifications de ce bureau datées du %1, postérieures à toute modification faite par ce bureau</translation>
    </message>
    <message>
        <source>bundle refused: it would change this office&apos;s own record (field &quot;%1&quot;), which only this office writes</source>
        <translation>lot refusé : il modifierait l’enregistrement propre de ce bureau (champ « %1 »), que seul ce bureau écrit</translation>
    </message>
    <message>
        <source>bundle refused: %1, field &quot;%2&quot; carries a change in this office&apos;s name that this office never made</source>
        <translation>lot refusé : %1, le champ « %2 » porte une modification au nom de ce bureau que ce bureau n’a jamais faite</translation>
    </message>
    <message>
        <source>bundle refused: its acknowledgement of this office&apos;s changes is not a number</source>
        <translation>lot refusé : son accusé de réception des modifications de ce bureau n’est pas un nombre</translation>
    </message>
    <message>
        <source>bundle refused: %1 acknowledges this office&apos;s changes up to number %2, but only changes up to number %3 were ever sent to it</source>
        <translation>lot refusé : %1 accuse réception des modifications de ce bureau jusqu’au numéro %2, mais seules les modifications jusqu’au numéro %3 lui ont été envoyées</translation>
    </message>
    <message>
        <source>%1 records renewed: the clock had run ahead to %2</source>
        <translation>%1 enregistrements renouvelés : l’horloge avait avancé jusqu’au %2</translation>
    </message>
    <message>
        <source>a survivor&apos;s identity is due to go with this bundle, and only a lead&apos;s or liaison&apos;s passphrase opens it: ask a lead or liaison to export it</source>
        <translation>l’identité d’un survivant doit partir avec ce lot, et seule la phrase secrète d’un responsable ou d’un agent de liaison l’ouvre : demandez à un responsable ou à un agent de liaison de l’exporter</translation>
    </message>
    <message numerus="yes">
        <source>%n survivors&apos; identities are due to go with this bundle, and only a lead&apos;s or liaison&apos;s passphrase opens them: ask a lead or liaison to export it</source>
        <translation>
            <numerusform>%n identité de survivant doit partir avec ce lot, et seule la phrase secrète d’un responsable ou d’un agent de liaison l’ouvre : demandez à un responsable ou à un agent de liaison de l’exporter</numerusform>
            <numerusform>%n identités de survivants doivent partir avec ce lot, et seule la phrase secrète d’un responsable ou d’un agent de liaison les ouvre : demandez à un responsable ou à un agent de liaison de l’exporter</numerusform>
        </translation>
    </message>
    <message>
        <source>this bundle carries a survivor&apos;s identity, and only a lead&apos;s or liaison&apos;s passphrase opens it to compare and keep it: ask a lead or liaison to merge it</source>
        <translation>ce lot porte l’identité d’un survivant, et seule la phrase secrète d’un responsable ou d’un agent de liaison l’ouvre pour la comparer et la garder : demandez à un responsable ou à un agent de liaison de le fusionner</translation>
    </message>
    <message numerus="yes">
        <source>this bundle carries %n survivors&apos; identities, and only a lead&apos;s or liaison&apos;s passphrase opens them to compare and keep them: ask a lead or liaison to merge it</source>
        <translation>
            <numerusform>ce lot porte %n identité de survivant, et seule la phrase secrète d’un responsable ou d’un agent de liaison l’ouvre pour la comparer et la garder : demandez à un responsable ou à un agent de liaison de le fusionner</numerusform>
            <numerusform>ce lot porte %n identités de survivants, et seule la phrase secrète d’un responsable ou d’un agent de liaison les ouvre pour les comparer et les garder : demandez à un responsable ou à un agent de liaison de le fusionner</numerusform>
        </translation>
    </message>
    <message>
        <source>the merge could not be recorded for an undo, so nothing was merged: %1</source>
        <translation>la fusion n’a pas pu être enregistrée pour être annulée, donc rien n’a été fusionné : %1</translation>
    </message>
    <message>
        <source>a bundle for this office&apos;s other machines is made for them alone, not with partner offices</source>
        <translation>un lot destiné aux autres postes de ce bureau est fait pour eux seuls, pas avec des bureaux partenaires</translation>
    </message>
    <message>
        <source>cannot read the partner offices</source>
        <translation>impossible de lire les bureaux partenaires</translation>
    </message>
    <message>
        <source>bundle payload manifest names no valid office for its sender</source>
        <translation>le manifeste de la charge utile du lot n&apos;indique aucun bureau valide pour son expéditeur</translation>
    </message>
    <message>
        <source>bundle refused: %1 says this office issued it, and no machine of this office did</source>
        <translation>lot refusé : %1 indique que ce bureau l&apos;a émis, et aucun poste de ce bureau ne l&apos;a fait</translation>
    </message>
    <message>
        <source>bundle carries a part of an attached file that is malformed (&quot;%1&quot;)</source>
        <translation>le lot porte une partie de pièce jointe mal formée («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 %2: a part of its file is neither in the bundle nor in this file (chunk %3); nothing was merged</source>
        <translation>%1 %2&#xa0;: une partie de son fichier ne se trouve ni dans le lot ni dans ce fichier (fragment %3)&#xa0;; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <source>a part of an attached file is missing from this file (chunk %1): run tandem-cli check</source>
        <translation>une partie d&apos;une pièce jointe manque dans ce fichier (fragment %1) : lancez tandem-cli check</translation>
    </message>
    <message>
        <source>bundle carries a part of an attached file it does not list (chunk %1); nothing was merged</source>
        <translation>le lot contient une partie de pièce jointe qu&apos;il ne liste pas (fragment %1) ; rien n&apos;a été fusionné</translation>
    </message>
    <message>
        <source>bundle lists a part of an attached file it does not carry (chunk %1); nothing was merged</source>
        <translation>le lot liste une partie de pièce jointe qu&apos;il ne contient pas (fragment %1) ; rien n&apos;a été fusionné</translation>
    </message>
</context>
<context>
    <name>tandem::ExchangeController</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The office keys are unlocked.</source>
        <translation>Les clés du bureau sont déverrouillées.</translation>
    </message>
    <message>
        <source>The office keys are locked.</source>
        <translation>Les clés du bureau sont verrouillées.</translation>
    </message>
    <message>
        <source>The key card carries this office&apos;s public keys.</source>
        <translation>La carte de clé contient les clés publiques de ce bureau.</translation>
    </message>
    <message>
        <source>The office keys could not be made.</source>
        <translation>Les clés du bureau n&apos;ont pas pu être créées.</translation>
    </message>
    <message>
        <source>The key card could not be made.</source>
        <translation>La carte de clé n&apos;a pas pu être créée.</translation>
    </message>
    <message>
        <source>Trust a Partner Office</source>
        <translation>Faire confiance à un bureau partenaire</translation>
    </message>
    <message>
        <source>Tandem office cards (*.card);;All files (*)</source>
        <translation>Cartes de clé de bureau Tandem (*.card);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The partner office was not trusted.</source>
        <translation>Le bureau partenaire n&apos;a pas été ajouté aux bureaux de confiance.</translation>
    </message>
    <message>
        <source>%1 is already trusted, with this same key card.</source>
        <translation>%1 est déjà un bureau de confiance, avec cette même carte de clé.</translation>
    </message>
    <message>
        <source>%1 is now a trusted partner office.</source>
        <translation>%1 est désormais un bureau partenaire de confiance.</translation>
    </message>
    <message>
        <source>The partner offices could not be read.</source>
        <translation>Les bureaux partenaires n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>Export for Partners</source>
        <translation>Exporter pour les partenaires</translation>
    </message>
    <message>
        <source>This office trusts no partner office yet.</source>
        <translation>Ce bureau ne fait encore confiance à aucun bureau partenaire.</translation>
    </message>
    <message>
        <source>Ask a partner office for its key card and trust it with Exchange ▸ Trust a Partner Office, then export for it.</source>
        <translation>Demandez à un bureau partenaire sa carte de clé et faites-lui confiance avec Échange ▸ Faire confiance à un bureau partenaire, puis exportez pour lui.</translation>
    </message>
    <message>
        <source>The bundle is signed with this office&apos;s key.</source>
        <translation>Le lot est signé avec la clé de ce bureau.</translation>
    </message>
    <message>
        <source>The bundle was not written.</source>
        <translation>Le lot n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Écriture du lot…</translation>
    </message>
    <message>
        <source>The export was cancelled; no bundle was written.</source>
        <translation>L&apos;export a été annulé&#xa0;; aucun lot n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%L1 records for %2 written to the bundle.</source>
        <translation>%L1 fiches pour %2 écrites dans le lot.</translation>
    </message>
    <message>
        <source>%1 (%2). Give it to them on a USB stick, by e-mail or on a shared drive: only they can open it.</source>
        <translation>%1 (%2). Transmettez-le-leur sur une clé USB, par e-mail ou via un lecteur partagé&#xa0;: eux seuls peuvent l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Merge a Bundle</source>
        <translation>Fusionner un lot</translation>
    </message>
    <message>
        <source>Tandem bundles (*.bundle);;All files (*)</source>
        <translation>Lots Tandem (*.bundle);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The bundle was not merged; nothing was changed.</source>
        <translation>Le lot n&apos;a pas été fusionné&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The bundle opens with this office&apos;s key.</source>
        <translation>Le lot s&apos;ouvre avec la clé de ce bureau.</translation>
    </message>
    <message>
        <source>Checking and merging the bundle…</source>
        <translation>Vérification et fusion du lot…</translation>
    </message>
    <message>
        <source>The merge was cancelled; nothing was changed.</source>
        <translation>La fusion a été annulée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1&apos;s new key is trusted; bundles signed with its old key are refused from now on.</source>
        <translation>La nouvelle clé de %1 est approuvée ; les lots signés avec son ancienne clé sont désormais refusés.</translation>
    </message>
    <message>
        <source>The partner office&apos;s trust was not revoked.</source>
        <translation>La confiance envers le bureau partenaire n’a pas été révoquée.</translation>
    </message>
    <message>
        <source>it is no longer a trusted partner office</source>
        <translation>ce n’est plus un bureau partenaire de confiance</translation>
    </message>
    <message>
        <source>Untrust a Partner Office</source>
        <translation>Retirer la confiance à un bureau partenaire</translation>
    </message>
    <message>
        <source>Stop trusting %1?</source>
        <translation>Ne plus faire confiance à %1 ?</translation>
    </message>
    <message>
        <source>Bundles from %1 will be refused and no bundle will be made for it. Its records stay in this file. To exchange with it again, trust its key card again.</source>
        <translation>Les lots de %1 seront refusés et aucun lot ne sera fait pour lui. Ses enregistrements restent dans ce fichier. Pour échanger de nouveau avec lui, approuvez de nouveau sa carte de clé.</translation>
    </message>
    <message>
        <source>&amp;Untrust</source>
        <translation>&amp;Retirer la confiance</translation>
    </message>
    <message>
        <source>%1 is no longer trusted.</source>
        <translation>%1 n’est plus approuvé.</translation>
    </message>
    <message>
        <source>The machines of this office could not be read.</source>
        <translation>Les postes de ce bureau n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>%1 (a machine of this office)</source>
        <translation>%1 (un poste de ce bureau)</translation>
    </message>
</context>
<context>
    <name>tandem::ExchangeFolder</name>
    <message>
        <source>the exchange folder does not exist (is the share or the stick there?)</source>
        <translation>le dossier d’échange n’existe pas (le partage ou la clé USB est-il là ?)</translation>
    </message>
    <message>
        <source>this is a file, not a folder</source>
        <translation>c’est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>the exchange folder cannot be written (read only, or the disk is full): %1</source>
        <translation>le dossier d’échange ne peut pas être écrit (lecture seule ou disque plein) : %1</translation>
    </message>
    <message>
        <source>no bundle could be written for %1: %2</source>
        <translation>aucun paquet n’a pu être écrit pour %1 : %2</translation>
    </message>
    <message>
        <source>the bundle for %1 could not be put in the folder</source>
        <translation>le paquet pour %1 n’a pas pu être placé dans le dossier</translation>
    </message>
    <message>
        <source>the exchange was cancelled: the bundles merged before stay merged, and the one being merged was left as it was for the next exchange</source>
        <translation>l’échange a été annulé : les paquets fusionnés avant le restent, et celui en cours de fusion est laissé tel quel pour le prochain échange</translation>
    </message>
    <message>
        <source>cannot read the partner offices</source>
        <translation>impossible de lire les bureaux partenaires</translation>
    </message>
</context>
<context>
    <name>tandem::ExchangeView</name>
    <message>
        <source>Partner offices</source>
        <translation>Bureaux partenaires</translation>
    </message>
    <message>
        <source>No partner office yet. Ask a partner for its key card, then trust it to exchange bundles with it.</source>
        <translation>Pas encore de bureau partenaire. Demandez à un partenaire sa carte de clé, puis faites-lui confiance pour échanger des lots avec lui.</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Keep the value of %1 (%2)</source>
        <translation>Conserver la valeur de %1 (%2)</translation>
    </message>
    <message>
        <source>Take the other value of %1 (%2)</source>
        <translation>Prendre l&apos;autre valeur de %1 (%2)</translation>
    </message>
    <message>
        <source>The conflict could not be resolved.</source>
        <translation>Le conflit n&apos;a pas pu être résolu.</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Rien à examiner</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflit</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflicts</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Untrust…</source>
        <translation>&amp;Retirer la confiance…</translation>
    </message>
    <message>
        <source>Stop trusting the selected partner office: its bundles are refused</source>
        <translation>Retirer la confiance au bureau partenaire sélectionné : ses lots sont refusés</translation>
    </message>
    <message>
        <source>Delete %1 with its owner</source>
        <translation>Supprimer %1 avec son propriétaire</translation>
    </message>
    <message>
        <source>Restore the owner of %1</source>
        <translation>Restaurer le propriétaire de %1</translation>
    </message>
    <message>
        <source>The survivor could not be given a new code.</source>
        <translation>Le survivant n&apos;a pas pu recevoir un nouveau code.</translation>
    </message>
    <message>
        <source>New code %1 for survivor %2</source>
        <translation>Nouveau code %1 pour le survivant %2</translation>
    </message>
</context>
<context>
    <name>tandem::ExportDialog</name>
    <message>
        <source>Only what is &amp;new to them (incremental)</source>
        <translation>Seulement ce qui est &amp;nouveau pour eux (incrémentiel)</translation>
    </message>
    <message>
        <source>&amp;Everything (full)</source>
        <translation>&amp;Tout (complet)</translation>
    </message>
    <message>
        <source>Export for Partners</source>
        <translation>Exporter pour les partenaires</translation>
    </message>
    <message>
        <source>For which partner offices</source>
        <translation>Pour quels bureaux partenaires</translation>
    </message>
    <message>
        <source>Partner offices to export for</source>
        <translation>Bureaux partenaires pour lesquels exporter</translation>
    </message>
    <message>
        <source>Fingerprint %1
Last export: %2</source>
        <translation>Empreinte %1
Dernier export&#xa0;: %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>A bundle for several offices holds only what all of them may see.</source>
        <translation>Un lot destiné à plusieurs bureaux ne contient que ce que tous peuvent voir.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Everything this office shares, also what they already have: for a partner that lost its file or missed a bundle.</source>
        <translation>Tout ce que ce bureau partage, y compris ce qu&apos;ils ont déjà&#xa0;: pour un partenaire qui a perdu son fichier ou manqué un lot.</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Fichier du lot</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Bundle File</source>
        <translation>Fichier du lot</translation>
    </message>
    <message>
        <source>Tandem bundles (*.bundle)</source>
        <translation>Lots Tandem (*.bundle)</translation>
    </message>
    <message>
        <source>for-%1-%2.bundle</source>
        <translation>pour-%1-%2.bundle</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>tandem::Field</name>
    <message>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>Clé de chiffrement</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne à contacter</translation>
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
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Code name</source>
        <translation>Nom de code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Trafficking type</source>
        <translation>Type de traite</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Organisme chef de file</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Briefing time</source>
        <translation>Heure du briefing</translation>
    </message>
    <message>
        <source>Briefing place</source>
        <translation>Lieu du briefing</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Legal authority (warrants)</source>
        <translation>Fondement juridique (mandats)</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>Dangers</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Mesures d&apos;atténuation</translation>
    </message>
    <message>
        <source>Communications plan</source>
        <translation>Plan de communication</translation>
    </message>
    <message>
        <source>Contingency plan</source>
        <translation>Plan de secours</translation>
    </message>
    <message>
        <source>Medical plan</source>
        <translation>Plan médical</translation>
    </message>
    <message>
        <source>Nearest hospital</source>
        <translation>Hôpital le plus proche</translation>
    </message>
    <message>
        <source>Expected survivors</source>
        <translation>Survivants attendus</translation>
    </message>
    <message>
        <source>Expected minors</source>
        <translation>Mineurs attendus</translation>
    </message>
    <message>
        <source>Expected languages</source>
        <translation>Langues attendues</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>Besoins particuliers</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Entry points</source>
        <translation>Points d&apos;entrée</translation>
    </message>
    <message>
        <source>Occupants expected</source>
        <translation>Occupants attendus</translation>
    </message>
    <message>
        <source>Assigned team</source>
        <translation>Équipe affectée</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Chef d&apos;équipe</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Reporting location</source>
        <translation>Lieu de rendez-vous</translation>
    </message>
    <message>
        <source>Reporting time</source>
        <translation>Heure de rendez-vous</translation>
    </message>
    <message>
        <source>Radio channel</source>
        <translation>Canal radio</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Owner agency</source>
        <translation>Organisme responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Recovered at</source>
        <translation>Lieu du sauvetage</translation>
    </message>
    <message>
        <source>Rescue time (T0)</source>
        <translation>Heure du sauvetage (T0)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Foreign national</source>
        <translation>Ressortissant étranger</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Sexual violence reported</source>
        <translation>Violences sexuelles signalées</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>Survivant</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Recipient office</source>
        <translation>Bureau destinataire</translation>
    </message>
    <message>
        <source>Recipient agency</source>
        <translation>Organisme destinataire</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine révision</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Révisé par</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Rôle responsable</translation>
    </message>
    <message>
        <source>Due relative to</source>
        <translation>Échéance par rapport à</translation>
    </message>
    <message>
        <source>Due offset (minutes)</source>
        <translation>Décalage d&apos;échéance (minutes)</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Protocol step</source>
        <translation>Étape du protocole</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Réalisée par</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Réalisée le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Orienté vers</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Accepts minors</source>
        <translation>Accepte les mineurs</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Source (protected)</source>
        <translation>Source (protégée)</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Crédibilité</translation>
    </message>
    <message>
        <source>Linked operation</source>
        <translation>Opération liée</translation>
    </message>
    <message>
        <source>Planning (1–5)</source>
        <translation>Planification (1–5)</translation>
    </message>
    <message>
        <source>Communication (1–5)</source>
        <translation>Communication (1–5)</translation>
    </message>
    <message>
        <source>Victim care (1–5)</source>
        <translation>Prise en charge des victimes (1–5)</translation>
    </message>
    <message>
        <source>Safety (1–5)</source>
        <translation>Sécurité (1–5)</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Ce qui a fonctionné</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Ce qu&apos;il faut changer</translation>
    </message>
    <message>
        <source>Referral answer</source>
        <translation>Réponse à l’orientation</translation>
    </message>
    <message>
        <source>Reason refused</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <source>Referral outcome</source>
        <translation>Résultat de l’orientation</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Leçon retenue</translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation>Motif du retrait</translation>
    </message>
    <message>
        <source>Reason for retiring</source>
        <translation>Motif du retrait</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Type d’enregistrement</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Date du changement</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Sharing group</source>
        <translation>Groupe de partage</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Partagé par</translation>
    </message>
    <message>
        <source>Trusts</source>
        <translation>Fait confiance à</translation>
    </message>
    <message>
        <source>Member offices</source>
        <translation>Bureaux membres</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Code du bureau</translation>
    </message>
    <message>
        <source>Code words</source>
        <translation>Mots convenus</translation>
    </message>
    <message>
        <source>Need-to-know roles</source>
        <translation>Rôles ayant besoin d&apos;en connaître</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Émis par</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Attached by</source>
        <translation>Joint par</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Joint le</translation>
    </message>
    <message>
        <source>Needs a warrant</source>
        <translation>Nécessite un mandat</translation>
    </message>
    <message>
        <source>Warrant number</source>
        <translation>Numéro du mandat</translation>
    </message>
    <message>
        <source>Issuing court</source>
        <translation>Juridiction émettrice</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juge</translation>
    </message>
    <message>
        <source>Targets covered</source>
        <translation>Cibles couvertes</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Signalement</translation>
    </message>
</context>
<context>
    <name>tandem::FieldEditor</name>
    <message>
        <source>%1 takes at most %L2 characters; the text would have had %L3, so it was not taken.</source>
        <translation>%1 accepte au plus %L2 caractères&#xa0;; le texte en aurait compté %L3, il n&apos;a donc pas été pris en compte.</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 is a whole number from %L2 to %L3; “%4” was not taken.</source>
        <translation>%1 est un nombre entier de %L2 à %L3&#xa0;; «&#xa0;%4&#xa0;» n&apos;a pas été pris en compte.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>One of this office&apos;s people</source>
        <translation>Une des personnes de ce bureau</translation>
    </message>
    <message>
        <source>A group of another office</source>
        <translation>Un groupe d’un autre bureau</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Groupe : %1</translation>
    </message>
    <message>
        <source>Never leaves this office</source>
        <translation>Ne quitte jamais ce bureau</translation>
    </message>
    <message>
        <source>Goes to the offices that the office it comes from trusts</source>
        <translation>Va aux bureaux auxquels fait confiance le bureau d’où il vient</translation>
    </message>
    <message>
        <source>Goes to every office, relayed onward</source>
        <translation>Va à tous les bureaux, relayé de proche en proche</translation>
    </message>
    <message>
        <source>Goes to the group&apos;s member offices only</source>
        <translation>Va aux seuls bureaux membres du groupe</translation>
    </message>
    <message>
        <source>(deleted %1)</source>
        <translation>(%1 supprimée)</translation>
    </message>
</context>
<context>
    <name>tandem::FieldMessage</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>tandem::FieldsPage</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
</context>
<context>
    <name>tandem::FigureModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>tandem::FigurePanel</name>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>Enregistrer le graphique en PNG…</translation>
    </message>
    <message>
        <source>Save Table as CSV…</source>
        <translation>Enregistrer le tableau en CSV…</translation>
    </message>
    <message>
        <source>The chart could not be saved.</source>
        <translation>Le graphique n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation>l&apos;image n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <source>The table could not be saved.</source>
        <translation>Le tableau n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save Table as CSV</source>
        <translation>Enregistrer le tableau en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
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
        <translation>%1 ne peut pas être ouvert en modification.</translation>
    </message>
    <message>
        <source>%1

%2

You can open it read-only: you can read it and save a copy of it, but not change it.</source>
        <translation>%1

%2

Vous pouvez l&apos;ouvrir en lecture seule&#xa0;: vous pourrez le lire et en enregistrer une copie, mais pas le modifier.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Tandem files (*.tandem)</source>
        <translation>Fichiers Tandem (*.tandem)</translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation>La copie n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>this is the open file itself; choose another name</source>
        <translation>c&apos;est le fichier ouvert lui-même&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>Copie de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The copy was cancelled; no file was written.</source>
        <translation>La copie a été annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>saved a copy to %1</source>
        <translation>copie enregistrée dans %1</translation>
    </message>
    <message>
        <source>Saved a copy as %1 (%2).</source>
        <translation>Copie enregistrée sous %1 (%2).</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>La sauvegarde n&apos;a pas été restaurée.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>There is no backup of %1 yet.</source>
        <translation>Il n&apos;existe encore aucune sauvegarde de %1.</translation>
    </message>
    <message>
        <source>Everything written to %1 since %2 is lost from it: %L3 changes to records (edits made here and records merged from partners), %L4 entries of the audit trail, and the undo history.</source>
        <translation>Tout ce qui a été écrit dans %1 depuis %2 y sera perdu&#xa0;: %L3 modifications de fiches (modifications faites ici et fiches fusionnées depuis les partenaires), %L4 entrées du journal d&apos;audit, et l&apos;historique d&apos;annulation.</translation>
    </message>
    <message>
        <source>Nothing was written to %1 since %2: the file will be as it is now.</source>
        <translation>Rien n&apos;a été écrit dans %1 depuis %2&#xa0;: le fichier restera tel qu&apos;il est maintenant.</translation>
    </message>
    <message>
        <source>Restore %1 as it was on %2?</source>
        <translation>Restaurer %1 tel qu&apos;il était le %2&#xa0;?</translation>
    </message>
    <message>
        <source>The file as it is now is kept as a backup first (“before restore”), so you can go back to it from this same list.</source>
        <translation>Le fichier dans son état actuel est d&apos;abord conservé comme sauvegarde («&#xa0;avant restauration&#xa0;»), vous pouvez donc y revenir depuis cette même liste.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>restored the backup of %1 (%2)</source>
        <translation>sauvegarde de %1 restaurée (%2)</translation>
    </message>
    <message>
        <source>Restored %1 as it was on %2. The file as it was before is kept as a backup.</source>
        <translation>%1 restauré tel qu&apos;il était le %2. Le fichier dans son état précédent est conservé comme sauvegarde.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sauvegardé dans %1.</translation>
    </message>
    <message>
        <source>The routine backup was not made: %1</source>
        <translation>La sauvegarde régulière n&apos;a pas été faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>à la fermeture</translation>
    </message>
    <message>
        <source>on opening</source>
        <translation>à l&apos;ouverture</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>Sauvegarde de %1…</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>faite à la main</translation>
    </message>
    <message>
        <source>The backup was cancelled; none was made.</source>
        <translation>La sauvegarde a été annulée&#xa0;; aucune n&apos;a été faite.</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>La sauvegarde n&apos;a pas été faite.</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2). Restore from Backup lists it.</source>
        <translation>Sauvegardé dans %1 (%2). Restaurer depuis une sauvegarde la propose.</translation>
    </message>
    <message>
        <source>The records it changed go back to how they were before it, and the records it added are removed; the other records keep what was done to them since. Partners send what it merged again at the next exchange.</source>
        <translation>Les enregistrements qu’elle a modifiés reviennent à leur état d’avant, et ceux qu’elle a ajoutés sont supprimés ; les autres enregistrements gardent ce qui leur a été fait depuis. Les partenaires renverront ce qu’elle a fusionné au prochain échange.</translation>
    </message>
    <message>
        <source>Undo the change of %1 (“%2”)?</source>
        <translation>Annuler la modification du %1 (« %2 ») ?</translation>
    </message>
    <message>
        <source>The undo is itself kept in this list, so you can bring the change back.</source>
        <translation>L’annulation est elle-même conservée dans cette liste : vous pouvez rétablir la modification.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler la modification</translation>
    </message>
    <message>
        <source>Nothing was undone.</source>
        <translation>Rien n’a été annulé.</translation>
    </message>
    <message>
        <source>Undone: %1 records put back as they were, %2 removed.</source>
        <translation>Annulé : %1 enregistrements remis dans leur état d’avant, %2 supprimés.</translation>
    </message>
    <message>
        <source>Tandem keeps an undo of every merge of a bundle, and copies the file when it is opened (once a day) and closed after changes, and with File ▸ Back Up Now, in the folder %1.</source>
        <translation>Tandem garde de quoi annuler chaque fusion d’un paquet, et copie le fichier à l’ouverture (une fois par jour), à la fermeture après des modifications et avec Fichier ▸ Sauvegarder maintenant, dans le dossier %1.</translation>
    </message>
    <message>
        <source>The later change kept in this list is undone first.</source>
        <translation>La modification ultérieure conservée dans cette liste est annulée d’abord.</translation>
    </message>
    <message numerus="yes">
        <source>%n later changes kept in this list are undone first.</source>
        <translation>
            <numerusform>%n modification ultérieure conservée dans cette liste est annulée d’abord.</numerusform>
            <numerusform>%n modifications ultérieures conservées dans cette liste sont annulées d’abord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::FingerprintLabel</name>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
</context>
<context>
    <name>tandem::FolderExchange</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>1 bundle merged</source>
        <translation>1 paquet fusionné</translation>
    </message>
    <message numerus="yes">
        <source>%n bundles merged</source>
        <translation>
            <numerusform>%n paquet fusionné</numerusform>
            <numerusform>%n paquets fusionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>1 bundle written</source>
        <translation>1 paquet écrit</translation>
    </message>
    <message numerus="yes">
        <source>%n bundles written</source>
        <translation>
            <numerusform>%n paquet écrit</numerusform>
            <numerusform>%n paquets écrits</numerusform>
        </translation>
    </message>
    <message>
        <source>1 bundle set aside</source>
        <translation>1 paquet mis de côté</translation>
    </message>
    <message numerus="yes">
        <source>%n bundles set aside</source>
        <translation>
            <numerusform>%n paquet mis de côté</numerusform>
            <numerusform>%n paquets mis de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>1 bundle still arriving</source>
        <translation>1 paquet encore en train d’arriver</translation>
    </message>
    <message numerus="yes">
        <source>%n bundles still arriving</source>
        <translation>
            <numerusform>%n paquet encore en train d’arriver</numerusform>
            <numerusform>%n paquets encore en train d’arriver</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>rien de nouveau</translation>
    </message>
    <message>
        <source>Exchange Folder</source>
        <translation>Dossier d’échange</translation>
    </message>
    <message>
        <source>Point Tandem at a folder that a sync engine keeps in step with your partners (Syncthing, a Nextcloud or network share, or a USB stick carried by hand). Tandem writes each trusted partner&apos;s changes there as sealed bundles and merges the ones addressed to this office, on its own while the office keys are unlocked.</source>
        <translation>Indiquez à Tandem un dossier qu’un moteur de synchronisation tient à jour avec vos partenaires (Syncthing, un partage Nextcloud ou réseau, ou une clé USB portée à la main). Tandem y écrit les modifications destinées à chaque partenaire de confiance sous forme de paquets scellés et fusionne ceux adressés à ce bureau, de lui-même tant que les clés du bureau sont déverrouillées.</translation>
    </message>
    <message>
        <source>Exchange folder</source>
        <translation>Dossier d’échange</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Stop Using It</source>
        <translation>&amp;Ne plus l’utiliser</translation>
    </message>
    <message>
        <source>&amp;Exchange Now</source>
        <translation>&amp;Échanger maintenant</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Last written for it</source>
        <translation>Dernier écrit pour lui</translation>
    </message>
    <message>
        <source>Last merged from it</source>
        <translation>Dernier fusionné venant de lui</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Où il en est</translation>
    </message>
    <message>
        <source>Set aside (bundles that could not be merged)</source>
        <translation>Mis de côté (paquets qui n’ont pas pu être fusionnés)</translation>
    </message>
    <message>
        <source>Bundles set aside</source>
        <translation>Paquets mis de côté</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Mis de côté</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Choose the Exchange Folder</source>
        <translation>Choisir le dossier d’échange</translation>
    </message>
    <message>
        <source>The folder was not chosen.</source>
        <translation>Le dossier n’a pas été choisi.</translation>
    </message>
    <message>
        <source>The folder is still in use.</source>
        <translation>Le dossier est toujours utilisé.</translation>
    </message>
    <message>
        <source>None: bundles are exchanged by hand</source>
        <translation>Aucun : les paquets sont échangés à la main</translation>
    </message>
    <message>
        <source>Choose a folder to exchange through it.</source>
        <translation>Choisissez un dossier pour échanger par lui.</translation>
    </message>
    <message>
        <source>The last exchange failed (%1): %2</source>
        <translation>Le dernier échange a échoué (%1) : %2</translation>
    </message>
    <message>
        <source>Last exchange %1: %2.</source>
        <translation>Dernier échange %1 : %2.</translation>
    </message>
    <message>
        <source>No exchange yet in this session: it starts once the office keys are unlocked (Exchange Now).</source>
        <translation>Pas encore d’échange dans cette session : il commence une fois les clés du bureau déverrouillées (Échanger maintenant).</translation>
    </message>
    <message>
        <source>A bundle waits for it in the folder</source>
        <translation>Un paquet l’attend dans le dossier</translation>
    </message>
    <message>
        <source>It has merged everything written for it</source>
        <translation>Il a fusionné tout ce qui a été écrit pour lui</translation>
    </message>
    <message>
        <source>Nothing written for it yet</source>
        <translation>Rien d’écrit pour lui pour l’instant</translation>
    </message>
    <message>
        <source>changes here since the last bundle</source>
        <translation>des modifications ici depuis le dernier paquet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>An office not trusted</source>
        <translation>Un bureau qui n’est pas de confiance</translation>
    </message>
    <message>
        <source>this is not a folder</source>
        <translation>ce n’est pas un dossier</translation>
    </message>
    <message>
        <source>Exchanging through the folder needs this office&apos;s key.</source>
        <translation>Échanger par le dossier demande la clé de ce bureau.</translation>
    </message>
    <message>
        <source>Nothing was exchanged.</source>
        <translation>Rien n’a été échangé.</translation>
    </message>
    <message>
        <source>The exchange folder could not be used: %1</source>
        <translation>Le dossier d’échange n’a pas pu être utilisé : %1</translation>
    </message>
    <message>
        <source>Exchange folder: %1.</source>
        <translation>Dossier d’échange : %1.</translation>
    </message>
    <message>
        <source>Exchanging through the folder…</source>
        <translation>Échange par le dossier…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Warning: the folder holds bundles under this office&apos;s name that this file did not write (%1). Is a copy of this file exchanging through the same folder? Another machine of the office needs a seat of its own.</source>
        <translation>Attention : le dossier contient des paquets au nom de ce bureau que ce fichier n’a pas écrits (%1). Une copie de ce fichier échange-t-elle par le même dossier ? Une autre machine du bureau a besoin d’un poste à elle.</translation>
    </message>
    <message>
        <source>Exchange folder: bundles under this office&apos;s name that this file did not write are in the folder (Exchange ▸ Exchange Folder… says which).</source>
        <translation>Dossier d’échange : le dossier contient des paquets au nom de ce bureau que ce fichier n’a pas écrits (Échange ▸ Dossier d’échange… dit lesquels).</translation>
    </message>
    <message>
        <source>1 bundle left for a lead or a liaison (it carries identities)</source>
        <translation>1 paquet laissé pour un responsable ou un agent de liaison (il porte des identités)</translation>
    </message>
    <message numerus="yes">
        <source>%n bundles left for a lead or a liaison (they carry identities)</source>
        <translation>
            <numerusform>%n paquet laissé pour un responsable ou un agent de liaison (il porte des identités)</numerusform>
            <numerusform>%n paquets laissés pour un responsable ou un agent de liaison (ils portent des identités)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (a machine of this office)</source>
        <translation>%1 (un poste de ce bureau)</translation>
    </message>
</context>
<context>
    <name>tandem::FollowUpModel</name>
    <message>
        <source>Meeting: %1</source>
        <translation>Réunion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Opération&#xa0;: %1</translation>
    </message>
    <message>
        <source>Review “%1”</source>
        <translation>Revoir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Protocol, version %1</source>
        <translation>Protocole, version %1</translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation>dernière&#xa0;: %1</translation>
    </message>
    <message>
        <source>What is owed between operations could not be read: %1</source>
        <translation>Ce qui reste dû entre les opérations n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fait&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” could not be marked done: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être marqué comme fait&#xa0;: %2</translation>
    </message>
    <message>
        <source>Action item: tick it when it is done</source>
        <translation>Action à mener&#xa0;: cochez-la quand elle est faite</translation>
    </message>
    <message>
        <source>Operation task: tick it when it is done</source>
        <translation>Tâche d&apos;opération&#xa0;: cochez-la quand elle est faite</translation>
    </message>
    <message>
        <source>Protocol review: open the protocol (double-click) and save the review</source>
        <translation>Revue de protocole&#xa0;: ouvrez le protocole (double-clic) et enregistrez la revue</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 de retard</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>How late / in</source>
        <translation>Retard / dans</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Erase the identity of %1</source>
        <translation>Effacer l&apos;identité de %1</translation>
    </message>
    <message>
        <source>Kept past the retention period: open the survivor (double-click) and erase the identity</source>
        <translation>Conservée au-delà de la durée de conservation : ouvrez la personne survivante (double-clic) et effacez l&apos;identité</translation>
    </message>
    <message>
        <source>Action item, task, review or erasure</source>
        <translation>Action, tâche, révision ou effacement</translation>
    </message>
    <message>
        <source>%1, closed %2</source>
        <translation>%1, clôturée le %2</translation>
    </message>
    <message>
        <source>Warrant %1 is issued after the operation starts</source>
        <translation>Le mandat %1 est délivré après le début de l&apos;opération</translation>
    </message>
    <message>
        <source>Warrant %1 expires before the operation starts</source>
        <translation>Le mandat %1 expire avant le début de l&apos;opération</translation>
    </message>
    <message>
        <source>Due when the operation starts: open the operation (double-click) and add a warrant valid then</source>
        <translation>Échéance au début de l&apos;opération&#xa0;: ouvrez l&apos;opération (double-clic) et ajoutez un mandat valable à ce moment-là</translation>
    </message>
</context>
<context>
    <name>tandem::FormMessage</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>tandem::Groups</name>
    <message>
        <source>a sharing group needs a name</source>
        <translation>un groupe de partage a besoin d’un nom</translation>
    </message>
    <message>
        <source>there is already a sharing group named &quot;%1&quot;</source>
        <translation>il existe déjà un groupe de partage nommé « %1 »</translation>
    </message>
    <message>
        <source>there is no office with id %1 in the directory</source>
        <translation>il n’y a aucun bureau d’identifiant %1 dans l’annuaire</translation>
    </message>
    <message>
        <source>there is no office named &quot;%1&quot; in the directory</source>
        <translation>il n’y a aucun bureau nommé « %1 » dans l’annuaire</translation>
    </message>
    <message>
        <source>%1 offices are named &quot;%2&quot;: give the office&apos;s id</source>
        <translation>%1 bureaux s’appellent « %2 » : donnez l’identifiant du bureau</translation>
    </message>
</context>
<context>
    <name>tandem::HelpWindow</name>
    <message>
        <source>Tandem Guide</source>
        <translation>Guide de Tandem</translation>
    </message>
</context>
<context>
    <name>tandem::IdentityController</name>
    <message>
        <source>Survivors&apos; identifying details can be read while the office keys are unlocked. Click to lock them now.</source>
        <translation>Les données d&apos;identification des survivants peuvent être lues tant que les clés du bureau sont déverrouillées. Cliquez pour les verrouiller maintenant.</translation>
    </message>
    <message>
        <source>Office keys unlocked; click to lock</source>
        <translation>Clés du bureau déverrouillées&#xa0;; cliquez pour verrouiller</translation>
    </message>
    <message>
        <source>Survivors&apos; identities are unlocked until the keys go unused for %1 minutes.</source>
        <translation>Les identités des survivants restent déverrouillées jusqu&apos;à ce que les clés soient inutilisées pendant %1 minutes.</translation>
    </message>
    <message>
        <source>Survivors&apos; identities were not unlocked.</source>
        <translation>Les identités des survivants n&apos;ont pas été déverrouillées.</translation>
    </message>
    <message>
        <source>the file is open read-only, and every unlock of the office keys is written to its audit log; open it for changes to read identifying details</source>
        <translation>le fichier est ouvert en lecture seule, et chaque déverrouillage des clés du bureau est inscrit dans son journal d&apos;audit&#xa0;; ouvrez-le en modification pour lire les données d&apos;identification</translation>
    </message>
    <message>
        <source>To read survivors&apos; identifying details, sealed in the file.</source>
        <translation>Pour lire les données d&apos;identification des survivants, scellées dans le fichier.</translation>
    </message>
    <message>
        <source>the file is open read-only: nothing can be changed</source>
        <translation>le fichier est ouvert en lecture seule&#xa0;: rien ne peut être modifié</translation>
    </message>
    <message>
        <source>this file has no office keys yet; Tandem makes them, with the passphrase you choose then, at the first export, merge or unlock</source>
        <translation>ce fichier n&apos;a pas encore de clés de bureau&#xa0;; Tandem les crée, avec la phrase secrète que vous choisirez alors, lors du premier export, de la première fusion ou du premier déverrouillage</translation>
    </message>
    <message>
        <source>wrapped with a new passphrase</source>
        <translation>rechiffrées avec une nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Identities unlocked — locks in under a minute</source>
        <translation>Identités déverrouillées — verrouillage dans moins d&apos;une minute</translation>
    </message>
    <message>
        <source>Identities unlocked — locks in %1 min</source>
        <translation>Identités déverrouillées — verrouillage dans %1 min</translation>
    </message>
    <message>
        <source>Not in a file open read-only: every unlock is written to the file&apos;s audit log</source>
        <translation>Impossible dans un fichier ouvert en lecture seule&#xa0;: chaque déverrouillage est inscrit dans le journal d&apos;audit du fichier</translation>
    </message>
    <message>
        <source>%1 may not read survivors&apos; identities: only a lead or a liaison can</source>
        <translation>%1 ne peut pas lire les identités des survivants : seul un responsable ou un agent de liaison le peut</translation>
    </message>
    <message>
        <source>Your passphrase was not changed.</source>
        <translation>Votre phrase secrète n’a pas été changée.</translation>
    </message>
    <message>
        <source>Change Your Passphrase</source>
        <translation>Changer votre phrase secrète</translation>
    </message>
    <message>
        <source>Enter your current passphrase first.</source>
        <translation>Saisissez d’abord votre phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>Choose your new passphrase. Your key slot is wrapped again with it; no record changes, the other people of the office keep theirs, and partners need not be told (the key card stays the same).</source>
        <translation>Choisissez votre nouvelle phrase secrète. Votre emplacement de clés est de nouveau protégé par elle ; aucun enregistrement ne change, les autres personnes du bureau gardent la leur et il n’est pas nécessaire de prévenir les partenaires (la carte de clés reste la même).</translation>
    </message>
    <message>
        <source>key slot</source>
        <translation>emplacement de clés</translation>
    </message>
    <message>
        <source>Your passphrase was changed; the old one no longer opens the keys.</source>
        <translation>Votre phrase secrète a été changée ; l’ancienne n’ouvre plus les clés.</translation>
    </message>
    <message>
        <source>Enter your passphrase to read survivors&apos; identifying details</source>
        <translation>Saisir votre phrase secrète pour lire les données d’identification des survivants</translation>
    </message>
    <message>
        <source>the file is open read-only</source>
        <translation>le fichier est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>Where new records go was not changed.</source>
        <translation>La destination des nouveaux enregistrements n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>How long identities are kept was not changed.</source>
        <translation>La durée de conservation des identités n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The largest attached file was not changed.</source>
        <translation>La taille maximale des pièces jointes n&apos;a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>tandem::IdentityPanel</name>
    <message>
        <source>Reveal Identity</source>
        <translation>Afficher l&apos;identité</translation>
    </message>
    <message>
        <source>Save Identity</source>
        <translation>Enregistrer l&apos;identité</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Identifying details: office only</source>
        <translation>Données d&apos;identification&#xa0;: ce bureau uniquement</translation>
    </message>
    <message>
        <source>These details stay in this office. They are shared with a partner office only while the survivor&apos;s consent for their identity covers it, and never appear in lists, reports or the Today view. Reveal them only when you need them; they are hidden again when you move on.</source>
        <translation>Ces données restent dans ce bureau. Elles ne sont partagées avec un bureau partenaire que tant que le consentement du survivant concernant son identité le couvre, et n&apos;apparaissent jamais dans les listes, les rapports ou la vue Aujourd&apos;hui. Affichez-les uniquement lorsque vous en avez besoin&#xa0;; elles sont à nouveau masquées dès que vous passez à autre chose.</translation>
    </message>
    <message>
        <source>Hidden.</source>
        <translation>Masquées.</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-jj</translation>
    </message>
    <message>
        <source>The identity could not be read.</source>
        <translation>L&apos;identité n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Add identity</source>
        <translation>Ajouter l&apos;identité</translation>
    </message>
    <message>
        <source>Edit identity</source>
        <translation>Modifier l&apos;identité</translation>
    </message>
    <message>
        <source>The identity could not be saved.</source>
        <translation>L&apos;identité n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>shown in the survivor&apos;s pane</source>
        <translation>affichée dans le volet de la personne survivante</translation>
    </message>
    <message>
        <source>The identity is not shown: its showing could not be written to the audit trail.</source>
        <translation>L&apos;identité n&apos;est pas affichée : son affichage n&apos;a pas pu être inscrit au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Erase Identity…</source>
        <translation>Effacer l&apos;identité…</translation>
    </message>
    <message>
        <source>Erase these details for good, here and at partners holding a copy; the case stays</source>
        <translation>Effacer ces données pour de bon, ici et chez les partenaires qui en ont une copie ; le dossier reste</translation>
    </message>
    <message>
        <source>Erase Identity</source>
        <translation>Effacer l&apos;identité</translation>
    </message>
    <message>
        <source>Erase the identity of %1 for good?</source>
        <translation>Effacer pour de bon l&apos;identité de %1 ?</translation>
    </message>
    <message>
        <source>The name, date of birth, contact and notes are erased from this file and from its backups. Partner offices holding a copy erase theirs when they merge the recall sent with the next exchange. The case stays: its code, checklist and consents. This cannot be undone.</source>
        <translation>Le nom, la date de naissance, le contact et les notes sont effacés de ce fichier et de ses sauvegardes. Les bureaux partenaires qui en ont une copie effacent la leur en fusionnant le rappel envoyé avec le prochain échange. Le dossier reste : son code, sa liste d&apos;étapes et ses consentements. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Reason for erasing:</source>
        <translation>Motif de l&apos;effacement :</translation>
    </message>
    <message>
        <source>Rewriting the file and its backups without the identity…</source>
        <translation>Réécriture du fichier et de ses sauvegardes sans l&apos;identité…</translation>
    </message>
    <message>
        <source>The identity was not erased.</source>
        <translation>L&apos;identité n&apos;a pas été effacée.</translation>
    </message>
    <message>
        <source>Partner offices holding a copy erase theirs when they merge your next bundle.</source>
        <translation>Les bureaux partenaires qui en ont une copie effacent la leur en fusionnant votre prochain paquet.</translation>
    </message>
    <message>
        <source>Another office recorded it: only this office&apos;s copy was erased.</source>
        <translation>Un autre bureau l&apos;a enregistrée : seule la copie de ce bureau a été effacée.</translation>
    </message>
    <message>
        <source>The identity of %1 was erased, but the file or a backup could not be rewritten yet. Tandem tries again at the next exchange.</source>
        <translation>L&apos;identité de %1 a été effacée, mais le fichier ou une sauvegarde n&apos;a pas encore pu être réécrit. Tandem réessaiera au prochain échange.</translation>
    </message>
    <message>
        <source>The identity of %1 was erased from this file and its backup.</source>
        <translation>L&apos;identité de %1 a été effacée de ce fichier et de sa sauvegarde.</translation>
    </message>
    <message numerus="yes">
        <source>The identity of %1 was erased from this file and %n backups.</source>
        <translation>
            <numerusform>L&apos;identité de %1 a été effacée de ce fichier et de %n sauvegarde.</numerusform>
            <numerusform>L&apos;identité de %1 a été effacée de ce fichier et de %n sauvegardes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::Input</name>
    <message>
        <source>line %1 is not valid UTF-8 text (byte %2); save the file as UTF-8</source>
        <translation>la ligne %1 n&apos;est pas du texte UTF-8 valide (octet %2)&#xa0;; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1, more than Tandem reads from a file of this kind</source>
        <translation>le fichier dépasse %1, plus que ce que Tandem lit d&apos;un fichier de ce type</translation>
    </message>
</context>
<context>
    <name>tandem::Invariants</name>
    <message>
        <source>closed with mandatory checklist steps open: %1</source>
        <translation>clôturée avec des étapes obligatoires de la liste encore ouvertes : %1</translation>
    </message>
    <message>
        <source>version %1 of &quot;%2&quot; is active beside a later active version; retire one</source>
        <translation>la version %1 de « %2 » est active à côté d’une version ultérieure active ; retirez-en une</translation>
    </message>
    <message>
        <source>%1 has a rescue time but no checklist; set the rescue time again to make it</source>
        <translation>%1 a une heure de sauvetage mais pas de liste de contrôle ; saisissez de nouveau l’heure de sauvetage pour la créer</translation>
    </message>
    <message>
        <source>%1 is %2 but its plan has no approver recorded</source>
        <translation>%1 est à l’état %2, mais son plan n’a pas d’approbateur enregistré</translation>
    </message>
    <message>
        <source>the code %1 is also survivor %2&apos;s; give one of them a new code</source>
        <translation>le code %1 est aussi celui du survivant %2 ; donnez un nouveau code à l&apos;un d&apos;eux</translation>
    </message>
</context>
<context>
    <name>tandem::InviteMachineDialog</name>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Inviter</translation>
    </message>
    <message>
        <source>Invite a Machine</source>
        <translation>Inviter un poste</translation>
    </message>
    <message>
        <source>Another computer of this office gets a file of its own that exchanges everything of the office with this one, rows kept to the office included. The invitation holds the office&apos;s keys, locked with a one-time passphrase shown after it is written.</source>
        <translation>Un autre ordinateur de ce bureau reçoit un fichier à lui qui échange avec celui-ci tout ce qui concerne le bureau, y compris les fiches réservées au bureau. L&apos;invitation contient les clés du bureau, verrouillées par une phrase secrète à usage unique affichée une fois l&apos;invitation écrite.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>e.g. Field laptop</source>
        <translation>p. ex. Portable de terrain</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <source>Survivors&apos; identities reach the machine only when this person&apos;s roles may read them (a lead or a liaison).</source>
        <translation>Les identités des survivants n&apos;arrivent sur le poste que si les rôles de cette personne permettent de les lire (un responsable ou un agent de liaison).</translation>
    </message>
    <message>
        <source>Machine &amp;name:</source>
        <translation>&amp;Nom du poste :</translation>
    </message>
    <message>
        <source>The invitation&apos;s one-time passphrase:</source>
        <translation>La phrase secrète à usage unique de l&apos;invitation :</translation>
    </message>
    <message>
        <source>One-time passphrase</source>
        <translation>Phrase secrète à usage unique</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Write the Invitation</source>
        <translation>Écrire l&apos;invitation</translation>
    </message>
    <message>
        <source>Tandem invitations (*.invitation)</source>
        <translation>Invitations Tandem (*.invitation)</translation>
    </message>
    <message>
        <source>The invitation for &lt;b&gt;%1&lt;/b&gt; (%2) is in %3. On that computer, choose &lt;i&gt;Join an Office as Another Machine…&lt;/i&gt; and give this passphrase. Hand it over apart from the file (read it out, or on paper): whoever has both holds the office&apos;s keys. It works until %4 and is not shown again.</source>
        <translation>L&apos;invitation pour &lt;b&gt;%1&lt;/b&gt; (%2) se trouve dans %3. Sur cet ordinateur, choisissez &lt;i&gt;Rejoindre un bureau comme autre poste…&lt;/i&gt; et saisissez cette phrase secrète. Transmettez-la séparément du fichier (à voix haute, ou sur papier) : quiconque a les deux détient les clés du bureau. Elle est valable jusqu&apos;au %4 et ne sera plus affichée.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>Invitation fi&amp;le:</source>
        <translation>&amp;Fichier de l&apos;invitation :</translation>
    </message>
</context>
<context>
    <name>tandem::JoinOfficeDialog</name>
    <message>
        <source>Join an Office as Another Machine</source>
        <translation>Rejoindre un bureau comme autre poste</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; invites this computer to keep a file of an office, beside its other machines. The lead who made it gave you its one-time passphrase apart from the file.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; invite cet ordinateur à tenir un fichier d&apos;un bureau, aux côtés de ses autres postes. Le responsable qui a créé l&apos;invitation vous a transmis sa phrase secrète à usage unique séparément du fichier.</translation>
    </message>
    <message>
        <source>One-time passphrase</source>
        <translation>Phrase secrète à usage unique</translation>
    </message>
    <message>
        <source>e.g. abcd-efgh-…</source>
        <translation>p. ex. abcd-efgh-…</translation>
    </message>
    <message>
        <source>Your passphrase on this machine</source>
        <translation>Votre phrase secrète sur ce poste</translation>
    </message>
    <message>
        <source>It opens the office&apos;s keys on this computer, for you. It need not be the one you use elsewhere.</source>
        <translation>Elle ouvre les clés du bureau sur cet ordinateur, pour vous. Elle n&apos;a pas besoin d&apos;être celle que vous utilisez ailleurs.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>&amp;One-time passphrase:</source>
        <translation>Phrase secrète à &amp;usage unique :</translation>
    </message>
</context>
<context>
    <name>tandem::KeyCard</name>
    <message>
        <source>not a Tandem office card: the file is larger than a card can be</source>
        <translation>ce n&apos;est pas une carte de clé de bureau Tandem&#xa0;: le fichier est plus gros qu&apos;une carte ne peut l&apos;être</translation>
    </message>
    <message>
        <source>not a Tandem office card: the first line must be &quot;%1&quot;</source>
        <translation>ce n&apos;est pas une carte de clé de bureau Tandem&#xa0;: la première ligne doit être &quot;%1&quot;</translation>
    </message>
    <message>
        <source>line %1: expected &quot;name: value&quot;</source>
        <translation>ligne %1&#xa0;: &quot;name: value&quot; attendu</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; appears twice</source>
        <translation>ligne %1&#xa0;: «&#xa0;%2&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>the card has no &quot;%1&quot; line</source>
        <translation>la carte n&apos;a pas de ligne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>line %1: unknown card format &quot;%2&quot; (this Tandem reads %3)</source>
        <translation>ligne %1&#xa0;: format de carte inconnu «&#xa0;%2&#xa0;» (cette version de Tandem lit %3)</translation>
    </message>
    <message>
        <source>line %1: the office name must have 1 to 200 characters</source>
        <translation>ligne %1&#xa0;: le nom du bureau doit comporter de 1 à 200 caractères</translation>
    </message>
    <message>
        <source>line %1: &quot;site&quot; is not a site id</source>
        <translation>ligne %1&#xa0;: «&#xa0;site&#xa0;» n&apos;est pas un identifiant de site</translation>
    </message>
    <message>
        <source>line %1: the fingerprint does not match the keys on the card: the card was changed or damaged</source>
        <translation>ligne %1&#xa0;: l&apos;empreinte ne correspond pas aux clés de la carte&#xa0;: la carte a été modifiée ou endommagée</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a 32-byte key in base64</source>
        <translation>ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une clé de 32 octets en base64</translation>
    </message>
    <message>
        <source>not a Tandem office card: %1</source>
        <translation>ce n&apos;est pas une carte de clé de bureau Tandem&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tandem::KeyCardDialog</name>
    <message>
        <source>This Office&apos;s Key Card</source>
        <translation>Carte de clé de ce bureau</translation>
    </message>
    <message>
        <source>Give the key card to each partner office, on a USB stick or by e-mail. Before they trust it, read this fingerprint out to them over the phone: it must match the one their Tandem shows.</source>
        <translation>Remettez la carte de clé à chaque bureau partenaire, sur une clé USB ou par e-mail. Avant qu&apos;il ne lui fasse confiance, lisez-lui cette empreinte par téléphone&#xa0;: elle doit correspondre à celle qu&apos;affiche son Tandem.</translation>
    </message>
    <message>
        <source>&amp;Save the Card…</source>
        <translation>&amp;Enregistrer la carte…</translation>
    </message>
    <message>
        <source>Save the Key Card</source>
        <translation>Enregistrer la carte de clé</translation>
    </message>
    <message>
        <source>Tandem office cards (*.card)</source>
        <translation>Cartes de clé de bureau Tandem (*.card)</translation>
    </message>
    <message>
        <source>The key card was not saved.</source>
        <translation>La carte de clé n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>the file already exists; choose another name</source>
        <translation>le fichier existe déjà&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistrée dans %1</translation>
    </message>
</context>
<context>
    <name>tandem::KeyRing</name>
    <message>
        <source>the passphrase was not given</source>
        <translation>la phrase secrète n&apos;a pas été fournie</translation>
    </message>
    <message>
        <source>no file is open</source>
        <translation>aucun fichier n&apos;est ouvert</translation>
    </message>
    <message>
        <source>office keys</source>
        <translation>clés du bureau</translation>
    </message>
    <message>
        <source>Choose the Office Passphrase</source>
        <translation>Choisir la phrase secrète du bureau</translation>
    </message>
    <message>
        <source>%1 This file has no office keys yet: Tandem makes them now, protected by a passphrase you choose. You will need it for every export and merge.</source>
        <translation>%1 Ce fichier n&apos;a pas encore de clés de bureau&#xa0;: Tandem les crée maintenant, protégées par une phrase secrète que vous choisissez. Vous en aurez besoin pour chaque export et chaque fusion.</translation>
    </message>
    <message>
        <source>made with a new passphrase</source>
        <translation>créées avec une nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Your Passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <source>%1 Enter your passphrase.</source>
        <translation>%1 Saisissez votre phrase secrète.</translation>
    </message>
</context>
<context>
    <name>tandem::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The System&apos;s Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Tandem will use %1 the next time it starts.</source>
        <translation>Tandem utilisera %1 au prochain démarrage.</translation>
    </message>
    <message>
        <source>Quit Tandem and start it again to see the change.</source>
        <translation>Quittez Tandem et relancez-le pour voir le changement.</translation>
    </message>
</context>
<context>
    <name>tandem::LinkedTipsPage</name>
    <message>
        <source>&amp;Unlink</source>
        <translation>D&amp;élier</translation>
    </message>
    <message>
        <source>Link one of the open tips to this operation (Ctrl+Shift+L)</source>
        <translation>Lier l&apos;un des signalements ouverts à cette opération (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>The selected tip goes back to “assessed”; Undo links it again</source>
        <translation>Le signalement sélectionné revient à l&apos;état «&#xa0;évalué&#xa0;»&#xa0;; Annuler le lie à nouveau</translation>
    </message>
    <message>
        <source>Tips stay in this office unless a tip is marked to share with partners: where a tip came from is protected.</source>
        <translation>Les signalements restent dans ce bureau sauf si un signalement est marqué pour être partagé avec les partenaires&#xa0;: la provenance d&apos;un signalement est protégée.</translation>
    </message>
    <message>
        <source>Linked tips</source>
        <translation>Signalements liés</translation>
    </message>
    <message>
        <source>The tip could not be linked.</source>
        <translation>Le signalement n&apos;a pas pu être lié.</translation>
    </message>
    <message>
        <source>The tip could not be unlinked.</source>
        <translation>Le signalement n&apos;a pas pu être délié.</translation>
    </message>
    <message>
        <source>Lin&amp;k a tip…</source>
        <translation>&amp;Lier un signalement…</translation>
    </message>
</context>
<context>
    <name>tandem::LogPage</name>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>What happened? Type and press Enter; the note is stamped with the time.</source>
        <translation>Que s&apos;est-il passé&#xa0;? Tapez votre note puis appuyez sur Enter&#xa0;; elle est horodatée.</translation>
    </message>
    <message>
        <source>New log note</source>
        <translation>Nouvelle note de journal</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the note (Enter)</source>
        <translation>Ajouter la note (Enter)</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>Journal de l&apos;opération</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>A note takes at most %L1 characters; the text would have had %L2, so it was not taken.</source>
        <translation>Une note accepte au plus %L1 caractères&#xa0;; le texte en aurait compté %L2, il n&apos;a donc pas été pris en compte.</translation>
    </message>
    <message>
        <source>Add log note</source>
        <translation>Ajouter une note de journal</translation>
    </message>
    <message>
        <source>Remove log note</source>
        <translation>Retirer la note de journal</translation>
    </message>
    <message>
        <source>Enter the note as a lesson learned: it stays in the log and is listed with the lessons of the after-action report. A note in the list is marked in its own box.</source>
        <translation>Saisir la note comme leçon retenue : elle reste dans le journal et figure parmi les leçons du rapport après action. Une note de la liste se marque dans sa propre case.</translation>
    </message>
    <message>
        <source>Written as a lesson: always among the lessons of the after-action report.</source>
        <translation>Écrite comme leçon : toujours parmi les leçons du rapport après action.</translation>
    </message>
    <message>
        <source>Lesson Learned</source>
        <translation>Leçon retenue</translation>
    </message>
    <message>
        <source>Remove Note</source>
        <translation>Retirer la note</translation>
    </message>
    <message>
        <source>B&amp;y:</source>
        <translation>Par :</translation>
    </message>
    <message>
        <source>Lesson le&amp;arned</source>
        <translation>&amp;Leçon retenue</translation>
    </message>
    <message>
        <source>Notes are written in your name</source>
        <translation>Les notes sont écrites en votre nom</translation>
    </message>
</context>
<context>
    <name>tandem::MachinesDialog</name>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Inviter…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Machines of This Office</source>
        <translation>Postes de ce bureau</translation>
    </message>
    <message>
        <source>The computers that keep this office&apos;s file. They exchange everything of the office with one another, through bundles or the exchange folder; partner offices see one office.</source>
        <translation>Les ordinateurs qui tiennent le fichier de ce bureau. Ils échangent entre eux tout ce qui concerne le bureau, par des lots ou par le dossier d&apos;échange ; les bureaux partenaires ne voient qu&apos;un seul bureau.</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Survivors&apos; identities</source>
        <translation>Identités des survivants</translation>
    </message>
    <message>
        <source>Last merged here</source>
        <translation>Dernière fusion ici</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>The invitation carries the office keys.</source>
        <translation>L&apos;invitation porte les clés du bureau.</translation>
    </message>
    <message>
        <source>The machines could not be read.</source>
        <translation>Les postes n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>%1 (this machine)</source>
        <translation>%1 (ce poste)</translation>
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
        <source>Nothing yet</source>
        <translation>Rien pour l&apos;instant</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Retiré le %1</translation>
    </message>
    <message>
        <source>Exchanging</source>
        <translation>Échange en cours</translation>
    </message>
    <message>
        <source>Remove a Machine</source>
        <translation>Retirer un poste</translation>
    </message>
    <message>
        <source>Remove %1 from this office?</source>
        <translation>Retirer %1 de ce bureau ?</translation>
    </message>
    <message>
        <source>No bundle is made for it or taken from it any more, here and on the office&apos;s other machines once they have exchanged with this one. It keeps what it had and the office&apos;s keys: to cut it off from what partners send later, the office needs new keys.</source>
        <translation>Plus aucun lot n&apos;est fait pour lui ni accepté de lui, ici et sur les autres postes du bureau dès qu&apos;ils auront échangé avec celui-ci. Il garde ce qu&apos;il avait et les clés du bureau : pour le couper de ce que les partenaires enverront ensuite, le bureau a besoin de nouvelles clés.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>The machine could not be removed.</source>
        <translation>Le poste n&apos;a pas pu être retiré.</translation>
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
        <translation>1 étape en retard</translation>
    </message>
    <message>
        <source>No step overdue</source>
        <translation>Aucune étape en retard</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>Le fichier n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The new file could not be made.</source>
        <translation>Le nouveau fichier n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The demo database could not be made.</source>
        <translation>La base de démonstration n&apos;a pas pu être créée.</translation>
    </message>
    <message>
        <source>Making the demo database was cancelled.</source>
        <translation>La création de la base de démonstration a été annulée.</translation>
    </message>
    <message>
        <source>%1 — Tandem</source>
        <translation>%1 — Tandem</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>Bureau&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was not possible.</source>
        <translation>Impossible d&apos;effectuer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>New Tandem File</source>
        <translation>Nouveau fichier Tandem</translation>
    </message>
    <message>
        <source>Tandem files (*.tandem)</source>
        <translation>Fichiers Tandem (*.tandem)</translation>
    </message>
    <message>
        <source>the file already exists; choose another name, or open it</source>
        <translation>le fichier existe déjà&#xa0;; choisissez un autre nom, ou ouvrez-le</translation>
    </message>
    <message>
        <source>Open Tandem File</source>
        <translation>Ouvrir un fichier Tandem</translation>
    </message>
    <message>
        <source>Tandem files (*.tandem);;All files (*)</source>
        <translation>Fichiers Tandem (*.tandem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Removed from Open Recent, as they no longer exist: %1</source>
        <translation>Retirés de la liste des fichiers récents, car ils n&apos;existent plus&#xa0;: %1</translation>
    </message>
    <message>
        <source>About Tandem</source>
        <translation>À propos de Tandem</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;Joint operations and survivor assistance for anti-trafficking task forces.&lt;/p&gt;&lt;p&gt;Tandem is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;Opérations conjointes et assistance aux survivants pour les groupes de travail conjoints de lutte contre la traite des êtres humains.&lt;/p&gt;&lt;p&gt;Tandem est un logiciel libre&#xa0;: vous pouvez le redistribuer et le modifier selon les termes de la licence publique générale GNU (GNU General Public License), version 3 ou (à votre choix) toute version ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (read-only) — Tandem</source>
        <translation>%1 (lecture seule) — Tandem</translation>
    </message>
    <message>
        <source>Office: %1 (read-only)</source>
        <translation>Bureau&#xa0;: %1 (lecture seule)</translation>
    </message>
    <message>
        <source>%1 is already open in this window.</source>
        <translation>%1 est déjà ouvert dans cette fenêtre.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln steps overdue</source>
        <translation>
            <numerusform>%Ln étape en retard</numerusform>
            <numerusform>%Ln étapes en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset the Demo</source>
        <translation>Réinitialiser la démonstration</translation>
    </message>
    <message>
        <source>Replace the demo database with a fresh one, made for today?</source>
        <translation>Remplacer la base de démonstration par une nouvelle, faite pour aujourd&apos;hui ?</translation>
    </message>
    <message>
        <source>Everything changed in the demo since it was made is lost. Your own files are not touched.</source>
        <translation>Tout ce qui a été modifié dans la démonstration depuis sa création est perdu. Vos propres fichiers ne sont pas touchés.</translation>
    </message>
    <message>
        <source>The demo database could not be reset.</source>
        <translation>La base de démonstration n&apos;a pas pu être réinitialisée.</translation>
    </message>
    <message>
        <source>Resetting the demo was cancelled; it is as it was.</source>
        <translation>La réinitialisation de la démonstration a été annulée ; elle est restée telle quelle.</translation>
    </message>
    <message>
        <source>The demo was made afresh for today.</source>
        <translation>La démonstration a été refaite pour aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Open an Invitation</source>
        <translation>Ouvrir une invitation</translation>
    </message>
    <message>
        <source>Tandem invitations (*.invitation);;All files (*)</source>
        <translation>Invitations Tandem (*.invitation);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Where to Keep This Machine&apos;s File</source>
        <translation>Où conserver le fichier de ce poste</translation>
    </message>
    <message>
        <source>This computer is now %1, a machine of %2. Exchange with another machine of the office (Exchange ▸ Exchange Folder…) to bring the office&apos;s records.</source>
        <translation>Cet ordinateur est désormais %1, un poste de %2. Échangez avec un autre poste du bureau (Échange ▸ Dossier d’échange…) pour faire venir les fiches du bureau.</translation>
    </message>
</context>
<context>
    <name>tandem::MeetingListModel</name>
    <message>
        <source>Overdue follow-up</source>
        <translation>Suivi en retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>7 prochains jours</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passées</translation>
    </message>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation>Les réunions n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (latest %L2 of %L3)</source>
        <translation>%1 (les %L2 plus récentes sur %L3)</translation>
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
        <translation>%L1 en cours, %L2 en retard</translation>
    </message>
    <message>
        <source>%L1 open</source>
        <translation>%L1 en cours</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Where · organiser</source>
        <translation>Lieu · organisateur</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions à mener</translation>
    </message>
</context>
<context>
    <name>tandem::MeetingsView</name>
    <message>
        <source>&amp;New meeting</source>
        <translation>N&amp;ouvelle réunion</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>S&amp;upprimer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Meetings and trainings</source>
        <translation>Réunions et formations</translation>
    </message>
    <message>
        <source>Schedule a meeting, training or outreach event (Ctrl+Shift+N or Insert)</source>
        <translation>Planifier une réunion, une formation ou une action de sensibilisation (Ctrl+Shift+N ou Insert)</translation>
    </message>
    <message>
        <source>Delete the selected meeting with its attendance and action items (Delete)</source>
        <translation>Supprimer la réunion sélectionnée avec ses présences et ses actions à mener (Delete)</translation>
    </message>
    <message>
        <source>Add the meeting to the calendar (Ctrl+Return)</source>
        <translation>Ajouter la réunion au calendrier (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions à mener</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retour d&apos;expérience</translation>
    </message>
    <message numerus="yes">
        <source>%n coming this week, %1 with overdue follow-up</source>
        <translation>
            <numerusform>%n réunion à venir cette semaine, %1 avec un suivi en retard</numerusform>
            <numerusform>%n réunions à venir cette semaine, %1 avec un suivi en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coming this week</source>
        <translation>
            <numerusform>%n réunion à venir cette semaine</numerusform>
            <numerusform>%n réunions à venir cette semaine</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a meeting to see and edit it, or schedule a new one.</source>
        <translation>Sélectionnez une réunion pour la voir et la modifier, ou planifiez-en une nouvelle.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>Schedule meeting</source>
        <translation>Planifier la réunion</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Supprimer la réunion</translation>
    </message>
    <message>
        <source>Delete “%1” with its attendance?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» avec ses présences&#xa0;?</translation>
    </message>
    <message>
        <source>Its action items and feedback stay, without the meeting. Undo (Ctrl+Z) brings it back.</source>
        <translation>Ses actions à mener et ses retours d&apos;expérience restent, sans la réunion. Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>1 agency</source>
        <translation>1 organisme</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <source>Create meeting</source>
        <translation>Créer la réunion</translation>
    </message>
    <message>
        <source>Attendan&amp;ce</source>
        <translation>&amp;Présences</translation>
    </message>
    <message>
        <source>Attendan&amp;ce (%1, %2)</source>
        <translation>&amp;Présences (%1, %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agencies</source>
        <translation>
            <numerusform>%Ln organisme</numerusform>
            <numerusform>%Ln organismes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Act&amp;ion items</source>
        <translation>Act&amp;ions à mener</translation>
    </message>
    <message>
        <source>Act&amp;ion items (%1 open)</source>
        <translation>Act&amp;ions à mener (%1 ouvertes)</translation>
    </message>
    <message>
        <source>Feed&amp;back</source>
        <translation>R&amp;etours</translation>
    </message>
    <message>
        <source>Feed&amp;back (%1)</source>
        <translation>R&amp;etours (%1)</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>Dé&amp;tails</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
</context>
<context>
    <name>tandem::Merge</name>
    <message>
        <source>%1&apos;s audit log went back from entry %2 to entry %3 since its last bundle: entries were removed</source>
        <translation>le journal d&apos;audit de %1 est revenu de l&apos;entrée %2 à l&apos;entrée %3 depuis son dernier paquet : des entrées ont été supprimées</translation>
    </message>
    <message>
        <source>%1&apos;s audit entry %2 changed since its last bundle: the log was rewritten</source>
        <translation>l&apos;entrée d&apos;audit %2 de %1 a changé depuis son dernier paquet : le journal a été réécrit</translation>
    </message>
</context>
<context>
    <name>tandem::MergeSummaryDialog</name>
    <message>
        <source>Bundle Merged</source>
        <translation>Lot fusionné</translation>
    </message>
    <message>
        <source>Merged the bundle from %1</source>
        <translation>Lot de %1 fusionné</translation>
    </message>
    <message>
        <source>Changes merged per kind of record</source>
        <translation>Modifications fusionnées par type de fiche</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No edit conflicted with an edit made here.</source>
        <translation>Aucune modification n&apos;est entrée en conflit avec une modification faite ici.</translation>
    </message>
    <message>
        <source>&lt;b&gt;One edit conflicted&lt;/b&gt; with an edit made here. The field now holds the later edit; review it to keep it or take the other value.</source>
        <translation>&lt;b&gt;Une modification est entrée en conflit&lt;/b&gt; avec une modification faite ici. Le champ contient désormais la modification la plus récente&#xa0;; examinez-la pour la conserver ou prendre l&apos;autre valeur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%L1 edits conflicted&lt;/b&gt; with edits made here. Each field now holds the later edit; review them to keep it or take the other value.</source>
        <translation>&lt;b&gt;%L1 modifications sont entrées en conflit&lt;/b&gt; avec des modifications faites ici. Chaque champ contient désormais la modification la plus récente&#xa0;; examinez-les pour la conserver ou prendre l&apos;autre valeur.</translation>
    </message>
    <message>
        <source>The bundle held nothing this office did not have already.</source>
        <translation>Le lot ne contenait rien que ce bureau n&apos;avait déjà.</translation>
    </message>
    <message>
        <source>&amp;Review Conflicts</source>
        <translation>&amp;Examiner les conflits</translation>
    </message>
    <message>
        <source>One survivor&apos;s identity was erased here on a recall from a partner office.</source>
        <translation>L&apos;identité d&apos;une personne survivante a été effacée ici sur un rappel d&apos;un bureau partenaire.</translation>
    </message>
    <message>
        <source>%L1 survivors&apos; identities were erased here on recalls from partner offices.</source>
        <translation>Les identités de %L1 personnes survivantes ont été effacées ici sur des rappels de bureaux partenaires.</translation>
    </message>
    <message>
        <source>The file or a backup could not be rewritten without them yet (Tandem tries again at the next merge): %1</source>
        <translation>Le fichier ou une sauvegarde n&apos;a pas encore pu être réécrit sans elles (Tandem réessaiera à la prochaine fusion) : %1</translation>
    </message>
</context>
<context>
    <name>tandem::NeedToKnow</name>
    <message>
        <source>no such operation</source>
        <translation>cette opération n&apos;existe pas</translation>
    </message>
    <message>
        <source>no agency of this database&apos;s directory has this id</source>
        <translation>aucun organisme de l&apos;annuaire de cette base n&apos;a cet identifiant</translation>
    </message>
    <message>
        <source>%1 was deleted from the directory</source>
        <translation>%1 a été supprimé de l&apos;annuaire</translation>
    </message>
    <message>
        <source>%1 has no assignment in %2</source>
        <translation>%1 n&apos;a aucune affectation dans %2</translation>
    </message>
    <message>
        <source>no agency is named: give an agency&apos;s id or name</source>
        <translation>aucun organisme n&apos;est nommé : donnez l&apos;identifiant ou le nom d&apos;un organisme</translation>
    </message>
    <message>
        <source>no agency of this database&apos;s directory is named &quot;%1&quot;</source>
        <translation>aucun organisme de l&apos;annuaire de cette base ne s&apos;appelle « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n agencies are named &quot;%1&quot;; give the id of the one you mean</source>
        <translation>
            <numerusform>%n organisme s&apos;appelle « %1 » ; donnez l&apos;identifiant de celui que vous voulez dire</numerusform>
            <numerusform>%n organismes s&apos;appellent « %1 » ; donnez l&apos;identifiant de celui que vous voulez dire</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::NewOfficeDialog</name>
    <message>
        <source>New Tandem File</source>
        <translation>Nouveau fichier Tandem</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be your office&apos;s Tandem file.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sera le fichier Tandem de votre bureau.</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nom du bureau</translation>
    </message>
    <message>
        <source>e.g. Riverside Task Force</source>
        <translation>p. ex. Groupe de travail conjoint de Riverside</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Nom du bureau&#xa0;:</translation>
    </message>
    <message>
        <source>Partner offices see this name on your key card and your bundles.</source>
        <translation>Les bureaux partenaires voient ce nom sur votre carte de clé et vos lots.</translation>
    </message>
    <message>
        <source>Office passphrase</source>
        <translation>Phrase secrète du bureau</translation>
    </message>
    <message>
        <source>The passphrase protects the keys that sign and open the bundles exchanged with partner offices. Tandem asks for it when you export or merge.</source>
        <translation>La phrase secrète protège les clés qui signent et ouvrent les lots échangés avec les bureaux partenaires. Tandem la demande lorsque vous exportez ou fusionnez.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Office co&amp;de:</source>
        <translation>Co&amp;de du bureau :</translation>
    </message>
</context>
<context>
    <name>tandem::NoFileView</name>
    <message>
        <source>Create Your Office&apos;s File…</source>
        <translation>Créer le fichier de votre bureau…</translation>
    </message>
    <message>
        <source>Choose where to keep it, give your office&apos;s name as partners will see it, and a passphrase that protects its keys.</source>
        <translation>Choisissez où le conserver, indiquez le nom de votre bureau tel que les partenaires le verront, et une phrase secrète qui protège ses clés.</translation>
    </message>
    <message>
        <source>Open an Existing File…</source>
        <translation>Ouvrir un fichier existant…</translation>
    </message>
    <message>
        <source>A .tandem file your office already keeps, on this computer or on a shared disk.</source>
        <translation>Un fichier .tandem que votre bureau conserve déjà, sur cet ordinateur ou sur un disque partagé.</translation>
    </message>
    <message>
        <source>Explore the Demo</source>
        <translation>Explorer la démonstration</translation>
    </message>
    <message>
        <source>Invented operations, agencies and survivors to try everything without fear. Its passphrase is “%1”.</source>
        <translation>Des opérations, organismes et survivants fictifs, pour tout essayer sans crainte. Sa phrase secrète est «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Welcome to Tandem</source>
        <translation>Bienvenue dans Tandem</translation>
    </message>
    <message>
        <source>Tandem keeps your office&apos;s operations and survivors&apos; checklists in one file on this computer. To begin:</source>
        <translation>Tandem conserve les opérations de votre bureau et les listes de contrôle des survivants dans un seul fichier sur cet ordinateur. Pour commencer&#xa0;:</translation>
    </message>
    <message>
        <source>No file is open</source>
        <translation>Aucun fichier n&apos;est ouvert</translation>
    </message>
    <message>
        <source>Open your office&apos;s file, make a new one, or explore the demo.</source>
        <translation>Ouvrez le fichier de votre bureau, créez-en un nouveau ou explorez la démonstration.</translation>
    </message>
    <message>
        <source>Join an office as another machine, from an invitation…</source>
        <translation>Rejoindre un bureau comme autre poste, à partir d&apos;une invitation…</translation>
    </message>
</context>
<context>
    <name>tandem::Notifier</name>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Dismiss the notification</source>
        <translation>Fermer la notification</translation>
    </message>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>&amp;Show Tandem</source>
        <translation>&amp;Afficher Tandem</translation>
    </message>
    <message>
        <source>&amp;Keep Running Here When the Window Is Closed</source>
        <translation>&amp;Continuer ici quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>&amp;Quit Tandem</source>
        <translation>&amp;Quitter Tandem</translation>
    </message>
    <message>
        <source>A checklist step is overdue</source>
        <translation>Une étape de la liste est en retard</translation>
    </message>
    <message>
        <source>%1: “%2” is now overdue.</source>
        <translation>%1 : « %2 » est maintenant en retard.</translation>
    </message>
    <message>
        <source>Checklist steps are overdue</source>
        <translation>Des étapes de la liste sont en retard</translation>
    </message>
    <message numerus="yes">
        <source>%n steps are now overdue, the first for %1: “%2”.</source>
        <translation>
            <numerusform>%n étape est maintenant en retard, la première pour %1 : « %2 ».</numerusform>
            <numerusform>%n étapes sont maintenant en retard, la première pour %1 : « %2 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>An action item is due</source>
        <translation>Une action arrive à échéance</translation>
    </message>
    <message>
        <source>“%1” is due now.</source>
        <translation>« %1 » arrive à échéance maintenant.</translation>
    </message>
    <message>
        <source>Action items are due</source>
        <translation>Des actions arrivent à échéance</translation>
    </message>
    <message numerus="yes">
        <source>%n action items are due now, the first “%1”.</source>
        <translation>
            <numerusform>%n action arrive à échéance maintenant, la première « %1 ».</numerusform>
            <numerusform>%n actions arrivent à échéance maintenant, la première « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <source>A bundle from %1 left a conflicting edit to review.</source>
        <translation>Un paquet de %1 a laissé une modification en conflit à examiner.</translation>
    </message>
    <message numerus="yes">
        <source>Bundles from %1 left %n conflicting edits to review.</source>
        <translation>
            <numerusform>Les paquets de %1 ont laissé %n modification en conflit à examiner.</numerusform>
            <numerusform>Les paquets de %1 ont laissé %n modifications en conflit à examiner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::OfficeCode</name>
    <message>
        <source>an office code is required: 2 to 5 capital letters or digits, such as NB</source>
        <translation>un code de bureau est requis : 2 à 5 lettres majuscules ou chiffres, comme NB</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an office code: use 2 to 5 capital letters (A to Z) or digits, such as NB</source>
        <translation>« %1 » n&apos;est pas un code de bureau : utilisez 2 à 5 lettres majuscules (de A à Z) ou chiffres, comme NB</translation>
    </message>
    <message>
        <source>only a lead sets the office&apos;s code: %1</source>
        <translation>seul un responsable fixe le code du bureau : %1</translation>
    </message>
    <message>
        <source>set to %1</source>
        <translation>fixé à %1</translation>
    </message>
    <message>
        <source>changed from %1 to %2</source>
        <translation>changé de %1 à %2</translation>
    </message>
</context>
<context>
    <name>tandem::OfficeCodeController</name>
    <message>
        <source>Office &amp;Code…</source>
        <translation>&amp;Code du bureau…</translation>
    </message>
    <message>
        <source>The office&apos;s short code, with which new survivor codes begin</source>
        <translation>Le code court du bureau, par lequel commencent les nouveaux codes de survivant</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>Le fichier est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The office code could not be read.</source>
        <translation>Le code du bureau n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>The office code could not be set.</source>
        <translation>Le code du bureau n&apos;a pas pu être fixé.</translation>
    </message>
</context>
<context>
    <name>tandem::OfficeCodeDialog</name>
    <message>
        <source>Choose the Office Code</source>
        <translation>Choisir le code du bureau</translation>
    </message>
    <message>
        <source>Office Code</source>
        <translation>Code du bureau</translation>
    </message>
    <message>
        <source>Survivor codes now begin with a short code of the office, such as NB-2026-0042, so that two offices never give the same code. %1 has none yet: choose one of 2 to 5 capital letters or digits. Codes already given stay as they are.</source>
        <translation>Les codes de survivant commencent désormais par un code court du bureau, comme NB-2026-0042, pour que deux bureaux ne donnent jamais le même code. %1 n&apos;en a pas encore : choisissez-en un de 2 à 5 lettres majuscules ou chiffres. Les codes déjà donnés restent tels quels.</translation>
    </message>
    <message>
        <source>New survivor codes of %1 begin with this code. Codes already given stay as they are; partners see the code in the office directory.</source>
        <translation>Les nouveaux codes de survivant de %1 commencent par ce code. Les codes déjà donnés restent tels quels ; les partenaires voient le code dans l&apos;annuaire des bureaux.</translation>
    </message>
    <message>
        <source>Office &amp;code:</source>
        <translation>&amp;Code du bureau :</translation>
    </message>
    <message>
        <source>&amp;Use This Code</source>
        <translation>&amp;Utiliser ce code</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Go on without a code: new survivor codes use %1 until one is chosen. Tandem asks again the next time the file is opened.</source>
        <translation>Continuer sans code : les nouveaux codes de survivant utilisent %1 jusqu&apos;à ce qu&apos;un code soit choisi. Tandem redemande à la prochaine ouverture du fichier.</translation>
    </message>
</context>
<context>
    <name>tandem::OfficeCodeField</name>
    <message>
        <source>Office code</source>
        <translation>Code du bureau</translation>
    </message>
    <message>
        <source>New survivor codes: %1-%2-0001, %1-%2-0002, …</source>
        <translation>Nouveaux codes de survivant : %1-%2-0001, %1-%2-0002, …</translation>
    </message>
</context>
<context>
    <name>tandem::OfficeKeys</name>
    <message>
        <source>the stored office keys are damaged</source>
        <translation>les clés enregistrées du bureau sont endommagées</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>phrase secrète incorrecte</translation>
    </message>
    <message>
        <source>the stored office keys do not match this office&apos;s public keys</source>
        <translation>les clés enregistrées du bureau ne correspondent pas aux clés publiques de ce bureau</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation>la phrase secrète est vide</translation>
    </message>
    <message>
        <source>the passphrase is too short: use at least 10 characters, for example four unrelated words</source>
        <translation>la phrase secrète est trop courte&#xa0;: utilisez au moins 10 caractères, par exemple quatre mots sans rapport entre eux</translation>
    </message>
    <message>
        <source>this office has no keys yet: set a passphrase first</source>
        <translation>ce bureau n&apos;a pas encore de clés&#xa0;: définissez d&apos;abord une phrase secrète</translation>
    </message>
    <message>
        <source>this office already has its keys</source>
        <translation>ce bureau a déjà ses clés</translation>
    </message>
    <message>
        <source>new passphrase: %1</source>
        <translation>nouvelle phrase secrète&#xa0;: %1</translation>
    </message>
    <message>
        <source>the stored key parameters are damaged</source>
        <translation>les paramètres de clé enregistrés sont endommagés</translation>
    </message>
    <message>
        <source>not enough memory to derive the key from the passphrase</source>
        <translation>mémoire insuffisante pour dériver la clé de la phrase secrète</translation>
    </message>
    <message>
        <source>this person has no key slot: their passphrase opens nothing</source>
        <translation>cette personne n&apos;a pas d&apos;emplacement de clé : sa phrase secrète n&apos;ouvre rien</translation>
    </message>
    <message>
        <source>Office lead</source>
        <translation>Responsable du bureau</translation>
    </message>
    <message>
        <source>an identifying detail does not open with this office&apos;s key</source>
        <translation>une donnée d&apos;identification ne s&apos;ouvre pas avec la clé de ce bureau</translation>
    </message>
    <message>
        <source>only a person who may read identities can give that right</source>
        <translation>seule une personne qui peut lire les identités peut donner ce droit</translation>
    </message>
    <message>
        <source>this file is from before people: open it with the office passphrase first</source>
        <translation>ce fichier date d&apos;avant les personnes : ouvrez-le d&apos;abord avec la phrase secrète du bureau</translation>
    </message>
    <message>
        <source>this file has its people already</source>
        <translation>ce fichier a déjà ses personnes</translation>
    </message>
    <message>
        <source>the invitation names no person</source>
        <translation>l&apos;invitation ne désigne aucune personne</translation>
    </message>
</context>
<context>
    <name>tandem::OperationDetail</name>
    <message>
        <source>Not scheduled</source>
        <translation>Non programmée</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>À partir du %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>No targets yet</source>
        <translation>Aucune cible pour l&apos;instant</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Affectations</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Chef d&apos;équipe</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>No agencies assigned yet</source>
        <translation>Aucun organisme affecté pour l&apos;instant</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>Survivants</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Rescued (T0)</source>
        <translation>Sauvetage (T0)</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Étapes réalisées</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>No survivors recorded for this operation</source>
        <translation>Aucun survivant enregistré pour cette opération</translation>
    </message>
    <message>
        <source>Select an operation to see its targets, the agencies taking part and its survivors.</source>
        <translation>Sélectionnez une opération pour voir ses cibles, les organismes qui y participent et ses survivants.</translation>
    </message>
    <message>
        <source>This operation could not be read: %1</source>
        <translation>Cette opération n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>This operation has been deleted.</source>
        <translation>Cette opération a été supprimée.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>No lead agency yet</source>
        <translation>Pas encore d&apos;organisme chef de file</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>The targets could not be read: %1</source>
        <translation>Les cibles n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>The assignments could not be read: %1</source>
        <translation>Les affectations n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>(deleted agency)</source>
        <translation>(organisme supprimé)</translation>
    </message>
    <message>
        <source>The survivors could not be read: %1</source>
        <translation>Les survivants n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>Aucune liste de contrôle</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Non approuvé</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>approved by someone on a date</comment>
        <translation>%1 le %2</translation>
    </message>
</context>
<context>
    <name>tandem::OperationEditor</name>
    <message>
        <source>Mark as planned</source>
        <translation>Marquer comme planifiée</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Mark as briefed</source>
        <translation>Marquer le briefing comme effectué</translation>
    </message>
    <message>
        <source>Start the operation</source>
        <translation>Lancer l&apos;opération</translation>
    </message>
    <message>
        <source>Mark as completed</source>
        <translation>Marquer comme terminée</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <source>Cancel the operation</source>
        <translation>Annuler l&apos;opération</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Retour à %1</translation>
    </message>
    <message>
        <source>◀ Operations</source>
        <translation>◀ Opérations</translation>
    </message>
    <message>
        <source>Back to the list of operations (Esc or Alt+Left)</source>
        <translation>Retour à la liste des opérations (Esc ou Alt+Left)</translation>
    </message>
    <message>
        <source>The next step of the workflow (Ctrl+Shift+Right)</source>
        <translation>L&apos;étape suivante du processus (Ctrl+Shift+Right)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Other moves of the workflow</source>
        <translation>Autres transitions du processus</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>This operation has been deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Cette opération a été supprimée. Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>O&amp;bjectives</source>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <source>R&amp;isk</source>
        <translation>R&amp;isques</translation>
    </message>
    <message>
        <source>&amp;Comms &amp;&amp; contingency</source>
        <translation>Communications &amp;&amp; &amp;plan de secours</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>Ci&amp;bles</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>C&amp;hronologie</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Deleted operation</source>
        <translation>Opération supprimée</translation>
    </message>
    <message>
        <source>&amp;Targets (%1)</source>
        <translation>Ci&amp;bles (%1)</translation>
    </message>
    <message>
        <source>The operation cannot move to %1 yet</source>
        <translation>L&apos;opération ne peut pas encore passer au statut %1</translation>
    </message>
    <message>
        <source>Status Not Changed</source>
        <translation>Statut inchangé</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Passer %1 au statut %2</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Cible %1</translation>
    </message>
    <message>
        <source>Ti&amp;ps</source>
        <translation>Si&amp;gnalements</translation>
    </message>
    <message>
        <source>Ti&amp;ps (%1)</source>
        <translation>Si&amp;gnalements (%1)</translation>
    </message>
    <message>
        <source>Survi&amp;vors packet</source>
        <translation>Dossi&amp;er des survivants</translation>
    </message>
    <message>
        <source>Assi&amp;gnments</source>
        <translation>Affec&amp;tations</translation>
    </message>
    <message>
        <source>Follo&amp;w-up</source>
        <translation>S&amp;uivi</translation>
    </message>
    <message>
        <source>Fee&amp;dback</source>
        <translation>Retours d&apos;e&amp;xpérience</translation>
    </message>
    <message>
        <source>Assi&amp;gnments (%1)</source>
        <translation>Affec&amp;tations (%1)</translation>
    </message>
    <message>
        <source>Fee&amp;dback (%1)</source>
        <translation>Retours d&apos;e&amp;xpérience (%1)</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Approuvé par %1 le %2</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Approuvé par %1</translation>
    </message>
    <message>
        <source>Reason for the Move</source>
        <translation>Motif du changement de statut</translation>
    </message>
    <message>
        <source>Move %1 to %2?</source>
        <translation>Passer %1 à %2 ?</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>The agencies with these roles get the entry points, hazards and code words in their copies of the operation order and assignment sheets; the lead always does. None ticked: Lead, Entry and Perimeter.</source>
        <translation>Les organismes ayant ces rôles reçoivent les points d&apos;entrée, les dangers et les mots convenus dans leurs copies de l&apos;ordre d&apos;opération et des fiches d&apos;affectation ; l&apos;organisme chef de file les reçoit toujours. Aucun coché : Chef de file, Entrée et Périmètre.</translation>
    </message>
    <message>
        <source>Files of this target: floor plans, photos of the entrances</source>
        <translation>Fichiers de cette cible&#xa0;: plans des lieux, photos des entrées</translation>
    </message>
    <message>
        <source>The warrant&apos;s scan</source>
        <translation>Copie numérisée du mandat</translation>
    </message>
    <message>
        <source>Warrants</source>
        <translation>Mandats de perquisition</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Warrants (%1)</source>
        <translation>Mandats de perquisition (%1)</translation>
    </message>
    <message>
        <source>Files (%1)</source>
        <translation>Fichiers (%1)</translation>
    </message>
</context>
<context>
    <name>tandem::OperationFilterBar</name>
    <message>
        <source>Any</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Starts from</source>
        <translation>Début à partir du</translation>
    </message>
    <message>
        <source>Starts until</source>
        <translation>Début jusqu&apos;au</translation>
    </message>
    <message>
        <source>Search code names, targets, agencies, notes… (Ctrl+F)</source>
        <translation>Rechercher dans les noms de code, cibles, organismes, notes… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search operations</source>
        <translation>Rechercher des opérations</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>au&#xa0;:</translation>
    </message>
    <message>
        <source>A search takes at most %L1 characters (that would have been %L2).</source>
        <translation>Une recherche compte au plus %L1 caractères (celle-ci en aurait compté %L2).</translation>
    </message>
    <message>
        <source>The range of dates ends before it starts: the list keeps the last range that made sense.</source>
        <translation>La période se termine avant de commencer&#xa0;: la liste conserve la dernière période valable.</translation>
    </message>
    <message>
        <source>Only the first %1 words are searched for.</source>
        <translation>Seuls les %1 premiers mots sont recherchés.</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Du :</translation>
    </message>
</context>
<context>
    <name>tandem::OperationListModel</name>
    <message>
        <source>Code name</source>
        <translation>Nom de code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Trafficking type</source>
        <translation>Type de traite</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Organisme chef de file</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>Survivants</translation>
    </message>
    <message>
        <source>The operations could not be read: %1</source>
        <translation>Les opérations n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tandem::Operations</name>
    <message>
        <source>this operation was deleted</source>
        <translation>cette opération a été supprimée</translation>
    </message>
    <message>
        <source>No lead agency is chosen.</source>
        <translation>Aucun organisme chef de file n&apos;est choisi.</translation>
    </message>
    <message>
        <source>The start time is not set.</source>
        <translation>L&apos;heure de début n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>The risk level is not assessed.</source>
        <translation>Le niveau de risque n&apos;est pas évalué.</translation>
    </message>
    <message>
        <source>There is no target.</source>
        <translation>Il n&apos;y a aucune cible.</translation>
    </message>
    <message>
        <source>No agency is assigned to victim services.</source>
        <translation>Aucun organisme n&apos;est affecté aux services d&apos;aide aux victimes.</translation>
    </message>
    <message>
        <source>Survivor %1: the mandatory step “%2” is still open.</source>
        <translation>Survivant %1&#xa0;: l&apos;étape obligatoire «&#xa0;%2&#xa0;» est toujours ouverte.</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; the statuses are: %2</source>
        <translation>statut «&#xa0;%1&#xa0;» inconnu&#xa0;; les statuts sont&#xa0;: %2</translation>
    </message>
    <message>
        <source>The operation is already %1.</source>
        <translation>L&apos;opération a déjà le statut %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>cannot move to %1: %2</source>
        <translation>impossible de passer au statut %1&#xa0;: %2</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copie)</translation>
    </message>
    <message>
        <source>… and 1 more open mandatory step.</source>
        <translation>… et 1 autre étape obligatoire ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more open mandatory steps.</source>
        <translation>
            <numerusform>… et %n autre étape obligatoire ouverte.</numerusform>
            <numerusform>… et %n autres étapes obligatoires ouvertes.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a status named in a sentence</comment>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>An operation in “%1” cannot change its status.</source>
        <translation>Une opération à l&apos;état « %1 » ne peut pas changer d&apos;état.</translation>
    </message>
    <message>
        <source>An operation in “%1” can move to %2, not to “%3”.</source>
        <translation>Une opération à l&apos;état « %1 » peut passer à %2, pas à « %3 ».</translation>
    </message>
    <message>
        <source>Status moved from %1 to %2: %3</source>
        <translation>Statut passé de %1 à %2 : %3</translation>
    </message>
    <message>
        <source>Only a lead approves a plan.</source>
        <translation>Seul un responsable approuve un plan.</translation>
    </message>
    <message>
        <source>Only a lead closes an operation.</source>
        <translation>Seul un responsable clôt une opération.</translation>
    </message>
    <message>
        <source>Only a lead reopens a closed operation.</source>
        <translation>Seul un responsable rouvre une opération clôturée.</translation>
    </message>
    <message>
        <source>The plan changed after it was approved (1 change); approve it again.</source>
        <translation>Le plan a changé après son approbation (1 changement) ; approuvez-le de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>The plan changed after it was approved (%n changes); approve it again.</source>
        <translation>
            <numerusform>Le plan a changé après son approbation (%n changement) ; approuvez-le de nouveau.</numerusform>
            <numerusform>Le plan a changé après son approbation (%n changements) ; approuvez-le de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopening a closed operation needs a reason.</source>
        <translation>Rouvrir une opération clôturée demande un motif.</translation>
    </message>
    <message>
        <source>The operation is planned to start on %1, more than a day from now.</source>
        <translation>Le début de l’opération est prévu le %1, dans plus d’un jour.</translation>
    </message>
    <message>
        <source>1 task of the timeline up to the execution is still open.</source>
        <translation>Une tâche du calendrier jusqu’à l’exécution est encore ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks of the timeline up to the execution are still open.</source>
        <translation>
            <numerusform>%n tâche du calendrier jusqu’à l’exécution est encore ouverte.</numerusform>
            <numerusform>%n tâches du calendrier jusqu’à l’exécution sont encore ouvertes.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot move to %1 without a reason: %2</source>
        <translation>impossible de passer à %1 sans motif : %2</translation>
    </message>
    <message>
        <source>Status moved from %1 to %2.</source>
        <translation>Statut passé de %1 à %2.</translation>
    </message>
    <message>
        <source>the operation is %1 now, no longer %2: the move to %2 cannot be taken back</source>
        <translation>l’opération est maintenant %1, plus %2 : le passage à %2 ne peut pas être annulé</translation>
    </message>
    <message>
        <source>Only a lead takes back an approval or its withdrawal.</source>
        <translation>Seul un responsable annule une approbation ou son retrait.</translation>
    </message>
    <message>
        <source>Only a lead takes back a closing or a reopening.</source>
        <translation>Seul un responsable annule une clôture ou une réouverture.</translation>
    </message>
    <message>
        <source>Move from %1 to %2 taken back (undo).</source>
        <translation>Passage de %1 à %2 annulé (annuler).</translation>
    </message>
    <message>
        <source>taken back (undo)</source>
        <translation>annulé (annuler)</translation>
    </message>
</context>
<context>
    <name>tandem::OperationsView</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Du&amp;pliquer</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>S&amp;upprimer…</translation>
    </message>
    <message>
        <source>&amp;Open the plan</source>
        <translation>&amp;Ouvrir le plan</translation>
    </message>
    <message>
        <source>A new operation, as a draft (Ctrl+Shift+N or Insert)</source>
        <translation>Une nouvelle opération, à l&apos;état de brouillon (Ctrl+Shift+N ou Insert)</translation>
    </message>
    <message>
        <source>A new draft with the plan, targets, assignments and timeline of the selected operation, a week or more later (Ctrl+D)</source>
        <translation>Un nouveau brouillon reprenant le plan, les cibles, les affectations et la chronologie de l&apos;opération sélectionnée, décalé d&apos;une semaine ou plus (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete the selected operation, with its targets, assignments, timeline and log (Delete)</source>
        <translation>Supprimer l&apos;opération sélectionnée, avec ses cibles, ses affectations, sa chronologie et son journal (Delete)</translation>
    </message>
    <message>
        <source>Open the plan of the selected operation (Enter or double-click)</source>
        <translation>Ouvrir le plan de l&apos;opération sélectionnée (Enter ou double-clic)</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>None of %L1 operations match</source>
        <translation>Aucune des %L1 opérations ne correspond</translation>
    </message>
    <message>
        <source>%L1 of %L2 operations</source>
        <translation>%L1 opérations sur %L2</translation>
    </message>
    <message>
        <source>No operations yet</source>
        <translation>Aucune opération pour l&apos;instant</translation>
    </message>
    <message>
        <source>1 operation</source>
        <translation>1 opération</translation>
    </message>
    <message>
        <source>%L1 operations</source>
        <translation>%L1 opérations</translation>
    </message>
    <message>
        <source>New operation</source>
        <translation>Nouvelle opération</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Dupliquer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Duplicate Operation</source>
        <translation>Dupliquer l&apos;opération</translation>
    </message>
    <message>
        <source>The operation could not be duplicated.</source>
        <translation>L&apos;opération n&apos;a pas pu être dupliquée.</translation>
    </message>
    <message>
        <source>Delete Operation</source>
        <translation>Supprimer l&apos;opération</translation>
    </message>
    <message>
        <source>Delete the operation “%1”?</source>
        <translation>Supprimer l&apos;opération «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The operation could not be deleted.</source>
        <translation>L&apos;opération n&apos;a pas pu être supprimée.</translation>
    </message>
    <message>
        <source>Targets: %L1</source>
        <translation>Cibles&#xa0;: %L1</translation>
    </message>
    <message>
        <source>Agency assignments: %L1</source>
        <translation>Affectations d&apos;organismes&#xa0;: %L1</translation>
    </message>
    <message>
        <source>Timeline tasks: %L1</source>
        <translation>Tâches de la chronologie&#xa0;: %L1</translation>
    </message>
    <message>
        <source>Log notes: %L1</source>
        <translation>Notes du journal&#xa0;: %L1</translation>
    </message>
    <message>
        <source>Follow-up action items: %L1</source>
        <translation>Actions de suivi&#xa0;: %L1</translation>
    </message>
    <message>
        <source>Agencies&apos; feedback: %L1</source>
        <translation>Retours d&apos;expérience des organismes&#xa0;: %L1</translation>
    </message>
    <message>
        <source>Survivors recorded under it: %L1 (they stay, with their checklists, without the operation)</source>
        <translation>Survivants enregistrés sous elle&#xa0;: %L1 (ils restent, avec leurs listes de contrôle, sans l&apos;opération)</translation>
    </message>
    <message>
        <source>Tips linked to it: %L1 (they stay, unlinked)</source>
        <translation>Signalements liés à elle&#xa0;: %L1 (ils restent, sans lien)</translation>
    </message>
    <message>
        <source>It holds nothing yet. Undo (Ctrl+Z) brings it back.</source>
        <translation>Elle ne contient encore rien. Annuler (Ctrl+Z) la rétablit.</translation>
    </message>
    <message>
        <source>Delete the operation “%1” (%2) and everything recorded in it?</source>
        <translation>Supprimer l&apos;opération «&#xa0;%1&#xa0;» (%2) et tout ce qui y est enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it all back while this file stays open.</source>
        <translation>Annuler (Ctrl+Z) rétablit tout tant que ce fichier reste ouvert.</translation>
    </message>
</context>
<context>
    <name>tandem::PartnerModel</name>
    <message>
        <source>The partner offices could not be read: %1</source>
        <translation>Les bureaux partenaires n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 has merged this office&apos;s changes up to change number %2; an incremental export sends what came after.</source>
        <translation>%1 a fusionné les modifications de ce bureau jusqu&apos;à la modification n° %2&#xa0;; un export incrémental envoie ce qui a suivi.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>De confiance depuis</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Dernier export</translation>
    </message>
    <message>
        <source>Last merge</source>
        <translation>Dernière fusion</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Accusé de réception</translation>
    </message>
</context>
<context>
    <name>tandem::Partners</name>
    <message>
        <source>this is this office&apos;s own card; give it to your partners and import theirs</source>
        <translation>ceci est la carte de ce bureau&#xa0;; donnez-la à vos partenaires et importez les leurs</translation>
    </message>
    <message>
        <source>the fingerprint given (%1) is not the one of this card (%2): the card was not trusted. Ask the office to read out the fingerprint of its new card again.</source>
        <translation>l’empreinte donnée (%1) n’est pas celle de cette carte (%2) : la carte n’a pas été approuvée. Demandez au bureau de relire l’empreinte de sa nouvelle carte.</translation>
    </message>
    <message>
        <source>office &quot;%1&quot; (site %2) is already trusted with other keys (fingerprint %3); this card has fingerprint %4. Compare both with the office over the phone: a card with the same site and new keys may be forged. If the office has made new keys, replace its key by confirming the new fingerprint.</source>
        <translation>le bureau « %1 » (site %2) est déjà approuvé avec d’autres clés (empreinte %3) ; cette carte a l’empreinte %4. Comparez les deux avec le bureau par téléphone : une carte avec le même site et de nouvelles clés peut être falsifiée. Si le bureau a créé de nouvelles clés, remplacez sa clé en confirmant la nouvelle empreinte.</translation>
    </message>
    <message>
        <source>office &quot;%1&quot; is known with other keys (fingerprint %2) than this card (fingerprint %3). Compare fingerprints with the office over the phone; if it has made new keys, confirm the new fingerprint to replace its key.</source>
        <translation>le bureau « %1 » est connu avec d’autres clés (empreinte %2) que cette carte (empreinte %3). Comparez les empreintes avec le bureau par téléphone ; s’il a créé de nouvelles clés, confirmez la nouvelle empreinte pour remplacer sa clé.</translation>
    </message>
    <message>
        <source>new key, fingerprint %1, replaces fingerprint %2</source>
        <translation>nouvelle clé, empreinte %1, remplace l’empreinte %2</translation>
    </message>
    <message>
        <source>fingerprint %1</source>
        <translation>empreinte %1</translation>
    </message>
    <message>
        <source>this is this office itself, not a partner</source>
        <translation>c’est ce bureau lui-même, pas un partenaire</translation>
    </message>
    <message>
        <source>not a trusted partner office</source>
        <translation>ce n’est pas un bureau partenaire de confiance</translation>
    </message>
    <message>
        <source>fingerprint %1 no longer trusted</source>
        <translation>l’empreinte %1 n’est plus approuvée</translation>
    </message>
    <message>
        <source>only a lead trusts or untrusts partner offices: %1</source>
        <translation>seul un responsable accorde ou retire la confiance aux bureaux partenaires : %1</translation>
    </message>
    <message>
        <source>this bundle was written by this very file, not for it</source>
        <translation>ce lot a été écrit par ce fichier même, pas pour lui</translation>
    </message>
    <message>
        <source>the bundle comes from &quot;%1&quot;, a machine removed from this office on %2: a removed machine&apos;s changes are not taken any more</source>
        <translation>le lot vient de « %1 », un poste retiré de ce bureau le %2 : les modifications d&apos;un poste retiré ne sont plus acceptées</translation>
    </message>
    <message>
        <source>bundle sender is no longer trusted</source>
        <translation>l&apos;expéditeur du lot n&apos;est plus de confiance</translation>
    </message>
    <message>
        <source>bundle names another office for its sender than the one this file knows it by</source>
        <translation>le lot indique pour son expéditeur un autre bureau que celui sous lequel ce fichier le connaît</translation>
    </message>
    <message>
        <source>Machine %1</source>
        <translation>Poste %1</translation>
    </message>
    <message>
        <source>cannot read the partner offices</source>
        <translation>impossible de lire les bureaux partenaires</translation>
    </message>
    <message>
        <source>this is another machine of this office, not a partner: remove it from the office&apos;s machines instead</source>
        <translation>c&apos;est un autre poste de ce bureau, pas un partenaire : retirez-le plutôt des postes du bureau</translation>
    </message>
</context>
<context>
    <name>tandem::PassphraseDialog</name>
    <message>
        <source>Office passphrase</source>
        <translation>Phrase secrète du bureau</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
</context>
<context>
    <name>tandem::PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Confirmer la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>C&amp;onfirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse&#xa0;:</translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation>Trop faible</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très forte</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>A few unrelated words make a passphrase that is long and easy to remember. Nobody can recover a forgotten passphrase: keep it somewhere safe.</source>
        <translation>Quelques mots sans rapport entre eux forment une phrase secrète longue et facile à retenir. Personne ne peut récupérer une phrase secrète oubliée&#xa0;: conservez-la en lieu sûr.</translation>
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
        <translation>Planificateur</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Agent de liaison</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>only a lead manages people: say who you are first</source>
        <translation>seul un responsable gère les personnes : dites d&apos;abord qui vous êtes</translation>
    </message>
    <message>
        <source>%1 (%2) may not manage people: that is a lead&apos;s</source>
        <translation>%1 (%2) ne peut pas gérer les personnes : cela revient à un responsable</translation>
    </message>
    <message>
        <source>no person has the id %1</source>
        <translation>aucune personne n&apos;a l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>%1 was removed from this office</source>
        <translation>%1 a été retiré(e) de ce bureau</translation>
    </message>
    <message>
        <source>no person of this office is called &quot;%1&quot;</source>
        <translation>aucune personne de ce bureau ne s&apos;appelle « %1 »</translation>
    </message>
    <message>
        <source>this office has no people yet</source>
        <translation>ce bureau n&apos;a pas encore de personnes</translation>
    </message>
    <message numerus="yes">
        <source>%n people use this file: say who you are (--as NAME or TANDEM_USER)</source>
        <translation>
            <numerusform>%n personne utilise ce fichier : dites qui vous êtes (--as NOM ou TANDEM_USER)</numerusform>
            <numerusform>%n personnes utilisent ce fichier : dites qui vous êtes (--as NOM ou TANDEM_USER)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was removed from this office: their passphrase opens nothing</source>
        <translation>%1 a été retiré(e) de ce bureau : sa phrase secrète n&apos;ouvre rien</translation>
    </message>
    <message>
        <source>wrong passphrase for %1</source>
        <translation>phrase secrète incorrecte pour %1</translation>
    </message>
    <message>
        <source>%1 (%2) may not change %3</source>
        <translation>%1 (%2) ne peut pas modifier %3</translation>
    </message>
    <message>
        <source>a person needs a name</source>
        <translation>une personne a besoin d&apos;un nom</translation>
    </message>
    <message>
        <source>a person needs at least one role: %1</source>
        <translation>une personne a besoin d&apos;au moins un rôle : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; the roles are: %2</source>
        <translation>« %1 » n&apos;est pas un rôle ; les rôles sont : %2</translation>
    </message>
    <message>
        <source>this office already has a person called &quot;%1&quot;</source>
        <translation>ce bureau a déjà une personne nommée « %1 »</translation>
    </message>
    <message>
        <source>no agency has the id %1</source>
        <translation>aucune agence n&apos;a l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>only a person who may read identities can give that right</source>
        <translation>seule une personne qui peut lire les identités peut donner ce droit</translation>
    </message>
    <message>
        <source>%1 was removed already</source>
        <translation>%1 a déjà été retiré(e)</translation>
    </message>
    <message>
        <source>you cannot remove yourself: another lead can</source>
        <translation>vous ne pouvez pas vous retirer vous-même : un autre responsable le peut</translation>
    </message>
    <message>
        <source>%1 is the last lead of this office</source>
        <translation>%1 est le dernier responsable de ce bureau</translation>
    </message>
</context>
<context>
    <name>tandem::PeopleDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>The people of this office. Each has a passphrase of their own; what they change is recorded in their name.</source>
        <translation>Les personnes de ce bureau. Chacune a sa propre phrase secrète ; ce qu&apos;elle modifie est enregistré à son nom.</translation>
    </message>
    <message>
        <source>The people of this office. Only a lead adds or removes people.</source>
        <translation>Les personnes de ce bureau. Seul un responsable ajoute ou retire des personnes.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Opens identities</source>
        <translation>Ouvre les identités</translation>
    </message>
    <message>
        <source>The people could not be read.</source>
        <translation>Les personnes n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
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
        <source>Adding a person wraps the office keys for them.</source>
        <translation>Ajouter une personne chiffre les clés du bureau pour elle.</translation>
    </message>
    <message>
        <source>The person could not be removed.</source>
        <translation>La personne n&apos;a pas pu être retirée.</translation>
    </message>
    <message>
        <source>Remove a Person</source>
        <translation>Retirer une personne</translation>
    </message>
    <message>
        <source>Remove %1 from this office?</source>
        <translation>Retirer %1 de ce bureau ?</translation>
    </message>
    <message>
        <source>Their passphrase will open nothing from now on. What they did stays recorded in their name.</source>
        <translation>Sa phrase secrète n&apos;ouvrira plus rien désormais. Ce qu&apos;elle a fait reste enregistré à son nom.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>tandem::PickerSources</name>
    <message>
        <source>The only open operation does not match</source>
        <translation>La seule opération ouverte ne correspond pas</translation>
    </message>
    <message>
        <source>The only open operation</source>
        <translation>La seule opération ouverte</translation>
    </message>
    <message>
        <source>%L1 open operations</source>
        <translation>%L1 opérations ouvertes</translation>
    </message>
    <message>
        <source>None of the %L1 open operations match</source>
        <translation>Aucune des %L1 opérations ouvertes ne correspond</translation>
    </message>
    <message>
        <source>%L1 of %L2 open operations</source>
        <translation>%L1 sur %L2 opérations ouvertes</translation>
    </message>
    <message>
        <source>no place given</source>
        <translation>aucun lieu indiqué</translation>
    </message>
    <message>
        <source>The only open tip does not match</source>
        <translation>Le seul signalement ouvert ne correspond pas</translation>
    </message>
    <message>
        <source>The only open tip</source>
        <translation>Le seul signalement ouvert</translation>
    </message>
    <message>
        <source>%L1 open tips</source>
        <translation>%L1 signalements ouverts</translation>
    </message>
    <message>
        <source>None of the %L1 open tips match</source>
        <translation>Aucun des %L1 signalements ouverts ne correspond</translation>
    </message>
    <message>
        <source>%L1 of %L2 open tips</source>
        <translation>%L1 sur %L2 signalements ouverts</translation>
    </message>
    <message>
        <source>The only service does not match</source>
        <translation>Le seul service ne correspond pas</translation>
    </message>
    <message>
        <source>The only service</source>
        <translation>Le seul service</translation>
    </message>
    <message>
        <source>All %L1 services</source>
        <translation>Les %L1 services</translation>
    </message>
    <message>
        <source>None of the %L1 services match</source>
        <translation>Aucun des %L1 services ne correspond</translation>
    </message>
    <message>
        <source>%L1 of %L2 services</source>
        <translation>%L1 services sur %L2</translation>
    </message>
    <message>
        <source>capacity %L1</source>
        <translation>capacité %L1</translation>
    </message>
    <message>
        <source>accepts minors</source>
        <translation>accepte les mineurs</translation>
    </message>
    <message>
        <source>adults only</source>
        <translation>adultes seulement</translation>
    </message>
</context>
<context>
    <name>tandem::PlanBanners</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Approve Again</source>
        <translation>Approuver de nouveau</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Rouvrir…</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Changes since approval</source>
        <translation>Changements depuis l’approbation</translation>
    </message>
    <message>
        <source>Approve the plan as it is now, so that it can be briefed and started</source>
        <translation>Approuver le plan tel qu’il est maintenant, pour qu’il puisse être présenté et lancé</translation>
    </message>
    <message>
        <source>Reopen the operation to change it; a lead does, with a reason</source>
        <translation>Rouvrir l’opération pour la modifier ; un responsable le fait, avec un motif</translation>
    </message>
    <message>
        <source>Closed — reopen to change. The plan, its targets, assignments, timeline and log are read only.</source>
        <translation>Clôturée — rouvrez-la pour la modifier. Le plan, ses cibles, affectations, calendrier et journal sont en lecture seule.</translation>
    </message>
    <message>
        <source>Changed since approval.</source>
        <translation>Modifié depuis l’approbation.</translation>
    </message>
    <message>
        <source>Changed since approval by %1 on %2.</source>
        <translation>Modifié depuis l’approbation par %1 le %2.</translation>
    </message>
    <message>
        <source>Changed since approval by %1.</source>
        <translation>Modifié depuis l’approbation par %1.</translation>
    </message>
    <message>
        <source>The plan must be approved again before it is briefed or started (1 change).</source>
        <translation>Le plan doit être approuvé de nouveau avant d’être présenté ou lancé (1 changement).</translation>
    </message>
    <message numerus="yes">
        <source>The plan must be approved again before it is briefed or started (%n changes).</source>
        <translation>
            <numerusform>Le plan doit être approuvé de nouveau avant d’être présenté ou lancé (%n changement).</numerusform>
            <numerusform>Le plan doit être approuvé de nouveau avant d’être présenté ou lancé (%n changements).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::PlanGate</name>
    <message>
        <source>operation %1 is closed; a lead reopens it (tandem-cli move DB %2 completed --reason T)</source>
        <translation>l’opération %1 est clôturée ; un responsable la rouvre (tandem-cli move DB %2 completed --reason T)</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <comment>a record type and its name</comment>
        <translation>%1 « %2 »</translation>
    </message>
    <message>
        <source>%1 added</source>
        <comment>a record added to a plan</comment>
        <translation>%1 : ajout</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <comment>a record deleted from a plan</comment>
        <translation>%1 : suppression</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a record and one of its fields</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the changes to an approved plan are recorded by Tandem as they are made, never added by hand</source>
        <translation>Tandem enregistre les changements d’un plan approuvé au moment où ils sont faits ; ils ne s’ajoutent jamais à la main</translation>
    </message>
    <message>
        <source>a recorded change to an approved plan is kept as it was written</source>
        <translation>un changement enregistré d’un plan approuvé reste tel qu’il a été écrit</translation>
    </message>
    <message>
        <source>a recorded change to an approved plan is deleted only with its operation</source>
        <translation>un changement enregistré d’un plan approuvé n’est supprimé qu’avec son opération</translation>
    </message>
</context>
<context>
    <name>tandem::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Lock the office keys after</source>
        <translation>Verrouiller les clés du bureau après</translation>
    </message>
    <message>
        <source>%1 minutes unused</source>
        <translation>%1 minutes d&apos;inactivité</translation>
    </message>
    <message>
        <source>While the office keys are unlocked, survivors&apos; identifying details can be read and bundles signed without the passphrase. Tandem locks them again when they have not been used for this long, and whenever you choose Security ▸ Lock.</source>
        <translation>Tant que les clés du bureau sont déverrouillées, les données d&apos;identification des survivants peuvent être lues et les lots signés sans la phrase secrète. Tandem les verrouille à nouveau lorsqu&apos;elles n&apos;ont pas servi pendant cette durée, et chaque fois que vous choisissez Sécurité ▸ Verrouiller.</translation>
    </message>
    <message>
        <source>Office keys</source>
        <translation>Clés du bureau</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Verrouiller après&#xa0;:</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>Langue de la &amp;fenêtre :</translation>
    </message>
    <message>
        <source>&amp;Back up routinely: when a file is opened (once a day) and when it is closed after changes</source>
        <translation>Sauvegarder &amp;régulièrement&#xa0;: à l&apos;ouverture d&apos;un fichier (une fois par jour) et à sa fermeture après des modifications</translation>
    </message>
    <message>
        <source>Backups kept per file</source>
        <translation>Sauvegardes conservées par fichier</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Garder les plus récentes&#xa0;:</translation>
    </message>
    <message>
        <source>backups of each file</source>
        <translation>sauvegardes de chaque fichier</translation>
    </message>
    <message>
        <source>Backups go to a folder beside the file, readable by you only. Tandem also backs up before every merge and every restore; File ▸ Back Up Now makes one at any time, File ▸ Restore from Backup goes back to one.</source>
        <translation>Les sauvegardes vont dans un dossier à côté du fichier, lisible par vous seul. Tandem sauvegarde aussi avant chaque fusion et chaque restauration&#xa0;; Fichier ▸ Sauvegarder maintenant en fait une à tout moment, Fichier ▸ Restaurer depuis une sauvegarde revient à l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <source>Language and dates</source>
        <translation>Langue et dates</translation>
    </message>
    <message>
        <source>Numbers and the names of months follow it. It applies the next time Tandem starts.</source>
        <translation>Les nombres et les noms des mois la suivent. S&apos;applique au prochain démarrage de Tandem.</translation>
    </message>
    <message>
        <source>Day month year: %1</source>
        <translation>Jour mois année : %1</translation>
    </message>
    <message>
        <source>ISO 8601: %1</source>
        <translation>ISO 8601 : %1</translation>
    </message>
    <message>
        <source>As the system writes them: %1</source>
        <translation>Comme le système les écrit : %1</translation>
    </message>
    <message>
        <source>&amp;Dates and times:</source>
        <translation>&amp;Dates et heures :</translation>
    </message>
    <message>
        <source>In every list, form, report and export. It applies at once.</source>
        <translation>Dans chaque liste, formulaire, rapport et export. S&apos;applique aussitôt.</translation>
    </message>
    <message>
        <source>Where new records of this file go</source>
        <translation>Où vont les nouveaux enregistrements de ce fichier</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Gé&amp;néral</translation>
    </message>
    <message>
        <source>New %1 go to</source>
        <translation>Les nouveaux enregistrements « %1 » vont à</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>For this file: what a new record is shared with unless you choose otherwise on the record. A sharing group is chosen on each record.</source>
        <translation>Pour ce fichier : avec qui un nouvel enregistrement est partagé, sauf si vous choisissez autre chose sur l’enregistrement. Un groupe de partage se choisit sur chaque enregistrement.</translation>
    </message>
    <message>
        <source>Only a lead of the office changes these: %1</source>
        <translation>Seul un responsable du bureau les modifie : %1</translation>
    </message>
    <message>
        <source>&amp;Sharing</source>
        <translation>&amp;Partage</translation>
    </message>
    <message>
        <source>How long survivors&apos; identities are kept</source>
        <translation>Durée de conservation des identités des personnes survivantes</translation>
    </message>
    <message>
        <source>Until erased by hand</source>
        <translation>Jusqu&apos;à effacement manuel</translation>
    </message>
    <message>
        <source> months after the case closed</source>
        <translation> mois après la clôture du dossier</translation>
    </message>
    <message>
        <source>Erase identities</source>
        <translation>Effacer les identités</translation>
    </message>
    <message>
        <source>&amp;Erase identities:</source>
        <translation>&amp;Effacer les identités :</translation>
    </message>
    <message>
        <source>When the operation of a survivor closed longer ago than this, and no consent of theirs is active and no step of their checklist is open, Today lists their identity as due for erasure.</source>
        <translation>Lorsque l&apos;opération d&apos;une personne survivante a été clôturée depuis plus longtemps que cela, sans consentement en vigueur ni étape ouverte, Aujourd&apos;hui indique son identité comme à effacer.</translation>
    </message>
    <message>
        <source>Only a lead of the office changes this: %1</source>
        <translation>Seul un responsable du bureau modifie ceci : %1</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Largest file</source>
        <translation>Taille maximale d&apos;un fichier</translation>
    </message>
    <message>
        <source>Largest &amp;file:</source>
        <translation>Taille &amp;maximale d&apos;un fichier :</translation>
    </message>
    <message>
        <source>A larger file is refused when it is attached. Every file goes into the office&apos;s file and into the bundles of each partner its record goes to.</source>
        <translation>Un fichier plus lourd est refusé quand on le joint. Chaque fichier entre dans le fichier du bureau et dans les lots de chaque partenaire auquel va son enregistrement.</translation>
    </message>
</context>
<context>
    <name>tandem::ProtocolEditor</name>
    <message>
        <source>Add Step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Retirer l&apos;étape</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Or drag the step to its place (Ctrl+Up)</source>
        <translation>Ou faites glisser l&apos;étape à sa place (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Or drag the step to its place (Ctrl+Down)</source>
        <translation>Ou faites glisser l&apos;étape à sa place (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-jj</translation>
    </message>
    <message>
        <source>What changed in this version, and why</source>
        <translation>Ce qui a changé dans cette version, et pourquoi</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation>Territoire d&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>by</source>
        <translation>par</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Prochaine révision&#xa0;:</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>Modifications&#xa0;:</translation>
    </message>
    <message>
        <source>The protocol could not be read.</source>
        <translation>Le protocole n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation>Nouveau protocole</translation>
    </message>
    <message>
        <source>First step</source>
        <translation>Première étape</translation>
    </message>
    <message>
        <source>The protocol could not be saved.</source>
        <translation>Le protocole n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>the next review must be a date written yyyy-mm-dd, not &quot;%1&quot;</source>
        <translation>la prochaine révision doit être une date au format aaaa-mm-jj, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Select a protocol to edit it, or start a new one.</source>
        <translation>Sélectionnez un protocole pour le modifier, ou commencez-en un nouveau.</translation>
    </message>
    <message>
        <source>A new protocol. Once saved, it is in force: survivors whose rescue time is set after that get its steps.</source>
        <translation>Un nouveau protocole. Une fois enregistré, il est en vigueur&#xa0;: les survivants dont l&apos;heure du sauvetage est définie après cela reçoivent ses étapes.</translation>
    </message>
    <message>
        <source>This protocol could not be read.</source>
        <translation>Ce protocole n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Version %1 · in force.</source>
        <translation>Version %1 · en vigueur.</translation>
    </message>
    <message>
        <source>Version %1 · retired: no new checklist follows it.</source>
        <translation>Version %1 · retirée&#xa0;: aucune nouvelle liste de contrôle ne la suit.</translation>
    </message>
    <message>
        <source>1 survivor follows this version.</source>
        <translation>1 survivant suit cette version.</translation>
    </message>
    <message>
        <source>Saving a change makes a new version; they keep this one.</source>
        <translation>Enregistrer une modification crée une nouvelle version&#xa0;; ils conservent celle-ci.</translation>
    </message>
    <message>
        <source>It ships with Tandem and partner offices may follow it, so saving a change makes a new version.</source>
        <translation>Il est fourni avec Tandem et des bureaux partenaires peuvent le suivre&#xa0;: enregistrer une modification crée donc une nouvelle version.</translation>
    </message>
    <message>
        <source>No survivor follows it yet: saving changes this version.</source>
        <translation>Aucun survivant ne la suit encore&#xa0;: l&apos;enregistrement modifie cette version.</translation>
    </message>
    <message>
        <source> and %L1 more</source>
        <translation> et %L1 autres</translation>
    </message>
    <message>
        <source>Followed by: %1</source>
        <translation>Suivi par&#xa0;: %1</translation>
    </message>
    <message>
        <source>New step %1</source>
        <translation>Nouvelle étape %1</translation>
    </message>
    <message>
        <source>Version %1 · retired (%2): no new checklist follows it.</source>
        <translation>Version %1 · retirée (%2)&#xa0;: aucune nouvelle liste de contrôle ne la suit.</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine révision</translation>
    </message>
    <message>
        <source>Next review by</source>
        <translation>Prochaine révision par</translation>
    </message>
    <message numerus="yes">
        <source>%Ln survivors follow this version.</source>
        <translation>
            <numerusform>%Ln survivant suit cette version.</numerusform>
            <numerusform>%Ln survivants suivent cette version.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ProtocolFile</name>
    <message>
        <source>unknown field &quot;%1&quot;; the fields are: %2</source>
        <translation>champ inconnu «&#xa0;%1&#xa0;»&#xa0;; les champs sont&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>«&#xa0;%1&#xa0;» est absent</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>«&#xa0;%1&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single line</source>
        <translation>«&#xa0;%1&#xa0;» doit tenir sur une seule ligne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>«&#xa0;%1&#xa0;» est vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>step %1: a step must be a JSON object</source>
        <translation>étape %1&#xa0;: une étape doit être un objet JSON</translation>
    </message>
    <message>
        <source>step %1: </source>
        <translation>étape %1&#xa0;: </translation>
    </message>
    <message>
        <source>step %1 (&quot;%2&quot;): </source>
        <translation>étape %1 («&#xa0;%2&#xa0;»)&#xa0;: </translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must be lower-case letters, digits and underscores, starting with a letter (at most 64)</source>
        <translation>la clé «&#xa0;%1&#xa0;» doit se composer de lettres minuscules, de chiffres et de tirets bas, et commencer par une lettre (64 caractères au plus)</translation>
    </message>
    <message>
        <source>the title is longer than 1,000 characters</source>
        <translation>le titre dépasse 1&#xa0;000 caractères</translation>
    </message>
    <message>
        <source>unknown owner role &quot;%1&quot;; the roles are: %2</source>
        <translation>rôle de responsable inconnu «&#xa0;%1&#xa0;»&#xa0;; les rôles sont&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown applies_to &quot;%1&quot;; it is one of: %2</source>
        <translation>valeur applies_to inconnue «&#xa0;%1&#xa0;»&#xa0;; elle doit être l&apos;une des suivantes&#xa0;: %2</translation>
    </message>
    <message>
        <source>due &quot;%1&quot; is not an offset; write +&lt;number&gt; then m, h or d (e.g. +90m, +24h, +30d), or before_first_interview</source>
        <translation>l&apos;échéance «&#xa0;%1&#xa0;» n&apos;est pas un décalage&#xa0;; écrivez +&lt;nombre&gt; puis m, h ou d (p. ex. +90m, +24h, +30d), ou before_first_interview</translation>
    </message>
    <message>
        <source>due &quot;%1&quot; is negative; a step is due after the rescue (T0), not before it</source>
        <translation>l&apos;échéance «&#xa0;%1&#xa0;» est négative&#xa0;; une étape arrive à échéance après le sauvetage (T0), pas avant</translation>
    </message>
    <message>
        <source>due &quot;%1&quot; is more than 366 days after the rescue</source>
        <translation>l&apos;échéance «&#xa0;%1&#xa0;» tombe plus de 366 jours après le sauvetage</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3 (byte offset %4)</source>
        <translation>contenu JSON non valide&#xa0;: %1 à la ligne %2, colonne %3 (position en octets %4)</translation>
    </message>
    <message>
        <source>not a protocol: the file must hold one JSON object</source>
        <translation>ce n&apos;est pas un protocole&#xa0;: le fichier doit contenir un seul objet JSON</translation>
    </message>
    <message>
        <source>&quot;format&quot; is missing; a protocol file starts with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>«&#xa0;format&#xa0;» est absent&#xa0;; un fichier de protocole commence par &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; this version of Tandem reads &quot;%2&quot;</source>
        <translation>format inconnu «&#xa0;%1&#xa0;»&#xa0;; cette version de Tandem lit «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;family&quot; is not an id: &quot;%1&quot;</source>
        <translation>«&#xa0;family&#xa0;» n&apos;est pas un identifiant&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;next_review&quot; must be a date as yyyy-mm-dd, got &quot;%1&quot;</source>
        <translation>«&#xa0;next_review&#xa0;» doit être une date au format aaaa-mm-jj, reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;steps&quot; is missing</source>
        <translation>«&#xa0;steps&#xa0;» est absent</translation>
    </message>
    <message>
        <source>&quot;steps&quot; must be a list</source>
        <translation>«&#xa0;steps&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <source>the protocol has no steps</source>
        <translation>le protocole n&apos;a aucune étape</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used by an earlier step</source>
        <translation>la clé «&#xa0;%1&#xa0;» est déjà utilisée par une étape précédente</translation>
    </message>
    <message>
        <source>the same title as step %1</source>
        <translation>même titre que l&apos;étape %1</translation>
    </message>
    <message>
        <source>the file is larger than a protocol file can be (%1 KiB at most)</source>
        <translation>le fichier est plus grand que ne peut l&apos;être un fichier de protocole (%1 Kio au plus)</translation>
    </message>
</context>
<context>
    <name>tandem::ProtocolListModel</name>
    <message>
        <source>The protocols could not be read: %1</source>
        <translation>Les protocoles n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 survivor follows this version</source>
        <translation>1 survivant suit cette version</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>Suivi par</translation>
    </message>
    <message numerus="yes">
        <source>%Ln survivors follow this version</source>
        <translation>
            <numerusform>%Ln survivant suit cette version</numerusform>
            <numerusform>%Ln survivants suivent cette version</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ProtocolStepForm</name>
    <message>
        <source>Selected step</source>
        <translation>Étape sélectionnée</translation>
    </message>
    <message>
        <source>Mandatory: an operation cannot be closed while it is open</source>
        <translation>Obligatoire&#xa0;: une opération ne peut pas être clôturée tant que l&apos;étape est ouverte</translation>
    </message>
    <message>
        <source>What to do and how, in plain words, and the source (law, convention, guideline)</source>
        <translation>Quoi faire et comment, en termes simples, et la source (loi, convention, ligne directrice)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Guidance:</source>
        <translation>Consignes&#xa0;:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>S&apos;applique à&#xa0;:</translation>
    </message>
    <message>
        <source>Due, how many</source>
        <translation>Échéance, combien</translation>
    </message>
    <message>
        <source>Due, in hours or days</source>
        <translation>Échéance, en heures ou en jours</translation>
    </message>
    <message>
        <source>Due, counted from</source>
        <translation>Échéance, comptée à partir de</translation>
    </message>
</context>
<context>
    <name>tandem::ProtocolStepModel</name>
    <message>
        <source>Before the first interview</source>
        <translation>Avant le premier entretien</translation>
    </message>
    <message>
        <source>%1 d after T0</source>
        <translation>%1 j après T0</translation>
    </message>
    <message>
        <source>%1 h after T0</source>
        <translation>%1 h après T0</translation>
    </message>
    <message>
        <source>%1 min after T0</source>
        <translation>%1 min après T0</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultative</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
</context>
<context>
    <name>tandem::Protocols</name>
    <message>
        <source>the protocol has no steps</source>
        <translation>le protocole n&apos;a aucune étape</translation>
    </message>
    <message>
        <source>version %1 of this protocol was deleted from this database; give the file a higher version to import it again</source>
        <translation>la version %1 de ce protocole a été supprimée de cette base de données&#xa0;; donnez au fichier un numéro de version supérieur pour l&apos;importer à nouveau</translation>
    </message>
    <message>
        <source>version %1 of this protocol is already in this database (&quot;%2&quot;)</source>
        <translation>la version %1 de ce protocole est déjà dans cette base de données («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>step %1 (&quot;%2&quot;): %3</source>
        <translation>étape %1 («&#xa0;%2&#xa0;»)&#xa0;: %3</translation>
    </message>
    <message>
        <source>this protocol was deleted</source>
        <translation>ce protocole a été supprimé</translation>
    </message>
    <message>
        <source>step &quot;%1&quot;: the due offset is negative; a step is due after the rescue (T0), not before it</source>
        <translation>étape «&#xa0;%1&#xa0;»&#xa0;: le décalage d&apos;échéance est négatif&#xa0;; une étape arrive à échéance après le sauvetage (T0), pas avant</translation>
    </message>
    <message>
        <source>step %1 (&quot;%2&quot;): </source>
        <translation>étape %1 («&#xa0;%2&#xa0;»)&#xa0;: </translation>
    </message>
    <message>
        <source>new protocol</source>
        <translation>nouveau protocole</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; a protocol is active or retired</source>
        <translation>statut inconnu «&#xa0;%1&#xa0;»&#xa0;; un protocole est actif ou retiré</translation>
    </message>
    <message>
        <source>version %1 is in force</source>
        <translation>la version %1 est en vigueur</translation>
    </message>
    <message>
        <source>replaced by version %1</source>
        <translation>remplacée par la version %1</translation>
    </message>
    <message>
        <source>version %1 was made active instead</source>
        <translation>la version %1 a été activée à sa place</translation>
    </message>
</context>
<context>
    <name>tandem::ProtocolsView</name>
    <message>
        <source>New Protocol</source>
        <translation>Nouveau protocole</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add a protocol from a protocol file (JSON)</source>
        <translation>Ajouter un protocole à partir d&apos;un fichier de protocole (JSON)</translation>
    </message>
    <message>
        <source>Write the selected version as a protocol file (JSON) to share or keep</source>
        <translation>Écrire la version sélectionnée dans un fichier de protocole (JSON), pour la partager ou la conserver</translation>
    </message>
    <message>
        <source>1 version</source>
        <translation>1 version</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocoles</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>Make Active</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>No new checklist follows this version; existing ones keep it</source>
        <translation>Aucune nouvelle liste de contrôle ne suivra cette version&#xa0;; les listes existantes la conservent</translation>
    </message>
    <message>
        <source>New checklists follow this version again (other versions are retired)</source>
        <translation>Les nouvelles listes de contrôle suivront de nouveau cette version (les autres versions sont retirées)</translation>
    </message>
    <message>
        <source>Import Protocol</source>
        <translation>Importer un protocole</translation>
    </message>
    <message>
        <source>Protocol files (*.json);;All files (*)</source>
        <translation>Fichiers de protocole (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The protocol could not be imported.</source>
        <translation>Le protocole n&apos;a pas pu être importé.</translation>
    </message>
    <message>
        <source>The protocol could not be exported.</source>
        <translation>Le protocole n&apos;a pas pu être exporté.</translation>
    </message>
    <message>
        <source>Export Protocol</source>
        <translation>Exporter le protocole</translation>
    </message>
    <message>
        <source>Protocol files (*.json)</source>
        <translation>Fichiers de protocole (*.json)</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; was written to %3.</source>
        <translation>La version %1 de «&#xa0;%2&#xa0;» a été écrite dans %3.</translation>
    </message>
    <message>
        <source>The protocol&apos;s status could not be changed.</source>
        <translation>Le statut du protocole n&apos;a pas pu être modifié.</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is now in force.</source>
        <translation>La version %1 de «&#xa0;%2&#xa0;» est maintenant en vigueur.</translation>
    </message>
    <message>
        <source>Retired, as replaced by it: version %1. Survivors whose checklists were made from it keep their steps.</source>
        <translation>Retirée, car remplacée par elle&#xa0;: version %1. Les survivants dont les listes de contrôle ont été faites à partir d&apos;elle gardent leurs étapes.</translation>
    </message>
    <message>
        <source>No new checklist follows it.</source>
        <translation>Aucune nouvelle liste de contrôle ne la suivra.</translation>
    </message>
    <message>
        <source>The survivor whose checklist was made from it keeps its steps.</source>
        <translation>Le survivant dont la liste de contrôle a été faite à partir d&apos;elle garde ses étapes.</translation>
    </message>
    <message>
        <source>The %L1 survivors whose checklists were made from it keep their steps.</source>
        <translation>Les %L1 survivants dont les listes de contrôle ont été faites à partir d&apos;elle gardent leurs étapes.</translation>
    </message>
    <message>
        <source>Retire Protocol</source>
        <translation>Retirer le protocole</translation>
    </message>
    <message>
        <source>Retire version %1 of “%2”?</source>
        <translation>Retirer la version %1 de «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Why it is retired:</source>
        <translation>&amp;Motif du retrait&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln versions</source>
        <translation>
            <numerusform>%Ln version</numerusform>
            <numerusform>%Ln versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::RangeSpinBox</name>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
</context>
<context>
    <name>tandem::ReasonDialog</name>
    <message>
        <source>Required: it is recorded with it and shown</source>
        <translation>Obligatoire&#xa0;: il est enregistré avec et affiché</translation>
    </message>
    <message>
        <source>Declined by the Survivor</source>
        <translation>Refusée par le survivant</translation>
    </message>
    <message>
        <source>Record that %1 declined “%2”?</source>
        <translation>Enregistrer que %1 a refusé «&#xa0;%2&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>It is recorded as their choice, not as a step missed, and is no longer owed. Reopen brings it back.</source>
        <translation>C&apos;est enregistré comme son choix, non comme une étape manquée, et n&apos;est plus dû. Rouvrir la rétablit.</translation>
    </message>
    <message>
        <source>&amp;Why they declined:</source>
        <translation>&amp;Motif du refus&#xa0;:</translation>
    </message>
    <message>
        <source>Record the Decline</source>
        <translation>Enregistrer le refus</translation>
    </message>
    <message>
        <source>Not Applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Mark “%1” as not applicable to %2?</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme sans objet pour %2&#xa0;?</translation>
    </message>
    <message>
        <source>The step is no longer owed to them. Reopen brings it back.</source>
        <translation>L&apos;étape ne lui est plus due. Rouvrir la rétablit.</translation>
    </message>
    <message>
        <source>&amp;Why it does not apply:</source>
        <translation>&amp;Pourquoi elle est sans objet&#xa0;:</translation>
    </message>
    <message>
        <source>Mark Not Applicable</source>
        <translation>Marquer sans objet</translation>
    </message>
</context>
<context>
    <name>tandem::Recalls</name>
    <message>
        <source>another program is reading the file, so its journal could not be rewritten; close the other window and erase again</source>
        <translation>un autre programme lit le fichier, son journal n&apos;a donc pas pu être réécrit ; fermez l&apos;autre fenêtre et effacez de nouveau</translation>
    </message>
    <message>
        <source>a backup could not be rewritten without the erased identity, so the erasure stays pending: %1</source>
        <translation>une sauvegarde n&apos;a pas pu être réécrite sans l&apos;identité effacée, l&apos;effacement reste donc en attente : %1</translation>
    </message>
    <message>
        <source>this office</source>
        <translation>ce bureau</translation>
    </message>
    <message>
        <source>identity erased on a recall by %1 (%2): %3</source>
        <translation>identité effacée sur un rappel de %1 (%2) : %3</translation>
    </message>
    <message>
        <source>the file is rewritten after the erasure is saved, not during it</source>
        <translation>le fichier est réécrit après l&apos;enregistrement de l&apos;effacement, pas pendant</translation>
    </message>
    <message>
        <source>the file could not be rewritten without the erased identity, so the erasure stays pending: %1</source>
        <translation>le fichier n&apos;a pas pu être réécrit sans l&apos;identité effacée, l&apos;effacement reste donc en attente : %1</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>consentement retiré</translation>
    </message>
    <message>
        <source>the consent was deleted</source>
        <translation>le consentement a été supprimé</translation>
    </message>
</context>
<context>
    <name>tandem::RecordCommands</name>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>unknown record type</source>
        <translation>type de fiche inconnu</translation>
    </message>
    <message>
        <source>the edit has already ended</source>
        <translation>la modification est déjà terminée</translation>
    </message>
</context>
<context>
    <name>tandem::RecordForm</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>%1: choose an agency of the directory, or add “%2” to it.</source>
        <translation>%1&#xa0;: choisissez un organisme de l&apos;annuaire, ou ajoutez-y «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is required; it was put back as it was.</source>
        <translation>%1 est obligatoire&#xa0;; la valeur précédente a été remise.</translation>
    </message>
    <message>
        <source>no file is open</source>
        <translation>aucun fichier n&apos;est ouvert</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1 was put back as it is stored: %2</source>
        <translation>%1 a été remis tel qu&apos;il est enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is %2; “%3” was not taken.</source>
        <translation>%1 doit être %2 ; « %3 » n&apos;a pas été pris.</translation>
    </message>
    <message>
        <source>%1 takes at most %2 characters; the text had %3.</source>
        <translation>%1 accepte au plus %2 caractères ; le texte en avait %3.</translation>
    </message>
    <message>
        <source>%1 takes at most %2 entries; there were %3.</source>
        <translation>%1 accepte au plus %2 entrées ; il y en avait %3.</translation>
    </message>
    <message>
        <source>%1: what was chosen is not in this file; choose again.</source>
        <translation>%1 : le choix ne figure pas dans ce fichier ; choisissez à nouveau.</translation>
    </message>
    <message>
        <source>%1: what was chosen was deleted meanwhile; choose again.</source>
        <translation>%1 : le choix a été supprimé entre-temps ; choisissez à nouveau.</translation>
    </message>
</context>
<context>
    <name>tandem::RecordListModel</name>
    <message>
        <source>The %1 could not be read: %2</source>
        <translation>%1&#xa0;: lecture impossible (%2)</translation>
    </message>
</context>
<context>
    <name>tandem::RecordPicker</name>
    <message>
        <source>A search takes at most %L1 characters (that would have been %L2).</source>
        <translation>Une recherche compte au plus %L1 caractères (celle-ci en aurait compté %L2).</translation>
    </message>
    <message>
        <source>The list could not be read: %1</source>
        <translation>Impossible de lire la liste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only the first %1 words are searched for.</source>
        <translation>Seuls les %1 premiers mots sont recherchés.</translation>
    </message>
</context>
<context>
    <name>tandem::Records</name>
    <message>
        <source>the field &quot;%1&quot; changes only through tandem-cli %2, which keeps its rules</source>
        <translation>le champ « %1 » ne change que par tandem-cli %2, qui en respecte les règles</translation>
    </message>
    <message>
        <source>a new %1 starts with %2 &quot;%3&quot;; tandem-cli %4 changes it afterwards</source>
        <translation>un nouvel enregistrement %1 commence avec %2 « %3 » ; tandem-cli %4 le change ensuite</translation>
    </message>
</context>
<context>
    <name>tandem::ReferralAnswerDialog</name>
    <message>
        <source>&amp;Awaiting an answer</source>
        <translation>&amp;En attente de réponse</translation>
    </message>
    <message>
        <source>A&amp;ccepted</source>
        <translation>A&amp;cceptée</translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation>&amp;Refusée</translation>
    </message>
    <message>
        <source>Answer to the Referral</source>
        <translation>Réponse à l’orientation</translation>
    </message>
    <message>
        <source>As the service gave it, e.g. &quot;no bed free until Monday&quot;</source>
        <translation>Tel que le service l’a donné, p. ex. « pas de lit libre avant lundi »</translation>
    </message>
    <message>
        <source>Reason refused</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>What came of the referral, e.g. &quot;placed on 12 May; moved on to housing&quot;</source>
        <translation>Ce qu’a donné l’orientation, p. ex. « accueillie le 12 mai ; relogée ensuite »</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>The answer of %1:</source>
        <translation>La réponse de %1 :</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Rés&amp;ultat :</translation>
    </message>
    <message>
        <source>A refusal is recorded with the reason the service gave.</source>
        <translation>Un refus s’enregistre avec le motif donné par le service.</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Mo&amp;tif :</translation>
    </message>
</context>
<context>
    <name>tandem::ReferralBox</name>
    <message>
        <source>Accepts &amp;minors</source>
        <translation>Accepte les &amp;mineurs</translation>
    </message>
    <message>
        <source>Only services that take minors</source>
        <translation>Seulement les services qui accueillent des mineurs</translation>
    </message>
    <message>
        <source>Speaks the survivor&apos;s &amp;language</source>
        <translation>Parle la &amp;langue de la personne</translation>
    </message>
    <message>
        <source>No language is recorded for this survivor</source>
        <translation>Aucune langue n’est enregistrée pour cette personne</translation>
    </message>
    <message>
        <source>Speaks %1</source>
        <translation>Parle %1</translation>
    </message>
    <message>
        <source>Only services that speak one of the survivor&apos;s languages</source>
        <translation>Seulement les services qui parlent une des langues de la personne</translation>
    </message>
    <message>
        <source>Has &amp;capacity</source>
        <translation>A de la &amp;capacité</translation>
    </message>
    <message>
        <source>Leaves out the services whose capacity is recorded as 0</source>
        <translation>Écarte les services dont la capacité est enregistrée à 0</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>Orienter…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Réponse…</translation>
    </message>
    <message>
        <source>Refer the survivor to a service of the directory, chosen by capacity, languages and whether it takes minors</source>
        <translation>Orienter la personne survivante vers un service de l’annuaire, choisi selon sa capacité, ses langues et l’accueil des mineurs</translation>
    </message>
    <message>
        <source>Record the service&apos;s answer (accepted, or refused and why) and the outcome</source>
        <translation>Enregistrer la réponse du service (acceptée, ou refusée et pourquoi) et le résultat</translation>
    </message>
    <message>
        <source>Remove the referral</source>
        <translation>Retirer l’orientation</translation>
    </message>
    <message>
        <source>Not referred</source>
        <translation>Pas d’orientation</translation>
    </message>
    <message>
        <source>(deleted service)</source>
        <translation>(service supprimé)</translation>
    </message>
    <message>
        <source>%1 — accepted %2</source>
        <translation>%1 — acceptée le %2</translation>
    </message>
    <message>
        <source>%1 — refused %2: %3</source>
        <translation>%1 — refusée le %2 : %3</translation>
    </message>
    <message>
        <source>%1 — awaiting an answer</source>
        <translation>%1 — en attente de réponse</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Résultat : %1</translation>
    </message>
    <message>
        <source>The services could not be read.</source>
        <translation>Les services n’ont pas pu être lus.</translation>
    </message>
    <message>
        <source>Refer to a service</source>
        <translation>Orienter vers un service</translation>
    </message>
    <message>
        <source>The directory has no services yet.</source>
        <translation>L’annuaire n’a pas encore de services.</translation>
    </message>
    <message>
        <source>Add the shelters, legal aid, counselling and other services in the Directory view first.</source>
        <translation>Ajoutez d’abord les foyers, l’aide juridique, le soutien psychologique et les autres services dans la vue Annuaire.</translation>
    </message>
    <message>
        <source>&amp;Service to refer the survivor to:</source>
        <translation>&amp;Service vers lequel orienter la personne :</translation>
    </message>
    <message>
        <source>Search names, kinds, notes…</source>
        <translation>Rechercher noms, types, notes…</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>Rechercher des services</translation>
    </message>
    <message>
        <source>Services, by name, with capacity, languages and whether they take minors</source>
        <translation>Services, par nom, avec capacité, langues et accueil des mineurs</translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation>&amp;Orienter</translation>
    </message>
    <message>
        <source>The referral could not be recorded.</source>
        <translation>L’orientation n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The answer could not be recorded.</source>
        <translation>La réponse n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The referral could not be removed.</source>
        <translation>L’orientation n’a pas pu être retirée.</translation>
    </message>
</context>
<context>
    <name>tandem::Referrals</name>
    <message>
        <source>this checklist step was deleted</source>
        <translation>cette étape de la liste a été supprimée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of service</source>
        <translation>« %1 » n’est pas un type de service</translation>
    </message>
    <message>
        <source>there is no service with this id in the directory</source>
        <translation>aucun service de l’annuaire n’a cet identifiant</translation>
    </message>
    <message>
        <source>this service was deleted from the directory</source>
        <translation>ce service a été supprimé de l’annuaire</translation>
    </message>
    <message>
        <source>this step has no referral to answer; refer the survivor to a service first</source>
        <translation>cette étape n’a pas d’orientation à laquelle répondre ; orientez d’abord la personne vers un service</translation>
    </message>
    <message>
        <source>a reason and a time go with an answer</source>
        <translation>un motif et une heure vont avec une réponse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer; the answers are accepted and refused</source>
        <translation>« %1 » n’est pas une réponse ; les réponses sont accepted et refused</translation>
    </message>
    <message>
        <source>a refused referral needs the reason the service gave</source>
        <translation>une orientation refusée demande le motif donné par le service</translation>
    </message>
    <message>
        <source>a reason is recorded only for a refused referral</source>
        <translation>un motif n’est enregistré que pour une orientation refusée</translation>
    </message>
    <message>
        <source>the time of the answer %1 is more than a day in the future (it is now %2)</source>
        <translation>l’heure de la réponse %1 est plus d’un jour dans le futur (il est %2)</translation>
    </message>
</context>
<context>
    <name>tandem::Report</name>
    <message>
        <source>Copy %1</source>
        <translation>Exemplaire %1</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Pour %1</translation>
    </message>
    <message>
        <source>the protective marking is empty</source>
        <translation>la mention de protection est vide</translation>
    </message>
    <message>
        <source>the protective marking has %1 characters; at most %2 fit on a page&apos;s running header</source>
        <translation>la mention de protection compte %1 caractères&#xa0;; l&apos;en-tête courant d&apos;une page en accepte au plus %2</translation>
    </message>
    <message>
        <source>the protective marking must be one line of text</source>
        <translation>la mention de protection doit tenir sur une seule ligne de texte</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>this %1 was deleted</source>
        <translation>cette fiche (%1) a été supprimée</translation>
    </message>
    <message>
        <source>no survivors are recorded for this operation</source>
        <translation>aucun survivant n&apos;est enregistré pour cette opération</translation>
    </message>
    <message>
        <source>no survivor of this operation has a consent in force to share their identity with %1</source>
        <translation>aucun survivant de cette opération n&apos;a de consentement en vigueur pour partager son identité avec %1</translation>
    </message>
    <message>
        <source>%1 of %2 survivors agreed to share their identity with %3; the others appear by code only</source>
        <translation>%1 survivants sur %2 ont accepté de partager leur identité avec %3&#xa0;; les autres n&apos;apparaissent que par leur code</translation>
    </message>
    <message>
        <source>marking</source>
        <translation>mention de protection</translation>
    </message>
    <message>
        <source>the copy number %1 is not from 1 to %2</source>
        <translation>le numéro d&apos;exemplaire %1 n&apos;est pas compris entre 1 et %2</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>exemplaire</translation>
    </message>
    <message>
        <source>survivors&apos; identities cannot be included: %1</source>
        <translation>les identités des survivants ne peuvent pas être incluses&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
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
        <translation>(organisme supprimé)</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Trafficking type</source>
        <translation>Type de traite</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Organisme chef de file</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>local time, %1</source>
        <translation>heure locale, %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Rescued (T0)</source>
        <translation>Sauvetage (T0)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Étapes réalisées</translation>
    </message>
    <message>
        <source>No survivors are recorded for this operation.</source>
        <translation>Aucun survivant n&apos;est enregistré pour cette opération.</translation>
    </message>
    <message>
        <source>withheld: no consent for this recipient</source>
        <translation>masqué&#xa0;: pas de consentement pour ce destinataire</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>Non renseigné.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>No targets are recorded.</source>
        <translation>Aucune cible n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Assignments (ICS-204)</source>
        <translation>Affectations (ICS-204)</translation>
    </message>
    <message>
        <source>No agency has an assignment yet.</source>
        <translation>Aucun organisme n&apos;a encore d&apos;affectation.</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>Assignments of %1</source>
        <translation>Affectations de %1</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Owner agency</source>
        <translation>Organisme responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>No tasks are planned.</source>
        <translation>Aucune tâche n&apos;est prévue.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Survivors&apos; packet (for victim services)</source>
        <translation>Dossier des survivants (pour les services d&apos;aide aux victimes)</translation>
    </message>
    <message>
        <source>Care agencies assigned</source>
        <translation>Organismes de prise en charge affectés</translation>
    </message>
    <message>
        <source>None assigned yet.</source>
        <translation>Aucun pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Survivors recorded so far</source>
        <translation>Survivants enregistrés à ce jour</translation>
    </message>
    <message>
        <source>Names and dates of birth appear only for survivors who agreed to share their identity with the recipient of this copy.</source>
        <translation>Les noms et dates de naissance n&apos;apparaissent que pour les survivants qui ont accepté de partager leur identité avec le destinataire de cet exemplaire.</translation>
    </message>
    <message>
        <source>Survivors are named by their codes only.</source>
        <translation>Les survivants ne sont désignés que par leur code.</translation>
    </message>
    <message>
        <source>Operation order</source>
        <translation>Ordre d&apos;opération</translation>
    </message>
    <message>
        <source>Situation and objectives</source>
        <translation>Situation et objectifs</translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation>Évaluation des risques</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>Contingency and medical plan</source>
        <translation>Plan de secours et plan médical</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>Comparaison avec le plan</translation>
    </message>
    <message>
        <source>No tasks were planned.</source>
        <translation>Aucune tâche n&apos;était prévue.</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 de retard</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>dans les temps</translation>
    </message>
    <message>
        <source>not done, overdue</source>
        <translation>non réalisée, en retard</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>non réalisée</translation>
    </message>
    <message>
        <source>Planned and actual timeline</source>
        <translation>Chronologie prévue et réelle</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>sous %1</translation>
    </message>
    <message>
        <source>before first interview</source>
        <translation>avant le premier entretien</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Dues</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Dans le délai visé</translation>
    </message>
    <message>
        <source>Median T0 to done</source>
        <translation>Médiane de T0 à la réalisation</translation>
    </message>
    <message>
        <source>Slowest</source>
        <translation>Délai le plus long</translation>
    </message>
    <message>
        <source>No survivor of this operation has a checklist.</source>
        <translation>Aucun survivant de cette opération n&apos;a de liste de contrôle.</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>Survivant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>No step is overdue and none was declined.</source>
        <translation>Aucune étape n&apos;est en retard et aucune n&apos;a été refusée.</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Affectations</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Tâches réalisées</translation>
    </message>
    <message>
        <source>No agency had an assignment.</source>
        <translation>Aucun organisme n&apos;avait d&apos;affectation.</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Victim care</source>
        <translation>Prise en charge des victimes</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Ce qui a fonctionné</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Ce qu&apos;il faut changer</translation>
    </message>
    <message>
        <source>No agency has given feedback on this operation.</source>
        <translation>Aucun organisme n&apos;a donné de retour d&apos;expérience sur cette opération.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>%1 of 5 (1 agency)</source>
        <translation>%1 sur 5 (1 organisme)</translation>
    </message>
    <message>
        <source>%1 of 5 (%2 agencies)</source>
        <translation>%1 sur 5 (%2 organismes)</translation>
    </message>
    <message>
        <source>Survivors assisted</source>
        <translation>Survivants accompagnés</translation>
    </message>
    <message>
        <source>Assistance steps</source>
        <translation>Étapes d&apos;accompagnement</translation>
    </message>
    <message>
        <source>%1 owed, %2 done (%3 within their target), %4 overdue, %5 declined by the survivor</source>
        <translation>%1 dues, %2 réalisées (%3 dans leur délai visé), %4 en retard, %5 refusées par le survivant</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Organismes</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>Journal de l&apos;opération</translation>
    </message>
    <message>
        <source>After-action report</source>
        <translation>Rapport après action</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>The operation log is empty.</source>
        <translation>Le journal de l&apos;opération est vide.</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Enseignement</translation>
    </message>
    <message>
        <source>No lessons are noted.</source>
        <translation>Aucun enseignement n&apos;est relevé.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Assistance steps against their targets</source>
        <translation>Étapes d&apos;accompagnement par rapport à leurs délais visés</translation>
    </message>
    <message>
        <source>Overdue and declined steps</source>
        <translation>Étapes en retard et refusées</translation>
    </message>
    <message>
        <source>Agencies&apos; participation</source>
        <translation>Participation des organismes</translation>
    </message>
    <message>
        <source>Lessons noted</source>
        <translation>Enseignements relevés</translation>
    </message>
    <message>
        <source>Agencies&apos; feedback</source>
        <translation>Retours d&apos;expérience des organismes</translation>
    </message>
    <message>
        <source>Lessons from the operation log</source>
        <translation>Enseignements tirés du journal de l&apos;opération</translation>
    </message>
    <message>
        <source>Made on %1 with Tandem</source>
        <translation>Établi le %1 avec Tandem</translation>
    </message>
    <message>
        <source>Issued by %1 on %2 with Tandem</source>
        <translation>Émis par %1 le %2 avec Tandem</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation>Mention de protection</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Exemplaire</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>End of document.</source>
        <translation>Fin du document.</translation>
    </message>
    <message>
        <source>cannot paint the report&apos;s pages</source>
        <translation>impossible de dessiner les pages du rapport</translation>
    </message>
    <message>
        <source>cannot set the page size</source>
        <translation>impossible de définir le format de page</translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation>échec de l&apos;écriture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Date d&apos;émission</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation>tableau de bord</translation>
    </message>
    <message>
        <source>the period needs a first and a last day</source>
        <translation>la période doit avoir un premier et un dernier jour</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>la période se termine (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <source>the period is longer than %1 months</source>
        <translation>la période dépasse %1 mois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a trafficking type</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de traite</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Operations per month by status</source>
        <translation>Opérations par mois et par statut</translation>
    </message>
    <message>
        <source>Operations per month by trafficking type</source>
        <translation>Opérations par mois et par type de traite</translation>
    </message>
    <message>
        <source>Survivors assisted per month</source>
        <translation>Survivants accompagnés par mois</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultes</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Mineurs</translation>
    </message>
    <message>
        <source>Time from T0 to each protocol step</source>
        <translation>Délai entre T0 et chaque étape du protocole</translation>
    </message>
    <message>
        <source>Target (hours)</source>
        <translation>Délai visé (heures)</translation>
    </message>
    <message>
        <source>Median (hours)</source>
        <translation>Médiane (heures)</translation>
    </message>
    <message>
        <source>90th percentile (hours)</source>
        <translation>90e centile (heures)</translation>
    </message>
    <message>
        <source>Within target (%)</source>
        <translation>Dans le délai visé (%)</translation>
    </message>
    <message>
        <source>Overdue and late steps by owner role</source>
        <translation>Étapes en retard ou réalisées en retard, par rôle responsable</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Rôle responsable</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>En retard actuellement</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Réalisées en retard</translation>
    </message>
    <message>
        <source>Overdue and late steps by answerable agency</source>
        <translation>Étapes en retard ou réalisées en retard, par organisme responsable</translation>
    </message>
    <message>
        <source>No victim-services agency assigned</source>
        <translation>Aucun organisme d&apos;aide aux victimes affecté</translation>
    </message>
    <message>
        <source>Agency participation</source>
        <translation>Participation des organismes</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>People deployed</source>
        <translation>Personnes déployées</translation>
    </message>
    <message>
        <source>Community tips per month by indicator</source>
        <translation>Signalements citoyens par mois et par indicateur</translation>
    </message>
    <message>
        <source>Community tips by place</source>
        <translation>Signalements citoyens par lieu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Medium or high credibility</source>
        <translation>Crédibilité moyenne ou élevée</translation>
    </message>
    <message>
        <source>Linked to an operation</source>
        <translation>Lié à une opération</translation>
    </message>
    <message>
        <source>Months with tips</source>
        <translation>Mois avec signalements</translation>
    </message>
    <message>
        <source>No place given</source>
        <translation>Aucun lieu indiqué</translation>
    </message>
    <message>
        <source>marking %1</source>
        <translation>mention %1</translation>
    </message>
    <message>
        <source>copy %1</source>
        <translation>exemplaire %1</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <source>no output file is named</source>
        <translation>aucun fichier de sortie n&apos;est indiqué</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>this is a folder; name a file to write the report to</source>
        <translation>c&apos;est un dossier&#xa0;; indiquez un fichier dans lequel écrire le rapport</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>not written: %1</source>
        <translation>non écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>imprimante</translation>
    </message>
    <message>
        <source>the computation was cancelled</source>
        <translation>le calcul a été annulé</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Average (1–5)</source>
        <translation>Moyenne (1–5)</translation>
    </message>
    <message>
        <source>Rated 1–2</source>
        <translation>Noté 1–2</translation>
    </message>
    <message>
        <source>Rated 4–5</source>
        <translation>Noté 4–5</translation>
    </message>
    <message>
        <source>the recipient is not an office known to this database</source>
        <translation>le destinataire n&apos;est pas un bureau connu de cette base de données</translation>
    </message>
    <message>
        <source>the recipient is not an agency of this database&apos;s directory</source>
        <translation>le destinataire n&apos;est pas un organisme de l&apos;annuaire de cette base de données</translation>
    </message>
    <message>
        <source>the recipient office was deleted; name another recipient</source>
        <translation>le bureau destinataire a été supprimé&#xa0;; désignez un autre destinataire</translation>
    </message>
    <message>
        <source>the recipient agency was deleted from the directory; name another recipient</source>
        <translation>l&apos;organisme destinataire a été supprimé de l&apos;annuaire&#xa0;; désignez un autre destinataire</translation>
    </message>
    <message>
        <source>no office or agency of this database has this id</source>
        <translation>aucun bureau ni organisme de cette base de données n&apos;a cet identifiant</translation>
    </message>
    <message>
        <source>identities are shared only with a named recipient, an office or an agency that survivors agreed to share them with; no recipient is named</source>
        <translation>les identités ne sont communiquées qu&apos;à un destinataire désigné, un bureau ou un organisme avec lequel les survivants ont accepté de les partager&#xa0;; aucun destinataire n&apos;est désigné</translation>
    </message>
    <message>
        <source>for the office %1 (%2)</source>
        <translation>pour le bureau %1 (%2)</translation>
    </message>
    <message>
        <source>for the agency %1 (%2)</source>
        <translation>pour l&apos;organisme %1 (%2)</translation>
    </message>
    <message>
        <source>not printed: %1</source>
        <translation>non imprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 planned, %2 done, %3 of them on time</source>
        <translation>prévues&#xa0;: %1, réalisées&#xa0;: %2, dont dans les temps&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (minors: %2)</source>
        <translation>%1 (mineurs&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 (assignments acknowledged: %2 of %3)</source>
        <translation>%1 (affectations confirmées&#xa0;: %2 sur %3)</translation>
    </message>
    <message>
        <source>%1 (lessons noted: %2)</source>
        <translation>%1 (enseignements relevés&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Nothing is logged yet.</source>
        <translation>Rien n’est encore consigné.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>No follow-up action is recorded for this operation.</source>
        <translation>Aucune action de suivi n’est enregistrée pour cette opération.</translation>
    </message>
    <message>
        <source>done</source>
        <comment>a follow-up action</comment>
        <translation>faite</translation>
    </message>
    <message>
        <source>overdue</source>
        <comment>a follow-up action</comment>
        <translation>en retard</translation>
    </message>
    <message>
        <source>open</source>
        <comment>a follow-up action not done yet</comment>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Actions de suivi</translation>
    </message>
    <message>
        <source>%1 (done: %2, overdue: %3)</source>
        <translation>%1 (faites : %2, en retard : %3)</translation>
    </message>
    <message>
        <source>This copy names 1 survivor by their identity, as they consented to share it with %1. Keep it under that consent: do not copy or pass it on.</source>
        <translation>Cette copie nomme 1 survivant par son identité, car il a consenti à la partager avec %1. Gardez-la dans le cadre de ce consentement : ne la copiez pas et ne la transmettez pas.</translation>
    </message>
    <message numerus="yes">
        <source>This copy names %n survivors by their identity, as they consented to share it with %1. Keep it under that consent: do not copy or pass it on.</source>
        <translation>
            <numerusform>Cette copie nomme %n survivant par son identité, car il a consenti à la partager avec %1. Gardez-la dans le cadre de ce consentement : ne la copiez pas et ne la transmettez pas.</numerusform>
            <numerusform>Cette copie nomme %n survivants par leur identité, car ils ont consenti à la partager avec %1. Gardez-la dans le cadre de ce consentement : ne la copiez pas et ne la transmettez pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>with the identity of 1 survivor</source>
        <translation>avec l&apos;identité d&apos;1 survivant</translation>
    </message>
    <message numerus="yes">
        <source>with the identities of %n survivors</source>
        <translation>
            <numerusform>avec l&apos;identité de %n survivant</numerusform>
            <numerusform>avec les identités de %n survivants</numerusform>
        </translation>
    </message>
    <message>
        <source>survivors&apos; identities are sealed and locked; unlock them with your passphrase to include them</source>
        <translation>les identités des survivants sont scellées et verrouillées ; déverrouillez-les avec votre phrase secrète pour les inclure</translation>
    </message>
    <message>
        <source>Copy for: %1</source>
        <translation>Copie pour : %1</translation>
    </message>
    <message>
        <source>an assignment sheet is one agency&apos;s: name the agency taking part in the operation that it is for</source>
        <translation>une fiche d&apos;affectation est celle d&apos;un seul organisme : nommez l&apos;organisme participant à l&apos;opération auquel elle est destinée</translation>
    </message>
    <message>
        <source>unknown kind of report</source>
        <translation>type de rapport inconnu</translation>
    </message>
    <message>
        <source>Its roles</source>
        <translation>Ses rôles</translation>
    </message>
    <message>
        <source>Need to know</source>
        <translation>Besoin d&apos;en connaître</translation>
    </message>
    <message>
        <source>Included (given to %1)</source>
        <translation>Inclus (remis à %1)</translation>
    </message>
    <message>
        <source>Not in this copy: entry points, hazards, intelligence and code words go only to %1</source>
        <translation>Pas dans cette copie : les points d&apos;entrée, les dangers, le renseignement et les mots convenus ne vont qu&apos;à %1</translation>
    </message>
    <message>
        <source>No tasks are given to this agency.</source>
        <translation>Aucune tâche n&apos;est confiée à cet organisme.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>For %1 only: do not pass on.</source>
        <translation>Pour %1 uniquement : ne pas diffuser.</translation>
    </message>
    <message>
        <source>an assignment sheet is one agency&apos;s: name the agency it is for</source>
        <translation>une fiche d&apos;affectation est celle d&apos;un seul organisme : nommez l&apos;organisme auquel elle est destinée</translation>
    </message>
    <message>
        <source>Assignment sheet (ICS-204)</source>
        <translation>Fiche d&apos;affectation (ICS-204)</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <source>Special instructions</source>
        <translation>Instructions particulières</translation>
    </message>
    <message>
        <source>Your radio channel</source>
        <translation>Votre canal radio</translation>
    </message>
    <message>
        <source>Other agencies taking part</source>
        <translation>Autres organismes participants</translation>
    </message>
    <message>
        <source>The tasks of %1 and those of no agency in particular.</source>
        <translation>Les tâches de %1 et celles qui ne reviennent à aucun organisme en particulier.</translation>
    </message>
    <message>
        <source>Copy for</source>
        <translation>Copie pour</translation>
    </message>
    <message>
        <source>the agency&apos;s copy, with the need-to-know items</source>
        <translation>la copie de l&apos;organisme, avec les éléments à besoin d&apos;en connaître</translation>
    </message>
    <message>
        <source>the agency&apos;s copy, without the need-to-know items</source>
        <translation>la copie de l&apos;organisme, sans les éléments à besoin d&apos;en connaître</translation>
    </message>
    <message>
        <source>the calendar&apos;s period is empty: it must end after it starts</source>
        <translation>la période du calendrier est vide : elle doit finir après avoir commencé</translation>
    </message>
    <message>
        <source>Briefing: %1</source>
        <translation>Briefing : %1</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Échéance : %1</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Tandem</source>
        <translation>Tandem</translation>
    </message>
    <message>
        <source>the dashboard cannot read the file</source>
        <translation>le tableau de bord ne peut pas lire le fichier</translation>
    </message>
    <message>
        <source>%1, %2, valid %3 to %4</source>
        <translation>%1, %2, valable du %3 au %4</translation>
    </message>
    <message>
        <source>Needed; none is recorded.</source>
        <translation>Nécessaire&#xa0;; aucun n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Floor plan: “%1” (not printed: the office&apos;s keys were not unlocked for this report).</source>
        <translation>Plan des lieux : « %1 » (non imprimé : les clés du bureau n&apos;ont pas été déverrouillées pour ce rapport).</translation>
    </message>
    <message>
        <source>Floor plan: “%1” (not printed: %2).</source>
        <translation>Plan des lieux : « %1 » (non imprimé : %2).</translation>
    </message>
    <message>
        <source>Floor plan: %1</source>
        <translation>Plan des lieux : %1</translation>
    </message>
    <message>
        <source>the PDF cannot be read (damaged or protected)</source>
        <translation>le PDF ne peut pas être lu (endommagé ou protégé)</translation>
    </message>
    <message>
        <source>the PDF&apos;s first page has no size</source>
        <translation>la première page du PDF n&apos;a pas de taille</translation>
    </message>
    <message>
        <source>the PDF&apos;s first page cannot be drawn</source>
        <translation>la première page du PDF ne peut pas être dessinée</translation>
    </message>
    <message>
        <source>the image is %1 × %2 pixels, too large to print</source>
        <translation>l&apos;image fait %1 × %2 pixels, trop grande pour être imprimée</translation>
    </message>
    <message>
        <source>the image cannot be read: %1</source>
        <translation>l&apos;image ne peut pas être lue : %1</translation>
    </message>
</context>
<context>
    <name>tandem::ReportController</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Choose the operation to report on.</source>
        <translation>Choisissez l&apos;opération sur laquelle porte le rapport.</translation>
    </message>
    <message>
        <source>Select it in the Operations list, then choose the report again.</source>
        <translation>Sélectionnez-la dans la liste Opérations, puis choisissez à nouveau le rapport.</translation>
    </message>
    <message>
        <source>The identities could not be unlocked.</source>
        <translation>Les identités n&apos;ont pas pu être déverrouillées.</translation>
    </message>
    <message>
        <source>Survivors&apos; identities are sealed in the file. Enter your passphrase to include them in the report.</source>
        <translation>Les identités des survivants sont scellées dans le fichier. Saisissez votre phrase secrète pour les inclure dans le rapport.</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>Tandem never writes over a file: choose another name, or delete the old calendar first.</source>
        <translation>Tandem n’écrase jamais un fichier : choisissez un autre nom, ou supprimez d’abord l’ancien calendrier.</translation>
    </message>
    <message>
        <source>The calendar could not be written.</source>
        <translation>Le calendrier n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>1 event written to %1</source>
        <translation>1 événement écrit dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%n events written to %1</source>
        <translation>
            <numerusform>%n événement écrit dans %1</numerusform>
            <numerusform>%n événements écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The targets&apos; floor plans are kept encrypted in the file. Enter your passphrase to print them in the order.</source>
        <translation>Les plans des cibles sont conservés chiffrés dans le fichier. Saisissez votre phrase de passe pour les imprimer dans l&apos;ordre d&apos;opération.</translation>
    </message>
</context>
<context>
    <name>tandem::ReportDialog</name>
    <message>
        <source>Include survivors&apos; &amp;identities (names and dates of birth)</source>
        <translation>Inclure l&apos;&amp;identité des survivants (noms et dates de naissance)</translation>
    </message>
    <message>
        <source>Begin with a &amp;byte order mark (for spreadsheets)</source>
        <translation>Commencer par une marque d&apos;ordre des &amp;octets (pour les tableurs)</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>I&amp;mprimer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Report on %1</source>
        <translation>Rapport sur %1</translation>
    </message>
    <message>
        <source>Operation order (briefing pack)</source>
        <translation>Ordre d&apos;opération (dossier de briefing)</translation>
    </message>
    <message>
        <source>After-action report</source>
        <translation>Rapport après action</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Not numbered</source>
        <translation>Non numéroté</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>Protective &amp;marking</source>
        <translation>Me&amp;ntion de protection</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>N&amp;uméro d&apos;exemplaire</translation>
    </message>
    <message>
        <source>Every page carries the marking, the copy number and the recipient. Survivors appear by their codes. The export is recorded in the audit log.</source>
        <translation>Chaque page porte la mention de protection, le numéro d&apos;exemplaire et le destinataire. Les survivants y figurent par leur code. L&apos;export est consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Not available: %1.</source>
        <translation>Non disponible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>Le rapport n&apos;a pas pu être produit.</translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation>Mention de protection</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Production du rapport…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Le rapport n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Written to %1 (%2).</source>
        <translation>Écrit dans %1 (%2).</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report could not be laid out.</source>
        <translation>Le rapport n&apos;a pas pu être mis en page.</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Le rapport n&apos;a pas pu être imprimé.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Envoyé à %1.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>l&apos;imprimante</translation>
    </message>
    <message>
        <source>%1 (office)</source>
        <translation>%1 (bureau)</translation>
    </message>
    <message>
        <source>%1 (agency)</source>
        <translation>%1 (organisme)</translation>
    </message>
    <message>
        <source>Assignment sheet (ICS-204, one agency)</source>
        <translation>Fiche d&apos;affectation (ICS-204, un organisme)</translation>
    </message>
    <message>
        <source>C&amp;opy for</source>
        <translation>&amp;Copie pour</translation>
    </message>
    <message>
        <source>Everyone (no recipient named)</source>
        <translation>Tous (aucun destinataire nommé)</translation>
    </message>
    <message>
        <source>No agency takes part in this operation yet: an assignment sheet is one agency&apos;s.</source>
        <translation>Aucun organisme ne participe encore à cette opération : une fiche d&apos;affectation est celle d&apos;un seul organisme.</translation>
    </message>
    <message>
        <source>This copy holds the part of %1, the parts every agency shares, and the need-to-know items (entry points, hazards, code words) given to %2.</source>
        <translation>Cette copie contient la part de %1, les parties communes à tous les organismes et les éléments à besoin d&apos;en connaître (points d&apos;entrée, dangers, mots convenus) remis à %2.</translation>
    </message>
    <message>
        <source>This copy holds the part of %1 and the parts every agency shares, but not the need-to-know items (entry points, hazards, code words), given only to %2.</source>
        <translation>Cette copie contient la part de %1 et les parties communes à tous les organismes, mais pas les éléments à besoin d&apos;en connaître (points d&apos;entrée, dangers, mots convenus), remis uniquement à %2.</translation>
    </message>
    <message>
        <source>The whole document, every agency&apos;s part and the need-to-know items, with no recipient named.</source>
        <translation>Le document entier, la part de chaque organisme et les éléments à besoin d&apos;en connaître, sans destinataire nommé.</translation>
    </message>
</context>
<context>
    <name>tandem::ReportPreview</name>
    <message>
        <source>&amp;Previous Page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Ajuster à la &amp;largeur</translation>
    </message>
    <message>
        <source>Whole P&amp;age</source>
        <translation>Page &amp;entière</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>I&amp;mprimer…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>tandem::RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Backups of %1</source>
        <translation>Sauvegardes de %1</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Tandem copies the file before every restore, when it is opened (once a day) and closed after changes, and with File ▸ Back Up Now. Every merge of a bundle keeps an undo instead: what the merge changed, as it was before. The newest ones are kept (Preferences says how many). Choose the state to go back to; you are asked to confirm before anything changes.</source>
        <translation>Tandem copie le fichier avant chaque restauration, à l’ouverture (une fois par jour), à la fermeture après des modifications et avec Fichier ▸ Sauvegarder maintenant. Chaque fusion d’un paquet garde plutôt de quoi l’annuler : ce que la fusion a modifié, tel que c’était avant. Les plus récentes sont conservées (les Préférences disent combien). Choisissez l’état auquel revenir ; une confirmation vous est demandée avant tout changement.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Fichier entier</translation>
    </message>
    <message>
        <source>What one change (a merge) altered, as it was before: undoing it keeps what was done since to the other records</source>
        <translation>Ce qu’une modification (une fusion) a changé, tel que c’était avant : l’annuler garde ce qui a été fait depuis aux autres enregistrements</translation>
    </message>
    <message>
        <source>A copy of the whole file: restoring it takes the file back as it was</source>
        <translation>Une copie du fichier entier : la restaurer ramène le fichier à son état d’alors</translation>
    </message>
</context>
<context>
    <name>tandem::Retention</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>a retention period is a whole number of months from 1 to %1, not %2</source>
        <translation>une durée de conservation est un nombre entier de mois de 1 à %1, pas %2</translation>
    </message>
    <message>
        <source>only a lead sets how long identities are kept: %1</source>
        <translation>seul un responsable fixe la durée de conservation des identités : %1</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>identities kept after their case closed: %1 (was %2)</source>
        <translation>identités conservées après la clôture du dossier : %1 (avant %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>retention period of %1 after %2 closed</source>
        <translation>durée de conservation de %1 après la clôture de %2</translation>
    </message>
</context>
<context>
    <name>tandem::SafeFile</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>impossible d&apos;écrire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>no file is named</source>
        <translation>aucun fichier n&apos;est indiqué</translation>
    </message>
    <message>
        <source>this is a folder; name a file to write</source>
        <translation>c&apos;est un dossier&#xa0;; indiquez un fichier à écrire</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot write in the folder %1: %2</source>
        <translation>impossible d&apos;écrire dans le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the data could not be saved to the disk</source>
        <translation>les données n&apos;ont pas pu être enregistrées sur le disque</translation>
    </message>
    <message>
        <source>the finished file could not be put in place</source>
        <translation>le fichier terminé n&apos;a pas pu être mis en place</translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation>le fichier n&apos;a pas été ouvert</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>impossible de créer le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot make the file private: %1</source>
        <translation>impossible de rendre le fichier privé&#xa0;: %1</translation>
    </message>
    <message>
        <source>this is a file, not a folder</source>
        <translation>c&apos;est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>cannot make the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>cannot make the folder private</source>
        <translation>impossible de rendre le dossier privé</translation>
    </message>
</context>
<context>
    <name>tandem::Seats</name>
    <message>
        <source>only a lead %1: say who you are first</source>
        <translation>seul un responsable %1 : dites d&apos;abord qui vous êtes</translation>
    </message>
    <message>
        <source>%1 (%2) may not do this: only a lead %3</source>
        <translation>%1 (%2) ne peut pas faire cela : seul un responsable %3</translation>
    </message>
    <message>
        <source>First machine</source>
        <translation>Premier poste</translation>
    </message>
    <message>
        <source>bundle payload lists the office&apos;s machines in a form this Tandem does not read</source>
        <translation>la charge utile du lot liste les postes du bureau sous une forme que ce Tandem ne lit pas</translation>
    </message>
    <message>
        <source>bundle payload lists a machine of the office without a valid id or name</source>
        <translation>la charge utile du lot liste un poste du bureau sans identifiant ni nom valides</translation>
    </message>
    <message>
        <source>bundle payload lists the office&apos;s partners in a form this Tandem does not read</source>
        <translation>la charge utile du lot liste les partenaires du bureau sous une forme que ce Tandem ne lit pas</translation>
    </message>
    <message>
        <source>bundle payload lists a partner of the office without a valid id, name or keys</source>
        <translation>la charge utile du lot liste un partenaire du bureau sans identifiant, nom ou clés valides</translation>
    </message>
    <message>
        <source>as another machine of this office decided (fingerprint %1)</source>
        <translation>comme l&apos;a décidé un autre poste de ce bureau (empreinte %1)</translation>
    </message>
    <message>
        <source>invites a machine</source>
        <translation>invite un poste</translation>
    </message>
    <message>
        <source>the file already exists; choose another name</source>
        <translation>le fichier existe déjà ; choisissez un autre nom</translation>
    </message>
    <message>
        <source>%1 was removed from this office</source>
        <translation>%1 a été retiré(e) de ce bureau</translation>
    </message>
    <message>
        <source>only a person who may read identities can give that right</source>
        <translation>seule une personne qui peut lire les identités peut donner ce droit</translation>
    </message>
    <message>
        <source>these keys are not this office&apos;s</source>
        <translation>ces clés ne sont pas celles de ce bureau</translation>
    </message>
    <message>
        <source>%1&apos;s machine</source>
        <translation>Poste de %1</translation>
    </message>
    <message>
        <source>for %1%2, invitation valid until %3</source>
        <translation>pour %1%2, invitation valable jusqu&apos;au %3</translation>
    </message>
    <message>
        <source> (with the key to survivors&apos; identities)</source>
        <translation> (avec la clé des identités des survivants)</translation>
    </message>
    <message>
        <source>cannot read the invitation: %1</source>
        <translation>impossible de lire l&apos;invitation : %1</translation>
    </message>
    <message>
        <source>not a Tandem invitation (too large)</source>
        <translation>ce n&apos;est pas une invitation Tandem (trop volumineuse)</translation>
    </message>
    <message>
        <source>not a Tandem invitation</source>
        <translation>ce n&apos;est pas une invitation Tandem</translation>
    </message>
    <message>
        <source>the invitation is damaged</source>
        <translation>l&apos;invitation est endommagée</translation>
    </message>
    <message>
        <source>the invitation was made by another version of Tandem</source>
        <translation>l&apos;invitation a été créée par une autre version de Tandem</translation>
    </message>
    <message>
        <source>wrong passphrase for this invitation (or the file was changed)</source>
        <translation>phrase secrète incorrecte pour cette invitation (ou le fichier a été modifié)</translation>
    </message>
    <message>
        <source>the invitation expired on %1: ask a lead of the office for a new one</source>
        <translation>l&apos;invitation a expiré le %1 : demandez-en une nouvelle à un responsable du bureau</translation>
    </message>
    <message>
        <source>the invitation holds no keys</source>
        <translation>l&apos;invitation ne contient aucune clé</translation>
    </message>
    <message>
        <source>this machine joined %1 for %2, from an invitation %3 made on %4</source>
        <translation>ce poste a rejoint %1 pour %2, avec une invitation créée par %3 le %4</translation>
    </message>
    <message>
        <source>removes a machine</source>
        <translation>retire un poste</translation>
    </message>
    <message>
        <source>this is this machine: remove it from another machine of the office</source>
        <translation>c&apos;est ce poste-ci : retirez-le depuis un autre poste du bureau</translation>
    </message>
    <message>
        <source>not a machine of this office, or removed already</source>
        <translation>ce n&apos;est pas un poste de ce bureau, ou il a déjà été retiré</translation>
    </message>
    <message>
        <source>no bundle is made for it or taken from it any more</source>
        <translation>plus aucun lot n&apos;est fait pour lui ni accepté de lui</translation>
    </message>
    <message>
        <source>no machine of this office is called &quot;%1&quot;</source>
        <translation>aucun poste de ce bureau ne s&apos;appelle « %1 »</translation>
    </message>
</context>
<context>
    <name>tandem::Sharing</name>
    <message>
        <source>sharing with a group needs the group: choose one of the sharing groups</source>
        <translation>le partage avec un groupe a besoin du groupe : choisissez l’un des groupes de partage</translation>
    </message>
    <message>
        <source>a sharing group is only chosen when the record is shared with a group</source>
        <translation>un groupe de partage ne se choisit que lorsque l’enregistrement est partagé avec un groupe</translation>
    </message>
    <message>
        <source>there is no sharing group with id %1</source>
        <translation>il n’y a aucun groupe de partage d’identifiant %1</translation>
    </message>
    <message>
        <source>the office a record comes from never changes</source>
        <translation>le bureau d’où vient un enregistrement ne change jamais</translation>
    </message>
    <message>
        <source>where this record goes was decided by %1: only that office changes it. This office may keep it to itself (This office only)</source>
        <translation>la destination de cet enregistrement a été décidée par %1 : seul ce bureau la modifie. Ce bureau peut le garder pour lui (Ce bureau seulement)</translation>
    </message>
    <message>
        <source>a new sharing group includes this office</source>
        <translation>un nouveau groupe de partage comprend ce bureau</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an office id</source>
        <translation>« %1 » n’est pas un identifiant de bureau</translation>
    </message>
    <message>
        <source>there is no office with id %1 in the directory</source>
        <translation>il n’y a aucun bureau d’identifiant %1 dans l’annuaire</translation>
    </message>
    <message>
        <source>%1 is not a trusted partner office: trust it before adding it to a group</source>
        <translation>%1 n’est pas un bureau partenaire de confiance : faites-lui confiance avant de l’ajouter à un groupe</translation>
    </message>
</context>
<context>
    <name>tandem::SharingDefaults</name>
    <message>
        <source>%1 go where the record they belong to goes; they have no default of their own</source>
        <translation>%1 vont là où va l’enregistrement auquel ils appartiennent ; ils n’ont pas de valeur par défaut propre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a default for new records; the defaults are: office, partners, network</source>
        <translation>« %1 » n’est pas une valeur par défaut pour les nouveaux enregistrements ; les valeurs sont : office, partners, network</translation>
    </message>
    <message>
        <source>only a lead sets where new records go: %1</source>
        <translation>seul un responsable décide où vont les nouveaux enregistrements : %1</translation>
    </message>
    <message>
        <source>new records shared: %1 (was %2)</source>
        <translation>nouveaux enregistrements partagés : %1 (auparavant %2)</translation>
    </message>
</context>
<context>
    <name>tandem::SqlError</name>
    <message>
        <source>a record with the same id or key is there already</source>
        <translation>un enregistrement avec le même identifiant ou la même clé existe déjà</translation>
    </message>
    <message>
        <source>a record it refers to is not there</source>
        <translation>un enregistrement auquel il renvoie n&apos;existe pas</translation>
    </message>
    <message>
        <source>a required value is missing</source>
        <translation>une valeur obligatoire manque</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>la mémoire est insuffisante</translation>
    </message>
    <message>
        <source>the file is busy: another program is writing to it; try again in a moment</source>
        <translation>le fichier est occupé&#xa0;: un autre programme y écrit&#xa0;; réessayez dans un instant</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk could not be read or written (it may be full, removed or failing)</source>
        <translation>le disque n&apos;a pas pu être lu ou écrit (il est peut-être plein, retiré ou défaillant)</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>not a Tandem database (not an SQLite file at all)</source>
        <translation>ce n&apos;est pas une base de données Tandem (ce n&apos;est pas du tout un fichier SQLite)</translation>
    </message>
    <message>
        <source>the file is read-only: nothing can be changed</source>
        <translation>le fichier est en lecture seule&#xa0;: rien ne peut être modifié</translation>
    </message>
    <message>
        <source>the file cannot be opened: it or its folder is missing, or may not be read or written</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: lui ou son dossier est absent, ou ne peut être lu ou écrit</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>a value is too large</source>
        <translation>une valeur est trop grande</translation>
    </message>
    <message>
        <source>the work was stopped before it was finished</source>
        <translation>le travail a été arrêté avant d&apos;être terminé</translation>
    </message>
    <message>
        <source>a value breaks a rule of the database</source>
        <translation>une valeur enfreint une règle de la base de données</translation>
    </message>
    <message>
        <source>a value has the wrong type</source>
        <translation>une valeur n&apos;a pas le bon type</translation>
    </message>
    <message>
        <source>the file is locked in a way Tandem cannot follow (a network folder?)</source>
        <translation>le fichier est verrouillé d&apos;une façon que Tandem ne peut pas suivre (un dossier réseau&#xa0;?)</translation>
    </message>
    <message>
        <source>the database could not do this</source>
        <translation>la base de données n&apos;a pas pu faire cela</translation>
    </message>
    <message>
        <source>the database could not do this (%1)</source>
        <translation>la base de données n&apos;a pas pu faire cela (%1)</translation>
    </message>
</context>
<context>
    <name>tandem::Store</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>this file was made by a newer version of Tandem (schema %1; this version reads up to schema %2). It was left untouched; open it with a newer Tandem.</source>
        <translation>ce fichier a été créé par une version plus récente de Tandem (schéma %1&#xa0;; cette version lit jusqu&apos;au schéma %2). Il n&apos;a pas été modifié&#xa0;; ouvrez-le avec une version plus récente de Tandem.</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>impossible d&apos;ouvrir la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>ce n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>the file is empty: it is not a Tandem database</source>
        <translation>le fichier est vide&#xa0;: ce n&apos;est pas une base de données Tandem</translation>
    </message>
    <message>
        <source>not a Tandem database (not an SQLite file at all)</source>
        <translation>ce n&apos;est pas une base de données Tandem (ce n&apos;est pas du tout un fichier SQLite)</translation>
    </message>
    <message>
        <source>not a Tandem database (an SQLite file of another application)</source>
        <translation>ce n&apos;est pas une base de données Tandem (c&apos;est un fichier SQLite d&apos;une autre application)</translation>
    </message>
    <message>
        <source>the file is open in another Tandem (process %1 on %2); close it there, or open it read-only</source>
        <translation>le fichier est ouvert dans une autre instance de Tandem (processus %1 sur %2)&#xa0;; fermez-le là-bas, ou ouvrez-le en lecture seule</translation>
    </message>
    <message>
        <source>cannot lock the file for writing: its folder may be read-only; copy the file somewhere you can write, or open it read-only</source>
        <translation>impossible de verrouiller le fichier en écriture&#xa0;: son dossier est peut-être en lecture seule&#xa0;; copiez le fichier à un emplacement où vous pouvez écrire, ou ouvrez-le en lecture seule</translation>
    </message>
    <message>
        <source>this file was made by an older Tandem and needs an upgrade, which needs writing: open it for writing once</source>
        <translation>ce fichier a été créé par une version plus ancienne de Tandem et doit être mis à niveau, ce qui nécessite d&apos;y écrire&#xa0;: ouvrez-le une fois en écriture</translation>
    </message>
    <message>
        <source>upgrading to schema %1 failed, the file is unchanged: %2</source>
        <translation>la mise à niveau vers le schéma %1 a échoué, le fichier n&apos;a pas été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file already exists; choose another name or open it</source>
        <translation>le fichier existe déjà&#xa0;; choisissez un autre nom ou ouvrez-le</translation>
    </message>
    <message>
        <source>an office name is required</source>
        <translation>un nom de bureau est obligatoire</translation>
    </message>
    <message>
        <source>not a Tandem database, or a damaged one: it has no site id</source>
        <translation>ce n&apos;est pas une base de données Tandem, ou elle est endommagée&#xa0;: elle n&apos;a pas d&apos;identifiant de site</translation>
    </message>
    <message>
        <source>the database connection is closed</source>
        <translation>la connexion à la base de données est fermée</translation>
    </message>
    <message>
        <source>the file is open read-only: nothing can be changed</source>
        <translation>le fichier est ouvert en lecture seule&#xa0;: rien ne peut être modifié</translation>
    </message>
    <message>
        <source>cannot start writing: %1</source>
        <translation>impossible de commencer l&apos;écriture&#xa0;: %1</translation>
    </message>
    <message>
        <source>internal error: transactions ended out of order</source>
        <translation>erreur interne&#xa0;: les transactions se sont terminées dans le désordre</translation>
    </message>
    <message>
        <source>saving failed, nothing was changed: %1</source>
        <translation>échec de l&apos;enregistrement, rien n&apos;a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown record type; the types are: %1</source>
        <translation>type de fiche inconnu&#xa0;; les types sont&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;; its fields are: %3</source>
        <translation>%1 n&apos;a pas de champ «&#xa0;%2&#xa0;»&#xa0;; ses champs sont&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot; is required</source>
        <translation>%1, champ «&#xa0;%2&#xa0;»&#xa0;: valeur obligatoire</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot;: there is no %3 with id %4</source>
        <translation>%1, champ «&#xa0;%2&#xa0;»&#xa0;: aucune fiche (%3) n&apos;a l&apos;identifiant %4</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot;: %3 %4 was deleted</source>
        <translation>%1, champ «&#xa0;%2&#xa0;»&#xa0;: la fiche (%3) %4 a été supprimée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>this %1 was deleted; it can no longer be changed</source>
        <translation>cette fiche (%1) a été supprimée&#xa0;; elle ne peut plus être modifiée</translation>
    </message>
    <message>
        <source>this office&apos;s own record cannot be deleted</source>
        <translation>la fiche de ce bureau lui-même ne peut pas être supprimée</translation>
    </message>
    <message>
        <source>this %1 was already deleted</source>
        <translation>cette fiche (%1) a déjà été supprimée</translation>
    </message>
    <message>
        <source>this %1 is not deleted</source>
        <translation>cette fiche (%1) n&apos;est pas supprimée</translation>
    </message>
    <message>
        <source>there is no %1 with this id</source>
        <translation>il n&apos;existe aucune fiche (%1) avec cet identifiant</translation>
    </message>
    <message>
        <source>identifying details can only be kept once this office has its keys: set the office passphrase first</source>
        <translation>les données d&apos;identification ne peuvent être conservées qu&apos;une fois que ce bureau a ses clés&#xa0;: définissez d&apos;abord la phrase secrète du bureau</translation>
    </message>
    <message>
        <source>internal error: the transaction has already ended</source>
        <translation>erreur interne&#xa0;: la transaction est déjà terminée</translation>
    </message>
    <message>
        <source>the file&apos;s folder is read-only, so the file cannot be changed here: copy it to a folder you can write, or open it read-only</source>
        <translation>le dossier du fichier est en lecture seule, le fichier ne peut donc pas être modifié ici&#xa0;: copiez-le dans un dossier où vous pouvez écrire, ou ouvrez-le en lecture seule</translation>
    </message>
    <message>
        <source>the file is read-only, so it cannot be changed: open it read-only, or allow writing to it</source>
        <translation>le fichier est en lecture seule, il ne peut donc pas être modifié&#xa0;: ouvrez-le en lecture seule, ou autorisez l&apos;écriture</translation>
    </message>
    <message>
        <source>the file has changes not yet folded into it (in its &quot;-wal&quot; file) and its folder is read-only: copy the file with its &quot;-wal&quot; file to a folder you can write, and open it there</source>
        <translation>le fichier a des modifications qui n&apos;y sont pas encore intégrées (dans son fichier «&#xa0;-wal&#xa0;») et son dossier est en lecture seule&#xa0;: copiez le fichier avec son fichier «&#xa0;-wal&#xa0;» dans un dossier où vous pouvez écrire, et ouvrez-le là</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>this file was never finished: Tandem was stopped while making it, and it holds nothing. Delete it and make the file again</source>
        <translation>ce fichier n&apos;a jamais été terminé&#xa0;: Tandem a été arrêté pendant sa création, et il ne contient rien. Supprimez-le et créez le fichier à nouveau</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the folder %1 is read-only: choose a folder you can write</source>
        <translation>le dossier %1 est en lecture seule&#xa0;: choisissez un dossier où vous pouvez écrire</translation>
    </message>
    <message>
        <source>cannot write in the folder %1</source>
        <translation>impossible d&apos;écrire dans le dossier %1</translation>
    </message>
    <message>
        <source>the new file could not be finished</source>
        <translation>le nouveau fichier n&apos;a pas pu être terminé</translation>
    </message>
    <message>
        <source>the finished file could not be put in place</source>
        <translation>le fichier terminé n&apos;a pas pu être mis en place</translation>
    </message>
    <message>
        <source>a record with this id already exists</source>
        <translation>une fiche avec cet identifiant existe déjà</translation>
    </message>
    <message>
        <source>a key card gives another office&apos;s record</source>
        <translation>une carte de clé donne l’enregistrement d’un autre bureau</translation>
    </message>
    <message>
        <source>only that office changes its record; it reaches this office with its bundles</source>
        <translation>seul ce bureau modifie son enregistrement ; il parvient à ce bureau avec ses lots</translation>
    </message>
    <message>
        <source>a partner office&apos;s record is kept by that office; to stop exchanging with it, revoke its trust</source>
        <translation>l’enregistrement d’un bureau partenaire est tenu par ce bureau ; pour cesser d’échanger avec lui, retirez-lui votre confiance</translation>
    </message>
    <message>
        <source>cannot read the record&apos;s owner</source>
        <translation>impossible de lire le propriétaire de l’enregistrement</translation>
    </message>
    <message>
        <source>%1 names a person of this office, and &quot;%2&quot; is none of them (%3)</source>
        <translation>%1 désigne une personne de ce bureau, et « %2 » n’en fait pas partie (%3)</translation>
    </message>
    <message>
        <source>the search index cannot be brought up to date: %1</source>
        <translation>l’index de recherche ne peut pas être mis à jour : %1</translation>
    </message>
    <message>
        <source>a seat needs a site id of its own and its office&apos;s id</source>
        <translation>un poste a besoin de son propre identifiant de site et de l&apos;identifiant de son bureau</translation>
    </message>
</context>
<context>
    <name>tandem::SurvivorCommands</name>
    <message>
        <source>Tick step done</source>
        <translation>Cocher l&apos;étape comme réalisée</translation>
    </message>
    <message>
        <source>Mark step %1</source>
        <translation>Marquer l&apos;étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Modifier l&apos;étape</translation>
    </message>
    <message>
        <source>Set rescue time</source>
        <translation>Définir l&apos;heure du sauvetage</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Add survivor %1</source>
        <translation>Ajouter le survivant %1</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer un consentement</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirer le consentement</translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation>Nouveau protocole</translation>
    </message>
    <message>
        <source>Save protocol</source>
        <translation>Enregistrer le protocole</translation>
    </message>
    <message>
        <source>Import protocol</source>
        <translation>Importer un protocole</translation>
    </message>
    <message>
        <source>Retire protocol</source>
        <translation>Retirer le protocole</translation>
    </message>
    <message>
        <source>Make protocol active</source>
        <translation>Rendre le protocole actif</translation>
    </message>
    <message>
        <source>Remove referral</source>
        <translation>Retirer l’orientation</translation>
    </message>
    <message>
        <source>Refer to service</source>
        <translation>Orienter vers un service</translation>
    </message>
    <message>
        <source>Record referral answer</source>
        <translation>Enregistrer la réponse à l’orientation</translation>
    </message>
</context>
<context>
    <name>tandem::SurvivorDetail</name>
    <message>
        <source>Set T0</source>
        <translation>Définir T0</translation>
    </message>
    <message>
        <source>Record when the survivor was recovered. The first time, this makes their checklist; later, it moves the open steps&apos; due times with it.</source>
        <translation>Enregistrez le moment où le survivant a été secouru. La première fois, cela crée sa liste de contrôle&#xa0;; ensuite, cela décale d&apos;autant les échéances des étapes ouvertes.</translation>
    </message>
    <message>
        <source>Rescue time (T0):</source>
        <translation>Heure du sauvetage (T0)&#xa0;:</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Identity (protected)</source>
        <translation>Identité (protégée)</translation>
    </message>
    <message>
        <source>Identifying details: hidden until you ask to see them</source>
        <translation>Données d&apos;identification&#xa0;: masquées jusqu&apos;à ce que vous demandiez à les voir</translation>
    </message>
    <message>
        <source>A step that now applies was added to the checklist, due from T0.</source>
        <translation>Une étape désormais applicable a été ajoutée à la liste de contrôle, avec une échéance calculée à partir de T0.</translation>
    </message>
    <message>
        <source>%L1 steps that now apply were added to the checklist, each due from T0.</source>
        <translation>%L1 étapes désormais applicables ont été ajoutées à la liste de contrôle, chacune avec une échéance calculée à partir de T0.</translation>
    </message>
    <message>
        <source>Select a survivor to see their checklist, what they consented to share and the steps still owed to them.</source>
        <translation>Sélectionnez un survivant pour voir sa liste de contrôle, ce qu&apos;il a consenti à partager et les étapes qui lui sont encore dues.</translation>
    </message>
    <message>
        <source>This survivor&apos;s record has been deleted.</source>
        <translation>La fiche de ce survivant a été supprimée.</translation>
    </message>
    <message>
        <source>This survivor could not be read: %1</source>
        <translation>La fiche de ce survivant n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>mineur</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>Not set yet: setting it makes the checklist.</source>
        <translation>Pas encore définie&#xa0;: la définir crée la liste de contrôle.</translation>
    </message>
    <message>
        <source>Change T0</source>
        <translation>Modifier T0</translation>
    </message>
    <message>
        <source>Checklist (%1 overdue)</source>
        <translation>Liste de contrôle (%1 en retard)</translation>
    </message>
    <message>
        <source>Consents (%1 in force)</source>
        <translation>Consentements (%1 en vigueur)</translation>
    </message>
    <message>
        <source>The rescue time could not be set.</source>
        <translation>L&apos;heure du sauvetage n&apos;a pas pu être définie.</translation>
    </message>
    <message>
        <source>Rescue time set. No protocol is in force, so no checklist was made: make a protocol active or import one in Protocols, then set T0 again.</source>
        <translation>Heure du sauvetage définie. Aucun protocole n&apos;est en vigueur, donc aucune liste de contrôle n&apos;a été créée&#xa0;: activez un protocole ou importez-en un dans Protocoles, puis définissez à nouveau T0.</translation>
    </message>
    <message>
        <source>Rescue time set. The checklist was made: %L1 steps from the protocols in force, each due from T0.</source>
        <translation>Heure du sauvetage définie. La liste de contrôle a été créée&#xa0;: %L1 étapes issues des protocoles en vigueur, chacune avec une échéance calculée à partir de T0.</translation>
    </message>
    <message>
        <source>Rescue time moved %1 later. No open step had a due time to move.</source>
        <translation>Heure du sauvetage reportée de %1. Aucune étape ouverte n&apos;avait d&apos;échéance à décaler.</translation>
    </message>
    <message>
        <source>Rescue time moved %1 earlier. No open step had a due time to move.</source>
        <translation>Heure du sauvetage avancée de %1. Aucune étape ouverte n&apos;avait d&apos;échéance à décaler.</translation>
    </message>
    <message>
        <source>Rescue time moved %1 later: the open step is now due %1 later.</source>
        <translation>Heure du sauvetage reportée de %1&#xa0;: l&apos;échéance de l&apos;étape ouverte est reportée de %1.</translation>
    </message>
    <message>
        <source>Rescue time moved %1 earlier: the open step is now due %1 earlier.</source>
        <translation>Heure du sauvetage avancée de %1&#xa0;: l&apos;échéance de l&apos;étape ouverte est avancée de %1.</translation>
    </message>
    <message>
        <source>Rescue time moved %1 later: %L2 open steps are now due %1 later.</source>
        <translation>Heure du sauvetage reportée de %1&#xa0;: les échéances de %L2 étapes ouvertes sont reportées de %1.</translation>
    </message>
    <message>
        <source>Rescue time moved %1 earlier: %L2 open steps are now due %1 earlier.</source>
        <translation>Heure du sauvetage avancée de %1&#xa0;: les échéances de %L2 étapes ouvertes sont avancées de %1.</translation>
    </message>
    <message>
        <source>Files (protected)</source>
        <translation>Fichiers (protégés)</translation>
    </message>
</context>
<context>
    <name>tandem::SurvivorFields</name>
    <message>
        <source>Not known yet</source>
        <translation>Pas encore connu</translation>
    </message>
    <message>
        <source>Language codes, separated by commas (e.g. ro, en)</source>
        <translation>Codes de langue, séparés par des virgules (p. ex. ro, en)</translation>
    </message>
    <message>
        <source>Minor, foreign national and sexual violence decide which protocol steps apply: steps that come to apply are added to the checklist, due from T0. Nothing here identifies the survivor: names and contacts belong in the identity panel.</source>
        <translation>Mineur, ressortissant étranger et violences sexuelles déterminent les étapes du protocole qui s&apos;appliquent&#xa0;: les étapes qui deviennent applicables sont ajoutées à la liste de contrôle, avec une échéance calculée à partir de T0. Rien ici n&apos;identifie le survivant&#xa0;: les noms et coordonnées ont leur place dans le panneau d&apos;identité.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>The survivor could not be changed.</source>
        <translation>La fiche du survivant n&apos;a pas pu être modifiée.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Follows the age band: under 18 is a minor. Choose the age band Unknown to record a presumed minor whose age is in doubt.</source>
        <translation>Suit la tranche d&apos;âge&#xa0;: moins de 18 ans est un mineur. Choisissez la tranche Inconnue pour enregistrer un mineur présumé dont l&apos;âge est incertain.</translation>
    </message>
    <message>
        <source>Record a presumed minor while the age is in doubt</source>
        <translation>Enregistrer un mineur présumé tant que l&apos;âge est incertain</translation>
    </message>
</context>
<context>
    <name>tandem::SurvivorListModel</name>
    <message>
        <source>%1 of %2 steps settled (done, not applicable or declined by the survivor)</source>
        <translation>%1 étapes sur %2 réglées (réalisées, non applicables ou refusées par le survivant)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>Aucune liste de contrôle</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Rescued (T0)</source>
        <translation>Sauvetage (T0)</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>The survivors could not be read: %1</source>
        <translation>Les survivants n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tandem::Survivors</name>
    <message>
        <source>give the rescue time (T0) as a date and time</source>
        <translation>indiquez l&apos;heure du sauvetage (T0) sous forme de date et d&apos;heure</translation>
    </message>
    <message>
        <source>this survivor was deleted</source>
        <translation>ce survivant a été supprimé</translation>
    </message>
    <message>
        <source>the rescue time %1 is more than a day in the future (it is now %2); check the date and its offset</source>
        <translation>l&apos;heure du sauvetage %1 est plus d&apos;un jour dans le futur (il est maintenant %2)&#xa0;; vérifiez la date et son décalage horaire</translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; is recorded as done at %2, before this rescue time (%3); correct that step&apos;s time first</source>
        <translation>l&apos;étape «&#xa0;%1&#xa0;» est enregistrée comme réalisée le %2, avant cette heure de sauvetage (%3)&#xa0;; corrigez d&apos;abord l&apos;heure de cette étape</translation>
    </message>
</context>
<context>
    <name>tandem::SurvivorsView</name>
    <message>
        <source>New Survivor</source>
        <translation>Nouveau survivant</translation>
    </message>
    <message>
        <source>Find by code or operation</source>
        <translation>Rechercher par code ou par opération</translation>
    </message>
    <message>
        <source>Record a survivor under a new pseudonymous code (V-year-number)</source>
        <translation>Enregistrer un survivant sous un nouveau code pseudonyme (V-année-numéro)</translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation>Survivants</translation>
    </message>
    <message>
        <source>No survivors recorded</source>
        <translation>Aucun survivant enregistré</translation>
    </message>
    <message>
        <source>None found</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>1 survivor</source>
        <translation>1 survivant</translation>
    </message>
    <message>
        <source>The survivor could not be added.</source>
        <translation>Le survivant n&apos;a pas pu être ajouté.</translation>
    </message>
    <message>
        <source>Find survivors</source>
        <translation>Rechercher des survivants</translation>
    </message>
    <message numerus="yes">
        <source>%Ln survivors</source>
        <translation>
            <numerusform>%Ln survivant</numerusform>
            <numerusform>%Ln survivants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::Tick</name>
    <message>
        <source>the done time %1 is more than a day in the future (it is now %2); check the date and its offset</source>
        <translation>l&apos;heure de réalisation %1 est plus d&apos;un jour dans le futur (il est maintenant %2)&#xa0;; vérifiez la date et son décalage horaire</translation>
    </message>
    <message>
        <source>the done time %1 is before survivor %2 was recovered (T0, %3)</source>
        <translation>l&apos;heure de réalisation %1 est antérieure au sauvetage du survivant %2 (T0, %3)</translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;; the states are: %2</source>
        <translation>état inconnu «&#xa0;%1&#xa0;»&#xa0;; les états sont&#xa0;: %2</translation>
    </message>
    <message>
        <source>a done time and who did it are recorded only for the states done, not_applicable and declined, not for %1</source>
        <translation>une heure de réalisation et son auteur ne sont enregistrés que pour les états done, not_applicable et declined, pas pour %1</translation>
    </message>
    <message>
        <source>this checklist step was deleted; it can no longer be ticked</source>
        <translation>cette étape de la liste de contrôle a été supprimée&#xa0;; elle ne peut plus être cochée</translation>
    </message>
    <message>
        <source>say who did it: a step marked %1 records who did it (done_by)</source>
        <translation>indiquez qui l&apos;a réalisée&#xa0;: une étape marquée %1 enregistre qui l&apos;a réalisée (done_by)</translation>
    </message>
</context>
<context>
    <name>tandem::TimeField</name>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source>Set a time</source>
        <translation>Définir une heure</translation>
    </message>
    <message>
        <source>Clear the time</source>
        <translation>Effacer l&apos;heure</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Définir %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Effacer %1</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
</context>
<context>
    <name>tandem::TimelineChart</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>(deleted agency)</source>
        <translation>(organisme supprimé)</translation>
    </message>
    <message>
        <source>No agency</source>
        <translation>Aucun organisme</translation>
    </message>
    <message>
        <source>Move task “%1”</source>
        <translation>Déplacer la tâche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1, %2, due %3%4. Alt+Left and Alt+Right move it by 15 minutes.</source>
        <translation>%1, %2, échéance %3%4. Alt+Left et Alt+Right la déplacent de 15 minutes.</translation>
    </message>
    <message>
        <source>no agency</source>
        <translation>aucun organisme</translation>
    </message>
    <message>
        <source>, overdue</source>
        <translation>, en retard</translation>
    </message>
    <message>
        <source>%1: due %2</source>
        <translation>%1&#xa0;: échéance %2</translation>
    </message>
    <message>
        <source>%1
%2 · %3
Due %4%5</source>
        <translation>%1
%2 · %3
Échéance %4%5</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation> (réalisée)</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (en retard)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>No tasks with a due time yet</source>
        <translation>Aucune tâche avec une échéance pour l&apos;instant</translation>
    </message>
    <message>
        <source>1 task on the time scale. Left and Right select a task.</source>
        <translation>1 tâche sur l&apos;échelle de temps. Gauche et Droite sélectionnent une tâche.</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks on the time scale. Left and Right select a task.</source>
        <translation>
            <numerusform>%n tâche sur l&apos;échelle de temps. Gauche et Droite sélectionnent une tâche.</numerusform>
            <numerusform>%n tâches sur l&apos;échelle de temps. Gauche et Droite sélectionnent une tâche.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TimelinePage</name>
    <message>
        <source>Zoom in (+ or Ctrl+wheel)</source>
        <translation>Zoom avant (+ ou Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out (- or Ctrl+wheel)</source>
        <translation>Zoom arrière (- ou Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole timeline</source>
        <translation>Afficher toute la chronologie</translation>
    </message>
    <message>
        <source>Drag a task to give it a new time, or select it and press Alt+Left or Alt+Right. Red: past due and not done.</source>
        <translation>Faites glisser une tâche pour lui donner une nouvelle heure, ou sélectionnez-la et appuyez sur Alt+Left ou Alt+Right. En rouge&#xa0;: échéance dépassée et non réalisée.</translation>
    </message>
    <message>
        <source>Overdue: past due and not done</source>
        <translation>En retard&#xa0;: échéance dépassée et non réalisée</translation>
    </message>
</context>
<context>
    <name>tandem::TipLinking</name>
    <message>
        <source>Link to an operation</source>
        <translation>Lier à une opération</translation>
    </message>
    <message>
        <source>The operations could not be read.</source>
        <translation>Les opérations n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <source>There is no open operation to link the tip to.</source>
        <translation>Il n&apos;y a aucune opération ouverte à laquelle lier le signalement.</translation>
    </message>
    <message>
        <source>Plan the operation first (Operations, New), then link the tip from it or from here.</source>
        <translation>Planifiez d&apos;abord l&apos;opération (Opérations, Nouveau), puis liez-y le signalement depuis l&apos;opération ou depuis ici.</translation>
    </message>
    <message>
        <source>The operation this tip led to:</source>
        <translation>L&apos;opération à laquelle ce signalement a abouti&#xa0;:</translation>
    </message>
    <message>
        <source>Link a tip</source>
        <translation>Lier un signalement</translation>
    </message>
    <message>
        <source>The tips could not be read.</source>
        <translation>Les signalements n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>There is no open tip to link.</source>
        <translation>Il n&apos;y a aucun signalement ouvert à lier.</translation>
    </message>
    <message>
        <source>Only new and assessed tips can be linked; log a tip in the Tips view.</source>
        <translation>Seuls les signalements nouveaux et évalués peuvent être liés&#xa0;; consignez un signalement dans la vue Signalements.</translation>
    </message>
    <message>
        <source>The tip that led to this operation:</source>
        <translation>Le signalement qui a conduit à cette opération&#xa0;:</translation>
    </message>
    <message>
        <source>Link tip to operation</source>
        <translation>Lier le signalement à l&apos;opération</translation>
    </message>
    <message>
        <source>Unlink tip</source>
        <translation>Délier le signalement</translation>
    </message>
    <message>
        <source>Search code names, targets, agencies, notes…</source>
        <translation>Rechercher dans les noms de code, cibles, organismes, notes…</translation>
    </message>
    <message>
        <source>Search open operations</source>
        <translation>Rechercher des opérations ouvertes</translation>
    </message>
    <message>
        <source>Open operations, latest first</source>
        <translation>Opérations ouvertes, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>Search places, channels, descriptions…</source>
        <translation>Rechercher dans les lieux, canaux, descriptions…</translation>
    </message>
    <message>
        <source>Search open tips</source>
        <translation>Rechercher des signalements ouverts</translation>
    </message>
    <message>
        <source>Open tips, latest first</source>
        <translation>Signalements ouverts, les plus récents d&apos;abord</translation>
    </message>
</context>
<context>
    <name>tandem::TipListModel</name>
    <message>
        <source>(deleted operation)</source>
        <translation>(opération supprimée)</translation>
    </message>
    <message>
        <source>The tips could not be read: %1</source>
        <translation>Les signalements n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Crédibilité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>1 indicator</source>
        <translation>1 indicateur</translation>
    </message>
    <message numerus="yes">
        <source>%n indicators</source>
        <translation>
            <numerusform>%n indicateur</numerusform>
            <numerusform>%n indicateurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TipsView</name>
    <message>
        <source>&amp;New tip</source>
        <translation>&amp;Nouveau signalement</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>S&amp;upprimer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Assessed</source>
        <translation>É&amp;valué</translation>
    </message>
    <message>
        <source>&amp;Link to operation…</source>
        <translation>&amp;Lier à une opération…</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>D&amp;élier</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Cl&amp;ore</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Open (new and assessed)</source>
        <translation>Ouverts (nouveaux et évalués)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Évalués</translation>
    </message>
    <message>
        <source>Linked to an operation</source>
        <translation>Lié à une opération</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>All tips</source>
        <translation>Tous les signalements</translation>
    </message>
    <message>
        <source>Show tips</source>
        <translation>Afficher les signalements</translation>
    </message>
    <message>
        <source>Log a tip from the hotline, a walk-in, online or a partner (Ctrl+Shift+N or Insert)</source>
        <translation>Enregistrer un signalement reçu par la permanence téléphonique, sur place, en ligne ou d&apos;un partenaire (Ctrl+Shift+N ou Insert)</translation>
    </message>
    <message>
        <source>Delete the selected tip (Delete)</source>
        <translation>Supprimer le signalement sélectionné (Delete)</translation>
    </message>
    <message>
        <source>Log the tip (Ctrl+Return)</source>
        <translation>Enregistrer le signalement (Ctrl+Return)</translation>
    </message>
    <message>
        <source>The tip has been assessed (its credibility set)</source>
        <translation>Le signalement a été évalué (sa crédibilité est définie)</translation>
    </message>
    <message>
        <source>Link the tip to the operation it led to (Ctrl+Shift+L)</source>
        <translation>Lier le signalement à l&apos;opération à laquelle il a abouti (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Nothing more to do with this tip</source>
        <translation>Plus rien à faire pour ce signalement</translation>
    </message>
    <message>
        <source>The indicators are common signs of trafficking, in our own words, after the UNODC&apos;s “Human trafficking indicators” and the ILO&apos;s “Indicators of forced labour” (2012). One sign alone proves nothing; several together are worth a closer look.</source>
        <translation>Les indicateurs sont des signes courants de traite, reformulés avec nos propres mots, d&apos;après les «&#xa0;Indicateurs de la traite des personnes&#xa0;» de l&apos;ONUDC et les «&#xa0;Indicateurs de travail forcé&#xa0;» de l&apos;OIT (2012). Un signe isolé ne prouve rien&#xa0;; plusieurs ensemble méritent un examen plus attentif.</translation>
    </message>
    <message>
        <source>Select a tip to see and triage it, or log a new one.</source>
        <translation>Sélectionnez un signalement pour le consulter et le traiter, ou enregistrez-en un nouveau.</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Tip: %1</source>
        <translation>Signalement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation>Lié à %1</translation>
    </message>
    <message>
        <source>a deleted operation</source>
        <translation>une opération supprimée</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>New tip</source>
        <translation>Nouveau signalement</translation>
    </message>
    <message>
        <source>Log tip</source>
        <translation>Enregistrer le signalement</translation>
    </message>
    <message>
        <source>Delete tip</source>
        <translation>Supprimer le signalement</translation>
    </message>
    <message>
        <source>Delete this tip?</source>
        <translation>Supprimer ce signalement&#xa0;?</translation>
    </message>
    <message>
        <source>A tip that led nowhere is better closed, so that it still counts. Undo (Ctrl+Z) brings it back.</source>
        <translation>Mieux vaut clore un signalement qui n&apos;a mené à rien, afin qu&apos;il reste comptabilisé. Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%L1 shown</source>
        <translation>%L1 affichés</translation>
    </message>
</context>
<context>
    <name>tandem::TodayModel</name>
    <message>
        <source>The steps due could not be read.</source>
        <translation>Les étapes dues n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <source>Overdue (%L1)</source>
        <translation>En retard (%L1)</translation>
    </message>
    <message>
        <source>Due in the next 24 hours (%L1)</source>
        <translation>Échéance dans les prochaines 24 heures (%L1)</translation>
    </message>
    <message>
        <source>Before the first interview, rescued in the last two weeks (%L1)</source>
        <translation>Avant le premier entretien, secourus au cours des deux dernières semaines (%L1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 étape</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (facultative)</translation>
    </message>
    <message>
        <source>Before first interview</source>
        <translation>Avant le premier entretien</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 de retard</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>rescued %1 ago</source>
        <translation>secouru il y a %1</translation>
    </message>
    <message>
        <source>The step could not be ticked.</source>
        <translation>L&apos;étape n&apos;a pas pu être cochée.</translation>
    </message>
    <message>
        <source>Survivor and step</source>
        <translation>Survivant et étape</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>How late / in</source>
        <translation>Retard / dans</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message numerus="yes">
        <source>%Ln steps</source>
        <translation>
            <numerusform>%Ln étape</numerusform>
            <numerusform>%Ln étapes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TodayView</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Declined by Survivor</source>
        <translation>Refusée par le survivant</translation>
    </message>
    <message>
        <source>Not Applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Open Survivor</source>
        <translation>Ouvrir la fiche du survivant</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>The selected step was done (or click its box, or press Space)</source>
        <translation>L&apos;étape sélectionnée a été réalisée (ou cochez sa case, ou appuyez sur Space)</translation>
    </message>
    <message>
        <source>The survivor chose not to have this: recorded as their choice</source>
        <translation>Le survivant a choisi de ne pas en bénéficier&#xa0;: consigné comme son choix</translation>
    </message>
    <message>
        <source>The step does not apply to this survivor</source>
        <translation>L&apos;étape ne s&apos;applique pas à ce survivant</translation>
    </message>
    <message>
        <source>Show the selected survivor&apos;s whole checklist</source>
        <translation>Afficher toute la liste de contrôle du survivant sélectionné</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation>Opération&#xa0;:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Toutes les opérations</translation>
    </message>
    <message>
        <source>%L1 overdue · %L2 due in the next 24 hours · %L3 before a first interview</source>
        <translation>%L1 en retard · %L2 dues dans les prochaines 24 heures · %L3 avant un premier entretien</translation>
    </message>
    <message>
        <source>Nothing owed now for this owner and operation.</source>
        <translation>Rien n&apos;est dû pour l&apos;instant pour ce responsable et cette opération.</translation>
    </message>
    <message>
        <source>Nothing is overdue, due in the next 24 hours or owed before a first interview. Steps owed to survivors appear here as their time comes.</source>
        <translation>Rien n&apos;est en retard, dû dans les prochaines 24 heures ou dû avant un premier entretien. Les étapes dues aux survivants apparaissent ici à mesure que leur heure arrive.</translation>
    </message>
    <message>
        <source>The step could not be changed.</source>
        <translation>L&apos;étape n&apos;a pas pu être modifiée.</translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation>Marquer comme fait</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Between operations</source>
        <translation>Entre les opérations</translation>
    </message>
    <message>
        <source>The selected action item or task is done (or click its box, or press Space)</source>
        <translation>L&apos;action à mener ou la tâche sélectionnée est réalisée (ou cochez sa case, ou appuyez sur Space)</translation>
    </message>
    <message>
        <source>%L1 overdue · %L2 action items (7 days) · %L3 operation tasks (24 hours) · %L4 protocol reviews</source>
        <translation>%L1 en retard · %L2 actions à mener (7 jours) · %L3 tâches d&apos;opération (24 heures) · %L4 révisions de protocole</translation>
    </message>
    <message>
        <source>Show the steps of</source>
        <translation>Afficher les étapes de</translation>
    </message>
    <message>
        <source>Show the steps of the operation</source>
        <translation>Afficher les étapes de l&apos;opération</translation>
    </message>
    <message>
        <source>Open the meeting, operation, protocol or survivor it comes from (Return or double-click)</source>
        <translation>Ouvrir la réunion, l&apos;opération, le protocole ou la personne survivante d&apos;où cela vient (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>Action items, operation tasks, protocol reviews and identities due for erasure</source>
        <translation>Actions, tâches d&apos;opérations, révisions de protocoles et identités à effacer</translation>
    </message>
    <message>
        <source> · 1 identity due for erasure</source>
        <translation> · 1 identité à effacer</translation>
    </message>
    <message numerus="yes">
        <source> · %n identities due for erasure</source>
        <translation>
            <numerusform> · %n identité à effacer</numerusform>
            <numerusform> · %n identités à effacer</numerusform>
        </translation>
    </message>
    <message>
        <source> · 1 warrant lapses before its operation</source>
        <translation> · 1 mandat expire avant son opération</translation>
    </message>
    <message numerus="yes">
        <source> · %n warrants lapse before their operations</source>
        <translation>
            <numerusform> · %n mandat expire avant son opération</numerusform>
            <numerusform> · %n mandats expirent avant leurs opérations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::TrustDialog</name>
    <message>
        <source>I have &amp;compared the fingerprint with the office</source>
        <translation>J&apos;ai &amp;comparé l&apos;empreinte avec le bureau</translation>
    </message>
    <message>
        <source>Trust a Partner Office</source>
        <translation>Faire confiance à un bureau partenaire</translation>
    </message>
    <message>
        <source>Key card from %1</source>
        <translation>Carte de clé de %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Call &lt;b&gt;%1&lt;/b&gt; on a telephone number you already know for them (not one that came with the card) and ask them to read out the fingerprint of their key card (Exchange ▸ This Office&apos;s Key Card). Every digit must be the same.&lt;/p&gt;&lt;p&gt;If any digit differs, do not trust this card: someone else may have made it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Appelez &lt;b&gt;%1&lt;/b&gt; à un numéro de téléphone que vous connaissez déjà pour ce bureau (pas un numéro reçu avec la carte) et demandez-leur de lire à voix haute l&apos;empreinte de leur carte de clé (Échange ▸ Carte de clé de ce bureau). Chaque chiffre doit être identique.&lt;/p&gt;&lt;p&gt;Si un seul chiffre diffère, ne faites pas confiance à cette carte&#xa0;: quelqu&apos;un d&apos;autre a pu la créer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Name of the partner office in this file</source>
        <translation>Nom du bureau partenaire dans ce fichier</translation>
    </message>
    <message>
        <source>&amp;Known here as:</source>
        <translation>Connu ici &amp;sous le nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Faire confiance</translation>
    </message>
    <message>
        <source>Replace a Partner Office&apos;s Key</source>
        <translation>Remplacer la clé d’un bureau partenaire</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 is known here with another key&lt;/b&gt; (fingerprint %2).&lt;/p&gt;&lt;p&gt;Trust this card only if %1 tells you it has made new keys, and every digit of the new fingerprint above matches what they read out. From then on, bundles signed with the old key are refused.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 est connu ici avec une autre clé&lt;/b&gt; (empreinte %2).&lt;/p&gt;&lt;p&gt;N’approuvez cette carte que si %1 vous dit avoir créé de nouvelles clés, et que chaque chiffre de la nouvelle empreinte ci-dessus correspond à ce qu’il vous a lu. Dès lors, les lots signés avec l’ancienne clé sont refusés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>I have &amp;compared the new fingerprint with the office</source>
        <translation>J’ai &amp;comparé la nouvelle empreinte avec le bureau</translation>
    </message>
    <message>
        <source>&amp;Replace the Key</source>
        <translation>&amp;Remplacer la clé</translation>
    </message>
</context>
<context>
    <name>tandem::UndoFile</name>
    <message>
        <source>the table %1 has no key, so its changes cannot be recorded for an undo</source>
        <translation>la table %1 n’a pas de clé : ses modifications ne peuvent pas être enregistrées pour être annulées</translation>
    </message>
    <message>
        <source>an undo is recorded from before the transaction it records</source>
        <translation>une annulation s’enregistre depuis avant la transaction qu’elle enregistre</translation>
    </message>
    <message>
        <source>cannot make the undo file: %1</source>
        <translation>impossible de créer le fichier d’annulation : %1</translation>
    </message>
    <message>
        <source>the undo file could not be closed</source>
        <translation>le fichier d’annulation n’a pas pu être fermé</translation>
    </message>
    <message>
        <source>this is not an undo file of Tandem: %1</source>
        <translation>ce n’est pas un fichier d’annulation de Tandem : %1</translation>
    </message>
    <message>
        <source>it was made for another file</source>
        <translation>il a été fait pour un autre fichier</translation>
    </message>
    <message>
        <source>what it recorded was never saved (Tandem stopped during the merge)</source>
        <translation>ce qu’il a enregistré n’a jamais été sauvegardé (Tandem s’est arrêté pendant la fusion)</translation>
    </message>
    <message>
        <source>the file was restored to a state before it, or it was undone already</source>
        <translation>le fichier a été restauré à un état antérieur, ou c’est déjà annulé</translation>
    </message>
    <message>
        <source>the undo of %1 could not be applied to %2: %3</source>
        <translation>l’annulation de %1 n’a pas pu être appliquée à %2 : %3</translation>
    </message>
    <message>
        <source>cannot read the undo file: %1</source>
        <translation>impossible de lire le fichier d’annulation : %1</translation>
    </message>
    <message>
        <source>this undo file is not in the backup folder of %1</source>
        <translation>ce fichier d’annulation n’est pas dans le dossier de sauvegardes de %1</translation>
    </message>
    <message>
        <source>this undo no longer applies: %1</source>
        <translation>cette annulation ne s’applique plus : %1</translation>
    </message>
    <message>
        <source>%1 later merges would have to be undone first; undo some of them on their own first</source>
        <translation>%1 fusions ultérieures devraient être annulées d’abord ; annulez-en d’abord quelques-unes séparément</translation>
    </message>
    <message>
        <source>before undoing %1</source>
        <translation>avant d’annuler %1</translation>
    </message>
    <message>
        <source>%1 rows put back as they were, %2 rows removed; %3 of them had changed since</source>
        <translation>%1 lignes remises dans leur état d’avant, %2 lignes supprimées ; %3 d’entre elles avaient changé depuis</translation>
    </message>
</context>
<context>
    <name>tandem::Value</name>
    <message>
        <source>This office only</source>
        <translation>Ce bureau uniquement</translation>
    </message>
    <message>
        <source>Partner offices</source>
        <translation>Bureaux partenaires</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Federal agency</source>
        <translation>Organisme fédéral</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>Parquet</translation>
    </message>
    <message>
        <source>Labour inspection</source>
        <translation>Inspection du travail</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>Immigration</translation>
    </message>
    <message>
        <source>NGO victim services</source>
        <translation>Services d&apos;aide aux victimes (ONG)</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médical</translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation>Protection de l&apos;enfance</translation>
    </message>
    <message>
        <source>Community organisation</source>
        <translation>Association locale</translation>
    </message>
    <message>
        <source>Sexual exploitation</source>
        <translation>Exploitation sexuelle</translation>
    </message>
    <message>
        <source>Labour exploitation</source>
        <translation>Exploitation par le travail</translation>
    </message>
    <message>
        <source>Domestic servitude</source>
        <translation>Servitude domestique</translation>
    </message>
    <message>
        <source>Forced criminality</source>
        <translation>Criminalité forcée</translation>
    </message>
    <message>
        <source>Forced begging</source>
        <translation>Mendicité forcée</translation>
    </message>
    <message>
        <source>Forced marriage</source>
        <translation>Mariage forcé</translation>
    </message>
    <message>
        <source>Organ removal</source>
        <translation>Prélèvement d&apos;organes</translation>
    </message>
    <message>
        <source>Mixed or unclear</source>
        <translation>Mixte ou indéterminé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Briefed</source>
        <translation>Briefing effectué</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chef de file</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Perimeter</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Victim services</source>
        <translation>Services d&apos;aide aux victimes</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Post-rescue</source>
        <translation>Après le sauvetage</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Débriefing</translation>
    </message>
    <message>
        <source>Under 12</source>
        <translation>Moins de 12 ans</translation>
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
        <translation>50 ans et plus</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binaire</translation>
    </message>
    <message>
        <source>Not disclosed</source>
        <translation>Non communiqué</translation>
    </message>
    <message>
        <source>Identity (name, date of birth)</source>
        <translation>Identité (nom, date de naissance)</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Informations sur le dossier</translation>
    </message>
    <message>
        <source>Medical information</source>
        <translation>Informations médicales</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Task-force lead</source>
        <translation>Chef du groupe de travail conjoint</translation>
    </message>
    <message>
        <source>NGO advocate</source>
        <translation>Référent ONG</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Gestionnaire de cas</translation>
    </message>
    <message>
        <source>After the rescue (T0)</source>
        <translation>Après le sauvetage (T0)</translation>
    </message>
    <message>
        <source>Before the first interview</source>
        <translation>Avant le premier entretien</translation>
    </message>
    <message>
        <source>All survivors</source>
        <translation>Tous les survivants</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Mineurs</translation>
    </message>
    <message>
        <source>Foreign nationals</source>
        <translation>Ressortissants étrangers</translation>
    </message>
    <message>
        <source>After sexual violence</source>
        <translation>Après des violences sexuelles</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Declined by survivor</source>
        <translation>Refusée par le survivant</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Aide juridique</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>Soutien psychologique</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Permanence téléphonique</translation>
    </message>
    <message>
        <source>Medical care</source>
        <translation>Soins médicaux</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <translation>Interprétariat</translation>
    </message>
    <message>
        <source>Child services</source>
        <translation>Services à l&apos;enfance</translation>
    </message>
    <message>
        <source>Employment and training</source>
        <translation>Emploi et formation</translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation>Journal de l&apos;opération</translation>
    </message>
    <message>
        <source>Lesson learned</source>
        <translation>Enseignement tiré</translation>
    </message>
    <message>
        <source>Coordination meeting</source>
        <translation>Réunion de coordination</translation>
    </message>
    <message>
        <source>Joint training</source>
        <translation>Formation conjointe</translation>
    </message>
    <message>
        <source>Community outreach</source>
        <translation>Action de sensibilisation</translation>
    </message>
    <message>
        <source>After-action review</source>
        <translation>Revue après action</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Partner referral</source>
        <translation>Transmis par un partenaire</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>Identity documents held by someone else</source>
        <translation>Papiers d&apos;identité détenus par un tiers</translation>
    </message>
    <message>
        <source>Debt that cannot be paid off</source>
        <translation>Dette impossible à rembourser</translation>
    </message>
    <message>
        <source>Not free to come and go</source>
        <translation>Pas libre d&apos;aller et venir</translation>
    </message>
    <message>
        <source>Lives where they work</source>
        <translation>Vit sur son lieu de travail</translation>
    </message>
    <message>
        <source>Excessive working hours</source>
        <translation>Horaires de travail excessifs</translation>
    </message>
    <message>
        <source>Unpaid or paid far below the norm</source>
        <translation>Pas de salaire, ou salaire très inférieur à la norme</translation>
    </message>
    <message>
        <source>Signs of physical abuse</source>
        <translation>Signes de violences physiques</translation>
    </message>
    <message>
        <source>Fearful, or answers seem coached</source>
        <translation>Peur visible, ou réponses qui semblent dictées</translation>
    </message>
    <message>
        <source>A minor in commercial sex</source>
        <translation>Mineur dans le commerce du sexe</translation>
    </message>
    <message>
        <source>Someone else speaks or decides for them</source>
        <translation>Un tiers parle ou décide à sa place</translation>
    </message>
    <message>
        <source>Threats against them or their family</source>
        <translation>Menaces contre la personne ou sa famille</translation>
    </message>
    <message>
        <source>Isolated, no contact with family or community</source>
        <translation>Isolement, aucun contact avec la famille ou l&apos;entourage</translation>
    </message>
    <message>
        <source>Recruited with false promises</source>
        <translation>Recrutement sur de fausses promesses</translation>
    </message>
    <message>
        <source>Many people housed at one address</source>
        <translation>Nombreuses personnes logées à une même adresse</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>a tip&apos;s credibility</comment>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>a tip&apos;s credibility</comment>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <comment>a tip&apos;s credibility</comment>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>New</source>
        <comment>a tip&apos;s status</comment>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Assessed</source>
        <comment>a tip&apos;s status</comment>
        <translation>Évalué</translation>
    </message>
    <message>
        <source>Linked to an operation</source>
        <comment>a tip&apos;s status</comment>
        <translation>Lié à une opération</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>a tip&apos;s status</comment>
        <translation>Clos</translation>
    </message>
    <message>
        <source>All offices of the network</source>
        <translation>Tous les bureaux du réseau</translation>
    </message>
    <message>
        <source>A sharing group</source>
        <translation>Un groupe de partage</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <source>Identity erased</source>
        <translation>Identité effacée</translation>
    </message>
    <message>
        <source>Retention period over</source>
        <translation>Durée de conservation écoulée</translation>
    </message>
</context>
<context>
    <name>tandem::Warrants</name>
    <message>
        <source>warrant %1 is issued on %2, after the operation starts</source>
        <translation>le mandat %1 est délivré le %2, après le début de l&apos;opération</translation>
    </message>
    <message>
        <source>warrant %1 expires on %2, before the operation starts</source>
        <translation>le mandat %1 expire le %2, avant le début de l&apos;opération</translation>
    </message>
    <message>
        <source>Target “%1” needs a warrant, and no warrant of the operation covers it.</source>
        <translation>La cible «&#xa0;%1&#xa0;» nécessite un mandat, et aucun mandat de l&apos;opération ne la couvre.</translation>
    </message>
    <message>
        <source>Target “%1” needs a warrant valid when the operation starts: %2.</source>
        <translation>La cible «&#xa0;%1&#xa0;» nécessite un mandat valable au début de l&apos;opération&#xa0;: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a target id</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de cible</translation>
    </message>
    <message>
        <source>there is no target with id %1</source>
        <translation>il n&apos;y a aucune cible avec l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>target “%1” belongs to another operation: a warrant covers targets of its own operation</source>
        <translation>la cible «&#xa0;%1&#xa0;» appartient à une autre opération&#xa0;: un mandat couvre les cibles de sa propre opération</translation>
    </message>
    <message>
        <source>Warrant %1 is issued on %2, after %3 starts on %4.</source>
        <translation>Le mandat %1 est délivré le %2, après le début de %3 le %4.</translation>
    </message>
    <message>
        <source>Warrant %1 expires on %2, before %3 starts on %4.</source>
        <translation>Le mandat %1 expire le %2, avant le début de %3 le %4.</translation>
    </message>
</context>
<context>
    <name>tandem::WhoAreYouDialog</name>
    <message>
        <source>Who Are You?</source>
        <translation>Qui êtes-vous ?</translation>
    </message>
    <message>
        <source>Several people use %1. Choose who you are and enter your own passphrase: what you change is recorded in your name.</source>
        <translation>Plusieurs personnes utilisent %1. Choisissez qui vous êtes et saisissez votre propre phrase secrète : ce que vous modifiez est enregistré à votre nom.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Office Passphrase</source>
        <translation>Phrase secrète du bureau</translation>
    </message>
    <message>
        <source>This file is from before Tandem knew its people. Enter the office passphrase once: it becomes your own passphrase, as the office&apos;s first lead, and you can then add the others in Security &gt; People.</source>
        <translation>Ce fichier date d&apos;avant que Tandem connaisse ses personnes. Saisissez une fois la phrase secrète du bureau : elle devient votre propre phrase secrète, en tant que premier responsable du bureau, et vous pourrez ensuite ajouter les autres dans Sécurité &gt; Personnes.</translation>
    </message>
    <message>
        <source>nobody can open this file: it has no people with a passphrase</source>
        <translation>personne ne peut ouvrir ce fichier : il n&apos;a aucune personne avec une phrase secrète</translation>
    </message>
    <message>
        <source>Pe&amp;rson:</source>
        <translation>Pe&amp;rsonne :</translation>
    </message>
</context>
<context>
    <name>tandem::bundle</name>
    <message>
        <source>not a Tandem bundle</source>
        <translation>ce n&apos;est pas un lot Tandem</translation>
    </message>
    <message>
        <source>bundle is truncated</source>
        <translation>le lot est tronqué</translation>
    </message>
    <message>
        <source>bundle format %1 is not known to this version of Tandem (it reads format %2)</source>
        <translation>le format de lot %1 n&apos;est pas connu de cette version de Tandem (elle lit le format %2)</translation>
    </message>
    <message>
        <source>bundle is damaged: its header is too large</source>
        <translation>le lot est endommagé&#xa0;: son en-tête est trop grand</translation>
    </message>
    <message>
        <source>bundle is damaged: its header is not readable</source>
        <translation>le lot est endommagé&#xa0;: son en-tête est illisible</translation>
    </message>
    <message>
        <source>bundle is damaged: a block has an impossible length</source>
        <translation>le lot est endommagé&#xa0;: un bloc a une longueur impossible</translation>
    </message>
    <message>
        <source>cannot read the payload: %1</source>
        <translation>impossible de lire la charge utile&#xa0;: %1</translation>
    </message>
    <message>
        <source>the key of recipient %1 is not usable</source>
        <translation>la clé du destinataire %1 est inutilisable</translation>
    </message>
    <message>
        <source>cannot write the bundle: %1</source>
        <translation>impossible d&apos;écrire le lot&#xa0;: %1</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>export annulé</translation>
    </message>
    <message>
        <source>cannot read the bundle: %1</source>
        <translation>impossible de lire le lot&#xa0;: %1</translation>
    </message>
    <message>
        <source>bundle was signed by an office you do not trust (fingerprint %1)</source>
        <translation>le lot a été signé par un bureau auquel vous ne faites pas confiance (empreinte %1)</translation>
    </message>
    <message>
        <source>bundle was changed after it was signed, or damaged: its signature does not match the sender&apos;s key</source>
        <translation>le lot a été modifié après sa signature, ou endommagé&#xa0;: sa signature ne correspond pas à la clé de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>bundle is not for this office (it is for %1)</source>
        <translation>le lot n&apos;est pas destiné à ce bureau (il est destiné à %1)</translation>
    </message>
    <message>
        <source>bundle cannot be opened with this office&apos;s key</source>
        <translation>le lot ne peut pas être ouvert avec la clé de ce bureau</translation>
    </message>
    <message>
        <source>bundle is damaged: unknown compression</source>
        <translation>le lot est endommagé&#xa0;: compression inconnue</translation>
    </message>
    <message>
        <source>bundle is damaged: its stream header is not valid</source>
        <translation>le lot est endommagé&#xa0;: l&apos;en-tête de son flux n&apos;est pas valide</translation>
    </message>
    <message>
        <source>cannot write the decrypted payload: %1</source>
        <translation>impossible d&apos;écrire la charge utile déchiffrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>bundle is damaged: data follows its final block</source>
        <translation>le lot est endommagé&#xa0;: des données suivent son dernier bloc</translation>
    </message>
    <message>
        <source>bundle is damaged: a block does not decrypt</source>
        <translation>le lot est endommagé&#xa0;: un bloc ne se déchiffre pas</translation>
    </message>
    <message>
        <source>bundle is damaged: a block has an impossible size</source>
        <translation>le lot est endommagé&#xa0;: un bloc a une taille impossible</translation>
    </message>
    <message>
        <source>bundle is damaged: a block does not decompress</source>
        <translation>le lot est endommagé&#xa0;: un bloc ne se décompresse pas</translation>
    </message>
    <message>
        <source>merge cancelled</source>
        <translation>fusion annulée</translation>
    </message>
    <message>
        <source>bundle is larger than Tandem reads (%1 GiB at most)</source>
        <translation>le lot est plus grand que ce que Tandem lit (%1 Gio au plus)</translation>
    </message>
    <message>
        <source>not a Tandem bundle (not a file)</source>
        <translation>ce n&apos;est pas un lot Tandem (ce n&apos;est pas un fichier)</translation>
    </message>
    <message>
        <source>there is not enough memory to open the bundle</source>
        <translation>la mémoire est insuffisante pour ouvrir le lot</translation>
    </message>
    <message>
        <source>bundle is damaged: a part of an attached file has an impossible size</source>
        <translation>le lot est endommagé : une partie de pièce jointe a une taille impossible</translation>
    </message>
    <message>
        <source>bundle is truncated: a part of an attached file is cut short</source>
        <translation>le lot est tronqué : une partie de pièce jointe est coupée</translation>
    </message>
    <message>
        <source>a part of an attached file cannot go into a bundle</source>
        <translation>une partie de pièce jointe ne peut pas entrer dans un lot</translation>
    </message>
    <message>
        <source>bundle is damaged: its header counts blocks it does not have</source>
        <translation>le lot est endommagé : son en-tête compte des blocs qu&apos;il n&apos;a pas</translation>
    </message>
    <message>
        <source>bundle is damaged: a part of an attached file has no valid name</source>
        <translation>le lot est endommagé : une partie de pièce jointe n&apos;a pas de nom valide</translation>
    </message>
</context>
<context>
    <name>tandem::demo</name>
    <message>
        <source>the number of operations must be from 0 to 1,000,000, not %1</source>
        <translation>le nombre d&apos;opérations doit être compris entre 0 et 1&#x202f;000&#x202f;000, et non %1</translation>
    </message>
    <message>
        <source>making the demo failed, nothing was written: %1</source>
        <translation>la création de la démonstration a échoué, rien n&apos;a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>the demo was cancelled; nothing was written</source>
        <translation>la création de la démonstration a été annulée&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>impossible de lire le fichier</translation>
    </message>
</context>
<context>
    <name>tandem::payload</name>
    <message>
        <source>bundle payload is not readable: %1</source>
        <translation>la charge utile du lot est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>bundle payload has an unexpected table &quot;%1&quot;</source>
        <translation>la charge utile du lot contient une table inattendue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>bundle payload lacks the table &quot;%1&quot;</source>
        <translation>il manque la table «&#xa0;%1&#xa0;» dans la charge utile du lot</translation>
    </message>
    <message>
        <source>bundle payload table &quot;%1&quot; has an unexpected column &quot;%2&quot;</source>
        <translation>la table «&#xa0;%1&#xa0;» de la charge utile du lot contient une colonne inattendue «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>bundle payload table &quot;%1&quot; lacks the column &quot;%2&quot;</source>
        <translation>il manque la colonne «&#xa0;%2&#xa0;» dans la table «&#xa0;%1&#xa0;» de la charge utile du lot</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>la base de données n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>there is not enough memory to make the bundle</source>
        <translation>la mémoire est insuffisante pour créer le lot</translation>
    </message>
    <message>
        <source>bundle payload is empty</source>
        <translation>la charge utile du lot est vide</translation>
    </message>
    <message>
        <source>bundle payload cannot be opened: %1</source>
        <translation>impossible d&apos;ouvrir la charge utile du lot&#xa0;: %1</translation>
    </message>
    <message>
        <source>bundle payload cannot be opened</source>
        <translation>impossible d&apos;ouvrir la charge utile du lot</translation>
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
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (one file)</source>
        <translation>HTML (un seul fichier)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>Texte OpenDocument (ODT)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>CSV (tables for spreadsheets)</source>
        <translation>CSV (tableaux pour tableurs)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>tandem::value</name>
    <message>
        <source>%1 field &quot;%2&quot;: expected %3, got &quot;%4&quot;</source>
        <translation>%1, champ «&#xa0;%2&#xa0;»&#xa0;: il faut %3, et non «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot;: at most %3 characters are allowed, got %4</source>
        <translation>%1, champ «&#xa0;%2&#xa0;»&#xa0;: %3 caractères au plus sont autorisés, %4 reçus</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>une valeur parmi %1</translation>
    </message>
    <message>
        <source>a single line of text</source>
        <translation>une seule ligne de texte</translation>
    </message>
    <message>
        <source>text without control characters</source>
        <translation>du texte sans caractères de contrôle</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>un nombre de %1 à %2</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a date and time in ISO 8601 with an offset, e.g. 2026-05-01T06:00:00+02:00</source>
        <translation>une date et heure ISO 8601 avec décalage horaire, p. ex. 2026-05-01T06:00:00+02:00</translation>
    </message>
    <message>
        <source>a date as yyyy-mm-dd</source>
        <translation>une date au format aaaa-mm-jj</translation>
    </message>
    <message>
        <source>an id such as 0192f0c4-5e6a-7b3c-9d2e-1f0a2b3c4d5e</source>
        <translation>un identifiant tel que 0192f0c4-5e6a-7b3c-9d2e-1f0a2b3c4d5e</translation>
    </message>
    <message>
        <source>a JSON array of strings or a comma-separated list</source>
        <translation>un tableau JSON de chaînes ou une liste séparée par des virgules</translation>
    </message>
    <message>
        <source>a JSON array of strings</source>
        <translation>un tableau JSON de chaînes</translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot;: at most %3 entries are allowed, got %4</source>
        <translation>%1, champ «&#xa0;%2&#xa0;»&#xa0;: %3 entrées au plus sont autorisées, %4 reçues</translation>
    </message>
    <message>
        <source>a plain value</source>
        <translation>une valeur simple</translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation>(verrouillé)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
</TS>
