<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>DemoDatabase</name>
    <message>
        <source>the file already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder for the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Task Force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the finished demo database into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo database of invented operations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>internal error: the transaction has already ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Joint operations and survivor assistance for anti-trafficking task forces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo database of invented operations (made on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tandem file to open. Without one, the file opened last, or else the welcome screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;tandem --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one FILE at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either a FILE or --demo, not both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>the stored key parameters are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to derive the key from the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem</name>
    <message>
        <source>(no id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters, at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several lines in a one-line field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither 0 (false) nor 1 (true)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seconds is not a time between the years 1900 and 2200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date as yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is %1 bytes, not 16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the finished copy into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current file could not be backed up, so nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot put the backup in place; the file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is this office&apos;s own card; give it to your partners and import theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office &quot;%1&quot; (site %2) is already trusted with other keys (fingerprint %3); this card has fingerprint %4. Compare both with the office over the phone: a card with the same site and new keys may be forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partner&apos;s copy of office &quot;%1&quot; carries other keys (fingerprint %2) than this card (fingerprint %3). Compare fingerprints with the office over the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one partner office to export for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a trusted partner office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows (%2) to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle payload has no readable manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle payload manifest lacks &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check the payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle payload is damaged: table &quot;%1&quot; has malformed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle payload cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle payload format %1 is not known to this version of Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle was made by a newer version of Tandem (schema %1; this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle payload names another sender than its envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle carries changes dated %1, more than a day ahead of this computer&apos;s clock (%2): the sender&apos;s clock is wrong; ask them to correct it and export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle sender is no longer trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before merge from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup could be made before the merge, so nothing was merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 deleted, %4 conflicts from %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this conflict was already resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row is no longer deleted; edit it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 was deleted since; restore it before taking this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this conflict is still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is too short: use at least 10 characters, for example four unrelated words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this office has no keys yet: set a passphrase first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this office already has its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new passphrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a 32-byte key in base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: a step must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 (&quot;%2&quot;): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1&quot; must be lower-case letters, digits and underscores, starting with a letter (at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title is longer than 1,000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown owner role &quot;%1&quot;; the roles are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown applies_to &quot;%1&quot;; it is one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due &quot;%1&quot; is not an offset; write +&lt;number&gt; then m, h or d (e.g. +90m, +24h, +30d), or before_first_interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due &quot;%1&quot; is negative; a step is due after the rescue (T0), not before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due &quot;%1&quot; is more than 366 days after the rescue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3 (byte offset %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a protocol: the file must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; is missing; a protocol file starts with &quot;format&quot;: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; this version of Tandem reads &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;family&quot; is not an id: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;next_review&quot; must be a date as yyyy-mm-dd, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;steps&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;steps&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protocol has no steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used by an earlier step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same title as step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 of this protocol was deleted from this database; give the file a higher version to import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 of this protocol is already in this database (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 (&quot;%2&quot;): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this protocol was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &quot;%1&quot;: the due offset is negative; a step is due after the rescue (T0), not before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; a protocol is active or retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this survivor was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rescue time (T0) is not set; the checklist is made from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no active protocol to make a checklist from; install the default protocols or import one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the done time %1 is more than a day in the future (it is now %2); check the date and its offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the done time %1 is before survivor %2 was recovered (T0, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;; the states are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a done time and who did it are recorded only for the states done, not_applicable and declined, not for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this checklist step was deleted; it can no longer be ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say who did it: a step marked %1 records who did it (done_by)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the rescue time (T0) as a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rescue time %1 is more than a day in the future (it is now %2); check the date and its offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step &quot;%1&quot; is recorded as done at %2, before this rescue time (%3); correct that step&apos;s time first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a consent is given to one recipient: an office or an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say when the consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consent is dated %1, more than a day in the future (it is now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consent expires (%1) before it is given (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this consent was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this consent was already withdrawn on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the withdrawal (%1) cannot be before the consent was given (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the withdrawal is dated %1, more than a day in the future (it is now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 made since refers to it, so it can no longer be taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set rescue time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add survivor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make protocol active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy was stopped before it was finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to an operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operations could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open operation to link the tip to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the operation first (Operations, New), then link the tip from it or from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation this tip led to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tips could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open tip to link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only new and assessed tips can be linked; log a tip in the Tips view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no place given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tip that led to this operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link tip to operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink tip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::Actions</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new Tandem file for your office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Tandem file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo database of invented operations, making it on first use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the recently opened files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version and licence of Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to plan operations, follow survivors&apos; checklists and exchange with partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Office&apos;s &amp;Key Card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this office&apos;s fingerprint and save its key card for partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust a Partner Office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a partner office from its key card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export for Partners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a signed, encrypted bundle for partner offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge a Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a bundle from a partner office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the Office Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the unlocked office keys: the passphrase is asked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operation Order / Briefing Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write, preview or print the operation order of the selected operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After-Action Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write, preview or print the after-action report of the selected operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of the task force&apos;s joint work over a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the open file to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put one of the file&apos;s automatic backups in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock Survivors&apos; Identities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the office passphrase to read survivors&apos; identifying details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the Office &amp;Passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap the office keys with a new passphrase; no record changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the office keys stay unlocked when unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::AgencyActionItems</name>
    <message>
        <source>Action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items of this agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s action items could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items (the first %L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open action items (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::AgencyFieldEditor</name>
    <message>
        <source>Type to find an agency, or a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the directory. To add it, choose what kind of agency it is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agency %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::AuditModel</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report with identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %L1: this entry does not follow from the ones before it. It was changed, or entries before it were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %L1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::AuditView</name>
    <message>
        <source>Show entries of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search who, subject, details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail is whole.&lt;/b&gt; Each of its %L1 entries carries the hash of the one before it, and all of them check out: none has been changed or taken out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No entries yet.&lt;/b&gt; Exports, merges, restores and every unlock of the office keys are written here, each chained to the one before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %L1 (%2, %3, by %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail has been tampered with.&lt;/b&gt; Its chain breaks at %1: that entry was changed, or entries before it were taken out. It and the entries after it cannot be trusted. &lt;a href=&quot;#broken&quot;&gt;Show the entry&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::Check</name>
    <message>
        <source>the hash chain is broken here: this entry, or one before it, was changed or removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::CheckProblem</name>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::Checker</name>
    <message>
        <source>rowid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaks a foreign key to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site id is not 16 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clock is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sequence is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this office&apos;s own record is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this office&apos;s own record is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is not 16 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is beyond the file&apos;s sequence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a required field is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row is deleted but still holds a value here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an identifying detail is stored unsealed (as %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sealed value is too short to be one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored as %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version is not 24 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a version made by this office is ahead of its clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row is deleted but its delete has no version, so partners never learn of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (concurrent edits by two offices can do this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the references cannot be followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to %1 %2, which this file does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its owner, %1 %2, was deleted but this row was not</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::Checklist</name>
    <message numerus="yes">
        <source>this survivor already has a checklist (%n step(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::ChecklistModel</name>
    <message>
        <source>The checklist could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(step not received from its office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before first interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step could not be ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::ChecklistPanel</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step was done (D, or Space to toggle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone is on it (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step does not apply to this survivor (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined by survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survivor chose not to have this: recorded as their choice, not as a step missed (X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the step again (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, by whom, and anything the next person must know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person who did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist yet: it is made when the rescue time (T0) is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue · %2 of %3 settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 settled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::ChildRecordsPage</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a %1 (Insert or Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected %1 (Delete); Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the %1 from the form (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a %1 to edit it, or add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a count and what is counted</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::ChildTableModel</name>
    <message>
        <source>The %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::ConflictModel</name>
    <message>
        <source>(identifying detail, hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted, with its edits (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::ConflictPane</name>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the value the record holds now; the conflict leaves the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the Other Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the other value into the record, as an edit of this office that partners receive with the next export. Edit ▸ Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conflict to see both values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::ConsentModel</name>
    <message>
        <source>(an office not known here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an agency not known here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consents could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::ConsentPanel</name>
    <message>
        <source>Withdraw Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the survivor withdrew this consent, now. Nothing it covered may be shared from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the consent was given (in writing, with an interpreter, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent could not be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent could not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::DashboardView</name>
    <message>
        <source>All trafficking types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations count by the month they start, survivors by their rescue (T0), steps by their survivor&apos;s T0. Tips are counted by period only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 · computed in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::DetailSection</name>
    <message>
        <source>%1 (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::DirectoryView</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new entry (Ctrl+Shift+N or Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entry (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the entry to the directory (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see and edit it, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It takes part in %n operation(s); they will show it as a deleted agency. </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” from the directory?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::EditGroup</name>
    <message>
        <source>the edit has already ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::Entity</name>
    <message>
        <source>the operation ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more minors are expected than survivors in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a consent needs a recipient office or agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent is withdrawn before it was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent expires before it was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback is about exactly one operation or one meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::EnumEditor</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::Errors</name>
    <message>
        <source>Tandem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::ExchangeController</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office keys are unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office keys are locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key card carries this office&apos;s public keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office keys could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key card could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a Partner Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem office cards (*.card);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner office was not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already trusted, with this same key card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a trusted partner office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner offices could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office trusts no partner office yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a partner office for its key card and trust it with Exchange ▸ Trust a Partner Office, then export for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is signed with this office&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no bundle was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 records for %2 written to the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2). Give it to them on a USB stick, by e-mail or on a shared drive: only they can open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem bundles (*.bundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was not merged; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle opens with this office&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and merging the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::ExchangeView</name>
    <message>
        <source>Partner offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner office yet. Ask a partner for its key card, then trust it to exchange bundles with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the value of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the other value of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::ExportDialog</name>
    <message>
        <source>Only what is &amp;new to them (incremental)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everything (full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For which partner offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner offices to export for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint %1
Last export: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle for several offices holds only what all of them may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything this office shares, also what they already have: for a partner that lost its file or missed a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem bundles (*.bundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for-%1-%2.bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::Field</name>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::FieldEditor</name>
    <message>
        <source>%1 takes at most %L2 characters; the text would have had %L3, so it was not taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::FieldsPage</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::FigureModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::FigurePanel</name>
    <message>
        <source>Save Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::FileSafetyController</name>
    <message>
        <source>Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2

You can open it read-only: you can read it and save a copy of it, but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem files (*.tandem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is the open file itself; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved a copy to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem makes one before every merge of a bundle, in the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything written to %1 since %2 is lost from it: %L3 changes to records (edits made here and records merged from partners), %L4 entries of the audit trail, and the undo history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written to %1 since %2: the file will be as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 as it was on %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file as it is now is kept as a backup first (“before restore”), so you can go back to it from this same list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored the backup of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 as it was on %2. The file as it was before is kept as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::FingerprintLabel</name>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::FollowUpModel</name>
    <message>
        <source>Meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is owed between operations could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be marked done: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item: tick it when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation task: tick it when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol review: open the protocol (double-click) and save the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action item, task or review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How late / in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::FormMessage</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::HelpWindow</name>
    <message>
        <source>Tandem Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::IdentityController</name>
    <message>
        <source>Survivors&apos; identifying details can be read while the office keys are unlocked. Click to lock them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office keys unlocked; click to lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivors&apos; identities are unlocked until the keys go unused for %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivors&apos; identities were not unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is open read-only, and every unlock of the office keys is written to its audit log; open it for changes to read identifying details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To read survivors&apos; identifying details, sealed in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office passphrase was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is open read-only: nothing can be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file has no office keys yet; Tandem makes them, with the passphrase you choose then, at the first export, merge or unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the Office Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the current office passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new office passphrase. The office keys are wrapped again with it; no record changes, and partners need not be told (the key card stays the same). Everyone who uses this file needs the new passphrase from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrapped with a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office passphrase was changed; the old one no longer opens the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities unlocked — locks in under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities unlocked — locks in %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a file open read-only: every unlock is written to the file&apos;s audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the office passphrase to read survivors&apos; identifying details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::IdentityPanel</name>
    <message>
        <source>Reveal Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifying details: office only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details stay in this office. They are shared with a partner office only while the survivor&apos;s consent for their identity covers it, and never appear in lists, reports or the Today view. Reveal them only when you need them; they are hidden again when you move on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::IntEditor</name>
    <message>
        <source>%1 is a whole number from %L2 to %L3; “%4” was not taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::KeyCard</name>
    <message>
        <source>not a Tandem office card: the file is larger than a card can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Tandem office card: the first line must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: expected &quot;name: value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card has no &quot;%1&quot; line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unknown card format &quot;%2&quot; (this Tandem reads %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the office name must have 1 to 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;site&quot; is not a site id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the fingerprint does not match the keys on the card: the card was changed or damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::KeyCardDialog</name>
    <message>
        <source>This Office&apos;s Key Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the key card to each partner office, on a USB stick or by e-mail. Before they trust it, read this fingerprint out to them over the phone: it must match the one their Tandem shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the Card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Key Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem office cards (*.card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key card was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file already exists; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::KeyRing</name>
    <message>
        <source>the passphrase was not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Enter the office passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Office Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 This file has no office keys yet: Tandem makes them now, protected by a passphrase you choose. You will need it for every export and merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made with a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The System&apos;s Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem will use %1 the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Tandem and start it again to see the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::LinkedTipsPage</name>
    <message>
        <source>&amp;Link a tip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link one of the open tips to this operation (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected tip goes back to “assessed”; Undo links it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips stay in this office unless a tip is marked to share with partners: where a tip came from is protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tip could not be linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tip could not be unlinked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::ListEditor</name>
    <message>
        <source>Separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::LogPage</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened? Type and press Enter; the note is stamped with the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New log note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note takes at most %L1 characters; the text would have had %L2, so it was not taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add log note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove log note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::MainWindow</name>
    <message>
        <source>Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 step overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 steps overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new file could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo database was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tandem File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem files (*.tandem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file already exists; choose another name, or open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Tandem File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem files (*.tandem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from Open Recent, as they no longer exist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tandem %1&lt;/h3&gt;&lt;p&gt;Joint operations and survivor assistance for anti-trafficking task forces.&lt;/p&gt;&lt;p&gt;Tandem is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::MeetingListModel</name>
    <message>
        <source>Overdue follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (latest %L2 of %L3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 open, %L2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where · organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::MeetingsView</name>
    <message>
        <source>&amp;New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings and trainings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a meeting, training or outreach event (Ctrl+Shift+N or Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected meeting with its attendance and action items (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the meeting to the calendar (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n coming this week, %1 with overdue follow-up</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coming this week</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a meeting to see and edit it, or schedule a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” with its attendance?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its action items and feedback stay, without the meeting. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ction items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ction items (%1 open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::Members</name>
    <message>
        <source>unknown field &quot;%1&quot;; the fields are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::MergeSummaryDialog</name>
    <message>
        <source>Bundle Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged the bundle from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes merged per kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No edit conflicted with an edit made here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;One edit conflicted&lt;/b&gt; with an edit made here. The field now holds the later edit; review it to keep it or take the other value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%L1 edits conflicted&lt;/b&gt; with edits made here. Each field now holds the later edit; review them to keep it or take the other value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle held nothing this office did not have already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::NewOfficeDialog</name>
    <message>
        <source>New Tandem File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; will be your office&apos;s Tandem file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Riverside Task Force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner offices see this name on your key card and your bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase protects the keys that sign and open the bundles exchanged with partner offices. Tandem asks for it when you export or merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::NoFileView</name>
    <message>
        <source>Create Your Office&apos;s File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to keep it, give your office&apos;s name as partners will see it, and a passphrase that protects its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an Existing File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .tandem file your office already keeps, on this computer or on a shared disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invented operations, agencies and survivors to try everything without fear. Its passphrase is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem keeps your office&apos;s operations and survivors&apos; checklists in one file on this computer. To begin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your office&apos;s file, make a new one, or explore the demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::OfficeKeys</name>
    <message>
        <source>the stored office keys are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored office keys do not match this office&apos;s public keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::OperationDetail</name>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No targets yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agencies assigned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescued (T0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survivors recorded for this operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an operation to see its targets, the agencies taking part and its survivors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead agency yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The targets could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignments could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survivors could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::OperationEditor</name>
    <message>
        <source>Mark as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as briefed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of operations (Esc or Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step of the workflow (Ctrl+Shift+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other moves of the workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation has been deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;bjectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;isk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comms &amp;&amp; contingency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Survivors packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Targets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation cannot move to %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status Not Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-&amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;ps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;ps (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::OperationFilterBar</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code names, targets, agencies, notes… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A search takes at most %L1 characters (that would have been %L2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range of dates ends before it starts: the list keeps the last range that made sense.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 words are searched for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::OperationListModel</name>
    <message>
        <source>Code name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trafficking type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operations could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::Operations</name>
    <message numerus="yes">
        <source>… and %n more open mandatory step(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tandem::OperationsView</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new operation, as a draft (Ctrl+Shift+N or Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new draft with the plan, targets, assignments and timeline of the selected operation, a week or more later (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected operation, with its targets, assignments, timeline and log (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the plan of the selected operation (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of %L1 operations match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2 operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation could not be duplicated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n target(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n log note(s) go with it. Undo (Ctrl+Z) brings them all back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n survivor(s) stay, with their checklists.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the operation “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::PartnerModel</name>
    <message>
        <source>The partner offices could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has merged this office&apos;s changes up to change number %2; an incremental export sends what came after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::PassphraseDialog</name>
    <message>
        <source>Office passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few unrelated words make a passphrase that is long and easy to remember. Nobody can recover a forgotten passphrase: keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the office keys after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the office keys are unlocked, survivors&apos; identifying details can be read and bundles signed without the passphrase. Tandem locks them again when they have not been used for this long, and whenever you choose Security ▸ Lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::ProtocolEditor</name>
    <message>
        <source>Add Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or drag the step to its place (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or drag the step to its place (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in this version, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next review must be a date written yyyy-mm-dd, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a protocol to edit it, or start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new protocol. Once saved, it is in force: survivors whose rescue time is set after that get its steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This protocol could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · retired: no new checklist follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 survivor follows this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 survivors follow this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a change makes a new version; they keep this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It ships with Tandem and partner offices may follow it, so saving a change makes a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survivor follows it yet: saving changes this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %L1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::ProtocolListModel</name>
    <message>
        <source>The protocols could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 survivor follows this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 survivors follow this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::ProtocolStepForm</name>
    <message>
        <source>Selected step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory: an operation cannot be closed while it is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do and how, in plain words, and the source (law, convention, guideline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::ProtocolStepModel</name>
    <message>
        <source>Before the first interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d after T0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h after T0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min after T0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::ProtocolsView</name>
    <message>
        <source>New Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a protocol from a protocol file (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected version as a protocol file (JSON) to share or keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new checklist follows this version; existing ones keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New checklists follow this version again (other versions are retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; was written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The protocol&apos;s status could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::RangeSpinBox</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::RealEditor</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::RecordCommand</name>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::RecordForm</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose an agency of the directory, or add “%2” to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required; it was put back as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::RecordListModel</name>
    <message>
        <source>The %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::RecordedChanges</name>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::Report</name>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protective marking is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protective marking has %1 characters; at most %2 fit on a page&apos;s running header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the protective marking must be one line of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this %1 was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identities are shared only with a named recipient office that survivors agreed to share them with; no recipient is named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient %1 is not an office known to this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no survivors are recorded for this operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no survivor of this operation has a consent in force to share their identity with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 survivors agreed to share their identity with %3; the others appear by code only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy number %1 is not from 1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survivors&apos; identities cannot be included: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survivors&apos; identities are sealed and locked; unlock them with the office passphrase to include them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trafficking type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local time, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescued (T0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survivors are recorded for this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withheld: no consent for this recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupants expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No targets are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments (ICS-204)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency has an assignment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks are planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivors&apos; packet (for victim services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivors expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of whom minors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care agencies assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None assigned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivors recorded so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and dates of birth appear only for survivors who agreed to share their identity with the recipient of this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivors are named by their codes only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation and objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contingency and medical plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contingency plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks were planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned and actual timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before first interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median T0 to done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survivor of this operation has a checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step is overdue and none was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency had an assignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency has given feedback on this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5 (1 agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5 (%2 agencies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks planned, %2 done, %3 of them on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivors assisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, of whom %2 minors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 owed, %2 done (%3 within their target), %4 overdue, %5 declined by the survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agencies, %2 of %3 assignments acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries, %2 lessons noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-action report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lessons are noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance steps against their targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue and declined steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies&apos; participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agencies&apos; feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons from the operation log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1 with Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by %1 on %2 with Tandem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This copy names %n survivor(s) by their identity, as they consented to share it with %1. Keep it under that consent: do not copy or pass it on.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot paint the report&apos;s pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period needs a first and a last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period is longer than %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a trafficking type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations per month by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations per month by trafficking type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivors assisted per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from T0 to each protocol step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within target (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue and late steps by owner role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue and late steps by answerable agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No victim-services agency assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community tips per month by indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community tips by place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium or high credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to an operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months with tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>with the identities of %n survivor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output file is named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder; name a file to write the report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::ReportController</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the operation to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select it in the Operations list, then choose the report again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivors&apos; identities are sealed in the file. Enter the office passphrase to include them in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identities could not be unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::ReportDialog</name>
    <message>
        <source>Include survivors&apos; &amp;identities (names and dates of birth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin with a &amp;byte order mark (for spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation order (briefing pack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-action report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (one file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (tables for spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not numbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipient named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective &amp;marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reci&amp;pient office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page carries the marking, the copy number and the recipient. Survivors appear by their codes. The export is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be laid out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printed copy could not be recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::ResolveConflict</name>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tandem backs the file up before every merge and before every restore, and keeps the newest ten. Choose the state to go back to; you are asked to confirm before anything changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::Store</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file was made by a newer version of Tandem (schema %1; this version reads up to schema %2). It was left untouched; open it with a newer Tandem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty: it is not a Tandem database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Tandem database (not an SQLite file at all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Tandem database (an SQLite file of another application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is open in another Tandem (process %1 on %2); close it there, or open it read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock the file for writing: its folder may be read-only; copy the file somewhere you can write, or open it read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Tandem database, or a damaged one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file was made by an older Tandem and needs an upgrade, which needs writing: open it for writing once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading to schema %1 failed, the file is unchanged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file already exists; choose another name or open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an office name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Tandem database, or a damaged one: it has no site id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database connection is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is open read-only: nothing can be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start writing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: transactions ended out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving failed, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown record type; the types are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no field &quot;%2&quot;; its fields are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot;: there is no %3 with id %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot;: %3 %4 was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 with this id already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this %1 was deleted; it can no longer be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this office&apos;s own record cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this %1 was already deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this %1 is not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1 with this id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifying details can only be kept once this office has its keys: set the office passphrase first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::SurvivorDetail</name>
    <message>
        <source>Set T0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record when the survivor was recovered. The first time, this makes their checklist; later, it moves the open steps&apos; due times with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue time (T0):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity (protected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifying details: hidden until you ask to see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step that now applies was added to the checklist, due from T0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 steps that now apply were added to the checklist, each due from T0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a survivor to see their checklist, what they consented to share and the steps still owed to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This survivor&apos;s record has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This survivor could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set yet: setting it makes the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change T0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist (%1 overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents (%1 in force)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rescue time could not be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue time set. No protocol is in force, so no checklist was made: make a protocol active or import one in Protocols, then set T0 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue time set. The checklist was made: %L1 steps from the protocols in force, each due from T0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue time moved %1 later. No open step had a due time to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue time moved %1 earlier. No open step had a due time to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue time moved %1 later: the open step is now due %1 later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue time moved %1 earlier: the open step is now due %1 earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue time moved %1 later: %L2 open steps are now due %1 later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue time moved %1 earlier: %L2 open steps are now due %1 earlier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::SurvivorFields</name>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language codes, separated by commas (e.g. ro, en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor, foreign national and sexual violence decide which protocol steps apply: steps that come to apply are added to the checklist, due from T0. Nothing here identifies the survivor: names and contacts belong in the identity panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survivor could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::SurvivorListModel</name>
    <message>
        <source>%1 of %2 steps settled (done, not applicable or declined by the survivor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescued (T0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survivors could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::SurvivorsView</name>
    <message>
        <source>New Survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by code or operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a survivor under a new pseudonymous code (V-year-number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No survivors recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 survivors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survivor could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::TableMerge</name>
    <message>
        <source>cannot count conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::TimeField</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::TimelineChart</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) on the time scale. Left and Right select a task.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, due %3%4. Alt+Left and Alt+Right move it by 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3
Due %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks with a due time yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::TimelinePage</name>
    <message>
        <source>Zoom in (+ or Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (- or Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a task to give it a new time, or select it and press Alt+Left or Alt+Right. Red: past due and not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: past due and not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::TipListModel</name>
    <message>
        <source>(deleted operation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tips could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::TipsView</name>
    <message>
        <source>&amp;New tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to operation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (new and assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to an operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a tip from the hotline, a walk-in, online or a partner (Ctrl+Shift+N or Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected tip (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the tip (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tip has been assessed (its credibility set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the tip to the operation it led to (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more to do with this tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicators are common signs of trafficking, in our own words, after the UNODC&apos;s “Human trafficking indicators” and the ILO&apos;s “Indicators of forced labour” (2012). One sign alone proves nothing; several together are worth a closer look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tip to see and triage it, or log a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deleted operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this tip?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tip that led nowhere is better closed, so that it still counts. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::TodayModel</name>
    <message>
        <source>The steps due could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the next 24 hours (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the first interview, rescued in the last two weeks (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before first interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rescued %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step could not be ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor and step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How late / in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::TodayView</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined by Survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected step was done (or click its box, or press Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survivor chose not to have this: recorded as their choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step does not apply to this survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected survivor&apos;s whole checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 overdue · %L2 due in the next 24 hours · %L3 before a first interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing owed now for this owner and operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is overdue, due in the next 24 hours or owed before a first interview. Steps owed to survivors appear here as their time comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected action item or task is done (or click its box, or press Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the meeting, operation or protocol it comes from (Return or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action items, operation tasks and protocol reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 overdue · %L2 action items (7 days) · %L3 operation tasks (24 hours) · %L4 protocol reviews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::TrustDialog</name>
    <message>
        <source>I have &amp;compared the fingerprint with the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a Partner Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key card from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Call &lt;b&gt;%1&lt;/b&gt; on a telephone number you already know for them (not one that came with the card) and ask them to read out the fingerprint of their key card (Exchange ▸ This Office&apos;s Key Card). Every digit must be the same.&lt;/p&gt;&lt;p&gt;If any digit differs, do not trust this card: someone else may have made it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the partner office in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Known here as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::Value</name>
    <message>
        <source>This office only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner offices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::bundle</name>
    <message>
        <source>not a Tandem bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle format %1 is not known to this version of Tandem (it reads format %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle is damaged: its header is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle is damaged: its header is not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle is damaged: a block has an impossible length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key of recipient %1 is not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle was signed by an office you do not trust (fingerprint %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle was changed after it was signed, or damaged: its signature does not match the sender&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle is not for this office (it is for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle cannot be opened with this office&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle is damaged: unknown compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle is damaged: its stream header is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the decrypted payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle is damaged: data follows its final block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle is damaged: a block does not decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle is damaged: a block has an impossible size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle is damaged: a block does not decompress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::demo</name>
    <message>
        <source>the number of operations must be from 0 to 1,000,000, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>making the demo failed, nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo was cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::operations</name>
    <message>
        <source>this operation was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead agency is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start time is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk level is not assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency is assigned to victim services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor %1: the mandatory step “%2” is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; the statuses are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation is already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 operation cannot change its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 operation can move to %2, not to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::payload</name>
    <message>
        <source>bundle payload is not readable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle payload has an unexpected table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle payload lacks the table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle payload table &quot;%1&quot; has an unexpected column &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle payload table &quot;%1&quot; lacks the column &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tandem::value</name>
    <message>
        <source>%1 field &quot;%2&quot;: expected %3, got &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot;: at most %3 characters are allowed, got %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single line of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text without control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date and time in ISO 8601 with an offset, e.g. 2026-05-01T06:00:00+02:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date as yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id such as 0192f0c4-5e6a-7b3c-9d2e-1f0a2b3c4d5e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON array of strings or a comma-separated list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field &quot;%2&quot;: at most %3 entries are allowed, got %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plain value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
