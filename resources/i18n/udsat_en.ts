<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>AdminController</name>
    <message>
        <source>Skift adgangskode</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Nuværende adgangskode:</source>
        <translation>Current passphrase:</translation>
    </message>
    <message>
        <source>Forkert adgangskode</source>
        <translation>Wrong passphrase</translation>
    </message>
    <message>
        <source>Ny adgangskode (mindst %1 tegn):</source>
        <translation>New passphrase (at least %1 characters):</translation>
    </message>
    <message>
        <source>Gentag den nye adgangskode:</source>
        <translation>Repeat the new passphrase:</translation>
    </message>
    <message>
        <source>De to adgangskoder er ikke ens</source>
        <translation>The two passphrases are not the same</translation>
    </message>
    <message>
        <source>Vent, til det igangværende arbejde er færdigt.</source>
        <translation>Wait until the work in progress has finished.</translation>
    </message>
    <message>
        <source>Databasen krypteres med den nye adgangskode…</source>
        <translation>Encrypting the database with the new passphrase…</translation>
    </message>
    <message>
        <source>Adgangskoden er skiftet, og databasen er krypteret med den nye.</source>
        <translation>The passphrase has been changed, and the database is encrypted with the new one.</translation>
    </message>
    <message>
        <source>Køen</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Åbn den valgte sag</source>
        <translation>Open the selected case</translation>
    </message>
    <message>
        <source>Fra søgefeltet ned i listen</source>
        <translation>From the search box down into the list</translation>
    </message>
    <message>
        <source>Gennemgang</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Tastaturgenveje</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Taster</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Om Udsat Desktop</source>
        <translation>About Udsat Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;Udsat Desktop&lt;/b&gt; %1&lt;br&gt;Taskforcens gennemgang af sager for udsatte ledige i Københavns Kommune.&lt;br&gt;&lt;br&gt;Datamappe: %2&lt;br&gt;Logmappe: %3</source>
        <translation>&lt;b&gt;Udsat Desktop&lt;/b&gt; %1&lt;br&gt;The taskforce&apos;s review of cases of vulnerable unemployed citizens in the City of Copenhagen.&lt;br&gt;&lt;br&gt;Data folder: %2&lt;br&gt;Log folder: %3</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Tildel sager</source>
        <translation>Assign cases</translation>
    </message>
    <message>
        <source>Medarbejder</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Den, der skal gennemgå sagerne. Kun medarbejdere, der har synkroniseret én gang, kan vælges.</source>
        <translation>The person who will review the cases. Only staff who have synchronised once can be chosen.</translation>
    </message>
    <message>
        <source>%1 valgte sager tildeles:</source>
        <translation>%1 selected cases are assigned to:</translation>
    </message>
    <message>
        <source>%1 valgt sag tildeles:</source>
        <translation>%1 selected case is assigned to:</translation>
    </message>
    <message>
        <source>&amp;Medarbejder:</source>
        <translation>&amp;Staff member:</translation>
    </message>
</context>
<context>
    <name>AuditLogWindow</name>
    <message>
        <source>Revisionslog – Udsat Desktop</source>
        <translation>Audit log – Udsat Desktop</translation>
    </message>
    <message>
        <source>Sagsnøgle</source>
        <translation>Case key</translation>
    </message>
    <message>
        <source>Vis kun poster om denne sag</source>
        <translation>Show only entries about this case</translation>
    </message>
    <message>
        <source>Alle medarbejdere</source>
        <translation>All staff</translation>
    </message>
    <message>
        <source>Medarbejder</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Vis kun én medarbejders handlinger</source>
        <translation>Show only one staff member&apos;s actions</translation>
    </message>
    <message>
        <source>Alle handlinger</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Vis kun én slags handling</source>
        <translation>Show only one kind of action</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Vis kun poster i perioden</source>
        <translation>Show only entries in the period</translation>
    </message>
    <message>
        <source>Fra dato</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Til dato</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Vis posterne for filtrene</source>
        <translation>Show the entries for the filters</translation>
    </message>
    <message>
        <source>&amp;Kontrollér kæden</source>
        <translation>&amp;Check the chain</translation>
    </message>
    <message>
        <source>Find en ændret, slettet eller flyttet post</source>
        <translation>Find a modified, deleted or moved entry</translation>
    </message>
    <message>
        <source>&amp;Udskriv log for borger…</source>
        <translation>Print &amp;log for citizen…</translation>
    </message>
    <message>
        <source>Borgerens indsigt: hvem har set og ændret oplysningerne</source>
        <translation>The citizen&apos;s right of access: who has seen and changed the information</translation>
    </message>
    <message>
        <source>&amp;Slet gamle poster…</source>
        <translation>&amp;Delete old entries…</translation>
    </message>
    <message>
        <source>Koordinator: slet poster ældre end opbevaringstiden</source>
        <translation>Coordinator: delete entries older than the retention period</translation>
    </message>
    <message>
        <source>Logposterne, nyeste først</source>
        <translation>The log entries, newest first</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Sag</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Logposter</source>
        <translation>Log entries</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source> (de nyeste %1)</source>
        <translation> (the newest %1)</translation>
    </message>
    <message>
        <source>%1 post</source>
        <translation>%1 entry</translation>
    </message>
    <message>
        <source>%1 poster</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <source>Kontrollerer kæden…</source>
        <translation>Checking the chain…</translation>
    </message>
    <message>
        <source>Kontrollér kæden</source>
        <translation>Check the chain</translation>
    </message>
    <message>
        <source>Kontrollerer revisionsloggens kæde…</source>
        <translation>Checking the audit log&apos;s chain…</translation>
    </message>
    <message>
        <source>✓ Loggen er i orden: ingen post er ændret, slettet eller flyttet.</source>
        <translation>✓ The log is intact: no entry has been modified, deleted or moved.</translation>
    </message>
    <message>
        <source>⚠ Loggen er brudt ved post %1: %2</source>
        <translation>⚠ The log is broken at entry %1: %2</translation>
    </message>
    <message>
        <source>Log for borger</source>
        <translation>Log for citizen</translation>
    </message>
    <message>
        <source>Skriv først borgerens sagsnøgle i feltet Sag.</source>
        <translation>First type the citizen&apos;s case key in the Case field.</translation>
    </message>
    <message>
        <source>Gem borgerens adgangslog</source>
        <translation>Save the citizen&apos;s access log</translation>
    </message>
    <message>
        <source>Borgerens adgangslog er gemt: %1</source>
        <translation>The citizen&apos;s access log is saved: %1</translation>
    </message>
    <message>
        <source>Skriver borgerens adgangslog…</source>
        <translation>Writing the citizen&apos;s access log…</translation>
    </message>
    <message>
        <source>slette gamle logposter</source>
        <translation>delete old log entries</translation>
    </message>
    <message>
        <source>Slet gamle poster</source>
        <translation>Delete old entries</translation>
    </message>
    <message>
        <source>Slet alle logposter ældre end %1 år? Sletningen logges, og kæden kan stadig kontrolleres.</source>
        <translation>Delete all log entries older than %1 years? The deletion is logged, and the chain can still be checked.</translation>
    </message>
    <message>
        <source>%1 poster er slettet.</source>
        <translation>%1 entries deleted.</translation>
    </message>
    <message>
        <source>%1 post er slettet.</source>
        <translation>%1 entry deleted.</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>Ingen sag valgt</source>
        <translation>No case selected</translation>
    </message>
    <message>
        <source>Sagens navn</source>
        <translation>Case name</translation>
    </message>
    <message>
        <source>Sagsnøgle</source>
        <translation>Case key</translation>
    </message>
    <message>
        <source>CPR-nr.</source>
        <translation>CPR no.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Ydelse</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <source>Ledighed 10 år</source>
        <translation>Unemployment, 10 years</translation>
    </message>
    <message>
        <source>Sagsbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>Enhed</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>SOF-kontakt</source>
        <translation>SOF contact</translation>
    </message>
    <message>
        <source>Tildelt</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Startdato</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Markeringer</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Bemærkning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Samtykker</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Gennemgange</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Vis &amp;CPR</source>
        <translation>Show &amp;CPR</translation>
    </message>
    <message>
        <source>Vis det fulde CPR-nummer (registreres i loggen)</source>
        <translation>Show the full CPR number (recorded in the log)</translation>
    </message>
    <message>
        <source>Vis CPR-nummer</source>
        <translation>Show CPR number</translation>
    </message>
    <message>
        <source>Åbn underskrevet &amp;PDF</source>
        <translation>Open signed &amp;PDF</translation>
    </message>
    <message>
        <source>Åbn sagens seneste underskrevne sammenfatning</source>
        <translation>Open the case&apos;s latest signed summary</translation>
    </message>
    <message>
        <source>Åbn seneste underskrevne sammenfatning</source>
        <translation>Open latest signed summary</translation>
    </message>
    <message>
        <source>Sammenlign to underskrevne versioner af sagen felt for felt</source>
        <translation>Compare two signed versions of the case field by field</translation>
    </message>
    <message>
        <source>Ikke tildelt</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>Skjul &amp;CPR</source>
        <translation>Hide &amp;CPR</translation>
    </message>
    <message>
        <source>Sammenlign v&amp;ersioner…</source>
        <translation>Co&amp;mpare versions…</translation>
    </message>
    <message>
        <source>OBS: overdraget fra dig til %1 af %2 den %3; din kladde er gemt</source>
        <translation>NB: handed from you to %1 by %2 on %3; your draft is kept</translation>
    </message>
    <message>
        <source>Konflikt: %1 underskrevne gennemgange gælder samtidig; koordinatoren vælger den gældende (Team → Konflikter)</source>
        <translation>Conflict: %1 signed reviews are in force at once; the coordinator chooses the one in force (Team → Conflicts)</translation>
    </message>
    <message>
        <source>%1, version %2, underskrevet af %3</source>
        <translation>%1, version %2, signed by %3</translation>
    </message>
    <message>
        <source>Gældende: %1 – valgt af %2 den %3: %4</source>
        <translation>In force: %1 – chosen by %2 on %3: %4</translation>
    </message>
    <message>
        <source>Ikke gældende: %1 (version %2)</source>
        <translation>Not in force: %1 (version %2)</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Version %1: %2</translation>
    </message>
    <message>
        <source>Erstattet af version %1</source>
        <translation>Replaced by version %1</translation>
    </message>
    <message>
        <source>Rettelse: %1</source>
        <translation>Correction: %1</translation>
    </message>
    <message>
        <source>%1 ændret</source>
        <translation>%1 changed</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Ingen registreret</source>
        <translation>None recorded</translation>
    </message>
</context>
<context>
    <name>CaseQueueModel</name>
    <message>
        <source>Sagsnøgle</source>
        <translation>Case key</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>CPR-nr.</source>
        <translation>CPR no.</translation>
    </message>
    <message>
        <source>Ydelse</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <source>Ledighed %</source>
        <translation>Unemployment %</translation>
    </message>
    <message>
        <source>Sagsbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>Enhed</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Tildelt</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Markeringer</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>CPR-nummeret er skjult. Vælg »Vis CPR« i sagspanelet for at se det.</source>
        <translation>The CPR number is hidden. Choose “Show CPR” in the case panel to see it.</translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Sager i konflikt</source>
        <translation>Cases in conflict</translation>
    </message>
    <message>
        <source>Ingen sager har flere gældende gennemgange.</source>
        <translation>No case has more than one review in force.</translation>
    </message>
    <message>
        <source>Sager med flere underskrevne gennemgange:</source>
        <translation>Cases with more than one signed review:</translation>
    </message>
    <message>
        <source>Gennemgangene side om side</source>
        <translation>The reviews side by side</translation>
    </message>
    <message>
        <source>Felter markeret med ≠ og gul baggrund er forskellige i gennemgangene.</source>
        <translation>Fields marked ≠ with a yellow background differ between the reviews.</translation>
    </message>
    <message>
        <source>Gældende gennemgang</source>
        <translation>Review in force</translation>
    </message>
    <message>
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Begrundelse for valget (påkrævet; hele teamet ser den)</source>
        <translation>Reason for the choice (required; the whole team sees it)</translation>
    </message>
    <message>
        <source>&amp;Vælg gældende</source>
        <translation>&amp;Choose the one in force</translation>
    </message>
    <message>
        <source>Gør den valgte gennemgang gældende for sagen; afgørelsen underskrives og deles med teamet</source>
        <translation>Make the chosen review the one in force for the case; the decision is signed and shared with the team</translation>
    </message>
    <message>
        <source>Gældende:</source>
        <translation>In force:</translation>
    </message>
    <message>
        <source>konflikt</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>afgjort</source>
        <translation>decided</translation>
    </message>
    <message>
        <source>Ingen sag valgt</source>
        <translation>No case selected</translation>
    </message>
    <message>
        <source>Sag %1: %2 underskrevne gennemgange</source>
        <translation>Case %1: %2 signed reviews</translation>
    </message>
    <message>
        <source>Gennemgang</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Underskrevet af</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Gennemgåere</source>
        <translation>Reviewers</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Underskrevet</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Gælder</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Version %1 – %2</source>
        <translation>Version %1 – %2</translation>
    </message>
    <message>
        <source>afventer valg</source>
        <translation>awaiting a choice</translation>
    </message>
    <message>
        <source>gældende</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>ikke gældende</source>
        <translation>not in force</translation>
    </message>
    <message>
        <source>Afgjort %1 af %2: %3 gælder. Begrundelse: %4</source>
        <translation>Decided %1 by %2: %3 is in force. Reason: %4</translation>
    </message>
    <message>
        <source>Ingen af gennemgangene gælder, før du vælger: sagen er ikke kandidat til et møde og tælles som »konflikt« i fremdrift og udtræk.</source>
        <translation>None of the reviews is in force until you choose: the case is no meeting candidate and counts as &quot;conflict&quot; in progress figures and exports.</translation>
    </message>
    <message>
        <source>Version %1 (%2) – %3</source>
        <translation>Version %1 (%2) – %3</translation>
    </message>
    <message>
        <source>Skriv en begrundelse for valget; hele teamet ser den.</source>
        <translation>Write a reason for the choice; the whole team sees it.</translation>
    </message>
    <message>
        <source>Afgørelsen er gemt, men ikke lagt på fællesmappen endnu (%1); næste synkronisering lægger den der.</source>
        <translation>The decision is saved but not on the shared folder yet (%1); the next sync puts it there.</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Formål (modtager)</source>
        <translation>Purpose (recipient)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Udløber</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>— ikke registreret —</source>
        <translation>— not recorded —</translation>
    </message>
    <message>
        <source>valgfri</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Registrér</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Hjemmel: %1 – kræver ikke samtykke</source>
        <translation>Legal basis: %1 – no consent needed</translation>
    </message>
    <message>
        <source>kræves ved afslag</source>
        <translation>required on refusal</translation>
    </message>
    <message>
        <source>%1 – skriftligt</source>
        <translation>%1 – in writing</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <source>dato</source>
        <translation>date</translation>
    </message>
    <message>
        <source>udløbsdato</source>
        <translation>expiry date</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>registrér</source>
        <translation>record</translation>
    </message>
    <message>
        <source>Samtykke %1: %2</source>
        <translation>Consent %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Følge af afslaget: %1</source>
        <translation>Consequence of the refusal: %1</translation>
    </message>
    <message>
        <source>Skriv i noten, hvad det betyder for sagen.</source>
        <translation>Write in the note what it means for the case.</translation>
    </message>
    <message>
        <source>Vælg status (givet, afvist eller tilbagekaldt) først.</source>
        <translation>Choose a status (given, refused or withdrawn) first.</translation>
    </message>
    <message>
        <source>Samtykke registreret: %1 – %2.</source>
        <translation>Consent recorded: %1 – %2.</translation>
    </message>
    <message>
        <source>%1 åbent næste skridt afhænger af det og er markeret.</source>
        <translation>%1 open next step depends on it and is flagged.</translation>
    </message>
    <message>
        <source>%1 åbne næste skridt afhænger af det og er markeret.</source>
        <translation>%1 open next steps depend on it and are flagged.</translation>
    </message>
</context>
<context>
    <name>CorrectionReasonDialog</name>
    <message>
        <source>Opret rettelse</source>
        <translation>Create correction</translation>
    </message>
    <message>
        <source>Hvorfor rettes den underskrevne version %1? Begrundelsen står i rettelsens sammenfatning sammen med de felter, du ændrer, og koordinatoren ser den.</source>
        <translation>Why is signed version %1 corrected? The reason is printed in the correction&apos;s summary with the fields you change, and the coordinator sees it.</translation>
    </message>
    <message>
        <source>Begrundelse for rettelsen</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>Fx: nye oplysninger modtaget</source>
        <translation>E.g.: new information received</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Fremdrift – Udsat Desktop</source>
        <translation>Progress – Udsat Desktop</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Begræns til gennemgange og næste skridt i perioden</source>
        <translation>Limit to reviews and next steps in the period</translation>
    </message>
    <message>
        <source>Fra dato</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Til dato</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Alle enheder</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Enhed</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Jobcenterenhed</source>
        <translation>Jobcentre unit</translation>
    </message>
    <message>
        <source>Alle organisationer</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Medarbejderens organisation / ansvarlig for næste skridt</source>
        <translation>The staff member&apos;s organisation / responsible for next steps</translation>
    </message>
    <message>
        <source>&amp;Opdatér</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Beregn tallene igen</source>
        <translation>Calculate the figures again</translation>
    </message>
    <message>
        <source>Eksportér til &amp;Excel…</source>
        <translation>Export to &amp;Excel…</translation>
    </message>
    <message>
        <source>Tallene bag hvert diagram og en pseudonym sagsliste</source>
        <translation>The figures behind each chart and a pseudonymous case list</translation>
    </message>
    <message>
        <source>Gem hvert diagram som et billede, fx til en præsentation</source>
        <translation>Save each chart as a picture, e.g. for a presentation</translation>
    </message>
    <message>
        <source>Nøgletal</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>%1 af %2 sag gennemgået (%3 %) · %4 næste skridt overskredet</source>
        <translation>%1 of %2 case reviewed (%3%) · %4 next steps overdue</translation>
    </message>
    <message>
        <source>%1 af %2 sager gennemgået (%3 %) · %4 næste skridt overskredet</source>
        <translation>%1 of %2 cases reviewed (%3%) · %4 next steps overdue</translation>
    </message>
    <message>
        <source>Sager efter status</source>
        <translation>Cases by status</translation>
    </message>
    <message>
        <source>Udfald</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Næste skridt efter type</source>
        <translation>Next steps by type</translation>
    </message>
    <message>
        <source>Næste skridt efter ansvarlig (heraf overskredne)</source>
        <translation>Next steps by responsible party (of which overdue)</translation>
    </message>
    <message>
        <source>Gennemgange pr. medarbejder</source>
        <translation>Reviews per staff member</translation>
    </message>
    <message>
        <source>Andel af målgruppen gennemgået</source>
        <translation>Share of the target group reviewed</translation>
    </message>
    <message>
        <source>Gem &amp;diagrammer som PNG…</source>
        <translation>Save &amp;charts as PNG…</translation>
    </message>
    <message>
        <source> · %1 sag i konflikt</source>
        <translation> · %1 case in conflict</translation>
    </message>
    <message>
        <source> · %1 sager i konflikt</source>
        <translation> · %1 cases in conflict</translation>
    </message>
    <message>
        <source>Gennemgået</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Mål (%1)</source>
        <translation>Targets (%1)</translation>
    </message>
    <message>
        <source>%1 % senest %2</source>
        <translation>%1% by %2</translation>
    </message>
    <message>
        <source>%d %%</source>
        <translation>%d%%</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Overskredne</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Gem diagrammer i</source>
        <translation>Save charts in</translation>
    </message>
    <message>
        <source>eksportere sagslister</source>
        <translation>export case lists</translation>
    </message>
    <message>
        <source>Eksportér til Excel</source>
        <translation>Export to Excel</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Fejlbesked</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>BIF – Beskæftigelses- og Integrationsforvaltningen</source>
        <translation>BIF – Employment and Integration Administration</translation>
    </message>
    <message>
        <source>SOF – Socialforvaltningen</source>
        <translation>SOF – Social Services Administration</translation>
    </message>
    <message>
        <source>Region Hovedstaden</source>
        <translation>Capital Region of Denmark</translation>
    </message>
    <message>
        <source>Punkt</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Hjemløs</source>
        <translation>Homeless</translation>
    </message>
    <message>
        <source>Misbrug</source>
        <translation>Substance abuse</translation>
    </message>
    <message>
        <source>Psykisk sygdom</source>
        <translation>Mental illness</translation>
    </message>
    <message>
        <source>Tæt på afklaring</source>
        <translation>Close to clarification</translation>
    </message>
    <message>
        <source>venter</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>synkroniseret</source>
        <translation>synchronised</translation>
    </message>
    <message>
        <source>konflikt</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Tildelt</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Under gennemgang</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Klar til underskrift</source>
        <translation>Ready to sign</translation>
    </message>
    <message>
        <source>Underskrevet</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Synkroniseret</source>
        <translation>Synchronised</translation>
    </message>
    <message>
        <source>Afklaret</source>
        <translation>Clarified</translation>
    </message>
    <message>
        <source>Sat på pause</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Høj</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Lav</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Gennemgår sager</source>
        <translation>Reviews cases</translation>
    </message>
    <message>
        <source>Koordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Skriftligt</source>
        <translation>In writing</translation>
    </message>
    <message>
        <source>Mundtligt</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>Helhedsorienteret plan (LAB § 46)</source>
        <translation>Coordinated plan (LAB § 46)</translation>
    </message>
    <message>
        <source>BIF og SOF</source>
        <translation>BIF and SOF</translation>
    </message>
    <message>
        <source>Udveksling af oplysninger BIF ↔ SOF</source>
        <translation>Exchange of information BIF ↔ SOF</translation>
    </message>
    <message>
        <source>Indhentning af helbredsoplysninger</source>
        <translation>Obtaining health information</translation>
    </message>
    <message>
        <source>Læger og sygehuse</source>
        <translation>Doctors and hospitals</translation>
    </message>
    <message>
        <source>Sundhedskoordinatorens kontakt til egen læge</source>
        <translation>The health coordinator&apos;s contact with the GP</translation>
    </message>
    <message>
        <source>Egen læge</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>Givet</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Afvist</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Tilbagekaldt</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Forelæg sagen for rehabiliteringsteamet</source>
        <translation>Present the case to the rehabilitation team</translation>
    </message>
    <message>
        <source>Indhent lægeattest (LÆ 265)</source>
        <translation>Obtain a medical certificate (LÆ 265)</translation>
    </message>
    <message>
        <source>Indhent statusattest (LÆ 125)</source>
        <translation>Obtain a status certificate (LÆ 125)</translation>
    </message>
    <message>
        <source>Socialmedicinsk vurdering (Klinisk Funktion)</source>
        <translation>Social-medical assessment (Klinisk Funktion)</translation>
    </message>
    <message>
        <source>Inddrag sundhedskoordinator</source>
        <translation>Involve the health coordinator</translation>
    </message>
    <message>
        <source>Virksomhedspraktik (LAB kap. 11)</source>
        <translation>Work placement (LAB ch. 11)</translation>
    </message>
    <message>
        <source>Løntilskud (LAB kap. 12)</source>
        <translation>Wage subsidy (LAB ch. 12)</translation>
    </message>
    <message>
        <source>Vejledning og opkvalificering (LAB kap. 14)</source>
        <translation>Guidance and upskilling (LAB ch. 14)</translation>
    </message>
    <message>
        <source>Mentor (LAB §§ 167-171)</source>
        <translation>Mentor (LAB §§ 167-171)</translation>
    </message>
    <message>
        <source>Hjælpemidler (LAB § 172)</source>
        <translation>Aids (LAB § 172)</translation>
    </message>
    <message>
        <source>Socialpædagogisk støtte (SEL § 85)</source>
        <translation>Socio-educational support (SEL § 85)</translation>
    </message>
    <message>
        <source>Bostøtte efter housing first (SEL § 85 a)</source>
        <translation>Housing support, housing first (SEL § 85 a)</translation>
    </message>
    <message>
        <source>Støtte- og kontaktperson (SEL § 99)</source>
        <translation>Support and contact person (SEL § 99)</translation>
    </message>
    <message>
        <source>Misbrugsbehandling (SEL § 101)</source>
        <translation>Substance abuse treatment (SEL § 101)</translation>
    </message>
    <message>
        <source>Herberg (SEL § 110)</source>
        <translation>Shelter (SEL § 110)</translation>
    </message>
    <message>
        <source>Botilbud (SEL §§ 107/108)</source>
        <translation>Residential care (SEL §§ 107/108)</translation>
    </message>
    <message>
        <source>Opfølgningssamtale</source>
        <translation>Follow-up meeting</translation>
    </message>
    <message>
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>BIF</source>
        <translation>BIF</translation>
    </message>
    <message>
        <source>SOF</source>
        <translation>SOF</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Borger</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Åben</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Udført</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Annulleret</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>givet</source>
        <translation>given</translation>
    </message>
    <message>
        <source>afvist</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>tilbagekaldt</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>Indlæst fra målgruppeliste</source>
        <translation>Loaded from target list</translation>
    </message>
    <message>
        <source>Sagen vist</source>
        <translation>Case viewed</translation>
    </message>
    <message>
        <source>Søgning</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>CPR-nummer vist</source>
        <translation>CPR number shown</translation>
    </message>
    <message>
        <source>Status ændret</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <source>Gennemgang startet</source>
        <translation>Review started</translation>
    </message>
    <message>
        <source>Gennemgang åbnet</source>
        <translation>Review opened</translation>
    </message>
    <message>
        <source>Gennemgang gemt</source>
        <translation>Review saved</translation>
    </message>
    <message>
        <source>Gennemgang underskrevet</source>
        <translation>Review signed</translation>
    </message>
    <message>
        <source>Rettelse startet</source>
        <translation>Correction started</translation>
    </message>
    <message>
        <source>Samtykke registreret</source>
        <translation>Consent recorded</translation>
    </message>
    <message>
        <source>Næste skridt oprettet</source>
        <translation>Next step created</translation>
    </message>
    <message>
        <source>Næste skridt ændret</source>
        <translation>Next step changed</translation>
    </message>
    <message>
        <source>Tildelt medarbejder</source>
        <translation>Assigned to staff member</translation>
    </message>
    <message>
        <source>Tildeling hentet</source>
        <translation>Assignment fetched</translation>
    </message>
    <message>
        <source>Indlæst fra fællesmappen</source>
        <translation>Loaded from the shared folder</translation>
    </message>
    <message>
        <source>Taget af møde</source>
        <translation>Taken off a meeting</translation>
    </message>
    <message>
        <source>Teamets indstilling registreret</source>
        <translation>Team&apos;s recommendation recorded</translation>
    </message>
    <message>
        <source>Udskrevet</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Adgangskode skiftet</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <source>Udtræk</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Adgangslog udleveret</source>
        <translation>Access log handed out</translation>
    </message>
    <message>
        <source>Gamle logposter slettet</source>
        <translation>Old log entries deleted</translation>
    </message>
    <message>
        <source>gennemgang</source>
        <translation>review</translation>
    </message>
    <message>
        <source>møde</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>sag</source>
        <translation>case</translation>
    </message>
    <message>
        <source>parti</source>
        <translation>batch</translation>
    </message>
    <message>
        <source>fil</source>
        <translation>file</translation>
    </message>
    <message>
        <source>sager</source>
        <translation>cases</translation>
    </message>
    <message>
        <source>før</source>
        <translation>before</translation>
    </message>
    <message>
        <source>efter</source>
        <translation>after</translation>
    </message>
    <message>
        <source>skridt</source>
        <translation>step</translation>
    </message>
    <message>
        <source>af</source>
        <translation>by</translation>
    </message>
    <message>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <source>sider</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>kopier</source>
        <translation>copies</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>søgt efter</source>
        <translation>searched for</translation>
    </message>
    <message>
        <source>fundet</source>
        <translation>found</translation>
    </message>
    <message>
        <source>art</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>delt</source>
        <translation>shared</translation>
    </message>
    <message>
        <source>skabelon</source>
        <translation>template</translation>
    </message>
    <message>
        <source>erstatter</source>
        <translation>replaces</translation>
    </message>
    <message>
        <source>formål</source>
        <translation>purpose</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>felter</source>
        <translation>fields</translation>
    </message>
    <message>
        <source>kilde</source>
        <translation>source</translation>
    </message>
    <message>
        <source>indlæst</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>opdateret</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>afviste</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>resultat</source>
        <translation>result</translation>
    </message>
    <message>
        <source>indstilling</source>
        <translation>recommendation</translation>
    </message>
    <message>
        <source>ses igen</source>
        <translation>see again</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>Beskæftigelse</source>
        <translation>Employment</translation>
    </message>
    <message>
        <source>Sundhed</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social services</translation>
    </message>
    <message>
        <source>Sundhedskoordinator</source>
        <translation>Health coordinator</translation>
    </message>
    <message>
        <source>Sagsbehandler</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>Bisidder</source>
        <translation>Companion</translation>
    </message>
    <message>
        <source>Socialt</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Helbred</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Fleksjob</source>
        <translation>Flexi-job</translation>
    </message>
    <message>
        <source>Tilskud til selvstændig</source>
        <translation>Subsidy for self-employment</translation>
    </message>
    <message>
        <source>Førtidspension</source>
        <translation>Disability pension</translation>
    </message>
    <message>
        <source>Indsats under jobafklaringsforløb</source>
        <translation>Measures during a job clarification course</translation>
    </message>
    <message>
        <source>Nyt jobafklaringsforløb</source>
        <translation>New job clarification course</translation>
    </message>
    <message>
        <source>Indsats under sygedagpenge</source>
        <translation>Measures during sickness benefit</translation>
    </message>
    <message>
        <source>Anden indsats</source>
        <translation>Other measures</translation>
    </message>
    <message>
        <source>Ressourceforløb</source>
        <translation>Resource course</translation>
    </message>
    <message>
        <source>Job eller uddannelse</source>
        <translation>Job or education</translation>
    </message>
    <message>
        <source>Fortsat indsats</source>
        <translation>Continued measures</translation>
    </message>
    <message>
        <source>Tæt på afklaring ved start</source>
        <translation>Close to clarification at start</translation>
    </message>
    <message>
        <source>Forelagt rehabiliteringsteamet</source>
        <translation>Presented to the rehabilitation team</translation>
    </message>
    <message>
        <source>Kladde</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Flyttet til ny skabelon</source>
        <translation>Moved to a new template</translation>
    </message>
    <message>
        <source>Rettet skabelon anvendt</source>
        <translation>Corrected template applied</translation>
    </message>
    <message>
        <source>Næste skridt rettet</source>
        <translation>Next step edited</translation>
    </message>
    <message>
        <source>Sat på møde</source>
        <translation>Put on a meeting</translation>
    </message>
    <message>
        <source>Mødepakke bygget</source>
        <translation>Meeting packet built</translation>
    </message>
    <message>
        <source>Sag tilbageholdt (klage/indsigt)</source>
        <translation>Case put on legal hold (complaint/access request)</translation>
    </message>
    <message>
        <source>Tilbageholdelse ophævet</source>
        <translation>Legal hold lifted</translation>
    </message>
    <message>
        <source>Prøvekørsel af sletning</source>
        <translation>Deletion dry run</translation>
    </message>
    <message>
        <source>Sletning efter opbevaringstid</source>
        <translation>Deletion after the retention period</translation>
    </message>
    <message>
        <source>Sagens data slettet</source>
        <translation>Case data deleted</translation>
    </message>
    <message>
        <source>Regel for bevaring og kassation registreret</source>
        <translation>Retention rule (keep or dispose) recorded</translation>
    </message>
    <message>
        <source>Fil fra fællesmappen afvist</source>
        <translation>File from the shared folder refused</translation>
    </message>
    <message>
        <source>Filer fra fællesmappen afvist (samlet for en kørsel)</source>
        <translation>Files from the shared folder refused (summed up for one run)</translation>
    </message>
    <message>
        <source>Medlem godkendt</source>
        <translation>Member approved</translation>
    </message>
    <message>
        <source>Medlem tilbagekaldt</source>
        <translation>Member revoked</translation>
    </message>
    <message>
        <source>Koordinator godkendt</source>
        <translation>Coordinator trusted</translation>
    </message>
    <message>
        <source>begrundelse</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>medarbejder</source>
        <translation>colleague</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>fingeraftryk</source>
        <translation>fingerprint</translation>
    </message>
    <message>
        <source>type før</source>
        <translation>type before</translation>
    </message>
    <message>
        <source>type efter</source>
        <translation>type after</translation>
    </message>
    <message>
        <source>ansvarlig før</source>
        <translation>responsible before</translation>
    </message>
    <message>
        <source>ansvarlig efter</source>
        <translation>responsible after</translation>
    </message>
    <message>
        <source>frist før</source>
        <translation>deadline before</translation>
    </message>
    <message>
        <source>frist efter</source>
        <translation>deadline after</translation>
    </message>
    <message>
        <source>CPR-nummer</source>
        <translation>CPR number</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fornavn</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Efternavn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Ydelse</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <source>Ledighedsgrad (%)</source>
        <translation>Unemployment rate (%)</translation>
    </message>
    <message>
        <source>Jobcenter/enhed</source>
        <translation>Jobcentre/unit</translation>
    </message>
    <message>
        <source>SOF-kontakt</source>
        <translation>SOF contact</translation>
    </message>
    <message>
        <source>Startdato</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Bemærkning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>KLE-gruppe</source>
        <translation>KLE group</translation>
    </message>
    <message>
        <source>intakt, kendt underskriver</source>
        <translation>intact, known signer</translation>
    </message>
    <message>
        <source>intakt, ukendt underskriver</source>
        <translation>intact, unknown signer</translation>
    </message>
    <message>
        <source>ændret efter underskrift</source>
        <translation>modified after signing</translation>
    </message>
    <message>
        <source>ikke underskrevet</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>intakt, tilbagekaldt underskriver</source>
        <translation>intact, revoked signer</translation>
    </message>
    <message>
        <source>kunne ikke kontrolleres</source>
        <translation>could not be checked</translation>
    </message>
    <message>
        <source>lokal</source>
        <translation>local</translation>
    </message>
    <message>
        <source>teamet</source>
        <translation>the team</translation>
    </message>
    <message>
        <source>fællesmappe</source>
        <translation>shared folder</translation>
    </message>
    <message>
        <source>Den forberedende del henviser nu til bekendtgørelse nr. 2408 af 13/12/2021 §§ 2-4 (før: BEK 1708/2024, som ikke kunne bekræftes).</source>
        <translation>The preparatory part now refers to executive order no. 2408 of 13/12/2021 §§ 2-4 (before: BEK 1708/2024, which could not be confirmed).</translation>
    </message>
    <message>
        <source>Helhedsorienteret plan: henvisningen er rettet fra LAB § 46 til LAB § 40, stk. 3 (samtykke og næste skridt).</source>
        <translation>Holistic plan: the reference is corrected from LAB § 46 to LAB § 40(3) (consent and next step).</translation>
    </message>
    <message>
        <source>Afklaringsretning og rehabiliteringsteamets indstilling: »Nyt jobafklaringsforløb« (LAB § 111 a) og »Indsats under sygedagpenge« (kategori 3) er fjernet; begge er afskaffet ved lov nr. 1657 af 30/12/2024.</source>
        <translation>Direction and the rehabilitation team&apos;s recommendation: &quot;new job clarification programme&quot; (LAB § 111 a) and &quot;effort during sickness benefit&quot; (category 3) are removed; both were abolished by act no. 1657 of 30/12/2024.</translation>
    </message>
    <message>
        <source>Taskforce-gennemgang</source>
        <translation>Taskforce review</translation>
    </message>
    <message>
        <source>Sagsoplysning</source>
        <translation>Case information</translation>
    </message>
    <message>
        <source>Den forberedende del beskriver og dokumenterer borgerens situation sammen med borgeren. Skriv hvad der er oplyst og hvor det kommer fra – ingen vurdering eller anbefaling her.</source>
        <translation>The preparatory part describes and documents the citizen&apos;s situation together with the citizen. Write what has been stated and where it comes from – no assessment or recommendation here.</translation>
    </message>
    <message>
        <source>Erfaringer og ressourcer (job, uddannelse, CV)</source>
        <translation>Experience and resources (jobs, education, CV)</translation>
    </message>
    <message>
        <source>Beskriv uddannelse og arbejde med årstal og varighed, også korte ansættelser, praktikker og frivilligt arbejde. Nævn hvad borgeren selv fremhæver som det, der gik godt.</source>
        <translation>Describe education and work with years and duration, including short jobs, placements and voluntary work. Mention what the citizen highlights as having gone well.</translation>
    </message>
    <message>
        <source>9. klasse 1998. Lager hos Coop 2003–2005 (fuldtid, ophørte pga. rygsmerter). Praktik i genbrugsbutik 2023, 10 t/uge i 8 uger: mødestabil, god til kunder.</source>
        <translation>Year 9, 1998. Warehouse at Coop 2003–2005 (full time, stopped because of back pain). Placement in a charity shop 2023, 10 h/week for 8 weeks: reliable attendance, good with customers.</translation>
    </message>
    <message>
        <source>Personlige ressourcer (familie, netværk)</source>
        <translation>Personal resources (family, network)</translation>
    </message>
    <message>
        <source>Hvem har borgeren omkring sig, og hvad hjælper de med? Interesser og styrker.</source>
        <translation>Who does the citizen have around them, and what do they help with? Interests and strengths.</translation>
    </message>
    <message>
        <source>Bor alene. Tæt kontakt til søster, som hjælper med post og aftaler. Går til fodbold.</source>
        <translation>Lives alone. Close contact with a sister who helps with post and appointments. Plays football.</translation>
    </message>
    <message>
        <source>Beskæftigelsesmæssige og sociale udfordringer</source>
        <translation>Employment and social challenges</translation>
    </message>
    <message>
        <source>Konkrete forhold der står i vejen for job eller uddannelse: bolig, økonomi, misbrug, sprog, transport. Beskriv hvad der sker i hverdagen, ikke diagnoser alene.</source>
        <translation>Concrete circumstances that stand in the way of a job or education: housing, finances, substance abuse, language, transport. Describe what happens in everyday life, not diagnoses alone.</translation>
    </message>
    <message>
        <source>Har været uden fast bolig siden 2022 og bor på herberg. Gæld til inkasso.</source>
        <translation>Has had no permanent home since 2022 and lives in a shelter. Debt with a collection agency.</translation>
    </message>
    <message>
        <source>Fremtidige ønsker til job og uddannelse</source>
        <translation>Future wishes for jobs and education</translation>
    </message>
    <message>
        <source>Borgerens egne ønsker med borgerens ord. Skriv også hvad borgeren ikke ønsker.</source>
        <translation>The citizen&apos;s own wishes in the citizen&apos;s words. Also write what the citizen does not want.</translation>
    </message>
    <message>
        <source>»Jeg vil gerne noget med dyr, men ikke på et kontor.«</source>
        <translation>“I would like something with animals, but not in an office.”</translation>
    </message>
    <message>
        <source>Helbredssituation (undersøgelse, behandling, dokumentation)</source>
        <translation>Health situation (examinations, treatment, documentation)</translation>
    </message>
    <message>
        <source>Igangværende undersøgelser og behandling, hvem der behandler, og hvilken dokumentation der findes (med dato). Gengiv lægelige oplysninger, vurder dem ikke.</source>
        <translation>Ongoing examinations and treatment, who provides the treatment, and what documentation exists (with dates). Report medical information; do not assess it.</translation>
    </message>
    <message>
        <source>Depression, i behandling hos egen læge siden 2021 (LÆ 265 af 03.02.2025).</source>
        <translation>Depression, treated by the GP since 2021 (LÆ 265 of 03.02.2025).</translation>
    </message>
    <message>
        <source>Borgerens egen vurdering af helbredets betydning for job/uddannelse</source>
        <translation>The citizen&apos;s own view of how health affects work/education</translation>
    </message>
    <message>
        <source>Hvad siger borgeren selv om, hvordan helbredet påvirker muligheden for arbejde?</source>
        <translation>What does the citizen say about how their health affects their ability to work?</translation>
    </message>
    <message>
        <source>Borgeren oplever, at søvnproblemer gør det svært at møde før kl. 10.</source>
        <translation>The citizen finds that sleep problems make it hard to arrive before 10 am.</translation>
    </message>
    <message>
        <source>Forsørgelseshistorik</source>
        <translation>Benefit history</translation>
    </message>
    <message>
        <source>Ydelser med perioder, fx kontanthjælp, sygedagpenge, ressourceforløb.</source>
        <translation>Benefits with periods, e.g. social assistance, sickness benefit, resource course.</translation>
    </message>
    <message>
        <source>Kontanthjælp 2012–2019, ressourceforløb 2019–2024, kontanthjælp siden 2024.</source>
        <translation>Social assistance 2012–2019, resource course 2019–2024, social assistance since 2024.</translation>
    </message>
    <message>
        <source>Hidtidig beskæftigelsesindsats</source>
        <translation>Employment measures so far</translation>
    </message>
    <message>
        <source>For hver indsats: indhold, formål, varighed, erfaringer og hvorfor den ikke førte til job eller uddannelse.</source>
        <translation>For each measure: content, purpose, duration, experience and why it did not lead to a job or education.</translation>
    </message>
    <message>
        <source>Virksomhedspraktik i kantine 2023 (13 uger, 6 t/uge) for at afprøve arbejdsevne. Mødte 80 %, afbrudt pga. smerter efter 3 timer.</source>
        <translation>Work placement in a canteen 2023 (13 weeks, 6 h/week) to test work capacity. Attended 80%, stopped after 3 hours because of pain.</translation>
    </message>
    <message>
        <source>Hidtidig social indsats for borgeren og familien</source>
        <translation>Social measures so far for the citizen and the family</translation>
    </message>
    <message>
        <source>For hver indsats: indhold, formål, varighed, erfaringer og resultat.</source>
        <translation>For each measure: content, purpose, duration, experience and result.</translation>
    </message>
    <message>
        <source>Bostøtte efter SEL § 85 siden 2022, 2 t/uge; har fået styr på økonomien.</source>
        <translation>Housing support under SEL § 85 since 2022, 2 h/week; has got the finances under control.</translation>
    </message>
    <message>
        <source>Arbejdsevne / resterhvervsevne</source>
        <translation>Work capacity / residual work capacity</translation>
    </message>
    <message>
        <source>Beskriv hvad borgeren kan i dag og hvad der skal tages hensyn til, og hvilken dokumentation beskrivelsen hviler på.</source>
        <translation>Describe what the citizen can do today, what must be taken into account, and what documentation the description rests on.</translation>
    </message>
    <message>
        <source>Timer pr. uge borgeren kan arbejde nu</source>
        <translation>Hours per week the citizen can work now</translation>
    </message>
    <message>
        <source>timer/uge</source>
        <translation>hours/week</translation>
    </message>
    <message>
        <source>Det antal timer borgeren i dag kan arbejde, set over flere uger.</source>
        <translation>The number of hours the citizen can work today, seen over several weeks.</translation>
    </message>
    <message>
        <source>Arbejdsintensitet</source>
        <translation>Work intensity</translation>
    </message>
    <message>
        <source>Almindelig</source>
        <translation>Ordinary</translation>
    </message>
    <message>
        <source>Nedsat</source>
        <translation>Reduced</translation>
    </message>
    <message>
        <source>Meget nedsat</source>
        <translation>Much reduced</translation>
    </message>
    <message>
        <source>Kan ikke vurderes endnu</source>
        <translation>Cannot be assessed yet</translation>
    </message>
    <message>
        <source>Hvor meget kan borgeren nå i timerne sammenlignet med en kollega?</source>
        <translation>How much can the citizen get done in those hours compared with a colleague?</translation>
    </message>
    <message>
        <source>Skånehensyn</source>
        <translation>Special considerations</translation>
    </message>
    <message>
        <source>Hvad skal undgås, og hvorfor? Fx tunge løft, støj, tidspres, kundekontakt.</source>
        <translation>What must be avoided, and why? E.g. heavy lifting, noise, time pressure, customer contact.</translation>
    </message>
    <message>
        <source>Ingen løft over 5 kg. Pauser hver time. Ikke alene med kunder.</source>
        <translation>No lifting over 5 kg. Breaks every hour. Not alone with customers.</translation>
    </message>
    <message>
        <source>Udviklingsmuligheder</source>
        <translation>Potential for development</translation>
    </message>
    <message>
        <source>Kan arbejdsevnen udvikles, hvordan, og hvad taler for og imod?</source>
        <translation>Can the work capacity be developed, how, and what speaks for and against it?</translation>
    </message>
    <message>
        <source>Timetallet kan øges gradvist, hvis smertebehandlingen virker.</source>
        <translation>The hours can be increased gradually if the pain treatment works.</translation>
    </message>
    <message>
        <source>Tidshorisont for udvikling</source>
        <translation>Time frame for development</translation>
    </message>
    <message>
        <source>Under 6 måneder</source>
        <translation>Under 6 months</translation>
    </message>
    <message>
        <source>6–12 måneder</source>
        <translation>6–12 months</translation>
    </message>
    <message>
        <source>1–2 år</source>
        <translation>1–2 years</translation>
    </message>
    <message>
        <source>Over 2 år</source>
        <translation>Over 2 years</translation>
    </message>
    <message>
        <source>Ingen forventet udvikling</source>
        <translation>No development expected</translation>
    </message>
    <message>
        <source>Dokumentation der foreligger</source>
        <translation>Documentation available</translation>
    </message>
    <message>
        <source>LÆ 265 (lægeattest til rehabiliteringsteamet)</source>
        <translation>LÆ 265 (medical certificate for the rehabilitation team)</translation>
    </message>
    <message>
        <source>LÆ 125 (statusattest)</source>
        <translation>LÆ 125 (status certificate)</translation>
    </message>
    <message>
        <source>Speciallægeerklæring (Klinisk Funktion)</source>
        <translation>Specialist statement (Klinisk Funktion)</translation>
    </message>
    <message>
        <source>Resultater fra virksomhedspraktik/arbejdsprøvning (LAB § 57)</source>
        <translation>Results from work placement/work trial (LAB § 57)</translation>
    </message>
    <message>
        <source>Sæt kryds ved det der ligger i sagen nu.</source>
        <translation>Tick what is in the case file now.</translation>
    </message>
    <message>
        <source>Hvad viser dokumentationen?</source>
        <translation>What does the documentation show?</translation>
    </message>
    <message>
        <source>Datoer og hovedindhold af de nævnte dokumenter.</source>
        <translation>Dates and main content of the documents mentioned.</translation>
    </message>
    <message>
        <source>Socialfaglige observationer</source>
        <translation>Social work observations</translation>
    </message>
    <message>
        <source>Observationer fra dem, der ser borgeren i hverdagen. Skriv hvad der er set og hørt, med dato og kilde.</source>
        <translation>Observations from those who see the citizen in everyday life. Write what was seen and heard, with date and source.</translation>
    </message>
    <message>
        <source>Observationer</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Bostøtte</source>
        <translation>Housing support</translation>
    </message>
    <message>
        <source>Hjemmevejleder</source>
        <translation>Home counsellor</translation>
    </message>
    <message>
        <source>Støttekontaktperson (SEL § 99)</source>
        <translation>Support contact person (SEL § 99)</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hvad blev observeret</source>
        <translation>What was observed</translation>
    </message>
    <message>
        <source>Konkret adfærd og situationer – hvad skete, hvor ofte, hvad hjalp.</source>
        <translation>Concrete behaviour and situations – what happened, how often, what helped.</translation>
    </message>
    <message>
        <source>Møder til aftaler, når der ringes dagen før. Går hjem efter ca. 2 timer.</source>
        <translation>Turns up for appointments when called the day before. Goes home after about 2 hours.</translation>
    </message>
    <message>
        <source>Livsområder</source>
        <translation>Areas of life</translation>
    </message>
    <message>
        <source>Bolig</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Økonomi</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Netværk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Dagligdag</source>
        <translation>Daily life</translation>
    </message>
    <message>
        <source>Støttebehov (KL&apos;s skala)</source>
        <translation>Support needs (KL&apos;s scale)</translation>
    </message>
    <message>
        <source>Intet</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Let</source>
        <translation>Slight</translation>
    </message>
    <message>
        <source>Moderat</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>Højt</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Fuldstændigt</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Ikke vurderet</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Borgerens perspektiv</source>
        <translation>The citizen&apos;s perspective</translation>
    </message>
    <message>
        <source>Borgerens eget syn og ønsker</source>
        <translation>The citizen&apos;s own view and wishes</translation>
    </message>
    <message>
        <source>Borgerens egne ord om situationen og hvad der skal ske. Citér gerne.</source>
        <translation>The citizen&apos;s own words about the situation and what should happen. Quotes are welcome.</translation>
    </message>
    <message>
        <source>»Jeg vil gerne have noget at stå op til, men ikke fuld tid.«</source>
        <translation>“I would like something to get up for, but not full time.”</translation>
    </message>
    <message>
        <source>Har borgeren deltaget i gennemgangen?</source>
        <translation>Did the citizen take part in the review?</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Samtykke registreres pr. formål og modtager og hører til sagen, ikke kun denne gennemgang. Sundhedskoordinatorens kontakt til egen læge kræver skriftligt samtykke.</source>
        <translation>Consent is recorded per purpose and recipient and belongs to the case, not only this review. The health coordinator&apos;s contact with the GP requires written consent.</translation>
    </message>
    <message>
        <source>Vurdering</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Afklaringsretning</source>
        <translation>Direction of clarification</translation>
    </message>
    <message>
        <source>Hvilken anden indsats?</source>
        <translation>Which other measures?</translation>
    </message>
    <message>
        <source>Forelægges sagen for rehabiliteringsteamet?</source>
        <translation>Is the case presented to the rehabilitation team?</translation>
    </message>
    <message>
        <source>Begrundelse</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Hvorfor forelægges sagen (eller hvorfor ikke)?</source>
        <translation>Why is the case presented (or why not)?</translation>
    </message>
    <message>
        <source>Hvad er afvejet</source>
        <translation>What was weighed</translation>
    </message>
    <message>
        <source>Sociale forhold</source>
        <translation>Social circumstances</translation>
    </message>
    <message>
        <source>Afgørelse</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Fører gennemgangen til en afgørelse, skal borgeren partshøres (forvaltningsloven § 19), afgørelsen begrundes (forvaltningsloven §§ 22-24) og have klagevejledning (forvaltningsloven § 25). Alle tre skal være udfyldt, før gennemgangen kan underskrives, og de står i resuméet.</source>
        <translation>When the review leads to a decision, the citizen must be heard (forvaltningsloven § 19), the decision must give its reasons (forvaltningsloven §§ 22-24) and say how to complain (forvaltningsloven § 25). All three must be filled in before the review can be signed, and they are printed in the summary.</translation>
    </message>
    <message>
        <source>Afsnittet udfyldes kun, når gennemgangen fører til en afgørelse: når afklaringsretningen er fleksjob, tilskud til selvstændig, førtidspension eller ressourceforløb.</source>
        <translation>Fill in this section only when the review leads to a decision: when the direction is flexible job, self-employment subsidy, disability pension or resource programme.</translation>
    </message>
    <message>
        <source>Partshøring: dato</source>
        <translation>Hearing of the citizen: date</translation>
    </message>
    <message>
        <source>forvaltningsloven § 19</source>
        <translation>forvaltningsloven § 19</translation>
    </message>
    <message>
        <source>Den dag borgeren fik oplysningerne i sagen til udtalelse. Datoen kan ikke ligge før gennemgangens start eller efter underskriften.</source>
        <translation>The day the citizen was given the case&apos;s information to comment on. The date cannot be before the review started or after it is signed.</translation>
    </message>
    <message>
        <source>Partshøring: form</source>
        <translation>Hearing of the citizen: form</translation>
    </message>
    <message>
        <source>Skriftlig</source>
        <translation>In writing</translation>
    </message>
    <message>
        <source>Mundtlig</source>
        <translation>Orally</translation>
    </message>
    <message>
        <source>Telefonisk</source>
        <translation>By telephone</translation>
    </message>
    <message>
        <source>Partshøring: borgeren havde ingen bemærkninger</source>
        <translation>Hearing of the citizen: the citizen had no comments</translation>
    </message>
    <message>
        <source>Vælg »Ja«, hvis borgeren ikke havde bemærkninger; ellers skrives bemærkningerne.</source>
        <translation>Choose “Yes” if the citizen had no comments; otherwise write the comments.</translation>
    </message>
    <message>
        <source>Partshøring: borgerens bemærkninger</source>
        <translation>Hearing of the citizen: the citizen&apos;s comments</translation>
    </message>
    <message>
        <source>Gengiv borgerens bemærkninger, og hvordan de indgår i afgørelsen.</source>
        <translation>Give the citizen&apos;s comments and how they are taken into account in the decision.</translation>
    </message>
    <message>
        <source>Borgeren mener ikke, at praktikken i 2023 viser hele arbejdsevnen; det er noteret.</source>
        <translation>The citizen does not think the 2023 work placement shows their whole capacity for work; this is noted.</translation>
    </message>
    <message>
        <source>Begrundelse for afgørelsen</source>
        <translation>Reasons for the decision</translation>
    </message>
    <message>
        <source>forvaltningsloven §§ 22-24</source>
        <translation>forvaltningsloven §§ 22-24</translation>
    </message>
    <message>
        <source>De regler afgørelsen bygger på, de faktiske forhold der er lagt vægt på, og de hensyn der har været afgørende for skønnet.</source>
        <translation>The rules the decision rests on, the facts given weight, and the considerations that decided the assessment.</translation>
    </message>
    <message>
        <source>Klagevejledning</source>
        <translation>Guidance on how to complain</translation>
    </message>
    <message>
        <source>forvaltningsloven § 25</source>
        <translation>forvaltningsloven § 25</translation>
    </message>
    <message>
        <source>Indsæt standardteksten med knappen, og ret den, hvis afgørelsen har en anden klageadgang.</source>
        <translation>Put in the standard text with the button, and change it if the decision can be appealed in another way.</translation>
    </message>
    <message>
        <source>Næste skridt</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Aftal hvem der gør hvad og hvornår. Mindst ét næste skridt.</source>
        <translation>Agree who does what and when. At least one next step.</translation>
    </message>
    <message>
        <source>Helhedsorienteret plan</source>
        <translation>Holistic plan</translation>
    </message>
    <message>
        <source>LAB § 46</source>
        <translation>LAB § 46</translation>
    </message>
    <message>
        <source>Indhent lægeattest</source>
        <translation>Obtain medical certificate</translation>
    </message>
    <message>
        <source>LÆ 265</source>
        <translation>LÆ 265</translation>
    </message>
    <message>
        <source>Indhent statusattest</source>
        <translation>Obtain status certificate</translation>
    </message>
    <message>
        <source>LÆ 125</source>
        <translation>LÆ 125</translation>
    </message>
    <message>
        <source>Socialmedicinsk vurdering</source>
        <translation>Social-medical assessment</translation>
    </message>
    <message>
        <source>Klinisk Funktion</source>
        <translation>Klinisk Funktion</translation>
    </message>
    <message>
        <source>Virksomhedspraktik</source>
        <translation>Work placement</translation>
    </message>
    <message>
        <source>LAB kap. 11</source>
        <translation>LAB ch. 11</translation>
    </message>
    <message>
        <source>Løntilskud</source>
        <translation>Wage subsidy</translation>
    </message>
    <message>
        <source>LAB kap. 12</source>
        <translation>LAB ch. 12</translation>
    </message>
    <message>
        <source>Vejledning og opkvalificering</source>
        <translation>Guidance and upskilling</translation>
    </message>
    <message>
        <source>LAB kap. 14</source>
        <translation>LAB ch. 14</translation>
    </message>
    <message>
        <source>LAB §§ 167-171</source>
        <translation>LAB §§ 167-171</translation>
    </message>
    <message>
        <source>Hjælpemidler</source>
        <translation>Aids</translation>
    </message>
    <message>
        <source>LAB § 172</source>
        <translation>LAB § 172</translation>
    </message>
    <message>
        <source>Socialpædagogisk støtte</source>
        <translation>Social-pedagogical support</translation>
    </message>
    <message>
        <source>SEL § 85</source>
        <translation>SEL § 85</translation>
    </message>
    <message>
        <source>Bostøtte efter housing first</source>
        <translation>Housing support (housing first)</translation>
    </message>
    <message>
        <source>SEL § 85 a</source>
        <translation>SEL § 85 a</translation>
    </message>
    <message>
        <source>Støtte- og kontaktperson</source>
        <translation>Support and contact person</translation>
    </message>
    <message>
        <source>SEL § 99</source>
        <translation>SEL § 99</translation>
    </message>
    <message>
        <source>Misbrugsbehandling</source>
        <translation>Substance abuse treatment</translation>
    </message>
    <message>
        <source>SEL § 101</source>
        <translation>SEL § 101</translation>
    </message>
    <message>
        <source>Herberg</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>SEL § 110</source>
        <translation>SEL § 110</translation>
    </message>
    <message>
        <source>Botilbud</source>
        <translation>Residential care</translation>
    </message>
    <message>
        <source>SEL §§ 107/108</source>
        <translation>SEL §§ 107/108</translation>
    </message>
    <message>
        <source>rehabiliteringsteamet</source>
        <translation>the rehabilitation team</translation>
    </message>
    <message>
        <source>Rehabiliteringsteam</source>
        <translation>Rehabilitation team</translation>
    </message>
    <message>
        <source>Arbejdsevne</source>
        <translation>Work capacity</translation>
    </message>
    <message>
        <source>Beskriv hvad borgeren kan i dag og hvad der skal tages hensyn til, og hvilken dokumentation beskrivelsen hviler på. Lovene siger arbejdsevne (taskforcen siger ofte resterhvervsevne).</source>
        <translation>Describe what the citizen can do today, what must be taken into account, and the documentation the description rests on. The statutes say work capacity (the taskforce often says residual capacity).</translation>
    </message>
    <message>
        <source>Timetallet kan ikke vurderes endnu</source>
        <translation>The hours cannot be assessed yet</translation>
    </message>
    <message>
        <source>Vælg »Ja«, hvis der ikke er grundlag for at angive et timetal nu.</source>
        <translation>Choose “Yes” if there is no basis for stating a number of hours now.</translation>
    </message>
    <message>
        <source>Hvorfor kan timetallet ikke vurderes, og hvad skal der til?</source>
        <translation>Why can the hours not be assessed, and what is needed?</translation>
    </message>
    <message>
        <source>Ingen arbejdsprøvning endnu; afklares i virksomhedspraktik.</source>
        <translation>No work trial yet; to be clarified in a work placement.</translation>
    </message>
    <message>
        <source>Hvad er oplyst om, hvorvidt arbejdsevnen kan udvikles, og hvordan?</source>
        <translation>What is known about whether and how the work capacity can develop?</translation>
    </message>
    <message>
        <source>Sæt kryds ved det der ligger i sagen nu. En aktuel LÆ 265 skal foreligge, når sagen forelægges rehabiliteringsteamet.</source>
        <translation>Tick what is in the case now. A current LÆ 265 must be available when the case is presented to the rehabilitation team.</translation>
    </message>
    <message>
        <source>Ingen socialfaglige observationer foreligger</source>
        <translation>No social-work observations are available</translation>
    </message>
    <message>
        <source>Vælg »Ja«, hvis borgeren ikke har mentor, bostøtte eller en anden støtteperson.</source>
        <translation>Choose “Yes” if the citizen has no mentor, housing support or other support person.</translation>
    </message>
    <message>
        <source>Hvorfor foreligger der ingen observationer?</source>
        <translation>Why are there no observations?</translation>
    </message>
    <message>
        <source>Borgeren har ingen støtteperson; har ikke ønsket bostøtte.</source>
        <translation>The citizen has no support person; has not wanted housing support.</translation>
    </message>
    <message>
        <source>Hvilken anden kilde?</source>
        <translation>Which other source?</translation>
    </message>
    <message>
        <source>Hvordan har borgeren deltaget?</source>
        <translation>How did the citizen take part?</translation>
    </message>
    <message>
        <source>Deltog i samtalen</source>
        <translation>Took part in the meeting</translation>
    </message>
    <message>
        <source>Deltog med bisidder</source>
        <translation>Took part with a companion</translation>
    </message>
    <message>
        <source>Deltog telefonisk eller digitalt</source>
        <translation>Took part by phone or online</translation>
    </message>
    <message>
        <source>Bidrog skriftligt</source>
        <translation>Contributed in writing</translation>
    </message>
    <message>
        <source>Deltog ikke</source>
        <translation>Did not take part</translation>
    </message>
    <message>
        <source>Hvorfor deltog borgeren ikke, og hvordan er borgerens synspunkter kommet med?</source>
        <translation>Why did the citizen not take part, and how are the citizen&apos;s views included?</translation>
    </message>
    <message>
        <source>Samtykke og hjemmel</source>
        <translation>Consent and legal basis</translation>
    </message>
    <message>
        <source>Hver informationsstrøm hviler på en hjemmel eller et samtykke. Deling mellem BIF og SOF hviler på hjemmel, ikke samtykke. Samtykke registreres pr. formål og hører til sagen. Sundhedskoordinatorens kontakt til egen læge kræver skriftligt samtykke.</source>
        <translation>Every information flow rests on a legal basis or a consent. Sharing between BIF and SOF rests on a legal basis, not consent. Consent is recorded per purpose and belongs to the case. The health coordinator&apos;s contact with the GP needs written consent.</translation>
    </message>
    <message>
        <source>Taskforcens vurdering</source>
        <translation>The taskforce&apos;s assessment</translation>
    </message>
    <message>
        <source>Taskforcens vurdering og anbefaling. Den står i del B og hører ikke til den forberedende del.</source>
        <translation>The taskforce&apos;s assessment and recommendation. It is in part B and is not part of the preparatory part.</translation>
    </message>
    <message>
        <source>Der foreligger ingen aktuel LÆ 265. Hvorfor forelægges sagen alligevel?</source>
        <translation>There is no current LÆ 265. Why is the case presented anyway?</translation>
    </message>
    <message>
        <source>En manglende aktuel LÆ 265 er en kendt grund til, at afgørelser ophæves (Ankestyrelsens praksis). Indhent attesten (næste skridt), eller skriv begrundelsen.</source>
        <translation>A missing current LÆ 265 is a known reason for decisions to be overturned (Ankestyrelsen&apos;s practice). Obtain the certificate (next step), or write the reason.</translation>
    </message>
    <message>
        <source>Afvejet – beskæftigelse: hvilke forhold, og hvorfor?</source>
        <translation>Weighed – employment: which circumstances, and why?</translation>
    </message>
    <message>
        <source>Afvejet – sociale forhold: hvilke forhold, og hvorfor?</source>
        <translation>Weighed – social circumstances: which circumstances, and why?</translation>
    </message>
    <message>
        <source>Afvejet – helbred: hvilke forhold, og hvorfor?</source>
        <translation>Weighed – health: which circumstances, and why?</translation>
    </message>
    <message>
        <source>Behandling som led i myndighedsudøvelse</source>
        <translation>Processing in the exercise of official authority</translation>
    </message>
    <message>
        <source>databeskyttelsesforordningen art. 6, stk. 1, litra e, og art. 9 med databeskyttelsesloven</source>
        <translation>GDPR art. 6(1)(e) and art. 9 with the Danish Data Protection Act</translation>
    </message>
    <message>
        <source>Lovpligtig sundhedsfaglig rådgivning i sager om fleksjob og førtidspension</source>
        <translation>Mandatory health advice in flexi-job and disability pension cases</translation>
    </message>
    <message>
        <source>Indhentning af oplysninger fra læger, sygehuse og arbejdsgivere</source>
        <translation>Obtaining information from doctors, hospitals and employers</translation>
    </message>
    <message>
        <source>retssikkerhedsloven § 11 a</source>
        <translation>retssikkerhedsloven § 11 a</translation>
    </message>
    <message>
        <source>Læger, sygehuse, arbejdsgivere og private leverandører</source>
        <translation>Doctors, hospitals, employers and private providers</translation>
    </message>
    <message>
        <source>LAB § 40, stk. 3</source>
        <translation>LAB § 40(3)</translation>
    </message>
    <message>
        <source>Ny informationsstrøm: økonomiske oplysninger fra andre myndigheder indhentes uden samtykke (retssikkerhedsloven § 11 a, stk. 2).</source>
        <translation>New information flow: financial information from other authorities is obtained without consent (retssikkerhedsloven § 11 a, stk. 2).</translation>
    </message>
    <message>
        <source>Hvert samtykke siger nu, hvad der sker, hvis borgeren afviser eller tilbagekalder det (oplysninger fra læger m.fl.: sagen afgøres på de oplysninger, der foreligger, retssikkerhedsloven § 11 b); følgen registreres med afslaget og står i resuméet.</source>
        <translation>Each consent now says what happens if the citizen refuses or withdraws it (information from doctors etc.: the case is decided on the information available, retssikkerhedsloven § 11 b); the consequence is recorded with the refusal and printed in the summary.</translation>
    </message>
    <message>
        <source>Hjemlen til at behandle CPR-nummeret (databeskyttelsesloven § 11) står i resuméet og i borgerens adgangslog.</source>
        <translation>The legal basis for processing the CPR number (databeskyttelsesloven § 11) is stated in the summary and in the citizen&apos;s access log.</translation>
    </message>
    <message>
        <source>Hver informationsstrøm hviler på en hjemmel eller et samtykke. Deling mellem BIF og SOF hviler på hjemmel, ikke samtykke. Samtykke registreres pr. formål og hører til sagen. Sundhedskoordinatorens kontakt til egen læge kræver skriftligt samtykke. Afviser eller tilbagekalder borgeren et samtykke, står følgen ved samtykket; den registreres med afslaget.</source>
        <translation>Each information flow rests on a legal basis or a consent. Sharing between BIF and SOF rests on a legal basis, not consent. Consent is recorded per purpose and belongs to the case. The health coordinator&apos;s contact with the GP requires written consent. If the citizen refuses or withdraws a consent, its consequence is shown with the consent and recorded with the refusal.</translation>
    </message>
    <message>
        <source>Indhentning af økonomiske oplysninger fra andre myndigheder uden samtykke</source>
        <translation>Obtaining financial information from other authorities without consent</translation>
    </message>
    <message>
        <source>retssikkerhedsloven § 11 a, stk. 2</source>
        <translation>retssikkerhedsloven § 11 a, stk. 2</translation>
    </message>
    <message>
        <source>Behandling af CPR-nummeret til entydig identifikation af borgeren</source>
        <translation>Processing the CPR number to identify the citizen unambiguously</translation>
    </message>
    <message>
        <source>databeskyttelsesloven § 11</source>
        <translation>databeskyttelsesloven § 11</translation>
    </message>
    <message>
        <source>Oplysningerne indhentes ikke; sagen afgøres på de oplysninger, der foreligger</source>
        <translation>The information is not obtained; the case is decided on the information available</translation>
    </message>
    <message>
        <source>Oplysningerne indhentes ikke; sagen afgøres på de oplysninger, der foreligger (retssikkerhedsloven § 11 b)</source>
        <translation>The information is not obtained; the case is decided on the information available (retssikkerhedsloven § 11 b)</translation>
    </message>
    <message>
        <source>retssikkerhedsloven § 11 b</source>
        <translation>retssikkerhedsloven § 11 b</translation>
    </message>
    <message>
        <source>Afsnittet udfyldes kun, når gennemgangen fører til en afgørelse: når afklaringsretningen er fleksjob, tilskud til selvstændigt erhvervsdrivende eller førtidspension.</source>
        <translation>Fill in this section only when the review leads to a decision: when the direction is flexible job, subsidy for self-employed business owners or disability pension.</translation>
    </message>
    <message>
        <source>Der udarbejdes ingen helhedsorienteret plan; indsatsen planlægges som hidtil</source>
        <translation>No coordinated plan is made; the measures are planned as before</translation>
    </message>
    <message>
        <source>sundhedsloven § 43</source>
        <translation>sundhedsloven § 43</translation>
    </message>
    <message>
        <source>Sundhedskoordinatoren kontakter ikke egen læge; den sundhedsfaglige rådgivning gives på de oplysninger, der foreligger</source>
        <translation>The health coordinator does not contact the GP; the health advice is given on the information available</translation>
    </message>
    <message>
        <source>Udveksling af oplysninger mellem BIF og SOF</source>
        <translation>Exchange of information between BIF and SOF</translation>
    </message>
    <message>
        <source>Sundhedskoordinatorens sundhedsfaglige rådgivning</source>
        <translation>The health coordinator&apos;s health advice</translation>
    </message>
    <message>
        <source>Sundhedskoordinator (Region Hovedstaden)</source>
        <translation>Health coordinator (Capital Region)</translation>
    </message>
    <message>
        <source>Indhentning af økonomiske oplysninger fra andre myndigheder</source>
        <translation>Obtaining financial information from other authorities</translation>
    </message>
    <message>
        <source>Andre offentlige myndigheder</source>
        <translation>Other public authorities</translation>
    </message>
    <message>
        <source>Helhedsorienteret plan i stedet for Min Plan</source>
        <translation>Holistic plan instead of Min Plan</translation>
    </message>
    <message>
        <source>Socialmedicinsk vurdering / speciallægeattest</source>
        <translation>Social-medical assessment / specialist certificate</translation>
    </message>
    <message>
        <source>Inddrag sundhedskoordinator (sundhedsfaglig rådgivning)</source>
        <translation>Involve the health coordinator (health advice)</translation>
    </message>
    <message>
        <source>Behandling for stofmisbrug</source>
        <translation>Drug abuse treatment</translation>
    </message>
    <message>
        <source>Alkoholbehandling</source>
        <translation>Alcohol treatment</translation>
    </message>
    <message>
        <source>sundhedsloven § 141</source>
        <translation>sundhedsloven § 141</translation>
    </message>
    <message>
        <source>BEK nr. 2408 af 13/12/2021 § 4</source>
        <translation>BEK no. 2408 of 13/12/2021 § 4</translation>
    </message>
    <message>
        <source>Del A. Forberedende del — beskrivelse</source>
        <translation>Part A. Preparatory part — description</translation>
    </message>
    <message>
        <source>Del B. Taskforcens vurdering og anbefaling</source>
        <translation>Part B. The taskforce&apos;s assessment and recommendation</translation>
    </message>
    <message>
        <source>Indhentning af økonomiske oplysninger fra andre myndigheder uden samtykke (retssikkerhedsloven § 11 a, stk. 2)</source>
        <translation>Obtaining financial information from other authorities without consent (retssikkerhedsloven § 11 a, stk. 2)</translation>
    </message>
    <message>
        <source>Behandling af CPR-nummeret til entydig identifikation af borgeren (databeskyttelsesloven § 11)</source>
        <translation>Processing the CPR number to identify the citizen unambiguously (databeskyttelsesloven § 11)</translation>
    </message>
    <message>
        <source>Den forberedende del henviser nu til bekendtgørelse nr. 2408 af 13/12/2021 §§ 2-4 (før: BEK 47/2026, som ikke kunne bekræftes).</source>
        <translation>The preparatory part now refers to executive order no. 2408 of 13/12/2021 §§ 2-4 (before: BEK 47/2026, which could not be confirmed).</translation>
    </message>
    <message>
        <source>Afsnittet udfyldes kun, når gennemgangen fører til en afgørelse: når afklaringsretningen er fleksjob, tilskud til selvstændig eller førtidspension.</source>
        <translation>Fill in this section only when the review leads to a decision: when the direction is flexible job, self-employment subsidy or disability pension.</translation>
    </message>
    <message>
        <source>Skabelonen bygger på beskæftigelsesreformen (lov 1750 af 29/12/2025 og den nye lov om en aktiv beskæftigelsesindsats, ventet fra 1. januar 2027). Datoer og paragraffer er ikke bekræftet; tjek henvisningerne på retsinformation.dk, før en afgørelse bygger på dem.</source>
        <translation>The template follows the employment reform (act 1750 of 29/12/2025 and the new act on active employment efforts, expected from 1 January 2027). Dates and sections are not confirmed; check the references on retsinformation.dk before a decision rests on them.</translation>
    </message>
    <message>
        <source>Samlet beskrivelse af borgerens forudsætninger</source>
        <translation>Overall description of the citizen&apos;s circumstances</translation>
    </message>
    <message>
        <source>Den samlede beskrivelse beskriver og dokumenterer borgerens forudsætninger sammen med borgeren. Skriv hvad der er oplyst og hvor det kommer fra – ingen vurdering eller anbefaling her.</source>
        <translation>The overall description describes and documents the citizen&apos;s circumstances together with the citizen. Write what has been stated and where it comes from – no assessment or recommendation here.</translation>
    </message>
    <message>
        <source>Sundhedsfaglig rådgivning</source>
        <translation>Health advice</translation>
    </message>
    <message>
        <source>Den sundhedsfaglige rådgivning er lovpligtig i sager om fleksjob og førtidspension (lov 1750 af 29/12/2025). Skriv hvornår den blev givet, af hvem og hvad den gik ud på. Den må ikke afvente et samtykke.</source>
        <translation>Health advice is mandatory in flex job and disability pension cases (act 1750 of 29/12/2025). Write when it was given, by whom and what it said. It must not wait for a consent.</translation>
    </message>
    <message>
        <source>Dato for den sundhedsfaglige rådgivning</source>
        <translation>Date of the health advice</translation>
    </message>
    <message>
        <source>Rådgiver (navn og rolle, fx sundhedskoordinator eller Klinisk Funktion)</source>
        <translation>Adviser (name and role, e.g. health coordinator or Klinisk Funktion)</translation>
    </message>
    <message>
        <source>Hvad gik rådgivningen ud på?</source>
        <translation>What did the advice say?</translation>
    </message>
    <message>
        <source>Gengiv rådgivningen; vurder den ikke her.</source>
        <translation>Record the advice; do not assess it here.</translation>
    </message>
    <message>
        <source>Sundhedskoordinatoren gennemgik journal og LÆ 265; rådgav om skånehensyn ved smerter.</source>
        <translation>The health coordinator went through the records and LÆ 265; advised on accommodations for pain.</translation>
    </message>
    <message>
        <source>Tilskud til selvstændigt erhvervsdrivende</source>
        <translation>Subsidy for the self-employed</translation>
    </message>
    <message>
        <source>Fortsat ressourceforløb (borgeren er allerede i et)</source>
        <translation>Continued resource programme (the citizen is already in one)</translation>
    </message>
    <message>
        <source>Fortsat jobafklaringsforløb (borgeren er allerede i et)</source>
        <translation>Continued job clarification programme (the citizen is already in one)</translation>
    </message>
    <message>
        <source>Hvornår startede borgerens igangværende forløb?</source>
        <translation>When did the citizen&apos;s current programme start?</translation>
    </message>
    <message>
        <source>Kun borgere, der allerede er i et ressourceforløb eller jobafklaringsforløb, fortsætter i det.</source>
        <translation>Only citizens already in a resource or job clarification programme continue in it.</translation>
    </message>
    <message>
        <source>Forelægges sagen for rehabiliteringsteamet? (valgfrit)</source>
        <translation>Is the case put before the rehabilitation team? (optional)</translation>
    </message>
    <message>
        <source>Rehabiliteringsteamet er ikke længere lovpligtigt (lov 1750 af 29/12/2025); kommunen kan stadig forelægge en sag for det. Svar kun, hvis det er besluttet.</source>
        <translation>The rehabilitation team is no longer mandatory (act 1750 of 29/12/2025); the municipality may still put a case before it. Answer only if it has been decided.</translation>
    </message>
    <message>
        <source>Resultater fra virksomhedspraktik/arbejdsprøvning</source>
        <translation>Results of work placement/work trial</translation>
    </message>
    <message>
        <source>kan ikke læses: {reason}</source>
        <translation>cannot be read: {reason}</translation>
    </message>
    <message>
        <source>ugyldigt tal ({name})</source>
        <translation>invalid number ({name})</translation>
    </message>
    <message>
        <source>for dybt indlejret (højst {depth} niveauer)</source>
        <translation>nested too deeply (at most {depth} levels)</translation>
    </message>
    <message>
        <source>et tal er for langt</source>
        <translation>a number is too long</translation>
    </message>
    <message>
        <source>filen er for stor ({size} byte; højst {cap})</source>
        <translation>the file is too large ({size} bytes; at most {cap})</translation>
    </message>
    <message>
        <source>ikke et JSON-objekt</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>et tal er for stort</source>
        <translation>a number is too large</translation>
    </message>
    <message>
        <source>nøglen {key} står to gange</source>
        <translation>the key {key} appears twice</translation>
    </message>
    <message>
        <source>ikke gyldig UTF-8</source>
        <translation>not valid UTF-8</translation>
    </message>
    <message>
        <source>{section}: udfyld før underskrift: {fields}</source>
        <translation>{section}: fill in before signing: {fields}</translation>
    </message>
    <message>
        <source>{section} › {field}: {day} ligger efter underskriftsdagen ({signing})</source>
        <translation>{section} › {field}: {day} is after the day of signing ({signing})</translation>
    </message>
    <message>
        <source>{section} › {field}: {day} ligger før gennemgangens start ({start})</source>
        <translation>{section} › {field}: {day} is before the review started ({start})</translation>
    </message>
    <message>
        <source>Skabelon {version} er rettet (rettelse {revision}); gennemgangen bruger nu den rettede udgave.</source>
        <translation>Template {version} has been corrected (correction {revision}); the review now uses the corrected edition.</translation>
    </message>
    <message>
        <source>Dit svar er fjernet, vælg igen: {answer}</source>
        <translation>Your answer was removed, choose again: {answer}</translation>
    </message>
    <message>
        <source>{done} af {total}</source>
        <translation>{done} of {total}</translation>
    </message>
    <message>
        <source>ca. {minutes} min tilbage</source>
        <translation>about {minutes} min left</translation>
    </message>
    <message>
        <source>under 1 min tilbage</source>
        <translation>less than 1 min left</translation>
    </message>
    <message>
        <source>teksten indeholder et kontroltegn eller et tegn, der vender skriftretningen (U+{code})</source>
        <translation>the text contains a control character or a character that reverses the writing direction (U+{code})</translation>
    </message>
    <message>
        <source>{count} dublet sprunget over (kun den første række med et CPR-nummer importeres)</source>
        <translation>{count} duplicate skipped (only the first row with a CPR number is imported)</translation>
    </message>
    <message>
        <source>{count} dubletter sprunget over (kun den første række med et CPR-nummer importeres)</source>
        <translation>{count} duplicates skipped (only the first row with a CPR number is imported)</translation>
    </message>
    <message>
        <source>{count} CPR-nummer uden modulus 11-kontrol — tilladt siden 2007</source>
        <translation>{count} CPR number without the modulus 11 check — allowed since 2007</translation>
    </message>
    <message>
        <source>{count} CPR-numre uden modulus 11-kontrol — tilladt siden 2007</source>
        <translation>{count} CPR numbers without the modulus 11 check — allowed since 2007</translation>
    </message>
    <message>
        <source>{count} række: {reason}</source>
        <translation>{count} row: {reason}</translation>
    </message>
    <message>
        <source>{count} rækker: {reason}</source>
        <translation>{count} rows: {reason}</translation>
    </message>
    <message>
        <source>samme CPR-nummer som række {first_row}{same}</source>
        <translation>same CPR number as row {first_row}{same}</translation>
    </message>
    <message>
        <source> (identisk)</source>
        <translation> (identical)</translation>
    </message>
    <message>
        <source>Mødedatoen {date} kan ikke være rigtig: et møde skal ligge i år {year} eller senere</source>
        <translation>The meeting date {date} cannot be right: a meeting must be in {year} or later</translation>
    </message>
    <message>
        <source>Mødedatoen {date} ligger mere end {years} år ude i fremtiden; et møde kan planlægges til senest {latest}</source>
        <translation>The meeting date {date} is more than {years} years ahead; a meeting can be planned for {latest} at the latest</translation>
    </message>
    <message>
        <source>Navn skal udfyldes</source>
        <translation>Name must be filled in</translation>
    </message>
    <message>
        <source>Initialer skal være 2-6 bogstaver</source>
        <translation>Initials must be 2–6 letters</translation>
    </message>
    <message>
        <source>en PDF-fil</source>
        <translation>a PDF file</translation>
    </message>
    <message>
        <source>et billede (PNG)</source>
        <translation>a picture (PNG)</translation>
    </message>
    <message>
        <source>et billede (JPEG)</source>
        <translation>a picture (JPEG)</translation>
    </message>
    <message>
        <source>et billede (GIF)</source>
        <translation>a picture (GIF)</translation>
    </message>
    <message>
        <source>et Word-dokument (RTF)</source>
        <translation>a Word document (RTF)</translation>
    </message>
    <message>
        <source>en komprimeret fil (gzip)</source>
        <translation>a compressed file (gzip)</translation>
    </message>
    <message>
        <source>en komprimeret fil (7z)</source>
        <translation>a compressed file (7z)</translation>
    </message>
    <message>
        <source>en komprimeret fil (RAR)</source>
        <translation>a compressed file (RAR)</translation>
    </message>
    <message>
        <source>et Word-dokument (.docx)</source>
        <translation>a Word document (.docx)</translation>
    </message>
    <message>
        <source>en PowerPoint-præsentation</source>
        <translation>a PowerPoint presentation</translation>
    </message>
    <message>
        <source>et OpenDocument-dokument (gem det som .xlsx eller CSV)</source>
        <translation>an OpenDocument file (save it as .xlsx or CSV)</translation>
    </message>
    <message>
        <source>Filen er ikke et regneark, men {kind}. Vælg målgruppelisten som Excel (.xlsx) eller CSV.</source>
        <translation>The file is not a spreadsheet but {kind}. Choose the target list as Excel (.xlsx) or CSV.</translation>
    </message>
    <message>
        <source>Filen har kun overskrifter (række {row}) og ingen rækker med borgere</source>
        <translation>The file has only headings (row {row}) and no rows with citizens</translation>
    </message>
    <message>
        <source>startdatoen {date} ligger i fremtiden</source>
        <translation>the start date {date} is in the future</translation>
    </message>
    <message>
        <source>fristen {deadline} ligger før startdatoen {start}</source>
        <translation>the deadline {deadline} is before the start date {start}</translation>
    </message>
    <message>
        <source>en webside (HTML)</source>
        <translation>a web page (HTML)</translation>
    </message>
    <message>
        <source>en ZIP-fil</source>
        <translation>a ZIP file</translation>
    </message>
    <message>
        <source>Række {row} er tom eller findes ikke i filen</source>
        <translation>Row {row} is empty or not in the file</translation>
    </message>
    <message>
        <source>KLE-gruppen skal skrives som NN, NN.NN eller NN.NN.NN (fik {text})</source>
        <translation>The KLE group must be written as NN, NN.NN or NN.NN.NN (got {text})</translation>
    </message>
    <message>
        <source>filen findes ikke</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>ingen adgang til filen</source>
        <translation>no access to the file</translation>
    </message>
    <message>
        <source>det er en mappe, ikke en fil</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <source>en del af stien er ikke en mappe</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <source>stien går gennem for mange links</source>
        <translation>the path goes through too many links</translation>
    </message>
    <message>
        <source>læsefejl på drevet</source>
        <translation>read error on the drive</translation>
    </message>
    <message>
        <source>ingen plads tilbage på drevet</source>
        <translation>no space left on the drive</translation>
    </message>
    <message>
        <source>drevet er skrivebeskyttet</source>
        <translation>the drive is read-only</translation>
    </message>
    <message>
        <source>filnavnet er for langt</source>
        <translation>the file name is too long</translation>
    </message>
    <message>
        <source>filen findes allerede</source>
        <translation>the file already exists</translation>
    </message>
    <message>
        <source>drevet svarede ikke i tide</source>
        <translation>the drive did not answer in time</translation>
    </message>
    <message>
        <source>der er ingen fil bag navnet (en enhed eller et rør)</source>
        <translation>there is no file behind the name (a device or a pipe)</translation>
    </message>
    <message>
        <source>ikke gyldig JSON (linje {line}, kolonne {column})</source>
        <translation>not valid JSON (line {line}, column {column})</translation>
    </message>
    <message>
        <source>ikke gyldig tekst (forkert tegnkodning)</source>
        <translation>not valid text (wrong character encoding)</translation>
    </message>
    <message>
        <source>fejl fra styresystemet ({code})</source>
        <translation>error from the operating system ({code})</translation>
    </message>
    <message>
        <source>Skabelon {version} er rettet, siden gennemgangen blev åbnet; åbn den og se rettelsen, før den underskrives</source>
        <translation>Template {version} has been corrected since the review was opened; open it and see the correction before it is signed</translation>
    </message>
    <message>
        <source>Intet er underskrevet: {problems}. Gennemgangen er gemt; udfyld det, der mangler, og markér den klar til underskrift igen</source>
        <translation>Nothing was signed: {problems}. The review is saved; fill in what is missing and mark it ready to sign again</translation>
    </message>
    <message>
        <source>Skabelonen, der gælder {day}, har intet forum at forelægge sager for, så der holdes ingen møder den dag</source>
        <translation>The template in force on {day} has no forum to present cases to, so no meetings are held that day</translation>
    </message>
    <message>
        <source>stien går i ring gennem symbolske links</source>
        <translation>the path goes round in a loop of symbolic links</translation>
    </message>
    <message>
        <source>stien er for lang til styresystemet; vælg en kortere</source>
        <translation>the path is too long for the operating system; choose a shorter one</translation>
    </message>
    <message>
        <source>en del af stien er en fil, ikke en mappe</source>
        <translation>part of the path is a file, not a folder</translation>
    </message>
    <message>
        <source>det er en fil, ikke en mappe</source>
        <translation>it is a file, not a folder</translation>
    </message>
    <message>
        <source>{option} {path} kan ikke bruges: {reason}</source>
        <translation>{option} {path} cannot be used: {reason}</translation>
    </message>
    <message>
        <source>{parent} er en fil, ikke en mappe</source>
        <translation>{parent} is a file, not a folder</translation>
    </message>
    <message>
        <source>stien har et ugyldigt tegn</source>
        <translation>the path has an invalid character</translation>
    </message>
    <message>
        <source>postens underskrift er beskadiget (certifikatet eller værdien kan ikke læses)</source>
        <translation>the record&apos;s signature is damaged (the certificate or the value cannot be read)</translation>
    </message>
    <message>
        <source>Forkert adgangskode til signeringsnøglen</source>
        <translation>Wrong passphrase for the signing key</translation>
    </message>
    <message>
        <source>data efter den sidste ændring</source>
        <translation>data after the last change</translation>
    </message>
    <message>
        <source>filens valideringsdata viser, at certifikatet er tilbagekaldt</source>
        <translation>the file&apos;s validation data shows that the certificate has been revoked</translation>
    </message>
    <message>
        <source>filens egne valideringsdata fører ikke til en betroet organisation ({indication})</source>
        <translation>the file&apos;s own validation data does not lead to a trusted organisation ({indication})</translation>
    </message>
    <message>
        <source>filen er ikke en PDF</source>
        <translation>the file is not a PDF</translation>
    </message>
    <message>
        <source>Skriv en begrundelse for valget (--reason); den vises for hele teamet</source>
        <translation>Write a reason for the choice (--reason); the whole team sees it</translation>
    </message>
    <message>
        <source>Sag {case_key} har ikke flere gældende gennemgange at vælge imellem</source>
        <translation>Case {case_key} has no reviews in force to choose between</translation>
    </message>
    <message>
        <source>Gennemgang {valid} er ikke en af sagens gennemgange i konflikten (vælg en af: {keys})</source>
        <translation>Review {valid} is not one of the case&apos;s reviews in conflict (choose one of: {keys})</translation>
    </message>
    <message>
        <source>Sag {case_key} har ingen underskreven version {keys}</source>
        <translation>Case {case_key} has no signed version {keys}</translation>
    </message>
    <message>
        <source>Ukendt sagsnøgle: {case_key}</source>
        <translation>Unknown case key: {case_key}</translation>
    </message>
    <message>
        <source>Mødet ville vare over midnat: med start kl. {start} og {minutes} minutter pr. sag slutter allerede den første sag efter midnat</source>
        <translation>The meeting would last past midnight: starting at {start} with {minutes} minutes per case, even the first case ends after midnight</translation>
    </message>
    <message>
        <source>Sag {case_key} har flere gældende gennemgange (konflikt); en koordinator vælger den gældende, før sagen kan komme på et møde</source>
        <translation>Case {case_key} has more than one review in force (conflict); a coordinator chooses the one in force before the case can go on a meeting</translation>
    </message>
    <message>
        <source>Sag {case_key}: gennemgang {old} er ikke gældende (koordinatoren valgte {new})</source>
        <translation>Case {case_key}: review {old} is not in force (the coordinator chose {new})</translation>
    </message>
    <message>
        <source>Sag {case_key}: gennemgang {old} er erstattet af version {version} ({new}); brug den nyeste version</source>
        <translation>Case {case_key}: review {old} is replaced by version {version} ({new}); use the newest version</translation>
    </message>
    <message>
        <source>Sag {case_key}: gennemgangen er dateret {review_date}, efter mødet den {meeting_date}, og kan kun komme på et møde samme dag eller senere</source>
        <translation>Case {case_key}: the review is dated {review_date}, after the meeting on {meeting_date}, and can only go on a meeting that day or later</translation>
    </message>
    <message>
        <source>Sag {case_key} kan ikke komme på mødet den {meeting_date}: mødet ville vare over midnat (sagens tid ville slutte kl. {end} næste dag)</source>
        <translation>Case {case_key} cannot go on the meeting on {meeting_date}: the meeting would last past midnight (the case&apos;s slot would end at {end} the next day)</translation>
    </message>
    <message>
        <source>Kommunens regel gælder: KLE {kle}, kassation {years} år efter sagens sidste ændring (beslutning: {decision})</source>
        <translation>The municipality&apos;s rule applies: KLE {kle}, disposal {years} years after the case&apos;s last change (decision: {decision})</translation>
    </message>
    <message>
        <source>{sentence}; sager i andre KLE-grupper følger deres egen regel</source>
        <translation>{sentence}; cases in other KLE groups follow their own rule</translation>
    </message>
    <message>
        <source>KLE-gruppen skal skrives som NN, NN.NN eller NN.NN.NN (fik {kle})</source>
        <translation>The KLE group must be written as NN, NN.NN or NN.NN.NN (got {kle})</translation>
    </message>
    <message>
        <source>Reglen skal være bevaring eller kassation</source>
        <translation>The rule must be bevaring (keep) or kassation (dispose)</translation>
    </message>
    <message>
        <source>Kassation kræver antal år (mindst 1) efter sagens afslutning</source>
        <translation>Disposal needs a number of years (at least 1) after the case is closed</translation>
    </message>
    <message>
        <source>Bevaring har intet antal år: sagens data slettes ikke</source>
        <translation>Keeping has no number of years: the case&apos;s data is not deleted</translation>
    </message>
    <message>
        <source>Angiv beslutningens reference (fx journalnummer og dato)</source>
        <translation>Give the decision&apos;s reference (e.g. file number and date)</translation>
    </message>
    <message>
        <source>Ingen kommunal regel for bevaring og kassation er registreret; det angivne antal år gælder: afsluttede sager slettes {years} år efter sidste ændring</source>
        <translation>No municipal retention rule is recorded; the number of years given applies: closed cases are deleted {years} years after their last change</translation>
    </message>
    <message>
        <source>Ingen kommunal regel for bevaring og kassation er registreret; standarden i indstillingerne gælder: afsluttede sager slettes {years} år efter sidste ændring</source>
        <translation>No municipal retention rule is recorded; the default in the settings applies: closed cases are deleted {years} years after their last change</translation>
    </message>
    <message>
        <source>Kommunens regler for {groups} gælder; et antal år kan ikke vælges her</source>
        <translation>The municipality&apos;s rules for {groups} apply; a number of years cannot be chosen here</translation>
    </message>
    <message>
        <source>Kommunens regler gælder pr. KLE-gruppe ({groups}); ingen regel er standard, så sager uden KLE-gruppe slettes ikke</source>
        <translation>The municipality&apos;s rules apply per KLE group ({groups}); no rule is the default, so cases without a KLE group are not deleted</translation>
    </message>
    <message>
        <source>Kommunens regel for KLE {kle} gælder; et andet antal år end reglens kan ikke vælges her</source>
        <translation>The municipality&apos;s rule for KLE {kle} applies; a number of years other than the rule&apos;s cannot be chosen here</translation>
    </message>
    <message>
        <source>Kommunens regel gælder: KLE {kle}, bevaring: sagernes data slettes ikke (beslutning: {decision})</source>
        <translation>The municipality&apos;s rule applies: KLE {kle}, keep: the cases&apos; data is not deleted (decision: {decision})</translation>
    </message>
    <message>
        <source>gennemgang {key}: {problem}</source>
        <translation>review {key}: {problem}</translation>
    </message>
    <message>
        <source>Skriv hvorfor gennemgangen rettes; begrundelsen står i rettelsen</source>
        <translation>Write why the review is corrected; the reason is printed in the correction</translation>
    </message>
    <message>
        <source>Kun et åbent næste skridt kan rettes</source>
        <translation>Only an open next step can be edited</translation>
    </message>
    <message>
        <source>Der er ikke plads på disken til databasen; intet er gemt halvt. Frigør plads (eller bed IT om det), og prøv igen.</source>
        <translation>There is no room on the disk for the database; nothing was half-saved. Free some space (or ask IT to), and try again.</translation>
    </message>
    <message>
        <source>Databasen er skrivebeskyttet (filen eller datamappen), så intet kan gemmes. Kontrollér rettighederne til datamappen (eller bed IT om det), og prøv igen.</source>
        <translation>The database is read-only (the file or the data folder), so nothing can be saved. Check the permissions of the data folder (or ask IT to), and try again.</translation>
    </message>
    <message>
        <source>Databasen er optaget af et andet program (fx en anden kopi af Udsat Desktop eller en sikkerhedskopiering); intet er gemt halvt. Prøv igen om lidt.</source>
        <translation>The database is in use by another program (such as another copy of Udsat Desktop or a backup); nothing was half-saved. Try again in a moment.</translation>
    </message>
    <message>
        <source>Disken svarede med en fejl, da databasen skulle læses eller skrives; intet er gemt halvt. Prøv igen, og bed IT kontrollere disken, hvis det sker igen.</source>
        <translation>The disk reported an error while the database was read or written; nothing was half-saved. Try again, and ask IT to check the disk if it happens again.</translation>
    </message>
    <message>
        <source>ulæseligt hoved: {reason}</source>
        <translation>unreadable head: {reason}</translation>
    </message>
    <message>
        <source>Du har selv underskrevet {file}; medunderskriften skal være fra en anden gennemgåer (fire øjne)</source>
        <translation>You signed {file} yourself; the co-signature must be another reviewer&apos;s (four eyes)</translation>
    </message>
    <message>
        <source>{file} er ikke en PDF; kun en underskrevet sammenfatning kan medunderskrives</source>
        <translation>{file} is not a PDF; only a signed summary can be co-signed</translation>
    </message>
    <message>
        <source>{file} er allerede medunderskrevet; en sammenfatning har kun én medunderskrift</source>
        <translation>{file} is already co-signed; a summary has only one co-signature</translation>
    </message>
    <message>
        <source>{file} er ikke underskrevet; kun en underskrevet sammenfatning kan medunderskrives</source>
        <translation>{file} is not signed; only a signed summary can be co-signed</translation>
    </message>
    <message>
        <source>{file} kan ikke medunderskrives: {reason}</source>
        <translation>{file} cannot be co-signed: {reason}</translation>
    </message>
    <message>
        <source>{file} kan ikke medunderskrives: PDF&apos;en har ikke plads til en medunderskrift</source>
        <translation>{file} cannot be co-signed: the PDF has no room for a co-signature</translation>
    </message>
    <message>
        <source>der er ingen fællesmappe sat op</source>
        <translation>no shared folder is set up</translation>
    </message>
    <message>
        <source>Du er ikke koordinator på teamets holdliste og kan ikke afgøre en konflikt mellem gennemgange</source>
        <translation>You are not a coordinator on the team roster and cannot decide a conflict between reviews</translation>
    </message>
    <message>
        <source>Begrundelsen er for lang (højst {n} tegn)</source>
        <translation>The reason is too long (at most {n} characters)</translation>
    </message>
    <message>
        <source>filnavnet passer ikke til afgørelsen</source>
        <translation>the file name does not match the decision</translation>
    </message>
    <message>
        <source>afgørelsen nævner en anden koordinator end den, der underskrev</source>
        <translation>the decision names another coordinator than the one who signed it</translation>
    </message>
    <message>
        <source>afgørelsen hører til en anden fællesmappe</source>
        <translation>the decision belongs to another shared folder</translation>
    </message>
    <message>
        <source>ugyldig sagsnøgle i afgørelsen</source>
        <translation>invalid case key in the decision</translation>
    </message>
    <message>
        <source>afgørelsen er ufuldstændig</source>
        <translation>the decision is incomplete</translation>
    </message>
    <message>
        <source>afgørelsen har ingen begrundelse</source>
        <translation>the decision has no reason</translation>
    </message>
    <message>
        <source>afgørelsen afvist: {problem}</source>
        <translation>decision refused: {problem}</translation>
    </message>
    <message>
        <source>afgørelsen har ingen gyldig dato</source>
        <translation>the decision has no valid date</translation>
    </message>
    <message>
        <source>afgørelsen er ikke underskrevet af en koordinator på teamets holdliste</source>
        <translation>the decision is not signed by a coordinator on the team roster</translation>
    </message>
    <message>
        <source>filen er ikke et krav</source>
        <translation>the file is not a claim</translation>
    </message>
    <message>
        <source>underskriften har intet tidspunkt at holde gennemgangens dato op mod</source>
        <translation>the signature has no time to hold the review&apos;s date against</translation>
    </message>
    <message>
        <source>underskriften siger, at den er lavet {signed}, som ligger i fremtiden</source>
        <translation>the signature says it was made on {signed}, which is in the future</translation>
    </message>
    <message>
        <source>gennemgangen er dateret {day}, efter den blev underskrevet {signed}</source>
        <translation>the review is dated {day}, after it was signed on {signed}</translation>
    </message>
    <message>
        <source>holdliste version {version}, underskrevet af {signer}, fjerner dig som koordinator og er ikke taget i brug: er det aftalt, så bekræft med `udsat team confirm-roster {version}`; ellers tal med {signer} og teamet</source>
        <translation>roster version {version}, signed by {signer}, removes you as coordinator and has not been taken into use: if that was agreed, confirm with `udsat team confirm-roster {version}`; otherwise talk to {signer} and the team</translation>
    </message>
    <message>
        <source>teamets holdliste er ikke modtaget endnu</source>
        <translation>the team roster has not been received yet</translation>
    </message>
    <message>
        <source>ugyldig overdragelse i tildelingen</source>
        <translation>invalid handover in the assignment</translation>
    </message>
    <message>
        <source>gennemgangens dato kan ikke læses</source>
        <translation>the review&apos;s date cannot be read</translation>
    </message>
    <message>
        <source>{wrong}; gennemgangen tælles ikke</source>
        <translation>{wrong}; the review does not count</translation>
    </message>
    <message>
        <source>ingen på teamets holdliste kan læse filen</source>
        <translation>no one on the team roster can read the file</translation>
    </message>
    <message>
        <source>en fil ligger, hvor kravets mappe skal være</source>
        <translation>a file lies where the claim&apos;s folder belongs</translation>
    </message>
    <message>
        <source>underskriveren er tilbagekaldt, og underskriften er ikke vist at være fra før tilbagekaldelsen; gennemgangen tælles ikke</source>
        <translation>the signer is revoked, and the signature is not shown to be from before the revocation; the review is not counted</translation>
    </message>
    <message>
        <source>venter: teamets holdliste er ikke modtaget endnu, så der er ingen at kryptere til</source>
        <translation>waiting: the team roster has not been received yet, so there is no one to encrypt to</translation>
    </message>
    <message>
        <source>filen på fællesmappen er en anden end den, der blev indlæst og kontrolleret før; den kontrollerede udgave beholdes ({reason})</source>
        <translation>the file on the shared folder differs from the one ingested and checked before; the checked version is kept ({reason})</translation>
    </message>
    <message>
        <source>posten kan ikke læses: {reason}</source>
        <translation>the record cannot be read: {reason}</translation>
    </message>
    <message>
        <source>PDF&apos;en kan ikke læses: {reason}</source>
        <translation>the PDF cannot be read: {reason}</translation>
    </message>
    <message>
        <source>PDF&apos;en (resuméet) er beskadiget eller ulæselig: {problem}</source>
        <translation>the PDF (the summary) is damaged or unreadable: {problem}</translation>
    </message>
    <message>
        <source>underskriveren er ikke på teamets holdliste</source>
        <translation>the signer is not on the team&apos;s roster</translation>
    </message>
    <message>
        <source>underskriveren er tilbagekaldt fra teamet</source>
        <translation>the signer has been revoked from the team</translation>
    </message>
    <message>
        <source>dokumentet er ændret efter underskrift</source>
        <translation>the document was changed after signing</translation>
    </message>
    <message>
        <source>dokumentet er ikke underskrevet</source>
        <translation>the document is not signed</translation>
    </message>
    <message>
        <source>underskriften kunne ikke kontrolleres</source>
        <translation>the signature could not be checked</translation>
    </message>
    <message>
        <source>dokumentet er ikke intakt med en kendt underskriver</source>
        <translation>the document is not intact with a known signer</translation>
    </message>
    <message>
        <source>{why} ({detail})</source>
        <translation>{why} ({detail})</translation>
    </message>
    <message>
        <source>sag {case_key}: {old} er erstattet af version {version} ({new})</source>
        <translation>case {case_key}: {old} is replaced by version {version} ({new})</translation>
    </message>
    <message>
        <source>teamets holdliste er ikke modtaget, så der er ingen at kryptere mødepakken til; den er ikke lagt på fællesmappen</source>
        <translation>the team roster has not been received, so there is no one to encrypt the meeting packet to; it was not put on the shared folder</translation>
    </message>
    <message>
        <source>Mødet har en gennemgang, der er erstattet af en nyere version: {items}. Tag sagen af mødet og sæt den nyeste version på</source>
        <translation>The meeting holds a review that a newer version replaces: {items}. Take the case off the meeting and put the newest version on</translation>
    </message>
    <message>
        <source>Mødet har sager med flere gældende gennemgange (konflikt): {items}. Vælg den gældende gennemgang først (Team → Konflikter, eller udsat conflicts decide)</source>
        <translation>The meeting has cases with more than one review in force (conflict): {items}. Choose the review in force first (Team → Conflicts, or udsat conflicts decide)</translation>
    </message>
    <message>
        <source>{name} på fællesmappen er ufuldstændig og kunne ikke erstattes nu (den kan være ved at blive skrevet). Byg mødepakken igen, når filen har ligget urørt i {minutes} minutter; så gøres den færdig</source>
        <translation>{name} on the shared folder is incomplete and could not be replaced now (it may be being written). Build the meeting packet again when the file has been left untouched for {minutes} minutes; then it is completed</translation>
    </message>
    <message>
        <source>mappen {name}/ på fællesmappen er afvist: programmet laver ingen mappe med det navn her (kun år og måneder); {files} i den er ikke læst</source>
        <translation>the folder {name}/ on the shared folder is refused: the program makes no folder of that name here (only years and months); {files} in it were not read</translation>
    </message>
    <message>
        <source>{name} på fællesmappen er afvist: navnet er ikke en gennemgangs (R- og 12 tegn 0-9/A-F); filen er ikke læst</source>
        <translation>{name} on the shared folder is refused: the name is not a review&apos;s (R- and 12 characters 0-9/A-F); the file was not read</translation>
    </message>
    <message>
        <source>{name} på fællesmappen er afvist: den ligger ikke i en måneds mappe; filen er ikke læst</source>
        <translation>{name} on the shared folder is refused: it is not in a month&apos;s folder; the file was not read</translation>
    </message>
    <message>
        <source>{name} på fællesmappen er afvist: for stor ({size} byte; højst {cap}); filen er ikke læst</source>
        <translation>{name} on the shared folder is refused: too big ({size} bytes; at most {cap}); the file was not read</translation>
    </message>
    <message>
        <source>Teamets koordinatorer er ændret i holdliste version {version} (underskrevet af {signer}): {changes}</source>
        <translation>The team&apos;s coordinators changed in roster version {version} (signed by {signer}): {changes}</translation>
    </message>
    <message>
        <source>Der er ingen holdliste version {version}, der venter på din bekræftelse</source>
        <translation>No roster version {version} is waiting for your confirmation</translation>
    </message>
    <message>
        <source>holdlisten er afvist: den siger, at en anden har underskrevet den</source>
        <translation>the roster is refused: it says someone else signed it</translation>
    </message>
    <message>
        <source>holdlisten er afvist: den ændrer, hvem der er koordinator, men er underskrevet af {name}, som du ikke selv har godkendt som koordinator. Sammenlign koden med {name}s egen skærm, før du godkender med `udsat team trust-coordinator`</source>
        <translation>the roster is refused: it changes who is coordinator but is signed by {name}, whom you have not trusted as coordinator yourself. Compare the code with {name}&apos;s own screen before you trust them with `udsat team trust-coordinator`</translation>
    </message>
    <message>
        <source>den underskrevne udgave er ikke i det lokale lager</source>
        <translation>the signed copy is not in the local store</translation>
    </message>
    <message>
        <source>ugyldige poster</source>
        <translation>invalid entries</translation>
    </message>
    <message>
        <source>ikke underskrevet af {user_id}</source>
        <translation>not signed by {user_id}</translation>
    </message>
    <message>
        <source>passer ikke til sit filnavn</source>
        <translation>does not match its file name</translation>
    </message>
    <message>
        <source>ugyldige felter</source>
        <translation>invalid fields</translation>
    </message>
    <message>
        <source>hovedet passer ikke til posterne</source>
        <translation>the head does not match the entries</translation>
    </message>
    <message>
        <source>ikke en mappe</source>
        <translation>not a folder</translation>
    </message>
    <message>
        <source>gennemgangen er offentliggjort, men mangler på fællesmappen</source>
        <translation>the review was published but is missing from the shared folder</translation>
    </message>
    <message>
        <source>{reason}; den retter {older}, som ellers står som den gældende udgave</source>
        <translation>{reason}; it corrects {older}, which otherwise stands as the current version</translation>
    </message>
    <message>
        <source>posterne følger ikke hinanden</source>
        <translation>the entries do not follow each other</translation>
    </message>
    <message>
        <source>ugyldigt id i listen</source>
        <translation>invalid id in the list</translation>
    </message>
    <message>
        <source>ugyldigt tidspunkt i listen</source>
        <translation>invalid time in the list</translation>
    </message>
    <message>
        <source>kæden af poster passer ikke (ændret efter underskrift)</source>
        <translation>the chain of entries does not match (changed after signing)</translation>
    </message>
    <message>
        <source>listen er afvist: den forlænger ikke den liste, der allerede er modtaget (afkortet eller skrevet om)</source>
        <translation>the list is refused: it does not extend the list already received (shortened or rewritten)</translation>
    </message>
    <message>
        <source>ikke et stykke af listen</source>
        <translation>not a piece of the list</translation>
    </message>
    <message>
        <source>under id&apos;et er indlæst et andet indhold end det, medlemmet offentliggjorde</source>
        <translation>other content than what the member published was loaded under the id</translation>
    </message>
    <message>
        <source>filerne ligger på fællesmappen, men kunne ikke indlæses (se problemerne)</source>
        <translation>the files are on the shared folder but could not be loaded (see the problems)</translation>
    </message>
    <message>
        <source>ugyldig sti i listen</source>
        <translation>invalid path in the list</translation>
    </message>
    <message>
        <source>ugyldig hash i listen</source>
        <translation>invalid hash in the list</translation>
    </message>
    <message>
        <source>dette stykke af listen passer ikke med den liste, der allerede er modtaget (listen er afkortet eller skrevet om)</source>
        <translation>this piece of the list does not match the list already received (the list was shortened or rewritten)</translation>
    </message>
    <message>
        <source>listen er afvist: {why}</source>
        <translation>the list is refused: {why}</translation>
    </message>
    <message>
        <source>poster {first}–{last} af listen over det offentliggjorte mangler på fællesmappen</source>
        <translation>entries {first}–{last} of the list of published work are missing from the shared folder</translation>
    </message>
    <message>
        <source>listen kan ikke læses: {why}</source>
        <translation>the list cannot be read: {why}</translation>
    </message>
    <message>
        <source>kan ikke lægges på fællesmappen igen: {why}</source>
        <translation>cannot be put on the shared folder again: {why}</translation>
    </message>
    <message>
        <source>Koden passer ikke til anmodningen fra {user_id}: anmodningen er ikke godkendt. Bed kollegaen læse koden op fra sin egen skærm.</source>
        <translation>The code does not match the request from {user_id}: the request is not approved. Ask your colleague to read the code aloud from their own screen.</translation>
    </message>
    <message>
        <source>Anmodningen fra {user_id} har ingen nye nøgler at godkende; navn og rolle overtages aldrig fra en anmodning (en koordinator ændrer en rolle med `udsat team role`)</source>
        <translation>The request from {user_id} has no new keys to approve; a name and a role are never taken from a request (a coordinator changes a role with `udsat team role`)</translation>
    </message>
    <message>
        <source>Ukendt rolle: {role} (reviewer eller coordinator)</source>
        <translation>Unknown role: {role} (reviewer or coordinator)</translation>
    </message>
    <message>
        <source>{user_id} er tilbagekaldt</source>
        <translation>{user_id} is revoked</translation>
    </message>
    <message>
        <source>Du kan ikke ændre din egen rolle</source>
        <translation>You cannot change your own role</translation>
    </message>
    <message>
        <source>{user_id} har allerede rollen {role}</source>
        <translation>{user_id} already has the role {role}</translation>
    </message>
    <message>
        <source>{path} er ikke teamets fællesmappe: mærkefilen er en anden end den, programmet synkroniserer med, og ingen koordinator, du har godkendt, har underskrevet den i holdlisten. Den er ikke taget i brug. Er teamets fællesmappe flyttet, så tal med koordinatoren.</source>
        <translation>{path} is not the team&apos;s shared folder: its marker is not the one this program syncs with, and no coordinator you have trusted has signed it in the roster. It has not been taken into use. If the team&apos;s shared folder has moved, talk to the coordinator.</translation>
    </message>
    <message>
        <source>ny: {names}</source>
        <translation>new: {names}</translation>
    </message>
    <message>
        <source>ikke længere: {names}</source>
        <translation>no longer: {names}</translation>
    </message>
    <message>
        <source>holdliste version {version}, underskrevet af {signer}, fjerner dig som koordinator. Den er ikke taget i brug: er det aftalt, så bekræft med `udsat team confirm-roster {version}`; ellers tal med {signer} og teamet</source>
        <translation>roster version {version}, signed by {signer}, removes you as coordinator. It has not been taken into use: if this was agreed, confirm with `udsat team confirm-roster {version}`; otherwise talk to {signer} and the team</translation>
    </message>
    <message>
        <source>ugyldigt id for fællesmappen</source>
        <translation>invalid shared-folder id</translation>
    </message>
    <message>
        <source>Når samtykket »{purpose}« er {status}, skal en note sige, hvad det betyder for sagen: {outcome}</source>
        <translation>When the consent “{purpose}” is {status}, a note must say what it means for the case: {outcome}</translation>
    </message>
    <message>
        <source>kendt: afvist før og uændret siden, ikke læst igen</source>
        <translation>known: refused before and unchanged since, not read again</translation>
    </message>
    <message>
        <source>filer</source>
        <translation>files</translation>
    </message>
    <message>
        <source>{name} på fællesmappen er afvist: navnet er ikke en tildelings; filen er ikke læst</source>
        <translation>{name} on the shared folder is refused: the name is not an assignment&apos;s; the file was not read</translation>
    </message>
    <message>
        <source>{name} på fællesmappen er afvist: navnet er ikke en afgørelses (D-, tid og 8 tegn 0-9/a-f); filen er ikke læst</source>
        <translation>{name} on the shared folder is refused: the name is not a decision&apos;s (D-, time and 8 characters 0-9/a-f); the file was not read</translation>
    </message>
    <message>
        <source>kendt: afvist før; ikke set efter i denne kørsel, det sker i en af de næste</source>
        <translation>known: refused before; not looked at again in this run, one of the next runs will</translation>
    </message>
    <message>
        <source>{files} i {folder}/ er ikke læst i denne kørsel (kun et begrænset antal læses pr. mappe og pr. kørsel); resten læses ved de næste kørsler</source>
        <translation>{files} in {folder}/ were not read in this run (only a limited number are read per folder and per run); the rest are read by the next runs</translation>
    </message>
    <message>
        <source>Holdlisten (version {version}) er gemt, men kunne ikke lægges på fællesmappen: {reason}. Den lægges der ved næste synkronisering.</source>
        <translation>The team roster (version {version}) is saved but could not be put on the shared folder: {reason}. It will be put there at the next sync.</translation>
    </message>
    <message>
        <source>holdlisten er afvist: det er en mappe, ikke en fil</source>
        <translation>the roster is refused: it is a folder, not a file</translation>
    </message>
    <message>
        <source>ingen modtagere at kryptere til</source>
        <translation>no recipients to encrypt to</translation>
    </message>
    <message>
        <source>for mange modtagere</source>
        <translation>too many recipients</translation>
    </message>
    <message>
        <source>ikke en krypteret fil</source>
        <translation>not an encrypted file</translation>
    </message>
    <message>
        <source>beskadiget fil (hovedet)</source>
        <translation>damaged file (the header)</translation>
    </message>
    <message>
        <source>filen er ikke krypteret til dig (din nøgle er ikke blandt modtagerne)</source>
        <translation>the file is not encrypted to you (your key is not among its recipients)</translation>
    </message>
    <message>
        <source>filen er krypteret til et andet sted på fællesmappen</source>
        <translation>the file is encrypted for another place on the shared folder</translation>
    </message>
    <message>
        <source>filen er krypteret som en anden slags fil</source>
        <translation>the file is encrypted as another kind of file</translation>
    </message>
    <message>
        <source>filen er ændret eller beskadiget (krypteringen passer ikke)</source>
        <translation>the file has been changed or damaged (the encryption does not match)</translation>
    </message>
    <message>
        <source>fællesmappen ligger på et {kind}-drev, hvor krav på sager ikke kan afgøres sikkert (to kolleger kan begge få sagen); krav lægges ikke på fællesmappen herfra, men venter lokalt. Bed IT om at tilknytte drevet som et almindeligt netværksdrev</source>
        <translation>the shared folder is on a {kind} drive, where claims on cases cannot be decided safely (two colleagues could both get the case); claims are not put on the shared folder from here but wait locally. Ask IT to map the drive as an ordinary network drive</translation>
    </message>
    <message>
        <source>fællesmappen svarede ikke inden for {seconds} sekund (netværksdrevet hænger?)</source>
        <translation>the shared folder did not answer within {seconds} second (is the network drive hanging?)</translation>
    </message>
    <message>
        <source>tom eller ufuldstændig</source>
        <translation>empty or incomplete</translation>
    </message>
    <message>
        <source>ikke en mærkefil fra dette program</source>
        <translation>not a marker file from this program</translation>
    </message>
    <message>
        <source>{path} er ikke fællesmappen (mærkefilen .udsat-share mangler). Er netværksdrevet forbundet, og er det den rigtige mappe? En fællesmappe sættes kun op én gang, af koordinatoren.</source>
        <translation>{path} is not the shared folder (the marker file .udsat-share is missing). Is the network drive connected, and is it the right folder? A shared folder is set up only once, by the coordinator.</translation>
    </message>
    <message>
        <source>{path} er ikke teamets fællesmappe: mærkefilen passer ikke til den fællesmappe, koordinatoren har underskrevet i holdlisten. Intet er sendt dertil, og udbakken er urørt. Tal med koordinatoren.</source>
        <translation>{path} is not the team&apos;s shared folder: its marker does not match the shared folder the coordinator signed in the roster. Nothing was sent there, and the outbox is untouched. Talk to the coordinator.</translation>
    </message>
    <message>
        <source>{path} kan ikke bruges som fællesmappe: mærkefilen .udsat-share er tom eller ufuldstændig. Det sker, når en maskine går ned, mens filen bliver skrevet, og betyder ikke, at nogen har ændret den. Tal med koordinatoren, så den bliver sat op igen med fællesmappens id.</source>
        <translation>{path} cannot be used as the shared folder: the marker file .udsat-share is empty or incomplete. That happens when a machine goes down while the file is being written, and does not mean that anyone has changed it. Talk to the coordinator so that it is set up again with the shared folder&apos;s id.</translation>
    </message>
    <message>
        <source>{path} kan ikke bruges som fællesmappe: mærkefilen .udsat-share er afvist ({why}). Nogen har ændret eller erstattet den; tal med koordinatoren.</source>
        <translation>{path} cannot be used as the shared folder: the marker file .udsat-share is refused ({why}). Someone has changed or replaced it; talk to the coordinator.</translation>
    </message>
    <message>
        <source>{path} har ingen mærkefil (.udsat-share), og programmet har hidtil synkroniseret med en anden fællesmappe. Er netværksdrevet forbundet? Skal teamet virkelig have en ny fællesmappe, så kør `udsat config --share {path} --new-share`.</source>
        <translation>{path} has no marker file (.udsat-share), and the program has so far synced with another shared folder. Is the network drive connected? If the team really needs a new shared folder, run `udsat config --share {path} --new-share`.</translation>
    </message>
    <message>
        <source>ulæselig: {reason}</source>
        <translation>unreadable: {reason}</translation>
    </message>
    <message>
        <source>ikke en mærkefil fra dette program: {reason}</source>
        <translation>not a marker file of this program: {reason}</translation>
    </message>
    <message>
        <source>forkert felttype</source>
        <translation>wrong field type</translation>
    </message>
    <message>
        <source>Fingeraftrykket skal være mindst 20 hexcifre (som koden på skærmen: fem grupper af fire)</source>
        <translation>The fingerprint must have at least 20 hex digits (like the code on screen: five groups of four)</translation>
    </message>
    <message>
        <source>filen er for stor</source>
        <translation>the file is too large</translation>
    </message>
    <message>
        <source>forkert filtype</source>
        <translation>wrong kind of file</translation>
    </message>
    <message>
        <source>ugyldig base64</source>
        <translation>invalid base64</translation>
    </message>
    <message>
        <source>ikke gyldig JSON</source>
        <translation>not valid JSON</translation>
    </message>
    <message>
        <source>underskriften passer ikke (ændret eller forfalsket)</source>
        <translation>the signature does not match (changed or forged)</translation>
    </message>
    <message>
        <source>Tilskud til selvstændigt erhvervsdrivende (LAB kap. 20)</source>
        <translation>Subsidy for self-employed persons (LAB ch. 20)</translation>
    </message>
    <message>
        <source>Socialmedicinsk vurdering / speciallægeattest (Klinisk Funktion)</source>
        <translation>Social-medical assessment / specialist certificate (Klinisk Funktion)</translation>
    </message>
    <message>
        <source>Sundhedskoordinatorens kontakt til egen læge (sundhedsloven § 43)</source>
        <translation>The health coordinator&apos;s contact with the GP (sundhedsloven § 43)</translation>
    </message>
    <message>
        <source>Behandling for stofmisbrug (SEL § 101)</source>
        <translation>Drug abuse treatment (SEL § 101)</translation>
    </message>
    <message>
        <source>Alkoholbehandling (sundhedsloven § 141)</source>
        <translation>Alcohol treatment (sundhedsloven § 141)</translation>
    </message>
    <message>
        <source>Helhedsorienteret plan (LAB § 40, stk. 3)</source>
        <translation>Holistic plan (LAB § 40(3))</translation>
    </message>
    <message>
        <source>Indhentning af oplysninger fra læger, sygehuse og arbejdsgivere (retssikkerhedsloven § 11 a)</source>
        <translation>Obtaining information from doctors, hospitals and employers (retssikkerhedsloven § 11 a)</translation>
    </message>
    <message>
        <source>Behandling som led i myndighedsudøvelse (databeskyttelsesforordningen art. 6, stk. 1, litra e, og art. 9 med databeskyttelsesloven)</source>
        <translation>Processing in the exercise of official authority (GDPR art. 6(1)(e) and art. 9 with the Danish Data Protection Act)</translation>
    </message>
    <message>
        <source>Skal udfyldes</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Skal være et tal</source>
        <translation>Must be a number</translation>
    </message>
    <message>
        <source>Mindst {number} {unit}</source>
        <translation>At least {number} {unit}</translation>
    </message>
    <message>
        <source>Mindst {number}</source>
        <translation>At least {number}</translation>
    </message>
    <message>
        <source>Højst {number} {unit}</source>
        <translation>At most {number} {unit}</translation>
    </message>
    <message>
        <source>Højst {number}</source>
        <translation>At most {number}</translation>
    </message>
    <message>
        <source>Vælg en af mulighederne</source>
        <translation>Choose one of the options</translation>
    </message>
    <message>
        <source>Ugyldig dato (brug dd.mm.åååå)</source>
        <translation>Invalid date (use dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>Ukendt valgmulighed</source>
        <translation>Unknown option</translation>
    </message>
    <message>
        <source>Vælg ja eller nej</source>
        <translation>Choose yes or no</translation>
    </message>
    <message>
        <source>Ugyldig gruppe</source>
        <translation>Invalid group</translation>
    </message>
    <message>
        <source>{item} {number}, {field}: {problem}</source>
        <translation>{item} {number}, {field}: {problem}</translation>
    </message>
    <message>
        <source>»{step}« kan ikke oprettes: samtykket »{purpose}« er {status}.</source>
        <translation>“{step}” cannot be created: the consent “{purpose}” is {status}.</translation>
    </message>
    <message>
        <source>»{step}« kræver samtykke: {purpose}. Registrér samtykket først.</source>
        <translation>“{step}” requires consent: {purpose}. Record the consent first.</translation>
    </message>
    <message>
        <source>»{step}« kræver skriftligt samtykke: {purpose}.</source>
        <translation>“{step}” requires written consent: {purpose}.</translation>
    </message>
    <message>
        <source>Samtykket »{purpose}« er udløbet.</source>
        <translation>The consent “{purpose}” has expired.</translation>
    </message>
    <message>
        <source>Kræver skriftligt samtykke</source>
        <translation>Requires written consent</translation>
    </message>
    <message>
        <source>Udløbsdatoen ligger før samtykkedatoen</source>
        <translation>The expiry date is before the consent date</translation>
    </message>
    <message>
        <source>no CPR century digit for {year}</source>
        <translation>no CPR century digit for {year}</translation>
    </message>
    <message>
        <source>CPR-nummer mangler</source>
        <translation>CPR number missing</translation>
    </message>
    <message>
        <source>CPR-nummeret må kun indeholde cifre ({masked_raw})</source>
        <translation>The CPR number may only contain digits ({masked_raw})</translation>
    </message>
    <message>
        <source>CPR-nummeret skal have 10 cifre, fandt {digits_count}</source>
        <translation>The CPR number must have 10 digits, found {digits_count}</translation>
    </message>
    <message>
        <source>CPR-nummerets fødselsdato ligger i fremtiden</source>
        <translation>The CPR number&apos;s date of birth is in the future</translation>
    </message>
    <message>
        <source>CPR-nummerets fødselsdato findes ikke ({digits}.{digits2}.{digits3})</source>
        <translation>The CPR number&apos;s date of birth does not exist ({digits}.{digits2}.{digits3})</translation>
    </message>
    <message>
        <source>ugyldig dato: {text} (brug fx 01-05-2025 eller 01.05.2025)</source>
        <translation>invalid date: {text} (use e.g. 01-05-2025 or 01.05.2025)</translation>
    </message>
    <message>
        <source>ugyldig ja/nej-værdi: {value} (brug Ja, Nej, x eller tom)</source>
        <translation>invalid yes/no value: {value} (use Ja, Nej, x or empty)</translation>
    </message>
    <message>
        <source>ugyldig dato: {value}</source>
        <translation>invalid date: {value}</translation>
    </message>
    <message>
        <source>ugyldig procent: {value}</source>
        <translation>invalid percentage: {value}</translation>
    </message>
    <message>
        <source>procent skal ligge mellem 0 og 100, fandt {number}</source>
        <translation>percentage must be between 0 and 100, found {number}</translation>
    </message>
    <message>
        <source>procent er ikke et tal: {value}</source>
        <translation>percentage is not a number: {value}</translation>
    </message>
    <message>
        <source>datoen findes ikke: {text}</source>
        <translation>the date does not exist: {text}</translation>
    </message>
    <message>
        <source>Excel-filen {name} indlæses ikke: {reason}.</source>
        <translation>The Excel file {name} is not imported: {reason}.</translation>
    </message>
    <message>
        <source>Filen {name} er for stor til en målgruppeliste ({mb} MB; højst {limit} MB).</source>
        <translation>The file {name} is too large for a target list ({mb} MB; at most {limit} MB).</translation>
    </message>
    <message>
        <source>Filen {name} angiver {rows} rækker og {columns} kolonner; en målgruppeliste må højst have {max_rows} rækker og {max_columns} kolonner.</source>
        <translation>The file {name} declares {rows} rows and {columns} columns; a target list may have at most {max_rows} rows and {max_columns} columns.</translation>
    </message>
    <message>
        <source>Filen {name} har mere end {max_rows} rækker; det er ikke en målgruppeliste.</source>
        <translation>The file {name} has more than {max_rows} rows; it is not a target list.</translation>
    </message>
    <message>
        <source>navnet indeholder et kontroltegn eller et tegn, der vender skriftretningen (U+{code})</source>
        <translation>the name contains a control character or a character that reverses the writing direction (U+{code})</translation>
    </message>
    <message>
        <source>Række {row} i {name} har {count} kolonner; højst {max_columns} er tilladt.</source>
        <translation>Row {row} in {name} has {count} columns; at most {max_columns} are allowed.</translation>
    </message>
    <message>
        <source>En celle i række {row} i {name} har {count} tegn; højst {max_chars} er tilladt.</source>
        <translation>A cell in row {row} in {name} has {count} characters; at most {max_chars} are allowed.</translation>
    </message>
    <message>
        <source>for mange dele i filen</source>
        <translation>too many parts in the file</translation>
    </message>
    <message>
        <source>den fylder for meget udpakket</source>
        <translation>it is too large unpacked</translation>
    </message>
    <message>
        <source>den er pakket usædvanligt tæt (en zip-bombe?)</source>
        <translation>it is packed unusually densely (a zip bomb?)</translation>
    </message>
    <message>
        <source>Excel-filen {name} indeholder en XML-konstruktion (DTD), som en .xlsx-fil aldrig har, og indlæses ikke.</source>
        <translation>The Excel file {name} contains an XML construct (DTD) that an .xlsx file never has, and is not imported.</translation>
    </message>
    <message>
        <source>Adgangskoden skal have mindst {minimum} tegn (fx tre-fire almindelige ord med bindestreg imellem).</source>
        <translation>The passphrase must have at least {minimum} characters (for example three or four ordinary words joined by hyphens).</translation>
    </message>
    <message>
        <source>Demo-databasens adgangskode er offentlig og må kun bruges til demo-data. Vælg en anden.</source>
        <translation>The demo database&apos;s passphrase is public and may only be used for demo data. Choose another one.</translation>
    </message>
    <message>
        <source>Adgangskoden er for almindelig og gættes let (den står på lister over lækkede adgangskoder). Vælg en længere sætning, som kun du kender.</source>
        <translation>The passphrase is too common and easy to guess (it is on lists of leaked passwords). Choose a longer sentence that only you know.</translation>
    </message>
    <message>
        <source>Kun en koordinator kan {what}.</source>
        <translation>Only a coordinator can {what}.</translation>
    </message>
    <message>
        <source>Filen findes ikke: {name}</source>
        <translation>The file does not exist: {name}</translation>
    </message>
    <message>
        <source>Det er ikke en fil: {name}</source>
        <translation>It is not a file: {name}</translation>
    </message>
    <message>
        <source>Filen {name} kan ikke læses: {strerror}</source>
        <translation>The file {name} cannot be read: {strerror}</translation>
    </message>
    <message>
        <source>Det gamle Excel-format (.xls) kan ikke læses. Gem filen som .xlsx eller CSV.</source>
        <translation>The old Excel format (.xls) cannot be read. Save the file as .xlsx or CSV.</translation>
    </message>
    <message>
        <source>Filen ser ikke ud som en tekst- eller Excel-fil (binære data)</source>
        <translation>The file does not look like a text or Excel file (binary data)</translation>
    </message>
    <message>
        <source>Filen er tom</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <source>Filen indeholder ingen rækker</source>
        <translation>The file contains no rows</translation>
    </message>
    <message>
        <source>Der er ingen kolonne med CPR-nummer</source>
        <translation>There is no column with the CPR number</translation>
    </message>
    <message>
        <source>Der er ingen kolonne med navn (Navn eller Fornavn og Efternavn)</source>
        <translation>There is no column with the name (Navn, or Fornavn and Efternavn)</translation>
    </message>
    <message>
        <source>ukendt prioritet: {text} (brug Høj, Normal eller Lav)</source>
        <translation>unknown priority: {text} (use Høj, Normal or Lav)</translation>
    </message>
    <message>
        <source>Filens tegnsæt kan ikke genkendes</source>
        <translation>The file&apos;s character set cannot be recognised</translation>
    </message>
    <message>
        <source>CSV-filen kan ikke læses efter linje {last_line}: {exc}</source>
        <translation>The CSV file cannot be read after line {last_line}: {exc}</translation>
    </message>
    <message>
        <source>Excel-filen {name} kan ikke åbnes (beskadiget eller ikke en .xlsx-fil): {error}</source>
        <translation>The Excel file {name} cannot be opened (damaged or not an .xlsx file): {error}</translation>
    </message>
    <message>
        <source>Excel-filen {name} er beskadiget og kan ikke læses færdig: {error}</source>
        <translation>The Excel file {name} is damaged and cannot be read to the end: {error}</translation>
    </message>
    <message>
        <source>Ukendt felt i kolonneopsætningen: {key}</source>
        <translation>Unknown field in the column mapping: {key}</translation>
    </message>
    <message>
        <source>Kolonnen »{header}« findes ikke i filen</source>
        <translation>The column “{header}” is not in the file</translation>
    </message>
    <message>
        <source>Kolonneopsætning skal skrives felt=Kolonne, fandt »{part}«</source>
        <translation>A column mapping is written field=Column, found “{part}”</translation>
    </message>
    <message>
        <source>navn mangler</source>
        <translation>name missing</translation>
    </message>
    <message>
        <source>CPR-nummeret opfylder ikke modulus 11-kontrollen (tilladt siden 2007)</source>
        <translation>The CPR number does not pass the modulus 11 check (allowed since 2007)</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Underskriften er lavet med en selvudstedt nøgle uden spærretjeneste og kan ikke valideres på lang sigt; brug en nøgle fra organisationen</source>
        <translation>The signature was made with a self-issued key without a revocation service and cannot be validated in the long term; use a key from the organisation</translation>
    </message>
    <message>
        <source>Filen er ikke underskrevet</source>
        <translation>The file is not signed</translation>
    </message>
    <message>
        <source>Filen kan ikke læses som PDF</source>
        <translation>The file cannot be read as a PDF</translation>
    </message>
    <message>
        <source>Valideringsdata kunne ikke hentes ({error}); prøv igen, når der er forbindelse til organisationens spærretjeneste og tidsstemplingsserveren</source>
        <translation>Validation data could not be fetched ({error}); try again when the organisation&apos;s revocation service and the timestamp server can be reached</translation>
    </message>
    <message>
        <source>Mødet har ingen sager endnu</source>
        <translation>The meeting has no cases yet</translation>
    </message>
    <message>
        <source>Der mangler en underskreven sammenfatning</source>
        <translation>A signed summary is missing</translation>
    </message>
    <message>
        <source>Der findes allerede en signeringsnøgle</source>
        <translation>A signing key already exists</translation>
    </message>
    <message>
        <source>Nøglefilen skal indeholde både en privat nøgle og et certifikat</source>
        <translation>The key file must contain both a private key and a certificate</translation>
    </message>
    <message>
        <source>Nøgletypen understøttes ikke (kun RSA og ECDSA)</source>
        <translation>The key type is not supported (only RSA and ECDSA)</translation>
    </message>
    <message>
        <source>Certifikatet i nøglefilen er ikke gyldigt nu (udløbet eller endnu ikke gyldigt)</source>
        <translation>The certificate in the key file is not valid now (expired or not yet valid)</translation>
    </message>
    <message>
        <source>Nøglefilen indeholder intet certifikat</source>
        <translation>The key file contains no certificate</translation>
    </message>
    <message>
        <source>Nøglefilen kan ikke læses: {strerror}</source>
        <translation>The key file cannot be read: {strerror}</translation>
    </message>
    <message>
        <source>Forkert adgangskode til nøglefilen, eller filen er ikke en PKCS#12-fil (.p12/.pfx)</source>
        <translation>Wrong passphrase for the key file, or the file is not a PKCS#12 file (.p12/.pfx)</translation>
    </message>
    <message>
        <source>Certifikatet må ikke bruges til underskrift (nøglebrug)</source>
        <translation>The certificate may not be used for signing (key usage)</translation>
    </message>
    <message>
        <source>Der er ingen signeringsnøgle endnu</source>
        <translation>There is no signing key yet</translation>
    </message>
    <message>
        <source>Tidsstemplingsserveren svarer ikke ({timestamp_url}): {error}. Prøv igen, eller fjern tidsstempling i indstillingerne.</source>
        <translation>The timestamp server does not answer ({timestamp_url}): {error}. Try again, or turn off timestamping in the settings.</translation>
    </message>
    <message>
        <source>Signeringsnøglen kan ikke indlæses</source>
        <translation>The signing key cannot be loaded</translation>
    </message>
    <message>
        <source>posten er ikke underskrevet</source>
        <translation>the record is not signed</translation>
    </message>
    <message>
        <source>posten er ændret efter underskrift</source>
        <translation>the record was changed after signing</translation>
    </message>
    <message>
        <source>postens underskrift er ufuldstændig</source>
        <translation>the record&apos;s signature is incomplete</translation>
    </message>
    <message>
        <source>ukendt nøgletype</source>
        <translation>unknown key type</translation>
    </message>
    <message>
        <source>indholdet passer ikke til underskriften</source>
        <translation>the content does not match the signature</translation>
    </message>
    <message>
        <source>underskriften dækker ikke hele dokumentet</source>
        <translation>the signature does not cover the whole document</translation>
    </message>
    <message>
        <source>en senere ændring, som ikke er en underskrift</source>
        <translation>a later change that is not a signature</translation>
    </message>
    <message>
        <source>data efter den sidste underskrift</source>
        <translation>data after the last signature</translation>
    </message>
    <message>
        <source>underskriften er beskadiget</source>
        <translation>the signature is damaged</translation>
    </message>
    <message>
        <source>underskriftens type er ukendt eller beskadiget</source>
        <translation>the signature&apos;s type is unknown or damaged</translation>
    </message>
    <message>
        <source>en senere ændring af indholdet</source>
        <translation>a later change of the content</translation>
    </message>
    <message>
        <source>en senere underskrift ændrede også indholdet</source>
        <translation>a later signature also changed the content</translation>
    </message>
    <message>
        <source>tidsstemplet er ikke intakt</source>
        <translation>the timestamp is not intact</translation>
    </message>
    <message>
        <source>fejl under kontrollen</source>
        <translation>error while checking</translation>
    </message>
    <message>
        <source>en senere underskrift er ikke fra et medlem af teamet</source>
        <translation>a later signature is not by a member of the team</translation>
    </message>
    <message>
        <source>filen kan ikke læses som PDF</source>
        <translation>the file cannot be read as a PDF</translation>
    </message>
    <message>
        <source>Loggen er brudt ved post {entry_id}; der slettes intet</source>
        <translation>The log is broken at entry {entry_id}; nothing is deleted</translation>
    </message>
    <message>
        <source>ukendt sag</source>
        <translation>unknown case</translation>
    </message>
    <message>
        <source>Sagen findes ikke</source>
        <translation>The case does not exist</translation>
    </message>
    <message>
        <source>Der findes allerede en brugerprofil i denne database</source>
        <translation>This database already has a user profile</translation>
    </message>
    <message>
        <source>Databasen kan ikke åbnes: {exc}</source>
        <translation>The database cannot be opened: {exc}</translation>
    </message>
    <message>
        <source>Der findes allerede en database i datamappen</source>
        <translation>There is already a database in the data folder</translation>
    </message>
    <message>
        <source>Databasen har flere skemaversioner på én gang</source>
        <translation>The database has several schema versions at once</translation>
    </message>
    <message>
        <source>Forkert adgangskode, eller databasefilen er ikke en Udsat-database</source>
        <translation>Wrong passphrase, or the database file is not an Udsat database</translation>
    </message>
    <message>
        <source>Der er ingen database i datamappen endnu. Opret en profil først (udsat init eller første start af programmet).</source>
        <translation>There is no database in the data folder yet. Create a profile first (udsat init, or the first start of the program).</translation>
    </message>
    <message>
        <source>Nøglefilen {name} er beskadiget: {exc}</source>
        <translation>The key file {name} is damaged: {exc}</translation>
    </message>
    <message>
        <source>Databasen er skrevet af en nyere version af Udsat Desktop (skemaversion {current}). Opdatér programmet før du åbner den.</source>
        <translation>The database was written by a newer version of Udsat Desktop (schema version {current}). Update the program before you open it.</translation>
    </message>
    <message>
        <source>Databasen har ingen brugerprofil. Kør `udsat init` igen i en ny mappe.</source>
        <translation>The database has no user profile. Run `udsat init` again in a new folder.</translation>
    </message>
    <message>
        <source>fra {start}</source>
        <translation>from {start}</translation>
    </message>
    <message>
        <source>fra {start} til {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <source>til og med {end}</source>
        <translation>up to and including {end}</translation>
    </message>
    <message>
        <source>Ukendte deltagerroller: {sorted}</source>
        <translation>Unknown participant roles: {sorted}</translation>
    </message>
    <message>
        <source>Tid pr. sag skal være mellem 5 og 120 minutter</source>
        <translation>Time per case must be between 5 and 120 minutes</translation>
    </message>
    <message>
        <source>Sag {case_key} er allerede på mødet</source>
        <translation>Case {case_key} is already on the meeting</translation>
    </message>
    <message>
        <source>Rækkefølgen skal indeholde præcis mødets sager</source>
        <translation>The order must contain exactly the meeting&apos;s cases</translation>
    </message>
    <message>
        <source>Ukendt indstilling: {recommendation}</source>
        <translation>Unknown recommendation: {recommendation}</translation>
    </message>
    <message>
        <source>Ukendte områder: {sorted}</source>
        <translation>Unknown areas: {sorted}</translation>
    </message>
    <message>
        <source>Mødets starttid skal skrives som TT:MM, fx 09:30</source>
        <translation>The meeting&apos;s start time is written HH:MM, e.g. 09:30</translation>
    </message>
    <message>
        <source>Der er allerede et møde den {meeting_date}</source>
        <translation>There is already a meeting on {meeting_date}</translation>
    </message>
    <message>
        <source>Der er intet møde den {meeting_date}</source>
        <translation>There is no meeting on {meeting_date}</translation>
    </message>
    <message>
        <source>Sag {case_key} er ikke på mødet</source>
        <translation>Case {case_key} is not on the meeting</translation>
    </message>
    <message>
        <source>unknown flag {flag}</source>
        <translation>unknown flag {flag}</translation>
    </message>
    <message>
        <source>Gennemgangen er allerede underskrevet</source>
        <translation>The review is already signed</translation>
    </message>
    <message>
        <source>Gennemgangen findes ikke</source>
        <translation>The review does not exist</translation>
    </message>
    <message>
        <source>Gennemgangen er underskrevet og kan ikke ændres. Opret en rettelse (ny version) i stedet.</source>
        <translation>The review is signed and cannot be changed. Create a correction (new version) instead.</translation>
    </message>
    <message>
        <source>Kun en gennemgang, der er klar til underskrift, kan underskrives</source>
        <translation>Only a review that is ready to sign can be signed</translation>
    </message>
    <message>
        <source>Kun en underskrevet gennemgang kan rettes med en ny version</source>
        <translation>Only a signed review can be corrected with a new version</translation>
    </message>
    <message>
        <source>Næste skridt findes ikke</source>
        <translation>The next step does not exist</translation>
    </message>
    <message>
        <source>{section}: {count} felt(er) mangler eller er ugyldige</source>
        <translation>{section}: {count} field(s) missing or invalid</translation>
    </message>
    <message>
        <source>Samtykke: »{purpose}« er ikke registreret</source>
        <translation>Consent: “{purpose}” is not recorded</translation>
    </message>
    <message>
        <source>Samtykke: {problem}</source>
        <translation>Consent: {problem}</translation>
    </message>
    <message>
        <source>Næste skridt: mindst ét næste skridt skal aftales</source>
        <translation>Next steps: at least one next step must be agreed</translation>
    </message>
    <message>
        <source>Næste skridt: {problem}</source>
        <translation>Next steps: {problem}</translation>
    </message>
    <message>
        <source>En anden underskrevet PDF er allerede gemt for gennemgang {review_key}</source>
        <translation>A different signed PDF is already stored for review {review_key}</translation>
    </message>
    <message>
        <source>Ukendte sagsnøgler: {missing}</source>
        <translation>Unknown case keys: {missing}</translation>
    </message>
    <message>
        <source>posten er offentliggjort i hoved {seq}, men findes ikke længere i loggen</source>
        <translation>the entry was published in head {seq} but no longer exists in the log</translation>
    </message>
    <message>
        <source>posten passer ikke længere med hoved {seq} på fællesmappen (ændret, eller kæden er skrevet om)</source>
        <translation>the entry no longer matches head {seq} on the shared folder (changed, or the chain was rewritten)</translation>
    </message>
    <message>
        <source>underskrevet med en anden nøgle end denne installations</source>
        <translation>signed with a key other than this installation&apos;s</translation>
    </message>
    <message>
        <source>ulæseligt hoved</source>
        <translation>unreadable head</translation>
    </message>
    <message>
        <source>underskriften passer ikke (ændret efter udgivelsen)</source>
        <translation>the signature does not match (changed after publication)</translation>
    </message>
    <message>
        <source>mappen kan ikke læses ({error})</source>
        <translation>the folder cannot be read ({error})</translation>
    </message>
    <message>
        <source>hovedet passer ikke til sit filnavn</source>
        <translation>the head does not match its file name</translation>
    </message>
    <message>
        <source>kan ikke læses ({error})</source>
        <translation>cannot be read ({error})</translation>
    </message>
    <message>
        <source>Advarsel: adgangskoden til signeringsnøglen er den samme som til databasen. Den, der kender den ene, kan så både læse sagerne og underskrive i dit navn. Vælg helst en anden.</source>
        <translation>Warning: the signing key&apos;s passphrase is the same as the database&apos;s. Whoever knows one can then both read the cases and sign in your name. Better choose another one.</translation>
    </message>
    <message>
        <source>Nøglefilen er i orden, men dens adgangskode er for svag til at beskytte nøglen her: {problem} Skift den i nøglefilen (fx med kommunens værktøj) og importér igen.</source>
        <translation>The key file is valid, but its passphrase is too weak to protect the key here: {problem} Change it in the key file (for example with the municipality&apos;s tool) and import again.</translation>
    </message>
    <message>
        <source>ikke en almindelig fil</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>et symbolsk link</source>
        <translation>a symbolic link</translation>
    </message>
    <message>
        <source>for stor (højst {cap} byte)</source>
        <translation>too large (at most {cap} bytes)</translation>
    </message>
    <message>
        <source>ikke en almindelig fil (en FIFO eller en enhed)</source>
        <translation>not a regular file (a FIFO or a device)</translation>
    </message>
    <message>
        <source>unsafe name in record</source>
        <translation>unsafe name in record</translation>
    </message>
    <message>
        <source>tildelt en anden bruger</source>
        <translation>assigned to another user</translation>
    </message>
    <message>
        <source>ikke en gennemgangspost</source>
        <translation>not a review record</translation>
    </message>
    <message>
        <source>mangler {missing}</source>
        <translation>missing {missing}</translation>
    </message>
    <message>
        <source>filnavnet passer ikke til posten</source>
        <translation>the file name does not match the record</translation>
    </message>
    <message>
        <source>ulæselig post i udbakken ({problem})</source>
        <translation>unreadable record in the outbox ({problem})</translation>
    </message>
    <message>
        <source>»{recommendation}« kan ikke indstilles til et møde den {date}; den gælder kun {period}</source>
        <translation>“{recommendation}” cannot be recommended at a meeting on {date}; it applies only {period}</translation>
    </message>
    <message>
        <source>Skriv hvad »{recommendation}« dækker over</source>
        <translation>Write what “{recommendation}” covers</translation>
    </message>
    <message>
        <source>Grunden skal være en af: {reasons}</source>
        <translation>The reason must be one of: {reasons}</translation>
    </message>
    <message>
        <source>Sagen {case_key} findes ikke</source>
        <translation>Case {case_key} does not exist</translation>
    </message>
    <message>
        <source>Opbevaringsperioden skal være mindst 1 år</source>
        <translation>The retention period must be at least 1 year</translation>
    </message>
    <message>
        <source>Sag {case_key} er allerede tilbageholdt</source>
        <translation>Case {case_key} is already on legal hold</translation>
    </message>
    <message>
        <source>Sag {case_key} er ikke tilbageholdt</source>
        <translation>Case {case_key} is not on legal hold</translation>
    </message>
    <message>
        <source>Ukendt samtykke: {purpose}</source>
        <translation>Unknown consent: {purpose}</translation>
    </message>
    <message>
        <source>Ukendt type af næste skridt: {type}</source>
        <translation>Unknown next-step type: {type}</translation>
    </message>
    <message>
        <source>Beskriv hvad »{step}« dækker over i noten</source>
        <translation>Describe in the note what “{step}” covers</translation>
    </message>
    <message>
        <source>En underskrevet gennemgang beholder sin skabelon</source>
        <translation>A signed review keeps its template</translation>
    </message>
    <message>
        <source>Gennemgangen bruger ikke skabelonen {key}</source>
        <translation>The review does not use template {key}</translation>
    </message>
    <message>
        <source>{name} på fællesmappen er afvist: en mappe med et filnavn</source>
        <translation>{name} on the shared folder is refused: a folder with a file name</translation>
    </message>
    <message>
        <source>PDF&apos;en mangler på fællesmappen</source>
        <translation>the PDF is missing from the shared folder</translation>
    </message>
    <message>
        <source>ulæselig post: {problem}</source>
        <translation>unreadable record: {problem}</translation>
    </message>
    <message>
        <source>Mappen kan ikke oprettes: {strerror}</source>
        <translation>The folder cannot be created: {strerror}</translation>
    </message>
    <message>
        <source>En anden synkronisering kører allerede på denne datamappe (i programmet eller med udsat sync); prøv igen om lidt</source>
        <translation>Another sync is already running on this data folder (in the program or with udsat sync); try again shortly</translation>
    </message>
    <message>
        <source>Der findes allerede en signeringsnøgle; brug --replace (eller bekræft i programmet) for at erstatte den</source>
        <translation>A signing key already exists; use --replace (or confirm in the program) to replace it</translation>
    </message>
    <message>
        <source>Den underskrevne sammenfatning findes ikke for: {missing} (synkronisér, eller indlæs teamets gennemgange)</source>
        <translation>The signed summary is missing for: {missing} (synchronise, or load the team&apos;s reviews)</translation>
    </message>
    <message>
        <source>ukendt format</source>
        <translation>unknown format</translation>
    </message>
    <message>
        <source>kan ikke åbnes med din nøgle (til en anden, eller ændret)</source>
        <translation>cannot be opened with your key (meant for someone else, or modified)</translation>
    </message>
    <message>
        <source>beskadiget fil ({error})</source>
        <translation>damaged file ({error})</translation>
    </message>
    <message>
        <source>fællesmappen kan ikke bruges ({error})</source>
        <translation>the shared folder cannot be used ({error})</translation>
    </message>
    <message>
        <source>fællesmappen svarede ikke inden for {seconds} sekunder (netværksdrevet hænger?)</source>
        <translation>the shared folder did not answer within {seconds} seconds (is the network drive hanging?)</translation>
    </message>
    <message>
        <source>fællesmappen er fuld (ingen plads tilbage på drevet)</source>
        <translation>the shared folder is full (no space left on the drive)</translation>
    </message>
    <message>
        <source>fællesmappen forsvandt undervejs (netværket afbrudt?)</source>
        <translation>the shared folder disappeared on the way (network interrupted?)</translation>
    </message>
    <message>
        <source>{name} findes allerede på fællesmappen med et andet indhold; den overskrives aldrig</source>
        <translation>{name} already exists on the shared folder with different content; it is never overwritten</translation>
    </message>
    <message>
        <source>Der er ikke valgt en fællesmappe. Vælg den under Filer → Indstillinger.</source>
        <translation>No shared folder has been chosen. Choose it under File → Settings.</translation>
    </message>
    <message>
        <source>ikke en almindelig fil (en mappe, en FIFO eller en enhed)</source>
        <translation>not a regular file (a folder, a FIFO or a device)</translation>
    </message>
    <message>
        <source>for stor ({size} byte; højst {cap})</source>
        <translation>too large ({size} bytes; at most {cap})</translation>
    </message>
    <message>
        <source>{name} skrives lige nu på fællesmappen; der prøves igen ved næste synkronisering</source>
        <translation>{name} is being written on the shared folder right now; it is tried again at the next sync</translation>
    </message>
    <message>
        <source>{name} blev beskadiget på vej til fællesmappen</source>
        <translation>{name} was damaged on its way to the shared folder</translation>
    </message>
    <message>
        <source>Fællesmappen kan ikke nås: {path}. Er netværksdrevet forbundet?</source>
        <translation>The shared folder cannot be reached: {path}. Is the network drive connected?</translation>
    </message>
    <message>
        <source>Filen {name} er for stor til at blive indlæst.</source>
        <translation>The file {name} is too large to be imported.</translation>
    </message>
    <message>
        <source>Nøglefilen er beskadiget</source>
        <translation>The key file is damaged</translation>
    </message>
    <message>
        <source>{to_user} er ikke godkendt på teamets holdliste (en koordinator godkender anmodningen under Team → Medlemmer)</source>
        <translation>{to_user} is not approved on the team roster (a coordinator approves the request under Team → Members)</translation>
    </message>
    <message>
        <source>Du er ikke koordinator på teamets holdliste og kan ikke tildele sager</source>
        <translation>You are not a coordinator on the team roster and cannot assign cases</translation>
    </message>
    <message>
        <source>afsenderen er ikke koordinator på teamets holdliste</source>
        <translation>the sender is not a coordinator on the team roster</translation>
    </message>
    <message>
        <source>afsender eller modtager passer ikke til underskriften</source>
        <translation>sender or recipient does not match the signature</translation>
    </message>
    <message>
        <source>ugyldig sag i tildelingen (sagsnøgle eller felter)</source>
        <translation>invalid case in the assignment (case key or fields)</translation>
    </message>
    <message>
        <source>PDF&apos;en er ikke underskrevet med den nøgle, der underskrev posten</source>
        <translation>the PDF is not signed with the key that signed the record</translation>
    </message>
    <message>
        <source>PDF&apos;en hører til en anden sag eller gennemgang end posten</source>
        <translation>the PDF belongs to another case or review than the record</translation>
    </message>
    <message>
        <source>underskriveren er ikke på teamets holdliste; gennemgangen tælles ikke</source>
        <translation>the signer is not on the team roster; the review is not counted</translation>
    </message>
    <message>
        <source>PDF&apos;en passer ikke til postens hash</source>
        <translation>the PDF does not match the record&apos;s hash</translation>
    </message>
    <message>
        <source>indholdet er beskadiget</source>
        <translation>the content is damaged</translation>
    </message>
    <message>
        <source>en anden post med samme gennemgangs-id er set før; den første beholdes</source>
        <translation>another record with the same review id was seen before; the first is kept</translation>
    </message>
    <message>
        <source>en medunderskrift er ikke fra en af gennemgangens gennemgåere</source>
        <translation>a co-signature is not by one of the review&apos;s reviewers</translation>
    </message>
    <message>
        <source>kravet er ikke underskrevet af et medlem af teamet</source>
        <translation>the claim is not signed by a member of the team</translation>
    </message>
    <message>
        <source>kravet passer ikke til sagen eller underskriveren</source>
        <translation>the claim does not match the case or its signer</translation>
    </message>
    <message>
        <source>kravet ignoreres: {reason}</source>
        <translation>the claim is ignored: {reason}</translation>
    </message>
    <message>
        <source>tildelingen afvist: {problem}</source>
        <translation>assignment refused: {problem}</translation>
    </message>
    <message>
        <source>posten er afvist: den nævner ikke {user_id}, som underskrev den</source>
        <translation>the record is refused: it does not name {user_id}, who signed it</translation>
    </message>
    <message>
        <source>ugyldige gennemgåere</source>
        <translation>invalid reviewers</translation>
    </message>
    <message>
        <source>posten er afvist: {reason}</source>
        <translation>the record is refused: {reason}</translation>
    </message>
    <message>
        <source>Sammenfatningen er ændret efter underskrift, ikke underskrevet eller underskrevet af en, der ikke er på teamets holdliste, for: {broken}</source>
        <translation>The summary was changed after signing, is not signed, or was signed by someone not on the team roster, for: {broken}</translation>
    </message>
    <message>
        <source>ugyldigt bruger-id</source>
        <translation>invalid user id</translation>
    </message>
    <message>
        <source>ugyldig nøgle</source>
        <translation>invalid key</translation>
    </message>
    <message>
        <source>for mange certifikater</source>
        <translation>too many certificates</translation>
    </message>
    <message>
        <source>holdlisten er afvist: version {version} er ikke nyere end den, programmet har (version {held})</source>
        <translation>the roster is refused: version {version} is not newer than the one the program holds (version {held})</translation>
    </message>
    <message>
        <source>holdlisten er afvist: den er ikke underskrevet af en koordinator, du har godkendt</source>
        <translation>the roster is refused: it is not signed by a coordinator you have trusted</translation>
    </message>
    <message>
        <source>holdlisten er afvist: underskriveren er ikke koordinator i den</source>
        <translation>the roster is refused: its signer is not a coordinator in it</translation>
    </message>
    <message>
        <source>filnavnet passer ikke til brugeren</source>
        <translation>the file name does not match the user</translation>
    </message>
    <message>
        <source>ukendt rolle</source>
        <translation>unknown role</translation>
    </message>
    <message>
        <source>mangler certifikater</source>
        <translation>certificates missing</translation>
    </message>
    <message>
        <source>Du er ikke koordinator på teamets holdliste og kan ikke ændre den</source>
        <translation>You are not a coordinator on the team roster and cannot change it</translation>
    </message>
    <message>
        <source>Holdliste version {version} fjerner dig som koordinator og venter på din beslutning: bekræft den med `udsat team confirm-roster {version}`, eller tal med teamet, før du ændrer holdlisten</source>
        <translation>Roster version {version} removes you as coordinator and is waiting for your decision: confirm it with `udsat team confirm-roster {version}`, or talk to the team before you change the roster</translation>
    </message>
    <message>
        <source>Der er ingen anmodning fra {user_id} på fællesmappen</source>
        <translation>There is no request from {user_id} on the shared folder</translation>
    </message>
    <message>
        <source>Anmodningen fra {user_id} bruger en anden medarbejders nøgle</source>
        <translation>The request from {user_id} uses another colleague&apos;s key</translation>
    </message>
    <message>
        <source>{user_id} er ikke på teamets holdliste</source>
        <translation>{user_id} is not on the team roster</translation>
    </message>
    <message>
        <source>{user_id} er allerede tilbagekaldt</source>
        <translation>{user_id} is already revoked</translation>
    </message>
    <message>
        <source>Du kan ikke tilbagekalde dig selv</source>
        <translation>You cannot revoke yourself</translation>
    </message>
    <message>
        <source>medlem er ikke et objekt</source>
        <translation>member is not an object</translation>
    </message>
    <message>
        <source>certifikatet er for stort</source>
        <translation>the certificate is too large</translation>
    </message>
    <message>
        <source>samme bruger to gange</source>
        <translation>the same user twice</translation>
    </message>
    <message>
        <source>holdlisten er afvist: {reason}</source>
        <translation>the roster is refused: {reason}</translation>
    </message>
    <message>
        <source>Programmet har endnu ikke teamets holdliste: synkronisér først</source>
        <translation>The program does not have the team roster yet: synchronise first</translation>
    </message>
    <message>
        <source>Anmodningen fra {user_id} kan ikke bruges: {reason}</source>
        <translation>The request from {user_id} cannot be used: {reason}</translation>
    </message>
    <message>
        <source>medlem mangler felter</source>
        <translation>member has missing fields</translation>
    </message>
    <message>
        <source>ugyldigt certifikat</source>
        <translation>invalid certificate</translation>
    </message>
    <message>
        <source>ugyldig version</source>
        <translation>invalid version</translation>
    </message>
    <message>
        <source>holdlisten mangler felter</source>
        <translation>the roster has missing fields</translation>
    </message>
    <message>
        <source>holdlisten er afvist: filnavnet passer ikke til versionen</source>
        <translation>the roster is refused: the file name does not match its version</translation>
    </message>
    <message>
        <source>fællesmappen er skrivebeskyttet (drevet er kun til læsning)</source>
        <translation>the shared folder is write-protected (the drive is read-only)</translation>
    </message>
    <message>
        <source>ingen skriveadgang til fællesmappen (spørg IT om rettighederne)</source>
        <translation>no write access to the shared folder (ask IT about the permissions)</translation>
    </message>
    <message>
        <source>netværksdrevet er ikke forbundet (forbindelsen til fællesmappen er væk)</source>
        <translation>the network drive is not connected (the connection to the shared folder is gone)</translation>
    </message>
    <message>
        <source>serveren afbrød forbindelsen til fællesmappen</source>
        <translation>the server broke off the connection to the shared folder</translation>
    </message>
    <message>
        <source>fællesmappen svarede ikke i tide (netværket eller serveren er for langsom)</source>
        <translation>the shared folder did not answer in time (the network or the server is too slow)</translation>
    </message>
    <message>
        <source>læse- eller skrivefejl på fællesmappen (serveren eller netværksdrevet svarer ikke rigtigt)</source>
        <translation>read or write error on the shared folder (the server or the network drive does not answer properly)</translation>
    </message>
    <message>
        <source>en mappe på fællesmappen er et symbolsk link; der skrives ikke gennem det</source>
        <translation>a folder on the shared folder is a symbolic link; nothing is written through it</translation>
    </message>
    <message>
        <source>{name} på fællesmappen er ikke en rigtig mappe (et symbolsk link eller en fil); der skrives og læses ikke gennem den</source>
        <translation>{name} on the shared folder is not a real folder (a symbolic link or a file); nothing is written or read through it</translation>
    </message>
    <message>
        <source>{name} på fællesmappen er afvist: {why}</source>
        <translation>{name} on the shared folder is refused: {why}</translation>
    </message>
    <message>
        <source>{path} er en anden fællesmappe end den, programmet synkroniserer med. Er netværksdrevet forbundet til den rigtige mappe? Er teamets fællesmappe flyttet, så sker det med en ny holdliste fra koordinatoren: tal med koordinatoren.</source>
        <translation>{path} is a different shared folder from the one this program syncs with. Is the network drive connected to the right folder? If the team&apos;s shared folder has moved, that comes with a new roster from the coordinator: talk to the coordinator.</translation>
    </message>
    <message>
        <source>Mærkefilen {name} i fællesmappen kan ikke læses</source>
        <translation>The marker file {name} in the shared folder cannot be read</translation>
    </message>
    <message>
        <source>Fællesmappen er ikke en mappe: {path}</source>
        <translation>The shared folder is not a folder: {path}</translation>
    </message>
    <message>
        <source>Fællesmappen kan ikke bruges: {reason}</source>
        <translation>The shared folder cannot be used: {reason}</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Udsat Desktop</source>
        <translation>Udsat Desktop</translation>
    </message>
    <message>
        <source>En fil kunne ikke læses eller skrives (%1).</source>
        <translation>A file could not be read or written (%1).</translation>
    </message>
    <message>
        <source>Der opstod en uventet fejl (%1); detaljerne står i logfilen.</source>
        <translation>An unexpected error occurred (%1); the details are in the log file.</translation>
    </message>
    <message>
        <source>Ikke gemt: %1 Dine svar står stadig i vinduet og gemmes, så snart det lykkes.</source>
        <translation>Not saved: %1 Your answers are still in the window and will be saved as soon as possible.</translation>
    </message>
    <message>
        <source>Ikke gemt</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>%1

Luk alligevel? Dine seneste svar går tabt.</source>
        <translation>%1

Close anyway? Your latest answers will be lost.</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Eksempel: %1</source>
        <translation>Example: %1</translation>
    </message>
    <message>
        <source>Fejl i %1</source>
        <translation>Error in %1</translation>
    </message>
    <message>
        <source>Indsæt standardteksten</source>
        <translation>Put in the standard text</translation>
    </message>
    <message>
        <source>Fx: %1</source>
        <translation>E.g.: %1</translation>
    </message>
    <message>
        <source>Skal være et tal</source>
        <translation>Must be a number</translation>
    </message>
    <message>
        <source>Ugyldig dato (brug %1)</source>
        <translation>Invalid date (use %1)</translation>
    </message>
    <message>
        <source>— vælg —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1: navn</source>
        <translation>%1: name</translation>
    </message>
    <message>
        <source>%1: rolle</source>
        <translation>%1: role</translation>
    </message>
    <message>
        <source>Tilføj %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Tilføj en ny %1</source>
        <translation>Add a new %1</translation>
    </message>
    <message>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Fjern dette punkt</source>
        <translation>Remove this item</translation>
    </message>
    <message>
        <source>Fjern %1</source>
        <translation>Remove %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Velkommen til Udsat Desktop</source>
        <translation>Welcome to Udsat Desktop</translation>
    </message>
    <message>
        <source>Opret din profil. Sagerne gemmes krypteret på denne computer med en adgangskode, som kun du kender. Glemmer du den, kan data ikke gendannes.</source>
        <translation>Create your profile. The cases are stored encrypted on this computer with a passphrase that only you know. If you forget it, the data cannot be recovered.</translation>
    </message>
    <message>
        <source>mindst %1 tegn, ikke en almindelig adgangskode</source>
        <translation>at least %1 characters, not a common password</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Initialer</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Adgangskode</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Gentag adgangskode</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Initialer</source>
        <translation>&amp;Initials</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Rolle</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Adgangskode</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Gentag adgangskode</source>
        <translation>R&amp;epeat passphrase</translation>
    </message>
    <message>
        <source>Opret profil</source>
        <translation>Create profile</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De to adgangskoder er ikke ens</source>
        <translation>The two passphrases are not the same</translation>
    </message>
</context>
<context>
    <name>FollowUpWindow</name>
    <message>
        <source>Opfølgning – Udsat Desktop</source>
        <translation>Follow-up – Udsat Desktop</translation>
    </message>
    <message>
        <source>Alle organisationer</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>Ansvarlig person (præcist navn)</source>
        <translation>Responsible person (exact name)</translation>
    </message>
    <message>
        <source>Kun overskredne</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Filtrér på organisation</source>
        <translation>Filter by organisation</translation>
    </message>
    <message>
        <source>Filtrér på ansvarlig person</source>
        <translation>Filter by responsible person</translation>
    </message>
    <message>
        <source>Vis kun overskredne skridt</source>
        <translation>Show overdue steps only</translation>
    </message>
    <message>
        <source>Åbne næste skridt; Enter åbner sagen</source>
        <translation>Open next steps; Enter opens the case</translation>
    </message>
    <message>
        <source>Sag</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Næste skridt</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Samtykke</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Åbne næste skridt</source>
        <translation>Open next steps</translation>
    </message>
    <message>
        <source>%1 åbent næste skridt</source>
        <translation>%1 open next step</translation>
    </message>
    <message>
        <source>%1 åbne næste skridt</source>
        <translation>%1 open next steps</translation>
    </message>
    <message>
        <source>heraf %1 overskredet</source>
        <translation>%1 of them overdue</translation>
    </message>
    <message>
        <source>Konflikt: %1 – deres næste skridt tælles ikke, før koordinatoren har valgt den gældende gennemgang</source>
        <translation>Conflict: %1 – their next steps are not counted until the coordinator has chosen the review in force</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Importér målgruppeliste</source>
        <translation>Import target list</translation>
    </message>
    <message>
        <source>Vælg en .xlsx- eller .csv-fil</source>
        <translation>Choose an .xlsx or .csv file</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Målgruppelisten som Excel (.xlsx) eller CSV</source>
        <translation>The target list as Excel (.xlsx) or CSV</translation>
    </message>
    <message>
        <source>&amp;Gennemse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Vælg filen</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Række</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Årsag</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Afviste rækker og advarsler</source>
        <translation>Rejected rows and warnings</translation>
    </message>
    <message>
        <source>Afviste rækker øverst; en gruppe foldes ud med pil højre eller dobbeltklik</source>
        <translation>Rejected rows at the top; unfold a group with the right arrow or a double-click</translation>
    </message>
    <message>
        <source>%1 ny sag, %2 opdateret, %3 uændret.</source>
        <translation>%1 new case, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <source>CPR-nummer og navn skal findes i filen. Først vises filens første rækker og hvad hver kolonne bliver til; intet importeres, før du trykker Importér igen. Rækker med fejl springes over og vises med rækkenummer og årsag; resten importeres samlet.</source>
        <translation>The file must contain the CPR number and the name. First the file&apos;s first rows are shown with what each column becomes; nothing is imported until you press Import again. Rows with errors are skipped and shown with row number and reason; the rest are imported together.</translation>
    </message>
    <message>
        <source>Kolonnerne kunne ikke genkendes: %1. Vælg dem herunder (eller overskriftsrækken) og tryk Importér.</source>
        <translation>The columns could not be recognised: %1. Choose them below (or the header row) and press Import.</translation>
    </message>
    <message>
        <source>Kontrollér kolonnerne herunder, og tryk Importér for at importere.</source>
        <translation>Check the columns below, and press Import to import.</translation>
    </message>
    <message>
        <source>%1 rækker afvist (øverst, markeret ✖): ret dem i filen og importér igen.</source>
        <translation>%1 rows rejected (at the top, marked ✖): correct them in the file and import again.</translation>
    </message>
    <message>
        <source>%1 dublet sprunget over.</source>
        <translation>%1 duplicate skipped.</translation>
    </message>
    <message>
        <source>Ikke importeret: %1.</source>
        <translation>Not imported: %1.</translation>
    </message>
    <message>
        <source>kolonne %1 »%2«</source>
        <translation>column %1 “%2”</translation>
    </message>
    <message>
        <source>kolonne %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>✖ Afvist: %1</source>
        <translation>✖ Rejected: %1</translation>
    </message>
    <message>
        <source>&amp;Importér</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Vælg målgruppeliste</source>
        <translation>Choose target list</translation>
    </message>
    <message>
        <source>Målgruppelister (*.xlsx *.csv *.txt);;Alle filer (*)</source>
        <translation>Target lists (*.xlsx *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Vælg en fil først</source>
        <translation>Choose a file first</translation>
    </message>
    <message>
        <source>Kolonnerne kunne ikke genkendes: %1. Vælg dem herunder og tryk Importér igen.</source>
        <translation>The columns could not be recognised: %1. Choose them below and press Import again.</translation>
    </message>
    <message>
        <source>Importen mislykkedes; intet er gemt. %1</source>
        <translation>The import failed; nothing was saved. %1</translation>
    </message>
    <message>
        <source>%1 nye sager, %2 opdateret, %3 uændret.</source>
        <translation>%1 new cases, %2 updated, %3 unchanged.</translation>
    </message>
    <message>
        <source>%1 række afvist (øverst, markeret ✖): ret den i filen og importér igen.</source>
        <translation>%1 row rejected (at the top, marked ✖): correct it in the file and import again.</translation>
    </message>
    <message>
        <source>%1 dubletter sprunget over.</source>
        <translation>%1 duplicates skipped.</translation>
    </message>
    <message>
        <source>%1 advarsel (importeret alligevel).</source>
        <translation>%1 warning (imported anyway).</translation>
    </message>
    <message>
        <source>%1 advarsler (importeret alligevel).</source>
        <translation>%1 warnings (imported anyway).</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Forhåndsvisning – intet er importeret endnu</source>
        <translation>Preview – nothing has been imported yet</translation>
    </message>
    <message>
        <source>Overskriftsrække</source>
        <translation>Header row</translation>
    </message>
    <message>
        <source>Rækken med kolonneoverskrifterne. Står der en titel eller grupperede overskrifter over dem, vælg rækken med de egentlige overskrifter.</source>
        <translation>The row with the column headers. If a title or grouped headers sit above them, choose the row with the actual headers.</translation>
    </message>
    <message>
        <source>De første rækker i filen</source>
        <translation>The first rows of the file</translation>
    </message>
    <message>
        <source>Overskriften viser, hvad hver kolonne importeres som</source>
        <translation>The heading shows what each column is imported as</translation>
    </message>
    <message>
        <source>Kolonner der ikke importeres</source>
        <translation>Columns that are not imported</translation>
    </message>
    <message>
        <source>Overskrifter i række:</source>
        <translation>Headers in row:</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>→ importeres ikke</source>
        <translation>→ not imported</translation>
    </message>
    <message>
        <source>%1 »%2«</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Importeres ikke: %1. Vælg dem ovenfor, hvis de skal med.</source>
        <translation>Not imported: %1. Choose them above if they should be included.</translation>
    </message>
    <message>
        <source>Alle kolonner bruges.</source>
        <translation>All columns are used.</translation>
    </message>
</context>
<context>
    <name>Ingest</name>
    <message>
        <source>%1 ny gennemgang indlæst</source>
        <translation>%1 new review loaded</translation>
    </message>
    <message>
        <source>%1 nye gennemgange indlæst</source>
        <translation>%1 new reviews loaded</translation>
    </message>
    <message>
        <source>%1 uændret</source>
        <translation>%1 unchanged</translation>
    </message>
    <message>
        <source>%1 uændrede</source>
        <translation>%1 unchanged</translation>
    </message>
    <message>
        <source>%1 sag opdateret.</source>
        <translation>%1 case updated.</translation>
    </message>
    <message>
        <source>%1 sager opdateret.</source>
        <translation>%1 cases updated.</translation>
    </message>
    <message>
        <source>Ændret efter underskrift</source>
        <translation>Modified after signing</translation>
    </message>
    <message>
        <source>Ikke underskrevet</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>Ukendt underskriver</source>
        <translation>Unknown signer</translation>
    </message>
    <message>
        <source>Tilbagekaldt underskriver</source>
        <translation>Revoked signer</translation>
    </message>
    <message>
        <source>Kunne ikke kontrolleres</source>
        <translation>Could not be checked</translation>
    </message>
    <message>
        <source>Andet indhold under et kendt id (konflikt)</source>
        <translation>Other content under a known id (conflict)</translation>
    </message>
    <message>
        <source>Flere gennemgange af samme sag</source>
        <translation>Several reviews of the same case</translation>
    </message>
    <message>
        <source>Langtidsvalidering tilføjet (B-LT/B-LTA)</source>
        <translation>Long-term validation added (B-LT/B-LTA)</translation>
    </message>
    <message>
        <source>Venter på langtidsvalidering (prøves igen ved næste indlæsning)</source>
        <translation>Waiting for long-term validation (tried again at the next ingest)</translation>
    </message>
    <message>
        <source>Offentliggjort af teamet, men mangler her (%1):</source>
        <translation>Published by the team but missing here (%1):</translation>
    </message>
    <message>
        <source>Indlæser teamets gennemgange…</source>
        <translation>Loading the team&apos;s reviews…</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Indlæs teamets gennemgange</source>
        <translation>Load the team&apos;s reviews</translation>
    </message>
    <message>
        <source>post</source>
        <translation>record</translation>
    </message>
    <message>
        <source>poster</source>
        <translation>records</translation>
    </message>
    <message>
        <source>%1 af %2 %3 kontrolleret</source>
        <translation>%1 of %2 %3 checked</translation>
    </message>
    <message>
        <source>Afbrudt: %1 af %2 %3 er kontrolleret og gemt. Resten indlæses, når du indlæser igen; det gemte læses ikke igen.</source>
        <translation>Cancelled: %1 of %2 %3 are checked and saved. The rest are read when you ingest again; what is saved is not read again.</translation>
    </message>
    <message>
        <source>%1, under 1 min tilbage</source>
        <translation>%1, less than 1 min left</translation>
    </message>
    <message>
        <source>%1, ca. %2 min tilbage</source>
        <translation>%1, about %2 min left</translation>
    </message>
</context>
<context>
    <name>JournalExport</name>
    <message>
        <source>eksportere til journalisering</source>
        <translation>export for filing in the case system</translation>
    </message>
    <message>
        <source>Eksportér til journalisering: vælg en tom mappe</source>
        <translation>Export for filing: choose an empty folder</translation>
    </message>
    <message>
        <source>Eksportér til journalisering</source>
        <translation>Export for filing</translation>
    </message>
    <message>
        <source>%1 underskrevne sammenfatninger (PDF/A) og manifest.csv og manifest.json er skrevet til %2.</source>
        <translation>%1 signed summaries (PDF/A) and manifest.csv and manifest.json have been written to %2.</translation>
    </message>
    <message>
        <source>Den underskrevne PDF mangler for: %1</source>
        <translation>The signed PDF is missing for: %1</translation>
    </message>
    <message>
        <source>Ikke eksporteret (kun intakte dokumenter med en kendt underskriver går til journalen): %1</source>
        <translation>Not exported (only intact documents with a known signer go to the records system): %1</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>Udsat Desktop – låst</source>
        <translation>Udsat Desktop – locked</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>&lt;h2&gt;Udsat Desktop er låst&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Udsat Desktop is locked&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Skriv din adgangskode for at fortsætte. Sagerne er skjult, mens programmet er låst.</source>
        <translation>Type your passphrase to continue. The cases are hidden while the program is locked.</translation>
    </message>
    <message>
        <source>Adgangskode</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Adgangskoden til databasen</source>
        <translation>The database passphrase</translation>
    </message>
    <message>
        <source>&amp;Lås op</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Lås op med adgangskoden</source>
        <translation>Unlock with the passphrase</translation>
    </message>
    <message>
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Forkert adgangskode</source>
        <translation>Wrong passphrase</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Udsat Desktop</source>
        <translation>Udsat Desktop</translation>
    </message>
    <message>
        <source>Bruger: %1 (%2, %3) · Databasen er krypteret</source>
        <translation>User: %1 (%2, %3) · The database is encrypted</translation>
    </message>
    <message>
        <source>Udbakken er nu krypteret</source>
        <translation>The outbox is now encrypted</translation>
    </message>
    <message numerus="yes">
        <source>%Ln underskrevne sammenfatninger, som en tidligere version havde lagt ukrypteret i udbakken, er flyttet ind i den krypterede database og slettet fra disken. De sendes krypteret ved næste synkronisering.</source>
        <translation>
            <numerusform>%Ln signed summary that an earlier version had left unencrypted in the outbox has been moved into the encrypted database and deleted from the disk. It is sent encrypted at the next synchronisation.</numerusform>
            <numerusform>%Ln signed summaries that an earlier version had left unencrypted in the outbox have been moved into the encrypted database and deleted from the disk. They are sent encrypted at the next synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synkronisering</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Filer, der venter på fællesmappen, og seneste synkronisering (F9 synkroniserer nu)</source>
        <translation>Files waiting for the shared folder, and the last synchronisation (F9 synchronises now)</translation>
    </message>
    <message>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Importér målgruppeliste…</source>
        <translation>&amp;Import target list…</translation>
    </message>
    <message>
        <source>Importér sager fra en Excel- eller CSV-fil</source>
        <translation>Import cases from an Excel or CSV file</translation>
    </message>
    <message>
        <source>&amp;Underskriv alle, der er klar…</source>
        <translation>&amp;Sign all that are ready…</translation>
    </message>
    <message>
        <source>&amp;Kontrollér underskrift…</source>
        <translation>&amp;Verify signature…</translation>
    </message>
    <message>
        <source>&amp;Synkronisér nu</source>
        <translation>S&amp;ynchronise now</translation>
    </message>
    <message>
        <source>Send udbakken til fællesmappen og hent nyt</source>
        <translation>Send the outbox to the shared folder and fetch what is new</translation>
    </message>
    <message>
        <source>&amp;Hent mine sager</source>
        <translation>&amp;Fetch my cases</translation>
    </message>
    <message>
        <source>Hent de sager, du er tildelt, før du går offline</source>
        <translation>Fetch the cases assigned to you before you go offline</translation>
    </message>
    <message>
        <source>&amp;Indstillinger…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>&amp;Lås nu</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>Skjul sagerne, til adgangskoden skrives igen</source>
        <translation>Hide the cases until the passphrase is typed again</translation>
    </message>
    <message>
        <source>Skift &amp;adgangskode…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <source>&amp;Afslut</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Søg</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Ryd søgning og filtre</source>
        <translation>&amp;Clear search and filters</translation>
    </message>
    <message>
        <source>&amp;Opdatér</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Opfølgning (næste skridt)</source>
        <translation>&amp;Follow-up (next steps)</translation>
    </message>
    <message>
        <source>Å&amp;bn gennemgang af valgt sag</source>
        <translation>&amp;Open review of selected case</translation>
    </message>
    <message>
        <source>&amp;Revisionslog…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <source>Hvem har set, søgt, ændret, udskrevet og udleveret hvad</source>
        <translation>Who has seen, searched, changed, printed and handed out what</translation>
    </message>
    <message>
        <source>S&amp;ynkroniseringslog</source>
        <translation>S&amp;ynchronisation log</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Tildel valgte sager…</source>
        <translation>&amp;Assign selected cases…</translation>
    </message>
    <message>
        <source>Koordinator: tildel de valgte sager til en medarbejder (krypteret til dem)</source>
        <translation>Coordinator: assign the selected cases to a staff member (encrypted to them)</translation>
    </message>
    <message>
        <source>&amp;Indlæs teamets gennemgange</source>
        <translation>&amp;Load the team&apos;s reviews</translation>
    </message>
    <message>
        <source>Koordinator: læs alle underskrevne gennemgange fra fællesmappen og kontrollér dem</source>
        <translation>Coordinator: read all signed reviews from the shared folder and check them</translation>
    </message>
    <message>
        <source>Koordinator: de underskrevne sammenfatninger (PDF/A) og et manifest til sagssystemet</source>
        <translation>Coordinator: the signed summaries (PDF/A) and a manifest for the case system</translation>
    </message>
    <message>
        <source>M&amp;edlemmer…</source>
        <translation>M&amp;embers…</translation>
    </message>
    <message>
        <source>Teamets holdliste, din kode og (koordinator) anmodninger om optagelse</source>
        <translation>The team roster, your code and (coordinator) requests to join</translation>
    </message>
    <message>
        <source>&amp;Fremdrift…</source>
        <translation>&amp;Progress…</translation>
    </message>
    <message>
        <source>Fremdrift mod målene, udfald, næste skridt; eksport til Excel</source>
        <translation>Progress towards the targets, outcomes, next steps; export to Excel</translation>
    </message>
    <message>
        <source>&amp;Udskriv sammenfatning…</source>
        <translation>&amp;Print summary…</translation>
    </message>
    <message>
        <source>Udskriv den valgte sags seneste underskrevne sammenfatning</source>
        <translation>Print the selected case&apos;s latest signed summary</translation>
    </message>
    <message>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Møder…</source>
        <translation>&amp;Meetings…</translation>
    </message>
    <message>
        <source>Koordinator: planlæg møder i det forum, skabelonen nævner, byg og udskriv mødepakker, registrér forummets indstilling</source>
        <translation>Coordinator: plan meetings of the forum the template names, build and print meeting packets, record the forum&apos;s recommendation</translation>
    </message>
    <message>
        <source>&amp;Konflikter…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>Sager med flere underskrevne gennemgange: sammenlign dem og vælg den gældende</source>
        <translation>Cases with more than one signed review: compare them and choose the one in force</translation>
    </message>
    <message>
        <source>&amp;Tastaturgenveje</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Om Udsat Desktop</source>
        <translation>&amp;About Udsat Desktop</translation>
    </message>
    <message>
        <source>Eksportér til &amp;journalisering…</source>
        <translation>Export for fi&amp;ling…</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <source>Kolonner</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Hvilken kolonne i filen indeholder »%1«?</source>
        <translation>Which column in the file holds “%1”?</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>MeetingsController</name>
    <message>
        <source>planlægge møder</source>
        <translation>plan meetings</translation>
    </message>
</context>
<context>
    <name>MeetingsWindow</name>
    <message>
        <source>Møde</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Vælg mødet</source>
        <translation>Choose the meeting</translation>
    </message>
    <message>
        <source>&amp;Nyt møde…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>Planlæg et nyt møde: dato, tid, sted og deltagere</source>
        <translation>Plan a new meeting: date, time, place and participants</translation>
    </message>
    <message>
        <source>Mødeoplysninger</source>
        <translation>Meeting details</translation>
    </message>
    <message>
        <source>Dagsorden</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Træk sagerne i den rækkefølge, de skal behandles (eller brug Op/Ned)</source>
        <translation>Drag the cases into the order they will be discussed (or use Up/Down)</translation>
    </message>
    <message>
        <source>Sager, der skal forelægges</source>
        <translation>Cases to be presented</translation>
    </message>
    <message>
        <source>Sæt den valgte sag på dagsordenen</source>
        <translation>Put the selected case on the agenda</translation>
    </message>
    <message>
        <source>Tag den valgte sag af dagsordenen</source>
        <translation>Take the selected case off the agenda</translation>
    </message>
    <message>
        <source>Flyt sagen et punkt op</source>
        <translation>Move the case one place up</translation>
    </message>
    <message>
        <source>Flyt sagen et punkt ned</source>
        <translation>Move the case one place down</translation>
    </message>
    <message>
        <source>Dagsorden og underskrevne sammenfatninger i én PDF med sidetal; originalerne vedhæftet</source>
        <translation>Agenda and signed summaries in one PDF with page numbers; the originals attached</translation>
    </message>
    <message>
        <source>Udskriv mødepakken med forhåndsvisning</source>
        <translation>Print the meeting packet with a preview</translation>
    </message>
    <message>
        <source>&amp;Tilføj ←</source>
        <translation>&amp;Add ←</translation>
    </message>
    <message>
        <source>&amp;Fjern</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Op</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <source>N&amp;ed</source>
        <translation>Do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Registrér indstilling…</source>
        <translation>Record re&amp;commendation…</translation>
    </message>
    <message>
        <source>&amp;Byg mødepakke…</source>
        <translation>&amp;Build meeting packet…</translation>
    </message>
    <message>
        <source>&amp;Udskriv mødepakke…</source>
        <translation>&amp;Print meeting packet…</translation>
    </message>
    <message>
        <source>&amp;Møde:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>Kan forelægges</source>
        <translation>Can be presented</translation>
    </message>
    <message>
        <source>Intet møde endnu. Opret et med »Nyt møde…«.</source>
        <translation>No meeting yet. Create one with “New meeting…”.</translation>
    </message>
    <message>
        <source>%1 kl. %2 · %3</source>
        <translation>%1 at %2 · %3</translation>
    </message>
    <message>
        <source>Indstilling: %1</source>
        <translation>Recommendation: %1</translation>
    </message>
    <message>
        <source>(ses igen)</source>
        <translation>(to be seen again)</translation>
    </message>
    <message>
        <source>Erstattet af version %1</source>
        <translation>Replaced by version %1</translation>
    </message>
    <message>
        <source>Møder</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Møder i %1</source>
        <translation>Meetings of %1</translation>
    </message>
    <message>
        <source>Sager, hvis underskrevne gennemgang anbefaler at forelægge dem for %1. Dobbeltklik for at tilføje.</source>
        <translation>Cases whose signed review recommends presenting them to %1. Double-click to add.</translation>
    </message>
    <message>
        <source>Forummets indstilling, hvad der blev vægtet, og om sagen skal ses igen</source>
        <translation>The forum&apos;s recommendation, what was weighed, and whether the case is to be seen again</translation>
    </message>
    <message>
        <source>Gem mødepakken i</source>
        <translation>Save the meeting packet in</translation>
    </message>
    <message>
        <source>Mødepakken er gemt: %1 (%2 side). Den er skrevet ukrypteret og indeholder personoplysninger: opbevar den sikkert, og slet den efter mødet.</source>
        <translation>The meeting packet is saved: %1 (%2 page). It is written unencrypted and contains personal data: keep it safe, and delete it after the meeting.</translation>
    </message>
    <message>
        <source>Mødepakken er gemt: %1 (%2 sider). Den er skrevet ukrypteret og indeholder personoplysninger: opbevar den sikkert, og slet den efter mødet.</source>
        <translation>The meeting packet is saved: %1 (%2 pages). It is written unencrypted and contains personal data: keep it safe, and delete it after the meeting.</translation>
    </message>
    <message>
        <source>Lagt på fællesmappen: %1</source>
        <translation>Put on the shared folder: %1</translation>
    </message>
    <message>
        <source>Ikke lagt på fællesmappen: %1</source>
        <translation>Not put on the shared folder: %1</translation>
    </message>
    <message>
        <source>Mødepakke</source>
        <translation>Meeting packet</translation>
    </message>
    <message>
        <source>Udskriv</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Der er ikke bygget en mødepakke til mødet %1 på denne computer, eller den er flyttet. Byg den med »Byg mødepakke…«, eller vælg filen, hvis du har den.</source>
        <translation>No meeting packet has been built for the meeting on %1 on this computer, or it has been moved. Build it with “Build meeting packet…”, or choose the file if you have it.</translation>
    </message>
    <message>
        <source>Vælg mødepakken</source>
        <translation>Choose the meeting packet</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <source>Mødedato</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Mødedato, fx %1</source>
        <translation>Meeting date, e.g. %1</translation>
    </message>
    <message>
        <source>Starttid</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Tid pr. sag</source>
        <translation>Time per case</translation>
    </message>
    <message>
        <source>Jobcenter København, Gammel Køge Landevej</source>
        <translation>Jobcenter København, Gammel Køge Landevej</translation>
    </message>
    <message>
        <source>Sted</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Starttid:</source>
        <translation>&amp;Start time:</translation>
    </message>
    <message>
        <source>&amp;Tid pr. sag:</source>
        <translation>&amp;Time per case:</translation>
    </message>
    <message>
        <source>St&amp;ed:</source>
        <translation>Pl&amp;ace:</translation>
    </message>
    <message>
        <source>Deltagere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Navn på deltageren (%1)</source>
        <translation>Name of the participant (%1)</translation>
    </message>
    <message>
        <source>Skriv mødets dato.</source>
        <translation>Type the meeting&apos;s date.</translation>
    </message>
    <message>
        <source>Nyt møde</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Nyt møde i %1</source>
        <translation>New meeting of %1</translation>
    </message>
    <message>
        <source>Mødedatoen %1 er overskredet. Opret mødet alligevel?</source>
        <translation>The meeting date %1 has passed. Create the meeting anyway?</translation>
    </message>
</context>
<context>
    <name>NextStepsPage</name>
    <message>
        <source>Sagens næste skridt; vælg et for at markere det udført eller annullere det</source>
        <translation>The case&apos;s next steps; select one to mark it done or cancel it</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bemærkning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Næste skridt</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Markér u&amp;dført</source>
        <translation>Mark don&amp;e</translation>
    </message>
    <message>
        <source>Markér det valgte næste skridt som udført</source>
        <translation>Mark the selected next step as done</translation>
    </message>
    <message>
        <source>&amp;Annullér skridt</source>
        <translation>Cance&amp;l step</translation>
    </message>
    <message>
        <source>Annullér det valgte næste skridt</source>
        <translation>Cancel the selected next step</translation>
    </message>
    <message>
        <source>R&amp;et skridt</source>
        <translation>Ed&amp;it step</translation>
    </message>
    <message>
        <source>Ret type, ansvarlig, person, frist eller bemærkning for det valgte skridt</source>
        <translation>Edit the type, responsible, person, deadline or note of the selected step</translation>
    </message>
    <message>
        <source>Ansvarlig organisation</source>
        <translation>Responsible organisation</translation>
    </message>
    <message>
        <source>Ansvarlig person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>Nyt skridt: %1</source>
        <translation>New step: %1</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Fr&amp;ist</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <source>Tilføj næste &amp;skridt</source>
        <translation>&amp;Add next step</translation>
    </message>
    <message>
        <source>Annullér skridt</source>
        <translation>Cancel step</translation>
    </message>
    <message>
        <source>Annullér skridtet »%1«? Det står derefter som annulleret og kan ikke genåbnes.</source>
        <translation>Cancel the step &quot;%1&quot;? It is then shown as cancelled and cannot be reopened.</translation>
    </message>
    <message>
        <source>&amp;Bemærkning</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Opret skridtet med type, ansvarlig, person og frist</source>
        <translation>Create the step with type, responsible party, person and deadline</translation>
    </message>
    <message>
        <source>Fortr&amp;yd rettelse</source>
        <translation>Stop editin&amp;g</translation>
    </message>
    <message>
        <source>Ret ikke skridtet alligevel</source>
        <translation>Do not edit the step after all</translation>
    </message>
    <message>
        <source>%1 (overskredet)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Fristen %1 er allerede overskredet. Brug den alligevel?</source>
        <translation>The deadline %1 has already passed. Use it anyway?</translation>
    </message>
    <message>
        <source>&amp;Gem rettelse</source>
        <translation>Save c&amp;hange</translation>
    </message>
    <message>
        <source>Gem ændringerne i det valgte skridt (ændringen logges)</source>
        <translation>Save the changes to the selected step (the change is logged)</translation>
    </message>
    <message>
        <source>Vælg et skridt i tabellen først.</source>
        <translation>Select a step in the table first.</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Indstilling</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Indstilling fra %1 – sag %2</source>
        <translation>Recommendation of %1 – case %2</translation>
    </message>
    <message>
        <source>Indstilling – sag %1</source>
        <translation>Recommendation – case %1</translation>
    </message>
    <message>
        <source>Kun de indstillinger, skabelonen tillader på mødets dag</source>
        <translation>Only the recommendations the template allows on the meeting&apos;s day</translation>
    </message>
    <message>
        <source>Hvilken anden indsats / bemærkning</source>
        <translation>Which other measures / note</translation>
    </message>
    <message>
        <source>&amp;Indstilling:</source>
        <translation>&amp;Recommendation:</translation>
    </message>
    <message>
        <source>&amp;Bemærkning:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Vægtet: %1</source>
        <translation>Weighed: %1</translation>
    </message>
    <message>
        <source>Hvad der blev lagt vægt på (%1)</source>
        <translation>What was given weight (%1)</translation>
    </message>
    <message>
        <source>Sagen skal &amp;ses igen på et senere møde</source>
        <translation>The case is to be &amp;seen again at a later meeting</translation>
    </message>
    <message>
        <source>Vægtet (%1):</source>
        <translation>Weighed (%1):</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Glemt adgangskoden? Den kan ikke nulstilles, og sagerne på denne computer kan ikke åbnes uden den – heller ikke af IT. Kontakt teamets koordinator eller kommunens IT-support: du får en ny profil, og dine sager tildeles dig igen fra fællesmappen.</source>
        <translation>Forgotten the passphrase? It cannot be reset, and the cases on this computer cannot be opened without it – not even by IT. Contact the team&apos;s coordinator or the municipality&apos;s IT support: you get a new profile, and your cases are assigned to you again from the shared folder.</translation>
    </message>
    <message>
        <source>Glemt adgangskoden til signeringsnøglen? Den kan ikke nulstilles, og nøglen kan ikke bruges uden den. Kontakt teamets koordinator: du laver en ny nøgle, som koordinatoren godkender på teamets holdliste.</source>
        <translation>Forgotten the signing key&apos;s passphrase? It cannot be reset, and the key cannot be used without it. Contact the team&apos;s coordinator: you make a new key, which the coordinator approves on the team roster.</translation>
    </message>
    <message>
        <source>Caps Lock er slået til.</source>
        <translation>Caps Lock is on.</translation>
    </message>
    <message>
        <source>Caps Lock</source>
        <translation>Caps Lock</translation>
    </message>
    <message>
        <source>%1 (forkert forsøg nr. %2).</source>
        <translation>%1 (wrong attempt no. %2).</translation>
    </message>
    <message>
        <source>Du kan prøve igen om %1 sekunder.</source>
        <translation>You can try again in %1 seconds.</translation>
    </message>
    <message>
        <source>Prøv igen.</source>
        <translation>Try again.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>PDF&apos;en kan ikke åbnes til udskrift (%1)</source>
        <translation>The PDF cannot be opened for printing (%1)</translation>
    </message>
    <message>
        <source>Printeren kan ikke startes</source>
        <translation>The printer cannot be started</translation>
    </message>
    <message>
        <source>Udskriv – %1</source>
        <translation>Print – %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QueueController</name>
    <message>
        <source>%1 sag</source>
        <translation>%1 case</translation>
    </message>
    <message>
        <source>%1 sager</source>
        <translation>%1 cases</translation>
    </message>
    <message>
        <source>Viser %1 af %2 sag</source>
        <translation>Showing %1 of %2 case</translation>
    </message>
    <message>
        <source>Viser %1 af %2 sager</source>
        <translation>Showing %1 of %2 cases</translation>
    </message>
</context>
<context>
    <name>QueueFilters</name>
    <message>
        <source>Søg navn, sagsnøgle eller CPR-nr. (Ctrl+F)</source>
        <translation>Search name, case key or CPR no. (Ctrl+F)</translation>
    </message>
    <message>
        <source>Søg i sager</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>Søg efter navn, sagsnøgle eller CPR-nummer</source>
        <translation>Search by name, case key or CPR number</translation>
    </message>
    <message>
        <source>Alle statusser</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Alle gennemgåere</source>
        <translation>All reviewers</translation>
    </message>
    <message>
        <source>Ikke tildelt</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>Alle enheder</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Alle prioriteter</source>
        <translation>All priorities</translation>
    </message>
    <message>
        <source>Filtrér på status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Filtrér på gennemgåer</source>
        <translation>Filter by reviewer</translation>
    </message>
    <message>
        <source>Filtrér på enhed</source>
        <translation>Filter by unit</translation>
    </message>
    <message>
        <source>Filtrér på prioritet</source>
        <translation>Filter by priority</translation>
    </message>
    <message>
        <source>Kun sager markeret: %1</source>
        <translation>Only cases flagged: %1</translation>
    </message>
    <message>
        <source>Vis kun sager markeret »%1«</source>
        <translation>Show only cases flagged “%1”</translation>
    </message>
    <message>
        <source>Kun:</source>
        <translation>Only:</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Sagskø</source>
        <translation>Case queue</translation>
    </message>
    <message>
        <source>Sagskøen. Pil op/ned vælger, Enter åbner sagen.</source>
        <translation>The case queue. Up/down arrows select, Enter opens the case.</translation>
    </message>
    <message>
        <source>Antal viste sager</source>
        <translation>Number of cases shown</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Sager taget af andre</source>
        <translation>Cases taken by others</translation>
    </message>
    <message>
        <source>Mens du var offline, har en anden taget disse sager, som du er gået i gang med: %1. Åbn sagen for at se hvem; du kan fortsætte som en ekstra gennemgang.</source>
        <translation>While you were offline, someone else took these cases that you have started on: %1. Open the case to see who; you can continue with an extra review.</translation>
    </message>
    <message>
        <source>Afbrudt gennemgang</source>
        <translation>Interrupted review</translation>
    </message>
    <message>
        <source>Gennemgangen af sag %1 blev ikke lukket. Vil du fortsætte, hvor du slap?</source>
        <translation>The review of case %1 was not closed. Do you want to continue where you left off?</translation>
    </message>
    <message>
        <source>%1 næste skridt er overskredet</source>
        <comment>ental</comment>
        <translation>%1 next step is overdue</translation>
    </message>
    <message>
        <source>%1 næste skridt er overskredet</source>
        <comment>flertal</comment>
        <translation>%1 next steps are overdue</translation>
    </message>
    <message>
        <source>%1 – se Vis → Opfølgning (Ctrl+Shift+O)</source>
        <translation>%1 – see View → Follow-up (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Vis opfølgning</source>
        <translation>Show follow-up</translation>
    </message>
</context>
<context>
    <name>ReviewOpener</name>
    <message>
        <source>Underskrevet</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Sammenfatningen er underskrevet: %1.

Programmet gemmer den underskrevne PDF krypteret og lægger den på fællesmappen ved næste synkronisering; du skal ikke gemme den et andet sted. Åbn den igen med knappen »Åbn underskrevet PDF« ved sagen i hovedvinduet.</source>
        <translation>The summary is signed: %1.

The program keeps the signed PDF encrypted and puts it on the shared folder at the next sync; you need not save it anywhere else. Open it again with the »Open signed PDF« button by the case in the main window.</translation>
    </message>
    <message>
        <source>Underskriv</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>en anden</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>Sag %1 er tildelt %2.

Vil du fortsætte som en ekstra, selvstændig gennemgang? Begge gennemgange bliver vist for koordinatoren.</source>
        <translation>Case %1 is assigned to %2.

Do you want to go on as an extra, independent review? Both reviews will be shown to the coordinator.</translation>
    </message>
    <message>
        <source>Sag %1 gennemgås allerede af %2 (siden %3).

Vil du fortsætte som en ekstra, selvstændig gennemgang? Begge gennemgange bliver vist for koordinatoren.</source>
        <translation>Case %1 is already being reviewed by %2 (since %3).

Do you want to continue with an extra, independent review? Both reviews will be shown to the coordinator.</translation>
    </message>
    <message>
        <source>Sagen er allerede taget</source>
        <translation>The case is already taken</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Sag og skabelon</source>
        <translation>Case and template</translation>
    </message>
    <message>
        <source>Gennemgangens status</source>
        <translation>Status of the review</translation>
    </message>
    <message>
        <source>Medgennemgåer</source>
        <translation>Co-reviewer</translation>
    </message>
    <message>
        <source>Gennemgåer fra den anden forvaltning (tværfaglighed)</source>
        <translation>Reviewer from the other administration (cross-sector)</translation>
    </message>
    <message>
        <source>Afsnit</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Afsnit (Ctrl+PgDown/PgUp skifter)</source>
        <translation>Sections (Ctrl+PgDown/PgUp switches)</translation>
    </message>
    <message>
        <source>◀ &amp;Forrige</source>
        <translation>◀ Pre&amp;vious</translation>
    </message>
    <message>
        <source>&amp;Næste ▶</source>
        <translation>Ne&amp;xt ▶</translation>
    </message>
    <message>
        <source>Markér &amp;klar til underskrift</source>
        <translation>Mark &amp;ready to sign</translation>
    </message>
    <message>
        <source>Opret &amp;rettelse (ny version)</source>
        <translation>Create &amp;correction (new version)</translation>
    </message>
    <message>
        <source>&amp;Underskriv…</source>
        <translation>&amp;Sign…</translation>
    </message>
    <message>
        <source>Underskriv sammenfatningen digitalt (PAdES)</source>
        <translation>Sign the summary digitally (PAdES)</translation>
    </message>
    <message>
        <source>Gemt</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Mangler før underskrift</source>
        <translation>Missing before signing</translation>
    </message>
    <message>
        <source>Vælg en linje (klik eller Enter) for at gå til feltet</source>
        <translation>Choose a line (click or Enter) to go to the field</translation>
    </message>
    <message>
        <source>Skabelonen er rettet</source>
        <translation>The template has been corrected</translation>
    </message>
    <message>
        <source>Skabelonen er et udkast</source>
        <translation>The template is a draft</translation>
    </message>
    <message>
        <source>&amp;Flyt svarene til den nye skabelon</source>
        <translation>&amp;Move the answers to the new template</translation>
    </message>
    <message>
        <source>Flyt svarene til den skabelon, der gælder i dag</source>
        <translation>Move the answers to the template that applies today</translation>
    </message>
    <message>
        <source>Forrige afsnit (Ctrl+PgUp)</source>
        <translation>Previous section (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Næste afsnit (Ctrl+PgDown)</source>
        <translation>Next section (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Tjek og markér klar til underskrift</source>
        <translation>Check and mark ready to sign</translation>
    </message>
    <message>
        <source>Ret en underskrevet gennemgang</source>
        <translation>Correct a signed review</translation>
    </message>
    <message>
        <source>Medgennemgåer:</source>
        <translation>Co-reviewer:</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Afsnit: %1</source>
        <translation>Section: %1</translation>
    </message>
    <message>
        <source>Næste afsnit</source>
        <translation>Next section</translation>
    </message>
    <message>
        <source>Forrige afsnit</source>
        <translation>Previous section</translation>
    </message>
    <message>
        <source>Gem nu</source>
        <translation>Save now</translation>
    </message>
    <message>
        <source>Større tekst i formularen</source>
        <translation>Larger text in the form</translation>
    </message>
    <message>
        <source>Mindre tekst i formularen</source>
        <translation>Smaller text in the form</translation>
    </message>
    <message>
        <source>Normal tekststørrelse</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <source>Gennemgang %1 – Udsat Desktop</source>
        <translation>Review %1 – Udsat Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 v%4 · version %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 v%4 · version %5</translation>
    </message>
    <message>
        <source>retter version %1</source>
        <translation>corrects version %1</translation>
    </message>
    <message>
        <source>— ingen —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Gennemgangen er startet på skabelon %1 version %2. Fra %3 gælder version %4 (lovændring). Underskriver du nu, sker det efter den gamle version.</source>
        <translation>The review was started on template %1 version %2. From %3 version %4 applies (a change in the law). If you sign now, it is under the old version.</translation>
    </message>
    <message>
        <source>Udkast: %1</source>
        <translation>Draft: %1</translation>
    </message>
    <message>
        <source>Kun visning: sagen gennemgås af en anden.</source>
        <translation>View only: someone else is reviewing the case.</translation>
    </message>
    <message>
        <source>%1 af %2 påkrævet felt udfyldt</source>
        <translation>%1 of %2 required field filled in</translation>
    </message>
    <message>
        <source>%1 af %2 påkrævede felter udfyldt</source>
        <translation>%1 of %2 required fields filled in</translation>
    </message>
    <message>
        <source>Ikke gemt – prøver igen</source>
        <translation>Not saved – trying again</translation>
    </message>
    <message>
        <source>Gemt %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Underskrevet – skrivebeskyttet. En rettelse bliver en ny version, der henviser til denne.</source>
        <translation>Signed – read-only. A correction becomes a new version that refers to this one.</translation>
    </message>
    <message>
        <source>Kan ikke markeres klar. Vælg en linje for at gå dertil:</source>
        <translation>Cannot be marked ready. Choose a line to go there:</translation>
    </message>
    <message>
        <source>%1 › %2: %3</source>
        <translation>%1 › %2: %3</translation>
    </message>
    <message>
        <source>Svarene er flyttet til version %1.</source>
        <translation>The answers have been moved to version %1.</translation>
    </message>
    <message>
        <source>Udfyld disse igen: %1</source>
        <translation>Fill these in again: %1</translation>
    </message>
    <message>
        <source>Ny skabelon</source>
        <translation>New template</translation>
    </message>
    <message>
        <source>Rettelse</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Version %1 er oprettet og åbnes nu. Den henviser til den underskrevne version.</source>
        <translation>Version %1 has been created and opens now. It refers to the signed version.</translation>
    </message>
    <message>
        <source>Udsat Desktop</source>
        <translation>Udsat Desktop</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Indstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Fællesmappe</source>
        <translation>Shared folder</translation>
    </message>
    <message>
        <source>Netværksdrevet, hvor teamets filer mødes, fx S:\Taskforce eller /mnt/taskforce</source>
        <translation>The network drive where the team&apos;s files meet, e.g. S:\Taskforce or /mnt/taskforce</translation>
    </message>
    <message>
        <source>fx S:\Taskforce eller /mnt/taskforce</source>
        <translation>e.g. S:\Taskforce or /mnt/taskforce</translation>
    </message>
    <message>
        <source>&amp;Gennemse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Vælg fællesmappen</source>
        <translation>Choose the shared folder</translation>
    </message>
    <message>
        <source>&amp;Kontrollér</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>Kontrollér, at mappen kan nås og skrives i</source>
        <translation>Check that the folder can be reached and written to</translation>
    </message>
    <message>
        <source>Fællesmappens tilstand</source>
        <translation>State of the shared folder</translation>
    </message>
    <message>
        <source>Tidsstemplingsserver</source>
        <translation>Timestamp server</translation>
    </message>
    <message>
        <source>RFC 3161-server til tidsstempler (PAdES B-T). Tom: underskrifter uden tidsstempel (B-B).</source>
        <translation>RFC 3161 server for timestamps (PAdES B-T). Empty: signatures without a timestamp (B-B).</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>aldrig</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Lås efter inaktivitet</source>
        <translation>Lock after inactivity</translation>
    </message>
    <message>
        <source>Vinduet skjuler sagerne og beder om adgangskoden efter så mange minutter uden brug</source>
        <translation>The window hides the cases and asks for the passphrase after this many minutes without use</translation>
    </message>
    <message>
        <source>Dansk</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Sproget i programmet (gælder fra næste start)</source>
        <translation>The program&apos;s language (applies from the next start)</translation>
    </message>
    <message>
        <source>&amp;Husk adgangskoden på denne computer (kun en betroet computer)</source>
        <translation>&amp;Remember the passphrase on this computer (trusted computers only)</translation>
    </message>
    <message>
        <source>Husk adgangskoden</source>
        <translation>Remember the passphrase</translation>
    </message>
    <message>
        <source>Adgangskoden gemmes i styresystemets nøglering (fx Windows&apos; legitimationsoplysninger), aldrig i en fil. Slået fra som standard.</source>
        <translation>The passphrase is kept in the operating system&apos;s keyring (e.g. Windows Credential Manager), never in a file. Off by default.</translation>
    </message>
    <message>
        <source>Styresystemet har ingen nøglering, programmet kan bruge</source>
        <translation>The operating system has no keyring the program can use</translation>
    </message>
    <message>
        <source>&amp;Fællesmappe:</source>
        <translation>S&amp;hared folder:</translation>
    </message>
    <message>
        <source>&amp;Tidsstempler:</source>
        <translation>&amp;Timestamps:</translation>
    </message>
    <message>
        <source>&amp;Lås efter:</source>
        <translation>&amp;Lock after:</translation>
    </message>
    <message>
        <source>&amp;Sprog:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Om sprogskiftet</source>
        <translation>About the language change</translation>
    </message>
    <message>
        <source>Sproget skiftes, når programmet startes igen.</source>
        <translation>The language changes when the program is started again.</translation>
    </message>
    <message>
        <source>Signeringsnøgle</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <source>&amp;Importér nøgle fra organisationen (.p12)…</source>
        <translation>&amp;Import key from the organisation (.p12)…</translation>
    </message>
    <message>
        <source>Brug en PKCS#12-fil udstedt af kommunen i stedet for den nøgle, programmet selv har lavet</source>
        <translation>Use a PKCS#12 file issued by the municipality instead of the key the program made itself</translation>
    </message>
    <message>
        <source>Vælg fællesmappe</source>
        <translation>Choose shared folder</translation>
    </message>
    <message>
        <source>Ingen fællesmappe: programmet arbejder kun lokalt.</source>
        <translation>No shared folder: the program works locally only.</translation>
    </message>
    <message>
        <source>✓ Fællesmappen kan nås og skrives i.</source>
        <translation>✓ The shared folder can be reached and written to.</translation>
    </message>
    <message>
        <source>Kontrollerer fællesmappen…</source>
        <translation>Checking the shared folder…</translation>
    </message>
    <message>
        <source>Du har en signeringsnøgle i datamappen.</source>
        <translation>You have a signing key in the data folder.</translation>
    </message>
    <message>
        <source>Ingen nøgle endnu: den laves, første gang du underskriver, eller importeres her.</source>
        <translation>No key yet: it is made the first time you sign, or imported here.</translation>
    </message>
    <message>
        <source>Vælg nøglefil</source>
        <translation>Choose key file</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Erstat nøgle</source>
        <translation>Replace key</translation>
    </message>
    <message>
        <source>Du har allerede en signeringsnøgle. Vil du bruge den importerede i stedet? Den gamle gemmes som backup, og underskrifter lavet med den kan stadig kontrolleres.</source>
        <translation>You already have a signing key. Do you want to use the imported one instead? The old one is kept as a backup, and signatures made with it can still be verified.</translation>
    </message>
    <message>
        <source>Importér nøgle</source>
        <translation>Import key</translation>
    </message>
    <message>
        <source>Adgangskode til nøglefilen:</source>
        <translation>Passphrase of the key file:</translation>
    </message>
    <message>
        <source>Importeret: %1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <source>Tidsstemplingsserverens adresse skal begynde med http:// eller https://</source>
        <translation>The timestamp server&apos;s address must begin with http:// or https://</translation>
    </message>
    <message>
        <source>Fællesmappen kan ikke bruges lige nu. Gem alligevel? Programmet prøver igen ved næste synkronisering.</source>
        <translation>The shared folder cannot be used right now. Save anyway? The program tries again at the next synchronisation.</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>Ny signeringsnøgle</source>
        <translation>New signing key</translation>
    </message>
    <message>
        <source>Du har ingen signeringsnøgle endnu. Vælg en adgangskode til den nye nøgle (mindst %1 tegn, ikke den samme som databasens).</source>
        <translation>You have no signing key yet. Choose a passphrase for the new key (at least %1 characters, not the same as the database&apos;s).</translation>
    </message>
    <message>
        <source>Adgangskode til nøglen</source>
        <translation>Passphrase for the key</translation>
    </message>
    <message>
        <source>Gentag adgangskoden</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>&amp;Adgangskode:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Gentag:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Prøv igen.</source>
        <translation>Try again.</translation>
    </message>
    <message>
        <source>De to adgangskoder er ikke ens. Prøv igen.</source>
        <translation>The two passphrases differ. Try again.</translation>
    </message>
    <message>
        <source>Underskriv</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Forkert adgangskode til signeringsnøglen</source>
        <translation>Wrong passphrase for the signing key</translation>
    </message>
    <message>
        <source>&amp;Adgangskode til din signeringsnøgle:</source>
        <translation>&amp;Passphrase for your signing key:</translation>
    </message>
    <message>
        <source>Vil du bruge den alligevel?</source>
        <translation>Do you want to use it anyway?</translation>
    </message>
    <message>
        <source>Underskriver gennemgange…</source>
        <translation>Signing reviews…</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 gennemgang er underskrevet og lagt i udbakken.</source>
        <translation>%1 review is signed and placed in the outbox.</translation>
    </message>
    <message>
        <source>%1 gennemgange er underskrevet og lagt i udbakken.</source>
        <translation>%1 reviews signed and placed in the outbox.</translation>
    </message>
    <message>
        <source>• Sag %1: overdraget til %2 af %3 den %4</source>
        <translation>• Case %1: handed to %2 by %3 on %4</translation>
    </message>
    <message>
        <source>Sagen er overdraget</source>
        <translation>The case has been handed over</translation>
    </message>
    <message>
        <source>Koordinatoren har overdraget sagen til en anden:
%1

Din kladde er gemt. Underskriver du alligevel, får sagen to underskrevne gennemgange, og koordinatoren vælger den gældende. Vil du underskrive alligevel?</source>
        <translation>The coordinator has handed the case to someone else:
%1

Your draft is kept. If you sign anyway, the case gets two signed reviews, and the coordinator chooses the one in force. Sign anyway?</translation>
    </message>
</context>
<context>
    <name>SigningController</name>
    <message>
        <source>Åbn underskrevet PDF</source>
        <translation>Open signed PDF</translation>
    </message>
    <message>
        <source>Sagen har ingen underskreven sammenfatning, der kan findes her.</source>
        <translation>The case has no signed summary that can be found here.</translation>
    </message>
    <message>
        <source>Udskriv</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Sag %1 har ingen underskreven sammenfatning.</source>
        <translation>Case %1 has no signed summary.</translation>
    </message>
    <message>
        <source>Henter sammenfatningen…</source>
        <translation>Fetching the summary…</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>Ingen database at åbne: brug --demo eller opret en profil først</source>
        <translation>No database to open: use --demo or create a profile first</translation>
    </message>
    <message>
        <source>Ikke tilladt</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>Opretter demodatabase med syntetiske sager…</source>
        <translation>Creating a demo database with synthetic cases…</translation>
    </message>
    <message>
        <source>Udsat Desktop</source>
        <translation>Udsat Desktop</translation>
    </message>
    <message>
        <source>Der opstod en uventet fejl. Dit arbejde er gemt løbende.

Detaljer er skrevet til %1.</source>
        <translation>An unexpected error occurred. Your work is saved as you go.

Details have been written to %1.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Synkroniserer…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>fællesmappen svarer stadig ikke (netværksdrevet hænger); der synkroniseres igen, når den svarer</source>
        <translation>the shared folder still does not answer (the network drive hangs); syncing starts again when it answers</translation>
    </message>
    <message>
        <source>Ingen fællesmappe valgt</source>
        <translation>No shared folder chosen</translation>
    </message>
    <message>
        <source>%1 venter på synkronisering</source>
        <translation>%1 waiting to synchronise</translation>
    </message>
    <message>
        <source>sidst synkroniseret kl. %1</source>
        <translation>last synchronised at %1</translation>
    </message>
    <message>
        <source>fællesmappen kan ikke nås – prøver igen om lidt</source>
        <translation>the shared folder cannot be reached – trying again shortly</translation>
    </message>
    <message>
        <source>koordinatoren har fjernet dig fra teamets holdliste: teamet læser ikke dine nye gennemgange – tal med koordinatoren</source>
        <translation>the coordinator has removed you from the team roster: the team does not read your new reviews – talk to the coordinator</translation>
    </message>
    <message>
        <source>%1 fil kunne ikke synkroniseres (se synkroniseringsloggen)</source>
        <translation>%1 file could not be synchronised (see the synchronisation log)</translation>
    </message>
    <message>
        <source>%1 filer kunne ikke synkroniseres (se synkroniseringsloggen)</source>
        <translation>%1 files could not be synchronised (see the synchronisation log)</translation>
    </message>
    <message>
        <source>en anden holder nu sagen: %1 (åbn den for at se hvem)</source>
        <translation>someone else now holds the case: %1 (open it to see who)</translation>
    </message>
    <message>
        <source>kan ikke reserveres på fællesmappen (ugyldige filer optager alle pladser; bed koordinatoren rydde op): %1</source>
        <translation>cannot be reserved on the shared folder (invalid files take every slot; ask the coordinator to clear them): %1</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Mål på fællesmappen</source>
        <translation>Target on the shared folder</translation>
    </message>
    <message>
        <source>Tilstand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Forsøg</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Sidste forsøg</source>
        <translation>Last attempt</translation>
    </message>
    <message>
        <source>Besked</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Synkroniseringslog</source>
        <translation>Synchronisation log</translation>
    </message>
    <message>
        <source>Hver fil i udbakken og dens tilstand på fællesmappen</source>
        <translation>Each file in the outbox and its state on the shared folder</translation>
    </message>
    <message>
        <source>Oversigt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>venter</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>%1 fil i loggen</source>
        <translation>%1 file in the log</translation>
    </message>
    <message>
        <source>%1 filer i loggen</source>
        <translation>%1 files in the log</translation>
    </message>
    <message>
        <source>%1 venter</source>
        <translation>%1 waiting</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>Synkronisér</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <source>Vælg først en fællesmappe under Filer → Indstillinger.</source>
        <translation>First choose a shared folder under File → Settings.</translation>
    </message>
    <message>
        <source>• Sag %1: til %2 af %3 den %4</source>
        <translation>• Case %1: to %2 by %3 on %4</translation>
    </message>
    <message>
        <source>Sager overdraget til en anden</source>
        <translation>Cases handed to someone else</translation>
    </message>
    <message>
        <source>Koordinatoren har overdraget disse sager fra dig til en anden:
%1

Dine kladder er gemt. Underskriv dem kun efter aftale med koordinatoren.</source>
        <translation>The coordinator has handed these cases from you to someone else:
%1

Your drafts are kept. Sign them only as agreed with the coordinator.</translation>
    </message>
    <message>
        <source>tildele sager</source>
        <translation>assign cases</translation>
    </message>
    <message>
        <source>Tildel sager</source>
        <translation>Assign cases</translation>
    </message>
    <message>
        <source>Vælg først de sager, der skal tildeles.</source>
        <translation>First select the cases to assign.</translation>
    </message>
    <message>
        <source>Ingen medarbejdere er godkendt på teamets holdliste endnu (Team → Medlemmer…), så der er ingen at tildele til.</source>
        <translation>No colleagues are approved on the team roster yet (Team → Members…), so there is nobody to assign to.</translation>
    </message>
    <message>
        <source>%1 sager tildelt</source>
        <translation>%1 cases assigned</translation>
    </message>
    <message>
        <source>%1 sag tildelt</source>
        <translation>%1 case assigned</translation>
    </message>
    <message>
        <source>indlæse teamets gennemgange</source>
        <translation>load the team&apos;s reviews</translation>
    </message>
    <message>
        <source>Indlæs teamets gennemgange</source>
        <translation>Load the team&apos;s reviews</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>ny</source>
        <translation>new</translation>
    </message>
    <message>
        <source>ny nøgle (ny computer)</source>
        <translation>new key (new computer)</translation>
    </message>
    <message>
        <source>nyt certifikat</source>
        <translation>new certificate</translation>
    </message>
    <message>
        <source>ændrede oplysninger (overtages ikke ved godkendelse)</source>
        <translation>changed details (not taken on approval)</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Initialer</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bruger-id</source>
        <translation>User id</translation>
    </message>
    <message>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Teamets medlemmer</source>
        <translation>Team members</translation>
    </message>
    <message>
        <source>Din kode</source>
        <translation>Your code</translation>
    </message>
    <message>
        <source>Medlemmer på holdlisten</source>
        <translation>Members on the roster</translation>
    </message>
    <message>
        <source>Anmodninger om optagelse</source>
        <translation>Requests to join</translation>
    </message>
    <message>
        <source>&amp;Godkend…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>Sammenlign koden med medarbejderens skærm, og godkend anmodningen</source>
        <translation>Compare the code with the colleague&apos;s screen and approve the request</translation>
    </message>
    <message>
        <source>&amp;Afvis</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>&amp;Tilbagekald…</source>
        <translation>Re&amp;voke…</translation>
    </message>
    <message>
        <source>&amp;Opdatér</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Anmodninger på fællesmappen (ikke godkendt)</source>
        <translation>Requests on the shared folder (not approved)</translation>
    </message>
    <message>
        <source>Læser fællesmappen…</source>
        <translation>Reading the shared folder…</translation>
    </message>
    <message>
        <source>Din kode: %1</source>
        <translation>Your code: %1</translation>
    </message>
    <message>
        <source>tilbagekaldt</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Ulæselig anmodning %1: %2</source>
        <translation>Unreadable request %1: %2</translation>
    </message>
    <message>
        <source>Der er ingen holdliste endnu.</source>
        <translation>There is no roster yet.</translation>
    </message>
    <message>
        <source>Holdliste version %1</source>
        <translation>Roster version %1</translation>
    </message>
    <message>
        <source>Vælg først en anmodning.</source>
        <translation>Choose a request first.</translation>
    </message>
    <message>
        <source>Godkend medlem</source>
        <translation>Approve member</translation>
    </message>
    <message>
        <source>Bed %1 åbne Team → Medlemmer… (eller køre `udsat team list`) og læse sin kode op.

Koden i anmodningen er:
%2

Er koderne ens?</source>
        <translation>Ask %1 to open Team → Members… (or run `udsat team list`) and read out their code.

The code in the request is:
%2

Are the codes the same?</translation>
    </message>
    <message>
        <source>Ikke godkendt.</source>
        <translation>Not approved.</translation>
    </message>
    <message>
        <source>Vælg først et aktivt medlem.</source>
        <translation>Choose an active member first.</translation>
    </message>
    <message>
        <source>Tilbagekald medlem</source>
        <translation>Revoke member</translation>
    </message>
    <message>
        <source>Tilbagekald %1? Nye underskrifter fra %1 tælles ikke, og der kan ikke tildeles sager til %1.</source>
        <translation>Revoke %1? New signatures by %1 are not counted, and no cases can be assigned to %1.</translation>
    </message>
    <message>
        <source>Godkend teamets koordinator</source>
        <translation>Trust the team&apos;s coordinator</translation>
    </message>
    <message>
        <source>Fællesmappen har en holdliste fra %1.

Kode: %2

Sammenlign koden med den, der står på koordinatorens skærm (Team → Medlemmer…). Er den ens?</source>
        <translation>The shared folder has a roster from %1.

Code: %2

Compare the code with the one on the coordinator&apos;s screen (Team → Members…). Is it the same?</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Lås Udsat Desktop op</source>
        <translation>Unlock Udsat Desktop</translation>
    </message>
    <message>
        <source>Adgangskode</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Adgangskoden til din krypterede database</source>
        <translation>The passphrase of your encrypted database</translation>
    </message>
    <message>
        <source>Lås op</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Forkert adgangskode</source>
        <translation>Wrong passphrase</translation>
    </message>
    <message>
        <source>Afslut</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>&amp;Adgangskode</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Sagerne er krypteret. Skriv din adgangskode.</source>
        <translation>The cases are encrypted. Type your passphrase.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Kontrollér underskrift</source>
        <translation>Verify signature</translation>
    </message>
    <message>
        <source>PDF-fil</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <source>Den PDF, hvis underskrifter skal kontrolleres</source>
        <translation>The PDF whose signatures are to be verified</translation>
    </message>
    <message>
        <source>&amp;Gennemse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Vælg PDF-filen</source>
        <translation>Choose the PDF file</translation>
    </message>
    <message>
        <source>&amp;Kontrollér</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>Kontrollér underskrifterne i filen</source>
        <translation>Verify the signatures in the file</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Hver underskrift i filen og resultatet af kontrollen</source>
        <translation>Each signature in the file and the result of the check</translation>
    </message>
    <message>
        <source>Underskrift</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Underskriver</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Tidsstempel</source>
        <translation>Timestamp</translation>
    </message>
    <message>
        <source>Dækkede bytes</source>
        <translation>Bytes covered</translation>
    </message>
    <message>
        <source>Underskrifter</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Vælg PDF</source>
        <translation>Choose PDF</translation>
    </message>
    <message>
        <source>Filen kan ikke læses: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>Filen er IKKE i orden: %1</source>
        <translation>The file is NOT intact: %1</translation>
    </message>
    <message>
        <source>Alle underskrifter er intakte.</source>
        <translation>All signatures are intact.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Sammenlign versioner – sag %1</source>
        <translation>Compare versions – case %1</translation>
    </message>
    <message>
        <source>Første version</source>
        <translation>First version</translation>
    </message>
    <message>
        <source>Anden version</source>
        <translation>Second version</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>Felterne side om side</source>
        <translation>The fields side by side</translation>
    </message>
    <message>
        <source>Sammenlign:</source>
        <translation>Compare:</translation>
    </message>
    <message>
        <source>med</source>
        <translation>with</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Rettelse %1: %2</source>
        <translation>Correction %1: %2</translation>
    </message>
</context>
</TS>
